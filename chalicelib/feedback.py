"""Thumbs up or down, with an optional note, on a persona's reply in one's own conversation.

The feedback is stored on the reply itself, so the export carries it with the conversation and
deleting the conversation (or the persona, or the account) removes it. The operator page
counts it: the day it was given gets one more `feedback_up` or `feedback_down` (aggregates,
no ids), moved back when it is changed or removed, in the same write."""
from __future__ import annotations

from typing import Any

from chalicelib import access, ids
from chalicelib.errors import InvalidInput, NotFound
from chalicelib.identity import Identity
from chalicelib.logs import log
from chalicelib.ops import metrics
from chalicelib.schemas import FEEDBACK
from chalicelib.store.repository import Store
from chalicelib.validation import validate


def reply_for(store: Store, caller: Identity, conversation_id: str,
              message_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """One of my conversations and one of its persona's replies (400 for my own message or
    the greeting, 404 for anything I cannot address)."""
    conversation = access.conversation_for(store, conversation_id, caller)
    found = store.find_message(conversation_id, message_id) if ids.is_id(message_id) else None
    if found is None:
        raise NotFound("message not found")
    if found.get("role") != "persona" or found.get("type") == "greeting":
        raise InvalidInput("message_id: must be one of the persona's replies (not your own "
                           "message, nor the greeting)", reason="not_a_reply")
    return conversation, found


def give(store: Store, caller: Identity, conversation_id: str, message_id: str,
         body: dict[str, Any]) -> dict[str, Any]:
    """Give or change my feedback on a reply; the feedback as stored."""
    data = validate(FEEDBACK, body)
    _, reply = reply_for(store, caller, conversation_id, message_id)
    feedback = {"rating": data["rating"], "note": data.get("note") or "",
                "given_at": ids.now_iso()}
    store.set_feedback(conversation_id, reply,
                       feedback, metrics.feedback_updates(reply.get("feedback"), feedback))
    log("feedback", conversation=conversation_id, rating=feedback["rating"],
        note_chars=len(feedback["note"]))  # never the note itself
    return {"message_id": message_id, "feedback": feedback}


def remove(store: Store, caller: Identity, conversation_id: str, message_id: str) -> None:
    """Take my feedback on a reply back (nothing to do when there is none)."""
    _, reply = reply_for(store, caller, conversation_id, message_id)
    if reply.get("feedback") is None:
        return
    store.set_feedback(conversation_id, reply, None,
                       metrics.feedback_updates(reply.get("feedback"), None))
    log("feedback_removed", conversation=conversation_id)
