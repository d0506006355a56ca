"""`make deploy` and `make destroy`: a whole stage on AWS with one command, and gone with another.

deploy, in this order (docs/deploy.md explains why):
  1. the infra stack (infra/stack.yaml): table, site bucket, CloudFront, Cognito, budget, log
     groups, optional model instance; CloudFront's /api/* origin once the API exists;
  2. its outputs into the Chalice stage (.chalice/stage-outputs-<stage>.json, merged into the
     stage's environment_variables in .chalice/config.json);
  3. chalice deploy --stage <stage>;
  4. the stack again, only if the API's domain is new (the first deploy), so CloudFront sends
     /api/* to it;
  5. the site (frontend/) to the bucket; 6. a CloudFront invalidation if the site changed.
Every step is safe to repeat: a second run changes nothing that is already right.

destroy: chalice delete, empty the bucket, (prod: a final table backup and deletion protection
off), delete the stack, forget the stage's outputs. Prod needs --confirm prod (CONFIRM=prod).

Without an AWS region or credentials it stops before doing anything, with a plain message.
--dry-run prints the plan and makes no AWS call at all.
"""
from __future__ import annotations

import argparse
import json
import os
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
    "BudgetName": "FOREVERUS_BUDGET_NAME",
    "MonthlyBudgetUsd": "FOREVERUS_MONTHLY_BUDGET_USD",  # the app's own cap = the AWS budget
    "AccountId": "FOREVERUS_AWS_ACCOUNT_ID",
}
# Settings a person chooses, from the environment (make deploy ALERT_EMAIL=... passes them);
# when unset on a later run the stack keeps its previous value.
CHOSEN_PARAMETERS = {
    "AlertEmail": "ALERT_EMAIL",
    "MonthlyBudgetUsd": "BUDGET_USD",
    "LogRetentionDays": "LOG_RETENTION_DAYS",
    "ModelInstanceType": "MODEL_INSTANCE_TYPE",
    "ModelClientCidr": "MODEL_CLIENT_CIDR",
}


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


def api_stage_name() -> str:
    """The API Gateway stage Chalice deploys to (CloudFront's origin path)."""
    return chalice_config().get("api_gateway_stage", "api")


def function_names(stage: str) -> list[str]:
    """The Lambda functions chalice deploy creates for the stage, named as Chalice names them.

    Read from Chalice's own application graph (offline), so a new scheduled function gets its
    log group, with retention, without anyone editing the stack."""
    sys.path.insert(0, str(PROJECT))
    from chalice.cli.factory import CLIFactory
    from chalice.deploy import models
    from chalice.deploy.appgraph import ApplicationGraphBuilder

    config = CLIFactory(str(PROJECT), environ=dict(os.environ)).create_config_obj(
        chalice_stage_name=stage)
    graph = ApplicationGraphBuilder().build(config, stage)
    names: set[str] = set()

    def walk(resource: Any) -> None:
        if isinstance(resource, models.LambdaFunction):
            names.add(resource.function_name)
        for child in resource.dependencies():
            walk(child)

    walk(graph)
    prefix = f"{APP_NAME}-{stage}"
    outside = sorted(n for n in names if n != prefix and not n.startswith(prefix + "-"))
    if outside:  # the stage policy's log permissions cover forever-us-<stage>[-*] only
        raise Stop(f"function names outside {prefix}*: {', '.join(outside)}")
    return sorted(names)


def deployed_api_domain(stage: str) -> str:
    """The execute-api host of the stage's REST API, from Chalice's deployment record."""
    record = CHALICE_DIR / "deployed" / f"{stage}.json"
    if not record.is_file():
        return ""
    for resource in json.loads(record.read_text()).get("resources", []):
        if resource.get("resource_type") == "rest_api" and resource.get("rest_api_url"):
            return urlsplit(resource["rest_api_url"]).hostname or ""
    return ""


def stage_variables(outputs: dict[str, str]) -> dict[str, str]:
    """The Chalice stage's environment variables the stack's outputs provide."""
    return {variable: outputs[key] for key, variable in OUTPUT_VARIABLES.items()
            if outputs.get(key)}


def write_stage_outputs(stage: str, region: str, outputs: dict[str, str]) -> bool:
    """Record the outputs and merge them into the stage's variables; True if config changed.

    The outputs file also keeps what those variables were before the first deploy, so that
    destroy can put .chalice/config.json back exactly as it was."""
    variables = stage_variables(outputs)
    current = _stage_env(chalice_config(), stage)
    path = outputs_file(stage)
    replaced = json.loads(path.read_text()).get("replaced") if path.is_file() else None
    if replaced is None:
        replaced = {name: current.get(name) for name in OUTPUT_VARIABLES.values()}
    path.write_text(json.dumps(
        {"stack": stack_name(stage), "region": region, "outputs": outputs,
         "environment_variables": variables, "replaced": replaced},
        indent=2, sort_keys=True) + "\n")
    stale = {name: replaced.get(name) for name in OUTPUT_VARIABLES.values()
             if name not in variables}  # e.g. the model instance's id once it is gone
    return _set_stage_variables(stage, {**stale, **variables})


def forget_stage_outputs(stage: str) -> None:
    """After destroy: no outputs file, and the stage's variables as they were before deploy."""
    path = outputs_file(stage)
    if path.is_file():
        _set_stage_variables(stage, json.loads(path.read_text()).get("replaced") or {})
        path.unlink()


def _stage_env(config: dict[str, Any], stage: str) -> dict[str, str]:
    return config["stages"][stage].setdefault("environment_variables", {})


def _set_stage_variables(stage: str, values: dict[str, str | None]) -> bool:
    """Set (or, for None, remove) variables of the stage in .chalice/config.json."""
    path = CHALICE_DIR / "config.json"
    config = json.loads(path.read_text())
    env = _stage_env(config, stage)
    before = dict(env)
    for name, value in values.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    if env == before:
        return False
    # Only the stage's variables change; the file keeps its layout (2-space JSON).
    path.write_text(json.dumps(config, indent=2) + "\n")
    return True


def chosen_parameters() -> dict[str, str]:
    """The person's settings given in the environment; `none` clears one (MODEL_INSTANCE_TYPE=none
    removes the model instance)."""
    chosen = {key: os.environ[var].strip() for key, var in CHOSEN_PARAMETERS.items()
              if os.environ.get(var, "").strip()}
    return {key: "" if value.lower() == "none" else value for key, value in chosen.items()}


def stack_parameters(stage: str, functions: list[str], api_domain: str,
                     previous: dict[str, str] | None) -> list[dict[str, Any]]:
    """The stack's parameters: fixed by the stage, chosen by the person, or kept as they were."""
    values = {
        "Stage": stage,
        "FunctionNames": ",".join(functions),
        "ApiDomainName": api_domain,
        "ApiStageName": api_stage_name(),
        "DeletionProtection": "true" if stage == "prod" else "false",
        **chosen_parameters(),
    }
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


def apply_stack(aws: Aws, stage: str, functions: list[str], api_domain: str) -> dict[str, str]:
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
        "Parameters": stack_parameters(stage, functions, api_domain, previous),
        "Capabilities": ["CAPABILITY_AUTO_EXPAND"],
        "Tags": [{"Key": "forever-us:stage", "Value": stage}],
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
                         Capabilities=["CAPABILITY_AUTO_EXPAND"])
    except ClientError as error:
        if "No updates are to be performed" not in str(error):
            raise
        return
    say(f"turning deletion protection off on {name}")
    _wait(cfn, "stack_update_complete", name)


def chalice(command: str, stage: str, region: str) -> None:
    """Run the project's chalice CLI for the stage."""
    executable = Path(sys.executable).parent / "chalice"
    env = {**os.environ, "AWS_DEFAULT_REGION": region}  # botocore reads this one, not AWS_REGION
    done = subprocess.run([str(executable), command, "--stage", stage], cwd=PROJECT, env=env)
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


# -- the two commands ---------------------------------------------------------------------------

def deploy_plan(stage: str) -> list[str]:
    """What deploy would do, worked out from local files only."""
    region = resolve_region()
    functions = function_names(stage)
    api_domain = deployed_api_domain(stage)
    chosen = chosen_parameters()
    files = site_upload.plan_site()
    lines = [
        f"Plan: deploy stage {stage} to region "
        f"{region or '(not set: export AWS_REGION=us-east-1)'} (dry run: nothing is changed, "
        "no AWS call is made)",
        f"1. CloudFormation stack {stack_name(stage)} from {shown(TEMPLATE)}: "
        "create it, or update it (no change is fine)",
        f"   Stage={stage} FunctionNames={','.join(functions)} ApiStageName={api_stage_name()} "
        f"DeletionProtection={'true' if stage == 'prod' else 'false'}",
        "   ApiDomainName=" + (api_domain or "(none yet: the API is created in step 3)"),
    ]
    lines += [f"   {key}={value}" for key, value in sorted(chosen.items())]
    if "AlertEmail" not in chosen:
        lines.append("   AlertEmail: kept from the stack (required on the first deploy: "
                     "ALERT_EMAIL=you@example.com)")
    lines += [
        f"   log groups with retention: {', '.join('/aws/lambda/' + f for f in functions)}",
        f"2. write {shown(outputs_file(stage))} and set "
        f"{', '.join(v for v in OUTPUT_VARIABLES.values())} in the {stage} stage of "
        ".chalice/config.json",
        f"3. chalice deploy --stage {stage}",
        f"4. update the stack with the API's domain if it changed (CloudFront /api/* -> "
        f"<api>.execute-api.{region or '<region>'}.amazonaws.com/{api_stage_name()})",
        f"5. upload {len(files)} file(s) from frontend/ to the site bucket; delete stale ones:",
    ]
    lines += [f"   {line}" for line in site_upload.describe(files)]
    lines.append("6. CloudFront invalidation of /* if the upload changed anything")
    return lines


def deploy(stage: str, dry_run: bool) -> None:
    """Deploy (or with dry_run, describe) the whole stage."""
    check_stage(stage)
    if dry_run:
        say("\n".join(deploy_plan(stage)))
        return
    aws = preflight()
    site_files = site_upload.plan_site()  # refuse a bad site before changing anything
    functions = function_names(stage)
    outputs = apply_stack(aws, stage, functions, deployed_api_domain(stage))
    if write_stage_outputs(stage, aws.region, outputs):
        say(f"stage {stage}: .chalice/config.json updated from the stack's outputs")
    chalice("deploy", stage, aws.region)
    api_domain = deployed_api_domain(stage)
    if not api_domain:
        raise Stop(f"chalice deploy left no REST API in .chalice/deployed/{stage}.json")
    if api_domain != outputs.get("ApiDomainName"):
        say(f"pointing CloudFront's /api/* at {api_domain}")
        outputs = apply_stack(aws, stage, functions, api_domain)
        write_stage_outputs(stage, aws.region, outputs)
    result = site_upload.sync(aws.client("s3"), outputs["SiteBucketName"], site_files)
    say(f"site: {len(result.uploaded)} uploaded, {len(result.unchanged)} unchanged, "
        f"{len(result.deleted)} stale removed")
    if result.changed:
        say(f"CloudFront invalidation {invalidate(aws, outputs['DistributionId'], stage)} "
            "started (a few minutes)")
    if outputs.get("ModelInstanceId"):
        say(f"model instance {outputs['ModelInstanceId']}: provisions itself on first boot, "
            "then stops; the AI power switch starts it")
    say(f"done: {outputs['SiteUrl']}")


def destroy_plan(stage: str, confirm: str) -> list[str]:
    """What destroy would do."""
    lines = [f"Plan: destroy stage {stage} (dry run: nothing is changed, no AWS call is made)",
             f"1. chalice delete --stage {stage} (functions, API, role)",
             "2. empty the site bucket"]
    if stage == "prod":
        lines += ["3. back up the table (on-demand backup, kept after the table is gone), then "
                  "update the stack with DeletionProtection=false"]
    lines += [f"{4 if stage == 'prod' else 3}. delete stack {stack_name(stage)} (table, bucket, "
              "CloudFront, user pool and its users, budget, log groups, model instance)",
              f"{5 if stage == 'prod' else 4}. remove {shown(outputs_file(stage))} "
              f"and put the {stage} stage's variables in .chalice/config.json back as they were"]
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
