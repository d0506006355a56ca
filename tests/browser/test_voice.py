"""The persona's voice in Chromium against `make run`'s server: a reply read aloud with its
disclosure in view, a question spoken into the box (never sent by itself), and, for a browser
with no voice, espeak-ng's audio from the local server in the voice the legacy's editor chose.

Headless Chromium has the speech APIs but no voices and no microphone, so the page is given
stand-ins before it loads (`add_init_script`): they record what our code asks of the browser
(the text, the language, the voice) and answer as a browser would. What they check is our
wiring; the server's side is real."""
from __future__ import annotations

import shutil
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import api_call, screenshot, sign_in, untranslated
from tests.browser.test_states import seed

pytestmark = pytest.mark.browser

# A browser voice that records what it is asked to say; the test ends an utterance by hand.
FAKE_SYNTHESIS = """
window.__spoken = []; window.__utterances = []; window.__cancels = 0;
window.SpeechSynthesisUtterance = class {
  constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
};
const voice = { name: "Voz de teste", lang: "pt-BR", localService: true, voiceURI: "test" };
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  getVoices: () => [voice, { name: "English test", lang: "en-US", localService: true }],
  addEventListener() {}, removeEventListener() {},
  speak(u) {
    window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name });
    window.__utterances.push(u);
  },
  cancel() { window.__cancels += 1; },
} });
"""
# A recogniser that hears one sentence in two results, then stops.
FAKE_RECOGNITION = """
window.__recognitions = [];
window.SpeechRecognition = class {
  start() {
    window.__recognitions.push({ lang: this.lang, interim: this.interimResults });
    const result = (text) => Object.assign([{ transcript: text, confidence: 0.9 }],
                                           { isFinal: true });
    setTimeout(() => {
      const results = [result("Vó, como era"), result(" a festa junina")];
      this.onresult && this.onresult({ resultIndex: 0, results });
      this.onend && this.onend();
    }, 50);
  }
  stop() {} abort() {}
};
"""
NO_BROWSER_SPEECH = """
delete window.SpeechRecognition; delete window.webkitSpeechRecognition;
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: undefined });
"""


def open_conversation(page: Any, site: str, data: dict, signed_in: bool = False) -> Any:
    if not signed_in:
        sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    page.locator("ol.log li[data-reply]").first.wait_for()
    return page.locator("ol.log li[data-reply]").last


def page_value(page: Any, expression: str, until: Any, tries: int = 50) -> Any:
    """A value of the page, read until `until(value)` holds (no in-page waiting: see the CSP
    note in tests/docs/test_code_quality.py)."""
    value = None
    for _ in range(tries):
        value = page.evaluate(expression)
        if until(value):
            return value
        page.wait_for_timeout(100)
    return value


def test_a_reply_is_read_aloud_in_its_language_with_the_disclosure_in_view(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    page.add_init_script(script=FAKE_SYNTHESIS + FAKE_RECOGNITION)
    reply = open_conversation(page, site, data)
    listen = reply.get_by_role("button", name="🔊 Ouvir")
    listen.click()
    stop = reply.get_by_role("button", name="⏹ Parar a leitura")
    expect(stop).to_have_attribute("aria-pressed", "true")
    expect(reply.get_by_text("Lendo em voz alta com uma voz sintética")).to_be_visible()
    disclosure = reply.locator("p.disclosure", has_text="Resposta gerada por IA")
    expect(disclosure).to_be_visible()
    expect(disclosure).to_be_in_viewport()
    spoken = page_value(page, "window.__spoken", lambda v: len(v) == 1)
    status, said = api_call(site, "POST", f"/conversations/{data['conversation']}/messages/"
                            f"{reply.get_attribute('data-reply')}/speech", data["token"])
    assert status == 200 and said["engine"] == "browser"
    assert spoken == [{"text": said["text"], "lang": "pt-BR", "voice": "Voz de teste"}]
    assert said["text"].startswith("Resposta gerada por IA, em voz sintética.")
    screenshot(page, "voice")
    stop.click()
    expect(listen).to_have_attribute("aria-pressed", "false")
    assert page.evaluate("window.__cancels") >= 2  # before speaking, and to stop
    # Read to the end: the button comes back by itself; the greeting has a voice too.
    listen.click()
    expect(stop).to_be_visible()
    page_value(page, "window.__utterances.length", lambda n: n == 2)
    page.evaluate("window.__utterances[1].onend()")
    expect(listen).to_have_attribute("aria-pressed", "false")
    expect(reply.locator(".speaking-note")).to_be_hidden()
    page.locator("ol.log li.msg.them").first.get_by_role("button", name="🔊 Ouvir").click()
    greeting = page_value(page, "window.__spoken", lambda v: len(v) == 3)[2]["text"]
    assert greeting.startswith("Voz sintética, não a voz da pessoa.")
    assert untranslated(page) == []


def test_a_spoken_question_lands_in_the_box_to_be_checked_and_is_not_sent(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    page.add_init_script(script=FAKE_RECOGNITION)
    open_conversation(page, site, data)
    mine = page.locator("ol.log li.msg.me")
    expect(mine).to_have_count(1)
    box = page.get_by_label("Sua mensagem")
    page.get_by_role("button", name="🎤 Falar").click()
    expect(box).to_have_value("Vó, como era a festa junina")
    expect(page.locator(".composer .dictation-note")).to_contain_text("Confira o texto na caixa")
    expect(box).to_be_focused()
    assert page.evaluate("window.__recognitions") == [{"lang": "pt-BR", "interim": True}]
    page.wait_for_timeout(500)  # time for anything that would send it on its own
    expect(mine).to_have_count(1)
    stored = api_call(site, "GET", f"/conversations/{data['conversation']}", data["token"])[1]
    assert len(stored["messages"]["items"]) == 3  # greeting, the seeded question and reply
    box.press("End")
    box.type(" da sua infância?")
    box.press("Enter")
    expect(mine).to_have_count(2)
    expect(mine.last).to_contain_text("Vó, como era a festa junina da sua infância?")
    assert untranslated(page) == []


@pytest.mark.skipif(shutil.which("espeak-ng") is None,
                    reason="espeak-ng is not installed (apt-get install espeak-ng; .ci/run does)")
def test_a_browser_with_no_voice_hears_espeak_in_the_voice_the_editor_chose(site,
                                                                           people) -> None:
    data = seed(site)
    page = people("pt-BR")
    page.add_init_script(script=NO_BROWSER_SPEECH)
    sign_in(page, site, "Ana Ferreira", "ana@example.com", f"#/p/{data['persona']}/edit")
    page.get_by_label("Voz masculina").check()
    expect(page.get_by_text("A voz foi salva.")).to_be_attached()
    persona = api_call(site, "GET", f"/personas/{data['persona']}", data["token"])[1]
    assert persona["voice"] == "masculine"
    reply = open_conversation(page, site, data, signed_in=True)
    expect(page.get_by_role("button", name="🎤 Falar")).to_have_count(0)  # no recognition here
    with page.expect_response(lambda r: r.url.endswith("/speech?audio=required")) as answered:
        reply.get_by_role("button", name="🔊 Ouvir").click()
    said = answered.value.json()
    assert said["engine"] == "espeak" and said["voice_id"] == "pt-br+m3"
    assert said["audio"]["content_type"] == "audio/wav" and said["audio"]["bytes"] > 20_000
    stop = reply.get_by_role("button", name="⏹ Parar a leitura")
    expect(stop).to_have_attribute("aria-pressed", "true")  # decoded and playing
    expect(reply.get_by_text("Lendo em voz alta com uma voz sintética")).to_be_visible()
    stop.click()
    expect(reply.get_by_role("button", name="🔊 Ouvir")).to_have_attribute("aria-pressed",
                                                                          "false")
    assert untranslated(page) == []
