"""What clients may send: one spec per body, with the limits the API documents."""
from __future__ import annotations

import datetime as dt
from typing import Any

from chalicelib.config import LANGUAGES
from chalicelib.errors import InvalidInput
from chalicelib.validation import AnyObject, Choice, DateText, Int, ListOf, Obj, Text

STATUSES = ("active", "paused", "retired")
# How the persona sounds when a reply is read aloud, mapped per language and engine by
# chalicelib/voice/engines.py (a family chooses a kind of voice, not a vendor's voice name).
VOICES = ("feminine", "masculine")
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
    "voice": Choice(VOICES),
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

# `status`: a proposed memory (from an import) becomes a memory when set to "active"; a memory
# never goes back to proposed (chalicelib/memories.py).
MEMORY_STATUSES = ("active", "proposed")
MEMORY_PATCH = Obj({**MEMORY_CREATE.fields, "status": Choice(MEMORY_STATUSES)},
                   nullable=frozenset({"date"}))

# `language` is the visitor's (the website sends its own); the greeting and the replies'
# framing follow it, whatever language the persona spoke.
CONVERSATION_START = Obj({"visitor_name": Text(80), "relationship": Text(80),
                          "language": Choice(LANGUAGES)})

# `email`: whom the invite is for. Where sign-up is invite-only, an address with a pending
# invite may create an account (chalicelib/account.py); only its hash is kept.
INVITE_CREATE = Obj({"role": Choice(ROLES_INVITABLE),
                     "max_uses": Int(1, 20),
                     "expires_in_days": Int(1, 30),
                     "email": Text(254)},
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


# Regenerating the last reply (chalicelib/turn/): the key that makes a retried request answer
# once, as a message's client_message_id does.
REGENERATE = Obj({"client_message_id": Text(64, required=True)},
                 required=frozenset({"client_message_id"}), check=_client_id_shape)


# Thumbs up or down on a persona's reply, with an optional note (chalicelib/feedback.py).
FEEDBACK_NOTE_CHARS = 500
FEEDBACK = Obj({"rating": Choice(("up", "down")),
                "note": Text(FEEDBACK_NOTE_CHARS, multiline=True)},
               required=frozenset({"rating"}))


POWER = Obj({"mode": Choice(("on", "off", "auto"))}, required=frozenset({"mode"}))

# Ownership that survives the owner (chalicelib/ownership.py). Ids are checked there, against
# what the caller keeps, so that a refusal can say which legacy or person it means.
OWNER_TRANSFER = Obj({"user_id": Text(128, required=True)}, required=frozenset({"user_id"}))

LEGACY_DECISION = Obj({"persona_id": Text(64, required=True),
                       "decision": Choice(("transfer", "delete")),
                       "transfer_to": Text(128)},
                      required=frozenset({"persona_id", "decision"}))

ERASURE = Obj({"legacies": ListOf(LEGACY_DECISION, 100)})


# Importing a Character Card (chalicelib/cards.py; docs/cards.md): the card as JSON or inside a
# PNG, and the consent any new persona needs. Sizes fit one Lambda request (6 MB) and answer:
# a card of CARD_JSON_BYTES makes a PNG under CARD_PNG_BYTES, whose base64 fits the body.
CARD_JSON_BYTES = 2_500_000  # the card as compact UTF-8 JSON, sent or read from the PNG
CARD_PNG_BYTES = 3_500_000  # the PNG file, decoded
CARD_PNG_BASE64_CHARS = 4_800_000  # its base64, with room for line breaks every 76 characters
CARD_BODY_BYTES = 5 * 1024 * 1024  # the request body (other routes: 256 KB)


def _one_card(data: dict[str, Any], path: str) -> None:
    if ("card" in data) == ("png_base64" in data):
        raise InvalidInput("card: send either card (the card as JSON) or png_base64 "
                           "(a PNG character card), not both and not neither",
                           reason="card_or_png")


CARD_IMPORT = Obj({"card": AnyObject(CARD_JSON_BYTES),
                   "png_base64": Text(CARD_PNG_BASE64_CHARS, required=True, multiline=True),
                   "language": Choice(LANGUAGES),
                   "consent": CONSENT},
                  required=frozenset({"consent"}), check=_one_card)


# Imports (chalicelib/imports/, docs/imports.md). A small file comes in the request as base64;
# a larger one goes to the private bucket first (`upload-url`, AWS only) and is named by its
# `upload_id`. The JSON body of an import may reach INLINE_BODY_BYTES.
IMPORT_KINDS = ("whatsapp",)
INLINE_FILE_BYTES = 3 * 1024 * 1024
INLINE_BASE64_CHARS = 4 * -(-INLINE_FILE_BYTES // 3)  # base64 of the largest inline file
INLINE_BODY_BYTES = INLINE_BASE64_CHARS + 64 * 1024
UPLOAD_FILE_BYTES = 200 * 1024 * 1024
SENDER_CHARS = 100  # as the parser reads a sender (chalicelib/imports/parser.py)


def _one_source(data: dict[str, Any], path: str) -> None:
    if ("content_base64" in data) == ("upload_id" in data):
        raise InvalidInput("content_base64: send the file as content_base64, or name an upload "
                           "with upload_id (one of the two)", reason="one_source")


IMPORT_CREATE = Obj({"kind": Choice(IMPORT_KINDS), "filename": Text(255, required=True),
                     "content_base64": Text(INLINE_BASE64_CHARS),
                     "upload_id": Text(22, required=True),
                     "person": Text(SENDER_CHARS, required=True)},
                    required=frozenset({"kind", "filename"}), check=_one_source)

IMPORT_PERSON = Obj({"person": Text(SENDER_CHARS, required=True)},
                    required=frozenset({"person"}))

UPLOAD_URL = Obj({"filename": Text(255, required=True), "size": Int(1, UPLOAD_FILE_BYTES)},
                 required=frozenset({"filename", "size"}))


# The guided life interview (chalicelib/interview.py; docs/interview.md). `question_id` is an id
# that GET …/interview/next gave; the use case checks it against the question bank. An answer
# becomes a memory, so its text has a memory's limits.
INTERVIEW_PARTS = ("question", "follow_up")
INTERVIEW_ASK_AGAIN = ("never", "later")
INTERVIEW_ANSWER = Obj({"question_id": Text(64, required=True),
                        "text": MEMORY_CREATE.fields["text"],
                        "answer_to": Choice(INTERVIEW_PARTS),
                        "language": Choice(LANGUAGES)},
                       required=frozenset({"question_id", "text"}))
INTERVIEW_SKIP = Obj({"question_id": Text(64, required=True),
                      "ask_again": Choice(INTERVIEW_ASK_AGAIN)},
                     required=frozenset({"question_id"}))


# Photos of a memory (chalicelib/photos/; docs/photos.md). A photo comes in the request as
# base64 (up to PHOTO_BYTES locally; on AWS, whose Lambda takes at most 6 MB a request, up to
# INLINE_FILE_BYTES) or names one uploaded to the private bucket (`upload-url`, AWS only). The
# type is read from the bytes, never from `filename`.
PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_BASE64_CHARS = 4 * -(-PHOTO_BYTES // 3)
# A body may carry a file up to half as large again, so that such a file is refused naming
# the field and the limit (400), not as a body too large (413).
PHOTO_BODY_BYTES = 4 * -(-(PHOTO_BYTES * 3 // 2) // 3) + 64 * 1024
PHOTOS_PER_MEMORY = 10
PHOTO_CAPTION_CHARS = 500

PHOTO_CREATE = Obj({"filename": Text(255),
                    "content_base64": Text(PHOTO_BASE64_CHARS),
                    "upload_id": Text(22, required=True),
                    "caption": Text(PHOTO_CAPTION_CHARS)},
                   check=_one_source)

PHOTO_PATCH = Obj({"caption": Text(PHOTO_CAPTION_CHARS)}, required=frozenset({"caption"}))

PHOTO_UPLOAD_URL = Obj({"filename": Text(255, required=True), "size": Int(1, PHOTO_BYTES)},
                       required=frozenset({"filename", "size"}))
