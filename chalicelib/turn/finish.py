"""Finish a turn: settle the reply's text (the model's as far as it was accepted, what was
shown by the deadline or a Stop, or the grounded draft), add care and the disclosure, store it
with its usage and cost, and hand on the rest of the text to a streamed turn."""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from typing import Any

from chalicelib import ids, memories
from chalicelib.llm.base import Completion, ModelBusy, Provider, word_groups
from chalicelib.llm.pricing import cost_usd
from chalicelib.logs import log
from chalicelib.ops import metrics
from chalicelib.persona import composer, guard
from chalicelib.store.refusals import Refused
from chalicelib.store.repository import Store
from chalicelib.turn.accept import Accepted
from chalicelib.turn.claim import Claimed
from chalicelib.turn.compose import Composition
from chalicelib.turn.generate import Generated

MIN_PARTIAL_CHARS = 24  # less than this, cut at the deadline, says nothing: the draft does


@dataclass(frozen=True)
class Settled:
    """The reply's text, the memories it is based on, and how it ended."""

    text: str
    memory_ids: list[str]
    # "stop", "length", "deadline" (what was shown by then), "stopped" (the visitor's Stop),
    # "fallback" (the grounded draft instead of a model's text)
    finish_reason: str


def settle(composition: Composition, generated: Generated,
           accepted: Accepted) -> Settled:
    """What the visitor will read: always what `accepted` released, and then some.

    The grounded draft and authentic mode's recorded words as written; a model's text as far
    as it was accepted, or the draft when none of it could be shown (`fallback`); cut short
    at the deadline or by the visitor's Stop, what was shown by then ending with "…"."""
    draft = composition.draft
    completion = generated.completion
    if generated.settled:  # acceptance ended: what the model wrote after cannot be shown
        shown = accepted.shown if accepted.keeps else ""
        if not shown:
            return Settled(draft.text, list(draft.memory_ids), "fallback")
        if shown == draft.text.strip():
            return Settled(shown, list(draft.memory_ids), "fallback")
        return Settled(shown, accepted.memory_ids(), "stop")
    cut = "stopped" if generated.stopped else (
        "deadline" if completion is None or completion.finish_reason == "deadline" else "")
    if not generated.stopped:  # after a Stop, nothing more is shown than was
        accepted.end(completion.text if completion is not None else None)
    if accepted.trusted:
        given = list(draft.memory_ids) if composition.provider.name == "grounded" else \
            [m["id"] for m in composition.request.memories]
        if not cut:
            return Settled(accepted.raw, given, "stop")
        if accepted.released or generated.stopped:
            return Settled(_marked(accepted.released), given if accepted.released else [], cut)
        return Settled(draft.text, list(draft.memory_ids), "fallback")
    shown = accepted.shown if accepted.keeps else ""
    if generated.stopped:
        shown = accepted.released
    if cut:
        if shown and (accepted.released or len(shown) >= MIN_PARTIAL_CHARS):
            return Settled(_marked(shown), accepted.memory_ids(), cut)
        if generated.stopped:
            return Settled(_marked(""), [], cut)
        return Settled(draft.text, list(draft.memory_ids), "fallback")
    if not shown:
        return Settled(draft.text, list(draft.memory_ids), "fallback")
    if shown == draft.text.strip():  # the model said the draft back: it is the draft
        return Settled(shown, list(draft.memory_ids), "fallback")
    assert completion is not None
    return Settled(shown, accepted.memory_ids(), completion.finish_reason)


def _marked(text: str) -> str:
    """Text cut short, marked so: it ends with "…"."""
    text = text.rstrip()
    return text if text.endswith("…") else text + "…"


def emit(emit_emf: bool, stage: str, figures: metrics.TurnFigures, moment: dt.datetime) -> None:
    """One EMF line on stdout, which Lambda sends to CloudWatch Logs and CloudWatch turns into
    metrics (no API call, no extra latency)."""
    if emit_emf:
        print(json.dumps(metrics.emf_line(metrics.NAMESPACE, stage, figures, moment)),
              flush=True)


def fail(store: Store, claimed: Claimed, provider: Provider, error: Exception,
         started: float, moment: dt.datetime, *, emit_emf: bool, stage: str) -> None:
    """Keep the visitor's message, marked failed, so the same client_message_id retries it."""
    figures = metrics.TurnFigures(turn_ms=int((time.monotonic() - started) * 1000),
                                  provider=provider.name, error=True,
                                  throttled=isinstance(error, ModelBusy))
    try:
        store.fail_turn(claimed.conversation["id"], claimed.claim,
                        metrics.updates_for(figures, moment))
    except Refused as refused:  # the conversation was erased meanwhile: nothing is kept
        log("turn_not_kept", conversation=claimed.conversation["id"], reason=refused.reason)
    emit(emit_emf, stage, figures, moment)
    log("turn_failed", conversation=claimed.conversation["id"], provider=provider.name,
        error=type(error).__name__, ms=figures.turn_ms)


def finish(store: Store, claimed: Claimed, composition: Composition, generated: Generated,
           accepted: Accepted, started: float, moment: dt.datetime, *, emit_emf: bool,
           stage: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Store the reply and settle the turn; the answered message and the reply as shown.
    Once stored, the text not yet released (the draft, the "…", the care resources) is."""
    settled = settle(composition, generated, accepted)
    provider = composition.provider
    completion = generated.completion or Completion(
        text="", input_tokens=0, output_tokens=0, provider=provider.name, model=provider.model,
        latency_ms=generated.waited_ms, finish_reason="deadline")
    language = composition.language
    text = settled.text
    # An abstention's offer to tell a memory close to the question, kept when a model (or
    # authentic mode) said the abstention in words of its own
    offered = composition.draft.offered if not settled.memory_ids else None
    if offered and language in composer.OFFER_AFTER and \
            composer.OFFER_ASK[language] not in text:
        text = f"{text.rstrip()} {composer.OFFER_AFTER[language]}"
    care = composition.care  # decided once, as the draft was (turn/compose.py)
    if care is not None:
        text = guard.with_care(text, care)
    notes = guard.DISCLOSURE if completion.ai_generated else guard.RECORDED
    cost = cost_usd(completion.model, completion.input_tokens, completion.output_tokens)
    message = claimed.message
    # After the question, and after the reply a regeneration replaces, even in one millisecond
    now = ids.now_iso_after(max(message["created_at"],
                                (claimed.replaces or {}).get("created_at") or ""))
    reply = {
        "id": ids.new_id(), "role": "persona", "text": text, "created_at": now,
        "status": "answered", "memories_used": settled.memory_ids,
        "provider": completion.provider, "model": completion.model,
        "usage": {"input_tokens": completion.input_tokens,
                  "output_tokens": completion.output_tokens},
        "latency_ms": completion.latency_ms, "cost_usd": cost,
        "ai_generated": completion.ai_generated, "language": language,
        "finish_reason": settled.finish_reason,
        "disclosure": notes.get(language, notes["en"]),
        "care": care is not None,
        "care_text": guard.CARE[care] if care is not None else None,
    }
    if offered:
        reply["offered"] = offered
    if claimed.replaces is not None:  # regenerated: the earlier versions stay reachable
        reply["alternatives"] = [*(claimed.replaces.get("alternatives") or []),
                                 claimed.replaces["id"]]
    figures = metrics.TurnFigures(
        turn_ms=int((time.monotonic() - started) * 1000), model_ms=completion.latency_ms,
        input_tokens=completion.input_tokens, output_tokens=completion.output_tokens,
        cost_usd=cost, provider=completion.provider)
    conversation_id = claimed.conversation["id"]
    store.complete_turn(conversation_id, claimed.claim, reply, claimed.state,
                        metrics.updates_for(figures, moment), replaces=claimed.replaces,
                        drops_last=claimed.drops_last, stopped=generated.stopped)
    emit(emit_emf, stage, figures, moment)
    log("turn", conversation=conversation_id, provider=completion.provider,
        model=completion.model, input_tokens=completion.input_tokens,
        output_tokens=completion.output_tokens, model_ms=completion.latency_ms,
        ms=int((time.monotonic() - started) * 1000), memories=len(settled.memory_ids),
        draft=composition.draft.kind, finish=settled.finish_reason, language=language,
        prompt_tokens=composition.prompt.estimated_tokens if composition.prompt else 0)
    # The chips' labels, as the memories are now (never stored: a renamed or deleted memory,
    # or a role taken away, must not leave its title behind in the conversation).
    sources = memories.sources(composition.given, settled.memory_ids)
    release_rest(accepted, text)
    return {**message, "status": "answered"}, {**reply, "sources": sources}


def release_rest(accepted: Accepted, text: str) -> None:
    """Release what the stored text adds to what was released, a few words at a time."""
    if not text.startswith(accepted.released):  # cannot happen: settle starts from it
        log("stream_diverged", released_chars=len(accepted.released), chars=len(text))
        return
    released = accepted.released
    for piece in word_groups(text[len(released):]):
        released += piece
        accepted.release(released)
