"""The model server on the EC2 instance: the key it requires, the pin of its certificate, and
whether it answers (docs/model-serving.md).

Both secrets sit in SSM Parameter Store under the stage:
- `/forever-us/<stage>/model-key`, a SecureString that `make deploy` creates once (CloudFormation
  cannot create one); the instance reads it each time its server starts, the app here.
- `/forever-us/<stage>/model-cert-sha256`, a String the instance writes when its first boot has
  made its own certificate and provisioned everything; until then it says `pending`.
They are read in one call, once per Lambda container, and read again after the server refused
the key or showed another certificate (a rotated key, a replaced instance).
"""
from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from typing import Any

from chalicelib.llm.base import FAILED_MESSAGE, ModelBusy, ModelFailed
from chalicelib.llm.openai import Endpoint, api_root, cert_refused, normalized_pin, open_url
from chalicelib.logs import log

PORT = 8443  # the instance's TLS port (infra/stack.yaml opens this one, and only this one)
KEY_PARAMETER = "/forever-us/{stage}/model-key"
CERT_PARAMETER = "/forever-us/{stage}/model-cert-sha256"
HEALTH_SECONDS = 5.0
# What `health` answers. `unpublished`: the instance has not finished its first boot.
HEALTHY = "healthy"


class ModelServer:
    """The server's secrets (cached) and its health, at an address EC2 gives."""

    def __init__(self, ssm: Any, stage: str, model: str, port: int | None = None) -> None:
        self._ssm = ssm
        self._names = (KEY_PARAMETER.format(stage=stage), CERT_PARAMETER.format(stage=stage))
        self.model = model
        self._port = port or PORT
        self._secrets: tuple[str, str] | None = None

    def _read(self) -> tuple[str, str]:
        """The key and the pin ("" while the instance has not published its certificate)."""
        if self._secrets is None:
            from botocore.exceptions import BotoCoreError, ClientError
            try:
                found = self._ssm.get_parameters(Names=list(self._names), WithDecryption=True)
            except (BotoCoreError, ClientError) as error:
                log("model_secrets_unreadable", error=type(error).__name__)
                raise ModelBusy("the model server's settings could not be read; try again in "
                                "a moment", retry_after=10) from None
            values = {p["Name"]: p["Value"] for p in found.get("Parameters", [])}
            key_name, cert_name = self._names
            if not values.get(key_name):
                log("model_key_missing", parameter=key_name)  # make deploy creates it
                raise ModelFailed(FAILED_MESSAGE)
            self._secrets = (values[key_name], normalized_pin(values.get(cert_name, "")))
        return self._secrets

    def endpoint(self, address: str) -> Endpoint:
        """Where to reach the server at this address, with its key and pin."""
        key, pin = self._read()
        if not pin:
            self.forget()  # read again next time: the first boot publishes it when done
            raise ModelBusy("the model machine is still being set up (its first start takes "
                            "up to an hour); try again later", retry_after=60)
        return Endpoint(f"https://{address}:{self._port}", key, pin)

    def forget(self) -> None:
        """Read the key and the pin again on next use."""
        self._secrets = None

    def health(self, address: str, timeout: float = HEALTH_SECONDS) -> str:
        """healthy; unpublished (first boot not done); unreachable; key_refused; cert_mismatch;
        model_missing (the server does not serve the configured name); no_key; broken."""
        try:
            where = self.endpoint(address)
        except ModelFailed:
            return "no_key"
        except ModelBusy:
            return "unpublished"
        request = urllib.request.Request(api_root(where.base_url) + "/v1/models", headers={
            "Authorization": f"Bearer {where.api_key}"})
        try:
            with open_url(request, timeout, where.pin_sha256) as reply:
                served = json.loads(reply.read())
        except urllib.error.HTTPError as error:
            if error.code in (401, 403):
                self.forget()
                log("model_health", health="key_refused", status=error.code)
                return "key_refused"
            return "broken"
        except (OSError, http.client.HTTPException, ValueError) as error:
            if cert_refused(error):
                self.forget()
                log("model_cert_mismatch", provider="openai", model=self.model)
                return "cert_mismatch"
            return "unreachable"
        names = {str(m.get("id")) for m in served.get("data", []) if isinstance(m, dict)} \
            if isinstance(served, dict) else set()
        if self.model not in names:
            log("model_health", health="model_missing", model=self.model,
                served=sorted(names)[:5])
            return "model_missing"
        return HEALTHY
