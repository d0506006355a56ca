"""The cost tables in the docs: docs/deploy.md's month by message volume, and docs/operations.md's
idle stage item by item, from the app's own cost model and the one price table.

`python scripts/cost_table.py` prints them; `--write` puts them into the docs between their
markers. tests/deploy/test_cost_table.py fails when the docs and the script disagree.

The model part is chalicelib.llm.pricing.cost_usd, the same function that prices every reply;
every price, AWS's and the model's, comes from chalicelib/ops/prices.py, which the operator's
page reads too (us-east-1 list prices, on-demand, no free tier, no taxes).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from chalicelib.llm.bedrock import MODEL_ID  # noqa: E402
from chalicelib.llm.pricing import cost_usd  # noqa: E402
from chalicelib.ops.prices import AWS, AwsPrices  # noqa: E402

DOC = PROJECT / "docs" / "deploy.md"
IDLE_DOC = PROJECT / "docs" / "operations.md"
START = "<!-- cost-table:start (scripts/cost_table.py --write) -->"
END = "<!-- cost-table:end -->"
IDLE_START = "<!-- idle-cost:start (scripts/cost_table.py --write) -->"
IDLE_END = "<!-- idle-cost:end -->"
IDLE_LIMIT_USD = 0.30  # issue 14: a stage nobody uses costs at most this a month
VOLUMES = (0, 1_000, 10_000, 100_000)
GB = 1024 ** 3
MB = 1024 ** 2
MONTH_HOURS = 730
Prices = AwsPrices  # the name this script's readers know


@dataclass(frozen=True)
class Usage:
    """What one chat message costs the system, on average, and what runs anyway."""

    input_tokens: int = 1_500          # persona, retrieved memories, recent history, rules
    output_tokens: int = 150           # one spoken-style reply
    api_requests: float = 3.0          # the message itself, plus ~2 reads (history, lists)
    message_seconds: float = 2.5       # the message request waits for the model
    other_request_seconds: float = 0.1
    lambda_memory_gb: float = 0.5      # lambda_memory_size 512 in .chalice/config.json
    read_units: float = 12.0           # the turn's one batch read (~9 units) and the ~2 reads
    write_units: float = 7.0           # the claim (1) and the answer (3 items x 2): ops/cost.py
    stored_kb: float = 3.0             # the message and the reply, kept
    response_kb: float = 4.0           # per API response, through CloudFront
    page_loads: float = 0.2            # the site is loaded once per ~5 messages
    page_kb: float = 150.0             # index.html and the scripts, compressed
    page_requests: float = 16.0        # files per page load
    page_miss_rate: float = 0.05       # CloudFront cache misses that reach S3
    log_kb_per_request: float = 1.5    # Lambda's START/END/REPORT lines plus one request line
    turn_metrics: int = 3              # EMF metrics per turn (TurnLatency, TurnCost, TurnErrors)
    # Runs whether or not anyone talks: the hourly scheduled report. Idle, it reads a few items
    # and the Budget (free), and publishes and asks nothing (chalicelib/ops/report.py).
    report_runs: int = MONTH_HOURS
    report_seconds: float = 1.5        # mostly a cold start: an hour apart, nothing stays warm
    report_read_units: float = 17.0    # the month's days so far (15 on average; the month is
    #                                    their sum) and its own state
    report_metrics: int = 2            # MonthToDateCost, AiAvailable: only in hours with turns
    report_metric_calls: int = 6       # one PutMetricData and five GetMetricStatistics a run
    cost_explorer_calls: int = 30      # at most once a day, only on days with turns
    alarm_metrics: int = 2             # 5xx rate, reply p95 (infra/stack.yaml, no instance)
    legacy_mb: float = 10.0            # what a family keeps: personas, memories, conversations
    backups_kept: int = 12             # prod: the first of each month, kept a year
    site_mb: float = 1.0


COLUMNS = ("Bedrock model", "Lambda", "API Gateway", "DynamoDB", "CloudFront", "S3",
           "CloudWatch", "Cost Explorer")


def idle_items(usage: Usage = Usage(), prices: AwsPrices = AWS) -> list[tuple[str, str, float]]:
    """A stage nobody uses, item by item: (what, how it is counted, USD a month)."""
    u, p = usage, prices
    legacy_gb = u.legacy_mb * MB / GB
    report_gb_seconds = u.report_runs * u.report_seconds * u.lambda_memory_gb
    report_log_gb = u.report_runs * u.log_kb_per_request * 1024 / GB
    return [
        ("Lambda: the hourly report",
         f"{u.report_runs} runs x {u.report_seconds:g} s x {u.lambda_memory_gb * 1024:.0f} MB",
         u.report_runs * p.lambda_request + report_gb_seconds * p.lambda_gb_second),
        ("DynamoDB: the report's reads",
         f"{u.report_runs} runs x {u.report_read_units:g} read units; no write",
         u.report_runs * u.report_read_units * p.dynamodb_read_unit),
        ("DynamoDB: storage and point-in-time recovery",
         f"a {u.legacy_mb:g} MB legacy",
         legacy_gb * (p.dynamodb_gb_month + p.dynamodb_pitr_gb_month)),
        ("AWS Backup: monthly backups (prod only)",
         f"{u.backups_kept} kept x {u.legacy_mb:g} MB",
         u.backups_kept * legacy_gb * p.backup_gb_month),
        ("CloudWatch alarms",
         f"{u.alarm_metrics} alarm metrics (5xx rate, reply p95)",
         u.alarm_metrics * p.alarm_metric_month),
        ("CloudWatch Logs", f"{u.report_runs} report runs x {u.log_kb_per_request:g} KB",
         report_log_gb * (p.logs_gb_ingested + p.logs_gb_month)),
        ("CloudWatch custom metrics", "none published when nothing happened", 0.0),
        ("Cost Explorer", "asked only on days with turns", 0.0),
        ("S3: the site", f"{u.site_mb:g} MB", u.site_mb / 1024 * p.s3_gb_month),
        ("CloudFront, API Gateway, Bedrock, Cognito, SNS, the Budget",
         "per request, per user or per notification; none", 0.0),
    ]


def monthly_costs(messages: int, usage: Usage = Usage(), prices: AwsPrices = AWS
                  ) -> dict[str, float]:
    """USD per month, by service, for a number of chat messages a month (0: the idle stage,
    the same figures as `idle_items`)."""
    u, p = usage, prices
    talking = messages > 0
    requests = messages * u.api_requests
    lambda_seconds = messages * (u.message_seconds
                                 + (u.api_requests - 1) * u.other_request_seconds)
    lambda_seconds += u.report_runs * u.report_seconds
    stored_gb = messages * u.stored_kb * 1024 / GB + u.legacy_mb * MB / GB
    page_loads = messages * u.page_loads
    cloudfront_requests = requests + page_loads * u.page_requests
    cloudfront_gb = (requests * u.response_kb + page_loads * u.page_kb) * 1024 / GB
    log_gb = (requests + u.report_runs) * u.log_kb_per_request * 1024 / GB
    metrics = (u.report_metrics + u.turn_metrics) if talking else 0
    metric_calls = u.report_runs * u.report_metric_calls if talking else 0
    return {
        "Bedrock model": messages * cost_usd(MODEL_ID, u.input_tokens, u.output_tokens),
        "Lambda": (requests + u.report_runs) * p.lambda_request
        + lambda_seconds * u.lambda_memory_gb * p.lambda_gb_second,
        "API Gateway": requests * p.api_rest_request,
        "DynamoDB": messages * (u.read_units * p.dynamodb_read_unit
                                + u.write_units * p.dynamodb_write_unit)
        + u.report_runs * u.report_read_units * p.dynamodb_read_unit
        + stored_gb * (p.dynamodb_gb_month + p.dynamodb_pitr_gb_month
                       + u.backups_kept * p.backup_gb_month),
        "CloudFront": cloudfront_requests * p.cloudfront_https_request
        + cloudfront_gb * p.cloudfront_gb_out,
        "S3": u.site_mb / 1024 * p.s3_gb_month
        + page_loads * u.page_requests * u.page_miss_rate * p.s3_get_request,
        "CloudWatch": log_gb * (p.logs_gb_ingested + p.logs_gb_month)
        + metrics * p.custom_metric_month + u.alarm_metrics * p.alarm_metric_month
        + metric_calls * p.metrics_api_request,
        "Cost Explorer": (u.cost_explorer_calls if talking else 0) * p.cost_explorer_request,
    }


def money(value: float) -> str:
    """$1,234.56; amounts under a cent but above zero show as <$0.01."""
    if 0 < value < 0.005:
        return "<$0.01"
    return f"${value:,.2f}"


def table(volumes: tuple[int, ...] = VOLUMES) -> str:
    """The Markdown table: one row per monthly message volume."""
    lines = ["| Messages a month | " + " | ".join(COLUMNS) + " | Total |",
             "|---:|" + "---:|" * (len(COLUMNS) + 1)]
    for messages in volumes:
        costs = monthly_costs(messages)
        cells = [money(costs[c]) for c in COLUMNS] + [f"**{money(sum(costs.values()))}**"]
        lines.append(f"| {messages:,} | " + " | ".join(cells) + " |")
    per_message = cost_usd(MODEL_ID, Usage.input_tokens, Usage.output_tokens)
    lines += ["", f"Model price per message: ${per_message:.6f} ({Usage.input_tokens:,} input "
              f"and {Usage.output_tokens:,} output tokens of {MODEL_ID})."]
    return "\n".join(lines)


def idle_table(usage: Usage = Usage(), prices: AwsPrices = AWS) -> str:
    """docs/operations.md's table: an idle stage, item by item."""
    items = idle_items(usage, prices)
    lines = ["| item | counted as | a month |", "|---|---|---:|"]
    lines += [f"| {what} | {basis} | ${usd:.3f} |" for what, basis, usd in items]
    total = sum(usd for _, _, usd in items)
    lines.append(f"| **total** | list prices, no free tier | **${total:.2f}** |")
    return "\n".join(lines)


def replace_block(document: str, block: str, start: str = START, end: str = END) -> str:
    """The document with the text between the markers replaced by `block`."""
    head, found, rest = document.partition(start)
    _, found_end, tail = rest.partition(end)
    if not (found and found_end):
        raise SystemExit(f"the markers {start} ... {end} are missing")
    return f"{head}{start}\n{block}\n{end}{tail}"


def block_in(document: str, start: str = START, end: str = END) -> str:
    """The text between the markers."""
    return document.partition(start)[2].partition(end)[0].strip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true",
                        help=f"update {DOC.relative_to(PROJECT)} and "
                             f"{IDLE_DOC.relative_to(PROJECT)}")
    args = parser.parse_args(argv)
    if args.write:
        DOC.write_text(replace_block(DOC.read_text(), table()))
        IDLE_DOC.write_text(replace_block(IDLE_DOC.read_text(), idle_table(),
                                          IDLE_START, IDLE_END))
    else:
        print(table())
        print()
        print(idle_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
