"""Data rights: who am I, everything of mine as JSON, and erase me."""
from __future__ import annotations

from typing import Any

from chalicelib import conversations, ids, memories, personas
from chalicelib.identity import Identity
from chalicelib.store.repository import Store


def me(caller: Identity, operator: bool) -> dict[str, Any]:
    """The caller's identity as the website shows it."""
    return {"id": caller.user_id, "email": caller.email, "name": caller.name,
            "operator": operator}


def export(store: Store, caller: Identity) -> dict[str, Any]:
    """Everything the caller owns or wrote: personas (whole), memberships, conversations."""
    owned, shared, written = [], [], []
    for membership in store.memberships_of(caller.user_id):
        pid = membership["persona_id"]
        persona = store.get_persona(pid)
        if persona is None:
            continue
        all_memories = store.all_memories(pid)
        if membership["role"] == "owner":
            owned.append({
                **personas.view(persona, "owner"),
                "memories": [memories.view(m) for m in all_memories],
                "members": [{k: m.get(k) for k in ("name", "email", "role", "joined_at")}
                            for m in store.list_members(pid)],
            })
        else:
            shared.append({"persona_id": pid, "name": persona.get("name"),
                           "role": membership["role"], "joined_at": membership.get("joined_at")})
            written += [{**memories.view(m), "persona_id": pid} for m in all_memories
                        if m.get("created_by") == caller.user_id]
    talks = []
    for conversation in store.conversations_of(caller.user_id):
        messages = []
        cursor = None
        while True:
            page = store.list_messages(conversation["id"], cursor, 100)
            messages += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        talks.append({**conversations.view(conversation), "messages": messages})
    user = {"id": caller.user_id, "email": caller.email, "name": caller.name}
    return {"exported_at": ids.now_iso(), "user": user,
            "personas_owned": owned, "memberships": shared, "memories_written": written,
            "conversations": talks,
            "usage": [{"day": u["SK"][len("USAGE#"):], "messages": u.get("messages", 0)}
                      for u in store.usage_of(caller.user_id)]}


def erase(store: Store, caller: Identity, local_login: bool) -> None:
    """Erase the caller: owned personas with everything under them, conversations, roles."""
    for conversation in list(store.conversations_of(caller.user_id)):
        store.delete_conversation(conversation["id"])
    for membership in list(store.memberships_of(caller.user_id)):
        if membership["role"] == "owner":
            store.delete_persona(membership["persona_id"])
        else:
            store.forget_author(membership["persona_id"], caller.user_id)
            store.remove_member(membership["persona_id"], caller.user_id)
    store.forget_usage(caller.user_id)
    store.forget_revocations(caller.user_id)
    if local_login and caller.email:
        store.forget_local_login(caller.email)
