"""Every log line of a request carries its request id, which the response returns to quote."""
from __future__ import annotations

from chalicelib.logs import log
from tests.conftest import Api, LogLines


def test_every_line_of_a_request_carries_its_id_and_the_response_returns_it(
        sqlite_api: Api, lines: LogLines) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice Ferreira")
    lines.take()
    # A cursor from nowhere: the store refuses it, so the request logs the refusal too.
    r = sqlite_api.call("GET", "/api/personas?cursor=bm90LWEtY3Vyc29y", alice)
    assert r.status_code == 400 and r.json_body["Field"] == "cursor"
    logged = lines.take()
    assert [line["event"] for line in logged] == ["refused", "request"]
    assert {line["request_id"] for line in logged} == {r.headers["X-Request-Id"]}


def test_two_requests_get_different_ids(sqlite_api: Api, lines: LogLines) -> None:
    first = sqlite_api.call("GET", "/api/config")
    second = sqlite_api.call("GET", "/api/config")
    ids = [line["request_id"] for line in lines.take()]
    assert ids == [first.headers["X-Request-Id"], second.headers["X-Request-Id"]]
    assert ids[0] != ids[1]


def test_errors_and_empty_responses_carry_the_id_too(sqlite_api: Api, lines: LogLines) -> None:
    unauthenticated = sqlite_api.call("GET", "/api/me")
    assert unauthenticated.status_code == 401 and unauthenticated.headers["X-Request-Id"]
    alice = sqlite_api.login("alice@example.com", "Alice Ferreira")
    erased = sqlite_api.call("DELETE", "/api/me", alice)
    assert erased.status_code == 204 and erased.headers["X-Request-Id"]


def test_a_line_logged_outside_a_request_has_no_id(sqlite_api: Api, lines: LogLines) -> None:
    sqlite_api.call("GET", "/api/config")
    log("outside", n=1)
    assert lines.take()[-1] == {"event": "outside", "n": 1}


def test_api_gateways_request_id_is_used_when_there_is_one(monkeypatch) -> None:
    import app as app_module

    class Gateway:
        context = {"requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"}

    monkeypatch.setattr(app_module, "request", lambda: Gateway())
    assert app_module.incoming_request_id() == "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"


def test_a_scheduled_run_logs_under_its_invocations_id(sqlite_api: Api, lines: LogLines) -> None:
    client = sqlite_api.client
    event = client.events.generate_cw_event(source="aws.events", detail_type="Scheduled Event",
                                            detail={}, resources=[], region="us-east-1")
    client.lambda_.invoke("report", event)
    logged = lines.take()
    assert logged and len({line["request_id"] for line in logged}) == 1
    log("after", n=1)
    assert "request_id" not in lines.take()[-1]
