"""The item table both stores implement: DynamoDB's single-table model, reduced to what we use.

Items are dicts with string keys `PK` and `SK`, optionally `GSI1PK`/`GSI1SK` (the one secondary
index) and `expires_at` (epoch seconds, DynamoDB's TTL attribute). Every access is a get, a batch
get, a query on a partition (of the table or of the index) or a write; there is no scan.

A write operation with a condition names what its failure means (`reason`, e.g. "memories_full"),
so the repository never guesses it from the operation's position in a transaction.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any, Iterator, Literal, Protocol, Sequence

from chalicelib.store.refusals import Refused

KEY_FIELDS = ("PK", "SK")
INDEX_FIELDS = ("GSI1PK", "GSI1SK")
MAX_ITEM_BYTES = 200_000  # DynamoDB's hard limit is 400 KB; stay well under it.
MAX_PAGE = 100

Comparison = Literal["=", "<", "<=", ">", ">="]


@dataclass(frozen=True)
class Cond:
    """A condition on one attribute of the item a write touches."""

    attr: str
    op: Comparison
    value: Any
    or_absent: bool = False  # also true when the attribute does not exist yet


@dataclass(frozen=True)
class Put:
    """Write a whole item; `if_absent` makes it fail when the key already exists."""

    item: dict[str, Any]
    if_absent: bool = False
    reason: str | None = None  # what a failed condition means (a key of errors.REFUSALS)


@dataclass(frozen=True)
class Update:
    """Set attributes and add to counters on an item that must exist."""

    pk: str
    sk: str
    set: dict[str, Any] = field(default_factory=dict)
    add: dict[str, int | float] = field(default_factory=dict)
    remove: tuple[str, ...] = ()
    conditions: tuple[Cond, ...] = ()
    create: bool = False  # when True the item may be absent: counters start at zero
    reason: str | None = None  # what a failed condition means (a key of errors.REFUSALS)


@dataclass(frozen=True)
class Delete:
    """Remove an item; `must_exist` makes it fail when the key is absent."""

    pk: str
    sk: str
    must_exist: bool = False
    reason: str | None = None  # what a failed condition means (a key of errors.REFUSALS)


@dataclass(frozen=True)
class Check:
    """A condition on an item that the transaction does not change."""

    pk: str
    sk: str
    conditions: tuple[Cond, ...] = ()
    reason: str | None = None  # what a failed condition means (a key of errors.REFUSALS)


Op = Put | Update | Delete | Check


class ConditionFailed(Exception):
    """A write's condition did not hold; `reason` is the failed operation's, if it named one."""

    def __init__(self, reason: str | None = None) -> None:
        super().__init__(f"condition failed: {reason or 'unnamed'}")
        self.reason = reason


@dataclass(frozen=True)
class Page:
    """One page of a query: the items and, when more remain, the position after the last."""

    items: list[dict[str, Any]]
    last_key: dict[str, str] | None


class Table(Protocol):
    """What a store backend does; both implementations pass the same contract tests."""

    def get(self, pk: str, sk: str) -> dict[str, Any] | None:
        """One item by its key, or None."""

    def batch_get(self, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """The items that exist among `keys` (at most 100), in no particular order."""

    def query(self, pk: str, *, prefix: str = "", index: bool = False, limit: int = MAX_PAGE,
              start: dict[str, str] | None = None, forward: bool = True) -> Page:
        """Items of one partition whose sort key starts with `prefix`, in sort-key order."""

    def write(self, ops: Sequence[Op]) -> None:
        """Apply every operation or none; raises ConditionFailed."""

    def delete_keys(self, keys: Sequence[tuple[str, str]]) -> None:
        """Remove many items without conditions (erasure); not atomic across batches."""


def query_all(table: Table, pk: str, *, prefix: str = "", index: bool = False) -> Iterator[dict]:
    """Every item of a partition, page by page (for erasure, export and index builds)."""
    start = None
    while True:
        page = table.query(pk, prefix=prefix, index=index, start=start)
        yield from page.items
        if page.last_key is None:
            return
        start = page.last_key


def key_of(item: dict[str, Any], index: bool) -> dict[str, str]:
    """The position of an item in a query, as DynamoDB's LastEvaluatedKey would give it."""
    names = KEY_FIELDS + INDEX_FIELDS if index else KEY_FIELDS
    return {name: item[name] for name in names}


def encode_cursor(last_key: dict[str, str] | None) -> str | None:
    """An opaque, URL-safe cursor for the next page."""
    if last_key is None:
        return None
    raw = json.dumps(last_key, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, pk: str, *, index: bool,
                  prefix: str = "") -> dict[str, str] | None:
    """The position a cursor names, refused unless it belongs to the list being read (its
    partition, and its sort-key prefix: DynamoDB refuses a start key outside the query)."""
    if not cursor:
        return None
    # Client input, but only the store knows which partition and prefix a cursor must name.
    bad = Refused("bad_cursor")
    if len(cursor) > 2048:
        raise bad
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw) if raw.startswith(b"{") else None
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        raise bad from None
    names = set(KEY_FIELDS + INDEX_FIELDS if index else KEY_FIELDS)
    if not isinstance(key, dict) or set(key) != names or not all(
            isinstance(v, str) for v in key.values()):
        raise bad
    if key["GSI1PK" if index else "PK"] != pk:
        raise bad
    if not key["GSI1SK" if index else "SK"].startswith(prefix):
        raise bad
    return key


def op_key(op: Op) -> tuple[str, str]:
    """The key of the item an operation touches."""
    if isinstance(op, Put):
        return op.item["PK"], op.item["SK"]
    return op.pk, op.sk


def ensure_distinct_keys(ops: Sequence[Op]) -> None:
    """DynamoDB refuses two operations on one item in a transaction; so do we, everywhere."""
    keys = [op_key(op) for op in ops]
    if len(set(keys)) != len(keys):
        raise ValueError("a transaction must not touch the same item twice")
    if len(keys) > 100:
        raise ValueError("a transaction holds at most 100 operations")


def item_size(item: dict[str, Any]) -> int:
    """An upper bound of the item's stored size in bytes."""
    return len(json.dumps(item, ensure_ascii=False, default=str).encode("utf-8"))


def ensure_item_size(item: dict[str, Any]) -> None:
    """Refuse an item that would come near DynamoDB's 400 KB limit."""
    if item_size(item) > MAX_ITEM_BYTES:
        raise Refused("record_too_large", kb=MAX_ITEM_BYTES // 1000)


def compare(left: Any, op: Comparison, right: Any) -> bool:
    """Evaluate a condition the way DynamoDB would (absent attributes fail every comparison)."""
    if left is None:
        return False
    if op == "=":
        return bool(left == right)
    if op == "<":
        return bool(left < right)
    if op == "<=":
        return bool(left <= right)
    if op == ">":
        return bool(left > right)
    return bool(left >= right)
