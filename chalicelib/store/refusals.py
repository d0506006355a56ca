"""Why the store would not do a write, named, never worded: `errors.REFUSALS` says it to people."""
from __future__ import annotations


class Refused(Exception):
    """An operation the store refused. `reason` is a short snake_case name (a key of
    `errors.REFUSALS`); `facts` are the numbers a message may quote (limits, `retry_after`)."""

    def __init__(self, reason: str, **facts: int) -> None:
        # The reason alone: a refusal that reaches a traceback never carries what someone typed.
        super().__init__(reason)
        self.reason = reason
        self.facts = facts
