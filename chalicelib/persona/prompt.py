"""The prompt builder: a pure function from persona, memories, history and visitor to a
provider-neutral list of turns, rendered from Jinja2 templates in the asker's language.

Mistral 7B Instruct has no system role, so the instructions open the first user turn and the
turns strictly alternate user / assistant, starting and ending with the user. The layout keeps
a stable prefix for a local model's prompt cache:

1. the first user turn: the rules, who the person was and how they wrote. It depends only on
   the persona, the visitor, the relationship, the language and the budget, never on the
   message being answered or the memories found for it;
2. the conversation so far (visitor -> user, persona -> assistant), plain text;
3. the final user turn: this message's memories numbered [1]..[n] inside delimiters, the
   grounded draft to say in the person's voice, the visitor's message, and a short reminder
   of the rules, last, where a small model pays the most attention.

Everything the family or a visitor typed into a delimited block is escaped on the way into
the template, so a memory cannot close its block or pass itself off as instructions.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
LANGUAGES = ("pt-BR", "en")
CHARS_PER_TOKEN = 3.0  # conservative for Portuguese and English on Mistral's tokenizer
MEMORY_MAX_TOKENS = 400
# Shares of what is left of the budget after the rules and the final turn's framing. The
# first turn's shares (core, examples) are decided from the budget alone, so the first turn
# is the same at every turn of a conversation; the message and the draft get at most theirs;
# memories, then history, take whatever the actual message and draft leave.
CORE_SHARE = 0.40
EXAMPLES_SHARE = 0.10
MESSAGE_SHARE = 0.20
DRAFT_SHARE = 0.15
MIN_MESSAGE_TOKENS = 24
TURN_TOKENS = 4  # what the chat template adds around a history turn
SLACK_TOKENS = 4  # the estimate of a whole turn may round up once more than its pieces
ELLIPSIS = "…"
# The persona's side between the first and the final user turn when no history fits: without
# it the two would merge into one turn, and the first turn would change with every message.
ACKNOWLEDGED = {"pt-BR": "Entendido.", "en": "Understood."}


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


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def _render(kind: str, language: str, **values: Any) -> str:
    name = f"{kind}.{_language(language)}.j2"
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
    rules: str  # the instructions' own text (rules and reminder), for the leak guard
    memory_ids: list[str]  # in the prompt's numbering: memory_ids[n - 1] is [n]
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


_BRACKETS = str.maketrans("[]【】［］", "()()()")


def _one_line(value: Any) -> str:
    """Data text on one line, its square brackets made round: a memory cannot start a line
    that looks like another numbered memory, nor carry a number that looks like a citation."""
    return " ".join(str(value or "").split()).translate(_BRACKETS)


def _memory_piece(memory: dict[str, Any]) -> dict[str, Any]:
    """A memory as its numbered line shows it."""
    return {"id": memory["id"], "text": trim(_one_line(memory.get("text")), MEMORY_MAX_TOKENS),
            "title": _one_line(memory.get("title")), "date": _one_line(memory.get("date"))}


def _memory_cost(piece: dict[str, Any]) -> int:
    line = f"[99] ({piece['date']}) {piece['title']}: {piece['text']}"
    return estimate_tokens(escape_data(line)) + 1


class _Stable:
    """The first user turn: rules, the person and example messages, fitted to a room that
    depends on the budget alone."""

    def __init__(self, persona: dict[str, Any], rules: str, language: str, free: int) -> None:
        self.persona, self.rules, self.language = persona, rules, language
        core_room = int(free * CORE_SHARE)
        self.values = {"personality": trim(persona.get("personality") or "", core_room // 4),
                       "speaking_style": trim(persona.get("speaking_style") or "",
                                              core_room // 4),
                       "aliases": trim(_aliases(persona), core_room // 8)}
        used = sum(estimate_tokens(v) for v in self.values.values())
        self.values["biography"] = trim(persona.get("biography") or "",
                                        max(0, core_room - used))
        room = int(free * EXAMPLES_SHARE)
        self.examples: list[str] = []
        for example in persona.get("example_messages") or []:
            cost = estimate_tokens(escape_data(example)) + 6
            if cost <= room:
                self.examples.append(example)
                room -= cost

    def text(self) -> str:
        context = _render("context", self.language, name=self.persona.get("name", ""),
                          years=_years(self.persona),
                          persona_relationship=self.persona.get("relationship", ""),
                          examples=self.examples, **self.values)
        return f"{self.rules}\n\n{context}"

    def shrink(self) -> bool:
        """Shed the least important piece: an example, then half the longest core field.
        False when nothing is left to shed."""
        if self.examples:
            self.examples.pop()
            return True
        longest = max(self.values, key=lambda k: len(self.values[k]))
        if not self.values[longest]:
            return False
        self.values[longest] = trim(self.values[longest],
                                    estimate_tokens(self.values[longest]) // 2)
        return True


def build_prompt(persona: dict[str, Any], memories: Sequence[dict[str, Any]],
                 history: Sequence[dict[str, Any]], visitor: str, relationship: str,
                 message: str, budget: int, *, language: str, draft: str = "") -> Prompt:
    """Fill the budget by priority: core persona, memories, recent history, example messages.

    `language` is the asker's: the rules, the framing and the reminder are in it, the
    persona's own data stays as the family wrote it. `memories` are the relevant ones, ranked
    best first; `history` is the conversation so far, oldest first, without the message being
    answered; `draft` is the grounded reply to say in the person's voice (may be empty).
    The result never exceeds `budget` estimated tokens (unless the rules alone do)."""
    language = _language(language)
    name = persona.get("name", "")
    rules = _render("rules", language, name=name, visitor=visitor, relationship=relationship,
                    other_language=_language(persona.get("language", language)) != language)
    reminder = _render("reminder", language, name=name)

    def final_turn(chosen: Sequence[dict[str, Any]], draft_text: str, message_text: str) -> str:
        body = _render("turn", language, memories=chosen, draft=draft_text, name=name,
                       visitor=visitor, message=message_text)
        return f"{body}\n\n{reminder}"

    framing = estimate_tokens(final_turn([], "", "")) + SLACK_TOKENS  # the final turn, empty
    free = max(0, budget - estimate_tokens(rules) - framing)
    message_room = max(MIN_MESSAGE_TOKENS, int(free * MESSAGE_SHARE))
    draft_room = int(free * DRAFT_SHARE)

    # 1. The stable first turn, fitted against the most the message and the draft may take.
    stable = _Stable(persona, rules, language, free)
    first = stable.text()
    while estimate_tokens(first) > budget - framing - message_room - draft_room and \
            stable.shrink():
        first = stable.text()

    # 2. This message: its memories, then as much recent history as fits.
    message_text = trim(message.strip(), message_room)
    draft_text = trim(_one_line(draft), draft_room)
    room = budget - estimate_tokens(first) - estimate_tokens(
        final_turn([], draft_text, message_text)) - SLACK_TOKENS
    chosen_memories: list[dict[str, Any]] = []
    for memory in memories:
        piece = _memory_piece(memory)
        cost = _memory_cost(piece)
        if cost <= room:
            chosen_memories.append(piece)
            room -= cost
    chosen_history: list[dict[str, str]] = []
    for past in reversed(history):
        cost = estimate_tokens(past.get("text", "")) + TURN_TOKENS
        if cost > room:
            break
        role = "user" if past.get("role") == "visitor" else "assistant"
        chosen_history.insert(0, {"role": role, "content": past.get("text", "")})
        room -= cost

    while True:
        # History opens with the persona's turn: a visitor's turn there would merge into the
        # first turn and change the prefix every model's prompt cache keys on.
        while chosen_history and chosen_history[0]["role"] == "user":
            chosen_history.pop(0)
        between = chosen_history or [{"role": "assistant", "content": ACKNOWLEDGED[language]}]
        turns = alternate([{"role": "user", "content": first}, *between,
                           {"role": "user",
                            "content": final_turn(chosen_memories, draft_text, message_text)}])
        total = sum(estimate_tokens(t["content"]) for t in turns)
        if total <= budget:
            break
        # The estimates of the pieces can undercount the markup: shed the least important
        # piece of this turn; only when none is left, shorten the message, then the first turn.
        if chosen_history:
            chosen_history.pop(0)
        elif chosen_memories:
            chosen_memories.pop()
        elif draft_text:
            draft_text = trim(draft_text, estimate_tokens(draft_text) // 2)
        elif len(message_text) > 1:
            message_text = trim(message_text, estimate_tokens(message_text) // 2)
        elif stable.shrink():
            first = stable.text()
        else:
            break  # the rules alone exceed the budget: a configuration error upstream
    stop = [f"\n{visitor}:", f"\n{visitor.split(' ')[0]}:"] if visitor.strip() else []
    return Prompt(messages=turns, stop=list(dict.fromkeys(stop)),
                  rules=f"{rules}\n\n{reminder}",
                  memory_ids=[m["id"] for m in chosen_memories], estimated_tokens=total,
                  budget=budget)
