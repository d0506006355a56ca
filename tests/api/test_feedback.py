"""Thumbs up or down on a reply, through the API, on both stores: who may give it, what is
checked, the operator's counts, the export and erasure."""
from __future__ import annotations

import json
import logging

import pytest

from chalicelib import runtime
from tests.api.test_chat import model, send, stored_messages, talk  # noqa: F401 - fixtures
from tests.conftest import Api, User, all_items


def path(cid: str, mid: str) -> str:
    return f"/api/conversations/{cid}/messages/{mid}/feedback"


@pytest.fixture
def answered(api: Api, alice: User, talk) -> dict[str, str]:  # noqa: F811
    r = send(api, alice, talk["cid"], "Vô, como o senhor conheceu a vó Cida?")
    assert r.status_code == 201, r.body
    return {**talk, "reply": r.json_body["reply"]["id"], "message": r.json_body["message"]["id"]}


def reply_of(api: Api, user: User, cid: str, mid: str) -> dict:
    return next(m for m in stored_messages(api, user, cid) if m["id"] == mid)


def test_thumbs_up_with_a_note_is_stored_on_the_reply_and_shown(api, alice, answered) -> None:
    cid, mid = answered["cid"], answered["reply"]
    r = api.call("PUT", path(cid, mid), alice, {"rating": "up", "note": "Era assim mesmo."})
    assert r.status_code == 200, r.body
    assert r.json_body["feedback"]["rating"] == "up"
    shown = reply_of(api, alice, cid, mid)["feedback"]
    assert shown["rating"] == "up" and shown["note"] == "Era assim mesmo." and shown["given_at"]


def test_feedback_can_be_changed_and_taken_back(api, alice, answered) -> None:
    cid, mid = answered["cid"], answered["reply"]
    api.call("PUT", path(cid, mid), alice, {"rating": "up"})
    assert api.call("PUT", path(cid, mid), alice, {"rating": "down"}).status_code == 200
    assert reply_of(api, alice, cid, mid)["feedback"]["rating"] == "down"
    assert api.call("DELETE", path(cid, mid), alice).status_code == 204
    assert "feedback" not in reply_of(api, alice, cid, mid)
    assert api.call("DELETE", path(cid, mid), alice).status_code == 204  # nothing to take back


@pytest.mark.parametrize("body, field", [
    ({}, "rating"), ({"rating": "sideways"}, "rating"), ({"rating": 1}, "rating"),
    ({"rating": "up", "note": "x" * 501}, "note"), ({"rating": "up", "extra": 1}, "extra"),
])
def test_bad_feedback_is_400_naming_the_field_and_nothing_is_written(
        api, alice, answered, body, field) -> None:
    before = sorted(map(repr, all_items()))
    r = api.call("PUT", path(answered["cid"], answered["reply"]), alice, body)
    assert r.status_code == 400, r.body
    assert field in r.json_body["Message"]
    assert sorted(map(repr, all_items())) == before


def test_a_note_of_500_characters_is_taken(api, alice, answered) -> None:
    r = api.call("PUT", path(answered["cid"], answered["reply"]), alice,
                 {"rating": "down", "note": "é" * 500})
    assert r.status_code == 200, r.body


def test_feedback_on_my_own_message_or_the_greeting_is_400(api, alice, answered) -> None:
    cid = answered["cid"]
    greeting = stored_messages(api, alice, cid)[0]
    for mid in (answered["message"], greeting["id"]):
        r = api.call("PUT", path(cid, mid), alice, {"rating": "up"})
        assert r.status_code == 400 and r.json_body["Reason"] == "not_a_reply", r.body


def test_feedback_on_an_unknown_message_is_404(api, alice, answered) -> None:
    for mid in ("A" * 22, "not-an-id"):
        r = api.call("PUT", path(answered["cid"], mid), alice, {"rating": "up"})
        assert r.status_code == 404, r.body


def test_another_user_cannot_give_or_remove_feedback_on_my_reply(
        api, alice, bob, answered) -> None:
    cid, mid = answered["cid"], answered["reply"]
    api.call("PUT", path(cid, mid), alice, {"rating": "up", "note": "sim"})
    before = sorted(map(repr, all_items()))
    for method, body in (("PUT", {"rating": "down"}), ("DELETE", None)):
        r = api.call(method, path(cid, mid), bob, body)
        assert r.status_code == 404, r.body
    assert sorted(map(repr, all_items())) == before


def test_the_operator_page_counts_thumbs_up_and_down(api, alice, answered,
                                                     monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", "alice@example.com")
    runtime.reset()
    cid, mid = answered["cid"], answered["reply"]
    second = send(api, alice, cid, "E a feijoada?", "client-0002").json_body["reply"]["id"]
    api.call("PUT", path(cid, mid), alice, {"rating": "up"})
    api.call("PUT", path(cid, second), alice, {"rating": "up"})
    api.call("PUT", path(cid, second), alice, {"rating": "down"})  # changed: counted once
    figures = api.call("GET", "/api/admin/metrics?days=2", alice).json_body
    assert figures["feedback"] == {"up": 1, "down": 1}
    assert figures["days"][-1]["feedback_up"] == 1 and figures["days"][-1]["feedback_down"] == 1
    api.call("DELETE", path(cid, mid), alice)
    figures = api.call("GET", "/api/admin/metrics?days=2", alice).json_body
    assert figures["feedback"] == {"up": 0, "down": 1}


def test_the_export_carries_my_feedback(api, alice, answered) -> None:
    cid, mid = answered["cid"], answered["reply"]
    api.call("PUT", path(cid, mid), alice, {"rating": "down", "note": "Não era bem assim."})
    export = api.call("GET", "/api/me/export", alice).json_body
    reply = next(m for m in export["messages"] if m["id"] == mid)
    assert reply["feedback"]["rating"] == "down"
    assert reply["feedback"]["note"] == "Não era bem assim."


@pytest.mark.parametrize("erase", ["conversation", "persona", "account"])
def test_erasure_removes_the_feedback(api, alice, answered, erase) -> None:
    cid, mid = answered["cid"], answered["reply"]
    api.call("PUT", path(cid, mid), alice, {"rating": "up", "note": "nota-secreta"})
    assert "nota-secreta" in json.dumps(all_items())
    if erase == "conversation":
        r = api.call("DELETE", f"/api/conversations/{cid}", alice)
    elif erase == "persona":
        r = api.call("DELETE", f"/api/personas/{answered['pid']}", alice)
    else:
        r = api.call("DELETE", "/api/me", alice,
                     {"legacies": [{"persona_id": answered["pid"], "decision": "delete"}]})
    assert r.status_code in (200, 204), r.body
    assert "nota-secreta" not in json.dumps(all_items(), ensure_ascii=False)


def test_logs_never_carry_the_note(api, alice, answered, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="foreverus")  # the app's own lines
    api.call("PUT", path(answered["cid"], answered["reply"]), alice,
             {"rating": "up", "note": "nota-muito-pessoal"})
    assert "nota-muito-pessoal" not in caplog.text
