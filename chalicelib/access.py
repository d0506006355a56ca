"""Who may read or change what. Every use case calls these before touching an object."""
from __future__ import annotations

from typing import Any, Callable

from chalicelib.errors import Forbidden, NotFound, Unauthenticated
from chalicelib.identity import Identity
from chalicelib.ids import is_id
from chalicelib.store.repository import Store

RANK = {"visitor": 1, "editor": 2, "owner": 3}
NEEDS = {
    "editor": "only the persona's owner or an editor can do this",
    "owner": "only the persona's owner can do this",
}


def persona_for(store: Store, persona_id: str, caller: Identity,
                need: str = "visitor") -> tuple[dict[str, Any], str]:
    """The persona and the caller's role, if the caller has at least role `need`.

    A persona the caller has no role on is a 404, exactly like one that does not exist."""
    if not is_id(persona_id):
        raise NotFound("persona not found")
    membership = store.get_membership(persona_id, caller.user_id)
    if membership is None:
        raise NotFound("persona not found")
    return role_on(membership, store.get_persona(persona_id), need)


def role_on(membership: dict[str, Any] | None, persona: dict[str, Any] | None,
            need: str = "visitor") -> tuple[dict[str, Any], str]:
    """The persona and the caller's role, from their membership and the persona as read (a
    turn reads both in its one batch read, strongly consistent: a revoked member is refused on
    the very next request): no role, or no persona, is a 404; a role too low, a 403."""
    if membership is None or persona is None:
        raise NotFound("persona not found")
    role = membership["role"]
    if RANK[role] < RANK[need]:
        raise Forbidden(NEEDS[need])
    return persona, role


def conversation_for(store: Store, conversation_id: str, caller: Identity) -> dict[str, Any]:
    """A conversation, only for the person who had it (owners of the persona included)."""
    if not is_id(conversation_id):
        raise NotFound("conversation not found")
    return own_conversation(store.get_conversation(conversation_id), caller)


def own_conversation(conversation: dict[str, Any] | None,
                     caller: Identity) -> dict[str, Any]:
    """A conversation as read, only for the person who had it: anyone else's is a 404."""
    if conversation is None or conversation["user_id"] != caller.user_id:
        raise NotFound("conversation not found")
    return conversation


def is_operator(caller: Identity, admin_emails: frozenset[str]) -> bool:
    """Operators: the Cognito group `admins`, or a configured e-mail on the local stage."""
    return "admins" in caller.groups or (bool(caller.email) and caller.email in admin_emails)


ERASED = "this account was erased; sign in again to start afresh"


def refuse_if_erased(store: Store, caller: Identity,
                     undo: Callable[[], object] | None = None) -> None:
    """A token issued before its account was erased starts nothing anew (see account.erase).

    The routes that give the caller a role they did not have call this before their write,
    and again after it with a way to undo it: an erasure that began between the two might
    have listed the caller's roles before the write landed."""
    if store.was_erased(caller.user_id, caller.issued_at):
        if undo is not None:
            undo()
        raise Unauthenticated(ERASED, reason="account_erased")
