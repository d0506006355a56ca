"""`make run`'s reply socket on a real loopback port: the local WebSocket server in front of
the app's own handlers, as a browser meets it (the `websockets` client)."""
from __future__ import annotations

import json
from typing import Any, Iterator

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from tests.api.test_local_server import fetch
from tests.servers import running_site


@pytest.fixture
def site(monkeypatch) -> Iterator[str]:
    monkeypatch.setenv("FOREVERUS_STAGE", "local")
    monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "grounded")
    with running_site() as url:
        yield url


def post(site: str, path: str, body: Any, token: str | None = None) -> Any:
    status, _, raw = fetch(f"{site}/api{path}", body, token)
    assert status in (200, 201), (status, raw)
    return json.loads(raw)


def test_a_reply_streams_through_the_local_server(site: str) -> None:
    config = json.loads(fetch(f"{site}/api/config")[2])
    assert config["stream_url"].startswith("ws://127.0.0.1:")
    token = post(site, "/auth/local/login", {"email": "ana@example.com", "name": "Ana"})["token"]
    consent = {"basis": "family", "statement": "Sou a neta dele.", "attested_by": "Ana"}
    pid = post(site, "/personas", {"name": "Antônio", "language": "pt-BR", "consent": consent,
                                   "aliases": [{"name": "Cida", "also_called": ["vó"]}]},
               token)["id"]
    post(site, f"/personas/{pid}/memories",
         {"text": "Conheci a Cida na festa junina de 1957, em Itabira."}, token)
    cid = post(site, f"/personas/{pid}/conversations", {"visitor_name": "Ana"}, token)["id"]
    ticket = post(site, "/stream-tickets", {}, token)["ticket"]
    frames = []
    with connect(f"{config['stream_url']}/?ticket={ticket}") as socket:
        socket.send(json.dumps({"action": "say", "conversation_id": cid,
                                "text": "Vô, como você conheceu a vó?",
                                "client_message_id": "client-0001"}))
        while not frames or frames[-1]["type"] == "delta":
            frames.append(json.loads(socket.recv(timeout=20)))
        socket.send("{not json")
        assert json.loads(socket.recv(timeout=20))["code"] == "BadRequest"
    reply = frames[-1]["message"]
    assert frames[-1]["type"] == "done" and len(frames) > 3 and "1957" in reply["text"]
    assert "".join(f["text"] for f in frames[:-1]) == reply["text"]
    _, _, raw = fetch(f"{site}/api/conversations/{cid}", token=token)
    assert json.loads(raw)["messages"]["items"][-1]["text"] == reply["text"]
    with pytest.raises(InvalidStatus) as refused:  # the ticket was spent
        connect(f"{config['stream_url']}/?ticket={ticket}")
    assert refused.value.response.status_code == 401
    with pytest.raises(InvalidStatus):
        connect(config["stream_url"])
