"""Sentence embeddings for the hybrid ranking, where configured: Titan Text Embeddings v2 on
Bedrock, which reads Portuguese (English-only local models did not help on Portuguese memories).

Memories are embedded when they are written, and the vector is kept in the memory's own item, so
a turn embeds only the visitor's message: one Bedrock call, about $0.000002.
"""
from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import OrderedDict
from typing import Any, Protocol

from botocore.exceptions import BotoCoreError, ClientError

from chalicelib.logs import log

TITAN_V2 = "amazon.titan-embed-text-v2:0"
DIMENSIONS = 256  # Titan v2 offers 256, 512 or 1024; 256 keeps a memory's vector near 2.5 KB
MAX_INPUT_CHARS = 20_000
QUERY_CACHE = 512


class Embedder(Protocol):
    """Turns text into a unit vector, or None when the service cannot answer."""

    def embed(self, text: str) -> list[float] | None:
        """The text's vector."""

    def embed_query(self, text: str) -> list[float] | None:
        """A search's vector, remembered for repeated searches."""


def normalise(vector: list[float]) -> list[float]:
    """The vector scaled to length one (the zero vector stays as it is)."""
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm else vector


def cosine(a: list[float], b: list[float]) -> float:
    """Cosine similarity of two unit vectors."""
    return sum(x * y for x, y in zip(a, b, strict=False))  # vectors of one model: same length


class TitanEmbedder:
    """Titan Text Embeddings v2 through InvokeModel, with a client handed in (a Stubber's in
    tests). A failure is logged and answered with None: ranking falls back to words alone."""

    def __init__(self, client: Any, model_id: str = TITAN_V2, dimensions: int = DIMENSIONS):
        self._client = client
        self.model_id = model_id
        self.dimensions = dimensions
        self._queries: OrderedDict[bytes, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def embed_query(self, text: str) -> list[float] | None:
        """A search's vector. Vectors that came back are remembered (at most QUERY_CACHE, keyed
        by a hash of the text, never the text itself); a failure is asked again next time."""
        key = hashlib.sha256(text.encode("utf-8")).digest()
        with self._lock:
            if key in self._queries:
                self._queries.move_to_end(key)
                return self._queries[key]
        vector = self.embed(text)
        if vector is not None:
            with self._lock:
                self._queries[key] = vector
                while len(self._queries) > QUERY_CACHE:
                    self._queries.popitem(last=False)
        return vector

    def embed(self, text: str) -> list[float] | None:
        body = json.dumps({"inputText": text[:MAX_INPUT_CHARS], "dimensions": self.dimensions,
                           "normalize": True})
        try:
            reply = self._client.invoke_model(modelId=self.model_id, body=body,
                                              contentType="application/json",
                                              accept="application/json")
            vector = json.loads(reply["body"].read())["embedding"]
        except (ClientError, BotoCoreError, KeyError, ValueError) as error:
            log("embedding_failed", model=self.model_id, error=type(error).__name__)
            return None
        return [round(v, 5) for v in normalise([float(v) for v in vector])]
