"""The hand-written replies sets (tests/data/replies_*.json): well formed, and the held-out
sets share no person, memory or question with the dev set they are kept apart from. Only
their structure is read here, never their questions' wording."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("replies_set", "replies_heldout", "replies_heldout2", "replies_heldout3")


def _load(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_each_replies_set_is_well_formed(name: str) -> None:
    """A fact is said in its memory's text (as the bench finds it: case aside)."""
    data = _load(name)
    memories = {p["key"]: {m["id"]: m for m in p["memories"]} for p in data["personas"]}
    for person in data["personas"]:
        for memory in person["memories"]:
            assert all(fact.casefold() in memory["text"].casefold()
                       for fact in memory.get("facts") or []), memory["id"]
    for question in data["questions"]:
        assert question["persona"] in memories, question["id"]
        assert question["kind"] in ("answerable", "unanswerable"), question["id"]
        assert question["split"] in ("dev", "frozen"), question["id"]
        if question["kind"] == "answerable":
            memory = memories[question["persona"]][question["memory"]]
            assert question["facts"] and all(f.casefold() in memory["text"].casefold()
                                             for f in question["facts"]), question["id"]
        else:
            assert "memory" not in question, question["id"]


def test_no_person_memory_or_question_is_in_two_sets() -> None:
    seen: dict[str, str] = {}
    for name in SETS:
        data = _load(name)
        keys = [p["key"] for p in data["personas"]]
        keys += [m["id"] for p in data["personas"] for m in p["memories"]]
        keys += [q["id"] for q in data["questions"]]
        for key in keys:
            assert key not in seen, (key, seen.get(key), name)
            seen[key] = name
