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

# EC2 instance type: USD per hour running, Linux on-demand, us-east-1, from
# https://aws.amazon.com/ec2/pricing/on-demand/ (the G4dn, G5 and G6 rows, as published since
# those families launched; re-checked November 2026). The model instance's choice of type
# (docs/model-serving.md); a type not here shows no running cost on the operator page.
EC2_HOURLY: dict[str, float] = {
    "g4dn.xlarge": 0.526,
    "g5.xlarge": 1.006,
    "g5.2xlarge": 1.212,
    "g6.xlarge": 0.8048,
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
    public_ipv4_hour: float = 0.005                # a running instance's public IPv4 address
    #                                               (https://aws.amazon.com/vpc/pricing/)
    ebs_gp3_gb_month: float = 0.08                 # the model instance's volume, stopped too
    polly_neural_character: float = 16.00 / 1e6    # Amazon Polly neural voices, per character


AWS = AwsPrices()


def instance_hourly(instance_type: str) -> float | None:
    """What the model instance costs an hour while it runs: its type and its public IPv4
    address (None for a type not in the table)."""
    price = EC2_HOURLY.get(instance_type)
    return None if price is None else round(price + AWS.public_ipv4_hour, 6)
