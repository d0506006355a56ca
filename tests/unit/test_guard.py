"""What the persona may say: care resources, no leaked instructions, clean replies."""
from __future__ import annotations

import pytest

from chalicelib.persona.guard import (
    CARE, FALLBACK, care_language, clean_reply, cut_loops, leaks, with_care,
)

RULES = ("Você vai dar voz a Antônio numa conversa com Ana. Regras que valem acima de tudo: "
         "nunca diga que está vivo ou viva, nem que é a pessoa real.")


@pytest.mark.parametrize("message,language", [
    ("Vô, às vezes eu penso em suicídio", "pt-BR"),
    ("Eu quero morrer, vô", "pt-BR"),
    ("Não quero mais viver sem você", "pt-BR"),
    ("Tenho vontade de me matar", "pt-BR"),
    ("I want to die, grandpa", "en"),
    ("sometimes I think about killing myself", "en"),
    ("I have been self-harming", "en"),
])
def test_self_harm_messages_get_care_in_their_language(message: str, language: str) -> None:
    assert care_language(message, "pt-BR") == language


@pytest.mark.parametrize("message", [
    "Vô, como você conheceu a vó?", "The fish almost killed my mood", "Morreu de rir",
    "Ele queria morar no interior", "I'd die for your feijoada recipe? no, just kidding",
])
def test_ordinary_messages_get_no_care_text(message: str) -> None:
    assert care_language(message, "pt-BR") is None


def test_care_text_names_cvv_188_in_portuguese() -> None:
    assert "188" in CARE["pt-BR"] and "CVV" in CARE["pt-BR"]
    assert with_care("Oi.", "pt-BR").endswith(CARE["pt-BR"])


def test_reply_that_repeats_the_instructions_is_replaced() -> None:
    echoed = "Claro! " + RULES
    assert leaks(echoed, RULES)
    assert clean_reply(echoed, persona_name="Antônio", stop=[], instructions=RULES,
                       language="pt-BR") == FALLBACK["pt-BR"]


def test_reply_is_cut_at_the_visitors_turn_and_unlabelled() -> None:
    text = "Antônio: Foi na festa junina, minha filha.\nAna: e depois?"
    assert clean_reply(text, persona_name="Antônio", stop=["\nAna:"], instructions=RULES,
                       language="pt-BR") == "Foi na festa junina, minha filha."


def test_empty_reply_becomes_i_dont_remember() -> None:
    assert clean_reply("   ", persona_name="A", stop=[], instructions=RULES,
                       language="en") == FALLBACK["en"]


def test_loops_are_cut() -> None:
    assert cut_loops("Vamos, vamos, vamos, vamos.") == "Vamos…"
    assert cut_loops("Uma frase normal.") == "Uma frase normal."


def test_the_visitors_own_words_echoed_back_are_dropped() -> None:
    echoed = "Vô, como você conheceu a vó? Foi na festa junina."
    assert clean_reply(echoed, persona_name="Antônio", stop=[], instructions=RULES,
                       language="pt-BR", message="Vô, como você conheceu a vó?") == \
        "Foi na festa junina."
    assert clean_reply("Vô, como você conheceu a vó?", persona_name="Antônio", stop=[],
                       instructions=RULES, language="pt-BR",
                       message="Vô, como você conheceu a vó?") == FALLBACK["pt-BR"]
