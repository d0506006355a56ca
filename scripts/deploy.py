"""`make deploy` and `make destroy`: a whole stage on AWS with one command, and gone with another.

deploy, in this order (docs/deploy.md explains why):
  0. checks that change nothing: credentials, and room in the account's Lambda concurrency for
     what the stage reserves;
  1. the infra stack (infra/stack.yaml): table, backup, site bucket, CloudFront, Cognito,
     budget, alarms, log groups, optional model instance (its key, an SSM SecureString, made
     first: docs/model-serving.md); CloudFront's /api/* origin and the pre-sign-up trigger once
     they exist;
  2. its outputs, kept for Chalice in .chalice/stage-outputs-<stage>.json (git ignores it;
     the tracked .chalice/config.json is never written: scripts/chalice_stage.py merges the
     two in memory when it runs chalice);
  3. chalice deploy --stage <stage>, then the API Gateway stage's throttling and tag;
  4. the stack again, only if the API's domain or the trigger is new (the first deploy);
  5. the site (frontend/) to the bucket; 6. a CloudFront invalidation if the site changed;
  7. the cost-allocation tag activated, once.
Every step is safe to repeat: a second run changes nothing that is already right.

destroy: chalice delete, empty the bucket, (prod: a final table backup and deletion protection
off), delete the stack and the model server's two SSM parameters, forget the stage's outputs.
Prod needs --confirm prod (CONFIRM=prod).

Without an AWS region or credentials it stops before doing anything, with a plain message.
--dry-run prints the plan and makes no AWS call at all.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import site_upload  # noqa: E402

PROJECT = Path(__file__).resolve().parent.parent
CHALICE_DIR = PROJECT / ".chalice"
TEMPLATE = PROJECT / "infra" / "stack.yaml"
STAGES = ("dev", "prod")
APP_NAME = "forever-us"
WAIT = {"Delay": 15, "MaxAttempts": 240}  # up to an hour: CloudFront takes its time
# Stack output → the stage's environment variable (read by chalicelib.config).
OUTPUT_VARIABLES = {
    "TableName": "FOREVERUS_TABLE",
    "UserPoolId": "FOREVERUS_COGNITO_USER_POOL_ID",
    "UserPoolClientId": "FOREVERUS_COGNITO_CLIENT_ID",
    "CognitoDomain": "FOREVERUS_COGNITO_DOMAIN",
    "ModelInstanceId": "FOREVERUS_MODEL_INSTANCE_ID",
    # With a model instance (docs/model-serving.md): the stage serves from it, under the name
    # its server serves, priced by its type, watched every 5 minutes.
    "ModelProvider": "FOREVERUS_LLM_PROVIDER",
    "ModelName": "FOREVERUS_OPENAI_MODEL",
    "ModelInstanceType": "FOREVERUS_MODEL_INSTANCE_TYPE",
    "ModelIdleMinutes": "FOREVERUS_IDLE_MINUTES",
    "ModelStartMinutes": "FOREVERUS_MODEL_START_MINUTES",
    "ReportMinutes": "FOREVERUS_REPORT_MINUTES",
    "BudgetName": "FOREVERUS_BUDGET_NAME",
    "MonthlyBudgetUsd": "FOREVERUS_MONTHLY_BUDGET_USD",  # the app's own cap = the AWS budget
    "AccountId": "FOREVERUS_AWS_ACCOUNT_ID",
    "SignUpMode": "FOREVERUS_SIGNUP",
    "OriginSecret": "FOREVERUS_ORIGIN_SECRET",
    "OperatorEmails": "FOREVERUS_ADMIN_EMAILS",  # on AWS: who may sign up whatever the mode
}
# Settings a person chooses, from the environment (make deploy ALERT_EMAIL=... passes them);
# when unset on a later run the stack keeps its previous value.
CHOSEN_PARAMETERS = {
    "AlertEmail": "ALERT_EMAIL",
    "MonthlyBudgetUsd": "BUDGET_USD",
    "LogRetentionDays": "LOG_RETENTION_DAYS",
    "ModelInstanceType": "MODEL_INSTANCE_TYPE",
    "ModelClientCidr": "MODEL_CLIENT_CIDR",
    "ModelIdleMinutes": "MODEL_IDLE_MINUTES",
    "ModelStartMinutes": "MODEL_START_MINUTES",
    "SignUpMode": "SIGNUP",
    "OperatorEmails": "OPERATOR_EMAILS",
}
# API Gateway stage throttling (requests a second, steady and burst), for the whole stage.
# A family's busiest moment is a few people loading pages and talking at once; past these,
# API Gateway answers 429 before anything is billed beyond the request.
THROTTLING = {"dev": (5, 10), "prod": (20, 40)}
# Lambda keeps 100 concurrent executions unreserved; reserving into them is refused.
UNRESERVED_MINIMUM = 100
COST_TAG = "forever-us:stage"  # on every resource; the budget and Cost Explorer filter on it
CAPABILITIES = ["CAPABILITY_AUTO_EXPAND", "CAPABILITY_IAM"]  # Fn::ForEach; the backup role


class Stop(Exception):
    """A plain reason to stop, for a person to act on (no traceback)."""


def stack_name(stage: str) -> str:
    """The CloudFormation stack of a stage."""
    return f"{APP_NAME}-{stage}-infra"


def outputs_file(stage: str) -> Path:
    """Where the stage's stack outputs are written for Chalice."""
    return CHALICE_DIR / f"stage-outputs-{stage}.json"


def shown(path: Path) -> str:
    """A path as the person sees it: relative to the project when inside it."""
    return str(path.relative_to(PROJECT)) if path.is_relative_to(PROJECT) else str(path)


def check_stage(stage: str) -> str:
    """The stage, if it is one that deploys to AWS."""
    if stage not in STAGES:
        raise Stop(f"STAGE must be dev or prod (got {stage!r}), e.g. make deploy STAGE=dev")
    return stage


# -- local facts (no AWS) ----------------------------------------------------------------------

def chalice_config() -> dict[str, Any]:
    """.chalice/config.json."""
    return json.loads((CHALICE_DIR / "config.json").read_text())


def api_stage_name(stage: str) -> str:
    """The API Gateway stage Chalice deploys the Chalice stage to (CloudFront's origin path)."""
    config = chalice_config()
    return (config["stages"].get(stage, {}).get("api_gateway_stage")
            or config.get("api_gateway_stage", "api"))


def function_names(stage: str) -> list[str]:
    """The Lambda functions chalice deploy creates for the stage, named as Chalice names them.

    Read from Chalice's own application graph (offline), so a new scheduled function gets its
    log group, with retention, without anyone editing the stack."""
    return sorted(function_reservations(stage))


def function_reservations(stage: str) -> dict[str, int | None]:
    """Each function of the stage and the concurrency it reserves (None: none)."""
    sys.path.insert(0, str(PROJECT))
    from chalice.cli.factory import CLIFactory
    from chalice.deploy import models
    from chalice.deploy.appgraph import ApplicationGraphBuilder

    config = CLIFactory(str(PROJECT), environ=dict(os.environ)).create_config_obj(
        chalice_stage_name=stage)
    graph = ApplicationGraphBuilder().build(config, stage)
    names: dict[str, int | None] = {}

    def walk(resource: Any) -> None:
        if isinstance(resource, models.LambdaFunction):
            names[resource.function_name] = resource.reserved_concurrency
        for child in resource.dependencies():
            walk(child)

    walk(graph)
    prefix = f"{APP_NAME}-{stage}"
    outside = sorted(n for n in names if n != prefix and not n.startswith(prefix + "-"))
    if outside:  # the stage policy's log permissions cover forever-us-<stage>[-*] only
        raise Stop(f"function names outside {prefix}*: {', '.join(outside)}")
    return dict(sorted(names.items()))


def deployed_resources(stage: str) -> list[dict[str, Any]]:
    """The resources of Chalice's deployment record for the stage (none before a deploy)."""
    record = CHALICE_DIR / "deployed" / f"{stage}.json"
    return json.loads(record.read_text()).get("resources", []) if record.is_file() else []


def deployed_api_domain(stage: str) -> str:
    """The execute-api host of the stage's REST API, from Chalice's deployment record."""
    for resource in deployed_resources(stage):
        if resource.get("resource_type") == "rest_api" and resource.get("rest_api_url"):
            return urlsplit(resource["rest_api_url"]).hostname or ""
    return ""


def deployed_sign_up_trigger(stage: str) -> str:
    """The ARN of the stage's pre_sign_up function, once Chalice has deployed it."""
    for resource in deployed_resources(stage):
        if resource.get("resource_type") == "lambda_function" \
                and resource.get("name") == "pre_sign_up":
            return str(resource.get("lambda_arn", ""))
    return ""


def stage_variables(outputs: dict[str, str]) -> dict[str, str]:
    """The Chalice stage's environment variables the stack's outputs provide."""
    return {variable: outputs[key] for key, variable in OUTPUT_VARIABLES.items()
            if outputs.get(key)}


def read_stage_outputs(stage: str) -> dict[str, Any]:
    """What the last deploy recorded for the stage ({} before the first)."""
    path = outputs_file(stage)
    return json.loads(path.read_text()) if path.is_file() else {}


def write_stage_outputs(stage: str, region: str, outputs: dict[str, str],
                        **extra: Any) -> bool:
    """Record the stack's outputs, and the stage variables they give, for Chalice; True when
    something changed. Only this git-ignored file is written: never .chalice/config.json."""
    path = outputs_file(stage)
    before = read_stage_outputs(stage)
    record = {**{k: v for k, v in before.items() if k not in ("outputs", "replaced")},
              **extra, "stack": stack_name(stage), "region": region, "outputs": outputs,
              "environment_variables": stage_variables(outputs)}
    if record == before:
        return False
    path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    return True


def forget_stage_outputs(stage: str) -> None:
    """After destroy: no outputs file."""
    outputs_file(stage).unlink(missing_ok=True)


def with_stage_outputs(config: dict[str, Any]) -> dict[str, Any]:
    """.chalice/config.json as Chalice should see it: each deployed stage's variables from its
    outputs file laid over the stage's own (the tracked file stays as it is)."""
    merged = copy.deepcopy(config)
    for stage, settings in merged.get("stages", {}).items():
        variables = read_stage_outputs(stage).get("environment_variables") or {}
        if variables:
            settings["environment_variables"] = {**settings.get("environment_variables", {}),
                                                 **variables}
    return merged


def stage_environment(stage: str) -> dict[str, str]:
    """The environment variables the stage's functions get (as chalice deploy sets them)."""
    config = with_stage_outputs(chalice_config())
    return {**config.get("environment_variables", {}),
            **config["stages"][stage].get("environment_variables", {})}


def chosen_parameters() -> dict[str, str]:
    """The person's settings given in the environment; `none` clears one (MODEL_INSTANCE_TYPE=none
    removes the model instance)."""
    chosen = {key: os.environ[var].strip() for key, var in CHOSEN_PARAMETERS.items()
              if os.environ.get(var, "").strip()}
    return {key: "" if value.lower() == "none" else value for key, value in chosen.items()}


def stack_parameters(stage: str, functions: list[str], api_domain: str,
                     previous: dict[str, str] | None,
                     sign_up_trigger: str = "") -> list[dict[str, Any]]:
    """The stack's parameters: fixed by the stage, chosen by the person, or kept as they were."""
    values = {
        "Stage": stage,
        "FunctionNames": ",".join(functions),
        "ApiDomainName": api_domain,
        "ApiStageName": api_stage_name(stage),
        "DeletionProtection": "true" if stage == "prod" else "false",
        **chosen_parameters(),
    }
    if sign_up_trigger:
        values["SignUpFunctionArn"] = sign_up_trigger
    if not (previous or {}).get("OriginSecret"):
        # Made once, on the first deploy; the stack keeps it (UsePreviousValue) afterwards.
        values["OriginSecret"] = secrets.token_urlsafe(32)
    if previous is None and "AlertEmail" not in values:
        raise Stop("The first deploy needs an e-mail address for the budget alerts: "
                   f"make deploy STAGE={stage} ALERT_EMAIL=you@example.com")
    known = template_parameters()
    parameters = [{"ParameterKey": k, "ParameterValue": v} for k, v in values.items()
                  if k in known]
    for key in sorted((set(previous or {}) & known) - set(values)):
        parameters.append({"ParameterKey": key, "UsePreviousValue": True})
    return parameters


def template_parameters() -> set[str]:
    """The parameter names infra/stack.yaml declares."""
    import yaml

    class Loader(yaml.SafeLoader):
        """YAML that reads CloudFormation's short forms (!Ref, !Sub, ...) as plain values."""

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return set(yaml.load(TEMPLATE.read_text(), Loader=Loader)["Parameters"])


# -- AWS ---------------------------------------------------------------------------------------

@dataclass
class Aws:
    """Clients for one region, created on first use."""

    region: str
    session: Any = None

    def client(self, service: str) -> Any:
        if self.session is None:
            import boto3
            self.session = boto3.Session(region_name=self.region)
        return self.session.client(service, region_name=self.region)


def resolve_region() -> str:
    """The region from AWS_REGION, AWS_DEFAULT_REGION or the profile (no AWS call)."""
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if not region:
        import boto3
        from botocore.exceptions import BotoCoreError
        try:
            region = boto3.Session().region_name
        except BotoCoreError:  # e.g. AWS_PROFILE names a profile that does not exist
            region = ""
    return region or ""


def preflight() -> Aws:
    """A region and working credentials, or a plain message before anything changes."""
    region = resolve_region()
    if not region:
        raise Stop("No AWS region is set: export AWS_REGION=us-east-1 (or AWS_DEFAULT_REGION, or "
                   "a region in your AWS profile). Nothing was changed.")
    import boto3
    from botocore.exceptions import BotoCoreError, ClientError
    try:
        session = boto3.Session(region_name=region)
        credentials = session.get_credentials()
    except BotoCoreError as error:
        raise Stop(f"The AWS settings are not usable ({error}). Nothing was changed.") from None
    if credentials is None:
        raise Stop("No AWS credentials found: run `aws configure` (or `aws sso login` with "
                   "AWS_PROFILE set), or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. "
                   "Nothing was changed.")
    try:
        identity = session.client("sts", region_name=region).get_caller_identity()
    except (BotoCoreError, ClientError) as error:
        raise Stop(f"AWS did not accept these credentials ({error}). Nothing was changed.") \
            from None
    say(f"AWS account {identity['Account']}, region {region}")
    return Aws(region, session)


def say(line: str) -> None:
    """Progress for the person running the deploy."""
    print(line, flush=True)


def describe_stack(cfn: Any, name: str) -> dict[str, Any] | None:
    """The stack, or None when there is none."""
    from botocore.exceptions import ClientError
    try:
        return cfn.describe_stacks(StackName=name)["Stacks"][0]
    except ClientError as error:
        if "does not exist" in str(error):
            return None
        raise


def stack_outputs(stack: dict[str, Any]) -> dict[str, str]:
    """A stack's outputs as a dict."""
    return {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])}


def _failure_reasons(cfn: Any, name: str) -> str:
    events = cfn.describe_stack_events(StackName=name).get("StackEvents", [])
    reasons = [f"{e['LogicalResourceId']}: {e.get('ResourceStatusReason', '')}"
               for e in events if e.get("ResourceStatus", "").endswith("FAILED")][:5]
    return "; ".join(reasons) or "see the stack's events in the CloudFormation console"


def _wait(cfn: Any, waiter: str, name: str) -> None:
    from botocore.exceptions import WaiterError
    try:
        cfn.get_waiter(waiter).wait(StackName=name, WaiterConfig=WAIT)
    except WaiterError:
        raise Stop(f"stack {name} did not finish ({waiter}): {_failure_reasons(cfn, name)}") \
            from None


def apply_stack(aws: Aws, stage: str, functions: list[str], api_domain: str,
                sign_up_trigger: str = "") -> dict[str, str]:
    """Create or update the stage's stack; its outputs. No change is not an error."""
    from botocore.exceptions import ClientError
    cfn = aws.client("cloudformation")
    name = stack_name(stage)
    stack = describe_stack(cfn, name)
    if stack and stack["StackStatus"] == "ROLLBACK_COMPLETE":
        say(f"stack {name} failed to create last time; deleting it to start again")
        cfn.delete_stack(StackName=name)
        _wait(cfn, "stack_delete_complete", name)
        stack = None
    if stack and stack["StackStatus"].endswith("_IN_PROGRESS"):
        raise Stop(f"stack {name} is busy ({stack['StackStatus']}); run again when it is done")
    previous = {p["ParameterKey"]: p.get("ParameterValue", "")
                for p in stack.get("Parameters", [])} if stack else None
    if api_domain == "" and previous:
        api_domain = previous.get("ApiDomainName", "")  # never drop a known API origin
    request = {
        "StackName": name, "TemplateBody": TEMPLATE.read_text(),
        "Parameters": stack_parameters(stage, functions, api_domain, previous,
                                       sign_up_trigger),
        "Capabilities": CAPABILITIES,
        # Stack tags reach every resource that takes tags (the template tags them as well).
        "Tags": [{"Key": COST_TAG, "Value": stage}],
    }
    if stack is None:
        say(f"creating stack {name} (CloudFront takes 5-15 minutes the first time)")
        cfn.create_stack(**request)
        _wait(cfn, "stack_create_complete", name)
    else:
        try:
            cfn.update_stack(**request)
        except ClientError as error:
            if "No updates are to be performed" not in str(error):
                raise
            say(f"stack {name} is up to date")
        else:
            say(f"updating stack {name}")
            _wait(cfn, "stack_update_complete", name)
    return stack_outputs(describe_stack(cfn, name) or {})


def unprotect(cfn: Any, stack: dict[str, Any]) -> None:
    """Turn the stack's deletion protection off, changing nothing else (same template)."""
    from botocore.exceptions import ClientError
    name = stack["StackName"]
    if stack["StackStatus"] == "ROLLBACK_COMPLETE":
        return  # nothing was created, nothing is protected
    parameters = [{"ParameterKey": p["ParameterKey"], "UsePreviousValue": True}
                  for p in stack.get("Parameters", []) if p["ParameterKey"] != "DeletionProtection"]
    parameters.append({"ParameterKey": "DeletionProtection", "ParameterValue": "false"})
    try:
        cfn.update_stack(StackName=name, UsePreviousTemplate=True, Parameters=parameters,
                         Capabilities=CAPABILITIES)
    except ClientError as error:
        if "No updates are to be performed" not in str(error):
            raise
        return
    say(f"turning deletion protection off on {name}")
    _wait(cfn, "stack_update_complete", name)


def chalice(command: str, stage: str, region: str) -> None:
    """Run the chalice CLI for the stage, with the stage's outputs merged into its settings in
    memory (scripts/chalice_stage.py), so nothing tracked by git is written."""
    runner = Path(__file__).resolve().parent / "chalice_stage.py"
    env = {**os.environ, "AWS_DEFAULT_REGION": region}  # botocore reads this one, not AWS_REGION
    done = subprocess.run([sys.executable, str(runner), command, "--stage", stage], cwd=PROJECT,
                          env=env)
    if done.returncode != 0:
        raise Stop(f"chalice {command} --stage {stage} failed (exit {done.returncode}); "
                   "see its output above")


def invalidate(aws: Aws, distribution_id: str, stage: str) -> str:
    """Ask CloudFront to drop its cached copies of the site; the invalidation's id."""
    reply = aws.client("cloudfront").create_invalidation(
        DistributionId=distribution_id,
        InvalidationBatch={"Paths": {"Quantity": 1, "Items": ["/*"]},
                           "CallerReference": f"{APP_NAME}-{stage}-{time.time_ns()}"})
    return reply["Invalidation"]["Id"]


def empty_bucket(aws: Aws, bucket: str) -> int:
    """Delete every object (and version) so CloudFormation can delete the bucket."""
    s3 = aws.client("s3")
    removed = 0
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
        doomed = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                  for v in page.get("Versions", []) + page.get("DeleteMarkers", [])]
        if doomed:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": doomed, "Quiet": True})
            removed += len(doomed)
    return removed


def check_concurrency(aws: Aws, stage: str, reservations: dict[str, int | None]) -> None:
    """Stop before any change when the account cannot give the stage's functions the
    concurrency they reserve (a new account's limit of 10 cannot: Lambda keeps 100 free)."""
    from botocore.exceptions import ClientError
    client = aws.client("lambda")
    limits = client.get_account_settings()["AccountLimit"]
    already = 0  # what this stage's functions reserve now is given back when they change
    for name in reservations:
        try:
            already += client.get_function_concurrency(FunctionName=name).get(
                "ReservedConcurrentExecutions", 0) or 0
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") != "ResourceNotFoundException":
                raise
    wanted = sum(n or 0 for n in reservations.values())
    free = int(limits.get("UnreservedConcurrentExecutions", 0)) + already
    if free - wanted < UNRESERVED_MINIMUM:
        raise Stop(f"the stage reserves {wanted} concurrent Lambda executions, but the account "
                   f"allows {limits.get('ConcurrentExecutions')} in all and Lambda keeps "
                   f"{UNRESERVED_MINIMUM} unreserved: ask for 1,000 in Service Quotas -> AWS "
                   "Lambda -> Concurrent executions (free, usually within a day). "
                   "Nothing was changed.")


def configure_api(aws: Aws, stage: str) -> list[str]:
    """Throttle the stage's API Gateway stages and tag them with the stage (API Gateway's costs
    are allocated by stage). Only what differs is changed; what was changed, for the log."""
    rate, burst = THROTTLING[stage]
    api_stage = api_stage_name(stage)
    changed: list[str] = []
    for resource in deployed_resources(stage):
        if resource.get("resource_type") == "rest_api":
            client = aws.client("apigateway")
            api_id = resource["rest_api_id"]
            current = client.get_stage(restApiId=api_id, stageName=api_stage)
            settings = current.get("methodSettings", {}).get("*/*", {})
            if (settings.get("throttlingRateLimit"), settings.get("throttlingBurstLimit")) != (
                    float(rate), burst):
                client.update_stage(restApiId=api_id, stageName=api_stage, patchOperations=[
                    {"op": "replace", "path": "/*/*/throttling/rateLimit", "value": str(rate)},
                    {"op": "replace", "path": "/*/*/throttling/burstLimit",
                     "value": str(burst)}])
                changed.append(f"REST API {api_id}/{api_stage}: throttled to {rate}/s, "
                               f"burst {burst}")
            if current.get("tags", {}).get(COST_TAG) != stage:
                client.tag_resource(
                    resourceArn=f"arn:aws:apigateway:{aws.region}::/restapis/{api_id}"
                                f"/stages/{api_stage}", tags={COST_TAG: stage})
                changed.append(f"REST API {api_id}/{api_stage}: tagged {COST_TAG}={stage}")
        elif resource.get("resource_type") == "websocket_api":
            client = aws.client("apigatewayv2")
            api_id = resource["websocket_api_id"]
            current = client.get_stage(ApiId=api_id, StageName=api_stage)
            route = current.get("DefaultRouteSettings", {})
            if (route.get("ThrottlingRateLimit"), route.get("ThrottlingBurstLimit")) != (
                    float(rate), burst):
                client.update_stage(ApiId=api_id, StageName=api_stage, DefaultRouteSettings={
                    "ThrottlingRateLimit": float(rate), "ThrottlingBurstLimit": burst})
                changed.append(f"WebSocket API {api_id}: throttled to {rate}/s, burst {burst}")
            if current.get("Tags", {}).get(COST_TAG) != stage:
                client.tag_resource(
                    ResourceArn=f"arn:aws:apigateway:{aws.region}::/apis/{api_id}",
                    Tags={COST_TAG: stage})
                changed.append(f"WebSocket API {api_id}: tagged {COST_TAG}={stage}")
    return changed


def activate_cost_tag(aws: Aws) -> bool:
    """Make forever-us:stage a cost-allocation tag, so the budget's filter and Cost Explorer see
    the stage's spend; True once it is active. AWS lists a new tag key only about a day after
    a resource first carries it, so the first deploy may be early: the next deploy retries."""
    from botocore.exceptions import ClientError
    try:
        aws.client("ce").update_cost_allocation_tags_status(
            CostAllocationTagsStatus=[{"TagKey": COST_TAG, "Status": "Active"}])
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "ClientError")
        say(f"cost-allocation tag {COST_TAG} not active yet ({code}): AWS lists a new tag "
            "about a day after it first appears; run make deploy again tomorrow (or activate "
            "it in Billing -> Cost allocation tags). Until then the budget sees no spend.")
        return False
    say(f"cost-allocation tag {COST_TAG} is active: the budget counts this stage's spend")
    return True


def model_parameters(stage: str) -> tuple[str, str]:
    """The model server's key and certificate-pin parameters (the names the app reads)."""
    sys.path.insert(0, str(PROJECT))
    from chalicelib.ops.model_server import CERT_PARAMETER, KEY_PARAMETER
    return KEY_PARAMETER.format(stage=stage), CERT_PARAMETER.format(stage=stage)


def model_wanted(stage: str) -> bool:
    """Whether this deploy leaves the stage with a model instance (chosen now, or kept)."""
    chosen = chosen_parameters()
    if "ModelInstanceType" in chosen:
        return bool(chosen["ModelInstanceType"])
    return bool(read_stage_outputs(stage).get("outputs", {}).get("ModelInstanceId"))


def ensure_model_key(aws: Aws, stage: str) -> bool:
    """The model server's key: a SecureString (CloudFormation cannot create one), made once
    before the instance's first boot reads it, then kept; True when it was made now."""
    from botocore.exceptions import ClientError
    key_name, _ = model_parameters(stage)
    try:
        aws.client("ssm").put_parameter(
            Name=key_name, Type="SecureString", Value=secrets.token_urlsafe(32),
            Description=f"Forever Us {stage}: the model server's API key (docs/model-serving.md)",
            Tags=[{"Key": COST_TAG, "Value": stage}])
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") == "ParameterAlreadyExists":
            return False
        raise
    return True


def forget_model_parameters(aws: Aws, stage: str) -> None:
    """After the stack is gone: the key and the pin, which the stack does not own."""
    aws.client("ssm").delete_parameters(Names=list(model_parameters(stage)))


# -- the two commands ---------------------------------------------------------------------------

def deploy_plan(stage: str) -> list[str]:
    """What deploy would do, worked out from local files only."""
    region = resolve_region()
    functions = function_names(stage)
    api_domain = deployed_api_domain(stage)
    chosen = chosen_parameters()
    files = site_upload.plan_site()
    reservations = function_reservations(stage)
    rate, burst = THROTTLING[stage]
    lines = [
        f"Plan: deploy stage {stage} to region "
        f"{region or '(not set: export AWS_REGION=us-east-1)'} (dry run: nothing is changed, "
        "no AWS call is made)",
        f"0. check the account's Lambda concurrency has room for the "
        f"{sum(n or 0 for n in reservations.values())} this stage reserves: "
        + ", ".join(f"{name}={n}" for name, n in reservations.items()),
        f"1. CloudFormation stack {stack_name(stage)} from {shown(TEMPLATE)}: "
        "create it, or update it (no change is fine)",
        f"   Stage={stage} FunctionNames={','.join(functions)} "
        f"ApiStageName={api_stage_name(stage)} "
        f"DeletionProtection={'true' if stage == 'prod' else 'false'}",
        "   ApiDomainName=" + (api_domain or "(none yet: the API is created in step 3)"),
        "   SignUpFunctionArn=" + (deployed_sign_up_trigger(stage)
                                   or "(none yet: the trigger is created in step 3)"),
        "   OriginSecret: kept by the stack (made on the first deploy)",
    ]
    lines += [f"   {key}={value}" for key, value in sorted(chosen.items())]
    if model_wanted(stage):
        lines.append(f"   before it: SSM SecureString {model_parameters(stage)[0]}, the model "
                     "server's key, created if missing (kept as it is otherwise)")
    if "AlertEmail" not in chosen:
        lines.append("   AlertEmail: kept from the stack (required on the first deploy: "
                     "ALERT_EMAIL=you@example.com)")
    lines += [
        f"   log groups with retention: {', '.join('/aws/lambda/' + f for f in functions)}",
        f"2. write {shown(outputs_file(stage))} (git ignores it; .chalice/config.json is not "
        f"written): {', '.join(v for v in OUTPUT_VARIABLES.values())}",
        f"3. chalice deploy --stage {stage} (scripts/chalice_stage.py: those variables merged "
        f"in memory); API Gateway stage {api_stage_name(stage)} throttled to {rate} requests/s "
        f"(burst {burst}) and tagged {COST_TAG}={stage}",
        f"4. update the stack with the API's domain and the pre-sign-up trigger if they changed "
        f"(CloudFront /api/* -> <api>.execute-api.{region or '<region>'}.amazonaws.com/"
        f"{api_stage_name(stage)})",
        f"5. upload {len(files)} file(s) from frontend/ to the site bucket; delete stale ones:",
    ]
    lines += [f"   {line}" for line in site_upload.describe(files)]
    lines.append("6. CloudFront invalidation of /* if the upload changed anything")
    lines.append(f"7. activate the cost-allocation tag {COST_TAG} (once)")
    return lines


def deploy(stage: str, dry_run: bool) -> None:
    """Deploy (or with dry_run, describe) the whole stage."""
    check_stage(stage)
    if dry_run:
        say("\n".join(deploy_plan(stage)))
        return
    aws = preflight()
    site_files = site_upload.plan_site()  # refuse a bad site before changing anything
    reservations = function_reservations(stage)
    check_concurrency(aws, stage, reservations)
    functions = sorted(reservations)
    if model_wanted(stage) and ensure_model_key(aws, stage):
        say(f"model server key: {model_parameters(stage)[0]} created (SecureString)")
    outputs = apply_stack(aws, stage, functions, deployed_api_domain(stage),
                          deployed_sign_up_trigger(stage))
    if write_stage_outputs(stage, aws.region, outputs):
        say(f"stage {stage}: {shown(outputs_file(stage))} updated from the stack's outputs")
    chalice("deploy", stage, aws.region)
    api_domain, trigger = deployed_api_domain(stage), deployed_sign_up_trigger(stage)
    if not api_domain:
        raise Stop(f"chalice deploy left no REST API in .chalice/deployed/{stage}.json")
    for change in configure_api(aws, stage):
        say(change)
    if api_domain != outputs.get("ApiDomainName") or \
            (trigger and trigger != outputs.get("SignUpFunctionArn")):
        say(f"pointing CloudFront's /api/* at {api_domain}; pre-sign-up trigger {trigger}")
        outputs = apply_stack(aws, stage, functions, api_domain, trigger)
        write_stage_outputs(stage, aws.region, outputs)
    result = site_upload.sync(aws.client("s3"), outputs["SiteBucketName"], site_files)
    say(f"site: {len(result.uploaded)} uploaded, {len(result.unchanged)} unchanged, "
        f"{len(result.deleted)} stale removed")
    if result.changed:
        say(f"CloudFront invalidation {invalidate(aws, outputs['DistributionId'], stage)} "
            "started (a few minutes)")
    if outputs.get("ModelInstanceId"):
        say(f"model instance {outputs['ModelInstanceId']}: provisions itself on its first boot "
            "(up to an hour), then stops; the next message or the AI switch starts it")
    if not read_stage_outputs(stage).get("cost_tag_active") and activate_cost_tag(aws):
        write_stage_outputs(stage, aws.region, outputs, cost_tag_active=True)
    say(f"done: {outputs['SiteUrl']} (alerts go to the e-mail that confirmed the SNS "
        f"subscription; check it: make smoke STAGE={stage})")


def destroy_plan(stage: str, confirm: str) -> list[str]:
    """What destroy would do."""
    lines = [f"Plan: destroy stage {stage} (dry run: nothing is changed, no AWS call is made)",
             f"1. chalice delete --stage {stage} (functions, API, role)",
             "2. empty the site bucket"]
    if stage == "prod":
        lines += ["3. back up the table (on-demand backup, kept after the table is gone), then "
                  "update the stack with DeletionProtection=false"]
    lines += [f"{4 if stage == 'prod' else 3}. delete stack {stack_name(stage)} (table, bucket, "
              "CloudFront, user pool and its users, budget, alarms, log groups, model instance"
              + ("; the monthly backups' vault is kept" if stage == "prod" else "") + ")",
              f"{5 if stage == 'prod' else 4}. delete the model server's SSM parameters "
              f"({', '.join(model_parameters(stage))}) and remove {shown(outputs_file(stage))}"]
    if stage == "prod" and confirm != "prod":
        lines.append("A real run refuses prod without CONFIRM=prod.")
    return lines


def destroy(stage: str, confirm: str, dry_run: bool, backup: bool = True) -> None:
    """Remove everything deploy created for the stage."""
    check_stage(stage)
    if dry_run:
        say("\n".join(destroy_plan(stage, confirm)))
        return
    if stage == "prod" and confirm != "prod":
        raise Stop("Refusing to destroy prod: it deletes every family's personas, memories and "
                   "conversations. If you mean it: make destroy STAGE=prod CONFIRM=prod")
    aws = preflight()
    if (CHALICE_DIR / "deployed" / f"{stage}.json").is_file():
        chalice("delete", stage, aws.region)
    cfn = aws.client("cloudformation")
    name = stack_name(stage)
    stack = describe_stack(cfn, name)
    if stack is None:
        say(f"stack {name} does not exist")
    else:
        outputs = stack_outputs(stack)
        if outputs.get("SiteBucketName"):
            say(f"site bucket: {empty_bucket(aws, outputs['SiteBucketName'])} object(s) removed")
        if outputs.get("FilesBucketName"):  # uploads an import left (a job deletes its own)
            say(f"files bucket: {empty_bucket(aws, outputs['FilesBucketName'])} object(s) "
                "removed")
        if stage == "prod":
            if backup and outputs.get("TableName"):
                arn = aws.client("dynamodb").create_backup(
                    TableName=outputs["TableName"],
                    BackupName=f"{outputs['TableName']}-final-{time.strftime('%Y%m%d%H%M%S')}",
                )["BackupDetails"]["BackupArn"]
                say(f"final table backup {arn} (kept; delete it when no longer wanted)")
            unprotect(cfn, stack)
        say(f"deleting stack {name}")
        cfn.delete_stack(StackName=name)
        _wait(cfn, "stack_delete_complete", name)
        if outputs.get("BackupVaultName"):
            say(f"backup vault {outputs['BackupVaultName']} is kept with the monthly backups "
                "(delete them in AWS Backup when no longer wanted)")
    forget_model_parameters(aws, stage)
    forget_stage_outputs(stage)
    say(f"stage {stage} is gone")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Deploy or destroy a Forever Us stage on AWS.")
    parser.add_argument("command", choices=["deploy", "destroy"])
    parser.add_argument("--stage", default="")
    parser.add_argument("--dry-run", action="store_true", help="print the plan; change nothing")
    parser.add_argument("--confirm", default="", help="destroy prod only with --confirm prod")
    parser.add_argument("--no-backup", action="store_true",
                        help="destroy prod without the final table backup")
    args = parser.parse_args(argv)
    try:
        if args.command == "deploy":
            deploy(args.stage, args.dry_run)
        else:
            destroy(args.stage, args.confirm, args.dry_run, backup=not args.no_backup)
    except Stop as reason:
        print(f"{args.command}: {reason}", file=sys.stderr)
        return 2
    except site_upload.SiteError as error:
        print(f"{args.command}: site: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
