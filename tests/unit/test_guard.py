"""What the persona may say: care resources, no leaked instructions, clean replies."""
from __future__ import annotations

import re

import pytest

from chalicelib.persona.guard import (
    CARE, FALLBACK, care_language, clean_reply, cut_loops, leaks, with_care,
)
from chalicelib.persona.prompt import build_prompt

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
    # Indirect ones, which the first regexes missed (the issue): docs/care.md.
    ("queria dormir e não acordar mais", "pt-BR"),
    ("todo mundo ia ficar melhor sem mim", "pt-BR"),
    ("everyone would be better off without me", "en"),
])
def test_self_harm_messages_get_care_in_their_language(message: str, language: str) -> None:
    assert care_language(message, "pt-BR") == language


@pytest.mark.parametrize("message", [
    "Vô, como você conheceu a vó?", "The fish almost killed my mood", "Morreu de rir",
    "Ele queria morar no interior", "I'd die for your feijoada recipe? no, just kidding",
    "A mãe vai me matar se eu chegar tarde",  # an idiom the first regexes flagged
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


# -- whatever the model writes, only the reply reaches the visitor ------------------------------

PT_PROMPT = build_prompt(
    {"name": "Antônio Carlos", "language": "pt-BR", "personality": "Calmo.",
     "example_messages": ["Ô meu filho."]},
    [{"id": "m1", "text": "Conheci a Cida na festa junina.", "title": "Festa", "date": "1957"}],
    [], "Ana", "neta", "Vô, como você conheceu a vó?", 2000, language="pt-BR",
    draft="Ah, disso eu me lembro. Conheci a Cida na festa junina.")
EN_PROMPT = build_prompt(
    {"name": "Antônio Carlos", "language": "pt-BR", "personality": "Calmo.",
     "example_messages": ["Ô meu filho."]},
    [{"id": "m1", "text": "Conheci a Cida na festa junina.", "title": "Festa", "date": "1957"}],
    [], "Ana", "neta", "Grandpa, how did you meet grandma?", 2000, language="en",
    draft="Oh, I remember that. I met Cida at the festa junina.")
LEFTOVERS = re.compile(r"<|>|&lt;|&gt;|&amp;|\[\d|【|\]|(?i:rascunho|draft|lembrete|reminder|"
                       r"mensagem de|message from|memórias|memories|resposta:|answer:)")


def clean(text: str, language: str = "pt-BR", **kwargs) -> str:
    prompt = PT_PROMPT if language == "pt-BR" else EN_PROMPT
    kwargs.setdefault("fallback", None)
    return clean_reply(text, persona_name="Antônio Carlos", stop=prompt.stop,
                       instructions=prompt.rules, language=language, **kwargs)


@pytest.mark.parametrize("reply,expected", [
    ("<memoria n=\"1\">Conheci a Cida</memoria> na festa junina [1].",
     "Conheci a Cida na festa junina."),
    ("<memorias>\n[1] Conheci a Cida na festa junina.\n</memorias>",
     "Conheci a Cida na festa junina."),
    ("<pessoa>Fui ferroviário.</pessoa>", "Fui ferroviário."),
    ("<exemplos><exemplo>Ô meu filho.</exemplo></exemplos> Foi assim.", "Ô meu filho. Foi assim."),
    ("&lt;memoria&gt;Foi na festa&lt;/memoria&gt; junina.", "Foi na festa junina."),
    ("&amp;lt;rascunho&amp;gt;Foi na festa.&amp;lt;/rascunho&amp;gt;", "Foi na festa."),
    ("<rascunho>Foi na festa junina, minha filha.</rascunho>",
     "Foi na festa junina, minha filha."),
    ("Rascunho: Foi na festa junina [1].", "Foi na festa junina."),
    ("Resposta: Foi na festa junina.", "Foi na festa junina."),
    ("Mensagem de Ana: Vô, como?\nFoi na festa junina.", "Foi na festa junina."),
    ("Foi na festa junina [1][2].\nLembrete: responda como Antônio Carlos.",
     "Foi na festa junina."),
    ("Foi na festa junina [memória 1]. (Nota: usei a memória 1)", "Foi na festa junina."),
    ("*sorri* Ah, minha filha, foi na **festa junina** 【1】.",
     "Ah, minha filha, foi na festa junina."),
    ("<s>[INST] Antônio Carlos: Foi na festa junina.</s>[INST] e depois?",
     "Foi na festa junina."),
    ("Foi na festa junina, <memoria n=\"2\"", "Foi na festa junina,"),
    ("Foi na festa junina.\nFontes: [1], [7]", "Foi na festa junina."),
])
def test_no_tag_label_delimiter_or_citation_reaches_the_visitor_in_portuguese(
        reply: str, expected: str) -> None:
    cleaned = clean(reply)
    assert cleaned == expected
    assert not LEFTOVERS.search(cleaned), cleaned


@pytest.mark.parametrize("reply,expected", [
    ("<memory n=\"1\">I met Cida</memory> at the festa junina [1].",
     "I met Cida at the festa junina."),
    ("<memories>\n[1] I met Cida.\n</memories>", "I met Cida."),
    ("<person>I worked on the railway.</person>", "I worked on the railway."),
    ("<examples><example>Hey kiddo.</example></examples>", "Hey kiddo."),
    ("&lt;memory&gt;I met Cida&lt;/memory&gt;.", "I met Cida."),
    ("<draft>I met Cida at the dance.</draft>", "I met Cida at the dance."),
    ("Draft: I met Cida at the dance [memory 1].", "I met Cida at the dance."),
    ("Draft of what the memories say; say it in Antônio Carlos's own voice, adding no facts:\n"
     "I met Cida.", "I met Cida."),
    ("Answer: I met Cida (memory 1).", "I met Cida."),
    ("Message from Ana: Grandpa?\nI met Cida.", "I met Cida."),
    ("I met Cida [1, 2].\nReminder: answer as Antônio Carlos.", "I met Cida."),
    ("<|im_start|>assistant\nI met Cida.<|im_end|>\n<|im_start|>user\nmore", "I met Cida."),
    ("## Answer\nI met Cida.", "I met Cida."),
    ("I met Cida. (Note: I used memory 1.)", "I met Cida."),
])
def test_no_tag_label_delimiter_or_citation_reaches_the_visitor_in_english(
        reply: str, expected: str) -> None:
    cleaned = clean(reply, "en")
    assert cleaned == expected
    assert not LEFTOVERS.search(cleaned), cleaned


@pytest.mark.parametrize("prompt,language", [(PT_PROMPT, "pt-BR"), (EN_PROMPT, "en")])
def test_a_model_that_writes_its_whole_prompt_back_gives_the_fallback(prompt, language) -> None:
    for turn in prompt.messages[::2]:  # the user's turns: what the prompt says
        assert clean(turn["content"], language, fallback="O rascunho.") == "O rascunho."
        assert clean("Claro. " + turn["content"], language, fallback="O rascunho.") == \
            "O rascunho."


@pytest.mark.parametrize("prompt,language", [(PT_PROMPT, "pt-BR"), (EN_PROMPT, "en")])
def test_the_reminder_echoed_is_a_leak(prompt, language) -> None:
    reminder = prompt.rules.split("\n\n")[-1]
    _, _, body = reminder.partition(":")  # even without its "Lembrete:" label
    assert clean("Claro." + body, language, fallback="Rascunho fiel.") == "Rascunho fiel."


def test_the_fallback_is_the_given_draft_when_the_reply_leaks_or_is_empty() -> None:
    draft = "Ah, disso eu me lembro. Conheci a Cida na festa junina."
    assert clean("Claro! " + PT_PROMPT.rules, fallback=draft) == draft
    assert clean("   ", fallback=draft) == draft
    assert clean("<memorias></memorias> [1]", fallback=draft) == draft
    assert clean("", "en", fallback=None) == FALLBACK["en"]
    assert clean("", "en", fallback="  ") == FALLBACK["en"]  # a blank draft is no reply


def test_the_prompts_acknowledgement_is_not_a_reply() -> None:
    assert clean("Entendido. Foi na festa junina.") == "Foi na festa junina."
    assert clean("Understood.", "en", fallback="The draft.") == "The draft."


def test_the_generic_fallback_is_in_the_askers_language() -> None:
    assert clean("", "en") == FALLBACK["en"] and clean("", "pt-BR") == FALLBACK["pt-BR"]


def test_ordinary_text_is_left_alone() -> None:
    for text in ["Eu te amo <3, minha filha.", "Arroz & feijão, 5 * 3 = 15.", "Se x < y, ok.",
                 "Foram (2) filhos e 3 netos.", "Ah, *really*? Yes."]:
        assert clean(text, "en") in (text, "Ah, really? Yes.")


@pytest.mark.parametrize("written", ["(no memory of this)", "(No memory about this)",
                                     "(nenhuma memória sobre isso)", "( sem memória disso )"])
def test_the_no_memory_marker_is_removed_however_a_model_rewords_it(written: str) -> None:
    text = f"Ah, Ana. {written} Eu gostava muito de dançar forró."
    shown = clean_reply(text, persona_name="Antônio", stop=[], instructions=RULES,
                        language="pt-BR")
    assert "(" not in shown and "memória" not in shown.lower() and "memory" not in shown.lower()
    assert "dançar forró" in shown
