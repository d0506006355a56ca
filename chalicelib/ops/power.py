"""The AI power switch: `on`, `off` or `auto`, and the monthly budget cap that turns it off.

Off means authentic mode: the persona answers only with recorded words and no model is paid for.
With the EC2 provider, switching on (or a message in `auto`) starts the instance; until the model
answers, turns get a 503 "waking up" and the health route says `waking`. The scheduled report
stops an idle instance in `auto` and any instance when the switch is off.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chalicelib.errors import Conflict
from chalicelib.logs import log
from chalicelib.ops.instance import ModelInstance
from chalicelib.store.repository import Store

MODES = ("on", "off", "auto")


@dataclass(frozen=True)
class Decision:
    """What a turn may do: call the model, or answer with recorded words only."""

    use_model: bool
    state: str  # on | off | waking
    reason: str = ""


class PowerSwitch:
    """Reads and changes the switch; decides each turn from one stored item."""

    def __init__(self, store: Store, *, default_mode: str = "on", budget_usd: float = 0.0,
                 idle_minutes: int = 30, instance: ModelInstance | None = None) -> None:
        self._store = store
        self._default = default_mode
        self.budget_usd = budget_usd
        self.idle_minutes = idle_minutes
        self._instance = instance

    def read(self) -> dict[str, Any]:
        """The switch as stored, or its default."""
        return self.or_default(self._store.get_power())

    def or_default(self, stored: dict[str, Any] | None) -> dict[str, Any]:
        """A stored switch (already read), or the default when none was ever set."""
        return stored or {"mode": self._default, "reason": "", "changed_at": None,
                          "instance": "stopped" if self._instance else "none"}

    def budget_spent(self, month_cost: float) -> bool:
        """True when a budget is set and this month's cost has reached it."""
        return self.budget_usd > 0 and month_cost >= self.budget_usd

    def state_of(self, power: dict[str, Any], month_cost: float) -> str:
        """on, off or waking, as the website shows it."""
        if power["mode"] == "off" or self.budget_spent(month_cost):
            return "off"
        if self._instance is not None and power.get("instance") != "running":
            return "waking" if power.get("instance") == "starting" or power["mode"] == "on" \
                else "asleep"
        return "on"

    def set(self, mode: str, now: dt.datetime, month_cost: float,
            reason: str = "operator") -> dict[str, Any]:
        """Change the mode; switching on starts the model instance, off stops it."""
        if mode != "off" and self.budget_spent(month_cost):
            raise Conflict(f"this month's cost (${month_cost:.2f}) has reached the budget "
                           f"(${self.budget_usd:.2f}); raise the budget or wait for next month")
        power = {**self.read(), "mode": mode, "reason": reason, "changed_at": now.isoformat()}
        if self._instance is not None:
            if mode == "on":
                power["instance"] = _after(self._instance.start())
            elif mode == "off":
                power["instance"] = _after(self._instance.stop())
        self._store.save_power(power)
        log("power_switch", mode=mode, reason=reason)
        return power

    def for_turn(self, stored: dict[str, Any] | None, month_cost: float,
                 now: dt.datetime) -> Decision:
        """May this turn call the model? Trips the budget cap when the month has spent it."""
        power = self.or_default(stored)
        if self.budget_spent(month_cost):
            if power["mode"] != "off":
                self.set("off", now, month_cost, reason="budget")
                log("budget_cap_reached", month_cost=round(month_cost, 4),
                    budget=self.budget_usd)
            return Decision(False, "off", "budget")
        if power["mode"] == "off":
            return Decision(False, "off", power.get("reason", ""))
        if self._instance is not None and power.get("instance") != "running":
            if power.get("instance") in ("stopped", "stopping", "none", None):
                power = {**power, "instance": _after(self._instance.start())}
                self._store.save_power(power)
            return Decision(True, "waking", "the model is starting")
        return Decision(True, "on")

    def model_answered(self, decision: Decision) -> None:
        """The model answered: a waking instance is now running."""
        if decision.state == "waking":
            self._store.save_power({**self.read(), "instance": "running"})

    def report_idle(self, last_turn_at: dt.datetime | None, now: dt.datetime) -> str | None:
        """Stop the instance when the switch is off, or in auto after the idle time.

        Returns what was done (for the report), or None when nothing needed doing."""
        if self._instance is None:
            return None
        power = self.read()
        idle = last_turn_at is None or now - last_turn_at > dt.timedelta(
            minutes=self.idle_minutes)
        if power["mode"] == "off" or (power["mode"] == "auto" and idle):
            state = self._instance.stop()
            if power.get("instance") != _after(state):
                self._store.save_power({**power, "instance": _after(state)})
            return "stopped" if state == "stopping" else None
        return None


def _after(ec2_state: str) -> str:
    """The switch's record of an instance from EC2's state name."""
    return {"pending": "starting", "running": "running", "stopping": "stopped",
            "stopped": "stopped"}.get(ec2_state, ec2_state)
