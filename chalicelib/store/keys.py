"""The one place that composes item keys. Owners are in the keys, so a stranger's item
cannot even be addressed without going through a membership check first."""
from __future__ import annotations

import hashlib

USER = "USER#"
PERSONA = "PERSONA#"
CONV = "CONV#"
INVITE = "INVITE#"
LOCAL_LOGIN = "LOCALLOGIN#"
META = "META"
MEMBER = "MEMBER#"
MEMORY = "MEMORY#"
MEMORIES = "MEMORIES#"
MESSAGE = "MSG#"
CLIENT_ID = "CLIENT#"
ERASED = "ERASED#"
NOTICE = "NOTICE#"
INDEX = "INDEX#"  # a persona's saved search index: its parts, and the log of memory writes
INDEX_META = INDEX + "META"
INDEX_PART = INDEX + "PART#"
INDEX_LOG = INDEX + "LOG#"


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


def index_part(persona_id: str, revision: int, part: int) -> tuple[str, str]:
    """One piece of a saved search index (an index is larger than an item may be)."""
    return PERSONA + persona_id, f"{INDEX_PART}{revision:010d}#{part:04d}"


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


def client_message(conversation_id: str, client_message_id: str) -> tuple[str, str]:
    """The record that makes a client's message id idempotent."""
    return CONV + conversation_id, CLIENT_ID + client_message_id


def invite(code_hash: str) -> tuple[str, str]:
    """An invite, addressed by the hash of its code (the code itself is never stored)."""
    return INVITE + code_hash, META


def invite_pointer(persona_id: str, code_hash: str) -> tuple[str, str]:
    """A marker in the persona's partition, so erasing a persona erases its invites."""
    return PERSONA + persona_id, INVITE + code_hash


def local_login(email: str) -> tuple[str, str]:
    """The local issuer's e-mail → user id record (local stage only)."""
    return LOCAL_LOGIN + email, META


SETTINGS = "SETTINGS"


def day_metrics(day: str) -> tuple[str, str]:
    """The day's aggregate counters (no user ids: aggregates are not personal data)."""
    return f"METRICS#DAY#{day}", "TOTALS"


def month_metrics(month: str) -> tuple[str, str]:
    """The month's aggregate counters (cost so far, for the budget cap)."""
    return f"METRICS#MONTH#{month}", "TOTALS"


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
