"""The cost model: what a turn costs beside the model, the month so far and its projection.

List prices, us-east-1, on-demand (November 2026). They are estimates for the operator's page and
the deploy docs, not a bill: AWS Budgets reads the real spend.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

LAMBDA_PER_GB_SECOND = 0.0000166667
LAMBDA_PER_REQUEST = 0.20 / 1_000_000
API_GATEWAY_PER_REQUEST = 3.50 / 1_000_000  # REST API, first 333 million
DYNAMODB_PER_WRITE_UNIT = 0.625 / 1_000_000
DYNAMODB_PER_READ_UNIT = 0.125 / 1_000_000
LAMBDA_MEMORY_GB = 0.5
# A turn, as `make bench` counts it: 5 strongly consistent reads (one unit each, two for the
# history query) and two transactions: 2 + 6 items, each transactional item two write units.
TURN_READ_UNITS = 6
TURN_WRITE_UNITS = 16


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
        lambda_usd=LAMBDA_MEMORY_GB * turn_ms / 1000 * LAMBDA_PER_GB_SECOND + LAMBDA_PER_REQUEST,
        api_gateway_usd=API_GATEWAY_PER_REQUEST,
        dynamodb_usd=TURN_READ_UNITS * DYNAMODB_PER_READ_UNIT
        + TURN_WRITE_UNITS * DYNAMODB_PER_WRITE_UNIT,
    )


def projection(month_to_date: float, today: dt.date) -> float:
    """The month's cost if the rest of it goes like the days so far."""
    days = calendar.monthrange(today.year, today.month)[1]
    return month_to_date / today.day * days
