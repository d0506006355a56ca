"""Personas, memories, invites, conversations and data rights through the API (both stores)."""
from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest

from chalicelib import ids, runtime
from chalicelib.persona import retrieval
from tests.conftest import Api, User, all_items, item_count


def test_create_requires_consent_and_records_when(api: Api, alice: User) -> None:
    r = api.call("POST", "/api/personas", alice, {"name": "Antônio", "language": "pt-BR"})
    assert r.status_code == 400 and "consent" in r.json_body["Message"]
    persona = api.create_persona(alice)
    assert persona["consent"]["attested_at"] and persona["role"] == "owner"
    assert persona["status"] == "active" and persona["memory_count"] == 0


def test_consent_cannot_be_rewritten_later(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    r = api.call("PATCH", f"/api/personas/{pid}", alice, {"consent": {"basis": "self"}})
    assert r.status_code == 400 and "consent" in r.json_body["Message"]


def test_edit_persona_fields_and_clear_years(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, birth_year=1932, death_year=2019)["id"]
    r = api.call("PATCH", f"/api/personas/{pid}", alice,
                 {"biography": "Nasceu em Minas.", "death_year": None,
                  "aliases": [{"name": "Antônio", "also_called": ["Vô Toninho"]}]})
    assert r.status_code == 200, r.body
    shown = api.call("GET", f"/api/personas/{pid}", alice).json_body
    assert shown["biography"] == "Nasceu em Minas." and shown["death_year"] is None
    assert shown["aliases"][0]["also_called"] == ["Vô Toninho"]


def test_death_before_birth_is_refused_even_across_edits(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, birth_year=1932)["id"]
    r = api.call("PATCH", f"/api/personas/{pid}", alice, {"death_year": 1920})
    assert r.status_code == 400 and "death_year" in r.json_body["Message"]


def test_personas_list_pages_with_a_cursor(api: Api, alice: User) -> None:
    made = {api.create_persona(alice, name=f"Pessoa {i}")["id"] for i in range(5)}
    first = api.call("GET", "/api/personas?limit=2", alice).json_body
    seen = [p["id"] for p in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = api.call("GET", f"/api/personas?limit=2&cursor={cursor}", alice).json_body
        seen += [p["id"] for p in page["items"]]
        cursor = page["next_cursor"]
    assert sorted(seen) == sorted(made)


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "limit=abc", "cursor=%21%21",
                                   "colour=blue"])
def test_bad_list_parameters_are_named(api: Api, alice: User, query: str) -> None:
    r = api.call("GET", f"/api/personas?{query}", alice)
    assert r.status_code == 400
    assert query.split("=")[0] in r.json_body["Message"]


def test_a_full_persona_says_its_limits_as_the_website_reads_them(api: Api, alice: User,
                                                                   monkeypatch) -> None:
    """The store refuses by name ("memories_full"); the edge words it, and gives the name and
    the limits apart (`Reason`, `Limits`), which the website words in its reader's language
    (frontend/js/dom.js) without reading the English sentence."""
    from chalicelib import memories
    from chalicelib.store.repository import MemoryLimits
    monkeypatch.setattr(memories, "LIMITS", MemoryLimits(count=1, chars=1_000_000))
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid)
    r = api.call("POST", f"/api/personas/{pid}/memories", alice, {"text": "Outra lembrança."})
    assert (r.status_code, r.json_body) == (422, {
        "Code": "UnprocessableEntityError",
        "Message": "this persona is full: it keeps at most 1 memories and 1,000,000 characters "
                   "of memories; delete or shorten some first",
        "Reason": "memories_full", "Limits": {"count": 1, "chars": 1_000_000}})


def test_memory_crud_and_newest_first_listing(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    made = [api.add_memory(alice, pid, text=f"Lembrança {i}", date="1957-06",
                           tags=["festa"])["id"] for i in range(3)]
    listed = api.call("GET", f"/api/personas/{pid}/memories", alice).json_body
    assert [m["id"] for m in listed["items"]] == made[::-1]
    mid = made[0]
    r = api.call("PATCH", f"/api/personas/{pid}/memories/{mid}", alice,
                 {"title": "Festa", "date": None})
    assert r.status_code == 200 and r.json_body["date"] is None
    assert api.call("DELETE", f"/api/personas/{pid}/memories/{mid}", alice).status_code == 204
    assert api.call("GET", f"/api/personas/{pid}/memories/{mid}", alice).status_code == 404
    assert api.call("GET", f"/api/personas/{pid}", alice).json_body["memory_count"] == 2


def test_memories_added_in_one_millisecond_list_newest_first(api: Api, alice: User,
                                                             monkeypatch) -> None:
    """A family adding memories back to back can add several in one millisecond: their order
    (the listing's, and the export's pages) is kept to the microsecond."""
    pid = api.create_persona(alice)["id"]
    # From here the clock moves 1 µs a reading, starting on a millisecond's edge.
    start = ids.now().replace(microsecond=0) + dt.timedelta(seconds=1)
    steps = itertools.count(1)
    monkeypatch.setattr(ids, "now", lambda: start + dt.timedelta(microseconds=next(steps)))
    made = [api.add_memory(alice, pid, text=f"Lembrança {i}")["id"] for i in range(3)]
    listed = api.call("GET", f"/api/personas/{pid}/memories", alice).json_body["items"]
    assert len({m["created_at"][:23] for m in listed}) == 1  # all in one millisecond
    assert [m["id"] for m in listed] == made[::-1]


def test_search_uses_the_chats_ranking_and_returns_scores(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid, text="Trabalhei na ferrovia até 1970.")
    festa = api.add_memory(alice, pid, text="Conheci a Cida na festa junina.")["id"]
    r = api.call("GET", f"/api/personas/{pid}/memories?q=how+did+you+meet+grandma", alice)
    items = r.json_body["items"]
    assert items[0]["id"] == festa and items[0]["score"] > 0
    persona = runtime.store().get_persona(pid)
    expected = [m["id"] for m, _ in retrieval.search(runtime.store(), persona,
                                                     "how did you meet grandma", 20)]
    assert [m["id"] for m in items] == expected


def test_search_says_which_memories_a_reply_would_draw_on(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid, text="Pescamos no rio Grande em 1958.")
    api.add_memory(alice, pid, text="A festa junina da igreja tinha quadrilha.")
    items = api.call("GET", f"/api/personas/{pid}/memories?q=pescaria+no+rio+Grande",
                     alice).json_body["items"]
    assert [(m["answers"], 0 <= m["relevance"] <= 1) for m in items] == [(True, True)]
    items = api.call("GET", f"/api/personas/{pid}/memories?q=festa+de+aniversario+no+rio",
                     alice).json_body["items"]
    assert items and not any(m["answers"] for m in items)
    assert all(m["relevance"] < 0.5 for m in items)


def test_search_index_follows_memory_changes(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    mid = api.add_memory(alice, pid, text="Pescaria no rio.")["id"]
    assert api.call("GET", f"/api/personas/{pid}/memories?q=pescaria", alice).json_body["items"]
    api.call("PATCH", f"/api/personas/{pid}/memories/{mid}", alice, {"text": "Feijoada."})
    assert api.call("GET", f"/api/personas/{pid}/memories?q=pescaria",
                    alice).json_body["items"] == []


def test_invite_expires_and_has_bounded_uses(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    code = api.call("POST", f"/api/personas/{pid}/invites", alice,
                    {"role": "visitor", "max_uses": 1}).json_body["code"]
    assert api.call("POST", f"/api/invites/{code}/accept", bob).status_code == 200
    assert api.call("POST", f"/api/invites/{code}/accept", bob).status_code == 200  # no-op
    carol = api.login("carol@example.com", "Carol")
    r = api.call("POST", f"/api/invites/{code}/accept", carol)
    assert r.status_code == 410 and "ask for a new one" in r.json_body["Message"]
    assert api.call("GET", f"/api/personas/{pid}", carol).status_code == 404


def test_expired_invite_is_refused(api: Api, alice: User, bob: User, monkeypatch) -> None:
    pid = api.create_persona(alice)["id"]
    code = api.call("POST", f"/api/personas/{pid}/invites", alice,
                    {"role": "visitor", "expires_in_days": 1}).json_body["code"]
    real_now = ids.now
    monkeypatch.setattr(ids, "now", lambda: real_now() + __import__("datetime").timedelta(days=2))
    assert api.call("POST", f"/api/invites/{code}/accept", bob).status_code == 410


def test_unknown_or_malformed_invite_codes_are_404(api: Api, bob: User) -> None:
    for code in ["x" * 32, "short", "%2e%2e"]:
        assert api.call("POST", f"/api/invites/{code}/accept", bob).status_code == 404


def test_members_list_and_revoke(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.invite_and_accept(alice, pid, bob, role="editor")
    members = api.call("GET", f"/api/personas/{pid}/members", alice).json_body["items"]
    assert [(m["name"], m["role"]) for m in members] == [("Alice Ferreira", "owner"),
                                                        ("Bob Souza", "editor")]
    assert api.call("DELETE", f"/api/personas/{pid}/members/{bob.id}", alice).status_code == 204
    assert api.call("DELETE", f"/api/personas/{pid}/members/{bob.id}", alice).status_code == 404


def test_conversation_greeting_and_paged_messages(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, greeting="Oi, minha querida!")["id"]
    started = api.call("POST", f"/api/personas/{pid}/conversations", alice,
                       {"visitor_name": "Ana", "relationship": "neta"})
    assert started.status_code == 201
    assert started.json_body["greeting"]["text"] == "Oi, minha querida!"
    cid = started.json_body["id"]
    read = api.call("GET", f"/api/conversations/{cid}?limit=1", alice).json_body
    assert read["messages"]["items"][0]["text"] == "Oi, minha querida!"
    listed = api.call("GET", f"/api/personas/{pid}/conversations", alice).json_body["items"]
    assert [c["id"] for c in listed] == [cid]
    assert api.call("DELETE", f"/api/conversations/{cid}", alice).status_code == 204
    assert api.call("GET", f"/api/conversations/{cid}", alice).status_code == 404


def test_default_greeting_speaks_the_personas_language(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, language="en")["id"]
    r = api.call("POST", f"/api/personas/{pid}/conversations", alice, {"visitor_name": "Sam"})
    assert r.json_body["greeting"]["text"].startswith("Hello, Sam.")


def test_paused_persona_takes_no_new_conversation(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, status="paused")["id"]
    r = api.call("POST", f"/api/personas/{pid}/conversations", alice, {})
    assert r.status_code == 409 and "paused" in r.json_body["Message"]


def test_export_holds_everything_mine(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid, text="Conheci a Cida.")
    api.invite_and_accept(alice, pid, bob, role="editor")
    api.add_memory(bob, pid, text="Memória do Bob.")
    api.call("POST", f"/api/personas/{pid}/conversations", bob, {})
    mine = api.call("GET", "/api/me/export", alice).json_body
    assert [p["id"] for p in mine["personas_owned"]] == [pid]
    assert [m["persona_id"] for m in mine["memories"]] == [pid, pid]
    assert mine["conversations"] == []  # Bob's conversation is Bob's
    his = api.call("GET", "/api/me/export", bob).json_body
    assert [m["text"] for m in his["memories"]] == ["Memória do Bob."]
    assert len(his["conversations"]) == 1 and his["memberships"][0]["role"] == "editor"


def test_deleting_a_persona_erases_everything_under_it(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    for i in range(3):
        api.add_memory(alice, pid, text=f"Lembrança guardada número {i}")
    api.invite_and_accept(alice, pid, bob)
    api.call("POST", f"/api/personas/{pid}/conversations", bob, {})
    api.call("POST", f"/api/personas/{pid}/invites", alice, {"role": "visitor"})
    assert api.call("DELETE", f"/api/personas/{pid}", alice).status_code == 204
    left = [i for i in all_items() if not i["PK"].startswith("LOCALLOGIN#")]
    # What stays is Bob's own notice that it was deleted (ownership.py): a name, no memory.
    assert [(i["PK"], i["event"]) for i in left] == [(f"USER#{bob.id}", "legacy_deleted")]
    # (a memory's words, not "m0": a random id may hold that by chance)
    assert pid not in repr(left) and "Lembrança guardada" not in repr(left)
    assert api.call("GET", "/api/personas", bob).json_body["items"] == []


def test_erasing_me_leaves_no_items(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid, text="Conheci a Cida.")
    api.invite_and_accept(alice, pid, bob)
    api.call("POST", f"/api/personas/{pid}/conversations", bob, {})
    bobs = api.create_persona(bob)["id"]
    api.invite_and_accept(bob, bobs, alice)
    api.call("POST", f"/api/personas/{bobs}/conversations", alice, {})
    # Bob belongs to Alice's legacy: her erasure says explicitly that it goes (ownership.py).
    assert api.call("DELETE", "/api/me", alice, {
        "legacies": [{"persona_id": pid, "decision": "delete"}]}).status_code == 204
    assert api.call("DELETE", "/api/me", bob).status_code == 204
    marks = [i for i in all_items() if i["PK"].startswith("ERASED#")]
    assert item_count() == len(marks) == 2  # nothing else is left
    assert_anonymous_erasure_marks(marks, alice, bob)


def assert_anonymous_erasure_marks(marks: list[dict], *people: User) -> None:
    """What an erasure leaves: a hash of the user id and when the mark expires, nothing else."""
    for mark in marks:
        assert set(mark) == {"PK", "SK", "kind", "erased_at", "expires_at"}, mark
        assert time.time() < mark["expires_at"] <= time.time() + 12 * 3600 + 300  # local tokens
        for person in people:
            assert person.id not in repr(mark) and person.email not in repr(mark)


def test_an_erased_accounts_token_can_write_nothing_more(api: Api, alice: User,
                                                         bob: User) -> None:
    """Another tab, or a request in flight, still holds a token that verifies until it expires;
    nothing of the erased account may come back through it."""
    bobs = api.create_persona(bob)["id"]
    code = api.call("POST", f"/api/personas/{bobs}/invites", bob, {"role": "editor"}).json_body
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    before = sorted(map(repr, all_items()))
    consent = {"basis": "self", "statement": "Eu.", "attested_by": "Alice"}
    for path, body in [
            ("/api/personas", {"name": "Alice", "language": "en", "consent": consent}),
            (f"/api/invites/{code['code']}/accept", None)]:
        r = api.call("POST", path, alice, body)
        assert r.status_code == 401, (path, r.body)
        assert r.json_body["Message"].startswith("this account was erased")
    # Every other route needs a role or a conversation first, and the erasure removed them.
    assert api.call("POST", f"/api/personas/{bobs}/conversations", alice, {}).status_code == 404
    assert sorted(map(repr, all_items())) == before
    assert api.call("GET", "/api/personas", alice).json_body["items"] == []  # reads: nothing
    assert api.call("DELETE", "/api/me", alice).status_code == 204  # erasing again is fine
    assert api.call("POST", f"/api/personas/{bobs}/conversations", bob, {}).status_code == 201


def test_signing_in_again_after_an_erasure_starts_afresh(api: Api, alice: User) -> None:
    """A token issued after the erasure is welcome, even for the same user id (a Cognito user
    whose deletion failed signs in with the same sub)."""
    from chalicelib import runtime
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    later = runtime.local_issuer().issue(alice.id, alice.email, alice.name, now=time.time() + 2)
    fresh = User(alice.id, alice.email, alice.name, later)
    assert api.create_persona(fresh)["role"] == "owner"


def test_erasing_again_from_an_old_tab_leaves_the_new_account_alone(api: Api,
                                                                      alice: User) -> None:
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    again = api.login(alice.email, alice.name)
    assert again.id != alice.id
    pid = api.create_persona(again)["id"]
    assert api.call("DELETE", "/api/me", alice).status_code == 204  # the old tab
    assert api.login(alice.email, alice.name).id == again.id
    assert api.call("GET", f"/api/personas/{pid}", again).status_code == 200


@pytest.mark.parametrize("route", ["create", "accept"])
def test_an_erasure_that_begins_during_a_write_undoes_it(api: Api, alice: User, bob: User,
                                                         monkeypatch, route: str) -> None:
    """The erasure's mark lands between the route's first check and its write: the write is
    undone by the second check, since the erasure may have listed roles before it landed."""
    from chalicelib import runtime
    store = runtime.store()
    bobs = api.create_persona(bob)["id"]
    code = api.call("POST", f"/api/personas/{bobs}/invites", bob, {"role": "visitor"}).json_body
    before = sorted(repr(i) for i in all_items() if not i["PK"].startswith("LOCALLOGIN#"))
    name = "create_persona" if route == "create" else "accept_invite"
    real = getattr(store, name)

    def erased_meanwhile(*args, **kwargs):
        store.mark_erased(alice.id, int(time.time()) + 1, int(time.time()) + 3600)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, name, erased_meanwhile)
    if route == "create":
        r = api.call("POST", "/api/personas", alice, {
            "name": "Alice", "language": "en",
            "consent": {"basis": "self", "statement": "Eu.", "attested_by": "Alice"}})
    else:
        r = api.call("POST", f"/api/invites/{code['code']}/accept", alice)
    assert r.status_code == 401, r.body
    # (the erasure itself, which would also forget the local login, is not run here)
    left = [i for i in all_items() if not i["PK"].startswith(("ERASED#", "LOCALLOGIN#"))]
    after = sorted(map(repr, left))
    if route == "accept":  # the invite's use was spent; nothing of Alice's remains
        assert alice.id not in repr(left) and alice.email not in repr(left)
    else:
        assert after == before


def test_erasing_me_keeps_other_peoples_things(api: Api, alice: User, bob: User) -> None:
    bobs = api.create_persona(bob)["id"]
    api.invite_and_accept(bob, bobs, alice)
    api.call("POST", f"/api/personas/{bobs}/conversations", alice, {})
    api.call("DELETE", "/api/me", alice)
    assert api.call("GET", f"/api/personas/{bobs}", bob).status_code == 200
    members = api.call("GET", f"/api/personas/{bobs}/members", bob).json_body["items"]
    assert [m["role"] for m in members] == ["owner"]
    assert all("alice" not in repr(i).lower() for i in all_items())


def test_health_and_config_are_public(api: Api) -> None:
    health = api.call("GET", "/api/health", None)
    assert health.status_code == 200 and health.json_body["store"]["state"] == "ok"
    config = api.call("GET", "/api/config", None).json_body
    assert config["auth"] == {"mode": "local"} and config["languages"] == ["pt-BR", "en"]


def test_wrong_content_type_is_415(api: Api, alice: User) -> None:
    r = api.call("POST", "/api/personas", alice, raw="name=x",
                 headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415


@pytest.mark.parametrize("query", ["limit=%C2%B2", "limit=%D9%A3"])
def test_non_ascii_digits_in_limit_are_a_400_not_a_500(api: Api, alice: User, query: str) -> None:
    assert api.call("GET", f"/api/personas?{query}", alice).status_code == 400


def test_a_deeply_nested_cursor_is_a_400_not_a_500(api: Api, alice: User) -> None:
    import base64
    cursor = base64.urlsafe_b64encode(b"[" * 1500).decode().rstrip("=")
    r = api.call("GET", f"/api/personas?cursor={cursor}", alice)
    assert r.status_code == 400 and "cursor" in r.json_body["Message"]


def test_erasing_me_removes_my_name_from_memories_i_wrote_for_others(api: Api, alice: User,
                                                                    bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.invite_and_accept(alice, pid, bob, role="editor")
    mid = api.add_memory(bob, pid, text="Lembrança do Bob.")["id"]
    api.call("DELETE", "/api/me", bob)
    assert api.call("GET", f"/api/personas/{pid}/memories/{mid}", alice).status_code == 200
    assert bob.id not in repr(all_items())


def test_no_conversation_starts_on_a_persona_erased_meanwhile(api: Api, alice: User) -> None:
    from chalicelib import runtime as rt
    from chalicelib.store.refusals import Refused
    pid = api.create_persona(alice)["id"]
    store = rt.store()
    store.delete_persona(pid)
    with pytest.raises(Refused, match="^persona_missing$"):
        store.create_conversation({"id": "c" * 22, "persona_id": pid, "user_id": alice.id,
                                   "created_at": "t"}, None)
    assert all_items() == [i for i in all_items() if i["PK"].startswith("LOCALLOGIN#")]


def test_no_message_lands_in_a_conversation_erased_meanwhile(api: Api, alice: User) -> None:
    from chalicelib import runtime as rt
    from chalicelib.store.refusals import Refused
    pid = api.create_persona(alice)["id"]
    cid = api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
    store = rt.store()
    store.delete_conversation(cid)
    with pytest.raises(Refused, match="^conversation_missing$"):
        store.begin_turn(cid, {"id": "m" * 22, "client_message_id": "client-0001",
                               "created_at": "t", "text": "segredo"}, "hash")
    assert "segredo" not in repr(all_items())


def test_owner_lists_and_cancels_invites(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    made = api.call("POST", f"/api/personas/{pid}/invites", alice,
                    {"role": "editor", "max_uses": 2}).json_body
    listed = api.call("GET", f"/api/personas/{pid}/invites", alice).json_body["items"]
    assert [(i["id"], i["role"], i["uses"], i["max_uses"]) for i in listed] == \
        [(made["id"], "editor", 0, 2)]
    assert "code" not in listed[0] and made["code"] not in repr(all_items())
    assert api.call("DELETE", f"/api/personas/{pid}/invites/{made['id']}", alice).status_code \
        == 204
    refused = api.call("POST", f"/api/invites/{made['code']}/accept", bob)
    assert refused.status_code == 410 and "cancelled" in refused.json_body["Message"]
    # A cancelled link (often sent to the wrong person) says so, and nothing about the legacy.
    assert api.call("GET", f"/api/invites/{made['code']}", bob).json_body == {"state": "cancelled"}
    assert api.call("GET", f"/api/personas/{pid}", bob).status_code == 404
    assert api.call("GET", f"/api/personas/{pid}/invites", alice).json_body["items"] == []
    assert api.call("DELETE", f"/api/personas/{pid}/invites/{made['id']}", alice).status_code \
        == 404


def test_an_invite_of_another_persona_cannot_be_cancelled_through_mine(api: Api, alice: User,
                                                                       bob: User) -> None:
    hers = api.create_persona(alice)["id"]
    invite = api.call("POST", f"/api/personas/{hers}/invites", alice,
                      {"role": "visitor"}).json_body
    mine = api.create_persona(bob)["id"]
    r = api.call("DELETE", f"/api/personas/{mine}/invites/{invite['id']}", bob)
    assert r.status_code == 404
    assert api.call("POST", f"/api/invites/{invite['code']}/accept", bob).status_code == 200


def test_an_invite_can_be_previewed_before_accepting(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice, name="Antônio Carlos")["id"]
    code = api.call("POST", f"/api/personas/{pid}/invites", alice,
                    {"role": "editor", "max_uses": 1}).json_body["code"]
    seen = api.call("GET", f"/api/invites/{code}", bob).json_body
    assert seen == {"persona_name": "Antônio Carlos", "role": "editor",
                    "invited_by": "Alice Ferreira", "expires_at": seen["expires_at"],
                    "state": "open"}
    assert api.call("GET", f"/api/personas/{pid}", bob).status_code == 404  # not joined yet
    api.call("POST", f"/api/invites/{code}/accept", bob)
    assert api.call("GET", f"/api/invites/{code}", bob).json_body["state"] == "member"
    carol = api.login("carol@example.com", "Carol")
    assert api.call("GET", f"/api/invites/{code}", carol).json_body["state"] == "used_up"
    assert api.call("GET", f"/api/invites/{'x' * 32}", carol).status_code == 404
    assert api.call("GET", f"/api/invites/{code}", None).status_code == 401


def test_an_unexpected_error_is_a_plain_500_and_its_log_carries_no_secret(
        sqlite_api: Api, monkeypatch) -> None:
    import logging

    from chalicelib import personas as personas_module
    bob = sqlite_api.login("bob@example.com", "Bob")
    code = "SECRETinviteCODE" + "x" * 16

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"boom while reading {code} and 'minha avó querida'")

    monkeypatch.setattr(personas_module, "accept_invite", broken)
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    keep = Keep()
    logging.getLogger("foreverus").addHandler(keep)
    try:
        r = sqlite_api.call("POST", f"/api/invites/{code}/accept", bob)
    finally:
        logging.getLogger("foreverus").removeHandler(keep)
    assert r.status_code == 500
    assert r.json_body == {"Code": "InternalServerError",
                           "Message": "An internal server error occurred."}
    logged = "\n".join(lines)
    assert "RuntimeError" in logged and "test_personas_api.py" in logged
    assert "SECRET" not in logged and "avó" not in logged and "boom" not in logged


def test_a_cancel_landing_while_an_acceptance_is_under_way_wins(api: Api, alice: User, bob: User,
                                                                 monkeypatch) -> None:
    """The acceptance read the invite as open and is about to write when the owner cancels:
    the cancel moves the invite's end to the epoch, so the write's condition fails whatever
    clock the acceptance read."""
    from chalicelib import runtime
    store = runtime.store()
    pid = api.create_persona(alice)["id"]
    made = api.call("POST", f"/api/personas/{pid}/invites", alice, {"role": "visitor"}).json_body
    real = store.accept_invite

    def cancelled_meanwhile(*args, **kwargs):
        assert api.call("DELETE", f"/api/personas/{pid}/invites/{made['id']}",
                        alice).status_code == 204
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "accept_invite", cancelled_meanwhile)
    r = api.call("POST", f"/api/invites/{made['code']}/accept", bob)
    assert (r.status_code, r.json_body) == (410, {
        "Code": "GoneError",
        "Message": "this invite has expired or has been used up; ask for a new one",
        "Reason": "invite_used_up"}), r.body
    assert api.call("GET", f"/api/personas/{pid}", bob).status_code == 404
