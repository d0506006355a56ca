"""Request bodies checked against small declarative specs before anything is written.

Every refusal names the field and the limit. Text is never altered: what passes is stored
exactly as sent (accents, emoji, combining marks, right-to-left marks), but lone surrogates,
NUL and other control characters are refused because they cannot round-trip through JSON,
UTF-8 and DynamoDB intact.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from chalicelib.errors import InvalidInput, PayloadTooLarge

MAX_BODY_BYTES = 256 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # used with fullmatch


@dataclass(frozen=True)
class Text:
    """A string with a length limit in characters."""

    max_len: int
    required: bool = False  # must be present and not blank
    multiline: bool = False


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of strings."""

    options: tuple[str, ...]


@dataclass(frozen=True)
class Int:
    """An integer within bounds (booleans are not integers here)."""

    low: int
    high: int


@dataclass(frozen=True)
class DateText:
    """A date written as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar."""


@dataclass(frozen=True)
class ListOf:
    """A list with a bounded number of items."""

    item: Any
    max_items: int


@dataclass(frozen=True)
class AnyObject:
    """A JSON object of any shape (a document made by another tool, such as a character
    card), bounded by its size written as compact UTF-8 JSON; its contents are checked by the
    use case that reads it."""

    max_bytes: int


@dataclass(frozen=True)
class Obj:
    """An object with known fields; unknown fields are refused."""

    fields: Mapping[str, Any]
    required: frozenset[str] = frozenset()
    nullable: frozenset[str] = frozenset()  # fields that may be sent as null to clear them
    check: Callable[[dict[str, Any], str], None] | None = field(default=None, compare=False)


def parse_json_body(raw: bytes | str | None,
                    max_bytes: int = MAX_BODY_BYTES) -> dict[str, Any]:
    """The body as a JSON object, or a 4xx saying what is wrong with it. `max_bytes` is for
    the rare route that takes a larger document (a character card's import)."""
    if raw is None or raw == b"" or raw == "":
        raise InvalidInput("the request body must be a JSON object", reason="not_object")
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if len(data) > max_bytes:
        raise PayloadTooLarge(f"the request body is over {max_bytes // 1024} KB",
                              reason="too_large", limits={"kb": max_bytes // 1024})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("the request body is not valid UTF-8", reason="not_json") from None
    try:
        body = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constants)
    except (ValueError, RecursionError) as e:
        detail = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
        raise InvalidInput(f"the request body is not valid JSON: {detail[:120]}",
                           reason="not_json") from None
    if not isinstance(body, dict):
        raise InvalidInput("the request body must be a JSON object", reason="not_object")
    return body


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"field {key[:40]!r} appears twice")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def validate(spec: Obj, body: Any, *, partial: bool = False, path: str = "") -> dict[str, Any]:
    """The body checked against spec; `partial` allows any subset (for PATCH), but not none."""
    where = path or "body"
    if not isinstance(body, dict):
        raise InvalidInput(f"{where}: must be an object", reason="not_object")
    unknown = sorted(set(body) - set(spec.fields))
    if unknown:
        allowed = ", ".join(sorted(spec.fields))
        raise InvalidInput(f"{_join(path, _safe_name(unknown[0]))}: unknown field "
                           f"(allowed: {allowed})", reason="unknown_field")
    if not partial:
        missing = sorted(spec.required - set(body))
        if missing:
            raise InvalidInput(f"{_join(path, missing[0])}: required", reason="required")
    elif not body and not path:
        raise InvalidInput("body: send at least one field to change", reason="no_change")
    clean: dict[str, Any] = {}
    for name, value in body.items():
        here = _join(path, name)
        if value is None:
            if name in spec.nullable:
                clean[name] = None
                continue
            raise InvalidInput(f"{here}: must not be null", reason="not_nullable")
        clean[name] = check_value(spec.fields[name], value, here)
    if spec.check is not None:
        spec.check(clean, path)
    return clean


def check_value(spec: Any, value: Any, path: str) -> Any:
    """One value checked against its spec."""
    if isinstance(spec, Text):
        return _check_text(spec, value, path)
    if isinstance(spec, Choice):
        if not isinstance(value, str) or value not in spec.options:
            raise InvalidInput(f"{path}: must be one of {', '.join(spec.options)}",
                               reason="not_a_choice")
        return value
    if isinstance(spec, Int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"{path}: must be a whole number", reason="not_a_number")
        if not spec.low <= value <= spec.high:
            raise InvalidInput(f"{path}: must be between {spec.low} and {spec.high}",
                               reason="out_of_range", limits={"low": spec.low, "high": spec.high})
        return value
    if isinstance(spec, DateText):
        return _check_date(value, path)
    if isinstance(spec, ListOf):
        if not isinstance(value, list):
            raise InvalidInput(f"{path}: must be a list", reason="not_a_list")
        if len(value) > spec.max_items:
            raise InvalidInput(f"{path}: at most {spec.max_items} items", reason="too_many",
                               limits={"max": spec.max_items})
        return [check_value(spec.item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(spec, Obj):
        return validate(spec, value, path=path)
    if isinstance(spec, AnyObject):
        if not isinstance(value, dict):
            raise InvalidInput(f"{path}: must be an object", reason="not_object")
        size = json_size(value, path)
        if size > spec.max_bytes:
            raise InvalidInput(f"{path}: at most {spec.max_bytes:,} bytes as JSON "
                               f"(got {size:,})", reason="too_large",
                               limits={"max_bytes": spec.max_bytes})
        return value
    raise TypeError(f"unknown spec {spec!r}")


def json_size(value: Any, path: str) -> int:
    """The bytes of a parsed JSON value written as compact UTF-8 JSON; a 400 for a value that
    cannot be written as UTF-8 (a lone surrogate sent as a \\u escape)."""
    try:
        return len(json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False).encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidInput(f"{path}: contains an invalid character (a lone surrogate)",
                           reason="bad_character") from None
    except (ValueError, RecursionError):
        raise InvalidInput(f"{path}: is not JSON that can be stored (nested too deeply)",
                           reason="not_json") from None


def _check_text(spec: Text, value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{path}: must be text", reason="not_text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{path}: contains an invalid character (a lone surrogate)",
                           reason="bad_character") from None
    control = _CONTROL if spec.multiline else _CONTROL_SINGLE_LINE
    if control.search(value):
        kind = "a control character" if spec.multiline else "a line break or control character"
        raise InvalidInput(f"{path}: contains {kind}, which is not allowed here",
                           reason="control_character" if spec.multiline else "line_break")
    if len(value) > spec.max_len:
        raise InvalidInput(f"{path}: at most {spec.max_len} characters (got {len(value)})",
                           reason="too_long", limits={"max": spec.max_len})
    if spec.required and _blank(value):
        raise InvalidInput(f"{path}: must not be empty", reason="empty")
    return value


def _blank(value: str) -> bool:
    """True when nothing visible is left: spaces, and format characters like U+200B."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in value)


def _check_date(value: Any, path: str) -> str:
    match = _DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InvalidInput(f"{path}: must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
                           reason="not_a_date")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InvalidInput(f"{path}: {value} is not a real date", reason="not_a_date") from None
    if int(year) < 1800:
        raise InvalidInput(f"{path}: must be in the year 1800 or later", reason="not_a_date",
                           limits={"low": 1800})
    return value


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _safe_name(name: str) -> str:
    """A field name fit to echo back in a message (short, printable)."""
    printable = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else "?"
                        for ch in name)
    return printable[:40] or "?"
