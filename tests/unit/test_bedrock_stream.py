"""Bedrock's ConverseStream, what the turn calls: pieces heard in order as they come, usage and
stop reason from the stream's last events, the same retry and deadline rules for opening it,
and failures mid-stream (exception events) said as busy or refused. A real botocore client
answered by a Stubber with real event-stream bytes (tests/bedrock_stream.py)."""
from __future__ import annotations

import threading
import time
from typing import Any

import boto3
import pytest

from chalicelib.llm import base
from chalicelib.llm.base import Generation, ModelBusy, ModelFailed
from chalicelib.llm.bedrock import ATTEMPT_SECONDS, MODEL_ID, BedrockProvider, client_config
from tests.bedrock_stream import StreamStubber, text_events

PIECES = ["Ah, the festa ", "junina! Cida danced ", "all night."]


@pytest.fixture
def bedrock() -> Any:
    client = boto3.client("bedrock-runtime", region_name="us-east-1", config=client_config())
    stubber = StreamStubber(client)
    with stubber:
        yield client, stubber


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(base.time, "sleep", recorded.append)
    return recorded


def request(seconds: float = 20.0, cancel: threading.Event | None = None) -> Generation:
    return Generation(messages=[{"role": "user", "content": "Where did you meet her?"}],
                      max_tokens=64, temperature=0.3, stop=["\nAna:"],
                      deadline=time.monotonic() + seconds, language="en", cancel=cancel)


def test_pieces_are_heard_in_order_and_the_stream_gives_usage_and_latency(bedrock) -> None:
    client, stubber = bedrock
    expected = {"modelId": MODEL_ID,
                "messages": [{"role": "user", "content": [{"text": "Where did you meet her?"}]}],
                "inferenceConfig": {"maxTokens": 64, "temperature": 0.3,
                                    "stopSequences": ["\nAna:"]}}
    stubber.add_stream(text_events(PIECES, input_tokens=900, output_tokens=12, latency_ms=321),
                       expected)
    heard: list[str] = []
    completion = BedrockProvider(client).stream(request(), heard.append)
    assert heard == PIECES and completion.text == "".join(PIECES)
    assert (completion.input_tokens, completion.output_tokens, completion.latency_ms) == \
        (900, 12, 321)
    assert completion.finish_reason == "stop" and completion.model == MODEL_ID


def test_a_stream_cut_at_max_tokens_says_so(bedrock) -> None:
    client, stubber = bedrock
    stubber.add_stream(text_events(PIECES, stop_reason="max_tokens"))
    assert BedrockProvider(client).stream(request(), lambda _: None).finish_reason == "length"


def test_throttling_before_the_stream_opens_is_retried(bedrock, sleeps) -> None:
    client, stubber = bedrock
    stubber.add_client_error("converse_stream", service_error_code="ThrottlingException",
                             http_status_code=429)
    stubber.add_stream(text_events(PIECES))
    heard: list[str] = []
    assert BedrockProvider(client).stream(request(), heard.append).text == "".join(PIECES)
    assert heard == PIECES and len(sleeps) == 1


@pytest.mark.parametrize("event, raised", [("throttlingException", ModelBusy),
                                           ("modelStreamErrorException", ModelBusy),
                                           ("serviceUnavailableException", ModelBusy),
                                           ("validationException", ModelFailed)])
def test_a_failure_mid_stream_is_busy_or_refused_and_not_retried(bedrock, sleeps, event,
                                                                 raised) -> None:
    client, stubber = bedrock
    stubber.add_stream(text_events(PIECES)[:2], fail_with=(event, "from the stub"))
    stubber.add_stream(text_events(PIECES))  # never asked for: text had already been heard
    heard: list[str] = []
    with pytest.raises(raised) as failed:
        BedrockProvider(client).stream(request(), heard.append)
    assert heard == PIECES[:1] and sleeps == []
    assert (raised is ModelBusy) == isinstance(failed.value, ModelBusy)


def test_the_stream_is_closed_at_the_deadline_with_what_was_written(bedrock) -> None:
    client, stubber = bedrock
    cancel = threading.Event()
    body = stubber.add_stream(text_events(PIECES))
    heard: list[str] = []

    def hear(piece: str) -> None:
        heard.append(piece)
        cancel.set()  # the turn's deadline came while the first piece was heard

    completion = BedrockProvider(client).stream(request(cancel=cancel), hear)
    assert heard == PIECES[:1] and completion.text == PIECES[0]
    assert completion.finish_reason == "deadline" and body.closed


@pytest.mark.parametrize("seconds", [ATTEMPT_SECONDS - 0.5, 0.0])
def test_no_stream_is_opened_that_could_not_finish_before_the_deadline(bedrock,
                                                                       seconds) -> None:
    client, stubber = bedrock
    stubber.add_stream(text_events(PIECES))
    heard: list[str] = []
    completion = BedrockProvider(client).stream(request(seconds), heard.append)
    assert (completion.text, completion.finish_reason, heard) == ("", "deadline", [])
