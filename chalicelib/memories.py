"""Memories of a persona: the use cases behind the memory routes.

A memory's `status` is `active`, or `proposed` for one an import found in a chat
(chalicelib/imports/proposals.py). A proposed memory is a separate item (`PROPOSAL#`), so the
search index, the chat's retrieval and the memory count never see it; owners and editors list
it with `?status=proposed`, edit it, discard it (DELETE), or accept it (PATCH `status: active`),
which moves it into the memories in one write under the same id.

A memory's photos (chalicelib/photos/) are listed on its item: their captions are searched as
its text, and deleting the memory deletes their files."""
from __future__ import annotations

from typing import Any, Callable

from chalicelib import access, ids
from chalicelib.errors import InvalidInput, NotFound
from chalicelib.identity import Identity
from chalicelib.persona import retrieval
from chalicelib.persona.composer import answers
from chalicelib.persona.embeddings import Embedder, memory_text
from chalicelib.photos import storage as photo_storage
from chalicelib.schemas import MEMORY_CREATE, MEMORY_PATCH
from chalicelib.store.refusals import Refused
from chalicelib.store.repository import MemoryLimits, Store, memory_size
from chalicelib.validation import validate

# The search index of a persona is built from all its memories in a warm Lambda (512 MB):
# about 1.2 s and 16 MB per million characters, measured. These keep it well inside both.
LIMITS = MemoryLimits(count=2_000, chars=1_000_000)
MAX_QUERY_CHARS = 500
PUBLIC_FIELDS = ("id", "title", "date", "tags", "triggers", "text", "created_at", "updated_at")
STATUSES = ("active", "proposed")


def view(memory: dict[str, Any], status: str = "active", links: bool = True) -> dict[str, Any]:
    """A memory as the API shows it (who wrote it stays private), with its photos (`links`:
    with links to show them; the export carries the files instead); a proposed one also says
    which import found it."""
    shown = {k: memory.get(k) for k in PUBLIC_FIELDS}
    shown["status"] = status
    if status == "proposed":
        shown["import_id"] = memory.get("import_id")
    else:
        shown["photos"] = photo_storage.shown(memory.get("persona_id", ""), memory, links)
    return shown


def _embedding(embedder: Embedder | None, memory: dict[str, Any]) -> dict[str, Any]:
    """The memory's vector for the hybrid ranking, when embeddings are configured."""
    if embedder is None:
        return {}
    vector = embedder.embed(memory_text(memory))
    # A failed vector is stored as none: a vector of the old text would rank the new one wrong.
    return {"embedding": vector or None}


def add(store: Store, caller: Identity, persona_id: str, body: dict[str, Any],
        embedder: Embedder | None = None) -> dict:
    """Add a memory (owner or editor)."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    data = validate(MEMORY_CREATE, body)
    now = ids.now_iso()
    memory = {"title": "", "date": None, "tags": [], "triggers": [], **data,
              "id": ids.new_id(), "persona_id": persona_id,
              # to the microsecond: it orders the memories (keys.memory_index), and a family
              # adding several back to back can add two in one millisecond
              "created_at": ids.iso_precise(ids.now()),
              "updated_at": now, "created_by": caller.user_id}
    memory.update(_embedding(embedder, memory))
    revision = _written(store, persona, lambda seen: store.add_memory(
        persona_id, memory, LIMITS, revision=seen))
    retrieval.CACHE.note_write(store, persona_id, revision, memory["id"], memory)
    return view(memory)


def read(store: Store, caller: Identity, persona_id: str, memory_id: str) -> dict[str, Any]:
    """One memory of a persona the caller has a role on; or a proposed one, for its owners
    and editors (visitors never see what the family has not accepted)."""
    _, role = access.persona_for(store, persona_id, caller)
    found = store.get_memory(persona_id, memory_id) if ids.is_id(memory_id) else None
    if found is None and access.RANK[role] >= access.RANK["editor"]:
        return view(_proposed(store, persona_id, memory_id), "proposed")
    if found is None:
        raise NotFound("memory not found")
    return view(found)


def update(store: Store, caller: Identity, persona_id: str, memory_id: str,
           body: dict[str, Any], embedder: Embedder | None = None) -> dict[str, Any]:
    """Change a memory (owner or editor); for a proposed one, edit it or accept it."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    changes = validate(MEMORY_PATCH, body, partial=True)
    found = store.get_memory(persona_id, memory_id) if ids.is_id(memory_id) else None
    if found is None:
        return _update_proposed(store, caller, persona, memory_id, changes, embedder)
    if changes.pop("status", "active") != "active":
        raise InvalidInput("status: a memory cannot go back to proposed; delete it instead",
                           reason="not_a_choice")
    if not changes:
        return view(found)
    changes["updated_at"] = ids.now_iso()
    searched = "text" in changes or "title" in changes
    return view(rewrite(store, persona, memory_id, lambda current: changes,
                        embedder if searched else None))


def rewrite(store: Store, persona: dict[str, Any], memory_id: str,
            change: Callable[[dict[str, Any]], dict[str, Any]],
            embedder: Embedder | None = None) -> dict[str, Any]:
    """Write the fields `change` gives for the memory as it is now, as one memory write (the
    memory read again, and `change` asked again, when another write came first); with
    `embedder`, its vector too. Returns the memory as written."""
    persona_id = persona["id"]
    updated: dict[str, Any] = {}

    def write(seen: int) -> int:
        current = _existing(store, persona_id, memory_id)
        changes = dict(change(current))
        changes.update(_embedding(embedder, {**current, **changes}))
        size_change = memory_size({**current, **changes}) - memory_size(current)
        updated.update(store.update_memory(persona_id, memory_id, changes, size_change, LIMITS,
                                           revision=seen))
        return seen + 1
    revision = _written(store, persona, write)
    retrieval.CACHE.note_write(store, persona_id, revision, memory_id, updated)
    return updated


def delete(store: Store, caller: Identity, persona_id: str, memory_id: str) -> None:
    """Delete a memory, or discard a proposed one (owner or editor)."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    if ids.is_id(memory_id) and store.get_memory(persona_id, memory_id) is None \
            and store.discard_proposal(persona_id, memory_id):
        return
    memory = _existing(store, persona_id, memory_id)

    def write(seen: int) -> int:
        store.delete_memory(persona_id, memory, revision=seen)
        return seen + 1
    revision = _written(store, persona, write)
    retrieval.CACHE.note_write(store, persona_id, revision, memory_id, None)
    photo_storage.forget_memory(persona_id, memory_id)  # its photos' files


WRITE_ATTEMPTS = 3


def _written(store: Store, persona: dict[str, Any], write: Callable[[int], int]) -> int:
    """Run a memory write against the memory revision last read, reading it again when
    another write came first (each write is numbered, for the saved search index); returns
    the revision the write made."""
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return write(int(persona.get("memory_revision") or 0))
        except Refused as refused:
            if refused.reason != "memories_moved" or attempt == WRITE_ATTEMPTS - 1:
                raise
            fresh = store.get_persona(persona["id"])
            if fresh is None:
                raise NotFound("persona not found") from None
            persona = fresh
    raise AssertionError("unreachable")


def list_or_search(store: Store, caller: Identity, persona_id: str, query: str | None,
                   cursor: str | None, limit: int,
                   embedder: Embedder | None = None, status: str = "active") -> dict[str, Any]:
    """A page of memories, newest first; or with a query, the chat's own ranking with scores;
    or with `status` proposed, a page of the proposed memories (owners and editors)."""
    if status not in STATUSES:
        raise InvalidInput(f"status: must be one of {', '.join(STATUSES)}",
                           reason="not_a_choice")
    if status == "proposed":
        access.persona_for(store, persona_id, caller, need="editor")
        if query is not None:
            raise InvalidInput("q: search covers active memories only; leave out "
                               "status=proposed to search", reason="no_search")
        page = store.list_proposals(persona_id, cursor, limit)
        return {"items": [view(p, "proposed") for p in page["items"]],
                "next_cursor": page["next_cursor"]}
    persona, _ = access.persona_for(store, persona_id, caller)
    if query is None:
        page = store.list_memories(persona_id, cursor, limit)
        page["items"] = [view(m) for m in page["items"]]
        return page
    if cursor:
        raise InvalidInput("cursor: search results come in one page; use limit instead")
    if len(query) > MAX_QUERY_CHARS:
        raise InvalidInput(f"q: at most {MAX_QUERY_CHARS} characters")
    hits = retrieval.find(store, persona, query, limit, embedder)
    # `relevance`: the share of the question's meaningful words a memory covers (0 to 1);
    # `answers`: whether a reply to that question would be based on it (the chat's
    # threshold): none does when the search is not sure enough of the best one.
    answered = bool(hits) and answers(hits[0])
    return {"items": [{**view({**h.memory, "persona_id": persona_id}),
                       "score": round(h.score, 4), "relevance": round(h.relevance, 2),
                       "answers": answered and answers(h)} for h in hits],
            "next_cursor": None}


def _existing(store: Store, persona_id: str, memory_id: str) -> dict[str, Any]:
    found = store.get_memory(persona_id, memory_id) if ids.is_id(memory_id) else None
    if found is None:
        raise NotFound("memory not found")
    return found


def _proposed(store: Store, persona_id: str, memory_id: str) -> dict[str, Any]:
    found = store.get_proposal(persona_id, memory_id) if ids.is_id(memory_id) else None
    if found is None:
        raise NotFound("memory not found")
    return found


def _update_proposed(store: Store, caller: Identity, persona: dict[str, Any], memory_id: str,
                     changes: dict[str, Any], embedder: Embedder | None) -> dict[str, Any]:
    """Edit a proposed memory, or accept it (`status: active`, with any edits): it becomes a
    memory with the same id, in the one write that removes the proposal, within the
    persona's memory limits."""
    persona_id = persona["id"]
    proposal = _proposed(store, persona_id, memory_id)
    accept = changes.pop("status", "proposed") == "active"
    now = ids.now_iso()
    if not accept:
        if not changes:
            return view(proposal, "proposed")
        return view(store.update_proposal(persona_id, memory_id, {**changes, "updated_at": now}),
                    "proposed")
    fields = ("title", "date", "tags", "triggers", "text")
    memory = {"title": "", "date": None, "tags": [], "triggers": [],
              **{k: proposal[k] for k in fields if k in proposal}, **changes,
              "id": memory_id, "persona_id": persona_id,
              "created_at": ids.iso_precise(ids.now()),  # to the microsecond, as in `add`
              "updated_at": now, "created_by": caller.user_id,
              "import_id": proposal.get("import_id")}
    memory.update(_embedding(embedder, memory))
    revision = _written(store, persona, lambda seen: store.add_memory(
        persona_id, memory, LIMITS, revision=seen,
        also=store.proposal_taken(persona_id, memory_id)))
    retrieval.CACHE.note_write(store, persona_id, revision, memory_id, memory)
    return view(memory)


LABEL_CHARS = 40


def label(memory: dict[str, Any]) -> str:
    """What a "based on" chip says: the memory's title, or the first words of its text."""
    title = str(memory.get("title") or "").strip()
    if title:
        return title
    text = " ".join(str(memory.get("text") or "").split())
    if len(text) <= LABEL_CHARS:
        return text
    return (text[:LABEL_CHARS].rsplit(" ", 1)[0] or text[:LABEL_CHARS]) + "…"


def sources(found: list[dict[str, Any]], memory_ids: list[str]) -> list[dict[str, str]]:
    """The memories a reply drew on that still exist, in its order, each with its label."""
    by_id = {m["id"]: m for m in found}
    return [{"id": m, "label": label(by_id[m])} for m in memory_ids if m in by_id]


def name_sources(store: Store, persona_id: str, messages: list[dict[str, Any]]) -> None:
    """Name the memories each reply drew on, as they are now (one batch get). Only for a
    caller who has a role on the persona: labels are the persona's memories."""
    used = [mid for m in messages for mid in m.get("memories_used") or []]
    found = store.memories_by_id(persona_id, used) if used else []
    for message in messages:
        if "memories_used" in message:
            message["sources"] = sources(found, message["memories_used"] or [])
