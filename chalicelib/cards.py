"""Character Card V2: a persona and its memories as the card that character tools share, and a
card made anywhere as a new persona (docs/cards.md).

A card is JSON (`{"spec": "chara_card_v2", "spec_version": "2.0", "data": {...}}`), sent as is
or carried by a PNG in a `tEXt` chunk named `chara` (base64 of the JSON). The spec's fields
take the persona's (description is the biography, first_mes the greeting, mes_example the
example messages, the character book the memories); what the spec has no place for travels in
`data.extensions.forever_us`, so that a card made here comes back as the same persona and the
same memories. A card from another tool keeps what has no home here (its scenario, system
prompt, tags, extensions...) beside the persona, never in a prompt, and gives it back on export.

An import is checked whole before anything is written, and undone if a write fails halfway.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
import struct
import time
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterator
from urllib.parse import quote

from chalicelib import access, ids, memories, personas
from chalicelib.errors import InvalidInput, LimitReached
from chalicelib.export import PAGE_BYTES, envelope_bytes
from chalicelib.identity import Identity
from chalicelib.logs import log
from chalicelib.persona import language, retrieval
from chalicelib.persona.embeddings import Embedder
from chalicelib.schemas import (CARD_IMPORT, CARD_JSON_BYTES, CARD_PNG_BYTES, MEMORY_CREATE,
                                PERSONA_CREATE)
from chalicelib.store.repository import Store, memory_size
from chalicelib.validation import check_value, json_size, validate

SPEC = "chara_card_v2"
SPEC_VERSION = "2.0"
# V3 cards carry every V2 field in the same place; their V3-only fields are not read.
READABLE_SPECS = ("chara_card_v2", "chara_card_v3")
EXTENSION = "forever_us"
EXTENSION_FORMAT = 1
# What a card from another tool keeps beside the persona, to give back on export (as JSON).
KEPT_BYTES = 24_000
KEPT_TEXTS = ("scenario", "creator_notes", "system_prompt", "post_history_instructions",
              "creator", "character_version")
KEPT_LISTS = ("alternate_greetings", "tags")
# The writes of an import stop here (from the request's start): API Gateway answers at 29 s.
WRITE_SECONDS = 20.0
# The note a card made here carries for whoever receives it (not kept when it comes back).
NOTES = {
    "en": "A Forever Us legacy: the persona of a real person, made from the memories their "
          "family keeps. Please keep it private and treat it with care.",
    "pt-BR": "Um legado do Forever Us: a persona de uma pessoa real, feita das memórias que a "
             "família guarda. Por favor, mantenha-o privado e trate-o com carinho.",
}

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CARD_CHUNKS = (b"chara", b"ccv3")  # the V2 chunk first; a V3-only PNG carries `ccv3`
PORTRAIT = (256, 384)  # width, height: the 2:3 of a card's portrait, small
_MACRO_CHAR = re.compile(r"\{\{char\}\}|<BOT>", re.IGNORECASE)
_CHAR_LINE = re.compile(r"^\s*(?:\{\{char\}\}|<BOT>)\s*:[ \t]?(.*)$", re.IGNORECASE)
_USER_LINE = re.compile(r"^\s*(?:\{\{user\}\}|<USER>)\s*:", re.IGNORECASE)
_START = re.compile(r"^\s*<START>\s*$", re.IGNORECASE)
_WORD = re.compile(r"\w{3,}")


def _bad(message: str, reason: str, **limits: int) -> InvalidInput:
    return InvalidInput(message, reason=reason, limits=limits or None)


# -- PNG: the `chara` tEXt chunk ---------------------------------------------------------------

def png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """The chunks of a PNG, each (type, data), up to IEND; every length and CRC checked."""
    where = "png_base64"
    if not data.startswith(PNG_SIGNATURE):
        raise _bad(f"{where}: not a PNG image (it does not start with the PNG signature)",
                   "not_png")
    at = len(PNG_SIGNATURE)
    first = True
    while True:
        if at + 12 > len(data):
            raise _bad(f"{where}: the PNG ends before its IEND chunk (the file is cut short)",
                       "truncated_png")
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        end = at + 12 + length
        if end > len(data):
            raise _bad(f"{where}: the PNG ends inside a chunk (the file is cut short)",
                       "truncated_png")
        if not kind.isalpha() or not kind.isascii():
            raise _bad(f"{where}: the PNG has a malformed chunk (the file is damaged)",
                       "bad_png")
        body = data[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4:end])
        if zlib.crc32(kind + body) != crc:
            raise _bad(f"{where}: the PNG's {kind.decode('ascii')} chunk fails its CRC check "
                       "(the file is damaged)", "bad_crc")
        if first and kind != b"IHDR":
            raise _bad(f"{where}: not a PNG image (it does not begin with IHDR)", "not_png")
        first = False
        yield kind, body
        if kind == b"IEND":
            return
        at = end


def card_text_of_png(data: bytes) -> bytes:
    """The JSON a PNG character card carries (from its `chara` chunk, else `ccv3`)."""
    found: dict[bytes, bytes] = {}
    for kind, body in png_chunks(data):
        if kind == b"tEXt":
            keyword, _, text = body.partition(b"\0")
            found.setdefault(keyword.lower(), text)
    chunk = next((found[k] for k in CARD_CHUNKS if k in found), None)
    if chunk is None:
        raise _bad("png_base64: this PNG holds no character card (it has no `chara` text "
                   "chunk)", "no_card")
    try:
        raw = base64.b64decode(b"".join(chunk.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _bad("png_base64: the PNG's `chara` chunk is not base64", "bad_card") from None
    if len(raw) > CARD_JSON_BYTES:
        raise _bad(f"card: at most {CARD_JSON_BYTES:,} bytes as JSON (got {len(raw):,})",
                   "too_large", max_bytes=CARD_JSON_BYTES)
    return raw


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def portrait_chunks(seed: str) -> list[bytes]:
    """IHDR and IDAT of a small portrait: a calm vertical gradient in the site's colours,
    its warmth chosen by the seed (so two legacies' cards look apart)."""
    width, height = PORTRAIT
    warm = sum(seed.encode("utf-8")) % 48
    top, bottom = (46, 94, 90), (247 - warm // 2, 236 - warm, 222 - warm)
    rows = []
    for y in range(height):
        mix = y / (height - 1)
        pixel = bytes(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        rows.append(b"\0" + pixel * width)  # filter type 0 (none) for every row
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return [_chunk(b"IHDR", header), _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))]


def card_png(card_json: bytes, seed: str) -> bytes:
    """A PNG portrait carrying a card in a `chara` tEXt chunk (base64 of its UTF-8 JSON)."""
    text = b"chara\0" + base64.b64encode(card_json)
    return PNG_SIGNATURE + b"".join(portrait_chunks(seed)) + _chunk(b"tEXt", text) + \
        _chunk(b"IEND", b"")


def card_json(card: dict[str, Any]) -> bytes:
    """A card as compact UTF-8 JSON (what the PNG carries, and what the size limit counts)."""
    return json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- a persona as a card -------------------------------------------------------------------

def example_block(messages: list[str]) -> str:
    """Example messages as mes_example: one `<START>` block per message, said by {{char}}."""
    return "\n".join(f"<START>\n{{{{char}}}}: {m}" for m in messages)


def example_messages_of(text: str) -> list[str]:
    """The character's own lines in a mes_example (`{{char}}: ...`, to the next speaker or
    `<START>`); the user's lines and anything else are not theirs."""
    found: list[str] = []
    current: list[str] | None = None

    def close() -> None:
        if current is not None and "\n".join(current).strip():
            found.append("\n".join(current).strip())
    for line in text.splitlines():
        said = _CHAR_LINE.match(line)
        if said or _START.match(line) or _USER_LINE.match(line):
            close()
            current = [said.group(1)] if said else None
        elif current is not None:
            current.append(line)
    close()
    return found


def entry_keys(title: str, tags: list[str], triggers: list[str]) -> list[str]:
    """What a character book entry is triggered by: the memory's triggers and tags, or the
    words of its title when it has neither."""
    keys = list(dict.fromkeys([*triggers, *tags]))
    if keys:
        return keys
    return list(dict.fromkeys(_WORD.findall(title)))[:8]


def book_entry(memory: dict[str, Any], position: int) -> dict[str, Any]:
    """One memory as a character book entry."""
    title = memory.get("title") or ""
    tags, triggers = list(memory.get("tags") or []), list(memory.get("triggers") or [])
    ours: dict[str, Any] = {"tags": tags, "triggers": triggers}
    if memory.get("date"):
        ours["date"] = memory["date"]
    return {"keys": entry_keys(title, tags, triggers), "content": memory.get("text") or "",
            "extensions": {EXTENSION: ours}, "enabled": True, "insertion_order": position,
            "case_sensitive": False, "name": title, "priority": 10, "id": position + 1,
            "comment": title, "selective": False, "secondary_keys": [], "constant": False,
            "position": "before_char"}


def to_card(persona: dict[str, Any], found: list[dict[str, Any]]) -> dict[str, Any]:
    """A persona and its memories as a Character Card V2. Nobody's id, e-mail or
    conversation is in it; of the consent, only its basis."""
    kept = kept_of(persona)
    examples = list(persona.get("example_messages") or [])
    ours: dict[str, Any] = {
        "format": EXTENSION_FORMAT, "language": persona.get("language"),
        "relationship": persona.get("relationship") or "",
        "birth_year": persona.get("birth_year"), "death_year": persona.get("death_year"),
        "speaking_style": persona.get("speaking_style") or "",
        "aliases": persona.get("aliases") or [], "status": persona.get("status") or "active",
        "consent": {"basis": (persona.get("consent") or {}).get("basis")},
    }
    if persona.get("voice"):
        ours["voice"] = persona["voice"]  # the kind of voice chosen for reading replies aloud
    if kept.get("mes_example") and examples == kept.get("mes_example_for", []):
        mes_example = kept["mes_example"]  # the card's own, while what it gave is unchanged
    else:
        mes_example = example_block(examples)
    if examples and example_messages_of(mes_example) != examples:
        ours["example_messages"] = examples  # messages the block cannot carry as they are
    data: dict[str, Any] = {
        "name": persona.get("name") or "",
        "description": persona.get("biography") or "",
        "personality": persona.get("personality") or "",
        "scenario": kept.get("scenario", ""),
        "first_mes": persona.get("greeting") or kept.get("first_mes", ""),
        "mes_example": mes_example,
        "creator_notes": kept.get("creator_notes") or NOTES.get(
            str(persona.get("language")), NOTES["en"]),
        "system_prompt": kept.get("system_prompt", ""),
        "post_history_instructions": kept.get("post_history_instructions", ""),
        "alternate_greetings": kept.get("alternate_greetings", []),
        "tags": kept.get("tags", []),
        "creator": kept.get("creator", ""),
        "character_version": kept.get("character_version", ""),
        "extensions": {**kept.get("extensions", {}), EXTENSION: ours},
    }
    ordered = sorted(found, key=lambda m: (m.get("created_at") or "", m.get("id") or ""))
    if ordered:
        data["character_book"] = {"name": data["name"], "entries": [
            book_entry(m, i) for i, m in enumerate(ordered)], "extensions": {}}
    return {"spec": SPEC, "spec_version": SPEC_VERSION, "data": data}


def kept_of(persona: dict[str, Any]) -> dict[str, Any]:
    """What a card from another tool left beside the persona (stored as JSON text)."""
    raw = persona.get("card_kept")
    try:
        kept = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:  # written by this module; unreadable only if damaged by hand
        return {}
    return kept if isinstance(kept, dict) else {}


@dataclass
class CardFile:
    """An exported card: the body, its content type and a file name to save it as."""

    body: bytes | dict[str, Any]
    content_type: str
    filename: str

    @property
    def headers(self) -> dict[str, str | list[str]]:
        plain = re.sub(r"[^A-Za-z0-9._-]+", "-", self.filename).strip("-") or "card"
        return {"Content-Type": self.content_type,
                "Content-Disposition": f"attachment; filename=\"{plain}\"; "
                                       f"filename*=UTF-8''{quote(self.filename)}"}


def export_card(store: Store, caller: Identity, persona_id: str, wanted: str,
                accept: str | None) -> CardFile:
    """A persona as a card, JSON or PNG (owner or editor: visitors may read and talk, but a
    whole legacy leaves only with those who keep it)."""
    if wanted not in ("json", "png"):
        raise _bad("format: must be one of json, png", "not_a_choice")
    if wanted == "png" and (accept or "").split(",")[0].split(";")[0].strip().lower() \
            != "image/png":
        # API Gateway sends the PNG as bytes only when the request's Accept names it first.
        raise _bad("format: a PNG card is sent to requests with the header "
                   "Accept: image/png", "accept_png")
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    card = to_card(persona, store.all_memories(persona_id))
    encoded = card_json(card)
    if len(encoded) > CARD_JSON_BYTES:
        raise LimitReached(f"this legacy's card would be {len(encoded):,} bytes, over the "
                           f"{CARD_JSON_BYTES:,} a card may be to be imported again",
                           reason="card_too_large", limits={"max_bytes": CARD_JSON_BYTES})
    name = f"{persona.get('name') or 'legacy'}.card"
    log("card_export", persona_id=persona_id, format=wanted, bytes=len(encoded),
        memories=len(card["data"].get("character_book", {}).get("entries", [])))
    if wanted == "png":
        return CardFile(card_png(encoded, persona_id), "image/png", f"{name}.png")
    if envelope_bytes(card) > PAGE_BYTES:
        raise LimitReached("this card is too large to send as JSON in one answer; download it "
                           "as a PNG (format=png), which carries it compactly",
                           reason="card_json_too_large", limits={"max_bytes": PAGE_BYTES})
    return CardFile(card, "application/json", f"{name}.json")


# -- a card as a persona -------------------------------------------------------------------

@dataclass
class Parsed:
    """What a card becomes: the persona's fields, its memories, and what is kept beside it."""

    persona: dict[str, Any]
    memories: list[dict[str, Any]]
    kept: dict[str, Any] = field(default_factory=dict)
    version: str = "v2"


def parse_json(raw: bytes) -> dict[str, Any]:
    """A card's JSON text (from a PNG) as an object."""
    try:
        card = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad("png_base64: the PNG's `chara` chunk is not a JSON card", "bad_card") \
            from None
    if not isinstance(card, dict):
        raise _bad("card: must be an object", "not_object")
    json_size(card, "card")  # refuses a lone surrogate sent as a \u escape
    return card


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _decode_png(text: str) -> bytes:
    """The bytes of png_base64 (line breaks and spaces allowed, nothing else)."""
    compact = "".join(text.split())
    if len(compact) > (CARD_PNG_BYTES + 2) // 3 * 4:
        raise _bad(f"png_base64: the PNG may be at most {CARD_PNG_BYTES:,} bytes", "too_large",
                   max_bytes=CARD_PNG_BYTES)
    try:
        data = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("png_base64: not valid base64", "not_base64") from None
    if len(data) > CARD_PNG_BYTES:
        raise _bad(f"png_base64: the PNG may be at most {CARD_PNG_BYTES:,} bytes", "too_large",
                   max_bytes=CARD_PNG_BYTES)
    return data


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(f"{where}.{key}: must be text", "not_text")
    return value


def _texts(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(f"{where}.{key}: must be a list of texts", "not_a_list")
    return value


def _object(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _bad(f"{where}.{key}: must be an object", "not_object")
    return value


def card_data(card: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    """The card's fields, the path they are named by, and the card's version (v1, v2, v3)."""
    if "spec" not in card:
        if not isinstance(card.get("name"), str):
            raise _bad("card: not a character card (no spec, and no name as a V1 card has)",
                       "wrong_spec")
        return card, "card", "v1"
    spec = card["spec"]
    if spec not in READABLE_SPECS:
        shown = spec[:40] if isinstance(spec, str) else json.dumps(spec)[:40]
        raise _bad(f"card.spec: {shown!r} is not a card this app reads (chara_card_v2, "
                   "chara_card_v3, or a V1 card without spec)", "wrong_spec")
    data = card.get("data")
    if not isinstance(data, dict):
        raise _bad("card.data: must be an object (a V2 card's fields are in data)",
                   "not_object")
    return data, "card.data", "v3" if spec == "chara_card_v3" else "v2"


def _checked(spec: Any, value: Any, path: str, becomes: str) -> Any:
    """A value checked against the persona's or memory's own limit, named by its card path."""
    try:
        return check_value(spec, value, path)
    except InvalidInput as error:
        raise InvalidInput(f"{error.message} (it becomes the {becomes})", reason=error.reason,
                           limits=error.limits) from None


def _fits(spec: Any, value: Any) -> bool:
    try:
        check_value(spec, value, "")
        return True
    except InvalidInput:
        return False


def parse_card(card: dict[str, Any], chosen_language: str | None) -> Parsed:
    """A card's persona, memories and kept fields, every one checked before anything is
    written; a 400 naming the card's field and the limit for anything that does not fit."""
    data, where, version = card_data(card)
    fields = PERSONA_CREATE.fields
    ours = _object(_object(data, "extensions", where), EXTENSION, f"{where}.extensions") \
        if version != "v1" else {}
    ext = f"{where}.extensions.{EXTENSION}"
    name = _text(data, "name", where)
    macro = (lambda text: text) if ours else (lambda text: _MACRO_CHAR.sub(name, text))
    description, personality = _text(data, "description", where), _text(data, "personality",
                                                                         where)
    first_mes, mes_example = _text(data, "first_mes", where), _text(data, "mes_example", where)
    persona: dict[str, Any] = {
        "name": _checked(fields["name"], name, f"{where}.name", "persona's name"),
        "biography": _checked(fields["biography"], macro(description), f"{where}.description",
                              "biography"),
        "personality": _checked(fields["personality"], macro(personality),
                                f"{where}.personality", "personality"),
    }
    kept: dict[str, Any] = {}
    greeting = macro(first_mes)
    if _fits(fields["greeting"], greeting):
        persona["greeting"] = greeting
    else:
        kept["first_mes"] = first_mes  # longer than a greeting can be: given back on export
    if "example_messages" in ours:
        examples = _checked(fields["example_messages"], ours["example_messages"],
                            f"{ext}.example_messages", "example messages")
    else:
        examples = [macro(m) for m in example_messages_of(mes_example)]
        examples = examples if _fits(fields["example_messages"], examples) else []
    persona["example_messages"] = examples
    if mes_example and example_block(examples) != mes_example:
        # Dialogue with the user's lines, or lines too many or too long: given back on export
        # as long as the example messages it gave are not changed.
        kept.update({"mes_example": mes_example, "mes_example_for": examples})
    for key in ("relationship", "birth_year", "death_year", "speaking_style", "aliases",
                "status", "language", "voice"):
        if ours.get(key) is not None:
            persona[key] = _checked(fields[key], ours[key], f"{ext}.{key}", key)
    if persona.get("birth_year") and persona.get("death_year") and \
            persona["death_year"] < persona["birth_year"]:
        raise _bad(f"{ext}.death_year: must not be before birth_year", "years_out_of_order")
    persona["language"] = chosen_language or persona.get("language") or language.detect(
        " ".join((description, personality, first_mes)), "en")
    kept.update(_kept(data, where, version))
    _kept_size(kept, where)
    found = _memories(data, where, bool(ours), macro)
    return Parsed(persona, found, kept, version)


def _kept(data: dict[str, Any], where: str, version: str) -> dict[str, Any]:
    """The card's fields with no home in a persona, to give back on export."""
    kept: dict[str, Any] = {}
    for key in KEPT_TEXTS:
        value = _text(data, key, where)
        if value and not (key == "creator_notes" and value in NOTES.values()):
            kept[key] = value
    for key in KEPT_LISTS:
        if _texts(data, key, where):
            kept[key] = data[key]
    if version != "v1":
        others = {k: v for k, v in _object(data, "extensions", where).items()
                  if k != EXTENSION}
        if others:
            kept["extensions"] = others
    return kept


def _kept_size(kept: dict[str, Any], where: str) -> None:
    """Refuse what would be kept beside the persona past KEPT_BYTES, naming its largest."""
    size = json_size(kept, where)
    if size > KEPT_BYTES:
        sizes = {k: json_size(v, where) for k, v in kept.items()}
        largest = max(sizes, key=lambda k: sizes[k])
        raise _bad(f"{where}.{largest}: the card's fields that have no place in a persona "
                   f"(kept to be given back on export) come to {size:,} bytes; at most "
                   f"{KEPT_BYTES:,}, and {largest} is {sizes[largest]:,}", "too_large",
                   max_bytes=KEPT_BYTES)


def _memories(data: dict[str, Any], where: str, ours: bool,
              macro: Any) -> list[dict[str, Any]]:
    """The character book's entries as memories, checked against the memory limits."""
    book = data.get("character_book")
    if book is None:
        return []
    here = f"{where}.character_book"
    if not isinstance(book, dict):
        raise _bad(f"{here}: must be an object", "not_object")
    entries = book.get("entries")
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise _bad(f"{here}.entries: must be a list", "not_a_list")
    limits = memories.LIMITS
    if len(entries) > limits.count:
        raise _bad(f"{here}.entries: {len(entries):,} entries, but a persona keeps at most "
                   f"{limits.count:,} memories", "too_many", max=limits.count)
    found = [_memory(entry, f"{here}.entries[{i}]", ours, macro)
             for i, entry in enumerate(entries)]
    total = sum(memory_size(m) for m in found)
    if total > limits.chars:
        raise _bad(f"{here}.entries: the entries come to {total:,} characters of memories "
                   f"(content, titles and keys), but a persona keeps at most "
                   f"{limits.chars:,}", "too_long", max=limits.chars)
    return found


def _memory(entry: Any, where: str, ours: bool, macro: Any) -> dict[str, Any]:
    """One character book entry as a memory: content → text, name (or comment) → title,
    keys → tags; a card made here also gives back the memory's date and triggers."""
    if not isinstance(entry, dict):
        raise _bad(f"{where}: must be an object", "not_object")
    spec = MEMORY_CREATE.fields
    content = _text(entry, "content", where)
    memory: dict[str, Any] = {"text": _checked(spec["text"], macro(content),
                                               f"{where}.content", "memory's text")}
    title_key = "name" if _text(entry, "name", where) or not entry.get("comment") else "comment"
    memory["title"] = _checked(spec["title"], _text(entry, title_key, where),
                               f"{where}.{title_key}", "memory's title")
    keys = [k for k in dict.fromkeys(_texts(entry, "keys", where)) if k.strip()]
    mine = _object(_object(entry, "extensions", where), EXTENSION, f"{where}.extensions")
    tags: list[str] = keys
    triggers: list[str] = []
    if ours and mine:
        ext = f"{where}.extensions.{EXTENSION}"
        said_tags, said_triggers = _texts(mine, "tags", ext), _texts(mine, "triggers", ext)
        if keys == entry_keys(memory["title"], said_tags, said_triggers):
            tags, triggers = said_tags, said_triggers
        else:  # keys edited in another tool: they are the tags now, with the triggers kept
            triggers = [t for t in said_triggers if t in keys]
            tags = [k for k in keys if k not in triggers]
        memory["triggers"] = _checked(spec["triggers"], triggers, f"{ext}.triggers", "triggers")
        if mine.get("date") is not None:
            memory["date"] = _checked(spec["date"], mine["date"], f"{ext}.date", "date")
    memory["tags"] = _checked(spec["tags"], tags, f"{where}.keys", "memory's tags")
    return memory


# -- the import ------------------------------------------------------------------------------

def read_import(body: dict[str, Any]) -> tuple[Parsed, dict[str, Any], str]:
    """The request checked whole: the card parsed, the consent, and where the card came from."""
    data = validate(CARD_IMPORT, body)
    if "png_base64" in data:
        card, source = parse_json(card_text_of_png(_decode_png(data["png_base64"]))), "png"
    else:
        card, source = data["card"], "json"
    return parse_card(card, data.get("language")), data["consent"], source


def import_card(store: Store, caller: Identity, body: dict[str, Any],
                embedder: Embedder | None = None,
                started: float | None = None) -> dict[str, Any]:
    """A new persona, owned by the caller, from a character card; its book's entries become
    its memories. Nothing is written until the whole card is checked; a write that fails
    halfway (or runs past the time one request has) erases what was written."""
    started = time.monotonic() if started is None else started
    parsed, consent, source = read_import(body)
    made = personas.create(store, caller, {**parsed.persona, "consent": consent})
    pid = made["id"]
    written = 0
    try:
        if parsed.kept:
            store.update_persona(pid, {"card_kept": json.dumps(parsed.kept, ensure_ascii=False)},
                                 ids.now_iso())
        revision, at = 0, ""
        for memory in parsed.memories:
            if time.monotonic() - started > WRITE_SECONDS:
                raise LimitReached(
                    f"card.data.character_book: importing {len(parsed.memories):,} memories "
                    f"takes longer than one request may ({written:,} were written in "
                    f"{WRITE_SECONDS:.0f} s); nothing was kept. Try a card with fewer entries",
                    reason="import_too_slow", limits={"written": written})
            at = ids.now_iso_after(at) if at else ids.now_iso()
            record = {"title": "", "date": None, "tags": [], "triggers": [], **memory,
                      "id": ids.new_id(), "persona_id": pid, "created_at": at,
                      "updated_at": at, "created_by": caller.user_id}
            if time.monotonic() - started < WRITE_SECONDS / 2:
                # vectors while half the time is left; the rest ranked by words alone
                record.update(memories._embedding(embedder, record))
            revision = store.add_memory(pid, record, memories.LIMITS, revision=revision)
            written += 1
    except BaseException:
        _undo(store, pid, written, len(parsed.memories))
        raise
    log("card_import", persona_id=pid, source=source, card=parsed.version, memories=written,
        kept=sorted(parsed.kept), ms=round((time.monotonic() - started) * 1000))
    return {**personas.read(store, caller, pid),
            "card_import": {"version": parsed.version, "memories": written,
                            "kept": sorted(parsed.kept)}}


def _undo(store: Store, persona_id: str, written: int, wanted: int) -> None:
    """Erase a persona an import could not finish (the error that stopped it is raised on)."""
    try:
        store.delete_persona(persona_id)
    except Exception as error:  # noqa: BLE001 - the import's own error is the one to report
        log("card_import_undo_failed", persona_id=persona_id, error=type(error).__name__)
    retrieval.CACHE.forget(persona_id)
    log("card_import_undone", persona_id=persona_id, written=written, wanted=wanted)
