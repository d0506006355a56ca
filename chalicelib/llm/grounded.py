"""The grounded provider: the composer's draft is the reply (the default of `make run`).

No model runs: the draft was composed from the memories in the asker's language before the
provider is called, so this provider only hands it back, with what it cost (nothing). Streamed,
it hands it on a few words at a time, as a model would write it.
"""
from __future__ import annotations

import time

from chalicelib.llm.base import Completion, Generation, OnText, word_groups


class GroundedProvider:
    """Answers with the grounded draft: the memories' own sentences in the persona's frame."""

    name = "grounded"
    model = "grounded-composer"

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        started = time.monotonic()
        if on_text is not None and request.draft:
            on_text(request.draft)
        return Completion(text=request.draft, input_tokens=0, output_tokens=0,
                          provider=self.name, model=self.model,
                          latency_ms=int((time.monotonic() - started) * 1000))

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The draft, handed on in pieces of a few words (joined, they are the draft)."""
        started = time.monotonic()
        for piece in word_groups(request.draft):
            on_text(piece)
        return Completion(text=request.draft, input_tokens=0, output_tokens=0,
                          provider=self.name, model=self.model,
                          latency_ms=int((time.monotonic() - started) * 1000))


GROUNDED = GroundedProvider()
