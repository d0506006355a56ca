"""Any OpenAI-compatible chat server: vLLM, llama.cpp's server or Ollama on a temporary EC2
instance. Plain HTTP through the standard library, so the Lambda carries no extra package.

Deadline: each attempt's socket timeout is the time left before the request's deadline, and
no attempt starts once the request is cancelled or less than MIN_ATTEMPT_SECONDS is left (a
retry also needs a whole ATTEMPT_SECONDS, as `with_retries` checks). When no attempt can start
at all, the answer is an empty completion cut short by the deadline, so the turn falls back to
its grounded draft.
"""
from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.request
from typing import Any

from chalicelib.logs import log
from chalicelib.llm.base import (
    FAILED_MESSAGE,
    Completion, Generation, ModelBusy, ModelFailed, OnText, remaining, stopped, with_retries,
)

BUSY_STATUSES = frozenset({429, 502, 503, 504})
ATTEMPT_SECONDS = 10.0
MIN_ATTEMPT_SECONDS = 1.0  # less than this left: no answer could come back in time
FINISH_REASONS = {"length": "length"}  # the server's finish_reason -> Completion's


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

    def _post(self, payload: dict[str, Any], timeout: float) -> dict[str, Any]:
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        req = urllib.request.Request(self._url, data=json.dumps(payload).encode(),
                                     headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as reply:
                raw = reply.read()
        except urllib.error.HTTPError as error:
            if error.code in BUSY_STATUSES:
                raise _Busy() from None
            log("model_refused", provider="openai", model=self.model, status=error.code)
            raise ModelFailed(FAILED_MESSAGE) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError,
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

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        """The server's answer; `on_text` hears it once, whole (the request does not stream)."""
        started = time.monotonic()
        payload = {"model": self.model, "messages": request.messages,
                   "max_tokens": request.max_tokens, "temperature": request.temperature,
                   "stop": request.stop[:4] or None, "seed": 0}
        posted = 0

        def attempt() -> dict[str, Any]:
            """One POST, its timeout the time left; none once cancelled or out of time."""
            nonlocal posted
            left = remaining(request.deadline)
            if stopped(request) or left < MIN_ATTEMPT_SECONDS:
                raise _NoTimeLeft()
            posted += 1
            return self._post(payload, left)

        try:
            reply = with_retries(attempt, retryable=lambda e: isinstance(e, _Busy),
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
