"""ConverseStream answers for a botocore Stubber: each event checked against Bedrock's own API
model, then encoded as Bedrock sends it (AWS event-stream messages) and read back by botocore's
own EventStream, so the provider parses exactly what it would parse from Bedrock."""
from __future__ import annotations

import binascii
import json
import struct
from typing import Any, Iterator

from botocore.eventstream import EventStream
from botocore.parsers import create_parser
from botocore.stub import Stubber
from botocore.validate import ParamValidator


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    return struct.pack("B", len(raw_name)) + raw_name + b"\x07" + \
        struct.pack(">H", len(raw_value)) + raw_value


def encode(headers: dict[str, str], payload: dict[str, Any]) -> bytes:
    """One event-stream message (prelude, headers, JSON payload, CRCs)."""
    head = b"".join(_header(k, v) for k, v in headers.items())
    body = json.dumps(payload).encode()
    prelude = struct.pack(">II", 12 + len(head) + len(body) + 4, len(head))
    message = prelude + struct.pack(">I", binascii.crc32(prelude)) + head + body
    return message + struct.pack(">I", binascii.crc32(message))


def event(name: str, body: dict[str, Any]) -> bytes:
    return encode({":message-type": "event", ":event-type": name,
                   ":content-type": "application/json"}, body)


def exception(name: str, message: str) -> bytes:
    """An exception event, as Bedrock sends one mid-stream (e.g. throttlingException)."""
    return encode({":message-type": "exception", ":exception-type": name,
                   ":content-type": "application/json"}, {"message": message})


class _Body:
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    def stream(self) -> Iterator[bytes]:
        yield from self.chunks

    def close(self) -> None:
        self.closed = True


def text_events(pieces: list[str], stop_reason: str = "end_turn", input_tokens: int = 1000,
                output_tokens: int = 500, latency_ms: int = 420) -> list[tuple[str, dict]]:
    """The events of an answer written in `pieces`."""
    return [("messageStart", {"role": "assistant"}),
            *(("contentBlockDelta", {"delta": {"text": p}, "contentBlockIndex": 0})
              for p in pieces),
            ("contentBlockStop", {"contentBlockIndex": 0}),
            ("messageStop", {"stopReason": stop_reason}),
            ("metadata", {"usage": {"inputTokens": input_tokens, "outputTokens": output_tokens,
                                    "totalTokens": input_tokens + output_tokens},
                          "metrics": {"latencyMs": latency_ms}})]


class StreamStubber(Stubber):
    """A Stubber that also answers ConverseStream with a real EventStream."""

    def add_stream(self, events: list[tuple[str, dict]], expected_params: Any = None,
                   fail_with: tuple[str, str] | None = None) -> _Body:
        """Queue a ConverseStream answer: the events (each validated against the model),
        then, with `fail_with`, an exception event (name, message)."""
        model = self.client.meta.service_model.operation_model("ConverseStream")
        stream_shape = model.output_shape.members["stream"]
        for name, body in events:
            report = ParamValidator().validate({name: body}, stream_shape)
            if report.has_errors():
                raise AssertionError(report.generate_report())
        chunks = [event(name, body) for name, body in events]
        if fail_with is not None:
            chunks.append(exception(*fail_with))
        raw = _Body(chunks)
        stream = EventStream(raw, stream_shape, create_parser("rest-json")._event_stream_parser,
                             "ConverseStream")
        self._add_response("converse_stream", {"stream": stream}, expected_params)
        return raw

    def _validate_operation_response(self, operation_name: str, service_response: Any) -> None:
        if operation_name == "ConverseStream" and isinstance(service_response.get("stream"),
                                                             EventStream):
            return  # its events were validated one by one in add_stream
        super()._validate_operation_response(operation_name, service_response)
