"""Everything of mine as JSON, in pages that each fit a Lambda response.

A synchronous Lambda answer stops at 6 MB, counted on the proxy envelope, where the JSON body is
itself a JSON string (every quote and backslash escaped again). One person can own several
personas of a million characters each and years of conversations, so the export is a walk over
their things in a fixed order, cut into pages by the size each record adds to that envelope, and
by the store reads a page may make (so that a page of many small conversations still answers
well inside API Gateway's 29 s).

The walk: the owned personas (each record, with where its guided interview stands, then its
memories), the memories the caller wrote in personas shared with them, the owned personas' style
samples and proposed memories, the imports of the owned personas and those the caller started on
shared ones (their records: what a job found; the uploaded file is deleted when its job ends),
then their conversations (each record, then its messages), and last the files of the photos of
the memories exported (docs/photos.md): a memory's record lists its photos, and each photo's
file follows as base64 in parts of at most PHOTO_PART_BYTES, `photos` records joined by
`photo_id` in `part` order (a photo can be larger than a page). Parents in id order, children
in the store's order. A cursor names the record the next page starts at: its parent, and the
store key of the child before it, so memories added or deleted between pages neither shift nor
repeat what follows. A client joins the pages by concatenating their lists; `user`,
`memberships` and `usage` come whole with the first page.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from chalicelib import conversations, ids, interview, memories, personas
from chalicelib.errors import InvalidInput
from chalicelib.identity import Identity
from chalicelib.imports import samples
from chalicelib.imports import service as imports
from chalicelib.photos import storage as photo_storage
from chalicelib.store.repository import Store

FORMAT = "forever-us-export/2"
PAGE_BYTES = 4_500_000  # of the 6 MB envelope, leaving room for headers and the page's frame
PAGE_READS = 150  # store reads per page: each about 10 ms on DynamoDB, far inside 29 s
STORE_PAGE = 100
PHOTO_PART_BYTES = 1_000_000  # of a photo's file per record: three records fill a page
STAGES = ("personas", "written", "samples", "proposals", "imports", "conversations", "photos")
LISTS = ("personas_owned", "memories", "style_samples", "proposed_memories", "imports",
         "conversations", "messages", "photos")
_BAD_CURSOR = "cursor: not a cursor from this export; start again without it"


@dataclass(frozen=True)
class Position:
    """Where a page starts: a parent (persona or conversation) of a stage, whether its own
    record is already out, and the store cursor of the child just before (None: the first)."""

    stage: str
    parent: str = ""
    started: bool = False
    after: str | None = None


def envelope_bytes(record: Any) -> int:
    """What a record adds to the Lambda proxy envelope: serialised as Chalice does (ASCII
    escapes, no spaces), then escaped again as the envelope's body string, plus a comma."""
    body = json.dumps(record, separators=(",", ":"))
    return len(json.dumps(body)) - 2 + 1


class Page:
    """One page being filled; refuses a record past the budgets unless the page is empty."""

    def __init__(self, budget: int, reads: int) -> None:
        self.lists: dict[str, list[dict[str, Any]]] = {name: [] for name in LISTS}
        self.used = 0
        self.budget = budget
        self.reads_allowed = reads
        self.reads = 0
        self.records = 0

    def add(self, name: str, record: dict[str, Any]) -> bool:
        size = envelope_bytes(record)
        if self.records and (self.used + size > self.budget
                             or self.reads > self.reads_allowed):
            return False
        self.lists[name].append(record)
        self.used += size
        self.records += 1
        return True


def export_page(store: Store, caller: Identity, cursor: str | None,
                budget: int | None = None) -> dict[str, Any]:
    """One page of the caller's export; the first when `cursor` is None."""
    start = decode(cursor) if cursor else Position(STAGES[0])
    page = Page(budget or PAGE_BYTES, PAGE_READS)
    head: dict[str, Any] = {"memberships": [], "usage": []}
    memberships = list(store.memberships_of(caller.user_id))
    if cursor is None:
        head = _head(store, caller, memberships)
        page.used += envelope_bytes(head)
    stop = _fill(page, _walk(store, caller, memberships, start, page))
    return {"format": FORMAT, "exported_at": ids.now_iso(),
            "user": {"id": caller.user_id, "email": caller.email, "name": caller.name},
            **head, **page.lists, "next_cursor": encode(stop) if stop else None}


Record = tuple[Position, str, dict[str, Any]]
Reader = Callable[[str | None], tuple[list[tuple[dict[str, Any] | None, str]], bool]]


def _fill(page: Page, walk: Iterator[Record]) -> Position | None:
    """Add records until the page is full; the position of the first one left out, if any."""
    for position, name, record in walk:
        if not page.add(name, record):
            return position
    return None


def _head(store: Store, caller: Identity, memberships: list[dict[str, Any]]) -> dict[str, Any]:
    """The small, whole parts: roles on personas shared with me, and my daily usage."""
    shared = []
    for membership in memberships:
        if membership["role"] == "owner":
            continue
        persona = store.get_persona(membership["persona_id"])
        if persona is not None:
            shared.append({"persona_id": membership["persona_id"], "name": persona.get("name"),
                           "role": membership["role"], "joined_at": membership.get("joined_at")})
    usage = [{"day": u["SK"][len("USAGE#"):], "messages": u.get("messages", 0)}
             for u in store.usage_of(caller.user_id)]
    return {"memberships": shared, "usage": usage}


def _walk(store: Store, caller: Identity, memberships: list[dict[str, Any]],
          start: Position, page: Page) -> Iterator[Record]:
    """Every record from `start` on, each with the position it sits at; counts store reads."""
    owned = sorted(m["persona_id"] for m in memberships if m["role"] == "owner")
    shared = sorted(m["persona_id"] for m in memberships if m["role"] != "owner")
    talks = {c["id"]: c for c in store.conversations_of(caller.user_id)}

    def persona_record(pid: str) -> tuple[str, dict[str, Any]] | None:
        page.reads += 3
        persona = store.get_persona(pid)
        if persona is None:
            return None
        members = [{k: m.get(k) for k in ("name", "email", "role", "joined_at")}
                   for m in store.list_members(pid)]
        # where its guided interview stands (the answers themselves are among its memories)
        return "personas_owned", {**personas.view(persona, "owner"), "members": members,
                                  "interview": interview.export_view(store, pid)}

    def conversation_record(cid: str) -> tuple[str, dict[str, Any]] | None:
        return "conversations", conversations.view(talks[cid])

    def memory_reader(pid: str, mine_only: bool) -> Reader:
        def read(after: str | None) -> tuple[list[tuple[dict[str, Any] | None, str]], bool]:
            page.reads += 1
            found, more = store.memories_from(pid, after, STORE_PAGE)
            # Others' memories are passed over but keep their place, so a cursor can follow one.
            return [({**memories.view(m, links=False), "persona_id": pid}
                     if not mine_only or m.get("created_by") == caller.user_id else None, at)
                    for m, at in found], more
        return read

    def photo_reader(pid: str) -> Reader:
        """A part of a photo's file a read. The position after it: the memory before the one
        being read, and how many of that memory's parts are out ("<store cursor>|<n>")."""
        def read(after: str | None) -> tuple[list[tuple[dict[str, Any] | None, str]], bool]:
            page.reads += 1
            before, _, out = (after or "|0").rpartition("|")
            if not out.isdigit():
                raise InvalidInput(_BAD_CURSOR)
            done = int(out)
            found, more = store.memories_from(pid, before or None, STORE_PAGE)
            for memory, at in found:
                mine = pid not in shared or memory.get("created_by") == caller.user_id
                parts = [(photo, n, count) for photo in (memory.get("photos") or []) if mine
                         for count in [-(-int(photo["bytes"]) // PHOTO_PART_BYTES)]
                         for n in range(count)]
                if done < len(parts):
                    nxt = f"{before}|{done + 1}" if done + 1 < len(parts) else f"{at}|0"
                    return [(photo_part(pid, memory["id"], *parts[done]), nxt)], True
                before, done = at, 0
            return ([(None, f"{before}|0")] if found else []), more
        return read

    def photo_part(pid: str, memory_id: str, photo: dict[str, Any], n: int,
                   count: int) -> dict[str, Any]:
        key = photo_storage.file_key(pid, memory_id, photo, False)
        data = photo_storage.photo_files().read(key, PHOTO_PART_BYTES, n * PHOTO_PART_BYTES)
        return {"persona_id": pid, "memory_id": memory_id, "photo_id": photo["id"],
                "content_type": photo["content_type"], "part": n, "parts": count,
                "content_base64": base64.b64encode(data or b"").decode("ascii")}

    def listed_reader(pid: str, fetch: Callable[..., Any],
                      shape: Callable[[dict[str, Any]], dict[str, Any]],
                      keep: Callable[[dict[str, Any]], bool] = lambda _: True) -> Reader:
        def read(after: str | None) -> tuple[list[tuple[dict[str, Any] | None, str]], bool]:
            page.reads += 1
            found, more = fetch(pid, after, STORE_PAGE)
            return [({**shape(i), "persona_id": pid} if keep(i) else None, at)
                    for i, at in found], more
        return read

    def import_reader(pid: str) -> Reader:
        def started_by_me(job: dict[str, Any]) -> bool:
            return pid not in shared or job.get("created_by") == caller.user_id
        return listed_reader(pid, store.imports_from, imports.view, started_by_me)

    def message_reader(cid: str) -> Reader:
        def read(after: str | None) -> tuple[list[tuple[dict[str, Any] | None, str]], bool]:
            page.reads += 1
            found, more = store.messages_from(cid, after, STORE_PAGE)
            return [({**m, "conversation_id": cid}, at) for m, at in found], more
        return read

    stages: dict[str, tuple[list[str], Any, Callable[[str], Reader], str]] = {
        "personas": (owned, persona_record, lambda pid: memory_reader(pid, False), "memories"),
        "written": (shared, None, lambda pid: memory_reader(pid, True), "memories"),
        "samples": (owned, None, lambda pid: listed_reader(
            pid, store.style_samples_from, samples.view), "style_samples"),
        "proposals": (owned, None, lambda pid: listed_reader(
            pid, store.proposals_from, lambda p: memories.view(p, "proposed")),
            "proposed_memories"),
        "imports": (sorted(owned + shared), None, import_reader, "imports"),
        "conversations": (sorted(talks), conversation_record, message_reader, "messages"),
        "photos": (sorted(owned + shared), None, photo_reader, "photos"),
    }
    for stage in STAGES[STAGES.index(start.stage):]:
        parents, record_of, reader_of, child_list = stages[stage]
        for parent in parents:
            if stage == start.stage and parent < start.parent:
                continue
            resuming = stage == start.stage and parent == start.parent and start.started
            if not resuming and record_of is not None:
                found = record_of(parent)
                if found is None:
                    continue  # erased meanwhile
                yield Position(stage, parent), found[0], found[1]
            after = start.after if resuming else None
            read = reader_of(parent)
            while True:
                items, more = read(after)
                for item, at in items:
                    if item is not None:
                        yield Position(stage, parent, True, after), child_list, item
                    after = at
                if not more or not items:
                    break


def encode(position: Position) -> str:
    """An opaque cursor for a position."""
    raw = json.dumps({"v": 2, "s": position.stage, "p": position.parent,
                      "t": position.started, "a": position.after}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str) -> Position:
    """The position a cursor names; a 400 for anything this module did not write."""
    if len(cursor) > 4096:
        raise InvalidInput(_BAD_CURSOR)
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        raw = json.loads(text) if text.startswith(b"{") else None
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        raise InvalidInput(_BAD_CURSOR) from None
    if not isinstance(raw, dict) or set(raw) != {"v", "s", "p", "t", "a"}:
        raise InvalidInput(_BAD_CURSOR)
    stage, parent, started, after = raw["s"], raw["p"], raw["t"], raw["a"]
    if (raw["v"] != 2 or stage not in STAGES or not isinstance(parent, str)
            or not 0 < len(parent) <= 64 or not isinstance(started, bool)
            or not (after is None or isinstance(after, str))
            or (not started and after is not None)):
        raise InvalidInput(_BAD_CURSOR)
    return Position(stage, parent, started, after)
