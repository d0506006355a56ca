"""The scheduled report, driven through Chalice's test client against moto: CloudWatch,
Budgets, Cost Explorer, EC2 and DynamoDB. Nothing reaches AWS."""
from __future__ import annotations

import datetime as dt
from typing import Any

import boto3
import pytest
import requests

from chalicelib import runtime
from chalicelib.ops import metrics
from chalicelib.store import keys
from chalicelib.store.table import Update
from tests.api.test_chat import FakeModel, send
from tests.conftest import make_client

ACCOUNT = "123456789012"
BUDGET = "forever-us-dev"
TAG = "forever-us:model=dev"


@pytest.fixture
def cloud(dynamodb, monkeypatch, tmp_path) -> dict[str, Any]:
    """A dev stage on moto: the table, a budget, a tagged stopped model instance."""
    monkeypatch.setenv("FOREVERUS_STAGE", "dev")
    monkeypatch.setenv("FOREVERUS_AUTH", "cognito")
    monkeypatch.setenv("FOREVERUS_COGNITO_USER_POOL_ID", "us-east-1_TEST")
    monkeypatch.setenv("FOREVERUS_COGNITO_CLIENT_ID", "client123")
    monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "openai")
    monkeypatch.setenv("FOREVERUS_OPENAI_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("FOREVERUS_MODEL_INSTANCE_TAG", TAG)
    monkeypatch.setenv("FOREVERUS_BUDGET_NAME", BUDGET)
    monkeypatch.setenv("FOREVERUS_AWS_ACCOUNT_ID", ACCOUNT)
    monkeypatch.setenv("FOREVERUS_MONTHLY_BUDGET_USD", "20")
    runtime.reset()
    ec2 = boto3.client("ec2", region_name="us-east-1")
    # (any image id: moto's `describe_images()` lists thousands, two seconds a test)
    instance = ec2.run_instances(ImageId="ami-0123456789abcdef0", MinCount=1, MaxCount=1,
                                 TagSpecifications=[
        {"ResourceType": "instance",
         "Tags": [{"Key": "forever-us:model", "Value": "dev"}]}])["Instances"][0]["InstanceId"]
    boto3.client("budgets", region_name="us-east-1").create_budget(AccountId=ACCOUNT, Budget={
        "BudgetName": BUDGET, "BudgetLimit": {"Amount": "20", "Unit": "USD"},
        "TimeUnit": "MONTHLY", "BudgetType": "COST",
        "CalculatedSpend": {"ActualSpend": {"Amount": "4.50", "Unit": "USD"}}})
    return {"ec2": ec2, "instance": instance, "client": make_client(tmp_path)}


def run(cloud: dict[str, Any]) -> dict[str, Any]:
    """One scheduled run, with the event EventBridge would send."""
    client = cloud["client"]
    event = client.events.generate_cw_event(source="aws.events", detail_type="Scheduled Event",
                                            detail={}, resources=[], region="us-east-1")
    return client.lambda_.invoke("report", event).payload


def instance_state(cloud: dict[str, Any]) -> str:
    reply = cloud["ec2"].describe_instances(InstanceIds=[cloud["instance"]])
    return reply["Reservations"][0]["Instances"][0]["State"]["Name"]


def seed_month_cost(amount: float, last_turn: dt.datetime | None = None) -> None:
    turn = last_turn or dt.datetime.now(dt.timezone.utc)
    stamp = {"last_turn_at": turn.isoformat()}
    runtime.store().table.write([  # the month's figures are the sums of its days; a turn is
        # counted on its own day, as the app does (a turn "tomorrow" in tomorrow's figures)
        Update(*keys.day_metrics(metrics.day_of(turn)), add={"turns": 3, "turn_ms_b2": 3,
                                                            "cost_usd": amount},
               set=stamp, create=True)])


def set_cost_explorer(amount: str) -> None:
    now = dt.date.today()
    requests.post("http://motoapi.amazonaws.com/moto-api/static/ce/cost-and-usage-results",
                  json={"results": [{"ResultsByTime": [{
                      "TimePeriod": {"Start": now.replace(day=1).isoformat(),
                                     "End": now.isoformat()},
                      "Total": {"UnblendedCost": {"Amount": amount, "Unit": "USD"}},
                      "Groups": [], "Estimated": True}]}]})


def gauge(name: str) -> float:
    now = dt.datetime.now(dt.timezone.utc)
    points = boto3.client("cloudwatch", region_name="us-east-1").get_metric_statistics(
        Namespace="ForeverUs", MetricName=name, Dimensions=[{"Name": "Stage", "Value": "dev"}],
        StartTime=now - dt.timedelta(hours=2), EndTime=now + dt.timedelta(hours=1),
        Period=3600, Statistics=["Maximum"])["Datapoints"]
    assert points, name
    return points[0]["Maximum"]


def test_report_is_the_apps_scheduled_function() -> None:
    import app as app_module
    assert "report" in app_module.app.handler_map


def test_metrics_are_published_with_the_right_values(cloud) -> None:
    seed_month_cost(1.25)
    set_cost_explorer("3.10")
    bedrock = boto3.client("cloudwatch", region_name="us-east-1")
    bedrock.put_metric_data(Namespace="AWS/Bedrock", MetricData=[{
        "MetricName": "Invocations", "Value": 7, "Unit": "Count",
        "Timestamp": dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5),
        "Dimensions": [{"Name": "ModelId", "Value": "mistral.mistral-7b-instruct-v0:2"}]}])
    result = run(cloud)
    assert result["published"] == {"MonthToDateCost": 1.25, "AiAvailable": 1.0}
    assert gauge("MonthToDateCost") == 1.25 and gauge("AiAvailable") == 1.0
    assert result["bedrock"]["Invocations"] == 7.0
    assert result["budgets_actual_usd"] == 4.5 and result["cost_explorer_usd"] == 3.1
    assert result["month_spend_usd"] == 4.5 and result["today"]["requests"] == 3


def test_over_budget_switches_off_and_the_next_message_calls_no_model(cloud, monkeypatch,
                                                                      tmp_path) -> None:
    budgets = boto3.client("budgets", region_name="us-east-1")
    budgets.delete_budget(AccountId=ACCOUNT, BudgetName=BUDGET)  # moto has no update_budget
    budgets.create_budget(AccountId=ACCOUNT, Budget={
        "BudgetName": BUDGET, "BudgetLimit": {"Amount": "20", "Unit": "USD"},
        "TimeUnit": "MONTHLY", "BudgetType": "COST",
        "CalculatedSpend": {"ActualSpend": {"Amount": "21.00", "Unit": "USD"}}})
    result = run(cloud)
    assert "switched the AI off: the monthly budget is spent" in result["actions"]
    assert result["power"]["mode"] == "off" and result["power"]["reason"] == "budget"
    assert "published" not in result  # nobody talked: no gauge, whatever the switch did

    # The same table, now through the local sign-in: the next message gets recorded words.
    for name in ("FOREVERUS_STAGE", "FOREVERUS_AUTH", "FOREVERUS_LLM_PROVIDER",
                 "FOREVERUS_MODEL_INSTANCE_TAG"):
        monkeypatch.delenv(name)
    runtime.reset()
    model = FakeModel("Oi.")
    monkeypatch.setattr(runtime, "provider", lambda: model)
    from tests.conftest import Api
    api = Api(make_client(tmp_path))
    alice = api.login("alice@example.com", "Alice")
    pid = api.create_persona(alice)["id"]
    cid = api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
    reply = send(api, alice, cid, "Oi vô").json_body["reply"]
    assert reply["provider"] == "authentic" and model.requests == []


def test_cost_explorer_is_asked_at_most_once_a_day(cloud) -> None:
    set_cost_explorer("2.00")
    seed_month_cost(0.2)
    first, second = run(cloud), run(cloud)
    assert "asked Cost Explorer" in first["actions"]
    assert "asked Cost Explorer" not in second["actions"]
    assert second["cost_explorer_usd"] == 2.0


class Spy:
    """A client that writes down which calls the report makes."""

    def __init__(self, client: Any, calls: list[str]) -> None:
        self._client, self._calls = client, calls

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._client, name)

        def call(**params: Any) -> Any:
            self._calls.append(name)
            if name == "get_cost_and_usage":
                self._calls.append(repr(params.get("Filter")))
            return method(**params)
        return call


def report_once(now: dt.datetime, calls: list[str], state: dict[str, Any] | None = None
                ) -> dict[str, Any]:
    from chalicelib.ops import report
    clients = report.AwsClients(
        cloudwatch=Spy(boto3.client("cloudwatch", region_name="us-east-1"), calls),
        budgets=Spy(boto3.client("budgets", region_name="us-east-1"), calls),
        cost_explorer=Spy(boto3.client("ce", region_name="us-east-1"), calls))
    return report.run_report(runtime.store(), runtime.power(), now, stage="dev",
                             model_id="mistral.mistral-7b-instruct-v0:2", clients=clients,
                             budget_name=BUDGET, account_id=ACCOUNT)


def test_an_idle_run_publishes_no_metric_and_asks_cost_explorer_nothing(cloud) -> None:
    """Nobody talked: the run reads the free Budget and a few items, and that is all."""
    calls: list[str] = []
    result = report_once(dt.datetime.now(dt.timezone.utc), calls)
    assert calls == ["describe_budget"]
    assert "published" not in result and result["active"] is False
    listed = boto3.client("cloudwatch", region_name="us-east-1").list_metrics(
        Namespace="ForeverUs")["Metrics"]
    assert listed == []


def test_turns_long_ago_are_not_something_that_happened_now(cloud) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    seed_month_cost(0.4, last_turn=now - dt.timedelta(hours=3))
    calls: list[str] = []
    report_once(now, calls)
    assert "put_metric_data" not in calls and "get_metric_statistics" not in calls


def test_cost_explorer_only_for_this_stage_and_only_after_new_turns(cloud) -> None:
    set_cost_explorer("1.00")
    now = dt.datetime.now(dt.timezone.utc)
    seed_month_cost(0.1, last_turn=now)
    calls: list[str] = []
    report_once(now, calls)
    assert calls.count("get_cost_and_usage") == 1
    assert "'Key': 'forever-us:stage', 'Values': ['dev']" in calls[calls.index(
        "get_cost_and_usage") + 1]
    # The next day, with no turn since: not asked (the Budget, read every run, watches).
    calls.clear()
    tomorrow = now + dt.timedelta(days=1)
    report_once(tomorrow, calls)
    assert "get_cost_and_usage" not in calls
    # A turn since: asked again, once that day.
    seed_month_cost(0.1, last_turn=tomorrow)
    report_once(tomorrow, calls)
    report_once(tomorrow + dt.timedelta(hours=1), calls)
    assert calls.count("get_cost_and_usage") == 1


def test_idle_instance_is_stopped_in_auto_and_a_second_run_changes_nothing(cloud) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    power = runtime.power()
    power.set("auto", now, 0.0)
    runtime.store().save_power({**power.read(), "instance": "running"})
    assert instance_state(cloud) == "running"
    seed_month_cost(0.5, last_turn=now - dt.timedelta(hours=2))
    first = run(cloud)
    assert "stopped the idle model instance" in first["actions"]
    assert instance_state(cloud) in ("stopping", "stopped")
    stored = runtime.store().get_power()
    second = run(cloud)
    assert second["actions"] == [] and runtime.store().get_power() == stored
    assert instance_state(cloud) in ("stopping", "stopped")


def test_a_busy_instance_in_auto_keeps_running(cloud) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    runtime.power().set("auto", now, 0.0)
    runtime.store().save_power({**runtime.power().read(), "instance": "running"})
    seed_month_cost(0.5, last_turn=now - dt.timedelta(minutes=5))
    assert "stopped the idle model instance" not in run(cloud)["actions"]
    assert instance_state(cloud) == "running"


def test_switching_on_starts_the_instance_and_turns_wait_until_the_model_answers(
        cloud, monkeypatch) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    cloud["ec2"].stop_instances(InstanceIds=[cloud["instance"]])
    runtime.power().set("off", now, 0.0)
    assert instance_state(cloud) in ("stopping", "stopped")
    view = runtime.power().set("on", now, 0.0)
    assert view["instance"] in ("starting", "running")
    assert instance_state(cloud) in ("pending", "running")

    from chalicelib import turn
    from chalicelib.identity import Identity
    from chalicelib.llm.base import ModelBusy
    store = runtime.store()
    user = Identity("u-1", "a@example.com", "Ana")
    store.create_persona({"id": "p" * 22, "name": "Antônio", "language": "pt-BR",
                          "version": 1, "memory_count": 0, "status": "active",
                          "consent": {"basis": "self"}},
                         {"user_id": "u-1", "role": "owner", "name": "Ana", "email": "",
                          "joined_at": "t"})
    store.create_conversation({"id": "c" * 22, "persona_id": "p" * 22, "user_id": "u-1",
                               "created_at": "2026-01-01T00:00:00.000Z"}, None)

    class Asleep(FakeModel):
        def generate(self, request, on_text=None):
            raise ModelBusy("connection refused", retry_after=5)

    settings = turn.TurnSettings()
    with pytest.raises(Exception) as waking:
        turn.take_turn(store, user, "c" * 22, {"text": "Oi", "client_message_id": "w-000001"},
                          Asleep(), settings, runtime.power())
    assert waking.value.status == 503 and "waking up" in waking.value.message
    assert waking.value.retry_after == 30
    assert runtime.store().get_power()["instance"] == "starting"
    answered = turn.take_turn(store, user, "c" * 22,
                                 {"text": "Oi", "client_message_id": "w-000001"},
                                 FakeModel("Oi!"), settings, runtime.power())
    assert answered.reply["text"] == "Oi!"
    assert runtime.store().get_power()["instance"] == "running"


def test_a_failing_aws_read_does_not_stop_the_cap(cloud) -> None:
    """The budget was deleted, so reading it fails: the report still applies the cap from the
    app's own figures, and says which step failed."""
    boto3.client("budgets", region_name="us-east-1").delete_budget(AccountId=ACCOUNT,
                                                                   BudgetName=BUDGET)
    seed_month_cost(25.0)
    result = run(cloud)
    assert result["failed"] == ["budgets"]
    assert "switched the AI off: the monthly budget is spent" in result["actions"]
    assert result["power"]["mode"] == "off"
