"""Memory retrieval: Portuguese and English, aliases, triggers, the labelled set, the cache."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.persona.retrieval import IndexCache, build_index, without_vocative
from chalicelib.persona.text import fold

DATA = json.loads((Path(__file__).parent.parent / "data" / "retrieval_set.json").read_text())


def labelled_index():
    persona = {"id": "p", "name": DATA["persona"]["name"], "aliases": DATA["persona"]["aliases"],
               "version": 1}
    memories = [{**m, "created_at": f"2020-01-01T00:{i // 60:02d}:{i % 60:02d}"}
                for i, m in enumerate(DATA["memories"])]
    return build_index(persona, memories)


def recall_at(k: int, questions: list[dict]) -> float:
    index = labelled_index()
    hits = sum(any(r in [m["id"] for m, _ in index.search(q["text"], k)] for r in q["relevant"])
               for q in questions)
    return hits / len(questions)


def test_labelled_set_is_big_enough_and_bilingual() -> None:
    assert len(DATA["memories"]) >= 100 and len(DATA["questions"]) >= 40
    languages = {q["lang"] for q in DATA["questions"]} | {m["lang"] for m in DATA["memories"]}
    assert languages == {"pt-BR", "en"}
    assert sum(q["no_shared_word"] for q in DATA["questions"]) >= 10


def test_recall_at_5_on_the_labelled_set() -> None:
    assert recall_at(5, DATA["questions"]) >= 0.9


def test_recall_when_question_and_answer_share_no_word() -> None:
    hard = [q for q in DATA["questions"] if q["no_shared_word"]]
    assert recall_at(5, hard) >= 0.85


def test_cross_language_questions_find_their_answers() -> None:
    crossing = [q for q in DATA["questions"] if q["note"].startswith("[cross-language]")]
    assert recall_at(5, crossing) >= 0.85


def memories(*texts: str, **extra) -> list[dict]:
    return [{"id": f"m{i}", "text": t, "title": "", "tags": [], "created_at": f"t{i}", **extra}
            for i, t in enumerate(texts)]


def top(index, query: str) -> str | None:
    found = index.search(query, 3)
    return found[0][0]["id"] if found else None


def answered_by(index, query: str) -> str | None:
    """The memory the search would answer with (its confidence over nothing), or None."""
    best = index.hits(query, 1)[0]
    return best.memory["id"] if best.confidence else None


def test_accents_and_case_are_folded() -> None:
    index = build_index({"id": "p"}, memories("O ANTÔNIO plantava café.", "Outra coisa."))
    assert top(index, "antonio") == "m0"
    assert fold("Ação É") == "acao e"


def test_plurals_and_verb_forms_meet() -> None:
    index = build_index({"id": "p"}, memories("Fomos pescar no rio.", "Gosto de futebol."))
    assert top(index, "as pescarias") == "m0"
    index = build_index({"id": "p"}, memories("We went fishing every summer.", "Cake."))
    assert top(index, "did you fish?") == "m0"


def test_nicknames_find_the_person_by_name() -> None:
    persona = {"id": "p", "aliases": [{"name": "Maria Aparecida", "also_called": ["Vó Cida"]}]}
    index = build_index(persona, memories("Maria Aparecida costurava vestidos.",
                                          "A vó do vizinho fazia bolo."))
    assert top(index, "O que a Vó Cida fazia?") == "m0"


def test_bilingual_vocabulary_bridges_languages() -> None:
    index = build_index({"id": "p"}, memories("Fui convocado para o quartel em 1951.",
                                              "Plantei rosas no quintal."))
    assert top(index, "Were you in the army?") == "m0"
    assert top(index, "Tell me about your garden") == "m1"


def test_title_and_tags_weigh_more_than_text() -> None:
    index = build_index({"id": "p"}, [
        {"id": "text", "text": "Um dia falamos de pescaria e depois de outras coisas.",
         "title": "", "tags": [], "created_at": "t1"},
        {"id": "title", "text": "Foi bom.", "title": "Pescaria", "tags": ["pescaria"],
         "created_at": "t0"}])
    assert top(index, "pescaria") == "title"


def test_keyword_trigger_pins_its_memory() -> None:
    index = build_index({"id": "p"}, [
        {"id": "pinned", "text": "Ele dizia: devagar se vai ao longe.", "triggers": ["pressa"],
         "created_at": "t0"},
        {"id": "other", "text": "Pressa era coisa de gente da cidade, pressa pressa.",
         "created_at": "t1"}])
    assert top(index, "Vô, por que tanta pressa?") == "pinned"


def test_a_little_recency_breaks_ties() -> None:
    index = build_index({"id": "p"}, memories("Pescaria no rio.", "Pescaria no rio."))
    assert top(index, "pescaria") == "m1"


def test_unrelated_question_finds_nothing() -> None:
    index = build_index({"id": "p"}, memories("Pescaria no rio."))
    assert index.search("xylophone quantum", 5) == []


def test_leading_form_of_address_is_not_the_subject() -> None:
    assert without_vocative("Vô, como você conheceu a vó?") == "como você conheceu a vó?"
    assert without_vocative("Grandpa, where did you work?") == "where did you work?"
    assert without_vocative("Where, exactly, did you work?") == "Where, exactly, did you work?"
    assert without_vocative("Toninho, me conta", frozenset({"toninho"})) == "me conta"


class CountingSource:
    def __init__(self, items: list[dict]) -> None:
        self.items = items
        self.loads = 0

    def all_memories(self, persona_id: str) -> list[dict]:
        self.loads += 1
        return self.items


def test_index_is_cached_per_memory_revision() -> None:
    source = CountingSource(memories("Pescaria no rio."))
    cache = IndexCache()
    persona = {"id": "p", "version": 3, "memory_revision": 3}
    for _ in range(5):
        cache.index_for(source, persona)
    assert source.loads == 1
    source.items = memories("Pescaria no rio.", "Feijoada de sábado.")
    found = cache.index_for(source, {"id": "p", "version": 4, "memory_revision": 4})
    assert top(found, "feijoada") == "m1"
    assert source.loads == 2


def test_a_persona_edit_keeps_the_index_unless_it_changes_the_names() -> None:
    source = CountingSource(memories("Pescaria no rio com o Zé."))
    cache = IndexCache()
    cache.index_for(source, {"id": "p", "version": 1, "memory_revision": 1})
    cache.index_for(source, {"id": "p", "version": 2, "memory_revision": 1,
                             "biography": "Pescador."})
    assert source.loads == 1
    renamed = {"id": "p", "version": 3, "memory_revision": 1,
               "aliases": [{"name": "José", "also_called": ["Zé"]}]}
    assert top(cache.index_for(source, renamed), "José") == "m0"
    assert source.loads == 2


def test_cache_keeps_a_bounded_number_of_personas() -> None:
    source = CountingSource(memories("x"))
    cache = IndexCache(capacity=2)
    for pid in ("a", "b", "c", "a"):
        cache.index_for(source, {"id": pid, "version": 1})
    assert source.loads == 4  # "a" was evicted by "c"


@pytest.mark.parametrize("query", ["", "   ", "!!!", "a e o"])
def test_empty_or_stopword_queries_return_nothing(query: str) -> None:
    index = build_index({"id": "p"}, memories("Pescaria no rio."))
    assert index.search(query, 5) == []


def test_cache_is_bounded_by_the_text_it_holds() -> None:
    source = CountingSource(memories("x" * 600))
    cache = IndexCache(capacity=64, max_chars=1_000)
    cache.index_for(source, {"id": "a", "version": 1})
    cache.index_for(source, {"id": "b", "version": 1})  # 1,200 characters: "a" goes
    cache.index_for(source, {"id": "b", "version": 1})
    assert source.loads == 2
    cache.index_for(source, {"id": "a", "version": 1})
    assert source.loads == 3


def test_a_spouse_named_only_by_role_is_found_once_the_family_lists_the_role_as_a_nickname(
        ) -> None:
    """"How did you meet Grandma?" shares no word with "Conheci a Cida na festa junina", and
    nothing tells the ranking that Grandma is Cida until the family says so: the names step
    of the website asks for the people in their life with what the family calls them."""
    memories = [
        {"id": "met", "text": "Conheci a Cida na festa junina de 1957, perto da igreja.",
         "created_at": "2020-01-01T00:00:00"},
        {"id": "mother", "text": "Minha mãe fazia pão de queijo todo domingo de manhã.",
         "created_at": "2020-01-01T00:00:01"},
        {"id": "granny", "text": "A vó Rosa, minha avó, contava histórias de assombração.",
         "created_at": "2020-01-01T00:00:02"},
        {"id": "work", "text": "Trabalhei na ferrovia até 1970, primeiro como foguista.",
         "created_at": "2020-01-01T00:00:03"},
    ]
    question = "Grandpa, how did you meet Grandma?"
    persona = {"id": "p", "name": "Antônio Carlos", "version": 1,
               "aliases": [{"name": "Antônio", "also_called": ["Vô Toninho"]}]}
    before = [m["id"] for m, _ in build_index(persona, memories).search(question, 4)]
    assert before[:1] != ["met"]  # the gap: "grandma" reads as any grandmother
    persona["aliases"].append({"name": "Maria Aparecida", "also_called": ["Cida", "Grandma"]})
    persona["version"] = 2
    after = [m["id"] for m, _ in build_index(persona, memories).search(question, 4)]
    assert after[0] == "met"


@pytest.mark.parametrize("question", ["O que vc fazia nos anos 60?", "e na década de 1960?",
                                      "What did you do in the sixties?", "and in the 60s?"])
def test_a_decade_reaches_the_years_in_it(question: str) -> None:
    index = build_index({"id": "p"}, memories("Em 1965 eu trabalhava na estação de trem.",
                                              "Em 1975 eu trabalhava na fábrica."))
    assert [m["id"] for m, _ in index.search(question, 5)][:1] == ["m0"]


def test_a_year_asked_is_that_year_not_its_decade() -> None:
    index = build_index({"id": "p"}, memories("Em 1967 nasceu a Lúcia.", "Chuva em 1965."))
    assert [m["id"] for m, _ in index.search("quem nasceu em 1967?", 5)] == ["m0"]
    assert [h.relevance for h in index.hits("quem nasceu em 1967?", 5)] == [1.0]


@pytest.mark.parametrize("question", ["Ele virou maquinista em sessenta e três?",
                                      "Did he become an engine driver in sixty three?",
                                      "Ele virou maquinista em 63?"])
def test_numbers_said_in_words_and_short_years_meet_the_year_written(question: str) -> None:
    index = build_index({"id": "p"}, memories("Em 1963 o Durval virou maquinista.",
                                              "Em 1961 o Durval comprou um rádio."))
    assert [m["id"] for m, _ in index.search(question, 5)][:1] == ["m0"]


def test_among_memories_about_the_same_thing_a_when_question_prefers_one_with_a_date() -> None:
    index = build_index({"id": "p"}, [
        {"id": "date", "text": "Nosso casamento foi em junho de 1962, na igreja.",
         "created_at": "t0"},
        {"id": "party", "text": "No casamento da Rê dançamos a noite toda, na igreja.",
         "created_at": "t1"}])
    assert top(index, "Vó, quando foi o casamento?") == "date"
    assert top(index, "Vó, como foi o casamento?") == "party"


def test_a_verb_whose_short_stem_is_a_house_does_not_find_the_house() -> None:
    # Snowball gives "cas" for both "casou" and "casa": the word's idea says which it is
    persona = {"id": "p", "name": "Dalva", "language": "pt-BR", "relationship": "avó"}
    memories = [
        {"id": "house", "title": "A casa da Rua do Jasmim",
         "text": "A casa tinha varanda. Na casa da vó cabia a família toda."},
        {"id": "cake", "title": "O bolo", "text": "O bolo de rolo da vó era famoso."},
        {"id": "wedding", "title": "O dia do sim",
         "text": "Em 1957 a vó e o vô Biu se casaram na igreja do Morro, com festa no quintal."},
    ]
    found = [m["id"] for m, _ in build_index(persona, memories).search(
        "Vó, quando a senhora casou?", 3)]
    assert found == ["wedding"]


def test_a_phrase_means_what_it_says_not_what_its_words_say() -> None:
    # "grow up" is childhood, not gardening; "ganhar a vida" is work
    persona = {"id": "p", "name": "Walt", "language": "en", "relationship": "grandpa"}
    memories = [
        {"id": "garden", "title": "Tomatoes", "text": "Grandpa would grow tomatoes by the fence."},
        {"id": "duluth", "title": "Duluth", "text": "Grandpa grew up in Duluth, by the lake."},
        {"id": "docks", "title": "Dad", "text": "His father loaded ore at the docks for a living."},
    ]
    index = build_index(persona, memories)
    assert [m["id"] for m, _ in index.search("Where did you grow up?", 3)][0] == "duluth"
    assert [m["id"] for m, _ in index.search("Vô, como seu pai ganhava a vida?", 3)][0] == "docks"


def test_a_phrase_counts_once_wherever_it_stands() -> None:
    # "se foi" at the very end of a text was once counted twice (a three-word window cut short
    # by the text's end matched the two-word phrase as well)
    from chalicelib.persona.retrieval import Names, memory_halves
    names = Names.of({"id": "p", "name": "Nena", "language": "pt-BR", "relationship": "avó"})
    last = memory_halves({"id": "a", "title": "", "text": "Depois que a vó se foi"}, names)
    inside = memory_halves({"id": "b", "title": "", "text": "Depois que a vó se foi, chorei"},
                           names)
    died = set(memory_halves({"id": "c", "title": "", "text": "morreu"}, names))
    assert died and all(last[term] == inside[term] for term in died)


def test_an_operation_and_a_crib_are_found_however_the_family_named_them() -> None:
    # words no bundled dictionary pairs: "surgery" and "ponte de safena", "crib" and "berço"
    persona = {"id": "p", "name": "Geraldo", "language": "pt-BR", "relationship": "pai"}
    memories = [
        {"id": "heart", "title": "", "text": "Em 2018 o pai colocou uma ponte de safena no "
                                              "Hospital do Coração."},
        {"id": "cribs", "title": "", "text": "Todo berço que o pai fazia saía com uma estrelinha "
                                              "entalhada na cabeceira."},
        {"id": "kind", "title": "", "text": "O pai tinha um coração enorme, ajudava todo "
                                             "mundo."},
        {"id": "saint", "title": "", "text": "O pai entalhou um santo de madeira pra igreja."},
    ]
    index = build_index(persona, memories)
    assert index.search("When did you have heart surgery?", 1)[0][0]["id"] == "heart"
    assert index.search("What did you carve on the cribs?", 1)[0][0]["id"] == "cribs"


@pytest.mark.parametrize("message, rest", [
    ("Sogra, em que igreja a senhora casou?", "em que igreja a senhora casou?"),
    ("Dinda, quem foi a parteira?", "quem foi a parteira?"),
    ("Mama, what was the fiddler's name?", "what was the fiddler's name?"),
    ("Mamgu, what spice went into your Welsh cakes?", "what spice went into your Welsh cakes?"),
    ("Painho, qual era a marca do ônibus?", "qual era a marca do ônibus?"),
])
def test_the_family_s_other_words_for_who_they_speak_to_are_forms_of_address(
        message: str, rest: str) -> None:
    assert without_vocative(message) == rest


def test_mama_inside_a_question_is_a_word_not_an_address() -> None:
    index = build_index({"id": "p", "relationship": "avó"}, memories(
        "A vó teve câncer de mama em 1999 e se tratou no Hospital do Câncer.",
        "A vó fazia bolo de fubá aos domingos."))
    assert index.search("Vó, quando foi o câncer de mama?", 1)[0][0]["text"].startswith(
        "A vó teve câncer")


def test_a_small_one_of_a_thing_is_the_thing_but_a_word_of_its_own_is_not() -> None:
    from chalicelib.persona.text import stems
    assert "cachorro" in stems("cachorrinho")  # a puppy is a dog
    assert "cachorro" in stems("cachorrinhos")
    assert not {"padre", "padro"} & set(stems("padrinho"))  # a godfather, not a little priest
    assert not {"caro", "cara"} & set(stems("carinho"))  # affection, not a dear thing


def test_words_a_hyphen_joins_and_accented_phrase_ends_are_read_in_memories() -> None:
    index = build_index({"id": "p"}, memories(
        "A Dinda teve um vira-lata caramelo chamado Piaba.",
        "Em 1998 a tia foi morar na Nova Zelândia com o filho.",
        "A lata de biscoito ficava em cima da geladeira."))
    assert top(index, "Dinda, what was your dog called?") == "m0"
    assert top(index, "When did auntie move to New Zealand?") == "m1"


def test_the_confidence_in_a_memory_is_what_the_search_would_have_were_it_first() -> None:
    from chalicelib.persona import confidence
    persona = {"id": "p", "version": 1, "name": "Maria", "relationship": "avó"}
    memories = [{"id": f"m{i}", "title": "", "text": t, "created_at": f"t{i:02d}"} for i, t in
                enumerate(("A vó casou em 1959 na Igreja São Pedro, em Porto Alegre.",
                           "A festa do casamento da Rê foi no clube, com bolo de nozes.",
                           "A vó plantava couve e alface na horta do quintal."))]
    index = build_index(persona, memories)
    question = "Vó, em que ano a senhora casou?"
    best = index.hits(question, 3)[0]
    assert best.memory["id"] == "m0"
    assert index.confidence_of(question, "m0") == pytest.approx(best.confidence)
    # another memory, as the answer: far less sure (no year, someone else's wedding)
    assert index.confidence_of(question, "m1") < confidence.threshold() <= best.confidence
    assert index.confidence_of(question, "nope") is None


def test_a_translation_whose_only_stem_is_short_still_reaches_the_word() -> None:
    from chalicelib.persona.text import credited_terms, terms
    # "padre" is indexed by "padr" alone: "priest" must still reach it
    padre = {t for t, _ in terms("padre") if t.startswith("s:")}
    assert padre and padre <= {t for t, _, _ in credited_terms("priest")}
    # ... but not a stem a word lost a suffix to: "dançar"'s "tremer" brings no train
    assert "s:trem" not in {t for t, _, _ in credited_terms("dancar")}


def test_a_word_a_hyphen_makes_is_not_its_halves() -> None:
    # a "carro-chefe" is what a shop was known for, no car
    index = build_index({"id": "p", "name": "Iracema"}, memories(
        "O carro-chefe da lojinha era o doce de caju em calda."))
    assert not index.search("A senhora sabia dirigir carro?", 3)
    assert top(index, "qual era a especialidade da lojinha?") == "m0"


@pytest.mark.parametrize("question", ["A senhora é de onde?", "Vc é de onde, vó?",
                                      "Where are you from, Grandma?"])
def test_where_one_is_from_is_where_one_was_born(question: str) -> None:
    index = build_index({"id": "p", "name": "Iracema", "relationship": "avó"}, memories(
        "A vó nasceu em 1931 numa casa de adobe em Pirenópolis.",
        "A vó fazia doce de leite no tacho de cobre."))
    assert top(index, question) == "m0"


def test_which_thing_is_asked_is_said_by_its_word_not_by_its_idea() -> None:
    # a priest asked for: the church the wedding was in does not say which priest
    persona = {"id": "p", "name": "Geraldo", "relationship": "tio"}
    index = build_index(persona, memories(
        "O tio Geraldo e a tia Zezé se casaram em 1959 na Igreja de Santo Antônio."))
    best = index.hits("Tio, qual foi o padre que casou o senhor e a tia Zezé?", 1)[0]
    assert best.confidence == 0.0


def test_a_relative_named_may_be_the_one_who_wrote_the_memory() -> None:
    # "o bolo da Rosinha" against Rosinha's own "Quando eu casei... fez o meu bolo"
    persona = {"id": "p", "name": "Iracema", "relationship": "madrinha",
               "aliases": [{"name": "Rosana", "also_called": ["Rosinha"]}]}
    index = build_index(persona, memories(
        "Quando eu casei, em 1989, a madrinha fez o meu bolo com 96 ovos.",
        "A madrinha fazia bolo de fubá às quintas."))
    assert answered_by(index, "Madrinha, quantos ovos a senhora gastou no bolo da Rosinha?") == "m0"


def test_asked_of_the_persona_their_own_event_comes_before_a_relative_s() -> None:
    persona = {"id": "p", "name": "Thomas", "relationship": "grandfather",
               "aliases": [{"name": "Rosângela", "also_called": ["Rosie"]}]}
    index = build_index(persona, memories(
        "When Iain married Rosângela in Belo Horizonte in 1998, Dad wore his kilt.",
        "Mum and Dad were married on 14 March 1958 at Govan Old Parish Church.",
        "When our son Lucas was born in 2000, Dad learnt Portuguese.",
        "Dad was born in 1934 in a tenement flat in Govan."))
    assert top(index, "When did you get married?") == "m1"
    assert top(index, "Where were you born?") == "m3"
    # asked of the relative, the relative's
    assert top(index, "When did Rosie get married?") == "m0"
    assert top(index, "When was your son born?") == "m2"


@pytest.mark.parametrize("typed, meant", [
    ("qts afilhados vc tinha", "quantos afilhados você tinha"),
    ("a sra casou onde", "a senhora casou onde"),
    ("wot did the kids at skool call u", "what did the kids at school call you"),
    ("dad wat radio show did u listen 2 at lunchtime",
     "dad what radio show did you listen to at lunchtime"),
    ("we went 2 the beach, a present 4 u", "we went to the beach, a present for you"),
])
def test_chat_shorthand_is_read_as_the_words_it_stands_for(typed: str, meant: str) -> None:
    from chalicelib.persona.text import words
    assert words(typed) == words(meant)


def test_a_memory_of_another_one_by_its_order_does_not_answer() -> None:
    from chalicelib.persona.retrieval import other_one
    first = {"text": "Grandpa's first dog was a scruffy mutt named Biscuit."}
    assert other_one("Grandpa, what was the name of your second dog?", first)
    assert not other_one("What was your first dog called?", first)
    assert not other_one("What was your dog called?", first)
    assert other_one("Qual foi o segundo carro do vô?", {"text": "O primeiro carro foi um Fusca."})
    index = build_index({"id": "p", "name": "Walter"}, memories(first["text"]))
    assert index.hits("Grandpa, what was the name of your second dog?", 1)[0].confidence == 0.0


def test_remembering_the_name_of_someone_asks_for_a_name() -> None:
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Mam, do you remember the name of the doctor who operated?") == "name"
    assert answer_kind("Vó, a senhora lembra o nome da rua?") == "name"
    assert answer_kind("Do you remember the dance?") is None


def test_the_name_of_an_animal_is_not_the_name_of_one_of_the_family() -> None:
    persona = {"id": "p", "name": "Eirlys", "relationship": "grandmother",
               "aliases": [{"name": "Huw", "also_called": ["Uncle Huw"]}]}
    index = build_index(persona, memories(
        "Our sheepdog Pero came down from Uncle Huw's farm in 1968 as a pup."))
    best = index.hits("Mamgu, what was your other dog called, the one after Pero?", 1)[0]
    assert best.confidence == 0.0
    # ... while the one the question does not know is a name
    index = build_index(persona, memories("Our sheepdog Mot came down from Uncle Huw's farm."))
    assert index.hits("Mamgu, what was your dog called?", 1)[0].confidence > 0.0


def test_only_a_life_event_asked_of_the_persona_can_be_someone_else_s() -> None:
    persona = {"id": "p", "name": "Iolanda", "relationship": "avó",
               "aliases": [{"name": "Emily", "also_called": ["Em"]}]}
    index = build_index(persona, memories(
        "Pra tudo a vó tinha um chá: xarope de guaco com mel pra tosse dos netos.",
        "Casamos em 1962, na Igreja de São Francisco.",
        "O casamento da Emily foi em Boston."))
    remedy = "Vó, o que a senhora dava pra tosse?"
    assert not index._of_persona(index._plan(remedy), remedy)  # no wedding, birth or death
    wedding = "Vó, quando a senhora casou?"
    plan = index._plan(wedding)
    assert index._of_persona(plan, wedding)
    # "em 1962" is no "Em": the persona's own wedding, told in her voice, is hers
    assert not index._someone_elses(plan, index.positions["m1"])
    assert index._someone_elses(plan, index.positions["m2"])
    assert top(index, wedding) == "m1"


def test_a_holiday_is_a_trip_and_abroad_is_out_of_the_country() -> None:
    index = build_index({"id": "p", "name": "Thomas"}, memories(
        "Dad's first real trip was a week in Benidorm in 1974.",
        "Dad kept racing pigeons in a loft on the back green."))
    assert top(index, "Where did you go on holiday?") == "m0"
    assert top(index, "Pra onde o senhor ia nas férias?") == "m0"
    # a trip out of the country before a holiday at home (session 15: "abroad" had been one
    # of the trip's words, and every beach holiday answered "pra fora do Brasil")
    away = build_index({"id": "p", "name": "Val", "relationship": "avô"}, memories(
        "Nas férias de janeiro a gente ia pra Matinhos de carro, e o pai parava em Ponta "
        "Grossa pra tomar café na viagem.",
        "Uncle Val visited us in Newark in 2012, his only trip outside Brazil."))
    assert top(away, "O senhor chegou a viajar pra fora do Brasil?") == "m1"


def test_a_memory_of_the_other_one_of_a_pair_of_kin_does_not_answer() -> None:
    # asked of a younger sister, the younger brother's memory cannot say her name
    persona = {"id": "p", "name": "Dalva", "relationship": "avó"}
    index = build_index(persona, memories(
        "O irmão mais novo da vó, Joaquim, foi para São Paulo em 1959.",
        "Francisca, a irmã do meio da vó, morava em Caruaru."))
    brother = index.positions["m0"]
    plan = index._plan("Vó, qual era o nome da sua irmã mais nova?")
    assert index._other_kin(plan.query, index.memories[brother])
    assert not index._other_kin("Vó, qual era o nome do seu irmão?", index.memories[brother])
    # "irmãos" may be sisters too; the persona's own kinship ("vó") is her, on either side
    assert not index._other_kin("Vó, quantas irmãs a senhora tinha?",
                                {"text": "Os irmãos da vó eram onze."})
    mum = build_index({"id": "p", "name": "Joan", "relationship": "mother"}, memories(
        "Mum always said Grandpa Joe was a blacksmith."))
    assert not mum._other_kin("Mum, what did your father do?", mum.memories[0])


@pytest.mark.parametrize("question", [
    "Vó, qual cantor a senhora foi entrevistar quando pegou avião pela primeira vez?",
    "Grandma, which singer did you interview when you first flew?"])
def test_which_person_is_asked_is_answered_by_a_name(question: str) -> None:
    index = build_index({"id": "p", "name": "Irene", "relationship": "avó"}, memories(
        "Em 1962 a rádio mandou a vó ao Rio para entrevistar o Cauby Peixoto, e foi a "
        "primeira vez que ela andou de avião."))
    assert answered_by(index, question) == "m0"


def test_a_time_adverb_and_a_verb_of_starting_are_not_what_is_asked() -> None:
    from chalicelib.persona.text import STOP_FOLDED
    from chalicelib.persona.retrieval import FRAME_WORDS
    assert {"logo", "depois", "antes"} <= STOP_FOLDED  # as "after" and "before" are
    assert {"comecou", "started", "costumava"} <= FRAME_WORDS
    index = build_index({"id": "p", "name": "Irene", "relationship": "avó",
                         "aliases": [{"name": "Irene", "also_called": ["Neném"]}]}, memories(
        "O apelido Neném veio da irmã mais velha, a Lurdinha, que não conseguia falar Irene.",
        "A vó torcia para o River."))
    assert answered_by(index, "Vó, quem foi que começou a chamar a senhora de Neném?") == "m0"


def test_a_span_in_hours_minutes_or_seconds_answers_how_long() -> None:
    from chalicelib.persona.retrieval import holds_answer
    assert holds_answer({"text": "a speech that lasted exactly forty seconds"}, "duration")
    assert holds_answer({"text": "a viagem levava 36 horas, rio acima"}, "duration")
    assert not holds_answer({"text": "a speech at the wedding"}, "duration")


def test_the_askers_own_event_is_not_asked_of_the_persona() -> None:
    persona = {"id": "p", "name": "Raymond", "relationship": "father"}
    index = build_index(persona, memories(
        "When I married Lorraine in 1989, Dad gave a speech that lasted forty seconds.",
        "Mum and Dad married on 14 March 1964 at St John's Church."))
    mine = "Dad, how long was the speech you gave at my wedding?"
    assert not index._of_persona(index._plan(mine), mine)
    yours = "Dad, when did you get married?"
    assert index._of_persona(index._plan(yours), yours)
    # the writer's own wedding, in the first person, is someone else's
    assert index._someone_elses(index._plan(yours), index.positions["m0"])
    assert top(index, mine) == "m0"


def test_a_place_of_the_persona_s_biography_asks_of_no_other_place() -> None:
    persona = {"id": "p", "name": "Ray", "relationship": "father",
               "biography": "Ray was born in 1941 in the Huon Valley, Tasmania."}
    index = build_index(persona, memories(
        "Dad barracked for North Hobart in the local footy.",
        "Dad first left Tasmania in 1957 on the ferry to Melbourne."))
    question = "Ray, pra qual time o senhor torcia no futebol lá da Tasmânia?"
    assert answered_by(index, question) == "m0"


def test_i_is_the_persona_in_her_own_writing_and_the_writer_in_the_family_s() -> None:
    persona = {"id": "p", "name": "Dalva", "relationship": "avó"}
    own = build_index(persona, memories(
        "Eu nasci em Garanhuns, no sítio Brejo Velho, em 1934.",
        "Minha primeira filha nasceu em 1958 na maternidade do Derby."))
    born = "Vó, onde a senhora nasceu?"
    plan = own._plan(born)
    assert not own._someone_elses(plan, own.positions["m0"])  # her own "eu"
    assert own._someone_elses(plan, own.positions["m1"])
    family = build_index(persona, memories(
        "Quando eu casei com o Jorge, em 1987, a vó fez questão de anunciar o casamento.",
        "A vó casou com o vô Raimundo em 1958, na Igreja de São Benedito."))
    assert family.others_events("Quando vocês casaram?", ["m0", "m1"]) == {"m0"}
    assert top(family, "Quando vocês casaram?") == "m1"
    # a later clause that goes back to the event told ("the second wedding party"), with the
    # persona in it, still tells of the son's wedding
    dad = {"id": "p", "name": "Stanley Nowak", "relationship": "father",
           "aliases": [{"name": "Stanley", "also_called": ["Stan", "Dad"]},
                       {"name": "Michael", "also_called": ["Mike"]}]}
    son = build_index(dad, memories(
        "When Mike married Juliana, Mom and Dad flew to Curitiba for the second wedding party.",
        "Mom and Dad got married in 1961 at St. Josaphat's."))
    assert son.others_events("where did you get married?", ["m0", "m1"]) == {"m0"}


def test_an_illness_asked_of_the_persona_is_the_persona_s_own() -> None:
    persona = {"id": "p", "name": "Irene", "relationship": "avó",
               "aliases": [{"name": "Fernando", "also_called": ["Nando"]}]}
    index = build_index(persona, memories(
        "Quando o Nando tinha sete anos pegou febre tifoide e ficou doente no hospital.",
        "Em 1994 a vó operou a vesícula e ficou doente uma semana no hospital."))
    assert top(index, "Vó, a senhora já ficou doente?") == "m1"
    assert top(index, "Vó, o Nando ficou doente?") == "m0"


def test_out_of_the_country_is_abroad_and_how_long_it_lasted_asks_for_a_span() -> None:
    from chalicelib.persona.text import with_phrases, words
    assert "exterior" in with_phrases(words("a senhora viajou pra fora do Brasil?"))
    index = build_index({"id": "p", "name": "Irene", "relationship": "avó"}, memories(
        "Durante 31 anos, de 1957 a 1988, a vó apresentou o programa 'Serenata das Seis'.",
        "O rádio da cozinha era um Philco."))
    assert answered_by(index, "Quanto tempo durou o programa?") == "m0"


def test_portuguese_word_forms_a_stemmer_misses_meet_their_kin() -> None:
    from chalicelib.persona.text import credited_terms, terms, with_phrases, words
    # a noun in -ação meets its verb ("internação": "ficou internado"), never a short stem
    assert "s:intern" in {t for t, _ in terms("internacao")}
    assert "s:est" not in {t for t, _ in terms("estacao")}
    # a little dog is a dog, whose kinds a pinscher is
    assert any(t == "s:pinscher" for t, _, _ in credited_terms("cachorrinha"))
    # "veio ao mundo", "came into the world": born
    assert "nasceu" in with_phrases(words("em que lugar o senhor veio ao mundo?"))
    assert "born" in with_phrases(words("which village did you come into the world in?"))


def test_another_sport_or_instrument_does_not_answer() -> None:
    index = build_index({"id": "p", "name": "Cido", "relationship": "padrinho"}, memories(
        "Ele era doente pelo basquete do Franca e ia a todos os jogos no ginásio Pedrocão.",
        "Dad played the button accordion, badly, on a Hohner he bought in 1965."))
    basketball, accordion = index.memories[0], index.memories[1]
    assert index._other_kin("Padrinho, pra qual time de futebol o senhor torcia?", basketball)
    assert not index._other_kin("Padrinho, pra qual time de basquete o senhor torcia?",
                                basketball)
    assert index._other_kin("Grandpa, what did you play on the piano?", accordion)
    assert not index._other_kin("Grandpa, what did you play on the accordion?", accordion)
    assert answered_by(index, "Padrinho, pra qual time de futebol o senhor torcia?") is None
    # a table game is another kind too: the Tuesday chess does not say he liked football
    chess = build_index({"id": "p", "name": "Loc", "relationship": "avô"}, memories(
        "Every Tuesday night Grandpa played chess with Mr. Kiet and bet one dollar a game."))
    assert chess._other_kin("Vô, o senhor gostava de futebol?", chess.memories[0])
    assert not chess._other_kin("Vô, o senhor jogava xadrez?", chess.memories[0])
    # an instrument asked of a memory that plays none: the song he sang is no guitar; the
    # accordion a memory names in its own words ("the button box") is played
    music = build_index({"id": "p", "name": "Loc", "relationship": "avô"}, memories(
        "After a beer Grandpa would sing an old song about the boats of Nha Trang.",
        "Grandad played the button box at every family Hogmanay."))
    assert music._other_kin("Did you ever play the guitar?", music.memories[0])
    assert not music._other_kin("What did you play on the accordion?", music.memories[1])


@pytest.mark.parametrize("question", ["Quem comprou o barco do senhor?",
                                      "Grandpa, who bought your boat off you?"])
def test_who_bought_a_thing_of_the_persona_is_whom_the_persona_sold_it_to(question) -> None:
    index = build_index({"id": "p", "name": "Loc", "relationship": "avô"}, memories(
        "In 1986 Grandpa bought a wooden shrimp boat from Mr. Kiet and named it the Maria Hoa.",
        "Grandpa sold the boat in 2016 to a young shrimper named Sokha Chhim.",
        "Grandpa kept a rosary on the boat and never let anyone whistle on it."))
    assert top(index, question) == "m1"
    assert top(index, "Grandpa, who did you buy your boat from?") == "m0"


def test_a_mothers_word_in_a_nickname_does_not_make_every_mother_the_persona() -> None:
    """Called "Mãe das Baianas" at the samba school, the persona is not "a mãe do Vô Tião":
    asked his mother's name, the wedding party "no quintal da mãe dela" names no one."""
    persona = {"id": "p", "name": "Josefa Conceição", "relationship": "avó", "aliases": [
        {"name": "Josefa Conceição", "also_called": ["Zezé", "Mãe das Baianas"]},
        {"name": "Sebastião dos Santos", "also_called": ["Vô Tião", "Tião"]}]}
    index = build_index(persona, memories(
        "A Vó e o Vô Tião casaram em 1962 na Paróquia do Amparo, em Cascadura. A festa foi no "
        "quintal da mãe dela, com angu à baiana e roda de samba até o dia clarear."))
    assert "mae" not in index.names.own and "zeze" in index.names.own
    assert answered_by(index, "Vó, como se chamava a mãe do Vô Tião?") is None
    assert answered_by(index, "Vó, onde a senhora e o Vô Tião casaram?") == "m0"


@pytest.mark.parametrize(("question", "says", "cannot"), [
    ("vo qtos netos vc teve?", "A vó teve doze netos e três bisnetos.",
     "A vó morreu com 87 anos, sabendo de cor o aniversário de todos os netos."),
    ("Grandad, how many pigeons did you keep in the loft?",
     "Grandad kept pigeons in the loft, forty of them at the most.",
     "Grandad kept pigeons in the loft, and his best one flew home in nine hours."),
    ("Dad, how many wooden cases could you nail in a day?",
     "Dad nailed the wooden cases himself, up to 400 a day at the peak.",
     "Dad nailed the wooden cases himself for twenty years.")])
def test_how_many_asks_a_number_of_what_it_counts_not_of_years_or_hours(
        question: str, says: str, cannot: str) -> None:
    assert_only_the_first_can_say({"id": "p", "name": "Nora", "relationship": "avó"}, says,
                                  cannot, question)


@pytest.mark.parametrize(("question", "says", "cannot"), [
    ("Nan, what did you grow on the block?",
     "Nan and Pop grew sultanas and a few rows of currants on the block.",
     "Nan and Pop married in the gardens of the Grand Hotel, and the block paid for it."),
    ("Vô, o que o senhor plantava no sítio?", "No sítio o vô plantava milho e feijão.",
     "No sítio o vô plantava de manhã cedo e descansava à tarde.")])
def test_what_was_grown_is_answered_by_a_plant_or_a_crop(question: str, says: str,
                                                         cannot: str) -> None:
    assert_only_the_first_can_say({"id": "p", "name": "Nora", "relationship": "avó"}, says,
                                  cannot, question)


def test_a_trade_is_said_by_its_name_or_as_a_post_taken() -> None:
    from chalicelib.persona.retrieval import says_a_job
    for said in ("worked forty-one years at Fieldhouse Mill as a tackler",
                 "he became the lollipop man outside St Edward's", "she was a costureira",
                 "His father, Paddy Hurley, was a coal miner", "was a trawlerman on the boats",
                 "served in the Navy as a hospital corpsman", "a enfermeira do posto",
                 "Grandpa's first job in America was shucking oysters"):
        assert says_a_job(said), said
    for said in ("Dad worked at the Westinghouse plant in East Pittsburgh",
                 "Beryl, our Aunty Bez, was her bridesmaid and her best friend",
                 "numa máquina Singer de pedal", "as a child he swam in the creek",
                 "Chapman and Freeman came to tea"):
        assert not says_a_job(said), said


@pytest.mark.parametrize(("question", "says", "cannot"), [
    ("Mum, what did Aunt Bernie do for work?",
     "Aunt Bernie was a telephonist at the exchange for thirty years.",
     "Aunt Bernie worked at the exchange on Main Street for thirty years."),
    ("E a Dona Lourdes, ela trabalhava de quê?",
     "A madrinha, Dona Lourdes, era costureira e tinha uma máquina Singer de pedal.",
     "A madrinha, Dona Lourdes, ensinou a vó numa máquina Singer de pedal."),
    ("Grandma, what was Grandpa Ed's job at Westinghouse?",
     "Grandpa Ed was a machinist at Westinghouse until the plant closed.",
     "Grandpa Ed worked at Westinghouse until the plant closed.")])
def test_what_one_did_for_a_living_is_answered_by_a_trade_not_a_workplace(
        question: str, says: str, cannot: str) -> None:
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind(question) == "job"
    persona = {"id": "p", "name": "Nora", "relationship": "avó", "aliases": [
        {"name": "Bernadette Gillis", "also_called": ["Aunt Bernie"]},
        {"name": "Lourdes Ribeiro", "also_called": ["Dona Lourdes"]},
        {"name": "Edward Novak", "also_called": ["Grandpa Ed"]}]}
    assert_only_the_first_can_say(persona, says, cannot, question)


def test_a_number_stays_a_number_where_it_counts() -> None:
    from chalicelib.persona.text import words
    assert "2" in words("i had 2 dogs") and "4" in words("i was 4 years old")
    assert "2" in words("vó, em 2 de maio")


def test_a_word_one_typing_slip_from_a_word_the_family_wrote_is_that_word() -> None:
    from chalicelib.persona.retrieval import _one_slip
    assert _one_slip("appendix", "apendix") and _one_slip("hospital", "hopsital")
    assert not _one_slip("hospital", "hostel") and not _one_slip("saudade", "saudade!!")
    index = build_index({"id": "p", "name": "Doreen", "relationship": "grandmother"}, memories(
        "Nan had her appendix out at St Vincent's in 1971 and was back at the shop in a week.",
        "Nan's sister worked at the Royal Hospital for thirty years."))
    assert answered_by(index, "nan which hospital did u get ur apendix out") == "m0"
    # a word the dictionaries know is never read as another one slip from it
    assert index._mistyped("appendixes") == () and index._mistyped("casamento") == ()
    # nor a short stem, one slip from many ("catecismo" is no "cabeça")
    assert build_index({"id": "p"}, memories("Doía a cabeça da vó.", "A vó rezava."))._mistyped(
        "catecismo") == ()


def test_a_nationality_or_faith_written_with_a_capital_is_no_name() -> None:
    from chalicelib.persona.retrieval import proper_names
    assert proper_names("Mom, what Portuguese word did you learn?") == frozenset()
    assert proper_names("Did you go to the Catholic school in Dunedin?") == {"dunedin"}
    index = build_index({"id": "p", "name": "Joan", "relationship": "mother"}, memories(
        "Mum wrote 'obrigada' on the back of every photo Lúcia sent her from Recife.",
        "Mum's brother Pat sold Irish linen in Boston."))
    assert answered_by(index, "Mom, what Portuguese word did you write on the photos?") == "m0"


def test_a_nickname_asked_about_is_what_is_asked_and_everyone_is_no_world() -> None:
    from chalicelib.persona.text import terms, with_phrases, words
    assert with_phrases(words("todo mundo")) == ["everyone"] and terms("everyone") == ()
    persona = {"id": "p", "name": "Valmor", "relationship": "avô",
               "aliases": [{"name": "Valmor", "also_called": ["Pavio"]}]}
    index = build_index(persona, memories(
        "Todo domingo o vô levava a família pra ver o mundo da janela do ônibus.",
        "O apelido Pavio veio do tempo da pedreira, porque ele se irritava à toa."))
    assert answered_by(index, "Vô, por que todo mundo chamava o senhor de Pavio?") == "m1"
    assert answered_by(index, "why did they call you Pavio, grandpa?") == "m1"


def test_a_kinship_word_beside_a_name_the_memory_holds_is_that_one() -> None:
    persona = {"id": "p", "name": "Valmor", "relationship": "tio",
               "aliases": [{"name": "Rosângela", "also_called": ["Tia Rô"]}]}
    index = build_index(persona, memories(
        "A Tia Rô, irmã do pai, mudou pra Lisboa em 1991 e o pai levou ela até a rodoviária."))
    memory = index.memories[0]
    assert not index._other_kin("Uncle, where did you take my mom, Tia Rô, when she left?",
                                memory)
    assert index._other_kin("Uncle, where did you take my mom when she left?", memory)


def test_a_spouse_s_or_sibling_s_endearment_calls_the_persona_even_as_a_family_name() -> None:
    from chalicelib.persona.text import with_phrases, words
    assert with_phrases(words("em que igreja a gente casou")) == ["em", "que", "igreja", "nos",
                                                                  "casou"]
    persona = {"id": "p", "name": "Marcos", "relationship": "pai",
               "aliases": [{"name": "Cristiane", "also_called": ["Mor", "Cris"]}]}
    index = build_index(persona, memories(
        "Em 2016 o Marcos passou mal no serviço e colocaram dois stents no Hospital Primavera.",
        "A Cris levava o Marcos pra dançar forró todo sábado."))
    assert without_vocative("Mor, em que hospital colocaram os seus stents?") == \
        "em que hospital colocaram os seus stents?"
    assert answered_by(index, "Mor, em que hospital colocaram os seus stents?") == "m0"
    assert answered_by(index, "mor em que hospital colocaram os stents") == "m0"
    # inside a message "love" is loving, not someone called
    assert without_vocative("I love, more than anything, the hospital story") == \
        "I love, more than anything, the hospital story"


def test_a_memory_titled_by_the_name_its_text_opens_with_names_that_one() -> None:
    persona = {"id": "p", "name": "Marcos", "relationship": "father"}
    index = build_index(persona, [
        {"id": "pet", "title": "A Farofa", "created_at": "t0", "text":
            "A Farofa apareceu no portão em 2010, toda suja. O pai jurou que não queria "
            "cachorro, e naquela noite ela já dormia no pé da cama dele."},
        {"id": "shop", "title": "A Faísca", "created_at": "t1", "text":
            "O pai chamava a kombi branca da oficina de Faísca. Nos sábados ele lavava a "
            "kombi no quintal, e o cachorro da vizinha latia pra mangueira."},
        *memories("O pai consertava geladeira de toda a rua, de graça, nos sábados.",
                  "No Natal a ceia era na casa do pai, com pernil e farofa de banana.")])
    question = "Pai, qual era o nome do seu cachorro?"
    plan = index._plan(question)
    assert index._holds(plan, index.positions["pet"])
    # a title named by a text that opens elsewhere names what the text says it is
    assert not index._titled_by_name(index.memories[index.positions["shop"]], plan)
    assert not index._holds(plan, index.positions["shop"])


def test_the_persona_s_spouse_is_who_each_generation_calls_by_its_own_word() -> None:
    grandma = {"id": "p", "name": "Carol", "relationship": "grandmother"}
    index = build_index(grandma, memories(
        "Mom met Dad at Kennywood in the summer of 1969, when he knocked her cotton candy "
        "into the lagoon.",
        "Grandma's sister Irene met her at the bus every Tuesday for bingo."))
    # the grandchildren's "grandpa" is the children's "Dad"
    assert answered_by(index, "Nana, how did you meet grandpa?") == "m0"
    grandpa = build_index({"id": "p", "name": "Val", "relationship": "avô"}, memories(
        "A mãe e o pai brigavam pelo controle da televisão, e em 1996 ele comprou uma "
        "segunda televisão, uma Philco, pra ver o jornal na cozinha.",
        "A vó Lurdes, mãe do pai, fazia pão caseiro todo sábado."))
    assert answered_by(grandpa, "Vô, que televisão o senhor comprou pra não brigar com a vó?") \
        == "m0"
    # a great-grandparent, or a persona of no such relationship, has no spouse here
    from chalicelib.persona.retrieval import _spouse_terms
    assert _spouse_terms("bisavô", grandpa.names.ideas) == ()
    aunt = build_index({"id": "p", "name": "Dita", "relationship": "tia"}, memories("x y"))
    assert _spouse_terms("marido", aunt.names.ideas) == ()


def test_why_is_no_which_and_a_pronoun_or_outside_a_country_is_read_as_said() -> None:
    from chalicelib.persona.retrieval import asked_thing
    from chalicelib.persona.text import terms, with_phrases, words
    assert asked_thing("por que chamavam o senhor de Faísca?") is None
    assert asked_thing("pra que time o senhor torcia?") == "time"
    assert all(terms(w) == () for w in ("anything", "something", "algo", "tudo", "nobody"))
    assert "exterior" in with_phrases(words("his only trip outside Brazil"))
    assert "exterior" in with_phrases(words("she never went outside the country"))


def test_his_father_is_the_persona_s_father_and_a_day_s_name_is_no_mother_s() -> None:
    """"His father, Paddy Hurley, was a coal miner" answers "what did your father do?" asked of
    a grandfather ("his" had been read as a name "Hi" and an "s"); "His mum always said he
    arrived on Bonfire Night" names no mother ("on Bonfire Night" is a day)."""
    persona = {"id": "p", "name": "Des", "language": "en", "relationship": "grandpa"}
    born = {"id": "born", "title": "Born in Corrimal",
            "text": "Dad was born in 1948 in Corrimal. His father, Paddy Hurley, was a coal "
                    "miner at the Corrimal colliery."}
    night = {"id": "night", "title": "Bonfire Night",
             "text": "His mum always said he arrived on Bonfire Night and had been making a "
                     "racket ever since."}
    other = {"id": "shed", "title": "The shed", "text": "Dad built the shed in 1975."}
    index = build_index(persona, [born, night, other])
    assert index.parents_in(born) == {"p:father"} and index.parents_in(night) == {"p:mother"}
    assert index.parents_in({"text": "Grandmas mom was called Rose"}) == set()
    assert index.search("Grandpa, what did your father do?", 1)[0][0]["id"] == "born"
    best = index.best_figures("Grandpa, what was your mum's name?")
    assert best is not None and best[1][3] >= 0.6  # no name of hers is said: unanswered


def test_the_one_whose_name_is_asked_is_past_the_words_that_say_which_one() -> None:
    """"o nome da melhor amiga", "the name of your best friend": the friend's name is asked,
    not the best one's."""
    from chalicelib.persona.retrieval import answer_kind, named_whom
    assert named_whom("qual era o nome da melhor amiga da senhora?") == "amiga"
    assert named_whom("what was the name of your best friend?") == "friend"
    # whose, in a name of more than one word, then who; a first name is a name too
    assert named_whom("what was the first name of Dona Amélia's husband?") == "husband"
    assert answer_kind("Vó, what was the first name of Dona Amélia's husband?") == "name"
    assert named_whom("qual o nome do seu primeiro cachorro?") == "cachorro"
    assert named_whom("what was the name of your old dog?") == "dog"


def _unanswered(index, question: str) -> float:
    """The weightiest unanswered share of the best memory (0.6 and over: it cannot say)."""
    best = index.best_figures(question)
    assert best is not None
    return best[1][3]


def assert_only_the_first_can_say(persona: dict, says: str, cannot: str, question: str) -> None:
    """Asked of a legacy of one memory, `says` can answer the question and `cannot` cannot."""
    assert _unanswered(build_index(persona, memories(says)), question) < 0.6 <= _unanswered(
        build_index(persona, memories(cannot)), question)


def test_a_number_asked_is_answered_by_a_number_not_by_the_word() -> None:
    """"qual era o número da sua barraca?" asks a number: "a barraca 47" says it, a memory
    of the stall with no number cannot."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Batchan, qual era o número da sua barraca na feira?") == "number"
    assert answer_kind("Grandpa, what was your number on the team?") == "number"
    assert_only_the_first_can_say(
        {"id": "p", "name": "Setsuko", "relationship": "avó"},
        "A barraca 47 da feira de domingo era famosa pelo tsukemono de nabo.",
        "A barraca da feira de domingo era famosa pelo tsukemono de nabo.",
        "Vó, qual era o número da sua barraca na feira de domingo?")
    # an age or a year in the sentence is no number of the flat ("com 14 anos", "em 1956")
    assert_only_the_first_can_say(
        {"id": "p", "name": "Zezé", "relationship": "avó"},
        "Em 1956, com 14 anos, ela trabalhou no apartamento 502 da Rua Barata Ribeiro.",
        "Em 1956, com 14 anos, ela trabalhou num apartamento da Rua Barata Ribeiro.",
        "Vó, qual era o número do apartamento da Rua Barata Ribeiro onde a senhora trabalhava?")


@pytest.mark.parametrize(("question", "says", "cannot"), [
    ("Vó, em que ano a senhora começou a frequentar o terreiro?",
     "A vó frequentava o terreiro da Mãe Celeste desde 1961.",
     "A vó frequentava o terreiro da Mãe Celeste toda segunda-feira, desde moça."),
    ("Vó, por quanto foi comprada a casa da Rua Carolina?",
     "A casa da Rua Carolina foi comprada por 90 mil cruzeiros em 1975.",
     "A casa da Rua Carolina foi comprada em 1975, em 120 prestações."),
    ("Dona Zezé, por quanto tempo a Pipoca ficou com a gente?",
     "A gente ficou com ela em 1991. A Pipoca dormia nos retalhos e viveu dezesseis anos.",
     "A gente ficou com ela em 1991. A Pipoca dormia nos retalhos e latia pro carteiro.")])
def test_a_year_a_price_and_a_span_are_what_their_words_ask(question: str, says: str,
                                                             cannot: str) -> None:
    """"em que ano" wants a year (a weekday is no answer), "por quanto foi comprada" a price,
    and "quanto tempo a Pipoca ficou" a span said of the Pipoca (not only of staying)."""
    assert_only_the_first_can_say({"id": "p", "name": "Zezé", "relationship": "avó"}, says,
                                  cannot, question)


@pytest.mark.parametrize(("question", "says", "cannot"), [
    ("Vó, do que o vô Paddy morreu?", "O vô Paddy morreu em 2004, de um derrame.",
     "O vô Paddy morreu em 2004, duas semanas antes das bodas."),
    ("E o Imperador, morreu de quê?", "O galo Imperador morreu velho, picado de cobra.",
     "O galo Imperador cantava às quatro da manhã e morreu em 1990."),
    ("Nora, what did your dad Joaquim die of?", "Her dad Joaquim died of lung cancer in 1953.",
     "Her dad Joaquim died young, in 1953, and Nora left school."),
    ("Biji, what illness did your mother have at the end?",
     "Her mother had tuberculosis at the end, and Biji went back to the village.",
     "Biji went back to the village for her mother's last illness."),
    # the end of a life is when it is asked of, not an "end" the memory must say
    ("Nora, what illness did you have at the end?",
     "Her last illness was a tumor in her lung, found in 2019; she died at home.",
     "Her last illness kept her at home from 2019, and she died there.")])
def test_what_a_death_came_of_is_answered_by_a_cause_not_by_the_death(
        question: str, says: str, cannot: str) -> None:
    """"do que o vô morreu?" asks a cause: the memory that names the stroke says it, one that
    tells only of the death (or of "her last illness") cannot; asking when still asks when."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind(question) == "cause"
    assert answer_kind("Vó, quando o vô Paddy morreu?") == "when"
    assert answer_kind("Grandpa, what took you to Biloxi?") is None
    assert_only_the_first_can_say({"id": "p", "name": "Nora", "relationship": "avó"}, says,
                                  cannot, question)


def test_english_says_the_kind_asked_for_after_its_adjective() -> None:
    from chalicelib.persona.retrieval import asked_thing
    assert asked_thing("Grandma, in which Japanese city did Uncle Paulo work?") == "city"
    assert asked_thing("Which old school did you go to?") == "school"
    assert asked_thing("Which dog did you love most?") == "dog"


@pytest.mark.parametrize(("question", "dish", "beach"), [
    ("Vó, qual era a sua comida favorita?", "O prato preferido da vó era o sobá da Feira.",
     "A praia preferida da vó era a de Camburi."),
    ("Grandma, what food did you like best?", "Her favourite dish was the lamb bhuna at the "
     "Anand Mahal.", "Her favourite beach was Camburi.")])
def test_a_dish_answers_which_food_and_a_meal_which_dish(question: str, dish: str,
                                                         beach: str) -> None:
    assert_only_the_first_can_say({"id": "p", "name": "Neusa", "relationship": "avó"}, dish,
                                  beach, question)


def test_what_was_cooked_or_eaten_names_the_food_asked_for() -> None:
    assert_only_the_first_can_say(
        {"id": "p", "name": "Setsuko", "relationship": "avó"},
        "No Ano Novo a batchan fazia nishime com broto de bambu e shiitake.",
        "No Ano Novo a batchan ia ao templo com a família.",
        "Batchan, qual comida a senhora fazia no Ano Novo?")


def test_a_board_or_card_game_answers_which_game() -> None:
    from chalicelib.persona import lexicon
    assert {"checkers", "chess", "canasta", "dominoes"} & set(lexicon.kinds("game")) >= {
        "checkers", "chess", "canasta"}
    assert not {"bolivia", "parliament", "hearts"} & set(lexicon.kinds("game"))
    assert_only_the_first_can_say(
        {"id": "p", "name": "Clarence", "relationship": "grandfather", "language": "en"},
        "He and Mr. Gene played checkers on the porch every evening.",
        "He and Mr. Gene sat on the porch every evening.",
        "Granddaddy, what game did you and Mr. Gene play on the porch?")


def test_a_kind_of_thing_asked_is_the_thing_not_the_word_kind() -> None:
    """"what kind of car did he drive?" asks for a car: a memory of his flat and his job in
    Detroit, with no car in it, cannot say."""
    from chalicelib.persona.retrieval import asked_thing
    assert asked_thing("Pop, what kind of car did Uncle Roosevelt drive?") == "car"
    assert asked_thing("Vó, que tipo de música a senhora ouvia?") == "musica"
    assert asked_thing("What sort of dog did you have?") == "dog"
    assert asked_thing("Qual era o tipo de bolo que a senhora fazia?") == "bolo"
    assert_only_the_first_can_say(
        {"id": "p", "name": "Clarence", "relationship": "grandfather", "language": "en",
         "aliases": [{"name": "Roosevelt", "also_called": ["Uncle Roosevelt"]}]},
        "Uncle Roosevelt drove a green Buick all over Detroit.",
        "His uncle Roosevelt had promised him a cot in his flat on Hastings Street in Detroit.",
        "Pop, what kind of car did Uncle Roosevelt drive in Detroit?")


def test_a_verb_form_the_vocabulary_does_not_list_has_its_infinitive_s_idea() -> None:
    """"se mudaram" is a move, as "mudou" and "mudança" are: the vocabulary lists a few forms
    of each verb; the others reach its idea through the infinitive."""
    from chalicelib.persona.text import terms
    ideas = {w: {t for t, _ in terms(w) if t.startswith("c:")} for w in
             ("mudaram", "mudança", "rezava", "rezar", "viajaram", "viagem")}
    assert ideas["mudaram"] and ideas["mudaram"] == ideas["mudança"]
    assert ideas["rezava"] and ideas["rezava"] == ideas["rezar"]
    assert ideas["viajaram"] & ideas["viagem"]
    persona = {"id": "p", "name": "Setsuko", "relationship": "avó"}
    index = build_index(persona, [
        {"id": "wedding", "title": "Omiai", "text": "Casaram em maio de 1962 no kaikan de "
         "Registro, com sekihan pra trezentos convidados.", "tags": [], "created_at": "t0"},
        {"id": "move", "title": "Mudança para Mogi", "text": "Depois do casamento foram morar "
         "em Cocuera, no sítio do pai do ditchan.", "tags": [], "created_at": "t1"}])
    assert top(index, "Vó, pra onde vocês se mudaram depois de casar?") == "move"


def test_a_question_that_names_its_topic_first_asks_what_its_end_asks() -> None:
    """"e o apelido que o senhor deu pro Tiago quando ele era pequeno, vô, qual era?" asks the
    nickname: its "quando" opens a clause, and a memory with no date can answer."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("E o presente que a senhora ganhou quando se aposentou, vó, qual foi?") \
        is None
    assert answer_kind("And the song you sang when we were small, Grandma, what was it?") is None
    assert answer_kind("Vó, quando a senhora se aposentou?") == "when"
    assert answer_kind("When did you retire, Grandma, and where?") == "when"
    index = build_index({"id": "p", "name": "Jorge", "relationship": "avô"}, memories(
        "O apelido do Tiago era 'Foguete', porque ele corria pela casa toda."))
    assert _unanswered(
        index, "E o apelido que o senhor deu pro Tiago quando ele era pequeno, vô, qual era?") < 0.6


def test_in_what_place_asks_where_as_onde_does() -> None:
    """A place's name answers "em que lugar" though the memory never says "lugar"."""
    from chalicelib.persona.retrieval import asked_thing
    assert asked_thing("Vô, em que lugar vocês jogavam dominó?") is None
    assert asked_thing("Grandma, what place did you two meet at?") is None
    assert asked_thing("Vô, em que cidade vocês jogavam dominó?") == "cidade"
    index = build_index({"id": "p", "name": "Jorge", "relationship": "avô"}, memories(
        "Todo sábado o vô jogava dominó com o irmão nos fundos da Padaria Estrela."))
    assert _unanswered(index, "Vô, em que lugar vocês jogavam dominó no sábado?") < 0.6


def test_a_name_said_after_another_kind_of_thing_is_that_thing_s_name() -> None:
    """"no rio Berdawni" names a river, "na rua Joaquim Távora" a street: neither is the name
    of the restaurant or the shop asked."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Jorge", "relationship": "avô"},
        "Na viagem de 1998 o vô tomou arak no restaurante Tannoury, na beira do rio.",
        "Na viagem de 1998 o vô tomou arak num restaurante na beira do rio Berdawni.",
        "Vô, como se chamava o restaurante na beira do rio onde o senhor tomou arak?")
    assert_only_the_first_can_say(
        {"id": "p", "name": "Jorge", "relationship": "avô"},
        "A loja Tecidos Zahlé ficava perto da estação.",
        "A loja ficava na rua Joaquim Távora, perto da estação.",
        "Vô, qual era o nome da loja perto da estação?")


def test_a_sentence_with_a_subject_of_its_own_says_its_colour_of_its_own_thing() -> None:
    """The grey coat of the sentence after the trunk's is not the trunk's colour; a sentence
    that goes on without a subject ("Era verde") says it of the trunk."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Gurdev", "relationship": "avó"},
        "A vó trouxe um baú de lata quando chegou a Heathrow em 1963. Era verde, com cantos de "
        "latão.",
        "A vó trouxe um baú de lata quando chegou a Heathrow em 1963. O vô a esperava com um "
        "casaco cinza emprestado.",
        "Vó, de que cor era o baú de lata que a senhora trouxe pra Heathrow?")


def test_lilac_and_burgundy_are_colours() -> None:
    from chalicelib.persona.retrieval import holds_answer
    assert holds_answer({"text": "Pintou o quarto da menina de lilás."}, "colour")
    assert holds_answer({"text": "She wore a burgundy coat to church."}, "colour")
    assert not holds_answer({"text": "Pintou o quarto da menina num sábado."}, "colour")


def test_an_event_said_as_a_kinsman_s_is_theirs_whoever_else_is_there() -> None:
    """"o vestido de noiva da irmã dela" is the sister's wedding, though the grandmother who
    bought its organdi is in the clause; "my sister's wedding" is the sister's."""
    persona = {"id": "p", "name": "Jorge", "relationship": "avô",
               "aliases": [{"name": "Maria Aparecida", "also_called": ["vó Cida"]}]}
    index = build_index(persona, memories(
        "A vó Cida entrou na loja para comprar organdi para o vestido de noiva da irmã dela.",
        "O vô e a vó Cida se casaram em 1964 na Catedral Ortodoxa."))
    assert index.others_events("Onde vocês casaram?", ["m0", "m1"]) == {"m0"}
    english = build_index({"id": "p", "name": "Gurdev", "relationship": "grandmother"}, memories(
        "Grandma sewed her dress for my sister's wedding in 1990.",
        "Grandma married Grandad in 1958 at the village gurdwara."))
    assert english.others_events("Grandma, where did you get married?", ["m0", "m1"]) == {"m0"}


def test_an_event_said_right_after_a_name_is_that_one_s() -> None:
    """"Jasbir, born in the village in 1961" is Jasbir's birth; "Biji, born in 1940 in Chak
    Sahibpur" is the persona's own."""
    persona = {"id": "p", "name": "Gurdev Kaur", "relationship": "grandmother",
               "aliases": [{"name": "Gurdev Kaur", "also_called": ["Biji"]}]}
    index = build_index(persona, memories(
        "Biji had three children: Jasbir, born in the village in 1961, then Manjit in 1965.",
        "Biji, born in 1940 in Chak Sahibpur, was the fourth of seven children."))
    assert index.others_events("Biji, where were you born?", ["m0", "m1"]) == {"m0"}
    assert top(index, "Biji, where were you born?") == "m1"


@pytest.mark.parametrize(("question", "says", "cannot"), [
    # so many times counts what was done or gone to, not so many times a year, nor people
    ("Vô, quantas excursões a Aparecida o senhor fez?",
     "O vô foi de excursão a Aparecida todo outubro. Foram dezessete vezes, sempre de ônibus.",
     "O vô ia de excursão a Aparecida duas vezes por ano, sempre de ônibus."),
    # a number of something else says no number of what is counted
    ("Grandpa, how many lobsters did your father land in a season?",
     "His father landed about 900 lobsters a season off Yarmouth.",
     "His father landed lobsters each season until 1951, when Grandpa, at twelve, left "
     "school to crew for him.")])
def test_how_many_is_answered_by_a_number_of_what_is_counted(question: str, says: str,
                                                              cannot: str) -> None:
    """"Foram dezessete vezes" answers how many trips, "duas vezes por ano" is a rate; "at
    twelve, left school" is no number of lobsters."""
    assert_only_the_first_can_say({"id": "p", "name": "Joe", "relationship": "avô"}, says,
                                  cannot, question)


def test_a_trade_the_dictionaries_do_not_list_is_known_said_bare() -> None:
    """"que era caminhoneiro", "dona Lurdes, quitandeira": a Portuguese trade of the -eiro,
    -eira ending said bare as what someone was, which no dictionary lists; a tree or a thing
    of that ending comes with an article ("debaixo do cajueiro")."""
    from chalicelib.persona.retrieval import says_a_job
    assert says_a_job("O pai dele, seu Dito, que era caminhoneiro, rodou o Brasil inteiro.")
    assert says_a_job("A mãe dele era dona Lurdes, quitandeira, do bairro do Bonfim.")
    assert not says_a_job("O pai dele, seu Dito, plantou um cajueiro no quintal em 1950.")
    assert not says_a_job("A mãe dele guardava as cartas na geladeira velha.")


def test_a_birth_told_with_whose_child_names_the_persona_s_parents() -> None:
    """"Meu pai nasceu em 1947, filho de seu Dito, que era caminhoneiro": the persona's father
    is told with the persona's birth; an uncle's birth tells of the uncle's parents."""
    persona = {"id": "p", "name": "Antônio", "relationship": "avô",
               "aliases": [{"name": "José", "also_called": ["Tio Zé"]}]}
    own = "Meu pai nasceu em 1947 em Pirapora, filho de seu Dito, que era caminhoneiro."
    uncle = "O Tio Zé nasceu em 1950 em Pirapora, filho de seu Dito, que era caminhoneiro."
    question = "Vô, o seu pai trabalhava com o quê lá em Pirapora?"
    assert_only_the_first_can_say(persona, own, uncle, question)


def test_great_grandpa_is_the_grandparent_s_father_and_his_name_is_his() -> None:
    """"Great-Grandpa Nikos" asked of a grandmother is her father, whom her memories call
    "her father"; "o seu bisavô" asked of a grandfather is his own, whom no memory holds."""
    persona = {"id": "p", "name": "Eleni", "relationship": "grandmother"}
    says = "Her father fished for octopus off Naxos every summer until 1960."
    cannot = "Her husband fished for octopus off Naxos every summer until 1960."
    assert_only_the_first_can_say(persona, says, cannot,
                                  "Nana, where did Great-Grandpa Nikos fish every summer?")
    index = build_index({"id": "p", "name": "Dito", "relationship": "avô"}, memories(
        "O pai do vô, seu Joaquim, falava italiano com os vizinhos."))
    parents = [t for question in ("Vô, o senhor falava italiano como o seu bisavô?",
                                  "Vô, o bisavô falava italiano?")
               for _, unit in index._plan(question).units for t, _ in unit if t.startswith("p:")]
    assert parents == ["p:father"]  # the second question's only


def test_the_name_a_long_subject_was_is_who_is_asked() -> None:
    """"O parceiro de truco dele por trinta anos foi seu Lauro": the name after "foi" is
    the partner's, however far from "parceiro"."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Dito", "relationship": "avô"},
        "O parceiro de truco dele durante mais de trinta anos seguidos foi seu Lauro, padeiro.",
        "O truco durou mais de trinta anos seguidos, e o vô nunca quis outro parceiro.",
        "Vô, quem era o seu parceiro de truco?")


def test_a_health_problem_that_took_someone_asks_a_cause() -> None:
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Vô, qual foi o problema de saúde que levou o senhor embora?") == "cause"
    assert answer_kind("Grandma, what health problem took you in the end?") == "cause"
    assert answer_kind("Vô, o que levou o senhor a mudar pra Bahia?") is None


def test_the_spouse_asked_with_the_persona_may_be_who_wrote_the_memory() -> None:
    """"where did you and Grandpa go on your honeymoon?" against "Our honeymoon was in
    Banff... Ruth and I": the husband wrote it, and is never named in it."""
    persona = {"id": "p", "name": "Ruth", "relationship": "grandmother"}
    index = build_index(persona, memories(
        "Our honeymoon was four days in Banff. It snowed, and Ruth and I never left the lodge."))
    assert _unanswered(index, "Grandma, where did you and Grandpa go on your honeymoon?") < 0.6


def test_words_written_with_or_without_a_hyphen_and_idioms_of_friends_and_neighbours() -> None:
    from chalicelib.persona.text import with_phrases
    assert with_phrases(["o", "parachoque"]) == with_phrases(["o", "para", "choque"])
    assert with_phrases(["amiga", "do", "peito"]) == ["amiga"]
    assert with_phrases(["the", "kellys", "next", "door"]) == ["the", "kellys", "neighbour"]


def test_a_price_paid_is_not_the_price_a_thing_was_sold_for() -> None:
    """"quanto o senhor pagou no Fusca?" is not answered by "vendeu o Fusca por oito mil";
    "por quanto o senhor vendeu o Fusca?" is."""
    persona = {"id": "p", "name": "Dito", "relationship": "avô"}
    sold = "Em 1990 o vô vendeu o Fusca pro vizinho por oito mil cruzeiros."
    bought = "Em 1975 o vô comprou o Fusca por três mil cruzeiros, em doze prestações."
    assert_only_the_first_can_say(persona, bought, sold, "Vô, quanto o senhor pagou no Fusca?")
    assert_only_the_first_can_say(persona, sold, bought, "Vô, por quanto o senhor vendeu o Fusca?")


def test_who_bought_a_thing_from_the_persona_is_not_answered_by_the_persona_s_purchase() -> None:
    """The buyer is whom it was sold to, however far from the sale ("sold the corner shop in
    1992, after thirty years behind its counter, to a family from Footscray, the Trans"); a
    memory of the persona buying it, or naming it with no sale, cannot say."""
    persona = {"id": "p", "name": "Eleni", "relationship": "grandmother"}
    assert_only_the_first_can_say(
        persona, "They sold the corner shop in 1992, after thirty years behind its counter, to "
        "a family from Footscray, the Trans.",
        "In 1962 Nana and Papou bought the corner shop from Mr Bellini for two thousand pounds.",
        "Nana, who bought the corner shop from you?")
    assert_only_the_first_can_say(
        {"id": "p", "name": "Dito", "relationship": "avô"},
        "Em 2001 ele vendeu o caminhão pra um caminhoneiro de Conquista chamado Valdemar.",
        "Em 1979 ele comprou o caminhão, usado. Deu a ele o nome de Morena.",
        "Vô, quem comprou o caminhão do senhor?")


def test_a_thing_is_whatever_a_memory_tells_of() -> None:
    """"what did you always say when things went wrong?" against "Whenever something went
    wrong... she'd say": "things" asks nothing a memory must say."""
    index = build_index({"id": "p", "name": "Eleni", "relationship": "grandmother"}, memories(
        "Whenever something went wrong at the shop, Nana would shrug and say, 'Tomorrow is "
        "another loaf.'"))
    assert _unanswered(index, "Nana, what did you always say when things went wrong?") < 0.6


def test_a_name_said_to_be_a_trade_and_the_children_of_a_father_tell_his_job() -> None:
    """"the second of five children of Michalis, a sponge diver": the persona's father, and
    his trade by its ending; "Eleni, a neighbour" is no trade."""
    from chalicelib.persona.retrieval import says_a_job
    assert says_a_job("She was the youngest of six children of Nikos Vlahos, a sponge diver.")
    assert not says_a_job("She met Eleni, a neighbour from the island, at the market.")
    persona = {"id": "p", "name": "Anna", "relationship": "grandmother"}
    assert_only_the_first_can_say(
        persona,
        "Nana was born in 1940 in Symi, the youngest of six children of Nikos Vlahos, a "
        "sponge diver, and his wife Irini.",
        "Nana was born in 1940 in Symi, the youngest of six children of Nikos Vlahos and "
        "his wife Irini.",
        "Nana, what did Great-Grandpa Nikos do for a living?")


def test_a_birth_said_after_a_kinswoman_s_apposition_is_hers() -> None:
    """"Minha filha Ana Clara, a primeira neta, nasceu em 1999" is the granddaughter's birth;
    "Meu pai nasceu em 1947... filho de seu Geraldo Guimarães" is the persona's (the
    family's surname is no name of the persona's)."""
    persona = {"id": "p", "name": "Antônio Carlos Guimarães", "relationship": "avô",
               "aliases": [{"name": "Antônio Carlos Guimarães", "also_called": ["Toninho"]}]}
    index = build_index(persona, memories(
        "Minha filha Ana Clara, a primeira neta, nasceu em 1999 tão gordinha que o Vô riu.",
        "Meu pai nasceu em 1947 em Montes Claros, filho de seu Geraldo Guimarães, carroceiro."))
    assert index.others_events("Vô, onde o senhor nasceu?", ["m0", "m1"]) == {"m0"}


def test_a_kin_title_before_a_name_no_alias_holds_says_no_one_else() -> None:
    """"a tia Marites" where the family wrote "Tita Marites": the title adds no person a
    memory must also name."""
    persona = {"id": "p", "name": "Benigno", "relationship": "grandfather",
               "aliases": [{"name": "Marites Santos", "also_called": ["Tita Marites"]}]}
    index = build_index(persona, memories(
        "Marites was born in 1968 at the naval hospital in Yokosuka, Japan."))
    assert _unanswered(index, "Lolo, em que cidade nasceu a tia Marites?") < 0.6


def test_an_age_said_alone_is_no_count_of_days() -> None:
    """"at fifty-eight" is an age and "vinte e dois" one number: neither counts the days a
    question asks about, while "ficou doze dias" does."""
    persona = {"id": "p", "name": "Morag", "relationship": "grandmother"}
    assert_only_the_first_can_say(
        persona,
        "When Ewan married in Porto, Gran stayed twelve days and flew home at fifty-eight.",
        "When Ewan married in Porto, Gran flew for the first time in her life, at fifty-eight.",
        "Gran, how many days did you stay in Porto for Ewan's wedding?")


def test_the_name_of_a_thing_is_said_of_what_the_question_tells_of_it() -> None:
    """"o nome do barco que o vô pilotava": a memory that never says "barco" answers with the
    name it says he piloted; one that names only the ports he sailed to does not."""
    from chalicelib.persona.retrieval import described_by, named_whom
    question = "Vó, qual era o nome do barco que o vô pilotava?"
    assert described_by(question, named_whom(question)) == "pilotava"
    assert described_by("Vó, qual era o nome do médico que operou a senhora?", "medico") is None
    persona = {"id": "p", "name": "Zulmira", "relationship": "avó"}
    says = build_index(persona, memories(
        "Meu pai pilotou por trinta anos o Rainha do Tapajós, levando gente pra Alter do Chão."))
    assert answered_by(says, question) == "m0"
    cannot = build_index(persona, memories(
        "Meu pai levava gente de Santarém pra Alter do Chão todo domingo."))
    assert answered_by(cannot, question) is None


def test_the_older_one_asked_is_not_the_younger_one_told() -> None:
    """"o seu irmão mais velho" is not answered by "o irmão mais novo dela, o tio Dito"."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Zulmira", "relationship": "avó"},
        "O irmão mais velho dela, o tio Dito, foi quem ensinou a vó a remar.",
        "O irmão mais novo dela, o tio Dito, foi quem ensinou a vó a remar.",
        "Vó, como se chamava o seu irmão mais velho?")


def test_a_family_name_asked_is_a_name_said_after_the_given_one() -> None:
    """"what's Isko's last name?" is not answered by a memory that calls him Isko alone (only
    a name said after his could), nor "o sobrenome da moça do caixa" by "Dona Rosario"."""
    from chalicelib.persona.retrieval import answer_kind
    persona = {"id": "p", "name": "Ben", "relationship": "grandfather"}
    for question, cannot in (
            ("lolo whats isko's last name?",
             "Every Christmas Lolo drove to Stockton to see Isko, his cousin."),
            ("Lolo, qual era o sobrenome da moça que ficava no caixa?",
             "At the till sat Dona Rosario, from Cebu, for thirty years.")):
        assert answer_kind(question) == "name"
        assert answered_by(build_index(persona, memories(cannot)), question) is None


def test_a_price_in_the_money_of_another_country_is_a_price() -> None:
    """"for forty pesos", "trezentos escudos", "fifty drachmas" say what was paid."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Ben", "relationship": "grandfather"},
        "Lolo bought his guitar in Laoag in 1971, home on leave, for forty pesos.",
        "Lolo bought his guitar in Laoag in 1971, home on leave.",
        "Lolo, how much did you pay for your guitar?")


def test_porta_avioes_is_an_aircraft_carrier() -> None:
    """A word a hyphen joins, in either language: "porta-aviões" is "aircraft carrier"."""
    index = build_index({"id": "p", "name": "Ben", "relationship": "grandfather"}, memories(
        "The ship he talked about most was the aircraft carrier USS Midway.",
        "He carried the mail from the port to the airfield every Friday."))
    assert top(index, "Lolo, em qual porta-aviões o senhor serviu?") == "m0"


def test_a_colour_next_to_another_thing_is_not_the_colour_asked() -> None:
    """"de saia vermelha e chapéu cheio de fitas" says no colour of the hat; "o chapéu era
    vermelho" and "uma Brasília amarela" (a name beside it) do."""
    persona = {"id": "p", "name": "Zulmira", "relationship": "avó"}
    assert_only_the_first_can_say(
        persona,
        "Na festa de 1956 ela saiu de marujinha, e o chapéu de fitas era vermelho.",
        "Na festa de 1956 ela saiu de marujinha, de saia vermelha e chapéu de fitas.",
        "Vó, de que cor era o seu chapéu de fitas na festa?")
    assert_only_the_first_can_say(
        persona,
        "O carro do vô era uma Brasília amarela que só saía da garagem em dia de festa.",
        "O carro do vô era uma Brasília que só saía em dia de festa, com bancos vermelhos.",
        "Vó, de que cor era o carro do vô?")


def test_a_memory_titled_by_the_thing_names_it_however_far() -> None:
    """"O barco do papai" over "pilotou por vinte anos o Rainha do Tapajós" names the boat;
    the same title over a text that names only ports (after "de", "para") does not."""
    persona = {"id": "p", "name": "Zulmira", "relationship": "avó"}
    question = "Vó, qual era o nome do barco do vô?"

    def titled(text: str) -> list[dict]:
        return [{"id": "m0", "title": "O barco do papai", "text": text, "tags": [],
                 "created_at": "t0"}]
    says = build_index(persona, titled(
        "Meu pai era prático e pilotou por vinte anos o Rainha do Tapajós, levando gente "
        "de Santarém para Alter do Chão."))
    cannot = build_index(persona, titled(
        "Meu pai era prático e pilotou por vinte anos, levando gente de Santarém para Óbidos."))
    assert answered_by(says, question) == "m0"
    assert answered_by(cannot, question) is None


def test_who_is_not_answered_by_the_name_of_a_thing_said_after_it() -> None:
    """"a barraca Tacacá da Teca", "na calçada da Avenida Portugal" name a stall and a
    street, not who kept the stall; "foi a Rosi, a filha mais velha" does."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Terezinha", "relationship": "avó",
         "aliases": [{"name": "Terezinha", "also_called": ["Teca"]}]},
        "Quando a vó parou em 2011, quem ficou com a barraca foi a Rosi, a filha mais velha.",
        "Em 1971 a vó abriu a barraca Tacacá da Teca e ficou ali quarenta anos, na calçada "
        "da Avenida Portugal.",
        "Vó, quem ficou com a barraca?")


def test_a_day_of_the_week_asked_is_a_weekday_not_a_date() -> None:
    """"que dia da semana a senhora ia na feira?" is answered by "aos sábados", not by the
    year the memory is dated."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Vó, que dia da semana a senhora ia na feira?") == "weekday"
    assert answer_kind("Nne, on which day of the week was choir practice?") == "weekday"
    assert answer_kind("Vó, que dia vocês casaram?") == "when"
    persona = {"id": "p", "name": "Zulmira", "relationship": "avó"}
    says, cannot = memories(
        "A vó ia na feira do Ver-o-Peso aos sábados, de madrugada, comprar camarão.",
        "A vó ia na feira do Ver-o-Peso de madrugada, comprar camarão.", date="1980")
    assert _unanswered(build_index(persona, [says]), "Vó, que dia da semana a senhora ia na "
                       "feira?") < 0.6 <= _unanswered(build_index(persona, [cannot]),
                                                      "Vó, que dia da semana a senhora ia na feira?")


def test_passing_a_test_is_no_death_and_passed_away_is() -> None:
    """"passing on her third try in 1986" is a driving test; "Grandpa passed away in 1990"
    and "o vô passou desta pra melhor em 1990" tell a death."""
    persona = {"id": "p", "name": "Ada", "relationship": "grandmother"}
    assert_only_the_first_can_say(
        persona, "Grandpa Emeka passed away in 1990, in the spring.",
        "Grandma learned to drive, passing on her third try in 1986, and drove Grandpa Emeka.",
        "Nne, what year did Grandpa Emeka die?")
    assert_only_the_first_can_say(
        {"id": "p", "name": "Zulmira", "relationship": "avó"},
        "O vô Quincas passou desta pra melhor em 1990.",
        "O vô Quincas passou no exame de prático em 1990.",
        "Vó, em que ano o vô Quincas morreu?")


def test_people_are_counted_by_whoever_they_were() -> None:
    """"how many people" is answered by "twenty-two members of the family", not by "twenty-two
    metres of cloth"."""
    from chalicelib.persona.retrieval import _counted, _counts_of
    counted = _counted("grandma how many ppl did u sew matching outfits for at the wedding")
    assert counted is not None
    assert _counts_of("Grandma sewed outfits for twenty-two members of the family.", counted)
    assert _counts_of("Vó costurou roupa pra doze netos.", counted)
    assert not _counts_of("Grandma sewed outfits from twenty-two metres of cloth.", counted)


def test_a_coal_mine_is_a_colliery() -> None:
    """"em que mina de carvão" and "coal mine" are the colliery a memory names."""
    index = build_index({"id": "p", "name": "Ada", "relationship": "grandmother"}, memories(
        "Her father, Cyril, was a clerk at the Iva Valley colliery and came home grey.",
        "Her father, Cyril, sold fountain pens at the market on Saturdays."))
    assert top(index, "Vó Ada, em que mina de carvão o seu pai trabalhava?") == "m0"


def test_a_name_said_after_a_naming_word_or_a_verb_is_still_someone() -> None:
    """"a torch held by a porter called Dennis" names who held it (a name after "called", or
    after a verb, is no thing's name)."""
    index = build_index({"id": "p", "name": "Ada", "relationship": "grandmother"}, memories(
        "During a power cut Grandma delivered twins by the light of a torch held by a porter "
        "called Dennis."))
    assert answered_by(index, "Grandma, who was the porter holding the torch?") == "m0"


def test_words_of_one_idea_left_unanswered_weigh_together() -> None:
    """"the first movie you saw at the cinema": "movie" and "cinema" both say film, so a
    memory of a first piranha, which answers only "first", leaves the idea unanswered with
    the weight of both words."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Nair", "relationship": "great-grandmother"},
        "The first film Vó Nair ever saw at the cinema was Tarzan, at the Cine Excelsior.",
        "The only time I met Vó Nair in person was July 2014, when I was fourteen. She moved "
        "that year's boat trip up to July so I could go, and I caught my first piranha.",
        "Vó, what was the first movie you ever saw at the cinema?")


def test_a_kind_of_named_thing_asked_is_not_named_by_the_family() -> None:
    """"which hospital was Mum in": "Middlemore Hospital" says it; "Aji sat by her bed" names
    only one of the family, and a memory titled by an illness, which the vocabulary ties to
    hospitals, names no hospital by naming a town."""
    persona = {"id": "p", "name": "Ravi Naidu", "relationship": "grandfather",
               "aliases": [{"name": "Ravi Naidu", "also_called": ["Aja"]},
                           {"name": "Kamla Naidu", "also_called": ["Aji"]}]}
    question = "Grandpa, which hospital was Mum in when she had meningitis?"
    assert_only_the_first_can_say(
        persona, "When Mum had meningitis in 1979 she was nine nights in Middlemore Hospital.",
        "When Mum had meningitis in 1979, Aji sat by her bed for nine nights.", question)
    titled = [{"id": "m0", "title": "O diabetes", "tags": [], "created_at": "t0",
               "text": "A vó descobriu o diabetes em 2016 e brigou com o médico. Ela morreu "
                       "em agosto de 2023, em Belém, com a Nazaré segurando a mão dela."}]
    assert _unanswered(build_index({"id": "p", "name": "Teca", "relationship": "avó"}, titled),
                       "Vó, what hospital were you in at the end, in August 2023?") >= 0.6


def test_whose_is_a_question_word_not_a_word_to_answer() -> None:
    """"whose boat" asks of a boat: a memory of the boat and its owner answers it, though no
    memory says "whose"."""
    index = build_index({"id": "p", "name": "Nair", "relationship": "grandmother"}, memories(
        "Every September she went up the river in the boat of her friend Bené Coutinho."))
    assert _unanswered(index, "Vó, whose boat did you go up the river in?") < 0.6


@pytest.mark.parametrize(("said", "decade"), [
    ("Nos anos 60 ele tocava", "d:196"), ("nos anos sessenta", "d:196"),
    ("na década de 1970", "d:197"), ("na decada de 80", "d:198"), ("in the 1950s", "d:195"),
    ("back in the 60's", "d:196"), ("IN THE FORTIES", "d:194"), ("nos Anos Noventa", "d:199")])
def test_a_memory_s_decade_is_read_however_it_is_written(said: str, decade: str) -> None:
    """A build reads decades past a cheap hint ("anos" before a number, "década", "0s",
    "ties"); "tinha 10 anos" and "cada ano" hold none."""
    from chalicelib.persona.text import decades
    assert decades(said) == [decade]
    assert decades(said.casefold(), folded=True) == [decade]
    assert decades("Ela tinha 10 anos e cada ano ia à festa.") == []


def test_which_of_a_kind_is_answered_by_a_kind_of_it() -> None:
    """"que flores" is answered by "margaridas", a kind of flower, though the memory never says
    "flores"; a memory of the same day with no flower in it cannot say which."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Iolanda", "relationship": "tia"},
        "Quando o Tio Lando voltou na escola no dia seguinte, trouxe um maço de margaridas.",
        "Quando o Tio Lando voltou na escola no dia seguinte, trouxe um balde novo.",
        "Tia, que flores o Tio Lando trouxe quando voltou na escola?")


def test_a_nickname_that_is_a_word_written_small_is_the_word() -> None:
    """A granddaughter called "Chilli": "the chilli seeds", written in lower case by someone
    who writes "Grandpa Ravi" with capitals, are seeds, not her; "Chilli's wedding" is hers."""
    persona = {"id": "p", "name": "Ravi Naidu", "relationship": "grandfather",
               "aliases": [{"name": "Anjali Naidu", "also_called": ["Anjali", "Chilli"]}]}
    index = build_index(persona, memories(
        "Aja called Anjali 'Chilli' from the day she bit a bongo chilli at three and did not "
        "cry. He told that story at her wedding in 2016.",
        "Aja grew bongo chillies from seeds he smuggled in a Milo tin in 1988."))
    assert top(index, "Grandpa Ravi, what did you smuggle the chilli seeds in?") == "m1"
    assert top(index, "Grandpa Ravi, when was Chilli's wedding?") == "m0"


def test_coming_to_a_place_is_arriving_there() -> None:
    """"When did you come to Auckland?" asks when the family arrived ("we came to Auckland in
    March 1988"), not when a job in Auckland began."""
    index = build_index({"id": "p", "name": "Ravi", "relationship": "grandfather"}, memories(
        "After the coups Aja sold the farm, and we came to Auckland in March 1988 with four "
        "suitcases and a tin trunk.",
        "In 1989 Dad started driving city buses for the Auckland Regional Authority."))
    assert top(index, "When did you come to Auckland?") == "m0"
    assert top(index, "Vô, quando o senhor chegou em Auckland?") == "m0"


def test_the_name_of_a_boarding_house_is_no_child_s_name() -> None:
    """"como era o nome da pensão?": "a Pensão Estrela do Porto" says it; "três filhos: a
    Marlene..." and "a Celina nasceu dentro da pensão" name children, not the house; "Dad's
    Vauxhall" is still a car's name."""
    persona = {"id": "p", "name": "Nair", "relationship": "avó"}
    assert_only_the_first_can_say(
        persona, "Em 1968 a mãe abriu a Pensão Estrela do Porto, a duas quadras do cais.",
        "A vó teve três filhos: a Marlene em 1964 e a caçula Celina em 1971. A Celina nasceu "
        "dentro da pensão, porque a chuva não deixou chegar ao hospital.",
        "Vó, como era o nome da pensão?")
    from chalicelib.persona.retrieval import _people_in
    said = "nearly born in the back of dad s vauxhall astra".split()
    assert _people_in(said, {"vauxhall", "astra"}) == set()


def test_a_title_s_abbreviation_ends_no_sentence() -> None:
    """"O Dr. Ivaldo brigava" is one sentence: the name stands next to the doctor asked of."""
    from chalicelib.persona.retrieval import _SENTENCE
    assert _SENTENCE.split("O Dr. Ivaldo brigava. Ela ria.") == ["O Dr. Ivaldo brigava.",
                                                                 "Ela ria."]
    assert_only_the_first_can_say(
        {"id": "p", "name": "Lindalva", "relationship": "avó"},
        "A vó escondia doce de leite no armário. O Dr. Ivaldo brigava e ela respondia que doce "
        "pouco não mata ninguém.",
        "A vó escondia doce de leite no armário. O médico brigava e ela respondia que doce "
        "pouco não mata ninguém.",
        "Grandma, what was your doctor's name?")


def test_a_ferry_has_a_name_said_with_the_verb_asked() -> None:
    """"the name of the ferry you skippered" is answered by "he skippered the Wattle Bay",
    though the memory never says "ferry" there; a ferry is a thing with a name."""
    assert_only_the_first_can_say(
        {"id": "p", "name": "Desmond", "relationship": "uncle"},
        "Des started as a deckhand on the ferries in 1961. For eighteen years he skippered the "
        "Wattle Bay.",
        "Des started as a deckhand on the ferries in 1961 and skippered for eighteen years.",
        "Uncle Des, what was the name of the ferry you skippered?")


def test_an_english_place_named_before_its_kind_is_no_one_asked() -> None:
    """"who was the other umpire at Kohuora Park?": "Kohuora Park" and "the Puhinui Cricket
    Club" name a park and a club, not an umpire; a memory that names him does."""
    persona = {"id": "p", "name": "Ravi", "relationship": "grandfather"}
    assert_only_the_first_can_say(
        persona, "Every Saturday Aja umpired at Kohuora Park, and the other umpire was always "
        "Hamid Khan.",
        "Every Saturday from October to March Aja umpired for the Puhinui Cricket Club at "
        "Kohuora Park.",
        "Aja, who was the other umpire standing with you at Kohuora Park?")


def _holds_alone(persona: dict, text: str, question: str) -> bool:
    """Whether a legacy's one memory holds the kind of thing the question asks for."""
    index = build_index(persona, memories(text))
    return index._holds(index._plan(question), 0)


def test_a_name_after_a_title_s_abbreviation_is_a_name() -> None:
    """"Dr. Kuzyk set it": the capital after "Dr." is inside the sentence, so "Kuzyk" is the
    name of the doctor asked for, and a memory that names no doctor cannot say who."""
    from chalicelib.persona.retrieval import proper_names
    assert {"kuzyk", "canora"} <= proper_names("In 1988 she broke her wrist. Dr. Kuzyk set "
                                               "it at the Canora hospital.")
    persona = {"id": "p", "name": "Anne", "relationship": "grandmother"}
    question = "Grandma, who was the doctor that set your broken wrist?"
    assert _holds_alone(persona, "In January 1988 she slipped on the ice and broke her wrist. "
                        "Dr. Kuzyk set it at the hospital.", question)
    assert not _holds_alone(persona, "In January 1988 she slipped on the ice and broke her "
                            "wrist. They set it at the hospital.", question)


def test_an_english_name_after_the_is_no_one_asked() -> None:
    """English names no person with "the": "the Holden" is a car, so a memory of diabetes and
    jalebi hidden in its glovebox names no doctor ("the Nguyens", in the plural, are people)."""
    from chalicelib.persona.retrieval import _names_of_things
    said = "he hid jalebi in the glovebox of the holden".split()
    assert _names_of_things(said, {"holden"}) == {"holden"}
    assert _names_of_things("sold it to the nguyens".split(), {"nguyens"}) == set()
    persona = {"id": "p", "name": "Ravi", "relationship": "grandfather"}
    assert _holds_alone(persona, "Aja had diabetes from 2003, and his doctor, Meena Lal, made "
                        "him give up sweets.", "Aja, who was your doctor?")
    assert not _holds_alone(persona, "Aja had diabetes from 2003 and was meant to stay off "
                            "sweets, but he hid jalebi in the glovebox of the Holden.",
                            "Aja, who was your doctor?")


def test_a_name_after_a_colon_that_ends_the_sentence_is_a_name() -> None:
    """"A Rural tinha nome: Cigana." names the car; a colon's capital that opens a sentence
    ("He had one rule: Never lend tools") names nothing."""
    from chalicelib.persona.retrieval import proper_names
    assert "cigana" in proper_names("A Rural tinha nome: Cigana.")
    assert {"marlene", "osvaldo", "celina"} <= proper_names(
        "Tiveram três filhos: Marlene, Osvaldo e Celina.")
    assert not proper_names("He had one rule: Never lend tools.")
    persona = {"id": "p", "name": "Severino", "relationship": "avô"}
    assert _holds_alone(persona, "A Rural tinha nome: Cigana. Em 1978 o vô levou a família "
                        "inteira nela até Juazeiro.", "Vô, qual era o nome da Rural?")


def test_the_one_a_thing_was_made_by_answers_who_made_it() -> None:
    """"A zabumba foi feita em 1963 por Mestre Durval": said in the passive, far from the
    thing, the one it was made by is who made it."""
    persona = {"id": "p", "name": "Severino", "relationship": "avô"}
    question = "E a sua zabumba, Vô, quem foi que fez ela?"
    assert _holds_alone(persona, "A zabumba que o vô tocou a vida toda foi feita em 1963 por "
                        "Mestre Durval, um artesão de Caruaru.", question)
    assert not _holds_alone(persona, "A zabumba que o vô tocou a vida toda foi feita em 1963 "
                            "numa oficina de Caruaru, com pele de bode.", question)


def test_a_number_with_a_letter_is_a_number() -> None:
    """"plot 14B" answers "what number was your plot?"."""
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    question = "Nana, what number was your plot at the allotments?"
    assert _holds_alone(persona, "Nana's allotment was plot 14B at the Ravensbourne "
                        "allotments in Catford.", question)
    assert not _holds_alone(persona, "Nana's allotment was the plot by the gate at the "
                            "Ravensbourne allotments in Catford.", question)


def test_the_try_it_was_done_on_says_how_many_tries() -> None:
    """"how many tries did it take you to pass your driving test?" is answered by "on the
    fourth try", "quantas tentativas" by "na terceira tentativa"."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Nana, how many tries did it take you to pass your driving test?") == \
        "count"
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    question = "Nana, how many tries did it take you to pass your driving test?"
    assert _holds_alone(persona, "Mum passed her driving test on the fourth try, in 1971.",
                        question)
    assert not _holds_alone(persona, "Mum passed her driving test in Catford, in 1971.",
                            question)
    assert _holds_alone({"id": "p", "name": "Nair", "relationship": "avó"},
                        "A vó passou no exame de motorista na terceira tentativa.",
                        "Vó, em quantas tentativas a senhora passou no exame de motorista?")


def test_what_was_paid_asks_a_price() -> None:
    """"what did you pay for your Morris Minor?" asks what it cost, as "how much" does; "pay
    attention" asks none."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Nana Grace, what did you pay for your Morris Minor?") == "price"
    assert answer_kind("what did the house cost?") == "price"
    assert answer_kind("what did you pay attention to in church?") != "price"
    # an amount of money named, asked how much, first or last
    assert answer_kind("Vó, quanto era o aluguel da casa?") == "price"
    assert answer_kind("Grandma, how much was the rent on Swan Street?") == "price"
    assert answer_kind("E o primeiro salário do senhor na oficina da Rede, Vô, quanto era?") == \
        "price"
    assert answer_kind("Vó, quanto era a idade dele?") == "count"
    persona = {"id": "p", "name": "Severino", "relationship": "avô"}
    assert not _holds_alone(persona, "Em 1955, com dezoito anos, o vô entrou como aprendiz na "
                            "oficina da Rede, e limpava as bielas da locomotiva número 417.",
                            "E o primeiro salário do senhor na oficina da Rede, Vô, quanto era?")


def test_a_street_or_a_town_is_not_the_name_of_what_was_on_it() -> None:
    """"the name of the greengrocer" is not "Catford Broadway", the street it was on; a
    memory that names the shop says it."""
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    question = "Nana, what was the name of the Jamaican greengrocer you got your peppers from?"
    assert not _holds_alone(persona, "Her secret was peppers from the Jamaican greengrocer on "
                            "Catford Broadway.", question)
    assert _holds_alone(persona, "Her secret was peppers from the Jamaican greengrocer, "
                        "Levy's, by the station.", question)


def test_a_registration_number_asks_a_number_and_money_is_none() -> None:
    """"what was the registration number of your Morris Minor?" asks a number; "for £320" is
    what it cost, not its number."""
    from chalicelib.persona.retrieval import answer_kind
    question = "Nana, what was the registration number of your green Morris Minor?"
    assert answer_kind(question) == "number"
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    assert not _holds_alone(persona, "Nana drove a green Morris Minor that she bought for "
                            "£320 from a vicar.", question)
    assert _holds_alone(persona, "Nana drove a green Morris Minor, registration number 4417 "
                        "KX, that she bought from a vicar.", question)


def test_another_name_of_someone_asked_is_one_of_the_names_the_family_lists() -> None:
    """"qual é o nome vietnamita do tio David?" is answered by "his Vietnamese name, Duc",
    though the family lists Duc among David's names (the name of a boyfriend asked "before
    grandpa" is still never one of grandpa's: `named_whom` names the boyfriend)."""
    persona = {"id": "p", "name": "Loc", "relationship": "avô",
               "aliases": [{"name": "David Tran", "also_called": ["Duc", "tio David"]}]}
    index = build_index(persona, memories(
        "Uncle David was born in the camp clinic in 1980, and his Vietnamese name, Duc, "
        "was chosen by Grandpa because it means virtue."))
    assert index._holds(index._plan("Ong, qual é o nome vietnamita do tio David?"), 0)


def test_which_one_asks_which_of_the_thing_named_before() -> None:
    """"And the kente you wore to weddings, which one was it?" asks which kente; "Grandad
    Sam's bus garage, which one did he work out of?" which garage, so a memory of his bus
    route that names no garage cannot say."""
    from chalicelib.persona.retrieval import asked_thing
    assert asked_thing("And the kente you wore to weddings, Nana, which one was it?") == "kente"
    assert asked_thing("And Grandad Sam's bus garage, Nana, which one did he work out of?") == \
        "garage"
    assert asked_thing("Mam, did the cows on the farm have names? Which one was your "
                       "favourite?") == "cows"
    assert asked_thing("which one was it?") is None
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    says = build_index(persona, memories(
        "Nana wore her gold and green Sika Futuro kente to every wedding she was invited to."))
    cannot = build_index(persona, memories(
        "Grandad Sam drove the number 36 bus for London Transport for twenty-eight years."))
    assert _unanswered(says, "And the kente you wore to weddings, Nana, which one was it?") < 0.6
    assert not cannot._tells_asked(cannot._plan(
        "And Grandad Sam's bus garage, Nana, which one did he work out of?"), 0)


def test_a_route_or_a_room_is_told_by_its_number() -> None:
    """"which route was Grandad Sam's bus?" is answered by "he drove the number 36 bus";
    "em que cômodo da pensão?" by "no quarto número 3"."""
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    question = "Nana Grace, which route was Grandad Sam's bus?"
    says = build_index(persona, memories(
        "Grandad Sam married Nana in 1968. He drove the number 36 bus for London Transport."))
    cannot = build_index(persona, memories(
        "Grandad Sam married Nana in 1968. He drove a bus for London Transport."))
    assert says._tells_asked(says._plan(question), 0)
    assert not cannot._tells_asked(cannot._plan(question), 0)
    nair = {"id": "p", "name": "Nair", "relationship": "avó"}
    index = build_index(nair, memories(
        "A Celina nasceu dentro da pensão, no quarto número 3, porque a chuva não deixou."))
    assert index._tells_asked(index._plan("Vó, a tia Celina nasceu em que cômodo da pensão?"),
                              0)


def test_a_place_asked_if_you_went_there_is_said_as_a_place() -> None:
    """"o senhor já foi a Dublin?" is not answered by "the rhythm of a Dublin bus", where
    Dublin only describes a bus; "we went to Dublin in 2012" says it."""
    persona = {"id": "p", "name": "Severino", "relationship": "avô"}
    question = "Vô, o senhor já foi a Dublin?"
    assert _unanswered(build_index(persona, memories(
        "Vô Biu went to Dublin in 2012 for our wedding party and hated the cold.")),
        question) < 0.6
    assert _unanswered(build_index(persona, memories(
        "That night he made me play his zabumba and said I had the rhythm of a Dublin bus.")),
        question) >= 0.6


def test_an_english_noun_in_ing_meets_its_plural() -> None:
    """"What did you wear to weddings?" meets "she wore her kente to every wedding": the
    plural's English stem ("wed") is too short to count, so the plural is read as the noun."""
    from chalicelib.persona.text import terms
    wedding = {t for t, _ in terms("wedding")}
    assert wedding <= {t for t, _ in terms("weddings")}
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    assert _unanswered(build_index(persona, memories(
        "Nana wore her gold and green kente to every wedding she was invited to.")),
        "What did you wear to weddings, Nana?") < 0.6


def test_a_title_s_capitals_name_no_one() -> None:
    """"Her favourite hymn was And Can It Be" names no choir director: words that are never
    a name ("and", "it", "be") are a title's, and a memory that names the director says who."""
    persona = {"id": "p", "name": "Grace", "relationship": "grandmother"}
    question = "Nana, who was the choir director at Bethel when you sang there?"
    assert not _holds_alone(persona, "Nana sang alto in the choir at Bethel for forty years. "
                            "Her favourite hymn was And Can It Be, and she sang it loud.",
                            question)
    assert _holds_alone(persona, "Nana sang alto in the choir at Bethel for forty years, "
                        "under a director called Mr Owusu.", question)


def test_a_driver_s_licence_is_learning_to_drive_and_a_derby_is_a_fan_s() -> None:
    """"com que idade a senhora aprendeu a dirigir?" is answered by "tirou carteira de
    motorista com 45 anos"; "o senhor torcia pra qual time?" finds the memory of the fan who
    never missed a clássico, among others."""
    setsuko = {"id": "p", "name": "Setsuko", "relationship": "avó"}
    assert _holds_alone(setsuko, "A batchan tirou carteira de motorista com 45 anos, em 1986, "
                        "pra levar as verduras pra feira.",
                        "Batchan, com que idade a senhora aprendeu a dirigir?")
    biu = {"id": "p", "name": "Severino", "relationship": "avô"}
    index = build_index(biu, [
        {"id": "fan", "title": "Doente", "created_at": "t0", "text":
            "Vô Biu era Treze doente. Não perdia um clássico contra o Campinense e levava um "
            "radinho de pilha pra arquibancada."},
        *memories("O vô abriu a barbearia em 1982, perto da feira.",
                  "O vô tocava zabumba no trio todo São João.")])
    assert answered_by(index, "Vô, o senhor torcia pra qual time?") == "fan"


def test_which_town_is_answered_by_a_place_named_where_a_town_is() -> None:
    """"de que cidade da Grécia o Papou era?" is answered by "a tram conductor from Florina",
    "which town did you take your canoe to?" by "foi até Tubarão"; a memory that names no
    place cannot say which town."""
    persona = {"id": "p", "name": "Galdino", "relationship": "avô"}
    question = "Vovô, which town did you take your canoe to during the big flood of 1974?"
    says = build_index(persona, memories(
        "Na enchente de março de 1974, o vô botou a canoa em cima de um caminhão e foi até "
        "Tubarão, onde passou quatro dias tirando gente de cima dos telhados."))
    cannot = build_index(persona, memories(
        "Na enchente de março de 1974, o vô botou a canoa em cima de um caminhão e passou "
        "quatro dias tirando gente de cima dos telhados."))
    assert says._tells_asked(says._plan(question), 0)
    assert not cannot._tells_asked(cannot._plan(question), 0)


def test_a_how_much_after_the_topic_asks_there() -> None:
    """"E o trem das seis pra Curitiba, Vó, quanto custava a passagem?" asks a price where
    its "quanto" stands, past the topic it opens with; "what was the rent" asks one too,
    while "qual era a passagem mais bonita" asks for a book's passage."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("E o trem das seis pra Curitiba, Vó, quanto custava a passagem?") == \
        "price"
    assert answer_kind("E os pisanki, Vó, quantas crianças tinha na escola dominical?") == \
        "count"
    assert answer_kind("Grandad, what was the rent on the Jade Garden?") == "price"
    assert answer_kind("Vô, qual era o salário do senhor na Rede?") == "price"
    assert answer_kind("Vó, qual era a passagem mais bonita do livro?") != "price"
    persona = {"id": "p", "name": "Hilda", "relationship": "avó"}
    assert not _holds_alone(persona, "Uma vez por mês a Vó pegava o trem das seis da manhã "
                            "em Mafra para Curitiba.", "E o trem das seis pra Curitiba, Vó, "
                            "quanto custava a passagem?")
    assert _holds_alone(persona, "A passagem do trem das seis para Curitiba custava doze "
                        "cruzeiros.", "E o trem das seis pra Curitiba, Vó, quanto custava a "
                        "passagem?")


def test_a_question_put_after_a_comma_asks_there() -> None:
    """"And the regulars who couldn't say your name, Yeh Yeh, what did they call you?" asks
    a name: its "who" opened a clause about the regulars; "what did you do when it broke?"
    still asks no date."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("And the regulars at the takeaway who couldn't say your name, Yeh Yeh, "
                       "what did they call you instead?") == "name"
    assert answer_kind("And the Kombi, Vô, what did you do when it broke?") is None
    assert answer_kind("Vó, quem era o homem que consertava o carro, qual era o nome "
                       "dele?") == "name"


def test_children_are_counted_of_the_one_the_question_names() -> None:
    """"E a dona Kimie, quantos filhos ela tinha?" is not answered by the persona's own three
    children; a memory that speaks of Kimie's says."""
    persona = {"id": "p", "name": "Setsuko", "relationship": "avó",
               "aliases": [{"name": "Kimie Sato", "also_called": ["Dona Kimie"]}]}
    question = "E a dona Kimie, batchan, quantos filhos ela tinha?"
    assert not _holds_alone(persona, "A batchan teve três filhos: o tio Jorge em 1963, a "
                            "minha mãe em 1965 e o tio Paulo em 1968.", question)
    assert _holds_alone(persona, "A vizinha, dona Kimie, teve cinco filhos, todos nascidos "
                        "em casa.", question)


def test_a_relative_named_first_is_the_topic_not_the_one_called() -> None:
    """"And Uncle Fong, Grandad, what year did he pass away?" asks of Uncle Fong: a name of
    someone else in the family opening a question is its topic, not the persona called."""
    persona = {"id": "p", "name": "Wong Kwok-Leung", "relationship": "grandfather",
               "aliases": [{"name": "Wong Kwok-Leung", "also_called": ["Grandad", "Leung"]},
                           {"name": "Wong Sai-Fong", "also_called": ["Uncle Fong", "Fong"]}]}
    index = build_index(persona, memories("Grandad died in 2022 in Stockport."))
    assert index._plan("And Uncle Fong, Grandad, what year did he pass away?").people
    assert without_vocative("Uncle Fong, what year?", frozenset({"leung"}),
                            frozenset({"fong"})) == "Uncle Fong, what year?"
    assert without_vocative("Grandad Leung, what year?", frozenset({"leung"}),
                            frozenset({"fong"})) == "what year?"


def test_a_month_meets_only_its_own_name() -> None:
    """"março" is March, and "marca", "marcou" (a brand, a goal) share only its stem, as
    "quarto" (a bedroom) shares "quarta"'s and "Agostinho" "agosto"'s: neither is a month, and
    "qual era o signo?" (a sign, a "marca") is not answered by "morreu em 14 de março"."""
    from chalicelib.persona.text import terms, words
    calendar = {t for w in words("março terças agosto domingos") for t, _ in terms(w)
                if t.startswith("c:")}
    assert len(calendar) == 4
    for word in words("marca marcou quarto Agostinho segundo"):
        assert calendar.isdisjoint(t for t, _ in terms(word)), word
    assert {t for t, _ in terms("marca")}.isdisjoint(t for t, _ in terms(words("março")[0]))


def test_a_health_problem_is_an_illness() -> None:
    """"que problema de saúde a senhora teve?", "any health problems?": an illness, which a
    memory names ("teve diabetes"), not a problem of any kind."""
    from chalicelib.persona.text import with_phrases, words
    assert "doenca" in with_phrases(words("que problema de saúde a senhora teve"))
    assert "illness" in with_phrases(words("did you have health problems"))


def test_your_own_father_is_the_persona_s_father() -> None:
    """"what was your own father's name?" asked of a grandfather his children call "Dad" is
    his father, as "your father" is ("o seu próprio pai" too)."""
    persona = {"id": "p", "name": "Wong Kwok-Leung", "relationship": "grandfather",
               "aliases": [{"name": "Wong Kwok-Leung", "also_called": ["Grandad", "Dad"]}]}
    index = build_index(persona, memories("His father, Wong Yat-Chuen, grew rice."))
    for question in ("Yeh Yeh, what was your own father's name?",
                     "Vô, qual era o nome do seu próprio pai?"):
        assert any(t == "p:father" for _, unit in index._plan(question).units
                   for t, _ in unit), question


def test_the_role_asked_who_is_said_by_its_word() -> None:
    """"quem foi o padrinho do seu casamento?": "O padrinho foi o companheiro de barco Nonato
    Peixe-Boi" names him (after "companheiro de barco", a man, not a boat); a memory of the
    wedding that names no godfather cannot say."""
    from chalicelib.persona.retrieval import _names_of_other_kinds
    from chalicelib.persona.text import words
    assert not _names_of_other_kinds(words("o companheiro de barco Nonato"), {"nonato"}, ())
    assert _names_of_other_kinds(words("o barco Estrela"), {"estrela"}, ())
    persona = {"id": "p", "name": "Ubiratan", "relationship": "avô",
               "aliases": [{"name": "Josefa", "also_called": ["Vó Zezé"]}]}
    question = "Vô, quem foi o padrinho do seu casamento com a Vó Zezé?"
    assert _holds_alone(persona, "Casaram em 1960 na Capela de São Benedito, em Cachoeira. O "
                        "padrinho foi o companheiro de barco Nonato Peixe-Boi.", question)
    assert not _holds_alone(persona, "Casaram em 1960 na Capela de São Benedito, em Cachoeira. "
                            "A festa foi no quintal da tia Lurdinha.", question)


def test_what_time_asks_an_hour_a_clock_would_say() -> None:
    """"what time did the first ferry leave?" asks an hour ("às seis", "until six in the
    morning", "5.30 a.m."), which a memory of the ferry without one cannot say; "what time of
    year" asks none."""
    from chalicelib.persona.retrieval import ANSWER_SHAPES, answer_kind
    assert answer_kind("Vô, what time did the first ferry leave Salvador?") == "hour"
    assert answer_kind("Vó, a que horas era a reza do terço?") == "hour"
    assert answer_kind("what time of year did you go to Bergen?") != "hour"
    for said in ("acordava às cinco", "until six in the morning", "the 5.30 a.m. ferry",
                 "chegou às 4 da tarde", "à meia-noite"):
        assert ANSWER_SHAPES["hour"].search(said), said
    for said in ("nasceu em 1938", "aos seis anos", "at six she could read"):
        assert not ANSWER_SHAPES["hour"].search(said), said
    persona = {"id": "p", "name": "Ubiratan", "relationship": "avô"}
    question = "Vô, what time did the first ferry leave Salvador?"
    assert not _holds_alone(persona, "Vô trabalhou trinta anos no ferry entre Salvador e "
                            "Itaparica.", question)
    assert _holds_alone(persona, "O primeiro ferry saía de Salvador às cinco e meia da manhã.",
                        question)


def test_a_service_or_a_post_asks_a_trade() -> None:
    """"qual era o serviço da sua mãe na fábrica?", "qual era a função dele?": the work one
    did, as "profissão" asks."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Vô, qual era o serviço da sua mãe lá na fábrica de fumo?") == "job"
    assert answer_kind("Tio, qual era a sua função quando o senhor entrou na ferrovia?") == "job"


def test_a_place_said_before_a_kind_of_animal_is_no_one_who_gave_it() -> None:
    """"Her Shetland sheepdog, Tuva, slept under the counter": asked who gave Tuva, "Shetland"
    is where the breed is from, not a giver (and "Benedita Coelho" is a woman, though a
    "coelho" is a rabbit)."""
    from chalicelib.persona.retrieval import _names_before_kinds
    from chalicelib.persona.text import words
    said = words("Her Shetland sheepdog, Tuva, slept under the counter.")
    assert _names_before_kinds(said, {"shetland"}, frozenset({"shetland", "tuva"})) == \
        {"shetland"}
    said = words("A mãe dele, Benedita Coelho, trabalhou numa fábrica.")
    assert not _names_before_kinds(said, {"benedita"}, frozenset({"benedita", "coelho"}))
    persona = {"id": "p", "name": "Ingrid", "relationship": "grandmother"}
    assert not _holds_alone(persona, "Her Shetland sheepdog, Tuva, slept under the counter of "
                            "the shop for fourteen years.", "And Tuva, Granny, who gave her "
                            "to you?")


def test_the_name_of_one_the_question_speaks_of_answers_no_who() -> None:
    """Asked who owned the factory "onde sua mãe trabalhava", "A mãe dele, Benedita Coelho,
    trabalhou numa fábrica" names the mother, not the owner; a memory that names the owner
    says."""
    persona = {"id": "p", "name": "Ubiratan", "relationship": "avô"}
    question = "vô, qm era o dono da fábrica de charutos onde sua mãe trabalhava?"
    assert not _holds_alone(persona, "A mãe dele, Benedita Coelho, trabalhou vinte e dois anos "
                            "numa fábrica de charutos em São Félix.", question)
    assert _holds_alone(persona, "A mãe dele trabalhou vinte e dois anos na fábrica de charutos "
                        "do seu Dannemann, em São Félix.", question)


def test_a_doctor_or_a_dentist_is_named_by_the_title() -> None:
    """"which dentist put in your gold tooth?" is answered by "no consultório do Dr. Aurélio":
    the title names a doctor or a dentist; a memory that names none cannot say which."""
    persona = {"id": "p", "name": "Ubiratan", "relationship": "avô"}
    question = "Vô, which dentist put in your gold tooth?"
    says = build_index(persona, memories(
        "Vô tinha um dente de ouro do lado esquerdo, posto em 1967 com o primeiro salário de "
        "maquinista, no consultório do Dr. Aurélio, na Baixa dos Sapateiros."))
    cannot = build_index(persona, memories(
        "Vô tinha um dente de ouro, posto em 1967 com o primeiro salário de maquinista."))
    assert says._tells_asked(says._plan(question), 0)
    assert not cannot._tells_asked(cannot._plan(question), 0)


def test_a_name_said_by_the_place_the_question_names_is_the_one_asked() -> None:
    """"em que restaurante de Chinatown foi a festa?" is answered by "the upstairs room of the
    Royal Dragon in Chinatown", though the memory never says "restaurant"; a party told
    without a name by Chinatown cannot say."""
    persona = {"id": "p", "name": "Wong Kwok-Leung", "relationship": "grandfather"}
    question = "Yeh Yeh, em que restaurante de Chinatown foi a festa das bodas de ouro?"
    says = build_index(persona, memories(
        "At their golden wedding party in 2015, in the upstairs room of the Royal Dragon in "
        "Chinatown, Grandad sang to Grandma."))
    cannot = build_index(persona, memories(
        "At their golden wedding party in 2015, in Chinatown, Grandad sang to Grandma."))
    assert says._tells_asked(says._plan(question), 0)
    assert not cannot._tells_asked(cannot._plan(question), 0)


def test_a_household_s_birds_are_birds_and_one_named_after_them_answers() -> None:
    """"o senhor tinha passarinho? Como chamava?": "criava canários-da-terra... O preferido se
    chamava Maestro" (WordNet also knows "canary" as a colour, "duck" as a verb, so the kinds
    of bird name them on purpose); "the bossiest hen" is "the bossy one"."""
    from chalicelib.persona import lexicon
    from chalicelib.persona.text import terms
    assert {"canary", "chicken", "hen", "duck", "parrot"} <= set(lexicon.kinds("bird"))
    assert "s:bossy" in {t for t, _ in terms("bossiest")}
    assert "s:soldy" not in {t for t, _ in terms("soldier")}
    persona = {"id": "p", "name": "Ubiratan", "relationship": "avô"}
    assert _holds_alone(persona, "Ele criava canários-da-terra no alpendre. O preferido se "
                        "chamava Maestro e cantava com o rádio.",
                        "Vô, o senhor tinha passarinho? Como chamava?")
    persona = {"id": "p", "name": "Ingrid", "relationship": "grandmother"}
    assert _holds_alone(persona, "She always kept eight hens in a shed. The bossy one was Yell.",
                        "granny what did u call ur bossiest hen?")


def test_what_was_baked_is_told_by_what_was_made() -> None:
    """"What did you bake for us?" is answered by "Every Saturday she made Norwegian waffles",
    and "o que a senhora assava?" by the same: baking and what is baked are one idea."""
    persona = {"id": "p", "name": "Ingrid", "relationship": "grandmother"}
    index = build_index(persona, memories(
        "Every Saturday she made Norwegian waffles in a heart-shaped iron.",
        "She swam in the sea all year round at the Sands of Sound."))
    assert top(index, "What did you bake for us?") == "m0"
    assert _unanswered(index, "What did you bake for us?") < 0.6


def test_a_nickname_that_is_a_small_word_is_no_one_in_lower_case() -> None:
    """"Seu Stan, em qual padaria o senhor comprava os pączki?": a family with an Emily called
    "Em" is not asked of her by the preposition "em"."""
    persona = {"id": "p", "name": "Stanley", "relationship": "grandfather",
               "aliases": [{"name": "Emily", "also_called": ["Em"]}]}
    index = build_index(persona, memories("Grandpa stood in line at Canfora Bakery for pączki."))
    assert not index._plan("Seu Stan, em qual padaria o senhor comprava os pączki?").people
    assert index._plan("Seu Stan, what did Em bake?").people


def test_a_memory_s_title_does_not_run_into_its_text() -> None:
    """A memory titled "Grandpa Gus" whose text opens "Mom's father, Angus Gillis, worked at
    Number 11 Colliery" names the persona's father ("Mom" is hers): the title's last word is
    no "Gus Mom"."""
    persona = {"id": "p", "name": "Eileen", "relationship": "mother",
               "aliases": [{"name": "Eileen", "also_called": ["Mum", "Mom"]}]}
    index = build_index(persona, [{"id": "m0", "title": "Grandpa Gus", "text": "Mom's father, "
                                   "Angus Gillis, worked underground at Number 11 Colliery.",
                                   "tags": [], "created_at": "t0"}])
    assert index.parents_in(index.memories[0]) == {"p:father"}


def test_an_age_asked_is_said_as_an_age() -> None:
    """"vc tinha qtos anos qdo aprendeu a pescar?" asks an age: "pegava o ônibus das cinco"
    says a number, no age; "com 54 anos", "at fourteen", "nine years old" say one."""
    persona = {"id": "p", "name": "Cosme", "relationship": "avô"}
    question = "vô vc tinha qtos anos qdo aprendeu a pescar?"
    assert not _holds_alone(persona, "Nos fins de semana o vovô pegava o ônibus das cinco para "
                            "a Raposa e pescava com o compadre.", question)
    assert _holds_alone(persona, "O vovô aprendeu a pescar com o pai dele, com nove anos, na "
                        "Raposa.", question)
    english = {"id": "p", "name": "Ivy", "relationship": "grandmother"}
    assert _holds_alone(english, "Nan learned to swim in the sea at fourteen.",
                        "Nan, how old were you when you learned to swim?")
    assert not _holds_alone(english, "Nan learned to swim in the sea with her two sisters.",
                            "Nan, how old were you when you learned to swim?")


def test_what_was_received_for_work_asks_a_price() -> None:
    """"quanto o senhor recebia por mês?" asks a wage: "pesava quatrocentos quilos" is no
    sum of money."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Vô, quanto o senhor recebia por mês pra tocar o sino?") == "price"
    assert answer_kind("Dad, how much did you get paid at the mill?") == "price"
    persona = {"id": "p", "name": "Cosme", "relationship": "avô"}
    question = "Vô, quanto o senhor recebia por mês pra cuidar da igreja e tocar o sino?"
    assert not _holds_alone(persona, "O sino grande da igreja pesava quatrocentos quilos, e o "
                            "vovô tocava às seis da manhã.", question)
    assert _holds_alone(persona, "Pra cuidar da igreja e tocar o sino o vovô recebia dois "
                        "salários mínimos por mês.", question)


def test_a_place_s_whole_name_after_in_is_no_mother_s() -> None:
    """"at the school in Purcell's Harbour to help her mother": the place's name, both its
    words, is no mother's name; asked in which stadium, a name after "at" still answers."""
    persona = {"id": "p", "name": "Winifred", "relationship": "grandmother"}
    assert not _holds_alone(persona, "Nan left school after grade seven at the one-room school "
                            "in Purcell's Harbour to help her mother with the younger ones.",
                            "Nan, what was your mother's name?")
    assert _holds_alone(persona, "Nan left school after grade seven to help her mother, Ada "
                        "Pardy, with the younger ones.", "Nan, what was your mother's name?")
    welsh = {"id": "p", "name": "Eirlys", "relationship": "avó"}
    index = build_index(welsh, memories("Mam was in the crowd at Stradey Park the day "
                                        "Llanelli beat the All Blacks in 1972."))
    question = "Vó, em que estádio a senhora viu o Llanelli ganhar dos All Blacks?"
    assert index._tells_asked(index._plan(question), 0)


def test_the_one_after_the_one_is_a_person() -> None:
    """"the one Kyle bought him": "one" stands for the cap, so Kyle is who bought it."""
    persona = {"id": "p", "name": "Benigno", "relationship": "grandfather"}
    question = "grandpa who got u that gold warriors cap u never let anyone wash?"
    assert _holds_alone(persona, "He wore the same gold Warriors cap for every game, the one "
                        "Kyle bought him at the arena, and nobody was allowed to wash it.",
                        question)
    assert not _holds_alone(persona, "He wore the same gold Warriors cap for every game, the "
                            "one he bought at the arena, and nobody was allowed to wash it.",
                            question)


def test_what_took_someone_in_the_end_asks_what_of() -> None:
    """"what illness took you in the end?" asks the illness: "in the end" says when, and a
    memory need not say "end" ("Nan died... of pneumonia")."""
    persona = {"id": "p", "name": "Winifred", "relationship": "grandmother"}
    index = build_index(persona, memories("Nan died in February 2016, at 85, of pneumonia, in "
                                          "the hospital in Twillingate."))
    plan = index._plan("Nan, what illness took you in the end?")
    assert index._holds(plan, 0)
    assert index._coverage(plan, 0)[1] < 0.6


def test_what_a_long_named_thing_was_called_asks_a_name() -> None:
    """"what was the big bell in your church tower called?" asks a name, however many words
    say which bell."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Seu Cosme, what was the big bell in your church tower called?") == \
        "name"


def test_a_maker_s_name_before_a_thing_is_no_mother_s() -> None:
    """"a Philips transistor radio" names the radio's maker, not the mother said two words
    before it."""
    persona = {"id": "p", "name": "Rafiq", "relationship": "grandfather"}
    question = "Dada, what was your mum's name?"
    assert not _holds_alone(persona, "He took a sewing machine for his mother and a Philips "
                            "transistor radio for his father.", question)
    assert _holds_alone(persona, "He took a sewing machine for his mother, Hajra Bibi, and a "
                        "transistor radio for his father.", question)


def test_which_side_and_which_voice_are_told_by_their_members() -> None:
    """"which side did your hearing go on?" is told by "his left ear", "what voice did you
    sing in?" by "she sang contralto", in either language."""
    from chalicelib.persona import lexicon
    assert {"left", "right"} <= set(lexicon.kinds("side"))
    assert "contralto" in lexicon.kinds("voice")
    persona = {"id": "p", "name": "Rafiq", "relationship": "grandfather"}
    index = build_index(persona, memories("He said the noise of the mill was so loud that he "
                                          "lost some of the hearing in his left ear."))
    question = "Grandad, which side did your hearing go on because of the racket at the mill?"
    assert index._tells_asked(index._plan(question), 0)


def test_a_town_named_answers_which_town_of_the_country_asked() -> None:
    """"de que cidade da Grécia o Papou era?": the country says where the town is; a memory
    that names the town ("from Florina") answers it without saying Greece."""
    persona = {"id": "p", "name": "Anastasia", "relationship": "avó"}
    question = "Yiayia, de que cidade da Grécia o Papou Stavros era?"
    says = build_index(persona, memories("Papou Stavros was a tram conductor from Florina who "
                                         "came out on the ship in 1956."))
    cannot = build_index(persona, memories("Papou Stavros was a tram conductor who came out "
                                           "on the ship in 1956."))
    assert says._coverage(says._plan(question), 0)[1] < 0.6
    assert cannot._coverage(cannot._plan(question), 0)[1] >= 0.6


def test_the_boy_who_did_something_is_named_by_what_he_did() -> None:
    """"o menino que entregava os telegramas" is "young Johnny Hehir", sent out to deliver
    them; a memory that names no one near the deed cannot say."""
    persona = {"id": "p", "name": "Nora", "relationship": "avó"}
    question = "Vó, como se chamava o menino que entregava os telegramas de bicicleta?"
    assert _holds_alone(persona, "Part of the job was sending young Johnny Hehir out on the "
                        "post office bicycle to deliver the telegrams.", question)
    assert not _holds_alone(persona, "Part of the job was taking telegrams over the telephone "
                            "at the post office in Ennis.", question)


def test_who_taught_is_whom_one_learnt_from() -> None:
    """"quem ensinou o senhor a tocar acordeão?" is answered by "which he learnt from his
    uncle Angus"."""
    persona = {"id": "p", "name": "Colin", "relationship": "avô"}
    question = "Vô, quem ensinou o senhor a tocar acordeão?"
    assert _holds_alone(persona, "Col played the accordion at every dance, and 'The Bluebell "
                        "Polka' he learnt from his uncle Angus.", question)
    assert not _holds_alone(persona, "Col played the accordion at every dance, and 'The "
                            "Bluebell Polka' was his party piece.", question)


def test_a_when_clause_before_the_question_frames_it() -> None:
    """"quando o senhor largou a pesca, quem herdou o barco?" asks who, and "when you
    retired, who took over the shop?" too; "quando a senhora casou?" still asks when."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Vô, quando o senhor largou a pesca, quem herdou aquele barco?") == "who"
    assert answer_kind("When you retired, who took over the shop?") == "who"
    assert answer_kind("qdo vc casou, qtos anos vc tinha?") == "count"
    assert answer_kind("Vó, quando a senhora casou?") == "when"


def test_the_one_before_or_after_a_named_one_is_another_name() -> None:
    """"did you get another dog after Duke?" against Duke's memory, which names no other dog:
    it cannot say; a memory that names the next one ("after Duke came Lady") can."""
    persona = {"id": "p", "name": "Evelyn", "relationship": "grandmother"}
    question = "Baba, did you get another dog after Duke?"
    cannot = build_index(persona, memories("Duke was a big German shepherd who slept by the "
                                           "stove every winter and lived to fourteen."))
    says = build_index(persona, memories("Duke was a big German shepherd who slept by the "
                                         "stove, and after him came a beagle called Lady."))
    assert cannot._only_the_one_before(cannot._plan(question), 0)
    assert not says._only_the_one_before(says._plan(question), 0)


def test_a_request_about_today_is_no_memory_s() -> None:
    """"could you recommend a decent laptop for uni?", "sabe a senha do wifi?": today's
    world, which the memory of a laptop bought in 2009 does not answer."""
    persona = {"id": "p", "name": "Ingrid", "relationship": "grandmother"}
    index = build_index(persona, memories("In 2009 Mormor bought a laptop to talk to the "
                                          "family in Bergen on Skype every Sunday."))
    assert index._figures(index._plan("Granny, could you recommend a decent laptop for uni?"),
                          [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6
    assert index._figures(index._plan("Granny, when did you buy your laptop?"),
                          [(0, 1.0)], {0: 1.0}, {})[3] < 0.6
    for asked in ("Granny, could you help me set up a laptop for uni?",
                  "granny whats the best laptop rn", "Vó, me ajuda a escolher um notebook?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6, asked


def test_chat_s_fillers_say_nothing_a_memory_must_hold() -> None:
    """"which hospital were u in at the very end? idk which one": "idk", "lol", "kkkk" add no
    word a memory has to say."""
    from chalicelib.persona.text import terms
    assert all(terms(word) == () for word in ("idk", "lol", "kkkk", "haha", "tbh", "rs"))
    persona = {"id": "p", "name": "Rafiq", "relationship": "grandfather"}
    index = build_index(persona, memories("He died of heart failure at Bradford Royal "
                                          "Infirmary on 9 March 2019, aged eighty-two."))
    plan = index._plan("grandad which hospital were u in at the very end? idk which one")
    assert index._coverage(plan, 0)[1] < 0.6


def test_boiling_and_frying_are_cooking() -> None:
    """"what did you cook on Sundays?" is answered by "Sunday was Jiggs dinner... boiled in a
    cloth bag": boiling, frying, stewing and roasting are ways of cooking."""
    persona = {"id": "p", "name": "Winifred", "relationship": "grandmother"}
    index = build_index(persona, memories("Sunday was Jiggs dinner, no exceptions: salt beef, "
                                          "cabbage and pease pudding boiled in a cloth bag."))
    assert index._coverage(index._plan("Nan, what did you cook on Sundays?"), 0)[1] < 0.6


def test_an_age_s_years_are_left_to_its_number() -> None:
    """"onde a senhora trabalhou quando tinha catorze anos?" is answered by "At fourteen, in
    1944, Mom went to work on the splitting line": the age's "anos" is its number's."""
    persona = {"id": "p", "name": "Winifred", "relationship": "avó"}
    index = build_index(persona, memories("At fourteen, in 1944, Mom went to work on the "
                                          "splitting line at the fish plant in Durrell."))
    plan = index._plan("Vó, onde a senhora trabalhou quando tinha catorze anos?")
    assert index._coverage(plan, 0)[1] < 0.3


def test_a_day_of_the_year_is_no_count() -> None:
    """"quantos netos o senhor teve?" is not answered by "todo 13 de junho levava os netos à
    festa": a day of a month is no number of grandchildren; "teve sete netos" is."""
    persona = {"id": "p", "name": "Aristides", "relationship": "avô"}
    question = "Vô, quantos netinhos o senhor teve ao todo?"
    assert not _holds_alone(persona, "Todo 13 de junho o vô levava os netos à festa de Santo "
                            "Antônio na praça.", question)
    assert _holds_alone(persona, "O vô teve sete netos, e levava todos à festa de Santo Antônio.",
                        question)
    english = {"id": "p", "name": "Doris", "relationship": "grandmother"}
    assert not _holds_alone(english, "Every July 4 Gran took the grandchildren to the fair.",
                            "Gran, how many grandchildren did you have?")


def test_advice_on_the_asker_s_own_choices_is_no_memory_s() -> None:
    """"o senhor acha que eu devo largar o emprego pra abrir uma padaria?", "should I move to
    Lisbon?", "the fastest way for me to learn to drive": the asker's own life today, which
    the memory of the persona's bakery does not answer."""
    persona = {"id": "p", "name": "Aristides", "relationship": "avô"}
    index = build_index(persona, memories("Em 1961 o vô largou o emprego na fábrica e abriu "
                                          "uma padaria na Rua Direita."))
    for asked in ("Vô, o senhor acha que eu devo largar o emprego pra abrir uma padaria?",
                  "Grandpa, should I quit my job and open a bakery?",
                  "Grandpa, what's the fastest way for me to learn to bake bread?",
                  "Grandpa, do you think I should buy a bakery or rent one?",
                  "Vô, o senhor acha que vale a pena comprar uma padaria hoje?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6, asked
    assert index._figures(index._plan("Vô, quando o senhor abriu a padaria?"),
                          [(0, 1.0)], {0: 1.0}, {})[3] < 0.6


def test_a_person_s_name_asked_by_what_they_did_needs_a_name_of_theirs() -> None:
    """"E o nome do padre que casou vocês?", "the name of the man who married Aunt Flo",
    "and the doctor who set your arm, what was his name?" ask a person's name: the church's,
    the town's or the hospital's name does not say it, nor a daughter's who came to help."""
    from chalicelib.persona.retrieval import answer_kind, named_whom
    assert answer_kind("E o nome do padre que casou o senhor e a vó?") == "name"
    assert named_whom("and the doctor who set your arm, what was his name?") == "doctor"
    avo = {"id": "p", "name": "Aristides", "relationship": "avô"}
    assert not _holds_alone(avo, "O vô e a vó casaram em 1950 na Igreja de São Judas Tadeu, "
                            "em Ponta Grossa.", "E o nome do padre que casou o senhor e a vó?")
    assert _holds_alone(avo, "O vô e a vó casaram em 1950, e quem casou os dois foi o padre "
                        "Anselmo.", "E o nome do padre que casou o senhor e a vó?")
    nan = {"id": "p", "name": "Doris", "relationship": "grandmother"}
    assert not _holds_alone(nan, "Aunt Flo married a sheep farmer in Oamaru, North Otago, in "
                            "1949.", "Nan, what was the name of the man who married Aunt Flo?")
    assert _holds_alone(nan, "Aunt Flo married a sheep farmer, Bill Hender, in 1949.",
                        "Nan, what was the name of the man who married Aunt Flo?")
    question = "And the doctor who set your arm, what was his name?"
    assert not _holds_alone(nan, "Nan broke her arm at the Timaru Hospital in 1980, and Carol "
                            "drove down to look after her.", question)
    assert _holds_alone(nan, "Nan broke her arm in 1980 and Dr. Whitcombe set it at the Timaru "
                        "Hospital.", question)


def test_doing_for_a_living_and_what_things_cost_are_asked_as_such() -> None:
    """"what did Uncle Jim end up doing for a living?" asks a trade; "quanto custaram as
    passagens?" asks a price, not a count."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("what did Uncle Jim end up doing for a living?") == "job"
    assert answer_kind("Vô, quanto custaram as passagens de trem?") == "price"


def test_a_carrier_is_named_by_the_journey() -> None:
    """"which airline flew you to England?" is answered by "flew to Lisbon for the first time,
    on TAP from Recife": a carrier is named after the verb that travels, or the vehicle ("de
    navio no Anna C"), not after a day ("went home on Sunday")."""
    nan = {"id": "p", "name": "Doris", "relationship": "grandmother"}
    assert _tells_asked_alone(nan, "In 1979 Nan flew to Lisbon for the first time, on TAP from "
                              "Recife, to see where her mother was born.",
                              "Nan, which airline flew you over to Lisbon?")
    assert not _tells_asked_alone(nan, "In 1979 Nan flew to Lisbon for the first time and came "
                                  "home on Sunday with a suitcase of cork.",
                                  "Nan, which airline flew you over to Lisbon?")
    avo = {"id": "p", "name": "Aristides", "relationship": "avô"}
    assert _tells_asked_alone(avo, "O vô veio da Itália em 1951 de navio, no Anna C, com a "
                              "mãe e dois irmãos.", "Vô, em que navio o senhor veio da Itália?")


def _tells_asked_alone(persona: dict, text: str, question: str) -> bool:
    index = build_index(persona, memories(text))
    return index._tells_asked(index._plan(question), 0)


def test_fifty_years_married_is_a_golden_wedding() -> None:
    """"a festa dos cinquenta anos de casados" is "as bodas de ouro"; "their golden
    anniversary" too."""
    from chalicelib.persona.text import with_phrases, words
    assert with_phrases(words("a festa dos cinquenta anos de casados")) == [
        "a", "festa", "dos", "goldenwedding"]
    assert with_phrases(words("their golden anniversary")) == ["their", "goldenwedding"]
    persona = {"id": "p", "name": "Aristides", "relationship": "avô"}
    index = build_index(persona, memories("Em 1998 o vô e a vó comemoraram as bodas de ouro no "
                                          "salão da paróquia São Roque."))
    plan = index._plan("Vô, onde foi a festa dos cinquenta anos de casados do senhor com a vó?")
    assert index._coverage(plan, 0)[1] < 0.3


def test_an_institution_s_name_is_no_other_one_of_a_kind() -> None:
    """"the dog after Rusty" against "Rusty followed her to the Bank of New Zealand every
    day": the bank's name names no other dog."""
    persona = {"id": "p", "name": "Doris", "relationship": "grandmother"}
    index = build_index(persona, memories("Nan's dog was called Rusty, and he followed her to "
                                          "the Bank of New Zealand every day for ten years."))
    plan = index._plan("Nan, what was the name of the dog you had after Rusty?")
    assert index._only_the_one_before(plan, 0)


def test_a_name_after_someone_s_from_is_where_they_came_from() -> None:
    """"como se chamava o pescador que salvou o senhor?" is not answered by "um pescador de
    Vera Cruz puxou ele para a canoa", nor the barber's name by "a young barber from
    Decatur"; "o pescador Anésio" says it."""
    avo = {"id": "p", "name": "Aristides", "relationship": "avô"}
    question = "Vô, como se chamava o pescador que salvou o senhor do naufrágio?"
    assert not _holds_alone(avo, "No naufrágio de 1957 o vô ficou horas na água até um "
                            "pescador de Vera Cruz puxar ele para a canoa.", question)
    assert _holds_alone(avo, "No naufrágio de 1957 o vô ficou horas na água até o pescador "
                        "Anésio puxar ele para a canoa.", question)
    nana = {"id": "p", "name": "Doris", "relationship": "grandmother"}
    assert not _holds_alone(nana, "In 2016 Nana closed the salon and sold the chairs to a young "
                            "barber from Decatur.", "Nana, what was the name of the young "
                            "barber who bought your chairs?")


def test_a_greeting_sentence_before_the_question_is_no_word_of_it() -> None:
    """"Oi vô, é a Mia! Onde o senhor nasceu?" asks where he was born: the hello and the
    visitor's name, a sentence of their own, are no words a memory must hold ("Mia" is no one
    of the legacy)."""
    from chalicelib.persona.retrieval import without_greeting
    assert without_greeting("Oi vô Teu, é a Mia! Onde o senhor nasceu?") == "Onde o senhor nasceu?"
    assert without_greeting("Hi Nan, it's Liam. What was your dog called?") == \
        "What was your dog called?"
    assert without_greeting("Oi vó, tudo bem? Onde a senhora nasceu?") == "Onde a senhora nasceu?"
    assert without_greeting("Oi vó, onde a senhora nasceu?") == "Oi vó, onde a senhora nasceu?"
    assert without_greeting("Hi grandpa, did you go to Rome? I went last year.") == \
        "Hi grandpa, did you go to Rome? I went last year."
    persona = {"id": "p", "name": "Aristides", "relationship": "avô"}
    index = build_index(persona, memories("O vô nasceu em 1930 em Guajará-Mirim, na beira do "
                                          "rio Mamoré."))
    plan = index._plan("Oi vô, é a Mia! Onde o senhor nasceu?")
    assert index._coverage(plan, 0)[1] < 0.3


def test_a_weight_asked_is_answered_by_a_weight() -> None:
    """"how heavy was the marrow?", "quanto pesava o dourado?" ask a weight, which a memory
    says with its unit ("de 6 quilos", "nine pounds"): a memory of the marrow that gives only
    its prize and a year cannot answer."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Grandad, how heavy was the marrow that won at the show?") == "weight"
    assert answer_kind("vô qto pesava o dourado q o senhor pegou?") == "weight"
    assert answer_kind("Nan, how much did Dad weigh when he was born?") == "weight"
    assert answer_kind("Vó, qual era o peso de cada saco de farinha?") == "weight"
    assert_only_the_first_can_say(
        {"id": "p", "name": "Walter", "relationship": "grandfather"},
        "In 1974 Grandad's marrow won first prize at the Ormskirk show; it weighed 31 pounds.",
        "In 1974 Grandad's marrow won first prize at the Ormskirk show, the first of three.",
        "Grandad, how heavy was the marrow that won at the show?")
    assert_only_the_first_can_say(
        {"id": "p", "name": "Dirceu", "relationship": "avô"},
        "Em 1988 o vô pegou um pintado de doze quilos no rio Cuiabá.",
        "Em 1988 o vô pegou um pintado enorme no rio Cuiabá, o maior da pescaria.",
        "Vô, quanto pesava o pintado que o senhor pegou no rio Cuiabá?")


def test_an_address_asked_is_answered_by_a_street_and_a_number() -> None:
    """"qual era o endereço da casa?", "what was your address in Hobart?" ask an address,
    which a memory gives as a number and a street ("14 Lansdowne Crescent", "Rua Sete de
    Setembro, 212") and never with the word itself; a memory of the house with no street
    cannot answer."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Nana, what was your address in Hobart?") == "address"
    assert answer_kind("Vó, qual era o endereço da casa da senhora em Pelotas?") == "address"
    assert_only_the_first_can_say(
        {"id": "p", "name": "Edna", "relationship": "grandmother"},
        "From 1958 Nana and Pop lived at 14 Lansdowne Crescent in Hobart, a brick house with "
        "a lemon tree.",
        "From 1958 Nana and Pop lived in a brick house in Hobart with a lemon tree.",
        "Nana, what was your address in Hobart?")
    assert_only_the_first_can_say(
        {"id": "p", "name": "Zilá", "relationship": "avó"},
        "A vó morou na Rua Sete de Setembro, em Pelotas, numa casa de porta azul.",
        "A vó morou no centro de Pelotas, numa casa de porta azul perto do mercado.",
        "Vó, qual era o endereço da casa da senhora em Pelotas?")


def test_a_decade_is_no_count() -> None:
    """"how many jars did you sell?" is not answered by "a jar cost 50 cents in the
    seventies": a decade is a time, not so many of a thing."""
    from chalicelib.persona.retrieval import _counted, _counts_of
    counted = _counted("Gran, how many jars of marmalade did you sell?")
    assert counted
    assert not _counts_of("A jar cost 50 cents in the seventies.", counted)
    assert not _counts_of("Nos anos setenta o pote custava dez cruzeiros.", counted)
    assert _counts_of("In the seventies she sold three hundred jars a year.", counted)


def test_a_camera_and_a_foreman_meet_their_other_words() -> None:
    """"que câmera o senhor comprou?" meets "uma máquina fotográfica Yashica", and "o capataz"
    the foreman an English memory names."""
    from chalicelib.persona.text import with_phrases, words
    assert "camera" in with_phrases(words("comprou uma máquina fotográfica Yashica usada"))
    avo = {"id": "p", "name": "Jurema", "relationship": "avó"}
    assert _holds_alone(avo, "After Grandpa died, Gran ran the farm with the foreman, Joe "
                        "Tshabalala.", "Vó, como se chamava o capataz que ajudou a senhora na "
                        "fazenda?")


def test_twice_says_how_many_times() -> None:
    """"how many times did you fail your driving test?": "failed it twice" says so many times
    in one word; "twice as big" is no count of the times asked."""
    from chalicelib.persona.retrieval import _counted, _counts_of
    counted = _counted("Nan, how many times did you fail your driving test?")
    assert _counts_of("She failed her driving test twice before she passed.", counted)
    assert not _counts_of("She failed her driving test in the rain.", counted)
    assert not _counts_of("She failed her test twice.", _counted("how many cars did you have?"))


def test_what_a_thing_cost_is_asked_of_either_side_of_its_sale() -> None:
    """"how much did your ginger beer cost?" is answered by the shop that sold it "at 20 cents
    a bottle"; "how much did you pay" still is not answered by what a thing was sold for."""
    nan = {"id": "p", "name": "Beatrice", "relationship": "grandmother"}
    shop = "Nan's corner shop sold bread, ice and her own lemonade at 15 cents a bottle."
    assert _holds_alone(nan, shop, "Nan, how much did your lemonade cost?")
    assert not _holds_alone(nan, shop, "Nan, how much did you pay for the lemonade?")


def test_what_one_did_to_earn_a_living_asks_a_trade() -> None:
    """"o que o bisavô fazia para ganhar a vida?", "what did he do to earn a living?" ask a
    trade, which "era poaieiro" says and a memory of his town does not."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("Vô, o que o bisavô Anacleto fazia para ganhar a vida?") == "job"
    assert answer_kind("o que a senhora fazia pra ganhar dinheiro?") == "job"
    assert answer_kind("Grandpa, what did your father do to earn a living?") == "job"
    avo = {"id": "p", "name": "Jurandir", "relationship": "avô"}
    question = "Vô, o que o bisavô Anacleto fazia para ganhar a vida?"
    assert _holds_alone(avo, "O pai do vô, seu Anacleto, era poaieiro nas matas do Sepotuba.",
                        question)
    assert not _holds_alone(avo, "O pai do vô, seu Anacleto, morava nas matas do Sepotuba.",
                            question)


def test_a_telephonist_and_a_caravan_meet_their_portuguese_words() -> None:
    """"telefonista" is a telephonist and a trade; a caravan is what Brazil calls a trailer."""
    from chalicelib.persona import lexicon
    assert "telephonist" in lexicon.translations("telefonista")
    assert "caravan" in lexicon.translations("trailer")
    assert lexicon.is_job("telefonista")


def test_this_year_s_winner_is_no_memory_s() -> None:
    """"gran whos gonna win the ladies pairs this yr": this year's or a coming game's, which
    no memory of hers can say, however near its words; the pairs she won are a memory's."""
    gran = {"id": "p", "name": "Beryl", "relationship": "grandmother"}
    index = build_index(gran, memories(
        "Gran and Mavis won the ladies' pairs at the Kowie Bowling Club in 2005."))
    assert _unanswered(index, "gran whos gonna win the ladies pairs at the bowling club this "
                              "yr") >= 0.6
    assert _unanswered(index, "Gran, who won the ladies' pairs at the bowling club?") < 0.6


def test_after_a_day_or_a_feast_is_no_one_after_a_thing_named() -> None:
    """"what was the dessert after your Sunday roast?" asks what came after a meal on a day,
    not the one after a thing called Sunday: the memory of the roast and its pudding answers
    (as "what dog did you have after Baleia?" is still not answered by Baleia's)."""
    nan = {"id": "p", "name": "Beryl", "relationship": "grandmother"}
    index = build_index(nan, memories(
        "Sunday lunch at Nan's was roast lamb and potatoes, followed by malva pudding."))
    assert _unanswered(index, "Nan, what was the dessert after your Sunday roast?") < 0.6
    index = build_index(nan, memories("After Christmas lunch Nan always made a trifle with "
                                      "the leftover cake."))
    assert _unanswered(index, "Nan, what did you make after Christmas lunch?") < 0.6
    index = build_index(nan, memories("Nan's first dog was Baleia, a grey mongrel from the "
                                      "market."))
    assert _unanswered(index, "Nan, what dog did you have after Baleia?") >= 0.6


def test_what_is_counted_is_read_in_the_question_s_language() -> None:
    """"quantos trailers chegavam?" counts what Brazil calls trailers, the caravans an English
    memory counts ("up to 140 caravans"), not the English word's tow bars."""
    from chalicelib.persona.retrieval import _counted, _counts_of
    counted = _counted("Vó, quantos trailers chegavam no camping em dezembro?")
    assert counted and _counts_of("In December there were up to 140 caravans at the park.",
                                  counted)


def test_the_first_of_a_kind_is_said_as_first() -> None:
    """"what was the first car you ever bought?" asks which car was first: a memory of a car
    that says no first cannot say it, one that says "his first car" or "começou com" can;
    how one first met, the first time and a first name ask no first of a kind."""
    from chalicelib.persona.retrieval import _first_of_a_kind
    assert _first_of_a_kind("grandpa wat was the first car u ever bought")
    assert _first_of_a_kind("Vô, qual foi o primeiro filme que o senhor viu no cinema?")
    assert not _first_of_a_kind("Grandma, where did you first meet Grandpa?")
    assert not _first_of_a_kind("Vó, qual foi a primeira vez que a senhora andou de avião?")
    assert not _first_of_a_kind("What was Mrs. Whitcomb's first name?")
    grandpa = {"id": "p", "name": "Harold", "relationship": "grandfather"}
    question = "Grandpa, what was the first car you ever bought?"
    index = build_index(grandpa, memories("In 1971 Grandpa bought a green Ford pickup and "
                                          "drove it until it rusted through."))
    assert _unanswered(index, question) >= 0.6
    index = build_index(grandpa, memories("In 1971 Grandpa bought his first car, a green Ford "
                                          "pickup, and drove it until it rusted through."))
    assert _unanswered(index, question) < 0.6


def test_the_first_time_one_did_a_thing_says_no_first_of_a_kind() -> None:
    """"qual foi o primeiro filme que o senhor viu?" is not answered by a memory that says the
    grandfather went into the forest "pela primeira vez": the first time of a trip is no first
    film."""
    avo = {"id": "p", "name": "Lourival", "relationship": "avô"}
    index = build_index(avo, memories(
        "O vô foi com o pai pela primeira vez para a mata aos onze anos e voltou com febre."))
    assert _unanswered(index, "Vô, qual foi o primeiro filme que o senhor viu no cinema?") >= 0.6



def test_a_rand_is_written_before_its_sum() -> None:
    """"bought the caravan park for R18,000": a price in rand, written as a Brazilian real's
    "R$" is, before the sum; a memory of the park that gives none cannot say what it cost."""
    from chalicelib.persona.retrieval import holds_answer
    assert holds_answer({"text": "In 1975 they bought the caravan park for R18,000."}, "price")
    assert holds_answer({"text": "A jar of jam cost 12 rand in 1999."}, "price")
    assert not holds_answer({"text": "In 1975 they bought the caravan park on the river."},
                            "price")


def test_the_date_asked_by_name_asks_when() -> None:
    """"qual foi a data do casamento?", "what was the date of the wedding?" ask when, as "que
    data" does: a memory answers with its day, month and year, never with the word "data"."""
    from chalicelib.persona.retrieval import answer_kind
    for asked in ("Vô, qual foi a data do casamento do senhor com a Vó Dadá?",
                  "qual a data que a senhora chegou em Belém?",
                  "Gran, what was the date of your wedding?", "what's the date you sailed?"):
        assert answer_kind(asked) == "when", asked
    persona = {"id": "p", "name": "Anacleto", "relationship": "avô"}
    index = build_index(persona, memories("O Vô e a Vó Dadá casaram no dia 14 de maio de 1960, "
                                          "na Igreja de São José, em Macapá."))
    plan = index._plan("Vô, qual foi a data do casamento do senhor com a Vó Dadá?")
    assert index._figures(plan, [(0, 1.0)], {0: 1.0}, {})[3] < 0.6


def test_whether_it_pays_today_is_advice_on_today() -> None:
    """"vo hj vale a pena abrir uma loja no centro?", "is it worth buying a house in Leeds?":
    advice on today's world, which the memory of the shop opened in 1962 does not give;
    whether it was worth it, then, a memory may tell."""
    persona = {"id": "p", "name": "Anacleto", "relationship": "avô"}
    index = build_index(persona, memories("A Relojoaria Equador abriu em março de 1962 numa "
                                          "portinha da Rua Cândido Mendes, no centro de Macapá."))
    for asked in ("vo hj vale a pena abrir uma loja no centro de macapa?",
                  "Vô, vale a pena abrir uma relojoaria no centro?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6, asked
    assert index._figures(index._plan("Vô, valeu a pena abrir a loja no centro de Macapá?"),
                          [(0, 1.0)], {0: 1.0}, {})[3] < 0.6


def test_the_asker_s_own_plans_and_tomorrow_s_weather_are_today_s_world() -> None:
    """"vale a pena eu financiar um carro elétrico agora?", "vo vc acha q vai chover amanha?":
    no memory of the Rural Willys bought in 1975 or of a rainy wedding says; what rained
    then, a memory may tell."""
    persona = {"id": "p", "name": "Januário", "relationship": "avô"}
    index = build_index(persona, memories(
        "Em 1975 o Vô comprou uma Rural Willys verde por 18 mil cruzeiros, e choveu tanto no "
        "dia que ela atolou na estrada de Boa Vista."))
    for asked in ("Vô, o senhor acha que vale a pena eu financiar um carro elétrico agora?",
                  "vo vc acha q vai chover amanha aqui em bv?",
                  "Grandpa, will it rain tomorrow in Boa Vista?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6, asked
    assert index._figures(index._plan("Vô, choveu no dia que o senhor comprou a Rural?"),
                          [(0, 1.0)], {0: 1.0}, {})[3] < 0.6


def test_a_word_of_the_language_in_a_longer_nickname_is_hers_only_in_the_whole_of_it() -> None:
    """Called "the Book Lady" on her bookmobile route, the persona is not every book: "what was
    your favourite book?" asks of a book, which a memory of her favourite treat does not
    name; and "the" or "da" of "Seu Cleto da Relojoaria" names no one in a memory (a title,
    "Seu", stays hers, as "Vô" does)."""
    persona = {"id": "p", "name": "Mildred Pearl Tewksbury", "relationship": "grandmother",
               "aliases": [{"name": "Mildred", "also_called": ["Millie", "Gram",
                                                                "the Book Lady"]}]}
    index = build_index(persona, memories(
        "Gram's favorite treat was sugar on snow, hot syrup poured over a pan of clean snow."))
    assert {"book", "lady", "the"}.isdisjoint(index.names.own)
    assert {"millie", "gram", "mildred"} <= index.names.own
    assert answered_by(index, "Gram, what was your favourite book?") is None
    assert answered_by(index, "Gram, what was your favourite treat?") == "m0"
    avo = {"id": "p", "name": "Anacleto Picanço Barbosa", "relationship": "avô", "aliases": [
        {"name": "Anacleto", "also_called": ["Cleto", "Vô Cleto", "Seu Cleto da Relojoaria"]}]}
    names = build_index(avo, memories("O Vô abriu a relojoaria em 1962.")).names.own
    assert "cleto" in names and "da" not in names


def test_the_ar_verbs_that_open_on_a_vowel_meet_their_other_forms() -> None:
    """"o senhor já andou de avião?" is answered by "andaram de avião": Snowball leaves "andou",
    "achou", "usou", "olhava" whole (their ending falls outside the region it strips)."""
    from chalicelib.persona.text import stems
    for one, other in (("andou", "andaram"), ("achou", "achava"), ("usou", "usava"),
                       ("entrou", "entravam"), ("olhou", "olhar"), ("amou", "amava")):
        assert set(stems(one)) & set(stems(other)), (one, other)
    persona = {"id": "p", "name": "Anacleto", "relationship": "avô"}
    index = build_index(persona, memories(
        "Em 1985 o Vô e a Vó Dadá andaram de avião pela única vez na vida, para pagar em "
        "Aparecida a promessa pela cura da Lucineide."))
    assert answered_by(index, "Vô, o senhor já andou de avião?") == "m0"


def test_a_colour_is_of_the_thing_past_its_shade_and_a_model_s_year() -> None:
    """"qual era a cor do seu carro?" is answered by "a mint-green 1964 Rambler": the shade
    ("mint", "dark", "azul-marinho") and the year stand between the colour and the car."""
    persona = {"id": "p", "name": "Mildred", "relationship": "grandmother"}
    for text in ("Gram's own car was a mint-green 1964 Rambler station wagon.",
                 "O carro da vó era um Fusca azul-marinho 1972."):
        index = build_index(persona, memories(text))
        assert index._holds(index._plan("Vó, qual era a cor do seu carro?"), 0), text
    index = build_index(persona, memories("Gram drove to the fair in a red dress in 1964."))
    assert not index._holds(index._plan("Vó, qual era a cor do seu carro?"), 0)


def test_tomorrow_typed_short_and_its_weather_are_today_s_world() -> None:
    """"grandad wats the weather gonna be like 2moro": "2moro", "tmrw" and "2nite" are read as
    the words, and the weather of a day to come is no memory's, though a memory may tell the
    weather of a day that was."""
    from chalicelib.persona.text import words
    assert words("2moro tmrw 2day 2nite") == ["tomorrow", "tomorrow", "today", "tonight"]
    persona = {"id": "p", "name": "Cyril", "relationship": "grandfather"}
    index = build_index(persona, memories(
        "The weather at our wedding in 1958 was a downpour, and Grandad said rain was lucky "
        "for a thatcher."))
    for asked in ("grandad wats the weather gonna be like 2moro", "Vô, como vai estar o tempo "
                  "amanhã?", "what's tomorrow's weather in Norwich, Grandad?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6, asked
    assert index._figures(index._plan("Grandad, what was the weather like at your wedding?"),
                          [(0, 1.0)], {0: 1.0}, {})[3] < 0.6
    from chalicelib.persona.retrieval import _ABOUT_NOW
    assert _ABOUT_NOW.search("vo como vai estar o tempo amanha?")
    assert _ABOUT_NOW.search("what's tomorrow's weather in Norwich, Grandad?")
    for asked in ("Vó, como a senhora passava o tempo no fim de semana?",
                  "quanto tempo o senhor ficou lá, e voltou no dia seguinte amanhecendo?"):
        assert not _ABOUT_NOW.search(asked), asked


def test_trying_is_how_a_question_asks_not_what_it_asks_about() -> None:
    """"what did you always say when someone tried to rush you?": the memory of what he said
    to anyone who rushed him answers it, though it never says "tried"."""
    persona = {"id": "p", "name": "Cyril", "relationship": "grandfather"}
    index = build_index(persona, memories(
        "When anyone rushed him he'd say, 'Reed don't hurry, and neither do I.'",
        "Grandad always told the apprentices: 'Keep your feet dry and your ladder tied.'",
        "Every roof Grandad finished got a straw pheasant on the ridge. He said it was his "
        "signature.", "Grandad threw darts for the Greyhound in the pub league for over thirty "
        "years.", "In 1967 Grandad bought a falling-down cottage in Catfield and named it Reed "
        "End."))
    for asked in ("And what did you always say when someone tried to rush you, Grandad?",
                  "Vô, o que o senhor dizia quando alguém tentava apressar o senhor?"):
        plan = index._plan(asked)
        assert index._figures(plan, [(0, 1.0)], {0: 1.0}, {})[3] < 0.6, asked


def test_a_saying_named_then_asked_for_at_the_end_asks_for_the_saying() -> None:
    """"e aquele ditado do senhor pra quem faz tudo correndo, vô, qual era?" names the saying
    first and asks "qual era?" last: it asks for a saying, which a memory that quotes what he
    told anyone in a hurry gives, without the word "ditado"."""
    from chalicelib.persona.retrieval import answer_kind
    asked = "E aquele ditado do senhor pra quem faz tudo correndo, vô, qual era?"
    assert answer_kind(asked) == "saying"
    assert answer_kind("e o apelido que o senhor deu pro Pedro quando ele era pequeno, vô, "
                       "qual era?") is None
    persona = {"id": "p", "name": "Clodoaldo", "relationship": "avô"}
    index = build_index(persona, memories(
        "Quando alguém fazia as coisas correndo, o vô falava: 'Quem tem pressa não acha pedra.'",
        "O vô sempre dizia: 'Diamante não tem dono até sair do cascalho.'",
        "Em 1971 um barranco desabou em cima do vô no serviço do rio Santo Antônio e quebrou a "
        "perna direita dele.", "A vó tinha um papagaio, o Chiquinho, que aprendeu a gritar "
        "'Zelinha, cadê o café?' com a voz do vô.", "Quando o garimpo acabou, no fim dos anos "
        "80, o vô virou guia e levava turista a pé até a Cachoeira da Fumaça."))
    plan = index._plan(asked)
    assert index._figures(plan, [(0, 1.0)], {0: 1.0}, {})[3] < 0.6
    assert index._coverage(plan, 0)[0] == 1.0


def test_a_family_s_youngest_child_is_the_cacula() -> None:
    """"what's the name of your youngest child?" asked in English of a Portuguese memory: a
    child is a son or a daughter ("filhos"), and the youngest is "a caçula"."""
    persona = {"id": "p", "name": "Clodoaldo", "relationship": "avô"}
    index = build_index(persona, memories(
        "Tivemos três filhos: a Marlene em 1962, o Gilvan em 1965 e a caçula, Rosângela, em "
        "1970.", "Todo ano o vô fazia licor de jenipapo e guardava uma garrafa pra cada filho."))
    assert answered_by(index, "Grandpa Dodô, what's the name of your youngest child?") == "m0"


def test_the_mining_asked_in_english_is_the_garimpo() -> None:
    """"what did you do after the mining ended?", asked by a grandchild-in-law of a
    prospector's memories written in Portuguese."""
    persona = {"id": "p", "name": "Clodoaldo", "relationship": "avô"}
    index = build_index(persona, memories(
        "Quando o garimpo acabou, no fim dos anos 80, o vô virou guia e levava turista a pé até "
        "a Cachoeira da Fumaça.", "Nasci em 1938 em Lençóis, numa casinha de adobe na beira do "
        "rio.", "O Trovão era um vira-lata preto que acompanhava o vô no garimpo."))
    assert answered_by(index, "Grandpa, what did you do after the mining ended?") == "m0"


def test_a_saying_asked_for_by_name_asks_for_the_saying() -> None:
    """"qual era o ditado do senhor pra quem tem pressa?", "what was your saying about
    hurrying?": the saying is what is asked (not a thing called "ditado" a memory must name),
    and the memory that quotes what he told anyone in a hurry gives it."""
    from chalicelib.persona.retrieval import answer_kind
    for asked in ("qual era o ditado do senhor pra quem tem pressa?", "Vó, qual era o bordão "
                  "da senhora?", "what was your saying about hurrying?",
                  "what was your favourite saying, Grandad?"):
        assert answer_kind(asked) == "saying", asked
    assert answer_kind("qual era o nome do ditado?") == "name"
    persona = {"id": "p", "name": "Clodoaldo", "relationship": "avô"}
    index = build_index(persona, memories(
        "Quando alguém fazia as coisas correndo, o vô falava: 'Quem tem pressa não acha pedra.'",
        "O vô sempre dizia: 'Diamante não tem dono até sair do cascalho.'",
        "Em 1971 um barranco desabou em cima do vô e quebrou a perna direita dele."))
    plan = index._plan("qual era o ditado do senhor pra quem tem pressa?")
    assert index._figures(plan, [(0, 1.0)], {0: 1.0}, {})[3] < 0.6
    assert index._coverage(plan, 0)[0] == 1.0


def test_a_trade_s_own_shop_opened_or_worked_in_says_the_job() -> None:
    """"Grandpa, what was your job?" is answered by "abri minha oficina de marcenaria e
    trabalhei lá por trinta anos": Portuguese names a shop by its trade (-aria, -eria); buying
    bread at the padaria, or a galeria of photos, says none."""
    from chalicelib.persona.retrieval import says_a_job
    assert says_a_job("Abri minha oficina de marcenaria na rua das Flores e trabalhei lá por "
                      "trinta anos.")
    assert says_a_job("Em 1962 o vô abriu a relojoaria da Rua Cândido Mendes.")
    assert says_a_job("O pai trabalhou na sapataria do tio até casar.")
    assert not says_a_job("Ela comprava pão na padaria todo dia.")
    assert not says_a_job("A vó tinha uma galeria de fotos na sala.")
    persona = {"id": "p", "name": "Antônio", "relationship": "avô"}
    index = build_index(persona, memories(
        "Abri minha oficina de marcenaria na rua das Flores e trabalhei lá por trinta anos.",
        "O vô e a vó Cida casaram em 1961 na Igreja do Rosário, em Pouso Alegre.",
        "Todo janeiro a família ia para o sítio em Minas."))
    assert answered_by(index, "Grandpa, what was your job?") == "m0"


def test_a_fan_named_by_the_club_says_the_team() -> None:
    """"O vô era vascaíno doente": a Brazilian fan is named by the club, and that says which
    team he supported."""
    persona = {"id": "p", "name": "Juvenal", "relationship": "avô"}
    index = build_index(persona, memories(
        "O Vô era vascaíno doente e soltava foguete quando o Vasco ganhava.",
        "O Vô jogava bola no campinho da serra todo domingo."))
    assert top(index, "Vô, pra que time o senhor torcia?") == "m0"
    assert top(index, "Grandpa, which team were you a supporter of?") == "m0"
    # a tricolour cat supports no team
    cats = build_index(persona, memories("A Mimi era uma gata tricolor que dormia no sofá.",
                                         "O Vô plantava couve no quintal."))
    found = cats.hits("Vô, pra que time o senhor torcia?", 1)
    assert not found or not found[0].confidence


def test_each_other_says_who_and_running_into_each_other_is_meeting() -> None:
    """"where did you and grandpa first run into each other?": "each other" is no idea a
    memory must hold, and running into each other is meeting."""
    from chalicelib.persona.text import PHRASES
    assert PHRASES[("run", "into", "each", "other")] == "met"
    persona = {"id": "p", "name": "Aili", "relationship": "grandmother"}
    index = build_index(persona, memories(
        "Mummu met Grandpa Frank at the Midsummer dance at Suomi Hall in 1960.",
        "Mummu and Grandpa Frank ran the bait shop on the pier for twenty years."))
    asked = "Mummu, where did you and Grandpa first run into each other?"
    assert top(index, asked) == "m0"
    plan = index._plan(asked)
    assert not any(t in ("s:each", "s:other") for _, unit in plan.units for t, _ in unit)


def test_this_year_said_as_deste_ano_is_today_s_world() -> None:
    from chalicelib.persona.retrieval import _ABOUT_NOW
    assert _ABOUT_NOW.search("o que a senhora acha da eleição americana deste ano?")
    assert not _ABOUT_NOW.search("a senhora votou na eleição de 1989?")


def test_who_is_the_one_the_sentence_before_named_when_this_one_says_he_or_she() -> None:
    """"...no alambique do Seu Quintino Ramos, carregando bagaço e lavando dorna. Foi ele que
    me ensinou...": "ele" is Quintino, however long the sentence that named him."""
    from chalicelib.persona.retrieval import _pronoun_named
    before = ("Com catorze anos fui trabalhar no alambique do Seu Quintino Ramos, carregando "
              "bagaço e lavando dorna.")
    assert _pronoun_named(before, "Foi ele que me ensinou a separar a cachaça.") == \
        "Foi Seu Quintino Ramos que me ensinou a separar a cachaça."
    assert _pronoun_named("Morei em Cunha com a tia.", "Ela me ensinou a costurar.") is None
    # the subject first, a title of the other sex never, a place never
    assert _pronoun_named("O Vô Chico conheceu a Vó Lurdes no baile.", "Ela tinha vinte anos.") \
        == "Vó Lurdes tinha vinte anos."
    assert _pronoun_named("My sister Mary married Tom Hughes.", "She taught me to knit.") == \
        "Mary taught me to knit."
    assert _pronoun_named("Ela trabalhou na Fábrica Santa Rosa.", "Ela era tecelã.") is None
    persona = {"id": "p", "name": "Juvenal", "relationship": "avô"}
    index = build_index(persona, memories(
        f"{before} Foi ele que me ensinou a separar a cabeça e o rabo da cachaça.",
        "A cachaça preferida do Vô descansava dois anos num tonel."))
    assert answered_by(index, "quem te ensinou a fazer cachaça?") == "m0"


def test_a_wedding_to_the_spouse_is_the_persona_s_and_the_family_s_weddings_are_not() -> None:
    """"Casei com a Edite", in the voice of a grandfather whose wife is Edite, is his wedding;
    "só abria garrafa dela em casamento da família" is the family's weddings."""
    persona = {"id": "p", "name": "Juvenal", "relationship": "avô",
               "aliases": [{"name": "Edite", "also_called": ["Didi", "Vó Didi"]}]}
    index = build_index(persona, memories(
        "A cachaça preferida do Vô descansava num tonel. Ele só abria garrafa dela em "
        "casamento da família.",
        "Casei com a Edite em maio de 1959, na Igreja de Nossa Senhora dos Remédios.",
        "O Vô conheceu a Vó Didi numa festa."))
    assert top(index, "Vô, onde o senhor casou?") == "m1"
    assert top(index, "where did you get married?") == "m1"


def test_a_brazilian_viola_is_a_guitar() -> None:
    persona = {"id": "p", "name": "Juvenal", "relationship": "grandfather"}
    index = build_index(persona, memories(
        "O Vô tinha uma viola de dez cordas que ele chamava de Dona Chica.",
        "No alambique tinha um rádio de pilha sempre ligado na Rádio Nacional."))
    asked = "Grandpa, what did you name your guitar?"
    assert top(index, asked) == "m0"
    assert not index._other_kin(asked, index.memories[index.positions["m0"]])


def test_an_apprenticeship_is_being_apprenticed_and_an_air_force_its_initials() -> None:
    """"who did you do your apprenticeship with?" against "was apprenticed to old Mr
    Hezlett" (Snowball cuts "apprenticed" shorter than "apprentice"); "your job in the air
    force" against "National Service in the RAF... as a radar mechanic"."""
    from chalicelib.persona.text import stems
    assert set(stems("apprenticeship")) & set(stems("apprenticed"))
    assert "friend" in stems("friendship") and stems("hardship") == ("hardship",)
    persona = {"id": "p", "name": "Bertie", "relationship": "grandfather"}
    index = build_index(persona, memories(
        "Bertie left school at fourteen and was apprenticed to old Mr Hezlett, who had an "
        "electrical shop on Church Street.",
        "I did my National Service in the RAF from 1952 to 1954 as a radar mechanic.",
        "Granny Issy made champ every Tuesday."))
    assert answered_by(index, "Granda, who did you do your apprenticeship with?") == "m0"
    assert answered_by(index, "Granda, what was your job in the air force?") == "m1"


def test_setting_eyes_on_is_meeting_and_going_to_live_is_moving() -> None:
    from chalicelib.persona.text import with_phrases, words
    assert with_phrases(words("where did you first set eyes on Granny Issy?")) == [
        "where", "did", "you", "first", "met", "granny", "issy"]
    assert with_phrases(words("where did you go to live once you shut up shop for good?")) == [
        "where", "did", "you", "moved", "once", "you", "closed", "for", "good"]
    assert with_phrases(words("did you go to live concerts")) == ["did", "you", "concerts"]
    assert with_phrases(words("fomos morar em Ilhéus")) == ["mudou", "em", "ilheus"]


def test_what_was_worked_is_the_work() -> None:
    """"Granda's father, Wesley Cromie, worked the salmon nets at the Cutts": his living."""
    from chalicelib.persona.retrieval import says_a_job
    assert says_a_job("Granda's father, Wesley Cromie, worked the salmon nets at the Cutts.")
    assert says_a_job("She worked the switchboard at the exchange for years.")
    assert not says_a_job("On Sundays he worked the garden until dark.")
    assert not says_a_job("Grandpa worked the crossword every morning in pen.")
    assert not says_a_job("The old radio still worked the day he died.")


def sure_of(index, query: str) -> str | None:
    """The memory the grounded reply would quote (its confidence at the threshold), or None."""
    from chalicelib.persona import confidence
    found = index.hits(query, 1)
    best = found[0] if found else None
    return best.memory["id"] if best and (best.confidence or 0.0) >= confidence.threshold() \
        else None


YOUNG_LEGACY = (
    "We caught a 41-inch pike at Lake Vermilion in 1979, and Cida cooked it that night.",
    "Antônio and Cida married in 1962 at the little chapel of São Roque, in Itu. It rained "
    "all day.",
    "He ran the Estrela bakery on Rua Direita for thirty years, up at four every morning to "
    "bake the bread.",
    "Our first dog was Rex, a black mutt who followed Antônio to the bakery every day.",
    "Every Christmas he made rabanada for the whole family, with cinnamon and sugar.")


@pytest.mark.parametrize("asked, memory", [
    # a word the question says of how a thing was, that no memory says
    ("Where did we catch the big pike?", "m0"),
    ("what was the name of your lovely first dog?", "m3"),
    ("which street was your old bakery on?", "m2"),
    # called at the end, by the relationship alone
    ("where did you get married, grandpa?", "m1"),
    # the spouse asked of, in a memory of the persona's wedding that never says who she is
    ("when did you marry grandma?", "m1"),
    # a colour said of a name in apposition ("Rex, a black mutt")
    ("What color was Rex?", "m3"),
    # which sweet: the one made ("he made rabanada")
    ("what sweet did you make for the family every christmas?", "m4"),
    ("que doce o senhor fazia no natal?", "m4"),
    # an hour said with the mornings it came round ("at four every morning")
    ("what time did you wake up to bake bread?", "m2"),
])
def test_a_young_legacy_of_five_memories_answers_what_they_say(asked, memory) -> None:
    """A family's first memories, written by a newcomer who gave the relationship and nothing
    else: each question is answered by its memory, over the threshold."""
    persona = {"id": "p", "name": "Antônio Carlos", "relationship": "grandfather",
               "language": "en"}
    index = build_index(persona, memories(*YOUNG_LEGACY))
    assert sure_of(index, asked) == memory


@pytest.mark.parametrize("asked", [
    "what was the name of your second dog?",
    "did you ever go to Europe?",
    "where did you go on your honeymoon?",
])
def test_a_young_legacy_does_not_answer_what_none_of_its_memories_says(asked) -> None:
    persona = {"id": "p", "name": "Antônio Carlos", "relationship": "grandfather",
               "language": "en"}
    assert sure_of(build_index(persona, memories(*YOUNG_LEGACY)), asked) is None


def test_the_writer_s_own_father_in_the_persona_s_voice_is_the_persona_s() -> None:
    """"Meu pai, Benvindo, era tropeiro" written by the persona: "seu pai" asked of him; not
    when the memory names the persona, as a child writing of their father would."""
    persona = {"id": "p", "name": "Argemiro Lacerda", "relationship": "avô",
               "aliases": [{"name": "Argemiro", "also_called": ["Vô Miro", "Miro"]}]}
    index = build_index(persona, memories(
        "Meu pai, Benvindo, era tropeiro e levava queijo no lombo de burro até a cidade.",
        "Meu pai, o Vô Miro, cortava o cabelo da gente no quintal.",
        "O burro da venda se chamava Tição."))
    parents = [index.parents_in(m) for m in index.memories]
    assert parents[0] == {"p:father"} and parents[1] == set()
    assert sure_of(index, "Vô, o que o seu pai levava no burro?") == "m0"


def test_a_birthplace_said_as_terra_natal_or_come_from_is_where_one_was_born() -> None:
    from chalicelib.persona.text import stems, with_phrases, words
    assert with_phrases(words("qual é a sua terra natal?")) == ["qual", "e", "a", "sua",
                                                              "nasceu"]
    assert with_phrases(words("which village do you come from?")) == [
        "which", "village", "do", "born"]
    assert with_phrases(words("o que o senhor fazia no natal?"))[-1] == "natal"
    assert with_phrases(words("ele lutava luta livre")) == ["ele", "lutava", "wrestling"]
    # a diminutive of a noun in -ário, and the -ir verbs' past that open on a vowel
    assert "canario" in stems("canarinho") and "abrir" in stems("abri")
    assert "abrir" in stems("abriram") and "useir" not in stems("usei")


def test_a_name_asked_after_a_comma_with_a_pronoun_asks_for_a_name() -> None:
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("E a escolinha onde o senhor estudou, vô, como ela se chamava?") == \
        "name"
    assert answer_kind("como ele chamava?") == "name"
    assert answer_kind("onde o senhor morava, como era?") is None


def test_a_word_of_how_a_thing_was_weighs_little_unless_it_says_which_one() -> None:
    """"a lembrança mais antiga" asks which memory (a superlative), "a sua casa antiga" only
    how the house was; and a name called between commas is no word of the question."""
    persona = {"id": "p", "name": "Jorge", "relationship": "avô"}
    index = build_index(persona, memories("O Vô Jorge morou numa casa de janela azul em Olinda."))
    weights = {t: w for w, unit in index._plan("Vô, onde ficava a sua casa antiga?").units
               for t, _ in unit}
    superlative = {t: w for w, unit in index._plan("onde ficava a casa mais antiga?").units
                   for t, _ in unit}
    assert weights["s:antig"] < superlative["s:antig"]
    said = [t for _, unit in index._plan("E a casa, vô, onde ficava?").units for t, _ in unit]
    assert "s:vô" not in said and "c:0" not in said


def test_a_place_said_only_in_a_saying_is_no_place_been_to() -> None:
    """"quem tem boca vai a Roma" is what she said, not where she went: Europe asked, as chat
    types it, is not answered by it; a trip to Rome is."""
    persona = {"id": "p", "name": "Dora", "relationship": "avó"}
    index = build_index(persona, memories(
        "Quando alguém reclamava, ela dizia: quem tem boca vai a Roma.",
        "A vó fazia bolo de rolo no Natal."))
    assert sure_of(index, "vó a senhora já foi pra europa?") is None
    assert sure_of(index, "qual era o ditado da senhora?") == "m0"
    index = build_index(persona, memories("Em 1985 a vó foi a Roma ver o Papa.",
                                          "A vó fazia bolo de rolo no Natal."))
    assert sure_of(index, "vó a senhora já foi pra europa?") == "m0"


def test_a_later_one_of_a_kind_is_not_told_by_a_memory_of_one() -> None:
    """"your second coon dog" is not answered by the memory of the coon dog; a memory that
    says another came after is not ruled out, and the second time one did a thing is no kind."""
    from chalicelib.persona.retrieval import _later_of_a_kind
    persona = {"id": "p", "name": "Virgil", "relationship": "grandfather"}
    index = build_index(persona, memories(
        "Papaw's coon dog was a bluetick named Sheriff who howled at sour notes.",
        "Papaw played the fiddle at church every Sunday."))
    assert sure_of(index, "Papaw, what was the name of your second coon dog?") is None
    assert sure_of(index, "Papaw, what was the name of your coon dog?") == "m0"
    index = build_index(persona, memories(
        "After Sheriff died, Papaw got another coon dog, a redbone called Duke.",
        "Papaw played the fiddle at church every Sunday."))
    best = index.hits("Papaw, what was the name of your second coon dog?", 1)[0]
    assert best.memory["id"] == "m0" and best.confidence  # not ruled out
    assert not _later_of_a_kind("na segunda feira o que a senhora fazia?")
    assert not _later_of_a_kind("when did you go there the second time?")


def test_a_memory_in_the_persona_s_voice_may_share_a_surname_with_the_persona() -> None:
    """"Meu pai, Tertuliano Nogueira" in the words of Guiomar Nogueira Brito: her father."""
    persona = {"id": "p", "name": "Guiomar Nogueira Brito", "relationship": "avó",
               "aliases": [{"name": "Guiomar", "also_called": ["Dona Guió", "Vó Guió"]}]}
    index = build_index(persona, memories(
        "Meu pai, Tertuliano Nogueira, plantava cebola numa ilha do rio.",
        "A Vó Guió vendia picolé na praça."))
    assert index.parents_in(index.memories[0]) == {"p:father"}
    assert sure_of(index, "Dona Guiomar, what was your father's name?") == "m0"


@pytest.mark.parametrize("text, price", [
    ("paid us grandkids a quarter each to sit still", True),
    ("it cost a dime a bag at the fair", True),
    ("ele ganhava dois tostões por saco", True),
    ("he left a quarter of the farm to each son", False),
    ("we met at a quarter past six", False),
])
def test_a_coin_said_by_its_name_is_an_amount_paid(text, price) -> None:
    from chalicelib.persona.retrieval import ANSWER_SHAPES
    assert bool(ANSWER_SHAPES["price"].search(text)) is price


REVIEWED_PERSONA = {"id": "p", "name": "Antônio Carlos Ferreira", "relationship": "avô",
                    "aliases": [{"name": "Antônio", "also_called": ["Vô Toninho", "Toninho"]},
                                {"name": "Cida", "also_called": ["Vó Cida"]}]}


@pytest.mark.parametrize("memory, asked, answers", [
    # a diminutive's base only where the word is no word of its own: "marinha" is the navy
    ("O Antônio serviu na Marinha de 1958 a 1962.", "quem era a Maria?", False),
    # a child's "meu pai", unnamed, may be the persona: not the persona's father
    ("Meu pai era pedreiro e construiu a nossa casa.", "qual era a profissão do seu pai?", False),
    # how a thing was, asked yes or no, is what is asked
    ("A casa ficava na rua das Flores.", "a sua casa era grande?", False),
    ("The house was on Flower Street.", "Was your house big?", False),
    # a trip told with what was said there is a trip
    ("She said yes to Joe under the Eiffel Tower in Paris, in 1960.",
     "Have you ever been to Paris?", True),
    ("Ele falava com saudade de Lisboa, onde morou dois anos.", "o senhor já morou em Lisboa?",
     True),
    # the second world war, the third age and "segundo a Cida" ask no later one of a kind
    ("O Antônio ia toda semana no grupo da terceira idade da paróquia.",
     "o senhor ia no grupo da terceira idade?", True),
    # a colour after a clause of its own is no colour of the thing before the comma
    ("Vendemos o Fusca, compramos uma casa branca.", "De que cor era o Fusca?", False),
    # a granddaughter's wedding is not the persona's
    ("Na festa de casamento da neta Lúcia, em 1998, o vô Antônio dançou a noite toda.",
     "quando o senhor casou com a vó?", False),
])
def test_what_the_session_34_review_found(memory, asked, answers) -> None:
    index = build_index(REVIEWED_PERSONA, memories(memory, "A Vó Cida fazia pudim no domingo."))
    assert (sure_of(index, asked) == "m0") is answers


def test_a_list_of_kin_a_quarter_century_and_the_second_world_war() -> None:
    from chalicelib.persona.retrieval import ANSWER_SHAPES, without_trailing_vocative
    assert without_trailing_vocative("Quem cozinhava melhor, mãe, vó ou tia?") == \
        "Quem cozinhava melhor, mãe, vó ou tia?"
    assert without_trailing_vocative("E a casa, vô, onde ficava?") == "E a casa, onde ficava?"
    assert not ANSWER_SHAPES["price"].search("he gave me a quarter century of love")
    from chalicelib.persona.retrieval import _later_of_a_kind
    assert not _later_of_a_kind("What did you do in the second world war?")
    assert not _later_of_a_kind("Segundo a Cida, o senhor dançava bem?")


def test_a_memory_that_names_a_place_only_in_a_saying_gives_way_to_one_that_was_there() -> None:
    persona = {"id": "p", "name": "Antônio", "relationship": "avô"}
    index = build_index(persona, memories(
        "A cidade onde ele nasceu era Itabuna, na Bahia.",
        "O vô fazia pão todo domingo.",
        "Ele sempre dizia: 'um dia eu volto pra Bahia'."))
    assert sure_of(index, "o senhor já foi pra bahia?") == "m0"


YOUNG_LEGACY_PT = (
    "A vó Dora nasceu em 1941 em Caruaru, numa casa de janela azul na Rua do Rosário.",
    "Durante quarenta anos a vó costurou para fora numa máquina Singer de pedal.",
    "A vó teve uma gata amarela chamada Mimosa, que dormia em cima da máquina de costura.",
    "Ela ia pra escola do sítio montada na égua Estrela, que empacava toda vez que via a ponte.",
    "A vó acordava às cinco e ia pra feira antes de clarear.",
    "Em 1977 o time da vó jogou a final, foi campeão e ela pagou guaraná pra rua inteira.")


@pytest.mark.parametrize("asked, memory", [
    # a colour said before "chamada" and the name: the colour is the name's
    ("de que cor era a mimosa?", "m2"),
    # using is how the machine served, which the memory that names it does not say
    ("que máquina a senhora usava pra costurar?", "m1"),
    # "em que lugar" asks where, which the memory says by the town's name
    ("vó, em que lugar a senhora veio ao mundo?", "m0"),
    # the hour asked after the verb, as Brazilians say it
    ("vó vc acordava q horas pra ir pra feira?", "m4"),
])
def test_a_young_portuguese_legacy_answers_what_its_memories_say(asked, memory) -> None:
    persona = {"id": "p", "name": "Dora", "relationship": "avó", "language": "pt-BR"}
    assert sure_of(build_index(persona, memories(*YOUNG_LEGACY_PT)), asked) == memory


@pytest.mark.parametrize("asked", [
    # the mare's name is no school's
    "vó qual era o nome da escola do sítio q a senhora ia?",
    # a title won says no side played against
    "contra quem o time da senhora jogou a final?",
])
def test_a_young_portuguese_legacy_does_not_answer_what_none_says(asked) -> None:
    persona = {"id": "p", "name": "Dora", "relationship": "avó", "language": "pt-BR"}
    assert sure_of(build_index(persona, memories(*YOUNG_LEGACY_PT)), asked) is None


def test_a_name_after_named_or_a_maker_asked_is_read_as_the_thing_s() -> None:
    """"the horse was a bay gelding named Duke": Duke is the horse, however far; and how much a
    crew paid is a price, however many words stand between."""
    persona = {"id": "p", "name": "Walt", "relationship": "grandfather", "language": "en"}
    index = build_index(persona, memories(
        "Grandpa's horse on the home farm was a bay gelding named Duke who hated the tractor.",
        "He spent two years at Camp Lejeune fixing jeeps and came home with a bad knee.",
        "At sixteen he followed the harvest with a threshing crew from Texas clear to Montana."))
    assert sure_of(index, "what was the name of your horse on the farm?") == "m0"
    assert sure_of(index, "how much did the threshing crew pay you?") is None
    from chalicelib.persona.retrieval import answer_kind, named_whom
    assert answer_kind("how much did the custom harvest crews pay you back then?") == "price"
    assert named_whom("what was the name of that carnival song about the bridge?") == "song"
    assert answer_kind("vc acordava q horas pra ir pra feira?") == "hour"


def test_the_best_grades_the_good_and_a_pet_s_name_is_not_its_place_s() -> None:
    """"qual madeira o senhor achava a melhor?" is answered by "madeira boa é cedro"; "o
    cachorro da oficina era o Tição" names the dog, not the workshop; and an app is today's
    world, which no memory holds."""
    from chalicelib.persona.text import terms
    assert {"s:bom", "s:boa"} <= {t for t, _ in terms("melhor")}
    assert "s:good" in {t for t, _ in terms("best")}
    persona = {"id": "p", "name": "Honório", "relationship": "avô", "language": "pt-BR"}
    index = build_index(persona, memories(
        "O Vô sempre dizia que madeira boa é cedro: cheira bem e cupim não gosta.",
        "O melhor amigo do Vô era o Anísio, que trabalhou com ele na marcenaria.",
        "O cachorro da oficina era o Tição, um vira-lata preto que dormia na serragem.",
        "Em 1961 o Vô abriu a Marcenaria Siqueira num puxado do lado da casa.",
        "Em 1975 o Vô comprou um Fusca azul e levava a família pra Ubatuba."))
    assert sure_of(index, "qual madeira o senhor achava a melhor?") == "m0"
    # (the workshop's own memory says "marcenaria", not "oficina": words alone cannot be sure
    # of it, but no longer answer with the dog's name)
    assert sure_of(index, "como se chamava a sua oficina?") is None
    assert sure_of(index, "vô qual o melhor app pra aprender a dirigir?") is None


def test_the_clock_read_by_its_hands_is_an_hour() -> None:
    """"the alarm went off at ten to four" answers "what time?"; a count of people is none."""
    from chalicelib.persona.retrieval import ANSWER_SHAPES
    for said in ("at ten to four", "a quarter past six.", "acordava dez pras cinco da manhã"):
        assert ANSWER_SHAPES["hour"].search(said), said
    for said in ("ten to fifteen people came", "drew 20 to 30 couples",
                 "a mesa passava de dez pra doze pessoas"):
        assert not ANSWER_SHAPES["hour"].search(said), said
    persona = {"id": "p", "name": "Norman", "relationship": "grandfather", "language": "en"}
    index = build_index(persona, memories(
        "For thirty-eight years Grandad's alarm went off at ten to four, six days a week.",
        "Grandad left school at fourteen and his first job was butcher's boy at Dodd's.",
        "He kept racing pigeons at the back of the allotment."))
    assert sure_of(index, "what time did your alarm go off?") == "m0"


def test_a_brazilian_river_fish_and_a_blue_heeler_are_kinds_of_what_is_asked() -> None:
    """"que peixe o senhor pescava?" is told by "ia pescar traíra"; a heeler is a dog."""
    from chalicelib.persona import lexicon
    assert {"traira", "tucunare", "bagre"} <= set(lexicon.kinds("fish"))
    assert "heeler" in lexicon.kinds("dog") and not lexicon.is_kind("pintado")
    persona = {"id": "p", "name": "Antônio", "relationship": "avô", "language": "pt-BR"}
    index = build_index(persona, memories(
        "Todo domingo o vô ia pescar traíra na represa de Furnas com o compadre Tonico.",
        "O vô e a vó Cida casaram em 1961 na Igreja do Rosário, em Pouso Alegre."))
    assert sure_of(index, "que peixe o senhor pescava?") == "m0"


@pytest.mark.parametrize("memory, asked, answers", [
    # a car's make that is also a person's name is still its make
    ("Grandad drove a Morris Minor until 1975, and washed it every Sunday.",
     "What make of car did you have, Grandad?", True),
    # an app a grandmother used is a memory, not today's world
    ("A vó tirava as receitas do app Tudo Gostoso no celular.",
     "Vó, de qual app a senhora tirava as receitas?", True),
    # the other side said as faced, played, enfrentou
    ("Em 1962 o time do vô enfrentou o Santos do Pelé e perdeu de cinco.",
     "contra quem o time do senhor jogou em 1962?", True),
    # whose the dog was is no name the dog was: the bar's name stands
    ("O cachorro era do Bar Central, mas dormia na nossa varanda.", "qual era o nome do bar?",
     True),
    # a dog of the workshop, named after what it was: no name of the workshop
    ("O cachorro da oficina era um vira-lata chamado Tição.", "qual era o nome da oficina?",
     False),
    # a count of people is no time
    ("No Natal a mesa da vó passava de dez pra doze pessoas.", "que horas era a ceia de Natal?",
     False),
    # finished high school answers when school was finished
    ("Mum finished high school in 1958 and went straight to work at the cotton mill.",
     "When did you finish school, Mum?", True),
])
def test_what_the_session_35_review_found(memory, asked, answers) -> None:
    persona = {"id": "p", "name": "Antônio", "relationship": "avô"}
    index = build_index(persona, memories(memory, "A Vó Cida fazia pudim no domingo."))
    assert (sure_of(index, asked) == "m0") is answers


@pytest.mark.parametrize("asked, text, says", [
    ("que máquina a senhora usava pra costurar?",
     "Durante quarenta anos a vó costurou para fora numa máquina Singer de pedal.", True),
    ("que máquina a senhora usava pra costurar?",
     "A gata dormia em cima da máquina de costura.", False),
    ("qual carro o senhor tinha?", "O carro dele era um Fusca azul.", True),
    ("qual carro o senhor tinha?", "Ele adorava o carro e lavava todo domingo.", False),
    ("what car did you drive?", "Grandpa drove a blue Chevy car to church.", True),
    ("qual carro o senhor tinha?", "O vô gostava de pescar.", None),
    ("onde o senhor nasceu?", "O vô nasceu em Itu.", None),
])
def test_which_one_is_said_by_a_word_beside_the_thing_the_question_does_not_say(
        asked, text, says) -> None:
    from chalicelib.persona.retrieval import says_which
    assert says_which(asked, {"text": text}) is says


def test_a_first_person_past_that_opens_on_a_vowel_is_its_verb() -> None:
    """"Entrei na fábrica" tells when she "entrou" (Snowball leaves "entrei" whole)."""
    from chalicelib.persona.text import stems
    assert "entrar" in stems("entrei") and "usar" in stems("usei")
    persona = {"id": "p", "name": "Nair", "relationship": "avó", "language": "pt-BR"}
    index = build_index(persona, memories(
        "Entrei na fábrica de tecidos em 1957, com catorze anos, para varrer o chão.",
        "A vó fazia bolo de fubá todo sábado."))
    assert sure_of(index, "em que ano a senhora entrou na fábrica de tecidos?") == "m0"


@pytest.mark.parametrize("word, other, meet", [
    # a stem shared by chance is no idea shared
    ("sold", "soldado", False), ("parte", "nasceu", False), ("long", "saudade", False),
    ("morro", "morreu", False), ("costas", "custou", False), ("prata", "comida", False),
    # (nor a word of two senses: a horse's "anca", the plumber's "pipe", "mar bravo")
    ("anca", "quadril", False), ("pipe", "smoked", False), ("bravo", "raiva", False),
    # ... and everyday ideas said in other words are one idea
    ("queixava", "complained", True), ("timida", "shy", True), ("patrao", "boss", True),
    ("resmungava", "grumbled", True), ("cochilo", "nap", True), ("cantor", "singer", True),
])
def test_what_words_meet_in_an_idea(word, other, meet) -> None:
    from chalicelib.persona.text import terms
    ideas = {t for t, _ in terms(word) if t.startswith("c:")}
    assert bool(ideas & {t for t, _ in terms(other) if t.startswith("c:")}) is meet


@pytest.mark.parametrize("memory, asked, answers", [
    # a name after "com" is whom one was with, not the workshop's name
    ("Fui trabalhar na oficina com o Seu Bento, na Rua Direita, em 1950.",
     "com quem o senhor trabalhou na oficina?", True),
    # a titled name after "at" is the owner asked for, not a place
    ("At fifteen I swept the floor at Mr. Kowalski's bakery on Main Street, for a dollar a day.",
     "who did you sweep the floor for at fifteen?", True),
    # a month asked is told by the month's name, not by a year alone
    ("Casamos em junho de 1958 na capela do Bom Jesus.", "em que mês a senhora casou?", True),
    ("Casamos em 1958 na capela do Bom Jesus.", "em que mês a senhora casou?", False),
    # "people" frames whoever did it, as "anyone" does
    ("Whenever anyone moaned about the rain, Nana said it was good for the garden.",
     "what did you tell people who moaned about the rain?", True),
    # a timber, a Brazilian instrument: kinds of what is asked
    ("O vô fez a mesa da cozinha de peroba, com as tábuas de uma casa velha.",
     "de que madeira era a mesa da cozinha?", True),
    ("Ele tocava zabumba no trio do Seu Lula nas festas de junho.",
     "que instrumento o vô tocava no trio?", True),
    # a part of a town is named after the kind's "of"; a part sung is a voice
    ("We lived in the suburb of Ashfield for twenty years after the war.",
     "which part of town did you live in after the war?", True),
    ("She sang soprano in the parish choir every Sunday.",
     "which part did you sing in the parish choir?", True),
])
def test_what_the_session_36_blind_pair_taught(memory, asked, answers) -> None:
    persona = {"id": "p", "name": "Antônio", "relationship": "avô"}
    index = build_index(persona, memories(memory, "A Vó Cida fazia pudim no domingo."))
    assert (sure_of(index, asked) == "m0") is answers


def test_a_timber_and_an_instrument_are_kinds_a_tree_a_fruit_and_deafness_are_not() -> None:
    from chalicelib.persona import lexicon
    assert {"imbuia", "peroba", "rimu", "oak"} <= set(lexicon.kinds("wood"))
    assert not {"ash", "cherry"} & set(lexicon.kinds("wood"))
    assert {"zabumba", "triangulo", "pandeiro"} <= set(lexicon.kinds("instrument"))
    assert not {"surdo", "bateria", "casaca"} & set(lexicon.kinds("instrument"))


def test_which_part_is_a_place_s_name_or_a_voice_as_the_question_asks() -> None:
    """"qual parte a senhora cantava no coral?" is not told by the town the choir sang in."""
    persona = {"id": "p", "name": "Cida", "relationship": "avó"}
    index = build_index(persona, memories(
        "A vó cantava no coral da igreja matriz de Ponta Grossa todo domingo.",
        "A Vó Cida fazia pudim no domingo."))
    assert sure_of(index, "qual parte a senhora cantava no coral?") is None


def test_a_month_a_saying_in_shorthand_and_an_illness_are_read_as_asked() -> None:
    from chalicelib.persona.retrieval import ANSWER_SHAPES, answer_kind, holds_answer
    assert answer_kind("em que mês vocês casaram?") == "month"
    assert answer_kind("what month was Aunt Jo born?") == "month"
    assert ANSWER_SHAPES["month"].search("married in May 1960")
    assert not ANSWER_SHAPES["month"].search("she may come later")
    assert holds_answer({"text": "x", "date": "maio de 1960"}, "month")
    assert answer_kind("wat did u always say when we were late") == "saying"
    assert holds_answer({"text": "Quando a Rosa pegou tifo, o vô fez uma promessa."}, "cause")
    assert holds_answer({"text": "He nearly died of typhoid in 1944."}, "cause")
    assert answer_kind("Vó, do que foi que o Vô Tonho faleceu?") == "cause"
    assert answer_kind("vo, q dia e mês foi o casamento de vcs?") == "month"
    assert answer_kind("de quanto eram os primeiros salários da senhora?") == "price"


# Session 37: what a blind pair taught (a salt-maker of Areia Branca, a cheesemaker of Hawes)
DALES = (
    "In 2015 Nana was diagnosed with heart failure and had to give up the walk to Hardraw "
    "Force that she'd done every Easter Monday for sixty years.",
    "Andy was daft about sheep from the time he could walk, and at eight he won his first "
    "rosette at Muker Show with a Swaledale ewe lamb.",
    "Sunday dinner was always roast lamb from Grandad's own flock, Yorkshire puddings and "
    "mint sauce from the patch by the back door.",
    "I met Ted at the Hawes sheep sale in 1958. He'd just been outbid on a tup, so I bought "
    "him a cup of tea.",
    "When the creamery was shut down in 1992, Nana stood outside the gates in the rain.",
)


def test_the_land_s_features_and_the_year_s_shows_have_names() -> None:
    """"which waterfall did you walk to?" is told by "the walk to Hardraw Force", "em que
    exposição o Andy ganhou a roseta?" by "at Muker Show": a waterfall and a show have names
    as a town or a shop has; a memory that names none of them cannot say which."""
    index = build_index({"id": "p", "name": "Muriel", "relationship": "grandmother"},
                        memories(*DALES))
    assert sure_of(index, "Nana, which waterfall did you walk to every Easter until your "
                          "heart got bad?") == "m0"
    assert sure_of(index, "Dona Muriel, em que exposição o tio Andy ganhou a primeira roseta "
                          "dele?") == "m1"
    plain = build_index({"id": "p", "name": "Muriel", "relationship": "grandmother"},
                        memories("Every Easter Monday Nana walked up the beck to the waterfall "
                                 "with a flask of tea.", *DALES[2:]))
    assert sure_of(plain, "Nana, which waterfall did you walk to every Easter Monday?") is None


def test_the_animals_a_kitchen_cooks_are_meats() -> None:
    """"what meat was the Sunday roast?" is told by "roast lamb" (WordNet knows a lamb first
    as the animal), and a Brazilian cut is a meat too; a child is never one ("kid", "brat")."""
    from chalicelib.persona import lexicon
    assert {"lamb", "mutton", "picanha", "cordeiro"} <= set(lexicon.kinds("meat"))
    assert not {"kid", "brat", "organs", "goat", "turkey"} & set(lexicon.kinds("meat"))
    index = build_index({"id": "p", "name": "Muriel", "relationship": "grandmother"},
                        memories(*DALES))
    assert sure_of(index, "And the Sunday roast, Nana, what meat was it?") == "m2"
    # a kind written as a name is a name: a country tells no meat, nor a town a fruit tree
    abroad = build_index({"id": "p", "name": "Muriel", "relationship": "grandmother"},
                         memories("We spent Christmas 1988 in Turkey visiting your aunt Carol.",
                                  *DALES[3:]))
    assert sure_of(abroad, "What meat did you have at Christmas in 1988?") is None


def test_an_opinion_of_today_s_things_is_today_s_world() -> None:
    """"what do you think about all these electric cars people are buying now?", "o que a
    senhora acha dessas redes sociais de hoje?": no memory of the machines that came to the
    salt pans in the sixties holds it; what he thought of them then, one may tell."""
    index = build_index({"id": "p", "name": "Ismael", "relationship": "avô"}, memories(
        "No fim dos anos 60 as máquinas chegaram nas salinas e muita gente ficou sem "
        "trabalho. O vô achava as máquinas uma tristeza."))
    for asked in ("Seu Mael, what do you think about all these electric cars people are "
                  "buying now?", "Vô, o que o senhor acha dessas máquinas de hoje?",
                  "vo oq vc pensa desses carros eletricos q tem agora?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] >= 0.6, asked
    for asked in ("Vô, o que o senhor achava das máquinas nas salinas?",
                  "Vô, o que o senhor pensa quando vê as máquinas das salinas hoje?",
                  "Vô, o que o senhor acha das máquinas que chegaram até hoje?"):
        assert index._figures(index._plan(asked), [(0, 1.0)], {0: 1.0}, {})[3] < 0.6, asked


def test_the_fruit_trees_of_a_brazilian_yard_are_fruit_trees() -> None:
    """"que árvore de fruta tinha no quintal?" against "um pé de jabuticaba", which no English
    word translates; a "Rua Padre Café" is a street, no coffee tree."""
    from chalicelib.persona import lexicon
    assert {"jabuticaba", "pequi", "cupuacu"} <= set(lexicon.kinds("fruit")) & set(
        lexicon.kinds("tree"))
    index = build_index({"id": "p", "name": "Honório", "relationship": "avô"}, memories(
        "Em 1965 compramos a casa no Alto dos Passos, com um pé de jabuticaba no quintal.",
        "O vô trabalhou trinta anos na marcenaria da Rua Padre Café, ao lado da igreja."))
    assert sure_of(index, "Vô, que árvore de fruta tinha no quintal da casa?") == "m0"


def test_an_hour_and_a_half_hour_said_in_words_is_an_hour() -> None:
    """"às quatro e meia da manhã", typed without accents too, and "at five thirty in the
    morning" say an hour, as "às quatro da manhã" did."""
    from chalicelib.persona.retrieval import holds_answer
    for said in ("Todo dia, as quatro e meia da manha, o vo ja estava de pe.",
                 "He was up at five thirty in the morning to milk.",
                 "A venda abria as sete e quinze da manha."):
        assert holds_answer({"text": said}, "hour", frozenset()), said
    assert not holds_answer({"text": "Ele tinha quatro e meia arrobas de sal."}, "hour",
                            frozenset())


def test_first_running_into_someone_or_bumping_into_them_is_meeting() -> None:
    """"where did you first run into Grandad Ted?", "when did you bump into Grandad?": the
    memory of meeting him at the sheep sale; running into a shop is no meeting."""
    index = build_index({"id": "p", "name": "Muriel", "relationship": "grandmother"},
                        memories(*DALES, "After the wedding Nana went up to Ted's farm, High "
                                         "Cote in Cotterdale, where the wind never stopped."))
    assert top(index, "Nana, where did you first run into Ted?") == "m3"
    assert top(index, "Nana, where did you first bump into Ted?") == "m3"
    from chalicelib.persona.text import with_phrases
    assert "met" not in with_phrases(["i", "bumped", "into", "the", "doorframe"])
    assert top(index, "Nana, where did you run into the rain with Ted?") != "m3"


def test_the_seaside_closing_down_and_the_paper_of_a_crossword() -> None:
    """"did u ever go to the seaside" is the sea; "when did the creamery close down?" is its
    being shut down (and "fechou", in Portuguese), never a friend who was close; "which
    paper did you do the crossword in?" asks a newspaper's name, which "the Darlington &
    Stockton Times" says."""
    index = build_index({"id": "p", "name": "Muriel", "relationship": "grandmother"}, memories(
        *DALES,
        "The first time Nana ever saw the sea was on the chapel outing to Morecambe in 1951.",
        "Nana did the crossword in the Darlington & Stockton Times every Friday night, in "
        "pencil, and never once let anybody help.",
        "Her closest friend was Elsie, who stood next to her in the vat room for thirty years."))
    assert sure_of(index, "did u ever go to the seaside") == "m5"
    assert sure_of(index, "Nana, when did the creamery close down?") == "m4"
    assert sure_of(index, "Vó, quando a fábrica de queijo fechou?") == "m4"
    assert sure_of(index, "which paper did u do the crossword in") == "m6"
    from chalicelib.persona.text import terms
    ideas = {word: {term for term, _ in terms(word) if term.startswith("c:")}
             for word in ("close", "closest", "shut", "fechou")}
    assert not ideas["close"] and not ideas["closest"] and ideas["shut"] == ideas["fechou"]


# -- session 38: what the p105-p108 pairs taught ------------------------------------------------

def test_a_writer_born_the_personas_year_names_the_personas_parents() -> None:
    """"Nasci em 1942... Minha mãe me chamava de sanfoninha": a writer born the year the
    persona was is the persona, and "minha mãe" the great-grandmother a grandchild asks of
    (not when the record says another year: then a child may be writing of the persona)."""
    said = ("Nasci em 1942 numa casa de taipa em Picos. Minha mãe contava que eu chorei a "
            "noite inteira e por isso me chamava de 'sanfoninha'.")
    asked = "Vô, que apelido a bisa deu pro senhor quando o senhor nasceu?"
    persona = {"id": "p", "name": "Raimundo Sales", "relationship": "avô", "birth_year": 1942}
    index = build_index(persona, memories(said, "O vô plantava feijão de corda no baixio."))
    assert index.parents_in(index.memories[index.positions["m0"]]) == {"p:mother"}
    assert sure_of(index, asked) == "m0"
    other = build_index({**persona, "birth_year": 1968}, memories(said))
    assert other.parents_in(other.memories[0]) == set()


def test_the_whole_family_took_the_spouse_along() -> None:
    """"pra que cidade vocês foram pagar a promessa que a vó fez?": "a família toda foi até
    Juazeiro" took the grandmother too; a trip of the uncle's alone did not."""
    persona = {"id": "p", "name": "Raimundo Sales", "relationship": "avô",
               "aliases": [{"name": "Zefinha", "also_called": ["Vó Zefinha"]}]}
    asked = "Vô, pra que cidade a família foi pagar a promessa que a vó fez pelo tio Zeca?"
    together = build_index(persona, memories(
        "Em 1978 a família toda foi de ônibus até Juazeiro pagar a promessa pela cura do "
        "tio Zeca."))
    alone = build_index(persona, memories(
        "Em 1978 a família mandou o tio Zeca de ônibus até Juazeiro pagar a promessa pela "
        "cura dele."))
    for index, held in ((together, True), (alone, False)):
        plan = index._plan(asked)
        assert (index._coverage(plan, 0)[1] < 0.6) is held


def test_a_when_clause_before_what_is_asked_asks_what() -> None:
    """"E quando a gente fazia bagunça, vó, o que a senhora dizia?" asks a saying, past the
    name called after the clause; a "quando" that asks keeps asking when."""
    from chalicelib.persona.retrieval import answer_kind
    assert answer_kind("E quando a gente fazia bagunça, vó, o que a senhora dizia?") == "saying"
    assert answer_kind("quando alguém chorava, o que a senhora fazia?") is None
    assert answer_kind("quando a senhora casou?") == "when"
    assert answer_kind("quando foi que o senhor chegou, vô, em Oeiras?") == "when"


def test_out_of_bed_in_haste_and_too_proud_said_as_families_say_them() -> None:
    """Getting out of bed is waking; wanting a thing "pra ontem" is haste; "too big for his
    britches" is being "full of himself"; "todo santo dia" and "every single day" say how
    often, which a memory of the habit need not."""
    from chalicelib.persona.text import with_phrases, words
    assert with_phrases(words("a que horas a senhora saía da cama?"))[-1] == "acordava"
    assert with_phrases(words("when did you roll out of bed"))[-1] == "woke"
    index = build_index({"id": "p", "name": "Alzira", "relationship": "avó"}, memories(
        "Eu acordava às cinco e dez e ia tirar leite da Mimosa antes do café.",
        "Quando um neto queria tudo pra ontem, a vó dizia: 'Devagar se vai ao longe.'",
        "When anyone got too full of himself, Nan would say: 'Pride goes before a fall.'",
        "A vó tinha pressa de voltar pra roça depois da missa."))
    assert sure_of(index, "Vó, a que horas a senhora pulava da cama todo santo dia?") == "m0"
    assert sure_of(index, "Vó, o que a senhora dizia quando a gente tinha pressa?") == "m1"
    assert sure_of(index, "Nan, what did you say when someone got too big for his "
                          "britches?") == "m2"


def test_an_illness_named_answers_what_illness_was_had() -> None:
    """"E no fim da vida, que doença foi que o senhor teve?": the words ask only the kind of
    answer, which "teve diabetes" gives."""
    index = build_index({"id": "p", "name": "Raimundo", "relationship": "avô"}, memories(
        "No fim da vida ele teve diabetes e perdeu a visão de um olho, mas não largava o rádio.",
        "O vô plantava feijão de corda no baixio."))
    plan = index._plan("E no fim da vida, vô, que doença foi que o senhor teve?")
    assert plan.only_asking and plan.wanted == "cause"
    assert index._coverage(plan, 0) == (1.0, 0.0) and index._coverage(plan, 1)[0] == 0.0


def test_a_name_before_where_is_a_place_not_a_parents_name() -> None:
    """"perto de Ouricuri, onde meu pai era vaqueiro" names no father: "what was your dad's
    name?" is the other memory's, "Meu pai, Firmino Sales"."""
    from chalicelib.persona.retrieval import _names_before_where, words
    said = words("Nasci numa casinha perto de Ouricuri, onde meu pai era vaqueiro.")
    assert _names_before_where(said, {"ouricuri"}) == {"ouricuri"}
    index = build_index({"id": "p", "name": "Raimundo", "relationship": "avô"}, memories(
        "Nasci em 1935 numa casinha perto de Ouricuri, onde meu pai era vaqueiro.",
        "Meu pai, Firmino Sales, domava burro bravo na Fazenda Várzea."))
    plan = index._plan("Vô, qual era o nome do seu pai?")
    assert not index._holds(plan, 0) and index._holds(plan, 1)


def test_which_old_legend_asks_a_legend() -> None:
    from chalicelib.persona.retrieval import asked_thing
    assert asked_thing("which old legend did you tell us by the stove?") == "legend"
    assert asked_thing("which little dog was yours?") == "dog"
    assert asked_thing("which big one did you like?") == "big"


def test_a_kinship_word_before_another_name_names_no_one_of_the_persona() -> None:
    """"wrapping Granny Smiths" names no grandmother: "My dad, Angus Reid" is still the
    persona's own father, in her own voice."""
    index = build_index({"id": "p", "name": "Isla Reid", "relationship": "grandmother"},
                        memories("My dad, Angus Reid, grew Granny Smiths and Coxes in the "
                                 "orchard, and I sorted them every autumn."))
    assert index.parents_in(index.memories[0]) == {"p:father"}
    assert sure_of(index, "Gran, what was your father's name?") == "m0"


def test_a_parent_named_in_apposition_in_a_first_person_memory() -> None:
    """"A mãe, Dona Zulmira... foi ela quem me ensinou a rezar": a mother the family's names do
    not know is the writer's, the persona's; named as the persona's wife, the writer is a
    child of the persona."""
    said = "A mãe, Dona Zulmira, fazia renda de bilro e foi ela quem me ensinou a rezar."
    index = build_index({"id": "p", "name": "Benedito", "relationship": "avô"}, memories(said))
    assert index.parents_in(index.memories[0]) == {"p:mother"}
    assert sure_of(index, "Vô, qual era o nome da sua mãe?") == "m0"
    assert sure_of(index, "Grandpa, what was your mom's name, the one who taught you to "
                          "pray?") == "m0"
    wife = build_index({"id": "p", "name": "Benedito", "relationship": "avô",
                        "aliases": [{"name": "Zulmira", "also_called": ["Vó Zu"]}]},
                       memories(said))
    assert wife.parents_in(wife.memories[0]) == set()


def test_ordinals_count_and_a_fortieth_anniversary_is_the_ruby_one() -> None:
    """"their fortieth anniversary" is "os quarenta anos de casados" and "as bodas de rubi";
    "the fifth" counts five (not "quinta", a weekday, nor "quarto", a room)."""
    from chalicelib.persona.text import terms, with_phrases, words
    assert with_phrases(words("our fortieth anniversary"))[-1] == "rubywedding"
    assert with_phrases(words("nos quarenta anos de casados")) == ["nos", "rubywedding"]
    assert with_phrases(words("as bodas de rubi")) == ["as", "rubywedding"]
    assert "s:5" in {t for t, _ in terms("fifth")}
    assert "s:5" not in {t for t, _ in terms("quinta")}
    index = build_index({"id": "p", "name": "Alzira", "relationship": "avó"}, memories(
        "For their ruby anniversary in 1998 the kids sent Nan and Pop to Gramado for a week.",
        "A vó fazia doce de buriti no tacho de cobre."))
    assert sure_of(index, "Grandma, where did we send you for your fortieth anniversary?") \
        == "m0"


def test_the_flowers_sweets_and_meats_a_family_names() -> None:
    """"which bloom by the gate?" against "the white gardenia"; "que doce o seu pai trazia?"
    against "cocada"; "what meat?" against "hogget"."""
    from chalicelib.persona import lexicon
    assert {"camellia", "hyacinth", "gardenia"} <= set(lexicon.kinds("flower"))
    assert {"rapadura", "cocada"} <= set(lexicon.kinds("sweet"))
    assert "hogget" in lexicon.kinds("meat")
    assert "lily" not in lexicon.kinds("flower")  # Aunt Lily
    index = build_index({"id": "p", "name": "Alzira", "relationship": "avó"}, memories(
        "Meu pai, Zé Lino, voltava da feira de Caruaru com cocada pra gente dividir.",
        "The white gardenia by the gate was Mum's pride, and she cut one for every bride.",
        "Sunday dinner was a leg of hogget with mint sauce from the back garden."))
    assert sure_of(index, "Vó, que guloseima o seu pai trazia da feira?") == "m0"
    assert sure_of(index, "Gran, which bloom grew by the gate?") == "m1"
    assert sure_of(index, "Gran, what meat was the Sunday dinner?") == "m2"


def test_a_fire_fought_a_panic_and_the_day_a_child_came() -> None:
    """"o fogo mais terrível que o senhor combateu" is "o pior incêndio que enfrentou";
    "entrar em pânico" is "se apavorar"; "no dia em que a caçula nasceu" is when she was born,
    no day a memory need say."""
    from chalicelib.persona.text import terms
    def ideas(word: str) -> set[str]:
        return {t for t, _ in terms(word) if t.startswith("c:")}
    assert ideas("fogo") & ideas("incêndio") and ideas("pânico") & ideas("apavorava")
    assert ideas("combater") & ideas("enfrentou") and not ideas("enfrentou") & ideas("brigar")
    index = build_index({"id": "p", "name": "Osório", "relationship": "avô"}, memories(
        "O pior incêndio que o vô enfrentou foi o da serraria do porto, em 1971.",
        "Quando alguém se apavorava, o vô dizia: 'Calma que o fogo não corre.'",
        "O vô estava de plantão no quartel quando a Nice, a caçula, nasceu."))
    assert sure_of(index, "Vô, qual foi o fogo mais terrível que o senhor combateu?") == "m0"
    assert sure_of(index, "Vô, o que o senhor dizia quando alguém entrava em pânico?") == "m1"
    assert sure_of(index, "Vô, onde o senhor estava no dia em que a caçula nasceu?") == "m2"


def test_a_memory_closer_in_meaning_that_cannot_say_gives_way_to_one_the_words_put_first(
        monkeypatch) -> None:
    """"qual era o nome do seu pai?": the memory of the birth, closest in meaning, that says
    where the father worked and never his name, gives way to the next, which the words rank
    above it and which says his name."""
    from chalicelib.persona import retrieval
    found = memories(
        "Nasci em 1937 numa fazenda de cacau perto de Ilhéus, onde meu pai era capataz.",
        "Meu pai, Lauro Guedes, cantava o tempo todo enquanto secava o cacau na barcaça.",
        "A vó fazia doce de buriti no tacho de cobre.",
        "O casamento foi na capela de São Jorge, em 1958.")
    for memory, vector in zip(found, ([1.0, 0.0, 0.0], [0.2, 1.0, 0.0], [0.0, 0.0, 1.0],
                                      [0.0, 0.3, 1.0]), strict=True):
        memory["embedding"] = vector
    index = build_index({"id": "p", "name": "Ester Guedes", "relationship": "avó",
                         "birth_year": 1937}, found)
    asked = "Vó, qual era o nome do seu pai?"
    assert index.hits(asked, 2, [1.0, 0.05, 0.0])[0].memory["id"] == "m1"
    monkeypatch.setattr(retrieval, "COVERED_DEPTH", 1)  # no memory looked at past the first
    assert index.hits(asked, 2, [1.0, 0.05, 0.0])[0].memory["id"] == "m0"


def test_who_has_a_thing_now_is_whom_it_is_with() -> None:
    """"who has your poncho now?": "hoje está com o Rafa, em Pelotas" (not Pelotas); "Uncle
    Graham has it now"; the mug "fica na estante da Sônia" in the sentence after the mug;
    a memory that only tells the thing names no holder."""
    persona = {"id": "p", "name": "Dorival", "relationship": "avô"}
    index = build_index(persona, memories(
        "O poncho de lã do vô, marrom com listra preta, hoje está com o Rafa, em Pelotas.",
        "A vó tomava café numa caneca esmaltada azul, toda lascada. Hoje ela fica na estante "
        "da Sônia.",
        "Grandad's walling hammer had an ash handle. Uncle Graham has it now, in his shed.",
        "O vô tinha um relógio de bolso de prata, com tampa, que ele dava corda toda noite."))
    for asked, answer in (("Vô, who has your poncho now?", "m0"),
                          ("Vô, who has your old blue coffee mug now?", "m1"),
                          ("And your walling hammer, Grandad, who ended up with it?", "m2")):
        plan = index._plan(asked)
        assert plan.wanted == "who" and index._holds(plan, index.positions[answer]), asked
    assert not index._holds(index._plan("Vô, quem ficou com o relógio de bolso?"), 3)


def test_a_fans_club_is_the_team_asked_and_the_one_at_heart() -> None:
    """"qual era o time do coração do senhor?", "vc torcia pra q time?": "o vô era gremista
    doente... quando o Grêmio ganhou" names the club, and a fan's club is the one liked."""
    index = build_index({"id": "p", "name": "Beto", "relationship": "avô"}, memories(
        "O vô era gremista doente. Em 1983, quando o Grêmio ganhou o Mundial, ele soltou "
        "foguete na calçada.",
        "O vô jogava bocha no clube toda quinta com o compadre Nestor."))
    assert sure_of(index, "Vô, qual era o time do coração do senhor?") == "m0"
    assert sure_of(index, "vô vc torcia pra q time?") == "m0"
    plan = index._plan("Vô, qual era o time do senhor?")
    assert index._tells_asked(plan, 0) and not index._tells_asked(plan, 1)


def test_a_parent_named_in_a_memory_that_names_the_persona() -> None:
    """"O pai, Isidoro Macedo, era mestre de saveiro... Foi nele que Bira aprendeu": of Bira by
    name, the father is Bira's; "the twenty-fifth anniversary" is the silver one."""
    index = build_index({"id": "p", "name": "Ubiratan Macedo", "relationship": "avô",
                         "aliases": [{"name": "Ubiratan", "also_called": ["Bira", "Vô Bira"]}]},
                        memories("O pai, Isidoro Macedo, era mestre de saveiro e tinha um barco "
                                 "chamado Estrela do Iguape. Foi nele que Bira aprendeu a velejar."))
    assert index.parents_in(index.memories[0]) == {"p:father"}
    assert sure_of(index, "Vô Bira, qual era o nome do barco do seu pai?") == "m0"
    from chalicelib.persona.text import with_phrases, words
    assert with_phrases(words("our twenty-fifth anniversary"))[-1] == "silverwedding"


def test_events_said_in_the_plural_are_the_many_others() -> None:
    """"where did you get married?": "We were married at St Matthew's", not the florist's
    "two thousand weddings"; and "da sua vida" says how far a superlative reaches."""
    index = build_index({"id": "p", "name": "Isobel", "relationship": "grandmother"}, memories(
        "Nana reckoned she'd done the flowers for over two thousand weddings, and she could "
        "tell which marriages would last.",
        "We were married in March 1960 at St Matthew's in Hastings, in the rain.",
        "O pior incêndio que o vô enfrentou foi o do armazém do porto, em 1964."))
    assert top(index, "Nana, where did you get married?") == "m1"
    assert sure_of(index, "Vô, qual foi o pior incêndio da sua vida?") == "m2"


def test_the_end_reviews_traps_for_the_new_rules() -> None:
    """What the end review found the new rules doing wrong, fixed generally: "Olavo, onde quer
    que fosse" is no place; "the whole family next door" and "Grandpa Joe's whole family" took
    no spouse along; "o pai, Marcelo, me levava na casa da vó" is a grandchild's father; a
    diamond anniversary is not the shop's fortieth; "Girassol" names a square."""
    from chalicelib.persona import lexicon
    from chalicelib.persona.retrieval import _WHOLE_FAMILY, _names_before_where, words
    said = words("Meu compadre Olavo, onde quer que fosse, levava o violão.")
    assert _names_before_where(said, {"olavo"}) == set()
    assert _WHOLE_FAMILY.search("The whole family next door, the Kowalskis, moved") is None
    assert _WHOLE_FAMILY.search("Grandpa Joe's whole family came over in 1921") is None
    assert _WHOLE_FAMILY.search("The whole family drove down to Bar Harbor") is not None
    grandchild = build_index({"id": "p", "name": "Terezinha", "relationship": "avó"}, memories(
        "Quando eu era pequena, o pai, Marcelo, me levava na casa da vó todo domingo."))
    assert grandchild.parents_in(grandchild.memories[0]) == set()
    shop = build_index({"id": "p", "name": "Peggy", "relationship": "grandmother"}, memories(
        "The shop's fortieth anniversary we marked with a sale on every bolt of cloth.",
        "For our ruby anniversary your grandad took me to Rome, and it rained every day."))
    assert sure_of(shop, "Where did you go for your diamond anniversary?") is None
    assert sure_of(shop, "Where did you go for your fortieth anniversary?") == "m1"
    assert "girassol" not in lexicon.kinds("flower") and "magnolia" not in lexicon.kinds("flower")
