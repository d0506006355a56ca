"""A model's reply accepted sentence by sentence, so what is shown never has to be taken back.

A model's text used to be checked whole, at the end. Streamed, that could show words the
checks later replace. Here each complete sentence is checked as it arrives, with everything
before it (the checks read the text so far, as they read the whole text before): it is
accepted, or acceptance stops there for good. Accepted text is released (to the socket, and in
the end to the stored reply) only once it says what the grounded draft says; until then it is
held back. So the released pieces joined are always the start of the final text, and REST,
which runs this very object, stores what the socket would have streamed.

The grounded composer and authentic mode write no model text: their words are released as
they come.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Sequence

from chalicelib.persona import guard, language as languages
from chalicelib.persona.citations import citations
from chalicelib.persona.text import analyse, query_terms, terms, words
from chalicelib.turn.compose import NEEDS_NO_PROMPT, Composition

SUPPORT_MIN_SHARED = 2  # ideas a reply must share with a memory to be "based on" it
DRAFT_KEPT_SHARE = 0.3  # of the quoted memory's words a rewritten answer must still say
# What clean_reply answers with when nothing is left: a value no model text can be, so that
# "nothing to show yet" is told apart from text (a sentence that was all markup is held).
_NOTHING = "\x00nothing\x00"

Release = Callable[[str], None]


def _ideas(text: str) -> set[str]:
    return {t for t, _ in analyse(text)}


def supported_ids(text: str, given: Sequence[dict[str, Any]], name: str) -> list[str]:
    """The given memories a reply that cites none visibly draws on (shared ideas)."""
    said = _ideas(text) - _ideas(name)
    return [m["id"] for m in given
            if len(said & _ideas(f"{m.get('title') or ''} {m.get('text') or ''}"))
            >= SUPPORT_MIN_SHARED]


_SPECIFIC = re.compile(r"\d+|(?<=[^\W\d_])[ \t,;:]+([A-ZÀ-Ý][^\W\d_]+)")


def unsupported_specifics(text: str, composition: Composition, persona: dict[str, Any],
                          message: str) -> list[str]:
    """The numbers and names inside sentences of a model's reply that nothing it was given
    holds (the draft, the memories, the persona's names, the conversation): invented facts."""
    known = " ".join([composition.draft.text, message, persona.get("name") or "",
                      *(turn["content"] for turn in composition.request.messages),
                      *(f"{m.get('title') or ''} {m.get('text') or ''} {m.get('date') or ''}"
                        for m in composition.given)])
    known_words = set(words(known))
    found = []
    for match in _SPECIFIC.finditer(text):
        specific = match.group(1) or match.group(0)
        if not set(words(specific)) <= known_words:
            found.append(specific)
    return found


_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?…”])\s+")
# Where a raw sentence is complete: after its closing mark and the space that follows, or at a
# line break (a model that writes lines without full stops).
_RAW_SENTENCE_END = re.compile(r"(?<=[.!?…”])[ \t]*\n|(?<=[.!?…”])[ \t]+(?=\S)|\n")


def misquotes(text: str, composition: Composition) -> bool:
    """True when the reply quotes words that neither the memories nor the draft hold."""
    sources = " ".join([composition.draft.text, *(m.get("text") or ""
                                                  for m in composition.given)])
    held = " ".join(words(sources))
    return any(" ".join(words(quoted)) not in held for quoted in _QUOTE.findall(text))


_ABSTAINS = re.compile(r"n[aã]o (me )?lembro|n[aã]o sei|don'?t remember|do not remember|"
                       r"can'?t remember|cannot remember|don'?t know|no memory|nenhuma lembran",
                       re.IGNORECASE)
_IS_AI = re.compile(r"\b(IA|AI)\b|intelig[eê]ncia artificial|artificial intelligence|"
                    r"lembran[cç]a|remembrance", re.IGNORECASE)


def keeps_the_draft(text: str, composition: Composition) -> bool:
    """True when a model's reply still says what the grounded draft says: the answering
    memory's ideas, the honest "I don't remember", or that it is an AI remembrance. Only
    grows truer as a reply grows, so text released once it holds never has to be withdrawn."""
    draft = composition.draft
    if draft.kind == "answer":
        quoted = draft.text[draft.text.find("“"):] if "“" in draft.text else draft.text
        # Each meaningful word of the quote, as its ideas; the reply's words widened to their
        # translations, since a model may say a Portuguese memory in English.
        wanted = [ideas for ideas in ({t for t, _ in terms(w)} for w in words(quoted)) if ideas]
        said = {t for w in words(text) for t, _ in query_terms(w)}
        kept = sum(1 for ideas in wanted if ideas & said)
        return not wanted or kept >= DRAFT_KEPT_SHARE * len(wanted)
    if draft.kind == "abstain":
        return bool(_ABSTAINS.search(text))
    if draft.kind == "identity":
        return bool(_IS_AI.search(text))
    return True


def before_repeat(text: str) -> tuple[str, bool]:
    """The text up to the first sentence it says a second time (a small model going round),
    cut where that sentence starts so the text before it stays exactly as it was; and whether
    there was such a sentence."""
    seen: set[str] = set()
    start = 0
    for end in [*(m.start() for m in _SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[start:end]
        key = " ".join(words(sentence))
        if key and key in seen:
            return text[:start].rstrip(), True
        seen.add(key)
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    return text, False


def sentence_ends(raw: str, after: int) -> list[int]:
    """Where the raw text's complete sentences end, past `after`: never inside an open
    quotation, whose words are checked only once it closes."""
    ends = []
    for match in _RAW_SENTENCE_END.finditer(raw, after):
        prefix = raw[:match.start()]
        if prefix.count("“") == prefix.count("”") and prefix.count('"') % 2 == 0:
            ends.append(match.start())
    return [end for end in ends if end > after]


class Accepted:
    """The reply as far as it may be shown: fed the provider's pieces (`hear`), it hands each
    newly releasable piece of text to `release`; `end` judges the last sentence."""

    def __init__(self, composition: Composition, persona: dict[str, Any], message: str,
                 release: Release | None = None) -> None:
        self.composition = composition
        self.persona = persona
        self.message = message
        self._release_to = release
        self.trusted = composition.provider.name in NEEDS_NO_PROMPT  # no model text to check
        self.raw = ""  # what the provider wrote
        self.shown = ""  # the accepted text (released once it keeps the draft)
        self.cited: list[str] = []  # the memories the accepted text cites
        self.released = ""  # the text handed to `release` so far
        self.closed = False  # a sentence failed, or came round again: nothing more is accepted
        self._judged = 0  # how far into `raw` sentences were judged

    # -- feeding ----------------------------------------------------------------------------

    def hear(self, piece: str) -> None:
        """A new piece of the provider's text."""
        if not piece:
            return
        self.raw += piece
        if self.trusted:
            self.release(self.raw)
            return
        for end in sentence_ends(self.raw, self._judged):
            if self.closed:
                break
            self._judge(end)

    def end(self, text: str | None = None) -> None:
        """The provider is done: with its whole text when it finished (which should start
        with what it wrote as it went), or None when it was cut short. What was not yet a
        complete sentence is judged as one."""
        if text is not None and text != self.raw:
            if text.startswith(self.raw):
                self.hear(text[len(self.raw):])
            elif not self.released:  # a provider that did not write as it went: start anew
                self.raw, self.shown, self.cited, self._judged = "", "", [], 0
                self.closed = False
                self.hear(text)
        if self.trusted:
            return
        for end in [*sentence_ends(self.raw, self._judged), len(self.raw.rstrip())]:
            if self.closed or end <= self._judged:
                continue
            self._judge(end)

    # -- judging ----------------------------------------------------------------------------

    def _judge(self, end: int) -> None:
        """Judge the raw text up to `end` (a sentence's end): accept it or stop accepting."""
        self._judged = end
        candidate = self._candidate(self.raw[:end])
        if candidate is None:
            self.closed = True
            return
        text, cited = candidate
        if not text:
            return  # nothing to show yet (the model's label, a note): wait for the next
        if not text.startswith(self.shown):
            self.closed = True  # the new sentence changed what was accepted: stop before it
            return
        text, repeated = before_repeat(text)
        if repeated:
            self.closed = True
            if not text.startswith(self.shown):
                return
        self.shown, self.cited = text, cited
        if keeps_the_draft(text, self.composition):
            self.release(text)

    def _candidate(self, raw: str) -> tuple[str, list[str]] | None:
        """The raw text so far made safe to show, with the memories it cites: "" when nothing
        of it can be shown yet, None when it fails a check."""
        composition = self.composition
        prompt = composition.prompt
        rules = prompt.rules if prompt else ""
        if rules and guard.leaks(raw, rules):
            return None
        text, cited = citations(raw, prompt.memory_ids if prompt else [])
        if not text.strip():
            return "", cited
        text = guard.clean_reply(text, persona_name=self.persona.get("name", ""),
                                 stop=prompt.stop if prompt else [], instructions=rules,
                                 language=composition.language, message=self.message,
                                 fallback=_NOTHING)
        if text == _NOTHING:
            return "", cited
        if languages.detect(text, composition.language) != composition.language:
            return None  # a small model that drifted into the other language
        if unsupported_specifics(text, composition, self.persona, self.message):
            return None  # a name, place or number the memories do not have: made up
        if misquotes(text, composition):
            return None  # words put in quotes that no memory holds: a made-up quotation
        return text, cited

    # -- what the visitor sees ----------------------------------------------------------------

    @property
    def keeps(self) -> bool:
        """True when the accepted text may be shown (it says what the draft says)."""
        return bool(self.shown) and keeps_the_draft(self.shown, self.composition)

    def memory_ids(self) -> list[str]:
        """The memories the accepted text cites or, citing none, visibly draws on."""
        return self.cited or supported_ids(self.shown, self.composition.given,
                                           self.persona.get("name", ""))

    def release(self, text: str) -> None:
        """Hand on what `text` adds to what was released (it always starts with it)."""
        if not text.startswith(self.released):
            raise AssertionError("released text is never taken back")
        new = text[len(self.released):]
        if not new:
            return
        self.released = text
        if self._release_to is not None:
            self._release_to(new)
