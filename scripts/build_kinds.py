"""Build chalicelib/persona/data/kinds.tsv: the kinds of a few things families write about by
their kind ("Nan's kelpie, Rusty" answers "did you have a dog?"; "the sweet peas" answers
"what flowers did you grow?"); and people.txt, the kinds of person ("singer", "priest",
"nurse"), whose answer is a name.

How to run (Debian/Ubuntu, as root for the install; byte-for-byte reproducible for the same
WordNet version):

    apt-get install -y --no-install-recommends wordnet-base
    .venv/bin/python scripts/build_kinds.py            # writes the data files
    .venv/bin/python scripts/build_kinds.py --check    # rebuilds in memory, compares

Source: WordNet 3.0's noun hierarchy (wordnet-base; licence in docs/licences.md). For each
head below, every word whose most common noun sense lies under the head's first sense (its
hyponyms, at any depth, not named instances such as famous racehorses) among its two
commonest noun senses is listed: one word, letters only, at least four of them, never a
name (WordNet writes "Newfoundland" and "Pembroke" with a capital: places before breeds), and
never a word WordNet also knows as a verb, an adjective or an adverb ("bay", "launch", "mount").
people.txt lists the words under "person" the same way, verbs kept ("nurse", "cook").

Output: `#` header lines, then one line per head, `head<TAB>space-separated folded words`
(kinds.tsv) or one word a line (people.txt).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
OUTPUT = PROJECT / "chalicelib" / "persona" / "data" / "kinds.tsv"
# The kinds of person (people.txt): "qual cantor a senhora entrevistou?" is answered by a name
# ("o Cauby Peixoto") whether or not the memory says "cantor"
PEOPLE_OUTPUT = PROJECT / "chalicelib" / "persona" / "data" / "people.txt"
PEOPLE_HEAD = "person"
WORDNET = Path("/usr/share/wordnet")
# The kinds a family names a thing by: animals kept, plants grown, what one drives or sails
HEADS = ("dog", "cat", "bird", "horse", "flower", "tree", "fruit", "boat", "car")
MIN_LETTERS = 4
SENSES = 2  # a kind among a word's two commonest noun senses ("kelpie": a water spirit, a dog)


def _synsets() -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """offset -> (words, [(pointer symbol, target offset)]) for every noun synset."""
    found = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line or line.startswith("  "):
            continue
        parts = line.split(" ")
        count = int(parts[3], 16)
        said = [parts[4 + 2 * i] for i in range(count)]
        rest = parts[4 + 2 * count:]
        pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
        found[parts[0]] = (said, pointers)
    return found


def _senses() -> dict[str, list[str]]:
    """lemma -> its noun synsets' offsets, commonest first."""
    found = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        found[parts[0]] = parts[6 + int(parts[3]):]
    return found


def _other_parts() -> set[str]:
    """Words WordNet also knows as a verb, an adjective or an adverb ("launch", "entire",
    "mount"): in a memory they are seldom the thing."""
    found = set()
    for part in ("verb", "adj", "adv"):
        for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                found.add(line.split(" ", 1)[0])
    return found


def _under(head: str, synsets: dict[str, tuple[list[str], list[tuple[str, str]]]],
           senses: dict[str, list[str]], other_parts: set[str]) -> list[str]:
    """The words whose commonest noun senses lie under the head's first sense (see above);
    with `other_parts` empty, words WordNet also knows as verbs are kept ("nurse", "cook")."""
    under: set[str] = set()
    todo = [senses[head][0]]
    while todo:
        for symbol, target in synsets[todo.pop()][1]:
            if symbol == "~" and target not in under:  # hyponyms, not named instances
                under.add(target)
                todo.append(target)
    return sorted({w.lower() for offset in under for w in synsets[offset][0]
                   if w.isalpha() and w.islower() and len(w) >= MIN_LETTERS
                   and w != head
                   and w.lower() not in other_parts
                   and not under.isdisjoint(senses.get(w.lower(), [])[:SENSES])})


def build() -> tuple[str, str]:
    """kinds.tsv's text and people.txt's."""
    synsets, senses = _synsets(), _senses()
    other_parts = _other_parts()
    lines = ["# kinds.tsv: made by scripts/build_kinds.py from WordNet 3.0 (wordnet-base)",
             "# head<TAB>words whose commonest noun sense is a kind of the head"]
    for head in HEADS:
        lines.append(f"{head}\t{' '.join(_under(head, synsets, senses, other_parts))}")
    # a person is said by nouns that are verbs too ("a nurse", "the doctor", "a cook"), and
    # is asked of by them: no word is left out for that
    people = ["# people.txt: made by scripts/build_kinds.py from WordNet 3.0 (wordnet-base)",
              "# words whose commonest noun sense is a kind of person, one a line",
              *_under(PEOPLE_HEAD, synsets, senses, set())]
    return "\n".join(lines) + "\n", "\n".join(people) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    made = dict(zip((OUTPUT, PEOPLE_OUTPUT), build(), strict=True))
    if parser.parse_args().check:
        sys.exit(0 if all(path.read_text(encoding="utf-8") == text
                          for path, text in made.items()) else 1)
    for path, text in made.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
