"""Character cards in the site: the owner downloads a legacy as a PNG card, and someone else
creates a legacy of their own from that file (docs/cards.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib import cards
from tests.browser.conftest import api_call, screenshot, sign_in, unlabelled, untranslated
from tests.browser.test_states import seed

pytestmark = pytest.mark.browser


def test_a_downloaded_card_becomes_someone_elses_legacy(site, people, tmp_path: Path) -> None:
    data = seed(site)
    ana = people("en")
    sign_in(ana, site, "Ana Ferreira", "ana@example.com")
    ana.goto(f"{site}/#/p/{data['persona']}/memories")
    button = ana.get_by_role("button", name="Download card")
    with ana.expect_download() as caught:
        button.click()
    download = caught.value
    assert download.suggested_filename == \
        "Maria Aparecida dos Santos Ferreira de Oliveira.card.png"
    saved = tmp_path / "card.png"
    download.save_as(saved)
    card = cards.parse_json(cards.card_text_of_png(saved.read_bytes()))
    assert card["spec"] == "chara_card_v2"
    assert [e["comment"] for e in card["data"]["character_book"]["entries"]] == \
        ["A máquina Singer", "O casamento"]
    ana.locator(".card-download .notice.ok").wait_for()
    assert untranslated(ana) == []

    # Bia imports the file as a legacy of her own.
    bia = people("en")
    sign_in(bia, site, "Bia Souza", "bia@example.com", "#/new")
    bia.get_by_text("Import a character card").click()
    section = bia.locator("[data-section=import-card]")
    section.get_by_role("button", name="Import the card").click()  # nothing chosen yet
    section.get_by_text("Please choose a card file.").wait_for()
    section.locator("input[type=file]").set_input_files(str(saved))
    section.get_by_label("I am family").check()
    section.get_by_label("Your statement").fill("Sou prima da família e recebi este cartão.")
    section.get_by_label("I confirm that what I wrote above is true.").check()
    assert untranslated(bia) == [] and unlabelled(bia) == []
    section.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(bia, "import-card")
    section.get_by_role("button", name="Import the card").click()
    bia.wait_for_url("**/#/p/*/memories")
    bia.locator(".notice.ok", has_text="was created from the card, with 2 memories").wait_for()
    assert "O casamento" in bia.locator("main").inner_text()
    new_id = bia.url.split("#/p/")[1].split("/")[0]
    assert new_id != data["persona"]
    assert bia.locator(".persona-head .badge", has_text="You keep this legacy").count() == 1
    # Ana has no role on Bia's copy.
    assert api_call(site, "GET", f"/personas/{new_id}", data["token"])[0] == 404


def test_a_file_that_is_not_a_card_is_explained_and_creates_nothing(site, people, console,
                                                                    tmp_path: Path) -> None:
    console.allowed_statuses.add(400)  # the API's answer to the file, on purpose
    page = people("pt-BR")
    sign_in(page, site, "Bia Souza", "bia@example.com", "#/new")
    page.locator("[data-section=import-card] summary").click()
    section = page.locator("[data-section=import-card]")
    blank = tmp_path / "blank.png"
    blank.write_bytes(cards.PNG_SIGNATURE + b"".join(cards.portrait_chunks("x"))
                      + cards._chunk(b"IEND", b""))
    section.locator("input[type=file]").set_input_files(str(blank))
    section.locator("input[value=self]").check()
    section.locator("textarea[name='card-consent.statement']").fill("Este é o meu legado.")
    section.locator("#card-consent-ok").check()
    section.get_by_role("button", name="Importar o cartão").click()
    section.get_by_text("Este arquivo não tem um cartão de personagem").wait_for()
    assert untranslated(page) == []
    token = api_call(site, "POST", "/auth/local/login",
                     body={"email": "bia@example.com", "name": "Bia Souza"})[1]["token"]
    assert api_call(site, "GET", "/personas", token)[1]["items"] == []


def test_a_visitor_is_not_offered_the_card(site, people) -> None:
    data = seed(site)
    status, invite = api_call(site, "POST", f"/personas/{data['persona']}/invites",
                              data["token"], {"role": "visitor"})
    assert status == 201
    page = people("en")
    sign_in(page, site, "Bia Souza", "bia@example.com", f"#/invite/{invite['code']}")
    page.get_by_role("button", name="Accept the invitation").click()
    page.wait_for_url(f"**/#/p/{data['persona']}/talk")
    page.locator(".persona-head").wait_for()
    assert page.get_by_role("button", name="Download card").count() == 0
