"""Editing my last message through the API, on both stores: the old message and its reply
kept superseded (never in a prompt), a new turn from there, once per client_message_id."""
from __future__ import annotations

import pytest

from chalicelib import runtime
from tests.api.test_chat import FakeModel, send, stored_messages
from tests.api.test_chat import talk  # noqa: F401 - a fixture
from tests.conftest import Api, User, all_items


@pytest.fixture
def model(monkeypatch) -> FakeModel:
    fake = FakeModel("Foi na festa junina, minha filha.")
    monkeypatch.setattr(runtime, "provider", lambda: fake)
    return fake


def edit(api: Api, user: User, cid: str, mid: str, text: str = "Vô, e a ferrovia?",
         key: str = "edit-0001"):
    return api.call("PATCH", f"/api/conversations/{cid}/messages/{mid}", user,
                    {"text": text, "client_message_id": key})


@pytest.fixture
def answered(api: Api, alice: User, talk, model) -> dict[str, str]:  # noqa: F811
    r = send(api, alice, talk["cid"], "Vô, como o senhor conheceu a vó Cida?")
    assert r.status_code == 201, r.body
    return {**talk, "reply": r.json_body["reply"]["id"], "message": r.json_body["message"]["id"]}


def test_editing_my_last_message_supersedes_it_and_its_reply_and_answers_anew(
        api, alice, answered, model) -> None:
    r = edit(api, alice, answered["cid"], answered["message"])
    assert r.status_code == 201, r.body
    new = r.json_body["message"]
    assert new["text"] == "Vô, e a ferrovia?" and new["edited_from"] == answered["message"]
    stored = {m["id"]: m for m in stored_messages(api, alice, answered["cid"])}
    for old in (answered["message"], answered["reply"]):
        assert stored[old]["status"] == "superseded" and stored[old]["superseded_by"] == new["id"]
    assert stored[r.json_body["reply"]["id"]]["status"] == "answered"
    # The superseded question is in no prompt, now or later.
    assert "conheceu a vó Cida" not in str(model.requests[1].messages)
    send(api, alice, answered["cid"], "E depois?", "client-0002")
    assert "conheceu a vó Cida" not in str(model.requests[2].messages)


def test_an_edit_in_the_millisecond_of_the_reply_sorts_after_it(
        api, alice, talk, model, monkeypatch) -> None:  # noqa: F811
    from chalicelib import ids
    frozen = ids.now()
    monkeypatch.setattr(ids, "now", lambda: frozen)  # a clock that does not move
    first = send(api, alice, talk["cid"], "Vô, como o senhor conheceu a vó Cida?").json_body
    r = edit(api, alice, talk["cid"], first["message"]["id"])
    assert r.status_code == 201, r.body
    stored = stored_messages(api, alice, talk["cid"])
    assert [m["id"] for m in stored[-4:]] == [first["message"]["id"], first["reply"]["id"],
                                              r.json_body["message"]["id"],
                                              r.json_body["reply"]["id"]]
    assert [m.get("status") for m in stored[-4:]] == ["superseded", "superseded", "answered",
                                                      "answered"]


def test_a_retried_edit_calls_the_model_once(api, alice, answered, model) -> None:
    first = edit(api, alice, answered["cid"], answered["message"])
    again = edit(api, alice, answered["cid"], answered["message"])
    assert first.status_code == 201 and again.status_code == 200, again.body
    assert again.json_body["reply"]["id"] == first.json_body["reply"]["id"]
    assert len(model.requests) == 2


def test_only_my_last_message_can_be_edited(api, alice, answered, model) -> None:
    send(api, alice, answered["cid"], "E a feijoada?", "client-0002")
    before = sorted(map(repr, all_items()))
    r = edit(api, alice, answered["cid"], answered["message"])
    assert r.status_code == 409 and r.json_body["Reason"] == "not_last_message", r.body
    assert sorted(map(repr, all_items())) == before and len(model.requests) == 2


def test_a_reply_or_an_unknown_message_cannot_be_edited(api, alice, answered) -> None:
    r = edit(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 400 and r.json_body["Reason"] == "not_your_message", r.body
    assert edit(api, alice, answered["cid"], "Q" * 22).status_code == 404


@pytest.mark.parametrize("body, field", [({"client_message_id": "edit-0001"}, "text"),
                                         ({"text": "x" * 4001, "client_message_id": "e-000001"},
                                          "text"),
                                         ({"text": "oi"}, "client_message_id")])
def test_a_bad_edit_is_400_naming_the_field_and_changes_nothing(api, alice, answered, body,
                                                                field) -> None:
    before = sorted(map(repr, all_items()))
    r = api.call("PATCH", f"/api/conversations/{answered['cid']}/messages/"
                 f"{answered['message']}", alice, body)
    assert r.status_code == 400 and field in r.json_body["Message"], r.body
    assert sorted(map(repr, all_items())) == before


def test_a_stranger_cannot_edit_my_message(api, alice, bob, answered, model) -> None:
    before = sorted(map(repr, all_items()))
    assert edit(api, bob, answered["cid"], answered["message"]).status_code == 404
    assert sorted(map(repr, all_items())) == before and len(model.requests) == 1


def test_a_failed_edit_keeps_the_new_message_to_retry(api, alice, answered, model) -> None:
    model.fail_times = 1
    assert edit(api, alice, answered["cid"], answered["message"]).status_code == 503
    stored = stored_messages(api, alice, answered["cid"])
    assert stored[-1]["status"] == "failed" and stored[-1]["text"] == "Vô, e a ferrovia?"
    r = edit(api, alice, answered["cid"], answered["message"])  # the same id: a retry
    assert r.status_code == 201, r.body


def test_an_edit_counts_against_the_daily_cap(api, alice, answered, model,
                                              monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_DAILY_MESSAGE_CAP", "1")
    runtime.reset()
    monkeypatch.setattr(runtime, "provider", lambda: model)
    before = sorted(map(repr, all_items()))
    assert edit(api, alice, answered["cid"], answered["message"]).status_code == 429
    assert sorted(map(repr, all_items())) == before
