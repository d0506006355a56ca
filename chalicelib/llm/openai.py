"""Any OpenAI-compatible chat server: vLLM, llama.cpp's server or Ollama on a temporary EC2
instance. Plain HTTP through the standard library, so the Lambda carries no extra package.

Deadline: each attempt's socket timeout is the time left before the request's deadline, and
no attempt starts once the request is cancelled or less than MIN_ATTEMPT_SECONDS is left (a
retry also needs a whole ATTEMPT_SECONDS, as `with_retries` checks). When no attempt can start
at all, the answer is an empty completion cut short by the deadline, so the turn falls back to
its grounded draft.

Streaming (`stream`, what the turn calls): the same request with `"stream": true`, read as
server-sent events, each piece to `on_text` as it arrives; between events the deadline and the
cancel are looked at, and the answer so far is the completion, cut short. Only opening the
stream is retried. A server that answers whole anyway (no `text/event-stream`) is heard once.
Usage comes in the last event where the server sends it (`stream_options.include_usage`:
vLLM, Ollama, llama.cpp's own server); where it does not (llama-cpp-python's), the counts are
estimated: a piece per token written, and the prompt's estimate the prompt builder uses.
"""
from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.request
from typing import Any, Callable, TypeVar

from chalicelib.logs import log
from chalicelib.llm.base import (
    FAILED_MESSAGE,
    Completion, Generation, ModelBusy, ModelFailed, OnText, remaining, stopped, with_retries,
)

BUSY_STATUSES = frozenset({429, 502, 503, 504})
ATTEMPT_SECONDS = 10.0
MIN_ATTEMPT_SECONDS = 1.0  # less than this left: no answer could come back in time
FINISH_REASONS = {"length": "length"}  # the server's finish_reason -> Completion's
T = TypeVar("T")


class _Busy(Exception):
    """A retryable answer from the server (or no answer)."""


class _NoTimeLeft(Exception):
    """No attempt may start: the request was cancelled or too little time is left."""


class OpenAICompatibleProvider:
    """POSTs /v1/chat/completions to a base URL."""

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str = "", attempts: int = 3) -> None:
        self._url = base_url.rstrip("/") + "/v1/chat/completions"
        self.model = model
        self._api_key = api_key
        self._attempts = attempts

    def _open(self, payload: dict[str, Any], timeout: float) -> Any:
        """The server's answer, open to be read (4xx and 5xx already sorted out)."""
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        req = urllib.request.Request(self._url, data=json.dumps(payload).encode(),
                                     headers=headers, method="POST")
        try:
            return urllib.request.urlopen(req, timeout=timeout)
        except urllib.error.HTTPError as error:
            if error.code in BUSY_STATUSES:
                raise _Busy() from None
            log("model_refused", provider="openai", model=self.model, status=error.code)
            raise ModelFailed(FAILED_MESSAGE) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError,
                http.client.HTTPException):
            raise _Busy() from None

    def _post(self, payload: dict[str, Any], timeout: float) -> dict[str, Any]:
        with self._open(payload, timeout) as reply:
            return self._whole(reply)

    def _whole(self, reply: Any) -> dict[str, Any]:
        """An answer read whole, as JSON."""
        try:
            raw = reply.read()
        except (socket.timeout, TimeoutError, ConnectionError,
                http.client.HTTPException):  # IncompleteRead: the server went away mid-answer
            raise _Busy() from None
        try:
            answer = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            log("model_refused", provider="openai", model=self.model, status="not-json")
            raise ModelFailed(FAILED_MESSAGE) from None
        if not isinstance(answer, dict):
            raise ModelFailed(FAILED_MESSAGE)
        return answer

    def _payload(self, request: Generation) -> dict[str, Any]:
        return {"model": self.model, "messages": request.messages,
                "max_tokens": request.max_tokens, "temperature": request.temperature,
                "stop": request.stop[:4] or None, "seed": 0}

    def _attempts_of(self, request: Generation, call: Callable[[float], T],
                     started: float) -> T | Completion:
        """`call(time left)` with the retry rules; the empty completion cut short by the
        deadline when no attempt could start."""
        posted = 0

        def attempt() -> T:
            """One POST, its timeout the time left; none once cancelled or out of time."""
            nonlocal posted
            left = remaining(request.deadline)
            if stopped(request) or left < MIN_ATTEMPT_SECONDS:
                raise _NoTimeLeft()
            posted += 1
            return call(left)

        try:
            return with_retries(attempt, retryable=lambda e: isinstance(e, _Busy),
                                deadline=request.deadline, attempts=self._attempts,
                                attempt_seconds=ATTEMPT_SECONDS)
        except _Busy:
            raise ModelBusy("the model server is waking up or busy; try again in a moment",
                            retry_after=10) from None
        except _NoTimeLeft:
            if posted:
                raise ModelBusy("the model server did not answer in time; try again in a "
                                "moment", retry_after=10) from None
            log("model_not_started", provider="openai", model=self.model,
                cancelled=bool(request.cancel and request.cancel.is_set()))
            return Completion(text="", input_tokens=0, output_tokens=0, provider=self.name,
                              model=self.model, finish_reason="deadline",
                              latency_ms=int((time.monotonic() - started) * 1000))

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        """The server's answer; `on_text` hears it once, whole (the request does not stream)."""
        started = time.monotonic()
        payload = self._payload(request)
        reply = self._attempts_of(request, lambda left: self._post(payload, left), started)
        if isinstance(reply, Completion):
            return reply
        return self._completion(reply, on_text, started)

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The server's answer as server-sent events, each piece to `on_text` as it comes."""
        started = time.monotonic()
        payload = {**self._payload(request), "stream": True,
                   "stream_options": {"include_usage": True}}
        opened = self._attempts_of(request, lambda left: self._open(payload, left), started)
        if isinstance(opened, Completion):
            return opened
        with opened as reply:
            if "text/event-stream" not in (reply.headers.get("Content-Type") or ""):
                try:
                    whole = self._whole(reply)
                except _Busy:
                    raise ModelBusy("the model server stopped answering; try again in a "
                                    "moment", retry_after=10) from None
                return self._completion(whole, on_text, started)
            return self._events(reply, request, on_text, started)

    def _events(self, reply: Any, request: Generation, on_text: OnText,
                started: float) -> Completion:
        """Read server-sent events until [DONE], the end of the answer, or the deadline."""
        pieces: list[str] = []
        usage: dict[str, Any] = {}
        model, finish = self.model, "stop"
        try:
            for raw in reply:
                if stopped(request):
                    finish = "deadline"
                    break
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue  # comments, event names, blank lines between events
                data = line[len("data:"):].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                except ValueError:
                    log("model_refused", provider="openai", model=self.model,
                        status="event-not-json")
                    raise ModelFailed(FAILED_MESSAGE) from None
                if not isinstance(chunk, dict):
                    continue
                model = str(chunk.get("model") or model)
                usage = chunk.get("usage") or usage
                for choice in (chunk.get("choices") or [])[:1]:
                    piece = (choice.get("delta") or {}).get("content")
                    if piece:
                        pieces.append(piece)
                        on_text(piece)
                    if choice.get("finish_reason"):
                        finish = FINISH_REASONS.get(str(choice["finish_reason"]), "stop")
        except (socket.timeout, TimeoutError, ConnectionError, http.client.HTTPException):
            raise ModelBusy("the model server stopped answering; try again in a moment",
                            retry_after=10) from None
        if not usage:  # a server that does not count for a stream: estimated
            from chalicelib.persona.prompt import estimate_tokens
            usage = {"prompt_tokens": sum(estimate_tokens(m["content"])
                                          for m in request.messages),
                     "completion_tokens": len(pieces)}
        return Completion(text="".join(pieces), input_tokens=int(usage.get("prompt_tokens", 0)),
                          output_tokens=int(usage.get("completion_tokens", 0)),
                          provider=self.name, model=model,
                          latency_ms=int((time.monotonic() - started) * 1000),
                          finish_reason=finish)

    def _completion(self, reply: dict[str, Any], on_text: OnText | None,
                    started: float) -> Completion:
        """A whole answer as a completion; `on_text` hears its text once."""
        try:
            choice = reply["choices"][0]
            text = choice["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            log("model_refused", provider="openai", model=self.model, status="no-message")
            raise ModelFailed(FAILED_MESSAGE) from None
        if on_text is not None and text:
            on_text(text)
        usage = reply.get("usage") or {}
        return Completion(text=text, input_tokens=int(usage.get("prompt_tokens", 0)),
                          output_tokens=int(usage.get("completion_tokens", 0)),
                          provider=self.name, model=str(reply.get("model") or self.model),
                          latency_ms=int((time.monotonic() - started) * 1000),
                          finish_reason=FINISH_REASONS.get(str(choice.get("finish_reason")),
                                                           "stop"))
