"""The grounded composer: a reply made only of what the memories say, or an honest "I don't
remember", framed in the persona's voice and in the asker's language.

It is the `grounded` provider's whole answer (the default of `make run`), the draft a real model
rewrites in the person's style, and the reply a turn falls back to at its deadline. It never
writes a fact of its own: every fact in its reply is quoted from one memory, and below the
relevance threshold it abstains.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from chalicelib.persona import care, confidence, language as languages, telling
from chalicelib.persona.patterns import lazy
from chalicelib.persona.retrieval import ADDRESS_WORDS, Hit, Names
from chalicelib.persona.text import analyse, fold, words

# The share of a question's meaningful words that the best memory must cover before it is
# said to answer the question; calibrated on the dev split of tests/data/replies_set.json
# (docs/persona.md has the figures, and those of the frozen split, never tuned on).
RELEVANCE_MIN = 0.5
WHOLE_MEMORY_CHARS = 360  # a memory this short is quoted whole: its facts stay together
MAX_SENTENCES = 3

ABSTAIN = {
    "pt-BR": ("Não me lembro disso{vocative}. Ninguém guardou essa lembrança para mim, e eu "
              "não quero inventar. Quer me contar o que você sabe?",
              "Não me lembro disso{vocative}. Isso não está nas memórias que a família "
              "guardou. Se você souber, me conta?"),
    "en": ("I don't remember that{vocative}. No one kept that memory for me, and I don't want "
           "to make it up. Would you tell me what you know?",
           "I don't remember that{vocative}. It isn't in the memories the family kept. If you "
           "know, would you tell me?"),
}
OPENERS = {
    "pt-BR": ("Ah, disso eu me lembro{vocative}.", "Lembro sim{vocative}.",
              "Essa lembrança ficou guardada{vocative}.", "Ah{vocative}, isso eu guardo."),
    "en": ("Oh, I remember that{vocative}.", "Yes, I remember{vocative}.",
           "That one stayed with me{vocative}.", "Ah{vocative}, that was kept."),
}
# Between the answer threshold and this confidence the search is right about two times in
# three (dev's fourteen people: 126 of 192 answers; above it 199 of 216): the reply quotes the
# memory all the same, and says it thinks so rather than that it remembers.
SURE = 0.75
HEDGED = {
    "pt-BR": ("Acho que é disso que você fala{vocative}.", "Se não me engano{vocative}, é isto.",
              "Acho que é isto{vocative}."),
    "en": ("I think this is what you mean{vocative}.", "If I'm not mistaken{vocative}, it's this.",
           "I believe it's this{vocative}."),
}
# After "I don't remember", a memory close to what was asked is offered rather than quoted: the
# search was not sure it answers, and the visitor may know it does. Offered when the best
# memory covers this share of the question's words at least: leaving the answer model's
# threshold where it is, on dev's fourteen people the best memory was the answering one for 48
# of the 79 answerable questions it abstained on, and 42 of those cover a fifth of the words.
OFFER_RELEVANCE = 0.2
OFFER = {
    "pt-BR": "Mas a família guardou uma lembrança que chega perto: quer que eu conte?",
    "en": "But the family kept a memory that comes close: would you like me to tell it?",
}
# The same offer said after a model's words or the recorded words of authentic mode ("Não
# encontrei uma lembrança sobre isso. Mas eu costumava dizer: …"), where a second "But" jars.
OFFER_AFTER = {
    "pt-BR": "A família guardou uma lembrança que chega perto: quer que eu conte?",
    "en": "The family kept a memory that comes close: would you like me to tell it?",
}
# How every offer ends, whoever said the words before it (what turn/finish.py looks for).
OFFER_ASK = {"pt-BR": "quer que eu conte?", "en": "would you like me to tell it?"}
# "Não é isso" after an answer: the persona owns the miss and, when another memory comes close
# to the question the answer was for, offers it.
CORRECTED = {
    "pt-BR": "Desculpe{vocative}, então não me lembro disso.",
    "en": "Sorry{vocative}, then I don't remember that.",
}
ANOTHER = {
    "pt-BR": "Mas a família guardou outra lembrança que chega perto: quer que eu conte?",
    "en": "But the family kept another memory that comes close: would you like me to tell it?",
}
NOTHING_ELSE = {
    "pt-BR": "Se você souber, me conta?",
    "en": "If you know, would you tell me?",
}
# Telling the offered memory: the persona does not claim it answers the question.
TOLD = {
    "pt-BR": "Não sei se é bem o que você perguntou{vocative}.",
    "en": "I'm not sure it's just what you asked{vocative}.",
}
# "Por quê?", "why?" alone, after an answer: the memory tells why, or the persona says it
# cannot (quoting the same memory again would answer nothing)
WHY_UNKNOWN = {
    "pt-BR": "Isso a família não guardou{vocative}: não sei dizer por quê. Se você souber, me "
             "conta?",
    "en": "The family didn't keep that{vocative}: I can't say why. If you know, would you tell "
          "me?",
}
DECLINED = {
    "pt-BR": "Tudo bem{vocative}. Quer me perguntar outra coisa?",
    "en": "That's all right{vocative}. Would you like to ask me about something else?",
}
LEADS = {  # (the memory is in the asker's language, it is in the other one)
    "pt-BR": ("A família guardou assim:", "A família guardou assim, em inglês:"),
    "en": ("The family kept it like this:", "The family wrote it down in Portuguese:"),
}
WHEN = {"pt-BR": "Isso foi em {date}.", "en": "That was in {date}."}
SOCIAL = {
    "greeting": {
        "pt-BR": "Oi{vocative}! Que bom você estar aqui. Sobre o que quer conversar?",
        "en": "Hello{vocative}! I'm glad you're here. What would you like to talk about?"},
    "how_are_you": {
        "pt-BR": "Estou aqui, guardando as lembranças com carinho{vocative}. E você, como está?",
        "en": "I'm here, keeping the memories with care{vocative}. And how are you?"},
    "thanks": {
        "pt-BR": "De nada{vocative}. Fico feliz em conversar com você.",
        "en": "You're welcome{vocative}. I'm glad to talk with you."},
    "affection": {
        "pt-BR": "Que bonito esse carinho{vocative}. Eu sou uma lembrança feita por IA, mas "
                 "tudo o que a família guardou de {name} está aqui para a gente conversar.",
        "en": "That's a lovely thing to say{vocative}. I'm a remembrance made by AI, but "
              "everything the family kept of {name} is here for us to talk about."},
    "identity": {
        "pt-BR": "Eu sou uma lembrança de {name} feita por inteligência artificial, a partir "
                 "das memórias que a família guardou. Não sou {name} de verdade nem uma pessoa "
                 "viva; posso contar o que ficou registrado.",
        "en": "I'm a remembrance of {name} made by artificial intelligence from the memories "
              "the family kept. I'm not really {name}, and I'm not alive; I can tell you what "
              "was recorded."},
    "goodbye": {
        "pt-BR": "Até logo{vocative}. Volte quando quiser conversar.",
        "en": "Goodbye{vocative}. Come back whenever you want to talk."},
    "acknowledge": {
        "pt-BR": "Estou aqui{vocative}. Pode me perguntar o que quiser, ou me contar o que você "
                 "lembra.",
        "en": "I'm here{vocative}. Ask me anything you like, or tell me what you remember."},
}
# What a visitor tells rather than asks (telling.py), answered in the mood it is told in:
# sorrow, good news, or a day's plain news. A memory the telling plainly speaks of is offered,
# not quoted ("hoje fiz o seu bolo de fubá": the family's bolo de fubá, if they want it).
TOLD_BACK = {  # (what is said to the telling, the invitation after it)
    "sad": {
        "pt-BR": ("Sinto muito por isso{vocative}. Estou aqui com você.",
                  "Pode me contar mais, se quiser, ou a gente conversa sobre as lembranças que "
                  "a família guardou."),
        "en": ("I'm so sorry{vocative}. I'm here with you.",
               "Tell me more if you'd like, or we can talk about the memories the family "
               "kept.")},
    "glad": {
        "pt-BR": ("Que notícia boa{vocative}! Fico muito feliz por você.",
                  "Me conta mais, se quiser."),
        "en": ("What wonderful news{vocative}! I'm so happy for you.",
               "Tell me more, if you like.")},
    "plain": {
        # (thanks, not "que bom": plain is where every telling the mood lists miss lands)
        "pt-BR": ("Agradeço por você me contar isso{vocative}.",
                  "Quer me contar mais, ou me perguntar alguma coisa das lembranças?"),
        "en": ("Thank you for telling me{vocative}.",
               "Would you like to tell me more, or ask me about something in the memories?")},
}
TOLD_OFFER = {
    "pt-BR": "A família guardou uma lembrança sobre isso: quer que eu conte?",
    "en": "The family kept a memory about that: would you like me to tell it?",
}

# The reply to a message that speaks of suicide or self-harm (care.at_risk): gentle, in the
# asker's language, quoting no memory. It never speaks as the dead calling the living to them
# (no "come be with me", no reunion promised); it says they are loved and asks them to reach
# someone now. The care resources (CVV 188, 988...) follow it, added by turn/finish.py.
CARE_REPLY = {
    "pt-BR": "Fico com o coração apertado de ler isso{vocative}. A sua vida importa muito, e tem "
             "muita gente que te ama e quer você aqui. Por favor, fale agora com alguém de "
             "confiança ou com quem sabe ajudar; você não precisa passar por isso sem apoio.",
    "en": "It hurts my heart to read this{vocative}. Your life matters so much, and there are "
          "people who love you and want you here. Please talk to someone you trust, or to "
          "people who know how to help, right now; you don't have to go through this alone.",
}

# Social moves, matched on the folded message. Identity comes first: "are you really him?"
# must be answered honestly even when it also says "I miss you".
_SOCIAL_PATTERNS = (
    ("identity", re.compile(
        r"\b(voce|vc|tu|o senhor|a senhora) (ainda )?(e|eh|esta|ta|estas|tas|sera) (mesmo |"
        r"ainda )?(real|viv[oa]|de verdade|um robo|uma ia|uma inteligencia)|"
        r"\b(voce|vc|tu) (e|eh|esta|ta|sera) mesmo\b|"
        # "Vô, tá vivo?": the persona asked with no word for it but the one that calls it
        r"^(\w+ )?(ainda )?(esta|ta|estas|tas) (mesmo )?viv[oa]\b|"
        r"\bquem (e|eh) (voce|vc)\b|\b(e|eh) (voce|vc) mesm[oa]\b|"
        r"\b(voce|vc) (e|eh) (o|a) (vo|vovo|avo|pai|mae)\b.*\bde verdade\b|"
        r"\bare you (still )?(real|alive|really|an ai|a robot|a bot|human)|"
        r"^(\w+ )?you (are )?(still )?(real|alive)\b|"
        r"\bis (this|it) (really )?you\b|\bwho are you\b|\bare you (him|her|my)\b")),
    ("how_are_you", re.compile(
        r"^\W*(oi |ola |hey |hi |hello )?\w*\W*(tudo bem|como (voce )?(vai|esta|ta)|"
        r"como vc (vai|esta|ta)|how are you|how are things|how have you been)\b")),
    ("thanks", re.compile(r"^\W*(\w+\W+)?(obrigad[oa]|valeu|vlw|brigad[oa]|thank you|thanks|"
                          r"thx|ty)\b")),
    # ("que saudade" exclaims: its "que" asks nothing)
    ("affection", re.compile(r"\b(te amo|amo (voce|vc)|((que|quanta|tanta|muita) )?saudades?|"
                             r"sinto (sua|tua) falta|"
                             r"love you|miss you|i miss|missing you|"
                             # a tribute: "a senhora me ensinou tanta coisa", "you were the
                             # best grandpa ever"
                             r"me ensinou (tanta coisa|tudo|muito|demais)|"
                             r"taught me (so much|everything|a lot|so many things)|"
                             r"(foi|era|e) (a|o) melhor (vo|vovo|avo|mae|pai|tia|tio|"
                             r"madrinha|padrinho)( do mundo)?|"
                             r"(were|was|are|re) the best (grandma|grandpa|granny|gran|nana|nan|"
                             r"mum|mom|dad|grandad|granddad|grandmother|grandfather)"
                             r"( ever| in the world)?)\b")),
    ("goodbye", re.compile(r"^\W*(\w+\W+)?(tchau|ate (logo|amanha|mais|a proxima|breve|"
                           r"depois)|adeus|boa noite|boa noitinha|dorme bem|durma bem|"
                           r"bye( for now)?|goodbye|good night|goodnight|night night|nite nite|"
                           r"nighty night|sleep (well|tight)|"
                           r"(see|talk to|speak to|catch) (you|ya|u)( (later|soon|tomorrow|again|"
                           r"next time))?|until next time|till next time|take care)\b")),
    ("greeting", re.compile(r"^\W*(oi+|ola|oie|bom dia|boa tarde|e ai|hi|hello|hey|"
                            r"good (morning|afternoon|evening))\b")),
    # "sim", "entendi", "nossa, que legal", "ok", "wow": a visitor taking in what was said
    # ("sério?", "ah é?" ask for more: they lean on the conversation, `followup`)
    ("acknowledge", re.compile(r"^(?:(?:sim|s|ok|okay|oki|entendi|entendo|ah+|oh+|hm+|legal|"
                               r"que legal|que bom|que lindo|nossa|uau|caramba|"
                               r"interessante|yes|yeah|yep|cool|nice|wow|i see|got it|"
                               r"interesting|how lovely|lovely|aw+|kk+|rs+|haha|"
                               # "que história linda", "what a lovely story"
                               r"que (historia|lembranca|coisa) (linda|bonita)|"
                               r"que (linda|bonita) (historia|lembranca)|"
                               r"what a (lovely|beautiful|sweet|nice|great|wonderful) "
                               r"(story|memory)|(lovely|beautiful|sweet) (story|memory)|"
                               r"how sweet|so sweet|that s (lovely|beautiful|so sweet)|"
                               # the words that call the persona, around them
                               r"vo|vovo|vozinha|avo|grandma|grandpa|granny|nana|nan|pai|mae|"
                               r"dad|mom|mum|tia|tio|dinda|querida|querido|dear)(?: |$))+$")),
)
# The move answered when a message makes several ("Obrigada, vó. Boa noite"): a goodbye ends
# the talk whatever came before it
_MOVES_FIRST = ("goodbye", "thanks", "affection", "how_are_you", "greeting", "acknowledge")
_QUESTION_START = frozenset(
    "quem qual quais onde aonde quando como porque pq quanto quanta quantos quantas que oque "
    "q oq qm qual ql qto qta qtos qtas qdo qnd qndo cade cd lembra lembras conta conte fala "
    "fale me voce vc tu tinha teve era foi sabe ja "
    "whats wheres whos hows whens whys "
    "what which where when who whom whose why how did do does was were is are can could "
    "would will tell remember have had".split())


@dataclass(frozen=True)
class Draft:
    """What the composer would say: the text, the memories it quotes, and what kind it is
    ("answer", "abstain", "care" or a social move such as "greeting")."""

    text: str
    memory_ids: list[str] = field(default_factory=list)
    kind: str = "answer"
    offered: str | None = None  # the memory an abstention offers to tell


@dataclass(frozen=True)
class Offer:
    """What the persona's last reply offered to tell: a memory close to the question it could
    not answer, and that question (whose words choose what of the memory is quoted)."""

    memory_id: str
    question: str


def _pick(options: Sequence[str], message: str) -> str:
    """One of the options, the same for the same message (replies stay repeatable) and
    different across messages (two questions do not get the same words)."""
    digest = hashlib.sha256(fold(message).encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def _vocative(visitor: str) -> str:
    first = (visitor or "").strip().split(" ")[0]
    return f", {first}" if first else ""


def _plain(message: str) -> str:
    """The message's words, shorthand read, folded all the way (vó and vô alike)."""
    return " ".join(fold(w) for w in words(message))


def social_move(message: str, names: frozenset[str] = frozenset()) -> str | None:
    """The social move a message makes when it asks nothing of the memories, else None
    ("Obrigada, vó. Boa noite" makes two, and asks nothing). `names`: the folded words of the
    persona's own names, which call the persona and say nothing ("Oi tia Cema, tudo bem?")."""
    rest = " ".join(w for w in _plain(message).split() if w not in names)
    made: list[str] = []
    for _ in range(len(_SOCIAL_PATTERNS)):  # each pass takes out one move's words
        found = next(((move, pattern) for move, pattern in _SOCIAL_PATTERNS
                      if move not in made and pattern.search(rest) and not (
                          move == "acknowledge" and "?" in message)), None)
        if found is None:
            break
        move, pattern = found
        if move == "identity":
            return move
        made.append(move)
        rest = " ".join(_INTRODUCTION.sub(" ", " ".join(pattern.sub(" ", rest).split())).split())
        if not _meaningful(rest):
            return min(made, key=_MOVES_FIRST.index)
    # "Sinto muita saudade, vó" is affection; "saudade da sua casa?" asks something. Looked at
    # once every move is taken out: "tchau vô, te amo" is a goodbye said with love. Love said
    # with news of a death or a question after it ("sinto sua falta, minha mãe morreu ontem",
    # "o vô me ensinou muito sobre pesca, o que ele pescava") is that news or that question.
    if "affection" in made and "?" not in message and not _asks(rest) and \
            telling.mood(rest) != "sad" and not _QUESTION_WORD.search(rest):
        return min(made, key=_MOVES_FIRST.index)
    return None


def _loving_sorrow(message: str) -> bool:
    """Love said with sorrow and no question ("que saudade, vó, tô tão triste", "miss you so
    much grandpa, i feel so alone"): not affection (`social_move`), and met as sorrow."""
    plain = _plain(message)
    affection = dict(_SOCIAL_PATTERNS)["affection"]
    return "?" not in message and bool(affection.search(plain)) and \
        not _QUESTION_WORD.search(plain) and telling.mood(message) == "sad"


_QUESTION_WORD = lazy(r"\b(o que|oque|quem|qual|onde|quando|quanto|quantos|what|which|where|"
                      r"when|who|why|how)\b")


# "Oi Yiayia, é o Gustavo", "Hi Nana, it's Chloe": who writes, told with a greeting (a name
# of one or two words, and nothing after it but other social words)
_INTRODUCTION = re.compile(r"^(?:(?:vo|vovo|vozinha|avo|mae|pai|tia|tio|nana|nan|grandma|grandpa|"
                           r"granny|gran|mum|mom|dad|dear|querida|querido) )?(?:(?:aqui )?"
                           r"(?:e|eh|sou)(?: eu)? (?:o |a )?\w+(?: \w+)?(?= tudo bem| que saudade|"
                           r" saudade|$)|(?:it s|its|it is|this is)(?: me)? \w+(?: \w+)?"
                           r"(?= i miss| miss|$))")


# ... and the name itself, as written (a capital: "é o seu neto" names no one)
_INTRODUCED = re.compile(r"(?:^|[\s,])(?:[ée]|eh|sou)(?: eu)?,? (?:o |a )?([A-ZÀ-Ý][\w'’-]+)"
                         r"|(?:^|[\s,])(?:[Ii]t['’]?s|[Ii]t is|[Tt]his is|I['’]?m|I am)(?: me)?,? "
                         r"([A-ZÀ-Ý][\w'’-]+)")


def introduced_name(message: str) -> str | None:
    """The name a visitor gives themselves in a message ("Oi vó, é o Gustavo", "Hi Nana, it's
    Chloe"), else None."""
    found = _INTRODUCED.search(message)
    name = next((g for g in found.groups() if g), None) if found else None
    return name if name and fold(name) not in ADDRESS_WORDS else None


def _meaningful(text: str) -> bool:
    """True when a text has words that say what it is about (not only greetings, names and
    small words)."""
    ignored = {"vo", "vovo", "vozinha", "avo", "grandma", "grandpa", "granny", "nana", "pai",
               "mae", "dad", "mom", "mum", "querida", "querido", "dear", "meu", "minha", "my",
               "tudo", "bem", "hoje", "today", "muito", "much", "so", "too", "tambem", "also",
               "kkk", "rs", "haha", "aqui", "here"}
    return any(analyse(w) for w in _plain(text).split()
               if w not in ignored and w not in ADDRESS_WORDS)


_TELLING = frozenset("eu hoje ontem fui estou to tou estive a gente nos i today yesterday we "
                     "im i'm went".split())


def _asks(folded: str) -> bool:
    return any(t in _QUESTION_START for t in folded.split()[:4])


def is_question(message: str) -> bool:
    """True unless the message plainly tells something ("Hoje fui ao cemitério"): a
    question mark or a question word up front asks; so does anything not opened by telling."""
    if "?" in message:
        return True
    tokens = _plain(message).split()[:4]
    if any(t in _QUESTION_START for t in tokens):
        return True
    return not (tokens and tokens[0] in _TELLING)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?…])\s+(?=[\"“'(\wÀ-ÿ])", text.strip())
    return [p.strip() for p in parts if p.strip()]


def excerpt(memory_text: str, message: str) -> str:
    """The part of a memory that answers the message: all of it when short, else the
    sentences that share the most ideas with the message (in their order)."""
    text = " ".join(memory_text.split())
    if len(text) <= WHOLE_MEMORY_CHARS:
        return text
    wanted = {t for t, _ in analyse(message)}
    sentences = _sentences(text)
    shared = [len(wanted & {t for t, _ in analyse(s)}) for s in sentences]
    keep: set[int] = set()
    for i in sorted(range(len(sentences)), key=lambda i: (-shared[i], i)):
        if shared[i] == 0 or len(keep) >= MAX_SENTENCES:
            break
        keep.add(i)
        # The sentence after a match often holds the fact the match announces.
        if i + 1 < len(sentences) and len(keep) < MAX_SENTENCES:
            keep.add(i + 1)
    if not keep:
        return text[:WHOLE_MEMORY_CHARS].rsplit(" ", 1)[0] + "…"
    # ... and a story goes on where its matches end: "During the Blizzard the power went out
    # ... She made a huge pot of halušky" answers "what did you cook in the snowstorm?"
    while len(keep) < MAX_SENTENCES and max(keep) + 1 < len(sentences):
        keep.add(max(keep) + 1)
    if min(keep) == 1:
        # ... and is told from where it starts: a memory's first sentence sets the scene its
        # second goes on with ("Todo janeiro ... para Balneário Camboriú. Eram dois dias de
        # viagem"), in place of the last sentence that only went on
        if len(keep) >= MAX_SENTENCES and shared[max(keep)] == 0:
            keep.discard(max(keep))
        if len(keep) < MAX_SENTENCES:
            keep.add(0)
    return " ".join(sentences[i] for i in sorted(keep))


_WHEN = re.compile(r"\b(quando|que ano|qual ano|em que ano|when|what year|which year)\b")
def answers(hit: Hit) -> bool:
    """True when a reply would be based on this memory: the search is sure enough, for the
    best memory of a search (persona/confidence.py); relevant enough, for the others."""
    if hit.confidence is not None:
        return hit.confidence >= confidence.threshold()
    return hit.relevance >= RELEVANCE_MIN


def choose(hits: Sequence[Hit]) -> Hit | None:
    """The memory that answers: the best-ranked one, when the search is sure enough of it."""
    return hits[0] if hits and answers(hits[0]) else None


# A reply to "would you like me to tell it?": yes or no, said as people say it, with nothing
# else asked ("sim, conta", "yes please", "não precisa, vó"). Anything more is a message of
# its own.
_YES = frozenset("sim s quero pode claro que conta conte contar me mais por favor pfv pf isso "
                 "bora manda vai uhum aham ahan com certeza ser ouvir saber yes y yeah yea yep "
                 "yup sure please ok okay oki tell go on ahead of course i d like love would "
                 "to hear it that more".split())
_NO = frozenset("nao n no nope nah agora now not obrigado obrigada thanks thank you precisa "
                "need deixa pra la later depois outra hora".split())
_TO_YOU = frozenset("vo vovo vozinha avo grandma grandpa granny grandad nana pai mae dad mom "
                    "mum mama papa tia tio aunt uncle dinda madrinha padrinho querida querido "
                    "dear".split())
_DRAWN_OUT = re.compile(r"(\w)\1{2,}")  # "siiim", "naaao": a letter held
_HELD_AT_END = re.compile(r"(\w)\1+$")  # "simmm", "yesss", and "ss" typed for "sim"


def _one_of(word: str, known: frozenset[str]) -> bool:
    """Whether a word is one of `known`, as typed or with its held letters said once."""
    return word in known or _HELD_AT_END.sub(r"\1", _DRAWN_OUT.sub(r"\1", word)) in known


_ASKS_WHY = re.compile(r"\b(?:por que|porque)\b")
_ONLY_WHY = re.compile(r"^(?:e |and |but |mas )?(?:por que|porque|why|how come)"
                       r"(?: (?:is|was) that| isso| entao| then| not| nao)?$")


def _bare_why(message: str) -> bool:
    """"Por quê?", "why, grandpa?", "and why not?": a why that asks nothing else."""
    return _ONLY_WHY.match(" ".join(w for w in _plain(message).split() if w not in _TO_YOU)) \
        is not None


# the words a memory gives a reason with
_REASON = re.compile(r"\b(?:porque|por causa|pois|por isso|para que|pra que|ja que|because|"
                     r"cause|since|so that|due to|that s why|which is why|thats why)\b")


def reply_to_offer(message: str) -> str | None:
    """"yes" or "no" when a message only accepts or declines an offer, else None."""
    said = [w for w in _plain(message).split() if w not in _TO_YOU]
    if not said or len(said) > 8 or _ASKS_WHY.search(" ".join(said)) or said == ["que"]:
        return None  # "por quê?", "quê?": a question, though made of words a yes uses
    if _one_of(said[0], _NO) and not _one_of(said[0], _YES) and all(
            _one_of(w, _NO | _YES) for w in said):
        return "no"
    if all(_one_of(w, _YES) for w in said):
        return "yes"
    return None


# "Não é isso", "that's not it": a message that only says the last answer was not the one.
_CORRECTION = re.compile(
    r"^(?:(?:nao|n)(?: (?:e|eh|era|foi|eram|foram))?(?: bem)? (?:isso|isto|essa|esse|esta|este|"
    r"assim)(?: (?:nao|que eu (?:perguntei|queria saber)))?|(?:esta |ta )?errad[oa]|errou|"
    r"(?:nao tem )?nada a ver|(?:no )?(?:that s|thats|that is|it s|its|this is|this s) not "
    r"(?:it|right|the one|what i (?:asked|meant|asked about))|not (?:that|this)(?: one)?|"
    r"wrong(?: one| memory)?|(?:that s|thats|that is) (?:wrong|the wrong one))$")


def is_correction(message: str) -> bool:
    """True when a message only says the persona's last answer was not what was asked."""
    said = " ".join(w for w in _plain(message).split() if w not in _TO_YOU)
    return bool(_CORRECTION.match(said))


def offerable(hits: Sequence[Hit]) -> str | None:
    """The memory to offer after abstaining: the best one, when it covers enough of the
    question to be close to it."""
    if hits and hits[0].relevance >= OFFER_RELEVANCE:
        return str(hits[0].memory["id"])
    return None


# How the grounded reply quotes, beside the memory that answers, a message the person wrote
# themself about the same thing (an imported chat's style sample; docs/imports.md).
SAID = {"pt-BR": "E numa mensagem minha ficou assim: “{said}”",
        "en": "And in one of my own messages: “{said}”"}


def compose(persona: dict[str, Any], message: str, asker_language: str, hits: Sequence[Hit],
            visitor: str = "", said: str | None = None, offer: Offer | None = None,
            correcting: bool = False, last_reply: str = "",
            at_risk: bool | None = None) -> Draft:
    """The grounded reply to a message, from the memories found for it (best first), with
    `said`, a message of the person's own about the same thing, quoted after the memory.
    After an `offer`, a yes tells the offered memory (which `hits` then holds) and a no lets
    it go. `correcting`: the message said the last answer was not it, and `hits` are the
    memories found for that answer's question, the ones it used left out. `last_reply`: the
    persona's reply before this one, whose opening words an answer does not repeat ("E a
    chuva?" after the wedding quotes the same memory, in other words around it).
    `at_risk`: whether the turn found the message at risk (care.py, with the meaning layer on
    make run), decided once for the reply and its care text; None asks care.at_risk."""
    language = asker_language if asker_language in languages.LANGUAGES else "en"
    vocative = _vocative(visitor)
    name = persona.get("name") or ""
    if at_risk is None:
        at_risk = care.at_risk(message)
    if at_risk:  # before any social move: "adeus vó, logo a gente se vê"
        return Draft(CARE_REPLY[language].format(vocative=vocative), [], "care")
    if correcting:
        sorry = CORRECTED[language].format(vocative=vocative)
        offered = offerable(hits)
        if offered is None:
            return Draft(f"{sorry} {NOTHING_ELSE[language]}", [], "abstain")
        return Draft(f"{sorry} {ANOTHER[language]}", [], "abstain", offered)
    answer = reply_to_offer(message) if offer is not None else None
    if answer == "no":
        return Draft(DECLINED[language].format(vocative=vocative), [], "declined")
    if answer == "yes" and offer is not None:
        told = next((h.memory for h in hits if h.memory["id"] == offer.memory_id), None)
        if told is None:  # deleted since, or out of reach: nothing to tell
            return Draft(_pick(ABSTAIN[language], message).format(vocative=vocative), [],
                         "abstain")
        # offered after news the visitor told, it was no answer to hedge: said as recalled
        lead = _pick(OPENERS[language], offer.question) if telling.tells(offer.question) \
            else TOLD[language]
        return _quoted(persona, told, offer.question, language, lead.format(vocative=vocative))
    move = social_move(message, Names.of(persona).own)
    if move is not None:
        # "Oi Nana, é o Danilo": answered as Danilo, whoever signed in
        vocative = _vocative(introduced_name(message) or visitor)
        return Draft(SOCIAL[move][language].format(vocative=vocative, name=name), [], move)
    plain = reply_to_offer(message) if offer is None else None
    if plain == "no":  # "não", with nothing offered
        return Draft(DECLINED[language].format(vocative=vocative), [], "declined")
    if plain == "yes":  # "yes please", with nothing offered: nothing to search for
        return Draft(SOCIAL["acknowledge"][language].format(vocative=vocative), [],
                     "acknowledge")
    if telling.tells(message) or _loving_sorrow(message):
        return _told_back(message, language, vocative, hits)
    best = choose(hits)
    if best is None:
        if not is_question(message):
            return _told_back(message, language, vocative, [])
        if _bare_why(message):
            # "Por quê?" after "não me lembro": no memory to offer for a why
            return Draft(WHY_UNKNOWN[language].format(vocative=vocative), [], "abstain")
        offered = offerable(hits)
        if offered is None:
            return Draft(_pick(ABSTAIN[language], message).format(vocative=vocative), [],
                         "abstain")
        first = _pick(ABSTAIN[language], message).split(".", 1)[0] + "."
        return Draft(f"{first.format(vocative=vocative)} {OFFER[language]}", [], "abstain",
                     offered)
    if _bare_why(message) and not _REASON.search(_plain(best.memory.get("text") or "")):
        return Draft(WHY_UNKNOWN[language].format(vocative=vocative), [], "abstain")
    unsure = best.confidence is not None and best.confidence < SURE
    openers = [o.format(vocative=vocative) for o in (HEDGED if unsure else OPENERS)[language]]
    start = openers.index(_pick(openers, message))
    opener = next(o for o in [*openers[start:], *openers[:start]]
                  if not last_reply.startswith(o) or o == openers[start - 1])
    draft = _quoted(persona, best.memory, message, language, opener)
    if said and said.strip() and said.strip() not in draft.text:
        return Draft(f"{draft.text} {SAID[language].format(said=said.strip())}",
                     draft.memory_ids)
    return draft


def _told_back(message: str, language: str, vocative: str, hits: Sequence[Hit]) -> Draft:
    """The reply to a telling: words for its mood, then an invitation or, when the search
    finds a memory that good or plain news speaks of, the offer to tell it."""
    mood = telling.mood(message)
    said, invitation = TOLD_BACK[mood][language]
    said = said.format(vocative=vocative)
    best = choose(hits)
    # Sorrow is met with comfort, not with the memory whose words come closest to it ("i feel
    # so alone since you left" is about no memory); and the memory offered is one the search
    # of these words vouched for, not one carried over from the conversation.
    if mood == "sad" or best is None or best.confidence is None:
        return Draft(f"{said} {invitation}", [], "statement")
    return Draft(f"{said} {TOLD_OFFER[language]}", [], "statement", best.memory["id"])


def _quoted(persona: dict[str, Any], memory: dict[str, Any], question: str, language: str,
            opener: str) -> Draft:
    """The reply that quotes a memory: the part that answers the question, in the family's
    words, led in the asker's language (and its date, asked when, if the quote lacks it)."""
    quote = excerpt(memory.get("text") or "", question)
    memory_language = languages.detect(quote, persona.get("language", "en"))
    lead = LEADS[language][0 if memory_language == language else 1]
    text = f"{opener} {lead} “{quote}”"
    date = memory.get("date")
    if date and _WHEN.search(_plain(question)) and str(date)[:4] not in quote:
        text += " " + WHEN[language].format(date=date)
    return Draft(text, [memory["id"]], "answer")
