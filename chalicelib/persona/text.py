"""Text analysis for Portuguese and English: folding, stop words, stems and concepts."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from chalicelib.persona.vocabulary import GROUPS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

STOP_WORDS = frozenset("""
a à ao aos as às até com como da das de dela dele deles do dos e é ela elas ele eles em entre
era eram essa esse esta está estava este eu foi for foram há isso isto já la lá lhe mais mas me
mesmo meu minha muito na nas não nem no nos nós o os ou para pela pelas pelo pelos por qual quando
que quem se sem ser seu seus sua suas só também te tem tinha um uma umas uns você vocês vos tu
teu tua sobre aquele aquela aquilo onde porque pra pro num numa nuns numas dum duma ter tive teve
sim então assim aqui ali cá
the an and or but of to in on at by for with from as is was were be been being are am it its
this that these those i you he she we they me him her us them my your his our their what which
who whom when where why how did do does done have has had not no yes so if then than there here
about into over after before up down out again can could would should will just very too also
tell remember ever
""".split())


def fold(text: str) -> str:
    """Lower-case without accents: 'Antônio' and 'antonio' are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_STOP_FOLDED = frozenset(fold(w) for w in STOP_WORDS)
_stemmers = {"pt": snowballstemmer.stemmer("portuguese"), "en": snowballstemmer.stemmer("english")}


def words(text: str) -> list[str]:
    """The folded words of a text, stop words included (for phrase matching)."""
    return [fold(w) for w in _WORD.findall(text)]


@lru_cache(maxsize=100_000)
def stems(word: str) -> tuple[str, ...]:
    """The word's Portuguese and English stems, folded (one if they agree)."""
    found = []
    for stemmer in _stemmers.values():
        stem = fold(stemmer.stemWord(word))
        if stem not in found:
            found.append(stem)
    return tuple(found)


MIN_CONCEPT_STEM = 4  # shorter stems collide across words ("casa"/"casou" -> "cas")


def _concept_keys(word: str) -> set[str]:
    """The forms under which a word meets the vocabulary: itself, and its longer stems."""
    return {word} | {stem for stem in stems(word) if len(stem) >= MIN_CONCEPT_STEM}


def _concept_map() -> dict[str, frozenset[int]]:
    mapping: dict[str, set[int]] = {}
    for group_id, group in enumerate(GROUPS):
        for word in group:
            for key in _concept_keys(fold(word)):
                mapping.setdefault(key, set()).add(group_id)
    return {k: frozenset(v) for k, v in mapping.items()}


_CONCEPTS = _concept_map()


@lru_cache(maxsize=100_000)
def terms(word: str) -> tuple[tuple[str, float], ...]:
    """The weighted index terms of one folded word: its stems (sharing one unit of weight, so
    a word counts once whichever language's stem matches) and the ideas it belongs to."""
    if word in _STOP_FOLDED or len(word) < 2 and not word.isdigit():
        return ()
    word_stems = stems(word)
    found = [(f"s:{s}", 1.0 / len(word_stems)) for s in word_stems]
    concepts: set[int] = set()
    for key in _concept_keys(word):
        concepts |= _CONCEPTS.get(key, frozenset())
    found += [(f"c:{c}", 1.0) for c in sorted(concepts)]
    return tuple(found)


def analyse(text: str) -> list[tuple[str, float]]:
    """Every weighted index term of a text, in order, repeated as often as it occurs."""
    out: list[tuple[str, float]] = []
    for word in words(text):
        out.extend(terms(word))
    return out
