"""The operator page with a model machine (docs/model-serving.md), in a real browser: its state,
since when it runs and what running it has cost this month, and a start that failed, said
plainly in both languages. The API's answers for a stage with an EC2 instance are played back
(the local stage has none); tests/ops/test_model_instance.py makes those answers for real."""
from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, sign_in, unlabelled, untranslated

pytestmark = pytest.mark.browser

OPERATOR = "ana@example.com"
RUNNING = {"mode": "auto", "state": "on", "reason": "operator",
           "changed_at": "2026-05-18T09:00:00+00:00", "provider": "openai",
           "instance": "running", "idle_minutes": 30, "budget_usd": 20.0, "month_cost_usd": 0.0,
           "instance_since": "2026-05-20T10:00:00+00:00", "start_minutes": 20,
           "instance_type": "g5.xlarge", "instance_hourly_usd": 1.011,
           "instance_hours_month": 3.0, "instance_cost_usd_month": 3.033}
FAILED = {**RUNNING, "mode": "on", "state": "failed", "instance": "failed_to_start",
          "instance_hours_month": 3.34, "instance_cost_usd_month": 3.3767}


def test_the_machine_its_cost_and_a_failed_start(monkeypatch, request, people) -> None:
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", OPERATOR)
    site = request.getfixturevalue("site")
    page = people("en")
    sign_in(page, site, "Ana Ferreira", OPERATOR)
    shown = {"power": RUNNING}

    def metrics(route) -> None:
        data = route.fetch().json()
        data["availability"] = shown["power"]
        route.fulfill(json=data)

    page.route("**/api/admin/metrics?*", metrics)
    page.route("**/api/admin/power", lambda route: route.fulfill(json=shown["power"]))
    page.goto(f"{site}/#/operator")
    page.locator("main > .view[data-page=operator] h1").wait_for()
    facts = page.locator(".power .op-facts")
    assert page.locator(".power-state").get_attribute("data-state") == "on"
    text = facts.inner_text()
    assert "Model machine (EC2)\nrunning" in text and "Running since" in text
    assert "$3.03: 3 hours running at $1.01 an hour (g5.xlarge)" in text
    page.locator(".power").scroll_into_view_if_needed()
    screenshot(page, "operator-model")

    shown["power"] = FAILED
    page.reload()
    page.locator("main > .view[data-page=operator] h1").wait_for()
    state = page.locator(".power-state")
    assert state.get_attribute("data-state") == "failed"
    assert "failed to start" in state.inner_text() and "20 minutes" in state.inner_text()
    assert "Last tried to start" in facts.inner_text()
    assert "failed to start (stopped)" in facts.inner_text()
    assert untranslated(page) == [] and unlabelled(page) == []
    page.get_by_role("button", name="Português").click()
    assert "não conseguiu ligar" in state.inner_text()
    assert "US$ 3,38: 3,34 horas ligada a US$ 1,01 por hora" in facts.inner_text().replace(
        "\xa0", " ")
    assert untranslated(page) == []
