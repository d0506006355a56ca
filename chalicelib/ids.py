"""Random identifiers and timestamps."""
from __future__ import annotations

import datetime as dt
import re
import secrets

_ID = re.compile(r"[A-Za-z0-9_-]{22}")
_USER_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")  # ours, or a Cognito `sub` (a UUID)


def new_id() -> str:
    """A random 128-bit id, URL-safe (never sequential, never guessable)."""
    return secrets.token_urlsafe(16)


def is_id(value: str) -> bool:
    """True when value has the shape of an id this app issued."""
    return bool(_ID.fullmatch(value))  # fullmatch: "$" would let a trailing newline in


def is_user_id(value: str) -> bool:
    """True when value has the shape of a user id (local or Cognito)."""
    return bool(_USER_ID.fullmatch(value))


def now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.timezone.utc)


def iso(moment: dt.datetime) -> str:
    """A UTC time as sortable ISO 8601 text with milliseconds."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"


def iso_precise(moment: dt.datetime) -> str:
    """A UTC time as sortable ISO 8601 text with microseconds: for two stamps compared to order
    one person's actions, such as an owner revoking someone and then inviting them again, which
    can fall in one millisecond but not in one microsecond."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_iso() -> str:
    """The current time as sortable ISO 8601 text."""
    return iso(now())


def now_iso_after(earlier: str) -> str:
    """The current time, or a millisecond after `earlier` if the clock has not passed it: a
    reply must sort after its question even when both fall in one millisecond."""
    current = now_iso()
    if current > earlier:
        return current
    moment = dt.datetime.strptime(earlier, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=dt.timezone.utc)
    return iso(moment + dt.timedelta(milliseconds=1))
