"""The code stays typed and tidy: mypy and ruff over the app and its library."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.mark.slow
def test_mypy_finds_no_type_error() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports",
                           "--no-error-summary", "chalicelib", "app.py"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_ruff_finds_no_error_or_long_line() -> None:
    done = subprocess.run([str(BIN / "ruff"), "check", "--select", "F,E9,B,E501",
                           "--line-length", "100", "--output-format", "concise",
                           "app.py", "chalicelib", "scripts", "bench"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-4000:]


def test_browser_tests_never_evaluate_strings_inside_the_page() -> None:
    """The site's CSP is `script-src 'self'`: Playwright's `wait_for_function` runs its predicate
    through the page's own `eval`, which Chromium may refuse (it did in CI once, not here).
    Locator assertions (`expect(...).to_have_count`) wait without evaluating code in the page."""
    offenders = [f"{path.relative_to(PROJECT)}:{number}"
                 for path in sorted((PROJECT / "tests" / "browser").glob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if "wait_for_function(" in line]
    assert offenders == [], offenders
