"""What one chat turn costs in DynamoDB (issue 14, "Cost: lean per turn"), counted on the
botocore calls the app makes, through the REST route, against moto.

`python -m bench.dynamodb` prints `name=value` lines:
- dynamodb_calls_per_turn: the DynamoDB API calls of a warm turn;
- dynamodb_wcu_per_turn: the write capacity units that turn consumes;
- dynamodb_calls_first_turn: the calls of the first turn after a cold start (a new process:
  no conversation, memory index, style samples or month remembered);
each the worse of two providers, and each also per provider (`_grounded`: the default's
draft; `_model`: a model's reply of a realistic length), with the reply's length.

The turn is a realistic one: a persona with 30 memories (the labelled retrieval set's), a
conversation three turns in, a question one of the memories answers.

moto does not report consumed capacity, so the write units are worked out from the items
themselves (`write_units`), before and after each write, by DynamoDB's documented rules
(developer guide, "DynamoDB item sizes and formats", "Capacity management for
transactions"): an item's size is the sum of its attribute names' and values' UTF-8 lengths
(a number: one byte per two significant digits, and one; a list or a map: three bytes, and one
per element; null and booleans: one); a write consumes one unit per KB (1,024 bytes, rounded
up) of the larger of the item before and after it (a delete: the item deleted), and twice that
in a transaction, a ConditionCheck included (DynamoDB bills it as a write of the item it
checks). A write to an item that is in the GSI1 index also writes the index's copy (projection
ALL: the whole item) at one unit per KB, and its old copy when the item leaves or moves in it.
"""
from __future__ import annotations

import contextlib
import io
import json
import logging
import math
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

FAKE_AWS = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1"}
TABLE = "bench-dynamodb"
KB = 1024
INDEX_KEYS = ("GSI1PK", "GSI1SK")
WRITES = ("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem")
MEMORIES = 30
TURNS_BEFORE = 3
QUESTIONS = ["Vô, como foi a sua primeira pescaria?",
             "Vô, quando o senhor abriu a sua própria marcenaria?",
             "O que o Tio Zé foi fazer no Paraná?",
             "Vô, onde o senhor morou logo ao chegar na capital?",
             "Quando o senhor se aposentou?",
             "Como o Seu Tião ganhava a vida?"]


# -- item sizes and write units --------------------------------------------------------------

def _number_size(text: str) -> int:
    digits = text.lstrip("+-").lower().split("e")[0].replace(".", "").strip("0")
    return (max(1, len(digits)) + 1) // 2 + 1


def value_size(value: dict[str, Any]) -> int:
    """The size of one typed attribute value (without its name), by DynamoDB's rules."""
    (kind, raw), = value.items()
    if kind == "S":
        return len(raw.encode("utf-8"))
    if kind == "N":
        return _number_size(raw)
    if kind == "B":
        return len(raw)
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "SS":
        return sum(len(s.encode("utf-8")) for s in raw)
    if kind == "NS":
        return sum(_number_size(s) for s in raw)
    if kind == "BS":
        return sum(len(b) for b in raw)
    if kind == "L":
        return 3 + sum(value_size(v) + 1 for v in raw)
    if kind == "M":
        return 3 + sum(len(k.encode("utf-8")) + value_size(v) + 1 for k, v in raw.items())
    raise ValueError(f"unknown attribute type {kind}")


def item_size(item: dict[str, Any] | None) -> int:
    """An item's size in bytes (typed attribute map, as DynamoDB's API carries it)."""
    return sum(len(name.encode("utf-8")) + value_size(value)
               for name, value in (item or {}).items())


def units(size: int) -> int:
    """Write units for a size: one per KB, rounded up, at least one."""
    return max(1, math.ceil(size / KB))


def _indexed(item: dict[str, Any] | None) -> bool:
    return bool(item) and all(k in item for k in INDEX_KEYS)  # type: ignore[operator]


def write_units(action: str, before: dict[str, Any] | None, after: dict[str, Any] | None,
                transactional: bool) -> int:
    """The units one write consumes: `action` is Put, Update, Delete or ConditionCheck, and
    `before` and `after` the item (typed) around it."""
    checked = action == "ConditionCheck"
    size = item_size(before) if checked or action == "Delete" else \
        max(item_size(before), item_size(after))
    spent = units(size) * (2 if transactional else 1)
    if not checked:
        if _indexed(after):
            spent += units(item_size(after))
        if _indexed(before) and (not _indexed(after) or any(
                before[k] != after[k] for k in INDEX_KEYS)):  # type: ignore[index]
            spent += units(item_size(before))
    return spent


# -- the meter: botocore's own calls ---------------------------------------------------------

@dataclass
class Meter:
    """Counts a DynamoDB client's calls and the write units they consume. Items are read
    around each write with a client of its own, which is not counted."""

    raw: Any
    table: str
    calls: list[str] = field(default_factory=list)
    wcu: int = 0
    _pending: list[tuple[str, dict[str, Any], bool, Any]] = field(default_factory=list)

    def attach(self, client: Any) -> None:
        client.meta.events.register("before-parameter-build.dynamodb", self._before)
        client.meta.events.register("after-call.dynamodb", self._after)

    def reset(self) -> None:
        self.calls, self.wcu = [], 0

    def _key(self, request: dict[str, Any]) -> dict[str, Any]:
        return request.get("Key") or {k: request["Item"][k] for k in ("PK", "SK")}

    def _read(self, key: dict[str, Any]) -> dict[str, Any] | None:
        return self.raw.get_item(TableName=self.table, Key=key, ConsistentRead=True).get("Item")

    def _before(self, model: Any, params: dict[str, Any], **_: Any) -> None:
        self.calls.append(model.name)
        writes: list[tuple[str, dict[str, Any], bool]] = []
        if model.name == "TransactWriteItems":
            writes = [(*next(iter(t.items())), True) for t in params["TransactItems"]]
        elif model.name in ("PutItem", "UpdateItem", "DeleteItem"):
            writes = [(model.name[:-len("Item")], params, False)]
        elif model.name == "BatchWriteItem":
            writes = [("Put" if "PutRequest" in r else "Delete",
                       r.get("PutRequest") or r["DeleteRequest"], False)
                      for rs in params["RequestItems"].values() for r in rs]
        self._pending = [(action, request, tx, self._read(self._key(request)))
                         for action, request, tx in writes]

    def _after(self, model: Any, http_response: Any, **_: Any) -> None:
        if model.name not in WRITES or http_response.status_code != 200:
            self._pending = []
            return
        for action, request, transactional, before in self._pending:
            self.wcu += write_units(action, before, self._read(self._key(request)),
                                    transactional)
        self._pending = []


# -- the turn, measured ----------------------------------------------------------------------

WARM = "Ah, meu querido, que bom que você perguntou. "
MORE = ("Eu lembro disso com muito carinho, sabe? Era outro tempo, a gente vivia com pouco e "
        "era feliz assim mesmo. Cada domingo tinha a família inteira em volta da mesa, e as "
        "crianças corriam pelo quintal até escurecer. A sua avó fazia café no bule de ágata e "
        "todo mundo ficava conversando na varanda, ouvindo o rádio. Eu trabalhava muito, mas "
        "nunca deixei de ter tempo para as coisas simples da vida. Quando chovia, a rua virava "
        "um rio de barro e a gente ria de tudo. Hoje eu sei que aquilo era felicidade, mesmo "
        "sem saber dar nome a ela. Pergunte mais, que eu gosto muito de contar essas histórias.")


class BenchModel:
    """A model that answers at once, as Mistral does when asked to say the draft in the
    person's voice: the draft with a warm opening (no name or number the draft did not
    give). `long`: with several sentences more, near the turn's 256 output tokens."""

    name, model = "bedrock", "mistral.mistral-7b-instruct-v0:2"

    def __init__(self, long: bool = False) -> None:
        self.long = long

    def generate(self, request: Any, on_text: Any = None) -> Any:
        from chalicelib.llm.base import Completion
        text = WARM + request.draft + (" " + MORE if self.long else "")
        if on_text is not None:
            on_text(text)
        return Completion(text=text.strip(), input_tokens=900, output_tokens=len(text) // 4,
                          provider=self.name, model=self.model, latency_ms=800)


@dataclass(frozen=True)
class Figures:
    """One provider's turn: calls and write units warm, calls of the first after a cold
    start, and the reply's length."""

    calls: int
    wcu: int
    calls_first: int
    wcu_first: int
    reply_chars: int


def measure(provider: str) -> Figures:
    """A realistic turn on moto DynamoDB with `provider`: grounded, model, or model_long."""
    for name in [n for n in os.environ if n.startswith("FOREVERUS_")]:
        del os.environ[name]
    os.environ.update(FAKE_AWS)
    os.environ.update({"FOREVERUS_DATA_DIR": tempfile.mkdtemp(prefix="bench-ddb-"),
                       "FOREVERUS_STORE": "dynamodb", "FOREVERUS_TABLE": TABLE,
                       "FOREVERUS_LLM_PROVIDER": "grounded"})
    logging.disable(logging.CRITICAL)
    import boto3
    from moto import mock_aws
    with mock_aws():
        from chalice.test import Client

        import app as app_module
        from chalicelib import runtime
        from chalicelib.imports import samples
        from chalicelib.persona import retrieval
        from chalicelib.store.dynamodb import table_definition
        raw = boto3.client("dynamodb", region_name="us-east-1")
        raw.create_table(**table_definition(TABLE))
        meter = Meter(raw, TABLE)
        model = BenchModel(long=provider == "model_long")

        def fresh_process() -> None:
            runtime.reset()
            retrieval.CACHE.clear()
            samples.CACHE.clear()
            if provider != "grounded":
                runtime.provider = lambda: model  # type: ignore[assignment]
            meter.attach(runtime.store().table._client)  # type: ignore[attr-defined]

        fresh_process()
        client = Client(app_module.app, project_dir=os.environ["FOREVERUS_DATA_DIR"])
        call = _caller(client)
        token = call("/api/auth/local/login", {"email": "ana@example.com", "name": "Ana"})["token"]
        data = json.loads((PROJECT / "tests" / "data" / "retrieval_set.json").read_text())
        persona = data["persona"]
        pid = call("/api/personas", {
            "name": persona["name"], "language": "pt-BR", "aliases": persona["aliases"],
            "biography": "Marceneiro em Belo Horizonte, nascido em Cruzília.",
            "example_messages": ["Ô, minha filha!", "Deus te abençoe."],
            "consent": {"basis": "family", "statement": "Sou a neta dele e autorizo.",
                        "attested_by": "Ana"}}, token)["id"]
        for memory in data["memories"][:MEMORIES]:
            call(f"/api/personas/{pid}/memories", {k: memory[k] for k in
                                                    ("text", "title", "date", "tags")}, token)
        cid = call(f"/api/personas/{pid}/conversations",
                   {"visitor_name": "Ana", "relationship": "neta"}, token)["id"]

        def turn(n: int) -> dict[str, Any]:
            meter.reset()
            return call(f"/api/conversations/{cid}/messages",
                        {"text": QUESTIONS[n % len(QUESTIONS)],
                         "client_message_id": f"bench-turn-{n:04d}"}, token)

        for n in range(TURNS_BEFORE):
            turn(n)
        reply = turn(TURNS_BEFORE)["reply"]
        warm_calls, warm_wcu = len(meter.calls), meter.wcu
        fresh_process()
        turn(TURNS_BEFORE + 1)
        runtime.reset()
    return Figures(warm_calls, warm_wcu, len(meter.calls), meter.wcu, len(reply["text"]))


def _caller(client: Any) -> Callable[..., Any]:
    def call(path: str, body: Any, token: str = "") -> Any:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        with contextlib.redirect_stdout(io.StringIO()):  # EMF lines, if any
            r = client.http.post(path, headers=headers, body=json.dumps(body))
        if r.status_code >= 300:
            raise RuntimeError(f"POST {path}: {r.status_code} {r.body[:200]!r}")
        return r.json_body
    return call


def main() -> None:
    """Print the figures, the worse of the two providers under the issue's names; and, for a
    reply near the model's most, what its length adds (two units per KB: it is written in the
    turn's transaction)."""
    found = {provider: measure(provider) for provider in ("grounded", "model")}
    long = measure("model_long")
    print(f"dynamodb_wcu_per_turn_model_long_reply={long.wcu}")
    print(f"dynamodb_reply_chars_model_long_reply={long.reply_chars}")
    for provider, figures in found.items():
        print(f"dynamodb_calls_per_turn_{provider}={figures.calls}")
        print(f"dynamodb_wcu_per_turn_{provider}={figures.wcu}")
        print(f"dynamodb_calls_first_turn_{provider}={figures.calls_first}")
        print(f"dynamodb_wcu_first_turn_{provider}={figures.wcu_first}")
        print(f"dynamodb_reply_chars_{provider}={figures.reply_chars}")
    print(f"dynamodb_calls_per_turn={max(f.calls for f in found.values())}")
    print(f"dynamodb_wcu_per_turn={max(f.wcu for f in found.values())}")
    print(f"dynamodb_calls_first_turn={max(f.calls_first for f in found.values())}")


if __name__ == "__main__":
    main()
