"""Memory retrieval: rank a persona's memories for a message (the chat and search share it).

A lexical ranking (BM25 over stems and vocabulary ideas, title and tags weighted above text)
that knows the persona's aliases and each memory's keyword triggers, with a little recency.

The index is an inverted index in two parts: a packed base (every term's postings as slices of
two arrays, which is also what is saved) and the postings of memories written since, with the
positions of changed or deleted memories left as gaps. Adding, editing or deleting a memory
changes the index in place; the base is repacked when it is saved (`snapshot`), so a cold
process loads it instead of reading and analysing every memory (`chalicelib/persona/indexes.py`).
"""
from __future__ import annotations

import base64
import gc
import heapq
import itertools
import hashlib
import json
import math
import re
import struct
import zlib
from array import array
from collections import Counter, defaultdict, deque
from itertools import chain, repeat
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
import threading
import time
from collections import OrderedDict
from typing import AbstractSet, Any, Iterable, Protocol, Sequence

from chalicelib.persona.embeddings import cosine, memory_text, normalise
from chalicelib.persona import confidence, language
from chalicelib.persona.patterns import Lazy, lazy
from chalicelib.persona.text import (
    DECADE, FALSE_FRIENDS, NUMBERS, PHRASE_ENDS, PHRASES, STOP_FOLDED, TRANSLATION_WEIGHT,
    credited_terms, decades, fold, phrases_ending, stems, terms, with_phrases, words,
)

K1 = 1.2
B = 0.75
TRIGGER_BONUS = 5.0
# The hybrid ranking (`MemoryIndex.hits`): a spread of closeness above the persona's average
# memory is worth a third of the best lexical score; a memory no word reaches needs 1.5 spreads.
# Chosen on the dev questions of tests/data (docs/search.md, "Embeddings").
CLOSENESS_WEIGHT = 1 / 3
CLOSE_ALONE = 1.5
CLOSE_MIN = 3  # fewer vectors than this say nothing about what is close for this persona
# A search gives memories without a vector one for at most this long (IndexCache.with_vectors):
# about 150 memories of a few lines with the local model, so 2,000 are filled in 14 searches.
FILL_SECONDS = 0.5
FUSION_DEPTH = 50  # the memories closest by vector that may enter the hybrid ranking
SAID_CACHE = 20_000  # pieces of memory text whose terms an index keeps (a few MB at most)
LEXICAL_DEPTH = 20  # and the best by words (each read for what the question asks: the cost)
ALIAS_WEIGHT = 2.0
HOME_WEIGHT = 0.5  # relevance weight of a place of the persona's biography, against its idf
UNHEARD_WEIGHT = 1.5  # relevance weight of a question word no memory reaches, against its idf
FRAME_RANK_WEIGHT = 0.5  # a word that frames the question ranks memories this much
QUALIFIER_WEIGHT = 0.4  # ... of a word that says how a thing was (`QUALIFIERS`)
# Words that say how a thing or a time was, not which one ("your old bakery", "the big pike",
# "a casinha linda", "where do you come from originally?"): folded. Superlatives and ordinals
# ("the oldest", "the first") say which, and stay out.
LATER_ORDINALS = frozenset("second third fourth fifth 2nd 3rd 4th 5th segundo segunda "
                           "terceiro terceira".split())
_MORE_OR_MOST = frozenset("mais menos more most".split())  # "a mais antiga": which one
# a question that asks what, which, where... (not yes or no: in "a sua casa era grande?", "was
# your house big?", how it was is what is asked)
_WH = lazy(r"\b(?:o que|oq|que|q|qual|quais|quem|qm|onde|aonde|quando|qdo|como|quanto|quantos|"
           r"quantas|what|wat|which|who|whom|whose|where|when|how|why)\b", re.IGNORECASE)
QUALIFIERS = frozenset(
    "old big little small tiny huge large lovely dear beloved beautiful pretty nice good "
    "wonderful famous special originally really actually exactly usually "
    "velho velha velhos velhas antigo antiga antigos antigas grande grandes pequeno pequena "
    "pequenos pequenas lindo linda lindos lindas bonito bonita bonitos bonitas querido "
    "querida queridos queridas famoso famosa especial maravilhoso maravilhosa bom boa "
    "originalmente realmente exatamente".split())
RECENCY_WEIGHT = 0.05
# The analysis a saved index was made with: a change to how text becomes terms (text.py,
# vocabulary.py) must bump it, so indexes saved before are rebuilt rather than misread.
ANALYSER = 71  # 57-59: club fans, "each other"... (session 33); 60-62: young legacies (34);
# 63-65: the irregular comparatives ("melhor" grades "bom"), school left, fish and heelers (35);
# 66-67: "entrei" read as "entrar"; "sold", "long", "parte" meet no idea by a stem (36);
# 68-69: first bumping into someone is meeting them; the seaside is the sea; closing down (37)
# 70-71: getting out of bed is waking; "pra ontem" is haste; pride's idioms; ordinals; the
# pearl, ruby and diamond anniversaries their own words (38)
SNAPSHOT_FORMAT = 1
MAX_HALVES = 65_535  # a term's count in one memory, in halves, as stored (array "H")
INDEXED_FIELDS = ("id", "title", "text", "tags", "triggers", "date", "created_at", "updated_at",
                  "photos")


@dataclass(frozen=True)
class Hit:
    """One memory found for a query: its ranking score (comparable only within one query) and
    its relevance, from 0 to 1 (comparable across queries and personas: the share of the
    question's meaningful words the memory covers)."""

    memory: dict[str, Any]
    score: float
    relevance: float
    # For the best memory of a fresh search only: how sure the search is that it answers
    # (persona/confidence.py). None for the others, and for memories a turn adds itself.
    confidence: float | None = None


# Words that frame a question rather than say what it is about ("do you remember...", "conta
# sobre..."): they neither make a memory relevant nor make it less so.
FRAME_WORDS = frozenset(
    "lembra lembro lembrar lembrava lembrou lembranca lembrancas recorda recordar conta conte "
    "contar contava fala fale falar sabe saber sabia diz dizer know knew talk say said tell "
    "told recall please favor quero queria gostaria want wanted could would vc voce voces "
    "senhor senhora ai entao hein ne "
    # how much and how many ask for an amount; they are not what the question is about
    "quanto quanta quantos quantas much many most mais muito muita muitos muitas "
    # "what was the name of the midwife?" is about the midwife: her name is what it asks for
    "nome nomes name names "
    # "vc gostava de dançar?" asks about dancing: liking is what it asks, not what it is about
    "gostava gostar gosta gostou gostavam like liked likes enjoy enjoyed "
    # so is preferring ("qual cuca o senhor preferia?" is about cuca), and "o que aconteceu com
    # o seu dedinho?" is about the finger: what happened is what any story tells
    "preferia prefere preferiu preferir preferiam prefer prefers preferred "
    "aconteceu acontecia acontecer acontece aconteceram happen happens happened "
    # "o que a senhora achou da tapioca?" asks an opinion of the tapioca
    "achou achava acha achei think thought thinks "
    # "what did you say when things went wrong?": a thing is whatever a memory tells of
    "coisa coisas thing things something anything stuff "
    # "quem começou a chamar a senhora de Neném?" asks who named her: starting and being
    # used to are how, not what
    "comecou comecava comecar comecaram comecavam start started starts starting began begin "
    "costumava costumavam costuma "
    "remind reminds reminded lembrar lembre "
    # "who has your poncho now?" asks who has it: a memory that answers need not say "now"
    "now nowadays today agora hoje atualmente ainda still "
    # "quantos afilhados ao todo?", "in all", "na vida toda": how many, not what about
    "todo toda todos todas inteiro inteira whole entire "
    # "what did you say when someone tried to rush you?" asks about rushing: trying is how
    "try tries tried trying tenta tentou tentava tentavam tentaram tentar tentei "
    # "que máquina a senhora usava pra costurar?" asks about the machine and the sewing: using
    # (or wearing) is how a thing served, which the memory that names it seldom says
    "usar usava usavam usou usei use uses used using "
    # "what did you tell people who grumbled?": anyone who grumbled, as "somebody grumbled" says
    "people folks pessoas gente".split())  # ("usa" is the USA too)

NAMED = "\x00"  # where a name stood in a question's words, once counted as its person
ADDRESSED = "\x01"  # where an opening word called the persona ("vo qual era...")
# Whose: "sua avó", "your grandma", "a avó da senhora" (folded words).
POSSESSIVES = frozenset("sua seu suas seus tua teu tuas teus your ur yr".split())
OF_YOU = frozenset({("da", "senhora"), ("do", "senhor"), ("de", "voce")})
POSSESSIVES_OWN = ("your",)


def _possessed(said: list[str], position: int) -> bool:
    """Whether the word at `position` is said as yours: "your father", "o seu próprio pai",
    "your own mum"."""
    before = said[position - 1] if position else ""
    if before in ("own", "proprio", "propria") and position > 1:
        before = said[position - 2]
    return before in POSSESSIVES
# A grandparent's own mother or father ("sua mãe", "your dad", "o pai do senhor") is the family's
# great-grandparent: memories call them "a bisavó", "a mãe da vó", "Grandma's mom", never the
# plain "mãe" of a grandchild writing about their own mother ("minha mãe conta que...").
PARENT_WORDS = {**dict.fromkeys(("mae", "mamae", "mother", "mom", "mum", "mommy"), "mother"),
                **dict.fromkeys(("pai", "papai", "father", "dad", "daddy"), "father")}
# "ur mums name", "your dads car": a possessive typed without its apostrophe, as chat does
# (only ever read after "your", "ur", "sua"...: "the mums at school" is no one's mother)
PARENT_TYPED = {"mums": "mum", "moms": "mom", "mothers": "mother", "dads": "dad",
                "fathers": "father"}
PARENT_WORDS.update({typed: PARENT_WORDS[said] for typed, said in PARENT_TYPED.items()})
# ("his father" is read as "his", before "Grandmas mom" typed without its apostrophe, which
# would read it as "hi's")
_OF_WHOM = (r"(?:(?:m[aã]e|mam[aã]e|mother|mom|mum)|(?P<f>pai|papai|father|dad))"
            r" (?:d[ao]|of) (?:the |a |o )?(?P<of>[^\W\d_]+)|"
            r"(?:\b(?P<her>her|his) (?:(?:mother|mom|mum)|(?P<f3>father|dad)))|"
            r"(?P<own>[^\W\d_]+)['’]?s (?:(?:mother|mom|mum)|(?P<f2>father|dad))|"
            r"(?:m[aã]e|(?P<f4>pai)) (?:dela|dele)")
_PARENT_PHRASE = lazy(_OF_WHOM, re.IGNORECASE)
# the writer's own parent: "meu pai", "minha mãe", "my father", "my mum"
_MY_PARENT = lazy(r"\b(?:(?:[Mm]eu|[Mm]y) (?P<f>pai|papai|father|dad)|(?:[Mm]inha|[Mm]y) "
                  r"(?:m[aã]e|mam[aã]e|mother|mom|mum)),\s+(?:o |a |seu |dona )?[A-ZÀ-Ý]")
# ... and said unnamed, by one whose own birth the memory tells ("Nasci em 1939... Minha mãe
# dizia", "I was born in 1940... my mother said")
_MY_PARENT_SAID = lazy(r"\b(?:(?:[Mm]eu|[Mm]y) (?P<f>pai|papai|father|dad|daddy)|"
                       r"(?:[Mm]inha|[Mm]y) (?:m[aã]e|mam[aã]e|mother|mom|mum|mam))\b")
_THE_PARENT_NAMED = lazy(r"\b(?:[Aa] (?:m[ãa]e|mam[ãa]e)|[Oo] (?P<f>pai|papai))\s*,\s*"
                         r"(?:(?:[Dd]ona|[Ss]eu|[Ss]r|[Ss]ra)\.?\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+)")
_OWN_BIRTH = lazy(r"\b(?:[Nn]asci|I was born)\b[^.!?]{0,80}?\b((?:1[89]|20)\d\d)\b")
# a birth told with whose child: "nasceu em 1947..., filho de", "was born in 1938, the son of"
_BORN_CHILD_OF = lazy(r"\b(?:nasceu|nascida|nascido|born)\b[^.!?]{0,120}?\b(?:filh[oa]s?|son|"
                      r"daughter|child|children)(?: (?:mais \w+|ca[cç]ul[ao]|\w+est|only))? "
                      r"(?:de|do|da|of)\b", re.IGNORECASE)
_GREAT_GRAND = {"mother": lazy(r"\b(?:bisavó|bisavo|bisa|great[- ]grand(?:mother|ma|mom))"
                               r"\b", re.IGNORECASE),
                "father": lazy(r"\b(?:bisavô|bisavo|biso|great[- ]grand(?:father|pa|dad))"
                               r"\b", re.IGNORECASE)}
# "a mãe da senhora": the persona, however the family calls her ("a mãe da vó" when the
# persona is the vó, not "a mãe do vô": `MemoryIndex.parents_in` reads the relationship)
_ADDRESSED_AS_YOU = frozenset("senhora senhor voce".split())
# "em que ano a senhora se aposentou?": "a senhora", "o senhor" (after an article or its
# contraction: "da senhora", "pro senhor", "com a senhora") is "você", and says nothing of what
# is asked, as "você" does not; never "Nossa Senhora", never "o senhor Joaquim" (a name after)
_PLACE_OR_DAY_BEFORE = frozenset("on in at em".split())
# ... and of a thing's or an animal's, not one said after "of" ("da Viação", "do Tião")
_WHERE_OR_WHOSE_BEFORE = _PLACE_OR_DAY_BEFORE | frozenset("na no nas nos da do das dos".split())
_POLITE_YOU_BEFORE = frozenset("a o da do na no pra pro para pela pelo com ao".split())


def _you_said_politely(said: list[str], position: int) -> bool:
    return said[position] in ("senhora", "senhor") and position > 0 and \
        said[position - 1] in _POLITE_YOU_BEFORE and \
        said[position + 1:position + 2] != [NAMED]
# the words for a great-grandparent (after `_great_joined`): a grandparent persona's parent
GREAT_GRANDPARENTS = {"bisavô": "father", "bisavo": "father", "biso": "father",
                      "bisavó": "mother", "bisa": "mother", "great-grandfather": "father",
                      "great-grandmother": "mother"}
_GREAT_OF = {"grandpa": "father", "grandfather": "father", "granddad": "father",
             "grandad": "father", "gramps": "father", "grandma": "mother",
             "grandmother": "mother", "granny": "mother", "nana": "mother", "nan": "mother"}


def _ages_as_numbers(said: list[str]) -> list[str]:
    """The words with an age's "anos", "years old" left to its number: "onde a senhora
    trabalhou quando tinha catorze anos?" is answered by "At fourteen... went to work" (not a
    span's years: "for almost twenty years")."""
    dropped: set[int] = set()
    for at, word in enumerate(said[1:], 1):
        number = said[at - 1] in NUMBERS or said[at - 1].isdigit()
        if number and word in ("anos", "ano") and at > 1 and said[at - 2] in _AGE_BEFORE:
            dropped.add(at)
        elif number and word == "years" and said[at + 1:at + 2] == ["old"]:
            dropped.update((at, at + 1))
    return [word for at, word in enumerate(said) if at not in dropped]


_AGE_BEFORE = frozenset("tinha tinham tava estava com aos fez completou completar".split())


def _great_joined(said: list[str]) -> list[str]:
    """The words with "great grandpa" ("Great-Grandpa", split) said as one word."""
    joined: list[str] = []
    for word in said:
        if joined and joined[-1] == "great" and word in _GREAT_OF:
            joined[-1] = f"great-grand{_GREAT_OF[word]}"
        else:
            joined.append(word)
    return joined


_GRANDPARENT_IDEAS = frozenset(t for w in ("vó", "vô") for t, _ in terms(w) if t.startswith("c:"))

# What a question asks for, and what a memory that can answer it holds.
_ASKS_WHEN = lazy(r"\b(quando|when|what year|which year|que ano|qual ano|em que ano|"
                  r"what date|que data|que dia|what day|which date|"
                  # "qual foi a data do casamento?", "what was the date of the wedding?"
                  r"qual (?:foi |era |é |e )?a data|what(?:'s| was| is) the date)\b",
                  re.IGNORECASE)
# ("quanto" and its kin too: "E o trem das seis, Vó, quanto custava a passagem?" asks there)
_ASKS_OTHER = lazy(r"\b(o que|qual|quais|quem|onde|como|por que|quanto|quanta|quantos|"
                   r"quantas|what|which|who|whom|whose|where|how|why)\b"
                   # "que música...", "em que cidade...": a "que" that opens the question
                   # or follows a preposition asks which (not "disse que", "que nem")
                   r"|(?:^|[,;:]\s*|\b(?:em|de|da|do|pra|para|com|por|no|na)\s+)"
                   r"(que)\s+(?!nem\b)\w"
                   # ... or asks where it stands, after the verb, as Brazilians say it: "vc
                   # acordava que horas?", "casou com quantos anos?"
                   r"|\b(que)\s+(?=horas\b|idade\b)", re.IGNORECASE)
# A question word and at most its verb, closing the question after a comma: "..., vô, qual
# era?", "..., where was that?"
_ASKS_AT_END = lazy(r",\s*(?:\w+\s*,\s*)?\b(o que|qual|quais|quem|onde|what|which|who|"
                    r"where)\b(?:\s+\w+){0,2}\W*$", re.IGNORECASE)
# A question put after a comma, in its own clause with its verb ("..., Yeh Yeh, what did they
# call you instead?", "..., qual era o nome dele?"): what it asks, not a "who" that opened a
# clause about someone before it ("the regulars who couldn't say your name")
_ASKS_AFTER_COMMA = lazy(r",\s*(?:[^\W\d_]+(?:[\s-][^\W\d_]+)?\s*,\s*)?\b(what|which|where|"
                         r"how|qual|quem|onde|"
                         # ("..., vô, como ela se chamava?")
                         r"como(?=\s+(?:(?:ele|ela|eles|elas|isso|aquilo)\s+)?(?:se\s+)?chama))"
                         r"\s+(?:did|do|does|was|were|is|are|would|could|had|has|have|era|foi|"
                         r"é|eram|foram|ele|ela|eles|elas|isso|aquilo|se|chama|chamava|"
                         r"chamavam)\b[^,]*$", re.IGNORECASE)
# "o que ela fazia da vida?", "ela trabalhava de quê?", "what did Aunt Bernie do for a
# living?", "what was his job at the mill?": a trade or a post, which a memory says by its
# name ("a tackler", "costureira") or as one taken ("started as a telephonist", "became the
# lollipop man"); where one worked ("worked at the Westinghouse plant") does not say it
_ASKS_JOB = lazy(r"\b(?:qual|que) (?:era |foi |é |e )?(?:a |o )?(?:sua |seu |primeir[oa] )?"
                 r"(?:profiss[aã]o|of[ií]cio|emprego|ocupa[cç][aã]o|servi[cç]o|"
                 r"fun[cç][aã]o|cargo)\b|"
                 r"\b(?:o que|oq|que) (?:\w+ ){0,3}?(?:fazia|faz|fez) (?:da vida|pra viver|"
                 r"para viver|de trabalho|no trabalho|(?:pra|para) (?:ganhar a vida|"
                 r"ganhar dinheiro|se sustentar|sustentar a fam[ií]lia))\b|"
                 r"\b(?:what|wat|wot) (?:did|do|does) (?:\w+ ){1,4}?(?:do|doing) "
                 r"(?:for (?:a )?(?:living|work|money|a job)|as (?:a )?(?:job|living)|"
                 r"to (?:earn|make) (?:a |his |her |their )?living)\b|"
                 r"\b(?:what|wat|wot)(?:'s| was| were| is)? (?:\w+ ){0,4}?(?:job|jobs|"
                 r"occupation|profession|trade|line of work)\b|"
                 r"\b(?:what|which) (?:job|jobs|work|occupation|line of work|kind of work) "
                 r"(?:did|do|does|was|were)\b", re.IGNORECASE)
# ... and "trabalhava de quê?" asks it wherever it stands ("E a Dona Lourdes, vó, ela
# trabalhava de quê?")
_ASKS_JOB_ANYWHERE = lazy(r"\btrabalh(?:ava|avam|ou|aram|a) (?:de|com|como) (?:que|qu[eê]|q|"
                          r"o que)\b", re.IGNORECASE)
# "what did you grow on the block?", "o que o senhor plantava?": a plant or a crop, which a
# memory names ("sultanas and currants", "milho e feijão"); gardens said as a place ("in the
# gardens of the Grand Hotel") grow nothing
_ASKS_GROWN = lazy(r"\b(?:what|wat|wot) (?:did|do|does|would) (?:\w+ ){1,3}?(?:grow|plant|"
                   r"cultivate)\b|\b(?:o que|oq|q) (?:\w+ ){0,3}?(?:plantava|plantou|"
                   r"plantavam|plantaram|cultivava|cultivou|cultivavam|colhia|colhiam)\b",
                   re.IGNORECASE)
# "em que ano", "what year": a year, which a weekday or a month alone does not say ("toda
# segunda-feira" tells no year the question asks)
_ASKS_YEAR = lazy(r"\b(em que ano|que ano|qual ano|what year|which year|"
                  r"in what year|in which year)\b", re.IGNORECASE)
# "em que mês e ano vocês casaram?", "what month was Jodi born?": a month, which a year alone
# does not say
_ASKS_MONTH = lazy(r"\b(em que m[eê]s|que m[eê]s|qual m[eê]s|what month|which month|"
                   # "q dia e mês foi o casamento?": a day of a month, which a year does not say
                   r"(?:que|q|qual|what|which) dia e m[eê]s|(?:what|which) day and month)\b",
                   re.IGNORECASE)
# "quanto custou", "how much did it cost": an amount of money, before any other amount
_MONEY_NOUNS = (r"sal[aá]rios?|aluguel|alugu[eé]is|pre[cç]os?|passagem|passagens|mensalidade|"
                r"ordenado|pagamento|salary|wages?|rent|fare|price|pay")
# (which "qual era" asks as an amount; not "a passagem", a book's passage as well as a fare)
_SUMS = (r"sal[aá]rios?|aluguel|alugu[eé]is|pre[cç]os?|mensalidade|ordenado|salary|wages?|"
         r"rent|fare|price")
_ASKS_PRICE = lazy(r"\b(quanto|quanta|how much)\b(\s+\w+){0,6}?\s+(custou|custava|custa|"
                   r"custaram|custavam|cobravam|cobraram|valiam|"
                   r"cobrava|cobrou|cobra|pagou|pagaram|pagava|pagavam|paga|valia|vale|"
                   r"ganhava|ganhou|cost|costs|pay|paid|charge|charged|earn|earned|"
                   # a wage received: "quanto o senhor recebia por mês?", "how much did
                   # you get paid?", "how much did you get for the Anglia?"
                   r"recebia|recebeu|recebiam|receberam|recebe|tirava|faturava|"
                   r"faturou|received|(?:get|got|getting) (?:paid|for)|"
                   r"make|made|set|vendia|vendeu|vendiam|venderam|vendia|sell|sold|"
                   r"sells)\b"
                   # "how much was a pint of mild?": what a thing was sold for
                   r"|\bhow much (?:was|were|is|are) (?:a|an|one|each)\b"
                   # "por quanto foi comprada a casa?", "for how much did he sell it?"
                   # (not "por quanto tempo", a span)
                   r"|\bpor quanto\b(?! tempo)|\bfor how much\b"
                   r"|\b(?:quanto|quanta|how much)\b(?:\s+\w+){0,4}?\s+(?:compr(?:ou|aram|"
                   r"ava|avam|ada|ado|adas|ados)|bought|vendid[oa]s?|alug(?:ou|aram|ava|ada|"
                   r"ado)|rented)\b"
                   # "what did you pay for the Morris?", "what did the house cost?"
                   r"|\bwhat (?:did|do|does|would) (?:\w+\s+){1,3}?(?:pay|cost|charge)\b"
                   r"(?! attention)"
                   # "quanto era o aluguel?", "o primeiro salário, quanto era?", "how much
                   # was the rent?": an amount of money named, asked how much
                   r"|\b(?:de )?(?:quanto|quanta|how much)\s+(?:era|eram|foi|foram|is|was|"
                   r"were)\b(?:\s+\w+){0,3}?\s+(?:" + _MONEY_NOUNS + r")\b"
                   # "what was the rent on the shop?", "qual era o salário dele?": the
                   # amount a sum of money was
                   r"|\b(?:what|qual)(?:'s|s)?\s+(?:was|is|were|era|foi|é|e)?\s*"
                   r"(?:the |your |ur |his |her |their |o |a |os |as |seu |sua )?"
                   r"(?:\w+ )?(?:" + _SUMS + r")\b",
                   re.IGNORECASE)
# ... and asked at the end: "o primeiro salário do senhor na oficina, vô, quanto era?"
_ASKS_PRICE_AT_END = lazy(r"\b(?:" + _MONEY_NOUNS + r")\b(?:\W+\w+){0,10}?\W+"
                          r"(?:quanto|quanta|how much)\s+(?:era|foi|was|is|it was)\W*$",
                          re.IGNORECASE)
_ASKS_COUNT = lazy(r"\b(quantos|quantas|quanto|quanta|how many|how much|how old|"
                   r"que idade|qual idade|what age)\b", re.IGNORECASE)
# "qual era o número da sua barraca?", "what number was your locker?": a number that names a
# thing is the answer, not the word "número", and not an age or a span ("com 14 anos")
_ASKS_NUMBER = lazy(r"\b((?:qual|que) (?:era |foi |é |e )?(?:o )?n[uú]mero|"
                    r"(?:what|which)(?:'s| was| is)? (?:the |your |ur |his |her )?"
                    r"(?:registration |phone |telephone |house |plate |licen[cs]e )?"
                    r"number)\b", re.IGNORECASE)
# "how heavy was the marlin?", "quanto o dourado pesava?", "qual era o peso da saca?": a
# weight, which a memory says with its unit ("um robalo de 6 quilos", "a 40 lb sack")
_ASKS_WEIGHT = lazy(r"\b(how heavy|(?:quanto|qto|how much) (?:\w+ ){0,4}?(?:pesava|"
                    r"pesou|pesavam|pesaram|pesa|weigh|weighed|weighs)|"
                    r"(?:qual|que) (?:era |foi |é |e )?(?:o )?peso|"
                    r"what(?:'s| was| is)? (?:the |its |his |her )?weight|"
                    r"(?:quanto|qto) peso|quantos quilos)\b", re.IGNORECASE)
# "qual era o endereço da casa?", "what was your address in Lerwick?": an address, which a
# memory says as a street and a number, never with the word "endereço"
_ASKS_ADDRESS = lazy(r"\b((?:qual|que) (?:era |foi |é |e )?(?:o )?(?:seu |sua )?"
                     r"endere[cç]o|what(?:'s| was| is)? (?:the |your |ur |his |her |"
                     r"their )?(?:home |street |old )?address|which address)\b",
                     re.IGNORECASE)
# "how long were you a librarian?", "quanto tempo o senhor morou lá?": a span of time
_ASKS_DURATION = lazy(r"\b(how long|quanto tempo|por quanto tempo|h[aá] quanto tempo|"
                      r"quantos anos (?:o senhor|a senhora|voc[eê]|vc) (?:\w+ )?"
                      r"(?:morou|trabalhou|ficou|viveu|foi|passou))\b", re.IGNORECASE)
# "qual era o nome do cachorro", "como se chamava", "what was the staffy called": a name
_ASKS_NAME = lazy(r"\b(qual (?:era |é |e |foi )?(?:o )?(?:sobre)?nome|que (?:sobre)?nome|"
                  r"como (?:era|é|e|foi) o nome|"
                  r"como (?:(?:ele|ela|eles|elas|isso|aquilo) )?(?:se )?chama(?:va|vam)?|"
                  r"what(?:'s|s| was| is| were)? (?:the |his |her |your |ur |their )?"
                  # "what was the first name of...", "her maiden name"
                  r"(?:(?:first|last|full|maiden|middle|real|christian|family) )?names?|"
                  r"\bsurname|"
                  # "what was ur mums name": a possessive typed without its apostrophe
                  r"what(?:'s| was| is| were)? (?:his |her |your |ur |their )\w+s names?|"
                  r"what(?:'s|s| was| is| were) [\w' ]{1,30}?'s "
                  r"(?:(?:first|last|full|maiden|middle|family) )?names?|"
                  # ("what was the big bell in your church tower called?")
                  r"what (?:was|were|is) [\w' ]{1,45}? called|"
                  r"what did (?:you|u|they|he|she|we) (?:call|name)|"
                  # "do you remember the name of the doctor", "sabe o nome da rua"
                  r"(?:remember|recall|know|lembra|lembro|sabe|recorda)\w* (?:of )?"
                  r"(?:the |o |a )?(?:nomes?|names?) (?:of|d[oa]s?)|"
                  # a follow-up's "E o nome do padre que casou vocês?", "and the name of"
                  r"(?:^|[,;] ?)(?:e|and) (?:o |the )?(?:nomes?|names?) (?:of|d[oa]s?))\b",
                  re.IGNORECASE)
# "o que a senhora falava quando chovia?", "what did you always tell us?": words of the
# person's own, which a memory quotes or tells as said
_ASKS_SAYING = lazy(r"\b(o que|que|qual (?:era )?(?:o|a)) (?:\w+ ){0,3}?(dizia|falava|"
                    r"respondia|repetia|costumava (?:dizer|falar))\b|"
                    r"\b(?:what|wat|wot) (?:did|would|do|d) (?:\w+ ){1,2}?"
                    r"(?:always |usually |use to |used to )?(?:say|tell|answer|reply)\b|"
                    r"\b(?:saying|motto|catchphrase|bord[aã]o|ditado)\b|"
                    # "qual era o ditado do senhor pra quem tem pressa?", "what was your saying
                    # about hurrying?": the saying asked for by name, from the question word on
                    r"\b(?:qual|que)(?: (?:era|foi|é|e))? (?:o |a |aquele |aquela )?(?:seu |sua |"
                    r"do |da )?(?:\w+ )?(?:ditado|bord[aã]o|lema|prov[eé]rbio)\b|"
                    r"\bwhat (?:was|is|were|s) (?:your |ur |his |her |the |that )?(?:\w+ )?"
                    r"(?:saying|motto|catchphrase|proverb)\b",
                    re.IGNORECASE)
# "what was the score?", "qual foi o placar?": a game's result
_ASKS_SCORE = lazy(r"\b(?:(?:what|wat|wot)(?:'s| was| is| were)? the (?:final )?score|"
                   r"(?:qual|quanto) (?:foi|era|ficou) o placar|placar|the score|"
                   r"final score|o resultado do jogo)\b", re.IGNORECASE)
# "que dia da semana a senhora ia na feira?", "what day of the week did you go?": a weekday,
# which a date does not say
_ASKS_WEEKDAY = lazy(r"\b((?:em |n?o |de )?que|qual(?: era| é| e| foi)?(?: o)?|"
                     r"(?:on |in )?(?:what|which))\s+(?:dias?|days?)\s+(?:da semana|"
                     r"of the week)\b", re.IGNORECASE)
# "a que horas saía a primeira balsa?", "what time did the first ferry leave?": an hour of
# the day, which a memory says as a clock would ("às seis", "5.30 a.m.", "até as seis da
# manhã"), not a date ("what time of year" asks a season)
_ASKS_HOUR = lazy(r"\b(?:(?:a )?que horas|(?:at )?what time|(?:at )?which time)\b"
                  r"(?! of (?:the )?(?:year|day|life|month))", re.IGNORECASE)
_ASKS_COLOUR = lazy(r"\b(que cor|qual (?:era )?a cor|de que cor|what colou?r)\b",
                    re.IGNORECASE)
# "do que o vô morreu?", "morreu de quê?", "what did Grandad die of?", "que doença ela teve?":
# what a death or an illness came of, which a memory names ("de um derrame", "a stroke"); the
# words ask wherever they stand ("E o Imperador, morreu de quê?")
_ASKS_CAUSE = lazy(r"\b(?:de|do) (?:que|qu[eê]|q) (?:\w+ ){0,5}?(?:morr(?:eu|eram|ia)|"
                   r"falec(?:eu|eram|ia))\b|"
                   r"\b(?:morr|falec)(?:eu|eram|ia) (?:de|do) (?:que|qu[eê]|q)\b|"
                   r"\b(?:o que|oq|q) (?:matou|mataram)\b|"
                   r"\b(?:what|wat|wot) (?:did|do|does) (?:\w+ ){1,4}?die (?:of|from)\b|"
                   r"\bdied? (?:of|from) what\b|\bwhat killed\b|"
                   r"\b(?:causa|motivo) d[ae] (?:sua |\w+ )?morte\b|"
                   r"\bcause of (?:\w+ )?death\b|"
                   r"\b(?:que|qual|quais) (?:era |foi |eram |foram )?(?:a |as )?"
                   r"doen[cç]as?\b|\b(?:what|which) (?:illness|disease|sickness|"
                   r"cancer)\b|"
                   # "qual foi o problema de saúde que levou o senhor embora?"
                   r"\bproblemas? de sa[uú]de (?:\w+ ){0,2}levou\b|"
                   r"\bhealth (?:problem|issue|condition)s? (?:\w+ ){0,2}took\b",
                   re.IGNORECASE)
# How many sentences' words, names and kin each cache below keeps: enough for the memories
# a few conversations read, a few MB each in a 512 MB Lambda beside the index cache
SENTENCE_CACHE = 4096
# Words that frame a question rather than say what it asks (dropped from its words): where a
# thing came from asks its origin, not a coming ("de onde veio aquela sanfona?", "where did the
# piano come from?"; "where did you come from?" is left to ask a birthplace), where a thing
# stood asks its place, not a staying ("onde ficava a sua oficina?"), and the asker's
# own childhood is when, not what ("onde a gente ia veranear quando eu era pequeno?", "when I
# was little"), and so is the end of a life ("at the end", "no fim da vida")
_FRAMED = lazy(r"(?i:(?<=\bde onde )(?:veio|vieram|vinha|vinham|vem)\b|"
               r"(?<=\bonde )(?:ficava|ficavam|fica|ficam)\b|"
               r"(?<!\byou )(?<!\bu )\bcome from\b(?=\W*$)|"
               r"\b(?:quando|when) (?:eu|i) (?:era|was) (?:pequen[oa]|criança|crianca|"
               r"menin[oa]|little|small|a kid|a child|a little (?:boy|girl))\b|"
               # "what illness did you have at the end?": the end of a life is when,
               # not an end a memory says ("at the end of the street" keeps its place)
               # ("in the end", "no fim", finally, are left: they ask how it ended)
               r"\b(?:at|towards?|near) the (?:very )?end\b(?! of)(?!\w)|"
               r"\b(?:at|towards?|near) the (?:very )?end of (?:his|her|your|ur|their|"
               r"the) li(?:fe|ves)\b|\b(?:no|perto do|já no|ja no) (?:fim|final) da "
               r"vida\b|"
               # "a que horas o senhor pulava da cama todo santo dia?", "what did you eat every
               # day?": how often, which a memory of the habit need not say
               r"\b(?:todo santo dia|todos os santos dias|todo dia|todos os dias|td dia|"
               r"tds os dias|every single day|every day|each day|everyday|day after day|"
               r"dia ap[oó]s dia)\b|"
               # "onde o senhor estava no dia em que a caçula veio ao mundo?": when, as "quando"
               # ("quando a Sandrinha nasceu"), no day a memory need say
               r"\b(?:no|naquele) dia (?:em )?que\b|\bon the day (?:that|when)\b|"
               # "qual foi o pior incêndio da sua vida?", "the best day of your life": how far
               # the superlative reaches, not what the memory need say
               r"\b(?:da (?:sua|tua|minha) vida|de toda a (?:sua|tua|minha) vida|"
               r"of (?:your|ur|my|his|her) (?:whole |entire )?life)\b|"
               # "what was your mom's name, the one who taught you to pray?": who, no number
               r"\bthe one(?= (?:who|that|whom|which)\b))")
# ... and what took or killed someone "in the end" took them at its end: "what illness took
# you in the end?", "o que levou a senhora no fim?"
_TOOK_AT_THE_END = lazy(r"\b((?:took|got|killed)(?: (?:you|u|him|her|them))?) in the end\b|"
                        r"\b((?:levou|matou|pegou)(?: (?:o senhor|a senhora|ele|ela|voc[eê]|"
                        r"vc))?) no (?:fim|final)\b(?! d)", re.IGNORECASE)


def _took(found: re.Match[str]) -> str:
    """What took someone, without the "in the end" it took them at."""
    return found.group(1) or found.group(2)


# "o senhor chegou a ir no Ceará?", "chegou a conhecer o Pelé?": "chegar a" before a verb says
# "ever", not arriving ("chegou a Belém" and "chegou a Salvador", a place, keep theirs)
_GOT_TO = lazy(r"\b(?i:cheg(?:ou|aram|ava|avam|amos|aste|uei|aria|ariam|asse|assem))"
               r"\s+a\s+(?=[a-záéíóúâêôãõç]*(?:ar|er|ir|or|ôr)\b)")
# Who bought a thing of the persona is whom the persona sold it to: "quem comprou o barco do
# senhor?", "who bought your boat?" ask what "sold the Maria Hoa to Sokha" tells
_BOUGHT_OF_YOU = lazy(r"\b(?:quem|qm|who)\b.*\b(?:comprou|compraram|comprava|bought|buys?)"
                      r"\b.*\b(?:do senhor|da senhora|de voc[eê]|de vc|de ti|from (?:you|u)|"
                      r"off (?:you|u)|seu|sua|teu|tua|your|ur)\b", re.IGNORECASE)
# ... not who the persona bought it from ("who did you buy your boat from?", "de quem o senhor
# comprou o seu barco?")
_YOU_BOUGHT = lazy(r"\b(?:o senhor|a senhora|voc[eê]|vc|tu|you|u) (?:\w+ )?(?:comprou|"
                   r"compraram|comprava|bought|buy)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _spouse_words(ideas: frozenset[str]) -> frozenset[str]:
    """The terms a memory calls the persona's spouse by in full ("Dad" of a grandmother's
    children is only half)."""
    return frozenset(t for t, credit in _spouse_of(ideas) if credit == 1.0)


@lru_cache(maxsize=64)
def _own_given_names(aliases: tuple[tuple[tuple[str, ...], str], ...]) -> frozenset[str]:
    """The words of the persona's own names that no one else in the family shares, less its
    surname and titles ("Toninho", not "Guimarães", "seu" or the "tia" of "Tia Lurdinha")."""
    shared = {w for phrase, term in aliases if term != "a:self" for w in phrase}
    surnames = {phrase[-1] for phrase, term in aliases
                if term == "a:self" and len(phrase) > 1 and phrase[0] not in ADDRESS_WORDS
                and ((phrase[-1],), "a:self") not in aliases}
    return frozenset(w for phrase, term in aliases if term == "a:self" for w in phrase
                     if w not in shared and w not in surnames and w not in ADDRESS_WORDS
                     and w not in STOP_FOLDED)


@lru_cache(maxsize=SENTENCE_CACHE)
def _bought_of_persona(query: str) -> bool:
    """Whether a question asks who bought a thing of the persona's ("quem comprou o barco do
    senhor?", "who bought the milk bar from you?")."""
    return _BOUGHT_OF_YOU.search(query) is not None and _YOU_BOUGHT.search(query) is None


SOLD_AS = {"comprou": "vendeu", "compraram": "vendeu", "comprava": "vendia", "bought": "sold",
           "buy": "sell", "buys": "sells"}
# "quem ensinou o senhor a dirigir?", "who did you sell the Cortina to?": a person, said by
# name or by what they were to the family ("whose" asks whose, a thing)
_ASKS_WHOM = lazy(r"\b(quem|qm|who|whom)\b", re.IGNORECASE)
# The words that say who someone was, without a name: kin, friends, neighbours, trades
PERSON_WORDS = frozenset(
    "mae pai mother father mom mum dad mae esposa marido wife husband namorado namorada "
    "boyfriend girlfriend noivo noiva amigo amiga amigos amigas friend friends mate mates "
    "colega colegas colleague vizinho vizinha vizinhos neighbour neighbor neighbours neighbors "
    "professor professora teacher padre priest medico doctor patrao boss chefe avo grandfather "
    "grandmother grandma grandpa tio tia uncle aunt sogro sogra padrinho madrinha godfather "
    "godmother".split())
# ... and those one was with in a trade or a pastime ("companheiro de barco")
_COMPANIONS = frozenset("companheiro companheira companheiros parceiro parceira socio socia "
                        "compadre comadre camarada".split())


def _kind_of_a_person(said: list[str], at: int) -> bool:
    """Whether the kind of thing at `at` says what a person was to someone: "o companheiro de
    barco Nonato", "a colega de escola Dalva" (the name after it is theirs, not a boat's)."""
    return at > 1 and said[at - 1] in ("de", "do", "da") and (
        said[at - 2] in PERSON_WORDS or said[at - 2] in _COMPANIONS)


# Numbers said as words that count something: not an article ("um", "one"), not an ordinal
_NOT_CARDINAL = frozenset("um uma one first second third primeiro primeira segundo segunda "
                          "terceiro terceira".split())
_NUMBER_WORDS = "|".join([*sorted(w for w in NUMBERS if w not in _NOT_CARDINAL),
                          r"tr[eê]s", "dozen", r"d[uú]zia"])
_TENS_HYPHENATED = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|"
                    r"three|four|five|six|seven|eight|nine)\b")
# One of a unit of time, for the spans said without a number
_UNITS = r"dia|noite|semana|m[eê]s|ano|hora|day|night|week|month|year|hour"
# what may follow a time told by the clock's hands: the end of a clause, or a word of when
_AS_A_TIME = (r"(?=\s*(?:$|[,.;:!?)]|(?:in|every|each|on|at|and|when|sharp|a\.?m|p\.?m|"
              r"o['’]clock|da|de|do|e|todo|toda|todos|todas|quando|no|na|em ponto)\b))")
ANSWER_SHAPES = {
    "when": lazy(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}/\d{1,2}\b|"
                 r"\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|"
                 r"outubro|novembro|dezembro|january|february|march|april|may|june|july|"
                 r"august|september|october|november|december|segunda|ter[cç]a|quarta|"
                 r"quinta|sexta|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|"
                 r"friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|"
                 r"saturdays|sundays|s[aá]bados|domingos|natal|christmas|p[aá]scoa|"
                 r"easter|ano novo|r[eé]veillon|new year)\b", re.IGNORECASE),
    # a number that names a thing ("a barraca 47", "número 87", "plot 14B"): not one of years,
    # months or days ("com 14 anos"), nor a year, a share or an amount of money ("for £320")
    "number": lazy(r"(?<![£$€])(?<!\$ )\b(?:(?!(?:1[89]|20)\d\d\b)\d+[A-Za-z]?|" +
                   _NUMBER_WORDS +
                   r")\b(?!\s*(?:anos?|meses|m[eê]s|semanas?|dias?|horas?|minutos?|years?|"
                   r"months?|weeks?|days?|hours?|minutes?|%|por cento|percent|reais|"
                   r"cruzeiros?|cruzados?|contos|d[oó]lares|dollars?|pounds?|libras?|quid|"
                   r"euros?|shillings?|pence)\b)",
                   re.IGNORECASE),
    # a year: in digits, a decade ("anos 60", "the sixties") or a year cut short ("in '58")
    # a month: by its name, or a day and month in figures ("12/05"), or Christmas
    "month": lazy(r"\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|"
                  r"outubro|novembro|dezembro|january|february|march|april|june|july|"
                  r"august|september|october|november|december|natal|christmas)\b|"
                  r"\b(?-i:May)\b|\b\d{1,2}/\d{1,2}\b", re.IGNORECASE),  # (not "may")
    "year": lazy(r"\b(1[89]\d\d|20\d\d)\b|\banos (?:[1-9]0|vinte|trinta|quarenta|"
                 r"cinquenta|sessenta|setenta|oitenta|noventa)\b|(?<!\w)['’]?[1-9]0s\b|"
                 r"\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|"
                 r"nineties)\b|(?<!\w)['’]\d\d\b", re.IGNORECASE),
    # an amount is a number that is not a year ("nasceu em 1958" says no count)
    "count": lazy(r"\b(?!(?:1[89]|20)\d\d\b)\d+|\b(" + _NUMBER_WORDS + r"|twice|thrice)\b",
                  re.IGNORECASE),
    # an hour of the day: "às seis", "5.30 a.m.", "six in the morning", "meia-noite", "14h"
    "hour": lazy(r"\b\d{1,2}(?:[:.h]\d{2}|h|\s?(?:a\.?m\.?|p\.?m\.?))(?!\w)|"
                 r"\b(?:meia-noite|meio-dia|midnight|noon|midday|o['’]clock)\b|"
                 r"\b(?:[àa]s|at|until|till|by|from|das|até as|ate as)\s+(?:\d{1,2}|uma|duas|"
                 r"tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|one|two|three|"
                 r"four|five|six|seven|eight|nine|ten|eleven|twelve)"
                 # "às quatro e meia da manhã", "at six thirty in the morning"
                 r"(?:\s+e\s+(?:meia|quinze|vinte|trinta|quarenta|cinco|dez)|\s+(?:thirty|"
                 r"fifteen|forty-five|and a half))?\s+(?:da manh[aã]|"
                 r"da tarde|da noite|da madrugada|in the morning|in the afternoon|"
                 r"in the evening|at night|o['’]clock|every (?:morning|night|evening)|"
                 r"toda (?:manh[aã]|noite)|todas as (?:manh[aã]s|noites))\b|"
                 r"\b[àÀ]s\s+(?:\d{1,2}|uma|duas|"
                 r"tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)\b|"
                 # the clock read by its hands, said as a time: "ten to four", "quarter past six",
                 # "dez pras cinco" (not "ten to twelve people", "20 to 30 couples")
                 r"\b(?:quarter|half|five|ten|twenty|twenty-five) (?:to|past) (?:one|two|three|"
                 r"four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)" + _AS_A_TIME +
                 r"|\b(?:cinco|dez|quinze|vinte) (?:pras|pra|para as) (?:uma|duas|tr[eê]s|quatro|"
                 r"cinco|seis|sete|oito|nove|dez|onze|doze)" + _AS_A_TIME,
                 re.IGNORECASE),
    # a day of the week, or the days of one ("aos sábados", "on Sundays", "no fim de semana")
    "weekday": lazy(r"\b(segunda|ter[cç]a|quarta|quinta|sexta)(?:s|-feiras?)?\b|"
                    r"\b(s[aá]bados?|domingos?|fins? de semana|(?:mon|tues|wednes|thurs|fri|"
                    r"satur|sun)days?|weekends?)\b", re.IGNORECASE),
    "colour": lazy(r"\b(azul|azuis|vermelh[oa]s?|verdes?|amarel[oa]s?|branc[oa]s?|"
                   r"pret[oa]s?|cinzas?|marrom|marrons|rosas?|rox[oa]s?|laranjas?|"
                   r"dourad[oa]s?|prateado|prateada|bege|vinho|creme|caramelo|"
                   r"lil[aá]s|violeta|turquesa|bord[oô]|magenta|marfim|"
                   r"blue|red|green|yellow|white|black|gr[ae]y|brown|pink|purple|orange|"
                   r"gold|golden|silver|beige|cream|maroon|navy|turquoise|tan|lilac|"
                   r"violet|burgundy|crimson|scarlet|khaki|ivory|teal)\b",
                   re.IGNORECASE),
    # a span: a number of years, months, weeks or days, or from one year to another
    "duration": lazy(r"\b(\d+|" + _NUMBER_WORDS + r")[\s-]+(anos|ano|meses|m[eê]s|semanas|"
                     r"dias|d[eé]cadas|horas?|minutos?|segundos?|years|year|months|"
                     r"weeks|days|decades|hours?|minutes?|seconds?)\b|"
                     r"\b(1[89]\d\d|20\d\d)\b.{1,25}?\b(1[89]\d\d|20\d\d)\b|"
                     r"\b(a vida (?:toda|inteira)|all (?:his|her|my|their) li(?:fe|ves))\b|"
                     # one of a unit, said as a span: "um dia e meio", "for a month",
                     # "durante um ano", "a semana inteira", "a whole week"
                     r"\b(?:um|uma|a|an|one) (?:" + _UNITS + r") (?:e mei[oa]|and a half)\b|"
                     r"\b(?:por|durante|for) (?:um|uma|a|an|one) (?:" + _UNITS + r")\b|"
                     r"\b(?:" + _UNITS + r") inteir[oa]\b|\bwhole (?:" + _UNITS + r")\b",
                     re.IGNORECASE),
    # said: in quotes, or told as said ("ele sempre dizia que...", "she'd say")
    "saying": lazy(r"[\"“]|(?<!\w)['‘]\w|\b(dizia|falava|repetia|respondia|costumava "
                   r"dizer|said|says|would say|used to say|always told)\b", re.IGNORECASE),
    # what a death or an illness came of: an illness named ("um derrame", "lung cancer"), an
    # accident, old age; not "doença" or "illness" said alone ("her last illness" names none)
    "cause": lazy(r"\b(c[aâ]ncer|cancer|tumou?r|leucemia|leuk[a]?emia|linfoma|lymphoma|"
                  r"derrame|avc|stroke|infarto|enfarte|heart attack|ataque card[ií]aco|"
                  r"cardiac|heart failure|cora[cç][aã]o|pneumonia|tuberculose|"
                  r"tuberculosis|diabetes|alzheimer|parkinson|dem[eê]ncia|dementia|"
                  r"cirrose|cirrhosis|enfisema|emphysema|covid|gripe|flu|influenza|"
                  r"insufici[eê]ncia|renal|kidney|aneurisma|aneurysm|embolia|embolism|"
                  r"trombose|thrombosis|sepse|sepsis|infec[cç][aã]o|infection|"
                  r"hepatite|hepatitis|mal[aá]ria|dengue|chagas|febre|fever|meningite|"
                  r"meningitis|sarampo|measles|p[oó]lio|polio|bronquite|bronchitis|"
                  r"asma|asthma|pulm[aã]o|lungs?|f[ií]gado|liver|press[aã]o alta|"
                  r"hipertens[aã]o|hypertension|acidente|accident|crash|afog\w+|"
                  r"drown\w*|atropelad[oa]|run over|velhice|de velho|old age|overdose|"
                  r"envenenad[oa]|poison\w*|picad[oa]|bite|bitten|parto|childbirth|"
                  r"tifo|typhoid|typhus|c[oó]lera|cholera|var[ií]ola|smallpox|coqueluche|"
                  r"whooping cough|caxumba|mumps|catapora|chickenpox|rub[eé]ola|rubella|"
                  r"escarlatina|scarlet fever|difteria|diphtheria|t[eé]tano|tetanus|"
                  r"lepra|leprosy|hansen[ií]ase|leptospirose|leptospirosis|icter[ií]cia|"
                  r"jaundice|apendicite|appendicitis|[uú]lcera|ulcer|h[eé]rnia|hernia|"
                  r"an[a]?emia|epilepsia|epilepsy|l[uú]pus|esclerose|sclerosis|"
                  r"sida|aids|hiv|s[ií]filis|syphilis|artrite|arthritis|reumatismo|"
                  r"rheumatism|septic[a]?emia|peritonite|peritonitis|gangrena|gangrene|"
                  r"convuls[aã]o|seizure)\b",
                  re.IGNORECASE),
    # a weight: a number with its unit ("6 quilos", "meia arroba", "a 40 lb sack", "nine
    # stone", "duas toneladas")
    "weight": lazy(r"\b(?:\d[\d.,]*|" + _NUMBER_WORDS + r"|meia|meio|half)(?:\s+e\s+mei[oa]|"
                   r"\s+and\s+a\s+half)?[\s-]*(?:kg|kgs|quilos?|kilos?|quilogramas?|"
                   r"kilograms?|gramas?|grams?|g|lb|lbs|pounds?|stone|ounces?|oz|"
                   r"toneladas?|tons?|tonnes?|arrobas?)\b", re.IGNORECASE),
    # an address: a number and a name ("12 Albany Road", "23 Gardie Brae"), a street's name
    # ("Rua do Céu", "Rua Barata Ribeiro, 45", "Balderstone Road"); capitals as written
    "address": lazy(r"\b(?!(?:1[89]|20)\d\d\b)\d{1,5}[A-Za-z]?,?\s+[A-ZÀ-Ý][\w'’-]+|"
                    r"\b(?:Rua|Avenida|Av\.|Travessa|Alameda|Estrada|Praça|Praca|Largo|"
                    r"Ladeira|Beco|Rodovia)\s+(?:d[aoe]s?\s+)?[A-ZÀ-Ý0-9]|"
                    r"\b[A-ZÀ-Ý][\w'’-]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|"
                    r"Terrace|Crescent|Close|Way|Place|Court|Row|Square|Parade|"
                    r"Boulevard|Grove|Gardens|Hill)\b"),
    # a result: "3 a 1", "2-1", "two-nil", "won by six points", "ganhou de três"
    # (not a number English writes with a hyphen: "eighty-one years" is no 80–1)
    "score": lazy(r"\b\d{1,3}\s*(?:-|–|x|×|a|to)\s*\d{1,3}\b|\b(?!" + _TENS_HYPHENATED +
                  r")(" + _NUMBER_WORDS +
                  r"|nil|zero|um|uma|one)\s*(?:-|–|a|to|x)\s*(" + _NUMBER_WORDS +
                  r"|nil|zero|um|uma|one)\b|\b(?:won|lost|win|beat|ganhou|perdeu|"
                  r"venceu|ganharam|perderam|venceram) (?:\w+ ){0,3}?(?:by|de|por) "
                  r"(?:\d+|" + _NUMBER_WORDS + r")\b", re.IGNORECASE),
    # an amount of money: a sum ("£240", "18 mil cruzeiros", "twenty dollars", "dois
    # tostões"), a wage said as one ("um salário mínimo") or nothing at all ("de graça"); not
    # a currency named without its sum ("never a cent missing", "poupava cada centavo")
    # (a rand is written before its sum, "R18,000", as a Brazilian real is "R$ 18")
    "price": lazy(r"(?:R\$|US\$|\$|€|£)\s*\d|\bR\d[\d.,]*|\b(?:\d[\d.,]*|" + _NUMBER_WORDS +
                  r"|meia|meio|half)(?:\s+(?:mil|thousand|hundred|cem|"
                  r"[\w-]+)){0,2}\s+(?:reais|real|cruzeiros?|cruzados?|r[eé]is|contos?|"
                  r"tost[aã]o|tost[oõ]es|centavos?|d[oó]lares|dollars?|cents?|bucks|"
                  r"quid|pounds?|shillings?|pence|p|bob|guineas?|"
                  # (the money of the countries families came from)
                  r"pesos?|euros?|escudos?|francs?|francos?|liras?|lire|rands?|"
                  r"drachmas?|dracmas?|yen|ienes?|rupees?|rupias?|"
                  r"sal[aá]rios?(?: m[ií]nimos?)?|salary|wages?|minimum wage)\b|"
                  r"\b(?:de gra[cç]a|for free|free of charge|for nothing|"
                  r"(?:um|uma|a|one) sal[aá]rio|sal[aá]rio m[ií]nimo|minimum wage)\b|"
                  # a coin said by its name ("paid us a quarter each", "a dime a bag")
                  r"\b(?:a|one|two|three|four|five|ten|\d+) (?:dimes?|nickels?|pennies|penny|"
                  r"sixpences?|shillings?|half-crowns?|tost[aã]o|tost[oõ]es)\b|"
                  r"\b(?:paid|pay|pays|gave|cost|costs|charged|earned|for) (?:\w+ ){0,2}?"
                  r"(?:a|one) quarter\b(?! (?:of|past|to|hour|mile|century))",
                  re.IGNORECASE),
}
ANSWER_LIFT = 1.15
# A memory that speaks of the persona's own mother or father, asked of them ("your mum",
# "a mãe do senhor"), against the many that say "mãe" or "Mum" of someone else: as a name
# said counts (ALIAS_WEIGHT)
PARENT_LIFT = 2.0
# The same in the hybrid ranking, after closeness in meaning is added to the words (leaving a
# person out, 1.3 put the answering memory first for 0.856 of answerable questions, against
# 0.840 without it)
FUSED_ANSWER_LIFT = 1.3
LIFTED_DEPTH = 10  # the best this many of the hybrid ranking are looked at for the lift
# A memory that says every word of the question, among the hybrid ranking's best this many,
# comes first when the first leaves the question's weightiest word unanswered (closeness put
# it there): "o vô virou maquinista em sessenta e três?" is answered by the memory that says
# "em 1963 virou maquinista", not by the closer one about the railway that says neither.
# Leaving a person out: 0.746 / 0.741 → 0.751 / 0.753; search dev recall@1 0.79 → 0.81.
COVERED_DEPTH = 3
COVERED = 0.99  # the share of the question's words that counts as every word
# ... and the lexical ranking's first, when it says every word of the question, stays first
# over a memory closer in meaning that says this much less of it ("where did you and Gido
# first meet?": "Mom met Dad at a dance...", not the honeymoon that reads closer).
# Leaving a person out (38 people): first 0.877 → 0.880, honest 0.765 → 0.767.
COVERED_MARGIN = 0.3
# A name answers "what was the X called" when said this many words from the X, at most, in
# one sentence (leaving a person out, 8 words kept 0.74 / 0.75 of dev; 5: 0.73 / 0.73)
NAME_NEAR = 8
# ... and a parent's name, said of them in apposition or as what they were called ("Nan's mum,
# Great-Gran Ivy", "a mãe dele, dona Zulmira", "Grandma's mom was called Rose")
PARENT_NEAR = 3
# The words that say what kind of answer is asked for ("em que ano", "what day", "que idade"):
# a memory answers them with a year or a number, never with the word itself.
ASKING_WORDS = {
    "when": frozenset("ano anos year years data date dia day mes month epoca".split()),
    "year": frozenset("ano anos year years data date dia day mes month epoca".split()),
    "month": frozenset("mes meses month months ano year data date dia day".split()),
    "count": frozenset("idade age old numero number".split()),
    "number": frozenset("numero number".split()),
    "duration": frozenset("long tempo time anos years durou durava durar duracao duraram "
                          "last lasted lasts lasting".split()),
    "name": frozenset("nome nomes name names chama chamava chamavam called call".split()),
    "colour": frozenset("cor cores color colour colors colours".split()),
    "weekday": frozenset("dia dias semana day days week".split()),
    "hour": frozenset("hora horas time".split()),
    "grown": frozenset("grow grew grown plant planted cultivate cultivated plantava plantou "
                       "plantavam plantaram cultivava cultivou cultivavam colhia colhiam".split()),
    "job": frozenset("job jobs occupation profession trade living work working money "
                     "trabalho trabalhava trabalhou trabalhavam trabalha emprego profissao oficio "
                     "ocupacao fazia faz fez vida viver".split()),
    "cause": frozenset("causa cause motivo matou mataram killed doenca doencas illness "
                       "disease sickness problema problemas problem problems saude health "
                       "levou took embora away".split()),
    "who": frozenset(),
    "score": frozenset("score placar resultado result final".split()),
    "weight": frozenset("peso pesava pesou pesavam pesaram pesa pesar weigh weighed weighs "
                        "weight heavy quilos kilos".split()),
    "address": frozenset("endereco address morada".split()),
    # ("o que o senhor sempre dizia?", "what did you always say?": a saying is said again and
    # again; a memory that quotes it need not say "always")
    "saying": frozenset("dizia falava respondia repetia dizer falar say said tell told answer "
                        "reply saying motto catchphrase bordao ditado sempre always vivia "
                        "usually".split()),
    # "quanto custou o Azulão?" is answered by "pagou 18 mil cruzeiros": the verb asks
    "price": frozenset("custou custava custa custar cobrava cobrou cobra pagou pagaram pagava "
                       "pagavam paga pagar valia vale cost costs pay paid charge charged "
                       "price preco".split()),
}
# (not after a title's abbreviation: "O Dr. Ivaldo brigava" is one sentence, and its name is
# said next to "doctor")
_TITLES_ABBREVIATED = ("Dr", "Dra", "Sr", "Sra", "Srta", "Mr", "Mrs", "Ms", "St", "Prof", "Profa",
                       "Pe", "Jr")
_AFTER_A_TITLE = lazy(r"\b(?:" + "|".join(_TITLES_ABBREVIATED) + r")\.$")  # "Dr. Kuzyk"
_SENTENCE = lazy(r"(?<=[.!?…;])" + "".join(fr"(?<!\b{title}\.)"
                                             for title in _TITLES_ABBREVIATED)
                 + r"\s+|\n+")
# A name, in a memory: a word written with a capital inside a sentence, or words in quotes
_QUOTED = lazy(r"[\"“]([^\"”]{1,40})[\"”]|(?<!\w)['‘]([^'‘’\n]{1,40}?)['’](?!\w)")


# A sentence that gives a name says the name of what the sentence before it speaks of: "...a
# vira-lata que achou na estrada... Deu o nome de Princesa.", "...bought a caravan. He called
# it The Taj Mahal."
# (with no thing of its own: "uma gata que ela chamou de Princesa" names the cat, not the dog
# of the sentence before)
_NAMING = lazy(r"^\W*(?:(?:ele|ela|eles|elas|a gente|n[oó]s|o \w+|a \w+) )?(?:deu|deram|"
               r"demos|p[oô]s|botou|botaram|botamos) o nome\b|\b(?:o|a|os|as) (?:chamou|"
               r"chamava|chamavam|chamaram|batizou|batizaram|apelidou|apelidaram)\b|"
               r"\b(?:called|named|christened|nicknamed|dubbed) (?:it|him|her|them)\b"
               # ... or says what one of those before was called: "O preferido se
               # chamava Maestro", "The bossy one was Yell", "the big one was named Rex"
               r"|\bse chama(?:va|vam|ram)?\b|\b(?:was|were) (?:called|named)\b"
               r"|\b(?:one|favourite|favorite|preferid[oa]|predilet[oa]) (?:was|were|era|"
               r"foi)\b",
               re.IGNORECASE)


# ... and within a sentence, the giving of a name to what it spoke of before ("e deu a ele o
# nome de Teimoso", "e a chamou de Estrela", "and named it Bluebell"; not "uma gata que ela
# chamou de Mimosa", which names the cat just said)
_GIVES_NAME = lazy(r"\b(?:deu|deram|demos|p[oô]s|botou|botaram|botamos)(?: a el[ea]s?| "
                   r"pra el[ea]s?)? o nome\b|\b(?:e|and) (?:o|a|os|as) (?:chamou|chamava|"
                   r"chamavam|chamaram|batizou|batizaram|apelidou|apelidaram) de\b|"
                   r"\b(?:called|named|christened|nicknamed|dubbed) (?:it|him|her|them)\b",
                   re.IGNORECASE)


_TELL_ME = lazy(r"\b(?:lembra|lembro|lembram|remember|recall|sabe|sabia|know|knew|"
                r"tell (?:me|us)|conta|conte|me diz|me fala)\b(?:\s+(?:de|da|do|if|se))?"
                r"\s+")


def _third_word(said: str) -> int:
    """Where the third word of a text starts (its length if it has fewer), or where what a
    "do you remember" or "me conta" asks starts ("a senhora lembra quando casou?")."""
    starts = [match.start() for match in re.finditer(r"\w+", said)]
    told = _TELL_ME.search(said)
    return max(starts[2] if len(starts) > 2 else len(said), told.end() if told else 0)


# A request about today's world: a recommendation, what to buy now, the house's wifi, help with
# a task ("can u help me w my maths homework", "the score of the saints game rn")
_ABOUT_NOW = lazy(r"\b(?:recommend|recomenda|recomendaria|me indica|indicaria|these days|"
                  r"nowadays|hoje em dia|atualmente|wifi|wi-fi|rn|right now)\b|"
                  # this year's or next year's ("who's gonna win the cup this yr?", "o
                  # Atlético vai ganhar o Brasileirão este ano?"): no memory's
                  r"\b(?:this|next) (?:yr|year|season)\b|\b(?:este|neste|deste|pr[oó]ximo) ano\b|"
                  r"\b(?:gonna|going to|will) win\b|\bvai ganhar\b|"
                  r"\b(?:can|could|would) (?:you|u) help me\b|"
                  # an opinion of today's things ("what do you think about all these electric
                  # cars people are buying now?", "o que a senhora acha dessas redes sociais de
                  # hoje?"): a memory holds what a life thought then, never of what came after
                  # (what comes to mind "quando ouve Asa Branca hoje" is a memory's)
                  r"\bwhat do (?:you|u|ya) think (?:about|of)\b[^?.!]*\b(?:now|today)\W*$|"
                  r"\b(?:o que|oq|q) (?:o senhor|a senhora|voc[eê]|vc|tu) (?:acha|pensa "
                  r"(?:d[eoa]s?|dess[ea]s?|disso|sobre))\b"
                  r"[^?.!]*(?<!at[eé] )\b(?:agora|hoje|hj)\W*$|"
                  r"\bhelp me (?:with|w|work|do|fix|choose|pick|find)\b|"
                  r"\bme ajuda(?:r|ria)? (?:a|com)\b|"
                  r"\b(?:senha|password) (?:do|da|of the|for the) (?:internet|celular|"
                  r"phone)\b|\bbest \w+ (?:\w+ )?to (?:buy|get)\b|"
                  r"\bmelhor \w+ (?:pra|para) comprar\b|"
                  # the best app for something today: "the best app 2 learn spanish" (not the
                  # app a grandmother took her recipes from)
                  r"\b(?:best|melhor|good|bom|boa) (?:apps?|aplicativos?)\b|"
                  r"\b(?:apps?|aplicativos?) (?:2|to|for|pra|para) (?:aprender|learn)\b|"
                  # advice on the asker's own choices: "o senhor acha que eu devo largar a
                  # faculdade?", "should I sell the car?", "the fastest way for me to learn"
                  r"\b(?:que|q) eu (?:devo|deveria|devia)\b|\bshould i\b|"
                  r"\bway for me to\b|\bi should (?:buy|get|go|move|study|take|do|quit|"
                  r"sell|marry|choose|try|pick|learn)\b|\bvale a pena (?:eu )?(?:comprar|"
                  r"fazer|estudar|mudar|ir|vender|largar|escolher|tentar|aprender|abrir|"
                  r"montar|investir|come[cç]ar|plantar)\b|"
                  # ... and whether it pays today: "vo hj vale a pena abrir uma loja?",
                  # "vale a pena eu financiar um carro?" (the asker's own doing)
                  r"\b(?:hoje|hj) (?:ainda )?vale a pena\b|\bis it (?:still )?worth\b|"
                  r"\bvale a pena eu \w+r\b|"
                  # tomorrow's weather ("vai chover amanhã?", "will it rain tomorrow?")
                  r"\b(?:vai|will it) (?:chover|rain|snow|nevar)\b|"
                  r"\b(?:previs[aã]o do tempo|weather forecast)\b|"
                  # ... and the weather of a day to come ("wats the weather gonna be like
                  # 2moro", "como vai estar o tempo amanhã?"; "tempo" said so, never the time
                  # of "como a senhora passava o tempo no fim de semana?")
                  r"\bweather\b(?: \w+){0,5} (?:tomorrow|2moro|2morrow|tmrw|tonight|"
                  r"this weekend)\b|\btomorrow(?:[’' ]?s)? weather\b|"
                  r"\b(?:vai|vai estar|vai ficar|vai fazer|vai ser) (?:o )?(?:tempo|clima)\b|"
                  r"\b(?:tempo|clima) (?:pra|para|de) amanh[aã]\b",
                  re.IGNORECASE)
# a name of the form "X of the Y" ("the School of the Air", "the Bank of New Zealand")
_INSTITUTION = lazy(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+(?:the\s+)?"
                    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# "the dog you had before Baleia", "o carro depois da perua Ford", "after Mr Haddow": the one
# before or after a thing named (a name's capital, in the question as typed)
_BEFORE_OR_AFTER_NAMED = lazy(r"\b(?:before|after|b4|antes d[oa]s?|depois d[oa]s?)\s+"
                              r"(?:(?:the|a|an|o|a|your|ur|his|her|sua|seu)\s+)?"
                              r"(?:[a-zà-ÿ]+\s+)?([A-ZÀ-Ý][\w'’-]*)")


# A clause that says when, before the question it frames: "quando o senhor largou a pesca,
# quem herdou o barco?", "when you retired, who took over the shop?" ask who, not when
# ("E quando alguém queria tudo com pressa, vô, o que o senhor dizia?": past a name called
# after the clause, to the "o que" that asks)
_WHEN_CLAUSE = lazy(r"\b(?:quando|qdo|qnd|qndo|when)\b[^,?.!]*,\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?"
                    r"\s*,\s*)?(?=(?:o\s+que|o\s+q|oq|quem|qm|qual|quais|"
                    r"que|q|onde|como|quanto|quantos|quantas|qto|qtos|qta|qtas|who|what|"
                    r"wat|which|where|how)\b)", re.IGNORECASE)


def answer_kind(question: str) -> str | None:
    """"year", "when", "price", "count", "weight", "address", "name", "colour", "job", "grown",
    "cause" (and the other keys of ASKING_WORDS) when the question asks for a year, a date, a
    price, an amount, a weight, an address, a name, a colour, a trade, what was grown or what a
    death came of, else None (read with chat shorthand spelled out: "qto vcs pagaram")."""
    question = _WHEN_CLAUSE.sub("", question)
    readings = (question, " ".join(words(question)))
    if any(_ASKS_CAUSE.search(said) for said in readings):
        return "cause"  # "E o Imperador, morreu de quê?" asks at its end
    if any(_ASKS_JOB_ANYWHERE.search(said) for said in readings):
        return "job"
    if any(_ASKS_PRICE_AT_END.search(said) for said in readings):
        return "price"
    for said in readings:
        first = _ASKS_OTHER.search(said)
        found = [(match.start(), order, kind) for order, (kind, asks) in enumerate((
            ("weekday", _ASKS_WEEKDAY), ("hour", _ASKS_HOUR), ("month", _ASKS_MONTH),
            ("year", _ASKS_YEAR),
            ("when", _ASKS_WHEN),
            ("price", _ASKS_PRICE),
            ("duration", _ASKS_DURATION), ("score", _ASKS_SCORE), ("number", _ASKS_NUMBER),
            ("weight", _ASKS_WEIGHT), ("address", _ASKS_ADDRESS), ("count", _ASKS_COUNT),
            ("name", _ASKS_NAME),
            ("colour", _ASKS_COLOUR), ("job", _ASKS_JOB), ("grown", _ASKS_GROWN),
            ("saying", _ASKS_SAYING), ("who", _ASKS_WHOM))) for match in [asks.search(said)]
            if match]
        # the question's first question word asks; a later "quando" opens a clause ("o que
        # a senhora me dava quando eu ia aí?" asks what, not when; "quantos anos a senhora
        # tinha quando casou?" asks an age)
        # with no question word, what asks opens the question (past a name called or an
        # "and"): "did Vovó cheat when she played?" and "the thing you'd yell when we left?"
        # ask no date
        opens = first.start(first.lastindex or 0) if first else _third_word(said)
        asking = [f for f in found if f[0] <= opens]
        # a question that names its topic first and asks at its end ("e o apelido que o
        # senhor deu pro Pedro quando ele era pequeno, vô, qual era?"): its tail asks
        tail = _ASKS_AT_END.search(said)
        if tail:
            # ... unless its tail asks only "which was it?" of a saying it named ("e aquele
            # ditado do senhor pra quem faz tudo correndo, vô, qual era?")
            asking = [f for f in found if f[0] >= tail.start(1)] or [
                f for f in found if f[2] == "saying"]
        put = _ASKS_AFTER_COMMA.search(said)
        if put and not tail and put.start(1) > opens:
            asking = [f for f in found if f[0] == put.start(1)] or asking
        if found:  # the shorthand reading is for what the question as typed does not show
            return min(asking)[2] if asking else None
    return None


# Whose name a question asks, in its folded words: "qual era o nome do médico", "como se
# chamava o jegue", "the name of the priest", "the fiddler's name", "what was the dog called"
# ("o nome da melhor amiga", "the name of your best friend": whose name, past the words that
# only say which one)
_WHICH_ONE_WORDS = (r"(?:(?:seu|sua|meu|minha|teu|tua|primeiro|primeira|segundo|segunda|outro|"
                    r"outra|ultimo|ultima|melhor|grande|velho|velha|antigo|antiga|querido|"
                    r"querida|favorito|favorita|preferido|preferida|pequeno|pequena) ){0,2}")
_NAME_OF = lazy(
    r"\bnomes? d[oa]s? " + _WHICH_ONE_WORDS + r"(\w+)"
    r"|\bcomo (?:se )?chamava(?:m)? (?:o |a |os |as )?(?:seu |sua |teu |tua )?"
    r"(?:(?:melhor|melhores|primeir[oa]|segund[oa]|ultim[oa]|antig[oa]|velh[oa]|querid[oa]|"
    r"grande|pequen[oa]) )?(\w+)"
    # "the name of the fat tabby cat that slept...": English says the one last, before what
    # is told of it
    # ("the name of Dona Amélia's husband": whose, in up to three words, then who)
    r"|\bnames? of (?:the |your |ur |his |her |their |my |that )?(?:(?:\w+ ){0,2}?\w+ s )?"
    r"(?P<last>(?:(?!(?:the|a|an|one)\b)\w+ ){0,2}?(?!(?:the|a|an|one)\b)\w+)"
    r"(?= (?:that|who|whom|which|whose|you|u|your|ur|he|she|"
    r"they|we|i|did|was|were|had|has|is|in|at|on|from|with|when|where|before|after|b4|back|"
    r"then|again|for|by|of|about)\b|$)"
    r"|\bnames? of (?:the |your |ur |his |her |their |my |that )?(?:(?:\w+ ){0,2}?\w+ s )?"
    r"(?:(?:first|second|other|last|best|old|oldest|favourite|favorite|dear|little|big) ){0,2}"
    r"(\w+)"
    r"|\b(\w+) s names?\b"
    r"|\b(?:your|ur|his|her|their) (\w+s) names?\b"
    r"|\bwhat (?:was|were|is) (?:the |your |ur |his |her |their )?(?:\w+ s )?"
    r"(?:first |other )?(\w+) called\b"
    # "what was the school in Tai Po Market called?", "what was the big bell in your church
    # tower called?": the one named, before what is told of it
    r"|\bwhat (?:was|were|is) (?:the |your |ur |his |her |their )(?:\w+ ){0,2}?(\w+) "
    r"(?:in|at|on|of|from|that|where|you|u|he|she|they|we|i)\b(?: \w+){1,8}? called\b"
    # the one said first, the name asked after: "and the doctor who did your bypass, what was
    # his name?", "o padre que casou vocês, como ele se chamava?"
    r"|^(?:(?:and|e) )?(?:the |o |a |your |ur |seu |sua )?(\w+) (?:who|that|whom|que|q)\b"
    r"(?: \w+){1,12}? (?:what (?:was|is) (?:his|her|their) names?|qual (?:era |e |foi )?o nome "
    r"(?:dele|dela|deles|delas)|como (?:ele|ela|eles|elas) se chamava(?:m)?)\b")


@lru_cache(maxsize=SENTENCE_CACHE)
def named_whom(question: str) -> str | None:
    """The word for the one whose name a question asks ("médico" of "o nome do médico que
    operou o senhor"), folded; None when it does not say."""
    found = _NAME_OF.search(" ".join(words(question)))
    word = next((g for g in found.groups() if g), None) if found else None
    if word and found and found.group("last"):
        word = word.split()[-1]
    return None if word in ASKING_WORDS["name"] else word


# What a question tells of the one whose name it asks, in a clause after it: "o barco que o vô
# pilotava", "o vilarejo onde o senhor nasceu", "the dog you had on the farm". Its verb is what
# a memory may say the name with where it never says the thing ("pilotou... o Estrela do
# Guajará"; "born in the barrio of Nagbacalan").
_RELATIVE = frozenset("que onde where that which who whom".split())
_RELATIVE_BEFORE = frozenset("em de no na in on at".split())
_CLAUSE_SUBJECT = frozenset(
    "o a os as um uma seu sua senhor senhora voce vc vcs tu ele ela eles elas nos eu you u he "
    "she they we i the your ur his her their my mine".split())
_AUXILIARY = frozenset(
    "did do does used to would could costumava costumavam ia iam always often usually never "
    "ever also sempre tambem tb mais nunca".split())


# the two sides of one deed: who taught is whom the other learnt from
_CONVERSES = ((frozenset({"s:ensin", "s:teach"}), frozenset({"s:learn", "s:aprend"})),)


def _with_converse(unit: frozenset[str]) -> frozenset[str]:
    """A question's word with the terms of the deed's other side ("ensinou": "learnt")."""
    for one, other in _CONVERSES:
        if not unit.isdisjoint(one):
            return unit | other
        if not unit.isdisjoint(other):
            return unit | one
    return unit


# the words for a person that say nothing of who they were to anyone
_ANYONE = frozenset("menino menina moco moca rapaz garoto garota homem mulher boy girl lad lass "
                    "man woman fellow chap guy bloke lady kid".split())


@lru_cache(maxsize=SENTENCE_CACHE)
def described_by(question: str, named: str | None) -> str | None:
    """The verb of the clause that tells of `named` (`named_whom`), folded; None when the
    question says none."""
    if not named or not _not_a_person(named) and named not in _ANYONE:
        # (a doctor "que operou a senhora": the hospital is named near that too; but "o
        # menino que entregava os telegramas" is said by what he did: "sending young Johnny
        # Hehir out... to deliver them")
        return None
    said = words(question)
    if named not in said:
        return None
    at = said.index(named) + 1
    if said[at:at + 1] and said[at] in _RELATIVE_BEFORE and said[at + 1:at + 2] and \
            said[at + 1] in _RELATIVE:
        at += 1
    if not said[at:at + 1] or not (said[at] in _RELATIVE or said[at] in _CLAUSE_SUBJECT):
        return None
    at += said[at] in _RELATIVE
    names = proper_names(question)
    for word in said[at:at + 5]:
        if word in _CLAUSE_SUBJECT or word in _AUXILIARY or word in ADDRESS_WORDS \
                or word in PARENT_WORDS or word in names:
            continue
        return None if word in STOP_FOLDED else word  # ("the dog you had": no telling verb)
    return None


# The thing a "which X" question asks for, in its folded words: "que flores", "em que hotel",
# "qual foi o presente", "qual era a sua comida", "which saint", "what grape did"
_WHICH = lazy(  # ("por que" is why: "por que chamavam o senhor de Faísca?")
    r"(?:^|\b(?:em|de|da|do|pra|para|com|no|na)\s+)que\s+(\w+)"
    r"|\b(?:qual|quais)\s+(?:(?:era|foi|e|eram|foram)\s+)?(?:(?:o|a|os|as)\s+)?"
    r"(?:(?:seu|sua|seus|suas|teu|tua)\s+)?(\w+)"
    r"|\bwhich\s+(\w+)"
    r"|\bwhat\s+(\w+)\s+(?:did|was|were|do|does|is|are|had|has|have)\b")


# Kinds of thing whose answer is a name or words in quotes ("em que cidade": Caxias; "which
# hospital": the Victoria General; "what tune": 'The Bonnie Lass'; "qual era a palavra"):
# a memory that names or quotes one answers, whether or not it says the kind (folded words).
NAMED_KINDS = frozenset(
    "cidade cidades city town vila village vilarejo aldeia povoado lugarejo hamlet pais country "
    "estado state bairro neighbourhood neighborhood rua street lugar place hospital escola "
    "school colegio faculdade college "
    "universidade university igreja church paroquia parish time team clube club banda band "
    "empresa company firma firm fabrica factory loja shop store oficina workshop marcenaria "
    "marca brand modelo model "
    "musica music song cancao tune hino hymn livro book filme film movie novela programa show "
    "jornal newspaper paper navio ship barco boat hotel restaurante restaurant bar pub praia "
    "beach ilha island rio river palavra word expressao expression frase phrase apelido "
    "nickname estadio stadium estrada road avenida avenue rodovia highway programme program "
    "regimento regiment batalhao battalion coral choir sindicato union cinema teatro theatre "
    "theater parque park praca square mercado market padaria bakery farmacia pharmacy "
    "aeroporto airport estacao station capela chapel catedral cathedral disco album revista "
    "magazine canal channel festival feira fazenda farm sitio estancia salao hall "
    "companhia airline dupla duo corrida race pensao pousada hospedaria guesthouse inn motel "
    "hostel ferry ferryboat balsa barca lancha canoa canoe chalana "
    # a waterfall and the year's shows and contests have names as places and shops do ("the
    # walk to Hardraw Force", "won his first rosette at Muker Show"); not a lake, a hill, a
    # bridge or a fair, which are surnames too ("Mr Hill", "Angus Bridge") and would take a
    # town for the lake asked
    "cachoeira waterfall cascata exposicao exhibition exposition mostra rodeio rodeo torneio "
    "tournament campeonato championship concurso contest competition competicao "
    "quermesse".split())


# Animals and carnival groups, which families name too: a name right after one is the mule's
# or the bloco's, not the school's or the song's asked ("ia pra escola montado na mula Faceira",
# "saía no bloco Pé de Pato")
_NAMED_BEASTS_AND_BANDS = frozenset(
    "cachorro cachorra cachorrinho cachorrinha cao cadela vira lata dog puppy pup hound gato "
    "gata gatinho gatinha cat kitten cavalo egua potro horse mare pony colt mula burro burra "
    "jegue jumento mule donkey vaca boi bezerro cow ox calf bull touro cabra bode goat porco "
    "porca pig sow papagaio periquito parrot budgie galo galinha rooster hen pato duck "
    "bloco blocos".split())


# Kinds of thing known by a number: "which route was Grandad's bus?" is answered by "he drove
# the number 36 bus", "qual linha?" by "o 174"
_NUMBERED_KINDS = frozenset("route routes rota rotas linha linhas line bus onibus tram bonde "
                            "platform plataforma room quarto comodo apartment apartamento flat "
                            "locker armario".split())


# Words that ask for the same thing by another name: "qual era a sua comida favorita?" is
# answered by "o prato preferido dela era o sobá", "what was your favourite meal?" by "her
# favourite dish" (folded words; each asks for what any of its group names)
_ALIKE_GROUPS = ("comida comidas prato pratos refeicao refeicoes food foods dish dishes meal "
                 "meals", "presente presentes gift gifts present presents",
                 "jogo jogos game games",
                 # "qual foi o fogo mais terrível?" against "o pior incêndio"
                 "fogo incendio incendios fire fires blaze")
ASKED_ALIKE = {word: tuple(group.split()) for group in _ALIKE_GROUPS for word in group.split()}


# Cooking or eating said of a dish, in a memory's text
_COOKS = lazy(r"\b(?:fazia|fez|faziam|fizeram|cozinhava|cozinhou|preparava|preparou|"
              r"comia|comeu|comiam|comeram|aprendeu a fazer|receita|cooked|cooks|cook|"
              r"made|makes|make|baked|bakes|ate|eats|eat|recipe|served|serves)\b",
              re.IGNORECASE)


# "what kind of car", "que tipo de música": the thing is the word after the kind
_KIND_OF = lazy(r"\b(?:(?:what|which) (?:kind|kinds|sort|sorts|type|types) of|"
                r"(?:que|qual|quais) (?:(?:era|foi|eram) (?:o |a )?)?"
                r"(?:tipo|tipos|especie|especies|genero|qualidade) de) (\w+)")


def _tells_dish(plan: _Plan, memory: dict[str, Any]) -> bool:
    """Whether a question asks which food or dish and the memory tells what was cooked or
    eaten (and so names one: "a batchan fazia nishime", "he learnt to make pão de queijo")."""
    return not plan.asked.isdisjoint(_DISHES_ASKED) and \
        _COOKS.search(_field_text(memory, "text")) is not None


# which food or which sweet is asked ("what dish", "que doce", "which dessert")
_DISHES_ASKED = frozenset({"s:food", "s:dessert", "s:sweet", "s:sobremes", "s:doce"})


# the words for a head's things that the dictionaries never lead to it ("which bloom from your
# garden?" asks which flower)
_HEAD_ALIKE = {"bloom": ("flower",), "blossom": ("flower",), "blooms": ("flower",),
               "blossoms": ("flower",)}


@lru_cache(maxsize=256)
def _kinds_asked(word: str) -> frozenset[str]:
    """The kinds of the thing a "which X" question asks, when X is a head families name
    things by (`lexicon.kinds`: flowers, fish, a fabric, a car), in either language."""
    from chalicelib.persona import lexicon
    heads = {head for said in (word, *lexicon.base_forms(word, None))
             for head in (said, *lexicon.translations(said)[:6], *_HEAD_ALIKE.get(said, ()))
             if lexicon.kinds(head)}
    return frozenset(kind for head in heads for kind in lexicon.kinds(head))


# the kinds asked whose members are names themselves (a car's make)
_KINDS_NAMED = frozenset("car cars carro carros automovel automobile".split())


def _tells_kind(plan: _Plan, memory: dict[str, Any]) -> bool:
    """Whether a question asks which of a kind of thing and the memory says one of that kind
    ("que flores" and "margaridas", "what fish" and "mullet", "a sanfona" of an instrument)."""
    from chalicelib.persona import lexicon
    asked = asked_thing(plan.query) or ""
    kinds = _kinds_asked(asked) if plan.asked else frozenset()
    if not kinds:
        return False
    said = set(words(_field_text(memory, "text"))) - STOP_FOLDED
    if asked not in _KINDS_NAMED:
        # a kind written as a name is a name: "Christmas 1988 in Turkey", "passou o Natal no
        # Peru", "o compadre Cordeiro" tell no meat ("a Ford Falcon" tells a car)
        said -= proper_names(_field_text(memory, "text"))
    return any(form in kinds or not kinds.isdisjoint(lexicon.translations(form)[:4])
               for word in said for form in (word, *lexicon.base_forms(word, None)))


# "em que lugar vocês jogavam?", "what place did you meet at?" ask where, as "onde" does: the
# answer is a place's name or a place said without the word "place"
_ANY_PLACE = frozenset("lugar lugares local locais localidade place places spot".split())
_WHICH_WORDS = frozenset("que qual quais q what which wat".split())


# The words that open a subject of its own
_DETERMINERS = frozenset("o a os as um uma uns umas meu minha meus minhas seu sua seus suas "
                         "nosso nossa nossos nossas the an my his our their your".split())
_OWNED_BY = frozenset("de da do das dos of".split())
_WHOSE_BEFORE_KIN = frozenset("a o as os minha meu minhas meus sua seu suas seus nossa nosso "
                              "the my his her their our your".split())


# a life's events said in the plural: the many others' ("two thousand weddings", "os
# casamentos da cidade"), never the persona's own one
_MANY_EVENTS = frozenset("weddings marriages casamentos funerals funerais enterros velorios "
                         "births nascimentos christenings batizados baptisms".split())


# the many whose events a family tells ("só abria em casamento da família", "family weddings")
_MANY_KIN = frozenset("familia family parentes relatives".split())


def _events_owned(folded: list[str], events: list[frozenset[str]]) -> bool:
    """Whether every life event a clause says is said as a kinsman's: "noiva da irmã dela",
    "o casamento do meu filho", "my sister's wedding" (and it says one)."""
    said = [at for at, word in enumerate(folded)
            if any(not unit.isdisjoint(_halves(word)) for unit in events)]

    def owned(at: int) -> bool:
        after = folded[at + 1:at + 4]
        if after[:1] and after[0] in _OWNED_BY and len(after) > 1:
            kin = after[2] if after[1] in _WHOSE_BEFORE_KIN and len(after) > 2 else after[1]
            if kin in OTHER_KIN or kin in _MANY_KIN:
                return True
        before = folded[max(0, at - 2):at]  # "sister's" is folded "sister", "s"
        return bool(before) and (before[-1] in OTHER_KIN or before[-1] in _MANY_KIN or
                                 before == [before[0], "s"] and before[0] in OTHER_KIN)
    return bool(said) and all(owned(at) for at in said)


_KIND_NAME_JOINERS = frozenset("de da do das dos di del of the el al".split())


def _names_of_other_kinds(said: list[str], named: set[str] | frozenset[str],
                          about: tuple[frozenset[str], ...], beasts: bool = False) -> set[str]:
    """The names a sentence says right after a kind of named thing that the question does not
    ask of: "num restaurante na beira do rio Berdawni", "na rua Joaquim Távora", "no bairro de
    Haouch el-Omara" name a river, a street and a district, never the restaurant asked; and,
    with `beasts` (a place's or a thing's name asked, of a kind that is no animal), "na mula
    Faceira" names the mule, never the school."""
    found: set[str] = set()
    other_kind = False
    for at, word in enumerate(said):
        if word in NAMED_KINDS and _kind_of_a_person(said, at):
            other_kind = False
        elif word in NAMED_KINDS or beasts and word in _NAMED_BEASTS_AND_BANDS:
            other_kind = all(unit.isdisjoint(t for t, _ in terms(word)) for unit in about)
        elif word in named and other_kind:
            found.add(word)
        elif beasts and word in _NAMED:
            pass  # "um vira-lata chamado Tição": the name that follows is still the dog's
        elif word not in _KIND_NAME_JOINERS:
            other_kind = False
    return found


_ARTICLES = frozenset("o a os as um uma the an".split())


def _beasts_named(sentence: str, named: set[str] | frozenset[str]) -> set[str]:
    """The names a clause about an animal gives it after its "was": "O cachorro da oficina era
    o Tição" names the dog, not the workshop."""
    found: set[str] = set()
    for clause in _CLAUSE.split(sentence):
        said = words(clause)
        at = next((n for n, w in enumerate(said) if w in _COPULAS), None)
        head = next((w for w in said[:at] if w not in STOP_FOLDED), None) if at else None
        if at and head in _NAMED_BEASTS_AND_BANDS:
            # the name it was ("era o Tição"), or what it was and its name ("era um vira-lata
            # chamado Tição"); not whose it was ("era do Bar Central")
            rest = [w for w in said[at + 1:at + 7] if w not in _ARTICLES]
            if rest and rest[0] in named:
                found.add(rest[0])
            called = next((n for n, w in enumerate(rest[:4]) if w in _NAMED), None)
            if called is not None and called + 1 < len(rest) and rest[called + 1] in named:
                found.add(rest[called + 1])
    return found


@lru_cache(maxsize=SENTENCE_CACHE)
def asked_thing(question: str) -> str | None:
    """The word for the thing a "which X" question asks for, folded, if it is a word of
    content ("flores" of "que flores tinha no buquê?"); None for "o que…", "what did…" (cached:
    a question's memories ask it once per sentence read)."""
    said = words(without_vocative(question))
    kind_of = _KIND_OF.search(" ".join(said))
    if kind_of and kind_of.group(1) not in STOP_FOLDED:
        return kind_of.group(1)  # "what kind of car", "que tipo de música": the car, the music
    found = _WHICH.search(" ".join(said))
    word = next((g for g in found.groups() if g), None) if found else None
    if found and word in ("one", "ones"):
        # "And the kente you wore to weddings, which one was it?": which of the thing named
        # before, the last word of its name ("Grandad Sam's bus garage, which one...")
        word = _named_before(" ".join(said)[:found.start()])
    if word is None or word in STOP_FOLDED or word in FRAME_WORDS or word.isdigit() or (
            word in _ANY_PLACE):
        return None
    if found and found.group(3) and said.count(word) == 1:
        after = next(iter(said[said.index(word) + 1:]), None)
        if after in NAMED_KINDS or after in ASKED_ALIKE:
            return after  # "which Japanese city", "which old school": the kind is said last
        if word in QUALIFIERS and after and after not in STOP_FOLDED and \
                after not in _CLAUSE_OPENS and after not in ("one", "ones"):
            return after  # "which old legend": how it was, then what
    return word


_CLAUSE_OPENS = frozenset("you u that who whom which que quem did was were had have vc voce "
                          "senhor senhora on in at of from for with to no na nos nas em de do "
                          "da dos das com para pra".split())


def _named_before(said: str) -> str | None:
    """The last word of the first thing a question's opening names, before a clause or a
    preposition opens ("the kente you wore", "the cows on the farm", "o bolo de fubá que a
    senhora fazia"); None if it names nothing."""
    content: list[str] = []
    for word in said.split():
        if content and word in _CLAUSE_OPENS:
            break
        if word not in STOP_FOLDED and word not in ADDRESS_WORDS and word not in _CLAUSE_OPENS:
            content.append(word)
    return content[-1] if content else None


# "já foi a Dublin?", "did you ever go to Fiji?": whether the persona was somewhere, told by a
# memory that says the place as a place (after "em", "to", "from", "visitou"...)
_ASKS_BEEN = lazy(r"\b(?:j[aá] (?:foi|esteve|viajou|morou) (?:a|à|ao|para|pra|pro|em|no|na)"
                  r"|j[aá] (?:visitou|conheceu)|(?:did|have|had) (?:you|u) (?:ever )?"
                  r"(?:been|gone|go|went|travell?ed|travel|get|got) to|"
                  r"(?:did|have|had) (?:you|u) (?:ever )?visit(?:ed)?|ever (?:been|gone) to)"
                  r"\s+((?:[A-ZÀ-Ý][\w'’-]*\s*)+)")
# ... as chat types it, the place in small letters ("vó a senhora já foi pra europa?")
_ASKS_BEEN_TYPED = lazy(_ASKS_BEEN.pattern.rsplit(r"\s+(", 1)[0] + r"\s+(\w+(?:\s+\w+){0,2})",
                        re.IGNORECASE)
# what someone said, not what happened: a saying ("ela dizia: quem tem boca vai a Roma"), a
# wish ("he wanted to see Rome one day"), words in quotes
_REPORTED = lazy(r"\b(?:dizia|disse|falava|repetia|said|say|says)\s*(?:que\s*)?:[^.!?]*|"
                 r"\b(?:sonhava|sonhou|queria|one day|someday|some day|um dia|always wanted|"
                 r"never got to|nunca conseguiu)\b[^.!?]*|[“\"][^”\"]*[”\"]", re.IGNORECASE)


def _only_in_reported_speech(place: str, memory: dict[str, Any]) -> bool:
    """Whether a memory says the place a "have you been to" question asks of (or a place in
    it: Rome of Europe) only in what someone said, never as where one went."""
    text = _field_text(memory, "text")
    outside = _REPORTED.sub(" ", text)
    if outside == text:
        return False
    wanted = {t for w in words(place) for t, _, _ in credited_terms(w)}

    def meets(said: str) -> bool:
        return any(not wanted.isdisjoint(t for t, _ in terms(w)) for w in words(said))
    return meets(text) and not meets(outside)


_PLACE_BEFORE = frozenset("em no na nos nas ao aos para pra pro de do da dos das in to at from "
                          "into visit visited visiting visitou conheceu".split())


_OF_KIND = frozenset("de do da dos das".split())
_WHOSE = frozenset("dele dela deles delas his her their my our your".split())


def says_which(question: str, memory: dict[str, Any]) -> bool | None:
    """Whether a memory says which one a "which X" question asks ("que máquina a senhora usava
    pra costurar?"): where it names X, the word that says which, if the question does not say it
    already: after X or its "de" ("numa máquina Singer de pedal"), before it in English ("her
    Singer machine"), or after its "was" ("o carro dele era um Fusca"); not "dormia em cima da
    máquina de costura". None when the question asks no which, or the memory never says X."""
    asked = asked_thing(question)
    if not asked:
        return None
    wanted = {t for t, _ in terms(asked) if t.startswith("s:")}
    heard = {t for w in words(question) for t, _ in terms(w) if t.startswith("s:")}

    def new(word: str) -> bool:
        return bool(terms(word)) and heard.isdisjoint(t for t, _ in terms(word))

    found = None
    for clause in _CLAUSE.split(_field_text(memory, "text")):
        said = words(clause)
        for at, word in enumerate(said):
            if word in STOP_FOLDED or wanted.isdisjoint(t for t, _ in terms(word)):
                continue
            found = False
            after = said[at + 1:at + 7]
            while after and after[0] in _WHOSE:
                after = after[1:]
            if after and after[0] in _OF_KIND:
                after = after[1:]
            elif after and after[0] in _COPULAS:
                after = [w for w in after[1:] if w not in _ARTICLES]
            elif len(after) > 2 and after[1] in _COPULAS | {"e"} and not new(after[0]):
                # past a word the question said, its "is": "madeira boa é cedro" ("é" folded)
                after = [w for w in after[2:] if w not in _ARTICLES]
            before = said[at - 1] if at else ""
            if after and after[0] not in STOP_FOLDED and new(after[0]) or (
                    before and before not in STOP_FOLDED and new(before)):
                return True
    return found


def been_to(question: str, memory: dict[str, Any]) -> bool:
    """See `_been_to` (for the turn's reading of a short question in its topic)."""
    return _been_to(question, memory)


def _been_to(question: str, memory: dict[str, Any]) -> bool:
    """Whether the memory says the place a "have you been to" question names as a place: right
    after a word that says where ("em Dublin", "went to Dublin", "a Roma, em 1990"), not as a
    word that describes ("the rhythm of a Dublin bus")."""
    asked = _ASKS_BEEN.search(without_vocative(question))
    typed = asked or _ASKS_BEEN_TYPED.search(without_vocative(question))
    if typed is not None and _only_in_reported_speech(typed.group(1), memory):
        return False
    if asked is None:
        return True
    said = words(_field_text(memory, "text"))
    for place in words(asked.group(1)):
        at = [n for n, w in enumerate(said) if w == place]
        if at and not any(n and (said[n - 1] in _PLACE_BEFORE or n > 1 and said[n - 1] == "the"
                                 and said[n - 2] in _PLACE_BEFORE or said[n - 1] == "a" and (
                                     n + 1 == len(said) or said[n + 1] in STOP_FOLDED))
                          for n in at):
            return False
    return True


def holds_answer(memory: dict[str, Any], wanted: str,
                 known: frozenset[str] = frozenset()) -> bool:
    """Whether a memory holds the kind of thing a question asks for (a date, its own or in
    its words; an amount; a colour; a name other than the `known` words the question and the
    persona's own names already say)."""
    if wanted in ("when", "year") and memory.get("date"):
        return True
    if wanted == "month" and ANSWER_SHAPES["month"].search(str(memory.get("date") or "")):
        return True  # (its own date, "maio de 1960")
    text = f"{memory.get('title') or ''} {memory.get('text') or ''}"
    if wanted == "job":
        return says_a_job(text)
    if wanted == "grown":
        return names_a_plant(text)
    if wanted in ("name", "who"):
        named = names_said(memory.get("text") or "") | names_said(memory.get("title") or "",
                                                                  capitals=False)
        if wanted == "who" and _person_words(text) - known:
            return True
        return bool(named - known - ADDRESS_WORDS)  # "Grandma" is no one's name here
    return bool(ANSWER_SHAPES[wanted].search(text))


# What is grown: WordNet's fruit, vegetables, flowers and trees (`lexicon.kinds`), and the
# crops a farm or a yard grows that it files elsewhere (the rose is a shrub), with the
# Portuguese names of a yard's plants whose first translation is something else ("manga")
_GROWN_HEADS = ("fruit", "vegetable", "flower", "tree")
CROPS = frozenset("milho corn maize trigo wheat arroz rice feijao bean beans soja soy soybean "
                  "algodao cotton cafe coffee cana sugarcane cevada barley aveia oats mandioca "
                  "cassava aipim fumo tobacco uva uvas grape grapes videira vine vines horta "
                  "hortalica hortalicas verdura verduras legume legumes ervas herbs herb "
                  "capim hay grass trigal cafezal milharal rosa rosas roseira rose roses "
                  "manga mangueira goiaba goiabeira laranja laranjeira limao limoeiro "
                  "jabuticaba maracuja mamao tomate alface couve cebola abobora batata "
                  "cenoura pimenta chuchu quiabo mandioca".split())


@lru_cache(maxsize=SENTENCE_CACHE)
def names_a_plant(text: str) -> bool:
    """Whether a text names something grown: a fruit, a vegetable, a flower, a tree or a
    crop ("twenty-two acres of sultanas", "plantava milho e feijão")."""
    from chalicelib.persona import lexicon
    for word in words(text):
        for form in {word, word[:-1] if word.endswith("s") else word,
                     word[:-2] if word.endswith("es") else word}:
            first = lexicon.translations(form, "pt")[:1]
            if form in CROPS or any(form in _grown_kinds(head) or
                                    first and first[0] in _grown_kinds(head)
                                    for head in _GROWN_HEADS):
                return True
    return False


@lru_cache(maxsize=8)
def _grown_kinds(head: str) -> frozenset[str]:
    from chalicelib.persona import lexicon
    return frozenset(lexicon.kinds(head))


# The people a word for a person names without saying a trade: kin, friends, who one was at
# a wedding or in a house ("a bridesmaid", "as a child", "as a guest")
NOT_A_JOB = frozenset(
    "man men woman women boy boys girl girls child children kid kids baby babies lad lass "
    "person people friend friends mate bridesmaid bridesmaids guest guests widow widower "
    "member members visitor neighbour neighbor sweetheart fiance fiancee bride groom "
    "teenager youngster orphan twin twins adult adults elder host hostess owner "
    "homem homens mulher mulheres menino menina meninos meninas crianca criancas moca moco "
    "rapaz bebe pessoa pessoas gente amigo amiga madrinha padrinho noiva noivo convidado "
    "convidada viuva viuvo vizinho vizinha dono dona jovem adulto orfao gemeo gemea "
    "mocinha mocinho namorado namorada sozinho sozinha".split())
# "as a", "como", "became the": what follows is a post taken, said of whom the sentence tells
_TAKEN_AS = frozenset("as como".split())
# ... or the job named as such, with what it was ("o primeiro emprego dele foi na roça")
_JOB_WORDS = frozenset("job jobs occupation profession trade emprego empregos profissao oficio "
                       "ocupacao".split())
_BECAME = frozenset("became become becomes virou tornou".split())
# A trade's own shop opened, kept or worked in ("abri minha oficina de marcenaria", "trabalhou
# na sapataria do pai", "tocou a padaria até 1990"): Portuguese names the shop by the trade,
# in -aria or -eria (folded words)
_TRADES_SHOP = lazy(r"\b(?:abri|abriu|abrimos|abriram|montei|montou|montamos|tive|teve|tinha|"
                    r"tocava|tocou|toquei|trabalhei|trabalhou|trabalhava|trabalharam|"
                    r"trabalhavam)(?: (?:a|o|uma|um|minha|meu|sua|seu|nossa|na|no|numa|num|"
                    r"da|do|em|de|propria|oficina|loja|sua|primeira)){0,3} "
                    r"(?!(?:maria|galeria|loteria|bateria|varia)\b)\w{3,}(?:aria|eria)\b")
# what was worked is the work ("worked the salmon nets", "worked the switchboard", "worked
# the night shift"), among the places and things a living is worked ("worked the crossword",
# "it worked the first time" say none)
_WORKED_THE = lazy(r"\bwork(?:ed|s)? the (?:\w+ )?(?:nets?|docks?|mines?|pits?|switchboard|"
                   r"shifts?|land|fields?|farm|boats?|trawlers?|line|counter|till|tills|bar|"
                   r"door|trains?|looms?|furnaces?|ferry|ferries|lighthouse|register|presses|"
                   r"stall|market|floor|gate|lock|locks|quarry|mill|rigs?)\b")
_POST_ARTICLES = frozenset("a an the um uma o".split())
_COPULAS = frozenset("foi era was is".split())
# "how many tries / quantas tentativas" is answered by the try it was done on ("on the fourth
# try", "na terceira tentativa")
_ASKS_TRIES = lazy(r"\b(?:how many|quant[oa]s)\s+(?:tries|attempts|goes|times|"
                   r"tentativas|vezes)\b", re.IGNORECASE)
_ORDINAL_TRY = lazy(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"\d+(?:st|nd|rd|th)|segund[oa]|terceir[oa]|quart[oa]|quint[oa]|"
                    r"sext[oa]|s[ée]tim[oa]|oitav[oa]|non[oa]|d[ée]cim[oa]|\d+[ºªo])\s+"
                    r"(?:try|attempt|go|time|tentativa|vez)\b", re.IGNORECASE)
_AGENT = frozenset("por pelo pela by".split())
_MASTERS = frozenset("mestre seu dona tio tia uncle aunt old dr doutor padre father".split())
_TITLED_BEFORE = frozenset("o a seu dona dom sr sra mr mrs miss the".split())
# a Portuguese trade's ending ("caminhoneiro", "faxineira"), and the words before a thing
# of that ending that is no trade ("o pequizeiro", "na geladeira", "dessa brincadeira")
_PT_TRADE_ENDINGS = ("eiro", "eira", "eiros", "eiras")
_BEFORE_A_THING = frozenset(
    "o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas num "
    "numa dum duma meu minha meus minhas teu tua seu sua seus suas nosso nossa nossos nossas "
    "esse essa este esta aquele aquela desse dessa deste desta daquele daquela nesse nessa "
    "neste nesta naquele naquela cada outro outra".split())
# ... a word a trade ends with, when the dictionary lists it as no kind of person
# ("telephonist", "shrimper", "radioman", "lavadeira")
# a name and what it is said to be, after a comma ("Michalis Kourounis, a sponge diver,")
_APPOSED = lazy(r"\b[A-Z][\w'’-]+, (?:a|an) (?:[a-z]+ )?([a-z]+)\b")
_TRADE_ENDING = lazy(r"(?:er|ist|or|man|eiro|eira|ista|dor|dora|ente|ante|ico|ica)$")


# "quantos netos", "how many pigeons": the number asked is one of that, not the years, days or
# times a memory also counts ("morreu com 87 anos", "flew home in nine hours")
_HOW_MANY = lazy(r"\b(?:quantos|quantas|how many)\s+(\w+)")
_ONE_NUMBER = lazy(r"(?!(?:1[89]|20)\d\d$)\d+|(?:" + _NUMBER_WORDS + r")", re.IGNORECASE)
_RATE = frozenset("a an per por each every cada ao".split())
_SPANS = frozenset("ano anos year years mes meses month months semana semanas week weeks dia dias "
                   "day days hora horas hour hours minuto minutos minute minutes vez vezes time "
                   "times decada decadas decade decades".split())


@lru_cache(maxsize=SENTENCE_CACHE)
def _counted(query: str) -> frozenset[str] | None:
    """The stems of what a "how many" counts, None when it asks no such thing or years (an age
    or a span: "quantos anos a senhora tinha")."""
    found = _HOW_MANY.search(" ".join(words(query)))
    if not found or found.group(1) in ("anos", "ano", "years", "year", "old"):
        return None
    # (read as the question's language: "quantos trailers" counts caravans, not tow bars)
    asked_in = {"pt-BR": "pt", "en": "en"}.get(language.decided(query) or "")
    return frozenset(t for t, _, _ in credited_terms(found.group(1), asked_in)
                     if t.startswith("s:")) or None


def _counts_of(sentence: str, counted: frozenset[str]) -> bool:
    """Whether a sentence says a number that may be of what is counted: one that is not of
    years, days or times ("eram 43", "chegou a ter vinte e dois", "up to 400 a day"), unless
    those are what is counted. So many times, not so many times a year, counts what was done
    or gone to ("quantas romarias o senhor fez?": "Foi vinte e nove vezes"), not people."""
    said = words(sentence)
    for at, word in enumerate(said):
        if word in _MULTIPLES and not counted.isdisjoint(_times_stems()):
            return True  # "failed her test twice": so many times, said in one word
        if _ONE_NUMBER.fullmatch(word):
            after = said[at + 1:at + 3]
            if after[:1] and (_ONE_NUMBER.fullmatch(after[0]) or after[0] in ("e", "and") and
                              len(after) > 1 and _ONE_NUMBER.fullmatch(after[1])):
                continue  # "fifty-eight", "vinte e dois": the number's last word says of what
            if at and said[at - 1] in _AGED and (not after or after[0] in STOP_FOLDED):
                continue  # "got on an airplane at fifty-eight": an age, not so many of a thing
            if word in _DECADES or at and said[at - 1] in ("anos", "decada"):
                continue  # "in the seventies", "nos anos 60": a time, not so many of a thing
            if at and said[at - 1] in _MONTHS or after[:1] and (after[0] in _MONTHS or after[
                    0] in ("de", "of") and after[1:2] and after[1] in _MONTHS):
                continue  # "todo 25 de julho", "on July 4": a day of the year, not a count
            # ("400 a day", "dois por semana" are so many each day or week: a rate)
            unit = next((w for w in after if w in _SPANS), None) if after[:1] and \
                after[0] not in _RATE else None
            if unit is None and after and after[0] not in STOP_FOLDED and \
                    not _ONE_NUMBER.fullmatch(after[0]) and counted.isdisjoint(
                        t for w in after for t, _ in terms(w)) and not (
                        _counts_people(counted) and _people_word(after[0])):
                continue  # so many of something else ("paralysed in one leg", "dois filhos")
                # (people are counted by whoever they were: "twenty-two members of the family")
            if unit is None or not counted.isdisjoint(t for t, _ in terms(unit)):
                return True
            if unit in _TIMES and unit == after[0] and not _RATE.intersection(said[at + 2:at + 3]) \
                    and not _counts_people(counted):
                return True
    return False


_TIMES = frozenset("vez vezes time times".split())
_MULTIPLES = frozenset("twice thrice".split())
_DECADES = frozenset("twenties thirties forties fifties sixties seventies eighties "
                     "nineties".split())


@lru_cache(maxsize=1)
def _times_stems() -> frozenset[str]:
    return frozenset(t for word in _TIMES for t, _ in terms(word) if t.startswith("s:"))


_MONTHS = frozenset("janeiro fevereiro marco abril maio junho julho agosto setembro outubro "
                    "novembro dezembro january february march april june july august september "
                    "october november december".split())  # ("may" is most often a verb)
# an age asked ("how old were you when...", "com que idade", "quantos anos a senhora tinha
# quando...") and an age said: so many years ("tinha nove anos", "com 54 anos", "ten years
# old") or a number after "at", "aged", "aos" ("left school at fourteen"); not any number of
# the sentence ("pegava o ônibus das cinco" is no age at which he learned to fish)
_ASKS_AGE = lazy(r"\b(?:how old|que idade|qual idade|what age|com quantos anos|"
                 r"quantos anos (?:\w+ ){0,4}?(?:tinha|tinham|tava|estava|fez|fazia|"
                 r"completou)|(?:tinha|tinham|tava|estava) quantos anos)\b")
_AGE_UNITS = frozenset("ano anos year years".split())


@lru_cache(maxsize=SENTENCE_CACHE)
def _asks_an_age(query: str) -> bool:
    """Whether a question asks an age (read once per question, not once per memory)."""
    return _ASKS_AGE.search(" ".join(words(query))) is not None


def _says_an_age(sentence: str) -> bool:
    """Whether a sentence says an age: a number of years, or a number after "at", "aged",
    "aos" ("at fifty-eight", "aos 12")."""
    said = words(sentence)
    for at, word in enumerate(said):
        if _ONE_NUMBER.fullmatch(word) and not _YEAR_WORD.fullmatch(word):
            after = said[at + 1:at + 4]
            number_ends = next((n for n, w in enumerate(after)
                                if not (_ONE_NUMBER.fullmatch(w) or w in ("e", "and"))), None)
            if number_ends is not None and after[number_ends] in _AGE_UNITS:
                return True  # "nove anos", "vinte e dois anos", "ten years old"
            if at and said[at - 1] in _AGED:
                return True
    return False


_YEAR_WORD = lazy(r"(?:1[89]|20)\d\d")
# the older and the younger of kin ("o irmão mais velho", "her youngest sister", "a caçula")
_ELDER = lazy(r"\b(?:mais velh[oa]s?|older|oldest|eldest|primog[eê]nit[oa]s?)\b",
              re.IGNORECASE)
_YOUNGER = lazy(r"\b(?:mais nov[oa]s?|ca[cç]ula|younger|youngest)\b", re.IGNORECASE)
# The words that say which shade of a colour ("mint-green", "dark blue", "azul-marinho",
# "verde-claro"): read past, to the thing the colour is of
_SHADES = frozenset("light dark pale bright deep mint sky navy baby bottle forest olive lime "
                    "lemon sea royal hot pastel claro clara escuro escura marinho bebe piscina "
                    "musgo oliva limao cana".split())


def _a_colour_of(sentence: str, about: tuple[frozenset[str], ...]) -> bool:
    """Whether a colour the sentence says may be of what is asked: one said alone ("era
    azul", "painted it blue") or next to it ("the red Chevy", "o Fusca azul"), past its shade
    and a model's year ("a mint-green 1964 Rambler"), not one next to another thing ("de saia
    vermelha e chapéu cheio de fitas" has no colour of the hat; "two red chairs" none of the
    shop)."""
    said = words(sentence)
    named = names_said(sentence)
    for at, word in enumerate(said):
        if not ANSWER_SHAPES["colour"].fullmatch(word):
            continue
        before = at - 1
        while before >= 0 and said[before] in _SHADES:
            before -= 1
        after = at + 1  # (and past a model's year: "a green 1964 Rambler")
        while after < len(said) and (said[after] in _SHADES or said[after].isdigit()):
            after += 1
        if after + 1 < len(said) and said[after] in _NAMED and any(
                not unit.isdisjoint(t for t, _ in terms(said[after + 1])) for unit in about):
            return True  # "uma gata amarela chamada Mimosa": the colour is Mimosa's
        beside = [w for w in (said[before] if before >= 0 else "",
                              said[after] if after < len(said) else "")
                  if w and w not in STOP_FOLDED and
                  not ANSWER_SHAPES["colour"].fullmatch(w) and not _ONE_NUMBER.fullmatch(w)]
        # (a name beside it may be the thing's: "a maroon Ford Cortina", "uma Brasília
        # amarela")
        if not beside or any(w in named or not unit.isdisjoint(t for t, _ in terms(w))
                             for w in beside for unit in about):
            return True
    # ... or said of it in apposition: "Our first dog was Rex, a black mutt", "o Fusca, azul
    # e branco": the words after the comma describe what stands before it
    for found in _DESCRIBED_AFTER.finditer(fold(sentence)):
        if ANSWER_SHAPES["colour"].search(found.group(2)) and any(
                not unit.isdisjoint(t for t, _ in terms(found.group(1))) for unit in about):
            return True
    return False


# whom a game, a fight or a race was against, asked; and said (in folded words)
_ASKS_AGAINST = lazy(r"\b(?:contra quem|contra qual|contra que|against who|against whom|"
                     r"against which|against what|who (?:did|do|were|was) \w+(?: \w+)? "
                     r"(?:play|playing|fight|fighting|race|racing|box|boxing) against)\b",
                     re.IGNORECASE)
_SAYS_AGAINST = lazy(r"\b(?:contra|against|versus|vs|x|beat|beating|beaten|defeated|lost to|"
                     r"won against|played|faced|facing|fought|took on|met|enfrent\w+|"
                     r"venceu|vencemos|venceram|ganhou d[oae]s?|ganhamos d[oae]s?|"
                     r"perdeu (?:para|pra|pro)|perdemos (?:para|pra|pro)|derrotou|"
                     r"derrotaram|goleou|goleada)\b")


# the words that give the name of the thing just described ("a yellow cat called Mimosa")
_NAMED = frozenset("chamado chamada chamados chamadas apelidado apelidada called named "
                   "nicknamed".split())


# a word, a comma, and the words that describe it (an article, at most two words)
_DESCRIBED_AFTER = lazy(r"([^\W\d_]+)\s*,\s*((?:(?:a|an|um|uma)\s+)?(?:[^\W\d_]+\s+)?"
                        r"[^\W\d_]+)")


# whose family name is asked, in folded words ("Manong Isidro's last name", "o sobrenome do
# tio Zuza", "the surname of Harold")
_SURNAME_OF = lazy(
    r"\b(\w+) s (?:last|family|maiden) name|\b(\w+) s surname"
    r"|\b(?:sobrenome|nome de solteira) d[oa]s? (?:(?:tio|tia|vo|seu|dona|o|a) )?(\w+)"
    r"|\b(?:(?:last|family|maiden) name|surname) of (?:(?:the|your|ur|his|her) )?(\w+)")


# a family name said: a first and a last name, or a family by its name ("Ray Fountain", "the
# Broussard family", "a família Zanella", "os Bortolini")
_FAMILY_NAME = lazy(
    r"\b(?!(?:Dona|Dom|Seu|Sr|Sra|Mr|Mrs|Ms|Miss|Mister|St|Saint|Santo|Santa|São|Our|Nossa|"
    r"Tio|Tia|Uncle|Aunt|Auntie|Vó|Vô|Grandma|Grandpa|Nana|Papa|Lolo|Lola|Father|Padre|Frei|"
    r"Dr|Doctor|Doutor)\b)[A-ZÀ-Ý][\w'’-]+ (?:(?:de|da|do|dos|das|van|von|del|di) )?"
    r"[A-ZÀ-Ý][\w'’-]+"
    r"|\bthe [A-Z][\w'’-]+s? family|\bfam[ií]lia [A-ZÀ-Ý][\w'’-]+|\b(?:os|the) [A-ZÀ-Ý][\w'’-]+s\b")


@lru_cache(maxsize=SENTENCE_CACHE)
def _surname_of(question: str) -> frozenset[str]:
    """The word for the one whose family name a question asks; empty when it asks none."""
    found = _SURNAME_OF.search(" ".join(words(question)))
    return frozenset(g for g in found.groups() if g) if found else frozenset()


_NAME_PARTICLES = frozenset("de da do dos das van von del di".split())
_RAW_WORD = lazy(r"[\w'’-]+")


def _surname_after(sentence: str, asked: AbstractSet[str]) -> bool:
    """Whether the sentence writes a name of the question's (with a capital) followed by a
    name the question does not say: "Harold Becker", "Zuza da Silva"."""
    said = _RAW_WORD.findall(sentence)
    for at, word in enumerate(said[:-1]):
        if not word[:1].isupper() or not set(words(word)) & asked:
            continue
        after = said[at + 2] if said[at + 1] in _NAME_PARTICLES and at + 2 < len(said) \
            else said[at + 1]
        if after[:1].isupper() and not set(words(after)) & asked:
            return True
    return False


_AGED = frozenset("at aged aos".split())  # the words before an age said alone
# the two sides of a sale: what was paid or bought, what was sold
_PAID = lazy(r"\b(?:pag(?:ou|aram|ava|amos|uei|o|a)|paid|pay|comprou|compraram|comprei|"
             r"compramos|comprad[oa]s?|bought|buy|buys|buying|custou|cost)\b", re.IGNORECASE)
_SOLD_TO = lazy(r"\b(?:vend(?:eu|eram|emos|i)|sold)\b[^.;]{0,80}?\b(?:to|pra|para|pro|"
                r"ao|à|a um|a uma)\b", re.IGNORECASE)
_SOLD = lazy(r"\b(?:vend(?:eu|eram|ia|emos|i|ido|ida)|sold|sell|sells)\b", re.IGNORECASE)
# what a thing cost, asked of either side of its sale (`_other_side_of_a_sale`)
_COST = lazy(r"\b(?:custou|custava|custa|custam|custavam|custaram|cost|costs)\b",
             re.IGNORECASE)


@lru_cache(maxsize=SENTENCE_CACHE)
def _side_of_a_sale(query: str) -> Lazy:
    return _SOLD if _SOLD.search(query) and not _PAID.search(query) else _PAID


@lru_cache(maxsize=SENTENCE_CACHE)
def _other_side_of_a_sale(query: str) -> Lazy | None:
    """The words of the other side of a sale than the one a price question asks of; None
    when it asks of neither."""
    # (what a thing cost is asked of either side: "how much did your ginger beer cost?" of
    # the shop that sold it, "quanto custou a Brasília?" of the one who bought it)
    paid = _PAID.search(_COST.sub(" ", query)) is not None
    sold = _SOLD.search(query) is not None
    return _SOLD if paid and not sold else _PAID if sold and not paid else None


_PEOPLE_PLURALS = frozenset("people pessoas gente children kids grandchildren folks".split())


def _people_word(word: str) -> bool:
    """Whether a folded word says people of some kind, singular or plural ("members",
    "guests", "netos", "grandchildren")."""
    from chalicelib.persona import lexicon
    if word in _PEOPLE_PLURALS or word in PERSON_WORDS:
        return True
    singulars = [word] + ([word[:-1]] if word.endswith("s") else []) + (
        [word[:-2]] if word.endswith("es") else [])
    return any(lexicon.is_person(w) for w in singulars)


def _counts_people(counted: frozenset[str]) -> bool:
    """Whether what a "how many" counts is people (children, grandchildren, brothers)."""
    return not counted.isdisjoint(_people_stems())


@lru_cache(maxsize=1)
def _people_stems() -> frozenset[str]:
    return frozenset(t for word in PERSON_WORDS | OTHER_KIN | _PEOPLE_PLURALS
                     for t, _ in terms(word) if t.startswith("s:"))


def _a_trade(word: str) -> bool:
    from chalicelib.persona import lexicon
    return word not in NOT_A_JOB and word not in PERSON_WORDS and word not in OTHER_KIN and \
        word not in STOP_FOLDED and lexicon.is_job(word)


_LOWER_WORD = lazy(r"(?<![\w'’])[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)*(?![\w'’])")


@lru_cache(maxsize=SENTENCE_CACHE)
def says_a_job(text: str) -> bool:
    """Whether a text says a trade or a post: a word for one (`lexicon.is_job`: "a miner",
    "a costureira") that is not kin, a friend or a part played at an event, or a post taken
    ("as a tackler", "as a hospital corpsman", "became the lollipop man")."""
    from chalicelib.persona import lexicon
    # a trade is written in small letters ("a Singer de pedal" is a machine, "Baker" a
    # name), and one the dictionaries do not list is known by its ending ("trawlerman")
    for raw in _LOWER_WORD.findall(text):
        word = fold(raw)
        if _a_trade(word) or (len(word) > 6 and word.endswith(("man", "men")) and
                              word not in NOT_A_JOB and not lexicon.listed(word)):
            return True
    said = words(text)
    if not _JOB_WORDS.isdisjoint(said):
        return True  # "Grandpa's first job in America was shucking oysters": the job is told
    if _TRADES_SHOP.search(" ".join(said)):
        return True  # "abri minha oficina de marcenaria e trabalhei lá trinta anos"
    if _WORKED_THE.search(" ".join(said)):
        return True  # "Wesley Cromie worked the salmon nets at the Cutts"
    for apposed in _APPOSED.findall(text):
        # "Michalis Kourounis, a sponge diver": what a name is said to be, by a trade's ending
        word = fold(apposed)
        if _TRADE_ENDING.search(word) and word not in NOT_A_JOB and word not in PERSON_WORDS \
                and word not in OTHER_KIN and word not in STOP_FOLDED:
            return True
    if any(w.endswith(_PT_TRADE_ENDINGS) for w in said):
        # a Portuguese trade the dictionaries do not list, said bare as what someone was
        # ("que era carroceiro", "dona Ana Rosa, lavadeira"); a tree or a thing of that
        # ending comes with an article ("debaixo do cajueiro", "a geladeira")
        small = {fold(raw) for raw in _LOWER_WORD.findall(text)}
        for at, word in enumerate(said):
            if word.endswith(_PT_TRADE_ENDINGS) and len(word) > 6 and word in small and (
                    not at or said[at - 1] not in _BEFORE_A_THING) and \
                    word not in NOT_A_JOB and not lexicon.listed(word):
                return True
    for at, word in enumerate(said):
        if word in _TAKEN_AS or word in _BECAME:
            after = [w for w in said[at + 1:at + 4] if w not in _POST_ARTICLES][:2]
            if after and after[0] not in NOT_A_JOB and after[0] not in STOP_FOLDED and (
                    word in _BECAME or any(_TRADE_ENDING.search(w) or _a_trade(w)
                                           for w in after)):
                return True
    return False


@lru_cache(maxsize=SENTENCE_CACHE)
def _person_words(text: str) -> frozenset[str]:
    """The words of a text that say who someone was without a name ("my brother-in-law",
    "a vizinha")."""
    return frozenset(w for w in words(text) if w in PERSON_WORDS or w in OTHER_KIN)


@lru_cache(maxsize=SENTENCE_CACHE)
def _phrased(sentence: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """A sentence's words, phrases joined, each with its index terms (cached: the same
    sentences are read for many questions)."""
    return tuple((w, frozenset(_halves(w))) for w in with_phrases(words(sentence)))


@lru_cache(maxsize=SENTENCE_CACHE)
def _terms_said(text: str) -> frozenset[str]:
    """Every index term a piece of a memory says, as the index reads it (cheap: each written
    word's terms are cached)."""
    return frozenset(chain.from_iterable(map(_halves, text.casefold().split())))


# A clause that tells of someone other than the persona: a relative the family names, or a
# kinsman said by his kinship ("When our son Lucas was born")
_CLAUSE = lazy(r"[,.;:!?…()]+\s*|\s+(?:-|–|—)\s+")
OTHER_KIN = frozenset(
    "filho filha filhos filhas neto neta netos netas irmao irma irmaos irmas primo prima "
    "sobrinho sobrinha genro nora cunhado cunhada afilhado afilhada bisneto bisneta "
    "son daughter sons daughters grandson granddaughter grandsons granddaughters brother "
    "sister brothers sisters cousin nephew niece godson goddaughter".split())
# the words for what someone was to the family or to the persona ("o padrinho", "a vizinha")
_ROLES = PERSON_WORDS | OTHER_KIN | _COMPANIONS
# the ideas of a life's own events: a wedding, a birth, a death, a retirement, an illness or a
# hospital stay, an operation
LIFE_EVENTS = frozenset(t for word in ("casamento", "nasceu", "morreu", "aposentou", "doente",
                                        "cirurgia") for t, _ in terms(word) if t.startswith("c:"))
# ... of them, the one two people share: a wedding
_WEDDING = frozenset(t for t, _ in terms("casamento") if t.startswith("c:"))
_THIRD_PERSON = frozenset("ele ela dele dela nele nela he she him her his hers".split())
_PEOPLE_BEFORE = OTHER_KIN | PERSON_WORDS | frozenset("cacula caculinha youngest eldest".split())


def _people_in(said: list[str], named: AbstractSet[str]) -> set[str]:
    """The names a text says of people, not of a thing or a place: a name a few words after a
    word for kin ("três filhos: a Marlene", "a caçula Celina", "our son Rohan") or right before
    a life's event ("a Celina nasceu dentro da pensão"). The name of a boarding house, a boat
    or a dog asked is none of them."""
    found: set[str] = set()
    for at, word in enumerate(said):
        if word not in named:
            continue
        # (not the kinsman's thing: "Dad's Vauxhall")
        # ("Wythenshawe Hospital", before its kind, is a hospital's name, not someone ill)
        if any(said[before] in _PEOPLE_BEFORE and said[before + 1] != "s"
               for before in range(max(0, at - 3), at)) or (
                at + 1 < len(said) and said[at + 1] not in NAMED_KINDS and
                not LIFE_EVENTS.isdisjoint(t for t, _ in terms(said[at + 1]))):
            found.add(word)
    return found


def _askers_own(said: list[str]) -> bool:
    """Whether a question speaks of something of the asker's ("my wedding", "o meu
    batizado"); "minha vó", "my dear" address the persona."""
    return any(word in _MY and not (after in ADDRESS_WORDS or after in ("dear", "querida",
                                                                       "querido"))
               for word, after in zip(said, [*said[1:], ""], strict=True))


_MY = frozenset("my meu minha meus minhas".split())


def _kins_of(folded: list[str], at: int) -> bool:
    """Whether the word at `at` says whose kinsman the clause tells of, not who does it:
    "Nan's sister worked at the Royal", "a irmã da vó trabalhou no hospital"."""
    return (folded[at + 1:at + 2] == ["s"] and folded[at + 2:at + 3] != [] and
            folded[at + 2] in OTHER_KIN) or (
        at >= 2 and folded[at - 1] in ("da", "do", "de") and folded[at - 2] in OTHER_KIN)
# ... and an event said again with "the" after a clause has told whose it is is that one
_BACK = frozenset("o a the esse essa este esta that this aquele aquela".split())
# Asked which one ("que máquina"), a memory that names the thing but not which ranks at this
# share of its score: of memories alike, the one that says which comes first
WHICH_UNSAID = 0.95
# ... or the writer, in the first person singular ("Quando eu casei com o Jorge"; a widow who
# writes "when we married" tells of the persona's wedding, so not "we")
_WRITER = frozenset("eu meu minha comigo i my mine".split())
# ... asked of the persona ("when did you get married?"), a memory whose every clause that
# says the question's words tells of someone else ("When Iain married Rosângela...") ranks
# at this share of its score: the persona's own wedding first
OTHERS_EVENT = 0.6
# ... with the one the persona shared it ("what song did you and Mum dance to at your
# wedding?", "a senhora e o vô casaram onde?")
_WITH_YOU = lazy(r"\b(?:you|u|voce|você|vc|senhor|senhora|tu)\s+(?:and|e|&)\s|"
                 r"\s(?:and|e|&)\s+(?:you|u|voce|você|vc|o senhor|a senhora|tu)\b",
                 re.IGNORECASE)
# ... unless it asks who, or of a kinsman: then someone else is the answer
_ASKS_WHO = lazy(r"\b(?:quem|qm|who|whom|whose)\b", re.IGNORECASE)


# Which one of several a question asks about ("your second dog", "a primeira namorada"): a
# memory that tells of another one ("Grandpa's first dog was a scruffy mutt named Biscuit")
# does not answer it
ORDINALS = {**dict.fromkeys(("first", "primeiro", "primeira"), 1),
            **dict.fromkeys(("second", "segundo", "segunda"), 2),
            **dict.fromkeys(("third", "terceiro", "terceira"), 3),
            **dict.fromkeys(("last", "ultimo", "ultima"), -1)}


def _ordinals_of(said: list[str]) -> dict[str, set[int]]:
    """The stems of each word said right after an ordinal, with the ordinals said of it."""
    found: dict[str, set[int]] = {}
    for before, word in zip(said, said[1:], strict=False):
        if before in ORDINALS and word not in STOP_FOLDED and word not in ORDINALS:
            for term, _ in terms(word):
                if term.startswith("s:"):
                    found.setdefault(term, set()).add(ORDINALS[before])
    return found


def _not_a_person(word: str) -> bool:
    """Whether a word names an animal or a thing, never a person: a kind of thing with names
    ("hotel", "ship"), one of the heads a family names things by ("dog", "cachorro"), or a kind
    of one ("sheepdog", "kelpie")."""
    from chalicelib.persona import lexicon
    if not word:
        return False
    if word in NAMED_KINDS:
        return True
    heads = {word, *lexicon.translations(word)[:4]}
    return any(lexicon.kinds(h) for h in heads) or lexicon.is_kind(word)


# "the first car you ever bought", "o primeiro filme que o senhor viu": the first of a kind
# (not how one first met, the first time, a first name or a first prize), which a memory says
# as first, or as a beginning ("começou com um Fusca", "started on a Massey Ferguson"): one
# that tells of a car or of films but says no first cannot say which was; read in folded
# words (`_first_of_a_kind`)
_ASKS_FIRST = lazy(
    r"\b(?:the|your|ur|his|her|my|our|their|a)\s+(?:very\s+)?first\s+(?!(?:time|times|place|"
    r"prize|name|names|class|floor|aid|cousin|cousins|language|thing|things)\b)[a-z]"
    r"|\b(?:o|a|os|as|seu|sua|seus|suas|do|da|dos|das|no|na|nos|nas|meu|minha|nosso|nossa|"
    r"pelo|pela)\s+primeir[oa]s?\s+(?!(?:vez|vezes|lugar|nome|nomes|premio|classe|andar|"
    r"socorros|comunhao)\b)[a-z]")
# ... not "the first time" one did a thing ("foi com o pai pela primeira vez para a mata"
# says no first film)
_FIRST_TIME = lazy(r"\b(?:(?:pela|a|na|da) primeira vez|(?:the|for the) first time)\b")
_SAYS_FIRST = lazy(r"\b(?:first|1st|primeir\w*|comec\w*|began|begun|beginning|start\w*|"
                   r"earliest|estre\w*|inaugur\w*)\b")


# A question for a later one of a kind ("the second coon dog", "a segunda casa", "your third
# car"), not a second time or a second-hand thing; and what a memory of a later one says
_ASKS_LATER = lazy(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|segund[oa]|terceir[oa])"
                   r" (?!(?:time|times|vez|vezes|try|tentativa|hand|mao|half|feira|place|"
                   r"lugar|grade|serie|ano|world|war|guerra|idade|grau|nome|name|cousin|primo|"
                   r"prima|language|lingua|a|o|as|os|ele|ela|eles|elas)\b)(?:\w+ )?\w+")
_SAYS_ANOTHER = lazy(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|segund[oa]s?|"
                     r"terceir[oa]s?|another|again|outr[oa]s?|de novo|novamente|next|"
                     r"seguinte|remarried|replaced|substitu\w+|ii|wwii)\b")


@lru_cache(maxsize=SENTENCE_CACHE)
def _later_of_a_kind(query: str) -> bool:
    """Whether a question asks for a later one of a kind (`_ASKS_LATER`)."""
    return _ASKS_LATER.search(" ".join(with_phrases(words(query)))) is not None


@lru_cache(maxsize=SENTENCE_CACHE)
def _first_of_a_kind(query: str) -> bool:
    """Whether a question asks for the first of a kind (`_ASKS_FIRST`)."""
    return _ASKS_FIRST.search(" ".join(words(query))) is not None


# A question for a favourite ("qual era o seu prato preferido?", "who was ur fave player?")
# and the words that tell a liking, which a memory that answers it says
_ASKS_FAVOURITE = lazy(r"\b(?:favou?rites?|faves?|favs?|preferid[oa]s?|favorit[oa]s?|"
                       r"(?:mais|more|most|best) (?:gostava|gostou|amava|liked|loved)|"
                       r"(?:gostava|gostou|amava|liked|loved) (?:mais|more|most|best)|"
                       r"do cora[cç][aã]o)\b", re.IGNORECASE)
_PREFERS = lazy(r"\b(?:favou?rites?|faves?|preferid[oa]s?|favorit[oa]s?|lov(?:e|ed|es|ing)|"
                r"ador(?:e|ed|es|ava|ou)|amava|gosta(?:va)?|gostou|lik(?:ed|es)|best|"
                r"melhor(?:es)?|pride and joy|xod[oó]|paix[aã]o|apaixonad[oa]|"
                r"(?:louc|doid)[oa] por|(?:mad|crazy|nuts) (?:about|for)|obsessed|fãs?|"
                r"fans?|never missed|swore by|could(?:n'?t| not) get enough|"
                r"n[aã]o vivia sem|could(?:n'?t| not) live without|always (?:ordered|had|"
                r"asked for|chose|picked)|sempre (?:pedia|comia|tomava|escolhia))\b",
                re.IGNORECASE)
_CALENDAR_WORDS = frozenset(
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro "
    "january february march april may june july august september october november december "
    "segunda terca quarta quinta sexta sabado domingo monday tuesday wednesday thursday "
    "friday saturday sunday".split())
# the feasts a question may say a time by ("after Christmas", "antes da Páscoa")
_FEASTS = frozenset("natal christmas pascoa easter reveillon carnaval carnival".split())
_SAINT = lazy(r"\b(?:Nossa Senhora|S[ãa]o|Sant[ao]|St\.?|Saint|Our Lady)"
              r"((?:\s+(?:d[aeo]s?|of))?(?:\s+[A-ZÀ-Ý][\w'’-]*){1,2})")
_OWNER = lazy(r"\b([^\W\d_]+)['’]s\s+(?=[^\W\d_])")


# "which town", "em que cidade": a name said where a town is ("from Florina", "em Amritsar")
_TOWNS = frozenset("cidade cidades city town vila village vilarejo aldeia povoado lugarejo "
                   "hamlet".split())
_TOWN_BEFORE = frozenset("in from em de para pra to ate near perto".split())
_ON_OR_IN = frozenset("on in em from".split())
# the kinds of place said after "in" or "on" ("in Brockley", "on Rye Lane")
_TOWN_LIKE = _TOWNS | frozenset("pais country estado state bairro neighbourhood neighborhood rua "
                                "street lugar place estrada road avenida avenue rodovia highway "
                                "ilha island praia beach rio river regiao region".split())


@lru_cache(maxsize=SENTENCE_CACHE)
def _regions_said(query: str) -> frozenset[str]:
    """The terms of the countries and regions a question names, places that hold other
    places ("Grécia", "the Philippines")."""
    from chalicelib.persona import lexicon
    return frozenset(t for word in words(query) if any(
        lexicon.places(head) for head in (word, *lexicon.translations(word)[:2]))
        for t, _ in terms(word))


def _names_a_town(memory: dict[str, Any], known: AbstractSet[str]) -> bool:
    """Whether a memory names a place the question does not, right after a word that says
    where ("a tram conductor from Florina", "foi até Tubarão")."""
    text = _field_text(memory, "text")
    said = words(text)
    named = names_said(text) - known - ADDRESS_WORDS - _CALENDAR_WORDS
    # (or after a kind of place's "of": "pro bairro da Ponta Grossa", "the suburb of Camberwell")
    return any(word in named and (said[at - 1] in _TOWN_BEFORE or at > 1 and said[
        at - 1] in _OWNED_BY and said[at - 2] in _TOWN_LIKE | _AREAS)
               for at, word in enumerate(said) if at)


_PART_OF_A_PLACE = lazy(r"\b(?:part|parte|area|[aá]rea|region|regi[aã]o|zona|zone|district|"
                        r"distrito|suburb|sub[uú]rbio)s?\s+(?:of|de|da|do|dos|das)\b",
                        re.IGNORECASE)
_SINGING = lazy(r"\b(?:sing|sang|sung|singing|choir|chorus|cant\w*|coral|coro)\b",
                re.IGNORECASE)


def _asks_a_part_of_a_place(query: str) -> bool:
    """Whether "which part" asks a part of a place ("which part of Maceió?", "em que região o
    senhor morava?"), not a part sung ("which part did you sing in the choir?")."""
    return asked_thing(query) in _AREAS and (
        _PART_OF_A_PLACE.search(query) is not None or _SINGING.search(query) is None)


def _tells_part(plan: _Plan, memory: dict[str, Any]) -> bool:
    """Whether a memory says which part a question asks: a place's name, of a part of a place;
    a voice, of a part sung ("sang alto in the choir")."""
    if asked_thing(plan.query) not in _AREAS:
        return False
    if _asks_a_part_of_a_place(plan.query):
        return _names_a_town(memory, plan.known)
    return _says_a_voice(memory)


def _says_a_voice(memory: dict[str, Any]) -> bool:
    """Whether a memory names a singing voice ("sang alto in the choir")."""
    from chalicelib.persona import lexicon
    return not set(lexicon.kinds("voice")).isdisjoint(words(_field_text(memory, "text")))


# "which part of Maceió?", "em que região?": a part of a place, which its name says
_AREAS = frozenset("part parte area areas regiao region zona zone suburb suburbio distrito "
                   "district".split())


# The titles a person's name is said after
_PERSON_TITLES = frozenset("mr mrs miss ms dr dra sr sra srta seu dona dom mestre tio tia uncle "
                           "aunt auntie doutor doutora padre prof profa".split())


def _titled(said: list[str]) -> set[str]:
    """The words right after a person's title ("Mrs. Haverkamp": "haverkamp")."""
    return {said[at + 1] for at, word in enumerate(said[:-1]) if word in _PERSON_TITLES}


def _names_run_after(said: list[str], named: AbstractSet[str], before: AbstractSet[str],
                     own_kind: bool = False) -> set[str]:
    """The words of each name said right after one of `before` ("on Catford Broadway", "in
    Purcell's Harbour"); with `own_kind`, not a name its kind follows, which is the name of
    that place itself ("he was in Glenfield Hospital", "Sister on Jasmine Ward")."""
    found: set[str] = set()
    for at, word in enumerate(said[:-1]):
        if word in before:
            following = said[at + 1:at + 6]
            run = list(itertools.takewhile(named.__contains__, [
                w for n, w in enumerate(following)
                if not (w == "s" and 0 < n < len(following) - 1 and following[n - 1] in named
                        and following[n + 1] in named)]))
            after = said[at + 1 + len(run):at + 2 + len(run)]
            if not (own_kind and after and after[0] in NAMED_KINDS):
                found.update(run)
    return found


# "que time o senhor torcia?", "which team did you follow?": a memory that says whose fan the
# persona was ("o vô era vascaíno doente... quando o Vasco foi campeão") names the club
_TEAMS = frozenset("time times team teams clube club".split())
_FAN = lazy(r"\b(?:flamenguista|vasca[ií]n[oa]|botafoguense|corin(?:t|th)ian[oa]|palmeirense|"
            r"s[aã]o-?paulin[oa]|sampaulin[oa]|gremista|colorad[oa]|cruzeirense|atleticano|"
            r"santista|tricolor|torcedor|torcedora|torcia|torceu|torcer|supporter|supported|"
            r"supporting|fan of|barracked|barracking|rooted for|followed)\b", re.IGNORECASE)


# who has a thing now, or had it after ("who has your poncho now?", "who ended up with your
# hammer?", "quem ficou com a sanfona?", "com quem está o relógio hoje?")
_ASKS_HOLDER = lazy(r"\b(?:who(?: has| s got| has got| kept| keeps| got| inherited| ended up "
                    r"with)|quem (?:ficou com|tem|herdou|guarda|guardou)|com quem (?:ficou|est[aá]|"
                    r"fica))\b", re.IGNORECASE)
# ... and a thing given, kept or left with someone, as a memory says it ("hoje está com o
# Rafa", "ficou pro tio Nato", "Uncle Graham has it now", "went to Aunt Peg", "fica na
# estante da Sônia")
_HELD_BY = lazy(r"\b(?:est[aá] com|ficou com|fica com|ficaram com|ficou pr[oa]|foi pr[oa]|"
                r"passou pr[oa]|herdou|herdaram|guarda|guardou|has (?:it|them|got it)|kept "
                r"(?:it|them)|keeps (?:it|them)|inherited|went to|passed to|gave (?:it|them) to|"
                r"left (?:it|them) to|is with|are with|(?:na|no) (?:estante|casa|parede|sala|"
                r"gaveta|quarto) d[ao])\b", re.IGNORECASE)


# the words that open a clause of what happened at the place just named ("perto de Itajuípe,
# onde meu pai era administrador", "outside Allendale, where my father was a gamekeeper")
_WHERE_AFTER = frozenset("onde aonde where".split())


def _names_before_where(said: list[str], named: AbstractSet[str]) -> set[str]:
    """The words of each name said right before a "where": a place's, not a person's (not
    "Olavo, onde quer que fosse, levava o violão", wherever he went)."""
    found: set[str] = set()
    for at, word in enumerate(said[1:], start=1):
        if word in _WHERE_AFTER and said[at - 1] in named and \
                said[at + 1:at + 3] != ["quer", "que"] and said[at + 1:at + 2] != ["ever"]:
            found.update(itertools.takewhile(named.__contains__, reversed(said[:at])))
    return found


# "which airline", "em que navio", "what train": a carrier is named by the journey, after
# the verb that travels ("flew to England on Qantas", "went down on the Ghan", "veio de navio
# no Conte Biancamano", "pegou o Ita") or the vehicle ("de avião da Cruzeiro do Sul")
_CARRIERS = frozenset("airline airlines companhia trem trens train trains comboio navio navios "
                      "ship ships liner vapor barco boat ferry balsa onibus bus coach voo "
                      "flight".split())
_CARRIED_BY = lazy(
    r"\b(?:flew|flown|sailed|went|came|travell?ed|rode|took|caught|boarded|shipped|emigrated|"
    r"arrived)\b(?:[\s,]+[\w'’-]+){0,6}?[\s,]+(?:on|aboard|by)\s+(?:the\s+)?"
    r"(?:(?:ship|liner|train|plane|bus|boat|ferry|steamer|flight)\s+)?"
    r"(?!(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Christmas|Easter|New Year|"
    r"Boxing|Anzac|Good Friday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)[A-Z]|"
    r"\b(?:avi[aã]o|trem|navio|[oô]nibus|vapor|barco|balsa|voo)\s+(?:d[ao]s?\s+|n[ao]\s+)?"
    r"[A-ZÀ-Ý]|\b(?:pegou|pegaram|pegava|embarcou|embarcaram)\s+(?:n?[oa]\s+)?[A-ZÀ-Ý]")


# "which dentist put in your gold tooth?", "qual médico fez o parto?": a doctor or a dentist
# is named by the title ("no consultório do Dr. Aurélio")
_HEALERS = frozenset("medico medica doctor doctors dentist dentista doutor doutora physician "
                     "surgeon cirurgiao pediatra paediatrician pediatrician gp".split())
_DOCTOR_NAMED = lazy(r"\b(?:Dr|Dra|Doutor|Doutora|Doctor)\.?\s+[A-ZÀ-Ý]")
_WHOSE_AFTER = frozenset("dele dela deles delas his her their my meu minha".split())
# the one a "who" question asks for by what they were ("quem era o dono", "who was your
# doctor?")
_ROLE_ASKED = lazy(r"\b(?:quem|qm|who)\s+(?:era|foi|é|e|was|is|were)\s+(?:(?:o|a|os|as|"
                   r"the|your|ur|his|her|seu|sua)\s+)*(\w+)", re.IGNORECASE)


@lru_cache(maxsize=SENTENCE_CACHE)
def _others_spoken_of(question: str) -> frozenset[str]:
    """The words of a "who" question less the one it asks for by what they were: "dono" is
    asked, "mãe" spoken of, in "qm era o dono da fábrica onde sua mãe trabalhava?" (cached:
    a "who" question reads each sentence of its memories with it)."""
    said = frozenset(words(without_vocative(question)))
    role = _ROLE_ASKED.search(question)
    return said - {fold(role.group(1))} if role else said


def _names_of_the_kin_asked_of(said: list[str], named: set[str] | frozenset[str],
                               asked: frozenset[str]) -> set[str]:
    """The words of `named` said as the name of one of the family the question itself speaks
    of: asked who owned the factory "onde sua mãe trabalhava", "A mãe dele, Benedita Coelho,
    trabalhou numa fábrica" names the mother, not the owner."""
    found: set[str] = set()
    for at, word in enumerate(said):
        if word not in _ROLES or word not in asked:
            continue
        after = at + 1
        while after < len(said) and said[after] in _WHOSE_AFTER:
            after += 1
        while after < len(said) and said[after] in named:
            found.add(said[after])
            after += 1
    return found


def _names_before_kinds(said: list[str], named: set[str] | frozenset[str],
                        capitalised: frozenset[str]) -> set[str]:
    """The words of `named` said right before a kind of thing or animal written small: "Her
    Shetland sheepdog, Tuva" says where the dog was bred, not who gave it ("Benedita Coelho"
    is still a woman, her surname a capital)."""
    from chalicelib.persona import lexicon
    return {word for word, after in zip(said, said[1:], strict=False)
            if word in named and after not in capitalised and (
                after in NAMED_KINDS or lexicon.is_kind(after))}


# The words after a kind that open another part of the sentence: the name after them is not
# the kind's own ("fui aprender marcenaria com o Mestre Hermínio", "the school for Mr Lowe")
_NOT_THE_KINDS_NAME = frozenset("com with por pelo pela by para pra pro for to e and que who "
                                "which onde where quando when".split())


def _names_of_things(said: list[str], named: set[str] | frozenset[str]) -> set[str]:
    """The words of `named` that name a place or a thing, said after its kind ("na Igreja de
    Santo Antônio") or, in English, before it when the kind is part of the name ("the Royal
    Hotel", "at Kohuora Park"), or after "the" ("the Holden"): a priest asked for is not the
    church's saint, nor the umpire the park, nor a doctor the car."""
    found: set[str] = set()
    for start, word in enumerate(said):
        if word in NAMED_KINDS and not _kind_of_a_person(said, start):
            if word in named:  # "Igreja" of "na Igreja de Santo Antônio"
                found.add(word)
            for after in said[start + 1:start + 5]:
                if after in named:
                    found.add(after)
                elif after not in STOP_FOLDED or after in _NOT_THE_KINDS_NAME:
                    break
            if word in named:  # ... and in English before it: "at Middlemore Hospital"
                for before in reversed(said[max(0, start - 3):start]):
                    if before not in named:
                        break
                    found.add(before)
        elif word == "the":
            # English names no one with "the": "the Holden", "the Wattle Bay" (a family is
            # named in the plural: "the Nguyens")
            run = list(itertools.takewhile(named.__contains__, said[start + 1:start + 4]))
            if run and not run[-1].endswith("s"):
                found.update(run)
        elif word in ("a", "an"):
            # ... nor with "a" before a thing it makes ("a Philips transistor radio", "a Singer
            # sewing machine"): a maker's name, where "a Maria" is no one's
            run = list(itertools.takewhile(named.__contains__, said[start + 1:start + 4]))
            made = said[start + 1 + len(run):start + 2 + len(run)]
            if run and made and made[0] not in named and made[0] not in STOP_FOLDED and \
                    _a_thing_word(made[0]):
                found.update(run)
    return found


_FROM_OR_OF = frozenset("de da do das dos from of".split())


def _names_after_someone(said: list[str], named: AbstractSet[str], whom: str | None) -> set[str]:
    """The words of `named` said after the one asked about and their "de" or "from" ("um
    pescador de Salinas da Margarida" to "como se chamava o pescador?", "a barber from
    Lawrenceville"): where that one came from, or whose they were, not their own name."""
    found: set[str] = set()
    kind = {t for t, _ in terms(whom or "") if t.startswith("s:")}
    for at, word in enumerate(said[2:], start=2):
        if word in named and said[at - 1] in _FROM_OR_OF and said[at - 2] not in named and \
                not kind.isdisjoint(t for t, _ in terms(said[at - 2])):
            found.update(itertools.takewhile(
                lambda w: w in named or w in _FROM_OR_OF, said[at:at + 5]))
    return found - _FROM_OR_OF


def _a_thing_word(word: str) -> bool:
    """Whether an English word is a thing's, not a person's ("radio", not "nurse")."""
    from chalicelib.persona import lexicon
    return bool(lexicon.translations(word, "en")) and not lexicon.is_person(word) and \
        word not in PERSON_WORDS and word not in _ROLES


_OF = frozenset("da do de das dos of".split())
# the words before a thing ("a barraca", "na calçada", "the stall")
_THING_BEFORE = _BEFORE_A_THING | frozenset("a an the my his her their our your this that".split())


_PRONOUN_ONE = frozenset({"one", "ones"})


def _names_after_things(said: list[str], named: set[str] | frozenset[str]) -> set[str]:
    """The words of `named` that name a thing or a place by what it is, said right after it or
    after its "of" ("a barraca Tacacá da Teca", "na calçada da Boulevard Castilhos França"),
    with the words of the same name after them: no one who did anything. A name after a title
    ("o sítio do seu Zé") or a kind of person ("a filha da Rosa") is someone's."""
    from chalicelib.persona import lexicon
    found: set[str] = set()
    for at, word in enumerate(said):
        if word not in named or not at:
            continue
        before = said[at - 1]
        if before in found:
            found.add(word)  # "Castilhos" of "Boulevard Castilhos França"
            continue
        back = at - 1
        if before in _OF and at > 1:
            back = at - 2
            before = said[back]
        if before in named or before in STOP_FOLDED or before in ADDRESS_WORDS or \
                before in _TITLED_BEFORE or before in PERSON_WORDS or before in _PRONOUN_ONE:
            continue  # ("the one Kyle bought him": "one" stands for a thing, names none)
        # a thing said with its article ("a barraca", "na calçada"), not a verb ("married
        # Rosa", "a porter called Dennis")
        if back and said[back - 1] in _THING_BEFORE and \
                lexicon.translations(before) and not lexicon.is_person(before):
            found.add(word)
    return found


def _named_only(plan: _Plan) -> bool:
    """Whether "which X" asks for a place or a thing known by its name ("em que hospital",
    "which airline", "what school"): a memory that says the word and names none ("em 2015
    voou pra Lisboa de avião", "she went to school in Broken Hill") cannot say which. (Not a
    word that is a name itself, "what nickname": a memory says the nickname as it was.)"""
    asked = asked_thing(plan.query)
    return plan.asked_named and asked in NAMED_KINDS and asked not in _NAME_WORDS


_NAME_WORDS = frozenset("apelido apelidos nickname nicknames palavra palavras word words "
                        "expressao expression frase phrase".split())


def _has_names(word: str | None) -> bool:
    """Whether the thing a "which X" asks for is answered by a name: a kind of thing with
    names ("town", "hotel") or a kind of person ("qual cantor", "which priest")."""
    from chalicelib.persona import lexicon
    if not word:
        return False
    return word in NAMED_KINDS or (lexicon.is_person(word) and not _not_a_person(word))


def other_one(question: str, memory: dict[str, Any]) -> bool:
    """Whether the memory tells of another one of what the question asks by its order: it
    says the thing after another ordinal, and never after the question's."""
    asked = _ordinals_of(words(question))
    if not asked:
        return False
    told = _ordinals_of(words(_field_text(memory, "text")))
    clash = False
    for term, which in asked.items():
        if term in told:
            if told[term] & which:
                return False
            clash = True
    return clash


# Which one of a pair of kin a question asks about ("sua irmã mais nova", "your mother's
# name"): a memory that says only the other one of the pair ("O irmão mais novo da vó") tells
# of someone else. Each kinship as (her words, his words), folded; the plurals that may mean
# both ("irmãos", "filhos", "tios") are in neither.
KIN_PAIRS = (
    ("irma irmas sister sisters sis", "irmao brother brothers bro"),
    ("filha filhas daughter daughters", "filho son sons"),
    ("mae maes mother mum mom mam mummy mommy mamae mamaezinha",
     "pai father dad daddy papai"),
    ("neta netas granddaughter granddaughters", "neto grandson grandsons"),
    ("tia aunt auntie aunty", "tio uncle"),
    ("prima", "primo"),
    ("sobrinha niece nieces", "sobrinho nephew nephews"),
    ("esposa wife", "marido esposo husband"),
    ("sogra", "sogro"),
    ("nora", "genro"),
    ("cunhada", "cunhado"),
    ("madrinha godmother", "padrinho godfather"),
    ("afilhada goddaughter", "afilhado godson"),
)
# ... and which one of a few kinds of thing a family tells apart: a sport, an instrument ("pra
# qual time de futebol o senhor torcia?" is not answered by the basketball team's memory)
KINDS_APART = (
    ("futebol football soccer footy footie", "basquete basquetebol basketball",
     "volei voleibol volleyball", "golfe golf", "boxe boxing", "natacao swimming",
     "rugby", "cricket criquete", "beisebol baseball", "hoquei hockey", "ciclismo cycling",
     # and the table games a family plays ("o senhor gostava de futebol?" is not answered by
     # the Tuesday chess)
     "xadrez chess", "damas checkers draughts", "domino dominoes", "sinuca snooker bilhar "
     "billiards", "tenis tennis"),
    # (a Brazilian family's "viola" is the viola caipira, a guitar of ten strings)
    ("piano", "violao guitar guitarra viola", "violino violin fiddle",
     "sanfona acordeao accordion", "flauta flute", "trompete trumpet", "saxofone sax saxophone",
     "cavaquinho ukulele", "pandeiro tambourine", "harpa harp", "clarinete clarinet",
     "trombone", "cornet corneta"),
)
_INSTRUMENTS = len(KIN_PAIRS) + 1  # KINDS_APART's instruments, among `_KIN_SIDE`'s pairs
_PLAYING = frozenset("play plays played playing tocar toca tocava tocavam tocou tocaram tocando "
                     "tocador".split())
KIN_BESIDE = 2  # "my mom, Tia Rô": how many words from a name a kinship word says who it is
_KIN_SIDE = {word: (pair, side) for pair, both in enumerate((*KIN_PAIRS, *KINDS_APART))
             for side, said in enumerate(both) for word in said.split()}


def _kin_sides(said: list[str], persona: Any = None) -> dict[int, set[int]]:
    """Each kinship of `KIN_PAIRS` the words say, with the sides said of it; a word `persona`
    finds true of is the persona (a mother's memories call her "Mum") and says nothing."""
    found: dict[int, set[int]] = {}
    for word in with_phrases(said):
        if word in _KIN_SIDE and not (persona and persona(word)):
            pair, side = _KIN_SIDE[word]
            found.setdefault(pair, set()).add(side)
    return found


# A memory written by a relative in their own voice ("Quando eu casei", "At my wedding"): the
# relative a question names may be its writer, counted at this share of the name's weight
_FIRST_PERSON = lazy(r"\b(?:[Ee]u|[Mm]eu|[Mm]inha|[Mm]eus|[Mm]inhas|comigo|I|[Mm]y|[Mm]e)\b")
WRITER_CREDIT = 0.5
TOWN_IN_REGION_CREDIT = 0.5  # a town named, for the country a question says it was in
# a parent named as the children name her ("a mamãe", "o papai", "the old man"): in a memory in
# the first person, the writer is the persona's child
_CHILDS_PARENT = lazy(r"\b(?:a mam[ãa]e|o pap[ai]i?|a m[ãa]e|o pai)\b(?! d)", re.IGNORECASE)
# the whole family said as one, the persona's spouse among them ("a família toda foi de
# caminhão até Canindé", "the whole family drove down to Bar Harbor")
_WHOLE_FAMILY = lazy(r"(?<!\w's )(?<!\ws' )\b(?:a fam[ií]lia (?:toda|inteira)|toda a fam[ií]lia|"
                     r"the whole family|the entire family|all the family|the family all)\b"
                     # (not another's: "the whole family next door", "a família toda do
                     # vizinho", "Grandpa Joe's whole family")
                     r"(?!,? (?:next door|across the|down the|of|from|do|da|dos|das|de)\b)",
                     re.IGNORECASE)
# a word and the capitalised name after it ("Granny Smiths", "Vó Cida", "Nana Rose")
_TITLED_NAME = lazy(r"\b([^\W\d_]+)\s+(?=([A-ZÀ-Ý][\w'’-]*))")
_FIRST_PLURAL = lazy(r"\b(?:[Nn]ós|[Nn]osso|[Nn]ossa|[Nn]ossos|[Nn]ossas|[Ww]e|[Oo]ur|us)\b")


# A sentence that opens with a name says what the name is: "Rusty was a red kelpie", "Sultão
# era o cachorro da oficina" (a capital opening any other sentence says nothing)
_OPENING_NAME = lazy(r"^\W*([^\W\d_][\w'’-]*)\s+(?:was|were|is|had|foi|era|é|tinha)\b")


# a subject pronoun of one person ("Foi ele que me ensinou", "She taught me to knit")
_HE_OR_SHE = lazy(r"\b(?:ele|ela|he|she)\b", re.IGNORECASE)


def _pronoun_named(before: str, sentence: str) -> str | None:
    """The sentence with its first "ele", "ela", "he" or "she" replaced by the first name the
    sentence before says, its subject most often (not a place's or a day's: "em Cunha", "na
    Fábrica Santa Rosa", "on Sunday"; not one whose title is of the other sex), else None."""
    pronoun = _HE_OR_SHE.search(sentence)
    if pronoun is None:
        return None
    said = words(before)
    named = names_said(before) - ADDRESS_WORDS
    named -= _names_run_after(said, named, _PLACE_OR_DAY_BEFORE | _IN_A_PLACE)
    # (a title says which one a pronoun may be: "Seu Quintino" is no "ela", "Vó Lurdes" no
    # "he")
    other = _HER_TITLES if fold(pronoun.group(0)) in ("ele", "he") else _HIS_TITLES
    runs = [match.group(0).split() for match in _CAPITALISED_RUN.finditer(before)]
    runs = [run[next((n for n, w in enumerate(run) if fold(w) not in STOP_FOLDED
                      or fold(w) in ADDRESS_WORDS), len(run)):]
            for run in runs]  # ("O Vô Chico" opening a sentence: "Vô Chico")
    spans = [" ".join(run) for run in runs if run
             and all(w in named or w in ADDRESS_WORDS for w in words(" ".join(run)))
             and not named.isdisjoint(words(" ".join(run)))  # ("Seu Quintino Ramos")
             and words(run[0])[0] not in other]
    if not spans:
        return None
    return f"{sentence[:pronoun.start()]}{spans[0]}{sentence[pronoun.end():]}"


_IN_A_PLACE = frozenset("na no nas nos".split())  # "na Fábrica Santa Rosa": a place
_HIS_TITLES = frozenset("vô vovô avô seu sr mr tio uncle grandpa grandad granda padre "
                        "father".split())
_HER_TITLES = frozenset("vó vovó avó dona sra mrs miss ms tia aunt auntie grandma granny nana "
                        "nan madre sister".split())
# a run of capitalised words ("Quintino Ramos", "Miss Kettering")
_CAPITALISED_RUN = lazy(r"\b[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*")


@lru_cache(maxsize=SENTENCE_CACHE)
def names_said(text: str, capitals: bool = True) -> frozenset[str]:
    """The folded words of the names a text says: written with a capital inside a sentence or
    opening one with "was", "era"... (not when `capitals` is False: a title's capitals say
    nothing), and words in quotes ('The Bonnie Lass', "Piaba")."""
    named = {w for pair in _QUOTED.findall(text) for quoted in pair for w in words(quoted)}
    if capitals and not _shouted(text):
        named |= proper_names(text)
        for sentence in _SENTENCE.split(text):
            opening = _OPENING_NAME.match(sentence)
            if opening and opening.group(1)[0].isupper():
                named.update(w for w in words(opening.group(1)) if w not in STOP_FOLDED)
    return frozenset(named)


# (a hyphen joins one word of address: "Great-grandpa,", "Great-Baba,")
_VOCATIVE = lazy(r"^\s*([^\W\d_]+(?:-[^\W\d_]+)*(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){0,2})"
                 r"\s*,\s*(?=\S)", re.UNICODE)
ADDRESS_WORDS = frozenset(
    "vo vovo avo vó vô vovó vovô avó avô gramps grandpa grandma grandfather grandmother granny "
    "grandad granddad granda gran nanna auntie aunty nana pai papai "
    "mae mamae dad daddy mom mum mommy mother father tio tia uncle aunt seu dona senhor senhora "
    "querido querida dear "
    # the family's other words for who they speak to: in-laws, godparents, the Nordeste's
    # "mainha", Italian families' "nono", Welsh "mamgu" and "tadcu"
    "sogra sogro dinda dindo madrinha padrinho mainha painho nona nono bisa biso titia titio "
    "vozinha vozinho mam mummy mamgu tadcu nain taid nan "
    # ... and the grandparents of families that kept another language (see vocabulary.py;
    # "opa" and "baba" too, which at the start of a message call someone or are nothing)
    "nonna nonno oma opa gido dido zayde bubbe abuela abuelo yiayia pappou babcia dziadek "
    "dziadzia busia baba".split())
# Said at the start or end of a message, also "mama" (elsewhere, in "câncer de mama", a breast)
# What a husband, a wife, a brother or a sister calls the one they write to ("Mor, em que
# igreja a gente casou?"): at the start or the end of a message only, where a word can only be
# calling the persona ("love" elsewhere is loving), even one the family also lists as a name
ENDEARMENTS = frozenset(
    "amor mor moh bem benzinho vida love darling babe baby hun honey hon sweetheart sweetie "
    "mano mana maninho maninha irmao irmaozinho irmazinha bro sis brother sister".split())
VOCATIVE_WORDS = ADDRESS_WORDS | {"mama"} | ENDEARMENTS
GREETINGS = frozenset("oi ola oie hi hello hey meu minha my".split())  # "Oi amor,", "hi love,"


def without_vocative(message: str, names: frozenset[str] = frozenset(),
                     others: frozenset[str] = frozenset()) -> str:
    """The message without a leading form of address ("Vô, ...", "Grandpa, ..."): it names
    the persona being spoken to, not what the message is about. A name of someone else in the
    family (`others`, with none of the persona's `names`) opens the topic instead: "And Uncle
    Fong, Grandad, what year did he pass away?" asks of Uncle Fong."""
    match = _VOCATIVE.match(message)
    if match:
        said = set(words(match.group(1)))
        if said & others and not said & names:
            return message
        # a kinship word or a name calls the persona ("Vó Dalva,"); an endearment only when
        # all the words are such ("Oi amor,", not "I love, more than anything...")
        if said & (VOCATIVE_WORDS - ENDEARMENTS | names) or said <= ENDEARMENTS | GREETINGS:
            return message[match.end():]
    return message


# A greeting said as a sentence of its own before what is asked, with who writes ("Oi vô Teu,
# é a Mia! Onde o senhor nasceu?", "Hi Nan, it's Liam. What was your dog called?"): the
# visitor's name and the hello are no words of the question
_GREETING_FIRST = lazy(
    r"^\s*(?:oi+e?|ol[aá]|hi+|hello|hey+|hiya|bom dia|boa tarde|boa noite|good morning|"
    r"good evening|good afternoon)\b[^.!?\n]{0,60}?(?:[!.]+|(?:tudo bem|td bem|how are you|"
    r"how are ya|como vai)\s*\?+)\s+(?=\S)", re.IGNORECASE)


def without_greeting(message: str) -> str:
    """The message without a greeting sentence before what it says or asks."""
    found = _GREETING_FIRST.match(message)
    return message[found.end():] if found and len(message) - found.end() >= 8 else message


_KIN_LIST = lazy(r"\b[^\W\d_]+\s+(?:ou|or)\s+[^\W\d_]+\s*\W*$")
_MID_VOCATIVE = lazy(r",\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*,")
_TRAILING_VOCATIVE = lazy(r",\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})(\W*)$")


def without_trailing_vocative(message: str, names: frozenset[str] = frozenset()) -> str:
    """The message without a form of address at its end or between commas ("where did you
    get married, grandpa?", "..., Uncle Des?", "e o apelido..., vô, qual era?"): it calls the
    persona, it is not what is asked about."""
    if not _KIN_LIST.search(message):  # ("quem cozinhava melhor, mãe, vó ou tia?")
        message = _MID_VOCATIVE.sub(lambda m: "," if set(words(m.group(1))) <= (
            VOCATIVE_WORDS | names) else m.group(0), message)
    match = _TRAILING_VOCATIVE.search(message)
    if match and set(words(match.group(1))) <= (VOCATIVE_WORDS | names):
        return message[:match.start()] + match.group(2).strip()
    return message


def without_address(message: str, names: frozenset[str] = frozenset()) -> str:
    """The message without a form of address at its start or its end ("Vó, ...", "...,
    Uncle Des?"): what a sentence embedding should read of a question is what it asks about."""
    return without_trailing_vocative(without_vocative(without_greeting(message), names), names)


_CAPITALISED = lazy(r"(?<![\w'’-])([^\W\d_][^\W_]*)", re.UNICODE)
def _shouted(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > len(letters) / 2


# English writes these with a capital, but each says of what nation, tongue or faith a thing
# is, not which one: "what Portuguese word did you stick on the fridge?" is answered by a
# memory of 'saudade' that never says "Portuguese" (Portuguese writes them in small letters)
KINDS_WITH_CAPITALS = frozenset("""
african american arab arabic argentine argentinian armenian asian australian austrian basque
belgian bolivian brazilian british bulgarian canadian caribbean catalan celtic chilean chinese
colombian cornish croatian cuban czech danish dutch egyptian english european filipino finnish
flemish french gaelic german greek haitian hebrew hungarian icelandic indian indonesian iranian
irish israeli italian jamaican japanese korean latin lebanese lithuanian mexican moroccan
norwegian pakistani paraguayan persian peruvian polish portuguese romanian russian
scandinavian scots scottish serbian slovak spanish swedish swiss syrian thai turkish ukrainian
uruguayan venezuelan vietnamese welsh yiddish
catholic protestant baptist methodist anglican lutheran presbyterian pentecostal evangelical
muslim buddhist hindu christian orthodox mormon jewish
""".split())


def proper_names(query: str) -> frozenset[str]:
    """The folded words written with a capital inside a sentence ("Garanhuns", "Emily"): names
    of people, places and things, each a thing the question asks about and no other (not
    "Portuguese", `KINDS_WITH_CAPITALS`)."""
    found: set[str] = set()
    if _shouted(query):
        return frozenset()  # written in capitals: a capital says nothing
    for match in _CAPITALISED.finditer(query):
        raw = match.group(1)
        before = query[:match.start()].rstrip()
        if len(raw) < 2 or not raw[0].isupper() or not before or (
                before[-1] in ".?!:;\"“(" and not _AFTER_A_TITLE.search(before) and not (
                    before[-1] == ":" and _NAMES_LISTED.match(query, match.end()))):
            continue
        found.update(w for w in words(raw) if w not in KINDS_WITH_CAPITALS)
    return frozenset(found)


# After a colon, a capital that ends the sentence or a list is a name ("A Rural tinha nome:
# Cigana.", "três filhos: Marlene, Osvaldo e Celina"), not a sentence's first word
_NAMES_LISTED = lazy(r"(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*(?:[,.;!?…)]|$|\s+(?:e|and|&)\s)")


_NAME_JOINERS = frozenset("de da do dos das di del of the".split())


def name_words(query: str) -> frozenset[str]:
    """The folded words of the names of two words or more written with capitals ("Porto
    Alegre", "Sydney Fish Market", "Hospital da Restauração"): a name, not words to translate
    ("Porto Alegre" is no cheerful harbour)."""
    if _shouted(query):
        return frozenset()
    found: set[str] = set()
    run: list[str] = []
    joined = False  # a "da", "of" inside the name so far, waiting for its next capital
    last_end = 0
    for match in _CAPITALISED.finditer(query):
        raw = match.group(1)
        next_to = query[last_end:match.start()].isspace()
        last_end = match.end()
        if run and next_to and raw[0].isupper() and len(raw) > 1:
            run.append(raw)
            joined = False
        elif run and next_to and not joined and raw.casefold() in _NAME_JOINERS:
            joined = True
        else:
            if len(run) > 1:
                found.update(w for r in run for w in words(r))
            run = [raw] if raw[0].isupper() and len(raw) > 1 else []
            joined = False
    if len(run) > 1:
        found.update(w for r in run for w in words(r))
    return frozenset(found)


def _cardinal(word: str) -> bool:
    """A number said as digits or as a word ("1962", "oitenta"), not an ordinal."""
    return word.isdigit() or (word in NUMBERS and word not in _NOT_CARDINAL)


# "where did you two get married?", "os dois se casaram onde?": the two are who is asked about,
# not a count a memory must say
_COUPLE_BEFORE = frozenset("you u voces vcs os as the".split())
_COUPLE = frozenset("two dois duas".split())


def _a_couple(said: list[str], position: int) -> bool:
    """True for "two" said of the couple asked ("you two", "os dois"), not counting a thing."""
    return said[position] in _COUPLE and position > 0 and said[position - 1] in _COUPLE_BEFORE


# The words that say a name is being given: "te chamavam de Faísca", "why did they call you
# Sparky?", "o apelido Faísca"
NAMING_WORDS = frozenset("""chama chamam chamava chamavam chamou chamaram chamar chamavamos
apelido apelidos apelidou apelidaram apelidavam call calls called calling nickname nicknamed
nicknames""".split())


def _called(said: list[str], position: int) -> bool:
    """Whether the word at `position` is a name given by one of `NAMING_WORDS` before it:
    "chamavam de <it>", "chamavam o senhor de <it>", "called you <it>", "apelido <it>"."""
    before = said[max(0, position - 4):position]
    if not before:
        return False
    if before[-1] in NAMING_WORDS:
        return True
    if before[-1] in ("de", "as", "you", "u", "him", "her", "me"):
        return any(word in NAMING_WORDS for word in before[:-1])
    return False


TYPO_MIN_LENGTH = 7  # a word this long that no dictionary lists may be a typing slip
TYPO_MIN_STEM = 6  # ... of a stem this long (five letters are one slip from many: "catec")


def _one_slip(a: str, b: str) -> bool:
    """Whether two different words are one typing slip apart: a letter left out or added, one
    letter changed, or two neighbours swapped."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    start = 0
    while start < len(b) and a[start] == b[start]:
        start += 1
    if len(a) > len(b):
        return a[start + 1:] == b[start:]
    return a[start + 1:] == b[start + 1:] or (
        a[start + 2:] == b[start + 2:] and a[start:start + 2] == b[start:start + 2][::-1])


@dataclass(frozen=True)
class _SpouseSide:
    """How a family speaks of the spouse of a persona of one side: a grandmother or mother
    (`persona`, her relationship's ideas), whose husband the family calls by `called` words;
    a memory may call him by his own words (`own`: the spouse's idea, "marido", "husband"),
    answering in full, or by another generation's (`other`: the grandchildren's "vô", the
    children's "pai"), answering at half, a grandchild's "Dad" being a son as often."""

    persona: frozenset[str]
    called: frozenset[str]
    own: tuple[str, ...]
    other: tuple[str, ...]


@lru_cache(maxsize=1)
def _spouse_sides() -> tuple[_SpouseSide, ...]:
    """A grandmother's or mother's side and a grandfather's or father's, from the vocabulary's
    family ideas. A great-grandparent is no spouse, and "vo" typed without its accent may be
    either grandparent."""
    from chalicelib.persona.vocabulary import GROUPS
    ideas = {group[0]: f"c:{number}" for number, group in enumerate(GROUPS)}
    groups = {group[0]: group for group in GROUPS}

    def called(*heads: str) -> frozenset[str]:
        return frozenset(word for head in heads for w in groups[head] for word in words(w)
                         if not word.startswith(("bis", "great")) and word not in (
                             "vo", "avo", "vovo"))

    def own(*spouse_words: str) -> tuple[str, ...]:
        return (ideas["esposa"], *dict.fromkeys(
            t for w in spouse_words for t, _ in terms(w) if t.startswith("s:")))
    return (_SpouseSide(frozenset({ideas["avó"], ideas["mãe"]}),
                        called("avô", "pai") | {"marido", "esposo", "husband"},
                        own("marido", "esposo", "husband"), (ideas["avô"], ideas["pai"])),
            _SpouseSide(frozenset({ideas["avô"], ideas["pai"]}),
                        called("avó", "mãe") | {"esposa", "mulher", "wife"},
                        own("esposa", "wife"), (ideas["avó"], ideas["mãe"])))


@lru_cache(maxsize=8)
def _couples(ideas: frozenset[str]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The ideas a memory says a grandparent and their spouse by, as a couple, for a persona
    of the relationship `ideas`: the children's "Mom" and "Dad" (unless a grandparent is in
    the memory too, when they are a grandchild's parents), the grandchildren's "Vó" and
    "Vô". None for a persona of neither side."""
    from chalicelib.persona.vocabulary import GROUPS
    idea = {group[0]: f"c:{number}" for number, group in enumerate(GROUPS)}
    if not ideas & {idea["avó"], idea["avô"]}:
        return ()
    elders = frozenset({idea["avó"], idea["avô"]})
    return ((frozenset({idea["mãe"], idea["pai"]}), elders), (elders, frozenset()))


def _spouse_names(aliases: tuple[tuple[tuple[str, ...], str], ...], ideas: frozenset[str]
                  ) -> frozenset[str]:
    """The alias terms of a grandparent's spouse: the one the family calls by the other
    grandparent's word ("Vô Biu" of a grandmother, "Nana Bren" or "Nan" of a grandfather).
    A mother's "Grandpa Gus" may be her husband or her father, and a "great-grandfather" is
    neither: none is taken."""
    from chalicelib.persona.vocabulary import GROUPS
    grand = {f"c:{number}": group for number, group in enumerate(GROUPS)
             if group[0] in ("avó", "avô")}
    if not ideas & grand.keys():
        return frozenset()
    called = frozenset(word for idea, group in grand.items() if idea not in ideas
                       for w in group for word in words(w)
                       if word not in ("vo", "avo", "vovo")) | {"marido", "esposo", "husband",
                                                               "esposa", "mulher", "wife"}
    elders = {term for phrase, term in aliases if phrase[0] in ("great", "bisavo", "bisavó",
                                                                 "bisa", "biso")}
    return frozenset(term for phrase, term in aliases
                     if term != "a:self" and term not in elders and phrase[0] in called)


def _spouse_of(ideas: frozenset[str]) -> tuple[tuple[str, float], ...]:
    """The terms a memory may call the persona's spouse by, with their credit (see
    `_SpouseSide`), for a persona of the relationship `ideas`."""
    for side in _spouse_sides():
        if ideas & side.persona:
            return (*((t, 1.0) for t in side.own), *((t, TRANSLATION_WEIGHT) for t in side.other))
    return ()


def _spouse_terms(word: str, ideas: frozenset[str]) -> tuple[tuple[str, float], ...]:
    """The terms a memory may call the persona's spouse by, with their credit, when a question
    word is one the family calls the spouse by ("grandpa" asked of a grandmother: the
    children's "Dad" at half, "husband" in full); none for any other word."""
    for side in _spouse_sides():
        if ideas & side.persona and word in side.called:
            return (*((t, 1.0) for t in side.own),
                    *((t, TRANSLATION_WEIGHT) for t in side.other))
    return ()


def _contains(haystack: list[str], phrase: list[str]) -> bool:
    if not phrase or len(phrase) > len(haystack):
        return False
    first = phrase[0]
    return any(haystack[i] == first and haystack[i:i + len(phrase)] == phrase
               for i in range(len(haystack) - len(phrase) + 1))


@lru_cache(maxsize=200_000)
def _folded(raw: str) -> tuple[str, ...]:
    """One written word as the folded word(s) it stands for (cached: words repeat)."""
    return tuple(words(raw))


_ACCENTED = {"a": "áàâã", "e": "éê", "i": "í", "o": "óôõ", "u": "ú", "c": "ç"}


def _spellings(word: str) -> set[str]:
    """A folded word as it may be written: as is, or with one of its letters accented
    ("maes": "mães", "zelandia": "zelândia", "comunhao": "comunhão")."""
    return {word} | {word[:at] + marked + word[at + 1:] for at, letter in enumerate(word)
                     for marked in _ACCENTED.get(letter, "")}


# A phrase's last word as it may stand in a memory split on spaces ("up", "up.", "vida,",
# "Zelândia"): a cheap test before a memory is read for phrases.
# ("root for", supporting, is read in questions only: "for" is in most English memories, and
# a memory's "rooted" is a team's word already)
_PHRASE_ENDS_RAW = frozenset(f"{spelling}{mark}" for end in PHRASE_ENDS - {"for"}
                             for spelling in _spellings(end)
                             for mark in ("", ".", ",", ";", "!", "?", ")"))
# The words each last word may follow in a phrase: "de" ends only "você é de", yet stands in
# nearly every Portuguese memory, so a window is read only when the word before it may start it.
_PHRASE_BEFORE = {end: frozenset(phrase[-2] for phrase in PHRASES if phrase[-1] == end)
                  for end in PHRASE_ENDS}


def _phrases_in(raws: list[str]) -> list[str]:
    """The words that say the phrases of `PHRASES` in a text split on spaces. Only the words
    just before a phrase's possible last word are read ("foi" ends "se foi" and is in most
    Portuguese memories: reading each whole memory again cost a fifth of a build)."""
    said: list[str] = []
    # where each possible last word stands, found by `list.index` (C speed): a loop over every
    # word of every memory cost a tenth of a build
    for last in _PHRASE_ENDS_RAW.intersection(raws):
        before = _PHRASE_BEFORE[_first(last)]
        end = raws.index(last)
        while True:
            if end and not before.isdisjoint(_folded(raws[end - 1])):
                said += phrases_ending(
                    list(chain.from_iterable(map(_folded, raws[max(0, end - 3):end + 1]))))
            try:
                end = raws.index(last, end + 1)
            except ValueError:
                break
    return said


_ENGLISH_SMALL = frozenset("the and was of to in he she his her it they with".split())
_PORTUGUESE_SMALL = frozenset("o a os as e de do da que em no na um uma com ele ela".split())


def _in_english(raws: list[str]) -> bool:
    """Whether a memory split on spaces is written in English, by its small words (cheap:
    asked only of memories that hold a false friend)."""
    return sum(raw in _ENGLISH_SMALL for raw in raws) > sum(
        raw in _PORTUGUESE_SMALL for raw in raws)


# ... and a false friend's (`text.FALSE_FRIENDS`): "time", "time,", "time."
_FALSE_FRIENDS_RAW = frozenset(f"{word}{mark}" for word in FALSE_FRIENDS
                               for mark in ("", ".", ",", ";", "!", "?", ")"))


@lru_cache(maxsize=200_000)
def _halves(raw: str) -> tuple[str, ...]:
    """One written word's index terms, each repeated once per half of its weight: a stem the
    two stemmers agree on, or an idea, twice; one of several stems, once. Counted by C code
    (`Counter`), this is most of what building an index costs."""
    folded = _folded(raw)
    if "-" in raw and len(folded) > 1:  # "vira-lata": a dog, said in one piece of text
        whole = PHRASES.get(folded)
        # a word the hyphen makes is that word alone: a "carro-chefe" is no car, a
        # "cachorro-quente" no dog
        folded = (whole,) if whole else (*folded, *phrases_ending(list(folded)))
    return tuple(term for word in folded for term, weight in terms(word)
                 for _ in range(2 if weight >= 1.0 else 1))


@lru_cache(maxsize=200_000)
def _first(raw: str) -> str:
    folded = _folded(raw)
    return folded[0] if folded else ""


# -- the persona's names ------------------------------------------------------------------------

@dataclass(frozen=True)
class Names:
    """What the persona's record tells the ranking: the names and nicknames of the people in
    the persona's life (each an alias term), the persona's own names, and the ideas of its
    relationship ("avó": grandma, vó, vovó...), which address the persona in a question."""

    aliases: tuple[tuple[tuple[str, ...], str], ...]  # (folded phrase words, alias term)
    own: frozenset[str]
    ideas: frozenset[str]
    fingerprint: str
    starts: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    # The index terms of every name's last word ("Tião" of "Seu Tião"): a memory without any
    # of them names nobody, whatever honorifics it uses. None when a last word has no terms.
    anchors: frozenset[str] | None = frozenset()
    # The people a kinship word stands for among the persona's names: "Vô Biu" is who the
    # grandchildren's "grandpa" is (kinship idea -> alias terms).
    kin: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The names the persona's biography says ("Piauí", "Tasmania"): where the whole life was
    # lived, so a question that says one ("qual era o seu time do Piauí?") asks of no other
    # place than every memory's
    home: frozenset[str] = frozenset()
    # The alias terms of the persona's spouse, as the family calls them ("Vô Mundico" of a
    # grandmother, "Grandma Dolly" or "Nan" of a grandfather)
    spouse: frozenset[str] = frozenset()
    # The year the persona was born, as its record says ("1939"; "" when it does not): a
    # memory that says "nasci em 1939" is written by the persona
    born: str = ""

    @cached_property
    def others(self) -> frozenset[str]:
        """The words of the other people's names, less the persona's and the family's
        titles ("fong" of "Uncle Fong", not "uncle", nor "wong", the persona's surname too)."""
        return frozenset(w for phrase, term in self.aliases if term != "a:self" for w in phrase
                         if w not in self.own and w not in ADDRESS_WORDS
                         and w not in STOP_FOLDED)

    @staticmethod
    def of(persona: dict[str, Any]) -> Names:
        """The names of a persona record."""
        phrases: list[tuple[tuple[str, ...], str]] = []
        named = set(words(persona.get("name") or ""))
        for number, alias in enumerate(persona.get("aliases") or []):
            # the persona's own nicknames name the persona ("Iolanda", also called "Vó Landa")
            term = "a:self" if _names_persona(alias, named) else f"a:{number}"
            for name in [alias.get("name", ""), *alias.get("also_called", [])]:
                phrase = tuple(words(name))
                if phrase:
                    phrases.append((phrase, term))
        # A kinship word the family gave as a name ("Cida, also called vó") names her in every
        # word for it: "grandma", "vovó", "avó".
        for phrase, term in list(phrases):
            if len(phrase) == 1 and phrase[0] in ADDRESS_WORDS:
                phrases += [(kin, term) for kin in _kin_words(phrase[0]) if kin != phrase]
        if persona.get("name"):
            phrases.append((tuple(words(persona["name"])), "a:self"))
        own = set(words(persona.get("name") or ""))
        for alias in persona.get("aliases") or []:
            if _names_persona(alias, named):
                for name in alias.get("also_called") or []:
                    said = words(name)
                    # a mother's word in a longer nickname ("Mãe das Baianas") is hers only
                    # in the whole of it: "a mãe do Vô Tião" is still someone's mother; and so
                    # is a word of the language ("the Book Lady", "Seu Cleto da Relojoaria"):
                    # "what was your favourite book?" asks of a book, and "the" or "da" in a
                    # memory names no one
                    own |= {w for w in said if len(said) == 1 or (
                        w not in PARENT_WORDS and not _a_word_of_the_language(w))}
        ideas = frozenset(t for word in words(persona.get("relationship") or "")
                          for t, _ in terms(word) if t.startswith("c:"))
        # Longest first, so "Tio Zé" is taken before "Zé".
        ordered = tuple(sorted(phrases, key=lambda a: -len(a[0])))
        home = frozenset(names_said(str(persona.get("biography") or "")) - STOP_FOLDED - own)
        source = json.dumps([ordered, sorted(own), sorted(ideas), sorted(home), ANALYSER])
        starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        anchors: set[str] | None = set()
        for phrase, term in ordered:
            starts.setdefault(phrase[0], []).append((phrase, term))
            last = [t for t, _ in terms(phrase[-1])]
            if anchors is not None and last:
                anchors.update(last)
            else:
                anchors = None
        kin: dict[str, list[str]] = {}
        # a kinship word the persona's own names begin with ("Vô Nonato", "Uncle Des") is
        # the persona's too: it stands for no one else alone
        own_titles = {t for phrase, term in ordered if term == "a:self" and len(phrase) > 1
                      and phrase[0] in ADDRESS_WORDS for t, _ in terms(phrase[0])}
        for phrase, term in ordered:
            if len(phrase) > 1 and phrase[0] in ADDRESS_WORDS and term != "a:self":
                for idea in {t for t, _ in terms(phrase[0])
                             if t.startswith("c:") and t not in own_titles}:
                    if term not in kin.setdefault(idea, []):
                        kin[idea].append(term)
        spouse = _spouse_names(ordered, ideas)
        return Names(ordered, frozenset(own), ideas,
                     hashlib.sha256(source.encode("utf-8")).hexdigest()[:16],
                     {first: tuple(found) for first, found in starts.items()},
                     None if anchors is None else frozenset(anchors),
                     {idea: tuple(found) for idea, found in kin.items()}, home, spouse,
                     str(persona.get("birth_year") or "")[:4])

    def in_text(self, raws: list[str], firsts: list[str] | None = None) -> list[str]:
        """The alias terms whose names occur in a text's written words, once each (`firsts`:
        each written word's first folded word, when the caller has them)."""
        firsts = list(map(_first, raws)) if firsts is None else firsts
        found: dict[str, None] = {}
        for word in self.starts.keys() & set(firsts):
            candidates = self.starts[word]
            longest = max(len(phrase) for phrase, _ in candidates)
            at = firsts.index(word)
            while True:
                ahead = [w for r in raws[at:at + longest] for w in _folded(r)]
                for phrase, term in candidates:
                    if tuple(ahead[:len(phrase)]) == phrase:
                        found[term] = None
                try:
                    at = firsts.index(word, at + 1)
                except ValueError:
                    break
        return list(found)


def _names_persona(alias: dict[str, Any], named: set[str]) -> bool:
    """Whether an entry of the persona's aliases is the persona: its name is the persona's
    name or a part of it ("Iolanda" of "Iolanda Figueiredo Sampaio"), or holds all of it. A
    husband or a son who shares a surname ("Durval Sampaio") is someone else."""
    said = set(words(alias.get("name", ""))) - ADDRESS_WORDS
    return bool(said) and bool(named) and (said <= named or named <= said)


@lru_cache(maxsize=256)
def _kin_words(word: str) -> tuple[tuple[str, ...], ...]:
    """The other words of the vocabulary's groups that hold a kinship word."""
    from chalicelib.persona.vocabulary import GROUPS
    found: dict[tuple[str, ...], None] = {}
    for group in GROUPS:
        folded = [tuple(words(w)) for w in group]
        if (word,) in folded:
            found.update(dict.fromkeys(f for f in folded if f))
    return tuple(found)


def fingerprint(persona: dict[str, Any]) -> str:
    """What an index depends on in the persona's record, as a short hash."""
    return Names.of(persona).fingerprint


def _field_text(memory: dict[str, Any], name: str) -> str:
    value = memory.get(name) or ""
    text = " ".join(value) if isinstance(value, list) else str(value)
    if name == "text" and memory.get("photos"):  # its photos' captions count as its text
        text = "\n".join([text, *(p.get("caption") or "" for p in memory["photos"])])
    return text


def memory_halves(memory: dict[str, Any], names: Names) -> Counter[str]:
    """A memory's index terms with their weight in halves (title and tags count double; see
    `_halves`), the persona's names included."""
    # Split on spaces only (fast); each piece's own punctuation is dealt with, once per
    # distinct piece, by the cached `_halves` ("casou," and "casou" are the same word).
    fields = [(_field_text(memory, name).casefold(), weight)
              for name, weight in (("text", 1), ("title", 2), ("tags", 2))]
    text, title, tags = (said.split() for said, _ in fields)
    # One count, in C, of every piece's terms; the title and tags are counted twice.
    counts = Counter(chain.from_iterable(map(_halves, chain(text, title, title, tags, tags))))
    for said, field_weight in fields:
        for term in decades(said, folded=True):
            counts[term] += 2 * field_weight
    if not _PHRASE_ENDS_RAW.isdisjoint(text) or not _PHRASE_ENDS_RAW.isdisjoint(title):
        # "I grew up in Duluth" also says childhood (the words themselves stay)
        for raws, field_weight in ((text, 1), (title, 2)):
            for said in _phrases_in(raws):
                for term in _halves(said):
                    counts[term] += field_weight
    if names.starts and (names.anchors is None or not names.anchors.isdisjoint(counts)):
        for raws, field_weight in ((text, 1), (title, 2), (tags, 2)):
            firsts = list(map(_first, raws))
            if not names.starts.keys().isdisjoint(firsts):
                for term in names.in_text(raws, firsts):
                    counts[term] += 2 * field_weight
    if (not _FALSE_FRIENDS_RAW.isdisjoint(text) or not _FALSE_FRIENDS_RAW.isdisjoint(title)) \
            and _in_english(text):
        # "kept time" in an English memory says no team (`text.FALSE_FRIENDS`)
        for raws, field_weight in ((text, 1), (title, 2)):
            for raw in raws:
                for word in _folded(raw):
                    if word in FALSE_FRIENDS:
                        for term, weight in terms(word):
                            if term.startswith("c:"):
                                counts[term] -= field_weight * (2 if weight >= 1.0 else 1)
        counts = +counts
    for idea, people in names.kin.items():
        if len(people) == 1 and idea in counts and idea not in names.ideas:
            # "o vô" in a grandchild's memory is Vô Durval when the family has one "vô"
            counts[people[0]] += 2
    if len(names.spouse) == 1:
        spouse = next(iter(names.spouse))
        for couple, elders in _couples(names.ideas):
            if spouse not in counts and couple <= counts.keys() and elders.isdisjoint(counts):
                # "Mom met Dad at a dance", written by a grandmother's child: with "Mom" in
                # it, "Dad" is her husband, whatever the family calls him ("Gido Steve")
                counts[spouse] += 2
    if counts and max(counts.values()) > MAX_HALVES:  # a word said 30,000 times
        counts = Counter({term: min(count, MAX_HALVES) for term, count in counts.items()})
    return counts


def memory_terms(memory: dict[str, Any], names: Names) -> tuple[dict[str, float], float]:
    """A memory's weighted index terms (title and tags count double) and its length."""
    counts = memory_halves(memory, names)
    return {term: halves / 2 for term, halves in counts.items()}, sum(counts.values()) / 2


def _indexed(memory: dict[str, Any]) -> dict[str, Any]:
    return {k: memory[k] for k in INDEXED_FIELDS if k in memory}


def _written_at(memory: dict[str, Any]) -> str:
    return str(memory.get("updated_at") or memory.get("created_at") or "")


# -- the index ----------------------------------------------------------------------------------

@dataclass
class MemoryIndex:
    """An inverted index of one persona's memories: per term, the positions of the memories
    that have it and how often (in halves, see `_halves`)."""

    names: Names
    revision: int = 0  # the persona's memory revision this index reflects
    saved_revision: int = 0  # the revision of the saved index it came from or was saved as
    memories: list[dict[str, Any] | None] = field(default_factory=list)  # None: a gap
    positions: dict[str, int] = field(default_factory=dict)  # memory id -> position
    lengths: list[float] = field(default_factory=list)
    average_length: float = 1.0  # of the memories indexed now
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # term -> base slice
    docs: array = field(default_factory=lambda: array("I"))
    halves: array = field(default_factory=lambda: array("H"))
    extra: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # written since
    triggers: dict[int, list[list[str]]] = field(default_factory=dict)  # position -> phrases
    vectors: dict[int, list[float]] = field(default_factory=dict)
    # BM25's term-frequency part of each base posting, worked out the first time a query
    # uses the term (most terms are never asked about).
    _norms: dict[str, list[float]] = field(default_factory=dict, repr=False)
    # postings of memories since changed or deleted, per term: not counted in a term's rarity
    _dead: Counter[str] = field(default_factory=Counter, repr=False)
    _total_length: float = field(default=0.0, repr=False)  # of the memories indexed now
    _recency_map: dict[int, float] | None = field(default=None, repr=False)
    # the stems of five letters or more by first letter and length, for typing slips
    _by_initial: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False)
    # the positions holding each of a life event's ideas (`_with_term`), as first asked
    _holders: dict[str, set[int]] = field(default_factory=dict, repr=False)
    # the vectors as a matrix per length, for numpy (None: not made since the last change)
    _matrices: dict[int, tuple[list[int], Any]] = field(default_factory=dict, repr=False)
    # a memory's weighted terms by position, and the terms a piece of memory text says, as
    # first asked (a position always holds the same memory: a changed one takes a new one)
    _held_at: dict[int, dict[str, float]] = field(default_factory=dict, repr=False)
    _said_in: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._total_length = sum(self.lengths[p] for p in self.positions.values())

    def _lengths_changed(self) -> None:
        """A memory came or went: BM25's length normalisation follows the new average, so
        an index changed in place ranks as a fresh build of the same memories would."""
        live = len(self.positions)
        self.average_length = self._total_length / live if live else 1.0
        self._norms.clear()
        self._holders.clear()
        self._recency_map = None
        self._by_initial = None

    def _held(self, position: int) -> dict[str, float]:
        """The weighted index terms of the memory at a position (`memory_terms`), worked out
        once: the search reads them for each question the memory comes close to."""
        held = self._held_at.get(position)
        if held is None:
            held = self._held_at[position] = memory_terms(self.memories[position] or {},
                                                          self.names)[0]
        return held

    def _said(self, text: str) -> frozenset[str]:
        """The index terms a piece of memory text says (a sentence, two sentences), the
        persona's names included, worked out once per piece (at most SAID_CACHE pieces)."""
        said = self._said_in.get(text)
        if said is None:
            if len(self._said_in) >= SAID_CACHE:
                self._said_in.clear()
            said = self._said_in[text] = frozenset(memory_halves({"text": text}, self.names))
        return said

    def _norm(self, halves: int, position: int) -> float:
        """BM25's term-frequency part for a count (in halves) in the memory at a position."""
        scale = 2 * K1 * (1 - B + B * self.lengths[position] / self.average_length)
        return halves * (K1 + 1) / (halves + scale)

    @property
    def fingerprint(self) -> str:
        return self.names.fingerprint

    @property
    def self_names(self) -> frozenset[str]:
        return self.names.own

    def __len__(self) -> int:
        return len(self.positions)

    def size_chars(self) -> int:
        """The text the index holds (what a cache of indexes is bounded by)."""
        return sum(len(m.get("text") or "") + len(m.get("title") or "")
                   for m in self.memories if m is not None)

    # -- changes --

    def copy(self) -> MemoryIndex:
        """An index to change while searches go on in this one (the base is shared: it never
        changes in place)."""
        twin = MemoryIndex(
            self.names, self.revision, self.saved_revision, list(self.memories),
            dict(self.positions), list(self.lengths), self.average_length, self.spans,
            self.docs, self.halves, {t: list(p) for t, p in self.extra.items()},
            dict(self.triggers), dict(self.vectors))
        twin._dead = Counter(self._dead)
        twin._total_length = self._total_length
        return twin

    def upsert(self, memory: dict[str, Any]) -> None:
        """Add a memory, or replace the indexed version of one with the same id."""
        self._forget(memory["id"])
        position = len(self.memories)
        counts = memory_halves(memory, self.names)
        length = sum(counts.values()) / 2 or 1.0
        self.memories.append(memory)
        self.positions[memory["id"]] = position
        self.lengths.append(length)
        self._total_length += length
        for term, halves in counts.items():
            self.extra.setdefault(term, []).append((position, halves))
        phrases = [w for w in (words(t) for t in memory.get("triggers") or []) if w]
        if phrases:
            self.triggers[position] = phrases
        if memory.get("embedding"):
            self.vectors[position] = list(memory["embedding"])
        self._matrices.clear()
        self._lengths_changed()

    def remove(self, memory_id: str) -> None:
        """Forget a memory (its postings stay until the base is repacked, skipped as a gap)."""
        if self._forget(memory_id):
            self._lengths_changed()

    def _forget(self, memory_id: str) -> bool:
        position = self.positions.pop(memory_id, None)
        if position is None:
            return False
        old = self.memories[position]
        if old is not None:
            self._dead.update(memory_halves(old, self.names).keys())
        self._total_length -= self.lengths[position]
        self.memories[position] = None
        self.triggers.pop(position, None)
        self.vectors.pop(position, None)
        self._matrices.clear()
        return True

    # -- search --

    def search(self, query: str, limit: int,
               query_vector: list[float] | None = None) -> list[tuple[dict[str, Any], float]]:
        """The best memories for a query, with their scores (best first, ties by recency)."""
        return [(hit.memory, hit.score) for hit in self.hits(query, limit, query_vector)]

    def hits(self, query: str, limit: int, query_vector: list[float] | None = None,
             calibrated: bool = True) -> list[Hit]:
        """The best memories for a query with their scores and relevance, best first; the
        best one also with how sure the search is that it answers.

        With a query vector (and memories that have one) the ranking is hybrid: each memory's
        lexical score, as a share of the best one's, plus how much closer than the persona's
        average memory its vector stands to the question's (in spreads, weighted by
        CLOSENESS_WEIGHT). A memory no word reaches enters only by standing well above the
        average (CLOSE_ALONE). The confidence weighs the closeness too only for vectors of the
        model its hybrid figures were trained on (`calibrated`); for another model's (Titan's,
        unmeasurable here) the lexical figures of the memory chosen decide."""
        closeness = self._closeness(query_vector)
        depth = max(limit, LEXICAL_DEPTH) if closeness else limit
        plan, lexical = self._lexical(query, depth)
        ranking = self._fused(plan, lexical, closeness) if closeness else lexical
        ranking = self._been_there_first(plan, ranking)
        found = [Hit(self.memories[p] or {}, score, self._coverage(plan, p)[0])
                 for p, score in ranking[:limit]]
        if found:
            figures = self._figures(plan, ranking, dict(lexical), closeness)
            if not calibrated:
                figures = figures[:4]
            found[0] = replace(found[0], confidence=confidence.confidence(figures))
        return found

    def _been_there_first(self, plan: _Plan,
                          ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Asked "have you been to Bahia?", a first memory that names the place only in a
        saying or as a word that describes ("ele dizia: 'um dia eu volto pra Bahia'") gives way
        to the next, among the best COVERED_DEPTH, that says every word and was there
        ("nasceu em Itabuna, na Bahia")."""
        if not ranking or _been_to(plan.query, self.memories[ranking[0][0]] or {}):
            return ranking
        for number, pair in enumerate(ranking[1:COVERED_DEPTH], 1):
            if self._coverage(plan, pair[0])[0] >= COVERED and \
                    _been_to(plan.query, self.memories[pair[0]] or {}):
                return [pair, *ranking[:number], *ranking[number + 1:]]
        return ranking

    def _closeness(self, query_vector: list[float] | None) -> dict[int, float]:
        """How much closer than the average memory each memory's vector stands to the
        question's, in standard deviations (vectors of another model are left out: Titan's and
        the local model's differ in length). Empty without a query vector or with under
        CLOSE_MIN vectors."""
        if not query_vector:
            return {}
        size = len(query_vector)
        numpy = _numpy()
        if numpy is not None:  # make run: 2,000 vectors in a fraction of a millisecond
            positions, matrix = self._matrix(size)
            if len(positions) < CLOSE_MIN:
                return {}
            # einsum, not `@`: OpenBLAS spreads a matrix-vector product over threads, which on
            # a busy 2-core machine wait for each other (p95 8 ms at 2,000 against 0.2)
            near = numpy.einsum("ij,j->i", matrix, numpy.asarray(query_vector, numpy.float32))
            spread = float(near.std())
            if spread <= 1e-9:
                return {}
            return dict(zip(positions, ((near - near.mean()) / spread).tolist(), strict=True))
        similar = {p: cosine(query_vector, v) for p, v in self.vectors.items() if len(v) == size}
        if len(similar) < CLOSE_MIN:
            return {}
        mean = sum(similar.values()) / len(similar)
        spread = math.sqrt(sum((s - mean) ** 2 for s in similar.values()) / len(similar))
        return {p: (s - mean) / spread for p, s in similar.items()} if spread > 1e-9 else {}

    def _matrix(self, size: int) -> tuple[list[int], Any]:
        """The vectors of one length as a float32 matrix, made once until a memory changes."""
        cached = self._matrices.get(size)
        if cached is None:
            numpy = _numpy()
            positions = [p for p, v in self.vectors.items() if len(v) == size]
            matrix = numpy.array([self.vectors[p] for p in positions], dtype=numpy.float32)
            cached = self._matrices[size] = (positions, matrix.reshape(len(positions), size))
        return cached

    def _fused(self, plan: _Plan, lexical: list[tuple[int, float]],
               closeness: dict[int, float]) -> list[tuple[int, float]]:
        """The lexical ranking and the closeness of vectors in one score, best first; asked
        for a date, an amount, a name or a colour, a memory among the best LIFTED_DEPTH that
        holds one, said of what is asked, lifted by FUSED_ANSWER_LIFT (a memory close in
        meaning but with no year cannot say when); and a memory that says every word of the
        question first, among the best COVERED_DEPTH, when the first does not."""
        top = lexical[0][1] if lexical and lexical[0][1] > 0 else 1.0
        fused = {p: s / top + CLOSENESS_WEIGHT * closeness.get(p, 0.0) for p, s in lexical}
        for position in heapq.nlargest(FUSION_DEPTH, closeness, key=closeness.__getitem__):
            close = closeness[position]
            if position not in fused and close >= CLOSE_ALONE:
                fused[position] = CLOSENESS_WEIGHT * close
        if plan.wanted:
            for position in heapq.nlargest(LIFTED_DEPTH, fused, key=fused.__getitem__):
                if fused[position] > 0 and self._holds(plan, position):
                    fused[position] *= FUSED_ANSWER_LIFT
        if self._of_persona(plan, plan.query):
            # the persona's own wedding before a daughter's that reads closer ("Quando eu
            # casei com o Jorge" to "quando vocês casaram?"): the meaning, too, is lowered
            for position, score in fused.items():
                if self._someone_elses(plan, position):
                    fused[position] = score - (1 - OTHERS_EVENT) * abs(score)
        ranking = sorted(fused.items(), key=lambda pair: (-pair[1], -pair[0]))
        if ranking and self._coverage(plan, ranking[0][0])[1] >= confidence.UNANSWERED_MAX:
            for number, pair in enumerate(ranking[1:COVERED_DEPTH], 1):
                if self._coverage(plan, pair[0])[0] >= COVERED:
                    return [pair, *ranking[:number], *ranking[number + 1:]]
        words_first = dict(lexical)
        if plan.wanted and ranking and not self._holds(plan, ranking[0][0]):
            # "what was your dad's name?": the memory of the birth, closer in meaning, that
            # says where the father worked and never his name, gives way to the next that
            # the words put before it, says every word and the name ("Meu pai, Lauro
            # Guedes, subia na barcaça")
            first = words_first.get(ranking[0][0], 0.0)
            for number, pair in enumerate(ranking[1:COVERED_DEPTH], 1):
                if words_first.get(pair[0], 0.0) > first and \
                        self._coverage(plan, pair[0])[0] >= COVERED and self._holds(plan, pair[0]):
                    return [pair, *ranking[:number], *ranking[number + 1:]]
        said_all = lexical[0][0] if lexical else None
        if ranking and said_all is not None and ranking[0][0] != said_all:
            covered = self._coverage(plan, said_all)[0]
            if covered >= COVERED and \
                    self._coverage(plan, ranking[0][0])[0] <= covered - COVERED_MARGIN:
                return [(said_all, fused[said_all]),
                        *(pair for pair in ranking if pair[0] != said_all)]
        return ranking

    def _lexical(self, query: str, depth: int) -> tuple[_Plan, list[tuple[int, float]]]:
        """The query's plan and its lexical ranking (at least two deep, for the confidence),
        with a memory that holds what a "when" or "how many" asks for lifted a little."""
        plan = self._plan(query)
        wanted = plan.wanted
        parents = frozenset(t for _, unit in plan.units for t, _ in unit if t.startswith("p:"))
        lexical = self._ranked(plan, max(2, depth * 3 if wanted or parents else depth))
        if parents:
            # "your mum" asked of a grandmother: the memories that speak of her mother ("Nan's
            # mum, Great-Gran Ivy") before the many that only say "Mum" of the persona
            lexical = sorted(((p, s * PARENT_LIFT if not parents.isdisjoint(
                self.parents_in(self.memories[p] or {})) else s) for p, s in lexical),
                key=lambda pair: (-pair[1], -pair[0]))
        if wanted:
            lexical = self._answering(lexical, plan)
        if self._of_persona(plan, query) and lexical:
            # asked of the persona: their own wedding before a son's
            lexical = sorted(((p, s * OTHERS_EVENT if self._someone_elses(plan, p) else s)
                              for p, s in lexical), key=lambda pair: (-pair[1], -pair[0]))
        if plan.asked and len(lexical) > 1:
            # "que máquina a senhora usava pra costurar?": of memories alike, the one that says
            # which machine ("numa máquina Singer de pedal") before one that names only the
            # thing ("dormia em cima da máquina de costura")
            lexical = sorted(((p, s * WHICH_UNSAID if says_which(
                query, self.memories[p] or {}) is False else s) for p, s in lexical),
                key=lambda pair: (-pair[1], -pair[0]))
        if wanted or parents:
            lexical = lexical[:max(2, depth)]
        return plan, lexical

    def _tells_asked(self, plan: _Plan, position: int) -> bool:
        """Whether a memory says the kind of thing a "which X" asks for: it says the kind, or
        names one where the question's words are, or tells the dish or the kind of it."""
        memory = self.memories[position] or {}
        return not _named_only(plan) and not plan.asked.isdisjoint(self._held(position)) or (
            plan.asked_named and self._holds(_named_kind_asked(plan), position)) or (
            plan.asked_named and self._holds_in_place(plan, position)) or \
            _tells_dish(plan, memory) or _tells_kind(plan, memory) or (
                asked_thing(plan.query) in _NUMBERED_KINDS and
                self._holds(replace(plan, wanted="number"), position)) or (
                asked_thing(plan.query) in _TOWNS and _names_a_town(memory, plan.known)) or \
            _tells_part(plan, memory) or self._tells_team(plan, memory) or (
                asked_thing(plan.query) in _HEALERS and
                bool(_DOCTOR_NAMED.search(_field_text(memory, "text")))) or (
                asked_thing(plan.query) in _CARRIERS and
                bool(_CARRIED_BY.search(_field_text(memory, "text"))))

    def _holds_in_place(self, plan: _Plan, position: int) -> bool:
        in_place = _named_kind_in_place(plan)
        return in_place is not None and self._holds(in_place, position)

    def _only_the_one_before(self, plan: _Plan, position: int) -> bool:
        """Whether a question asks for the one before or after a thing it names ("the dog you
        had before Baleia", "o carro depois da perua Ford", "the bandmaster after Mr Haddow")
        and the memory names nothing else a name could answer with."""
        named = _BEFORE_OR_AFTER_NAMED.search(plan.query)
        if not named or fold(named.group(1)) in _CALENDAR_WORDS | _FEASTS:
            return False  # "the dessert after your Sunday roast": a day, no thing named
        memory = self.memories[position] or {}
        text = f"{_field_text(memory, 'title')}. {_field_text(memory, 'text')}"
        aliases = {w for phrase, _ in self.names.aliases for w in phrase}
        others = names_said(text) - plan.known - ADDRESS_WORDS - _CALENDAR_WORDS - aliases
        # an institution's name is no other one of a kind ("he followed her to the School of
        # the Air studio" names no dog after Nugget)
        others -= {w for found in _INSTITUTION.findall(text) for w in words(found)}
        return not others


    def _folded(self, position: int) -> str:
        """A memory's title and text as its folded words, one space apart (what the phrase
        checks of the confidence read)."""
        memory = self.memories[position] or {}
        return " ".join(words(f"{_field_text(memory, 'title')} {_field_text(memory, 'text')}"))

    def _figures(self, plan: _Plan, ranking: list[tuple[int, float]],
                 lexical: dict[int, float], closeness: dict[int, float]) -> list[float]:
        """The figures the confidence is computed from, for the best memory of a ranking: the
        lexical four, and with vectors how much closer than average the memory stands."""
        position = ranking[0][0]
        relevance, unanswered = self._coverage(plan, position)
        if plan.wanted and not self._holds(plan, position):
            # asked "when" or "how much", a memory without a date or an amount cannot say it
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if plan.asked and not self._tells_asked(plan, position):
            # asked which flowers, a memory that never speaks of flowers cannot say (asked
            # which town, one that names a town where the question's words are can; asked
            # which dish, one that tells what was cooked or eaten names it: "a batchan fazia
            # nishime", "he learnt to make pão de queijo")
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if _ASKS_FAVOURITE.search(plan.query) and not _PREFERS.search(
                f"{_field_text(self.memories[position] or {}, 'title')} "
                f"{_field_text(self.memories[position] or {}, 'text')}") and not (
                asked_thing(plan.query) in _TEAMS and
                _FAN.search(_field_text(self.memories[position] or {}, "text"))):
            # asked for a favourite, a memory that tells of films or of the Christmas dinner
            # but of no liking cannot say which (a fan's club is the one liked: "o vô era
            # gremista doente" to "qual era o time do coração do senhor?")
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if _first_of_a_kind(plan.query) and not _SAYS_FIRST.search(_FIRST_TIME.sub(" ", " ".join(
                words(f"{_field_text(self.memories[position] or {}, 'title')} "
                      f"{_field_text(self.memories[position] or {}, 'text')}")))):
            # asked for the first car or the very first film, a memory of a car or of films
            # that says no first (nor a beginning) cannot say which was
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if _later_of_a_kind(plan.query) and not _SAYS_ANOTHER.search(self._folded(position)):
            # asked for the second dog or the third house, a memory of a dog that says no
            # second, no other and no "again" tells of one, not of which came after
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if not _been_to(plan.query, self.memories[position] or {}):
            # "o senhor já foi a Dublin?": a memory where Dublin is where someone went, was or
            # came from, not "the rhythm of a Dublin bus"
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if _ASKS_AGAINST.search(plan.query) and not _SAYS_AGAINST.search(self._folded(position)):
            # "contra quem o seu time jogou a final?": a memory of the title won that names
            # no side played against cannot say who it was
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if _ABOUT_NOW.search(plan.query):
            # "could you recommend a laptop for uni?", "a senha do wifi": today's world, which
            # no memory of a life holds
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if self._only_the_one_before(plan, position):
            # "what car did you drive after the Buick?" against the Buick's memory, which
            # names no other
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        if other_one(plan.query, self.memories[position] or {}) or self._other_kin(
                plan.query, self.memories[position] or {}):
            # "your second dog" against the first one's memory, "your sister" the brother's
            unanswered = max(unanswered, confidence.UNANSWERED_MAX)
        score = lexical.get(position, 0.0)
        next_score = max((s for p, s in lexical.items() if p != position), default=0.0)
        figures = confidence.features(relevance, score, next_score, unanswered)
        if closeness:
            figures.append(closeness.get(position, 0.0))
        return figures

    def best_figures(self, query: str, query_vector: list[float] | None = None
                     ) -> tuple[str, list[float]] | None:
        """The best memory's id and the figures its confidence is computed from (for
        scripts/build_answer_model.py); None when no memory is found."""
        closeness = self._closeness(query_vector)
        plan, lexical = self._lexical(query, LEXICAL_DEPTH if closeness else 2)
        ranking = self._fused(plan, lexical, closeness) if closeness else lexical
        if not ranking:
            return None
        best = (self.memories[ranking[0][0]] or {}).get("id", "")
        return best, self._figures(plan, ranking, dict(lexical), closeness)

    def confidence_of(self, query: str, memory_id: str, query_vector: list[float] | None = None,
                      calibrated: bool = True) -> float | None:
        """How sure the search would be that this memory answers the query were it the best
        one found (a short question's memory chosen by its topic, `turn/compose.py`): its
        figures against the others the query finds. None for a memory the index lacks."""
        position = self.positions.get(memory_id)
        if position is None or self.memories[position] is None:
            return None
        closeness = self._closeness(query_vector)
        plan, lexical = self._lexical(query, LEXICAL_DEPTH if closeness else 2)
        ranking = self._fused(plan, lexical, closeness) if closeness else lexical
        scores = dict(ranking)
        first = [(position, scores.get(position, 0.0)),
                 *((p, score) for p, score in ranking if p != position)]
        figures = self._figures(plan, first, dict(lexical), closeness)
        return confidence.confidence(figures if calibrated else figures[:4])

    def lexical(self, query: str) -> list[tuple[int, float]]:
        """Every memory the words of the query reach, as (position, score), best first."""
        return self._ranked(self._plan(query))

    def _answering(self, ranked: list[tuple[int, float]], plan: _Plan
                   ) -> list[tuple[int, float]]:
        """The ranking with a memory that holds the kind of thing asked for (a year for
        "when", a number for "how many") lifted a little: among memories about the same
        thing, the one that can answer comes first."""
        lifted = []
        for position, score in ranked:
            held = self._holds(plan, position)
            lifted.append((position, score * ANSWER_LIFT if held else score))
        return sorted(lifted, key=lambda pair: (-pair[1], -pair[0]))

    def others_events(self, query: str, memory_ids: Sequence[str]) -> set[str]:
        """See the module's `others_events`."""
        plan = self._plan(query)
        if not self._of_persona(plan, query):
            return set()
        return {memory_id for memory_id in memory_ids if memory_id in self.positions
                and self._someone_elses(plan, self.positions[memory_id])}

    @staticmethod
    def _of_persona(plan: _Plan, query: str) -> bool:
        """Whether a question asks of the persona's own life: it names no one else, asks no
        who or name, and no kinsman's ("when did you get married?")."""
        return any(not unit.isdisjoint(LIFE_EVENTS) for unit in plan.about) and \
            (not plan.people or len(plan.people) == 1 and _WITH_YOU.search(query) is not None) \
            and plan.wanted != "name" and not any(
                t.startswith("p:") for _, unit in plan.units for t, _ in unit) and \
            _ASKS_WHO.search(query) is None and OTHER_KIN.isdisjoint(words(query)) and \
            not _askers_own(words(query))  # "at my wedding": the asker's own

    def _someone_elses(self, plan: _Plan, position: int) -> bool:
        """Whether every clause of the memory that says what the question asks about tells
        of someone other than the persona (and one does): "When our son Lucas was born" to
        "where were you born?". Read once per memory and question."""
        found = plan.elsewhere.get(position)
        if found is None:
            found = plan.elsewhere[position] = self._tells_of_another(plan, position)
        return found

    def _tells_of_another(self, plan: _Plan, position: int) -> bool:
        events = [unit for unit in plan.about if not unit.isdisjoint(LIFE_EVENTS)]
        if not any(position in self._with_term(t) for unit in events for t in unit
                   if t in LIFE_EVENTS):
            return False  # it tells of no such event at all (most memories: the cost)
        told = False
        text = _field_text(self.memories[position] or {}, "text")
        writer: frozenset[str] | None = None
        previous = ""
        for clause in _CLAUSE.split(text):
            before, previous = previous, clause
            raws = clause.casefold().split()
            said = set(chain.from_iterable(map(_halves, raws)))
            if not any(not unit.isdisjoint(said) for unit in events):
                continue
            folded = [w for raw in raws for w in _folded(raw)]
            if told and all(before in _BACK or farther in _BACK
                            for farther, before, word in zip(["", "", *folded], ["", *folded],
                                                             folded, strict=False)
                            if any(not unit.isdisjoint(_halves(word)) for unit in events)):
                # "... a mamãe fez questão de anunciar o casamento", "Mom and Dad flew to
                # Curitiba for the second wedding party": the one told before
                continue
            if all(word in _MANY_EVENTS for word in folded
                   if any(not unit.isdisjoint(_halves(word)) for unit in events)):
                # "she'd done the flowers for over two thousand weddings", "fez os doces de
                # tantos casamentos": events said in the plural are the many others', never
                # the persona's own wedding asked of
                told = True
                continue
            if _events_owned(folded, events) or self._of_the_name_before(before, folded, events):
                # "o vestido de noiva da irmã dela", "my sister's wedding": every such event
                # said is a kinsman's, whoever else the clause names; "Jasbir, born in the
                # village": said right after someone else's name, it is theirs
                told = True
                continue
            if any((w in self.names.own or w in _THIRD_PERSON or self._addresses_persona(w))
                   and not _kins_of(folded, at) for at, w in enumerate(folded)):
                return False  # the persona, or someone who may be ("the scar on her knee")
            # (a nickname that is a small word, "Em" of Emily, is no one in "em 1966")
            # (a wedding to the persona's spouse is the persona's: "Casei com a Edite em 1959",
            # written in the persona's voice, of a grandfather whose wife is Edite)
            spouse = self.names.spouse if any(not unit.isdisjoint(said) and
                                              not unit.isdisjoint(_WEDDING)
                                              for unit in events) else frozenset()
            others = [term for phrase, term in self.names.aliases
                      if term != "a:self" and term not in spouse
                      and not set(phrase) <= STOP_FOLDED and _contains(folded, list(phrase))]
            if not others and OTHER_KIN.isdisjoint(folded) and not _WRITER.isdisjoint(folded) \
                    and writer is None:
                # "eu" is the writer, someone else, when the memory speaks of the persona as
                # another ("Quando eu casei com o Jorge, a mamãe..."); in the persona's own
                # writing, the persona
                # (by a name of the persona's own, not a surname or a title the family
                # shares: "filho de seu Geraldo Guimarães" does not name Antônio Carlos
                # Guimarães; or as her children call her, "a mamãe fez questão de anunciar")
                said_words = words(text)
                own = _own_given_names(self.names.aliases)
                writer = _WRITER if _CHILDS_PARENT.search(text) or any(
                    self._addresses_persona(w) or w in own for w in said_words) or any(
                    term == "a:self" and _contains(said_words, list(phrase))
                    for phrase, term in self.names.aliases) else frozenset()
            if not (others or OTHER_KIN.intersection(folded) or
                    (writer or frozenset()).intersection(folded)):
                return False  # no one named: the persona, as families write ("Casou em 1958")
            told = True
        return told

    def _of_the_name_before(self, before: str, folded: list[str],
                            events: list[frozenset[str]]) -> bool:
        """Whether a clause that opens on the event goes on from a name that is not the
        persona's: "Biji had three children: Jasbir, born in the village in 1961" (Jasbir's
        birth), not "Biji, born in 1940 in Chak Sahibpur" (hers)."""
        last = before.split()[-1:]
        if not last or not folded or all(unit.isdisjoint(_halves(folded[0])) for unit in events):
            return False
        name = fold(last[0].strip("'’\"“”"))
        if name in OTHER_KIN and not last[0][:1].isupper():
            return True  # "Minha filha Ana Clara, a primeira neta, nasceu em 1999": the girl's
        if not last[0][:1].isupper():
            return False
        return name not in self.names.own and name not in ADDRESS_WORDS and not any(
            name in phrase for phrase, term in self.names.aliases if term == "a:self") and \
            name not in PERSON_WORDS and name not in STOP_FOLDED

    def _holds(self, plan: _Plan, position: int) -> bool:
        """Whether the memory holds the kind of thing the question asks for, said of what the
        question asks it of: the year in the sentence that tells of the death, not in the one
        that tells how the dog came ("em que ano o Sultão morreu?"). A sentence may say it
        of the one before ("Era cor de vinho" of the coat). The memory's own date answers
        "when" if the memory speaks of what is asked, unless its text says the date too."""
        memory = self.memories[position] or {}
        wanted = plan.wanted or ""
        if wanted == "count" and _ASKS_TRIES.search(plan.query):
            # "how many tries did it take?": "on the fourth try" says it, of what is asked
            if any(_ORDINAL_TRY.search(sentence) and any(
                    not unit.isdisjoint(self._said(sentence)) for unit in plan.about)
                    for sentence in _SENTENCE.split(_field_text(memory, "text"))):
                return True
        if not holds_answer(memory, wanted, plan.known):
            return False
        if not plan.about and not (wanted == "job" and plan.people):
            return True  # "em que ano?" after a topic: nothing to say it of
        text = _field_text(memory, "text")
        date = str(memory.get("date") or "")
        if wanted in ("when", "year") and date and date[:4] not in text:
            held = self._held(position).keys()
            return any(not unit.isdisjoint(held) for unit in plan.about)
        # (a date the text repeats is the date of the sentence that says it)
        sentences = [_field_text(memory, "title"), *_SENTENCE.split(text)]
        if wanted == "who" and _bought_of_persona(plan.query):
            # "who bought the milk bar from you?": a sentence that tells a sale, not one that
            # tells only a purchase ("In 1962 Nana and Papou bought the Olympia")
            # (a memory that tells no sale at all cannot say: "A Morena", how he bought her)
            if not _SOLD.search(text):
                return False
            sentences = [sentence for sentence in sentences
                         if not _PAID.search(sentence) or _SOLD.search(sentence)]
            if any(self._sold_to_someone(sentence, plan) for sentence in sentences[1:]):
                return True
        if wanted == "who" and _ASKS_HOLDER.search(plan.query) and any(
                _HELD_BY.search(sentence) and self._names_someone(sentence, plan) and any(
                    not unit.isdisjoint(_terms_said(window)) for unit in plan.about)
                for sentence, window in zip(sentences, [
                    " ".join(sentences[max(0, number - 1):number + 1])
                    for number in range(len(sentences))], strict=True) if sentence):
            # "who has your poncho now?": "hoje está com o Rafa", "Uncle Graham has it now",
            # "Hoje ela fica na estante da Sônia" (of the mug the sentence before tells)
            return True
        if wanted == "who":
            # who, said in the sentence or in the one before it, of whom this one goes on
            # ("Harold... was Grandpa's best friend. They went ice fishing together")
            windows = [" ".join(sentences[max(1, number - 1):number + 1]) if number else sentence
                       for number, sentence in enumerate(sentences) if sentence]
            # ... and "he" or "she" read as the one the sentence before named, however long
            # it was ("...no alambique do Seu Quintino Ramos, carregando bagaço e lavando
            # dorna. Foi ele que me ensinou a separar a cabeça e o rabo da cachaça")
            windows += [resolved for number in range(2, len(sentences))
                        if (resolved := _pronoun_named(sentences[number - 1],
                                                       sentences[number]))]
            # who taught is whom one learnt from ("quem ensinou o senhor a tocar acordeão?":
            # "which he learnt from his uncle Angus"), and the other way round
            plan = replace(plan, about=tuple(_with_converse(unit) for unit in plan.about))
            return any(self._named_near(window, plan) or self._kin_near(window, plan)
                       for window in windows
                       if any(not unit.isdisjoint(_terms_said(window)) for unit in plan.about))
        elder, younger = _ELDER.search(plan.query), _YOUNGER.search(plan.query)
        if bool(elder) != bool(younger):
            # "o seu irmão mais velho" is not "o irmão mais novo dela"
            other = _YOUNGER if elder else _ELDER
            sentences = [sentence for sentence in sentences if not other.search(sentence)]
        asked = _surname_of(plan.query) - self.names.own - ADDRESS_WORDS \
            if wanted == "name" else set()
        if asked:
            from chalicelib.persona import lexicon
            if not asked.isdisjoint(proper_names(plan.query)) or not any(
                    lexicon.translations(word) for word in asked):
                # "what's Manong Isidro's last name?": a name said after his, not his own again
                return any(_surname_after(sentence, asked) for sentence in sentences[1:])
            # "o sobrenome da moça do caixa": said where a family name is, not only the name
            # she went by
            sentences = [sentence if _FAMILY_NAME.search(sentence) else ""
                         for sentence in sentences]
            if not any(sentences):
                return False
        if wanted == "name":
            if self._titled_by_name(memory, plan) or self._names_its_titled_thing(memory, plan):
                return True
            return any(self._named_near(sentence, plan) or self._names_after(sentence, plan) or (
                number > 1 and bool(_NAMING.search(sentence)) and self._names_back(
                    sentence, sentences[number - 1], plan))
                for number, sentence in enumerate(sentences) if sentence)
        # a span is said of the one who lasted it as well, and a trade of the one who plied it
        # ("quanto tempo a Pipoca ficou com a gente?": "...e viveu dezesseis anos", of the
        # Pipoca of the sentence before; "what did Aunt Bernie do for work?")
        of_whom = (*plan.about, *(frozenset(t for t, _ in plan.units[number][1])
                                  for number in plan.people)) if wanted in ("duration", "job") \
            else plan.about
        counted = _counted(plan.query) if wanted == "count" else None
        aged = wanted == "count" and _asks_an_age(plan.query)
        # a price paid is not one a thing was sold for, nor the other way round ("quanto o
        # senhor pagou na Morena?" against "vendeu a Morena... por trinta e dois mil reais")
        other_side = _other_side_of_a_sale(plan.query) if wanted == "price" else None
        parental = wanted in ("duration", "job") and any(
            t.startswith("p:") for _, unit in plan.units for t, _ in unit)
        # a count is told by a memory that speaks of whom the question counts for: "quantos
        # filhos a dona Kimie tinha?" is not answered by "A batchan teve três filhos"
        # (children, brothers, grandchildren counted of one of the family by name; eggs "no
        # bolo da Rosinha" may be counted in her own words, "Quando eu casei...")
        relatives = [frozenset(t for t, _ in plan.units[number][1]) for number in plan.people
                     if all(t.startswith("a:") for t, _ in plan.units[number][1])]
        found = _HOW_MANY.search(" ".join(words(plan.query))) if relatives else None
        if wanted == "count" and found and fold(found.group(1)) in OTHER_KIN:
            told = self._said(text)
            if all(unit.isdisjoint(told) for unit in relatives):
                return False
        for number, sentence in enumerate(sentences):
            if other_side is not None and other_side.search(sentence) and \
                    not _side_of_a_sale(plan.query).search(sentence):
                continue
            if sentence and holds_answer({"text": sentence}, wanted, plan.known) and (
                    counted is None or _counts_of(sentence, counted)) and (
                    not aged or _says_an_age(sentence)) and (
                    wanted != "colour" or _a_colour_of(sentence, of_whom)):
                # the sentence before lends what it speaks of only to one that goes on with
                # it ("Era cor de vinho.", "It cost him a week's pay."), not to one with a
                # subject of its own ("Bapuji met her with a borrowed grey coat")
                lends = number == 1 or not self._own_subject(sentence, memory)  # 1: title
                window = " ".join(sentences[number - 1:number + 1]) if lends else sentence
                said = self._said(window)
                if parental:
                    # "what did your father do?": "children of Michalis, a sponge diver"
                    said = said | self.parents_in({"text": window})
                if any(not unit.isdisjoint(said) for unit in of_whom):
                    return True
        return False

    def _tells_team(self, plan: _Plan, memory: dict[str, Any]) -> bool:
        """Whether a question asks which team and the memory names a club the persona was a
        fan of ("o vô era vascaíno doente... quando o Vasco foi campeão")."""
        text = _field_text(memory, "text")
        return asked_thing(plan.query) in _TEAMS and _FAN.search(text) is not None and \
            self._names_someone(text, plan)

    def _names_someone(self, sentence: str, plan: _Plan) -> bool:
        """Whether a sentence names someone the question does not: a name, not a place's
        ("em Pelotas", "in Penrith")."""
        named = names_said(sentence) - plan.known - ADDRESS_WORDS
        said = words(sentence)
        return bool(named - _names_run_after(said, named, _WHERE_OR_WHOSE_BEFORE - {
            "da", "do", "das", "dos"}) - _CALENDAR_WORDS)

    def _sold_to_someone(self, sentence: str, plan: _Plan) -> bool:
        """Whether a sentence tells a thing sold to someone named or said by who they were,
        however far the buyer stands from the sale ("They sold the Olympia in 1992 to a
        Vietnamese family, the Nguyens"; "vendeu a Morena pra um caminhoneiro... chamado
        Valdemar")."""
        sold = _SOLD_TO.search(sentence)
        if sold is None:
            return False
        buyer = sentence[sold.end():]
        return bool(names_said(buyer) - plan.known - ADDRESS_WORDS) or bool(
            _person_words(buyer) - plan.known)

    def _own_subject(self, sentence: str, memory: dict[str, Any]) -> bool:
        """Whether a sentence opens on a subject of its own (an article or a possessive, one
        of the family, a name the memory says): "Bapuji had come ahead...", "A tia trouxe...";
        not "Era cor de vinho", "Dizia que eram uns sessenta", "There are fifty-eight"."""
        first = next(iter(words(sentence)), "")
        return first in _DETERMINERS or first in PERSON_WORDS or first in OTHER_KIN or (
            first in self.names.own) or any(first in phrase for phrase, _ in self.names.aliases) \
            or first in names_said(_field_text(memory, "text"))

    def _named_near(self, sentence: str, plan: _Plan) -> bool:
        """Whether the sentence says a name next to what the question asks the name of (at most
        NAME_NEAR words apart): "o primeiro cachorro lá de casa foi o Sultão", not the town the
        dog was taken hunting in, nor the car of the sentence before ("como chamava o jegue
        que puxou a Brasília?" against "trocou o Fusca por uma Brasília... puxada por um
        jegue"); of an animal or a thing, not the name of one of the family ("Our sheepdog
        Pero came down from Uncle Huw's farm")."""
        named = names_said(sentence) - plan.known - ADDRESS_WORDS
        if named:
            named -= _names_of_other_kinds(words(sentence), named, plan.about,
                                           beasts=plan.of_a_place)
        if named and plan.of_a_place:
            named -= _beasts_named(sentence, named)
        if named and plan.of_a_thing:
            named -= {w for phrase, _ in self.names.aliases for w in phrase}
            named -= _people_in(words(sentence), named)
        if named and plan.of_a_thing and not plan.of_a_place:
            # an owner's or a place's name is not an animal's or a thing's: "under the Cox's
            # tree", "Uncle Huw's farm", "a vira-lata que apareceu na garagem da Viação" (a
            # shop's, a school's or a ship's may be: "she worked at Woolworths")
            named -= {w for owner in _OWNER.findall(sentence) for w in words(owner)}
            # (the whole of it: "Servi o exército em Santa Maria", no horse's name)
            named -= _names_run_after(words(sentence), named, _WHERE_OR_WHOSE_BEFORE)
        if named and plan.wanted == "name" and (
                not plan.of_a_person or _named_a_person(plan.query)) and (
                not (plan.of_a_thing or plan.of_a_place) or
                plan.of_a_place and asked_thing(plan.query) not in _TOWN_LIKE):
            # the name of a greengrocer, a club, a hospital: not the street or the town it was
            # on or in ("the Jamaican greengrocer on Catford Broadway", "a boarding house on
            # Manor Avenue in Brockley" to "which hospital did you work at?")
            named -= _names_run_after(words(sentence), named, _ON_OR_IN, own_kind=True)
            named -= _CALENDAR_WORDS  # "on 2 October 1966": a month is no one's name
        parent = plan.near == PARENT_NEAR and not plan.of_a_place
        if named and (plan.of_a_person or parent):
            # (a mother's name is no thing's: "a sewing machine for his mother and a Philips
            # transistor radio")
            named -= _names_of_things(words(sentence), named)
            # a word that is never a name is a title's ("her favourite hymn was And Can It Be")
            named -= STOP_FOLDED
        if named and plan.wanted == "who":
            named -= _names_after_things(words(sentence), named)
            named -= _names_before_kinds(words(sentence), named, names_said(sentence))
            named -= _names_of_the_kin_asked_of(words(sentence), named, _others_spoken_of(
                plan.query))
        if named and (plan.of_a_person or parent):
            # "arrived on Bonfire Night", "born in Rochdale": a day's or a place's name, not a
            # person's (a singer's, a mother's), the place's name the question said included
            # ("a wheat farmer in Kimba, South Australia")
            # (a name after its title is someone's, wherever it stands: "at Mrs. Haverkamp's
            # flower shop", "em Dona Zica")
            named -= _names_run_after(words(sentence), named | (names_said(sentence) & plan.known),
                                      _PLACE_OR_DAY_BEFORE) - _titled(words(sentence))
            # ... nor one a "where" tells of: "perto de Itajuípe, onde meu pai era administrador"
            named -= _names_before_where(words(sentence), named) - _titled(words(sentence))
            # a month, a weekday or a saint is no one of the family ("on a wet Saturday in
            # August", "a medalhinha de Nossa Senhora de Nazaré que tinha sido da mãe dela")
            named -= _CALENDAR_WORDS
            named -= {w for saint in _SAINT.findall(sentence) for w in words(saint)}
            # "um pescador de Salinas da Margarida", "a young barber from Lawrenceville": a
            # name after someone's "of" or "from" is where they came from or whose they were
            if _named_a_person(plan.query):
                named -= _names_after_someone(words(sentence), named, named_whom(plan.query))
        if not named:
            return False
        said = [(w, own) for w, own in _phrased(sentence)
                if plan.near == NAME_NEAR or w not in STOP_FOLDED]  # a parent's: words that say
        names_at = [n for n, (w, _) in enumerate(said) if w in named]
        if any(abs(n - a) <= plan.near for a, (_, own) in enumerate(said)
               if any(not unit.isdisjoint(own) for unit in plan.about) for n in names_at):
            return True
        # "O parceiro de dupla dele por vinte anos foi seu Almir": the name the subject was,
        # however long the subject
        return (plan.of_a_person or plan.of_a_thing) and any(
            self._named_as_subject(clause, named, plan) for clause in _CLAUSE.split(sentence))

    def _named_as_subject(self, clause: str, named: frozenset[str], plan: _Plan) -> bool:
        """Whether a clause's subject is what the question asks about and its predicate,
        after "foi", "era", "was", a name ("O padrinho dela foi o seu Juca"); or, of an animal
        or a thing, what it was and that one's name ("Grandpa's dog at the elevator was a blue
        heeler named Scout", "o barco dele era uma canoa chamada Sereia")."""
        said = words(clause)
        at = next((n for n, w in enumerate(said) if w in _COPULAS), None)
        if not at:
            return False
        if plan.of_a_thing:
            called = next((n for n in range(at + 1, min(at + 6, len(said) - 1))
                           if said[n] in _NAMED), None)
            return called is not None and said[called + 1] in named and any(
                not unit.isdisjoint(_halves(w)) for unit in plan.about for w in said[:at])
        # ... or, said in the passive, the one it was done by ("A zabumba foi feita em 1963 por
        # Mestre Durval", "the boat was built by Old Tom")
        by = next((n for n in range(at + 2, min(at + 6, len(said))) if said[n] in _AGENT), at)
        after = [w for w in said[by + 1:by + 3] if w not in _TITLED_BEFORE and
                 w not in _MASTERS][:1]
        return bool(after) and after[0] in named and any(
            not unit.isdisjoint(_halves(w)) for unit in plan.about for w in said[:at])

    def _kin_near(self, sentence: str, plan: _Plan) -> bool:
        """Whether the sentence says who someone was, without a name, next to what the
        question asks who of ("bought it from his brother-in-law")."""
        kin = _person_words(sentence) - plan.known
        if not kin:
            return False
        said = _phrased(sentence)
        at = [n for n, (w, _) in enumerate(said) if w in kin]
        return any(abs(n - a) <= plan.near for a, (_, own) in enumerate(said)
                   if any(not unit.isdisjoint(own) for unit in plan.about) for n in at)

    def _names_its_titled_thing(self, memory: dict[str, Any], plan: _Plan) -> bool:
        """Whether a memory titled by the thing whose name is asked ("O barco do papai") names
        a thing in its text, however far from any word of the question ("pilotou por vinte e
        seis anos o Estrela do Guajará, levando passageiros de Belém"): not one of the family,
        a day, or a place or an owner said after "in", "de", "do"."""
        if not plan.of_a_thing or not plan.about:
            return False
        # (a "which hospital" question's own words, not its ideas: "O diabetes" tells no
        # hospital)
        if (plan.asked or plan.about[0]).isdisjoint(self._said(_field_text(memory, "title"))):
            return False
        text = _field_text(memory, "text")
        said = words(text)
        named = names_said(text) - plan.known - ADDRESS_WORDS - _CALENDAR_WORDS - {
            w for phrase, _ in self.names.aliases for w in phrase}
        named -= {w for before, w in zip(said, said[1:], strict=False)
                  if before in _WHERE_OR_WHOSE_BEFORE or before in ("de", "of", "to", "para",
                                                                   "pra", "from")}
        return bool(named - _people_in(said, named))

    def _titled_by_name(self, memory: dict[str, Any], plan: _Plan) -> bool:
        """Whether the memory's title is a name its text opens with, and the memory speaks of
        what the question asks the name of: "A Pipoca", over "A Pipoca apareceu na porta da
        oficina... não ia ficar com cachorro nenhum", names the dog (the family titled the
        memory by it; "A Baleia" over "tiveram uma vira-lata chamada Baleia... dormia na
        barbearia" names the dog, not the barbershop, and is left to `_named_near`)."""
        title = [w for w in words(_field_text(memory, "title")) if w not in STOP_FOLDED]
        if not title or not plan.about:
            return False
        text = _field_text(memory, "text")
        opening = [w for w in words(text)[:len(title) + 2] if w not in STOP_FOLDED]
        if opening[:len(title)] != title:
            return False
        named = names_said(text) - plan.known - ADDRESS_WORDS
        if plan.of_a_thing:
            named -= {w for phrase, _ in self.names.aliases for w in phrase}
        if not set(title) <= named:
            return False
        said = set(memory_halves(memory, self.names))
        return any(not unit.isdisjoint(said) for unit in plan.about)

    def _names_after(self, sentence: str, plan: _Plan) -> bool:
        """Whether a sentence gives a name to what the question asks of, said before the
        giving, however far ("comprou um Fusca bege, ano 1966, e deu a ele o nome de
        Teimoso")."""
        given = _GIVES_NAME.search(sentence)
        if given is None:
            return False
        return self._names_back(sentence[given.start():], sentence[:given.start()], plan)

    def _names_back(self, sentence: str, before: str, plan: _Plan) -> bool:
        """Whether a sentence that gives a name ("Deu o nome de Princesa.") names what the
        question asks of, said in the sentence before it."""
        if not names_said(sentence) - plan.known - ADDRESS_WORDS:
            return False
        said = self._said(before)
        return any(not unit.isdisjoint(said) for unit in plan.about)

    def _other_kin(self, question: str, memory: dict[str, Any]) -> bool:
        """Whether the memory tells of the other one of a pair of kin the question asks about:
        asked of a sister, it says "brother" and never "sister" (the persona's own kinship
        words are the persona, on either side); or of another sport or instrument of
        `KINDS_APART` ("futebol" asked, only "basquete" told)."""
        said = words(without_vocative(question))
        if not any(word in _KIN_SIDE for word in with_phrases(said)):
            return False
        asked = _kin_sides(self._unnamed(said, memory), self._addresses_persona)
        if not asked:
            return False
        written = words(f"{_field_text(memory, 'title')} {_field_text(memory, 'text')}")
        told = _kin_sides(written, self._addresses_persona)
        # an instrument asked of a memory that names none and plays nothing is not answered
        # by its music ("did you ever play the guitar?" against the song he sang after a beer;
        # "played the button box" plays one)
        return any(pair in told and not told[pair] & sides or
                   pair == _INSTRUMENTS and pair not in told and _PLAYING.isdisjoint(written)
                   for pair, sides in asked.items())

    def _mistyped(self, word: str) -> tuple[str, ...]:
        """The one stem the family wrote that a word no dictionary lists is a typing slip of
        (a letter left out, added, changed or two swapped): none when there are several, or
        for a short word (every short word is one letter from another)."""
        from chalicelib.persona import lexicon
        if len(word) < TYPO_MIN_LENGTH or not word.isalpha() or lexicon.listed(word) or \
                lexicon.translations(word) or lexicon.synonyms(word):
            return ()
        found = {term for stem in stems(word) if len(stem) >= TYPO_MIN_STEM
                 for term in self._spelled_like(stem)}
        return tuple(found) if len(found) == 1 else ()

    def _spelled_like(self, stem: str) -> list[str]:
        """The index's stems one typing slip from `stem`, with its first letter."""
        if self._by_initial is None:
            self._by_initial = {}
            for term in chain(self.spans, self.extra):
                if term.startswith("s:") and len(term) >= 1 + TYPO_MIN_STEM:
                    self._by_initial.setdefault((term[2], len(term) - 2), []).append(term)
        return [term for size in (len(stem) - 1, len(stem), len(stem) + 1)
                for term in self._by_initial.get((stem[0], size), ())
                if term[2:] != stem and _one_slip(term[2:], stem) and self._df(term)]

    def _unnamed(self, said: list[str], memory: dict[str, Any]) -> list[str]:
        """The words less those said beside the name of a relative the memory holds: in "my
        mom, Tia Rô" the mother is Tia Rô, whom a memory answers however it calls her."""
        held: dict[str, float] | None = None
        drop: set[int] = set()
        for phrase, term in self.names.aliases:
            if term == "a:self" or not _contains(said, list(phrase)):
                continue
            if held is None:
                held = memory_terms(memory, self.names)[0]
            if term not in held:
                continue
            size = len(phrase)
            for start in range(len(said) - size + 1):
                if tuple(said[start:start + size]) == phrase:
                    drop.update(range(start - KIN_BESIDE, start + size + KIN_BESIDE))
        return [word for at, word in enumerate(said) if at not in drop]

    def _addresses_persona(self, word: str) -> bool:
        """True for a kinship word of the persona's own relationship ("vó" to a grandma)."""
        return any(t in self.names.ideas for t, _ in terms(word))

    def _kin_of_persona(self, said: list[str], position: int) -> bool:
        """True for a kinship word of the persona's own relationship said as someone's, the
        persona's ("sua avó", "your grandma", "a avó da senhora"): the persona's relative,
        not the persona the family's memories call by that word."""
        word = said[position]
        if not self.names.ideas or not any(t in self.names.ideas for t, _ in terms(word)):
            return False
        before = said[position - 1] if position else ""
        after = tuple(said[position + 1:position + 3])
        return before in POSSESSIVES or after in OF_YOU

    def _parent_of_persona(self, said: list[str], position: int) -> str | None:
        """"mother" or "father" for a parent word said as the persona's ("sua mãe", "your
        dad", "o pai do senhor") when the persona is a grandparent; else None."""
        parent = PARENT_WORDS.get(said[position])
        if self.names.ideas.isdisjoint(_GRANDPARENT_IDEAS):
            return None
        before = POSSESSIVES_OWN[0] if _possessed(said, position) else \
            said[position - 1] if position else ""
        if said[position] in GREAT_GRANDPARENTS:
            # the grandchildren's great-grandfather is the grandparent's own father ("o
            # bisavô", "my great-grandpa"); "o seu bisavô" is the grandparent's own
            return None if before in POSSESSIVES or tuple(said[position + 1:position + 3]) \
                in OF_YOU else GREAT_GRANDPARENTS[said[position]]
        if parent is None:
            return None
        return parent if before in POSSESSIVES or tuple(said[position + 1:position + 3]) \
            in OF_YOU else None

    def parents_in(self, memory: dict[str, Any]) -> set[str]:
        """The marks ("p:mother", "p:father") of the persona's own parents a memory names:
        "a bisavó", "a mãe da vó", "Grandma's mom", "a mãe dela" (the title kept apart from
        the text: "Grandpa Gus" and "Mom's father" are no "Gus Mom")."""
        text = f"{memory.get('title') or ''}. {memory.get('text') or ''}"
        found = {f"p:{parent}" for parent, said in _GREAT_GRAND.items() if said.search(text)}
        for match in _PARENT_PHRASE.finditer(text):
            whose = (words(match.group("of") or match.group("own") or "") or [""])[0]
            persona_kin = not self.names.ideas.isdisjoint(t for t, _ in terms(whose))
            if match.group("her") or "dela" in match.group(0) or "dele" in match.group(0) or \
                    persona_kin or whose in _ADDRESSED_AS_YOU or whose in self.names.own:
                father = match.group("f") or match.group("f2") or match.group("f3") or \
                    match.group("f4")
                found.add("p:father" if father else "p:mother")
        if len(found) < 2:
            found.update(self._born_child_of(text))
        if len(found) < 2 and self._in_own_voice(str(memory.get("text") or "")):
            # "Meu pai, Benvindo Lacerda, era tropeiro", "My father, Jack Tweddle, worked at
            # the quarry": named, in the persona's own voice, the persona's parents (a child
            # writing of "meu pai" unnamed may mean the persona)
            for match in _MY_PARENT.finditer(text):
                found.add("p:father" if match.group("f") else "p:mother")
        if len(found) < 2 and self.names.born and any(
                born.group(1) == self.names.born for born in _OWN_BIRTH.finditer(text)) and \
                self._in_own_voice(str(memory.get("text") or "")):
            # "Nasci em 1939 no Sítio Tamboril... Minha mãe dizia que eu nasci no dia da
            # primeira chuva": a writer born the persona's year is the persona, and the
            # writer's mother, named or not, the persona's
            for match in _MY_PARENT_SAID.finditer(text):
                found.add("p:father" if match.group("f") else "p:mother")
        said = words(text)
        if len(found) < 2 and (_FIRST_PERSON.search(str(memory.get("text") or "")) and not any(
                self._addresses_persona(w) for w in said) or not self.names.own.isdisjoint(said)):
            # "A mãe, Dona Cecília, lavava roupa pra fora... Foi ela quem me ensinou a rezar",
            # "O pai, Isidoro Macedo, era mestre de saveiro... Foi nele que Bira aprendeu": a
            # parent named by no one the family's names know (not the persona, whom a child
            # would call so, nor the persona's wife), in the persona's own words or of the
            # persona by name, is the persona's (not in the words of one who calls the persona
            # "vó": "o pai, Marcelo, me levava na casa da vó" is a grandchild's father)
            for match in _THE_PARENT_NAMED.finditer(text):
                name = fold(match.group("name"))
                if name not in self.names.own and name not in self.names.others and \
                        name not in ADDRESS_WORDS:
                    found.add("p:father" if match.group("f") else "p:mother")
        return found

    def _in_own_voice(self, text: str) -> bool:
        """Whether a memory is written by the persona: in the first person, and naming the
        persona nowhere (not by a name of its own, nor as the family calls it, nor as its
        children do: "a mamãe"), as a relative writing of the persona would."""
        if _FIRST_PERSON.search(text) is None or _CHILDS_PARENT.search(text):
            return False
        # (a kinship word before a name not the persona's is someone else's title, or a
        # thing's: "wrapping Granny Smiths" names no grandmother)
        said = words(_TITLED_NAME.sub(lambda found: "" if self._addresses_persona(
            fold(found.group(1))) and fold(found.group(2)) not in self.names.own else
            found.group(0), text))
        # (by a given name: "Meu pai, Tertuliano Nogueira" shares only a surname with
        # Guiomar Nogueira Brito)
        given = {next((w for w in phrase if w not in ADDRESS_WORDS), "")
                 for phrase, term in self.names.aliases if term == "a:self"}
        return not any(self._addresses_persona(w) or w in given for w in said) and not any(
            term == "a:self" and len(phrase) > 1 and _contains(said, list(phrase))
            for phrase, term in self.names.aliases)

    def _born_child_of(self, text: str) -> set[str]:
        """The persona's parents told with the persona's birth ("Meu pai nasceu em 1947 em
        Montes Claros, filho de seu Geraldo, que era carroceiro, e de dona Ana Rosa"; "Walter
        was born in 1938, the son of a lumberjack"): not a relative's birth ("O tio Zé nasceu
        em 1950, filho de...") nor a child's, whose parent the persona is."""
        for sentence in _SENTENCE.split(text):
            born = _BORN_CHILD_OF.search(sentence)
            if born is None:
                continue
            before = words(sentence[:born.start()])
            parents = words(sentence[born.end():])
            if not OTHER_KIN.isdisjoint(before) or any(
                    _contains(parents if term == "a:self" else before, list(phrase))
                    for phrase, term in self.names.aliases):
                continue
            return {"p:father", "p:mother"}
        return set()

    def _addresses(self, word: str) -> bool:
        """True for a word that can address the persona: a kinship word of its relationship,
        or one of its own names."""
        return word in self.names.own or word in VOCATIVE_WORDS or any(
            t in self.names.ideas for t, _ in terms(word))

    def _stem_weight(self, word: str) -> float:
        """A question word's weight: the rarity of the rarest of its own stems."""
        return max((self._idf(t) for t, _ in terms(word) if t.startswith("s:")), default=0.0)

    def _with_term(self, term: str) -> set[int]:
        """The positions of the memories that hold a term (some may since have changed),
        remembered until the index changes."""
        found = self._holders.get(term)
        if found is None:
            span = self.spans.get(term)
            found = set(self.docs[span[0]:span[1]]) if span else set()
            found.update(position for position, _ in self.extra.get(term, ()))
            self._holders[term] = found
        return found

    def _df(self, term: str) -> int:
        span = self.spans.get(term)
        return (span[1] - span[0] if span else 0) + len(self.extra.get(term, ())) - \
            self._dead.get(term, 0)

    def _idf(self, term: str) -> float:
        n = max(1, len(self.positions))
        found = self._df(term)
        return math.log(1 + max(0.0, n - found + 0.5) / (found + 0.5))

    def _norms_of(self, term: str, start: int, end: int) -> list[float]:
        found = self._norms.get(term)
        if found is None:
            lengths, saturated = self.lengths, K1 + 1
            per_length = 2 * K1 * B / self.average_length
            floor = 2 * K1 * (1 - B)
            found = self._norms[term] = [
                h * saturated / (h + floor + per_length * lengths[p])
                for p, h in zip(self.docs[start:end], self.halves[start:end], strict=True)]
        return found

    def _plan(self, query: str) -> _Plan:
        """The query's words as groups of terms (a word, its stems, ideas and translations),
        the meaningful words relevance is measured on, and the trigger phrases it holds."""
        query = without_greeting(query)
        written = query  # as typed, its capitals included
        query = without_trailing_vocative(without_vocative(query, self.names.own,
                                                           self.names.others), self.names.own)
        named_here = proper_names(query)
        asks_for = answer_kind(query)
        wh_asked = _WH.search(query) is not None
        asking = ASKING_WORDS.get(asks_for or "", frozenset())
        bought_of_persona = _bought_of_persona(query)
        in_names = name_words(query)
        # the question's language, where it says: its words are read as that language's
        asked_in = {"pt-BR": "pt", "en": "en"}.get(language.decided(query) or "")
        # "o nome do médico", "the fiddler's name": whose name is asked
        named_one = named_whom(query) if asks_for == "name" else None
        named_unit: frozenset[str] = frozenset()
        described = described_by(query, named_one)
        described_unit: frozenset[str] = frozenset()
        near = NAME_NEAR
        which_one = asked_thing(query) if asks_for is None else None
        asked_unit: frozenset[str] = frozenset()
        # "nos anos 60": one decade, said in words the memories need not share ("1965")
        said_decades = decades(query)
        query_words = with_phrases(_great_joined(_ages_as_numbers(words(DECADE.sub(
            " ", _GOT_TO.sub("", _FRAMED.sub(" ", _TOOK_AT_THE_END.sub(_took, query))))))))
        # "vo qual era..." typed without a comma still opens by addressing the persona: those
        # first words say who is asked, not what about (later, "sua avó" is a subject).
        leading = 0
        while leading < min(2, len(query_words) - 1) and self._addresses(query_words[leading]):
            leading += 1
        groups: dict[tuple[tuple[str, float], ...], float] = {}  # word's terms -> how often
        units: list[tuple[float, tuple[tuple[str, float], ...]]] = []  # see _Plan.units
        # A name or nickname in the question is the most specific thing in it: its words count
        # as that person (twice), not as ordinary words ("Tio Zé" is José, not any uncle).
        rest = list(query_words)
        # ... but the words that open it by calling the persona are no name said: "vo qual
        # era..." to a grandmother calls her, not the "vô" among the family's names.
        for position in range(leading):
            if self._addresses_persona(rest[position]) or rest[position] in self.names.own \
                    or rest[position] in ENDEARMENTS:
                rest[position] = ADDRESSED
        people: set[int] = set()
        parent_at: dict[int, int] = {}  # a parent of the persona said: its unit, by position
        held_back: list[tuple[float, tuple[tuple[str, float], ...]]] = []  # "ano", "name"...
        said_names: set[str] = set()
        asked_names: set[str] = set()  # the persona's names asked about, not calling her
        for phrase, term in self.names.aliases:
            wanted = list(phrase)
            while _contains(rest, wanted):
                start = next(i for i in range(len(rest)) if rest[i:i + len(wanted)] == wanted)
                if term == "a:self" and len(wanted) == 1 and wanted[0] in PARENT_WORDS and (
                        start and _possessed(rest, start) or
                        rest[start + 1:start + 2] in (["do"], ["da"], ["dos"], ["das"]) or
                        start and rest[start - 1] == "s"):
                    # "Mum" is what her children call her, but "your mum" asked of her is her
                    # own mother (read below as the persona's parent), and "a mãe do Vô Tião",
                    # "Tião's mum" someone else's
                    break
                if len(wanted) == 1 and _said_as_a_word(written, wanted[0]):
                    break  # "the chilli seeds" of a family with a "Chilli" in it
                if term == "a:self" and _called(rest, start):
                    # "por que te chamavam de Faísca?": the nickname is what is asked about
                    asked_names.update(wanted)
                    break
                rest[start:start + len(wanted)] = [NAMED]  # held: a word before it is a title
                # The persona named is who is asked, not what about: a memory in her own
                # words ("Casamos em 1962") never names her, and must not rank below one
                # that does ("A vó fez os doces do casamento da Rê").
                if term != "a:self":
                    groups[((term, 1.0),)] = ALIAS_WEIGHT
                    people.add(len(units))
                    said_names.add(term)
                    # the spouse named ("where did you and Nan go?"), whom the children's
                    # memories call "Mum" ("They honeymooned... Mum still talked about it")
                    spouse = _spouse_of(self.names.ideas) if term in self.names.spouse else ()
                    units.append((self._idf(term), ((term, 1.0), *spouse)))
        for term in said_decades:
            groups[((term, 1.0),)] = groups.get(((term, 1.0),), 0.0) + 1.0
            units.append((self._idf(term), ((term, 1.0),)))
        for position, word in enumerate(rest):
            if word in (NAMED, ADDRESSED) or _you_said_politely(rest, position):
                continue
            parent = self._parent_of_persona(rest, position)
            if parent:
                # "sua mãe" asked of a grandmother: her mother, whom a memory names as the
                # family's great-grandmother (`parents_in`); any memory with a "mãe" is still
                # found, but only those answer
                said_as = PARENT_TYPED.get(word, word)
                if word in GREAT_GRANDPARENTS:
                    said_as = parent  # "Great-Grandpa": her father, as her memories say
                parent_at[position] = len(units)
                group = tuple((t, w) for t, w, _ in credited_terms(said_as))
                groups[group] = groups.get(group, 0.0) + 1.0
                people.add(len(units))
                units.append((self._stem_weight(said_as), ((f"p:{parent}", 1.0),)))
                if word == named_one:
                    # "como se chamava a mãe do senhor?": a name said next to a mother ("a
                    # mãe dele, dona Zulmira", "Grandma's mom was called Rose"), not any name
                    # of a memory that mentions her ("the Demo Club ... her mother baked")
                    named_unit = frozenset(t for t, _, _ in credited_terms(said_as))
                    near = PARENT_NEAR
                continue
            if self._kin_of_persona(rest, position):
                # "sua avó" asked of a grandmother is her own grandmother, whom the family's
                # "a vó" (the persona herself) never names: a person no memory holds.
                kin = f"k:{word}"
                groups[((kin, 1.0),)] = 1.0
                units.append((self._idf(kin) * UNHEARD_WEIGHT, ((kin, 1.0),)))
                continue
            own = {t for t, _ in terms(word)}
            # a word of a name counts as itself, never as its translations or ideas
            credited = (tuple((t, w, 1.0) for t, w in terms(word) if not t.startswith("c:"))
                        if word in in_names else credited_terms(word, asked_in))
            if not credited:
                continue
            if word not in named_here and word not in in_names and not any(
                    self._df(t) for t, _, c in credited if c == 1.0 and not t.startswith("c:")):
                # "gallblader": a word no dictionary lists and no memory says, one letter from
                # a word the family wrote, is that word mistyped
                typed = self._mistyped(word)
                credited = (*credited, *((t, 1.0, 1.0) for t in typed))
                own.update(typed)
            if word in SOLD_AS and bought_of_persona:
                # "quem comprou o barco do senhor?": whom the persona sold it to ("sold the
                # Maria Hoa to a young shrimper")
                sold = credited_terms(SOLD_AS[word], asked_in)
                credited = (*credited, *sold)
                own.update(t for t, _, c in sold if c == 1.0)
            if word in named_here and position - 1 in parent_at:
                # "Great-Grandpa Michalis": one person, the parent, whom a memory answers by
                # his name or as "her father"
                groups[tuple((t, w) for t, w, _ in credited)] = 1.0
                number = parent_at[position - 1]
                weight, unit = units[number]
                units[number] = (max(weight, self._stem_weight(word)),
                                 (*unit, *((t, c) for t, _, c in credited)))
                continue
            spouse = _spouse_terms(word, self.names.ideas)
            if spouse:
                # "how did you meet grandpa?" asked of a grandmother: her husband, whom her
                # children's memories call "Dad" ("Mom met Dad at Kennywood")
                credited = (*credited, *((t, TRANSLATION_WEIGHT, c) for t, c in spouse
                                         if t not in own))
                own.update(t for t, c in spouse if c == 1.0)
            named = [a for t in own if t in self.names.kin for a in self.names.kin[t]]
            # "tia" of "a tia Peggy", "Uncle" of "Uncle Vava": the title of a name already
            # counted, which says no more about who than the name does
            # (or of a name no alias holds whole: "a tia Marites" where the family wrote
            # "Tita Marites")
            title = word in ADDRESS_WORDS and (
                rest[position + 1:position + 2] == [NAMED] or bool(said_names.intersection(named))
                or any(after in named_here and after not in ADDRESS_WORDS
                       for after in rest[position + 1:position + 2]))
            people_named = bool(named) and not title and not self._addresses_persona(word)
            if people_named:
                # "grandpa" is "Vô Biu": a memory that names him answers the word in full
                credited = (*credited, *((a, 1.0, 1.0) for a in dict.fromkeys(named)))
                own |= set(named)
                said_names.update(named)
            word_terms = [(t, w) for t, w, _ in credited]
            # a word counts once, by the best of its forms: its own stems and ideas fully,
            # a translation or synonym at half
            group = tuple((t, 1.0 if t in own else TRANSLATION_WEIGHT) for t, _ in word_terms)
            groups[group] = min(2.0, groups.get(group, 0.0) + (
                FRAME_RANK_WEIGHT if word in FRAME_WORDS else 1.0))
            home = word in self.names.home and word in named_here
            framing = title or word in FRAME_WORDS or (
                # "em que lugar o senhor veio ao mundo?", "what place": where, which a memory
                # says by the place's name, not by the word "place"
                word in _ANY_PLACE and position and rest[position - 1] in _WHICH_WORDS) or (
                word in self.names.own and word not in asked_names) or (
                position < leading and self._addresses(word)) or _a_couple(rest, position) or (
                home and not any(self._df(t) for t, _, c in credited if c == 1.0))
            if word in asking and not framing:
                held_back.append((self._stem_weight(word),
                                  tuple((t, c) for t, _, c in credited)))
                continue
            if not framing:
                weight = self._stem_weight(word)
                if word in QUALIFIERS and word not in named_here and wh_asked and (
                        position == 0 or rest[position - 1] not in _MORE_OR_MOST) \
                        or (word in LATER_ORDINALS and _later_of_a_kind(query)):
                    # "the name of your old bakery", "the big pike": a word that says how a
                    # thing was, not which thing, weighs little, heard or not (and "the second
                    # dog", which a memory that tells of one cannot answer, is ruled out by
                    # the confidence's `_later_of_a_kind`, not by the word's rarity)
                    weight *= QUALIFIER_WEIGHT
                elif not any(self._df(t) for t, _, c in credited
                             if c == 1.0 and not t.startswith("c:")):
                    # nothing the family wrote says this word or its translations (only, at
                    # most, something of the same kind): the question asks about something
                    # the legacy does not hold ("padrinhos" where only the wedding is told)
                    weight *= UNHEARD_WEIGHT
                if people_named or (word in ADDRESS_WORDS and not self._addresses_persona(word)
                                    and not title):
                    people.add(len(units))
                if home:
                    weight *= HOME_WEIGHT
                elif word not in ADDRESS_WORDS and (word in named_here or _cardinal(word)):
                    # a name ("Garanhuns", "Emily") or a number ("2014", "oitenta") says
                    # which one: a memory of another place or year is not about it
                    people.add(len(units))
                units.append((weight, tuple((t, c) for t, _, c in credited)))
                if word == which_one:
                    # its own words and translations, not its ideas: "qual foi o padre que
                    # casou..." is not answered by the church the wedding was in
                    asked_unit = frozenset(t for t, _, _ in credited if not t.startswith("c:"))
                    for alike in ASKED_ALIKE.get(word, ()):
                        asked_unit |= {t for t, _, _ in credited_terms(alike, asked_in)
                                       if not t.startswith("c:")}
                if word == named_one:
                    # its own words and translations, not its ideas: a doctor's name is
                    # not a hospital's
                    named_unit = frozenset(t for t, _, _ in credited if not t.startswith("c:"))
                elif word == described:  # (a verb's ideas too: "nasceu" is "born")
                    described_unit = frozenset(t for t, _, _ in credited)
        only_asking = not units and bool(held_back)
        if only_asking:
            # "what did u call me?": the kind of answer is all the question says
            units = held_back
        triggered = [p for p, phrases in self.triggers.items()
                     if any(_contains(query_words, phrase) for phrase in phrases)]
        about = tuple(u for u in (named_unit, described_unit) if u) if named_unit else () \
            if only_asking and asks_for == "cause" else tuple(
                frozenset(t for t, _ in unit) for number, (_, unit) in enumerate(units)
                if number not in people)
        if asks_for == "who" and not named_unit:
            # "quem foi o padrinho do seu casamento?": the one asked for is said by the role
            # ("O padrinho foi... Nonato"), a word of the family's kind that is no one's name
            about += tuple(frozenset(t for t, _ in unit) for number, (_, unit) in
                           enumerate(units) if number in people and all(
                               t[:2] in ("s:", "c:") for t, _ in unit) and any(
                               t[2:] in _ROLES for t, _ in unit if t.startswith("s:")))
        if not about and asks_for and units is not held_back:
            # "what colour was the Hilux?": the name is all it is asked of (a relative named
            # or "sua mãe" is whose name is asked, said in a memory by other words)
            about = tuple(frozenset(t for t, _ in unit) for _, unit in units
                          if any(t.startswith("s:") for t, _ in unit))
        # the names of the people the question speaks of are no answer to it ("the name of
        # your first boyfriend before grandpa" is not Durval's)
        spoken_of = {w for phrase, term in self.names.aliases if term in said_names
                     for w in phrase}
        if asks_for == "name" and named_whom(query) is None:
            # ... unless the name asked is one of theirs ("qual é o nome vietnamita do tio
            # David?": "his Vietnamese name, Duc"; "what was Grandad Sam's full name?")
            spoken_of = set()
        return _Plan(list(groups.items()), units, triggered, frozenset(people),
                     asks_for, frozenset(query_words) | self.names.own | spoken_of, about,
                     asked_unit, _has_names(which_one), near, query,
                     asks_for == "name" and _not_a_person(named_whom(query) or ""),
                     _has_names(which_one) and which_one not in NAMED_KINDS
                     or asks_for == "who" or asks_for == "name" and _named_a_person(query),
                     asks_for == "name" and named_whom(query) in NAMED_KINDS,
                     only_asking)

    def _ranked(self, plan: _Plan, limit: int | None = None) -> list[tuple[int, float]]:
        """Memory positions and scores, best first (the best `limit` of them, if given)."""
        scores: dict[int, float] = {}
        get = scores.get
        for group, times in plan.groups:
            best: dict[int, float] = {}
            best_get = best.get
            for term, weight in group:
                if not self._df(term):
                    continue
                factor = self._idf(term) * weight * times
                span = self.spans.get(term)
                if span:
                    start, end = span
                    for position, norm in zip(self.docs[start:end],
                                              self._norms_of(term, start, end), strict=True):
                        value = norm * factor
                        if value > best_get(position, 0.0):
                            best[position] = value
                for position, halves in self.extra.get(term, ()):
                    value = self._norm(halves, position) * factor
                    if value > best_get(position, 0.0):
                        best[position] = value
            for position, value in best.items():
                scores[position] = get(position, 0.0) + value
        for position in plan.triggered:
            scores[position] = get(position, 0.0) + TRIGGER_BONUS
        memories = self.memories
        for position in [p for p in scores if memories[p] is None]:
            del scores[position]  # a memory since changed or deleted
        if limit and len(scores) > limit:
            # Recency lifts a score by at most RECENCY_WEIGHT: nothing under the limit-th
            # best score, so lifted, can reach the top (exact, and no sort of every match).
            kth = heapq.nlargest(limit, scores.values())[-1]
            floor = kth / (1 + RECENCY_WEIGHT)
            scores = {p: score for p, score in scores.items() if score >= floor}
        recency = self._recency()
        ranked = sorted(((score * (1 + RECENCY_WEIGHT * recency[p]), p)
                         for p, score in scores.items() if score > 0),
                        key=lambda pair: (-pair[0], -pair[1]))
        return [(p, score) for score, p in ranked][:limit]

    def _recency(self) -> dict[int, float]:
        """Each indexed memory's place in the order of writing, from 0 (oldest) to 1, among
        the memories indexed now (gaps left by changes do not count)."""
        if self._recency_map is None:
            live = sorted(self.positions.values())
            last = max(1, len(live) - 1)
            self._recency_map = {p: rank / last for rank, p in enumerate(live)}
        return self._recency_map

    def _coverage(self, plan: _Plan, position: int) -> tuple[float, float]:
        """The memory's relevance: the share of the query's meaningful words (weighted by
        rarity; a word no memory has weighs most) it answers, 1 when one of its trigger
        phrases was said; and the share of the weightiest word it leaves unanswered."""
        if position in plan.triggered:
            return 1.0, 0.0  # the family said so: this memory is about that
        total = sum(weight for weight, _ in plan.units)
        memory = self.memories[position]
        if not total or memory is None:
            return 0.0, 1.0
        own: dict[str, float] | set[str] = self._held(position)
        if any(t.startswith("p:") for _, unit in plan.units for t, _ in unit):
            own = set(own) | self.parents_in(memory)
        if (plan.asked_named and not any(self._df(t) for t in plan.asked)
                and self._holds(_named_kind_asked(plan), position)):
            # "em que cidade a senhora nasceu?" where no memory says "cidade": the town's
            # name says which town
            own = set(own) | plan.asked
        elif plan.only_asking and plan.wanted == "cause" and self._holds(plan, position):
            # "E no fim da vida, que doença o senhor teve?": "teve enfisema" names one
            own = set(own) | {t for _, unit in plan.units for t, _ in unit}
        elif _tells_dish(plan, memory) or _tells_kind(plan, memory) or \
                _tells_part(plan, memory) or self._tells_team(plan, memory):
            # "qual comida": "a batchan fazia nishime" says it; "which part did you sing?":
            # "sang alto" does
            own = set(own) | plan.asked
        # Each of the memory's terms answers one question word at most: "drive a car" is not
        # answered twice by a memory that only says "carro". The words with the fewest ways
        # of being answered choose first.
        used: set[str] = set()
        covered, unanswered, someone_else = 0.0, 0.0, False
        missed: list[tuple[set[str], float]] = []  # the ideas left unanswered, with their weight
        writer = _FIRST_PERSON.search(_field_text(memory, "text")) is not None
        couple = True  # the spouse's credit as a writer, given once at most
        town = ((asked_thing(plan.query) or named_whom(plan.query)) in _TOWNS or
                _asks_a_part_of_a_place(plan.query)) and _names_a_town(memory, plan.known)
        for number, (weight, unit) in sorted(enumerate(plan.units),
                                             key=lambda u: sum(t in own for t, _ in u[1][1])):
            met = [(credit, term) for term, credit in unit if term in own and term not in used]
            if met:
                credit, term = max(met)
                used.add(term)
                covered += weight * credit
            elif writer and number in plan.people and unit[0][0].startswith("a:") and \
                    unit[0][0] != "a:self":
                # "o bolo da Rosinha" against "Quando eu casei... fez o meu bolo": a relative
                # the question names may be the one who wrote the memory, never named in it
                writer = False
                covered += weight * WRITER_CREDIT
            elif town and not _regions_said(plan.query).isdisjoint(t for t, _ in unit):
                # "de que cidade da Grécia o Papou era?", "which village in the Philippines?":
                # the country only says where the town asked for is, and a memory that names
                # a town names it there ("Papou came from Florina")
                town = False
                covered += weight * TOWN_IN_REGION_CREDIT
            elif couple and number in plan.people and not _spouse_words(
                    self.names.ideas).isdisjoint(t for t, _ in unit) and (
                    writer or _FIRST_PLURAL.search(_field_text(memory, "text")) is not None
                    or _WHOLE_FAMILY.search(_field_text(memory, "text")) is not None
                    or not _WEDDING.isdisjoint(own) and not self._someone_elses(plan, position)):
                # "where did you and Vovô go on your honeymoon?" against "Nossa lua de mel foi
                # em Foz... a Neusa e eu": the spouse asked of may be the one who wrote it;
                # and "when did you marry grandma?" against "Antônio and Cida married in
                # 1962", of a family that never said who grandma is: whom the persona married;
                # and "a família toda foi a Canindé" took the spouse along
                couple = False
                covered += weight * WRITER_CREDIT
            else:
                # words of one idea left unanswered weigh together ("the first movie you saw
                # at the cinema": "movie" and "cinema" both say film)
                said = {t for t, _ in unit}
                for other, other_weight in missed:
                    if not said.isdisjoint(other):
                        said |= other
                        weight += other_weight
                missed = [(o, w) for o, w in missed if said.isdisjoint(o)] + [(said, weight)]
                unanswered = max(unanswered, weight)
                someone_else = someone_else or number in plan.people
        if someone_else and len(plan.units) > 1:
            # the question asks about a person this memory never names: it tells of someone
            # else ("grandpa's favourite food" against grandma's), however well it matches
            return covered / total, max(unanswered / total, confidence.UNANSWERED_MAX)
        return covered / total, unanswered / total

    # -- saving --

    def packed(self) -> MemoryIndex:
        """The same index with its gaps closed and every posting in the base (what is saved)."""
        live = [p for p, m in enumerate(self.memories) if m is not None]
        renumber = {old: new for new, old in enumerate(live)}
        spans: dict[str, tuple[int, int]] = {}
        docs, halves = array("I"), array("H")
        for term in sorted(set(self.spans) | set(self.extra)):
            start = len(docs)
            span = self.spans.get(term)
            pairs = list(zip(self.docs[span[0]:span[1]], self.halves[span[0]:span[1]],
                             strict=True)) if span else []
            for old, count in pairs + self.extra.get(term, []):
                new = renumber.get(old)
                if new is not None:
                    docs.append(new)
                    halves.append(count)
            if len(docs) > start:
                spans[term] = (start, len(docs))
        memories = [self.memories[p] for p in live]
        return MemoryIndex(
            self.names, self.revision, self.saved_revision, memories,
            {m["id"]: n for n, m in enumerate(memories) if m is not None},
            [self.lengths[p] for p in live], self.average_length, spans, docs, halves, {},
            {renumber[p]: t for p, t in self.triggers.items() if p in renumber},
            {renumber[p]: v for p, v in self.vectors.items() if p in renumber})

    def snapshot(self) -> bytes:
        """The index as compact bytes (compressed), to be loaded by `from_snapshot`."""
        index = self.packed() if self.extra or len(self.positions) < len(self.memories) \
            else self
        header = json.dumps({
            "format": SNAPSHOT_FORMAT, "analyser": ANALYSER, "fingerprint": self.fingerprint,
            "revision": index.revision, "average_length": index.average_length,
            # what search and replies read of a memory; not who wrote it, nor its vector
            "memories": [_indexed(m) for m in index.memories if m is not None],
            "lengths": [round(x, 1) for x in index.lengths],
            "terms": list(index.spans), "ends": [end for _, end in index.spans.values()],
            "triggers": {str(p): t for p, t in index.triggers.items()},
            "vectors": {str(p): _pack_vector(v) for p, v in index.vectors.items()},
        }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        body = struct.pack("<I", len(header)) + header + index.docs.tobytes() + \
            index.halves.tobytes()
        return zlib.compress(body, 6)


@lru_cache(maxsize=1)
def _numpy() -> Any:
    """numpy, where installed (make run has it; the Lambda does not, and works in Python)."""
    try:
        import numpy
    except ImportError:
        return None
    return numpy


@dataclass(frozen=True)
class _Plan:
    groups: list[tuple[tuple[tuple[str, float], ...], float]]  # (terms, times said)
    # (weight, its terms with their credit) per meaningful word: what relevance is measured on
    units: list[tuple[float, tuple[tuple[str, float], ...]]]
    triggered: list[int]
    # The units that name a person other than the persona ("Tio Vavá", "grandpa"), or say
    # which place, thing or number ("Garanhuns", "2014"): a memory that holds none of them is
    # about someone or something else.
    people: frozenset[int] = frozenset()
    wanted: str | None = None  # what the question asks for: "when", "price", "count"...
    known: frozenset[str] = frozenset()  # the question's words and the persona's own names
    # The terms of each word that says what the asked-for thing is about, not which one
    # ("morreu" of "em que ano o Sultão morreu?"): the answer is said next to one of them.
    about: tuple[frozenset[str], ...] = ()
    # The terms of the thing a "which X" question asks for ("que flores", "what grape",
    # "qual foi o presente"): a memory that never says it cannot say which.
    asked: frozenset[str] = frozenset()
    asked_named: bool = False  # the thing asked for is of a kind that has names
    near: int = NAME_NEAR  # how close to what is asked of a name answering it is said
    query: str = ""  # the question as asked
    of_a_thing: bool = False  # the name asked is of an animal or a thing, never a person
    of_a_person: bool = False  # the thing asked for is a kind of person ("qual cantor")
    of_a_place: bool = False  # the name asked is of a kind with names ("hotel", "escola")
    # the question says only what kind of answer it asks ("que doença foi que o senhor
    # teve?"): a memory that holds one answers its words
    only_asking: bool = False
    # whose event each memory read so far tells (`_someone_elses`), for this question
    elsewhere: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)


def _a_word_of_the_language(word: str) -> bool:
    """Whether a word of a longer nickname is a word of either language (a small word, or one
    the lexicon translates), not a name; the words the family calls each other by ("gran",
    "vó", "tio") stay names."""
    from chalicelib.persona import lexicon
    if word in ADDRESS_WORDS or word in VOCATIVE_WORDS or word in OTHER_KIN:
        return False
    return word in STOP_FOLDED or bool(lexicon.translations(word))


def _said_as_a_word(query: str, name: str) -> bool:
    """Whether a one-word nickname that is also a word of the language ("Chilli", "Galo",
    "Rosa") is said in a question as that word: in lower case, by someone who writes names
    with a capital ("Grandpa Ravi, what did you smuggle the chilli seeds in?"). The words the
    family calls each other by ("mãe", "vô", "amor") are names however they are written."""
    from chalicelib.persona import lexicon
    if name in VOCATIVE_WORDS or name in PARENT_WORDS or name in OTHER_KIN or \
            name in PERSON_WORDS:
        return False
    written = _RAW_WORD.findall(query)
    if name in STOP_FOLDED:
        # a nickname that is a small word of the language ("Em" of Emily) is that word in
        # lower case, even in a question typed all in lower case ("em qual padaria?")
        return not any(raw[:1].isupper() for raw in written if fold(raw) == name)
    if not lexicon.translations(name):
        return False
    if not any(raw[:1].isupper() for raw in written[1:]):
        return False  # all in lower case (chat), or capitals nowhere but the first word
    return not any(raw[:1].isupper() for raw in written if fold(raw) == name)


@lru_cache(maxsize=SENTENCE_CACHE)
def _named_a_person(query: str) -> bool:
    """Whether a name asked is a person's, said by what they were or did ("o nome do padre
    que casou vocês", "the name of the man who married Aunty Gwen", "the doctor's name"):
    not a place's, a street's or a day's."""
    whom = named_whom(query)
    return whom is not None and whom not in NAMED_KINDS and not _not_a_person(whom) and (
        _people_word(whom) or whom in _PLAIN_PEOPLE) and not _family_word(whom)


def _family_word(word: str) -> bool:
    """Whether a word says one of the family (a mother's, an uncle's, a wife's name is read
    by the ways kin are said: `PARENT_NEAR`, `_kin_near`)."""
    return word in PARENT_WORDS or word in OTHER_KIN or word in VOCATIVE_WORDS or \
        word in _SPOUSES


_SPOUSES = frozenset("wife husband esposa marido mulher noiva noivo fiancee fiance".split())
# the plainest words for a person, which the lexicon does not file as people
_PLAIN_PEOPLE = frozenset("man men boy boys guy guys bloke blokes chap chaps fella fellow".split())


def _named_kind_asked(plan: _Plan) -> _Plan:
    """A "which street", "which airline", "which team" question, read as asking the name of
    that thing: none of the family's names answers it, a kind of person's excepted ("qual
    cantor")."""
    return replace(plan, wanted="name", of_a_thing=not plan.of_a_person,
                   of_a_place=not plan.of_a_person)


PLACE_NEAR = 3  # words between a name and the place it is said to be in


def _named_kind_in_place(plan: _Plan) -> _Plan | None:
    """The same, said right by the place the question names it in: "em que restaurante de
    Chinatown?" is answered by "the upstairs room of the Royal Dragon in Chinatown"; None
    when the question names no place."""
    places = tuple(frozenset(t for t, _ in unit) for number, (_, unit) in enumerate(plan.units)
                   if number in plan.people and all(t.startswith("s:") and not t[2:].isdigit()
                                                    for t, _ in unit))
    return replace(_named_kind_asked(plan), about=places, near=PLACE_NEAR) if places else None


def _pack_vector(vector: list[float]) -> str:
    """A unit vector in a quarter of the room: int8, scaled to its largest component."""
    top = max((abs(v) for v in vector), default=0.0) or 1.0
    return base64.b64encode(array("b", [round(v / top * 127) for v in vector]).tobytes()
                            ).decode("ascii")


def _unpack_vector(packed: str) -> list[float]:
    return normalise([float(v) for v in array("b", base64.b64decode(packed))])


class StaleSnapshot(ValueError):
    """A saved index made by another analysis, format or set of names: rebuild instead."""


def from_snapshot(blob: bytes, persona: dict[str, Any]) -> MemoryIndex:
    """An index saved by `snapshot`, for a persona whose names it was made with."""
    try:
        body = zlib.decompress(blob)
        size = struct.unpack_from("<I", body)[0]
        header = json.loads(body[4:4 + size])
    except (zlib.error, struct.error, ValueError) as error:
        raise StaleSnapshot("unreadable index") from error
    names = Names.of(persona)
    if (header.get("format"), header.get("analyser"), header.get("fingerprint")) != (
            SNAPSHOT_FORMAT, ANALYSER, names.fingerprint):
        raise StaleSnapshot("index made for other names or another analysis")
    count = len(header["memories"])
    docs, halves = array("I"), array("H")
    postings = (len(body) - 4 - size) // (docs.itemsize + halves.itemsize)
    docs.frombytes(body[4 + size:4 + size + postings * docs.itemsize])
    halves.frombytes(body[4 + size + postings * docs.itemsize:])
    if len(halves) != postings or (postings and max(docs) >= count):
        raise StaleSnapshot("index postings do not match its memories")
    spans, start = {}, 0
    for term, end in zip(header["terms"], header["ends"], strict=True):
        spans[term] = (start, end)
        start = end
    memories = header["memories"]
    revision = int(header["revision"])
    return MemoryIndex(
        names, revision, revision, memories, {m["id"]: p for p, m in enumerate(memories)},
        [float(x) for x in header["lengths"]], float(header["average_length"]), spans, docs,
        halves, {}, {int(p): t for p, t in header["triggers"].items()},
        {int(p): _unpack_vector(v) for p, v in header["vectors"].items()})


def build_index(persona: dict[str, Any], memories: Iterable[dict[str, Any]],
                revision: int | None = None) -> MemoryIndex:
    """Analyse every memory once, oldest write first (recency is the order of writing)."""
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small acyclic objects: no cycles to look for
    try:
        return _build(persona, memories, revision)
    finally:
        if collecting:
            gc.enable()


def _build(persona: dict[str, Any], memories: Iterable[dict[str, Any]],
           revision: int | None) -> MemoryIndex:
    names = Names.of(persona)
    ordered = sorted(memories, key=_written_at)
    # Each term's postings collect in two arrays (positions, halves), appended by `map` over a
    # defaultdict: the loop runs in C. A Python loop over the 120,000 postings of 2,000
    # memories, packing them into ints and unpacking them again, was a third of a build.
    posted: defaultdict[str, array[int]] = defaultdict(partial(array, "I"))
    weights: defaultdict[str, array[int]] = defaultdict(partial(array, "H"))
    lengths: list[float] = []
    for position, memory in enumerate(ordered):
        counts = memory_halves(memory, names)
        lengths.append(sum(counts.values()) / 2 or 1.0)
        deque(map(array.append, map(posted.__getitem__, counts), repeat(position)), maxlen=0)
        deque(map(array.append, map(weights.__getitem__, counts), counts.values()), maxlen=0)
    average = sum(lengths) / len(lengths) if lengths else 1.0
    docs, halves = array("I"), array("H")
    docs.frombytes(b"".join(posted.values()))
    halves.frombytes(b"".join(weights.values()))
    spans: dict[str, tuple[int, int]] = {}
    start = 0
    for term, found in posted.items():
        spans[term] = (start, start + len(found))
        start += len(found)
    revision = int(persona.get("memory_revision") or 0) if revision is None else revision
    index = MemoryIndex(
        names, revision, 0, list(ordered),
        {m["id"]: p for p, m in enumerate(ordered)}, lengths, average, spans, docs, halves)
    for position, memory in enumerate(ordered):
        phrases = [w for w in (words(t) for t in memory.get("triggers") or []) if w]
        if phrases:
            index.triggers[position] = phrases
        if memory.get("embedding"):
            index.vectors[position] = list(memory["embedding"])
    return index


# -- the indexes a process keeps, and the saved ones --------------------------------------------

CACHE_PERSONAS = 64
CACHE_CHARS = 8_000_000  # about 130 MB of index in a 512 MB Lambda
SAVE_AFTER = 32  # memory writes logged before the index is saved again


class MemorySource(Protocol):
    """Where the index reads a persona's memories from (the Store)."""

    def all_memories(self, persona_id: str) -> list[dict[str, Any]]:
        """Every memory of the persona."""


class IndexStore(MemorySource, Protocol):
    """A source that also keeps a saved index and the log of memory writes since (the Store)."""

    def saved_index(self, persona_id: str) -> tuple[bytes | None, list[tuple[int, str]]]:
        """The saved index (or None) and the memory writes logged after it."""

    def save_index(self, persona_id: str, revision: int, blob: bytes) -> None:
        """Save an index as of a memory revision."""

    def memories_by_id(self, persona_id: str, memory_ids: Sequence[str]
                       ) -> list[dict[str, Any]]:
        """The memories among the ids that still exist."""


class IndexCache:
    """Indexes of recently used personas, bounded both in number and in the text they hold
    (one large persona must not crowd out a warm Lambda).

    An index is current when it reflects the persona's memory revision and was made with the
    persona's names. A missing or stale one comes, in order of preference, from the memory
    writes of this process (`note_write`), from the saved index and the log of writes since
    (one partition query and one batch read), or from reading every memory (then saved)."""

    def __init__(self, capacity: int = CACHE_PERSONAS, max_chars: int = CACHE_CHARS) -> None:
        self._capacity = capacity
        self._max_chars = max_chars
        self._indexes: OrderedDict[str, tuple[MemoryIndex, int, int]] = OrderedDict()
        self._chars = 0
        self._lock = threading.RLock()
        self.builds = 0  # indexes made by reading every memory
        self.loads = 0   # indexes made from a saved one
        self.saves = 0

    def index_for(self, source: MemorySource, persona: dict[str, Any]) -> MemoryIndex:
        """The persona's current index."""
        pid, revision = persona["id"], int(persona.get("memory_revision") or 0)
        with self._lock:
            cached = self._indexes.get(pid)
            if cached is not None and cached[0].revision >= revision and \
                    cached[1] == persona.get("version", 0):
                self._indexes.move_to_end(pid)
                return cached[0]
            if cached is not None and cached[0].revision >= revision and \
                    cached[0].fingerprint == fingerprint(persona):
                self._keep(pid, cached[0], persona.get("version", 0))
                return cached[0]
        index = self._from_saved(source, persona) or self._built(source, persona)
        with self._lock:
            self._keep(pid, index, persona.get("version", 0))
        return index

    def note_write(self, source: MemorySource, persona_id: str, revision: int,
                   memory_id: str, memory: dict[str, Any] | None) -> None:
        """A memory write of this process made `revision` (memory None: deleted): the cached
        index, if it was one revision behind, is replaced by a copy with the change (no
        rebuild); every SAVE_AFTER writes it is saved, so a cold process reads a short log."""
        with self._lock:
            cached = self._indexes.get(persona_id)
            if cached is None or cached[0].revision != revision - 1:
                self._drop(persona_id)
                return
            # Searches of other threads may be reading the cached index: change a copy.
            index = cached[0].copy()
            if memory is None:
                index.remove(memory_id)
            else:
                index.upsert(memory)
            index.revision = revision
            self._keep(persona_id, index, cached[1])
            due = revision - index.saved_revision >= SAVE_AFTER
        if due:
            self._save(source, persona_id, index)

    def with_vectors(self, source: MemorySource, persona: dict[str, Any], index: MemoryIndex,
                     embedder: Any) -> MemoryIndex:
        """The index with vectors for memories that have none (written before embeddings were
        configured, by an import, or when the embedder failed), embedded for FILL_SECONDS at
        most per search by an embedder that runs in process (`fills`: Titan's calls are paid,
        and a cold Lambda would pay them again): a copy, kept in the cache. They are saved
        with the index's next save (its snapshot holds the vectors); not before, since a save
        of a revision already saved would be refused."""
        if len(index.vectors) >= len(index.positions) or not getattr(embedder, "fills", False):
            return index  # every memory has one (most searches), or the embedder is paid per call
        missing = [p for p in index.positions.values() if p not in index.vectors]
        twin, started = index.copy(), time.monotonic()
        for position in missing:
            if time.monotonic() - started > FILL_SECONDS:
                break
            vector = embedder.embed(memory_text(twin.memories[position] or {}))
            if vector is None:
                break  # the embedder is failing: words alone, asked again next search
            twin.vectors[position] = vector
        pid = persona["id"]
        with self._lock:
            cached = self._indexes.get(pid)
            if cached is None or cached[0] is not index:
                return twin  # the index changed meanwhile: its own search will fill it
            self._keep(pid, twin, cached[1])
        return twin

    def forget(self, persona_id: str) -> None:
        """Drop a persona's index (erased personas leave nothing in memory)."""
        with self._lock:
            self._drop(persona_id)

    def clear(self) -> None:
        """Forget every index."""
        with self._lock:
            self._indexes.clear()
            self._chars = 0

    def _from_saved(self, source: MemorySource, persona: dict[str, Any]) -> MemoryIndex | None:
        if not hasattr(source, "saved_index"):
            return None
        store: IndexStore = source  # type: ignore[assignment]
        pid, revision = persona["id"], int(persona.get("memory_revision") or 0)
        blob, log = store.saved_index(pid)
        if blob is None:
            return None
        try:
            index = from_snapshot(blob, persona)
        except StaleSnapshot:
            return None
        wanted = list(range(index.revision + 1, revision + 1))
        writes = [(r, m) for r, m in log if r > index.revision]
        if [r for r, _ in writes][:len(wanted)] != wanted:
            return None  # a gap in the log: read everything instead
        changed = list(dict.fromkeys(m for _, m in writes))
        found = {m["id"]: m for m in store.memories_by_id(pid, changed)} if changed else {}
        for memory_id in changed:
            if memory_id in found:
                index.upsert(found[memory_id])
            else:
                index.remove(memory_id)
        index.revision = max([index.revision] + [r for r, _ in writes])
        self.loads += 1
        if len(writes) >= SAVE_AFTER:
            self._save(source, pid, index)
        return index

    def _built(self, source: MemorySource, persona: dict[str, Any]) -> MemoryIndex:
        index = build_index(persona, source.all_memories(persona["id"]))
        self.builds += 1
        if hasattr(source, "save_index"):
            self._save(source, persona["id"], index)
        return index

    def _save(self, source: MemorySource, persona_id: str, index: MemoryIndex) -> None:
        store: IndexStore = source  # type: ignore[assignment]
        revision = index.revision
        store.save_index(persona_id, revision, index.snapshot())
        index.saved_revision = revision
        self.saves += 1

    def _keep(self, pid: str, index: MemoryIndex, version: int) -> None:
        self._drop(pid)
        size = index.size_chars()
        self._indexes[pid] = (index, version, size)
        self._chars += size
        while len(self._indexes) > 1 and (len(self._indexes) > self._capacity
                                          or self._chars > self._max_chars):
            _, (_, _, dropped) = self._indexes.popitem(last=False)
            self._chars -= dropped

    def _drop(self, pid: str) -> None:
        old = self._indexes.pop(pid, None)
        if old is not None:
            self._chars -= old[2]


CACHE = IndexCache()


def search(source: MemorySource, persona: dict[str, Any], query: str, limit: int,
           embedder: Any = None) -> list[tuple[dict[str, Any], float]]:
    """The persona's memories that best answer `query`, with scores (hybrid when an embedder
    is configured and the memories carry vectors)."""
    return [(hit.memory, hit.score) for hit in find(source, persona, query, limit, embedder)]


def _prepared(source: MemorySource, persona: dict[str, Any], query: str, embedder: Any
              ) -> tuple[MemoryIndex, list[float] | None, bool]:
    """The persona's index for `query` (with vectors when an embedder gives the question one),
    the question's vector, and whether the confidence may weigh its closeness."""
    index = CACHE.index_for(source, persona)
    query_vector = None
    if embedder is not None and index.positions:
        # "Vó, ..." names who is asked, not what about: left out, it would draw every memory
        # that speaks of the vó closer than the one that answers. Asked first: the first
        # call of a process loads the model, which is no part of the time memories are filled.
        query_vector = embedder.embed_query(without_address(query, index.self_names))
        if query_vector is not None:
            index = CACHE.with_vectors(source, persona, index, embedder)
    calibrated = getattr(embedder, "model_id", "") == confidence.hybrid_model()
    return index, query_vector, calibrated


def find(source: MemorySource, persona: dict[str, Any], query: str, limit: int,
         embedder: Any = None) -> list[Hit]:
    """The persona's best memories for `query`, with score and relevance."""
    index, query_vector, calibrated = _prepared(source, persona, query, embedder)
    return index.hits(query, limit, query_vector, calibrated)


def vouch(source: MemorySource, persona: dict[str, Any], query: str, memory_id: str,
          embedder: Any = None) -> float | None:
    """The confidence the search would have in one memory as the answer to `query`
    (`MemoryIndex.confidence_of`), searched as `find` searches."""
    index, query_vector, calibrated = _prepared(source, persona, query, embedder)
    return index.confidence_of(query, memory_id, query_vector, calibrated)


def others_events(source: MemorySource, persona: dict[str, Any], query: str,
                  memory_ids: Sequence[str]) -> set[str]:
    """Of these memories, those that tell only of someone else's wedding, birth, death,
    retirement, illness or operation, when `query` asks the persona of their own ("quando
    vocês casaram?" after "como a senhora conheceu o vô?": not the daughter's wedding)."""
    return CACHE.index_for(source, persona).others_events(query, memory_ids)


__all__ = ["Hit", "MemoryIndex", "build_index", "from_snapshot", "fingerprint", "fold",
           "StaleSnapshot", "without_vocative", "Names", "memory_terms", "IndexCache", "CACHE",
           "search", "find", "vouch", "others_events"]
