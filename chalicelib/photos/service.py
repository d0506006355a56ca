"""Photos of a memory: the use cases behind the photo routes. Owners and editors add, caption
and delete them; every member sees them in the memory's JSON (memories.view).

A photo comes in the request as base64, or (AWS) is uploaded to the bucket first through
`upload_url` and named by its `upload_id`, which becomes the photo's id. Either way it is read
with Pillow (images.py) before anything is written; then its cleaned file and thumbnail are
stored, then the memory's item lists it, in one memory write that checks the count. A file
refused, or a write that fails, leaves nothing: no file, no upload, no half-written item.
"""
from __future__ import annotations

from typing import Any

from chalicelib import access, ids, memories
from chalicelib.errors import InvalidInput, NotFound
from chalicelib.identity import Identity
from chalicelib.imports.service import _decoded
from chalicelib.logs import log
from chalicelib.persona.embeddings import Embedder
from chalicelib.photos import images
from chalicelib.photos.storage import PhotoFiles, file_key, shown
from chalicelib.schemas import (
    PHOTO_BYTES, PHOTO_CREATE, PHOTO_PATCH, PHOTO_UPLOAD_URL, PHOTOS_PER_MEMORY,
)
from chalicelib.store import keys
from chalicelib.store.repository import Store
from chalicelib.validation import validate

MB = 1024 * 1024


def add(store: Store, files: PhotoFiles, caller: Identity, persona_id: str, memory_id: str,
        body: dict[str, Any], embedder: Embedder | None = None) -> tuple[dict[str, Any], bool]:
    """Add a photo to a memory: the photo as the API shows it, and whether it is new (an
    upload confirmed again gives the photo it became)."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    inline = body.get("content_base64")
    if isinstance(inline, str) and len(inline) > 4 * -(-files.inline_max // 3):
        raise _too_large("content_base64", files.inline_max,
                         "; send it through upload-url" if files.inline_max < PHOTO_BYTES else "")
    data = validate(PHOTO_CREATE, body)
    if "upload_id" in data and not ids.is_id(data["upload_id"]):  # before it names a key
        raise InvalidInput("upload_id: not an upload id given by upload-url",
                           reason="bad_upload")
    memory = _memory(store, persona_id, memory_id)
    upload = keys.photo_upload(persona_id, data["upload_id"]) if "upload_id" in data else None
    try:
        if upload is None:
            photo_id, field = ids.new_id(), "content_base64"
            _check_room(memory)
            raw = _decoded(data["content_base64"])
        else:
            photo_id, field = data["upload_id"], "upload_id"
            known = _find(memory, photo_id)
            if known is not None:  # the same upload confirmed twice: one photo
                return _view(persona_id, memory_id, known), False
            _check_room(memory)
            found = files.read(upload, PHOTO_BYTES + 1)  # one byte over: too large
            if found is None:
                raise InvalidInput("upload_id: nothing was uploaded for it (or the upload "
                                   "expired); upload the photo again", reason="bad_upload")
            raw = found
            if not raw:
                raise InvalidInput("upload_id: the file is empty", reason="empty")
        if len(raw) > PHOTO_BYTES:
            raise _too_large(field, PHOTO_BYTES)
        try:
            clean = images.clean(raw)
        except images.PhotoRefused as refused:
            raise InvalidInput(f"{field}: {refused.words}", reason=refused.reason,
                               limits=refused.limits) from None
        record = {"id": photo_id, "caption": data.get("caption", ""),
                  "taken_at": clean.taken_at, "width": clean.width, "height": clean.height,
                  "extension": clean.extension, "content_type": clean.content_type,
                  "bytes": len(clean.data), "thumbnail_width": clean.thumbnail_width,
                  "thumbnail_height": clean.thumbnail_height, "created_at": ids.now_iso()}
        _store(store, files, persona, memory_id, record, clean, embedder)
    finally:
        if upload is not None:
            files.delete_under(upload)  # read or refused, the upload is done with
    log("photo_added", persona_id=persona_id, memory_id=memory_id, photo_id=photo_id,
        bytes=len(raw), stored_bytes=len(clean.data), kind=clean.kind,
        upload="bucket" if upload is not None else "inline")
    return _view(persona_id, memory_id, record), True


def _store(store: Store, files: PhotoFiles, persona: dict[str, Any], memory_id: str,
           record: dict[str, Any], clean: images.CleanPhoto,
           embedder: Embedder | None) -> None:
    """The photo's files, then the memory's item listing it; the files go again when the
    item cannot be written (the memory is full of photos or gone meanwhile)."""
    persona_id = persona["id"]
    files.put(file_key(persona_id, memory_id, record, False), clean.data)
    files.put(file_key(persona_id, memory_id, record, True), clean.thumbnail)

    def listed(current: dict[str, Any]) -> dict[str, Any]:
        _check_room(current)
        return {"photos": [*(current.get("photos") or []), record],
                "updated_at": record["created_at"]}
    try:
        memories.rewrite(store, persona, memory_id, listed,
                         embedder if record["caption"] else None)
    except BaseException:
        files.delete_under(keys.photo_files(persona_id, memory_id, record["id"]))
        raise


def upload_url(store: Store, files: PhotoFiles, caller: Identity, persona_id: str,
               memory_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """A presigned form to upload a photo straight to the private bucket (AWS); the photo is
    then added by naming its `upload_id`."""
    access.persona_for(store, persona_id, caller, need="editor")
    validate(PHOTO_UPLOAD_URL, body)
    _check_room(_memory(store, persona_id, memory_id))
    upload_id = ids.new_id()
    form = files.upload_form(keys.photo_upload(persona_id, upload_id), PHOTO_BYTES)
    if form is None:
        raise NotFound("upload-url: photos go to the private bucket only on the AWS stages; "
                       f"here, send the photo as content_base64 (at most {PHOTO_BYTES // MB} "
                       "MB)", reason="no_bucket", limits={"mb": PHOTO_BYTES // MB})
    return {"upload_id": upload_id, "url": form["url"], "fields": form["fields"],
            "max_bytes": PHOTO_BYTES}


def caption(store: Store, caller: Identity, persona_id: str, memory_id: str, photo_id: str,
            body: dict[str, Any], embedder: Embedder | None = None) -> dict[str, Any]:
    """Write a photo's caption (searched as the memory's text); "" clears it."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")
    text = validate(PHOTO_PATCH, body)["caption"]

    def captioned(current: dict[str, Any]) -> dict[str, Any]:
        if _find(current, photo_id) is None:
            raise NotFound("photo not found")
        return {"photos": [{**p, "caption": text} if p["id"] == photo_id else p
                           for p in current["photos"]], "updated_at": ids.now_iso()}
    updated = memories.rewrite(store, persona, memory_id, captioned, embedder)
    found = _find(updated, photo_id)
    if found is None:  # deleted between the write and its read
        raise NotFound("photo not found")
    return _view(persona_id, memory_id, found)


def delete(store: Store, files: PhotoFiles, caller: Identity, persona_id: str,
           memory_id: str, photo_id: str, embedder: Embedder | None = None) -> None:
    """Take a photo off its memory, then delete its files."""
    persona, _ = access.persona_for(store, persona_id, caller, need="editor")

    def without(current: dict[str, Any]) -> dict[str, Any]:
        found = _find(current, photo_id)
        if found is None:
            raise NotFound("photo not found")
        return {"photos": [p for p in current["photos"] if p["id"] != photo_id],
                "updated_at": ids.now_iso()}
    memories.rewrite(store, persona, memory_id, without, embedder)
    files.delete_under(keys.photo_files(persona_id, memory_id, photo_id))


def _memory(store: Store, persona_id: str, memory_id: str) -> dict[str, Any]:
    found = store.get_memory(persona_id, memory_id) if ids.is_id(memory_id) else None
    if found is None:
        raise NotFound("memory not found")
    return found


def _find(memory: dict[str, Any], photo_id: str) -> dict[str, Any] | None:
    return next((p for p in memory.get("photos") or [] if p["id"] == photo_id), None)


def _check_room(memory: dict[str, Any]) -> None:
    if len(memory.get("photos") or []) >= PHOTOS_PER_MEMORY:
        raise InvalidInput(f"photos: a memory keeps at most {PHOTOS_PER_MEMORY} photos; "
                           "delete one first", reason="too_many_photos",
                           limits={"max": PHOTOS_PER_MEMORY})


def _too_large(field: str, limit: int, hint: str = "") -> InvalidInput:
    return InvalidInput(f"{field}: the photo is over {limit // MB} MB{hint}",
                        reason="file_too_large", limits={"mb": limit // MB})


def _view(persona_id: str, memory_id: str, photo: dict[str, Any]) -> dict[str, Any]:
    """One photo as the API shows it."""
    return shown(persona_id, {"id": memory_id, "photos": [photo]})[0]
