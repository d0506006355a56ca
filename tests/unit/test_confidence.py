"""The search's confidence that its best memory answers: the threshold between a grounded
answer and an honest "I don't remember" (chalicelib/persona/confidence.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from chalicelib.persona import composer, confidence
from chalicelib.persona.retrieval import build_index

ROOT = Path(__file__).resolve().parents[2]

PERSONA = {"id": "p", "name": "Joaquim Bezerra", "language": "pt-BR", "relationship": "avô"}
MEMORIES = [
    {"id": "wedding", "title": "O casamento",
     "text": "O vô casou com a vó Lurdes em 1956, na capela de São Sebastião, em Caruaru. "
             "Os doces da festa foram feitos pela comadre Zefa."},
    {"id": "work", "title": "A oficina",
     "text": "Eu trabalhei quarenta anos como sapateiro na Rua da Matriz, consertando "
             "sapatos e botinas da cidade inteira."},
    {"id": "trip", "title": "A viagem ao Rio",
     "text": "Em 1970 o vô foi ao Rio de Janeiro de ônibus e viu o mar pela primeira vez."},
    {"id": "cat", "title": "O gato Tição",
     "text": "O gato preto da casa se chamava Tição e dormia em cima do rádio."},
    {"id": "rain", "title": "A chuva de 1975",
     "text": "Na chuva de 1975 a água entrou na casa e o vô salvou o rádio primeiro."},
]


def best(question: str) -> tuple[str, float | None]:
    hit = build_index(PERSONA, MEMORIES).hits(question, 3)[0]
    return hit.memory["id"], hit.confidence


def test_only_the_best_memory_of_a_search_carries_a_confidence() -> None:
    hits = build_index(PERSONA, MEMORIES).hits("Vô, o gato dormia no rádio?", 3)
    assert hits[0].memory["id"] == "cat" and hits[0].confidence is not None
    assert all(h.confidence is None for h in hits[1:])


def test_a_memory_that_leaves_the_weightiest_word_unanswered_does_not_answer() -> None:
    # "cachorro" is the question, and no memory has a dog: the cat or the trip must not answer
    memory_id, sure = best("Vô, como se chamava o seu primeiro cachorro?")
    assert sure is not None and sure < confidence.threshold(), memory_id


def test_a_memory_far_above_the_rest_answers_a_question_put_in_other_words() -> None:
    # relevance alone (the share of words answered) is under the old threshold: "durou",
    # "sapataria", "bairro" are not said, but the workshop stands far above any other memory
    hits = build_index(PERSONA, MEMORIES).hits(
        "Vô, quantos anos durou o trabalho na sapataria do bairro?", 3)
    assert hits[0].memory["id"] == "work"
    assert hits[0].relevance < composer.RELEVANCE_MIN
    assert composer.answers(hits[0]) and composer.choose(hits) is hits[0]


def test_a_lone_match_in_a_young_legacy_is_not_infinitely_far_above_the_rest() -> None:
    alone = confidence.features(0.3, 5.0, 0.0, 0.3)
    assert alone[2] == confidence.LEAD_MAX
    assert confidence.confidence(alone) == confidence.confidence(
        confidence.features(0.3, 5.0, 0.5, 0.3))


def test_memories_a_turn_adds_itself_answer_by_relevance() -> None:
    hit = build_index(PERSONA, MEMORIES).hits("o gato Tição", 1)[0]
    from dataclasses import replace
    assert composer.answers(replace(hit, confidence=None))  # relevance 1
    assert not composer.answers(replace(hit, confidence=None, relevance=0.1))


@pytest.fixture(scope="module")
def rebuilt() -> tuple[Any, list, list]:
    """The training script and its two sets of rows (words alone; with make run's
    embeddings), worked out once from the same indexes for the two checks below."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_answer_model as build
    from chalicelib.persona.embeddings import LocalEmbedder
    return build, *build.both_examples(build._Remembered(LocalEmbedder()))


@pytest.mark.slow
def test_the_model_file_is_what_the_training_script_writes_from_dev(rebuilt) -> None:
    build, rows, _ = rebuilt
    dev = [r for r in rows if r[3] == "dev"]
    means, scales, weights, bias = build.train(np.array([r[0] for r in dev], dtype=float),
                                               np.array([r[1] for r in dev], dtype=float))
    saved = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    assert np.allclose(saved["weights"], weights, atol=1e-5)
    assert np.allclose(saved["means"], means, atol=1e-5) and abs(saved["bias"] - bias) < 1e-5
    assert 0.2 <= saved["threshold"] <= 0.8 and saved["trained_on"] == len(dev)


@pytest.mark.slow
def test_the_hybrid_model_is_what_the_script_writes_with_make_runs_embeddings(rebuilt) -> None:
    build, _, rows = rebuilt
    assert all(len(r[0]) == 5 for r in rows)
    written = build.fitted(rows, build.HYBRID_USED, "hybrid")
    saved = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    hybrid = saved["hybrid"]
    assert np.allclose(hybrid["weights"], written["weights"], atol=1e-5)
    assert hybrid["chosen_threshold"] == written["threshold"]
    moved = written["bias"] + build._logit(saved["threshold"]) - build._logit(
        written["threshold"])
    assert abs(hybrid["bias"] - moved) < 1e-5  # one threshold for both models


DOGS = [
    {"id": "hunting", "title": "",
     "text": "Depois que o cachorro da oficina morreu, o vô teve uma cachorra perdigueira, que "
             "ele levava pra caçar perdiz nos campos de Vacaria com o compadre."},
    {"id": "sultao", "title": "",
     "text": "O primeiro cachorro lá de casa foi o Sultão, um vira-lata caramelo que apareceu "
             "na garagem em 1975."},
    *MEMORIES,
]


def test_a_name_answers_what_it_is_said_next_to_not_the_town_in_the_same_memory() -> None:
    index = build_index(PERSONA, DOGS)
    hit = index.hits("Vô, qual era o nome da cachorra perdigueira?", 3)[0]
    assert hit.memory["id"] == "hunting"
    assert hit.confidence is not None and hit.confidence < confidence.threshold()
    # "cachorrinho" is a small "cachorro": the dog's name, said next to it, answers
    hit = index.hits("Vô, qual era o nome do primeiro cachorrinho lá de casa?", 3)[0]
    assert hit.memory["id"] == "sultao"
    assert hit.confidence is not None and hit.confidence >= confidence.threshold()


def test_now_is_not_what_a_question_is_about() -> None:
    poncho = {"id": "poncho", "title": "",
              "text": "O poncho de lã do vô hoje está com o Rafa, em Pelotas."}
    index = build_index(PERSONA, [poncho, *MEMORIES])
    hit = index.hits("Vô, who has your poncho now?", 3)[0]
    assert hit.memory["id"] == "poncho" and hit.relevance == 1.0


def test_a_name_that_opens_its_sentence_answers_what_it_was_called() -> None:
    kelpie = {"id": "kelpie", "title": "",
              "text": "Rusty was a red kelpie Des brought back from a cousin's sheep station. "
                      "He rode in the front seat of the Holden."}
    index = build_index({"id": "p", "name": "Desmond", "language": "en",
                         "relationship": "uncle"}, [kelpie, *MEMORIES])
    hit = index.hits("Uncle Des, what was your kelpie called?", 3)[0]
    assert hit.memory["id"] == "kelpie"
    assert hit.confidence is not None and hit.confidence >= confidence.threshold()
    # a capital that opens any other sentence names nothing
    from chalicelib.persona.retrieval import names_said
    assert names_said("He rode in the front. It was cold. Quando ela morreu, foi triste.") \
        == set()


def test_asked_only_of_a_name_the_answer_is_said_of_that_name() -> None:
    trucks = {"id": "trucks", "title": "",
              "text": "Grandad drove a grey Land Rover for twenty years. In 1995 he finally "
                      "bought a Hilux and said it rode like a sofa."}
    persona = {"id": "p", "name": "Colin", "language": "en", "relationship": "grandfather"}
    hit = build_index(persona, [trucks, *MEMORIES]).hits("Grandad, what colour was the Hilux?",
                                                          3)[0]
    assert hit.memory["id"] == "trucks"
    assert hit.confidence is not None and hit.confidence < confidence.threshold()
    painted = {**trucks, "text": trucks["text"] + " The Hilux was red, and he hated it."}
    hit = build_index(persona, [painted, *MEMORIES]).hits("Grandad, what colour was the Hilux?",
                                                           3)[0]
    assert hit.confidence is not None and hit.confidence >= confidence.threshold()


def test_no_figure_weighs_against_the_side_it_speaks_for() -> None:
    """More of the question answered, or a vector closer, never lowers the confidence, and a
    heavier word left unanswered never raises it (scripts/build_answer_model.py SIGNS): a
    memory that answers a fifteenth of a question is not surer for answering less."""
    saved = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    for model in (saved, saved["hybrid"]):
        relevance, _, _, unanswered, *closeness = model["weights"]
        assert relevance >= 0 and unanswered <= 0 and all(w >= 0 for w in closeness)
