"""The one price table: what each model costs per 1,000 tokens, and the AWS list prices.

Read by the reply's own cost (`chalicelib.llm.pricing`), the cost model on the operator's page
(`chalicelib.ops.cost`) and the cost tables in the docs (`scripts/cost_table.py`), so a price
changed here changes all three. us-east-1, on-demand, no free tier, no taxes; checked against
https://aws.amazon.com/<service>/pricing/ (November 2026). Update it when AWS changes them.
"""
from __future__ import annotations

from dataclasses import dataclass

# model id: (input, output) in USD per 1,000 tokens. FOREVERUS_PRICES adds or overrides one.
MODELS_PER_1K: dict[str, tuple[float, float]] = {
    "mistral.mistral-7b-instruct-v0:2": (0.00015, 0.0002),
}


@dataclass(frozen=True)
class AwsPrices:
    """AWS list prices in USD."""

    lambda_request: float = 0.20 / 1e6
    lambda_gb_second: float = 0.0000166667        # x86
    api_rest_request: float = 3.50 / 1e6           # REST API, first 333 million a month
    dynamodb_write_unit: float = 0.625 / 1e6       # on-demand write request unit
    dynamodb_read_unit: float = 0.125 / 1e6        # on-demand read request unit
    dynamodb_gb_month: float = 0.25
    dynamodb_pitr_gb_month: float = 0.20
    backup_gb_month: float = 0.10                  # AWS Backup, DynamoDB warm storage
    cloudfront_gb_out: float = 0.085               # first 10 TB, North America / Europe
    cloudfront_https_request: float = 0.0100 / 10_000
    s3_gb_month: float = 0.023
    s3_get_request: float = 0.0004 / 1_000
    logs_gb_ingested: float = 0.50
    logs_gb_month: float = 0.03
    custom_metric_month: float = 0.30              # each metric x dimensions, prorated by hour
    alarm_metric_month: float = 0.10               # each metric a standard-resolution alarm reads
    metrics_api_request: float = 0.01 / 1_000      # PutMetricData, GetMetricStatistics
    cost_explorer_request: float = 0.01            # GetCostAndUsage
    sns_email: float = 2.00 / 100_000              # e-mail notifications past the first 1,000


AWS = AwsPrices()
