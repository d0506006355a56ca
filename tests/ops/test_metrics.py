"""Aggregates: histogram buckets, percentiles read back, the EMF record, the cost model."""
from __future__ import annotations

import datetime as dt

from chalicelib.ops import cost, metrics

NOW = dt.datetime(2026, 11, 30, 15, 0, tzinfo=dt.timezone.utc)


def test_latencies_fall_in_their_buckets() -> None:
    assert metrics.bucket(0) == 0 and metrics.bucket(100) == 0 and metrics.bucket(101) == 1
    assert metrics.bucket(10**9) == len(metrics.BUCKETS_MS)


def test_percentiles_read_back_from_buckets() -> None:
    counts = [0] * (len(metrics.BUCKETS_MS) + 1)
    counts[metrics.bucket(150)] = 90   # 90 turns near 150 ms
    counts[metrics.bucket(5000)] = 10  # 10 slow ones
    assert metrics.percentile(counts, 50) == 200
    assert metrics.percentile(counts, 95) == 6_400
    assert metrics.percentile([0] * len(counts), 50) is None


def test_a_turn_updates_its_day_alone() -> None:
    """One aggregate per turn: the month's figures are its days' sums (Store.metrics_for)."""
    day, = metrics.updates_for(metrics.TurnFigures(
        turn_ms=450, model_ms=300, input_tokens=1200, output_tokens=80, cost_usd=0.0002,
        provider="bedrock"), NOW)
    assert day.pk == "METRICS#DAY#2026-11-30"
    assert day.add["turns"] == 1 and day.add["turn_ms_b3"] == 1 and day.add["model_ms_b2"] == 1
    assert day.add["input_tokens"] == 1200 and day.add["provider_bedrock"] == 1
    assert day.add["cost_usd"] == 0.0002 and day.create


def test_a_failed_turn_counts_an_error_and_no_tokens() -> None:
    day, = metrics.updates_for(metrics.TurnFigures(turn_ms=9000, error=True, throttled=True),
                               NOW)
    assert day.add["errors"] == 1 and day.add["throttles"] == 1 and day.add["turns"] == 1
    assert "input_tokens" not in day.add and "cost_usd" not in day.add


def test_summary_of_a_day() -> None:
    item = {"turns": 4, "errors": 1, "turn_ms_b0": 3, "turn_ms_b5": 1, "input_tokens": 10,
            "cost_usd": 0.5, "provider_local": 3}
    shown = metrics.summarise_day("2026-11-30", item)
    assert shown["requests"] == 4 and shown["p50_ms"] == 100 and shown["p95_ms"] == 3_200
    assert shown["providers"] == {"local": 3}
    empty = metrics.summarise_day("2026-11-29", None)
    assert empty["requests"] == 0 and empty["p50_ms"] is None


def test_emf_record_names_three_metrics_in_one_namespace() -> None:
    record = metrics.emf_line("ForeverUs", "prod", metrics.TurnFigures(turn_ms=321,
                                                                       cost_usd=0.0003), NOW)
    spec = record["_aws"]["CloudWatchMetrics"][0]
    assert spec["Namespace"] == "ForeverUs" and spec["Dimensions"] == [["Stage"]]
    assert [m["Name"] for m in spec["Metrics"]] == ["TurnLatency", "TurnCost", "TurnErrors"]
    assert record["TurnLatency"] == 321 and record["Stage"] == "prod"


def test_infra_cost_per_turn_and_projection() -> None:
    infra = cost.turn_infra_cost(1000)
    assert 0 < infra.lambda_usd < 0.00002 and infra.api_gateway_usd == 3.5e-6
    assert infra.total < 0.0001
    assert cost.projection(3.0, dt.date(2026, 11, 10)) == 9.0


def test_a_failed_turn_counts_as_a_reply_that_never_came() -> None:
    """The reply alarm (p95 over 20 s) hears model errors through TurnLatency."""
    failed = metrics.emf_line("ForeverUs", "prod", metrics.TurnFigures(turn_ms=800, error=True),
                              NOW)
    assert failed["TurnLatency"] == metrics.FAILED_TURN_MS == 30_000 and failed["TurnErrors"] == 1
    slow = metrics.emf_line("ForeverUs", "prod", metrics.TurnFigures(turn_ms=26_000), NOW)
    assert slow["TurnLatency"] == 26_000 and slow["TurnErrors"] == 0


def test_the_cost_model_reads_the_one_price_table() -> None:
    from chalicelib.ops import prices
    infra = cost.turn_infra_cost(0)
    assert infra.api_gateway_usd == prices.AWS.api_rest_request
    assert infra.lambda_usd == prices.AWS.lambda_request
