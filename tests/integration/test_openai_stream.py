"""The OpenAI-compatible provider's streaming (`stream: true`, server-sent events), what the
turn calls, against a small scripted server: usage, the deadline and broken events. (Against
llama-cpp-python's own server: the end of test_openai_server.py, which shares its server.)"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest

from chalicelib.llm.base import Generation, ModelFailed
from chalicelib.llm.openai import OpenAICompatibleProvider
from tests.integration.test_openai_server import ALIAS

pytestmark = pytest.mark.slow


# -- a scripted server ----------------------------------------------------------------------

@pytest.fixture
def events() -> Iterator[dict[str, Any]]:
    """A server answering every POST with `state["lines"]` as server-sent events, one every
    `state["gap"]` seconds; `state["requests"]` keeps the JSON bodies received."""
    state: dict[str, Any] = {"lines": [], "gap": 0.0, "requests": []}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            state["requests"].append(json.loads(self.rfile.read(
                int(self.headers.get("Content-Length") or 0))))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            try:
                for line in state["lines"]:
                    time.sleep(state["gap"])
                    self.wfile.write(line.encode() + b"\n\n")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client left (the deadline)

        def log_message(self, *args: Any) -> None:
            pass

    http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    http.daemon_threads = True
    thread = threading.Thread(target=http.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    state["url"] = f"http://127.0.0.1:{http.server_address[1]}"
    try:
        yield state
    finally:
        http.shutdown()
        http.server_close()
        thread.join(timeout=5)


def chunk(content: str | None = None, finish: str | None = None,
          usage: dict[str, int] | None = None) -> str:
    choices = [] if content is None and finish is None else [
        {"index": 0, "delta": {"content": content} if content else {},
         "finish_reason": finish}]
    body: dict[str, Any] = {"id": "c1", "object": "chat.completion.chunk", "model": "served",
                            "choices": choices}
    if usage:
        body["usage"] = usage
    return "data: " + json.dumps(body)


def test_usage_comes_from_the_last_event_and_the_request_asks_for_it(events) -> None:
    events["lines"] = [": keep-alive", chunk("Na "), chunk("ferrovia."), chunk(finish="length"),
                       chunk(usage={"prompt_tokens": 40, "completion_tokens": 2}),
                       "data: [DONE]"]
    heard: list[str] = []
    completion = OpenAICompatibleProvider(events["url"], ALIAS).stream(
        Generation(messages=[{"role": "user", "content": "Oi"}], max_tokens=8,
                   temperature=0.0, stop=[], deadline=time.monotonic() + 10), heard.append)
    assert heard == ["Na ", "ferrovia."] and completion.text == "Na ferrovia."
    assert (completion.input_tokens, completion.output_tokens) == (40, 2)
    assert completion.finish_reason == "length" and completion.model == "served"
    sent = events["requests"][0]
    assert sent["stream"] is True and sent["stream_options"] == {"include_usage": True}


def test_a_slow_stream_is_left_at_the_deadline(events) -> None:
    events["lines"] = [chunk(f"palavra{n} ") for n in range(50)] + ["data: [DONE]"]
    events["gap"] = 0.1
    started = time.monotonic()
    completion = OpenAICompatibleProvider(events["url"], ALIAS).stream(
        Generation(messages=[{"role": "user", "content": "Oi"}], max_tokens=64,
                   temperature=0.0, stop=[], deadline=time.monotonic() + 1.05), lambda _: None)
    assert completion.finish_reason == "deadline" and time.monotonic() - started < 2.5
    assert completion.text.startswith("palavra0 palavra1 ") and "palavra49" not in completion.text


def test_an_event_that_is_not_json_is_model_failed(events) -> None:
    events["lines"] = [chunk("Na "), "data: {not json"]
    with pytest.raises(ModelFailed):
        OpenAICompatibleProvider(events["url"], ALIAS).stream(
            Generation(messages=[{"role": "user", "content": "Oi"}], max_tokens=8,
                       temperature=0.0, stop=[], deadline=time.monotonic() + 10),
            lambda _: None)
