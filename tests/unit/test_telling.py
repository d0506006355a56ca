"""What a visitor tells rather than asks is answered as news or feeling, in its mood; a
question, however it is typed, is still a question for the memories."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.persona import composer, telling
from chalicelib.persona.retrieval import Hit

DATA = Path(__file__).resolve().parents[1] / "data"
PERSONA = {"id": "p", "name": "Dalva Ferreira", "language": "pt-BR", "relationship": "avó"}
SONG = {"id": "song", "title": "A música dela",
        "text": "A música que a vó mais cantava era Asa Branca, sempre lavando roupa no tanque."}


@pytest.mark.parametrize("message, mood", [
    ("to muito triste hoje vó", "sad"), ("passei no vestibular!!", "glad"),
    ("hoje fui no cemitério levar flores pra senhora", "plain"),
    ("meu filho nasceu ontem, vó", "glad"), ("a mãe tá doente de novo", "sad"),
    ("ano passado eu pensava em sumir, hoje não mais", "sad"),
    ("a casa ficou tão vazia sem a senhora", "sad"), ("eu chorei quando vi a foto", "sad"),
    ("vó a gente vendeu a casa", "plain"), ("sinto que ninguém me entende", "sad"),
    ("Grandma I got the job!!", "glad"), ("my mum is in hospital again", "sad"),
    ("i went fishing at the lake yesterday", "plain"), ("we're having a baby!", "glad"),
    ("the house feels so empty", "sad"), ("last christmas was hard without you", "sad"),
    ("I won't forget you", "plain"), ("i cried when i saw your photo", "sad"),
    ("i named my son after you, grandpa", "glad"), ("a bebê vai ter o nome da senhora", "glad"),
    ("tirei a carteira, vô!", "glad"), ("my dog died today", "sad"),
    ("miss you nana, my mum died last week", "sad"),
])
def test_a_telling_is_heard_in_its_mood(message: str, mood: str) -> None:
    assert telling.tells(message) and telling.mood(message) == mood


@pytest.mark.parametrize("message, mood", [
    # a death said as English says it, and good news negated or undone, are sorrow
    ("my dog passed", "sad"), ("grandpa passed last night", "sad"), ("nana passed on", "sad"),
    ("I passed my driving test", "glad"), ("o bebê nasceu morto", "sad"),
    ("my baby was born sleeping", "sad"), ("não fui aprovado", "sad"),
    ("nunca mais fui feliz", "sad"), ("I'm not happy", "sad"), ("I never got the job", "sad"),
    ("I didn't get the job", "sad"), ("I got into a car accident", "sad"),
    ("meu noivo me deixou", "sad"), ("minha mãe partiu", "sad"),
    ("hoje faz um ano que você se foi", "sad"), ("hoje foi o enterro da tia", "sad"),
    ("we buried mum today", "sad"), ("i'm devastated", "sad"), ("I had a miscarriage", "sad"),
    # sorrow's words in good news or none ("brigadeiro", "chorinho", "a hard worker")
    ("fiz brigadeiro hoje", "plain"), ("fui numa roda de chorinho", "plain"),
    ("chorei de rir hoje", "glad"), ("I worked so hard and got the job", "glad"),
    ("a bebê nasceu hoje no hospital", "glad"), ("saí do hospital hoje!", "glad"),
    ("a cirurgia foi um sucesso", "glad"), ("I'm cancer free", "glad"),
])
def test_the_mood_is_read_past_negations_deaths_and_look_alikes(message: str,
                                                                 mood: str) -> None:
    assert telling.tells(message) and telling.mood(message) == mood


@pytest.mark.parametrize("message", [
    # a question mark, a question word up front, a request, a question told as a telling
    "eu fui casada com o vô quantos anos?", "vo q doenca o tio vava teve em 71",
    "tio a tia zeze morreu de q", "paw paw how old was boudreaux when he died bc i forgot",
    "Pai, eu sempre quis saber por que o senhor saiu de Iguatu.",
    "eu queria saber onde a senhora nasceu", "I was wondering where you grew up",
    "i forgot how old you were when you got married", "eu esqueci onde a senhora nasceu",
    "me conta do casamento", "tell me about your wedding", "o casamento de vocês",
    # sorrow asked of the persona, its question mark left out
    "a senhora ficou triste quando o vô morreu", "were you sad when grandpa died",
    # a question word later or last, someone asking through the visitor, a question told
    "o vô nasceu em que ano", "meu pai nasceu onde", "my mum was born in which town",
    "eu tava pensando onde a senhora nasceu", "I've always wondered where you were born",
    "I think you were born in Cork", "o vô ficou triste quando a vó morreu",
    "meu avô trabalhava com o que", "my mum says you were a nurse, is that true",
    "our family is big, how many kids did you have", "meu filho perguntou qual era seu trabalho",
    "minha filha quer saber o nome do seu cachorro", "my daughter wants to know your dog's name",
    "i can't remember the name of your dog", "eu nao lembro o nome do seu cachorro",
    "to com saudade, lembra quando a gente ia na praia",
    "was grandpa sad when his dog died", "foi difícil quando a bisa morreu",
])
def test_a_question_however_typed_is_not_a_telling(message: str) -> None:
    assert not telling.tells(message)


def test_no_labelled_question_is_read_as_a_telling() -> None:
    for name in ("replies_set.json", "search_set.json", "retrieval_set.json"):
        questions = json.loads((DATA / name).read_text(encoding="utf-8"))["questions"]
        told = [q["text"] for q in questions if telling.tells(q["text"])]
        assert told == [], (name, told[:5])


def compose(message: str, language: str, hits: list[Hit]) -> composer.Draft:
    return composer.compose(PERSONA, message, language, hits, "Ana", at_risk=False)


def test_sorrow_is_met_with_comfort_and_no_memory_even_a_close_one() -> None:
    sure = Hit(SONG, 2.0, 0.9, 0.9)
    draft = compose("to tão triste, vó, ouvi Asa Branca e chorei", "pt-BR", [sure])
    said, invitation = composer.TOLD_BACK["sad"]["pt-BR"]
    assert draft.text == f"{said.format(vocative=', Ana')} {invitation}"
    assert draft.kind == "statement" and draft.memory_ids == [] and draft.offered is None


def test_good_news_is_welcomed_and_a_memory_it_speaks_of_is_offered_not_quoted() -> None:
    vouched = Hit(SONG, 2.0, 0.6, composer.confidence.threshold() + 0.01)
    draft = compose("Grandma, I sang Asa Branca at my graduation and I got the job!", "en",
                    [vouched])
    assert draft.text.startswith("What wonderful news, Ana!")
    assert draft.text.endswith(composer.OFFER_ASK["en"])
    assert draft.offered == "song" and draft.memory_ids == [] and "tanque" not in draft.text


@pytest.mark.parametrize("hit", [
    None,  # nothing found
    Hit(SONG, 2.0, 0.6, composer.confidence.threshold() - 0.01),  # not vouched for
    Hit(SONG, 0.0, composer.RELEVANCE_MIN),  # carried over from the conversation
])
def test_plain_news_with_no_vouched_memory_gets_an_invitation(hit: Hit | None) -> None:
    draft = compose("hoje eu ouvi asa branca no rádio", "pt-BR", [hit] if hit else [])
    said, invitation = composer.TOLD_BACK["plain"]["pt-BR"]
    assert draft.text == f"{said.format(vocative=', Ana')} {invitation}"
    assert draft.offered is None and draft.memory_ids == []


def test_a_question_is_still_answered_from_the_memory() -> None:
    sure = Hit(SONG, 2.0, 0.9, 0.9)
    draft = compose("a senhora ficava triste quando cantava Asa Branca", "pt-BR", [sure])
    assert draft.kind == "answer" and draft.memory_ids == ["song"] and "tanque" in draft.text


@pytest.mark.parametrize("message", ["what a lovely story", "que história linda, vó",
                                     "aw that's so sweet"])
def test_a_visitor_taking_in_a_story_is_acknowledged(message: str) -> None:
    assert compose(message, "en", [Hit(SONG, 2.0, 0.9, 0.9)]).kind == "acknowledge"


def test_the_memory_offered_after_news_is_told_as_recalled_on_a_yes() -> None:
    offer = composer.Offer("song", "hoje eu ouvi asa branca no rádio")
    draft = composer.compose(PERSONA, "sim, conta", "pt-BR", [Hit(SONG, 0.0, 0.5)], "Ana",
                             offer=offer, at_risk=False)
    assert draft.memory_ids == ["song"] and "Asa Branca" in draft.text
    assert draft.text.split(" A família")[0] in [
        o.format(vocative=", Ana") for o in composer.OPENERS["pt-BR"]]


@pytest.mark.parametrize("message", [
    "meu marido era o melhor pai do mundo. ele morreu mês passado",
    "sinto sua falta, minha mãe morreu ontem",
    "o vô me ensinou muito sobre pesca, o que ele pescava",
])
def test_love_said_with_news_of_a_death_or_a_question_is_not_affection(message: str) -> None:
    assert composer.social_move(message) is None


@pytest.mark.parametrize("message", ["que saudade, vó, tô tão triste",
                                     "miss you so much grandpa, i feel so alone",
                                     "te amo vó, to com medo"])
def test_love_said_with_sorrow_is_met_with_comfort(message: str) -> None:
    draft = compose(message, "pt-BR" if "vó" in message else "en", [Hit(SONG, 2.0, 0.9, 0.9)])
    assert draft.kind == "statement" and draft.memory_ids == [] and draft.offered is None

