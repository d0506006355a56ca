"""The prompt builder: a pure function from persona, memories, history and visitor to a
provider-neutral list of turns, rendered from Jinja2 templates in the persona's language.

Mistral 7B Instruct has no system role, so the instructions open the first user turn and the
turns strictly alternate user / assistant, starting and ending with the user. Everything the
family or a visitor typed is escaped on the way into the template, so a memory cannot close its
<memory> tag or pass itself off as instructions.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
CHARS_PER_TOKEN = 3.0  # conservative for Portuguese and English on Mistral's tokenizer
MEMORY_MAX_TOKENS = 400
CORE_SHARE = 0.40
MESSAGE_SHARE = 0.20
ELLIPSIS = "…"


def estimate_tokens(text: str) -> int:
    """A conservative token count (no tokenizer is shipped to Lambda)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def escape_data(value: Any) -> Any:
    """Neutralise the characters that could open or close a delimiter."""
    if isinstance(value, str):
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                              undefined=jinja2.StrictUndefined, autoescape=False,
                              finalize=escape_data, keep_trailing_newline=False)


def _render(kind: str, language: str, **values: Any) -> str:
    name = f"{kind}.{language if language in ('pt-BR', 'en') else 'en'}.j2"
    return _environment().get_template(name).render(**values).strip()


def trim(text: str, max_tokens: int) -> str:
    """Text cut to about `max_tokens`, at a word boundary, marked with an ellipsis."""
    limit = int(max_tokens * CHARS_PER_TOKEN)
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ""
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + ELLIPSIS


@dataclass(frozen=True)
class Prompt:
    """The turns to send, with what went into them."""

    messages: list[dict[str, str]]
    stop: list[str]
    rules: str  # the instructions' own text, for the leak guard
    memory_ids: list[str]
    estimated_tokens: int
    budget: int


def _years(persona: dict[str, Any]) -> str:
    birth, death = persona.get("birth_year"), persona.get("death_year")
    if birth and death:
        return f"{birth}–{death}"
    return str(birth) if birth else ""


def _aliases(persona: dict[str, Any]) -> str:
    parts = []
    for alias in persona.get("aliases") or []:
        also = ", ".join(alias.get("also_called") or [])
        parts.append(f"{alias.get('name', '')} ({also})" if also else alias.get("name", ""))
    return "; ".join(p for p in parts if p)


def alternate(turns: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Turns merged so that roles strictly alternate, starting and ending with the user."""
    merged: list[dict[str, str]] = []
    for turn in turns:
        if not turn["content"].strip():
            continue
        if merged and merged[-1]["role"] == turn["role"]:
            merged[-1] = {"role": turn["role"],
                          "content": merged[-1]["content"] + "\n\n" + turn["content"]}
        else:
            merged.append(dict(turn))
    if merged and merged[0]["role"] != "user":
        merged.insert(0, {"role": "user", "content": "…"})
    return merged


def build_prompt(persona: dict[str, Any], memories: Sequence[dict[str, Any]],
                 history: Sequence[dict[str, Any]], visitor: str, relationship: str,
                 message: str, budget: int) -> Prompt:
    """Fill the budget by priority: core persona, memories, recent history, example messages.

    `memories` come ranked best first; `history` is the conversation so far, oldest first,
    without the message being answered. The result never exceeds `budget` estimated tokens."""
    language = persona.get("language", "en")
    name = persona.get("name", "")
    rules = _render("rules", language, name=name, visitor=visitor, relationship=relationship)
    message_text = trim(message, int(budget * MESSAGE_SHARE))
    fixed = estimate_tokens(rules) + estimate_tokens(message_text) + 8

    core_room = max(0, int((budget - fixed) * CORE_SHARE))
    core = {"personality": trim(persona.get("personality", ""), core_room // 4),
            "speaking_style": trim(persona.get("speaking_style", ""), core_room // 4),
            "aliases": trim(_aliases(persona), core_room // 8)}
    used_core = sum(estimate_tokens(v) for v in core.values())
    core["biography"] = trim(persona.get("biography", ""), max(0, core_room - used_core))
    context_values = {"name": name, "years": _years(persona),
                      "persona_relationship": persona.get("relationship", ""), **core}
    base = _render("context", language, memories=[], examples=[], **context_values)
    room = budget - fixed - estimate_tokens(base)

    chosen_memories: list[dict[str, Any]] = []
    for memory in memories:
        text = trim(memory.get("text", ""), MEMORY_MAX_TOKENS)
        piece = {"text": text, "title": memory.get("title", ""), "date": memory.get("date"),
                 "id": memory["id"]}
        cost = estimate_tokens(text + piece["title"] + (piece["date"] or "")) + 12
        if cost <= room:
            chosen_memories.append(piece)
            room -= cost

    chosen_history: list[dict[str, str]] = []
    for past in reversed(history):
        cost = estimate_tokens(past.get("text", "")) + 4
        if cost > room:
            break
        role = "user" if past.get("role") == "visitor" else "assistant"
        chosen_history.insert(0, {"role": role, "content": past.get("text", "")})
        room -= cost

    chosen_examples: list[str] = []
    for example in persona.get("example_messages") or []:
        cost = estimate_tokens(example) + 6
        if cost <= room:
            chosen_examples.append(example)
            room -= cost

    while True:
        context = _render("context", language, memories=chosen_memories,
                          examples=chosen_examples, **context_values)
        turns = alternate([{"role": "user", "content": f"{rules}\n\n{context}"},
                           *chosen_history, {"role": "user", "content": message_text}])
        total = sum(estimate_tokens(t["content"]) for t in turns)
        if total <= budget:
            break
        # The estimates of the pieces undercount the markup: shed the least important piece,
        # and when only the core is left, shorten it (the message last of all).
        if chosen_examples:
            chosen_examples.pop()
        elif chosen_history:
            chosen_history.pop(0)
        elif chosen_memories:
            chosen_memories.pop()
        else:
            longest = max(("biography", "personality", "speaking_style", "aliases"),
                          key=lambda k: len(context_values[k]))
            if context_values[longest]:
                size = estimate_tokens(context_values[longest])
                context_values[longest] = trim(context_values[longest], size // 2)
            elif len(message_text) > 1:
                message_text = trim(message_text, estimate_tokens(message_text) // 2)
            else:
                break  # the rules alone exceed the budget: a configuration error upstream
    stop = [f"\n{visitor}:", f"\n{visitor.split(' ')[0]}:"] if visitor.strip() else []
    return Prompt(messages=turns, stop=list(dict.fromkeys(stop)), rules=rules,
                  memory_ids=[m["id"] for m in chosen_memories], estimated_tokens=total,
                  budget=budget)
