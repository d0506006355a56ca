"""One chat turn, in four steps with a file each; REST and the socket both call `take_turn`.

1. claim    who asks, what they sent, a replay of an answered client_message_id, the visitor's
            message stored (and counted) before any model is called;
2. compose  the asker's language, the memories that matter, the grounded draft, the prompt;
3. generate the provider, bounded by the turn's deadline (the prompt's reading included),
            its text accepted sentence by sentence as it is written (accept.py);
4. finish   the reply settled (the model's as accepted, what was shown by the deadline or a
            Stop, or the draft), care and disclosure added, stored with usage, latency and
            cost.

A streamed turn (the socket's `say`) passes `on_delta`: it hears the reply's text as it is
released, and every piece it heard, joined, is the stored reply's text. REST passes none and
gets the very same text.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any, Callable

from chalicelib import ids
from chalicelib.errors import ServiceUnavailable
from chalicelib.identity import Identity
from chalicelib.llm.base import ModelBusy, Provider
from chalicelib.ops.power import PowerSwitch
from chalicelib.store.repository import Store
from chalicelib.turn.accept import Accepted
from chalicelib.turn.claim import Claimed, Replayed, claim, claim_regeneration
from chalicelib.turn.compose import compose
from chalicelib.turn.finish import fail, finish
from chalicelib.turn.generate import generate

STORE_MARGIN_SECONDS = 1.0  # kept back from the provider for the writes after it answers


@dataclass(frozen=True)
class TurnSettings:
    """The model settings and limits a turn uses (from the stage's configuration)."""

    max_tokens: int = 256
    temperature: float = 0.0
    prompt_budget: int = 2000
    deadline_s: float = 20.0  # the whole turn, the model's reading of the prompt included
    # The longest deadline any door gives a turn (the socket's may be longer than REST's): a
    # pending turn is taken for dead only after it, whichever door retries it.
    longest_deadline_s: float = 0.0
    daily_cap: int = 0  # messages per user per day; 0 means no cap
    stage: str = "local"
    emit_emf: bool = False  # CloudWatch Embedded Metric Format lines (on Lambda)


@dataclass(frozen=True)
class TurnResult:
    """The stored visitor message and the persona's reply; `replayed` for a repeated id."""

    message: dict[str, Any]
    reply: dict[str, Any]
    replayed: bool


def take_turn(store: Store, caller: Identity, conversation_id: str, body: dict[str, Any],
              provider: Provider, settings: TurnSettings, power: PowerSwitch | None = None,
              embedder: Any = None, started: float | None = None,
              on_delta: Callable[[str], None] | None = None,
              edits: str | None = None) -> TurnResult:
    """Answer one message; idempotent on client_message_id. With `on_delta`, the reply's text
    is handed on as it is released, and the visitor's Stop (`Store.request_stop`) is heard.
    With `edits`, the message replaces my last one, which is kept superseded with its reply."""
    started = time.monotonic() if started is None else started
    moment = ids.now()
    claimed = claim(store, caller, conversation_id, body, provider,
                    deadline_s=max(settings.deadline_s, settings.longest_deadline_s),
                    cap_limit=settings.daily_cap, power=power, moment=moment, edits=edits)
    if isinstance(claimed, Replayed):
        return TurnResult(claimed.message, claimed.reply, replayed=True)
    return answer(store, claimed, settings, power, embedder, started, moment, on_delta)


def regenerate_turn(store: Store, caller: Identity, conversation_id: str, reply_id: str,
                    body: dict[str, Any], provider: Provider, settings: TurnSettings,
                    power: PowerSwitch | None = None, embedder: Any = None) -> TurnResult:
    """Write the conversation's last reply again, for the same message, as a new turn (the
    daily cap, the AI switch, pause and care as for a message); the earlier reply stays,
    superseded, in the new one's `alternatives`. Idempotent on the body's client_message_id."""
    started = time.monotonic()
    moment = ids.now()
    claimed = claim_regeneration(store, caller, conversation_id, reply_id, body, provider,
                                 deadline_s=max(settings.deadline_s,
                                                settings.longest_deadline_s),
                                 cap_limit=settings.daily_cap, power=power, moment=moment)
    if isinstance(claimed, Replayed):
        return TurnResult(claimed.message, claimed.reply, replayed=True)
    return answer(store, claimed, settings, power, embedder, started, moment, None)


def answer(store: Store, claimed: Claimed, settings: TurnSettings, power: PowerSwitch | None,
           embedder: Any, started: float, moment: dt.datetime,
           on_delta: Callable[[str], None] | None) -> TurnResult:
    """Compose, generate and finish a claimed turn."""
    conversation_id = claimed.conversation["id"]
    composition = compose(store, claimed, embedder=embedder,
                          deadline=started + settings.deadline_s - STORE_MARGIN_SECONDS,
                          max_tokens=settings.max_tokens, temperature=settings.temperature,
                          prompt_budget=settings.prompt_budget)
    accepted = Accepted(composition, claimed.persona, claimed.text, on_delta)
    turn = claimed.claim
    stop_requested = (lambda: store.stop_requested(conversation_id, turn.client_id,
                                                   turn.token)) \
        if on_delta is not None else None
    try:
        generated = generate(composition.provider, composition.request, accepted.hear,
                             stop_requested, settled=lambda: accepted.closed)
    except Exception as error:  # whatever went wrong, the message stays and can be retried
        fail(store, claimed, composition.provider, error, started, moment,
             emit_emf=settings.emit_emf, stage=settings.stage)
        if claimed.decision.state == "waking" and isinstance(error, ModelBusy):
            raise ServiceUnavailable("the AI is waking up; it takes a minute or two. Send the "
                                     "same message again then", retry_after=30) from None
        raise
    if power is not None and generated.completion is not None:
        power.model_answered(claimed.decision)
    message, reply = finish(store, claimed, composition, generated, accepted, started, moment,
                            emit_emf=settings.emit_emf, stage=settings.stage)
    return TurnResult(message, reply, replayed=False)


__all__ = ["TurnSettings", "TurnResult", "take_turn", "regenerate_turn"]
