"""The English <-> Portuguese lexicon links a visitor's words to a family's memories."""
from __future__ import annotations

import pytest

from chalicelib.persona import lexicon


@pytest.mark.parametrize("word, expected", [
    ("fridge", "geladeira"),  # FreeDict lacks "fridge": WordNet's "refrigerator" bridges it
    ("refrigerator", "geladeira"),
    ("driver", "motorista"),
    ("wedding", "casamento"),  # through WordNet's "marriage ceremony, marriage"
    ("doctor", "medico"),
    ("sew", "costurar"),
    ("grandma", "avo"),
    ("soap", "sabao"),
    ("soap", "novela"),  # curated: "her soaps" are what Brazilians call novelas
    ("opera", "opera"),
    ("dentures", "dentadura"),
    ("cable", "bondinho"),  # curated: "cable car" reaches Rio's bondinho
])
def test_english_word_finds_its_portuguese(word, expected) -> None:
    assert expected in lexicon.translations(word)


@pytest.mark.parametrize("word, expected", [
    ("geladeira", "refrigerator"),
    ("motorista", "driver"),
    ("casamento", "marriage"),
    ("medico", "doctor"),
    ("dentadura", "teeth"),
    ("avo", "grandmother"),  # folded "avó" and "avô" are one key: both are there
    ("avo", "grandfather"),
    ("vo", "grandpa"),
    ("novela", "soap"),  # FreeDict only has "short story"; curated adds the soap opera
    ("novela", "opera"),
    ("bondinho", "cable"),
    ("teleferico", "car"),
])
def test_portuguese_word_finds_its_english(word, expected) -> None:
    assert expected in lexicon.translations(word)


def test_past_participle_has_its_own_entry() -> None:
    assert "casado" in lexicon.translations("married")
    assert "casar" in lexicon.translations("marrying")


def test_costura_is_sewing_then_what_the_dictionary_gives() -> None:
    """The everyday sense first (scripts/lexicon_everyday.py), then FreeDict's "seam"."""
    assert lexicon.translations("costura") == ("sewing", "seam")


@pytest.mark.parametrize("inflected, base", [
    ("weddings", "wedding"), ("marries", "marry"), ("marrying", "marry"), ("drivers", "driver"),
    ("cities", "city"), ("stopped", "stop"), ("sewing", "sew"),
    ("casamentos", "casamento"), ("motoristas", "motorista"), ("geladeiras", "geladeira"),
    ("leoes", "leao"), ("animais", "animal"), ("papeis", "papel"), ("medica", "medico"),
    ("medicas", "medico"), ("novelas", "novela"),
])
def test_inflected_word_falls_back_to_its_base(inflected, base) -> None:
    assert lexicon.translations(inflected)
    assert set(lexicon.translations(base)) & set(lexicon.translations(inflected))


def test_the_language_can_be_named_when_a_word_is_both() -> None:
    assert "doctor" in lexicon.translations("medico", "pt")
    assert "doctor" not in lexicon.translations("medico", "en")


def test_synonyms_stay_in_their_language() -> None:
    assert "grandmother" in lexicon.synonyms("grandma")
    assert "matrimonio" in lexicon.synonyms("casamento")
    assert "casamento" not in lexicon.synonyms("casamento")


def test_unknown_word_gives_nothing() -> None:
    assert lexicon.translations("xyzzyq") == ()
    assert lexicon.synonyms("xyzzyq") == ()


def test_grammatical_words_are_left_out() -> None:
    assert lexicon.translations("the") == ()
    assert "o" not in lexicon.translations("the")


def data_lines() -> list[str]:
    return lexicon.DATA_FILE.read_text(encoding="utf-8").splitlines()


def test_every_entry_is_single_folded_words_and_at_most_six() -> None:
    rows = [line.split("\t") for line in data_lines() if not line.startswith("#")]
    assert len(rows) > 100_000
    for kind, word, words in rows:
        assert kind in {"1", "2", "3", "4"}
        assert word.isalpha() and word.isascii() and word == word.lower()
        assert 1 <= len(words.split()) <= 6
        assert all(w.isalpha() and w.isascii() for w in words.split())


def test_entries_are_sorted_bytewise_for_the_binary_search() -> None:
    keys = [line.encode("utf-8") for line in data_lines() if not line.startswith("#")]
    assert keys == sorted(keys)
    assert all(b"#" < key[:1] for key in keys)  # the header sorts before every entry


def test_data_file_ships_small_and_names_its_sources() -> None:
    assert lexicon.DATA_FILE.stat().st_size < 5 * 1024 * 1024
    header = "".join(line for line in data_lines() if line.startswith("#"))
    for package in ("dict-freedict-eng-por", "dict-freedict-por-eng", "wordnet-base",
                    "mythes-pt-br", "iso-codes"):
        assert package in header


def test_loader_reads_the_file_once() -> None:
    lexicon._data.cache_clear()
    lexicon._entry.cache_clear()
    lexicon.translations("fridge")
    lexicon.translations("novela")
    lexicon.synonyms("casamento")
    assert lexicon._data.cache_info().misses == 1


def test_the_first_and_last_entries_and_absent_words_are_looked_up_right() -> None:
    rows = [line.split("\t") for line in data_lines() if not line.startswith("#")]
    for kind, word, words in (rows[0], rows[-1], rows[len(rows) // 2]):
        assert lexicon._entry(kind, word) == words
    assert lexicon._entry("1", "zzzzzzzz") is None
    assert lexicon._entry("4", "zzzzzzzz") is None
    assert lexicon._entry("1", "") is None


@pytest.mark.parametrize("form, verb", [
    ("ensinou", "ensinar"), ("casou", "casar"), ("morreu", "morrer"), ("tocava", "tocar"),
    ("comprei", "comprar"), ("dirigia", "dirigir"), ("ganharam", "ganhar"),
])
def test_a_verb_form_the_dictionaries_lack_is_read_as_its_infinitive(form, verb) -> None:
    assert lexicon.translations(verb)
    assert set(lexicon.translations(form)) == set(lexicon.translations(verb))


def test_a_participle_is_not_read_as_a_verb() -> None:
    # "cunhado" is a brother-in-law, whatever "cunhar" (to coin) means
    assert not set(lexicon.translations("cunhado")) & set(lexicon.translations("cunhar"))


def test_a_noun_that_names_a_verb_s_act_is_translated_as_the_verb() -> None:
    # "a tosquia" (the shearing) is not in the dictionaries; "tosquiar" is
    from chalicelib.persona import lexicon
    assert "shear" in lexicon.translations("tosquia", "pt")


def test_a_few_things_are_known_by_their_kinds() -> None:
    """kinds.tsv (scripts/build_kinds.py, from WordNet): "Nan's kelpie" answers "did you have a
    dog?", in either language; a word that is also a verb ("bay", "launch") or a name
    ("Newfoundland") is no kind."""
    from chalicelib.persona.text import credited_terms
    assert "kelpie" in lexicon.kinds("dog") and "daisy" in lexicon.kinds("flower")
    assert "launch" not in lexicon.kinds("boat") and "bay" not in lexicon.kinds("horse")
    assert "newfoundland" not in lexicon.kinds("dog") and lexicon.kinds("house") == ()
    for word in ("dog", "cachorro"):
        assert ("s:kelpi", 0.5, 1.0) in credited_terms(word)
    for line in lexicon.KINDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            head, said = line.split("\t")
            assert said.split() == sorted(set(said.split())) and head not in said.split()


def test_a_head_families_mean_in_another_sense_is_read_in_that_sense() -> None:
    """"what instrument" asks a musical one (a cornet, not an altimeter); "sweets" are candy
    and desserts (WordNet's first "sweet" is a man); "what drink" any beverage; "prato" a
    prepared dish, not the crockery; and "que peixe", "what sweets" reach them from Portuguese."""
    from chalicelib.persona.text import credited_terms
    assert "cornet" in lexicon.kinds("instrument") and "altimeter" not in lexicon.kinds(
        "instrument")
    assert {"toffee", "pudding"} <= set(lexicon.kinds("sweet"))
    assert "beer" in lexicon.kinds("drink") and "casserole" in lexicon.kinds("dish")
    assert "tureen" not in lexicon.kinds("dish") and "trout" in lexicon.kinds("fish")
    # nor a word Portuguese writes for something else: "bonito" is beautiful, "escolar" of a
    # school ("o senhor gostava de pescar?" found the Grupo Escolar), "cola" is glue
    assert not {"bonito", "escolar"} & set(lexicon.kinds("fish"))
    assert "cola" not in lexicon.kinds("drink") and "pinto" not in lexicon.kinds("horse")
    # sports WordNet also knows as verbs or as table games are sports all the same
    assert {"golf", "cricket", "snooker", "tennis"} <= set(lexicon.kinds("sport"))
    assert any(term == "s:trout" for term, _, _ in credited_terms("peixe"))
    assert any(term == "s:toffe" or term == "s:toffee" for term, _, _ in credited_terms("sweets"))


def test_pets_cars_and_a_continent_s_countries_are_known_by_a_question_s_word() -> None:
    """"any pets?" is answered by a beagle or "o gato"; "what car" by a Chevy or a Fusca; "did
    you ever go to Europe?" by Poland or "a Polônia", by whole country names only ("Franco" is
    no France) and never by a word first known as something else ("turkey" is a bird)."""
    from chalicelib.persona.text import PLACE_CREDIT, credited_terms, with_phrases, words

    def reached(word: str) -> set[str]:
        return {term for term, _, credit in credited_terms(word) if credit == 1.0}
    for asked in ("pets", "pet"):
        assert {"s:beagl", "s:gato", "s:cat", "s:papagai"} <= reached(asked)
    assert with_phrases(words("tinha algum bicho de estimação?"))[-1] == "pet"
    assert {"s:chevy", "s:fusca", "s:holden"} <= reached("carro") & reached("cars")
    for asked in ("europe", "europa"):  # a place held answers half (PLACE_CREDIT)
        placed = {term for term, _, credit in credited_terms(asked) if credit == PLACE_CREDIT}
        assert {"s:poland", "s:polonia", "s:italy", "s:franca"} <= placed
        assert "s:franco" not in placed and "s:polon" not in placed
    assert "turkey" not in lexicon.places("asia") and "japan" in lexicon.places("asia")
    assert lexicon.places("dog") == () and lexicon.kinds("europe") == ()
    assert "poland" not in lexicon.kinds("dog") and not lexicon.is_kind("poland")
    assert with_phrases(words("a viagem pra América do Sul"))[-1] == "southamerica"
    assert "s:argentina" in {term for term, _, credit in credited_terms("southamerica")
                             if credit == PLACE_CREDIT}


def test_the_kinds_of_person_are_known_in_either_language() -> None:
    """people.txt (scripts/build_kinds.py, from WordNet's "person"): "qual cantor", "which
    priest" and "a enfermeira" ask for someone a name answers; a dog or a song does not."""
    for word in ("singer", "cantor", "priest", "padre", "nurse", "enfermeira", "saint"):
        assert lexicon.is_person(word), word
    for word in ("dog", "song", "cancao", "bolo", "hospital", "cadeira"):
        assert not lexicon.is_person(word), word
    listed = [w for w in lexicon.PEOPLE_FILE.read_text(encoding="utf-8").splitlines()
              if not w.startswith("#")]
    assert listed == sorted(set(listed)) and all(w.isalpha() and w.islower() for w in listed)


def test_the_trades_are_known_in_either_language() -> None:
    """jobs.txt (scripts/build_kinds.py, from WordNet's workers, professionals, makers...):
    "what did he do for a living?" is answered by a trade, which a friend, a bridesmaid or
    a word Portuguese says of other things is not."""
    for word in ("miner", "janitor", "telephonist", "seamstress", "farmer", "nurse",
                 "costureira", "professora", "pedreiro", "motorista", "pescador"):
        assert lexicon.is_job(word), word
    for word in ("friend", "sister", "family", "hand", "dog", "levava", "cozinhar", "mao"):
        assert not lexicon.is_job(word), word
    listed = [w for w in lexicon.JOBS_FILE.read_text(encoding="utf-8").splitlines()
              if not w.startswith("#")]
    assert listed == sorted(set(listed)) and all(w.isalpha() and w.islower() for w in listed)


def test_a_question_s_language_says_which_word_it_is() -> None:
    """Portuguese "time" is a team: asked in Portuguese, it never reaches English "time"'s
    translations ("tempo", "feita", whose stem meets "feito"); asked in English, it is time.
    A word that language's dictionaries do not list keeps every reading ("saudade")."""
    from chalicelib.persona.text import credited_terms

    def reached(word: str, language: str | None = None) -> set[str]:
        return {term for term, _, _ in credited_terms(word, language)}
    assert "s:team" in reached("time", "pt") and not {"s:temp", "s:feit"} & reached("time", "pt")
    assert "s:temp" in reached("time", "en") and "s:team" not in reached("time", "en")
    assert reached("saudade", "en") == reached("saudade") and "s:longing" in reached("saudade")


def test_a_place_is_answered_by_the_places_it_holds() -> None:
    """"did you ever go to Italy?" is answered by "the week in Rome"; "o que trouxe dos Estados
    Unidos?" by "a viagem a Orlando"; "Europe" by Madrid, through Spain: places inside places,
    from WordNet's part-of links (scripts/build_kinds.py). Never by a name people carry
    ("Florence", "Nancy"), a name several places carry far apart (Melbourne: Australia and
    Florida), or a word that is first an ordinary one (a jersey, "porto" a harbour)."""
    from chalicelib.persona.text import PLACE_CREDIT, credited_terms, with_phrases, words

    def reached(word: str) -> set[str]:  # half answered: Rome is in Italy, but "vai a Roma"...
        return {term for term, _, credit in credited_terms(word) if credit == PLACE_CREDIT}
    assert {"rome", "roma", "venice", "capri", "naples"} <= set(lexicon.places("italy"))
    assert "orlando" in lexicon.places("florida") and "orlando" in lexicon.places("usa")
    assert with_phrases(words("o que trouxe dos Estados Unidos?"))[-1] == "usa"
    for asked in ("italy", "italia"):
        assert {"s:rome", "s:roma", "s:venic"} <= reached(asked)
    assert "s:orlando" in reached("usa") and "s:madrid" in reached("europe")
    assert "s:edinburgh" in reached("scotland") and "s:lisboa" in reached("portugal")
    assert "s:bali" in reached("asia")  # Asia's by part-of links, through Indonesia
    for name in ("florence", "nancy", "melbourne", "jersey", "porto", "cambridge", "lorraine",
                 "marche", "halle"):  # "Marche", "Halle": searched as "march", "hall"
        assert all(name not in lexicon.places(head) for head in (
            "italy", "france", "florida", "usa", "uk", "portugal", "germany", "europe"))
    assert "s:florenc" not in reached("italy") and "s:porto" not in reached("portugal")
    assert lexicon.places("cachorro") == () and lexicon.places("rome") != ()


def test_everyday_words_the_dictionaries_lack_are_translated_both_ways() -> None:
    """EVERYDAY in scripts/build_lexicon.py: family life's words FreeDict lacks ("infarto",
    "velório", a cruise, a budgie), each side's words given to the other's."""
    assert lexicon.translations("infarto", "pt")[:1] == ("infarction",)
    assert {"heart", "attack"} <= set(lexicon.translations("infarto", "pt"))
    assert lexicon.translations("cruise", "en")[0] == "cruzeiro"
    assert "cruise" in lexicon.translations("cruzeiro", "pt")
    assert lexicon.translations("budgie", "en") == ("periquito",)
    assert "wake" in lexicon.translations("velorio", "pt")
    assert "velorio" not in lexicon.translations("wake", "en")  # one way: "wake up" is acordar


def test_the_everyday_words_of_a_home_are_translated_both_ways() -> None:
    """scripts/lexicon_everyday.py: the common words of family life the dictionaries lack,
    judged pair by pair ("caneta" and "pen", "colcha" and "bedspread", "enchente" and "flood");
    a word with another common sense goes one way ("mango": "manga", a sleeve as well), and a
    sense the dictionaries gave stays ("barraca" is a tent and a market stall)."""
    import importlib.util
    import re
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "scripts" / "lexicon_everyday.py"
    spec = importlib.util.spec_from_file_location("lexicon_everyday", path)
    assert spec is not None and spec.loader is not None
    everyday = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(everyday)
    EVERYDAY_MORE, EVERYDAY_ONE_WAY_MORE = everyday.EVERYDAY_MORE, everyday.EVERYDAY_ONE_WAY_MORE
    for pair in EVERYDAY_MORE:
        assert all(re.fullmatch(r"[a-z]{2,}", w) for side in pair for w in side.split()), pair
    for table in EVERYDAY_ONE_WAY_MORE.values():
        assert all(re.fullmatch(r"[a-z]{2,}", w) for key, said in table.items()
                   for w in (key, *said))
    assert lexicon.translations("caneta", "pt")[0] == "pen"
    assert lexicon.translations("pen", "en")[0] == "caneta"
    assert "bedspread" in lexicon.translations("colcha", "pt")
    assert lexicon.translations("flood", "en")[0] == "enchente"
    assert set(lexicon.translations("crab", "en")) == {"caranguejo", "siri"}
    assert lexicon.translations("mango", "en") == ("manga",)
    assert "mango" not in lexicon.translations("manga", "pt")
    assert {"tent", "stall"} <= set(lexicon.translations("barraca", "pt"))
    assert lexicon.is_job("eletricista") and lexicon.is_job("encanador")
    assert lexicon.is_job("fazendeiro") and not lexicon.is_job("linda")


def test_countries_are_named_in_both_languages() -> None:
    """iso-codes' country names, which the dictionaries lack, after the senses they give:
    "gana" is an appetite, then Ghana."""
    assert lexicon.translations("gana") == ("appetite", "ghana")
    assert lexicon.translations("ghana")[0] == "gana"
    assert lexicon.translations("paraguai") == ("paraguay",)
    assert lexicon.translations("filipinas")[0] == "philippines"


def test_a_city_is_named_in_both_languages() -> None:
    """CLDR's names of the world's cities: "um comprador de Tóquio" meets "a buyer from a
    Tokyo department store", and "Joanesburgo" Johannesburg; a word with senses of its own
    keeps them first ("cayenne", a pepper before the city)."""
    assert "tokyo" in lexicon.translations("toquio")
    assert "toquio" in lexicon.translations("tokyo")
    assert lexicon.translations("joanesburgo") == ("johannesburg",)
    assert lexicon.translations("cayenne")[0] != "caiena"
    assert "caiena" in lexicon.translations("cayenne")


@pytest.mark.parametrize("form, verb", [
    ("found", "achar"), ("gave", "dar"), ("fell", "cair"), ("sang", "cantar"),
    ("lost", "perder"), ("spoke", "falar"),
])
def test_an_irregular_past_that_is_a_word_of_its_own_is_its_verb_too(form, verb) -> None:
    """"found" is a firm founded and what one found, "felt" a cloth and what one felt: the
    verb's Portuguese is among the first translations a search expands a word to."""
    from chalicelib.persona.text import MAX_EXPANSIONS
    assert verb in lexicon.translations(form)[:MAX_EXPANSIONS]


def test_an_irregular_past_keeps_its_own_sense_and_not_another_verb_s() -> None:
    """"born" is no bear's, "rose" is still the flower, and "wedding" stays a wedding."""
    assert lexicon.translations("born")[0] == "nascido"
    assert "urso" not in lexicon.translations("born")
    assert lexicon.translations("rose")[0] == "rosa"
    assert lexicon.translations("wedding")[:2] == ("enlace", "casamento")


def test_a_family_s_child_is_a_son_or_a_daughter() -> None:
    for word, said in (("child", "filho"), ("children", "filhos"), ("kids", "filhos"),
                       ("youngest", "cacula")):
        assert said in lexicon.translations(word)[:3], word


def test_a_prospector_s_mining_and_a_watchmaker_s_shop_are_known() -> None:
    """FreeDict gives "garimpo" only authorship and work, "mining" nothing, and "arrematar" only
    a crown: the diggings of the Chapada, the shop a relojoaria is, what is won at an auction."""
    assert lexicon.translations("mining")[:2] == ("mineracao", "garimpo")
    assert lexicon.translations("garimpo")[0] == "mining"
    assert "prospector" in lexicon.translations("garimpeiro")
    assert "shop" in lexicon.translations("relojoaria")
    assert "bought" in lexicon.translations("arrematei")


def test_a_still_a_cask_and_the_best_are_known() -> None:
    """FreeDict gives "alambique" only a distiller, "tonel" only a barrel and "melhor" only
    better: the cachaça's distillery, the cask it rests in, a best friend."""
    assert lexicon.translations("distillery")[0] == "alambique"
    assert "cask" in lexicon.translations("tonel")
    assert lexicon.translations("best")[0] == "melhor"
    assert lexicon.translations("melhor")[0] == "best"


@pytest.mark.parametrize("word, synonym", [
    ("avc", "derrame"), ("derrame", "avc"), ("barril", "tonel"), ("mandioca", "aipim"),
    ("motorbike", "motorcycle"),
])
def test_the_words_of_one_side_of_an_everyday_pair_are_synonyms(word, synonym) -> None:
    """An "AVC" is a "derrame" in its own language, not only through "stroke"."""
    assert synonym in lexicon.synonyms(word)
