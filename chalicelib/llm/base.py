"""The provider interface, its request and result, and the errors a provider may raise."""
from __future__ import annotations

import random
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Protocol, TypeVar

from chalicelib.errors import DomainError, ServiceUnavailable

T = TypeVar("T")


class ModelBusy(ServiceUnavailable):
    """The model is throttled, warming up, timing out or down: worth retrying later."""


class ModelFailed(DomainError):
    """The model refused the request for a reason retrying soon will not fix (validation,
    access, a missing model): a 502, with the detail in the log, not in the answer."""

    status = 502
    code = "BadGatewayError"


FAILED_MESSAGE = "the model could not answer this message; the operators can see why in the logs"


@dataclass(frozen=True)
class Generation:
    """What to generate: alternating user/assistant turns that start and end with the user."""

    messages: list[dict[str, str]]
    max_tokens: int
    temperature: float
    stop: list[str]
    deadline: float  # time.monotonic() by which the answer must be back
    language: str = "en"  # the language to answer in: the asker's
    # The authentic provider answers from these instead of generating.
    memories: list[dict[str, Any]] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    # The grounded draft: what the memories say about the message, or an honest "I don't
    # remember", already in `language`. The grounded provider returns it as is; a model
    # rewrites it in the person's voice; the turn falls back to it at the deadline.
    draft: str = ""
    # Set by the turn when the deadline passes: a provider stops reading the prompt or
    # writing as soon as it sees it, so the process is free for the next turn.
    cancel: Optional[threading.Event] = None


OnText = Callable[[str], None]
"""Called with each new piece of the reply as it is written (the pieces joined are the text)."""

WORDS_PER_PIECE = 3
_WORD_AND_SPACE = re.compile(r"\s*\S+\s*")


def word_groups(text: str, size: int = WORDS_PER_PIECE) -> list[str]:
    """Text that is ready whole (the grounded draft, recorded words) in pieces of a few words
    each, with their spaces: streamed, it reads as written; joined, it is the text."""
    found = _WORD_AND_SPACE.findall(text)
    pieces = ["".join(found[i:i + size]) for i in range(0, len(found), size)]
    return pieces or ([text] if text else [])  # a text of spaces only is one piece


@dataclass(frozen=True)
class Completion:
    """A provider's answer with what it cost."""

    text: str
    input_tokens: int
    output_tokens: int
    provider: str
    model: str
    latency_ms: int
    ai_generated: bool = True
    finish_reason: str = "stop"  # "stop", "length" (max_tokens) or "deadline" (cut short)


class Provider(Protocol):
    """Anything that turns a Generation into a Completion within its deadline. A provider may
    also say which languages its model writes (`languages`, a tuple); without it, all."""

    name: str
    model: str

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        """The model's answer, or ModelBusy / ModelFailed. `on_text` hears each new piece as
        it is written; a provider that cannot stream calls it once with the whole text."""

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The same answer, written to `on_text` piece by piece as the model writes it (the
        pieces joined are the completion's text). The turn calls this one."""


def remaining(deadline: float) -> float:
    """Seconds left before a deadline."""
    return deadline - time.monotonic()


def stopped(request: Generation) -> bool:
    """True when the turn gave up on this generation (deadline passed or cancelled)."""
    return (request.cancel is not None and request.cancel.is_set()) or \
        time.monotonic() >= request.deadline


def with_retries(call: Callable[[], T], *, retryable: Callable[[Exception], bool],
                 deadline: float, attempts: int = 3, attempt_seconds: float = 10.0,
                 base_delay: float = 0.25) -> T:
    """The one retry helper: bounded attempts, jittered exponential backoff, and no attempt
    started unless a whole attempt (`attempt_seconds`) still fits before the deadline."""
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except Exception as error:  # classified just below; anything else propagates
            if not retryable(error) or attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) * (0.5 + random.random() / 2)
            if remaining(deadline) < delay + attempt_seconds:
                raise
            time.sleep(delay)
    raise AssertionError("unreachable")
