"""A large corpus of distinct memories for the search's speed and size figures.

Each memory is a new combination of sentences taken from the hand-written sets, with people and
places from a cast of its own (a family names a few hundred people and places, not one new one
per memory) and its own years, so no two are copies while the words stay those families
write. Every seed is another family: another cast."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga go gu la le li lo "
              "lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta "
              "te ti to tu va ve vi vo vu za zi zu").split()


CORPUS_PEOPLE = ("p1", "p2", "p3", "p4")


def _sentences() -> list[str]:
    found: list[str] = []
    retrieval = json.loads((DATA / "retrieval_set.json").read_text(encoding="utf-8"))
    replies = json.loads((DATA / "replies_set.json").read_text(encoding="utf-8"))
    texts = [m["text"] for m in retrieval["memories"]]
    # the people the corpus was made from when its figures were first compared (later people
    # of the set would change every figure's corpus)
    texts += [m["text"] for p in replies["personas"] if p["key"] in CORPUS_PEOPLE
              for m in p["memories"]]
    for text in texts:
        found += [s for s in _SENTENCE.split(text) if len(s.split()) >= 4]
    return found


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


CAST = 400  # people and places a family's memories name


def memories(count: int, seed: int = 7, prefix: str = "b") -> list[dict[str, Any]]:
    """`count` distinct memories (title, text, date, created_at), the same for the same seed."""
    rng = random.Random(seed)
    pool = _sentences()
    cast = [_name(rng) for _ in range(CAST)]
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n in range(count):
        while True:
            chosen = rng.sample(pool, rng.randint(2, 4))
            extra = (f"{rng.choice(cast)} e {rng.choice(cast)} estavam lá, em "
                     f"{rng.choice(cast)}, no ano de {rng.randint(1930, 2020)}.")
            if " ".join(chosen + [extra]) not in seen:
                seen.add(" ".join(chosen + [extra]))
                break
        text = " ".join(chosen[:1] + [extra] + chosen[1:])
        title = " ".join(chosen[0].split()[:rng.randint(2, 5)]).rstrip(",.;:")
        out.append({"id": f"{prefix}{n:06d}", "title": title, "text": text,
                    "date": f"{rng.randint(1930, 2020)}-01-01",
                    "created_at": f"2024-01-01T00:00:00.{n:06d}Z"})
    return out
