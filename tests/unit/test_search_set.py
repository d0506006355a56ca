"""The labelled search set (tests/data/search_set.json) is well formed: unique ids, every label
points at a memory that exists, unanswerable questions have no label, follow-ups carry their
earlier messages, both languages are present, and every kind has enough questions in both the
dev and the frozen split."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

SET_PATH = Path(__file__).resolve().parents[1] / "data" / "search_set.json"

KINDS = ("same_words", "word_forms", "paraphrase", "other_language", "unanswerable", "follow_up")
LANGS = ("pt-BR", "en")
MIN_PER_KIND = {"same_words": 22, "word_forms": 22, "paraphrase": 22, "other_language": 22,
                "unanswerable": 22, "follow_up": 16}
# each split must hold at least this many of every kind (about half of the minimum)
MIN_PER_KIND_AND_SPLIT = {kind: n // 2 - 1 for kind, n in MIN_PER_KIND.items()}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def data() -> dict:
    raw = SET_PATH.read_bytes()
    return json.loads(raw.decode("utf-8"))


@pytest.fixture(scope="module")
def memories(data) -> list[dict]:
    return data["memories"]


@pytest.fixture(scope="module")
def questions(data) -> list[dict]:
    return data["questions"]


def test_top_level_and_persona(data):
    assert set(data) >= {"about", "persona", "memories", "questions"}
    assert "frozen" in data["about"]
    persona = data["persona"]
    assert persona["name"] and persona["language"] == "pt-BR" and persona["relationship"]
    aliases = persona["aliases"]
    assert aliases[0]["name"] == persona["name"] and aliases[0]["also_called"]
    assert 9 <= len(aliases) <= 15, "the person plus 8-14 relatives and friends"
    for alias in aliases:
        assert alias["name"].strip()
        assert all(isinstance(a, str) and a.strip() for a in alias["also_called"])


def test_memories_are_well_formed(memories):
    assert len(memories) >= 160
    ids = [m["id"] for m in memories]
    assert len(ids) == len(set(ids)), "memory ids must be unique"
    for m in memories:
        assert re.fullmatch(r"m\d{3}", m["id"]), m["id"]
        assert m["title"].strip() and m["text"].strip(), m["id"]
        assert 2 <= len(m["tags"]) <= 4, m["id"]
        assert all(isinstance(t, str) and t.strip() for t in m["tags"]), m["id"]
        assert m["lang"] in LANGS, m["id"]
        assert m["date"] == "" or DATE.match(m["date"]), m["id"]


def test_memories_are_mostly_portuguese_with_some_english(memories):
    langs = Counter(m["lang"] for m in memories)
    share_en = langs["en"] / len(memories)
    assert 0.12 <= share_en <= 0.30, langs


def test_questions_are_well_formed(questions, memories):
    assert len(questions) >= 130
    ids = [q["id"] for q in questions]
    assert len(ids) == len(set(ids)), "question ids must be unique"
    memory_ids = {m["id"] for m in memories}
    for q in questions:
        assert q["text"].strip(), q["id"]
        assert q["lang"] in LANGS, q["id"]
        assert q["kind"] in KINDS, q["id"]
        assert q["split"] in ("dev", "frozen"), q["id"]
        assert isinstance(q["context"], list), q["id"]
        assert len(q["relevant"]) == len(set(q["relevant"])), q["id"]
        unknown = set(q["relevant"]) - memory_ids
        assert not unknown, f"{q['id']} points at missing memories {unknown}"


def test_unanswerable_have_no_label_and_the_others_have_one(questions):
    for q in questions:
        if q["kind"] == "unanswerable":
            assert q["relevant"] == [], q["id"]
        else:
            assert q["relevant"], q["id"]


def test_follow_ups_carry_context_and_the_others_do_not(questions):
    for q in questions:
        if q["kind"] == "follow_up":
            assert q["context"] and all(isinstance(c, str) and c.strip() for c in q["context"]), q["id"]
        else:
            assert q["context"] == [], q["id"]


def test_other_language_questions_cross_languages(questions, memories):
    lang_of = {m["id"]: m["lang"] for m in memories}
    for q in questions:
        if q["kind"] == "other_language":
            assert any(lang_of[r] != q["lang"] for r in q["relevant"]), q["id"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_large_enough_in_both_splits(questions, kind):
    of_kind = [q for q in questions if q["kind"] == kind]
    assert len(of_kind) >= MIN_PER_KIND[kind]
    splits = Counter(q["split"] for q in of_kind)
    for split in ("dev", "frozen"):
        assert splits[split] >= MIN_PER_KIND_AND_SPLIT[kind], (kind, splits)
    assert abs(splits["dev"] - splits["frozen"]) <= 2, (kind, splits)


@pytest.mark.parametrize("kind", [k for k in KINDS])
def test_both_languages_in_every_kind(questions, kind):
    langs = Counter(q["lang"] for q in questions if q["kind"] == kind)
    assert langs["pt-BR"] and langs["en"], (kind, langs)


def test_questions_are_mostly_portuguese(questions):
    langs = Counter(q["lang"] for q in questions)
    share_pt = langs["pt-BR"] / len(questions)
    assert 0.55 <= share_pt <= 0.75, langs


def test_the_extra_dev_follow_ups_are_well_formed(questions, memories):
    extra = json.loads((SET_PATH.parent / "search_followups.json").read_text("utf-8"))
    known = {m["id"] for m in memories}
    ids = [q["id"] for q in extra["questions"]]
    assert len(ids) == 30 and len(set(ids)) == 30
    assert not set(ids) & {q["id"] for q in questions}, "ids of their own"
    for q in extra["questions"]:
        assert q["kind"] == "follow_up" and q["split"] == "dev" and q["lang"] in LANGS, q["id"]
        assert q["context"] and all(c.strip() for c in q["context"]), q["id"]
        assert q["relevant"] and set(q["relevant"]) <= known, q["id"]
