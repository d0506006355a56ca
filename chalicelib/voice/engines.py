"""The engines that turn spoken text into audio on the server, and the voice each one uses for
a persona's choice: Amazon Polly (neural voices, MP3) on AWS, espeak-ng (WAV) on a laptop.

A family chooses a kind of voice (`feminine` or `masculine`), not a vendor's voice name; the
name is picked here per language and engine. The browser's own speech synthesis, the third
way, needs nothing from the server but the text (service.py).
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chalicelib.config import get_settings
from chalicelib.schemas import VOICES

DEFAULT_VOICE = VOICES[0]
# Neural voices (https://docs.aws.amazon.com/polly/latest/dg/available-voices.html).
POLLY_VOICES = {
    "pt-BR": {"feminine": "Camila", "masculine": "Thiago"},
    "en": {"feminine": "Joanna", "masculine": "Matthew"},
}
POLLY_LANGUAGES = {"pt-BR": "pt-BR", "en": "en-US"}
# espeak-ng's language voices with one of its variants (`espeak-ng --voices=variant`).
ESPEAK_VOICES = {
    "pt-BR": {"feminine": "pt-br+f3", "masculine": "pt-br+m3"},
    "en": {"feminine": "en-us+f3", "masculine": "en-us+m3"},
}
ESPEAK_WORDS_PER_MINUTE = "160"  # a little slower than its 175: easier for older listeners
ESPEAK_TIMEOUT_S = 15.0


class SpeechUnavailable(Exception):
    """The engine could not make the audio (not installed, failed, timed out, refused)."""


@dataclass(frozen=True)
class Audio:
    """Synthesized speech: its bytes, and the characters billed for it."""

    data: bytes
    characters: int = 0


def voice_of(persona: dict[str, Any]) -> str:
    """The persona's voice choice (personas made before there was one have the default)."""
    chosen = persona.get("voice")
    return chosen if chosen in VOICES else DEFAULT_VOICE


def _by_language(table: dict[str, dict[str, str]], language: str, voice: str) -> str:
    return table.get(language, table["en"])[voice]


class PollyEngine:
    """Amazon Polly's neural voices through a boto3 client handed in (tests stub it)."""

    name = "polly"
    extension = "mp3"
    content_type = "audio/mpeg"

    def __init__(self, client: Any) -> None:
        self.client = client

    def voice_id(self, language: str, voice: str) -> str:
        return _by_language(POLLY_VOICES, language, voice)

    def synthesize(self, text: str, language: str, voice: str) -> Audio:
        """MP3 of `text` (plain text, never SSML: nothing in it is read as markup)."""
        from botocore.exceptions import BotoCoreError, ClientError
        try:
            answer = self.client.synthesize_speech(
                Engine="neural", OutputFormat="mp3", TextType="text", Text=text,
                VoiceId=self.voice_id(language, voice),
                LanguageCode=POLLY_LANGUAGES.get(language, "en-US"))
            data = answer["AudioStream"].read()
        except (BotoCoreError, ClientError) as error:
            raise SpeechUnavailable(type(error).__name__) from None
        if not data:
            raise SpeechUnavailable("empty")
        return Audio(data, int(answer.get("RequestCharacters") or len(text)))


class EspeakEngine:
    """espeak-ng on this machine: the text on its standard input (never its arguments, never
    a shell), a WAV on its standard output, within a time limit."""

    name = "espeak"
    extension = "wav"
    content_type = "audio/wav"

    def __init__(self, binary: str) -> None:
        self.binary = binary

    def voice_id(self, language: str, voice: str) -> str:
        return _by_language(ESPEAK_VOICES, language, voice)

    def synthesize(self, text: str, language: str, voice: str) -> Audio:
        """WAV of `text`; espeak-ng reads no SSML without -m, and no phonemes without [[ ]]
        (spoken.plain removes brackets)."""
        command = [self.binary, "-v", self.voice_id(language, voice), "-s",
                   ESPEAK_WORDS_PER_MINUTE, "-b", "1", "--stdin", "--stdout"]
        try:
            done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True,
                                  timeout=ESPEAK_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise SpeechUnavailable(type(error).__name__) from None
        if done.returncode != 0 or not done.stdout.startswith(b"RIFF"):
            raise SpeechUnavailable(f"exit {done.returncode}")
        return Audio(sized_wav(done.stdout))


def sized_wav(wav: bytes) -> bytes:
    """A WAV written to a pipe, with the sizes its header could not know filled in (espeak-ng
    writes 0x7ffff000-ish placeholders when it cannot seek back)."""
    data_at = wav.find(b"data", 12)
    if data_at < 0:
        raise SpeechUnavailable("no data chunk")
    body = len(wav) - (data_at + 8)
    return (wav[:4] + (len(wav) - 8).to_bytes(4, "little") + wav[8:data_at + 4]
            + body.to_bytes(4, "little") + wav[data_at + 8:])


def espeak() -> EspeakEngine | None:
    """espeak-ng, where it is installed (never on Lambda)."""
    found = shutil.which("espeak-ng")
    return EspeakEngine(found) if found else None


def polly() -> PollyEngine:
    """Amazon Polly in the stage's region (its client made on first use)."""
    return PollyEngine(_polly_client(get_settings().aws_region))


@lru_cache(maxsize=2)
def _polly_client(region: str) -> Any:
    import boto3
    from botocore.config import Config
    # Inside API Gateway's 29 s with room to spare: a reply of 3,000 characters takes Polly
    # a few seconds.
    return boto3.client("polly", region_name=region, config=Config(
        connect_timeout=2, read_timeout=12, retries={"mode": "standard", "max_attempts": 2}))


def reset() -> None:
    """Forget the built client (tests change the environment between cases)."""
    _polly_client.cache_clear()
