"""Personas, their members and invites: the use cases behind the persona routes."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from typing import Any

from chalicelib import access, account, ids, ownership, voice
from chalicelib.errors import Conflict, Forbidden, Gone, InvalidInput, NotFound
from chalicelib.identity import Identity
from chalicelib.imports import files as import_files
from chalicelib.imports import service as imports
from chalicelib.persona import retrieval
from chalicelib.photos import storage as photo_storage
from chalicelib.schemas import INVITE_CREATE, PERSONA_CREATE, PERSONA_PATCH
from chalicelib.store.repository import Store
from chalicelib.validation import validate

PUBLIC_FIELDS = ("id", "name", "language", "relationship", "birth_year", "death_year",
                 "biography", "personality", "speaking_style", "example_messages", "greeting",
                 "aliases", "status", "consent", "created_at", "updated_at", "memory_count",
                 "voice")
DEFAULTS: dict[str, Any] = {"relationship": "", "birth_year": None, "death_year": None,
                            "biography": "", "personality": "", "speaking_style": "",
                            "example_messages": [], "greeting": "", "aliases": [],
                            "status": "active", "voice": voice.DEFAULT_VOICE}
MAX_INVITE_DAYS_DEFAULT = 7


def view(persona: dict[str, Any], role: str) -> dict[str, Any]:
    """A persona as the API shows it to someone with `role`."""
    shown = {k: persona.get(k) for k in PUBLIC_FIELDS}
    shown["voice"] = voice.voice_of(persona)  # personas made before voices had none
    if role != "owner":
        # Who attested and what they wrote is the owner's record, not every visitor's business.
        shown["consent"] = {"basis": persona["consent"]["basis"]}
    shown["role"] = role
    return shown


def member_record(caller: Identity, role: str) -> dict[str, Any]:
    """The membership a caller gets, with the name others will see in the members list."""
    return {"user_id": caller.user_id, "role": role, "name": caller.name,
            "email": caller.email, "joined_at": ids.now_iso()}


def create(store: Store, caller: Identity, body: dict[str, Any]) -> dict[str, Any]:
    """A new persona owned by the caller; consent is required."""
    data = validate(PERSONA_CREATE, body)
    access.refuse_if_erased(store, caller)
    now = ids.now_iso()
    persona = {**DEFAULTS, **data, "id": ids.new_id(), "created_at": now, "updated_at": now,
               "version": 1, "memory_count": 0,
               "consent": {**data["consent"], "attested_at": now}}
    store.create_persona(persona, member_record(caller, "owner"))
    access.refuse_if_erased(store, caller, undo=lambda: store.delete_persona(persona["id"]))
    return view(persona, "owner")


def read(store: Store, caller: Identity, persona_id: str) -> dict[str, Any]:
    """One persona the caller has a role on."""
    persona, role = access.persona_for(store, persona_id, caller)
    return view(persona, role)


def list_mine(store: Store, caller: Identity, cursor: str | None, limit: int) -> dict[str, Any]:
    """The personas the caller owns or that are shared with them, each with the caller's role."""
    page = store.list_my_personas(caller.user_id, cursor, limit)
    page["items"] = [view(p, p["role"]) for p in page["items"]]
    return page


def update(store: Store, caller: Identity, persona_id: str, body: dict[str, Any]) -> dict:
    """Change a persona's fields (owner or editor)."""
    current, role = access.persona_for(store, persona_id, caller, need="editor")
    changes = validate(PERSONA_PATCH, body, partial=True)
    merged = {**current, **changes}
    if merged.get("birth_year") is not None and merged.get("death_year") is not None and \
            merged["death_year"] < merged["birth_year"]:
        raise InvalidInput("death_year: must not be before birth_year")
    return view(store.update_persona(persona_id, changes, ids.now_iso()), role)


def delete(store: Store, caller: Identity, persona_id: str) -> None:
    """Erase a persona with everything under it (owner only)."""
    persona, _ = access.persona_for(store, persona_id, caller, need="owner")
    ownership.tell_deleted(store, caller, persona, owner_left=False)
    store.delete_persona(persona_id)
    retrieval.CACHE.forget(persona_id)
    imports.forget_files(import_files.files(), persona_id)  # uploads its imports left
    photo_storage.forget_persona(persona_id)  # its memories' photos
    voice.forget_persona(import_files.files(), persona_id)  # its replies' audio, if any


def members(store: Store, caller: Identity, persona_id: str) -> dict[str, Any]:
    """Who has access to a persona (owner only)."""
    access.persona_for(store, persona_id, caller, need="owner")
    shown = [{k: m.get(k) for k in ("user_id", "name", "email", "role", "joined_at")}
             for m in store.list_members(persona_id)]
    return {"items": sorted(shown, key=lambda m: (m["role"] != "owner", m["joined_at"])),
            "next_cursor": None}


def remove_member(store: Store, caller: Identity, persona_id: str, user_id: str) -> None:
    """Revoke someone's access (owner), or leave a persona shared with me (anyone)."""
    _, role = access.persona_for(store, persona_id, caller)
    if user_id == caller.user_id:
        if role == "owner":
            raise Conflict("the owner cannot leave; delete the persona or keep it")
    elif role != "owner":
        raise Forbidden(access.NEEDS["owner"])
    revoking = None if user_id == caller.user_id else ids.iso_precise(ids.now())
    if not ids.is_user_id(user_id) or not store.remove_member(persona_id, user_id, revoking):
        raise NotFound("member not found")


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def create_invite(store: Store, caller: Identity, persona_id: str,
                  body: dict[str, Any]) -> dict[str, Any]:
    """A random invite code for a visitor or an editor (owner only)."""
    access.persona_for(store, persona_id, caller, need="owner")
    data = validate(INVITE_CREATE, body)
    code = secrets.token_urlsafe(24)
    moment = ids.now()
    expires = moment + dt.timedelta(days=data.get("expires_in_days", MAX_INVITE_DAYS_DEFAULT))
    # to the microsecond: an owner's revoke and her next invite may share a millisecond
    invite = {"persona_id": persona_id, "role": data["role"], "invited_by_name": caller.name,
              "max_uses": data.get("max_uses", 1), "uses": 0,
              "created_at": ids.iso_precise(moment),
              "expires_at_text": ids.iso(expires), "expires_epoch": int(expires.timestamp())}
    code_hash = _hash_code(code)
    email = account.email_address(data["email"], "email") if "email" in data else None
    store.create_invite(code_hash, invite, email)
    return {"code": code, "id": code_hash, "role": invite["role"],
            "max_uses": invite["max_uses"], "expires_at": invite["expires_at_text"],
            "persona_id": persona_id}


def list_invites(store: Store, caller: Identity, persona_id: str) -> dict[str, Any]:
    """The persona's invites still open, without their codes (owner only)."""
    access.persona_for(store, persona_id, caller, need="owner")
    now = int(ids.now().timestamp())
    open_ones = [{"id": i["id"], "role": i["role"], "max_uses": i["max_uses"],
                  "uses": i["uses"], "created_at": i.get("created_at"),
                  "expires_at": i["expires_at_text"]}
                 for i in store.list_invites(persona_id)
                 if i["expires_epoch"] > now and i["uses"] < i["max_uses"]]
    return {"items": sorted(open_ones, key=lambda i: i["created_at"] or ""),
            "next_cursor": None}


def cancel_invite(store: Store, caller: Identity, persona_id: str, invite_id: str) -> None:
    """Cancel an invite so its link no longer works (owner only)."""
    access.persona_for(store, persona_id, caller, need="owner")
    if not re.fullmatch(r"[0-9a-f]{64}", invite_id) or not store.cancel_invite(
            persona_id, invite_id, ids.now_iso()):
        raise NotFound("invite not found")


def _invite_by_code(store: Store, code: str) -> tuple[str, dict[str, Any]]:
    if not 20 <= len(code) <= 64 or not code.isascii() or \
            not code.replace("-", "").replace("_", "").isalnum():
        raise NotFound("invite not found")
    code_hash = _hash_code(code)
    invite = store.get_invite(code_hash)
    if invite is None:
        raise NotFound("invite not found")
    return code_hash, invite


def _invite_state(store: Store, caller: Identity, invite: dict[str, Any],
                  moment: dt.datetime) -> str:
    """open, member, cancelled, expired, used_up or revoked, for this caller."""
    if store.get_membership(invite["persona_id"], caller.user_id) is not None:
        return "member"
    if invite.get("cancelled_at"):
        return "cancelled"
    if invite["expires_epoch"] <= int(moment.timestamp()):
        return "expired"
    if invite["uses"] >= invite["max_uses"]:
        return "used_up"
    revoked = store.revoked_at(invite["persona_id"], caller.user_id)
    if revoked is not None and invite["created_at"] <= revoked:
        return "revoked"
    return "open"


GONE = {
    "cancelled": "the person who made this invite cancelled it; ask them for a new one",
    "expired": "this invite has expired or has been used up; ask for a new one",
    "used_up": "this invite has expired or has been used up; ask for a new one",
    "revoked": "the owner removed your access after this invite was made; ask them for a new one",
}


def preview_invite(store: Store, caller: Identity, code: str) -> dict[str, Any]:
    """Whose legacy an invite opens, as what, and whether it can still be accepted by me."""
    _, invite = _invite_by_code(store, code)
    persona = store.get_persona(invite["persona_id"])
    if persona is None:
        raise NotFound("invite not found")
    state = _invite_state(store, caller, invite, ids.now())
    if state == "cancelled":  # often a link sent to the wrong person: it says nothing more
        return {"state": state}
    return {"persona_name": persona["name"], "role": invite["role"],
            "invited_by": invite.get("invited_by_name", ""),
            "expires_at": invite["expires_at_text"],
            "state": state}


def accept_invite(store: Store, caller: Identity, code: str) -> dict[str, Any]:
    """Join a persona through an invite code; accepting twice changes nothing."""
    code_hash, invite = _invite_by_code(store, code)
    pid = invite["persona_id"]
    moment = ids.now()
    state = _invite_state(store, caller, invite, moment)
    if state in GONE:
        raise Gone(GONE[state], reason=state)
    if state == "open":
        access.refuse_if_erased(store, caller)
        store.accept_invite(code_hash, invite, member_record(caller, invite["role"]),
                            int(moment.timestamp()))
        access.refuse_if_erased(store, caller,
                                undo=lambda: store.remove_member(pid, caller.user_id))
    persona, role = access.persona_for(store, pid, caller)
    return view(persona, role)
