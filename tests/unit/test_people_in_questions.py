"""Who a question is about: the persona's own relatives said as hers ("sua avó"), the people a
kinship word stands for ("grandpa" is "Vô Biu"), a name's title ("a tia Peggy"), and
dictionary-listed diminutives that are words of their own ("padrinho" is not a little priest)."""
from __future__ import annotations

from chalicelib.persona import lexicon
from chalicelib.persona.composer import choose
from chalicelib.persona.retrieval import build_index
from chalicelib.persona.text import stems, terms

GRANDMA = {"id": "p", "version": 1, "name": "Lindalva Bezerra", "relationship": "avó",
           "aliases": [{"name": "Lindalva", "also_called": ["Vó Dalva"]},
                       {"name": "Severino", "also_called": ["Biu", "Vô Biu"]},
                       {"name": "Margarida", "also_called": ["Peggy"]}]}


def index_of(*texts: str, persona: dict | None = None):
    memories = [{"id": f"m{i}", "title": "", "text": t, "tags": [], "created_at": f"t{i:02d}"}
                for i, t in enumerate(texts)]
    return build_index(persona or GRANDMA, memories)


def answered_by(index, question: str) -> str | None:
    chosen = choose(index.hits(question, 5))
    return chosen.memory["id"] if chosen else None


def test_a_listed_diminutive_keeps_its_own_meaning() -> None:
    assert "padr" not in stems("padrinhos") and "sobr" not in stems("sobrinho")
    assert "priest" not in lexicon.translations("padrinho")
    assert "godfather" in lexicon.translations("padrinho")
    # an unlisted diminutive is still its base, made small
    assert "neto" in stems("netinhos") and "bolo" in stems("bolinho")
    assert {t for t, _ in terms("padrinhos")}.isdisjoint(t for t, _ in terms("padre"))


def test_grandma_and_grandpa_stay_apart_in_their_diminutives() -> None:
    ideas = {w: {t for t, _ in terms(w) if t.startswith("c:")} for w in
             ("vovozinha", "vovozinho", "vó", "vô")}
    assert ideas["vovozinha"] == ideas["vó"] and ideas["vovozinho"] == ideas["vô"]
    assert ideas["vó"] != ideas["vô"]


def test_her_own_grandmother_is_not_the_persona() -> None:
    index = index_of("Só o vô Biu chamava a vó de Lindinha.",
                     "A vó teve um papagaio chamado Chico Preto.")
    assert answered_by(index, "Vó, qual era o nome da sua avó?") is None
    assert answered_by(index, "Grandma, what was your grandma's name?") is None
    # the family's "a vó" is the persona herself: asked about her, the memory answers
    assert answered_by(index, "Vó, como era o nome do seu papagaio?") == "m1"


def test_a_kinship_word_finds_the_person_it_stands_for() -> None:
    index = index_of("O Biu foi motorista de ônibus a vida inteira.",
                     "A comida preferida da vó era sarapatel.")
    assert answered_by(index, "Grandma, what was grandpa's job as a bus driver?") == "m0"


def test_a_memory_about_someone_else_does_not_answer() -> None:
    index = index_of("A comida preferida da vó era sarapatel, feito no sábado.",
                     "A vó cantava na igreja.")
    assert answered_by(index, "What was grandpa's favorite food?") is None
    assert answered_by(index, "What was grandma's favorite food?") == "m0"


def test_a_title_before_a_name_is_not_another_person() -> None:
    index = index_of("Their first child, Margarida, Peggy to everybody, was born in 1963.")
    assert answered_by(index, "Vô, em que ano a tia Peggy nasceu?") == "m0"


def test_what_a_question_asks_for_is_read_from_its_first_question_word() -> None:
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("vo qto vcs pagaram na casa?") == "price"
    assert answer_kind("How much did the house cost?") == "price"
    assert answer_kind("how many kids did aunt lucinha have") == "count"
    assert answer_kind("quando a senhora casou?") == "when"
    # a later "quando" opens a clause: the question asks what
    assert answer_kind("vó o q vc me dava qdo eu ia aí?") is None
    assert answer_kind("What did you give me when I visited?") is None


def test_a_memory_without_the_amount_or_date_asked_for_does_not_answer() -> None:
    index = index_of("O vestido de noiva mais bonito que a vó fez foi o da comadre, em 1963.",
                     "A vó ia à missa todo domingo.")
    assert answered_by(index, "Vó, quanto a senhora cobrava por um vestido de noiva?") \
        is None
    assert answered_by(index, "Vó, quando a senhora fez o vestido da comadre?") == "m0"
    assert answered_by(index, "Grandma, what day did you go to mass?") == "m1"
    priced = index_of("A vó cobrava cem cruzeiros por um vestido de noiva.")
    assert answered_by(priced, "Vó, quanto a senhora cobrava por um vestido de noiva?") \
        == "m0"



