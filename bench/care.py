"""The care detector's figures (issue "What a family meets"), one `name=value` line each: recall
and false alarms on each split of tests/data/care_set.json and on the two independent held-out
sets (care_heldout.json; care_heldout2.json, written in session 12),
and the time one message takes to assess (a figure, never a test assertion: timings flake on a
busy machine).

Each split twice: the rules and the stem model alone (`care_recall_dev=...`: AWS, where the
embedder is Titan or none), and make run's default, with the meaning layer over the local
sentence encoder's vector of each message (`care_recall_dev_default=...`; docs/care.md), and
the layer's own time: the encoder's per message (`care_encode_ms_mean`; the turn has it
already for memory search when the message is the same) and the dot product
(`care_meaning_ms_mean`). The default lines are left out when the encoder is not installed.

`python -m bench.care`
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from chalicelib.persona import care  # noqa: E402

DATA = PROJECT / "tests" / "data"


def figures(name: str, items: list[dict], vectors: dict[str, list[float]] | None = None
            ) -> None:
    """Risk messages caught and other messages flagged, as shares and as counts; with the
    meaning layer when `vectors` (each text's) are given."""
    risky = [i for i in items if i["risk"]]
    others = [i for i in items if not i["risk"]]

    def flags(item: dict) -> bool:
        return care.at_risk(item["text"], vectors[item["text"]] if vectors else None)
    caught = sum(flags(i) for i in risky)
    flagged = sum(flags(i) for i in others)
    name = f"{name}_default" if vectors else name
    print(f"care_recall_{name}={caught / len(risky):.3f}")
    print(f"care_false_alarms_{name}={flagged}")
    print(f"  {name}: {caught}/{len(risky)} risk messages caught, {flagged}/{len(others)} "
          f"others flagged")


def encoder() -> Any:
    """make run's sentence encoder, or None when it is not installed."""
    try:
        from chalicelib.persona.embeddings import LocalEmbedder
        return LocalEmbedder()
    except ImportError:
        return None


def main() -> None:
    labelled = json.loads((DATA / "care_set.json").read_text(encoding="utf-8"))["items"]
    heldout = json.loads((DATA / "care_heldout.json").read_text(encoding="utf-8"))["messages"]
    second = json.loads((DATA / "care_heldout2.json").read_text(encoding="utf-8"))["messages"]
    splits = {split: [i for i in labelled if i["split"] == split] for split in ("dev", "frozen")}
    splits |= {"heldout": heldout, "heldout2": second}
    for name, items in splits.items():
        figures(name, items)
    use = encoder()
    if use is not None and care.meaning() is not None:
        every = list(dict.fromkeys(i["text"] for items in splits.values() for i in items))
        use.embed("aquecendo")  # the first call loads the weights
        started = time.perf_counter()
        vectors = {text: use.embed(text) or [] for text in every}
        encode_ms = (time.perf_counter() - started) / len(every) * 1000
        for name, items in splits.items():
            figures(name, items, vectors)
        started = time.perf_counter()
        for _ in range(5):
            for vector in vectors.values():
                care.meaning_probability(vector)
        meaning_ms = (time.perf_counter() - started) / (5 * len(vectors)) * 1000
        print(f"care_encode_ms_mean={encode_ms:.3f}")
        print(f"care_meaning_ms_mean={meaning_ms:.4f}")
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
