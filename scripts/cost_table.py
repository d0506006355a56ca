"""The monthly cost table in docs/deploy.md, from the app's own cost model and AWS list prices.

`python scripts/cost_table.py` prints it; `--write` puts it into docs/deploy.md between the
cost-table markers. tests/deploy/test_cost_table.py fails when the two disagree.

The model part is chalicelib.llm.pricing.cost_usd, the same function that prices every reply.
The rest are AWS list prices for us-east-1 (on-demand, no free tier, no taxes), checked against
https://aws.amazon.com/<service>/pricing/ — update PRICES when AWS changes them.
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

DOC = PROJECT / "docs" / "deploy.md"
START = "<!-- cost-table:start (scripts/cost_table.py --write) -->"
END = "<!-- cost-table:end -->"
VOLUMES = (0, 1_000, 10_000, 100_000)
GB = 1024 ** 3
MONTH_HOURS = 730


@dataclass(frozen=True)
class Prices:
    """AWS list prices, us-east-1, USD."""

    lambda_request: float = 0.20 / 1e6
    lambda_gb_second: float = 0.0000166667        # x86
    api_rest_request: float = 3.50 / 1e6           # REST API, first 333 million a month
    dynamodb_write_unit: float = 0.625 / 1e6       # on-demand write request unit
    dynamodb_read_unit: float = 0.125 / 1e6        # on-demand read request unit
    dynamodb_gb_month: float = 0.25
    dynamodb_pitr_gb_month: float = 0.20
    cloudfront_gb_out: float = 0.085               # first 10 TB, North America / Europe
    cloudfront_https_request: float = 0.0100 / 10_000
    s3_gb_month: float = 0.023
    s3_get_request: float = 0.0004 / 1_000
    logs_gb_ingested: float = 0.50
    logs_gb_month: float = 0.03
    custom_metric_month: float = 0.30              # each metric x dimension combination
    metrics_api_request: float = 0.01 / 1_000      # PutMetricData, GetMetricStatistics
    cost_explorer_request: float = 0.01            # GetCostAndUsage


@dataclass(frozen=True)
class Usage:
    """What one chat message costs the system, on average, and what runs anyway."""

    input_tokens: int = 1_500          # persona, retrieved memories, recent history, rules
    output_tokens: int = 150           # one spoken-style reply
    api_requests: float = 3.0          # the message itself, plus ~2 reads (history, lists)
    message_seconds: float = 2.5       # the message request waits for the model
    other_request_seconds: float = 0.1
    lambda_memory_gb: float = 0.5      # lambda_memory_size 512 in .chalice/config.json
    read_units: float = 12.0           # strongly consistent gets and bounded queries
    write_units: float = 12.0          # message, reply, conversation, counters (transactions x2)
    stored_kb: float = 3.0             # the message and the reply, kept
    response_kb: float = 4.0           # per API response, through CloudFront
    page_loads: float = 0.2            # the site is loaded once per ~5 messages
    page_kb: float = 150.0             # index.html and the scripts, compressed
    page_requests: float = 16.0        # files per page load
    page_miss_rate: float = 0.05       # CloudFront cache misses that reach S3
    log_kb_per_request: float = 1.5    # Lambda's START/END/REPORT lines plus one request line
    turn_metrics: int = 3              # EMF metrics per turn (TurnLatency, TurnCost, TurnErrors)
    # Runs whether or not anyone talks: the hourly scheduled report.
    report_runs: int = MONTH_HOURS
    report_seconds: float = 1.0
    report_metrics: int = 2            # MonthToDateCost, AiAvailable
    report_metric_calls: int = 6       # one PutMetricData and five GetMetricStatistics a run
    cost_explorer_calls: int = 30      # at most once a day
    site_mb: float = 1.0


COLUMNS = ("Bedrock model", "Lambda", "API Gateway", "DynamoDB", "CloudFront", "S3",
           "CloudWatch", "Cost Explorer")


def monthly_costs(messages: int, usage: Usage = Usage(), prices: Prices = Prices()
                  ) -> dict[str, float]:
    """USD per month, by service, for a number of chat messages a month."""
    u, p = usage, prices
    requests = messages * u.api_requests
    lambda_seconds = messages * (u.message_seconds
                                 + (u.api_requests - 1) * u.other_request_seconds)
    lambda_seconds += u.report_runs * u.report_seconds
    stored_gb = messages * u.stored_kb * 1024 / GB
    page_loads = messages * u.page_loads
    cloudfront_requests = requests + page_loads * u.page_requests
    cloudfront_gb = (requests * u.response_kb + page_loads * u.page_kb) * 1024 / GB
    log_gb = (requests + u.report_runs) * u.log_kb_per_request * 1024 / GB
    metrics = u.report_metrics + (u.turn_metrics if messages else 0)
    return {
        "Bedrock model": messages * cost_usd(MODEL_ID, u.input_tokens, u.output_tokens),
        "Lambda": (requests + u.report_runs) * p.lambda_request
        + lambda_seconds * u.lambda_memory_gb * p.lambda_gb_second,
        "API Gateway": requests * p.api_rest_request,
        "DynamoDB": messages * (u.read_units * p.dynamodb_read_unit
                                + u.write_units * p.dynamodb_write_unit)
        + stored_gb * (p.dynamodb_gb_month + p.dynamodb_pitr_gb_month),
        "CloudFront": cloudfront_requests * p.cloudfront_https_request
        + cloudfront_gb * p.cloudfront_gb_out,
        "S3": u.site_mb / 1024 * p.s3_gb_month
        + page_loads * u.page_requests * u.page_miss_rate * p.s3_get_request,
        "CloudWatch": log_gb * (p.logs_gb_ingested + p.logs_gb_month)
        + metrics * p.custom_metric_month
        + u.report_runs * u.report_metric_calls * p.metrics_api_request,
        "Cost Explorer": u.cost_explorer_calls * p.cost_explorer_request,
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


def replace_block(document: str, block: str) -> str:
    """The document with the text between the cost-table markers replaced by `block`."""
    head, found, rest = document.partition(START)
    _, found_end, tail = rest.partition(END)
    if not (found and found_end):
        raise SystemExit(f"{DOC.name}: the cost-table markers are missing")
    return f"{head}{START}\n{block}\n{END}{tail}"


def block_in(document: str) -> str:
    """The text between the cost-table markers."""
    return document.partition(START)[2].partition(END)[0].strip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"update {DOC.relative_to(PROJECT)}")
    args = parser.parse_args(argv)
    if args.write:
        DOC.write_text(replace_block(DOC.read_text(), table()))
    else:
        print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
