"""infra/stack.yaml: the resources Chalice does not create, checked offline (and by cfn-lint)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cfnlint.decode import decode_str

from chalicelib.store.dynamodb import INDEX_NAME, table_definition

PROJECT = Path(__file__).resolve().parents[2]
TEMPLATE = PROJECT / "infra" / "stack.yaml"
CFN_LINT = Path(sys.executable).parent / "cfn-lint"
CHALICE = Path(sys.executable).parent / "chalice"
sys.path.insert(0, str(PROJECT / "scripts"))
import deploy  # noqa: E402

NO_VALUE = {"Ref": "AWS::NoValue"}


def load() -> dict[str, Any]:
    """The template as plain data, CloudFormation's short forms as their long forms."""
    template, problems = decode_str(TEMPLATE.read_text())
    assert not problems, problems
    return json.loads(json.dumps(template))


def conditions(stage: str = "dev", api: bool = True, model: bool = False,
               protection: bool = True, model_cidr: bool = False, signup: str = "invite-only",
               trigger: bool = True, operators: bool = False) -> dict[str, bool]:
    """The template's conditions for one set of parameters."""
    return {"IsProd": stage == "prod", "Protected": stage == "prod" and protection,
            "HasApi": api, "CreateModel": model, "ModelReachable": model and model_cidr,
            "HasSignUpTrigger": trigger, "HasOperatorEmails": operators,
            "SelfSignUp": signup == "open" or (signup == "invite-only" and trigger)}


def render(node: Any, when: dict[str, bool]) -> Any:
    """Resolve Fn::If and drop AWS::NoValue, as CloudFormation does."""
    if isinstance(node, dict):
        if set(node) == {"Fn::If"}:
            name, yes, no = node["Fn::If"]
            return render(yes if when[name] else no, when)
        out = {k: render(v, when) for k, v in node.items()}
        return {k: v for k, v in out.items() if v != NO_VALUE}
    if isinstance(node, list):
        return [render(v, when) for v in node if render(v, when) != NO_VALUE]
    return node


def resources(when: dict[str, bool] | None = None) -> dict[str, Any]:
    """The resources that exist under `when` (conditional ones left out when false)."""
    when = when or conditions()
    found = {}
    for name, resource in load()["Resources"].items():
        if name.startswith("Fn::ForEach::"):
            continue
        if resource.get("Condition") and not when[resource["Condition"]]:
            continue
        found[name] = render(resource, when)
    return found


def of_type(kind: str, when: dict[str, bool] | None = None) -> list[dict[str, Any]]:
    return [r for r in resources(when).values() if r["Type"] == kind]


def distribution(when: dict[str, bool] | None = None) -> dict[str, Any]:
    return of_type("AWS::CloudFront::Distribution", when)[0]["Properties"]["DistributionConfig"]


# -- lint -------------------------------------------------------------------------------------

def test_infra_templates_pass_cfn_lint() -> None:
    templates = sorted({*PROJECT.glob("infra/**/*.yaml"), *PROJECT.glob("infra/**/*.json")})
    assert TEMPLATE in templates
    done = subprocess.run([str(CFN_LINT), *map(str, templates)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_prod_package_passes_cfn_lint_and_its_functions_get_log_groups(tmp_path) -> None:
    """`chalice package --stage prod` lints clean, and names exactly the functions whose log
    groups the deploy script asks the stack for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "FOREVERUS_"))}
    env["AWS_DEFAULT_REGION"] = "us-east-1"
    done = subprocess.run([str(CHALICE), "package", "--stage", "prod", str(tmp_path)],
                          cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    lint = subprocess.run([str(CFN_LINT), str(tmp_path / "sam.json")], capture_output=True,
                          text=True, timeout=300)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    sam = json.loads((tmp_path / "sam.json").read_text())
    # A package leaves the names to CloudFormation; chalice deploy names them forever-us-prod
    # and forever-us-prod-<name>. Same functions, one log group each.
    packaged = [r for r in sam["Resources"].values() if r["Type"] == "AWS::Serverless::Function"]
    assert len(packaged) == len(deploy.function_names("prod"))


# -- the table --------------------------------------------------------------------------------

def test_table_keys_and_index_match_the_store() -> None:
    table = of_type("AWS::DynamoDB::Table")[0]["Properties"]
    expected = table_definition("forever-us-dev")

    def attrs(defs: list[dict[str, str]]) -> set[tuple[str, str]]:
        return {(d["AttributeName"], d["AttributeType"]) for d in defs}

    assert table["BillingMode"] == expected["BillingMode"] == "PAY_PER_REQUEST"
    assert attrs(table["AttributeDefinitions"]) == attrs(expected["AttributeDefinitions"])
    assert table["KeySchema"] == expected["KeySchema"]
    assert table["GlobalSecondaryIndexes"] == expected["GlobalSecondaryIndexes"]
    assert table["GlobalSecondaryIndexes"][0]["IndexName"] == INDEX_NAME
    assert table["TableName"] == {"Fn::Sub": "forever-us-${Stage}"}  # the policies name it


def test_table_has_pitr_and_ttl_and_prod_deletion_protection() -> None:
    table = of_type("AWS::DynamoDB::Table")[0]["Properties"]
    assert table["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert table["DeletionProtectionEnabled"] is False
    prod = of_type("AWS::DynamoDB::Table", conditions("prod"))[0]["Properties"]
    assert prod["DeletionProtectionEnabled"] is True
    pool = of_type("AWS::Cognito::UserPool", conditions("prod"))[0]["Properties"]
    assert pool["DeletionProtection"] == "ACTIVE"
    # destroy turns it off through the same parameter before deleting the stack
    unprotected = conditions("prod", protection=False)
    assert of_type("AWS::DynamoDB::Table", unprotected)[0]["Properties"][
        "DeletionProtectionEnabled"] is False


def test_ttl_attribute_is_the_one_the_store_writes() -> None:
    source = (PROJECT / "chalicelib" / "store" / "table.py").read_text()
    assert "`expires_at` (epoch seconds, DynamoDB's TTL attribute)" in source


# -- the site bucket and CloudFront -----------------------------------------------------------

def test_site_bucket_is_private_and_encrypted() -> None:
    bucket = of_type("AWS::S3::Bucket")[0]["Properties"]
    assert bucket["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True, "BlockPublicPolicy": True, "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True}
    rule = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
    assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    assert "WebsiteConfiguration" not in bucket and "AccessControl" not in bucket
    assert bucket["OwnershipControls"]["Rules"][0]["ObjectOwnership"] == "BucketOwnerEnforced"


def test_only_this_distribution_may_read_the_bucket() -> None:
    policy = of_type("AWS::S3::BucketPolicy")[0]["Properties"]["PolicyDocument"]
    allows = [s for s in policy["Statement"] if s["Effect"] == "Allow"]
    assert allows
    for statement in allows:
        assert statement["Principal"] == {"Service": "cloudfront.amazonaws.com"}
        assert statement["Action"] in ("s3:GetObject", "s3:ListBucket")
        source = statement["Condition"]["StringEquals"]["AWS:SourceArn"]["Fn::Sub"]
        assert source.endswith(":distribution/${Distribution}")
    denies = [s for s in policy["Statement"] if s["Effect"] == "Deny"]
    assert denies and denies[0]["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    origin = distribution()["Origins"][0]
    assert origin["S3OriginConfig"] == {"OriginAccessIdentity": ""}
    assert origin["OriginAccessControlId"] == {"Fn::GetAtt": ["SiteOriginAccessControl", "Id"]}
    oac = of_type("AWS::CloudFront::OriginAccessControl")[0]["Properties"]
    assert oac["OriginAccessControlConfig"]["SigningBehavior"] == "always"


def test_api_goes_to_the_chalice_stage_and_the_rest_to_the_bucket() -> None:
    config = distribution()
    api_origin = next(o for o in config["Origins"] if o["Id"] == "api")
    assert api_origin["DomainName"] == {"Ref": "ApiDomainName"}
    assert api_origin["OriginPath"] == {"Fn::Sub": "/${ApiStageName}"}
    assert api_origin["CustomOriginConfig"]["OriginProtocolPolicy"] == "https-only"
    # the stage name the deploy script passes is the Chalice stage's API Gateway stage, one
    # per stage (API Gateway's metrics, which the 5xx alarm reads, know an API by name+stage)
    chalice = json.loads((PROJECT / ".chalice" / "config.json").read_text())
    for stage in ("dev", "prod"):
        assert deploy.api_stage_name(stage) == chalice["stages"][stage]["api_gateway_stage"]
    assert deploy.api_stage_name("dev") != deploy.api_stage_name("prod")
    [api] = config["CacheBehaviors"]
    assert api["PathPattern"] == "/api/*" and api["TargetOriginId"] == "api"
    assert {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"} <= set(api["AllowedMethods"])
    assert api["CachePolicyId"] == "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"  # CachingDisabled
    assert api["OriginRequestPolicyId"] == "b689b0a8-53d0-40ab-baf2-68738e2966ac"  # not Host
    assert config["DefaultCacheBehavior"]["TargetOriginId"] == "site"


def test_before_the_api_exists_the_distribution_has_only_the_site() -> None:
    config = distribution(conditions(api=False))
    assert [o["Id"] for o in config["Origins"]] == ["site"]
    assert "CacheBehaviors" not in config


def test_api_errors_are_never_turned_into_index_html() -> None:
    config = distribution()
    assert "CustomErrorResponses" not in config  # they would apply to /api/* too
    [api] = config["CacheBehaviors"]
    assert "FunctionAssociations" not in api
    [association] = config["DefaultCacheBehavior"]["FunctionAssociations"]
    assert association["EventType"] == "viewer-request"
    assert association["FunctionARN"] == {
        "Fn::GetAtt": ["SiteRouting", "FunctionMetadata.FunctionARN"]}


def test_https_only_with_security_headers_everywhere() -> None:
    config = distribution()
    behaviors = [config["DefaultCacheBehavior"], *config["CacheBehaviors"]]
    for behavior in behaviors:
        assert behavior["ViewerProtocolPolicy"] in ("redirect-to-https", "https-only")
        assert behavior["ResponseHeadersPolicyId"] == {"Ref": "SecurityHeaders"}
    headers = of_type("AWS::CloudFront::ResponseHeadersPolicy")[0]["Properties"][
        "ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]
    assert headers["StrictTransportSecurity"]["AccessControlMaxAgeSec"] >= 31536000
    assert headers["FrameOptions"]["FrameOption"] == "DENY"
    assert headers["ContentTypeOptions"]["Override"] is True
    csp = headers["ContentSecurityPolicy"]["ContentSecurityPolicy"]["Fn::Sub"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self';" in csp
    assert "amazoncognito.com" in csp  # the sign-in's token exchange


def site_routing_code() -> str:
    return of_type("AWS::CloudFront::Function")[0]["Properties"]["FunctionCode"]


@pytest.mark.parametrize("uri,served", [
    ("/", "/index.html"),
    ("/personas/abc123", "/index.html"),
    ("/personas/abc123/talk", "/index.html"),
    ("/index.html", "/index.html"),
    ("/js/app.js", "/js/app.js"),
    ("/favicon.svg", "/favicon.svg"),
    ("/missing.css", "/missing.css"),     # a missing file stays a 404, not the page
    ("/api/personas", "/api/personas"),   # never rewritten, even if it reached this behavior
    ("/api", "/api"),
])
def test_site_routing_function(uri: str, served: str) -> None:
    script = site_routing_code() + (
        "\nconst out = handler({request: {uri: process.argv[1], headers: {}, querystring: {}}});"
        "\nprocess.stdout.write(JSON.stringify(out));")
    done = subprocess.run(["node", "-e", script, uri], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["uri"] == served


def test_site_routing_function_fits_cloudfront_functions() -> None:
    code = site_routing_code()
    assert len(code.encode()) < 10 * 1024  # CloudFront Functions' size limit
    assert "require(" not in code and "fetch(" not in code


# -- identity ---------------------------------------------------------------------------------

def test_app_client_is_public_code_flow_back_to_the_site() -> None:
    client = of_type("AWS::Cognito::UserPoolClient")[0]["Properties"]
    assert client["GenerateSecret"] is False
    assert client["AllowedOAuthFlows"] == ["code"]
    assert client["AllowedOAuthFlowsUserPoolClient"] is True
    assert "openid" in client["AllowedOAuthScopes"]
    site = {"Fn::Sub": "https://${Distribution.DomainName}/"}
    assert site in client["CallbackURLs"] and site in client["LogoutURLs"]
    assert all("Distribution.DomainName" in u["Fn::Sub"]
               for u in client["CallbackURLs"] + client["LogoutURLs"])
    assert "ALLOW_USER_PASSWORD_AUTH" not in client.get("ExplicitAuthFlows", [])


def test_hosted_domain_and_admins_group() -> None:
    domain = of_type("AWS::Cognito::UserPoolDomain")[0]["Properties"]
    assert domain["UserPoolId"] == {"Ref": "UserPool"}
    group = of_type("AWS::Cognito::UserPoolGroup")[0]["Properties"]
    assert group["GroupName"] == "admins"  # chalicelib.access checks this group
    assert "\"admins\" in caller.groups" in (PROJECT / "chalicelib" / "access.py").read_text()
    output = load()["Outputs"]["CognitoDomain"]["Value"]["Fn::Sub"]
    assert output == "${UserPoolDomain}.auth.${AWS::Region}.amazoncognito.com"


# -- cost, logs, model instance ---------------------------------------------------------------

def test_budget_alerts_at_50_80_and_100_percent() -> None:
    budget = of_type("AWS::Budgets::Budget")[0]["Properties"]
    assert budget["Budget"]["TimeUnit"] == "MONTHLY"
    assert budget["Budget"]["BudgetName"] == {"Fn::Sub": "forever-us-${Stage}"}
    thresholds = sorted(n["Notification"]["Threshold"]
                        for n in budget["NotificationsWithSubscribers"])
    assert thresholds == [50, 80, 100]
    for n in budget["NotificationsWithSubscribers"]:
        assert n["Notification"]["ThresholdType"] == "PERCENTAGE"
        assert n["Subscribers"] == [{"SubscriptionType": "EMAIL", "Address": {"Ref": "AlertEmail"}}]


def test_every_function_gets_a_log_group_with_retention() -> None:
    template = load()
    assert template["Transform"] == "AWS::LanguageExtensions"
    name, collection, body = template["Resources"]["Fn::ForEach::FunctionLogGroups"]
    assert collection == {"Ref": "FunctionNames"}
    [(logical_id, group)] = body.items()
    assert f"&{{{name}}}" in logical_id
    assert group["Type"] == "AWS::Logs::LogGroup"
    assert group["Properties"]["LogGroupName"] == {"Fn::Sub": f"/aws/lambda/${{{name}}}"}
    assert group["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    for stage in ("dev", "prod"):
        names = deploy.function_names(stage)
        assert f"forever-us-{stage}" in names  # the API handler
        assert all(n == f"forever-us-{stage}" or n.startswith(f"forever-us-{stage}-")
                   for n in names)


def test_model_instance_is_optional_tagged_and_ends_stopped() -> None:
    assert not of_type("AWS::EC2::Instance")  # not without ModelInstanceType
    when = conditions(model=True)
    [instance] = of_type("AWS::EC2::Instance", when)
    props = instance["Properties"]
    assert props["InstanceType"] == {"Ref": "ModelInstanceType"}
    assert {"Key": "forever-us:model", "Value": {"Ref": "Stage"}} in props["Tags"]
    assert props["InstanceInitiatedShutdownBehavior"] == "stop"
    assert "shutdown -h now" in props["UserData"]["Fn::Base64"]["Fn::Sub"]
    [group] = of_type("AWS::EC2::SecurityGroup", when)
    assert "SecurityGroupIngress" not in group["Properties"]  # closed unless a CIDR is given
    [group] = of_type("AWS::EC2::SecurityGroup", conditions(model=True, model_cidr=True))
    assert group["Properties"]["SecurityGroupIngress"][0]["CidrIp"] == {"Ref": "ModelClientCidr"}
    assert load()["Outputs"]["ModelInstanceId"]["Condition"] == "CreateModel"


def user_data(stage: str = "dev") -> str:
    """The model instance's first-boot script as the instance gets it (CloudFormation's
    substitutions made)."""
    import re
    [instance] = of_type("AWS::EC2::Instance", conditions(model=True))
    script = instance["Properties"]["UserData"]["Fn::Base64"]["Fn::Sub"]
    values = {"AWS::Region": "us-east-1", "Stage": stage, "ModelIdleMinutes": "30",
              "ModelStartMinutes": "20"}
    return re.sub(r"\$\{([^}!]+)\}", lambda m: values[m.group(1)], script)


def heredoc(script: str, name: str, index: int = 0) -> str:
    """The body of the index-th here-document named `name` in a script."""
    bodies = script.split(f"<<'{name}'\n")[1:]
    return bodies[index].split(f"\n{name}\n")[0] + "\n"


def test_the_model_instance_serves_what_the_app_expects(tmp_path) -> None:
    """The first boot's script is valid bash, and the server config it writes at each start
    is one llama-cpp-python's server (the version the tests run) accepts: TLS on the port the
    app calls, the key it reads from SSM, the name the stage is told to send."""
    from importlib.metadata import version

    from llama_cpp.server.settings import ConfigFileSettings

    from chalicelib.ops import model_server
    script = user_data()
    path = tmp_path / "user-data.sh"
    path.write_text(script)
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0
    for index in range(2):  # the start script and the instance's own watch
        path.write_text(heredoc(script, "SCRIPT", index))
        assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0
    config = subprocess.run([sys.executable, "-"], input=heredoc(script, "PYTHON"), text=True,
                            capture_output=True, env={**os.environ, "KEY": "the-key"},
                            check=True).stdout
    settings = ConfigFileSettings.model_validate_json(config)
    assert (settings.port, settings.api_key) == (model_server.PORT, "the-key")
    assert settings.ssl_certfile and settings.ssl_keyfile and settings.host == "0.0.0.0"
    assert [m.model_alias for m in settings.models] == [load()["Outputs"]["ModelName"]["Value"]]
    assert f'"llama-cpp-python[server]=={version("llama_cpp_python")}"' in script
    assert "--api_key" not in script  # never on a command line (ps would show it)
    key, cert = (n.format(stage="dev") for n in (model_server.KEY_PARAMETER,
                                                  model_server.CERT_PARAMETER))
    assert f"--name {key}" in script and script.count(f"--name {cert}") == 2  # pending, pin
    assert script.index("--value pending") < script.index('--value "$pin"')
    [group] = of_type("AWS::EC2::SecurityGroup", conditions(model=True, model_cidr=True))
    [rule] = group["Properties"]["SecurityGroupIngress"]
    assert (rule["FromPort"], rule["ToPort"]) == (model_server.PORT, model_server.PORT)


def test_the_model_instance_may_read_its_key_and_write_its_pin_only() -> None:
    [role] = [r for r in of_type("AWS::IAM::Role", conditions(model=True))
              if "ec2.amazonaws.com" in json.dumps(r["Properties"]["AssumeRolePolicyDocument"])]
    [policy] = role["Properties"]["Policies"]
    statements = policy["PolicyDocument"]["Statement"]
    assert [(s["Action"], s["Resource"]["Fn::Sub"].rsplit(":parameter", 1)[1])
            for s in statements] == [("ssm:GetParameter", "/forever-us/${Stage}/model-key"),
                                     ("ssm:PutParameter",
                                      "/forever-us/${Stage}/model-cert-sha256")]
    [instance] = of_type("AWS::EC2::Instance", conditions(model=True))
    assert instance["Properties"]["IamInstanceProfile"] == {"Ref": "ModelInstanceProfile"}


def test_with_a_model_instance_the_stage_serves_from_it_and_watches_it_often() -> None:
    outputs = load()["Outputs"]
    for name in ("ModelProvider", "ModelName", "ModelInstanceType", "ModelIdleMinutes",
                 "ModelStartMinutes", "ReportMinutes"):
        assert outputs[name]["Condition"] == "CreateModel", name
    assert outputs["ModelProvider"]["Value"] == "openai"
    assert outputs["ReportMinutes"]["Value"] == "5"


def test_outputs_feed_every_stage_variable() -> None:
    outputs = load()["Outputs"]
    for output in deploy.OUTPUT_VARIABLES:
        assert output in outputs, output
    for needed in ("SiteBucketName", "DistributionId", "SiteUrl", "ApiDomainName"):
        assert needed in outputs


def test_deploy_passes_only_parameters_the_template_declares() -> None:
    declared = set(load()["Parameters"])
    assert deploy.template_parameters() == declared
    for stage in ("dev", "prod"):
        sent = deploy.stack_parameters(stage, deploy.function_names(stage), "",
                                       previous={"AlertEmail": "a@example.com"})
        assert {p["ParameterKey"] for p in sent} <= declared


# -- issue 14: cost, the edge, alarms, backup ------------------------------------------------

STAGE_TAG = {"Key": "forever-us:stage", "Value": {"Ref": "Stage"}}
# Types CloudFormation cannot tag, each free (a setting or a link), so no cost goes untagged.
UNTAGGABLE = {"AWS::S3::BucketPolicy", "AWS::CloudFront::OriginAccessControl",
              "AWS::CloudFront::Function", "AWS::CloudFront::ResponseHeadersPolicy",
              "AWS::Cognito::UserPoolDomain", "AWS::Cognito::UserPoolClient",
              "AWS::Cognito::UserPoolGroup", "AWS::Lambda::Permission",
              "AWS::SNS::Subscription", "AWS::Backup::BackupSelection",
              "AWS::IAM::InstanceProfile"}


def tags_of(resource: dict[str, Any]) -> list[Any]:
    props = resource["Properties"]
    for key in ("Tags", "ResourceTags"):
        if key in props:
            return props[key]
    for key in ("UserPoolTags", "BackupVaultTags", "BackupPlanTags"):
        if key in props:
            return [{"Key": k, "Value": v} for k, v in props[key].items()]
    if "TagSpecifications" in props:
        return props["TagSpecifications"][0]["Tags"]
    return []


def every_resource() -> dict[str, Any]:
    when = conditions("prod", model=True, model_cidr=True, operators=True)
    found = resources(when)
    [body] = [v for k, v in load()["Resources"].items() if k.startswith("Fn::ForEach::")]
    found.update(body[2])
    return found


def test_every_resource_that_can_be_tagged_carries_the_stage() -> None:
    for name, resource in every_resource().items():
        if resource["Type"] in UNTAGGABLE:
            continue
        assert STAGE_TAG in tags_of(resource), name


def test_the_budget_counts_only_this_stage() -> None:
    budget = of_type("AWS::Budgets::Budget")[0]["Properties"]
    assert budget["Budget"]["CostFilters"] == {"TagKeyValue": [
        {"Fn::Join": ["", ["user:forever-us:stage$", {"Ref": "Stage"}]]}]}
    # the deploy script activates the same key as a cost-allocation tag, and tags the stack
    assert deploy.COST_TAG == "forever-us:stage"


def test_at_most_five_alarms_each_emailed_to_the_operator() -> None:
    topic = of_type("AWS::SNS::Topic")[0]
    [subscription] = of_type("AWS::SNS::Subscription")
    assert subscription["Properties"] == {"TopicArn": {"Ref": "AlertTopic"}, "Protocol": "email",
                                          "Endpoint": {"Ref": "AlertEmail"}}
    assert topic
    everything = of_type("AWS::CloudWatch::Alarm", conditions("prod", model=True))
    assert 1 <= len(everything) <= 5
    for alarm in everything:
        props = alarm["Properties"]
        assert props["AlarmActions"] == [{"Ref": "AlertTopic"}]
        assert props["TreatMissingData"] == "notBreaching"  # idle is not an alarm
    names = {a["Properties"]["AlarmName"]["Fn::Sub"] for a in everything}
    assert names == {"forever-us-${Stage}-api-5xx-rate", "forever-us-${Stage}-replies-p95",
                     "forever-us-${Stage}-model-running-idle"}
    # the budget at 80 % e-mails the operator too (the Budget's own notification)
    thresholds = [n["Notification"]["Threshold"] for n in of_type("AWS::Budgets::Budget")[0][
        "Properties"]["NotificationsWithSubscribers"]]
    assert 80 in thresholds


def alarm_metric_count(alarm: dict[str, Any]) -> int:
    props = alarm["Properties"]
    if "Metrics" in props:
        return sum(1 for m in props["Metrics"] if "MetricStat" in m)
    return 1


def test_idle_alarms_cost_what_the_idle_table_says() -> None:
    """Without a model instance, the alarms read two metrics: $0.20 a month."""
    sys.path.insert(0, str(PROJECT / "scripts"))
    import cost_table
    idle = of_type("AWS::CloudWatch::Alarm", conditions("prod"))
    assert sum(alarm_metric_count(a) for a in idle) == cost_table.Usage().alarm_metrics == 2
    with_model = of_type("AWS::CloudWatch::Alarm", conditions("prod", model=True))
    assert sum(alarm_metric_count(a) for a in with_model) == 4


def test_the_5xx_alarm_reads_this_stages_api() -> None:
    [alarm] = [a for a in of_type("AWS::CloudWatch::Alarm")
               if a["Properties"].get("MetricName") == "5XXError"]
    props = alarm["Properties"]
    assert props["Statistic"] == "Average" and props["Threshold"] == 0.05  # a rate
    dims = {d["Name"]: d["Value"] for d in props["Dimensions"]}
    assert dims == {"ApiName": "forever-us", "Stage": {"Ref": "ApiStageName"}}
    import app as app_module
    assert app_module.app.app_name == "forever-us"  # Chalice names the REST API after the app
    assert not of_type("AWS::CloudWatch::Alarm", conditions(api=False)) or all(
        a["Properties"].get("MetricName") != "5XXError"
        for a in of_type("AWS::CloudWatch::Alarm", conditions(api=False)))


def test_the_reply_alarm_reads_the_apps_turn_latency_where_failures_count_as_slow() -> None:
    from chalicelib.ops import metrics
    [alarm] = [a for a in of_type("AWS::CloudWatch::Alarm")
               if a["Properties"].get("MetricName") == "TurnLatency"]
    props = alarm["Properties"]
    assert props["Namespace"] == metrics.NAMESPACE and props["ExtendedStatistic"] == "p95"
    assert props["Threshold"] < metrics.FAILED_TURN_MS


def test_the_api_origin_carries_the_secret_the_app_checks() -> None:
    from chalicelib import edge
    api_origin = next(o for o in distribution()["Origins"] if o["Id"] == "api")
    [header] = api_origin["OriginCustomHeaders"]
    assert header["HeaderName"].lower() == edge.ORIGIN_HEADER
    assert header["HeaderValue"] == {"Ref": "OriginSecret"}
    assert load()["Parameters"]["OriginSecret"]["MinLength"] >= 32
    assert deploy.OUTPUT_VARIABLES["OriginSecret"] == "FOREVERUS_ORIGIN_SECRET"


@pytest.mark.parametrize("signup,trigger,admin_only", [
    ("open", False, False), ("open", True, False),
    ("invite-only", False, True),   # before the trigger exists, nobody signs themselves up
    ("invite-only", True, False),   # the trigger decides who may
    ("closed", True, True), ("closed", False, True),
])
def test_sign_up_mode_in_the_user_pool(signup: str, trigger: bool, admin_only: bool) -> None:
    when = conditions(signup=signup, trigger=trigger)
    pool = of_type("AWS::Cognito::UserPool", when)[0]["Properties"]
    assert pool["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] is admin_only
    if trigger:
        assert pool["LambdaConfig"] == {"PreSignUp": {"Ref": "SignUpFunctionArn"}}
        [permission] = of_type("AWS::Lambda::Permission", when)
        assert permission["Properties"]["Principal"] == "cognito-idp.amazonaws.com"
        assert permission["Properties"]["SourceArn"] == {"Fn::GetAtt": ["UserPool", "Arn"]}
    else:
        assert "LambdaConfig" not in pool and not of_type("AWS::Lambda::Permission", when)


def test_prod_keeps_monthly_backups_for_a_year_beyond_pitr() -> None:
    assert not of_type("AWS::Backup::BackupPlan", conditions("dev"))
    when = conditions("prod")
    [plan] = of_type("AWS::Backup::BackupPlan", when)
    [rule] = plan["Properties"]["BackupPlan"]["BackupPlanRule"]
    assert rule["Lifecycle"]["DeleteAfterDays"] > 35  # beyond point-in-time recovery
    assert rule["ScheduleExpression"].startswith("cron(")
    [selection] = of_type("AWS::Backup::BackupSelection", when)
    assert selection["Properties"]["BackupSelection"]["Resources"] == [
        {"Fn::GetAtt": ["Table", "Arn"]}]
    vault = load()["Resources"]["BackupVault"]
    assert vault["DeletionPolicy"] == "Retain"  # the backups outlive the stack
