"""The operator page in a real browser: figures drawn as SVG charts, the power switch, the limits.

An operator (named in FOREVERUS_ADMIN_EMAILS before the server starts) creates a legacy, talks a
little, and finds the Operations link: the figures count the messages, the charts have one column
per day of the chosen period, switching the AI off gives a recorded-words reply, and it goes on
again. Someone who is not an operator sees no link and a "not found" page. The words change with
the language, a 360 px phone needs no sideways scrolling, and the harder states (waking up, off
because the budget is spent, switching on refused with 409) are said plainly."""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    PHONE, api_call, no_horizontal_scroll, screenshot, sign_in, unlabelled, untranslated,
)
from tests.browser.test_journey import create_persona, switch_language, talk
from tests.browser.test_site_text import dictionary

pytestmark = pytest.mark.browser

OPERATOR = "ana@example.com"  # create_persona expects Ana Ferreira as the person attesting


@pytest.fixture
def operator_site(monkeypatch, request) -> str:
    """The site with Ana as its operator: the variable is set before the server reads settings."""
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", OPERATOR)
    return request.getfixturevalue("site")


def token_of(page) -> str:
    return page.evaluate("JSON.parse(sessionStorage.getItem('foreverus.session')).token")


def open_operator_page(page, site: str) -> None:
    page.goto(f"{site}/#/operator")
    page.locator("main > .view[data-page=operator] h1").wait_for()


def send(page, text: str) -> None:
    """One more message in the open conversation; waits for its reply."""
    replies = page.locator("ol.log li[data-reply]")
    before = replies.count()
    page.locator("#talk-text").fill(text)
    page.locator("#talk-text").press("Enter")
    expect(replies).to_have_count(before + 1)


def choose_period(page, days: int) -> None:
    page.locator(f"fieldset.period input[value='{days}'] + label").click()
    for chart in ("latency", "volume"):
        expect(page.locator(f"figure[data-chart={chart}] svg g[data-day]")).to_have_count(days)


def figure_value(page, name: str) -> float:
    return float(page.locator(f".tiles [data-figure={name}]").get_attribute("data-value"))


def test_operator_page(operator_site, people, console) -> None:
    site = operator_site
    pt, en = dictionary("pt-BR"), dictionary("en")
    a = people("pt-BR")
    sign_in(a, site, "Ana Ferreira", OPERATOR)
    operations = a.locator("#nav a[href='#/operator']")
    operations.wait_for()
    assert operations.inner_text() == "Operação"

    # A legacy and a short conversation: three messages.
    create_persona(a)
    talk(a, "Vô, como era a oficina?")
    send(a, "E o que o senhor fazia no sítio?")
    send(a, "Quem tem pressa come cru?")
    conversation = a.url
    sent = 3

    # The figures: the messages are counted; each chart has one column per day of the period.
    operations.click()
    a.locator("main > .view[data-page=operator] h1").wait_for()
    assert a.locator("h1").inner_text() == "Operação"
    assert operations.get_attribute("aria-current") == "page"
    assert figure_value(a, "requests") >= sent
    for chart in ("latency", "volume"):
        expect(a.locator(f"figure[data-chart={chart}] svg g[data-day]")).to_have_count(14)
        figure = a.locator(f"figure[data-chart={chart}]")
        assert figure.locator("figcaption").inner_text().strip()
        assert figure.locator("svg text.axis-title").count() == 2  # both axes are named
        assert figure.locator("table tbody tr").count() == 14
    assert a.locator("figure[data-chart=volume] svg rect.bar.requests").count() >= 1
    assert a.locator("figure[data-chart=latency] svg circle.point").count() >= 2
    assert a.locator("figure[data-chart=month] svg rect.spent").count() == 1
    caption = a.locator("figure[data-chart=volume] figcaption").inner_text()
    assert re.search(rf"\b{int(figure_value(a, 'requests'))} mensagens em 14 dias", caption), caption
    today = a.locator("figure[data-chart=volume] table tbody tr").last
    assert int(today.locator("td").first.text_content()) >= sent  # inside a closed <details>
    assert "200" in a.locator("[data-limits]").inner_text()  # the daily cap per person
    assert "US$\xa020,00" in a.locator("[data-limits]").inner_text()  # the monthly budget
    for days in (7, 30, 14):
        choose_period(a, days)
        assert a.locator("figure[data-chart=latency] table tbody tr").count() == days
    assert untranslated(a) == [] and unlabelled(a) == []

    # The switch: it starts on; off means authentic mode, and the next reply is recorded words.
    state = a.locator(".power-state")
    assert state.get_attribute("data-state") == "on"
    assert a.locator("input[name=power-mode][value=on]").is_checked()
    a.get_by_label("Desligada — modo autêntico").check()
    a.get_by_role("button", name="Aplicar").click()
    a.locator(".power-result .notice", has_text="Desligada — modo autêntico").wait_for()
    assert state.get_attribute("data-state") == "off"
    assert "Modo autêntico" in state.inner_text()
    assert api_call(site, "GET", "/admin/power", token_of(a))[1]["mode"] == "off"
    a.goto(conversation)
    a.locator("ol.log li[data-reply]").first.wait_for()
    send(a, "Vô, conta de novo da oficina?")
    newest = a.locator("ol.log li[data-reply]").last
    assert newest.locator(".badge.recorded").inner_text() == "Palavras registradas"
    open_operator_page(a, site)
    assert figure_value(a, "requests") >= sent + 1
    assert a.locator("input[name=power-mode][value=off]").is_checked()
    a.get_by_label("Ligada", exact=True).check()
    a.get_by_role("button", name="Aplicar").click()
    a.locator(".power-state[data-state=on]").wait_for()
    assert api_call(site, "GET", "/admin/power", token_of(a))[1]["mode"] == "on"

    # Every word changes with the language; the picture for the README is taken in English.
    a.reload()  # a fresh page, without the "done" notice
    a.locator("main > .view[data-page=operator] h1").wait_for()
    switch_language(a, pt, en)
    a.get_by_role("button", name="English").click()
    assert a.locator("h1").inner_text() == "Operations"
    assert "Day (UTC)" in a.locator("figure[data-chart=latency] svg").text_content()
    assert a.locator(".tiles [data-figure=cost] .tile-n").inner_text().startswith("$")
    screenshot(a, "operator", full_page=True)
    a.get_by_role("button", name="Português").click()

    # Someone who is not an operator: no link, and the page does not exist for them.
    b = people("en")
    with b.expect_response(re.compile(r"/api/me$")):
        sign_in(b, site, "Bruno Souza", "bruno@example.com")
    assert b.locator("#nav a[href='#/account']").is_visible()
    assert b.locator("#nav a[href='#/operator']").is_hidden()
    b.goto(f"{site}/#/operator")
    b.locator("main > .view[data-state=not-found] h1").wait_for()
    assert b.locator("h1").inner_text() == "Page not found"
    assert b.locator("#nav a[href='#/operator']").is_hidden()
    assert b.locator("[data-chart], .power").count() == 0
    assert api_call(site, "GET", "/admin/metrics", token_of(b))[0] == 404

    # A phone: 30 days of columns still fit, with nothing to scroll sideways.
    phone = people("pt-BR", PHONE)
    sign_in(phone, site, "Ana Ferreira", OPERATOR)
    open_operator_page(phone, site)
    choose_period(phone, 30)
    assert no_horizontal_scroll(phone)
    phone.locator("figure[data-chart=volume] details summary").click()
    assert no_horizontal_scroll(phone), "a wide table scrolls inside its own box"
    assert untranslated(phone) == [] and unlabelled(phone) == []


def test_operator_page_says_waking_budget_and_refusal_plainly(operator_site, people, console) -> None:
    site = operator_site
    page = people("en")
    sign_in(page, site, "Ana Ferreira", OPERATOR)
    spent = {"mode": "off", "state": "off", "reason": "budget", "changed_at": "2025-03-14T10:00:00+00:00",
             "provider": "openai", "instance": "stopped", "idle_minutes": 30,
             "budget_usd": 20.0, "month_cost_usd": 20.41}
    waking = {**spent, "mode": "on", "state": "waking", "reason": "operator", "instance": "starting",
              "month_cost_usd": 3.5}
    shown = {"power": waking}

    def metrics(route) -> None:
        data = route.fetch().json()
        data["availability"] = shown["power"]
        route.fulfill(json=data)

    def power(route) -> None:
        if route.request.method == "PUT":
            assert json.loads(route.request.post_data) == {"mode": "on"}
            route.fulfill(status=409, json={"Code": "ConflictError", "Message":
                          "this month's cost ($20.41) has reached the budget ($20.00); "
                          "raise the budget or wait for next month"})
        else:
            route.fulfill(json=shown["power"])

    page.route("**/api/admin/metrics?*", metrics)
    page.route("**/api/admin/power", power)
    open_operator_page(page, site)
    state = page.locator(".power-state")
    assert state.get_attribute("data-state") == "waking"
    assert "Waking up" in state.inner_text() and "starting" in state.inner_text()

    shown["power"] = spent
    page.reload()
    page.locator("main > .view[data-page=operator] h1").wait_for()
    assert state.get_attribute("data-state") == "budget"
    assert "Off because the monthly budget is spent" in state.inner_text()
    assert "$20.41" in state.inner_text() and "$20.00" in state.inner_text()
    assert "by the budget cap" in page.locator(".power .op-facts").inner_text()

    console.allowed_statuses.add(409)
    page.get_by_label("On", exact=True).check()
    page.get_by_role("button", name="Apply").click()
    refused = page.locator(".power-result [role=alert]")
    refused.wait_for()
    assert "was not switched on" in refused.inner_text() and "$20.41" in refused.inner_text()
    assert page.locator("input[name=power-mode][value=off]").is_checked(), "the switch shows what is true"
    assert untranslated(page) == [] and unlabelled(page) == []
    page.get_by_role("button", name="Português").click()
    assert "não foi ligada" in refused.inner_text()
    assert "Desligada porque o orçamento do mês acabou" in state.inner_text()
    assert untranslated(page) == []
