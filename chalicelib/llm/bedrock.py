"""Amazon Bedrock's Converse API with Mistral 7B Instruct.

Mistral 7B Instruct accepts no system role: the prompt builder already puts the instructions in
the first user turn, and this provider sends no `system` field. Retries: botocore is set to
standard mode with a single attempt, and `with_retries` owns every retry, because it knows the
turn's deadline (two layers of retries multiply attempts past API Gateway's 29 s) and because
botocore does not retry ModelTimeoutException (408) at all.

Deadline: botocore's read timeout is fixed when the client is built and cannot change per call,
and a Converse call cannot be abandoned half-way. So an attempt is bounded by the client's own
timeouts (ATTEMPT_SECONDS) and no attempt is started unless a whole one fits before the
request's deadline, nor once the request is cancelled: no call outlives the turn's deadline.
When no attempt can start at all, the answer is an empty completion cut short by the deadline
(`finish_reason="deadline"`), so the turn falls back to its grounded draft; an attempt that
failed with no time left for another is ModelBusy, as before.

Streaming (`stream`, what the turn calls): ConverseStream, under the same rules for starting
an attempt. Only opening the stream is retried; once text has arrived, a failure is ModelBusy
(the turn keeps the visitor's message for a retry). Between events the request's deadline and
cancel are looked at: the stream is closed there and what was written is the answer, cut short
(`finish_reason="deadline"`).
"""
from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from botocore.exceptions import ClientError, ConnectionError as BotoConnectionError
from botocore.exceptions import HTTPClientError

from chalicelib.llm.base import (
    FAILED_MESSAGE, Completion, Generation, ModelBusy, ModelFailed, OnText, remaining, stopped,
    with_retries,
)
from chalicelib.logs import log

MODEL_ID = "mistral.mistral-7b-instruct-v0:2"
RETRYABLE_CODES = frozenset({"ThrottlingException", "ModelNotReadyException",
                             "ServiceUnavailableException", "ModelTimeoutException",
                             "InternalServerException"})
# Failures only a stream reports (an exception event after text began to arrive).
STREAM_RETRYABLE_CODES = frozenset({"ModelStreamErrorException"})
CONNECT_TIMEOUT = 2
READ_TIMEOUT = 8
ATTEMPT_SECONDS = CONNECT_TIMEOUT + READ_TIMEOUT
MAX_STOP_SEQUENCES = 4
FINISH_REASONS = {"max_tokens": "length"}  # Converse's stopReason -> Completion's


class _NoTimeLeft(Exception):
    """No attempt may start: the request was cancelled or a whole attempt no longer fits."""


def client_config() -> Any:
    """The botocore settings the Bedrock client is built with."""
    from botocore.config import Config
    return Config(connect_timeout=CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT,
                  retries={"mode": "standard", "total_max_attempts": 1})


def _retryable(error: Exception) -> bool:
    if isinstance(error, ClientError):
        return error.response.get("Error", {}).get("Code") in RETRYABLE_CODES
    return isinstance(error, (BotoConnectionError, HTTPClientError))


class BedrockProvider:
    """Calls Converse on a model id with a client handed in (a Stubber's in tests)."""

    name = "bedrock"

    def __init__(self, client: Any, model_id: str = MODEL_ID, attempts: int = 3) -> None:
        self._client = client
        self.model = model_id
        self._attempts = attempts

    def request_for(self, request: Generation) -> dict[str, Any]:
        """The Converse request: no system field, alternating turns, inference settings."""
        return {
            "modelId": self.model,
            "messages": [{"role": m["role"], "content": [{"text": m["content"]}]}
                         for m in request.messages],
            "inferenceConfig": {"maxTokens": request.max_tokens,
                                "temperature": request.temperature,
                                "stopSequences": request.stop[:MAX_STOP_SEQUENCES]},
        }

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        """The model's answer; `on_text` hears it once, whole (Converse does not stream)."""
        started = time.monotonic()
        body = self.request_for(request)
        started_attempts = 0

        def attempt() -> dict[str, Any]:
            """One Converse call, started only when it can finish before the deadline."""
            nonlocal started_attempts
            if stopped(request) or remaining(request.deadline) < ATTEMPT_SECONDS:
                raise _NoTimeLeft()
            started_attempts += 1
            reply: dict[str, Any] = self._client.converse(**body)
            return reply

        try:
            reply = with_retries(attempt, retryable=_retryable, deadline=request.deadline,
                                 attempts=self._attempts, attempt_seconds=ATTEMPT_SECONDS)
        except _NoTimeLeft:
            if not started_attempts:
                log("model_not_started", provider="bedrock", model=self.model,
                    cancelled=bool(request.cancel and request.cancel.is_set()))
                return Completion(text="", input_tokens=0, output_tokens=0,
                                  provider=self.name, model=self.model,
                                  latency_ms=int((time.monotonic() - started) * 1000),
                                  finish_reason="deadline")
            raise ModelBusy("the model did not answer in time; try again in a moment",
                            retry_after=5) from None
        except ClientError as error:
            raise self._refused(error) from None
        except (BotoConnectionError, HTTPClientError):
            raise ModelBusy("the model did not answer in time; try again in a moment",
                            retry_after=5) from None
        content = reply.get("output", {}).get("message", {}).get("content", [])
        text = "".join(part.get("text", "") for part in content)
        if on_text is not None and text:
            on_text(text)
        return self._completion(text, reply.get("usage", {}), reply.get("metrics", {}),
                                reply.get("stopReason"), started)

    def _completion(self, text: str, usage: dict[str, Any], metrics: dict[str, Any],
                    stop_reason: Any, started: float) -> Completion:
        latency = metrics.get("latencyMs")
        return Completion(text=text, input_tokens=int(usage.get("inputTokens", 0)),
                          output_tokens=int(usage.get("outputTokens", 0)), provider=self.name,
                          model=self.model,
                          latency_ms=int(latency if latency is not None
                                         else (time.monotonic() - started) * 1000),
                          finish_reason=FINISH_REASONS.get(str(stop_reason), "stop"))

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The model's answer through ConverseStream, each piece to `on_text` as it comes."""
        started = time.monotonic()
        body = self.request_for(request)
        started_attempts = 0

        def attempt() -> Any:
            """Open one stream, only when a whole attempt fits before the deadline."""
            nonlocal started_attempts
            if stopped(request) or remaining(request.deadline) < ATTEMPT_SECONDS:
                raise _NoTimeLeft()
            started_attempts += 1
            return self._client.converse_stream(**body)["stream"]

        try:
            events = with_retries(attempt, retryable=_retryable, deadline=request.deadline,
                                  attempts=self._attempts, attempt_seconds=ATTEMPT_SECONDS)
        except _NoTimeLeft:
            if not started_attempts:
                log("model_not_started", provider="bedrock", model=self.model,
                    cancelled=bool(request.cancel and request.cancel.is_set()))
                return replace(self._completion("", {}, {}, None, started),
                               finish_reason="deadline")
            raise ModelBusy("the model did not answer in time; try again in a moment",
                            retry_after=5) from None
        except ClientError as error:
            raise self._refused(error) from None
        except (BotoConnectionError, HTTPClientError):
            raise ModelBusy("the model did not answer in time; try again in a moment",
                            retry_after=5) from None
        return self._read(events, request, on_text, started)

    def _read(self, events: Any, request: Generation, on_text: OnText,
              started: float) -> Completion:
        """The stream's text, usage and stop reason; closed early at the deadline."""
        pieces: list[str] = []
        usage: dict[str, Any] = {}
        metrics: dict[str, Any] = {}
        stop_reason: Any = None
        try:
            for event in events:
                piece = event.get("contentBlockDelta", {}).get("delta", {}).get("text")
                if piece:
                    pieces.append(piece)
                    on_text(piece)
                stop_reason = event.get("messageStop", {}).get("stopReason", stop_reason)
                usage = event.get("metadata", {}).get("usage", usage)
                metrics = event.get("metadata", {}).get("metrics", metrics)
                if stopped(request):
                    stop_reason = "deadline"
                    break
        except ClientError as error:  # an exception event mid-stream (EventStreamError)
            raise self._refused(error) from None
        except (BotoConnectionError, HTTPClientError):
            raise ModelBusy("the model stopped answering; try again in a moment",
                            retry_after=5) from None
        finally:
            close = getattr(events, "close", None)
            if close is not None:
                close()
        completion = self._completion("".join(pieces), usage, metrics, stop_reason, started)
        return replace(completion, finish_reason="deadline") if stop_reason == "deadline" \
            else completion

    def _refused(self, error: ClientError) -> Exception:
        """ModelBusy for what a retry may fix, else ModelFailed (the detail only logged)."""
        code = error.response.get("Error", {}).get("Code", "")
        # A stream's exception events name the same errors in lower camel case.
        if code[:1].upper() + code[1:] in RETRYABLE_CODES | STREAM_RETRYABLE_CODES:
            return ModelBusy("the model is busy right now; try again in a moment",
                             retry_after=5)
        log("model_refused", provider="bedrock", model=self.model, error=code)
        return ModelFailed(FAILED_MESSAGE)
