"""Domain errors, mapped to HTTP at the edge (app.py) by their status and code."""
from __future__ import annotations

import re

_FIELD = re.compile(r"^([a-z_]+(?:\[\d+\]|\.[a-z_]+)*): ")


class DomainError(Exception):
    """An error a caller can act on; its message is safe to show to that caller."""

    status = 500
    code = "InternalServerError"

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class InvalidInput(DomainError):
    """The request body, query or path names something malformed. Messages start with the
    field's path ("aliases[0].also_called[1]: at most 60 characters"); `field` holds it, for
    clients that point at the input rather than read the sentence."""

    status = 400
    code = "BadRequestError"

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message, retry_after=retry_after)
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
