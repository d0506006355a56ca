"""Malformed bodies on every write route get a 4xx that names the problem, and nothing is
written; text that passes is stored exactly as sent. Runs on SQLite and on DynamoDB (moto).

Each route has a table of bad bodies: the same request-level cases for every route (broken
JSON, not an object, empty, duplicate keys, NaN, too large, wrong content type, bad UTF-8) and
field-level cases built from the route's spec in chalicelib.schemas (missing, null, wrong type,
one character over the limit, lone surrogate, NUL, line breaks, too many items, bad dates, wrong
choices, unknown fields). Limits are read from the specs, never copied here.

Field-level cases run on both stores (the route reads the store before it validates fields);
request-level cases are refused before any store is touched, so they run on SQLite only.
"""
from __future__ import annotations

import re

import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chalicelib import schemas
from chalicelib.schemas import (
    CONVERSATION_START, INVITE_CREATE, LOCAL_LOGIN, MEMORY_CREATE, PERSONA_CREATE, THIS_YEAR,
)
from chalicelib.store.dynamodb import deserialize
from chalicelib.validation import MAX_BODY_BYTES, Obj
from tests.conftest import TABLE, Api, User, all_items, seed_signing_key

MESSAGES_ROUTE = "/api/conversations/{conversation_id}/messages"
STATUS_CODES = {400: "BadRequestError", 413: "PayloadTooLargeError",
                415: "UnsupportedMediaType", 422: "UnprocessableEntityError"}


# -- limits, from the specs ----------------------------------------------------------------

def _max(spec: Obj, name: str) -> int:
    return spec.fields[name].max_len


def _items(spec: Obj, name: str) -> int:
    return spec.fields[name].max_items


def _item_max(spec: Obj, name: str) -> int:
    return spec.fields[name].item.max_len


LOGIN_EMAIL_MAX = _max(LOCAL_LOGIN, "email")
LOGIN_NAME_MAX = _max(LOCAL_LOGIN, "name")
NAME_MAX = _max(PERSONA_CREATE, "name")
RELATIONSHIP_MAX = _max(PERSONA_CREATE, "relationship")
BIOGRAPHY_MAX = _max(PERSONA_CREATE, "biography")
PERSONALITY_MAX = _max(PERSONA_CREATE, "personality")
GREETING_MAX = _max(PERSONA_CREATE, "greeting")
EXAMPLES_MAX_ITEMS = _items(PERSONA_CREATE, "example_messages")
EXAMPLE_MAX = _item_max(PERSONA_CREATE, "example_messages")
ALIASES_MAX_ITEMS = _items(PERSONA_CREATE, "aliases")
ALIAS: Obj = PERSONA_CREATE.fields["aliases"].item
ALIAS_NAME_MAX = _max(ALIAS, "name")
ALSO_CALLED_MAX_ITEMS = _items(ALIAS, "also_called")
CONSENT: Obj = PERSONA_CREATE.fields["consent"]
STATEMENT_MAX = _max(CONSENT, "statement")
ATTESTED_BY_MAX = _max(CONSENT, "attested_by")
YEAR_LOW = PERSONA_CREATE.fields["birth_year"].low
YEAR_HIGH = PERSONA_CREATE.fields["birth_year"].high
TEXT_MAX = _max(MEMORY_CREATE, "text")
TITLE_MAX = _max(MEMORY_CREATE, "title")
TAGS_MAX_ITEMS = _items(MEMORY_CREATE, "tags")
TAG_MAX = _item_max(MEMORY_CREATE, "tags")
TRIGGERS_MAX_ITEMS = _items(MEMORY_CREATE, "triggers")
TRIGGER_MAX = _item_max(MEMORY_CREATE, "triggers")
MAX_USES = INVITE_CREATE.fields["max_uses"]
EXPIRES_DAYS = INVITE_CREATE.fields["expires_in_days"]
VISITOR_NAME_MAX = _max(CONVERSATION_START, "visitor_name")
CONV_RELATIONSHIP_MAX = _max(CONVERSATION_START, "relationship")


MESSAGE_TEXT_MAX = schemas.MESSAGE.fields["text"].max_len


# -- the cases ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One bad request: its raw body, the status expected, and words the Message must hold."""

    id: str
    raw: str | bytes | None
    status: int = 400
    names: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)


def dumps(body: Any) -> str:
    """JSON as a client would send it; ensure_ascii keeps surrogates and NUL as \\u escapes."""
    return json.dumps(body, ensure_ascii=True)


def bad(case_id: str, base: dict[str, Any], names: str | tuple[str, ...], /, *,
        drop: tuple[str, ...] = (), **changes: Any) -> Case:
    """A field-level case (400): the valid base body with fields changed or dropped."""
    body = {k: v for k, v in base.items() if k not in drop}
    body.update(changes)
    return Case(case_id, dumps(body), 400, (names,) if isinstance(names, str) else names)


def request_level_cases(base: dict[str, Any], text_field: str) -> list[Case]:
    """Cases every write route must refuse before it looks at any field."""
    valid = dumps(base)
    # A JSON object just over the limit, and one over it in UTF-8 bytes but not in characters.
    filler = MAX_BODY_BYTES - len(dumps({**base, text_field: ""})) + 1
    too_large = dumps({**base, text_field: "x" * filler})
    too_large_bytes = json.dumps({**base, text_field: "é" * (MAX_BODY_BYTES // 2 + 1)},
                                 ensure_ascii=False).encode("utf-8")
    assert len(too_large.encode()) == MAX_BODY_BYTES + 1
    assert len(too_large_bytes.decode("utf-8")) < MAX_BODY_BYTES < len(too_large_bytes)
    marker = '"\u2603"'  # a text value we can swap for bad bytes
    with_marker = dumps({**base, text_field: "\u2603"}).replace('"\\u2603"', marker)
    return [
        Case("broken-json", '{"%s": ' % text_field, names=("json",)),
        Case("broken-json-unquoted-key", "{%s: 1}" % text_field, names=("json",)),
        Case("trailing-garbage", valid + " }", names=("json",)),
        Case("single-quotes", valid.replace('"', "'"), names=("json",)),
        Case("json-array", f"[{valid}]", names=("object",)),
        Case("json-null", "null", names=("object",)),
        Case("json-number", "42", names=("object",)),
        Case("json-string", '"hello"', names=("object",)),
        Case("json-true", "true", names=("object",)),
        Case("empty-body", "", names=("object",)),
        Case("whitespace-body", "  \n", names=("json",)),
        Case("duplicate-key", valid[:-1] + f', "{text_field}": "again"}}',
             names=("twice", text_field)),
        Case("nan", '{"%s": NaN}' % text_field, names=("nan",)),
        Case("infinity", '{"%s": -Infinity}' % text_field, names=("infinity",)),
        Case("deep-nesting", "[" * 50_000 + "]" * 50_000, names=("json",)),
        Case("unknown-field", dumps({**base, "is_admin": True}), names=("is_admin", "unknown")),
        Case("unknown-field-lone-surrogate-name", valid[:-1] + ', "\\udfff": 1}',
             names=("unknown",)),
        Case("over-256kb", too_large, 413, ("256 kb",)),
        Case("over-256kb-in-utf8-bytes", too_large_bytes, 413, ("256 kb",)),
        Case("content-type-text-plain", valid, 415, ("text/plain",),
             {"content-type": "text/plain"}),
        Case("content-type-form", "name=x", 415, ("application/x-www-form-urlencoded",),
             {"content-type": "application/x-www-form-urlencoded"}),
        Case("invalid-utf8", with_marker.encode("utf-8").replace(
            marker.encode("utf-8"), b'"\xff\xfe"'), names=("utf-8",)),
        Case("utf8-encoded-surrogate", with_marker.encode("utf-8").replace(
            marker.encode("utf-8"), b'"\xed\xa0\x80"'), names=("utf-8",)),
        Case("utf16-body", valid.encode("utf-16"), names=("utf-8",)),
    ]


LOGIN = {"email": "carla@example.com", "name": "Carla Dias"}
LOGIN_CASES = [
    bad("email-missing", LOGIN, "email", drop=("email",)),
    bad("name-missing", LOGIN, "name", drop=("name",)),
    bad("email-null", LOGIN, "email", email=None),
    bad("name-null", LOGIN, "name", name=None),
    bad("email-number", LOGIN, "email", email=42),
    bad("email-bool", LOGIN, "email", email=True),
    bad("name-object", LOGIN, "name", name={"first": "Carla"}),
    bad("name-list", LOGIN, "name", name=["Carla"]),
    bad("email-too-long", LOGIN, "email",
        email="a" * (LOGIN_EMAIL_MAX + 1 - len("@example.com")) + "@example.com"),
    bad("name-too-long", LOGIN, "name", name="x" * (LOGIN_NAME_MAX + 1)),
    bad("email-blank", LOGIN, "email", email="   "),
    bad("email-not-an-address", LOGIN, "email", email="carla.example.com"),
    bad("email-with-space", LOGIN, "email", email="carla dias@example.com"),
    bad("name-newline", LOGIN, "name", name="Carla\nDias"),
    bad("name-nul", LOGIN, "name", name="Carla\u0000"),
    Case("name-lone-surrogate", '{"email": "carla@example.com", "name": "\\ud800"}',
         names=("name",)),
    bad("unknown-password", LOGIN, ("password", "unknown"), password="hunter2"),
]

PERSONA = {"name": "Antônio Carlos", "language": "pt-BR",
           "consent": {"basis": "family", "statement": "Sou a filha dele e autorizo.",
                       "attested_by": "Alice Ferreira"}}
CONSENT_OK = PERSONA["consent"]
PERSONA_CREATE_CASES = [
    bad("name-missing", PERSONA, "name", drop=("name",)),
    bad("language-missing", PERSONA, "language", drop=("language",)),
    bad("consent-missing", PERSONA, "consent", drop=("consent",)),
    bad("consent-basis-missing", PERSONA, "consent.basis",
        consent={k: v for k, v in CONSENT_OK.items() if k != "basis"}),
    bad("consent-statement-missing", PERSONA, "consent.statement",
        consent={k: v for k, v in CONSENT_OK.items() if k != "statement"}),
    bad("name-null", PERSONA, "name", name=None),
    bad("language-null", PERSONA, "language", language=None),
    bad("consent-null", PERSONA, "consent", consent=None),
    bad("greeting-null", PERSONA, "greeting", greeting=None),
    bad("name-number", PERSONA, "name", name=42),
    bad("name-object", PERSONA, "name", name={"first": "Antônio"}),
    bad("name-list", PERSONA, "name", name=["Antônio"]),
    bad("consent-string", PERSONA, "consent", consent="yes"),
    bad("consent-list", PERSONA, "consent", consent=[CONSENT_OK]),
    bad("birth-year-string", PERSONA, "birth_year", birth_year="1930"),
    bad("birth-year-bool", PERSONA, "birth_year", birth_year=True),
    bad("birth-year-float", PERSONA, "birth_year", birth_year=1930.5),
    bad("birth-year-too-early", PERSONA, "birth_year", birth_year=YEAR_LOW - 1),
    bad("death-year-too-late", PERSONA, "death_year", death_year=YEAR_HIGH + 1),
    bad("death-before-birth", PERSONA, "death_year", birth_year=1950, death_year=1940),
    bad("example-messages-string", PERSONA, "example_messages", example_messages="Oi, filha"),
    bad("example-messages-too-many", PERSONA, "example_messages",
        example_messages=["oi"] * (EXAMPLES_MAX_ITEMS + 1)),
    bad("example-message-too-long", PERSONA, "example_messages[0]",
        example_messages=["x" * (EXAMPLE_MAX + 1)]),
    bad("example-message-number", PERSONA, "example_messages[1]", example_messages=["oi", 7]),
    bad("example-message-blank", PERSONA, "example_messages[0]", example_messages=[" \n "]),
    bad("aliases-object", PERSONA, "aliases", aliases={"name": "Toninho"}),
    bad("aliases-too-many", PERSONA, "aliases",
        aliases=[{"name": f"A{i}"} for i in range(ALIASES_MAX_ITEMS + 1)]),
    bad("alias-string", PERSONA, "aliases[0]", aliases=["Toninho"]),
    bad("alias-name-missing", PERSONA, "aliases[0].name", aliases=[{"also_called": ["Vô"]}]),
    bad("alias-name-too-long", PERSONA, "aliases[0].name",
        aliases=[{"name": "x" * (ALIAS_NAME_MAX + 1)}]),
    bad("alias-also-called-string", PERSONA, "aliases[0].also_called",
        aliases=[{"name": "Antônio", "also_called": "Vô Toninho"}]),
    bad("alias-also-called-too-many", PERSONA, "aliases[0].also_called",
        aliases=[{"name": "Antônio", "also_called": ["Vô"] * (ALSO_CALLED_MAX_ITEMS + 1)}]),
    bad("alias-unknown-field", PERSONA, ("aliases[0].nickname", "unknown"),
        aliases=[{"name": "Antônio", "nickname": "Toninho"}]),
    bad("language-enum", PERSONA, "language", language="fr"),
    bad("language-enum-case", PERSONA, "language", language="PT-br"),
    bad("status-enum", PERSONA, "status", status="deceased"),
    bad("consent-basis-enum", PERSONA, "consent.basis", consent={**CONSENT_OK, "basis": "friend"}),
    bad("consent-unknown-field", PERSONA, ("consent.attested_at", "unknown"),
        consent={**CONSENT_OK, "attested_at": "1999-01-01T00:00:00Z"}),
    bad("name-too-long", PERSONA, "name", name="x" * (NAME_MAX + 1)),
    bad("name-too-long-emoji", PERSONA, "name", name="😀" * (NAME_MAX + 1)),
    bad("relationship-too-long", PERSONA, "relationship",
        relationship="x" * (RELATIONSHIP_MAX + 1)),
    bad("biography-too-long", PERSONA, "biography", biography="x" * (BIOGRAPHY_MAX + 1)),
    bad("personality-too-long", PERSONA, "personality", personality="x" * (PERSONALITY_MAX + 1)),
    bad("greeting-too-long", PERSONA, "greeting", greeting="x" * (GREETING_MAX + 1)),
    bad("consent-statement-too-long", PERSONA, "consent.statement",
        consent={**CONSENT_OK, "statement": "x" * (STATEMENT_MAX + 1)}),
    bad("consent-attested-by-too-long", PERSONA, "consent.attested_by",
        consent={**CONSENT_OK, "attested_by": "x" * (ATTESTED_BY_MAX + 1)}),
    Case("name-lone-surrogate",
         '{"name": "\\ud800", "language": "pt-BR", "consent": %s}' % dumps(CONSENT_OK),
         names=("name",)),
    bad("name-lone-low-surrogate-inside", PERSONA, "name", name="Ant\udc00nio"),
    bad("biography-lone-surrogate", PERSONA, "biography", biography="vida \ud83d fim"),
    bad("consent-statement-lone-surrogate", PERSONA, "consent.statement",
        consent={**CONSENT_OK, "statement": "\udfff"}),
    bad("name-nul", PERSONA, "name", name="Antônio\u0000"),
    bad("biography-nul", PERSONA, "biography", biography="linha 1\n\u0000linha 2"),
    bad("biography-bell", PERSONA, "biography", biography="tocou o sino\u0007"),
    bad("name-newline", PERSONA, "name", name="Antônio\nCarlos"),
    bad("name-carriage-return", PERSONA, "name", name="Antônio\rCarlos"),
    bad("name-tab", PERSONA, "name", name="Antônio\tCarlos"),
    bad("name-delete-char", PERSONA, "name", name="Antônio\u007f"),
    # Unicode line breaks and C1 controls are line breaks / control characters too.
    bad("name-line-separator-u2028", PERSONA, "name", name="Antônio\u2028Carlos"),
    bad("name-next-line-u0085", PERSONA, "name", name="Antônio\u0085Carlos"),
    bad("name-blank", PERSONA, "name", name="   "),
    bad("name-empty", PERSONA, "name", name=""),
    bad("readonly-id", PERSONA, ("id", "unknown"), id="AAAAAAAAAAAAAAAAAAAAAA"),
    bad("readonly-role", PERSONA, ("role", "unknown"), role="owner"),
    bad("readonly-memory-count", PERSONA, ("memory_count", "unknown"), memory_count=0),
]

PATCH = {"name": "Antônio Carlos Jobim"}
PERSONA_PATCH_CASES = [
    Case("empty-object", "{}", names=("at least one field",)),
    bad("consent-not-editable", PATCH, ("consent", "unknown"), consent=CONSENT_OK),
    bad("name-null", PATCH, "name", name=None),
    bad("language-null", PATCH, "language", language=None),
    bad("status-null", PATCH, "status", status=None),
    bad("name-number", PATCH, "name", name=3.14),
    bad("name-bool", PATCH, "name", name=False),
    bad("status-enum", PATCH, "status", status="deleted"),
    bad("language-enum", PATCH, "language", language="es"),
    bad("birth-year-string", PATCH, "birth_year", birth_year="1930"),
    bad("death-year-bool", PATCH, "death_year", death_year=False),
    bad("death-before-birth-both-sent", PATCH, "death_year", birth_year=1950, death_year=1940),
    # The persona under test was born in 1930 (see `prepare`).
    bad("death-before-stored-birth", {}, "death_year", death_year=1920),
    bad("name-too-long", PATCH, "name", name="x" * (NAME_MAX + 1)),
    bad("greeting-too-long", PATCH, "greeting", greeting="x" * (GREETING_MAX + 1)),
    bad("aliases-too-many", PATCH, "aliases",
        aliases=[{"name": f"A{i}"} for i in range(ALIASES_MAX_ITEMS + 1)]),
    bad("example-message-null", PATCH, "example_messages[0]", example_messages=[None]),
    bad("example-messages-null", PATCH, "example_messages", example_messages=None),
    Case("name-lone-surrogate", '{"name": "\\ud800"}', names=("name",)),
    bad("name-nul", PATCH, "name", name="\u0000"),
    bad("name-newline", PATCH, "name", name="Antônio\nCarlos"),
    bad("name-blank", PATCH, "name", name=" \t "),
    bad("readonly-id", PATCH, ("id", "unknown"), id="AAAAAAAAAAAAAAAAAAAAAA"),
    bad("readonly-created-at", PATCH, ("created_at", "unknown"), created_at="2000-01-01"),
    bad("readonly-version", PATCH, ("version", "unknown"), version=99),
]

MEMORY = {"text": "Conheci a Cida na festa junina de 1961.", "title": "Festa junina"}
MEMORY_CREATE_CASES = [
    bad("text-missing", MEMORY, "text", drop=("text",)),
    bad("text-null", MEMORY, "text", text=None),
    bad("title-null", MEMORY, "title", title=None),
    bad("tags-null", MEMORY, "tags", tags=None),
    bad("text-number", MEMORY, "text", text=1961),
    bad("text-bool", MEMORY, "text", text=True),
    bad("text-list", MEMORY, "text", text=["Conheci a Cida"]),
    bad("text-object", MEMORY, "text", text={"pt": "Conheci a Cida"}),
    bad("text-too-long", MEMORY, "text", text="x" * (TEXT_MAX + 1)),
    bad("title-too-long", MEMORY, "title", title="x" * (TITLE_MAX + 1)),
    bad("tags-string", MEMORY, "tags", tags="família,festa"),
    bad("tags-too-many", MEMORY, "tags", tags=[f"t{i}" for i in range(TAGS_MAX_ITEMS + 1)]),
    bad("tag-too-long", MEMORY, "tags[0]", tags=["x" * (TAG_MAX + 1)]),
    bad("tag-number", MEMORY, "tags[1]", tags=["festa", 1961]),
    bad("tag-blank", MEMORY, "tags[0]", tags=["  "]),
    bad("tag-newline", MEMORY, "tags[0]", tags=["festa\njunina"]),
    bad("triggers-too-many", MEMORY, "triggers",
        triggers=[f"t{i}" for i in range(TRIGGERS_MAX_ITEMS + 1)]),
    bad("trigger-too-long", MEMORY, "triggers[0]", triggers=["x" * (TRIGGER_MAX + 1)]),
    bad("date-feb-30", MEMORY, "date", date="2023-02-30"),
    bad("date-month-13", MEMORY, "date", date="1999-13"),
    bad("date-day-first", MEMORY, "date", date="24/06/1961"),
    bad("date-unpadded", MEMORY, "date", date="1961-6-24"),
    bad("date-number", MEMORY, "date", date=1961),
    bad("date-before-1800", MEMORY, "date", date="1799"),
    bad("date-with-time", MEMORY, "date", date="1961-06-24T10:00:00"),
    bad("date-trailing-newline", MEMORY, "date", date="1961\n"),
    bad("date-non-ascii-digits", MEMORY, "date", date="\u0661\u0669\u0666\u0661"),
    Case("text-lone-surrogate", '{"text": "\\ud800"}', names=("text",)),
    bad("title-lone-surrogate", MEMORY, "title", title="\udbff"),
    bad("tag-lone-surrogate", MEMORY, "tags[0]", tags=["\ud800x"]),
    bad("text-nul", MEMORY, "text", text="Conheci a Cida\u0000"),
    bad("text-escape-char", MEMORY, "text", text="\u001b[31mvermelho"),
    bad("title-newline", MEMORY, "title", title="Festa\njunina"),
    bad("title-line-separator-u2028", MEMORY, "title", title="Festa\u2028junina"),
    bad("text-blank", MEMORY, "text", text=" \n\t "),
    bad("unknown-persona-id", MEMORY, ("persona_id", "unknown"), persona_id="x" * 22),
    bad("unknown-created-by", MEMORY, ("created_by", "unknown"), created_by="someone"),
    bad("readonly-id", MEMORY, ("id", "unknown"), id="AAAAAAAAAAAAAAAAAAAAAA"),
]

MEMORY_PATCH = {"title": "Festa de São João"}
MEMORY_PATCH_CASES = [
    Case("empty-object", "{}", names=("at least one field",)),
    bad("text-null", MEMORY_PATCH, "text", text=None),
    bad("text-empty", MEMORY_PATCH, "text", text=""),
    bad("title-null", MEMORY_PATCH, "title", title=None),
    bad("tags-null", MEMORY_PATCH, "tags", tags=None),
    bad("text-number", MEMORY_PATCH, "text", text=0),
    bad("text-too-long", MEMORY_PATCH, "text", text="x" * (TEXT_MAX + 1)),
    bad("title-too-long", MEMORY_PATCH, "title", title="x" * (TITLE_MAX + 1)),
    bad("tags-string", MEMORY_PATCH, "tags", tags="festa"),
    bad("tags-too-many", MEMORY_PATCH, "tags", tags=["t"] * (TAGS_MAX_ITEMS + 1)),
    bad("date-feb-30", MEMORY_PATCH, "date", date="2023-02-30"),
    bad("date-month-13", MEMORY_PATCH, "date", date="1999-13"),
    bad("date-trailing-newline", MEMORY_PATCH, "date", date="1999-12-31\n"),
    Case("text-lone-surrogate", '{"text": "\\ud800"}', names=("text",)),
    bad("text-nul", MEMORY_PATCH, "text", text="\u0000"),
    bad("title-newline", MEMORY_PATCH, "title", title="São\nJoão"),
    bad("readonly-id", MEMORY_PATCH, ("id", "unknown"), id="AAAAAAAAAAAAAAAAAAAAAA"),
    bad("readonly-persona-id", MEMORY_PATCH, ("persona_id", "unknown"), persona_id="x" * 22),
    bad("readonly-created-by", MEMORY_PATCH, ("created_by", "unknown"), created_by="x"),
    bad("readonly-updated-at", MEMORY_PATCH, ("updated_at", "unknown"), updated_at="2000"),
]

INVITE = {"role": "visitor"}
INVITE_CASES = [
    bad("role-missing", INVITE, "role", drop=("role",), max_uses=2),
    bad("role-null", INVITE, "role", role=None),
    bad("role-owner", INVITE, "role", role="owner"),
    bad("role-enum", INVITE, "role", role="admin"),
    bad("role-enum-case", INVITE, "role", role="Visitor"),
    bad("role-number", INVITE, "role", role=1),
    bad("role-list", INVITE, "role", role=["visitor"]),
    bad("role-nul", INVITE, "role", role="visitor\u0000"),
    Case("role-lone-surrogate", '{"role": "\\ud800"}', names=("role",)),
    bad("max-uses-zero", INVITE, "max_uses", max_uses=MAX_USES.low - 1),
    bad("max-uses-too-many", INVITE, "max_uses", max_uses=MAX_USES.high + 1),
    bad("max-uses-string", INVITE, "max_uses", max_uses="5"),
    bad("max-uses-bool", INVITE, "max_uses", max_uses=True),
    bad("max-uses-float", INVITE, "max_uses", max_uses=1.5),
    bad("max-uses-null", INVITE, "max_uses", max_uses=None),
    bad("expires-too-short", INVITE, "expires_in_days", expires_in_days=EXPIRES_DAYS.low - 1),
    bad("expires-too-long", INVITE, "expires_in_days", expires_in_days=EXPIRES_DAYS.high + 1),
    bad("expires-negative", INVITE, "expires_in_days", expires_in_days=-1),
    bad("unknown-code", INVITE, ("code", "unknown"), code="x" * 32),
    bad("unknown-persona-id", INVITE, ("persona_id", "unknown"), persona_id="x" * 22),
]

CONVERSATION = {"visitor_name": "Neta Júlia", "relationship": "neta"}
CONVERSATION_CASES = [
    bad("visitor-name-null", CONVERSATION, "visitor_name", visitor_name=None),
    bad("relationship-null", CONVERSATION, "relationship", relationship=None),
    bad("visitor-name-number", CONVERSATION, "visitor_name", visitor_name=7),
    bad("visitor-name-list", CONVERSATION, "visitor_name", visitor_name=["Júlia"]),
    bad("relationship-object", CONVERSATION, "relationship", relationship={"kind": "neta"}),
    bad("visitor-name-too-long", CONVERSATION, "visitor_name",
        visitor_name="x" * (VISITOR_NAME_MAX + 1)),
    bad("relationship-too-long", CONVERSATION, "relationship",
        relationship="x" * (CONV_RELATIONSHIP_MAX + 1)),
    Case("visitor-name-lone-surrogate", '{"visitor_name": "\\ud800"}', names=("visitor_name",)),
    bad("visitor-name-nul", CONVERSATION, "visitor_name", visitor_name="Júlia\u0000"),
    bad("visitor-name-newline", CONVERSATION, "visitor_name", visitor_name="Júlia\nSilva"),
    bad("relationship-escape-char", CONVERSATION, "relationship", relationship="\u001bneta"),
    bad("unknown-user-id", CONVERSATION, ("user_id", "unknown"), user_id="someone-else"),
    bad("unknown-persona-id", CONVERSATION, ("persona_id", "unknown"), persona_id="x" * 22),
    bad("unknown-greeting", CONVERSATION, ("greeting", "unknown"), greeting="Olá"),
]

MESSAGE = {"text": "Oi, vô! Lembra da festa junina?",
           "client_message_id": "3f0c2a4e-8d1b-4c7a-9e2f-1a2b3c4d5e6f"}
MESSAGE_CASES = [
    bad("text-missing", MESSAGE, "text", drop=("text",)),
    bad("client-message-id-missing", MESSAGE, "client_message_id", drop=("client_message_id",)),
    bad("text-null", MESSAGE, "text", text=None),
    bad("client-message-id-null", MESSAGE, "client_message_id", client_message_id=None),
    bad("text-number", MESSAGE, "text", text=42),
    bad("text-list", MESSAGE, "text", text=["Oi"]),
    bad("client-message-id-number", MESSAGE, "client_message_id", client_message_id=12345),
    bad("client-message-id-object", MESSAGE, "client_message_id", client_message_id={"id": 1}),
    bad("text-too-long", MESSAGE, "text", text="x" * (MESSAGE_TEXT_MAX + 1)),
    bad("text-blank", MESSAGE, "text", text="  \n "),
    Case("text-lone-surrogate", dumps({**MESSAGE, "text": "\ud800"}), names=("text",)),
    bad("text-nul", MESSAGE, "text", text="Oi\u0000"),
    bad("client-message-id-nul", MESSAGE, "client_message_id", client_message_id="abc\u0000"),
    bad("client-message-id-too-short", MESSAGE, "client_message_id", client_message_id="abc"),
    bad("client-message-id-too-long", MESSAGE, "client_message_id",
        client_message_id="a" * 65),
    bad("client-message-id-spaces", MESSAGE, "client_message_id",
        client_message_id="not an id at all"),
    bad("client-message-id-newline", MESSAGE, "client_message_id",
        client_message_id="abcdefgh\n"),
    bad("unknown-role", MESSAGE, ("role", "unknown"), role="persona"),
    bad("unknown-ai-generated", MESSAGE, ("ai_generated", "unknown"), ai_generated=False),
]


@dataclass(frozen=True)
class Route:
    """A write route: its method and path, its field-level cases, and a valid body."""

    method: str
    path: str
    field_cases: list[Case]
    base: dict[str, Any]
    text_field: str

    @property
    def request_cases(self) -> list[Case]:
        return request_level_cases(self.base, self.text_field)


ROUTES: dict[str, Route] = {
    "login": Route("POST", "/api/auth/local/login", LOGIN_CASES, LOGIN, "name"),
    "persona-create": Route("POST", "/api/personas", PERSONA_CREATE_CASES, PERSONA, "name"),
    "persona-patch": Route("PATCH", "/api/personas/{pid}", PERSONA_PATCH_CASES, PATCH, "name"),
    "memory-create": Route("POST", "/api/personas/{pid}/memories", MEMORY_CREATE_CASES,
                           MEMORY, "text"),
    "memory-patch": Route("PATCH", "/api/personas/{pid}/memories/{mid}", MEMORY_PATCH_CASES,
                          MEMORY_PATCH, "title"),
    "invite-create": Route("POST", "/api/personas/{pid}/invites", INVITE_CASES, INVITE, "role"),
    "conversation-start": Route("POST", "/api/personas/{pid}/conversations",
                                CONVERSATION_CASES, CONVERSATION, "visitor_name"),
}
MESSAGES = {"messages": Route("POST", "/api/conversations/{cid}/messages", MESSAGE_CASES,
                              MESSAGE, "text")}


def _params(routes: dict[str, Route], kind: str) -> list[Any]:
    return [pytest.param(name, case, id=f"{name}-{case.id}")
            for name, route in routes.items() for case in getattr(route, kind)]


DYNAMODB_EVERY = 4  # of a route's field cases, every fourth also runs on DynamoDB


def _stored_params(routes: dict[str, Route], kind: str) -> list[Any]:
    """Every case on SQLite; every DYNAMODB_EVERY-th of each route (its first included) on
    DynamoDB too. The refusal is the route's own code on either store; what the store adds is
    that nothing was written, which a quarter of the cases of every route shows on moto, at a
    quarter of its cost (a moto table for each case is most of this file's time)."""
    found = []
    for name, route in routes.items():
        for n, case in enumerate(getattr(route, kind)):
            found.append(pytest.param("sqlite", name, case, id=f"sqlite-{name}-{case.id}"))
            if n % DYNAMODB_EVERY == 0:
                found.append(pytest.param("dynamodb", name, case,
                                          id=f"dynamodb-{name}-{case.id}"))
    return found


# -- helpers --------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def reuse_signing_key(isolated_env: None, signing_key_pem: bytes) -> None:
    """The worker's key (conftest), also for the cases that build their own app."""
    seed_signing_key(signing_key_pem)


def snapshot(dynamo_client: Any = None) -> list[str]:
    """Every stored item, keys included, in a form that compares exactly.

    On DynamoDB this is conftest's all_items() through the test's own moto client (making a
    new boto3 client for every look would double the time of this file)."""
    if dynamo_client is None:
        items = all_items()
    else:
        items, request = [], {"TableName": TABLE, "ConsistentRead": True}
        while True:
            page = dynamo_client.scan(**request)
            items += [deserialize(i) for i in page["Items"]]
            if "LastEvaluatedKey" not in page:
                break
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    return sorted(repr(sorted(item.items())) for item in items)


@pytest.fixture
def scan(request: pytest.FixtureRequest, store_kind: str) -> Callable[[], list[str]]:
    """snapshot() for the store of this run."""
    client = request.getfixturevalue("dynamodb") if store_kind == "dynamodb" else None
    return lambda: snapshot(client)


def prepare(api: Api, owner: User, route: str) -> dict[str, str]:
    """The objects a route's path needs, and no more."""
    if route in ("login", "persona-create"):
        return {}
    ids = {"pid": api.create_persona(owner, birth_year=1930)["id"]}
    if route == "memory-patch":
        ids["mid"] = api.add_memory(owner, ids["pid"])["id"]
    if route == "messages":
        r = api.call("POST", f"/api/personas/{ids['pid']}/conversations", owner, {})
        assert r.status_code == 201, r.body
        ids["cid"] = r.json_body["id"]
    return ids


def assert_refused(response: Any, case: Case) -> None:
    """A 4xx in Chalice's error shape whose Message names every word the case expects."""
    where = f"{case.id}: {response.status_code} {response.body[:300]!r}"
    assert response.status_code == case.status, where
    body = response.json_body
    assert isinstance(body, dict) and set(body) <= {"Code", "Message", "Field", "Reason",
                                                    "Limits"}, where
    assert body["Code"] == STATUS_CODES[case.status], where
    # The case and the numbers apart from the English message, for clients to word it.
    assert isinstance(body.get("Reason", ""), str), where
    assert all(isinstance(v, int) for v in body.get("Limits", {}).values()), where
    message = body["Message"]
    # The input named first in the message is also given apart, for clients to point at.
    named = re.match(r"^([a-z_]+(?:\[\d+\]|\.[a-z_]+)*): ", message)
    assert body.get("Field") == (named.group(1) if named and case.status == 400 else None), where
    assert isinstance(message, str) and message.strip(), where
    for word in case.names:
        assert word.lower() in message.lower(), f"{word!r} not named; {where}"
    assert "Traceback" not in message and "Exception" not in message, where


def send_bad(api: Api, owner: User, method: str, path: str, case: Case,
             scan: Callable[[], list[str]] = snapshot) -> None:
    before = scan()
    r = api.call(method, path, owner, raw=case.raw if case.raw is not None else "",
                 headers=case.headers)
    assert_refused(r, case)
    assert scan() == before, f"{case.id}: something was written"


# -- malformed bodies -----------------------------------------------------------------------

def _check(api: Api, owner: User, routes: dict[str, Route], name: str, case: Case,
           scan: Callable[[], list[str]] = snapshot) -> None:
    route = routes[name]
    send_bad(api, owner, route.method, route.path.format(**prepare(api, owner, name)), case,
             scan)


# Field-level refusals happen after the route has read the store (access checks), so they run
# on both stores (`_stored_params`).
@pytest.mark.parametrize(("store_kind", "route", "case"), _stored_params(ROUTES, "field_cases"),
                         indirect=["store_kind"])
def test_malformed_field_is_refused_and_nothing_is_written(api: Api, alice: User, scan: Any,
                                                           route: str, case: Case) -> None:
    _check(api, alice, ROUTES, route, case, scan)


# Request-level refusals (syntax, shape, size, encoding, content type) happen before the route
# touches any store, so they run on SQLite only: that keeps the file well under two minutes.
@pytest.mark.parametrize(("route", "case"), _params(ROUTES, "request_cases"))
def test_malformed_request_is_refused_and_nothing_is_written(sqlite_api: Api, route: str,
                                                             case: Case) -> None:
    _check(sqlite_api, sqlite_api.login("alice@example.com", "Alice Ferreira"), ROUTES, route,
           case)


@pytest.mark.parametrize(("store_kind", "route", "case"), _stored_params(MESSAGES, "field_cases"),
                         indirect=["store_kind"])
def test_malformed_message_field_is_refused(api: Api, alice: User, scan: Any, route: str,
                                            case: Case) -> None:
    _check(api, alice, MESSAGES, route, case, scan)


@pytest.mark.parametrize(("route", "case"), _params(MESSAGES, "request_cases"))
def test_malformed_message_request_is_refused(sqlite_api: Api, route: str, case: Case) -> None:
    _check(sqlite_api, sqlite_api.login("alice@example.com", "Alice Ferreira"), MESSAGES, route,
           case)


def test_every_route_has_a_dozen_malformed_bodies_of_each_kind() -> None:
    """The issue's floor: at least a dozen malformed bodies per write route."""
    for name, route in {**ROUTES, **MESSAGES}.items():
        assert len(route.field_cases) >= 12 and len(route.request_cases) >= 12, name
        ids = [c.id for c in route.field_cases + route.request_cases]
        assert len(set(ids)) == len(ids), f"{name}: duplicate case ids"


def test_the_limits_are_accepted_exactly_at_the_edge(api: Api, alice: User) -> None:
    """One character under the refusals above is fine: the limits are not off by one."""
    persona = api.create_persona(alice, name="x" * NAME_MAX, greeting="😀" * GREETING_MAX,
                                 example_messages=["m"] * EXAMPLES_MAX_ITEMS,
                                 birth_year=YEAR_LOW, death_year=THIS_YEAR)
    memory = api.add_memory(alice, persona["id"], text="é" * TEXT_MAX, title="t" * TITLE_MAX,
                            tags=["g" * TAG_MAX] * TAGS_MAX_ITEMS, date="2024-02-29")
    assert persona["name"] == "x" * NAME_MAX and memory["text"] == "é" * TEXT_MAX
    body = dumps({**PERSONA, "biography": "x" * (MAX_BODY_BYTES // 2)})
    r = api.call("POST", "/api/personas", alice, raw=body)
    assert r.status_code == 400 and "biography" in r.json_body["Message"], r.body[:200]
    r = api.call("POST", "/api/personas", alice, raw=dumps(PERSONA),
                 headers={"content-type": "application/json; charset=utf-8"})
    assert r.status_code == 201, r.body


# -- text round-trips exactly ---------------------------------------------------------------

FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # ZWJ sequence
RAINBOW_FLAG = "\U0001F3F3\uFE0F\u200D\U0001F308"
FLAGS = "\U0001F1E7\U0001F1F7\U0001F1F5\U0001F1F9"  # 🇧🇷🇵🇹
THUMBS = "\U0001F44D\U0001F3FD"  # skin tone modifier
COMBINING = "Jose\u0301 e Zo\u0308e"  # e + U+0301, o + U+0308: must not be normalised
RTL = "\u200Fשלום\u200F \u202Eمرحبا\u202C"  # RLM, RLO ... PDF
ACCENTS = "São João, coração, Ñandú, Ångström, Łódź, çà"
STRINGS = {
    "name": f"Antônio {FAMILY} {COMBINING}",
    "relationship": f"avô {FLAGS}",
    "biography": f"{ACCENTS}\n{RTL}\r\n\t{RAINBOW_FLAG} {THUMBS} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 漢字 a\u00A0b\uFEFF",
    "greeting": f"Oi {THUMBS}{FAMILY}!",
    "example_messages": [f"Ô, meu {FLAGS}!", COMBINING, RTL, "zero\u200Dwidth\u200Djoiner"],
    "aliases": [{"name": f"To\u0301ninho {RAINBOW_FLAG}", "also_called": [RTL, FAMILY]}],
}
MEMORY_STRINGS = {"text": f"{ACCENTS}\n{COMBINING}\n{RTL}\n{FAMILY}{FLAGS}{THUMBS}",
                  "title": f"Festa {FLAGS} \u200F{COMBINING}",
                  "tags": [FAMILY, "e\u0301", "\u202Eabc", "𝔘"],
                  "triggers": [RAINBOW_FLAG]}


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["escaped", "raw-utf8"])
def test_text_round_trips_exactly(api: Api, alice: User, ensure_ascii: bool) -> None:
    persona_body = {**PERSONA, **STRINGS,
                    "consent": {**CONSENT_OK, "statement": f"Autorizo {COMBINING} {RTL}"}}
    r = api.call("POST", "/api/personas", alice,
                 raw=json.dumps(persona_body, ensure_ascii=ensure_ascii).encode("utf-8"))
    assert r.status_code == 201, r.body
    pid = r.json_body["id"]
    r = api.call("POST", f"/api/personas/{pid}/memories", alice,
                 raw=json.dumps(MEMORY_STRINGS, ensure_ascii=ensure_ascii).encode("utf-8"))
    assert r.status_code == 201, r.body
    mid = r.json_body["id"]

    persona = api.call("GET", f"/api/personas/{pid}", alice).json_body
    for key, value in STRINGS.items():
        assert persona[key] == value, key
        assert json.dumps(persona[key], ensure_ascii=False).encode() == \
            json.dumps(value, ensure_ascii=False).encode(), key
    assert persona["consent"]["statement"] == f"Autorizo {COMBINING} {RTL}"
    memory = api.call("GET", f"/api/personas/{pid}/memories/{mid}", alice).json_body
    listed = api.call("GET", f"/api/personas/{pid}/memories", alice).json_body["items"]
    for key, value in MEMORY_STRINGS.items():
        assert memory[key] == value, key
        assert listed[0][key] == value, key
    stored = [i for i in all_items() if i.get("id") == mid]
    assert len(stored) == 1 and stored[0]["text"] == MEMORY_STRINGS["text"]

    # Edits keep text exactly too.
    r = api.call("PATCH", f"/api/personas/{pid}/memories/{mid}", alice,
                 {"title": RTL + COMBINING})
    assert r.status_code == 200 and r.json_body["title"] == RTL + COMBINING
    r = api.call("PATCH", f"/api/personas/{pid}", alice, {"name": FLAGS + "e\u0301"})
    assert r.status_code == 200, r.body
    assert api.call("GET", f"/api/personas/{pid}", alice).json_body["name"] == FLAGS + "e\u0301"


@pytest.fixture
def roundtrip_persona(api: Api, alice: User) -> str:
    return api.create_persona(alice)["id"]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
@example(text="\xad")  # a soft hyphen alone is blank: refused, nothing written
def test_any_text_round_trips_through_a_memory(api: Api, alice: User, scan: Any,
                                               roundtrip_persona: str, text: str) -> None:
    path = f"/api/personas/{roundtrip_persona}/memories"
    # blank: nothing visible, spaces and invisible format characters (a soft hyphen alone)
    blank = all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)
    before = scan() if blank else None
    r = api.call("POST", path, alice, {"text": text})
    if before is not None:  # blank text is refused, and nothing is written
        assert r.status_code == 400 and "text" in r.json_body["Message"], r.body
        assert scan() == before
        return
    assert r.status_code == 201, r.body
    assert r.json_body["text"] == text
    got = api.call("GET", f"{path}/{r.json_body['id']}", alice)
    assert got.status_code == 200 and got.json_body["text"] == text


@pytest.mark.parametrize(("body", "field"), [
    ({"name": "x" * 121, "language": "pt-BR"}, "name"),
    ({"name": "Antônio", "language": "pt-BR", "consent": {"basis": "family", "statement": "",
                                                          "attested_by": "Ana"}},
     "consent.statement"),
    ({"name": "Antônio", "language": "pt-BR", "aliases": [{"name": "Antônio",
                                                           "also_called": ["ok", "y" * 61]}]},
     "aliases[0].also_called[1]"),
    ({"name": "Antônio", "language": "fr"}, "language"),
])
def test_a_400_names_its_field_apart_from_the_message(sqlite_api: Api, body: dict,
                                                      field: str) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    consent = {"basis": "self", "statement": "Eu.", "attested_by": "Alice"}
    r = sqlite_api.call("POST", "/api/personas", alice, {"consent": consent, **body})
    assert r.status_code == 400, r.body
    assert r.json_body["Field"] == field
    assert r.json_body["Message"].startswith(f"{field}: ")


def test_a_400_about_the_whole_request_names_no_field(sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    r = sqlite_api.call("POST", "/api/personas", alice, raw="[1, 2]")
    assert r.status_code == 400 and "Field" not in r.json_body
