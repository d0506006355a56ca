"""Train the statistical layer of the care detector on the dev split of the labelled set and
write its weights to chalicelib/persona/data/care_model.json (docs/care.md).

Reproducible: no randomness in training (full-batch gradient descent from zeros), the same
set gives the same file. Run from the repository root:

    .venv/bin/python scripts/build_care_model.py        # train on dev, write the weights
    .venv/bin/python scripts/build_care_model.py --cv   # out-of-fold figures on dev only

`--cv` is how PENALTY and care.MODEL_ALONE / MODEL_WITH_CUE were chosen: five folds (seeded),
each message scored by a model that never saw it, combined with the rules as care.py does.
The rules were written on dev, so the rule part is optimistic there; the false alarms it
prints are the honest part. The frozen split and any held-out set are never read.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chalicelib.persona import care  # noqa: E402

SET_FILE = ROOT / "tests" / "data" / "care_set.json"
PENALTY = 0.01      # L2; chosen by 5-fold cross-validation on dev (docs/care.md)
STEPS = 3000
RATE = 0.5
MIN_MESSAGES = 2    # a feature seen in one message only is that message, not a pattern
SMALLEST = 1e-3     # weights smaller than this are left out of the file


def train(rows: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by full-batch gradient descent."""
    weights, bias = np.zeros(rows.shape[1]), 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(rows @ weights + bias)))
        error = predicted - labels
        weights -= RATE * (rows.T @ error / len(labels) + PENALTY * weights)
        bias -= RATE * float(error.mean())
    return weights, bias


def design(found: list[set[str]]) -> tuple[list[str], np.ndarray]:
    """The features seen in at least MIN_MESSAGES messages, and each message's row of them."""
    counts: dict[str, int] = {}
    for features in found:
        for feature in features:
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_MESSAGES)
    column = {f: n for n, f in enumerate(vocabulary)}
    rows = np.zeros((len(found), len(vocabulary)))
    for row, features in enumerate(found):
        for feature in features & column.keys():
            rows[row, column[feature]] = 1.0
    return vocabulary, rows


def cross_validate(items: list[dict], found: list[set[str]], labels: np.ndarray) -> None:
    """Out-of-fold probabilities on dev, and what each pair of thresholds would flag."""
    rng = np.random.default_rng(5)
    held = np.zeros(len(items))
    for fold in np.array_split(rng.permutation(len(items)), 5):
        training = np.setdiff1d(np.arange(len(items)), fold)
        vocabulary, rows = design([found[i] for i in training])
        weights, bias = train(rows, labels[training])
        column = {f: n for n, f in enumerate(vocabulary)}
        for i in fold:
            z = bias + sum(weights[column[f]] for f in found[i] if f in column)
            held[i] = 1.0 / (1.0 + np.exp(-z))
    scores = np.array([care.cues(care._clauses(i["text"])).score for i in items])
    risky = labels == 1
    for alone in (0.7, 0.8, 0.9):
        for with_cue in (0.5, 0.6, 0.7):
            flagged = ((scores >= care.THRESHOLD) | (held >= alone)
                       | ((scores >= 1) & (held >= with_cue)))
            model_only = (held >= alone) | ((scores >= 1) & (held >= with_cue))
            print(f"alone {alone} with cue {with_cue}: model alone catches "
                  f"{int((model_only & risky).sum())}/{int(risky.sum())} risk, "
                  f"false alarms {int((flagged & ~risky).sum())}/{int((~risky).sum())}")


def main() -> None:
    items = [i for i in json.loads(SET_FILE.read_text(encoding="utf-8"))["items"]
             if i["split"] == "dev"]
    found = [care.features(care._clauses(i["text"])) for i in items]
    labels = np.array([float(i["risk"]) for i in items])
    if "--cv" in sys.argv:
        cross_validate(items, found, labels)
        return
    vocabulary, rows = design(found)
    weights, bias = train(rows, labels)
    kept = {f: round(float(w), 4)
            for f, w in zip(vocabulary, weights, strict=True) if abs(w) >= SMALLEST}
    care.MODEL_FILE.write_text(json.dumps({
        "about": "Logistic regression over stems, stem bigrams, word classes and class pairs "
                 "(care.features), trained on the dev split of tests/data/care_set.json by "
                 "scripts/build_care_model.py.",
        "messages": len(items), "penalty": PENALTY, "bias": round(bias, 4),
        "weights": dict(sorted(kept.items()))}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8")
    print(f"{len(items)} dev messages, {len(kept)} weights -> {care.MODEL_FILE}")


if __name__ == "__main__":
    main()
