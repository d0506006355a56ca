"""Generate a turn's reply within its deadline, whatever the provider does.

The provider runs in a worker thread and the turn waits for it until the deadline. A provider
that is still reading the prompt or writing then is told to stop (the request's cancel event)
and the turn goes on with what was written so far; the provider's own timeouts and checks
free the model soon after. So no turn outlives its deadline by more than the writes after it.
"""
from __future__ import annotations

import contextvars
import threading
import time
from dataclasses import dataclass

from chalicelib.llm.base import Completion, Generation, Provider
from chalicelib.logs import log

GRACE_SECONDS = 0.2  # what a provider that saw the deadline needs to hand back its text


@dataclass(frozen=True)
class Generated:
    """The provider's completion, or what it had written when the deadline came."""

    completion: Completion | None
    partial: str  # the text written so far, when the deadline cut the provider short
    waited_ms: int

    @property
    def timed_out(self) -> bool:
        """True when the deadline came before the provider finished."""
        return self.completion is None


def generate(provider: Provider, request: Generation) -> Generated:
    """Run the provider until its answer or the request's deadline, whichever comes first.

    The provider's own errors (ModelBusy, ModelFailed, anything else) are raised here."""
    started = time.monotonic()
    pieces: list[str] = []
    outcome: dict[str, object] = {}
    done = threading.Event()

    def heard(piece: str) -> None:
        pieces.append(piece)

    def work() -> None:
        try:
            outcome["completion"] = provider.generate(request, heard)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting turn
            outcome["error"] = error
        finally:
            done.set()

    # The worker runs in a copy of this context, so its log lines carry the request's id.
    worker = threading.Thread(target=contextvars.copy_context().run, args=(work,),
                              name=f"generate-{provider.name}", daemon=True)
    worker.start()
    finished = done.wait(max(0.0, request.deadline - time.monotonic()) + GRACE_SECONDS)
    waited = int((time.monotonic() - started) * 1000)
    if not finished:
        if request.cancel is not None:
            request.cancel.set()
        log("model_deadline", provider=provider.name, waited_ms=waited,
            written_chars=sum(len(p) for p in pieces))
        return Generated(None, "".join(pieces), waited)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    completion = outcome["completion"]
    assert isinstance(completion, Completion)
    return Generated(completion, "", waited)
