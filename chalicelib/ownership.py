"""Ownership that survives the owner: handing a legacy to an editor, what erasing an account
means for each legacy it keeps, and the notices that tell the other members what happened.

A legacy other people belong to is never deleted by an erasure unless the owner said so for
that legacy: the erasure is refused (DecisionsNeeded) until each one is handed to an editor or
explicitly deleted. Notices hold names and what happened, never memories or messages; they live
in the member's own partition and expire."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from chalicelib import access, ids
from chalicelib.errors import DecisionsNeeded, InvalidInput, NotFound
from chalicelib.identity import Identity
from chalicelib.schemas import ERASURE, OWNER_TRANSFER
from chalicelib.store.repository import Store
from chalicelib.validation import validate

NOTICE_DAYS = 60  # long enough to be seen after a holiday; the TTL then removes them
NOTICES_SHOWN = 20
NAMES_IN_REFUSAL = 5


@dataclass(frozen=True)
class Decision:
    """What the owner chose for one legacy they keep, as their erasure goes ahead."""

    persona_id: str
    persona_name: str
    transfer_to: str | None  # an editor's user id; None: the legacy is deleted


def _member_view(member: dict[str, Any]) -> dict[str, Any]:
    """A member as the owner sees them (the members list shows the same)."""
    return {k: member.get(k) for k in ("user_id", "name", "email", "role")}


def erasure_plan(store: Store, caller: Identity) -> dict[str, Any]:
    """For each legacy the caller owns, who else belongs to it; and the legacies shared with
    the caller, which they will simply leave."""
    owned: list[str] = []
    shared: list[dict[str, Any]] = []
    for membership in store.memberships_of(caller.user_id):
        if membership["role"] == "owner":
            owned.append(membership["persona_id"])
        else:
            shared.append(membership)
    names = {p["id"]: p["name"] for p in store.personas_by_id(
        owned + [m["persona_id"] for m in shared])}
    legacies = []
    for persona_id in owned:
        if persona_id not in names:
            continue  # half-erased: deleting it again finishes the job
        others = [_member_view(m) for m in store.list_members(persona_id)
                  if m["user_id"] != caller.user_id]
        others.sort(key=lambda m: (m["role"] != "editor", (m["name"] or "").casefold()))
        legacies.append({"persona_id": persona_id, "name": names[persona_id], "members": others,
                         "needs_decision": bool(others)})
    legacies.sort(key=lambda legacy: legacy["name"].casefold())
    return {"legacies": legacies,
            "shared_with_me": sorted(
                ({"persona_id": m["persona_id"], "name": names[m["persona_id"]],
                  "role": m["role"]} for m in shared if m["persona_id"] in names),
                key=lambda s: s["name"].casefold())}


def erasure_decisions(store: Store, caller: Identity,
                      body: dict[str, Any]) -> list[Decision]:
    """The decisions of an erasure request, checked against what the caller keeps now; refused
    before anything is erased when a legacy with other members has none."""
    data = validate(ERASURE, body)
    plan = {legacy["persona_id"]: legacy for legacy in erasure_plan(store, caller)["legacies"]}
    # A retry of an erasure that began (the sign-in could not be removed: 503) sends the same
    # decisions, about legacies already handed over or deleted by the first attempt.
    retrying = store.was_erased(caller.user_id, caller.issued_at)
    chosen: dict[str, Decision] = {}
    for n, wanted in enumerate(data.get("legacies", [])):
        where = f"legacies[{n}]"
        legacy = plan.get(wanted["persona_id"])
        if legacy is None and retrying:
            continue
        if legacy is None:
            raise InvalidInput(f"{where}.persona_id: not a legacy you keep")
        if legacy["persona_id"] in chosen:
            raise InvalidInput(f"{where}.persona_id: this legacy is named twice")
        target = wanted.get("transfer_to")
        if wanted["decision"] == "transfer":
            if not target:
                raise InvalidInput(f"{where}.transfer_to: required: the editor who receives it")
            if not any(m["user_id"] == target and m["role"] == "editor"
                       for m in legacy["members"]):
                raise InvalidInput(f"{where}.transfer_to: not an editor of this legacy; "
                                   f"only an editor can receive it")
        elif target is not None:
            raise InvalidInput(f"{where}.transfer_to: only with the decision transfer")
        chosen[legacy["persona_id"]] = Decision(legacy["persona_id"], legacy["name"],
                                                target if wanted["decision"] == "transfer"
                                                else None)
    undecided = [legacy["name"] for legacy in plan.values()
                 if legacy["needs_decision"] and legacy["persona_id"] not in chosen]
    if undecided:
        shown = ", ".join(undecided[:NAMES_IN_REFUSAL])
        more = len(undecided) - NAMES_IN_REFUSAL
        raise DecisionsNeeded(
            f"other people belong to the legacy of {shown}"
            + (f" and {more} more" if more > 0 else "")
            + "; for each, hand it to an editor or choose to delete it (legacies[].decision), "
              "then erase again")
    return list(chosen.values())


def hand_over(store: Store, caller: Identity, persona_id: str,
              body: dict[str, Any]) -> dict[str, Any]:
    """Make one of a legacy's editors its owner; the owner becomes an editor (owner only)."""
    persona, _ = access.persona_for(store, persona_id, caller, need="owner")
    target = validate(OWNER_TRANSFER, body)["user_id"]
    if target == caller.user_id:
        raise InvalidInput("user_id: you already own this legacy; choose one of its editors")
    member = store.get_membership(persona_id, target) if ids.is_user_id(target) else None
    if member is None:
        raise InvalidInput("user_id: not a member of this legacy")
    if member["role"] != "editor":
        raise InvalidInput("user_id: only an editor can receive the legacy; invite them as "
                           "an editor first")
    store.transfer_ownership(persona_id, caller.user_id, target, ids.now_iso())
    tell_handed_over(store, caller, persona, target, owner_left=False)
    return {"persona_id": persona_id, "role": "editor",
            "owner": {"user_id": target, "name": member.get("name") or ""}}


def transfer_on_leaving(store: Store, caller: Identity, decision: Decision) -> None:
    """The erasure's hand-over of one legacy (the caller's editor role then goes with the rest
    of their roles)."""
    assert decision.transfer_to is not None
    persona = store.get_persona(decision.persona_id)
    if persona is None:
        return
    store.transfer_ownership(decision.persona_id, caller.user_id, decision.transfer_to,
                             ids.now_iso())
    tell_handed_over(store, caller, persona, decision.transfer_to, owner_left=True)


# -- notices -------------------------------------------------------------------------------------

def _notice(event: str, persona: dict[str, Any], by: Identity, owner_left: bool,
            **more: Any) -> dict[str, Any]:
    moment = ids.now()
    return {"id": ids.new_id(), "event": event, "persona_name": persona["name"],
            "by_name": by.name or "", "owner_left": owner_left, "created_at": ids.iso(moment),
            "expires_at": int((moment + dt.timedelta(days=NOTICE_DAYS)).timestamp()), **more}


def tell_handed_over(store: Store, caller: Identity, persona: dict[str, Any], new_owner: str,
                     owner_left: bool) -> None:
    """Tell the new owner they keep the legacy now, and the other members who does."""
    members = store.list_members(persona["id"])
    name = next((m.get("name") or "" for m in members if m["user_id"] == new_owner), "")
    told = [(new_owner, _notice("ownership_received", persona, caller, owner_left,
                                persona_id=persona["id"]))]
    told += [(m["user_id"], _notice("owner_changed", persona, caller, owner_left,
                                    persona_id=persona["id"], new_owner_name=name))
             for m in members if m["user_id"] not in (new_owner, caller.user_id)]
    store.add_notices(told)


def tell_deleted(store: Store, caller: Identity, persona: dict[str, Any],
                 owner_left: bool) -> None:
    """Tell every other member that the legacy was deleted by its owner (before it goes)."""
    store.add_notices([(m["user_id"], _notice("legacy_deleted", persona, caller, owner_left))
                       for m in store.list_members(persona["id"])
                       if m["user_id"] != caller.user_id])


def notices(store: Store, caller: Identity) -> dict[str, Any]:
    """The caller's own notices, the newest first."""
    found = store.list_notices(caller.user_id, int(ids.now().timestamp()), NOTICES_SHOWN)
    return {"items": [_notice_view(n) for n in found], "next_cursor": None}


def _notice_view(notice: dict[str, Any]) -> dict[str, Any]:
    fields: Iterable[str] = ("id", "event", "persona_id", "persona_name", "by_name",
                             "new_owner_name", "owner_left", "created_at")
    return {k: notice[k] for k in fields if k in notice}


def dismiss_notice(store: Store, caller: Identity, notice_id: str) -> None:
    """Dismiss one of the caller's notices (another person's cannot even be addressed)."""
    if not ids.is_id(notice_id) or not store.dismiss_notice(caller.user_id, notice_id):
        raise NotFound("notice not found")
