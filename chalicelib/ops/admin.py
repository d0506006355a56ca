"""The operators' views: metrics per day, month to date against the budget, the switch."""
from __future__ import annotations

import datetime as dt
from typing import Any

from chalicelib.config import Settings
from chalicelib.ops import cost, metrics
from chalicelib.ops.power import RUNNING, PowerSwitch
from chalicelib.store.repository import Store

MAX_DAYS = 90


def power_view(store: Store, power: PowerSwitch, settings: Settings,
               now: dt.datetime) -> dict[str, Any]:
    """The switch as the operator page shows it."""
    stored, month_cost = store.turn_context(metrics.month_of(now))
    current = power.or_default(stored)
    view = {"mode": current["mode"], "state": power.state_of(current, month_cost),
            "reason": current.get("reason", ""), "changed_at": current.get("changed_at"),
            "provider": settings.llm_provider, "instance": current.get("instance", "none"),
            "idle_minutes": power.idle_minutes, "budget_usd": power.budget_usd,
            "month_cost_usd": round(month_cost, 6)}
    if power.has_instance:
        view.update(instance_view(current, power, settings, now))
    return view


def instance_view(current: dict[str, Any], power: PowerSwitch, settings: Settings,
                  now: dt.datetime) -> dict[str, Any]:
    """The model instance: since when it runs, and what its running has cost this month (its
    hours times its price an hour, from the one price table; None for an unknown type)."""
    hours = power.running_seconds(current, now) / 3600
    return {"instance_since": current.get("instance_since")
            if current.get("instance") in RUNNING + ("failed_to_start",) else None,
            "start_minutes": power.start_minutes,
            "instance_type": settings.model_instance_type or None,
            "instance_hourly_usd": power.hourly_usd, "instance_hours_month": round(hours, 3),
            "instance_cost_usd_month": round(power.instance_cost(current, now), 4)
            if power.hourly_usd is not None else None}


def metrics_view(store: Store, power: PowerSwitch, settings: Settings, days: int,
                 now: dt.datetime) -> dict[str, Any]:
    """Per day: requests, errors, p50/p95, tokens, cost; the month against the budget."""
    wanted = [metrics.day_of(now - dt.timedelta(days=n)) for n in range(days - 1, -1, -1)]
    per_day, month = store.metrics_for(wanted, metrics.month_of(now))
    daily = [metrics.summarise_day(d, per_day.get(d)) for d in wanted]
    month_cost = float(month.get("cost_usd", 0.0))
    recent = [d["p50_ms"] for d in daily if d["p50_ms"] is not None]
    typical_ms = recent[-1] if recent else 1_000
    infra = cost.turn_infra_cost(typical_ms)
    turns = int(month.get("turns", 0))
    report = store.get_report_state()
    return {
        "days": daily,
        "month": {"month": metrics.month_of(now), "turns": turns,
                  "model_cost_usd": round(month_cost, 6),
                  "projection_usd": round(cost.projection(month_cost, now.date()), 6),
                  "infra_cost_usd": round(turns * infra.total, 6),
                  "cost_explorer_usd": report.get("ce_month_cost_usd")
                  if report.get("ce_month") == metrics.month_of(now) else None,
                  "budget_usd": power.budget_usd,
                  "budget_used": round(month_cost / power.budget_usd, 4)
                  if power.budget_usd else None},
        "per_turn": {"lambda_usd": infra.lambda_usd, "api_gateway_usd": infra.api_gateway_usd,
                     "dynamodb_usd": infra.dynamodb_usd, "assumed_turn_ms": typical_ms},
        "limits": {"daily_message_cap": settings.daily_message_cap,
                   "monthly_budget_usd": power.budget_usd},
        "availability": power_view(store, power, settings, now),
        # Thumbs on replies over these days, by the day each was given (chalicelib/feedback.py).
        "feedback": {"up": sum(d["feedback_up"] for d in daily),
                     "down": sum(d["feedback_down"] for d in daily)},
    }
