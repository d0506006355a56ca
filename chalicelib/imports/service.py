"""Imports: the use cases behind the import routes (owners and editors only).

POST takes a small file in the request (base64) or names one uploaded to the private bucket
(`upload_url`, AWS only), stores it under the persona, records a `queued` job and hands it to
the stage's runner; the answer is 202 with the job's id and status, which the client polls.
"""
from __future__ import annotations

import base64
import binascii
import unicodedata
from typing import Any

from chalicelib import access, ids
from chalicelib.errors import Conflict, InvalidInput, NotFound, PayloadTooLarge
from chalicelib.identity import Identity
from chalicelib.imports import archive, job, parser
from chalicelib.imports.files import Files
from chalicelib.imports.problems import ImportProblem
from chalicelib.logs import log
from chalicelib.schemas import (
    IMPORT_CREATE, IMPORT_PERSON, INLINE_BASE64_CHARS, INLINE_FILE_BYTES, UPLOAD_FILE_BYTES,
    UPLOAD_URL,
)
from chalicelib.store import keys
from chalicelib.store.repository import Store
from chalicelib.validation import validate

MB = 1024 * 1024
VIEW_FIELDS = ("id", "kind", "filename", "status", "progress", "senders", "person", "counts",
               "proposed_memories", "style_samples", "error", "duplicate_of", "created_at",
               "updated_at")


def view(record: dict[str, Any]) -> dict[str, Any]:
    """An import as the API shows it (who started it and the file's hash stay private)."""
    shown = {k: record.get(k) for k in VIEW_FIELDS}
    shown["kind"] = record.get("source")
    shown["senders"] = shown["senders"] or []
    shown["progress"] = int(shown["progress"] or 0)
    shown["proposed_memories"] = int(shown["proposed_memories"] or 0)
    shown["style_samples"] = int(shown["style_samples"] or 0)
    return shown


def display_name(filename: str) -> str:
    """The name shown for an uploaded file: its last part, as the person's system named it."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return unicodedata.normalize("NFC", name)[:255] or "chat.txt"


def start(store: Store, files: Files, runner: job.Runner, caller: Identity, persona_id: str,
          body: dict[str, Any]) -> dict[str, Any]:
    """Start importing a file: 202's body, `{"id", "status"}`."""
    access.persona_for(store, persona_id, caller, need="editor")
    inline = body.get("content_base64")
    if isinstance(inline, str) and len(inline) > INLINE_BASE64_CHARS:
        raise PayloadTooLarge(f"content_base64: the file is over {INLINE_FILE_BYTES // MB} MB; "
                              "send a larger one through upload-url (on AWS), or export a "
                              "shorter period of the chat", reason="file_too_large",
                              limits={"mb": INLINE_FILE_BYTES // MB})
    data = validate(IMPORT_CREATE, body)
    person = data.get("person")
    if "upload_id" in data:
        import_id = data["upload_id"]
        if not ids.is_id(import_id):
            raise InvalidInput("upload_id: not an upload id given by upload-url",
                               reason="bad_upload")
        known = store.get_import(persona_id, import_id)
        if known is not None:  # the same upload posted twice: one job
            return {"id": import_id, "status": known["status"]}
        size = files.size(keys.import_upload(persona_id, import_id))
        if size is None:
            raise InvalidInput("upload_id: nothing was uploaded for it (or the upload expired); "
                               "upload the file again", reason="bad_upload")
        if size > UPLOAD_FILE_BYTES:  # the presigned form's policy refuses it; checked anyway
            files.delete_under(keys.import_upload(persona_id, import_id))
            raise PayloadTooLarge(f"upload_id: the file is over {UPLOAD_FILE_BYTES // MB} MB",
                                  reason="file_too_large",
                                  limits={"mb": UPLOAD_FILE_BYTES // MB})
    else:
        content = _decoded(data["content_base64"])
        if person is not None:
            _check_person(content, person)
        import_id = ids.new_id()
        size = len(content)
        files.put(keys.import_upload(persona_id, import_id), content)
    now = ids.now_iso()
    # `source`, not `kind`: the store keeps an item's own kind under that name.
    record = {"id": import_id, "persona_id": persona_id, "source": data["kind"],
              "filename": display_name(data["filename"]), "status": "queued", "progress": 0,
              "person": person, "size": size, "created_by": caller.user_id,
              "created_at": now, "updated_at": now, "attempts": 0}
    if not store.create_import(record):
        found = store.get_import(persona_id, import_id)
        return {"id": import_id, "status": found["status"] if found else "queued"}
    log("import_queued", persona_id=persona_id, import_id=import_id, bytes=size,
        upload="bucket" if "upload_id" in data else "inline")
    runner.submit(persona_id, import_id)
    now_record = store.get_import(persona_id, import_id) or record
    return {"id": import_id, "status": now_record["status"]}


def _decoded(text: str) -> bytes:
    """The file sent as base64 (standard or URL-safe alphabet; no line breaks)."""
    try:
        content = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("content_base64: not base64 (the file's bytes, base64-encoded)",
                           reason="not_base64") from None
    if not content:
        raise InvalidInput("content_base64: the file is empty", reason="empty")
    return content


def _check_person(content: bytes, person: str) -> None:
    """A person named with a small file is checked now: a name that is not a sender is a
    400 before anything is stored. (A file that is not a chat fails in its job, as any.)"""
    import io
    try:
        reading = archive.Reading()
        with archive.chat_text(io.BytesIO(content), reading) as text:
            chat = parser.sniff(parser.lines_of(text))
        scan = job.Scan(None)
        with archive.chat_text(io.BytesIO(content), archive.Reading()) as text:
            for message in parser.messages(parser.lines_of(text), chat):
                scan.add(message)
    except ImportProblem:
        return
    senders = scan.listed()
    if senders and job.has_sender(senders, person) is None:
        raise InvalidInput("person: nobody of that name wrote in this chat; choose one of its "
                           "senders (or leave person out and choose after the file is read)",
                           reason="not_a_sender")


def upload_url(store: Store, files: Files, caller: Identity, persona_id: str,
               body: dict[str, Any]) -> dict[str, Any]:
    """A presigned form to upload a large file straight to the private bucket (AWS)."""
    access.persona_for(store, persona_id, caller, need="editor")
    validate(UPLOAD_URL, body)
    upload_id = ids.new_id()
    form = files.upload_form(keys.import_upload(persona_id, upload_id), UPLOAD_FILE_BYTES)
    if form is None:
        raise NotFound("upload-url: large files go to the private bucket, which only the AWS "
                       f"stages have; here, send the file as content_base64 (at most "
                       f"{INLINE_FILE_BYTES // MB} MB)", reason="no_bucket")
    return {"upload_id": upload_id, "url": form["url"], "fields": form["fields"],
            "max_bytes": UPLOAD_FILE_BYTES}


def read(store: Store, caller: Identity, persona_id: str, import_id: str) -> dict[str, Any]:
    """One import: its status, progress, senders, counts and error."""
    access.persona_for(store, persona_id, caller, need="editor")
    return view(_existing(store, persona_id, import_id))


def list_imports(store: Store, caller: Identity, persona_id: str, cursor: str | None,
                 limit: int) -> dict[str, Any]:
    """A page of the persona's imports, the newest first."""
    access.persona_for(store, persona_id, caller, need="editor")
    page = store.list_imports(persona_id, cursor, limit)
    return {"items": [view(i) for i in page["items"]], "next_cursor": page["next_cursor"]}


def choose_person(store: Store, runner: job.Runner, caller: Identity, persona_id: str,
                  import_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """Say which sender is the person; the job goes on with them."""
    access.persona_for(store, persona_id, caller, need="editor")
    wanted = validate(IMPORT_PERSON, body)["person"]
    record = _existing(store, persona_id, import_id)
    if record["status"] != "needs_person":
        raise Conflict(f"this import is not waiting for a person (it is {record['status']})",
                       reason="not_waiting")
    name = job.has_sender(record.get("senders") or [], wanted)
    if name is None:
        raise InvalidInput("person: nobody of that name wrote in this chat; choose one of its "
                           "senders", reason="not_a_sender")
    changed = store.update_import(persona_id, import_id, {
        "person": name, "status": "queued", "progress": 0, "attempts": 0, "error": None,
        "updated_at": ids.now_iso()}, when_status="needs_person")
    if not changed:
        raise Conflict("this import changed meanwhile; reload it", reason="not_waiting")
    runner.submit(persona_id, import_id)
    return view(_existing(store, persona_id, import_id))


def delete(store: Store, files: Files, caller: Identity, persona_id: str,
           import_id: str) -> None:
    """Forget an import and its file (the samples and proposals it made stay)."""
    access.persona_for(store, persona_id, caller, need="editor")
    if not ids.is_id(import_id) or not store.delete_import(persona_id, import_id):
        raise NotFound("import not found")
    files.delete_under(keys.import_upload(persona_id, import_id))


def forget_files(files: Files, persona_id: str) -> int:
    """Remove every uploaded file of a persona (its erasure); how many went."""
    return files.delete_under(keys.import_uploads(persona_id))


def _existing(store: Store, persona_id: str, import_id: str) -> dict[str, Any]:
    found = store.get_import(persona_id, import_id) if ids.is_id(import_id) else None
    if found is None:
        raise NotFound("import not found")
    return found
