"""A chat turn's DynamoDB budget (issue 14, "Cost: lean per turn"), counted on the botocore calls
the app makes against moto: at most 3 calls and 8 write units a warm turn, at most 6 calls the
first turn of a new process; and the write-unit arithmetic the bench uses (bench/dynamodb.py),
checked on items worked out by hand."""
from __future__ import annotations

from typing import Any

import boto3
import pytest

from bench.dynamodb import Meter, item_size, units, write_units
from chalicelib import runtime
from chalicelib.imports import samples
from chalicelib.llm.base import Completion, Generation, OnText
from chalicelib.persona import retrieval
from tests.conftest import TABLE, Api, make_client


class Warm:
    """A model that answers at once, in the person's voice."""

    name, model = "bedrock", "mistral.mistral-7b-instruct-v0:2"

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        text = "Ah, minha neta, " + request.draft
        return Completion(text=text, input_tokens=800, output_tokens=60, provider=self.name,
                          model=self.model, latency_ms=5)


@pytest.fixture(params=["grounded", "model"])
def chat(request, dynamodb, tmp_path, monkeypatch) -> Any:
    """A persona with a few memories, a conversation two turns in, on moto DynamoDB, with the
    turn's DynamoDB client metered; `fresh()` makes the process new (a cold Lambda)."""
    model = Warm()
    meter = Meter(boto3.client("dynamodb", region_name="us-east-1"), TABLE)

    def fresh() -> None:
        runtime.reset()
        retrieval.CACHE.clear()
        samples.CACHE.clear()
        monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "grounded")
        if request.param == "model":
            monkeypatch.setattr(runtime, "provider", lambda: model)
        meter.attach(runtime.store().table._client)

    fresh()
    with make_client(tmp_path) as client:
        api = Api(client)
        ana = api.login("ana@example.com", "Ana")
        pid = api.create_persona(ana)["id"]
        for text in ("Conheci a Cida na festa junina de 1957, em Itabira.",
                     "Trabalhei na ferrovia até 1970, consertando os trilhos.",
                     "A feijoada de sábado era sagrada lá em casa."):
            api.add_memory(ana, pid, text=text)
        cid = api.call("POST", f"/api/personas/{pid}/conversations", ana, {}).json_body["id"]

        def say(n: int) -> dict[str, Any]:
            meter.reset()
            r = api.call("POST", f"/api/conversations/{cid}/messages", ana,
                         {"text": ["Vô, como você conheceu a vó?", "E a ferrovia?",
                                   "Vô, e a feijoada?"][n % 3],
                          "client_message_id": f"budget-{n:04d}"})
            assert r.status_code in (200, 201), r.body  # 200: a replay
            return r.json_body

        yield {"say": say, "meter": meter, "fresh": fresh}


def test_a_warm_turn_makes_three_calls_and_writes_at_most_eight_units(chat) -> None:
    chat["say"](0)
    chat["say"](1)
    chat["say"](2)
    assert chat["meter"].calls == ["BatchGetItem", "UpdateItem", "TransactWriteItems"]
    assert 0 < chat["meter"].wcu <= 8


def test_the_first_turn_after_a_cold_start_makes_at_most_six_calls(chat) -> None:
    chat["say"](0)
    chat["say"](1)
    chat["fresh"]()
    chat["say"](2)
    calls = chat["meter"].calls
    # the conversation's record, the batch read, the saved search index, the claim, the answer
    assert len(calls) <= 6 and calls[0] == "GetItem" and calls[-1] == "TransactWriteItems", calls


def test_a_replay_writes_nothing(chat) -> None:
    first = chat["say"](0)
    chat["meter"].reset()
    again = chat["say"](0)
    assert again == first and chat["meter"].wcu == 0
    assert "UpdateItem" not in chat["meter"].calls and "TransactWriteItems" not in \
        chat["meter"].calls


# -- the arithmetic ----------------------------------------------------------------------------

KNOWN = {"PK": {"S": "CONV#abc"},                        # 2 + 8
         "n": {"N": "12345"},                            # 1 + 3 digits' pairs + 1
         "m": {"M": {"a": {"BOOL": True}}},              # 1 + 3 + (1 + 1 + 1)
         "l": {"L": [{"S": "é"}, {"N": "-0.50"}]},       # 1 + 3 + (2 + 1) + (2 + 1)
         "z": {"NULL": True}}                            # 1 + 1


def test_an_items_size_follows_dynamodbs_rules() -> None:
    assert item_size(KNOWN) == 10 + 5 + 7 + 10 + 2
    assert item_size({"s": {"SS": ["ab", "ç"]}, "b": {"B": b"\x00\x01\x02"}}) == 1 + 4 + 1 + 3
    assert item_size(None) == 0


def test_write_units_round_up_per_kb_and_double_in_a_transaction() -> None:
    big = {"PK": {"S": "P"}, "t": {"S": "x" * 1020}}  # 3 + 1021 = 1024 bytes: one KB
    bigger = {"PK": {"S": "P"}, "t": {"S": "x" * 1021}}
    assert (item_size(big), units(item_size(big)), units(item_size(bigger))) == (1024, 1, 2)
    assert write_units("Put", None, KNOWN, transactional=False) == 1
    assert write_units("Put", None, bigger, transactional=True) == 4
    # an update costs the larger of the item before and after it; a delete, the item deleted
    assert write_units("Update", bigger, big, transactional=False) == 2
    assert write_units("Delete", bigger, None, transactional=True) == 4
    # a condition check is billed as a write of the item it checks
    assert write_units("ConditionCheck", KNOWN, KNOWN, transactional=True) == 2


def test_an_indexed_item_also_writes_its_index_copy() -> None:
    listed = {**KNOWN, "GSI1PK": {"S": "USER#u"}, "GSI1SK": {"S": "CONV#p#t#c"}}
    assert write_units("Update", listed, listed, transactional=True) == 2 + 1
    moved = {**listed, "GSI1SK": {"S": "CONV#p#t#d"}}
    assert write_units("Update", listed, moved, transactional=False) == 1 + 1 + 1
    assert write_units("Delete", listed, None, transactional=False) == 1 + 1


def test_the_meter_counts_what_a_real_write_consumes(dynamodb) -> None:
    meter = Meter(boto3.client("dynamodb", region_name="us-east-1"), TABLE)
    client = boto3.client("dynamodb", region_name="us-east-1")
    meter.attach(client)
    key = {"PK": {"S": "CONV#abc"}, "SK": {"S": "STATE"}}
    client.put_item(TableName=TABLE, Item={**KNOWN, **key})
    client.transact_write_items(TransactItems=[
        {"Update": {"TableName": TABLE, "Key": key, "UpdateExpression": "SET t = :t",
                    "ExpressionAttributeValues": {":t": {"S": "x" * 1_100}}}},
        {"ConditionCheck": {"TableName": TABLE, "Key": key | {"SK": {"S": "nothing"}},
                            "ConditionExpression": "attribute_not_exists(PK)"}}])
    # 1 (a small put) + 2 x 2 (the update makes it over a KB) + 2 x 1 (the check)
    assert meter.calls == ["PutItem", "TransactWriteItems"] and meter.wcu == 1 + 4 + 2
