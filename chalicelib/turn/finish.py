"""Finish a turn: settle the reply's text (the model's, what it wrote by the deadline, or the
grounded draft), add care and the disclosure, and store it with its usage and cost."""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass
from typing import Any, Sequence

from chalicelib import ids, memories
from chalicelib.llm.base import Completion, ModelBusy, Provider
from chalicelib.llm.pricing import cost_usd
from chalicelib.logs import log
from chalicelib.ops import metrics
from chalicelib.persona import guard, language as languages
from chalicelib.persona.citations import citations
from chalicelib.persona.text import analyse, query_terms, terms, words
from chalicelib.store.repository import Store
from chalicelib.turn.claim import Claimed
from chalicelib.turn.compose import Composition
from chalicelib.turn.generate import Generated

MIN_PARTIAL_CHARS = 24  # less than this, cut at the deadline, says nothing: the draft does
SUPPORT_MIN_SHARED = 2  # ideas a reply must share with a memory to be "based on" it


@dataclass(frozen=True)
class Settled:
    """The reply's text, the memories it is based on, and how it ended."""

    text: str
    memory_ids: list[str]
    finish_reason: str  # "stop", "length", "deadline" (what was written by then), "fallback"


def _ideas(text: str) -> set[str]:
    return {t for t, _ in analyse(text)}


def supported_ids(text: str, given: Sequence[dict[str, Any]], name: str) -> list[str]:
    """The given memories a reply that cites none visibly draws on (shared ideas)."""
    said = _ideas(text) - _ideas(name)
    return [m["id"] for m in given
            if len(said & _ideas(f"{m.get('title') or ''} {m.get('text') or ''}"))
            >= SUPPORT_MIN_SHARED]


_SPECIFIC = re.compile(r"\d+|(?<=[^\W\d_])[ \t,;:]+([A-ZÀ-Ý][^\W\d_]+)")


def unsupported_specifics(text: str, composition: Composition, persona: dict[str, Any],
                          message: str) -> list[str]:
    """The numbers and names inside sentences of a model's reply that nothing it was given
    holds (the draft, the memories, the persona's names, the conversation): invented facts."""
    known = " ".join([composition.draft.text, message, persona.get("name") or "",
                      *(turn["content"] for turn in composition.request.messages),
                      *(f"{m.get('title') or ''} {m.get('text') or ''} {m.get('date') or ''}"
                        for m in composition.given)])
    known_words = set(words(known))
    found = []
    for match in _SPECIFIC.finditer(text):
        specific = match.group(1) or match.group(0)
        if not set(words(specific)) <= known_words:
            found.append(specific)
    return found


_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?…”])\s+")


def misquotes(text: str, composition: Composition) -> bool:
    """True when the reply quotes words that neither the memories nor the draft hold."""
    sources = " ".join([composition.draft.text, *(m.get("text") or ""
                                                  for m in composition.given)])
    held = " ".join(words(sources))
    return any(" ".join(words(quoted)) not in held for quoted in _QUOTE.findall(text))


DRAFT_KEPT_SHARE = 0.3  # of the quoted memory's words a rewritten answer must still say
_ABSTAINS = re.compile(r"n[aã]o (me )?lembro|n[aã]o sei|don'?t remember|do not remember|"
                       r"can'?t remember|cannot remember|don'?t know|no memory|nenhuma lembran",
                       re.IGNORECASE)
_IS_AI = re.compile(r"\b(IA|AI)\b|intelig[eê]ncia artificial|artificial intelligence|"
                    r"lembran[cç]a|remembrance", re.IGNORECASE)


def keeps_the_draft(text: str, composition: Composition) -> bool:
    """True when a model's reply still says what the grounded draft says: the answering
    memory's ideas, the honest "I don't remember", or that it is an AI remembrance."""
    draft = composition.draft
    if draft.kind == "answer":
        quoted = draft.text[draft.text.find("“"):] if "“" in draft.text else draft.text
        # Each meaningful word of the quote, as its ideas; the reply's words widened to their
        # translations, since a model may say a Portuguese memory in English.
        wanted = [ideas for ideas in ({t for t, _ in terms(w)} for w in words(quoted)) if ideas]
        said = {t for w in words(text) for t, _ in query_terms(w)}
        kept = sum(1 for ideas in wanted if ideas & said)
        return not wanted or kept >= DRAFT_KEPT_SHARE * len(wanted)
    if draft.kind == "abstain":
        return bool(_ABSTAINS.search(text))
    if draft.kind == "identity":
        return bool(_IS_AI.search(text))
    return True


def without_repeats(text: str) -> str:
    """The reply up to the first sentence it says a second time (a small model going round)."""
    seen: set[str] = set()
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        key = " ".join(words(sentence))
        if key and key in seen:
            break
        seen.add(key)
        kept.append(sentence)
    return " ".join(kept)


def _model_text(raw: str, composition: Composition, persona: dict[str, Any],
                message: str) -> tuple[str, list[str]] | None:
    """A model's text made safe to show, with the memories it cites; None when it cannot be
    shown (empty, leaking, or not in the asker's language): the grounded draft says it then."""
    prompt = composition.prompt
    draft = composition.draft.text
    text, cited = citations(raw, prompt.memory_ids if prompt else [])
    if not text.strip():
        return None
    text = guard.clean_reply(text, persona_name=persona.get("name", ""),
                             stop=prompt.stop if prompt else [],
                             instructions=prompt.rules if prompt else "",
                             language=composition.language, message=message, fallback=draft)
    if not text.strip() or text == draft.strip():
        return None
    if languages.detect(text, composition.language) != composition.language:
        return None  # a small model that drifted into the other language
    if unsupported_specifics(text, composition, persona, message):
        return None  # a name, place or number the memories do not have: made up
    if misquotes(text, composition):
        return None  # words put in quotes that no memory holds: a made-up quotation
    if not keeps_the_draft(text, composition):
        return None  # the model was to say the draft in the person's voice, not something else
    text = without_repeats(text)
    return text, cited or supported_ids(text, composition.given, persona.get("name", ""))


def settle(composition: Composition, generated: Generated, persona: dict[str, Any],
           message: str) -> Settled:
    """What the visitor will read."""
    draft = composition.draft
    completion = generated.completion
    if completion is None:
        shown = _model_text(generated.partial, composition, persona, message)
        if shown is not None and len(shown[0]) >= MIN_PARTIAL_CHARS:
            return Settled(shown[0].rstrip() + "…", shown[1], "deadline")
        return Settled(draft.text, list(draft.memory_ids), "fallback")
    if completion.provider == "grounded":
        return Settled(completion.text, list(draft.memory_ids), "stop")
    if not completion.ai_generated:  # recorded words: exactly the memories it quoted
        return Settled(completion.text, [m["id"] for m in composition.request.memories],
                       "stop")
    shown = _model_text(completion.text, composition, persona, message)
    if shown is None:
        return Settled(draft.text, list(draft.memory_ids), "fallback")
    return Settled(shown[0], shown[1], completion.finish_reason)


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
    store.fail_turn(claimed.conversation["id"], claimed.message,
                    metrics.updates_for(figures, moment))
    emit(emit_emf, stage, figures, moment)
    log("turn_failed", conversation=claimed.conversation["id"], provider=provider.name,
        error=type(error).__name__, ms=figures.turn_ms)


def finish(store: Store, claimed: Claimed, composition: Composition, generated: Generated,
           started: float, moment: dt.datetime, *, emit_emf: bool,
           stage: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Store the reply and settle the turn; the answered message and the reply as shown."""
    persona = claimed.persona
    settled = settle(composition, generated, persona, claimed.text)
    provider = composition.provider
    completion = generated.completion or Completion(
        text="", input_tokens=0, output_tokens=0, provider=provider.name, model=provider.model,
        latency_ms=generated.waited_ms, finish_reason="deadline")
    language = composition.language
    text = settled.text
    care = guard.care_language(claimed.text, language)
    if care is not None:
        text = guard.with_care(text, care)
    notes = guard.DISCLOSURE if completion.ai_generated else guard.RECORDED
    cost = cost_usd(completion.model, completion.input_tokens, completion.output_tokens)
    message = claimed.message
    now = ids.now_iso_after(message["created_at"])
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
    figures = metrics.TurnFigures(
        turn_ms=int((time.monotonic() - started) * 1000), model_ms=completion.latency_ms,
        input_tokens=completion.input_tokens, output_tokens=completion.output_tokens,
        cost_usd=cost, provider=completion.provider)
    conversation_id = claimed.conversation["id"]
    store.complete_turn(conversation_id, message, reply, now,
                        metrics.updates_for(figures, moment))
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
    return {**message, "status": "answered"}, {**reply, "sources": sources}
