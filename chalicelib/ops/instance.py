"""The EC2 instance that serves the OpenAI-compatible model, found by id or by tag.

Its public address is EC2's to give: a stopped instance gives its address back and gets a new
one at its next start, so the address is read from EC2 whenever it is needed, never kept."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chalicelib.logs import log


@dataclass(frozen=True)
class InstanceFacts:
    """What EC2 says of the instance now."""

    state: str  # pending, running, stopping, stopped, shutting-down, terminated, or missing
    address: str = ""  # the public IPv4 address, while it has one
    launched_at: dt.datetime | None = None  # its last start (EC2 moves it at every start)


class ModelInstance:
    """Starts and stops one EC2 instance through a client handed in (moto in tests)."""

    def __init__(self, ec2: Any, instance_id: str = "", tag: str = "") -> None:
        if not instance_id and not tag:
            raise ValueError("a model instance needs an id or a tag (key=value)")
        self._ec2 = ec2
        self._id = instance_id
        self._tag = tag

    def find(self) -> str | None:
        """The instance id (looked up by tag when no id was configured)."""
        if self._id:
            return self._id
        key, _, value = self._tag.partition("=")
        reply = self._ec2.describe_instances(Filters=[
            {"Name": f"tag:{key}", "Values": [value]},
            {"Name": "instance-state-name",
             "Values": ["pending", "running", "stopping", "stopped"]}])
        found = [i["InstanceId"] for r in reply["Reservations"] for i in r["Instances"]]
        if found:
            self._id = found[0]
        return self._id or None

    def describe(self) -> InstanceFacts:
        """Its state, public address and last start, from one DescribeInstances."""
        instance_id = self.find()
        if instance_id is None:
            return InstanceFacts("missing")
        reply = self._ec2.describe_instances(InstanceIds=[instance_id])
        found = reply["Reservations"][0]["Instances"][0]
        launched = found.get("LaunchTime")
        return InstanceFacts(found["State"]["Name"], found.get("PublicIpAddress", ""),
                             launched if isinstance(launched, dt.datetime) else None)

    def state(self) -> str:
        """pending, running, stopping, stopped — or missing."""
        return self.describe().state

    def start(self) -> str:
        """Start it when it is stopped; the state it is in afterwards. One still stopping
        cannot be started yet (EC2 refuses): the next turn or run starts it."""
        state = self.state()
        if state == "stopped":
            self._ec2.start_instances(InstanceIds=[self.find()])
            log("model_instance_start")
            return "pending"
        return state

    def stop(self) -> str:
        """Stop it unless it is already stopped; the state it is in afterwards."""
        state = self.state()
        if state in ("pending", "running"):
            self._ec2.stop_instances(InstanceIds=[self.find()])
            log("model_instance_stop")
            return "stopping"
        return state
