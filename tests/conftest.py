"""Shared fixtures: an isolated environment per test, the app on either store, users A and B."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
from chalice.test import Client

from chalicelib import runtime
from chalicelib.persona import retrieval
from chalicelib.store.dynamodb import table_definition

def _one_boto3_session_for_every_mock() -> None:
    """moto starts every mock on a new boto3 session, which reads botocore's service and
    endpoint files again: 50-200 ms a client, two clients a DynamoDB test. The credentials
    are the same fake ones in every test (`isolated_env`), so one session serves them all."""
    from moto.core.config import default_user_config
    default_user_config["core"]["reset_boto3_session"] = False


_one_boto3_session_for_every_mock()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files that hold a slow or a browser test run first: `make test` hands whole files
    to its two workers (`--dist loadfile`) in this order, and a long file handed out last
    keeps one worker busy while the other sits idle (the longest first: the tail of a run is
    then made of short files, which even the two out)."""
    heavy = {item.path for item in items
             if item.get_closest_marker("slow") or item.get_closest_marker("browser")}
    items.sort(key=lambda item: item.path not in heavy)  # stable: each file's order kept


AWS_FAKE = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SECURITY_TOKEN": "testing", "AWS_SESSION_TOKEN": "testing",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1"}
TABLE = "forever-us-test"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch) -> Iterator[None]:
    """Every test gets its own data folder and fresh settings; nothing reaches real AWS."""
    for name in list(os.environ):
        if name.startswith("FOREVERUS_"):
            monkeypatch.delenv(name)
    for name, value in AWS_FAKE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("FOREVERUS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "authentic")
    # Words alone, as on AWS without Titan: the local embeddings (make run's default) cost up
    # to a quarter of a second a memory; tests/unit/test_local_embeddings.py runs them.
    monkeypatch.setenv("FOREVERUS_EMBEDDINGS", "none")
    runtime.reset()
    retrieval.CACHE.clear()
    yield
    runtime.reset()


@pytest.fixture
def dynamodb(monkeypatch) -> Iterator[Any]:
    """A moto DynamoDB with the app's table; the app is switched to it."""
    from moto import mock_aws
    import boto3
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        client.create_table(**table_definition(TABLE))
        monkeypatch.setenv("FOREVERUS_STORE", "dynamodb")
        monkeypatch.setenv("FOREVERUS_TABLE", TABLE)
        runtime.reset()
        yield client


@pytest.fixture(params=["sqlite", "dynamodb"])
def store_kind(request) -> str:
    """Run a test once on each store."""
    if request.param == "dynamodb":
        request.getfixturevalue("dynamodb")
    return request.param


@dataclass
class User:
    """A signed-in test user and the headers their requests carry."""

    id: str
    email: str
    name: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}", "content-type": "application/json"}


class Api:
    """The app through Chalice's test client, with JSON helpers."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def call(self, method: str, path: str, user: User | None = None, body: Any = None,
             raw: bytes | str | None = None, headers: dict[str, str] | None = None) -> Any:
        sent = dict(user.headers if user else {"content-type": "application/json"})
        sent.update(headers or {})
        payload = raw if raw is not None else (json.dumps(body) if body is not None else None)
        response = getattr(self.client.http, method.lower())(path, headers=sent, body=payload)
        return response

    def login(self, email: str, name: str) -> User:
        r = self.call("POST", "/api/auth/local/login", body={"email": email, "name": name})
        assert r.status_code == 200, r.body
        data = r.json_body
        return User(data["user"]["id"], data["user"]["email"], data["user"]["name"],
                    data["token"])

    def create_persona(self, user: User, **fields: Any) -> dict[str, Any]:
        body = {"name": "Antônio Carlos", "language": "pt-BR",
                "consent": {"basis": "family", "statement": "Sou a filha dele e autorizo.",
                            "attested_by": user.name}, **fields}
        r = self.call("POST", "/api/personas", user, body)
        assert r.status_code == 201, r.body
        return r.json_body

    def add_memory(self, user: User, persona_id: str, **fields: Any) -> dict[str, Any]:
        r = self.call("POST", f"/api/personas/{persona_id}/memories", user,
                      {"text": "Conheci a Cida na festa junina.", **fields})
        assert r.status_code == 201, r.body
        return r.json_body

    def invite_and_accept(self, owner: User, persona_id: str, guest: User,
                          role: str = "visitor") -> None:
        r = self.call("POST", f"/api/personas/{persona_id}/invites", owner, {"role": role})
        assert r.status_code == 201, r.body
        r = self.call("POST", f"/api/invites/{r.json_body['code']}/accept", guest)
        assert r.status_code == 200, r.body


def make_client(tmp_path) -> Client:
    """Chalice's test client without a stage's variables: the test's environment decides.

    (Given the project folder, the client would lay the stage's variables over ours.)"""
    import app as app_module
    return Client(app_module.app, project_dir=str(tmp_path))


@pytest.fixture(scope="session")
def signing_key_pem() -> bytes:
    """One local signing key for every app a worker starts (a 2048-bit RSA key takes 50-200
    ms to make; tests/unit/test_identity.py makes its own)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def seed_signing_key(pem: bytes) -> None:
    """Put the key where the local issuer looks for it on first run."""
    data_dir = Path(os.environ["FOREVERUS_DATA_DIR"])
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "local-signing-key.pem").write_bytes(pem)


@pytest.fixture
def api(store_kind, tmp_path, signing_key_pem) -> Iterator[Api]:
    """The app on the store of this run (each test runs on SQLite and on DynamoDB)."""
    seed_signing_key(signing_key_pem)
    with make_client(tmp_path) as client:
        yield Api(client)


@pytest.fixture
def sqlite_api(tmp_path, signing_key_pem) -> Iterator[Api]:
    """The app on SQLite only (for tests about HTTP behaviour, not storage)."""
    seed_signing_key(signing_key_pem)
    with make_client(tmp_path) as client:
        yield Api(client)


@pytest.fixture
def alice(api) -> User:
    return api.login("alice@example.com", "Alice Ferreira")


@pytest.fixture
def bob(api) -> User:
    return api.login("bob@example.com", "Bob Souza")


def item_count() -> int:
    """How many items the current store holds (SQLite rows or DynamoDB items)."""
    table = runtime.store().table
    if hasattr(table, "count"):
        return table.count()
    import boto3
    client = boto3.client("dynamodb", region_name="us-east-1")
    # A scan is fine here: tests count what is left; no request path ever scans.
    return client.scan(TableName=TABLE, Select="COUNT")["Count"]


def all_items() -> list[dict[str, Any]]:
    """Every item the current store holds, keys included (for erasure checks)."""
    table = runtime.store().table
    if hasattr(table, "count"):
        rows = table._db.execute("SELECT body FROM items").fetchall()
        return [json.loads(r[0]) for r in rows]
    import boto3
    from chalicelib.store.dynamodb import deserialize
    client = boto3.client("dynamodb", region_name="us-east-1")
    return [deserialize(i) for i in client.scan(TableName=TABLE)["Items"]]


class LogLines(logging.Handler):
    """The app's log lines, parsed (the "foreverus" logger does not propagate to pytest's)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(record.getMessage()))

    def events(self) -> list[str]:
        """The lines' event names, in order."""
        return [line["event"] for line in self.lines]

    def take(self) -> list[dict[str, Any]]:
        """The lines so far, forgotten here."""
        taken, self.lines = self.lines, []
        return taken


@pytest.fixture
def lines() -> Iterator[LogLines]:
    """What the app logs during the test."""
    handler = LogLines()
    logger = logging.getLogger("foreverus")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
