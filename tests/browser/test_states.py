"""The website's harder moments: a phone-sized screen, a busy model, no connection, a paused
legacy, and Cognito's sign-in with PKCE (the Hosted UI stood in for by routed requests)."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from typing import Any, Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    PHONE, api_call, no_horizontal_scroll, screenshot, sign_in, unlabelled, untranslated,
)

pytestmark = pytest.mark.browser


def seed(site: str, email: str = "ana@example.com", name: str = "Ana Ferreira") -> dict:
    """A legacy with memories and one answered conversation, made through the API."""
    status, login = api_call(site, "POST", "/auth/local/login", body={"email": email, "name": name})
    assert status == 200
    token = login["token"]
    status, persona = api_call(site, "POST", "/personas", token, {
        "name": "Maria Aparecida dos Santos Ferreira de Oliveira", "language": "pt-BR",
        "relationship": "minha avó, a Vó Cida", "birth_year": 1941, "death_year": 2021,
        "greeting": "Oi, meu amor! Senta aqui e me conta do seu dia.",
        "consent": {"basis": "family", "statement": "Sou neta dela.", "attested_by": name}})
    assert status == 201, persona
    for text, title in [
        ("Aprendi a costurar com a minha mãe, na máquina Singer que veio de Portugal.", "A máquina Singer"),
        ("Casei com o Antônio em 1963, numa manhã de chuva, e o bolo era de fubá.", "O casamento"),
    ]:
        assert api_call(site, "POST", f"/personas/{persona['id']}/memories", token,
                        {"text": text, "title": title, "tags": ["família"]})[0] == 201
    status, conversation = api_call(site, "POST", f"/personas/{persona['id']}/conversations", token,
                                    {"visitor_name": name, "relationship": "neta"})
    assert status == 201
    assert api_call(site, "POST", f"/conversations/{conversation['id']}/messages", token,
                    {"text": "Vó, como foi o casamento?", "client_message_id": "seed-message-1"})[0] == 201
    return {"token": token, "persona": persona["id"], "conversation": conversation["id"]}


def visitor_with_a_conversation(site: str, data: dict) -> tuple[dict, dict]:
    """Bia, invited to the seeded legacy as a visitor, with a conversation of her own."""
    status, bia = api_call(site, "POST", "/auth/local/login",
                           body={"email": "bia@example.com", "name": "Bia"})
    assert status == 200
    invite = api_call(site, "POST", f"/personas/{data['persona']}/invites", data["token"],
                      {"role": "visitor"})[1]
    assert api_call(site, "POST", f"/invites/{invite['code']}/accept", bia["token"])[0] == 200
    status, talk = api_call(site, "POST", f"/personas/{data['persona']}/conversations",
                            bia["token"], {"visitor_name": "Bia"})
    assert status == 201
    return bia, talk


def test_phone_width_pages_fit_without_sideways_scrolling(site, people) -> None:
    data = seed(site)
    page = people("pt-BR", PHONE)
    page.goto(f"{site}/")
    page.locator("main > .view[data-page=signin] h1").wait_for()
    assert no_horizontal_scroll(page), "sign-in page"
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    p = f"/p/{data['persona']}"
    for path in ["/", "/new", f"{p}/talk", f"{p}/talk/{data['conversation']}", f"{p}/memories",
                 f"{p}/family", f"{p}/edit", "/account"]:
        page.goto(f"{site}/#{path}")
        page.locator(f"main > .view[data-path='{path}'] h1").wait_for()
        if path == f"{p}/talk/{data['conversation']}":
            page.locator("button.chip >> text=O casamento").wait_for()
            screenshot(page, "phone-talk")
        if path == f"{p}/family":
            page.locator("form button[type=submit]").click()
            page.locator("[data-invite-link]").wait_for()
        assert no_horizontal_scroll(page), path
        assert untranslated(page) == [], path
        assert unlabelled(page) == [], path


def start_talking(page, site: str, data: dict) -> None:
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk")
    page.get_by_role("button", name="Começar a conversa").click()
    page.locator("ol.log li.them").first.wait_for()


def test_a_busy_model_keeps_the_message_and_retry_resends_the_same_id(site, people, console) -> None:
    data = seed(site)
    page = people("pt-BR")
    start_talking(page, site, data)
    sent: list[dict] = []

    def busy_once(route) -> None:
        sent.append(json.loads(route.request.post_data))
        if len(sent) == 1:
            route.fulfill(status=503, headers={"Retry-After": "3", "Content-Type": "application/json"},
                          body=json.dumps({"Code": "ServiceUnavailableError", "Message": "the model is busy"}))
        else:
            route.continue_()

    console.allowed_statuses.add(503)
    # By REST (the site's fallback when no reply socket opens), where the answer is routed.
    page.route("**/api/stream-tickets", lambda route: route.fulfill(
        status=503, content_type="application/json",
        body=json.dumps({"Code": "ServiceUnavailableError", "Message": "no socket today"})))
    page.route("**/api/conversations/*/messages", busy_once)
    page.locator("#talk-text").fill("Vó, me conta da máquina Singer?")
    page.get_by_role("button", name="Enviar", exact=True).click()
    problem = page.locator(".talk-problem [role=alert]")
    problem.wait_for()
    assert "cerca de 3 segundos" in problem.inner_text()
    assert "não é preciso digitar de novo" in problem.inner_text()
    assert page.locator("#talk-text").input_value() == "Vó, me conta da máquina Singer?"
    assert untranslated(page) == []
    problem.get_by_role("button", name="Enviar de novo").click()
    page.locator("ol.log li[data-reply]").wait_for()
    assert "Singer" in page.locator("ol.log li[data-reply] .text").inner_text()
    assert len(sent) == 2 and sent[0] == sent[1], "the retry must send the same text and client_message_id"
    assert re.fullmatch(r"[0-9a-f-]{36}", sent[0]["client_message_id"])
    assert page.locator("ol.log li.me").count() == 1
    assert page.locator("#talk-text").input_value() == ""

    # A message that speaks of wanting to die gets care resources, set apart gently.
    page.locator("#talk-text").fill("Vó, às vezes eu queria dormir e não acordar mais.")
    page.locator("#talk-text").press("Enter")
    care = page.locator("ol.log li.care .care-box")
    care.wait_for()
    assert "188" in care.inner_text() and "Há apoio disponível" in care.inner_text()


def test_offline_is_said_plainly_and_nothing_typed_is_lost(site, people, console) -> None:
    data = seed(site)
    page = people("pt-BR")
    start_talking(page, site, data)
    console.allow_network_failures = True
    page.context.set_offline(True)
    page.locator("#offline").wait_for()
    page.locator("#talk-text").fill("Vó, lembra do casamento?")
    page.locator("#talk-text").press("Enter")
    problem = page.locator(".talk-problem [role=alert]")
    problem.wait_for()
    assert "conexão" in problem.inner_text()
    assert page.locator("#talk-text").input_value() == "Vó, lembra do casamento?"
    page.context.set_offline(False)
    page.locator("#offline").wait_for(state="hidden")
    problem.get_by_role("button", name="Enviar de novo").click()
    page.locator("ol.log li[data-reply]").wait_for()
    assert "fubá" in page.locator("ol.log li[data-reply] .text").inner_text()

    # Past conversations: this one is listed with the seeded one; deleting it asks first.
    page.get_by_role("button", name="Apagar esta conversa").click()
    page.locator("dialog[open] button[value=ok]").click()
    page.locator(".notice", has_text="A conversa foi apagada").wait_for()
    assert page.locator("[data-conversation]").count() == 1
    assert page.locator(f"[data-conversation='{data['conversation']}']").count() == 1


def test_a_paused_legacy_closes_conversations_but_keeps_memories(site, people) -> None:
    data = seed(site)
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    # Pause it through the edit flow: any step can be reached and saved when editing.
    page.goto(f"{site}/#/p/{data['persona']}/edit")
    page.locator(".stepper .step").nth(5).click()
    page.locator("input[name=status][value=paused]").check()
    page.get_by_role("button", name="Save changes").click()
    page.locator(".notice", has_text="Your changes are saved").wait_for()
    assert api_call(site, "GET", f"/personas/{data['persona']}", data["token"])[1]["status"] == "paused"
    page.goto(f"{site}/#/p/{data['persona']}/talk")
    page.locator(".notice", has_text="paused").wait_for()
    assert page.locator("input[name=visitor_name]").count() == 0
    page.goto(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    page.locator(".talk-problem .notice", has_text="paused").wait_for()
    assert page.locator("form.composer").is_hidden()
    page.goto(f"{site}/#/p/{data['persona']}/memories")
    page.locator("li.memory").first.wait_for()
    assert page.locator(".persona-head .badge.warn").inner_text() == "Paused"


COGNITO = "https://forever-test.auth.us-east-1.amazoncognito.com"


def test_cognito_sign_in_uses_pkce_checks_state_and_cleans_the_url(site, people) -> None:
    page = people("en")
    calls: dict[str, list] = {"authorize": [], "token": [], "logout": []}
    config = {"stage": "dev", "languages": ["pt-BR", "en"],
              "auth": {"mode": "cognito", "domain": "forever-test", "client_id": "client123",
                       "region": "us-east-1"}}
    page.route("**/api/config", lambda r: r.fulfill(json=config))
    page.route("**/api/me", lambda r: r.fulfill(json={"id": "u1", "name": "Cora", "email": "cora@example.com"}))
    page.route("**/api/personas?*", lambda r: r.fulfill(json={"items": [], "next_cursor": None}))
    page.route("**/api/me/conversations?*",
               lambda r: r.fulfill(json={"items": [], "next_cursor": None}))
    page.route("**/api/me/erasure",
               lambda r: r.fulfill(json={"legacies": [], "shared_with_me": []}))
    page.route("**/api/me/notices*", lambda r: r.fulfill(json={"items": [], "next_cursor": None}))

    def hosted_ui(route) -> None:
        url = urlsplit(route.request.url)
        if url.path == "/oauth2/authorize":
            calls["authorize"].append(parse_qs(url.query))
            route.fulfill(body="<p>Hosted UI</p>", content_type="text/html")
        elif url.path == "/oauth2/token":
            calls["token"].append(parse_qs(route.request.post_data))
            route.fulfill(json={"id_token": "header.payload.signature", "access_token": "a", "token_type": "Bearer"},
                          headers={"Access-Control-Allow-Origin": "*"})
        else:
            calls["logout"].append(parse_qs(url.query))
            route.fulfill(body="<p>Signed out</p>", content_type="text/html")

    page.route(f"{COGNITO}/**", hosted_ui)
    page.goto(f"{site}/#/account")
    page.get_by_role("button", name="Sign in or create an account").click()
    page.wait_for_url(f"{COGNITO}/oauth2/authorize*")
    sent = {k: v[0] for k, v in calls["authorize"][0].items()}
    assert sent["response_type"] == "code" and sent["client_id"] == "client123"
    assert sent["code_challenge_method"] == "S256" and sent["redirect_uri"] == f"{site}/"
    assert len(sent["state"]) >= 16

    # Coming back with a state that is not ours: refused, and no code is exchanged.
    page.goto(f"{site}/?code=stolen&state=not-ours")
    page.locator(".notice", has_text="could not complete the sign-in").wait_for()
    assert calls["token"] == [] and "code=" not in page.url

    # The real round trip: the code is exchanged with the verifier that matches the challenge.
    page.get_by_role("button", name="Sign in or create an account").click()
    page.wait_for_url(f"{COGNITO}/oauth2/authorize*")
    sent = {k: v[0] for k, v in calls["authorize"][-1].items()}
    page.goto(f"{site}/?code=good-code&state={sent['state']}")
    page.locator("main > .view[data-path='/account'] h1").wait_for()
    exchanged = {k: v[0] for k, v in calls["token"][0].items()}
    assert exchanged["grant_type"] == "authorization_code" and exchanged["code"] == "good-code"
    assert exchanged["client_id"] == "client123" and exchanged["redirect_uri"] == f"{site}/"
    digest = hashlib.sha256(exchanged["code_verifier"].encode()).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == sent["code_challenge"]
    assert page.url == f"{site}/#/account", "the code and state must leave the address bar"
    stored = page.evaluate("JSON.parse(sessionStorage.getItem('foreverus.session'))")
    assert stored["token"] == "header.payload.signature" and stored["user"]["name"] == "Cora"
    assert page.evaluate("sessionStorage.getItem('foreverus.pkce')") is None
    assert "header.payload" not in page.evaluate("JSON.stringify(localStorage)")

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{COGNITO}/logout*")
    assert calls["logout"][0]["client_id"] == ["client123"]
    assert calls["logout"][0]["logout_uri"] == [f"{site}/"]


def test_an_expired_sign_in_asks_again_and_comes_back_to_the_same_page(site, people, console) -> None:
    data = seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.evaluate("""() => { const s = JSON.parse(sessionStorage.getItem('foreverus.session'));
        s.token = 'expired.token.value'; sessionStorage.setItem('foreverus.session', JSON.stringify(s)); }""")
    console.allowed_statuses.add(401)
    memories = f"/p/{data['persona']}/memories"
    page.goto(f"{site}/#{memories}")
    page.locator(".notice", has_text="Sua sessão expirou").wait_for()
    sign_in(page, site, "Ana Ferreira", "ana@example.com", f"#{memories}")
    page.locator(f"main > .view[data-path='{memories}'] li.memory").first.wait_for()


def test_keyboard_alone_reaches_actions_and_dialogs_with_a_visible_focus(site, people) -> None:
    data = seed(site)
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/memories")
    page.locator("li.memory").first.wait_for()
    first_delete = page.locator("li.memory button", has_text="Delete").first
    for _ in range(60):  # Tab through the page until the first memory's Delete button
        page.keyboard.press("Tab")
        if first_delete.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the Delete button")
    outline = first_delete.evaluate("el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px"), outline
    page.keyboard.press("Enter")
    dialog = page.locator("dialog[open]")
    dialog.wait_for()
    assert dialog.locator("button[value=cancel]").evaluate("el => el === document.activeElement")
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert first_delete.evaluate("el => el === document.activeElement"), "focus goes back where it was"
    assert page.locator("li.memory").count() == 2


def test_memories_come_in_pages(site, people) -> None:
    data = seed(site)
    for n in range(21):
        assert api_call(site, "POST", f"/personas/{data['persona']}/memories", data["token"],
                        {"text": f"Lembrança número {n}.", "date": f"{1960 + n}"})[0] == 201
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/memories")
    cards = page.locator("ul.memories > li.memory")
    cards.first.wait_for()
    assert cards.count() == 20
    page.get_by_role("button", name="Mostrar mais").click()
    expect(cards).to_have_count(23)
    assert page.get_by_role("button", name="Mostrar mais").is_hidden()


def test_an_export_in_many_pages_downloads_as_one_file(site, people, console, monkeypatch,
                                                        tmp_path) -> None:
    """A large export comes in pages (a Lambda answer stops at 6 MB); the site follows the
    cursors and joins them. Here each page holds a single record."""
    from chalicelib import export
    data = seed(site)
    status, whole = api_call(site, "GET", "/me/export", data["token"])
    assert status == 200 and whole["next_cursor"] is None
    monkeypatch.setattr(export, "PAGE_BYTES", 1)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/account")
    with page.expect_download() as download:
        page.get_by_role("button", name="Baixar (arquivo JSON)").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    joined = json.loads(saved.read_text(encoding="utf-8"))
    assert "next_cursor" not in joined
    for name in export.LISTS:
        assert joined[name] == whole[name], name
    assert sum(len(whole[name]) for name in export.LISTS) >= 6  # so there were many pages
    assert joined["memberships"] == whole["memberships"] and joined["usage"] == whole["usage"]


@pytest.fixture
def cognito_site(browser, monkeypatch) -> Iterator[tuple[str, Any]]:
    """The real app signing people in with Cognito: tokens verified against a JWKS served on
    loopback. Yields the site's URL and a function that signs ID tokens as the pool would."""
    from tests.servers import running_site
    from tests.unit.test_identity import COGNITO_KID, JwksServer, cognito_claims, jwks_of, new_key
    from tests.unit.test_identity import signed as sign
    key = new_key()
    jwks = JwksServer(jwks_of(key))
    for name, value in {"FOREVERUS_STAGE": "local", "FOREVERUS_STORE": "sqlite",
                        "FOREVERUS_AUTH": "cognito", "FOREVERUS_COGNITO_USER_POOL_ID": "us-east-1_TEST",
                        "FOREVERUS_COGNITO_CLIENT_ID": "client123",
                        "FOREVERUS_COGNITO_DOMAIN": "forever-test",
                        "FOREVERUS_COGNITO_JWKS_URL": jwks.url}.items():
        monkeypatch.setenv(name, value)

    def token(**overrides: Any) -> str:
        return sign(cognito_claims(**overrides), key, COGNITO_KID)

    try:
        with running_site() as url:
            yield url, token
    finally:
        jwks.stop()


def test_an_expired_cognito_sign_in_is_renewed_without_leaving_the_page(
        cognito_site, people, console) -> None:
    """An hour after signing in, the ID token has expired: the API answers 401, the site trades
    the refresh token for a new ID token at Cognito and sends the same request again. A refused
    refresh (revoked, or the user deleted) asks the person to sign in again. Sign-out revokes."""
    site, token = cognito_site
    now = int(time.time())
    expired = token(iat=now - 7200, auth_time=now - 7200, exp=now - 3600)
    calls: dict[str, list] = {"authorize": [], "token": [], "revoke": []}
    renewal = {"answer": "ok"}

    def hosted_ui(route) -> None:
        url = urlsplit(route.request.url)
        sent = {k: v[0] for k, v in parse_qs(route.request.post_data or "").items()}
        cors = {"Access-Control-Allow-Origin": "*"}
        if url.path == "/oauth2/token" and sent.get("grant_type") == "authorization_code":
            calls["token"].append(sent)
            route.fulfill(json={"id_token": token(), "refresh_token": "refresh-1",
                                "access_token": "a", "token_type": "Bearer"}, headers=cors)
        elif url.path == "/oauth2/token":
            calls["token"].append(sent)
            if renewal["answer"] == "ok":
                route.fulfill(json={"id_token": token(jti="renewed"), "access_token": "a",
                                    "token_type": "Bearer"}, headers=cors)
            elif renewal["answer"] == "rotated":
                route.fulfill(json={"id_token": token(jti="rotated"), "refresh_token": "refresh-2",
                                    "access_token": "a", "token_type": "Bearer"}, headers=cors)
            elif renewal["answer"] == "down":
                route.fulfill(status=503, json={"error": "unavailable"}, headers=cors)
            else:
                route.fulfill(status=400, json={"error": "invalid_grant"}, headers=cors)
        elif url.path == "/oauth2/revoke":
            calls["revoke"].append(sent)
            route.fulfill(body="", headers=cors)
        else:
            if url.path == "/oauth2/authorize":
                calls["authorize"].append(parse_qs(url.query)["state"][0])
            route.fulfill(body="<p>Hosted UI</p>", content_type="text/html")

    page = people("en")
    page.route(f"{COGNITO}/**", hosted_ui)
    page.goto(f"{site}/#/account")
    page.get_by_role("button", name="Sign in or create an account").click()
    page.wait_for_url(f"{COGNITO}/oauth2/authorize*")
    page.goto(f"{site}/?code=good-code&state={calls['authorize'][-1]}")
    page.locator("main > .view[data-path='/account'] h1").wait_for()
    stored = page.evaluate("JSON.parse(sessionStorage.getItem('foreverus.session'))")
    assert stored["refresh"] == "refresh-1" and stored["user"]["email"] == "ana.souza@example.com"

    # An hour later: the API refuses the old token; the site renews it and the page just loads.
    console.allowed_statuses.add(401)
    page.evaluate("""(t) => { const s = JSON.parse(sessionStorage.getItem('foreverus.session'));
        s.token = t; sessionStorage.setItem('foreverus.session', JSON.stringify(s)); }""", expired)
    page.goto(f"{site}/#/new")
    page.locator("main > .view[data-path='/new'] h1").wait_for()
    page.goto(f"{site}/#/")
    page.locator("main > .view[data-path='/'] h1").wait_for()
    renewals = [c for c in calls["token"] if c["grant_type"] == "refresh_token"]
    assert len(renewals) == 1
    assert renewals[0] == {"grant_type": "refresh_token", "client_id": "client123",
                           "refresh_token": "refresh-1"}
    assert page.locator(".notice", has_text="expired").count() == 0
    stored = page.evaluate("JSON.parse(sessionStorage.getItem('foreverus.session'))")
    assert stored["token"] not in (expired,) and stored["refresh"] == "refresh-1"

    def expire() -> None:
        page.evaluate("""(t) => { const s = JSON.parse(sessionStorage.getItem('foreverus.session'));
            s.token = t; sessionStorage.setItem('foreverus.session', JSON.stringify(s)); }""",
                      expired)

    def renewals_so_far() -> int:
        return len([c for c in calls["token"] if c["grant_type"] == "refresh_token"])

    # Cognito unreachable: a connection problem is said, and the sign-in is kept for later.
    renewal["answer"] = "down"
    console.allowed_statuses.add(503)  # Cognito's own answer
    expire()
    page.goto(f"{site}/#/account")
    page.locator(".notice", has_text="connection").wait_for()
    assert renewals_so_far() == 2
    assert page.evaluate("JSON.parse(sessionStorage.getItem('foreverus.session')).refresh") == "refresh-1"

    # Back again, and rotating refresh tokens: the new one is kept.
    renewal["answer"] = "rotated"
    page.goto(f"{site}/#/")
    page.locator("main > .view[data-path='/'] h1").wait_for()
    assert renewals_so_far() == 3
    assert page.evaluate("JSON.parse(sessionStorage.getItem('foreverus.session')).refresh") == "refresh-2"

    # A refused renewal: the person is asked to sign in again, and nothing loops.
    renewal["answer"] = "refused"
    console.allowed_statuses.add(400)  # Cognito's own answer to the refused refresh token
    expire()
    page.goto(f"{site}/#/account")
    page.locator(".notice", has_text="expired").wait_for()
    assert renewals_so_far() == 4
    assert calls["token"][-1]["refresh_token"] == "refresh-2"
    assert page.evaluate("sessionStorage.getItem('foreverus.session')") is None

    # Signing in again, then out: the refresh token is revoked before the Hosted UI's logout.
    page.get_by_role("button", name="Sign in or create an account").click()
    page.wait_for_url(f"{COGNITO}/oauth2/authorize*")
    page.goto(f"{site}/?code=good-code&state={calls['authorize'][-1]}")
    page.locator("main > .view[data-path='/account'] h1").wait_for()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{COGNITO}/logout*")
    assert calls["revoke"] == [{"token": "refresh-1", "client_id": "client123"}]


def test_a_long_conversation_opens_at_its_end_and_shows_earlier_messages_on_request(
        site, people, console) -> None:
    data = seed(site)  # one answered question after the greeting
    for n in range(59):
        # Every other question is about the wedding (its replies carry the memory's chip);
        # the numbered ones show the order.
        text = "Vó, como foi o casamento?" if n % 2 else f"Pergunta número {n}?"
        assert api_call(site, "POST", f"/conversations/{data['conversation']}/messages",
                        data["token"], {"text": text,
                                        "client_message_id": f"long-{n:04d}"})[0] == 201
    total = 1 + 2 * 60
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    memory_reads: list[str] = []
    page.on("request", lambda r: memory_reads.append(r.url) if "/memories/" in r.url else None)
    page.goto(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    messages = page.locator("ol.log > li")
    expect(messages).to_have_count(50)
    # The chips are named by the replies' own sources: no request per memory.
    expect(page.locator("button.chip", has_text="O casamento").first).to_be_visible()
    assert memory_reads == []
    assert "Pergunta número 58?" in messages.nth(48).inner_text()  # the newest, at the end
    earlier = page.get_by_role("button", name="Mostrar mensagens anteriores")
    earlier.click()
    expect(messages).to_have_count(100)
    expect(earlier).to_be_focused()  # keyboard users can go on paging back
    # Earlier messages sit outside the live log, so a screen reader hears one summary.
    expect(page.locator("ol.log[role=log] > li")).to_have_count(50)
    expect(page.locator("#live")).to_contain_text("50 mensagens anteriores exibidas")
    earlier.click()
    expect(messages).to_have_count(total)
    expect(earlier).to_be_hidden()
    assert "Oi, meu amor!" in messages.first.inner_text()  # the greeting opens it
    assert "Pergunta número 0?" in page.locator("ol.log.older").inner_text()
    texts = [t for t in messages.all_inner_texts() if "Pergunta número" in t]
    numbers = [int(t.split("Pergunta número ")[1].split("?")[0]) for t in texts]
    assert numbers == list(range(0, 59, 2))  # in order, none twice, none missing


def test_the_daily_limit_says_when_talking_opens_again_and_offers_no_useless_retry(
        site, people, console, monkeypatch) -> None:
    from chalicelib import runtime
    data = seed(site)  # one message sent today
    monkeypatch.setenv("FOREVERUS_DAILY_MESSAGE_CAP", "2")
    runtime.reset()
    console.allowed_statuses.add(429)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    replies = page.locator("ol.log li[data-reply]")
    expect(replies).to_have_count(1)
    page.locator("#talk-text").fill("Vó, e o casamento?")
    page.locator("#talk-text").press("Enter")
    expect(replies).to_have_count(2)  # answered: the cap's second message of the day
    page.locator("#talk-text").fill("E a máquina Singer?")
    page.locator("#talk-text").press("Enter")
    notice = page.locator(".talk-problem .notice")
    expect(notice).to_contain_text("Você chegou ao limite de mensagens de hoje")
    expect(notice).to_contain_text("meia-noite UTC")
    assert "ocupado" not in notice.inner_text()
    expect(page.get_by_role("button", name="Enviar de novo")).to_have_count(0)
    expect(page.locator("#talk-text")).to_have_value("E a máquina Singer?")  # kept, unsent


def test_a_revoked_visitor_who_sends_is_told_the_conversation_cannot_go_on(
        site, people, console) -> None:
    data = seed(site)
    bia, talk = visitor_with_a_conversation(site, data)
    console.allowed_statuses.add(404)
    page = people("pt-BR")
    sign_in(page, site, "Bia", "bia@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/talk/{talk['id']}")
    page.locator("#talk-text").wait_for()
    assert api_call(site, "DELETE", f"/personas/{data['persona']}/members/{bia['user']['id']}",
                    data["token"])[0] == 204
    page.locator("#talk-text").fill("Vó, ainda está aí?")
    page.locator("#talk-text").press("Enter")
    notice = page.locator(".talk-problem .notice")
    expect(notice).to_contain_text("Esta conversa não pode continuar")
    expect(notice.locator("blockquote.unsent")).to_have_text("Vó, ainda está aí?")
    expect(page.get_by_role("button", name="Enviar de novo")).to_have_count(0)


def test_erasing_works_whichever_language_the_word_was_typed_in(site, people) -> None:
    seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/account")
    page.locator("#confirm-word").fill("apagar")
    page.get_by_role("button", name="English").click()
    erase = page.get_by_role("button", name="Delete my account and data")
    expect(erase).to_be_enabled()
    erase.click()
    page.locator(".notice", has_text="erased").wait_for()


def test_keyboard_focus_stays_in_the_list_when_an_item_goes(site, people) -> None:
    data = seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/memories")
    cards = page.locator("ul.memories > li.memory")
    expect(cards).to_have_count(2)
    cards.first.get_by_role("button", name="Apagar").focus()
    page.keyboard.press("Enter")
    page.locator("dialog[open] button[value=confirm], dialog[open] button.danger").first.click()
    expect(cards).to_have_count(1)
    focused = page.evaluate("document.activeElement.tagName")
    assert focused != "BODY"
    assert page.evaluate("!!document.activeElement.closest('li.memory')")  # the next card


def test_a_revoked_visitor_finds_their_conversations_in_my_data_to_read_and_delete(
        site, people, console) -> None:
    data = seed(site)
    bia, talk = visitor_with_a_conversation(site, data)
    assert api_call(site, "POST", f"/conversations/{talk['id']}/messages", bia["token"],
                    {"text": "Vó, e o casamento?", "client_message_id": "bia-00000001"})[0] == 201
    assert api_call(site, "DELETE", f"/personas/{data['persona']}/members/{bia['user']['id']}",
                    data["token"])[0] == 204
    page = people("pt-BR")
    sign_in(page, site, "Bia", "bia@example.com")
    # An old link to the conversation lands on its read-only page, not on "no access".
    page.goto(f"{site}/#/p/{data['persona']}/talk/{talk['id']}")
    page.wait_for_url(f"{site}/#/c/{talk['id']}")
    page.goto(f"{site}/#/account")
    item = page.locator(f"[data-conversation='{talk['id']}']")
    expect(item).to_contain_text("Um legado ao qual você não tem mais acesso, como Bia")
    item.get_by_role("link").click()
    page.locator("main > .view[data-path='/c/" + talk["id"] + "'] h1").wait_for()
    expect(page.locator("ol.log[role=log]")).to_contain_text("Vó, e o casamento?")
    expect(page.locator(".talk-problem .notice")).to_contain_text("não tem mais acesso")
    expect(page.locator("#talk-text")).to_be_hidden()
    page.get_by_role("button", name="Apagar esta conversa").click()
    page.locator("dialog[open] button.danger").first.click()
    page.locator("main > .view[data-path='/account'] h1").wait_for()
    expect(page.locator(f"[data-conversation='{talk['id']}']")).to_have_count(0)
    expect(page.locator("section", has_text="Minhas conversas")).to_contain_text(
        "Você ainda não tem conversas")


def test_a_conversation_opened_by_its_own_address_goes_to_its_legacy_while_there_is_a_role(
        site, people, console) -> None:
    data = seed(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/c/{data['conversation']}")
    page.wait_for_url(f"{site}/#/p/{data['persona']}/talk/{data['conversation']}")
    expect(page.locator("#talk-text")).to_be_visible()
    expect(page.locator("button.chip").first).to_be_visible()
    console.allowed_statuses.add(404)
    page.goto(f"{site}/#/c/AAAAAAAAAAAAAAAAAAAAAA")
    page.locator("main > .view[data-state=not-found] h1").wait_for()
