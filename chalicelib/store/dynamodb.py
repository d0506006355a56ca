"""The AWS store: one DynamoDB table (PK/SK plus the GSI1 index), on-demand, no scans."""
from __future__ import annotations

import time
from decimal import Decimal
from typing import Any, Sequence

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from chalicelib.store.table import (
    MAX_PAGE, Check, Cond, ConditionFailed, Delete, Op, Page, Put, Update, compare,
    ensure_distinct_keys, ensure_item_size, key_of,
)

INDEX_NAME = "GSI1"
_serializer = TypeSerializer()
_deserializer = TypeDeserializer()
_UNPROCESSED_RETRIES = 5


def _to_dynamo(value: Any) -> Any:
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, dict):
        return {k: _to_dynamo(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_dynamo(v) for v in value]
    return value


def _from_dynamo(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_dynamo(v) for v in value]
    return value


def serialize(item: dict[str, Any]) -> dict[str, Any]:
    """A plain item as DynamoDB's typed attribute map."""
    return {k: _serializer.serialize(_to_dynamo(v)) for k, v in item.items()}


def deserialize(item: dict[str, Any]) -> dict[str, Any]:
    """DynamoDB's typed attribute map as a plain item (ints stay ints)."""
    return {k: _from_dynamo(_deserializer.deserialize(v)) for k, v in item.items()}


class _Expr:
    """Collects placeholders for one expression's attribute names and values."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.values: dict[str, Any] = {}

    def name(self, attr: str) -> str:
        key = f"#n{len(self.names)}"
        self.names[key] = attr
        return key

    def value(self, v: Any) -> str:
        key = f":v{len(self.values)}"
        self.values[key] = _serializer.serialize(_to_dynamo(v))
        return key

    def conditions(self, conds: Sequence[Cond], *, exists: bool) -> str | None:
        parts = [f"attribute_exists({self.name('PK')})"] if exists else []
        for c in conds:
            test = f"{self.name(c.attr)} {c.op} {self.value(c.value)}"
            if c.or_absent:
                test = f"(attribute_not_exists({self.name(c.attr)}) OR {test})"
            parts.append(test)
        return " AND ".join(parts) or None

    def apply(self, request: dict[str, Any], condition: str | None) -> dict[str, Any]:
        if condition:
            request["ConditionExpression"] = condition
        if self.names:
            request["ExpressionAttributeNames"] = self.names
        if self.values:
            request["ExpressionAttributeValues"] = self.values
        return request


class DynamoTable:
    """A Table on a DynamoDB table, through a low-level client handed in (moto in tests)."""

    def __init__(self, client: Any, table_name: str) -> None:
        self._client = client
        self._name = table_name

    def _key(self, pk: str, sk: str) -> dict[str, Any]:
        return {"PK": {"S": pk}, "SK": {"S": sk}}

    def get(self, pk: str, sk: str) -> dict[str, Any] | None:
        # Strongly consistent: a revoked member is refused on the very next request.
        found = self._client.get_item(TableName=self._name, Key=self._key(pk, sk),
                                      ConsistentRead=True).get("Item")
        return deserialize(found) if found else None

    def batch_get(self, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        pending = [self._key(pk, sk) for pk, sk in dict.fromkeys(keys)]
        found: list[dict[str, Any]] = []
        for attempt in range(_UNPROCESSED_RETRIES + 1):
            if not pending:
                break
            if attempt:
                time.sleep(0.05 * 2 ** attempt)
            reply = self._client.batch_get_item(RequestItems={
                self._name: {"Keys": pending, "ConsistentRead": True}})
            found += [deserialize(i) for i in reply.get("Responses", {}).get(self._name, [])]
            pending = reply.get("UnprocessedKeys", {}).get(self._name, {}).get("Keys", [])
        if pending:
            raise RuntimeError("DynamoDB left keys unprocessed after retries")
        return found

    def query(self, pk: str, *, prefix: str = "", index: bool = False, limit: int = MAX_PAGE,
              start: dict[str, str] | None = None, forward: bool = True) -> Page:
        expr = _Expr()
        part, sort = ("GSI1PK", "GSI1SK") if index else ("PK", "SK")
        key_condition = f"{expr.name(part)} = {expr.value(pk)}"
        if prefix:
            key_condition += f" AND begins_with({expr.name(sort)}, {expr.value(prefix)})"
        request: dict[str, Any] = {
            "TableName": self._name, "KeyConditionExpression": key_condition,
            "ScanIndexForward": forward, "ExpressionAttributeNames": expr.names,
            "ExpressionAttributeValues": expr.values,
        }
        if index:
            request["IndexName"] = INDEX_NAME
        else:
            request["ConsistentRead"] = True
        items: list[dict[str, Any]] = []
        exclusive = {k: {"S": v} for k, v in start.items()} if start else None
        # Ask for one more than the page so that "more" is known without an empty last page.
        while len(items) <= limit:
            request["Limit"] = limit + 1 - len(items)
            if exclusive:
                request["ExclusiveStartKey"] = exclusive
            reply = self._client.query(**request)
            items += [deserialize(i) for i in reply.get("Items", [])]
            exclusive = reply.get("LastEvaluatedKey")
            if not exclusive:
                break
        last = key_of(items[limit - 1], index) if len(items) > limit else None
        return Page(items[:limit], last)

    def write(self, ops: Sequence[Op]) -> None:
        ensure_distinct_keys(ops)
        requests = [self._request(op) for op in ops]
        try:
            if len(requests) == 1:
                kind, request = requests[0]
                method = {"Put": self._client.put_item, "Update": self._client.update_item,
                          "Delete": self._client.delete_item}.get(kind)
                if method is None:  # a lone Check has nothing to write: read instead
                    assert isinstance(ops[0], Check)
                    self._check_alone(ops[0])
                    return
                method(**request)
            else:
                self._client.transact_write_items(
                    TransactItems=[{kind: request} for kind, request in requests])
        except ClientError as e:
            code = e.response["Error"]["Code"]
            if code == "ConditionalCheckFailedException":
                raise ConditionFailed(ops[0].reason) from None
            if code == "TransactionCanceledException":
                # One reason per operation, in order; the failed one's position names its reason.
                reasons = e.response.get("CancellationReasons") or []
                failed = [op.reason for op, r in zip(ops, reasons, strict=False)
                          if r.get("Code") == "ConditionalCheckFailed"]
                if failed or not reasons:
                    raise ConditionFailed(failed[0] if failed else None) from None
            raise

    def delete_keys(self, keys: Sequence[tuple[str, str]]) -> None:
        keys = list(dict.fromkeys(keys))
        for offset in range(0, len(keys), 25):
            pending = [{"DeleteRequest": {"Key": self._key(pk, sk)}}
                       for pk, sk in keys[offset:offset + 25]]
            for attempt in range(_UNPROCESSED_RETRIES + 1):
                if not pending:
                    break
                if attempt:
                    time.sleep(0.05 * 2 ** attempt)
                reply = self._client.batch_write_item(RequestItems={self._name: pending})
                pending = reply.get("UnprocessedItems", {}).get(self._name, [])
            if pending:
                raise RuntimeError("DynamoDB left deletes unprocessed after retries")

    def _check_alone(self, op: Check) -> None:
        item = self.get(op.pk, op.sk)
        if item is None or not all((item.get(c.attr) is None and c.or_absent)
                                   or compare(item.get(c.attr), c.op, c.value)
                                   for c in op.conditions):
            raise ConditionFailed(op.reason)

    def _request(self, op: Op) -> tuple[str, dict[str, Any]]:
        expr = _Expr()
        if isinstance(op, Put):
            ensure_item_size(op.item)
            cond = f"attribute_not_exists({expr.name('PK')})" if op.if_absent else None
            return "Put", expr.apply({"TableName": self._name, "Item": serialize(op.item)}, cond)
        if isinstance(op, Update):
            clauses = []
            sets = [f"{expr.name(k)} = {expr.value(v)}" for k, v in op.set.items()]
            if sets:
                clauses.append("SET " + ", ".join(sets))
            adds = [f"{expr.name(k)} {expr.value(v)}" for k, v in op.add.items()]
            if adds:
                clauses.append("ADD " + ", ".join(adds))
            if op.remove:
                clauses.append("REMOVE " + ", ".join(expr.name(k) for k in op.remove))
            cond = expr.conditions(op.conditions, exists=not op.create)
            return "Update", expr.apply({"TableName": self._name, "Key": self._key(op.pk, op.sk),
                                         "UpdateExpression": " ".join(clauses)}, cond)
        if isinstance(op, Delete):
            cond = f"attribute_exists({expr.name('PK')})" if op.must_exist else None
            return "Delete", expr.apply({"TableName": self._name,
                                         "Key": self._key(op.pk, op.sk)}, cond)
        cond = expr.conditions(op.conditions, exists=True)
        return "ConditionCheck", expr.apply({"TableName": self._name,
                                             "Key": self._key(op.pk, op.sk)}, cond)


def table_definition(table_name: str) -> dict[str, Any]:
    """The table's schema, shared by the tests (moto), the bench and infra docs."""
    return {
        "TableName": table_name,
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [{"AttributeName": n, "AttributeType": "S"}
                                 for n in ("PK", "SK", "GSI1PK", "GSI1SK")],
        "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"},
                      {"AttributeName": "SK", "KeyType": "RANGE"}],
        "GlobalSecondaryIndexes": [{
            "IndexName": INDEX_NAME,
            "KeySchema": [{"AttributeName": "GSI1PK", "KeyType": "HASH"},
                          {"AttributeName": "GSI1SK", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"},
        }],
    }
