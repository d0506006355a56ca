"""The reply socket: tickets, connections, and what a client says on it (docs/streaming.md).

One code path for both doors: API Gateway's WebSocket API calls these functions from app.py's
`on_ws_*` handlers with `app.websocket_api` as the sender; `make run`'s local WebSocket server
(scripts/serve.py) calls the very same handlers with a sender of its own. The turn itself is
`turn.take_turn`, exactly as REST's `POST …/messages` runs it, handed in as `answer`.

- `POST /api/stream-tickets` (signed in) gives a random ticket, stored only as its SHA-256
  hash, good for one connection within TICKET_SECONDS.
- Connecting with `?ticket=` spends it (a conditional delete: one connection per ticket) and
  remembers whose connection it is, until it closes (at most CONNECTION_SECONDS, API Gateway's
  own limit, and the item's TTL).
- `{"action": "say", ...}` runs a turn and sends `delta` pieces then `done` (or `error`);
  `{"action": "stop", ...}` asks the turn answering that message to stop writing.

Nothing a person typed, no ticket and no token is ever logged.
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
import traceback
from typing import Any, Callable, Mapping, Protocol

from chalicelib import access, ids
from chalicelib.errors import (
    DomainError, PayloadTooLarge, Unauthenticated, refusal_error,
)
from chalicelib.identity import Identity
from chalicelib.logs import log, request_scope
from chalicelib.schemas import CLIENT_MESSAGE_ID
from chalicelib.store.refusals import Refused
from chalicelib.store.repository import Store
from chalicelib.turn import TurnResult
from chalicelib.validation import Choice, Obj, Text, parse_json_body, validate

TICKET_SECONDS = 60
CONNECTION_SECONDS = 2 * 3600  # API Gateway closes a WebSocket connection after two hours
MAX_MESSAGE_BYTES = 32 * 1024  # one API Gateway WebSocket frame
TICKET_CHARS = 43  # secrets.token_urlsafe(32)
STOP_KEPT_S = 3600  # a Stop's item outlives any turn, then its TTL takes it
ACTIONS = ("say", "stop")
ENVELOPE = Obj({"action": Choice(ACTIONS), "conversation_id": Text(64, required=True)},
               required=frozenset({"action", "conversation_id"}))
STOP = Obj({"action": Choice(ACTIONS), "conversation_id": Text(64, required=True),
            "client_message_id": Text(64, required=True)},
           required=frozenset({"action", "conversation_id", "client_message_id"}))

Answer = Callable[[Identity, str, dict[str, Any], Callable[[str], None]], TurnResult]
"""Runs one turn for (caller, conversation id, {"text", "client_message_id"}, on_delta)."""


class Sender(Protocol):
    """What sends a text frame to one connection: `app.websocket_api` on AWS, the local
    server's stand-in for it under `make run`."""

    def send(self, connection_id: str, message: str) -> None:
        """Send one text frame; raises when the connection is gone."""


def ticket_hash(ticket: str) -> str:
    """What the store keeps of a ticket."""
    return hashlib.sha256(ticket.encode("utf-8")).hexdigest()


def issue_ticket(store: Store, caller: Identity, now_epoch: int) -> dict[str, Any]:
    """A single-use ticket for one reply socket of the caller's."""
    ticket = secrets.token_urlsafe(32)
    store.create_stream_ticket(ticket_hash(ticket), caller.user_id, caller.issued_at,
                               now_epoch + TICKET_SECONDS)
    return {"ticket": ticket, "expires_in": TICKET_SECONDS}


def connect(store: Store, connection_id: str, query: Mapping[str, Any] | None,
            now_epoch: int) -> int:
    """Open a connection for the ticket's holder: 200, or 401 (no such ticket, used or
    expired), after which API Gateway refuses the handshake."""
    ticket = (query or {}).get("ticket")
    holder = None
    if isinstance(ticket, str) and len(ticket) == TICKET_CHARS:
        holder = store.use_stream_ticket(ticket_hash(ticket), now_epoch)
    if holder is None:
        log("socket_refused", reason="ticket")
        return 401
    store.open_connection(connection_id, holder["user_id"], holder["issued_at"],
                          ids.now_iso(), now_epoch + CONNECTION_SECONDS)
    log("socket_open")
    return 200


def disconnect(store: Store, connection_id: str) -> None:
    """Forget a connection that closed."""
    store.close_connection(connection_id)
    log("socket_closed")


class Outbox:
    """Frames to one connection. A send that fails (the visitor closed the page, the network
    went) stops the sending, never the turn: its reply is stored, and asking again with the
    same client_message_id returns it."""

    def __init__(self, sender: Sender, connection_id: str) -> None:
        self.sender = sender
        self.connection_id = connection_id
        self.gone = False
        self.sent = 0

    def send(self, frame: dict[str, Any]) -> None:
        if self.gone:
            return
        try:
            self.sender.send(self.connection_id, json.dumps(frame, ensure_ascii=False))
            self.sent += 1
        except Exception as error:  # noqa: BLE001 - whatever the transport raised
            self.gone = True
            log("socket_send_failed", error=type(error).__name__, sent=self.sent)

    def delta(self, client_id: str, text: str) -> None:
        self.send({"type": "delta", "client_message_id": client_id, "text": text})

    def error(self, client_id: str | None, error: DomainError) -> None:
        frame: dict[str, Any] = {"type": "error", "client_message_id": client_id,
                                 "code": socket_code(error), "message": error.message,
                                 "status": error.status}
        for name in ("reason", "retry_after", "field"):
            if getattr(error, name, None):
                frame[name] = getattr(error, name)
        if error.limits:
            frame["limits"] = error.limits
        self.send(frame)


def sender_days(now_epoch: int) -> list[str]:
    """The days whose items may hold a turn being answered now: today's and yesterday's."""
    return [time.strftime("%Y-%m-%d", time.gmtime(now_epoch - back)) for back in (0, 86_400)]


def socket_code(error: DomainError) -> str:
    """REST's code without its "Error" ending: "Conflict", "NotFound", "BadRequest"..."""
    code = error.code
    return code[:-len("Error")] if code.endswith("Error") and code != "Error" else code


def client_id_of(data: Any) -> str | None:
    """The message's client_message_id when it has a valid one (errors echo it)."""
    found = data.get("client_message_id") if isinstance(data, dict) else None
    return found if isinstance(found, str) and re.fullmatch(CLIENT_MESSAGE_ID, found) else None


def receive(store: Store, connection_id: str, raw: str | bytes | None, sender: Sender,
            answer: Answer, now_epoch: int, request_id: str | None = None) -> None:
    """Handle one message from a client: a `say` or a `stop`. Every refusal goes back as an
    `error` frame naming the field and limit, as REST's body does."""
    outbox = Outbox(sender, connection_id)
    started = time.perf_counter()
    action, client_id, outcome = "unknown", None, "ok"
    with request_scope(request_id or ids.new_id()):
        try:
            holder = store.get_connection(connection_id, now_epoch)
            if holder is None:
                raise Unauthenticated("this connection is not signed in (or has expired): "
                                      "open a new one with a new ticket")
            if raw is not None and len(raw.encode("utf-8", "surrogatepass")
                                       if isinstance(raw, str) else raw) > MAX_MESSAGE_BYTES:
                raise PayloadTooLarge(f"a message is at most {MAX_MESSAGE_BYTES // 1024} KB",
                                      reason="too_large",
                                      limits={"kb": MAX_MESSAGE_BYTES // 1024})
            data = parse_json_body(raw)
            client_id = client_id_of(data)
            envelope = {k: data[k] for k in ("action", "conversation_id") if k in data}
            validate(ENVELOPE, envelope)
            action = data["action"]
            caller = Identity(str(holder["user_id"]), "", "",
                              issued_at=int(holder.get("issued_at", 0)))
            conversation_id = data["conversation_id"]
            if action == "stop":
                stop = validate(STOP, data)
                access.conversation_for(store, conversation_id, caller)  # only one's own
                outcome = "stopping" if store.request_stop(
                    conversation_id, stop["client_message_id"], caller.user_id,
                    sender_days(now_epoch), now_epoch + STOP_KEPT_S) else "nothing_to_stop"
                return
            body = {k: v for k, v in data.items() if k not in ("action", "conversation_id")}
            say(outbox, caller, conversation_id, body, answer, client_id)
        except Refused as refused:
            outcome = refused.reason
            outbox.error(client_id, refusal_error(refused))
        except DomainError as error:
            outcome = error.code
            outbox.error(client_id, error)
        except Exception as error:  # noqa: BLE001 - the edge: nothing unexpected leaks
            frames = traceback.extract_tb(error.__traceback__)
            outcome = "unhandled"
            log("unhandled", route="socket", error=type(error).__name__,
                at=[f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in frames[-4:]])
            generic = DomainError("An internal server error occurred.")
            outbox.error(client_id, generic)
        finally:
            log("socket_message", action=action, outcome=outcome, frames=outbox.sent,
                ms=round((time.perf_counter() - started) * 1000, 1))


def say(outbox: Outbox, caller: Identity, conversation_id: str, body: dict[str, Any],
        answer: Answer, client_id: str | None) -> None:
    """One turn, streamed: its pieces as they are released, then the stored reply."""
    sent_id = client_id or ""  # the turn refuses a missing or malformed id before any piece

    def on_delta(text: str) -> None:
        outbox.delta(sent_id, text)

    result = answer(caller, conversation_id, body, on_delta)
    if result.replayed:  # answered before: the stored text, whole, and no model call
        outbox.delta(sent_id, result.reply["text"])
    outbox.send({"type": "done", "client_message_id": sent_id, "message": result.reply,
                 "visitor_message": result.message, "replayed": result.replayed})
