"""The cost model: what a turn costs beside the model, the month so far and its projection.

Prices come from the one price table (ops/prices.py), which the docs' cost tables read too.
They are estimates for the operator's page, not a bill: AWS Budgets reads the real spend.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from chalicelib.ops.prices import AWS

LAMBDA_MEMORY_GB = 0.5  # lambda_memory_size 512 in .chalice/config.json
# A turn, as `make bench` counts it (bench/dynamodb.py): one strongly consistent batch read
# of about nine small items (one unit each), the claim (one write unit) and the answer, a
# transaction of three items under 1 KB (two units each). A long reply writes two more.
TURN_READ_UNITS = 9
TURN_WRITE_UNITS = 7


@dataclass(frozen=True)
class TurnInfraCost:
    """What one turn costs outside the model, in USD."""

    lambda_usd: float
    api_gateway_usd: float
    dynamodb_usd: float

    @property
    def total(self) -> float:
        """The three together."""
        return self.lambda_usd + self.api_gateway_usd + self.dynamodb_usd


def turn_infra_cost(turn_ms: float) -> TurnInfraCost:
    """Lambda, API Gateway and DynamoDB for one turn lasting `turn_ms`."""
    return TurnInfraCost(
        lambda_usd=LAMBDA_MEMORY_GB * turn_ms / 1000 * AWS.lambda_gb_second + AWS.lambda_request,
        api_gateway_usd=AWS.api_rest_request,
        dynamodb_usd=TURN_READ_UNITS * AWS.dynamodb_read_unit
        + TURN_WRITE_UNITS * AWS.dynamodb_write_unit,
    )


def projection(month_to_date: float, today: dt.date) -> float:
    """The month's cost if the rest of it goes like the days so far."""
    days = calendar.monthrange(today.year, today.month)[1]
    return month_to_date / today.day * days
