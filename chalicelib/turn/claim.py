"""Claim a turn: who is asking, what they sent, whether it was answered already, and the
visitor's message stored (and counted against the daily cap) before any model is called.

Everything the claim checks comes from one batch read (`Store.turn_reads`: the conversation's
state, the caller's role, the persona, the switch and the month's cost, the sender's day); the
claim itself is one write to the sender's day item. A replay, an edit and a regeneration read
a little more (they are not the common turn)."""
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
from chalicelib.store.repository import (DAY_CLOSED_S, DailyCap, Store, TurnClaim, TurnReads,
                                         claim_of, failed_claim, seconds_between)
from chalicelib.validation import validate

STALE_MARGIN_SECONDS = 5.0


@dataclass(frozen=True)
class Claimed:
    """A turn this request now owns: the conversation, persona, the visitor's message it
    answers (stored with the claim), and the provider that will answer (authentic when the AI
    is switched off); the claim, and the conversation's state and the persona's import counts
    as the turn read them."""

    conversation: dict[str, Any]
    persona: dict[str, Any]
    message: dict[str, Any]
    text: str
    provider: Provider
    decision: Decision
    claim: TurnClaim
    state: dict[str, Any]
    counts: dict[str, int]
    # A regeneration: the reply it replaces (None for a message).
    replaces: dict[str, Any] | None = None
    # An edit of an answered message: it and its reply leave the recent messages.
    drops_last: bool = False


@dataclass(frozen=True)
class Replayed:
    """A client_message_id already answered: its stored message and reply."""

    message: dict[str, Any]
    reply: dict[str, Any]


def text_hash(text: str) -> str:
    """What a claim keeps of the text (to tell a retry from a reused id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_stale(claim: dict[str, Any], deadline_s: float, moment: dt.datetime) -> bool:
    """True when a claim was made longer ago than any turn can run (the process that made it
    died, or its answer is stored), so it has expired: a retry may take it over."""
    return seconds_between(str(claim["t"]), ids.iso(moment)) > deadline_s + STALE_MARGIN_SECONDS


def daily_cap(caller: Identity, limit: int, moment: dt.datetime) -> DailyCap:
    """The sender's day for today, with its cap (0: none)."""
    midnight = (moment + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                       microsecond=0)
    return DailyCap(user_id=caller.user_id, day=metrics.day_of(moment), limit=max(0, limit),
                    expires_epoch=int(midnight.timestamp()) + 2 * 86_400,
                    retry_after=int((midnight - moment).total_seconds()) + 1)


def _cap_reached(cap: DailyCap) -> DailyCapReached:
    wait = cap.retry_after
    return DailyCapReached(
        f"you have sent {cap.limit} messages today, the most for one day; the count starts "
        f"again at midnight UTC, in {wait // 3600} h {wait % 3600 // 60} min",
        retry_after=wait)


def reads_for(store: Store, caller: Identity, conversation_id: str,
              moment: dt.datetime) -> TurnReads:
    """The turn's one batch read; a 404 for a conversation that is gone or not the caller's."""
    if not ids.is_id(conversation_id):
        raise NotFound("conversation not found")
    first = moment.replace(day=1)
    month_days = [metrics.day_of(first + dt.timedelta(days=n)) for n in range(moment.day)]
    reads = store.turn_reads(
        conversation_id, caller.user_id, today=metrics.day_of(moment),
        yesterday=metrics.day_of(moment - dt.timedelta(days=1)), month_days=month_days,
        closed_before=metrics.day_of(moment - dt.timedelta(seconds=DAY_CLOSED_S)))
    access.own_conversation(reads.conversation, caller)
    return reads


LAST_LOOKED_AT = 10  # messages read to find the conversation's last reply and its question


def _being_answered(store: Store, reads: TurnReads, conversation_id: str, deadline_s: float,
                    moment: dt.datetime) -> list[str]:
    """The ids of the visitor's messages of this conversation still being answered (claimed
    within a turn's deadline, not failed, with no reply stored yet)."""
    return [str(c["q"]).split("#", 1)[1] for c in reads.claims
            if c.get("c") == conversation_id and not c.get("g") and not c.get("f")
            and not is_stale(c, deadline_s, moment)
            and store.turn_answer(conversation_id, c) is None]


def last_message(store: Store, reads: TurnReads, conversation_id: str, message_id: str,
                 deadline_s: float, moment: dt.datetime) -> list[dict[str, Any]]:
    """My last message, when it is `message_id`, and its reply if it has one: what an edit
    supersedes. 404 for no such message, 400 for a reply, 409 for a message that is not the
    last or is still being answered."""
    pending = _being_answered(store, reads, conversation_id, deadline_s, moment)
    if message_id in pending:
        raise Conflict("this message is still being answered; try again in a moment",
                       reason="turn_taken")
    current = store.recent_messages(conversation_id, LAST_LOOKED_AT)
    mine = [i for i, m in enumerate(current) if m.get("role") == "visitor"]
    if mine and current[mine[-1]]["id"] == message_id and not pending:
        return current[mine[-1]:]
    found = store.find_message(conversation_id, message_id) if ids.is_id(message_id) else None
    if found is None:
        raise NotFound("message not found")
    if found.get("role") != "visitor":
        raise InvalidInput("message_id: must be one of your own messages, not a reply",
                           reason="not_your_message")
    raise Conflict("only your last message can be edited", reason="not_last_message")


def _replay(store: Store, conversation_id: str, claim: dict[str, Any] | None, digest: str,
            deadline_s: float, moment: dt.datetime, *, reused: str,
            busy: str) -> Replayed | None:
    """The stored result of a key already answered; Conflict for the key reused for other
    text, or for a turn still being answered; None when the key may be (re)claimed."""
    if claim is None:
        return None
    if claim["h"] != digest[:len(claim["h"])]:
        raise Conflict(reused, reason="client_id_reused")
    if claim.get("f"):
        return None  # failed: this request tries again
    answered = store.turn_answer(conversation_id, claim)
    if answered is not None:
        message, reply = ({k: v for k, v in m.items() if k != "conversation_id"}
                          for m in answered)
        return Replayed(message, reply)
    if not is_stale(claim, deadline_s, moment):
        raise Conflict(busy, reason="turn_taken")
    return None


def _decision(reads: TurnReads, power: PowerSwitch | None, moment: dt.datetime) -> Decision:
    if power is None:
        return Decision(True, "on")
    return power.for_turn(reads.power, reads.month_cost, moment)


def claim(store: Store, caller: Identity, conversation_id: str, body: dict[str, Any],
          provider: Provider, *, deadline_s: float, cap_limit: int,
          power: PowerSwitch | None, moment: dt.datetime,
          edits: str | None = None) -> Claimed | Replayed:
    """The turn claimed for this request, or the stored result of the same message. `edits`:
    the id of my last message, which this one replaces (it and its reply are superseded in
    the write that claims this one)."""
    reads = reads_for(store, caller, conversation_id, moment)
    data = validate(MESSAGE, body)
    persona, _ = access.role_on(reads.membership, reads.persona)
    conversation = dict(reads.conversation or {})
    digest = text_hash(data["text"])
    found = claim_of(reads.claims, conversation_id, data["client_message_id"]) or \
        failed_claim(reads.state, conversation_id, data["client_message_id"])
    replayed = _replay(store, conversation_id, found, digest, deadline_s, moment,
                       reused="client_message_id was already used for a different text; "
                              "send a new id for a new message",
                       busy="this message is still being answered; try again in a moment")
    if replayed is not None:
        _name_sources(store, persona, replayed)
        return replayed
    replaced = last_message(store, reads, conversation_id, edits, deadline_s, moment) \
        if edits and found is None else []
    if persona.get("status", "active") != "active":
        raise PersonaNotActive(PAUSED[persona["status"]], reason=persona["status"])
    decision = _decision(reads, power, moment)
    cap = daily_cap(caller, cap_limit, moment)
    running = deadline_s + STALE_MARGIN_SECONDS
    try:
        if found is None:
            # After the conversation's last stored message (its state's `updated_at`: the last
            # reply, or the greeting) and any it replaces, even within one millisecond
            last = max([str((reads.state or {}).get("updated_at") or "")] +
                       [str(m["created_at"]) for m in replaced])
            message = {"id": ids.new_id(), "role": "visitor", "text": data["text"],
                       "client_message_id": data["client_message_id"],
                       "created_at": ids.now_iso_after(last), "status": "pending"}
            if replaced:
                message["edited_from"] = replaced[0]["id"]
            turn = store.begin_turn(conversation_id, message, digest, cap,
                                    store.superseding(conversation_id, replaced, message["id"]),
                                    usage=reads.usage, running_s=running)
        else:  # a failed or expired turn retried with the same id: take it over
            turn = store.claim_turn(conversation_id, found, data["text"], ids.iso(moment), cap,
                                    usage=reads.usage, running_s=running)
    except Refused as refused:
        if refused.reason == "daily_cap_reached":
            raise _cap_reached(cap) from None
        if refused.reason == "conversation_missing":
            raise NotFound("conversation not found") from None
        if refused.reason == "reply_moved":
            raise Conflict("only your last message can be edited", reason="not_last_message"
                           ) from None
        raise Conflict("this message is already being answered; try again in a moment",
                       reason="turn_taken") from None
    return Claimed(conversation, persona, turn.question, data["text"],
                   provider if decision.use_model else AUTHENTIC, decision, turn,
                   reads.state or {}, reads.counts,
                   drops_last=bool(replaced) and replaced[0].get("status") == "answered")


def _name_sources(store: Store, persona: dict[str, Any], replayed: Replayed) -> None:
    """The chips of a replayed reply, named as the memories are now."""
    memories.name_sources(store, persona["id"], [replayed.reply])


def last_exchange(store: Store, reads: TurnReads, conversation_id: str, reply_id: str,
                  deadline_s: float, moment: dt.datetime
                  ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The visitor's message and the persona's reply that end the conversation, when the reply
    is `reply_id`: 404 for no such message, 400 for one that is not a reply, 409 for a reply
    that is not the last (a message still being answered comes after it)."""
    current = store.recent_messages(conversation_id, LAST_LOOKED_AT)
    if len(current) >= 2 and current[-1]["id"] == reply_id and \
            current[-1].get("role") == "persona" and current[-1].get("type") != "greeting" and \
            current[-2].get("role") == "visitor" and current[-2].get("status") == "answered" \
            and not _being_answered(store, reads, conversation_id, deadline_s, moment):
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
    reads = reads_for(store, caller, conversation_id, moment)
    data = validate(REGENERATE, body)
    persona, _ = access.role_on(reads.membership, reads.persona)
    conversation = dict(reads.conversation or {})
    key = data["client_message_id"]
    digest = text_hash(f"regenerate:{reply_id}")
    found = claim_of(reads.claims, conversation_id, key)
    replayed = _replay(store, conversation_id, found, digest, deadline_s, moment,
                       reused="client_message_id was already used for another request; "
                              "send a new id",
                       busy="this reply is still being written; try again in a moment")
    if replayed is not None:
        _name_sources(store, persona, replayed)
        return replayed
    message, reply = last_exchange(store, reads, conversation_id, reply_id, deadline_s, moment)
    if persona.get("status", "active") != "active":
        raise PersonaNotActive(PAUSED[persona["status"]], reason=persona["status"])
    decision = _decision(reads, power, moment)
    cap = daily_cap(caller, cap_limit, moment)
    running = deadline_s + STALE_MARGIN_SECONDS
    message = {k: v for k, v in message.items() if k != "conversation_id"}
    reply = {k: v for k, v in reply.items() if k != "conversation_id"}
    try:
        if found is None:
            turn = store.begin_regeneration(conversation_id, key, digest, message, reply,
                                            ids.iso(moment), cap, usage=reads.usage,
                                            running_s=running)
        else:
            turn = store.claim_turn(conversation_id, found, "", ids.iso(moment), cap,
                                    usage=reads.usage, running_s=running)
    except Refused as refused:
        if refused.reason == "daily_cap_reached":
            raise _cap_reached(cap) from None
        if refused.reason == "reply_moved":
            raise Conflict("only the last reply can be written again",
                           reason="not_last_reply") from None
        raise Conflict("this reply is already being written; try again in a moment",
                       reason="turn_taken") from None
    return Claimed(conversation, persona, message, message["text"],
                   provider if decision.use_model else AUTHENTIC, decision, turn,
                   reads.state or {}, reads.counts, replaces=reply)
