"""Importing a WhatsApp chat in the site: upload, progress, the person chosen among the senders,
the proposed memories reviewed (accept, edit, discard) and the style samples kept or deleted."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import api_call, screenshot, sign_in, unlabelled, untranslated
from tests.browser.test_states import seed, visitor_with_a_conversation

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "whatsapp"


def test_an_owner_imports_a_chat_and_reviews_what_it_brought(site, people) -> None:
    data = seed(site)
    pid = data["persona"]
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{pid}/talk")
    page.get_by_role("link", name="Import").click()
    page.wait_for_url(f"**/#/p/{pid}/imports")
    page.locator("[data-imports] >> text=No chat imported yet.").wait_for()

    page.get_by_label("The exported chat (.txt or .zip)").set_input_files(
        FIXTURES / "android_pt_br_24h.zip")
    page.get_by_role("button", name="Import the chat").click()
    page.locator("[data-import-state][data-status=needs_person]").wait_for()
    choice = page.locator("[data-import-state] fieldset")
    assert re.search(r"Vô Toninho\s+\(11 messages\)", choice.inner_text())
    assert "+55 11 98765-4321" in choice.inner_text()
    assert untranslated(page) == [] and unlabelled(page) == []
    page.get_by_role("button", name="This is the person").click()
    page.locator("[data-import-state] .notice", has_text="Choose one of the senders.").wait_for()
    page.get_by_label("Vô Toninho").check()
    page.get_by_role("button", name="This is the person").click()
    done = page.locator("[data-import-state][data-status=done]")
    done.wait_for()
    assert "memories proposed for your review" in done.inner_text()
    proposals = page.locator("[data-proposals] > li")
    proposals.nth(1).wait_for()
    assert proposals.count() == 2
    page.locator("[data-imports] .badge", has_text="Imported").wait_for()
    samples = page.locator("[data-samples] > li")
    samples.nth(5).wait_for()
    kept = samples.count()
    assert kept >= 6 and "Cida Silva" not in page.locator("[data-samples]").inner_text()
    assert untranslated(page) == [] and unlabelled(page) == []
    screenshot(page, "imports", full_page=True)

    # Accept the first as it is; edit the second, then discard it.
    first_title = proposals.first.locator("h4").inner_text()
    proposals.first.get_by_role("button", name=re.compile("^Accept the memory")).click()
    proposals.nth(1).wait_for(state="detached")
    last = proposals.first
    last.get_by_role("button", name=re.compile("^Edit the proposed memory")).click()
    last.locator("input[name=title]").fill("A pescaria no Atibaia")
    last.get_by_role("button", name="Save").click()
    last.locator("h4", has_text="A pescaria no Atibaia").wait_for()
    last.get_by_role("button", name=re.compile("^Discard the proposed memory")).click()
    page.locator("dialog[open]").get_by_role("button", name="Discard").click()
    page.locator("text=No memories waiting for review.").wait_for()

    samples.first.get_by_role("button", name=re.compile("^Delete the message")).click()
    expect(page.locator("[data-samples] > li")).to_have_count(kept - 1)

    # The accepted one is a memory now, found by the search the chat uses.
    page.get_by_role("link", name="Memories").click()
    page.locator(".memories .memory h4", has_text=first_title).first.wait_for()
    status, found = api_call(site, "GET", f"/personas/{pid}/memories?q=lambari+Atibaia",
                             data["token"])
    assert status == 200 and [m["title"] for m in found["items"]][:1] == [first_title]


def test_a_file_that_is_not_a_chat_says_so_in_the_readers_language(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/imports")
    page.get_by_label("A conversa exportada (.txt ou .zip)").set_input_files(
        FIXTURES / "not_a_chat.txt")
    page.get_by_role("button", name="Importar a conversa").click()
    state = page.locator("[data-import-state][data-status=failed]")
    state.wait_for()
    assert "não é uma conversa exportada do WhatsApp" in state.inner_text()
    page.locator("[data-imports] .badge", has_text="Não foi possível importar").wait_for()
    assert untranslated(page) == []


def test_a_visitor_has_no_import_page(site, people) -> None:
    data = seed(site)
    visitor_with_a_conversation(site, data)
    page = people("en")
    sign_in(page, site, "Bia", "bia@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk")
    page.locator("nav.tabs").wait_for()
    assert page.locator("nav.tabs").get_by_role("link", name="Import").count() == 0
    page.goto(f"{site}/#/p/{data['persona']}/imports")
    page.locator("[data-state=no-imports]").wait_for()
    assert page.locator("input[type=file]").count() == 0
    assert untranslated(page) == []
