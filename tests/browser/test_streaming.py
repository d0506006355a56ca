"""Replies streamed on the reply socket, in Chromium against `make run`'s server: the text
shown as it is written, Stop (what was written is kept and marked), a dropped socket that
reconnects and still gets its one reply, and REST when no socket can be opened.

The server runs in this process, so the model is a scripted one that writes a sentence every
few tenths of a second (until the turn tells it to stop)."""
from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from playwright.sync_api import expect

from chalicelib import runtime
from chalicelib.llm.base import Completion, Generation, OnText
from tests.browser.conftest import api_call, untranslated
from tests.browser.test_states import seed, start_talking

pytestmark = pytest.mark.browser

SENTENCES = ["Ah, meu amor, casei com o Antônio numa manhã de chuva, em 1963. ",
             "O bolo era de fubá. ", "Foi uma festa simples. ", "Todo mundo cantou na igreja. ",
             "Eu chorei de alegria. ", "Que saudade daquele dia. "]
QUESTION = "Vó, como foi o casamento?"


class Writer:
    """Writes SENTENCES, one every `gap` seconds, until the turn cancels it."""

    name, model = "writer", "writer-1"

    def __init__(self, gap: float) -> None:
        self.gap = gap
        self.calls = 0
        self.started = threading.Event()

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        self.calls += 1
        self.started.set()
        written = []
        for sentence in SENTENCES:
            if request.cancel is not None and request.cancel.wait(self.gap):
                break
            written.append(sentence)
            if on_text is not None:
                on_text(sentence)
        return Completion(text="".join(written), input_tokens=50, output_tokens=len(written),
                          provider=self.name, model=self.model, latency_ms=1)


@pytest.fixture
def writer(site, monkeypatch) -> Writer:
    model = Writer(gap=0.6)
    monkeypatch.setattr(runtime, "provider", lambda: model)
    return model


def stored_replies(site: str, data: dict) -> list[dict[str, Any]]:
    """Every answered persona reply in the newest conversation (not the greeting)."""
    conversations = api_call(site, "GET", f"/personas/{data['persona']}/conversations",
                             data["token"])[1]["items"]
    newest = max(conversations, key=lambda c: c["created_at"])
    items = api_call(site, "GET", f"/conversations/{newest['id']}", data["token"])[1]
    return [m for m in items["messages"]["items"]
            if m["role"] == "persona" and m.get("type") != "greeting"]


def ask(page) -> None:
    page.locator("#talk-text").fill(QUESTION)
    page.locator("#talk-text").press("Enter")


def test_a_reply_is_shown_as_it_is_written_then_as_stored(site, people, writer) -> None:
    data = seed(site)
    page = people("pt-BR")
    start_talking(page, site, data)
    ask(page)
    live = page.locator("ol.log li.streaming")
    expect(live).to_contain_text("casei com o Antônio")
    # Still being written: no reply drawn yet, the Stop button offered.
    assert page.locator("ol.log li[data-reply]").count() == 0
    assert "Que saudade" not in live.inner_text()
    expect(page.get_by_role("button", name="Parar")).to_be_visible()
    expect(live).to_contain_text("Todo mundo cantou")  # more arrives as it is written
    reply = page.locator("ol.log li[data-reply]")
    expect(reply).to_contain_text("Que saudade daquele dia.", timeout=15_000)
    expect(live).to_have_count(0)
    expect(page.get_by_role("button", name="Parar")).to_be_hidden()
    [stored] = stored_replies(site, data)
    assert reply.locator(".text").inner_text() == stored["text"]
    assert stored["finish_reason"] == "stop" and writer.calls == 2  # the seed's turn, this one
    assert untranslated(page) == []


def test_stop_keeps_what_was_written_and_says_so(site, people, writer) -> None:
    data = seed(site)
    page = people("pt-BR")
    start_talking(page, site, data)
    ask(page)
    expect(page.locator("ol.log li.streaming")).to_contain_text("O bolo era de fubá")
    page.get_by_role("button", name="Parar").click()
    reply = page.locator("ol.log li[data-reply]")
    expect(reply).to_contain_text("Você interrompeu esta resposta")
    [stored] = stored_replies(site, data)
    assert stored["finish_reason"] == "stopped" and stored["text"].endswith("…")
    assert "Que saudade" not in stored["text"] and "casei com o Antônio" in stored["text"]
    assert reply.locator(".text").inner_text() == stored["text"]
    assert untranslated(page) == []
    # The conversation goes on as usual afterwards.
    expect(page.locator("#talk-text")).to_be_enabled()


def test_a_dropped_socket_reconnects_and_gets_its_one_reply(site, people, writer) -> None:
    import app as app_module
    data = seed(site)
    page = people("pt-BR")
    start_talking(page, site, data)
    ask(page)
    expect(page.locator("ol.log li.streaming")).to_contain_text("casei com o Antônio")
    sockets = app_module.app.websocket_api  # the local server's connections
    for connection in list(sockets.open.values()):
        asyncio.run_coroutine_threadsafe(connection.close(), sockets.loop).result(5)
    reply = page.locator("ol.log li[data-reply]")
    expect(reply).to_contain_text("Que saudade daquele dia.", timeout=20_000)
    [stored] = stored_replies(site, data)
    assert reply.locator(".text").inner_text() == stored["text"]
    assert writer.calls == 2  # the seed's, and this one: asked again, no new turn
    assert page.locator("ol.log li.me").count() == 1 and reply.count() == 1


def test_without_a_socket_the_reply_comes_by_rest(site, people, writer, console) -> None:
    import app as app_module
    data = seed(site)
    app_module.app.websocket_api.server.stop()  # the socket's address answers no more
    page = people("pt-BR")
    start_talking(page, site, data)
    ask(page)
    reply = page.locator("ol.log li[data-reply]")
    expect(reply).to_contain_text("Que saudade daquele dia.", timeout=15_000)
    [stored] = stored_replies(site, data)
    assert reply.locator(".text").inner_text() == stored["text"]
    assert page.locator("ol.log li.streaming").count() == 0
    # The browser reports the socket it could not open; nothing else went wrong.
    console.errors[:] = [e for e in console.errors if "WebSocket connection to" not in e]
