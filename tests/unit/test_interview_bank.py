"""The guided interview's question bank (chalicelib/persona/data/interview_questions.json): big
enough, every chapter of a life, both languages, ids that stay put, and wording that works
whoever answers (docs/interview.md)."""
from __future__ import annotations

import json
import re

import pytest

from chalicelib import interview
from chalicelib.persona import language as languages

CHAPTERS = ("childhood", "school", "work", "love", "children", "faith", "places", "food",
            "hard-times", "joys", "advice")
LANGS = ("pt-BR", "en")
# Pronouns that would give the person a gender the family never told (the questions name them).
GENDERED = {"pt-BR": re.compile(r"\b(ele|ela|dele|dela|nele|nela|seu marido|sua esposa)\b", re.I),
            "en": re.compile(r"\b(he|she|him|her|his|hers|himself|herself|husband|wife)\b",
                             re.I)}


def texts() -> list[tuple[str, str, str, str]]:
    """(question id, part, language, text) of every text in the bank."""
    return [(q.id, part, lang, getattr(q, part)[lang]) for q in interview.questions().values()
            for part in ("text", "follow_up") for lang in LANGS]


def test_the_bank_holds_at_least_sixty_questions_in_every_chapter_of_a_life() -> None:
    chapters = interview.bank()
    assert tuple(c.key for c in chapters) == CHAPTERS
    assert len(interview.questions()) >= 60
    assert all(len(c.questions) >= 5 for c in chapters), [(c.key, len(c.questions))
                                                         for c in chapters]
    for chapter in chapters:
        assert set(chapter.name) == set(LANGS) and all(chapter.name[lang].strip()
                                                       for lang in LANGS)


def test_every_question_and_follow_up_is_in_both_languages() -> None:
    for question in interview.questions().values():
        for part in (question.text, question.follow_up):
            assert set(part) == set(LANGS), question.id
            assert all(part[lang].strip() == part[lang] and part[lang] for lang in LANGS), \
                question.id
    for qid, part, lang, text in texts():
        assert text.endswith(("?", ".")), (qid, part, lang)


def test_ids_are_unique_stable_words_under_their_chapter() -> None:
    raw = json.loads(interview.BANK_FILE.read_text(encoding="utf-8"))
    listed = [q["id"] for c in raw["chapters"] for q in c["questions"]]
    assert len(listed) == len(set(listed))
    for question in interview.questions().values():
        assert re.fullmatch(r"[a-z-]+\.[a-z_]+", question.id), question.id
        assert question.id.startswith(question.chapter + ".")
        assert len(question.id) <= 64  # what the answer and skip bodies accept


def test_no_placeholder_is_left_once_the_name_is_in() -> None:
    persona = {"name": "Maria Aparecida dos Santos"}
    for qid, part, lang, text in texts():
        assert set(re.findall(r"\{[^}]*\}", text)) <= {"{name}"}, (qid, part, lang)
        said = interview.worded(text, persona)
        assert "{" not in said and "}" not in said, (qid, part, lang)
    # every question names the person it asks about
    assert all("{name}" in q.text[lang] for q in interview.questions().values()
               for lang in LANGS)


def test_the_person_is_named_never_given_a_pronoun() -> None:
    """The same words must serve for a grandmother and a grandfather, and for the person who
    answers about themself: the bank names them instead of saying he or she."""
    for qid, part, lang, text in texts():
        assert not GENDERED[lang].search(text), (qid, part, lang, text)


def test_each_text_reads_as_its_own_language() -> None:
    """An answer's memory is titled with the question in the answer's language: each text
    must say its language to the chat's own detector, even where the fallback is the other."""
    other = {"pt-BR": "en", "en": "pt-BR"}
    wrong = [(qid, part, lang) for qid, part, lang, text in texts()
             if languages.detect(interview.worded(text, {"name": "Ana"}), other[lang]) != lang]
    assert wrong == []


@pytest.mark.parametrize("name, called", [
    ("Maria Aparecida dos Santos Ferreira", "Maria"),
    ("Antônio Carlos", "Antônio"),
    ("Vó Cida", "Vó Cida"),
    ("Dona Maria José", "Dona Maria"),
    ("Zé", "Zé"),
])
def test_questions_call_the_person_by_first_name(name: str, called: str) -> None:
    assert interview.called({"name": name}) == called
    assert interview.worded("Onde {name} cresceu?", {"name": name}) == f"Onde {called} cresceu?"
