"""Train the search's confidence model (chalicelib/persona/confidence.py) on the dev splits of
the labelled sets and write chalicelib/persona/data/answer_model.json.

A question's example is the best memory the search finds for it, with its four figures; the
label says whether that memory answers it (one of the question's memories). Questions no
memory answers are examples of a best memory that does not. Memories are read without tags,
as most families write them. The threshold is the one at which, on dev, the share of
answerable questions answered from the right memory and the share of unanswerable ones
abstained on are closest to even (the larger of the two smaller figures): a family should
neither meet "I don't remember" about what they wrote nor a memory given as an answer to
a question it does not answer. The frozen halves are read only to print their figures.

Reproducible: full-batch gradient descent from zeros, no randomness.

    .venv/bin/python scripts/build_answer_model.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chalicelib.persona import confidence, retrieval  # noqa: E402

DATA = ROOT / "tests" / "data"
PENALTY = 1.0
STEPS = 3000
RATE = 0.5


def _untagged(memory: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in memory.items() if k != "tags"}


def examples() -> list[tuple[list[float], int, bool, str]]:
    """(figures, the best memory answers, the question has an answer, split) per question."""
    rows = []
    replies = json.loads((DATA / "replies_set.json").read_text(encoding="utf-8"))
    indexes = {}
    for person in replies["personas"]:
        memories = [_untagged({**m, "id": m.get("id") or m["key"]}) for m in person["memories"]]
        indexes[person["key"]] = retrieval.build_index({**person, "id": person["key"]},
                                                       memories)
    asked = [(indexes[q["persona"]], q["text"], {q["memory"]} if q.get("memory") else set(),
              q["split"]) for q in replies["questions"]
             if q["kind"] in ("answerable", "unanswerable")]
    search = json.loads((DATA / "search_set.json").read_text(encoding="utf-8"))
    index = retrieval.build_index({**search["persona"], "id": "search-set"},
                                  [_untagged(m) for m in search["memories"]])
    asked += [(index, q["text"], set(q["relevant"]), q["split"]) for q in search["questions"]
              if q["kind"] != "follow_up"]  # a follow-up is searched with its conversation
    for found_in, text, answering, split in asked:
        best = found_in.best_figures(text)
        if best is None:
            continue  # nothing found: the reply abstains whatever the model says
        memory_id, figures = best
        rows.append((figures, int(memory_id in answering), bool(answering), split))
    return rows


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardised L2-penalised logistic regression."""
    means, scales = x.mean(0), x.std(0) + 1e-9
    z = (x - means) / scales
    weights, bias = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(z @ weights + bias)))
        weights -= RATE * (z.T @ (predicted - y) + PENALTY * weights) / len(y)
        bias -= RATE * float((predicted - y).mean())
    return means, scales, weights, bias


def figures(p: np.ndarray, y: np.ndarray, answerable: np.ndarray,
            cut: float) -> tuple[float, float]:
    """(answered from the right memory, of answerable; abstained, of unanswerable)."""
    answered = float(((p >= cut) & (y == 1))[answerable].mean())
    abstained = float((p < cut)[~answerable].mean())
    return answered, abstained


def main() -> None:
    rows = examples()
    x = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    answerable = np.array([r[2] for r in rows])
    dev = np.array([r[3] == "dev" for r in rows])
    means, scales, weights, bias = train(x[dev], y[dev])
    p = 1.0 / (1.0 + np.exp(-(((x - means) / scales) @ weights + bias)))
    # the rules confidence.py applies before the model
    p[x[:, 3] >= confidence.UNANSWERED_MAX] = 0.0
    cuts = [round(c, 2) for c in np.arange(0.2, 0.81, 0.01)]
    cut = max(cuts, key=lambda c: min(figures(p[dev], y[dev], answerable[dev], c)))
    model = {"features": ["relevance", "log1p(score)", "log(score ratio to next)",
                          "weightiest unanswered share"],
             "means": [round(float(v), 6) for v in means],
             "scales": [round(float(v), 6) for v in scales],
             "weights": [round(float(v), 6) for v in weights],
             "bias": round(bias, 6), "threshold": cut,
             "trained_on": int(dev.sum())}
    confidence.MODEL_FILE.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for name, mask in (("dev", dev), ("frozen", ~dev)):
        right, honest = figures(p[mask], y[mask], answerable[mask], cut)
        print(f"{name}: answered_right={right:.3f} abstained={honest:.3f} "
              f"questions={int(mask.sum())}")
    print(f"threshold={cut} weights={model['weights']}")


if __name__ == "__main__":
    main()
