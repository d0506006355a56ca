"""Per-turn figures kept as daily aggregates: atomic counters and latency histogram buckets, so
p50 and p95 can be read back. They ride in the turn's own transaction, so metrics add no store
call to a turn, and one item to it: the month's figures (the budget cap's cost among them) are
the sums of its days (`Store.metrics_for`, `Store.turn_context`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from chalicelib.store import keys
from chalicelib.store.table import Update

# Upper bounds (ms) of the latency buckets; the last bucket is everything above.
NAMESPACE = "ForeverUs"  # the app's CloudWatch namespace (the policy allows only it)
BUCKETS_MS = (100, 200, 400, 800, 1_600, 3_200, 6_400, 12_800, 25_600)
KEEP_DAYS = 400
FAILED_TURN_MS = 30_000  # past API Gateway's 29 s: what a failed turn counts as, for the alarm


@dataclass(frozen=True)
class TurnFigures:
    """What one turn measured."""

    turn_ms: int
    model_ms: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    provider: str = ""
    error: bool = False
    throttled: bool = False


def bucket(ms: float) -> int:
    """The histogram bucket a latency falls in."""
    for i, bound in enumerate(BUCKETS_MS):
        if ms <= bound:
            return i
    return len(BUCKETS_MS)


def day_of(moment: dt.datetime) -> str:
    """YYYY-MM-DD in UTC."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d")


def month_of(moment: dt.datetime) -> str:
    """YYYY-MM in UTC."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m")


def updates_for(figures: TurnFigures, moment: dt.datetime) -> list[Update]:
    """The counter updates for one turn: its day's item."""
    add: dict[str, int | float] = {"turns": 1, f"turn_ms_b{bucket(figures.turn_ms)}": 1}
    if figures.error:
        add["errors"] = 1
    if figures.throttled:
        add["throttles"] = 1
    if not figures.error:
        add.update({"input_tokens": figures.input_tokens,
                    "output_tokens": figures.output_tokens,
                    f"model_ms_b{bucket(figures.model_ms)}": 1,
                    f"provider_{figures.provider}": 1})
        if figures.cost_usd:
            add["cost_usd"] = figures.cost_usd
    expires = int(moment.timestamp()) + KEEP_DAYS * 86_400
    stamp = {"expires_at": expires, "last_turn_at": moment.isoformat()}
    return [Update(*keys.day_metrics(day_of(moment)), add=add, set=stamp, create=True)]


def speech_updates(characters: int, cost_usd: float, moment: dt.datetime) -> list[Update]:
    """The counters one synthesis of a reply read aloud moves (chalicelib/voice/): its
    characters and cost, and the day's `cost_usd`, which the budget cap reads (summed over the
    month), as a turn's model cost does. Not a turn: no turn counter, no `last_turn_at`."""
    add: dict[str, int | float] = {"speech_characters": characters,
                                   "speech_cost_usd": cost_usd, "cost_usd": cost_usd}
    stamp = {"expires_at": int(moment.timestamp()) + KEEP_DAYS * 86_400}
    return [Update(*keys.day_metrics(day_of(moment)), add=add, set=stamp, create=True)]


def feedback_updates(before: dict[str, Any] | None,
                     after: dict[str, Any] | None) -> list[Update]:
    """The daily feedback counters a change of one reply's feedback moves: one less on the day
    the old one was given, one more on today's (one update per day item: a transaction may
    touch an item once)."""
    moves: dict[str, dict[str, int | float]] = {}
    for feedback, step in ((before, -1), (after, 1)):
        if feedback:
            day = str(feedback["given_at"])[:10]
            counter = f"feedback_{feedback['rating']}"
            moves.setdefault(day, {})
            moves[day][counter] = moves[day].get(counter, 0) + step
    return [Update(*keys.day_metrics(day), add=add, create=True)
            for day, add in moves.items() if any(add.values())]


def percentile(counts: Sequence[int], p: float) -> int | None:
    """The bucket bound under which p percent of the counted turns fall (None without turns)."""
    total = sum(counts)
    if total == 0:
        return None
    needed = p / 100 * total
    running = 0
    for i, count in enumerate(counts):
        running += count
        if running >= needed:
            return BUCKETS_MS[i] if i < len(BUCKETS_MS) else BUCKETS_MS[-1] * 2
    return BUCKETS_MS[-1] * 2


def summarise_day(day: str, item: dict[str, Any] | None) -> dict[str, Any]:
    """A day's aggregate as the operator sees it."""
    item = item or {}
    turn_counts = [int(item.get(f"turn_ms_b{i}", 0)) for i in range(len(BUCKETS_MS) + 1)]
    model_counts = [int(item.get(f"model_ms_b{i}", 0)) for i in range(len(BUCKETS_MS) + 1)]
    providers = {k[len("provider_"):]: int(v) for k, v in item.items()
                 if k.startswith("provider_")}
    return {"day": day, "requests": int(item.get("turns", 0)),
            "errors": int(item.get("errors", 0)), "throttles": int(item.get("throttles", 0)),
            "p50_ms": percentile(turn_counts, 50), "p95_ms": percentile(turn_counts, 95),
            "model_p50_ms": percentile(model_counts, 50),
            "model_p95_ms": percentile(model_counts, 95),
            "input_tokens": int(item.get("input_tokens", 0)),
            "output_tokens": int(item.get("output_tokens", 0)),
            "cost_usd": round(float(item.get("cost_usd", 0.0)), 6), "providers": providers,
            "feedback_up": int(item.get("feedback_up", 0)),
            "feedback_down": int(item.get("feedback_down", 0)),
            "speech_characters": int(item.get("speech_characters", 0)),
            "speech_cost_usd": round(float(item.get("speech_cost_usd", 0.0)), 6)}


def emf_line(namespace: str, stage: str, figures: TurnFigures, moment: dt.datetime) -> dict:
    """One CloudWatch Embedded Metric Format record for a turn (three metrics, one dimension).

    Few metrics on purpose: each custom metric costs about $0.30 a month, and only a turn
    prints one, so a month nobody talks costs nothing. A failed turn is a reply that never
    came: its TurnLatency is FAILED_TURN_MS, so the one reply alarm (p95 over 20 s, in
    infra/stack.yaml) hears model errors as well as slowness without a second alarm."""
    latency = max(figures.turn_ms, FAILED_TURN_MS) if figures.error else figures.turn_ms
    return {
        "_aws": {"Timestamp": int(moment.timestamp() * 1000), "CloudWatchMetrics": [{
            "Namespace": namespace, "Dimensions": [["Stage"]],
            "Metrics": [{"Name": "TurnLatency", "Unit": "Milliseconds"},
                        {"Name": "TurnCost", "Unit": "None"},
                        {"Name": "TurnErrors", "Unit": "Count"}]}]},
        "Stage": stage, "TurnLatency": latency, "TurnCost": figures.cost_usd,
        "TurnErrors": 1 if figures.error else 0,
    }
