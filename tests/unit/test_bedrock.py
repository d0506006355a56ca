"""The Bedrock provider: the Converse request Mistral 7B gets, what its answer costs, and what
the chat turn does when Bedrock throttles, refuses or times out.

Bedrock is a real botocore client answered by a Stubber (moto has no Converse), so the requests
and responses are checked against Bedrock's own API model and nothing reaches AWS. Retries are
owned by `with_retries`; its sleeps are recorded, never slept.
"""
from __future__ import annotations

import functools
import threading
import time
import uuid
from itertools import pairwise
from typing import Any, Iterator

import boto3
import pytest
from botocore.exceptions import ReadTimeoutError
from botocore.stub import Stubber

from chalicelib import runtime
from chalicelib.llm import base
from chalicelib.llm.base import Completion, Generation, ModelBusy, ModelFailed
from chalicelib.llm.bedrock import (ATTEMPT_SECONDS, MODEL_ID, RETRYABLE_CODES,
                                    BedrockProvider, client_config)
from chalicelib.llm.pricing import cost_usd
from chalicelib.persona import telling
from chalicelib.persona.prompt import build_prompt
from tests.bedrock_stream import StreamStubber, text_events
from tests.conftest import Api, User, all_items

REPLY_TEXT = "Ah, the festa junina! Cida danced all night, and I only watched her."
ERROR_STATUS = {"ThrottlingException": 429, "ModelNotReadyException": 429,
                "ServiceUnavailableException": 503, "ModelTimeoutException": 408,
                "InternalServerException": 500, "ValidationException": 400,
                "AccessDeniedException": 403}


def converse_response(text: str = REPLY_TEXT, input_tokens: int = 1000,
                      output_tokens: int = 500, latency_ms: int = 420,
                      stop_reason: str = "end_turn") -> dict[str, Any]:
    """A Converse answer as Bedrock sends it."""
    return {"output": {"message": {"role": "assistant", "content": [{"text": text}]}},
            "stopReason": stop_reason,
            "usage": {"inputTokens": input_tokens, "outputTokens": output_tokens,
                      "totalTokens": input_tokens + output_tokens},
            "metrics": {"latencyMs": latency_ms}}


def queue_error(stubber: Stubber, code: str, operation: str = "converse") -> None:
    stubber.add_client_error(operation, service_error_code=code,
                             service_message=f"{code} from the stub",
                             http_status_code=ERROR_STATUS[code])


class Bedrock:
    """A real bedrock-runtime client with its Stubber, counting the Converse calls it gets."""

    def __init__(self) -> None:
        self.client = boto3.client("bedrock-runtime", region_name="us-east-1",
                                   config=client_config())
        self.stubber = StreamStubber(self.client)
        self.calls = 0
        for operation in ("Converse", "ConverseStream"):  # the turn streams: ConverseStream
            self.client.meta.events.register(
                f"before-parameter-build.bedrock-runtime.{operation}", self._count)

    def _count(self, **_: Any) -> None:
        self.calls += 1

    def pending(self) -> int:
        """How many queued responses were never asked for."""
        try:
            self.stubber.assert_no_pending_responses()
        except AssertionError:
            return len(self.stubber._queue)  # noqa: SLF001 (only the count is read)
        return 0


@pytest.fixture
def bedrock() -> Iterator[Bedrock]:
    stubbed = Bedrock()
    with stubbed.stubber:
        yield stubbed


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    """The delays with_retries asked to sleep; nothing actually sleeps."""
    recorded: list[float] = []
    monkeypatch.setattr(base.time, "sleep", recorded.append)
    return recorded


@pytest.fixture
def use_bedrock(monkeypatch, bedrock: Bedrock) -> BedrockProvider:
    """The app's provider is a BedrockProvider on the stubbed client.

    (lru_cache gives the stand-in the cache_clear that runtime.reset() calls at teardown.)"""
    provider = BedrockProvider(bedrock.client)
    monkeypatch.setattr(runtime, "provider", functools.lru_cache(maxsize=1)(lambda: provider))
    return provider


PERSONA = {"id": "p1", "name": "Antônio Carlos", "language": "en",
           "personality": "Calm, funny, loved dancing.",
           "speaking_style": "Short sentences; calls everyone 'kiddo'.",
           "example_messages": ["Hey kiddo, did you eat yet?"]}
MEMORIES = [{"id": "m1", "title": "Festa junina", "text": "He met Cida at the festa junina.",
             "date": "1968-06-24"}]
HISTORY = [
    {"id": "g", "role": "persona", "text": "Hello, Alice. What would you like to talk about?"},
    {"id": "v1", "role": "visitor", "text": "Do you remember mom?"},
    {"id": "r1", "role": "persona", "text": "How could I forget your mother, kiddo."},
]


DRAFT = "Oh, I remember that. He met Cida at the festa junina."


def generation(deadline_in: float = 20.0, message: str = "Where did you meet her?",
               persona: dict[str, Any] | None = None, language: str = "en",
               cancel: threading.Event | None = None) -> tuple[Generation, Any]:
    prompt = build_prompt(persona or PERSONA, MEMORIES, HISTORY, "Alice Ferreira", "daughter",
                          message, 2000, language=language, draft=DRAFT)
    request = Generation(messages=prompt.messages, max_tokens=256, temperature=0.3,
                         stop=prompt.stop, deadline=time.monotonic() + deadline_in,
                         language=language, draft=DRAFT, cancel=cancel)
    return request, prompt


def texts(body: dict[str, Any]) -> list[str]:
    return [m["content"][0]["text"] for m in body["messages"]]


# -- the request and the answer ---------------------------------------------------------------

def test_converse_request_for_mistral_has_no_system_and_alternating_turns(bedrock, sleeps):
    request, prompt = generation()
    provider = BedrockProvider(bedrock.client)

    body = provider.request_for(request)
    roles = [m["role"] for m in body["messages"]]
    assert "system" not in body
    assert roles[0] == "user" and roles[-1] == "user"
    assert all(a != b for a, b in pairwise(roles)), roles
    assert roles == ["user", "assistant", "user", "assistant", "user"]
    first = texts(body)[0]
    assert first.startswith("You give voice to Antônio Carlos")
    assert "Never say you are alive" in first and "<person>" in first
    assert texts(body)[1:4] == [
        "Hello, Alice. What would you like to talk about?", "Do you remember mom?",
        "How could I forget your mother, kiddo."]

    expected = {
        "modelId": "mistral.mistral-7b-instruct-v0:2",
        "messages": [{"role": m["role"], "content": [{"text": m["content"]}]}
                     for m in prompt.messages],
        "inferenceConfig": {"maxTokens": 256, "temperature": 0.3,
                            "stopSequences": ["\nAlice Ferreira:", "\nAlice:"]},
    }
    bedrock.stubber.add_response("converse", converse_response(), expected)

    completion = provider.generate(request)

    assert completion.text == REPLY_TEXT
    bedrock.stubber.assert_no_pending_responses()
    assert bedrock.calls == 1 and sleeps == []


def test_the_last_user_turn_holds_numbered_memories_draft_message_then_the_reminder(bedrock):
    body = BedrockProvider(bedrock.client).request_for(generation()[0])
    last = body["messages"][-1]
    assert last["role"] == "user"
    final = last["content"][0]["text"]
    assert "<memories>\n[1] (1968-06-24) Festa junina: He met Cida at the festa junina.\n" \
        "</memories>" in final
    assert final.index("</memories>") < final.index(f"<draft>{DRAFT}</draft>") < \
        final.index("Message from Alice Ferreira: Where did you meet her?")
    reminder = final[final.rindex("\n\n") + 2:]
    assert reminder.startswith("Reminder: answer as Antônio Carlos, in English")
    assert "[2]" in reminder and "alive" in reminder and final.endswith(reminder)


def test_an_english_asker_of_a_portuguese_persona_gets_english_rules_and_reminder(bedrock):
    portuguese = {**PERSONA, "language": "pt-BR", "personality": "Calmo e brincalhão."}
    english = BedrockProvider(bedrock.client).request_for(
        generation(persona=portuguese, language="en")[0])
    assert texts(english)[0].startswith("You give voice to Antônio Carlos")
    assert "Answer in English (even if the memories are in another language)" in \
        texts(english)[0]
    assert "Personality: Calmo e brincalhão." in texts(english)[0]  # the family's words
    assert texts(english)[-1].endswith("No tags.") and "Reminder:" in texts(english)[-1]
    assert "Lembrete" not in texts(english)[-1] and "Regras" not in texts(english)[0]

    portuguese_asker = BedrockProvider(bedrock.client).request_for(
        generation(persona=portuguese, language="pt-BR")[0])
    assert texts(portuguese_asker)[0].startswith("Você dá voz a Antônio Carlos")
    assert "Lembrete: responda como Antônio Carlos, em português do Brasil" in \
        texts(portuguese_asker)[-1]


def test_the_first_turn_is_the_same_for_two_messages_of_one_conversation(bedrock):
    provider = BedrockProvider(bedrock.client)
    one = provider.request_for(generation(message="Where did you meet her?")[0])
    two = provider.request_for(generation(message="And the railway, what was it like?")[0])
    assert one["messages"][0] == two["messages"][0]
    assert one["messages"][-1] != two["messages"][-1]


def test_the_whole_text_is_heard_once_when_done(bedrock):
    bedrock.stubber.add_response("converse", converse_response())
    heard: list[str] = []

    completion = BedrockProvider(bedrock.client).generate(generation()[0], heard.append)

    assert heard == [REPLY_TEXT] and completion.text == REPLY_TEXT


def test_a_reply_cut_at_max_tokens_says_so(bedrock):
    bedrock.stubber.add_response("converse", converse_response(stop_reason="max_tokens"))
    completion = BedrockProvider(bedrock.client).generate(generation()[0])
    assert completion.finish_reason == "length"


def test_converse_usage_becomes_tokens_latency_and_cost(bedrock):
    bedrock.stubber.add_response("converse", converse_response(input_tokens=1000,
                                                               output_tokens=500,
                                                               latency_ms=733))
    completion = BedrockProvider(bedrock.client).generate(generation()[0])

    assert completion == Completion(text=REPLY_TEXT, input_tokens=1000, output_tokens=500,
                                    provider="bedrock", model=MODEL_ID, latency_ms=733,
                                    finish_reason="stop")
    assert cost_usd(MODEL_ID, completion.input_tokens, completion.output_tokens) == \
        pytest.approx(0.00015 + 0.0001)


# -- retries in the provider ------------------------------------------------------------------

def test_botocore_makes_one_attempt_with_short_timeouts(bedrock):
    config = bedrock.client.meta.config
    assert config.retries == {"mode": "standard", "total_max_attempts": 1}
    assert (config.connect_timeout, config.read_timeout) == (2, 8)


@pytest.mark.parametrize("code", ["ThrottlingException", "ModelNotReadyException",
                                  "ServiceUnavailableException", "ModelTimeoutException",
                                  "InternalServerException"])
def test_transient_bedrock_error_is_retried_once_then_answers(bedrock, sleeps, code):
    assert code in RETRYABLE_CODES
    queue_error(bedrock.stubber, code)
    bedrock.stubber.add_response("converse", converse_response())

    completion = BedrockProvider(bedrock.client).generate(generation()[0])

    assert completion.text == REPLY_TEXT
    assert bedrock.calls == 2 and len(sleeps) == 1
    bedrock.stubber.assert_no_pending_responses()


@pytest.mark.parametrize("code", ["ValidationException", "AccessDeniedException"])
def test_refusal_is_not_retried_and_raises_model_failed(bedrock, sleeps, code):
    queue_error(bedrock.stubber, code)

    with pytest.raises(ModelFailed) as raised:
        BedrockProvider(bedrock.client).generate(generation()[0])

    assert not isinstance(raised.value, ModelBusy)
    assert raised.value.status == 502 and raised.value.retry_after is None
    assert code not in raised.value.message  # the detail goes to the log, not the visitor
    assert bedrock.calls == 1 and sleeps == []
    bedrock.stubber.assert_no_pending_responses()


def test_throttled_past_the_attempts_raises_model_busy(bedrock, sleeps):
    for _ in range(3):
        queue_error(bedrock.stubber, "ThrottlingException")

    with pytest.raises(ModelBusy) as raised:
        BedrockProvider(bedrock.client).generate(generation()[0])

    assert raised.value.status == 503 and raised.value.retry_after == 5
    assert bedrock.calls == 3 and len(sleeps) == 2
    bedrock.stubber.assert_no_pending_responses()


def test_no_retry_is_started_when_the_deadline_would_pass(bedrock, sleeps, monkeypatch):
    """A whole attempt fits for the first call, not for a second after the backoff."""
    monkeypatch.setattr(base.random, "random", lambda: 0.999999)  # the longest backoff
    queue_error(bedrock.stubber, "ThrottlingException")
    bedrock.stubber.add_response("converse", converse_response())
    request, _ = generation(deadline_in=ATTEMPT_SECONDS + 0.2)

    with pytest.raises(ModelBusy):
        BedrockProvider(bedrock.client).generate(request)

    assert bedrock.calls == 1 and sleeps == []
    assert bedrock.pending() == 1  # the good answer was never asked for


@pytest.mark.parametrize("deadline_in", [ATTEMPT_SECONDS - 0.5, 1.0, 0.0, -1.0])
def test_no_attempt_starts_that_could_not_finish_before_the_deadline(bedrock, sleeps,
                                                                     deadline_in):
    """botocore's read timeout is fixed per client: a call started with less than a whole
    attempt left could outlive the turn, so none is started, and the turn says its draft."""
    bedrock.stubber.add_response("converse", converse_response())
    heard: list[str] = []

    completion = BedrockProvider(bedrock.client).generate(
        generation(deadline_in=deadline_in)[0], heard.append)

    assert (completion.text, completion.finish_reason) == ("", "deadline")
    assert (completion.input_tokens, completion.output_tokens) == (0, 0)
    assert bedrock.calls == 0 and sleeps == [] and heard == []
    assert bedrock.pending() == 1


def test_no_attempt_starts_once_the_turn_cancelled(bedrock, sleeps):
    cancel = threading.Event()
    cancel.set()
    bedrock.stubber.add_response("converse", converse_response())

    completion = BedrockProvider(bedrock.client).generate(generation(cancel=cancel)[0])

    assert completion.finish_reason == "deadline" and completion.text == ""
    assert bedrock.calls == 0 and bedrock.pending() == 1


def test_no_retry_starts_once_the_turn_cancelled_during_the_backoff(bedrock, monkeypatch):
    cancel = threading.Event()
    monkeypatch.setattr(base.time, "sleep", lambda _: cancel.set())  # the deadline came
    queue_error(bedrock.stubber, "ThrottlingException")
    bedrock.stubber.add_response("converse", converse_response())

    with pytest.raises(ModelBusy):
        BedrockProvider(bedrock.client).generate(generation(cancel=cancel)[0])

    assert bedrock.calls == 1 and bedrock.pending() == 1


@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999999, None])
def test_backoff_delays_grow_and_stay_under_two_seconds(bedrock, sleeps, monkeypatch, jitter):
    if jitter is not None:
        monkeypatch.setattr(base.random, "random", lambda: jitter)
    for _ in range(3):
        queue_error(bedrock.stubber, "ThrottlingException")

    with pytest.raises(ModelBusy):
        BedrockProvider(bedrock.client, attempts=3).generate(generation()[0])

    assert bedrock.calls == 3
    assert len(sleeps) == 2, sleeps
    assert 0 < sleeps[0] <= sleeps[1], sleeps
    assert sum(sleeps) < 2.0, sleeps


def test_read_timeout_is_retried_then_reported_busy(sleeps):
    class TimingOut:
        calls = 0

        def converse(self, **_: Any) -> dict[str, Any]:
            TimingOut.calls += 1
            raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    with pytest.raises(ModelBusy) as raised:
        BedrockProvider(TimingOut()).generate(generation()[0])

    assert TimingOut.calls == 3 and len(sleeps) == 2
    assert raised.value.retry_after == 5


# -- through the app, on both stores ----------------------------------------------------------
# The turn streams (ConverseStream), over REST as over the socket.

STREAM = "converse_stream"
REPLY_PIECES = ["Ah, the festa junina! ", "Cida danced all night, ", "and I only watched her."]


def start_chat(api: Api, user: User) -> tuple[str, str]:
    """A persona with one memory and a conversation with it: (conversation id, greeting id)."""
    persona = api.create_persona(user, name="Antônio Carlos", language="en",
                                 personality="Calm and funny.")
    api.add_memory(user, persona["id"], text="He met Cida at the festa junina in 1968.")
    r = api.call("POST", f"/api/personas/{persona['id']}/conversations", user,
                 {"relationship": "daughter"})
    assert r.status_code == 201, r.body
    return r.json_body["id"], r.json_body["greeting"]["id"]


def send(api: Api, user: User, cid: str, text: str, client_id: str) -> Any:
    return api.call("POST", f"/api/conversations/{cid}/messages", user,
                    {"text": text, "client_message_id": client_id})


def messages_of(api: Api, user: User, cid: str) -> list[dict[str, Any]]:
    r = api.call("GET", f"/api/conversations/{cid}", user)
    assert r.status_code == 200, r.body
    return r.json_body["messages"]["items"]


def stored_messages(cid: str, greeting_id: str) -> list[dict[str, Any]]:
    """The conversation's stored message items besides the greeting: a reply's item carries
    the visitor's message it answers (`question`); a failed message has an item of its own.

    (The greeting's own `kind: greeting` lands on its item's `kind` today, so it is left out
    by id rather than by kind.)"""
    return [i for i in all_items() if i["PK"] == f"CONV#{cid}" and i["SK"].startswith("MSG#")
            and i.get("id") != greeting_id]


def test_throttled_twice_then_answered_stores_one_message_and_one_reply(
        api, alice, use_bedrock, bedrock, sleeps):
    cid, greeting_id = start_chat(api, alice)
    queue_error(bedrock.stubber, "ThrottlingException", STREAM)
    queue_error(bedrock.stubber, "ThrottlingException", STREAM)
    bedrock.stubber.add_stream(text_events(REPLY_PIECES))

    r = send(api, alice, cid, "Where did you meet Cida?", str(uuid.uuid4()))

    assert r.status_code == 201, r.body
    reply = r.json_body["reply"]
    assert r.json_body["message"]["status"] == "answered"
    assert reply["text"] == REPLY_TEXT
    assert reply["provider"] == "bedrock" and reply["model"] == MODEL_ID
    assert reply["usage"] == {"input_tokens": 1000, "output_tokens": 500}
    assert reply["latency_ms"] == 420
    assert reply["cost_usd"] > 0
    assert reply["cost_usd"] == pytest.approx(cost_usd(MODEL_ID, 1000, 500))
    assert bedrock.calls == 3 and len(sleeps) == 2
    bedrock.stubber.assert_no_pending_responses()

    listed = messages_of(api, alice, cid)
    assert [m["role"] for m in listed] == ["persona", "visitor", "persona"]
    assert listed[0]["id"] == greeting_id
    assert [m["status"] for m in listed[1:]] == ["answered", "answered"]
    assert listed[2]["id"] == reply["id"]
    stored = stored_messages(cid, greeting_id)
    assert len(stored) == 1 and stored[0]["question"]["id"] == listed[1]["id"]


def test_throttled_past_the_retries_fails_then_same_id_completes_the_turn(
        api, alice, use_bedrock, bedrock, sleeps):
    cid, greeting_id = start_chat(api, alice)
    client_id = str(uuid.uuid4())
    for _ in range(3):
        queue_error(bedrock.stubber, "ThrottlingException", STREAM)

    r = send(api, alice, cid, "Where did you meet Cida?", client_id)

    assert r.status_code == 503, r.body
    assert r.headers.get("Retry-After") == "5"
    assert r.json_body["Code"] == "ServiceUnavailableError"
    assert bedrock.calls == 3
    bedrock.stubber.assert_no_pending_responses()
    listed = messages_of(api, alice, cid)
    assert [(m["role"], m.get("status")) for m in listed[1:]] == [("visitor", "failed")]
    assert listed[1]["client_message_id"] == client_id
    assert [i["status"] for i in stored_messages(cid, greeting_id)] == ["failed"]

    bedrock.stubber.add_stream(text_events(REPLY_PIECES))
    r = send(api, alice, cid, "Where did you meet Cida?", client_id)

    assert r.status_code == 201, r.body
    assert r.json_body["message"]["id"] == listed[1]["id"]
    assert r.json_body["message"]["status"] == "answered"
    assert r.json_body["reply"]["text"] == REPLY_TEXT
    bedrock.stubber.assert_no_pending_responses()
    listed = messages_of(api, alice, cid)
    assert [(m["role"], m.get("status")) for m in listed[1:]] == [("visitor", "answered"),
                                                                  ("persona", "answered")]
    stored = stored_messages(cid, greeting_id)  # the failed item gave way to the answer
    assert len(stored) == 1 and stored[0]["question"]["id"] == listed[1]["id"]


@pytest.mark.parametrize("code", ["ValidationException", "AccessDeniedException"])
def test_refused_request_is_not_retried_and_answers_502_without_retry_after(
        api, alice, use_bedrock, bedrock, sleeps, code):
    cid, greeting_id = start_chat(api, alice)
    queue_error(bedrock.stubber, code, STREAM)

    r = send(api, alice, cid, "Where did you meet Cida?", str(uuid.uuid4()))

    # A refusal is not "busy": 502, and no Retry-After, since retrying the same request
    # will not fix a validation or access error.
    assert r.status_code == 502, r.body
    assert r.json_body["Code"] == "BadGatewayError"
    assert "Retry-After" not in r.headers
    assert bedrock.calls == 1 and sleeps == []
    bedrock.stubber.assert_no_pending_responses()
    listed = messages_of(api, alice, cid)
    assert [(m["role"], m.get("status")) for m in listed[1:]] == [("visitor", "failed")]


def test_replayed_client_message_id_returns_the_same_reply_without_calling_the_model(
        api, alice, use_bedrock, bedrock, sleeps):
    cid, greeting_id = start_chat(api, alice)
    client_id = str(uuid.uuid4())
    bedrock.stubber.add_stream(text_events(REPLY_PIECES))
    first = send(api, alice, cid, "Where did you meet Cida?", client_id)
    assert first.status_code == 201, first.body
    assert bedrock.calls == 1

    again = send(api, alice, cid, "Where did you meet Cida?", client_id)

    assert again.status_code == 200, again.body
    assert again.json_body["reply"] == first.json_body["reply"]
    assert again.json_body["message"] == first.json_body["message"]
    assert bedrock.calls == 1  # an unexpected call would also make the Stubber raise
    bedrock.stubber.assert_no_pending_responses()
    assert len(stored_messages(cid, greeting_id)) == 1  # the reply, carrying its message


# -- what the model is given, by what the draft is ------------------------------------------------

FISHING = "We caught a 41-inch pike at Lake Vermilion in 1979, and Cida cooked it that night."


def sent_turns(bedrock: Bedrock) -> list[list[str]]:
    """The text of each ConverseStream request's messages, as the app built them."""
    sent: list[list[str]] = []

    def keep(params: dict[str, Any], **_: Any) -> None:
        sent.append([block["text"] for m in params["messages"] for block in m["content"]])

    bedrock.client.meta.events.register("provide-client-params.bedrock-runtime.ConverseStream",
                                        keep)
    return sent


@pytest.mark.parametrize("text, mood", [
    ("I'm so sad today, I went to Lake Vermilion and caught a pike without you", "sad"),
    ("today I caught a pike at Lake Vermilion", "plain"),
])
def test_news_told_gives_the_model_no_memory_to_bring_up(api, alice, use_bedrock, bedrock,
                                                         sleeps, text, mood):
    persona = api.create_persona(alice, name="Antônio Carlos", language="en")
    api.add_memory(alice, persona["id"], text=FISHING, title="The pike")
    r = api.call("POST", f"/api/personas/{persona['id']}/conversations", alice,
                 {"relationship": "grandson"})
    assert r.status_code == 201, r.body
    cid = r.json_body["id"]
    sent = sent_turns(bedrock)
    bedrock.stubber.add_stream(text_events(["Thank you for telling me, kiddo."]))
    bedrock.stubber.add_stream(text_events(REPLY_PIECES))

    told = send(api, alice, cid, text, str(uuid.uuid4()))
    asked = send(api, alice, cid, "Where did you catch the pike?",
                 str(uuid.uuid4()))

    assert told.status_code == 201 and asked.status_code == 201, (told.body, asked.body)
    assert telling.mood(text) == mood
    # news told is answered in its mood: the model rewrites that, and has no memory to quote
    assert "41-inch pike" not in " ".join(sent[0])
    assert told.json_body["reply"]["memories_used"] == []
    # while a question about the same memory gives it to the model, numbered
    assert "41-inch pike" in sent[1][-1]
    bedrock.stubber.assert_no_pending_responses()
