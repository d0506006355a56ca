"""The reply socket's figures for `make bench`, one `name=value` line each:
- first_delta_s_local: median seconds from sending a message on the socket to its first
  `delta`, with the local model (SmolLM2-135M through llama.cpp) answering;
- first_delta_share_local: the median of that time over the whole turn's (to `done`): how
  much of the wait a visitor spends before reading anything;
- first_delta_s_grounded / first_delta_share_local_grounded: the same with `make run`'s default
  provider (the grounded composer), for comparison.

End to end through `make run`'s own server (scripts/serve.py: the local WebSocket server in
front of the app's socket handlers), a `websockets` client, English questions the memories
answer (the packaged model writes no Portuguese). A model's text is shown only as it is
accepted, sentence by sentence (docs/streaming.md), so a reply the checks give the draft
instead streams at the end: the share says how often that is.

`python -m bench.streaming` (about a minute on two cores).
"""
from __future__ import annotations

import json
import os
import socket as socket_module
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
QUESTIONS = ["Grandpa, where did you work?", "How did you meet grandma?",
             "What was your favourite food?", "Did you like football?",
             "Where did you go fishing?", "What car did you have?"]
MEMORIES = [
    ("The railway", "I worked thirty-five years on the railway, fixing locomotives in the "
                    "workshop at Jundiaí."),
    ("Meeting Cida", "I met Cida at a June festival in 1962. She asked me to dance the "
                     "quadrilha."),
    ("Food", "My favourite dish was the bean stew my mother cooked on the wood stove."),
    ("Football", "I supported Palmeiras since I was a boy and never missed a match on the "
                 "radio."),
    ("Fishing", "On Sundays I went fishing in the river with my friend Zé. Once we caught a "
                "huge dourado."),
    ("The car", "My first car was a blue 1970 Beetle, bought in instalments."),
]


def _call(base: str, path: str, body: Any = None, token: str = "") -> Any:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(base + path, headers=headers, method="POST" if body is not
                                     None else "GET",
                                     data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.loads(answer.read())


def _turns(provider: str, questions: list[str]) -> list[tuple[float, float]]:
    """(seconds to the first delta, seconds to done) for each question, on a fresh server."""
    from websockets.sync.client import connect
    sys.path[:0] = [str(PROJECT), str(PROJECT / "scripts")]
    data = tempfile.mkdtemp(prefix="bench-stream-")
    for name in [n for n in os.environ if n.startswith("FOREVERUS_")]:
        del os.environ[name]
    os.environ.update({"FOREVERUS_DATA_DIR": data, "FOREVERUS_LLM_PROVIDER": provider,
                       "FOREVERUS_DAILY_MESSAGE_CAP": "0"})
    import logging

    import serve
    from chalicelib import runtime
    logging.getLogger("foreverus").setLevel(logging.WARNING)
    runtime.reset()
    with socket_module.socket() as probe:  # a free loopback port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = serve.build_server("127.0.0.1", port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}/api"
    try:
        token = _call(base, "/auth/local/login", {"email": "b@example.com", "name": "Ana"})["token"]
        consent = {"basis": "self", "statement": "My own words.", "attested_by": "Antônio"}
        pid = _call(base, "/personas", {"name": "Antônio", "language": "en", "consent": consent,
                                        "speaking_style": "Short, warm sentences."}, token)["id"]
        for title, text in MEMORIES:
            _call(base, f"/personas/{pid}/memories", {"title": title, "text": text}, token)
        stream_url = _call(base, "/config")["stream_url"]
        figures = []
        ticket = _call(base, "/stream-tickets", {}, token)["ticket"]
        with connect(f"{stream_url}/?ticket={ticket}", max_size=2**20) as socket:
            # warm-up: the model loaded, the index built (not what is measured)
            for n, question in enumerate(["Hello!", *questions]):
                cid = _call(base, f"/personas/{pid}/conversations",
                            {"visitor_name": "Ana", "language": "en"}, token)["id"]
                started = time.monotonic()
                first = None
                socket.send(json.dumps({"action": "say", "conversation_id": cid,
                                        "text": question, "client_message_id": f"bench-{n:04d}"}))
                while True:
                    frame = json.loads(socket.recv(timeout=120))
                    if frame["type"] == "delta" and first is None:
                        first = time.monotonic() - started
                    if frame["type"] in ("done", "error"):
                        break
                total = time.monotonic() - started
                if n and frame["type"] == "done":
                    figures.append((first if first is not None else total, total))
        return figures
    finally:
        server.shutdown()
        server.server.server_close()
        runtime.reset()


def figures(provider: str, questions: list[str] = QUESTIONS) -> tuple[float, float]:
    """Median seconds to the first delta, and median share of the whole turn."""
    turns = _turns(provider, questions)
    return (statistics.median(first for first, _ in turns),
            statistics.median(first / total for first, total in turns if total > 0))


def main() -> None:
    seconds, share = figures("local")
    print(f"first_delta_s_local={seconds:.3f}")
    print(f"first_delta_share_local={share:.3f}")
    seconds, share = figures("grounded")
    print(f"first_delta_s_grounded={seconds:.3f}")
    print(f"first_delta_share_grounded={share:.3f}")


if __name__ == "__main__":
    main()
