"""How sure the search is that its best memory answers the question: the grounded reply's
threshold between answering and an honest "I don't remember" (docs/search.md).

Relevance alone (the share of the question's words a memory covers) abstains on a paraphrase
whose top memory is clearly the one ("quem tocou no seu aniversário de oitenta?" against "a
festa de 80 anos... teve forró"), and answers a question about a detail the legacy never held
whose topic it does ("os padrinhos do casamento"). How far the best memory stands above the
next, and how heavy the weightiest word it leaves unanswered is, tell the two apart better.
A small logistic model weighs the four figures; scripts/build_answer_model.py trains it on the
dev splits of the labelled sets (never their frozen halves) and writes its weights here.
"""
from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("data") / "answer_model.json"
# A memory that leaves unanswered the word carrying this share of the question or more does
# not answer it, however far it stands above the rest ("your first dog" against the only
# memory that says "first"): the model never saw so lopsided a case to learn it.
UNANSWERED_MAX = 0.6
# How far above the next memory counts, at most (e^1.5: four and a half times its score). A
# memory alone in matching a question (a young legacy of a few memories) would otherwise
# stand infinitely far above the rest, whatever it says.
LEAD_MAX = 1.5


def features(relevance: float, score: float, next_score: float,
             unanswered: float) -> list[float]:
    """The figures the model weighs, for the best memory of a search: its relevance, its
    score (log), how far it stands above the next memory (log ratio), and the share of the
    question's weight held by the weightiest word it does not answer."""
    lead = math.log((score + 0.1) / (next_score + 0.1))
    return [relevance, math.log1p(score), min(lead, LEAD_MAX), unanswered]


@cache
def _model() -> dict[str, object]:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def confidence(figures: list[float]) -> float:
    """The model's confidence, from 0 to 1, that the memory answers the question: the lexical
    model for the four lexical figures, the hybrid one when a fifth says how close the
    memory's vector stands (both share one threshold: the hybrid model's bias is moved so
    that its own chosen threshold falls on the lexical one's)."""
    if figures[3] >= UNANSWERED_MAX:
        return 0.0
    model = _model()
    if len(figures) > len(model["weights"]):  # type: ignore[arg-type]
        model = model["hybrid"]  # type: ignore[assignment]
    means, scales, weights = model["means"], model["scales"], model["weights"]
    assert isinstance(means, list) and isinstance(scales, list) and isinstance(weights, list)
    z = float(model["bias"]) + sum(  # type: ignore[arg-type]
        w * (x - m) / s for x, m, s, w in zip(figures, means, scales, weights, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def hybrid_model() -> str:
    """The embedding model whose closeness the hybrid model was trained on."""
    hybrid = _model().get("hybrid") or {}
    return str(hybrid.get("embedding_model", "")) if isinstance(hybrid, dict) else ""


def threshold() -> float:
    """The confidence at or above which a reply is based on the memory (chosen on dev)."""
    return float(_model()["threshold"])  # type: ignore[arg-type]


__all__ = ["features", "confidence", "threshold", "hybrid_model", "MODEL_FILE"]
