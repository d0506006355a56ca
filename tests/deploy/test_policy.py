"""The Lambda's stage policies: named resources, no wildcard action, and a documented reason for
every statement that has to use Resource "*"."""
from __future__ import annotations

import json
import sys
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pytest

from chalicelib.llm.bedrock import MODEL_ID
from chalicelib.store.dynamodb import INDEX_NAME

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "scripts"))
import deploy  # noqa: E402

STAGES = ("dev", "prod")
ACCOUNT = "123456789012"
# Actions AWS does not let a policy scope to a resource; each is explained in docs/deploy.md.
UNSCOPABLE = {"cloudwatch:PutMetricData", "cloudwatch:GetMetricStatistics",
              "cloudwatch:GetMetricData", "ce:GetCostAndUsage", "ec2:DescribeInstances",
              "polly:SynthesizeSpeech"}


def policy(stage: str) -> dict[str, Any]:
    return json.loads((PROJECT / ".chalice" / f"policy-{stage}.json").read_text())


def listed(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def allowed(stage: str, action: str, resource: str,
            context: dict[str, str] | None = None) -> bool:
    """Whether the stage policy allows `action` on `resource` (IAM's glob matching)."""
    for statement in policy(stage)["Statement"]:
        if statement["Effect"] != "Allow" or action not in listed(statement["Action"]):
            continue
        if not any(fnmatchcase(resource, r) for r in listed(statement["Resource"])):
            continue
        conditions = statement.get("Condition", {}).get("StringEquals", {})
        if all((context or {}).get(k) == v for k, v in conditions.items()):
            return True
    return False


@pytest.mark.parametrize("stage", STAGES)
def test_no_statement_grants_a_wildcard_action(stage: str) -> None:
    for statement in policy(stage)["Statement"]:
        assert "NotAction" not in statement and "NotResource" not in statement
        assert statement["Effect"] == "Allow"
        for action in listed(statement["Action"]):
            assert "*" not in action, (statement["Sid"], action)


@pytest.mark.parametrize("stage", STAGES)
def test_resource_star_only_where_aws_allows_nothing_narrower(stage: str) -> None:
    doc = (PROJECT / "docs" / "deploy.md").read_text()
    for statement in policy(stage)["Statement"]:
        if "*" in listed(statement["Resource"]):
            assert set(listed(statement["Action"])) <= UNSCOPABLE, statement["Sid"]
            for action in listed(statement["Action"]):
                assert f"`{action}`" in doc, f"docs/deploy.md must say why {action} needs *"


@pytest.mark.parametrize("stage", STAGES)
def test_the_table_and_its_index_are_named(stage: str) -> None:
    table = f"arn:aws:dynamodb:us-east-1:{ACCOUNT}:table/forever-us-{stage}"
    for action in ("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
                   "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
                   "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem"):
        assert allowed(stage, action, table), action
    assert allowed(stage, "dynamodb:Query", f"{table}/index/{INDEX_NAME}")
    other = "dev" if stage == "prod" else "prod"
    assert not allowed(stage, "dynamodb:GetItem", table.replace(stage, other))
    assert not allowed(stage, "dynamodb:Scan", table)
    assert not allowed(stage, "dynamodb:DeleteTable", table)


@pytest.mark.parametrize("stage", STAGES)
def test_the_model_is_named(stage: str) -> None:
    model = f"arn:aws:bedrock:us-east-1::foundation-model/{MODEL_ID}"
    assert allowed(stage, "bedrock:InvokeModel", model)
    assert not allowed(stage, "bedrock:InvokeModel",
                       "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2")


@pytest.mark.parametrize("stage", STAGES)
def test_every_function_can_write_its_own_logs(stage: str) -> None:
    """Both the API handler (forever-us-<stage>, no suffix) and the others."""
    for function in deploy.function_names(stage):
        group = f"arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/aws/lambda/{function}"
        assert allowed(stage, "logs:CreateLogStream", f"{group}:log-stream:2025/01/01/x")
        assert allowed(stage, "logs:PutLogEvents", f"{group}:log-stream:2025/01/01/x")
    assert not allowed(stage, "logs:PutLogEvents",
                       f"arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/aws/lambda/other-app:"
                       "log-stream:x")


@pytest.mark.parametrize("stage", STAGES)
def test_metrics_only_in_the_app_namespace(stage: str) -> None:
    from chalicelib.ops.report import NAMESPACE
    assert NAMESPACE == "ForeverUs"
    assert allowed(stage, "cloudwatch:PutMetricData", "*", {"cloudwatch:namespace": NAMESPACE})
    assert not allowed(stage, "cloudwatch:PutMetricData", "*",
                       {"cloudwatch:namespace": "AWS/Lambda"})
    assert not allowed(stage, "cloudwatch:PutMetricData", "*")
    assert allowed(stage, "cloudwatch:GetMetricStatistics", "*")
    assert allowed(stage, "cloudwatch:GetMetricData", "*")


@pytest.mark.parametrize("stage", STAGES)
def test_only_the_tagged_model_instance_can_be_started_or_stopped(stage: str) -> None:
    instance = f"arn:aws:ec2:us-east-1:{ACCOUNT}:instance/i-0123456789abcdef0"
    tagged = {"aws:ResourceTag/forever-us:model": stage}
    for action in ("ec2:StartInstances", "ec2:StopInstances"):
        assert allowed(stage, action, instance, tagged)
        assert not allowed(stage, action, instance)
        other = "dev" if stage == "prod" else "prod"
        assert not allowed(stage, action, instance, {"aws:ResourceTag/forever-us:model": other})
    assert not allowed(stage, "ec2:TerminateInstances", instance, tagged)


@pytest.mark.parametrize("stage", STAGES)
def test_only_this_stages_model_server_secrets_can_be_read_and_none_written(stage: str) -> None:
    from chalicelib.ops.model_server import CERT_PARAMETER, KEY_PARAMETER
    arn = f"arn:aws:ssm:us-east-1:{ACCOUNT}:parameter"
    for name in (KEY_PARAMETER, CERT_PARAMETER):
        assert allowed(stage, "ssm:GetParameters", arn + name.format(stage=stage))
        other = "dev" if stage == "prod" else "prod"
        assert not allowed(stage, "ssm:GetParameters", arn + name.format(stage=other))
        assert not allowed(stage, "ssm:PutParameter", arn + name.format(stage=stage))
    assert not allowed(stage, "ssm:GetParameters", f"{arn}/forever-us/{stage}/other")


@pytest.mark.parametrize("stage", STAGES)
def test_budget_and_costs_are_read_only(stage: str) -> None:
    assert allowed(stage, "budgets:ViewBudget",
                   f"arn:aws:budgets::{ACCOUNT}:budget/forever-us-{stage}")
    assert not allowed(stage, "budgets:ModifyBudget",
                       f"arn:aws:budgets::{ACCOUNT}:budget/forever-us-{stage}")
    assert allowed(stage, "ce:GetCostAndUsage", "*")
    actions = {a for s in policy(stage)["Statement"] for a in listed(s["Action"])}
    assert {a for a in actions if a.startswith(("budgets:", "ce:"))} == {
        "budgets:ViewBudget", "ce:GetCostAndUsage"}


def test_dev_and_prod_differ_only_by_stage_name() -> None:
    dev = json.dumps(policy("dev"), sort_keys=True)
    prod = json.dumps(policy("prod"), sort_keys=True)
    assert dev.replace("forever-us-dev", "forever-us-prod").replace(
        '"dev"', '"prod"').replace("/dev/", "/prod/") == prod  # the socket API's stage


@pytest.mark.parametrize("stage", STAGES)
def test_only_the_stages_user_pool_can_lose_a_user(stage: str) -> None:
    """Erasing an account deletes its Cognito user; the pool is found by its stage tag
    (infra/stack.yaml's UserPoolTags), and deleting users is all the Lambda may do there."""
    pool = f"arn:aws:cognito-idp:us-east-1:{ACCOUNT}:userpool/us-east-1_AbCdEf123"
    assert allowed(stage, "cognito-idp:AdminDeleteUser", pool,
                   {"aws:ResourceTag/forever-us:stage": stage})
    assert not allowed(stage, "cognito-idp:AdminDeleteUser", pool)
    other = "dev" if stage == "prod" else "prod"
    assert not allowed(stage, "cognito-idp:AdminDeleteUser", pool,
                       {"aws:ResourceTag/forever-us:stage": other})
    actions = {a for s in policy(stage)["Statement"] for a in listed(s["Action"])}
    assert {a for a in actions if a.startswith("cognito-idp:")} == {"cognito-idp:AdminDeleteUser"}
    template = (PROJECT / "infra" / "stack.yaml").read_text()
    assert '"forever-us:stage": !Ref Stage' in template
