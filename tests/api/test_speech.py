"""Replies read aloud through the API on the local stage: what is said, the browser's and
espeak-ng's ways, the persona's voice choice, who may hear what, and erasure of the audio."""
from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from chalicelib import runtime
from chalicelib.voice import engines
from chalicelib.voice.spoken import PREFACE
from tests.conftest import Api, User
from tests.docs.test_openapi import SPEC_PATH, validator

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed "
                                  "(apt-get install espeak-ng; .ci/run does)")


@pytest.fixture
def stage(monkeypatch) -> Iterator[Any]:
    """set(speech=...) switches the local stage's speech engine; the grounded composer answers
    (AI-written replies, as `make run`)."""
    def set_speech(speech: str | None = None) -> None:
        if speech:
            monkeypatch.setenv("FOREVERUS_SPEECH", speech)
        runtime.reset()
    monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "grounded")
    set_speech()
    yield set_speech
    engines.reset()


def conversation(api: Api, user: User, persona_id: str,
                 question: str = "Vô, como foi o casamento?") -> dict[str, str]:
    """A conversation of `user` with one question answered: its id, the greeting's, the
    question's and the reply's."""
    started = api.call("POST", f"/api/personas/{persona_id}/conversations", user, {})
    assert started.status_code == 201, started.body
    cid = started.json_body["id"]
    r = api.call("POST", f"/api/conversations/{cid}/messages", user,
                 {"text": question, "client_message_id": f"speech-{cid[:8]}"})
    assert r.status_code == 201, r.body
    return {"cid": cid, "greeting": started.json_body["greeting"]["id"],
            "message": r.json_body["message"]["id"], "reply": r.json_body["reply"]["id"],
            "reply_text": r.json_body["reply"]["text"], "pid": persona_id}


@pytest.fixture
def talked(stage, sqlite_api: Api) -> dict[str, Any]:
    alice = sqlite_api.login("alice@example.com", "Alice Ferreira")
    persona = sqlite_api.create_persona(alice)
    sqlite_api.add_memory(alice, persona["id"], text="Casei com a Cida em 1963, numa manhã de "
                          "chuva, e o bolo era de fubá.", title="O casamento")
    return {"api": sqlite_api, "alice": alice, **conversation(sqlite_api, alice, persona["id"])}


def speech(api: Api, user: User, cid: str, mid: str, query: str = "") -> Any:
    return api.call("POST", f"/api/conversations/{cid}/messages/{mid}/speech{query}", user)


def audio_files(tmp_path: Path) -> list[Path]:
    root = tmp_path / "data" / "files" / "speech"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def fits_the_document(answer: dict[str, Any]) -> None:
    doc = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    errors = list(validator(doc, {"$ref": "#/components/schemas/Speech"}).iter_errors(answer))
    assert not errors, errors[0].message


def test_locally_the_browser_is_given_the_reply_to_speak_with_its_disclosure(talked,
                                                                            tmp_path) -> None:
    api, alice, cid = talked["api"], talked["alice"], talked["cid"]
    r = speech(api, alice, cid, talked["reply"])
    assert r.status_code == 200, r.body
    said = r.json_body
    fits_the_document(said)
    assert said["engine"] == "browser" and said["audio"] is None and said["fallback"] is None
    assert said["language"] == "pt-BR" and said["voice"] == "feminine"
    # A spoken disclosure first, in the reply's language; then the reply's own words.
    assert said["text"].startswith(PREFACE[True]["pt-BR"] + "\n")
    assert "1963" in said["text"] and "[" not in said["text"]
    greeting = speech(api, alice, cid, talked["greeting"]).json_body
    assert greeting["text"].startswith(PREFACE[False]["pt-BR"])  # the family's words, not AI's
    mine = speech(api, alice, cid, talked["message"])
    assert mine.status_code == 400 and mine.json_body["Reason"] == "not_a_reply"
    assert mine.json_body["Field"] == "message_id"
    assert audio_files(tmp_path) == []  # nothing is kept for the browser's way


@pytest.mark.parametrize("query, field", [("?audio=please", "audio"), ("?voice=x", "voice")])
def test_a_query_the_route_does_not_take_is_400_naming_it(talked, query, field) -> None:
    r = speech(talked["api"], talked["alice"], talked["cid"], talked["reply"], query)
    assert r.status_code == 400 and r.json_body["Message"].startswith(field)


def test_the_voice_is_a_choice_of_the_persona_checked_by_name(stage, sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    made = sqlite_api.create_persona(alice, voice="masculine")
    assert made["voice"] == "masculine"
    plain = sqlite_api.create_persona(alice)
    assert plain["voice"] == "feminine"  # the default
    for bad in ("robot", "", 1, None):
        r = sqlite_api.call("PATCH", f"/api/personas/{plain['id']}", alice, {"voice": bad})
        assert r.status_code == 400 and r.json_body["Field"] == "voice", (bad, r.body)
    r = sqlite_api.call("PATCH", f"/api/personas/{plain['id']}", alice, {"voice": "masculine"})
    assert r.status_code == 200 and r.json_body["voice"] == "masculine"
    bob = sqlite_api.login("bob@example.com", "Bob")
    sqlite_api.invite_and_accept(alice, plain["id"], bob)
    assert sqlite_api.call("GET", f"/api/personas/{plain['id']}", bob).json_body["voice"] == \
        "masculine"
    r = sqlite_api.call("PATCH", f"/api/personas/{plain['id']}", bob, {"voice": "feminine"})
    assert r.status_code == 403  # a visitor hears the voice; owners and editors choose it


def test_only_the_person_who_had_the_conversation_hears_it_while_a_member(talked) -> None:
    api, alice, cid, pid = talked["api"], talked["alice"], talked["cid"], talked["pid"]
    bob = api.login("bob@example.com", "Bob")
    assert speech(api, bob, cid, talked["reply"]).status_code == 404
    api.invite_and_accept(alice, pid, bob)
    bobs = conversation(api, bob, pid)
    # The persona's owner manages it but does not hear (or read) Bob's conversation.
    assert speech(api, alice, bobs["cid"], bobs["reply"]).status_code == 404
    assert speech(api, bob, bobs["cid"], talked["reply"]).status_code == 404  # not in it
    assert speech(api, bob, bobs["cid"], "A" * 22).status_code == 404
    assert speech(api, bob, bobs["cid"], bobs["reply"]).status_code == 200
    assert api.call("DELETE", f"/api/personas/{pid}/members/{bob.id}", alice).status_code == 204
    gone = speech(api, bob, bobs["cid"], bobs["reply"])
    assert gone.status_code == 403 and gone.json_body["Reason"] == "no_role"
    assert api.call("GET", f"/api/conversations/{bobs['cid']}", bob).status_code == 200


@needs_espeak
def test_espeak_makes_a_wav_once_and_keeps_it_under_the_conversation(stage, talked,
                                                                     tmp_path) -> None:
    talked_api, alice, cid = talked["api"], talked["alice"], talked["cid"]
    stage("espeak")
    first = speech(talked_api, alice, cid, talked["reply"])
    assert first.status_code == 200, first.body
    said = first.json_body
    fits_the_document(said)
    assert said["engine"] == "espeak" and said["voice_id"] == "pt-br+f3"
    assert said["audio"]["content_type"] == "audio/wav" and said["cached"] is False
    wav = base64.b64decode(said["audio"]["data"])
    assert len(wav) == said["audio"]["bytes"] > 20_000  # seconds of speech, not a blip
    assert wav[:4] == b"RIFF" and wav[8:16] == b"WAVEfmt "
    assert int.from_bytes(wav[4:8], "little") == len(wav) - 8  # the sizes filled in
    data_at = wav.find(b"data")
    assert int.from_bytes(wav[data_at + 4:data_at + 8], "little") == len(wav) - data_at - 8
    kept = audio_files(tmp_path)
    assert [p.parent.parent.name for p in kept] == [talked["pid"]]
    assert [p.parent.name for p in kept] == [cid] and kept[0].suffix == ".wav"
    again = speech(talked_api, alice, cid, talked["reply"]).json_body
    assert again["cached"] is True and again["audio"]["data"] == said["audio"]["data"]
    # Another voice is another file.
    talked_api.call("PATCH", f"/api/personas/{talked['pid']}", alice, {"voice": "masculine"})
    other = speech(talked_api, alice, cid, talked["reply"]).json_body
    assert other["voice_id"] == "pt-br+m3" and other["cached"] is False
    assert len(audio_files(tmp_path)) == 2


@needs_espeak
def test_a_browser_without_a_voice_gets_espeak_audio_locally(talked) -> None:
    r = speech(talked["api"], talked["alice"], talked["cid"], talked["reply"],
               "?audio=required")
    assert r.status_code == 200, r.body
    assert r.json_body["engine"] == "espeak" and r.json_body["audio"]["bytes"] > 20_000


def test_without_espeak_the_answer_says_the_server_has_no_voice(stage, talked,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(engines.shutil, "which", lambda name: None)
    stage("espeak")
    said = speech(talked["api"], talked["alice"], talked["cid"], talked["reply"]).json_body
    assert said["engine"] == "browser" and said["fallback"] == "unavailable"
    assert said["audio"] is None and said["text"].startswith(PREFACE[True]["pt-BR"])


@needs_espeak
def test_text_with_shell_metacharacters_is_only_ever_spoken(tmp_path, monkeypatch) -> None:
    marker = tmp_path / "pwned"
    hostile = (f"Oi $(touch {marker}) `touch {marker}`; touch {marker} && echo | "
               f"touch {marker} > {marker} -w {marker} --stdout [[h@l@U]] <speak>x</speak>")
    engine = engines.espeak()
    assert engine is not None
    audio = engine.synthesize(hostile, "pt-BR", "feminine")
    assert audio.data[:4] == b"RIFF" and len(audio.data) > 20_000
    assert not marker.exists() and not (Path.cwd() / "pwned").exists()
    # The text went in on stdin: espeak-ng's arguments are only our own.
    seen: list[list[str]] = []
    real = subprocess.run

    def spy(command: list[str], **kwargs: Any) -> Any:
        seen.append(command)
        return real(command, **kwargs)
    monkeypatch.setattr(engines.subprocess, "run", spy)
    engine.synthesize(hostile, "en", "masculine")
    assert seen and all(hostile not in part and "touch" not in part for part in seen[0])
    assert seen[0][:3] == [engine.binary, "-v", "en-us+m3"]


@needs_espeak
def test_erasure_removes_the_audio_of_a_conversation_a_persona_and_an_account(
        stage, talked, tmp_path) -> None:
    api, alice, pid = talked["api"], talked["alice"], talked["pid"]
    stage("espeak")
    bob = api.login("bob@example.com", "Bob")
    api.invite_and_accept(alice, pid, bob)
    bobs = conversation(api, bob, pid)
    second = conversation(api, alice, pid, "Vó, e a festa junina?")
    for user, talk in ((alice, talked), (alice, second), (bob, bobs)):
        assert speech(api, user, talk["cid"], talk["reply"]).json_body["engine"] == "espeak"
    assert {p.parent.name for p in audio_files(tmp_path)} == {talked["cid"], second["cid"],
                                                              bobs["cid"]}
    assert api.call("DELETE", f"/api/conversations/{second['cid']}", alice).status_code == 204
    assert {p.parent.name for p in audio_files(tmp_path)} == {talked["cid"], bobs["cid"]}
    assert api.call("DELETE", "/api/me", bob).status_code == 204  # Bob leaves: his audio goes
    assert {p.parent.name for p in audio_files(tmp_path)} == {talked["cid"]}
    assert api.call("DELETE", f"/api/personas/{pid}", alice).status_code == 204
    assert audio_files(tmp_path) == []
