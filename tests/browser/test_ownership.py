"""An owner who erases their account hands the legacy to an editor first; the family is told."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import api_call, sign_in, unlabelled, untranslated
from tests.browser.test_states import seed

pytestmark = pytest.mark.browser
LEGACY = "Maria Aparecida dos Santos Ferreira de Oliveira"


def join(site: str, data: dict, email: str, name: str, role: str) -> dict:
    """Someone signed in through the API and invited to the seeded legacy with `role`."""
    status, person = api_call(site, "POST", "/auth/local/login",
                              body={"email": email, "name": name})
    assert status == 200
    invite = api_call(site, "POST", f"/personas/{data['persona']}/invites", data["token"],
                      {"role": role})[1]
    assert api_call(site, "POST", f"/invites/{invite['code']}/accept", person["token"])[0] == 200
    return person


def test_an_owner_hands_the_legacy_to_an_editor_before_erasing(site, people) -> None:
    data = seed(site)
    bia = join(site, data, "bia@example.com", "Bia Souza", "editor")
    caio = join(site, data, "caio@example.com", "Caio Lima", "visitor")

    ana = people("en")
    sign_in(ana, site, "Ana Ferreira", "ana@example.com")
    ana.goto(f"{site}/#/account")
    question = ana.locator(f"[data-legacy='{data['persona']}']")
    question.wait_for()
    assert f"The legacy of {LEGACY}" in question.inner_text()
    assert "Bia Souza, Caio Lima" in question.inner_text()
    # Caio is a visitor: only Bia can receive it.
    expect(question.get_by_role("radio")).to_have_count(2)
    assert untranslated(ana) == [] and unlabelled(ana) == []

    # Without a choice nothing is erased, and the question says why.
    ana.locator("#confirm-word").fill("DELETE")
    ana.get_by_role("button", name="Delete my account and data").click()
    expect(question.locator(".error")).to_have_text("Choose what happens to this legacy.")
    expect(question.get_by_role("radio").first).to_be_focused()
    assert api_call(site, "GET", "/me", data["token"])[0] == 200

    question.get_by_label("Hand it to Bia Souza, who will keep it").check()
    expect(question.locator(".error")).to_be_hidden()
    ana.get_by_role("button", name="Delete my account and data").click()
    ana.locator(".notice", has_text="erased").wait_for()

    # Bia keeps the legacy now, with its memories, and is told so on her home page.
    page = people("en")
    sign_in(page, site, "Bia Souza", "bia@example.com")
    told = page.locator("[data-notices] li[data-event=ownership_received]")
    expect(told).to_contain_text(
        f"Ana Ferreira closed their account and handed you the legacy of {LEGACY}. "
        "You keep it now.")
    card = page.locator(f".persona-card[data-persona='{data['persona']}']")
    expect(card.locator(".badge").first).to_have_text("You keep this legacy")
    assert untranslated(page) == [] and unlabelled(page) == []
    status, memories = api_call(site, "GET", f"/personas/{data['persona']}/memories", bia["token"])
    assert status == 200 and len(memories["items"]) == 2
    told.get_by_role("button", name=f"Dismiss the news about {LEGACY}").click()
    expect(page.locator("[data-notices]")).to_have_count(0)
    assert api_call(site, "GET", "/me/notices", bia["token"])[1]["items"] == []

    # Caio, a visitor, learns who keeps it now, in his language.
    other = people("pt-BR")
    sign_in(other, site, "Caio Lima", "caio@example.com")
    expect(other.locator("[data-notices] li[data-event=owner_changed]")).to_contain_text(
        f"Ana Ferreira encerrou a conta; agora Bia Souza cuida do legado de {LEGACY}.")
    status, seen = api_call(site, "GET", f"/personas/{data['persona']}", caio["token"])
    assert status == 200 and seen["role"] == "visitor"


def test_the_owner_hands_the_legacy_over_from_the_family_page(site, people) -> None:
    data = seed(site)
    bia = join(site, data, "bia@example.com", "Bia Souza", "editor")
    ana = people("en")
    sign_in(ana, site, "Ana Ferreira", "ana@example.com")
    ana.goto(f"{site}/#/p/{data['persona']}/family")
    member = ana.locator(f"li[data-member='{bia['user']['id']}']")
    dialog = ana.locator("dialog[open]")
    # The family page redraws its list when it looks again for accepted invitations: a click
    # that lands on the list being replaced opens nothing, and the person clicks again.
    for _ in range(3):
        member.get_by_role("button", name="Hand the legacy over to Bia Souza").click()
        try:
            dialog.wait_for(timeout=3000)
            break
        except Exception:  # noqa: BLE001 - Playwright's timeout; the loop tries again
            continue
    expect(dialog).to_contain_text(f"Hand the legacy of {LEGACY} to Bia Souza?")
    dialog.get_by_role("button", name="Yes, hand it over").click()
    expect(ana.locator(".notice")).to_contain_text(f"Bia Souza now keeps the legacy of {LEGACY}.")
    ana.get_by_role("button", name="Leave this legacy").wait_for()  # an editor's family page
    assert untranslated(ana) == []
    assert api_call(site, "GET", f"/personas/{data['persona']}", bia["token"])[1]["role"] == "owner"
