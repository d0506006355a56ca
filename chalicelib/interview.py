"""The guided life interview: questions about a life, one at a time, whose answers become
memories (docs/interview.md).

The questions live in a bank (persona/data/interview_questions.json), by chapter in the order
of a life, each in both languages with a gentle follow-up. They speak of the person by name in
the third person ("Onde Maria nasceu e cresceu?"), so that they read right whoever answers: the
person writing their own story, or a daughter writing for a mother who has died. A question
the memories already answer is not asked: the chat's own search and its calibrated "does this
memory answer" decision (persona/confidence.py through composer.answers) say so, every time,
so a memory added or deleted elsewhere counts at once. Which questions were answered, skipped
or put off for later is one small item per persona (Store.interview_state).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Mapping

from chalicelib import access, ids, memories
from chalicelib.errors import Conflict, InvalidInput
from chalicelib.identity import Identity
from chalicelib.persona import language as languages
from chalicelib.persona import retrieval
from chalicelib.persona.composer import answers
from chalicelib.persona.embeddings import Embedder
from chalicelib.persona.text import fold
from chalicelib.schemas import INTERVIEW_ANSWER, INTERVIEW_SKIP
from chalicelib.store.repository import Store
from chalicelib.validation import validate

BANK_FILE = Path(__file__).parent / "persona" / "data" / "interview_questions.json"
TAG = "interview"  # every answer's memory carries it, beside its chapter's key
COUNTS = ("answered", "known", "skipped", "later", "remaining", "total")
# How much of a question the memory that answers it must cover before the question is not
# asked (the share of its meaningful words, as the search's relevance measures it). Above the
# chat's own floor (composer.RELEVANCE_MIN, 0.5): a question skipped is never asked, while a
# chat's reply can be asked again; and the interview's own answers are titled with questions
# much like their neighbours' ("Que tarefas Maria tinha em casa quando era criança?" shares
# 0.72 of its words with "Como eram as festas ... na casa de Maria quando criança?").
COVERED_MIN = 0.75


@dataclass(frozen=True)
class Question:
    """One question of the bank: its id, its chapter's key, and its text and follow-up in
    each language, with `{name}` where the person's name goes."""

    id: str
    chapter: str
    text: Mapping[str, str]
    follow_up: Mapping[str, str]


@dataclass(frozen=True)
class Chapter:
    """A chapter of a life: its key (a memory's tag), its name in each language, and its
    questions in the order they are asked."""

    key: str
    name: Mapping[str, str]
    questions: tuple[Question, ...]


@cache
def bank() -> tuple[Chapter, ...]:
    """The chapters, in the order of a life, each with its questions."""
    raw = json.loads(BANK_FILE.read_text(encoding="utf-8"))
    return tuple(
        Chapter(c["key"], c["name"], tuple(
            Question(q["id"], c["key"], q["text"], q["follow_up"]) for q in c["questions"]))
        for c in raw["chapters"])


@cache
def questions() -> dict[str, Question]:
    """Every question by id, in the order they are asked."""
    return {q.id: q for chapter in bank() for q in chapter.questions}


def called(persona: dict[str, Any]) -> str:
    """What the questions call the person: the first name ("Maria" of "Maria Aparecida dos
    Santos"), with the form of address it comes after ("Dona Maria", "Vó Cida")."""
    parts = str(persona.get("name") or "").split()
    if len(parts) > 1 and fold(parts[0]) in retrieval.ADDRESS_WORDS:
        return " ".join(parts[:2])
    return parts[0] if parts else ""


def worded(text: str, persona: dict[str, Any]) -> str:
    """A question's text with the person's name in it."""
    return text.replace("{name}", called(persona))


def asker_language(persona: dict[str, Any], wanted: str | None,
                   accept_language: str | None) -> str:
    """The language to ask in, as the rest of the API negotiates it: the one asked for, else
    the Accept-Language header's, else the persona's."""
    return (wanted or languages.from_accept_language(accept_language)
            or persona.get("language") or "en")


def known(store: Store, persona: dict[str, Any], asked: list[Question],
          language: str) -> set[str]:
    """The ids of the questions among `asked` that the persona's memories already answer. Each
    question is searched as the chat searches a message, worded in the
    person's language and in the asker's (the languages the family writes memories in), and
    is answered when, for either wording, the chat would answer from its best memory
    (composer.answers: the calibrated confidence) and that memory covers at least
    COVERED_MIN of the question. Lexical only (no embedder): the calibrated decision is made
    on the lexical figures, and a question asked here is never worth a model call."""
    found: set[str] = set()
    wordings = dict.fromkeys([persona.get("language") or "en", language])
    for question in asked:
        for wording in wordings:
            hits = retrieval.find(store, persona, worded(question.text[wording], persona), 2)
            if hits and answers(hits[0]) and hits[0].relevance >= COVERED_MIN:
                found.add(question.id)
                break
    return found


def _progress(state: dict[str, dict[str, Any]], answered_by_memories: set[str],
              language: str) -> dict[str, Any]:
    """How far the interview has come, per chapter and overall."""
    chapters = []
    overall = dict.fromkeys(COUNTS, 0)
    for chapter in bank():
        counts = dict.fromkeys(COUNTS, 0)
        for question in chapter.questions:
            status = (state.get(question.id) or {}).get("status")
            if status in ("answered", "skipped"):
                counts[status] += 1
            elif question.id in answered_by_memories:
                counts["known"] += 1
            else:
                counts["remaining"] += 1
                counts["later"] += status == "later"
            counts["total"] += 1
        for name in COUNTS:
            overall[name] += counts[name]
        chapters.append({"chapter": chapter.key, "name": chapter.name[language], **counts})
    return {**overall, "chapters": chapters}


def next_question(store: Store, caller: Identity, persona_id: str, wanted_language: str | None,
                  accept_language: str | None, chapter: str | None = None) -> dict[str, Any]:
    """The next question to ask (owner or editor), in the asker's language, with the
    interview's progress; `question_id` null (and `done`) when none is left to ask, in
    `chapter` when one is given. Questions come in the bank's order, those put off for later
    after all the others (the longest put off first)."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    if wanted_language is not None and wanted_language not in languages.LANGUAGES:
        raise InvalidInput(f"language: must be one of {', '.join(languages.LANGUAGES)}",
                           reason="not_a_choice")
    keys = [c.key for c in bank()]
    if chapter is not None and chapter not in keys:
        raise InvalidInput(f"chapter: must be one of {', '.join(keys)}", reason="not_a_choice")
    language = asker_language(persona, wanted_language, accept_language)
    state = store.interview_state(persona_id)
    open_questions = [q for q in questions().values()
                      if (state.get(q.id) or {}).get("status") not in ("answered", "skipped")]
    by_memories = known(store, persona, open_questions, language)
    to_ask = [q for q in open_questions if q.id not in by_memories
              and (chapter is None or q.chapter == chapter)]
    fresh = [q for q in to_ask if q.id not in state]
    later = sorted((q for q in to_ask if q.id in state),
                   key=lambda q: str(state[q.id].get("at") or ""))
    progress = _progress(state, by_memories, language)
    if not fresh and not later:
        return {"question_id": None, "text": None, "follow_up": None, "chapter": None,
                "chapter_name": None, "later": False, "language": language, "done": True,
                "progress": progress}
    question = (fresh or later)[0]
    names = {c.key: c.name[language] for c in bank()}
    return {"question_id": question.id, "text": worded(question.text[language], persona),
            "follow_up": worded(question.follow_up[language], persona),
            "chapter": question.chapter, "chapter_name": names[question.chapter],
            "later": not fresh, "language": language, "done": False, "progress": progress}


def _question(question_id: str) -> Question:
    found = questions().get(question_id)
    if found is None:
        raise InvalidInput("question_id: not a question of the interview (send the id that "
                           "GET …/interview/next gave)", reason="not_a_question")
    return found


def answer(store: Store, caller: Identity, persona_id: str, body: dict[str, Any],
           accept_language: str | None = None,
           embedder: Embedder | None = None) -> dict[str, Any]:
    """Keep an answer as a memory (owner or editor), through the memories' own use case, so
    their limits and the search index apply: titled with the question it answers, in the
    language the answer is written in, and tagged `interview` and the chapter's key. An
    answer to the question itself marks it answered; an answer to its follow-up is a memory
    of its own."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    data = validate(INTERVIEW_ANSWER, body)
    question = _question(data["question_id"])
    shown = asker_language(persona, data.get("language"), accept_language)
    language = languages.detect(data["text"], shown)
    part = data.get("answer_to", "question")
    asked = question.text if part == "question" else question.follow_up
    memory = memories.add(store, caller, persona_id, {
        "text": data["text"], "title": worded(asked[language], persona),
        "tags": [TAG, question.chapter]}, embedder)
    if part == "question":
        store.mark_interview_question(persona_id, question.id, {
            "status": "answered", "memory_id": memory["id"], "at": ids.iso_precise(ids.now())})
    return memory


def skip(store: Store, caller: Identity, persona_id: str, body: dict[str, Any]) -> None:
    """Pass over a question (owner or editor): for good (`ask_again: never`, the default), or
    until every other question was asked (`later`). An answered question stays answered."""
    access.persona_for(store, persona_id, caller, need="editor")
    data = validate(INTERVIEW_SKIP, body)
    question = _question(data["question_id"])
    if (store.interview_state(persona_id).get(question.id) or {}).get("status") == "answered":
        raise Conflict("question_id: already answered; its answer is a memory, which can be "
                       "edited or deleted like any other", reason="already_answered")
    status = "later" if data.get("ask_again") == "later" else "skipped"
    store.mark_interview_question(persona_id, question.id,
                                  {"status": status,  # to the microsecond: it orders them
                                   "at": ids.iso_precise(ids.now())})


def export_view(store: Store, persona_id: str) -> dict[str, Any]:
    """The interview's state for the owner's export: each question answered, skipped or put
    off, in the bank's order (an id the bank no longer has, last)."""
    state = store.interview_state(persona_id)
    order = {qid: n for n, qid in enumerate(questions())}
    return {"questions": [
        {"question_id": qid, "chapter": questions()[qid].chapter if qid in order else None,
         **{k: entry.get(k) for k in ("status", "at", "memory_id") if k in entry}}
        for qid, entry in sorted(state.items(), key=lambda p: (order.get(p[0], len(order)),
                                                                p[0]))]}
