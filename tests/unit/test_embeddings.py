"""Hybrid ranking: Titan Text Embeddings v2 (through a Stubber) fused with the lexical ranking."""
from __future__ import annotations

import io
import json

import boto3
import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

from chalicelib import runtime
from chalicelib.persona.embeddings import TITAN_V2, TitanEmbedder, cosine, normalise
from chalicelib.persona.retrieval import build_index
from tests.conftest import Api, User, all_items


def streaming(payload: dict) -> StreamingBody:
    raw = json.dumps(payload).encode()
    return StreamingBody(io.BytesIO(raw), len(raw))


@pytest.fixture
def titan():
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    with Stubber(client) as stubber:
        yield client, stubber


def test_titan_request_and_unit_vector(titan) -> None:
    client, stubber = titan
    body = json.dumps({"inputText": "Fui convocado para o quartel.", "dimensions": 256,
                       "normalize": True})
    stubber.add_response("invoke_model", {"body": streaming({"embedding": [3.0, 4.0]}),
                                          "contentType": "application/json"},
                         {"modelId": TITAN_V2, "body": body, "contentType": "application/json",
                          "accept": "application/json"})
    assert TitanEmbedder(client).embed("Fui convocado para o quartel.") == [0.6, 0.8]
    stubber.assert_no_pending_responses()


def test_titan_failure_falls_back_to_words(titan) -> None:
    client, stubber = titan
    stubber.add_client_error("invoke_model", service_error_code="ThrottlingException",
                             http_status_code=429)
    assert TitanEmbedder(client).embed("oi") is None


def test_query_vectors_are_cached(titan) -> None:
    client, stubber = titan
    stubber.add_response("invoke_model", {"body": streaming({"embedding": [1.0, 0.0]}),
                                          "contentType": "application/json"})
    embedder = TitanEmbedder(client)
    assert embedder.embed_query("oi") == embedder.embed_query("oi") == [1.0, 0.0]
    stubber.assert_no_pending_responses()  # one call for two asks


ARMY, GARDEN = normalise([1.0, 0.1, 0.0]), normalise([0.0, 0.2, 1.0])
OTHERS = [normalise(v) for v in ([0.3, 1.0, 0.2], [0.2, 0.9, 0.4], [0.4, 0.8, 0.1],
                                 [0.1, 1.0, 0.3])]
MEMORIES = [
    {"id": "army", "text": "Fui convocado em 1951 e servi em Quitaúna.", "embedding": ARMY,
     "created_at": "t0"},
    {"id": "garden", "text": "As rosas do quintal.", "embedding": GARDEN, "created_at": "t1"},
    *({"id": f"other{n}", "text": text, "embedding": vector, "created_at": f"t{n + 2}"}
      for n, (text, vector) in enumerate(zip(
          ("O pão de queijo de domingo.", "A viagem a Ouro Preto.", "O primeiro emprego.",
           "A casa da Rua Santo Antônio."), OTHERS, strict=True))),
]


def test_hybrid_ranking_finds_a_paraphrase_no_word_reaches() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    assert index.search("did you wear a uniform and march", 5) == []  # no shared word or idea
    found = index.search("did you wear a uniform and march", 5, normalise([0.9, 0.2, 0.0]))
    # the army stands well above the persona's average memory; the rest are about as close
    # as any memory is, which says nothing
    assert [m["id"] for m, _ in found] == ["army"]
    assert cosine(ARMY, ARMY) == pytest.approx(1.0)


def test_hybrid_ranking_keeps_lexical_hits_on_top_when_both_agree() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    found = index.search("rosas", 5, normalise([0.1, 0.2, 1.0]))
    assert found[0][0]["id"] == "garden"


def test_closeness_moves_a_memory_the_words_rank_second() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    words = [m["id"] for m, _ in index.search("Quitaúna rosas do quintal", 5)]
    assert words[:2] == ["garden", "army"]
    near_army = [m["id"] for m, _ in index.search("Quitaúna rosas do quintal", 5, ARMY)]
    assert near_army[:2] == ["army", "garden"]


def test_vectors_of_another_model_or_too_few_are_left_out() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    alone = index.search("did you wear a uniform and march", 5, normalise([0.9, 0.2]))
    assert alone == []  # a two-dimensional question against three-dimensional memories
    young = build_index({"id": "p"}, MEMORIES[:2])  # two vectors say nothing of what is close
    assert young.search("did you wear a uniform and march", 5, ARMY) == []


def test_the_best_memory_of_a_hybrid_search_has_a_confidence_of_its_own() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    plain = index.hits("rosas do quintal", 3)[0]
    hybrid = index.hits("rosas do quintal", 3, GARDEN)[0]
    assert plain.memory["id"] == hybrid.memory["id"] == "garden"
    assert plain.confidence is not None and hybrid.confidence is not None
    assert hybrid.confidence != plain.confidence  # the hybrid model, with its fifth figure
    figures = index.best_figures("rosas do quintal", GARDEN)
    assert figures is not None and len(figures[1]) == 5 and figures[1][4] > 1.5


class FakeEmbedder:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, text: str) -> list[float]:
        self.texts.append(text)
        return ARMY if "quartel" in text or "soldado" in text else GARDEN

    embed_query = embed


def test_memories_carry_vectors_that_the_api_never_shows(api: Api, alice: User,
                                                         monkeypatch) -> None:
    embedder = FakeEmbedder()
    monkeypatch.setattr(runtime, "embedder", lambda: embedder)
    pid = api.create_persona(alice)["id"]
    made = api.add_memory(alice, pid, title="Quartel", text="Servi no quartel em 1951.")
    api.add_memory(alice, pid, text="As rosas do quintal.")
    assert "embedding" not in made
    assert any("embedding" in i for i in all_items() if i.get("kind") == "memory")
    found = api.call("GET", f"/api/personas/{pid}/memories?q=voce+foi+soldado", alice)
    assert found.json_body["items"][0]["id"] == made["id"]
    assert "embedding" not in found.json_body["items"][0]
    export = api.call("GET", "/api/me/export", alice).json_body
    assert "embedding" not in json.dumps(export)


def test_a_failed_query_vector_is_asked_again_and_no_text_is_kept(titan) -> None:
    client, stubber = titan
    stubber.add_client_error("invoke_model", service_error_code="ThrottlingException",
                             http_status_code=429)
    stubber.add_response("invoke_model", {"body": streaming({"embedding": [1.0, 0.0]}),
                                          "contentType": "application/json"})
    embedder = TitanEmbedder(client)
    assert embedder.embed_query("Vó, e o quartel?") is None  # throttled: words alone
    assert embedder.embed_query("Vó, e o quartel?") == [1.0, 0.0]  # asked again, not cached
    stubber.assert_no_pending_responses()
    assert "quartel" not in repr(list(embedder._queries))  # keyed by a hash of the text


def test_an_edited_memory_whose_vector_fails_keeps_no_vector_of_its_old_text(
        api: Api, alice: User, monkeypatch) -> None:
    embedder = FakeEmbedder()
    monkeypatch.setattr(runtime, "embedder", lambda: embedder)
    pid = api.create_persona(alice)["id"]
    made = api.add_memory(alice, pid, text="Servi no quartel em 1951.")
    monkeypatch.setattr(embedder, "embed", lambda text: None)  # Bedrock down meanwhile
    assert api.call("PATCH", f"/api/personas/{pid}/memories/{made['id']}", alice,
                    {"text": "As rosas do quintal."}).status_code == 200
    stored = [i for i in all_items() if i.get("kind") == "memory" and i["id"] == made["id"]]
    assert stored[0].get("embedding") is None


def test_numpy_and_plain_python_rank_the_same(monkeypatch) -> None:
    from chalicelib.persona import retrieval
    index = build_index({"id": "p"}, MEMORIES)
    asked = normalise([0.9, 0.2, 0.1])
    with_numpy = index.hits("Quitaúna rosas do quintal", 6, asked)
    monkeypatch.setattr(retrieval, "_numpy", lambda: None)  # the Lambda has no numpy
    plain = build_index({"id": "p"}, MEMORIES).hits("Quitaúna rosas do quintal", 6, asked)
    assert [h.memory["id"] for h in plain] == [h.memory["id"] for h in with_numpy]
    assert [h.score for h in plain] == pytest.approx([h.score for h in with_numpy], rel=1e-4)


def test_a_changed_memory_is_searched_with_its_new_vector() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    assert index.search("did you march", 5, ARMY)[0][0]["id"] == "army"  # matrix made
    index.upsert({**MEMORIES[0], "embedding": GARDEN})  # the army memory rewritten
    index.remove("garden")
    found = [m["id"] for m, _ in index.search("did you march", 5, ARMY)]
    assert "army" not in found


def test_another_models_closeness_ranks_but_does_not_decide() -> None:
    """The hybrid confidence was trained on the local model's closeness; Titan's (or any
    other model's) ranks the memories, and the lexical figures decide whether one answers."""
    from chalicelib.persona import confidence
    index = build_index({"id": "p"}, MEMORIES)
    local = index.hits("rosas do quintal", 3, GARDEN)[0]
    other = index.hits("rosas do quintal", 3, GARDEN, calibrated=False)[0]
    assert local.memory["id"] == other.memory["id"] == "garden"
    figures = index.best_figures("rosas do quintal", GARDEN)
    assert figures is not None
    assert other.confidence == confidence.confidence(figures[1][:4])
    assert local.confidence == confidence.confidence(figures[1])
    assert confidence.hybrid_model() == "use-multilingual-v3"


def test_asked_when_a_memory_with_the_year_comes_before_a_closer_one_without(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chalicelib.persona import retrieval
    drafted = [
        {"id": "dated", "text": "Em 1951 o vô foi convocado pelo exército.",
         "embedding": normalise([1.0, 1.5, 0.0]), "created_at": "t0"},
        {"id": "undated", "text": "O vô foi convocado pelo exército e sentia saudade de casa.",
         "embedding": ARMY, "created_at": "t1"},
        *MEMORIES[1:],
    ]
    index = build_index({"id": "p"}, drafted)
    question = "Vô, quando o senhor foi convocado pelo exército?"
    assert [m["id"] for m, _ in index.search(question, 2, ARMY)] == ["dated", "undated"]
    monkeypatch.setattr(retrieval, "FUSED_ANSWER_LIFT", 1.0)
    # ... and the memory the words put first, which can say when, still comes first when the
    # closer one cannot (`_fused`); looked at no further than the first, closeness decides
    assert [m["id"] for m, _ in index.search(question, 2, ARMY)] == ["dated", "undated"]
    monkeypatch.setattr(retrieval, "COVERED_DEPTH", 1)
    assert [m["id"] for m, _ in index.search(question, 2, ARMY)] == ["undated", "dated"]
