"""The care detector's figures (issue "What a family meets"), one `name=value` line each: recall
and false alarms on each split of tests/data/care_set.json and on the two independent held-out
sets (care_heldout.json; care_heldout2.json, written in session 12),
and the time one message takes to assess (a figure, never a test assertion: timings flake on a
busy machine).

`python -m bench.care`
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from chalicelib.persona import care  # noqa: E402

DATA = PROJECT / "tests" / "data"


def figures(name: str, items: list[dict]) -> None:
    """Risk messages caught and other messages flagged, as shares and as counts."""
    risky = [i for i in items if i["risk"]]
    others = [i for i in items if not i["risk"]]
    caught = sum(care.at_risk(i["text"]) for i in risky)
    flagged = sum(care.at_risk(i["text"]) for i in others)
    print(f"care_recall_{name}={caught / len(risky):.3f}")
    print(f"care_false_alarms_{name}={flagged}")
    print(f"  {name}: {caught}/{len(risky)} risk messages caught, {flagged}/{len(others)} "
          f"others flagged")


def main() -> None:
    labelled = json.loads((DATA / "care_set.json").read_text(encoding="utf-8"))["items"]
    heldout = json.loads((DATA / "care_heldout.json").read_text(encoding="utf-8"))["messages"]
    for split in ("dev", "frozen"):
        figures(split, [i for i in labelled if i["split"] == split])
    figures("heldout", heldout)
    second = json.loads((DATA / "care_heldout2.json").read_text(encoding="utf-8"))["messages"]
    figures("heldout2", second)
    texts = [i["text"] for i in labelled + heldout]
    for text in texts[:50]:  # warm: the weights file and the compiled patterns
        care.assess(text)
    rounds = []
    for _ in range(5):
        started = time.perf_counter()
        for text in texts:
            care.assess(text)
        rounds.append((time.perf_counter() - started) / len(texts) * 1000)
    print(f"care_assess_ms_mean={statistics.median(rounds):.3f}")


if __name__ == "__main__":
    main()
