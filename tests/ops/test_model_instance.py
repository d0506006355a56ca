"""The EC2 model instance's life, on moto's EC2 and SSM (docs/model-serving.md): its address
read from EC2 at each start, its key and certificate pin from SSM (read once, again after a
refusal), the watch that stops it when idle in every mode, when off, and when it is not healthy
in time (`failed_to_start`), the first boot left alone, and what it has cost this month.

The health check talks to a small TLS server on 127.0.0.1 with the instance's kind of
certificate (moto's public addresses are mapped there: nothing leaves this machine); the real
llama.cpp server is in tests/integration/test_model_server_tls.py.
"""
from __future__ import annotations

import datetime as dt
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest

from chalicelib import ids, runtime
from chalicelib.llm.base import ModelBusy, ModelFailed
from chalicelib.ops import admin, model_server
from chalicelib.ops.instance import ModelInstance
from chalicelib.ops.power import PROVISION_MINUTES
from chalicelib.ops.prices import instance_hourly
from tests.conftest import make_client
from tests.model_cloud import TAG, model_cloud, self_signed
from tests.servers import free_port

ALIAS = "mistral-7b-instruct"
KEY = "the-model-key-" + "k" * 30
NOW = dt.datetime(2026, 5, 20, 12, 0, tzinfo=dt.timezone.utc)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


@pytest.fixture(scope="module")
def models_server(tmp_path_factory) -> Iterator[tuple[int, str]]:
    """GET /v1/models over TLS, for the right key only, as the instance's server answers it;
    its port and its certificate's pin."""
    key_file, cert_file, pin = self_signed(tmp_path_factory.mktemp("tls"), "forever-us-model")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            ok = self.headers.get("Authorization") == f"Bearer {KEY}"
            body = json.dumps({"object": "list", "data": [{"id": ALIAS, "object": "model"}]}
                              if ok else {"detail": "Invalid API key"}).encode()
            self.send_response(200 if ok else 401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield server.server_address[1], pin
    server.shutdown()
    server.server_close()


@pytest.fixture
def cloud(monkeypatch, models_server) -> Iterator[dict[str, Any]]:
    """A tagged, stopped instance and the stage's two parameters on moto; the app's EC2
    provider pointed at them. Moto's public addresses are mapped to 127.0.0.1."""
    port, pin = models_server
    real_describe = ModelInstance.describe
    with model_cloud(monkeypatch, port, KEY, pin) as found:
        ec2, ssm, instance = found.ec2, found.ssm, found.instance
        for name, value in {"FOREVERUS_LLM_PROVIDER": "openai", "FOREVERUS_OPENAI_MODEL": ALIAS,
                            "FOREVERUS_MODEL_INSTANCE_TAG": TAG,
                            "FOREVERUS_MODEL_INSTANCE_TYPE": "g5.xlarge",
                            "FOREVERUS_IDLE_MINUTES": "30",
                            "FOREVERUS_MODEL_START_MINUTES": "20",
                            "FOREVERUS_ADMIN_EMAILS": "ops@example.com"}.items():
            monkeypatch.setenv(name, value)
        runtime.reset()
        yield {"ec2": ec2, "ssm": ssm, "instance": instance, "pin": pin,
               "real_describe": real_describe}


def ec2_state(cloud: dict[str, Any]) -> str:
    reply = cloud["ec2"].describe_instances(InstanceIds=[cloud["instance"]])
    return reply["Reservations"][0]["Instances"][0]["State"]["Name"]


def start(cloud: dict[str, Any]) -> None:
    cloud["ec2"].start_instances(InstanceIds=[cloud["instance"]])


def record(**fields: Any) -> dict[str, Any]:
    """Store the switch with the instance's record, as earlier runs left it."""
    power = {**runtime.power().read(), **fields}
    runtime.store().save_power(power)
    return power


# -- where the server is ------------------------------------------------------------------------

def test_the_address_is_read_from_ec2_at_each_start(cloud, monkeypatch) -> None:
    """No connection is made here, so EC2's own (moto's) addresses are used as they are."""
    monkeypatch.setattr(ModelInstance, "describe", cloud["real_describe"])
    urls = []
    for _ in range(2):
        start(cloud)
        urls.append(runtime.power().endpoint().base_url)
        cloud["ec2"].stop_instances(InstanceIds=[cloud["instance"]])
        with pytest.raises(ModelBusy):  # stopped: no address at all
            runtime.power().endpoint()
    assert urls[0] != urls[1]  # a new public address at the second start, and it is used
    reply = cloud["ec2"].describe_instances(InstanceIds=[cloud["instance"]])
    start(cloud)
    now = cloud["ec2"].describe_instances(InstanceIds=[cloud["instance"]])
    address = now["Reservations"][0]["Instances"][0]["PublicIpAddress"]
    assert runtime.power().endpoint().base_url == f"https://{address}:{model_server.PORT}"
    assert "PublicIpAddress" not in reply["Reservations"][0]["Instances"][0]


def test_the_endpoint_carries_the_key_and_the_pin_read_once(cloud) -> None:
    start(cloud)
    calls: list[str] = []
    runtime.power()  # built now, so its SSM client exists to be watched
    ssm_client = runtime.power()._server._ssm  # type: ignore[union-attr]
    ssm_client.meta.events.register("before-call.ssm.*", lambda model, **_: calls.append(
        model.name))
    first = runtime.power().endpoint()
    second = runtime.power().endpoint()
    assert first == second and (first.api_key, first.pin_sha256) == (KEY, cloud["pin"])
    assert calls == ["GetParameters"]  # one read for both, then kept
    runtime.power().refused()  # the server refused the key: read again
    runtime.power().endpoint()
    assert calls == ["GetParameters", "GetParameters"]


def test_a_stopped_instance_is_busy_and_its_stale_record_is_put_right(cloud) -> None:
    record(mode="on", instance="running", instance_since="2026-05-20T10:00:00.000Z")
    with pytest.raises(ModelBusy):
        runtime.power().endpoint()
    assert runtime.store().get_power()["instance"] == "stopped"
    decision = runtime.power().for_turn(runtime.store().get_power(), 0.0, NOW)
    assert (decision.use_model, decision.state) == (True, "waking")  # started again
    assert ec2_state(cloud) in ("pending", "running")


def test_an_unpublished_certificate_is_busy_and_a_missing_key_fails(cloud, lines) -> None:
    start(cloud)
    cloud["ssm"].put_parameter(Name="/forever-us/local/model-cert-sha256", Type="String",
                               Value="pending", Overwrite=True)
    with pytest.raises(ModelBusy, match="being set up"):
        runtime.power().endpoint()
    cloud["ssm"].delete_parameter(Name="/forever-us/local/model-key")
    with pytest.raises(ModelFailed):
        runtime.power().endpoint()
    assert {"event": "model_key_missing", "parameter": "/forever-us/local/model-key"} in [
        {k: v for k, v in e.items() if k != "request_id"} for e in lines.lines]
    assert KEY not in json.dumps(lines.lines)


# -- the watch: idle, off, and the start deadline, in every mode --------------------------------

@pytest.mark.parametrize("mode", ["on", "auto"])
def test_an_idle_instance_is_stopped_in_on_and_in_auto(cloud, mode: str) -> None:
    start(cloud)
    record(mode=mode, instance="running", instance_since=(NOW - 2 * HOUR).isoformat())
    done = runtime.power().watch(NOW - 31 * MINUTE, NOW)
    assert done == ["stopped the idle model instance"]
    assert ec2_state(cloud) in ("stopping", "stopped")
    stored = runtime.store().get_power()
    assert stored["instance"] == "stopped" and stored["instance_seconds"] == 2 * 3600
    assert runtime.power().watch(NOW - 31 * MINUTE, NOW + MINUTE) == []  # nothing more to do
    assert runtime.store().get_power() == stored
    if mode == "on":  # the next message starts it again, and says it is waking
        decision = runtime.power().for_turn(stored, 0.0, NOW + 2 * MINUTE)
        assert decision.state == "waking" and ec2_state(cloud) in ("pending", "running")


@pytest.mark.parametrize("mode", ["on", "auto"])
def test_a_talked_to_instance_keeps_running(cloud, mode: str) -> None:
    start(cloud)
    record(mode=mode, instance="running", instance_since=(NOW - 2 * HOUR).isoformat())
    assert runtime.power().watch(NOW - 29 * MINUTE, NOW) == []
    assert ec2_state(cloud) == "running"


def test_just_switched_on_is_not_idle_for_yesterdays_silence(cloud) -> None:
    """Idle counts from the later of the last turn and this start."""
    runtime.power().set("on", NOW - 10 * MINUTE, 0.0)
    record(instance="running", instance_since=(NOW - 10 * MINUTE).isoformat())
    assert runtime.power().watch(NOW - 26 * HOUR, NOW) == []
    assert runtime.power().watch(NOW - 26 * HOUR, NOW + 25 * MINUTE) == [
        "stopped the idle model instance"]


def test_off_stops_it_even_when_busy(cloud) -> None:
    start(cloud)
    record(mode="off", instance="running", instance_since=(NOW - HOUR).isoformat())
    assert runtime.power().watch(NOW - MINUTE, NOW) == [
        "stopped the model instance: the AI is off"]
    assert ec2_state(cloud) in ("stopping", "stopped")


def test_not_healthy_in_time_is_stopped_and_failed_to_start(cloud, monkeypatch,
                                                            lines) -> None:
    runtime.power().set("on", NOW - 21 * MINUTE, 0.0)
    assert ec2_state(cloud) in ("pending", "running")
    monkeypatch.setattr(model_server, "PORT", free_port())  # nothing answers there
    runtime.reset()
    assert runtime.power().watch(None, NOW - 5 * MINUTE) == []  # still within its 20 minutes
    assert runtime.store().get_power()["instance"] == "starting"
    assert runtime.power().watch(None, NOW) == [
        "stopped the model instance: not healthy 20 minutes after its start"]
    assert ec2_state(cloud) in ("stopping", "stopped")
    stored = runtime.store().get_power()
    assert stored["instance"] == "failed_to_start"
    assert [e["health"] for e in lines.lines if e["event"] == "model_failed_to_start"] == [
        "unreachable"]
    # Messages get recorded words, not a new start each, until an operator switches it on.
    decision = runtime.power().for_turn(stored, 0.0, NOW + MINUTE)
    assert (decision.use_model, decision.reason) == (False, "failed_to_start")
    assert ec2_state(cloud) in ("stopping", "stopped")
    assert runtime.power().state_of(stored, 0.0) == "failed"
    assert runtime.power().set("on", NOW + 2 * MINUTE, 0.0)["instance"] == "starting"
    assert ec2_state(cloud) in ("pending", "running")


def test_healthy_in_time_becomes_running(cloud) -> None:
    runtime.power().set("on", NOW - 3 * MINUTE, 0.0)
    assert runtime.power().watch(None, NOW) == []
    assert runtime.store().get_power()["instance"] == "running"


def test_a_wrong_key_on_the_server_is_not_healthy(cloud, lines) -> None:
    cloud["ssm"].put_parameter(Name="/forever-us/local/model-key", Type="SecureString",
                               Value="rotated-but-not-restarted", Overwrite=True)
    runtime.power().set("on", NOW - 3 * MINUTE, 0.0)
    runtime.power().watch(None, NOW)
    assert runtime.store().get_power()["instance"] == "starting"
    assert {"health": "key_refused", "status": 401} in [
        {k: e[k] for k in ("health", "status") if k in e} for e in lines.lines
        if e["event"] == "model_health"]


def test_a_first_boot_is_left_alone_until_it_powers_itself_off(cloud) -> None:
    """CloudFormation's first boot provisions the server and publishes the pin last: the
    watch sees a start it did not make, and leaves it alone whatever the mode."""
    cloud["ssm"].put_parameter(Name="/forever-us/local/model-cert-sha256", Type="String",
                               Value="pending", Overwrite=True)
    record(mode="off")
    start(cloud)
    assert runtime.power().watch(None, NOW) == []
    stored = runtime.store().get_power()
    assert stored["instance"] == "starting" and stored["instance_provisioning"] is True
    assert runtime.power().watch(None, NOW + 40 * MINUTE) == []
    assert ec2_state(cloud) == "running"
    cloud["ec2"].stop_instances(InstanceIds=[cloud["instance"]])  # it is done: it powers off
    assert runtime.power().watch(None, NOW + 41 * MINUTE) == []
    assert runtime.store().get_power()["instance"] == "stopped"  # not a failure


def test_a_first_boot_that_never_ends_is_stopped(cloud) -> None:
    cloud["ssm"].put_parameter(Name="/forever-us/local/model-cert-sha256", Type="String",
                               Value="pending", Overwrite=True)
    start(cloud)
    record(mode="on", instance="starting", instance_since=NOW.isoformat())
    assert runtime.power().watch(None, NOW + MINUTE) == []
    done = runtime.power().watch(None, NOW + (PROVISION_MINUTES + 1) * MINUTE)
    assert done == [f"stopped the model instance: its first boot took more than "
                    f"{PROVISION_MINUTES} minutes"]
    assert runtime.store().get_power()["instance"] == "failed_to_start"


def test_an_instance_that_stopped_itself_ends_its_run(cloud) -> None:
    """Its own idle timer (the safety net on the instance) stopped it: the run is over."""
    record(mode="on", instance="running", instance_since=(NOW - 90 * MINUTE).isoformat())
    assert runtime.power().watch(NOW - 80 * MINUTE, NOW) == []
    stored = runtime.store().get_power()
    assert stored["instance"] == "stopped" and stored["instance_seconds"] == 90 * 60


def test_a_watch_that_cannot_read_ec2_does_not_stop_the_report(cloud, tmp_path,
                                                               monkeypatch) -> None:
    def denied(self: ModelInstance) -> Any:
        from botocore.exceptions import ClientError
        raise ClientError({"Error": {"Code": "UnauthorizedOperation", "Message": "no"}},
                          "DescribeInstances")

    monkeypatch.setattr(ModelInstance, "describe", denied)
    client = make_client(tmp_path)
    event = client.events.generate_cw_event(source="aws.events", detail_type="Scheduled Event",
                                            detail={}, resources=[], region="us-east-1")
    result = client.lambda_.invoke("report", event).payload
    assert result["failed"] == ["model_instance"] and "power" in result


def test_the_report_stops_an_idle_instance_in_on(cloud, tmp_path) -> None:
    start(cloud)
    now = dt.datetime.now(dt.timezone.utc)
    record(mode="on", instance="running", instance_since=(now - 2 * HOUR).isoformat())
    client = make_client(tmp_path)
    event = client.events.generate_cw_event(source="aws.events", detail_type="Scheduled Event",
                                            detail={}, resources=[], region="us-east-1")
    result = client.lambda_.invoke("report", event).payload
    assert "stopped the idle model instance" in result["actions"]
    assert result["power"]["instance"] == "stopped"
    assert ec2_state(cloud) in ("stopping", "stopped")


def test_the_budget_cap_counts_the_instances_hours(cloud, tmp_path, monkeypatch) -> None:
    """No token is priced for the instance: its running hours are, and they trip the cap
    (20 hours of g5.xlarge pass a $20 budget) before the AWS Budget has seen them."""
    start(cloud)
    now = NOW  # mid-month: 20 hours back from the real clock can cross the month's start
    monkeypatch.setattr(ids, "now", lambda: now)
    record(mode="on", instance="running", instance_since=(now - 20 * HOUR).isoformat(),
           instance_month=now.strftime("%Y-%m"), instance_seconds=0)
    client = make_client(tmp_path)
    event = client.events.generate_cw_event(source="aws.events", detail_type="Scheduled Event",
                                            detail={}, resources=[], region="us-east-1")
    result = client.lambda_.invoke("report", event).payload
    assert result["month_spend_usd"] == pytest.approx(20 * instance_hourly("g5.xlarge"),
                                                      abs=0.01)
    assert "switched the AI off: the monthly budget is spent" in result["actions"]
    assert result["power"]["mode"] == "off" and result["power"]["instance"] == "stopped"
    assert ec2_state(cloud) in ("stopping", "stopped")


# -- what the operator sees ----------------------------------------------------------------------

def test_the_operator_sees_the_state_the_start_and_the_running_cost(cloud, tmp_path,
                                                                    monkeypatch) -> None:
    now = NOW  # mid-month: 2 hours back from the real clock can cross the month's start
    monkeypatch.setattr(ids, "now", lambda: now)
    start(cloud)
    month = now.strftime("%Y-%m")
    record(mode="auto", instance="running", instance_month=month, instance_seconds=3600,
           instance_since=(now - 2 * HOUR).isoformat())
    client = make_client(tmp_path)
    from tests.conftest import Api
    api = Api(client)
    ops = api.login("ops@example.com", "Ops")
    view = api.call("GET", "/api/admin/power", ops).json_body
    hourly = instance_hourly("g5.xlarge")
    assert hourly == pytest.approx(1.006 + 0.005)
    assert (view["state"], view["instance"]) == ("on", "running")
    assert view["instance_since"] == (now - 2 * HOUR).isoformat()
    assert view["instance_type"] == "g5.xlarge" and view["instance_hourly_usd"] == hourly
    assert view["instance_hours_month"] == pytest.approx(3.0, abs=0.01)  # 1 h before, 2 h now
    assert view["instance_cost_usd_month"] == pytest.approx(3 * hourly, abs=0.02)
    assert view["start_minutes"] == 20 and view["idle_minutes"] == 30


def test_a_run_across_the_month_counts_only_this_months_part(cloud) -> None:
    power = runtime.power()
    since = dt.datetime(2026, 4, 30, 23, 0, tzinfo=dt.timezone.utc)
    now = dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.timezone.utc)
    stored = {"mode": "on", "instance": "running", "instance_since": since.isoformat(),
              "instance_month": "2026-04", "instance_seconds": 7200}
    assert power.running_seconds(stored, now) == 2 * 3600
    view = admin.instance_view(stored, power, runtime.get_settings(), now)
    assert view["instance_hours_month"] == 2.0


def test_left_on_for_a_month_it_costs_738_dollars() -> None:
    """The figure docs/model-serving.md gives: 730 hours of g5.xlarge and its address."""
    assert round(730 * instance_hourly("g5.xlarge"), 2) == 738.03
    assert instance_hourly("m5.large") is None  # not in the table: no figure, not a guess


def test_settings_that_would_send_plaintext_or_a_made_up_name_are_refused() -> None:
    from chalicelib.config import ConfigError, settings_from
    cloud = {"FOREVERUS_STAGE": "dev", "FOREVERUS_COGNITO_USER_POOL_ID": "us-east-1_P",
             "FOREVERUS_COGNITO_CLIENT_ID": "c", "FOREVERUS_LLM_PROVIDER": "openai"}
    on_lambda = {"AWS_LAMBDA_FUNCTION_NAME": "forever-us-dev",
                 "FOREVERUS_ORIGIN_SECRET": "s" * 43}
    with pytest.raises(ConfigError, match="https://"):
        settings_from({**cloud, "FOREVERUS_OPENAI_BASE_URL": "http://203.0.113.9:8000/v1",
                       "FOREVERUS_OPENAI_MODEL": ALIAS})
    with pytest.raises(ConfigError, match="FOREVERUS_OPENAI_MODEL"):
        settings_from({**cloud, **on_lambda, "FOREVERUS_MODEL_INSTANCE_ID": "i-0abc"})
    with pytest.raises(ConfigError, match="or a model instance"):
        settings_from(cloud)
    found = settings_from({**cloud, **on_lambda, "FOREVERUS_MODEL_INSTANCE_ID": "i-0abc",
                           "FOREVERUS_OPENAI_MODEL": ALIAS})
    assert found.has_model_instance and found.openai_model == ALIAS
