"""Any OpenAI-compatible chat server: the stage's own EC2 model instance (llama-cpp-python's
server, docs/model-serving.md), or vLLM, llama.cpp's server or Ollama at a fixed address. HTTP
or HTTPS through the standard library, so the Lambda carries no extra package.

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

Where the server is (docs/model-serving.md): a fixed base URL, or, for the EC2 model instance,
`Endpoints` asked at each request (the address changes at each start). A base URL may end in
`/v1` or not: both name the same server, and the request goes to `<root>/v1/chat/completions`.
With a pinned certificate (`Endpoint.pin_sha256`), the TLS connection is opened without the
usual CA checks (the instance's certificate is its own, self-signed), and the peer's
certificate, SHA-256 of its DER bytes, must be the pinned one before a single byte of the
request (its key included) is sent; any other certificate is refused and logged
`model_cert_mismatch`. All of it is the standard library's: the Lambda carries no extra package.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Callable, Protocol, TypeVar

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


class CertificateMismatch(ConnectionError):
    """The server's certificate is not the pinned one: nothing was sent to it."""


@dataclass(frozen=True)
class Endpoint:
    """Where the server is now, the key it requires, and its certificate's pin (hex SHA-256
    of the DER bytes; empty: the usual CA and host name checks)."""

    base_url: str
    api_key: str = ""
    pin_sha256: str = ""


class Endpoints(Protocol):
    """Finds the server at each request (the EC2 instance's address changes at each start)."""

    def endpoint(self) -> Endpoint:
        """Where the server is now; ModelBusy while it is not up."""
        ...

    def refused(self) -> None:
        """The server refused the key or showed another certificate: read them again."""
        ...


def api_root(base_url: str) -> str:
    """The server's root, whether the base URL was given with its `/v1` or without."""
    root = base_url.strip().rstrip("/")
    return root[:-len("/v1")] if root.endswith("/v1") else root


def normalized_pin(raw: str) -> str:
    """A SHA-256 fingerprint as 64 lowercase hex digits, from either that or OpenSSL's
    `SHA256 Fingerprint=AB:CD:...`; empty when it is not one (not published yet)."""
    digits = raw.strip().rpartition("=")[2].replace(":", "").lower()
    return digits if len(digits) == 64 and all(c in "0123456789abcdef" for c in digits) else ""


def _pinned_context() -> ssl.SSLContext:
    """TLS 1.2 or newer, without the CA and host name checks the pin replaces."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class _PinnedConnection(http.client.HTTPSConnection):
    """An HTTPS connection that checks the peer's certificate before anything is sent."""

    def __init__(self, host: str, *, pin: str = "", **kwargs: Any) -> None:
        kwargs.pop("context", None)
        super().__init__(host, context=_pinned_context(), **kwargs)
        self._pin = pin  # never empty here: open_url pins only with a pin

    def connect(self) -> None:
        super().connect()
        der = self.sock.getpeercert(binary_form=True) if self.sock is not None else None
        if der is None or hashlib.sha256(der).hexdigest() != self._pin:
            self.close()
            raise CertificateMismatch("the model server's certificate is not the pinned one")


class _PinnedHandler(urllib.request.HTTPSHandler):
    def __init__(self, pin: str) -> None:
        super().__init__()
        self._pin = pin

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_PinnedConnection, req, pin=self._pin)


def open_url(request: urllib.request.Request, timeout: float, pin: str = "") -> Any:
    """Open a request; with a pin, only to the server whose certificate it is."""
    if not pin:
        return urllib.request.urlopen(request, timeout=timeout)
    if not request.full_url.startswith("https://"):
        raise CertificateMismatch("a pinned certificate needs an https:// address")
    return urllib.request.build_opener(_PinnedHandler(pin)).open(request, timeout=timeout)


def cert_refused(error: BaseException) -> bool:
    """Whether a failure to connect was the pin refusing the certificate."""
    return isinstance(error, CertificateMismatch) or isinstance(
        getattr(error, "reason", None), CertificateMismatch)


def _tls_failed(reason: object) -> bool:
    """A TLS handshake that cannot succeed by trying again (plain HTTP on the port, no common
    protocol); a connection cut during it is only busy."""
    return isinstance(reason, ssl.SSLError) and not isinstance(
        reason, (ssl.SSLEOFError, ssl.SSLZeroReturnError))


class _Fixed:
    """One server at one address (a configured base URL)."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint

    def endpoint(self) -> Endpoint:
        return self._endpoint

    def refused(self) -> None:
        """Nothing to read again: the address, key and pin are configured."""


class OpenAICompatibleProvider:
    """POSTs <root>/v1/chat/completions, to a fixed base URL or to where `endpoints` says."""

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str = "", attempts: int = 3, *,
                 pin_sha256: str = "", endpoints: Endpoints | None = None) -> None:
        if not model:
            raise ValueError("an OpenAI-compatible server needs the model name it serves")
        pin = normalized_pin(pin_sha256)
        if pin_sha256 and not pin:
            raise ValueError("a pinned certificate is a SHA-256 fingerprint: 64 hex digits")
        self._endpoints: Endpoints = endpoints or _Fixed(Endpoint(base_url, api_key, pin))
        self.model = model
        self._attempts = attempts

    def _open(self, payload: dict[str, Any], timeout: float, where: Endpoint) -> Any:
        """The server's answer, open to be read (4xx and 5xx already sorted out)."""
        headers = {"Content-Type": "application/json"}
        if where.api_key:
            headers["Authorization"] = f"Bearer {where.api_key}"
        req = urllib.request.Request(api_root(where.base_url) + "/v1/chat/completions",
                                     data=json.dumps(payload).encode(), headers=headers,
                                     method="POST")
        try:
            return open_url(req, timeout, where.pin_sha256)
        except urllib.error.HTTPError as error:
            if error.code in BUSY_STATUSES:
                raise _Busy() from None
            if error.code in (401, 403):
                self._endpoints.refused()  # a rotated key is read again next time
            log("model_refused", provider="openai", model=self.model, status=error.code)
            raise ModelFailed(FAILED_MESSAGE) from None
        except (urllib.error.URLError, CertificateMismatch, ssl.SSLError) as error:
            if cert_refused(error):
                self._endpoints.refused()
                log("model_cert_mismatch", provider="openai", model=self.model)
                raise ModelFailed(FAILED_MESSAGE) from None
            if _tls_failed(getattr(error, "reason", error)):
                log("model_refused", provider="openai", model=self.model, status="tls")
                raise ModelFailed(FAILED_MESSAGE) from None
            raise _Busy() from None
        except (socket.timeout, TimeoutError, ConnectionError, http.client.HTTPException):
            raise _Busy() from None

    def _post(self, payload: dict[str, Any], timeout: float, where: Endpoint) -> dict[str, Any]:
        with self._open(payload, timeout, where) as reply:
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
        reply = self._attempts_of(  # where the server is: asked at each attempt that starts
            request, lambda left: self._post(payload, left, self._endpoints.endpoint()), started)
        if isinstance(reply, Completion):
            return reply
        return self._completion(reply, on_text, started)

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The server's answer as server-sent events, each piece to `on_text` as it comes."""
        started = time.monotonic()
        payload = {**self._payload(request), "stream": True,
                   "stream_options": {"include_usage": True}}
        opened = self._attempts_of(
            request, lambda left: self._open(payload, left, self._endpoints.endpoint()), started)
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
