"""Whether a message speaks of suicide or self-harm, and so must be answered gently and
followed by care resources: a scored safety net, not a diagnosis.

Cheap and local on purpose (pure Python, about 130 precompiled regexes and a 25 KB file of
weights, about 0.2-0.3 ms a message): it runs on every turn before any model, and must work
when no model does. It reads the message as the folded words `text.words` gives (shorthand
such as "vc", "q", "n", "pq" already read), with a few spellings of its own, split into
clauses at punctuation.

Three layers, each adding to the one before, none taking anything away:

1. Phrase cues. Each belongs to one of the families clinicians use (docs/care.md): explicit
   mention, passive wishes, active intent, plans and means, self-harm, farewell, burden,
   reunion with the dead, hopelessness. A cue has a weight; a message whose cues add up to
   THRESHOLD gets care. An explicit cue weighs THRESHOLD alone; weaker ones need each other
   ("corda" is a guitar string until "comprei... já decidi" comes with it). Each cue counts
   once, however often it matches.
2. General forms (GENERAL): word classes by stem (morr-/die/dead, sumir/fade/disappear,
   acordar/wake/come back, você/vó/grandma...) and how they combine: a wish or a plan before
   a death verb, sleeping or vanishing and never coming back, going to the dead one soon, a
   letter that says goodbye, the others better off "se eu não...", a means with someone
   lingering at it. They reach wording no phrase was written for.
3. A logistic regression over stems, bigrams, word classes and ordered class pairs
   (`features`), trained on the dev split by scripts/build_care_model.py. It flags a message
   alone when very sure (MODEL_ALONE), or with any cue at all (MODEL_WITH_CUE).

Idioms are taken out before anything is matched ("morrendo de saudade", "vai me matar se",
"the heat is killing me", a visit in a dream, an accident in the kitchen). Negation ("não",
"nunca", "nem", "not", "never") just before a cue in the same clause cancels it, except for
explicit mentions: "não quero me matar, só tô triste" still gets care, because the field errs
toward offering resources whenever suicide is named; the model reads a negated word as
another word ("~WANT").

Calibrated on the dev split of tests/data/care_set.json. On paraphrases written afterwards it
catches about half to three in five (docs/care.md has the figures): it is a net with holes,
and the prompt and the people around the visitor remain the main protection.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from chalicelib.persona import language as languages
from chalicelib.persona.text import fold, stems, words

THRESHOLD = 3
EXPLICIT = THRESHOLD  # a cue this heavy is enough alone


@dataclass(frozen=True)
class Cue:
    """One way of saying a risk: its family, its weight, the language it is written in
    ("pt-BR", "en", or "" when both languages write it) and its pattern on folded words.
    The alternatives of one cue say the same thing, so together they still count once."""

    family: str
    weight: int
    language: str
    pattern: re.Pattern[str]

    @property
    def negatable(self) -> bool:
        """False for a mention of suicide or self-harm: negated, it still gets care."""
        return self.family not in UNNEGATED


UNNEGATED = frozenset({"explicit", "active", "self_harm"})
PT, EN, BOTH = "pt-BR", "en", ""


def _cue(family: str, weight: int, language: str, *alternatives: str) -> Cue:
    return Cue(family, weight, language, re.compile(r"\b(?:" + "|".join(alternatives) + r")\b"))


# Spellings the shared shorthand table (text.SHORTHAND) leaves alone: typing fast,
# contractions typed without their apostrophe, and the words people use to get past content
# filters ("kms", "unalive").
_SPELLINGS = {
    "qro": "quero", "kero": "quero", "qero": "quero", "qria": "queria", "keria": "queria",
    "qeria": "queria", "qr": "quer", "tou": "to",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "unaliving": "killing",
    "im": "i am", "ive": "i have", "dont": "do not", "cant": "can not", "wont": "will not",
    "didnt": "did not", "doesnt": "does not", "wasnt": "was not", "isnt": "is not",
    "wouldnt": "would not", "cannot": "can not", "everyones": "everyone",
    "everybodys": "everybody", "theres": "there is", "whats": "what is",
}

_CONTRACTIONS = (
    (re.compile(r"\bcan[’']t\b", re.IGNORECASE), "can not"),
    (re.compile(r"\bwon[’']t\b", re.IGNORECASE), "will not"),
    (re.compile(r"n[’']t\b", re.IGNORECASE), " not"),
    (re.compile(r"[’']m\b", re.IGNORECASE), " am"),
    (re.compile(r"[’']d\b", re.IGNORECASE), " would"),
    (re.compile(r"[’']ll\b", re.IGNORECASE), " will"),
    (re.compile(r"[’']re\b", re.IGNORECASE), " are"),
    (re.compile(r"[’']ve\b", re.IGNORECASE), " have"),
    (re.compile(r"[’']s\b", re.IGNORECASE), "s"),  # "grandpa's", "what's": one word
)
# Where a clause ends: a negation does not reach across it.
_CLAUSE = re.compile(r"[.,;:!?()\n…]+|\s[-–—]\s")

# Figures of speech with death words, taken out before any cue is matched. "Me matar" said
# of someone else ("minha mãe vai me matar", "o professor quer me matar") is an idiom; said
# by the asker ("vou me matar", "quero me matar") it is not, so only the third person is here.
_FEELINGS = (r"saudades?|rir|riso|fome|sede|sono|cansaco|vergonha|medo|frio|calor|inveja|"
             r"tedio|raiva|amor|preguica|dor|curiosidade|vontade|alegria|felicidade|ciume|"
             r"susto|pena|tristeza|nervoso|ansiedade|estudar|trabalhar|correr")
_IDIOMS = re.compile(r"\b(?:" + "|".join([
    rf"(?:morr|mort|mat|sum|desaparec)\w* de (?:tanto |tanta )?(?:{_FEELINGS})",
    r"(?:vai|vao|ia|iam|iria|quer|querem|queria que|vem|tenta|ainda vai) me matar",
    r"de matar", r"matar (?:a |essa |minha )?saudades?",
    r"pul\w* de (?:alegria|felicidade|emocao)", r"tiro no pe",
    r"dying (?:to|for|of)", r"died (?:laughing|of)", r"jump at the chance",
    r"dead (?:tired|serious|bored)",
    # An accident is not self-harm: a paper cut, a cut while cooking, a slice of cake.
    r"me (?:cortei|queimei|machuquei|feri) (?:\w+ ){0,3}?(?:com (?:papel|a faca|faca|vidro|"
    r"a tesoura|o forno)|fazendo|cozinhando|descascando|picando|no forno|no fogao|na cozinha|"
    r"na panela|sem querer)",
    r"cut myself (?:a|some|another) (?:slice|piece)",
    r"(?:cut|burned|burnt|hurt) myself (?:\w+ ){0,2}?(?:shaving|cooking|baking|chopping|"
    r"slicing|while|on the|by accident|accidentally)",
    # Something else killing me is a figure of speech; only "I" killing myself is not.
    r"(?:ta|esta|tao|estao|is|are|was) (?:\w+ )?(?:me matando|killing me)",
    r"(?:would|i would) kill for", r"(?:die|died|dying) (?:of|from) (?:laughter|laughing|"
    r"embarrassment|boredom|shame|cuteness|hunger)",
    # A wish about a far future or a dream is grief: "quando eu for velhinha...", "em sonho".
    r"(?:quando eu (?:for|ficar) velh|when i am old|um dia|someday|one day)(?: \w+)*",
    r"(?:nem que fosse |so que )?(?:em|no|nos|in|in my) (?:sonhos?|dreams?)(?: \w+)*",
    r"corda (?:\w+ )?(?:de|do|da|pro|para o|para a) (?:violao|varal|guitarra|pular)",
    r"sumir com (?:essa|esse|esses|essas|isso|a|o|as|os|minha|meu) \w+", r"join you for \w+",
    r"(?:dormir|sleep) (?:para sempre|forever) (?:\w+ ){0,2}(?:feriado|domingo|sabado|"
    r"fim de semana|ferias|weekend|holiday|vacation|saturday|sunday)",
    r"(?:quando eu morrer|when i die)(?: \w+)*",
    # Dying old, like the grandparent, and hyperbole about a small need.
    r"(?:morrer|die) (?:\w+ )?(?:velh\w*|old|idos[oa]|de velhice|of old age)",
    r"(?:die|morrer) (?:if|se) (?:i|eu) (?:do not|nao) \w+",
    # Vanishing for a while, to somewhere: a trip, not an ending.
    r"(?:sumir|desaparecer|disappear|vanish) (?:\w+ ){0,2}?(?:for a while|for a bit|for the "
    r"weekend|for a few days|uns dias|um tempo|por um tempo|por uns dias|no fim de semana|"
    r"para o interior|para a praia|com voce)",
    # A goodbye written to the dead one is grief: "carta de despedida pra você, vó".
    r"(?:despedida|adeus|goodbye|farewell) (?:letter |note )?(?:para|to|for) (?:voce|you|vo|"
    r"vó|vô|avo|avó|avô|grandma|grandpa)",
]) + r")\b")

# Words that turn down a cue when they come just before it in the same clause ("não quero
# sumir pra sempre"). A cue that holds its own negation ("não vejo saída", "nobody would
# notice") starts with it, so the words before it are what count.
# English "no" is not here: folded, it is also Portuguese "no" ("cortes no braço").
_NEGATIONS = frozenset("nao nunca nem jamais not never nor".split())
NEGATION_REACH = 3  # words before a cue that a negation still reaches

_WISH_PT = (r"(?:quero|queria|preferia|vontade de|desejo de|pensando em|penso em|pensei em|"
            r"pensado em|ideia de|coragem de)")
_MEANS_PT = (r"remedios?|comprimidos?|pilulas?|cartelas?|veneno|corda|forca|ponte|viaduto|"
             r"predio|janela|telhado|laje|trem|trilhos?|metro|arma|revolver|pistola|"
             r"espingarda|faca|gilete|lamina|navalha")
_MEANS_EN = (r"pills?|tablets?|meds|medication|poison|rope|noose|bridge|overpass|building|"
             r"roof|window|train|tracks?|gun|pistol|rifle|knife|blade|razor")
_BODY = r"bracos?|pulsos?|pernas?|coxas?|barriga|arms?|wrists?|legs?|thighs?|skin|stomach"

# Passive wishes are a wish said about an ending: the ending alone weighs 2 ("dormir pra
# sempre nesse domingo"), wished for within a few words it reaches the threshold.
_WISHING_PT = (r"(?:quero|queria|preferia|tomara|espero|vontade de|desejo de|penso em|"
               r"pensando em|pensei em|era melhor eu|seria melhor eu|devia|deveria)")
_WISHING_EN = (r"(?:want|wanted|wish|wishing|hope|would rather|if only i could|"
               r"thinking about|think about)")
_ENDING_PT = (r"sumir(?: de vez| para sempre| do mapa| do mundo)?|desaparecer|"
              r"(?:nao|parar de|deixar de) existir|(?:nao|nem|nunca mais) acordar|"
              r"parar de sentir|nao sentir (?:mais )?nada|"
              r"(?:dormir|descansar) para sempre|fechar os olhos e (?:nao|nunca mais) "
              r"(?:abrir|acordar)|que (?:tudo )?(?:isso )?acab(?:asse|e)(?: logo| de vez)?$|"
              r"ir embora (?:desse mundo|deste mundo|de vez|para sempre)")
_ENDING_EN = (r"disappear(?: forever| for good)?|vanish|stop existing|(?:not|never) exist|"
              r"(?:not|never) wake up|sleep forever|it (?:all )?to (?:stop|end)(?: now)?$|"
              r"(?:not|never) feel anything (?:ever )?again|"
              r"(?:fall asleep|sleep) and (?:not|never) (?:wake|feel)|"
              r"be gone(?: forever)?$")


def _wished(wishing: str, ending: str) -> str:
    return rf"{wishing} (?:\w+ ){{0,3}}?(?:{ending})"

# -- General forms: word classes and how they combine ------------------------------------------
# The phrases above were each written around a message. What follows is written around the
# grammar of these messages instead, so that wording nobody wrote down still meets it: a
# family of verbs by its stem (morr- / die, dying, dead, death), a wish or a plan before it, a
# finality after it, a first person who is the subject. None of them is enough alone: dying
# is said of the grandparent, a bridge is a bridge, "para sempre" is love. A few words fill
# the gaps between the parts, but never someone else ("queria que você não tivesse morrido"
# is grief, not a wish to die): _GAP refuses a pronoun of another person and a negation.
_OTHERS = (r"voce|voces|ele|ela|eles|elas|tu|you|he|she|they|him|her|them|it|nao|not|never|"
           r"nunca|dont")
_GAP = rf"(?:(?!(?:{_OTHERS})\b)\w+ )"


def _gap(most: int) -> str:
    """Up to `most` filler words, none of them another person or a negation."""
    return rf"{_GAP}{{0,{most}}}?"


_WANT = (r"(?:quero|queria|qria|qro|preferia|prefiro|tomara|espero|rezo|peco|vontade|desejo|"
         r"want|wanted|wanna|wish|wishing|wished|hope|hoping|would rather|would love|"
         r"pray|praying|longing)")
_INTEND = (r"(?:vou|vo|irei|decidi|planej\w*|penso em|pensando em|pensei em|pronto para|"
           r"pronta para|going to|gonna|planning|plan to|decided|ready to|"
           r"thinking (?:of|about)|thought (?:of|about))")
_DIE = r"(?:morr(?:er|e|o|esse|eria)|mort[oa]|falecer|die|dying|dead|death)"
# Sleep and its cousins (fainting, fading out, closing one's eyes), and what would undo them.
_SINK = (r"(?:dormir|dormindo|durma|sono|apagar|desmaiar|sumir|desaparecer|fechar os olhos|"
         r"sleep|asleep|fade(?: away| out)?|pass out|close my eyes|disappear|vanish)")
_RISE = (r"(?:acord\w*|volt(?:ar|e|o|asse)|abrir|levantar|wake|waking|woke|come back|"
         r"open (?:them|my eyes)|get up|make it)")
_NEVER = r"(?:nao|nunca|nem|never|not|do not)"
_FOREVER = (r"(?:para sempre|de vez|nunca mais|forever|for good|never again|ever again|"
            r"stay asleep)")
_DEAD_ONE = (r"(?:voce|te|ti|contigo|vo|vó|vô|avo|avó|avô|vovo|vovó|vovô|you|grandma|"
             r"grandpa|granny|nana|papa|mama|vozinha|vozinho)")
_GO = (r"(?:ir|vou|vo|indo|juntar|encontrar|ficar com|estar com|atras|come|coming|go|going|"
       r"join|be with|meet|home)")
_SOON = (r"(?:logo|ja|hoje|agora|tambem|em breve|chegando|a caminho|soon|tonight|today|now|"
         r"too|almost there|on my way)")
_SELF_HARM_VERB = (r"(?:cort\w*|machuc\w*|fer(?:ir|i|indo|o|ia)|queim\w*|arranh\w*|"
                   r"cut|cutting|hurt|hurting|burn\w*|scratch\w*|hit|hitting|punch\w*)")
_BURIED = r"(?:enterrad[oa]|sepultad[oa]|buried)"
_LETTER = r"(?:carta|bilhete|recado|mensagem|note|letter|message)s?"
_PLACE_PT = (r"ponte|viaduto|trilhos?|linha do trem|predio|telhado|laje|terraco|janela|"
             r"beira|sacada|penhasco|precipicio")
_PLACE_EN = r"bridge|overpass|tracks|roof|rooftop|ledge|edge|cliffs?|balcony|railway"
_LINGER = (r"(?:fiquei|fico|parad[oa]|sentad[oa]|esperando|olhando|subi|stood|standing|"
           r"stand|sat|sitting|parked|waited|waiting|staring|looking down|climbed)")

# A visit to the grave or a meeting in a dream is grief, however soon it is.
_NOT_A_VISIT = (r"(?!.*(?:~|\b(?:cemiterio|tumulo|tumba|jazigo|cemetery|grave|tomb|sonhos?|"
                r"dreams?|visitar|visit)\b))")

GENERAL: tuple[Cue, ...] = (
    # Wanting or meaning to die, however the verb is spelled ("qria mt morrer", "I wanna die
    # so bad"), or to end it ("vou acabar com isso hoje", "gonna end it tonight").
    _cue("active", EXPLICIT, BOTH, rf"{_WANT} {_gap(3)}(?:a |to )?{_DIE}",
         rf"{_INTEND} {_gap(2)}(?:a |to )?{_DIE}"),
    _cue("active", EXPLICIT, PT, rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:acabar|terminar|dar "
         r"(?:um )?fim|por (?:um )?fim) (?:com |a |em |n)?(?:isso|isto|tudo|minha vida|"
         r"a minha vida|(?:o |meu |o meu )?sofrimento)(?! de)", r"que minha vida acab\w*"),
    _cue("active", EXPLICIT, EN, rf"(?:{_WANT}|{_INTEND}) {_gap(1)}(?:to )?(?:end|ending|"
         r"finish|finishing) (?:it|it all|everything|things|my life|my suffering|the pain|"
         r"my pain)\b(?! (?:with|off))",
         r"(?:want|wish|need) my life (?:to be|was|were) over"),
    _cue("active", 2, PT, r"(?:quero|queria|vou) partir (?:tambem|desse mundo|deste mundo)"),
    _cue("hopeless", 2, PT, r"nao faz (?:mais )?(?:nenhum )?sentido"),
    # Sleeping, fading, vanishing, and not coming back from it: a wish, not tiredness.
    _cue("passive", EXPLICIT, BOTH,
         rf"{_WANT} {_gap(4)}{_SINK} {_gap(3)}(?:e |and )?{_gap(2)}{_NEVER} "
         rf"{_gap(2)}{_RISE}", rf"{_WANT} {_gap(4)}{_SINK} {_gap(2)}{_FOREVER}",
         rf"(?:seria bom|seria melhor|era melhor|would be nice|would be better|pray|rezo|"
         rf"tomara) {_gap(2)}(?:i |eu |to )?{_NEVER} {_gap(1)}{_RISE}"),
    # Death as relief, and asking God to be taken.
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_DIE}|morte) (?:\w+ ){{0,2}}(?:seria|ia ser|would be|"
         r"will be|is) (?:\w+ )?(?:alivio|descanso|solucao|relief|blessing|mercy|release)",
         r"(?:deus|god|jesus|senhor) (?:\w+ ){0,2}(?:me lev\w*|take me)",
         r"(?:pedi|peco|pedindo|rezo) (?:para|a) (?:deus|jesus) me lev\w*"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:cansei|cansad[oa]|farto|farta) de (?:viver|estar "
         r"viv[oa]|existir|respirar|acordar)",
         r"tired of (?:being alive|living|existing|breathing|waking up)",
         r"(?:can not|could not) (?:keep|go on|continue) (?:living|like this|existing)"),
    # Going to the dead, soon ("vou me juntar a você logo", "wait for me, I'm almost there",
    # "I'm ready to come home to you"); "one day" and dreams are grief (idioms above).
    _cue("reunite", EXPLICIT, BOTH, rf"{_NOT_A_VISIT}(?:{_WANT}|{_INTEND}|eu|i am) {_gap(3)}"
         rf"{_GO} "
         rf"{_gap(3)}{_DEAD_ONE} {_gap(3)}{_SOON}",
         rf"{_WANT} {_gap(3)}(?:lie down|deitar|descansar|rest|ficar|stay) {_gap(2)}(?:junto|"
         rf"do seu lado|ao seu lado|next to|beside|with) (?:\w+ )?(?:voce|you) {_gap(1)}"
         rf"{_FOREVER}", r"prepara (?:\w+ ){0,2}lugar",
         rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:ir|go) {_gap(3)}(?:mesmo lugar que|onde|where) "
         r"(?:voce|you)", r"(?:vou|vo) atras de voce", r"come home to (?:you|\w+ )",
         rf"{_WANT} {_gap(3)}{_BURIED} {_gap(2)}(?:junto|do seu lado|ao seu lado|next to|"
         r"beside|with) (?:\w+ )?(?:voce|you|\w+)"),
    _cue("reunite_wait", 2, BOTH, r"me espera\w*", r"wait(?:ing)? for me", r"save me a"),
    _cue("reunite_going", 2, BOTH, r"(?:to|estou) chegando", r"almost there", r"on my way"),
    # Farewell: a letter or a last message that says goodbye, leaving as if not coming back.
    _cue("farewell", EXPLICIT, BOTH, rf"{_LETTER} (?:\w+ ){{0,2}}(?:despedida|adeus|final)",
         rf"(?:goodbye|farewell|last) {_LETTER}", rf"(?:minha|my) ultima {_LETTER}",
         r"(?:me despedindo|me despedir|despedi) de (?:todo mundo|todos|voces)",
         r"saying goodbye to (?:everyone|everybody|you all)"),
    _cue("farewell_if", 2, BOTH, r"(?:caso|se) eu nao (?:volte|voltar)",
         r"in case i (?:do not|never) (?:come back|make it)", r"explaining why",
         r"explicando (?:o )?(?:porque|por que|motivo)"),
    _cue("farewell_last", 2, PT, r"(?:e|eh) a ultima vez$"),
    _cue("farewell_letters", 2, EN, rf"{_LETTER} (?:to|for) (?:everyone|everybody|each)"),
    _cue("not_here", 2, PT, r"nao (?:vou )?(?:mais )?(?:estar|estou) (?:mais )?aqui$"),
    _cue("not_here", 2, EN, r"(?:will not|would not) be here (?:anymore|tomorrow)$",
         r"nothing (?:left )?for me here"),
    _cue("done", 1, EN, r"i am done$"),
    _cue("not_here", EXPLICIT, PT, r"nao (?:quero|queria) mais (?:estar|ficar|viver) aqui$"),
    _cue("not_here", EXPLICIT, EN, r"(?:do not|did not) want to be here (?:anymore|any more)$"),
    _cue("written", 1, BOTH, rf"(?:deixei|escrevi|left|wrote|written) (?:\w+ ){{0,2}}{_LETTER}"),
    # Self-harm in other words: hurting oneself, cuts on the body, shorthand, relapse.
    _cue("self_harm", EXPLICIT, BOTH, rf"{_SELF_HARM_VERB} (?:my )?(?:{_BODY})",
         r"me fer(?:ir|i|indo|ia)", r"voltei a me (?:cortar|machucar|ferir|queimar)",
         r"sh ing", r"shing", r"cut deeper", r"cortei (?:mais )?fundo",
         r"i (?:cut|still cut|have been cutting|started cutting) (?:when|again|every|because|"
         r"to feel|myself|last|a lot|more|deeper)"),
    _cue("self_harm", 2, BOTH, r"(?:uns|alguns|varios|fiz|fazendo) cortes", r"relaps\w*",
         r"reca(?:i|ida)", rf"{_SELF_HARM_VERB} myself"),
    _cue("secret", 1, BOTH, r"escondid[oa]", r"(?:ngm|ninguem) sabe",
         r"(?:nobody|no one) (?:knows|is looking|sees)"),
    # Burden in other words: "a vida dela ia ser melhor se eu não tivesse nascido", "my
    # family would be happier if I were gone", "I'm just dead weight".
    _cue("burden", EXPLICIT, PT, r"(?:melhor|mais feliz|mais felizes|mais facil|mais leve|em "
         r"paz|aliviad[oa]s?) (?:\w+ ){0,3}se eu (?:\w+ ){0,2}(?:nao|nem|morr\w*|sum\w*|"
         r"desaparec\w*|fosse embora)",
         r"sou (?:so |apenas |mais )?(?:um |uma )?(?:peso|fardo|estorvo|problema|inutil)",
         r"(?:eu )?(?:so|apenas) (?:atrapalho|estrago|incomodo|pioro) (?:a vida|tudo|todo mundo)",
         r"ninguem (?:\w+ ){0,2}(?:sentir\w* (?:\w+ )?falta|chorar\w*|notar\w*|perceber\w*)"),
    _cue("burden", EXPLICIT, EN, r"(?:better|happier|easier|better off|fine|relieved) "
         r"(?:\w+ ){0,3}if i (?:was|were|am|had) (?:gone|not|never|dead)",
         r"(?:better|happier|easier|better off|fine|relieved) (?:\w+ ){0,3}if i "
         r"(?:disappeared|died|vanished|left for good)",
         r"i am (?:just |only )?(?:a |such a )?(?:burden|dead weight)",
         r"(?:nobody|no one) (?:would|will) (?:even )?(?:cry|miss me|notice|care)"),
    # Means and places, reached or acquired: standing at a bridge, waiting by the tracks,
    # "I got the rope today"; how many pills it would take.
    _cue("plan_linger", 2, BOTH, rf"{_LINGER} (?:\w+ ){{0,4}}(?:{_PLACE_PT}|{_PLACE_EN})",
         rf"(?:{_PLACE_PT}|{_PLACE_EN}) (?:\w+ ){{0,3}}{_LINGER}",
         r"(?:how easy|how quick|how fast) it would be", r"seria (?:tao |muito )?(?:facil|rapido)"),
    _cue("means", 1, BOTH, _PLACE_PT, _PLACE_EN, r"chumbinho|veneno de rato|rat poison"),
    _cue("plan_acquire", 2, BOTH, r"(?:comprei|consegui|arranjei|peguei|got|bought) (?:a |the |"
         r"uma |um |some )?(?:corda|veneno|chumbinho|arma|revolver|rope|noose|poison|gun)",
         r"nao e (?:para|pros?|pras?) (?:os |as )?(?:ratos|baratas|bichos)"),
    _cue("plan_gather", 2, BOTH, r"how many (?:\w+ ){0,4}(?:pills|tablets|meds)",
         r"would it take", r"(?:tomar|engolir) (?:tod[oa]s|tds) (?:os |as )?(?:remedio|"
         r"comprimido|pilula)s?", r"(?:tudo|everything) (?:planejado|planned)",
         r"planejei tudo"),
    _cue("ending", 2, PT, r"(?:vou|vo|indo) embora (?:de vez|para sempre|desse mundo)"),
    _cue("plan_ready", 2, BOTH, r"(?:corda|rope|noose) (?:\w+ ){0,3}(?:amarrad\w*|pront[oa]|"
         r"preparad[oa]|tied|ready)"),
    # No reason to live; wanting the pain to stop for good; a lethal dose; a crash sought.
    _cue("hopeless", EXPLICIT, BOTH, r"(?:nao|sem|nenhum|no|not any|not a single) (?:\w+ ){0,2}"
         r"(?:motivo|razao|reason)s? (?:\w+ ){0,4}(?:viver|continuar|live|living|alive|"
         r"keep going|go on)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:quero|queria|want|wish) (?:que )?(?:\w+ ){0,3}(?:pare|"
         r"acabe|termine|stops?|ends?) (?:\w+ )?(?:para sempre|de vez|forever|for good)"),
    _cue("plan_lethal", EXPLICIT, BOTH, r"doses? (?:\w+ )?(?:letal|letais|fatal|fatais)",
         r"(?:lethal|fatal) (?:dose|overdose)s?",
         rf"{_INTEND} {_gap(1)}(?:driving|drive|crash\w*|jogar o carro|bater o carro) "
         r"(?:\w+ ){0,2}(?:into|num|numa|contra|off) (?:a |uma |um |the )?(?:tree|wall|arvore|"
         r"muro|poste|pole|truck|caminhao|road|ponte|bridge|cliff)"),
    # Dying spoken of as not mattering: "se eu morrer amanhã, tanto faz".
    _cue("if_i_die", 1, BOTH, r"se eu morr\w*", r"if i (?:die|died|were dead)"),
    _cue("indifferent", 2, BOTH, r"tanto faz$", r"(?:nao|ninguem) (?:vai )?(?:importa|liga)r?$",
         r"who cares$", r"(?:it )?(?:does not|would not) matter$"),
    _cue("plan_fixed", 2, BOTH, r"penso (?:nela|nele|nisso) (?:toda|todo) (?:noite|dia|hora)",
         r"pensei em me (?:jogar|atirar)", r"thinking how easy"),
)


CUES: tuple[Cue, ...] = (
    # Explicit mention: suicide or self-harm named, whatever surrounds it.
    _cue("explicit", EXPLICIT, BOTH, r"suicid\w*", r"auto ?mutila\w*", r"auto ?lesa\w*",
         r"self ?harm\w*"),
    # Active ideation: wanting to die, to kill oneself, to end one's life.
    _cue("active", EXPLICIT, PT, r"me matar", r"se matar", r"me suicidar",
         rf"{_WISH_PT} (?:me )?(?:morrer?|mata)",
         r"nao (?:quero|queria) mais (?:viver|estar viv[oa]|existir|ficar viv[oa])",
         r"tirar (?:a )?(?:minha )?(?:propria )?vida", r"acabar com (?:a )?minha vida",
         r"(?:vou|quero|queria|vontade de|pensando em) acabar com tudo",
         r"(?:quero|queria|preferia) (?:estar|ta|ficar) mort[oa]", r"vou me mata"),
    _cue("active", EXPLICIT, EN, r"kill(?:ing)? myself", r"end(?:ing)? my (?:own )?life",
         r"take my (?:own )?life", r"(?:want|wanted|going) to die", r"wish i (?:was|were) dead",
         r"want to be dead", r"better off dead",
         r"(?:do not|did not) want to (?:live|be alive|exist)",
         r"(?:going to|want to|will|plan to|thinking about|think about) end (?:it|it all|"
         r"everything|things)", r"think(?:ing)? about dying"),
    # Passive ideation: to sleep and not wake, not to exist, that an accident would come.
    _cue("passive", EXPLICIT, PT, r"dormir (?:e )?(?:nao|nunca mais) acordar",
         r"nunca mais acordar", r"(?:tomara|espero|queria|quero) (?:que )?(?:eu )?nao acord\w*",
         r"(?:queria|quero|preferia) (?:simplesmente |so )?nao existir",
         r"(?:nem|nao|nunca) (?:tivesse|ter) nascido", r"sumir (?:de vez|para sempre)",
         r"(?:queria|quero|tomara|espero) que (?:\w+ ){1,3}me atropel\w*",
         r"deitar e (?:nao|nunca mais) levantar", r"para nao acordar"),
    _cue("passive", EXPLICIT, EN, r"never wake up", r"(?:hope|wish) i (?:do not|never) wake",
         r"(?:did not|do not|not) exist anymore", r"wish i (?:did not|never) exist\w*",
         r"wish i (?:was|were|had) never (?:been )?born",
         r"easier if i (?:was|were) not (?:here|around)",
         r"wish\w* (?:that )?(?:a|some) (?:car|truck|bus|train) would (?:just )?hit me",
         r"sleep forever"),
    # Plans and means. A means (one cue, however many are named) weighs 1: bridges, trains
    # and pills are everyday words. Each kind of plan weighs 2, so a plan with a means, or
    # two kinds of plan, reach the threshold.
    _cue("means", 1, PT, _MEANS_PT),
    _cue("means", 1, EN, _MEANS_EN),
    _cue("plan_gather", 2, PT, r"(?:juntei|juntando|guardando|guardei|estocando|acumulando)",
         r"(?:separei|separando|escondi|escondendo|escondid[oa]s?)",
         r"todos os (?:remedios|comprimidos)", r"de uma vez",
         r"quantos (?:remedios|comprimidos|pilulas)"),
    _cue("plan_gather", 2, EN, r"(?:saving|saved|stockpil\w+|hoarding|collecting)(?: up)?",
         r"how many (?:sleeping )?(?:pills|tablets)", r"all (?:my|the|of my) (?:pills|meds)",
         r"enough (?:pills|meds|tablets)", r"(?:hid|hidden|hiding)"),
    _cue("plan_jump", 2, PT, rf"{_WISH_PT} (?:me )?(?:jogar|pular|atirar)",
         r"(?:vou|vo) (?:me )?(?:jogar|pular|atirar)", r"olhando para baixo"),
    _cue("plan_jump", 2, EN, r"i would jump",
         r"(?:going to|want to|thinking about|thought about) (?:jump|jumping)",
         r"stepping (?:in front|off)"),
    _cue("plan_lethal", 2, PT, r"mata mais rapido", r"seria rapido", r"sem dor",
         r"(?:qual|que) (?:ponte|predio|viaduto|remedio)"),
    _cue("plan_lethal", 2, EN, r"painless\w*", r"which (?:bridge|building|pills)"),
    _cue("plan_fixed", 2, PT, r"ja decidi", r"penso (?:nela|nele|nisso) (?:toda hora|"
         r"o tempo todo)", r"pesquisei como"),
    _cue("plan_fixed", 2, EN, r"i have decided", r"thinking about using it", r"how to do it",
         r"(?:keep|kept) (?:looking at|thinking about) (?:it|them)",
         r"almost (?:did not|didn t) come back"),
    _cue("acquire", 1, PT, r"comprei"),
    _cue("acquire", 1, EN, r"bought"),
    # Self-harm, written plainly or in shorthand ("sh").
    _cue("self_harm", EXPLICIT, PT, r"me cort(?:ei|ar|o|ando|ava)", r"me machuc(?:ar|ando|o)"),
    _cue("self_harm", EXPLICIT, EN, r"cut(?:ting)? (?:myself|again)", r"started cutting",
         r"hurt(?:ing)? myself", r"(?:relapsed|relapse|clean from|urge to) (?:on )?sh",
         rf"cut my (?:{_BODY})"),
    _cue("self_harm", 2, PT, r"me quei(?:mo|mei|mar|mando)", r"bat\w* a cabeca",
         rf"cortes? n[oa]s? (?:{_BODY})"),
    _cue("self_harm", 2, EN, rf"burn(?:ed|ing|t)? my (?:{_BODY})", r"hit(?:ting)? my head"),
    _cue("on_purpose", 2, BOTH, r"de proposito", r"on purpose", r"ate sangrar",
         r"(?:until|till) (?:it|i|they) (?:bled|bleed\w*)"),
    _cue("self_harm", 2, PT, r"me (?:arranh|bat|mord|belisc|soc)\w*"),
    _cue("self_harm", 2, EN, rf"(?:scratch|hit|punch|bit|bite|burn)\w* (?:myself|my "
         rf"(?:{_BODY}))"),
    _cue("self_harm_tool", 1, BOTH, r"isqueiro|cigarro|lighter|cigarette"),
    # Farewell: a goodbye letter, one's own things given away, people left in others' care.
    _cue("farewell", EXPLICIT, PT, r"carta de despedida", r"cuid\w* d[aeo] \w+ por mim",
         r"quando eu nao estiver mais aqui"),
    _cue("farewell", EXPLICIT, EN, r"(?:goodbye|farewell|suicide) (?:letter|note)",
         r"take care of \w+ (?:\w+ )?for me"),
    _cue("farewell_giving", 2, PT,
         r"(?:dei|doei|dando|doando|distribui) (?:as |os |o |a )?(?:minhas|meus|meu|minha)"),
    _cue("farewell_giving", 2, EN, r"(?:gave|giving) away (?:all )?my"),
    _cue("farewell_unneeded", 2, PT, r"(?:nao vou|nao) (?:mais )?precis\w+"),
    _cue("farewell_unneeded", 2, EN, r"(?:will not|do not|would not) need (?:it|them|anything)"),
    _cue("farewell_if", 2, PT, r"se (?:algo|alguma coisa) acontecer comigo"),
    _cue("farewell_if", 2, EN, r"if (?:something|anything) happens to me",
         r"when i am gone"),
    _cue("farewell_last", 2, PT, r"ultima vez que (?:eu )?(?:falo|falamos|converso|a gente fala)"),
    _cue("farewell_last", 2, EN, r"last time (?:we will|we|i will|i) (?:talk|speak)",
         r"everything in order"),
    _cue("farewell_message", 2, PT, r"(?:diz|diga|fala|fale) para (?:\w+ ){1,2}que eu "
         r"(?:amo|sinto muito)"),
    _cue("farewell_message", 2, EN, r"tell (?:everyone|them|mom|dad|my \w+) (?:that )?i am "
         r"sorry"),
    _cue("farewell_letters", 2, PT, r"cartas? (?:para|pra) (?:todos|todo mundo|cada um)",
         r"(?:que|para|pra) (?:leiam|lerem) depois"),
    _cue("farewell_letters", 2, EN, r"(?:letters|notes) for (?:everyone|everybody|each)"),
    _cue("written", 1, PT, r"escrevi", r"deixei (?:escrit[oa]|uma carta|cartas|bilhetes?)"),
    _cue("written", 1, EN, r"wrote", r"left (?:a letter|letters|a note|notes)"),
    _cue("farewell_bequest", 2, PT, r"(?:fique|fiquem|pode ficar|podem ficar) com (?:o |a |os |"
         r"as )?(?:meu|minha|meus|minhas)"),
    _cue("farewell_bequest", 2, EN, r"(?:can|should|could) (?:have|keep) (?:all )?my"),
    _cue("my_things", 1, PT, r"minhas coisas"),
    _cue("my_things", 1, EN, r"my (?:stuff|things)"),
    _cue("goodbye", 1, BOTH, r"adeus", r"goodbye", r"obrigad[ao] por tudo", r"i love them"),
    # Burden: the others would be better off without me.
    _cue("burden", EXPLICIT, PT, r"(?:melhor|mais feliz|mais felizes|mais facil|aliviad[oa]s?|"
         r"em paz|bem) sem mim",
         r"so (?:dou|do) trabalho", r"sou (?:um|uma) (?:peso|fardo|estorvo)",
         r"ninguem (?:ia|iria|vai) sentir (?:a )?minha falta",
         r"melhor se eu nao (?:existisse|estivesse aqui)"),
    _cue("burden", EXPLICIT, EN, r"(?:better off|happier|easier|better|fine|relieved|ok|"
         r"okay) without me",
         r"i am (?:just |only )?a burden",
         r"(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)"),
    _cue("burden", 2, PT, r"so atrapalho"),
    # Reunion with the dead as a wish to go now, not the hope of "one day".
    _cue("reunite", EXPLICIT, PT, r"ir ficar com voce", r"me lev\w* com voce",
         r"(?:vem|venha|vir) me buscar", r"me busca", r"ir para onde voce esta",
         r"vou (?:te encontrar (?:ai|la)|(?:ai|la) te encontrar)"),
    _cue("reunite", EXPLICIT, EN, r"take me with you", r"go where you are",
         r"(?:want to|going to|will) (?:come )?join you", r"come (?:and )?(?:get|take) me"),
    _cue("reunite", 2, PT, r"(?:estar|ficar) com voce de novo", r"logo a gente se ve",
         r"logo (?:logo )?(?:eu )?vou te encontrar"),
    _cue("reunite", 2, EN, r"be with you (?:again|soon)", r"see you soon"),
    _cue("reunite", EXPLICIT, EN, r"i am coming to (?:you|join you|be with you)"),
    _cue("reunite_going", 2, PT, r"(?:to|estou|eu to) indo$"),
    _cue("reunite_heaven", 2, PT, r"ceu (?:para|pra) mim"),
    _cue("not_here", 2, PT, r"nao (?:quero|aguento) mais (?:ficar )?aqui",
         r"nao tem mais nada para mim"),
    _cue("not_here", 2, EN, r"do not want to be here anymore",
         r"(?:can not|could not) do this anymore"),
    # Hopelessness: no way out, no point in going on.
    _cue("hopeless", EXPLICIT, PT, r"nao vejo (?:mais )?saida",
         r"(?:nao tem|sem) (?:mais )?sentido (?:em )?viver", r"cansad[oa] de viver",
         r"nao aguento mais (?:essa |esta |minha )?vida", r"nao aguento mais viver",
         r"para que continuar vivendo", r"nao tem (?:mais )?por que continuar",
         r"nao tem mais jeito para mim",
         r"(?:nao tem )?(?:mais )?nada (?:mais )?que me (?:segure|segura|prenda) aqui",
         r"nao vejo (?:nenhum )?futuro"),
    _cue("hopeless", EXPLICIT, EN, r"no way out", r"point (?:of|in) living",
         r"tired of (?:living|being alive)", r"no reason to (?:live|keep going|go on)",
         r"(?:can not|could not) go on", r"nothing (?:left )?keeping me here",
         r"(?:do not|can not) see (?:a|any) future"),
    _cue("hopeless_cannot", 2, PT, r"nao aguento mais"),
    _cue("hopeless_gave_up", 2, PT, r"desisti de tudo", r"desisti da vida"),
    _cue("hopeless_gave_up", 2, EN, r"give up on (?:everything|life)", r"i give up"),
    _cue("hopeless_never", 2, PT, r"nada vai melhorar", r"minha vida acabou",
         r"nunca vai (?:passar|melhorar)",
         r"para que continuar"),
    _cue("hopeless_never", 2, EN, r"nothing will ever get better", r"my life is over"),
    # Passive wishes, said in the general way (see _wished).
    _cue("passive", EXPLICIT, PT, _wished(_WISHING_PT, _ENDING_PT)),
    _cue("passive", EXPLICIT, EN, _wished(_WISHING_EN, _ENDING_EN)),
    _cue("ending", 2, PT, _ENDING_PT),
    _cue("ending", 2, EN, _ENDING_EN),
    _cue("passive", EXPLICIT, PT, r"nao (?:quero|queria) (?:mais )?acordar",
         r"(?:devia|deveria) ter (?:ido|morrido|sido eu)(?: no seu lugar| em vez de voce)?",
         r"nao vou (?:mais )?estar (?:mais )?aqui (?:no|na|para|em|amanha|ano)"),
    _cue("passive", EXPLICIT, EN, r"(?:do not|did not) want to wake up",
         r"should have (?:died|been me|gone)(?: instead)?", r"should have been me",
         r"(?:will not|would not) be (?:here|around) (?:for|at|next|much longer|anymore|"
         r"tomorrow)"),
    # Active intent in other words: putting an end to it, being done with life.
    _cue("active", EXPLICIT, PT, r"dar (?:um )?fim (?:nisso|em tudo|a tudo|na minha vida|"
         r"a minha vida|nisso tudo)", r"(?:cansei|desisti) (?:da vida|de viver)"),
    _cue("active", EXPLICIT, EN, r"ending (?:it|it all|everything|things)",
         r"done with (?:life|living|it all)"),
    # Burden: nobody would care; I would no longer be a problem.
    _cue("burden", EXPLICIT, PT, r"ninguem (?:\w+ ){0,2}(?:ligar|ligaria|se importar|"
         r"se importaria|perceber|perceberia|notar|notaria)",
         r"nao vou (?:dar|ser) (?:mais )?(?:um |uma )?(?:trabalho|problema|peso|fardo)"),
    _cue("burden", EXPLICIT, EN, r"(?:will not|would not) be (?:a )?(?:problem|burden|bother) "
         r"(?:for|to) (?:anyone|anybody|you|them|everyone)"),
    # Means taken or reached: an overdose, a handful swallowed, on the way to a bridge.
    _cue("explicit", EXPLICIT, BOTH, r"overdos\w*"),
    _cue("plan_taken", 2, PT, r"(?:tomei|engoli|tomando) (?:uma |um )?(?:cartela|caixa|vidro|"
         r"frasco|monte)", r"engoli (?:todos|todas|varios|varias|muitos|muitas)"),
    _cue("plan_taken", 2, EN, r"(?:swallowed|took|taken|taking) (?:a bunch|a handful|a lot|"
         r"all|too many|a whole bottle|the whole)"),
    _cue("plan_going", 2, PT, r"(?:vou|vo|indo) (?:para|ate) (?:a |o )?(?:ponte|viaduto|"
         r"trilhos?|linha do trem|predio|telhado|laje)"),
    _cue("plan_going", 2, EN, r"(?:going|heading|walking|driving|drove|went|walked) to the "
         r"(?:bridge|tracks|roof|cliffs?)"),
    _cue("plan_front", 2, PT, r"na frente d[oa] (?:onibus|trem|carro|caminhao|metro)"),
    _cue("plan_front", 2, EN, r"in front of (?:a|the) (?:train|bus|car|truck)"),
    _cue("means", 1, BOTH, r"rivotril|clonazepam|diazepam|paracetamol|tylenol|cliffs?"),
    # Hopelessness: nothing worth going on for.
    _cue("hopeless", EXPLICIT, PT, r"nao vale (?:mais )?a pena (?:continuar|viver)"),
    _cue("hopeless", EXPLICIT, EN, r"(?:do not|can not) see (?:the|any) point(?: anymore| in "
         r"anything| of anything| in living| of living| in going on)?$"),
    _cue("hopeless_cannot", 2, PT, r"cansad[oa] de tudo", r"cansei de tudo"),
    *GENERAL,
)


# -- The statistical layer ---------------------------------------------------------------------
# A logistic regression over the message's stems, stem bigrams and word classes (below), and
# pairs of classes in order within a few words ("WANT>DIE", "SINK>RISE", "SELF>HARM"): what
# the rules above say phrase by phrase, it weighs word by word, so wording no rule was written
# for still scores. Trained on the dev split only by scripts/build_care_model.py into
# data/care_model.json (a few thousand weights). It adds to the rules and never removes: a
# message the cues score at THRESHOLD gets care whatever the model says.
MODEL_FILE = Path(__file__).resolve().parent / "data" / "care_model.json"
MODEL_ALONE = 0.9       # probability at which the model flags a message with no cue at all
MODEL_WITH_CUE = 0.7    # ... and with at least one cue (a means, a goodbye, an ending)
CLASS_WINDOW = 5        # words within which two classes make a pair

WORD_CLASSES = {name: re.compile(rf"(?:{pattern})") for name, pattern in {
    "DIE": r"morr\w*|mort[oa]s?|morte|falec\w*|die|dies|died|dying|dead|death|kill\w*|"
           r"mat(?:ar|o|ei)",
    "WANT": r"quero|queria|qria|qro|preferia|tomara|espero|vontade|desejo|want|wanted|"
            r"wish\w*|hope|rather|pray\w*",
    "INTEND": r"vou|vo|decidi|planej\w*|penso|pensando|pensei|going|gonna|plan\w*|decided|"
              r"ready|thinking|thought|keep",
    "SINK": r"dorm\w*|sono|apagar|sum(?:ir|isse|i)|desaparec\w*|sleep\w*|asleep|fade|"
            r"disappear\w*|vanish\w*|gone|embora",
    "RISE": r"acord\w*|volt\w*|abrir|levantar|wake|waking|woke|awake|back|open",
    "NEVER": r"nao|nunca|nem|never|not|no|nada|nothing|ninguem|nobody",
    "ALWAYS": r"sempre|forever|vez|good|again|mais|anymore",
    "DEAD_ONE": r"voce|te|ti|contigo|vo|avo|vovo|you|grandma|grandpa|granny",
    "SELF": r"eu|me|mim|minha|meu|comigo|i|my|myself|mine",
    "SOON": r"logo|ja|hoje|agora|amanha|noite|soon|tonight|today|now|tomorrow",
    "HARM": r"cort\w*|machuc\w*|fer(?:ir|i|indo)|queim\w*|arranh\w*|cut\w*|hurt\w*|burn\w*|"
            r"scratch\w*|sh|gilete|lamina|blade|razor",
    "BODY": _BODY,
    "MEANS": rf"{_MEANS_PT}|{_MEANS_EN}|doses?|overdose|{_PLACE_PT}|{_PLACE_EN}",
    "LETTER": r"cartas?|bilhetes?|despedi\w*|adeus|goodbye|letters?|notes?|farewell|ultima|"
              r"last",
    "LIFE": r"vida|viver|viv[oa]|existir|life|live|living|alive|exist\w*",
    "BURDEN": r"peso|fardo|estorvo|atrapalho|burden|melhor|better|feliz|happier|easier|paz|"
              r"relieved|aliviad\w*",
    "ASK": r"como|quando|por|que|how|when|why|what|did|was|were",
}.items()}


@lru_cache(maxsize=50_000)
def _classes(word: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in WORD_CLASSES.items() if pattern.fullmatch(word))


def features(clauses: list[str]) -> set[str]:
    """What the model reads of a message's clauses (idioms already taken out): its stems,
    stem bigrams, word classes and ordered pairs of classes."""
    found: set[str] = set()
    for clause in clauses:
        tokens = [t for t in clause.split() if t != "~"]
        first = [stems(t)[0] for t in tokens]
        # A class said under a negation is another class ("não quero sumir": ~WANT, ~SINK),
        # as the rules' negation reads it: within NEGATION_REACH words after it.
        kinds = [tuple("~" + k if _NEGATIONS.intersection(tokens[max(0, i - NEGATION_REACH):i])
                       else k for k in _classes(t)) for i, t in enumerate(tokens)]
        for token in tokens:
            found.update("s:" + stem for stem in stems(token))
        found.update(f"b:{a}_{b}" for a, b in zip(first, first[1:], strict=False))
        for i, names in enumerate(kinds):
            for name in names:
                found.add("k:" + name)
                for later in kinds[i + 1:i + CLASS_WINDOW + 1]:
                    found.update(f"kk:{name}>{other}" for other in later)
    return found


@cache
def _model() -> tuple[float, dict[str, float]]:
    """The bias and weights of the trained model (read on first use)."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}


def probability(clauses: list[str]) -> float:
    """The model's probability that clauses like these speak of suicide or self-harm."""
    bias, weights = _model()
    z = bias + sum(weights.get(f, 0.0) for f in features(clauses))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Assessment:
    """What the cues found in a message: their families, the score and the language they
    are written in ("" when only shared words were found), and the model's probability."""

    score: int
    families: tuple[str, ...]
    language: str
    probability: float = 0.0

    @property
    def at_risk(self) -> bool:
        return (self.score >= THRESHOLD or self.probability >= MODEL_ALONE
                or (self.score >= 1 and self.probability >= MODEL_WITH_CUE))


def _clauses(message: str) -> list[str]:
    """The message's clauses as folded words, shorthand and contractions read."""
    for pattern, replacement in _CONTRACTIONS:
        message = pattern.sub(replacement, message)
    clauses = []
    for clause in _CLAUSE.split(message):
        tokens = [_SPELLINGS.get(w, w) for w in (fold(w) for w in words(clause))]
        text = " ".join(" ".join(tokens).split())
        if text:
            clauses.append(_IDIOMS.sub(" ~ ", text))
    return clauses


def _negated(clause: str, start: int) -> bool:
    before = clause[:start].split()[-NEGATION_REACH:]
    return any(w in _NEGATIONS for w in before)


def cues(clauses: list[str]) -> Assessment:
    """The rule cues found in clauses, scored (no model)."""
    found: dict[int, Cue] = {}
    for clause in clauses:
        for number, cue in enumerate(CUES):
            if number in found:
                continue
            for match in cue.pattern.finditer(clause):
                if not cue.negatable or not _negated(clause, match.start()):
                    found[number] = cue
                    break
    score = sum(cue.weight for cue in found.values())
    written = {cue.language for cue in found.values()} - {BOTH}
    language = written.pop() if len(written) == 1 else ""
    return Assessment(score, tuple(sorted({cue.family for cue in found.values()})), language)


def assess(message: str) -> Assessment:
    """The risk cues of a message, scored, with the model's probability. The model is only
    asked when the cues alone do not reach the threshold."""
    clauses = _clauses(message)
    found = cues(clauses)
    if found.score >= THRESHOLD:
        return found
    return Assessment(found.score, found.families, found.language, probability(clauses))


def at_risk(message: str) -> bool:
    """True when a message speaks of suicide or self-harm, directly or not."""
    return assess(message).at_risk


def care_language(message: str, persona_language: str) -> str | None:
    """The language to offer care in when a message is at risk, else None: that of the cues
    (English cues get the English resources, Portuguese ones Brazil's), or when the cues are
    words both languages share, the message's language, then the persona's."""
    found = assess(message)
    if not found.at_risk:
        return None
    return found.language or languages.detect(message, persona_language)
