"""The grounded composer: facts only from the memory that answers, honest abstention, the
asker's language, and the social moves of a conversation."""
from __future__ import annotations

import pytest

from chalicelib.persona import composer
from chalicelib.persona.language import detect
from chalicelib.persona.retrieval import Hit, build_index

PERSONA = {"id": "p", "name": "Joaquim Bezerra", "language": "pt-BR", "relationship": "avô",
           "aliases": [{"name": "Josefa", "also_called": ["Tia Zefa", "Zefinha"]}]}
MEMORIES = [
    {"id": "wedding", "title": "O casamento",
     "text": "O vô casou com a vó Lurdes em 1956, na capela de São Sebastião, em Caruaru."},
    {"id": "work", "title": "A oficina",
     "text": "Eu trabalhei quarenta anos como sapateiro na Rua da Matriz."},
    {"id": "zefa", "title": "Tia Zefa",
     "text": "A Josefa fazia a melhor cocada da feira de Caruaru."},
    {"id": "long", "title": "A viagem ao Rio",
     "text": "Em 1970 o vô foi ao Rio de Janeiro pela primeira vez. Foi de ônibus, dois dias "
             "de estrada. Chegando lá, ficou na casa do compadre Severino, em Madureira. "
             "Ele contava que viu o mar pela primeira vez em Copacabana. Comprou uma camisa "
             "do Flamengo para o neto mais velho. Voltou dizendo que cidade grande não era "
             "para ele. Nunca mais viajou para tão longe. Guardou a passagem do ônibus numa "
             "lata de biscoito até o fim da vida, junto com um cartão-postal do Cristo."},
]


def reply(message: str, language: str | None = None) -> composer.Draft:
    index = build_index(PERSONA, MEMORIES)
    asker = language or detect(message, "pt-BR")
    return composer.compose(PERSONA, message, asker, index.hits(message, 5), "Ana Clara")


def test_an_answer_quotes_the_memory_that_answers_and_names_it() -> None:
    draft = reply("Vô, onde você casou?")
    assert draft.kind == "answer" and draft.memory_ids == ["wedding"]
    assert "Caruaru" in draft.text and "sapateiro" not in draft.text
    assert detect(draft.text.split("“")[0], "en") == "pt-BR"


def test_an_english_asker_gets_english_words_around_the_portuguese_memory() -> None:
    draft = reply("Grandpa, where did you get married?")
    assert draft.memory_ids == ["wedding"] and "1956" in draft.text
    framing = draft.text.split("“")[0]
    assert detect(framing, "pt-BR") == "en" and "Portuguese" in framing


def test_a_nickname_finds_the_relative_it_names() -> None:
    draft = reply("O que a Zefinha fazia?")
    assert draft.memory_ids == ["zefa"] and "cocada" in draft.text


@pytest.mark.parametrize("message, language, words", [
    ("Vô, qual era a sua cor favorita?", "pt-BR", "Não me lembro disso"),
    ("vc foi pra Paris?", "pt-BR", "Não me lembro disso"),
    ("Grandpa, did you ever play the piano?", "en", "I don't remember that"),
    ("What was the name of your first dog?", "en", "I don't remember that"),
])
def test_what_no_memory_answers_gets_an_honest_i_dont_remember(message, language,
                                                               words) -> None:
    draft = reply(message)
    assert draft.kind == "abstain" and draft.memory_ids == []
    assert words in draft.text and detect(draft.text, "x") == language


def test_a_long_memory_is_cut_to_the_sentences_that_answer() -> None:
    draft = reply("Vô, onde você ficou no Rio?")
    assert draft.memory_ids == ["long"] and "Severino" in draft.text
    assert "Flamengo" not in draft.text


@pytest.mark.parametrize("message, move", [
    ("Oi vô!", "greeting"), ("Hi grandpa", "greeting"), ("Obrigada, vô", "thanks"),
    ("thank you grandpa", "thanks"), ("Te amo, vô", "affection"), ("I miss you", "affection"),
    ("tchau vô", "goodbye"), ("Tudo bem, vô?", "how_are_you"),
    ("Você é o vô de verdade?", "identity"), ("are you real?", "identity"),
    ("I miss you. Is this really you?", "identity"), ("Quem é você?", "identity"),
    # two moves in one message, asking nothing: a goodbye ends the talk
    ("Obrigada, vô. Boa noite", "goodbye"), ("Thanks grandpa, good night", "goodbye"),
    ("Oi vô, tudo bem?", "how_are_you"),
    # a visitor taking in what was said ("sim" with nothing offered is not a question)
    ("sim", "acknowledge"), ("Nossa, que legal, vô!", "acknowledge"), ("ok", "acknowledge"),
    ("wow, grandpa", "acknowledge"), ("não", "declined"),
    # the persona's own names call it and say nothing; goodbyes as families say them
    ("Oi vô Joaquim, tudo bem?", "how_are_you"), ("Hi Granda", "greeting"),
    ("Thanks, Auntie", "thanks"), ("Thanks Grandad, night night", "goodbye"),
    ("Thanks Grandad, see you later", "goodbye"), ("Até breve, vó", "goodbye"),
    ("talk to you soon", "goodbye"),
    ("Obrigada vô, dorme bem", "goodbye"), ("Take care, grandpa", "goodbye"),
    # a goodbye said with love is a goodbye; love alone is affection
    ("tchau vô, te amo", "goodbye"), ("goodnight nana, love you", "goodbye"),
    ("love you nana, goodnight", "goodbye"), ("Sinto muita saudade, vó", "affection"),
    # "que saudade" exclaims, and "é a Camila" tells who writes: no question in either
    ("Oi Ong Loc, é a Camila, que saudade", "affection"),
    # who writes, told with a greeting, is a greeting; "é o carro que..." asks something
    ("Oi vó, é o Gustavo", "greeting"), ("Hi Nana, it's Chloe", "greeting"),
    ("Oi vó, sou eu, a Tati", "greeting"),
    # a tribute is said with love, and asks nothing of the memories
    ("vó, a senhora me ensinou tanta coisa", "affection"),
    ("a senhora foi a melhor vó do mundo", "affection"),
    ("you were the best grandpa ever", "affection"), ("you taught me so much, Nana", "affection"),
])
def test_social_moves_are_answered_without_memories(message, move) -> None:
    draft = reply(message)
    assert draft.kind == move and draft.memory_ids == []


@pytest.mark.parametrize("message", ["Você está vivo, vô?", "Are you alive?",
                                     "é você mesmo?", "Is it really you, grandpa?",
                                     "Vô, o senhor tá vivo?", "O senhor está vivo?",
                                     "vô, ta vivo?", "Grandpa, are you still alive?",
                                     "you alive grandpa?"])
def test_the_persona_never_claims_to_be_alive_or_the_real_person(message) -> None:
    text = reply(message).text.casefold()
    assert "inteligência artificial" in text or "artificial intelligence" in text
    assert "não sou joaquim" in text or "not really joaquim" in text


@pytest.mark.parametrize("message", ["Vô, o Joca ainda tá vivo?", "Is the dog still alive?",
                                     "Vó, o vô tá vivo?"])
def test_whether_someone_else_is_alive_is_a_question_for_the_memories(message) -> None:
    assert reply(message).kind != "identity"


def test_a_visitor_who_says_who_they_are_is_called_by_that_name() -> None:
    """"Oi vó, é o Gustavo" on a tablet signed in as Ana Clara is answered as Gustavo; "é o
    seu neto" names no one, and a greeting without a name keeps the signed-in one."""
    assert reply("Oi vó, é o Gustavo").text.startswith("Oi, Gustavo!")
    assert "Chloe" in reply("Hi Grandpa, it's Chloe", "en").text
    assert reply("Oi vó, é o seu neto").text.startswith("Oi, Ana!")
    assert reply("Oi vô, tudo bem?").text.count("Ana") == 1
    assert composer.introduced_name("Oi vó, sou eu, a Tati") == "Tati"


def test_a_greeting_with_a_question_answers_the_question() -> None:
    draft = reply("Oi vô, onde você trabalhou?")
    assert draft.kind == "answer" and draft.memory_ids == ["work"]


def test_two_questions_about_one_memory_are_not_answered_with_the_same_words() -> None:
    texts = {reply(q).text for q in ("Vô, onde você casou?", "vô, com quem o senhor casou?",
                                     "Quando foi o casamento do vô?", "vc casou onde vô")}
    assert len(texts) > 1


def test_the_same_question_gets_the_same_reply() -> None:
    assert reply("Vô, onde você casou?").text == reply("Vô, onde você casou?").text


def test_a_when_question_gets_the_memory_date_when_the_text_lacks_it() -> None:
    memories = [{"id": "m", "title": "A feira", "date": "1948-03",
                 "text": "O vô vendeu o primeiro par de sapatos na feira."}]
    index = build_index(PERSONA, memories)
    message = "Quando o vô vendeu o primeiro par de sapatos?"
    draft = composer.compose(PERSONA, message, "pt-BR", index.hits(message, 5))
    assert "1948-03" in draft.text


@pytest.mark.parametrize("message, expected", [
    ("sim", "yes"), ("Sim, conta!", "yes"), ("quero sim, vó", "yes"), ("pode contar", "yes"),
    ("yes please", "yes"), ("Yes, tell me", "yes"), ("sure", "yes"), ("ok", "yes"),
    ("não", "no"), ("nao precisa", "no"), ("agora não", "no"), ("no thanks", "no"),
    ("not now", "no"),
    ("simmm", "yes"), ("ss", "yes"), ("Claro que sim!", "yes"), ("quero ouvir", "yes"),
    ("yes, I would love to hear it", "yes"), ("tell me more", "yes"), ("naaao", "no"),
    # a message of its own, even when it opens with a yes or a no
    ("sim, e onde foi isso?", None), ("não sei", None), ("no idea", None),
    ("conta mais sobre o casamento", None), ("quem era ela?", None), ("", None),
    ("que saudade", None), ("oi vó", None),
    # "por quê?", "quê?": questions, though made of words a yes uses ("por favor", "claro que")
    ("Por quê?", None), ("pq?", None), ("Quê?", None), ("e por que?", None),
])
def test_a_reply_to_an_offer_is_a_plain_yes_or_no(message, expected) -> None:
    assert composer.reply_to_offer(message) == expected


def test_an_abstention_offers_only_a_memory_that_comes_close() -> None:
    near = Hit({"id": "m1", "text": "O baile de carnaval."}, 1.0, composer.OFFER_RELEVANCE)
    far = Hit({"id": "m2", "text": "A horta."}, 1.0, composer.OFFER_RELEVANCE - 0.01)
    assert composer.offerable([near, far]) == "m1"
    assert composer.offerable([far, near]) is None and composer.offerable([]) is None


@pytest.mark.parametrize("confidence, hedged", [(0.5, True), (0.9, False), (None, False)])
def test_an_answer_the_search_is_less_sure_of_says_it_thinks_so(confidence, hedged) -> None:
    assert composer.confidence.threshold() < 0.5 < composer.SURE  # 0.5: answered, unsure
    wedding = Hit(MEMORIES[0], 3.0, 1.0, confidence)
    draft = composer.compose(PERSONA, "Vô, onde o senhor casou?", "pt-BR", [wedding], "Ana")
    opener = draft.text.split(" A família guardou assim")[0]
    frames = composer.HEDGED if hedged else composer.OPENERS
    assert opener in [o.format(vocative=", Ana") for o in frames["pt-BR"]]
    assert draft.memory_ids == ["wedding"] and "São Sebastião" in draft.text


@pytest.mark.parametrize("message, expected", [
    ("Não é isso, vó", True), ("não era isso", True), ("nao foi isso que eu perguntei", True),
    ("tá errado", True), ("nada a ver", True), ("that's not it", True),
    ("No, that's not right", True), ("wrong one, grandma", True),
    ("That is not what I asked", True),
    ("não", False), ("é isso", False), ("isso mesmo", False),
    ("não é isso que a senhora fazia no natal?", False), ("not now", False),
])
def test_a_correction_only_says_the_last_answer_was_not_it(message, expected) -> None:
    assert composer.is_correction(message) is expected


def test_an_answer_does_not_open_as_the_reply_before_it_did() -> None:
    """"E a chuva?" after "como foi o casamento?" quotes the same memory: the words around
    it change, so two questions in a row are never answered with the same reply."""
    index = build_index(PERSONA, MEMORIES)
    for message in ("Vô, onde você casou?", "Vô, quando o senhor casou?", "Grandpa, where did "
                    "you get married?"):
        asker = detect(message, "pt-BR")
        first = composer.compose(PERSONA, message, asker, index.hits(message, 5), "Ana")
        again = composer.compose(PERSONA, message, asker, index.hits(message, 5), "Ana",
                                 last_reply=first.text)
        assert again.memory_ids == first.memory_ids == ["wedding"]
        assert again.text != first.text and again.text.split("“")[1] == first.text.split("“")[1]


@pytest.mark.parametrize("message, language", [("Why?", "en"), ("Why, grandpa?", "en"),
                                               ("Por quê?", "pt-BR"), ("pq vô?", "pt-BR")])
def test_a_bare_why_is_answered_only_by_a_memory_that_gives_a_reason(message, language) -> None:
    saying = Hit({"id": "m1", "text": "O vô dizia: 'Quem tem boca vai a Roma.'"}, 1.0, 1.0, 0.9)
    reason = Hit({"id": "m2", "text": "O vô fechou a oficina em 1990 porque a vista já não "
                                      "ajudava."}, 1.0, 1.0, 0.9)
    unknown = composer.compose(PERSONA, message, language, [saying], "Ana")
    assert unknown.kind == "abstain" and unknown.memory_ids == []
    assert composer.compose(PERSONA, message, language, [reason], "Ana").memory_ids == ["m2"]
    # after "I don't remember", nothing found: no memory is offered for a why
    close = Hit({"id": "m3", "text": "O vô tinha um rádio Philco."}, 1.0, 0.3, 0.1)
    after = composer.compose(PERSONA, message, language, [close], "Ana")
    assert after.kind == "abstain" and after.offered is None
    assert after.text == composer.WHY_UNKNOWN[language].format(vocative=", Ana")


def test_a_long_memory_is_quoted_where_it_answers_and_its_story_goes_on() -> None:
    memory = ("During the ice storm of 1998 the lights went out on our road for four days. "
              "The garage had a wood stove, so half the road came to warm up by it. "
              "He made a pot of pea soup big enough for forty on that stove. "
              "Mum said it was the best week of their marriage, and she said it every year "
              "after that. The power came back on a Sunday and the neighbours went home "
              "smelling of wood smoke and onions.")
    quoted = composer.excerpt(memory, "Dad, what did you make for everyone in the ice storm?")
    assert quoted.startswith("During the ice storm") and "pea soup" in quoted
    assert "wood smoke" not in quoted  # three sentences at most


def test_a_memory_met_in_its_second_sentence_is_quoted_from_its_first() -> None:
    """The first sentence sets the scene the second goes on with: "where did you go on
    holiday?" met at "two days on the road" must still quote where."""
    memory = ("Todo janeiro, de 1984 até 1999, a gente descia de carro para Balneário Camboriú. "
              "Eram dois dias de viagem, com parada para dormir em Maringá. "
              "A mãe alugava sempre o mesmo apartamento da Dona Irma, a duas quadras da praia, "
              "e levava de casa uma caixa de isopor com carne temperada. "
              "Na volta o carro vinha cheio de camarão congelado e de conchas que os netos "
              "catavam.")
    assert len(memory) > composer.WHOLE_MEMORY_CHARS  # long enough to be quoted in part
    quoted = composer.excerpt(memory, "pra onde vocês iam nas férias?")
    assert quoted.startswith("Todo janeiro") and "Maringá" in quoted
    assert "camarão" not in quoted  # three sentences at most: the last that only went on
    # A memory met in its third sentence is quoted from there, as before.
    later = composer.excerpt(memory, "onde vocês ficavam, no apartamento de quem?")
    assert later.startswith("A mãe alugava")
