"""Reading what WhatsApp's "Export chat" writes: one header line per message, Android or iOS.

    Android  31/12/2020 21:41 - Vô Toninho: Bom dia!             pt-BR, 24 h
             12/31/20, 9:41 PM - John: Good morning               en-US, 12 h (U+202F before PM)
    iOS      [31/12/2020 21:41:05] Vô Toninho: Bom dia!
             \u200e[12/31/20, 9:41:05 PM] John: \u200eimage omitted

A line that does not start with a header continues the message above it. Two passes read the
text: `sniff` decides the style and the order of day and month from every header (a day over
12 rules an order out; then the order whose times run forward), and `messages` parses with it.
A line inside a message that happens to look like a header (a date and a time the person
typed) is read as the message's own text when its time runs backwards, since the export is in
the order messages were sent.

Each message is text, media (a placeholder or an attachment), deleted, or a system line (the
encryption notice, someone added, left, renamed the group). iOS marks system and media lines
with U+200E (LEFT-TO-RIGHT MARK), Android gives system lines no sender; both mark edited
messages at the end. Nothing here logs or keeps what a message says beyond what it returns.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Match, TextIO

from chalicelib.imports.problems import NotAChatExport

# Direction marks and isolates WhatsApp puts around names, phone numbers and system lines.
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_STRIP_MARKS = {ord(c): None for c in MARKS}
_SPACE = "[ \u00a0\u202f]"
_DATE = r"(?P<date>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
_AMPM = rf"(?:{_SPACE}?(?P<ampm>[AaPp]\.?{_SPACE}?[Mm]\.?))?"
PATTERNS = {
    "android": re.compile(rf"{_DATE},?{_SPACE}{_TIME}{_AMPM}{_SPACE}-{_SPACE}(?P<rest>.*)",
                          re.S),
    "ios": re.compile(rf"\[{_DATE},?{_SPACE}{_TIME}{_AMPM}\]{_SPACE}?(?P<rest>.*)", re.S),
}
ORDERS = ("dmy", "mdy", "ymd")

SNIFF_LINES = 200  # non-empty lines read without a header before the file is refused
MAX_LINE = 70_000  # characters: WhatsApp's longest message is 65,536
MAX_SENDER = 100  # characters: a longer "name" is a line someone wrote, not a sender
# A header whose time is this much earlier than the message before it is text inside that
# message (people type dates); clocks that were set back a little stay headers.
SLACK = dt.timedelta(days=1)

_EDITED = re.compile(r"\s*<(?:this message was edited|mensagem editada|esta mensagem foi "
                     r"editada|essa mensagem foi editada)>\s*$", re.I)
_DELETED = re.compile(
    r"(?:this message was deleted|you deleted this message|mensagem apagada|"
    r"(?:esta|essa) mensagem foi apagada|voc[eê] apagou (?:esta|essa) mensagem)"
    r"(?: by (?:an )?admin.*| pelo admin.*)?\.?")
_MEDIA = re.compile(
    r"<media omitted>|<m[ií]dia oculta>|<arquivo de m[ií]dia oculto>|null|"
    r"(?:image|video|audio|sticker|gif|document|contact card|photo|voice message)s? omitted|"
    r".{0,200}\b(?:document omitted|documento omitido|documento ocultado)|"
    r"(?:imagem|foto|v[ií]deo|[aá]udio|figurinha|gif|documento|cart[aã]o do contato|"
    r"mensagem de voz|arquivo) (?:omitid[oa]|ocultad[oa])|"
    r"<(?:attached|anexado): [^>]{1,200}>|"
    r"\S{1,200}\.\w{2,5} \((?:file attached|arquivo anexado)\)|"
    r"(?:location|localiza[cç][aã]o): https?://\S+|"
    r"live location shared|localiza[cç][aã]o em tempo real compartilhada|"
    r"(?:poll|enquete):.*")
_NOTICE = re.compile(  # the encryption notice, when an iOS export attributes it to the chat
    r"(?:messages and calls are end-to-end encrypted|messages to this (?:group|chat) are now|"
    r"messages you send to this (?:group|chat)|as mensagens e (?:as )?(?:chamadas|liga[cç][oõ]es)"
    r" s[aã]o protegidas|as mensagens (?:enviadas )?(?:para|nesta|neste) )")
_RENAMED = re.compile(  # Android system lines that may hold ": " inside a quoted group name
    r".{1,200}? (?:changed the subject from|changed the group name from|changed the subject to|"
    r"mudou o assunto de|mudou o assunto para|mudou o nome do grupo|mudou o nome de) ")


@dataclass(frozen=True)
class ChatFormat:
    """How one export writes its headers."""

    style: str  # "android" or "ios"
    order: str  # "dmy", "mdy" or "ymd"


@dataclass(frozen=True)
class Message:
    """One message of the chat. `text` only for text messages (edit marks removed)."""

    at: dt.datetime  # the time as the export wrote it (the phone's local time, no zone)
    sender: str | None  # None for system lines
    kind: str  # "text", "media", "deleted" or "system"
    text: str = ""
    edited: bool = False


def lines_of(stream: TextIO, chunk: int = 1 << 16) -> Iterator[str]:
    """The lines of a text stream (universal newlines), each cut at MAX_LINE characters, read
    in chunks: a file without line breaks never becomes one huge string."""
    carry = ""
    try:
        while True:
            block = stream.read(chunk)
            if not block:
                break
            parts = (carry + block).split("\n")
            carry = parts.pop()[:MAX_LINE]
            for part in parts:
                yield part[:MAX_LINE]
    except UnicodeDecodeError:
        raise NotAChatExport("the file is not text as WhatsApp writes it (UTF-8)") from None
    if carry:
        yield carry


def moment(match: Match[str], order: str) -> dt.datetime | None:
    """The time a header names, read in `order`; None when it names no real time."""
    parts = re.split(r"[/.\-]", match["date"])
    if order == "ymd":
        if len(parts[0]) != 4:
            return None
        year, month, day = parts
    elif len(parts[2]) not in (2, 4) or len(parts[0]) > 2:
        return None
    elif order == "dmy":
        day, month, year = parts
    else:
        month, day, year = parts
    numbers = [int(p) for p in re.split(r"[:.]", match["time"])]
    hour, minute, second = (numbers + [0])[:3]
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"][0] in "Pp" else 0)
    full_year = int(year)
    if len(year) == 2:  # WhatsApp began in 2009; "99" in a message someone typed is 1999
        full_year += 2000 if full_year + 2000 <= dt.date.today().year + 1 else 1900
    try:
        return dt.datetime(full_year, int(month), int(day), hour, minute, second)
    except ValueError:
        return None


def _header(line: str) -> tuple[str, Match[str]] | None:
    bare = line.lstrip(MARKS)
    for style, pattern in PATTERNS.items():
        found = pattern.match(bare)
        if found:
            return style, found
    return None


def sniff(lines: Iterable[str]) -> ChatFormat:
    """The style and the date order of an export, read from all of its headers; refused as
    NotAChatExport as soon as SNIFF_LINES lines hold none."""
    styles: Counter[str] = Counter()
    impossible: Counter[str] = Counter()
    backwards: Counter[str] = Counter()
    previous: dict[str, dt.datetime] = {}
    twelve_hour = seen = 0
    for line in lines:
        if not line.strip(MARKS + " \t\r"):
            continue
        seen += 1
        found = _header(line)
        if found is None:
            if not styles and seen >= SNIFF_LINES:
                break
            continue
        style, match = found
        styles[style] += 1
        twelve_hour += bool(match["ampm"])
        for order in ORDERS:
            at = moment(match, order)
            if at is None:
                impossible[order] += 1
                continue
            if order in previous and at < previous[order]:
                backwards[order] += 1
            previous[order] = at
    if not styles:
        raise NotAChatExport("this is not a WhatsApp chat export: no line starts with a "
                             "message's date and time")
    preferred = ("mdy", "dmy") if twelve_hour * 2 > sum(styles.values()) else ("dmy", "mdy")
    order = min(ORDERS, key=lambda o: (impossible[o], backwards[o],
                                       (*preferred, "ymd").index(o)))
    if impossible[order] >= sum(styles.values()):
        raise NotAChatExport("this is not a WhatsApp chat export: its dates are not dates")
    return ChatFormat(styles.most_common(1)[0][0], order)


def messages(lines: Iterable[str], chat: ChatFormat) -> Iterator[Message]:
    """Every message of an export, in order; lines before the first header are left out."""
    pattern = PATTERNS[chat.style]
    head: tuple[dt.datetime, str] | None = None
    more: list[str] = []
    size = 0
    last: dt.datetime | None = None
    for line in lines:
        found = pattern.match(line.lstrip(MARKS))
        at = moment(found, chat.order) if found else None
        if found and at is not None and (last is None or at >= last - SLACK):
            if head is not None:
                yield classify(head[0], head[1], more, chat.style)
            head, more, size, last = (at, found["rest"]), [], 0, at
        elif head is not None and size < MAX_LINE:
            more.append(line)
            size += len(line) + 1
    if head is not None:
        yield classify(head[0], head[1], more, chat.style)


def classify(at: dt.datetime, rest: str, more: list[str], style: str) -> Message:
    """One message from its header's remainder and its continuation lines."""
    if style == "android" and _RENAMED.match(rest.translate(_STRIP_MARKS)):
        return Message(at, None, "system")
    named, colon, first = rest.partition(": ")
    sender = clean_name(named) if colon else ""
    if not sender or len(sender) > MAX_SENDER:
        return Message(at, None, "system")
    marked = first.lstrip(" ").startswith("\u200e")  # iOS: a system or media line
    body = "\n".join([first, *more]).replace("\u200e", "").strip()
    edited = bool(_EDITED.search(body))
    if edited:
        body = _EDITED.sub("", body).rstrip()
    head = body.split("\n", 1)[0].strip().casefold()
    if _DELETED.fullmatch(head) and "\n" not in body:
        return Message(at, sender, "deleted")
    if _MEDIA.fullmatch(head):
        return Message(at, sender, "media")
    if marked or _NOTICE.match(head):
        return Message(at, None, "system")
    return Message(at, sender, "text", body, edited)


def clean_name(raw: str) -> str:
    """A sender as people read it: without direction marks, the "~" WhatsApp puts before
    someone not in the phone's contacts, or doubled spaces."""
    name = unicodedata.normalize("NFC", raw.translate(_STRIP_MARKS))
    name = name.strip().lstrip("~").strip(" \u00a0\u202f")
    return " ".join(name.split())


def sender_key(name: str) -> str:
    """What makes two ways of writing a sender the same person: a phone number's digits, or
    the name case-folded ("+55 11 98765-4321" is "5511987654321")."""
    cleaned = clean_name(name)
    digits = re.sub(r"\D", "", cleaned)
    if digits and re.fullmatch(r"[\d\s+\-().]+", cleaned):
        return digits
    return cleaned.casefold()
