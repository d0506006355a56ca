"""Claim a turn: who is asking, what they sent, whether it was answered already, and the
visitor's message stored (and counted against the daily cap) before any model is called."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from chalicelib import access, ids, memories
from chalicelib.conversations import PAUSED
from chalicelib.errors import (Conflict, DailyCapReached, InvalidInput, NotFound,
                               PersonaNotActive)
from chalicelib.identity import Identity
from chalicelib.llm.authentic import AUTHENTIC
from chalicelib.llm.base import Provider
from chalicelib.ops import metrics
from chalicelib.ops.power import Decision, PowerSwitch
from chalicelib.schemas import MESSAGE, REGENERATE
from chalicelib.store.refusals import Refused
from chalicelib.store.repository import DailyCap, Store
from chalicelib.validation import validate

STALE_MARGIN_SECONDS = 5.0


@dataclass(frozen=True)
class Claimed:
    """A turn this request now owns: the conversation, persona, the stored visitor message,
    and the provider that will answer (authentic when the AI is switched off)."""

    conversation: dict[str, Any]
    persona: dict[str, Any]
    message: dict[str, Any]
    text: str
    provider: Provider
    decision: Decision
    # A regeneration: its own idempotency key, and the reply it replaces (None for a message).
    turn_key: str | None = None
    replaces: dict[str, Any] | None = None


@dataclass(frozen=True)
class Replayed:
    """A client_message_id already answered: its stored message and reply."""

    message: dict[str, Any]
    reply: dict[str, Any]


def text_hash(text: str) -> str:
    """What a turn record keeps of the text (to tell a retry from a reused id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_stale(turn: dict[str, Any], deadline_s: float, moment: dt.datetime) -> bool:
    """True when a pending turn was claimed longer ago than any turn can run (the process that
    claimed it died), so it has expired: a retry may take it over."""
    since = turn.get("claimed_at") or turn["message"]["created_at"]
    claimed = dt.datetime.strptime(since, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=dt.timezone.utc)
    return (moment - claimed).total_seconds() > deadline_s + STALE_MARGIN_SECONDS


def daily_cap(caller: Identity, limit: int, moment: dt.datetime) -> DailyCap | None:
    """The sender's daily cap for today, or None when there is none."""
    if limit <= 0:
        return None
    midnight = (moment + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                       microsecond=0)
    return DailyCap(user_id=caller.user_id, day=metrics.day_of(moment), limit=limit,
                    expires_epoch=int(midnight.timestamp()) + 2 * 86_400,
                    retry_after=int((midnight - moment).total_seconds()) + 1)


def _cap_reached(cap: DailyCap) -> DailyCapReached:
    wait = cap.retry_after
    return DailyCapReached(
        f"you have sent {cap.limit} messages today, the most for one day; the count starts "
        f"again at midnight UTC, in {wait // 3600} h {wait % 3600 // 60} min",
        retry_after=wait)


LAST_LOOKED_AT = 10  # messages read to find the conversation's last reply and its question


def last_message(store: Store, conversation_id: str,
                 message_id: str) -> list[dict[str, Any]]:
    """My last message, when it is `message_id`, and its reply if it has one: what an edit
    supersedes. 404 for no such message, 400 for a reply, 409 for a message that is not the
    last or is still being answered."""
    current = store.recent_messages(conversation_id, LAST_LOOKED_AT)
    mine = [i for i, m in enumerate(current) if m.get("role") == "visitor"]
    if mine and current[mine[-1]]["id"] == message_id:
        if current[mine[-1]].get("status") == "pending":
            raise Conflict("this message is still being answered; try again in a moment",
                           reason="turn_taken")
        return current[mine[-1]:]
    found = store.find_message(conversation_id, message_id) if ids.is_id(message_id) else None
    if found is None:
        raise NotFound("message not found")
    if found.get("role") != "visitor":
        raise InvalidInput("message_id: must be one of your own messages, not a reply",
                           reason="not_your_message")
    raise Conflict("only your last message can be edited", reason="not_last_message")


def _replay(store: Store, conversation: dict[str, Any], turn: dict[str, Any] | None,
            digest: str, deadline_s: float, moment: dt.datetime, *, reused: str,
            busy: str) -> Replayed | None:
    """The stored result of a key already answered; Conflict for the key reused for other
    text, or for a turn still being answered; None when the key may be (re)claimed."""
    if turn is None:
        return None
    if turn["text_hash"] != digest:
        raise Conflict(reused, reason="client_id_reused")
    if turn["state"] == "answered":
        reply = dict(turn["reply"])
        memories.name_sources(store, conversation["persona_id"], [reply])
        return Replayed(turn["message"], reply)
    if turn["state"] == "pending" and not is_stale(turn, deadline_s, moment):
        raise Conflict(busy, reason="turn_taken")
    return None


def claim(store: Store, caller: Identity, conversation_id: str, body: dict[str, Any],
          provider: Provider, *, deadline_s: float, cap_limit: int,
          power: PowerSwitch | None, moment: dt.datetime,
          edits: str | None = None) -> Claimed | Replayed:
    """The turn claimed for this request, or the stored result of the same message. `edits`:
    the id of my last message, which this one replaces (it and its reply are superseded in
    the write that stores this one)."""
    conversation = access.conversation_for(store, conversation_id, caller)
    data = validate(MESSAGE, body)
    persona, _ = access.persona_for(store, conversation["persona_id"], caller)
    digest = text_hash(data["text"])
    turn = store.get_turn(conversation_id, data["client_message_id"])
    replayed = _replay(store, conversation, turn, digest, deadline_s, moment,
                       reused="client_message_id was already used for a different text; "
                              "send a new id for a new message",
                       busy="this message is still being answered; try again in a moment")
    if replayed is not None:
        return replayed
    replaced = last_message(store, conversation_id, edits) if edits and turn is None else []
    if persona.get("status", "active") != "active":
        raise PersonaNotActive(PAUSED[persona["status"]], reason=persona["status"])

    decision = Decision(True, "on")
    if power is not None:
        stored_power, month_cost = store.turn_context(metrics.month_of(moment))
        decision = power.for_turn(stored_power, month_cost, moment)
    cap = daily_cap(caller, cap_limit, moment)
    try:
        if turn is None:
            message = {"id": ids.new_id(), "role": "visitor", "text": data["text"],
                       "client_message_id": data["client_message_id"],
                       "created_at": ids.now_iso(), "status": "pending"}
            if replaced:
                message["edited_from"] = replaced[0]["id"]
            store.begin_turn(conversation_id, message, digest, cap,
                             store.superseding(conversation_id, replaced, message["id"]))
        else:  # a failed or expired turn retried with the same id: take it over
            store.claim_turn(conversation_id, data["client_message_id"], turn, ids.iso(moment),
                             cap)
            message = turn["message"]
    except Refused as refused:
        if refused.reason == "daily_cap_reached" and cap is not None:
            raise _cap_reached(cap) from None
        if refused.reason == "conversation_missing":
            raise NotFound("conversation not found") from None
        if refused.reason == "reply_moved":
            raise Conflict("only your last message can be edited", reason="not_last_message"
                           ) from None
        raise Conflict("this message is already being answered; try again in a moment",
                       reason="turn_taken") from None
    return Claimed(conversation, persona, message, data["text"],
                   provider if decision.use_model else AUTHENTIC, decision)




def last_exchange(store: Store, conversation_id: str,
                  reply_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The visitor's message and the persona's reply that end the conversation, when the reply
    is `reply_id`: 404 for no such message, 400 for one that is not a reply, 409 for a reply
    that is not the last."""
    current = store.recent_messages(conversation_id, LAST_LOOKED_AT)
    if len(current) >= 2 and current[-1]["id"] == reply_id and \
            current[-1].get("role") == "persona" and current[-1].get("type") != "greeting" and \
            current[-2].get("role") == "visitor" and current[-2].get("status") == "answered":
        return current[-2], current[-1]
    found = store.find_message(conversation_id, reply_id) if ids.is_id(reply_id) else None
    if found is None:
        raise NotFound("message not found")
    if found.get("role") != "persona" or found.get("type") == "greeting":
        raise InvalidInput("message_id: must be one of the persona's replies (not your own "
                           "message, nor the greeting)", reason="not_a_reply")
    raise Conflict("only the last reply can be written again", reason="not_last_reply")


def claim_regeneration(store: Store, caller: Identity, conversation_id: str, reply_id: str,
                       body: dict[str, Any], provider: Provider, *, deadline_s: float,
                       cap_limit: int, power: PowerSwitch | None,
                       moment: dt.datetime) -> Claimed | Replayed:
    """A new turn for the message the conversation's last reply answered, under the body's
    own key (a retry with it answers once), or the stored result of that key."""
    conversation = access.conversation_for(store, conversation_id, caller)
    data = validate(REGENERATE, body)
    persona, _ = access.persona_for(store, conversation["persona_id"], caller)
    key = data["client_message_id"]
    digest = text_hash(f"regenerate:{reply_id}")
    turn = store.get_turn(conversation_id, key)
    replayed = _replay(store, conversation, turn, digest, deadline_s, moment,
                       reused="client_message_id was already used for another request; "
                              "send a new id",
                       busy="this reply is still being written; try again in a moment")
    if replayed is not None:
        return replayed
    message, reply = last_exchange(store, conversation_id, reply_id)
    if persona.get("status", "active") != "active":
        raise PersonaNotActive(PAUSED[persona["status"]], reason=persona["status"])
    decision = Decision(True, "on")
    if power is not None:
        stored_power, month_cost = store.turn_context(metrics.month_of(moment))
        decision = power.for_turn(stored_power, month_cost, moment)
    cap = daily_cap(caller, cap_limit, moment)
    message = {k: v for k, v in message.items() if k != "conversation_id"}
    try:
        if turn is None:
            store.begin_regeneration(conversation_id, key, digest, message, reply,
                                     ids.iso(moment), cap)
        else:
            store.claim_turn(conversation_id, key, turn, ids.iso(moment), cap)
    except Refused as refused:
        if refused.reason == "daily_cap_reached" and cap is not None:
            raise _cap_reached(cap) from None
        if refused.reason == "reply_moved":
            raise Conflict("only the last reply can be written again",
                           reason="not_last_reply") from None
        raise Conflict("this reply is already being written; try again in a moment",
                       reason="turn_taken") from None
    return Claimed(conversation, persona, message, message["text"],
                   provider if decision.use_model else AUTHENTIC, decision,
                   turn_key=key, replaces=reply)
