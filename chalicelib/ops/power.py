"""The AI power switch: `on`, `off` or `auto`, and the monthly budget cap that turns it off.

Off means authentic mode: the persona answers only with recorded words and no model is paid for.
With the EC2 model instance (docs/model-serving.md), a message in `on` or `auto`, or switching
on, starts the instance; until the model answers, turns get a 503 "waking up" and the health
route says `waking`. The switch's item also keeps the instance's record: `instance` (none,
stopped, starting, running, failed_to_start), `instance_since` (when its current run began)
and the seconds it ran this month in runs that ended, from which the operator page prices it.

`watch`, run by every scheduled report, keeps that record true to EC2 and stops the instance,
in every mode: when the switch is off; after `idle_minutes` with no turn; and when it has not
answered healthy within `start_minutes` of a start (then `failed_to_start`: turns answer with
recorded words until an operator switches the AI on again, so a broken machine is not started
again and again by each message).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chalicelib import ids
from chalicelib.errors import Conflict
from chalicelib.llm.base import ModelBusy
from chalicelib.llm.openai import Endpoint
from chalicelib.logs import log
from chalicelib.ops.instance import InstanceFacts, ModelInstance
from chalicelib.ops.metrics import month_of
from chalicelib.ops.model_server import HEALTHY, ModelServer
from chalicelib.store.repository import Store

MODES = ("on", "off", "auto")
RUNNING = ("starting", "running")  # the records of an instance that is being paid for
# A first boot installs the server and fetches the model before it publishes its certificate:
# it gets this long, not start_minutes (it powers itself off when done, when it fails, and
# after 55 minutes in any case: infra/stack.yaml).
PROVISION_MINUTES = 60


@dataclass(frozen=True)
class Decision:
    """What a turn may do: call the model, or answer with recorded words only."""

    use_model: bool
    state: str  # on | off | waking
    reason: str = ""


class PowerSwitch:
    """Reads and changes the switch; decides each turn from one stored item."""

    def __init__(self, store: Store, *, default_mode: str = "on", budget_usd: float = 0.0,
                 idle_minutes: int = 30, instance: ModelInstance | None = None,
                 server: ModelServer | None = None, start_minutes: int = 20,
                 hourly_usd: float | None = None) -> None:
        self._store = store
        self._default = default_mode
        self.budget_usd = budget_usd
        self.idle_minutes = idle_minutes
        self.start_minutes = start_minutes
        self._instance = instance
        self._server = server
        self.hourly_usd = hourly_usd  # the instance's price an hour (None: not in the table)

    @property
    def has_instance(self) -> bool:
        """Whether the stage's model runs on an instance this switch starts and stops."""
        return self._instance is not None

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
        """on, off, waking, asleep or failed, as the website shows it."""
        if power["mode"] == "off" or self.budget_spent(month_cost):
            return "off"
        if self._instance is not None:
            record = power.get("instance")
            if record == "failed_to_start":
                return "failed"
            if record == "starting":
                return "waking"
            if record != "running":
                return "asleep"  # the next message starts it
        return "on"

    def set(self, mode: str, now: dt.datetime, month_cost: float,
            reason: str = "operator") -> dict[str, Any]:
        """Change the mode; switching on starts the model instance (after a failed start too),
        off stops it."""
        if mode != "off" and self.budget_spent(month_cost):
            raise Conflict(f"this month's cost (${month_cost:.2f}) has reached the budget "
                           f"(${self.budget_usd:.2f}); raise the budget or wait for next month")
        power = {**self.read(), "mode": mode, "reason": reason, "changed_at": now.isoformat()}
        if self._instance is not None:
            if mode == "on":
                power = self._start(power, now)
            elif mode == "off":
                power = self._stop(power, "stopped", now)
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
            if power.get("instance") == "failed_to_start":
                return Decision(False, "off", "failed_to_start")
            if power.get("instance") != "starting":
                self._store.save_power(self._start(power, now))
            return Decision(True, "waking", "the model is starting")
        return Decision(True, "on")

    def model_answered(self, decision: Decision) -> None:
        """The model answered: a waking instance is now running."""
        if decision.state == "waking":
            self._store.save_power({**self.read(), "instance": "running"})

    # -- where the model server is (chalicelib.llm.openai.Endpoints) ---------------------------

    def endpoint(self) -> Endpoint:
        """The server at the instance's address now (EC2 gives a new one at each start)."""
        if self._instance is None or self._server is None:
            raise ModelBusy("no model machine is configured", retry_after=60)
        facts = self._instance.describe()
        if facts.state != "running" or not facts.address:
            power = self.read()
            synced = self._synced(power, facts, ids.now())
            if synced != power:  # it stopped behind the record's back: the next turn starts it
                self._store.save_power(synced)
            raise ModelBusy("the model machine is not running yet", retry_after=30)
        return self._server.endpoint(facts.address)

    def refused(self) -> None:
        """The server refused the key or the certificate: read both again next time."""
        if self._server is not None:
            self._server.forget()

    # -- the scheduled watch ------------------------------------------------------------------

    def watch(self, last_turn_at: dt.datetime | None, now: dt.datetime) -> list[str]:
        """Keep the record true to EC2 and stop the instance when it must stop; what was done.
        Running it again changes nothing that is already right."""
        if self._instance is None:
            return []
        power = self.read()
        facts = self._instance.describe()
        record = self._synced(power, facts, now)
        done: list[str] = []
        if facts.state in ("pending", "running"):
            record, health = self._checked(record, facts)
            stop = self._stop_reason(record, last_turn_at, now)
            if stop is not None:
                to, why, minutes = stop
                record = self._stop(record, to, now)
                if to == "failed_to_start":
                    log("model_failed_to_start", health=health or "pending", minutes=minutes)
                done.append(why)
        if record != power:
            self._store.save_power(record)
        return done

    def _checked(self, record: dict[str, Any],
                 facts: InstanceFacts) -> tuple[dict[str, Any], str | None]:
        """A starting instance's health asked (GET /v1/models): healthy is running; a pin not
        published yet means its first boot is still provisioning."""
        if record["instance"] != "starting" or self._server is None \
                or facts.state != "running" or not facts.address:
            return record, None
        health = self._server.health(facts.address)
        if health == HEALTHY:
            log("model_instance_healthy")
            return {**{k: v for k, v in record.items() if k != "instance_provisioning"},
                    "instance": "running"}, health
        if health == "unpublished":
            return {**record, "instance_provisioning": True}, health
        return record, health

    def _stop_reason(self, record: dict[str, Any], last_turn_at: dt.datetime | None,
                     now: dt.datetime) -> tuple[str, str, int] | None:
        """Why an instance that is up must stop (the record it gets, the report's words, the
        minutes allowed), or None."""
        started = _moment(record.get("instance_since"))

        def past(minutes: int) -> bool:
            return started is not None and now - started > dt.timedelta(minutes=minutes)

        if record["instance"] == "starting" and record.get("instance_provisioning"):
            # A first boot is left alone, whatever the mode: stopped half-way, it would never
            # finish (it runs once). It powers itself off when done.
            if past(PROVISION_MINUTES):
                return ("failed_to_start", "stopped the model instance: its first boot took "
                        f"more than {PROVISION_MINUTES} minutes", PROVISION_MINUTES)
            return None
        if record["mode"] == "off":
            return "stopped", "stopped the model instance: the AI is off", 0
        if record["instance"] == "starting":
            if past(self.start_minutes):
                return ("failed_to_start", f"stopped the model instance: not healthy "
                        f"{self.start_minutes} minutes after its start", self.start_minutes)
            return None
        # Idle since the later of the last turn and this start (a start is not idle because
        # nobody talked yesterday).
        moments = [t for t in (started, last_turn_at) if t is not None]
        if not moments or now - max(moments) > dt.timedelta(minutes=self.idle_minutes):
            return "stopped", "stopped the idle model instance", self.idle_minutes
        return None

    def running_seconds(self, power: dict[str, Any], now: dt.datetime) -> int:
        """How long the instance has run this month (its runs that ended, and this one)."""
        seconds = int(power.get("instance_seconds", 0)) \
            if power.get("instance_month") == month_of(now) else 0
        if power.get("instance") in RUNNING:
            seconds += _seconds_this_month(_moment(power.get("instance_since")), now)
        return seconds

    def instance_cost(self, power: dict[str, Any], now: dt.datetime) -> float:
        """What the instance's running has cost this month (0 without a known price)."""
        if self.hourly_usd is None:
            return 0.0
        return self.running_seconds(power, now) / 3600 * self.hourly_usd

    # -- the record ---------------------------------------------------------------------------

    def _start(self, power: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        assert self._instance is not None
        state = self._instance.start()
        if state in ("pending", "running"):
            # Running already but not known to answer (started elsewhere, or failed before):
            # starting, until the model answers or the watch finds it healthy.
            return self._moved(power, "running" if power.get("instance") == "running"
                               else "starting", now)
        return self._moved(power, "stopped", now)  # still stopping: the next turn starts it

    def _stop(self, power: dict[str, Any], record: str, now: dt.datetime) -> dict[str, Any]:
        assert self._instance is not None
        self._instance.stop()
        return self._moved(power, record, now)

    def _synced(self, power: dict[str, Any], facts: InstanceFacts,
                now: dt.datetime) -> dict[str, Any]:
        """The record as EC2 says it is: started elsewhere (the console, a first boot) is a
        start like any other; stopped on its own (its own idle timer) ends the run, and one
        that never answered stopped after its deadline failed to start."""
        up = facts.state in ("pending", "running")
        was = power.get("instance")
        if up and was not in RUNNING:
            return self._moved(power, "starting", now, since=facts.launched_at)
        if not up and was in RUNNING:
            started = _moment(power.get("instance_since"))
            failed = was == "starting" and not power.get("instance_provisioning") and \
                started is not None and now - started >= dt.timedelta(minutes=self.start_minutes)
            return self._moved(power, "failed_to_start" if failed else "stopped", now)
        return power

    def _moved(self, power: dict[str, Any], record: str, now: dt.datetime,
               since: dt.datetime | None = None) -> dict[str, Any]:
        """The switch with the instance now `record`; a run that ended adds its time in this
        month to the month's."""
        moved = dict(power)
        month = month_of(now)
        if moved.get("instance_month") != month:
            moved["instance_month"], moved["instance_seconds"] = month, 0
        was = moved.get("instance")
        if was in RUNNING and record not in RUNNING:
            moved["instance_seconds"] = int(moved.get("instance_seconds", 0)) + \
                _seconds_this_month(_moment(moved.get("instance_since")), now)
        if record in RUNNING and was not in RUNNING:
            moved["instance_since"] = ids.iso(min(since or now, now))
        if record not in RUNNING:
            moved.pop("instance_provisioning", None)
        moved["instance"] = record
        return moved


def _moment(raw: Any) -> dt.datetime | None:
    """A stored time, or None."""
    if not raw:
        return None
    moment = dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _seconds_this_month(since: dt.datetime | None, now: dt.datetime) -> int:
    """Seconds from `since` (or the month's start, if later) to now; 0 when unknown."""
    if since is None:
        return 0
    month_start = now.astimezone(dt.timezone.utc).replace(day=1, hour=0, minute=0, second=0,
                                                          microsecond=0)
    return max(0, int((now - max(since, month_start)).total_seconds()))
