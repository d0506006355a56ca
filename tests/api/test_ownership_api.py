"""Ownership that survives the owner: an owner who erases their account decides, for each legacy
other people belong to, whether an editor receives it or it is deleted; the members are told."""
from __future__ import annotations

from typing import Any

from tests.conftest import Api, User, all_items


def shared_legacy(api: Api, owner: User, *members: tuple[User, str],
                  name: str = "Antônio Carlos") -> str:
    pid = api.create_persona(owner, name=name)["id"]
    for user, role in members:
        api.invite_and_accept(owner, pid, user, role=role)
    return pid


def notices_of(api: Api, user: User) -> list[dict[str, Any]]:
    r = api.call("GET", "/api/me/notices", user)
    assert r.status_code == 200, r.body
    return r.json_body["items"]


def role_of(api: Api, user: User, pid: str) -> str | None:
    r = api.call("GET", f"/api/personas/{pid}", user)
    return r.json_body["role"] if r.status_code == 200 else None


# -- what erasing would mean ----------------------------------------------------------------

def test_the_erasure_plan_names_who_else_belongs_to_each_legacy(api: Api, alice: User,
                                                                  bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    shared = shared_legacy(api, alice, (bob, "editor"), (carol, "visitor"))
    alone = api.create_persona(alice, name="Zélia")["id"]
    bobs = api.create_persona(bob, name="Benedito")["id"]
    api.invite_and_accept(bob, bobs, alice, role="visitor")
    plan = api.call("GET", "/api/me/erasure", alice).json_body
    by_id = {legacy["persona_id"]: legacy for legacy in plan["legacies"]}
    assert set(by_id) == {shared, alone}  # only what Alice keeps
    assert by_id[shared]["needs_decision"] is True
    assert [(m["name"], m["role"]) for m in by_id[shared]["members"]] == [
        ("Bob Souza", "editor"), ("Carol Lima", "visitor")]
    assert by_id[alone] == {"persona_id": alone, "name": "Zélia", "members": [],
                            "needs_decision": False}
    assert plan["shared_with_me"] == [{"persona_id": bobs, "name": "Benedito",
                                       "role": "visitor"}]
    assert api.call("GET", "/api/me/erasure?x=1", alice).status_code == 400


def test_a_visitor_sees_no_other_members_in_their_plan(api: Api, alice: User,
                                                       bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    pid = shared_legacy(api, alice, (bob, "visitor"), (carol, "editor"))
    plan = api.call("GET", "/api/me/erasure", bob).json_body
    assert plan == {"legacies": [], "shared_with_me": [
        {"persona_id": pid, "name": "Antônio Carlos", "role": "visitor"}]}
    assert carol.id not in repr(plan) and alice.id not in repr(plan)


# -- erasure refused until each shared legacy has a decision ------------------------------------

def test_erasing_an_owner_of_a_shared_legacy_is_refused_until_decided(api: Api, alice: User,
                                                                       bob: User) -> None:
    pid = shared_legacy(api, alice, (bob, "visitor"))
    before = sorted(map(repr, all_items()))
    r = api.call("DELETE", "/api/me", alice)
    assert r.status_code == 409, r.body
    assert r.json_body["Code"] == "DecisionsNeededError"
    assert "Antônio Carlos" in r.json_body["Message"] and bob.id not in r.json_body["Message"]
    assert sorted(map(repr, all_items())) == before  # nothing erased, not even the mark
    assert role_of(api, bob, pid) == "visitor" and role_of(api, alice, pid) == "owner"


def test_a_lone_legacy_is_deleted_as_before(api: Api, alice: User) -> None:
    api.create_persona(alice)
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    left = [i for i in all_items() if not i["PK"].startswith("ERASED#")]
    assert left == []


def test_erasing_with_a_hand_over_keeps_the_legacy_for_the_family(api: Api, alice: User,
                                                                   bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    pid = shared_legacy(api, alice, (bob, "editor"), (carol, "visitor"))
    memory = api.add_memory(alice, pid, text="A oficina da rua Augusta.")
    api.call("POST", f"/api/personas/{pid}/conversations", carol, {})
    r = api.call("DELETE", "/api/me", alice, {"legacies": [
        {"persona_id": pid, "decision": "transfer", "transfer_to": bob.id}]})
    assert r.status_code == 204, r.body
    assert role_of(api, bob, pid) == "owner" and role_of(api, carol, pid) == "visitor"
    members = api.call("GET", f"/api/personas/{pid}/members", bob).json_body["items"]
    assert {m["user_id"] for m in members} == {bob.id, carol.id}  # Alice is gone
    kept = api.call("GET", f"/api/personas/{pid}/memories/{memory['id']}", bob).json_body
    assert kept["text"] == "A oficina da rua Augusta." and "created_by" not in kept
    assert api.call("GET", f"/api/personas/{pid}/conversations", carol).json_body["items"]
    assert alice.id not in repr(all_items())  # nothing points at Alice any more

    [told_bob] = notices_of(api, bob)
    assert told_bob["event"] == "ownership_received" and told_bob["owner_left"] is True
    assert (told_bob["persona_id"], told_bob["persona_name"], told_bob["by_name"]) == (
        pid, "Antônio Carlos", "Alice Ferreira")
    [told_carol] = notices_of(api, carol)
    assert told_carol["event"] == "owner_changed" and told_carol["new_owner_name"] == "Bob Souza"
    assert set(told_carol) == {"id", "event", "persona_id", "persona_name", "by_name",
                               "new_owner_name", "owner_left", "created_at"}


def test_retrying_an_erasure_with_the_same_decisions_finishes_it(api: Api, alice: User,
                                                                  bob: User) -> None:
    """A 503 (the sign-in could not be removed) is retried with the same body, whose legacies
    the first attempt already handed over: the retry is not refused for it."""
    pid = shared_legacy(api, alice, (bob, "editor"))
    sent = {"legacies": [{"persona_id": pid, "decision": "transfer", "transfer_to": bob.id}]}
    assert api.call("DELETE", "/api/me", alice, sent).status_code == 204
    assert api.call("DELETE", "/api/me", alice, sent).status_code == 204
    assert role_of(api, bob, pid) == "owner" and len(notices_of(api, bob)) == 1
    # A stranger's token naming Bob's legacy is still refused by name.
    carol = api.login("carol@example.com", "Carol Lima")
    r = api.call("DELETE", "/api/me", carol, {"legacies": [{"persona_id": pid,
                                                            "decision": "delete"}]})
    assert r.status_code == 400 and r.json_body["Field"] == "legacies[0].persona_id"


def test_erasing_with_an_explicit_delete_tells_the_members(api: Api, alice: User,
                                                           bob: User) -> None:
    pid = shared_legacy(api, alice, (bob, "visitor"))
    r = api.call("DELETE", "/api/me", alice, {"legacies": [
        {"persona_id": pid, "decision": "delete"}]})
    assert r.status_code == 204, r.body
    assert role_of(api, bob, pid) is None
    [told] = notices_of(api, bob)
    assert (told["event"], told["persona_name"], told["by_name"], told["owner_left"]) == (
        "legacy_deleted", "Antônio Carlos", "Alice Ferreira", True)
    assert "persona_id" not in told
    # Bob's notices go with Bob's erasure: nothing of either remains.
    assert api.call("DELETE", "/api/me", bob).status_code == 204
    assert [i for i in all_items() if not i["PK"].startswith("ERASED#")] == []


def test_erasure_decisions_are_checked_and_name_the_field(api: Api, alice: User,
                                                          bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    pid = shared_legacy(api, alice, (bob, "editor"), (carol, "visitor"))
    bobs = api.create_persona(bob, name="Benedito")["id"]
    cases = [
        ({"legacies": [{"persona_id": pid, "decision": "transfer"}]},
         "legacies[0].transfer_to"),
        ({"legacies": [{"persona_id": pid, "decision": "transfer", "transfer_to": carol.id}]},
         "legacies[0].transfer_to"),  # a visitor cannot receive it
        ({"legacies": [{"persona_id": pid, "decision": "transfer", "transfer_to": alice.id}]},
         "legacies[0].transfer_to"),
        ({"legacies": [{"persona_id": pid, "decision": "delete", "transfer_to": bob.id}]},
         "legacies[0].transfer_to"),
        ({"legacies": [{"persona_id": bobs, "decision": "delete"}]},
         "legacies[0].persona_id"),  # not hers to delete
        ({"legacies": [{"persona_id": pid, "decision": "delete"},
                       {"persona_id": pid, "decision": "delete"}]}, "legacies[1].persona_id"),
        ({"legacies": [{"persona_id": pid, "decision": "keep"}]}, "legacies[0].decision"),
        ({"legacies": [{"persona_id": pid}]}, "legacies[0].decision"),
        ({"decisions": []}, "decisions"),
    ]
    for sent, field in cases:
        r = api.call("DELETE", "/api/me", alice, sent)
        assert r.status_code == 400, (sent, r.body)
        assert r.json_body["Field"] == field, (sent, r.json_body)
    assert role_of(api, alice, pid) == "owner" and role_of(api, bob, bobs) == "owner"


# -- handing over without leaving ---------------------------------------------------------------

def test_the_owner_hands_a_legacy_to_an_editor(api: Api, alice: User, bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    pid = shared_legacy(api, alice, (bob, "editor"), (carol, "visitor"))
    r = api.call("POST", f"/api/personas/{pid}/owner", alice, {"user_id": bob.id})
    assert r.status_code == 200, r.body
    assert r.json_body == {"persona_id": pid, "role": "editor",
                           "owner": {"user_id": bob.id, "name": "Bob Souza"}}
    assert (role_of(api, alice, pid), role_of(api, bob, pid)) == ("editor", "owner")
    # The old owner can no longer manage members; the new one can, and may hand it back.
    assert api.call("GET", f"/api/personas/{pid}/members", alice).status_code == 403
    assert api.call("POST", f"/api/personas/{pid}/owner", alice,
                    {"user_id": bob.id}).status_code == 403
    [told] = notices_of(api, bob)
    assert (told["event"], told["owner_left"], told["by_name"]) == (
        "ownership_received", False, "Alice Ferreira")
    assert notices_of(api, carol)[0]["event"] == "owner_changed"
    assert notices_of(api, alice) == []
    assert api.call("POST", f"/api/personas/{pid}/owner", bob,
                    {"user_id": alice.id}).status_code == 200
    assert role_of(api, alice, pid) == "owner"


def test_only_an_editor_of_the_legacy_can_receive_it(api: Api, alice: User, bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    pid = shared_legacy(api, alice, (bob, "visitor"))
    for sent in ({"user_id": bob.id}, {"user_id": carol.id}, {"user_id": alice.id},
                 {"user_id": "no such person!"}, {}, {"user_id": bob.id, "role": "owner"}):
        r = api.call("POST", f"/api/personas/{pid}/owner", alice, sent)
        assert r.status_code == 400, (sent, r.body)
        assert r.json_body["Field"] in ("user_id", "role"), r.json_body
    assert role_of(api, alice, pid) == "owner" and role_of(api, bob, pid) == "visitor"


def test_a_stranger_or_an_editor_cannot_take_a_legacy(api: Api, alice: User, bob: User) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    pid = shared_legacy(api, alice, (bob, "editor"))
    # Denied before sharing (it does not exist to Carol), denied to an editor, and the store
    # refuses a hand-over whose owner has changed meanwhile.
    assert api.call("POST", f"/api/personas/{pid}/owner", carol,
                    {"user_id": carol.id}).status_code == 404
    assert api.call("POST", f"/api/personas/{pid}/owner", bob,
                    {"user_id": bob.id}).status_code == 403
    api.invite_and_accept(alice, pid, carol, role="editor")
    assert api.call("POST", f"/api/personas/{pid}/owner", carol,
                    {"user_id": carol.id}).status_code == 403
    assert role_of(api, alice, pid) == "owner"


def test_a_hand_over_raced_by_a_removal_changes_nothing(api: Api, alice: User,
                                                        bob: User) -> None:
    from chalicelib import runtime
    from chalicelib.store.refusals import Refused
    pid = shared_legacy(api, alice, (bob, "editor"))
    store = runtime.store()
    assert store.remove_member(pid, bob.id)
    try:
        store.transfer_ownership(pid, alice.id, bob.id, "2030-01-01T00:00:00.000Z")
        raise AssertionError("the hand-over went through")
    except Refused as refused:
        assert refused.reason == "new_owner_not_editor"
    assert store.get_membership(pid, alice.id)["role"] == "owner"


# -- deleting a shared legacy tells its members ---------------------------------------------

def test_deleting_a_shared_legacy_tells_its_members(api: Api, alice: User, bob: User) -> None:
    pid = shared_legacy(api, alice, (bob, "visitor"))
    assert api.call("DELETE", f"/api/personas/{pid}", alice).status_code == 204
    [told] = notices_of(api, bob)
    assert (told["event"], told["owner_left"]) == ("legacy_deleted", False)
    assert notices_of(api, alice) == []


# -- notices are only for the member themself ---------------------------------------------------

def test_a_notice_is_dismissed_only_by_its_member(api: Api, alice: User, bob: User) -> None:
    pid = shared_legacy(api, alice, (bob, "visitor"))
    api.call("DELETE", f"/api/personas/{pid}", alice)
    [told] = notices_of(api, bob)
    path = f"/api/me/notices/{told['id']}"
    assert api.call("DELETE", path, alice).status_code == 404  # Alice cannot even address it
    assert notices_of(api, alice) == []
    assert api.call("DELETE", path, bob).status_code == 204
    assert notices_of(api, bob) == []
    assert api.call("DELETE", path, bob).status_code == 404
    assert api.call("DELETE", "/api/me/notices/not-an-id", bob).status_code == 404
    assert api.call("GET", "/api/me/notices", None).status_code == 401


def test_expired_notices_are_not_shown(api: Api, alice: User, bob: User, monkeypatch) -> None:
    import datetime as dt
    from chalicelib import ids, ownership
    pid = shared_legacy(api, alice, (bob, "visitor"))
    api.call("DELETE", f"/api/personas/{pid}", alice)
    assert len(notices_of(api, bob)) == 1
    later = ids.now() + dt.timedelta(days=ownership.NOTICE_DAYS, seconds=1)
    monkeypatch.setattr(ids, "now", lambda: later)
    assert notices_of(api, bob) == []
