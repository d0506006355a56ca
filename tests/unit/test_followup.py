"""Follow-up questions: which messages lean on what was said before, in Portuguese and
English as people type them, and the topic they continue."""
from __future__ import annotations

from typing import Any

import pytest

from chalicelib.persona.followup import Topic, leans_on_past, own_words, topic_of

LEANING = [
    # Portuguese, as written and as typed
    "e depois?", "E depois, vó?", "e depois vó?", "e dps?", "e dps", "E aí?", "eai vo",
    "e então?", "e daí?", "oq aconteceu dps", "o que aconteceu depois?", "onde foi isso?",
    "ond foi isso", "onde foi isso vo", "Vó, onde foi isso?", "quem mais estava lá?",
    "qm mais tava la?", "em que ano foi isso?", "em que ano foi?", "qual cidade?",
    "como assim?", "como assim vó?", "por quê?", "pq?", "e ele?", "e ela, vó?",
    "Qual era o nome dele?", "Vó, me conta mais", "fala mais disso", "quantos anos você tinha?",
    "E depois, vocês casaram?", "nessa época você trabalhava?", "como foi?", "sério?",
    # English
    "What happened next?", "and then?", "and then what happened?", "where was that?",
    "Where was that, grandma?", "who else was there?", "what year was it?", "why?",
    "why grandma?", "what about him?", "tell me more", "tell me more grandma", "how so?",
    "what do you mean?", "when was that?", "wat happened next", "whr was that",
    # what the thing just told looked like or cost
    "e que cor era?", "qual era a marca?", "quanto custou?", "what colour was it?",
    "what make was it?", "what breed was he?",
]
SELF_STANDING = [
    "Vó, como você conheceu o vô?", "Vó, e a sua festa de 15 anos?", "Vó, qual era o seu signo?",
    "Vô, qual era o seu time?", "e o vô?", "O que você fazia lá na fazenda?",
    "Por que você mudou para São Paulo?", "Vó, quantos anos você tinha quando casou?",
    "Grandma, how did you meet grandpa?", "what about grandpa?", "Where did you work?",
    "Do you remember the song that grandpa sang?", "Was there a party at your wedding?",
    "And what about your sister Rosa and her children?", "E a sua irmã Rosa, onde morava?",
    "Hoje fui ao cemitério", "xylophone quantum", "Vó, qual era a sua cor preferida?",
    "what was your favourite colour?", "qual a marca do seu primeiro carro?",
    # small talk asks nothing of the memories
    "Oi vó", "Obrigada, vó!", "nossa!", "ok", "kkkkk", "", "   ",
]


@pytest.mark.parametrize("message", LEANING)
def test_a_follow_up_leans_on_the_conversation(message) -> None:
    assert leans_on_past(message)


@pytest.mark.parametrize("message", SELF_STANDING)
def test_a_self_standing_message_does_not_lean(message) -> None:
    assert not leans_on_past(message)


def test_own_words_leave_out_address_cues_and_questions_about_the_topic() -> None:
    assert own_words("Vó, em que ano foi isso?") == ()
    assert own_words("E depois, vocês casaram, vó?") == ("casaram",)
    assert own_words("Vó, e a sua festa de 15 anos?") == ("festa", "15")
    assert own_words("e o vô?") == ("vô",)


def test_the_persona_s_own_name_is_a_form_of_address() -> None:
    names = frozenset({"maria", "cida"})
    assert leans_on_past("Cida, por quê?", names) and leans_on_past("pq, Maria?", names)
    assert not leans_on_past("Cida, por quê?")  # unknown, "Cida" may be who it asks about
    assert own_words("e depois, Maria?", names) == ()


def visitor(text: str) -> dict[str, Any]:
    return {"role": "visitor", "text": text}


def persona(*memory_ids: str) -> dict[str, Any]:
    return {"role": "persona", "text": "…", "memories_used": list(memory_ids)}


GREETING = {"role": "persona", "type": "greeting", "text": "Olá, Ana!"}
MET = [GREETING, visitor("Vó, como você conheceu o vô?"), persona("baile")]


def test_a_self_standing_message_is_searched_as_it_is() -> None:
    topic = topic_of("Vó, e a sua festa de 15 anos?", MET)
    assert topic == Topic("Vó, e a sua festa de 15 anos?", (), False, ("festa", "15"))


def test_a_follow_up_is_searched_with_the_question_it_continues() -> None:
    topic = topic_of("onde foi isso?", MET)
    assert topic == Topic("Vó, como você conheceu o vô?", ("baile",), True, ())


def test_a_follow_up_s_own_words_follow_the_topic_in_its_query() -> None:
    topic = topic_of("E depois, vocês casaram?", MET)
    assert topic.query == "Vó, como você conheceu o vô? casaram" and topic.own == ("casaram",)
    assert topic.leaning and topic.memory_ids == ("baile",)


def test_a_chain_of_follow_ups_walks_back_to_the_question_that_named_the_topic() -> None:
    history = [*MET, visitor("onde foi isso?"), persona("baile"), visitor("e depois?"),
               persona("baile", "casamento")]
    topic = topic_of("e aí?", history)
    assert topic.query == "Vó, como você conheceu o vô?"
    assert topic.memory_ids == ("baile", "casamento")  # the last answer's, in its order


def test_the_memories_are_the_latest_answer_s_that_used_any() -> None:
    history = [*MET, visitor("e depois?"), persona(), visitor("obrigada, vó!"), persona()]
    assert topic_of("onde foi isso?", history).memory_ids == ("baile",)


def test_a_new_topic_after_a_chain_is_the_topic_from_then_on() -> None:
    history = [*MET, visitor("onde foi isso?"), persona("baile"),
               visitor("Vó, e a sua festa de 15 anos?"), persona("festa")]
    topic = topic_of("e quem mais estava lá?", history)
    assert topic.query == "Vó, e a sua festa de 15 anos?" and topic.memory_ids == ("festa",)


def test_memories_from_before_the_topic_are_not_brought_back() -> None:
    history = [*MET, visitor("Vó, qual era o seu signo?"), persona()]
    topic = topic_of("por quê?", history)
    assert topic.query == "Vó, qual era o seu signo?" and topic.memory_ids == ()


def test_small_talk_is_not_a_topic() -> None:
    history = [GREETING, visitor("Oi vó"), persona()]
    assert topic_of("e depois?", history) == Topic("", (), True, ())


@pytest.mark.parametrize("history", [[], [GREETING]])
def test_a_follow_up_with_nothing_before_it_has_nothing_to_search(history) -> None:
    assert topic_of("e depois?", history) == Topic("", (), True, ())
    assert topic_of("nessa época você trabalhava?", history) == Topic(
        "trabalhava", (), True, ("trabalhava",))


def test_english_follow_ups_continue_the_english_question() -> None:
    history = [visitor("Grandma, how did you meet grandpa?"), persona("baile")]
    for message in ("where was that?", "and then?", "what year was it?", "who else was there?"):
        assert topic_of(message, history) == Topic(
            "Grandma, how did you meet grandpa?", ("baile",), True, ()), message


def test_your_mum_asked_of_a_mother_the_family_calls_mum_is_a_subject_of_its_own() -> None:
    names = frozenset({"nan", "mum", "marj"})
    assert own_words("Nan, what was your mum's name?", names) == ("mum",)
    assert not leans_on_past("Nan, what was your mum's name?", names)
    # "Mum" alone is the persona, addressed
    assert own_words("Mum, what was the name of the street?", names) == ("street",)


def test_own_words_read_a_phrase_as_what_it_means() -> None:
    # "é de onde" says no word of its own, and asks where one was born
    assert own_words("A senhora é de onde?") == ("nasceu",)
    assert own_words("Where are you from, Grandad?") == ("born",)
    assert own_words("E de onde veio o dinheiro?") == ("veio", "dinheiro")


def test_a_short_question_that_names_its_own_subject_is_searched_as_it_is() -> None:
    """"a senhora já foi pros Estados Unidos?" after the holidays is a question of its own: the
    holiday's town does not choose among what "Estados Unidos" finds; "quem fez o bolo?" after
    the wedding is still read in its topic."""
    holidays = [GREETING, visitor("Vó, pra onde a gente ia nas férias?"), persona("salinas")]
    alone = topic_of("a senhora já foi pros Estados Unidos?", holidays, soft=3)
    assert not alone.leaning and alone.query == "a senhora já foi pros Estados Unidos?"
    assert not topic_of("did you ever go to Poland, Grandma?", holidays, soft=3).leaning
    assert topic_of("quem fez o bolo?", MET, soft=3).soft


def test_a_greeting_that_calls_the_persona_by_the_family_s_name_is_no_topic() -> None:
    """"Hi Nne, it's Chidera." greets ("Nne" is what the family calls her): the question after
    it stands alone, not searched with "Chidera" (which found her son Chidi's birth)."""
    history = [visitor("Hi Nne, it's Chidera."), persona()]
    names = frozenset({"nne", "ada", "adaeze"})
    topic = topic_of("Where were you born, Grandma?", history, names, soft=3)
    assert topic.query == "Where were you born, Grandma?" and not topic.leaning
