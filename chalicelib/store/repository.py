"""The store: domain operations (personas, memories, conversations, invites) on one Table.

Both backends (SQLite, DynamoDB) sit under this class, so the access paths, conditions and
erasure order are written once and tested once against each. A write that cannot be made raises
`Refused` with a named reason; what a person is told is decided at the edge (`errors.REFUSALS`).
"""
from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence, overload

from chalicelib import ids
from chalicelib.store import keys
from chalicelib.store.refusals import Refused
from chalicelib.store.table import (
    Check, Cond, ConditionFailed, Delete, Op, Page, Put, Table, Update, decode_cursor,
    encode_cursor, key_of, query_all,
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
    """The characters a memory adds to its persona's search index."""
    return len(memory.get("text") or "") + len(memory.get("title") or "") + sum(
        len(t) for t in (memory.get("tags") or []) + (memory.get("triggers") or []))


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
    """A sender's daily message cap, checked in the same write that stores the message."""

    user_id: str
    day: str
    limit: int
    expires_epoch: int
    retry_after: int


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
        wanted = [keys.index_part(persona_id, revision, n)[1] for n in range(count)]
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
        puts = [Put({"PK": pk, "SK": keys.index_part(persona_id, revision, n)[1],
                     "kind": "index_part", "data": piece}) for n, piece in enumerate(pieces)]
        for start in range(0, len(puts), INDEX_PARTS_PER_WRITE):
            self.table.write(puts[start:start + INDEX_PARTS_PER_WRITE])
        meta_pk, meta_sk = keys.index_meta(persona_id)
        try:
            self.table.write([Update(meta_pk, meta_sk, create=True,
                                     set={"kind": "index_meta", "revision": revision,
                                          "parts": len(pieces), "bytes": len(blob)},
                                     conditions=(Cond("revision", "<", revision,
                                                      or_absent=True),))])
        except ConditionFailed:  # a newer index was saved meanwhile: this one is not needed
            self.table.delete_keys([(pk, put.item["SK"]) for put in puts])
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
        pk, _ = keys.conversation(conversation_id)
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=limit,
                                start=decode_cursor(after, pk, index=False, prefix=keys.MESSAGE))
        return [(public(i), str(encode_cursor(key_of(i, False)))) for i in page.items
                ], page.last_key is not None

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

    def create_conversation(self, conversation: dict[str, Any],
                            greeting: dict[str, Any] | None) -> None:
        """Store a conversation, its marker under the persona and its opening message."""
        cid, pid = conversation["id"], conversation["persona_id"]
        pk, sk = keys.conversation(cid)
        ops: list = [
            Put({"PK": pk, "SK": sk, "kind": "conversation", **conversation,
                 **keys.conversation_index(conversation["user_id"], pid,
                                           conversation["created_at"], cid)}, if_absent=True),
            Put({"PK": keys.conversation_pointer(pid, cid)[0],
                 "SK": keys.conversation_pointer(pid, cid)[1], "kind": "conversation_pointer",
                 "conversation_id": cid}),
        ]
        if greeting is not None:
            ops.append(Put(self._message_item(cid, greeting)))
        # Not if the persona is being erased meanwhile ...
        ops.append(Check(*keys.persona(pid), reason="persona_missing"))
        # ... nor once the caller's role is gone (revoked, or their account being erased): to
        # them the persona no longer exists.
        ops.append(Check(*keys.member(pid, conversation["user_id"]), reason="persona_missing"))
        self._write(ops)

    def get_conversation(self, conversation_id: str) -> dict[str, Any] | None:
        """A conversation's record, or None."""
        return public(self.table.get(*keys.conversation(conversation_id)))

    def list_conversations(self, user_id: str, persona_id: str, cursor: str | None,
                           limit: int) -> dict[str, Any]:
        """A page of one user's conversations with one persona, newest first."""
        pk = keys.USER + user_id
        prefix = f"{keys.CONV}{persona_id}#"
        page = self.table.query(pk, prefix=prefix, index=True, limit=limit, forward=False,
                                start=decode_cursor(cursor, pk, index=True, prefix=prefix))
        return listing(page, index=True)

    def list_all_conversations(self, user_id: str, cursor: str | None,
                               limit: int) -> dict[str, Any]:
        """A page of all of a user's conversations, by persona, the newest first within each."""
        pk = keys.USER + user_id
        page = self.table.query(pk, prefix=keys.CONV, index=True, limit=limit, forward=False,
                                start=decode_cursor(cursor, pk, index=True, prefix=keys.CONV))
        return listing(page, index=True)

    def conversations_of(self, user_id: str) -> Iterator[dict[str, Any]]:
        """Every conversation a user had, with any persona (export, erasure)."""
        for item in query_all(self.table, keys.USER + user_id, prefix=keys.CONV, index=True):
            yield public(item)

    def list_messages(self, conversation_id: str, cursor: str | None, limit: int,
                      newest_first: bool = False) -> dict:
        """A page of a conversation's messages, oldest first (or newest first)."""
        pk, _ = keys.conversation(conversation_id)
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=limit, forward=not newest_first,
                                start=decode_cursor(cursor, pk, index=False,
                                                    prefix=keys.MESSAGE))
        return listing(page, index=False)

    def recent_messages(self, conversation_id: str, count: int) -> list[dict[str, Any]]:
        """The last `count` messages of a conversation that still count, oldest first: a
        superseded one (a regenerated reply, an edited message and its reply) is left out, so
        no prompt reads it. One query, bounded: twice `count` is read to make room for them."""
        pk, _ = keys.conversation(conversation_id)
        page = self.table.query(pk, prefix=keys.MESSAGE, limit=min(2 * count, 100),
                                forward=False)
        current = [public(i) for i in page.items if i.get("status") != "superseded"]
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
                if item.get("id") == message_id:
                    return public(item)
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

    def get_turn(self, conversation_id: str, client_message_id: str) -> dict[str, Any] | None:
        """The record of a client's message id: its text hash, message, state and reply."""
        return public(self.table.get(*keys.client_message(conversation_id, client_message_id)))

    def begin_turn(self, conversation_id: str, message: dict[str, Any], text_hash: str,
                   cap: DailyCap | None = None, also: Sequence[Op] = ()) -> None:
        """Store the visitor's message and claim its client id, before any model is called,
        counting it against the sender's daily cap in the same write.

        Refused: "turn_taken" when another request claimed the same client id first,
        "conversation_missing" when the conversation was erased, "daily_cap_reached" (with
        `retry_after`) when the cap is reached."""
        pk, sk = keys.client_message(conversation_id, message["client_message_id"])
        ops: list[Op] = [
            Put({"PK": pk, "SK": sk, "kind": "turn", "text_hash": text_hash,
                 "state": "pending", "message": message, "claim": ids.new_id(),
                 "claimed_at": message["created_at"]}, if_absent=True, reason="turn_taken"),
            Put(self._message_item(conversation_id, message)),
            # Not into an erased conversation.
            Check(*keys.conversation(conversation_id), reason="conversation_missing"),
            *also,  # an edit: the message it replaces, and its reply, superseded
        ]
        self._write_turn(ops, cap)

    @staticmethod
    def superseding(conversation_id: str, messages: Sequence[dict[str, Any]],
                    by: str) -> list[Op]:
        """The writes that mark messages superseded by message `by`, each only while it is
        as it was read (refused as "reply_moved" otherwise)."""
        return [Update(*keys.message(conversation_id, m["created_at"], m["id"]),
                       set={"status": "superseded", "superseded_by": by},
                       conditions=(Cond("status", "=", m.get("status") or ""),),
                       reason="reply_moved") for m in messages]

    def claim_turn(self, conversation_id: str, client_message_id: str, turn: dict[str, Any],
                   claimed_at: str, cap: DailyCap | None = None) -> None:
        """Take a failed or abandoned turn back to pending. Only one retry wins: the claim is
        conditioned on the claim token that was read, and a new token replaces it. A retry
        counts against the daily cap like a new message.

        Refused: "turn_taken" when another retry won the claim, "daily_cap_reached" (with
        `retry_after`) when the cap is reached."""
        pk, sk = keys.client_message(conversation_id, client_message_id)
        read = turn.get("claim")
        ops: list[Op] = [Update(pk, sk, set={"state": "pending", "claim": ids.new_id(),
                                            "claimed_at": claimed_at},
                                remove=("stop_requested",),  # a Stop was for the last try
                                conditions=(Cond("claim", "=", read or "", or_absent=not read),),
                                reason="turn_taken")]
        self._write_turn(ops, cap)

    def fail_turn(self, conversation_id: str, message: dict[str, Any],
                  also: Sequence[Op] = (), turn_key: str | None = None) -> dict[str, Any]:
        """Mark the visitor's message failed (kept, so a retry with its id completes it). A
        regeneration (`turn_key`, its own key) marks only its turn record: the message it
        answers again was answered, and stays so."""
        failed = {**message, "status": "failed"}
        if turn_key is not None:
            pk, sk = keys.client_message(conversation_id, turn_key)
            self.table.write([Update(pk, sk, set={"state": "failed"}), *also])
            return message
        pk, sk = keys.client_message(conversation_id, message["client_message_id"])
        self.table.write([
            Update(pk, sk, set={"state": "failed", "message": failed}),
            Put(self._message_item(conversation_id, failed)),
            *also,
        ])
        return failed

    def complete_turn(self, conversation_id: str, message: dict[str, Any],
                      reply: dict[str, Any], now: str, also: Sequence[Op] = (),
                      turn_key: str | None = None,
                      replaces: dict[str, Any] | None = None) -> None:
        """Store the reply and settle the turn in one write (metrics ride along in `also`).

        A regeneration settles its own turn record (`turn_key`) and marks the reply it
        `replaces` superseded, only while that is still the current reply.

        Refused: "reply_moved" when the replaced reply was replaced or erased meanwhile."""
        pk, sk = keys.client_message(conversation_id,
                                     turn_key or message["client_message_id"])
        answered = {**message, "status": "answered"}
        ops: list[Op] = [
            Update(pk, sk, set={"state": "answered", "message": answered, "reply": reply}),
            Put(self._message_item(conversation_id, reply)),
            Update(*keys.conversation(conversation_id), set={"updated_at": now}),
            *also,
        ]
        if replaces is None:
            ops.append(Put(self._message_item(conversation_id, answered)))
        else:
            ops.append(Update(*keys.message(conversation_id, replaces["created_at"],
                                            replaces["id"]),
                              set={"status": "superseded", "superseded_by": reply["id"]},
                              conditions=(Cond("status", "=", "answered"),),
                              reason="reply_moved"))
            # The message's own turn record answers a replay of its client_message_id: with
            # the current reply, not the one just superseded.
            ops.append(Update(*keys.client_message(conversation_id,
                                                   message["client_message_id"]),
                              set={"reply": reply}))
        self._write(ops)

    def begin_regeneration(self, conversation_id: str, turn_key: str, text_hash: str,
                           message: dict[str, Any], reply: dict[str, Any], claimed_at: str,
                           cap: DailyCap | None = None) -> None:
        """Claim a new turn for an answered message (`turn_key`, the regeneration's own
        idempotency key), while `reply` is still its current reply, counted against the
        daily cap like a message.

        Refused: "turn_taken" when the key was claimed first, "reply_moved" when the reply
        was replaced or erased meanwhile, "daily_cap_reached" past the cap."""
        pk, sk = keys.client_message(conversation_id, turn_key)
        self._write_turn([
            Put({"PK": pk, "SK": sk, "kind": "turn", "text_hash": text_hash,
                 "state": "pending", "message": message, "regenerates": reply["id"],
                 "claim": ids.new_id(), "claimed_at": claimed_at},
                if_absent=True, reason="turn_taken"),
            Check(*keys.message(conversation_id, reply["created_at"], reply["id"]),
                  conditions=(Cond("status", "=", "answered"),), reason="reply_moved"),
        ], cap)

    def request_stop(self, conversation_id: str, client_message_id: str) -> bool:
        """Ask the turn answering this message to stop writing (the visitor's Stop); False
        when no such turn is being answered."""
        pk, sk = keys.client_message(conversation_id, client_message_id)
        try:
            self.table.write([Update(pk, sk, set={"stop_requested": True},
                                     conditions=(Cond("state", "=", "pending"),))])
            return True
        except ConditionFailed:
            return False

    def stop_requested(self, conversation_id: str, client_message_id: str) -> bool:
        """Whether the visitor asked the turn answering this message to stop."""
        found = self.table.get(*keys.client_message(conversation_id, client_message_id))
        return bool(found and found.get("state") == "pending" and found.get("stop_requested"))

    def delete_conversation(self, conversation_id: str) -> None:
        """Erase a conversation with its messages and its marker under the persona."""
        pk, _ = keys.conversation(conversation_id)
        found = self.table.get(*keys.conversation(conversation_id))
        doomed = [(i["PK"], i["SK"]) for i in query_all(self.table, pk) if i["SK"] != keys.META]
        self.table.delete_keys(doomed)
        ops = [Delete(*keys.conversation(conversation_id))]
        if found is not None:
            ops.append(Delete(*keys.conversation_pointer(found["persona_id"], conversation_id)))
        self.table.write(ops)

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
        """The power switch and this month's cost so far, in one read."""
        wanted = [keys.power(), keys.month_metrics(month)]
        found = {(i["PK"], i["SK"]): i for i in self.table.batch_get(wanted)}
        power = public(found.get(keys.power()))
        month_item = found.get(keys.month_metrics(month)) or {}
        return power, float(month_item.get("cost_usd", 0.0))

    def metrics_for(self, days: list[str],
                    month: str) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        """Daily aggregates for the given days and the month's, in as few reads as possible."""
        wanted = [keys.day_metrics(d) for d in days] + [keys.month_metrics(month)]
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for offset in range(0, len(wanted), 100):
            found.update({(i["PK"], i["SK"]): i
                          for i in self.table.batch_get(wanted[offset:offset + 100])})
        per_day = {d: public(found[keys.day_metrics(d)]) for d in days
                   if keys.day_metrics(d) in found}
        return per_day, public(found.get(keys.month_metrics(month))) or {}

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

    def _write_turn(self, ops: list[Op], cap: DailyCap | None) -> None:
        """Write a turn's claim, counting it against the sender's daily cap in the same write."""
        if cap is not None:
            ops = [*ops, self._cap_update(cap)]
        try:
            self._write(ops)
        except Refused as refused:
            if refused.reason == "daily_cap_reached" and cap is not None:
                refused.facts["retry_after"] = cap.retry_after  # for the client's Retry-After
            raise

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
    def _cap_update(cap: DailyCap) -> Update:
        """One more message today, refused past the cap."""
        return Update(*keys.usage(cap.user_id, cap.day), add={"messages": 1},
                      set={"expires_at": cap.expires_epoch},
                      conditions=(Cond("messages", "<", cap.limit, or_absent=True),),
                      create=True, reason="daily_cap_reached")

    @staticmethod
    def _member_item(persona_id: str, member: dict[str, Any]) -> dict[str, Any]:
        pk, sk = keys.member(persona_id, member["user_id"])
        return {"PK": pk, "SK": sk, "kind": "member", "persona_id": persona_id, **member,
                **keys.member_index(member["user_id"], persona_id)}

    @staticmethod
    def _message_item(conversation_id: str, message: dict[str, Any]) -> dict[str, Any]:
        pk, sk = keys.message(conversation_id, message["created_at"], message["id"])
        return {"PK": pk, "SK": sk, "kind": "message", "conversation_id": conversation_id,
                **message}

