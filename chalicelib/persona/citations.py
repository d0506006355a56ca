"""Citations in a model's reply: "[2]", "[1, 3]", "[1][3]", "[memória 2]", "【2】", "(memory 2)"
mapped to the memories the prompt numbered, and taken out of the text the visitor reads."""
from __future__ import annotations

import re
from typing import Sequence

MAX_PASSES = 3
MAX_RANGE = 20  # "[1-3]" is 1, 2 and 3; a wider "range" is a year or a typo, not a citation

# A word a model may put before a number inside the marker: "memória 2", "memory 2", "m2",
# "n=2", "#2", "^2" (a footnote), "ref. 2", "fonte 2".
_LABEL = (r"(?:mem[oó]rias?|memor(?:y|ies)|mem\.?|m|n\s*=\s*[\"']?|n[ºo°]\.?|\#|\^|"
          r"refs?\.?|refer[eê]ncias?|references?|fontes?|sources?)")
_NUMBER = rf"(?:{_LABEL}\s*)?\d{{1,4}}[\"']?"
_JOIN = r"\s*(?:,|;|&|[-–—]|\be\b|\band\b|\ba\b|\bto\b)\s*"
_NUMBERS = rf"\s*{_NUMBER}(?:{_JOIN}{_NUMBER})*\s*"
# Square and lenticular brackets need no label; parentheses do, "(2)" being ordinary text.
_ONE = (rf"(?:\[{_NUMBERS}\]|【{_NUMBERS}】|［{_NUMBERS}］|〔{_NUMBERS}〕"
        rf"|\(\s*{_LABEL}\s*\d{{1,4}}(?:{_JOIN}(?:{_LABEL}\s*)?\d{{1,4}})*\s*\))")
# A run of markers ("[1], [2]"), with a "Sources:" lead-in when it opens a line or follows a
# sentence; "e"/"and" between two markers stay: they join the words the markers follow.
_LEAD = (r"(?:fontes?|sources?|refer[eê]ncias?|references?|cita[cç][oõ]es|citations?|"
         r"mem[oó]rias?(?:\s+(?:usadas|citadas))?|memories(?:\s+(?:used|cited))?)")
MARKER = re.compile(rf"(?:(?:^|(?<=[.!?…)]))[ \t]*{_LEAD}[ \t]*:\s*)?"
                    rf"{_ONE}(?:[ \t]*[,;]?[ \t]*{_ONE})*", re.IGNORECASE | re.MULTILINE)
_NUMBER_IN_MARKER = re.compile(r"\d{1,4}")
_RANGE = re.compile(r"(\d{1,4})\s*[-–—]\s*(?:\D{0,12}?)(\d{1,4})")
_EMPTY_BRACKETS = re.compile(r"(?<![ \t])[ \t]*(?:\(\s*\)|\[\s*\])")
_BLANK_LINES = re.compile(r"\n{3,}")
_CLOSING = ".,;:!?…)]}»”\"'"


def _numbers(marker: str) -> list[int]:
    """The numbers a marker cites, ranges expanded."""
    found: list[int] = []
    spans = []
    for match in _RANGE.finditer(marker):
        low, high = int(match.group(1)), int(match.group(2))
        if low < high <= low + MAX_RANGE:
            found.extend(range(low, high + 1))
            spans.append(match.span())
    for match in _NUMBER_IN_MARKER.finditer(marker):
        if not any(start <= match.start() < end for start, end in spans):
            found.append(int(match.group()))
    return found


def _take_out(text: str, memory_ids: Sequence[str], cited: list[str]) -> str:
    """One pass: the markers taken out, what they cite added to `cited`."""
    pieces: list[str] = []
    position = 0
    for match in MARKER.finditer(text):
        for n in _numbers(match.group()):
            if 1 <= n <= len(memory_ids) and memory_ids[n - 1] not in cited:
                cited.append(memory_ids[n - 1])
        pieces.append(text[position:match.start()].rstrip(" \t"))
        position = max(position, match.end())
        while position < len(text) and text[position] in " \t":
            position += 1
        # One space where the marker sat between two words; none at a line's edge or
        # before punctuation ("junina [1]." is "junina.").
        tail = next((piece[-1] for piece in reversed(pieces) if piece), "")
        following = text[position:position + 1]
        if tail not in ("", "\n") and following and following not in "\n" + _CLOSING:
            pieces.append(" ")
    pieces.append(text[position:])
    return _EMPTY_BRACKETS.sub("", "".join(pieces))


def citations(text: str, memory_ids: Sequence[str]) -> tuple[str, list[str]]:
    """The text without its citation markers, and the ids of the memories it cited.

    [n] is memory_ids[n - 1]; a number the prompt did not give is dropped (never shown, never
    counted). The ids are unique, in the order first cited."""
    cited: list[str] = []
    for _ in range(MAX_PASSES):  # "[[1]2]" leaves "[2]" behind once "[1]" is out
        text = _take_out(text, memory_ids, cited)
        if not MARKER.search(text):
            break
    text = _BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in text.split("\n")))
    return text.strip(), cited


def without_citations(text: str) -> str:
    """The text with every citation marker taken out."""
    return citations(text, ())[0]
