"""Memory retrieval: rank a persona's memories for a message (the chat and search share it).

A lexical ranking (BM25 over stems and vocabulary ideas, title and tags weighted above text)
that knows the persona's aliases and each memory's keyword triggers, with a little recency.
The index is built once per persona version and kept in the process (a warm Lambda or the local
server), so a turn does not reload every memory.
"""
from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Protocol

from chalicelib.persona.embeddings import cosine
from chalicelib.persona.text import analyse, fold, query_terms, terms, words

K1 = 1.2
B = 0.75
FIELD_WEIGHTS = {"title": 2.0, "tags": 2.0, "text": 1.0}
TRIGGER_BONUS = 5.0
RRF_K = 60  # reciprocal rank fusion's usual constant
FUSION_DEPTH = 50
SEMANTIC_FLOOR = 0.2  # below this cosine, a vector match is noise
ALIAS_WEIGHT = 2.0
RECENCY_WEIGHT = 0.05
CACHE_PERSONAS = 64
CACHE_CHARS = 8_000_000  # about 130 MB of index in a 512 MB Lambda


class MemorySource(Protocol):
    """Where the index reads a persona's memories from (the Store)."""

    def all_memories(self, persona_id: str) -> list[dict[str, Any]]:
        """Every memory of the persona."""


@dataclass(frozen=True)
class Hit:
    """One memory found for a query: its ranking score (comparable only within one query) and
    its relevance, from 0 to 1 (comparable across queries and personas: the share of the
    question's meaningful words the memory covers)."""

    memory: dict[str, Any]
    score: float
    relevance: float


# Words that frame a question rather than say what it is about ("do you remember...", "conta
# sobre..."): they neither make a memory relevant nor make it less so.
FRAME_WORDS = frozenset(
    "lembra lembro lembrar lembrava lembrou lembranca lembrancas recorda recordar conta conte "
    "contar contava fala fale falar sabe saber sabia diz dizer know knew talk say said tell "
    "told recall please favor quero queria gostaria want wanted could would vc voce voces "
    "senhor senhora ai entao hein ne".split())


@dataclass
class MemoryIndex:
    """An inverted index of one persona's memories at one version."""

    memories: list[dict[str, Any]]
    postings: dict[str, list[tuple[int, float]]]
    lengths: list[float]
    average_length: float
    aliases: list[tuple[list[str], str]]  # (folded phrase words, alias term)
    triggers: list[tuple[list[str], int]]  # (folded phrase words, memory position)
    recency: list[float]
    self_names: frozenset[str] = frozenset()  # the persona's own names and nicknames
    vectors: list[list[float] | None] = field(default_factory=list)  # where configured
    # The ideas of the persona's relationship ("avó": grandma, vó, vovó...): those words in a
    # question address the persona, they are not what the question is about.
    self_ideas: frozenset[str] = frozenset()

    def search(self, query: str, limit: int,
               query_vector: list[float] | None = None) -> list[tuple[dict[str, Any], float]]:
        """The best memories for a query, with their scores (best first, ties by recency)."""
        return [(hit.memory, hit.score) for hit in self.hits(query, limit, query_vector)]

    def hits(self, query: str, limit: int,
             query_vector: list[float] | None = None) -> list[Hit]:
        """The best memories for a query with their scores and relevance, best first.

        With a query vector (and memories that have one) the ranking is hybrid: the lexical
        ranking and the embedding ranking fused by reciprocal rank."""
        lexical, relevance = self._lexical(query)
        if query_vector is None or not any(self.vectors):
            return [Hit(self.memories[p], score, relevance.get(p, 0.0))
                    for p, score in lexical[:limit]]
        similar = sorted(((p, cosine(query_vector, v)) for p, v in enumerate(self.vectors) if v),
                         key=lambda pair: -pair[1])
        semantic = [(p, s) for p, s in similar[:FUSION_DEPTH] if s >= SEMANTIC_FLOOR]
        fused: dict[int, float] = {}
        for ranking in (lexical[:FUSION_DEPTH], semantic):
            for rank, (position, _) in enumerate(ranking):
                fused[position] = fused.get(position, 0.0) + 1.0 / (RRF_K + rank + 1)
        ranked = sorted(fused.items(), key=lambda pair: (-pair[1], -self.recency[pair[0]]))
        return [Hit(self.memories[p], score, relevance.get(p, 0.0)) for p, score in ranked[:limit]]

    def lexical(self, query: str) -> list[tuple[int, float]]:
        """Every memory the words of the query reach, as (position, score), best first."""
        return self._lexical(query)[0]

    def _addresses(self, word: str) -> bool:
        """True for a word that can address the persona: a kinship word of its relationship,
        or one of its own names."""
        return word in self.self_names or word in ADDRESS_WORDS or any(
            t in self.self_ideas for t, _ in terms(word))

    def _idf(self, term: str) -> float:
        n = len(self.memories)
        found = len(self.postings.get(term, ()))
        return math.log(1 + (n - found + 0.5) / (found + 0.5))

    def _lexical(self, query: str) -> tuple[list[tuple[int, float]], dict[int, float]]:
        """The lexical ranking, and each reached memory's relevance: the share of the query's
        meaningful words (weighted by rarity; a word no memory has weighs most) it covers."""
        query_words = words(without_vocative(query, self.self_names))
        # "vo qual era..." typed without a comma still opens by addressing the persona: those
        # first words say who is asked, not what about (later, "sua avó" is a subject).
        leading = 0
        while leading < min(2, len(query_words) - 1) and self._addresses(query_words[leading]):
            leading += 1
        counts: dict[str, float] = {}
        units: list[tuple[float, list[str]]] = []  # (weight, terms) per meaningful word
        # A name or nickname in the question is the most specific thing in it: its words count
        # as that person (twice), not as ordinary words ("Tio Zé" is José, not any uncle).
        rest = list(query_words)
        for phrase, term in sorted(self.aliases, key=lambda a: -len(a[0])):
            while _contains(rest, phrase):
                start = next(i for i in range(len(rest)) if rest[i:i + len(phrase)] == phrase)
                del rest[start:start + len(phrase)]
                counts[term] = ALIAS_WEIGHT
                if term != "a:self":  # the persona named is who is asked, not what about
                    units.append((self._idf(term), [term]))
        for position, word in enumerate(rest):
            word_terms = query_terms(word)
            for term, weight in word_terms:
                counts[term] = counts.get(term, 0.0) + weight
            framing = word in FRAME_WORDS or word in self.self_names or (
                position < leading and self._addresses(word))
            if word_terms and not framing:
                stems_only = [t for t, _ in terms(word) if t.startswith("s:")]
                units.append((max(self._idf(t) for t in stems_only),
                              [t for t, _ in word_terms]))
        n = len(self.memories)
        scores: dict[int, float] = {}
        for term, query_tf in counts.items():
            postings = self.postings.get(term)
            if not postings:
                continue
            idf = math.log(1 + (n - len(postings) + 0.5) / (len(postings) + 0.5))
            for position, tf in postings:
                norm = tf * (K1 + 1) / (
                    tf + K1 * (1 - B + B * self.lengths[position] / self.average_length))
                scores[position] = scores.get(position, 0.0) + idf * norm * min(query_tf, 2.0)
        covered: dict[int, float] = {}
        for weight, unit_terms in units:
            reached = {p for t in unit_terms for p, _ in self.postings.get(t, ())}
            for position in reached:
                covered[position] = covered.get(position, 0.0) + weight
        total = sum(weight for weight, _ in units)
        relevance = {p: (covered.get(p, 0.0) / total if total else 0.0) for p in scores}
        for phrase, position in self.triggers:
            if _contains(query_words, phrase):
                scores[position] = scores.get(position, 0.0) + TRIGGER_BONUS
                relevance[position] = 1.0  # the family said so: this memory is about that
        ranked = sorted(
            ((score * (1 + RECENCY_WEIGHT * self.recency[p]), p)
             for p, score in scores.items() if score > 0),
            key=lambda pair: (-pair[0], -self.recency[pair[1]]))
        return [(p, score) for score, p in ranked], relevance


_VOCATIVE = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*,\s*(?=\S)", re.UNICODE)
ADDRESS_WORDS = frozenset(
    "vo vovo avo vó vô vovó vovô avó avô gramps grandpa grandma grandfather grandmother granny "
    "grandad granddad nana pai papai "
    "mae mamae dad daddy mom mum mommy mother father tio tia uncle aunt seu dona senhor senhora "
    "querido querida dear".split())


def without_vocative(message: str, names: frozenset[str] = frozenset()) -> str:
    """The message without a leading form of address ("Vô, ...", "Grandpa, ..."): it names
    the persona being spoken to, not what the message is about."""
    match = _VOCATIVE.match(message)
    if match and set(words(match.group(1))) & (ADDRESS_WORDS | names):
        return message[match.end():]
    return message


def _contains(haystack: list[str], phrase: list[str]) -> bool:
    if not phrase or len(phrase) > len(haystack):
        return False
    first = phrase[0]
    return any(haystack[i] == first and haystack[i:i + len(phrase)] == phrase
               for i in range(len(haystack) - len(phrase) + 1))


def _alias_terms(text_words: list[str],
                 aliases: list[tuple[list[str], str]]) -> list[tuple[str, float]]:
    return [(term, 1.0) for term in dict.fromkeys(
        term for phrase, term in aliases if _contains(text_words, phrase))]


def _alias_phrases(persona: dict[str, Any]) -> list[tuple[list[str], str]]:
    phrases = []
    for number, alias in enumerate(persona.get("aliases") or []):
        for name in [alias.get("name", ""), *alias.get("also_called", [])]:
            phrase = words(name)
            if phrase:
                phrases.append((phrase, f"a:{number}"))
    if persona.get("name"):
        phrases.append((words(persona["name"]), "a:self"))
    return phrases


def _own_names(persona: dict[str, Any]) -> frozenset[str]:
    """The words of the persona's own name and of the aliases that share a word with it."""
    own = set(words(persona.get("name") or ""))
    for alias in persona.get("aliases") or []:
        if own & set(words(alias.get("name", ""))):
            for name in alias.get("also_called") or []:
                own |= set(words(name))
    return frozenset(own)


def build_index(persona: dict[str, Any], memories: list[dict[str, Any]]) -> MemoryIndex:
    """Analyse every memory once: stems, ideas and aliases per field, weighted."""
    aliases = _alias_phrases(persona)
    postings: dict[str, list[tuple[int, float]]] = {}
    lengths: list[float] = []
    triggers: list[tuple[list[str], int]] = []
    for position, memory in enumerate(memories):
        weighted: dict[str, float] = {}
        fields = {"title": memory.get("title") or "", "tags": " ".join(memory.get("tags") or []),
                  "text": memory.get("text") or ""}
        length = 0.0
        for name, text in fields.items():
            field_terms = analyse(text) + _alias_terms(words(text), aliases)
            for term, weight in field_terms:
                weighted[term] = weighted.get(term, 0.0) + weight * FIELD_WEIGHTS[name]
            length += sum(w for _, w in field_terms) * FIELD_WEIGHTS[name]
        for term, tf in weighted.items():
            postings.setdefault(term, []).append((position, tf))
        lengths.append(length or 1.0)
        triggers += [(words(t), position) for t in memory.get("triggers") or [] if words(t)]
    order = sorted(range(len(memories)), key=lambda p: memories[p].get("created_at", ""))
    recency = [0.0] * len(memories)
    for rank, position in enumerate(order):
        recency[position] = rank / max(1, len(memories) - 1)
    own = _own_names(persona)
    vectors = [m.get("embedding") or None for m in memories]
    ideas = frozenset(t for t, _ in analyse(persona.get("relationship") or "")
                      if t.startswith("c:"))
    return MemoryIndex(memories, postings, lengths,
                       sum(lengths) / len(lengths) if lengths else 1.0, aliases, triggers,
                       recency, frozenset(own), vectors if any(vectors) else [], ideas)


class IndexCache:
    """Indexes of recently used personas, keyed by persona id and version, bounded both in
    number and in the text they hold (one large persona must not crowd out a warm Lambda)."""

    def __init__(self, capacity: int = CACHE_PERSONAS, max_chars: int = CACHE_CHARS) -> None:
        self._capacity = capacity
        self._max_chars = max_chars
        self._indexes: OrderedDict[str, tuple[int, MemoryIndex, int]] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()
        self.builds = 0

    def index_for(self, source: MemorySource, persona: dict[str, Any]) -> MemoryIndex:
        """The persona's index at its current version, built if missing or stale."""
        pid, version = persona["id"], persona.get("version", 0)
        with self._lock:
            cached = self._indexes.get(pid)
            if cached is not None and cached[0] == version:
                self._indexes.move_to_end(pid)
                return cached[1]
        memories = source.all_memories(pid)
        index = build_index(persona, memories)
        size = sum(len(m.get("text") or "") + len(m.get("title") or "") for m in memories)
        with self._lock:
            self.builds += 1
            old = self._indexes.pop(pid, None)
            if old is not None:
                self._chars -= old[2]
            self._indexes[pid] = (version, index, size)
            self._chars += size
            while len(self._indexes) > 1 and (len(self._indexes) > self._capacity
                                              or self._chars > self._max_chars):
                _, (_, _, dropped) = self._indexes.popitem(last=False)
                self._chars -= dropped
        return index

    def clear(self) -> None:
        """Forget every index."""
        with self._lock:
            self._indexes.clear()
            self._chars = 0


CACHE = IndexCache()


def search(source: MemorySource, persona: dict[str, Any], query: str, limit: int,
           embedder: Any = None) -> list[tuple[dict[str, Any], float]]:
    """The persona's memories that best answer `query`, with scores (hybrid when an embedder
    is configured and the memories carry vectors)."""
    return [(hit.memory, hit.score) for hit in find(source, persona, query, limit, embedder)]


def find(source: MemorySource, persona: dict[str, Any], query: str, limit: int,
         embedder: Any = None) -> list[Hit]:
    """The persona's best memories for `query`, with score and relevance."""
    index = CACHE.index_for(source, persona)
    query_vector = embedder.embed_query(query) if embedder is not None and index.vectors \
        else None
    return index.hits(query, limit, query_vector)


__all__ = ["search", "find", "Hit", "build_index", "IndexCache", "CACHE", "fold"]
