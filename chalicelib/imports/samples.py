"""Style samples: the person's own messages, kept as examples of how they wrote.

Only the chosen sender's text messages become samples: never anyone else's words, never a
media placeholder, a deleted message or a system line. A sample is short (a long message is a
story: proposals.py offers it as a memory instead); identical messages are kept once; past
PER_IMPORT, the messages of a usual length (3 to 60 words) are taken first, evenly across the
years of the chat.

`chosen_for` picks, for one chat turn, the samples closest to what the visitor wrote: the
persona's example messages in the prompt and the voice of the grounded reply.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import re
import threading
from collections import Counter, OrderedDict
from typing import Any, Sequence

from chalicelib import access
from chalicelib.identity import Identity
from chalicelib.errors import NotFound
from chalicelib.ids import is_id
from chalicelib.persona.text import STOP_FOLDED, stems, words
from chalicelib.store.repository import Store

LIMIT = 3_000  # samples a persona keeps: chosen per turn from memory, about 300 KB
PER_IMPORT = 1_500
MAX_CHARS = 500  # as the persona's own example_messages
MIN_CHARS = 2
USUAL_WORDS = (3, 60)
PUBLIC_FIELDS = ("id", "text", "at")
_URL_ONLY = re.compile(r"(?:https?://\S+\s*)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """A message's text as it may be stored and shown (no control characters)."""
    return _CONTROL.sub("", text).strip()


def sample_id(persona_id: str, at: dt.datetime, text: str) -> str:
    """An id made from the message: the same message imported again is the same sample."""
    digest = hashlib.sha256(f"sample\n{persona_id}\n{at.isoformat()}\n{text}".encode())
    return base64.urlsafe_b64encode(digest.digest()).decode()[:22]


def pick(messages: Sequence[tuple[dt.datetime, str]], limit: int = PER_IMPORT
         ) -> list[tuple[dt.datetime, str]]:
    """The messages (time, text) worth keeping as samples, at most `limit`, in time order."""
    seen: set[str] = set()
    usual: list[tuple[dt.datetime, str]] = []
    other: list[tuple[dt.datetime, str]] = []
    for at, raw in sorted(messages, key=lambda m: m[0]):
        text = clean(raw)
        key = " ".join(text.casefold().split())
        if not MIN_CHARS <= len(text) <= MAX_CHARS or key in seen or _URL_ONLY.fullmatch(text):
            continue
        seen.add(key)
        count = len(text.split())
        (usual if USUAL_WORDS[0] <= count <= USUAL_WORDS[1] else other).append((at, text))
    chosen = _spread(usual, limit)
    chosen += _spread(other, limit - len(chosen))
    return sorted(chosen, key=lambda m: m[0])


def _spread(items: list[Any], count: int) -> list[Any]:
    """`count` items evenly spaced through `items` (all of them when there are fewer)."""
    if count <= 0:
        return []
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def records(persona_id: str, import_id: str, chosen: Sequence[tuple[dt.datetime, str]]
            ) -> list[dict[str, Any]]:
    """The store's records for chosen messages."""
    return [{"id": sample_id(persona_id, at, text), "persona_id": persona_id, "text": text,
             "at": at.isoformat(timespec="seconds"), "import_id": import_id}
            for at, text in chosen]


def view(sample: dict[str, Any]) -> dict[str, Any]:
    """A style sample as the API shows it."""
    return {k: sample.get(k) for k in PUBLIC_FIELDS}


# -- the routes -------------------------------------------------------------------------------

def list_samples(store: Store, caller: Identity, persona_id: str, cursor: str | None,
                 limit: int) -> dict[str, Any]:
    """A page of the persona's style samples, the most recently written first (owners and
    editors: samples are raw words, kept for the persona's voice, not for visitors to read)."""
    access.persona_for(store, persona_id, caller, need="editor")
    page = store.list_style_samples(persona_id, cursor, limit)
    return {"items": [view(s) for s in page["items"]], "next_cursor": page["next_cursor"]}


def delete_sample(store: Store, caller: Identity, persona_id: str, sample_id: str) -> None:
    """Delete one style sample (owners and editors)."""
    access.persona_for(store, persona_id, caller, need="editor")
    if not is_id(sample_id) or not store.delete_style_sample(persona_id, sample_id):
        raise NotFound("style sample not found")
    CACHE.forget(persona_id)


# -- one turn's examples ----------------------------------------------------------------------

class _Samples:
    """A persona's samples as a turn ranks them: their terms, and how rare each term is."""

    def __init__(self, revision: int, samples: list[dict[str, Any]]) -> None:
        self.revision = revision
        self.items = [(s["id"], s["text"], _terms(s["text"])) for s in samples]
        counts: Counter[str] = Counter(t for _, _, terms in self.items for t in terms)
        self.weight = {t: math.log(1 + len(self.items) / n) for t, n in counts.items()}
        self.chars = sum(len(text) for _, text, _ in self.items)


class SampleCache:
    """Recently used personas' samples, each as of the samples' revision it was read at (one
    get tells whether it is current; samples are read again only after they changed)."""

    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._kept: OrderedDict[str, _Samples] = OrderedDict()
        self._lock = threading.Lock()

    def samples(self, store: Store, persona_id: str) -> _Samples | None:
        revision = store.import_counts(persona_id)["samples_revision"]
        if revision == 0:
            return None
        with self._lock:
            kept = self._kept.get(persona_id)
            if kept is not None and kept.revision == revision:
                self._kept.move_to_end(persona_id)
                return kept
        fresh = _Samples(revision, store.all_style_samples(persona_id))
        with self._lock:
            self._kept[persona_id] = fresh
            self._kept.move_to_end(persona_id)
            while len(self._kept) > self._capacity:
                self._kept.popitem(last=False)
        return fresh

    def forget(self, persona_id: str) -> None:
        with self._lock:
            self._kept.pop(persona_id, None)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


CACHE = SampleCache()


def _terms(text: str) -> frozenset[str]:
    """A text's meaningful words as stems (Portuguese and English), stop words left out."""
    return frozenset(stem for word in words(text) if word not in STOP_FOLDED and len(word) > 1
                     for stem in stems(word))


def chosen_for(store: Store, persona_id: str, message: str, limit: int,
               kept: _Samples | None | bool = True) -> list[str]:
    """Up to `limit` of the persona's style samples for a turn answering `message`: those that
    share the most (rarest) words with it, then, to fill, others of a length close to it. The
    choice is stable for one message (the same turn retried gets the same examples) and varies
    between messages. One store read when the samples are cached; none is ever a proposed
    memory or another person's words. [] when the persona has no samples."""
    if limit <= 0:
        return []
    if kept is True:  # not read yet this turn (`of_turn` reads them once for both uses)
        kept = CACHE.samples(store, persona_id)
    if not isinstance(kept, _Samples) or not kept.items:
        return []
    asked = _terms(message)
    length = max(1, len(message))

    def rank(item: tuple[str, str, frozenset[str]]) -> tuple[float, int, str]:
        sample_id_, text, terms = item
        shared = sum(kept.weight.get(t, 0.0) for t in asked & terms)
        # Lengths within a factor of e of the message's are alike: among them, the message
        # itself decides (a hash), so that different messages get different examples.
        unlike = round(abs(math.log(max(1, len(text)) / length)))
        tie = hashlib.sha256(f"{message}\n{sample_id_}".encode()).hexdigest()
        return (-shared, unlike, tie)

    return [text for _, text, _ in sorted(kept.items, key=rank)[:limit]]


SAID_MIN_SHARED = 2  # distinct meaningful words a message of theirs must share with the question
SAID_MIN_WEIGHT = 3.0  # and how rare they must be together (sum of log inverse frequencies)


def of_turn(store: Store, persona_id: str) -> _Samples | None:
    """The persona's samples for one turn (one store read when they are cached)."""
    return CACHE.samples(store, persona_id)


def said_about(store: Store, persona_id: str, message: str,
               kept: _Samples | None | bool = True) -> str | None:
    """The one message of the person's own (a style sample) that speaks of what `message`
    asks, for the grounded reply to quote beside the memory that answers: the sample sharing
    the most (rarest) words with it, at least SAID_MIN_SHARED of them and SAID_MIN_WEIGHT in
    all; None when none does. Words that only address the persona or frame a question ("vô",
    "lembra", "senhor") do not count."""
    if kept is True:
        kept = CACHE.samples(store, persona_id)
    if not isinstance(kept, _Samples) or not kept.items:
        return None
    asked = _terms(message) - _NOT_A_SUBJECT
    best: tuple[float, str] | None = None
    for _, text, terms in kept.items:
        shared = asked & terms
        weight = sum(kept.weight.get(t, 0.0) for t in shared)
        if len(shared) >= SAID_MIN_SHARED and weight >= SAID_MIN_WEIGHT and (
                best is None or weight > best[0]):
            best = (weight, text)
    return best[1] if best else None


def _not_a_subject() -> frozenset[str]:
    from chalicelib.persona.retrieval import ADDRESS_WORDS, FRAME_WORDS
    return frozenset(stem for word in ADDRESS_WORDS | FRAME_WORDS for stem in stems(word))


_NOT_A_SUBJECT = _not_a_subject()
