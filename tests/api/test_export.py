"""`GET /api/me/export`: everything of mine, in pages that each fit a Lambda response.

The pages, joined, are the same export whatever the page size: nothing lost, nothing twice, in
the same order; each page stays under its budget as the Lambda proxy envelope counts it."""
from __future__ import annotations

import base64
import io
import json
import time
from typing import Any

import pytest

from chalicelib import export
from tests.conftest import Api, User


def world(api: Api, alice: User, bob: User) -> dict[str, Any]:
    """Alice owns two legacies and edits Bob's, where she and Bob both wrote memories; she had
    two conversations; Bob had one with her legacy (his, not hers)."""
    first = api.create_persona(alice, name="Antônio 👴🏽", biography='Dizia "bom dia" a todos.')
    second = api.create_persona(alice, name="Cida", language="en", voice="masculine")
    for n in range(5):
        api.add_memory(alice, first["id"], text=f"Memória {n} — \"aspas\" e \\barras\\ 🎉",
                       title=f"M{n}")
    for n in range(3):
        api.add_memory(alice, second["id"], text=f"Memory {n}")
    theirs = api.create_persona(bob, name="Tio Zé")
    api.invite_and_accept(bob, theirs["id"], alice, role="editor")
    for n in range(5):
        author = alice if n % 2 else bob
        api.add_memory(author, theirs["id"], text=f"Zé {n} by {author.name}")
    api.invite_and_accept(alice, first["id"], bob)
    for user, pid in ((alice, first["id"]), (alice, second["id"]), (bob, first["id"])):
        cid = api.call("POST", f"/api/personas/{pid}/conversations", user, {}).json_body["id"]
        for n in range(2):
            r = api.call("POST", f"/api/conversations/{cid}/messages", user,
                         {"text": f"Pergunta {n}?", "client_message_id": f"m-{cid}-{n}"})
            assert r.status_code == 201, r.body
    return {"first": first["id"], "second": second["id"], "theirs": theirs["id"]}


def pages(api: Api, user: User) -> list[dict[str, Any]]:
    """Every page of a user's export, following the cursors."""
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = "" if cursor is None else f"?cursor={cursor}"
        r = api.call("GET", f"/api/me/export{query}", user)
        assert r.status_code == 200, r.body
        found.append(r.json_body)
        envelope = json.dumps({"statusCode": 200, "headers": dict(r.headers),
                               "body": r.body.decode()})
        found[-1]["_envelope_bytes"] = len(envelope)
        cursor = r.json_body["next_cursor"]
        if cursor is None:
            return found
        assert len(found) < 500, "the cursors go round in circles"


def joined(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The pages joined as the website joins them: lists concatenated, the rest from the first."""
    whole = {k: v for k, v in found[0].items()
             if k not in ("exported_at", "next_cursor", "_envelope_bytes")}
    for page in found[1:]:
        assert page["memberships"] == [] and page["usage"] == []  # whole, on the first page
        assert page["user"] == whole["user"] and page["format"] == whole["format"]
        for name in export.LISTS:
            whole[name] = whole[name] + page[name]
    return whole


def test_a_small_export_is_one_page_holding_everything_of_mine(
        api: Api, alice: User, bob: User) -> None:
    ids = world(api, alice, bob)
    found = pages(api, alice)
    assert len(found) == 1
    mine = found[0]
    assert mine["format"] == "forever-us-export/2"
    assert mine["user"] == {"id": alice.id, "email": alice.email, "name": alice.name}
    assert sorted(p["id"] for p in mine["personas_owned"]) == sorted([ids["first"], ids["second"]])
    owned = {p["id"]: p for p in mine["personas_owned"]}
    assert owned[ids["first"]]["name"] == "Antônio 👴🏽"
    assert owned[ids["first"]]["consent"]["statement"]  # the owner's whole record
    # The voice chosen for reading replies aloud (the audio itself is derived: not exported).
    assert [owned[ids[k]]["voice"] for k in ("first", "second")] == ["feminine", "masculine"]
    assert {m["email"] for m in owned[ids["first"]]["members"]} == {alice.email, bob.email}
    by_persona: dict[str, list[str]] = {}
    for memory in mine["memories"]:
        by_persona.setdefault(memory["persona_id"], []).append(memory["text"])
    assert len(by_persona[ids["first"]]) == 5 and len(by_persona[ids["second"]]) == 3
    assert sorted(by_persona[ids["theirs"]]) == ["Zé 1 by Alice Ferreira", "Zé 3 by Alice Ferreira"]
    assert mine["memberships"] == [{"persona_id": ids["theirs"], "name": "Tio Zé",
                                    "role": "editor",
                                    "joined_at": mine["memberships"][0]["joined_at"]}]
    assert len(mine["conversations"]) == 2  # Bob's conversation with her legacy is Bob's
    talks = {c["id"] for c in mine["conversations"]}
    assert {m["conversation_id"] for m in mine["messages"]} == talks
    assert len(mine["messages"]) == 2 * (1 + 2 * 2)  # greeting, then two questions and replies
    assert sum(u["messages"] for u in mine["usage"]) == 4
    assert mine["next_cursor"] is None
    assert "created_by" not in json.dumps(mine) and "embedding" not in json.dumps(mine)


@pytest.mark.parametrize("budget", [1, 700, 2_500])
def test_pages_of_any_size_join_into_the_same_export(
        api: Api, alice: User, bob: User, monkeypatch, budget: int) -> None:
    world(api, alice, bob)
    whole = joined(pages(api, alice))
    monkeypatch.setattr(export, "PAGE_BYTES", budget)
    found = pages(api, alice)
    assert len(found) > 1
    assert joined(found) == whole
    for page in found:
        records = sum(len(page[name]) for name in export.LISTS)
        assert records >= 1 or page is found[0]
        if records > 1:  # a record larger than the budget travels alone
            frame = 2_000  # status, headers and the page's own keys
            assert page["_envelope_bytes"] <= budget + frame, (budget, page["_envelope_bytes"])


def test_one_record_per_page_resumes_at_every_kind_of_position(
        sqlite_api: Api, monkeypatch) -> None:
    """Budget 1 cuts before every record: persona records, their memories, filtered memories
    in a shared legacy (offsets count the items the filter skipped), conversations and their
    messages, across store pages (a store page here holds 3)."""
    api = sqlite_api
    alice, bob = api.login("alice@example.com", "Alice"), api.login("bob@example.com", "Bob")
    world(api, alice, bob)
    whole = joined(pages(api, alice))
    monkeypatch.setattr(export, "STORE_PAGE", 3)
    monkeypatch.setattr(export, "PAGE_BYTES", 1)
    found = pages(api, alice)
    records = sum(len(whole[name]) for name in export.LISTS)
    assert len(found) == records
    assert joined(found) == whole


def test_the_export_of_someone_with_nothing_is_one_empty_page(api: Api, alice: User) -> None:
    found = pages(api, alice)
    assert len(found) == 1
    assert all(found[0][name] == [] for name in export.LISTS)
    assert found[0]["memberships"] == [] and found[0]["usage"] == []


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _cursor(pid: str, **fields: Any) -> str:
    raw = {"v": 2, "s": "personas", "p": pid, "t": False, "a": None, **fields}
    return _b64(json.dumps(raw).encode())


def _store_cursor(key: dict[str, str]) -> str:
    return _b64(json.dumps(key, separators=(",", ":"), sort_keys=True).encode())


@pytest.mark.parametrize("make", [
    lambda pid, cid: "not-base64!!", lambda pid, cid: "e30", lambda pid, cid: "A" * 5000,
    lambda pid, cid: _b64(b"[1,2]"), lambda pid, cid: _b64(b"[" * 3000),
    lambda pid, cid: _b64(b'{"v":' * 1000),
    lambda pid, cid: _cursor(pid, v=1), lambda pid, cid: _cursor(pid, s="everything"),
    lambda pid, cid: _cursor(""), lambda pid, cid: _cursor(pid, p=7),
    lambda pid, cid: _cursor(pid, t="yes"), lambda pid, cid: _cursor(pid, a=5),
    lambda pid, cid: _cursor(pid, a="x"),  # a child position without a started parent
    lambda pid, cid: _cursor(pid, extra=1), lambda pid, cid: _cursor(pid, k=0),
    # Well formed, but its store cursor is not one from this legacy's memories ...
    lambda pid, cid: _cursor(pid, t=True, a="bm90LWEtY3Vyc29y"),
    lambda pid, cid: _cursor(pid, t=True, a=_store_cursor(
        {"PK": "P", "SK": "S", "GSI1PK": "MEMORIES#someone-else", "GSI1SK": "x"})),
    # ... or points outside the conversation's messages (DynamoDB would refuse the query).
    lambda pid, cid: _cursor(cid, s="conversations", t=True,
                             a=_store_cursor({"PK": f"CONV#{cid}", "SK": "A"})),
])
def test_a_cursor_this_export_did_not_write_is_400_naming_it(sqlite_api: Api, make) -> None:
    api = sqlite_api
    alice = api.login("alice@example.com", "Alice")
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid)
    cid = api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
    r = api.call("GET", f"/api/me/export?cursor={make(pid, cid)}", alice)
    assert r.status_code == 400, r.body
    assert r.json_body["Message"].startswith("cursor:")


@pytest.mark.parametrize("change", ["delete_one_already_out", "add_one", "delete_the_next"])
def test_memories_changed_between_pages_shift_nothing(
        api: Api, alice: User, monkeypatch, change: str) -> None:
    """A page resumes after the key of the last memory out, not at an offset, so a memory
    added or deleted meanwhile neither drops nor repeats the ones that follow."""
    pid = api.create_persona(alice)["id"]
    made = []
    for n in range(6):  # memories made in one millisecond would sort by their random ids
        made.append(api.add_memory(alice, pid, text=f"memory {n}"))
        time.sleep(0.002)
    monkeypatch.setattr(export, "PAGE_BYTES", 1)  # one record per page
    found = [api.call("GET", "/api/me/export", alice).json_body]  # the persona's record
    for _ in range(3):  # three memories out, newest first: 5, 4, 3
        found.append(api.call("GET", f"/api/me/export?cursor={found[-1]['next_cursor']}",
                              alice).json_body)
    assert [m["text"] for page in found for m in page["memories"]] == [
        "memory 5", "memory 4", "memory 3"]
    if change == "delete_one_already_out":
        assert api.call("DELETE", f"/api/personas/{pid}/memories/{made[5]['id']}",
                        alice).status_code == 204
    elif change == "add_one":
        api.add_memory(alice, pid, text="memory new")
    else:
        assert api.call("DELETE", f"/api/personas/{pid}/memories/{made[2]['id']}",
                        alice).status_code == 204
    while found[-1]["next_cursor"]:
        found.append(api.call("GET", f"/api/me/export?cursor={found[-1]['next_cursor']}",
                              alice).json_body)
    texts = [m["text"] for page in found for m in page["memories"]]
    expected = ["memory 5", "memory 4", "memory 3", "memory 2", "memory 1", "memory 0"]
    if change == "delete_the_next":
        expected.remove("memory 2")
    assert texts == expected  # the new one is newer than any cursor: it is not in this export


def test_a_page_of_many_small_conversations_stops_at_its_store_reads(
        sqlite_api: Api, monkeypatch) -> None:
    """Each conversation costs a query; a page stops at PAGE_READS so that thousands of short
    conversations cannot keep one request past API Gateway's 29 s."""
    api = sqlite_api
    alice = api.login("alice@example.com", "Alice")
    pid = api.create_persona(alice)["id"]
    for _ in range(12):
        assert api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).status_code == 201
    whole = joined(pages(api, alice))
    assert len(whole["conversations"]) == 12 and len(whole["messages"]) == 12  # greetings
    monkeypatch.setattr(export, "PAGE_READS", 3)
    found = pages(api, alice)
    assert len(found) >= 4
    assert joined(found) == whole


def test_unknown_query_parameters_are_refused(sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    r = sqlite_api.call("GET", "/api/me/export?page=2", alice)
    assert r.status_code == 400 and r.json_body["Message"].startswith("page:")


def test_someone_elses_cursor_shows_only_my_own_things(
        api: Api, alice: User, bob: User, monkeypatch) -> None:
    """Bob replays a cursor from inside Alice's export: the walk is over his own things."""
    ids = world(api, alice, bob)
    monkeypatch.setattr(export, "PAGE_BYTES", 1)
    cursor = api.call("GET", "/api/me/export", alice).json_body["next_cursor"]
    for _ in range(3):  # somewhere among the memories of Alice's first legacy
        cursor = api.call("GET", f"/api/me/export?cursor={cursor}", alice).json_body["next_cursor"]
    seen = []
    while cursor is not None:
        r = api.call("GET", f"/api/me/export?cursor={cursor}", bob)
        assert r.status_code == 200, r.body
        seen.append(r.json_body)
        cursor = r.json_body["next_cursor"]
    alices = {ids["first"], ids["second"]}
    assert not any(p["id"] in alices for page in seen for p in page["personas_owned"])
    assert not any(m["persona_id"] in alices for page in seen for m in page["memories"])
    his = {c["id"] for c in joined(pages(api, bob))["conversations"]}
    assert {c["id"] for page in seen for c in page["conversations"]} <= his


def test_photos_come_whole_with_their_memories_whatever_the_page_size(
        sqlite_api: Api, monkeypatch) -> None:
    """A memory record lists its photos; their files follow as base64 parts that join into the
    stored bytes, on pages of any budget (a photo is larger than a part, and a part than a
    page of budget 1). Only the photos of the memories exported: not another author's."""
    import os
    from urllib.parse import urlsplit

    from PIL import Image

    from chalicelib.photos import storage
    from tests.api.test_photos import added
    from tests.unit.test_photo_images import jpeg
    api = sqlite_api
    alice, bob = api.login("alice@example.com", "Alice"), api.login("bob@example.com", "Bob")
    pid = api.create_persona(alice)["id"]
    mid = api.add_memory(alice, pid)["id"]
    noise = io.BytesIO()  # about 1.4 MB that does not compress: two parts
    Image.frombytes("RGB", (800, 600), os.urandom(800 * 600 * 3)).save(noise, "PNG")
    big = added(api, alice, pid, mid, noise.getvalue(), caption="Ruído")
    small = added(api, alice, pid, mid, jpeg((64, 48)))
    theirs = api.create_persona(bob)["id"]
    api.invite_and_accept(bob, theirs, alice, role="editor")
    written = api.add_memory(alice, theirs)["id"]
    mine_there = added(api, alice, theirs, written, jpeg((32, 24)))
    added(api, bob, theirs, api.add_memory(bob, theirs)["id"], jpeg((32, 24)))  # Bob's

    def stored(photo: dict[str, Any]) -> bytes:
        """The stored file, read where its local link points."""
        data = storage.photo_files().read(
            urlsplit(photo["url"]).path[len(storage.LOCAL_PREFIX):], 1 << 26)
        assert data
        return data

    expected = {p["id"]: stored(p) for p in (big, small, mine_there)}
    whole = joined(pages(api, alice))
    for budget in (export.PAGE_BYTES, 1):
        monkeypatch.setattr(export, "PAGE_BYTES", budget)
        found = joined(pages(api, alice))
        assert found == whole
        listed = {p["id"]: p for m in found["memories"] for p in m["photos"]}
        assert set(listed) == set(expected)
        assert listed[big["id"]]["caption"] == "Ruído" and "url" not in listed[big["id"]]
        assert listed[big["id"]]["content_type"] == "image/png"
        files: dict[str, list[dict[str, Any]]] = {}
        for part in found["photos"]:
            files.setdefault(part["photo_id"], []).append(part)
        assert len(files[big["id"]]) == 2
        for photo_id, parts in files.items():
            assert [p["part"] for p in parts] == list(range(parts[0]["parts"]))
            data = b"".join(base64.b64decode(p["content_base64"]) for p in parts)
            assert data == expected[photo_id] and listed[photo_id]["bytes"] == len(data)
        assert set(files) == set(expected)
