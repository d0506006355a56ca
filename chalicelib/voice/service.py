"""Reading a persona's message aloud: who may, which engine speaks, the audio cache, its cost.

`POST /api/conversations/{id}/messages/{id}/speech` answers what to say and, where the server
makes the audio, the audio itself (base64 in the JSON: the site plays it with Web Audio, so no
bearer URL to a family's audio ever exists and the site's CSP needs no media source).

- Who: only the person who had the conversation, while they still have a role on the persona
  (the voice is the persona's, and Polly is paid from the family's budget).
- Which engine: the stage's `FOREVERUS_SPEECH`. `polly` (the cloud's default) and `espeak`
  (local, where espeak-ng is installed) make audio; `browser` (the local default) answers the
  text for the visitor's browser to speak, or espeak-ng's audio when the browser says it has
  no voice (`audio=required`) and the local server has espeak-ng.
- The cache: each audio is kept in the files store (the private bucket on AWS, the data folder
  locally) under `speech/<persona>/<conversation>/<sha256 of engine, voice, language and
  text>.<mp3|wav>`, so the same message in the same voice is synthesized once, and erasing a
  conversation, a persona or an account finds its audio by prefix. A cached audio is served
  even with the AI switched off: it costs nothing more.
- Cost: Polly's characters are priced from the one price table and added to the day's and
  the month's cost, the figure the budget cap reads. With the switch off or the budget spent,
  Polly is not called: the answer says why (`fallback`) and the browser speaks instead.
"""
from __future__ import annotations

import base64
import hashlib
from typing import Any

from chalicelib import access, conversations, ids
from chalicelib.config import LANGUAGES
from chalicelib.errors import Forbidden, InvalidInput, NotFound
from chalicelib.identity import Identity
from chalicelib.imports.files import Files
from chalicelib.logs import log
from chalicelib.ops import metrics
from chalicelib.ops.power import PowerSwitch
from chalicelib.ops.prices import AWS
from chalicelib.store.repository import Store
from chalicelib.voice import engines
from chalicelib.voice.engines import EspeakEngine, PollyEngine, SpeechUnavailable, voice_of
from chalicelib.voice.spoken import spoken_text

PREFIX = "speech/"
NO_ROLE = ("you no longer have a role on this legacy: the conversation stays yours to read, "
           "but its replies are no longer read aloud")
Engine = PollyEngine | EspeakEngine


def audio_key(persona_id: str, conversation_id: str, engine: Engine, voice_id: str,
              language: str, text: str) -> str:
    """Where one message's audio is kept: under its persona and conversation (erasure finds
    it by prefix), named by what was synthesized (another voice or text is another file)."""
    digest = hashlib.sha256(f"{engine.name}|{voice_id}|{language}|{text}".encode()).hexdigest()
    return f"{PREFIX}{persona_id}/{conversation_id}/{digest}.{engine.extension}"


def forget_persona(files: Files, persona_id: str) -> int:
    """Remove the audio of every conversation with a persona (its erasure); how many went."""
    return files.delete_under(f"{PREFIX}{persona_id}/")


def forget_conversation(files: Files, persona_id: str, conversation_id: str) -> int:
    """Remove the audio of one conversation's messages; how many went."""
    return files.delete_under(f"{PREFIX}{persona_id}/{conversation_id}/")


def delete_conversation(store: Store, files: Files, caller: Identity,
                        conversation_id: str) -> None:
    """Erase one of my conversations: its replies' audio first (found by the conversation's
    persona, which the deletion forgets), then the conversation with its messages."""
    conversation = access.conversation_for(store, conversation_id, caller)
    forget_conversation(files, conversation["persona_id"], conversation_id)
    conversations.delete(store, caller, conversation_id)


def speak(store: Store, files: Files, power: PowerSwitch, caller: Identity,
          conversation_id: str, message_id: str, *, speech: str, is_cloud: bool,
          audio_required: bool) -> dict[str, Any]:
    """What to say for one of the persona's messages in my conversation, and its audio where
    the server makes it."""
    conversation = access.conversation_for(store, conversation_id, caller)
    persona_id = conversation["persona_id"]
    if store.get_membership(persona_id, caller.user_id) is None:
        raise Forbidden(NO_ROLE, reason="no_role")
    persona = store.get_persona(persona_id)
    if persona is None:  # being erased
        raise NotFound("conversation not found")
    message = _persona_message(store, conversation_id, message_id)
    language = next((lang for lang in (message.get("language"), conversation.get("language"),
                                       persona.get("language")) if lang in LANGUAGES), "en")
    voice = voice_of(persona)
    text = spoken_text(message, language)
    answer: dict[str, Any] = {"message_id": message_id, "engine": "browser",
                              "language": language, "voice": voice, "voice_id": None,
                              "text": text, "audio": None, "cached": False, "fallback": None}
    engine, fallback = _engine(speech, is_cloud, audio_required)
    if engine is None:
        return {**answer, "fallback": fallback}
    voice_id = engine.voice_id(language, voice)
    key = audio_key(persona_id, conversation_id, engine, voice_id, language, text)
    kept = _read(files, key)
    if kept is not None:
        log("speech", engine=engine.name, cached=True, bytes=len(kept))
        return {**answer, "engine": engine.name, "voice_id": voice_id, "cached": True,
                "audio": _shown(kept, engine)}
    if isinstance(engine, PollyEngine):
        off = _why_off(store, power)
        if off is not None:
            log("speech_fallback", engine=engine.name, reason=off)
            return {**answer, "fallback": off}
    try:
        audio = engine.synthesize(text, language, voice)
    except SpeechUnavailable as error:
        log("speech_fallback", engine=engine.name, reason="unavailable", error=str(error))
        return {**answer, "fallback": "unavailable"}
    if isinstance(engine, PollyEngine):
        cost = round(audio.characters * AWS.polly_neural_character, 8)
        store.add_speech_usage(metrics.speech_updates(audio.characters, cost, ids.now()))
    _keep(files, key, audio.data)
    log("speech", engine=engine.name, cached=False, characters=audio.characters or len(text),
        bytes=len(audio.data))
    return {**answer, "engine": engine.name, "voice_id": voice_id,
            "audio": _shown(audio.data, engine)}


def _persona_message(store: Store, conversation_id: str, message_id: str) -> dict[str, Any]:
    """One of the persona's messages (a reply or the greeting) in the conversation."""
    found = store.find_message(conversation_id, message_id) if ids.is_id(message_id) else None
    if found is None:
        raise NotFound("message not found")
    if found.get("role") != "persona":
        raise InvalidInput("message_id: must be one of the persona's messages (your own are "
                           "not read aloud)", reason="not_a_reply")
    return found


def _engine(speech: str, is_cloud: bool,
            audio_required: bool) -> tuple[Engine | None, str | None]:
    """The engine that makes the audio, or None and why not (None: the browser speaks, as
    the stage wants)."""
    if speech == "polly":
        return engines.polly(), None
    if speech == "espeak" or (audio_required and not is_cloud):
        local = engines.espeak()
        return (local, None) if local is not None else (None, "unavailable")
    return None, "unavailable" if audio_required else None


def _why_off(store: Store, power: PowerSwitch) -> str | None:
    """Why Polly may not be paid for now: `budget` (this month's cost reached the budget) or
    `ai_off` (an operator switched the AI off); None when it may."""
    stored, month_cost = store.turn_context(metrics.month_of(ids.now()))
    switch = power.or_default(stored)
    if power.budget_spent(month_cost) or (switch["mode"] == "off"
                                          and switch.get("reason") == "budget"):
        return "budget"  # spent, or switched off by the cap and not yet back on
    return "ai_off" if switch["mode"] == "off" else None


def _read(files: Files, key: str) -> bytes | None:
    """A kept audio, or None when there is none."""
    if files.size(key) is None:
        return None
    with files.open(key) as kept:
        return kept.read()


def _keep(files: Files, key: str, data: bytes) -> None:
    """Keep an audio for next time; one that cannot be kept is still served (it was paid)."""
    try:
        files.put(key, data)
    except Exception as error:  # noqa: BLE001 - the cache is an optimisation, never a failure
        log("speech_cache_failed", error=type(error).__name__)


def _shown(data: bytes, engine: Engine) -> dict[str, Any]:
    """The audio as the answer carries it."""
    return {"content_type": engine.content_type, "bytes": len(data),
            "data": base64.b64encode(data).decode("ascii")}
