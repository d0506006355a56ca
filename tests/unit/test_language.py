"""Which language a visitor writes in, and the one an Accept-Language header asks for."""
from __future__ import annotations

import pytest

from chalicelib.persona.language import detect, from_accept_language


@pytest.mark.parametrize("text", [
    "Vô, onde você se casou?", "vo qual era sua comida favorita", "vc lembra do sítio?",
    "Oi vó!", "me conta da ferrovia", "Quem era a Zefinha?", "pq vc mudou pra Santos",
    "Sinto sua falta", "o que a senhora cozinhava no natal",
    # names in English say nothing, nor does a message written in capitals
    "Vó, a senhora foi pra New York com o Mr. Smith?", "VÓ ONDE A SENHORA NASCEU",
])
def test_portuguese_as_people_type_it(text) -> None:
    assert detect(text, "en") == "pt-BR"


@pytest.mark.parametrize("text", [
    "Grandpa, where did you get married?", "what was your dog's name", "Hi grandma!",
    "Tell me about the railway", "Did you ever go to Paris?", "I miss you so much",
    "Who was Zefinha?", "where was that?",
    # a Brazilian grandparent's name, and what the grandchild calls them, are not Portuguese
    "Vô, what was Vó Nena's maiden name?", "Vovô, where did you and Conceição get married?",
    "And I miss São João at Vovó's",
])
def test_english_as_people_type_it(text) -> None:
    assert detect(text, "pt-BR") == "en"


@pytest.mark.parametrize("text, fallback", [("ok", "pt-BR"), ("ok", "en"), ("Zefinha?", "en"),
                                            ("1962", "pt-BR"), ("", "en")])
def test_a_message_that_does_not_say_keeps_the_conversation_language(text, fallback) -> None:
    assert detect(text, fallback) == fallback


@pytest.mark.parametrize("header, expected", [
    ("pt-BR,pt;q=0.9,en;q=0.8", "pt-BR"), ("en-US,en;q=0.9", "en"),
    ("fr-FR,fr;q=0.9,en;q=0.5,pt;q=0.4", "en"), ("de, pt;q=0.1", "pt-BR"),
    ("en;q=0.2, pt-PT;q=0.9", "pt-BR"), ("fr", None), ("", None), (None, None),
    ("en;q=abc", "en"),
])
def test_accept_language_picks_the_first_of_ours_by_quality(header, expected) -> None:
    assert from_accept_language(header) == expected


@pytest.mark.parametrize("text, expected", [
    ("vo qnto custou a perua verde?", "pt-BR"),   # no common word: the dictionaries decide
    ("to indo vó", "pt-BR"),                       # "tô" before a gerund
    ("ja to me sentindo melhor", "pt-BR"),
    ("started cutting myself again", "en"),
    ("passed the driving test finally", "en"),
])
def test_the_dictionaries_decide_when_the_common_words_do_not(text, expected) -> None:
    other = "en" if expected == "pt-BR" else "pt-BR"
    assert detect(text, other) == expected


def test_a_word_or_two_still_keeps_the_conversation_language() -> None:
    assert detect("suicídio", "en") == "en" and detect("perua verde", "en") == "en"
