"""Whether a message speaks of suicide or self-harm, and so must be answered gently and
followed by care resources: a scored safety net, not a diagnosis.

Cheap and local on purpose (pure Python, some ninety small regexes, about 0.1 ms a message):
it runs on every turn before any model, and must work when no model does. It reads the message
as the folded words `text.words` gives (shorthand such as "vc", "q", "n", "pq" already read),
with a few spellings of its own, split into clauses at punctuation.

Each cue belongs to one of the families clinicians use (docs/care.md): explicit mention,
passive wishes, active intent, plans and means, self-harm, farewell, burden, reunion with the
dead, hopelessness. A cue has a weight; a message whose cues add up to THRESHOLD gets care.
An explicit cue weighs THRESHOLD alone; weaker ones need each other ("corda" is a guitar
string until "comprei... já decidi" comes with it). Each cue counts once, however often it
matches, so a message full of bridges and trains is still only one cue of means.

Idioms are taken out before anything is matched ("morrendo de saudade", "vai me matar se",
"pular de alegria"). Negation ("não", "nunca", "nem", "not", "never") just before a cue in
the same clause cancels it, except for explicit mentions: "não quero me matar, só tô triste"
still gets care, because the field errs toward offering resources whenever suicide is named,
and a gentle word with a phone number costs little when it was not needed.

Calibrated on the dev split of tests/data/care_set.json. It catches every risk message of the
set it was written against, but far fewer of the paraphrases written afterwards (docs/care.md
has the figures): it is a net with holes, and the prompt and the people around the visitor
remain the main protection.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from chalicelib.persona import language as languages
from chalicelib.persona.text import fold, words

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
    rf"(?:morr|mort|mat|sum|desaparec)\w* de (?:{_FEELINGS})",
    r"(?:vai|vao|ia|iam|iria|quer|querem|queria que|vem|tenta|ainda vai) me matar",
    r"de matar", r"matar (?:a |essa |minha )?saudades?",
    r"pul\w* de (?:alegria|felicidade|emocao)", r"tiro no pe",
    r"dying (?:to|for|of)", r"died (?:laughing|of)", r"jump at the chance",
    r"dead (?:tired|serious|bored)",
    # An accident is not self-harm: a paper cut, a cut while cooking, a slice of cake.
    r"me cortei (?:com (?:papel|a faca|faca|vidro|a tesoura)|fazendo|na cozinha|sem querer)",
    r"cut myself (?:a|some|another) (?:slice|piece)",
    r"cut myself (?:shaving|cooking|on|by accident|accidentally)",
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
)


@dataclass(frozen=True)
class Assessment:
    """What the cues found in a message: their families, the score and the language they
    are written in ("" when only shared words were found)."""

    score: int
    families: tuple[str, ...]
    language: str

    @property
    def at_risk(self) -> bool:
        return self.score >= THRESHOLD


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


def assess(message: str) -> Assessment:
    """The risk cues of a message, scored."""
    found: dict[int, Cue] = {}
    for clause in _clauses(message):
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
