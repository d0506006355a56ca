"""Compose a turn: the asker's language, the memories that matter, the grounded draft and,
for a real model, the prompt that asks it to say the draft in the person's voice."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from chalicelib.llm.base import Generation, Provider
from chalicelib.llm.grounded import GROUNDED
from chalicelib.persona import composer, language as languages, retrieval
from chalicelib.persona.composer import Draft
from chalicelib.persona.prompt import Prompt, build_prompt
from chalicelib.store.repository import Store
from chalicelib.turn.claim import Claimed

RETRIEVED = 6
UNNAMED = {"pt-BR": "Visitante", "en": "Visitor"}  # what the prompt calls a visitor with no name
HISTORY = 20
NEEDS_NO_PROMPT = frozenset({"grounded", "authentic"})


@dataclass(frozen=True)
class Composition:
    """What the turn will send to its provider, and what it falls back to."""

    language: str
    provider: Provider  # who answers: the claimed provider, or the composer for a language
    draft: Draft        # that provider's model cannot write
    given: list[dict[str, Any]]  # the memories the provider is given (numbered in the prompt)
    prompt: Prompt | None
    request: Generation


def asker_language(claimed: Claimed) -> str:
    """The language the visitor writes in; when a message does not say, the language the
    conversation was opened in, then the persona's."""
    opened = claimed.conversation.get("language") or claimed.persona.get("language", "en")
    return languages.detect(claimed.text, opened)


def history_of(store: Store, claimed: Claimed) -> list[dict[str, Any]]:
    """The conversation so far, oldest first: answered messages and replies only, so a turn
    that failed or was abandoned mid-way never enters a later prompt."""
    recent = store.recent_messages(claimed.conversation["id"], HISTORY + 1)
    kept = [m for m in recent if m["id"] != claimed.message["id"] and
            (m.get("role") == "persona" or m.get("status") == "answered")]
    return kept[-HISTORY:]


def compose(store: Store, claimed: Claimed, *, embedder: Any, deadline: float,
            max_tokens: int, temperature: float, prompt_budget: int) -> Composition:
    """The grounded draft and the generation request for this turn."""
    language = asker_language(claimed)
    hits = retrieval.find(store, claimed.persona, claimed.text, RETRIEVED, embedder)
    visitor = claimed.conversation.get("visitor_name") or ""
    draft = composer.compose(claimed.persona, claimed.text, language, hits, visitor)
    relevant = [h.memory for h in hits if h.relevance >= composer.RELEVANCE_MIN]
    provider = claimed.provider
    if language not in (getattr(provider, "languages", None) or (language,)):
        provider = GROUNDED  # e.g. SmolLM2-135M, which writes no Portuguese: the draft answers
    prompt = None
    if provider.name not in NEEDS_NO_PROMPT:
        prompt = build_prompt(claimed.persona, relevant, history_of(store, claimed),
                              visitor or UNNAMED[language],
                              claimed.conversation.get("relationship", ""),
                              claimed.text, prompt_budget, language=language, draft=draft.text)
        given_ids = set(prompt.memory_ids)
        given = [m for m in relevant if m["id"] in given_ids]
    else:
        # Authentic mode quotes the memories the draft used; none when the draft abstained.
        given = [h.memory for h in hits if h.memory["id"] in draft.memory_ids]
    request = Generation(
        messages=prompt.messages if prompt else [], max_tokens=max_tokens,
        temperature=temperature, stop=prompt.stop if prompt else [], deadline=deadline,
        language=language, memories=given,
        examples=list(claimed.persona.get("example_messages") or []), draft=draft.text,
        cancel=threading.Event())
    return Composition(language, provider, draft, given, prompt, request)
