"""Domain errors, mapped to HTTP at the edge (app.py) by their status and code; and the one map
from the store's named refusals to the domain error, and words, a person is shown."""
from __future__ import annotations

import re
import string

from chalicelib.store.refusals import Refused

_FIELD = re.compile(r"^([a-z_][a-z0-9_]*(?:\[\d+\]|\.[a-z_][a-z0-9_]*)*): ")


class DomainError(Exception):
    """An error a caller can act on; its message is safe to show to that caller.

    `reason` names the case where one code covers several ("paused" or "retired" for
    PersonaNotActiveError, "too_long" for a BadRequestError), and `limits` gives the numbers
    the message quotes, so that a client words it in its reader's language without parsing
    the English message."""

    status = 500
    code = "InternalServerError"

    def __init__(self, message: str, *, retry_after: int | None = None,
                 reason: str | None = None, limits: dict[str, int] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after
        self.reason = reason
        self.limits = limits or {}


class InvalidInput(DomainError):
    """The request body, query or path names something malformed. Messages start with the
    field's path ("aliases[0].also_called[1]: at most 60 characters"); `field` holds it, for
    clients that point at the input rather than read the sentence."""

    status = 400
    code = "BadRequestError"

    def __init__(self, message: str, *, retry_after: int | None = None,
                 reason: str | None = None, limits: dict[str, int] | None = None) -> None:
        super().__init__(message, retry_after=retry_after, reason=reason, limits=limits)
        found = _FIELD.match(message)
        self.field = found.group(1) if found else None


class Unauthenticated(DomainError):
    """No valid bearer token."""

    status = 401
    code = "UnauthorizedError"


class Forbidden(DomainError):
    """The caller can see the object but their role does not allow this action."""

    status = 403
    code = "ForbiddenError"


class NotFound(DomainError):
    """The object does not exist or the caller may not see it."""

    status = 404
    code = "NotFoundError"


class Conflict(DomainError):
    """The request contradicts what is stored (a reused id, a race lost)."""

    status = 409
    code = "ConflictError"


class PersonaNotActive(Conflict):
    """The persona is paused or retired by its owner: no new conversation or message."""

    code = "PersonaNotActiveError"


class DecisionsNeeded(Conflict):
    """Erasing an account that keeps legacies other people belong to, without saying for each
    whether it goes to one of its editors or is deleted (see GET /api/me/erasure)."""

    code = "DecisionsNeededError"


class Gone(DomainError):
    """The object existed but can no longer be used (an expired or used-up invite)."""

    status = 410
    code = "GoneError"


class PayloadTooLarge(DomainError):
    """The request body is over the size limit."""

    status = 413
    code = "PayloadTooLargeError"


class UnsupportedMediaType(DomainError):
    """The request body is not JSON."""

    status = 415
    code = "UnsupportedMediaType"


class LimitReached(DomainError):
    """A quota (memories per persona, personas per user) is full."""

    status = 422
    code = "UnprocessableEntityError"


class TooManyRequests(DomainError):
    """A rate or daily cap was reached; retry_after says when it resets."""

    status = 429
    code = "TooManyRequestsError"


class DailyCapReached(TooManyRequests):
    """The sender's daily message cap: no retry helps before midnight UTC (retry_after)."""

    code = "DailyCapReachedError"


class ServiceUnavailable(DomainError):
    """A dependency (the model, the store) is busy or down; worth retrying later."""

    status = 503
    code = "ServiceUnavailableError"


# Why the store refused a write (`Refused.reason`) -> what the caller is told. The text may quote
# the refusal's facts by name (`{count}`); `retry_after`, when a fact, becomes Retry-After.
REFUSALS: dict[str, tuple[type[DomainError], str]] = {
    "persona_missing": (NotFound, "persona not found"),
    "memory_missing": (NotFound, "memory not found"),
    # The website words it from the reason and the limits (count, chars), not this sentence.
    "memories_full": (LimitReached, "this persona is full: it keeps at most {count} memories "
                                    "and {chars:,} characters of memories; delete or shorten "
                                    "some first"),
    # Two memory writes at the same moment: the service tries again before this reaches anyone.
    "memories_moved": (Conflict, "the memories changed while this was being saved; try again"),
    "already_member": (Conflict, "you already have access to this persona"),
    "invite_used_up": (Gone, "this invite has expired or has been used up; ask for a new one"),
    "bad_cursor": (InvalidInput, "cursor: not a cursor from this list; start again without it"),
    "record_too_large": (InvalidInput, "the record is too large to store (over {kb} KB); "
                                       "shorten the longest text fields"),
    # The chat turn's own three (Store.begin_turn, Store.claim_turn). The turn package words
    # them itself; these answer correctly should one reach the edge.
    "conversation_missing": (NotFound, "conversation not found"),
    "daily_cap_reached": (DailyCapReached, "you have reached today's message limit"),
    "turn_taken": (Conflict, "this message is already being answered; try again in a moment"),
    # Regenerating a reply (Store.begin_regeneration, Store.complete_turn) that another tab
    # regenerated, or an edit replaced, first.
    "reply_moved": (Conflict, "this reply is no longer the last one; reload to see the "
                              "conversation as it is now"),
    # Feedback on a reply (chalicelib/feedback.py), when another tab changed it first.
    "feedback_moved": (Conflict, "the feedback on this reply changed meanwhile; reload and "
                                 "try again"),
    # Handing a legacy over (Store.transfer_ownership), when another tab or person came first.
    "not_owner": (Conflict, "you no longer own this legacy; reload to see who does"),
    "new_owner_not_editor": (Conflict, "that person is no longer an editor of this legacy; "
                                       "reload and choose again"),
}


def refusal_error(refused: Refused) -> DomainError:
    """The domain error a store refusal means to the caller (an unknown reason is a bug: 500),
    with the refusal's name as its reason and the numbers its text quotes as its limits."""
    if refused.reason not in REFUSALS:
        return DomainError("An internal server error occurred.")
    kind, text = REFUSALS[refused.reason]
    quoted = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    limits = {k: v for k, v in refused.facts.items() if k in quoted and isinstance(v, int)}
    return kind(text.format(**refused.facts), retry_after=refused.facts.get("retry_after"),
                reason=refused.reason, limits=limits)
