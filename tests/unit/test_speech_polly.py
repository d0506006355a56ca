"""Replies read aloud on the cloud stage's code path: DynamoDB and the private bucket under moto,
Amazon Polly through botocore's Stubber (moto's Polly is partial). Polly is called once per
message and voice, its characters are priced into the month the budget cap reads, and nothing
calls it with the AI switched off or the budget spent. Also: what is spoken, the settings, the
stage policies and the documented price."""
from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from botocore.response import StreamingBody
from botocore.stub import ANY, Stubber

from chalicelib import ids, runtime
from chalicelib.config import ConfigError, settings_from
from chalicelib.imports import files as import_files
from chalicelib.ops import metrics
from chalicelib.ops.prices import AWS
from chalicelib.voice import engines
from chalicelib.voice.spoken import MAX_CHARS, PREFACE, plain, spoken_text
from tests.conftest import Api, make_client
from tests.unit.test_config import FULL_DEV

PROJECT = Path(__file__).resolve().parents[2]
BUCKET = "forever-us-test-files"
MP3 = b"\xff\xfb\x90\x64" + bytes(range(256)) * 8  # what Polly "said"


@pytest.fixture
def cloud(dynamodb, monkeypatch, tmp_path) -> Iterator[dict[str, Any]]:
    """The app with the cloud's parts: DynamoDB and the bucket (moto), Polly (stubbed)."""
    import boto3
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    for name, value in {"FOREVERUS_FILES_BUCKET": BUCKET, "FOREVERUS_SPEECH": "polly",
                        "FOREVERUS_LLM_PROVIDER": "grounded",
                        "FOREVERUS_MONTHLY_BUDGET_USD": "1"}.items():
        monkeypatch.setenv(name, value)
    runtime.reset()
    import_files.reset()
    engines.reset()
    polly = engines.polly().client
    sent: list[dict[str, Any]] = []
    polly.meta.events.register("before-parameter-build.polly.SynthesizeSpeech",
                               lambda params, **_: sent.append(dict(params)))
    with make_client(tmp_path) as client, Stubber(polly) as stub:
        api = Api(client)
        alice = api.login("alice@example.com", "Alice Ferreira")
        pid = api.create_persona(alice)["id"]
        api.add_memory(alice, pid, text="Casei com a Cida em 1963, numa manhã de chuva.",
                       title="O casamento")
        api.add_memory(alice, pid, text="Trabalhei trinta anos de torneiro na fábrica de "
                       "tecidos.", title="A fábrica")
        cid = api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
        replies = []  # two replies of different words (speech is kept by its text)
        for n, question in enumerate(("Vô, como foi o casamento?",
                                      "Vô, onde o senhor trabalhou?")):
            r = api.call("POST", f"/api/conversations/{cid}/messages", alice,
                         {"text": question, "client_message_id": f"polly-000{n}"})
            assert r.status_code == 201, r.body
            replies.append(r.json_body["reply"]["id"])
        yield {"api": api, "alice": alice, "pid": pid, "cid": cid, "replies": replies,
               "stub": stub, "sent": sent, "s3": s3}
    import_files.reset()
    engines.reset()


def polly_says(stub: Stubber, characters: int = 0) -> None:
    """Polly's next answer: the MP3 above."""
    stub.add_response("synthesize_speech", {
        "AudioStream": StreamingBody(io.BytesIO(MP3), len(MP3)),
        "ContentType": "audio/mpeg", "RequestCharacters": characters},
        {"Engine": "neural", "OutputFormat": "mp3", "TextType": "text", "Text": ANY,
         "VoiceId": "Camila", "LanguageCode": "pt-BR"})


def hear(world: dict[str, Any], reply: int = 0) -> dict[str, Any]:
    r = world["api"].call(
        "POST", f"/api/conversations/{world['cid']}/messages/{world['replies'][reply]}/speech",
        world["alice"])
    assert r.status_code == 200, r.body  # an unexpected Polly call would be a 500
    return r.json_body


def month_figures() -> dict[str, Any]:
    now = ids.now()
    days, month = runtime.store().metrics_for([metrics.day_of(now)], metrics.month_of(now))
    return {"month": month, "day": days.get(metrics.day_of(now), {})}


def speech_objects(s3: Any) -> list[str]:
    found = s3.list_objects_v2(Bucket=BUCKET, Prefix="speech/")
    return [o["Key"] for o in found.get("Contents", [])]


def test_polly_speaks_a_reply_once_and_the_bucket_serves_it_after(cloud) -> None:
    polly_says(cloud["stub"], characters=123)
    said = hear(cloud)
    assert said["engine"] == "polly" and said["voice_id"] == "Camila"
    assert said["audio"]["content_type"] == "audio/mpeg" and said["cached"] is False
    assert base64.b64decode(said["audio"]["data"]) == MP3
    (sent,) = cloud["sent"]
    assert sent["Text"] == said["text"] and sent["Text"].startswith(PREFACE[True]["pt-BR"])
    (key,) = speech_objects(cloud["s3"])
    assert re.fullmatch(rf"speech/{cloud['pid']}/{cloud['cid']}/[0-9a-f]{{64}}\.mp3", key)
    assert cloud["s3"].get_object(Bucket=BUCKET, Key=key)["Body"].read() == MP3
    # Priced from the one price table, into the figure the budget cap reads.
    figures = month_figures()
    assert figures["day"]["speech_characters"] == 123
    assert figures["month"]["cost_usd"] == pytest.approx(123 * 16.00 / 1e6)
    assert figures["month"]["speech_cost_usd"] == pytest.approx(123 * AWS.polly_neural_character)
    again = hear(cloud)  # no response is queued: a second Polly call would fail the request
    assert again["cached"] is True and again["audio"]["data"] == said["audio"]["data"]
    cloud["stub"].assert_no_pending_responses()
    assert len(cloud["sent"]) == 1 and month_figures()["day"]["speech_characters"] == 123


def test_with_the_budget_spent_polly_is_not_called_but_kept_audio_still_plays(cloud) -> None:
    polly_says(cloud["stub"], characters=50)
    assert hear(cloud, 0)["engine"] == "polly"
    runtime.store().add_speech_usage(metrics.speech_updates(0, 1.0, ids.now()))  # $1: spent
    said = hear(cloud, 1)
    assert said["engine"] == "browser" and said["fallback"] == "budget"
    assert said["audio"] is None and said["text"].startswith(PREFACE[True]["pt-BR"])
    kept = hear(cloud, 0)
    assert kept["engine"] == "polly" and kept["cached"] is True
    assert len(cloud["sent"]) == 1


def test_with_the_ai_switched_off_polly_is_not_called(cloud) -> None:
    runtime.power().set("off", ids.now(), 0.0)
    said = hear(cloud)
    assert said["engine"] == "browser" and said["fallback"] == "ai_off"
    assert cloud["sent"] == [] and speech_objects(cloud["s3"]) == []


def test_a_polly_failure_falls_back_to_the_browser_and_costs_nothing(cloud) -> None:
    cloud["stub"].add_client_error("synthesize_speech", service_error_code="ThrottlingException",
                                   http_status_code=400)
    said = hear(cloud)
    assert said["engine"] == "browser" and said["fallback"] == "unavailable"
    assert speech_objects(cloud["s3"]) == []
    assert "speech_characters" not in month_figures()["day"]


def test_erasing_the_account_empties_its_speech_from_the_bucket(cloud) -> None:
    polly_says(cloud["stub"], characters=40)
    polly_says(cloud["stub"], characters=40)
    hear(cloud, 0)
    hear(cloud, 1)
    assert len(speech_objects(cloud["s3"])) == 2
    assert cloud["api"].call("DELETE", "/api/me", cloud["alice"]).status_code == 204
    assert speech_objects(cloud["s3"]) == []


# -- what is spoken --------------------------------------------------------------------------

def test_markup_never_reaches_a_voice() -> None:
    text = ("## Título\n**Oi**, meu _bem_ [1][2, 3] <b>querida</b> 😀❤️ `código`\n\n"
            "> citação\n- item um\nVeja https://cvv.org.br [[h@l@U]]")
    spoken = plain(text)
    for mark in ("#", "*", "_", "[", "]", "<", ">", "`", "😀", "❤", "https://", "\ufe0f"):
        assert mark not in spoken, mark
    assert spoken.split("\n") == ["Título", "Oi, meu bem querida código", "citação",
                                  "item um", "Veja cvv.org.br h@l@U"]


def test_the_spoken_disclosure_is_in_the_messages_language_and_the_whole_fits_one_request() -> None:
    reply = {"text": "I remember the rain. " * 400, "ai_generated": True}
    said = spoken_text(reply, "en")
    assert said.startswith(PREFACE[True]["en"] + "\n") and len(said) <= MAX_CHARS
    assert said.endswith("rain.")  # cut at a sentence's end
    recorded = spoken_text({"text": "Bom dia!", "ai_generated": False}, "pt-BR")
    assert recorded == PREFACE[False]["pt-BR"] + "\nBom dia!"


# -- settings, policies, the price in the docs -----------------------------------------------

def test_the_speech_setting_defaults_per_stage_and_refuses_espeak_on_lambda() -> None:
    assert settings_from({}).speech == "browser"
    assert settings_from(FULL_DEV).speech == "polly"
    assert settings_from({"FOREVERUS_SPEECH": "espeak"}).speech == "espeak"
    with pytest.raises(ConfigError, match="espeak-ng"):
        settings_from({**FULL_DEV, "FOREVERUS_SPEECH": "espeak"})
    with pytest.raises(ConfigError, match="FOREVERUS_SPEECH"):
        settings_from({"FOREVERUS_SPEECH": "siri"})


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_the_stage_policy_allows_polly_and_only_the_speech_prefix(stage: str) -> None:
    from tests.deploy.test_policy import allowed
    bucket = f"arn:aws:s3:::forever-us-{stage}-files-123456789012"
    # a call that names no lexicon has no resource to scope to: Polly documents "*"
    assert allowed(stage, "polly:SynthesizeSpeech", "*")
    for action in ("s3:GetObject", "s3:PutObject", "s3:DeleteObject"):
        assert allowed(stage, action, f"{bucket}/speech/p/c/a.mp3"), action
        assert not allowed(stage, action, f"{bucket}/other/p/c/a.mp3"), action
    policy = json.loads((PROJECT / ".chalice" / f"policy-{stage}.json").read_text())
    by_sid = {s["Sid"]: s for s in policy["Statement"]}
    assert by_sid["SpeechAudio"]["Resource"] == [f"arn:aws:s3:::forever-us-{stage}-files-*"
                                                 "/speech/*"]
    assert by_sid["ListSpeech"]["Condition"]["StringLike"]["s3:prefix"] == ["speech/*"]


def test_the_documented_polly_price_is_the_price_table_s() -> None:
    per_million = f"${AWS.polly_neural_character * 1e6:.2f} per million characters"
    for doc in ("docs/operations.md", "docs/voice.md"):
        assert per_million in (PROJECT / doc).read_text(encoding="utf-8"), doc
