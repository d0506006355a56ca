"""What clients may send: one spec per body, with the limits the API documents."""
from __future__ import annotations

import datetime as dt
from typing import Any

from chalicelib.config import LANGUAGES
from chalicelib.errors import InvalidInput
from chalicelib.validation import Choice, DateText, Int, ListOf, Obj, Text

STATUSES = ("active", "paused", "retired")
ROLES_INVITABLE = ("visitor", "editor")
THIS_YEAR = dt.date.today().year + 1


def _years_in_order(data: dict[str, Any], path: str) -> None:
    birth, death = data.get("birth_year"), data.get("death_year")
    if birth is not None and death is not None and death < birth:
        raise InvalidInput("death_year: must not be before birth_year",
                           reason="years_out_of_order")


ALIAS = Obj({"name": Text(100, required=True),
             "also_called": ListOf(Text(60, required=True), 8)},
            required=frozenset({"name"}))

CONSENT = Obj({"basis": Choice(("self", "family")),
               "statement": Text(2000, required=True, multiline=True),
               "attested_by": Text(200, required=True)},
              required=frozenset({"basis", "statement", "attested_by"}))

_PERSONA_FIELDS: dict[str, Any] = {
    "name": Text(120, required=True),
    "language": Choice(LANGUAGES),
    "relationship": Text(80),
    "birth_year": Int(1800, THIS_YEAR),
    "death_year": Int(1800, THIS_YEAR),
    "biography": Text(12_000, multiline=True),
    "personality": Text(3_000, multiline=True),
    "speaking_style": Text(3_000, multiline=True),
    "example_messages": ListOf(Text(500, required=True, multiline=True), 20),
    "greeting": Text(500, multiline=True),
    "aliases": ListOf(ALIAS, 20),
    "status": Choice(STATUSES),
}

PERSONA_CREATE = Obj({**_PERSONA_FIELDS, "consent": CONSENT},
                     required=frozenset({"name", "language", "consent"}),
                     nullable=frozenset({"birth_year", "death_year"}),
                     check=_years_in_order)

# Consent is a record of what was attested when the persona was made: it is not edited.
PERSONA_PATCH = Obj(_PERSONA_FIELDS, nullable=frozenset({"birth_year", "death_year"}),
                    check=_years_in_order)

MEMORY_CREATE = Obj({"text": Text(8_000, required=True, multiline=True),
                     "title": Text(200),
                     "date": DateText(),
                     "tags": ListOf(Text(40, required=True), 20),
                     "triggers": ListOf(Text(60, required=True), 10)},
                    required=frozenset({"text"}), nullable=frozenset({"date"}))

MEMORY_PATCH = Obj(MEMORY_CREATE.fields, nullable=frozenset({"date"}))

# `language` is the visitor's (the website sends its own); the greeting and the replies'
# framing follow it, whatever language the persona spoke.
CONVERSATION_START = Obj({"visitor_name": Text(80), "relationship": Text(80),
                          "language": Choice(LANGUAGES)})

INVITE_CREATE = Obj({"role": Choice(ROLES_INVITABLE),
                     "max_uses": Int(1, 20),
                     "expires_in_days": Int(1, 30)},
                    required=frozenset({"role"}))

LOCAL_LOGIN = Obj({"email": Text(254, required=True), "name": Text(120, required=True)},
                  required=frozenset({"email", "name"}))

MESSAGE_MAX_CHARS = 4_000
CLIENT_MESSAGE_ID = r"^[A-Za-z0-9_-]{8,64}$"  # anchored for the OpenAPI spec; used with fullmatch


def _client_id_shape(data: dict[str, Any], path: str) -> None:
    import re
    if not re.fullmatch(CLIENT_MESSAGE_ID, data.get("client_message_id", "")):
        raise InvalidInput("client_message_id: 8 to 64 letters, digits, '-' or '_' "
                           "(a fresh random id per message, reused only to retry it)",
                           reason="bad_client_id")


MESSAGE = Obj({"text": Text(MESSAGE_MAX_CHARS, required=True, multiline=True),
               "client_message_id": Text(64, required=True)},
              required=frozenset({"text", "client_message_id"}), check=_client_id_shape)


POWER = Obj({"mode": Choice(("on", "off", "auto"))}, required=frozenset({"mode"}))

# Ownership that survives the owner (chalicelib/ownership.py). Ids are checked there, against
# what the caller keeps, so that a refusal can say which legacy or person it means.
OWNER_TRANSFER = Obj({"user_id": Text(128, required=True)}, required=frozenset({"user_id"}))

LEGACY_DECISION = Obj({"persona_id": Text(64, required=True),
                       "decision": Choice(("transfer", "delete")),
                       "transfer_to": Text(128)},
                      required=frozenset({"persona_id", "decision"}))

ERASURE = Obj({"legacies": ListOf(LEGACY_DECISION, 100)})
