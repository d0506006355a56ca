"""Errors say which case they are (`Reason`) and the numbers they quote (`Limits`) apart from the
English `Message`, so that the website words them in its reader's language without parsing it."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import Api, User

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def users(sqlite_api: Api) -> tuple[User, User]:
    return (sqlite_api.login("alice@example.com", "Alice Ferreira"),
            sqlite_api.login("bob@example.com", "Bob Souza"))


def refusal(r) -> tuple[int, str, str | None, str | None, dict]:
    body = r.json_body
    return (r.status_code, body["Code"], body.get("Field"), body.get("Reason"),
            body.get("Limits", {}))


def test_a_broken_rule_names_its_field_its_rule_and_its_limit(sqlite_api: Api, users) -> None:
    alice, _ = users
    pid = sqlite_api.create_persona(alice)["id"]
    cases = [
        ({"name": "x" * 121}, ("name", "too_long", {"max": 120})),
        ({"name": "  "}, ("name", "empty", {})),
        ({"name": "Vó\nCida"}, ("name", "line_break", {})),
        ({"biography": "bip\x07"}, ("biography", "control_character", {})),
        ({"birth_year": 1700}, ("birth_year", "out_of_range", {"low": 1800, "high": None})),
        ({"birth_year": "1941"}, ("birth_year", "not_a_number", {})),
        ({"birth_year": 1950, "death_year": 1940}, ("death_year", "years_out_of_order", {})),
        ({"aliases": [{"name": "Vó"}] * 21}, ("aliases", "too_many", {"max": 20})),
        ({"aliases": [{"also_called": []}]}, ("aliases[0].name", "required", {})),
        ({"status": "gone"}, ("status", "not_a_choice", {})),
        ({"colour": "blue"}, ("colour", "unknown_field", {})),
        ({}, ("body", "no_change", {})),
    ]
    for body, (field, reason, limits) in cases:
        r = sqlite_api.call("PATCH", f"/api/personas/{pid}", alice, body)
        status, code, got_field, got_reason, got_limits = refusal(r)
        assert (status, code, got_field, got_reason) == (400, "BadRequestError", field,
                                                         reason), body
        if "high" in limits:  # next year, which moves every January
            limits = {**limits, "high": got_limits.get("high")}
        assert got_limits == limits, body
    r = sqlite_api.call("POST", f"/api/personas/{pid}/memories", alice,
                        {"text": "Festa.", "date": "1961-02-30"})
    assert refusal(r) == (400, "BadRequestError", "date", "not_a_date", {})
    r = sqlite_api.call("GET", "/api/personas?limit=101", alice)
    assert refusal(r) == (400, "BadRequestError", "limit", "out_of_range", {"low": 1, "high": 100})
    r = sqlite_api.call("POST", "/api/auth/local/login", body={"email": "ana", "name": "Ana"})
    assert refusal(r) == (400, "BadRequestError", "email", "not_an_email", {})


def test_a_closed_legacy_says_whether_it_is_paused_or_retired(sqlite_api: Api, users) -> None:
    alice, _ = users
    pid = sqlite_api.create_persona(alice)["id"]
    cid = sqlite_api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
    for status in ("paused", "retired"):
        assert sqlite_api.call("PATCH", f"/api/personas/{pid}", alice,
                               {"status": status}).status_code == 200
        started = sqlite_api.call("POST", f"/api/personas/{pid}/conversations", alice, {})
        sent = sqlite_api.call("POST", f"/api/conversations/{cid}/messages", alice,
                               {"text": "Oi, vó", "client_message_id": f"msg-{status}-0001"})
        for r in (started, sent):
            assert refusal(r) == (409, "PersonaNotActiveError", None, status, {})


def test_an_invite_says_why_it_cannot_be_used(sqlite_api: Api, users) -> None:
    alice, bob = users
    pid = sqlite_api.create_persona(alice)["id"]
    made = sqlite_api.call("POST", f"/api/personas/{pid}/invites", alice,
                           {"role": "visitor"}).json_body
    assert sqlite_api.call("DELETE", f"/api/personas/{pid}/invites/{made['id']}",
                           alice).status_code == 204
    r = sqlite_api.call("POST", f"/api/invites/{made['code']}/accept", bob)
    assert refusal(r) == (410, "GoneError", None, "cancelled", {})


def test_an_erased_accounts_token_says_so_by_its_reason(sqlite_api: Api, users) -> None:
    alice, bob = users
    pid = sqlite_api.create_persona(alice)["id"]
    code = sqlite_api.call("POST", f"/api/personas/{pid}/invites", alice,
                           {"role": "visitor"}).json_body["code"]
    assert sqlite_api.call("DELETE", "/api/me", bob).status_code == 204
    r = sqlite_api.call("POST", f"/api/invites/{code}/accept", bob)
    assert refusal(r) == (401, "UnauthorizedError", None, "account_erased", {})


def test_a_message_already_being_answered_says_so_by_its_reason(sqlite_api: Api, users,
                                                                monkeypatch) -> None:
    from chalicelib import runtime
    from chalicelib.store.refusals import Refused
    alice, _ = users
    pid = sqlite_api.create_persona(alice)["id"]
    cid = sqlite_api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
    store = runtime.store()

    def taken(*args, **kwargs):
        raise Refused("turn_taken")

    monkeypatch.setattr(store, "begin_turn", taken)
    r = sqlite_api.call("POST", f"/api/conversations/{cid}/messages", alice,
                        {"text": "Oi, vó", "client_message_id": "msg-taken-0001"})
    assert refusal(r) == (409, "ConflictError", None, "turn_taken", {})


def test_every_validation_refusal_names_its_reason() -> None:
    """A new rule in validation.py or schemas.py cannot come without its reason."""
    for path in ("chalicelib/validation.py", "chalicelib/schemas.py"):
        tree = ast.parse((PROJECT / path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "InvalidInput", "PayloadTooLarge"):
                assert any(k.arg == "reason" for k in node.keywords), f"{path}:{node.lineno}"


def test_the_website_words_only_reasons_the_api_sends() -> None:
    """Each reason frontend/js/dom.js words is one the server can send: a renamed reason
    would otherwise fall back to the English message unnoticed."""
    sent = set()
    for path in [PROJECT / "app.py", *(PROJECT / "chalicelib").rglob("*.py")]:
        for first, other in re.findall(r'reason="([a-z_]+)"(?: if .* else "([a-z_]+)")?',
                                       path.read_text(encoding="utf-8")):
            sent |= {first, other} - {""}
    from chalicelib.errors import REFUSALS
    from chalicelib.conversations import PAUSED
    from chalicelib.personas import GONE
    sent |= set(REFUSALS) | set(PAUSED) | set(GONE)
    dom = (PROJECT / "frontend" / "js" / "dom.js").read_text(encoding="utf-8")
    rules = dom[dom.index("const RULES = {"):]
    rules = rules[:rules.index("};")]
    worded = set(re.findall(r"^  ([a-z_]+): ", rules, flags=re.M))
    worded |= set(re.findall(r'reason === "([a-z_]+)"', dom))
    assert worded and worded <= sent, worded - sent
