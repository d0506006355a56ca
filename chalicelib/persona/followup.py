"""Follow-up questions: whether a chat message leans on what was said before ("e depois?",
"where was that?", "quem mais estava lá?") and, if so, the topic it continues.

Pure functions over the message and the conversation so far; the turn (`chalicelib/turn/
compose.py`) reads the history and searches. docs/persona.md, "Follow-up questions", has the
rules and their limits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from chalicelib.persona.composer import social_move
from chalicelib.persona.retrieval import (ADDRESS_WORDS, FRAME_WORDS, PARENT_WORDS, POSSESSIVES,
                                          proper_names, without_address)
from chalicelib.persona.text import STOP_FOLDED, terms, with_phrases, words

# A message with at most this many words of its own still leans on the topic when it says so
# plainly ("E depois, vocês casaram?"); with more, it has a subject of its own.
MAX_OWN_WITH_CUE = 2

# Shorthand of follow-ups that text.SHORTHAND does not read (it is shared with the index).
_TYPED = {"ond": "onde", "ondi": "onde", "dpois": "depois", "dp": "depois", "eai": "e ai",
          "eae": "e ai", "ae": "ai", "oque": "o que", "oqe": "o que", "porq": "por que",
          "cm": "como", "cmo": "como", "ql": "qual", "aki": "aqui", "wat": "what",
          "wut": "what", "wht": "what", "whr": "where", "wher": "where", "wen": "when",
          "whn": "when", "thn": "then", "tht": "that"}

# Said only of something already on the table: with these, a message continues the topic
# even when it has a word or two of its own ("E depois, vocês casaram?").
_CUE_PHRASES = tuple(tuple(p.split()) for p in (
    "e depois", "e ai", "e entao", "e dai", "depois disso", "depois daquilo", "e o que mais",
    "o que aconteceu depois", "que aconteceu depois", "aconteceu depois", "isso", "disso",
    "nisso", "isto", "disto", "aquilo", "daquilo", "naquilo", "nessa epoca", "naquela epoca",
    "nesse tempo", "naquele tempo", "nessa hora", "naquela hora", "nesse dia", "naquele dia",
    "nessa idade", "quem mais", "o que mais", "como assim", "conta mais", "fala mais",
    "e ele", "e ela", "e eles", "e elas", "dele", "dela",
    "and then", "then what", "what then", "what happened next", "what happened then",
    "what happened after", "happened next", "what next", "after that", "and after",
    "back then", "at that time", "at the time", "that time", "that day", "who else",
    "what else", "anyone else", "what do you mean", "how so", "tell me more", "and him",
    "and her", "and them", "why was that", "where was that", "when was that"))
# Words a follow-up is made of, but which also open questions of their own ("lá em casa",
# "the song that..."): they never count as what a message is about.
_CUE_WORDS = frozenset(
    "depois entao dai ai la ali aquele aquela aqueles aquelas naquele naquela dessa desse "
    "nessa nesse aconteceu acontecer acontecia assim mais ele ela eles elas dele dela deles "
    "delas mesmo seguida "
    "then next after afterwards later happened happen happening there that it he she him her "
    "they them his hers else more mean so".split())
# Words that ask about a side of the topic rather than name one: "em que ano foi?",
# "what city was it in?", "quantos anos você tinha?".
_GENERIC = frozenset(
    "ano anos year years epoca tempo lugar lugares place places cidade city town "
    "idade age old dia dias day days data date mes meses month months hora horas hour "
    "pessoa pessoas people gente vez "
    # how long it went on: "e quanto tempo durou?", "how long did it last?"
    "durou durava durar duraram duracao last lasted lasting "
    # what it looked like or cost, of the thing just told: "e que cor era?", "what make?"
    "cor cores colour colours color colors marca marcas brand make modelo model tamanho "
    "size preco price custou custava cost costs raca breed".split())
_FILLERS = frozenset(
    "hein ne ah ahh oh ohh hmm hm hum uhm um ue uai nossa uau wow ok okay entendi serio "
    "really legal certo tipo well oi ola hey please favor agora now".split())
_QUESTION_WORDS = frozenset(
    "onde aonde quando quem como qual quais quanto quanta quantos quantas porque por cade "
    "why where when who whom whose how what which".split())
_LAUGH = re.compile(r"^(k{2,}|(ha){2,}h?|(he){2,}|(hu){2,}|rs+|lol)$")
_NOT_TOPIC = STOP_FOLDED | FRAME_WORDS | _CUE_WORDS | _GENERIC | _FILLERS | _QUESTION_WORDS
# "Vó" or "grandpa" at the end of a message addresses the persona ("e depois vó?") when it
# follows a small word that is not an article or preposition: "e o vô?", "what about
# grandpa?" and "how did you meet grandpa?" ask about grandpa.
_BEFORE_A_SUBJECT = frozenset(
    "o a os as do da dos das no na nos nas ao seu sua seus suas meu minha teu tua nosso nossa "
    "de com sem sobre para pra por e ou the my your our his her and or of about with to for "
    "from by".split())


@dataclass(frozen=True)
class Topic:
    """What a turn searches with: the message's own words and, when it leans on the
    conversation, the visitor's last question that named a topic, with the memories the
    persona's last answer about it used."""

    query: str
    memory_ids: tuple[str, ...]
    leaning: bool
    own: tuple[str, ...] = ()  # the message's own meaningful words, folded
    # A short question that does not say it goes on ("where did you grow up?"): searched with
    # the topic too, but it is a question of its own, whose words are read as written.
    soft: bool = False
    # For a short question: the memories of the persona's last answer, the only ones the
    # topic may lend it ("que música tocava?" after the dance: the dance's music).
    last_answer: tuple[str, ...] = ()


def _typed_words(message: str, names: frozenset[str]) -> list[str]:
    """The message's folded words, shorthand read, without a form of address at either end."""
    addresses = ADDRESS_WORDS | names
    message = without_address(message, names)  # "Vó, ...", "e depois, vó?"
    said = [w for raw in words(message) for w in _TYPED.get(raw, raw).split()]
    start = 0
    while start < min(2, len(said)) and said[start] in addresses:
        start += 1
    end = len(said)
    while end > start and said[end - 1] in addresses and (
            end - 1 == start or (said[end - 2] in _NOT_TOPIC and
                                 said[end - 2] not in _BEFORE_A_SUBJECT)):
        end -= 1
    return said[start:end]


def own_words(message: str, names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words that say what a message is about, folded, in order: not small words, forms
    of address, the persona's names, fillers, follow-up cues or questions about a topic's
    year, place or people."""
    said = with_phrases(_typed_words(message, names))  # "é de onde": where one was born
    return tuple(w for n, w in enumerate(said)
                 if w not in _NOT_TOPIC and not _LAUGH.match(w) and terms(w)
                 and (w not in names or _parent_of_yours(said, n)))


def _parent_of_yours(said: Sequence[str], position: int) -> bool:
    """"your mum" asked of a mother whose children call her Mum: her own mother, a subject of
    its own, not the persona addressed (retrieval reads it so too)."""
    return said[position] in PARENT_WORDS and position > 0 and said[position - 1] in POSSESSIVES


def _has_phrase(said: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(said[i:i + size]) == phrase for i in range(len(said) - size + 1))


def leans_on_past(message: str, names: frozenset[str] = frozenset()) -> bool:
    """True when a message cannot be understood without what was said before: it asks with
    no words of its own ("onde foi isso?", "why?", "e dps?"), or says plainly that it goes on
    with the topic and adds at most a word or two ("e depois, vocês casaram?")."""
    said = _typed_words(message, names)
    if not said:
        return False
    cued = any(_has_phrase(said, phrase) for phrase in _CUE_PHRASES)
    if not cued and social_move(message, names) is not None:
        return False  # "Oi vó", "obrigada!": the conversation, not the memories
    own = own_words(message, names)
    if own:
        return cued and len(own) <= MAX_OWN_WITH_CUE
    asks = "?" in message or cued or any(
        w in _QUESTION_WORDS or w in _CUE_WORDS or w in _GENERIC or w in FRAME_WORDS
        for w in said)
    return asks  # "nossa!", "ok" ask nothing: they do not bring the topic back


def _names_its_own(message: str, names: frozenset[str]) -> bool:
    """Whether a short question names a place, a person or a thing of its own ("a senhora já
    foi pros Estados Unidos?", "did you ever go to Poland?"): its subject is its own, and the
    topic before it does not choose among what it finds (the holiday's beach town is not the
    United States because both are "where")."""
    called = ADDRESS_WORDS | names
    return any(word not in called for word in proper_names(without_address(message, names)))


def _names_a_topic(message: dict[str, Any], names: frozenset[str]) -> bool:
    text = message.get("text") or ""
    # ("Hi Nne, it's Chidera" is a greeting, "Nne" being what the family calls her)
    return not leans_on_past(text, names) and social_move(text, names) is None


def topic_of(message: str, history: Sequence[dict[str, Any]],
             names: frozenset[str] = frozenset(), soft: int = 0) -> Topic:
    """What to search with for `message`, given the conversation before it (oldest first;
    visitor and persona messages, the persona's with their `memories_used`).

    A self-standing message is searched as it is. One that leans on the past is searched
    with the last visitor message that named a topic (walking back over a chain of
    follow-ups and small talk) followed by its own words, and brings the memories of the
    persona's latest answer since that question. With `soft`, a question of at most that many
    words of its own is searched with the topic too (without the last answer's memories)."""
    own = own_words(message, names)
    leaning = leans_on_past(message, names)
    if not leaning and not (0 < len(own) <= soft and not _names_its_own(message, names)):
        return Topic(message, (), False, own)
    topic = ""
    memory_ids: tuple[str, ...] = ()
    for past in reversed(history):
        if past.get("role") == "persona":
            if not memory_ids:
                memory_ids = tuple(dict.fromkeys(past.get("memories_used") or ()))
        elif past.get("role") == "visitor" and _names_a_topic(past, names):
            topic = past.get("text") or ""
            break
    if not leaning:
        # A short question after a topic ("quem fez o bolo?" after the wedding) may be about
        # it: searched with the topic too, its own words still decide what answers it.
        if not topic:
            return Topic(message, (), False, own)
        query = " ".join(part for part in (topic.strip(), " ".join(own)) if part)
        return Topic(query, (), True, own, soft=True, last_answer=memory_ids)
    query = " ".join(part for part in (topic.strip(), " ".join(own)) if part)
    return Topic(query, memory_ids, True, own)
