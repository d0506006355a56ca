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
