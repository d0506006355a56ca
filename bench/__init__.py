"""`make bench`: figures measured in one run (printed, never asserted)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def figure_lines(module: str, *args: str) -> list[str]:
    """The output lines of `python -m <module> <args>`, run in a process of its own from the
    project's folder, with none of this process's FOREVERUS_ settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOREVERUS_")}
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=PROJECT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def pct(values: list[float], p: float) -> float:
    """The p-th percentile of the values (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
