"""Train the care detector's meaning layer (make run only) and write it to
chalicelib/persona/data/care_meaning.json (docs/care.md, "The meaning layer").

The layer is a logistic regression over the normalised vector the multilingual Universal
Sentence Encoder v3 gives a message (`embeddings.LocalEmbedder`, the model `make run` already
runs to search memories). It adds to the rules and the stem model, never takes away:

    care.at_risk(message) or p >= threshold or (p >= with_cue and (any cue or stem p >= 0.5))

Trained on the dev split of tests/data/care_set.json (label: risk) and, as ordinary text that
is not risk, the memories of tests/data/replies_set.json, their sentences and its questions,
each weighing ORDINARY_WEIGHT of a dev message (the search set is never trained on: it stays
an unseen check of ordinary text). Newton's method from zeros: no randomness, the same data
gives the same file. The frozen split and the held-out sets are never read.

The two thresholds are chosen by leaving one dev batch out at a time (each batch was written
by another author, so a model that never saw it scores it as it would wording nobody wrote
yet): every dev message gets the probability of a model trained on the other batches (and
the ordinary texts); of the pairs in the grid, those whose layer adds at most FALSE_ALARMS of
dev's non-risk messages to what the rules flag are kept, and of them the one whose layer
catches the most dev risk, then the most with no cue at all (the messages the rules are blind
to), then the higher thresholds.

    .venv/bin/python scripts/build_care_meaning.py           # embed, choose, train, write
    .venv/bin/python scripts/build_care_meaning.py --check   # the data's digest only

`--check` embeds nothing: it recomputes the digest of today's training texts and labels and
compares it with the file's "trained_on" (exit 1 and "retrain" when they differ), so a test
can tell cheaply that the set changed since the layer was trained.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chalicelib.persona import care  # noqa: E402
from chalicelib.persona.embeddings import LOCAL_MODEL  # noqa: E402

DATA = ROOT / "tests" / "data"
SET_FILE = DATA / "care_set.json"
REPLIES_FILE = DATA / "replies_set.json"
OUT = care.MEANING_FILE
PENALTY = 3e-5            # L2 on the mean loss (the bias is not penalised); see docs/care.md
ORDINARY_WEIGHT = 0.25    # an ordinary text (memory, sentence, question) against a dev message
FALSE_ALARMS = 0.004      # at most this share of dev's non-risk messages added (rounded: 5 of
#                           1,242), left out by batch
GRID = (0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995)
ITERATIONS = 30
DIGITS = 6                # of each weight in the file


def dev_items() -> list[dict[str, Any]]:
    items = json.loads(SET_FILE.read_text(encoding="utf-8"))["items"]
    return [i for i in items if i["split"] == "dev"]


def ordinary_texts() -> list[str]:
    """The reply set's memories, whole and (when they have more than one) sentence by
    sentence, and its questions: ordinary text a family writes, none of it risk."""
    replies = json.loads(REPLIES_FILE.read_text(encoding="utf-8"))
    memories = [m["text"] for p in replies["personas"] for m in p["memories"]]
    sentences: list[str] = []
    for memory in memories:
        parts = [s.strip() for s in re.split(r"(?<=[.!?…])\s+|\n+", memory) if s.strip()]
        if len(parts) > 1:
            sentences += parts
    questions = [q["text"] for q in replies["questions"]]
    return list(dict.fromkeys(t for t in memories + sentences + questions if t.strip()))


def digest(dev: list[dict[str, Any]], ordinary: list[str]) -> str:
    """sha256 of what the layer is trained on: each dev message's text, label and batch, then
    each ordinary text (label 0), and the settings that shape the file."""
    payload = {"dev": [[i["text"], bool(i["risk"]), i["batch"]] for i in dev],
               "ordinary": ordinary,
               "settings": [PENALTY, ORDINARY_WEIGHT, FALSE_ALARMS, list(GRID)]}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check() -> int:
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    now = digest(dev_items(), ordinary_texts())
    if shipped.get("trained_on") == now:
        print(f"{OUT.name} matches its data ({now[:12]})")
        return 0
    print(f"{OUT.name} was trained on other data: retrain with "
          f"`.venv/bin/python scripts/build_care_meaning.py` ({now[:12]} now, "
          f"{str(shipped.get('trained_on'))[:12]} in the file)")
    return 1


# -------------------------------------------------------------------- training (numpy)

def _np() -> Any:
    import numpy as np  # requirements-dev.txt: the build needs it, the app never does
    return np


def embed(texts: list[str]) -> Any:
    """The texts' vectors as the turn gets them (`LocalEmbedder.embed`: normalised, five
    decimals), one row each."""
    from chalicelib.persona.embeddings import LocalEmbedder
    np = _np()
    embedder = LocalEmbedder()
    rows = []
    for text in texts:
        vector = embedder.embed(text)
        if vector is None:
            raise SystemExit(f"the encoder failed on a text ({len(text)} characters)")
        rows.append(vector)
    return np.array(rows, dtype=np.float64)


def train(X: Any, y: Any, weights: Any) -> tuple[float, Any]:
    """L2 logistic regression by Newton's method from zeros (deterministic). The loss is the
    weighted mean over texts plus PENALTY/2 |w|^2; the bias is not penalised."""
    np = _np()
    n, d = X.shape
    A = np.hstack([np.ones((n, 1)), X])
    share = weights / weights.sum()
    theta = np.zeros(d + 1)
    reg = np.full(d + 1, PENALTY)
    reg[0] = 0.0
    for _ in range(ITERATIONS):
        p = 1 / (1 + np.exp(-np.clip(A @ theta, -30, 30)))
        gradient = A.T @ (share * (p - y)) + reg * theta
        hessian = (A * (share * p * (1 - p))[:, None]).T @ A + np.diag(reg) \
            + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(theta[0]), theta[1:]


def fit(X: Any, y: Any, O: Any) -> tuple[float, Any]:
    """Train on dev rows X, y and the ordinary rows O (label 0, ORDINARY_WEIGHT each)."""
    np = _np()
    weights = np.concatenate([np.ones(len(y)), np.full(len(O), ORDINARY_WEIGHT)])
    return train(np.vstack([X, O]), np.concatenate([y, np.zeros(len(O))]), weights)


def probabilities(bias: float, w: Any, X: Any) -> Any:
    np = _np()
    return 1 / (1 + np.exp(-np.clip(bias + X @ w, -30, 30)))


def left_out(X: Any, y: Any, batches: Any, O: Any) -> Any:
    """Each dev message's probability from a model that never saw its batch."""
    np = _np()
    p = np.zeros(len(y))
    for batch in sorted(set(batches.tolist())):
        held = batches == batch
        bias, w = fit(X[~held], y[~held], O)
        p[held] = probabilities(bias, w, X[held])
    return p


def choose(p: Any, y: Any, rules: Any, cue: Any) -> tuple[float, float, int, int]:
    """(threshold, with_cue, risk caught by the layer, false alarms it adds), left out by
    batch: of the pairs within the false alarms allowed, the one that catches the most risk,
    then the most with no cue at all (where the rules are blind), then the higher."""
    allowed = round(FALSE_ALARMS * int((y == 0).sum()))
    best: tuple[int, int, float, float, int] | None = None
    for alone in GRID:
        for with_cue in (t for t in GRID if t <= alone):
            flags = (p >= alone) | ((p >= with_cue) & cue)
            added = int((flags & ~rules & (y == 0)).sum())
            key = (int((flags & (y == 1)).sum()), int(((p >= alone) & (y == 1)).sum()),
                   alone, with_cue, added)
            if added <= allowed and (best is None or key[:4] > best[:4]):
                best = key
    assert best is not None, "no threshold in the grid is within the false alarms allowed"
    caught, _, alone, with_cue, added = best
    return alone, with_cue, caught, added


def build() -> None:
    np = _np()
    dev = dev_items()
    ordinary = ordinary_texts()
    started = time.time()
    X = embed([i["text"] for i in dev])
    O = embed(ordinary)
    print(f"embedded {len(dev)} dev messages and {len(ordinary)} ordinary texts in "
          f"{time.time() - started:.0f} s")
    y = np.array([float(i["risk"]) for i in dev])
    batches = np.array([i["batch"] for i in dev])
    found = [care.assess(i["text"]) for i in dev]
    rules = np.array([a.at_risk for a in found])
    cue = np.array([a.score >= 1 or a.probability >= care.MEANING_CUE for a in found])
    p = left_out(X, y, batches, O)
    alone, with_cue, caught, added = choose(p, y, rules, cue)
    print(f"left out by batch: threshold {alone}, with a cue {with_cue}; the layer catches "
          f"{caught}/{int(y.sum())} dev risk messages and adds {added}/{int((y == 0).sum())} "
          f"false alarms to the rules'")
    flags = (p >= alone) | ((p >= with_cue) & cue)
    for batch in sorted(set(batches.tolist())):
        here = batches == batch
        risk, other = here & (y == 1), here & (y == 0)
        print(f"  batch {batch}: rules {int(rules[risk].sum())}/{int(risk.sum())}, with the layer "
              f"{int((rules | flags)[risk].sum())}; false alarms {int(rules[other].sum())} -> "
              f"{int((rules | flags)[other].sum())} of {int(other.sum())}")
    bias, w = fit(X, y, O)
    OUT.write_text(json.dumps({
        "about": "The care detector's meaning layer (docs/care.md): logistic regression on the "
                 "normalised multilingual USE v3 vector of a message; flags when p >= threshold, "
                 "or p >= with_cue with any cue or the stem model's p >= 0.5. Built by "
                 "scripts/build_care_meaning.py; trained_on is the sha256 of its data.",
        "model": LOCAL_MODEL, "threshold": alone, "with_cue": with_cue,
        "penalty": PENALTY, "ordinary_weight": ORDINARY_WEIGHT,
        "messages": len(dev), "ordinary": len(ordinary),
        "trained_on": digest(dev, ordinary),
        "bias": round(bias, DIGITS), "weights": [round(float(v), DIGITS) for v in w],
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
