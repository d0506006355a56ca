"""Feedback, regenerate and edit on the talk page, in Chromium against `make run`'s server."""
from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import api_call, screenshot, sign_in, untranslated
from tests.browser.test_states import seed

pytestmark = pytest.mark.browser


def messages(site: str, data: dict) -> list[dict[str, Any]]:
    return api_call(site, "GET", f"/conversations/{data['conversation']}", data["token"]
                    )[1]["messages"]["items"]


def reply_in(site: str, data: dict) -> dict[str, Any]:
    return [m for m in messages(site, data)
            if m["role"] == "persona" and m.get("type") != "greeting"][-1]


def open_conversation(page, site: str, data: dict) -> None:
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    page.locator("ol.log li[data-reply]").first.wait_for()


def test_thumbs_and_a_note_on_a_reply_are_saved_and_taken_back(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    open_conversation(page, site, data)
    reply = page.locator("ol.log li[data-reply]").last
    up = reply.get_by_role("button", name="👍 Parece certa")
    up.click()
    expect(up).to_have_attribute("aria-pressed", "true")
    expect(reply.get_by_label("Deixe uma nota")).to_be_visible()
    assert reply_in(site, data)["feedback"]["rating"] == "up"
    reply.get_by_label("Deixe uma nota").fill("Ela falava assim mesmo.")
    reply.get_by_role("button", name="Salvar nota").click()
    expect(page.get_by_text("Obrigado: sua avaliação foi salva.")).to_be_attached()
    # (the thumb's own "salva" may still be on screen: read what the server stores until the
    # note shows, at most 15 s)
    for _ in range(150):
        if reply_in(site, data)["feedback"].get("note"):
            break
        page.wait_for_timeout(100)
    stored = reply_in(site, data)["feedback"]
    assert stored["rating"] == "up" and stored["note"] == "Ela falava assim mesmo."
    down = reply.get_by_role("button", name="👎 Não está certa")
    down.click()
    expect(down).to_have_attribute("aria-pressed", "true")
    expect(up).to_have_attribute("aria-pressed", "false")
    down.click()  # pressed again: taken back
    expect(down).to_have_attribute("aria-pressed", "false")
    for _ in range(150):  # what the server stores, read until it shows (at most 15 s)
        if "feedback" not in reply_in(site, data):
            break
        page.wait_for_timeout(100)
    assert "feedback" not in reply_in(site, data)
    # After a reload, the page shows what is stored.
    up.click()
    expect(up).to_have_attribute("aria-pressed", "true")
    page.reload()
    reply = page.locator("ol.log li[data-reply]").last
    expect(reply.get_by_role("button", name="👍 Parece certa")).to_have_attribute(
        "aria-pressed", "true")
    assert untranslated(page) == []


def test_regenerate_writes_the_last_reply_again_and_keeps_the_earlier_one(site, people) -> None:
    data = seed(site)
    first = reply_in(site, data)
    page = people("pt-BR")
    open_conversation(page, site, data)
    replies = page.locator("ol.log li[data-reply]")
    # Only the last reply offers it (the greeting is not a reply).
    expect(page.get_by_role("button", name="Gerar de novo")).to_have_count(1)
    page.get_by_role("button", name="Gerar de novo").click()
    expect(page.locator(f'ol.log li[data-reply="{first["id"]}"]')).to_have_count(0)
    new = reply_in(site, data)
    assert new["id"] != first["id"] and new["alternatives"] == [first["id"]]
    drawn = page.locator(f'ol.log li[data-reply="{new["id"]}"]')
    expect(drawn).to_be_visible()
    assert replies.count() == 1
    drawn.get_by_text("Versões anteriores (1)").click()
    expect(drawn.locator(".alternatives")).to_contain_text(first["text"].split("\n")[0][:30])
    # After a reload: the current reply, with its earlier version folded under it.
    page.reload()
    drawn = page.locator(f'ol.log li[data-reply="{new["id"]}"]')
    expect(drawn.locator(".alternatives summary")).to_have_text("Versões anteriores (1)")
    assert page.locator("ol.log li[data-reply]").count() == 1
    assert untranslated(page) == []


def test_editing_my_last_message_answers_it_anew_and_hides_the_old_turn(site, people) -> None:
    data = seed(site)
    before = messages(site, data)
    page = people("pt-BR")
    open_conversation(page, site, data)
    mine = page.locator("ol.log li.msg.me")
    expect(mine).to_have_count(1)
    mine.get_by_role("button", name="Editar").click()
    box = page.get_by_label("Edite sua mensagem")
    expect(box).to_have_value("Vó, como foi o casamento?")
    box.fill("Vó, onde a senhora aprendeu a costurar?")
    page.get_by_role("button", name="Enviar mensagem editada").click()
    expect(mine).to_have_count(1)
    expect(mine).to_contain_text("Vó, onde a senhora aprendeu a costurar?")
    expect(mine).to_contain_text("Editada")
    stored = messages(site, data)
    old_ids = {m["id"] for m in before if m.get("type") != "greeting"}
    assert all(m["status"] == "superseded" for m in stored if m["id"] in old_ids)
    new_reply = [m for m in stored if m["role"] == "persona" and m.get("status") == "answered"][-1]
    expect(page.locator(f'ol.log li[data-reply="{new_reply["id"]}"]')).to_be_visible()
    assert page.locator("ol.log li[data-reply]").count() == 1
    # The conversation goes on, and a reload shows only the current turn.
    page.reload()
    expect(page.locator("ol.log li.msg.me")).to_have_count(1)
    expect(page.locator("ol.log li.msg.me")).to_contain_text("aprendeu a costurar")
    assert untranslated(page) == []


def test_an_offer_after_i_dont_remember_is_taken_with_one_button(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    open_conversation(page, site, data)
    page.locator("#talk-text").fill("Vó, de que cor era o vestido do seu casamento?")
    page.get_by_role("button", name="Enviar", exact=True).click()
    offered = page.locator("ol.log li[data-reply]").last
    expect(offered).to_contain_text("Não me lembro disso")
    expect(offered).to_contain_text("quer que eu conte?")
    offered.scroll_into_view_if_needed()
    screenshot(page, "offer")
    assert reply_in(site, data)["memories_used"] == []
    yes = offered.get_by_role("button", name="Sim, conta")
    yes.click()
    expect(yes).to_have_count(0)  # taken: only the last reply offers
    told = page.locator("ol.log li[data-reply]").last
    expect(told).to_contain_text("Não sei se é bem o que você perguntou")
    expect(told).to_contain_text("bolo era de fubá")
    expect(told.get_by_role("button", name="O casamento")).to_be_visible()  # its chip
    asked = [m for m in messages(site, data) if m["role"] == "visitor"][-1]
    assert asked["text"] == "Sim, conta"
    assert untranslated(page) == []


def test_thats_not_it_under_an_answer_owns_the_miss(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    open_conversation(page, site, data)
    answer = page.locator("ol.log li[data-reply]").last  # the seeded wedding answer
    answer.get_by_role("button", name="Não foi isso que eu perguntei").click()
    sorry = page.locator("ol.log li[data-reply]").nth(1)
    expect(sorry).to_contain_text("Desculpe, Ana, então não me lembro disso.")
    expect(sorry.get_by_role("button", name="Não foi isso que eu perguntei")).to_have_count(0)
    assert [m for m in messages(site, data) if m["role"] == "visitor"][-1]["text"] == \
        "Não foi isso que eu perguntei"
    assert reply_in(site, data)["memories_used"] == []
    assert untranslated(page) == []
