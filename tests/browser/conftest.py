"""Browser tests: the real site and API on a loopback port, driven by Debian's headless Chromium.

Skipped (with the reason) when /usr/bin/chromium is missing; CI installs it in .ci/run.
Never run `playwright install`: the tests use the system browser."""
from __future__ import annotations

import json
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.servers import running_site

PROJECT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT / "docs" / "screenshots"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
# How long a page may take to show what a test waits for, and an assertion to come true: on a
# shared 2-core machine a busy suite has taken more than Playwright's 5 s default for a reply
# to be saved and shown; waiting on what the page shows is never a fixed sleep
WAIT_MS = 15_000
# Read at import: the autouse fixture clears FOREVERUS_* variables before each test.
RETAKE_SCREENSHOTS = os.environ.get("FOREVERUS_SCREENSHOTS") == "1"

sys.path.insert(0, str(PROJECT / "scripts"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the session; each test opens its own contexts (separate people)."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium "
                    "(apt-get install chromium; CI does this in .ci/run)")
    from playwright import sync_api  # in requirements-dev.txt: missing is a failure, not a skip
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def site(browser, monkeypatch) -> Iterator[str]:
    """`make run`'s server (site + API on one origin) for this test only, on its own data.

    The autouse fixture already gave this test a data folder; the persona answers with the
    grounded composer, `make run`'s default. The Cognito domain is the one the sign-in tests
    fake, so that the server's CSP (CloudFront's) lets the page reach it."""
    for name, value in {"FOREVERUS_STAGE": "local", "FOREVERUS_STORE": "sqlite",
                        "FOREVERUS_AUTH": "local", "FOREVERUS_LLM_PROVIDER": "grounded",
                        "FOREVERUS_COGNITO_DOMAIN": "forever-test"}.items():
        monkeypatch.setenv(name, value)
    with running_site() as url:
        yield url


class Console:
    """Console errors and uncaught exceptions of every page opened through `people`."""

    HTTP_ERROR = re.compile(r"Failed to load resource: the server responded with a status of (\d+)")

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.allowed_statuses: set[int] = set()
        self.allow_network_failures = False

    def watch(self, page: Any) -> Any:
        page.on("console", lambda m: m.type == "error" and self._error(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        return page

    def _error(self, text: str) -> None:
        if self.allow_network_failures and "net::ERR_INTERNET_DISCONNECTED" in text:
            return  # the offline test cuts the network on purpose
        match = self.HTTP_ERROR.search(text)
        if match and int(match.group(1)) in self.allowed_statuses:
            return  # an answer the test provoked on purpose (a revoked member's 404, a busy 503)
        self.errors.append(text)


@pytest.fixture
def console() -> Iterator[Console]:
    watcher = Console()
    yield watcher
    assert watcher.errors == [], f"console errors: {watcher.errors}"


@pytest.fixture(autouse=True, scope="session")
def patient_expectations() -> None:
    """Playwright's `expect` waits WAIT_MS for what it asserts, as pages wait for elements."""
    from playwright.sync_api import expect
    expect.set_options(timeout=WAIT_MS)


@pytest.fixture
def people(browser, console) -> Iterator[Any]:
    """open(locale, viewport) → a page in a new browser context: a separate person."""
    contexts: list[Any] = []

    def open_page(locale: str = "pt-BR", viewport: dict | None = None, **options: Any) -> Any:
        context = browser.new_context(locale=locale, viewport=viewport or DESKTOP,
                                      accept_downloads=True, **options)
        context.set_default_timeout(WAIT_MS)
        contexts.append(context)
        return console.watch(context.new_page())

    yield open_page
    for context in contexts:
        context.close()


# -- helpers shared by the tests ----------------------------------------------------------------

def api_call(base: str, method: str, path: str, token: str | None = None,
             body: Any = None) -> tuple[int, Any]:
    """Call the API directly (to set up data quickly)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base}/api{path}", data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            raw = r.read()
            return r.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def sign_in(page: Any, base: str, name: str, email: str, hash_: str = "#/") -> None:
    """Sign in through the site's own form, then wait for the page behind it."""
    page.goto(f"{base}/{hash_}")
    page.locator("input[name=name]").fill(name)
    page.locator("input[name=email]").fill(email)
    page.locator("form button[type=submit]").click()
    page.locator("main > .view:not([data-page=signin]) h1").wait_for()


UNTRANSLATED_JS = """() => {
  const bad = [];
  const visible = (el) => el.checkVisibility ? el.checkVisibility() : !!el.offsetParent;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const el = node.parentElement;
    if (!node.data.trim() || !el || el.closest("script,style,noscript,template") || !visible(el)) continue;
    if (!el.closest("[data-i18n],[translate=no],[data-date]")) bad.push(node.data.trim());
    const keyed = el.closest("[data-i18n]");
    if (keyed && keyed.textContent === keyed.dataset.i18n) bad.push("missing key " + keyed.dataset.i18n);
  }
  for (const el of document.body.querySelectorAll("[aria-label],[placeholder],[title],[alt]")) {
    for (const a of ["aria-label", "placeholder", "title", "alt"]) {
      const v = el.getAttribute(a);
      if (v && !(el.dataset.i18nA || "").includes(a + ":") && !el.closest("[translate=no]")) bad.push(a + "=" + v);
    }
  }
  return bad;
}"""


UNLABELLED_JS = """() => [...document.querySelectorAll("input, textarea, select, button")]
  .filter((el) => el.checkVisibility() && el.type !== "hidden")
  .filter((el) => el.tagName === "BUTTON" ? !(el.textContent.trim() || el.getAttribute("aria-label"))
    : !(el.labels && el.labels.length) && !el.getAttribute("aria-label"))
  .map((el) => el.outerHTML.slice(0, 120))"""


def unlabelled(page: Any) -> list[str]:
    """Visible controls without a label (or, for buttons, without a name)."""
    return page.evaluate(UNLABELLED_JS)


def untranslated(page: Any) -> list[str]:
    """Visible text (and labels) that is neither from the dictionaries nor the family's own words."""
    return page.evaluate(UNTRANSLATED_JS)


def no_horizontal_scroll(page: Any) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def screenshot(page: Any, name: str, full_page: bool = False) -> None:
    """Save docs/screenshots/<name>.png when missing, or always with FOREVERUS_SCREENSHOTS=1
    (so that an ordinary test run leaves the repository's pictures alone)."""
    path = SCREENSHOTS / f"{name}.png"
    if path.exists() and not RETAKE_SCREENSHOTS:
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.screenshot(path=str(path), full_page=full_page, animations="disabled")
