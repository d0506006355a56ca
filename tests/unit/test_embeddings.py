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
MEMORIES = [
    {"id": "army", "text": "Fui convocado em 1951 e servi em Quitaúna.", "embedding": ARMY,
     "created_at": "t0"},
    {"id": "garden", "text": "As rosas do quintal.", "embedding": GARDEN, "created_at": "t1"},
]


def test_hybrid_ranking_finds_a_paraphrase_no_word_reaches() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    assert index.search("did you wear a uniform and march", 5) == []  # no shared word or idea
    found = index.search("did you wear a uniform and march", 5, normalise([0.9, 0.2, 0.0]))
    assert [m["id"] for m, _ in found] == ["army"]  # the garden is under the similarity floor
    assert cosine(ARMY, ARMY) == pytest.approx(1.0)


def test_hybrid_ranking_keeps_lexical_hits_on_top_when_both_agree() -> None:
    index = build_index({"id": "p"}, MEMORIES)
    found = index.search("rosas", 5, normalise([0.1, 0.2, 1.0]))
    assert found[0][0]["id"] == "garden"


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
