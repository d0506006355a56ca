"""The figures of the issue "The persona speaks", one `name=value` line each:
- reply_p95_s_default: p95 reply time of `make run`'s default provider over the replies set;
- deadline_overrun_s_max: the most any whole turn outlived FOREVERUS_REPLY_DEADLINE_S, with both
  cores kept busy by other processes, for a provider that never answers and ignores being told
  to stop, and for the local model reading a long prompt;
- turn2_first_token_ratio: the local model's first-token time on a conversation's second turn
  over its first (the prompt cache at work), from bench/local_model.py.

`python -m bench.turns`
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from bench import figure_lines  # noqa: E402

DEADLINE_S = 2.0
HOG_SECONDS = 90.0


HELD_OUT = PROJECT / "tests" / "data" / "replies_heldout.json"
HELD_OUT2 = PROJECT / "tests" / "data" / "replies_heldout2.json"  # two more, from session 11
HELD_OUT3 = PROJECT / "tests" / "data" / "replies_heldout3.json"  # two more, from session 32


def reply_figures() -> float:
    """Run the replies set, then the three held-out sets (two people each, nobody has read
    their questions), on the default provider; print their figures; the p95 in seconds."""
    p95 = 0.0
    for extra, rename in (([], ""), (["--set", str(HELD_OUT)], "_heldout"),
                          (["--set", str(HELD_OUT2)], "_heldout2"),
                          (["--set", str(HELD_OUT3)], "_heldout3")):
        for row in figure_lines("bench.replies", *extra):
            if rename:
                row = row.replace("_dev=", f"{rename}=")
            print(row)
            if row.startswith("replies_p95_s_"):
                p95 = max(p95, float(row.split("=", 1)[1]))
    return p95


class NeverAnswers:
    """The worst provider: it never answers and never looks at the cancel event."""

    name = "never"
    model = "never"

    def generate(self, request: Any, on_text: Any = None) -> Any:
        time.sleep(60)
        raise RuntimeError("unreachable in the bench")


def deadline_overrun() -> float:
    """The worst overrun of the reply deadline over whole turns on a busy machine."""
    sys.path.insert(0, str(PROJECT))
    data = tempfile.mkdtemp(prefix="deadline-")
    for name in [n for n in os.environ if n.startswith("FOREVERUS_")]:
        del os.environ[name]
    os.environ.update({"FOREVERUS_DATA_DIR": data, "FOREVERUS_REPLY_DEADLINE_S": str(DEADLINE_S),
                       "FOREVERUS_PROMPT_BUDGET": "6000", "FOREVERUS_DAILY_MESSAGE_CAP": "0"})
    import json
    import logging

    from chalice.test import Client

    import app as app_module
    from chalicelib import ids, runtime
    from chalicelib.llm.local import LocalProvider
    logging.getLogger("foreverus").setLevel(logging.WARNING)
    runtime.reset()
    client = Client(app_module.app, project_dir=data)

    def call(path: str, body: Any, token: str = "") -> Any:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        r = client.http.post(path, headers=headers, body=json.dumps(body))
        assert r.status_code in (200, 201), r.body
        return r.json_body

    token = call("/api/auth/local/login", {"email": "d@example.com", "name": "D"})["token"]
    pid = call("/api/personas", {"name": "Joaquim", "language": "pt-BR",
                                 "biography": "Sapateiro em Caruaru. " * 200,
                                 "consent": {"basis": "family", "statement": "ok",
                                             "attested_by": "D"}}, token)["id"]
    for n in range(12):
        call(f"/api/personas/{pid}/memories",
             {"text": f"Na feira {n} o vô vendia sapatos e contava histórias da feira. " * 8},
             token)
    worst = 0.0
    providers: list[Any] = [NeverAnswers(), LocalProvider(None)]
    from bench.local_model import busy_machine
    with busy_machine(HOG_SECONDS):
        for provider in providers:
            runtime.provider = lambda p=provider: p  # type: ignore[assignment]
            for _ in range(3):
                cid = call(f"/api/personas/{pid}/conversations", {}, token)["id"]
                started = time.monotonic()
                reply = call(f"/api/conversations/{cid}/messages",
                             {"text": "Grandpa, what was the market like?",
                              "client_message_id": ids.new_id()},
                             token)["reply"]
                elapsed = time.monotonic() - started
                worst = max(worst, elapsed - DEADLINE_S)
                print(f"  {provider.name:<8} turn {elapsed:5.2f} s, "
                      f"finish {reply['finish_reason']}")
    return max(0.0, worst)


def main() -> None:
    """Print the three figures."""
    print(f"reply_p95_s_default={reply_figures():.3f}")
    print(f"deadline_overrun_s_max={deadline_overrun():.3f}")
    from bench.local_model import turn2_first_token_ratio
    print(f"turn2_first_token_ratio={turn2_first_token_ratio():.3f}")


if __name__ == "__main__":
    main()
