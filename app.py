"""Forever Us: the HTTP API. Routes are thin: who is asking, what they sent, one use case."""
from __future__ import annotations

import dataclasses
import functools
import os
import time
import traceback
from typing import Any, Callable

from chalice import Chalice, Rate, Response

from chalicelib import (access, account, conversations, edge, export, feedback, ids,
                        memories, ownership, personas, runtime, stream, turn)
from chalicelib import cards  # Character Card V2 import and export (docs/cards.md)
from chalicelib import voice  # replies read aloud (docs/voice.md)
from chalicelib import interview  # the guided life interview (docs/interview.md)
from chalicelib.imports import files as import_files  # chat imports (docs/imports.md)
from chalicelib.imports import job as import_job
from chalicelib.imports import samples as style_samples
from chalicelib.imports import service as imports
from chalicelib.photos import service as photos  # photos of a memory (docs/photos.md)
from chalicelib.photos import storage as photo_storage
from chalicelib.config import LANGUAGES, get_settings
from chalicelib.errors import DomainError, InvalidInput, NotFound, refusal_error
from chalicelib.identity import Identity
from chalicelib.llm.bedrock import MODEL_ID
from chalicelib.logs import log, request_scope
from chalicelib.ops import admin, metrics, report
from chalicelib.schemas import (
    CARD_BODY_BYTES, INLINE_BODY_BYTES, LOCAL_LOGIN, PHOTO_BODY_BYTES, POWER,
)
from chalicelib.store.refusals import Refused
from chalicelib.validation import parse_json_body, validate

ON_LAMBDA = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))
# Schedules are fixed when the app is packaged, so the rate is read here, at import.
REPORT_MINUTES = int(os.environ.get("FOREVERUS_REPORT_MINUTES", "60"))
if ON_LAMBDA:
    get_settings()  # a misconfigured cloud stage fails its cold start, loudly, before serving

app = Chalice(app_name="forever-us")
# JSON, and the PNG a character card travels in (docs/cards.md); the website is served by
# CloudFront (or the local front).
app.api.binary_types = ["image/png"]
# The reply socket (docs/streaming.md): Chalice's WebSocket API, its handlers at the end.
app.experimental_feature_flags.update(["WEBSOCKETS"])
app.register_middleware(edge.http_guard, "http")  # only through CloudFront; security headers

DEFAULT_PAGE = 20
MAX_PAGE = 100
MESSAGE_ORDERS = ("oldest", "newest")


def error_response(error: DomainError) -> Response:
    """The one map from domain errors to HTTP: Chalice's body shape, plus Retry-After."""
    headers: dict[str, str | list[str]] = {}
    if error.retry_after:
        headers["Retry-After"] = str(error.retry_after)
    payload: dict[str, Any] = {"Code": error.code, "Message": error.message}
    field = getattr(error, "field", None)
    if field:
        payload["Field"] = field  # which input, for clients to point at (400s only)
    if error.reason:
        payload["Reason"] = error.reason  # which case of the code, for clients to word it
    if error.limits:
        payload["Limits"] = error.limits  # the numbers the message quotes
    return Response(payload, status_code=error.status, headers=headers)


def api(path: str, method: str = "GET", *, public: bool = False) -> Callable:
    """Register a route that runs `view(caller, **path_params)` with errors mapped to HTTP, its
    log lines tagged with the request's id, which the response returns as `X-Request-Id`."""
    def register(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def handler(**params: str) -> Response:
            with request_scope(incoming_request_id()) as request_id:
                started = time.perf_counter()
                response = respond(view, public, params, path, method)
                # So a person reporting a problem can quote the id that finds its log lines.
                response.headers["X-Request-Id"] = request_id
                log("request", route=path, method=method, status=response.status_code,
                    ms=round((time.perf_counter() - started) * 1000, 1))
                return response
        app.route(path, methods=[method])(handler)
        return view
    return register


def respond(view: Callable[..., Any], public: bool, params: dict[str, str], path: str,
            method: str) -> Response:
    """The view's answer as a response: the caller verified, every error mapped to HTTP."""
    try:
        if public:
            result = view(**params)
        else:
            auth = request().headers.get("authorization")
            result = view(runtime.verifier().verify(auth), **params)
        return result if isinstance(result, Response) else Response(result)
    except Refused as refused:  # the store's named reasons, worded in one map
        log("refused", route=path, method=method, reason=refused.reason)
        return error_response(refusal_error(refused))
    except DomainError as error:
        return error_response(error)
    except Exception as error:  # noqa: BLE001 - the edge: nothing unexpected leaks
        # Chalice would log the concrete path, which can hold an invite code, and the
        # exception's message, which can hold what someone typed. Log where, not what.
        frames = traceback.extract_tb(error.__traceback__)
        log("unhandled", route=path, method=method, error=type(error).__name__,
            at=[f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in frames[-4:]])
        return Response({"Code": "InternalServerError",
                         "Message": "An internal server error occurred."}, status_code=500)


def incoming_request_id() -> str:
    """API Gateway's id for this request; a new one where there is none (chalice local, tests)."""
    return str(request().context.get("requestId") or ids.new_id())


def request() -> Any:
    """The request being served (Chalice sets it before calling a view)."""
    current = app.current_request
    assert current is not None
    return current


def body() -> dict[str, Any]:
    """The request's JSON object (size, encoding and syntax checked)."""
    return parse_json_body(request().raw_body)


def query(*allowed: str) -> dict[str, str]:
    """The query string, refusing parameters this route does not take."""
    params = dict(request().query_params or {})
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise InvalidInput(f"{unknown[0][:40]}: unknown query parameter "
                           f"(allowed: {', '.join(allowed) or 'none'})",
                           reason="unknown_parameter")
    return params


def page_args(params: dict[str, str]) -> tuple[str | None, int]:
    """The cursor and page size of a list request."""
    raw = params.get("limit", str(DEFAULT_PAGE))
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_PAGE:
        raise InvalidInput(f"limit: must be a whole number from 1 to {MAX_PAGE}",
                           reason="out_of_range", limits={"low": 1, "high": MAX_PAGE})
    return params.get("cursor") or None, int(raw)


def created(payload: dict[str, Any]) -> Response:
    """201 with the new object."""
    return Response(payload, status_code=201)


def no_content() -> Response:
    """204 with no body."""
    return Response("", status_code=204)


def is_operator(caller: Identity) -> bool:
    """Operators: Cognito's `admins` group; on the local stage, the configured e-mails."""
    settings = get_settings()
    emails = settings.admin_emails if settings.auth == "local" else frozenset()
    return access.is_operator(caller, emails)


# -- public -----------------------------------------------------------------------------------

@api("/api/health", public=True)
def health() -> dict[str, Any]:
    settings = get_settings()
    try:
        runtime.store().get_persona("health-check")
        store_state = "ok"
    except Exception as error:  # the health route reports, it does not fail
        log("health_store_error", error=type(error).__name__)
        store_state = "unavailable"
    power: dict[str, Any] = {}
    if store_state == "ok":
        view = admin.power_view(runtime.store(), runtime.power(), settings, ids.now())
        power = {"mode": view["mode"], "state": view["state"]}
    return {"status": "ok" if store_state == "ok" else "degraded", "stage": settings.stage,
            "store": {"kind": settings.store, "state": store_state},
            "model": {"provider": settings.llm_provider,
                      "available": runtime_model_available(settings)},
            "power": power}


def runtime_model_available(settings: Any) -> bool:
    """Whether the configured model can answer without waiting (no network call is made)."""
    if settings.llm_provider == "local":
        from chalicelib.llm.local import default_model_path
        import importlib.util
        return importlib.util.find_spec("llama_cpp") is not None and (
            bool(settings.local_model_path) or default_model_path() is not None)
    return True


@api("/api/config", public=True)
def site_config() -> dict[str, Any]:
    settings = get_settings()
    if settings.auth == "local":
        auth: dict[str, Any] = {"mode": "local"}
    else:
        auth = {"mode": "cognito", "domain": settings.cognito_domain,
                "client_id": settings.cognito_client_id, "region": settings.aws_region}
    return {"stage": settings.stage, "auth": auth, "languages": list(LANGUAGES),
            "stream_url": settings.stream_url or None}  # null: no socket, REST only


@api("/api/auth/local/login", "POST", public=True)
def local_login() -> dict[str, Any]:
    if get_settings().auth != "local":
        raise NotFound("the local sign-in exists only on the local stage")
    data = validate(LOCAL_LOGIN, body())
    email, name = account.email_address(data["email"], "email"), data["name"].strip()
    user_id = account.local_sign_in(runtime.store(), get_settings(), email)
    token = runtime.local_issuer().issue(user_id, email, name)
    return {"token": token, "user": {"id": user_id, "email": email, "name": name}}


# -- me ---------------------------------------------------------------------------------------

@api("/api/me")
def who_am_i(caller: Identity) -> dict[str, Any]:
    query()
    return account.me(caller, is_operator(caller))


@api("/api/me/export")
def export_me(caller: Identity) -> dict[str, Any]:
    return export.export_page(runtime.store(), caller, query("cursor").get("cursor") or None)


@api("/api/me/conversations")
def my_conversations(caller: Identity) -> dict[str, Any]:
    return conversations.list_all_mine(runtime.store(), caller,
                                       *page_args(query("cursor", "limit")))


@api("/api/me", "DELETE")
def erase_me(caller: Identity) -> Response:
    query()
    settings = get_settings()
    decisions = body() if request().raw_body else {}  # none needed when I keep no shared legacy
    account.erase(runtime.store(), caller, local_login=settings.auth == "local",
                  token_lifetime=settings.token_lifetime_seconds, user_pool=runtime.user_pool(),
                  body=decisions)
    return no_content()


@api("/api/me/erasure")
def erasure_plan(caller: Identity) -> dict[str, Any]:
    query()
    return ownership.erasure_plan(runtime.store(), caller)


@api("/api/me/notices")
def my_notices(caller: Identity) -> dict[str, Any]:
    query()
    return ownership.notices(runtime.store(), caller)


@api("/api/me/notices/{notice_id}", "DELETE")
def dismiss_notice(caller: Identity, notice_id: str) -> Response:
    ownership.dismiss_notice(runtime.store(), caller, notice_id)
    return no_content()


# -- personas ---------------------------------------------------------------------------------

@api("/api/personas", "POST")
def create_persona(caller: Identity) -> Response:
    return created(personas.create(runtime.store(), caller, body()))


@api("/api/personas")
def list_personas(caller: Identity) -> dict[str, Any]:
    return personas.list_mine(runtime.store(), caller, *page_args(query("cursor", "limit")))


@api("/api/personas/{persona_id}")
def read_persona(caller: Identity, persona_id: str) -> dict[str, Any]:
    query()
    return personas.read(runtime.store(), caller, persona_id)


@api("/api/personas/{persona_id}", "PATCH")
def update_persona(caller: Identity, persona_id: str) -> dict[str, Any]:
    return personas.update(runtime.store(), caller, persona_id, body())


@api("/api/personas/{persona_id}", "DELETE")
def delete_persona(caller: Identity, persona_id: str) -> Response:
    personas.delete(runtime.store(), caller, persona_id)
    return no_content()


@api("/api/personas/{persona_id}/card")
def export_card(caller: Identity, persona_id: str) -> Response:
    wanted = query("format").get("format", "json")
    card = cards.export_card(runtime.store(), caller, persona_id, wanted,
                             request().headers.get("accept"))
    return Response(card.body, headers=card.headers)


@api("/api/personas/import-card", "POST")
def import_card(caller: Identity) -> Response:
    started = time.monotonic()
    sent = parse_json_body(request().raw_body, CARD_BODY_BYTES)
    return created(cards.import_card(runtime.store(), caller, sent, runtime.embedder(), started))


# -- memories ---------------------------------------------------------------------------------

@api("/api/personas/{persona_id}/memories", "POST")
def add_memory(caller: Identity, persona_id: str) -> Response:
    return created(memories.add(runtime.store(), caller, persona_id, body(),
                                runtime.embedder()))


@api("/api/personas/{persona_id}/memories")
def list_memories(caller: Identity, persona_id: str) -> dict[str, Any]:
    params = query("q", "cursor", "limit", "status")
    cursor, limit = page_args(params)
    return memories.list_or_search(runtime.store(), caller, persona_id, params.get("q"),
                                   cursor, limit, runtime.embedder(),
                                   status=params.get("status", "active"))


@api("/api/personas/{persona_id}/memories/{memory_id}")
def read_memory(caller: Identity, persona_id: str, memory_id: str) -> dict[str, Any]:
    query()
    return memories.read(runtime.store(), caller, persona_id, memory_id)


@api("/api/personas/{persona_id}/memories/{memory_id}", "PATCH")
def update_memory(caller: Identity, persona_id: str, memory_id: str) -> dict[str, Any]:
    return memories.update(runtime.store(), caller, persona_id, memory_id, body(),
                           runtime.embedder())


@api("/api/personas/{persona_id}/memories/{memory_id}", "DELETE")
def delete_memory(caller: Identity, persona_id: str, memory_id: str) -> Response:
    memories.delete(runtime.store(), caller, persona_id, memory_id)
    return no_content()


# -- the guided life interview (chalicelib/interview.py; docs/interview.md) -------------------

@api("/api/personas/{persona_id}/interview/next")
def interview_next(caller: Identity, persona_id: str) -> dict[str, Any]:
    params = query("language", "chapter")
    return interview.next_question(runtime.store(), caller, persona_id, params.get("language"),
                                   request().headers.get("accept-language"),
                                   params.get("chapter"))


@api("/api/personas/{persona_id}/interview/answers", "POST")
def interview_answer(caller: Identity, persona_id: str) -> Response:
    return created(interview.answer(runtime.store(), caller, persona_id, body(),
                                    request().headers.get("accept-language"),
                                    runtime.embedder()))


@api("/api/personas/{persona_id}/interview/skip", "POST")
def interview_skip(caller: Identity, persona_id: str) -> Response:
    interview.skip(runtime.store(), caller, persona_id, body())
    return no_content()


# -- photos of a memory (chalicelib/photos/; docs/photos.md) ---------------------------------

@api("/api/personas/{persona_id}/memories/{memory_id}/photos", "POST")
def add_photo(caller: Identity, persona_id: str, memory_id: str) -> Response:
    sent = parse_json_body(request().raw_body, PHOTO_BODY_BYTES)  # a photo, as base64
    photo, new = photos.add(runtime.store(), photo_storage.photo_files(), caller, persona_id,
                            memory_id, sent, runtime.embedder())
    return Response(photo, status_code=201 if new else 200)


@api("/api/personas/{persona_id}/memories/{memory_id}/photos/upload-url", "POST")
def photo_upload_url(caller: Identity, persona_id: str, memory_id: str) -> dict[str, Any]:
    return photos.upload_url(runtime.store(), photo_storage.photo_files(), caller, persona_id,
                             memory_id, body())


@api("/api/personas/{persona_id}/memories/{memory_id}/photos/{photo_id}", "PATCH")
def caption_photo(caller: Identity, persona_id: str, memory_id: str,
                  photo_id: str) -> dict[str, Any]:
    return photos.caption(runtime.store(), caller, persona_id, memory_id, photo_id, body(),
                          runtime.embedder())


@api("/api/personas/{persona_id}/memories/{memory_id}/photos/{photo_id}", "DELETE")
def delete_photo(caller: Identity, persona_id: str, memory_id: str, photo_id: str) -> Response:
    photos.delete(runtime.store(), photo_storage.photo_files(), caller, persona_id, memory_id,
                  photo_id, runtime.embedder())
    return no_content()


# -- imports: WhatsApp chats (chalicelib/imports/; docs/imports.md) --------------------------

@api("/api/personas/{persona_id}/imports", "POST")
def start_import(caller: Identity, persona_id: str) -> Response:
    sent = parse_json_body(request().raw_body, INLINE_BODY_BYTES)  # a small file, as base64
    return Response(imports.start(runtime.store(), import_files.files(), import_job.runner(),
                                  caller, persona_id, sent), status_code=202)


@api("/api/personas/{persona_id}/imports")
def list_imports(caller: Identity, persona_id: str) -> dict[str, Any]:
    return imports.list_imports(runtime.store(), caller, persona_id,
                                *page_args(query("cursor", "limit")))


@api("/api/personas/{persona_id}/imports/upload-url", "POST")
def import_upload_url(caller: Identity, persona_id: str) -> dict[str, Any]:
    return imports.upload_url(runtime.store(), import_files.files(), caller, persona_id, body())


@api("/api/personas/{persona_id}/imports/{import_id}")
def read_import(caller: Identity, persona_id: str, import_id: str) -> dict[str, Any]:
    query()
    return imports.read(runtime.store(), caller, persona_id, import_id)


@api("/api/personas/{persona_id}/imports/{import_id}", "PATCH")
def choose_import_person(caller: Identity, persona_id: str, import_id: str) -> dict[str, Any]:
    return imports.choose_person(runtime.store(), import_job.runner(), caller, persona_id,
                                 import_id, body())


@api("/api/personas/{persona_id}/imports/{import_id}", "DELETE")
def delete_import(caller: Identity, persona_id: str, import_id: str) -> Response:
    imports.delete(runtime.store(), import_files.files(), caller, persona_id, import_id)
    return no_content()


@api("/api/personas/{persona_id}/style-samples")
def list_style_samples(caller: Identity, persona_id: str) -> dict[str, Any]:
    return style_samples.list_samples(runtime.store(), caller, persona_id,
                                      *page_args(query("cursor", "limit")))


@api("/api/personas/{persona_id}/style-samples/{sample_id}", "DELETE")
def delete_style_sample(caller: Identity, persona_id: str, sample_id: str) -> Response:
    style_samples.delete_sample(runtime.store(), caller, persona_id, sample_id)
    return no_content()


# On AWS the imports queue runs each job (locally a thread of this process does). The queue's
# name is fixed when the app is packaged (Chalice loads the app with the stage's variables).
IMPORT_QUEUE = os.environ.get("FOREVERUS_IMPORT_QUEUE", "").strip() or \
    f"forever-us-{os.environ.get('FOREVERUS_STAGE', 'local')}-imports"


@app.on_sqs_message(queue=IMPORT_QUEUE, batch_size=1, name="import_worker")
def import_worker(event: Any) -> None:
    for record in event:
        with request_scope(str(record.to_dict().get("messageId") or ids.new_id())):
            import_job.handle_message(record.body)


# -- family -----------------------------------------------------------------------------------

@api("/api/personas/{persona_id}/invites", "POST")
def create_invite(caller: Identity, persona_id: str) -> Response:
    return created(personas.create_invite(runtime.store(), caller, persona_id, body()))


@api("/api/personas/{persona_id}/invites")
def list_invites(caller: Identity, persona_id: str) -> dict[str, Any]:
    query()
    return personas.list_invites(runtime.store(), caller, persona_id)


@api("/api/personas/{persona_id}/invites/{invite_id}", "DELETE")
def cancel_invite(caller: Identity, persona_id: str, invite_id: str) -> Response:
    personas.cancel_invite(runtime.store(), caller, persona_id, invite_id)
    return no_content()


@api("/api/invites/{code}")
def preview_invite(caller: Identity, code: str) -> dict[str, Any]:
    query()
    return personas.preview_invite(runtime.store(), caller, code)


@api("/api/invites/{code}/accept", "POST")
def accept_invite(caller: Identity, code: str) -> dict[str, Any]:
    return personas.accept_invite(runtime.store(), caller, code)


@api("/api/personas/{persona_id}/members")
def list_members(caller: Identity, persona_id: str) -> dict[str, Any]:
    query()
    return personas.members(runtime.store(), caller, persona_id)


@api("/api/personas/{persona_id}/owner", "POST")
def hand_over(caller: Identity, persona_id: str) -> dict[str, Any]:
    return ownership.hand_over(runtime.store(), caller, persona_id, body())


@api("/api/personas/{persona_id}/members/{user_id}", "DELETE")
def remove_member(caller: Identity, persona_id: str, user_id: str) -> Response:
    personas.remove_member(runtime.store(), caller, persona_id, user_id)
    return no_content()


# -- conversations ----------------------------------------------------------------------------

@api("/api/personas/{persona_id}/conversations", "POST")
def start_conversation(caller: Identity, persona_id: str) -> Response:
    return created(conversations.start(runtime.store(), caller, persona_id, body(),
                                       request().headers.get("accept-language")))


@api("/api/personas/{persona_id}/conversations")
def list_conversations(caller: Identity, persona_id: str) -> dict[str, Any]:
    return conversations.list_mine(runtime.store(), caller, persona_id,
                                   *page_args(query("cursor", "limit")))


@api("/api/conversations/{conversation_id}")
def read_conversation(caller: Identity, conversation_id: str) -> dict[str, Any]:
    params = query("cursor", "limit", "order")
    order = params.get("order", "oldest")
    if order not in MESSAGE_ORDERS:
        raise InvalidInput(f"order: must be one of {', '.join(MESSAGE_ORDERS)}")
    return conversations.read(runtime.store(), caller, conversation_id, *page_args(params), order)


@api("/api/conversations/{conversation_id}", "DELETE")
def delete_conversation(caller: Identity, conversation_id: str) -> Response:
    voice.delete_conversation(runtime.store(), import_files.files(), caller, conversation_id)
    return no_content()


def turn_settings() -> turn.TurnSettings:
    """The stage's model settings and limits for a chat turn."""
    settings = get_settings()
    return turn.TurnSettings(
        max_tokens=settings.llm_max_tokens, temperature=settings.llm_temperature,
        prompt_budget=settings.prompt_budget_tokens, deadline_s=settings.reply_deadline_s,
        daily_cap=settings.daily_message_cap, stage=settings.stage, emit_emf=ON_LAMBDA,
        longest_deadline_s=max(settings.reply_deadline_s, settings.stream_deadline_s))


@api("/api/conversations/{conversation_id}/messages", "POST")
def post_message(caller: Identity, conversation_id: str) -> Response:
    result = turn.take_turn(runtime.store(), caller, conversation_id, body(),
                            runtime.provider(), turn_settings(), runtime.power(),
                            runtime.embedder())
    return Response({"message": result.message, "reply": result.reply},
                    status_code=200 if result.replayed else 201)


@api("/api/conversations/{conversation_id}/messages/{message_id}", "PATCH")
def edit_message(caller: Identity, conversation_id: str, message_id: str) -> Response:
    result = turn.take_turn(runtime.store(), caller, conversation_id, body(),
                            runtime.provider(), turn_settings(), runtime.power(),
                            runtime.embedder(), edits=message_id)
    return Response({"message": result.message, "reply": result.reply},
                    status_code=200 if result.replayed else 201)


@api("/api/conversations/{conversation_id}/messages/{message_id}/regenerate", "POST")
def regenerate_reply(caller: Identity, conversation_id: str, message_id: str) -> Response:
    result = turn.regenerate_turn(runtime.store(), caller, conversation_id, message_id, body(),
                                  runtime.provider(), turn_settings(), runtime.power(),
                                  runtime.embedder())
    return Response({"message": result.message, "reply": result.reply},
                    status_code=200 if result.replayed else 201)


@api("/api/conversations/{conversation_id}/messages/{message_id}/feedback", "PUT")
def give_feedback(caller: Identity, conversation_id: str, message_id: str) -> dict[str, Any]:
    return feedback.give(runtime.store(), caller, conversation_id, message_id, body())


@api("/api/conversations/{conversation_id}/messages/{message_id}/feedback", "DELETE")
def remove_feedback(caller: Identity, conversation_id: str, message_id: str) -> Response:
    feedback.remove(runtime.store(), caller, conversation_id, message_id)
    return no_content()


# -- the persona's voice: replies read aloud (chalicelib/voice/; docs/voice.md) ----------------

@api("/api/conversations/{conversation_id}/messages/{message_id}/speech", "POST")
def read_aloud(caller: Identity, conversation_id: str, message_id: str) -> dict[str, Any]:
    audio = query("audio").get("audio")
    if audio not in (None, "required"):
        raise InvalidInput("audio: must be `required` (the browser has no voice), or left out",
                           reason="not_a_choice")
    settings = get_settings()
    return voice.speak(runtime.store(), import_files.files(), runtime.power(), caller,
                       conversation_id, message_id, speech=settings.speech,
                       is_cloud=settings.is_cloud, audio_required=audio == "required")


# -- the reply socket (chalicelib/stream.py; docs/streaming.md) ------------------------------

@api("/api/stream-tickets", "POST")
def create_stream_ticket(caller: Identity) -> Response:
    query()
    return created(stream.issue_ticket(runtime.store(), caller, int(time.time())))


def stream_turn_settings() -> turn.TurnSettings:
    """A streamed turn's settings: REST's, with the socket's own deadline."""
    settings = get_settings()
    return dataclasses.replace(turn_settings(), deadline_s=settings.stream_deadline_s)


def answer_streamed(caller: Identity, conversation_id: str, message: dict[str, Any],
                    on_delta: Callable[[str], None]) -> turn.TurnResult:
    """The socket's `say`: the very turn REST's POST …/messages runs, streamed."""
    return turn.take_turn(runtime.store(), caller, conversation_id, message,
                          runtime.provider(), stream_turn_settings(), runtime.power(),
                          runtime.embedder(), on_delta=on_delta)


def socket_sender() -> Any:
    """API Gateway's management API for this app's WebSocket API (its session made on first
    use, not at import: REST's cold starts do not pay for it)."""
    sender = app.websocket_api
    if getattr(sender, "session", True) is None:
        import boto3
        sender.session = boto3.session.Session()
    return sender


@app.on_ws_connect()
def socket_connect(event: Any) -> Response:
    context = event.to_dict().get("requestContext") or {}
    with request_scope(str(context.get("requestId") or ids.new_id())):
        status = stream.connect(runtime.store(), event.connection_id,
                                event.to_dict().get("queryStringParameters"), int(time.time()))
    return Response("", status_code=status)


@app.on_ws_message()
def socket_message(event: Any) -> None:
    context = event.to_dict().get("requestContext") or {}
    stream.receive(runtime.store(), event.connection_id, event.to_dict().get("body"),
                   socket_sender(), answer_streamed, int(time.time()), context.get("requestId"))


@app.on_ws_disconnect()
def socket_disconnect(event: Any) -> None:
    context = event.to_dict().get("requestContext") or {}
    with request_scope(str(context.get("requestId") or ids.new_id())):
        stream.disconnect(runtime.store(), event.connection_id)


# -- operators --------------------------------------------------------------------------------

def operator_only(caller: Identity) -> None:
    """Operators see these routes; for everyone else they do not exist."""
    if not is_operator(caller):
        raise NotFound("not found")


@api("/api/admin/metrics")
def admin_metrics(caller: Identity) -> dict[str, Any]:
    operator_only(caller)
    raw = query("days").get("days", "14")
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= admin.MAX_DAYS:
        raise InvalidInput(f"days: must be a whole number from 1 to {admin.MAX_DAYS}")
    return admin.metrics_view(runtime.store(), runtime.power(), get_settings(), int(raw),
                              ids.now())


@api("/api/admin/power")
def admin_power(caller: Identity) -> dict[str, Any]:
    operator_only(caller)
    query()
    return admin.power_view(runtime.store(), runtime.power(), get_settings(), ids.now())


@api("/api/admin/power", "PUT")
def admin_set_power(caller: Identity) -> dict[str, Any]:
    operator_only(caller)
    mode = validate(POWER, body())["mode"]
    now = ids.now()
    _, month_cost = runtime.store().turn_context(metrics.month_of(now))
    runtime.power().set(mode, now, month_cost)
    return admin.power_view(runtime.store(), runtime.power(), get_settings(), now)


# -- the user pool's pre-sign-up trigger (the stage's sign-up mode, on AWS) --------------------

@app.lambda_function(name="pre_sign_up")
def pre_sign_up(event: dict[str, Any], context: Any) -> dict[str, Any]:
    with request_scope(getattr(context, "aws_request_id", None) or ids.new_id()):
        return account.cognito_pre_sign_up(event, runtime.store(), get_settings())


# -- the scheduled report ---------------------------------------------------------------------

@app.schedule(Rate(REPORT_MINUTES, unit=Rate.MINUTES), name="report")
def scheduled_report(event: Any) -> dict[str, Any]:
    # Its log lines carry the Lambda invocation's id, as a request's carry the request's.
    with request_scope(getattr(event.context, "aws_request_id", None) or ids.new_id()):
        return run_scheduled_report()


def run_scheduled_report() -> dict[str, Any]:
    """One run of the report: metrics, the budget cap and the idle stop."""
    # No refusal is worded here: the report's writes have no conditions, and a run has no one
    # to tell. One that escaped would fail the run with only its reason as the message.
    settings = get_settings()
    clients = None
    if settings.is_cloud:
        import boto3
        clients = report.AwsClients(
            cloudwatch=boto3.client("cloudwatch", region_name=settings.aws_region),
            budgets=boto3.client("budgets", region_name="us-east-1"),
            cost_explorer=boto3.client("ce", region_name="us-east-1"))
    return report.run_report(runtime.store(), runtime.power(), ids.now(), stage=settings.stage,
                             model_id=settings.llm_model or MODEL_ID, clients=clients,
                             budget_name=settings.budget_name,
                             account_id=settings.aws_account_id,
                             period_minutes=settings.report_minutes)
