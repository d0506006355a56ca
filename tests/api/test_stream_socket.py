"""The reply socket on the cloud's code path: Chalice's own WebSocket handlers invoked through
its test client with API Gateway's event shape, `app.websocket_api` stubbed to record what
would be posted to each connection. On both stores.

The contract (docs/streaming.md): a single-use ticket opens a socket; `say` streams `delta`
pieces whose join is the stored reply's text, then `done` with the reply REST returns; REST's
rules hold identically (replay, Conflict, someone else's conversation, the cap, pause, the AI
switch, care); `stop` ends the reply at what was shown.
"""
from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from typing import Any

import pytest
from chalice.app import WebsocketDisconnectedError

from chalicelib import ids, runtime
from chalicelib.llm.base import Completion, Generation, OnText
from tests.conftest import Api, User, all_items

import app as app_module


class Sockets:
    """Stands in for app.websocket_api: records each frame posted to each connection."""

    def __init__(self) -> None:
        self.frames: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.gone: set[str] = set()
        self.arrived = threading.Condition()

    def send(self, connection_id: str, message: str) -> None:
        if connection_id in self.gone:
            raise WebsocketDisconnectedError(connection_id)
        with self.arrived:
            self.frames[connection_id].append(json.loads(message))
            self.arrived.notify_all()

    def wait_for(self, connection_id: str, kind: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                found = [f for f in self.frames[connection_id] if f["type"] == kind]
                if found:
                    return found[0]
                assert self.arrived.wait(max(0.0, deadline - time.monotonic())), kind


class Socket:
    """One client connection through the handlers, as API Gateway would invoke them."""

    count = 0

    def __init__(self, client: Any, sockets: Sockets) -> None:
        Socket.count += 1
        self.client, self.sockets = client, sockets
        self.id = f"conn-{Socket.count}-{ids.new_id()[:6]}="

    def event(self, route: str, body: str | None = None,
              query: dict[str, str] | None = None) -> dict[str, Any]:
        kind = {"$connect": "CONNECT", "$default": "MESSAGE", "$disconnect": "DISCONNECT"}
        event: dict[str, Any] = {
            "requestContext": {"routeKey": route, "eventType": kind[route],
                               "connectionId": self.id, "apiId": "a1b2c3d4e5", "stage": "dev",
                               "domainName": "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
                               "requestId": ids.new_id(), "connectedAt": 0},
            "isBase64Encoded": False}
        if body is not None:
            event["body"] = body
        if query is not None:
            event["queryStringParameters"] = query
        return event

    def connect(self, ticket: str | None) -> int:
        query = {"ticket": ticket} if ticket is not None else None
        answer = self.client.lambda_.invoke("socket_connect",
                                            self.event("$connect", query=query)).payload
        return answer["statusCode"]

    def send(self, message: Any) -> None:
        raw = message if isinstance(message, str) else json.dumps(message)
        self.client.lambda_.invoke("socket_message", self.event("$default", raw))

    def close(self) -> None:
        self.client.lambda_.invoke("socket_disconnect", self.event("$disconnect"))

    @property
    def frames(self) -> list[dict[str, Any]]:
        return self.sockets.frames[self.id]

    def say(self, cid: str, text: str, client_id: str | None = None) -> list[dict[str, Any]]:
        """Send a `say` and return the frames it brought."""
        before = len(self.frames)
        self.send({"action": "say", "conversation_id": cid, "text": text,
                   "client_message_id": client_id or ids.new_id()})
        return self.frames[before:]


def joined(frames: list[dict[str, Any]]) -> str:
    return "".join(f["text"] for f in frames if f["type"] == "delta")


@pytest.fixture
def sockets(monkeypatch) -> Sockets:
    recorder = Sockets()
    monkeypatch.setattr(app_module.app, "websocket_api", recorder)
    return recorder


@pytest.fixture
def chat(api: Api, alice: User, monkeypatch) -> dict[str, Any]:
    monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "grounded")
    runtime.reset()
    persona = api.create_persona(alice, relationship="avô", aliases=[
        {"name": "Cida", "also_called": ["vó", "Vó Cida"]}])
    festa = api.add_memory(alice, persona["id"], title="Como conheci a Cida",
                           text="Conheci a Cida na festa junina de 1957, em Itabira.")["id"]
    cid = api.call("POST", f"/api/personas/{persona['id']}/conversations", alice,
                   {"visitor_name": "Ana"}).json_body["id"]
    return {"pid": persona["id"], "cid": cid, "festa": festa}


def ticket_for(api: Api, user: User) -> str:
    r = api.call("POST", "/api/stream-tickets", user)
    assert r.status_code == 201, r.body
    assert r.json_body["expires_in"] == 60 and len(r.json_body["ticket"]) >= 40
    return r.json_body["ticket"]


@pytest.fixture
def socket(api: Api, alice: User, sockets: Sockets) -> Socket:
    opened = Socket(api.client, sockets)
    assert opened.connect(ticket_for(api, alice)) == 200
    return opened


def stored_reply(api: Api, user: User, cid: str) -> dict[str, Any]:
    items = api.call("GET", f"/api/conversations/{cid}", user).json_body["messages"]["items"]
    return [m for m in items if m["role"] == "persona"][-1]


# -- tickets and connections -----------------------------------------------------------------

def test_a_ticket_opens_one_socket_once_and_nothing_else_does(api, alice, sockets) -> None:
    ticket = ticket_for(api, alice)
    assert Socket(api.client, sockets).connect(ticket) == 200
    assert Socket(api.client, sockets).connect(ticket) == 401  # single use
    assert Socket(api.client, sockets).connect(None) == 401
    assert Socket(api.client, sockets).connect("x" * 43) == 401
    assert Socket(api.client, sockets).connect(ticket[:-1]) == 401
    assert api.call("POST", "/api/stream-tickets").status_code == 401  # signed in only


def test_a_ticket_older_than_a_minute_is_refused(api, alice, sockets, monkeypatch) -> None:
    ticket = ticket_for(api, alice)
    later = time.time() + 61
    monkeypatch.setattr(app_module.time, "time", lambda: later)
    assert Socket(api.client, sockets).connect(ticket) == 401


def test_no_ticket_is_stored_and_nothing_secret_is_logged(api, alice, sockets,
                                                          caplog) -> None:
    ticket = ticket_for(api, alice)
    assert all(ticket not in json.dumps(item) for item in all_items())
    Socket(api.client, sockets).connect(ticket)
    assert ticket not in caplog.text and alice.token not in caplog.text


def test_a_message_on_a_socket_never_opened_or_closed_is_refused(api, alice, chat, sockets,
                                                                 socket) -> None:
    stranger = Socket(api.client, sockets)
    frames = stranger.say(chat["cid"], "Oi vô", "client-0001")
    assert [(f["type"], f["code"]) for f in frames] == [("error", "Unauthorized")]
    socket.close()
    frames = socket.say(chat["cid"], "Oi vô", "client-0002")
    assert [(f["type"], f["code"]) for f in frames] == [("error", "Unauthorized")]
    assert stored_reply(api, alice, chat["cid"])["type"] == "greeting"  # nothing answered


def test_an_erased_account_leaves_no_socket_behind(api, alice, sockets, socket) -> None:
    assert any(alice.id in repr(item) and "CONN" in repr(item).upper() for item in all_items())
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    assert not any("CONN" in repr(item).upper() for item in all_items())
    frames = socket.say("any-conversation", "Oi vô", "client-0009")
    assert [(f["type"], f["code"]) for f in frames] == [("error", "Unauthorized")]


# -- say ---------------------------------------------------------------------------------------

def test_a_reply_streams_in_pieces_that_join_into_the_stored_reply(api, alice, chat,
                                                                   socket) -> None:
    frames = socket.say(chat["cid"], "Vô, como você conheceu a vó?", "client-0001")
    deltas = [f for f in frames if f["type"] == "delta"]
    done = frames[-1]
    assert len(deltas) > 3 and done["type"] == "done" and frames[:-1] == deltas
    assert {f["client_message_id"] for f in frames} == {"client-0001"}
    reply = done["message"]
    assert joined(frames) == reply["text"] and "1957" in reply["text"]
    stored = stored_reply(api, alice, chat["cid"])
    assert stored["text"] == reply["text"] and stored["id"] == reply["id"]
    assert reply["memories_used"] == [chat["festa"]] and reply["sources"][0]["id"] == chat["festa"]
    assert done["visitor_message"]["status"] == "answered" and done["replayed"] is False
    # the very object REST returns for the same message
    rest = api.call("POST", f"/api/conversations/{chat['cid']}/messages", alice,
                    {"text": "Vô, como você conheceu a vó?", "client_message_id": "client-0001"})
    assert rest.status_code == 200 and rest.json_body["reply"] == reply


def test_the_same_id_and_text_again_is_the_stored_reply_without_a_model(api, alice, chat,
                                                                        socket,
                                                                        monkeypatch) -> None:
    model = Slow(SLOW_REPLY[:2], gap=0.0)
    monkeypatch.setattr(runtime, "provider", lambda: model)
    first = socket.say(chat["cid"], "Vô, como você conheceu a vó?", "client-0001")
    again = socket.say(chat["cid"], "Vô, como você conheceu a vó?", "client-0001")
    assert [f["type"] for f in again] == ["delta", "done"] and again[-1]["replayed"] is True
    assert joined(again) == again[-1]["message"]["text"] == first[-1]["message"]["text"]
    assert again[-1]["message"]["id"] == first[-1]["message"]["id"]
    assert model.calls == 1


def test_the_same_id_with_other_text_is_a_conflict(api, alice, chat, socket) -> None:
    socket.say(chat["cid"], "Vô, como você conheceu a vó?", "client-0001")
    before = sorted(map(repr, all_items()))
    frames = socket.say(chat["cid"], "Outra pergunta", "client-0001")
    assert [(f["type"], f["code"], f["client_message_id"]) for f in frames] == [
        ("error", "Conflict", "client-0001")]
    assert frames[0]["status"] == 409 and frames[0]["reason"] == "client_id_reused"
    assert sorted(map(repr, all_items())) == before


def test_someone_elses_conversation_is_refused_and_nothing_is_stored(api, alice, bob, chat,
                                                                     sockets) -> None:
    intruder = Socket(api.client, sockets)
    assert intruder.connect(ticket_for(api, bob)) == 200
    before = sorted(map(repr, all_items()))
    frames = intruder.say(chat["cid"], "Oi vô", "client-0001")
    assert [(f["type"], f["code"]) for f in frames] == [("error", "NotFound")]
    assert chat["cid"] not in json.dumps(frames)  # nothing about it is said
    stop = {"action": "stop", "conversation_id": chat["cid"], "client_message_id": "client-0001"}
    intruder.send(stop)
    assert intruder.frames[-1]["code"] == "NotFound"
    assert sorted(map(repr, all_items())) == before


@pytest.mark.parametrize("message, code, field", [
    ("not json", "BadRequest", None),
    ("[1, 2]", "BadRequest", None),
    ({"action": "shout", "conversation_id": "c" * 22}, "BadRequest", "action"),
    ({"action": "say"}, "BadRequest", "conversation_id"),
    ({"action": "say", "conversation_id": "CONV", "client_message_id": "client-0001"},
     "BadRequest", "text"),
    ({"action": "say", "conversation_id": "CONV", "text": "Oi", "client_message_id": "x"},
     "BadRequest", "client_message_id"),
    ({"action": "say", "conversation_id": "CONV", "text": "Oi",
      "client_message_id": "client-0001", "mood": "happy"}, "BadRequest", "mood"),
    ({"action": "say", "conversation_id": "CONV", "text": "x" * 4001,
      "client_message_id": "client-0001"}, "BadRequest", "text"),
    ({"action": "say", "conversation_id": "CONV", "text": "x" * 40_000,
      "client_message_id": "client-0001"}, "PayloadTooLarge", None),
    ({"action": "stop", "conversation_id": "CONV"}, "BadRequest", "client_message_id"),
])
def test_bad_messages_are_refused_naming_the_field_and_limit(chat, socket, message, code,
                                                             field) -> None:
    if isinstance(message, dict) and message.get("conversation_id") == "CONV":
        message = {**message, "conversation_id": chat["cid"]}
    socket.send(message)
    [frame] = socket.frames
    assert (frame["type"], frame["code"]) == ("error", code), frame
    assert frame.get("field") == field and frame["message"]
    if code == "PayloadTooLarge":
        assert "32 KB" in frame["message"]


def test_the_rest_rules_hold_on_the_socket_pause_cap_switch_and_care(api, alice, chat, socket,
                                                                     monkeypatch) -> None:
    care = socket.say(chat["cid"], "Vô, eu não quero mais viver", "client-0001")
    reply = care[-1]["message"]
    assert reply["care"] is True and "188" in reply["text"] and joined(care) == reply["text"]

    monkeypatch.setenv("FOREVERUS_POWER_DEFAULT", "off")
    monkeypatch.setenv("FOREVERUS_DAILY_MESSAGE_CAP", "2")
    runtime.reset()
    off = socket.say(chat["cid"], "Vô, como você conheceu a vó?", "client-0002")
    assert off[-1]["message"]["ai_generated"] is False  # the AI is off: recorded words
    assert joined(off) == off[-1]["message"]["text"]
    capped = socket.say(chat["cid"], "Mais uma", "client-0003")
    assert (capped[0]["code"], capped[0]["status"]) == ("DailyCapReached", 429)
    assert 0 < capped[0]["retry_after"] <= 86_401

    api.call("PATCH", f"/api/personas/{chat['pid']}", alice, {"status": "paused"})
    paused = socket.say(chat["cid"], "Oi", "client-0004")
    assert (paused[0]["code"], paused[0]["reason"]) == ("PersonaNotActive", "paused")


# -- stop, and a client that goes away ---------------------------------------------------------

class Slow:
    """A model that writes a sentence every `gap` seconds until told to stop."""

    name, model = "slow", "slow-1"

    def __init__(self, sentences: list[str], gap: float) -> None:
        self.sentences, self.gap = sentences, gap
        self.calls = 0

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        self.calls += 1
        written = []
        for sentence in self.sentences:
            if request.cancel is not None and request.cancel.wait(self.gap):
                break
            written.append(sentence)
            if on_text is not None:
                on_text(sentence)
        return Completion(text="".join(written), input_tokens=10, output_tokens=len(written),
                          provider=self.name, model=self.model, latency_ms=1,
                          finish_reason="deadline" if len(written) < len(self.sentences)
                          else "stop")


SLOW_REPLY = ["Ah, minha neta, eu conheci a Cida na festa junina. ",
              "Foi em Itabira, em 1957. ", "Ela dançava a quadrilha. ",
              "Eu fiquei olhando a noite toda. ", "Depois fomos comer pamonha. ",
              "Que saudade daquela noite. "]


def test_stop_keeps_what_was_shown_marked_and_stores_just_that(api, alice, chat, socket,
                                                               sockets, monkeypatch) -> None:
    monkeypatch.setattr(runtime, "provider", lambda: Slow(SLOW_REPLY, gap=0.4))
    saying = threading.Thread(target=socket.say, args=(chat["cid"], "Vô, como você conheceu "
                                                       "a vó?", "client-0001"))
    saying.start()
    sockets.wait_for(socket.id, "delta")
    stopper = Socket(api.client, sockets)
    stopper.id = socket.id  # the same connection: API Gateway invokes a second handler
    stopper.send({"action": "stop", "conversation_id": chat["cid"],
                  "client_message_id": "client-0001"})
    saying.join(20)
    done = sockets.wait_for(socket.id, "done")
    reply = done["message"]
    assert reply["finish_reason"] == "stopped" and reply["text"].endswith("…")
    assert joined(socket.frames) == reply["text"]
    assert "pamonha" not in reply["text"] and "Cida" in reply["text"]
    assert stored_reply(api, alice, chat["cid"])["text"] == reply["text"]


def test_a_client_that_went_away_still_gets_its_reply_stored(api, alice, chat, socket, sockets,
                                                             monkeypatch) -> None:
    monkeypatch.setattr(runtime, "provider", lambda: Slow(SLOW_REPLY[:2], gap=0.05))
    sockets.gone.add(socket.id)
    socket.say(chat["cid"], "Vô, como você conheceu a vó?", "client-0001")
    r = api.call("POST", f"/api/conversations/{chat['cid']}/messages", alice,
                 {"text": "Vô, como você conheceu a vó?", "client_message_id": "client-0001"})
    assert r.status_code == 200 and "Itabira" in r.json_body["reply"]["text"]
