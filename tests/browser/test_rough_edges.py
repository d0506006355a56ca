"""Rough edges a family met in the site, each checked as a person sees it: the read-only
conversation page, its headings, sign-in shared by the tabs, a family page that sees a new
member, errors worded from codes, and the local server's headers."""
from __future__ import annotations

import json

from playwright.sync_api import expect

from tests.browser.conftest import api_call, sign_in
from tests.browser.test_states import seed, visitor_with_a_conversation


def test_a_read_only_conversation_says_whose_it_is_and_never_null(site, people, console) -> None:
    data = seed(site)
    bia, talk = visitor_with_a_conversation(site, data)
    assert api_call(site, "POST", f"/conversations/{talk['id']}/messages", bia["token"],
                    {"text": "Vó, e o casamento?", "client_message_id": "bia-00000001"})[0] == 201
    page = people("pt-BR")
    sign_in(page, site, "Bia", "bia@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk/{talk['id']}")
    page.locator("#talk-text").wait_for()
    expect(page.locator(".talk-head h2")).to_have_text("Conversa de Bia")
    expect(page.locator("li.msg.them .who").first).to_contain_text("Maria Aparecida")

    assert api_call(site, "DELETE", f"/personas/{data['persona']}/members/{bia['user']['id']}",
                    data["token"])[0] == 204
    page.goto(f"{site}/#/c/{talk['id']}")
    view = page.locator(f"main > .view[data-path='/c/{talk['id']}']")
    view.locator("h1").wait_for()
    expect(view.locator("h1")).to_have_text("Sua conversa")
    expect(view.locator(".talk-head h2")).to_have_text("Conversa de Bia")
    assert "null" not in view.inner_text() and "undefined" not in view.inner_text()
    # The legacy's name is not given once the role is gone; the replies say what answered.
    expect(view.locator("li.msg.them .who").first).to_have_text("A persona de IA")
    assert "O legado" not in view.inner_text()
    page.get_by_role("button", name="English").click()
    expect(view.locator(".talk-head h2")).to_have_text("Bia's conversation")
    expect(view.locator("li.msg.them .who").first).to_have_text("The AI persona")
    assert "The legacy" not in view.inner_text() and "Conversation as" not in view.inner_text()


def test_signing_in_or_out_in_one_tab_does_it_in_every_tab(site, people) -> None:
    seed(site)
    first = people("pt-BR")
    second = first.context.new_page()
    for page in (first, second):
        page.goto(f"{site}/#/")
        page.locator("main > .view[data-page=signin] h1").wait_for()
    sign_in(first, site, "Ana Ferreira", "ana@example.com")
    # The other tab, left on the sign-in page, is signed in too, without a reload.
    second.locator("main > .view:not([data-page=signin]) h1").wait_for()
    expect(second.locator("#who-name")).to_have_text("Ana Ferreira")
    # A tab opened afterwards starts signed in.
    third = first.context.new_page()
    third.goto(f"{site}/#/account")
    third.locator("main > .view[data-path='/account'] h1").wait_for()
    # Signing out in one signs out all, each saying why.
    second.locator("#signout").click()
    for page in (first, second, third):
        page.locator("main > .view[data-page=signin] h1").wait_for()
        expect(page.locator("#who")).to_be_hidden()
    for page in (first, third):
        expect(page.locator(".notice", has_text="Você saiu em outra aba")).to_be_visible()
    # Another person's sign-in stays theirs: a separate browser is not touched.
    other = people("pt-BR")
    sign_in(other, site, "Bia", "bia@example.com")
    sign_in(first, site, "Ana Ferreira", "ana@example.com")
    expect(other.locator("#who-name")).to_have_text("Bia")


def test_the_family_page_shows_whoever_accepts_an_invite_meanwhile(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/family")
    page.get_by_role("button", name="Criar o link de convite").click()
    link = page.locator("[data-invite-link]").input_value()
    open_invites = page.locator("[data-open-invites] li")
    expect(open_invites).to_have_count(1)
    members = page.locator("ul.members > li")
    expect(members).to_have_count(1)
    # Bia accepts the link elsewhere, on her own phone.
    status, bia = api_call(site, "POST", "/auth/local/login",
                           body={"email": "bia@example.com", "name": "Bia Souza"})
    assert status == 200
    code = link.rsplit("/", 1)[1]
    assert api_call(site, "POST", f"/invites/{code}/accept", bia["token"])[0] == 200
    expect(members).to_have_count(2, timeout=15_000)
    expect(page.locator(f"ul.members > li[data-member='{bia['user']['id']}']")).to_contain_text(
        "Bia Souza")
    expect(page.locator("#live")).to_contain_text("Bia Souza aceitou um convite")
    expect(open_invites).to_have_count(0)  # its one use is spent
    expect(page.locator("[data-open-invites]")).not_to_contain_text("usado 0 de 1")


def test_errors_are_worded_from_their_codes_whatever_the_message_says(site, people,
                                                                      console) -> None:
    data = seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    # A legacy paused while its conversation is open: the real API's refusal.
    page.goto(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    page.locator("#talk-text").wait_for()
    assert api_call(site, "PATCH", f"/personas/{data['persona']}", data["token"],
                    {"status": "paused"})[0] == 200
    console.allowed_statuses.add(409)
    page.locator("#talk-text").fill("Vó?")
    page.locator("#talk-text").press("Enter")
    expect(page.locator(".talk-problem .notice")).to_contain_text("Este legado foi pausado")
    assert api_call(site, "PATCH", f"/personas/{data['persona']}", data["token"],
                    {"status": "active"})[0] == 200

    # The same refusals with other words in Message: the site reads Code, Reason and Limits.
    def answer(status: int, body: dict):
        return lambda route: route.fulfill(status=status, content_type="application/json",
                                           body=json.dumps(body))

    page.reload()
    page.locator("#talk-text").wait_for()
    # By REST (the site's fallback when no reply socket opens), where the answer is routed.
    console.allowed_statuses.add(503)
    page.route("**/api/stream-tickets", answer(503, {"Code": "ServiceUnavailableError",
                                                      "Message": "no socket today"}))
    page.route("**/api/conversations/*/messages", answer(409, {
        "Code": "PersonaNotActiveError", "Message": "words that may change", "Reason": "retired"}))
    page.locator("#talk-text").fill("Vó?")
    page.locator("#talk-text").press("Enter")
    expect(page.locator(".talk-problem .notice")).to_contain_text("Este legado foi encerrado")

    console.allowed_statuses.update({400, 422})
    page.goto(f"{site}/#/p/{data['persona']}/memories")
    page.locator("details.add-memory summary").click()
    form = page.locator("details.add-memory form")
    form.locator("textarea[name=text]").wait_for()
    page.route("**/api/personas/*/memories", answer(400, {
        "Code": "BadRequestError", "Message": "title: zu lang", "Field": "title",
        "Reason": "too_long", "Limits": {"max": 200}}))
    form.locator("input[name=title]").fill("Um título")
    form.locator("textarea[name=text]").fill("Uma lembrança.")
    form.locator("button[type=submit]").click()
    expect(form.locator("[data-field=title]").locator("xpath=..").locator(".error")).to_have_text(
        "Está longo demais: no máximo 200 caracteres.")
    page.unroute("**/api/personas/*/memories")
    page.route("**/api/personas/*/memories", answer(422, {
        "Code": "UnprocessableEntityError", "Message": "voll", "Reason": "memories_full",
        "Limits": {"count": 2000, "chars": 1000000}}))
    form.locator("button[type=submit]").click()
    expect(form.locator(".notice")).to_contain_text("guarda no máximo 2.000 memórias e "
                                                    "1.000.000 caracteres")


def test_a_cancelled_invite_says_so_when_accepted(site, people, console) -> None:
    data = seed(site)
    made = api_call(site, "POST", f"/personas/{data['persona']}/invites", data["token"],
                    {"role": "visitor"})[1]
    page = people("pt-BR")
    sign_in(page, site, "Bia", "bia@example.com", f"#/invite/{made['code']}")
    accept = page.get_by_role("button", name="Aceitar o convite")
    accept.wait_for()
    assert api_call(site, "DELETE", f"/personas/{data['persona']}/invites/{made['id']}",
                    data["token"])[0] == 204
    console.allowed_statuses.add(410)
    accept.click()
    expect(page.locator(".notice[role=alert]")).to_contain_text("Quem fez este convite o cancelou")


def test_the_local_server_sends_cloudfronts_security_headers(site, people) -> None:
    from site_headers import security_headers
    page = people("pt-BR")
    response = page.goto(f"{site}/")
    assert response is not None
    # The browser tests' stage names the Cognito domain their sign-in tests fake (conftest).
    expected = security_headers({"UserPoolDomain": "forever-test", "AWS::Region": "us-east-1"})
    assert "frame-ancestors 'none'" in expected["Content-Security-Policy"]
    # ... and the page may open the local reply socket, on a port of its own.
    stream_url = api_call(site, "GET", "/config")[1]["stream_url"]
    expected["Content-Security-Policy"] = expected["Content-Security-Policy"].replace(
        "connect-src", f"connect-src {stream_url}", 1)
    for name, value in expected.items():
        assert response.headers.get(name.lower()) == value, name
    page.locator("main > .view[data-page=signin] h1").wait_for()  # the CSP lets the site run
