"""The scheduled report: publish the aggregates, read Bedrock's metrics and the real spend,
apply the budget cap and watch the model instance (`PowerSwitch.watch`: stopped when off, idle,
or not healthy in time; with an instance the report runs every 5 minutes, docs/model-serving.md).

Idle, it costs next to nothing (docs/operations.md, "What it costs when idle"): in a run with
no turn since the last one it publishes no custom metric and reads no metric, and it asks
Cost Explorer ($0.01 a call) at most once a day and only when turns happened since it last
asked. The Budget's figure (filtered on this stage's cost-allocation tag, free to read) is
read every run: it sees what the app cannot, such as a model instance left running.

Running it twice does no harm: the gauges are stamped to the hour, and the switch and the
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

STAGE_TAG = "forever-us:stage"  # the cost-allocation tag on every resource of a stage
ACTIVE_SLACK_MINUTES = 5


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
               account_id: str = "", period_minutes: int = 60) -> dict[str, Any]:
    """One run of the report (every `period_minutes`); what it saw and what it did."""
    today, yesterday = metrics.day_of(now), metrics.day_of(now - dt.timedelta(days=1))
    month = metrics.month_of(now)
    per_day, month_totals = store.metrics_for([yesterday, today], month)
    app_cost = float(month_totals.get("cost_usd", 0.0))
    state = store.get_report_state()
    last_turn = _last_turn(per_day)
    # A turn since the last run (with a little slack for a late run) means there is something
    # to publish; none means nothing happened, and nothing is published or read.
    active = last_turn is not None and now - last_turn <= dt.timedelta(
        minutes=period_minutes + ACTIVE_SLACK_MINUTES)
    report: dict[str, Any] = {
        "at": now.isoformat(), "stage": stage, "today": metrics.summarise_day(
            today, per_day.get(today)), "month_cost_usd": round(app_cost, 6), "actions": [],
        "active": active}

    if clients is not None:
        # Each AWS read is optional: one failing (a missing budget, Cost Explorer not enabled,
        # a throttle, a denied permission) must not keep the budget cap and the idle stop below
        # from running.
        if active:
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
        month_turns = int(month_totals.get("turns", 0))
        if clients.cost_explorer is not None and _cost_explorer_due(state, today, month,
                                                                    month_turns):
            explorer = clients.cost_explorer

            def ask_cost_explorer() -> None:
                # Each Cost Explorer call costs $0.01: at most once a day, and only when people
                # talked since the last call. Only this stage's spend: its cost-allocation tag.
                start = now.date().replace(day=1)
                end = now.date() + dt.timedelta(days=1)
                answer = explorer.get_cost_and_usage(
                    TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
                    Granularity="MONTHLY", Metrics=["UnblendedCost"],
                    Filter={"Tags": {"Key": STAGE_TAG, "Values": [stage],
                                     "MatchOptions": ["EQUALS"]}})
                total = sum(float(r["Total"]["UnblendedCost"]["Amount"])
                            for r in answer.get("ResultsByTime", []))
                report["_state"] = {**state, "ce_checked_day": today, "ce_month": month,
                                    "ce_month_cost_usd": total, "ce_month_turns": month_turns}
            _guarded(report, "cost_explorer", ask_cost_explorer)
            if "_state" in report:
                state = report.pop("_state")
                store.save_report_state(state)
                report["actions"].append("asked Cost Explorer")
    if state.get("ce_month") == month:
        report["cost_explorer_usd"] = float(state.get("ce_month_cost_usd", 0.0))

    # The app's own figure counts a model instance's running hours as well (priced from the
    # one table): the Budget sees EC2's cost only hours later.
    app_cost += power.instance_cost(power.read(), now)
    spend = max(app_cost, report.get("budgets_actual_usd", 0.0),
                report.get("cost_explorer_usd", 0.0))
    report["month_spend_usd"] = round(spend, 6)
    if power.budget_spent(spend) and power.read()["mode"] != "off":
        power.set("off", now, spend, reason="budget")
        log("budget_cap_reached", month_cost=round(spend, 4), budget=power.budget_usd)
        report["actions"].append("switched the AI off: the monthly budget is spent")
    _guarded(report, "model_instance",
             lambda: report["actions"].extend(power.watch(last_turn, now)))
    report["power"] = power.read()
    log("report", actions=len(report["actions"]), month_spend=report["month_spend_usd"])
    return report


def _cost_explorer_due(state: dict[str, Any], today: str, month: str, month_turns: int) -> bool:
    """Ask Cost Explorer today? Not twice in a day, and not when nobody talked since the last
    answer (the month's turn count is the same): then its figure cannot have grown from use,
    and the Budget, read every run for free, watches the rest."""
    if state.get("ce_checked_day") == today or month_turns == 0:
        return False
    return state.get("ce_month") != month or int(state.get("ce_month_turns", 0)) != month_turns


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
