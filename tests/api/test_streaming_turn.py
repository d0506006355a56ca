"""Prefix-stable replies: a model's text is accepted sentence by sentence, released only once
it says what the grounded draft says, and never taken back. The same script of model pieces
through REST and through the socket gives one text: the deltas joined, the stored reply and
REST's reply are equal."""
from __future__ import annotations

import json
import time
from typing import Any

import pytest

from chalicelib import ids, runtime
from chalicelib.llm.base import Completion, Generation, OnText
from tests.api.test_stream_socket import Socket, Sockets, joined, ticket_for
from tests.conftest import Api

import app as app_module

QUESTION = "Vô, como você conheceu a vó?"


class Script:
    """A model that writes the given pieces (and, with `hang`, waits for the deadline)."""

    name, model = "script", "script-1"

    def __init__(self, pieces: list[str], hang: float = 0.0, gap: float = 0.0) -> None:
        self.pieces, self.hang, self.gap = pieces, hang, gap

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        for piece in self.pieces:
            if self.gap:
                time.sleep(self.gap)
            if on_text is not None:
                on_text(piece)
        if self.hang and request.cancel is not None:
            request.cancel.wait(self.hang)
        return Completion(text="".join(self.pieces), input_tokens=10, output_tokens=5,
                          provider=self.name, model=self.model, latency_ms=1)


@pytest.fixture
def legacy(sqlite_api: Api, monkeypatch) -> dict[str, Any]:
    api = sqlite_api
    sockets = Sockets()
    monkeypatch.setattr(app_module.app, "websocket_api", sockets)
    alice = api.login("alice@example.com", "Alice Ferreira")
    persona = api.create_persona(alice, relationship="avô", aliases=[
        {"name": "Cida", "also_called": ["vó", "Vó Cida"]}])
    festa = api.add_memory(alice, persona["id"], title="Como conheci a Cida",
                           text="Conheci a Cida na festa junina de 1957, em Itabira.")["id"]
    api.add_memory(alice, persona["id"], title="Ferrovia", text="Trabalhei na ferrovia até 1970.")
    socket = Socket(api.client, sockets)
    assert socket.connect(ticket_for(api, alice)) == 200
    return {"api": api, "alice": alice, "pid": persona["id"], "festa": festa,
            "socket": socket}


def conversation(legacy: dict[str, Any], language: str = "pt-BR") -> str:
    r = legacy["api"].call("POST", f"/api/personas/{legacy['pid']}/conversations",
                           legacy["alice"], {"visitor_name": "Ana", "language": language})
    return r.json_body["id"]


def both_ways(legacy: dict[str, Any], monkeypatch, script: Script,
              question: str = QUESTION, language: str = "pt-BR"
              ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The reply REST gives, and the frames the socket gives, for the same model script."""
    monkeypatch.setattr(runtime, "provider", lambda: script)
    r = legacy["api"].call("POST", f"/api/conversations/{conversation(legacy, language)}/messages",
                           legacy["alice"], {"text": question, "client_message_id": ids.new_id()})
    assert r.status_code == 201, r.body
    frames = legacy["socket"].say(conversation(legacy, language), question)
    assert frames[-1]["type"] == "done", frames[-1]
    return r.json_body["reply"], frames


SCRIPTS = {
    "kept whole": ["Ah, minha neta, conheci a Cida ", "numa festa junina ", "em Itabira [1]. ",
                   "Foi em 1957."],
    "cut at the first invented fact": [
        "Ah, minha neta, conheci a Cida numa festa junina em Itabira [1]. ",
        "Depois nos casamos em Belo Horizonte, em 1962."],
    "a made-up quotation ends it": [
        "Conheci a Cida na festa junina, em Itabira. ", "Ela disse “quem casa quer casa e ",
        "quem ama cuida”. Foi lindo."],
    "going round stops at the repeat": [
        "Eu conheci a Cida na festa junina, minha neta. Foi em Itabira. ",
        "Eu conheci a Cida na festa junina, minha neta. Foi em Itabira."],
    "never says the draft: the draft": ["Hello, Ana. I'm glad you're here. What is it?"],
    "wrong language from the start": ["Oh my dear, I met her at a party. It was lovely."],
    "labels and markup are not shown": [
        "Resposta: **Ah**, minha neta. <b>Conheci</b> a Cida na festa junina ",
        "em Itabira [1].\n\nNota: fui rápido."],
    "held until it says the draft": ["Ah, minha neta. ", "Que bom te ver aqui. ",
                                     "Conheci a Cida na festa junina em Itabira. ",
                                     "Foi numa noite fria."],
    "nothing written": [],
    "the draft said back": ["“Conheci a Cida na festa junina de 1957, em Itabira.”"],
}


@pytest.mark.parametrize("pieces", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_rest_and_the_socket_give_one_text_and_the_deltas_join_into_it(legacy, monkeypatch,
                                                                       pieces) -> None:
    rest, frames = both_ways(legacy, monkeypatch, Script(pieces))
    streamed = frames[-1]["message"]
    assert joined(frames) == streamed["text"] == rest["text"]
    assert (streamed["finish_reason"], streamed["memories_used"]) == \
        (rest["finish_reason"], rest["memories_used"])
    assert all(f["text"] for f in frames if f["type"] == "delta")  # no empty pieces


def test_a_reply_keeps_its_accepted_sentences_before_an_invented_fact(legacy,
                                                                      monkeypatch) -> None:
    rest, frames = both_ways(legacy, monkeypatch,
                             Script(SCRIPTS["cut at the first invented fact"]))
    assert rest["text"] == "Ah, minha neta, conheci a Cida numa festa junina em Itabira."
    assert rest["finish_reason"] == "stop" and rest["memories_used"] == [legacy["festa"]]
    assert "Belo Horizonte" not in joined(frames)


def test_text_is_held_back_until_it_says_what_the_draft_says(legacy, monkeypatch) -> None:
    rest, frames = both_ways(legacy, monkeypatch,
                             Script(SCRIPTS["held until it says the draft"], gap=0.02))
    deltas = [f["text"] for f in frames if f["type"] == "delta"]
    assert deltas[0].startswith("Ah, minha neta. Que bom te ver aqui. Conheci a Cida")
    assert rest["text"].endswith("Foi numa noite fria.") and rest["finish_reason"] == "stop"


def test_a_model_that_never_says_the_draft_streams_the_draft(legacy, monkeypatch) -> None:
    rest, frames = both_ways(legacy, monkeypatch,
                             Script(SCRIPTS["never says the draft: the draft"]))
    assert rest["finish_reason"] == "fallback" and "1957" in rest["text"]
    assert "Hello" not in joined(frames) and len(frames) > 3  # the draft, a few words a piece


def test_at_the_deadline_what_was_shown_ends_with_an_ellipsis(legacy, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_REPLY_DEADLINE_S", "1.5")
    monkeypatch.setenv("FOREVERUS_STREAM_DEADLINE_S", "1.5")
    runtime.reset()
    script = Script(["Ah, minha neta, conheci a Cida numa festa junina em Itabira. ",
                     "Ela dançava "], hang=30)
    rest, frames = both_ways(legacy, monkeypatch, script)
    streamed = frames[-1]["message"]
    assert rest["text"] == streamed["text"] == joined(frames)
    assert streamed["finish_reason"] == "deadline" and streamed["text"].endswith("…")
    assert streamed["text"].startswith("Ah, minha neta, conheci a Cida numa festa junina")


def test_care_reaches_the_client_as_pieces_too(legacy, monkeypatch) -> None:
    rest, frames = both_ways(legacy, monkeypatch, Script(["Oi, minha neta."]),
                             question="Vô, eu não quero mais viver")
    assert rest["care"] is True and "188" in joined(frames)
    assert joined(frames) == frames[-1]["message"]["text"] == rest["text"]


def test_an_english_reply_streams_as_it_is_accepted(legacy, monkeypatch) -> None:
    script = Script(["Oh, my dear. ", "I met Cida at the festa junina in Itabira [1]. ",
                     "She danced all night."], gap=0.02)
    rest, frames = both_ways(legacy, monkeypatch, script,
                             question="Grandpa, how did you meet grandma?", language="en")
    assert rest["text"] == ("Oh, my dear. I met Cida at the festa junina in Itabira. "
                            "She danced all night.")
    assert joined(frames) == rest["text"] and rest["memories_used"] == [legacy["festa"]]
    assert json.dumps(frames).count('"delta"') >= 2  # sentence by sentence, not all at the end
