"""The stage's model instance on moto, for tests of the EC2 provider: a tagged, stopped
instance and the stage's two SSM parameters (the server's key and its certificate's pin).
Moto's public addresses are mapped to 127.0.0.1, where the test's own server listens, so
nothing leaves this machine."""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from chalicelib.ops import model_server
from chalicelib.ops.instance import ModelInstance

TAG = "forever-us:model=local"


@dataclass
class ModelCloud:
    """The moto clients and the instance's id; `addresses`: each public address the app was
    given by EC2 (before it was mapped to 127.0.0.1)."""

    ec2: Any
    ssm: Any
    instance: str
    addresses: list[str]

    def state(self) -> str:
        reply = self.ec2.describe_instances(InstanceIds=[self.instance])
        return reply["Reservations"][0]["Instances"][0]["State"]["Name"]


@contextlib.contextmanager
def model_cloud(monkeypatch: pytest.MonkeyPatch, port: int, key: str,
                pin: str) -> Iterator[ModelCloud]:
    """For the duration of the block: the instance, its parameters, and the app's lookups of
    it pointed at 127.0.0.1:`port`."""
    from moto import mock_aws
    import boto3

    real_describe = ModelInstance.describe
    addresses: list[str] = []

    def local(self: ModelInstance) -> Any:
        facts = real_describe(self)
        if facts.address:
            addresses.append(facts.address)
        return replace(facts, address="127.0.0.1" if facts.address else "")

    monkeypatch.setattr(ModelInstance, "describe", local)
    monkeypatch.setattr(model_server, "PORT", port)
    with mock_aws():
        ec2 = boto3.client("ec2", region_name="us-east-1")
        name, _, value = TAG.partition("=")
        tags = [{"ResourceType": "instance", "Tags": [{"Key": name, "Value": value}]}]
        # Any image id does for moto (listing its images takes seconds).
        instance = ec2.run_instances(ImageId="ami-0123456789abcdef0", MinCount=1, MaxCount=1,
                                     TagSpecifications=tags)["Instances"][0]["InstanceId"]
        ec2.stop_instances(InstanceIds=[instance])
        ssm = boto3.client("ssm", region_name="us-east-1")
        ssm.put_parameter(Name="/forever-us/local/model-key", Type="SecureString", Value=key)
        ssm.put_parameter(Name="/forever-us/local/model-cert-sha256", Type="String", Value=pin)
        yield ModelCloud(ec2, ssm, instance, addresses)


def self_signed(folder: Path, name: str) -> tuple[Path, Path, str]:
    """A certificate as the instance makes its own at first boot (EC P-256, self-signed):
    its key file, its certificate file, and its pin (SHA-256 of the DER bytes)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    key_file, cert_file = folder / f"{name}.key", folder / f"{name}.crt"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pin = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    return key_file, cert_file, pin
