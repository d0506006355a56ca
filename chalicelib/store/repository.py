"""The store: domain operations (personas, memories, conversations, invites) on one Table.

Both backends (SQLite, DynamoDB) sit under this class, so the access paths, conditions and
erasure order are written once and tested once against each. A write that cannot be made raises
`Refused` with a named reason; what a person is told is decided at the edge (`errors.REFUSALS`).
"""
from __future__ import annotations

import base64
import calendar
import secrets
import datetime as dt
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence, overload

from chalicelib.store import keys
from chalicelib.store.refusals import Refused
from chalicelib.store.table import (
    Check, Cond, ConditionFailed, Delete, Op, Page, Put, Table, Update, decode_cursor,
    encode_cursor, item_size, key_of, query_all,
)

INDEX_PART_CHARS = 180_000  # under MAX_ITEM_BYTES with the keys
INDEX_PARTS_PER_WRITE = 20  # DynamoDB takes at most 4 MB in one transaction
INTERNAL = frozenset({"PK", "SK", "GSI1PK", "GSI1SK", "kind", "expires_at"})


def _revision_is(revision: int) -> tuple[Cond, ...]:
    """The persona's memory revision is still the one the writer read (absent means 0)."""
    return (Cond("memory_revision", "=", revision, or_absent=revision == 0),)


def _older_index_item(sort_key: str, revision: int) -> bool:
    """A saved-index part or log entry that the index saved at `revision` replaces."""
    if sort_key.startswith(keys.INDEX_PART):
        return int(sort_key[len(keys.INDEX_PART):].split("#")[0]) < revision
    if sort_key.startswith(keys.INDEX_LOG):
        return int(sort_key[len(keys.INDEX_LOG):]) <= revision
    return False


def memory_size(memory: dict[str, Any]) -> int:
    """The characters a memory adds to its persona's search index (its photos' captions are
    searched as its text)."""
    return len(memory.get("text") or "") + len(memory.get("title") or "") + sum(
        len(t) for t in (memory.get("tags") or []) + (memory.get("triggers") or [])) + sum(
        len(p.get("caption") or "") for p in memory.get("photos") or [])


@dataclass(frozen=True)
class MemoryLimits:
    """How much a persona may remember: the search index is built from all of it."""

    count: int
    chars: int

    def full(self) -> Refused:
        """The refusal of a write past these limits (the message quotes them)."""
        return Refused("memories_full", count=self.count, chars=self.chars)


@dataclass(frozen=True)
class DailyCap:
    """The sender's day: whose and which (`USAGE#<day>`, where a turn is claimed), the most
    messages it may count (0: no cap), when its item expires, and how long until midnight."""

    user_id: str
    day: str
    limit: int
    expires_epoch: int
    retry_after: int


# -- the chat turn's own records (docs/architecture.md, "Data": one turn, three calls) ----------
# A turn is claimed in the sender's day item: one conditional write, which counts it against the
# daily cap and keeps, while it runs, the visitor's message (stored before any model is called).
# Its answer is one transaction: the reply, carrying the message it answers, the conversation's
# state (the recent messages the next prompt reads) and the day's metrics.
STATE_BYTES = 1_000  # the state item, as `item_size` measures it (over DynamoDB's): one unit
WINDOW_TEXT_CHARS = 280  # of each message kept for the next prompt (cut at a word, with "…")
WINDOW_MESSAGES = 6
KEEP_FAILED = 3  # failed messages a conversation's state remembers for their retry
KEEP_CLAIMS = 5  # a sender's claims kept in their day item: at most this many ...
REMEMBER_CLAIMS_S = 900  # ... of the last quarter of an hour (a retry comes within seconds)
HASH_CHARS = 12  # of the text's SHA-256, to tell a retry from a reused id
FACTS_CACHED = 4_096  # conversations whose unchanging facts a process remembers
DAY_CLOSED_S = 600  # a day's cost is final this long after it ends (a turn's deadline is less)
CLAIM_TRIES = 3  # optimistic writes that lost to another writer are tried again this often
SCAN_FOR_REPLY = 25  # items read after a message to find the reply that answers it
HALF = "#half"  # a cursor inside an item: its message out, the one it carries not yet
FACT_FIELDS = ("id", "persona_id", "user_id", "visitor_name", "relationship", "language",
               "created_at")


@dataclass(frozen=True)
class TurnClaim:
    """A turn this request claimed: where (the sender's day), for which key, since when (the
    token a Stop names), the visitor's message it answers, and what answering it changes."""

    user_id: str
    day: str
    client_id: str
    token: str
    question: dict[str, Any]
    text_hash: str = ""
    listed_failed: bool = False  # a failed try of the message is listed: the answer replaces it
    regenerates: str | None = None  # the reply a regeneration writes again


@dataclass(frozen=True)
class TurnReads:
    """What one batch read gives a turn: the conversation (None: gone, or not the caller's) and
    its state, the caller's role and the persona, the power switch and the month's cost, the
    persona's import counts, and the sender's day items (today's, and the claims of both)."""

    conversation: dict[str, Any] | None
    state: dict[str, Any] | None = None
    membership: dict[str, Any] | None = None
    persona: dict[str, Any] | None = None
    power: dict[str, Any] | None = None
    month_cost: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    usage: dict[str, Any] = field(default_factory=dict)
    claims: list[dict[str, Any]] = field(default_factory=list)


def claim_of(claims: Sequence[dict[str, Any]], conversation_id: str,
             client_id: str) -> dict[str, Any] | None:
    """The latest claim of a client's message id in a conversation, or None."""
    found = [c for c in claims if c.get("c") == conversation_id and c.get("k") == client_id]
    return max(found, key=lambda c: str(c.get("t")), default=None)


def failed_claim(state: dict[str, Any] | None, conversation_id: str,
                 client_id: str) -> dict[str, Any] | None:
    """A failed message's claim as the conversation's state remembers it (until a retry answers
    it, however late: the website offers the retry beside the failed message), or None."""
    failed = ((state or {}).get("failed") or {}).get(client_id)
    if failed is None:
        return None
    return {"c": conversation_id, "k": client_id, "h": failed["h"], "q": failed["q"],
            "t": str(failed["q"]).split("#", 1)[0], "f": 1}


def question_of(claim: dict[str, Any]) -> dict[str, Any]:
    """The visitor's message a stored claim answers, as it is listed while pending."""
    created_at, message_id = str(claim["q"]).split("#", 1)
    question = {"id": message_id, "role": "visitor", "text": claim.get("m", ""),
                "client_message_id": claim["k"], "created_at": created_at, "status": "pending"}
    if claim.get("e"):
        question["edited_from"] = claim["e"]
    return question


def window_without(window: Sequence[dict[str, Any]], *, reply: bool = False,
                   exchange: bool = False) -> list[dict[str, Any]]:
    """The recent messages without the last reply (a regeneration replaces it) or without the
    last exchange, the last visitor message and what follows it (an edit replaces them)."""
    kept = [dict(w) for w in window]
    if exchange:
        asked = [n for n, w in enumerate(kept) if w.get("r") == "v"]
        return kept[:asked[-1]] if asked else kept
    if reply and kept and kept[-1].get("r") == "p":
        kept.pop()
    return kept


def days_of(month: str) -> list[str]:
    """Every day of a month ("YYYY-MM"), as the metrics name them."""
    year, number = int(month[:4]), int(month[5:7])
    return [f"{month}-{d:02d}" for d in range(1, calendar.monthrange(year, number)[1] + 1)]


def seconds_between(earlier: str, later: str) -> float:
    """Seconds from one of our ISO times to another."""
    def parse(text: str) -> dt.datetime:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")
    return (parse(later) - parse(earlier)).total_seconds()


@overload
def public(item: dict[str, Any]) -> dict[str, Any]: ...
@overload
def public(item: None) -> None: ...
@overload
def public(item: dict[str, Any] | None) -> dict[str, Any] | None: ...


def public(item: dict[str, Any] | None) -> dict[str, Any] | None:
    """An item without its storage keys."""
    if item is None:
        return None
    return {k: v for k, v in item.items() if k not in INTERNAL}


def listing(page: Page, index: bool) -> dict[str, Any]:
    """A page as the API shows lists: items and an opaque cursor."""
    return {"items": [public(i) for i in page.items],
            "next_cursor": encode_cursor(page.last_key)}


class Store:
    """Domain reads and writes; every one is a get, a batch get, a query or a write."""

    def __init__(self, table: Table) -> None:
        self.table = table
        # What never changes, remembered by the process: a conversation's persona, owner and
        # opening (`FACTS_CACHED`), and the cost of a month's days that are over.
        self._facts: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._closed_days: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    # -- identity (local issuer) --------------------------------------------------------------

    def local_user_id(self, email: str, new_id: str, now: str) -> str:
        """The user id bound to an e-mail by the local issuer, binding `new_id` on first use."""
        pk, sk = keys.local_login(email)
        try:
            self.table.write([Put({"PK": pk, "SK": sk, "kind": "local_login", "email": email,
                                   "user_id": new_id, "created_at": now}, if_absent=True)])
            return new_id
        except ConditionFailed:
            found = self.table.get(pk, sk)
            assert found is not None  # written by whoever won the race
            return str(found["user_id"])

    def local_user(self, email: str) -> str | None:
        """The user id the local issuer bound to an e-mail, or None (no account yet)."""
        found = self.table.get(*keys.local_login(email))
        return None if found is None else str(found["user_id"])

    def mark_erased(self, user_id: str, erased_at: int, until_epoch: int) -> None:
        """Remember, until the caller's tokens have expired, when this account was erased."""
        pk, sk = keys.erased(user_id)
        self.table.write([Put({"PK": pk, "SK": sk, "kind": "erased", "erased_at": erased_at,
                               "expires_at": until_epoch})])

    def was_erased(self, user_id: str, issued_at: int) -> bool:
        """Whether a token issued at `issued_at` predates an erasure of its account (a person
        who signs in again afterwards starts afresh, even with the same Cognito user)."""
        found = self.table.get(*keys.erased(user_id))
        return (found is not None and int(found.get("expires_at", 0)) > time.time()
                and issued_at <= int(found.get("erased_at", 0)))

    def forget_local_login(self, email: str, user_id: str) -> None:
        """Unbind an e-mail from the erased user id (erasure); an e-mail that signed in again
        since, as someone new, keeps its new binding."""
        found = self.table.get(*keys.local_login(email))
        if found is not None and found.get("user_id") == user_id:
            self.table.write([Delete(*keys.local_login(email))])

    # -- personas and memberships -------------------------------------------------------------

    def create_persona(self, persona: dict[str, Any], owner: dict[str, Any]) -> None:
        """Store a new persona and its owner's membership together."""
        pid = persona["id"]
        pk, sk = keys.persona(pid)
        self.table.write([
            Put({"PK": pk, "SK": sk, "kind": "persona", **persona}, if_absent=True),
            Put(self._member_item(pid, owner), if_absent=True),
        ])

    def personas_by_id(self, persona_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The personas among `persona_ids` that exist, in no particular order."""
        return self._get_many([keys.persona(p) for p in dict.fromkeys(persona_ids)])

    def get_persona(self, persona_id: str) -> dict[str, Any] | None:
        """The persona's record, or None."""
        return public(self.table.get(*keys.persona(persona_id)))

    def update_persona(self, persona_id: str, changes: dict[str, Any], now: str) -> dict:
        """Apply changed fields and bump the version (which invalidates cached indexes)."""
        self._write([Update(*keys.persona(persona_id), set={**changes, "updated_at": now},
                            add={"version": 1}, reason="persona_missing")])
        found = self.get_persona(persona_id)
        if found is None:  # erased between the write and this read
            raise Refused("persona_missing")
        return found

    def get_membership(self, persona_id: str, user_id: str) -> dict[str, Any] | None:
        """A user's membership of a persona (their role), or None."""
        return public(self.table.get(*keys.member(persona_id, user_id)))

    def add_member(self, persona_id: str, member: dict[str, Any]) -> None:
        """Give a user a role on a persona, unless they already have one."""
        self._write([Put(self._member_item(persona_id, member), if_absent=True,
                         reason="already_member")])

    def remove_member(self, persona_id: str, user_id: str,
                      revoked_at: str | None = None) -> bool:
        """Take a user's role away; False when they had none. With `revoked_at` (the owner
        revoking, not the member leaving) a mark stays, so older invites cannot let them in."""
        ops: list[Op] = [Delete(*keys.member(persona_id, user_id), must_exist=True)]
        if revoked_at is not None:
            pk, sk = keys.revoked(persona_id, user_id)
            ops.append(Put({"PK": pk, "SK": sk, "kind": "revoked", "revoked_at": revoked_at,
                            **keys.revoked_index(user_id, persona_id)}))
        try:
            self.table.write(ops)
            return True
        except ConditionFailed:
            return False

    def revoked_at(self, persona_id: str, user_id: str) -> str | None:
        """When the owner last revoked this user's access, if ever."""
        found = self.table.get(*keys.revoked(persona_id, user_id))
        return str(found["revoked_at"]) if found else None

    def forget_revocations(self, user_id: str) -> None:
        """Erase the marks of revocations of this user (erasure)."""
        marks = query_all(self.table, keys.USER + user_id, prefix="REVOKED#", index=True)
        self.table.delete_keys([(m["PK"], m["SK"]) for m in marks])

    def list_members(self, persona_id: str) -> list[dict[str, Any]]:
        """Everyone with a role on a persona."""
        pk, _ = keys.persona(persona_id)
        return [public(i) for i in query_all(self.table, pk, prefix=keys.MEMBER)]

    def list_my_personas(self, user_id: str, cursor: str | None, limit: int) -> dict[str, Any]:
        """A page of the personas a user has a role on, each with that role."""
        pk = keys.USER + user_id
        page = self.table.query(pk, prefix=keys.MEMBER, index=True, limit=limit,
                                start=decode_cursor(cursor, pk, index=True, prefix=keys.MEMBER))
        personas = {p["id"]: p for p in self.table.batch_get(
            [keys.persona(m["persona_id"]) for m in page.items])} if page.items else {}
        items = []
        for m in page.items:
            found = personas.get(m["persona_id"])
            if found is not None:
                items.append({**public(found), "role": m["role"]})
        return {"items": items, "next_cursor": encode_cursor(page.last_key)}

    def memberships_of(self, user_id: str) -> Iterator[dict[str, Any]]:
        """Every membership a user has (export, erasure)."""
        for item in query_all(self.table, keys.USER + user_id, prefix=keys.MEMBER, index=True):
            yield public(item)

    def transfer_ownership(self, persona_id: str, owner_id: str, editor_id: str,
                           now: str) -> None:
        """Hand a persona from its owner to one of its editors in one write: the editor becomes
        the owner and the owner an editor, only while both still hold those roles.

        Refused: "not_owner" when the owner no longer is one (handed over from another tab),
        "new_owner_not_editor" when the editor left or was removed meanwhile."""
        if owner_id == editor_id:  # one item twice in one transaction: no one is handed anything
            raise Refused("new_owner_not_editor")
        self._write([
            Update(*keys.member(persona_id, owner_id), set={"role": "editor"},
                   conditions=(Cond("role", "=", "owner"),), reason="not_owner"),
            Update(*keys.member(persona_id, editor_id), set={"role": "owner", "owner_since": now},
                   conditions=(Cond("role", "=", "editor"),), reason="new_owner_not_editor"),
            Check(*keys.persona(persona_id), reason="persona_missing"),
        ])

    def delete_persona(self, persona_id: str) -> None:
        """Erase a persona and everything under it, every visitor's conversations included.

        The persona's record and its owner's membership go last, in one write, so an interrupted
        erasure can be run again by the owner and finishes the job."""
        pk, _ = keys.persona(persona_id)
        doomed: list[tuple[str, str]] = []
        last: list[Delete] = [Delete(*keys.persona(persona_id))]
        for item in query_all(self.table, pk):
            sk = item["SK"]
            if sk.startswith(keys.CONV):
                self.delete_conversation(sk[len(keys.CONV):])
            elif sk.startswith(keys.INVITE):
                doomed.append(keys.invite(sk[len(keys.INVITE):]))
            if sk.startswith(keys.MEMBER) and item.get("role") == "owner":
                last.append(Delete(pk, sk))
            elif sk != keys.META:
                doomed.append((pk, sk))
        self.table.delete_keys(doomed)
        self.table.write(last)

    # -- notices: what a member is told about a legacy they belong to -------------------------

    def add_notices(self, notices: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Store (user id, notice) pairs, each in its member's partition; a notice carries its
        own `id`, `created_at` and `expires_at` (epoch seconds: the TTL keeps them few)."""
        items = [Put({"PK": keys.notice(user_id, n["id"])[0],
                      "SK": keys.notice(user_id, n["id"])[1], "kind": "notice", **n})
                 for user_id, n in notices]
        for start in range(0, len(items), 25):  # no conditions: any batch size is atomic enough
            self.table.write(items[start:start + 25])

    def list_notices(self, user_id: str, now_epoch: int, limit: int) -> list[dict[str, Any]]:
        """A user's notices still in force, the newest first (one bounded query; DynamoDB's
        TTL removes expired items late, so they are filtered here too)."""
        page = self.table.query(keys.USER + user_id, prefix=keys.NOTICE)
        live = [public(i) for i in page.items if int(i.get("expires_at", 0)) > now_epoch]
        return sorted(live, key=lambda n: (n["created_at"], n["id"]), reverse=True)[:limit]

    def dismiss_notice(self, user_id: str, notice_id: str) -> bool:
        """Remove one of a user's notices; False when they have no such notice."""
        try:
            self.table.write([Delete(*keys.notice(user_id, notice_id), must_exist=True)])
            return True
        except ConditionFailed:
            return False

    def forget_notices(self, user_id: str) -> None:
        """Erase every notice of a user (erasure)."""
        found = query_all(self.table, keys.USER + user_id, prefix=keys.NOTICE)
        self.table.delete_keys([(i["PK"], i["SK"]) for i in found])

    # -- memories ------------------------------------------------------------------------------

    def add_memory(self, persona_id: str, memory: dict[str, Any], limits: MemoryLimits,
                   revision: int | None = None, also: Sequence[Op] = ()) -> int:
        """Store a memory if the persona has room (in count and in text), bumping its version
        and its memory revision in the same write, which also logs the change for the saved
        search index. `revision` is the memory revision the caller read (refused as
        "memories_moved" if another write came first); returns the new one. `also` rides in
        the same write (accepting a proposed memory removes the proposal)."""
        pk, sk = keys.memory(persona_id, memory["id"])
        item = {"PK": pk, "SK": sk, "kind": "memory", **memory,
                **keys.memory_index(persona_id, memory["created_at"], memory["id"])}
        size = memory_size(memory)
        revision = self._memory_revision(persona_id, "persona_missing") if revision is None \
            else revision
        try:
            self._write([
                *also,  # first: its refusal (a proposal accepted twice) is the one that counts
                Put(item, if_absent=True),  # a fresh random id: a clash is a bug, not a refusal
                Update(*keys.persona(persona_id),
                       add={"version": 1, "memory_count": 1, "memory_chars": size,
                            "memory_revision": 1},
                       conditions=(Cond("memory_count", "<", limits.count),
                                   Cond("memory_chars", "<=", limits.chars - size,
                                        or_absent=True),
                                   *_revision_is(revision)),
                       reason="memories_full"),
                self._logged(persona_id, revision + 1, memory["id"]),
            ])
        except Refused as refused:
            if refused.reason != "memories_full":  # e.g. "record_too_large"
                raise
            raise self._full_or_gone(persona_id, limits, gone="persona_missing",
                                     revision=revision) from None
        return revision + 1

    def forget_author(self, persona_id: str, user_id: str) -> int:
        """Remove a user's name as author from the memories they wrote on a persona (erasure);
        the memories stay, as the persona's owner keeps them. Returns how many changed."""
        changed = 0
        for memory in self.all_memories(persona_id):
            if memory.get("created_by") == user_id:
                try:
                    self.table.write([Update(*keys.memory(persona_id, memory["id"]),
                                             remove=("created_by",))])
                    changed += 1
                except ConditionFailed:
                    pass  # deleted meanwhile
        return changed

    def get_memory(self, persona_id: str, memory_id: str) -> dict[str, Any] | None:
        """One memory, or None."""
        return public(self.table.get(*keys.memory(persona_id, memory_id)))

    def update_memory(self, persona_id: str, memory_id: str, changes: dict[str, Any],
                      size_change: int, limits: MemoryLimits,
                      revision: int | None = None) -> dict[str, Any]:
        """Change a memory's fields and bump the persona's version, text total and memory
        revision (logged for the saved search index; see `add_memory` for `revision`)."""
        room = (Cond("memory_chars", "<=", limits.chars - size_change, or_absent=True),) \
            if size_change > 0 else ()
        revision = self._memory_revision(persona_id) if revision is None else revision
        try:
            self._write([
                Update(*keys.memory(persona_id, memory_id), set=changes,
                       reason="memory_missing"),
                Update(*keys.persona(persona_id),
                       add={"version": 1, "memory_chars": size_change, "memory_revision": 1},
                       conditions=(*room, *_revision_is(revision)), reason="memories_full"),
                self._logged(persona_id, revision + 1, memory_id),
            ])
        except Refused as refused:
            if refused.reason != "memories_full":
                raise
            # A memory whose persona is gone is gone with it.
            raise self._full_or_gone(persona_id, limits, gone="memory_missing",
                                     revision=revision) from None
        found = self.get_memory(persona_id, memory_id)
        if found is None:  # deleted between the write and this read
            raise Refused("memory_missing")
        return found

    def delete_memory(self, persona_id: str, memory: dict[str, Any],
                      revision: int | None = None) -> None:
        """Remove a memory and bump the persona's version and memory revision (logged for the
        saved search index; see `add_memory` for `revision`)."""
        revision = self._memory_revision(persona_id) if revision is None else revision
        try:
            self._write([
                Delete(*keys.memory(persona_id, memory["id"]), must_exist=True,
                       reason="memory_missing"),
                Update(*keys.persona(persona_id), add={
                    "version": 1, "memory_count": -1, "memory_chars": -memory_size(memory),
                    "memory_revision": 1},
                    conditions=_revision_is(revision), reason="memories_moved"),
                self._logged(persona_id, revision + 1, memory["id"]),
            ])
        except Refused as refused:
            # A memory whose persona is gone is gone with it.
            if refused.reason == "memories_moved" and self.get_persona(persona_id) is None:
                raise Refused("memory_missing") from None
            raise

    # -- the saved search index (chalicelib/persona/retrieval.py) -----------------------------

    def saved_index(self, persona_id: str) -> tuple[bytes | None, list[tuple[int, str]]]:
        """The persona's current saved search index (None if there is none) and the memory
        writes logged since it was saved, as (revision, memory id), in one partition query."""
        pk, _ = keys.persona(persona_id)
        meta: dict[str, Any] | None = None
        parts: dict[str, str] = {}
        log: list[tuple[int, str]] = []
        for item in query_all(self.table, pk, prefix=keys.INDEX):
            sk = item["SK"]
            if sk == keys.INDEX_META:
                meta = item
            elif sk.startswith(keys.INDEX_PART):
                parts[sk] = item["data"]
            elif sk.startswith(keys.INDEX_LOG):
                log.append((int(item["revision"]), str(item["memory_id"])))
        if meta is None:
            return None, log
        revision, count = int(meta["revision"]), int(meta["parts"])
        save = str(meta.get("save") or "")
        wanted = [keys.index_part(persona_id, revision, n, save)[1] for n in range(count)]
        if any(sk not in parts for sk in wanted):
            return None, log  # being replaced right now, or half-erased: rebuild
        blob = base64.b64decode("".join(parts[sk] for sk in wanted))
        log = [(r, m) for r, m in log if r > revision]
        return blob, sorted(log)

    def save_index(self, persona_id: str, revision: int, blob: bytes) -> None:
        """Save a persona's search index as of a memory revision: its parts first, then the
        record that makes them current, then the older parts and log entries go."""
        pk, _ = keys.persona(persona_id)
        text = base64.b64encode(blob).decode("ascii")
        pieces = [text[i:i + INDEX_PART_CHARS] for i in range(0, len(text), INDEX_PART_CHARS)]
        save = secrets.token_urlsafe(6)  # this save's own keys
        puts = [Put({"PK": pk, "SK": keys.index_part(persona_id, revision, n, save)[1],
                     "kind": "index_part", "data": piece}) for n, piece in enumerate(pieces)]
        for start in range(0, len(puts), INDEX_PARTS_PER_WRITE):
            self.table.write(puts[start:start + INDEX_PARTS_PER_WRITE])
        meta_pk, meta_sk = keys.index_meta(persona_id)
        try:
            self.table.write([Update(meta_pk, meta_sk, create=True,
                                     set={"kind": "index_meta", "revision": revision,
                                          "parts": len(pieces), "bytes": len(blob),
                                          "save": save},
                                     conditions=(Cond("revision", "<", revision,
                                                      or_absent=True),))])
        except ConditionFailed:  # one as new was saved meanwhile: this one is not needed (its
            self.table.delete_keys([(pk, put.item["SK"]) for put in puts])  # own keys go)
            return
        stale = [(pk, item["SK"]) for item in query_all(self.table, pk, prefix=keys.INDEX)
                 if _older_index_item(item["SK"], revision)]
        self.table.delete_keys(stale)

    def _memory_revision(self, persona_id: str, gone: str = "memory_missing") -> int:
        """The persona's memory revision now (for writers that did not read it)."""
        found = self.get_persona(persona_id)
        if found is None:
            raise Refused(gone)
        return int(found.get("memory_revision") or 0)

    @staticmethod
    def _logged(persona_id: str, revision: int, memory_id: str) -> Put:
        """The log entry of one memory write (a second entry for a revision is a race lost)."""
        pk, sk = keys.index_log(persona_id, revision)
        return Put({"PK": pk, "SK": sk, "kind": "index_log", "revision": revision,
                    "memory_id": memory_id}, if_absent=True, reason="memories_moved")

    def list_memories(self, persona_id: str, cursor: str | None, limit: int) -> dict[str, Any]:
        """A page of memories, newest first."""
        pk = keys.MEMORIES + persona_id
        page = self.table.query(pk, index=True, limit=limit, forward=False,
                                start=decode_cursor(cursor, pk, index=True))
        return listing(page, index=True)

    def memories_from(self, persona_id: str, after: str | None,
                      limit: int) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """Memories newest first after a position, each with the cursor of its own position
        (to resume right after it), and whether more remain (the export's walk)."""
        pk = keys.MEMORIES + persona_id
        page = self.table.query(pk, index=True, limit=limit, forward=False,
                                start=decode_cursor(after, pk, index=True))
        return [(public(i), str(encode_cursor(key_of(i, True)))) for i in page.items
                ], page.last_key is not None

    def messages_from(self, conversation_id: str, after: str | None,
                      limit: int) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """Messages oldest first after a position, each with its own position's cursor."""
        return self._message_slots(conversation_id, after, limit, newest_first=False)

    def memories_by_id(self, persona_id: str, memory_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The memories among `memory_ids` that still exist, in no particular order."""
        return self._get_many([keys.memory(persona_id, m) for m in dict.fromkeys(memory_ids)])

    def all_memories(self, persona_id: str) -> list[dict[str, Any]]:
        """Every memory of a persona (for building its search index; bounded by max_count)."""
        pk, _ = keys.persona(persona_id)
        return [public(i) for i in query_all(self.table, pk, prefix=keys.MEMORY)]

    # -- imports: jobs, style samples, proposed memories (docs/imports.md) ----------------------

    def create_import(self, job: dict[str, Any]) -> bool:
        """Store a new import job; False when one with its id exists (an upload started twice).
        Refused "persona_missing" once the persona is gone."""
        pid, iid = job["persona_id"], job["id"]
        pk, sk = keys.import_job(pid, iid)
        try:
            self._write([Put({"PK": pk, "SK": sk, "kind": "import", **job,
                              **keys.import_index(pid, job["created_at"], iid)}, if_absent=True),
                         Check(*keys.persona(pid), reason="persona_missing")])
        except ConditionFailed:  # the Put's unnamed condition: the id is taken
            return False
        return True

    def get_import(self, persona_id: str, import_id: str) -> dict[str, Any] | None:
        """An import job, or None."""
        return public(self.table.get(*keys.import_job(persona_id, import_id)))

    def update_import(self, persona_id: str, import_id: str, changes: dict[str, Any],
                      when_status: str | None = None) -> bool:
        """Change an import job; False when it is gone, or (with `when_status`) when its
        status is no longer that one (a person chosen twice, a job finished meanwhile)."""
        conditions = (Cond("status", "=", when_status),) if when_status else ()
        try:
            self.table.write([Update(*keys.import_job(persona_id, import_id), set=changes,
                                     conditions=conditions)])
        except ConditionFailed:
            return False
        return True

    def list_imports(self, persona_id: str, cursor: str | None, limit: int) -> dict[str, Any]:
        """A page of a persona's imports, the newest first."""
        return self._index_page(keys.IMPORTS + persona_id, cursor, limit)

    def imports_from(self, persona_id: str, after: str | None,
                     limit: int) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """Imports after a position, each with its own position's cursor (the export's walk)."""
        return self._index_walk(keys.IMPORTS + persona_id, after, limit)

    def delete_import(self, persona_id: str, import_id: str) -> bool:
        """Remove an import job (what it added stays); False when there is none. The record of
        the chat text it read goes with it, so the same file may be imported again."""
        job = self.get_import(persona_id, import_id)
        if job is None:
            return False
        ops: list[Op] = [Delete(*keys.import_job(persona_id, import_id), must_exist=True)]
        if job.get("text_sha256"):
            marker = self.table.get(*keys.imported_text(persona_id, job["text_sha256"]))
            if marker is not None and marker.get("import_id") == import_id:
                ops.append(Delete(*keys.imported_text(persona_id, job["text_sha256"])))
        try:
            self.table.write(ops)
        except ConditionFailed:
            return False
        return True

    def claim_imported_text(self, persona_id: str, text_sha256: str,
                            import_id: str) -> str | None:
        """Record that this import reads a chat text; the id of another import that already
        read it (and did not fail), else None."""
        pk, sk = keys.imported_text(persona_id, text_sha256)
        item = {"PK": pk, "SK": sk, "kind": "imported_text", "import_id": import_id}
        try:
            self.table.write([Put(item, if_absent=True)])
            return None
        except ConditionFailed:
            pass
        found = self.table.get(pk, sk)
        holder = str(found["import_id"]) if found else import_id
        if holder == import_id:
            return None
        other = self.get_import(persona_id, holder)
        if other is not None and other.get("status") != "failed":
            return holder
        self.table.write([Put(item)])  # the first try failed or was deleted: this one reads it
        return None

    def forget_import_author(self, persona_id: str, user_id: str) -> None:
        """Remove a user's name from the imports they started on a persona (erasure)."""
        for item in query_all(self.table, keys.IMPORTS + persona_id, index=True):
            if item.get("created_by") == user_id:
                try:
                    self.table.write([Update(item["PK"], item["SK"], remove=("created_by",))])
                except ConditionFailed:
                    pass  # deleted meanwhile

    def import_counts(self, persona_id: str) -> dict[str, int]:
        """How many style samples and proposed memories the persona keeps, and the samples'
        revision (0 before the first sample)."""
        found = self.table.get(*keys.imported_counts(persona_id)) or {}
        return {name: int(found.get(name) or 0)
                for name in ("samples", "proposals", "samples_revision")}

    def add_style_samples(self, persona_id: str, samples: Sequence[dict[str, Any]],
                          limit: int) -> int:
        """Store the samples not kept yet, while the persona keeps fewer than `limit`; returns
        how many were added. An id is made from the message itself, so a message imported
        again (the same file, or a later export of the same chat) is found and skipped."""
        return self._add_imported(persona_id, [
            {**keys.style_sample_index(persona_id, s["at"], s["id"]),
             "PK": keys.style_sample(persona_id, s["id"])[0],
             "SK": keys.style_sample(persona_id, s["id"])[1], "kind": "style_sample", **s}
            for s in samples], "samples", limit, lambda s: [])

    def list_style_samples(self, persona_id: str, cursor: str | None,
                           limit: int) -> dict[str, Any]:
        """A page of a persona's style samples, the most recently written first."""
        return self._index_page(keys.SAMPLES + persona_id, cursor, limit)

    def style_samples_from(self, persona_id: str, after: str | None,
                           limit: int) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """Style samples after a position, each with its own position's cursor (export)."""
        return self._index_walk(keys.SAMPLES + persona_id, after, limit)

    def all_style_samples(self, persona_id: str) -> list[dict[str, Any]]:
        """Every style sample of a persona (bounded by the import limits)."""
        return [public(i) for i in query_all(self.table, keys.SAMPLES + persona_id, index=True)]

    def delete_style_sample(self, persona_id: str, sample_id: str) -> bool:
        """Remove one style sample; False when the persona keeps no such sample."""
        try:
            self.table.write([
                Delete(*keys.style_sample(persona_id, sample_id), must_exist=True),
                Update(*keys.imported_counts(persona_id), add={"samples": -1,
                                                              "samples_revision": 1},
                       create=True),
            ])
        except ConditionFailed:
            return False
        return True

    def add_proposals(self, persona_id: str, proposals: Sequence[dict[str, Any]],
                      limit: int) -> int:
        """Store proposed memories not proposed (nor accepted) before, while fewer than
        `limit` wait for review; returns how many were added (ids as for style samples)."""
        return self._add_imported(persona_id, [
            {**keys.proposal_index(persona_id, p["date"], p["id"]),
             "PK": keys.proposal(persona_id, p["id"])[0],
             "SK": keys.proposal(persona_id, p["id"])[1], "kind": "proposal", **p}
            for p in proposals], "proposals", limit,
            lambda p: [keys.memory(persona_id, p["id"])])

    def get_proposal(self, persona_id: str, proposal_id: str) -> dict[str, Any] | None:
        """A proposed memory, or None."""
        return public(self.table.get(*keys.proposal(persona_id, proposal_id)))

    def list_proposals(self, persona_id: str, cursor: str | None,
                       limit: int) -> dict[str, Any]:
        """A page of a persona's proposed memories, the latest day first."""
        return self._index_page(keys.PROPOSALS + persona_id, cursor, limit)

    def proposals_from(self, persona_id: str, after: str | None,
                       limit: int) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """Proposed memories after a position, each with its position's cursor (export)."""
        return self._index_walk(keys.PROPOSALS + persona_id, after, limit)

    def update_proposal(self, persona_id: str, proposal_id: str,
                        changes: dict[str, Any]) -> dict[str, Any]:
        """Edit a proposed memory before it is accepted (refused "memory_missing")."""
        self._write([Update(*keys.proposal(persona_id, proposal_id), set=changes,
                            reason="memory_missing")])
        found = self.get_proposal(persona_id, proposal_id)
        if found is None:  # accepted or discarded between the write and this read
            raise Refused("memory_missing")
        return found

    def discard_proposal(self, persona_id: str, proposal_id: str) -> bool:
        """Remove a proposed memory; False when there is no such proposal."""
        try:
            self.table.write(list(self.proposal_taken(persona_id, proposal_id)))
        except ConditionFailed:
            return False
        return True

    @staticmethod
    def proposal_taken(persona_id: str, proposal_id: str) -> tuple[Op, ...]:
        """The operations that take a proposal away, for the write that accepts it as a
        memory (`add_memory(also=...)`): refused "memory_missing" when it is already gone."""
        return (Delete(*keys.proposal(persona_id, proposal_id), must_exist=True,
                       reason="memory_missing"),
                Update(*keys.imported_counts(persona_id), add={"proposals": -1}, create=True))

    def _add_imported(self, persona_id: str, items: list[dict[str, Any]], counter: str,
                      limit: int,
                      also_known: Callable[[dict[str, Any]], list[tuple[str, str]]]) -> int:
        """Write items of one kind 50 at a time: those whose key (or a key `also_known` gives
        for it) exists are skipped, and the persona's count of that kind, checked against
        `limit` in the same write, grows by the rest. Refused "persona_missing"."""
        added = 0
        for offset in range(0, len(items), 50):
            batch = items[offset:offset + 50]
            wanted = [(i["PK"], i["SK"]) for i in batch]
            extra = [k for i in batch for k in also_known(i)]
            found = {(i["PK"], i["SK"]) for i in self.table.batch_get(wanted + extra)}
            fresh = [i for i in batch if (i["PK"], i["SK"]) not in found
                     and not any(k in found for k in also_known(i))]
            for _ in range(3):  # another writer may take the room between reading and writing
                room = limit - self.import_counts(persona_id)[counter]
                fresh = fresh[:max(0, room)]
                if not fresh:
                    return added
                counts: dict[str, int | float] = {counter: len(fresh)}
                if counter == "samples":
                    counts["samples_revision"] = 1
                try:
                    self._write([
                        *(Put(i) for i in fresh),
                        Update(*keys.imported_counts(persona_id), add=counts, create=True,
                               conditions=(Cond(counter, "<=", limit - len(fresh),
                                                or_absent=True),)),
                        Check(*keys.persona(persona_id), reason="persona_missing"),
                    ])
                    added += len(fresh)
                    break
                except ConditionFailed:
                    continue
        return added

    def _index_page(self, index_pk: str, cursor: str | None, limit: int) -> dict[str, Any]:
        """A page of one GSI1 partition, the latest sort key first."""
        page = self.table.query(index_pk, index=True, limit=limit, forward=False,
                                start=decode_cursor(cursor, index_pk, index=True))
        return listing(page, index=True)

    def _index_walk(self, index_pk: str, after: str | None,
                    limit: int) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """Items of one GSI1 partition after a position, latest first, each with the cursor
        of its own position, and whether more remain."""
        page = self.table.query(index_pk, index=True, limit=limit, forward=False,
                                start=decode_cursor(after, index_pk, index=True))
        return [(public(i), str(encode_cursor(key_of(i, True)))) for i in page.items
                ], page.last_key is not None

    # -- conversations and messages ------------------------------------------------------------
    # A message item is one message; a reply carries the visitor's message it answers
    # (`question`), which is listed right before it: a turn writes both in one item. A visitor's
    # message has an item of its own only when its try failed (listed as failed until a retry
    # answers it) or when it is edited while failed.

    def create_conversation(self, conversation: dict[str, Any],
                            greeting: dict[str, Any] | None) -> None:
        """Store a conversation, its marker under the persona, its state (the recent messages a
        turn reads) and its opening message."""
        cid, pid = conversation["id"], conversation["persona_id"]
        pk, sk = keys.conversation(cid)
        ops: list = [
            Put({"PK": pk, "SK": sk, "kind": "conversation", **conversation,
                 **keys.conversation_index(conversation["user_id"], pid,
                                           conversation["created_at"], cid)}, if_absent=True),
            Put({"PK": keys.conversation_pointer(pid, cid)[0],
                 "SK": keys.conversation_pointer(pid, cid)[1], "kind": "conversation_pointer",
                 "conversation_id": cid}),
            Put(self._state_item(cid, [] if greeting is None else [greeting],
                                 conversation["created_at"], 0)),
        ]
        if greeting is not None:
            ops.append(Put(self._message_item(cid, greeting)))
        # Not if the persona is being erased meanwhile ...
        ops.append(Check(*keys.persona(pid), reason="persona_missing"))
        # ... nor once the caller's role is gone (revoked, or their account being erased): to
        # them the persona no longer exists.
        ops.append(Check(*keys.member(pid, conversation["user_id"]), reason="persona_missing"))
        self._write(ops)
        self._remember(conversation)

    def get_conversation(self, conversation_id: str) -> dict[str, Any] | None:
        """A conversation's record, with when it was last talked in, or None."""
        wanted = [keys.conversation(conversation_id), keys.conversation_state(conversation_id)]
        found = {i["SK"]: i for i in self.table.batch_get(wanted)}
        record = found.get(keys.META)
        if record is None:
            return None
        return self._talked(public(record), found.get(keys.STATE))

    def list_conversations(self, user_id: str, persona_id: str, cursor: str | None,
                           limit: int) -> dict[str, Any]:
        """A page of one user's conversations with one persona, newest first."""
        pk = keys.USER + user_id
        prefix = f"{keys.CONV}{persona_id}#"
        page = self.table.query(pk, prefix=prefix, index=True, limit=limit, forward=False,
                                start=decode_cursor(cursor, pk, index=True, prefix=prefix))
        return self._with_state(listing(page, index=True))

    def list_all_conversations(self, user_id: str, cursor: str | None,
                               limit: int) -> dict[str, Any]:
        """A page of all of a user's conversations, by persona, the newest first within each."""
        pk = keys.USER + user_id
        page = self.table.query(pk, prefix=keys.CONV, index=True, limit=limit, forward=False,
                                start=decode_cursor(cursor, pk, index=True, prefix=keys.CONV))
        return self._with_state(listing(page, index=True))

    def conversations_of(self, user_id: str) -> Iterator[dict[str, Any]]:
        """Every conversation a user had, with any persona (export, erasure)."""
        batch: list[dict[str, Any]] = []
        for item in query_all(self.table, keys.USER + user_id, prefix=keys.CONV, index=True):
            batch.append(public(item))
            if len(batch) == 100:
                yield from self._with_state({"items": batch})["items"]
                batch = []
        if batch:
            yield from self._with_state({"items": batch})["items"]

    def list_messages(self, conversation_id: str, cursor: str | None, limit: int,
                      newest_first: bool = False) -> dict:
        """A page of a conversation's messages, oldest first (or newest first)."""
        slots, more = self._message_slots(conversation_id, cursor, limit, newest_first)
        return {"items": [m for m, _ in slots],
                "next_cursor": slots[-1][1] if more and slots else None}

    def recent_messages(self, conversation_id: str, count: int) -> list[dict[str, Any]]:
        """The last `count` messages of a conversation that still count, oldest first: a
        superseded one (a regenerated reply, an edited message and its reply) is left out. One
        query, bounded: twice `count` items is read to make room for them."""
        pk, _ = keys.conversation(conversation_id)
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=min(2 * count, 100),
                                forward=False)
        current = [m for i in page.items for m in reversed(self._messages_of(conversation_id, i))
                   if m.get("status") != "superseded"]
        return list(reversed(current[:count]))

    def find_message(self, conversation_id: str, message_id: str) -> dict[str, Any] | None:
        """A message of a conversation by its id, or None. Its key holds its time, which the id
        does not: the conversation is read newest first, a page at a time (feedback and
        regenerating are about recent replies, found in the first page)."""
        pk, _ = keys.conversation(conversation_id)
        start = None
        while True:
            page = self.table.query(pk, prefix=keys.MESSAGE, forward=False, start=start)
            for item in page.items:
                for message in self._messages_of(conversation_id, item):
                    if message.get("id") == message_id:
                        return message
            if page.last_key is None:
                return None
            start = page.last_key

    def set_feedback(self, conversation_id: str, reply: dict[str, Any],
                     feedback: dict[str, Any] | None, also: Sequence[Op] = ()) -> None:
        """Give or change (None: remove) the feedback on a reply, only while it is still the
        feedback that was read (the counters in `also` move by what this write changes).

        Refused: "feedback_moved" when another write changed it first, or the reply is gone."""
        pk, sk = keys.message(conversation_id, reply["created_at"], reply["id"])
        previous = reply.get("feedback")
        same = (Cond("feedback", "=", previous),) if previous else \
            (Cond("feedback", "=", "", or_absent=True),)  # "": never a feedback, so "absent"
        change = Update(pk, sk, set={"feedback": feedback}, conditions=same,
                        reason="feedback_moved") if feedback is not None else \
            Update(pk, sk, remove=("feedback",), conditions=same, reason="feedback_moved")
        self._write([change, *also])

    def delete_conversation(self, conversation_id: str) -> None:
        """Erase a conversation with its messages and its marker under the persona. Its state
        goes first: a turn that ends after that stores nothing (its write needs the state), and
        one that ended before is found by the partition's query. The visitor's messages still
        being answered in it leave the sender's day items too."""
        pk, _ = keys.conversation(conversation_id)
        found = self.table.get(*keys.conversation(conversation_id))
        self.table.write([Delete(*keys.conversation_state(conversation_id))])
        doomed = [(i["PK"], i["SK"]) for i in query_all(self.table, pk) if i["SK"] != keys.META]
        self.table.delete_keys(doomed)
        ops = [Delete(*keys.conversation(conversation_id))]
        if found is not None:
            ops.append(Delete(*keys.conversation_pointer(found["persona_id"], conversation_id)))
        self.table.write(ops)
        with self._lock:
            self._facts.pop(conversation_id, None)
        if found is not None:
            for day in self.usage_of(str(found["user_id"])):  # the few its TTL has not taken
                self._forget_claims(day, conversation_id)

    # -- the chat turn: one read, the claim, the answer ---------------------------------------

    def turn_reads(self, conversation_id: str, user_id: str, *, today: str, yesterday: str,
                   month_days: Sequence[str], closed_before: str) -> TurnReads:
        """Everything a turn reads, in one batch read: the conversation's state, the caller's
        membership (strongly consistent: a revoked member is refused at once), the persona, the
        power switch, the sender's day items, the persona's import counts, and this month's
        days that are not over (`month_days`, oldest first; the cost of the days before
        `closed_before` is remembered once read). A conversation this process has not seen
        costs one read more, of its record. `conversation` is None when it is gone or is
        someone else's (nothing else is read then)."""
        facts = self._conversation_facts(conversation_id)
        if facts is None or facts["user_id"] != user_id:
            return TurnReads(conversation=None)
        pid = facts["persona_id"]
        month = today[:7]
        with self._lock:
            summed_through, summed = self._closed_days.get(month, ("", 0.0))
        unsummed = [d for d in month_days if d > summed_through]
        wanted = [keys.conversation_state(conversation_id), keys.member(pid, user_id),
                  keys.persona(pid), keys.usage(user_id, today), keys.usage(user_id, yesterday),
                  keys.power(), keys.imported_counts(pid),
                  *(keys.day_metrics(d) for d in unsummed)]
        found = {(i["PK"], i["SK"]): i for i in self.table.batch_get(wanted)}
        state = found.get(keys.conversation_state(conversation_id))
        if state is None:
            state = self._state_of_older(conversation_id)
        if state is None:  # erased (its state goes first)
            with self._lock:
                self._facts.pop(conversation_id, None)
            return TurnReads(conversation=None)
        costs = {d: float(found.get(keys.day_metrics(d), {}).get("cost_usd", 0.0))
                 for d in unsummed}
        closed = [d for d in unsummed if d < closed_before]
        if closed:
            with self._lock:  # days over keep their cost: each is read once by a process
                self._closed_days[month] = (max(closed), summed + sum(costs[d] for d in closed))
        usage = found.get(keys.usage(user_id, today)) or {}
        earlier = found.get(keys.usage(user_id, yesterday)) or {}
        counts = found.get(keys.imported_counts(pid)) or {}
        return TurnReads(
            conversation=self._talked(dict(facts), state), state=state,
            membership=public(found.get(keys.member(pid, user_id))),
            persona=public(found.get(keys.persona(pid))),
            power=public(found.get(keys.power())),
            month_cost=summed + sum(costs.values()),
            counts={n: int(counts.get(n) or 0) for n in ("samples", "proposals",
                                                          "samples_revision")},
            usage=usage,
            claims=[*(c for c in earlier.get("claims") or []),
                    *(c for c in usage.get("claims") or [])])

    def begin_turn(self, conversation_id: str, message: dict[str, Any], text_hash: str,
                   cap: DailyCap | None = None, also: Sequence[Op] = (),
                   usage: dict[str, Any] | None = None, running_s: float = 60.0) -> TurnClaim:
        """Claim a new turn for the visitor's message before any model is called: one write to
        the sender's day item, which keeps the message while it is answered and counts it
        against the daily cap (`cap`; without one, the conversation's owner's day, uncapped).
        `usage` is the day item as the turn read it; `also` rides in the same write (an edit:
        the message it replaces, and its reply, superseded). Other claims keep their message
        while they may still be running (`running_s`: the longest turn, and a margin).

        Refused: "turn_taken" when another request claimed the same client id first,
        "conversation_missing" (without a cap) when the conversation is gone,
        "daily_cap_reached" (with `retry_after`) when the cap is reached, "reply_moved" when
        what an edit replaces changed meanwhile."""
        if cap is None:
            found = self.get_conversation(conversation_id)
            if found is None:
                raise Refused("conversation_missing")
            cap = DailyCap(str(found["user_id"]), message["created_at"][:10], 0,
                           expires_epoch=int(time.time()) + 3 * 86_400, retry_after=0)
        claim = {"c": conversation_id, "k": message["client_message_id"],
                 "h": text_hash[:HASH_CHARS], "t": message["created_at"],
                 "q": f"{message['created_at']}#{message['id']}", "m": message["text"]}
        if message.get("edited_from"):
            claim["e"] = message["edited_from"]
        self._claim(cap, claim, None, also, usage, running_s)
        return TurnClaim(cap.user_id, cap.day, claim["k"], claim["t"], question_of(claim),
                         claim["h"])

    def claim_turn(self, conversation_id: str, claim: dict[str, Any], text: str,
                   claimed_at: str, cap: DailyCap, usage: dict[str, Any] | None = None,
                   running_s: float = 60.0) -> TurnClaim:
        """Take a failed or abandoned turn (`claim`, as it was read) back, for the same message
        (`text`, as sent again). Only one retry wins: the write is conditioned on the day item
        as it was read, and a retry that finds the claim taken since is refused. A retry counts
        against the daily cap like a new message.

        Refused: "turn_taken" when another retry won the claim, "daily_cap_reached" (with
        `retry_after`) when the cap is reached."""
        taken = {k: v for k, v in claim.items() if k not in ("f", "t", "m")}
        taken["t"] = claimed_at
        if not claim.get("g"):
            taken["m"] = text
        self._claim(cap, taken, str(claim["t"]), (), usage, running_s)
        question = {**question_of(claim), "text": text} if not claim.get("g") else \
            self._answered_question(conversation_id, claim)
        return TurnClaim(cap.user_id, cap.day, str(claim["k"]), claimed_at, question,
                         str(claim["h"]), listed_failed=bool(claim.get("f")) and not claim.get("g"),
                         regenerates=claim.get("g"))

    def begin_regeneration(self, conversation_id: str, turn_key: str, text_hash: str,
                           message: dict[str, Any], reply: dict[str, Any], claimed_at: str,
                           cap: DailyCap, usage: dict[str, Any] | None = None,
                           running_s: float = 60.0) -> TurnClaim:
        """Claim a new turn for an answered message (`turn_key`, the regeneration's own
        idempotency key), while `reply` is still its current reply, counted against the
        daily cap like a message.

        Refused: "turn_taken" when the key was claimed first, "reply_moved" when the reply
        was replaced or erased meanwhile, "daily_cap_reached" past the cap."""
        claim = {"c": conversation_id, "k": turn_key, "h": text_hash[:HASH_CHARS],
                 "t": claimed_at, "q": f"{message['created_at']}#{message['id']}",
                 "g": reply["id"]}
        self._claim(cap, claim, None, [
            Check(*keys.message(conversation_id, reply["created_at"], reply["id"]),
                  conditions=(Cond("status", "=", "answered"),), reason="reply_moved")], usage,
            running_s)
        return TurnClaim(cap.user_id, cap.day, turn_key, claimed_at,
                         {**message, "status": "answered"}, claim["h"], regenerates=reply["id"])

    def turn_answer(self, conversation_id: str, claim: dict[str, Any]
                    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """The visitor's message and the reply of a claimed turn that was answered, or None
        (being answered, failed or abandoned). A message's is its current reply (regenerated
        since, the latest); a regeneration's, the reply it wrote. One query, on a replay only."""
        created_at, message_id = str(claim["q"]).split("#", 1)
        pk, _ = keys.conversation(conversation_id)
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=SCAN_FOR_REPLY,
                                start={"PK": pk, "SK": keys.message(conversation_id, created_at,
                                                                    message_id)[1]})
        question: dict[str, Any] | None = None
        first = ""
        answers: list[dict[str, Any]] = []
        for item in page.items:
            if (item.get("question") or {}).get("id") == message_id:
                question, first = self._messages_of(conversation_id, item)[0], item["id"]
                answers.append(item)
            elif first and (item.get("alternatives") or [None])[0] == first:
                answers.append(item)
        if claim.get("g"):
            answers = [a for a in answers if (a.get("alternatives") or [None])[-1] == claim["g"]]
        if question is None or not answers:
            return None
        return question, self._messages_of(conversation_id, answers[-1])[-1]

    def complete_turn(self, conversation_id: str, claim: TurnClaim, reply: dict[str, Any],
                      state: dict[str, Any], also: Sequence[Op] = (),
                      replaces: dict[str, Any] | None = None, drops_last: bool = False,
                      stopped: bool = False) -> None:
        """Store the reply and settle the turn in one write: the reply (carrying the visitor's
        message, now answered), the conversation's state (`state` as the turn read it: the
        recent messages and when it was last talked in) and what rides in `also` (metrics).
        `drops_last`: an edit answered, whose replaced message and reply leave the recent
        messages; `stopped`: the visitor's Stop is done with.

        A regeneration (`claim.regenerates`) writes a reply of its own and marks the one it
        `replaces` superseded, only while that is still the current reply; a retry of a failed
        message removes the failed message's own item.

        Refused: "reply_moved" when the replaced reply was replaced or erased meanwhile,
        "conversation_missing" when the conversation was erased."""
        question = {**claim.question, "status": "answered"}
        ops: list[Op] = []
        if replaces is None:  # the message as it is carried: a visitor's, answered
            ops.append(Put({**self._message_item(conversation_id, reply), "question": {
                k: v for k, v in question.items()
                if k not in ("conversation_id", "role", "status")}}))
            if claim.listed_failed:
                ops.append(Delete(*keys.message(conversation_id, question["created_at"],
                                                question["id"])))
        else:
            ops.append(Put(self._message_item(conversation_id, reply)))
            ops.append(Update(*keys.message(conversation_id, replaces["created_at"],
                                            replaces["id"]),
                              set={"status": "superseded", "superseded_by": reply["id"]},
                              conditions=(Cond("status", "=", "answered"),),
                              reason="reply_moved"))
        if stopped:
            ops.append(Delete(*keys.stop_request(conversation_id, claim.client_id)))
        for _ in range(CLAIM_TRIES):
            edited = question.get("edited_from") or ""  # an edit of a failed message ends it
            failed = {k: v for k, v in (state.get("failed") or {}).items()
                      if k != claim.client_id and not str(v["q"]).endswith("#" + edited)}
            window = self._window(conversation_id, state,
                                  question if replaces is None else None, reply,
                                  replaces is not None, drops_last, failed)
            version = int(state.get("version") or 0)
            sets: dict[str, Any] = {"window": window, "updated_at": reply["created_at"],
                                    "version": version + 1}
            if failed != (state.get("failed") or {}):  # a failed message answered at last
                sets["failed"] = failed
            try:
                self._write([*ops, Update(*keys.conversation_state(conversation_id), set=sets,
                                          conditions=(Cond("version", "=", version,
                                                           or_absent=version == 0),)), *also])
                return
            except ConditionFailed:  # another turn of this conversation ended first, or it
                fresh = self.table.get(*keys.conversation_state(conversation_id))  # is gone
                if fresh is None:
                    raise Refused("conversation_missing") from None
                state = fresh
        raise Refused("turn_taken")

    def fail_turn(self, conversation_id: str, claim: TurnClaim,
                  also: Sequence[Op] = ()) -> dict[str, Any]:
        """Mark the turn failed (kept, so a retry with its key completes it): the visitor's
        message is listed as failed (a regeneration's message was answered, and stays so), the
        conversation's state remembers it for its retry, and the claim in the sender's day
        says so, so a retry need not wait. Nothing is stored in a conversation erased meanwhile
        (refused "conversation_missing")."""
        failed = {**claim.question, "status": "failed"}
        ops: list[Op] = [Delete(*keys.stop_request(conversation_id, claim.client_id)), *also]
        if claim.regenerates is None:
            ops.append(Put(self._message_item(conversation_id, failed)))
        for _ in range(CLAIM_TRIES):
            state = self.table.get(*keys.conversation_state(conversation_id))
            if state is None:
                raise Refused("conversation_missing")
            version = int(state.get("version") or 0)
            kept = dict(sorted((state.get("failed") or {}).items(),
                               key=lambda f: str(f[1]["q"]))[-(KEEP_FAILED - 1):])
            remembered = Update(*keys.conversation_state(conversation_id), set={
                "failed": {**kept, claim.client_id: {"h": claim.text_hash, "q": claim.question[
                    "created_at"] + "#" + claim.question["id"]}}, "version": version + 1},
                conditions=(Cond("version", "=", version, or_absent=version == 0),)) \
                if claim.regenerates is None else Check(*keys.conversation_state(conversation_id))
            usage = self.table.get(*keys.usage(claim.user_id, claim.day)) or {}
            mine = [c for c in usage.get("claims") or [] if c.get("c") == conversation_id
                    and c.get("k") == claim.client_id and c.get("t") == claim.token]
            claims = [{**{k: v for k, v in c.items() if k != "m"}, "f": 1} if c in mine else c
                      for c in usage.get("claims") or []]
            count = int(usage.get("messages") or 0)
            marked = [Update(*keys.usage(claim.user_id, claim.day), set={"claims": claims},
                             conditions=(Cond("messages", "=", count),))] if mine else []
            try:
                self._write([remembered, *ops, *marked])
                return failed
            except ConditionFailed:  # another turn of the conversation, or claim of the
                continue            # sender's, came first: read both again
        raise Refused("turn_taken")

    def request_stop(self, conversation_id: str, client_message_id: str, user_id: str,
                     days: Sequence[str], expires_epoch: int) -> bool:
        """Ask the turn answering this message to stop writing (the visitor's Stop); False
        when no such turn is being answered (`days`: the sender's days to look in)."""
        found = self.table.batch_get([keys.usage(user_id, d) for d in days])
        claim = claim_of([c for i in found for c in i.get("claims") or []], conversation_id,
                         client_message_id)
        if claim is None or claim.get("f") or self.turn_answer(conversation_id, claim):
            return False
        pk, sk = keys.stop_request(conversation_id, client_message_id)
        self.table.write([Put({"PK": pk, "SK": sk, "kind": "stop", "token": claim["t"],
                               "expires_at": expires_epoch})])
        return True

    def stop_requested(self, conversation_id: str, client_message_id: str, token: str) -> bool:
        """Whether the visitor asked the try of this turn claimed at `token` to stop."""
        found = self.table.get(*keys.stop_request(conversation_id, client_message_id))
        return bool(found and found.get("token") == token)

    def superseding(self, conversation_id: str, messages: Sequence[dict[str, Any]],
                    by: str) -> list[Op]:
        """The writes that mark messages superseded by message `by`, each only while its item
        is as it was read (refused as "reply_moved" otherwise). A visitor's message carried by
        a reply is changed in that reply's item (found by one query after it)."""
        changes: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for message in messages:
            mark: dict[str, Any] = {"status": "superseded", "superseded_by": by}
            carrier = self._carrier(conversation_id, message) \
                if message.get("role") == "visitor" else None
            sets: dict[str, Any]
            if carrier is None:
                key = keys.message(conversation_id, message["created_at"], message["id"])
                sets, status = dict(mark), str(message.get("status") or "")
            else:
                key = (carrier["PK"], carrier["SK"])
                sets = {"question": {**carrier["question"], **mark}}
                status = str(carrier.get("status") or "")
            before = changes.get(key)
            changes[key] = ({**before[0], **sets}, before[1]) if before else (sets, status)
        return [Update(pk, sk, set=sets, conditions=(Cond("status", "=", status),),
                       reason="reply_moved") for (pk, sk), (sets, status) in changes.items()]

    def _carrier(self, conversation_id: str, message: dict[str, Any]) -> dict[str, Any] | None:
        """The reply item that carries a visitor's message, or None when it has its own."""
        pk, sk = keys.message(conversation_id, message["created_at"], message["id"])
        if self.table.get(pk, sk) is not None:
            return None
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=SCAN_FOR_REPLY,
                                start={"PK": pk, "SK": sk})
        return next((i for i in page.items
                     if (i.get("question") or {}).get("id") == message["id"]), None)

    def _answered_question(self, conversation_id: str, claim: dict[str, Any]) -> dict[str, Any]:
        """The answered message a regeneration's claim is for (a takeover of one)."""
        created_at, message_id = str(claim["q"]).split("#", 1)
        carrier = self._carrier(conversation_id, {"id": message_id, "created_at": created_at})
        if carrier is None:  # erased meanwhile: the regeneration's answer will be refused
            return {**question_of({**claim, "m": ""}), "status": "answered"}
        return {k: v for k, v in self._messages_of(conversation_id, carrier)[0].items()
                if k != "conversation_id"}

    def _claim(self, cap: DailyCap, claim: dict[str, Any], taking: str | None,
               also: Sequence[Op], usage: dict[str, Any] | None, running_s: float) -> None:
        """Write a claim to the sender's day item, conditioned on the item as read (its count):
        a writer that lost re-reads it and tries again. `taking`: the claimed time of the
        claim being taken over, which must still be the latest of its key."""
        for _ in range(CLAIM_TRIES):
            if usage is None:
                usage = self.table.get(*keys.usage(cap.user_id, cap.day)) or {}
            claims = list(usage.get("claims") or [])
            mine = claim_of(claims, claim["c"], claim["k"])
            if mine is not None and (taking is None or str(mine.get("t")) != taking):
                raise Refused("turn_taken")
            count = int(usage.get("messages") or 0)
            if cap.limit and count >= cap.limit:
                raise Refused("daily_cap_reached", retry_after=cap.retry_after)
            kept = self._kept_claims([c for c in claims if c is not mine], claim["t"],
                                     running_s)
            try:
                self._write([Update(*keys.usage(cap.user_id, cap.day), create=True,
                                    set={"messages": count + 1, "claims": [*kept, claim],
                                         "expires_at": cap.expires_epoch},
                                    conditions=(Cond("messages", "=", count,
                                                     or_absent=count == 0),)), *also])
                return
            except ConditionFailed:  # another claim of the sender's came first: read again
                usage = None
        raise Refused("turn_taken")

    @staticmethod
    def _kept_claims(claims: list[dict[str, Any]], now: str,
                     running_s: float) -> list[dict[str, Any]]:
        """The claims a day item keeps beside a new one: the last few of the last quarter of
        an hour (older keys are taken for new messages), their message only while they may
        still be running (a failed one's is listed, an abandoned one's comes with its retry)."""
        recent = [c for c in claims if seconds_between(str(c["t"]), now) < REMEMBER_CLAIMS_S]
        kept = sorted(recent, key=lambda c: str(c["t"]))[-(KEEP_CLAIMS - 1):]
        return [c if not c.get("f") and seconds_between(str(c["t"]), now) < running_s
                else {k: v for k, v in c.items() if k not in ("m", "e")} for c in kept]

    def _forget_claims(self, usage: dict[str, Any] | None, conversation_id: str) -> None:
        """Take an erased conversation's claims out of a sender's day item (as read)."""
        for _ in range(CLAIM_TRIES):
            claims = (usage or {}).get("claims") or []
            kept = [c for c in claims if c.get("c") != conversation_id]
            if usage is None or len(kept) == len(claims):
                return
            try:
                self.table.write([Update(usage["PK"], usage["SK"], set={"claims": kept},
                                         conditions=(Cond("messages", "=",
                                                          int(usage.get("messages") or 0)),))])
                return
            except ConditionFailed:  # another claim came first: read the day again
                usage = self.table.get(usage["PK"], usage["SK"])

    def _conversation_facts(self, conversation_id: str) -> dict[str, Any] | None:
        """A conversation's unchanging facts: remembered, or read (one get) and remembered."""
        with self._lock:
            facts = self._facts.get(conversation_id)
            if facts is not None:
                self._facts.move_to_end(conversation_id)
                return facts
        found = self.table.get(*keys.conversation(conversation_id))
        if found is None:
            return None
        return self._remember(found)

    def _remember(self, conversation: dict[str, Any]) -> dict[str, Any]:
        facts = {k: conversation[k] for k in FACT_FIELDS if k in conversation}
        with self._lock:
            self._facts[str(conversation["id"])] = facts
            self._facts.move_to_end(str(conversation["id"]))
            while len(self._facts) > FACTS_CACHED:
                self._facts.popitem(last=False)
        return facts

    @staticmethod
    def _talked(conversation: dict[str, Any], state: dict[str, Any] | None) -> dict[str, Any]:
        """A conversation with when it was last talked in (kept in its state)."""
        if state is not None and state.get("updated_at"):
            conversation["updated_at"] = state["updated_at"]
        return conversation

    def _with_state(self, page: dict[str, Any]) -> dict[str, Any]:
        """A page of conversations, each with when it was last talked in (one batch read)."""
        if not page["items"]:
            return page
        states = {i["PK"][len(keys.CONV):]: i for i in self.table.batch_get(
            [keys.conversation_state(c["id"]) for c in page["items"]])}
        page["items"] = [self._talked(c, states.get(c["id"])) for c in page["items"]]
        return page

    def _messages_of(self, conversation_id: str, item: dict[str, Any]) -> list[dict[str, Any]]:
        """The messages one item lists, in time order: the visitor's message a reply carries,
        then its own."""
        own = {k: v for k, v in public(item).items() if k != "question"}
        own["conversation_id"] = conversation_id
        carried = item.get("question")
        return [{"role": "visitor", "status": "answered", **carried,
                 "conversation_id": conversation_id}, own] if carried else [own]

    def _message_slots(self, conversation_id: str, after: str | None, limit: int,
                       newest_first: bool) -> tuple[list[tuple[dict[str, Any], str]], bool]:
        """At most `limit` messages after a position, each with the cursor of its own position
        (inside an item that lists two, the item's key with HALF), and whether more remain."""
        pk, _ = keys.conversation(conversation_id)
        start = decode_cursor(after, pk, index=False, prefix=keys.MESSAGE)
        slots: list[tuple[dict[str, Any], str]] = []
        if start is not None and start["SK"].endswith(HALF):
            start = {"PK": pk, "SK": start["SK"][:-len(HALF)]}
            half = self.table.get(pk, start["SK"])  # a page ended inside this item
            if half is not None and half.get("question"):
                both = self._messages_of(conversation_id, half)
                slots.append((both[0] if newest_first else both[1], str(encode_cursor(start))))
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=limit, start=start,
                                forward=not newest_first)
        for item in page.items:
            listed = self._messages_of(conversation_id, item)
            if newest_first:
                listed.reverse()
            key = key_of(item, False)
            for n, message in enumerate(listed):
                at = key if n == len(listed) - 1 else {**key, "SK": key["SK"] + HALF}
                slots.append((message, str(encode_cursor(at))))
        return slots[:limit], len(slots) > limit or page.last_key is not None

    def _window(self, conversation_id: str, state: dict[str, Any],
                question: dict[str, Any] | None, reply: dict[str, Any], drop_reply: bool,
                drop_exchange: bool, failed: dict[str, Any]) -> list[dict[str, Any]]:
        """The recent messages the next prompt reads, after this turn: oldest first, each cut
        to WINDOW_TEXT_CHARS, as many as keep the state item within STATE_BYTES. Only the
        latest reply keeps the memories it used (what a follow-up is about); a reply that
        offered to tell a memory keeps which. A regeneration's reply replaces the last one
        (`drop_reply`); an edit's exchange replaces the last (`drop_exchange`: the last
        visitor message and what follows it)."""
        window = window_without(state.get("window") or [], reply=drop_reply,
                                exchange=drop_exchange)
        for entry in window:
            entry.pop("u", None)
        if question is not None:
            window.append({"r": "v", "t": self._cut(str(question.get("text") or ""))})
        latest: dict[str, Any] = {"r": "p", "t": self._cut(str(reply.get("text") or ""))}
        if reply.get("memories_used"):
            latest["u"] = list(reply["memories_used"])
        if reply.get("offered"):  # kept, as a regenerated yes must find it again
            latest["o"] = str(reply["offered"])
        window.append(latest)
        kept: list[dict[str, Any]] = []
        trial = self._state_item(conversation_id, [], str(reply.get("created_at") or ""),
                                 int(state.get("version") or 0) + 1)
        if failed:
            trial["failed"] = failed
        for entry in reversed(window[-WINDOW_MESSAGES:]):
            trial["window"] = [entry, *kept]
            if item_size(trial) > STATE_BYTES:
                break
            kept.insert(0, entry)
        return kept

    @staticmethod
    def _cut(text: str) -> str:
        """A message's text as the recent messages keep it."""
        if len(text) <= WINDOW_TEXT_CHARS:
            return text
        cut = text[:WINDOW_TEXT_CHARS - 1]
        return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"

    def _state_of_older(self, conversation_id: str) -> dict[str, Any] | None:
        """The state of a conversation stored before conversations had one (its recent
        messages read once, and kept), or None when the conversation is gone. Two reads and a
        write, once in a conversation's life."""
        record = self.table.get(*keys.conversation(conversation_id))
        if record is None:
            return None
        recent = self.recent_messages(conversation_id, WINDOW_MESSAGES)
        state = self._state_item(conversation_id, [], str(record.get("updated_at") or
                                                          record.get("created_at") or ""), 0)
        window = [{"r": "v" if m.get("role") == "visitor" else "p",
                   "t": self._cut(str(m.get("text") or ""))} for m in recent]
        while window:
            state["window"] = window
            if item_size(state) <= STATE_BYTES:
                break
            window = window[1:]
        try:
            self.table.write([Put(state, if_absent=True)])
        except ConditionFailed:  # another turn made it first: that one
            return self.table.get(*keys.conversation_state(conversation_id))
        return state

    def _state_item(self, conversation_id: str, opening: Sequence[dict[str, Any]],
                    updated_at: str, version: int) -> dict[str, Any]:
        pk, sk = keys.conversation_state(conversation_id)
        return {"PK": pk, "SK": sk, "version": version, "updated_at": updated_at,
                "window": [{"r": "p", "t": self._cut(str(m.get("text") or ""))}
                           for m in opening]}

    # -- invites -------------------------------------------------------------------------------

    def create_invite(self, code_hash: str, invite: dict[str, Any],
                      email: str | None = None) -> None:
        """Store an invite under its code's hash, with a marker under its persona; one addressed
        to an e-mail is also indexed under that address's hash (invite-only sign-up)."""
        pk, sk = keys.invite(code_hash)
        ppk, psk = keys.invite_pointer(invite["persona_id"], code_hash)
        ttl = {"expires_at": invite["expires_epoch"]}
        addressed = keys.invited_email_index(email, code_hash) if email else {}
        self.table.write([
            Put({"PK": pk, "SK": sk, "kind": "invite", **invite, **ttl, **addressed},
                if_absent=True),
            Put({"PK": ppk, "SK": psk, "kind": "invite_pointer", **invite, **ttl}),
        ])

    def list_invites(self, persona_id: str) -> list[dict[str, Any]]:
        """A persona's invites, each with its uses so far (one query and one batch read)."""
        pk, _ = keys.persona(persona_id)
        pointers = [p for p in query_all(self.table, pk, prefix=keys.INVITE)
                    if p.get("state") != "cancelled"]
        hashes = [p["SK"][len(keys.INVITE):] for p in pointers]
        found: dict[str, dict[str, Any]] = {}
        for offset in range(0, len(hashes), 100):
            for item in self.table.batch_get([keys.invite(h) for h in hashes[offset:offset + 100]]):
                found[item["PK"][len(keys.INVITE):]] = item
        return [{**public(found[h]), "id": h} for h in hashes if h in found]

    def cancel_invite(self, persona_id: str, code_hash: str, now_iso: str) -> bool:
        """Cancel an open invite of this persona; False when it has no such invite. The invite
        stays (until its TTL, or the persona's erasure) so that its link can say it was
        cancelled. Its end moves to the epoch, so an acceptance racing the cancel fails its
        condition whatever clock it read."""
        try:
            self.table.write([
                Update(*keys.invite_pointer(persona_id, code_hash), set={"state": "cancelled"},
                       conditions=(Cond("state", "=", "open", or_absent=True),)),
                Update(*keys.invite(code_hash), set={"cancelled_at": now_iso, "expires_epoch": 0}),
            ])
            return True
        except ConditionFailed:
            return False

    def has_pending_invite(self, email: str, now_epoch: int) -> bool:
        """Whether an invite addressed to this e-mail can still be accepted: not cancelled, not
        expired, not used up (one index query; a cancelled invite's end is the epoch)."""
        page = self.table.query(keys.invited_email(email), prefix=keys.INVITE, index=True)
        return any(int(i.get("expires_epoch", 0)) > now_epoch
                   and int(i.get("uses", 0)) < int(i.get("max_uses", 0)) for i in page.items)

    def get_invite(self, code_hash: str) -> dict[str, Any] | None:
        """An invite by its code's hash, or None."""
        return public(self.table.get(*keys.invite(code_hash)))

    def accept_invite(self, code_hash: str, invite: dict[str, Any], member: dict[str, Any],
                      now_epoch: int) -> None:
        """Use one of an invite's uses and add the member, atomically."""
        pid = invite["persona_id"]
        self._write([
            # Also refused once the invite is gone (its TTL, or its persona's erasure).
            Update(*keys.invite(code_hash), add={"uses": 1},
                   conditions=(Cond("uses", "<", invite["max_uses"]),
                               Cond("expires_epoch", ">", now_epoch)),
                   reason="invite_used_up"),
            Put(self._member_item(pid, member), if_absent=True, reason="already_member"),
        ])

    # -- the reply socket: tickets and connections --------------------------------------------

    def create_stream_ticket(self, ticket_hash: str, user_id: str, issued_at: int,
                             expires_epoch: int) -> None:
        """Store a ticket (by its hash) that opens one reply socket for this user until
        `expires_epoch`; the TTL removes it soon after."""
        pk, sk = keys.stream_ticket(ticket_hash)
        self.table.write([Put({"PK": pk, "SK": sk, "kind": "stream_ticket", "user_id": user_id,
                               "issued_at": issued_at, "expires_epoch": expires_epoch,
                               "expires_at": expires_epoch}, if_absent=True)])

    def use_stream_ticket(self, ticket_hash: str, now_epoch: int) -> dict[str, Any] | None:
        """The ticket's holder, once: the ticket is deleted with a condition that it still
        exists, so of two connections racing with one ticket only one gets it. None for a
        ticket unknown, expired or used."""
        pk, sk = keys.stream_ticket(ticket_hash)
        found = self.table.get(pk, sk)
        if found is None or int(found.get("expires_epoch", 0)) <= now_epoch:
            return None
        try:
            self.table.write([Delete(pk, sk, must_exist=True)])
        except ConditionFailed:
            return None
        return {"user_id": found["user_id"], "issued_at": int(found.get("issued_at", 0))}

    def open_connection(self, connection_id: str, user_id: str, issued_at: int,
                        opened_at: str, expires_epoch: int) -> None:
        """Remember whose reply socket this is, until it closes or `expires_epoch` (TTL)."""
        pk, sk = keys.connection(connection_id)
        self.table.write([Put({"PK": pk, "SK": sk, "kind": "connection", "user_id": user_id,
                               "issued_at": issued_at, "opened_at": opened_at,
                               "expires_epoch": expires_epoch, "expires_at": expires_epoch,
                               **keys.connection_index(user_id, connection_id)})])

    def get_connection(self, connection_id: str, now_epoch: int) -> dict[str, Any] | None:
        """Whose reply socket this is, or None (closed, expired or never opened)."""
        found = public(self.table.get(*keys.connection(connection_id)))
        if found is None or int(found.get("expires_epoch", 0)) <= now_epoch:
            return None
        return found

    def close_connection(self, connection_id: str) -> None:
        """Forget a reply socket (it closed)."""
        self.table.write([Delete(*keys.connection(connection_id))])

    def forget_connections(self, user_id: str) -> None:
        """Forget every reply socket of a user (erasure): a message on one is then refused."""
        found = query_all(self.table, keys.USER + user_id, prefix=keys.CONNECTION, index=True)
        self.table.delete_keys([(c["PK"], c["SK"]) for c in found])

    # -- operations: the power switch, aggregates, the daily cap ------------------------------

    def get_power(self) -> dict[str, Any] | None:
        """The AI power switch as stored, or None (its default applies)."""
        return public(self.table.get(*keys.power()))

    def save_power(self, power: dict[str, Any]) -> None:
        """Store the AI power switch."""
        pk, sk = keys.power()
        self.table.write([Put({"PK": pk, "SK": sk, "kind": "power", **power})])

    def get_report_state(self) -> dict[str, Any]:
        """What the scheduled report remembered from its last run."""
        return public(self.table.get(*keys.report_state())) or {}

    def save_report_state(self, state: dict[str, Any]) -> None:
        """Remember what the scheduled report learned."""
        pk, sk = keys.report_state()
        self.table.write([Put({"PK": pk, "SK": sk, "kind": "report", **state})])

    def turn_context(self, month: str) -> tuple[dict[str, Any] | None, float]:
        """The power switch and this month's cost so far (the sum of its days), in one read."""
        today = time.strftime("%Y-%m-%d", time.gmtime())
        wanted = [keys.power(), *(keys.day_metrics(d) for d in days_of(month) if d <= today)]
        found = {(i["PK"], i["SK"]): i for i in self.table.batch_get(wanted)}
        cost = sum(float(i.get("cost_usd", 0.0)) for k, i in found.items() if k != keys.power())
        return public(found.get(keys.power())), cost

    def metrics_for(self, days: list[str],
                    month: str) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        """Daily aggregates for the given days, and the month's: each counter summed over the
        month's days (a turn writes one aggregate, its day's) up to the latest of `days` in it,
        in as few reads as possible."""
        latest = max((d for d in days if d.startswith(month)), default=None)
        month_days = [d for d in days_of(month) if latest is None or d <= latest]
        wanted = [keys.day_metrics(d) for d in dict.fromkeys([*days, *month_days])]
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for offset in range(0, len(wanted), 100):
            found.update({(i["PK"], i["SK"]): i
                          for i in self.table.batch_get(wanted[offset:offset + 100])})
        per_day = {d: public(found[keys.day_metrics(d)]) for d in days
                   if keys.day_metrics(d) in found}
        totals: dict[str, Any] = {}
        for day in month_days:
            for name, value in public(found.get(keys.day_metrics(day)) or {}).items():
                if name == "last_turn_at":
                    totals[name] = max(str(value), str(totals.get(name, "")))
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    totals[name] = totals.get(name, 0) + value
        return per_day, totals

    def usage_of(self, user_id: str) -> Iterator[dict[str, Any]]:
        """A user's daily usage counters (export, erasure)."""
        for item in query_all(self.table, keys.USER + user_id, prefix="USAGE#"):
            yield item

    def forget_usage(self, user_id: str) -> None:
        """Erase a user's daily usage counters."""
        self.table.delete_keys([(i["PK"], i["SK"]) for i in self.usage_of(user_id)])

    # -- helpers -------------------------------------------------------------------------------

    def _write(self, ops: Sequence[Op]) -> None:
        """Write `ops`, refused with the reason of the operation whose condition failed (a
        condition without a reason is a bug and stays ConditionFailed)."""
        try:
            self.table.write(ops)
        except ConditionFailed as failed:
            if failed.reason is None:
                raise
            raise Refused(failed.reason) from None

    def _full_or_gone(self, persona_id: str, limits: MemoryLimits, gone: str,
                      revision: int | None = None) -> Refused:
        """The persona's update fails when it is full, when it is gone (an update needs its
        item) and when another memory write came first; one read after the failure tells
        which."""
        found = self.get_persona(persona_id)
        if found is None:
            return Refused(gone)
        if revision is not None and int(found.get("memory_revision") or 0) != revision:
            return Refused("memories_moved")
        return limits.full()

    def _get_many(self, wanted: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The items that exist among `wanted`, read 100 keys at a time."""
        found: list[dict[str, Any]] = []
        for offset in range(0, len(wanted), 100):
            found += [public(i) for i in self.table.batch_get(wanted[offset:offset + 100])]
        return found

    @staticmethod
    def _member_item(persona_id: str, member: dict[str, Any]) -> dict[str, Any]:
        pk, sk = keys.member(persona_id, member["user_id"])
        return {"PK": pk, "SK": sk, "kind": "member", "persona_id": persona_id, **member,
                **keys.member_index(member["user_id"], persona_id)}

    @staticmethod
    def _message_item(conversation_id: str, message: dict[str, Any]) -> dict[str, Any]:
        """A message as stored (its conversation is its partition: not repeated in it)."""
        pk, sk = keys.message(conversation_id, message["created_at"], message["id"])
        return {"PK": pk, "SK": sk, "kind": "message",
                **{k: v for k, v in message.items() if k != "conversation_id"}}

    # -- interview ---------------------------------------------------------------------------
    # The guided life interview (chalicelib/interview.py; docs/interview.md): one item per
    # persona, one attribute per question that was answered, skipped or put off for later.

    def interview_state(self, persona_id: str) -> dict[str, dict[str, Any]]:
        """Where each question of the persona's interview stands, by question id (a question
        never answered, skipped or put off is not there)."""
        found = self.table.get(*keys.interview(persona_id)) or {}
        prefix = keys.INTERVIEW_QUESTION
        return {name[len(prefix):]: value for name, value in found.items()
                if name.startswith(prefix) and isinstance(value, dict)}

    def mark_interview_question(self, persona_id: str, question_id: str,
                                entry: dict[str, Any]) -> None:
        """Record where one question stands, replacing what was recorded for it; the other
        questions' entries are untouched, whoever writes them meanwhile. Refused
        "persona_missing" once the persona is gone."""
        self._write([
            Update(*keys.interview(persona_id), create=True,
                   set={"kind": "interview", keys.INTERVIEW_QUESTION + question_id: entry}),
            Check(*keys.persona(persona_id), reason="persona_missing"),
        ])

    # -- speech --------------------------------------------------------------------------------
    # Replies read aloud (chalicelib/voice/): the audio lives in the files store; only what
    # synthesizing it cost is counted here.

    def add_speech_usage(self, updates: Sequence[Update]) -> None:
        """Count one synthesis in the aggregates `metrics.speech_updates` names, in one
        write."""
        self._write(list(updates))
