"""Operators' routes, the AI power switch, the budget cap and the daily cap, through the API."""
from __future__ import annotations

import json

import pytest

from chalicelib import runtime
from tests.api.test_chat import FakeModel, send
from tests.conftest import Api, User, all_items

MISTRAL = "mistral.mistral-7b-instruct-v0:2"


@pytest.fixture
def operator_env(monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", "alice@example.com")
    runtime.reset()


@pytest.fixture
def model(monkeypatch) -> FakeModel:
    fake = FakeModel("Foi na festa junina.")
    fake.model = MISTRAL  # priced, so turns cost something
    monkeypatch.setattr(runtime, "provider", lambda: fake)
    return fake


@pytest.fixture
def chat(api: Api, alice: User, operator_env, model) -> str:
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid, text="Conheci a Cida na festa junina.")
    return api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]


ADMIN_ROUTES = [("GET", "/api/admin/metrics", None), ("GET", "/api/admin/power", None),
                ("PUT", "/api/admin/power", {"mode": "off"})]


def test_operator_routes_do_not_exist_for_everyone_else(api: Api, bob: User,
                                                        operator_env) -> None:
    for method, path, body in ADMIN_ROUTES:
        assert api.call(method, path, bob, body).status_code == 404
        assert api.call(method, path, None, body).status_code == 401


def test_operator_sees_the_figures_move(api: Api, alice: User, chat: str, model) -> None:
    for n in range(3):
        assert send(api, alice, chat, f"Oi vô {n}", f"client-{n:04d}").status_code == 201
    model.fail_times = 1
    assert send(api, alice, chat, "Falha", "client-fail").status_code == 503
    figures = api.call("GET", "/api/admin/metrics?days=7", alice).json_body
    today = figures["days"][-1]
    assert len(figures["days"]) == 7
    assert today["requests"] == 4 and today["errors"] == 1 and today["throttles"] == 1
    assert today["input_tokens"] == 360 and today["output_tokens"] == 90
    assert today["p50_ms"] is not None and today["p95_ms"] >= today["p50_ms"]
    assert today["cost_usd"] == pytest.approx(3 * (0.12 * 0.00015 + 0.03 * 0.0002))
    month = figures["month"]
    assert month["model_cost_usd"] == pytest.approx(today["cost_usd"])
    assert month["projection_usd"] >= month["model_cost_usd"]
    assert month["budget_usd"] == 20.0 and figures["per_turn"]["dynamodb_usd"] > 0
    assert figures["availability"]["state"] == "on"


@pytest.mark.parametrize("days", ["0", "91", "x"])
def test_metrics_days_are_bounded(api: Api, alice: User, operator_env, days: str) -> None:
    r = api.call("GET", f"/api/admin/metrics?days={days}", alice)
    assert r.status_code == 400 and "days" in r.json_body["Message"]


def test_switching_the_ai_off_gives_recorded_words_and_on_again_the_model(
        api: Api, alice: User, chat: str, model) -> None:
    r = api.call("PUT", "/api/admin/power", alice, {"mode": "off"})
    assert r.status_code == 200 and r.json_body["state"] == "off"
    reply = send(api, alice, chat, "Vô, e a festa?", "client-off").json_body["reply"]
    assert reply["provider"] == "authentic" and reply["ai_generated"] is False
    assert model.requests == []
    assert api.call("GET", "/api/health", None).json_body["power"] == {"mode": "off",
                                                                         "state": "off"}
    api.call("PUT", "/api/admin/power", alice, {"mode": "on"})
    reply = send(api, alice, chat, "Vô, e a festa?", "client-on").json_body["reply"]
    assert reply["provider"] == "fake" and len(model.requests) == 1


def test_power_modes_are_validated(api: Api, alice: User, operator_env) -> None:
    r = api.call("PUT", "/api/admin/power", alice, {"mode": "maybe"})
    assert r.status_code == 400 and "mode" in r.json_body["Message"]


def test_budget_reached_switches_off_and_no_model_is_called(api: Api, alice: User, chat: str,
                                                            model, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_MONTHLY_BUDGET_USD", "0.00001")
    runtime.reset()
    monkeypatch.setattr(runtime, "provider", lambda: model)
    assert send(api, alice, chat, "Primeira", "client-0001").json_body["reply"]["provider"] \
        == "fake"
    reply = send(api, alice, chat, "Segunda", "client-0002").json_body["reply"]
    assert reply["provider"] == "authentic" and len(model.requests) == 1
    power = api.call("GET", "/api/admin/power", alice).json_body
    assert power["mode"] == "off" and power["reason"] == "budget" and power["state"] == "off"
    r = api.call("PUT", "/api/admin/power", alice, {"mode": "on"})
    assert r.status_code == 409 and "budget" in r.json_body["Message"]
    figures = api.call("GET", "/api/admin/metrics", alice).json_body
    assert figures["month"]["budget_used"] > 1


def test_daily_cap_answers_429_saying_when_it_resets(api: Api, alice: User, chat: str, model,
                                                     monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_DAILY_MESSAGE_CAP", "2")
    runtime.reset()
    monkeypatch.setattr(runtime, "provider", lambda: model)
    for n in range(2):
        assert send(api, alice, chat, f"Oi {n}", f"client-{n:04d}").status_code == 201
    before = sorted(map(repr, all_items()))
    r = send(api, alice, chat, "Mais uma", "client-0009")
    assert r.status_code == 429 and "midnight UTC" in r.json_body["Message"]
    assert r.json_body["Code"] == "DailyCapReachedError"  # the site says "today's limit"
    assert 0 < int(r.headers["Retry-After"]) <= 86_401
    assert sorted(map(repr, all_items())) == before and len(model.requests) == 2
    assert send(api, alice, chat, "Oi 0", "client-0000").status_code == 200  # a replay is free
    assert api.call("GET", "/api/admin/metrics", alice).json_body["limits"][
        "daily_message_cap"] == 2


def test_erasing_me_leaves_only_anonymous_aggregates(api: Api, alice: User, chat: str) -> None:
    send(api, alice, chat, "Oi", "client-0001")
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    left = all_items()
    assert all(i["PK"].startswith(("METRICS#", "SETTINGS", "ERASED#")) for i in left), left
    assert alice.id not in json.dumps(left) and "alice" not in json.dumps(left)


def test_turns_write_embedded_metric_format_lines_on_lambda(api: Api, alice: User, chat: str,
                                                            monkeypatch, capsys) -> None:
    import app as app_module
    monkeypatch.setattr(app_module, "ON_LAMBDA", True)
    send(api, alice, chat, "Oi", "client-0001")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()
             if line.startswith("{") and "_aws" in line]
    assert len(lines) == 1 and lines[0]["_aws"]["CloudWatchMetrics"][0]["Namespace"] == \
        "ForeverUs"
    assert "Oi" not in json.dumps(lines)
