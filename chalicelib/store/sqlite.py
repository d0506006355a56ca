"""The local store: DynamoDB's item model on one SQLite file (WAL, one transaction per write)."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Sequence

from chalicelib.store.table import (
    MAX_PAGE, Check, ConditionFailed, Delete, Op, Page, Put, Update, compare,
    ensure_distinct_keys, ensure_item_size, key_of,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    pk TEXT NOT NULL,
    sk TEXT NOT NULL,
    gsi1pk TEXT,
    gsi1sk TEXT,
    expires_at INTEGER,
    body TEXT NOT NULL,
    PRIMARY KEY (pk, sk)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS items_gsi1 ON items (gsi1pk, gsi1sk, pk, sk) WHERE gsi1pk IS NOT NULL;
"""


def _upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (keys are ASCII)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class SqliteTable:
    """A Table on a SQLite file, safe across restarts and crashes of one local process."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the local server's threads; the lock serialises its use.
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
            # DynamoDB's TTL removes expired items in the background; here, at start.
            self._db.execute("DELETE FROM items WHERE expires_at IS NOT NULL AND expires_at < ?",
                             (int(time.time()),))

    def close(self) -> None:
        """Release the file."""
        with self._lock:
            self._db.close()

    def get(self, pk: str, sk: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM items WHERE pk = ? AND sk = ?",
                                   (pk, sk)).fetchone()
        return json.loads(row[0]) if row else None

    def batch_get(self, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        found = []
        with self._lock:
            for pk, sk in dict.fromkeys(keys):
                row = self._db.execute("SELECT body FROM items WHERE pk = ? AND sk = ?",
                                       (pk, sk)).fetchone()
                if row:
                    found.append(json.loads(row[0]))
        return found

    def query(self, pk: str, *, prefix: str = "", index: bool = False, limit: int = MAX_PAGE,
              start: dict[str, str] | None = None, forward: bool = True) -> Page:
        part, sort = ("gsi1pk", "gsi1sk") if index else ("pk", "sk")
        where, args = [f"{part} = ?"], [pk]
        if prefix:
            where.append(f"{sort} >= ? AND {sort} < ?")
            args += [prefix, _upper_bound(prefix)]
        if start is not None:
            after = ">" if forward else "<"
            if index:
                where.append(f"(gsi1sk, pk, sk) {after} (?, ?, ?)")
                args += [start["GSI1SK"], start["PK"], start["SK"]]
            else:
                where.append(f"sk {after} ?")
                args.append(start["SK"])
        order = "ASC" if forward else "DESC"
        order_by = f"gsi1sk {order}, pk {order}, sk {order}" if index else f"sk {order}"
        sql = f"SELECT body FROM items WHERE {' AND '.join(where)} ORDER BY {order_by} LIMIT ?"
        with self._lock:
            rows = self._db.execute(sql, (*args, limit + 1)).fetchall()
        items = [json.loads(r[0]) for r in rows[:limit]]
        last = key_of(items[-1], index) if len(rows) > limit else None
        return Page(items, last)

    def write(self, ops: Sequence[Op]) -> None:
        ensure_distinct_keys(ops)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for op in ops:
                    self._apply(op)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def delete_keys(self, keys: Sequence[tuple[str, str]]) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("DELETE FROM items WHERE pk = ? AND sk = ?", list(keys))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def count(self) -> int:
        """How many items the file holds (for erasure tests)."""
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM items").fetchone()[0]

    def _apply(self, op: Op) -> None:
        if isinstance(op, Put):
            ensure_item_size(op.item)
            if op.if_absent and self.get(op.item["PK"], op.item["SK"]) is not None:
                raise ConditionFailed(op.reason)
            self._store(op.item)
        elif isinstance(op, Update):
            current = self.get(op.pk, op.sk)
            if current is None and not op.create:
                raise ConditionFailed(op.reason)
            item = current or {"PK": op.pk, "SK": op.sk}
            self._check(op, item)
            item.update(op.set)
            for name, amount in op.add.items():
                item[name] = item.get(name, 0) + amount
            for name in op.remove:
                item.pop(name, None)
            ensure_item_size(item)
            self._store(item)
        elif isinstance(op, Delete):
            gone = self._db.execute("DELETE FROM items WHERE pk = ? AND sk = ?", (op.pk, op.sk))
            if op.must_exist and gone.rowcount == 0:
                raise ConditionFailed(op.reason)
        elif isinstance(op, Check):
            current = self.get(op.pk, op.sk)
            if current is None:
                raise ConditionFailed(op.reason)
            self._check(op, current)

    @staticmethod
    def _check(op: Update | Check, item: dict[str, Any]) -> None:
        for c in op.conditions:
            value = item.get(c.attr)
            if not (value is None and c.or_absent) and not compare(value, c.op, c.value):
                raise ConditionFailed(op.reason)

    def _store(self, item: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO items (pk, sk, gsi1pk, gsi1sk, expires_at, body) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (item["PK"], item["SK"], item.get("GSI1PK"), item.get("GSI1SK"),
             item.get("expires_at"), json.dumps(item, ensure_ascii=False)),
        )
