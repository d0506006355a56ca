"""Conversations: start (with the persona's greeting), list mine, read, delete."""
from __future__ import annotations

from typing import Any

from chalicelib import access, ids, memories
from chalicelib.errors import PersonaNotActive
from chalicelib.identity import Identity
from chalicelib.persona import language as languages
from chalicelib.schemas import CONVERSATION_START
from chalicelib.store.repository import Store
from chalicelib.validation import validate

DEFAULT_GREETINGS = {
    "pt-BR": "Olá{vocative}. Que bom ter você aqui. Sobre o que você quer conversar?",
    "en": "Hello{vocative}. I'm glad you're here. What would you like to talk about?",
}
PAUSED = {
    "paused": "this persona is paused by its owner; conversations are closed for now",
    "retired": "this persona has been retired by its owner; it no longer takes conversations",
}
CONVERSATION_FIELDS = ("id", "persona_id", "visitor_name", "relationship", "language",
                       "created_at", "updated_at")


def view(conversation: dict[str, Any]) -> dict[str, Any]:
    """A conversation as the API shows it to the person who had it."""
    return {k: conversation.get(k) for k in CONVERSATION_FIELDS}


def greeting_for(persona: dict[str, Any], visitor: str, language: str | None = None) -> str:
    """The persona's recorded greeting when it is in the visitor's language, else a plain one
    in the visitor's language (the persona's when the visitor's is not known)."""
    persona_language = persona.get("language", "en")
    language = language or persona_language
    recorded = str(persona.get("greeting") or "")
    if recorded and languages.detect(recorded, persona_language) == language:
        return recorded
    template = DEFAULT_GREETINGS.get(language, DEFAULT_GREETINGS["en"])
    return template.format(vocative=f", {visitor}" if visitor else "")


def start(store: Store, caller: Identity, persona_id: str, body: dict[str, Any],
          accept_language: str | None = None) -> dict:
    """A new conversation with a persona the caller may talk to; it opens with the greeting in
    the visitor's language (the body's `language`, else the Accept-Language header's, else the
    persona's)."""
    persona, _ = access.persona_for(store, persona_id, caller)
    data = validate(CONVERSATION_START, body)
    if persona.get("status", "active") != "active":
        raise PersonaNotActive(PAUSED[persona["status"]], reason=persona["status"])
    now = ids.now_iso()
    visitor = data.get("visitor_name") or caller.name
    language = (data.get("language") or languages.from_accept_language(accept_language)
                or persona.get("language", "en"))
    conversation = {"id": ids.new_id(), "persona_id": persona_id, "user_id": caller.user_id,
                    "visitor_name": visitor, "relationship": data.get("relationship", ""),
                    "language": language, "created_at": now, "updated_at": now}
    greeting = {"id": ids.new_id(), "role": "persona", "type": "greeting",
                "text": greeting_for(persona, visitor, language), "created_at": now,
                "ai_generated": False, "language": language}
    store.create_conversation(conversation, greeting)
    return {**view(conversation), "greeting": greeting}


def list_all_mine(store: Store, caller: Identity, cursor: str | None,
                  limit: int) -> dict[str, Any]:
    """Every conversation I had, with any persona, each with my role there now (None once it
    was taken away: the conversation stays mine to read and delete) and, while I have a role,
    the persona's name."""
    page = store.list_all_conversations(caller.user_id, cursor, limit)
    roles = {m["persona_id"]: m["role"] for m in store.memberships_of(caller.user_id)}
    names = {p["id"]: p.get("name") for p in store.personas_by_id(
        [c["persona_id"] for c in page["items"] if c["persona_id"] in roles])}
    page["items"] = [{**view(c), "role": roles.get(c["persona_id"]),
                      "persona_name": names.get(c["persona_id"])} for c in page["items"]]
    return page


def list_mine(store: Store, caller: Identity, persona_id: str, cursor: str | None,
              limit: int) -> dict[str, Any]:
    """My conversations with one persona, newest first (never anyone else's)."""
    access.persona_for(store, persona_id, caller)
    page = store.list_conversations(caller.user_id, persona_id, cursor, limit)
    page["items"] = [view(c) for c in page["items"]]
    return page


def read(store: Store, caller: Identity, conversation_id: str, cursor: str | None,
         limit: int, order: str = "oldest") -> dict[str, Any]:
    """One of my conversations with a page of its messages, oldest first, or newest first so
    that a long conversation opens at its end and pages back."""
    conversation = access.conversation_for(store, conversation_id, caller)
    messages = store.list_messages(conversation_id, cursor, limit, newest_first=order == "newest")
    # Chips name the memories a reply used while the caller may still read them: not after
    # their role on the persona was taken away.
    membership = store.get_membership(conversation["persona_id"], caller.user_id)
    if membership is not None:
        memories.name_sources(store, conversation["persona_id"], messages["items"])
    return {**view(conversation), "role": membership["role"] if membership else None,
            "messages": messages}


def delete(store: Store, caller: Identity, conversation_id: str) -> None:
    """Erase one of my conversations with its messages."""
    access.conversation_for(store, conversation_id, caller)
    store.delete_conversation(conversation_id)
