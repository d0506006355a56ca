"""Proposed memories: the stories the person told in a chat, waiting for the family's review.

The person's text messages are grouped by day and by topic: a topic is a run of their messages
with no pause longer than PAUSE (what others wrote in between is left out: nobody else's words
become the person's). A run becomes a proposal when it tells something: STORY_CHARS characters
or more in messages of at least STORY_WORDS words, one of them LONG_CHARS or longer. The
proposal is the person's own words, in order, with the day as its date and the first sentence
of its first message of some length as its title. At most PER_IMPORT per import, the longest first.

A proposal is stored apart from the memories (`PROPOSAL#` items, store/keys.py): no search, no
prompt and no memory count sees it until it is accepted (chalicelib/memories.py).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Sequence

from chalicelib.imports.samples import clean

PAUSE = dt.timedelta(minutes=45)
STORY_WORDS = 4
STORY_CHARS = 200
LONG_CHARS = 80
MAX_CHARS = 8_000  # a memory's text limit (schemas.MEMORY_CREATE)
TITLE_CHARS = 60
PER_IMPORT = 150
LIMIT = 500  # proposals waiting for review on one persona
TAGS = ["WhatsApp"]


@dataclass(frozen=True)
class Proposal:
    """A story found in the chat, in the person's own words."""

    at: dt.datetime  # when its first message was written
    title: str
    text: str

    @property
    def date(self) -> str:
        return self.at.date().isoformat()


def propose(messages: Sequence[tuple[dt.datetime, str]],
            limit: int = PER_IMPORT) -> list[Proposal]:
    """The stories among the person's messages (time, text), at most `limit`, in time order."""
    found: list[Proposal] = []
    run: list[tuple[dt.datetime, str]] = []
    for at, text in sorted(messages, key=lambda m: m[0]):
        if run and (at.date() != run[-1][0].date() or at - run[-1][0] > PAUSE):
            found += _stories(run)
            run = []
        run.append((at, clean(text)))
    found += _stories(run)
    longest = sorted(found, key=lambda p: len(p.text), reverse=True)[:max(0, limit)]
    return sorted(longest, key=lambda p: p.at)


def _stories(run: list[tuple[dt.datetime, str]]) -> list[Proposal]:
    """The proposals one run makes: none, one, or several when it is longer than a memory."""
    told = [(at, text) for at, text in run if len(text.split()) >= STORY_WORDS]
    if sum(len(t) for _, t in told) < STORY_CHARS or max((len(t) for _, t in told),
                                                         default=0) < LONG_CHARS:
        return []
    parts: list[list[tuple[dt.datetime, str]]] = [[]]
    size = 0
    for at, text in told:
        text = text[:MAX_CHARS]
        if parts[-1] and size + 1 + len(text) > MAX_CHARS:
            parts.append([])
            size = 0
        parts[-1].append((at, text))
        size += len(text) + 1
    return [Proposal(part[0][0], title(_headline(part)), "\n".join(t for _, t in part))
            for part in parts]


def _headline(part: list[tuple[dt.datetime, str]]) -> str:
    """The message a title is made from: the first that says something ("Lembrei de uma
    coisa..." opens a story but does not name it)."""
    return next((t for _, t in part if len(t) >= LONG_CHARS // 2), part[0][1])


def title(text: str) -> str:
    """The first sentence, cut at a word near TITLE_CHARS."""
    first = re.split(r"(?<=[.!?…])\s|\n", text.strip(), maxsplit=1)[0].strip()
    first = first.rstrip(".!?…,;: ")
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(".,;: ")
    return (cut or first[:TITLE_CHARS]) + "…"


def proposal_id(persona_id: str, proposal: Proposal) -> str:
    """An id made from the story: found again in a later import, it is the same proposal (and,
    once accepted, the same memory: its id is kept)."""
    digest = hashlib.sha256(f"proposal\n{persona_id}\n{proposal.at.isoformat()}\n"
                            f"{proposal.text}".encode())
    return base64.urlsafe_b64encode(digest.digest()).decode()[:22]


def records(persona_id: str, import_id: str, found: Sequence[Proposal],
            now: str) -> list[dict[str, Any]]:
    """The store's records for proposals, shaped as memories are (so accepting one is only
    moving it), with the import they came from."""
    return [{"id": proposal_id(persona_id, p), "persona_id": persona_id, "title": p.title,
             "text": p.text, "date": p.date, "tags": list(TAGS), "triggers": [],
             "import_id": import_id, "created_at": now, "updated_at": now}
            for p in found]
