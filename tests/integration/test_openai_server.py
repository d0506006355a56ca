"""The OpenAI-compatible provider against llama-cpp-python's own server (a subprocess on
127.0.0.1 serving the shipped SmolLM2 model), and against a scripted server for the answers a
real one gives rarely: refusals, busy replies, broken bodies.

What the provider does, checked here: a 4xx other than 429 is ModelFailed at once (never
retried); 429/502/503/504 and connection errors are retried once (attempts=2 by default, and
only while a whole 10 s attempt still fits before the deadline), then ModelBusy.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

import llama_cpp.server  # noqa: E402,F401  in requirements-dev.txt: missing fails, never skips

from chalicelib.llm.base import Generation, ModelBusy, ModelFailed  # noqa: E402
from chalicelib.llm.openai import (  # noqa: E402
    MIN_ATTEMPT_SECONDS, OpenAICompatibleProvider,
)
from tests.integration.conftest import (  # noqa: E402
    Scripted, chat_completion, free_port, make_family, say, use_provider,
)
from tests.servers import stop  # noqa: E402

pytestmark = pytest.mark.slow

ALIAS = "smollm2"
STARTUP_SECONDS = 60.0
QUESTION = [{"role": "user", "content":
             "You are Antônio, a grandfather. Memory: I worked 35 years on the railway "
             "(ferrovia), fixing locomotives.\n\nGrandpa, where did you work?"}]


# The real server's tests check what it writes, not how fast: a deadline far enough away never
# to cut it short, even on a machine so busy that this model reads a token a second (seen at a
# load of 12 on two cores), as in test_local_model.py. The scripted server's tests keep 20 s.
REAL_SERVER_SECONDS = 1800.0


def generation(max_tokens: int = 32, seconds: float = 20.0, **kwargs) -> Generation:
    return Generation(messages=kwargs.pop("messages", QUESTION), max_tokens=max_tokens,
                      temperature=0.0, stop=kwargs.pop("stop", []),
                      deadline=time.monotonic() + seconds, language="en", **kwargs)


def _models(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/v1/models", timeout=1) as reply:
            return any(m.get("id") == ALIAS for m in json.loads(reply.read())["data"])
    except (OSError, ValueError, KeyError):
        return False


@pytest.fixture(scope="module")
def server(model_path: Path, tmp_path_factory) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server on a free port; yields its base URL."""
    port = free_port()
    log = tmp_path_factory.mktemp("llama-server") / "stderr.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path),
               "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
               "--model_alias", ALIAS, "--verbose", "False"]
    base_url = f"http://127.0.0.1:{port}"
    with open(log, "wb") as stderr:  # a file, not a pipe: a full pipe would block the server
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        started = time.monotonic()
        while not _models(base_url):
            if process.poll() is not None or time.monotonic() - started > STARTUP_SECONDS:
                pytest.fail(f"llama_cpp.server did not answer GET /v1/models within "
                            f"{STARTUP_SECONDS:.0f} s (exit code {process.poll()}); stderr:\n"
                            f"{log.read_text(errors='replace')[-4000:]}")
            time.sleep(0.2)
        yield base_url
    finally:
        stop(process)


# -- the real server -----------------------------------------------------------------------

def test_a_generation_from_the_real_server(server: str) -> None:
    completion = OpenAICompatibleProvider(server, ALIAS).generate(
        generation(seconds=REAL_SERVER_SECONDS))
    assert completion.text.strip()
    assert completion.input_tokens > 0
    assert 0 < completion.output_tokens <= 32
    assert completion.provider == "openai"
    assert completion.model == ALIAS
    assert completion.ai_generated is True


def test_the_same_request_twice_gives_the_same_text(server: str) -> None:
    provider = OpenAICompatibleProvider(server, ALIAS)
    # The server keeps the last prompt's cache: a request after a cold start reads the whole
    # prompt in one batch, later ones only its last token, and the sums differ in their last
    # bits. One request first, so that both compared start from the same cache, whichever
    # test ran before (run alone, this one met the server cold and drifted after 4 tokens).
    provider.generate(generation(seconds=REAL_SERVER_SECONDS))
    first = provider.generate(generation(seconds=REAL_SERVER_SECONDS))
    second = provider.generate(generation(seconds=REAL_SERVER_SECONDS))
    assert first.text.strip()
    assert second.text == first.text  # temperature 0 (and seed 0) on the server
    assert (second.input_tokens, second.output_tokens) == (first.input_tokens,
                                                           first.output_tokens)


def slept(monkeypatch) -> list[float]:
    """The delays with_retries asked for, recorded instead of slept (no clock in the test)."""
    from chalicelib.llm import base
    delays: list[float] = []
    monkeypatch.setattr(base.time, "sleep", delays.append)
    return delays


def test_a_request_the_real_server_refuses_is_model_failed(server: str, monkeypatch) -> None:
    """More tokens than the server's 2048-token context: llama.cpp's server answers 400."""
    too_long = [{"role": "user", "content": "palavra " * 3000}]
    delays = slept(monkeypatch)
    with pytest.raises(ModelFailed):
        OpenAICompatibleProvider(server, ALIAS).generate(
            generation(seconds=REAL_SERVER_SECONDS, messages=too_long))
    assert delays == []  # refused at once, not retried


def test_a_chat_turn_through_the_app(server: str, sqlite_api, monkeypatch) -> None:
    use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="openai", FOREVERUS_OPENAI_BASE_URL=server,
                 FOREVERUS_LLM_MODEL=ALIAS, FOREVERUS_LLM_MAX_TOKENS="32",
                 # The turn's prompt is long for two shared cores: room, so the model answers
                 # (under load the 20 s default ran out and the turn said its draft); 300 s,
                 # the most a local stage allows.
                 FOREVERUS_REPLY_DEADLINE_S="300")
    family = make_family(sqlite_api)
    r = say(sqlite_api, family, "Grandpa, where did you work?")
    assert r.status_code == 201, r.body
    reply = r.json_body["reply"]
    assert reply["provider"] == "openai"
    assert reply["model"] == ALIAS
    assert reply["ai_generated"] is True
    assert reply["text"].strip()
    assert reply["memories_used"][0] == family.railway_id
    assert reply["usage"]["input_tokens"] > 0
    assert 0 < reply["usage"]["output_tokens"] <= 32


# -- a server that is down -----------------------------------------------------------------

def test_a_server_that_is_down_is_model_busy(monkeypatch) -> None:
    down = f"http://127.0.0.1:{free_port()}"
    delays = slept(monkeypatch)
    with pytest.raises(ModelBusy) as raised:
        OpenAICompatibleProvider(down, ALIAS).generate(generation())
    assert raised.value.status == 503 and raised.value.retry_after == 10
    assert len(delays) == 2 and sum(delays) < 2  # three tries, with short backoffs


def test_a_server_that_is_down_through_the_app(sqlite_api, monkeypatch) -> None:
    use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="openai",
                 FOREVERUS_OPENAI_BASE_URL=f"http://127.0.0.1:{free_port()}",
                 FOREVERUS_LLM_MODEL=ALIAS, FOREVERUS_LLM_MAX_TOKENS="32")
    family = make_family(sqlite_api)
    r = say(sqlite_api, family, "Vô, como você conheceu a vó?")
    assert r.status_code == 503, r.body
    assert r.headers.get("Retry-After") == "10"
    assert r.json_body["Code"] == "ServiceUnavailableError"

    r = sqlite_api.call("GET", f"/api/conversations/{family.conversation_id}", family.user)
    assert r.status_code == 200, r.body
    messages = r.json_body["messages"]["items"]
    assert [m["role"] for m in messages] == ["persona", "visitor"]  # the greeting, then it
    assert (messages[1]["text"], messages[1]["status"]) == ("Vô, como você conheceu a vó?",
                                                            "failed")


# -- a scripted server ---------------------------------------------------------------------

@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_a_refusal_is_model_failed_and_not_retried(scripted: Scripted, status: int) -> None:
    scripted.script = [(status, {"error": {"message": "no"}})]
    with pytest.raises(ModelFailed):
        OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation())
    assert len(scripted.requests) == 1


def test_the_request_the_provider_sends(scripted: Scripted) -> None:
    scripted.script = [(200, chat_completion("Na ferrovia."))]
    completion = OpenAICompatibleProvider(scripted.url, ALIAS, api_key="k").generate(
        generation(max_tokens=16, stop=["\nHelena:", "a", "b", "c", "d"]))
    assert completion.text == "Na ferrovia."
    assert (completion.input_tokens, completion.output_tokens) == (11, 7)
    assert completion.model == "scripted"  # the model the server says answered
    sent = scripted.requests[0]
    assert sent["model"] == ALIAS and sent["messages"] == QUESTION
    assert (sent["max_tokens"], sent["temperature"], sent["seed"]) == (16, 0.0, 0)
    assert sent["stop"] == ["\nHelena:", "a", "b", "c"]  # at most four (OpenAI's limit)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_one_busy_answer_is_retried(scripted: Scripted, status: int) -> None:
    scripted.script = [(status, {"error": {"message": "busy"}}), (200, chat_completion("Oi."))]
    completion = OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation())
    assert completion.text == "Oi."
    assert len(scripted.requests) == 2


def test_three_busy_answers_are_model_busy_with_the_default_three_attempts(
        scripted: Scripted) -> None:
    """Busy three times: with attempts=3 (the default, and what runtime builds) a fourth
    request is never sent; the caller gets ModelBusy and retries later."""
    scripted.script = [(503, b"busy")] * 3 + [(200, chat_completion("Oi."))]
    with pytest.raises(ModelBusy):
        OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation(seconds=40))
    assert len(scripted.requests) == 3


def test_three_attempts_reach_the_answer_after_two_busy_ones(scripted: Scripted) -> None:
    scripted.script = [(503, b"busy"), (503, b"busy"), (200, chat_completion("Oi."))]
    provider = OpenAICompatibleProvider(scripted.url, ALIAS, attempts=3)
    assert provider.generate(generation(seconds=25)).text == "Oi."
    assert len(scripted.requests) == 3


def test_no_retry_when_a_whole_attempt_no_longer_fits(scripted: Scripted) -> None:
    """Only 5 s left: a second 10 s attempt would overrun the deadline, so none is started."""
    scripted.script = [(503, b"busy"), (200, chat_completion("Oi."))]
    with pytest.raises(ModelBusy):
        OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation(seconds=5))
    assert len(scripted.requests) == 1


def test_a_busy_server_through_the_app_then_the_same_message_again(
        scripted: Scripted, sqlite_api, monkeypatch) -> None:
    """Busy three times: 503 with Retry-After and the message kept as failed; the same
    client_message_id sent again completes the turn."""
    use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="openai",
                 FOREVERUS_OPENAI_BASE_URL=scripted.url, FOREVERUS_LLM_MODEL=ALIAS,
                 FOREVERUS_LLM_MAX_TOKENS="32")
    family = make_family(sqlite_api)
    # The reply is in the asker's language (English), or the turn would say its draft instead.
    scripted.script = [(503, b"busy")] * 3 + [
        (200, chat_completion("I worked on the railway for thirty-five years [1]."))]
    path = f"/api/conversations/{family.conversation_id}/messages"
    body = {"text": "Grandpa, where did you work?", "client_message_id": "retry-me-0001"}
    r = sqlite_api.call("POST", path, family.user, body)
    assert r.status_code == 503 and r.headers.get("Retry-After") == "10"
    assert len(scripted.requests) == 3
    r = sqlite_api.call("POST", path, family.user, body)
    assert r.status_code == 201, r.body
    assert r.json_body["reply"]["text"] == "I worked on the railway for thirty-five years."
    assert r.json_body["reply"]["memories_used"] == [family.railway_id]  # cited as [1]
    assert r.json_body["reply"]["provider"] == "openai"
    assert r.json_body["message"]["status"] == "answered"


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", "truncate"],
                         ids=["not-json", "cut-off"])
def test_a_broken_200_answer_is_a_service_error(scripted: Scripted, body) -> None:
    """A 200 whose body is not JSON (a proxy's page) or is cut off mid-way must surface as
    ModelFailed or ModelBusy (502 or 503 to the visitor), never as an unexpected exception
    (today: json.JSONDecodeError or http.client.IncompleteRead, which the app answers 500)."""
    scripted.script = [(200, body)]
    with pytest.raises((ModelFailed, ModelBusy)):
        OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation())


@pytest.mark.parametrize("reply", [{"choices": []}, {"choices": [{"message": None}]}, []],
                         ids=["no-choices", "no-message", "a-list"])
def test_an_answer_without_a_message_is_model_failed(scripted: Scripted, reply) -> None:
    scripted.script = [(200, reply)]
    with pytest.raises(ModelFailed, match="could not answer"):
        OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation())
    assert len(scripted.requests) == 1


def test_a_broken_200_answer_through_the_app(scripted: Scripted, sqlite_api,
                                             monkeypatch) -> None:
    use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="openai",
                 FOREVERUS_OPENAI_BASE_URL=scripted.url, FOREVERUS_LLM_MODEL=ALIAS)
    family = make_family(sqlite_api)
    scripted.script = [(200, b"<html>Bad gateway</html>")]
    r = say(sqlite_api, family, "Grandpa, where did you work?")
    status = r.status_code
    r = sqlite_api.call("GET", f"/api/conversations/{family.conversation_id}", family.user)
    assert [m["status"] for m in r.json_body["messages"]["items"]
            if m["role"] == "visitor"] == ["failed"]  # kept, and retryable with the same id
    assert status in (502, 503)  # the model's fault, said as such; not a 500


# -- the deadline, the cancel event, and what the turn hears --------------------------------

def test_each_attempt_waits_no_longer_than_the_time_left(scripted: Scripted,
                                                         monkeypatch) -> None:
    """The socket timeout is the time left before the deadline, retry after retry."""
    timeouts: list[float] = []
    real_urlopen = urllib.request.urlopen

    def recording(request, timeout):  # type: ignore[no-untyped-def]
        timeouts.append(timeout)
        return real_urlopen(request, timeout=timeout)

    monkeypatch.setattr(urllib.request, "urlopen", recording)
    slept(monkeypatch)
    scripted.script = [(503, b"busy"), (200, chat_completion("Oi."))]
    request = generation(seconds=25)

    assert OpenAICompatibleProvider(scripted.url, ALIAS).generate(request).text == "Oi."
    assert len(timeouts) == 2
    assert 24 < timeouts[0] <= 25 and timeouts[1] <= timeouts[0]


def test_the_whole_text_is_heard_once_when_done(scripted: Scripted) -> None:
    scripted.script = [(200, chat_completion("Na ferrovia."))]
    heard: list[str] = []
    completion = OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation(),
                                                                         heard.append)
    assert heard == ["Na ferrovia."] and completion.finish_reason == "stop"


def test_a_reply_cut_at_max_tokens_says_so(scripted: Scripted) -> None:
    answer = chat_completion("Na ferro")
    answer["choices"][0]["finish_reason"] = "length"
    scripted.script = [(200, answer)]
    completion = OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation())
    assert (completion.text, completion.finish_reason) == ("Na ferro", "length")


@pytest.mark.parametrize("seconds", [MIN_ATTEMPT_SECONDS / 2, 0.0, -1.0])
def test_no_request_is_sent_without_time_to_answer(scripted: Scripted, seconds: float) -> None:
    """Nothing is posted; the empty completion, cut by the deadline, lets the turn say its
    grounded draft."""
    scripted.script = [(200, chat_completion("Oi."))]
    heard: list[str] = []
    completion = OpenAICompatibleProvider(scripted.url, ALIAS).generate(
        generation(seconds=seconds), heard.append)
    assert (completion.text, completion.finish_reason) == ("", "deadline")
    assert scripted.requests == [] and heard == []


def test_no_request_is_sent_once_the_turn_cancelled(scripted: Scripted) -> None:
    cancel = threading.Event()
    cancel.set()
    scripted.script = [(200, chat_completion("Oi."))]
    completion = OpenAICompatibleProvider(scripted.url, ALIAS).generate(
        generation(cancel=cancel))
    assert completion.finish_reason == "deadline" and scripted.requests == []


def test_no_retry_is_sent_once_the_turn_cancelled_during_the_backoff(
        scripted: Scripted, monkeypatch) -> None:
    from chalicelib.llm import base
    cancel = threading.Event()
    monkeypatch.setattr(base.time, "sleep", lambda _: cancel.set())  # the deadline came
    scripted.script = [(503, b"busy"), (200, chat_completion("Oi."))]
    with pytest.raises(ModelBusy):
        OpenAICompatibleProvider(scripted.url, ALIAS).generate(generation(cancel=cancel))
    assert len(scripted.requests) == 1


# -- streaming (what the turn calls), on the same real server; last, since the final test
#    leaves a stream half read ------------------------------------------------------------

def test_the_real_server_streams_piece_by_piece(server: str) -> None:
    provider = OpenAICompatibleProvider(server, ALIAS)
    heard: list[str] = []
    streamed = provider.stream(generation(seconds=REAL_SERVER_SECONDS), heard.append)
    assert len(heard) > 3 and "".join(heard) == streamed.text and streamed.text.strip()
    assert streamed.model == ALIAS and streamed.finish_reason in ("stop", "length")
    # llama-cpp-python's server counts no usage for a stream: estimated, a piece a token
    assert streamed.input_tokens > 0 and streamed.output_tokens == len(heard) <= 32


def test_the_real_server_is_left_at_the_deadline_with_what_it_wrote(server: str) -> None:
    # Last of the real server's tests: llama-cpp-python's server may go on writing for a
    # client that left.
    cancel = threading.Event()
    heard: list[str] = []

    def hear(piece: str) -> None:
        heard.append(piece)
        if len(heard) == 3:
            cancel.set()

    completion = OpenAICompatibleProvider(server, ALIAS).stream(
        generation(max_tokens=64, cancel=cancel), hear)
    assert completion.finish_reason == "deadline"
    assert completion.text == "".join(heard) and len(heard) == 3
