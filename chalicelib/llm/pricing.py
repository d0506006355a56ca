"""What a model costs per 1,000 tokens, in USD (us-east-1, on-demand): the one price table in
chalicelib/ops/prices.py, overridden by FOREVERUS_PRICES."""
from __future__ import annotations

from chalicelib.config import get_settings
from chalicelib.ops.prices import MODELS_PER_1K

PRICES_PER_1K = MODELS_PER_1K  # the name callers know; the table lives in ops/prices.py


def price_table() -> dict[str, tuple[float, float]]:
    """The built-in prices, overridden by FOREVERUS_PRICES (read and checked with the settings,
    once per process)."""
    return {**PRICES_PER_1K, **{model: (p, q) for model, p, q in get_settings().prices}}


def cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    """The cost of one call; models without a price (local, authentic) cost nothing."""
    price_in, price_out = price_table().get(model, (0.0, 0.0))
    return round(input_tokens / 1000 * price_in + output_tokens / 1000 * price_out, 8)
