"""What a model costs per 1,000 tokens, in USD (us-east-1, on-demand)."""
from __future__ import annotations

import json
import os

PRICES_PER_1K: dict[str, tuple[float, float]] = {
    # model id: (input, output)
    "mistral.mistral-7b-instruct-v0:2": (0.00015, 0.0002),
}


def price_table() -> dict[str, tuple[float, float]]:
    """The built-in prices, overridden by FOREVERUS_PRICES ({"model": [in, out]}) if set."""
    table = dict(PRICES_PER_1K)
    extra = os.environ.get("FOREVERUS_PRICES", "").strip()
    if extra:
        table.update({k: (float(v[0]), float(v[1])) for k, v in json.loads(extra).items()})
    return table


def cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    """The cost of one call; models without a price (local, authentic) cost nothing."""
    price_in, price_out = price_table().get(model, (0.0, 0.0))
    return round(input_tokens / 1000 * price_in + output_tokens / 1000 * price_out, 8)
