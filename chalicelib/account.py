"""Accounts: who may create one (the stage's sign-up mode), who am I, and erase me
(everything of mine as JSON is in export.py).

Accounts come into being in two places: the local issuer's first sign-in of an e-mail
(`local_sign_in`) and, on AWS, the Cognito user pool's sign-up, which calls
`cognito_pre_sign_up` (a pre-sign-up Lambda trigger) before it creates the user. Both ask
`may_create_account`, so the mode means the same in both."""
from __future__ import annotations

import time
from typing import Any

from chalicelib import ids, ownership, voice
from chalicelib.config import Settings
from chalicelib.errors import Forbidden, InvalidInput
from chalicelib.identity import Identity, UserPool
from chalicelib.imports import files as import_files
from chalicelib.imports import service as imports
from chalicelib.logs import log
from chalicelib.persona import retrieval
from chalicelib.photos import storage as photo_storage
from chalicelib.store.repository import Store

ERASED_MARGIN = 300  # seconds past a token's lifetime: the verifier's leeway, and then some
REFUSED = {
    "invite-only": "new accounts here are by invitation: ask a family member to invite this "
                   "e-mail address, then sign up with it",
    "closed": "this site is not taking new accounts",
}


class SignUpRefused(Exception):
    """Raised to Cognito by the pre-sign-up trigger: its message is what the sign-up page
    shows, so it is the same sentence the local sign-in gives."""


def email_address(raw: str, field: str) -> str:
    """An e-mail address, trimmed and lower-cased, or a 400 naming the field."""
    email = raw.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@") or " " in email:
        raise InvalidInput(f"{field}: must be an e-mail address like name@example.com",
                           reason="not_an_email")
    return email


def may_create_account(store: Store, settings: Settings, email: str, now_epoch: int) -> None:
    """Refuse (403) a new account the stage's sign-up mode does not admit. Operators (the
    e-mails in FOREVERUS_ADMIN_EMAILS) are admitted in every mode; in `invite-only`, so is an
    e-mail with a pending invitation."""
    if settings.signup == "open" or (email and email in settings.admin_emails):
        return
    if settings.signup == "invite-only" and email and store.has_pending_invite(email, now_epoch):
        return
    raise Forbidden(REFUSED[settings.signup], reason=f"sign_up_{settings.signup.replace('-', '_')}")


def local_sign_in(store: Store, settings: Settings, raw_email: str) -> str:
    """The user id of a local sign-in: an e-mail seen before signs in whatever the mode; a new
    one becomes an account only if the sign-up mode admits it."""
    email = email_address(raw_email, "email")
    known = store.local_user(email)
    if known is not None:
        return known
    may_create_account(store, settings, email, int(time.time()))
    return store.local_user_id(email, ids.new_id(), ids.now_iso())


def cognito_pre_sign_up(event: dict[str, Any], store: Store,
                        settings: Settings) -> dict[str, Any]:
    """The user pool's pre-sign-up trigger: the event back to let the sign-up go on, or
    SignUpRefused. A user created by an administrator (AdminCreateUser, which needs IAM rights
    in the account) always goes on; that is how an operator adds someone by hand."""
    source = str(event.get("triggerSource", ""))
    if source == "PreSignUp_AdminCreateUser":
        log("sign_up", source=source, admitted=True)
        return event
    attributes = (event.get("request") or {}).get("userAttributes") or {}
    email = str(attributes.get("email", "")).strip().lower()
    try:
        may_create_account(store, settings, email, int(time.time()))
    except Forbidden as refused:
        log("sign_up", source=source, admitted=False, mode=settings.signup)  # no address
        raise SignUpRefused(refused.message) from None
    log("sign_up", source=source, admitted=True, mode=settings.signup)
    return event


def me(caller: Identity, operator: bool) -> dict[str, Any]:
    """The caller's identity as the website shows it."""
    return {"id": caller.user_id, "email": caller.email, "name": caller.name,
            "operator": operator}


def erase(store: Store, caller: Identity, local_login: bool, token_lifetime: int,
          user_pool: UserPool | None = None, body: dict[str, Any] | None = None) -> None:
    """Erase the caller: roles on others' personas, owned personas with everything under them,
    conversations, and last the sign-in itself. The data goes first: if the user pool cannot be
    reached, the caller's token still works for the retry, which finds only the user left.

    A token already issued stays valid until it expires (Cognito's ID tokens are checked
    against the pool's keys, not the pool), so a mark is left first, for as long as such a
    token lives: tokens issued before it cannot start anything anew (a persona, an accepted
    invite). Roles go before conversations, because starting a conversation needs a role: one
    started from another tab meanwhile is then found and erased too.

    A legacy other people belong to goes only as `body` decides (ownership.py): handed to one
    of its editors first, or deleted with its members told; without a decision for each such
    legacy nothing is erased (DecisionsNeeded)."""
    decisions = ownership.erasure_decisions(store, caller, body or {})
    store.mark_erased(caller.user_id, int(time.time()),
                      int(time.time()) + token_lifetime + ERASED_MARGIN)
    for decision in decisions:
        if decision.transfer_to is not None:
            ownership.transfer_on_leaving(store, caller, decision)
    memberships = list(store.memberships_of(caller.user_id))
    for membership in memberships:
        if membership["role"] != "owner":
            store.forget_author(membership["persona_id"], caller.user_id)
            store.forget_import_author(membership["persona_id"], caller.user_id)
            store.remove_member(membership["persona_id"], caller.user_id)
    for membership in memberships:
        if membership["role"] == "owner":
            persona = store.get_persona(membership["persona_id"])
            if persona is not None:  # whoever belongs to it now (one may have just joined)
                ownership.tell_deleted(store, caller, persona, owner_left=True)
            # Its partition holds its imports, style samples and proposed memories; the files
            # its imports and photos left (the bucket, or the data folder) go by the persona's
            # prefix.
            store.delete_persona(membership["persona_id"])
            retrieval.CACHE.forget(membership["persona_id"])
            imports.forget_files(import_files.files(), membership["persona_id"])
            photo_storage.forget_persona(membership["persona_id"])
            voice.forget_persona(import_files.files(), membership["persona_id"])
    for conversation in list(store.conversations_of(caller.user_id)):
        # The audio of its replies first: found by the persona the deletion forgets.
        voice.forget_conversation(import_files.files(), conversation["persona_id"],
                                  conversation["id"])
        store.delete_conversation(conversation["id"])
    store.forget_usage(caller.user_id)
    store.forget_revocations(caller.user_id)
    store.forget_notices(caller.user_id)
    store.forget_connections(caller.user_id)  # an open reply socket is refused from now on
    if local_login and caller.email:
        store.forget_local_login(caller.email, caller.user_id)
    if user_pool is not None:
        user_pool.delete(caller)
