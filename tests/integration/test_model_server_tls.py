"""The model instance's server as the app meets it (docs/model-serving.md): llama-cpp-python's
own server, started as the instance starts it (a config file with TLS, its own self-signed
certificate, the API key and the model's alias), on 127.0.0.1 with the shipped SmolLM2 model.

Checked against that real process: the pinned certificate and the key get a generation; another
certificate is refused before a single byte of the request leaves (proved on a raw TLS socket
that records what arrives, and in the real server's access log); no key or a wrong key is a
401, said as such; the base URL with or without `/v1` reaches `/v1/chat/completions`, never
`/v1/v1`; the model name is the served alias, and `default` is shown for what it is. Then a chat
turn through the app, which finds the instance on moto's EC2 and its secrets in moto's SSM.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

import llama_cpp.server  # noqa: F401  in requirements-dev.txt: missing fails, never skips

from chalicelib.config import ConfigError
from chalicelib.llm.base import Generation, ModelBusy, ModelFailed
from chalicelib.llm.openai import Endpoint, OpenAICompatibleProvider
from chalicelib.ops import model_server
from chalicelib.ops.model_server import ModelServer
from tests.conftest import LogLines
from tests.integration.conftest import free_port, make_family, use_provider
from tests.servers import stop
from tests.model_cloud import TAG, model_cloud, self_signed

pytestmark = pytest.mark.slow

ALIAS = "smollm2"
KEY = "k3y-" + "x" * 40  # as long as the one make deploy makes (secrets.token_urlsafe(32))
STARTUP_SECONDS = 60.0
QUESTION = [{"role": "user", "content": "Grandpa, where did you work? Memory: I worked 35 "
                                        "years on the railway, fixing locomotives."}]


def generation(seconds: float = 20.0) -> Generation:
    return Generation(messages=QUESTION, max_tokens=12, temperature=0.0, stop=[],
                      deadline=time.monotonic() + seconds, language="en")


@dataclass
class Served:
    """The running server: its root URL, port, certificate pin and access log."""

    url: str
    port: int
    pin: str
    log: Path
    cert: Path
    key: Path

    def requests_seen(self) -> list[str]:
        """The request lines uvicorn logged ("POST /v1/chat/completions HTTP/1.1")."""
        return [line.split('"')[1] for line in self.log.read_text(errors="replace").splitlines()
                if '"' in line and " HTTP/" in line]

    def requests_since(self, before: int, wanted: str, seconds: float = 10.0) -> list[str]:
        """The request lines logged after the first `before`, as soon as `wanted` is among
        them, or as they are after `seconds`: uvicorn writes a request's line after its
        answer, so the client can read the answer before the line is there (a busy machine
        took longer than a fixed 0.3 s)."""
        until = time.monotonic() + seconds
        while True:
            seen = self.requests_seen()[before:]
            if wanted in seen or time.monotonic() > until:
                return seen
            time.sleep(0.05)


def answering(url: str, pin: str) -> bool:
    from chalicelib.llm.openai import open_url
    request = urllib.request.Request(f"{url}/v1/models",
                                     headers={"Authorization": f"Bearer {KEY}"})
    try:
        with open_url(request, 1.0, pin) as reply:
            return any(m.get("id") == ALIAS for m in json.loads(reply.read())["data"])
    except (OSError, ValueError, KeyError):
        return False


@pytest.fixture(scope="module")
def served(model_path: Path, tmp_path_factory) -> Iterator[Served]:
    """The server as the instance runs it: `--config_file` (TLS files, key, alias)."""
    folder = tmp_path_factory.mktemp("model-server")
    key_file, cert_file, pin = self_signed(folder, "forever-us-model")
    port = free_port()
    config = folder / "model.json"  # the shape infra/stack.yaml's start script writes
    config.write_text(json.dumps({
        "host": "127.0.0.1", "port": port, "api_key": KEY,
        "ssl_keyfile": str(key_file), "ssl_certfile": str(cert_file),
        "models": [{"model": str(model_path), "model_alias": ALIAS, "n_ctx": 2048,
                    "verbose": False}]}))
    log = folder / "server.log"
    with open(log, "wb") as out:  # a file, not a pipe: a full pipe would block the server
        process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--config_file", str(config)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=out,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"https://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        while not answering(url, pin):
            if process.poll() is not None or time.monotonic() - started > STARTUP_SECONDS:
                pytest.fail(f"the TLS model server did not answer within {STARTUP_SECONDS:.0f}"
                            f" s (exit code {process.poll()}):\n"
                            f"{log.read_text(errors='replace')[-4000:]}")
            time.sleep(0.2)
        yield Served(url, port, pin, log, cert_file, key_file)
    finally:
        stop(process)


class Counted:
    """Endpoints that count how often the provider said the server refused it."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint
        self.refusals = 0

    def endpoint(self) -> Endpoint:
        return self._endpoint

    def refused(self) -> None:
        self.refusals += 1


def other_pin(pin: str) -> str:
    return hashlib.sha256(pin.encode()).hexdigest()


# -- the pin and the key ----------------------------------------------------------------------

def test_the_pinned_certificate_and_the_key_get_a_real_generation(served: Served) -> None:
    # OpenSSL's own way of writing the fingerprint is the same pin.
    openssl_form = "SHA256 Fingerprint=" + ":".join(
        served.pin[i:i + 2].upper() for i in range(0, 64, 2))
    for pin in (served.pin, openssl_form):
        completion = OpenAICompatibleProvider(served.url, ALIAS, KEY, pin_sha256=pin).generate(
            generation())
        assert completion.text.strip() and completion.model == ALIAS
        assert 0 < completion.output_tokens <= 12 and completion.input_tokens > 0


def test_the_reply_streams_over_the_pinned_connection(served: Served) -> None:
    heard: list[str] = []
    streamed = OpenAICompatibleProvider(served.url, ALIAS, KEY, pin_sha256=served.pin).stream(
        generation(), heard.append)
    assert len(heard) > 1 and "".join(heard) == streamed.text and streamed.text.strip()


def test_another_certificate_is_refused_and_the_server_hears_nothing(
        served: Served, lines: LogLines) -> None:
    before = served.requests_seen()
    counted = Counted(Endpoint(served.url, KEY, other_pin(served.pin)))
    with pytest.raises(ModelFailed):
        OpenAICompatibleProvider("", ALIAS, endpoints=counted).generate(generation())
    assert "model_cert_mismatch" in lines.events()
    assert counted.refusals == 1  # the pin is read again next time (a replaced instance)
    assert KEY not in json.dumps(lines.lines)
    time.sleep(0.3)  # uvicorn writes its access line after answering
    assert served.requests_seen() == before  # no request reached the server


@dataclass
class Recorder:
    """A raw TLS socket with the server's certificate, recording the bytes each connection
    sends after the handshake (and answering nothing)."""

    received: list[bytes]
    done: threading.Event
    port: int


@pytest.fixture
def recorder(served: Served) -> Iterator[Recorder]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(served.cert, served.key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)
    state = Recorder([], threading.Event(), listener.getsockname()[1])

    def serve() -> None:
        try:
            raw, _ = listener.accept()
            with context.wrap_socket(raw, server_side=True) as conn:
                conn.settimeout(5)
                got = b""
                try:
                    while True:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        got += chunk
                        head, _, body = got.partition(b"\r\n\r\n")
                        length = next((int(h.split(b":")[1]) for h in head.split(b"\r\n")
                                       if h.lower().startswith(b"content-length:")), None)
                        if length is not None and len(body) >= length:
                            break
                except (OSError, ssl.SSLError):
                    pass  # the client hung up (as it does on a wrong pin)
                state.received.append(got)
        except (OSError, ssl.SSLError):
            state.received.append(b"")
        finally:
            state.done.set()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield state
    listener.close()
    thread.join(timeout=10)


def test_on_a_wrong_pin_not_one_byte_of_the_request_is_sent(served: Served,
                                                            recorder: Recorder) -> None:
    url = f"https://127.0.0.1:{recorder.port}"
    with pytest.raises(ModelFailed):
        OpenAICompatibleProvider(url, ALIAS, KEY, attempts=1,
                                 pin_sha256=other_pin(served.pin)).generate(generation(5))
    assert recorder.done.wait(10)
    assert recorder.received == [b""]  # the handshake, then nothing: neither key nor text


def test_on_the_right_pin_the_request_and_its_key_are_sent(served: Served,
                                                           recorder: Recorder) -> None:
    """The same socket, the right pin: what the wrong pin kept back does arrive."""
    url = f"https://127.0.0.1:{recorder.port}"
    with pytest.raises((ModelBusy, ModelFailed)):  # the recorder never answers
        OpenAICompatibleProvider(url, ALIAS, KEY, attempts=1,
                                 pin_sha256=served.pin).generate(generation(5))
    assert recorder.done.wait(10)
    [sent] = recorder.received
    assert sent.startswith(b"POST /v1/chat/completions HTTP/1.1")
    assert f"Authorization: Bearer {KEY}".encode() in sent


@pytest.mark.parametrize("key", ["", "not-the-key"], ids=["no-key", "wrong-key"])
def test_no_key_or_a_wrong_key_is_refused_401(served: Served, lines: LogLines, key: str) -> None:
    counted = Counted(Endpoint(served.url, key, served.pin))
    with pytest.raises(ModelFailed):
        OpenAICompatibleProvider("", ALIAS, endpoints=counted).generate(generation())
    refused = [line for line in lines.lines if line["event"] == "model_refused"]
    assert refused and refused[-1]["status"] == 401
    assert counted.refusals == 1  # a rotated key is read again next time


# -- where the request goes, and the model's name -----------------------------------------------

@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/"])
def test_the_base_url_with_or_without_v1_reaches_the_same_place(served: Served,
                                                                suffix: str) -> None:
    before = len(served.requests_seen())
    completion = OpenAICompatibleProvider(served.url + suffix, ALIAS, KEY,
                                          pin_sha256=served.pin).generate(generation())
    assert completion.text.strip()
    assert served.requests_since(before, "POST /v1/chat/completions HTTP/1.1") == [
        "POST /v1/chat/completions HTTP/1.1"]


def test_the_served_alias_is_the_name_and_default_is_not_one(served: Served,
                                                             monkeypatch) -> None:
    """llama-cpp-python's server answers a name it does not serve with its one model, and
    echoes that name back; vLLM and Ollama refuse it (404). So the app never sends a made-up
    name, and the health check asks the server which names it serves."""
    echoed = OpenAICompatibleProvider(served.url, "default", KEY,
                                      pin_sha256=served.pin).generate(generation())
    assert echoed.model == "default"  # what this server does; why it hid the bug

    class Parameters:
        def get_parameters(self, Names: list[str], WithDecryption: bool) -> dict[str, Any]:
            return {"Parameters": [{"Name": Names[0], "Value": KEY},
                                   {"Name": Names[1], "Value": served.pin}]}

    monkeypatch.setattr(model_server, "PORT", served.port)
    assert ModelServer(Parameters(), "dev", ALIAS).health("127.0.0.1") == "healthy"
    assert ModelServer(Parameters(), "dev", "default").health("127.0.0.1") == "model_missing"

    use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="openai",
                 FOREVERUS_OPENAI_BASE_URL=served.url)
    from chalicelib import runtime
    with pytest.raises(ConfigError, match="FOREVERUS_OPENAI_MODEL"):
        runtime.provider()
    with pytest.raises(ValueError):
        OpenAICompatibleProvider(served.url, "")


# -- the whole path: the app finds the instance, its key and its pin ---------------------------

def test_a_chat_turn_reaches_the_instance_at_its_current_address(
        served: Served, sqlite_api, monkeypatch) -> None:
    """The instance is stopped; the first message starts it and is told the AI is waking; the
    same message again reaches the server at the address EC2 now gives (moto's, mapped to
    127.0.0.1: nothing leaves this machine), with the key and the pin from SSM."""
    with model_cloud(monkeypatch, served.port, KEY, served.pin) as cloud:
        use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="openai",
                     FOREVERUS_MODEL_INSTANCE_TAG=TAG,
                     FOREVERUS_OPENAI_MODEL=ALIAS, FOREVERUS_LLM_MAX_TOKENS="16",
                     # The prompt is long for two shared cores: room, so the model answers.
                     FOREVERUS_REPLY_DEADLINE_S="90")
        family = make_family(sqlite_api)
        path = f"/api/conversations/{family.conversation_id}/messages"
        body = {"text": "Grandpa, where did you work?", "client_message_id": "wake-0000001"}
        before = len(served.requests_seen())

        r = sqlite_api.call("POST", path, family.user, body)
        # moto starts it at once, so this very turn may already be answered; on AWS it waits.
        if r.status_code == 503:
            assert "waking up" in r.json_body["Message"]
            r = sqlite_api.call("POST", path, family.user, body)
        assert r.status_code == 201, r.body
        reply = r.json_body["reply"]
        assert (reply["provider"], reply["model"], reply["ai_generated"]) == ("openai", ALIAS,
                                                                              True)
        state = cloud.ec2.describe_instances(InstanceIds=[cloud.instance])[
            "Reservations"][0]["Instances"][0]
        assert state["State"]["Name"] == "running"
        assert cloud.addresses and cloud.addresses[-1] == state["PublicIpAddress"]  # the new one
        from chalicelib import runtime
        assert runtime.store().get_power()["instance"] == "running"
    assert "POST /v1/chat/completions HTTP/1.1" in served.requests_since(
        before, "POST /v1/chat/completions HTTP/1.1")
