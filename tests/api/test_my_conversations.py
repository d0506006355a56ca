"""`GET /api/me/conversations`: every conversation I had, whichever legacy, even after my role
there was taken away (then without the legacy's name): they stay mine to read and delete."""
from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Api, User


def assert_documented(page: dict[str, Any]) -> None:
    """The page is what docs/openapi.yaml says this route answers."""
    import yaml

    from tests.docs.test_openapi import SPEC_PATH, validator
    doc = yaml.safe_load(SPEC_PATH.read_text())
    errors = [e.message for e in validator(doc, {"$ref": "#/components/schemas/MyConversationList"})
              .iter_errors(page)]
    assert errors == []


def start(api: Api, user: User, pid: str, visitor: str) -> str:
    r = api.call("POST", f"/api/personas/{pid}/conversations", user, {"visitor_name": visitor})
    assert r.status_code == 201, r.body
    return r.json_body["id"]


def listed(api: Api, user: User, limit: int = 100) -> list[dict[str, Any]]:
    found, cursor = [], None
    while True:
        query = f"?limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        r = api.call("GET", f"/api/me/conversations{query}", user)
        assert r.status_code == 200, r.body
        found += r.json_body["items"]
        cursor = r.json_body["next_cursor"]
        if cursor is None:
            return found


def test_my_conversations_with_every_legacy_each_with_my_role_there(
        api: Api, alice: User, bob: User) -> None:
    mine = api.create_persona(alice, name="Antônio")["id"]
    theirs = api.create_persona(bob, name="Tio Zé")["id"]
    api.invite_and_accept(bob, theirs, alice)
    talks = {start(api, alice, mine, "Ana"), start(api, alice, mine, "Ana de novo"),
             start(api, alice, theirs, "Ana")}
    start(api, bob, theirs, "Bob")  # Bob's, never in Alice's list
    found = listed(api, alice)
    assert {c["id"] for c in found} == talks
    roles = {(c["persona_name"], c["role"]) for c in found}
    assert roles == {("Antônio", "owner"), ("Tio Zé", "visitor")}
    assert listed(api, alice, limit=1) == found  # pages join into the same list


def test_after_my_role_is_taken_away_my_conversations_stay_mine(
        api: Api, alice: User, bob: User) -> None:
    theirs = api.create_persona(bob, name="Tio Zé")["id"]
    api.invite_and_accept(bob, theirs, alice)
    cid = start(api, alice, theirs, "Ana")
    assert api.call("DELETE", f"/api/personas/{theirs}/members/{alice.id}",
                    bob).status_code == 204
    [left] = listed(api, alice)
    assert left["id"] == cid and left["role"] is None
    assert api.call("GET", f"/api/conversations/{cid}", alice).json_body["role"] is None
    assert_documented({"items": [left], "next_cursor": None})
    assert left["persona_name"] is None  # the legacy is no longer hers to see
    assert api.call("GET", f"/api/conversations/{cid}", alice).status_code == 200
    assert api.call("DELETE", f"/api/conversations/{cid}", alice).status_code == 204
    assert listed(api, alice) == []


@pytest.mark.parametrize("query", ["page=2", "limit=0", "limit=101", "cursor=not-a-cursor"])
def test_bad_paging_is_a_400_naming_it(sqlite_api: Api, query: str) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    r = sqlite_api.call("GET", f"/api/me/conversations?{query}", alice)
    assert r.status_code == 400, r.body
    assert r.json_body["Message"].split(":")[0] in query
