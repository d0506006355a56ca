"""Regenerating the last reply through the API, on both stores: a new turn for the same
message, the earlier reply kept as an alternative, once per key, and only the last reply."""
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


def regenerate(api: Api, user: User, cid: str, mid: str, key: str = "regen-0001"):
    return api.call("POST", f"/api/conversations/{cid}/messages/{mid}/regenerate", user,
                    {"client_message_id": key})


@pytest.fixture
def answered(api: Api, alice: User, talk, model) -> dict[str, str]:  # noqa: F811
    r = send(api, alice, talk["cid"], "Vô, como o senhor conheceu a vó Cida?")
    assert r.status_code == 201, r.body
    return {**talk, "reply": r.json_body["reply"]["id"], "message": r.json_body["message"]["id"]}


def test_regenerate_writes_a_new_reply_and_keeps_the_earlier_one(
        api, alice, answered, model) -> None:
    model.text = "Na festa junina de 1957, meu bem."
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 201, r.body
    new = r.json_body["reply"]
    assert new["id"] != answered["reply"] and new["alternatives"] == [answered["reply"]]
    assert r.json_body["message"]["id"] == answered["message"]
    stored = stored_messages(api, alice, answered["cid"])
    old = next(m for m in stored if m["id"] == answered["reply"])
    assert old["status"] == "superseded" and old["superseded_by"] == new["id"]
    assert stored[-1]["id"] == new["id"]
    assert [m["role"] for m in stored if m.get("status") != "superseded"
            and m.get("type") != "greeting"] == ["visitor", "persona"]
    assert len(model.requests) == 2
    # The replaced reply is not in the prompt of the new one, nor of the next turn.
    assert "Foi na festa junina, minha filha." not in str(model.requests[1].messages)
    send(api, alice, answered["cid"], "E depois?", "client-0002")
    assert "Foi na festa junina, minha filha." not in str(model.requests[2].messages)


def test_a_regenerated_reply_in_the_millisecond_of_the_one_it_replaces_sorts_after_it(
        api, alice, talk, model, monkeypatch) -> None:  # noqa: F811
    from chalicelib import ids
    frozen = ids.now()
    monkeypatch.setattr(ids, "now", lambda: frozen)  # a clock that does not move
    first = send(api, alice, talk["cid"], "Vô, como o senhor conheceu a vó Cida?").json_body
    second = regenerate(api, alice, talk["cid"], first["reply"]["id"]).json_body["reply"]
    third = regenerate(api, alice, talk["cid"], second["id"], "regen-0002").json_body["reply"]
    stored = stored_messages(api, alice, talk["cid"])
    assert [m["id"] for m in stored[-4:]] == [first["message"]["id"], first["reply"]["id"],
                                              second["id"], third["id"]]
    assert third["alternatives"] == [first["reply"]["id"], second["id"]]


def test_a_retried_regenerate_calls_the_model_once(api, alice, answered, model) -> None:
    first = regenerate(api, alice, answered["cid"], answered["reply"])
    again = regenerate(api, alice, answered["cid"], answered["reply"])
    assert first.status_code == 201 and again.status_code == 200, again.body
    assert again.json_body["reply"]["id"] == first.json_body["reply"]["id"]
    assert len(model.requests) == 2


def test_replaying_the_message_after_a_regenerate_gives_the_current_reply(
        api, alice, answered, model) -> None:
    model.text = "Na festa junina de 1957, meu bem."
    new = regenerate(api, alice, answered["cid"], answered["reply"]).json_body["reply"]
    again = send(api, alice, answered["cid"], "Vô, como o senhor conheceu a vó Cida?")
    assert again.status_code == 200 and again.json_body["reply"]["id"] == new["id"]
    assert len(model.requests) == 2  # the replay called no model


def test_regenerating_twice_keeps_every_earlier_version(api, alice, answered) -> None:
    second = regenerate(api, alice, answered["cid"], answered["reply"]).json_body["reply"]
    third = regenerate(api, alice, answered["cid"], second["id"], "regen-0002").json_body["reply"]
    assert third["alternatives"] == [answered["reply"], second["id"]]


def test_only_the_last_reply_can_be_regenerated(api, alice, answered, model) -> None:
    send(api, alice, answered["cid"], "E a feijoada?", "client-0002")
    before = sorted(map(repr, all_items()))
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 409 and r.json_body["Reason"] == "not_last_reply", r.body
    assert sorted(map(repr, all_items())) == before and len(model.requests) == 2


def test_regenerating_a_visitor_message_or_an_unknown_one_is_refused(
        api, alice, answered) -> None:
    r = regenerate(api, alice, answered["cid"], answered["message"])
    assert r.status_code == 400 and r.json_body["Reason"] == "not_a_reply", r.body
    assert regenerate(api, alice, answered["cid"], "Z" * 22).status_code == 404


@pytest.mark.parametrize("body, field", [({}, "client_message_id"),
                                         ({"client_message_id": "short"}, "client_message_id"),
                                         ({"client_message_id": "x" * 65}, "client_message_id"),
                                         ({"client_message_id": "regen-0001", "text": "x"},
                                          "text")])
def test_a_bad_regenerate_body_is_400_naming_the_field(api, alice, answered, body,
                                                       field) -> None:
    before = sorted(map(repr, all_items()))
    r = api.call("POST", f"/api/conversations/{answered['cid']}/messages/"
                 f"{answered['reply']}/regenerate", alice, body)
    assert r.status_code == 400 and field in r.json_body["Message"], r.body
    assert sorted(map(repr, all_items())) == before


def test_a_stranger_cannot_regenerate_my_reply(api, alice, bob, answered, model) -> None:
    before = sorted(map(repr, all_items()))
    assert regenerate(api, bob, answered["cid"], answered["reply"]).status_code == 404
    assert sorted(map(repr, all_items())) == before and len(model.requests) == 1


def test_a_paused_persona_is_not_regenerated(api, alice, answered, model) -> None:
    api.call("PATCH", f"/api/personas/{answered['pid']}", alice, {"status": "paused"})
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 409 and r.json_body["Reason"] == "paused", r.body
    assert len(model.requests) == 1


def test_regenerating_counts_against_the_daily_cap(api, alice, answered, model,
                                                   monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_DAILY_MESSAGE_CAP", "1")
    runtime.reset()
    monkeypatch.setattr(runtime, "provider", lambda: model)
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 429, r.body
    assert len(model.requests) == 1


def test_a_failed_regenerate_keeps_the_reply_and_a_retry_completes_it(
        api, alice, answered, model) -> None:
    model.fail_times = 1
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 503, r.body
    stored = stored_messages(api, alice, answered["cid"])
    assert stored[-1]["id"] == answered["reply"] and stored[-1]["status"] == "answered"
    assert stored[-2]["status"] == "answered"  # the question stays answered
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 201, r.body


def test_with_the_ai_off_the_regenerated_reply_is_in_recorded_words(
        api, alice, answered, model, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", "alice@example.com")
    runtime.reset()
    monkeypatch.setattr(runtime, "provider", lambda: model)
    assert api.call("PUT", "/api/admin/power", alice, {"mode": "off"}).status_code == 200
    r = regenerate(api, alice, answered["cid"], answered["reply"])
    assert r.status_code == 201 and r.json_body["reply"]["ai_generated"] is False, r.body
    assert len(model.requests) == 1


def test_care_applies_to_a_regenerated_reply(api, alice, talk, model) -> None:  # noqa: F811
    first = send(api, alice, talk["cid"], "Eu quero me matar, vô.").json_body["reply"]
    r = regenerate(api, alice, talk["cid"], first["id"])
    assert r.status_code == 201 and r.json_body["reply"]["care"] is True, r.body
