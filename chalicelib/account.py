"""Data rights: who am I and erase me (everything of mine as JSON is in export.py)."""
from __future__ import annotations

import time
from typing import Any

from chalicelib import ownership
from chalicelib.identity import Identity, UserPool
from chalicelib.persona import retrieval
from chalicelib.store.repository import Store

ERASED_MARGIN = 300  # seconds past a token's lifetime: the verifier's leeway, and then some


def me(caller: Identity, operator: bool) -> dict[str, Any]:
    """The caller's identity as the website shows it."""
    return {"id": caller.user_id, "email": caller.email, "name": caller.name,
            "operator": operator}


def erase(store: Store, caller: Identity, local_login: bool, token_lifetime: int,
          user_pool: UserPool | None = None, body: dict[str, Any] | None = None) -> None:
    """Erase the caller: roles on others' personas, owned personas with everything under them,
    conversations, and last the sign-in itself. The data goes first: if the user pool cannot be
    reached, the caller's token still works for the retry, which finds only the user left.

    A token already issued stays valid until it expires (Cognito's ID tokens are checked
    against the pool's keys, not the pool), so a mark is left first, for as long as such a
    token lives: tokens issued before it cannot start anything anew (a persona, an accepted
    invite). Roles go before conversations, because starting a conversation needs a role: one
    started from another tab meanwhile is then found and erased too.

    A legacy other people belong to goes only as `body` decides (ownership.py): handed to one
    of its editors first, or deleted with its members told; without a decision for each such
    legacy nothing is erased (DecisionsNeeded)."""
    decisions = ownership.erasure_decisions(store, caller, body or {})
    store.mark_erased(caller.user_id, int(time.time()),
                      int(time.time()) + token_lifetime + ERASED_MARGIN)
    for decision in decisions:
        if decision.transfer_to is not None:
            ownership.transfer_on_leaving(store, caller, decision)
    memberships = list(store.memberships_of(caller.user_id))
    for membership in memberships:
        if membership["role"] != "owner":
            store.forget_author(membership["persona_id"], caller.user_id)
            store.remove_member(membership["persona_id"], caller.user_id)
    for membership in memberships:
        if membership["role"] == "owner":
            persona = store.get_persona(membership["persona_id"])
            if persona is not None:  # whoever belongs to it now (one may have just joined)
                ownership.tell_deleted(store, caller, persona, owner_left=True)
            store.delete_persona(membership["persona_id"])
            retrieval.CACHE.forget(membership["persona_id"])
    for conversation in list(store.conversations_of(caller.user_id)):
        store.delete_conversation(conversation["id"])
    store.forget_usage(caller.user_id)
    store.forget_revocations(caller.user_id)
    store.forget_notices(caller.user_id)
    if local_login and caller.email:
        store.forget_local_login(caller.email, caller.user_id)
    if user_pool is not None:
        user_pool.delete(caller)
