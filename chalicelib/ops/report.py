"""The scheduled report: publish the aggregates, read Bedrock's metrics and the real spend,
apply the budget cap and stop an idle model instance. Running it twice does no harm: the gauges
are stamped to the hour, Cost Explorer is asked at most once a day, and the switch and the
instance are only changed when they are not already as they should be."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from chalicelib.logs import log
from chalicelib.ops import metrics
from chalicelib.ops.metrics import NAMESPACE
from chalicelib.ops.power import PowerSwitch
from chalicelib.store.repository import Store



@dataclass(frozen=True)
class AwsClients:
    """The AWS clients the report uses on a cloud stage (moto in tests)."""

    cloudwatch: Any
    budgets: Any | None = None
    cost_explorer: Any | None = None


def _last_turn(per_day: dict[str, dict[str, Any]]) -> dt.datetime | None:
    stamps = [str(d["last_turn_at"]) for d in per_day.values() if d.get("last_turn_at")]
    return max(dt.datetime.fromisoformat(s) for s in stamps) if stamps else None


def run_report(store: Store, power: PowerSwitch, now: dt.datetime, *, stage: str,
               model_id: str, clients: AwsClients | None = None, budget_name: str = "",
               account_id: str = "") -> dict[str, Any]:
    """One run of the report; what it saw and what it did."""
    today, yesterday = metrics.day_of(now), metrics.day_of(now - dt.timedelta(days=1))
    month = metrics.month_of(now)
    per_day, month_totals = store.metrics_for([yesterday, today], month)
    app_cost = float(month_totals.get("cost_usd", 0.0))
    state = store.get_report_state()
    report: dict[str, Any] = {
        "at": now.isoformat(), "stage": stage, "today": metrics.summarise_day(
            today, per_day.get(today)), "month_cost_usd": round(app_cost, 6), "actions": []}

    if clients is not None:
        # Each AWS read is optional: one failing (a missing budget, Cost Explorer not enabled,
        # a throttle, a denied permission) must not keep the budget cap and the idle stop below
        # from running.
        _guarded(report, "cloudwatch_publish",
                 lambda: _publish(clients.cloudwatch, stage, now, app_cost, power, report))
        _guarded(report, "bedrock_metrics", lambda: report.__setitem__(
            "bedrock", _bedrock_figures(clients.cloudwatch, model_id, now)))
        if clients.budgets is not None and budget_name and account_id:
            budgets = clients.budgets

            def read_budget() -> None:
                budget = budgets.describe_budget(AccountId=account_id,
                                                 BudgetName=budget_name)["Budget"]
                spend = budget.get("CalculatedSpend", {}).get("ActualSpend", {})
                report["budgets_actual_usd"] = float(spend.get("Amount", 0.0))
            _guarded(report, "budgets", read_budget)
        if clients.cost_explorer is not None and state.get("ce_checked_day") != today:
            explorer = clients.cost_explorer

            def ask_cost_explorer() -> None:
                # Each Cost Explorer call costs $0.01: once a day is plenty for a monthly cap.
                start = now.date().replace(day=1)
                end = now.date() + dt.timedelta(days=1)
                answer = explorer.get_cost_and_usage(
                    TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
                    Granularity="MONTHLY", Metrics=["UnblendedCost"])
                total = sum(float(r["Total"]["UnblendedCost"]["Amount"])
                            for r in answer.get("ResultsByTime", []))
                report["_state"] = {**state, "ce_checked_day": today, "ce_month": month,
                                    "ce_month_cost_usd": total}
            _guarded(report, "cost_explorer", ask_cost_explorer)
            if "_state" in report:
                state = report.pop("_state")
                store.save_report_state(state)
                report["actions"].append("asked Cost Explorer")
    if state.get("ce_month") == month:
        report["cost_explorer_usd"] = float(state.get("ce_month_cost_usd", 0.0))

    spend = max(app_cost, report.get("budgets_actual_usd", 0.0),
                report.get("cost_explorer_usd", 0.0))
    report["month_spend_usd"] = round(spend, 6)
    if power.budget_spent(spend) and power.read()["mode"] != "off":
        power.set("off", now, spend, reason="budget")
        log("budget_cap_reached", month_cost=round(spend, 4), budget=power.budget_usd)
        report["actions"].append("switched the AI off: the monthly budget is spent")
    stopped = power.report_idle(_last_turn(per_day), now)
    if stopped:
        report["actions"].append("stopped the idle model instance")
    report["power"] = power.read()
    log("report", actions=len(report["actions"]), month_spend=report["month_spend_usd"])
    return report


def _guarded(report: dict[str, Any], what: str, read: Callable[[], None]) -> None:
    """Run one optional AWS step; on failure, log its error code and note it in the report."""
    from botocore.exceptions import BotoCoreError, ClientError
    try:
        read()
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "ClientError")
        log("report_step_failed", step=what, error=code)
        report.setdefault("failed", []).append(what)
    except (BotoCoreError, KeyError, ValueError) as error:
        log("report_step_failed", step=what, error=type(error).__name__)
        report.setdefault("failed", []).append(what)


def _publish(cloudwatch: Any, stage: str, now: dt.datetime, month_cost: float,
             power: PowerSwitch, report: dict[str, Any]) -> None:
    """Two gauges, stamped to the hour so a second run in the same hour repeats, not adds."""
    hour = now.replace(minute=0, second=0, microsecond=0)
    dimensions = [{"Name": "Stage", "Value": stage}]
    available = 0.0 if power.read()["mode"] == "off" or power.budget_spent(month_cost) else 1.0
    cloudwatch.put_metric_data(Namespace=NAMESPACE, MetricData=[
        {"MetricName": "MonthToDateCost", "Dimensions": dimensions, "Timestamp": hour,
         "Value": month_cost, "Unit": "None"},
        {"MetricName": "AiAvailable", "Dimensions": dimensions, "Timestamp": hour,
         "Value": available, "Unit": "Count"},
    ])
    report["published"] = {"MonthToDateCost": month_cost, "AiAvailable": available}


def _bedrock_figures(cloudwatch: Any, model_id: str, now: dt.datetime) -> dict[str, float]:
    """The model's own free AWS/Bedrock metrics over the last hour."""
    figures: dict[str, float] = {}
    for name, statistic in (("Invocations", "Sum"), ("InvocationLatency", "Average"),
                            ("InvocationThrottles", "Sum"), ("InputTokenCount", "Sum"),
                            ("OutputTokenCount", "Sum")):
        points = cloudwatch.get_metric_statistics(
            Namespace="AWS/Bedrock", MetricName=name,
            Dimensions=[{"Name": "ModelId", "Value": model_id}],
            StartTime=now - dt.timedelta(hours=1), EndTime=now, Period=3600,
            Statistics=[statistic])["Datapoints"]
        figures[name] = float(sum(p[statistic] for p in points))
    return figures
