"""Structured log lines: ids, sizes, status and latency, never message text, memories or tokens."""
from __future__ import annotations

import json
import logging
import sys
from typing import Any

logger = logging.getLogger("foreverus")
if not logger.handlers:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def log(event: str, **facts: Any) -> None:
    """One JSON line. Callers pass facts, never free text that a user typed."""
    logger.info(json.dumps({"event": event, **facts}, default=str, separators=(",", ":")))
