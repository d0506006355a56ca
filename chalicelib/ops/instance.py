"""The EC2 instance that serves the OpenAI-compatible model, found by id or by tag."""
from __future__ import annotations

from typing import Any

from chalicelib.logs import log


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

    def state(self) -> str:
        """pending, running, stopping, stopped — or missing."""
        instance_id = self.find()
        if instance_id is None:
            return "missing"
        reply = self._ec2.describe_instances(InstanceIds=[instance_id])
        return reply["Reservations"][0]["Instances"][0]["State"]["Name"]

    def start(self) -> str:
        """Start it unless it is already on its way up; the state it is in afterwards."""
        state = self.state()
        if state in ("stopped", "stopping"):
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
