"""What is spoken when a persona's message is read aloud: a short spoken disclosure, then the
message's own words with no markup, in at most one synthesis request.

The disclosure is spoken because someone listening may not be looking at the screen, and a
synthetic voice reading a loved one's words in the first person is where being told matters
most. It is said in the language of the message (the asker's), once, at the start, and
the written disclosure under the reply stays on the screen while it plays.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

# Amazon Polly bills and accepts at most 3,000 characters of text per request; one request per
# message keeps a reply's audio one object and its cost one line.
MAX_CHARS = 3_000
PREFACE = {
    # Written by AI (a model, or the grounded draft): said so, and that the voice is synthetic.
    True: {"pt-BR": "Resposta gerada por IA, em voz sintética.",
           "en": "AI-generated reply, in a synthetic voice."},
    # Recorded words and the greeting: the words are the family's, the voice is not the person's.
    False: {"pt-BR": "Voz sintética, não a voz da pessoa.",
            "en": "A synthetic voice, not the person's own."},
}

_TAG = re.compile(r"<[^<>]{0,200}>")
_CITATION = re.compile(r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]")
_URL_SCHEME = re.compile(r"\b(?:https?|ftp)://", re.IGNORECASE)
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•]\s+)", re.MULTILINE)
_EMPHASIS = re.compile(r"[*_~`]{1,3}")
_SPACES = re.compile(r"[^\S\n]+")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


def _speakable(char: str) -> bool:
    """Letters, digits, punctuation and spaces; not emoji, symbols, format or control
    characters, which engines either spell out ("smiling face") or stumble on."""
    category = unicodedata.category(char)
    if char in "\n ":
        return True
    return not (category.startswith("C") or category in ("So", "Sk", "Mn", "Me")
                or char in "[]{}<>|\\^")


def plain(text: str) -> str:
    """The text as words to be read: no tags, citation numbers, markdown marks, link
    schemes, brackets (espeak-ng reads `[[...]]` as phonemes) or emoji; one space between
    words and one line break between paragraphs."""
    text = unicodedata.normalize("NFC", text)
    text = _TAG.sub(" ", text)
    text = _CITATION.sub("", text)
    text = _URL_SCHEME.sub("", text)
    text = _LINE_MARK.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = "".join(c if _speakable(c) else " " for c in text)
    paragraphs = [_SPACES.sub(" ", p).strip() for p in re.split(r"\n\s*\n|\n", text)]
    return "\n".join(p for p in paragraphs if p)


def shortened(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at the last sentence end (else the last space)
    before it."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head + " ")]
    cut = ends[-1] if ends else head.rfind(" ")
    return head[:cut if cut > 0 else limit].rstrip()


def spoken_text(message: dict[str, Any], language: str) -> str:
    """What is read aloud for a persona's message, in `language` (the message's)."""
    preface = PREFACE[message.get("ai_generated") is True]
    opening = preface.get(language, preface["en"])
    words = plain(str(message.get("text") or ""))
    return shortened(f"{opening}\n{words}".strip(), MAX_CHARS)
