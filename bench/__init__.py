"""`make bench`: figures measured in one run (printed, never asserted)."""


def pct(values: list[float], p: float) -> float:
    """The p-th percentile of the values (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
