"""Structured log lines: ids, sizes, status and latency, never message text, memories or tokens.

Every line logged while one request (or one scheduled run) is served carries its `request_id`,
so one person's report ("X-Request-Id: ...") finds every line of their request.
"""
from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import sys
from typing import Any, Iterator

logger = logging.getLogger("foreverus")
if not logger.handlers:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


# A context variable, not a global: the local server serves requests on several threads.
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id",
                                                                       default=None)


@contextlib.contextmanager
def request_scope(request_id: str) -> Iterator[str]:
    """Tag every line logged inside the block with `request_id`."""
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)


def log(event: str, **facts: Any) -> None:
    """One JSON line. Callers pass facts, never free text that a user typed."""
    request_id = _request_id.get()
    if request_id is not None:
        facts = {"request_id": request_id, **facts}
    logger.info(json.dumps({"event": event, **facts}, default=str, separators=(",", ":")))
