"""The persona's voice: replies read aloud (docs/voice.md).

spoken.py decides what is said, engines.py makes audio (Amazon Polly, espeak-ng), service.py
is the use case behind the speech route and the erasure of what it keeps.
"""
from chalicelib.voice.engines import DEFAULT_VOICE, voice_of
from chalicelib.voice.service import (delete_conversation, forget_conversation, forget_persona,
                                      speak)

__all__ = ["DEFAULT_VOICE", "delete_conversation", "forget_conversation", "forget_persona",
           "speak", "voice_of"]
