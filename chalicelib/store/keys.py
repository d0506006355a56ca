"""The one place that composes item keys. Owners are in the keys, so a stranger's item
cannot even be addressed without going through a membership check first."""
from __future__ import annotations

import hashlib

USER = "USER#"
PERSONA = "PERSONA#"
CONV = "CONV#"
INVITE = "INVITE#"
INVITED = "INVITED#"
LOCAL_LOGIN = "LOCALLOGIN#"
META = "META"
MEMBER = "MEMBER#"
MEMORY = "MEMORY#"
MEMORIES = "MEMORIES#"
MESSAGE = "MSG#"
STATE = "STATE"
STOP = "STOP#"
ERASED = "ERASED#"
NOTICE = "NOTICE#"
INDEX = "INDEX#"  # a persona's saved search index: its parts, and the log of memory writes
INDEX_META = INDEX + "META"
INDEX_PART = INDEX + "PART#"
INDEX_LOG = INDEX + "LOG#"
STREAM_TICKET = "STREAMTICKET#"
CONNECTION = "CONNECTION#"
# Imports (docs/imports.md): jobs, the chat files already read, style samples and proposed
# memories, all in the persona's partition (erased with it), each listed through GSI1.
IMPORT = "IMPORT#"
IMPORTS = "IMPORTS#"
IMPORTED_TEXT = "IMPORTED#"
IMPORTED_COUNTS = "IMPORTED#COUNTS"
SAMPLE = "SAMPLE#"
SAMPLES = "SAMPLES#"
PROPOSAL = "PROPOSAL#"
PROPOSALS = "PROPOSALS#"


def persona(persona_id: str) -> tuple[str, str]:
    """The persona's own record."""
    return PERSONA + persona_id, META


def member(persona_id: str, user_id: str) -> tuple[str, str]:
    """A user's role on a persona (one item; GSI1 lists a user's personas)."""
    return PERSONA + persona_id, MEMBER + user_id


def member_index(user_id: str, persona_id: str) -> dict[str, str]:
    """Where a membership sits in GSI1: under the user."""
    return {"GSI1PK": USER + user_id, "GSI1SK": MEMBER + persona_id}


def memory(persona_id: str, memory_id: str) -> tuple[str, str]:
    """One memory, inside its persona's partition (erased with it)."""
    return PERSONA + persona_id, MEMORY + memory_id


def memory_index(persona_id: str, created_at: str, memory_id: str) -> dict[str, str]:
    """Where a memory sits in GSI1: under its persona, in the order it was added."""
    return {"GSI1PK": MEMORIES + persona_id, "GSI1SK": f"{created_at}#{memory_id}"}


def index_meta(persona_id: str) -> tuple[str, str]:
    """Which saved search index of a persona is current (inside its partition: erased with it)."""
    return PERSONA + persona_id, INDEX_META


def index_part(persona_id: str, revision: int, part: int, save: str = "") -> tuple[str, str]:
    """One piece of a saved search index (an index is larger than an item may be). Each save
    has keys of its own (`save`, random), so two processes saving the same revision at once
    never write, nor delete, each other's pieces (saves from before had none)."""
    saved = f"{save}#" if save else ""
    return PERSONA + persona_id, f"{INDEX_PART}{revision:010d}#{saved}{part:04d}"


def index_log(persona_id: str, revision: int) -> tuple[str, str]:
    """Which memory the write that made a memory revision touched."""
    return PERSONA + persona_id, f"{INDEX_LOG}{revision:010d}"


def conversation(conversation_id: str) -> tuple[str, str]:
    """A conversation's record; its messages share its partition."""
    return CONV + conversation_id, META


def conversation_pointer(persona_id: str, conversation_id: str) -> tuple[str, str]:
    """A marker in the persona's partition, so erasing a persona finds every conversation."""
    return PERSONA + persona_id, CONV + conversation_id


def conversation_index(user_id: str, persona_id: str, created_at: str,
                       conversation_id: str) -> dict[str, str]:
    """Where a conversation sits in GSI1: under the person who had it, by persona then time."""
    return {"GSI1PK": USER + user_id,
            "GSI1SK": f"{CONV}{persona_id}#{created_at}#{conversation_id}"}


def message(conversation_id: str, created_at: str, message_id: str) -> tuple[str, str]:
    """A message, ordered by time within its conversation."""
    return CONV + conversation_id, f"{MESSAGE}{created_at}#{message_id}"


def conversation_state(conversation_id: str) -> tuple[str, str]:
    """What a turn reads of its conversation besides the record: the recent messages (the
    prompt's history) and when it was last talked in. Outside GSI1, so writing it each turn
    writes no index; erased first with its conversation, so a later turn cannot land."""
    return CONV + conversation_id, STATE


def stop_request(conversation_id: str, client_message_id: str) -> tuple[str, str]:
    """The visitor's Stop of the turn answering a message (short-lived, by TTL)."""
    return CONV + conversation_id, STOP + client_message_id


def invite(code_hash: str) -> tuple[str, str]:
    """An invite, addressed by the hash of its code (the code itself is never stored)."""
    return INVITE + code_hash, META


def invite_pointer(persona_id: str, code_hash: str) -> tuple[str, str]:
    """A marker in the persona's partition, so erasing a persona erases its invites."""
    return PERSONA + persona_id, INVITE + code_hash


def invited_email_index(email: str, code_hash: str) -> dict[str, str]:
    """Where an invite addressed to an e-mail sits in GSI1: under the address's hash, so an
    invite-only sign-up finds it with one query (the address itself is not stored)."""
    return {"GSI1PK": invited_email(email), "GSI1SK": INVITE + code_hash}


def invited_email(email: str) -> str:
    """The GSI1 partition of the invites addressed to one e-mail."""
    return INVITED + hashlib.sha256(email.strip().lower().encode()).hexdigest()


def local_login(email: str) -> tuple[str, str]:
    """The local issuer's e-mail → user id record (local stage only)."""
    return LOCAL_LOGIN + email, META


SETTINGS = "SETTINGS"


def day_metrics(day: str) -> tuple[str, str]:
    """The day's aggregate counters (no user ids: aggregates are not personal data)."""
    return f"METRICS#DAY#{day}", "TOTALS"


def power() -> tuple[str, str]:
    """The AI power switch."""
    return SETTINGS, "POWER"


def usage(user_id: str, day: str) -> tuple[str, str]:
    """A user's messages on one day (the daily cap), in the user's partition (erased with them)."""
    return USER + user_id, f"USAGE#{day}"


def report_state() -> tuple[str, str]:
    """What the scheduled report remembers between runs (Cost Explorer's last answer)."""
    return SETTINGS, "REPORT"


def revoked(persona_id: str, user_id: str) -> tuple[str, str]:
    """The mark an owner's revocation leaves, so invites made before it cannot let them back."""
    return PERSONA + persona_id, f"REVOKED#{user_id}"


def revoked_index(user_id: str, persona_id: str) -> dict[str, str]:
    """Where a revocation sits in GSI1: under the person revoked (erased with them)."""
    return {"GSI1PK": USER + user_id, "GSI1SK": f"REVOKED#{persona_id}"}


def notice(user_id: str, notice_id: str) -> tuple[str, str]:
    """Something the app tells one member (a legacy handed over, or deleted), in that member's
    partition: only they can address it, and it is erased with them."""
    return USER + user_id, NOTICE + notice_id


def erased(user_id: str) -> tuple[str, str]:
    """The mark an erased account leaves while its tokens still verify. It holds a hash of the
    user id, never the id: the table keeps nothing that points at the person."""
    return ERASED + hashlib.sha256(user_id.encode()).hexdigest(), META


def stream_ticket(ticket_hash: str) -> tuple[str, str]:
    """A single-use ticket to open the reply socket, addressed by the ticket's hash (the
    ticket itself is never stored)."""
    return STREAM_TICKET + ticket_hash, META


def connection(connection_id: str) -> tuple[str, str]:
    """Who an open reply socket belongs to (API Gateway's connection id, or the local one)."""
    return CONNECTION + connection_id, META


def connection_index(user_id: str, connection_id: str) -> dict[str, str]:
    """Where an open reply socket sits in GSI1: under its user (erased with them)."""
    return {"GSI1PK": USER + user_id, "GSI1SK": CONNECTION + connection_id}


# -- imports ------------------------------------------------------------------------------------

def import_job(persona_id: str, import_id: str) -> tuple[str, str]:
    """An import's status record, in its persona's partition."""
    return PERSONA + persona_id, IMPORT + import_id


def import_index(persona_id: str, created_at: str, import_id: str) -> dict[str, str]:
    """Where an import sits in GSI1: under its persona, in the order it was started."""
    return {"GSI1PK": IMPORTS + persona_id, "GSI1SK": f"{created_at}#{import_id}"}


def imported_text(persona_id: str, text_sha256: str) -> tuple[str, str]:
    """Which import read a chat text (its SHA-256): the same file again adds nothing."""
    return PERSONA + persona_id, IMPORTED_TEXT + text_sha256


def imported_counts(persona_id: str) -> tuple[str, str]:
    """How many style samples and proposed memories a persona keeps, and the samples'
    revision (each sample write bumps it: a process's cached samples know they are stale)."""
    return PERSONA + persona_id, IMPORTED_COUNTS


def style_sample(persona_id: str, sample_id: str) -> tuple[str, str]:
    """One message of the person's own, kept as an example of how they wrote."""
    return PERSONA + persona_id, SAMPLE + sample_id


def style_sample_index(persona_id: str, at: str, sample_id: str) -> dict[str, str]:
    """Where a style sample sits in GSI1: under its persona, by when it was written."""
    return {"GSI1PK": SAMPLES + persona_id, "GSI1SK": f"{at}#{sample_id}"}


def proposal(persona_id: str, proposal_id: str) -> tuple[str, str]:
    """A proposed memory: not a memory (never searched, never in a prompt) until accepted."""
    return PERSONA + persona_id, PROPOSAL + proposal_id


def proposal_index(persona_id: str, date: str, proposal_id: str) -> dict[str, str]:
    """Where a proposed memory sits in GSI1: under its persona, by the day it tells of."""
    return {"GSI1PK": PROPOSALS + persona_id, "GSI1SK": f"{date}#{proposal_id}"}


def import_upload(persona_id: str, import_id: str) -> str:
    """The uploaded file of an import: an object key (the private bucket, or the data folder),
    under the persona's own prefix, so erasing the persona finds it."""
    return f"{import_uploads(persona_id)}{import_id}/upload"


def import_uploads(persona_id: str) -> str:
    """The prefix of every uploaded file of a persona's imports."""
    return f"imports/{persona_id}/"


# -- interview ----------------------------------------------------------------------------------

INTERVIEW = "INTERVIEW"
INTERVIEW_QUESTION = "Q#"  # one attribute per question of the item, so two writers never clash


def interview(persona_id: str) -> tuple[str, str]:
    """A persona's guided interview: where each question stands (docs/interview.md), in the
    persona's partition, so erasing the persona erases it."""
    return PERSONA + persona_id, INTERVIEW


# -- photos (docs/photos.md) --------------------------------------------------------------------
# A memory's photos are listed on the memory's own item; their files are objects (the private
# bucket, or the data folder) under the persona and the memory, so deleting either finds them.

def photo_file(persona_id: str, memory_id: str, photo_id: str, name: str) -> str:
    """One file of a photo: the cleaned image or its thumbnail (`name` says which)."""
    return f"{memory_photos(persona_id, memory_id)}{photo_id}/{name}"


def photo_files(persona_id: str, memory_id: str, photo_id: str) -> str:
    """The prefix of a photo's files."""
    return f"{memory_photos(persona_id, memory_id)}{photo_id}/"


def memory_photos(persona_id: str, memory_id: str) -> str:
    """The prefix of every photo file of a memory."""
    return f"{persona_photos(persona_id)}{memory_id}/"


def persona_photos(persona_id: str) -> str:
    """The prefix of every photo file of a persona."""
    return f"photos/{persona_id}/"


def photo_upload(persona_id: str, upload_id: str) -> str:
    """A photo uploaded straight to the bucket (AWS), waiting for the app to read it."""
    return f"{photo_uploads(persona_id)}{upload_id}"


def photo_uploads(persona_id: str) -> str:
    """The prefix of a persona's photo uploads not read yet."""
    return f"uploads/{persona_id}/"
