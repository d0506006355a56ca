"""Authentic mode: no model. The persona answers only with the person's own recorded words."""
from __future__ import annotations

import time

from chalicelib.llm.base import Completion, Generation, OnText, word_groups

FRAMES = {
    "pt-BR": {
        "memory": "Não tenho palavras novas, só as que ficaram guardadas. Sobre isso, "
                  "está registrado:",
        "example": "Não encontrei uma lembrança sobre isso. Mas eu costumava dizer:",
        "nothing": "Não encontrei nenhuma lembrança registrada sobre isso.",
    },
    "en": {
        "memory": "I have no new words, only the ones that were kept. About this, "
                  "it is recorded:",
        "example": "I found no memory about that. But I used to say:",
        "nothing": "I found no recorded memory about that.",
    },
}
MAX_QUOTED = 2


class AuthenticProvider:
    """Quotes the best-matching memories (or an example message) inside a short frame."""

    name = "authentic"
    model = "recorded-words"

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        """The recorded words in their frame; `on_text` hears them once, whole."""
        return self._answer(request, on_text, whole=True)

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The same words, handed on a few at a time (joined, they are the text)."""
        return self._answer(request, on_text, whole=False)

    def _answer(self, request: Generation, on_text: OnText | None, whole: bool) -> Completion:
        started = time.monotonic()
        frame = FRAMES.get(request.language, FRAMES["en"])
        if request.memories:
            quotes = [f"“{m['text']}”" for m in request.memories[:MAX_QUOTED]]
            text = frame["memory"] + "\n\n" + "\n\n".join(quotes)
        elif request.examples:
            text = f"{frame['example']} “{request.examples[0]}”"
        else:
            text = frame["nothing"]
        if on_text is not None:
            for piece in [text] if whole else word_groups(text):
                on_text(piece)
        return Completion(text=text, input_tokens=0, output_tokens=0, provider=self.name,
                          model=self.model, ai_generated=False,
                          latency_ms=int((time.monotonic() - started) * 1000))


AUTHENTIC = AuthenticProvider()
