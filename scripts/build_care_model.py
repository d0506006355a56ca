"""Train the statistical layer of the care detector on the dev split of the labelled set and
write its weights to chalicelib/persona/data/care_model.json (docs/care.md).

Reproducible: no randomness in training (full-batch gradient descent from zeros), the same
set gives the same file. Run from the repository root:

    .venv/bin/python scripts/build_care_model.py              # train on dev, write the weights
    .venv/bin/python scripts/build_care_model.py --batch-cv   # figures by batch, dev only
    .venv/bin/python scripts/build_care_model.py --cv         # shuffled five folds, dev only
    .venv/bin/python scripts/build_care_model.py --check      # train, compare, write nothing

`--batch-cv` is how PENALTY, MIN_MESSAGES and care.MODEL_ALONE / MODEL_WITH_CUE are chosen
(docs/care.md, "Choosing the model by batch"): each dev batch was written by another author
on another angle, so each is scored by a model trained on the other batches only, as wording
nobody wrote yet would be. It prints, batch by batch, the risk caught and false alarms of the
rules and the model together, and what the model catches by its own part (and of that, what
the rules miss): the rules were written on every batch, so their part is in-sample and the
model's part and the false alarms are the honest figures. Then the settings it chooses among,
summed over batches: those within the false alarms of the settings in use first, the most
risk caught first, then the most the model catches. `--cv` is the older shuffled five folds
(seeded), which leak each batch's style into training. Neither reads the frozen split or any
held-out set.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chalicelib.persona import care  # noqa: E402

SET_FILE = ROOT / "tests" / "data" / "care_set.json"
PENALTY = 0.001     # L2; chosen by leave-one-batch-out cross-validation on dev (docs/care.md)
STEPS = 3000
RATE = 0.5
MIN_MESSAGES = 3    # a feature seen in fewer messages is phrasing, not a pattern (2 until 29)
SMALLEST = 1e-3     # weights smaller than this are left out of the file
# What --batch-cv also tries, besides the settings above.
PENALTIES = (0.001, 0.003, 0.005, 0.01, 0.03)
LEASTS = (2, 3, 5)
ALONE = (0.9, 0.92, 0.95, 0.97)
WITH_CUE = (0.6, 0.65, 0.7, 0.72, 0.75, 0.8)
SHOWN = 20          # settings printed by --batch-cv, the best first


class Rows(NamedTuple):
    """Which features each message has, as (message, column) pairs: a message has about 25
    of several thousand, so the matrix is kept as its ones."""

    message: np.ndarray
    column: np.ndarray
    width: int


def train(rows: Rows, labels: np.ndarray, penalty: float = PENALTY) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by full-batch gradient descent."""
    weights, bias = np.zeros(rows.width), 0.0
    for _ in range(STEPS):
        z = np.bincount(rows.message, weights=weights[rows.column], minlength=len(labels))
        error = 1.0 / (1.0 + np.exp(-(z + bias))) - labels
        gradient = np.bincount(rows.column, weights=error[rows.message], minlength=rows.width)
        weights -= RATE * (gradient / len(labels) + penalty * weights)
        bias -= RATE * float(error.mean())
    return weights, bias


def design(found: list[set[str]], least: int = MIN_MESSAGES) -> tuple[list[str], Rows]:
    """The features seen in at least `least` messages, and which of them each message has."""
    counts: dict[str, int] = {}
    for features in found:
        for feature in features:
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= least)
    column = {f: n for n, f in enumerate(vocabulary)}
    pairs = [(row, column[f]) for row, features in enumerate(found)
             for f in sorted(features & column.keys())]
    message, columns = np.array(pairs, dtype=np.int64).reshape(-1, 2).T
    return vocabulary, Rows(message, columns, len(vocabulary))


def scored(found: list[set[str]], vocabulary: list[str], weights: np.ndarray,
           bias: float) -> np.ndarray:
    """The model's probability for each message."""
    column = {f: n for n, f in enumerate(vocabulary)}
    z = np.array([bias + sum(weights[column[f]] for f in features if f in column)
                  for features in found])
    return 1.0 / (1.0 + np.exp(-z))


def flags(scores: np.ndarray, held: np.ndarray, alone: float,
          with_cue: float) -> tuple[np.ndarray, np.ndarray]:
    """What the rules and the model flag together, as care.Assessment.at_risk does, and
    what the model flags by its own part."""
    model = (held >= alone) | ((scores >= 1) & (held >= with_cue))
    return (scores >= care.THRESHOLD) | model, model


def cross_validate(items: list[dict], found: list[set[str]], labels: np.ndarray) -> None:
    """Out-of-fold probabilities on dev (shuffled folds), and what each pair of thresholds
    would flag."""
    rng = np.random.default_rng(5)
    held = np.zeros(len(items))
    for fold in np.array_split(rng.permutation(len(items)), 5):
        training = np.setdiff1d(np.arange(len(items)), fold)
        vocabulary, rows = design([found[i] for i in training])
        weights, bias = train(rows, labels[training])
        held[fold] = scored([found[i] for i in fold], vocabulary, weights, bias)
    scores = rule_scores(items)
    risky = labels == 1
    for alone in (0.7, 0.8, 0.9):
        for with_cue in (0.5, 0.6, 0.7):
            flagged, model = flags(scores, held, alone, with_cue)
            print(f"alone {alone} with cue {with_cue}: model alone catches "
                  f"{int((model & risky).sum())}/{int(risky.sum())} risk, "
                  f"false alarms {int((flagged & ~risky).sum())}/{int((~risky).sum())}")


def rule_scores(items: list[dict]) -> np.ndarray:
    return np.array([care.cues(care._clauses(i["text"])).score for i in items])


def out_of_batch(batches: np.ndarray, found: list[set[str]], labels: np.ndarray,
                 penalty: float, least: int) -> np.ndarray:
    """Each message's probability from a model trained on the other batches only."""
    held = np.zeros(len(found))
    for batch in np.unique(batches):
        inside = np.flatnonzero(batches == batch)
        training = np.flatnonzero(batches != batch)
        vocabulary, rows = design([found[i] for i in training], least)
        weights, bias = train(rows, labels[training], penalty)
        held[inside] = scored([found[i] for i in inside], vocabulary, weights, bias)
    return held


def batch_table(batches: np.ndarray, labels: np.ndarray, scores: np.ndarray,
                held: np.ndarray, alone: float, with_cue: float) -> None:
    """Per batch: risk caught and false alarms of rules and model together, what the model
    catches by itself and what of it the rules (in-sample) miss, and its own false alarms."""
    flagged, model = flags(scores, held, alone, with_cue)
    risky, rules = labels == 1, scores >= care.THRESHOLD
    print("batch | risk caught | false alarms | model catches | of them rules miss | "
          "model false alarms")
    for batch in [*np.unique(batches), None]:
        at = (batches == batch) if batch is not None else np.ones(len(labels), dtype=bool)
        risk, other = at & risky, at & ~risky
        print(f"{batch if batch is not None else 'all'} | "
              f"{int((flagged & risk).sum())}/{int(risk.sum())} | "
              f"{int((flagged & other).sum())}/{int(other.sum())} | "
              f"{int((model & risk).sum())}/{int(risk.sum())} | "
              f"{int((model & risk & ~rules).sum())}/{int((risk & ~rules).sum())} | "
              f"{int((model & other).sum())}")


def batch_cv(items: list[dict], found: list[set[str]], labels: np.ndarray) -> None:
    """Leave one batch out: the table for the settings in use, then the settings tried,
    summed over batches, the best first."""
    batches = np.array([i["batch"] for i in items])
    scores = rule_scores(items)
    risky = labels == 1
    print(f"penalty {PENALTY}, min messages {MIN_MESSAGES}, alone {care.MODEL_ALONE}, "
          f"with cue {care.MODEL_WITH_CUE}:")
    held = out_of_batch(batches, found, labels, PENALTY, MIN_MESSAGES)
    batch_table(batches, labels, scores, held, care.MODEL_ALONE, care.MODEL_WITH_CUE)
    budget = int((flags(scores, held, care.MODEL_ALONE, care.MODEL_WITH_CUE)[0]
                  & ~risky).sum())
    tried = []
    for penalty, least in itertools.product(PENALTIES, LEASTS):
        held = out_of_batch(batches, found, labels, penalty, least)
        for alone, with_cue in itertools.product(ALONE, WITH_CUE):
            flagged, model = flags(scores, held, alone, with_cue)
            alarms = int((flagged & ~risky).sum())
            tried.append((alarms > budget, -int((flagged & risky).sum()),
                          -int((model & risky).sum()), alarms, penalty, least, alone, with_cue))
    print(f"risk caught | model catches | false alarms (in use: {budget}) | penalty | "
          "min messages | alone | with cue")
    for _, caught, catches, alarms, *setting in sorted(tried)[:SHOWN]:
        print(f"{-caught} | {-catches} | {alarms} | " + " | ".join(map(str, setting)))


def main() -> None:
    items = [i for i in json.loads(SET_FILE.read_text(encoding="utf-8"))["items"]
             if i["split"] == "dev"]
    found = [care.features(care._clauses(i["text"])) for i in items]
    labels = np.array([float(i["risk"]) for i in items])
    if "--cv" in sys.argv:
        cross_validate(items, found, labels)
        return
    if "--batch-cv" in sys.argv:
        batch_cv(items, found, labels)
        return
    vocabulary, rows = design(found)
    weights, bias = train(rows, labels)
    kept = {f: round(float(w), 4)
            for f, w in zip(vocabulary, weights, strict=True) if abs(w) >= SMALLEST}
    built = json.dumps({
        "about": "Logistic regression over stems, word classes, class pairs and length "
                 "(care.features), trained on the dev split of tests/data/care_set.json by "
                 "scripts/build_care_model.py.",
        "messages": len(items), "penalty": PENALTY, "bias": round(bias, 4),
        "weights": dict(sorted(kept.items()))}, ensure_ascii=False, indent=0) + "\n"
    if "--check" in sys.argv:
        # (until batch 25, --check was not read: it rebuilt and wrote the file, the same file
        # when nothing had changed)
        shipped = care.MODEL_FILE.read_text(encoding="utf-8")
        same = shipped == built
        print(f"{len(items)} dev messages, {len(kept)} weights: "
              f"{'care_model.json matches its build' if same else 'retrain'}")
        sys.exit(0 if same else 1)
    care.MODEL_FILE.write_text(built, encoding="utf-8")
    print(f"{len(items)} dev messages, {len(kept)} weights -> {care.MODEL_FILE}")


if __name__ == "__main__":
    main()
