"""One chat turn, end to end: the visitor's message in, the persona's reply out.

1. Check who is asking and what they sent; replay a client_message_id already answered.
2. Store the visitor's message before any model is called.
3. Retrieve the memories that matter, build the prompt, call the provider within the deadline.
4. Clean the reply (stops, leaked instructions, care resources) and store it with its usage,
   latency and cost. On a model failure the message stays, marked failed, and the same
   client_message_id completes the turn later.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

from chalicelib import access, ids, memories
from chalicelib.conversations import PAUSED
from chalicelib.errors import Conflict, PersonaNotActive, ServiceUnavailable
from chalicelib.identity import Identity
from chalicelib.llm.authentic import AUTHENTIC
from chalicelib.llm.base import Generation, ModelBusy, Provider
from chalicelib.llm.pricing import cost_usd
from chalicelib.logs import log
from chalicelib.ops import metrics
from chalicelib.ops.power import Decision, PowerSwitch
from chalicelib.persona import guard, retrieval
from chalicelib.persona.prompt import build_prompt
from chalicelib.schemas import MESSAGE
from chalicelib.store.repository import DailyCap, Store
from chalicelib.validation import validate

TURN_SECONDS = 25.0
STORE_MARGIN_SECONDS = 1.5  # kept back from the model for the writes after it answers
RETRIEVED = 6
HISTORY = 20


@dataclass(frozen=True)
class TurnSettings:
    """The model settings and limits a turn uses (from the stage's configuration)."""

    max_tokens: int = 256
    temperature: float = 0.0
    prompt_budget: int = 2000
    daily_cap: int = 0  # messages per user per day; 0 means no cap
    stage: str = "local"
    emit_emf: bool = False  # CloudWatch Embedded Metric Format lines (on Lambda)


@dataclass(frozen=True)
class TurnResult:
    """The stored visitor message and the persona's reply; `replayed` for a repeated id."""

    message: dict[str, Any]
    reply: dict[str, Any]
    replayed: bool


def _stale(turn: dict[str, Any]) -> bool:
    """True when a pending turn was claimed longer ago than any turn can run (its Lambda died
    mid-turn), so a retry may take it over."""
    since = turn.get("claimed_at") or turn["message"]["created_at"]
    claimed = dt.datetime.strptime(since, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=dt.timezone.utc)
    return (ids.now() - claimed).total_seconds() > TURN_SECONDS + 5


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _daily_cap(caller: Identity, limit: int, moment: dt.datetime) -> DailyCap | None:
    if limit <= 0:
        return None
    midnight = (moment + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                       microsecond=0)
    wait = int((midnight - moment).total_seconds()) + 1
    return DailyCap(
        user_id=caller.user_id, day=metrics.day_of(moment), limit=limit,
        expires_epoch=int(midnight.timestamp()) + 2 * 86_400, retry_after=wait,
        message=f"you have sent {limit} messages today, the most for one day; the count "
                f"starts again at midnight UTC, in {wait // 3600} h {wait % 3600 // 60} min")


def post_message(store: Store, caller: Identity, conversation_id: str, body: dict[str, Any],
                 provider: Provider, settings: TurnSettings, power: PowerSwitch | None = None,
                 embedder: Any = None, started: float | None = None) -> TurnResult:
    """Answer one message; idempotent on client_message_id."""
    started = time.monotonic() if started is None else started
    moment = ids.now()
    conversation = access.conversation_for(store, conversation_id, caller)
    data = validate(MESSAGE, body)
    persona, _ = access.persona_for(store, conversation["persona_id"], caller)

    text_hash = _hash(data["text"])
    turn = store.get_turn(conversation_id, data["client_message_id"])
    if turn is not None:
        if turn["text_hash"] != text_hash:
            raise Conflict("client_message_id was already used for a different text; "
                           "send a new id for a new message")
        if turn["state"] == "answered":
            reply = dict(turn["reply"])
            memories.name_sources(store, conversation["persona_id"], [reply])
            return TurnResult(turn["message"], reply, replayed=True)
        if turn["state"] == "pending" and not _stale(turn):
            raise Conflict("this message is still being answered; try again in a moment")
    if persona.get("status", "active") != "active":
        raise PersonaNotActive(PAUSED[persona["status"]])

    decision = Decision(True, "on")
    if power is not None:
        stored_power, month_cost = store.turn_context(metrics.month_of(moment))
        decision = power.for_turn(stored_power, month_cost, moment)
    if not decision.use_model:
        provider = AUTHENTIC

    if turn is None:
        message = {"id": ids.new_id(), "role": "visitor", "text": data["text"],
                   "client_message_id": data["client_message_id"], "created_at": ids.now_iso(),
                   "status": "pending"}
        store.begin_turn(conversation_id, message, text_hash,
                         _daily_cap(caller, settings.daily_cap, moment))
    else:  # a failed (or abandoned) turn retried with the same id: claim it, then answer
        store.claim_turn(conversation_id, data["client_message_id"], turn, ids.iso(moment),
                         _daily_cap(caller, settings.daily_cap, moment))
        message = turn["message"]

    language = persona.get("language", "en")
    ranked = [m for m, _ in retrieval.search(store, persona, data["text"], RETRIEVED,
                                             embedder)]
    history = [m for m in store.recent_messages(conversation_id, HISTORY + 1)
               if m["id"] != message["id"] and m.get("status") != "failed"][-HISTORY:]
    visitor = conversation.get("visitor_name") or caller.name or "Visitante"
    prompt = build_prompt(persona, ranked, history, visitor,
                          conversation.get("relationship", ""), data["text"],
                          settings.prompt_budget)
    used = [m for m in ranked if m["id"] in set(prompt.memory_ids)]
    request = Generation(messages=prompt.messages, max_tokens=settings.max_tokens,
                         temperature=settings.temperature, stop=prompt.stop,
                         deadline=started + TURN_SECONDS - STORE_MARGIN_SECONDS,
                         language=language, memories=used,
                         examples=list(persona.get("example_messages") or []))
    try:
        completion = provider.generate(request)
    except Exception as error:  # whatever went wrong, the message stays and can be retried
        figures = metrics.TurnFigures(turn_ms=int((time.monotonic() - started) * 1000),
                                      provider=provider.name, error=True,
                                      throttled=isinstance(error, ModelBusy))
        store.fail_turn(conversation_id, message, metrics.updates_for(figures, moment))
        _emit(settings, figures, moment)
        log("turn_failed", conversation=conversation_id, provider=provider.name,
            error=type(error).__name__, ms=figures.turn_ms)
        if decision.state == "waking" and isinstance(error, ModelBusy):
            raise ServiceUnavailable("the AI is waking up; it takes a minute or two. Send the "
                                     "same message again then", retry_after=30) from None
        raise
    if power is not None:
        power.model_answered(decision)

    reply_text = completion.text
    if completion.ai_generated:
        reply_text = guard.clean_reply(reply_text, persona_name=persona.get("name", ""),
                                       stop=prompt.stop, instructions=prompt.rules,
                                       language=language, message=data["text"])
    care = guard.care_language(data["text"], language)
    if care is not None:
        reply_text = guard.with_care(reply_text, care)
    now = ids.now_iso_after(message["created_at"])
    notes = guard.DISCLOSURE if completion.ai_generated else guard.RECORDED
    cost = cost_usd(completion.model, completion.input_tokens, completion.output_tokens)
    reply = {
        "id": ids.new_id(), "role": "persona", "text": reply_text, "created_at": now,
        "status": "answered", "memories_used": [m["id"] for m in used],
        "provider": completion.provider, "model": completion.model,
        "usage": {"input_tokens": completion.input_tokens,
                  "output_tokens": completion.output_tokens},
        "latency_ms": completion.latency_ms,
        "cost_usd": cost,
        "ai_generated": completion.ai_generated,
        "disclosure": notes.get(language, notes["en"]),
        "care": care is not None,
        "care_text": guard.CARE[care] if care is not None else None,
    }
    figures = metrics.TurnFigures(
        turn_ms=int((time.monotonic() - started) * 1000), model_ms=completion.latency_ms,
        input_tokens=completion.input_tokens, output_tokens=completion.output_tokens,
        cost_usd=cost, provider=completion.provider)
    store.complete_turn(conversation_id, message, reply, now,
                        metrics.updates_for(figures, moment))
    _emit(settings, figures, moment)
    answered = {**message, "status": "answered"}
    log("turn", conversation=conversation_id, provider=completion.provider,
        model=completion.model, input_tokens=completion.input_tokens,
        output_tokens=completion.output_tokens, model_ms=completion.latency_ms,
        ms=int((time.monotonic() - started) * 1000), memories=len(used),
        prompt_tokens=prompt.estimated_tokens)
    # The chips' labels, as the memories are now (never stored: a renamed or deleted memory,
    # or a role taken away, must not leave its title behind in the conversation).
    sources = memories.sources(used, reply["memories_used"])
    return TurnResult(answered, {**reply, "sources": sources}, replayed=False)


def _emit(settings: TurnSettings, figures: metrics.TurnFigures, moment: dt.datetime) -> None:
    """One EMF line on stdout, which Lambda sends to CloudWatch Logs and CloudWatch turns into
    metrics (no API call, no extra latency)."""
    if settings.emit_emf:
        print(json.dumps(metrics.emf_line(metrics.NAMESPACE, settings.stage, figures, moment)),
              flush=True)

