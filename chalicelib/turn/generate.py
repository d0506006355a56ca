"""Generate a turn's reply within its deadline, whatever the provider does.

The provider runs in a worker thread and writes its reply piece by piece; the turn's own
thread hears each piece (so a socket send never holds the model up) and waits for the
provider until the deadline. A provider that is still reading the prompt or writing then is
told to stop (the request's cancel event) and the turn goes on with what was written so far;
the provider's own timeouts and checks free the model soon after. So no turn outlives its
deadline by more than the writes after it. A streamed turn also asks, every STOP_POLL_SECONDS,
whether the visitor pressed Stop, and stops the provider the same way. And once nothing the
provider could still write would be shown (`settled`: the reply's acceptance has ended), it is
stopped too: the reply is ready, and the model is free sooner.
"""
from __future__ import annotations

import contextvars
import queue
import threading
import time
from dataclasses import dataclass
from typing import Callable

from chalicelib.llm.base import Completion, Generation, OnText, Provider
from chalicelib.logs import log

GRACE_SECONDS = 0.2  # what a provider that saw the deadline needs to hand back its text
# How long a provider told to stop early (a Stop, or nothing more to show) is waited for, for
# the usage it reports: tokens it was paid for are counted. It stops at its next token or event.
USAGE_WAIT_SECONDS = 1.0
STOP_POLL_SECONDS = 0.5  # how often a streamed turn asks whether the visitor pressed Stop
_END = object()  # the worker's last word: its completion or error is in `outcome`


@dataclass(frozen=True)
class Generated:
    """The provider's completion, or what it had written when the deadline came."""

    completion: Completion | None
    partial: str  # the text written so far, when the deadline cut the provider short
    waited_ms: int
    stopped: bool = False  # the visitor pressed Stop: what was shown by then is the reply
    settled: bool = False  # stopped because nothing more it wrote could be shown


    @property
    def timed_out(self) -> bool:
        """True when the deadline came before the provider finished."""
        return self.completion is None and not self.stopped and not self.settled


def writer(provider: Provider) -> Callable[[Generation, OnText], Completion]:
    """The provider's streaming call; a provider without one (a test's fake) is heard once,
    whole, through `generate`."""
    return getattr(provider, "stream", None) or provider.generate


def generate(provider: Provider, request: Generation, on_text: OnText | None = None,
             stop_requested: Callable[[], bool] | None = None,
             settled: Callable[[], bool] | None = None) -> Generated:
    """Run the provider until its answer, the request's deadline, a Stop or `settled()` after
    a piece, whichever comes first; `on_text` hears each piece in this thread, in order.

    The provider's own errors (ModelBusy, ModelFailed, anything else) are raised here."""
    started = time.monotonic()
    heard: queue.SimpleQueue[object] = queue.SimpleQueue()
    pieces: list[str] = []
    outcome: dict[str, object] = {}
    write = writer(provider)

    def work() -> None:
        try:
            outcome["completion"] = write(request, heard.put)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting turn
            outcome["error"] = error
        finally:
            heard.put(_END)

    # The worker runs in a copy of this context, so its log lines carry the request's id.
    worker = threading.Thread(target=contextvars.copy_context().run, args=(work,),
                              name=f"generate-{provider.name}", daemon=True)
    worker.start()
    give_up = request.deadline + GRACE_SECONDS
    next_poll = started + STOP_POLL_SECONDS
    finished = stopped = early = False
    while not finished:
        now = time.monotonic()
        if now >= give_up:
            break
        wait = give_up - now
        if stop_requested is not None:
            wait = min(wait, max(0.0, next_poll - now))
        try:
            item = heard.get(timeout=wait)
        except queue.Empty:
            item = None
        if item is _END:
            finished = True
        elif isinstance(item, str):
            pieces.append(item)
            if on_text is not None:
                on_text(item)
            if settled is not None and settled():
                early = True
                break
        if not finished and stop_requested is not None and time.monotonic() >= next_poll:
            next_poll = time.monotonic() + STOP_POLL_SECONDS
            if stop_requested():
                stopped = True
                break
    waited = int((time.monotonic() - started) * 1000)
    if stopped or early:
        if request.cancel is not None:
            request.cancel.set()
        # What the provider says it used, if it hands back its text in time (its usage is
        # paid for); what it writes meanwhile is not shown.
        stopping = min(time.monotonic() + USAGE_WAIT_SECONDS, give_up)
        while "completion" not in outcome and "error" not in outcome:
            try:
                heard.get(timeout=max(0.0, stopping - time.monotonic()))
            except queue.Empty:
                break
        log("model_stopped" if stopped else "model_not_needed", provider=provider.name,
            waited_ms=waited, written_chars=sum(len(p) for p in pieces))
        completion = outcome.get("completion")
        return Generated(completion if isinstance(completion, Completion) else None,
                         "".join(pieces), waited, stopped=stopped, settled=early)
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
    return Generated(completion, "".join(pieces), waited)
