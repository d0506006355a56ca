"""The owner sees the invitations still open and can cancel one; its link then stops working."""
from __future__ import annotations

import pytest

from tests.browser.conftest import api_call, sign_in, untranslated
from tests.browser.test_states import seed

pytestmark = pytest.mark.browser


def test_owner_cancels_an_open_invitation(site, people) -> None:
    data = seed(site)
    status, invite = api_call(site, "POST", f"/personas/{data['persona']}/invites",
                              data["token"], {"role": "visitor", "max_uses": 3})
    assert status == 201
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    path = f"/p/{data['persona']}/family"
    page.goto(f"{site}/#{path}")
    row = page.locator(f"[data-invite='{invite['id']}']")
    row.wait_for()
    assert "used 0 of 3" in row.inner_text()
    assert untranslated(page) == []
    row.get_by_role("button", name="Cancel the invitation valid until").click()
    page.locator("dialog[open]").get_by_role("button", name="Yes, cancel it").click()
    page.locator("[data-open-invites] >> text=No invitation is open.").wait_for()
    status, _ = api_call(site, "POST", f"/invites/{invite['code']}/accept",
                         api_call(site, "POST", "/auth/local/login",
                                  body={"email": "bia@example.com", "name": "Bia"})[1]["token"])
    assert status == 410

    # Its link now says it was cancelled, not that it was mistyped.
    guest = people("en")
    sign_in(guest, site, "Bia", "bia@example.com", f"#/invite/{invite['code']}")
    guest.locator(".notice", has_text="cancelled it").wait_for()
    assert guest.get_by_role("button", name="Accept the invitation").count() == 0
    assert "Maria Aparecida" not in guest.locator("main").inner_text()  # nothing of the legacy


def test_an_invitation_shows_whose_legacy_it_opens_before_accepting(site, people) -> None:
    data = seed(site)
    status, invite = api_call(site, "POST", f"/personas/{data['persona']}/invites",
                              data["token"], {"role": "editor"})
    assert status == 201
    page = people("en")
    sign_in(page, site, "Bia Souza", "bia@example.com", f"#/invite/{invite['code']}")
    about = page.locator("[data-invite-preview]")
    about.wait_for()
    text = about.inner_text()
    assert "Ana Ferreira invites you to the legacy of Maria Aparecida" in text and "Editor" in text
    page.get_by_role("button", name="Accept the invitation").click()
    page.wait_for_url(f"**/#/p/{data['persona']}/talk")


def test_invite_numbers_out_of_range_are_said_at_the_field_not_changed(site, people) -> None:
    data = seed(site)
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/family")
    uses = page.locator("input[name=max_uses]")
    uses.fill("50")
    page.get_by_role("button", name="Create the invitation link").click()
    error = page.locator(".field", has=uses).locator(".error")
    error.wait_for()
    assert error.inner_text() == "Please write a whole number from 1 to 20."
    assert uses.get_attribute("aria-invalid") == "true"
    assert uses.evaluate("el => el === document.activeElement")
    assert page.locator("#invite-link").count() == 0  # nothing was made
    uses.fill("3")
    page.get_by_role("button", name="Create the invitation link").click()
    page.locator("#invite-link").wait_for()
    assert "Can be used 3 times" in page.locator("[data-invite-result]").inner_text()


def test_an_invite_naming_an_email_lets_that_person_create_an_account(
        browser, monkeypatch, people) -> None:
    # The cloud's default: accounts by invitation only (an operator may always sign up).
    from tests.browser.conftest import running_site
    for name, value in {"FOREVERUS_STAGE": "local", "FOREVERUS_STORE": "sqlite",
                        "FOREVERUS_AUTH": "local", "FOREVERUS_LLM_PROVIDER": "grounded",
                        "FOREVERUS_COGNITO_DOMAIN": "forever-test",
                        "FOREVERUS_SIGNUP": "invite-only",
                        "FOREVERUS_ADMIN_EMAILS": "ana@example.com"}.items():
        monkeypatch.setenv(name, value)
    with running_site() as site:
        data = seed(site)
        page = people("en")
        sign_in(page, site, "Ana Ferreira", "ana@example.com")
        page.goto(f"{site}/#/p/{data['persona']}/family")
        email = page.locator("input[name=email]")
        email.fill("bia@")
        page.get_by_role("button", name="Create the invitation link").click()
        error = page.locator(".field", has=email).locator(".error")
        error.wait_for()
        assert page.locator("#invite-link").count() == 0  # nothing was made
        email.fill("Bia@Example.com")
        page.get_by_role("button", name="Create the invitation link").click()
        page.locator("#invite-link").wait_for()
        assert "bia@example.com" not in page.content().lower()  # the address is shown nowhere

        status, _ = api_call(site, "POST", "/auth/local/login",
                             body={"email": "cris@example.com", "name": "Cris"})
        assert status == 403  # a stranger cannot make an account
        status, login = api_call(site, "POST", "/auth/local/login",
                                 body={"email": "bia@example.com", "name": "Bia"})
        assert status == 200 and login["token"]
