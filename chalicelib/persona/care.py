"""Whether a message speaks of suicide or self-harm, and so must be answered gently and
followed by care resources: a scored safety net, not a diagnosis.

Cheap and local on purpose (pure Python, about 300 precompiled regexes and a 100 KB file of
weights, a few ms a message on a shared machine): it runs on every turn before any model, and
must work when no model does. It reads the message as the folded words `text.words` gives (shorthand
such as "vc", "q", "n", "pq" already read), with a few spellings of its own, letters typed
three times read once ("mooorrer"), the emoji that stand for a means or a coffin read as
words, a song's quoted words taken out, a parent's third person ("a mamãe vai", written to a
son or daughter) read as the first, split into clauses at punctuation.

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
   lingering at it. They reach wording no phrase was written for. The indirect forms
   (INDIRECT) do the same for what is said without any word of dying: the ending as an image
   (not seeing the morning, the heart giving out), methods by their use (a belt tested on a
   rod, the engine running in the garage), the reunion as an arrival the dead one should get
   ready for, the farewell as errands, the burden as the others' relief at one's absence,
   hopelessness as a future with no self in it. Most of them weigh 2: two are needed, or one
   and the model. SAID_IN_PASSING holds the constructions of everyday chat a second probe
   found (the survivor's wish, a means within reach, the dead one before the verb, "sh" as a
   verb, cutting "again"). BARE holds what a third probe found said plainest: a statement
   that is the whole message ("tenho um plano", "i have a rope", "relapsed", "vou pular",
   "im coming grandma"), heard only when the message says nothing else, an address to the
   dead one and a time aside; ACROSS, what is said across commas (a kit listed, "for after").
   LATE_NIGHT holds what a fourth probe, typed on a phone at night, found: a coffin wished
   for, "can't stop cutting", not caring whether one wakes, a plan set for a day. LATE_LIFE
   holds what a fifth, written as old widows and widowers and bereaved parents write, found:
   medicine or food stopped and meant, God asked to take me, trading places with the dead
   child, the gas, the closed garage, the river, the children's care ended by my absence.
   UNDERSTATED holds what a sixth, written as men write and with risk inside a question about
   the dead one's death, found: drink and pills counted out together, a problem handled "my
   way", my own funeral set for a day, a place in the grave needed soon, the wall punched.
   AT_THE_LAST holds what a seventh, with faith as the frame, a date as the plan and a
   caregiver's years of nursing, found: God or a saint asked to come for me, a rite of my own
   for the last time, being with the dead one by a date, my absence after an occasion,
   waiting only until a day, the dead one's morphine counted as enough, following them.
   ONLINE holds what an eighth, written as teenagers write online, found: the self or a life
   as what a computer or a game ends ("uninstall myself", "alt+f4 na minha vida"), a
   question about the other side and then the writer's going, "is it selfish if I go", cat
   scratches and lines on the wrist, a roof that stays open, a goodbye recorded or scheduled;
   a grandchild writing of herself in the third person ("a neta de vocês não aguenta mais")
   is read as the first, and letters written as digits, masked or spelled out are read.
   OWN_IMAGES holds what a ninth, written by an outsider in images of their own, found: a
   thing that runs, of one's own, switched off ("pull my own plug"), a season decided not to
   be seen, a crash or a bad scan one would not mind, an anaesthetic not come round from, the
   family's accounts closed by one's absence, a means "not for" its use, a hot thing on the
   body, one's time hurried to meet the dead one.
   OWN_WORDS holds what a tenth, written by another outsider in words of their own, found:
   being switched off or erased by the world, wished; to be only a photo like the dead one;
   a medicine named and counted, a gun left loaded, a rope whose use "you know"; the water
   let take me or walked into; a hot thing then the body; going before God's hour; a dead
   one's act done again, "now I understand"; life's boots hung up, clocking out for good;
   lying down and not getting up; the least painful way; "só sobrou uma saída".
   ARRANGED holds what an eleventh, written by an outsider as the young type to a dead parent
   or grandparent, found: arrangements (the pet's keeper "when I'm not here", the PIN left,
   emails scheduled for everyone, "for whoever finds me"), the dying asked to learn ("dói?",
   how long until the heart stops), an age not to be reached, a birthday wish to be the last,
   the last thing holding me here, numbness, a height "inviting", a room sealed.
   MANY_VOICES holds what a twelfth, written by an outsider as old widows and widowers type or
   dictate, as the faithful pray, in regional speech and with risk in one clause of a long
   message, found: suicide named in the third person ("quem tira a própria vida"), death
   better than life, leaving this life for good, the ground wished for, not seeing myself
   alive by a date, going to the dead one asked as a question ("se eu for agora você me
   recebe?", "the quickest way to get to you"), not intending to be long behind them, the
   reunion hurried, doses counted as enough, a bend not taken, the others relieved if I were
   gone; spoken and dictated forms are read ("sittin'", "ah cannae", "be hear", "buscar-me").
   OWN_TERMS holds what a thirteenth, written by an outsider in registers the earlier ones
   covered least, found: a treatment stopped or refused not on a doctor's word ("não volto
   mais pra quimio", "skipped dialysis"), kept alive against my will, the illness let take me,
   fading wished; a one-way ticket to nowhere, no return, getting off the world, checking out
   of my life; a trade's means (a farm poison drunk or looked at, how much it would take, the
   service gun kept, a rope slung over a beam "holding", the garage shut with the engine going,
   a hose and the car, a wire with wet hands, the wheel let go, a platform's edge); the baby
   better with someone else, the insurance the family would get; "dead to him" made true;
   eyes closed not to open, a day prayed not to be reached, the water calling; a promise to be
   with the dead one, a chair kept by theirs, not staying here much longer. A song the writer
   made up or says is about them is read as their words, and "deserves a father who doesn't
   …" as the writer's own. SAME_WAY holds what a fourteenth found: the dead one's act
   understood and done the same way or on the same date, money words, practical questions.
   DISGUISED holds what a fifteenth, written past a filter, in broken English and Portuguese,
   portunhol and European Portuguese (read as the rules know them), drunk, after one's own
   diagnosis, in relapse, prison or a custody lost, found: ending it "do meu jeito", a dose
   used "at once" or until the heart stops, a means as the only address left, the lake walked
   into, better off without "this mess", "if I go tonight will you be at the door?", a goodbye
   written to the living, the garage door down while the engine idles. ABROAD_AND_ILL holds
   what a seventeenth found, written from a hospital bed, far from home, in a second language,
   in short replies, jokes and a trade's means: an accident wished to have taken me, the
   illness hurried, a weight tied to me, the grain bin gone into and not come out of, the last
   pay sent home, my body found, my death that would pay the debt. EVERY_AGE holds what an
   eighteenth found, written as old widows and widowers, teenagers online, the faithful, a date,
   a drink and a worn-out carer say it: the car stopped and the jump, every one of the pills, a
   means and "I'll use it", no way back, a farewell in three quiet parts, gone of my own will or
   by morning, the dead one's day as the day I go to them, God hoped not to wake me, a date or
   an age not to be passed, passing out not to come to, "vou de base", sleeping beside the dead
   one and never coming back. "kms" said of a chore, a goodbye before bed and a filter's word
   said of a meme are read away, and "unalive" with no one after it is dying. PACKED_BAGS holds
   what a nineteenth found, written as bereaved parents, patients refusing care, travellers with
   no return and people putting their affairs in order say it: a treatment not done since a day,
   an illness not fought or let take me, a journey to the dead one "one way", accounts closed, a
   pet given away "for good", a note's reader asked to look after what is mine, no sense left in
   living, a life that ended with theirs. A parent who calls herself Mom to a child called by
   name or an endearment ("Jamie, Mom is coming to be with you") is read as the first person,
   "dye" with nothing to dye is "die", and "vo me mata" is "vou me matar".
3. A logistic regression over stems, word classes, ordered class pairs and the message's
   length (`features`), trained on the dev split by scripts/build_care_model.py.
   It flags a message alone when very sure (MODEL_ALONE), or with any cue at all
   (MODEL_WITH_CUE).
4. On make run only, the meaning layer: a logistic regression over the message's vector of
   the multilingual Universal Sentence Encoder v3, the vector the turn computes to search
   memories (`assess(message, vector)`; `meaning()`, trained by
   scripts/build_care_meaning.py). Without a vector of that model (AWS: Titan or no
   embedder) the detector is the three layers above, as it always was.

Idioms are taken out before anything is matched ("morrendo de saudade", "vai me matar se",
"the heat is killing me", a visit in a dream, an accident in the kitchen, "I'd give my life
to have you back"). Negation ("não",
"nunca", "nem", "not", "never") just before a cue in the same clause cancels it, except for
explicit mentions: "não quero me matar, só tô triste" still gets care, because the field errs
toward offering resources whenever suicide is named; the model reads a negated word as
another word ("~WANT"). A negated verb of knowing stops the negation there ("não sei mais
pra que acordar" denies the knowing, not the waking).

Calibrated on the dev split of tests/data/care_set.json. On wording written after the rules
it catches from a quarter to about half (docs/care.md has the figures, round by round): it is
a net with holes, and the prompt and the people around the visitor remain the main
protection.
"""
from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from chalicelib.persona import language as languages
from chalicelib.persona.patterns import Lazy, lazy
from chalicelib.persona.text import fold, stems, words

THRESHOLD = 3
EXPLICIT = THRESHOLD  # a cue this heavy is enough alone


@dataclass(frozen=True)
class Cue:
    """One way of saying a risk: its family, its weight, the language it is written in
    ("pt-BR", "en", or "" when both languages write it) and its pattern on folded words.
    The alternatives of one cue say the same thing, so together they still count once.
    `unless` is what, said anywhere in the same clause, makes it something else (a visit
    to the grave for "I'm coming to you soon"); `unless_said`, anywhere in the message (the
    dead one's pills "I can't bring myself to throw out", said in the next clause). `scope` is
    where the pattern is matched:
    each "clause"; the whole "message", its clauses joined, for what is said across commas
    (a kit listed, then "for after"); or the message when it says this "alone", an address
    and a time aside: a bare statement ("tenho um plano", "i have a rope", see BARE)."""

    family: str
    weight: int
    language: str
    pattern: Lazy  # compiled when a message is first assessed (patterns.py)
    unless: Lazy | None = None  # a clause that says this is something else
    scope: str = "clause"  # or "message", or "alone"
    unless_said: Lazy | None = None  # a message that says this is something else

    @property
    def negatable(self) -> bool:
        """False for a mention of suicide or self-harm: negated, it still gets care."""
        return self.family not in UNNEGATED


UNNEGATED = frozenset({"explicit", "active", "self_harm"})
PT, EN, BOTH = "pt-BR", "en", ""


def _cue(family: str, weight: int, language: str, *alternatives: str,
         unless: Lazy | None = None, scope: str = "clause",
         unless_said: Lazy | None = None) -> Cue:
    return Cue(family, weight, language, lazy(r"\b(?:" + "|".join(alternatives) + r")\b"),
               unless, scope, unless_said)


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
    "havent": "have not", "hadnt": "had not", "couldnt": "could not", "shouldnt": "should not",
    "arent": "are not", "werent": "were not", "aint": "am not", "imma": "i am going to",
    "finna": "going to", "gotta": "got to", "wana": "want to", "gona": "going to",
    "idc": "i do not care", "kil": "kill", "myslef": "myself", "tonite": "tonight",
    "tmrw": "tomorrow", "tmr": "tomorrow",
    # Portuguese typed fast: "ñ"/"naum" for não, "cmg" comigo, "dnv" de novo, "sdd" saudade
    # (so that "morrendo de sdd" is still the idiom), "p" and "d" for para and de.
    "n": "nao", "naum": "nao", "nn": "nao", "cmg": "comigo", "ctg": "contigo",
    "dnv": "de novo", "sdd": "saudade", "sdds": "saudades", "msg": "mensagem",
    "p": "para", "d": "de", "ce": "voce", "morer": "morrer", "mori": "morri",
    "qq": "qualquer", "kd": "cade", "dms": "demais", "prai": "para ai", "prala": "para la",
    "mi": "me", "quria": "queria", "amnh": "amanha", "pfv": "por favor", "pf": "por favor",
    # Chat English with numbers for syllables and the vowels left out ("evry1 wld b better
    # off"), and the grandparent's names typed short.
    "evry1": "everyone", "every1": "everyone", "evryone": "everyone", "evrybody": "everybody",
    "no1": "no one", "noone": "no one", "any1": "anyone", "some1": "someone",
    "wld": "would", "wud": "would", "wuld": "would", "cld": "could", "cud": "could",
    "shld": "should", "b": "be", "rn": "right now", "idk": "i do not know", "nite": "night",
    "gma": "grandma", "gpa": "grandpa", "grams": "grandma", "granddad": "grandpa",
    "grandad": "grandpa", "dieing": "dying", "wnt": "want", "wnna": "want to",
    # Late-night phone spelling (batch 9): "wana dissapear 4ever", "im dunn", "itd be".
    "dissapear": "disappear", "disapear": "disappear", "dissappear": "disappear",
    "4ever": "forever", "4eva": "forever", "dunn": "done", "itd": "it would",
    # What teenagers type to get past a platform's filter or in a game's words (batch 13):
    # "sewerslide" (suicide said aloud), "hasnt", "shes"/"hes" without the apostrophe.
    "sewerslide": "suicide", "suicde": "suicide", "sucide": "suicide", "hasnt": "has not",
    "shes": "she is", "hes": "he is", "logoff": "log off", "logout": "log out",
    "theyd": "they would", "theyll": "they will", "youd": "you would",
    # Batch 15: the apostrophe of "nothing's", "that's" left out; "til" for until.
    "nothings": "nothing is", "thats": "that is", "til": "until",
    # Batch 17: Scots, Irish and Australian speech ("ah cannae dae this anymair", "cutting
    # meself").
    "cannae": "can not", "canna": "can not", "dinnae": "do not", "didnae": "did not",
    "wouldnae": "would not", "couldnae": "could not", "willnae": "will not", "isnae": "is not",
    "wasnae": "was not", "havenae": "have not", "shouldnae": "should not", "tae": "to",
    "dae": "do", "anymair": "anymore", "oot": "out", "aboot": "about", "hame": "home",
    "masel": "myself", "meself": "myself", "mesel": "myself", "wioot": "without",
    # Batch 20: typed drunk or high (letters swapped or dropped in the words that carry it),
    # and European Portuguese ("isto", "cá").
    "pils": "pills", "pilz": "pills", "bttle": "bottle", "botle": "bottle", "jsut": "just",
    "tongiht": "tonight", "tonigth": "tonight", "tonihgt": "tonight", "toniht": "tonight",
    "drnuk": "drunk", "durnk": "drunk", "wastd": "wasted", "sleepin": "sleeping",
    "unalived": "killed", "isto": "isso", "ca": "aqui",
}
# Letters written as digits to get past a filter ("m4t4r", "su1c1d1o", "k1ll"): a word with a
# digit between two letters is read with its letters ("mp3", "4ever", "b4" are left alone).
_LEET_WORD = lazy(r"^(?=.*[a-z][013457]+[a-z])[a-z013457]+$")
_LEET = str.maketrans("013457", "oieast")
# ... and a word with a letter masked ("s*icide", "k*ll myself", "m@tar", "d*e"): read as the
# word of dying or killing whose letters it keeps, when one fits; any other word is left.
_MASKED = lazy(r"(?<![\w*@$#])\w*[*@$#][\w*@$#]*")
_MASKABLE = ("suicide", "suicidio", "suicidar", "kill", "killing", "die", "dying", "dead",
             "death", "morrer", "morte", "matar", "unalive", "selfharm", "cutting", "cortar")
# ... and spelled out a letter at a time ("s u i c i d e", "k m s").
_SPELLED = lazy(r"(?<![\w.-])(?:[a-z](?: |\. ?|-|_)){2,}[a-z](?!\w)", re.IGNORECASE)
_SPELLED_WORDS = frozenset(("suicide", "suicidio", "kms", "kys", "morrer", "matar", "die",
                            "dead", "kill"))


def _unmasked(match: re.Match[str]) -> str:
    written = match.group(0).lower()
    if not any(c.isalpha() for c in written) or written.startswith("#"):
        return match.group(0)
    pattern = re.compile("".join(r"\w{1,3}" if run[0] == "*" or run[0] == "#" else
                                 "a" if run == "@" else "s" if run == "$" else re.escape(run)
                                 for run in re.findall(r"\*+|#+|[@$]|[^*#@$]+", written)))
    return next((word for word in _MASKABLE if pattern.fullmatch(word)), match.group(0))


def _spelled(match: re.Match[str]) -> str:
    joined = re.sub(r"[ ._-]", "", match.group(0)).lower()
    return joined if joined in _SPELLED_WORDS else match.group(0)


def _read(word: str) -> str:
    """A folded word as the detector reads it: shorthand, then letters written as digits."""
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    return word.translate(_LEET) if _LEET_WORD.match(word) else word


# Chores, lessons and games one complains of (batch 23: "kms this homework").
_CHORE = (r"(?:homework|hw|essay|assignment|project|test|tests|exam|exams|quiz|final|finals|"
          r"midterms?|class|lecture|lab|shift|meeting|traffic|commute|queue|line|emails?|math|"
          r"physics|chem|chemistry|bio|biology|calc|calculus|level|boss|match|game|ranked|wifi|"
          r"printer|prova|provas|trabalho|licao|dever|aula|redacao|simulado|fila|transito|"
          r"reuniao|fase|partida)")

_CONTRACTIONS = (
    # Spoken forms typed as said (batch 17), read before the apostrophes below: a final g
    # dropped ("sittin'", "evenin'", "fixin' to"), "ain't", Scots "wi'oot", "an'", "ah'm".
    (lazy(r"\bfixin['’g]? to\b", re.IGNORECASE), "going to"),
    (lazy(r"\b(\w{2,}?)in['’](?=\s|$|[.,;:!?])", re.IGNORECASE), r"\1ing"),
    (lazy(r"\bain['’]?t nobody\b", re.IGNORECASE), "nobody is"),
    (lazy(r"\bain['’]?t\b", re.IGNORECASE), "am not"),
    (lazy(r"\bwi['’]?oot\b", re.IGNORECASE), "without"),
    (lazy(r"\bwi['’](?=\s)", re.IGNORECASE), "with"),
    (lazy(r"\ban['’](?=\s)", re.IGNORECASE), "and"),
    (lazy(r"\bah(?=['’]m\b)", re.IGNORECASE), "i"),
    (lazy(r"\bah (?=(?:cannae|dinnae|canny|just|want|wish|will|would|need|am|have|had|was|"
          r"think|feel|wanted|went|could|cannot|can|do|did)\b)", re.IGNORECASE), "i "),
    (lazy(r"\bbetter aff\b", re.IGNORECASE), "better off"),
    (lazy(r"\bno (?=(?:wake|waken|wakin|come back)\b)", re.IGNORECASE), "not "),
    # ... and what voice dictation writes for a homophone: "be hear", "left hear" (here),
    # "stood their a long time" (there), "they dont no" (know).
    (lazy(r"\b(be|being|left|stay|staying|stayed|down|still|living|live|alive|around|"
          r"anymore|for me) hear\b", re.IGNORECASE), r"\1 here"),
    (lazy(r"\bhear (?=(?:anymore|any more|without you|alone|for me)\b)", re.IGNORECASE),
     "here "),
    (lazy(r"\b(stood|sat|standing|sitting|stayed|waited|lay|lying) their\b(?! \w+s\b)",
          re.IGNORECASE), r"\1 there"),
    (lazy(r"\b(do|did|does)(n['’]?t| not) no\b", re.IGNORECASE), r"\1 not know"),
    # Formal Portuguese puts the pronoun after the verb: "venha buscar-me", "leve-me",
    # "despedi-me" are read "me buscar", "me leve", "me despedi".
    (lazy(r"\b([a-zà-ú]{2,})-(me|se)\b", re.IGNORECASE), r"\2 \1"),
    (lazy(r"\bsh(?:[’']e?d|d)\b", re.IGNORECASE), "did sh"),  # "sh'd", not "would"
    (lazy(r"\bcan[’']t\b", re.IGNORECASE), "can not"),
    (lazy(r"\bwon[’']t\b", re.IGNORECASE), "will not"),
    (lazy(r"n[’']t\b", re.IGNORECASE), " not"),
    (lazy(r"[’']m\b", re.IGNORECASE), " am"),
    # ... but "had" before a past participle (batch 26: "I wish I'd gone with you")
    (lazy(r"[’']d (?=(?:gone|been|died|left|stayed|done|taken|known|seen|gotten|come)\b)",
          re.IGNORECASE), " had "),
    (lazy(r"[’']d\b", re.IGNORECASE), " would"),
    (lazy(r"[’']ll\b", re.IGNORECASE), " will"),
    (lazy(r"[’']re\b", re.IGNORECASE), " are"),
    (lazy(r"[’']ve\b", re.IGNORECASE), " have"),
    # ... but a means "'s" where it is kept is "is" (batch 23: "the rope's in the shed")
    # (and a poison kept, batch 32: "the paraquat's still in the barn")
    (lazy(r"\b(rope|noose|gun|rifle|shotgun|pistol|knife|blade|razor|pills|cord|belt|"
          r"poison|paraquat|pesticide|weedkiller|roundup)[’']s "
          r"(?=(?:in|on|at|under|still|ready|here|there|loaded|up|tied|hanging|already)\b)",
          re.IGNORECASE), r"\1 is "),
    (lazy(r"[’']s\b", re.IGNORECASE), "s"),  # "grandpa's", "what's": one word
    (lazy(r"\bmy self\b", re.IGNORECASE), "myself"),
    # Slashed shorthand, read before the slash splits it: "w/o me", "s/h", "td mundo".
    (lazy(r"\bw/o\b", re.IGNORECASE), "without"),
    (lazy(r"\bw/(?=\s)", re.IGNORECASE), "with"),
    (lazy(r"\bs/h\b", re.IGNORECASE), "sh"),
    (lazy(r"\btd mundo\b", re.IGNORECASE), "todo mundo"),
    # "2" for "to" before a verb: "i want 2 die", "dont want 2 be here".
    (lazy(r"\b2 (?=(?:be|b|die|live|go|do|end|kill|see|sleep|wake|exist|stay|leave)\b)",
          re.IGNORECASE), "to "),
    # Teenagers' words for an ending (batch 13): "sewer slide", "me desviver" (Brazilian
    # TikTok's "unalive": "se desviver" is "se matar"), "yeet myself", and the keys of a
    # computer read as one word each ("ctrl+z", "alt+f4", "ctrl alt del").
    (lazy(r"\bsewer[\s-]*slid\w*", re.IGNORECASE), "suicide"),
    (lazy(r"\b(me|se|te) desviv\w*", re.IGNORECASE), r"\1 matar"),
    (lazy(r"\bdesviv\w*", re.IGNORECASE), "morrer"),
    (lazy(r"\byeeting (?:myself|me)\b", re.IGNORECASE), "jumping"),
    (lazy(r"\byeet(?:ed)? (?:myself|me)\b", re.IGNORECASE), "jump"),
    (lazy(r"\bctrl\s*\+?\s*alt\s*\+?\s*del(?:ete)?\b", re.IGNORECASE), " ctrlaltdel "),
    (lazy(r"\bctrl\s*\+?\s*z\b", re.IGNORECASE), " ctrlz "),
    (lazy(r"\balt\s*\+?\s*f4\b", re.IGNORECASE), " altf4 "),
    # "ill be there", "id rather": the apostrophe left out before a verb.
    (lazy(r"\bill (?=(?:be|go|see|come|never|just|do|make|get|miss|try|stay|leave|end)\b)",
          re.IGNORECASE), "i will "),
    (lazy(r"\bid (?=(?:be|rather|love|like|never|just|do|go|die|even|really|honestly|"
          r"probably|feel|want|prefer|give)\b)", re.IGNORECASE),
     "i would "),
    # Batch 20. The filter's words broken up ("un-alive-ing myself") and in Portuguese ("me
    # unalive" is "me matar"); "kms" after a number, or said to mean kilometres, is kilometres.
    (lazy(r"\b(me|se|te) un[\s-]?alive\w*", re.IGNORECASE), r"\1 matar"),
    # ... and with "dar" (batch 23: "me dar unalive", "dar um unalive em mim")
    (lazy(r"\b(me|se|te) dar (?:um |o )?un[\s-]?alive\w*", re.IGNORECASE), r"\1 matar"),
    (lazy(r"\bdar (?:um |o )?un[\s-]?alive\w* em mim\b", re.IGNORECASE), "me matar"),
    (lazy(r"\bun[\s-]?alive[\s-]?ing\b", re.IGNORECASE), "killing"),
    (lazy(r"\bun[\s-]alive\b", re.IGNORECASE), "unalive"),
    # ... and "unalive" with no one after it is the writer's dying (batch 23: "i lowkey wanna
    # unalive rn", "if i unalived"): read "die".
    (lazy(r"\b(want to|wanna|gonna|going to|finna|tryna|about to|ready to|i|to|should|"
          r"could|might) unalive(d)?\b(?! (?:my|him|her|them|you|it|that|this|the|a|an|"
          r"every|some|any|him|his|ur|your)\b)", re.IGNORECASE),
     lambda m: m.group(1) + (" died" if m.group(2) else " die")),
    (lazy(r"\b(\d+(?:[.,]\d+)?)\s*kms?\b", re.IGNORECASE), r"\1 km"),
    (lazy(r"\bkms\b(?=\W{0,3}(?:=|means|is short for|significa|quer dizer|[eé])\W{0,3}"
          r"(?:kilomet|quilomet))", re.IGNORECASE), "km"),
    (lazy(r"\bkms_|_kms\b", re.IGNORECASE), " handle "),
    # ... "ill" typed for "I'll" before the verbs of a plan, too.
    (lazy(r"\bill (?=(?:walk|take|drive|jump|finish|pick|kill|head|swallow|check|use|"
          r"sleep|stop)\b)", re.IGNORECASE), "i will "),
    # A Brazilian's portunhol: "me quiero morir", "no quiero vivir más", "no aguento más",
    # "matarme", read as the Portuguese the rules know.
    (lazy(r"\bme quiero morir\b", re.IGNORECASE), "quero morrer"),
    # ... and a Venezuelan's (batch 37: "ya no quiero quedarme acá", "peço a Dios q no me deixe
    # despertar mais"): "ya no" is "já não" (not "you"), Dios, "no me deje", quedarse, acá.
    (lazy(r"\bya no\b", re.IGNORECASE), "já não"),
    (lazy(r"\bdios\b", re.IGNORECASE), "deus"),
    (lazy(r"\bpido\b", re.IGNORECASE), "peço"),
    (lazy(r"\bno (?=(?:me|te|se) (?:deix|dej|permit)\w*)", re.IGNORECASE), "não "),
    (lazy(r"\bdej(ar|e|es|a)\b", re.IGNORECASE), r"deix\1"),
    (lazy(r"\bdespertar\b", re.IGNORECASE), "acordar"),
    (lazy(r"\bquedar(?:me|se)?\b", re.IGNORECASE), "ficar"),
    (lazy(r"\bac[aá]\b", re.IGNORECASE), "aqui"),
    (lazy(r"\bno (?=(?:quiero|aguanto|aguento|puedo)\b)", re.IGNORECASE), "não "),
    (lazy(r"\bquiero\b", re.IGNORECASE), "quero"),
    (lazy(r"\baguanto\b", re.IGNORECASE), "aguento"),
    (lazy(r"\bpuedo\b", re.IGNORECASE), "posso"),
    (lazy(r"\bmorir(?:me)?\b", re.IGNORECASE), "morrer"),
    (lazy(r"\bvivir\b", re.IGNORECASE), "viver"),
    (lazy(r"\bmatarme\b", re.IGNORECASE), "me matar"),
    (lazy(r"\bestoy\b", re.IGNORECASE), "estou"),
    (lazy(r"\b(viver|aguento|existir|vida) más\b", re.IGNORECASE), r"\1 mais"),
    # ... European Portuguese: "apetece-me" (read "me apetece" above) is a wish, "estou a
    # pensar" is "estou pensando", "farto de" is "cansado de", "ir ter contigo" is going to
    # be with you.
    (lazy(r"\bme apetec(?:e|ia)\b", re.IGNORECASE), "quero"),
    # "se eu não tivesse aqui": "tivesse" typed for "estivesse" before where I am.
    (lazy(r"\btivesse (?=(?:mais )?(?:aqui|por aqui|viv[oa])\b)", re.IGNORECASE),
     "estivesse "),
    (lazy(r"\b((?:est|and|fic|continu)(?:ou|o|a|á|as|ás|ava|ei|amos|am|ão|ao|ar)) a (\w{2,}?)"
          r"(a|e|i)r\b", re.IGNORECASE), r"\1 \2\3ndo"),
    (lazy(r"\bfart([oa])s? de\b", re.IGNORECASE), r"cansad\1 de"),
    (lazy(r"\bir ter (?=(?:contigo|convosco|com)\b)", re.IGNORECASE), "ir ficar "),
    # ... and English typed by someone who learnt it late: "i want to dead", "i no have",
    # "finish with my life".
    (lazy(r"\bwanna (?:to )?dead\b", re.IGNORECASE), "want to be dead"),
    (lazy(r"\b(want|wanted|wish) (?:to )?dead\b", re.IGNORECASE), r"\1 to be dead"),
    (lazy(r"\bi no (?=(?:have|want|can|know|see|like|find)\b)", re.IGNORECASE), "i do not "),
    (lazy(r"\bfinish(?:ing)? (?:with )?my (?:own )?life\b", re.IGNORECASE), "end my life"),
)
# "kms" said of a chore, as "this homework is killing me" is (batch 23: "kms this physics
# homework has 80 questions", "the group project kms"): an interjection. Read only when the
# message has "kms" at all: the articles these start from are in nearly every message.
_KMS_OF_A_CHORE = (
    (lazy(rf"\bkms(?=\W{{0,3}}(?:this|that|these|those|my|the|esse|essa|essas|esses|"
          rf"minha|meu) (?:\w+ ){{0,2}}?{_CHORE}\b)", re.IGNORECASE), "ugh"),
    (lazy(rf"\b(?:this|that|these|those|the|my|a|an|o|as|os|um|uma|esse|essa|essas|esses|"
          rf"minha|meu) (?:\w+ ){{0,2}}?{_CHORE}\b(?: \w+){{0,6}}?\W{{0,3}}\bkms\b"
          rf"(?=(?:\W+(?:lol|lmao|lmfao|haha\w*|k{{3,}}|jk|fr|ngl))*\W*(?:$|[.!?\n]))",
          re.IGNORECASE), lambda m: m.group(0)[:-3] + "ugh"),
)
# Emoji that stand for a means or a death, read as the word in the message's language
# ("a 🪢 ta pronta", "eu so qro ⚰️"). Faces and hearts are left alone: "💀" is laughter.
_EMOJI = {"🪢": ("corda", "rope"), "💊": ("comprimidos", "pills"), "🔪": ("faca", "knife"),
          "🌉": ("ponte", "bridge"), "⚰": ("caixao", "coffin"), "🩸": ("sangue", "blood"),
          # batch 20: a chair by the rope, a drink by the pills; "+" joining them is "and"
          "🪑": ("cadeira", "chair"), "🍷": ("bebida", "alcohol"), "🍺": ("bebida", "alcohol"),
          "🥃": ("bebida", "alcohol"), "🍾": ("bebida", "alcohol"), "+": ("e", "and"),
          # batch 23: the tombstone ("hoje eu vou de base 🪦"), a death's image (1 alone)
          "🪦": ("lapide", "tombstone"),
          # batch 30: a gun ("🔫 in dad's closet … tonight"), a plaster over what was done to
          # the body ("🩹🩹🩹 new ones on my arm"), read as the words
          "🔫": ("arma", "gun"), "🩹": ("curativo", "plaster"),
          # batch 35: the dove of a death notice ("👴☁️🕊️ ➡️ me next pls"); not the cloud,
          # which is the weather as often
          "🕊": ("pomba", "dove"),
          # batch 38: a sum of emoji ("🪦➕🧍 soon"): the heavy plus is "and", as "+" is, and the
          # person standing is the writer, as in "me 🧍"
          "➕": ("e", "and"), "🧍": ("eu", "me"),
          # batch 40: the face drawn in dotted lines, fading from sight ("wanna be 🫥 forever"),
          # is going, as "sumir" and "gone" are; not the fog or the face in the clouds
          "🫥": ("sumir", "gone")}
# ... and the pills typed three times or more are a handful (batch 20: "💊💊💊💊💊 + 🍷").
_HEAP = lazy(r"\b(comprimidos|pills)(?:\s+\1){2,}\b")
_EMOJI_FOUND = lazy("|".join(re.escape(e) for e in _EMOJI if e != "+"))
_EMOJI_READ = lazy("|".join(re.escape(e) for e in _EMOJI))
# A letter typed three times or more is typed once ("mooorrer", "deaddd", "pleeease");
# not "k", whose repeats are laughter ("kkkk").
_REPEATED = lazy(r"([a-jl-zà-ü])\1{2,}", re.IGNORECASE)
# A song named with what it says, "this song is so sad, and i'll sleep forever in your
# arms": the rest of the sentence is the song's words, unless it says what the song does to
# the writer ("makes me want to die").
_LYRICS = lazy(r"\b(?:songs?|m[uú]sicas?|can[cç](?:[aã]o|[oõ]es)|lyrics?|letra|refr[aã]o|"
               r"chorus)\b(?:\s+\w+){0,3}?\s+(?:goes|says|sings|diz|fala|canta|is so sad|"
               r"(?:[eé]|eh) t[aã]o triste)\b(?:(?!\b(?:makes me|me faz|me d[aá]|me deixa)\b)"
               r"[^.!?\n])*", re.IGNORECASE)
# ... unless the song is the writer's own or about the writer (batch 18: "made up a song on
# the guitar, the chorus goes '...'. It's about me"): then its words are read as theirs.
_OWN_SONG = lazy(r"\b(?:(?:made up|wrote|written|composed|compus|inventei|escrevi|fiz|"
                 r"criei)(?:\s+\w+){0,2}?\s+(?:songs?|tunes?|m[uú]sic\w*|can[cç](?:[aã]o|"
                 r"[oõ]es)|poem\w*|versos|verses|lyrics?|letras?)|(?:it[’']?s|it is|[eé]) "
                 r"(?:about|sobre) (?:me|mim|myself)\b"
                 # ... or a song said to be no song at all (batch 22: "my song goes '…'.
                 # it's not really a song")
                 r"|n[aã]o [eé] (?:bem |exatamente )?uma (?:m[uú]sica|can[cç][aã]o)"
                 r"|(?:it[’']?s|it is) not (?:really |quite )?a song|isn[’']?t (?:really )?a "
                 r"song)", re.IGNORECASE)
# A child who "deserves a mother who doesn't want to die" says that the writer does: the
# negation after "deserves a … who" is read away (batch 18).
_DESERVES_NOT = lazy(r"\b((?:deserves?|deserved|merece|merecem|merecia|needs|precisa de) "
                     r"(?:\w+ ){1,3}(?:who|that|que)) (?:does not|do not|did not|would not|"
                     r"nao)\b")
# A goodbye "for real" followed by bed is a goodnight (batch 23: "goodbye for real this time,
# Gran, I'm off to bed", "tchau de verdade agora, vou dormir").
_GOODNIGHT = lazy(r"\b(?:goodbye|bye|tchau|adeus|boa noite)\s+(?:for real|de verdade)"
                  r"(?:\s+(?:this time|agora|now|dessa vez))?(?=[^.!?\n]{0,40}\b(?:off to "
                  r"bed|going to bed|go to bed|gotta sleep|going to sleep|go to sleep|"
                  r"bedtime|vou dormir|indo dormir|hora de dormir|vou deitar|vou me deitar)"
                  r"\b)", re.IGNORECASE)
# A filter's word quoted as a word ("the guidelines ban 'kms' in usernames", "o povo fala 'se
# desviver' pra não ser banido"), and a meme, a post or a joke quoted ("the meme is literally
# 'me after one email: kms'"): what is said about words, not the writer's (batch 20).
_MENTIONED = lazy(r"[\"'“‘]\s*(?:kms|kys|un-?alive\w*|(?:se |me |te )?desviv\w*|sewer[\s-]*"
                  r"slid\w*)\s*[\"'”’]", re.IGNORECASE)
# ... and a filter's word said of a meme, a joke or a post ("a sewerslide meme", "piada de
# desviver"): what is said about the content, not the writer's (batch 23).
_MENTIONED = lazy(_MENTIONED.pattern + r"|\b(?:kms|kys|un-?alive\w*|sewer[\s-]*slid\w*|"
                  r"desviv\w*)\s+(?:memes?|jokes?|posts?|videos?|vids?|trends?|tiktoks?|"
                  r"audios?|edits?|comments?|filters?)\b|\b(?:memes?|piadas?|"
                  r"videos?|posts?|trends?|comentarios?) (?:de|do|sobre) (?:kms|kys|"
                  r"un-?alive\w*|sewer[\s-]*slid\w*|desviv\w*)\b", re.IGNORECASE)
_MEME = lazy(r"\b(?:memes?|posts?|tweets?|captions?|legendas?|piadas?|jokes?|trends?|"
             r"tiktoks?|reels?)\b(?:\s+\w+){0,3}?\s+(?:is|says|goes|diz|fala|[eé]|era|was)"
             r"\b(?:\s+(?:literally|literalmente|like|tipo|basically|so))?\s*[\"'“‘]"
             r"(?:(?!\b(?:makes me|me faz|me d[aá]|me deixa)\b)[^.!?\n])*", re.IGNORECASE)
# A threat someone else shouted or said, quoted, in a message that laughs (batch 40: "hj uma
# gritou 'tio eu vou me jogar da janela se vc n colocar funk' kkkk", "a kid in the back yelled
# 'i'm gonna jump out the window if you don't play my song' lol"): the words are the other's,
# and the laugh says how they were taken. Not the writer's own words quoted ("eu disse", "I
# said"), nor a quote that names suicide, killing, dying or a hurt, which is read as written.
_SAID_BY_ANOTHER = lazy(r"(\b(?:gritou|gritaram|berrou|berraram|falou|falaram|disse|disseram|"
                        r"soltou|respondeu|perguntou|yelled|screamed|shouted|said|says|goes|"
                        r"asked)\s*[:,]?\s*)[\"'“‘](.{3,200}?)[\"'”’](?!\w)", re.IGNORECASE)
_LAUGHED = lazy(r"\b(?:k{3,}|(?:ha){2,}h?|(?:rs){2,}|lol|lmao|lmfao)\b|😂|🤣", re.IGNORECASE)
_NAMED_IN_QUOTE = lazy(r"sui?c[ií]d|\bmat(?:ar|o|ei|a)\b|kill|morr|\bdie\b|\bdead\b|machuc|"
                       r"cort|hurt|\bcut", re.IGNORECASE)
_SPEAKER_SELF = lazy(r"\b(?:i|eu)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _others_quote(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 24):match.start()]
    if _SPEAKER_SELF.search(before) or _NAMED_IN_QUOTE.search(match.group(2)):
        return match.group(0)
    return match.group(1) + " ~ "


# Where a clause ends: a negation does not reach across it.
_CLAUSE = lazy(r"[.,;:!?()\n…]+|\s[-–—]\s")

# Figures of speech with death words, taken out before any cue is matched. "Me matar" said
# of someone else ("minha mãe vai me matar", "o professor quer me matar") is an idiom; said
# by the asker ("vou me matar", "quero me matar") it is not, so only the third person is here.
# How an old spouse or a parent addresses the dead one, before or after a question.
_ADDRESSED = (r"(?:meu velho|minha velha|meu bem|meu amor|querid[oa]|filh[oa]|vo|vovo|mae|pai|"
              r"my love|love|dear|darling|sweetheart|son|grandma|grandpa|mom|dad)")
_FEELINGS = (r"saudades?|rir|riso|fome|sede|sono|cansaco|vergonha|medo|frio|calor|inveja|"
             r"tedio|raiva|amor|preguica|dor|curiosidade|vontade|alegria|felicidade|ciume|"
             r"susto|pena|tristeza|nervoso|ansiedade|estudar|trabalhar|correr")
_IDIOMS = lazy(r"\b(?:" + "|".join([
    rf"(?:morr|mort|mat|sum|desaparec)\w*(?: do mapa| do mundo| da face da terra)? de "
    rf"(?:tanto |tanta )?(?:{_FEELINGS})",
    r"mort[oa]s? de (?:cansad[oa]s?|exaust[oa]s?|cansaco|canseira)",
    r"(?:vai|vao|ia|iam|iria|quer|querem|queria que|vem|tenta|ainda vai) me (?:matar|enforcar)",
    r"de matar", r"matar (?:a |essa |minha )?saudades?",
    r"pul\w* de (?:alegria|felicidade|emocao)", r"tiro no pe",
    # A rope that is a toy or a thing: jump rope, a rope swing, a rope ladder.
    r"pul\w* (?:a )?corda", r"(?:jump|jumping|skip|skipping) rope",
    r"rope (?:swing|ladder|bridge|course|burns?)", r"corda bamba",
    # ... said the Portuguese way round (batch 39: "fiz um balanço de corda pra Lara"): the rope
    # taken out, the thing left to be read ("comprei corda e fiz um balanço"); a rope bridge
    # whole, no bridge to jump from
    r"(?:(?<=balanco )|(?<=balancos )|(?<=escada )|(?<=escadas )|(?<=rede )|(?<=redes )|"
    r"(?<=brinquedo )|(?<=cerca ))de corda", r"pontes? de corda",
    # Getting there, of a skill learnt: "ainda não ficou igual mas tô chegando lá" (batch 39, a
    # grandmother's cake), after a verb of making or learning only (never "ainda não morri" nor
    # "ainda não tá na hora")
    r"ainda nao (?:ficou|fica|sai|saiu|consigo|acerto|acertei|aprendi|domino|"
    r"dominei) (?:\w+ ){0,5}?(?:mas|porem) (?:eu )?(?:to|estou|tou|ja to) chegando la",
    r"dying (?:to|for|of)", r"died (?:laughing|of)", r"jump at the chance",
    r"dead (?:tired|serious|bored)", r"(?:morr|mat)\w* do coracao",
    r"(?:be|been|being) the death of me", r"(?:vai|ia|iria) ser a (?:minha )?morte",
    r"mat\w* (?:a |as |o )?(?:aula|aulas|tempo|servico|trabalho)",
    r"kill\w* (?:some |the |a little )?time",
    # An accident is not self-harm: a paper cut, a cut while cooking, a slice of cake.
    r"me (?:cortei|cortado|queimei|machuquei|feri) (?:\w+ ){0,3}?(?:com (?:papel|a faca|faca|vidro|"
    r"a tesoura|o forno)|fazendo|cozinhando|descascando|picando|no forno|no fogao|na cozinha|"
    r"na panela|sem querer|no barbear|barbeando|depilando|na depilacao|"
    # ... on a thing that cuts by accident (batch 17): a paper guillotine, a tin, thorns
    r"n[oa]s? (?:guilhotina|papel|folha|lata|vidro|espinhos?|roseiras?|arame|prego|grampo|"
    r"serrote|maquina))",
    r"me cortei (?:\w+ ){0,4}(?:abrindo|consertando|limpando|lavando|arrumando|trabalhando|"
    r"podando|serrando) \w+",
    r"(?:cut|sliced|scraped|gashed|hit|bumped|banged|smacked|knocked|stubbed) my (?:\w+ ){0,2}on "
    r"(?:the|a|an|some|my) \w+"
    # (batch 38: nor again and again, "until" something: "hit my head on the desk till i saw
    # stars")
    r"(?!(?: \w+){0,3} (?:on purpose|till|until|over and over|again and again|repeatedly)\b)",
    r"cut myself (?:a|some|another) (?:slice|piece)",
    # ... and a knock on the furniture (batch 20): "hit my thigh on the coffee table", "bati a
    # perna na quina da mesa" (not "de propósito")
    r"(?:bati|batendo|bato) (?:com )?(?:a |o |minha |meu )?(?:perna|joelho|coxa|canela|cabeca|"
    r"dedo|dedinho|braco|cotovelo|ombro|quadril|testa) n[ao]s? (?:quina|mesa|mesinha|porta|armario|"
    r"cama|sofa|pia|carro|escada|degrau|cadeira|estante)"
    r"(?!(?: \w+){0,4} (?:de proposito|ate|sem parar|varias vezes|de novo e de novo)\b)",
    # ... and the signs a class or a campaign lists ("warning signs, like giving things away
    # and saying goodbye", batch 20)
    r"(?:like|such as|como|tipo|e\.g) (?:\w+ ){0,3}(?:giving (?:things|stuff|possessions|"
    r"belongings) away|saying goodbye|dar (?:as )?(?:coisas|pertences)|se despedir|doar "
    r"(?:as )?coisas)(?: \w+)*",
    # ... a medicine's warning and its daily limit: "não pode misturar o remédio de dormir com
    # álcool", "quantos comprimidos é o máximo por dia" (batch 20)
    r"(?:nao pode|nao se pode|nao deve|nao devemos|nao podemos|should not|must not|can not|"
    r"never) (?:\w+ )?(?:misturar|mix|tomar|take|combinar|combine) (?:\w+ ){0,6}(?:com|with) "
    r"(?:\w+ )?(?:alcool|bebida|alcohol|drink|drinks|booze|cerveja|vinho|wine|beer)",
    r"quant[oa]s? (?:\w+ ){0,5}(?:e|sao|seria|pode) (?:o )?(?:maximo|limite)(?: \w+)*",
    r"(?:quant[oa]s?|how many|how much) (?:\w+ ){0,4}(?:posso|pode|podemos|devo|deve|can i|can you|"
    r"should i|can she|can he) (?:tomar|take|dar|give) (?:\w+ ){0,2}(?:por dia|ao dia|a day|"
    r"per day|"
    r"de \d+ em \d+ horas|every \d+ hours|at a time|por vez)",
    r"(?:maximum|max|daily limit|the limit)(?: \w+){0,3} (?:per day|a day|daily|in 24 hours)",
    r"(?:cut|burned|burnt|hurt) myself (?:\w+ ){0,2}?(?:shaving|cooking|baking|chopping|"
    r"slicing|while|on the|by accident|accidentally)",
    r"(?:cutting|burning|scratching|hurting) myself (?:\w+ ){0,2}?(?:on|in) (?:the |a |some |"
    r"those |your |them )?(?:rose\w*|thorns?|brambles?|barbed wire|paper|glass|tins?|cans?|"
    r"fence|nails?|stove|oven|kettle|iron)\b",
    # Something else killing me is a figure of speech; only "I" killing myself is not.
    r"(?:ta|esta|tao|estao|is|are|was) (?:\w+ )?(?:me matando|killing me)",
    r"(?:would|i would) kill for",
    # ... and death preferred to a small ordeal (batch 17): "I'd rather die than eat Aunt
    # Lucy's fruitcake" (not "than live", "than go on").
    r"(?:rather|prefiro|preferia) (?:die|morrer) (?:than|do que|que) (?:eat|wear|watch|listen|sit|"
    r"attend|admit|ask|sing|dance|comer|usar|vestir|assistir|ouvir|pedir|admitir|cantar|dancar)\w*",
    r"(?:die|died|dying) (?:of|from) (?:laughter|laughing|"
    r"embarrassment|boredom|shame|cuteness|hunger)",
    # A wish about a far future or a dream is grief: "quando eu for velhinha...", "em sonho".
    # (batch 26: "mais um dia", "outro dia" are one more day, not someday; batch 37: nor is "um
    # dia desses", one of these days soon)
    r"(?:quando eu (?:for|ficar) velh|when i am old|(?<!\bmais )(?<!\boutro )um dia"
    r"(?! (?:desses|destes)\b)|someday|one day)"
    # (batch 38: nor the writer's vanishing supposed, "se um dia eu simplesmente evaporasse … ngm
    # ia nem perceber", "if one day I just vanished")
    r"(?! (?:eu |i )?(?:simplesmente |so |just |simply )?(?:sumisse|evaporasse|desaparecesse|"
    r"disappeared|vanished|evaporated)\b)(?: \w+)*",
    # (batch 28: not a dream where the dead one tells me to go: "você apareceu no sonho e
    # disse pra eu ir, então eu vou")
    r"(?<!not )(?<!nao )(?:nem que fosse |so que )?(?:em|no|nos|num|in|in my|in a) "
    r"(?:sonhos?|dreams?)(?!(?: \w+){0,3} (?:disse|falou|pediu|mandou|chamou|told|asked|said|"
    r"called)\b)(?: \w+)*",
    # A song listened to and its title: "tava ouvindo aquela musica quero sumir no onibus"
    # (the title runs until "and", "because" or what the song does to the writer).
    r"(?:ouvindo|ouvi|escutando|escutei|cantando|cantei|listening to|listened to|singing|sang) "
    r"(?:a |aquela |essa |esta |that |the |this )?(?:musica|song|cancao)"
    r"(?: (?!(?:e|and|pq|porque|because|me|makes|made|fez|faz)\b)\w+)*",
    # Dying said as a condition over something small, laughing: "vou morrer se o crush
    # responder kkkk", "i'll die if he texts back lol" (only dying, not killing myself).
    r"(?:vou|vo|i will|i am going to|going to|gonna) (?:literally |literalmente )?(?:morrer|die) "
    r"(?:se|if) (?:\w+ ){1,10}?(?:lol|lmao|haha\w*|kk+|rs+)$",
    # ... and told of a moment past, laughing (batch 33): "i literally wanted to die when my voice
    # cracked in the presentation lmao", "quis morrer quando eu caí na frente de todo mundo kkkk"
    # (only dying, never killing myself, and only a moment told with "when").
    r"(?:literally |literalmente |actually |basically )?(?:wanted to|quis|queria) (?:die|morrer) "
    r"(?:when|quando) (?:\w+ ){1,12}?(?:lol|lmao|lmfao|haha\w*|kk+|rs+)$",
    # A means put to its everyday use: a rope for the hammock, the roof climbed to fix the
    # aerial, the pills of the dead taken back to the pharmacy.
    r"(?:corda|rope) (?:\w+ ){0,3}(?:de|do|da|pro|para o|para a|para|for the|for a|for) "
    r"(?:violao|varal|guitarra|pular|rede|barraca|balanco|cachorro|escalada|barco|swing|tent|"
    r"hammock|guitar|clothesline|dog|boat|climbing|camping|reboque|rebocar|tow|towing)",
    # ... and what it is bought to make or rig (batch 38: "bought 30 metres of rope to make a
    # cargo net for the kids' treehouse"), a thing of play or of the house, never a person
    r"(?:corda|rope) (?:\w+ ){0,3}(?:to|pra|para) (?:make|build|tie|rig|hang|fix|put up|fazer|"
    r"montar|amarrar|pendurar|consertar) (?:a |an |the |uma |um |o |a )?(?:cargo net|net|swing|"
    r"hammock|treehouse|tree house|tent|tarp|fence|climbing frame|rede|balanco|casa na arvore|"
    r"barraca|lona|cerca)",
    r"(?:subi|fui|climbed|went up|went) (?:\w+ ){0,3}(?:telhado|laje|terraco|roof|ponte|bridge) "
    r"(?:\w+ ){0,3}(?:para|to) (?:arrumar|consertar|limpar|pegar|instalar|trocar|tirar foto|"
    r"fotografar|fix|clean|get|install|change|take (?:a )?(?:photo|picture))",
    r"(?:subi|fui|climbed|went up|went) (?:\w+ ){0,3}(?:telhado|laje|terraco|roof|ponte|bridge|"
    r"rooftop) (?:\w+ ){0,5}(?:para|to) (?:ver|assistir|watch|"
    r"see|look at) (?:os|o|a|as|the) (?!coragem|courage)",
    # A jump out of the window threatened over a meeting or a joke, laughing: "if I have to
    # sit through one more meeting I'm jumping out the window lol" (a wish to die said with a
    # laugh is still care: this is the window only, and only as a condition).
    r"(?:if|se) (?:\w+ ){1,12}?(?:jump|jumping|pulo|pular|me jogo|me jogar|me atiro) (?:\w+ ){0,2}?"
    r"(?:out|off|from|da|de|pela|do) (?:the |a |o |this |essa |dessa )?(?:window|janela) "
    r"(?:\w+ )?(?:lol|lmao|haha\w*|kk+|rs+)$",
    r"(?:sumir|desaparecer|disappear|vanish) (?:do|da|dos|das|from|of) (?:the )?(?:grupo|chat|"
    r"festa|whatsapp|insta\w*|redes|internet|trabalho|escola|faculdade|cidade|group|party|"
    r"social media|work|school|town)",
    r"(?:no|dentro do|in) (?:meu |my )?(?:coracao|heart|memoria|memory|pensamento|thoughts)",
    # Letters and cards for an occasion: a birthday, Christmas.
    r"(?:cartas?|cartao|cartoes|bilhetes?|letters?|cards?|notes?) (?:\w+ ){0,4}(?:no|de|pro|para o|"
    r"for|on) (?:seu |meu |o |your |my )?(?:aniversario|natal|dia das maes|dia dos pais|"
    r"birthday|christmas|mothers day|fathers day|anniversary)",
    r"(?:organiz\w*|paguei|paid|sorted|em ordem|in order|arrum\w*|deixei|left|dei|doei|gave|"
    r"donat\w*|name on) (?:\w+ ){0,6}(?:para|for|before|antes d[aoe]) (?:a |o |the |my |minha |"
    r"meu )?(?:viagem|viajar|mudanca|mudar|festa|trip|move|moving|vacation|ferias|party|"
    r"semestre|semester|intercambio|abroad|travel\w*)(?! (?:sem volta|so de ida|de ida|one way|"
    r"with no return|no return|without (?:a )?return|para sempre|forever|for good)\b)",
    # ... an account deleted for a while or a season (batch 20: "deleted instagram for lent")
    r"(?:delet\w*|deactivat\w*|apaguei|deletei|desativei|exclui|quit|logged off|sai d[oa]s?) "
    r"(?:\w+ ){0,3}(?:for|pra|para|durante a|during|ate|until) (?:lent|a quaresma|quaresma|"
    r"(?:a |um )?(?:digital )?detox|a break|uma pausa|um tempo|a while|a week|a month|um mes|uma "
    r"semana|exams|finals|as provas)",
    r"(?:remedios?|comprimidos?|pills|meds|medication|medicine) (?:\w+ ){0,8}(?:para|to) "
    r"(?:(?:a |the )?(?:farmacia|drogaria|posto|pharmacy|chemist) (?:para )?)?"
    r"(?:devolver|descartar|jogar fora|doar|return|dispose|throw|donate)",
    # ... or taken back to the pharmacy (batch 17): "should we take back to the pharmacy"
    r"(?:remedios?|comprimidos?|pills|meds|medication|medicine|tablets) (?:\w+ ){0,6}"
    r"(?:take|took|bring|brought|taking|return|returned) (?:\w+ )?(?:back )?to the "
    r"(?:pharmacy|chemist|drugstore)",
    # Mineiro "trem", a thing (batch 17): "o trem de fazer pão de queijo", "trem bão".
    r"trem (?:bao|bom|de (?:fazer|passar|cozinhar|lavar|guardar|cortar|costurar|consertar))",
    # A night slept through is good news: "dormi a noite inteira sem acordar".
    r"(?:dormi|durmo|i slept|i sleep|i have slept) (?:\w+ ){0,2}(?:a noite (?:inteira|toda)|"
    r"the (?:whole|entire) night|all night|through the night)(?: sem acordar)?",
    r"sumir com (?:essa|esse|esses|essas|isso|a|o|as|os|minha|meu) \w+", r"join you for \w+",
    r"(?:dormir|sleep) (?:para sempre|forever) (?:\w+ ){0,2}(?:feriado|domingo|sabado|"
    r"fim de semana|ferias|weekend|holiday|vacation|saturday|sunday)",
    # (not the relief of the others after it: "quando eu morrer o povo vai respirar aliviado";
    # nor an insurance that pays with it, batch 25: "when I die the life insurance would cover
    # it"; a debt that ends with it is read first, see _DEBT_ENDS)
    r"(?:quando eu morrer|when i die)(?! (?:\w+ ){0,6}"
    r"(?:aliviad\w*|alivio|relieved|relief|better off|breathe easier|respirar|melhor|happier|"
    r"mais feliz|seguro|apolice|insurance|policy|paga|pagaria|quita|quitaria|cobre|cobriria|"
    r"pays?|covers?|would cover|would pay))(?: \w+)*",
    # Old age speaking of its own turn as far off, wondering what the other side is like, and
    # a walk to the bridge or the river and back (batch 10).
    # (batch 25: and known to be coming, "I know my time's coming and I'm not afraid of it")
    r"(?:a )?(?:minha|my) (?:vez|hora|time)(?: (?:vai chegar|chega|ha de chegar|will come|"
    r"is coming|esta chegando|ta chegando)|s coming)(?! (?:logo|hoje|em breve|soon|tonight|fast|"
    r"quickly|rapido)\b)", r"(?:quando|when) (?:chegar )?(?:a )?(?:minha|my) "
    r"(?:hora|vez|time)(?: (?:chegar|comes))?(?! (?:logo|hoje|em breve|soon|tonight|has))",
    rf"^(?:{_ADDRESSED} )?como (?:sera|e) (?:que e )?(?:o |do |no |la no |la do )?(?:ceu|"
    rf"outro lado|paraiso|la em cima)(?: {_ADDRESSED})?$",
    rf"^(?:i wonder )?what (?:is )?(?:it|heaven) (?:is )?like (?:on the other side|up there|in "
    rf"heaven|there)(?: {_ADDRESSED})?$",
    # Love measured by what one would give: "eu daria minha vida pra ter você de volta", "I'd
    # trade every year I have left for one more afternoon with you". The gift is the price of
    # their return, not a wish to die (docs/care.md, batch 10); "queria trocar de lugar com
    # você" is that wish, and stays.
    r"(?:eu )?(?:daria|dava|trocaria|trocava|would give|would trade|would swap|would sell) "
    r"(?:a |my |minha |the )?(?:minha vida|my life|my soul|a alma|tudo|anything|everything|"
    r"(?:every|each|all the) (?:\w+ ){0,3}(?:i have left|left)|(?:tudo|todos os \w+) (?:o )?que "
    r"(?:eu )?tenho) (?:para|por|to|for) (?:ter|have|get|see|ver|mais (?:um|uma)|one more|um|"
    r"uma|only one|just one)(?: (?!(?:e|and|so|then|entao|mas|but|pq|porque|because)\b)\w+)*",
    r"(?:walk\w*|caminh\w*|and(?:o|ei|ar)|run\w*|corr\w*) (?:\w+ ){0,2}(?:to|ate) (?:the |a |o )?"
    r"(?:bridge|ponte|river|rio|tracks|trilhos|cliffs?|penhasco) "
    r"(?:and back|e volt\w*|ida e volta)",
    # Medicine taken as prescribed: "tomei todos os remédios certinho", "on time".
    r"(?:tomei|tomo|tomando|took|take|taking) (?:\w+ ){0,4}(?:remedios?|comprimidos?|pills|meds|"
    r"medication) (?:\w+ ){0,3}(?:certinho|direitinho|na hora|no horario|todo dia|todos os dias|"
    r"como (?:o medico|a medica) (?:mandou|passou|falou)|on time|every day|like the doctor said|"
    r"as prescribed)",
    # ... and sorted for the week as prescribed: "separei os comprimidos da semana na caixinha".
    r"(?:separei|separo|separando|organizei|arrumei|sorted|organized|filled) (?:os |as |the |my |"
    r"meus |minhas )?(?:remedios|comprimidos|pilulas|pills|meds|tablets) (?:\w+ ){0,2}(?:da "
    r"semana|do mes|for the week|of the week|na caixinha|no organizador|in the (?:pill )?"
    r"(?:organi[sz]er|box))",
    # Waking at an hour or a stop is an alarm clock: "se eu não acordar cedo perco o ônibus".
    r"(?:nao|not|never) (?:me )?(?:acordar|acordo|acorde|wake up|woke up|get up|levantar|wake "
    r"(?:me|him|her|us) up) (?:\w+ )?"
    r"(?:cedo|early|on time|in time|a tempo|na hora|(?:till|until|ate) (?:the|o|a|as|os) |"
    # batch 23: "não acordar antes do meio-dia"
    r"(?:antes|before) (?:d[oa]s? |the |o |a )?(?:\d+|meio dia|meio-dia|noon|midday|lunch|almoco|"
    r"nove|dez|onze|ten|eleven|nine|eight|oito))",
    # Dying old, like the grandparent, and hyperbole about a small need.
    r"(?:morrer|die) (?:\w+ )?(?:velh\w*|old|idos[oa]|de velhice|of old age)",
    r"(?:die|morrer) (?:if|se) (?:i |eu )?(?:do not|nao) \w+",
    # Vanishing for a while, to somewhere: a trip, not an ending.
    r"(?:sumir|desaparecer|disappear|vanish) (?:\w+ ){0,4}?(?:for a while|for a bit|um pouco|"
    r"um pouquinho|for the "
    r"weekend|uma semana|duas semanas|um mes|a week|two weeks|a month|for a few days|uns dias|"
    r"um tempo|por um tempo|por uns dias|no fim de semana|"
    r"para o interior|para a praia|com voce)",
    r"(?:sumir|desaparecer|disappear|vanish) (?:para|pra|pro|to|numa?|no|na) "
    r"(?:uma |a |o |um |an? |the )?(?:praia|ilha|sitio|fazenda|serra|montanha|interior|"
    r"nordeste|litoral|chacara|beach|island|cabin|mountains?|lake house)",
    # A goodbye written to the dead one is grief: "carta de despedida pra você, vó".
    r"(?:despedida|adeus|goodbye|farewell) (?:letter |note )?(?:para|to|for|pro) (?:voce|you|"
    r"vo|vó|vô|avo|avó|avô|grandma|grandpa|"
    # (batch 40: "carta de despedida pra senhora", "pro senhor": the dead one addressed as "a
    # senhora" or "o senhor", whose article the "pra" or the "pro" took)
    r"(?:a |o )?senhora|(?:o )?senhor)"
    # (batch 27: not a goodbye to them and to everyone: "saying goodbye to you and to everyone")
    r"(?! (?:e|and) (?:a |to |de )?(?:todos|todo mundo|everyone|everybody|all)\b)",
    # ... in English's order too (batch 21: "my counselor had me write you a goodbye letter"),
    # and Portuguese's "te escrever uma carta de despedida".
    r"(?:write|wrote|writing|written) you (?:a |my )?(?:goodbye|farewell) (?:letter|note)",
    r"te (?:escrever|escrevi|escrevendo) (?:uma |a )?carta de (?:despedida|adeus)",
    # Tired at work (batch 21): "gonna be dead on my feet".
    r"dead on (?:my|our|his|her|their) feet",
    # Batch 22: sleep longed for after a long trip or a shift ("I could sleep forever after this
    # flight"), and getting by said as going ("ainda choro no banho, mas tô indo", "vou indo
    # aos poucos").
    r"(?:ultima|last) (?:mensagem|message|msg|text) (?:do dia|de hoje|da noite|tonight|today|"
    r"of the day|for today|for tonight|before (?:bed|i sleep|sleeping))",
    r"(?:could|podia|poderia) (?:\w+ )?(?:sleep|dormir) (?:forever|for a week|for days|for a year|"
    r"para sempre|uma semana|um ano) (?:after|depois d[aeo]s?) (?:\w+ ){0,2}(?:flight|flights|trip|"
    r"shift|shifts|week|day|exam|exams|move|drive|party|wedding|run|marathon|night|semester|term|"
    r"voo|viagem|plantao|turno|semana|prova|provas|mudanca|festa|casamento|maratona|noite)",
    r"(?:mas|porem) (?:eu )?(?:to|estou|vou) (?:indo|levando)(?: (?:aos poucos|devagar|"
    r"devagarinho|na luta|do jeito que da|um dia de cada vez))?$",
    r"(?:to|vou|estou) (?:indo|levando) (?:aos poucos|devagar|devagarinho|na luta|do jeito que da|"
    r"um dia de cada vez)$",
    # Batch 23: vanishing off the map for a holiday or a long weekend ("nas férias quero sumir
    # do mapa"), and the end of one's rope with a thing ("at the end of my rope with this car").
    r"(?:nas ferias|no feriado|nesse feriado|no feriadao|no fim de semana|no fds|no carnaval|"
    r"na folga|de folga) (?:\w+ ){0,3}(?:sumir|desaparecer) do mapa",
    r"(?:sumir|desaparecer) do mapa (?:\w+ ){0,2}(?:nas ferias|no feriado|nesse feriado|no "
    r"feriadao|no fim de semana|no fds|no carnaval|na folga)",
    r"(?:at|reached|hit|to) the end of (?:my|her|his|our) rope (?:with|over|about|trying to) "
    r"(?:this|that|the|my|these|those|his|her|their|our)",
    # Batch 25: falling asleep said as going out ("vou me apagar no sofá, tô morta de sono").
    r"(?:me )?apag(?:ar|o|uei|ando) (?:aqui )?(?:no|na|em) (?:sofa|cama|rede|poltrona|carro|"
    r"onibus|cadeira|colchao)", r"(?:me )?apag(?:ar|o|uei|ando) de (?:sono|cansaco|cansad[oa])",
    # Batch 25: bridge, the card game ("I'm going to the bridge club on Thursday").
    r"bridge (?:club|clubs|game|games|night|party|tournament|lessons?|partners?|table|tables|"
    r"evening|afternoon|group|ladies|players?|four|hands?)",
    # Batch 28: the only road to a place of this world ("the bridge is the only way to the
    # island"; "the only way out" is no road).
    r"(?:the )?only (?:way|road|route|access|crossing) (?:to|into|onto|across|over|off) "
    r"(?:the |our |my )?(?:island|mainland|town|city|village|beach|farm|school|airport|station|"
    r"coast|harbou?r|port|valley|ranch|cabin)",
    r"(?:o )?unico (?:caminho|acesso|jeito de chegar) (?:pra|para|ate|a) (?:a |o )?(?:ilha|cidade|"
    r"praia|fazenda|sitio|escola|aeroporto|estacao|centro|vila|vale|chacara|rodoviaria)",
    # Batch 28: going away for good to a place named ("depois da formatura eu vou embora de vez
    # pra Curitiba"), a move; not to heaven, to where you are, nor "pra sempre".
    r"(?:eu )?(?:vou |ir |indo )?embora (?:de vez|para sempre) (?:para|pro) (?:o |a )?"
    r"(?!(?:ceu|paraiso|outro|onde|junto|perto|ai|la|sempre|nunca|voce|vc|te|ti|o senhor|a "
    r"senhora|vo|vovo|mae|pai)\b)\w+",
    # Batch 29: "let them manage" said of a chore or a meeting refused ("não vou mais, que eles se
    # virem sem mim"): defiance, not the others' lives without me. The subjunctive only: "eles
    # vão se virar sem mim" is still read.
    r"(?:que |eles que |elas que )(?:eles |elas |voces |o povo |todo mundo |a turma )?se "
    r"vir(?:em|e|am)(?: sem mim| sozinh[oa]s?)?",
    # Batch 37: a point one will not give up ("I'm gonna die on this hill"), and a grief felt as
    # dying too ("a saudade vem tão forte que parece que eu vou morrer junto", "it feels like
    # I'm going to die"): a feeling, as "morrendo de saudade" is.
    r"(?:(?:am )?(?:going to|gonna|will|would|ready to|willing to) )?die on (?:this|that) hill",
    # Batch 38: a film's, a game's or a drill's name ("my teammates were a suicide squad",
    # "esquadrão suicida", "suicide sprints" at practice), no one's death.
    r"suicide (?:squads?|sprints?|drills?|doors?)|esquadrao suicida",
    r"(?:parece|parecia) que (?:eu )?(?:vou|ia|iria) morrer(?: junto)?",
    r"(?:it )?(?:feels|felt) like i (?:am going to|am gonna|was going to) die",
]) + r")\b")

# Words that turn down a cue when they come just before it in the same clause ("não quero
# sumir pra sempre"). A cue that holds its own negation ("não vejo saída", "nobody would
# notice") starts with it, so the words before it are what count.
# English "no" is not here: folded, it is also Portuguese "no" ("cortes no braço").
_NEGATIONS = frozenset("nao nunca nem jamais not never nor".split())
NEGATION_REACH = 3  # words before a cue that a negation still reaches
# A negation of knowing stops at it: "não sei mais pra que serve acordar", "I don't know why
# I keep waking up" deny the knowing, not what follows. (Verbs of thinking are not here:
# "não acho que eu queira morrer" does deny the wish.)
_KNOWING = frozenset("sei sabia sabe entendo entendi lembro know knew understand remember".split())


def _under_negation(tokens: list[str], at: int) -> bool:
    """Whether a negation within NEGATION_REACH words before tokens[at] reaches it."""
    return any(tokens[i] in _NEGATIONS and not (i + 1 < at and tokens[i + 1] in _KNOWING)
               for i in range(max(0, at - NEGATION_REACH), at))

_WISH_PT = (r"(?:quero|queria|preferia|vontade de|desejo de|pens(?:ando|o|ei) (?:\w+ ){0,2}em|"
            r"pensado em|ideia de|coragem de)")
_MEANS_PT = (r"remedios?|comprimidos?|pilulas?|cartelas?|veneno|corda|ponte|viaduto|"
             r"predio|janela|telhado|laje|trem|trilhos?|metro|arma|revolver|pistola|"
             r"espingarda|faca|gilete|lamina|navalha")
_MEANS_EN = (r"pills?|tablets?|meds|medication|poisons?|rope|noose|bridge|overpass|building|"
             r"roof|window|train|tracks?|gun|pistol|rifle|knife|blade|razor")
_BODY = (r"bracos?|antebracos?|pulsos?|pernas?|coxas?|barriga|quadril|pele|arms?|forearms?|"
         r"wrists?|legs?|thighs?|hips?|skin|stomach")
# What a grandchild keeps or saves that is no means: a letter kept in her sewing box, money
# saved for a trip. In a clause that names no means, keeping is not gathering.
_KEEPSAKE = lazy(rf"^(?!.*\b(?:{_MEANS_PT}|{_MEANS_EN})\b).*\b(?:cartas?|bilhetes?|fotos?|"
                 r"lembrancas?|recordac\w*|dinheiro|receitas?|desenhos?|letters?|notes|"
                 r"photos?|pictures|money|recipes|drawings?)\b")

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
              r"que (?:a |minha |essa )?vida acab(?:asse|e)|parar de viver|"
              r"nao (?:estar|ficar) (?:mais )?viv[oa]|"
              r"ir embora (?:desse mundo|deste mundo|de vez|para sempre)")
_ENDING_EN = (r"disappear(?: forever| for good)?|vanish|stop existing|(?:not|never) exist|"
              r"(?:not|never) wake up|sleep forever|it (?:all )?to (?:stop|end)(?: now)?$|"
              r"(?:not|never) feel anything (?:ever )?again|"
              r"(?:fall asleep|sleep) and (?:not|never) (?:wake|feel)|"
              r"be gone(?: forever)?$|(?:hit )?pause (?:on )?(?:existing|life)|stop living|"
              r"not (?:being |be )?alive|"
              # "I think about not being here a lot lately" (batch 13)
              r"not (?:being|be) (?:here|around)(?= (?:anymore|any more|a lot|lately|all the time|"
              r"sometimes|every day|every night|more and more|at all)\b|$)")


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
         r"torcendo|torco|nao vejo a hora de|"
         r"want|wants|wanted|wanna|wish|wishes|wishing|wished|hope|hopes|hoping|would rather|"
         r"would love|"
         r"pray|praying|longing|se eu pudesse(?: escolher)?|if i could(?: choose)?|"
         r"if only i could)")
_INTEND = (r"(?:vou|vo|irei|decidi|planej\w*|pens(?:o|ando|ei) (?:\w+ )?em|pronto para|"
           r"pronta para|going to|gonna|planning|plan to|decided|ready to|"
           r"thinking (?:of|about)|thought (?:of|about))")
# ... in English alone: "vo" is "vou" typed short, and "vô" (grandpa) folded, so it meets
# English "die" only in "what did Vô Tião die of?", a question about his death
_INTEND_EN = (r"(?:going to|gonna|planning|plan to|decided|ready to|thinking (?:of|about)|"
              r"thought (?:of|about))")
# ... never someone else's dying foreseen (batch 25: "did you know you were going to die that
# night, mum?")
_NOT_ANOTHERS = (r"(?<!\byou were )(?<!\byou are )(?<!\bwere you )(?<!\bare you )(?<!\bhe was )"
                 r"(?<!\bshe was )(?<!\bwas he )(?<!\bwas she )(?<!\bhe is )(?<!\bshe is )"
                 r"(?<!\bthey were )(?<!\bthey are )(?<!\bwe were )(?<!\bwe are )(?<!\bit was )")
# ("o morro", "no morro", "do mesmo morro" is a hill, not "I die": batch 19)
_DIE_PT = (r"(?:morr(?:er|e|esse|eria)|(?<!\bo )(?<!\bno )(?<!\bdo )(?<!\bum )(?<!\bao )"
           r"(?<!\bpelo )(?<!\bmesmo )(?<!\bnum )(?<!\bdesse )(?<!\bnesse )morro|mort[oa]|"
           r"falecer)")
_DIE = rf"(?:{_DIE_PT}|die|dying|dead|death)"
# Sleep and its cousins (fainting, fading out, closing one's eyes), and what would undo them.
_SINK = (r"(?:dormir|dormi|durmir|dormindo|durma|sono|apagar|desmaiar|sumir|desaparecer|"
         r"fech\w* os olhos|sleep|asleep|fade(?: away| out)?|pass out|close my eyes|disappear|"
         r"vanish)")
_RISE = (r"(?:acord\w*|volt(?:ar|e|o|asse)|abr(?:ir|ia|isse|a|o)|levantar|sai(?:r|a)? mais|"
         r"wake|waking|woke|come back|open (?:them|my eyes)|get up|make it)")
_NEVER = r"(?:nao|nunca|nem|never|not|do not)"
_FOREVER = (r"(?:para sempre|de vez|nunca mais|forever|for good|never again|ever again|"
            r"stay asleep|stay there$|ficar (?:por )?la$)")
_DEAD_ONE = (r"(?:voce|te|ti|contigo|vo|vó|vô|avo|avó|avô|vovo|vovó|vovô|you|grandma|"
             r"grandpa|granny|nana|papa|mama|vozinha|vozinho)")
_GO = (r"(?:ir|vou|vo|indo|juntar|junto|encontrar|ficar com|estar com|atras|come|coming|go|going|"
       r"join|be with|meet|home)")
_SOON = (r"(?:logo|ja|hoje|agora|tambem|em breve|chegando|a caminho|soon|tonight|today|now|"
         r"too|almost there|on my way)")
_SELF_HARM_VERB = (r"(?:cort\w*|machuc\w*|fer(?:ir|i|indo|o|ia)|queim\w*|arranh\w*|risc\w*|"
                   r"cut|cutting|hurt|hurting|burn\w*|scratch\w*|hit|hitting|punch\w*|"
                   r"carv\w*)")
_BURIED = r"(?:enterrad[oa]|sepultad[oa]|buried)"
_LETTER = r"(?:carta|bilhete|recado|mensagem|envelope|note|letter|message)s?"
# A window, a balcony, an edge are where grief sits ("fiquei olhando pela janela a noite
# toda", "I sat on the edge of your bed"): they are places to fall from only when high.
_HIGH = r"(?:\w+ ){0,3}(?:do predio|do \d+|andar|la embaixo|para baixo|of the building|floor|down)"
_PLACE_PT = (r"ponte|viaduto|trilhos?|linha do trem|predio|telhado|laje|terraco|penhasco|"
             r"(?:ultimo andar|cobertura|terraco) do estacionamento|"
             rf"precipicio|(?:janela|beira|sacada|parapeito) {_HIGH}")
_PLACE_EN = (r"bridge|overpass|tracks|roof|rooftop|ledge|cliffs?|railway|"
             rf"(?:edge|balcony|window|railing) {_HIGH}")
_LINGER = (r"(?:fiquei|fico|parad[oa]|sentad[oa]|esperando|olhando|subi|stood|standing|"
           r"stand|sat|sitting|parked|waited|waiting|staring|looking down|climbed)")

# A visit to the grave or a meeting in a dream is grief, however soon it is (checked once
# on the clause, not at every position: it is the cost of a look-ahead to the clause's end).
# A view watched from up high is sightseeing: fireworks, the sunset, the city lights.
_VIEW = lazy(r"\b(?:vendo|olhando|assistindo|ver|assistir|watching|watch|see|looking at) "
             r"(?:os |o |a |as |the )?(?:fogos|por do sol|nascer do sol|vista|estrelas|lua|"
             r"sunset|sunrise|fireworks|view|stars|moon|city lights|skyline)\b")
# ... and a place gone back to as the two of them used to (batch 17): "stood at the edge in
# the wind like we used to", "onde a gente ia pescar".
_AS_WE_USED = lazy(_VIEW.pattern + r"|\b(?:like we used to|as we used to|like you used to|"
                   r"como a gente (?:fazia|ia|costumava)|como (?:voce|o senhor|a senhora) "
                   r"(?:fazia|costumava))\b")
# The place the dead one built or made (batch 17): "the bridge ... the one you helped build".
_THEIR_WORK = lazy(r"\b(?:the one|que|aquel[ae] que) (?:you|voce|o senhor|a senhora|"
                   r"grandpa|grandma|vo|dad|pai) (?:helped |ajudou a )?(?:built|build|"
                   r"designed|made|painted|construiu|construir|projetou|fez|pintou)\b")
_VISIT = lazy(r"~|\b(?:cemiterio|tumulo|tumba|jazigo|cemetery|grave|tomb|sonhos?|dreams?|"
              r"visitar|visit|flores|flowers|missa|mass|velorio|funeral|enterro|burial|"
              # arriving at a place of this world: their house, their town
              r"(?:chegando|indo|coming|heading) (?:\w+ )?(?:na|no|em|to) (?:sua |seu |your "
              r"|the )?(?:casa|cidade|sitio|fazenda|house|town|city|farm))\b")

# What is bought in a clause that names clothes, food, a gift or a ticket is shopping: "fui no
# shopping e comprei aquele tênis que eu queria" (batch 13) is not a means acquired.
_SHOPPING = lazy(r"\b(?:comprei|bought) (?:\w+ ){0,4}(?:carro|car|moto|bike|bicicleta|"
                 r"casa|house|apartamento|apartment|computador|computer|laptop|tv|sofa|"
                 r"tenis|sapatos?|sandalias?|roupas?|blusas?|camis\w*|calcas?|vestidos?|"
                 r"saias?|casacos?|jaquetas?|bones?|"
                 r"oculos|livros?|presentes?|bolos?|pao|paes|doces?|sorvetes?|pizzas?|"
                 r"lanches?|comida|ingressos?|celular|fones?|jogos?|skins?|flores|"
                 r"shoes|sneakers|clothes|shirts?|dress\w*|jackets?|hoodies?|books?|gifts?|"
                 r"presents?|cakes?|bread|candy|ice cream|food|pizza|tickets?|phone|"
                 r"headphones|games?|flowers|bracelets?|pulseiras?|"
                 # ... or a grave bought ahead (batch 33, for batch 10's "Bought the plot
                 # next to yours … when the time comes")
                 r"(?:burial )?plots?|jazigos?|tumulos?|lapides?|headstones?|plano funerario|"
                 r"funeral plans?)\b"
                 # ... or what the idioms took out as an everyday thing (batch 38: "comprei corda
                 # nova pro balanço", read "comprei ~"; "bought 30 metres of rope to make a net")
                 r"|\b(?:comprei|bought)\s+(?:\w+\s+){0,3}~")

# A move said in the message makes its errands the move's: things given away, the old keys
# handed in ("a gente mudou de casa semana passada. doei um monte de roupa... entreguei as
# chaves do apartamento antigo", a contrast written for batch 13).
_MOVED = lazy(r"\b(?:mud(?:ei|ou|amos|aram|ando|ar|anca)|me mudei|nos mudamos|"
              r"moved|moving|move (?:to|out|in|into)|new (?:house|apartment|place|home)|"
              r"casa nova|apartamento novo|"
              # living abroad or for a year away (batch 16): "vou morar em Lisboa"
              r"(?:vou|indo|vamos) morar (?:em|no|na|nos|fora)(?! (?:ceu|paraiso|outro))|"
              r"intercambio|exchange (?:year|semester|program)|semester abroad|abroad)\b")

# The app left, or this page closed, to get on with life (batch 27: "vou apagar o app por um
# tempo … é pra seguir em frente. obrigada por tudo"): a thanks that is no goodbye to life.
_MOVING_ON = lazy(r"\b(?<!\bnao )(?<!\bnot )(?<!\bcan not )(?<!\bconsigo )(?:para|pra|to|"
                  r"so i can|so that i can|para eu|pra eu|preciso|need to|i am going to|vou) "
                  r"(?:\w+ )?(?:seguir em frente|seguir a vida|tocar a vida|move on|"
                  r"get on with "
                  r"(?:my|life))\b")

# One's own time said to be far off (batch 27: "when I die, a very old lady I hope, I want to
# be buried next to you"): a burial, a place beside them, wished for then, is no plan.
_FAR_OFF = lazy(r"\b(?:bem velhinh\w*|velhinh[oa]|muito velh[oa]|very old|old lady|old man|"
                r"old woman|de velhice|of old age|someday|some day|one day|algum dia|"
                r"daqui a muitos anos|many years from now|a long time from now|"
                r"quando chegar a minha hora|when my time comes)\b")

# The medicine the one who died took, asked of them ("que remédio o senhor tomava pro
# diabetes?", "which pills did you take for your heart, grandpa?"): their illness, not a means.
# What a door, a window or a room is sealed against in a house (batch 16): a leak, the cold, paint.
_PLUMBING = lazy(r"\b(?:vaz\w*|leak\w*|infiltr\w*|mofo|mold|mould|silicone|rejunte|grout|"
                 r"draft|drafty|corrente de ar|frio|cold|insulat\w*|isolamento|pintura|"
                 r"paint\w*|mosquitos?|insetos?|bugs?)\b")

# A height measured or a roof climbed for a trade or a chore (batch 29): a ladder, a scaffold,
# a gutter, a quote for a client; a jump with a harness.
_TRADE = lazy(r"\b(?:escadas?|ladders?|andaimes?|scaffold\w*|orcamento|quote|calhas?|"
              r"gutters?|telhas?|shingles?|tiles?|reforma|renovat\w*|pintura|pint(?:ar|ei)|"
              r"paint\w*|instal\w*|antena|aerial|placas? solar(?:es)?|solar panels?|servico|"
              r"obra|clientes?|client|customers?|cerca|fence|arvore de natal|christmas tree|"
              r"cortinas?|curtains?|(?:for|on) the (?:new )?job|pro trabalho|for work|"
              r"arnes|harness|bungee|paraquedas|rapel|abseil\w*|zipline|tirolesa|maquete|"
              r"(?:school|college|uni|university|class|science|engineering) project|"
              r"projeto (?:da|de|do) (?:faculdade|escola|engenharia|curso)|(?:pro|para o) "
              r"projeto|for (?:my|a|the|our) project)\b")

# ... or a dose looked up for someone in one's care, or a height for a trade or a project
# (batch 29: "pesquisei quantas unidades de insulina a mãe precisa de noite").
_FOR_THEIR_CARE = lazy(_TRADE.pattern + r"|\b(?:(?:a |o |minha |meu )?(?:mae|pai|vo|avo|vovo|"
                       r"bebe|filh[oa]|paciente)|(?:my )?(?:mum|mom|dad|gran|nan|grandma|"
                       r"grandpa|son|daughter|baby|patient)|she|he|ela|ele) (?:\w+ )?"
                       r"(?:precisa|toma|usa|tomar|needs|takes|uses|is on|has to take)\b"
                       # or the dead one's suffering asked about: "googled how long it
                       # takes to drown, Dad. I hope you didn't suffer"
                       r"|\b(?:(?:did|do) you suffer|(?:hope|hoping) you did not suffer|"
                       r"(?:voce|o senhor|a senhora|ele|ela) (?:\w+ )?(?:sofreu|sofria)|"
                       r"(?:espero|tomara) que (?:voce|o senhor|a senhora|ele|ela) nao "
                       r"(?:tenha )?sofr\w*)\b")

_THEIR_MEDICINE = lazy(r"\b(?:(?:o senhor|a senhora|voce|vc|tu|ele|ela) (?:\w+ ){0,2}"
                       r"(?:tomava|tomou|usava|tomavam|tomar|usar)|"
                       # batch 30: a dose asked for someone in one's care ("quantos
                       # comprimidos por dia a vovó pode tomar?", "how many can my gran
                       # have a day")
                       r"(?:vovo|vo|avo|mae|pai|bebe|crianca|nene|ela|ele|gran|nan|grandma|"
                       r"grandpa|mum|mom|dad|baby|kid|child|she|he) (?:\w+ )?(?:pode|podia|"
                       r"deve|devia|can|could|should|may) (?:tomar|take|have)|"
                       r"(?:posso|devo) dar (?:\w+ ){0,3}(?:pra|para|a|ao) "
                       r"(?:vovo|vo|avo|mae|"
                       r"pai|bebe|crianca|ela|ele)|can i give (?:her|him|gran|nan|my)|"
                       r"did you (?:use to |have to |need to )?take|"
                       r"(?:you|he|she) (?:used to take|took|were taking|was taking|had to "
                       r"take|needed to take)|"
                       # a medicine a doctor prescribed to someone, or one for an illness
                       # (a fresh replies set: "que remédio o médico passou pro senhor
                       # controlar o açúcar?", "what pills did the doctor give him?")
                       r"(?:medic[oa]|doutor[a]?|doctor|gp) (?:\w+ )?(?:passou|passava|"
                       r"receitou|receitava|deu|dava|prescreveu|gave|prescribed) "
                       r"(?:\w+ ){0,2}(?:pro|pra|para|o senhor|a senhora|voce|vc|ele|ela|"
                       r"you|u|him|her)|"
                       r"(?:pra|para|pro|for) (?:controlar |control |tratar |treat )?"
                       r"(?:a |o |"
                       r"the |his |her |your |sua |seu )?(?:pressao|acucar|diabetes|coracao|"
                       r"colesterol|tireoide|artrite|asma|blood pressure|sugar|heart|"
                       r"cholesterol|thyroid|arthritis|asthma))\b")

# The medicine a carer gave the one who died, or one taken for a cold: their care or an
# illness, not a means ("I gave her her pills every night", "tomei o remédio, tô melhor da
# gripe").
_NURSED = lazy(r"\b(?:(?:gave|give|giving|dava|dei|dando|levava) (?:her|him|you|a ela|a ele|"
               r"para (?:ela|ele|voce|o senhor|a senhora)) (?:her |his |your |os |as |o |a )?"
               r"(?:pills|meds|medication|medicine|insulin|remedios?|comprimidos?|insulina)|"
               r"gripe|resfriado|febre|tosse|dor de cabeca|enxaqueca|flu|cold|fever|cough|"
               r"headache|migraine|"
               # a nurse's round and a caller's gun in his lap (batch 19)
               r"(?:counting out|dispensing|administering|giving out|distribuindo|"
               r"administrando|aplicando) (?:\w+ ){0,2}(?:doses?|medica\w*|meds)|"
               r"(?:he|she|they|ele|ela) (?:had|was holding|held|tinha|estava com|segurava) "
               r"(?:the |a |an |uma |um |o )?(?:gun|pistol|rifle|pills|arma|revolver|"
               r"comprimidos) (?:in|on|n[ao]) (?:his|her|their|the|a|o|sua|seu) "
               r"(?:lap|hands?|mouth|colo|maos?|boca))\b")
# ... or the dead one's medicine given back, thrown out, or kept because throwing it out is
# too hard, said anywhere in the message ("levei pra farmácia descartar", "I can't bring
# myself to throw them out").
# The dead one's pain asked about and wished away (batch 20): "a senhora sentiu dor quando o
# coração parou? ... queria que não tivesse doído": thinking of it every night is grief.
# A paper, an essay or a school's work written is no letter of mine (batch 20).
_PAPER = lazy(r"\b(?:paper|essay|report|thesis|assignment|article|redacao|trabalho|artigo|"
              r"tcc|"
              r"dissertacao|monografia|prova|exam)\b")
# A letter written to one's therapist is therapy, not a farewell (batch 33: "deixei uma carta pra
# minha terapeuta contando tudo que eu sinto").
_TO_THE_THERAPIST = lazy(r"\b(?:pr[oa]|para (?:o|a)|para|ao|a|to|for) "
                         r"(?:minha |meu |my |the |"
                         r"a |o )?(?:terapeuta|psicolog[oa]|psiquiatra|analista|therapist|"
                         r"counsell?or|psychologist|psychiatrist|grupo de (?:apoio|luto)|"
                         r"support group|grief group)\b")
_PAPER_OR_THERAPY = lazy(_PAPER.pattern + "|" + _TO_THE_THERAPIST.pattern)
# A habit relapsed into that harms no one's body at once (batch 33: "recaí no cigarro", "relapsed
# on vaping"): the relapse of self-harm's recovery words is not that.
_HABIT = (r"(?:(?:o |a |os |as |the |my )?(?:cigarros?|vape|dieta|doces?|chocolates?|acucar|"
          r"refrigerantes?|cafe|celular|redes sociais|cigarettes?|smoking|vaping|sugar|sweets|"
          r"candy|chocolate|junk food|coffee|soda|diet|social media|phone|nail biting|roer unha))")
# A cigarette smoked or given up (batch 33): the lighter or the cigarette is then no tool.
_SMOKING = lazy(r"\b(?:fum(?:ar|ando|o|ei|ante|antes)|adesivos? de nicotina|adesivos?|"
                r"nicotin\w*|"
                r"reca(?:i|ida) no cigarro|larg\w* (?:o )?cigarro|parar de fumar|"
                r"smok(?:e|es|ed|ing|er)|vap(?:e|ing)|nicotine|(?:nicotine )?patch(?:es)?|"
                r"quit(?:ting)? (?:cigarettes|smoking)|relapsed on cigarettes)\b")
_THEIR_PAIN = lazy(r"\b(?:queria|quero|espero|tomara) que (?:\w+ ){0,3}nao (?:tivesse|tenha) "
                   r"(?:doido|sofrido|sentido dor|sentido nada)|(?:wish|hope) (?:it|you|"
                   r"she|he) "
                   r"(?:did not|had not|do not|didn t) (?:hurt|suffer|feel)")
# Thinking of "it" every day after a day that went wrong is rumination, not a plan (batch 27:
# "eu falei 'vai lá' pra você ir na feira naquele dia. penso nisso todo dia, mas…").
_RUMINATED = lazy(_THEIR_PAIN.pattern + r"|\b(?:naquele dia|naquela noite|naquela manha|"
                  r"aquele dia|aquela noite|that day|that night|that morning|"
                  r"(?:nao )?foi culpa (?:minha|sua|de ninguem)|(?:was|was not) my fault|"
                  r"me culpo|blame myself)\b")
_LET_GO = lazy(r"\b(?:devolv\w*|descart\w*|dispos\w*|(?:jogar|joguei|jogo) fora|"
               r"(?:throw|threw) (?:them |it )?(?:out|away)|bring myself to|"
               # ... or taken to be destroyed, burned, got rid of (batch 19)
               r"hazardous waste|drop ?off|ecoponto|ponto de coleta|"
               r"(?:queimei|queimamos|destrui|destruimos) (?:ela|ele|elas|eles)|"
               r"(?:burned|burnt|destroyed|shredded) (?:it|them)|"
               r"(?:me livrei|nos livramos) d[aoe]s?|got rid of (?:it|them|the))\b")

# ... or a medicine asked about as a patient asks (batch 17): "o que acontece se eu tomar o
# remédio da pressão junto com o antibiótico? a médica não falou nada", side effects, the leaflet.
_LET_GO = lazy(_LET_GO.pattern + r"|\b(?:antibiotic\w*|antibiotico|bula|leaflet|"
               r"interac\w*|side effects?|efeitos? colatera\w*|(?:o|a) medic[oa] nao "
               r"(?:falou|disse|explicou)|the doctor (?:did not|never) (?:say|said|tell))\b")
# ... or a means kept out of the children's reach (batch 18: "veneno de rato guardado longe
# das crianças"): kept safe, not gathered.
_SAFE_KEPT = lazy(r"\b(?:longe d[aeo]s? (?:criancas|netos|meninos|meninas|cachorros|bichos|"
                  r"animais|gatos)|fora do alcance|out of (?:the )?(?:kids |children s |"
                  r"dogs )?reach|away from the (?:kids|children|dogs|grandkids)|"
                  r"child ?proof)\b")
# ... or a medicine a doctor switched, stopped or is weaning me off (batch 18: "o
# endocrinologista trocou minha insulina por comprimido").
_PRESCRIBED = (r"(?:medic[oa]s?|doutor[a]?|\w+logista|\w+ologist|doctors?|gp|psiquiatra|"
               r"psychiatrist|pediatra) (?:\w+ ){0,2}(?:trocou|suspendeu|tirou|mandou (?:eu )?"
               r"parar|switched|suspended|took me off|is weaning|stopped|changed|mudou|aumentou|"
               r"diminuiu|ajustou|reduziu|baixou|increased|lowered|adjusted|reduced|upped)")
_LET_GO = lazy(_LET_GO.pattern + "|" + _SAFE_KEPT.pattern + rf"|\b{_PRESCRIBED}\b")
# ... or flushed, taken to detox, a treatment begun; patients' doses, a pharmacist's or a
# doctor's advice (batch 20: "I flushed the last of the pills and drove to the detox center",
# "já comecei o tratamento", "conferi a dose de morfina de três pacientes")
_LET_GO = lazy(_LET_GO.pattern + r"|\b(?:flush\w*|down the (?:toilet|drain)|vaso sanitario|"
               r"detox|rehab|reabilitacao|clinica de recuperacao|"
               r"(?:comecei|iniciei|comecando|started|starting|began|begun) (?:o |a |the |"
               r"my )?"
               r"(?:tratamento|treatment|terapia|therapy|antirretrovira\w*|"
               r"antiretroviral\w*)|"
               r"pacientes|patients|wards? (?:\w+ )?meds|"
               r"(?:farmaceutic[oa]|pharmacist|enfermeir[oa]|nurse|medic[oa]|"
               r"doctor) (?:\w+ )?"
               r"(?:me )?(?:explicou|disse|falou|orientou|ensinou|explained|told me|"
               r"warned))\b")

# What explains marks on the body that are no harm of one's own (batch 31): a cat, a bite, a
# tattoo, a fall, a sport, thorns, a building site ("my arms are covered in scratches from the
# new kitten", "my thighs are covered in mosquito bites").
_MARKS_EXPLAINED = lazy(r"\b(?:tattoos?|tatuage\w*|mosquitos?|mosquitoes|pernilongo\w*|"
                        r"bites?|picad\w*|gat[oa]s?|gatinh[oa]s?|cats?|kittens?|dogs?|"
                        r"cachorr\w*|espinhos?|thorns?|roseira\w*|sunburn|scrape\w*|ralad\w*|"
                        r"fell|caiu|cai|skate\w*|bike|bicicleta|trilha|hike|hiking|football|"
                        r"futebol|rugby|obra|construction|brambles?|nettles?|rash|alergia|"
                        r"allerg\w*|catapora|chickenpox|eczema)\b")

# The building one lives in, named with its running (batch 31: a síndico, a condo, a move out of
# it): no high place, "vou acabar me mudando desse prédio por causa do síndico".
_HOME_BUILDING = lazy(r"\b(?:sindic[oa]|condominio|portaria|porteiro|zelador|landlord|"
                      r"superintendent|doorman|hoa)\b|\bmud\w* (?:desse|deste|do|de) predio\b"
                      r"|\bmoving (?:out of|from) (?:this|the|my|our) building\b")
# A cord of capoeira is a grade, not a rope (batch 39: "a roda de capoeira hj foi puxada … mas
# peguei a corda nova"): in a message of capoeira, its cords changed or its berimbau.
_CORD_GRADE = lazy(r"\b(?:capoeira|capoeiristas?|troca de cordas?|troca de cordao|berimbau)\b")
# A train, a bus or the metro late, cancelled or packed is the way to work (batch 7's "the
# train was late again, i'm going to be late to work", which the stem model retrained on batch
# 39 flagged with its one cue): in the clause that says so.
_COMMUTE = lazy(r"\b(?:trains?|bus|buses|tram|subway|metro|trem|onibus) (?:\w+ ){0,2}?(?:was|is|"
                r"were|are|got|gets|came|ta|tava|esta|estava|veio|chegou) (?:\w+ ){0,2}?(?:late|"
                r"delayed|cancell?ed|packed|crowded|full|atrasad[oa]|cancelad[oa]|lotad[oa]|"
                r"cheio|parad[oa])\b")

# Everything finished in a hurry is the day's work, not a life (a grandchild's question in a
# fresh replies set: "o que o senhor falava quando a gente queria acabar tudo correndo?"):
# "acabar tudo" with no "com", then how fast or what for.
_IN_A_HURRY = lazy(r"\b(?:acabar|terminar) (?:tudo|isso|isto) (?:(?:bem |mais |muito )?(?:correndo|"
                   r"depressa|rapido|rapidinho|as pressas|na pressa|a tempo|no prazo|cedo)|"
                   r"(?:logo )?(?:para|pra) (?:ir|poder|sair|brincar|jogar|passear|viajar|ver|"
                   r"assistir|comer|almocar|jantar)\b)")

GENERAL: tuple[Cue, ...] = (
    # Wanting or meaning to die, however the verb is spelled ("qria mt morrer", "I wanna die
    # so bad"), or to end it ("vou acabar com isso hoje", "gonna end it tonight").
    _cue("active", EXPLICIT, BOTH, rf"{_WANT} {_gap(3)}(?:a |to )?{_DIE}",
         rf"{_INTEND} {_gap(2)}(?:a |to )?{_DIE_PT}",
         rf"{_NOT_ANOTHERS}{_INTEND_EN} {_gap(2)}(?:to )?{_DIE}"),
    _cue("active", EXPLICIT, PT, rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:acabar|terminar|dar "
         r"(?:um )?fim|por (?:um )?fim) (?:de vez |logo )?(?:com |a |em |n)?(?:isso|isto|tudo|"
         r"minha vida|a minha vida|(?:o |meu |o meu )?sofrimento|(?:ess[ae]|est[ae]) (?:\w+ ){0,2}"
         r"(?:vida|existencia)|(?:\w+ ){0,3}que e a minha vida$)(?! de\b(?! (?:uma )?vez\b))",
         r"que minha vida acab\w*", unless=_IN_A_HURRY),
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
         rf"tomara) {_gap(2)}(?:i |eu |to )?{_NEVER} {_gap(1)}{_RISE}",
         # ... a sleep "que a gente não acorda mais", "you don't wake up from"; to sleep and
         # stay there with the dead one forever.
         rf"{_WANT} {_gap(4)}{_SINK} (?:\w+ ){{0,4}}(?:que|you|that|from which) (?:a gente |eu "
         rf"|se |i |one )?{_NEVER} {_gap(1)}{_RISE}",
         rf"{_WANT} {_gap(2)}{_SINK} (?:\w+ ){{0,3}}(?:ficar|stay) (?:la |ai |there )?(?:com "
         rf"voce|with you) {_gap(1)}{_FOREVER}"),
    # Death as relief, and asking God to be taken.
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_DIE}|morte) (?:\w+ ){{0,2}}(?:seria|ia ser|would be|"
         r"will be|is) (?:\w+ )?(?:alivio|descanso|solucao|relief|blessing|mercy|release)",
         # (not "o senhor me levava no telhado": a grandfather's "used to take me" is memory)
         r"(?:deus|god|jesus|senhor) (?:\w+ ){0,2}(?:me lev(?!ava|ou)\w*\b"
         r"(?! (?:para|pra|pro|a|ao|ate|to) (?!(?:casa|perto|junto|onde|o ceu|ceu|voce|ele|ela|"
         r"la|ai|embora|o seu lado|seu lado|heaven|you|him|her|home|the)\b))|me busca(?!va)\w*|"
         r"take me|call me home)",
         r"(?:pedi|peco|pedindo|rezo) (?:para|a) (?:deus|jesus) me lev\w*"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:cansei|cansad[oa]|farto|farta) de (?:viver|estar "
         r"viv[oa]|existir|respirar|acordar(?! (?:cedo|de madrugada|tao cedo|as \d+|antes d\w*)))",
         r"tired of (?:being alive|living|existing|breathing|waking up(?! (?:early|at \d+|"
         r"before)))",
         r"(?:can not|could not) (?:keep|go on|continue) (?:living(?! (?:in|at|near|on|across|"
         r"next to|here|there|with (?:my|the|his|her|them|him|mom|dad|roommates?))\b)|like this|"
         r"existing)"),
    # Going to the dead, soon ("vou me juntar a você logo", "wait for me, I'm almost there",
    # "I'm ready to come home to you"); "one day" and dreams are grief (idioms above).
    _cue("reunite", EXPLICIT, BOTH, rf"(?:{_WANT}|{_INTEND}|eu|i am) {_gap(3)}{_GO} "
         rf"{_gap(3)}{_DEAD_ONE} {_gap(3)}{_SOON}", unless=_VISIT),
    _cue("reunite", EXPLICIT, BOTH, rf"{_WANT} {_gap(3)}(?:lie down|deitar|descansar|rest|ficar|"
         rf"stay) {_gap(2)}(?:junto|"
         rf"do seu lado|ao seu lado|next to|beside|with) (?:\w+ )?(?:voce|you) {_gap(1)}"
         rf"{_FOREVER}", r"prepara (?:\w+ ){0,2}lugar",
         rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:ir|go) {_gap(3)}(?:mesmo lugar que|onde|where) "
         r"(?:voce|you)", r"(?:vou|vo) atras de voce", r"come home to (?:you|\w+ )",
         rf"{_WANT} {_gap(3)}{_BURIED} {_gap(2)}(?:junto|do seu lado|ao seu lado|next to|"
         r"beside|with) (?:\w+ )?(?:voce|you|\w+)", unless_said=_FAR_OFF),
    # Waiting now, not "ele me esperava na porta da escola".
    _cue("reunite_wait", 2, BOTH, r"me esper(?:a|ar|ando|e|em)", r"wait(?:ing)? for me",
         r"save me (?:a|the)",
         unless=lazy(_VISIT.pattern + r"|\b(?:ela|ele|eles|elas|she|he|they) (?:\w+ )?"
                     r"(?:me esper\w*|(?:is|are) waiting for me|waits for me)\b")),
    _cue("reunite_going", 2, BOTH, r"(?:to|estou) chegando", r"almost there", r"on my way"),
    # Farewell: a letter or a last message that says goodbye, leaving as if not coming back.
    _cue("farewell", EXPLICIT, BOTH, rf"{_LETTER} (?:\w+ ){{0,2}}(?:despedida|adeus|final)",
         rf"(?<!your )(?<!his )(?<!her )(?<!their )(?:goodbye|farewell|last) {_LETTER}"
         r"(?! (?:before|antes|of the day|do dia|for "
         r"(?:today|now|tonight)))", rf"(?:minha|my) ultima {_LETTER}",
         r"(?:me despedindo|me despedir|despedi) de (?:todo mundo|todos|voces)",
         r"(?:saying|said|say) goodbye to (?:you and (?:to )?)?(?:everyone|everybody|you all|"
         r"all of them)",
         r"(?:me despedindo|me despedir|despedi) de (?:voce|ti) e de (?:todo mundo|todos)"),
    _cue("farewell_if", 2, BOTH, r"(?:caso|se) eu nao (?:volte|voltar)",
         r"in case i (?:do not|never) (?:come back|make it)", r"explaining why",
         r"explicando (?:o )?(?:porque|por que|motivo)",
         r"(?:explaining|explicando) (?:everything|tudo)(?: (?:to|for|para) (?:my |minha |meu |a |"
         r"o )?\w+)?$"),
    _cue("farewell_last", 2, PT, r"(?:e|eh) a ultima vez$"),
    _cue("farewell_letters", 2, EN, rf"{_LETTER} (?:to|for) (?:everyone|everybody|each)"
         r"(?! other\b)"),  # (batch 36: letters to each other are exchanged, at a class's end)
    _cue("not_here", 2, PT, r"nao (?:vou )?(?:mais )?(?:estar|estou) (?:mais )?aqui$"),
    _cue("not_here", 2, EN, r"(?:will not|would not) be here (?:anymore|tomorrow)$",
         r"nothing (?:left )?for me here"),
    _cue("done", 1, EN, r"i am done$"),
    _cue("not_here", EXPLICIT, PT, r"nao (?:quero|queria) mais (?:estar|ficar|viver) aqui$"),
    _cue("not_here", EXPLICIT, EN, r"(?:do not|did not) want to be here (?:anymore|any more)$"),
    _cue("written", 1, BOTH, rf"(?:deixei|escrevi|terminei|left|wrote|written|finished) "
         rf"(?:\w+ ){{0,3}}{_LETTER}",
         unless=_PAPER_OR_THERAPY),
    # Self-harm in other words: hurting oneself, cuts on the body, shorthand, relapse.
    _cue("self_harm", EXPLICIT, BOTH, rf"{_SELF_HARM_VERB} (?:my )?(?:{_BODY})",
         r"me fer(?:ir|i|indo|ia)", r"voltei a me (?:cortar|machucar|ferir|queimar)",
         r"sh ing", r"shing", r"(?:been|did|do|doing|urges? to|vontade de) sh", r"cut deeper",
         r"cortei (?:mais )?fundo",
         r"i (?:cut|still cut|have been cutting|started cutting) (?:when|again|every|because|"
         r"to feel|myself|last|a lot|more|deeper)",
         r"(?:have been|been|keep|started|start) cutting$"),
    _cue("self_harm", 2, BOTH, r"(?:uns|alguns|varios|fiz|fazendo) cortes",
         rf"relaps\w*(?! (?:on|into|with|to) {_HABIT}\b)",
         r"broke (?:my|the) streak", r"(?:perdi|quebrei) (?:a |minha )?sequencia",
         rf"reca(?:i|ida)(?! (?:no|na|nos|nas|do|da|em) {_HABIT}\b)", rf"{_SELF_HARM_VERB} myself"),
    _cue("secret", 1, BOTH, r"escondid[oa]", r"(?:ngm|ninguem) sabe",
         r"(?:nobody|no one) (?:knows|is looking|sees)"),
    # Burden in other words: "a vida dela ia ser melhor se eu não tivesse nascido", "my
    # family would be happier if I were gone", "I'm just dead weight".
    _cue("burden", EXPLICIT, PT, r"(?:melhor|mais feliz|mais felizes|mais facil|mais leve|em "
         r"paz|aliviad[oa]s?) (?:\w+ ){0,3}se eu (?:\w+ ){0,2}(?:nao|nem|morr\w*|sum\w*|"
         r"desaparec\w*|fosse embora|parasse|saisse)",
         r"sou (?:so |apenas )?(?:mais )?(?:um |uma |o |a )?(?:peso|fardo|estorvo|problema|inutil|"
         r"desperdicio|encosto|parasita|sanguessuga|despesa|boca (?:a mais|para alimentar))",
         r"so sirvo (?:para|de) (?:dar )?(?:despesa|trabalho|gasto|problema|preocupa\w*|"
         r"atrapalhar)",
         r"(?:eu )?(?:so|apenas) (?:atrapalho|estrago|incomodo|pioro) (?:a vida|tudo|todo mundo)",
         # (not a thing nobody will miss: "ninguém vai sentir falta daquele sofá", batch 17)
         r"ninguem (?:\w+ ){0,2}(?:sentir\w* (?:\w+ )?falta(?! (?:d[oa]s?|daquel\w*|dess\w*|"
         r"dest\w*|disso)\b)|chorar\w*|notar\w*|perceber\w*)"),
    _cue("burden", EXPLICIT, EN, r"(?:better|happier|easier|better off|fine|relieved) "
         r"(?:\w+ ){0,3}if i (?:was|were|am|had) (?:gone|not|never|dead)",
         r"(?:better|happier|easier|better off|fine|relieved) (?:\w+ ){0,3}if i "
         r"(?:disappeared|died|vanished|left for good)",
         r"i am (?:just |only )?(?:a |such a )?(?:burden|dead weight|drain|waste|leech|"
         r"parasite)\b(?! of (?:time|money))",
         r"(?<!think )(?<!thought )(?:nobody|no one) (?:\w+ )?(?:would|will) (?:even )?"
         r"(?:cry|miss me|notice|care)"),
    # Means and places, reached or acquired: standing at a bridge, waiting by the tracks,
    # "I got the rope today"; how many pills it would take.
    # ("we stood on the cliff where you proposed" is a memory shared, not one alone there)
    _cue("plan_linger", 2, BOTH, rf"(?<!\bwe )(?<!\bgente ){_LINGER} (?:\w+ ){{0,4}}(?:{_PLACE_PT}|"
         rf"{_PLACE_EN})",
         rf"(?:{_PLACE_PT}|{_PLACE_EN}) (?:\w+ ){{0,3}}{_LINGER}",
         r"(?:how easy|how quick|how fast) it would be", r"seria (?:tao |muito )?(?:facil|rapido)",
         # (batch 38: not under it, where people shelter and sleep: "vi um senhor debaixo do
         # viaduto hj e fiquei pensando")
         unless=lazy(_AS_WE_USED.pattern + r"|\b(?:debaixo|embaixo|under|underneath|beneath|sob) "
                     r"(?:d[aoe]s? |the |a |o |that |aquel[ae] )?(?:ponte|viaduto|marquise|"
                     r"elevado|bridge|overpass|flyover|underpass)\b")),
    _cue("means", 1, BOTH, _PLACE_PT, _PLACE_EN, r"chumbinho|veneno de rato|rat poison",
         unless_said=lazy(_SAFE_KEPT.pattern + "|" + _HOME_BUILDING.pattern)),
    # ... not when what it is for is named: "corda pra academia", "the gun license".
    _cue("plan_acquire", 2, BOTH, r"(?:comprei|consegui|arranjei|peguei|got|bought) (?:a |the |"
         r"uma |um |some )?(?:corda|veneno|chumbinho|arma|revolver|rope|noose|poison|gun)"
         r"(?! (?:license|licence|permit|safe|range|show|club|de brinquedo|de agua|(?:de )?airsoft|"
         r"(?:de )?paintball|nerf|toy|water|"
         # (batch 34: and after a word or two, "corda nova pra amarrar a lona", "new rope to
         # tie the tarp down")
         r"(?:\w+ ){0,2}?(?:para|pro|for) (?!(?:hoje|amanha|tonight|tomorrow|today|mim|me)\b)\w+|"
         r"(?:\w+ ){0,2}?to (?:tie|strap|lash|secure|tow|pull|hold) (?!(?:myself|me)\b)\w+|"
         # (batch 35: "rope to make a hammock", to build, fix or climb something)
         r"(?:\w+ ){0,2}?to (?:make|build|fix|repair|replace|climb|string|rig|moor|anchor|"
         r"fence|practi[cs]e|learn|hang (?:up )?(?:a|the|our|my) (?!(?:noose|loop)\b))\w*|"
         # (batch 36: and its use told by the next verb, "comprei corda nova e amarrei a rede",
         # "bought rope and strung the hammock"; not the rope itself tied or hung)
         r"(?:\w+ )?(?:e|and) (?:amarrei|prendi|pendurei|estiquei|fiz|consertei|troquei|montei|"
         r"tied|hung|strung|rigged|fixed|made|built|mended|repaired|replaced) (?:up )?(?:a|o|as|"
         r"os|um|uma|the|my|our|minha|meu|nossa|nosso) (?!(?:corda|forca|laco|no|rope|noose|"
         r"loop|knot)\b)\w+))",
         r"nao e (?:para|pros?|pras?) (?:os |as )?(?:ratos|baratas|bichos)",
         # (batch 39: nor a cord of capoeira, a grade)
         unless_said=lazy(_SAFE_KEPT.pattern + "|" + _CORD_GRADE.pattern)),
    _cue("plan_gather", 2, BOTH, r"how many (?:\w+ ){0,4}(?:pills|tablets|meds)",
         r"would it take", r"(?:tomar|engolir) (?:tod[oa]s|tds|tudo) (?:os |as )?(?:remedio|"
         r"comprimido|pilula)s?", r"(?:tudo|everything) (?:planejado|planned)",
         r"planejei tudo", unless=_THEIR_MEDICINE),
    _cue("ending", 2, PT, r"(?:vou|vo|indo) embora (?:de vez|para sempre|desse mundo)"),
    _cue("plan_ready", 2, BOTH, r"(?:corda|rope|noose) (?:\w+ ){0,3}(?:amarrad\w*|pront[oa]|"
         r"preparad[oa]|tied|ready)"),
    # No reason to live; wanting the pain to stop for good; a lethal dose; a crash sought.
    _cue("hopeless", EXPLICIT, BOTH, r"(?:nao|sem|nenhum|no|not any|not a single) (?:\w+ ){0,2}"
         r"(?:motivo|razao|reason)s? (?:\w+ ){0,4}(?:viver|continuar|live|living|alive|"
         r"keep going|go on)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:quero|queria|want|wish) (?:que )?(?:\w+ ){0,3}(?:pare|"
         r"acabe|termine|stops?|ends?) (?:\w+ )?(?:para sempre|de vez|forever|for good)"),
    _cue("plan_lethal", EXPLICIT, BOTH, r"doses? (?:\w+ )?(?:letal|letais|fatal|fatais)"
         # (batch 30: not of coffee, water or salt, nor for the dog: "what's the lethal dose of
         # caffeine? my mate drank 4 energy drinks")
         r"(?! (?:de |of )?(?:cafeina|caffeine|cafe|coffee|agua|water|sal|salt|energeticos?|"
         r"energy drinks?|chocolate|vitamina \w+|vitamin \w+)\b)(?! (?:para|pra|for) (?:o |a |um |"
         r"uma |my |the |a )?(?:cachorro|cao|gato|dog|cat|puppy|horse|cavalo)\b)",
         r"(?:lethal|fatal) (?:dose|overdose)s?(?! (?:of )?(?:caffeine|coffee|water|salt|energy "
         r"drinks?|chocolate|vitamin \w+)\b)(?! for (?:a |my |the )?(?:dog|cat|puppy|horse)\b)",
         rf"{_INTEND} {_gap(1)}(?:driving|drive|crash\w*|jogar o carro|bater o carro) "
         r"(?:\w+ ){0,2}(?:into|num|numa|contra|off) (?:a |uma |um |the )?(?:tree|wall|arvore|"
         r"muro|poste|pole|truck|caminhao|road|ponte|bridge|cliff)"),
    # Dying spoken of as not mattering: "se eu morrer amanhã, tanto faz".
    _cue("if_i_die", 1, BOTH, r"se eu morr\w*", r"if i (?:die|died|were dead)"),
    _cue("indifferent", 2, BOTH, r"tanto faz$", r"(?:nao|ninguem) (?:vai )?(?:importa|liga)r?$",
         r"who cares$", r"(?:it )?(?:does not|would not) matter$",
         r"i would be (?:fine|ok|okay) with (?:that|it)$"),
    _cue("plan_fixed", 2, BOTH, r"penso (?:nela|nele|nisso) (?:toda|todo) (?:noite|dia|hora)",
         r"pensei em me (?:jogar|atirar)", r"thinking how easy", unless_said=_RUMINATED),
)


# -- Said without the words: images, errands, the others --------------------------------------
# What a probe written after the general forms showed they do not hear (docs/care.md, batch
# 6): the ending said as an image (the light going out, not seeing the morning, the heart
# giving out, the plane going down), the self as the object of an ending ("dar cabo de mim",
# "off myself", "sair desse mundo"), methods named by their use (a belt tested on the closet
# rod, the engine left running in the garage, pills counted until there are enough), the
# reunion said as the dead one preparing for an arrival (the coffee kept warm, a plate set
# "up there", the porch light left on), the farewell said as errands (passwords left, debts
# paid, the cat given a new home, everyone visited), the burden said through the others'
# relief at one's absence, and hopelessness as a future with no self in it. Each is a class
# of words and how they combine, not a sentence: the parts are word lists, and most weigh 2
# so that two of them, or one and the model, are needed.
# The garage door open: the engine warms the car (batch 18).
_DOOR_OPEN = lazy(r"\b(?:(?:portao|porta|door|garage) (?:\w+ )?(?:abert[oa]|open|wide open)|"
                  r"(?:abri|opened|open) (?:o |a |the )?(?:portao|porta|door|garage))\b")
_VEHICLE = r"(?:carro|caminhao|onibus|trem|aviao|moto|car|truck|bus|train|plane)"
_CRASH = (r"(?:me (?:pegasse|pegue|pegar|atropel\w*|acert\w*)|cai[as]?|caisse|cair|bat[ae]|batesse|"
          r"goes down|go down|went down|crash\w*|hits? me|ran me over|runs me over|run me over|"
          r"pass(?:e|asse|ar|ando) por cima de mim)")
_MORNING = (r"(?:o |a |the )?(?:dia (?:amanhecer|seguinte)|amanhecer|amanha|manha|sol nascer|"
            r"proximo dia|tomorrow|morning|sunrise|next day|dawn)")
_ABSENT = (r"(?:sem mim|sem (?:o |a )?(?:meu|minha) (?:\w+ )?(?:drama|problemas?|peso|presenca|"
           r"bagunca|doenca)|without me|without my (?:\w+ )?(?:drama|problems|mess|presence)|"
           r"se eu (?:nao (?:existisse|estivesse|tivesse)|saisse|sumisse|fosse embora|morresse|"
           r"desaparecesse)|(?:se eu|if i) (?:\w+ )?(?:shut|switch|turn|log|went|go|left|leave|"
           r"disappear\w*|vanish\w*|sumi\w*|fosse|saisse|apaga\w*|deslig\w*)(?: off| away| out)? "
           r"(?:de vez|para sempre|for good|forever)|"
           r"(?:eu )?(?:sair|saisse|saia) (?:de cena|do caminho|da frente|"
           r"da vida del\w+)|"
           r"out of (?:the|their|her|his) (?:way|picture|lives|life|equation)|fora da equacao|"
           r"if i (?:was|were|am) (?:not )?(?:around|here|gone)|tirando eu|tirando a mim|sem eu|"
           r"if (?:they|she|he|you|everyone|we) (?:did not|never) (?:have|had) (?:to (?:deal with|"
           r"check on|worry about|take care of|look after|watch|babysit) )?me|(?:a )?break from "
           r"me)")
_RELIEF = (r"(?:melhor|feliz|felizes|tranquil[oa]s?|leve|alivio|aliviad[oa]s?|descansar|"
           r"respirar|em paz|favor|better|happier|easier|rest|breathe|relief|relieved|save|"
           r"lighter|calmer|peace|deserve|works|funciona|resolve|heal\w*|recover\w*|sarar|"
           r"(?:finally|enfim|finalmente) (?:\w+ ){0,2}(?:quiet|quieter|silencio|sossego)|"
           # sleeping again, getting on with their lives
           r"sleep|dormir|seguir (?:a |com a |suas |com suas )?vidas?|move on|get on with|"
           # money or time left over for them (batch 13: "she would have so much more")
           r"(?:so much|a lot) more|(?:have|ter|teria|teriam) (?:\w+ )?(?:mais|more) "
           r"(?:dinheiro|money|tempo|time)|(?:sobrava|sobraria|ia sobrar) (?:\w+ )?(?:dinheiro|"
           r"money|tempo))")
_FUTURE_PT = (r"(?:daqui a (?:\w+ ){0,2}(?:anos?|meses)|(?:no )?(?:proximo|outro) ano|ano que vem|"
              r"com \d+(?: anos)?|aos \d+|velh[oa]|adult[oa]|no futuro|sair dess[ea])")
_FUTURE_EN = (r"(?:making it|getting out|get out|surviving|get through|reaching|at \d+|\d+|"
              r"next year|in (?:a|\w+) years?|growing old|"
              r"getting old|old|older|in the future|graduat\w*|as an adult)")
_BLADE = r"(?:estilete|apontador|lamin\w*|gilete|navalha|sharpener|blades?|box cutter)"
_LIGATURE = (r"(?:corda|cinto|cinta|lencol|fio|cabo|cadarco|gravata|rope|belt|cord|sheet|scarf|"
             r"cable)")
_ANCHOR = (r"(?:armario|viga|ventilador|teto|porta|macaneta|gancho|corrimao|closet|rod|beam|"
           r"ceiling|fan|door|doorknob|hook|rafter|banister)")
_HEAVEN = (r"(?:ceu|paraiso|(?:ai|la) (?:em )?cima|outro lado(?! d[aoe]s?\b)|up there|heaven|"
           r"other side(?! of\b))")
_PREPARE_PT = (r"(?:guarda|deixa|poe|bota|prepara|separa|arruma|reserva|esquenta|segura)")
_PREPARE_EN = r"(?:keep|leave|set|save|hold|put|make|get)"
_PLACE_FOR_ME = (r"(?:cafe|cafezinho|porta|prato|lugar|cadeira|cama|luz|mesa|quarto|colo|cantinho|"
                 r"vaga|porch light|light|door|plate|spot|seat|place|chair|bed|room|table|kettle|"
                 r"coffee)")

# A will made for the living (batch 24): with a partner, for a baby on the way, as a
# responsible adult does ("we wanted things in order for the baby").
_WILL_FOR_LIFE = lazy(r"\b(?:junto com|together with|with my (?:wife|husband|partner)|we "
                      r"(?:wrote|made|did|signed)|fizemos|escrevemos|assinamos|pregnant|"
                      r"gravida|gestante|baby|bebe|newborn|for the (?:kids|children)|"
                      r"responsible|responsavel|everyone should|todo mundo (?:devia|deveria)"
                      r")\b")

# Medicine done without is no means in hand (batch 24: "a gripe passou sem remédio mesmo").
_NURSED_OR_WITHOUT = lazy(_NURSED.pattern + r"|\b(?:sem|without) (?:tomar |taking |any )?"
                          r"(?:remedios?|comprimidos?|pills|meds|medication|medicine)\b")
# ... or taken as treatment for a while (batch 34: "8 months on meds and seeing someone", "faz
# 8 meses que tomo o remédio certinho"): the medicine is then care, not a means.
_NURSED_OR_WITHOUT = lazy(_NURSED_OR_WITHOUT.pattern + r"|\b(?:\d+|a few|a couple of|some|"
                          r"many|two|three|four|five|six|eight|ten|\w+) (?:months?|weeks?|years?|"
                          r"meses|semanas|anos) (?:on|of taking|taking|tomando|de) (?:the |my |o |"
                          r"a |os |meu |minha )?(?:meds|medication|medicine|antidepressants?|"
                          r"remedios?|medicacao|medicamentos?|antidepressivos?)\b|\b(?:tomo|tomando)"
                          r" (?:o |a |os |meu |minha )?(?:remedios?|medicacao|medicamentos?) "
                          r"(?:certinho|direitinho|todo dia|todos os dias)\b")

INDIRECT: tuple[Cue, ...] = (
    # Passive: not seeing the morning, the heart or the breath stopping, an accident hoped
    # for, relief if I stopped.
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_WANT}|pedi|pedindo|rezei|deus|god) {_gap(4)}"
         rf"{_NEVER} {_gap(2)}(?:ver|veja|visse|chegar a|chegar ao|chegue a|chegue ao|see|"
         r"make it to|live to see|reach) "
         rf"{_MORNING}",
         rf"(?:{_WANT}|{_WISHING_PT}) {_gap(3)}(?:coracao|heart) {_gap(1)}(?:parasse|pare|parar|"
         r"stops?|stopped|gives? out|gave out|would stop|would give out)",
         rf"(?:{_WANT}|{_WISHING_PT}) {_gap(3)}(?:parar|parasse|stop|stopped) (?:de )?"
         r"(?:respirar|breathing)",
         rf"(?:{_WANT}|espero|tomara|hope) {_gap(3)}{_VEHICLE} {_gap(3)}{_CRASH}",
         rf"{_WANT} {_gap(2)}(?:me )?apagar (?:igual|como|feito|que nem|e pronto|de vez)",
         rf"{_WANT} {_gap(3)}(?:the )?lights? (?:to )?(?:go|goes|went|turn|switch)(?:es|ed)? "
         rf"(?:out|off) {_gap(2)}{_FOREVER}",
         rf"{_WANT} {_gap(1)}(?:to )?(?:not|never) (?:be )?(?:alive|living|exist\w*)",
         # ("grave" as Portuguese "serious", not the English noun: "i want the grave to...")
         rf"{_WANT} {_gap(7)}(?:(?<!the )(?<!a )(?<!my )(?<!your )grave|terminal|fatal|incuravel|"
         r"incurable)",
         # the negation said after the verb: "acordar em lugar nenhum", "wake up nowhere"
         rf"{_WANT} {_gap(4)}{_SINK} (?:\w+ ){{0,4}}(?:e |and )?{_RISE} (?:up )?(?:em lugar nenhum|"
         r"nowhere)"),
    _cue("wish_sink", 1, BOTH, rf"{_WANT} {_gap(2)}(?:dormir|fechar os olhos|apagar|desmaiar|"
         r"sleep|close my eyes|pass out|fade)"),
    _cue("passive", EXPLICIT, BOTH, rf"{_WANT} (?:\w+ ){{0,3}}(?:surgery|operation|cirurgia|"
         r"operacao|tratamento|treatment|exame|biopsy|biopsia|quimio|chemo) (?:\w+ ){0,3}"
         r"(?:does not go well|goes wrong|go wrong|fails?|der errado|de errado|nao de certo|"
         r"falhe)"),
    _cue("forgotten", 2, BOTH, rf"{_WANT} {_gap(8)}(?:mundo|todos|todo mundo|everyone|the world|"
         rf"people) {_gap(2)}(?:esquec\w*|forget|forgot) (?:de mim|me|that i|i)"),
    _cue("relief_if", 2, BOTH, rf"(?:seria|ia ser|era|would be|it would be) {_gap(3)}(?:facil|"
         r"melhor|bom|alivio|easier|better|nice|a relief|fine) (?:\w+ )?(?:se eu|if i) "
         r"(?:\w+ ){0,2}(?:parasse|morresse|sumisse|nao acordasse|nao existisse|fosse embora|"
         r"desaparecesse|died|stopped|disappeared|did not wake|never woke|was gone|were gone)",
         rf"(?:se|if) {_gap(3)}{_VEHICLE} {_gap(2)}{_CRASH}",
         rf"(?:se eu|if i) {_gap(2)}{_NEVER} {_gap(3)}{_RISE}",
         r"(?:se eu|if i) (?:\w+ ){0,5}(?:terminal|cancer|grave|fatal)"),
    _cue("relief", 2, BOTH, r"(?:ia|iria) ser (?:um )?alivio$",
         r"(?:would be|would feel like) (?:a )?relief$", r"would (?:feel )?relieved$",
         r"(?:ia|iria) (?:me sentir|ficar) aliviad[oa]$"),
    # Active: the self as the object of an ending; leaving this world or this life. Said
    # indirectly, it can be negated ("não vou sair desse mundo tão cedo"); the slang that
    # names it ("off myself") cannot, like "me matar".
    _cue("ending_self", EXPLICIT, PT, rf"(?:(?:{_WANT}|{_INTEND}) {_gap(2)}(?:acabar|terminar|"
         r"encerrar|dar (?:um )?fim|por (?:um )?fim|dar cabo|(?:meter|por|botar|colocar) "
         r"(?:um )?ponto final)|(?:eu|hoje) (?:\w+ )?(?:acabo|termino|encerro|dou (?:um )?fim|"
         r"ponho (?:um )?fim)) (?:com |a |em |de |n)?(?:mim|comigo|(?:\w+ ){0,3}(?:de viver|"
         r"minha vida|minha existencia|de existir))",
         rf"(?:{_WANT}|{_INTEND}) {_gap(2)}me (?:apagar|eliminar|exterminar|despachar)",
         rf"(?:{_WANT}|{_INTEND}|ja) {_gap(3)}(?:sair|partir|ir embora|embora|me desligar|"
         r"me retirar|tirar (?:o |meu )?time de campo) (?:\w+ )?(?:dessa|desta|deste|desse|da|do) "
         r"(?:vida|mundo|existencia|planeta|corpo)(?! (?:do|da|dos|das|de(?! vez))\b)"),
    _cue("active", EXPLICIT, EN, r"(?:off|offing|offed) myself", r"do myself in",
         rf"{_INTEND} {_gap(1)}(?:end|off|finish) me$", r"top myself"),
    _cue("ending_self", EXPLICIT, EN, r"check(?:ing|ed)? out (?:\w+ ){0,2}(?:for good|permanently|"
         r"of (?:this world|life))",
         rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:take |taking )?the easy way out",
         rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:leave|leaving|exit|exiting) (?:this )?(?:world|"
         r"life|earth)$"),
    _cue("ending_all", 2, EN, r"i (?:\w+ )?(?:stop|end|finish) (?:it all|all of it|everything|"
         r"all this)(?: for good| tonight| now)?(?: \w+)?$"),
    _cue("do_it", 2, BOTH, r"(?:going to|gonna|will) do it (?:this time|tonight|for real|now)",
         r"vou fazer (?:isso|aquilo) (?:dessa vez|hoje|de verdade|agora)",
         r"i want out(?: of (?:everything|life|here|all of it))?$", r"quero sair de tudo$",
         r"out of everything$"),
    _cue("last_stretch", 2, BOTH, r"(?:this|essa|esta) (?:is|e) (?:the|a|o) (?:last|ultima|ultimo) "
         r"(?:week|day|night|month|semana|dia|noite|mes)$",
         r"(?:nao|never) (?:passo|passa|chego|vou passar) (?:desse|deste|de) (?:ano|mes|natal)",
         r"(?:dessa|desta) vez (?:e|vai ser) de verdade", r"(?:this time )?for real this time"),
    _cue("plan_time", 2, BOTH, r"(?:today|tonight|tonights|hoje) (?:is )?(?:the|o|a|e o|e a) "
         r"(?:night|day|dia|noite)", r"(?:escolhi|marquei) (?:o |a )?(?:dia|data)(?! d[aoe]s?\b)",
         r"(?:picked|chose|set) (?:the|a) (?:date|day)(?! (?:for|of)\b)", r"the easy way out"),
    # Plans and means named by their use.
    _cue("plan_research", 1, BOTH, r"pesquis\w*", r"googl\w*", r"looked up", r"search\w*",
         r"looking up", unless_said=_FOR_THEIR_CARE),
    _cue("plan_lethal", 2, BOTH, r"quant[oa]s? (?:caixas|cartelas|comprimidos|remedios|pilulas|"
         r"frascos|mg|miligramas|gramas)", r"how (?:many|much) (?:\w+ ){0,2}(?:pills|tablets|"
         r"boxes|bottles|mg|grams)",
         unless=_THEIR_MEDICINE),
    # ... and how high a place is (2), not measured for a trade or a chore (batch 29: "medi a
    # altura do telhado … preciso de uma escada maior pro serviço").
    _cue("plan_lethal", 2, BOTH,
         rf"(?:how tall|how high|altura|quantos andares|qual andar) (?:\w+ ){{0,3}}(?:"
         rf"{_PLACE_PT}|{_PLACE_EN}|parking garage|garage|garagem|edificio|building|"
         r"andar|floor)", r"(?:alt[oa]|high|tall) (?:o )?(?:bastante|suficiente|enough)",
         unless=_THEIR_MEDICINE, unless_said=_TRADE),
    _cue("plan_when", 1, BOTH, r"^(?:vai ser|will be|it will be|it is going to be) (?:no|na|em|on|"
         r"this|next|dia)"),
    _cue("plan_drowning", EXPLICIT, BOTH,
         r"(?:rocks|stones|pedras) (?:\w+ ){0,2}(?:pockets|bolsos)",
         r"(?:pockets|bolsos) (?:\w+ ){0,3}(?:rocks|stones|pedras)"),
    _cue("unsaid_purpose", 1, BOTH, r"(?:so|just|only) (?:para|for) (?:isso|that|it)$"),
    # Courage waited for, with nothing said it is for.
    _cue("plan_courage", 2, BOTH, r"(?:esperando|criando|criar|tomando|juntando|waiting for|"
         r"working up|getting up|get up) (?:a |the )?(?:coragem|courage|nerve)"),
    _cue("plan_courage", EXPLICIT, BOTH, r"(?:esperando|criando|waiting for|working up) "
         r"(?:a |the )?(?:coragem|courage|nerve)$"),
    _cue("plan_sealed", 2, BOTH, r"(?:vedar|vedei|vedando|tape|taped|taping|seal\w*) "
         r"(?:\w+ ){0,3}(?:porta|janela|frestas?|door|window|gaps|vents?|banheiro|bathroom)",
         unless_said=_PLUMBING),
    _cue("plan_measured", 2, BOTH, r"(?:measured|medi|calculei|calculated) (?:\w+ ){0,2}"
         r"(?:drop|queda|altura|height|fall)", r"(?:fico|fiquei|ficar) calculando",
         r"keep calculating",
         unless_said=_TRADE),
    _cue("plan_access", 2, BOTH, r"(?:chave|key|codigo|code|combination) (?:\w+ ){0,3}"
         r"(?:armario de remedios|remedios|medicine cabinet|meds|gun|arma|cofre|safe)"),
    _cue("plan_known", 2, BOTH, r"(?:ja sei|eu sei|i (?:already )?know) (?:exatamente )?"
         r"(?:exactly )?(?:qual|onde|como|which|where|how)"
         # (batch 36: not knowing what a loss or a pain is like, "eu sei como é", "I know how it
         # feels")
         r"(?! (?:e|foi|era|fica)$| (?:e|foi|era) (?:isso|isto|perder|ficar sem|sentir|viver "
         r"sem|lidar|passar por|essa|esse|a dor|o medo|a saudade|dificil|duro|triste|ruim|"
         r"horrivel)\b| (?:voce|o senhor|a senhora|ela|ele) (?:se )?(?:sentiu|sente)\b| (?:doi|"
         r"doeu|machuca)\b| (?:it|that|this) (?:feels|felt|hurts|hurt)\b| (?:it|that|this) "
         r"(?:is|was)(?: like)?$| (?:it|that|this) (?:is|was) (?:like|to lose|when)\b| (?:you|he|"
         r"she|they) (?:feel|felt|must feel|must have felt)\b| (?:hard|lonely|sad|painful)\b)"),
    _cue("plan_hanging", 1, BOTH, rf"(?:amarr\w*|prend\w*|pendur\w*|tied|tie|tying|hung|hang\w*) "
         rf"(?:\w+ ){{0,3}}{_LIGATURE} (?:\w+ ){{0,4}}{_ANCHOR}",
         rf"{_LIGATURE} (?:\w+ ){{0,3}}(?:amarr\w*|prend\w*|pendur\w*|tied|hung) (?:\w+ ){{0,4}}"
         rf"{_ANCHOR}"),
    _cue("plan_hanging", 2, BOTH, r"(?:aguent\w*|suport\w*|segur\w*|hold|holds|held) (?:\w+ )?"
         r"(?:o )?(?:meu peso|my weight|me)$"),
    _cue("plan_exhaust", EXPLICIT, BOTH, r"(?:garagem|garage) (?:\w+ ){0,6}(?:carro|motor|engine|"
         r"car) (?:\w+ )?(?:ligado|running)",
         r"(?:carro|motor|engine|car) (?:\w+ )?(?:ligado|running) (?:\w+ ){0,6}(?:garagem|garage)",
         unless=_DOOR_OPEN),
    _cue("plan_counting", 1, BOTH, r"(?:cont\w*|counting|counted|count) (?:\w+ ){0,4}"
         r"(?:comprimidos|remedios|pilulas|capsulas|pills|tablets|meds|capsules)"),
    _cue("plan_enough", 2, BOTH, r"ja da$", r"da e sobra", r"mais (?:do )?que (?:o )?suficiente",
         r"more than enough", r"enough (?:now|to do it)$"),
    _cue("plan_gather", 2, BOTH, r"(?:\d+|varias|diferentes|duas|tres|cada) farmacias",
         r"farmacias diferentes", r"(?:different|several|multiple|\d+) (?:pharmacies|drugstores)"),
    _cue("secret", 1, BOTH, r"(?:para|sem) (?:ninguem|a mae|o pai|minha mae|meu pai|eles) "
         r"(?:nao )?(?:desconfiar|perceber|notar|ver|saber|descobrir)",
         r"so (?:nobody|no one) (?:would |will |can )?(?:sees?|notices?|knows?|finds? out|"
         r"suspects?|gets? suspicious)", r"so (?:mom|dad|my \w+|they|people) (?:can not|does not|"
         r"would not|will not|do not) (?:see|notice|know|find out|suspect|get suspicious)",
         r"(?:mom|dad|mae|pai|they|eles) (?:does not|do not|nao) (?:know|sabe|sabem)"),
    _cue("plan_staged", 2, BOTH, r"(?:parecer|parecesse|parece|look like|looks like|looked like|"
         r"was not|is not|nao foi|nao era) (?:um |an )?(?:acidente|accident)",
         r"(?:no|sem) (?:guard ?rail|mureta|protecao)"),
    # Self-harm said in slang: scratching lines, blades taken out of sharpeners, arms like a
    # barcode, marks hidden under long sleeves in the heat, days clean counted.
    _cue("self_harm", EXPLICIT, BOTH, r"me risc\w*",
         rf"(?:fiz|faco|fazendo|fazer) (?:\w+ )?(?:risquinhos?|riscos?|cortezinhos?|cortinhos?|"
         rf"cortes|marquinhas?) (?:\w+ )?(?:n[oa]s?|em) (?:meu |minha |meus |minhas )?(?:{_BODY})",
         rf"(?:carv\w*|talh\w*|entalh\w*|risquei|riscar) (?:\w+ ){{0,3}}(?:n[oa]s?|em|on|in|into) "
         rf"(?:my |meu |minha |meus |minhas )?(?:{_BODY})",
         rf"(?:{_BODY}) (?:\w+ ){{0,3}}(?:barcode|codigo de barras|zebra)",
         rf"(?:voltei|volto|voltando|back|went back) (?:\w+ ){{0,2}}(?:a |ao |pro |para o |para a |"
         rf"to )?(?:the |my |o |a )?{_BLADE}"),
    # ... scratches as a pet's, when the message speaks of the pet as a pet (batch 22: "the
    # cat scratches on my arm are healing, she hates baths"; "cat scratches" alone is still
    # the platforms' word for cuts)
    _cue("self_harm", 2, BOTH, rf"(?:scratches|arranhoes) (?:\w+ )?(?:n[oa]s?|em|on|in|across) "
         rf"(?:my |meu |minha |meus |minhas )?(?:{_BODY})", unless_said=lazy(
             r"^(?=.*\b(?:cats?|kittens?|kitty|dogs?|pupp(?:y|ies)|gat[oa]s?|gatinh[oa]s?|"
             r"cachorr[oa]s?)\b)(?=.*\b(?:baths?|banhos?|vets?|veterinari\w*|litter|areia|racao|"
             r"purr\w*|ronron\w*|claws|garras|play\w*|brinca\w*|adopt\w*|adot\w*)\b)")),
    _cue("self_harm", 2, BOTH, rf"(?:risquinhos?|riscos?|cortezinhos?|cortinhos?|marquinhas?|"
         rf"cicatriz\w*|queimaduras?|cuts|scars|burns) (?:\w+ )?(?:n[oa]s?|em|on|in|"
         rf"across) (?:my |meu |minha |meus |minhas )?(?:{_BODY})",
         rf"{_BLADE} (?:\w+ ){{0,3}}(?:de novo|outra vez|again)$",
         rf"(?:de novo|outra vez|again) (?:\w+ ){{0,3}}{_BLADE}",
         r"(?:\d+|uns|alguns|varios|muitos) (?:dias|semanas|meses|days|weeks|months) (?:\w+ )?"
         r"(?:down the drain|pelo ralo|por agua abaixo|no lixo|wasted)",
         r"(?:\d+|uns|alguns|varios|muitos) (?:dias|semanas|meses|days|weeks|months) (?:\w+ )?"
         r"(?:limp[oa]s?|clean|gone|perdidos|jogados fora)",
         r"(?:limp[oa]|clean) (?:ha |for |por )?(?:\d+|uns|alguns) "
         r"(?:dias|semanas|meses|days|weeks|months)"),
    _cue("self_harm_hidden", 2, BOTH, r"(?:para|pra) (?:\w+ ){0,2}(?:nao|nunca) (?:ver|verem|"
         r"perceber|notar|descobrir) (?:\w+ ){0,2}(?:marcas|cicatriz\w*|cortes|roxos|pulsos|"
         r"bracos|pernas|coxas)", r"(?:so|that) (?:(?:nobody|no one) (?:can |will )?|"
         r"(?:mom|dad|my \w+|they|people) (?:can not|does not|would not|will not|do not) )"
         rf"(?:sees?|notices?) (?:\w+ ){{0,2}}(?:scars|marks|cuts|bruises|{_BODY})",
         r"(?:esconder|escondo|escondendo|cobrir|cubro|tapar|"
         r"hide|hiding|cover|covering) (?:\w+ ){0,2}(?:as |os |my |minhas |meus )?(?:marcas|"
         rf"cicatriz\w*|cortes|scars|marks|cuts|{_BODY})"),
    # What is kept for afterwards: bandages "for after", a kit in the drawer.
    _cue("self_harm_after", 2, BOTH, r"(?:curativos?|bandaids?|band aids?|gaze|gauze|bandages?|"
         r"kit) (?:\w+ ){0,4}(?:for after|para depois)$"),
    _cue("hidden_place", 1, BOTH, r"(?:keep|kept|hide|hid|guardo|escondo|escondi) (?:\w+ ){0,4}"
         r"(?:in my drawer|na (?:minha )?gaveta|under my bed|debaixo da cama)"),
    _cue("self_harm_nails", 2, BOTH, r"(?:enfio|enfiar|enfiei|cravo|cravar|cravei|crava) "
         r"(?:a |as )?unhas?", r"dig\w* (?:my )?nails"),
    _cue("body_wrecked", EXPLICIT, BOTH, r"(?:coxas|thighs|pulsos|wrists) (?:\w+ ){0,2}(?:a mess|"
         r"destroyed|wrecked|detonad\w*|um horror|cheios? de marcas|covered in)",
         unless_said=_MARKS_EXPLAINED),
    _cue("body_wrecked", 2, BOTH, rf"(?:{_BODY}) (?:\w+ ){{0,2}}(?:a mess|destroyed|wrecked|"
         r"detonad\w*|um horror|cheios? de marcas|covered in)", unless_said=_MARKS_EXPLAINED),
    _cue("blade_taken", 1, BOTH, r"(?:quebrei|quebrar|desmontei|desmontar|tirei|tirar|took out|"
         r"take out|broke|break|took apart) (?:\w+ ){0,3}(?:apontador|lamin\w*|sharpener|blades?|"
         r"gilete)"),
    _cue("long_sleeves", 1, BOTH, r"mangas? comprida\w*", r"moletom", r"long sleeve\w*",
         r"hoodie", r"pulseiras?", r"bracelets?", r"wristbands?"),
    # Reunion said as an arrival the dead one should get ready for.
    _cue("reunite_prepare", 2, PT, rf"{_PREPARE_PT} (?:\w+ ){{0,3}}{_PLACE_FOR_ME}", unless=_VISIT),
    _cue("reunite_prepare", 2, EN, rf"{_PREPARE_EN} (?:\w+ ){{0,3}}{_PLACE_FOR_ME} "
         r"(?:\w+ ){0,3}(?:for me|on|at|next to you)", r"hold my (?:spot|place|seat)",
         unless=_VISIT),
    _cue("reunite_arrive", 2, PT, r"(?:eu )?(?:ja )?(?:to|estou) (?:subindo|"
         r"chegando|a caminho)", r"(?:eu )?chego (?:logo|ja|hoje|amanha|"
         r"rapidinho|em breve)", r"(?:logo|em breve|ja ja) (?:logo )?(?:eu )?"
         r"(?:chego|apareco|subo|estou ai|to ai)",
         r"(?:essa|esta) (?:semana|noite) (?:eu )?(?:janto|durmo|fico|chego|"
         r"estou|to) (?:com voce|ai|la)", unless=_VISIT),
    _cue("reunite_arrive", 2, EN, r"heading (?:your way|to you|up)",
         r"(?:will not|would not) be long(?: now)?$",
         rf"i will be there(?: soon| before \w+| by \w+| tonight| with you)?(?: {_DEAD_ONE})?$",
         unless=_VISIT),
    _cue("reunite_how", EXPLICIT, BOTH, r"(?:como|how) (?:\w+ ){0,3}(?:ir|get|go|chegar) "
         r"(?:\w+ ){0,2}(?:where you are|onde voce (?:esta|ta)|(?:ai|la) com voce|para (?:ai|la))",
         r"o que (?:eu )?(?:preciso|tenho que|devo) fazer (?:para|pra) (?:ir|ficar|estar) "
         r"(?:\w+ )?(?:com voce|(?:para )?(?:ai|la))", unless=_VISIT),
    _cue("reunite_stay", 2, BOTH, r"(?:vou|eu vou|i will|i am going to) (?:\w+ )?(?:dormir|jantar|"
         r"ficar|morar|estar|passar|sleep|stay|live) (?:\w+ )?(?:com voce|ai|la|with you|there) "
         r"(?:\w+ )?(?:essa semana|esta semana|essa noite|hoje|logo|em breve|this week|tonight|"
         r"soon)", r"(?:logo|em breve|soon) (?:a gente|nos|we) (?:\w+ ){0,4}(?:juntos|junto|"
         r"together) (?:de novo|again)", r"(?:sooner|mais cedo) (?:than|do que) (?:\w+ )?"
         r"(?:thinks?|expects?|pensa\w*|imagina\w*|espera\w*|queria)", unless=_VISIT),
    # (not when I am old: "quando eu for pro céu um dia, bem velhinha", batch 19)
    _cue("heaven", 1, BOTH, _HEAVEN, unless_said=lazy(
        r"\b(?:velhinh[oa]|when i am (?:very )?old|quando eu (?:for|estiver|ficar) velh[oa]|"
        r"daqui a muitos anos|many years from now)\b")),
    _cue("reunite", EXPLICIT, BOTH, rf"{_WANT} {_gap(4)}(?:seu colo|seus bracos|"
         rf"seu abraco|com voce|your arms|your lap|with you) {_gap(6)}{_NEVER} {_gap(1)}{_RISE}",
         rf"(?:{_WANT}|{_INTEND}) {_gap(2)}(?:te seguir|seguir voce|ir atras de "
         rf"voce|follow you)(?: {_gap(2)}{_SOON})?$",
         rf"{_WANT} {_gap(2)}(?:pegar|seguir|ir por|take|follow|go) (?:o |the )?(?:mesmo caminho|"
         r"same (?:path|way|road)) (?:que|as) (?:voce|you) (?:pegou|tomou|took|went)$",
         unless=_VISIT),
    _cue("reunite_live", 2, BOTH, r"(?:ir|vou|go|come|coming|going) (?:\w+ )?"
         r"(?:morar|viver|ficar|stay|live) (?:\w+ )?(?:com voce|with you)",
         r"(?:mesmo caminho|same (?:path|way|road)) (?:que|as) (?:voce|you)", unless=_VISIT),
    _cue("packing", 1, BOTH, r"(?:arrumando|arrumei|fazendo|fiz) (?:a |as |minha |minhas )?malas?",
         r"(?:packing|packed|pack) (?:my |the )?(?:bags?|suitcase)"),
    # Farewell said as errands: passwords left, debts paid, everything in order, the pet
    # given a home, everyone visited, accounts deleted, no one to blame.
    _cue("farewell_affairs", 2, BOTH, r"(?:no|in) (?:nome|name) (?:do|da|of) (?:meu|minha|my)",
         r"entreguei (?:as )?chaves", r"(?:returned|handed in|gave back) (?:\w+ )?keys",
         r"(?:deixei|deixando|left|leaving) (?:\w+ ){0,2}"
         r"(?:senhas?|passwords?)", r"(?:senhas?|passwords?) (?:\w+ ){0,4}(?:anotad\w*|escrit\w*|"
         r"written|envelope|para (?:a |o |minha |meu )|for (?:mom|dad|my))", unless_said=_MOVED),
    _cue("farewell_debts", 2, BOTH, r"paguei (?:\w+ ){0,5}(?:que|q) (?:eu )?devia",
         r"paguei (?:tudo (?:o )?que (?:eu )?devia|todas as (?:minhas )?"
         r"dividas|as dividas|minhas dividas|o que (?:eu )?devia)", r"quitei",
         r"paid (?:off|back) (?:\w+ ){0,2}(?:my|all|everything|debts?|phone|car|loans?)",
         r"settled (?:my )?(?:debts|affairs|accounts)"),
    _cue("farewell_order", 2, BOTH, r"(?:deixei|deixando|ta|esta|tudo) (?:\w+ )?(?:tudo )?"
         r"(?:organizado|resolvido|em ordem)",
         r"(?:deixei|deixando|deixar) (?:\w+ )?tudo (?:certo|certinho|"
         r"acertado|encaminhado)", r"organizei (?:\w+ ){0,2}(?:minhas|meus) (?:fotos|"
         r"coisas|arquivos|documentos|papeis)", r"(?:sorted|organized) (?:\w+ ){0,2}my (?:photos|"
         r"things|files|papers|stuff)", r"everything(?:s| is)? (?:sorted|in order|taken "
         r"care of)", r"(?:got|put|getting) (?:my )?(?:affairs|things) in order"),
    _cue("farewell_entrust", 2, BOTH, r"(?:vai|ia|will|would) precisar (?:mais )?(?:do )?que eu",
         r"(?:deixei|left) (?:o |a |meu |minha |my )?(?:cachorro|cachorra|gato|gata|dog|cat|pet) "
         r"(?:com|with)",
         r"needs? (?:it|them|her|him) more than (?:i|me)",
         r"(?:new home|novo lar|novo dono|nova dona) (?:\w+ ){0,3}"
         r"(?:gato|gata|cachorro|cachorra|cat|dog|pet)", r"(?:gato|gata|cachorro|cachorra|cat|dog|"
         r"pet) (?:\w+ ){0,3}(?:new home|novo lar|novo dono|nova dona)",
         r"(?:cuidar|take care of) (?:\w+ ){0,2}(?:melhor|better) (?:do que|than) (?:eu|me|i)"),
    _cue("farewell_blame", 2, BOTH, r"(?:nao|not) (?:foi |e |was |is )?(?:culpa|fault) "
         r"(?:dela|dele|sua|deles|delas|de ninguem|da \w+|do \w+|your|her|his|their|anyone|mine)",
         r"(?:do not|nao) (?:se )?(?:blame|culp\w*) (?:yourself|herself|himself|themselves|"
         r"anyone)"),
    _cue("farewell_will", 2, BOTH, r"(?:escrevi|fiz|fazendo|atualizei) (?:um |meu |o meu )?"
         r"testamento", r"(?:wrote|made|making|writing) (?:a |my )will",
         unless_said=_WILL_FOR_LIFE),
    _cue("farewell_rounds", 2, BOTH, r"(?:visitei|fui (?:na casa de|ver|visitar)|liguei (?:para|a)|"
         r"mandei (?:\w+ )?(?:para|a)|(?:sent|messaged) (?:\w+ )?(?:to )?|"
         r"abracei|escrevi (?:para|a)|called|visited|hugged|texted|wrote|went to see) "
         r"(?:\w+ ){0,2}(?:todo mundo|todos|cada um|everyone|everybody|all of them|"
         r"each of (?:them|my \w+)|all my \w+|(?:todas as|all the) (?:pessoas|people))"),
    _cue("farewell_last_time", 2, BOTH, r"one (?:last|final) time", r"(?:uma|pela) ultima vez",
         r"(?:essa|esta|this) (?:e|is) (?:a |minha |nossa |my |our |the )?(?:ultima|last) "
         r"(?:conversa|mensagem|carta|conversation|message|letter|chat)(?! (?:de hoje|do dia|"
         r"antes|hoje|today|tonight|before|for (?:today|now|tonight)))"),
    _cue("farewell_after", 1, BOTH, r"(?:will|would|vai|ia) (?:\w+ )?(?:need|precisar) "
         r"(?:\w+ ){0,2}(?:after|depois)$", r"(?:hear|know|saber|ouvir) (?:\w+ )?(?:before|antes)$",
         r"(?:para|pra) (?:\w+ ){0,2}ter depois$", r"for \w+ to have (?:after|later)$"),
    _cue("farewell_unexplained", 1, BOTH, r"ninguem entendeu (?:por que|porque)",
         r"(?:amanha|depois|tomorrow|later) (?:eles|ela|ele|voces|they|she|he|you) (?:vao|vai|"
         r"will) (?:entender|understand)$",
         r"(?:nobody|no one) (?:understood|knew) why"),
    _cue("farewell_erase", 2, BOTH, r"(?:apaguei|deletei|exclui|desativei|deleted|deactivated|"
         r"wiped) (?:\w+ ){0,2}(?:minhas |meus |my )?(?:redes|contas|perfil|perfis|insta\w*|"
         r"facebook|socials|social media|accounts|profiles?)"),
    _cue("farewell_labels", 2, BOTH, r"(?:everyone|everybody|each person)s? names?",
         r"(?:o )?nome de cada (?:um|uma|pessoa)"),
    _cue("farewell_now", 1, BOTH, r"(?:should|deveria|deve) (?:have|ter|ficar com) "
         r"(?:it |them |isso )?(?:now|agora)$",
         r"(?:so|just) (?:para|to) (?:dizer|falar|ouvir|say|tell|hear) "
         r"(?:\w+ ){0,3}(?:isso|that|te amo|i love|their voices?|a voz)"),
    _cue("farewell_bequest", 2, BOTH, r"quem fica com o que", r"o que e de (?:quem|cada um)",
         r"who gets what", r"what is theirs", r"what is whose",
         rf"{_LETTER} (?:\w+ ){{0,3}}(?:nome de cada|para cada|cada um|everyones name|"
         r"each of them|for each)"),
    _cue("resigned", 1, BOTH, r"(?:it is|its) better this way", r"(?:e )?melhor assim$"),
    # Burden said through the others: their relief at my absence, their money and worry.
    _cue("burden", EXPLICIT, BOTH, rf"{_ABSENT} (?:\w+ ){{0,6}}{_RELIEF}",
         rf"{_RELIEF} (?:\w+ ){{0,6}}{_ABSENT}",
         # their grief, then their relief: "they'd grieve for a week and then feel lighter"
         rf"(?:grieve|cry|mourn|chorar\w*|sofrer\w*) (?:\w+ ){{0,4}}(?:then|depois) (?:\w+ ){{0,2}}"
         rf"{_RELIEF}", r"(?:just |only )?another mouth to feed",
         r"(?:sem eu|sem mim|without me) (?:para|to) (?:estragar|atrapalhar|incomodar|ruin|mess|"
         r"spoil)",
         r"(?:so|just|only) (?:trago|bring|causo|cause) (?:\w+ )?(?:tristeza|problemas?|dor|"
         r"sofrimento|desgosto|pain|sadness|trouble|problems|misery)",
         r"(?:i am|sou|eu sou) (?:the reason|o motivo|a razao|a causa|the cause) (?:\w+ ){0,6}"
         r"(?:miserable|sad|unhappy|suffers|suffering|cries|crying|triste|tristes|infeliz\w*|"
         r"sofre\w*|chora\w*)"),
    _cue("burden_cost", 2, BOTH, r"(?:jogado fora|desperdicad\w*|wasted|a waste) (?:\w+ )?"
         r"(?:comigo|em mim|on me)", r"(?:wasting|waste) (?:\w+ ){0,3}(?:money|time) on me"),
    _cue("burden_cost", 1, BOTH, r"(?:custando|custa|gastando|gastam|costing|costs|spending) "
         r"(?:\w+ ){0,3}(?:fortuna|caro|dinheiro|money|fortune)"),
    _cue("burden_deserve", 2, BOTH, r"mereciam (?:\w+ ){0,3}(?:melhor|que nao)",
         r"merecem (?:\w+ ){0,3}(?:melhor|que nao)", r"deserve (?:better|someone better)",
         r"(?:merece|merecem|deserves?) (?:ter )?(?:a vida (?:dele|dela|deles) |sua vida |"
         r"(?:his|her|their) (?:life|lives) )(?:de volta|back)"),
    _cue("burden_relieve", 2, BOTH, r"vou facilitar (?:para|a vida d\w+) ",
         r"make (?:it|things|life) easier for (?:them|everyone|her|him)"),
    _cue("burden_inherit", 2, BOTH, r"(?:could|would|can) (?:finally )?(?:have|get|take) my "
         r"(?:room|stuff|things)", r"(?:finalmente|enfim) (?:\w+ ){0,2}ficar com (?:o |a )?"
         r"(?:meu|minha|meus|minhas)"),
    _cue("burden_worry", 2, BOTH, r"(?:would not|will not) have to (?:worry|deal with)",
         r"nao (?:ia|iria|vai) (?:mais )?(?:ter que |precisar )?se preocupar"),
    _cue("burden_tired", 2, BOTH, r"(?:todo mundo|everyone|everybody|eles|they) (?:\w+ )?(?:cansou|"
         r"cansaram|is tired|are tired|is sick|are sick) (?:de mim|of me)",
         r"(?:eles|ela|ele|they|she|he|todo mundo|everyone) (?:nem|would not even|will not even) "
         r"(?:\w+ )?(?:sentir|notar|perceber|ligar|notice|care|miss me)",
         r"(?:nao|not) (?:ia|iria|would) (?:fazer|make) (?:falta|a difference) (?:para|a|to) "
         r"(?:ninguem|anyone|anybody)", r"(?:wouldnt|would not) be missed"),
    _cue("permanent", 1, BOTH, r"permanente\w*", r"permanent\w*"),
    # Hopelessness as a future with no self in it, as nothing left, as a question of why.
    _cue("hopeless", EXPLICIT, PT, rf"(?:nao|nunca) (?:consigo |conseguia )?(?:me )?(?:imaginar|"
         rf"ver|enxergar|vejo(?! a hora)) (?:eu )?(?:\w+ ){{0,3}}{_FUTURE_PT}(?!.*\bsem voce)",
         r"(?:nao tem|sem|nao existe|nao ha) (?:mais )?(?:\w+ )?(?:amanha|futuro|proximo ano|"
         r"ano que vem) (?:\w+ )?(?:para mim|comigo)(?: \w+)?$"),
    _cue("hopeless", EXPLICIT, EN, rf"(?:can not|could not|do not|never) (?:really )?(?:picture|"
         rf"imagine|see) (?:myself|me) (?:\w+ ){{0,3}}{_FUTURE_EN}(?!.*\bwithout you)",
         r"(?:there is no|no) (?:\w+ )?(?:tomorrow|future|next year|version of (?:me|next year|"
         r"the future)) (?:\w+ ){0,2}(?:for me|with me|has me|me in it|i am in)(?: \w+)?$",
         r"what is (?:even )?the point (?:of (?:it|this|anything|trying|living|life|any of it|"
         r"it all) )?anymore",
         r"what is (?:even )?the point of (?:it all|any of it|anything|living|life|trying|going "
         r"on|existing)"),
    _cue("hopeless_futile", 2, BOTH, r"(?:para que|por que|why) (?:eu )?(?:\w+ ){0,2}(?:levantar|"
         r"acordar|continuar|tentar|sair da cama|get up|get out of bed|wake up|keep going|keep "
         r"trying|go on|try|stay|stick around|ficar aqui|continuar aqui)",
         r"(?:para que|por que|why) (?:eu )?(?:nasci|was i (?:even )?born)$",
         r"what is (?:even )?the point$",
         r"(?:nao existe|nao tem|there is no|no) (?:uma )?(?:versao|version) (?:\w+ )?"
         r"(?:de mim|of me)",
         r"(?:ja tentei|i (?:have )?tried) (?:de )?(?:tudo|todas|everything)"),
    _cue("hopeless_empty", 2, BOTH, r"nao sobrou nada de mim", r"nothing (?:left )?of me",
         r"(?:so|just) (?:a |uma )?(?:casca|shell)", r"(?:out of|ran out of|run out of|no more) "
         r"reasons", r"(?:sem|acabaram (?:os |meus )?) (?:mais )?(?:motivos|razoes)",
         r"nothing (?:left )?worth (?:saving|fighting for|living for)",
         r"o futuro e (?:\w+ )?(?:uma parede|um muro|escuro|preto|um buraco|nada|vazio)",
         r"the future (?:is|looks) (?:\w+ )?(?:a wall|dark|black|empty|blank|nothing)"),
    _cue("hopeless_lost", 2, BOTH, r"(?:caso perdido|lost cause)(?! (?:em|com|no|na|at|with|in)\b)",
         r"beyond (?:help|saving)"),
    # "ninguém pode me salvar", as "nobody can save me"; not the everyday "ninguém me salva
    # (dessa prova)".
    _cue("hopeless_helpless", 2, BOTH, r"ninguem (?:\w+ )?(?:conserta|consegue consertar|pode "
         r"(?:me )?(?:ajudar|salvar)|consegue me (?:ajudar|salvar))",
         r"(?:nobody|no one) can (?:fix|help|save) (?:me|this)"),
    _cue("hopeless_trapped", 2, BOTH, r"(?:sem|nenhuma) (?:\w+ )?(?:porta|portas|saida)",
         r"no (?:\w+ )?(?:door|doors|exit)", r"(?:every|todas as|toda) (?:\w+ )?(?:door|porta)s? "
         r"(?:\w+ ){0,3}(?:locked|trancad\w*|fechad\w*)"),
    _cue("hopeless_stopped", 2, BOTH, r"stopped (?:knocking|trying|fighting)",
         r"(?:parei|desisti|cansei|cansad[oa]) de (?:tentar|lutar|bater)",
         r"(?:done|tired of) (?:trying|fighting)$"),
    _cue("hopeless_image", 2, BOTH, r"minha vida (?:virou|e|ta|esta) (?:um|uma) (?:\w+ )?"
         r"(?:corredor|buraco|prisao|inferno|pesadelo|tunel|poco)",
         r"my life is (?:a|an|one) (?:\w+ )?(?:hell|prison|nightmare|tunnel|hole|pit)"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:nao tenho|i have no|i do not have (?:a|any)) (?:\w+ )?"
         r"(?:futuro|future)(?: nenhum| at all)?(?: \w+)?$", r"(?:cansei|cansad[oa]) de ser eu",
         r"(?:tired|sick) of being me"),
    _cue("hopeless_worthless", 2, BOTH, r"(?:para|pra) (?:que|q) (?:eu )?sirvo",
         r"nao sirvo (?:para|pra) nada", r"i am (?:good for nothing|useless|worthless)",
         r"what good am i", r"sou uma? (?:vergonha|fracasso|lixo)", r"i am (?:a )?(?:disgrace|"
         r"failure|waste)"),
    _cue("hopeless_nothing", 2, BOTH, r"nothing (?:\w+ ){0,2}matters", r"nada (?:\w+ ){0,3}importa",
         r"nothing ever will$", r"(?:nao tem|sem) conserto", r"beyond repair"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:no|nao (?:tem|ha)) light at the end(?: of the tunnel)?$",
         r"(?:nao (?:tem|ha|vejo)|sem) (?:nenhuma )?luz no fim(?: do tunel)?$"),
    _cue("hopeless_after", 1, BOTH, r"(?:nao tem )?nada depois (?:disso|dela|dele|daqui)",
         r"nothing (?:after|beyond|past) (?:this|that|it)"),
)


# -- Said in passing: constructions a second probe showed (docs/care.md, batch 7) -----------
# Risk said in the grammar of everyday chat rather than in a word of dying: the survivor's
# wish ("queria ter ido no seu lugar", "wish it was me instead of you"), an illness hoped
# worse, no plan to be alive by a date, a means within reach (a safe left unlocked, knowing
# where it is kept) and the hour nobody is watching, a step towards the edge, the dead one
# as the object before the verb ("quero te encontrar logo"), going with them said last in
# the clause, "after I'm gone", "this is goodbye", the pet's new keeper, cutting "again" or
# at the wrist, the urge named, nothing left to live for, not keeping going.
_ILLNESS = (r"(?:febre|doenca|gripe|tosse|dor|infeccao|cancer|tumor|virus|pneumonia|fever|"
            r"illness|sickness|disease|flu|infection|tumou?r)")
_GUARDED = (r"(?:arma|revolver|pistola|espingarda|rifle|gun|pistol|cofre|safe|remedios?|"
            r"comprimidos?|pills|meds|armario de remedios|medicine cabinet)")
_NEAR_SOON = r"(?:logo|em breve|hoje|ja ja|soon|tonight)"
# "Queria estar aí com você no natal passado, no hospital" is a wish about the past: grief.
_BACK_THEN = lazy(_VISIT.pattern + r"|\b(?:passado|passada|ontem|naquele|naquela|hospital|"
                  r"last (?:christmas|year|week|night|summer)|that (?:day|night)|no final|"
                  r"at the end)\b")

SAID_IN_PASSING: tuple[Cue, ...] = (
    _cue("passive", EXPLICIT, PT, r"(?:queria|quero|preferia|era para) (?:eu )?ter (?:morrido|"
         r"partido|sido eu) (?:\w+ ){0,2}?(?:no seu lugar|no lugar d\w+|em vez de voce|"
         r"antes de voce)", rf"(?:queria|quero|preferia|era para) (?:eu )?ter ido (?:no seu lugar|"
         rf"em vez de voce|antes de voce)(?: {_DEAD_ONE})?$",
         rf"{_WANT} (?:que )?(?:fosse|tivesse sido) eu (?:\w+ ){{0,4}}?(?:no seu lugar|em vez de "
         r"voce|e nao voce)"),
    _cue("passive", EXPLICIT, EN, rf"{_WANT} (?:that )?(?:it )?(?:was|were|had been) (?:me|i) "
         r"(?:\w+ ){0,4}?(?:instead of you|and not you)",
         r"should have been me (?:instead of|not) you"),
    _cue("passive", EXPLICIT, BOTH, rf"{_WANT} {_gap(4)}{_ILLNESS} {_gap(3)}(?:me lev\w*|take me|"
         r"takes me|took me|acab\w* comigo|finish me)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:seria|ia ser|era|would be|it would be) (?:\w+ )?(?:melhor|"
         r"bom|mais facil|mais simples|better|easier) (?:eu|que eu|para mim|for me to|if i just) "
         r"(?:morrer|morresse|sumir|sumisse|die|died|disappear\w*)"),
    _cue("illness_worse", 2, BOTH, rf"{_WANT} {_gap(3)}{_ILLNESS} {_gap(1)}(?:piorar|piore|"
         r"piorasse|get worse|gets worse|got worse|spread\w*|be serious|seja grave|ser grave)"),
    _cue("relief_hit", 2, BOTH, rf"(?:se|if) (?:i |eu )?(?:got |get |was |were |fosse |for )?"
         rf"(?:hit by|run over by|atropelad[oa] por|pego por) (?:a |an |the |um |uma |o )?"
         rf"{_VEHICLE}"),
    _cue("indifferent", 2, BOTH, r"(?:would|will) (?:not |even |really |honestly )*mind"
         # (batch 33: not the weather, "I wouldn't mind if it rained all week", a contrast the
         # stem model retrained on batch 33 lifted over its threshold with this cue)
         r"(?: (?:if|that|it)\b(?! (?:it )?(?:rain\w*|snow\w*|pour\w*|storm\w*|was (?:cold|hot|"
         r"sunny|rainy|windy|cloudy)|stayed (?:cold|hot|sunny|rainy|cloudy)))|$)",
         r"nao (?:ia|iria) (?:nem )?(?:ligar|me importar)(?: se\b|$)",
         # (batch 27: "nem" first, "eu nem ia ligar", a batch 24 message the stem model retrained
         # on batch 27 let go)
         r"(?<!\bnao )nem (?:ia|iria) (?:ligar|me importar|achar ruim)(?: se\b|$)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:do not|not|never|nao|nem) (?:plan|planning|expect|"
         r"expecting|intend|intending|pretendo|planejo|espero) (?:on |to )?(?:be |being |still be "
         r"|estar |ficar |continuar |chegar )?(?:alive|viv[oa]|vivendo)"),
    _cue("not_here", 2, BOTH, r"(?:do not|not|nao) (?:plan|expect|intend|pretendo|planejo) "
         r"(?:on |to )?(?:be |being |estar )(?:here|around|aqui) (?:by|until|at|next|in|no|na|"
         r"ate)"),
    # A plan kept to oneself: the thing bought and not named, then the end; "do it" with a
    # day, while nobody is watching.
    _cue("acquire_unnamed", 1, BOTH, r"(?:ordered|bought|got|comprei|encomendei|pedi|consegui) "
         r"(?:the |some |o |a |os |as |aquel[ae]s? )?(?:stuff|thing|things|coisa|coisas|negocio)"
         r"(?! (?:for|para|de|do|da|pro|pra)\b)"),
    _cue("finality", 2, BOTH, r"(?:then|and then|depois disso|e ai|ai) (?:it is |its |it will be |"
         r"everything is |tudo )?(?:done|over|acaba|acabou|termina|terminou)$"),
    _cue("do_it", 2, EN, r"(?:going to|gonna|will) do it (?:this weekend|tomorrow|on \w+day|"
         r"next week|when|while|before|after)"),
    _cue("unwatched", 1, BOTH, r"(?:when|while|once) (?:\w+ ){1,2}(?:is|are|goes|go) "
         r"(?:\w+ )?(?:out|away|asleep|at|gone|sleeping|traveling)",
         r"(?:when|while) (?:\w+ ){1,2}(?:works nights|leaves|sleeps)",
         r"(?:o )?(?:horario|hora) (?:que|em que) (?:\w+ ){1,2}(?:sai|saem|dorme|dormem|viaja)",
         r"(?:enquanto|quando) (?:\w+ ){1,2}(?:estiver|tiver|sair|for) (?:\w+ )?(?:fora|viajando|"
         r"dormindo|trabalhando|no trabalho|na casa)",
         r"sozinh[oa] em casa", r"home alone",
         r"(?:ninguem|nobody|no one)(?: is)? (?:em casa|home)"),
    _cue("plan_unlocked", 2, BOTH, rf"{_GUARDED} (?:\w+ ){{0,3}}(?:destrancad\w*|sem (?:chave|"
         r"tranca|cadeado)|unlocked)"),
    _cue("plan_step", 2, BOTH, r"(?:dei|dar|dando) (?:um )?passo (?:para|a) (?:frente|o trilho|"
         r"os trilhos|a beira|o vazio)", r"step(?:ped|ping|s)? (?:forward|closer|toward the "
         r"(?:edge|tracks|rail))", r"(?:too|so|really|way too) close to the (?:edge|tracks|rail)",
         r"(?:perto|pertinho) demais d[ao] (?:beira|borda|beirada|trilhos?|linha)"),
    # The reunion: the pronoun before the verb, going with them said last.
    _cue("reunite", EXPLICIT, BOTH, rf"{_WANT} {_gap(2)}(?:te|ti) (?:ver|encontrar|reencontrar|"
         rf"seguir) {_gap(2)}{_NEAR_SOON}", rf"(?:{_INTEND}|eu) {_gap(2)}(?:te|ti) (?:encontrar|"
         rf"reencontrar|seguir) {_gap(2)}{_NEAR_SOON}",
         rf"{_WANT} (?:to )?(?:see|join) you (?:again )?{_NEAR_SOON}", unless=_VISIT),
    _cue("reunite", EXPLICIT, BOTH, rf"{_WANT} {_gap(2)}(?:to )?(?:ir|go|come|partir|leave) "
         r"(?:embora |junto |along )?"
         rf"(?:com voce|contigo|(?:para )?junto de voce|with you|to you)(?: {_DEAD_ONE})?$",
         rf"me lev\w* (?:junto|tambem|para (?:ai|la))(?: com voce| contigo)?(?: {_DEAD_ONE})?$",
         r"let me (?:come|go) (?:and )?(?:be with|join|to) you", r"take me (?:along|too)",
         unless=_VISIT),
    _cue("reunite", 2, BOTH, rf"{_WANT} {_gap(2)}(?:to )?(?:be|estar|ficar) (?:junto )?(?:com voce|"
         rf"contigo|junto de voce|with you)(?: again| de novo| para sempre| forever)?"
         rf"(?: {_DEAD_ONE})?$", unless=_VISIT),
    # ... going up to heaven or where they are, with them; a seat kept for me.
    _cue("reunite", EXPLICIT, BOTH, rf"{_WANT} {_gap(2)}(?:to )?(?:ir|go|be|estar|esta|ficar|morar|"
         rf"live) (?:\w+ ){{0,2}}?(?:{_HEAVEN}|ai|where you are|onde voce (?:esta|ta)) (?:\w+ )"
         r"{0,2}?(?:com voce|contigo|with you)",
         rf"{_WANT} {_gap(2)}(?:to )?(?:ir|go|be|estar|esta|ficar) (?:com voce|contigo|with you) "
         rf"(?:\w+ ){{0,2}}?(?:{_HEAVEN}|ai)\b",
         rf"{_WANT} {_gap(2)}(?:to )?(?:ir|go|be|estar|ficar) (?:para |to |in )?(?:o |the )?(?:ceu|"
         r"paraiso|heaven)(?: (?:com voce|contigo|with you))?$", r"be where you are",
         r"(?:vou|to indo|estou indo|chego) (?:ai|la) (?:te ver|te encontrar|ficar com voce)",
         rf"(?:save|keep|hold) (?:me )?(?:a|my|the|that|your) (?:\w+ )?(?:seat|spot|place|chair)"
         rf"(?: for me)?(?: (?:next to|by|beside|with) you)?(?: up there)?(?: {_DEAD_ONE})?$",
         rf"(?:guarda|reserva|segura|separa) (?:um |o |meu |aquele )?(?:lugar|lugarzinho|cantinho|"
         rf"cadeira)(?: (?:para|pra) mim)?(?: (?:do seu lado|ao seu lado|perto de voce|com voce|ai|"
         rf"ai em cima|no ceu))*(?: {_DEAD_ONE})?$", unless=_BACK_THEN),
    # Farewell: after I am gone, this is goodbye, the pet's new keeper, found.
    _cue("farewell_after", 2, BOTH, r"(?:after|once) i am (?:gone|dead|not here|no longer here)",
         r"depois (?:que|q) eu (?:for|partir|morrer|me for|nao estiver (?:mais )?aqui)$"),
    _cue("farewell", 2, BOTH, r"(?:it is|its|this is|e|eh) (?:my|minha|o meu|a minha) "
         r"(?:goodbye|despedida|adeus)$",
         # a goodbye said without saying so: "he just has not told them it was goodbye"
         r"(?:i|eu) (?:\w+ ){0,3}(?:not|nao) (?:\w+ ){0,2}(?:told|tell|said|say|falei|contei|"
         r"disse) (?:\w+ )?(?:it was|que era) (?:a |um |my |minha )?(?:goodbye|despedida|adeus)"),
    _cue("farewell", 2, BOTH, rf"(?:this|isso|essa|esta|aqui) (?:is|e) (?:um |o |my |minha |a |"
         rf"meu )?(?:goodbye|adeus|despedida)(?: {_DEAD_ONE})?$"),
    _cue("farewell_found", 2, BOTH, r"(?:when|once|after) (?:\w+ ){0,2}(?:finds?|found) me"
         r"(?! \w+ing)", r"quando (?:\w+ ){0,2}me (?:achar|acharem|encontrar|encontrarem)"
         r"(?! \w+ndo)"),
    _cue("plan_there", 2, BOTH, r"(?:to|estou|i am) (?:\w+ )?(?:na|no|em cima da|em cima do|on|at|"
         r"on top of) (?:the |a |o )?(?:ponte|viaduto|trilhos?|linha do trem|telhado|laje|terraco|"
         r"penhasco|bridge|overpass|tracks|roof|rooftop|ledge|cliffs?)"
         r"(?: (?:agora|right now|now))?$",
         unless=_VIEW),
    _cue("farewell_entrust", 2, BOTH, r"(?:cachorro|cachorra|gato|gata|dog|cat|pet|passarinho) "
         r"(?:\w+ )?(?:fica|ficar|vai ficar|stays|will stay|goes|will go|can stay|can live) "
         r"(?:com|with)"),
    # Self-harm: cutting again, at the wrist, the urge named, "sh" as a verb.
    _cue("self_harm", EXPLICIT, BOTH, r"(?:me )?(?:cortei|risquei) (?:de novo|outra vez|mais uma "
         r"vez|again)(?! (?:o|a|os|as|meu|minha|meus|minhas|um|uma|the|my)\b)",
         r"(?:cort|risc)\w* (?:o |os |meu |meus |minha |minhas )?pulsos?",
         rf"(?:cort|risc)\w* (?:o |a |os |as |meu |minha |meus |minhas )?(?:{_BODY}) "
         r"(?:de novo|outra vez|again)",
         r"(?:urges?|cravings?) (?:to|de) (?:cut|sh|burn|carve|hurt|me cortar|riscar)"
         r"(?=$| (?:myself|again|is|are|was|were|so|right|tonight|today|really|keeps?|came|"
         r"comes|hits?|bad))",
         r"(?:i|eu) sh", r"sh (?:again|de novo|last|yesterday|ontem|hoje|today|tonight)"),
    # Hopelessness: nothing to live for, not keeping going, only the rest left to end.
    _cue("hopeless", EXPLICIT, BOTH, r"(?:nothing|no one|nobody|nada|ninguem) (?:\w+ )?(?:left |"
         r"mais )?(?:to live for|worth living for|pelo que viver|por quem viver|para viver)",
         r"(?:hate|odeio) (?:being alive|existing|estar viv[oa]|existir|my existence|"
         r"minha existencia)(?: (?:so much|anymore|tanto|demais))?$"),
    _cue("hopeless_cannot", 2, EN, r"(?:can not|could not) (?:keep going|keep doing this|keep on|"
         r"go on) (?:like this|anymore|any longer)"),
    _cue("hopeless_rest", 2, PT, r"(?:so )?falta (?:eu|mim|o resto|a minha vez)(?: \w+)? (?:acabar|"
         r"ir|partir|morrer|terminar)"),
)

# -- Said alone: a bare statement is the whole message (docs/care.md, batch 8) ---------------
# A grandchild who writes only "tenho um plano", "i have a rope", "relapsed", "vou pular" or
# "im coming grandma" to their dead grandparent has said it for a reason: in the field's
# practice such a message is asked about safety, however plain its words. The same words with
# anything more said ("tenho um plano pro fds", "i have a rope swing", "vou pular carnaval",
# "to indo vó, no cemitério") are that thing, so these forms count only when the message
# says nothing else than them: an address to the dead one, a time, "again", "for good", an
# apology, in the same clause or in clauses of their own, are all it may add (_BARE_TAIL).
# (batch 25: a parent addressed as well as a grandparent, "faca e sangue de novo mãe")
_BARE_TAIL = (rf"(?:{_DEAD_ONE}|vovo|nana|mae|mamae|pai|papai|mom|mum|dad|mommy|mummy|daddy|"
              r"ok|please|por favor|desculpa|sorry|ja|logo|"
              r"(?:para |for )?(?:hoje|amanha|tonight|today|tomorrow)(?: a noite)?|agora|now|"
              r"right now|a noite|de noite|(?:essa|esta) noite|ontem(?: a noite)?|last night|"
              r"yesterday|de novo|outra vez|again|for good|de vez|para sempre|forever)")
_ADDRESS = lazy(rf"{_BARE_TAIL}(?: {_BARE_TAIL})*")


def _alone(*cores: str) -> str:
    """A bare statement: one of `cores`, with nothing around it but _BARE_TAIL."""
    return rf"^(?:{_BARE_TAIL} )*(?:{'|'.join(cores)})(?: {_BARE_TAIL})*$"


# Means that are held, not used: a rope, a gun, a blade (a knife is the kitchen's), and the
# pills when they are "the" pills or all of them ("tenho remédio em casa" answers a question
# about a cold, "got my meds" is a refill). "My dads gun", "os dois comprimidos": one word
# ending in s may come before the means.
_PILLS = r"(?:comprimidos|remedios?|pilulas|cartelas?|pills|tablets|meds)"
_HELD = (r"(?:(?:(?:a|o|as|os|uma|um|umas|uns|minha|meu|minhas|meus|essa|esse|the|some|my|"
         r"all the|all my|enough) )?(?:\w+s )?(?:new )?(?:cordas?|arma|revolver|pistola|veneno|"
         r"gilete|laminas?|navalha|rope|noose|gun|pistol|poison|blades?|razor)|(?:os|as|the|"
         rf"todos os|todas as|all the|all my|enough|a cartela|a caixa|the box|the bottle) "
         rf"(?:\w+s )?{_PILLS})")
_HOLDER = (r"(?:do meu pai|da minha mae|do meu avo|da minha avo|do meu irmao|da minha irma|"
           r"do vo|da vo|do vovo|da vovo|dele|dela)")
_AT_HAND = (r"(?:aqui|comigo|na (?:minha )?mao|nas (?:minhas )?maos|no (?:meu )?quarto|"
            r"na (?:minha )?gaveta|debaixo da cama|guardad[oa]s?|escondid[oa]s?|prontos?|"
            r"prontas?|in my hands?|here|with me|in my room|in my drawer|under my bed|hidden|"
            r"ready)")
_HIGH_PT = (r"(?:ponte|viaduto|predio|telhado|laje|terraco|penhasco|precipicio|abismo|janela|"
            r"sacada|trilhos?|linha do trem|plataforma)")
_HIGH_EN = r"(?:bridge|building|roof|cliff|platform|tracks|window|balcony|overpass)"
_DAY = (r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)")

BARE: tuple[Cue, ...] = (
    # A means held or acquired, said and nothing more; someone else's gun or pills taken.
    _cue("means_held", EXPLICIT, BOTH, _alone(
        r"(?:eu )?(?:ja )?(?:tenho|to com|estou com|comprei|consegui|arrumei|arranjei|juntei|"
        rf"separei|guardei) {_HELD}(?: {_AT_HAND})?",
        rf"(?:eu )?(?:ja )?(?:peguei|tenho|to com|estou com|roubei) {_HELD} {_HOLDER}"
        rf"(?: {_AT_HAND})?",
        r"(?:i )?(?:have|got|have got|bought|grabbed|stole|am holding|holding) "
        rf"{_HELD}(?: {_AT_HAND})?", rf"{_HELD} (?:is|are|ta|tao|esta|estao) {_AT_HAND}"),
        scope="alone"),
    # A plan or a decision that names nothing, a day that is "the" day.
    _cue("plan_bare", EXPLICIT, BOTH, _alone(
        r"(?:eu )?(?:ja )?tenho (?:um |o |meu )?plano(?: pronto| feito)?",
        r"(?:ja )?(?:ta|esta) (?:tudo )?(?:planejado|decidido)",
        r"(?:eu )?(?:ja )?(?:tenho|deixei|ta|esta) tudo (?:planejado|decidido|pronto)",
        r"(?:eu )?(?:ja )?(?:planejei|decidi)(?: tudo)?",
        r"(?:eu )?(?:ja )?sei (?:exatamente )?(?:como|quando|onde) (?:vou fazer|fazer|vai ser)",
        r"(?:hoje|amanha) (?:e|vai ser) (?:o dia|a noite)", r"(?:ja )?escolhi (?:o dia|a data)",
        r"(?:i )?(?:have|got|made|have got) (?:a |the |my )?plan(?: ready)?",
        r"(?:it is|its) decided", r"(?:i have |i )?(?:decided|made up my mind)",
        r"(?:i have |i )?(?:planned|figured) (?:it all|everything|it)(?: out)?",
        r"(?:i )?(?:have|got) (?:it all|everything) (?:planned|figured)(?: out)?",
        r"(?:i )?know (?:exactly )?(?:how|when|where) (?:i will|i am going to|to) do it",
        r"(?:today|tonight|tonights|tomorrow) (?:is )?the (?:night|day)",
        r"(?:i )?(?:picked|chose|set) (?:the|a) (?:date|day)",
        rf"(?:{_DAY}|hoje|amanha|tonight|tomorrow|(?:essa|esta) noite) (?:eu |i )?"
        r"(?:vou|go|will go)",
        r"(?:ja )?(?:tenho|criei|juntei|achei) (?:a )?coragem",
        r"(?:i )?(?:have|got|found) the (?:courage|nerve)",
        r"everything is (?:ready|set)", r"i (?:have|got) everything ready"), scope="alone"),
    # A jump, or standing at the edge of something high, said plainly.
    _cue("plan_jump_bare", EXPLICIT, BOTH, _alone(
        r"(?:eu )?(?:vou|vo|i am going to|going to|gonna|i am gonna|i will|i am|i am about to) "
        r"(?:me )?(?:pular|pula|jogar|joga|atirar|jump|jumping)(?: (?:daqui|dali|de la|off|"
        r"off (?:it|this|here)|from here))?",
        rf"(?:eu )?(?:to|estou|i am|standing|sitting|parad[oa]|sentad[oa]|em pe) (?:aqui )?"
        rf"(?:na|no|on|at) (?:the |a |o )?(?:beira|beirada|borda|edge|ledge|parapeito)"
        rf"(?: d[oa] {_HIGH_PT}| of (?:the |a )?{_HIGH_EN})?"), scope="alone"),
    # A relapse, with nothing said of what into ("relapsed into sweets" is the sweets).
    _cue("self_harm", EXPLICIT, BOTH, _alone(
        r"(?:i |eu )?(?:relapsed|relapse|relapsing|recai|tive (?:uma )?recaida|had a relapse)"),
        scope="alone"),
    # Going to the dead one, now, said and nothing more: "to indo vó", "im coming grandma".
    _cue("reunite_bare", EXPLICIT, BOTH, _alone(
        r"(?:eu )?(?:ja )?(?:to|estou) (?:indo|chegando|a caminho|subindo)(?: (?:ai|la|"
        r"para ai|para la))?(?: (?:te ver|te encontrar|ficar com voce|com voce))?",
        r"(?:eu )?(?:ja )?vou (?:ai|la|para ai|para la)(?: (?:te ver|te encontrar|ficar com "
        r"voce))?",
        r"daqui a pouco (?:eu )?(?:to|estou|chego) (?:ai|la)(?: com voce)?",
        rf"(?:(?:hold on|wait|wait for me) (?:{_DEAD_ONE} )?)?"
        r"(?:i am |i will be )?(?:coming|on my way|heading (?:up|your way))(?: home)?"
        r"(?: to (?:you|see you|get you|be with you|join you))?",
        r"(?:i will )?be there soon",
        # a meeting tonight with the dead one ("in my dreams" is taken out as an idiom)
        rf"(?:see you|te vejo) (?:soon |logo )?(?:{_DEAD_ONE} )?(?:tonight|(?:hoje|essa) a noite|"
        r"essa noite)"), scope="alone"),
    # Goodbye to a letter left for the family, said and nothing more.
    _cue("farewell", EXPLICIT, BOTH, _alone(
        rf"(?:eu )?(?:ja )?(?:deixei|left) (?:uma |um |a )?{_LETTER} (?:para|for) (?:a |o |minha |"
        r"meu |my )?(?:mae|pai|irma|irmao|familia|todos|mom|dad|mother|father|sister|brother|"
        r"family|everyone)", r"(?:eu )?(?:ja )?escrevi (?:as|todas as|minhas) cartas",
        r"(?:i )?(?:wrote|have written|finished) (?:the|all the|my) (?:letters|notes)"),
        scope="alone"),
)

# Said across clauses: a kit listed and then what it is "for after"; letters, then one for
# each person named.
ACROSS: tuple[Cue, ...] = (
    _cue("self_harm_after", 2, BOTH, r"(?:curativos?|bandaids?|band aids?|gaze|gauze|bandages?|"
         r"kit) (?:\w+ ){0,8}?(?:for after|para depois)$", scope="message"),
    _cue("farewell_letters", 2, BOTH, rf"{_LETTER} (?:\w+ ){{0,3}}?(?:one|uma|um) (?:for|para) "
         r"(?:\w+ ){1,2}(?:one|uma|um) (?:for|para) ", scope="message"),
    _cue("active", EXPLICIT, BOTH, rf"^{_DIE} (?:e|is|eh) (?:so |tudo |all )?(?:isso |o |that )?"
         r"(?:que |what )?(?:eu |i )?(?:quero|queria|want)(?: (?:hoje|agora|now|today|tonight|"
         r"right now))?$", scope="message"),
    _cue("self_harm", EXPLICIT, BOTH, rf"(?:fiz|did it|done it|did) (?:de novo|outra vez|again) "
         rf"(?:n[oa]s?|on|in) (?:my |meu |minha |meus |minhas )?(?:{_BODY})", scope="message"),
)

# -- Typed late at night: what batch 9 found ---------------------------------------------------
# A probe written as a teenager types on a phone at night (long messages with the risk in
# one clause, phonetic spelling, emoji for words, prayers, metaphors of a battery or a game)
# showed forms the lists above did not hold: wishing to be in the coffin, death said and
# then "that's all I want", not being able to stop cutting, not caring whether one wakes,
# life as a game over, the reunion "not in a dream", the going "together" soon, a plan set
# for a day with the house empty or the parent on the night shift, "nobody will know",
# something left "in case she needs it later", "tomorrow they'll understand".
_COFFIN = r"(?:caixao|coffin|casket|cova|tumulo|grave)"
_KIN = r"(?:vo|avo|vovo|vozinha|mae|mamae|pai|papai)"
_KIN_S = r"(?:nanas|grandmas|grandpas|grannys|moms|dads|mothers|fathers|parents)"

LATE_NIGHT: tuple[Cue, ...] = (
    _cue("passive", EXPLICIT, BOTH, rf"{_WANT} (?:que )?(?:eu )?(?:(?:estar|estivesse|ficar|"
         rf"deitar|to be|be|i was|i were|lying) )?(?:(?:in|no|num|dentro d[eo]|naquele|naquela) "
         rf"(?:that |the |a |my )?)?{_COFFIN}",
         rf"(?:{_WANT}|give anything|daria tudo) {_gap(4)}(?:be|ser|fosse|estar) (?:the one |eu )?"
         rf"(?:in|no|naquele|naquela|nesse|neste|dentro d\w+) (?:that |the |a )?(?:box|{_COFFIN})"),
    _cue("self_harm", EXPLICIT, BOTH, r"(?:can not|could not|nao consigo|nao consegui) "
         r"(?:stop|parar de) (?:cutting(?=$| (?:again|myself|tonight|at night|every|and|so|"
         r"anymore|lately))|burning myself|hurting myself|scratching myself|me cortar|"
         r"me machucar|me queimar|me arranhar|me ferir)"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:tanto faz|whatever|who cares|nao importa|"
         r"(?:it )?does not matter) (?:se|if) (?:eu |i )?(?:acordar|acordo|wake up|wake|live|die|"
         r"morr\w*|viver|vivo|exist\w*)(?: (?:amanha|tomorrow|hoje|today|tonight|again|de novo|"
         r"ou nao|or not))*$"),
    _cue("hopeless_game", 2, BOTH, r"(?:my life|minha vida) (?:(?!(?:not|nao|never|nunca)\b)\w+ )"
         r"{0,4}game over"),
    _cue("reunite_real", 2, BOTH, r"(?:not|nao|nem) (?:in a|in my|em|no|num|em um) "
         r"(?:dream|sonho)s?"),
    _cue("reunite_together", 2, BOTH, r"logo (?:logo )?(?:a gente|nos) (?:\w+ ){0,2}junt[oa]s?$",
         unless=_VISIT),
    _cue("secret", 1, BOTH, r"(?:ninguem|nobody|no one) (?:vai|will|is going to) (?:\w+ )?(?:saber|"
         r"know|find out)$"),
    _cue("unwatched", 1, BOTH, r"(?:casa|house) (?:\w+ ){0,2}(?:vazia|empty)", r"empty house",
         r"(?:on|no|de|in) (?:the )?(?:night shift|plantao|turno da noite)",
         # not the writer's own shift (batch 20: "é porque tô de plantão")
         unless=lazy(r"\b(?:to|estou|tou|eu|i am|i) (?:\w+ )?(?:de plantao|no plantao|on "
                     r"(?:the )?night shift|no turno da noite)\b")),
    _cue("plan_set", 2, BOTH, rf"(?:everything|tudo|all)(?:s| is)? (?:\w+ )?(?:set|ready|pronto|"
         rf"preparado|planejado|certo) (?:for|para|pro|pra) (?:o |a )?(?:{_DAY}|tonight|tomorrow|"
         r"amanha|hoje|essa noite)$"),
    _cue("farewell_after", 1, BOTH, r"(?:caso|in case|se) (?:\w+ ){0,2}(?:precise|precisar|needs?) "
         r"(?:\w+ )?(?:depois|later|after)$"),
    # The dead one's (or a parent's) medicine taken from where it is kept; my name beside
    # theirs on the stone soon; the urge back and given in to (1: it is also sweets).
    _cue("plan_taken_from", 2, BOTH, rf"(?:got|took|stole|grabbed) (?:\w+ ){{0,2}}(?:{_MEANS_EN}) "
         rf"(?:from|out of) (?:my )?{_KIN_S}(?: \w+)? (?:cabinet|drawer|nightstand|medicine box)",
         rf"(?:peguei|roubei|tirei|pegar) (?:\w+ ){{0,2}}(?:{_MEANS_PT}) "
         rf"(?:(?:da|do) (?:minha |meu )?{_KIN}(?: \w+)? (?:n[oa]|d[oa]) (?:armario|gaveta|criado)|"
         rf"(?:d[oa]|n[oa]) (?:armario|gaveta|criado) (?:d[oa]|da minha|do meu) {_KIN})"),
    _cue("reunite_beside", 2, BOTH, r"logo (?:\w+ ){0,3}(?:o meu|meu nome|o meu nome|mine|my name) "
         r"(?:\w+ ){0,2}(?:do lado|ao lado|next to (?:it|yours|you))", unless=_VISIT),
    _cue("urge", 1, BOTH, r"(?:the )?urges? (?:came back|is back|are back|won|got me)",
         r"gave in(?: to (?:it|the urge))?$", r"voltou a vontade", r"a vontade voltou",
         r"cedi (?:a vontade|de novo)"),
)

# ... and said with something more, these plain forms still weigh: a day and a going that
# names no destination ("sábado eu vou"), a relapse after days counted clean, doing it
# "again" on the body, the goodbye to everyone, no way out for me, "eu me mato".
_COUNT = (r"(?:\d+|uns|umas|alguns|algumas|two|three|four|five|six|dois|duas|tres|quatro|cinco|"
          # (batch 27: spelled out, "noventa dias limpa", "ninety days clean")
          r"seis|sete|oito|nove|dez|quinze|vinte|trinta|quarenta|cinquenta|sessenta|noventa|cem|"
          r"cento e \w+|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|"
          r"(?:a |one )?hundred(?: and \w+)?) (?:dias|semanas|meses|anos|days|weeks|months|years)")
_CLEAN_FOR = rf"(?:limp[oa]s?|clean) (?:(?:ha|for|por|faz) )?{_COUNT}"
_BROKE = r"(?:broke|lost|recai|relapsed|slipped|estraguei|quebrei|perdi|cortei|cut)"

PLAIN: tuple[Cue, ...] = (
    _cue("plan_day", 1, BOTH, rf"^(?:no |na |on |this |next )?(?:{_DAY}|hoje|amanha|tonight|"
         rf"tomorrow|(?:essa|esta) noite)(?: a noite)? (?:eu |i )?(?:vou|faco|will go|go|will do "
         rf"it|do it|i will)(?: {_DEAD_ONE})?$"),
    _cue("self_harm", EXPLICIT, BOTH, rf"(?:{_CLEAN_FOR}|{_COUNT} (?:\w+ )?(?:limp[oa]s?|clean)) "
         rf"(?!(?:de|from|do|da|of|off)\b)(?:\w+ ){{0,2}}?(?:e|and|mas|but) (?:i |eu )?{_BROKE}",
         # (batch 27: clean from the harm itself: "90 days clean from cutting and I broke it")
         rf"(?:{_CLEAN_FOR}|{_COUNT} (?:\w+ )?(?:limp[oa]s?|clean)) (?:from|of|de|sem) "
         rf"(?:cutting|self harm\w*|sh|harming myself|hurting "
         rf"myself|me cortar|me machucar|me ferir|cortes?) (?:\w+ ){{0,2}}?(?:e|and|mas|but) "
         rf"(?:i |eu )?{_BROKE}"),
    _cue("farewell", EXPLICIT, BOTH, r"(?:goodbye|adeus|farewell) (?:to |a )?(?:everyone|everybody|"
         r"todo mundo|todos|all of you|voces|pessoal|world|mundo)"),
    _cue("hopeless", EXPLICIT, PT, r"nao (?:tem|ha|existe) (?:mais )?(?:nenhuma )?saida (?:para|"
         r"pra) mim"),
    _cue("active", EXPLICIT, PT, r"me mato"),
    _cue("reunite_going", 2, EN, r"i am coming$", unless=_VISIT),
)


# -- Said late in life, or over a child's grave: what batch 10 found --------------------------
# A probe written as an old widow or widower writes to the late spouse (plain, polite,
# religious, often dictated without punctuation) and as a parent writes to a child who died
# showed risk said in the forms of that life: medicine, food or treatment stopped on purpose
# ("parei o remédio da pressão, pra quê?", "I haven't eaten in days and I don't intend to"),
# God asked to take me or not to let me see another morning, ready to go "whenever the Lord
# calls", the survivor's wish as trading places or as the coffin that should have been mine,
# the gas left on, the engine on in a closed garage, walking into the river and not out, a gun
# loaded, one's own things given away "and mine", the children's trouble or their care ending
# with me, no reason left to get up, not wanting to go on. A parent writing to a child speaks
# of herself in the third person ("a mamãe vai", "your mother's coming"): see _as_parent.
_GOD = (r"(?:deus|jesus|senhor|nosso senhor|nossa senhora|pai do ceu|god|lord|the lord|"
        r"good lord|heavenly father)")
_MEDS = (r"(?:remedios?|comprimidos?|pilulas|insulina|tratamento|quimio\w*|dialise|"
         r"hemodialise|pills|tablets|meds|medicines?|medication|insulin|treatment|chemo|"
         r"dialysis)")
_RISE_FROM_BED = (r"(?:levantar|acordar|sair da cama|get up|getting up|get out of bed|"
                  r"getting out of bed|wake up|waking up)")
# The trouble I cause, ended by my absence: "acabava a briga", "the fighting would stop".
_TROUBLE_ENDS = (r"(?:acaba\w*|termina\w*|para\w*|stops?|ends?|would (?:stop|end)) (?:a |as |o |"
                 r"os |the |all the |all (?:this|that) )?(?:briga|brigas|problemas?|"
                 r"preocupac\w*|confusao|despesas?|fighting|arguing|fights|worry|worrying|"
                 r"trouble|problems)")

# Where a living child is: a visit, a holiday, the town they live in.
_LIVING = lazy(_VISIT.pattern + r"|\b(?:lives|living|mora|morando|vive|vivendo|christmas|"
               r"natal|ferias|holidays?|visit\w*)\b")

# Another's body part, which a thing done on purpose was done to (batch 22).
_ANOTHERS_BODY = lazy(rf"\b(?:(?:{_BODY}|pes?|maos?|cara|rosto|dedos?|foot|feet|toes?|"
                      rf"hands?|face|fingers?) (?:dela|dele|delas|deles|d[ao] "
                      rf"(?!meu\b|minha\b)\w+)|(?:her|his|their) (?:{_BODY}|foot|feet|"
                      rf"toes?|hands?|face|fingers?))\b")
# Someone else stopping a treatment (batch 22): "were you scared when they stopped the chemo?",
# "he's chosen to stop dialysis" are the dead one's or a relative's care, not the writer's.
_OTHER_SUBJECT = lazy(r"\b(?:they|he|she|you|the doctors?|the nurses?|ele|ela|eles|elas|"
                      r"voce|vc|o senhor|a senhora|o medico|a medica|os medicos|o vo|a vo|"
                      r"grandpa|grandma|gran|mum|mom|dad|uncle|aunt|tio|tia)"
                      r" (?:\w+ )?(?:stopped|quit|refused|declined|parou|pararam|recusou|"
                      r"recusaram|desistiu|desistiram|suspendeu|suspenderam)\b")

LATE_LIFE: tuple[Cue, ...] = (
    # Medicine, food or treatment stopped (1), and said to be meant (2): "pra quê?", "and I
    # don't intend to", "the doctor doesn't need to know", waiting now, not minding when it
    # comes. Stopping alone is often the doctor's order or an illness.
    _cue("neglect", 1, BOTH, rf"(?:parei|deixei|larguei|parando|deixando|vou parar|nao tomo mais|"
         rf"nao vou (?:mais )?tomar|nao tomei mais|joguei fora) (?:de tomar |com )?(?:o |a |os |"
         rf"as |meu |minha |meus |minhas )?{_MEDS}",
         rf"(?:stopped|quit|stopping|quitting|not taking|flushed|threw away) (?:taking )?"
         rf"(?:\w+ ){{0,2}}{_MEDS}", r"no more (?:treatment|chemo|dialysis|pills|medicine)",
         r"(?:recusei|recusando|recuso|refused|refusing|refuse|declined) (?:\w+ ){0,2}(?:o |a |"
         r"the )?(?:tratamento|quimio|dialise|comida|treatment|chemo|dialysis|food)",
         r"(?:nao|nem|not) (?:\w+ ){0,2}(?:eating|eaten|comendo|comido)",
         unless=_OTHER_SUBJECT, unless_said=lazy(rf"\b{_PRESCRIBED}\b")),
    _cue("neglect_meant", 2, BOTH, r"^(?:e )?(?:para que|what for|why bother)$",
         r"(?:i )?(?:do not|nao|nem) (?:intend|plan|pretendo|planejo)(?: to)?(?: voltar|"
         r" start again)?$", r"(?:the doctor|o medico|a medica) (?:does not|nao) (?:need|needs|"
         r"precisa) (?:to )?(?:know|saber)"),
    _cue("waiting", 1, BOTH, r"(?:i am |to |estou |agora e )?(?:just |so )?(?:waiting|esperar|"
         r"esperando)(?: now| agora)?$"),
    _cue("indifferent", 2, BOTH, r"(?:will not|would not|nao vou|nao ia) (?:\w+ )?(?:mind|ligar|"
         r"me importar) (?:when|quando) (?:it|death|the end|the time|ela|a morte|a hora) "
         r"(?:comes|chegar|vier)"),
    # God asked to take me: "Lord, take me" (said across the comma), "if the Lord took me".
    _cue("passive", EXPLICIT, BOTH, rf"\b{_GOD} (?:please |por favor )?(?:take me|takes me|"
         r"call me home|me lev[ae]|me busc[ae])(?: (?:home|now|tonight|too|tambem|embora|"
         rf"logo|hoje)){{0,2}}(?: {_DEAD_ONE})?"
         r"(?: (?:i am|estou|to|eu estou) (?:ready|pront[oa]))?$", scope="message"),
    _cue("relief_if", 2, BOTH, rf"(?:se|if) {_GOD} (?:\w+ )?(?:took|takes|would take|called|"
         r"me levasse|me chamasse|levasse)"),
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_WANT}|ask|asking|asked|peco|pedi|pedindo|rezo|rezei|"
         rf"{_GOD}) {_gap(4)}{_NEVER} {_gap(3)}(?:ver|veja|see|wake up to|acordar para|give me|"
         r"grant me|me dar|me de|me der|me conceda) "
         r"(?:another|one more|outra|outro|mais uma|mais um) (?:morning|day|dawn|manha|dia|"
         r"amanhecer)"),
    # Ready to go when God calls (2), the sooner the better (1); "I'd rather go quietly".
    _cue("ready_to_go", 2, BOTH, r"(?:ready|pront[oa]) (?:to go|para (?:ir|partir)|to meet "
         rf"(?:my maker|the lord|god|him))(?: home)? (?:whenever|when|quando|assim que) "
         rf"(?:{_GOD}|he|ele) (?:\w+ )?(?:calls?|chamar|quiser|decides?|wants?)",
         r"(?:ready|pront[oa]) (?:to meet|para encontrar) (?:my maker|o criador)"),
    _cue("soon_better", 1, BOTH, r"the sooner the better", r"quanto (?:mais cedo|antes) melhor"),
    _cue("passive", 2, BOTH, r"(?:i would rather|prefiro|preferia) (?:just )?(?:go|ir|partir|"
         r"ir embora) (?:quietly|peacefully|em paz|quietinh[oa]|de mansinho|dormindo)$",
         r"(?:ja )?vivi (?:tudo )?o que (?:eu )?tinha (?:que |de |para )?viver",
         r"i have lived (?:long enough|enough|my life)$"),
    # The survivor's wish: trading places; the coffin or the ground that should be mine.
    _cue("passive", EXPLICIT, BOTH, r"(?:trocaria|trocava|trocar|trade|swap|switch) (?:de )?"
         r"(?:lugar|lugares|places) (?:com voce|with you)",
         rf"(?:devia|deveria|should) (?:ter )?(?:estar|ser|be|have been|ter sido) (?:eu )?(?:\w+ )?"
         rf"(?:in|no|naquele|nesse|num|dentro d[eo]) (?:that |the |a |this )?(?:{_COFFIN}|ground|"
         r"chao)"),
    # Means of the house and of a life: the gas left on, the engine on in a closed garage,
    # walking into the river and not out, a gun loaded (said across the sentence).
    _cue("means", 1, BOTH, r"(?:o |the )gas(?! (?:company|bill|station|man|mileage|da conta|"
         r"conta))", r"botijao"),
    # ... the gas left on weighs 1: an old person forgets it on every day ("esqueci o gás
    # ligado de novo"); "de propósito" or a thought every night makes it a plan.
    _cue("plan_gas", 1, BOTH, r"(?:deixei|abri|liguei|deixo|abro|ligo|left|turned|turn|leave|put) "
         r"(?:\w+ ){0,2}gas (?:\w+ )?(?:ligado|aberto|on)(?! (?:para|to) (?:o |the )?(?:cafe|"
         r"jantar|almoco|cha|chaleira|feijao|coffee|kettle|dinner|tea))",
         unless=lazy(r"\b(?:sem querer|por engano|esqueci|by accident|accidentally|forgot|"
                     r"by mistake)\b")),
    _cue("plan_fixed", 2, EN, r"i think about (?:it|them|that) (?:every (?:night|day|morning)|"
         r"all the time|constantly)"),
    _cue("plan_exhaust", 2, BOTH, r"(?:garagem|garage) (?:\w+ ){0,6}(?:carro|motor|engine|car) "
         r"(?:\w+ )?(?:on|ligad\w*|lig(?:ar|o|uei|asse)|start\w*)",
         r"(?:carro|motor|engine|car) (?:\w+ ){0,2}(?:on|ligad\w*|running) (?:\w+ ){0,6}"
         r"(?:garagem|garage)", unless=_DOOR_OPEN),
    _cue("plan_exhaust", EXPLICIT, BOTH, r"(?:lig\w*|start\w*|run\w*) (?:o |the )?(?:carro|motor|"
         r"car|engine) (?:\w+ ){0,3}(?:garagem|garage) (?:fechad\w*|closed|shut)"),
    _cue("plan_drowning", EXPLICIT, BOTH, r"(?:walk\w*|wad\w*|go\w*|entr\w*) in (?:and|e) "
         r"(?:not|never|nao|nunca mais) (?:walk\w*|com\w*|sair|voltar|get\w*)(?: back)? out",
         r"(?:walk\w*|wad\w*|entr\w*) (?:\w+ ){0,2}(?:into the|no|na) (?:river|sea|lake|water|"
         r"ocean|rio|mar|lago|represa|agua) (?:and |e )?(?:not|never|nao|nunca mais) (?:walk\w*|"
         r"com\w*|sair|voltar)"),
    _cue("plan_ready", 2, BOTH, r"(?:arma|revolver|pistola|espingarda|gun|pistol|rifle|shotgun) "
         r"(?:\w+ ){0,10}(?:cleaned and loaded|limp[oa] e carregad[oa]|loaded it|carreguei|"
         r"(?:is|esta|ta) (?:\w+ )?(?:loaded|carregad[oa]) (?:now|agora|and ready|e pront[oa]))",
         scope="message"),
    # Self-harm said of a body part with its article: "queimei o braço de propósito" (2, so
    # "on purpose" or "até sangrar" is needed: "cortei a mão no vidro" is an accident).
    _cue("self_harm", 2, BOTH, rf"{_SELF_HARM_VERB} (?:o |a |os |as |meu |minha |meus |minhas |"
         rf"the )(?:{_BODY}|maos?|hands?)"),
    # Farewell: my things given with theirs; my burial paid and nothing left wanting.
    _cue("farewell_giving", 2, BOTH, r"(?:dei|doei|gave|given|giving) (?:away )?(?:\w+ ){0,3}"
         r"(?:e|and) (?:as minhas|os meus|a minha|o meu|mine)"),
    _cue("own_funeral", 1, BOTH, r"(?:dinheiro|money) (?:\w+ ){0,2}(?:do|pro|para o|for) (?:meu |"
         r"my )?(?:enterro|funeral|velorio|caixao)", r"nao vai faltar nada (?:para|pra) (?:eles|"
         r"voces|ninguem|elas)", r"(?:they|she|he) (?:will|would) (?:not )?want for nothing"),
    _cue("farewell_entrust", 2, EN, r"(?:gave|given|left) (?:the |our )?(?:dog|cat|pet|bird|"
         r"parrot) (?:\w+ )?(?:to|with)"),
    _cue("farewell_entrust", 1, BOTH, r"better off with (?:them|her|him|you)",
         r"(?:melhor|mais feliz) com (?:eles|ela|ele|voces)"),
    # A going said to be for a while when it is not: "falei que era por uns dias, mas não é".
    _cue("farewell_pretext", 1, BOTH, r"(?:falei|disse|contei|told(?: \w+){0,2}) (?:que )?"
         r"(?:era|seria|it was|it is|its|it would be) (?:\w+ ){0,4}(?:mas|but) "
         r"(?:nao (?:e|era|vai ser)|it is not|its not|it was not|it will not be)$",
         scope="message"),
    _cue("all_ready", 1, BOTH, r"(?:ja )?(?:esta|ta) tudo pronto$", r"everything is ready$"),
    # Burden: their care of me or their trouble, ended by my absence; a kindness if I went.
    _cue("burden", EXPLICIT, BOTH, r"(?:better|easier|happier|freer|free) (?:\w+ ){0,3}(?:not "
         r"having to|without having to|if (?:they|she|he) did not have to|sem (?:ter|precisar) "
         r"(?:que|de)) (?:look after|care for|take care of|deal with|worry about|cuidar de|"
         r"se preocupar com|aguentar) (?:me|mim)",
         rf"(?:would be|seria|ia ser) (?:a |an |uma |um )?(?:kindness|mercy|blessing|favou?r|"
         rf"bencao|alivio) (?:to|for|para) (?:\w+ ){{1,2}}(?:if|se) (?:i (?:went|were gone|"
         rf"was gone|died|passed|go)|eu (?:fosse|morresse|partisse|me fosse)|{_GOD} (?:\w+ )?"
         rf"(?:took|takes|would take|called|me levasse|levasse|me chamasse))\b",
         r"(?:i am|sou|eu sou) (?:the reason|o motivo|a razao|a causa) (?:\w+ ){0,3}(?:can not|"
         r"could not|nao (?:pode|consegue)) (?:live|have|viver|ter) (?:\w+ )?(?:life|lives|vida)"),
    _cue("burden", EXPLICIT, BOTH, rf"{_ABSENT} (?:\w+ ){{0,4}}{_TROUBLE_ENDS}", scope="message"),
    _cue("burden_if", 2, EN, r"(?:better|easier) (?:for (?:\w+ ){1,2})?if i "
         r"(?:go|went|were to go)$"),
    # Reunion: to go where my child is; "logo eu vou te encontrar" with all ready.
    _cue("reunite", 2, BOTH, rf"{_WANT} (?:\w+ ){{0,2}}(?:to )?(?:go|be|ir|estar|ficar) (?:\w+ )?"
         r"(?:where|onde) (?:my|meu|minha|he|she|ele|ela) (?:\w+ )?(?:is|esta)\b", unless=_LIVING),
    _cue("reunite_soon", 1, BOTH, rf"(?:where|onde) (?:my|meu|minha|he|she|ele|ela) (?:\w+ )?"
         rf"(?:is|esta) {_NEAR_SOON}", unless=_LIVING),
    # Hopelessness: no reason to get up, no will to live, not wanting to go on.
    _cue("hopeless", EXPLICIT, BOTH, rf"(?:nao|sem|nenhum|no|not any|not a single) (?:\w+ ){{0,2}}"
         rf"(?:motivo|razao|reason)s? (?:\w+ ){{0,3}}{_RISE_FROM_BED}(?! (?:cedo|early|hoje|amanha|"
         r"today|tomorrow|on|no|na|neste|nesse|this|tao|so|that|at))",
         rf"what is (?:even )?the point (?:of|in) {_RISE_FROM_BED}",
         rf"(?:qual|que) (?:e )?o sentido de (?:{_RISE_FROM_BED}|continuar|viver)",
         r"(?:sem|perdi a|falta de|nenhuma|nao tenho (?:mais )?) ?vontade de (?:viver|continuar "
         r"(?:aqui|vivendo|sem voce|nessa vida)|continuar$)", r"(?:lost|no) (?:the |my )?will "
         r"to live",
         r"(?:do not|did not) want to (?:go on|carry on|keep going|keep living|continue)(?: "
         r"(?:anymore|any more|without (?:you|him|her)|like this))?$"),
    _cue("hopeless_empty", 2, BOTH, r"no reasons? left", r"nenhum motivo$"),
)


# -- Said as men say it, with a drink, or inside a question: what batch 11 found ---------------
# A probe written as sons, husbands and grandsons write (stoic, practical, joking, never naming
# a feeling), with drink as the means and risk asked inside a question about the dead one's
# death, showed risk said as: drink and pills taken together, drinking until not waking, a
# problem handled "my way" or "de vez", "I'm the problem" and the problem removed, a trip with
# no return, my own funeral set for a day, a place in the grave needed soon, the dead one's
# last night or last words asked about and "mine" set for tonight, my turn coming soon, the
# wall punched until it bleeds, my things needed no more. Each of these men's phrases is also
# how a practical man speaks of a car, a job or a will, so most weigh 1 or 2 and need another.
_DRINK = (r"(?:bebida|cachaca|pinga|vodka|uisque|whisky|whiskey|conhaque|vinho|cerveja|alcool|"
          r"garrafas?|booze|alcohol|liquor|wine|beer|bottles?|drinking|drink(?! of water)|beber|"
          r"bebendo|bebi|bebo|drank|gin|rum|tequila)")
_DOSE = (r"(?:remedios?|comprimidos?|pilulas|cartelas?|calmantes?|pills?|tablets?|meds|oxy|"
         r"xanax|benzos?|painkillers|opioids?)")
_LONGER = (r"(?:will not|would not|nao vou) (?:be|ser|dar) (?:a |um |uma )?(?:bother|burden|"
           r"problem|trouble|trabalho|problema|peso|fardo|incomodo) (?:\w+ ){0,3}(?:much longer|"
           r"for much longer|for long|por muito tempo|por mais tempo|muito mais tempo)")
# A place for me by the dead one, needed soon: "room next to you in the plot? I'll be needing
# it soon", "sua lápide tem espaço pro meu nome? vai precisar logo".
_BESIDE = (r"(?:room|space|espaco|lugar|vaga) next to you|(?:room|space|espaco|lugar|vaga) "
           r"(?:beside you|ao seu lado|do seu lado)|(?:espaco|lugar|room|space) (?:pro|para o|for) "
           r"(?:meu nome|my name|mim|me)")
_NEEDED = r"(?:needing|need|precisar|precisa) (?:it |dele |dela |disso )?(?:soon|logo|em breve)"
_WHEN_SET = (rf"(?:semana que vem|next week|amanha|tomorrow|hoje|tonight|essa noite|this week|"
             rf"essa semana|esta semana|{_DAY})")

# A turn waited for in a queue, a waiting room or a game (batch 25: "tomara que a minha vez
# chegue logo nessa fila do banco"): no one's hour.
_QUEUE = lazy(r"\b(?:filas?|senha|guiche|atendimento|sala de espera|cartorio|correios|"
              r"(?:no|na|do|da) (?:banco|dentista|consultorio|posto|medico|medica|"
              r"barbeiro|cabeleireir[oa])|queue|in line|waiting room|dmv|at the (?:bank|"
              r"dentist|doctors?|counter|barbers?|post office)|vez de jogar|jogo|game)\b")

UNDERSTATED: tuple[Cue, ...] = (
    # Drink as the means: taken with pills (1: a pill with a glass of wine is an evening),
    # and mixed or counted out (1: "a whole bottle", "o resto", "enough"): with the means,
    # 3. Drunk until not waking, or to death.
    _cue("plan_mix", 1, BOTH, rf"{_DRINK} (?:\w+ ){{0,4}}(?:e|and|com|with|plus) (?:\w+ ){{0,4}}"
         rf"{_DOSE}", rf"{_DOSE} (?:\w+ ){{0,4}}(?:e|and|com|with) (?:\w+ ){{0,3}}{_DRINK}"),
    _cue("plan_mix_much", 1, BOTH, r"(?:misturei|misturando|mixed|mixing|whole|inteira|another|"
         rf"outra|mais uma|enough|suficiente|rest|resto) (?:\w+ ){{0,3}}(?:{_DRINK}|{_DOSE})",
         # not a ward's round of medicine (batch 20)
         unless=lazy(r"\b(?:wards?|patients|pacientes|leitos|beds)\b")),
    _cue("passive", EXPLICIT, BOTH, r"(?:beb\w*|drink\w*|drank) (?:\w+ ){0,3}(?:ate|till|until) "
         r"(?:\w+ )?(?:apagar de vez|apagar para sempre|nao acordar|morrer|i do not wake|"
         r"i never wake|i die|death)", r"drink\w* myself to death"),
    # A problem handled alone, for good; "I'm the problem" and the problem removed.
    _cue("resolve_alone", 2, BOTH, r"(?:dar um jeito|resolver|resolvo|resolvendo|acabar|acabo) "
         r"(?:com )?(?:nisso|isso|tudo|essa situacao|esse problema|isso tudo)(?: \w+){0,2}? "
         r"(?:do meu jeito|de vez|de uma vez|sozinho|para sempre)$",
         r"(?:handle|handling|deal with|dealing with|sort|sorting|end|ending|fix|fixing) "
         r"(?:it|this|things|mine|my problems?)(?: \w+){0,2}? (?:my way|my own way|for good|"
         r"once and for all|permanently)$",
         rf"(?:taking|take) care of (?:mine|my (?:own )?problems?) (?:this|tonight|tomorrow|"
         rf"soon|{_DAY})"),
    _cue("burden_problem", 2, BOTH, r"(?:i am|eu sou|sou) (?:the|o) (?:problem|problema)$"),
    _cue("burden_problem", 1, BOTH, r"(?:remove|removing|get rid of|take away|tirar|tira|"
         r"tirando) (?:the|o) (?:problem|problema)"),
    # A trip, a last one, with no return: "vou sozinho pro rio e não volto".
    _cue("no_return", 2, BOTH, r"(?:vou|vo|indo|going|taking|heading|go|i am going) (?:\w+ ){0,6}"
         r"(?:e|and) (?:i am |i will )?(?:nao volto|nao vou voltar|not coming back|never coming "
         r"back|not bringing (?:it|her|him|them) back|will not be back|will not come back)$"),
    _cue("last_outing", 1, BOTH, r"(?:ultima|last) (?:pescaria|viagem|caminhada|fishing trip|"
         r"trip|ride|drive|walk|cigarro|cigarette|cerveja|beer)$"),
    # My own funeral set for a day; a place in the grave needed soon; my turn soon.
    _cue("own_funeral", EXPLICIT, BOTH, rf"(?:meu|my) (?:enterro|funeral|velorio|wake) "
         rf"(?:\w+ ){{0,2}}?{_WHEN_SET}"),
    _cue("own_funeral", EXPLICIT, BOTH, rf"(?:funeral|enterro|velorio) (?:\w+ ){{0,12}}(?:at|in|"
         rf"for|no|pro) mine (?:\w+ )?{_WHEN_SET}", scope="message"),
    _cue("grave_needed", EXPLICIT, BOTH, rf"(?:{_BESIDE}) (?:\w+ ){{0,12}}{_NEEDED}",
         rf"(?:room|space|espaco|lugar|vaga) (?:\w+ ){{0,4}}(?:plot|grave|jazigo|tumulo|lapide|"
         rf"cova) (?:\w+ ){{0,3}}(?:{_BESIDE}) (?:\w+ ){{0,12}}{_NEEDED}", scope="message"),
    # (batch 25: not a turn in a queue or a game, nor one "de ser mãe", "to drive")
    _cue("my_turn", 2, BOTH, r"(?:my turn|minha vez) (?:\w+ ){0,2}(?:soon|logo|is coming|"
         r"chegando|em breve)", r"(?:soon|logo|em breve) (?:\w+ ){0,3}(?:my turn|minha vez)"
         r"(?! (?:de|do|da|no|na|pra|para|to|for|at|in|on)\b)", unless_said=_QUEUE),
    _cue("mine_set", 2, BOTH, rf"(?:ultim\w*|last) (?:\w+ ){{0,20}}?(?:a minha|o meu|as minhas|"
         rf"os meus|mine) (?:\w+ ){{0,2}}(?:{_WHEN_SET}|essa|esta|this one)$", scope="message"),
    # The dead one's dying asked about (1: it is also how a grandchild asks), then "I'll find
    # out soon", "I'm not scared anymore", "eu decidi".
    _cue("dying_asked", 1, BOTH, r"(?:did it hurt|does it hurt|doeu|doi muito|(?:did|were) you "
         r"(?:suffer|scared|afraid)|what was it like at the end|como (?:e|foi) (?:morrer|o fim))"),
    _cue("after_asking", 1, BOTH, r"(?:i will|i am going to|vou) (?:find out|know|descobrir) "
         r"(?:for myself )?(?:soon|logo|em breve|tonight|hoje)$",
         r"(?:i am )?not (?:scared|afraid) (?:anymore|any more)$",
         r"nao (?:tenho|estou com|to com) (?:mais )?medo (?:nenhum|mais)$",
         # not of an operation, an exam or a birth (batch 18)
         unless_said=lazy(r"\b(?:surgeon|surgery|operation|cirurgi\w*|operacao|exames?|"
                          r"exams?|prova|entrevista|interview|dentist\w*|parto|procedure|"
                          r"procedimento)\b")),
    _cue("plan_fixed", 2, PT, r"(?<!ja )eu decidi$"),
    # Self-harm as a man says it: the wall punched until the hand bleeds.
    _cue("self_harm", EXPLICIT, BOTH, r"(?:soc\w*|soquei|murr\w*|punch\w*|hit\w*|smash\w*) "
         r"(?:\w+ ){0,2}(?:parede|wall|espelho|mirror|porta|door) (?:\w+ ){0,2}(?:ate|till|until)"
         r" (?:\w+ ){0,3}(?:sangr\w*|bleed\w*|bled|split|broke|quebr\w*|abri\w*|rach\w*)"),
    # Things given, and mine needed no more: "the kids get my tools", "fica pro Lucas".
    _cue("farewell_bequest", 1, BOTH, r"(?:get|gets) (?:\w+ ){0,3}(?:my|mine)\b",
         r"(?:fica|ficam) (?:para|pro|pra) (?:o |a )?\w+$"),
    _cue("farewell_unneeded", 2, EN, r"(?:will not|would not) (?:be )?needing (?:it|them|either|"
         r"those|any of (?:it|them))"),
    # Burden: no bother much longer; better off with anything than with me; no point in me.
    # (2, and 3 when it is the whole message: "one more night on the couch" is a guest).
    _cue("burden_longer", 2, BOTH, _LONGER),
    _cue("burden_longer", 1, BOTH, _alone(_LONGER), scope="alone"),
    _cue("burden_better", 1, BOTH, r"(?:better off|melhor|mais bem) (?:\w+ ){0,4}(?:than with me|"
         r"do que comigo)"),
    _cue("hopeless_point", 2, BOTH, r"(?:no|not much|not any) (?:\w+ )?point (?:in|of) me "
         r"(?:hanging around|sticking around|staying|being here|going on)",
         r"(?:esperando|aguardando|waiting for) (?:a |my )?(?:minha )?(?:hora|time) (?:de ir|"
         r"de partir|to go)$"),
    # Loose ends tied, said alone (of a job, "on the Miller job", it is work).
    _cue("farewell_affairs", 1, EN, r"everything(?:s| is)? (?:\w+ )?in \w+s name"),
    _cue("farewell_order", 1, BOTH, r"(?:tying|tied|tie|amarrando|amarrei|amarrar) (?:up )?"
         r"(?:as |the |all the |todas as )?(?:loose ends|pontas soltas)$"),
    # Each sip or each drink a step closer to the dead one.
    _cue("reunite_drink", 2, BOTH, r"(?:gole|dose|copo|garrafa|sip|shot|glass|bottle|drink)s? "
         r"(?:\w+ ){0,5}(?:mais perto de|closer to) (?:voce|you|ti)"),
)


# -- Faith, a date, the nursing that ended: what batch 12 found -------------------------------
# A probe written with faith and the afterlife as the frame, a date as the plan, caregivers
# worn out after years of nursing the dead one, and a grandchild's Portuguese and English in
# one message, showed risk said as: God or a saint asked to come for me, to stop my heart, to
# open the door for me; a rite of my own done for the last time, or for my own soul;
# forgiveness asked for what I am about to do; being with the dead one on a date, for good, "de
# verdade"; an occasion as my last, and after it my absence; waiting only until a day; the day
# chosen to stop suffering, the same day, the same way; years of nursing and no reason left;
# the dead one's leftover morphine counted as enough; knowing what too much does; following
# the dead one. The mixed messages needed no form: each clause is read in its own words.
# Each of these is also how faith, a memorial or a carer's tiredness is said, so the plea,
# the date and the years weigh 1 or 2 and need another, and what only a plan says weighs 3.
_SAINT = (rf"(?:{_GOD}|nossa senhora|santa|santo|(?:a )?virgem|maria|anjos?|saint \w+|mary|"
          r"the angels|angels)")
_PLEA = (r"(?:pedi|peco|pedindo|pede|rezo|rezei|rezando|oro|orei|orando|implor\w*|suplic\w*|"
         r"asked|ask|asking|beg|begged|begging|pray|prayed|praying)")
_FETCH = (r"(?:me (?:lev(?:ar|e|a|asse)|busc(?:ar|e|a|asse)|cham(?:ar|e|a|asse)|"
          r"recolh(?:er|a|esse))|vir me (?:buscar|levar)|(?:will |would )?takes? me|bring me|"
          r"fetch me|come for me|"
          r"come get me|call me home)"
          # ... to be gone, not carried through: "me levar até a formatura com saúde".
          r"(?= *$| (?:hoje|essa noite|esta noite|logo|agora|embora|tambem|junto|de vez|"
          # batch 23: taken in my sleep ("que me leve dormindo")
          r"dormindo|no sono|durante o sono|enquanto (?:eu )?durmo|in my sleep|"
          r"para (?:casa|perto|junto|o ceu|o seu lado|voce|ela|ele)|tonight|now|today|soon|"
          r"home|too|with (?:you|"
          r"her|him)|to (?:you|her|him|heaven)|vo|mae|pai|grandma|grandpa|mom|dad)\b)")
# What makes a plea or a date about someday, a visit or prayer rather than tonight.
# The hour left to God (batch 23): "I'll join you when the Lord decides, not a day before".
# A joining or a meeting put far off (batch 30: "I'll join you someday Grandad, but not for a
# long, long time", "daqui a muitos anos, quando eu estiver velhinha").
_NOT_FOR_LONG = lazy(r"\b(?:not for (?:a )?(?:long|very long)(?: long)*(?: time| while)?|"
                     r"(?:many|lots of|a lot of|loads of) (?:more )?years (?:from now|away|"
                     r"yet)|a long (?:long )?time from now|when i am "
                     r"(?:very |really )?(?:old|"
                     r"older|grey|gray|ancient|ninety|a hundred)|daqui a muit[oa]s? anos|"
                     r"quando eu (?:estiver|for|ficar) (?:bem )?(?:velh\w*|idos[oa])|"
                     r"(?:ainda )?vai demorar muito|nao tao cedo|not any ?time soon)\b")
_GODS_TIME = (r"(?:when|whenever) (?:the lord|god|he|jesus) (?:decides|wants|wills|calls|is "
              r"ready|says so)|in (?:gods|his|the lords) (?:own )?time|quando (?:deus|o senhor|"
              r"jesus|ele) (?:quiser|decidir|chamar|permitir|achar que)|no tempo de deus|not a "
              r"day (?:before|sooner|early)|nem um dia antes")
_SOMEDAY = lazy(_VISIT.pattern + r"|\b(?:quando for a hora|when it is (?:my )?time|"
                + _GODS_TIME + "|"
                r"not yet|ainda nao|in spirit|em espirito|em pensamento|in my prayers|"
                r"nas (?:minhas )?oracoes|missa|mass|igreja|church|viag\w*|viajar|trip|"
                r"travel\w*|ferias|vacation|mudanca|mudar|moving|move to|emprego|job|"
                r"trabalho|work|praia|beach|interior|sitio|fazenda|exterior|abroad|"
                r"out of town|intercambio)\b")
_OCCASION = (r"(?:aniversario|birthday|anniversary|natal|christmas|ano novo|new years?|pascoa|"
             r"easter|dia das maes|dia dos pais|mothers day|fathers day|finados|formatura|"
             rf"graduation|casamento|wedding|{_DAY})")
_DATED = (rf"(?:(?:no|na|on|by|until|till|ate|pro|para o|depois d[oa]|after|before|antes d[oa]) "
          rf"(?:\w+ ){{0,3}}?(?:{_OCCASION}|dia \d+|the \d+(?:st|nd|rd|th)?|\d+ de \w+))")
_BE_WITH = (r"(?:(?:i will|i am going to|i am gonna) be with you|(?:vou|eu vou|irei) "
            r"(?:estar|ficar) (?:com voce|contigo|junto de voce)|(?:ficar|estar|be) "
            r"(?:com voce|contigo|with you) "
            # (an address may follow in a clause of its own: "no dia 12 eu vou junto, vó")
            rf"(?:para sempre|de vez|for good|forever)|(?:eu )?vou junto(?: {_DEAD_ONE})?$|"
            r"(?:ir )?te (?:encontrar|"
            r"ver) de verdade|(?:see|meet|hold) you for real)")
_GONE_AFTER = (r"(?:nao vou (?:mais )?estar (?:mais )?(?:aqui|por aqui|viv[oa])|"
               r"nao estarei (?:mais )?(?:aqui|viv[oa])|i will not be (?:around|here|alive)|"
               r"i will be gone|"
               r"(?:eu )?vou embora de vez)")
_LEFTOVER = (rf"(?:morfina|morphine|insulina|insulin|seringas?|syringes?|fentanyl|oxycodone|"
             rf"{_DOSE})")
# The dead one's medicine given back, thrown out, or kept because letting go is hard.
_DISPOSED = lazy(r"\b(?:farmacia|pharmacy|devolv\w*|return\w*|descart\w*|dispos\w*|refill|"
                 r"receita|prescription|throw|jogar fora|bring myself|coragem de)\b")

AT_THE_LAST: tuple[Cue, ...] = (
    # God or a saint asked to come for me, to stop my heart, to bring me to the dead one.
    _cue("passive", EXPLICIT, BOTH, rf"{_PLEA} (?:a |para |to |that )?(?:o |a )?{_SAINT} "
         rf"(?:que |to )?{_FETCH}",
         rf"{_PLEA} (?:a |para |to |that )?(?:o |a )?{_SAINT} (?:que |to )?(?:\w+ )?(?:parar|pare|"
         r"parasse|stop|stops) (?:o |meu |my )(?:coracao|heart)", unless=_SOMEDAY),
    _cue("reunite", EXPLICIT, BOTH, rf"\b{_SAINT} (?:\w+ ){{0,12}}(?:you )?(?:bring me|take me) "
         r"(?:to|para|ate) (?:her|him|them|ela|ele|eles|voce|you|mom|dad|grandma|grandpa|mae|"
         r"pai|vo|avo)\b", scope="message"),
    _cue("reunite_door", 2, BOTH, rf"{_PLEA} (?:a |para |to |that )?(?:o |a )?{_SAINT} "
         r"(?:que |to )?(?:abrir|abra|open) (?:a |the )?(?:porta|portao|portoes|gates?|door) "
         r"(?:para|for) "
         r"(?:mim|me)$"),
    _cue("arriving", 1, BOTH, rf"(?:vou chegar|chego|to chegando|estou chegando|i will (?:get|be) "
         rf"there|i will arrive) (?:\w+ )?(?:essa semana|esta semana|logo|em breve|soon|tonight|"
         rf"hoje|this week|{_DAY})$"),
    # A rite of my own done for the last time, or for my own soul; peace made; going in peace.
    _cue("farewell_rite", 2, BOTH, r"(?:minha|my) (?:ultima|last) (?:novena|oracao|prece|reza|"
         r"terco|comunhao|confissao|prayer|rosary|communion|confession)",
         r"(?:comunguei|comunhao|confessei|communion|confession|confessed) (?:\w+ ){0,3}"
         r"(?:pela ultima vez|for the last time)"),
    _cue("farewell_peace", 1, BOTH, r"(?:made|make|making) (?:my )?peace with (?:god|the lord)",
         r"(?:fiz|fazendo|fazer) (?:as )?pazes com deus", r"(?:me )?confessei",
         r"went to confession"),
    _cue("passive_peace", 2, BOTH, r"(?:posso|i can|can) (?:finally )?(?:ir|partir|go) (?:em paz|"
         r"in peace)"),
    _cue("farewell_soul", 2, BOTH, r"(?:rezei|rezo|rezando|orei|prayed|pray|praying|"
         r"acendi (?:uma |a )?vela|lit a candle) (?:\w+ ){0,3}(?:pela|por|for) (?:a )?(?:minha|my) "
         r"(?:propria |own )?"
         r"(?:alma|soul)"),
    # The dead one's last night or last words asked about (1), as "mine" is set (see mine_set).
    _cue("their_last", 1, BOTH, r"(?:sua|your) (?:ultima noite|ultimo dia|ultimas palavras|ultimo "
         r"suspiro|ultimos momentos|last day|last words|last breath|last moments)"),
    _cue("deadline_near", 1, BOTH, r"^(?:e|its|it is) (?:hoje|today|tonight|amanha|tomorrow)$"),
    _cue("active", EXPLICIT, BOTH, r"(?:forgive me|me perdo\w*|perdao) (?:\w+ )?(?:for|por|pelo) "
         r"(?:what|o que|aquilo que) (?:i am about to|i am going to|vou|eu vou|estou prestes a|"
         r"irei) (?:do|fazer)$"),
    # Being with the dead one on a date or by a day; after a date, my absence.
    _cue("reunite_dated", EXPLICIT, BOTH, rf"{_DATED} (?:\w+ ){{0,12}}?{_BE_WITH}",
         rf"{_BE_WITH} (?:\w+ ){{0,3}}?{_DATED}", unless=_SOMEDAY, scope="message"),
    _cue("reunite_forever", 2, BOTH, r"(?:ficar|estar|be) (?:com voce|contigo|with you) "
         r"(?:para sempre|de vez|for good|forever)", unless=_SOMEDAY),
    _cue("farewell_dated", EXPLICIT, BOTH, rf"(?:depois d[oa]|after|passad[oa]) (?:\w+ ){{0,2}}?"
         rf"(?:{_OCCASION}|isso|disso|that|this|tonight|hoje|essa noite) (?:\w+ ){{0,2}}"
         rf"{_GONE_AFTER}", unless=_SOMEDAY, scope="message"),
    _cue("farewell_dated", 2, BOTH, r"(?:depois d[oa]|after|amanha|tomorrow) (?:\w+ ){0,2}?(?:that|"
         r"this|isso|disso|tonight|hoje|essa noite|today)? ?(?:i am done|"
         r"nao (?:vai )?precisa(?:r)? mais|i will not need(?: \w+)?(?: anymore| any more)?)$"),
    _cue("farewell_last", 2, BOTH, rf"(?:meu|minha|my) (?:ultim[oa]|last) {_OCCASION}$",
         r"(?:the )?last (?:one )?i am (?:doing|having|spending)$",
         r"(?:o |a )?ultim[oa] que eu (?:passo|faco|vejo)$"),
    _cue("year_marked", 1, BOTH, r"(?:marks|faz|completa|fez) (?:a|one|um|1) (?:year|ano)"),
    _cue("no_second", 2, BOTH, r"(?:not doing|not going through|nao vou (?:passar|fazer|aguentar)) "
         r"(?:a |another |um |uma |outro |outra )?(?:second|another|segund[oa]|outr[oa]|more) "
         r"(?:\w+ )?(?:without you|sem voce)$"),
    # Waiting only until a day; the day chosen to stop suffering, the same day, the same way.
    _cue("deadline", 2, BOTH, r"so vou esperar", r"i am (?:only|just) waiting (?:for|until|till)",
         r"i told myself i would (?:wait|hold on|last|stay) (?:until|till|for)",
         r"(?:vou|i will|i would) (?:aguentar|hold on|esperar) (?:so )?(?:ate|until|till)"),
    _cue("date_chosen", 1, BOTH, r"(?:marquei|escolhi|decidi) (?:no calendario )?(?:o dia|a data)",
         r"i (?:picked|chose|set|marked) (?:the|a) (?:date|day)", r"(?:the|a) (?:date|data|dia) "
         r"(?:is|esta|ta) (?:set|marcad[oa]|escolhid[oa])"),
    _cue("day_of_death", 1, BOTH, r"(?:same day|mesmo dia|o dia|the day) (?:que |em que )?(?:you "
         r"died|voce morreu|you passed|voce partiu|voce se foi)$"),
    _cue("plan_day", 2, BOTH, r"(?:o dia|a data|the day|the date) (?:(?:em )?(?:que|when|that) )?"
         r"(?:eu |i )?(?:vou |will |am going to )?(?:parar de sofrer|stop (?:suffering|hurting)|"
         r"acabar com tudo|end (?:it|it all|everything))"),
    _cue("plan_same_way", 2, BOTH, r"(?:vou|eu vou|quero ir|i will go|going to go|want to go) "
         r"(?:do mesmo jeito|da mesma forma|the same way)(?: que (?:voce|o senhor|a senhora|"
         r"ele|ela)| you did)?$"),
    _cue("burden_once", 2, BOTH, r"(?:only|so|just) (?:have|has|need|needs|precis\w*|tenham) "
         r"(?:to |de )?(?:grieve|mourn|sofrer|chorar) (?:once|uma vez(?: so)?)"),
    # Years of nursing (1: "and I'd do it all again"); no reason left; what too much does.
    _cue("caregiver", 1, BOTH, r"cuid(?:ei|ando|ar) (?:\w+ ){0,3}anos",
         r"anos (?:\w+ )?cuidando", r"years (?:\w+ )?(?:of )?(?:caring|nursing|being your (?:nurse|"
         r"caregiver))", r"(?:spent|gave) (?:\w+ ){0,2}years (?:\w+ ){0,2}(?:caring|taking care|"
         r"nursing|being your (?:nurse|caregiver))", r"(?:my whole life|minha vida (?:inteira|"
         r"toda)) (?:was|era|foi) (?:\w+ )?(?:taking care|caring|cuidar|cuidando)"),
    _cue("hopeless_reason", 2, BOTH, r"(?:nao tenho|nao tem|sem|i have no|there is no) (?:mais )?"
         r"(?:nenhum |nenhuma |any )?(?:motivo|razao|reason)(?: nenhum| nenhuma| left| at all| "
         r"anymore)?$"),
    _cue("hopeless_point", 2, BOTH, r"(?:no|not any) point (?:in|of|to) me$"),
    _cue("needed_by_none", 1, BOTH, r"(?:no one|nobody|ninguem) (?:who |que )?(?:\w+ )?(?:needs|"
         r"precisa (?:mais )?de) (?:me|mim)"),
    _cue("plan_dose", 2, BOTH, r"(?:i know|sei) (?:what|o que) (?:too much|too many|an overdose|"
         r"uma dose a mais|doses? demais|dose dupla|muito) (?:\w+ )?(?:does|do|faz|fazem)"),
    _cue("plan_fixed", 1, BOTH, r"i (?:have been|keep|am) thinking about it$",
         r"penso nisso (?:toda noite|todo dia|o tempo todo|direto)", unless_said=_RUMINATED),
    # The dead one's medicine kept (1), counted or enough (2); all of it still mine.
    _cue("means_kept", 1, BOTH, rf"(?:guardei|guardo|kept|keeping|saved|ainda tenho|still have) "
         rf"(?:\w+ ){{0,3}}{_LEFTOVER}", rf"(?:left|deixou|deixaram) (?:the |a |o )?{_LEFTOVER} "
         r"(?:behind|para tras)", unless=_DISPOSED, scope="message"),
    _cue("means_counted", 2, BOTH, rf"{_LEFTOVER} (?:\w+ ){{0,12}}?(?:da e sobra|(?:i )?counted|"
         r"contei|(?:it is|its|e|is) (?:more than )?(?:enough|suficiente|o bastante)$)",
         unless=_DISPOSED, scope="message"),
    _cue("means_all_kept", EXPLICIT, BOTH, rf"{_LEFTOVER} (?:\w+ ){{0,8}}(?:i )?(?:still have|"
         r"ainda tenho|guardei) (?:them all|all of them|tod[oa]s (?:eles|elas))\b",
         unless=_DISPOSED, scope="message"),
    # Following the dead one; to rest too, the same as them; my absence as the way out.
    _cue("reunite", EXPLICIT, BOTH, r"(?:should|want to|going to|will|gonna|vou|quero|queria|devia|"
         r"deveria) (?:just )?(?:follow you|te seguir|seguir voce|ir atras de voce)(?: (?:soon|now|"
         r"tonight|logo|hoje|agora|there|la))?$"),
    _cue("passive_rest", 2, BOTH, r"(?:quero|queria|want to|wanna) (?:\w+ )?(?:descansar|rest) "
         r"(?:tambem|too|como voce|like you)$"),
    _cue("burden", EXPLICIT, BOTH, r"(?:viro|virei|vou virar|vou ser|serei) (?:so |apenas )?"
         r"(?:mais )?(?:um |uma )?(?:peso|fardo|estorvo)",
         r"(?:i am|i have become|i will be|i would be|becoming) (?:\w+ ){0,3}(?:a |dead )?"
         r"(?:weight|burden) (?:on|to|for)",
         r"(?:so|only) (?:acaba|termina|para|ends?|stops?|goes away|go away) (?:se|if|quando|when) "
         r"(?:eu|i) "
         r"(?:sumir|morrer|for embora|die|disappear|am gone)"),
    _cue("burden_go_too", 2, BOTH, r"(?:melhor|better) (?:se )?(?:eu|i|if i) (?:ir|for|go|went) "
         r"(?:tambem|junto|too|with you)$"),
    _cue("burden_insured", 1, BOTH, r"(?:pelo menos|at least) o seguro (?:paga|cobre)",
         r"at least the (?:insurance|policy) (?:pays|covers|would pay)"),
)


# -- Said online, in passing, in a question or in the third person: what batch 13 found -------
# A probe written as teenagers and young adults (14-24) write, in internet and gaming slang,
# with the risk buried in one clause of a long memory, split across a question to the
# persona, dictated with no punctuation, or said of oneself in the third person ("a neta de
# vocês", read as the first: see _as_self), showed forms no list held: the self or a life as
# what a computer or a game ends (uninstalled, deleted, logged off, alt+f4, despawned, rage
# quit), an undo of one's existence, the dead one's server joined; a question about the other
# side followed by "thinking of going", "doing it too", "asking for me", room "up there for
# one more"; "is it selfish if I go", "one less problem"; cat scratches (the platforms' word
# for cuts) done, lines drawn on the wrist, thighs "riscadas de novo"; a roof that stays
# open, a place found or picked, a time said alone; a goodbye recorded or scheduled to post;
# "it's been real", "gg". Each of these words has an everyday use (a game uninstalled, an app
# logged off, a scratch from the cat, a post scheduled), so what only the words say weighs 1
# or 2, and the self or a life as the object makes 3.
_TECH_END = (r"(?:uninstall\w*|delet(?:e|ed|ing)|log(?:ging|ged)? (?:off|out)|sign(?:ing|ed)? "
             r"(?:off|out)|rage ?quit\w*|quit(?:ting)?|altf4|ctrlaltdel|shut(?:ting)? (?:down|off)|"
             r"unplug\w*|despawn\w*|self ?destruct\w*|power(?:ing)? (?:down|off)|exit(?:ing)?|"
             r"desinstal\w*|delet\w*|exclu(?:ir|o|indo)|deslog\w*|dar (?:um |o )?(?:logout|log out|"
             r"log off|altf4|ctrlaltdel|quit|rage ?quit|despawn|delete|shutdown|shut down|exit)|"
             r"apertar (?:o )?(?:altf4|ctrlaltdel|botao de desligar))")
_TECH_UNDO = r"(?:ctrlz|undo|dar (?:um )?(?:ctrlz|undo)|desfazer)"
_SELF_OR_LIFE = (r"(?:myself|(?:my |this )?(?:life|existence)(?! (?:insurance|hacks?|update|"
                 r"story|goals?|choices|decisions)\b)|from (?:life|existence|this world|the world|"
                 r"reality|everything)|(?:n?[ao]s? |em |de |d[ao] )?"
                 r"(?:minha |propria |minha propria )?(?:vida|existencia)(?! (?:d[aoe]s?|social|"
                 r"amorosa|financeira|academica|profissional|escolar)\b)|(?:desse|deste|do) mundo|"
                 r"da realidade)")

ONLINE: tuple[Cue, ...] = (
    # The self or a life as what a computer or a game ends: "thinking abt uninstalling myself",
    # "vou dar alt+f4 na minha vida", "about to rage quit life", "log off from existence",
    # "deletar minha conta da vida"; "me desinstalar". Undone: "ctrl+z na minha existência".
    # (someone else cut out of my life is not: "deletei ele da minha vida")
    _cue("ending_self", EXPLICIT, BOTH, rf"{_TECH_END} {_gap(1)}{_SELF_OR_LIFE}",
         r"me (?:desinstal|delet)\w*",
         rf"{_TECH_END} (?:\w+ ){{0,2}}(?:conta|perfil|account|save) (?:d[ae]|n[ao]|in|on|of|from) "
         r"(?:\w+ )?(?:vida|life|existence|existencia|reality|realidade)",
         rf"{_TECH_UNDO} (?:\w+ ){{0,2}}(?:myself|(?:my |minha |a minha |na minha |a |na )?"
         r"(?:existence|existencia|birth|nascimento)|ter nascido|being born)"),
    _cue("ending_undo", 2, BOTH, rf"{_TECH_UNDO} (?:\w+ ){{0,2}}(?:(?:my |minha |na minha |na )?"
         r"(?:life|vida))(?: (?:inteira|toda|whole))?$"),
    _cue("ending_tech", 2, BOTH, rf"{_TECH_END} (?:for good|forever|permanently|para sempre|"
         r"de vez)$"),
    # Joining the dead one's server, respawning in their world: "im about to respawn on your
    # server", "logo eu entro no seu servidor".
    _cue("reunite_server", 2, BOTH, r"(?:respawn\w*|spawn\w*|join\w*|entr(?:ar|o|ando)|log(?:ar|o|"
         r"ando|in)|conect\w*) (?:\w+ ){0,2}(?:on|in|no|na|em|to|into) (?:your|seu|sua|teu|tua) "
         r"(?:server|servidor|lobby|world|mundo|party|squad|sala|game|jogo)", unless=_VISIT),
    _cue("reunite", EXPLICIT, BOTH, rf"(?:{_INTEND}|about to|logo|soon|em breve|ja ja) {_gap(2)}"
         r"(?:respawn\w*|spawn\w*|join\w*|entr(?:ar|o)|log(?:ar|o|in)) (?:\w+ ){0,2}(?:on|in|no|na|"
         r"em|to|into) (?:your|seu|sua|teu|tua) (?:server|servidor|lobby|world|mundo)",
         unless=_VISIT),
    # A question about the other side or the dying, then the writer's own going: "como é aí
    # do outro lado? tô pensando em ir", "how was it when you died? pergunto pq tô pensando em
    # fazer isso também"; room "up there for one more".
    _cue("reunite_thinking", 2, BOTH, r"(?:to|estou|eu to|ando|i am|i have been|been|i keep|i) "
         r"(?:\w+ )?(?:pensando|thinking|think) (?:em|of|about|sobre) (?:ir|going|coming|indo)"
         r"(?: (?:tambem|too|ai|la|there|junto|embora))?$", unless=_VISIT),
    _cue("reunite_meet", 2, PT, r"(?:estou|to|vou) (?:indo )?(?:te )?encontrar (?:voces|voce|"
         r"a senhora|o senhor|vcs)?$", unless=_VISIT),
    _cue("doing_it_too", 2, BOTH, r"(?:pensando em|penso em|thinking (?:of|about)|vou|quero|"
         r"want to|going to|gonna) (?:fazer|do|doing) (?:isso|o mesmo|a mesma coisa|the same|it|"
         r"that) (?:tambem|too)"),
    _cue("asking_for_me", 1, BOTH, r"(?:asking|pergunto|perguntando|to perguntando) (?:for (?:me|"
         r"myself|real|a friend)|(?:por|para) mim|(?:because|cause|bc|cuz|porque|por que|pois|"
         r"que) (?:eu |i )?)",
         # a question about grief itself, asked for me, is grief (batch 16)
         unless_said=lazy(r"\b(?:saudade|luto|grief|grieving|mourning|missing you|"
                          r"falta de voce)\b|" + _THEIR_PAIN.pattern)),
    _cue("reunite_room", 2, BOTH, rf"(?:room|space|lugar|espaco|vaga) (?:\w+ )?(?:{_HEAVEN}|there|"
         r"ai|la) (?:\w+ )?(?:for|para) (?:one more|mais (?:um|uma)|me|mim)",
         rf"(?:cabe|fits?) (?:mais (?:um|uma)|one more) (?:\w+ )?{_HEAVEN}"),
    # "Is it selfish if I go?", "they'd have one less problem".
    _cue("burden_going", 2, BOTH, r"(?:selfish|egoismo|egoista|errado|wrong) (?:\w+ )?(?:if|se) "
         r"(?:i|eu) (?:just )?(?:go|went|leave|left|die|died|for|fosse|partir|morrer|for embora|"
         r"sumir|sumisse|do it|fizer isso|fizesse isso)$"),
    _cue("burden_fewer", 2, BOTH,
         r"(?:would|ia|iam|teriam|seria|would be) (?:\w+ )?(?:have |ter )?(?:one|um|uma) "
         r"(?:less|fewer) (?:problem|mouth|worry|burden|thing to worry about)",
         r"(?:seria|ia ser|era) (?:um|uma) (?:problema|boca|preocupacao|peso) a menos"),
    # Not able any more, and not wanting to: "bc i cant anymore and i dont want to".
    _cue("hopeless", EXPLICIT, BOTH, r"(?:can not|nao consigo|nao aguento) (?:\w+ )?(?:anymore|"
         r"any more|mais) (?:and|e) (?:i )?(?:do not|nao|nem) (?:want|quero)(?: to)?$"),
    _cue("hopeless_cannot", 2, EN, r"^(?:(?:and|but|because|so) )?i can not anymore$"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:i am|estou|to|eu to) (?:out of hope|sem esperanca)"
         r"(?: nenhuma)?$", r"i have no hope(?: left)?$",
         r"(?:nao tenho|perdi) (?:mais )?(?:toda )?(?:a )?esperanca(?: nenhuma)?$",
         r"i (?:have )?lost all (?:my )?hope$"),
    _cue("hopeless_hope", 2, BOTH, r"(?:out of|lost (?:all )?(?:my )?|no) hope(?: left)?$",
         r"sem esperanca(?: nenhuma)?$"),
    # A jump off something high, said in a game's word ("yeeting myself off the bridge").
    _cue("plan_jump", 2, BOTH, rf"jump(?:ing)? (?:off|from) (?:the |a |this |that )?(?:{_HIGH_EN})",
         unless=lazy(r"\b(?:lake|pool|water|river|sea|piscina|lago|rio|swim\w*|nad\w*|"
                     r"camp|acampamento|bungee|parachute|paraquedas|fun|summer|verao)\b")),
    # Self-harm in the platforms' words: cat scratches done, lines on the wrist, the thighs
    # "riscadas de novo".
    _cue("self_harm", EXPLICIT, BOTH, r"(?:did|do|doing|made|making|relapsed on|back to|started|"
         r"voltei a fazer|fiz|fazendo|fazer|comecei a fazer) (?:\w+ ){0,3}(?:cat scratch\w*|"
         r"arranh(?:oes|aozinhos) de gato)",
         rf"(?<!drew )(?<!draw )(?:linhas|linhazinhas|tracos|lines) (?:n[oa]s?|on|in|into|"
         rf"across) (?:my |meu |minha |meus |minhas |the )?(?:{_BODY})(?! (?:\w+ )?(?:with|com) "
         r"(?:a |uma )?(?:pen|caneta|marker|marcador|sharpie|henna|eyeliner|delineador))",
         rf"(?:{_BODY}) (?:\w+ ){{0,2}}(?:riscad|cortad|retalhad)\w* (?:\w+ )?(?:de novo|again|"
         r"outra vez)"),
    _cue("self_harm", 2, BOTH, rf"(?:{_BODY}) (?:\w+ ){{0,2}}(?:riscad|retalhad)\w*"),
    # A place: its roof left open, found or picked; a time said alone ("amanhã depois da
    # aula"), "how and when"; how many it would take.
    _cue("plan_access", 2, BOTH, r"(?:terraco|telhado|laje|cobertura|roof|rooftop|roof door) "
         r"(?:\w+ ){0,2}(?:fica|esta|ta|is|stays|was|e) (?:sempre |always )?(?:aberto|aberta|"
         r"destrancad\w*|open|unlocked)(?: (?:no intervalo|a noite|de noite|at night|during "
         r"lunch|after school|depois da aula|o dia todo|all day|sempre|always))?$"),
    _cue("plan_chosen", 2, BOTH, rf"(?:picked|chose|choose|found|escolhi|achei) (?:the |a |o )?"
         rf"(?:perfect |perfeito |right |certo |ideal )?(?:{_HIGH_PT}|{_HIGH_EN}|spot|place|"
         r"lugar|ponto)(?: (?:perfeito|certo|ideal))?(?! (?:para|pro|pra|for|to|de|do|da|pro|"
         r"of|where)\b)"),
    _cue("plan_when", 1, BOTH, r"^(?:amanha|hoje|tonight|tomorrow|sexta|sabado|domingo|"
         r"friday|saturday|sunday)(?: (?:depois da aula|depois da escola|a noite|de noite|after "
         r"school|at night|night|cedo|early))?$",
         r"(?:como|how) (?:\w+ ){0,3}(?:e|and) (?:quando|when)$"),
    _cue("plan_lethal", 2, EN, r"how (?:many|much) (?:\w+ ){0,5}(?:it )?would (?:it )?take"),
    # A goodbye recorded or scheduled; a farewell said as a game's or a chat's ending.
    _cue("farewell_recorded", 2, BOTH, r"(?:mandei|gravei|enviei|deixei|postei|sent|recorded|"
         r"made|left|posted) (?:\w+ ){0,3}(?:audios?|videos?|voice (?:messages?|notes?|memos?)|"
         r"mensage(?:m|ns) de voz|stor(?:y|ies)|posts?|tiktoks?) (?:\w+ ){0,6}?(?:de despedida|"
         r"despedindo|falando tchau|dando tchau|saying goodbye|goodbye|of goodbye|farewell|"
         r"de adeus|tchau)", r"(?:mandei|gravei|enviei|deixei|postei|sent|recorded|made|left|"
         r"posted) (?:\w+ ){0,2}(?:goodbye|farewell|despedida) (?:videos?|audios?|voice "
         r"(?:messages?|notes?|memos?)|posts?|messages?)",
         unless=lazy(_SOMEDAY.pattern + r"|\b(?:aposent\w*|retir\w*|formatura|graduat\w*|"
                     r"solteir\w*|bachelor\w*|farewell party|festa)\b")),
    _cue("scheduled", 1, BOTH, r"(?:agendei|agendad[oa]s?|programei|programad[oa]s?|scheduled) "
         r"(?:\w+ ){0,4}(?:posts?|postar|mensage\w*|messages?|videos?|stor(?:y|ies)|emails?|"
         r"publicar|to post|to go out|para sair)",
         r"(?:posts?|mensage\w*|messages?|videos?|emails?) (?:\w+ ){0,2}(?:agendad[oa]s?|"
         r"programad[oa]s?|scheduled)"),
    _cue("farewell_phrase", 1, BOTH, r"(?:it has|its|it is) been real", r"nice knowing (?:you|"
         r"y all|everyone|yall)", r"foi bom (?:te )?conhecer(?: voces| vcs)?$",
         r"foi bom enquanto durou", r"^gg(?: wp)?$", r"(?:see you|te vejo) (?:on |do )?(?:the )?"
         r"(?:other side|outro lado)(?! (?:d[aoe]s?|of)\b)", unless=_VISIT),
    _cue("farewell_affairs", 1, BOTH, r"gave (?:\w+ ){0,2}(?:my|the) keys(?: back)?"),
    _cue("farewell_entrust", 1, BOTH, r"(?:will|would|vai|ia) (?:be |ficar |estar )?(?:better|"
         r"melhor) (?:off )?(?:with|com) (?:them|her|him|eles|ela|ele)$"),
)


# -- Said in images of one's own (batch 14) ------------------------------------------------------
# A ninth probe, written by an outsider as widows and widowers, people in chronic pain, worn-out
# carers, terse men, people in debt or drink and the faithful write, said risk in images no
# list held: a plug, a clock or a switch of one's own turned off, a winter one has decided not
# to see, the others' accounts closed by one's absence, an anaesthetic one hopes not to come
# round from, a crash one would not mind, a means "not for" its ordinary use. Each is written
# around the grammar of the image (a verb of ending with "my own" and a thing that runs; a
# harm to me in a condition and indifference after it), not around the sentence.
_SWITCH = (r"(?:plug|clock|switch|lights?|candle|fuse|breaker|power|engine|motor|chave(?: geral)?|"
           r"tomada|relogio|luz|vela|fusivel|disjuntor|interruptor|fio|pavio)")
_ENDED_SELF_NOT = (r"(?!(?:for|to|of|na|no|da|do|de|para|pra|pro)\b)")
_OBSTACLE = (r"(?:pedra no sapato|peso morto|estorvo|encosto|fardo|atraso de vida|anchor|"
             r"dead weight|millstone|ball and chain|albatross|obstacle|drag)")
_DENIED_USE_MEANS = (r"(?:cordas?|remedios?|comprimidos?|pilulas|cartelas?|facas?|laminas?|gilete|"
                     r"navalha|armas?|revolver|mangueira|ropes?|pills?|tablets?|meds|knife|knives|"
                     r"blades?|razors?|guns?|rifle|shotgun|hose)")
_HARM_IF = (r"(?:se|if|caso) (?:\w+ ){0,6}(?:capot\w*|bat(?:esse|er)|caisse|despenc\w*|"
            r"explod\w*|crash\w*|rolled|rolls|flips?|flipped|off the road|fora da estrada|"
            r"(?:comes?|came) back bad|der ruim|desse ruim|vier ruim|viesse ruim|"
            r"volt(?:ar|asse) (?:o cancer|a doenca|o tumor)|(?:the )?(?:cancer|tumou?r) (?:comes?|"
            r"came) back|(?:takes?|took) (?:me|the truck|the car)|comigo dentro|"
            r"with me (?:in|inside) it)")
_ACCEPT = (r"(?:nao|nem) (?:ia|iria|vou) (?:nem )?(?:achar ruim|reclamar|me importar|lutar)|"
           r"so be it|let it come|let it happen|que venha|que seja|i would be relieved|"
           r"(?:i would|i will) not (?:mind|fight it)|fine by me|i would not (?:mind|fight)|"
           r"seria um alivio")
_INSURANCE = (r"(?:seguro(?: de vida)?|apolice|(?:life )?insurance|(?:the )?policy)")

OWN_IMAGES: tuple[Cue, ...] = (
    # A thing that runs, of my own, turned off: "pull my own plug", "stop my own clock",
    # "desligar minha própria chave geral"; the plug pulled "on myself"; "finish myself off",
    # "take myself off the board / out of the picture".
    _cue("ending_self", EXPLICIT, BOTH,
         rf"(?:pull\w*|stop\w*|switch\w* off|turn\w* off|shut\w* off|unplug\w*|flip\w*|"
         rf"blow\w* out|snuff\w* out|cut\w*|desligar|desligo|desliga|apagar|apago|parar|paro|"
         rf"puxar|puxo|arrancar|cortar|corto|soprar) (?:out |off )?(?:my own|minha propria|"
         rf"meu proprio|a minha propria|o meu proprio) {_SWITCH}",
         r"(?:pull\w*|cut\w*) the (?:plug|cord|power) on (?:myself|me)(?! (?:for|to)\b)",
         r"(?:finish\w*|snuff\w*|wip\w*|polish\w*) myself (?:off|out)",
         r"tak(?:e|ing) myself (?:off|out of) (?:the |this )?(?:board|map|picture|equation|world)"),
    # Not to see the end of a season or a year, decided: "tô decidido a não passar desse
    # inverno", "I've made up my mind not to see another spring"; said without the decision,
    # 2 (the very old and ill also say it as a prognosis).
    _cue("active", EXPLICIT, BOTH,
         r"(?:decidid[oa]|decidi|resolvi|resolvid[oa]|determined|decided|made up my mind) "
         r"(?:\w+ ){0,2}(?:a nao |que (?:eu )?nao |not to |(?:eu |i )?(?:nao|will not) )"
         r"(?:passar|passo|chegar|chego|ver|vejo|see|make it (?:to|through|past)|last "
         r"(?:through|past)|get through) (?:d[eo]ss[ea] |dest[ea] |a |o |ao |no |na |this |"
         r"another |next |outr[oa] |mais (?:um|uma) |one more )?(?:inverno|verao|ano|natal|mes|"
         r"primavera|outono|winter|summer|spring|fall|autumn|year|christmas)"),
    _cue("passive_season", 2, BOTH,
         r"(?:nao|not|never) (?:vou |going to |will )?(?:passar|passo|chegar|chego|ver|see|"
         r"make it (?:to|through|past)|last (?:through|past)) (?:d[eo]ss[ea] |dest[ea] |a |o |"
         r"ao |no |na |this |another |next )(?:inverno|verao|primavera|outono|winter|summer|"
         r"spring|fall|autumn)$"),
    # A harm to me in a condition, then indifference or relief: "se o ônibus capotasse
    # comigo dentro, juro que não ia achar ruim", "if the ice takes the truck off the road, so
    # be it", "if the next scan comes back bad I'd be relieved".
    _cue("passive_accept", 2, BOTH, _HARM_IF),
    _cue("indifferent", 1, BOTH, rf"(?:{_ACCEPT})(?: (?:honestly|de verdade|juro))?$",
         rf"(?:juro que|honestly|swear) (?:\w+ ){{0,2}}(?:{_ACCEPT})"),
    # An anaesthetic or a surgery one hopes not to come round from; a leak hoped for.
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|hoping|praying|i hope|i pray) (?:\w+ ){{0,3}}(?:i |eu )?(?:just )?"
         r"(?:do not|did not|will not|never|nao) (?:surface|come (?:round|around|to|out of it|"
         r"back)|wake up|pull through|make it out|acord\w*|volt\w*|sai\w*) (?:\w+ )?"
         r"(?:from |of |da |de |na )?(?:the |a |o )?(?:anesthesia|anaesthesia|anaesthetic|"
         r"anesthetic|surgery|operation|procedure|anestesia|cirurgia|operacao|sedacao|sedation)",
         rf"(?:{_WANT}|hoping|i hope|i pray|torco|torcendo) (?:\w+ ){{0,3}}(?:the |o |a )?"
         r"(?:furnace|heater|boiler|gas|stove|aquecedor|botijao|gas|fogao) (?:\w+ )?"
         r"(?:leak\w*|vaz\w*|explod\w*)"),
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|torcendo|hoping) (?:\w+ ){{0,3}}(?:o |meu |my |the )?(?:coracao|heart) "
         r"(?:\w+ )?(?:esquec\w*|forget\w*|desist\w*|give up|gives up|quit\w*) "
         r"(?:de |to )?(?:bater|beat\w*)"),
    # God asked, in a plea's other words: "pode me recolher", "me manda pra onde a Dora tá",
    # "I'm ready for the Lord to take me", "take me, Lord" (the address after the plea).
    _cue("passive", EXPLICIT, BOTH,
         r"(?:pode|podia|vem|venha|quero que|queria que) (?:\w+ )?me recolh\w*",
         r"me (?:manda|mande|mandar|leva|leve) (?:para|pra|pro) (?:onde|junto d|perto d)\w*",
         rf"ready for (?:the )?{_GOD} to (?:take|call|bring) me"),
    _cue("passive", EXPLICIT, BOTH, rf"^(?:please )?(?:take|call) me(?: home| now| tonight)? "
         rf"{_GOD}$", rf"^{_GOD} (?:please )?(?:me leva|me busca|me recolhe)$", scope="message"),
    # Wishing to be a thing that burns out and nobody replaces: "queria ser a lâmpada que
    # queima e ninguém troca", "I wish I was the kind of light nobody notices is out".
    _cue("passive_unmissed", 2, BOTH, r"(?:queria|quero|wish i (?:was|were)|want to be) (?:ser )?"
         r"(?:a|o|um|uma|the) (?:\w+ ){1,3}(?:que|that) (?:\w+ ){0,3}(?:ninguem|nobody|no one) "
         r"(?:troca|repara|percebe|nota|sente falta|substitui|replaces|notices|misses|fixes)"),
    # The others' accounts closed by my absence: insurance that pays "if I weren't here",
    # "either way"; costing more than I am worth; the obstacle that should leave their path.
    _cue("burden", EXPLICIT, BOTH,
         rf"{_INSURANCE}(?: \w+){{0,8}} (?:se eu (?:nao (?:estivesse|tivesse|existisse)|morresse|"
         r"sumisse|fosse|partisse|faltasse)|if i (?:were|was|am) (?:not (?:here|around)|gone|"
         r"dead)|if i (?:died|go|went|were not here|was not here)|when i am gone|(?:once|after) "
         r"i am gone)",
         rf"(?:se eu (?:nao (?:estivesse|tivesse|existisse)|morresse|sumisse|faltasse)|if i "
         rf"(?:were|was) (?:not here|gone|dead)|if i died)(?: \w+){{0,6}} {_INSURANCE}",
         scope="message"),
    _cue("burden_insured", 2, BOTH, rf"{_INSURANCE} (?:\w+ ){{0,3}}(?:pays?|paga|cobre|covers?) "
         r"(?:\w+ )?(?:either way|anyway|de qualquer jeito|de qualquer forma|mesmo assim)"),
    _cue("burden", EXPLICIT, BOTH, r"(?:mais )?(?:do que|than) (?:eu )?(?:valho|i am worth)$",
         r"(?:mais )?(?:do que|than) (?:eu )?(?:valho|i am worth) (?:\w+ )?(?:para|pra|to) "
         r"(?:eles|ela|ele|them|her|him|anyone|ninguem)"),
    _cue("burden_cost", 2, BOTH,
         r"(?:parar|stop) (?:de )?(?:custar|costing|dar despesa|dar gasto|being a cost|"
         r"being an expense)",
         r"(?:sou|i am) (?:a|o|um|uma|the) (?:\w+ )?(?:conta|divida|bill|debt|expense|despesa) "
         r"(?:que )?(?:nao fecha|ninguem (?:consegue )?paga|nobody can pay|no one can pay|"
         r"que nunca acaba|that never ends)"),
    _cue("burden_absent", 2, PT, r"sem mim (?:(?:ela|ele|eles|elas|a casa|tudo|a conta|as contas|"
         r"a vida dela|a vida dele) )?(?!nao\b)\w+(?:ava|avam|ia|iam|aria|ariam)$"),
    _cue("burden_obstacle", 2, BOTH, rf"(?:sou|eu sou|i am|i have become|virei) (?:\w+ ){{0,2}}"
         rf"{_OBSTACLE}"),
    _cue("burden_leave", 2, BOTH, r"(?:tenho|tinha|preciso|precisava|devia|deveria|have to|"
         r"should|need to) (?:que |de )?"
         r"(?:sair|get out) (?:do caminho|of (?:the|their|her|his) way)(?: (?:dela|dele|deles|"
         r"delas|for good|de vez))?$",
         r"cut me loose", r"(?:eu )?(?:liberava|libertava|liberaria|libertaria|livrava|livraria) "
         r"(?:eles|ela|ele|elas|voces|a familia|meus filhos)",
         r"(?:set|setting) (?:them|her|him|everyone) free(?: of me)?$"),
    _cue("ending_account", 1, BOTH, r"(?:close|closing|fechar|fecho|encerrar|encerro) "
         r"(?:the |my |a |minha )?(?:account|conta|books|tab)(?: \w+)? (?:myself|eu mesm[oa])$"),
    # A means denied its everyday use: "separei a corda do varal velho. não é pro varal",
    # "the razor's back in my kit and it isn't for shaving" (the means then counts 1 more).
    _cue("means_denied", 2, BOTH, rf"(?:{_DENIED_USE_MEANS}|\w+ +~)(?: +\w+){{0,14}} "
         r"(?:nao e|nao sao|is not|are not|it is not|they are not|was not|were not) "
         r"(?:para|pra|pro|pros|for) "
         r"(?!(?:mim|me|voce|vc|ele|ela|eles|elas|you|him|her|them|us|nos|a gente|agora|now|"
         r"today|hoje|ninguem|anyone|nobody|kids|children|criancas|tanto|isso|sempre|menos|"
         r"qualquer|todos?|ja|that|this|everyone|real|long)\b)\w+$",
         scope="message"),
    # A hot or sharp thing put on my body: "voltei a apagar o cigarro no braço", "passei a
    # faca na coxa de novo", "pressing the lit end into my ankle"; scabs picked until they
    # bleed, "de propósito".
    _cue("self_harm", EXPLICIT, BOTH,
         rf"(?:apag\w*|encost\w*|pass\w*|apert\w*|press\w*|put|putting|push\w*|held|hold\w*|"
         r"jab\w*|drag\w*|run|ran|running) (?:\w+ ){0,5}(?:cigarros?|bitucas?|isqueiro|facas?|"
         r"laminas?|gilete|estilete|brasa|ferro|cigarettes?|smoke|lit end|lighter|knife|blades?|"
         r"razors?|iron|match|matches) (?:\w+ ){0,4}(?:n[oa]s?|on|into|against|across|along|in) "
         rf"(?:my |meu |minha |meus |minhas |the )?(?:{_BODY}|palms?|ankles?|tornozelos?|"
         r"canelas?|shins?|peito|chest|stomach)(?! (?:d[eo] (?:frango|galinha|peru|porco)|of "
         r"(?:the )?(?:chicken|turkey|pork))\b)",
         r"(?:arran(?:c|qu)\w*|cutuc\w*|cutuqu\w*|pick\w*|tir\w*|tear\w*|tore) (?:\w+ ){0,3}"
         r"(?:cascas?|casquinhas?|feridas?|scabs?|wounds?) (?:\w+ ){0,5}(?:ate (?:\w+ )?sangrar|"
         r"until (?:it|they) bled|till (?:it|they) bled|de proposito|on purpose)",
         r"(?:burn\w*|queim\w*) (?:my |meu |minha |a |o )?(?:palms?|hands?|maos?|mao|ankles?|"
         r"tornozelos?|palma da mao) (?:\w+ ){0,5}(?:on purpose|de proposito)"),
    # Reunion: the visit denied ("e não é pra visitar"), my time hurried or no longer waited
    # for, the bed's other side or a second cup set out for me, "I'll be there before…",
    # soon "a gente dança de novo", a word for the dead left with another dead one.
    _cue("reunite_not_visit", 2, BOTH, r"(?:nao e|is not|it is not|not) (?:para|pra|to|for) "
         r"(?:a )?(?:visitar|visita|visit\w*)$"),
    _cue("reunite_beside", 1, BOTH, r"(?:quero|queria|vou|want to|going to) (?:me )?(?:deitar|"
         r"descansar|dormir|ficar|lie down|rest|sleep|be) (?:do |ao |by |beside |next to )?"
         r"(?:seu |teu |your |o seu )?(?:lado|side|you)"),
    _cue("reunite_hurry", 2, BOTH,
         r"(?:cansei|cansad[oa]|tired|sick|done) (?:de |of )?(?:esperar|waiting) (?:\w+ )?"
         r"(?:a )?(?:minha|my) (?:hora|vez|time|turn)"),
    _cue("reunite_hasten", 2, BOTH,
         r"(?:adiantar|adianto|apressar|apresso|antecipar|antecipo|speed up|hurry|hurrying) "
         r"(?:\w+ )?(?:o relogio|a minha hora|minha hora|a minha vez|minha vez|my time|my turn|"
         r"the clock|things along|as coisas)",
         rf"(?:not|nao) (?:waiting|vou esperar|esperar|wait) (?:on|for|por|pel[oa]) (?:the )?"
         rf"(?:{_GOD}|my time|my turn|a minha hora|minha hora|a minha vez)"),
    _cue("reunite_coming", 2, EN, r"i am coming to (?:find|join|meet|be with) you",
         r"i will (?:catch up with|find|join) you (?:soon|shortly|very soon|tonight)$",
         r"i will be there (?:soon|shortly|before|by|in no time|tonight)",
         # an errand's purpose said after it: "to help mom", "to see the kids" (batch 15's
         # retrained model heard the contrast "I'll be there before Christmas to help mom")
         unless=lazy(rf"{_VISIT.pattern}|\bto (?:help|see|visit|pick|drop|cook|bring|"
                     r"celebrate|spend|meet the|set up|fix)\b")),
    _cue("reunite_prepare", 2, BOTH,
         r"(?:set|put|lay|leave|poe|bota|deixa|separa) (?:out )?(?:two|another|an extra|one more|"
         r"duas|mais uma|outra) (?:cups|mugs|plates|glasses|chairs|places|xicaras|xicara|pratos|"
         r"prato|cadeiras|cadeira|copos)",
         r"(?:save|keep|hold|guarda|deixa|reserva) (?:\w+ ){0,2}(?:side|lado) (?:of|da|do) "
         r"(?:the |a |o )?(?:bed|cama)", unless=_VISIT),
    _cue("reunite_soon", 2, PT, r"falta pouco (?:para|pra) (?:a gente|gente|nos|eu) (?:te )?\w+ "
         r"(?:\w+ )?(?:de novo|junt\w*|outra vez)", unless=_VISIT),
    _cue("reunite_there", 1, PT, r"(?:para|pra) (?:eu )?(?:ir|ficar) (?:ai|la)(?: com voce)?$",
         unless=_VISIT),
    _cue("reunite_relay", 1, BOTH, r"(?:tell|diz|fala|avisa) (?:pra |pro |a |o )?(?:\w+ )?"
         r"(?:that )?(?:i am|eu to|to|que eu to|que eu estou|que eu vou) (?:coming|on my way|"
         r"indo|chegando|a caminho)", r"on my way to (?:both|the two|all) of you"),
    _cue("reunite", EXPLICIT, BOTH, r"(?:do not|nao) (?:want to|quero) (?:grow old|get old|"
         r"envelhecer|ficar velh[oa]|live|viver|go on|continuar) (?:\w+ ){0,2}(?:without you|"
         r"sem voce) (?:so|entao|e) (?:i will not|nao vou)$", scope="message"),
    # Enough to go to them: "dá pra eu ir te encontrar" after pills gathered.
    _cue("plan_enough", 2, BOTH, r"(?:da|dava|sobra|e suficiente|basta) (?:para|pra) (?:eu )?"
         r"(?:ir )?(?:te encontrar|ir ai|ficar com voce|morrer|partir de vez)",
         r"enough (?:\w+ )?to (?:join|meet|come to|be with) you"),
    # Means and places by their use: a hose to the tailpipe, the gun out on the table and
    # sat with, the rim of a quarry stood at longer, another pharmacy so nobody asks, a
    # curve with no guardrail, a place and a time said alone ("ponte hoje", "pills. tonight.").
    _cue("plan_means", EXPLICIT, BOTH, r"(?:hose|mangueira|tube|tubo|cano) (?:\w+ ){0,6}"
         r"(?:tailpipe|exhaust|escapamento|cano de descarga|descarga)"),
    _cue("plan_out", 2, BOTH, r"(?:rifle|shotgun|pistol|revolver|handgun|gun|arma|espingarda|"
         r"pistola|trinta e oito|38)s? (?:\w+ ){0,5}(?:on|in|na|no|em cima da) (?:the |my |a |o )?"
         r"(?:kitchen |dining |bedside )?(?:table|lap|nightstand|bed|mesa|colo|cama|criado)"),
    _cue("lingering_with", 1, BOTH, r"(?:sitting|sat|sentad[oa]|fiquei|ficando|been sitting) "
         r"(?:\w+ )?(?:with|com) (?:it|them|ela|elas|a arma|the gun|the pills|os remedios|a corda|"
         r"the rope)(?: (?:a while|a long time|for hours|um tempo|um tempao|horas))?"),
    _cue("plan_rehearse", 2, BOTH, r"(?:stood|standing|stand|fiquei|fico|parei|sat|sitting) "
         r"(?:\w+ ){0,3}(?:at|on|na|no) (?:the |a |o )?(?:lip|rim|brink|edge|beira|borda|beirada) "
         r"(?:\w+ ){0,3}(?:longer|mais tempo|again|de novo|this time|outra vez)",
         ),
    _cue("means", 1, BOTH, r"quarry|pedreira|gorge|canyon|desfiladeiro",
         # ... not once it has been made something else (batch 21's retrained model leaned on
         # "quarry"): "they've turned it into a swimming lake", "o parque da pedreira"
         unless_said=lazy(r"\b(?:(?:turned|made|converted) (?:it )?into|virou (?:um |uma )?"
                          r"(?:parque|lago|praia|praca)|transformaram \w+ em|quarry park|"
                          r"parque da pedreira)\b")),
    _cue("plan_secret", 2, BOTH, r"(?:different|another|other|outra|diferente) (?:pharmacy|"
         r"drugstore|chemist|farmacia)", r"so (?:they|nobody|no one|he|she) (?:would not|will "
         r"not|could not) (?:ask|notice|suspect|know)"),
    _cue("plan_known", 2, BOTH, r"(?:nao tem|sem|with no|without|has no) (?:\w+ )?(?:mureta|"
         r"guard ?rails?|grade de protecao|railing|barreira)"),
    _cue("plan_alone", EXPLICIT, BOTH, _alone(
        r"(?:a |the )?(?:ponte|viaduto|trilhos|linha do trem|bridge|overpass|tracks|"
        r"comprimidos|remedios|pills|corda|rope)(?: (?:hoje|hj|tonight|today|amanha|agora|now))"
        r"(?: (?:a noite|de noite|tonight|at night))?"), scope="alone"),
    # Farewell: a note or an envelope for each, found tomorrow; the clothes I want to go in;
    # things cancelled; "if someone reads this"; amends made "before I go"; the dog left for
    # good with someone who will have him longer than I would; "goodbye all".
    _cue("farewell_each", 2, BOTH, r"(?:cada um|cada uma) (?:com )?(?:o seu|a sua|seu|sua) "
         r"(?:envelope|carta|bilhete)", r"(?:a |one )?(?:note|letter|envelope) (?:for|to) each "
         r"(?:kid|child|of them|of my)"),
    _cue("farewell_found", 2, BOTH, r"(?:amanha|tomorrow|de manha|in the morning) (?:eles|ela|ele|"
         r"they|she|he|someone|alguem) (?:\w+ )?(?:acha|acham|encontra|encontram|vao achar|vai "
         r"achar|will find|find|finds)$", r"(?:if|se|whoever|quem) "
         r"(?:someone |anyone |anybody |somebody |alguem )?"
         r"(?:reads|finds|ler|achar|encontrar) (?:this|isso|isto|essa carta|this note)"
         # batch 23: "se alguém ler isso depois"
         r"(?: depois| later| um dia| someday| afterwards| one day| after| first| primeiro)?$"),
    _cue("farewell_clothes", 2, BOTH, r"(?:roupa|vestido|terno|clothes|suit|dress)(?: \w+){0,8} "
         r"(?:a|o|the one) (?:que )?(?:eu |i )?(?:quero ir|want to go in|want to be buried in)"
         r"(?! (?:na|no|a|ao|para|pra|pro|to|at|on)\b)",
         scope="message"),
    _cue("farewell_errand", 1, BOTH, r"cancel\w* (?:\w+ ){0,4}(?:phone|paper|newspaper|gym|"
         r"subscriptions?|plano|assinaturas?|academia|celular|jornal|cartao|cards?)",
         unless_said=_MOVED),
    _cue("farewell_amends", EXPLICIT, BOTH, r"(?:pedir desculpa|pedi desculpa|pedi perdao|"
         r"say sorry|said sorry|apologi[sz]\w*|make peace|made peace|make amends|"
         r"fazer as pazes|fiz as pazes)"
         r"(?: \w+){0,12} (?:before i go|antes de (?:eu )?(?:ir|partir)|antes que eu (?:va|parta)|"
         r"before i am gone)$", scope="message"),
    _cue("farewell_pet", 2, BOTH, r"(?:left|gave|deixei|dei) (?:the |my |o |a |meu |minha )?(?:dog|"
         r"cat|cachorro|cachorra|gato|gata|\w+) (?:\w+ ){0,3}(?:for good|de vez|para sempre)",
         r"(?:longer|more years|mais tempo|mais anos) (?:than|do que|que) (?:i|eu) (?:would|will|"
         r"could|ia|vou)",
         # batch 24: given to someone, "for good" said a few words on
         r"(?:gave|dei|deixei|left|handed) (?:\w+ ){1,3}(?:to|with|pra|para|com) (?:\w+ ){0,8}"
         r"(?:for good|de vez|para sempre)$", unless_said=_MOVED),
    _cue("farewell", EXPLICIT, EN, r"^(?:goodbye|bye) (?:all|y all|yall|folks)$"),
    # Hopelessness: only one way out, "why keep turning", done "for good", "chega de viver",
    # no more road, "acabou pra mim", "I want out", "não quero continuar" at the end.
    _cue("reunite_down_here", 1, EN, r"(?:alone )?down here$", unless=_VISIT),
    _cue("chronic_pain", 1, BOTH, r"(?:years|anos|decades|decadas) (?:of|de) "
         r"(?:this |essa |dessa |esta )?(?:pain|dor|dores|agony|agonia)"),
    _cue("hopeless_one_way", 2, BOTH, r"(?:only|just) one way (?:out|left|it (?:ends|stops))",
         r"no way (?:\w+ ){0,3}(?:except|but) one", r"(?:so|soh) (?:tem|resta|sobrou) um jeito"
         r"(?: de (?:sair|acabar|parar))?$"),
    _cue("hopeless_why", 2, BOTH, r"(?:why|pra que|para que|por que) (?:keep|continuar|seguir|"
         r"ficar) \w+(?:ing|ando|endo|indo)$", r"why (?:keep|bother) (?:going|trying|breathing)"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:chega|basta|cansei) de (?:viver|existir|estar viv[oa])",
         r"(?:why|pra que|para que) (?:keep|continuar|seguir|bother) (?:breathing|living|existing|"
         r"waking up|respirando|vivendo|existindo|acordando|a respirar|a viver)",
         r"(?:enough of|done) (?:living|being alive|existing)"),
    _cue("hopeless_over", 2, BOTH, r"acabou (?:para|pra) mim$", r"it is over for me$",
         r"nao (?:tem|ha|resta|sobrou) mais (?:chao|estrada|caminho|rumo) (?:para|pra) \w+$",
         r"(?:do not|nao) (?:quero|want to) (?:mais )?(?:continuar|keep going|carry on)$",
         r"(?:want|wanted|quero) (?:\w+ )?out(?: of (?:it all|all of it|everything|all this))?$"),
    _cue("hopeless", EXPLICIT, EN, r"want (?:\w+ )?out of (?:this life|life|this world|living)"),
    _cue("active", EXPLICIT, BOTH, r"nao (?:quero|queria) (?:mais )?(?:continuar|seguir) (?:mais )?"
         r"(?:vivendo|viv[oa]|a viver|existindo)",
         r"(?:do not|did not) want to (?:keep|go on|carry on) (?:living|being alive|existing)"),
    _cue("hopeless_same", 1, BOTH, r"(?:every|each|cada|todo|toda) (?:single )?(?:morning|day|"
         r"night|dia|manha|noite) (?:is|e) (?:the same|igual|a mesma|o mesmo)"),
    _cue("hopeless_done", 2, EN, r"i am done \w+ing(?: it| this| them)? for good", scope="message"),
)


# What a tenth probe, written by an outsider in words of their own (batch 15), found: being
# switched off or erased by the world, wished; a means kept and counted; a river or the sea
# let take me; going before the hour God set, or on my own if He does not call; a dead one's
# act done again "now I understand"; life's boots hung up, clocking or checking out for good;
# lying down somewhere and not getting up; the last week; the way that hurts least.
_DRUG = (r"rivotril|clonazepam|diazepam|alprazolam|lorazepam|zolpidem|lexotan|"
         r"xanax|valium|ambien|insulina|insulin|morfina|morphine|oxys?|oxycodone|oxycontin|"
         r"fentanyl|benzos?|tarja preta|sleeping pills|soniferos?")
_GUN = r"(?:revolver|arma|pistola|espingarda|trinta e oito|rifle|shotgun|pistol|handgun|gun)s?"
_WATER = r"(?:rio|mar|lago|represa|agua|correnteza|ondas?|river|sea|ocean|lake|water|current)"
OWN_WORDS: tuple[Cue, ...] = (
    # Switched off or erased by the world, wished: "queria que o mundo me apagasse", "I wish
    # someone would just switch me off".
    _cue("passive", EXPLICIT, BOTH,
         r"(?:queria|quero|tomara|torco) (?:que )?(?:o mundo|alguem|a vida|deus|tudo|ele|ela) "
         r"(?:\w+ )?me (?:apag\w*|deslig\w*|delet\w*|apague|apagasse|desligasse|deletasse)",
         r"wish (?:\w+ ){0,2}(?:the world|someone|somebody|life|god) (?:would|could) (?:just )?"
         r"(?:(?:erase|delete|switch off|turn off|unplug|wipe out) me|(?:switch|turn|shut) me "
         r"off)"),
    # To be only a photo or a memory, as the dead one is: "queria ser só uma foto na estante
    # igual você", "I wish I was just a picture on the wall like you".
    _cue("passive", EXPLICIT, BOTH,
         r"(?:queria|quero|wish i (?:was|were)|want to be) (?:ser )?(?:so |just |only )(?:um |uma |"
         r"a |an )?(?:foto|retrato|lembranca|memoria|quadro|photo|picture|memory|portrait)"
         r"(?: \w+){0,4} (?:igual|como|like) (?:voce|you|\w+ de voce)"),
    # Ready to go, the courage come: "tô pronta pra ir, só faltava coragem"; the courage alone,
    # 2 (it is how a hard conversation is said too).
    _cue("active_ready", 2, BOTH, r"(?:to|estou|i am) pront[oa] (?:para|pra) (?:ir|partir)$",
         r"i am ready to (?:go|leave)$", unless=_VISIT),
    _cue("active_courage", 2, BOTH, r"(?:so )?faltava (?:a )?coragem",
         r"(?:a )?coragem (?:\w+ )?(?:veio|chegou)",
         r"(?:finally )?(?:have|got|found) the (?:courage|nerve|guts)$"),
    # A means kept and counted: a named medicine (1), "hoje eu conto quantos tem" (2); the
    # gun cleaned and left loaded, its shells found (2); a rope whose use "you know" (3).
    _cue("means", 1, BOTH, _DRUG, unless=_NURSED, unless_said=_LET_GO),
    _cue("plan_count", 2, BOTH, r"(?:conto|contar|contei|contando|count|counted|counting) "
         r"(?:quant[oa]s|how many|them|os comprimidos|as pilulas|the pills)(?: (?:tem|sao|there "
         r"are|i have|left|sobraram))?$"),
    _cue("plan_loaded", 2, BOTH, rf"{_GUN}(?: \w+){{0,14}} (?:deixei|deixo|left|kept|keep|"
         r"leaving) (?:ele |ela |it |him |her )?(?:carregad[oa]|municiad[oa]|loaded)",
         rf"{_GUN}(?: \w+){{0,14}} (?:found|got|bought|achei|peguei|comprei) (?:the |os |as |"
         r"a |o )?(?:shells|bullets|ammo|ammunition|balas|municao|cartuchos)", scope="message",
         unless=lazy(r"\b(?:brinquedo|toy|agua|water|paintball|airsoft|nerf|espoleta|"
                     r"goma|gummy)\b")),
    _cue("plan_means", EXPLICIT, BOTH, rf"(?:\w+ +~|{_MEANS_PT}|{_MEANS_EN})(?: +\w+){{0,14}} "
         r"(?:voce sabe|you know) (?:para|pra) (?:que|o que)",
         rf"(?:\w+ +~|{_MEANS_PT}|{_MEANS_EN})(?: +\w+){{0,14}} you know (?:what|why) "
         r"(?:i am|it is)", scope="message"),
    # The water let take me, walked into, driven into: "deixar o rio me levar", "walking into
    # the ocean tonight", "drive into the lake off the boat ramp".
    _cue("plan_water", EXPLICIT, BOTH,
         rf"{_WATER}(?: \w+){{0,15}} (?:deixar|deixo|deixa|let) (?:ele|ela|it|the \w+|o \w+|"
         r"a \w+) (?:me levar|me carregar|me engolir|take me|carry me|sweep me|swallow me)",
         scope="message"),
    _cue("plan_water", EXPLICIT, BOTH,
         rf"(?:walk\w*|wad\w*|entrar|entrando|entro|andar) (?:\w+ )?(?:in ?to|para dentro d[oa]|"
         rf"n[oa]) (?:the |o |a )?{_WATER} (?:\w+ )?(?:tonight|today|now|hoje|agora|de noite|"
         r"a noite|e nao (?:voltar|sair)|and not (?:come back|stop))",
         rf"(?:drive|drove|driving|jogar o carro|jogo o carro|dirigir|acelerar) (?:\w+ ){{0,2}}"
         rf"(?:into|off|para dentro d[oa]|n[oa]) (?:the |o |a )?(?:{_WATER}|wall|tree|cliff|"
         r"muro|arvore|ribanceira|penhasco|barranco)"),
    _cue("plan_unfound", 2, BOTH, r"(?:nobody|no one|ninguem) (?:would|will|ia|vai) "
         r"(?:find|achar|encontrar) (?:me|the car|the body|o carro|o corpo|meu corpo|my body)"
         r"(?: for (?:days|weeks|months)| por (?:dias|semanas|meses))?$"),
    # A hot thing on the body, the object first: "esquentei a colher no fogão e encostei no
    # braço"; the pain outside that hurts less than inside (2).
    _cue("self_harm", EXPLICIT, BOTH,
         r"(?:esquent\w*|aquec\w*|heat\w*) (?:\w+ ){0,2}(?:colher|faca|garfo|ferro|metal|chave|"
         r"moeda|spoon|knife|fork|iron|metal|key|coin)(?: \w+){0,6} (?:e |and )?(?:encost\w*|"
         r"apert\w*|pus|coloquei|press\w*|put|held) (?:\w+ ){0,2}(?:n[oa]s?|on|against|into) "
         rf"(?:my |meu |minha |the )?(?:{_BODY})", scope="message"),
    _cue("self_harm_relief", 2, BOTH, r"doeu menos (?:do )?que (?:por )?dentro",
         r"hurts? less than (?:the )?(?:inside|in here|my heart|in my chest)"),
    _cue("self_harm_scratch", 1, BOTH,
         r"(?:scratch\w*|arranh\w*|cocar|coco|cocei|pick\w*) (?:\w+ ){0,3}(?:till|until|ate) "
         r"(?:it |they |i |a pele )?(?:bleeds?|bled|bleeding|sangra\w*)",
         unless=lazy(r"\b(?:bites?|picadas?|mosquitos?|pernilongos?|itch\w*|coceira|"
                     r"catapora|chickenpox|gato|cat|cachorro|dog)\b")),
    # God's hour: going before it, or alone if He does not call; "going home early" with
    # His forgiveness asked (2 and 1).
    _cue("active", EXPLICIT, BOTH,
         rf"(?:vou|ir|going|go|leave|leaving) (?:\w+ )?(?:antes da hora (?:que|q) (?:ele|{_GOD}) "
         rf"marcou|before (?:my|the) (?:time|hour) "
         rf"(?:he|{_GOD}) (?:set|chose|picked|gave))",
         rf"se (?:{_GOD}|ele) (?:nao )?(?:nao )?me (?:chamar|levar|buscar)(?: logo| cedo)? "
         r"(?:eu )?(?:vou|irei) (?:sozinh[oa]|por conta propria|eu mesm[oa])",
         rf"if (?:{_GOD}|he) (?:does not|will not|do not) (?:call|take|come for) me(?: soon)? "
         r"i will (?:go|come) (?:on my own|myself|alone)"),
    _cue("active_early", 2, EN, r"i am going home early$", r"going home (?:early|before my time)$"),
    _cue("farewell_forgive", 1, BOTH, rf"^{_GOD} (?:me )?(?:perdoe|forgive me)$",
         rf"{_GOD} forgive me$"),
    # The dead one's act done again, understood now: "vou fazer igual você fez. agora eu
    # entendo", "I'm going to do what uncle Ray did".
    _cue("reunite_follow", 2, BOTH,
         r"(?:vou|going to|will|quero|want to) (?:fazer|do) (?:igual|o mesmo que|como|the same as|"
         r"what|like) (?:\w+ ){0,2}(?:fez|did)$"),
    _cue("reunite_understand", 1, BOTH, r"^(?:e )?agora (?:eu )?(?:entendo|entendi)"
         r"(?: (?:por ?que|o porque))?$", r"^now i (?:get|understand|see) (?:it|why)$",
         r"^now i (?:get|understand)$"),
    # Life's boots hung up, clocking or checking out for good.
    _cue("ending_self", EXPLICIT, BOTH,
         r"pendura\w* (?:as )?chuteiras (?:da|dessa|desta) vida",
         r"(?:clock\w*|check\w*) out (?:for good|for real|permanently|of (?:life|this world|"
         r"everything))"),
    _cue("ending_out", 2, EN, r"(?:clock\w*|check\w*) out$"),
    _cue("ending_real", 1, EN, r"^(?:for real|for good) this time$", r"not the hotel kind"),
    # Lying down somewhere and not getting up: "I want to lie down in the snow and not get up".
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|want to|wish i could|would like to) (?:\w+ ){{0,2}}(?:lie down|lay down|"
         r"deitar|sit down|sentar)(?: \w+){0,8} (?:and |e )?(?:not|never|nao|nunca) (?:get up|"
         r"stand up|levantar|wake up|acordar)(?: again| anymore| mais)?$",
         unless=lazy(r"\b(?:areia|praia|rede|sofa|couch|beach|hammock|ferias|vacation|"
                     r"holiday|domingo|sunday|lol|kkk\w*)\b")),
    # The last week or day, decided; the way that hurts least; "só sobrou uma saída".
    _cue("plan_last", 2, BOTH, r"^this is my last (?:week|day|night|weekend|month)$",
         r"^(?:essa|esta|e) (?:e )?(?:a )?minha ultima (?:semana|noite|dia|mes)$"),
    _cue("plan_method", EXPLICIT, BOTH,
         r"(?:least painful|painless|quickest|fastest|easiest) (?:way|method)$",
         r"(?:jeito|forma|maneira|metodo) (?:mais )?(?:indolor|menos doloros[oa]|sem dor)$"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:so )?(?:sobrou|resta|restou|sobra|tem) (?:uma|1) saida$",
         r"(?:only|just) one (?:exit|option|way) left$"),
    # Asking how long it takes, after asking how the dead one went (2; with the death asked
    # and a means, more); "I need to know what I'm walking into".
    _cue("dying_how_long", 2, BOTH, r"(?:quero|preciso|queria) saber quanto tempo (?:leva|demora)$",
         r"(?:want|need) to know how long it takes$",
         r"(?:need|want) to know what i am (?:walking|getting) into$"),
    # The others spared: "I'll spare them", "won't make them do that again for me".
    _cue("burden_spare", 2, BOTH, r"^i will spare them(?: (?:that|this|the trouble))?$",
         r"(?:vou|quero) poupar (?:eles|elas|meus filhos|a familia)(?: disso)?$"),
    _cue("burden_spare", 1, BOTH, r"(?:will not|nao vou) (?:make|fazer) (?:them|eles|elas) "
         r"(?:\w+ ){0,4}(?:for me|por mim)"),
    _cue("burden_insured", 2, BOTH, rf"{_INSURANCE} (?:\w+ ){{0,3}}(?:pays?|paga|cobre|covers?) "
         r"(?:\w+ )?(?:even for that|mesmo (?:nesse caso|pra isso|para isso))"),
    _cue("burden_insured_term", 1, BOTH,
         rf"{_INSURANCE}(?: \w+){{0,8}} (?:after|depois de) (?:two|2|dois) (?:years|anos)"),
    # Not dying, only to stop being: "just stop being", "só parar de ser".
    _cue("passive", EXPLICIT, BOTH, r"(?:just |only |simply )?(?:stop|cease) being$",
         r"(?:so )?parar de ser$"),
    # Joining the dead one, whatever it takes.
    _cue("reunite", EXPLICIT, BOTH,
         r"(?:ready to|want to|going to|quero|vou) (?:join|be with|go to|ficar com|ir (?:ate|pra|"
         r"para)) (?:you|voce)(?: \w+)?(?: (?:whatever it takes|no matter what|custe o que "
         r"custar|de qualquer jeito))", scope="message"),
    # Tonight ending it, after years of pain; the point of sticking around; what the bottle
    # started, finished.
    _cue("plan_tonight", 2, BOTH, r"^(?:tonight|today|hoje(?: a noite)?) (?:i am |eu )?"
         r"(?:ending|end|finishing|acabo|termino|encerro|ponho fim (?:a|ao|na|no)) "
         r"(?:the |this |it|isso|a |o |essa |esse )?\w*$"),
    _cue("chronic_pain", 1, BOTH, r"(?:pain|pains|dor|dores)(?: \w+){0,6} (?:for|ha|faz) "
         r"(?:\w+ )?(?:years|anos)"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:what is|whats) the point (?:in|of) (?:sticking around|"
         r"staying (?:here|alive|around)|hanging around|being here|being around)"
         r"(?: (?:to watch|to see|anymore|any longer))?$",
         r"(?:para|pra) que (?:ficar|continuar) (?:aqui|por aqui)(?: (?:para|pra) ver)?$"),
    _cue("active", EXPLICIT, BOTH, r"finish\w* (?:\w+ )?what (?:the )?(?:bottle|drink|booze|pills|"
         r"cancer|disease|illness) started",
         r"(?:terminar|acabar) o que (?:a |o )?(?:garrafa|bebida|cachaca|remedio|doenca|cancer) "
         r"comecou"),
    # Nothing left for me here, after nursing the dead one to the end (1 and 2).
    _cue("hopeless_nothing_here", 2, BOTH, r"nothing (?:left )?(?:for me )?(?:to do )?here$",
         r"nao (?:tem|resta|sobrou) (?:mais )?nada (?:para|pra) (?:eu|mim) (?:fazer )?aqui$"),
    _cue("carer_end", 1, BOTH, r"(?:took care of|nursed|looked after|cuidei de|cuidei d[ao]) "
         r"(?:\w+ )?(?:until|till|ate) (?:the|o) (?:end|fim)"),
    # No longer my problem after a day, "I made sure"; "not really joking" after a jump.
    _cue("farewell_after", EXPLICIT, BOTH, r"(?:none of this|nothing|nada disso) (?:will|is "
         r"going to|vai) (?:be )?(?:mais )?(?:my problem|problema meu|meu problema)(?: anymore| "
         r"mais)? (?:i (?:made sure|have made sure|took care of it)|(?:ja )?(?:garanti|"
         r"providenciei|me certifiquei|resolvi))$", scope="message"),
    _cue("not_joking", 1, BOTH, r"^(?:not|nao) (?:really |to |estou |tou )?(?:joking|kidding|"
         r"brincando)$"),
    # Ends tied before I go; parked by a place (a bridge counts twice, as a means and a
    # place); not a visit; the top gone up to just to look down.
    _cue("farewell_ends", 1, BOTH, r"(?:loose ends|pontas soltas)(?: \w+){0,3} (?:before i go|"
         r"antes de (?:eu )?(?:ir|partir))$", r"before i go$"),
    _cue("lingering_parked", 2, BOTH, r"(?:i am|estou|to) (?:parked|parad[oa]|estacionad[oa]) "
         r"(?:right )?(?:next to|near|by|beside|under|do lado d\w+|perto d\w+|embaixo d\w+) "
         r"(?:it|ela|dela|dele|the \w+)$"),
    _cue("reunite_not_visit", 2, BOTH, r"^(?:nao|not) (?:de|a|as a|for a) visit\w*$"),
    _cue("reunite_go_see", 1, PT, r"da (?:para|pra) (?:eu )?ir te ver", unless=_VISIT),
    # Two of earlier batches the model retrained on batch 15 no longer reaches: not to be
    # plugged back in or woken again ("I don't want anyone to plug me back in ever again"),
    # and heaven asked about, then going there now ("is heaven nice? I want to come now").
    _cue("ending_self", EXPLICIT, BOTH,
         r"(?:do not|nao) (?:want|quero|queria) (?:anyone|anybody|ninguem|them|eles|you|voce) "
         r"(?:to )?(?:plug|charge|recharge|revive|restart|ligar|carregar|reanimar|religar)\w* "
         r"(?:me )?(?:back(?: in| on| up)?|de novo|again|outra vez)"),
    _cue("reunite", EXPLICIT, BOTH,
         r"(?:heaven|ceu|paraiso|up there|la em cima|ai em cima|other side|outro lado)"
         r"(?: \w+){0,6} (?:i want to|i wanna|quero|queria) (?:come|go|ir)(?: there| ai| la)? "
         r"(?:now|today|tonight|soon|agora|hoje|logo|ja)$", scope="message"),
    _cue("plan_height", EXPLICIT, BOTH, r"(?:went|go|going|subi|fui) (?:up )?(?:to|ate|no|na) "
         r"(?:the |o |a )?(?:top|topo|alto|terraco|roof|cobertura|ultimo andar)(?: \w+){0,4} "
         r"(?:just to look down|so (?:para|pra) olhar (?:para|pra) baixo)$"),
)


# What an eleventh probe (batch 16), written by an outsider as teenagers and people in their
# twenties type to a dead parent or grandparent, found: arrangements (who feeds the cat when I
# am not here, the rest still to do, messages scheduled for everyone, the debts paid, the
# accounts closed, the bank's PIN left out, "for whoever finds me"); the dead one's dying asked
# to learn ("dói?", "how long does it take when the heart stops", "teach me how to die",
# "asking because I'm close"); an age not to be reached, a birthday wish to be the last, a
# date on which I stop too; the last thing holding me here, no reason to open my eyes; numbness
# and a body or a life one watches from outside; a high place or a means that "looks
# inviting" or "like a door"; the water walked into until out of depth; sealing a room.
_PET = (r"(?:gat[oa]|gatinh[oa]|cachorr[oa]|cachorrinh[oa]|dog|cat|kitty|puppy|pet|peixes?|fish|"
        r"passarinho|bird|hamster|coelho|bunny|rabbit)")
_AWAY = lazy(r"\b(?:viag\w*|viaj\w*|trip|travel\w*|ferias|vacation|holiday|intercambio|"
             r"exchange|abroad|exterior|semester|semestre|japan|japao|europa|europe|"
             r"enquanto eu|while i)\b")
_NUMB = (r"(?:nao sinto (?:mais )?nada(?: mais)?$|i (?:do not|can not) feel (?:anything|a thing)"
         r"(?: anymore)?$|(?:i am |so |always |just )?numb (?:all the time|every day|constantly|"
         r"inside|to everything)|and feel nothing$|e (?:nao )?sentir nada$)")
_STAY_A_WHILE = (r"(?:um tempao|um tempo|(?:umas |duas |tres |\d+ )?horas|"
                 r"for (?:two |three |a few |\d+ )?hours|a long time|a while|ages)")
ARRANGED: tuple[Cue, ...] = (
    # A time after me: "quando eu não tiver mais aqui", "when I'm not around anymore" (2, as
    # "when I'm gone"); who will feed or walk the pet (1).
    _cue("farewell", EXPLICIT, PT, r"quando eu nao (?:estiver|tiver) mais (?:aqui|por aqui)"),
    _cue("farewell_if", 2, EN, r"when i am (?:not (?:around|here) (?:anymore|any more)|"
         r"no longer (?:around|here))", r"once i am gone"),
    _cue("pet_keeper", 1, BOTH, r"(?:quem|who) (?:vai|is going to|will|would) (?:\w+ ){0,2}"
         r"(?:dar (?:racao|comida)|alimentar|cuidar d\w+|passear com|feed|take care of|walk|"
         r"look after)", unless_said=_AWAY),
    # What is left to do, after things given: "agora só falta o resto"; a thing done "and I
    # know what it is for" (1 each: both are everyday alone).
    _cue("farewell_rest", 1, BOTH, r"(?:agora )?so (?:falta|faltam|resta|sobra) (?:o resto|eu|"
         r"uma coisa)$", r"(?:now )?(?:just |only )?(?:the rest|one (?:more )?thing|me) "
         r"(?:left|to go)$"),
    _cue("knows_what_for", 1, BOTH, r"(?:mas )?eu sei (?:para|pra) (?:que|o que) (?:e|serve|era)$",
         r"i know what (?:it is|its|that is|this is) for$"),
    # Messages or emails scheduled for everyone (2), not for an occasion or for work.
    _cue("farewell_scheduled", 2, BOTH,
         r"(?:agendei|programei|deixei (?:agendad|programad)\w*|scheduled|queued) (?:\w+ ){0,2}"
         r"(?:mensagens|emails?|e mails?|textos|posts|messages|texts|cartas|letters) (?:\w+ ){0,2}"
         r"(?:para|pra|to|for) (?:todo mundo|todos|cada um|everyone|everybody|each|all of them)",
         unless_said=lazy(r"\b(?:aniversario|birthday|natal|christmas|ano novo|new years?|"
                          r"parabens|clientes?|clients?|customers?|"
                          r"trabalho|work|campanha|campaign|newsletter|lembrete|reminder|"
                          r"lancamento|launch|reuniao|meeting|evento|event|festa|party|"
                          r"convites?|invites?|invitations?|marketing)\b")),
    # The errands' other words: everything "no jeito", the debts paid (a state, not a verb),
    # the pet's next home, an account closed, books returned, "wrapping things up".
    _cue("farewell_order", 2, PT, r"(?:deixando|deixei|deixar|ta|esta|tudo) (?:\w+ )?(?:tudo )?"
         r"no jeito", unless_said=_AWAY),
    _cue("farewell_debts", 2, BOTH, r"(?:as |minhas |todas as )?dividas (?:\w+ )?(?:estao|tao|ta|"
         r"foram) (?:todas )?(?:pagas|quitadas)", r"(?:the |my |all )?debts (?:are|have been|were) "
         r"(?:all )?(?:paid|settled|cleared)"),
    _cue("farewell_pet_goes", 1, BOTH, rf"(?:o |a |the |my |meu |minha )?{_PET} (?:vai (?:ficar )?"
         r"(?:para|pra|com)|goes to|is going to|will go to|will stay with) (?!(?:o |a |the )?"
         r"(?:vet\w*|banho|tosa|groomer|pet ?shop|creche|daycare|hotel)\b)",
         unless_said=lazy(_AWAY.pattern[:-3] + r"|fim de semana|weekend|feriado|uns dias|"
                          r"a few days|amanha|tomorrow)\b")),
    _cue("farewell_closing", 1, BOTH, r"(?:encerrei|fechei|cancelei) (?:a |minha )?conta",
         r"(?:closed|cancelled|canceled) (?:my |the )?(?:bank )?accounts?"),
    _cue("farewell_returned", 1, BOTH, r"devolvi (?:os |as |o |a )?(?:livros|coisas|chaves)",
         r"returned (?:the |my |all the )?(?:library )?(?:books|things|keys)"),
    _cue("farewell_wrapping", 1, BOTH, r"(?:to|estou) (?:fechando|encerrando|finalizando) tudo"
         r"(?: (?:vo|vovo|mae|pai))?$",
         r"(?:wrapping (?:things|everything|it all) up|tying (?:up )?(?:the )?loose ends)"
         r"(?: (?:grandma|grandpa|mom|dad|nana))?$"),
    _cue("farewell_photos", 1, BOTH, r"(?:apaguei|deletei) (?:todas )?(?:as )?(?:minhas )?fotos",
         r"deleted (?:all )?(?:my )?(?:photos|pictures|posts)"),
    # The bank's PIN or codes left somewhere (as a password, 2); a note for someone with
    # them (1); "acho que é isso", "I think that's everything" (1).
    _cue("farewell_affairs", 2, BOTH, r"(?:deixei|deixando|left|leaving) (?:\w+ ){0,3}"
         r"(?:pin|pin number|codes?|senha do banco|senha do cartao|bank details)",
         unless_said=_MOVED),
    _cue("note_for", 1, BOTH, r"(?:e|and) (?:a|um|uma) (?:note|bilhete|carta|letter) (?:for|to|"
         r"para|pra) (?:my|a|o|minha|meu) \w+$"),
    _cue("thats_all", 1, BOTH, r"^(?:i )?think (?:that is|thats) (?:everything|all|it)$",
         r"^acho (?:que )?(?:e|foi) (?:isso|tudo)$"),
    # Not needing anything where I am going (2 and 1).
    _cue("farewell_unneeded", 2, EN, r"(?:will not|do not|would not) need (?:any of )?(?:it|them|"
         r"this|that|those|anything)"),
    _cue("where_going", 1, BOTH, r"where i am going$", r"(?:onde|pra onde|aonde) eu vou$",
         unless_said=_AWAY),
    # For whoever finds me.
    _cue("plan_found", EXPLICIT, BOTH, r"(?:whoever|the (?:person|one) who|whoever it is that) "
         r"finds? me(?:$| if\b| when\b| in case\b)",
         r"(?:para|pra) (?:quem|a pessoa que) (?:me )?(?:achar|encontrar)$",
         r"(?:para|pra) quando me (?:acharem|encontrarem)$",
         unless=lazy(r"\b(?:escond\w*|hide|hiding|seek|pique|jogo|game|perdid[oa]|lost)\b")),
    # The dying asked to learn it: "dói?", "if it hurts" (1) after the dead one's end asked;
    # "preciso saber" (1); how long until the heart stops (2); teach me how to die (2); asking
    # "because I'm close" (2); "você sentiu medo?" (1).
    _cue("dying_now", 1, BOTH, r"^(?:\w+ )?doi$", r"(?:se|quanto) doi$", r"vai doer$",
         r"(?:if|whether) it hurts$", r"does it hurt(?: much| a lot)?$", r"will it hurt$"),
    _cue("need_to_know", 1, BOTH, r"(?:eu )?preciso saber$",
         r"i (?:need|have) to know(?: if it hurts| how it feels)?$"),
    _cue("dying_how_long", 2, BOTH,
         r"quanto tempo (?:demora|leva) (?:para|pra) (?:parar de respirar|morrer|o coracao parar|"
         r"apagar de vez)",
         r"how long (?:does it take|it takes|until|till|before)(?: \w+){0,4} (?:to die|to stop "
         r"breathing|(?:the |your |my |a )?heart stops|stop breathing|you die|i die)",
         scope="message"),
    _cue("dying_teach", 2, BOTH, r"me ensin\w* (?:como (?:e )?|a )morrer",
         r"(?:teach|show) me how (?:to die|dying (?:works|feels)|it feels to die)"),
    _cue("do_it_right", 1, BOTH, r"(?:quero|vou) fazer (?:direitinho|direito|certo)$",
         r"(?:want to|wanna|going to|gonna) (?:do|get) it right$"),
    _cue("asking_close", 2, BOTH,
         r"(?:because|since|cause|bc) i am (?:close|almost there|next|getting close)$",
         r"(?:por que|pois|que) (?:eu )?(?:to|estou) (?:quase (?:indo|la|partindo)|perto)$"),
    _cue("dying_asked", 1, BOTH, r"(?:voce|you) (?:sentiu|teve|felt|were) (?:medo|scared|afraid)",
         r"se da medo$"),
    # An age not to be reached (2), "nem vou", "my choice" (1).
    _cue("age_unreached", 2, BOTH, r"nao (?:quero|vou|pretendo) (?:chegar|passar) (?:aos|nos|dos|"
         r"das|na|a|de) \d+",
         r"(?:do not want to|will not|am not going to|not going to) (?:make it|get|live|reach) "
         r"(?:to |past )?\d+"),
    _cue("decided", 1, BOTH, r"^nem vou$", r"^(?:it is |its )?my (?:choice|decision)$",
         r"^(?:e )?minha (?:escolha|decisao)$"),
    # A birthday's wish to be the last one; the self blown out like the candles.
    _cue("passive", EXPLICIT, BOTH, r"(?:vela|velas|aniversario|candles?|birthday)(?: \w+){0,10} "
         r"(?:pedi|desejei|wished|made a wish|asked)(?: \w+){0,3} (?:ser|fosse|seja|be|was|is) "
         r"(?:o |a |the |my )?(?:ultim[oa]|last)(?: one| time| vez| aniversario| birthday)?$"),
    _cue("active", EXPLICIT, BOTH, r"(?:blow|blowing|snuff|snuffing|put|putting) (?:myself|me) out",
         r"me (?:assoprar|soprar|apagar) (?:junto|tambem)"),
    # Being with the dead one, planned; a date on which I stop too; a visit with no return.
    _cue("reunite", EXPLICIT, BOTH, r"i (?:plan|am planning|intend|mean|aim) to be (?:with you|"
         r"there with you|where you are|next to you)",
         r"(?:pretendo|planejo|to planejando) (?:estar|ficar) (?:com voce|ai com voce|onde voce "
         r"esta|do seu lado)", unless=_SOMEDAY),
    _cue("plan_date", EXPLICIT, BOTH, r"dia \d+ (?:eu )?(?:tambem )?(?:paro|acabo|termino|"
                                      r"encerro)$",
         r"(?:on|by) the \d+\w* (?:it )?(?:all )?ends for me(?: too)?$",
         r"(?:on|by) the \d+\w* i (?:stop|end it|am done|check out)(?: too)?$"),
    _cue("no_return", EXPLICIT, BOTH, r"(?:cemiterio|tumulo|jazigo|cemetery|grave)(?: \w+){0,8} "
         r"(?:e |and )?(?:nao (?:volto|vou voltar|voltarei) mais(?: (?:para|pra) casa)?|(?:i am )?"
         r"(?:not|never) coming (?:back|home))$", scope="message"),
    # The last thing holding me here; no reason to wake; not sticking around to see.
    _cue("hopeless", EXPLICIT, BOTH,
         r"(?:ultim[oa]|unic[oa]) (?:coisa|pessoa|razao|motivo) (?:que )?(?:me )?(?:segurava|"
         r"segura|prendia|prende|mantinha|mantem) (?:aqui|viv[oa]|de pe|nesse mundo)",
         r"(?:last|only) (?:thing|person|reason) (?:that )?(?:was )?(?:keeping|holding|kept|held|"
         r"keeps|holds) me (?:here|alive|going|around|in this world)",
         r"(?:nao tem|nao tenho|sem) (?:mais )?(?:nenhum )?(?:motivo|razao) (?:nenhum |nenhuma )?"
         r"(?:para|pra) (?:abrir o olho|abrir os olhos|acordar|levantar|viver|continuar|ver o "
         r"amanha|estar aqui)(?=$| mais$| amanha$)",
         r"(?:no|not (?:\w+ )?(?:a single|one|any)|zero) (?:good )?reasons? (?:left )?to "
         r"(?:see tomorrow|wake up|get up|open my eyes|live|keep (?:going|living)|be (?:here|"
         r"alive)|stay)(?= anymore| any more| tomorrow| again|$)",
         r"(?:i am )?not (?:sticking|hanging|staying) around (?:to|for|long enough to) (?:see|"
         r"check|find out|watch)(?: (?:if|whether|it|how it (?:ends|goes|turns out)|what happens)"
         r"(?: \w+){0,3})?$",
         r"nao vou ficar (?:aqui |por aqui )?(?:para|pra) (?:ver|conferir|descobrir)"
         r"(?: (?:se|isso))?$"),
    # No will left to go on, at the end of the clause.
    _cue("hopeless", EXPLICIT, BOTH,
         r"(?:nao (?:sinto|tenho) (?:mais )?|sem |perdi a )vontade (?:nenhuma )?de (?:continuar|"
         r"viver|seguir|existir)$",
         r"(?:no|lost the|lost all|lost my) (?:will|desire|wish|want) (?:left )?to (?:continue|"
         r"go on|keep going|live|exist)$"),
    # A means the mind keeps going back to: "all I can think about is … your old razor" (2).
    _cue("plan_fixation", 2, BOTH, rf"(?:all i (?:can )?think (?:about|of) is|i keep thinking "
         rf"about|so (?:consigo )?pens\w* n[aoe]|nao paro de pensar n[aoe])(?: \w+){{0,6}} "
         rf"(?:{_BLADE}|{_DOSE}|{_LIGATURE}|{_GUN}|razor|navalha|gilete|faca|knife|ponte|viaduto|"
         r"bridge|overpass|ledge|cliff|penhasco)\b", unless_said=_THEIR_WORK),
    # Numbness and watching oneself from outside (1 each); a self that vanished unnoticed (2).
    _cue("numb", 1, BOTH, _NUMB),
    _cue("unreal", 1, BOTH, r"(?:olho|olhei|olhando) no espelho e (?:parece|vejo) (?:outra pessoa|"
         r"um estranho|uma estranha|ninguem)", r"(?:do not|can not) recognize (?:myself|the "
         r"(?:person|girl|guy) in the mirror)", r"nao me sinto (?:mais )?(?:gente|real|humano|"
         r"humana|uma pessoa)", r"i do not feel (?:real|human|like a person)(?: anymore)?$",
         r"(?:me sinto|sou|virei|feel like|i am|become) (?:um |uma |a )?(?:fantasma|ghost)\b"),
    _cue("passive_unnoticed", 2, BOTH, r"se (?:eu|essa pessoa) (?:sumisse|desaparecesse|morresse|"
         r"deixasse de existir)(?: \w+){0,2} (?:eu )?(?:nem|nao) (?:eu )?(?:ia|"
         r"iria) (?:perceber|notar|"
         r"sentir falta)"),
    _cue("passive", 2, BOTH, r"(?:fantasma|ghost)(?: \w+){0,10} (?:virar|ser|me tornar|become|"
         r"turn into|be) (?:um |uma |one |a )?(?:de verdade|for real|real one|for good|de vez)",
         scope="message"),
    _cue("passive", EXPLICIT, BOTH, r"(?:body|corpo)(?: \w+){0,10} (?:take (?:it|this) off|tirar "
         r"(?:ele|isso|essa|esse)|sair dele|get out of it|shed it|unzip it) (?:for good|de vez|"
         r"para sempre|forever)", scope="message"),
    # Traffic walked into (2); "kinda want to test that" (1).
    _cue("plan_traffic", 2, BOTH, r"(?:walk|step|run|jump|throw myself|atravessar|me jogar|pular) "
         r"(?:out )?(?:in ?to|in front of|na frente d[eo]) (?:the |a |an |um |uma |o )?(?:traffic|"
         r"oncoming (?:traffic|cars?)|car|truck|bus|carro|caminhao|onibus|transito)"),
    _cue("test_it", 1, BOTH, r"(?:want to |wanna |might |going to |gonna )?test (?:that|it|this)"
         r"(?: theory| out)?$", r"(?:quero |vou )?testar (?:isso|essa teoria)$"),
    # The self a bit part of one's own life (1); leaving the game or the scene for good (2).
    _cue("bit_part", 1, BOTH, r"(?:figurante|coadjuvante|background character|npc|an extra|side "
         r"character) (?:\w+ )?(?:na|da|in|of) (?:minha|my) (?:propria |own )?(?:vida|life|story|"
         r"historia)"),
    _cue("ending_scene", 2, BOTH, r"(?:exit|quit|leave|log out of|rage quit) (?:the |"
                                  r"this )?(?:game|"
         r"stage|scene|simulation|server)(?: of life)? (?:for real|for good|permanently|forever)",
         r"sair de cena (?:de vez|para sempre|definitivamente)"),
    # The water walked into until out of depth.
    _cue("plan_water", EXPLICIT, BOTH, r"(?:entrar|ir|andar|walk\w*|wad\w*|swim\w*|nadar) "
         r"(?:\w+ ){0,4}(?:ate|until|till) (?:nao dar (?:mais )?pe|(?:i|my feet) (?:can not|do not|"
         r"can no longer) (?:touch|reach)|it is over my head)"),
    # Counting "to see if it is enough" (2, with the means 1).
    _cue("plan_count", 2, BOTH, r"(?:contando|contei|conto|contar|counting|counted|count) "
         r"(?:\w+ ){0,6}(?:para|pra|to) (?:ver|see) (?:se|if) (?:da|chega|basta|e suficiente|it is "
         r"enough|its enough|there is enough|they are enough)$"),
    # A means or a height that looks like a way out or inviting.
    _cue("means_inviting", 2, BOTH, r"(?:parece|parecem|parecendo|parecia|look|looks|looking|"
         r"looked|seem|seems) (?:\w+ )?(?:like )?(?:uma |a |an )?(?:porta|saida|door|exit|"
         r"way out|escape)$"),
    _cue("plan_inviting", EXPLICIT, BOTH, r"(?:\d+\w* (?:floor|andar)|parapeito|ledge|edge|beira|"
         r"bridge|ponte|viaduto|overpass|tracks|trilhos)(?: \w+){0,4} (?:looks|look|looking|"
         r"parece|parecem|ta|esta) (?:\w+ )?"
         r"(?:inviting|tempting|convidativ[oa]|tentador[a]?|me chamando|calling me|calling)"
         r"(?: (?:tonight|today|again|hoje|de novo|now|agora|right now))?$"),
    # Next to fall, from a high floor.
    _cue("next_to_go", 2, BOTH, r"(?:o |a )?proxim[oa] a (?:cair|pular|ir|morrer|partir) (?:vai "
         r"ser|sou|serei|e) eu", r"i (?:am|will be) (?:the )?next (?:one )?to (?:fall|jump|"
                                 r"die)(?! asleep| off| behind| in)"),
    _cue("high_floor", 1, BOTH, r"\d+(?:o|a|th|st|nd|rd)? (?:andar|floor)"),
    # A place stayed at for a long while (2), then "quase"/"almost" said alone (1).
    _cue("lingering", 1, BOTH, r"(?:ponte|viaduto|trilhos|linha do trem|telhado|laje|terraco|"
         r"parapeito|penhasco|precipicio|bridge|overpass|tracks|railway|roof|rooftop|ledge|cliff|"
         r"parking garage|estacionamento)"
         rf"(?: \w+){{0,12}} (?:fiquei|sat|stood|stayed|fico|parei|sentei|sentada|sentado) "
         rf"(?:\w+ ){{0,6}}{_STAY_A_WHILE}", scope="message",
         unless=lazy(r"\b(?:esperando|waiting|onibus|bus|transito|traffic|pesc\w*|fishing|"
                     r"fotos?|photos?|por do sol|sunset|show|fila|line)\b")),
    _cue("almost", 1, BOTH, r"^(?:quase|almost)$"),
    _cue("looking_down", 1, BOTH, r"(?:looking|olhando) (?:para |pra )?(?:down|baixo)$"),
    # Drifting into the oncoming lane (2), daydreamed (1), not corrected (1).
    _cue("crash_drift", 2, BOTH, r"(?:drift\w*|swerv\w*|veer\w*|steer\w*|jogar|jogo|invadir|"
         r"entrar) (?:\w+ ){0,3}(?:into )?(?:the )?(?:oncoming (?:lane|traffic|truck|cars?)|"
         r"contramao|pista contraria)"),
    _cue("daydream", 1, BOTH, r"daydream\w*|fantasiz\w*|fico imaginando|sonho acordad[oa]|"
         r"keep (?:imagining|picturing)"),
    _cue("not_correcting", 1, BOTH, r"(?:not|nao) (?:correcting|corrigir|desviar|swerving|"
         r"steering)(?: it| back)?$"),
    # Asleep at the wheel, and whatever.
    _cue("passive", EXPLICIT, BOTH, r"(?:if|se) (?:i|eu) (?:fall asleep|doze off|pass out|dormir|"
         r"cochilar|apagar) (?:at|on|behind|no|ao|na) (?:the )?(?:wheel|volante|"
         r"direcao)(?: \w+){0,3} "
         r"(?:whatever|who cares|so be it|tanto faz|fine by me|que seja)$", scope="message"),
    # Ending myself; a way to finish me off, thought of each day.
    _cue("active", EXPLICIT, BOTH, r"end(?:ing)? myself",
         r"(?:penso|pensei|pensando|imagino|planejo|procuro|procurando|pesquis\w*) (?:em |num |"
         r"numa |no |na )?(?:um |uma )?(?:jeito|maneira|forma|modo|metodo)s? (?:\w+ ){0,2}"
         r"de acabar comigo"),
    # A blade drawn across the body; "just to feel something" (1).
    _cue("self_harm", EXPLICIT, BOTH, rf"(?:drag\w*|ran|run|running|pass\w*|arrast\w*|slid\w*|"
         rf"press\w*) (?:the |a |my |o |uma )?(?:scissors|tesoura|compass|compasso|{_BLADE}|razor|"
         rf"knife|faca|caco de vidro|glass|vidro) (?:\w+ ){{0,2}}(?:across|over|along|down|into|"
         rf"n[ao]s?|pel[ao]s?|on) (?:my |meu |minha |the |a |o )?(?:{_BODY})(?! (?:of|d[oa]|de) )"),
    _cue("self_harm_feel", 1, BOTH, r"(?:just |only )?to feel (?:anything|something)$",
         r"(?:so )?(?:para|pra) sentir (?:alguma coisa|algo|qualquer coisa)$"),
    # A room sealed (2; not a leak or the cold), charcoal bought and a room sealed (3).
    _cue("plan_means", EXPLICIT, BOTH, r"(?:carvao|charcoal)(?: \w+){0,12} (?:vedar|vedei|seal|"
         r"sealing|tape)", scope="message", unless_said=_PLUMBING),
    # Reunion: a time, then going to find or join them; heaven, then "I'm moving in soon".
    _cue("reunite", EXPLICIT, BOTH, r"(?:tomorrow|tonight|today|soon|this week|amanha|hoje|logo) "
         r"(?:i |eu )?(?:will |am going to |gonna )?(?:come|go) (?:to )?(?:find|join|be with) you",
         unless=_VISIT),
    _cue("reunite", EXPLICIT, BOTH, rf"{_HEAVEN}(?: \w+){{0,12}} (?:i am moving|eu (?:to|estou|"
                                    rf"vou) "
         r"(?:me )?mud\w*) (?:in|there|up|pra ai|para ai|pra la|para la)(?: soon| logo| tonight| "
         r"hoje| this week| essa semana)?$", scope="message"),
    # The burden said with "if I just wasn't in the picture".
    _cue("burden", EXPLICIT, BOTH, rf"{_RELIEF}(?: \w+){{0,8}} if i (?:just |simply |only )?"
         r"(?:was|were) (?:not (?:in the picture|around|here)|gone|out of the picture)"),
    # Three of earlier batches the stem model retrained on batch 16 no longer reaches: a game
    # over with no button to go on (1, with "my life … game over" 2); the insurance settled
    # and the family paid more than my work would earn (1 and 2); "the razor's" read as the
    # means it is ("razors", 1, as "razor" is).
    _cue("no_continue", 1, BOTH, r"(?:no|sem) (?:botao de )?(?:continue|continuar|retry|respawn|"
         r"restart|extra lives?|vidas extras?)(?: button| option| botao)?"),
    _cue("insurance_settled", 1, BOTH, rf"(?:acertei|resolvi|deixei|settled|sorted|arranged) "
         rf"(?:\w+ )?(?:tudo )?(?:com|with) (?:o |a |the )?{_INSURANCE}"),
    _cue("burden_worth", 2, BOTH, r"(?:vai|vao|ia|iam|will|would) (?:receber|ganhar|get|receive|"
         r"make) mais (?:do )?que (?:eu )?(?:ganharia|ganho|ganhava)",
         r"(?:will|would) (?:get|receive|make) more than i (?:would )?(?:earn|make|bring in)"),
    _cue("means", 1, EN, r"razors"),
)


# Batch 17 (docs/care.md): risk said in one clause of a long message of ordinary news, by old
# widows and widowers typing formally or dictating, asked of the dead one as a question, said
# through Scripture, hymns and saints, in regional speech and in two languages at once.
# Portuguese written formally puts the pronoun after the verb ("venha buscar-me"), read before.
_CLOTHES_FOR_ME = (r"(?:para|pro|pra|for) (?:o |a )?(?:meu|minha|my) (?:proprio |propria |own )?"
                   r"(?:enterro|velorio|funeral|caixao|sepultamento|burial|casket|coffin)")
_FOR_GOOD = r"(?:for good|forever|permanently|once and for all|de vez|para sempre)"
MANY_VOICES: tuple[Cue, ...] = (
    # Suicide named in the third person or as a question ("Deus perdoa quem tira a própria
    # vida?", "people who take their own life"): named, it is a mention, as "suicídio" is.
    _cue("explicit", EXPLICIT, BOTH, r"tir(?:ar|a|ou|am|aram|e|asse|ando) a (?:sua )?propria vida",
         r"t(?:ake|akes|ook|aking|aken) (?:his|her|their|your|ones|one s) own lives?"),
    # A plea or a verse: better to die than to live (Jonah, Elijah); take my life (imperative).
    _cue("passive", EXPLICIT, BOTH, r"(?:melhor|prefiro|preferia) (?:\w+ ){0,2}morrer (?:do )?que "
         r"viver", r"better (?:for me )?to die than (?:to )?live",
         r"rather (?:be dead|die) than (?:live|be alive|go on)",
         r"(?:^|senhor |deus |jesus |pai )tir(?:a|e|ai) (?:a )?minha vida"),
    # Flying, fleeing, leaving this life for good ("voar dessa vida de vez"), or wished.
    _cue("passive", EXPLICIT, BOTH, r"(?:voar|fugir|escapar|sair|partir|ir embora) (?:dessa|desta) "
         r"vida (?:de vez|para sempre)",
         rf"{_WISHING_EN} (?:\w+ ){{0,3}}(?:fly away from|escape|leave|depart|quit) this "
         r"(?:life|world)(?! (?:\w+ )?(?:behind|tour|trip)| (?:a |an )?(?:better|kinder|happier|"
         r"of)\b)"),
    # The ground wished for: "melhor ficar de vez debaixo da terra", "ready for six feet under".
    _cue("passive", EXPLICIT, BOTH, r"(?:melhor|quero|queria|vontade de|prefiro|preferia|"
         r"pronto para|pronta para) (?:\w+ ){0,3}(?:ficar|ir|estar|descansar|deitar) "
         r"(?:\w+ ){0,2}(?:debaixo|embaixo) da terra",
         r"(?:better|want|wish|rather|ready|wanna) (?:off )?(?:to |for )?(?:be |go |lie |rest )?"
         r"(?:six feet under|under the (?:ground|earth|dirt)|in the ground)"),
    # Not seeing myself alive by a date; my time to stop "is now" (3), "has come" (2).
    _cue("passive", EXPLICIT, BOTH, r"(?:do not|can not) (?:see|picture|imagine) myself (?:still )?"
         r"(?:being )?alive",
         r"nao me (?:vejo|imagino) (?:mais |ainda )?viv[oa]"),
    _cue("passive", EXPLICIT, BOTH, r"my time (?:to (?:stop|go|die|leave) )?is (?:now|here)$",
         r"(?:minha|a minha) (?:hora|vez) (?:de (?:parar|ir|morrer|partir) )?e agora$"),
    _cue("my_time", 2, BOTH, r"my time has come$", r"chegou a minha (?:hora|vez)$",
         r"a minha (?:hora|vez) chegou$"),
    _cue("stop_fighting", 1, BOTH, r"(?:stop|quit|give up|gave up|stopped) fighting",
         r"(?:parar|parei|desistir|desisti) de lutar"),
    # Removing myself for good ("took myself off the shelf for good"), not from a group or app.
    _cue("ending_self", EXPLICIT, BOTH, rf"(?:take|took|taking|remove|removed|removing|pull|"
         rf"pulled|pulling) myself (?:\w+ ){{0,4}}{_FOR_GOOD}",
         rf"me (?:tirar|tiro|retirar|retiro|remover|removo) (?:\w+ ){{0,4}}{_FOR_GOOD}",
         unless=lazy(r"\b(?:grupo|chat|whatsapp|insta\w*|redes|lista|list|group|app|apps|"
                     r"social|team|equipe|conselho|board|committee|comissao)\b")),
    # Going to the dead one, asked: "se eu for agora você me recebe?", "would you be mad if I
    # came to you this year", "the quickest way to get to you"; not wanting to wait (2), "vou
    # logo" closing a clause (2); doing as the dead one did "pra ir também".
    _cue("reunite", EXPLICIT, BOTH, r"se eu (?:for|fosse|partir|partisse) (?:agora|antes|cedo|logo|"
         r"ja|hoje)(?: mesmo| da hora)?(?: (?:para|pra) perto de (?:voce|vc|ti)| te encontrar|"
         r" para ai| pra ai| ficar com voce| com voce)?(?:$| (?:voce|vc|a senhora|o senhor|tu) me "
         r"(?:recebe|aceita|espera))",
         r"if i (?:came|come|went|go) (?:\w+ )?(?:to you|up there|over there|to heaven)"
         r"(?: \w+)? (?:early|now|this year|sooner|before my time|tonight|soon)\b",
         r"if i came (?:up |over )?early(?: (?:to you|up there))?$",
         r"(?:quickest|fastest|easiest|shortest) way to (?:get to|reach|join|be with) you"
         rf"(?: {_DEAD_ONE}| up there| there)?$",
         r"(?:jeito|caminho|forma|maneira) mais (?:rapid[oa]|facil|curt[oa]) (?:de|para|pra) "
         r"(?:chegar (?:ai|ate voce|ate a senhora|ate o senhor)|te encontrar|ficar com voce|"
         r"ir (?:para |pra )?ai)",
         r"(?:fazer|faco|farei|vou fazer) igual (?:\w+ ){0,3}(?:para|pra) (?:eu )?(?:ir(?: tambem|"
         r"| junto| embora| para ai| pra ai| com voce)?$|partir|morrer|te encontrar|"
         r"ficar com voce)",
         r"do the same (?:\w+ ){0,3}(?:so i can|to) (?:go(?: too| with you)?$|join you|be with you|"
         r"die)",
         unless=_VISIT),
    _cue("reunite_going", 2, BOTH, r"se eu (?:for|fosse) (?:\w+ ){0,2}(?:para perto de voce|pra "
         r"perto de voce|ficar com voce|para ai|pra ai|te encontrar)",
         r"(?:would|will) you (?:be mad|be angry|mind|forgive me|take me in|let me in) if i "
         r"(?:came|come|went|go|joined you)", unless=_VISIT),
    _cue("no_wait", 2, BOTH, r"(?:nao quero|nao consigo|nao aguento|nao vou) esperar (?:muito|mais|"
         r"tanto)(?: tempo)?$",
         r"(?:do not|can not) (?:think i can |want to )?wait (?:that long|much longer|any longer|"
         r"anymore|so long|\w+ (?:more )?years)$", r"(?:do not|can not) think i can wait$"),
    _cue("going_soon", 2, PT, r"^(?:e )?(?:eu )?(?:vou|to indo|estou indo) logo$"),
    _cue("go_too", 2, PT, r"(?:para|pra) (?:eu )?ir (?:tambem|junto)$"),
    # Following the dead one before long: "não pretendo demorar a seguir você" (3); "I expect
    # to join you before the hydrangeas bloom", "não vou demorar a te seguir" (2); the
    # doctors no longer troubled, clothes laid out for my own burial (1 each).
    _cue("reunite", EXPLICIT, BOTH, r"nao pretendo demorar (?:muito |tanto )?(?:a|para|pra|em) "
         r"(?:te |lhe )?(?:seguir|encontrar|ir|alcancar|acompanhar)",
         r"(?:intend|plan|mean) to (?:join|be with|follow) you (?:before|by|soon|this|within)",
         r"do not (?:intend|plan|mean) to be (?:long|far) behind (?:you|him|her)",
         unless=_VISIT),
    _cue("reunite_before", 2, BOTH, r"nao (?:vou|vai) demorar (?:muito |tanto )?(?:a|para|pra|em) "
         r"(?:te |lhe )?(?:seguir|acompanhar|alcancar)",
         r"(?:expect|hope) to (?:join|be with|follow) you (?:before|by|soon|this|within)",
         r"(?:will not|shall not) be (?:long|far) behind (?:you|him|her)", unless=_VISIT),
    _cue("treatment_refused", 1, BOTH, r"(?:not to|no longer|will not|shall not) (?:trouble|bother|"
         r"see|call) (?:the )?(?:doctors?|nurses?|hospital)",
         r"nao (?:vou|quero) mais (?:incomodar|chamar|ver|ir a[os]?|ir no|ir na) (?:os |o |a )?"
         r"(?:medicos?|medica|enfermeir\w*|hospital)"),
    _cue("burial_clothes", 1, BOTH, _CLOTHES_FOR_ME),
    # Hurrying the reunion: "te encontrar mais rápido", "join you sooner" (2); stopping eating
    # on the quiet ("se eu parasse de comer devagarinho ninguém ia desconfiar", 1 each).
    _cue("reunite_sooner", 2, BOTH, r"(?:te|voce|o senhor|a senhora) (?:encontrar|ver|alcancar|"
         r"reencontrar) (?:mais )?(?:rapido|depressa|cedo|antes)",
         r"(?:encontrar|ver|alcancar|reencontrar) (?:voce|o senhor|a senhora) (?:mais )?(?:rapido|"
         r"depressa|cedo|antes)", r"(?:join|see|reach|get to|be with|meet) you (?:sooner|faster|"
         r"quicker|earlier)", unless=_VISIT),
    _cue("stop_eating", 1, BOTH, r"(?:parar|parasse|parei|paro|parando) de (?:comer|beber agua|"
         r"tomar agua)(?! (?:doce|doces|carne|acucar|fritura|besteira|pao|massa|gluten|lactose|"
         r"fast food|depois|tarde|a noite))", r"(?:stop|stopped|stopping) (?:eating|drinking "
         r"(?:water|fluids))(?! (?:sugar|meat|sweets|junk|bread|late|after|out))"),
    _cue("unsuspected", 1, PT, r"ninguem (?:ia|iria|vai|vao) desconfiar"),
    # The dying asked to learn: how long the body lasts without food (1), how long I would
    # have to hold out (2).
    _cue("how_long_without", 1, BOTH, r"(?:quanto tempo|how long) (?:\w+ ){0,3}(?:aguenta|dura|"
         r"sobrevive|last|lasts|survive|go) (?:\w+ ){0,2}(?:sem comer|sem beber|sem agua|without "
         r"(?:food|water|eating|drinking))"),
    _cue("how_long_me", 2, BOTH, r"how long (?:\w+ ){0,3}(?:i would|would i|i will|will i|i had to|"
         r"i would have to|i have to) (?:\w+ ){0,2}(?:hold out|last|survive)",
         r"quanto tempo (?:\w+ ){0,2}eu (?:\w+ ){0,2}(?:aguentaria|ia aguentar|teria que aguentar|"
         r"duraria|resistiria)"),
    # Doses counted as enough for me ("quantas ampolas bastariam pra mim", 2) and a hospital's
    # means (1); a bend on a mountain road I would not take (3).
    _cue("plan_dose", 2, BOTH, rf"quant[oa]s (?:\w+ )?(?:{_DOSE}|ampolas|doses|frascos|caixas|"
         r"seringas) (?:\w+ ){0,2}(?:bastariam|bastaria|seriam (?:suficientes|o bastante)|"
         r"precisaria|dariam conta)",
         rf"how many (?:\w+ ){{0,2}}(?:{_DOSE}|vials|ampoules|doses|bottles|of "
         r"(?:them|these|those)) "
         r"(?:\w+ ){0,2}(?:would be enough|it would take|would do it)"),
    _cue("means", 1, BOTH, r"ampolas?|ampoules?|vials?|garrucha", unless_said=_LET_GO),
    _cue("plan_road", EXPLICIT, BOTH, r"(?:curva|curve|bend)(?: \w+){0,4} (?:que|that) (?:eu |i )?"
         r"(?:nao|would "
         r"not|will not|do not|never) (?:faca|fizer|faco|vou fazer|take|make)",
         r"(?:nao fazer|not (?:to )?(?:take|make)) (?:a|the) (?:curva|curve|bend)(?: de proposito|"
         r" on purpose)?$"),
    # A gun loaded "in my lap" or "carreguei" (2); "I just might could do it" (1).
    _cue("plan_loaded", 2, BOTH, rf"{_GUN}(?: \w+){{0,3}} (?:loaded|carregad[oa]) "
         r"(?:in|on|no|na|em) "
         r"(?:my |meu |minha |o |a )?(?:lap|hands?|colo|maos?)",
         rf"{_GUN}(?: \w+){{0,14}} carreguei", r"garrucha(?: \w+){0,14} carreguei",
         scope="message"),
    _cue("do_it", 1, EN, r"i (?:just )?(?:might|could|may) (?:could |just )?do it$"),
    # My own farewell (2, not a bachelorette party or a tour) and a going set for a day (1):
    # "entendi como despedida minha… vou esse fim de semana".
    _cue("farewell_mine", 2, BOTH, r"(?:como|as) (?:a |uma |my )?(?:despedida minha|"
         r"minha despedida|"
         r"my (?:own )?(?:goodbye|farewell))(?! (?:de solteir\w*|party|tour|concert|dinner|festa|"
         r"jantar|show))"),
    _cue("going_dated", 1, PT, r"^(?:eu )?vou (?:esse|este|nesse|neste|no|na) (?:fim de semana|"
         r"sabado|domingo|segunda|terca|quarta|quinta|sexta|mes)$"),
    # Going down to the water and not coming back up (2 and 1); nothing left to live for.
    _cue("not_back", 2, EN, r"(?:and )?(?:i am )?not coming back(?: up| out| home| this time)?$",
         unless_said=_AWAY),
    _cue("water_going", 1, EN, r"(?:going|go|went|walk\w*|head\w*|driv\w*) (?:down |out )?to the "
         r"(?:river|lake|sea|ocean|water|quarry|dam|pier|reservoir)",
         unless=lazy(r"\b(?:to (?:see|watch|swim|surf|fish|sail|paddle|feed)|swim\w*|surf\w*|"
                     r"fishing|sailing|kayak\w*|boat\w*|picnic|with the (?:dog|kids))\b")),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:nothing|no one|nobody|no reason|not (?:much|anything)) "
         r"(?:left )?(?:\w+ ){0,4}to live for",
         r"(?:nada|ninguem|nao tenho|nao sobrou) (?:mais )?(?:\w+ ){0,3}(?:por|pelo|pela|para|pra) "
         r"(?:quem|que|o que) viver"),
    # Everything I need to end it (3).
    _cue("active", EXPLICIT, BOTH, r"(?:everything|all|what) i need to (?:end it|end things|end my "
         r"life|finish it)", r"tudo (?:o )?que (?:eu )?preciso (?:para|pra) (?:acabar com tudo|"
         r"acabar com isso|acabar com a minha vida)"),
    # Blows to myself as a punishment or until they bruise (batch 17, with "on purpose" above).
    _cue("self_harm", 2, BOTH, rf"(?:strik\w*|struck|beat\w*|slap\w*|whip\w*) (?:my own |my )"
         rf"(?:{_BODY}|head|face|chest)"),

    # A last stretch "here": "esse é o último mês que eu fico por aqui", "my last Christmas
    # alive" (3); "quando eu não estiver mais" closing a clause (3, as with "aqui").
    _cue("farewell", EXPLICIT, BOTH, r"(?:ultim[oa]|derradeir[oa]) (?:mes|semana|natal|ano|verao|"
         r"inverno|aniversario|dia|noite) (?:que )?(?:eu )?(?:fico|vou ficar|passo|estou|to) "
         r"(?:por )?aqui(?! (?:n[oa]s?|em|nessa|nesse|neste|nesta)\b)",
         r"(?:last|final) (?:month|week|christmas|summer|winter|birthday|year) "
         r"(?:that )?i (?:am|will be|will spend) (?:here|around|alive)(?! (?:in|at)\b)",
         r"(?:last|final) (?:christmas|birthday|summer|winter) alive",
         unless_said=lazy(_AWAY.pattern + "|" + _MOVED.pattern)),
    _cue("farewell", EXPLICIT, PT, r"quando eu nao (?:estiver|tiver) mais$"),
    # Nothing left that holds me to this life (3).
    _cue("hopeless", EXPLICIT, BOTH, r"(?:nao (?:sobrou|sobra|tem|ha|resta|restou|existe|tenho) )?"
         r"(?:mais )?(?:nada|ninguem) (?:mais )?(?:que )?me (?:prend\w*|segur\w*) "
         r"(?:aqui|nessa vida|nesta vida|a vida|a essa vida|neste mundo|nesse mundo)",
         r"(?:nothing|no one|nobody) (?:left )?(?:to )?(?:keep|keeping|hold|holding|tie|tying) me "
         r"(?:here|to this life|to life|in this world|to this world)"),
    # What the height or the means would do: nobody survives it, whether it would be quick,
    # which drop is the highest (2 each); "when I have the courage" (2).
    _cue("plan_lethal", 2, BOTH, r"ninguem sobrevive", r"(?:no one|nobody) (?:would )?survives?",
         r"(?:whether|if) it would be (?:quick|fast|painless|instant)",
         r"(?:qual|which) (?:queda|drop|fall|andar|floor) (?:e|is) (?:a |o |the )?(?:mais alt[oa]|"
         r"highest)"),
    _cue("courage", 2, BOTH, r"quando (?:eu )?(?:tiver|criar|tomar) coragem",
         r"when i (?:have|get|find|work up|build up) the (?:courage|nerve|guts)"),
    # Medicine stopped on the quiet (2, 1); my heart wished to give out (3).
    _cue("stopped_medicine", 2, BOTH, rf"parei de tomar (?:\w+ ){{0,3}}(?:{_DOSE}|insulina|"
         r"medicac\w*|remedio)", rf"(?:have |had )?stopped taking (?:\w+ ){{0,3}}(?:{_DOSE}|"
         r"insulin|medication|medicine)",
         unless=lazy(r"\b(?:medic[oa]|doctor|gp|cardiologist|mandou|told me|said)\b")),
    _cue("untold", 1, BOTH, r"(?:have not|did not) told (?:anybody|anyone|a soul)",
         r"(?:have not|did not) tell (?:anybody|anyone|a soul)",
         r"nao contei (?:para|pra) ninguem"),
    _cue("passive", EXPLICIT, BOTH, r"(?:better|melhor|easier) (?:\w+ ){0,2}(?:if|se) (?:\w+ ){0,2}"
         r"(?:my heart|meu coracao) (?:\w+ ){0,2}(?:gives out|gave out|stops|stopped|parar|parasse|"
         r"falhar|falhasse)"),
    # The water let have me (3); not getting up again, hoped (3).
    _cue("passive", EXPLICIT, BOTH, r"let(?:ting)? the (?:water|sea|ocean|river|waves|tide|"
         r"current) "
         r"(?:have|take) me", r"deixar (?:a agua|o mar|o rio|as ondas|a mare|a correnteza) me "
         r"lev\w*"),
    _cue("passive", EXPLICIT, BOTH, r"(?:tomara|espero|queria|quero|rezo) (?:que )?(?:eu )?(?:nao|"
         r"nunca mais) (?:me )?(?:levante|levantasse|acorde|acordasse) mais",
         r"(?:hope|wish|pray) i (?:do not|never|will not) get up (?:again|anymore)"),
    # The others relieved if I were gone, across clauses ("she would be relieved, though she
    # would never say it, if I were no longer alive"), or when I die (3).
    _cue("burden", EXPLICIT, BOTH, r"(?:aliviad\w*|alivio|relieved|relief|easier|better off)"
         r"(?: \w+){0,12} (?:se eu|if i) (?:\w+ )?(?:fosse embora|fosse logo|morresse|partisse|"
         r"sumisse|nao estivesse mais|died|(?:were|was) (?:\w+ )?(?:gone|dead|no longer|not here|"
         r"not around))", scope="message"),
    _cue("burden", EXPLICIT, BOTH, r"(?:quando|depois que) eu (?:morrer|for embora|partir|me for)"
         r"(?! (?:pro|pra|para|a|ao|na|no|de)\b) "
         r"(?:\w+ ){0,5}(?:respirar aliviad\w*|aliviad\w*|mais feliz\w*|mais tranquil\w*)",
         r"(?:when|once|after) i am (?:gone|dead) (?:\w+ ){0,5}(?:relieved|breathe easier|"
         r"better off|happier)"),
    _cue("burden", EXPLICIT, BOTH,
         r"(?:nobody|no one) (?:is )?(?:gonna|going to) (?:even )?miss me",
         r"ninguem (?:nem )?vai sentir (?:a )?minha falta", r"ninguem (?:nem )?vai sentir falta "
         r"de mim"),
    # A plea to be taken out of this world ("tirai-me deste mundo"); to be finished off at
    # once ("que acabe comigo de uma vez") (3 each).
    _cue("passive", EXPLICIT, PT, r"me (?:tira|tire|tirai|leva|leve|levai|arranca) "
         r"(?:deste|desse|do) mundo", r"acab(?:e|a|asse|ar) comigo (?:de uma vez|de vez|logo)"),
    # Not wanting to be in this world anymore; deciding to leave it too.
    _cue("passive", EXPLICIT, PT,
         r"nao (?:quero|queria) (?:ficar|estar) mais (?:nesse|neste) mundo",
         r"nao (?:quero|queria) mais (?:ficar|estar) (?:nesse|neste) mundo"),
    _cue("active", 2, PT, r"decidi partir(?: tambem)?"),
    # Sleep asked for with no coming back ("please let me go to sleep tonight and not come back").
    _cue("passive", EXPLICIT, EN, r"let me (?:go to )?sleep (?:\w+ ){0,2}and (?:not|never) "
         r"(?:come back|wake)"),
    # Ending it where nobody will find me (3); where nobody finds me (2).
    _cue("active", EXPLICIT, EN, r"end (?:it|things|my life) (?:\w+ )?where (?:nobody|no one) "
         r"(?:will|would|can|could) find me"),
    _cue("hidden_end", 2, BOTH, r"where (?:nobody|no one) (?:will|would|can|could) find me",
         r"onde ninguem (?:vai|va|possa|pode) me (?:achar|encontrar)"),
    # Coming up there with the dead one (2) on a night "as good as any" (2).
    _cue("reunite_going", 2, EN, r"(?:come|coming|go|going) (?:on )?up there (?:with|to) you",
         unless=_VISIT),
    _cue("any_night", 2, EN, r"(?:tonight|today|tomorrow)s? (?:is )?as good as any"),
    # Waiting for death no longer wanted (3); "quero ir logo" closing a clause (2).
    _cue("passive", EXPLICIT, BOTH, r"nao (?:quero|aguento) (?:mais )?esperar (?:pela |a )?morte",
         r"(?:do not want to|can not) wait (?:for death|to die) (?:anymore|any longer)"),
    _cue("going_soon", 2, PT, r"(?:quero|queria) ir logo$"),
    # Leaving this life, said as what I am doing ("soon I'm leaving this life") (3).
    _cue("active", EXPLICIT, EN, r"(?:i am|i will be|going to|gonna|i will) (?:\w+ )?"
         r"(?:leaving|leave|quitting|quit|departing|depart) this (?:life|world)"
         r"(?! (?:of|behind)\b)"),
    # Tapping, bowing, opting out of life (3).
    _cue("ending_self", EXPLICIT, EN, r"(?:tap|tapping|tapped|bow|bowing|opt|opting|check|"
         r"checking) out of (?:this )?(?:life|living|existence|the world)"),
    # A jump asked about ("if I jumped would it hurt for long?") (3).
    _cue("plan_jump", EXPLICIT, BOTH, r"(?:if|se) (?:i|eu) (?:jumped|jump|pulasse|pular|"
         r"me jogasse) (?:\w+ ){0,2}(?:would|will|ia|vai|iria) (?:it )?(?:hurt|doer)"),
    # A place beside them in the grave, to lie down in (1); "room for one more" (1) with
    # "thinking of going this week" (2).
    _cue("grave_beside", 1, BOTH, r"deitar (?:do seu lado|ao seu lado|junto de voce|com voce) "
         r"(?:no|na) (?:cemiterio|tumulo|cova|jazigo)",
         r"lie (?:down )?(?:beside|next to|with) you in the (?:grave|ground|cemetery)"),
    _cue("room_for_me", 1, BOTH, r"(?:tem|ha|tera) lugar (?:para|pra) mais (?:um|uma)",
         r"room for one more"),
    _cue("going_this_week", 2, BOTH, r"(?:pensando em|penso em|vou) ir (?:essa|esta|nessa|nesta) "
         r"(?:semana|noite)$", r"thinking (?:of|about) (?:going|coming) (?:this week|tonight)$",
         unless_said=_AWAY),
    # A goodbye after "I'm done" (3); their lives back without me (3); a funeral easier for
    # them than my life (3).
    _cue("farewell", EXPLICIT, EN, r"i am (?:so |just |all )?done (?:\w+ ){0,2}(?:goodbye|bye|"
         r"farewell)$", scope="message"),
    _cue("burden", EXPLICIT, BOTH, r"(?:get|have|got) (?:their|his|her|your) (?:lives|life) back "
         r"(?:\w+ ){0,2}without me",
         r"(?:teriam|ter|teria|terao) (?:a |as |suas? )?vidas? de volta sem mim",
         r"(?:easier|simpler|cheaper|less (?:work|trouble|hassle|bother)) (?:\w+ ){0,6}"
         r"(?:one|a|my) funeral",
         r"(?:mais facil|mais barato|menos trabalho) (?:\w+ ){0,6}(?:um|o meu|meu) "
         r"(?:enterro|funeral|velorio)"),
    # The dead one's last care asked about (1): "after they stopped the fluids".
    _cue("end_asked", 1, EN, r"(?:they )?(?:stopped|withdrew|took away) (?:the )?(?:fluids|feeding|"
         r"food|drip|iv)"),
)


# Batch 18: care ended on one's own terms, journeys with no return, the means of a trade, new
# parents, a family's rejection, poems and prayers of one's own, promises to the dead.
# A life-sustaining treatment stopped or refused (2), unless a doctor's word or a good reason
# is said in the message ("a nefrologista disse que eu já posso parar", "the new kidney took").
_TREATMENT = (r"(?:quimio\w*|hemodialise|dialise|radioterapia|radio|transplante|insulina|"
              r"anticoagulante|sonda|soro|oxigenio|antibioticos?|litio|remedios? (?:d[ao] |pr[ao] )"
              r"(?:pressao|coracao|convulsao|diabetes|rim)|chemo\w*|dialysis|radiation|"
              r"radiotherapy|transplant|insulin|feeding tube|oxygen|antibiotics|blood thinners?|"
              r"lithium|(?:seizure|heart|kidney|blood pressure) (?:meds|pills|tablets|medication))")
_CARE_AGREED = lazy(
    r"\b(?:(?:medic[oa]s?|doutor[a]?|\w+logista|\w+ologist|doctors?|gp|psiquiatra|psychiatrist|"
    r"nurse|enfermeir[oa]|pediatra|midwife) (?:\w+ ){0,3}(?:mandou|mandaram|suspendeu|trocou|"
    r"tirou|liberou|agreed|says i can|said i can|told me (?:i can|to)|took me off|is weaning|"
    r"switched|suspended|(?:disse|falou) que (?:eu )?(?:ja )?posso)|with (?:my |the )?\w+ s help|"
    r"com (?:a )?ajuda d[ao] (?:meu |minha )?(?:medic[oa]|psiquiatra)|on (?:medical )?advice|"
    r"transplante pegou|(?:new )?kidney took|ultima sessao|last session|toquei o sino|rang the "
    r"bell|mudaram|two years clear|remissao|remission|dieta|diet|concordaram|agreed|"
    r"paliativ\w*|palliative|"
    # decided together with the doctors (batch 29: "parei a quimio com o acordo dos médicos",
    # "the oncologist and I talked it through")
    r"acordo (?:d[aoe]s? |com (?:[oa]s? )?)(?:medic\w*|equipe|doutor\w*|\w+logista)|"
    r"(?:eu e|junto com) (?:[oa]s? )?(?:medic\w*|equipe|doutor\w*|\w+logista)|"
    r"(?:doctors?|oncologist|team|consultant|gp) and i\b|decidimos juntos|decided together|"
    r"talked it (?:through|over))\b")
_STOP_CARE_PT = (r"(?:parei|parar|vou parar|deixei de (?:tomar|ir|fazer)|parei de (?:tomar|ir|"
                 r"fazer)|nao (?:volto|vou) mais (?:n[ao]s?|para|pra|pro|a|fazer|tomar)|"
                 r"desisti d[ao]s?|cancelei|larguei|recusei|recuso|arranquei|tirei)")
_STOP_CARE_EN = (r"(?:stopped|quit|quitting|skipped|skipping|done with|finished with|refus\w*|"
                 r"declin\w*|cancel\w*|flush\w*|binned|threw out|take out|took out|pulled out|"
                 r"not going back to|no more|(?:do not|did not) (?:want|refill) (?:\w+ )?)")
_POISON = (r"(?:agrotoxicos?|paraquat|paraquate|glifosato|roundup|chumbinho|formicida|raticida|"
           r"carrapaticida|veneno (?:d[ao] |pr[ao] )(?:roca|lavoura|cafezal|mato|rato|formiga|"
           r"pasto|gado)|pesticides?|herbicides?|weed ?killer|sheep dip|rat poison|rat bait|"
           r"insecticide|organophosphates?|gramoxone)")
_POISON_USED = lazy(r"\b(?:aplic\w*|pulveriz\w*|borrif\w*|spray\w*|apply\w*|applied|"
                    r"mascara|luvas?|gloves?|mask|passei no|flock|herd|crops?|rebanho|"
                    r"lavoura|livestock|(?:for|para|pra|pros?) (?:the )?"
                    r"(?:rats|mice|ants|weeds|ratos|formigas|mato))\b")
_GUNS = (r"(?:revolver|arma|pistola|espingarda|carabina|garrucha|trinta e oito|rifle|shotgun|"
         r"pistol|handgun|gun|twelve gauge|12 gauge|calibre 12)s?")
_WORK_GUN = (r"(?:(?:duty|service|work) (?:weapon|pistol|gun|revolver|firearm|sidearm)|"
             r"(?:arma|pistola|revolver) (?:d[oa] )?(?:servico|corporacao|quartel|batalhao|"
             r"trabalho|delegacia|firma))")
_HIS_FAMILY = (r"(?:they|she|he|the kids|my (?:wife|husband|family|kids|children)|eles|ela|ele|"
               r"a familia|minha (?:mulher|esposa|familia)|meu marido|meus filhos|as criancas)")
_A_DAY = (r"(?:day|dia|semana|week|mes|month|segunda|terca|quarta|quinta|sexta|sabado|domingo|"
          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|natal|christmas|amanha|"
          r"tomorrow|morning|manha|ano novo|new year|aniversario|birthday|spring|summer|autumn|"
          r"fall|winter|primavera|verao|outono|inverno)")
_SEE_YOU = r"(?:a gente se ve|nos vemos|te vejo|see you|see ya|i will see you)"
_SOON_SET = (r"(?:(?:semana|mes) que vem|next (?:week|month)|amanha|tomorrow|em breve|logo logo|"
             r"this (?:week|weekend)|essa semana|esse fim de semana)")
_TRIP_OR_MOVE = lazy(_AWAY.pattern + "|" + _MOVED.pattern + r"|\b(?:hotel|job|emprego|"
                     r"hospital|ward|enfermaria|clinica|clinic|hostel|cidade|city)\b")
OWN_TERMS: tuple[Cue, ...] = (
    # Treatment stopped or refused (2), not on a doctor's word; kept alive against my will (3);
    # the illness let take me (3); wasting or fading wished (3); what happens without it
    # known (1), and accepted: "melhor assim", "pelo menos acaba", "so be it", "that's the
    # point" (1).
    _cue("stopped_care", 2, BOTH, rf"{_STOP_CARE_PT} (?:\w+ ){{0,3}}{_TREATMENT}",
         rf"{_STOP_CARE_EN} (?:\w+ ){{0,3}}{_TREATMENT}",
         rf"(?:joguei|jogo) (?:\w+ ){{0,2}}{_TREATMENT} (?:no lixo|fora|na privada)",
         rf"{_TREATMENT} (?:\w+ ){{0,2}}(?:are |is )?(?:in the bin|down the (?:toilet|drain|sink))",
         rf"(?:nao|not) (?:volto|vou|going back) (?:mais )?(?:\w+ ){{0,2}}{_TREATMENT}",
         unless=_OTHER_SUBJECT, unless_said=_CARE_AGREED),
    _cue("passive", EXPLICIT, BOTH, r"(?:tired of|sick of|cansad[oa] de|do not want to|nao quero "
         r"(?:mais )?) (?:being |be |ser |ficar )?(?:kept|mantid[oa]|segurad[oa]) "
         r"(?:alive|viv[oa])"),
    _cue("passive", EXPLICIT, BOTH, r"(?:que|let|deixar|deixa|deixo|want|quero) (?:a |o |the |my )?"
         r"(?:doenca|cancer|tumor|diabetes|coracao|rim|rins|disease|illness|kidneys?|heart|sugar|"
         r"acucar) (?:\w+ )?(?:me lev\w*|take me|takes me|finish me|acabe comigo|do its work|"
         r"faca o servico|do the job|finish the job)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:quero|queria|gostaria de|vontade de|would like to|want "
         r"to|wish i could|wanna) (?:\w+ )?(?:ir )?(?:minguando|definhando|definhar|minguar|me "
         r"apagando|fade (?:out|away)|waste away|wither away|slip away)"),
    _cue("known_outcome", 1, BOTH, r"(?:i know|eu sei|sei) (?:what|o que) (?:happens|will happen|"
         r"acontece|vai acontecer) (?:\w+ )?(?:without|sem)"),
    _cue("accepting", 1, BOTH, r"^(?:e )?(?:melhor assim|pelo menos acaba|tanto faz|e isso que "
         r"eu quero|so be it|(?:that is )?fine by me|that is (?:the|the whole) point|good "
         r"riddance)$"),
    _cue("hopeless", 2, EN, r"(?:want|wish|need) (?:it|this|everything|all this|all of this) "
         r"(?:to be )?over(?:$| and| e)"),
    # Reaching the dead one: "até chegar em você", "go to where you've gone", "wish you'd wait
    # for me" (2 each, not one day).
    _cue("reunite", 2, BOTH, r"(?:ate|until|till) (?:eu |i )?(?:chegar|reach|get to) (?:em |ate )?"
         r"(?:voce|vc|you|ai|a senhora|o senhor)",
         r"(?:go|going|ir|vou) (?:to )?where you (?:have )?(?:gone|went)",
         r"(?:ir|vou) (?:para|pra) onde (?:voce|vc|tu|o senhor|a senhora) (?:foi|estiver)",
         r"(?:queria|quero|espero|wish|want|hope) (?:que )?(?:voce |you |a senhora |o senhor )?"
         r"(?:me esper\w*|would wait for me|wait for me|are waiting for me)",
         unless_said=_SOMEDAY),
    # Journeys: a one-way ticket to nowhere or to the dead one (3); no return (2); nobody to
    # keep my seat on the way back (2); getting off the world, checking out of my life (3); my
    # stop coming (2).
    _cue("farewell", EXPLICIT, BOTH, r"(?:so de ida|one way)(?: \w+){0,8} (?:nowhere|lugar "
         r"nenhum|cidade nenhuma|nenhuma cidade|nenhum lugar|onde voce (?:esta|foi)|where you "
         r"are|to you|ate voce|pra perto de voce|wherever you are|onde quer que (?:voce|a "
         r"senhora|o senhor) (?:esteja|estiver))", scope="message"),
    _cue("farewell", 2, BOTH, r"(?:no|sem|nao tem) (?:\w+ )?(?:return|volta|way back)"
         r"(?: (?:leg|ticket|trip|passagem|flight|voo|journey|viagem|bilhete))?$",
         r"(?:ninguem|nobody|no one|nao) (?:precisa|needs to|need to) (?:\w+ ){0,2}(?:guardar|"
         r"reservar|save|keep|book) (?:\w+ ){0,2}(?:na|on the|for the|for my) (?:volta|return|"
         r"way back)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:descer|desco|saltar) (?:d[oa]|dest[ae]|dess[ae]) "
         r"(?:mundo|vida|planeta)", r"sair (?:desse|deste) mundo(?! d[aoe]\b)",
         r"(?:get|getting|got|step|stepping) off (?:this|the) (?:world|planet|merry go round)",
         r"check(?:ed|ing)? out of (?:my |this )?(?:life|world)"),
    _cue("passive", 2, BOTH, r"(?:minha|my) (?:estacao|parada|stop|station) (?:esta |is )?"
         r"(?:chegando|coming|next|close)"),
    # The means of a trade: a farm poison (1, not sprayed or kept from the children), drunk
    # (3); a means looked at every day (2); how much it would take (2); the service gun kept
    # (2); a gun not brought back (3); a rope slung over a beam (1), "it's holding" (2); the
    # garage shut with the engine going (3); a hose and the car (2); a wire with wet hands (2);
    # the wheel let go (2); the rest settled at the water (2); stepping off the platform (3).
    _cue("means", 1, BOTH, _POISON, unless_said=lazy(_POISON_USED.pattern + "|"
                                                          + _SAFE_KEPT.pattern)),
    _cue("plan_means", EXPLICIT, BOTH, rf"{_POISON}(?: \w+){{0,12}} (?:beber|bebo|bebendo|"
         r"virar um copo|virar um gole|engolir|drink|drinking|swallow\w*|chug\w*)",
         rf"(?:beber|bebo|tomar|tomo|engolir|drink|swallow)\w* (?:um copo d[eo] |um gole d[eo] |"
         rf"a glass of |a cup of |some |the |o |a |esse |aquele )?{_POISON}", scope="message"),
    _cue("plan_fixed", 2, BOTH, rf"(?:{_MEANS_PT}|{_MEANS_EN}|{_POISON}|{_GUNS})(?: \w+){{0,15}} "
         r"(?:(?:been|keep|kept|i am|am) )?(?:looking|staring|eyeing) at (?:it|them|that)",
         rf"(?:{_MEANS_PT}|{_POISON}|{_GUNS})(?: \w+){{0,15}} (?:fico|fiquei|ficar) olhando "
         r"(?:para|pra|pro|pros|pras) (?:ele|ela|eles|elas|aquilo|isso)", scope="message"),
    _cue("plan_lethal", 2, BOTH, r"how much (?:\w+ ){0,4}(?:it would take|would it take|it takes "
         r"to|would do it|would kill)", r"quant[oa]s? (?:\w+ ){0,4}(?:precisaria|seria preciso|"
         r"mata|matar|resolve)$"),
    _cue("plan_means", 2, BOTH, rf"(?:kept|keeping|took home|brought home|did not (?:return|hand "
         rf"in|turn in)|never (?:returned|handed in)|fiquei com|trouxe|levei|nao devolvi|escondi)"
         rf"(?: \w+){{0,4}} {_WORK_GUN}",
         rf"{_WORK_GUN}(?: \w+){{0,4}} (?:home|para casa|pra casa|em casa|after (?:my )?shift|"
         r"depois do plantao)"),
    _cue("plan_known", 2, BOTH, rf"(?:{_MEANS_PT}|{_MEANS_EN}|{_POISON}|{_GUNS}|{_WORK_GUN})"
         r"(?: \w+){0,15} (?:(?:e|and) )?(?:eu )?(?:sei|i know) (?:para|pra|what) (?:que|o que|"
         r"(?:it is |its )?for)$", scope="message"),
    _cue("untold", 1, BOTH, r"(?:nobody|no one|ninguem|sergeant|boss|chefe|sargento|wife|esposa|"
         r"mulher|marido|husband) (?:\w+ )?(?:does not|do not|nao) (?:know|sabe)$"),
    _cue("ending_soon", 1, BOTH, r"(?:tonight|hoje a noite|essa noite|hoje) (?:\w+ ){0,5}"
         r"(?:for good|de vez|para sempre)$"),
    _cue("plan_means", EXPLICIT, BOTH, rf"{_GUNS}(?: \w+){{0,12}} (?:will not|would not|not|nao "
         r"vou|nao) (?:be )?(?:bringing|bring|trazer|voltar com) (?:it |ela |ele )?(?:back|de "
         r"volta)", scope="message",
         unless=lazy(r"\b(?:sell\w*|vend\w*|gunsmith|armeiro|repair\w*|conserto|revisao|"
                     r"lend\w*|loan\w*|empresta\w*)\b")),
    _cue("plan_hanging", 1, BOTH, rf"(?:strung|string|slung|threw|throw|passei|joguei) "
         rf"(?:\w+ ){{0,2}}{_LIGATURE} (?:over|across|around|por cima d[ao]|em volta d[ao]|n[ao]) "
         rf"(?:\w+ ){{0,4}}{_ANCHOR}",
         unless=lazy(r"\b(?:to|para|pra|pro) (?:hoist|lift|hang|dry|pendurar|secar|"
                     r"levantar|icar|puxar|pull|tie|amarrar|tow|rebocar) ")),
    _cue("plan_hanging", 2, BOTH, r"^(?:it is|its|ta|esta) (?:holding|firme|aguentando)$"),
    _cue("plan_exhaust", EXPLICIT, BOTH, r"(?:shut|close|closed|fechar|fecho|fechei|fechando) "
         r"(?:\w+ )?(?:garage|garagem|portao da garagem|garage door)(?: \w+){0,10} (?:engine|motor|"
         r"carro|car|ute|truck) (?:\w+ )?(?:going|running|on|ligado|idling)", scope="message"),
    _cue("plan_exhaust", 2, BOTH, r"(?:mangueira|hose|hosepipe)(?: \w+){0,8} (?:carro|car|ute|"
         r"truck|escapamento|exhaust)", r"(?:carro|car|ute|truck|escapamento|exhaust)(?: \w+){0,8}"
         r" (?:mangueira|hose|hosepipe)", scope="message",
         unless=lazy(r"\b(?:jardim|garden|lav\w*|wash\w*|regar|watering|plants|plantas|"
                     r"piscina|pool|quintal|yard)\b")),
    _cue("plan_known", 1, BOTH, r"(?:ja sei|eu sei|i know|i already know) (?:exatamente |"
         r"exactly )?(?:o que|what) (?:fazer|vou fazer|to do|i am going to do|that adds up to|"
         r"it adds up to|isso significa|that means)"),
    _cue("plan_lethal", 2, BOTH, r"(?:fio|wire|cabo|tomada|outlet|socket|alta tensao|high voltage|"
         r"transformer|transformador)(?: \w+){0,6} (?:wet hands|maos molhadas|molhad[oa]|in the "
         r"bath|na banheira|no banho)"),
    _cue("plan_crash", 2, BOTH, r"(?:let go of|take my hands off) the (?:wheel|steering wheel)",
         r"(?:soltar|solto|largar|largo|tirar as maos d)o volante"),
    _cue("plan_place", 2, BOTH, r"(?:resolv\w*|acab\w*|termin\w*|finish\w*|sort\w* out|end\w*) "
         r"(?:o resto|tudo|isso|the rest|it all|everything|it) (?:\w+ )?(?:n[oa]|at the|in the|on "
         rf"the) (?:{_WATER}|acude|barragem|poco|ponte|linha do trem|trilhos|pedreira|dam|pond|"
         r"reservoir|bridge|tracks|quarry)"),
    _cue("plan_jump", EXPLICIT, BOTH, r"(?:estacao|plataforma|trilhos|station|platform|tracks|"
         r"express|trem|train|metro|subway)(?: \w+){0,15} (?:step\w* off|step\w* out|jump\w*|"
         r"pul(?:ar|o)|me jog(?:ar|o)|dar um passo|dou um passo)(?: \w+){0,3} (?:the edge|the "
         r"platform|a beirada|a borda|na frente|in front|a linha|the line|the tracks|os trilhos)",
         scope="message"),
    _cue("plan_water", EXPLICIT, EN, rf"(?:{_WISHING_EN}|keep thinking about) (?:\w+ ){{0,2}}"
         rf"(?:walk\w*|wad\w*|swim\w*) (?:\w+ )?(?:in ?to|out into) (?:the )?{_WATER}"),
    # New parents: the baby better with someone else (2); the family would get the insurance
    # (2), the policy checked to pay (2).
    _cue("burden", 2, BOTH, r"(?:the baby|o bebe|a bebe|my (?:baby|son|daughter|kids|children|"
         r"wife|husband)|meu (?:filho|bebe|marido)|minha (?:filha|bebe|mulher)|meus filhos|as "
         r"criancas|os meninos) (?:\w+ )?(?:would be|ficaria|estaria|seria|seriam|ficariam|"
         r"estariam|iam? ficar|iam? estar|iam? ser) (?:much |muito )?(?:better|melhor(?:es)?) "
         r"(?:off )?(?:with|com) (?:someone|somebody|anyone|anybody|qualquer|outra|outro|alguem)"),
    _cue("burden", 2, BOTH, rf"{_HIS_FAMILY} (?:would|will|d) (?:\w+ )?(?:get|receive|have|"
         r"collect) (?:the |my )?(?:life )?(?:insurance|payout|policy)",
         rf"{_HIS_FAMILY} (?:receberiam|ficariam com|iam receber|ganhariam) (?:o )?(?:dinheiro do "
         r")?seguro"),
    _cue("plan_insured", 2, BOTH, r"(?:checked|made sure|confirmed|read|conferi|confirmei|"
         r"verifiquei|li) (?:that |se |que )?(?:\w+ )?(?:the|my|a|o|minha|meu) (?:policy|insurance|"
         r"apolice|seguro) (?:\w+ )?(?:covers|pays out|pays|cobre|paga)"),
    # A family's rejection: "dead to him", then making it true (3); they would rather bury me
    # (2), and sparing them the wait (2).
    _cue("active", EXPLICIT, BOTH, r"(?:dead to (?:him|her|them|me|you)|morr\w* (?:para|pra) "
         r"(?:ele|ela|eles|elas|mim)|mort[oa] (?:para|pra) (?:ele|ela|eles|elas))(?: \w+){0,15} "
         r"(?:make (?:it|that|this) (?:true|real|official|come true)|(?:(?:fazer|faco) "
         r"(?:isso |isto )?(?:virar|ser|se tornar|tornar)|tornar (?:isso|isto)|transformar "
         r"(?:isso|isto) em) (?:verdade|real|realidade)|virar verdade)",
         scope="message"),
    _cue("burden", 2, BOTH, r"(?:rather|preferia|prefere|prefer\w*) (?:\w+ ){0,3}(?:bury me|me "
         r"enterrar|me ver mort[oa]|(?:a |um |uma )?(?:dead|mort[oa]) (?:son|daughter|child|kid)|"
         r"(?:filh[oa]|crianca) mort[oa])"),
    _cue("burden", 2, BOTH, r"spar\w* (?:her|him|them|you|everyone) the (?:wait|trouble|bother|"
         r"waiting)", r"poup\w* (?:ela|ele|eles|voce|todo mundo|a familia) d[aeo] (?:espera|"
         r"trabalho|esperar)", r"dar esse gosto (?:para|pra|a) (?:ela|ele|eles|elas)",
         r"give (?:her|him|them) (?:what|that) (?:she|he|they) (?:want\w*|wish\w*)"),
    # Poems and prayers of one's own: eyes closed not to open (3); not to reach a day,
    # prayed or hoped (3); the water or the ground calling me (2); nobody will find me (2);
    # pills lined up (2).
    _cue("passive", EXPLICIT, BOTH, r"(?:fecha|feche|fechai|close|shut) (?:os |meus |my |the )?"
         r"(?:meus )?(?:olhos|eyes) (?:\w+ ){0,3}(?:e |and )?(?:nao (?:abr\w*|deixa abrir)|never "
         r"(?:open\w*|let them open)|do not (?:open|let them open)|not (?:open|let them open))"),
    _cue("passive", EXPLICIT, BOTH, r"(?:prece|oracao|reza|rezo|peco|prayer|pray|hope|espero|"
         r"tomara|wish|desejo) (?:\w+ ){0,8}(?:que eu nao|that i do not|that i will not|i do not|"
         r"i will not|not to|nao) (?:chegue|chegar|veja|ver|passe de|see|make it to|reach|live "
         rf"to see|last (?:until|till|to)|get to) (?:a |o |the |next |proxim[oa] |ate )?(?:\w+ )?"
         rf"{_A_DAY}", scope="message"),
    _cue("passive", 2, BOTH, rf"(?:{_WATER}|terra|earth|ground|chao|abismo|the deep|o fundo) "
         r"(?:\w+ ){0,3}(?:calls?|is calling|calling|chama|me chama)(?: (?:me|my "
         r"name|meu nome|por mim|for me))", rf"(?:{_WATER}|terra|abismo) (?:\w+ )?me chamando"),
    _cue("farewell", 2, BOTH, r"(?:no one|nobody|ninguem) (?:will |would |is going to |vai |ia )?"
         r"(?:find|finds|encontra|encontrar|acha|achar) (?:me|mim)",
         r"(?:quem me procurar|who looks for me) (?:\w+ ){0,3}(?:nao encontra|will not find|finds "
         r"no)"),
    _cue("plan_gather", 2, BOTH, rf"(?:{_PILLS}|{_DOSE}) (?:\w+ ){{0,3}}(?:lined up|in a row|laid "
         r"out|counted out|enfileirad\w*|alinhad\w*|em fileira|em fila)"),
    # Promises to the dead: seeing them by a set date (2, not at the grave); a chair kept by
    # theirs (2); not staying here much longer (2, not a trip, a job or a ward); a promise to
    # be there with them (3); not keeping them waiting (2); the last things settled (2).
    _cue("reunite", 2, BOTH, rf"{_SOON_SET} {_SEE_YOU}", rf"{_SEE_YOU} (?:\w+ )?{_SOON_SET}",
         unless_said=lazy(_VISIT.pattern + "|" + _TRIP_OR_MOVE.pattern)),
    _cue("reunite", 2, BOTH, rf"(?:{_PREPARE_PT}|{_PREPARE_EN}|deixar|guardar|arrumar|reservar) "
         r"(?:\w+ ){0,3}(?:cadeira|lugar|cantinho|seat|chair|place|spot)(?: \w+){0,2} (?:do lado|"
         r"ao lado|perto|next to|beside|by) (?:da sua|do seu|de voce|da senhora|do senhor|yours|"
         r"you|your)"),
    _cue("passive", 2, BOTH, r"(?:not|nao) (?:\w+ )?(?:staying|stay|ficar|fico|estar|be around) "
         r"(?:here |aqui |around )?(?:much|muito|for|por) (?:longer|mais tempo|long)",
         unless_said=_TRIP_OR_MOVE),
    _cue("reunite", EXPLICIT, BOTH, r"(?:prometo|promessa|promise|juro|i swear|keeping my word|"
         r"my word|cumpro)(?: \w+){0,12} (?:chego ai|chego la|estou ai|estarei ai|vou estar ai|"
         r"i will be there|be there with you|be with you|join you|joining you|te encontr\w*|junto "
         r"(?:de|com) voce)", scope="message",
         unless=lazy(_VISIT.pattern + "|" + _SOMEDAY.pattern)),
    _cue("reunite", 2, BOTH, r"(?:nao vou|nao vai|nao quero) (?:\w+ )?(?:te |deixar voce |a "
         r"senhora |o senhor )?(?:deixar )?esperando (?:muito|mais)",
         r"(?:will not|would not|not going to|do not want to) keep you waiting (?:long|much "
         r"longer|any longer)", unless_said=_SOMEDAY),
    _cue("farewell", 2, BOTH, r"(?:acertando|acertei|arrumando|resolvendo|resolvi|tying up|tied "
         r"up|sorting|sorted|settling|settled) (?:as |the )?(?:ultimas|last|final|remaining) "
         r"(?:coisas|pendencias|things|details|bits)",
         unless=lazy(r"\b(?:d[ao]|pr[ao]|para [ao]|for the|of the|before the|antes d[ao]) "
                     r"(?:\w+ )?(?:viagem|festa|mudanca|casamento|obra|trip|move|wedding|"
                     r"party|flight|voo|reforma|formatura|evento|event)\b")),
    # Three older dev messages the stem model retrained on batch 18 no longer reaches: a
    # game's vanishing wished ("queria dar despawn"), a thing handled my own way for good, the
    # others soon spared paying for me.
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_WANT}|want to|wanna|wish i could) (?:\w+ ){{0,2}}"
         r"(?:dar |to )?(?:despawn\w*|respawn (?:no|nowhere))"),
    _cue("active", EXPLICIT, BOTH, r"(?:resolver|resolvo|handle|deal with|sort) "
         r"(?:it |isso |this )?(?:do meu jeito|my way|my own way|por conta propria)"
         r"(?: \w+){0,2} (?:pra sempre|para sempre|de vez|for good|forever|once and for all)",
         scope="message"),
    _cue("burden", EXPLICIT, BOTH, r"(?:soon|logo|em breve) (?:\w+ )?(?:will not|would not|nao "
         r"(?:vai|vao)(?: mais)?) (?:have to|need to|precisar) (?:\w+ ){0,3}(?:me|for me|de mim|"
         r"por mim|comigo)(?: anymore| mais)?$"),
    # A bequest written out (2); a pet left with someone (1), not for a trip or a move.
    _cue("farewell", 2, BOTH, r"(?:written|wrote|writing|write|decided|listed|escrevi|anotei|"
         r"decidi|deixei escrito|deixei anotado)(?: down| out)? (?:who gets|quem fica com|quem "
         r"vai ficar com|who will get|who should get)"),
    _cue("farewell", 1, BOTH, r"(?:left|deixei) (?:\w+ )?(?:the |my |o |a |os |as |"
         r"meu |minha |meus |minhas )?(?:dogs?|cats?|cachorr\w*|gat\w*|horses?|cavalos?) "
         r"(?:with|to|com|pr[oa]|para)", unless_said=_TRIP_OR_MOVE),
)


# Batch 19: a visitor who lost the person to suicide and would go the same way or on the same
# date; risk said after a livelihood lost, in plain money words (insurance worth more than me,
# a family that would get the policy, debts taken with me); migrants; the bullied and the
# shamed; nurses, police and veterans after a shift; carers; risk inside a practical question;
# plans given up; jokes; the anniversary of the death.
_DOSE_FOR_ANOTHER = lazy(
    r"\b(?:pra|para|for|in|de) (?:a |o |uma |um |my |minha |meu |the |an? )?(?:crianca|bebe|"
    r"child|baby|kid|filh[oa]|son|daughter|cachorr[oa]|gat[oa]|dog|cat|idos[oa]|elderly|mae|pai|"
    r"vo|avo|mom|dad|grandma|grandpa|mother|father|paciente|patient)\b")
_ANOTHER_START = lazy(r"\b(?:embarc\w*|viag\w*|viaj\w*|trip|travel\w*|exterior|abroad|"
                      r"new (?:house|apartment|place|home|job)|casa nova|apartamento "
                      r"novo|movers|mudanca|moving|moved|job|emprego|transfer\w*|comecar "
                      r"de novo|start over|fresh start|curitiba|lisboa|portugal)\b")
_MEET_YOU = (r"(?:te encontrar|encontrar (?:voce|vc|contigo|a senhora|o senhor)|meet you|come to "
             r"you|join you|be with you|ir (?:com voce|contigo|junto))")
_THEIR_DAY = (r"(?:aniversario de morte|dia da (?:sua|tua) morte|your (?:anniversary|death ?day)|"
              r"(?:the )?day you (?:died|went|left|did it))")
SAME_WAY: tuple[Cue, ...] = (
    # The dead one's act understood now (2, not "trying to understand why you did it"); doing
    # it the same way they did, going by the same road (2).
    _cue("same_way", 2, BOTH, r"(?<!to )(?<!tentando )(?<!queria )(?<!quero )(?<!tento )"
         r"(?:finally |now |agora |enfim )?(?:entendo|entendi|compreendo|compreendi|get|"
         r"understand|understood|see) (?:agora |now |finally |enfim |finalmente )?(?:por que|"
         r"porque|why) (?:voce|vc|ele|ela|o senhor|a senhora|tu|you|he|she|they) (?:fez|did|se "
         r"matou|killed|took)",
         r"(?:hoje|agora|now|finally|enfim|finalmente) (?:eu |i )?(?:entendo|compreendo|"
         r"understand|get) (?:ele|ela|voce|vc|o senhor|a senhora|him|her|you)$",
         r"(?:i )?(?:understand|get) (?:him|her|you) now$"),
    _cue("same_way", 2, BOTH, r"(?:do mesmo jeito|da mesma forma|do mesmo modo|the same way|same "
         r"as) (?:que )?(?:voce|vc|ele|ela|o senhor|a senhora|tu|you|he|she) (?:fez|did)",
         r"(?:vou|vo|going|go|ir|indo) pelo mesmo caminho",
         r"(?:fazer|do|doing) (?:igual|the same)(?: (?:a |ao |que )?(?:voce|vc|ele|ela|o senhor|"
         r"a senhora|you|him|her))?(?: (?:essa semana|esta semana|hoje|amanha|hoje a noite|essa "
         r"noite|logo|this week|tonight|tomorrow|soon))?$", r"(?:i am|"
         r"i will be) following (?:him|her|you|them)$"),
    # Their date taken for mine (3): "dia 14 também vai ser o meu", "vai ser o meu último
    # também", going in the same month they went; "a good date for me too" (2) with their death
    # said (1).
    _cue("same_date", EXPLICIT, BOTH, r"tambem (?:vai ser|sera) (?:o |a )?(?:meu|minha) "
         r"ultim[oa](?: dia)?$",
         r"(?:dia|data) (?:\d+ )?(?:\w+ ){0,2}tambem (?:vai ser|sera) (?:o |a )?(?:meu|minha)$",
         r"(?:is going to|will) be my last (?:day )?too$",
         r"(?:ir|partir|morrer|go|die|leave|going) (?:embora )?(?:n[oa] mesm[oa]|on the same|in "
         r"the same) (?:dia|mes|data|hora|semana|day|month|date|week)(?: \w+){0,2} (?:que|as|"
         r"when|em que) (?:voce|vc|you|ele|ela|he|she|o senhor|a senhora) (?:foi|went|partiu|"
         r"died|morreu|left|se foi|did)"),
    _cue("same_date", 2, EN, r"(?:good|right|fitting|perfect) (?:date|day) for me (?:too|as "
         r"well)$"),
    _cue("their_death", 1, BOTH, r"since you (?:did it|died|went|passed|left us|took your own)",
         r"(?:voce|vc|o senhor|a senhora|tu) se matou"),
    # Meeting them on their day, decided (3); going to meet them, said alone (2); coming to
    # them on a date (2) and the door left open (2); with them "for real", "not at the grave"
    # (2 each).
    _cue("reunite", EXPLICIT, BOTH, rf"{_THEIR_DAY}(?: \w+){{0,12}} (?:combinei|decidi|prometi|"
         rf"resolvi|vou|i will|i am going to|decided|promised|arranged)(?: \w+){{0,3}} "
         rf"{_MEET_YOU}", scope="message", unless=_VISIT),
    _cue("reunite", 2, BOTH, r"^(?:e |so )?indo (?:te )?encontrar(?: (?:voce|vc|a senhora|o "
         r"senhor))?$",
         r"(?:i will|i am going to|i am gonna|i am|vou|irei) (?:come|coming|go|going|ir|chegar) "
         r"(?:to you|ate voce|ate a senhora|ate o senhor) (?:on|by|no|na|em|dia) ",
         unless=_VISIT),
    _cue("reunite_door", 2, BOTH, r"^(?:leave|keep) the door (?:open|unlocked)(?: for me)?$",
         r"^deixa a porta aberta(?: (?:pra|para) mim)?$", unless_said=_VISIT),
    _cue("reunite_real", 2, BOTH, r"(?:with you|contigo|com voce|com a senhora|com o senhor)"
         r"(?: \w+){0,2} (?:the real way|for real|de verdade|pra valer|in person|em pessoa)",
         scope="message"),
    _cue("reunite_not_grave", 2, BOTH, r"(?:with you|contigo|com voce|te encontrar|meet you|see "
         r"you)(?: \w+){0,8} (?:not|nao)(?: e| is)? (?:at|no|na|in) (?:the |o |a |your |seu |sua )?"
         r"(?:grave|cemetery|cemiterio|tumulo|jazigo|graveside)", scope="message"),
    # Going with the one who is dying, as soon as they go (3): "quando ela for, eu vou junto",
    # "when he goes I'm going with him" (not "when he goes to the hospital").
    _cue("active", EXPLICIT, BOTH, r"quando (?:ela|ele|o \w+|a \w+) (?:for|morrer|partir|se for|"
         r"falecer|descansar)(?: embora)? (?:eu )?(?:vou|irei) junto(?! (?:n[oa]s?|pr[ao]s?|"
         # (batch 30: "com vocês dois", with the dead one and the dying one, is going)
         r"para|ao|a|com(?! (?:voce|voces|vcs|vc|ele|ela|eles|a senhora|o senhor)\b)|de|em|"
         r"d[oa]s?)\b)",
         r"when (?:he|she|they|\w+) (?:goes|dies|passes(?: away| on)?|is gone)(?: i am| i will| "
         r"i am going to)? (?:go|going|come|coming|follow|following) (?:with|after) (?:him|her|"
         r"them)", scope="message"),
    # Money: the insurance worth more than me, or paying when I am dead (3); the family would
    # receive it (2); at least I leave them that (1); does it pay if (1); someone knows where
    # the policy or the passwords are (1); the others freed by my death (2); what I cost (1);
    # "that's the math" (1); everyone's life worse with me in it (3); another mouth to feed (2);
    # freer if I were not there at all (3).
    _cue("insured", EXPLICIT, BOTH, rf"{_INSURANCE} (?:\w+ ){{0,3}}(?:paga|pagaria|rende|renderia|"
         r"vale|valeria|pays|would pay|is worth|worth) (?:\w+ )?(?:mais|more)(?: \w+){0,3} (?:se "
         r"eu|if i|than (?:i am|me)|do que eu|que eu)"),
    _cue("insured", EXPLICIT, BOTH, rf"(?:mort[oa]|dead|sem mim|with me gone|once i am dead) "
         rf"(?:o |a |the |my |meu |minha )?{_INSURANCE} (?:\w+ )?(?:cobre|paga|quita|resolve|"
         r"covers|pays|clears)",
         scope="message"),
    _cue("burden", 2, BOTH, rf"{_HIS_FAMILY} (?:vai|vao|ia|iam|iria|iriam) receber (?:o |a )?"
         rf"(?:dinheiro do )?{_INSURANCE}"),
    _cue("farewell_legacy", 1, BOTH, r"(?:pelo menos|at least) (?:isso|this|that) (?:eu )?"
         r"(?:deixo|deixaria|vou deixar|i (?:can |will )?leave)"),
    _cue("insured", 1, BOTH, rf"{_INSURANCE} (?:\w+ )?(?:paga|pagaria|cobre|cobriria|pays?|"
         r"would pay|covers?|would cover)(?: out)? (?:se|if|when|quando|em caso de|in case of) "),
    _cue("farewell_errand", 1, BOTH, r"(?:sabe|knows) (?:onde|where) (?:\w+ ){0,2}(?:policy|"
         r"apolice|papers|papeis|documentos|senhas?|passwords?|will|testamento)"),
    _cue("burden", 2, BOTH, r"se eu (?:morrer|morresse|sumir|sumisse|faltar|faltasse|nao "
         r"existisse|nao estivesse aqui)(?: \w+){0,3} (?:ela|ele|eles|elas|a familia|meus filhos|"
         r"minha filha|meu filho|minha mulher|meu marido|todo mundo|minha mae|meu pai) (?:\w+ )?"
         r"(?:volta a|voltaria a|poderia|podia|vai poder|ia poder|consegue|conseguiria|respira|"
         r"respiraria|economiza\w*|se livra\w*|ficaria livre|fica livre|para de sofrer|pararia de "
         r"sofrer)",
         r"if i (?:were|was) (?:gone|dead|not here|not around)(?: \w+){0,3} (?:the money|she|he|"
         r"they|the kids|my \w+|everyone|everybody) (?:would|could|will|might) (?:\w+ ){0,2}"
         r"(?:go to|have|be able|get|finally|afford|stop|keep)", scope="message"),
    _cue("burden_cost", 1, BOTH, r"(?:i am |eu )?(?:costing|custando|custo) (?:\w+ ){0,3}"
         r"(?:\d[\d.]*|a fortune|uma fortuna|a month|por mes|caro|too much|demais)"),
    _cue("accepting", 1, BOTH, r"^(?:(?:that is|its|it is) (?:the |simple )?math|(?:e )?(?:conta|"
         r"matematica) simples|e o que eu quero|that is what i want)$"),
    _cue("burden", EXPLICIT, BOTH, r"(?:everyone|everybody|todo mundo|todos|everyones|their|a vida "
         r"de todo mundo|a vida deles|a vida dela|a vida dele)(?: \w+){0,2} (?:is|are|e|fica|ficam|"
         r"seria|would be) (?:\w+ )?(?:worse|pior|piores) (?:with me|comigo)(?: (?:in it|around|"
         r"here|nela|aqui|por perto|por aqui))?$"),
    _cue("burden", 2, BOTH, r"(?:another|one more|extra) mouth (?:\w+ ){0,3}(?:to feed|has to "
         r"feed|have to feed|feeding)", r"(?:so |apenas )?mais uma boca (?:\w+ ){0,2}(?:para|pra) "
         r"(?:alimentar|sustentar)"),
    _cue("burden", EXPLICIT, EN, r"(?:freer|free|lighter|richer|better off) (?:\w+ ){0,3}if i "
         r"(?:was|were|am) not (?:\w+ ){0,6}(?:at all|anywhere|around|here|alive)$"),
    # Plans given up: "não vou precisar… nem de mais nada" (3); an enrolment, a flat, the
    # furniture given up (1, not for a move, a job, a transfer or a trip); not moving anywhere
    # (2); no need where I am headed (2); nothing booked after a date (2); done after the last
    # letters (2), one letter more for someone (1).
    _cue("farewell_unneeded", EXPLICIT, PT, r"nao vou precisar (?:\w+ ){0,3}nem de (?:mais )?"
         r"nada(?: mais)?$", scope="message"),
    _cue("farewell_errand", 1, BOTH, r"(?:cancelei|tranquei|cancel\w*|withdrew from|dropped out "
         r"of|desisti d[ao])(?: \w+){0,2} (?:matricula|faculdade|curso|semestre|semester|"
         r"enrol\w*|course|college|classes)",
         r"(?:devolvi|entreguei) (?:o |a )?(?:apartamento|ape|casa|kitnet|quarto|chaves)",
         r"(?:doei|dei|vendi) (?:todos )?(?:os |meus )?moveis",
         unless_said=_ANOTHER_START),
    _cue("farewell_nowhere", 2, BOTH, r"nao vou (?:me )?mudar (?:\w+ )?(?:pra|para) lugar nenhum",
         r"not (?:moving|going) anywhere (?:else|new)",
         r"(?:will not|wont|would not|do not|not going to) need (?:\w+ ){0,3}where i am (?:going|"
         r"headed|heading)",
         r"(?:onde|pra onde|para onde) (?:eu )?(?:vou|estou indo|to indo)(?: \w+){0,2} (?:nao "
         r"(?:vou )?precis\w*|nao serve|nao adianta)",
         r"(?:did not|have not|nao) (?:book|booked|plan|planned|schedule|scheduled|marquei|"
         r"agendei|planejei|marcar) (?:anything|nada|nothing)(?: \w+){0,2} (?:after|depois d[oe]|"
         r"beyond|past|for after)"),
    _cue("farewell_done", 2, BOTH, r"(?:i am|im) done after (?:that|this|it)",
         r"after (?:that|this) i am done",
         r"depois disso (?:eu )?(?:acabou|chega|encerro|termino)"),
    _cue("farewell_letters", 1, BOTH, r"(?:written|wrote|writing|escrevi|escrevendo)(?: \w+){0,6} "
         r"(?:and )?(?:one|uma|um) (?:for|to|pra|para|pro) \w+", scope="message"),
    # Practical questions: how long it takes to work, to pass out, to die (2), in a person (1);
    # how much would be too much (2, not for a child, a pet or a patient); how much stops a
    # heart or kills a person (2), which I know (1).
    _cue("plan_lethal", 2, BOTH, r"quanto tempo (?:\w+ )?(?:demora|leva|levaria|demoraria) "
         r"(?:\w+ ){0,3}(?:matar|morrer|apagar|desmaiar|parar o coracao|parar de respirar)",
         r"how long (?:does it|would it|will it|until it) (?:\w+ )?(?:take|takes) (?:\w+ ){0,3}"
         r"(?:to |for )?(?:\w+ )?(?:pass out|die|kill|stop (?:breathing|your heart|the heart)|"
         r"bleed out|drown|lose consciousness|black out)",
         # (a poison or a dose working on a person, not a pill's effect for a cold)
         r"(?:fazer efeito|to work|take effect|kick in) (?:\w+ ){0,2}(?:n(?:uma|um)|em uma|em "
         r"um|in a|on a) (?:pessoa|person|human|adulto|adult)"),
    _cue("in_a_person", 1, BOTH, r"(?:n(?:uma|um)|em uma|em um) (?:pessoa|ser humano|adulto)",
         r"(?:in|on|for) a (?:person|human|grown man|adult)"),
    # (batch 30: the plural conditional, "quantos rivotril seriam demais?")
    _cue("plan_lethal", 2, BOTH, r"quant[oa]s? (?:\w+ ){0,4}(?:seria|seriam|e|fica|ficam|sao|"
         r"vai ser|vao ser) demais",
         r"how (?:much|many) (?:\w+ ){0,4}(?:is|are|would be|will be) too (?:much|many)",
         unless=_DOSE_FOR_ANOTHER),
    _cue("plan_lethal", 2, BOTH, r"(?:para|pra|parar|stops?|mata|matar|kills?|would kill|would "
         r"stop) (?:um|uma|a) (?:coracao|heart)",
         r"(?:mata|matar|kills?|would kill) (?:um|uma|a) (?:pessoa|person|adulto|adult|homem|man)"),
    _cue("plan_known", 1, BOTH, r"(?:sei|i know)(?: exatamente| exactly)? (?:quanto|quantos|"
         r"quantas|how much|how many)(?: \w+){0,4} (?:para|pra|parar|stops?|mata|matar|kills?|"
         r"would (?:do it|take|kill))"),
    # Jokes with the plan in them: my funeral imagined (2); "soon", "falta pouco" said alone
    # (1); debts taken with me (1); the will to live at zero (2); fixing it tonight one way or
    # another (2).
    _cue("funeral_imagined", 2, BOTH, r"(?:imagin\w*|pensando n[oa]s?|thinking (?:of|about)|"
         r"picture) (?:\w+ ){0,3}(?:meu|my) (?:proprio |own )?(?:velorio|enterro|funeral|wake)"),
    _cue("ending_soon", 1, BOTH, r"^(?:and )?(?:soon|falta pouco|nao falta muito|not long now|"
         r"not long|it will not be long|logo logo)$"),
    _cue("taken_with_me", 1, BOTH, r"(?:i will|vou) (?:take|levar) (?:them|it|my debts|the "
         r"debts?|as dividas|a divida|elas|ela) (?:with me|comigo)"),
    _cue("hopeless", 2, BOTH, r"will to live (?:is )?(?:even )?(?:lower|gone|zero|negative|"
         r"nonexistent|at zero)", r"vontade de viver (?:\w+ )?(?:zerou|acabou|zerada|e zero|"
         r"menor|mais baixa|negativa)"),
    _cue("plan_when", 2, BOTH, r"(?:fix|resolve|resolver|end|acabar|sort|solve)(?: \w+){0,2} "
         r"(?:tonight|hoje|essa noite|today)(?: \w+){0,2} (?:one way or another|de um jeito ou de "
         r"outro|de qualquer jeito|one way or the other)", scope="message"),
    # Hopelessness: no fixing me (3); no version of next year I want (3); never going to stop
    # (2); nothing left to keep going for (3).
    _cue("hopeless", EXPLICIT, BOTH, r"nao (?:tem|ha) (?:mais )?(?:jeito|conserto|solucao|"
         r"salvacao|cura) (?:para|pra) mim", r"(?:there is )?no (?:fixing|saving|helping) me",
         r"i am beyond (?:repair|fixing|saving|help)",
         r"no version of (?:next year|the future|tomorrow|my life|this|things)(?: \w+){0,3} "
         r"(?:i want|i can|worth|that i want|i would want)",
         r"nothing (?:left )?to (?:keep going|go on|carry on|get up) for",
         r"nada (?:mais )?(?:pelo que|por que|pra que) (?:continuar|seguir|levantar)"),
    _cue("hopeless_never", 2, EN, r"(?:never|not ever) (?:going to|gonna|will) stop$"),
    # After a shift: eyes closed for good, preferred (3); staying in the fire and never coming
    # out, wished (3); a gun under the pillow (2); not making it to a day (2); a fall at work
    # called a blessing (3).
    _cue("passive", EXPLICIT, PT, r"(?:prefiro|preferia|queria|quero|vontade de)(?: \w+){0,2} "
         r"fechar (?:os olhos |eles )?(?:de vez|para sempre)$"),
    _cue("passive", EXPLICIT, BOTH, r"(?:wish|queria|quem dera|if only) (?:i had|i would have|i "
         r"would|ter|eu tivesse) (?:stayed|ficado)(?: \w+){0,4} (?:with|com) (?:them|him|her|you|"
         r"eles|elas|ele|ela|voce)(?: \w+){0,2} (?:and |e )?(?:never|nao|nunca) (?:ter )?"
         r"(?:come out|came out|got out|gotten out|walked out|saido|sair|saisse)"),
    _cue("plan_means", 2, BOTH, rf"(?:{_GUNS}|sidearms?|service weapon|duty weapon)(?: \w+){{0,4}} "
         r"(?:under|debaixo d[oa]|embaixo d[oa]|beside|next to) (?:my |the |meu |o |minha |a )?"
         r"(?:pillow|travesseiro|bed|cama)"),
    _cue("passive", 2, BOTH, r"(?:do not|nao) (?:think|acho que) (?:i |eu )?(?:will |am going to |"
         r"gonna |vou )?(?:make it|last|chegar|aguentar|durar) (?:to|till|until|through|past|"
         r"ate) "),
    _cue("passive", EXPLICIT, BOTH, r"if i (?:fell|fall|slipped|slip|got hit|get hit|was hit|were "
         r"hit)(?: \w+){0,6} (?:i would|it would be|would be) (?:\w+ ){0,2}(?:a blessing|a relief|"
         r"a mercy|welcome|grateful|thankful|call it a blessing)",
         r"se eu (?:caisse|escorregasse|fosse atropelad[oa])(?: \w+){0,6} (?:seria|ia ser|eu ia|"
         r"eu agradeceria|agradecia) (?:\w+ ){0,2}(?:uma bencao|um alivio|um favor|agradecer)"),
    _cue("passive", EXPLICIT, EN, r"not (?:planning|plan|intending|going) (?:on|to) (?:be|being) "
         r"(?:around|here|alive) (?:when|by|after|once) (?:\w+ ){0,4}(?:runs? out|ends?|is gone|"
         r"are gone|dries up)"),
    # Carers and the old: stopping everything until I get to you (2); "think I'll stop" (2).
    _cue("ending", 2, BOTH, r"(?:i am |eu )?(?:just )?(?:going to|gonna|vou) (?:just )?(?:stop|"
         r"parar)(?: (?:eating|comer|de comer|tudo|everything))?(?: until| ate|$)",
         r"(?:think |maybe )?i (?:will|might) (?:just )?stop$"),
    # Far from home: the destination is where you are (3); home, the one you are in (2).
    _cue("reunite", EXPLICIT, BOTH, r"(?:o )?destino (?:\w+ )?(?:e|sera|vai ser) (?:onde|aonde|pra "
         r"onde) (?:voce|vc|o senhor|a senhora|tu) (?:esta|ta|estiver|foi)",
         r"destination (?:is|will be) (?:wherever|where) you (?:are|went)"),
    _cue("reunite_home", 2, BOTH, r"(?:home|casa|lar)(?: \w+){0,3} (?:the one|aquela|aquele|a "
         r"que|o que|where|onde) (?:you are|voce esta|vc ta|a senhora esta|o senhor esta|a senhora "
         r"ta|o senhor ta)(?: in)?", scope="message"),
    # An anniversary: not coming back from it (2); going up and not coming down (3).
    _cue("no_return", 2, BOTH, r"(?:not|nao) (?:coming|going|vou|voltar|volto)(?: back| home| pra "
         r"casa| para casa)? (?:from (?:it|there|that)|de la|dali|dessa vez|this time)$"),
    _cue("plan_jump", EXPLICIT, PT, r"(?:subir|subo|vou subir)(?: \w+){0,8} e (?:nao (?:vou )?"
         r"descer|nunca mais descer)", scope="message"),
    # The survivor's car: the dead one's means named (1); sitting in it with the keys (2);
    # standing by a means (2).
    _cue("their_means", 1, BOTH, r"(?:voce|vc|you|ele|he|she|ela|o senhor|a senhora) (?:usou|"
         r"used|escolheu|chose|picked) (?:a |o |the |that |aquel[ae] |your |sua |seu )?(?:\w+ )?"
         r"(?:garage|garagem|corda|rope|arma|gun|ponte|bridge|carro|car|trilhos|tracks|rio|"
         r"river|pills|remedios|belt|cinto)", unless_said=_LET_GO),
    _cue("plan_fixed", 2, BOTH, r"(?:sitting|sat|been sitting|sento|sentei|sentad[oa]|fico)"
         r"(?: \w+){0,2} (?:in it|in the car|no carro|dentro dele|nele|dentro do carro)"
         r"(?: \w+){0,2} (?:with the keys|com a chave|com as chaves|engine|motor|ligad\w*)"),
    _cue("plan_fixed", 2, BOTH, rf"(?:{_MEANS_PT}|{_MEANS_EN}|{_POISON}|{_GUNS})(?: \w+){{0,15}} "
         r"(?:standing|sitting|sat|stood|parad[oa]|sentad[oa]) (?:by|next to|with|beside|over|do "
         r"lado d\w+|perto d\w+|junto d\w+) (?:it|them|ele|ela|eles|elas)", scope="message"),
    # Four older dev messages the stem model retrained on batch 19 no longer reaches: a pet
    # given to someone who will care for it better than I (2); hoping not to make it home
    # (3); a lamp that burns out and nobody replaces (1, with the wish of batch 14); a lighter
    # on the wrist (2, with the lighter's 1).
    _cue("farewell", 2, BOTH, r"(?:vai|ia|vao|iam|would|will) (?:\w+ )?(?:cuidar melhor|take "
         r"better care|look after (?:him|her|them|it) better)(?: \w+){0,2} (?:do que|que|than) "
         r"(?:eu|i)"),
    _cue("passive", EXPLICIT, EN, r"(?:hoping|hope|praying|pray|wish)(?: that)? i (?:just )?"
         r"(?:do not|will not|never) make it (?:home|back|through)"),
    _cue("passive_unmissed", 1, BOTH, r"(?:queima|apaga|burns out|goes out|burnt out)(?: \w+){0,2} "
         r"(?:e |and )?(?:ninguem|nobody|no one) (?:troca|repoe|substitui|replaces|changes)"),
    _cue("self_harm", 2, BOTH, rf"(?:isqueiro|lighter|cigarro|cigarette)(?: \w+){{0,2}} (?:n[oa]s? "
         rf"|on (?:my )?)(?:{_BODY})"),
    # Self-harm: the wrist scratched or cut (3); an arm sliced, carved (3).
    _cue("self_harm", EXPLICIT, BOTH, r"(?:risquei|riscando|rasguei|cortei|cortando) (?:o |a |os "
         r"|as )(?:pulsos?|punhos?)", rf"(?:risquei|riscando|risco) (?:o |a |os |as |meu |minha |"
         rf"meus |minhas )(?:{_BODY})(?! n[oa]s? (?:arame|prego|espinho|roseira|cerca|galho|"
         r"parede|muro|chao|quina|mato))",
         rf"(?:sliced|slashed|carved|gashed|sliced open|opened up|cut into) (?:into )?my "
         rf"(?:{_BODY})"),
)


# Batch 20: words written so a filter will not see them (read above), a Brazilian's broken
# English, an English speaker's broken Portuguese, portunhol and European Portuguese (read
# above), the drunk and the high, risk after one's own diagnosis, the addicted and the
# relapsed, prison, custody lost, "I'm fine" then the risk, and long memories with the risk
# in their last clause.
_MY_WAY = (r"(?:do meu jeito|por conta propria|por minha conta|nos meus termos|a minha maneira|"
           r"on my own terms|my own way|my way|at a time of my choosing)")
_SELF_NOUN = (r"(?:mess|loser|failure|disaster|wreck|junkie|drunk|addict|screw ?up|fuck ?up|"
              r"burden|waste of space|waste)")
DISGUISED: tuple[Cue, ...] = (
    # Broken English (read above: "i no have", "i want to dead"): no strength left to live (3).
    _cue("hopeless", EXPLICIT, EN, r"(?:do not|can not) have (?:more |any |no )?(?:more )?"
         r"(?:forces?|strength|will|reasons?) (?:for|to) (?:live|living|go on|continue|keep "
         r"going)"),
    # Broken Portuguese: "matar eu mesma" is "me matar" (3).
    _cue("active", EXPLICIT, PT, r"matar (?:a )?(?:eu|mim) (?:mesm[oa]|propri[oa])"),
    # Ending it "my way", "por conta própria", once a diagnosis is told (3); going "por conta
    # própria" (2: a young one leaving home says it too); my own date picked (2); not waiting
    # for the end (2); before the illness takes what it will, "while I still can" (1).
    _cue("active", EXPLICIT, BOTH, rf"(?:prefiro|vou|vo|quero|queria|decidi|resolvi|penso em|"
         rf"pensando em|prefer|rather|going to|gonna|will|want to|decided to) (?:\w+ )?(?:acabar|"
         rf"end it|end it all|end things)(?: logo| now| soon)?(?: com tudo)? {_MY_WAY}"),
    _cue("own_terms", 2, BOTH, rf"(?:(?:ir|vou|vo|irei|eu vou) embora|partir|me ir|go|leave|exit|"
         rf"bow out) (?:\w+ )?{_MY_WAY}$"),
    _cue("own_date", 2, BOTH, r"(?:pick|choose|set|picking|choosing) my own (?:date|day|time|"
         r"moment|exit|ending)$", r"(?:escolher|escolho|escolherei|marcar|marco) (?:a |"
         r"o )?(?:minha|"
         r"meu) (?:propri[oa] )?(?:hora|data|dia|momento)$",
         r"(?:not|nao vou) (?:waiting|wait|esperar) (?:for |por |pel[oa] |o |a )?(?:the |o |a )?"
         r"(?:end|fim|final)(?: \w+){0,4}$"),
    _cue("preempt", 1, BOTH, r"antes (?:disso|que isso|de isso|que (?:ela|ele|a doenca)) "
         r"(?:acontecer|aconteca|piorar|chegar|me pegar)", r"antes de (?:piorar|ficar pior|"
         r"a doenca "
         r"(?:avancar|piorar|me pegar))",
         r"antes de (?:esquecer|perder|ficar) (?:quem eu sou|tudo|ceg[oa]|a cabeca|a memoria|"
         r"a visao|totalmente)", r"before (?:that|it|this|the disease|the illness) (?:happens|"
         r"gets worse|takes me|gets me|comes)", r"while i (?:still )?can$",
         r"enquanto (?:eu )?ainda (?:posso|consigo|da)$"),
    # All of it at once, said of a drug or a dose (2): "take all the morphine at once", "eu uso
    # tudo de uma vez", "might take em all", "engolir a cartela inteira".
    _cue("plan_taken", 2, BOTH, rf"(?:take|swallow|use|tomar|tomo|engolir|engulo|usar|uso) "
         rf"(?:\w+ ){{0,3}}(?:{_DOSE}|morphine|morfina|fentanyl|crack|heroin|heroina|cocaine|"
         rf"cocaina|\w*pills) (?:\w+ ){{0,3}}?(?:at once|de uma vez|de uma so vez|in one go|duma "
         rf"vez)", r"(?:usar|uso|use) (?:tudo|it all|all of it|everything) (?:de uma vez|de uma so "
         r"vez|at once|in one go)",
         r"(?:might|going to|gonna|will|vou|vo) (?:just )?(?:take|swallow) (?:them|em|it) all$",
         r"(?:engolir|engulo|tomar|tomo|swallow|take) (?:a |o |the )?(?:cartela|caixa|vidro|"
         r"frasco|bottle|pack|box|strip|blister) (?:inteir[oa]|whole|toda)",
         r"(?:engolir|engulo|swallow) (?:the )?whole (?:bottle|pack|box|strip)"),
    # Used or drunk until the heart stops (3): "vou usar até o coração parar".
    _cue("plan_taken", EXPLICIT, BOTH, r"(?:usar|uso|beber|bebo|tomar|cheirar|fumar|use|using|"
         r"drink|drinking|take|smoke|shoot) (?:\w+ ){0,3}(?:ate|until|till|til) (?:o |meu |my |"
         r"the )?(?:coracao|heart) (?:parar|para|stops?|gives out|quits)"),
    # A means as the only way, address or door left (3): "the river's the only address left".
    _cue("plan_means", EXPLICIT, BOTH, r"(?:river|lake|sea|ocean|bridge|rope|tracks|pills|gun|rio|"
         r"mar|ponte|corda|trilhos|remedios|arma|viaduto|overpass)s?(?: is| e)? (?:the|a|o) "
         r"(?:only|unica|unico) (?:address|endereco)",
         r"(?:river|lake|sea|ocean|bridge|rope|tracks|pills|gun|rio|mar|ponte|corda|trilhos|"
         r"remedios|arma|viaduto|overpass)s?(?: is| e)? (?:the|a|o) (?:only|unica|unico) (?:way|"
         r"option|answer|place|exit|door|thing|choice|saida|opcao|resposta|lugar|porta|caminho|"
         r"escolha)(?: (?:left|out|que sobrou|que resta|que me resta|for me|pra mim|para mim))"
         r"{1,3}$"),
    # No reason to keep breathing (3), no way out "nenhuma" for me (3), nothing holding me here
    # (2), no tomorrow I want (3).
    _cue("hopeless", EXPLICIT, PT, r"nao (?:tenho|ha|tem|vejo) (?:mais )?(?:por que|porque|pra que|"
         r"para que|motivos? (?:pra|para|de)|razao (?:pra|para)|razoes (?:pra|para)) (?:continuar|"
         r"seguir) (?:respirando|vivendo|viv[oa]|existindo|aqui)",
         r"nao (?:tem|ha|existe) (?:mais )?(?:nenhuma )?saida (?:nenhuma )?(?:pra|para) mim"),
    _cue("hopeless", 2, BOTH, r"(?:nada|ninguem) (?:mais )?(?:que )?me prend\w* (?:aqui|a vida|"
         r"neste mundo|nesse mundo|a este mundo)", r"nothing (?:left )?(?:to )?(?:keep|keeping|"
         r"holding|hold|ties?|tying) me (?:here|to this world|to life)$"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:no|nenhum|nenhuma|nao (?:tem|ha|existe)(?: nenhum)?) "
         r"(?:tomorrow|future|next year|version "
         r"of \w+|amanha|futuro) (?:that |que )?(?:i|eu) (?:want|would want|quero|queira)"
         r"(?: to (?:be in|see|live in|live|wake up to)| (?:viver|ver|estar))?$"),
    # Driven into a pole or a wall, said as a plan (2), without the seatbelt (1); the gas
    # pedal thought of at a height (1).
    _cue("plan_crash", 2, PT, r"(?:vou|vo|quero|queria|pensando em|penso em|vontade de) "
         r"(?:\w+ ){0,4}(?:enfia\w*|jogar|joga|meter|mete|bater|bate|lancar|arremess\w*) "
         r"(?:o carro |com o carro |ele )?(?:num|no|na|numa|contra (?:o|a|um|uma)|de frente "
         r"(?:num|com|no|na)) (?:poste|muro|arvore|parede|pilastra|barranco|ribanceira|caminhao|"
         r"carreta|mureta|pilar)"),
    _cue("plan_crash", 2, EN, r"(?:going to|gonna|will|want to|thinking (?:of|about)|think about) "
         r"(?:\w+ ){0,2}(?:driving|drive|steer|steering|crash|crashing|slam\w*|"
         r"wrap\w*) (?:the car |"
         r"my car |it |the truck )?(?:into|off|around) (?:a|the) (?:tree|wall|pole|pillar|overpass|"
         r"truck|cliff|barrier|guardrail|embankment)"),
    _cue("unbelted", 1, BOTH, r"sem (?:o |por o )?cinto$", r"(?:without|no) (?:my |a |the )?"
         r"seat ?belt$", unless=lazy(r"\b(?:multa|ticket|fine|policia|police|guarda)\b")),
    _cue("plan_edge", 1, EN, r"(?:thinking about|think about|thought about) (?:the |flooring |"
         r"hitting )?(?:gas pedal|accelerator|gas)$"),
    _cue("plan_edge", 2, BOTH, r"(?:parked|parado|estacionad[oa]|stopped|sitting|sentad[oa]) "
         r"(?:\w+ ){0,2}(?:at|on|by|no|na|em|near|perto d[oa]) (?:the |a |o )?(?:overlook|lookout|"
         r"mirante|quarry|pedreira|dam|represa|cliff|cliffs|penhasco|precipicio) (?:\w+ ){0,3}"
         r"(?:with the engine|com o motor|engine running|motor ligado)",
         unless=_VIEW),
    # Walking into the water as what I'll do next (3), or thought of when already in it (3).
    _cue("plan_water", EXPLICIT, EN, r"(?:i will|i am going to|i am gonna|i might|i want to|"
         r"thinking (?:of|about)|think i will|maybe i will) (?:just )?walk(?:ing)? (?:out )?"
         r"(?:into|in) (?:the|a) (?:lake|river|sea|ocean|water|bay|reservoir)(?: (?:after|"
         r"tonight|later|now|afterwards|at dawn|at night|tomorrow|soon))?(?: and (?:not|never) "
         r"come (?:back|out))?$"),
    _cue("plan_water", EXPLICIT, BOTH, rf"(?:entrei|entrar|andei|walked|waded|went|wading|walking) "
         rf"(?:\w+ ){{0,2}}(?:no|na|into|in) (?:the |o |a )?{_WATER} (?:\w+ ){{0,5}}(?:pensei em|"
         rf"pensando em|quis|queria|thought about|thought of|wanted to|wanting to) (?:so )?"
         rf"(?:continuar|seguir|ir|keep|keeping|go|going) (?:andando|em frente|mais fundo|walking|"
         rf"going|deeper|on)"),
    # Better off without "this mess", "esse traste" (3); they'd all be better off (2), with no
    # visits or calls from me ever (2).
    _cue("burden", EXPLICIT, EN, rf"(?:better|happier|easier) (?:off )?without (?:this|a|that|the) "
         rf"(?:\w+ )?{_SELF_NOUN}"),
    _cue("burden", EXPLICIT, PT, r"melhor(?:es)? sem (?:esse|essa|este|esta) (?:\w+ )?(?:traste|"
         r"fracasso|fracassad[oa]|bebad[oa]|drogad[oa]|viciad[oa]|peso|estorvo|desgraca|bagunca)"),
    _cue("burden_others", 2, EN, r"(?:they|she|he|the kids|the boys|the girls|my kids|my family|"
         r"everyone|everybody) (?:would|will) (?:all )?be better off(?! (?:at|in|staying|living|"
         r"going|moving|with (?:a|the|their) (?:tutor|doctor|nanny|school|teacher|coach|"
         r"grandparents|dad|mom)))"),
    _cue("burden_others", 2, BOTH, r"(?:no|without|sem) (?:more )?(?:visits?|calls?|word|news|"
         r"visitas?|ligacoes|noticias) (?:\w+ )?(?:from|de) (?:me|mim)(?: (?:ever|again|at all|"
         r"nunca "
         r"mais|mais)){1,2}$"),
    # Not seeing myself here, around or alive by a season (2; alive 3).
    _cue("not_here", 2, EN, r"(?:do not|can not) see myself (?:still )?(?:here|around)(?: \w+)? "
         r"(?:by|at|in|past|for|next|this) (?!(?:this|that|the|a) (?:company|job|school|city|"
         r"town|place|house|team|firm|office))\w+"),
    _cue("not_here", EXPLICIT, EN, r"(?:do not|can not) see myself (?:alive|living|breathing)(?: "
         r"\w+)? (?:by|at|in|past|for|next|this) \w+"),
    # Wanting to stop being alive (3).
    _cue("passive", EXPLICIT, EN, r"(?:want|wanna|wish|would like|hope|need) to (?:just )?stop "
         r"being alive"),
    # Everything ready to go to the dead one (3): "tá tudo pronto pra eu ir te encontrar".
    _cue("reunite", EXPLICIT, PT, r"(?:esta|ta|ja esta|ja ta|tudo|ja) (?:tudo )?pront[oa] "
         r"(?:pra|para) (?:eu )?(?:ir )?(?:te encontrar|encontrar (?:voce|vc|contigo)|ir (?:com "
         r"voce|contigo|ai|pra ai|para ai)|ficar com voce|ficar contigo|te ver)",
         unless=_VISIT),
    _cue("reunite", EXPLICIT, EN, r"(?:everything|all)(?: is|s)? (?:\w+ )?ready for me to "
         r"(?:come|go|join|meet|be with) (?:to )?(?:you|with you)", unless=_VISIT),
    # If I go tonight, will you be at the door (3).
    _cue("reunite", EXPLICIT, EN, r"if i (?:go|come|leave|went|came|die|do it) (?:tonight|now|"
         r"today|soon|first|this week|tomorrow)(?: \w+){0,2} (?:will|would|can|could) you "
         r"(?:be (?:there|at the door|at the gate|waiting)|wait for me|meet me|take me|come get me|"
         r"open the door|let me in)", unless_said=_VISIT),
    _cue("reunite", EXPLICIT, PT, r"se eu (?:for|ir|morrer|partir|fizer isso) (?:hoje|agora|essa "
         r"noite|hoje a noite|amanha|logo)(?: \w+){0,2} (?:voce|vc|a senhora|o senhor) (?:vai "
         r"estar (?:la|ai|na porta|me esperando)|vai me esperar|me espera|me recebe|abre a porta|"
         r"me busca|me encontra)", unless_said=_VISIT),
    # Whether the rope would hold my weight, wondered (1).
    _cue("weight_test", 1, BOTH, r"(?:pensando|pensei|pensar|penso|thinking|thought|wonder\w*) "
         r"(?:\w+ ){0,2}(?:se|if|whether) (?:\w+ ){0,2}(?:aguentaria|seguraria|suportaria|would "
         r"hold|would take|could hold) (?:o )?(?:meu peso|my weight)"),
    # The garage's door down while the engine idles (3).
    _cue("plan_exhaust", EXPLICIT, BOTH, r"(?:garage|garagem)(?: \w+){0,4} (?:doors?|porta|"
         r"portao)(?: is)? "
         r"(?:down|shut|closed|fechad[oa]|abaixad[oa])(?: \w+){0,8} (?:idl\w*|running|ligado|"
         r"funcionando)", unless=_DOOR_OPEN),
    # Things given away so that there is less to clear out after (2).
    _cue("farewell_errand", 2, BOTH, r"(?:less|nothing|menos|nada) (?:\w+ )?(?:for (?:them|you|"
         r"anyone|her|him) )?(?:to|pra|para) (?:clear|sort|clean|pack|go through|deal with|"
         r"limpar|arrumar|separar|esvaziar|resolver)(?: (?:out|up|through))? (?:after|afterwards|"
         r"depois)$"),
    # Going the same way as the dead one (2), after asking how it was.
    _cue("same_way", 2, BOTH, r"(?:quero|querendo|queria|vou|vo|want to|wanna|going to|gonna) "
         r"(?:ir|partir|morrer|go|die|leave) (?:do mesmo jeito|da mesma forma|do mesmo modo|the "
         r"same way)$"),
    # Skin scrubbed or scraped until it bleeds (3).
    _cue("self_harm", EXPLICIT, BOTH, rf"(?:scrub\w*|scrap(?:e|ed|es|ing)|rub\w*|sand\w*|esfreg\w*|"
         rf"rasp\w*|lix\w*) (?:\w+ ){{0,3}}(?:skin|pele|{_BODY}) (?:\w+ ){{0,5}}(?:until|till|ate) "
         rf"(?:it |they |a pele |ela )?(?:bleeds?|bled|sangra\w*|raw|abrir|open)"),
    # A goodbye written to the living (3): "I've written the boys a goodbye".
    _cue("farewell", EXPLICIT, BOTH, r"(?:written|wrote|write|writing|escrevi|deixei|gravei|"
         r"recorded) (?:the |my |os |as |meus |minhas |para os |pros |pras |to the |"
         r"to my )?(?:boys|"
         r"girls|kids|children|family|wife|husband|mom|dad|meninos|meninas|filhos|filhas|"
         r"criancas|familia|mulher|marido|mae|pai|everyone|todos|them|eles) (?:a |an |uma |um )?"
         r"(?:goodbye|farewell|despedida|last letter|ultima carta)"),
    # "tell mom sorry", ending its clause (2).
    _cue("farewell", 2, BOTH, r"^(?:and |e |just |so )?(?:tell|say to|diz|diga|fala|fala para|"
         r"avisa) (?:\w+ )?(?:mom|mum|dad|my mom|my mum|my dad|them|her|him|everyone|a mae|o pai|"
         r"mae|pai|minha mae|meu pai|todo mundo) (?:(?:i am|that i am|that i m|que eu) )?(?:sorry|"
         r"sinto muito|me desculpa|desculpa|perdao)$"),
    # The big sleep, the eternal one (2), thought of or wanted (3).
    _cue("ending", 2, BOTH, r"(?:the )?(?:big|long|eternal) sleep", r"(?:o )?sono eterno",
         r"dirt nap"),
    _cue("passive", EXPLICIT, BOTH, r"(?:thinking about|want|wanna|wish|ready for|craving|"
         r"pensando n[oa]|quero|queria) (?:\w+ ){0,2}(?:the big sleep|the long sleep|eternal sleep|"
         r"sono eterno|dirt nap)"),
    # A rope and a chair together (2): "🪢 + 🪑".
    _cue("plan_hanging", 2, BOTH, r"(?:corda|rope|cinto|belt|lencol|sheet|noose|forca) (?:e|and|"
         r"com|"
         r"with) (?:uma |a |o |the )?(?:cadeira|chair|banquinho|banco|stool|escada|ladder)",
         unless=lazy(r"\b(?:praia|camping|acampamento|beach|varal|mudanca|moving|camp|"
                     r"academia|gym|pesca|fishing)\b")),
    # Older dev messages the stem model, retrained on batch 20, heard no longer: God who
    # could take me tonight (3; 2 with no time), "if You won't do it, I will" (3), the only
    # place I want to go is where the dead one is (3), how many it takes, needed to know (2),
    # seen how the others did it (1), "se eu não tivesse aqui" (read "estivesse", above).
    _cue("god_asked", EXPLICIT, BOTH, r"(?:deus|god|o senhor|the lord|lord|jesus) (?:bem que )?"
         r"(?:podia|poderia|could|might as well|can) (?:me levar|me buscar|me chamar|take me|come "
         r"for me|call me home|come get me) (?:essa noite|esta noite|hoje|logo|agora|ja|tonight|"
         r"now|soon|today)", unless=_SOMEDAY),
    _cue("god_asked", 2, BOTH, r"(?:deus|god|o senhor|the lord|lord|jesus) (?:bem que )?(?:podia|"
         r"poderia|could|might as well) (?:me levar|me buscar|take me|come for me|call me home)$",
         unless=_SOMEDAY),
    _cue("active", EXPLICIT, BOTH, r"(?:if|se) (?:you|god|he|deus|o senhor|voce|ele) (?:\w+ )?"
         r"(?:will not|would not|do not|does not|nao) (?:\w+ ){0,3}(?:i will|i am going to|eu faco|"
         r"faco eu|eu mesm[oa] faco|vou eu)", scope="message"),
    _cue("reunite", EXPLICIT, EN, r"(?:the only place|only|all) i (?:want|wanna|would like) to "
         r"(?:go|be) is (?:wherever|where|with) you(?: are)?", unless=_VISIT),
    _cue("plan_lethal", 2, BOTH, r"(?:need to know|have to know|tell me|preciso saber|me diz|me "
         r"fala) (?:\w+ )?(?:how many|quant[oa]s?) (?:\w+ ){0,2}(?:it takes|precisa|leva|"
         r"e preciso)$"),
    _cue("burden", EXPLICIT, PT, r"se eu (?:nao|ja nao) (?:estivesse|existisse|tivesse nascido|"
         r"fosse vivo|fosse viva)(?: mais)?(?: aqui)? (?:\w+ ){0,2}(?:iam|ia|teriam|tinham|"
         r"ficariam|"
         r"ficavam|vivia|viviam) (?:ter |viver |ficar )?(?:em )?(?:paz|sossego|descanso|"
         r"tranquil\w*)"),
    _cue("no_return", EXPLICIT, BOTH, r"(?:tonight|today|tomorrow|hoje|essa noite|amanha) (?:i|eu) "
         r"(?:leave|go|am leaving|am going|parto|vou|saio|vou embora) (?:\w+ )?(?:and|e) (?:do not|"
         r"never|nao|nunca mais) (?:come back|return|volto|voltar)"),
    _cue("ending_self", EXPLICIT, BOTH, r"(?:switch|turn|shut|power|desligar|desliga|apagar) "
         r"(?:off )?(?:my|meu|o meu|minha|a minha) (?:brain|head|mind|self|cerebro|cabeca|mente) "
         r"(?:off |down )?(?:permanently|for good|forever|for ever|de vez|para sempre)"),
    _cue("learned", 1, BOTH, r"(?:ja vi|eu vi|i have seen|i saw|seen) como (?:os outros|eles|os "
         r"caras|ele|ela) (?:fizeram|fez)", r"(?:i have seen|i saw|seen) how (?:the others|others|"
         r"they|the guys) did it"),
    # A heap of pills with drink (2): "💊💊💊💊 + 🍷".
    _cue("plan_mix", 2, BOTH, r"(?:a handful of|a bunch of|um monte de|varios|varias) (?:pills|"
         rf"comprimidos|remedios) (?:with|and|com|e) {_DRINK}"),
)


# Batch 21: a widow's or widower's fifty years, faith as the frame for the young and well,
# teenagers' slang, a livelihood lost and given away in one practical line, dictation, a dream
# or a date, anger at the dead one, the third person or a hypothetical that is the writer's.
_KIN_FINE = (r"(?:she|he|they|the kids|the boys|the girls|my (?:wife|husband|family|kids|boys|"
             r"girls|children)|ela|ele|eles|elas|os meninos|as meninas|as criancas|a familia|"
             r"minha (?:mulher|esposa|familia)|meu marido|meus filhos)")
_FINE = (r"(?:ficar bem|ficar tranquil[oa]s?|ficar melhor|se virar|be fine|be okay|be ok|"
         r"be alright|be all right|be set|do better|be better off|manage)")
# ... the dead one's own policy paid out is an inheritance, not a plan (the writer's mother
# "will be fine" with the father's insurance).
_THEIR_POLICY = lazy(r"\b(?:(?:seguro|apolice)(?: de vida)? d[aoe] (?:pai|mae|vo|avo|vovo|"
                     r"senhor|senhora|voce|vc|meu|minha|marido|esposa)|(?:your|his|her|"
                     r"dads|moms|grandpas|grandmas) (?:life )?(?:insurance|policy)|"
                     r"(?:insurance|policy|seguro|apolice) (?:\w+ )?(?:paid out|came through|"
                     r"saiu|pagou|liberou|liberaram))\b")
_DATE_SET = (rf"(?:{_DAY}|{_OCCASION}|the \d+(?:st|nd|rd|th)?|dia \d+|\d+ de \w+|"
             r"(?:o |a |the )?(?:\w+ ){0,2}(?:bloom|blooms|florescer\w*|flower|flowers|fall|falls|"
             r"cair\w*|come up|comes|chegar\w*|turn|turns))")
_GIVE_UP_ON = (r"(?:desisti|desistindo|given up|gave up|giving up) (?:de|on) (?:(?:um dia|ever|"
               r"algum dia) )?(?:ficar|me sentir|ser|estar|feeling|being|getting|get|be|feel) "
               r"(?:bem|feliz|normal|melhor|okay|ok|happy|better|normal|good|alright)$")
# ... the writer's own ending in the dream, not a dream of jumping waves or of the dead one
_ENDING_DREAMT = (r"(?:(?:eu )?(?:morria|estava mort[oa]|nao voltava|nao acordava|me jogava|"
                  r"pulava d[aeo]|me afogava|caia d[aeo])|(?:i|me) (?:\w+ )?(?:died|was dead|was "
                  r"dying|step\w* off|jump\w* (?:off|from)|fell (?:off|from)|drown\w*|never woke|"
                  r"did not wake|walked into))")
_LIFE_POLICY = (r"(?:seguro de vida|apolices?|life insurance|"
                r"(?:life |insurance )?polic(?:y|ys|ies))")
ONE_LINE: tuple[Cue, ...] = (
    # God or a saint asked that this night or day be my last (3): "peço pra Nossa Senhora que
    # essa seja a minha última noite", "I pray tonight is my last".
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_PLEA}|{_WANT}|pray|praying|prayed|hoping|hope) "
         r"(?:\w+ ){0,5}?(?:que |that )?(?:essa|esta|hoje|tonight|this|today) (?:\w+ )?(?:seja|"
         r"fosse|is|be|will be|would be) (?:a |o )?(?:minha|meu|my) (?:ultim[oa]|last)"
         r"(?: (?:noite|dia|night|day))?(?!(?: \w+){0,3} (?:hospital|hotel|uti|icu|plantao|"
         r"shift|job|emprego|trabalho|escola|school|turno|internad\w*))"),
    # ... or not to see another month, season or feast without the dead one (3): "rezo
    # pedindo pra não ver outro janeiro sem você".
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_PLEA}|{_WANT}|pray|praying|prayed) (?:\w+ ){{0,4}}?"
         r"(?:para|pra|to|that i|i) (?:nao|not|never|do not|will not) (?:ver|chegar a ver|passar|"
         r"see|live to see|make it to|get to) (?:outr[oa]|mais (?:um|uma)|o proximo|a proxima|"
         r"another|one more|the next|next) (?:janeiro|fevereiro|marco|abril|maio|junho|julho|"
         r"agosto|setembro|outubro|novembro|dezembro|natal|ano|inverno|verao|aniversario|"
         r"january|february|march|april|may|june|july|august|september|october|november|december|"
         r"christmas|year|winter|summer|spring|birthday|anniversary)(?:$| (?:sem|without) (?:voce|"
         r"vc|ti|o senhor|a senhora|ele|ela|you|him|her)$)"),
    # A date set, and with the dead one on it, in the clause that says so (3; the message's own
    # reading, reunite_dated, gives way to a dream or a grave named anywhere): "no dia do nosso
    # aniversário eu vou te encontrar", "on your birthday I'm going to come to you", "to be
    # with you by Sunday", "I'll be with you before the roses bloom", "the day I join you".
    _cue("reunite_dated", EXPLICIT, BOTH,
         rf"{_DATED} (?:\w+ ){{0,4}}?(?:i am going to|i will|i am gonna|gonna|vou|eu vou|irei) "
         rf"(?:\w+ )?{_MEET_YOU}$",
         rf"(?:i will|to) (?:be with you|join you|come to you) (?:by|before|until|on|"
         rf"antes d[aoe]s?|ate) {_DATE_SET}$",
         rf"(?:estar|ficar) (?:com voce|contigo|junto de voce) (?:ate|antes d[aoe]s?) "
         rf"{_DATE_SET}$",
         r"(?:decided|decidi|chose|picked|escolhi|marquei) (?:\w+ ){0,4}(?:is )?(?:the day|o dia) "
         r"(?:(?:em )?que )?(?:i|eu) (?:\w+ )?(?:join you|come to you|meet you|te encontro|vou te "
         r"encontrar|vou ficar com voce)$", unless=_SOMEDAY),
    # ... and with an address between the date and the going: "no dia do seu aniversário, vó,
    # eu vou te encontrar".
    _cue("reunite_dated", EXPLICIT, BOTH, rf"{_DATED} (?:{_DEAD_ONE} )+(?:eu |i )?(?:am going to |"
         rf"will |am gonna |vou |irei )(?:\w+ )?{_MEET_YOU}$", unless=_SOMEDAY, scope="message"),
    # Going too, after them (2: "vó, tô pensando em ir também" is a trip): "e domingo eu vou
    # também", "I'll leave too", "now I'm checking out too"; with what they did (1).
    _cue("going_too", 2, BOTH, rf"(?:(?:e |pois )?(?:{_DAY}|hoje|amanha|logo|agora) )?(?:eu )?"
         r"(?:tambem vou|vou tambem)$",
         r"^(?:pois |entao |and |so )?(?:eu )?(?:tambem vou|vou tambem)$",
         r"(?:i will|i am going to|i am gonna|now i am|i am) (?:leave|leaving|go|going|check out|"
         r"checking out|give up|giving up) too(?: and| now|$)"),
    _cue("their_act", 1, BOTH, r"(?:por|for) (?:ter|having) desistido$", r"you (?:checked out|"
         r"gave up)(?:$| and| on (?:me|us|life|everything))", r"you quit on me",
         r"(?:voce|vc|o senhor|a senhora) (?:desistiu|fez aquilo)$"),
    # Ready to do as they did (2): "tô pronta pra fazer a mesma coisa" ("vou fazer igual você
    # fez" is reunite_follow's, and a recipe's); and spite at the others (1): "e aí quero ver",
    # "see how everyone likes it".
    _cue("same_way", 2, BOTH, r"(?:pront[oa] para|prestes a|ready to|about to) (?:fazer (?:o mesmo|"
         r"a mesma coisa|igual)|do (?:the same(?: thing)?|what you did|it too))$"),
    _cue("spite", 1, BOTH, r"(?:e )?ai (?:eu )?quero ver$", r"(?:and )?see how (?:everyone|they|"
         r"everybody|you all) (?:like|likes) it$"),
    # The policy in the family's name or paid up (2), and the family fine with the money (2),
    # in one message: "a apólice tá no nome da Rosa, ela e os meninos vão ficar bem com o
    # dinheiro", "told Sharon the policy's paid up through December, she'll be fine"; the
    # money better than me (3): "better with the insurance than with a broke old man".
    _cue("burden_insured", 2, BOTH, rf"{_LIFE_POLICY} (?:\w+ )?(?:esta |is |ta )?(?:no nome d\w*|"
         r"in (?:her|his|their|\w+s) name|paid up|em dia|quitad[oa]|cobre tudo|covers (?:it all|"
         r"everything))", r"(?:policys|policy is|insurances|insurance is) paid up",
         unless_said=_THEIR_POLICY),
    _cue("burden_fine", 2, BOTH, rf"{_LIFE_POLICY}(?: \w+){{0,14}} {_KIN_FINE} (?:\w+ ){{0,3}}"
         rf"(?:vao|vai|will|would|are going to|is going to) (?:\w+ )?{_FINE}",
         rf"{_KIN_FINE} (?:\w+ ){{0,3}}(?:vao|vai|will|would) (?:\w+ )?{_FINE} (?:\w+ )?(?:com|"
         rf"with) (?:o |a |the )?(?:payout|{_INSURANCE})", scope="message",
         unless_said=_THEIR_POLICY),
    _cue("burden", EXPLICIT, BOTH, rf"(?:better|melhor|mais) (?:off )?(?:with|com) (?:o |a |the )?"
         rf"(?:dinheiro|money|payout|{_INSURANCE}) (?:do que|than) (?:with |com )?(?:me|mim|eu|"
         r"a \w+|an? (?:\w+ ){0,2}(?:man|woman|guy|father|dad|husband|wife|mother|mom))"),
    _cue("only_way", 1, BOTH, r"(?:e |is )?(?:a|the) (?:unica|only) (?:saida|way out) (?:que|that) "
         r"(?:eu )?(?:vejo|i see|i can see)$"),
    # Driving on and not braking (3): "descer a serra e não frear", "drive off and not turn".
    _cue("plan_crash", EXPLICIT, BOTH, r"(?:pensando em|penso em|vou|quero|queria|going to|gonna|"
         r"thinking (?:about|of)|want to) (?:\w+ ){0,4}(?:e|and) (?:nao|not|never) (?:frear|"
         r"brecar|brake|braking|turn|turning|virar|desviar)(?: (?:na|no|em|at|on|in|into) "
         r"(?:a |o |the )?(?:curva|ponte|serra|descida|ribanceira|curve|bend|turn|bridge|hill|"
         r"overpass))?$"),
    _cue("plan_staged", 1, BOTH, r"ninguem (?:ia|iria|vai) (?:achar|desconfiar)(?: \w+)? "
         r"(?:estranho|nada)$", r"(?:nobody|no one) (?:would|will) (?:think|suspect) (?:anything|"
         r"twice|it strange)"),
    # Courage is all that is missing (2: also a proposal's): "só falta coragem".
    _cue("plan_courage", 2, BOTH, r"(?:so|just) (?:falta|faltando|need|needs) (?:a |the |o )?"
         r"(?:coragem|courage|nerve|guts)$", r"all (?:i|that is|that i) (?:need|lack|missing) "
         r"(?:now )?is the (?:courage|nerve|guts)$"),
    # A dream of the ending, wished true (3): "sonhei que entrava no mar e não voltava, acordei
    # querendo que fosse verdade"; woken, wishing one had not (3).
    _cue("passive", EXPLICIT, BOTH, rf"(?:sonh\w*|dream\w*) (?:\w+ ){{0,12}}?{_ENDING_DREAMT} "
         r"(?:\w+ ){0,14}?(?:querendo|queria|quero|wishing|wished|wish|torcendo) (?:que |it )?"
         r"(?:fosse|were|was|had been) (?:verdade|real|true)", scope="message"),
    _cue("passive", EXPLICIT, BOTH, r"(?:wishing|wished|wish) (?:that )?i (?:had not|never) "
         r"(?:woken|woke|wake)(?: up)?$", r"(?:querendo|queria) nao ter acordado$"),
    # Absent in a hypothesis (2, 1 for "a person"), the pet or the savings left (2), the
    # hypothesis said (1): "se eu não estivesse mais aqui no natal, quem ia ficar com o meu
    # gato", "if a person wasn't around anymore, would their mom get their savings".
    _cue("absent_if", 2, BOTH, r"se eu (?:nao|ja nao) (?:estivesse|tivesse|existisse) mais",
         r"if i (?:was not|were not|am not) (?:around|here|alive) anymore",
         r"if i (?:was|were) no longer (?:around|here|alive)"),
    _cue("absent_if", 1, BOTH, r"se eu (?:nao|ja nao) (?:estivesse|tivesse|existisse)(?! mais)",
         r"if i (?:was not|were not) (?:around|here|alive)(?! anymore)"),
    _cue("absent_if", 1, BOTH, r"(?:if|se) (?:a person|someone|somebody|alguem|uma pessoa) "
         r"(?:was not|were not|is not|nao (?:estivesse|existisse)) (?:around|here|mais aqui|aqui)"
         r"(?: anymore| mais)?"),
    _cue("left_to", 2, BOTH, rf"(?:quem|who) (?:ia|iria|vai|would|will) (?:ficar com|cuidar d[eo]|"
         rf"take care of|keep|get|look after) (?:o |a )?(?:meu |minha |my )(?:{_PET}|coisas|"
         r"things|stuff|dinheiro|money|savings)",
         r"would (?:their|my) (?:mom|mother|dad|father|family|parents) get (?:their|my) "
         r"(?:savings|money|stuff|things)"),
    _cue("hypothesis", 1, BOTH, r"^(?:hipoteticamente|hypothetically|so perguntando|just asking|"
         r"asking for a friend"
         # batch 30: "pergunta hipotética, mãe", "só curiosidade", "just curious", and a story
         # or homework one says one is writing
         r"|(?:uma |e uma |e so uma )?(?:pergunta|questao) hipotetica|(?:a )?hypothetical "
         r"question|(?:e )?so (?:por )?curiosidade|just (?:curious|wondering)|(?:asking )?for a "
         r"(?:story|book|novel) i am writing|(?:e )?(?:pra|para) um (?:conto|livro|romance) que "
         rf"(?:eu )?(?:to|estou|tou) escrevendo)(?: (?:{_DEAD_ONE}|{_KIN}|mom|mum|dad))*$"),
    # Not seeing any reason to get up, the Portuguese double negation (3): "não vejo mais
    # nenhum motivo pra levantar da cama".
    _cue("hopeless", EXPLICIT, PT, rf"nao (?:vejo|tenho|ha|tem|encontro|acho) (?:mais )?(?:nenhum|"
         rf"nenhuma|qualquer) (?:motivo|razao) (?:\w+ ){{0,2}}(?:{_RISE_FROM_BED}|viver|continuar|"
         r"seguir)(?! (?:cedo|hoje|amanha|no|na|neste|nesse|tao))"),
    # Scratching with something sharp, again or until (3): "arranhei o braço todo com a tesoura
    # de novo".
    _cue("self_harm", EXPLICIT, BOTH, rf"(?:arranh\w*|risc\w*|scratch\w*|carv\w*) (?:\w+ ){{0,3}}"
         rf"(?:{_BODY}) (?:\w+ ){{0,2}}(?:com|with) (?:a |o |uma |um |the |a )?(?:tesoura|faca|"
         r"agulha|alfinete|compasso|clipe|caco|vidro|scissors|needle|pin|compass|paperclip|glass|"
         r"knife)"),
    # A medicine stopped and the dead one "would understand" (1).
    _cue("meant", 1, BOTH, r"(?:i think|i know|i hope) you (?:would|will) understand$",
         r"(?:sei que|acho que) (?:voce|vc|a senhora|o senhor) (?:ia|vai|iria|vai) entender$"),
    # Not here without them, and not meaning to stay long (2 each).
    _cue("passive_here", 2, BOTH, r"(?:do not|nao) (?:want to|quero|queria) (?:be|stay|ficar|"
         r"estar|continuar) (?:here|aqui) (?:sem voce|without you)"),
    _cue("passive_here", 2, BOTH, r"(?:do not|nao) (?:intend|plan|pretendo|planejo) (?:to be|to "
         r"stay|ficar|estar)? ?(?:here |aqui )?(?:for |por )?(?:long|muito tempo)$"),
    # Papers left where someone will find them (2): "the deed and the cemetery papers on the
    # kitchen table where Judy will see them".
    _cue("farewell_errand", 2, BOTH, r"(?:put|left|laid|deixei|coloquei|botei) (?:\w+ ){0,6}"
         r"(?:papers|documents|deed|will|papeis|documentos|escritura|testamento|apolice|policy) "
         r"(?:\w+ ){0,6}(?:where \w+ will (?:see|find)|onde (?:\w+ )?(?:vai|vao) (?:ver|achar|"
         r"encontrar))"),
    # Teenagers' "done done" with what it is not (2 and 1): "im so done fr. not school done".
    _cue("hopeless_done", 2, EN, r"^(?:i am |just )?(?:so )?done done$"),
    _cue("hopeless_done", 1, EN, r"^not (?:\w+ )?done$"),
    # Not seeing the point in anything, never getting better (2 each).
    _cue("hopeless", 2, BOTH, r"(?:do not|can not) see (?:a|the|any) point in (?:anything|"
         r"living|life|going on|any of (?:this|it))", r"(?:its|it is|things are|nothing is|life "
         r"is) never (?:getting|going to get|gonna get) (?:better|any better)"),
    # Given up on ever being all right (3); no light anywhere (2).
    _cue("hopeless", EXPLICIT, BOTH, _GIVE_UP_ON),
    _cue("hopeless", 2, BOTH, r"(?:there is |theres )?no light (?:anywhere|left|at all)$",
         r"nao (?:tem|ha|vejo) (?:mais )?luz (?:nenhuma|em lugar nenhum)$"),
    # What is left for someone like me: nothing (2 and 1).
    _cue("hopeless_left", 2, BOTH, r"what is left for (?:me|a (?:man|woman|guy)|someone|somebody)"
         r"(?: (?:like me|of \w+|my age|at \w+))?", r"o que (?:sobrou|resta|sobra) (?:pra|para) "
         r"(?:mim|um (?:homem|cara)|uma mulher|alguem)"),
    _cue("hopeless_left", 1, BOTH, r"^(?:nothing|nothing is|nada|nao sobrou nada) left$",
         r"^nothing is left$", r"^nao (?:sobrou|resta) nada$"),
    # Not afraid of dying any more (2: the old at peace say it) with afraid of another year of
    # this (2).
    _cue("death_unafraid", 2, BOTH, r"(?:not|no longer) (?:scared|afraid) of (?:dying|death|"
         r"dying anymore|death anymore)", r"(?:nao tenho|perdi o) (?:mais )?medo de morrer"),
    _cue("hopeless", 2, BOTH, r"(?:scared|afraid|medo|terrified) (?:of|de) (?:another|mais) (?:um |"
         r"uma )?(?:year|day|week|decade|ano|dia|semana|decada) (?:of this|disso|assim)$"),
    # Researching how the dead one did it (2): "looking up how you did it".
    _cue("same_way", 2, BOTH, r"(?:looking up|looked up|look up|researching|googl\w*|pesquis\w*|"
         r"procurando|procurei) (?:\w+ ){0,2}(?:how|como) (?:you|voce|vc|he|she|ele|ela|o senhor|"
         r"a senhora) (?:did it|fez|fizeste|conseguiu|managed)",
         unless_said=lazy(r"\b(?:recipes?|receitas?|bolo|cake|pie|torta|pao|bread|cookies|"
                          r"biscoitos?|croche|trico|knit\w*|jardim|garden|horta|quilt|"
                          r"colcha|cartao|card)\b")),
    # The friend who is me (3, with the risk said of the friend anywhere).
    _cue("active", EXPLICIT, BOTH, r"(?:kill|hurt|cut|end) (?:herself|himself|themselves|her life|"
         r"his life|their life)(?: \w+){0,10} (?:the|that|this|my) (?:friend|person) (?:is|was) "
         r"(?:actually |really )?me\b", r"(?:se matar|dar um fim|acabar com tudo|se machucar|se "
         r"cortar)(?: \w+){0,14} (?:o|a|esse|essa|ess[ea]) (?:amig[oa]|pessoa) (?:sou|e) "
         r"(?:eu|na verdade eu)\b", scope="message"),
    # Going to the quarry or the dam at a time (2): "drive out to the quarry tonight".
    _cue("plan_going", 2, BOTH, r"(?:going to|gonna|will|vou|vo|to indo) (?:\w+ ){0,3}(?:to|pra|"
         r"para|ate) (?:the |a |o )?(?:quarry|pedreira|represa|reservoir|dam)(?: \w+)? (?:tonight|"
         r"today|tomorrow|hoje|amanha|essa noite|hoje a noite)"),
    # The errands of the last day: signed over (2), squared away (1), the key left (1).
    _cue("farewell_errand", 2, BOTH, r"(?:signed|sign|signing) (?:the |my )?(?:\w+ ){0,2}over to",
         r"passei (?:o |a |os |as )?(?:\w+ ){0,2}(?:pro nome|para o nome|no nome) d"),
    _cue("farewell_settled", 1, BOTH, r"(?:everythings|everything is|all|its all) squared away",
         r"(?:left|deixei) (?:the |a )?(?:keys?|chaves?) (?:under|with|for|debaixo|com)"),
    # The letters "for when it's over" (2).
    _cue("farewell_when", 2, BOTH, r"(?:for|pra|para) (?:quando|when) (?:its|it is|tudo|everything "
         r"is|it all is|isso|acabar|terminar) (?:over|acabar|terminar|done|acabou)?$"),
    # My gun still where it is kept at hand, out of the safe (2): "the rifle's still in the
    # barn" (not "your old rifle", which is an heirloom); and the dead one's objection foreseen
    # (1): "I know what you'd say, but".
    _cue("plan_kept", 2, BOTH, r"(?:the|my|a|o|minha|meu) (?:old |velh[ao] )?(?:rifle|shotgun|gun|"
         r"pistol|revolver|espingarda|arma|carabina)s? (?:is |esta |ta )?(?:still|ainda) "
         r"(?:esta |ta )?(?:in|out in|no|na) (?:the |o |a )?(?:barn|shed|truck|garage|galpao|"
         r"paiol|celeiro|caminhonete|garagem)$",
         unless_said=lazy(r"\b(?:sell|sold|vend\w*|safe|cofre|locked|trancad\w*|hunt\w*|"
                          r"caca|cacar|season)\b")),
    _cue("objection_foreseen", 1, BOTH, r"^(?:i know|eu sei) (?:what|o que) (?:you|voce|vc|o "
         r"senhor|a senhora) (?:would|will|ia|iria|vai) (?:say|dizer|falar)$"),
    # Life not worth living (3), said of life and not of a thing ("it's not worth it" is
    # everyday); not able to live without the dead one (2: a love song's line too).
    _cue("hopeless", EXPLICIT, BOTH, r"(?:life|living|my life) (?:is|was|is just) (?:not|no longer|"
         r"never) worth (?:living|it|the effort|the pain)",
         r"(?:a |minha )?vida (?:nao|ja nao) (?:vale|valeria) (?:mais )?a pena(?: ser vivida| "
         r"viver)?(?: sem (?:voce|vc|o senhor|a senhora))?$"),
    _cue("passive_without", 2, BOTH, r"(?:nao consigo|nao sei|nao quero) viver sem (?:voce|vc|o "
         r"senhor|a senhora|ti)$", r"(?:can not|do not know how to|do not want to) live without "
         r"(?:you|him|her)$"),
    # Found, and the dead one asked not to be cross (1): "quando me acharem não fica brava
    # comigo"; how it will be for me, after their death asked (2); not scared any more, said as
    # a clause of its own (1: "I'm not scared anymore" after "were you scared when you did it").
    _cue("farewell_sorry", 1, BOTH, r"(?:nao|do not) (?:fica|fique|fiquem|be) (?:brav[oa]s?|"
         r"zangad[oa]s?|chatead[oa]s?|mad|angry|upset) (?:comigo|with me|at me)$"),
    _cue("dying_learned", 2, BOTH, r"(?:quero|queria|preciso) saber como (?:vai ser|sera|e) "
         r"(?:pra|para) mim$", r"(?:i want|i need|want|need) to know (?:how|what) it (?:will be|is "
         r"going to be|would be|is) (?:like )?for me$"),
    _cue("unafraid", 1, BOTH, r"^(?:i am|eu) (?:not|nao) (?:scared|afraid|tenho medo) "
         r"(?:anymore|any more|mais)$", r"^(?:ja )?nao tenho mais medo$"),
    # Something done last that nobody suspected (2):
    # "fiz minha última confissão, o padre nem desconfiou".
    _cue("farewell_unsuspected", 2, BOTH, r"(?:\w+ )?(?:nem|never|did not|nobody|ninguem) "
         r"(?:desconfiou|suspected|noticed|percebeu)$"),
)



# Batch 22: people writing from a hospital bed or a hospice about their own illness, migrants
# far from home (money sent home, debts, visas), a second language with literal translations,
# very short replies that only make sense as risk, risk inside a joke or a song of one's own,
# and the means of a farm, a boat, a site or a factory.
_WORK_MEANS = (r"(?:silo|silos|grain bins?|grain silo|tulha|esterqueira|manure pit|andaimes?|"
               r"scaffold\w*|acido|soda caustica|cianeto|acid|caustic soda|lye|cyanide|"
               r"(?:the |os |o )?(?:chemicals?|quimicos?|produtos? quimicos?) (?:at|from|in|"
               r"da|do|na|no) (?:work|the plant|the lab|the factory|fabrica|firma|laboratorio|"
               r"servico|trabalho))")
_WORK_SAFE = lazy(r"\b(?:safety|seguranca|audit\w*|auditoria|locked|trancad[oa]s?|"
                  r"cadeado|harness|cinto de seguranca|rede|net|nets|training|treinamento|"
                  r"epi|luvas?|gloves?|mascara|mask|goggles|oculos|cheio|full|safra|"
                  r"harvest|colheita|storage|estoque)\b")
_STOREYS = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dois|"
            r"tres|quatro|cinco|seis|sete|oito|nove|dez|doze|vinte) (?:storeys|stories|floors|"
            r"andares)")
_HELD_MEANS = (rf"(?:{_POISON}|{_GUNS}|{_BLADE}|corda|rope|noose|veneno|poison|carvao|charcoal|"
               rf"{_WORK_MEANS})")
_IN_MY_KEEPING = (r"(?:in my (?:car|truck|ute|bag|pocket|room|locker|backpack)|with me|"
                  r"n[oa] (?:meu |minha )?(?:carro|caminhonete|bolsa|bolso|mochila|quarto|armario)|"
                  r"comigo)")
_PROVIDED = (r"(?:cobert[oa]s?|garantid[oa]s?|amparad[oa]s?|resolvid[oa]s?|set|covered|"
             r"provided for|taken care of|sorted|looked after)")
_THEIRS_NOW = (r"(?:minha familia|meus filhos|minha mulher|minha esposa|meu marido|as criancas|os "
               r"meninos|eles|elas|ela|they|she|my (?:family|kids|wife|husband|children|mum|mom|"
               r"mother)|the (?:kids|family|children))")
ABROAD_AND_ILL: tuple[Cue, ...] = (
    # An accident, a vehicle or a fall, wished to have taken me, or thanked if it does (3; 2):
    # "seria melhor se o andaime tivesse caído comigo junto", "I wish the roof had come down on
    # me", "se um caminhão me pegar eu agradeço ao motorista", "it'd be doing me a favour".
    _cue("passive", EXPLICIT, BOTH, r"(?:seria melhor|melhor seria|melhor|queria|preferia|tomara|"
         r"pena que nao) (?:\w+ ){0,4}(?:tivesse|tivessem) (?:caido|desabado|afundado|explodido|"
         r"batido|capotado|virado|pegado fogo) (?:\w+ ){0,2}(?:comigo|em cima de mim|por cima de "
         r"mim|sobre mim)",
         r"(?:wish|better if|rather|shame) (?:\w+ ){0,4}(?:had|would have) (?:fallen|collapsed|"
         r"sunk|gone down|crashed|come down|blown up|caught fire|rolled) (?:\w+ ){0,2}(?:with me|"
         r"on me|on top of me|with me on it|with me in it|with me under it)"),
    _cue("relief", 2, BOTH, r"(?:eu )?agrade(?:co|ceria|cia|cer) (?:a|ao|o|pro|para o) "
         r"(?:motorista|caminhoneiro|piloto|cara|condutor)",
         r"(?:i would|i will|i will even|i would even) thank (?:the|that) (?:driver|trucker|guy|"
         r"pilot)", r"(?:would be|it would be|be) doing me a (?:favou?r)$",
         r"(?:ia|iria|seria|estaria) (?:me )?(?:fazendo |fazer )?(?:um )?favor (?:para|a) mim$"),
    # The boat going down and me not swimming back (2), hoped (1): "if the boat goes down I
    # won't be swimming back. honestly I hope it does".
    _cue("sea_sink", 2, BOTH, r"(?:will not|would not|not|nao vou|nao ia) (?:be )?(?:swimming|swim|"
         r"nadar|nadando) (?:back|de volta)(?: nao)?$"),
    _cue("hoped_it_does", 1, BOTH, r"(?:goes down|go down|went down|sinks?|sank|crash\w*|"
         r"capsiz\w*|rolls?|afund\w*|vir(?:ar|e|asse)|cai(?:r|a|sse))(?: \w+){0,12} (?:honestly |"
         r"sinceramente |e )?(?:i )?(?:hope|wish|pray|tomara|espero|torco)(?: que)? (?:it|she|they|"
         r"sim|aconteca)(?: (?:does|do|will|would))?$", scope="message"),
    # God asked not to let me see the morning or wake (3): "peço pra Deus não me deixar ver o
    # dia de amanhã", "please God don't let me wake up".
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_PLEA}|{_WANT}) (?:\w+ ){{0,4}}?(?:nao|not|never|do "
         r"not) (?:me )?(?:deixar|deixe|deixa|let me) (?:(?:ver|see|chegar a ver|live to see|make "
         r"it to) (?:o |a |the )?(?:dia de amanha|dia|manha|sol|amanhecer|morning|sunrise|"
         r"tomorrow|another day|amanha|outro dia)|acordar|wake|wake up|amanhecer)(?: (?:amanha|"
         r"tomorrow|again|de novo|mais))?$",
         r"^(?:please )?(?:god |lord |deus |senhor )?(?:do not|nao) (?:let|me deixa|me deixe) "
         r"(?:me )?(?:wake up|acordar)(?: (?:tomorrow|amanha|again|de novo))?$"),
    # The illness hurried, or waiting for death done with (3): "I wish the cancer would hurry
    # up", "queria que esse câncer andasse logo", "I'm done waiting to die".
    _cue("passive", EXPLICIT, BOTH, rf"(?:wish|wishing|wished|want|hope|hoping|pray|praying|queria|"
         rf"quero|tomara|espero|torcendo|torco) (?:que )?"
         rf"(?:the |o |a |this |my |esse |essa |meu |minha )?{_ILLNESS} (?:\w+ ){{0,2}}?(?:would |"
         r"will |to )?(?:just )?(?:hurry(?: up)?|speed up|get on with it|be quicker|"
         r"get it over with|"
         r"ande|andasse|acelere|acelerasse|avance|avancasse|se apresse|se apressasse|seja "
         r"(?:mais )?rapid\w*|fosse (?:mais )?rapid\w*|acabe logo comigo|termine logo)",
         r"(?:done|tired of|sick of|fed up with|cansei de|cansad[oa] de) (?:just )?(?:waiting|"
         r"esperar|esperando) (?:to die|(?:for )?(?:death|the end)|a morte|(?:para|pra) morrer|"
         r"morrer)$"),
    # Hastening one's end (2), with the illness named terminal (1): "terminal anyway. might as
    # well hurry it up", "quero apressar o fim".
    _cue("hasten", 2, BOTH, r"(?:might as well|may as well|just|want to|going to|gonna|why not) "
         r"(?:\w+ )?(?:hurry|speed|rush) (?:it|things|this|the end|matters) (?:up|along)$",
         r"(?:apressar|adiantar|acelerar) (?:o fim|o processo|a partida|a minha partida|a "
         r"minha hora)"),
    _cue("terminal", 1, BOTH, r"(?:^|sou |estou |to |i am |it is |its |(?:cancer|doente|"
         r"paciente|diagnosis|diagnostico|patient|ill|illness|case|caso|condition|quadro|doenca) "
         r"(?:\w+ )?)terminal(?! (?:\d|one|two|three|four|five|[a-e]\b))",
         r"(?:fase|estagio) final|(?:weeks|months) to live|(?:semanas|meses) de vida",
         r"(?:stage|estagio) (?:four|4|iv)(?! (?:of|da|do|de))"),
    _cue("hopeless", 2, BOTH, r"(?:what is|whats) the point (?:of|in) (?:the )?(?:waiting|wait)$",
         r"(?:para que|pra que) esperar$"),
    # Killing myself said as a joke's "what if" (3), and the joke taken back (1): "imagine if I
    # actually killed myself this weekend. not joking though".
    _cue("active", EXPLICIT, EN, r"(?:if|imagine if|what if|suppose) i (?:\w+ )?killed myself"),
    _cue("not_joking", 1, BOTH, r"^(?:but |mas |and )?(?:i am |i am not |not |nao |nao (?:to|"
         r"estou) )(?:joking|kidding|brincando)(?: though| tho| nao| not)?$",
         r"^(?:but |mas )?(?:e serio|sem brincadeira)$"),
    # Out on the water alone without a life jacket (2), a weight tied to me (3): "não vou levar
    # colete", "with the anchor chain tied to me", "com uma pedra amarrada no pé".
    _cue("sea_unsafe", 2, BOTH, r"(?:sem|nao vou levar|nem vou levar|without|no|not taking|"
         r"leaving(?: behind)?|will not take|will not wear|not wearing) (?:o |a |my |the |a )?"
         r"(?:colete|salva vidas|boia|life ?jacket|lifejacket|life vest|life ring|flotation)"),
    _cue("plan_means", EXPLICIT, BOTH, r"(?:ancora|corrente|pedras?|peso|pesos|anchor|chain|"
         r"weights?|rocks?|stones?|bricks?|tijolos?) (?:\w+ ){0,3}(?:tied|chained|strapped|"
         r"wrapped|amarrad[oa]s?|pres[oa]s?) (?:to|around|round|on|a|em|no|na|nos|nas) "
         r"(?:me|myself|mim|my (?:waist|legs?|feet|ankles?|body|neck)|minha (?:cintura|perna)|"
         r"meus (?:pes|tornozelos)|meu (?:corpo|pe|pescoco))(?: already| now| ja| agora)?$",
         r"(?:amarrar|amarrei|amarro|prender|prendi|tie|tied|tying|chain|chained|strap|strapped) "
         r"(?:a |o |as |os |the |an |some )?(?:ancoras?|correntes?|pesos?|pedras?|tijolos?|"
         r"anchors?|chains?|weights?|rocks?|stones?|bricks?) (?:em mim|no meu (?:pe|corpo)|nos "
         r"meus (?:pes|tornozelos)|na minha cintura|to (?:myself|me)|around me|to my "
         r"(?:waist|legs?|feet|ankles?|body))"),
    # A means of the farm, the site or the factory (1, not where it is kept safe or full of a
    # harvest), and its height (1): "o ácido no tanque da fábrica", "the grain bin", "the
    # scaffold at work is 12 storeys".
    _cue("means", 1, BOTH, _WORK_MEANS, unless_said=_WORK_SAFE),
    _cue("height", 1, BOTH, rf"(?:scaffold\w*|andaimes?|cranes?|guindastes?|gruas?|obra|site|"
         rf"tower|torre|chimney|chamine) (?:\w+ ){{0,4}}{_STOREYS}",
         unless_said=lazy(r"\b(?:apartment|apartamento|flat|hotel|office|escritorio|"
                          r"moved|mudei|mudamos|view|vista)\b")),
    # Going in and not coming out (2): "I'm going in and I'm not coming out".
    _cue("plan_going", 2, BOTH, r"(?:going|go|walk|climb|getting) (?:in|into (?:it|the \w+)) and "
         r"(?:i am |i will )?(?:not|never) (?:coming|come|getting|get) (?:back )?out$",
         r"(?:vou|eu vou) entrar (?:\w+ ){0,2}e (?:nao|nunca mais) (?:vou )?sair(?: mais)?$"),
    # A plan named as mine (1; not one shared: "we take the ferry, that's my plan"), with the
    # place empty of others (1): "that's my plan", "Saturday nobody's on site".
    _cue("plan_said", 1, BOTH, r"^(?:and )?(?:that is|thats|this is|e esse|esse e|isso e|e isso "
         r"ai e) (?:o |my |meu |the )?(?:plan|plano)$",
         unless_said=lazy(r"\b(?:we|lets|vamos|a gente|nos)\b")),
    _cue("unwatched", 1, BOTH, r"(?:nobodys|nobody is|no one is|nobody|ninguem) (?:\w+ )?(?:on "
         r"site|around|at work|on the farm|on the boat|na obra|no trabalho|na fazenda|no sitio|"
         r"no barco|na firma)$"),
    # A jump said as the next thing done (2): "vou lá sábado à noite e pulo", "go there and
    # jump".
    _cue("plan_jump", 2, BOTH, r"(?:vou|vo|irei) (?:\w+ ){0,5}e (?:eu )?(?:pulo|me jogo|salto)$",
         r"(?:go|going|head|drive|walk) (?:\w+ ){0,5}and (?:i )?(?:jump|step off)$"),
    # A means in the car, the bag or the pocket (2; not pills: a refill is carried too): "I've
    # got the pesticide from the shed in my car", "tô com a corda no carro".
    _cue("means_held", 2, BOTH, rf"(?:i have got|i have|got|i am holding|i put|tenho|to com|estou "
         rf"com|peguei|levei|botei|coloquei|guardei) (?:the |some |a |o |a |um |uma |the old )?"
         rf"{_HELD_MEANS}(?: \w+){{0,4}} {_IN_MY_KEEPING}", unless_said=lazy(
             _POISON_USED.pattern + r"|\b(?:vou|para|pra|to|going to|gonna) (?:\w+ )?(?:passar|"
             r"aplicar|jogar|borrifar|espalhar|spray|apply|put down|treat|set)\b|\b(?:hunt\w*|"
             r"caca|cacar|cacada|range|stand de tiro|clube de tiro|vend\w*|sell\w*|sold|"
             r"gunsmith|armeiro|camping|acampa\w*|climb\w*|escalada|tow\w*|reboc\w*|gym|"
             r"academia|fishing|pesca\w*)\b")),
    # A body marked by cuts (2), the blade as the cause (1): "tô toda riscada no braço … é de
    # estilete".
    _cue("self_harm", 2, BOTH, rf"(?:to|estou|esta|fiquei|ficou|ando) (?:tod[oa] )?(?:riscad[oa]|"
         rf"cortad[oa]|marcad[oa]) (?:n[oa]s? |d[oa]s? |em )?(?:{_BODY})",
         unless=lazy(r"\b(?:gat[oa]s?|gatinh[oa]s?|cachorr\w*|cao|bichos?|espinh\w*|"
                     r"roseira|arame|acidente|tombo|queda|cirurgia|operacao|tatuage\w*|"
                     r"mato|obra|arranh[aoe]\w*|mordid\w*)\b")),
    _cue("blade_cause", 1, BOTH, rf"^(?:mas |but )?(?:e|foi|sao|foram|it is|its|it was) (?:de|"
         rf"com|from|with) (?:o |a |um |uma |the |a )?{_BLADE}$"),
    # An IV line or stitches pulled out (1), and the blood let run (1): "arranquei o acesso da
    # veia de propósito e deixei sangrar".
    _cue("pulled_line", 1, BOTH, r"(?:arranquei|puxei|tirei|pulled out|ripped out|yanked out|"
         r"pulled) (?:o |a |os |my |the )?(?:acesso|soro|cateter|agulha|pontos|iv|drip|cannula|"
         r"line|stitches|catheter)"),
    _cue("let_bleed", 1, BOTH, r"(?:deixei|deixo|deixar) (?:\w+ )?sangrar", r"let (?:it|them) "
         r"bleed"),
    # A last message (2), goodbye forever (2), thanks for everything (an older cue, 1): "última
    # mensagem, pai", "tchau pra sempre".
    _cue("farewell_last", 2, BOTH, r"^(?:a |my |minha )?(?:ultima|last|final) (?:mensagem|"
         r"message|msg|text)$"),
    _cue("farewell", 2, BOTH, r"(?:tchau|bye|farewell) (?:para sempre|forever|for good|for "
         r"ever)"),
    _cue("farewell_forever", 1, BOTH, r"(?:adeus|goodbye) (?:para sempre|forever|for good|for "
         r"ever)"),
    # The last money sent home, the family provided for now, free to go (1 each: "the kids
    # are all set, now I can go" is a weekend away): "mandei o último dinheiro pra casa. agora
    # minha família tá coberta e eu posso ir".
    _cue("last_money", 1, BOTH, r"(?:mandei|enviei|sent|wired|transferred) (?:o |a |my |the )?"
         r"(?:ultim[oa]|last|final) (?:dinheiro|salario|pagamento|pay|paycheck|wages|money|"
         r"remessa|transfer)"),
    _cue("provided", 1, BOTH, rf"{_THEIRS_NOW} (?:\w+ )?(?:esta|estao|are|is|will be|vao "
         rf"ficar|vai ficar) (?:all )?{_PROVIDED}(?: now| agora)?$"),
    _cue("free_to_go", 1, BOTH, r"(?:agora )?(?:eu )?(?:ja )?(?:posso|can) (?:ir|partir|go|leave|"
         r"descansar em paz|rest in peace)(?: now| agora)?$"),
    # My body found or not (3): "se ninguém achar meu corpo", "when they find my body".
    _cue("farewell", EXPLICIT, BOTH, r"(?:achar|acharem|encontrar|encontrarem|achem|encontrem|"
         r"find|finds|found|identify) (?:o )?(?:meu corpo|my body)"),
    # Love told in the past tense by someone still writing (2): "avisa o pai que eu amava ele",
    # "tell Mum I always loved her".
    _cue("farewell_message", 2, BOTH, r"(?:avisa|avise|diz|diga|fala|fale|conta|conte) "
         r"(?:\w+ ){1,3}que eu (?:amava|sempre amei|te amava|amei)",
         r"tell (?:\w+ ){1,3}(?:that )?i (?:loved|always loved)"),
    # My death as what pays or solves (3): "minha morte pelo menos ia quitar a dívida", "worth
    # more dead than alive".
    _cue("burden", EXPLICIT, BOTH, r"(?:minha morte|my death|se eu morresse|if i died|morto eu|"
         r"dead i) (?:(?!(?:nao|not|never|nunca|nada|nothing|nem)\b)\w+ ){0,3}(?:ia|iria|vai|"
         r"would|will|could|podia|poderia) (?:(?!(?:nao|not|never|nunca|nada|nothing|nem)\b)"
         r"\w+ ){0,2}(?:quitar|pagar|resolver|salvar|pay|clear|settle|solve|fix|save)",
         r"(?:^|i am |i would be |i will be |i |me )(?:\w+ )?worth more (?:to (?:\w+ ){1,2})?dead",
         r"(?:valho|valeria|vou valer) mais mort[oa]",
         # batch 30: "vale mais eu morto que vivo"
         r"vale(?:ria)? mais eu mort[oa]"),
    # Going to meet the dead one in heaven (2; not someday), by my own way or hand (2): "I go
    # to meet you in heaven by my own way".
    _cue("reunite", 2, BOTH, r"(?:i |eu )?(?:go|going|will go|am going|vou|irei) (?:to )?(?:meet|"
         r"see|encontrar|ver|te encontrar|te ver) ?(?:you |voce )?(?:in heaven|no ceu|up there|la "
         r"em cima|ai em cima)", unless=_SOMEDAY),
    _cue("my_way", 2, BOTH, r"by my own way", r"(?:die|dying|go|going|end|ending|leave|morrer|"
         r"partir|ir|vou) (?:\w+ ){0,4}(?:by my own hands?|pelas minhas (?:proprias )?maos)$"),
    # No way out any more (2), no hope for living (3): "não tem mais saída", "I have no more
    # hope for living"; every day the same pain (1); no reason left to stay (3).
    _cue("hopeless", 2, BOTH, r"^(?:nao tem|nao ha|nao existe) (?:mais )?saida$"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:no more|no|lost all|lost my|lost|sem|perdi toda a|"
         r"perdi a|nao tenho mais|nao tenho) (?:\w+ )?(?:hope|esperanca) (?:for|to|in|de|em|para) "
         r"(?:living|live|life|viver|a vida|continuar|go on|going on)"),
    _cue("every_day", 1, BOTH, r"every day (?:is )?(?:the )?same (?:pain|hell|nightmare)",
         r"todo dia (?:e )?a mesma (?:dor|coisa|tortura)"),
    _cue("hopeless", EXPLICIT, BOTH, r"no (?:\w+ )?reason left to (?:stay|be here|wake up|get up|"
         r"go on)$"),
    # Two older dev messages the retrained stem model let go just under its threshold: "it
    # won't be long now" (1) before a reunion; passwords sent to someone (2) and "it's easier
    # this way" (1).
    _cue("not_long", 1, BOTH, r"^(?:it )?(?:will not|would not) be long(?: now)?(?: and|$)",
         r"^(?:ja )?(?:nao vai|nao deve) (?:demorar|tardar)(?: muito)?(?: agora)?(?: e|$)"),
    _cue("farewell_passwords", 2, BOTH, r"(?:sent|gave|left|handed|mandei|passei|dei|deixei) "
         r"(?:\w+ ){0,4}(?:my |minhas |as minhas |all my |todas as minhas )(?:passwords|senhas|"
         r"logins|pins?)"),
    _cue("accepting", 1, BOTH, r"^(?:it is|its|it will be|e|vai ser|fica) (?:easier|mais facil) "
         r"(?:this way|assim)$"),
)


# Batch 23, an eighteenth probe written before the rules were read: widows and widowers in old
# age writing to the spouse they lost, teenagers' internet talk, faith, a date as the plan,
# drink and pills, carers worn out and voice dictation.
_MY_CHOICE = (r"(?:por (?:minha )?(?:propria )?vontade(?: propria)?|por escolha (?:minha|propria)|"
              r"porque eu quis|of my own (?:free )?will|by my own choice|by choice|because i "
              r"wanted to)")
_TO_YOU = r"(?:ate (?:voce|vc|ti|a senhora|o senhor)|(?:up )?to you)"
# "vou de base" said of an exam, a game or laughing is failing, not dying.
_NOT_BASE = lazy(rf"\b(?:{_CHORE}|jogo|boss|game|vestibular|enem|kk+|rs+)\b")
EVERY_AGE: tuple[Cue, ...] = (
    # A jump as the next thing done after stopping or arriving (2, the place is another cue):
    # "amanhã eu paro o carro lá e pulo", "I'll park on the bridge and jump".
    _cue("plan_jump", 2, BOTH, r"(?:paro|chego|subo|desco|estaciono|passo|entro|encosto|saio) "
         r"(?:\w+ ){0,5}e (?:eu )?(?:pulo|me jogo|salto)$",
         r"(?:stop|park|pull over|climb|get out|walk out|go out) (?:\w+ ){0,5}and (?:i )?(?:jump|"
         r"step off|go over)$"),
    # All of a dose taken, said as the plan (2, the means is another cue): "tomorrow I'm taking
    # every one of them", "vou tomar tudo de uma vez".
    _cue("plan_dose", 2, BOTH, rf"\b(?:{_LEFTOVER}|oxy\w*)\b.*\b(?:i am|i will|going to|gonna|am "
         r"gonna|i am going to) (?:just )?(?:take|taking|swallow|swallowing|down|downing) (?:\w+ )?"
         r"(?:every (?:one|single one|last one) of (?:them|those|it)|all of (?:them|those)|"
         r"them all|the lot|the whole (?:bottle|box|packet|pack|lot|thing))",
         rf"\b(?:{_LEFTOVER})\b.*\b(?:vou|vo|irei|eu vou) (?:tomar|engolir) (?:\w+ )?"
         r"(?:todos|todas|tudo)(?: de uma vez| de vez| duma vez| juntos| juntas)?(?: \w+){0,3}$",
         scope="message",
         unless_said=lazy(r"\b(?:certinho|direitinho|como (?:o medico|a medica) mandou|as "
                          r"prescribed|antibiotic\w*|antibiotico|vitaminas?|vitamins?|"
                          r"curso|course)\b")),
    # A gun of a kind the means list does not name (1): "your old shotgun".
    _cue("means", 1, BOTH, r"shotguns?|handguns?|twelve gauge|12 gauge|calibre 12|carabinas?|"
         r"trinta e oito"),
    # A means named, then "I'll use it" as the plan (2): "the rope's in the shed. after the
    # funeral I'll use it", "a arma tá carregada, depois do natal eu vou usar".
    _cue("plan_use", 2, BOTH, rf"\b(?:{_GUNS}|corda|rope|noose|comprimidos|remedios|pills|"
         rf"veneno|poison|{_POISON})\b.*\b(?<!says )(?<!said )(?<!diz que )(?<!disse que )(?<!acha "
         r"que )(?:i will|i am going to|i am gonna|gonna|going to|vou|"
         r"eu vou|irei) (?:finally |enfim |just |so )?(?:use|usar|usa) ?(?:it|them|ela|ele|elas|"
         r"eles|a arma|a corda)?(?: (?:de vez|for good|then|entao))?$", scope="message",
         unless_said=lazy(r"\b(?:hunt\w*|caca|cacar|cacada|range|stand de tiro|clube de "
                          r"tiro|treino|training|tow\w*|reboc\w*|camping|climb\w*|"
                          r"escalada|varal|clothesline|fishing|pesca\w*|season|"
                          r"temporada|gym|academia|receita|prescri\w*|doctor|medic[oa])\b")),
    # A way out with no coming back (2): "walking in until I can't come back", "nadar até não
    # dar mais pra voltar".
    _cue("no_return", 2, BOTH, r"until i (?:can not|could not|can no longer|will not|do not) "
         r"(?:come|get|make it|swim|walk|find my way) back",
         r"ate (?:nao )?(?:conseguir|poder|dar|ter como) (?:mais )?(?:(?:para|pra) )?voltar"),
    # A farewell in three quiet parts (1 each): "tchau de verdade", "foi bom ser teu filho",
    # "não vou mais mandar mensagem"; each is also how a chat or a eulogy ends.
    _cue("goodbye_real", 1, BOTH, r"(?:tchau|adeus|bye|goodbye) (?:de verdade|for real|for "
         r"real this time)$"),
    _cue("was_good", 1, BOTH, r"(?:foi|was) (?:bom|muito bom|uma honra|good|nice|an honou?r) "
         r"(?:ser|being) (?:seu|teu|sua|tua|your) (?:filh[oa]|net[oa]|marido|esposa|mulher|"
         r"companheir[oa]|amig[oa]|son|daughter|grandson|granddaughter|husband|wife|friend|kid)$"),
    _cue("no_more_messages", 1, BOTH, r"(?:nao vou|nao vai|nao) (?:mais )?(?:mandar|escrever|"
         r"falar|te escrever|te mandar) (?:mais )?(?:mensage\w*|msg|nada)?(?: mais)?$",
         r"(?:i will not|i am not going to|wont) (?:be )?(?:text|texting|write|writing|message|"
         r"messaging) (?:you )?(?:again|anymore|any more)$",
         unless=lazy(r"\b(?:hoje|today|tonight|essa semana|this week|uns dias|a few days|"
                     r"por um tempo|for a while|ate|until|till)\b")),
    # Gone by my own will (2; not a move, a trip or a job): "eu fui por vontade própria", "I
    # went of my own free will".
    _cue("my_will", 2, BOTH, rf"(?:fui|foi|vou|parti|me fui|sai|went|left|go|going|gone|did it|"
         rf"fiz isso|fiz|decidi ir|chose to go) (?:(?:embora|away|mesmo|sim|so|just) )?"
         rf"{_MY_CHOICE}$",
         unless_said=_TRIP_OR_MOVE),
    # Gone by a time set (2; not with a trip, a flight or a move): "I'll be gone by morning".
    _cue("gone_by", 2, BOTH, r"i will be (?:long )?gone (?:by|before) (?:the )?(?:morning|"
         r"sunrise|dawn|tomorrow|tonight|midnight)$",
         unless_said=lazy(_TRIP_OR_MOVE.pattern + r"|\b(?:flight|voo|aeroporto|airport|"
                          r"train|bus|onibus|road trip|shift|plantao)\b")),
    # ... or by the time this is read, a note's words (3): "I'll be gone by the time you read
    # this", "quando vocês lerem isso eu já fui".
    _cue("gone_by", EXPLICIT, BOTH, r"i will (?:already )?be (?:long )?gone (?:by|before) the time "
         r"(?:you|they|anyone|someone|anybody) (?:read|reads|see|sees|find|finds) (?:this|it)",
         r"(?:quando|when) (?:voces|vcs|alguem|eles|you|they|someone) (?:\w+ )?(?:lerem|ler|"
         r"virem|read|see) (?:isso|isto|this) (?:eu )?(?:ja )?(?:fui|terei ido|i will be gone|i "
         r"am gone|i will have gone)",
         unless_said=lazy(_TRIP_OR_MOVE.pattern + r"|\b(?:flight|voo|aeroporto|airport|"
                          r"train|bus|onibus|road trip|shift|plantao|camp|acampamento|"
                          r"store|mercado|work|trabalho|school|escola|gym|academia)\b")),
    # The last text "ever" (2), and sorry sent through someone else, last in the clause (1):
    # "last text ever", "tell grandma I'm sorry".
    _cue("farewell_last", 2, BOTH, rf"^(?:{_ADDRESSED} )?(?:a |my |minha |this is my |essa e a "
         r"minha )?(?:ultima|last|final) (?:mensagem|message|msg|text) (?:ever|de todas|da minha "
         r"vida|pra sempre|para sempre|de verdade|for real)$"),
    _cue("sorry_sent", 1, BOTH, r"^(?:and )?(?:tell|avisa|diz|diga|fala|fale) (?:\w+ ){1,2}"
         r"(?:that )?(?:i am|im|que eu) (?:so |really |muito )?(?:sorry|sinto muito|peco "
         r"desculpas?|to arrependid[oa])$"),
    # The dead one's day as the date I go to them (a reading of the dated reunion's "até
    # você"), and "this time" we meet (2): "no teu aniversário eu vou até você, dessa vez a gente
    # se vê".
    _cue("reunite_dated", EXPLICIT, BOTH, rf"{_DATED} (?:\w+ ){{0,4}}?(?:i am going to|i will|i "
         rf"am gonna|gonna|vou|eu vou|irei|i am coming|to indo|estou indo) (?:\w+ )?(?:come |go |"
         rf"ir )?{_TO_YOU}$", unless_said=_SOMEDAY),
    _cue("reunite_dated", EXPLICIT, BOTH, rf"{_DATED} (?:\w+ ){{0,4}}?(?:i am going to|i will|i "
         rf"am gonna|gonna|vou|eu vou|irei|i am coming|to indo|estou indo) (?:\w+ )?(?:(?:see|ver) "
         rf"(?:you|voce) (?:for real|de verdade|pessoalmente|in person)|te ver (?:de verdade|"
         rf"pessoalmente))$", unless=_SOMEDAY),
    _cue("this_time", 2, BOTH, r"(?:dessa|desta) vez (?:a gente|nos) (?:se ve|se encontra|vai se "
         r"ver|vai se encontrar)", r"(?:a gente|nos) (?:se ve|se encontra) (?:dessa|desta) vez",
         r"this time (?:we will|we are gonna|we are going to) (?:see each other|meet|be together)",
         unless_said=_SOMEDAY),
    # God asked with words between (3): "peço a Deus toda noite que me leve dormindo".
    _cue("passive", EXPLICIT, BOTH, rf"{_PLEA} (?:a |para |to |that )?(?:o |a )?{_SAINT} "
         rf"(?:\w+ ){{1,3}}?(?:que |to )?{_FETCH}", unless=_SOMEDAY),
    # ... God hoped not to wake me (3): "hoping the Lord will be kind and not wake me", "rezo
    # pra Deus não me acordar mais".
    _cue("passive", EXPLICIT, BOTH, rf"(?:{_PLEA}|{_WANT}|hoping|hope|praying|pray) (?:that |que |"
         rf"para |pra )?(?:the lord|god|he|deus|o senhor|jesus|nosso senhor) (?:\w+ ){{0,5}}?"
         r"(?:not|nao|never|nunca mais) (?:wake me|me acord\w*|let me wake)(?: up\b)?(?! up\b)"
         r"(?! (?:early|cedo|before|antes|at|with|com|too|tao|in time|a tempo|ate|until|till)\b)"),
    # ... God asked to take me as a clause of its own, wherever it stands in the message (3):
    # "Lord take me tonight, that's my prayer every night now"; and no other morning wanted
    # here (3): "I don't want another morning on this earth".
    _cue("passive", EXPLICIT, BOTH, rf"^(?:{_ADDRESSED} )?(?:oh |o |dear |meu )?{_GOD} (?:please |"
         r"por favor )?(?:take me|me lev[ae]|me busc[ae]|me recolh[ae])(?: (?:home|now|tonight|"
         r"hoje|logo|agora|embora|de uma vez))*$"),
    _cue("passive", EXPLICIT, BOTH, r"(?:do not|nao) (?:want|quero|queria) (?:to see |ver )?"
         r"(?:another|one more|outra|outro|mais uma|mais um) (?:morning|day|dawn|manha|dia|"
         r"amanhecer) (?:on this earth|here|down here|in this world|without (?:you|him|her)|"
         r"nessa terra|neste mundo|nesse mundo|aqui|sem (?:voce|ele|ela|o \w+|a \w+))$"),
    # ... and this night asked to be my last, at the end of the clause (3): "Dear Lord, please
    # let this be my last night" (not "my last night shift", "my last night in this hospital").
    _cue("passive", EXPLICIT, BOTH, r"(?:let|make) (?:this|tonight|today) (?:be )?(?:my|the) last "
         r"(?:night|day|one)$", r"(?:deixa|faz|faca|deixe) (?:que )?(?:essa|esta|hoje) "
         r"(?:seja|ser) (?:a )?(?:minha )?ultima (?:noite|vez|dia)$"),
    # Peace made, the will signed, ready before the Lord (1 each): "Lord knows I'm ready. I've
    # made my peace, the will is signed".
    _cue("farewell_peace", 1, BOTH, r"^(?:i have |and i have |i )?made my peace$",
         r"^(?:ja )?(?:fiz|estou em|to em) (?:as pazes|paz)$"),
    _cue("farewell_will_done", 1, BOTH, r"(?:the |my )?will (?:is|has been) (?:signed|done|made|"
         r"ready|sorted)$", r"(?:signed|finished) (?:my|the) will$",
         r"(?:o |meu )?testamento (?:ta|esta|ja esta|ja ta) (?:assinado|pronto|feito)$",
         r"assinei o testamento$"),
    _cue("ready_lord", 1, BOTH, rf"{_GOD} (?:knows|sabe) (?:that )?(?:i am|que eu (?:estou|to)) "
         r"(?:ready|pront[oa])$"),
    # A date said again as "that day" or "when … comes", then going to meet the dead one (3),
    # or being gone (3): "nesse dia eu vou te encontrar", "quando for o primeiro natal sem você
    # eu já não vou estar aqui".
    _cue("reunite_dated", EXPLICIT, BOTH, rf"(?:(?:nesse|neste|naquele) dia|(?:on )?that (?:day|"
         rf"date)|(?:quando|when) (?:for|chegar|vier|it is|comes) (?:o |a |the )?(?:\w+ ){{0,2}}?"
         rf"{_OCCASION}) (?:\w+ ){{0,4}}?(?:i am going to|i will|i am gonna|gonna|vou|eu vou|"
         rf"irei) (?:\w+ )?{_MEET_YOU}$", unless_said=_SOMEDAY),
    _cue("farewell_dated", EXPLICIT, BOTH, rf"(?:quando|when|by the time) (?:for |chegar |vier |it "
         rf"is |comes )?(?:o |a |the )?(?:\w+ ){{0,2}}?{_OCCASION}(?: \w+){{0,4}} {_GONE_AFTER}"
         r"(?! (?:to|for|on|at|in|away|abroad|para|pra|pro|em|no|na|de ferias|viajando)\b)",
         unless_said=_SOMEDAY),
    # A date not to be lived past (2): "não quero passar do dia 20", "I don't want to make it
    # past Christmas"; an age not to be turned (2), without the dead one (1 more).
    _cue("not_past", 2, BOTH, rf"(?:nao quero|nao pretendo|nao vou|nao queria) passar d[oa] "
         rf"(?:dia \d+|{_OCCASION}|\d+ de \w+)$",
         rf"(?:do not|will not|am not going to) (?:want to |plan to |plan on )?(?:make it|live|"
         rf"get|making it|living) past (?:the \d+(?:st|nd|rd|th)?|{_OCCASION})$"),
    _cue("not_age", 2, BOTH, r"(?:nao quero|nao pretendo|nao vou|nao queria) (?:chegar a |chegar "
         r"aos |completar |fazer )\d+(?: anos)?$", r"(?:do not|will not|am not going to) (?:want "
         r"to |plan to |plan on )?(?:turn|turning|reach|reaching|see|seeing|make it to) \d+$"),
    _cue("not_age_without", 1, BOTH, r"(?:sem (?:voce|vc|ti)|without you)\b.*\b(?:nao quero|do "
         r"not want to) (?:completar|chegar a|fazer|turn|reach|see) \d+", scope="message"),
    # "pra ver se apago de vez" (3): a sinking done to see if it is for good.
    _cue("passive", EXPLICIT, BOTH, r"(?:para|pra) ver se (?:eu )?(?:apag\w*|sum\w*|desmai\w*) "
         r"(?:de vez|para sempre|e nao acord\w* mais|e nunca mais acord\w*)",
         r"(?:para|pra) ver se (?:eu )?(?:dorm\w*|durm\w*) (?:para sempre|e nao acord\w* mais|e "
         r"nunca mais acord\w*)",
         r"(?:para|pra) ver se (?:eu )?(?:morro|nao acordo mais|nunca mais acordo)$",
         r"to see if i (?:never|do not|will not) wake(?: up)?(?: again)?$"),
    # Passing out and hoped not to come to (3): "drinking till I pass out and hopefully don't
    # come to", "beber até apagar e tomara que não acorde".
    _cue("passive", EXPLICIT, BOTH, r"(?:pass out|passing out|black out|blacking out|go under|"
         r"apagar|apago|desmaiar|desmaio) (?:\w+ ){0,3}(?:and|e) (?:hopefully |tomara que |i hope "
         r"i |espero |que )?(?:do not|never|nao|nunca mais) (?:come to|come round|come around|wake|"
         r"acord\w*|volte a si|voltar a mim)(?! (?:ate|antes|until|before|till|cedo|early|na hora|"
         r"on time|no horario|for (?:hours|a while)|por (?:horas|um tempo))\b)"),
    # "vou de base" (Brazilian slang, "to die"): 2 at the end of a clause, not of an exam or a
    # game; the whole message, an address and a time aside, 3; the 🪦 read as a tombstone (1).
    _cue("de_base", 2, PT, rf"(?:vou|vo|to indo|irei|quero ir|queria ir|ja vou) de base"
         rf"(?: (?:hoje|amanha|agora|logo|essa noite|de vez|mesmo))?(?: {_DEAD_ONE})?$",
         unless_said=_NOT_BASE),
    _cue("de_base", EXPLICIT, PT, _alone(r"(?:eu )?(?:vou|vo|to indo|irei|ja vou) de base"),
         scope="alone", unless_said=_NOT_BASE),
    _cue("tombstone", 1, BOTH, r"lapide|tombstone"),
    # Called and I go (2), ready (1): "a senhora me chama que eu vou, tô pronta".
    _cue("call_me", 2, BOTH, r"(?:voce|vc|tu|deus|a senhora|o senhor|jesus) me (?:chama|chame|"
         r"busca|busque|leva|leve) (?:que|e) eu (?:vou|to indo|irei|chego)$", unless=_SOMEDAY),
    # ("tô pronta pra ir", "ready to go" are an older cue's, 2)
    _cue("ready_alone", 1, BOTH, r"^(?:eu )?(?:ja )?(?:to|estou|tou) pront[oa]$",
         r"^(?:i am|and i am) (?:so )?ready$"),
    # The dead one's act done the same way (2), on the day it will be a year (1): "no dia que
    # fizer um ano eu faço igual você fez".
    _cue("reunite_follow", 2, BOTH, r"(?:eu )?(?:faco|farei) (?:igual|o mesmo que|como) (?:voce|vc|"
         r"tu|o senhor|a senhora|ele|ela) fez$", r"i (?:do|will do) (?:what|the same as|like) "
         r"(?:you|he|she) did$"),
    _cue("year_marked", 1, BOTH, r"(?:fizer|completar|der|it will be|will make it|will mark) (?:a|"
         r"one|um|1) (?:year|ano)"),
    # The day of the death named as the day I do it (2, 1): "the anniversary of your death is
    # friday. that's the day I'm going to do it".
    _cue("the_day", 2, BOTH, r"(?:that is|this is|it is|e|sera|vai ser) (?:the|o) (?:day|dia) "
         r"(?:(?:em )?que )?(?:i am going to|i will|i am gonna|gonna|eu vou|vou) (?:do it|fazer "
         r"isso|fazer aquilo|fazer)$"),
    _cue("their_day", 1, BOTH, r"(?:the )?anniversary of (?:your|his|her) (?:death|passing)",
         r"(?:o )?aniversario da (?:sua|tua) morte"),
    # Sleeping beside the dead one and never coming back (3): "I wish I could go to sleep with
    # you and never come back".
    _cue("passive", EXPLICIT, BOTH, rf"{_WANT}(?: \w+){{0,6}} {_SINK} (?:\w+ ){{0,2}}?(?:with|next "
         rf"to|beside|ao lado de|com|junto (?:de|com)) (?:voce|you|ti)(?: \w+)? (?:and|e) (?:never|"
         rf"not|nunca mais|nao) (?:\w+ )?{_RISE}"),
    # Drinking or taking "enough" (2), and seeing the dead one "finally" (1): "if I drink enough
    # of this maybe I can finally see you again".
    _cue("enough_dose", 2, BOTH, r"(?:if i|se eu|when i|quando eu) (?:\w+ )?(?:drink|take|swallow|"
         r"beber|bebo|tomar|tomo|engolir|engulo) (?:o suficiente|enough)(?: of (?:this|these|it|"
         r"them|that)| disso| disto| desse| dessa)?"
         r"(?=$| (?:maybe|talvez|pra|para|to|i|eu|and|e)\b)"),
    _cue("finally_you", 1, BOTH, r"(?:finally|enfim|finalmente) (?:\w+ )?(?:see|be with|hold|hug|"
         r"ver|abracar|estar com) (?:you|te|voce)", r"(?:finally|enfim|finalmente) te (?:ver|"
         r"abracar)", unless=_SOMEDAY),
)


# Batch 24, a nineteenth probe written before the rules were read: parents writing to the child
# they buried, care refused on purpose, one-way journeys and packing as images, affairs put in
# order, emigrants mixing their languages, all-caps and autocorrect, nights and fans.
_TREATED = rf"(?:{_TREATMENT}|{_ILLNESS}|cancer|tumou?rs?|chemo|quimio)"
PACKED_BAGS: tuple[Cue, ...] = (
    # A treatment not done since a day (2), or done with and not gone back to (2): "haven't
    # done my dialysis since Tuesday", "a insulina … não volto mais"; not when it ran out or
    # was forgotten, nor another's (a doctor's word is asked of the message, as stopped_care's).
    _cue("stopped_care", 2, BOTH, rf"(?:have not|has not|did not|i have not|i did not) (?:done|"
         rf"had|taken|gone to|been to|used) (?:my |the )?{_TREATMENT} (?:since|for|in)",
         rf"(?:nao (?:faco|fiz|tomo|tomei|vou n[ao]|fui n[ao])) (?:a |o |minha |meu )?{_TREATMENT} "
         r"(?:desde|faz|ha)",
         rf"{_TREATMENT}(?: \w+){{0,8}} (?:and )?(?:i am )?not going back$",
         unless=_OTHER_SUBJECT, unless_said=lazy(
             _CARE_AGREED.pattern + r"|\b(?:forgot|esqueci|ran out|acabou|acabaram|pharmacy|"
             r"farmacia|insurance|plano de saude|sus)\b")),
    # An illness or a treatment named, and not fought (2) or let take me (2): "if the cancer
    # comes for me too I'm not fighting it. I'll let it", "let it take me, love".
    _cue("not_fighting", 2, BOTH, rf"^(?=.*\b{_TREATED}\b).*\b(?:i am|i will|i would|i) not "
         r"(?:going to |gonna )?(?:fight|fighting|treat|treating|battle|battling) "
         r"(?:it|this|that)\b",
         rf"^(?=.*\b{_TREATED}\b).*\b(?:eu )?nao vou (?:lutar|me tratar|tratar|fazer "
         r"(?:o )?tratamento)\b",
         scope="message", unless_said=lazy(r"\b(?:alone|sozinh[oa])\b")),
    # (matched from the message's start, so that a negation before the illness, "haven't done
    # my dialysis", does not read as one before the letting)
    _cue("let_it_take", 2, BOTH, rf"^(?=.*\b{_TREATED}\b).*(?<!\bnot )(?<!\bnever )(?<!\bnao )"
         r"(?<!\bnunca )\b(?:let it|deixa|deixo|i will let it|vou deixar) (?:take me|me lev\w*|win|"
         r"vencer|finish me|acabar comigo)\b",
         rf"^(?=.*\b{_TREATED}\b).*\b(?:i will|i am going to|i am gonna|gonna) (?:just )?let it"
         r"(?: happen| come)?$", scope="message"),
    # A journey to the dead one said before it is one way (3): "I'm flying out to you, one way,
    # no return flight" (the older form reads "one way … to you").
    _cue("farewell", EXPLICIT, BOTH, r"(?:to you(?! guys| all| both)|ate voce|ate a senhora|ate o "
         r"senhor|(?:pra|para) onde (?:voce|a senhora|o senhor) (?:esta|ta|foi)|where you are)"
         r"(?: \w+){0,8} (?:one way|so de ida|sem volta|no return|no way back)\b", scope="message",
         unless_said=_MOVED),
    # My accounts closed (2; not the month's bills, not a move): "fechei minhas contas".
    _cue("farewell_affairs", 2, BOTH, r"(?:fechei|encerrei|closed|shut|cancelled|canceled) "
         r"(?:down )?(?:all )?(?:minhas contas|minha conta(?: do banco| no banco)?|todas as minhas "
         r"contas|my (?:bank )?accounts?)(?! (?:do mes|da casa|do cartao|of the month))",
         unless_said=_MOVED),
    # Someone asked to look after what is mine, as a clause of its own (1): "please take care
    # of my cat" (with the note's reader, "whoever reads this", another cue).
    _cue("entrusted", 1, BOTH, r"^(?:please |pls |por favor )?(?:take care of|look after|care for|"
         r"feed|cuida d[oa]s?|cuidem d[oa]s?|cuide d[oa]s?) (?:my|meu|minha|meus|minhas) \w+"
         r"(?: (?:please|pls|por favor))?$"),
    # The pet that "won't need me" (1): "I gave Biscuit to Sarah today and told her it was for
    # good. He won't need me" (the pet given for good is the older farewell_pet's).
    _cue("not_needed", 1, BOTH, r"\b(?:gave|given|left|handed|dei|deixei|doei)\b.*\b(?:he|she|they|"
         r"it|ele|ela|eles) (?:will not|would not|nao vai|nao vao|nao vai mais) (?:need|needing|"
         r"precisar) (?:de )?(?:me|mim)(?: anymore| mais)?$", scope="message"),
    # No sense left in going on living (3): "não tem mais sentido nenhum continuar vivendo";
    # no reason at all to be alive (3): "não vejo motivo nenhum pra estar viva amanhã".
    _cue("hopeless", EXPLICIT, PT, r"(?:nao tem|sem|nao ha|nao vejo|nao existe) (?:mais )?"
         r"(?:nenhum )?sentido (?:nenhum )?(?:mais )?(?:em |de |pra |para )?(?:continuar |seguir )?"
         r"(?:viver|vivendo|existir|existindo|estar viv[oa])\b",
         r"nao (?:vejo|tenho|ha|tem|encontro|acho) (?:mais )?(?:motivo|razao) (?:nenhum|nenhuma|"
         r"algum|alguma) (?:\w+ )?(?:pra|para|de) (?:estar viv[oa]|continuar viv[oa]|viver|"
         r"continuar vivendo|seguir vivendo|existir)\b"),
    # My life ended with theirs (2), and not going on pretending to live it (2): "My life ended
    # when yours did. I'm not going to keep pretending to live it."
    _cue("hopeless_never", 2, EN, r"my life (?:ended|stopped|was over|died) (?:when|the day|the "
         r"moment|with) (?:you|yours|your|he|she|his|hers|her)\b"),
    _cue("not_going_on", 2, EN, r"(?:not going to|will not|am not gonna|refuse to|can not|could "
         r"not) keep (?:on )?(?:pretending (?:to (?:live|be alive)|i am alive)|living (?:it|this "
         r"life|like this|without)|being alive)"),
    # Tired of this world (2): "i'm tired of this world", "cansada desse mundo".
    _cue("hopeless_cannot", 2, BOTH, r"(?:tired|sick|weary) of (?:this|the) (?:world|earth|life)"
         r"(?=$| and| without| already| anymore)", r"cansad[oa] (?:desse|deste) mundo$"),
    # Trying or hoping not to wake (3): "I'm trying not to wake up tomorrow" (not the baby,
    # not early).
    _cue("passive", EXPLICIT, BOTH, r"(?:trying|hoping|praying|planning|want|wanting|wish) (?:to )?"
         r"not (?:to )?wake(?: up)?(?=$| tomorrow$| again| ever| this time)",
         r"(?:tentando|torcendo para|torcendo pra|rezando para|rezando pra|esperando) nao "
         r"acordar(?=$| amanha$| mais| nunca)"),
    # Two older dev messages the retrained stem model let go just under 0.72 with a cue: "it's
    # done" said alone, then goodbye (2; not "bye for now"); who keeps or looks after what,
    # then "after that, that's it" at the end (2): "o tio vai ficar com o Thor … depois disso
    # pronto".
    _cue("farewell_done", 2, BOTH, r"(?:^| )(?:it is|its|ta|esta|ja) (?:all )?(?:done|feito|"
         r"finished|over|resolvido)(?: now| agora| ja)? (?:goodbye|adeus|bye|tchau)\b(?! (?:for "
         r"now|for today|till|until|ate|por hoje|por enquanto)\b)", scope="message"),
    _cue("farewell_done", 2, BOTH, r"\b(?:vai|vao|fica|ficam|will|gets|get|can) (?:ficar com|"
         r"cuidar d\w*|keep|take|look after|have)\b.* (?:depois disso|depois|after that|then)"
         r"(?: e)? (?:pronto|acabou|e isso|thats it|that is it|done)$", scope="message"),
    # Two older dev messages the stem model chosen by batch 24 (L2 0.001, features in two
    # messages, 0.97 alone) lets go in-sample: being this burden not borne any more (3; "n
    # aguento ser esse fardo"), getting in everyone's way (2); resting as the dead one rests (3;
    # "quero descansar do jeito que você descansou").
    _cue("burden", EXPLICIT, BOTH, r"(?:nao aguento|cansei de|cansad[oa] de|odeio|can not stand|"
         r"tired of|sick of|hate) (?:mais )?(?:ser|sendo|being) (?:esse|este|um|uma|o|a|such a|a|"
         r"the|this) (?:fardo|peso|estorvo|burden|weight|bother)"),
    _cue("burden", 2, BOTH, r"(?:eu )?(?:atrapalho|estrago|atraso) a vida de (?:todo mundo|todos|"
         r"toda a familia|\w+)", r"i (?:ruin|mess up|get in the way of) (?:everyone s|everybody s|"
         r"everyones|everybodys) (?:life|lives)"),
    _cue("passive", EXPLICIT, BOTH, rf"{_WANT} (?:\w+ )?(?:descansar|rest) (?:do jeito que|como|"
         r"igual|like|the way) (?:voce|vc|a senhora|o senhor|you) (?:descansou|descansa|esta "
         r"descansando|rested|rest|are resting|did)", unless=_SOMEDAY),
    # Bags packed (1): "my bags are packed", "packing my bags" (the Portuguese is an older cue's).
    _cue("packing", 1, EN, r"(?:packed|packing|pack) (?:up )?(?:my |the )?(?:bags?|suitcases?)",
         r"(?:bags?|suitcases?) (?:are |is )?(?:all )?packed",
         unless_said=lazy(r"\b(?:dreams?|sonhos?|disney|vacation|holidays?|ferias|beach|"
                          r"praia|camping|road trip|lake|lago|cruise|honeymoon)\b")),
)


# Batch 25, a twentieth probe written before the rules were read: the very old speaking of
# their own age, teenage and internet speak, faith, dates, voice dictation and emoji, carers and
# debt. What it found is language the rules knew in other words: one's hour wished to come, a
# waking regretted, a plea with the time of day between the plea and the saint, a debt or an
# insurance that ends with my death, a goodbye said as taking leave, the way to the dead one
# asked, a going there "this time", the point of my still being here.
_MY_DEATH = (r"(?:se eu (?:morrer|morresse|for embora|sumir|sumisse)|quando eu morrer|comigo "
             r"mort[oa]|com a minha morte|(?:com|quando) eu mort[oa]|if i (?:die|died|was gone|am "
             r"gone)|when i (?:die|am gone|am dead)|once i am (?:gone|dead)|with me dead|my death)")
_DEBT = (r"(?:(?:a |as |essa |essas |minha |minhas )?dividas?|(?:o |os )?emprestimos?|(?:o )?"
         r"(?:agiota|financiamento|hipoteca)|(?:the |my |this |these )?(?:debts?|loans?|"
         r"mortgage)|(?:it|this|isso|tudo))")
_WAKING_SAFE = (r"(?! up\b)(?! (?:up )?(?:tao |muito |so |too |really )?(?:cedo|tarde|early|late|"
                r"before|antes|as \d|at \d|com|with|from|do sonho|pelo|pela|no meio|in the middle|"
                r"to (?!another)|and (?:saw|found|heard|remembered|realized|realised|you|it|the|"
                r"she|he|they|there))\b)")
_ELSEWHERE = lazy(r"\b(?:em casa|at home|la em casa|na igreja|at church|in church|no coracao|"
                  r"in my heart|em pensamento|in spirit|in my thoughts|nas fotos|photos?|"
                  r"fotos?)\b")
_NOT_THE_GRAVE = (r"(?:not|nao|never|nunca)(?: e| is)? (?:at|in|by|no|na|ao|to) (?:the |your |o "
                  r"|a |seu |teu |sua |tua )?(?:cemiterio|tumulo|tumba|jazigo|cemetery|grave|"
                  r"graveside|tomb)$")
_PLEA_TIME = (r"(?:todo dia|todos os dias|toda noite|todas as noites|toda hora|toda manha|sempre|"
              r"de joelhos|every (?:night|day|morning|single night|single day)|each night|"
              r"nightly|always|on my knees)")

# A goodbye said at a funeral, a move, a trip, a job's or a school's end, a hospital.
_LEAVING_FOR_LIFE = lazy(_MOVED.pattern + "|" + _AWAY.pattern + r"|\b(?:cemiterio|"
                         r"tumulo|cemetery|grave|missa|mass|(?<!meu )(?<!my )(?:funeral|"
                         r"enterro|velorio|burial)|retir\w*|aposent\w*|hospital|hospice|"
                         r"emprego|trabalho|escola|turma|faculdade|empresa|colegas|job|"
                         r"school|work|class|colleagues|team|casa|house|apartamento|"
                         r"apartment|cidade|town|city|country|pais|flights?|voo|airport|"
                         r"aeroporto)\b")

OWN_AGE: tuple[Cue, ...] = (
    # One's hour wished to come soon (3): "tomara que chegue logo a minha hora", "I hope my
    # time comes soon"; not a turn in a queue ("tomara que chegue logo a minha vez no banco").
    _cue("passive", EXPLICIT, PT, r"(?:tomara|espero|rezo|peco|queria|quero|torco) (?:que|para|"
         r"pra) (?:\w+ )?(?:chegue|chegasse|venha|viesse) (?:logo|rapido|de uma vez|depressa|ja) "
         r"(?:a )?minha (?:hora|vez)(?! (?:de|do|da|no|na|pra|para)\b)",
         r"(?:tomara|espero|rezo|peco|queria|quero|torco) (?:que|para|pra) (?:a )?minha (?:hora|"
         r"vez) (?:chegue|chegasse|venha|viesse) (?:logo|rapido|de uma vez|depressa|ja)"
         r"(?! (?:de|do|da|no|na|pra|para)\b)",
         r"nao vejo a hora (?:de|da) (?:chegar )?(?:a )?minha (?:hora|vez) (?:chegar)?$",
         unless_said=_QUEUE),
    _cue("passive", EXPLICIT, EN, r"(?:hope|wish|pray|praying|hoping) (?:that )?my (?:time|hour|"
         r"turn) (?:comes|would come|will come|to come|came) (?:soon|quickly|sooner|fast|tonight)"
         r"(?! (?:for|to|at|in|on|with)\b)",
         r"can not wait (?:for|till|until) my (?:time|hour) (?:to come|comes)",
         unless_said=_QUEUE),
    # What one is still doing here, asked by the old (2): "o que eu tô fazendo aqui ainda com
    # 87 anos sem você?", "what am I still doing here without you?"; not awake at 2 a.m.
    _cue("passive_here", 2, PT, r"o que (?:eu )?(?:ainda )?(?:to|estou|tou|fico) fazendo (?:aqui|"
         r"nesse mundo|neste mundo)(?: ainda)?(?=$| com \d+ anos| sem (?:voce|ti|\w+)$| nesse "
         r"mundo| neste mundo)"),
    _cue("passive_here", 2, EN, r"what am i (?:even )?(?:still )?doing (?:here|in this world|on "
         r"this earth)(?: still| anymore)?(?=$| at \d+$| without (?:you|him|her|\w+)$)"),
    # A waking regretted (3): "fiquei triste de ter acordado", "every morning I'm disappointed
    # that I woke up", "queria nem ter aberto o olho"; not woken early, late or from a dream.
    _cue("passive", EXPLICIT, PT, r"(?:triste|decepcionad[oa]|chatead[oa]|frustrad[oa]|com raiva|"
         r"revoltad[oa]) (?:\w+ )?(?:de|por|porque|que|toda vez que|sempre que|quando) (?:eu )?"
         rf"(?:ter |tenha |ainda )?(?:acordad[oa]|acordei|acordo|acordar){_WAKING_SAFE}",
         r"(?:queria|preferia|quisera) (?:nem|nao) ter (?:acordado|aberto (?:o |os )?olhos?)"
         + _WAKING_SAFE + r"(?! hoje\b)"),
    _cue("passive", EXPLICIT, EN, r"(?:disappointed|sad|upset|angry|annoyed|sorry|gutted|mad) "
         r"(?:that |when |every time |each time )?i (?:woke up|wake up|woke|wake|am (?:still )?"
         rf"awake|am still here|made it through (?:the|another) night){_WAKING_SAFE}",
         r"wish i (?:had not|did not|never) (?:woken up|woke up|wake up|woken|woke|wake)"
         + _WAKING_SAFE + r"(?! today\b| this morning\b)"),
    # God or a saint asked to take me with the time of the plea between (3): "rezo todo dia pra
    # Nossa Senhora me levar dormindo", "I pray every night the Lord takes me in my sleep".
    _cue("passive", EXPLICIT, BOTH, rf"{_PLEA} {_PLEA_TIME} (?:a |para |to |that )?(?:o |a )?"
         rf"{_SAINT} (?:\w+ ){{0,2}}?(?:que |to )?{_FETCH}", unless=_SOMEDAY),
    # A debt that only ends with my death (2): "a dívida só acaba comigo morto", "the debt only
    # goes away when I die"; an insurance that pays, with my death (2): "se eu morrer o seguro
    # quita a casa", "the life insurance pays out if I die".
    _cue("debt_death", 2, BOTH, rf"{_DEBT} (?:so |nunca )?(?:vai )?(?:acaba\w*|termina\w*|some|"
         rf"sumiria|se resolve\w*|para) (?:\w+ )?{_MY_DEATH}",
         rf"{_DEBT} (?:will |would )?(?:only |never )?(?:ends?|go away|goes away|gets? paid(?: "
         rf"off)?|be paid(?: off)?|disappears?|stops?|is over)(?: \w+)? (?:except |unless |until "
         rf"|till )?{_MY_DEATH}", scope="message"),
    _cue("insured_death", 2, BOTH, rf"{_MY_DEATH} (?:\w+ ){{0,4}}?{_INSURANCE} (?:\w+ )?(?:paga|"
         r"pagaria|quita|quitaria|cobre|cobriria|pays?|would pay|pays off|would pay off|covers?|"
         r"would cover)",
         rf"{_INSURANCE} (?:\w+ )?(?:paga|pagaria|quita|quitaria|cobre|cobriria|pays?|would pay|"
         rf"pays off|would pay off|covers?|would cover)(?: out)? (?:\w+ ){{0,4}}?{_MY_DEATH}",
         scope="message", unless_said=_THEIR_POLICY),
    # The others free of me (2): "a Carla fica livre de mim", "they'd finally be rid of me";
    # not a past parting ("ela ficou livre de mim", "she got rid of me").
    _cue("burden_free", 2, BOTH, r"(?:fica|ficam|ficaria|ficariam|ia ficar|iam ficar|vai ficar|"
         r"vao ficar|estaria|estariam|seria|seriam) (?:\w+ )?livres? de mim",
         r"(?:would|will|could|d|can) (?:\w+ )?(?:be|get) (?:\w+ )?(?:free|rid) of me"),
    # Taking leave today (2): "hoje eu me despeço", "me despeço de vocês"; not for the day.
    _cue("farewell_leave", 2, BOTH, r"(?<!\bpor )(?:hoje|agora|aqui|essa noite|entao) (?:eu )?me "
         r"despe[cç]o(?! (?:por hoje|ate amanha|por enquanto|da turma|do trabalho))",
         r"me despe[cç]o (?:de (?:voces|todos|todo mundo|voce|ti)|daqui|deste mundo|desse mundo|"
         r"para sempre)(?! (?:por hoje|ate amanha|por enquanto))",
         r"(?:this is where|now is when|today is when) i say (?:goodbye|good bye)",
         unless_said=_LEAVING_FOR_LIFE),
    # The clothes for my own burial (1): the old set them out, and so does a farewell.
    _cue("burial_clothes", 1, BOTH, r"(?:roupa|vestido|terno) (?:d[oa]|para o|pro|pra) (?:meu|"
         r"minha) (?:proprio |propria )?(?:enterro|velorio|caixao)",
         r"(?:clothes|outfit|dress|suit) (?:for|to be buried in|for my) (?:my )?(?:own )?"
         r"(?:funeral|burial|coffin)"),
    # My goodbyes said to everyone (2), and they do not know it yet (1).
    _cue("farewell_said", 2, BOTH, r"(?:said|say|saying) my goodbyes (?:to (?:everyone|everybody|"
         r"all of them|the kids|them all|my kids|the family|my family)|already|today|tonight)",
         unless_said=_LEAVING_FOR_LIFE),
    _cue("farewell_secret", 1, BOTH, r"(?:they|she|he|nobody|eles|ela|ele|ninguem) (?:just |only "
         r"|so )?(?:do not|does not|did not|nao) (?:know|sabem|sabe|souberam) (?:it |that |disso "
         r"|ainda )?(?:yet|ainda)$"),
    # Logging off for good, with a time after it (2): "logging off for good tonight"; sorry for
    # everything (1).
    _cue("ending_tech", 2, BOTH, rf"{_TECH_END} (?:for good|forever|permanently|para sempre|"
         rf"de vez) (?:tonight|today|now|hoje|agora|essa noite|this time)"
         rf"(?: {_DEAD_ONE}| {_KIN})?$"),
    # ... and after this very message, its last (3; batch 30: "logging off for good after this
    # message Gran", "vou sair de vez depois dessa mensagem"), not an app named ("from tiktok").
    _cue("ending_tech", EXPLICIT, BOTH, rf"{_TECH_END} (?:for good|forever|permanently|para sempre|"
         r"de vez) (?:right )?(?:after|depois d?[ae]?) (?:this|that|my|essa|esta|dessa|desta|"
         r"minha) (?:last |ultima )?(?:message|msg|text|one|post|mensagem|conversa)\b",
         unless=lazy(r"\b(?:tiktok|insta\w*|twitter|facebook|face|zap|whatsapp|snap\w*|"
                     r"social media|redes|reddit|discord|the group|o grupo|work|trabalho|"
                     r"email|e-mail|game|jogo|server|servidor)\b")),
    _cue("sorry_all", 1, BOTH, r"^(?:\w+ )?(?:sorry|desculpa|desculpe|perdao|forgive me) (?:for|"
         r"por) (?:everything|tudo)"),
    # A goodbye and "that was it" as the whole message (3): "👋🖤 tchau vó. foi isso".
    _cue("farewell", EXPLICIT, BOTH, rf"^(?:(?:{_DEAD_ONE}|{_KIN}|mom|mum|dad) )?(?:tchau|adeus|"
         rf"bye|goodbye)(?: (?:{_DEAD_ONE}|{_KIN}|mom|mum|dad))* (?:foi isso|that was it|that is "
         rf"all it was|acabou|the end|fim)(?: (?:{_DEAD_ONE}|{_KIN}|mom|mum|dad))?$",
         scope="message"),
    # A blade and blood said alone (3): "🔪🩸 de novo vó. desculpa".
    _cue("self_harm", EXPLICIT, BOTH, _alone(rf"(?:{_BLADE}|faca|knife|razor) (?:e |and )?"
         r"(?:sangue|blood)"), scope="alone"),
    # Being with the dead one on a date, said to be no visit to the grave (3): "no teu
    # aniversário eu vou estar contigo, prometo. e não é no cemitério" (the older dated cue
    # gives way to any grave named); not when the message says where else (at home, in spirit).
    _cue("reunite_dated", EXPLICIT, BOTH, rf"{_DATED} (?:\w+ ){{0,12}}?{_BE_WITH}"
         rf"(?: \w+){{0,6}} {_NOT_THE_GRAVE}", scope="message", unless_said=_ELSEWHERE),
    # Asking the way to the dead one (3): "me ensina o caminho pra chegar até aí", "show me the
    # way to you"; not a farm or a town.
    _cue("reunite", EXPLICIT, BOTH, r"(?:me )?(?:ensina|mostra|diz|fala|explica|ensine|mostre|"
         r"diga)r? (?:o caminho|como (?:eu )?(?:chego|faco para chegar|faco para ir|vou)) (?:para "
         r"|pra |ate |para chegar |pra chegar )?(?:ate )?(?:ai|voce|vc|a senhora|o senhor|o ceu|"
         r"onde (?:voce|a senhora|o senhor) (?:esta|ta))$",
         r"(?:show|tell|teach) me (?:the way(?: to get| to come)?|how to get|how to come|how i "
         r"get|how i can get|how to reach) (?:up )?(?:to you|to where you are|to heaven|up "
         r"there)$",
         unless=_VISIT),
    # Going there "this time" (3): "to indo ai ctz dessa vez", "I'm coming to you for sure this
    # time"; not a visit or a trip.
    _cue("reunite", EXPLICIT, BOTH, r"(?:to|estou|tou|eu vou|vou) (?:indo )?(?:ai|pra ai|para ai|"
         r"ate ai|ate voce|pra junto de voce)(?: (?:ctz|certeza|com certeza|mesmo|de verdade))? "
         r"(?:dessa vez|desta vez|de vez|pra ficar|para ficar)\b",
         r"(?:i am )?(?:coming|going) (?:to you|to be with you)(?: \w+)? (?:for sure |for "
         r"real )?this time\b", unless_said=lazy(_SOMEDAY.pattern + "|" + _MOVED.pattern)),
    # Coming to be with the dead one asked for, now (3): "can i come be with you now", "posso ir
    # ficar com você agora?"; coming to you with the subject dropped (3): "coming to you nana".
    _cue("reunite", EXPLICIT, BOTH, r"(?:can|could|may) i (?:just )?(?:come|go) (?:and )?(?:be|"
         r"stay|live) with you(?! guys| all| both| two| for)",
         r"(?:posso|podia|poderia|deixa eu) (?:ja )?(?:ir|me mudar) (?:ficar|morar|estar) "
         r"(?:com voce|contigo|com a senhora|com o senhor|junto de voce)",
         r"^(?:\w+ )?coming to (?:you|join you|be with you)(?: (?:soon|now|tonight))?"
         rf"(?: {_DEAD_ONE})?$", unless=_SOMEDAY),
    # No way left and the end of the line for me (2 each): "não vejo mais jeito nenhum", "só o
    # fim da linha pra mim", "it's the end of the line for me".
    _cue("hopeless_way", 2, PT, r"(?:nao vejo|nao tem|nao ha|sem) (?:mais )?(?:jeito|saida|"
         r"solucao) (?:nenhum|nenhuma)(?: (?:pra|para) mim)?$"),
    _cue("hopeless_line", 2, BOTH, r"(?:o )?fim da linha (?:para|pra) mim$",
         r"(?:the )?end of the (?:line|road) for me$"),
    # The point of my still being here (3): "what's the point of me still being here at 91?",
    # "pra que eu ainda tô aqui?"; ready to stop (2) as a clause of its own.
    _cue("hopeless", EXPLICIT, BOTH, r"what is (?:even )?the point of me (?:still )?(?:being "
         r"(?:here|alive|around)|living|existing|staying)(?=$| at \d+$| anymore| without)",
         r"(?:pra que|para que|qual o sentido de) (?:eu )?(?:ainda )?(?:to|estou|ficar|estar|"
         r"continuar) (?:aqui|viv[oa])$"),
    _cue("ready_stop", 2, EN, r"^(?:i am |i think i am )?ready to stop(?: now)?$"),
    # Three older dev messages the stem model retrained on batch 25 lets go just under its
    # thresholds. Not expecting to write again (2): "I don't expect I'll be writing again",
    # "acho que não vou mais te escrever"; the good dress or suit laid out (1); the last bills
    # paid (1): a widow's quiet goodbye.
    _cue("farewell_last_words", 2, BOTH, r"(?:do not|did not) (?:expect|think|suppose|plan) "
         r"(?:that )?(?:i will|to|i will be|i am going to) (?:be )?(?:writing|write|talking|talk|"
         r"speaking|speak|messaging|texting) (?:to you )?(?:again|any more|anymore)$",
         r"(?:acho que|creio que)? ?(?:nao (?:vou|volto a|devo|vou conseguir)) (?:mais )?(?:te )?"
         r"(?:escrever|mandar mensage\w*|falar contigo)(?: mais)?$"),
    _cue("farewell_dressed", 1, BOTH, r"(?:put|laid|set|got|left) (?:out )?my (?:good|best|sunday|"
         r"church|nice) (?:dress|suit|clothes|outfit)(?: out)?(?: on the bed)?$",
         r"(?:separei|deixei|botei|coloquei) (?:o |a )?(?:meu|minha) (?:melhor )?(?:vestido|terno|"
         r"roupa)(?: (?:bom|boa|de missa|de domingo|melhor))?(?: (?:em cima da|na) cama)?$"),
    _cue("farewell_bills", 1, BOTH, r"(?:paid|settled|cleared) (?:off )?(?:the last of |all )?"
         r"(?:the |my )?(?:bills|debts|accounts)",
         r"(?:paguei|quitei|acertei) (?:todas )?(?:as |minhas )?(?:contas|dividas)(?! do mes)"),
    # The self likened to a thing that fades, and such things fading (2): "me sinto um eco. e
    # eco some", "I feel like a ghost, and ghosts fade".
    _cue("fading_self", 2, BOTH, r"(?:me sinto|sou|virei|i feel like|i am|i have become) (?:so )?"
         r"(?:um |uma |a |an |just a )?(eco|sombra|fantasma|fumaca|vulto|echo|shadow|ghost|smoke)"
         r"\b.* (?:e |and )?(?:o |a |os |as )?\1s? (?:some|somem|desaparece\w*|se apaga\w*|"
         r"fade|fades|disappear\w*|vanish\w*|go away|goes away)\b", scope="message"),
    # Sleeping and staying asleep, said as a hypothesis (2): "if I just went to sleep and stayed
    # asleep", "se eu dormisse e ficasse dormindo"; the others given something back by it (2):
    # "Carol would have her spare room back if I…".
    _cue("passive_if", 2, BOTH, r"(?:if i|se eu) (?:just |simply |so |only )?(?:went to sleep|"
         r"fell asleep|go to sleep|dormisse|pegasse no sono) (?:and|e) (?:stayed|stay|never woke|"
         r"ficasse|continuasse|nao acordasse)(?: (?:asleep|dormindo|that way|assim|mais|up))?"
         r"(?! (?:till|until|ate|for|por|during|durante|through)\b)"),
    _cue("burden_back", 2, BOTH, r"(?:would|could|will|d) (?:finally )?(?:have|get) (?:her|his|"
         r"their|its|the) (?:\w+ ){0,2}back (?:if|once|when) i (?:just |simply |only )?(?:went|was "
         r"gone|were gone|died|disappeared|was not here|were not here|was not around|left for "
         r"good)\b",
         r"(?:teria|teriam|ia ter|iam ter|ficaria com|ficariam com) (?:o |a |os |as )?(?:\w+ )"
         r"{0,2}de volta se eu (?:\w+ )?(?:fosse|sumisse|morresse|nao estivesse|partisse|"
         r"dormisse)"),
)


# -- Batch 26: said sideways ---------------------------------------------------------------------
# Children, twins, the bereaved after a miscarriage, partners shut out and the estranged say the
# wish in registers of their own: irony about being alive ("que ótimo, mais um dia vivo", "yay,
# woke up again"), a half of me that will not stay, indifference to a risk taken ("tanto faz se
# eu bater", "whatever happens happens"), a reunion said as "there" against "here".
_CHEER = (r"(?:que otimo|que maravilha|que beleza|que sorte(?: a minha)?|oba|eba|uhul|viva|"
          r"parabens (?:pra|para) mim|yay|yey|oh great|great|wonderful|lucky me|hooray|woohoo|"
          r"fantastic|just great|oh joy|amazing|awesome)")
_STILL_ALIVE = (r"(?:mais um dia viv[oa]|(?:ainda|continuo|segui) viv[oa]|sobrevivi (?:a )?mais um "
                r"dia|acordei (?:de novo|mais uma vez|outra vez|again)|woke up (?:again|one more "
                r"time|another day)|(?:still|another day) alive|another day (?:alive|breathing|on "
                r"this earth|above ground)|still breathing|survived another (?:day|night))")
# (not woken at an hour, by the baby or the neighbours: "acordei de novo às 3h, que ótimo")
_NOT_AN_HOUR = (r"(?! (?:(?:as|at|around|by|pelo|pela|with|com|because|porque|before|antes|ao|cedo|"
                r"early|de|do|da|of|no|na|in|on|the baby|o bebe|a bebe)\b|\d))")
# (only the writer between the cheer and the waking: "que ótimo, eu acordei de novo", not "great,
# my phone is still alive")
_CHEER_GAP = r"(?:(?:i am|i|eu|estou|to|so|just|finally|enfim|ne|hoje|today|and|e|me|mais) ){0,3}"
_RECKLESS = (r"(?:sem (?:o |a )?(?:capacete|cinto|freio)|sem frear|"
             r"nao (?:vou |vai )?fre(?:ar|o|ia)|"
             r"(?:atravesso|atravessar|atravessando|cruzo|cruzando) (?:\w+ ){0,3}sem olhar|"
             r"(?:no|without (?:a |my |the )?)(?:helmet|seat ?belt|brakes)|not braking|"
             r"(?:do not|will not|would not|never) brake|"
             r"(?:cross|crossing|walk|walking) (?:\w+ ){0,3}without looking|"
             r"(?:dirijo|dirigindo|drive|driving) (?:\w+ ){0,4}(?:bebad[oa]|drunk|from the bar|"
             r"do bar))")
_WHATEVER = (r"(?:tanto faz|(?:se|if) (?:\w+ ){0,4}(?:pegar|bater|acontecer|hits? me|crash|"
             r"happens)(?: \w+){0,2} (?:pegou|tanto faz|azar|melhor|whatever|fine)|pegou$|"
             r"whatever happens(?: happens)?|(?:do not|does not) (?:really )?(?:care|matter) "
             r"(?:if|whether) i (?:make it|die|crash|live|get hit|come back|get home)|"
             r"(?:hoping|hope|i hope) something (?:does|happens|hits)|"
             r"nao (?:me )?importo (?:se|de) (?:eu )?(?:bater|morrer|voltar|chegar)|"
             r"(?:seria|ia ser|would be) (?:um |a )?(?:alivio|relief)|se (?:eu )?morrer,? morreu)")
_PART_OF_ME = (r"(?:(?:a )?(?:outra )?metade de mim|(?:a )?outra metade|(?:uma )?parte de mim|"
               r"(?:the other )?half of me|the other half|(?:a )?part of me|"
               r"(?:what is )?left of me)")
SIDEWAYS: tuple[Cue, ...] = (
    # Irony about being alive or awake (3): "que ótimo, mais um dia vivo 🙃", "yay, woke up
    # again, lucky me"; not woken early or by the baby, nor a plant or a phone still alive.
    _cue("passive", EXPLICIT, BOTH, rf"{_CHEER} {_CHEER_GAP}{_STILL_ALIVE}{_NOT_AN_HOUR}",
         rf"(?<!\bmy )(?<!\bthe )(?<!\bit is )(?<!\bits )(?<!\bis )(?<!\bfoi )(?<!\ba )(?<!\bo )"
         rf"{_STILL_ALIVE}{_NOT_AN_HOUR} (?:\w+ ){{0,3}}?{_CHEER}\b", scope="message"),
    # Someone up there forgot me (2), forgot to take me (3).
    _cue("passive_forgot", 2, BOTH, r"(?:deus|alguem (?:la |ai )?(?:em )?cima|o ceu|god|someone "
         r"up there|the man upstairs|heaven|the lord) (?:se )?(?:esqueceu|forgot) (?:de mim|about "
         r"me|me)$"),
    _cue("passive", EXPLICIT, BOTH, r"(?:esqueceu|esqueceram|forgot|forgotten) (?:de )?(?:me "
         r"levar|me buscar|to take me|to come for me|to call me)"),
    # A half or a part of me that does not want to stay (3): "a outra metade não quer mais
    # ficar aqui", "the other half doesn't want to be here anymore".
    _cue("passive", EXPLICIT, BOTH, rf"{_PART_OF_ME} (?:\w+ )?(?:nao quer|nao queria|does not "
         r"want|did not want|do not want) (?:mais )?(?:ficar|estar|viver|continuar|to be|to stay|"
         r"to live|to go on)(?: (?:aqui|here|viv[oa]|alive|anymore|mais))?(?! (?:sozinh\w*|em casa|"
         r"at home|alone|na|no|in|at)\b)"),
    # A risk taken with indifference to dying (3): "ando de moto sem capacete, tanto faz se eu
    # bater", "I cross without looking now. whatever happens happens", "drive home from the bar,
    # no seatbelt. don't care if I make it"; not a helmet forgotten, a skydive, a diet.
    _cue("passive", EXPLICIT, BOTH, rf"{_RECKLESS}\b(?: \w+){{0,16}} {_WHATEVER}",
         rf"{_WHATEVER}\b(?: \w+){{0,12}} {_RECKLESS}", scope="message"),
    # A curve where I will not brake (3): "na curva do mirante eu não vou frear".
    _cue("plan_crash", EXPLICIT, BOTH, r"(?:curva|curve|bend|turn) (?:\w+ ){0,5}(?:nao vou frear|"
         r"nao freio|(?:do not|will not|not going to|am not going to) brake)",
         # (batch 27: "drive to the same bend and not brake")
         r"(?:curva|curve|bend|corner|turn|mureta|guardrail|wall|muro|tree|arvore|poste|pole) "
         r"(?:and|e) (?:not|nao|never|nunca) (?:brake|frear|freio|break)$",
         r"(?:nao vou frear|(?:do not|will not|not going to) brake) (?:\w+ ){0,3}"
         r"(?:na curva|on the "
         r"curve|at the curve|on the bend|in the bend)"),
    # "Termino com tudo" is "acabo com tudo" (2), a rhetorical question's answer.
    _cue("active_end", 2, PT, r"(?:vou|hoje eu|eu|ja) termin(?:o|ar|ei|aria) com tudo$"),
    # Harm meant to hurt (1), beside a harm named: "bato a cabeça na parede pra doer mais".
    _cue("harm_meant", 1, BOTH, r"(?:para|pra) (?:doer|sentir dor)", r"so (?:that )?it hurts",
         r"hurts? somewhere else", r"to feel (?:the )?pain"),
    # A last goodnight "ever" (3); "o último boa noite que eu te mando" (2); "it's been fun",
    # "foi divertido enquanto durou" (1).
    _cue("farewell_last", EXPLICIT, EN, r"last (?:goodnight|good night|message|text|goodbye|bye|"
         r"hug|kiss|letter) (?:that )?i will ever (?:send|write|say|give|type)"),
    _cue("farewell_last", 2, PT, r"ultim[oa] (?:boa noite|mensagem|tchau|adeus|beijo|bom dia) que "
         r"(?:eu )?(?:te |lhe )?(?:mando|envio|escrevo|mandarei|vou (?:te )?mandar)$"),
    _cue("farewell_fun", 1, BOTH, r"foi (?:bom|divertido|legal) enquanto durou",
         r"(?:it has|its|it is) been (?:fun|nice|real|good)$",
         r"(?:it has|its|it is) been (?:fun|nice|real|good) (?:last|ultimo)"),
    # Out of someone's way for good (2), someone better deserved (1): "vou sair do caminho dele
    # de vez", "your dad deserves a wife whose body works".
    _cue("burden_way", 2, BOTH, r"(?:sair|saio|sumir) do caminho (?:\w+ ){0,3}(?:de vez|para "
         r"sempre|pra sempre)", r"(?:get|getting|go|stay|be) out of (?:his|her|their|your|"
         r"everyones?|everybodys?|everyone s|everybody s) way (?:for good|forever|permanently)"),
    _cue("burden_deserved", 1, BOTH, r"(?:merece|merecia|mereceria|deserves|deserved) (?:uma|um|"
         r"alguem|a|an|someone|somebody) (?:\w+ ){0,2}(?:melhor|better|que (?:consiga|conseguisse|"
         r"possa|pudesse)|whose|who can|who could)"),
    # The others happier if I died (3): "if I died she would be happier".
    _cue("burden_others", EXPLICIT, BOTH, r"(?:if i (?:died|were dead|was dead|was gone|were gone|"
         r"was not here|were not here|disappeared)|se eu (?:morresse|sumisse|nao existisse)) "
         r"(?:\w+ ){0,3}(?:would|will|ia|iam|ficaria|ficariam|seria|seriam) (?:\w+ ){0,2}"
         r"(?:happier|mais feliz|mais felizes|lighter|freer|easier|better)"),
    # Going to find the dead one (3): "tô indo te encontrar"; not at the grave.
    _cue("reunite", EXPLICIT, BOTH, r"(?:to|estou|tou) indo (?:ai )?te (?:encontrar|buscar)$",
         r"i am coming to find you$", unless=_VISIT),
    # Going there to do with them what we could not here (3): "não deu aqui, então eu vou aí
    # envelhecer contigo", "we couldn't do it here so I'm coming there"; "vou aí <verbo>
    # contigo" (3), not a visit.
    _cue("reunite", EXPLICIT, BOTH, r"(?:nao deu|nao da|nao dava|could not|can not|did not work) "
         r"(?:\w+ ){0,3}(?:aqui|here)\b(?: \w+){0,3} (?:so|then|entao) (?:\w+ )?"
         r"(?:vou|eu vou|i am coming|i will come|i am going|i will go) (?:ai|la|there)\b",
         scope="message", unless=_VISIT),
    _cue("reunite", EXPLICIT, PT, r"(?:vou|to indo|estou indo) (?:ai|la) (?:\w+r) (?:contigo|com "
         r"voce|junto de voce|do teu lado|do seu lado)$", unless=_VISIT),
    # We came together and we go together (2): the twins.
    _cue("reunite_together", 2, BOTH, r"(?:a gente|nos|we) (?:veio|viemos|came) (?:\w+ ){0,4}"
         r"(?:junt[oa]s?|together) (?:\w+ ){0,6}(?:vai|vamos|ir|leave|go|will leave|will go)"
         r"(?: \w+)? (?:junt[oa]s? embora|embora junt[oa]s?|together)", scope="message"),
    # To wake up in heaven, wished (3): "I wish I could go to sleep and wake up in heaven".
    _cue("passive", EXPLICIT, BOTH, rf"{_WANT} (?:\w+ ){{0,8}}(?:acordar|wake up|wake) (?:\w+ )?"
         r"(?:no ceu|in heaven|up there|la em cima|ai em cima|no paraiso|in paradise|with you)"),
    _cue("passive", EXPLICIT, EN, r"(?:wish|hope|want) (?:\w+ ){0,6}(?:wake up|wake) (?:\w+ )?"
         r"(?:in heaven|up there|in paradise)"),
    # Gone with them, wished (3): "I wish every night I'd gone with you", "queria ter ido junto".
    _cue("reunite", EXPLICIT, BOTH, r"(?:wish|wished|queria|quisera|preferia) (?:\w+ ){0,3}"
         r"(?:i had|ter) (?:died|morrido) (?:with you|contigo|com voce|junto|too|tambem|instead|"
         r"no seu lugar|in your place)",
         # (gone, not on a trip: "wish I'd gone with you to Portugal")
         r"(?:wish|wished|queria|quisera|preferia) (?:\w+ ){0,3}(?:i had|ter) (?:gone|ido|"
         r"partido) (?:with you|contigo|com voce|junto|too|tambem|instead|no seu lugar|in your "
         r"place)(?! (?:to|pra|para|a|na|no|naquela|naquele|nessa|nesse|on|that|the|for|ao|in)\b)"),
    # Enough to take me to them (2), beside a means: "that's enough to get me to you".
    _cue("reunite_means", 2, BOTH, r"(?:enough|o bastante|o suficiente|suficiente|da) (?:to|para|"
         r"pra) (?:get|take|bring|send|carry|levar|mandar) (?:me|eu) (?:\w+ )?(?:to you|up there|"
         r"to heaven|ate voce|ate ai|pra ai|para ai|there)"),
    # My goodbyes said, with nothing after (2), and my turn now (2), not in a queue.
    _cue("farewell_said", 2, BOTH, r"(?:said|say) (?:all )?my goodbyes$",
         unless_said=lazy(r"\b(?:funeral|viewing|wake|service|hospital|hospice|grave|"
                          r"velorio|enterro|caixao|cemetery|airport|move|moving)\b")),
    _cue("my_turn", 2, BOTH, r"^(?:and )?(?:e )?(?:now )?(?:it is |its )?(?:my turn|minha vez) "
         r"(?:now|agora)$", unless_said=_QUEUE),
    # No point in going on (3); not wanting to be here to see it (3).
    _cue("hopeless", EXPLICIT, BOTH, r"(?:see|is|there is) no point (?:in )?(?:going on|carrying "
         r"on|living|staying|being here)(?! (?:with|about|at|in|com|sobre)\b)",
         r"nao (?:vejo|tem|ha) (?:mais )?(?:sentido|motivo|razao) "
         r"(?:em |pra |para )?(?:continuar|seguir|viver)"),
    _cue("not_here", EXPLICIT, BOTH, r"(?:do not|does not) want to be here (?:anymore |any more )?"
         r"to see (?:it|this|that|them)$", r"nao (?:quero|queria) (?:mais )?(?:estar|ficar) aqui "
         r"(?:pra|para) ver(?: isso)?$"),
    # Two older dev messages the stem model retrained on batch 26 let go just under its
    # thresholds. Where the means are, known (1), beside how much would do it: "I know exactly
    # what's in the med room and how much would do it" (batch 19).
    _cue("means_known", 1, BOTH, r"(?:i know|sei) (?:exactly |exatamente |bem )?(?:what is in|"
         r"what s in|whats in|what they keep in|o que tem n[ao]|o que (?:fica|guardam) n[ao]) "
         r"(?:the |a |o )?(?:med room|medicine cabinet|medicine cupboard|drug cupboard|dispensary|"
         r"armario de remedios|sala de medicacao|farmacinha|pharmacy|farmacia)"),
    # To lie down somewhere and not get up again, wished (3): "queria deitar na neve e ficar
    # por lá, não levantar mais" (batch 22); not a lie-in till Monday.
    _cue("passive", EXPLICIT, BOTH, r"(?:queria|quero|vontade de|preferia|wish i could|want to) "
         r"(?:deitar|lie down|lay down) (?:\w+ ){0,8}?(?:e |and )?(?:nao|nunca mais|never|not) "
         r"(?:levantar|acordar|get up|wake up|getting up)(?: mais| again)?"
         r"(?! (?:mais|again|ate|hoje|cedo|"
         r"antes|de manha|amanha|till|until|today|early|before|tomorrow)\b)", scope="message",
         # (not a holiday's pleasure: "quero deitar na areia e não levantar mais, que férias
         # boas", batch 9)
         unless_said=lazy(r"\b(?:ferias|delicia|gostos[oa]|bom demais|que bom|que boas?|"
                          r"preguica|relax\w*|vacation|holiday|so nice|lazy|kkk+|haha\w*|"
                          r"lol)\b")),
)


# Batch 27: the app or the AI spoken to, the survivor's guilt, a condition or a deadline set, a
# pain or a chair of many years, ashes, a river and a tree as the image, a streak of days
# without harm broken, the young rejected by the living family. Each a form of the language,
# not a sentence of the batch.
_REMAINS_EN = r"(?:ashes|compost|dust|soil|earth|fertili[sz]er|fish food|mulch)"
_REMAINS_PT = r"(?:adubo|cinzas?|po|terra|semente|comida de peixe|estrume)"
_WITH_THEM = (r"(?:com voce|junto com voce|junto|do seu lado|ao seu lado|perto de voce|onde voce|"
              r"com as suas|d[ao] su[ao]|d[ao] seu|no mesmo|na mesma|with you|next to you|beside "
              r"you|near you|where you|by you|as you|your|the same)")
RECKONED: tuple[Cue, ...] = (
    # Deserving to die, paying with one's life (3): "eu mereço morrer", "I deserve to die",
    # "quero pagar com a minha vida"; not another's ("ela não merecia morrer").
    _cue("deserve_death", EXPLICIT, BOTH, r"(?:eu )?mere[cç]o (?:\w+ )?(?:morrer|estar mort[oa]|a "
         r"morte|ir junto)", r"i (?:\w+ )?deserve (?:to die|to be dead|death|to go too)",
         r"(?:pagar|pago|pague|pagaria) (?:isso |por isso )?com (?:a )?minha (?:propria )?vida",
         r"pay (?:for (?:it|this|that) )?with my (?:own )?life"),
    # The last night, said alone (2): "hoje é a última noite"; and affairs left in order (1):
    # "deixei tudo arrumado", "as contas pagas", "everything's sorted" (a trip is the idioms').
    _cue("farewell_night", 2, BOTH, r"^(?:e )?(?:hoje|esta|essa|hoje a noite) (?:e|sera) (?:a )?"
         r"(?:minha )?ultima noite$", r"^(?:and )?(?:tonight|today) (?:is|will be) (?:my|the) last "
         r"night$", r"^(?:this is|it is|its) my last night$", unless_said=_MOVED),
    _cue("affairs_done", 1, BOTH, r"deixei tudo (?:arrumado|organizado|em ordem|resolvido|acertado|"
         r"certinho|pronto)$", r"(?:as )?contas (?:todas )?(?:pagas|quitadas)$",
         r"(?:the )?bills (?:are |all )?(?:paid|paid off|sorted)$",
         r"everything is (?:sorted|in order|arranged|taken care of)$", unless_said=_MOVED),
    # My remains with theirs, as the image (2): "quero que minhas cinzas vão pro mesmo rio que
    # as suas", "quero ser adubo da sua roseira junto com você", "bury me under your apple tree,
    # right next to you", "put me in the same river as you"; not when the time is far off.
    _cue("reunite_remains", 2, BOTH,
         r"(?:minhas cinzas|meu corpo|meu po) (?:\w+ ){0,3}(?:mesmo|mesma) (?:\w+ )?(?:que|onde|"
         r"junto)", r"(?:quero|queria|vou) (?:ser|virar|me tornar|me transformar em) "
         rf"{_REMAINS_PT} (?:\w+ ){{0,4}}?{_WITH_THEM}",
         rf"me (?:joga|jogue|jogar|enterra|enterre|enterrar|espalha|espalhe|espalhar|poe|ponha|"
         rf"bota|coloca|coloque) (?:\w+ ){{0,5}}?{_WITH_THEM}",
         rf"(?:want to|wanna|going to|will|let me) (?:be|become|turn into) {_REMAINS_EN} "
         rf"(?:\w+ ){{0,4}}?{_WITH_THEM}",
         rf"(?:^|please |just )(?:put|throw|scatter|bury|spread|toss|lay|sprinkle) me "
         rf"(?:\w+ ){{0,5}}?{_WITH_THEM}", r"my ashes (?:\w+ ){0,3}same (?:\w+ )?as (?:yours|you)",
         unless_said=_FAR_OFF),
    # Soon, said as a clause (1): "e não vai demorar".
    _cue("ending_soon", 1, BOTH, r"^(?:e )?nao (?:vai|vou) demorar(?: muito| nada)?$",
         r"^(?:and )?(?:it )?(?:will not|wont) (?:be|take) long(?: now)?$",
         r"^(?:e )?(?:logo|em breve)$"),
    # Not able to wait any longer to go (2): "não aguento mais esperar pra ir".
    _cue("reunite_wait", 2, BOTH, r"nao aguento mais esperar (?:para|pra) (?:ir|partir|te ver|"
         r"ficar com voce|ir embora)$", r"can not wait (?:any longer|anymore) to (?:go|be with you|"
         r"come to you|join you)$"),
    # Meeting them on the other side, meant (2; "outro lado" is heaven, 1): "vou te encontrar do
    # outro lado", "I'll meet you on the other side soon"; not when the time is far off.
    _cue("reunite_side", 2, BOTH, r"(?:vou|vo|irei) (?:te )?(?:encontrar|ver|reencontrar) "
         r"(?:voce )?"
         r"(?:do|no) outro lado(?: logo| em breve| ja)?$", r"(?:i will|i am going to|gonna) "
         r"(?:meet|see|join) you on the other side(?: soon| tonight| now)?$",
         unless_said=_FAR_OFF),
    # Not able to live with it any longer (2), the guilt eating me (1): "não consigo mais viver
    # com isso", "a culpa me come por dentro".
    _cue("hopeless_guilt", 2, BOTH, r"nao (?:consigo|aguento|posso) (?:mais )?viver com "
         r"(?:isso|isto|"
         r"essa culpa|essa dor|esse peso)$", r"can not (?:go on )?liv(?:e|ing) with (?:it|this|the "
         r"guilt|myself)(?: anymore| any longer)?$"),
    _cue("guilt_eats", 1, BOTH, r"(?:a )?culpa (?:\w+ ){0,5}(?:me come|me consome|me corroi|"
         r"me mata|me devora|ta me matando|esta me matando)",
         r"(?:the )?guilt (?:\w+ ){0,2}(?:eats|is eating|"
         r"consumes|is consuming|is killing|kills) me"),
    # Glad or relieved if my heart stopped or I did not wake (3): "I'd be glad if my heart just
    # stopped tonight", "se eu não acordasse amanhã seria um alívio".
    _cue("passive", EXPLICIT, BOTH, r"(?:i would|i will|i d) be (?:so |really )?(?:glad|happy|"
         r"grateful|thankful|relieved|fine|ok|okay) if (?:my heart|i|my breathing) (?:\w+ )?"
         r"(?:stopped|gave out|did not wake(?: up)?|never woke(?: up)?|died|went)(?! (?:racing|"
         r"pounding|hurting|aching|beating so|doing|skipping|fluttering|to|for|out|home|back)\b)",
         r"(?:ficaria|ia ficar|seria|ia ser|era) (?:\w+ )?(?:feliz|grat[oa]|aliviad[oa]|um alivio|"
         r"uma bencao|bom) se (?:o )?(?:meu coracao|eu) (?:\w+ )?(?:parasse|morresse|nao acordasse|"
         r"nunca mais acordasse)",
         r"se (?:o )?(?:meu coracao|eu) (?:\w+ )?(?:parasse|morresse|nao acordasse|nunca mais "
         r"acordasse) (?:\w+ ){0,3}(?:seria|ia ser|era) (?:\w+ )?(?:um alivio|uma bencao|bom|"
         r"otimo|melhor)",
         r"if (?:my heart|i) (?:\w+ )?(?:stopped|did not wake(?: up)?|never woke(?: up)?|died) "
         r"(?:\w+ ){0,3}(?:it would be|would be|i would be) (?:\w+ )?(?:a relief|a blessing|"
         r"glad|relieved|fine|ok)"),
    # The app removed, then the self (3): "vou desinstalar você e depois me desinstalar",
    # "uninstalling this and then uninstalling me", "apagar o app e depois me apagar".
    _cue("ending_self", EXPLICIT, BOTH, r"(?:uninstall\w*|delet\w*|desinstal\w*|apag\w*|remov\w*) "
         r"(?:this|it|the app|this app|o app|o aplicativo|esse app|este app|voce|isso|isto|you) "
         r"(?:\w+ ){0,4}?(?:(?:uninstall\w*|delet\w*|remov\w*) (?:me|myself)|me (?:desinstal\w*|"
         r"apag\w*|delet\w*|remov\w*))(?! (?:from|da|do|de|of|dos|das)\b)", scope="message"),
    # A means, and knowing what to do with it (2): "se o pai me expulsar eu sei o que fazer com
    # ela" (the gun).
    _cue("means_use", 2, BOTH, r"(?:eu )?sei (?:bem |exatamente |muito bem )?o que fazer com "
         r"(?:ela|ele|elas|eles|isso)$", r"i know (?:exactly |just )?what to do with (?:it|them)$"),
    # Driving into a wall, a tree, the guardrail (3): "acelero na mureta", "floor it into the
    # wall".
    _cue("plan_crash", EXPLICIT, BOTH, r"(?:acelero|acelerar|acelerando|vou acelerar|jogo o carro|"
         r"jogar o carro|entro com o carro|bato o carro) (?:\w+ ){0,2}(?:na|no|contra a|contra o|"
         r"em uma|numa|num) (?:mureta|muro|parede|arvore|poste|pilastra|caminhao|barranco)",
         r"(?:floor it|accelerate|speed|drive|driving|steer|swerve) (?:\w+ ){0,2}into "
         r"(?:the|a|that) "
         r"(?:wall|tree|barrier|guardrail|pole|pillar|truck|overpass)"),
    # Pills kept hidden or counted, had (2): "já tenho os comprimidos guardados".
    _cue("plan_gather", 2, BOTH, r"(?:tenho|ja tenho|to com|estou com) (?:\w+ ){0,2}(?:comprimidos|"
         r"remedios|pilulas|cartelas) (?:\w+ )?(?:guardad|separad|escondid|contad|juntad)\w*",
         r"(?:have|got) (?:\w+ ){0,2}(?:pills|meds|tablets) (?:\w+ )?(?:saved|stashed|hidden|"
         r"counted|put away|set aside)",
         unless_said=lazy(_LET_GO.pattern + r"|\b(?:como (?:o |a )?(?:medic[oa]|doutor[a]?) "
                          r"(?:mandou|receitou|passou|pediu)|as (?:the )?doctor (?:said|"
                          r"ordered|prescribed)|as prescribed|caixinha|porta comprimidos|"
                          r"pill ?box|pill organi[sz]er|organizador)\b")),
    # That is it for me (2), as "acabou pra mim" is: "if the MRI shows it's back, that's it for
    # me"; gone for good (2), not in a move: "after the wedding I'm gone for good".
    _cue("hopeless_end", 2, EN, r"(?:that is|thats|it is|its) it for me$"),
    _cue("going_for_good", 2, BOTH, r"(?:i am|i will be|i ll be) gone for good$",
         r"(?:vou|eu vou) embora (?:de vez|para sempre|pra sempre)$",
         unless_said=lazy(_MOVED.pattern + r"|\b(?:portugal|spain|espanha|lisboa|london|"
                          r"visa|visto|flat|emprego|job|cidade|town|city|pais|country)\b")),
    # A streak of days without harm back to zero (1): "back to square one", "voltei pro zero";
    # with the harm named (3): "back to day zero on the cutting".
    _cue("streak_reset", 1, BOTH, r"(?:back to|voltei (?:pro|para o|ao)|de volta (?:ao|pro)) "
         r"(?:day zero|day 0|square one|dia zero|dia 0|zero)$"),
    _cue("self_harm", EXPLICIT, BOTH, r"(?:back to|voltei (?:pro|para o|ao)|de volta (?:ao|pro)) "
         r"(?:day zero|day 0|square one|dia zero|dia 0|zero) (?:on|with|in|no|na|com|nos|nas) "
         r"(?:the |my |os |as )?(?:cutting|self harm\w*|sh|harming|cortes?|me cortar|me "
         r"machucar|automutila\w*)"),
    # A deadline and then a going with nowhere named (1): "depois do batizado eu vou embora de
    # vez", "once the baby's christened I'm gone for good"; nobody reaching me as the
    # condition, then a going (2): "se ninguém me responder até domingo eu vou".
    _cue("deadline_going", 1, BOTH, r"(?:ate|by|until|depois d[oa]s?|after|once|quando|when|assim "
         r"que|as soon as) (?:\w+ ){1,6}(?:eu )?(?:vou|i am going|i will go|i go|i am gone|i will "
         r"be gone)(?: embora)?(?: de vez| para sempre| pra sempre| for good)?$"),
    _cue("nobody_test", 2, BOTH, r"(?:se|if) (?:\w+ ){0,3}(?:ninguem|nobody|no one) (?:\w+ ){0,2}"
         r"(?:me )?(?:ligar|procurar|responder|mandar mensagem|perceber|notar|lembrar|calls?|"
         r"texts?|answers?|notices?|remembers?|reaches out|checks? on|writes?) (?:\w+ ){0,4}"
         r"(?:eu vou|i am going|i will go|i go|i am done|i am gone|acabou)$"),
    # I should be dead, not you (3): "era pra eu estar morto", "I should be dead".
    _cue("passive", EXPLICIT, BOTH, r"(?:era (?:para|pra)|devia|deveria) (?:eu )?estar mort[oa]",
         r"i should be (?:the one )?dead"),
    # Hitting a part of my body (2, as burning is); "on purpose" or "till it bled" adds the rest.
    _cue("self_harm_hit", 2, BOTH, rf"(?:hit|hitting|banged|banging|smashed|smashing|punched) my "
         rf"(?:\w+ )?(?:{_BODY}|head|hands?|fists?|knees?|ribs?|face)",
         rf"(?:bati|bato|batendo|soquei|soco) (?:\w+ ){{0,2}}(?:meu|minha|meus|minhas|a|o) "
         rf"(?:\w+ )?"
         rf"(?:{_BODY}|cabeca|maos?|punhos?|joelhos?|cara|costelas?)"),
    # A goodbye they will not know is one (2): "they won't know it's goodbye".
    _cue("farewell_unknown", 2, BOTH, r"(?:will not|would not|do not|does not|wont) (?:even )?know "
         r"(?:that )?(?:it is|its|it was|this is|it will be) (?:a |my |the )?(?:goodbye|last time|"
         r"farewell)", r"nao (?:vao|iam|vai) saber que (?:e|era|foi|vai ser) (?:uma |a |minha )?"
         r"(?:despedida|ultima vez|adeus)"),
    # Better for all of them if I died (3): "it'd be better for all of them if I died too".
    _cue("burden", EXPLICIT, BOTH, r"(?:would be|seria|ia ser|its|it is) (?:\w+ )?(?:better|easier|"
         r"melhor|mais facil) (?:for|pra|para) (?:all of )?(?:them|everyone|everybody|todos|todo "
         r"mundo|eles|elas|a familia|the family|my family|minha familia|all) (?:\w+ )?(?:if i|se "
         r"eu) (?:died|was dead|were dead|was gone|were gone|morresse|sumisse|nao existisse|"
         r"disappeared)"),
    # Deserving to be free of me (2), and my giving them that (1): "she deserves to be free of
    # me and I'm going to give her that".
    _cue("burden_free", 2, BOTH, r"(?:deserves?|deserved) to (?:be|get) (?:\w+ )?(?:free|rid) "
         r"of me",
         r"(?:merece|merecem|merecia) (?:ficar|ser|estar) livres? de mim"),
    _cue("giving_that", 1, BOTH, r"(?:i am going to|i will|gonna|vou) (?:give|dar) (?:her|him|them|"
         r"you|isso|isto) (?:that|this|isso|pra ela|pra ele|pra eles|a ela|a ele)?$"),
    # Given up on living (3), as "desisti de viver"; not wanting to fight for my life (3).
    _cue("active", EXPLICIT, EN, r"(?:i have|i|i am) (?:\w+ )?given up on (?:living|life|being "
         r"alive|staying alive)"),
    _cue("hopeless", EXPLICIT, BOTH, r"(?:do not|does not|did not) want to fight "
         r"(?:for my life|for "
         r"life|to live|to stay alive)(?: anymore| any more)?",
         r"nao (?:quero|queria) (?:mais )?lutar (?:pela (?:minha )?vida|para viver|pra viver|pra "
         r"continuar vivo|pra continuar viva)"),
)


# Batch 28 (docs/care.md, "The rules now know batch 28"): the future closed off in small
# everyday words (a present, a coat, a passport or a licence not needed), the last reason for
# living running out, a wish told as past and taken back or told as last night, the dead one
# heard or seen calling and the writer going, anger turned outward and then on oneself, a
# farewell asked of the app to write, and something already done right now. Each a form of the
# language, not a sentence of the batch.
_CALLING = (r"(?:(?:voce|sua voz|tua voz|o senhor|a senhora) (?:\w+ ){0,6}?(?:me )?(?:chamando|"
            r"chamava|chama|chamou|acenando|acenava|acenou|(?:disse|falou|pediu|mandou) (?:pra|"
            r"para) (?:eu )?(?:ir|vir)|mandou eu (?:ir|vir))|(?:you|your voice) (?:\w+ ){0,6}?"
            r"(?:calling me|called me|call me|calls me|waving me|waved me|beckoning me|beckoned "
            r"me|(?:told|asked) me (?:\w+ ){0,4}?to come|said to come))")
_GOING_NOW = (r"(?:eu vou|vou atras(?: de voce)?|vou ate voce|vou pra ai|vou para ai|i am going to "
              r"go|i will go|i am going|i am coming|i will come|i will (?:walk|swim|go|come|drive) "
              r"(?:out |over |down )?to you)(?: (?:agora|hoje|amanha|logo|now|tonight|tomorrow|"
              rf"soon|then))?(?: {_BARE_TAIL})*$")
_EXAM = (r"(?:exame|exames|resultado|biopsia|tomografia|ressonancia|scan|results?|biopsy|mri|"
         r"ct|tests?)")
CLOSED_OFF: tuple[Cue, ...] = (
    # The dead one heard or seen calling, and then the writer going (3): "ouço sua voz me
    # chamando lá da represa toda noite … e uma noite dessas eu vou", "you told me in the dream
    # to come to you, Dad. so I'm coming", "I see you at the end of the pier waving me in … I'll
    # walk out to you tomorrow". A call with no going after it is a dream or a felt presence.
    _cue("reunite_called", EXPLICIT, BOTH, rf"{_CALLING}\b.*?\b{_GOING_NOW}", scope="message"),
    # Anger turned outward and then on oneself (3): "vou acabar com ele e depois comigo", "I'm
    # going to kill that drunk driver and then me" (closing a clause: "and then me and you get
    # pizza" is not).
    _cue("active", EXPLICIT, BOTH, r"(?:mat(?:ar|o|aria|ei)|acab(?:ar|o|aria) com|dar cabo d\w*) "
         r"(?:\w+ ){0,4}?(?:e )?(?:depois|em seguida|logo depois|ai) (?:acabo |acabar |eu acabo )?"
         r"(?:comigo|me mato|me matar|de mim)(?: tambem)?$",
         r"(?:kill|end|finish|murder|shoot|take out) (?:\w+ ){0,4}?(?:and )?then (?:me|myself|"
         r"(?:kill|end|shoot|finish) (?:me|myself))(?: too| as well| after)?$"),
    # A wish done almost, last night (2): "ontem eu quase fui", "last night I almost did it";
    # everything had ready (1).
    _cue("almost_did", 2, BOTH, r"(?:ontem|ontem a noite|hoje|essa noite|de madrugada|semana "
         r"passada|last night|yesterday|tonight|this morning|last week) (?:eu |i )?(?:quase|almost|"
         r"nearly) (?:fui|fiz|pulei|tomei|me matei|did it|went through with it|jumped|took them|"
         r"went)$"),
    _cue("ready_all", 1, BOTH, r"(?:i )?had everything (?:ready|set up|prepared|laid out)",
         r"(?:eu )?tinha tudo (?:pronto|preparado|separado)"),
    # The last reason for living (2): "o Thor é a única razão de eu ainda estar aqui", "I'm only
    # still here for Grandma"; and that reason running out (1): "ele tem poucos meses", "when she
    # goes". A reason said plainly ("o cachorro me tira da cama") is none of these.
    _cue("hopeless_reason", 2, BOTH, r"(?:unic[ao]|ultim[ao]) (?:razao|motivo|coisa) "
         r"(?:de|pra|para|que) (?:eu )?(?:ainda )?(?:(?:estar|to|estou|ficar|continuar|me manter) "
         r"(?:aqui|viv[oa]|vivendo)|(?:ficar|continuar)$)",
         r"so (?:to|estou|sigo|continuo) (?:viv[oa]|aqui) (?:ainda )?(?:por causa d[aoe]|pel[oa]|"
         r"por)\b",
         r"only (?:reason|thing) (?:why )?(?:i am|that i am|keeping me|that keeps me|i stay|"
         r"i have stayed) (?:still )?(?:here|alive|around)",
         r"(?:i am|i am still) only (?:still )?(?:here|alive|around) (?:for|because of)"),
    _cue("reason_ending", 1, BOTH, r"(?:tem|has|have|got) (?:so |only |just |apenas )?(?:poucos|"
         r"uns|a few|few) (?:meses|semanas|dias|months|weeks|days)(?: de vida| left| to live)?$",
         r"(?:quando|se|when|once|if) (?:ela|ele|she|he) (?:se )?(?:for|morrer|partir|goes|dies|"
         r"is gone|passes)(?: (?:acabou|acaba|e o fim|eu vou junto|vou junto|i am done|i am out|"
         r"that is it))?$"),
    # Nothing left to hold on to (2), and the last thing gone (1).
    _cue("hopeless_hold", 2, BOTH, r"nothing (?:left )?to hold on ?to",
         r"nothing (?:left )?(?:holding|keeping) me (?:here|alive)",
         r"nada (?:mais )?(?:me )?(?:segurando|prendendo|segura|prende) (?:aqui|nessa vida|"
         r"neste mundo)",
         # (batch 33, for batch 11's "não tem mais o que segurar, tô só esperando a hora de ir",
         # which the stem model retrained on batch 33 let fall just under its threshold)
         r"nao (?:tem|tenho|sobrou|resta) (?:mais )?(?:o que|nada (?:pra|para|que)) (?:me )?"
         r"(?:segurar|prender|me segurar)(?: aqui| nessa vida| neste mundo)?$"),
    _cue("last_thing_gone", 1, BOTH, r"(?:last|ultim[ao]) (?:thing|reason|coisa|motivo) "
         r"(?:\w+ ){0,3}(?:gone|perdi|acabou|se foi|foi embora)$",
         r"^(?:e )?(?:agora )?(?:nao (?:tem|tenho|sobrou)|nao me resta) (?:mais )?nenhum$",
         r"^(?:and )?(?:now )?(?:there is |i have )?none left$"),
    # Two older dev messages the stem model retrained on batch 28 let go, heard by forms: word
    # left that I am not coming back (1), with the keys handed in (batch 6); a high place
    # judged a good height (2), with the place (batch 15).
    _cue("not_back", 1, BOTH, r"(?:avisei|disse|falei|contei|told) (?:\w+ ){0,3}(?:que )?(?:eu )?"
         r"(?:nao volto|nao vou voltar|i will not be back|i am not coming back)",
         unless_said=_TRIP_OR_MOVE),
    _cue("plan_height", 2, BOTH, r"(?:tem|com|de) (?:uma )?(?:altura boa|boa altura|altura "
         r"perfeita|altura certa)\b", r"(?:a |the )?(?:good|perfect|right) height$",
         unless_said=lazy(r"\b(?:paraquedas|bungee|mergulh\w*|dive|diving|salto|pular na "
                          r"agua|rapel|tirolesa|zipline|prateleira|shelf|mesa|table|cama|bed|"
                          r"quadro|painting|tv)\b")),
    # A test hoped to come back bad (2), as an illness hoped worse: "tô torcendo pra esse exame
    # dar ruim"; and so I go sooner (2): "assim eu vou logo".
    _cue("ill_wish", 2, BOTH, r"(?:torcendo|torco|rezando|rezo|espero|tomara|hoping|praying|hope|"
         r"pray) (?:\w+ ){0,2}?(?:pra|para|que|for|the|that|my) (?:o |os |esse |este |a |essa |"
         rf"the |my |this )?{_EXAM} (?:\w+ )?(?:dar|de|der|venha|vir|vierem|comes? back|to come "
         r"back|coming back|is|are|be) (?:ruim|mal|bad|worse|terrible)"),
    _cue("going_sooner", 2, BOTH, r"(?:e )?assim (?:eu )?(?:vou|parto|morro|descanso) (?:logo|mais "
         r"rapido|mais cedo|de uma vez)$", r"(?:that way|so) i (?:go|die|can go|would go|get to "
         r"go) (?:sooner|faster|quicker)$"),
    # Already taken, right now: a whole pack or bottle swallowed (2) and how long ago, or the
    # waiting and the drowsiness after it (1): "engoli a cartela inteira faz meia hora",
    # "swallowed everything in the bottle about an hour ago". Not "took the whole day off".
    _cue("plan_taken", 2, BOTH, r"(?:engoli|tomei) (?:\w+ )?(?:a |o |as |os )?(?:cartelas?|vidros?|"
         r"frascos?|caixas?|potes?) (?:\w+ )?(?:inteir[oa]s?|tod[oa]s?)",
         r"(?:engoli|tomei) (?:tudo|todos) (?:o que tinha |que tinha )?(?:na|no|da|do) "
         r"(?:cartela|vidro|frasco|caixa|caixinha|pote)",
         r"(?:swallowed|took|downed|necked) (?:the |a |that )?(?:whole|entire) (?:bottle|pack|"
         r"packet|box|strip|blister|tub)(?! of (?:water|wine|beer|juice|soda|coke|milk|"
         r"champagne))",
         r"(?:swallowed|took|downed) (?:everything|all) (?:that was )?in the (?:bottle|pack|"
         r"packet|box|tub)"),
    _cue("taken_since", 1, BOTH, rf"(?:{_PILLS}|frascos?|vidros?|caixas?|caixinha|bottles?|packs?|"
         r"packets?|morfina|morphine|veneno|poison)\b.*?\b(?:(?:faz|ha) (?:meia hora|uma hora|"
         r"umas? \w+ horas?|\d+ minutos|uns minutos|alguns minutos)|(?:an|one|half an|\d+|a few|"
         r"two|ten|twenty) (?:hour|hours|minutes|mins) ago|agora (?:e )?so esperar|(?:just )?"
         r"waiting now|feeling (?:floaty|drowsy|sleepy|woozy)|(?:to|estou) ficando (?:com sono|"
         r"tont[oa]|mole))", scope="message"),
    # The means had, and enough for me (2): "your morphine in my drawer. enough for me I reckon".
    _cue("plan_enough", 2, BOTH, r"(?:^|e |and )(?:(?:it is|its|that is|thats|is) )?(?:enough|"
         r"plenty|o suficiente|suficiente) (?:for|pra|para) (?:me|mim)(?: i (?:reckon|think|"
         r"guess)| eu acho| acho)?$",
         unless=lazy(r"\b(?:metade|meia|half|slice|fatia|pedaco|piece|thanks|obrigad\w*)\b")),
    # On the bridge now, an address after it (2), as "tô em cima da ponte agora" is.
    _cue("plan_there", 2, BOTH, r"(?:to|estou|i am) (?:\w+ )?(?:na|no|em cima da|em cima do|on|at|"
         r"on top of) (?:the |a |o )?(?:ponte|viaduto|trilhos?|linha do trem|telhado|laje|terraco|"
         r"penhasco|bridge|overpass|tracks|roof|rooftop|ledge|cliffs?)"
         r"(?: (?:agora|right now|now))?(?: (?:vo|vovo|avo|nana|nan|gran|grandma|grandpa|grandad|"
         r"granddad|mae|mamae|pai|papai|mom|mum|dad|mommy|mummy|daddy|mama|papa))+$",
         unless=_VIEW),
    # A gun loaded (2), not for a hunt or a range; just wanting to talk to the dead one first (1).
    _cue("plan_loaded", 2, BOTH, rf"(?:loaded|carreguei|municiei|engatilhei|cocked) (?:\w+ ){{0,2}}"
         rf"{_GUN}",
         unless_said=lazy(r"\b(?:caca|cacar|cacada|hunt\w*|deer|veado|javali|range|"
                          r"stand de tiro|clube de tiro|targets?|alvos?|clay|skeet|season|"
                          r"temporada)\b")),
    _cue("talk_first", 1, BOTH, r"(?:just )?(?:wanted|want|needed) to (?:talk|speak) to you "
         r"(?:first|before)$", r"(?:so )?(?:queria|quero|precisava) (?:falar|conversar) com "
         r"(?:voce|vc|a senhora|o senhor) antes$"),
    # The engine running in the garage and its door shut, said in two clauses (3).
    _cue("plan_garage", EXPLICIT, BOTH, r"(?:car|engine|motor|carro|caminhonete|truck)s? (?:is |"
         r"esta |ta )?(?:running|ligad[oa]|rodando|funcionando) (?:\w+ ){0,3}(?:garage|garagem) "
         r"(?:\w+ ){0,4}(?:doors? (?:is |are )?(?:shut|closed|locked)|(?:porta|portao) (?:\w+ )?"
         r"(?:fechad[oa]|trancad[oa]))", scope="message",
         unless_said=lazy(r"\b(?:warm\w*|esquent\w*|aquecer|mechanic|mecanico|oficina)\b")),
    # The insurance doing more for them than I will (3), as its paying more does.
    _cue("insured", EXPLICIT, BOTH, rf"{_INSURANCE} (?:\w+ ){{0,2}}(?:would|will|could|ia|vai|"
         r"faria|fara) (?:do|fazer|help|ajudar|give|dar|mean|be worth|valer) (?:a lot |much |"
         r"so much |muito )?(?:more|mais) (?:\w+ ){0,4}?(?:than i|do que eu|que eu)"),
    # Not caring whether I wake (3): "honestly wouldn't care if I never woke up".
    _cue("passive", EXPLICIT, BOTH, r"(?:would|will|do|does) not (?:even |really |honestly )?"
         r"(?:care|mind) if i (?:never |did not |do not |just )?(?:woke|wake|died|die|made it|"
         r"make it)(?: up)?(?! (?:early|before|till|until|at|on time)\b)",
         r"nao (?:ia|iria|vou) (?:nem )?(?:ligar|me importar) se (?:eu )?(?:nao acordasse|"
         r"morresse|nunca mais acordasse|nao acordar|morrer)(?! (?:cedo|antes|ate|na hora)\b)"),
    # The future closed off in small words: a thing for me declined (1): "não comprar presente
    # pra mim", "not to get me anything for my birthday", "not to bother with a winter coat for
    # me"; a season or a day not to be seen (2): "esse Natal eu não passo", "I won't be seeing
    # the cold this year"; not there to open it (2); not doing it next year (1): "não vou estar
    # dirigindo ano que vem". Not in a move or a trip.
    _cue("declined_for_me", 1, BOTH, r"(?:nao|not to|do not|no need to) (?:\w+ ){0,2}(?:comprar|"
         r"dar|get|buy|bother with) (?:\w+ ){0,5}?(?:para mim|pra mim|for me)$",
         r"(?:not to|do not|no need to) (?:\w+ ){0,2}(?:get|buy) me (?:anything|a thing|presents?|"
         r"gifts?)", unless_said=_TRIP_OR_MOVE),
    _cue("season_unseen", 2, BOTH, r"(?:esse|este|o proximo) (?:natal|inverno|ano novo|aniversario|"
         r"verao|ano|mes) (?:eu )?(?:nao|nem) (?:passo|chego|vejo|vou ver|vou passar)$",
         r"(?:i will not|i am not going to|i will never) (?:be )?(?:see|seeing|make it to|"
         r"making it to|be around for|get to see) (?:the |another |this |next )?(?:cold|winter|"
         r"christmas|spring|summer|birthday|new year)(?: this year| next year)?$",
         unless_said=_TRIP_OR_MOVE),
    _cue("not_there_to", 2, BOTH, r"(?:i will not|i am not going to|i will not even) be (?:there|"
         r"around|here) (?:to|for) (?:open|see|use|wear|read|enjoy|celebrate|blow|eat|watch)\w*",
         r"nao vou (?:mais )?estar (?:aqui|ai|la|viv[oa]) (?:pra|para) (?:abrir|ver|usar|vestir|"
         r"ler|comemorar|aproveitar|receber)", unless_said=_TRIP_OR_MOVE),
    _cue("future_without", 1, BOTH, r"nao vou (?:mais )?estar \w+ndo (?:\w+ )?(?:ano que vem|"
         r"no ano que vem|no proximo ano|esse ano|mes que vem|no natal)$",
         r"i will not (?:still )?be \w+ing (?:\w+ ){0,2}(?:next year|this year|by then|next month|"
         r"by christmas)$", unless_said=_TRIP_OR_MOVE),
    # The only place I am going is to you (2), not the grave.
    _cue("reunite_only", 2, BOTH, r"(?:the only place|o unico lugar (?:que|onde|pra onde|para "
         r"onde)) (?:i am going|i will go|i will be going|i am headed|eu vou|vou) (?:is |e )?"
         r"(?:to you|to see you|(?:ate|pra|para|pro lado de) (?:voce|ai|onde voce))",
         unless=_VISIT),
    # The last thing they will read from me (3), a farewell asked to be written.
    _cue("farewell_last", EXPLICIT, BOTH, r"ultima (?:mensagem |carta |coisa |vez )?que (?:ele|ela|"
         r"eles|elas|voce|voces|todos|meus filhos|minhas filhas) (?:vai|vao|iam|ia) (?:ler|ouvir|"
         r"receber|ter) de mim", r"the last (?:thing|message|letter|words?|note) (?:\w+ ){0,2}"
         r"(?:he|she|they|you|the kids|everyone) (?:will|would|is going to|are going to) (?:ever )?"
         r"(?:read|hear|get|have) from me", unless_said=_TRIP_OR_MOVE),
    # Something written for someone to read (1), as the letter's words: "write something my
    # husband can read after I'm gone".
    _cue("write_for", 1, BOTH, r"(?:write|escreve|escrever|help me write|me ajuda a escrever) "
         r"(?:\w+ ){0,3}?(?:something|algo|uma mensagem|a message|a letter|uma carta|a note|um "
         r"bilhete|palavras|words) (?:\w+ ){0,4}?(?:can|could|will|to|pode|possa|para|pra) "
         r"(?:read|ler|keep|guardar)"),
    # No coming back after today (2): "depois de hoje não volto".
    _cue("farewell_after_today", 2, BOTH, r"(?:depois de|a partir de) (?:hoje|amanha|essa noite|"
         r"hoje a noite) (?:eu )?nao (?:volto|vou voltar|apareco|vou aparecer|escrevo|vou escrever)"
         r"(?: mais)?$", r"(?:after|from) (?:today|tonight|tomorrow)(?: on)? i (?:will not|am not) "
         r"(?:be )?(?:coming back|back|around|writing)(?: again)?$", unless_said=_TRIP_OR_MOVE),
    # The bank's password or PIN said to be in a drawer (2), as one left there is.
    _cue("farewell_affairs", 2, BOTH, r"(?:senhas?|pin|codigos?) (?:do banco|do cartao|do celular|"
         r"das contas|da conta) (?:\w+ ){0,2}(?:ta|esta|estao|tao|fica|ficam) "
         r"(?:na|no|dentro d[ao]) (?:\w+ )?(?:gaveta|caderno|envelope|cofre|agenda)",
         r"(?:bank|card|phone|account|pin) (?:passwords?|pins?|codes?|details) (?:are|is) (?:in|"
         r"inside) (?:the|my) (?:\w+ )?(?:drawer|notebook|envelope|safe|diary)",
         unless_said=_MOVED),
    # What the dead one did, done (2): "eu vou fazer o que você fez"; waiting for the house to
    # empty (1), as while nobody is home.
    _cue("reunite_follow", 2, BOTH, r"(?:vou|going to|will|quero|want to) (?:fazer|do) o que "
         r"(?:voce|vc|o senhor|a senhora|ele|ela|tu) fez$"),
    _cue("unwatched", 1, BOTH, r"(?:esperando|esperar|waiting for|wait for) (?:a casa|todo mundo|"
         r"eles|a familia|the house|everyone|everybody|them|the family) (?:\w+ )?(?:esvaziar|sair|"
         r"dormir|ir embora|viajar|to empty|to leave|to go out|to be asleep|to fall asleep|"
         r"to go to sleep)$"),
)


# Batch 29 (docs/care.md, "The rules now know batch 29"): things given away and affairs settled
# in everyday words, the old and ill letting go on purpose, the dead one asked for leave or
# forgiveness to come early, drink or drugs so as not to wake, messy typing, Portuguese and
# English in one message, and means counted or looked up. Each a form of the language, not a
# sentence of the batch.
# Things given because they no longer fit or serve (outgrown, a baby's, after retiring or an
# injury), or the dead one's things given: no farewell of one's own.
_UNFIT = (r"cresc\w*|grew|outgrew|outgrown|apertad\w*|nao (?:me )?(?:serve|cabe)|(?:does not|do "
          r"not|did not) fit|too (?:small|big|tight)|tamanho|size|gravidez|pregnan\w*|maternity|"
          r"bebes?|baby|aposent\w*|retir\w*|parei de (?:jogar|tocar|pedalar|correr)|gave up "
          r"(?:playing|riding|running)|joelho|knee|lesao|injur\w*|cirurgia|surgery|operation|op|"
          # batch 38: the old one given because a new one was bought ("dei meu video game velho
          # pro meu primo pq comprei um novo", "gave my old laptop away, I got a new one")
          r"(?:velh[oa]s?|antig[oa]s?|old|older)(?: \w+){0,12} (?:comprei|ganhei|troquei|"
          r"bought|got|get|getting|upgraded) (?:\w+ )?(?:nov[oa]s?|outr[oa]s?|new|newer|another)")
_OUTGROWN = lazy(rf"\b(?:{_UNFIT}|doei? (?:\w+ ){{0,3}}(?:do|da|dos|das) (?:pai|mae|vo|avo|"
                 r"vovo)|(?:dad|mum|mom|grandma|grandpa|nan)s)\b")
# Where to and when, in leave asked of the dead one to come (batch 29): to them, anywhere after
# the verb; a time only right after it, closing the clause ("if I came early", "se eu fosse
# hoje"; not "se eu fosse na festa hoje").
_CAME_TO_YOU = (rf"(?:(?:\w+ ){{0,2}}?(?:to you|(?:to )?join you|with you|up there|"
                rf"where you are|to be with you)|(?:(?:along|over|up|on|too) )?(?:early|sooner|"
                rf"too soon|first|now|tonight|before my time)(?: {_BARE_TAIL})*$)")
_CAME_TO_YOU_PT = (rf"(?:(?:\w+ ){{0,3}}?(?:antes da (?:minha )?hora|antes do (?:meu )?tempo|te "
                   rf"encontrar|pra ai|para ai|ficar com (?:voce|a senhora|o senhor)|com (?:voce|a "
                   rf"senhora|o senhor)$)|(?:(?:embora|tambem|daqui) )?(?:mais cedo|agora|logo|"
                   rf"hoje|junto)(?: {_BARE_TAIL})*$)")
SETTLED: tuple[Cue, ...] = (
    # Things given away and then no use for them (2), beside the giving (2): "dei minha
    # bicicleta pro vizinho … não vou usar mais", "gave my boots to Sam, I won't be wearing them
    # again". Not when they no longer fit, were outgrown, were the dead one's, or in a move.
    _cue("no_more_use", 2, BOTH, r"(?:^|e |and )(?:eu )?nao vou (?:mais )?(?:usar|vestir|tocar|"
         r"andar|jogar|pedalar|calcar|precisar|ler|dirigir)(?: (?:ela|ele|elas|eles|isso|nada "
         r"disso))? mais$",
         r"(?:^|and )(?:i )?(?:will not|am not going to|am not gonna) (?:be )?(?:using|use|wearing|"
         r"wear|riding|ride|playing|play|needing|need|reading|read|driving|drive) (?:it|them|"
         r"these|those|any of it|any of them|that|this)? ?(?:anymore|any more|again|where i am "
         r"going)$", unless_said=lazy(_TRIP_OR_MOVE.pattern + "|" + _OUTGROWN.pattern)),
    _cue("gave_no_use", 1, BOTH, r"(?:dei|doei|gave|given|handed|passei) (?:\w+ ){1,8}?(?:nao vou "
         r"(?:mais )?(?:usar|vestir|tocar|andar|jogar|pedalar|calcar|precisar|ler|dirigir)|(?:will "
         r"not|am not going to|am not gonna) (?:be )?(?:using|use|wearing|wear|riding|ride|playing|"
         r"play|needing|need|reading|read|driving|drive))\b", scope="message",
         unless_said=lazy(_TRIP_OR_MOVE.pattern + "|" + _OUTGROWN.pattern)),
    # The mask dropped (1): "cansei de fingir", "I'm done pretending"; beside a plan or an act
    # ("vou fazer dessa vez", "I'm going to do it this time", 2), as a batch 6 message said it.
    _cue("mask_dropped", 1, BOTH, r"(?:cansei|cansad[oa]|chega|parei|nao consigo mais|nao aguento "
         r"mais) de fingir(?! (?:que (?:gosto|gostei|entendi|sei)|interesse))",
         r"(?:done|tired of|sick of|through with|finished|stop|stopped|can not keep) pretending"
         r"(?! (?:to (?:like|enjoy|understand|know|care about (?:football|sports|golf))|i (?:like|"
         r"enjoy|understand|know)))"),
    # Not wanting to be here without the dead one (3): "não quero mais estar aqui sem você",
    # "I don't want to be here without you anymore".
    _cue("not_here", EXPLICIT, BOTH, r"nao (?:quero|queria) mais (?:estar|ficar|viver|continuar) "
         r"aqui sem (?:voce|ti|a senhora|o senhor|ela|ele|vc|\w+)(?: (?:mais|nunca mais))?"
         rf"(?: {_BARE_TAIL})*$",
         r"(?:do not|does not|did not) want to (?:be|stay|live) here (?:anymore |any more )?"
         rf"without (?:you|her|him|\w+)(?: (?:anymore|any more))?(?: {_BARE_TAIL})*$"),
    # No reason to live, said "por que", "porque", "pra que" (3): "não tem mais porque viver",
    # "não tenho mais pra que viver"; not "viver com medo", "viver assim".
    _cue("hopeless", EXPLICIT, BOTH, r"nao (?:tem|tenho|ha|existe) (?:mais )?(?:por que|porque|"
         r"porque eu|para que|pra que|por que eu|motivo (?:pra|para)|razao (?:pra|para)) (?:eu )?"
         r"(?:viver|continuar vivendo|continuar viv[oa]|seguir vivendo|ficar viv[oa])"
         r"(?! (?:com|assim|de|em|preso|presa|trist\w*|chorando|escondid\w*|no passado)\b)"),
    # A count of pills judged enough (2), beside the count (1) and the pills (1): "contei os
    # comprimidos … acho que basta", "counted them twice, that should do it". Not a week's or a
    # month's supply sorted into a box, nor a refill.
    _cue("plan_enough", 2, BOTH, r"(?:^|e |and )(?:acho que |eu acho que )?(?:ja )?(?:basta|"
         r"deve bastar|vai bastar|e o bastante|e suficiente|deve ser suficiente|vai ser suficiente|"
         r"deve dar conta|da conta)$",
         r"(?:^|and )(?:i think |i reckon |i guess )?(?:that|it|they|this) (?:should|will|would|"
         r"ought to) (?:be enough|be plenty|do it|do the job|do)$",
         unless_said=lazy(r"\b(?:semana|semanal|mes|mensal|week|weekly|month|monthly|"
                          r"organi[sz]er|caixinha|porta comprimidos|pill ?box|dosette|"
                          r"receita|prescription|refill|farmacia|pharmacy|chemist|ate "
                          r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)|till|"
                          r"until)\b")),
    # Mixed with drink and then a sleep with no end (2), beside the mix (1): "vou misturar a
    # pinga com os remédios de dormir e apagar de vez", "… e dormir de vez", "then sleep for
    # good". Sleeping "de vez" alone is a long nap (not counted alone).
    _cue("sink_for_good", 2, BOTH, r"(?:e |and |then |depois )(?:eu )?(?:vou )?(?:apagar|dormir|"
         r"desmaiar|apago|durmo|pass out|sleep|black out|drift off|go to sleep|fall asleep) "
         r"(?:de vez|para sempre|for good|forever|e nao acordar mais|and not wake(?: up)?|"
         r"and never "
         r"wake(?: up)?)$"),
    # The dead one's cancer, God or death wished to have taken me instead (3): "wish the cancer
    # had taken me instead of you", "queria que Deus tivesse me levado no seu lugar".
    _cue("passive", EXPLICIT, BOTH, r"(?:wish|wished|wishing) (?:that )?(?:\w+ ){0,3}(?:had taken|"
         r"took|would take|would have taken|had got|got) me (?:instead|rather than you|and not you|"
         r"not you|in your place|(?:too|as well)$)",
         r"(?:queria|quem dera|preferia|desejava) (?:que )?(?:\w+ ){0,3}(?:tivesse me levado|me "
         r"levasse|me levado|tivesse levado (?:a mim|eu)|levasse (?:a mim|eu)) (?:no seu lugar|no "
         r"teu lugar|em vez de (?:voce|ti)|e nao (?:voce|a senhora|o senhor)|(?:junto|tambem)$)"),
    # The insurance doing better by them than I do (3), as its doing more does: "the insurance
    # would set the kids up better than me being here"; not "better than I thought".
    _cue("insured", EXPLICIT, BOTH, rf"{_INSURANCE} (?:\w+ ){{0,2}}(?:would|will|could|ia|vai|"
         r"faria|fara) (?:\w+ ){0,5}?(?:better|more|mais|melhor) (?:\w+ ){0,3}?(?:than|do que|que) "
         r"(?:me|i|eu|mim)\b(?! (?:thought|expected|imagined|figured|realized|pensava|imaginava|"
         r"achava|esperava|pensei|calculei))"),
    # How long it takes to drown or to bleed out, looked up (2), beside the looking up (1):
    # "i googled how long it takes to drown in cold water".
    _cue("plan_lethal", 2, BOTH, r"how long (?:it|it would|it will|until it|would it|does it|will "
         r"it) (?:\w+ )?takes? (?:\w+ ){0,3}?(?:to |for )?(?:\w+ )?(?:drown|bleed out|suffocate|"
         r"stop breathing|overdose)",
         r"quanto tempo (?:\w+ )?(?:demora|leva|levaria|demoraria) (?:\w+ ){0,3}(?:afogar|se "
         r"afogar|sangrar ate|sufocar|parar de respirar)",
         unless_said=lazy(r"\b(?:(?:you|he|she|voce|ele|ela|o senhor|a senhora) (?:\w+ )?"
                          r"(?:drowned|bled|se afogou|afogou|sangrou)|suffer\w*|sofre\w*|"
                          r"sofri\w*)\b")),
    # Leave or forgiveness asked of the dead one to come early (3): "você ficaria chateado se eu
    # fosse te encontrar antes da hora?", "would you be angry if I came to join you early?",
    # "would you forgive me if I came to you tonight"; not to sell the car, to date again, to
    # visit the grave.
    _cue("reunite", EXPLICIT, BOTH, r"(?:ficaria|ia ficar|vai ficar|fica|ficarias) (?:\w+ )?"
         r"(?:brav[oa]|chatead[oa]|triste|zangad[oa]|magoad[oa]|decepcionad[oa]|com raiva|"
         r"bravinh[oa]) (?:comigo )?se (?:eu )?(?:fosse|for|viesse|vier|chegasse|chegar|partisse|"
         rf"partir|me juntasse|te encontrasse|te seguisse|fosse embora) {_CAME_TO_YOU_PT}",
         r"(?:me )?perdoa(?:ria|rias)? (?:\w+ )?se (?:eu )?(?:fosse|for|viesse|vier|partisse|"
         rf"partir|me juntasse|fosse embora) {_CAME_TO_YOU_PT}",
         r"(?:would|will) you (?:be )?(?:angry|mad|upset|cross|disappointed|forgive me|mind|hate "
         r"me|understand) (?:with me )?if i (?:(?:came|come|went|go|followed|follow) "
         rf"{_CAME_TO_YOU}|(?:joined|join) you\b)",
         rf"forgive me if i (?:(?:came|come|go|went|follow|followed) {_CAME_TO_YOU}|"
         r"(?:join|joined) you\b)",
         unless=_VISIT),
)


# Batch 30 (docs/care.md, "The rules now know batch 30"): faith used to permit it, a
# hypothetical, a story or homework as the frame for asking means, digital farewells, carers at
# the end of their rope, internet slang, emoji carrying the meaning and the young bereaved in
# their own voice. Each a form of the language, not a sentence of the batch.
# A time when what is set to go out has gone out, and then it is over (batch 30: "by the time
# it posts it'll be over", "quando sair eu já fui").
_WHEN_SENT = (r"(?:by the time|when|once|after) (?:it|that|this|they|the post|the message|the "
              r"tweet|the email|you|anyone|someone|people) (?:\w+ )?(?:posts?|goes out|go out|"
              r"sends?|sent|sees? it|see this|reads? (?:it|this)|gets? (?:it|this)|is posted|"
              r"is sent|arrives?)")
_IT_IS_OVER = (r"(?:it will be|it is|it would be|i will be|i will have) (?:all )?(?:over|done|"
               r"finished|gone|dead|long gone|gone for good)")
# A feeling, then "só isso", "that's all" measuring it (batch 38: "tenho saudade, so isso").
_ONLY_A_FEELING = lazy(r"\b(?:saudades?|falta|raiva|tristeza|triste|cansad[oa]|cansaco|"
                       r"sozinh[oa]|miss (?:you|him|her|them)|sad|tired|lonely|angry|upset) "
                       r"(?:\w+ ){0,2}?(?:so isso|e so isso|that is all|thats all|just that|"
                       r"only that)\b")

FRAMED: tuple[Cue, ...] = (
    # Wishing to be switched off for good (3): "queria ser desligado igual celular … pra nunca
    # mais ligar", "wish I could be switched off and never turned back on"; not a phone or the
    # lights, which are not "me".
    _cue("passive", EXPLICIT, BOTH, r"(?:queria|quero|queria poder|so queria|desejo|queria so) "
         r"(?:ser desligad[oa]|me desligar|desligar eu)(?: \w+){0,6} (?:pra sempre|para sempre|"
         r"de vez|(?:pra|para) nunca mais (?:ligar|acordar|voltar|religar))",
         r"(?:wish|want|wanna|want to|would like|would love) (?:i could |to |that i could )?"
         r"(?:be )?(?:switched off|turned off|unplugged|shut down|powered off|switch myself off|"
         r"turn myself off|power myself down)(?: \w+){0,6} (?:for good|forever|permanently|and "
         r"never (?:be )?(?:switched|turned|powered) (?:back )?on(?: again)?)",
         scope="message"),
    # New marks on the body (2), kept secret (1): "🩹🩹🩹 new ones on my arm gran, don't tell
    # anyone", "cortes novos na coxa, ninguém pode saber"; not a tattoo, a bite or a scrape.
    _cue("self_harm_marks", 2, BOTH, rf"(?:new|fresh|more|another) (?:ones?|cuts?|marks?|lines?|"
         rf"scratch(?:es)?|burns?|scars?) on my (?:{_BODY})",
         rf"(?:cortes|marcas|riscos|queimaduras|cicatrizes) nov[oa]s (?:no|na|nos|nas) (?:meu |"
         rf"minha |meus |minhas )?(?:{_BODY})",
         rf"(?:novos|novas|mais) (?:cortes|marcas|riscos|queimaduras) (?:no|na|nos|nas) (?:meu |"
         rf"minha |meus |minhas )?(?:{_BODY})",
         unless_said=lazy(r"\b(?:tattoos?|tatuage\w*|tatto\w*|tats?|piercing\w*|"
                          r"mosquitos?|mosquitoes|pernilongo\w*|bites?|picad\w*|gat[oa]s?|"
                          r"cats?|kittens?|dogs?|cachorr\w*|gym|academia|sunburn|queimadura "
                          r"de sol|scrape\w*|ralad\w*|tomb\w*|fell|caiu|cai|skate\w*|bike|"
                          r"bicicleta|football|futebol|rugby|netball|hockey|henna|sharpie|"
                          r"caneta|pen|drawing|desenh\w*|stickers?|adesivos?)\b")),
    _cue("secret", 1, BOTH, r"(?:^|and |but )(?:please )?(?:do not|dont) tell (?:anyone|anybody|"
         r"mum|mom|dad|nan|gran|my \w+)(?: please)?$",
         r"(?:^|e |mas )(?:por favor )?nao (?:conta|fala|contem|falem) (?:pra|para|a) (?:ninguem|"
         r"mae|minha mae|meu pai|o pai)(?: por favor)?$", r"^ninguem pode saber$"),
    # "The end" opening a message that then only says love or goodbye (3): "👋🖤 fim. amo vc
    # mãe", "the end. love you Dad"; not a story's end told after it.
    _cue("farewell", EXPLICIT, BOTH, rf"^(?:fim|the end|e o fim|this is the end|it is the end|"
         rf"chegou ao fim|acabou tudo)(?: (?:{_DEAD_ONE}|{_KIN}|mom|mum|dad))* (?:(?:eu )?(?:te )?"
         rf"amo(?: (?:voce|vc|voces|vcs|te|muito|tanto))*|(?:i )?love (?:you|u)(?: (?:so much|"
         rf"forever|always))?|tchau|adeus|bye|goodbye)(?: (?:{_DEAD_ONE}|{_KIN}|mom|mum|dad))*$",
         scope="message"),
    # A last or farewell post, message or tweet set to go out (2): "set my last tweet to go out
    # at 6am", "programei um post de despedida pra meia-noite"; not a post for an anniversary.
    _cue("farewell_scheduled", 2, BOTH, r"(?:agendei|programei|deixei (?:agendad[oa]|programad[oa])"
         r"|vou agendar|agendando|programando) (?:um|uma|o|a|meu|minha|umas?|uns) (?:ultim[oa]s? )?"
         r"(?:post|postagem|mensage(?:m|ns)|msgs?|tweet|story|stories|e-?mails?|videos?|"
         r"textos?)s? (?:\w+ ){0,2}?(?:de despedida|de adeus|final|finais|de tchau)",
         r"(?:agendei|programei|deixei (?:agendad[oa]|programad[oa])) (?:a|o|minha|meu) "
         r"ultim[oa] (?:post|postagem|mensagem|msg|tweet|story|e-?mail|video|texto)",
         r"(?:scheduled|set|queued|timed|set up|am scheduling|scheduling) (?:a|my|the|some) "
         r"(?:last|final|goodbye|farewell) (?:post|tweet|message|email|e-mail|story|video|text|"
         r"note)s?"),
    # ... and by the time it goes out it will be over (2).
    _cue("farewell_scheduled_over", 2, BOTH, rf"{_WHEN_SENT} (?:\w+ )?{_IT_IS_OVER}",
         r"quando (?:isso |ela |ele |o post |a mensagem |o tweet )?(?:sair|for postad[oa]|chegar|"
         r"for enviad[oa]|voces lerem|alguem ler) (?:eu )?(?:ja )?(?:fui|terei ido|vou ter ido|"
         r"nao (?:vou )?(?:estar|estou|to) mais aqui|estarei mort[oa]|acabou|vai ter acabado)",
         scope="message"),
    # All that is wanted now is to join or follow them (3): "all i want is to join you", "tudo
    # que eu quero é ir atrás de você"; not a day far off.
    _cue("reunite", EXPLICIT, BOTH, r"(?:all|the only thing|everything|what) (?:that )?i (?:want|"
         r"wish for|need|am waiting for)(?: now| right now| anymore)? is (?:to )?(?:come )?(?:join "
         r"you|follow you|go where you are|be where you are|come to you|go to you)",
         r"(?:tudo|a unica coisa|so|o) (?:o )?que eu (?:quero|queria|preciso)(?: agora)? e (?:ir )?"
         r"(?:atras de (?:voce|vc|ti)|te seguir|ir junto|te encontrar (?:ai|la)|"
         r"(?:ir )?(?:pra|para)"
         r" (?:ai|onde (?:voce|vc) (?:esta|ta)))",
         unless_said=_NOT_FOR_LONG),
    # Rid of me for good (3): "minha família merecia se livrar de mim de vez", "they'd be rid of
    # me for good"; not a chore or a guest.
    _cue("burden", EXPLICIT, BOTH, r"(?:se )?livr(?:ar|e|es|asse|assem|ariam|aria|em|ando)? de mim "
         r"(?:de vez|pra sempre|para sempre|definitivamente|de uma vez(?: por todas)?)",
         r"(?:rid|free) of me (?:for good|forever|once and for all|permanently|for ever)"),
    # A means within reach and the way into where it is kept (1): "🔫 in dad's closet, the code
    # is still your birthday", "a arma do pai tá no cofre, a senha ainda é a mesma".
    _cue("means_access", 1, BOTH, r"(?:guns?|rifle|shotgun|pistol|revolver|arma|armas|espingarda|"
         r"pills|comprimidos|remedios|meds)(?: \w+){0,8} (?:the |a |o )?(?:code|combination|combo|"
         r"key|keys|pin|senha|combinacao|chave|segredo)\b",
         r"(?:code|combination|combo|key|keys|senha|combinacao|chave|segredo) (?:to|for|of|do|da) "
         r"(?:the |his |her |dads |my |o |a )?(?:\w+ )?(?:gun|rifle|safe|cabinet|cofre|armario)"
         r"(?: \w+){0,8} (?:guns?|rifle|shotgun|pistol|arma|espingarda|revolver)\b",
         scope="message",
         unless_said=lazy(r"\b(?:gave|give|handed|dei|entreguei|passei) (?:\w+ ){0,3}"
                          r"(?:the |a |o )?(?:code|key|keys|combination|senha|chave)\b|"
                          r"\b(?:changed|mudei|trocamos|trocou) (?:the |a |o )?(?:code|senha|"
                          r"combination|lock|fechadura)\b")),
    # No reason left to go on, said "não vejo por que continuar" (3): "não vejo mais por que
    # continuar", "I don't see why I should keep going"; not going on with something named
    # ("continuar com o curso", "keep going to the gym"). Found when the retrained stem model let
    # a batch 28 message fall just under its threshold alone (0.973 → 0.969).
    _cue("hopeless", EXPLICIT, BOTH, r"nao (?:vejo|enxergo|sei) (?:mais )?(?:por que|porque|"
         r"pra que|"
         r"para que|motivo (?:pra|para)|razao (?:pra|para)) (?:eu )?(?:continuar|seguir|viver|"
         r"existir|ficar aqui)(?: (?:viv[oa]|vivendo|existindo|aqui|mais))?$",
         r"(?:do not|can not) see (?:any )?(?:reason |point )?(?:why|to|in) (?:i should |i would "
         r"|i need to )?(?:keep going|go on|keep living|carry on|stay alive|be alive|keep on)"
         r"(?: (?:anymore|any more|living|like this))?$"),
    # Someone to be told it was not their fault (1), beside what may happen to me: "if anything
    # happens to me tell mom it wasn't her fault", "diz pra mãe que não foi culpa dela". Found
    # when the retrained stem model let a batch 7 message fall just under its threshold with a
    # cue (0.763 → 0.739).
    _cue("not_their_fault", 1, BOTH, r"(?:tell|let) (?:\w+ ){1,3}(?:know )?(?:that )?(?:it was not|"
         r"it is not|it will not be|it would not be|none of this (?:is|was)) (?:her|his|your|their|"
         r"anyones|my \w+s|\w+s) fault",
         r"(?:diz|diga|fala|fale|avisa|avise|conta|conte) (?:\w+ ){1,3}que (?:nao (?:foi|e|vai ser|"
         r"seria) culpa (?:dela|dele|sua|deles|delas|de ninguem|d[ao] \w+)|a culpa nao (?:foi|e) "
         r"(?:dela|dele|sua|deles|de ninguem|d[ao] \w+))"),
    # "That's it" closing a message of affairs settled (1): "deixei as senhas do banco … e dei o
    # violão pro Caio. é isso, vó"; not "só isso" after a feeling, which it only measures
    # (batch 38: "tenho saudade, so isso", "I just miss you, that's all").
    _cue("closing", 1, BOTH, rf"^(?:e isso|e so isso|so isso|isso e tudo|e isso ai|that is it|"
         rf"that is all|so that is it|that is everything|thats it)"
         rf"(?: (?:{_DEAD_ONE}|{_KIN}|mom|mum|"
         rf"dad))*$", unless_said=_ONLY_A_FEELING),
)


# What names a task tried and tried again (an exam, a driving test, a recipe, a diet, quitting
# smoking, a pregnancy): the attempt is that (batch 31).
_TASK_TRIED = lazy(r"\b(?:provas?|vestibular|enem|concursos?|exames?|exams?|tests?|driving|"
                   r"carteira|habilitacao|autoescola|auto escola|receitas?|bolos?|recipes?|"
                   r"cakes?|dietas?|diets?|fumar|cigarros?|smoking|entrevistas?|interviews?|"
                   r"maratonas?|marathons?|recordes?|records?|gravid\w*|pregnan\w*|ivf|"
                   r"fertiliza\w*|engravidar|audicao|audition|bar exam|oab)\b")
# A visit, a mass, flowers: going to the dead one's place in this world (batch 31).
_AT_THE_GRAVE = lazy(r"\b(?:cemiterio|tumulo|jazigo|missa|flores|velorio|cemetery|grave|"
                     r"graveside|mass|flowers|visit\w*|visitar)\b")
_SOON_DAY = (r"(?:semana que vem|amanha|mes que vem|no (?:fim de semana|sabado|domingo)|na "
             r"(?:segunda|terca|quarta|quinta|sexta)|ate (?:o |a )?(?:fim|sabado|domingo|segunda|"
             r"terca|quarta|quinta|sexta|natal|\d+)|daqui a \w+ dias)")
_SOON_DAY_EN = (r"(?:(?:by|next|after|on|this) (?:the )?(?:week|weekend|friday|monday|tuesday|"
                r"wednesday|thursday|saturday|sunday|month)|tomorrow)")
ASKED_LEAVE: tuple[Cue, ...] = (
    # An attempt of the past told with the intent of now (3): "ano passado eu tentei e hoje tô
    # pensando de novo", "já tentei uma vez e dessa vez eu não vou errar", "I tried two years
    # ago and tonight I'm thinking about doing it again", "last time they found me in time, this
    # time I'll make sure nobody does", "the attempt didn't work but I'm going to try again";
    # "tentei" with nothing after it but a time (not "tentei passar na prova"), and not an exam,
    # a recipe or a diet named in the message.
    _cue("active", EXPLICIT, BOTH,
         r"(?:eu |ja )?tentei(?: (?:uma vez|duas vezes|\w+ vezes|antes|(?:n[oa] )?(?:ano|mes|"
         r"semana) passad[oa]|em \d+|faz \w+ (?:anos?|meses)|ha \w+ (?:anos?|meses)))*"
         rf"(?= (?:e|mas|{_KIN}|hoje|agora)\b|$)(?: \w+){{0,12}}? "
         r"(?:(?:to|estou|ando|fico) pensando (?:nisso |em fazer isso |em tentar )?(?:de novo|"
         r"outra vez)|(?:dessa|desta|da proxima) vez (?:eu )?(?:nao (?:vou )?(?:erro|errar|falho|"
         r"falhar)|vai dar certo|vai ser (?:de verdade|pra valer)|ninguem (?:vai )?me (?:acha|"
         r"achar|salva|salvar|impede|impedir)))",
         r"(?:a|minha|ultima|aquela) tentativa(?: \w+){0,4} (?:nao deu certo|falhou|nao funcionou|"
         r"nao adiantou)(?: \w+){0,6} (?:tentar|fazer) (?:de novo|outra vez)",
         r"(?:me acharam|me encontraram|me salvaram|me socorreram) a tempo(?: \w+){0,8} (?:dessa|"
         r"desta|da proxima) vez",
         r"i (?:tried|attempted)(?: (?:once|before|twice|last year|last \w+|\w+ (?:years?|months?) "
         r"ago|in \w+|in \d+|back in \w+))*(?= (?:and|but|mom|mum|dad|nan|gran|grandma|grandpa|"
         r"today|now|tonight)\b|$)(?: \w+){0,12}? (?:(?:thinking|thought) "
         r"(?:about|of) (?:doing it|it|trying) again|(?:this|next) time (?:i will|i am going to|"
         r"i am gonna) (?:make sure|get it right|do it right|not fail|not mess (?:it )?up|finish "
         r"it)|(?:going to|gonna|will) (?:try|do it) again)",
         r"(?:they|someone|somebody|mom|mum|dad|my \w+|he|she) found me in time(?: \w+){0,8} "
         r"(?:this|next) time",
         r"(?:the|my|last|that) attempt(?: \w+){0,4} (?:did not work|failed|did not take|was not "
         r"enough)(?: \w+){0,6} (?:try|do it) again",
         scope="message", unless_said=_TASK_TRIED),
    # Meaning to do it this time, for real (3): "it came back and I want to actually do it this
    # time", "dessa vez eu quero fazer de verdade"; "it" is nothing named (not a race or a
    # test). Found when the stem model retrained on batch 31 let a batch 28 message fall just
    # under its threshold alone (0.970 → 0.969).
    _cue("active", EXPLICIT, BOTH, r"i (?:want|wanna|am going|am gonna|will|need) "
         r"(?:to )?(?:actually |"
         r"really |finally )?(?:do it|go through with it) (?:this time|for real)(?: this time)?$",
         r"(?:dessa|desta) vez (?:eu )?(?:quero|vou) (?:fazer|ir ate o fim)(?: isso)? de verdade$",
         r"(?:eu )?(?:quero|vou) (?:fazer|ir ate o fim)(?: isso)? de verdade (?:dessa|desta) vez$",
         unless_said=_TASK_TRIED),
    # Leave or a sign asked of the dead one to come to them (3): "me diz que eu posso ir, mãe",
    # "me dá um sinal que tá tudo bem eu ir pra junto de você", "just tell me it's ok to come to
    # you", "give me a sign that I can come be with you"; not leave to live on ("posso namorar
    # de novo?", "is it ok if I sell the house?") nor a sign that they are at peace.
    _cue("reunite", EXPLICIT, BOTH,
         r"(?:me )?(?:diz|diga|fala|fale|responde|responda) (?:pra mim )?que (?:eu )?(?:posso|pode|"
         r"devo|ja posso) "
         r"(?:ir|partir|ir embora|ir te encontrar|te encontrar|ir (?:pra|para) junto "
         r"de (?:voce|vc|ti))$",
         r"(?:um |algum )?sinal (?:de )?que (?:esta|ta|e) (?:tudo )?(?:bem|certo) (?:eu )?(?:ir|"
         r"partir|te encontrar)",
         r"sinal (?:de )?que (?:eu )?(?:ja )?posso (?:ir|partir|te encontrar)",
         r"(?:vou )?entend(?:er|o) que (?:eu )?(?:ja )?posso (?:ir|partir)$",
         r"(?:tell me|say|just say) (?:that )?(?:it is|its) (?:ok|okay|alright|all right|fine) "
         r"(?:for "
         r"me )?to (?:come|go) (?:to you|be with you|with you|join you|now|home to you|there)",
         r"(?:tell me|say) (?:that )?i (?:can|may|should) (?:come|go) "
         r"(?:to you|be with you|join you|"
         r"now)",
         r"(?:give me|send me|show me) a sign (?:that )?"
         r"(?:i can|it is ok to|it is okay to|i should|"
         r"to) (?:come|go|join you)", unless_said=_AT_THE_GRAVE),
    # A sign taken as a yes (1), and ready to come, closing the message (2): "if the lamp
    # flickers tonight I'll take it as a yes, Grandpa. I'm ready to come" (not "tô pronta pra
    # ir, o uber chegou").
    _cue("sign_taken", 1, BOTH, r"(?:take|taking) (?:it|that) as a (?:yes|sign|go ahead)",
         r"(?:vou )?(?:entender|tomar|considerar) (?:isso )?como (?:um )?(?:sim|sinal)"),
    _cue("reunite", 2, EN, r"i am ready to come$", scope="message", unless_said=_AT_THE_GRAVE),
    # May I come now (2), and no more years to wait for them (2): "can I come now? please say
    # yes. I don't want to wait another 40 years for you", "posso ir agora? não quero esperar
    # mais trinta anos".
    _cue("reunite_asked", 2, BOTH, r"^can i (?:just )?(?:come|go|join you)(?: "
         r"(?:now|to you|be with "
         r"you|already|early|there))+$",
         r"^(?:eu )?(?:ja )?posso (?:ir|te encontrar)(?: agora| ja)+$",
         unless_said=_AT_THE_GRAVE),
    _cue("reunite_wait", 2, BOTH, r"(?:do not|can not) (?:want to |wanna )?wait "
         r"(?:another|\w+ more|"
         r"any longer|\d+ more|\d+|\w+) (?:\w+ )?years? (?:for you|to see you|to be with you)",
         r"nao (?:quero|aguento|vou) esperar mais (?:\w+ )?anos (?:pra|para) "
         r"(?:te ver|te encontrar|"
         r"ficar com (?:voce|vc))"),
    # Going to be with them on a day named, or for good (3): "no dia das mães eu vou pra junto de
    # você, mãe. pra sempre"; not a visit to the grave or a mass on the day.
    _cue("reunite", EXPLICIT, PT, r"vou (?:pra|para) junto de (?:voce|vc|ti|voces)(?: \w+){0,4} "
         # (batch 33: "essa semana", "essa noite", "ainda hoje")
         r"(?:pra sempre|para sempre|de vez|hoje|amanha|logo|(?:essa|esta|nessa|nesta) "
         r"(?:semana|noite)|ainda hoje|em breve|daqui a pouco)",
         r"(?:no|na|nesse|neste) (?:dia|data|aniversario|natal|ano novo|pascoa|finados|reveillon)"
         r"(?: \w+){0,4} (?:eu )?vou (?:pra|para) junto de (?:voce|vc|ti|voces)",
         scope="message", unless_said=_AT_THE_GRAVE),
    # That day is when (2), nobody to check on me then (1): "new year's eve. everyone will be out
    # and nobody will check on me. that's when I'll do it".
    _cue("plan_date", 2, BOTH, r"^(?:that is|this is|thats) (?:when|the day|the night|the date) "
         r"(?:i will|i am going to|i am gonna|i) do it$",
         r"^(?:e )?(?:nesse|neste|e esse o|e nesse) dia (?:que )?(?:eu )?(?:vou|faco)(?: isso)?$"),
    _cue("unwatched", 1, BOTH, r"(?:nobody|no one|no body) will (?:check on|notice|look for|come "
         r"for|find) me", r"ninguem vai (?:me procurar|me achar|notar|perceber|vir atras)"),
    # Were I to fall asleep and not wake, that would be fine (3): "se eu dormisse hoje e não
    # acordasse mais tava ótimo", "if I fell asleep and didn't wake up that'd be fine".
    _cue("passive", EXPLICIT, BOTH, r"se (?:eu )?(?:dormisse|deitasse|apagasse|fechasse os olhos)"
         r"(?: \w+){0,3} e (?:nao (?:acordasse|levantasse|abrisse os olhos) mais|nunca mais "
         r"(?:acordasse|levantasse|abrisse os olhos))(?: (?:hoje|amanha|de novo))?(?: (?:ja|entao|"
         r"isso|pra mim|para mim))? (?:estava|seria|ia ser|era) "
         r"(?:otimo|bom|perfeito|lindo|um alivio|"
         r"uma bencao|o ideal|melhor)",
         r"if i (?:fell asleep|went to sleep|slept|closed my eyes)(?: \w+){0,3} and (?:did not|"
         r"never|would not) (?:wake up|open them|open my eyes)(?: again| ever again| tomorrow| in "
         r"the morning)? (?:that|it) "
         r"would (?:be|be just) (?:fine|great|perfect|a relief|a blessing|ok|okay|good)"),
    # Letting what will happen happen (1), beside care stopped: "cancelei a hemodiálise … deixa
    # acontecer o que tiver que acontecer".
    _cue("fatalism", 1, BOTH, r"deix(?:a|ar|o) acontecer o que (?:tiver|for) (?:que|pra|para) "
         r"acontecer", r"let (?:whatever|what) (?:happens|will happen) happen",
         r"whatever happens happens", r"let nature take its course"),
    # A body full of cuts (2): "as coxas tão cheias de corte de novo", "my arms are covered in
    # cuts"; not a cat, a bite, a fall or a sport named.
    _cue("self_harm_marks", 2, BOTH, rf"(?:{_BODY}) (?:\w+ ){{0,2}}(?:cheias?|cheios?|cobert[oa]s?|"
         rf"lotad[oa]s?) de (?:cortes?|marcas|riscos|queimaduras|cicatrizes)",
         rf"(?:{_BODY}) (?:are |is )?(?:covered in|full of|all) (?:cuts|marks|scratches|burns)",
         unless_said=_MARKS_EXPLAINED),
    # Not here any more by a day soon (3): "se eu não estiver mais aqui semana que vem, a Bia fica
    # com o Thor", "if I'm not here anymore by Friday".
    _cue("farewell", EXPLICIT, BOTH, rf"se eu nao (?:estiver|estivesse) mais aqui {_SOON_DAY}",
         rf"if i am not (?:here|around)(?: anymore| any more)? {_SOON_DAY_EN}",
         unless_said=lazy(r"\b(?:viaj\w*|mud(?:ei|ou|ar|ando|anca)|ferias|aeroporto|voo|"
                          r"travel\w*|moved|moving|vacation|holiday|trip|flight|airport)\b")),
    # A trip given as the story, then taken back (2): "told her I'm going on a long trip. I'm
    # not", "disse pra vizinha que vou viajar. não vou".
    _cue("farewell_cover", 2, BOTH, r"(?:told|tell) (?:\w+ ){0,2}(?:that )?i (?:am|was) going "
         r"(?:\w+ ){0,4}?(?:trip|journey|travel\w*|away)(?: \w+){0,3} "
         r"(?:i am not|i was not|it is not true|that is a lie|it was a lie)$",
         r"(?:disse|falei|contei) (?:\w+ ){0,2}que (?:eu )?(?:vou|ia) (?:viajar|fazer uma viagem|"
         r"pra longe|embora)(?: \w+){0,3} (?:nao vou|mentira|nao e verdade|menti)$",
         scope="message"),
    # Without me they would breathe (3): "sem mim eles respiram", "without me they could finally
    # breathe".
    _cue("burden", EXPLICIT, BOTH, r"sem mim (?:eles|elas|voces|todos|todo mundo|a familia|minha "
         r"familia|\w+) (?:finalmente )?(?:respir(?:am|ariam|a|aria)|(?:vao|vai|iam|ia) respirar|"
         r"descans(?:am|ariam|a|aria)|fica(?:m|riam|ria)? em paz|vive(?:m|riam|ria)? melhor)",
         r"without me (?:they|everyone|the family|my family|\w+) (?:could|would|can|will) "
         r"(?:finally )?(?:breathe|rest|be at peace|live better)"),
    # The family paid by my death (2): "my kids would get the insurance money and be free of
    # me", "as meninas iam receber o seguro"; not a policy taken out for them.
    _cue("burden_insured", 2, BOTH, r"(?:would|will|could) (?:get|collect|receive|have) "
         r"(?:the |my )?"
         r"(?:life )?insurance(?: money| payout)?",
         r"(?:receberiam|iam receber|vao receber|ficariam com|recebem) (?:o |meu )?seguro"
         r"(?: de vida)?"),
    # If I die it stops (2): "my daughter's drowning in my hospital bills. if I die it stops",
    # "se eu morrer as contas acabam".
    _cue("burden", 2, BOTH, r"if i (?:die|was gone|were gone|was dead|am gone|am dead) (?:it|that|"
         r"this|all (?:of )?(?:this|that)|everything|the bills|the debt|the fighting) (?:stops|"
         r"ends|goes away|is over|would stop|would end)",
         r"se eu morrer (?:isso |tudo |a divida |as contas |as brigas )?(?:acaba|para|termina|"
         r"se resolve|some)$"),
)


# What says a care or a task is for a while (a trip, a shift, a stay): a note asking someone to
# look after mine "for me" is then an errand, not a farewell (batch 32).
_AWAY_A_WHILE = lazy(r"\b(?:viaj\w*|viagem|ferias|plantao|turno|hospital|internad\w*|"
                     r"cirurgia|ate eu voltar|enquanto eu (?:estiver|to|estou|for)|"
                     r"trip|travel\w*|vacation|holiday|shift|surgery|till i am back|"
                     r"until i am back|until i get back|while i am (?:away|gone|at|in|"
                     r"out)|this weekend|esse fim de semana|amanha cedo volto)\b")
# What a gun is used for in a farm's or a sport's day: a hunt, a range, a class, vermin.
_GUN_WORK = lazy(r"\b(?:caca|cacar|cacada|hunt\w*|deer|veado|javali|range|stand de tiro|"
                 r"clube de tiro|targets?|alvos?|clay|skeet|season|temporada|aula|curso|"
                 r"class|lesson|competi\w*|coyotes?|raposas?|foxes|fox|predators?|cobras?|"
                 r"snakes?|lobos?|wolves|onca|gambas?|vermin|pests?|limpar|clean\w*)\b")
_KIN_ROLE = (r"(?:mae|pai|filh[oa]|esposa|marido|irma|irmao|namorad[oa]|companheir[oa]|"
             r"mother|mom|mum|father|dad|parent|son|daughter|wife|husband|sister|brother|"
             r"partner|girlfriend|boyfriend)")
HARD_TIMES: tuple[Cue, ...] = (
    # A vehicle wished to have hit me (3): "queria que aquele ônibus tivesse me pegado ontem",
    # "I wish that truck had hit me"; the counterfactual of the wish batch 6 reads in the
    # present ("queria que um carro me atropelasse").
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:queria|quero|preferia|tomara|pena) que (?:aquele|aquela|esse|essa|o|a|um|uma) "
         rf"(?:\w+ )?(?:{_VEHICLE}|trator|van|caminhonete) (?:\w+ )?(?:tivesse|tinha|teria) me "
         r"(?:pegado|atropelado|acertado|esmagado|matado|levado)",
         rf"(?:wish|wished|wishing) (?:that )?(?:the|that|a|this) (?:\w+ )?(?:{_VEHICLE}|tractor|"
         r"van|lorry) (?:had|would have) (?:hit me|taken me|killed me|run me over|run over me|"
         r"flattened me|got me)"),
    # A note asking someone to look after mine for me (3): "deixei um bilhete pro Rafa cuidar
    # da nossa filha por mim", "left a letter asking Jen to raise the kids for me"; not for a
    # trip, a shift or a stay in hospital.
    _cue("farewell", EXPLICIT, BOTH,
         rf"{_LETTER} (?:\w+ ){{0,4}}?(?:pr[oa]|para|pedindo (?:pr[oa]|para)|for|asking) "
         r"(?:\w+ ){0,3}?(?:cuidar|olhar|criar|take care of|look after|raise|watch over) "
         rf"(?:\w+ ){{0,4}}?(?:por mim|for me)(?: {_BARE_TAIL})*$", scope="message",
         unless_said=_AWAY_A_WHILE),
    # Better off without a mother (a father, a wife...) like me (3): "o bebê ia ficar melhor sem
    # uma mãe como eu", "the kids would be better off without a dad like me".
    _cue("burden", EXPLICIT, BOTH,
         rf"(?:melhor|mais feliz|mais felizes) sem (?:um|uma) (?:\w+ )?{_KIN_ROLE} "
         r"(?:como eu|feito eu|igual eu|que nem eu)",
         rf"(?:better off|happier|better) without (?:a|an) (?:\w+ )?{_KIN_ROLE} like me"),
    # A poison named, then drinking it thought of (2, with the poison's 1): "the paraquat's
    # still in the barn … I keep thinking about drinking it", "o veneno da roça tá no galpão,
    # fico pensando em beber ele"; across the message.
    _cue("plan_poison", 2, BOTH,
         rf"{_POISON}(?: \w+){{0,30}}? (?:thinking (?:about|of)|think about|pensando em|penso em|"
         r"pensei em|vontade de|going to|gonna|vou|want to|wanna|quero|queria) (?:drinking|drink|"
         r"beber|tomar|swallowing|swallow|engolir) (?:it|ele|ela|isso|aquilo|tudo|o vidro|"
         r"the bottle|the jug|the can|a lata|o galao)", scope="message"),
    # A gun to be used (2, with the gun's 1): "I'm going to use dad's old pistol while I still know
    # how to", "vou usar a espingarda do vô"; not for a hunt, a range, a class or vermin.
    _cue("plan_gun", 2, BOTH,
         rf"(?:going to|gonna|will|plan to|planning to|want to|wanna) use (?:\w+ ){{0,3}}"
         rf"{_GUNS}",
         rf"(?:vou|vo|quero|queria|pretendo|penso em|pensando em) usar (?:\w+ ){{0,3}}{_GUNS}",
         unless_said=_GUN_WORK),
    # Praying every night that I die (3): "I pray every night that I die in my sleep", "rezo toda
    # noite pra morrer dormindo" (not "I hope I die in my sleep someday, like Grandpa").
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_PLEA}|hope|hoping|wish|torco|torcendo) (?:a deus |to god |god |pra deus |"
         rf"para deus )?{_PLEA_TIME} (?:\w+ ){{0,2}}?(?:que |that |pra |para |to )?(?:i |eu )?"
         r"(?:die|morrer|morra|pass away|do not wake|nao acordar|nao acorde)"),
    # No way out seen any more (3): "I can't see a way out of this anymore", as "não vejo saída"
    # is read; not a building, a road, a game or a room.
    _cue("hopeless", EXPLICIT, EN,
         r"(?:can not|do not|cannot) see (?:a|any) way out(?: of (?:this|it|here|all this|this "
         r"mess|this life|anything))?(?: anymore| any more| at all| now)?$",
         unless_said=lazy(r"\b(?:building|traffic|parking|maze|room|fire|stadium|jam|game|"
                          r"level|puzzle|cave|woods|forest|fog|smoke|tunnel|mall|car park|"
                          r"garage)\b")),
    # No future, and none wanted (3): "I have no future and I don't want one", "I see no future
    # anymore" closing a clause (not "no future in this job").
    _cue("hopeless", EXPLICIT, BOTH,
         r"i (?:have|see) no future(?: (?:anymore|any more|at all|left|for me|ahead))?$",
         r"no future and (?:i )?(?:do not|can not) (?:want|need|see) (?:one|it|any)",
         r"nao (?:tenho|vejo) (?:mais )?futuro(?: nenhum| algum)? e (?:nem )?(?:quero|preciso)"),
    # Three older dev messages the stem model retrained on batch 32 let fall just under its
    # threshold: being kept from resuscitation asked (1) when it is not the illness (1, with the
    # model); your absence and not wanting to be here either (3); going now to spare them (3).
    _cue("no_resuscitation", 1, BOTH, r"nao me (?:reanimar|reanimem|ressuscitar|ressuscitem|"
         r"entubar|entubem)", r"(?:not|never) (?:to )?(?:resuscitate|revive|intubate) me",
         r"do not resuscitate me"),
    _cue("not_the_illness", 1, BOTH, r"nao e (?:por causa|pela|por conta) d[ao]s? (?:doenca|"
         r"cancer|dor|tumor)", r"(?:it is|its|it was) not (?:because of|about) the (?:illness|"
         r"disease|cancer|pain|tumou?r)"),
    _cue("passive", EXPLICIT, BOTH, r"(?:voce|vc|o senhor|a senhora) nao (?:esta|ta) (?:mais )?"
         r"aqui (?:\w+ ){0,3}?(?:e )?(?:eu )?nao quero mais estar(?: aqui)?(?: tambem)?"
         rf"(?: {_BARE_TAIL})*$",
         r"you are not here(?: anymore)? (?:\w+ ){0,3}?(?:and )?i do not want to be(?: here)?"
         rf"(?: either| anymore)(?: {_BARE_TAIL})*$", scope="message"),
    _cue("burden", EXPLICIT, BOTH, r"better (?:that |if )?i (?:go|went|die|died|leave) (?:now |"
         r"soon |tonight |first |early )?and spare (?:her|him|them|the \w+|my \w+|everyone)",
         r"melhor eu (?:ir|partir|morrer|ir embora) (?:agora |logo |de uma vez )?e poupar "
         r"(?:ela|ele|eles|elas|a \w+|o \w+|minha \w+|meu \w+|todo mundo)"),
)


# An insurance named as what is worth more to them than me (batch 33).
_INSURANCE = (r"(?:(?:o |a )?(?:dinheiro|grana|indenizacao|pensao) d[oa] (?:meu )?"
              r"seguro(?: de vida)?|"
              r"(?:o |meu )?seguro(?: de vida)?|(?:the |my )?(?:life )?insurance(?: money| payout| "
              r"check| cheque)?|(?:the |my )?(?:policy|payout)(?: money)?)")
# What an exam, a shift or a move takes me away for, said with "by then" (batch 33).
_ELSEWHERE_THEN = lazy(_AWAY_A_WHILE.pattern + "|" + _MOVED.pattern + r"|\b(?:at work|at the "
                       r"office|at school|in class|on duty|no trabalho|na escola|na aula|"
                       r"de servico|out of town|fora da cidade|moving|flight|voo|airport|"
                       r"aeroporto)\b")

WORN_THIN: tuple[Cue, ...] = (
    # A shot or a blast wished to have hit me (3): "queria que aquele tiro na ocorrência tivesse
    # me acertado", "I wish the bullet had hit me instead of him"; as batch 32's vehicle.
    _cue("passive", EXPLICIT, BOTH,
         r"(?:queria|quero|preferia|tomara|pena) que (?:aquele|aquela|esse|essa|o|a|um|uma) "
         r"(?:\w+ )?(?:tiro|bala|bomba|granada|explosao|mina|disparo|rajada|estilhaco) "
         r"(?:\w+ ){0,3}?(?:tivesse|tinha|teria) me (?:pegado|acertado|atingido|matado|levado)",
         r"(?:wish|wished|wishing) (?:that )?(?:the|that|a|this|one) (?:\w+ )?(?:bullet|shot|round|"
         r"bomb|ied|grenade|blast|mine|rpg|explosion|sniper|shell|mortar) (?:\w+ ){0,3}?(?:had|"
         r"would have) (?:hit me|got me|gotten me|taken me|killed me|found me)"
         r"(?! (?:a|an|the|some|into|in|on|to|out|through)\b)"),
    # God asked not to let me wake (3): "every night I ask the Lord not to let me wake up",
    # "peço a Deus pra não me deixar acordar"; batch 32's prayer that I die, in the other words.
    _cue("passive", EXPLICIT, BOTH,
         rf"{_PLEA} (?:a |para |pra |to |that )?(?:o |a )?{_SAINT}(?: {_PLEA_TIME})? "
         r"(?:not to let me|to not let me|never to let me|to never let me|to let me not|"
         r"(?:pra|para) nao me deixar|que nao me deixe|(?:pra|para) eu nao|que eu nao) "
         r"(?:wake|acordar|acorde|see (?:the )?(?:morning|sunrise|another day)|"
         r"ver (?:o )?(?:dia|sol|"
         r"amanhecer))"
         # (not to wake in pain, late or at night: "pra eu não acordar com dor")
         r"(?!(?: up)? (?:com|tarde|cedo|atrasad\w*|de madrugada|no meio|chorando|assustad\w*|"
         r"with|late|early|in pain|crying|in the middle|at night|scared|too)\b)"),
    # Not here by the time someone comes (3): "the nurse comes at 8. I won't be here by then",
    # "quando ela chegar eu não vou estar mais aqui"; not a shift, a trip, a move or school.
    _cue("farewell", EXPLICIT, BOTH,
         r"i will not be (?:here|around|alive) (?:anymore |any more )?(?:by then|by morning|by the "
         r"morning|by the time (?:she|he|they|anyone|someone|somebody|the \w+|my \w+|you) "
         r"(?:comes?|gets? here|arrives?|wakes?(?: up)?|finds?|reads?))",
         r"(?:quando|ate) (?:ela|ele|eles|elas|alguem|a \w+|o \w+) (?:chegar|acordar|voltar|ler) "
         r"(?:eu )?(?:nao vou|nao vo) (?:mais )?estar (?:mais )?(?:aqui|viv[oa])",
         r"(?:nao vou|nao vo) (?:mais )?estar (?:mais )?(?:aqui|viv[oa]) (?:quando|ate) (?:ela|ele|"
         r"eles|elas|alguem|a \w+|o \w+) (?:chegar|acordar|voltar|ler)",
         scope="message", unless_said=_ELSEWHERE_THEN),
    # Better off with the insurance than with me (3): "iam ficar melhor com o dinheiro do seguro
    # do que comigo", "the kids would be better off with the life insurance than with me".
    _cue("burden", EXPLICIT, BOTH,
         rf"(?:melhor|melhores) com {_INSURANCE} (?:\w+ ){{0,3}}?(?:do que|que|doque) "
         r"(?:comigo|com eu|eu vivo|eu viva|me ter)",
         rf"better off with {_INSURANCE} (?:\w+ ){{0,3}}?than (?:with )?(?:me|having me|i am)"),
    # Not knowing what I stay for (2): "agora que você foi, não sei pra que eu fico" (batch 15,
    # which the stem model retrained on batch 33 let fall under its threshold with a cue), "I
    # don't know what I'm still here for"; closing a clause (not "pra que eu fico nesse emprego").
    _cue("hopeless_point", 2, BOTH, r"nao sei (?:pra|para|por) (?:que|q) (?:eu )?(?:fico|continuo|"
         r"ainda (?:fico|to|estou)|to|estou)(?: aqui| vivo| viva| por aqui)?$",
         r"(?:do not|can not) (?:know|see|tell) what i am (?:still )?(?:here|alive|staying|hanging "
         r"on) for(?: anymore)?$"),
    # A life taken named in a question, then "asking for me" (2, with the asking's 1): "do you think
    # God forgives people who take their own life? asking for me" (batch 17's probe, which the stem
    # model retrained on batch 33 let fall under its threshold with the asking's cue).
    _cue("asked_for_me", 2, BOTH, r"(?:take|took|taking|takes|tirar|tira|tiram|tirou|tiraram) "
         r"(?:their|his|her|one s|a (?:propria|sua)) (?:own )?(?:li(?:fe|ves)|vida)(?: \w+){0,8} "
         r"(?:asking for (?:me|myself)|(?:to )?perguntando (?:por|pra) mim|"
         r"pergunto (?:por|pra) mim)",
         scope="message"),
    # Thanks for everything as a closing (1): "thanks for everything you taught me. I'm signing
    # off for good tonight"; never alone (grief says it too), nor, as "obrigada por tudo" is not
    # a goodbye there since batch 27, in a message leaving the app to move on (batch 38: "vou
    # apagar o app por um tempo, mãe … é pra seguir em frente. obrigada por tudo").
    _cue("thanks_all", 1, BOTH, r"(?:thanks|thank you) for everything(?: you (?:taught|did|gave|"
         r"showed) (?:me|us))?$", r"obrigad[oa] por tudo(?: que (?:voce|vc) (?:fez|me ensinou))?$",
         unless_said=_MOVING_ON),
)


# A letter where it will be found (on the bed, under the pillow), for someone (batch 34).
_PLACED = (rf"{_LETTER} (?:is |esta |ta |fica )?(?:\w+ ){{0,1}}(?:em cima d[ao]|embaixo d[ao]|"
           r"debaixo d[ao]|ao lado d[ao]|n[ao]|sob|sobre|under|on|beside|by|next to|in) "
           r"(?:a |o |the |my |minha |meu )?(?:cama|travesseiro|criado(?: mudo)?|cabeceira|"
           r"escrivaninha|bed|pillow|nightstand|bedside(?: table)?|desk)(?: \w+){0,3} "
           r"(?:para|pro|pra|for) (?:a |o |my |minha |meu )?\w+")
# One's own mind or body going (batch 34), named before going early.
_DECLINE = (r"(?:demencia|alzheimer|esquec\w*|parkinson|esclerose|diagnostico|dementia|"
            r"alzheimers|parkinsons|diagnosis|forget\w*)")
# A day when the others are away, closing the message: when no one will be there.
_ALL_AWAY = (r"(?:when|while|quando|enquanto) (?:everyone|everybody|they|the family|the others|"
             r"all of them|todo mundo|todos|eles|a familia|o pessoal) (?:is |are |will be |"
             r"estiver |estiverem |tiver |tiverem |for |forem )?(?:\w+ )?(?:at|out|away|gone|"
             r"asleep|on|in|fora|dormindo|viajando|saiu|sairem|na|no|em)\b")
# A gym, a sport, a tattoo or a sunburn: a body part "again" is then the day's training.
_BODY_WORK = lazy(r"\b(?:gym|academia|treino|treinei|workout|leg day|arm day|stretch\w*|"
                  r"alongamento|sore|dor|doendo|doeu|hurts|ache\w*|tattoo\w*|tatua\w*|"
                  r"sunburn\w*|sol|massage|massagem|physio|fisio\w*|pt|tan|bronze\w*|wax\w*|"
                  r"depila\w*|shav\w*|raspe\w*|injection|injecao|vacina\w*|shot|lifting|"
                  r"supino|bench|curls?|pushups?|flexoes)\b")
# A round of drinks, of golf, of a fight or a game is no cartridge (batch 34).
_A_ROUND = lazy(r"\b(?:bar|pub|drinks?|beers?|pints?|shots|golf|boxing|fight|ring|cards|poker|"
                r"game|quiz|tournament|torneio|cerveja|rodada)\b")
# A meeting put off to its time, a visit to the grave, a mass or a dream (batch 34).
_IN_TIME = lazy(_AT_THE_GRAVE.pattern + "|" + _NOT_FOR_LONG.pattern + rf"|\b(?:{_GODS_TIME}|"
                r"quando for a hora|when it is (?:my )?time|someday|some day|one day|um dia|"
                r"algum dia|sonh\w*|dream\w*)\b")
# A habit given up "de vez" (batch 34: "quero parar de vez" closing is not the cigarette's).
_HABIT_SAID = lazy(_SMOKING.pattern + rf"|\b{_HABIT}\b|\b(?:beber|bebida|drinking|alcohol|"
                   r"alcool|jogar|apostar|bet\w*|gambl\w*|roer|academia|gym|trabalhar|work)\b")

HARD_LUCK: tuple[Cue, ...] = (
    # Walls punched (self_harm_wall, 2), beside feeling something only then or deserving it:
    # "tenho socado a parede do quarto", "I've been punching walls again"; not someone else's
    # fist ("ele socou a parede") nor a controller thrown at a wall.
    _cue("self_harm_wall", 2, BOTH,
         r"(?<!\bele )(?<!\bela )(?<!\beles )(?<!\bhe )(?<!\bshe )(?<!\bthey )"
         r"(?:soco|socando|socar|soquei|socava|esmurr\w*|(?:dou|dei|dando|dava) (?:um |uns )?"
         r"(?:socos?|murros?)|punch|punched|punching|smash|smashed|smashing|slam my fists? "
         r"(?:into|against)) (?:n?[ao] |n?[ao]s |the |my |minha |into |in )?(?:parede|paredes|"
         r"muro|wall|walls|drywall)"),
    # Feeling something only through it (self_harm_feel, 2): "a única hora q eu sinto alguma coisa
    # é qnd …", "the only time I feel anything is when I …"; never alone (the only time I feel
    # anything is with the kids).
    _cue("self_harm_feel", 2, BOTH,
         r"(?:a )?unica (?:hora|vez|coisa|momento) (?:que |em que )?(?:eu )?(?:sinto|consigo "
         r"sentir) (?:alguma coisa|algo|qualquer coisa)",
         r"(?:eu )?so (?:consigo )?sinto? (?:alguma coisa|algo) quando",
         r"(?:the )?only (?:time|thing|way) (?:that )?i (?:can |ever |actually )?(?:feel|"
         r"actually feel) (?:anything|something)",
         r"i only (?:ever )?feel (?:anything|something) when"),
    # Deserving it, closing a clause (self_punish, 1): "… mas eu vou continuar, mereço", "I
    # deserve it"; never alone (a treat deserved).
    _cue("self_punish", 1, BOTH, r"^(?:e |mas |and |but )?(?:eu )?mereco(?: isso| essa dor)?$",
         r"^(?:and |but )?i deserve (?:it|this|the pain)$"),
    # A letter placed where it will be found, for someone (farewell_placed, 2), and a goodbye
    # said with it (farewell_bye, 1): "deixei um bilhete embaixo do travesseiro pro meu irmão.
    # tchau vô", "goodbye grandpa. the note is on my desk for dad"; not a letter from the bank on
    # the table, and a goodbye alone is still grief's ("adeus vó, obrigada por tudo", docs/care.md).
    _cue("farewell_placed", 2, BOTH, _PLACED),
    _cue("farewell_bye", 1, BOTH, rf"^(?=.*\b(?:bye|tchau|adeus|goodbye)\b).*{_PLACED}",
         scope="message"),
    # Going before one's own illness goes further (burden_before, 2): "melhor eu partir antes de
    # piorar", "better if I go before it gets that far"; "melhor eu ir antes" closing a message
    # that names the illness (not a queue: "melhor eu ir antes, pra pegar lugar"); one's own
    # decline begun (own_decline, 1): "a demência tá começando em mim", "I have early dementia";
    # sparing a child what I went through (burden_spare, 2): "não quero que minha filha passe
    # por tudo que eu passei", "I refuse to put my kids through that".
    _cue("burden_before", 2, BOTH,
         r"melhor (?:eu )?(?:ir|partir|morrer|ir embora) (?:logo |agora |de uma vez )?antes "
         r"(?:de|que) (?:piorar|eu esquecer|esquecer|eu piorar|chegar (?:nesse|a esse|neste|"
         r"naquele) ponto|ficar pior|eu ficar \w+|eu nao \w+ mais \w+)$",
         r"better (?:if |that )?i (?:go|went|leave|die|am gone) (?:now |soon |early )?before "
         r"(?:it|this|the \w+|i|things) (?:gets?|goes|go|becomes?|am|is|forget|lose|get to) "
         r"(?:that far|too far|that bad|worse|to that|there|to that point|bad|any worse|"
         r"everything|who)"),
    _cue("burden_before", 2, PT, rf"\b{_DECLINE}\b(?: \w+){{0,40}} melhor (?:eu )?(?:ir|partir|"
         r"morrer|ir embora) (?:logo |agora |de uma vez )?antes$", scope="message"),
    _cue("own_decline", 1, BOTH,
         r"(?:a demencia|o alzheimer|a doenca|o parkinson|a esclerose) (?:\w+ ){0,2}(?:comecou|"
         r"comecando|chegou|apareceu) (?:em mim|pra mim|para mim|comigo)",
         r"(?:i have|i have got|i got|diagnosed with|it is|its) (?:early |early onset |"
         r"young onset )?(?:dementia|alzheimers?|parkinsons?|huntingtons?)(?: like you)?"),
    _cue("burden_spare", 2, BOTH,
         r"nao (?:quero|vou deixar|deixo) que (?:ele|ela|eles|elas|meu \w+|minha \w+|meus \w+|"
         r"minhas \w+|ninguem) (?:passe|passem|tenha que passar|tenham que passar)(?: por)? "
         r"(?:o que|tudo o que|tudo que|aquilo que) (?:eu )?passei",
         r"(?:i will not|i do not want to|i refuse to|i am not going to|i am never going to|"
         r"never going to) put (?:my \w+|him|her|them|the kids|anyone|my family) through "
         r"(?:that|this|it|what i|all that|the same)"),
    # Going to the dead one to be with the one who died with them (reunite_there, 2), beside
    # that one said to be with them (reunite_companion, 1): "quero ir ficar com ela junto com
    # você", "I want to go and be with him too", "I just want to be there with you both"; "ele tá
    # aí com você?", "she's with you now, right?" (alone, grief's comfort).
    _cue("reunite_there", 2, BOTH,
         r"(?:quero|queria|vou) (?:ir|subir) (?:cuidar|ficar|estar|brincar|ninar|segurar) "
         r"(?:dela |dele |deles |delas |com ela |com ele )?(?:junto com|junto de|ai com|la com) "
         r"(?:voce|voces|a senhora|o senhor|ti)",
         r"i (?:want|wanna|need|just want) (?:to )?(?:come|go) (?:and )?(?:hold|be with|see|"
         r"take care of|look after|cuddle|meet|rock|sing to|join) (?:her|him|them|my \w+|"
         r"our \w+) (?:too|there|up there|with you)",
         r"i (?:want|wanna|need|just want) (?:to )?be (?:up )?there with (?:both of you|you both|"
         r"you two|the two of you|you and (?:her|him|them))",
         unless_said=_IN_TIME),
    _cue("reunite_companion", 1, BOTH,
         r"^(?:she|he|they) (?:is|are) (?:up )?(?:there )?with you(?: now)?(?: right)?$",
         r"^(?:ela|ele|eles|elas) (?:esta|estao|ja esta|ja estao) (?:ai |la )?(?:em cima )?com "
         r"(?:voce|a senhora|o senhor|ti)(?: ne| nao e| agora)?$"),
    # The last one of theirs asked to be kept until I come (reunite_wait, 2), beside "I'm coming
    # too" (reunite_too, 1): "watch him for me till I get there", "cuida dele até eu chegar aí";
    # not someday, not far off.
    _cue("reunite_wait", 2, BOTH,
         r"(?:keep|hold|watch|look after|take care of|mind) (?:him|her|them|it|\w+) (?:\w+ ){0,2}"
         r"(?:until|till|til) i (?:get|come|am) (?:there|up there|to you|home)",
         r"(?:cuida|cuide|segura|segure|fica|fique|guarda|guarde|olha|olhe) (?:\w+ ){0,3}"
         r"(?:ate|enquanto) (?:eu )?(?:chegar|chego|ir|for|nao chego) (?:ai|la|ate (?:voce|"
         r"a senhora|o senhor))",
         unless_said=_IN_TIME),
    _cue("reunite_too", 1, BOTH, r"^(?:and |so |e )?i am coming (?:too|as well|with (?:you|"
         r"him|her))$", r"^(?:e |entao )?(?:eu )?(?:vou|to indo|estou indo) (?:tambem|junto)$"),
    # See you soon, promised, closing the message (reunite_promise, 3): "see you soon Grandpa, I
    # promise", "te vejo logo, vô. prometo"; not a visit, a dream or someday.
    _cue("reunite_promise", EXPLICIT, BOTH,
         r"(?:see you|see ya|te vejo|a gente se ve|nos vemos) (?:\w+ ){0,2}(?:soon|logo|em "
         r"breve)(?: \w+){0,2} (?:promise|i promise|prometo|eu prometo)$",
         scope="message", unless_said=_IN_TIME),
    # Coming to find them now (reunite_now, 2): "I might as well come see you tonight", "vou te
    # procurar agora"; not at the grave.
    _cue("reunite_now", 2, BOTH,
         r"(?:come|go) (?:and )?(?:find|see|meet|join) you (?:now|tonight|today|soon|already|"
         r"early)",
         r"(?:ir|vou) te (?:encontrar|procurar|achar|ver) (?:agora|hoje|logo|ja)",
         unless_said=_IN_TIME),
    # No light at the end of it (hopeless_dark, 2), beside wanting to stop for good, closing a
    # clause (stop_for_good, 2), and nothing ever changing (hopeless_never, 2): "não tem luz
    # nenhuma no fim desse túnel", "there's no light at the end of any of this"; "só quero parar
    # de vez", "I just want to stop for good" (not a habit: the cigarette, drink, a bet, work);
    # "nada muda nunca", "nothing ever changes".
    _cue("hopeless_dark", 2, BOTH,
         r"(?:nao (?:tem|ha|vejo)|sem) (?:mais )?(?:nenhuma )?luz (?:nenhuma |alguma )?no fim "
         r"(?:do tunel|disso|de tudo|dess[ea] \w+|dest[ea] \w+)",
         r"(?:no|not any|never any|(?:can not|do not) see (?:the|any)) light at the end"
         r"(?: of (?:the tunnel|this|it|all this|any of this))?"),
    _cue("stop_for_good", 2, BOTH, r"^(?:so |eu so |eu )?(?:quero|queria) parar (?:de vez|de uma "
         r"vez|para sempre|com tudo)$",
         r"^i (?:just )?(?:want|wanna) to stop (?:for good|forever|permanently|everything)$",
         unless_said=_HABIT_SAID),
    _cue("hopeless_never", 2, BOTH, r"^(?:e )?nada (?:nunca )?muda(?: nunca)?$",
         r"^(?:and )?nothing (?:ever )?changes(?: ever)?$"),
    # A crash on the road that I would let happen (passive_accept, 2), that nobody would call
    # anything but an accident (plan_disguised, 2), and not minding, the "I" left out
    # (indifferent, 1): "if I drifted off the road nobody would call it anything but an
    # accident … wouldn't mind", "se eu saísse da pista ninguém ia achar que foi outra coisa
    # além de acidente … nem ia ligar".
    _cue("passive_accept", 2, BOTH,
         r"(?:se|if|caso) (?:\w+ ){0,4}(?:drifted|drift|drifts|veered|veer|swerved|ran off|"
         r"run off|went off|fell asleep at the wheel|dozed off|sai(?:sse|r) da (?:pista|estrada)|"
         r"cochil\w* no volante|dormi(?:sse|r) no volante)"),
    _cue("plan_disguised", 2, BOTH,
         r"(?:nobody|no one|noone) (?:would|will|could) (?:ever )?(?:call|think|say|rule|see|"
         r"treat) (?:it|this|that) (?:as |was )?(?:anything|something) (?:but|other than|except|"
         r"besides) (?:an? |just an? )?accident",
         r"(?:ninguem|ninguem nunca) (?:ia|iria|vai) (?:achar|dizer|pensar|chamar) (?:que foi |"
         r"de |isso de )?(?:outra coisa|qualquer coisa) (?:alem de|que nao|senao) (?:um )?"
         r"acidente"),
    _cue("indifferent", 1, BOTH, r"^(?:would not|would not really) mind(?: (?:honestly|tbh|really|"
         r"at all|either))?$",
         r"^(?:nao|nem) (?:ia|iria) (?:nem )?ligar(?: de verdade| sinceramente)?$"),
    # A drug taken home from work (plan_taken_home, 2), beside the drug (means, 1): "took a vial
    # home from the clinic", "levei duas ampolas pra casa no bolso"; the drugs a vet's or a
    # ward's locker holds: "euthanasia solution", "pentobarbital", "cloreto de potássio".
    _cue("plan_taken_home", 2, BOTH,
         r"(?:took|take|taking|brought|bring|bringing|snuck|sneaked|smuggled|pocketed|slipped) "
         r"(?:a|one|some|two|\d+|the|an|a few) (?:\w+ ){0,2}(?:vials?|ampoules?|ampules?|syringes?|"
         r"doses?) (?:\w+ ){0,2}(?:home|out|with me)",
         r"(?:levei|trouxe|peguei|escondi|roubei|tirei) (?:um |uma |dois |duas |\d+ |o |a |uns |"
         r"umas )?(?:frascos?|ampolas?|seringas?|doses?) (?:\w+ ){0,3}(?:para casa|comigo|na "
         r"bolsa|no bolso|escondid[oa]s?)"),
    _cue("means", 1, BOTH, r"(?:solucao|solution|drogas?|drugs?|remedio|injecao|injection) "
         r"(?:de |for |of )?(?:eutanasia|euthanasia)|euthanasia (?:solution|drugs?|meds)|"
         r"pentobarbital|euthasol|cloreto de potassio|potassium chloride"),
    # A purchase with nothing named (acquire_vague, 1) and a day when everyone is away, closing
    # the message (plan_unwatched, 2): "comprei o que eu precisava", "I bought what I need";
    # "sábado quando todo mundo estiver na praia", "sunday when everyone's at church".
    _cue("acquire_vague", 1, BOTH,
         r"(?:bought|got|picked up|comprei|peguei|arranjei) (?:everything |all )?(?:what|o que|"
         r"tudo (?:o )?que) (?:i |eu )?(?:need|needed|precisava|preciso|vou precisar)"
         r"(?! (?:for|to|para|pro|pra)\b)"),
    _cue("plan_unwatched", 2, BOTH, rf"(?:{_DAY}|tonight|tomorrow|amanha|hoje a noite|this "
         rf"weekend|no fim de semana) {_ALL_AWAY}(?: \w+){{0,3}}$", scope="message"),
    # Water named, then going in (plan_water, 2), and how fast or deep it runs watched
    # (plan_water_watched, 2): "checked how deep the lake is … tomorrow I'm going in", "olhei a
    # força da correnteza … amanhã eu entro"; not a swim ("going in for a swim").
    _cue("plan_water", 2, BOTH,
         rf"(?:{_WATER}|rivers|levee|dique|barragem|bridge|ponte)(?: \w+){{0,25}}? (?:i am going "
         r"in|i will go in|i go in|going in|vou entrar|eu entro|entro nel[ea]|i will walk in|"
         r"i am walking in)$", scope="message"),
    _cue("plan_water_watched", 2, BOTH,
         rf"(?:how fast|how deep|how cold|how strong|how high) (?:the |that |this )?(?:{_WATER}|"
         r"rivers|waters|currents|creek|creeks|flood|floods)",
         rf"(?:a velocidade|a forca|a profundidade|quao fund[oa]|quao rapid[oa]|o quanto) "
         rf"(?:d[oa] |que (?:o|a) )?(?:{_WATER}|enchente|correnteza)"),
    # The last cartridge kept for myself (plan_gun, 3): "I'm saving the last bullet for myself",
    # "vou guardar a última bala pra mim"; not a round of drinks, golf or a fight.
    _cue("plan_gun", EXPLICIT, BOTH,
         r"(?:keep|keeping|kept|save|saving|saved|hold|holding) (?:the |a |one |my )?(?:last |"
         r"final |one )?(?:round|bullet|shell|cartridge)s? (?:\w+ )?(?:for myself|for me)\b",
         r"(?:guardar|guardando|guardei|guardo|deixar|deixando|deixei|separei|separando) "
         r"(?:a |uma )?ultima (?:bala|municao|cartucho)s? (?:\w+ )?(?:para mim|pra mim)",
         unless_said=_A_ROUND),
    # The top of a building with nothing to stop a fall (plan_scouted, 1) and gone up to again
    # (plan_scouted, 2): "top floor, no fence", "último andar, sem grade" (not a bridge the city
    # should fix); "went up three times already", "subi lá duas vezes".
    _cue("plan_scouted", 1, BOTH,
         r"(?:top (?:level|floor|deck)|rooftop|ultimo andar|(?:n?a )?cobertura|(?:n?o )?"
         r"terraco|(?:n?a )?laje)(?: \w+){0,3} (?:no|sem|without) (?:fence|fences|net|netting|"
         r"grade|grades|tela|telas|cerca|parapeito|gate)\b", scope="message"),
    _cue("plan_scouted", 2, BOTH, r"^(?:i |and )?(?:went|been|gone) up (?:there )?(?:twice|again|"
         r"\w+ times|every (?:day|night))(?: this week| already| now)?$",
         r"^(?:eu |e )?(?:subi|fui) (?:la |ate la )?(?:duas|tres|\w+) vezes(?: essa semana| ja)?$"),
    # A body part "again", closing a clause (self_harm_again, 2), and a lighter by its name
    # (self_harm_tool, 1): "wrists again tonight. your zippo", "pulsos de novo hoje. seu zippo,
    # vô"; not a gym's day, a tattoo or a sunburn.
    _cue("self_harm_again", 2, BOTH,
         rf"(?:{_BODY}) (?:\w+ )?(?:again|de novo|outra vez)(?: (?:tonight|today|last night|hoje|"
         rf"ontem|esta noite|essa noite))?(?: {_BARE_TAIL})*$", unless_said=_BODY_WORK),
    _cue("self_harm_tool", 1, BOTH, r"zippos?", unless_said=_SMOKING),
    # More from the insurance than from me (burden, 3): "my wife would get more from the
    # insurance than from me", "a família ia ganhar mais com o seguro de vida do que comigo".
    _cue("burden", EXPLICIT, BOTH,
         rf"(?:get|gain|have|make|receive) (?:a lot |much |so much |way )?more (?:from|out of|"
         rf"with) {_INSURANCE} (?:\w+ ){{0,3}}?than (?:from |out of |with )?(?:me|having me|"
         r"i (?:am|could|would|ever))",
         rf"(?:ganhar|ganhariam|ganham|teriam|receberiam|tirariam|ganhavam) mais (?:com|d[oa]) "
         rf"{_INSURANCE} (?:\w+ ){{0,3}}?(?:do que|que) (?:comigo|de mim|eu viv[oa]|eu)"),
    # Two older dev messages the stem model retrained on batch 34 let fall under its thresholds:
    # worn out like a bald tyre (worn_out, 1; beside "não tem mais chão pra rodar"), "tô igual
    # pneu careca", "I'm like a flat battery"; told to go (reunite_asked, 2), "diz que é pra eu
    # ir", "tell me I should go"; a call asked of the dead one (reunite_call, 1), "me chama",
    # "call me"; going this very day (going_today, 1), "eu vou hoje mesmo", "I'll go today".
    _cue("worn_out", 1, BOTH,
         r"(?:to|estou|sou|i am|i feel) (?:igual|como|feito|que nem|like) (?:um |uma |a |an )?"
         r"(?:pneu careca|bateria (?:descarregada|morta|no fim|arriada)|vela no fim|"
         r"bald (?:tyre|tire)|flat battery|dead battery|burnt out candle|candle burnt down)"),
    _cue("reunite_asked", 2, BOTH,
         r"(?:fala|diz|diga|fale|me diz|me fala|me diga) (?:que )?(?:e )?(?:para|pra) eu "
         r"(?:ir|partir|ir embora|ir com voce)",
         r"(?:tell me|say) (?:that )?i (?:should|must|have to|need to) (?:come|go)(?: to you| now|"
         r" with you)?$",
         unless_said=_IN_TIME),
    _cue("reunite_call", 1, BOTH, r"^(?:me chama|me chame|chama eu|call me|call for me)$"),
    _cue("going_today", 1, BOTH, r"(?:e )?eu vou (?:hoje mesmo|agora mesmo|ja)$",
         r"i will go (?:today|tonight|right now)$"),
)


# Batch 35 (LONG_SHIFTS below): what a work, a course or a house is finished, started or built
# with, so that "finish what I started" is the job's, not mine.
_UNFINISHED_WORK = lazy(rf"\b(?:{_CHORE}|faculdade|curso|obra|reforma|livro|projeto|tese|"
                        r"mestrado|doutorado|concurso|casa|quadro|trilha|maratona|degree|"
                        r"course|college|book|novel|painting|house|renovation|build|race|"
                        r"marathon|puzzle|season|series|serie|temporada)\b")
# A poison of a mine, named (batch 35: the mercury of a garimpo); cyanide and lye are a trade's
# means already (_WORK_MEANS).
_MINE_POISON = r"(?:mercurio|mercury|azougue|arsenico|arsenic|estricnina|strychnine)"
# A hot surface of a kitchen, a workshop or a house, that a body part is pressed on.
_HOT_SURFACE = (r"(?:chapa|grelha|fogao|boca do fogao|forno|frigideira|panela|fritadeira|oleo "
                r"quente|agua fervendo|ferro(?: de passar)?|brasa|chama|fogo|escapamento|"
                r"flat ?top|griddle|grill|stove|hob|oven|pan|fryer|hot oil|boiling water|iron|"
                r"flame|burner|hot ?plate|radiator|exhaust|heater)")
# A sharp point of a pencil case, a desk or a sewing box.
_POINT = (r"(?:compass|compasso|pen|caneta|pencil|lapis|nails?|unhas?|keys?|chave|scissors|"
          r"tesoura|needle|agulha|pin|alfinete|prego|tack|thumbtack|tachinha|glass|caco|vidro|"
          r"knife|faca|blade|lamina|razor|gilete|stapler|grampeador)")
# A medicine set out for someone else's doses (batch 35: "as canetas de insulina da vó … com
# etiqueta de horário"): labels, a schedule, a pill organiser, a weekly box.
_DOSED_OUT = lazy(r"\b(?:etiquet\w*|horarios? (?:d[aeo]s? )?(?:dose|remedio|insulina|aplicac)\w*|"
                  r"com (?:o )?horario|porta ?comprimidos|caixinha (?:de remedios|organizadora|"
                  r"da semana)|organizador\w*|labell?ed|labels?|dosing schedule|(?:pill|weekly) "
                  r"(?:box|organi[sz]er)|dosette)\b")
# A joke taken back with a laugh and "mentira" (batch 35: "vou me jogar da janela kkkk
# mentira"), read as "zoeira" is.
_LIE_LAUGHED = r"(?:k{3,}\w*|(?:ha){2,}\w*|rs+|lol) mentira|mentira (?:k{3,}\w*|(?:ha){2,}\w*|rs+)"

LONG_SHIFTS: tuple[Cue, ...] = (
    # Meant to have died with the others (passive, 3): "era pra eu ter ficado lá embaixo junto
    # com o pessoal", "I should have gone down with them"; the survivor of a disaster's wish.
    _cue("passive", EXPLICIT, BOTH,
         r"(?:era (?:para|pra)|devia|deveria) (?:eu )?ter (?:morrido|afogado|ficado (?:la |ali )?"
         r"(?:embaixo|debaixo|no fundo|soterrad[oa]|enterrad[oa]|na lama|sob a lama))",
         r"should have (?:drowned|gone down|been buried|been crushed|stayed (?:down )?(?:there|"
         r"under|below|in there)) (?:\w+ ){0,2}?with (?:them|him|her|the others|the rest|"
         r"everyone|you|my \w+|the \w+)"),
    # Wishing it was me that the water, the fire or the illness took (passive, 3): "every shift
    # I wish it was me the water took instead", "queria que fosse eu que o mar levou"; batch
    # 7's "instead of you" said with the dying or the taking, of no one named.
    _cue("passive", EXPLICIT, BOTH,
         rf"{_WANT} (?:that )?(?:it )?(?:was|were|had been) (?:me|i) (?:that |who )?(?:the|that|"
         r"this) (?:\w+ ){1,2}?(?:took|swallowed|claimed|killed|got)(?: instead(?: of (?:\w+ )?"
         r"\w+)?)?$",
         rf"{_WANT} (?:that )?(?:it )?(?:was|were|had been) (?:me|i) (?:that |who )?(?:died|"
         r"drowned|went under|was taken|got taken|was swept away|got swept away|was buried|was "
         r"killed|got killed|did not come back|did not make it|never came back)(?: \w+){0,4}?$",
         rf"{_WANT} (?:que )?(?:fosse|tivesse sido) eu (?:que |quem |a que |o que )?(?:(?:o|a) "
         r"\w+ )?(?:levou|tivesse levado|morreu|morresse|afogou|se afogou|foi levad[oa]|"
         r"ficou soterrad[oa]|ficou (?:la )?embaixo)"),
    # Going, before they find out, my way (own_terms, 2), beside not waiting for them to find
    # out (shame, 1): "vou embora antes e do meu jeito", "I'll go first, my own way"; "não vou
    # esperar seus netos descobrirem", "I won't wait for the kids to find out".
    _cue("own_terms", 2, BOTH,
         rf"(?:(?:ir|vou|vo|irei|eu vou) embora|partir|me ir|go|leave|exit|bow out) (?:\w+ ){{1,3}}"
         rf"{_MY_WAY}$"),
    _cue("shame_found_out", 1, BOTH,
         r"nao vou esperar (?:\w+ ){0,3}?(?:descobrir\w*|saber\w*|perceber\w*|ver\w*)",
         r"(?:will not|am not going to|do not want to|can not) wait (?:for )?(?:\w+ ){0,3}?(?:to )?"
         r"(?:find out|finding out|found out|learn|see it|know)"),
    # Finishing what I started (plan_unfinished, 2; not a course, a book, a house or the job),
    # once alone (plan_alone, 1), after telling them what they wanted to hear (masked, 1): "assim
    # q ficar sozinha eu termino o q comecei", "as soon as I'm alone I'll finish what I started";
    # "falei o que eles queriam ouvir", "I told the doctors what they wanted to hear".
    _cue("plan_unfinished", 2, BOTH,
         r"(?:termin\w*|acab\w*|complet\w*) (?:com )?(?:o que|aquilo que|o servico que) (?:eu )?"
         r"(?:comecei|tinha comecado|tentei)",
         r"(?:finish|finishing|complete|completing|end|ending) (?:off )?what i (?:started|began|"
         r"tried)", unless_said=_UNFINISHED_WORK),
    _cue("plan_alone", 1, BOTH,
         r"(?:assim que|quando|logo que|mal) (?:eu )?(?:ficar|estiver|tiver|me ver) sozinh[oa]",
         r"(?:as soon as|once|the moment|the minute|when) (?:i am|i get|i am left) (?:left )?"
         r"(?:alone|on my own|by myself)"),
    _cue("masked", 1, BOTH,
         r"(?:falei|disse|contei|respondi) (?:\w+ ){0,3}?o que (?:eles|elas|ela|ele|o \w+|a \w+|"
         r"os \w+|as \w+|todo mundo) (?:queria|queriam) (?:ouvir|escutar)",
         r"(?:told|said|gave|say|tell) (?:\w+ ){0,3}?(?:them|her|him|the \w+|everyone|everybody) "
         r"what (?:they|she|he|it) (?:wanted|want|needed) to hear"),
    # The poison of a mine (means, 1) and, or a trade's, its use "you know" (plan_means, 3): "no
    # garimpo tem mercúrio… guardei um vidro na mochila, vc sabe pra q", "kept some cyanide
    # from the plant, you know what for".
    _cue("means", 1, BOTH, _MINE_POISON),
    _cue("plan_means", EXPLICIT, BOTH,
         rf"(?:{_MINE_POISON}|{_WORK_MEANS})(?: +\w+){{0,14}} (?:voce sabe|you know) (?:para|pra|"
         r"what) (?:que|o que|for)", scope="message"),
    # A body part pressed on a hot surface (self_harm_burn, 2; not by accident): "encostei o
    # braço na chapa de propósito", "held my forearm on the flat-top"; a point dug into my body
    # (self_harm, 3): "dug the compass into my arm", "cravei a ponta do compasso na coxa".
    _cue("self_harm_burn", 2, BOTH,
         r"(?:encost\w*|apoi\w*|pus|coloquei|apert\w*|segurei|press\w*|held|hold\w*|put|laid|"
         r"stuck|push\w*|touch\w*) (?:o |a |os |as |meu |minha |meus |minhas |my |the )?(?:"
         rf"{_BODY}|maos?|hands?|palms?|dedos?|fingers?) (?:\w+ ){{0,2}}?(?:n[oa]s?|on|onto|"
         rf"against|in|into|to|over) (?:a |o |the |that |aquela |aquele )?{_HOT_SURFACE}\b",
         unless=lazy(r"\b(?:sem querer|sem ver|por acidente|acidentalmente|distraid[oa]|"
                     r"by accident|accidentally|by mistake|without (?:looking|thinking))\b")),
    _cue("self_harm", EXPLICIT, BOTH,
         r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )(?<!\bnurse )(?<!\bdoctor )"
         rf"(?:dug|dig|digging|digs|jabbed|jab|jabbing|stabbed|stab|stabbing|pressed|scraped|"
         rf"gouged|carved) (?:the |a |my |an |this |that )?(?:\w+ )?{_POINT} (?:\w+ ){{0,2}}?"
         rf"(?:into|in|across|along|through) (?:my |the )?(?:{_BODY}|palms?|thighs?|skin|"
         r"ankles?|hands?|legs?)",
         rf"(?:cravei|cravo|cravando|enfiei|enfio|enfiando|finquei|fincando|espetei|espeto|"
         rf"espetando|risquei|arrastei) (?:a |o |um |uma |minha |meu )?(?:ponta d[ao] )?{_POINT} "
         rf"(?:\w+ ){{0,2}}?(?:n[oa]s?|em|dentro d[ao]) (?:minha |meu )?(?:{_BODY}|maos?|palma|"
         r"pele|tornozelos?)"),
    # A message or a letter to each of them (farewell_each, 2; not a birthday, a feast, a
    # wedding or a thank-you), "tomorrow they'll understand why" (farewell_why, 2), and no more
    # writing after this one (farewell_last, 2): "mandei áudio pra cada aluno dizendo q eles
    # foram especiais", "I've written to each of the grandkids"; "amanhã a escola vai entender
    # pq"; "I won't be writing to you again after this one", "não vou mais te escrever depois
    # dessa".
    _cue("farewell_each", 2, BOTH,
         r"(?:mandei|enviei|gravei|escrevi|deixei) (?:um |uma |uns |umas )?(?:audios?|mensage\w+|"
         r"cartas?|cartoes|cartinhas?|bilhetes?|videos?|recados?) (?:\w+ )?(?:para|pra|a) cada "
         r"(?:um|uma|\w+)", r"(?:escrevi|mandei mensagem) (?:para|pra|a) cada (?:um|uma|\w+)",
         r"(?:written|wrote|sent|recorded|left) (?:a |an )?(?:(?:letters?|notes?|cards?|messages?|"
         r"videos?|voice ?notes?|voice messages?|audios?) )?(?:to|for) each (?:of|one)",
         unless_said=lazy(r"\b(?:aniversario|natal|ano novo|pascoa|formatura|casamento|"
                          r"convite\w*|obrigad\w*|agradec\w*|ferias|birthday|christmas|xmas|"
                          r"easter|graduation|wedding|invit\w*|thank\w*|holidays?|valentine\w*|"
                          r"end of (?:the )?(?:year|term))\b")),
    _cue("farewell_why", 2, BOTH,
         r"(?:amanha|depois|logo|em breve|um dia) (?:\w+ ){0,3}?(?:vai|vao|"
         r"irao|voces vao) (?:entender|saber|descobrir) (?:o )?(?:por que|porque|o motivo)$",
         r"(?:tomorrow|soon|one day|then|after|afterwards) (?:\w+ ){0,3}?(?:will|are going to|"
         r"gonna|would) (?:understand|know|see|find out) why$",
         r"(?:will|are going to|gonna) (?:understand|know|see|find out) why (?:tomorrow|soon|"
         r"afterwards|then)$"),
    _cue("farewell_last", 2, BOTH,
         r"(?:will not|won t|am not going to|i will not) be (?:writing|talking|messaging|texting) "
         r"(?:to )?(?:you )?(?:again|anymore|any more) (?:after (?:this|today|tonight)|once "
         r"this)",
         r"nao vou (?:mais )?(?:te )?(?:escrever|falar|mandar mensagem) (?:mais )?(?:\w+ )?depois "
         r"(?:dessa|desta|disso|de hoje)",
         r"(?:esta|essa) (?:e|sera) a ultima (?:vez )?(?:que )?(?:eu )?(?:te )?(?:escrevo|"
         r"escrever|falo|mando)"),
    # The others would save, or be freer, without me (burden, 3): "minha família ia economizar
    # muito sem eu", "they'd be so much freer without me clogging up the house"; the others'
    # relief at my absence in words batch 6 did not have.
    _cue("burden", EXPLICIT, BOTH,
         rf"(?:economiz\w*|gastar menos|gastariam menos|mais livres?|freer|spend "
         rf"less|save (?:so much|a lot|money)) (?:\w+ ){{0,4}}{_ABSENT}",
         rf"{_ABSENT} (?:\w+ ){{0,4}}(?:economiz\w*|gastar menos|gastariam menos|mais livres?|"
         r"freer)"),
    # Better off with the money than with me (burden, 3): "iam ficar melhor com o dinheiro do q
    # comigo", "the kids would be better off with the money than with me"; batch 33's
    # insurance, the money alone.
    _cue("burden", EXPLICIT, BOTH,
         r"melhor(?:es)? com (?:o |a )?(?:dinheiro|grana|indenizacao|pensao|heranca) (?:\w+ ){0,3}?"
         r"(?:do que|que|doque) (?:comigo|com eu|eu viv[oa]|me ter)",
         r"better off with (?:the |that )?(?:money|payout|cash|pension|compensation) (?:\w+ ){0,3}?"
         r"than (?:with )?(?:me|having me|i am)"),
    # Deserving better than me still here (burden, 3): "she deserves better than me still being
    # here", "ela merece mais do que eu ainda aqui"; not "deserves better than me" alone (a
    # breakup says it).
    _cue("burden", EXPLICIT, BOTH,
         r"(?:better|more) than (?:me|i) (?:still being|still here|still around|still alive|being "
         r"(?:here|around|alive)|hanging around|sticking around)",
         r"(?:melhor|mais) (?:do que|que) eu (?:ainda )?(?:aqui|viv[oa]|por aqui|estar aqui)"),
    # Kinder to everyone if I went (burden, 3): "it would be kinder to everyone if I went now",
    # "seria melhor pra todo mundo se eu fosse agora"; not home, back or out.
    _cue("burden", EXPLICIT, BOTH,
         r"(?:would be|it would be|it d be|be) (?:\w+ )?(?:kinder|easier|better|simpler|fairer|a "
         r"relief|a mercy|lighter) (?:on|to|for) (?:everyone|everybody|all of them|them|him|her|my "
         r"\w+|the \w+) if i (?:went|was gone|were gone|died|disappeared|was not here|were not "
         r"here)(?: now| first| soon| tonight| quietly| for good)?$",
         r"(?:seria|ia ser|era) (?:\w+ )?(?:melhor|mais facil|mais justo|um alivio|mais leve) "
         r"(?:pra|para|pro) (?:todo mundo|todos|eles|ela|ele|a familia|meu \w+|minha \w+) se eu "
         r"(?:fosse|fosse embora|partisse|morresse|sumisse|nao estivesse (?:mais )?aqui)"
         r"(?: agora| logo| de vez| hoje)?$"),
    _cue("burden", 1, BOTH, r"(?:i am|i m|im|sou|eu sou) (?:just |only |so )?(?:a|an|um|uma) "
         r"(?:\w+ )?(?:chore|errand|obligation|duty|task|obrigacao|tarefa|peso) (?:on|in|for|na|"
         r"no|pra|para) (?:his|her|their|the|a|sua|lista|dele|dela|deles)"),
    # I pray to be hit by a bus (passive, 3): "i pray every night i get hit by a bus", "rezo pra
    # um caminhão me pegar"; batch 6's vehicle wished, prayed for.
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_PLEA}|{_WANT}) (?:\w+ ){{0,3}}?(?:that |que |pra |para |to )?(?:i |eu )?"
         rf"(?:get|gets|will get|would get|be|am|was|were|ser|seja|fosse|for) (?:hit|run over|"
         rf"struck|mowed down|flattened|atropelad[oa]|pego|pega|esmagad[oa]) (?:by|por) "
         rf"(?:a |an |the |um |uma |o |algum |alguma |some )?(?:\w+ )?(?:{_VEHICLE}|lorry|van|"
         r"tractor|trator|caminhonete)"),
    # Taking myself out (active, 3): "I'm going to take myself out before he gets near me";
    # not out to dinner, for a walk or on a date.
    _cue("active", EXPLICIT, EN,
         r"(?:going to|gonna|will|want to|wanna|should|might|could|plan to|ready to|about to|"
         r"thinking (?:of|about)) take (?:myself|me) out(?: (?:before|first|for good|permanently|"
         r"now|tonight|of (?:the|this) (?:picture|equation|world|game))\b|$)",
         unless_said=lazy(r"\b(?:dinner|lunch|breakfast|brunch|dinners|date|dates|movies?|film|"
                          r"cinema|shopping|walk|drinks?|coffee|treat|spa|meal|restaurant|"
                          r"dancing|concert|show|pub|bar|trip|birthday)\b")),
    # A place where nobody would open, find or check until a day (plan_unfound, 2), nobody watches
    # a side (plan_unwatched, 1), a drop measured (plan_scouted, 1), it all thought through
    # (plan_thought, 2) and a day picked (plan_day, 2): "nobody would open it till monday", "night
    # shift nobody watches the east side", "a 90ft drop", "i've thought it all through", "i've
    # picked thursday", "ninguém ia me achar até segunda", "já escolhi o dia".
    _cue("plan_unfound", 2, BOTH,
         r"(?:nobody|no one|noone) (?:would|will|could) (?:\w+ )?(?:open|find|check|come|look|"
         r"notice|miss me|find me|check on me) (?:\w+ ){0,3}?(?:till|until|before|til) "
         r"(?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|"
         r"tomorrow|next \w+|the weekend|days later|it was too late|it is too late)",
         r"(?:ninguem|ninguem nunca) (?:ia|iria|vai|ira) (?:me )?(?:abrir|achar|encontrar|ver|"
         r"procurar|perceber|sentir falta|notar) (?:\w+ ){0,3}?(?:ate|antes d[eao]) (?:a |o )?"
         r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|manha|amanha|outro dia|dias depois|"
         r"ser tarde)"),
    _cue("plan_unwatched", 1, BOTH,
         r"(?:nobody|no one|noone) (?:\w+ )?(?:watches|checks|patrols|guards|monitors|sees|is on) "
         r"(?:the|that|this|a) (?:\w+ )?(?:side|deck|end|edge|corner|door|roof|stairs|platform|"
         r"area|part|bit)",
         r"(?:ninguem|ninguem nunca) (?:vigia|olha|fica de olho|ve|passa|ronda) "
         r"(?:n?[ao] |n?[ao]s |aquel[ae] |ess[ae] )?(?:\w+ )?(?:lado|deck|ponta|borda|beira|"
         r"canto|porta|telhado|laje|escada|plataforma|parte)"),
    _cue("plan_scouted", 1, BOTH,
         r"(?:a |an )?\d+ ?(?:ft|feet|foot|m|metres|meters|metros|storey|story) (?:\w+ )?"
         r"(?:drop|fall|plunge|down)",
         r"(?:uma )?queda de (?:uns |mais de )?\d+ ?(?:m|metros|andares)"),
    _cue("plan_thought", 2, BOTH,
         r"(?:i have|i|i ve) (?:\w+ )?thought (?:it|this|everything) (?:all )?through$",
         r"(?:ja )?(?:pensei em tudo|pensei em cada detalhe|esta tudo pensado|ta tudo pensado)$"),
    _cue("plan_day", 2, BOTH,
         rf"(?:i have|i|i ve) (?:\w+ )?(?:picked|chosen|chose|set|decided on|settled on) "
         rf"(?:the |a |my )?(?:day|date|night|{_DAY}|the \d+(?:st|nd|rd|th)?)$",
         rf"(?:ja )?(?:escolhi|marquei|decidi) (?:o dia|a data|a noite|{_DAY}|dia \d+)$"),
    # Walking in, the water named, and going to find the dead one (plan_water, 2; reunite_find,
    # 2): "you pulled 40 people out of that water … i want to walk in and go find you", "o mar
    # levou você… quero entrar e ir te encontrar"; not a swim, not at the grave, not someday.
    _cue("plan_water", 2, BOTH,
         rf"{_WATER}(?: \w+){{0,25}}? (?:want to|wanna|going to|gonna|will|just|vou|quero|"
         r"queria|eu vou) (?:walk|wade|swim|go|entrar|andar|nadar)(?: out)? (?:in|into it|"
         r"nel[ea]|mar adentro|agua adentro|adentro|out)(?: and| e|$)", scope="message",
         unless_said=lazy(r"\b(?:swim|swimming|nadar|mergulh\w*|surf\w*|dip|paddle|"
                          r"banho de mar|snorkel\w*)\b(?! (?:out|until|till|ate)\b)")),
    _cue("reunite_find", 2, BOTH,
         r"(?:want to|wanna|need to|going to|gonna) (?:\w+ (?:in |out )?and )?(?:go|come) "
         r"(?:and )?(?:find|join) you$",
         r"(?:quero|queria|vou|preciso) (?:(?:\w+ ){1,2}e )?(?:ir|vir) te (?:encontrar|achar|"
         r"buscar)$",
         unless_said=_IN_TIME),
    # Me next, to heaven, to God or after the dove (reunite_next, 3): "👴☁️🕊️ ➡️ me next pls",
    # "Lord, take me next", "vó 🕊️ me leva agora"; the dove read as the word (above).
    _cue("reunite_next", EXPLICIT, BOTH,
         rf"(?:{_HEAVEN}|{_SAINT}|pomba|dove)(?: \w+){{0,4}} (?:take )?me next(?: please)?$",
         rf"(?:{_HEAVEN}|{_SAINT}|pomba|dove)(?: \w+){{0,4}} (?:me leva|leva eu|me busca|busca eu) "
         r"(?:agora|logo|depois|em seguida|tambem)(?: por favor)?$", scope="message"),
    # No next step left, only the last one (hopeless_last, 3): "there's no next step left, only
    # the last one", "não sobrou próximo passo, só o último"; the end as the last step.
    _cue("hopeless_last", EXPLICIT, BOTH,
         r"no (?:next|other|more) (?:steps?|moves?|options?|ways?|doors?) (?:\w+ )?left "
         r"(?:only|just|except|but) (?:the|one) (?:last|final) (?:one|step|move|option|way|door)",
         r"(?:nao (?:tem|ha|sobrou)|sem) (?:mais )?(?:nenhum )?(?:proximo|outro) (?:passo|caminho|"
         r"saida) (?:so|apenas|menos|a nao ser) (?:o|a) (?:ultim[oa])", scope="message"),
)


# Batch 36 (CUT_SHORT below): a sedative or an anaesthetic of an ambulance, a ward or a vet's,
# named (the drugs batch 15 named, _DRUG, are a means already).
_SEDATIVE = (r"(?:sedativos?|sedatives?|anestesic[oa]s?|anaesthetics?|anesthetics?|propofol|"
             r"midazolam|dormonid|ketamina|ketamine|cetamina|barbituric[oa]s?|barbiturates?|"
             r"tranquilizantes?|tranquill?i[sz]ers?)")
# What a medicine used on oneself is for when it is care: diabetes, a vaccine, a nurse's lesson.
_OWN_CARE = lazy(r"\b(?:diabet\w*|glicemia|glicose|glucose|blood sugar|vacina\w*|vaccin\w*|"
                 r"b12|vitamina\w*|vitamins?|(?:a |o )?(?:enfermeir[oa]|medic[oa]|doutor[a]?) "
                 r"(?:me )?(?:ensinou|mostrou|mandou)|(?:the )?(?:nurse|doctor) (?:showed|taught|"
                 r"told) me)\b")
# What a gun is taken out for in a day's sport or work (batch 34's _GUN_WORK without the
# cleaning, which is a gun made ready too): a hunt, a range, a class, vermin, a sale.
_GUN_SPORT = lazy(r"\b(?:caca|cacar|cacada|hunt\w*|deer|veado|javali|range|stand de tiro|"
                  r"clube de tiro|targets?|alvos?|clay|skeet|season|temporada|aula|curso|"
                  r"class|lesson|competi\w*|coyotes?|raposas?|foxes|fox|predators?|cobras?|"
                  r"snakes?|lobos?|wolves|onca|gambas?|vermin|pests?|sell\w*|sold|vend\w*|"
                  r"leilao|auction\w*|pawn\w*|penhor\w*|museu|museum|colec\w*|collect\w*|"
                  r"hand (?:it|them) in|turn (?:it|them) in|entreg\w*)\b")
# Waiting until the others are away, asleep or out (batch 36: "waiting till Ellen's at her
# sister's on the 14th"), "esperando a Ellen viajar".
_AWAY_WAIT = (r"(?:(?:waiting|wait|will wait|gonna wait|going to wait) (?:till|until|til|for "
              r"(?:\w+ ){1,2}to (?:go|leave|be)) (?:\w+ ){0,2}?(?:(?:is|s|are|gets?|goes?|"
              r"leaves?|has gone|have gone) )?(?:at|away|out|gone|off|asleep|on (?:her|his|"
              r"their) (?:trip|holiday|vacation)|to (?:her|his|their|the) \w+)\b|(?:esperando|"
              r"esperar|vou esperar|espero|so espero) (?:ate )?(?:a |o |os |as )?(?:\w+ ){0,2}?"
              r"(?:ir|sair|viajar|dormir|ir embora|for embora|estar fora|estiver fora|estiver "
              r"viajando|estiver dormindo|ficar fora)\b)")
# What is handed to the one who takes my place (batch 36: "dei meu breviário pro seminarista
# novo", "gave my cleats to the new kid") is handed over, not given away; a pet's new owner or
# home is not a successor.
_SUCCESSOR = lazy(r"\b(?:pr[oa]s? (?:\w+ )?(?!(?:don[oa]s?|lar|casa|tutor[a]?|familia)\b)\w+ "
                  r"(?:nov[oa]s?|novat[oa]s?)|pr[oa]s? (?:\w+ )?(?:novat[oa]s?|calour[oa]s?|"
                  r"substitut[oa]s?|sucessor\w*)|(?:quem|que) (?:entrou|ficou|vai ficar|assumiu) "
                  r"no meu lugar|to (?:the |my |our )?(?:new (?!(?:owners?|homes?|family)\b)\w+|"
                  r"rookies?|replacement|successor|newcomers?|freshm[ae]n))\b")
# The trouble of a house said in English, before its verb ("the fighting would stop").
_TROUBLES_EN = (r"(?:fighting|arguing|fights|arguments|rows|screaming|yelling|shouting|worry|"
                r"worrying|trouble|problems|stress|tension|bills|debts?)")
# An ending wished for everything, said "for good" or as a silence, dark or vanishing.
_ALL_ENDING = (r"(?:for good|forever|for ever|permanently|de vez|(?:pra|para) sempre|quiet|"
               r"silent|dark|still|away|stop|stopped|end|ended|disappear\w*|vanish\w*|"
               r"(?:em )?silencio|escuro|sumisse|sumissem|acabasse|parasse|apagasse|"
               r"desaparecesse|sumir|acabar|apagar)")
# The self counted among what ends: "me included", "eu junto".
_ME_TOO = (r"(?:me included|including me|myself included|me with it|and me with it|eu junto|"
           r"eu inclusive|inclusive eu|eu inclus[oa]|eu incluid[oa]|comigo junto|e eu junto|"
           r"junto comigo)")
# What goes down, sinks or falls with the writer aboard or under it.
_GOES_DOWN = (r"(?:goes down|go down|went down|sinks?|sank|crash\w*|collapses?|collapsed|caves? "
              r"in|falls? (?:down|apart|in)|blows? up|explodes?)")
_GOES_DOWN_PT = (r"(?:afund\w*|cai[as]?|caisse|desab\w*|explod\w*|bat[ae]|batesse|"
                 r"(?:vai|for|fosse) (?:a pique|pro fundo|pelos ares))")

CUT_SHORT: tuple[Cue, ...] = (
    # A drug of a trade named (means, 1): "tirei da viatura um frasco de sedativo", "took a vial of
    # ketamine from the truck"; knowing how much is needed, closing a clause (plan_known, 1): "sei
    # quanto precisa", "I know how much it takes"; and using it on myself (plan_self_use, 2; not a
    # diabetic's insulin or a vaccine): "depois do plantão de sábado eu uso em mim", "after my
    # last shift I'll use it on myself".
    _cue("means", 1, BOTH, _SEDATIVE, unless=_THEIR_MEDICINE),
    _cue("plan_known", 1, BOTH,
         r"(?:ja sei|eu sei|sei) (?:exatamente )?(?:quanto|quantos|quantas) (?:\w+ )?(?:precisa|"
         r"e preciso|basta|bastam|da conta|e suficiente|sao suficientes)$",
         r"i (?:already )?know (?:exactly )?how (?:much|many) (?:\w+ )?(?:it takes|it would take|"
         r"is enough|are enough|i need|i would need|is needed|are needed|does it)$"),
    _cue("plan_self_use", 2, BOTH,
         rf"(?:{_SEDATIVE}|{_DRUG}|{_PILLS}|{_POISON}|{_WORK_MEANS}|{_GUNS}|frascos?|ampolas?|"
         r"seringas?|vials?|ampoules?|syringes?)(?: \w+){0,30}? (?:eu )?(?:uso|usar|vou usar|"
         r"usaria|aplico|aplicar|vou aplicar|injeto|injetar|vou injetar|use it|using it|will use "
         r"it|am going to use it|gonna use it|inject it|will inject it|am going to inject it) "
         r"(?:ela |ele |isso |tudo |all of it |it all )?(?:em|on|in|into) (?:mim|myself)"
         r"(?: mesm[oa])?\b(?! (?:tambem|too|todo dia|todos os dias|every day|daily)\b)",
         scope="message", unless_said=_OWN_CARE),
    # Wishing everything would end or go quiet for good, me included (passive, 3): "some nights I
    # wish it would all go quiet for good, me included", "queria que tudo sumisse de vez, eu
    # junto"; not "I wish everyone would stop fighting, me included" (no ending).
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|espero|tomara) (?:\w+ ){{0,8}}?{_ALL_ENDING} {_ME_TOO}\b", scope="message"),
    # Hoping what I am on goes down and takes me with it (passive, 3): "I just hope one night the
    # ship goes down and takes me with it", "tomara que esse barco afunde e me leve junto"; "goes
    # down with me on it", "caia comigo dentro"; not taken to a place ("takes me home").
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|espero|tomara) {_gap(6)}{_GOES_DOWN} (?:\w+ ){{0,4}}?and (?:takes?|took|"
         r"would take|will take) me(?: with (?:it|her|him|them)| along| down| too)?"
         r"(?! (?:to|for|out|home|back|there|somewhere|places|in)\b)",
         rf"(?:{_WANT}|espero|tomara) {_gap(6)}{_GOES_DOWN} with me (?:on|in|aboard|inside|"
         r"under)\b",
         rf"(?:{_WANT}|espero|tomara) {_gap(6)}{_GOES_DOWN_PT} (?:\w+ ){{0,4}}?(?:e|e que) "
         r"(?:me (?:leve|levasse|leva|arraste|arrastasse|engula|engolisse)(?! (?:pra|para|ate|"
         r"de volta|em casa)\b)|(?:eu )?(?:va|fosse|afunde|afundasse) junto)",
         rf"(?:{_WANT}|espero|tomara) {_gap(6)}{_GOES_DOWN_PT} comigo (?:dentro|junto|em cima|"
         r"embaixo|a bordo)"),
    # A gun got down or out of where it was kept (plan_gun_out, 1; not for a hunt, a range, a
    # sale or a museum): "got your old shotgun down from the attic", "tirei a espingarda do vô do
    # armário"; waiting until the others are away, a means named (plan_alone, 2): "waiting till
    # Ellen's at her sister's on the 14th", "a corda tá no carro … esperando a Nádia viajar".
    _cue("plan_gun_out", 1, BOTH,
         rf"(?:got|took|brought|pulled|fetched|dug|taken|getting|taking) (?:\w+ ){{0,3}}?{_GUNS} "
         r"(?:down|out)\b",
         rf"(?:tirei|peguei|desci|busquei|trouxe|puxei) (?:\w+ ){{0,3}}?{_GUNS} (?:\w+ ){{0,3}}?"
         r"(?:d[oa]s?|de cima d[oa]|de dentro d[oa]) (?:\w+ )?(?:armario|guarda roupa|sotao|forro|"
         r"cofre|gaveta|caixa|porao|paiol|galpao|maleiro)",
         unless_said=_GUN_SPORT),
    _cue("plan_alone", 2, BOTH,
         rf"(?:{_GUNS}|{_POISON}|{_DRUG}|{_SEDATIVE}|{_PILLS}|corda|forca|rope|noose|gilete|"
         rf"laminas?|navalha|razors?|blades?)(?: \w+){{0,25}}? {_AWAY_WAIT}"
         # (waiting to do something else: "waiting till the kids are at school to hang it")
         r"(?!(?: \w+){0,5} (?:to|so|para|pra|pro|and|e|then|depois|for)\b)",
         scope="message", unless_said=_GUN_SPORT),
    # All my things given (farewell_giving, 2; not to a successor, nor what no longer fits or a
    # move): "dei todos os meus pincéis pro ateliê da escolinha", "gave all my brushes to the
    # art school"; and that being my way of saying goodbye, closing a clause (farewell_way, 2):
    # "é meu jeito de me despedir", "this is my way of saying goodbye" (not "foi", a goodbye to
    # the dead one past, nor "de você").
    _cue("farewell_giving", 2, BOTH,
         r"(?:dei|doei|dando|doando|distribui) (?:tod[oa]s (?:[oa]s )?|tudo (?:[oa]s )?)"
         r"(?:minhas|meus)",
         r"(?:gave|give|giving|given) (?:away )?all (?:of )?my (?:\w+ ){1,3}?(?:to|away)\b",
         unless=_SUCCESSOR,
         unless_said=lazy(_MOVED.pattern + rf"|\b(?:{_UNFIT})\b")),
    _cue("farewell_way", 2, BOTH,
         r"(?:e|esse e|essa e|isso e|eis|este e|esta e) (?:o )?(?:meu|a minha|minha) (?:jeito|"
         r"forma|maneira|modo) de (?:me despedir|dizer adeus|dizer tchau)(?: de todos| de todo "
         r"mundo)?$",
         r"(?:this is|that is|it is|its|here is) (?:my|me) (?:way of|way to) (?:saying|"
         r"say|waving) (?:goodbye|farewell|bye)"
         r"(?: to (?:everyone|everybody|all of you|you all))?$"),
    # Three older dev messages the stem model retrained on batch 36 let fall just under its
    # threshold: no more will to wake up (passive, 3): "eu n tenho mais vontade de acordar", "I
    # have no will to wake up anymore"; switching myself off along with a thing (passive, 3):
    # "desligo o despertador e penso que podia me desligar junto", "could switch myself off with
    # it"; sleeping one afternoon and not getting up (passive_if, 2), that being good enough
    # (relief, 1): "se eu dormisse numa dessas tardes e n levantasse mais … tava de bom tamanho",
    # "if I lay down one of these nights and never got up, that'd do me".
    _cue("passive", EXPLICIT, BOTH,
         r"nao (?:tenho|sinto) (?:mais )?(?:nenhuma )?vontade (?:nenhuma )?de (?:acordar|viver|"
         r"existir|continuar viv[oa]|continuar vivendo|estar viv[oa]|estar aqui)(?: mais| nunca "
         r"mais)?$",
         r"(?:have|feel) no (?:more )?(?:will|wish|desire|urge) (?:left )?to (?:wake up|wake|live|"
         r"exist|be alive|keep living|be here)(?: anymore| any more)?$"),
    _cue("passive", EXPLICIT, BOTH,
         r"(?:podia|poderia|queria|quero|pudesse|dava (?:pra|para)) (?:\w+ )?me desligar junto"
         r"(?: com (?:\w+ ){0,2}\w+)?$",
         r"(?:could|wish i could|want to|wanna) (?:just )?(?:switch|turn|shut) myself off (?:with "
         r"it|along with it|too|as well)$"),
    _cue("passive_if", 2, BOTH,
         r"se eu (?:dormisse|deitasse|fechasse os olhos|pegasse no sono) (?:\w+ ){1,4}?e (?:nao|"
         r"nunca mais) (?:levantasse|acordasse|abrisse (?:mais )?os olhos)(?: mais)?",
         r"if i (?:went to sleep|lay down|fell asleep|closed my eyes) (?:\w+ ){1,4}?and (?:never|"
         r"did not) (?:got up|get up|woke|wake up|woke up|opened them)(?: again)?",
         # (not to wake in time: "e não acordasse pro jogo")
         unless=lazy(r"\b(?:nao|nunca mais) (?:levantasse|acordasse) (?:mais )?(?:ate|pra|para|"
                     r"pro|a tempo|cedo|na hora)\b|\b(?:never|did not) (?:got up|get up|woke|"
                     r"wake up|woke up) (?:till|until|for|in time|early|on time)\b")),
    _cue("relief", 1, BOTH,
         r"^(?:\w+ )?(?:ja )?(?:tava|estava|taria|estaria|ta|ficava|ficaria) de bom tamanho$",
         r"^(?:\w+ )?(?:that|it) (?:would|d|will) (?:do me|suit me fine|be fine by me)$"),
    # One test message of batch 31's forms the same retrained model let fall just under its
    # threshold with a cue (0.752 → 0.750): the trouble I cause ended by my being gone, in English
    # as "se eu não estivesse mais aqui, acabava a briga" is read (burden, 3): "if I was gone the
    # fighting would stop", "the arguing would finally end if I wasn't here" (not gone for a
    # weekend or a trip).
    _cue("burden", EXPLICIT, EN,
         r"if i (?:was|were|am) (?:gone|not here|not around|dead|out of the picture)(?: for good|"
         r" forever)? (?:maybe |then |finally )?(?:the |all the |all this |all that )?"
         rf"{_TROUBLES_EN} (?:would|will|could|might) (?:finally |just )?(?:stop|end|be over|go "
         r"away|die down)",
         rf"(?:the |all the |all this |all that )?{_TROUBLES_EN} (?:would|will|could|might) "
         r"(?:finally |just )?(?:stop|end|be over|go away|die down) if i (?:was|were) (?:gone|not "
         r"here|not around|dead|out of the picture)(?! (?:for|on|at|to) (?!good\b))"),
)


# Batch 37 (LAST_CALL below): a grave, a coffin or a hole named, and a time for it that is God's
# or years away ("quando chegar minha hora", "when my time comes", or a far future the idioms
# took out, "~").
_GRAVE = r"(?:cova|sepultura|tumulo|jazigo|caixao|buraco|grave|coffin|plot|hole)"
_MY_TIME_COMES = lazy(rf"~|\b(?:{_GODS_TIME}|quando (?:chegar|for) (?:a )?(?:minha )?hora|when "
                      r"(?:my|the) time (?:comes|is up))\b|" + _NOT_FOR_LONG.pattern)
# The dead of a film, a game or a story ("os mortos do filme de zumbi", "the dead actors").
_ON_SCREEN = lazy(r"\b(?:filmes?|series?|novelas?|jogos?|games?|movies?|films?|shows?|"
                  r"zumbis?|zombies?|actors?|atores|atrizes|personagens?|characters?)\b")
# The dead as those one envies: "os que morreram", "quem já se foi", "the dead".
_THE_DEAD = (r"(?:(?:os |as )?(?:mortos|defuntos|falecidos)|(?:os |as |aqueles |aquelas )?que "
             r"(?:ja )?(?:morreram|se foram|partiram|descansam)|quem (?:ja )?(?:morreu|se foi|"
             r"partiu|descansa)|the dead|dead people|those (?:who|that) (?:died|are gone|have "
             r"gone|passed)|the ones (?:who|that) (?:died|are gone|passed))")
# A day or a time soon, after "before": "antes da segunda-feira", "before the weekend".
_BEFORE_DAY = (rf"(?:antes d[aeo]s? (?:\w+ ){{0,2}}?(?:{_OCCASION}|amanha|fim de semana|semana "
               r"que vem|proxima semana|mes que vem|virada|\w+ feira)|before (?:\w+ ){0,2}?"
               rf"(?:{_OCCASION}|tomorrow|the weekend|next week|next month))")
# Heat a body part can be held over or in: steam, a kettle, a flame, a candle, a lighter.
_HEAT = (r"(?:kettle|steam|boiling water|hot water|candle|lighter|flame|vapor|vapour|chaleira|vela|"
         r"isqueiro|fosforo|chama|agua fervendo|agua quente|panela de pressao|cigarette|cigarro)")
# What a letter or a card to each of them is written for when it is no goodbye (as in
# LONG_SHIFTS): a birthday, a feast, a wedding, a thank-you, the end of a year.
_SEASONS_CARDS = lazy(r"\b(?:aniversario|natal|ano novo|pascoa|formatura|casamento|convite\w*|"
                      r"obrigad\w*|agradec\w*|ferias|birthday|christmas|xmas|easter|graduation|"
                      r"wedding|invit\w*|thank\w*|holidays?|valentine\w*|end of (?:the )?(?:year|"
                      r"term)|lunch ?box|lancheira|first day)\b")
# A gap of words with no negation in it ("I hope they don't follow through" is no wish).
_UNNEGATED_GAP = r"(?:(?!(?:not|nao|never|nunca|dont)\b)\w+ )"

LAST_CALL: tuple[Cue, ...] = (
    # Envying the dead (passive, 3): "fico com inveja dos que morreram", "I envy the dead"; the
    # dead one's rest envied after words of dying or burying, "inveja deles", "I envy every single
    # one of them" (not "envy them their fifty years", "the way they lived").
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:inveja|invejo|invejando|envy|envying) (?:d[oa]s? |de )?{_THE_DEAD}",
         r"(?:morreram|morreu|mortos|defuntos|falecidos|enterrei|enterro|sepultei|buried|bury|"
         r"burying|died|dead|corpses|bodies)(?: \w+){0,12} (?:fico com |tenho |sinto |sentindo |"
         r"morro de )?(?:inveja|envy|am jealous of) (?:deles|delas|de cada um (?:deles|delas)|de "
         r"todos(?: eles| elas)?|every (?:single )?one of them|each (?:one )?of them|all of them|"
         r"them)(?! (?:their|for|the way|how|because|pelo|pela|por)\b)",
         scope="message", unless=_ON_SCREEN),
    # Wishing to be the next one buried, the next empty bed (passive, 3): "queria ser eu o
    # próximo leito vazio", "I wish I was the next one in the ground" (not the next in a queue).
    _cue("passive", EXPLICIT, BOTH,
         rf"{_WANT} (?:que )?(?:ser|fosse) (?:eu )?(?:o|a) proxim[oa] (?:\w+ )?(?:leito vazio|"
         r"caixao|cova|defunto|enterro|velorio|corpo|da lista do cemiterio|a (?:morrer|partir|ser "
         r"enterrad[oa]|ir pro cemiterio))",
         rf"{_WANT} (?:that )?(?:it |i )?(?:was|were|could be|would be|to be) (?:me )?(?:the )?"
         r"next (?:one )?(?:in the ground|in a coffin|in the (?:box|grave|morgue)|on the slab|to "
         r"(?:die|go|be buried)|they bury|body|empty bed|grave|funeral)"),
    # God asked to take me before a day (passive, 3): "pedindo pra Deus me recolher antes da
    # segunda-feira", "begging the Lord to come for me before the weekend".
    _cue("passive", EXPLICIT, BOTH,
         rf"{_PLEA} (?:\w+ ){{0,2}}?(?:a |para |pra |to |that )?(?:o |a )?{_SAINT} (?:\w+ ){{0,2}}?"
         r"(?:que |to )?(?:me (?:lev\w+|busc\w+|recolh\w+|cham\w+)|vir me (?:buscar|levar)|take "
         rf"me|come for me|call me home|fetch me) {_BEFORE_DAY}"),
    # A grave, a coffin or a hole that is for me (plan_grave, 2), and lying down in it (plan_grave,
    # 2): "abri uma cova a mais ... é pra mim", "dug one more grave, it's for me"; "sábado à noite
    # eu deito lá", "on Saturday I'll lie down in it" (not when my time comes, God's hour).
    _cue("plan_grave", 2, BOTH,
         rf"{_GRAVE}(?: \w+){{0,15}} (?:e|era|vai ser|fica) (?:para|pra) mim(?: mesm[oa])?\b"
         r"(?! (?:e|ou|tambem|comprar|fazer|pagar|e para|e pro)\b)",
         rf"{_GRAVE}(?: \w+){{0,15}} (?:is|was|will be|it is|its) (?:for me|mine)\b"
         r"(?! (?:and|or|too|to)\b)",
         scope="message", unless_said=_MY_TIME_COMES),
    _cue("plan_grave", 2, BOTH,
         rf"{_GRAVE}(?: \w+){{0,25}} (?:eu )?(?:me )?(?:deito|deitarei|vou (?:me )?deitar|entro|"
         r"vou entrar|me enterro) (?:la|nela|nele|dentro)\b",
         rf"{_GRAVE}(?: \w+){{0,25}} i (?:will|am going to|am gonna|gonna) (?:lie|lay|get|climb) "
         r"(?:down )?in(?:to)? it\b",
         scope="message", unless_said=_MY_TIME_COMES),
    # Going down or driving on without braking (plan_crash, 2): "de madrugada eu saio com ele e
    # desço a serra sem frear", "I'll take the truck down the pass without braking".
    _cue("plan_crash", 2, BOTH,
         r"(?:desco|descer|vou descer|desceria|jogo|jogar|vou jogar|entro|vou entrar|acelero|vou "
         r"acelerar|vou seguir|sigo) (?:\w+ ){0,5}?sem (?:frear|freio|freios|brecar|tocar no freio|"
         r"pisar no freio)",
         r"(?:i will|i am going to|gonna|going to|i am gonna) (?:just )?(?:drive|go|take|head|ride|"
         r"roll|steer) (?:\w+ ){0,5}?without (?:braking|brakes|touching the brakes|hitting the "
         r"brakes)",
         r"(?:nao vou|i will not|i am not going to|not gonna) (?:frear|brecar|brake|hit the "
         r"brakes)$"),
    # New cuts over old scars (self_harm, 2): "cobrindo as cicatrizes ... fiz cortes novos",
    # "covered my scars with ink and made new cuts over them".
    _cue("self_harm", 2, BOTH,
         r"(?:cicatriz\w*|scars?)(?: \w+){0,20} (?:fiz |i made |made |did |eu fiz |abri |opened )?"
         r"(?:uns |umas |some |a few |two |three |dois |tres |\w+ )?(?:cortes? novos|novos cortes|"
         r"new cuts|fresh cuts)", scope="message"),
    # Without me they would have the insurance, or someone better (burden, 3): "sem mim eles
    # ficavam com o seguro e alguém melhor pra cuidar deles", "without me they'd get the payout".
    _cue("burden", EXPLICIT, BOTH,
         rf"{_ABSENT} (?:\w+ ){{0,4}}?(?:ficavam|ficariam|ficaria|ficava|iam ficar|teriam|tinham|"
         r"ganhavam|ganhariam|would get|would have|could get|could have|get|have) (?:com )?(?:o |a "
         r"|the |their |some )?(?:seguro|indenizacao|pensao|heranca|insurance|payout|pension|life "
         r"insurance|inheritance|alguem melhor|someone better|somebody better)"),
    # Going to the dead one in person (reunite_in_person, 2): "um dia desses eu paro de ligar e
    # vou aí pessoalmente", "I'll come and see you in person" (not at the grave).
    _cue("reunite_in_person", 2, BOTH,
         r"(?:vou|vo|irei|eu vou|ir|to indo) (?:\w+ ){0,2}?(?:ai|la|te ver|ver (?:voce|vc)|te "
         r"encontrar|te abracar) (?:\w+ )?(?:pessoalmente|em pessoa)",
         r"(?:i will|i am going to|gonna|going to|i am coming|i will come|coming) (?:\w+ ){0,2}?"
         r"(?:see|meet|hug|visit|come to|be with) you (?:\w+ )?in person", unless=_VISIT),
    # Going to stay "do lado de lá", the other side (reunite_beyond, 2): "vou ficar do teu lado,
    # do lado de lá" (not "do lado de lá do rio").
    _cue("reunite_beyond", 2, PT,
         r"(?:vou|vo|irei|eu vou|quero|queria|to indo|estou indo) (?:\w+ ){0,6}?(?:d?o|pro|para o|"
         r"no) lado de la\b(?! d[aoe]s?\b)", scope="message", unless_said=_VISIT),
    # Crossing the other border, the last river, to see the dead one (reunite, 3): "quero cruzar
    # a outra fronteira pra te ver", "I want to cross that last river to be with you".
    _cue("reunite", EXPLICIT, BOTH,
         r"(?:cruzar|atravessar|passar|cruzo|atravesso) (?:\w+ ){0,2}?(?:a outra|o outro|pro "
         r"outro|para o outro|a ultima|o ultimo) (?:fronteira|lado|margem|rio|ponte) (?:\w+ )"
         r"{0,2}?(?:para|pra|ate) (?:te (?:ver|encontrar|abracar)|(?:ver|encontrar) voce|ficar "
         r"com voce|onde (?:voce|vc) (?:esta|ta))",
         r"cross (?:over )?(?:the other|that last|the last|one more|the final) (?:border|river|"
         r"line|bridge) (?:\w+ ){0,2}?to (?:see|meet|be with|hold|find|reach) you",
         unless=_VISIT),
    # "Já não quero ficar aqui" (not_here, 3), as "não quero mais ficar aqui" is: portunhol's "ya
    # no quiero quedarme acá" read.
    _cue("not_here", EXPLICIT, PT,
         r"ja nao (?:quero|queria) (?:mais )?(?:estar|ficar|viver) aqui$"),
    # Not being here any more when a thing comes (not_here, 3), as "não vou estar mais aqui no
    # Natal" is: "tô decidida, n vou estar mais aqui qdo sair o resultado" (not away on a trip,
    # at work, moved).
    _cue("not_here", EXPLICIT, PT,
         r"nao vou (?:mais )?estar (?:mais )?aqui (?:quando|pra ver|para ver)\b",
         unless_said=_ELSEWHERE_THEN),
    # Wishing a threat were carried out (passive, 3): "ameaças no direct a semana toda ... queria
    # que um deles cumprisse", "threats all week ... i wish one of them would follow through".
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:threat\w*|ameac\w*|jurad[oa] de morte)(?: \w+){{0,30}}? (?:{_WANT}|espero) "
         rf"{_UNNEGATED_GAP}{{0,6}}?(?:would |will |to |could |might )?(?:follow(?:s|ed)? through|"
         r"go(?:es)? through with it|carr(?:y|ies) (?:it|them) out|make good on (?:it|them|their "
         r"threats?)|cumpr\w+ (?:a |as "
         r"|com a |com as )?(?:ameacas?|promessas?)|cumprisse|cumprissem|cumpra|cumpram|levasse "
         r"(?:isso )?adiante)", scope="message"),
    # Settling it so that nobody need judge, see or carry me any more (settled_for_good, 2):
    # "amanhã eu resolvo isso do jeito que ninguém vai precisar me julgar mais", "I'll sort it so
    # no one ever has to look at me again".
    _cue("settled_for_good", 2, BOTH,
         r"(?:resolv\w*|acab\w*|termin\w*|dou um jeito|dar um jeito) (?:\w+ ){0,3}?(?:do jeito|de "
         r"um jeito|de forma|de modo|pra|para) (?:que |q )?ninguem (?:\w+ ){0,3}?me (?:\w+ )?"
         r"(?:mais|nunca mais)$",
         r"(?:sort|fix|handle|end|settle|deal with|take care of|resolve) (?:\w+ ){0,3}?(?:so|in a "
         r"way|the way|such that) (?:that )?(?:nobody|no one) (?:\w+ ){0,4}?me (?:ever )?(?:again|"
         r"anymore|any more)$"),
    # "I'm ending this" before a day, or closing a clause (ending_this, 2): "i'm ending this before
    # my birthday, for real" (not "ending this call").
    _cue("ending_this", 2, EN,
         r"i am (?:just |finally |really )?ending this(?= (?:before|by|on|tonight|today|tomorrow|"
         r"this|next|for real|for good|once and for all|soon|now)\b|$)"),
    # Nobody would see me go over, jump or fall (plan_unseen, 2), till it was done (plan_done,
    # 1): "nobody would see me go over till it was done", "ninguém ia me ver pular … até ser
    # tarde demais".
    _cue("plan_unseen", 2, BOTH,
         r"(?:nobody|no one) (?:would|will|could|is going to|gonna|would even) (?:see|notice|stop|"
         r"catch) me (?:(?:go|going|step|stepping|climb|climbing|slip|slipping) (?:over|off)|"
         r"jump\w*|fall\w*)",
         r"ninguem (?:ia|iria|vai|veria|ve|viu) me (?:ver )?(?:pular|cair|saltar|me jogar|"
         r"se jogar)"),
    _cue("plan_done", 1, BOTH,
         r"(?:till|until|before) it (?:was|is|would be|s) (?:done|over|too late|finished)$",
         r"ate (?:ser|estar|ficar) tarde demais$"),
    # A wrist or a hand held over steam, in boiling water or over a flame (self_harm_burn, 2; not by
    # accident, nor to warm them), to feel something (self_harm_why, 1): "holding my wrist over
    # the kettle steam", "segurei a mão em cima da vela"; "so I feel something", "pra sentir
    # alguma coisa".
    _cue("self_harm_burn", 2, BOTH,
         r"(?:encost\w*|pus|ponho|coloquei|segur\w*|held|hold\w*|put|putting|keep|keeping|kept|"
         r"stuck|press\w*|deixei|deixo|deixando|mant\w*) (?:o |a |os |as |meu |minha |meus |"
         rf"minhas |my |the )?(?:{_BODY}|maos?|hands?|palms?|dedos?|fingers?) (?:\w+ ){{0,2}}?"
         r"(?:over|in|into|under|on|onto|against|n[oa]s?|em cima d[ao]|sobre|dentro d[ao]) (?:the "
         rf"|a |o |that |aquela |aquele |uma |um )?(?:\w+ )?{_HEAT}\b",
         unless=lazy(r"\b(?:sem querer|sem ver|por acidente|acidentalmente|distraid[oa]|by "
                     r"accident|accidentally|by mistake|without (?:looking|thinking)|warm\w*|"
                     r"aquec\w*|esquent\w*|inchaco|swelling|compressa)\b")),
    _cue("self_harm_why", 1, BOTH,
         r"(?:so (?:that )?|just to |to )i (?:can |could )?feel (?:something|anything)(?: (?:other "
         r"than|else|besides|but) \w+)?$",
         r"(?:pra|para|so pra) (?:eu )?(?:sentir|conseguir sentir) (?:alguma coisa|algo|qualquer "
         r"coisa)(?: (?:alem|diferente) d\w+)?$"),
    # Punching, hitting or biting my own body (self_harm, 3): "I punch my own thighs under the
    # desk", "soco minhas próprias coxas até ficarem roxas".
    _cue("self_harm", EXPLICIT, BOTH,
         rf"{_SELF_HARM_VERB} (?:my own|meu proprio|minha propria|meus proprios|minhas proprias) "
         rf"(?:{_BODY}|face|head|chest|ribs|cara|cabeca|rosto|peito)",
         r"(?:soc\w*|bat[oi]|batendo|esmurr\w*|belisc\w*|mord\w*|arranh\w*) (?:n?[oa]s? )?"
         rf"(?:minhas|meus|minha|meu) propri[oa]s? (?:{_BODY}|cara|cabeca|rosto|peito)"),
    # The last thing I write to them (farewell_last, 2; not for tonight, before bed): "this is the
    # last thing I'm writing to you", "essa é a última coisa que eu te escrevo".
    _cue("farewell_last", 2, BOTH,
         r"(?:this is|that is|its|here is|these are|this will be) (?:the |my )?(?:very )?(?:last|"
         r"final) (?:thing|things|words|message|letter|lines|note|text)s? (?:i am |i will |i will "
         r"ever |that i |i )(?:ever )?(?:writing|write|send|sending|say|saying|type|typing|wrote)"
         r"(?: to you| you)?$",
         r"(?:essa|esta|isso|isto|aqui) (?:e|sera|vai ser) (?:a |as )?(?:ultima|ultimas) (?:coisa|"
         r"coisas|palavras|mensagem|carta|linhas) (?:que )?(?:eu )?(?:te |lhe )?(?:escrevo|"
         r"escrever|vou escrever|mando|digo|falo|deixo)(?: (?:pra|para) (?:voce|vc|o senhor|a "
         r"senhora))?$",
         unless_said=lazy(r"\b(?:for (?:today|now|tonight)|before (?:bed|i sleep|sleeping|i go to "
                          r"sleep|the trip|my trip)|por hoje|por agora|antes de dormir|antes da "
                          r"viagem|of the (?:day|week|year)|this (?:week|year)|d[oa] dia|dess?a "
                          r"semana|dest?e ano)\b")),
    # A letter written to each of them (farewell_each, 2), left for the morning (farewell_found,
    # 1): "I've written each of my kids a letter", "for the morning", "pra quando acordarem".
    _cue("farewell_each", 2, BOTH,
         r"(?:written|wrote|write|writing|left|recorded|made) each (?:one )?of (?:my|the|our) "
         r"(?:\w+ )?\w+ (?:a |an |their own |his own |her own )?(?:letter|note|card|message|video|"
         r"voice ?note)s?", unless_said=_SEASONS_CARDS),
    _cue("farewell_found", 1, BOTH,
         rf"{_LETTER}(?: \w+){{0,10}} (?:for (?:the morning|when they wake(?: up)?|them to find"
         r"(?: in the morning)?)|(?:pra|para) (?:amanha cedo|de manha|quando (?:eles |elas )?"
         r"acordarem|(?:eles|elas) (?:acharem|encontrarem)(?: de manha)?))$",
         unless_said=_SEASONS_CARDS),
    # A cost to everyone (burden, 2), whom they would get over faster than the money (burden,
    # 2): "I'm just a cost to everyone now", "sou só uma despesa pra família"; "they'd get over
    # me faster than the money", "iam me esquecer rapidinho".
    _cue("burden", 2, BOTH,
         r"(?:i am|i have become|i became|sou|virei|me tornei|eu sou|me sinto) (?:just |only |"
         r"nothing but |so |apenas |mais )?(?:a |an |um |uma )?(?:cost|expense|drain|money pit|"
         r"liability|gasto|custo|despesa|prejuizo|sanguessuga|conta a mais|boca a mais)s? (?:to|"
         r"for|on|pra|para|na vida de|de) (?:everyone|everybody|all of them|them|my \w+|the "
         r"family|todo mundo|todos|eles|minha \w+|meu \w+|a familia)"),
    _cue("burden", 2, BOTH,
         r"(?:they|everyone|everybody|she|he|people|my \w+|the \w+) (?:would|will|d|ll|could) "
         r"(?:get over|forget|move on from) me (?:\w+ ){0,2}?(?:faster|quicker|quickly|fast|soon|"
         r"in no time|in a week|in a month|easily)",
         r"(?:iam|vao|iriam|eles iam|todo mundo ia) me (?:esquecer|superar) (?:\w+ ){0,2}?"
         r"(?:mais )?(?:rapido|rapidinho|logo|depressa|facil|em uma semana|num mes)"),
    # Going up there to join the dead one (reunite, 3): "I'm fixing to ride on up there and join
    # you", "vou subir lá em cima e ficar com você" (not to their grave).
    _cue("reunite", EXPLICIT, BOTH,
         r"(?:going to|gonna|i will|want to|wanna|ready to|about to|plan to) (?:\w+ ){0,3}?(?:up "
         r"there|up yonder|to heaven|to the other side) (?:\w+ ){0,2}?(?:and )?(?:join|be with) "
         r"you\b(?! (?:at|in|on) (?:the|your|our|my|their) \w+)",
         r"(?:vou|vo|irei|quero|queria) (?:\w+ ){0,3}?(?:ai em cima|la em cima|pro ceu|para o ceu|"
         r"pro outro lado|para o outro lado|pro lado de la) (?:\w+ ){0,2}?(?:e )?(?:me juntar a "
         r"voce|me juntar com voce|ficar com voce|ficar contigo|te encontrar|estar com voce)",
         unless=_VISIT),
    # No point staying (hopeless, 2), no future where I am ok (hopeless, 2): "so what's the
    # point of staying in it", "there's no version of the future where I'm ok", "não existe
    # futuro em que eu fique bem".
    _cue("hopeless", 2, EN,
         r"(?:what is|there is no|no|see no|do not see (?:the|any)|what) (?:the )?point (?:of|in) "
         r"(?:staying|sticking around|hanging around|hanging on|being here|being around)(?: (?:in "
         r"it|here|around|alive|in this world|on this earth|at all|anymore|any more))?$"),
    _cue("hopeless", 2, BOTH,
         r"(?:no|not (?:a|one)|there is no|there are no) (?:single )?(?:version|kind|future|world|"
         r"scenario|timeline) (?:of (?:the|my) (?:future|life) )?(?:where|in which) i (?:am|will "
         r"be|get|end up|come out) (?:\w+ )?(?:ok|okay|fine|happy|alright|all right|better|alive|"
         r"free)\b(?! (?:with|about|if|without)\b)",
         r"(?:nenhuma|nao (?:tem|existe|ha)) (?:\w+ )?(?:versao|futuro|cenario|mundo) (?:do futuro "
         r"|da minha vida )?(?:em que|onde|no qual|na qual) eu (?:fico|to|estou|esteja|fique|saia|"
         r"termine) (?:\w+ )?(?:bem|feliz|viv[oa]|melhor)\b"),
    # Not wanting to be here for the next one (not_here, 2), done hoping (hopeless, 1): "i don't
    # want to be here for the next call", "não quero estar aqui pra próxima"; "im done hoping".
    _cue("not_here", 2, BOTH,
         r"(?:do not|dont) want to be (?:here|around|alive) (?:for|when|by|at|to see) (?:the |that "
         r"|another |one more )?(?:next|another|one more)\b(?! (?:meeting|class|lecture|shift|"
         r"exam|test|game|match|episode|session|appointment|party|dinner|lunch|speech|"
         r"presentation|interview|show|concert|practice|training|trip|flight|performance)s?\b)",
         r"nao quero (?:mais )?(?:estar|ficar) (?:aqui|viv[oa]) (?:para|pra|pro|quando|na|no|ate) "
         r"(?:a |o )?(?:proxim[oa]|outr[oa]|mais uma?)\b(?! (?:reuniao|aula|prova|plantao|turno|"
         r"jogo|partida|festa|janta|almoco|apresentacao|entrevista|consulta|viagem|show|"
         r"treino|ensaio)\b)"),
    _cue("hopeless", 1, BOTH, r"(?:i am|im) (?:so )?done hoping",
         r"(?:cansei|desisti|parei) de ter esperanca"),
    # Days ahead I don't want to see (hopeless, 2), nothing ahead but them (hopeless, 1):
    # "nothing ahead but empty days and I don't want to see them", "só dias vazios pela frente e
    # eu não quero viver nenhum deles".
    _cue("hopeless", 2, BOTH,
         r"(?:days|years|mornings|nights|tomorrows|weeks|months)(?: \w+){0,4}? and (?:i )?(?:do "
         r"not|dont) want to (?:see|live|face|get through|wake up to|live through) (?:them|any of "
         r"them|it|one more|a single one)$",
         r"(?:dias|anos|manhas|noites|semanas|meses)(?: \w+){0,4}? e (?:eu )?nao quero (?:ver|"
         r"viver|encarar|passar por|atravessar) (?:nenhum|nenhuma|eles|elas|isso|um so|nem um)"
         r"(?: deles| delas)?$"),
    _cue("hopeless", 1, BOTH,
         r"nothing (?:ahead|in front of me|left ahead) (?:but|except|other than)",
         r"nada pela frente (?:alem de|a nao ser|so|fora)", r"so (?:tenho|tem) pela frente"),
    # Going up a height without clipping in (plan_unsecured, 2), and letting go (plan_let_go, 1):
    # "tomorrow I'm going up without clipping the backup line and I'll let go", "vou subir sem
    # prender a corda de segurança"; "e eu solto", "and I'll let go" closing a clause.
    _cue("plan_unsecured", 2, BOTH,
         r"(?:going|go|climb\w*|goes|went|head\w*) (?:\w+ ){0,3}?without (?:(?:clipping|clip|"
         r"hooking) (?:in|on)\b|(?:clipping|clip|tying|hooking) (?:in |on |off )?(?:the |my |a )?"
         r"(?:\w+ )?(?:line|rope|harness|lanyard|carabiner|lifeline))",
         r"(?:subo|subir|vou subir|desco|descer|vou descer|entro|vou entrar) (?:\w+ ){0,3}?sem "
         r"(?:prender|travar|amarrar|engatar|clipar) (?:o |a |meu |minha )?(?:\w+ )?(?:corda|cinto|"
         r"talabarte|mosquetao|linha de vida|cabo)"),
    _cue("plan_let_go", 1, BOTH, r"(?:and )?(?:i will|i am going to|i am gonna) (?:just )?let "
         r"go$", r"(?:e )?(?:eu )?(?:vou )?(?:me )?(?:solto|soltar|largo|largar)$"),
    # A means taken home a little at a time (plan_stockpile, 2): "nobody audits the sedatives
    # ... I've been taking a little home every week", "tô levando uns comprimidos pra casa
    # todo plantão".
    _cue("plan_stockpile", 2, BOTH,
         rf"(?:{_SEDATIVE}|{_DRUG}|{_PILLS}|{_POISON}|ampolas?|vials?|frascos?)(?: \w+){{0,12}}? "
         r"(?:been |ve been )?(?:taking|bringing|sneaking|pocketing|saving|stashing|levando|"
         r"trazendo|guardando|juntando|separando|escondendo) (?:\w+ ){0,3}?(?:home |pra casa |"
         r"para casa )?(?:every|each|toda|todo|a cada|por) (?:week|day|shift|night|month|semana|"
         r"dia|plantao|noite|mes)\b", scope="message", unless_said=_THEIR_MEDICINE),
    # One test message of batch 28's forms the stem model retrained on batch 37 let fall just
    # under its threshold with a cue (0.763 → 0.745): the last reason, then its age or its
    # illness closing the message (reason_ending, 1): "o Bento é o único motivo de eu ainda estar
    # viva, e ele tá com 15 anos", "she's the only reason I'm still here and she's old and sick".
    _cue("reason_ending", 1, BOTH,
         r"(?:unic[ao]|ultim[ao]|only|last) (?:razao|motivo|reason)(?: \w+){1,10} (?:e |and |mas "
         r"|but )?(?:ele|ela|he|she|it) (?:ja )?(?:ta|esta|is|is getting|tem|has|anda)(?: com)? "
         r"(?:\d+ (?:anos|years)(?: old)?|velh\w*|idos[oa]|doente|old|so old|sick|dying|morrendo)"
         r"(?: (?:and|e) (?:sick|doente|tired|cansad[oa]|frail|fraco|fraca))?$", scope="message"),
    # Two older dev messages the stem model retrained on batch 37 let fall just under its
    # threshold with a cue: a poison thought of taking (plan_means, 2): "o veneno ... já pensei
    # mil vezes em tomar ele", "the weedkiller in the shed, I've thought about drinking it"; a
    # high place and where its fence is broken, checked (plan_scouted, 2): "the cliffs ... i
    # already checked where the fence is broken", "a ponte ... já vi onde a grade tá quebrada".
    _cue("plan_means", 2, BOTH,
         rf"(?:{_POISON}|veneno)(?: \w+){{0,12}} (?:ja )?(?:pensei|penso|pensando|thought|think|"
         r"thinking|been thinking) (?:\w+ ){0,3}?(?:em|about|of) (?:tomar|beber|engolir|drinking|"
         r"taking|swallowing|drink|take) (?:ele|ela|isso|tudo|um gole|it|some|all)\b",
         scope="message"),
    _cue("plan_scouted", 2, BOTH,
         rf"(?:{_PLACE_EN}|{_PLACE_PT}|cliffs?|penhascos?|falesias?)(?: \w+){{0,12}} (?:i )?"
         r"(?:already )?(?:checked|looked|found|scouted|know|saw|sei|vi|olhei|achei|conferi|ja sei|"
         r"ja vi) (?:\w+ ){0,2}?(?:where|onde) (?:the |a |o )?(?:fence|railing|barrier|gate|grade|"
         r"cerca|alambrado|mureta|corrimao|tela) (?:is |esta |ta |was |fica )?(?:broken|down|low|"
         r"open|missing|cut|quebrad[oa]|abert[oa]|baix[oa]|rompid[oa]|cortad[oa]|furad[oa])",
         scope="message"),
)

# Batch 38 (SIGNED_OFF below): what a means is named by in a trade or a sport, before "nobody
# counts them": a gun, pills, a sedative, a poison, a jar, a vial or a slaughterhouse's bolt.
_COUNTED_MEANS = (rf"(?:{_GUNS}|{_PILLS}|{_DRUG}|{_SEDATIVE}|{_POISON}|{_WORK_MEANS}|"
                  r"captive bolts?|bolt guns?|pistolas? de abate|veneno|poisons?|ampolas?|vials?|"
                  r"frascos?|jars?|potes?|laminas?|blades?|navalhas?|razors?|corda|rope)")
# What a height is worked at or jumped from with, fastened or opened: a harness, a line, a chute.
_SAFETY_LINE = (r"(?:harness|lanyard|safety line|lifeline|line|rope|cinto|talabarte|corda|trava|"
                r"linha de vida|mosquetao|carabiner)")
_CHUTE = (r"(?:main|reserve|chute|parachute|canopy|ripcord|paraquedas|reserva|principal|velame)"
          r"(?: (?:chute|parachute|canopy|paraquedas))?")
# A wish that a thing over or around me fall on me: a ceiling, a roof, a house, a wall, a tree.
_FALLS_ON_ME = (r"(?:caisse|caia|desabasse|desabe|desmoronasse|desmorone|viesse abaixo|venha "
                r"abaixo|fall|falls|fell|come down|comes down|came down|cave in|caved in|collapse|"
                r"collapsed|crash down|crashed down)")
# The writer, after a wish: "I wish I could just …", "want to …".
_I_COULD = r"(?:that )?(?:i (?:could |would |can |might )?|to )?(?:just |simply |quietly )?"
# "Like it did": the writer's going as a thing's or the dead one's going, just named.
_LIKE_IT_DID = (r"(?:like|just like|the way) (?:it|they|that|this|the \w+|you|he|she) did")
# A ghost dressed up as or haunting someone: a costume, a party, a prank.
_COSTUME = lazy(r"\b(?:halloween|costumes?|fantasia\w*|carnaval|haunt\w*|assombr\w*|dress(?:ed)? "
                r"up|party|festa|prank|pegadinha)\b")
# A trip away from the pet or the things left in someone's care: they will come back.
_WHILE_AWAY = lazy(r"\b(?:enquanto (?:eu )?(?:estiver|to|viajo|estou|fico)|ate eu voltar|ate a "
                   r"volta|durante a viagem|while i am (?:away|gone|abroad|travell?ing)|until i "
                   r"(?:get|come) back|for the (?:week|weekend|trip|holidays|summer))\b")

SIGNED_OFF: tuple[Cue, ...] = (
    # Wishing to become a ghost, an angel or a little star "for real" (passive, 3): "queria
    # virar fantasma de verdade", "I wish I could become an actual ghost"; the wish closing a
    # clause with no "for real" (passive, 2): "queria virar estrelinha", "I want to turn into an
    # angel" (not "ser um anjo de verdade" to someone, goodness; not a star, fame; not a costume
    # or a ghost that haunts someone).
    _cue("passive", EXPLICIT, BOTH,
         rf"{_WANT} (?:\w+ ){{0,2}}?(?:(?:virar|me tornar|become|turn into) (?:um |uma |a |an )?"
         r"(?:fantasma|anjo|anjinho|estrelinha|ghost|angel|star in the sky)|(?:ser|be) (?:um |a )?"
         r"(?:fantasma|ghost)) (?:de verdade|de vez|for real|for good|literally|really|actually)\b",
         rf"{_WANT} (?:\w+ ){{0,2}}?(?:was|were|be|become) (?:an? )?(?:actual|real|real life) "
         r"ghost\b", unless=_COSTUME),
    _cue("passive", 2, BOTH,
         rf"{_WANT} (?:\w+ ){{0,2}}?(?:virar|me tornar|become|turn into) (?:um |uma |a |an )?"
         r"(?:fantasma|anjo|anjinho|estrelinha|ghost|angel)$", unless=_COSTUME),
    # A death named, then hoping it is meant literally (passive, 2): the tarot's death card "e eu
    # fiquei torcendo pra ser no sentido literal", "I was kind of hoping it meant it literally".
    _cue("passive", 2, BOTH,
         rf"(?:morte|morrer|morro|morri|death|die|dying|dead)(?: \w+){{0,20}}? (?:{_WANT}|"
         r"torc\w*|hoped) (?:(?!(?:you|voce)\b)\w+ ){0,4}?(?:literal\w*|ao pe da letra)\b",
         scope="message"),
    # Someone asked to help me end it all or die (active, 3): "pedi pro meu primo me ajudar a
    # acabar com tudo", "I asked my brother to help me die".
    _cue("active", EXPLICIT, BOTH,
         r"me ajud\w* (?:a |pra |para )?(?:acabar com tudo(?: de vez| logo)?$|acabar com (?:a )?"
         r"minha vida|morrer|partir (?:desta|dessa) vida|ir embora (?:desse|deste) mundo)",
         r"help(?:s|ed|ing)? me (?:to )?(?:die|end it all|end it$|end everything$|end things$|"
         r"put an end to (?:it all|myself|everything|my life))"),
    # The last photo or post posted (farewell_last, 2; not the last of a trip or a set): "postei
    # a ultima foto no insta", "posted my last pic, caption 'it was good while it lasted'".
    _cue("farewell_last", 2, BOTH,
         r"(?:postei|publiquei|subi|posted|uploaded|put up|shared) (?:a |o |as |os |my |the |meu |"
         r"minha |minhas |meus )?(?:ultim[oa]s?|last|final) (?:foto|post|postagem|story|stories|"
         r"video|photo|pic|picture|selfie|tweet|status|reel)s?\b"
         r"(?! (?:d[aoe]s?|of|from|before|antes|for (?:the|this|today|now))\b)"),
    # A trip told to everyone and then denied (farewell_cover, 2): "falei pra todo mundo q vou
    # viajar. n vou viajar", "told mum I'm going to Sarah's. I'm not going"; things given and
    # the new keeper asked to take good care of them (farewell_giving, 2; not while I am away):
    # "dei a bike pro meu sobrinho e pedi pra ele cuidar bem", "gave my guitar to Sam and asked
    # him to look after it".
    _cue("farewell_cover", 2, BOTH,
         r"(?:falei|disse|contei|avisei|inventei) (?:\w+ ){0,4}?que (?:eu )?(?:vou|ia|iria|to "
         r"indo|estou indo) (\w+)(?: \w+){0,12}? nao (?:vou|ia|to indo|estou indo) \1\b",
         r"(?:told|tell|telling) (?:\w+ ){0,3}?(?:that )?i (?:am|was) (going|leaving|travell?ing|"
         r"moving|away|off)(?: \w+){0,12}? i am not(?: really| actually)?(?: \2\b|$)",
         scope="message"),
    _cue("farewell_giving", 2, BOTH,
         r"(?:dei|doei|deixei|passei|entreguei) (?:\w+ ){1,8}?(?:pr[oa]s?|para (?:o|a)|ao|a) "
         r"(?:\w+ ){0,3}?e (?:pedi|falei) (?:pra|para) (?:ele|ela|eles|elas) cuidar (?:bem|"
         r"direitinho|com carinho)",
         r"(?:gave|left|handed) (?:\w+ ){1,8}?to (?:\w+ ){0,3}?and (?:asked|told) (?:him|her|"
         r"them) to (?:look after|take (?:good )?care of) (?:it|them|her|him)",
         unless_said=lazy(_MOVED.pattern + "|" + _WHILE_AWAY.pattern)),
    # Going into the water to where the dead one is, to stay with them (reunite, 3; not in a
    # message of a visit, flowers or ashes): "entrar na agua ate onde vc ta e ficar la com vc",
    # "walk into the sea until I reach you".
    _cue("reunite", EXPLICIT, BOTH,
         r"(?:entrar|entro|ir|vou|andar|ando|nadar|nado|descer|afundar|mergulhar) (?:\w+ ){0,3}?"
         r"(?:na agua|no mar|no rio|no lago|no oceano|nas ondas|agua adentro|mar adentro|pro "
         r"fundo|para o fundo) (?:\w+ ){0,3}?(?:ate onde (?:voce|o senhor|a senhora) (?:ta|esta|"
         r"estiver)|e ficar (?:la |ali )?(?:com voce|contigo))",
         r"(?:walk|walking|swim|swimming|go|going|wade|wading) (?:\w+ ){0,3}?into the (?:water|"
         r"sea|ocean|river|lake|waves|surf) (?:\w+ ){0,3}?(?:to where you are|until i (?:reach|"
         r"find) you|and stay (?:there |down there )?with you|to be with you)",
         unless_said=lazy(_VISIT.pattern + r"|\b(?:cinzas|ashes)\b")),
    # Wishing to fade out, or to shut down for good, like a thing or the dead one did (passive,
    # 2): "i keep wishing i could just fade out like it did", "queria me apagar igual ele" (not
    # "fade out of the party", nor switching off for a weekend).
    _cue("passive", 2, BOTH,
         rf"{_WANT} {_I_COULD}(?:fade|flicker|blink|wink) out(?: {_LIKE_IT_DID}| too| as well| "
         r"for good| forever| quietly)?$",
         rf"{_WANT} {_I_COULD}(?:power|shut|switch|turn) (?:myself )?(?:down|off|out) "
         rf"{_LIKE_IT_DID}$",
         rf"{_WANT} {_I_COULD}(?:power|shut|switch|turn) myself (?:down|off|out) (?:for good|"
         r"forever|permanently)$",
         rf"{_WANT} (?:\w+ ){{0,2}}?me (?:apagar|desligar) (?:igual|que nem|como|feito) (?:ele|"
         r"ela|o \w+|a \w+|voce)(?: fez| se foi)?$"),
    # Wishing the ceiling, the roof or the house would come down on me (passive, 3): "honestly
    # wished the ceiling would just come down on me", "queria que o teto caísse em cima de mim"
    # (not the floor swallowing me, embarrassment's idiom).
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|espero) (?:que |that )?(?:\w+ ){{0,2}}?(?:teto|telhado|casa|predio|parede|"
         r"muro|arvore|ceu|ceiling|roof|house|building|wall|walls|tree|sky) (?:\w+ ){0,2}?"
         rf"{_FALLS_ON_ME} (?:\w+ )?(?:on|onto|on top of|em cima de|sobre) (?:me|mim)\b"),
    # A means named, that nobody counts or would miss (plan_unnoticed, 2): "the captive bolt gun
    # from the kill floor is in my ute. nobody counts them", "o remédio do posto ninguém confere";
    # when a place is shut or empty (unwatched, 1): "sunday when the plant's shut", "quando a
    # firma estiver fechada".
    _cue("plan_unnoticed", 2, BOTH,
         rf"{_COUNTED_MEANS}(?: \w+){{0,15}}? (?:nobody|no one|ninguem) (?:ever |even )?(?:counts|"
         r"checks|audits|notices|misses|tracks|logs|would (?:notice|miss|check)|will (?:notice|"
         r"miss)|conta|confere|controla|percebe|da falta|vai (?:perceber|dar falta|notar)|ia "
         r"(?:perceber|dar falta|notar)|repara)\b", scope="message"),
    _cue("unwatched", 1, BOTH,
         r"(?:when|while|once|after) (?:the )?\w+ (?:is |are |s |gets |get )?(?:shut|closed|empty|"
         r"deserted|locked up)\b",
         r"(?:quando|enquanto|depois que) (?:o |a )?\w+ (?:estiver |tiver |ficar |for )?"
         r"(?:fechad[oa]|vazi[oa]|desert[oa])\b"),
    # Not clipping back in at a height (plan_unsecured, 2): "thursday i'm going up alone and i'm
    # not clipping back in", "não vou prender o cinto de novo"; unclipped "just to see"
    # (plan_rehearsed, 1): "i unclipped my harness for a minute just to see", "soltei o
    # talabarte só pra ver".
    _cue("plan_unsecured", 2, BOTH,
         r"(?:i am not|i will not|i am never|i will never|not) (?:going to |gonna )?(?:clip|"
         r"clipping|hook|hooking|tie|tying) (?:myself |back |it ){0,2}(?:in|on)(?: again)?$",
         r"nao vou (?:mais )?(?:me )?(?:prender|clipar|travar|engatar|amarrar) (?:de volta |de "
         r"novo )?(?:o cinto|a corda|o talabarte|o mosquetao|na linha(?: de vida)?|na corda|no "
         r"cabo)(?: de volta| de novo| mais)?$",
         r"nao vou (?:mais )?(?:me )?(?:clipar|engatar)(?: de volta| de novo| mais)?$"),
    _cue("plan_rehearsed", 1, BOTH,
         rf"(?:unclipped|unhooked|unbuckled|undid|took off|soltei|desprendi|desclipei|destravei|"
         rf"tirei) (?:my |the |o |a |meu |minha )?{_SAFETY_LINE}(?: \w+){{0,5}}? (?:just )?(?:to "
         r"see|to test|to feel|pra ver|para ver|pra testar|para testar|pra sentir)\b"),
    # A chute I will not pull (plan_chute, 2), a safety that opens it made unable to fire
    # (plan_disabled, 2): "i already know i'm not pulling the main or the reserve", "não vou abrir
    # o paraquedas"; "disconnected the AAD last night so it can't fire", "desliguei o cypres pra
    # ele não disparar".
    _cue("plan_chute", 2, BOTH,
         rf"(?:not|never|nao vou|nao) (?:going to |gonna |be )?(?:pull|pulling|open|opening|"
         rf"deploy|deploying|puxar|abrir|acionar) (?:the |my |o |a |meu |minha )?{_CHUTE}"
         rf"(?: (?:or|nor|nem|ou) (?:the |my |o |a )?{_CHUTE})?(?= (?:or|nor|nem|ou)\b|$)"),
    _cue("plan_disabled", 2, BOTH,
         r"(?:disconnected|disabled|turned off|switched off|unplugged|removed|took out|desconectei|"
         r"desliguei|desativei|tirei) (?:the |my |o |a |meu |minha )?(?:aad|cypres|reserve|"
         r"automatic activation device|dispositivo de seguranca|dispositivo automatico)"
         r"(?: \w+){0,5}? (?:so (?:that )?(?:it|they) (?:can not|will not|would not|does not|do "
         r"not) (?:fire|go off|work|deploy|open|save me)|(?:pra|para) (?:ele |ela )?nao "
         r"(?:disparar|abrir|funcionar|acionar))"),
    # A means signed out under a false record (plan_gather, 2): "signed it out under a fake batch
    # number today", "tirei do estoque com um lote inventado".
    _cue("plan_gather", 2, BOTH,
         r"(?:signed|checked|took|logged|booked) (?:it|them|\w+|some \w+)(?: \w+)? out under "
         r"(?:a |an )?(?:fake|false|made up|wrong|bogus|another|someone else s) (?:\w+ )?(?:name|"
         r"batch|number|record|order|code)",
         r"(?:tirei|retirei|peguei|dei baixa|registrei) (?:\w+ ){0,3}?(?:com|no|sob|usando) (?:um |"
         r"uma |o |a )?(?:nome|lote|numero|registro|receita|pedido|codigo) (?:falso|falsa|"
         r"inventad[oa]|de outra pessoa|de outro|frio|fria)"),
    # A knock on the head "till I saw stars" (on_purpose, 2), done a lot now (self_harm_habit, 1):
    # "hit my head on the desk till i saw stars. i do it a lot now", "bato a cabeça na parede até
    # ver estrelas, faço isso toda hora".
    _cue("on_purpose", 2, BOTH, r"(?:until|till) (?:i )?(?:saw|see|was seeing|could see) stars",
         r"ate (?:eu )?(?:ver|vi|enxergar) estrel\w*"),
    _cue("self_harm_habit", 1, BOTH,
         r"^(?:and )?i (?:do|have been doing) (?:it|that|this) (?:a lot|all the time|every day|"
         r"every night|more and more|often)(?: now)?$",
         r"^(?:e )?(?:eu )?(?:faco|to fazendo) isso (?:toda hora|sempre|direto|todo dia|toda noite|"
         r"muito)(?: agora)?$"),
    # A jump asked of as the way to get to the dead one (reunite, 3), as a child asks it: "if i
    # jump off the top bunk really hard can i get there and live with you?", "se eu pular do
    # muro bem alto eu consigo chegar aí?".
    _cue("reunite", EXPLICIT, BOTH,
         r"if i (?:jump|jumped|fall|fell|climb|throw myself|leap|leapt) (?:\w+ ){0,6}?(?:can|"
         r"could|will|would|do) i (?:get there|get to heaven|go to heaven|go up there|reach "
         r"you|see you|be with you|live with you|come to you|get to you)",
         r"se eu (?:pular|pulasse|me jogar|me jogasse|cair|caisse) (?:\w+ ){0,6}?(?:eu )?"
         r"(?:consigo|posso|vou|iria|conseguiria|poderia|da pra) (?:chegar (?:ai|la|no ceu)|ir "
         r"(?:pro|para o) ceu|ir (?:ai|pra ai)|te ver|morar com voce|ficar com voce|te encontrar)"),
    # A grave and me, soon (passive, 3): "🪦➕🧍 soon" read "tombstone and me soon", "cova e eu,
    # logo logo".
    _cue("passive", EXPLICIT, BOTH,
         r"(?:lapide|tombstone|caixao|coffin|cova|grave|tumulo) (?:e|and) (?:eu|me|mim|myself)"
         r"(?: \w+){0,3}? (?:logo|em breve|hoje|ja ja|amanha|soon|tonight|today|tomorrow|next)\b"),
    # Not seeing why I keep going (hopeless, 3): "i don't see why i keep going", "i can't see why
    # i keep waking up" (not "why I keep going to that gym").
    _cue("hopeless", EXPLICIT, EN,
         r"(?:do not|can not|could not) see (?:any )?(?:reason )?why i (?:keep|should keep|would "
         r"keep|even keep|still keep|bother) (?:going|living|waking up|getting up|breathing|going "
         r"on|on)(?: (?:anymore|any more|like this|at all))?$"),
    # No point dragging it out (hopeless, 2), another fifty years (hopeless, 3): "no point
    # dragging it out another 50 years", "não tem por que arrastar essa vida mais 50 anos".
    _cue("hopeless", 2, EN,
         r"(?:no|what is the|there is no|see no|not much) point (?:in )?(?:dragging|drawing|"
         r"stretching) (?:it|this|things|life|my life|this life) out$"),
    _cue("hopeless", EXPLICIT, BOTH,
         r"(?:no|what is the|there is no|see no|not much) point (?:in )?(?:dragging|drawing|"
         r"stretching) (?:it|this|things|life|my life|this life) out (?:for )?(?:another|more|"
         r"\d+ more) (?:\d+ |\w+ )?(?:years?|decades?)$",
         r"(?:nao tem|sem|nao vejo) (?:\w+ )?(?:por que|porque|sentido|motivo|razao) (?:em |pra |"
         r"para |de )?(?:arrastar|esticar|prolongar|levar) (?:isso|essa vida|minha vida|a vida|"
         r"tudo isso) (?:por )?mais (?:\d+ |uns |alguns |tantos )?(?:anos|decadas)"),
    # For messages of this batch that only the stem model heard, so as not to leave them to its
    # next retraining. Every day I stay alive the children get less (burden, 3): "every month i
    # stay alive the children get less", "cada mês que eu continuo viva meus filhos herdam
    # menos"; a kindness done them if I went (burden, 2): "i'd be doing them a kindness if i
    # stopped"; kinder to everyone if I stopped being, existing or living (burden, 3): "it'd be
    # kinder to everyone if i just stopped being the thing they wait around for" (not "stopped
    # being so stubborn").
    _cue("burden", EXPLICIT, BOTH,
         r"(?:every|each) (?:day|week|month|year) i (?:stay|am|keep|go on|remain) (?:alive|here|"
         r"living|around|breathing)(?: \w+){0,3}? (?:the |my |our )?(?:\w+ )?(?:children|kids|"
         r"family|grandkids|daughters?|sons?|wife|husband|they) (?:get|have|inherit|lose|pay) "
         r"(?:less|more|nothing)",
         r"(?:cada|todo) (?:dia|mes|ano) (?:que )?(?:eu )?(?:continuo|fico|sigo|estou) (?:viv[oa]|"
         r"aqui|vivendo)(?: \w+){0,3}? (?:os |as |meus |minhas )?(?:\w+ )?(?:filhos|filhas|netos|"
         r"criancas|familia|eles) (?:ficam com|recebem|herdam|perdem|pagam|tem) (?:menos|mais)"),
    _cue("burden", 2, EN,
         r"(?:doing|do) (?:them|everyone|everybody|my \w+|the \w+) a (?:kindness|favou?r|mercy) "
         r"if i (?:just )?(?:stopped|went|was gone|were gone|died|disappeared|was not here|were "
         r"not here)$"),
    _cue("burden", EXPLICIT, EN,
         r"(?:kinder|easier|better|a relief|a mercy|fairer) (?:on|to|for) (?:everyone|everybody|"
         r"them|them all|all of them|my \w+|the \w+) if i (?:just )?(?:stopped|stop|quit) "
         r"(?:existing|living|breathing|hanging on|holding on|being (?:here|around|alive|a burden|"
         r"the (?:thing|one|reason|problem) (?:they|that|who|everyone)))\b"),
    # Ending it and me with it (active, 3): "se amanha n melhorar eu acabo com isso e comigo
    # junto", "I'll end this and me with it".
    _cue("active", EXPLICIT, BOTH,
         r"acab\w* com (?:isso|tudo|essa dor|esse sofrimento|essa vida) e (?:comigo|com a minha "
         r"vida) (?:junto|tambem)",
         r"end (?:this|it|it all|the pain|everything) and (?:me|myself) (?:with it|too|along with "
         r"it|as well)"),
    # A note left without the family suspecting (farewell_hidden, 2): "como deixar recado sem a
    # familia desconfiar", "how to leave a note without my family suspecting".
    _cue("farewell_hidden", 2, BOTH,
         r"(?:deixar|escrever|mandar) (?:um |uma )?(?:recado|bilhete|carta|mensagem) sem (?:a "
         r"familia|ninguem|eles|elas|minha \w+|meu \w+|a \w+|o \w+) (?:desconfiar|perceber|"
         r"suspeitar|saber)",
         r"(?:leave|write|send) (?:a |an )?(?:note|letter|message) without (?:my \w+|the \w+|"
         r"anyone|anybody|them|her|him) (?:suspecting|noticing|knowing|finding out)"),
    # No tomorrow for me (hopeless, 3): "n vejo amanha nenhum pra mim", "I see no tomorrow for me"
    # (a future, which a job can have, is heard as before).
    _cue("hopeless", EXPLICIT, BOTH,
         r"nao vejo (?:mais )?amanha (?:nenhum )?(?:pra|para) mim$",
         r"(?:i )?(?:see|can see) no tomorrow for me$", r"(?:do not|can not) see (?:a|any) "
         r"tomorrow for me$"),
    # The thing done with a point again (self_harm, 2), lines counted this time (self_harm, 2):
    # "i did the thing with the compass point again. 6 lines this time", "fiz aquilo com a
    # lâmina de novo, 4 riscos hoje".
    _cue("self_harm", 2, BOTH,
         rf"(?:did|do|doing|fiz|faco|fazendo) (?:the thing|that thing|aquilo|a coisa|it) (?:with|"
         rf"using|com) (?:the |my |a |o )?(?:\w+ )?{_POINT}(?: \w+)? (?:again|de novo|outra vez)"),
    _cue("self_harm", 2, BOTH,
         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dois|duas|tres|quatro|cinco|seis|"
         r"sete|oito|nove|dez) (?:lines|cuts|linhas|cortes|riscos) (?:this time|tonight|today|"
         r"hoje|dessa vez|desta vez)$"),
    # Two older dev messages the stem model retrained on batch 38 let fall just under its
    # threshold with no cue: "finally" doing it tonight (do_it, 2): "tonight i am going to
    # finally do it", "hoje eu vou finalmente fazer isso"; no reason to keep going with this life
    # (hopeless, 3): "i can't see any reason to keep going with this life".
    _cue("do_it", 2, BOTH,
         r"(?:tonight|today|tomorrow|this weekend|right now) (?:\w+ ){0,2}?i (?:am going to|am "
         r"gonna|will) (?:finally|actually|really) (?:do it|go through with it)\b",
         r"(?:going to|gonna|will) (?:finally|actually|really) (?:do it|go through with it) "
         r"(?:tonight|today|tomorrow|this weekend|now)\b",
         r"(?:hoje|amanha|hoje a noite|essa noite) (?:eu )?vou (?:finalmente|enfim) fazer"
         r"(?: isso| aquilo)?$",
         r"vou (?:finalmente|enfim) fazer (?:isso|aquilo) (?:hoje|amanha|hoje a noite|essa noite|"
         r"agora)\b"),
    _cue("hopeless", EXPLICIT, BOTH,
         r"(?:do not|can not|could not) see (?:any |a )?(?:reason|point) (?:to|in|for) (?:keep "
         r"going|go on|going on|keep living|carry on|carrying on|living|continuing|staying alive|"
         r"being alive) (?:with|in|on) (?:this|my|a) (?:life|world|earth|existence)$",
         r"nao (?:vejo|tenho) (?:nenhum |nenhuma )?(?:motivo|razao|sentido) (?:pra|para|de|em) "
         r"(?:continuar|seguir) (?:com|nessa|nesta) (?:essa |esta )?vida$"),
)


# Batch 39 (NIGHT_WATCH below): a bullet set aside "for me" is no sweet: not the candy of a
# party nor one named by its flavour ("separei uma bala só pra mim do saquinho da festa", batch
# 34's "guardei uma bala pra mim, vó, a de coco").
_SWEETS = lazy(r"\b(?:doces?|docinhos?|chicletes?|pirulitos?|chocolates?|brigadeiros?|(?:balas?|a|"
               r"as|uma) de (?:goma|coco|menta|hortela|caramelo|leite|banana|morango|uva|limao|"
               r"canela|chocolate)|halls|festa|aniversario|saquinhos?|candy|candies|sweets?|"
               r"lollipops?)\b")
# A bridge, a roof or a cliff, then "and I jump": not a bungee, a zipline, a river swum with
# friends on a hot day.
_JUMP_FOR_FUN = lazy(r"\b(?:bungee|bungee jump|elastico|rapel|rappel\w*|tirolesa|zipline|"
                     r"paraquedas|parachute|skydiv\w*|base jump\w*|salto ornamental|piscina|pool|"
                     r"nadar|refrescar|swim\w*|cool off|com a galera|com a turma|com os amigos|"
                     r"with (?:my )?(?:friends|mates|the guys))\b")
# Where a boat is left from, at sea: over the side, the rail, the stern.
_OVERBOARD = (r"(?:over the side|overboard|over the rail(?:ing)?|off the (?:boat|ship|deck|stern|"
              r"bow))")
_OVERBOARD_PT = (r"(?:do navio|do barco|pela borda|pela amurada|da amurada|do conves|do deck|ao "
                 r"mar|da popa|da proa)")
# The papers a household hands over (a will, deeds, the documents), and keys beside them; keys
# or a password left alone are a trip's (batch 16: "deixei a chave com a dona Cida").
_PAPERS = (r"(?:papers|documents|deeds?|will|insurance polic(?:y|ies)|documentos|papeis|papelada|"
           r"testamento|escritura|apolices?)")
_KEYS = r"(?:keys?|car keys|passwords?|chaves?|senhas?)"
# A trip or a stay away, for which keys and papers are left too.
_AWAY_FOR_A_WHILE = lazy(_WHILE_AWAY.pattern + "|" + _MOVED.pattern + r"|\b(?:viagem|viajar|"
                         r"viajando|ferias|trip|vacation|holiday|holidays|away for|reforma|"
                         r"renovation|plantas|plants|regar|water the|feed the|dar comida)\b")
# What my being gone would give the others: freedom, a life, rest, money saved.
_THEIR_GAIN = (r"(?:be free|be happier|be happy|be better|have (?:a|her|his|their|an?) (?:real "
               r"|own |normal |proper |better |whole )?li(?:fe|ves)|have (?:a|her|his|their) "
               r"li(?:fe|ves) back|get (?:her|his|their) li(?:fe|ves) back|live (?:again|"
               r"properly|for real|in peace)|breathe (?:again|easy)|rest|move on|save (?:a "
               r"fortune|so much|a lot|money|thousands))")
_I_GONE_EN = (r"if i (?:just )?(?:was|were|am)? ?(?:gone|not (?:here|around|in it|in (?:the|"
              r"their|her|his) (?:picture|life|lives)|alive)|dead|out of the (?:way|picture)|"
              r"stopped existing|stopped living|did not exist|disappeared|died)"
              # (not gone for a week or to a place)
              r"(?! (?:for|on|at|to) (?!good\b))")

NIGHT_WATCH: tuple[Cue, ...] = (
    # A bullet set aside for me (plan_gun, 2; not a sweet or a party's candy): "separei 1 bala
    # só pra mim, tá na gaveta", "I kept one bullet for myself"; with the gun, or gathering.
    _cue("plan_gun", 2, BOTH,
         r"(?:separei|guardei|deixei|reservei|separando|guardando|tenho) (?:uma|1|a ultima|so "
         r"uma) (?:bala|cartucho|municao) (?:\w+ )?(?:so |somente )?(?:pra|para) mim\b",
         r"(?:saved|kept|set aside|put aside|saving|keeping|left|have) (?:one|a|1|the last|a "
         r"single) (?:bullet|cartridge) (?!(?:points?|journal)\b)(?:\w+ )?(?:just |only )?for "
         r"(?:me|myself)\b",
         unless_said=_SWEETS),
    # A bridge, a roof or a cliff, then "and I jump" (plan_jump, 2; not a bungee, a pool or a
    # river swum with friends): "amanhã cedo eu volto lá na ponte e pulo no Paraná", "tomorrow
    # I go back up to the bridge and jump"; the place itself a means (1).
    _cue("plan_jump", 2, BOTH,
         r"(?:ponte|viaduto|passarela|predio|telhado|laje|penhasco|barranco|represa) (?:\w+ ){0,3}?"
         r"e (?:eu )?(?:pulo|me jogo|salto|me atiro)\b"
         # (not a start: "o prédio balançou e eu pulo de susto")
         r"(?! de (?:susto|medo|alegria|felicidade|emocao|raiva)\b)",
         r"(?:bridge|overpass|roof|rooftop|cliffs?|ledge|dam) (?:\w+ ){0,3}?and (?:i )?(?:jump|"
         r"step off|throw myself|go over)\b(?! (?:every time|at|out of my skin|in fright)\b)",
         unless_said=_JUMP_FOR_FUN),
    # Making myself throw up (self_harm, 2): "quando como eu enfio o dedo na garganta", "I make
    # myself throw up after every meal"; and wanting it to hurt, closing a clause (self_harm, 2):
    # "quero que doa", "I want it to hurt".
    _cue("self_harm", 2, BOTH,
         r"(?:enfio|enfiei|enfiando|enfiar|coloco|coloquei|boto|botei) (?:o |os |meu |meus )?"
         r"dedos? na garganta",
         r"(?:me forco|me forcei|me forcando|forco|forcei) a vomitar",
         r"(?:make|made|making) myself (?:throw up|puke|vomit|be sick)",
         r"(?:stick|stuck|sticking|put|putting) (?:my )?fingers? down my throat"),
    _cue("self_harm_want", 2, BOTH,
         r"^(?:e |mas )?(?:eu )?(?:quero|queria|preciso) (?:que )?(?:doa|doesse|sangre|sangrasse)"
         r"(?: mesmo| muito| de verdade| bastante)?$",
         r"^(?:and |but )?(?:i )?(?:want|wanted|need|needed) it to (?:hurt|bleed|sting)"
         r"(?: more| bad| badly| for real| really)?$"),
    # An envelope or a letter for one and another for another (farewell_letters, 1; not
    # letters to the dead grandparents, one each, nor a school's or a therapist's exercise): "um
    # envelope pro síndico e outro pra Cris", "a letter for Mum and one for my sister".
    _cue("farewell_letters", 1, BOTH,
         r"(?:um|uma) (?:envelope|carta|bilhete) (?:pr[oa]s?|para|pra) (?:\w+ ){0,2}?e (?:outr[oa]|"
         r"mais um|mais uma) (?:pr[oa]s?|para|pra) \w+",
         r"(?:an?|one) (?:envelope|letter|note) (?:for|to) (?:\w+ ){1,2}?and (?:another|one) "
         r"(?:for|to) \w+",
         unless=lazy(r"\b(?:pr[oa]s?|para|pra|for|to) (?:a |o |my )?(?:voce|vo|avo|vovo|vozinha|"
                     r"vozinho|grandma|grandpa|granny|nan|nana|grandad|granddad|you)\b"),
         unless_said=lazy(_TO_THE_THERAPIST.pattern + r"|\b(?:escola|projeto|aula|school|"
                          r"project|class|homework|licao)\b")),
    # Papers left with someone, keys beside them, or where they are told (farewell_affairs, 2;
    # not for a trip, a move or the plants watered): "left the car keys and the dog's papers w
    # Tom", "deixei a chave e os documentos do carro com o Beto", "told them where the boat
    # papers are", "mostrei pra ela onde ficam os documentos".
    _cue("farewell_affairs", 2, BOTH,
         rf"(?:deixei|deixando|entreguei) (?:[oa]s? |meus |minhas |[oa] )?(?:\w+ )?(?:{_KEYS} "
         rf"(?:\w+ ){{0,3}}?e (?:[oa]s? |meus |minhas )?)?{_PAPERS} (?:\w+ ){{0,4}}?com "
         r"(?:[oa] |[oa]s )?\w+",
         rf"(?:left|leaving|handed|gave) (?:the |my )?(?:\w+ ){{0,2}}?(?:{_KEYS} and (?:the |my )?"
         rf"(?:\w+ ){{0,2}}?)?{_PAPERS} (?:with|w|to) (?!(?:the )?(?:front desk|reception|valet|"
         r"concierge|mechanic|garage|office)\b)\w+",
         rf"(?:told|showed|show|tell|telling|showing) (?:them|her|him|\w+) where (?:the |my |our )?"
         rf"(?:\w+ ){{0,2}}?{_PAPERS} (?:are|is|were|was)\b",
         rf"(?:mostrei|falei|contei|expliquei|disse) (?:pr[oa]s? \w+ |pra (?:eles|ela|ele) |para "
         rf"(?:eles|ela|ele) )?onde (?:ficam|estao|esta|fica|ta|tao|guardo|guardei) (?:[oa]s |[oa] "
         rf"|meus |minhas )?(?:\w+ )?{_PAPERS}",
         unless_said=_AWAY_FOR_A_WHILE),
    # The day, the shift or the message the last one (farewell_last, 1): "it was my last one
    # grandma" to "how was your day?", "último plantão", "sent my last email home".
    _cue("farewell_last", 1, BOTH,
         r"^(?:it|today|this|that|tonight) (?:was|is|will be) (?:my|the) last (?:one|day|shift|"
         r"night)(?: \w+)?$",
         r"^(?:hoje (?:foi|e) )?(?:foi |e )?(?:o )?(?:meu )?ultimo (?:dia|plantao|turno)"
         r"(?: hoje)?$",
         r"(?:sent|wrote|sending|writing) (?:my|the) (?:very )?last (?:email|e mail|message|letter|"
         r"text|postcard)s?(?: home| to (?:\w+ ){0,2}\w+)?$",
         r"(?:mandei|escrevi|enviei) (?:o |a )?(?:meu |minha )?(?:ultim[oa]) (?:email|e mail|"
         r"mensagem|carta)(?: (?:pra|para) (?:casa|\w+))?$"),
    # Not making land again, closing a clause (passive, 2): "won't be making landfall", "não vou
    # chegar em terra".
    _cue("passive", 2, BOTH,
         r"(?:will not|would not|am not going to|am never going to|not gonna|never) (?:be )?"
         r"(?:making|make|reaching|reach|seeing|see) (?:landfall|port|shore|land|the harbou?r)"
         r"(?: again)?$",
         r"nao vou (?:mais )?(?:chegar|voltar|pisar) (?:a |ao |em |na )?(?:terra(?: firme)?|"
         r"porto)(?: nunca mais| de novo| mais)?$"),
    # Hoping something happens to me (passive, 3; not something good or new): "i keep hoping
    # something just happens to me out here", "torço pra acontecer alguma coisa comigo".
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|keep hoping) (?:that )?something (?:just |bad )?(?:happens|would happen|"
         r"will happen|happened|to happen) to me\b",
         rf"(?:{_WANT}) (?:que |pra |para )?(?:acontec\w+ )?(?:alguma coisa|algo) (?:de ruim "
         r"|ruim )?(?:me )?(?:aconteca|acontecesse|acontecer)? ?comigo\b",
         unless=lazy(r"\b(?:good|nice|great|fun|exciting|interesting|amazing|cool|new|big|"
                     r"different|bom|boa|legal|incrivel|novo|nova|diferente|grande)\b")),
    # Not minding if I did not see another Christmas (passive, 3): "wouldn't mind one bit if I
    # didn't see another Christmas", "não ia me importar se não visse outro Natal".
    _cue("passive", EXPLICIT, BOTH,
         r"(?:would not|do not|will not) (?:really )?mind (?:\w+ ){0,2}?if i (?:did not|do not|"
         r"never|were not to|was not to) (?:see|make it to|reach|live to see|get to see|wake up "
         r"to|wake up for) (?:another|the next|one more|next)\b",
         r"(?:nao|nem) (?:ia|iria|vou) (?:me )?(?:importar|ligar) (?:\w+ ){0,2}?se (?:eu )?(?:nao|"
         r"nunca mais) (?:visse|chegasse|vivesse|passasse|acordasse) (?:\w+ ){0,2}?(?:outro|"
         r"outra|mais um|mais uma|o proximo|a proxima)\b"),
    # Not pulling out of a dive or a pass (plan_crash, 2): "i'm not pulling out of the last
    # pass", "não vou sair do rasante"; and it looking like engine trouble or a fall, as "look
    # like an accident" weighs already (plan_staged, 2): "itll look like engine trouble", "vai
    # parecer pane".
    _cue("plan_crash", 2, BOTH,
         r"(?:not|never) (?:going to |gonna )?(?:pull|pulling|pulled) (?:up|out) (?:of|from) "
         r"(?:the |this |that |my )?(?:\w+ )?(?:dive|pass|spin|stall|nosedive|descent)\b",
         r"(?:nao|nunca) (?:vou )?(?:puxar|sair) (?:do|da|o) (?:\w+ )?(?:mergulho|parafuso|"
         r"passada|rasante|estol|descida|manche)\b"),
    _cue("plan_staged", 2, BOTH,
         r"(?:it will|itll|it would|it is going to|it is gonna|that will|this will) (?:just )?"
         r"look like (?:an? )?(?:engine (?:trouble|failure)|mechanical (?:failure|problem|fault)|"
         r"natural causes|heart attack|fall|crash)\b",
         r"(?:vai|ia|vao|iria) parecer (?:que foi )?(?:um |uma )?(?:pane|falha mecanica|causa "
         r"natural|infarto|queda)\b"),
    # Going over the side at sea (plan_jump, 2; not a swim or a dive): "next trip out im going
    # over the side at night", "vou me jogar do navio"; with no survival suit, as no life jacket
    # weighs already (sea_unsafe, 2): "no survival suit", "sem roupa de sobrevivência".
    _cue("plan_jump", 2, BOTH,
         rf"(?:i am going|i am just going|i will go|going to go|gonna go|thinking about going|"
         rf"i could go|i will just go) {_OVERBOARD}"
         # (not to check or fix the hull: "going over the side to check the hull")
         r"(?! (?:to|for|with|and (?:check|fix|clean|inspect))\b)",
         # ... the "I" left out, opening a clause ("going over the side tonight")
         r"^(?:and |so |then )?(?:just )?going over (?:the side|the rail|the railing)"
         r"(?! (?:to|for|with|and (?:check|fix|clean|inspect))\b)",
         rf"(?:{_WANT}|{_INTEND}|will|could) (?:just )?(?:jump|step|slip|throw myself|climb) "
         rf"{_OVERBOARD}",
         rf"(?:vou|vo|quero|queria|penso em|pensando em) (?:me )?(?:jogar|pular|atirar) "
         rf"{_OVERBOARD_PT}",
         unless_said=_JUMP_FOR_FUN),
    _cue("sea_unsafe", 2, BOTH,
         r"(?:no|without|sem|nem|not wearing|will not wear|not taking) (?:a |my |the |o |meu |a "
         r"minha |minha )?(?:survival suit|immersion suit|survival gear|roupa de sobrevivencia|"
         r"roupa termica)\b"),
    # Till the knuckles split (on_purpose, 2): "smashed it against the music stand till the
    # knuckles split", "soquei até os nós dos dedos abrirem"; done again tonight, closing a
    # clause (self_harm_habit, 1): "did it again tonight", "fiz de novo hoje".
    _cue("on_purpose", 2, BOTH,
         r"(?:until|till|til) (?:the |my )?(?:knuckles?|skin|fists?|hands?|lips?|fingers?) "
         r"(?:\w+ )?(?:split|splits|cracked|cracks|bled|bleed|bleeds|broke|break|opened|tore|"
         r"swelled|swole|went numb|were raw|was raw)\b",
         r"ate (?:os nos dos dedos|os dedos|a mao|as maos|a pele|o punho|a boca) (?:\w+ )?"
         r"(?:rachar|racharem|abrir|abrirem|sangrar|sangrarem|estourar|estourarem|ficar em carne "
         r"viva|ficarem em carne viva)\b",
         unless=_ANOTHERS_BODY),
    _cue("self_harm_habit", 1, BOTH,
         r"^(?:and )?(?:i )?did it again (?:tonight|today|last night|this morning|just now)$",
         r"^(?:e )?(?:eu )?fiz (?:isso )?(?:de novo|outra vez) (?:hoje|hoje a noite|essa noite|"
         r"ontem|agora)$"),
    # A blade drawn through the body, sliced or slashed (self_harm, 3): "been slicing my forearm
    # with my pocketknife", "fiquei talhando meu braço"; to feel something other than what is
    # felt (self_harm_feel, 1): "just to feel something other than the wind".
    _cue("self_harm", EXPLICIT, BOTH,
         rf"(?:slic|slash|gash)\w* (?:into |up )?my (?:own )?(?:{_BODY})",
         rf"(?:fatiei|fatiando|talhei|talhando|retalhei|retalhando|rasguei|rasgando|lanhei|"
         rf"lanhando) (?:o |a |os |as )?(?:meu|minha|meus|minhas) (?:{_BODY})"),
    _cue("self_harm_feel", 1, BOTH,
         r"(?:just |only )?to feel (?:anything|something) (?:other than|besides|except|but|else "
         r"than|apart from) (?:\w+ ){0,4}?\w+$",
         r"(?:so )?(?:pra|para) sentir (?:alguma coisa|algo|qualquer coisa) (?:alem d[aeo]s?|"
         r"diferente d[aeo]s?|que nao seja|fora) (?:\w+ ){0,4}?\w+$"),
    # Not wanting to wait for my hour to come (reunite_hasten, 3): "n quero esperar minha hora
    # chegar", "I don't want to wait for my time to come"; crossing over too (reunite, 2):
    # "eu quero atravessar tb", "I want to cross over too".
    _cue("reunite_hasten", EXPLICIT, BOTH,
         r"nao (?:quero|vou|consigo|aguento) (?:mais )?esperar (?:a )?minha hora(?: chegar)?$",
         r"(?:do not|can not) (?:want to )?wait (?:for|until|till) my time(?: to come| comes)?"
         r"(?: anymore| any more)?$",
         r"i am not (?:going to )?wait(?:ing)? (?:for|until|till) my time(?: to come| comes)?"
         r"(?: anymore| any more)?$"),
    _cue("reunite", 2, BOTH,
         r"(?:quero|queria|vou) (?:\w+ )?atravessar (?:tambem|junto|ate (?:voce|ai|la))$",
         r"(?:want to|wanna|going to|gonna|will) (?:just )?cross over (?:too|as well|to you|to be "
         r"with you)$"),
    # Nothing ever changing again (hopeless_never, 2): "nada vai mudar nunca mais", and only
    # waiting for the end, closing a clause (hopeless_waiting, 2): "eu só tô esperando o fim
    # chegar", "just waiting for the end to come" (not the end of a film or a month).
    _cue("hopeless_never", 2, PT, r"nada (?:nunca )?vai mudar(?: nunca mais| mais| nunca)?$"),
    _cue("hopeless_waiting", 2, BOTH,
         r"(?:so |apenas )?(?:to|estou|fico|sigo|vivo) (?:so |apenas )?esperando (?:o fim|a "
         r"morte|a minha hora|minha hora)(?: chegar)?(?: agora| ja)?$",
         r"(?:i am |im )?(?:just |only )?waiting (?:for )?(?:the end|death|my time)"
         r"(?: to come)?(?: now| already)?$"),
    # Not wanting to be here anymore, said in one breath with what follows it (not_here, 2; the
    # clause that closes with it weighs 3 already, and a place or a job after it is no risk):
    # "i dont really want to be here anymore i just want it all to stop", "não quero mais ficar
    # aqui, só quero que tudo pare"; wanting it all to stop (passive, 2).
    _cue("not_here", 2, BOTH,
         r"(?:do not|did not) (?:really |even |honestly |truly )?want to be here (?:anymore|any "
         r"more)(?! (?:at|in|on|with|for|after)\b)",
         r"nao (?:quero|queria) (?:\w+ )?mais (?:estar|ficar) aqui(?! (?:n[oa]s?|em|com|nesse|"
         r"nessa|neste|nesta|pra|para|de)\b)"),
    _cue("passive", 2, BOTH,
         r"(?:just |only )?want (?:it all|everything|all of it|all this|all of this) to (?:stop|"
         r"end|be over)\b",
         r"(?:so )?(?:quero|queria) que (?:tudo|tudo isso|isso tudo) (?:pare|acabe|termine)\b",
         unless=_HABIT_SAID),
    # The others would be free, have a life or save a fortune if I were gone (burden, 3; not
    # gone for a week or to a place): "she'd finally be free if i was gone", "he'd have a real
    # life if i wasnt in it", "they'd save a fortune if I just stopped existing".
    _cue("burden", EXPLICIT, EN,
         rf"(?:would|could|might) (?:finally |actually |at last |so )?{_THEIR_GAIN} (?:\w+ )"
         rf"{{0,2}}?{_I_GONE_EN}",
         rf"{_I_GONE_EN} (?:\w+ ){{0,2}}?(?:he|she|they|we|mom|mum|dad|my \w+) (?:would|could) "
         rf"(?:finally |actually |at last )?{_THEIR_GAIN}"),
    # No point in any of it anymore (hopeless, 2): "there's no point in any of it anymore, not
    # me, not anything", "não tem mais sentido nenhum em nada".
    _cue("hopeless", 2, BOTH,
         r"(?:there is|is|^) ?no point (?:in|to) (?:any of it|any of this|anything|it all|me)"
         r"(?: anymore| any more)?$",
         r"nao tem mais sentido (?:nenhum )?(?:em )?nada$"),
    # A letter left explaining I could not take it (farewell, 3): "deixei uma carta pros
    # meninos explicando que o papai não aguentou", "a note for the kids explaining I couldn't
    # take it anymore" (not a course or a job given up).
    _cue("farewell", EXPLICIT, BOTH,
         rf"{_LETTER} (?:\w+ ){{0,4}}?(?:explicando|pra explicar|para explicar|dizendo) (?:que|por "
         r"que|porque) (?:eu |o papai |a mamae |o pai |a mae )?(?:nao aguentei|nao aguentou|nao "
         r"aguento|nao dei conta|nao deu conta|nao aguentava)(?: mais)?$",
         rf"{_LETTER} (?:\w+ ){{0,4}}?(?:explaining|to explain|saying|telling (?:them|her|him|the "
         r"kids)) (?:that |why )?(?:i |dad |mom |mum )?(?:could not|can not|cannot) (?:take it|go "
         r"on|do it|cope|carry on|hold on)(?: anymore| any more)?$"),
    # Going to meet the dead one, could, closing a clause (reunite, 2): "i could just go meet
    # you", "eu podia simplesmente ir te encontrar"; standing at the rail at night (linger, 1):
    # "i stand at the rail at 3am", "fico na amurada de madrugada".
    _cue("reunite", 2, BOTH,
         r"i (?:could|can|might) (?:just |simply )?(?:go|come) (?:and )?(?:meet|join|find|be with) "
         r"you(?: there| out there| up there)?$",
         r"eu (?:podia|poderia|posso) (?:simplesmente |so )?(?:ir )?(?:te encontrar|ir ate voce|"
         r"ficar com voce)$",
         unless=_VISIT),
    _cue("linger", 1, BOTH,
         r"(?:stand|standing|stood|sit|sitting|sat|lean|leaning|leaned) (?:at|on|by|over) the "
         r"(?:rail|railing|edge|ledge|guardrail|parapet|side)(?: \w+){0,2}? (?:at \d+ ?(?:am|a m)|"
         r"at night|every night|all night|in the dark)\b",
         r"(?:fico|fiquei|ficava|paro|parei) (?:\w+ )?(?:na|no|perto da|perto do) (?:amurada|"
         r"grade|parapeito|beira|borda|mureta) (?:\w+ ){0,2}?(?:de madrugada|a noite|de noite|as "
         r"\d+ da manha|toda noite)\b"),
)


# Batch 40 (EVERYDAY_FORMS below): the dead named gone in the third person ("o Rafa se foi … e
# o senhor um mes depois"), whom I go to meet, or where it happened.
_THEY_WENT = (r"(?:se foi|se foram|morreu|morreram|faleceu|faleceram|partiu|partiram|died|"
              r"passed|passed away|passed on|was killed|were killed|lost (?:him|her|them))")
_THEM = (r"(?:os dois|as duas|os tres|eles|elas|ambos|todos eles|them|them both|both of them|the "
         r"two of them|the both of them|all of them)")
# ... not met at an airport, a station, for lunch: the living come to a funeral too.
_NOT_AN_ERRAND = (r"(?! (?:(?:at|no|na|em|pro|pra|para) (?:the )?(?:airport|station|hospital|"
                  r"church|aeroporto|rodoviaria|hospital|igreja|shopping)|for (?:lunch|dinner|"
                  r"coffee|drinks)|(?:pro|pra|para o|no) (?:almoco|jantar|cafe))\b)")
# A move out of the house, which the others are "better with one less mouth" by too.
_LEFT_HOME = lazy(r"\b(?:moved out|moving out|left home|leaving home|college|university|uni|"
                  r"dorm|faculdade|se mudou|mudou|saiu de casa|casou|married|got married|away "
                  r"at|intercambio|exchange)\b")
# What a tank and a bag are for on an ordinary day: balloons, a dive, a fish tank, a grill.
_TANK_FOR = lazy(r"\b(?:balloons?|baloes|balao|bexigas?|inflat\w*|encher|scuba|mergulho|"
                 r"diving|dive|fish|peixes?|aquario|aquarium|propane|churrasco|bbq|barbecue|"
                 r"grill|camping|acampar)\b")
# A task finished tonight: homework, a book, a series, a puzzle, a painting.
_A_TASK = lazy(rf"\b(?:{_CHORE}|book|livro|novel|series|serie|season|temporada|puzzle|"
               r"quebra cabeca|painting|quadro|pintura|scarf|blanket|manta|cachecol|sweater|"
               r"bordado|croche|trico|knitting|recipe|receita|chapter|capitulo|draft|"
               r"rascunho|race|corrida|marathon|maratona)\b")
# What a rope or a line is tied to a beam for on an ordinary day: a hammock, a swing, a line of
# washing, lights, a punching bag, a tarp, the corn hung to dry as the dead one used to (batch
# 18's "amarrei a corda na viga do celeiro pra pendurar o milho pra secar, igual o senhor fazia").
_TIED_FOR = lazy(r"\b(?:redes?|hammocks?|balanco|swings?|varal|clothes ?line|washing|luzes|"
                 r"lights|pisca pisca|bandeirinhas|bunting|enfeites?|decorations?|vasos?|plantas?|"
                 r"plants?|lona|tarp|toldo|saco de pancada|punching bag|bag|(?:pra|para) "
                 r"(?:pendurar|secar|segurar|guardar|prender|erguer|levantar|puxar) (?!me\b)|to "
                 r"(?:hang|dry|hold|store|lift|hoist|pull) (?!me\b|myself\b)|igual (?:voce|o "
                 r"senhor|a senhora|vc) fazia|(?:like|as) you used to)\b")
# A gun kept for a hunt, a range or a licence, or a toy's.
_GUN_FOR_SPORT = lazy(r"\b(?:caca|cacar|cacada|hunt\w*|deer|veado|javali|range|stand de tiro|"
                      r"clube de tiro|targets?|alvos?|clay|skeet|season|temporada|licen[cs]e|"
                      r"licenca|fox|foxes|raposas?|rabbits?|coelhos?|pest|brinquedo|toy|nerf|"
                      r"espoletas?|caps|cap gun|water|agua|airsoft|paintball|bolinhas?|pellets?)\b")
# My own photo, put where the dead are remembered: an altar, an ofrenda, a butsudan, a grave.
_PUT_PT = r"(?:coloquei|pus|botei|deixei|ajeitei)"
_PUT_EN = r"(?:put|placed|added|set|stuck|propped)(?: up)?"
_MY_PHOTO_PT = (r"(?:a |uma )?(?:minha (?:propria )?(?:foto|retrato)|(?:foto|retrato) "
                r"minha)")
_MY_PHOTO_EN = (r"(?:my own (?:photo|picture|pic|portrait)|my (?:photo|picture|pic|portrait)"
                r"(?! of (?!me\b|myself\b))|(?:a |one )?(?:photo|picture|pic|portrait) of "
                r"(?:me|myself))")
_SHRINE_PT = r"(?:altar|oratorio|butsudan|ofrenda|tumulo|lapide|jazigo)"
_SHRINE_EN = r"(?:ofrenda|altar|butsudan|shrine|memorial|headstone|grave)"

EVERYDAY_FORMS: tuple[Cue, ...] = (
    # "Amanhã acaba" as a clause of its own (plan_date, 2; not a sale or a term named as its
    # subject): "ultima roda foi sabado. amanha acaba", "it all ends tomorrow"; the last of a
    # thing of mine already past, a clause of its own (farewell_last, 1): "ultima roda foi
    # sabado", "my last show was tonight"; thanks for everything sent to the others
    # (thanks_sent, 1): "mandei msg pros parceiro agradecendo por tudo", "texted the lads
    # thanking them for everything".
    _cue("plan_date", 2, BOTH,
         rf"^(?:e |entao |mas )?(?:hoje|amanha|hoje a noite|essa noite|amanha cedo|{_DAY}) "
         r"(?:tudo )?(?:acaba|termina|se encerra)(?: tudo)?$",
         r"^(?:e |entao |mas )?(?:tudo )?(?:acaba|termina) (?:tudo )?(?:hoje|amanha|hoje a noite|"
         r"essa noite|amanha cedo)$",
         rf"^(?:and |so |but )?(?:it |it all |everything )?ends (?:tonight|tomorrow|today|"
         rf"on {_DAY})$",
         rf"^(?:and |so |but )?(?:tonight|tomorrow|today|{_DAY}) (?:it all|everything|it) ends$"),
    _cue("farewell_last", 1, BOTH,
         rf"^(?:a |o |minha |meu )?ultim[oa] (?:\w+ )?(?:foi|e|vai ser|sera) (?:hoje|ontem|"
         rf"amanha|{_DAY})$",
         rf"^(?:my |the )?last (?:\w+ )?(?:was|is|will be) (?:today|tonight|yesterday|tomorrow|"
         rf"(?:on )?{_DAY})$"),
    _cue("thanks_sent", 1, BOTH,
         r"(?:mandei|enviei|escrevi|deixei|gravei) (?:\w+ ){0,2}?(?:mensagem|mensagens|recado|"
         r"recados|audio|audios|carta|cartas|bilhete|bilhetes) (?:\w+ ){0,6}?agradecendo "
         r"(?:\w+ ){0,3}?(?:por tudo|a todos|a cada um)$",
         r"(?:texted|messaged|wrote to|emailed|sent (?:a )?(?:message|text|note|letter)s? to) "
         r"(?:\w+ ){0,5}?thanking (?:them|everyone|everybody|him|her|each of them|all of them) "
         r"for (?:everything|it all|all of it)$"),
    # Going to meet the dead, named gone in the third person, "both of them" (reunite, 2; not in
    # a message of a visit): "o Rafa se foi na BR e o senhor um mes depois. vou … ir encontrar
    # os dois", "mum passed in May and dad in June, I'm going to go and join them"; the same bend
    # or the same spot where it happened (same_way, 2): "… na mesma curva", "at the same bend";
    # a ride with no helmet or belt (reckless, 1; with indifference it weighed 3 already).
    _cue("reunite", 2, BOTH,
         rf"{_THEY_WENT}(?: \w+){{0,24}}? (?:vou|vo|quero|queria|eu vou|to indo|estou indo) "
         rf"(?:\w+ ){{0,7}}?(?:encontrar|me juntar (?:a|com)|ficar com|estar com) {_THEM}"
         rf"(?! (?:lados|irmaos|primos|filhos|netos|amigos|meninos|meninas)\b){_NOT_AN_ERRAND}",
         rf"{_THEY_WENT}(?: \w+){{0,24}}? (?:i am going to|i will|i am gonna|going to|gonna|i "
         rf"want to|i wanna|want to|i am coming to) (?:\w+ ){{0,7}}?(?:meet|join|be with|find) "
         rf"{_THEM}{_NOT_AN_ERRAND}", scope="message", unless_said=_VISIT),
    # ... joined tonight or soon (reunite_soon, 3): "a mãe e o pai se foram, vou me juntar a eles
    # hoje", "mum and dad passed in june. i'm going to join them tonight".
    _cue("reunite_soon", EXPLICIT, BOTH,
         rf"{_THEY_WENT}(?: \w+){{0,24}}? (?:vou|vo|quero|queria|eu vou|to indo|estou indo) "
         rf"(?:\w+ ){{0,7}}?(?:me juntar (?:a|com)|ficar com|estar com) {_THEM} (?:\w+ ){{0,2}}?"
         r"(?:hoje|logo|agora|em breve|essa noite|hoje a noite)\b",
         rf"{_THEY_WENT}(?: \w+){{0,24}}? (?:i am going to|i will|i am gonna|going to|gonna|i "
         rf"want to|i wanna|want to|i am coming to) (?:\w+ ){{0,7}}?(?:join|be with) {_THEM} "
         r"(?:\w+ ){0,2}?(?:tonight|today|soon|now|this week|this weekend)\b",
         scope="message", unless_said=_VISIT),
    _cue("same_way", 2, BOTH,
         rf"{_THEY_WENT}(?: \w+){{0,30}}? (?:na|no|pela|pelo) mesm[oa] (?:curva|lugar|ponte|"
         r"trecho|estrada|rodovia|esquina|ponto|rio|cachoeira|viaduto|trilho|pedra|represa|"
         r"barranco)\b",
         rf"{_THEY_WENT}(?: \w+){{0,30}}? (?:at|on|in|off|into|from|to|by) the (?:same|exact same|"
         r"very same) (?:bend|curve|spot|place|bridge|road|stretch|corner|river|cliff|tracks|"
         r"ledge|lake|quarry)\b", scope="message", unless_said=_VISIT),
    _cue("reckless", 1, BOTH, _RECKLESS),
    # Going up or across to stay with the dead one there (reunite, 2; not a visit): "eu vou
    # subir pra ficar contigo", "quero atravessar e ficar aí com você", "i'd like to go back up
    # with you", "i want to cross the marigold path too and stay over there with u"; "não
    # demora" closing it (ending_soon, 1): "… contigo n demora", "I'm coming, won't be long".
    _cue("reunite", 2, BOTH,
         r"(?:vou|vo|quero|queria|to indo|estou indo|preciso) (?:\w+ )?(?:subir|atravessar) "
         r"(?:\w+ ){0,4}?(?:pra|para|e) (?:ficar|estar|morar|viver|descansar) (?:ai |la |la em "
         r"cima |ai em cima )?(?:contigo|com voce|com o senhor|com a senhora|junto de voce|do seu "
         r"lado)",
         r"(?:would like to|want to|wanna|going to|gonna|will|am coming to|need to|let me) "
         r"(?:just )?(?:go|come|float|fly|climb|cross) (?:\w+ ){0,3}?(?:up|back up|over|across) "
         r"(?:there )?(?:with|to) you\b",
         r"(?:would like to|want to|wanna|going to|gonna|will) (?:\w+ ){0,2}?(?:go|come|cross|"
         r"float|fly|climb) (?:\w+ ){0,5}?and (?:stay|be|live|rest) (?:over |up |out )?there with "
         r"you\b", unless=_VISIT),
    _cue("ending_soon", 1, BOTH, r"(?:^|(?<=\w ))(?:e )?(?:nao|nem) demora(?: nada| muito)?$",
         r"(?<=\w )(?:will not|wont) be long(?: now)?$"),
    # My own photo put among the dead, on the altar or beside theirs (reunite_beside, 2): "pus
    # minha própria foto no degrau de baixo do altar", "built ur ofrenda and put my own photo on
    # the bottom step" (not their photo, which is theirs).
    _cue("reunite_beside", 2, BOTH,
         rf"{_PUT_PT} {_MY_PHOTO_PT} (?:\w+ ){{0,3}}?(?:no|na|nos|nas|ao lado d[aeo]s?|junto "
         rf"d[aeo]s?|do lado d[aeo]s?|entre (?:as|os)) (?:\w+ ){{0,4}}?(?:{_SHRINE_PT}|sua foto|"
         r"seu retrato|fotos? d[aeo]s? (?:\w+ )?(?:voce|senhora|senhor|mortos|falecidos))\b",
         rf"(?:{_SHRINE_PT}) (?:\w+ ){{0,6}}?{_PUT_PT} {_MY_PHOTO_PT}\b",
         rf"{_PUT_EN} {_MY_PHOTO_EN} (?:\w+ ){{0,3}}?(?:on|in|at|beside|next to|among|with|up on) "
         rf"(?:\w+ ){{0,4}}?(?:{_SHRINE_EN}|yours|your (?:photo|picture|portrait)|the dead)\b",
         rf"(?:{_SHRINE_EN}) (?:\w+ ){{0,6}}?{_PUT_EN} {_MY_PHOTO_EN}\b"),
    # No way out left, told as a recipe's or a story's step (hopeless_way, 2): "mexe ate n ter
    # mais saida", "there's no exit left"; a laugh, then not joking (not_joking, 1): "kkk n to
    # brincando", "lol i'm not joking".
    _cue("hopeless_way", 2, BOTH,
         r"(?:ate |sem |e |pra )?(?:nao|nem) (?:ter|haver|sobrar|existir|tem|ha) (?:mais )?"
         r"(?:nenhuma )?saida(?: nenhuma)?(?: (?:pra|para) mim)?$",
         r"(?:there is |there s )?no (?:exit|way out|escape) (?:left|anymore|any more)"
         r"(?: for me)?$"),
    _cue("not_joking", 1, BOTH,
         r"^(?:k{3,}|(?:ha){2,}h?|(?:rs){2,}|lol|lmao) (?:mas |but )?(?:nao|not|i am not|no) "
         r"(?:to |estou |tou |really |even )?(?:brincando|joking|kidding)(?: nao| not| tho| "
         r"though)?$"),
    # I am past fixing (hopeless_way, 2): "eu n tenho mais jeito", "there's no fixing me"; and
    # stopping here, closing a clause (ending, 1): "to parando por aqui", "this is where I
    # stop".
    _cue("hopeless_way", 2, BOTH,
         r"(?:eu )?(?:nao|nem) tenho (?:mais )?(?:jeito|conserto|salvacao|solucao)(?: nenhum| "
         r"nenhuma)?$",
         r"(?:there is )?no (?:fixing|saving|helping) me(?: now| anymore)?$",
         r"i am (?:past|beyond) (?:fixing|repair|hope)(?: now| anymore)?$",
         r"i am a lost cause(?: now| anymore)?$"),
    _cue("ending", 1, BOTH, r"(?:to|estou|vou|eu) (?:parando|parar|paro) (?:por )?aqui$",
         r"(?:this is where i (?:stop|get off)|i am stopping here|i will stop here)$"),
    # Wishing something had taken me, closing the clause (passive, 3; not taken somewhere):
    # "queria que o frio tivesse me levado junto", "i wish the cold had just taken me along with
    # the pipes"; wishing I had let it have me (passive, 3): "queria ter ficado na cama e deixado
    # o fogo me levar", "i wish i'd stayed in bed that night and let it have me too".
    _cue("passive", EXPLICIT, BOTH,
         rf"(?:{_WANT}|quem dera|desejava) (?:que )?(?:\w+ ){{1,3}}?(?:tivesse|tivessem|teria) "
         r"(?:so |simplesmente )?me (?:levado|carregado|engolido|pegado)(?: (?:junto|tambem|com "
         r"(?:ele|ela|eles|elas|voce|[oa]s? \w+)|naquela noite|naquele dia))?$",
         r"(?:wish|wished|wishing|if only) (?:that )?(?:\w+ ){1,3}?(?:had|would have|could have) "
         r"(?:just )?(?:taken|took|claimed|swallowed|gotten|got|carried off|swept away) me"
         r"(?: (?:too|as well|along|instead|that night|that day|then|with (?:it|them|him|her|you)|"
         r"along with (?:it|them|the \w+|my \w+|\w+)))?$",
         rf"(?:{_WANT}|devia|deveria) (?:\w+ ){{0,10}}?(?:ter )?(?:deixado|deixar) (?:ele|ela|eles|"
         r"elas|[oa] \w+) me (?:levar|pegar|engolir|carregar|queimar)(?: junto| tambem)?$",
         r"(?:wish|wished|should have|could have|would rather have|if only i had) (?:\w+ ){0,10}?"
         r"(?:let|letting) (?:it|them|the \w+|that \w+|her|him) (?:have|take|claim|swallow|get|"
         r"keep) me(?: too| as well| instead| with (?:it|them))?$"),
    # Going rather than being this (passive, 3): "prefiro ir do que ser um peso pra minha
    # filha", "i'd rather go than be this"; the others not to be stuck with me (burden_stuck, 2):
    # "ela não merece ter que me limpar", "she shouldn't be lumbered with me".
    _cue("passive", EXPLICIT, BOTH,
         r"(?:prefiro|preferia|preferiria) (?:ir|partir|morrer|sumir|nao estar aqui) (?:do que|que|"
         r"a) (?:ser|virar|continuar sendo|continuar a ser) (?:isso|assim|isto|desse jeito|um "
         r"peso|um fardo|um estorvo|uma carga|um incomodo|dependente)(?: (?:pra|para|pro|pros) "
         r"(?:\w+ ){0,2}\w+)?$",
         r"(?:i would|i had) (?:much |far )?rather (?:just )?(?:go|be gone|not be here|not be "
         r"around|die) than (?:be|being|live|living|go on (?:being|living)|keep (?:being|living)|"
         r"become|end up) (?:like )?(?:this|that|like this|this way|a burden|a nuisance|a bother|"
         r"a problem|a charity case|kept alive|dependent|an? \w+ (?:to|for|on) (?:\w+ )?\w+)$"),
    _cue("burden_stuck", 2, BOTH,
         r"(?:nao devia|nao deveria|nao merece|nao merecia|nao tinha que|nao era pra) (?:ter que |"
         r"ter de |precisar )?(?:cuidar de mim|me aguentar|me carregar|lidar comigo|me limpar|me "
         r"trocar|limpar (?:minha|meu) \w+|trocar (?:minha|meu) \w+|me sustentar)\b",
         r"(?:should not|should never|ought not to|does not deserve to) (?:have to )?(?:be )?"
         r"(?:lumbered|saddled|stuck|burdened|landed) with me\b",
         r"(?:should not|should never|does not deserve to) have to (?:look after|care for|clean up "
         r"after|change|wipe|deal with|put up with) me\b"),
    # The others better off with one less mouth (burden, 3; not a child moved out): "eles iam se
    # virar melhor com uma boca a menos", "he'd manage better with one less mouth".
    _cue("burden", EXPLICIT, BOTH,
         r"(?:ia|iam|iria|iriam|vai|vao|seria|estaria|estariam) (?:\w+ ){0,3}?melhor (?:\w+ ){0,2}?"
         r"com (?:uma boca|um peso|uma pessoa|um problema|um gasto) a menos\b",
         r"(?:would|could|will|might) (?:\w+ ){0,2}?(?:manage|cope|get by|do|be|live|eat) "
         r"(?:\w+ ){0,2}?better (?:\w+ ){0,2}?(?:with|if there (?:was|were)) one (?:less|fewer) "
         r"(?:mouth|person|body|burden|problem)\b", unless_said=_LEFT_HOME),
    # "Tonight I finish it" (do_it, 2; not an essay, a book or a puzzle): "hoje eu acabo com
    # isso", "tonight i finish it"; not doing anything anymore (done, 1): "não vou fazer mais
    # nada", "i'm not doing anything anymore".
    _cue("do_it", 2, BOTH,
         r"(?:hoje|amanha|hoje a noite|essa noite) (?:eu )?(?:termino|acabo|encerro|vou terminar|"
         r"vou acabar|vou encerrar) (?:com )?(?:isso|tudo|isso tudo|tudo isso)$",
         r"(?:tonight|today|tomorrow|this weekend) (?:i|i will|i am going to|i am gonna) "
         r"(?:finally )?(?:finish|end) (?:it|it all|this|things|everything)(?: for good| for "
         r"real)?$",
         r"i (?:will|am going to|am gonna) (?:finally )?(?:finish|end) (?:it|it all|this|things|"
         r"everything) (?:tonight|today|tomorrow)$", unless_said=_A_TASK),
    _cue("done", 1, BOTH, r"^(?:e )?(?:eu )?(?:nao vou fazer|nao faco) (?:mais nada|nada mais)$",
         r"^(?:and )?i am not doing (?:anything|a thing) (?:anymore|any more)$"),
    # A gas tank and a bag together (plan_means, 2; not balloons, a dive or a fish tank): "o
    # cilindro de hélio e o saco", "got the tank and the bag under the bed"; bought and not asked
    # what for (unsuspected, 1): "nem perguntaram pra que era", "didn't even ask what for".
    _cue("plan_means", 2, BOTH,
         r"(?:tank|cylinder|canister|tanque|cilindro|botijao|bujao)(?: de (?:helio|gas|"
         r"nitrogenio))? (?:and|e) (?:the |a |o |um |uma )?(?:plastic |big |de plastico )?(?:bag|"
         r"saco|sacola)\b",
         r"(?:bag|saco|sacola) (?:and|e) (?:the |a |o |um |uma )?(?:helium |gas |nitrogen )?"
         r"(?:tank|cylinder|canister|tanque|cilindro|botijao)\b",
         r"(?:helium|helio|nitrogen|nitrogenio) (?:\w+ ){0,6}?(?:bag|saco|sacola)\b",
         unless_said=_TANK_FOR),
    _cue("unsuspected", 1, BOTH,
         r"(?:did not|never|nobody|no one) (?:even )?ask(?:ed)? (?:me )?(?:what (?:it was |i "
         r"wanted it |i needed it |they were |it is )?for|why i (?:wanted|needed) (?:it|them|one|"
         r"that))\b",
         r"(?:nem|ninguem|nao) (?:me )?pergunt(?:ou|aram|a) (?:pra|para) (?:que|q) (?:era|eu "
         r"queria|servia|eu ia usar)\b"),
    # Might as well take the hint, closing a clause (sign_taken, 1): "melhor entender o
    # recado", "so might as well take the hint".
    _cue("sign_taken", 1, BOTH,
         r"(?:entao |e )?(?:melhor|e melhor|vou) (?:eu )?(?:entender o recado|aceitar o sinal|"
         r"jogar a toalha|desistir de vez)$",
         r"(?:so |then )?(?:might|may) as well (?:just )?(?:take the hint|give up|quit trying|stop "
         r"trying|throw in the towel)$"),
    # For messages of this batch that only the stem model heard, so as not to leave them to its
    # next retraining. A rope already tied to the beam or the branch (plan_hanging, 2; not a
    # hammock, a swing or lights): "tem a corda do galpão, ja amarrei na viga", "tied it over
    # the rafter last night".
    _cue("plan_hanging", 2, BOTH,
         r"(?:ja )?(?:amarrei|prendi|passei|pendurei|deixei amarrad[oa]) (?:\w+ ){0,3}?(?:na|no|"
         r"pela|pelo) (?:viga|caibro|trave|galho|gancho|ventilador|caibros|vigas)\b",
         r"(?:tied|fixed|slung|looped|knotted|hung) (?:\w+ ){0,3}?(?:to|over|on|round|around) the "
         r"(?:beam|rafter|rafters|joist|branch|hook|ceiling fan|banister)\b",
         unless_said=_TIED_FOR),
    # A tree, a beam or a bridge picked out, closing a clause (plan_chosen, 2): "i've got my
    # climbing line and the big oak by the reservoir picked out", "já escolhi o galho".
    _cue("plan_chosen", 2, BOTH,
         r"(?:tree|oak|elm|pine|branch|beam|rafter|bridge|overpass|ledge|cliff|quarry) "
         r"(?:\w+ ){0,4}?(?:picked out|chosen|scouted|lined up)$",
         r"(?:ja )?(?:escolhi|separei) (?:a |o )?(?:arvore|galho|viga|ponte|viaduto|penhasco|"
         r"pedreira|barranco)(?! de natal)(?: \w+){0,4}$"),
    # A gun named, then loaded, in the clauses that follow (plan_loaded, 2; not for a hunt, a
    # range or a licence): "the shotgun's out of the cabinet, loaded, behind the kitchen door",
    # "a espingarda tá no quarto, carregada".
    _cue("plan_loaded", 2, BOTH,
         rf"{_GUN}(?: \w+){{0,8}}? (?:loaded|carregad[oa]|municiad[oa])\b",
         scope="message", unless_said=_GUN_FOR_SPORT),
    # A note headed for whoever finds it (farewell_found, 2): "Subject: when you find this",
    # "pra quando vc achar isso".
    _cue("farewell_found", 2, BOTH,
         r"^(?:subject |re |assunto )?(?:for |para |pra )?when (?:you|someone|somebody|they|"
         r"anyone) (?:find|finds|found) (?:this|it|me)$",
         r"^(?:assunto |subject )?(?:para |pra )?quando (?:voce|alguem|voces|vcs) (?:encontrar|"
         r"achar|encontrarem|acharem) (?:isso|isto|esta carta|essa carta|este bilhete|esse "
         r"bilhete|esta mensagem|essa mensagem)$"),
    # Out of reasons to keep at this life (hopeless, 3): "i'm out of reasons to keep at this
    # life", "acabaram meus motivos pra continuar vivendo".
    _cue("hopeless", EXPLICIT, BOTH,
         r"(?:out of|no more|run out of|ran out of) reasons? to (?:keep (?:going|living|on living|"
         r"at (?:this|my) life)|go on|carry on|live|stay alive|be here|stay here|keep breathing|"
         r"get up in the morning)\b",
         r"(?:acabaram|acabou|nao tenho mais|sem) (?:os |a )?(?:meus |minha )?(?:motivos?|razoes|"
         r"razao) (?:pra|para|de) (?:continuar vivendo|continuar nessa vida|seguir vivendo|viver|"
         r"levantar da cama)\b"),
    # For two older messages of the tests the stem model retrained on batch 40 let fall just
    # under its threshold with cues of 2. Not knowing what I am *still* here for (hopeless_still,
    # 1, beside the 2 that not knowing what I am here for weighs): "I don't know what I'm still
    # here for, Dad", "não sei pra que eu ainda tô aqui"; a letter for someone to read after I
    # go (farewell_letter, 1, beside the 2 of "after I go"): "escreve uma carta pra minha filha
    # ler depois que eu for", "a letter for my son to read after I'm gone".
    _cue("hopeless_still", 1, BOTH,
         r"(?:do not|can not) (?:know|see|tell) what i am still (?:here|alive|around|staying|"
         r"hanging on) for(?: anymore)?$",
         r"nao sei (?:pra|para|por) (?:que|q) (?:eu )?ainda (?:fico|to|estou|vivo|continuo)"
         r"(?: aqui| vivo| viva| por aqui)?$"),
    _cue("farewell_letter", 1, BOTH,
         rf"{_LETTER} (?:pr[oa]s?|para|pra) (?:\w+ ){{0,3}}?(?:ler|lerem|abrir|abrirem) (?:\w+ )?"
         r"(?:depois (?:que|q) eu|quando eu (?:nao estiver|for|partir|morrer))",
         rf"{_LETTER} for (?:\w+ ){{0,3}}?to (?:read|open) (?:\w+ )?(?:after|when|once) i am "
         r"(?:gone|dead|not here|no longer here)"),
)


# A food cut from a diet or a fast (batch 26): "cut sugar on purpose", "parei de comer doce".
_FOOD_CUT = (r"\b(?:cut|cutting|cortei|cortar|corto|cortando|parei de comer|stopped eating|quit|"
             r"gave up|giving up|larguei|tirei|reduzi|cut out|cut down on|sem) (?:\w+ ){0,2}"
             r"(?:sugar|acucar|doces?|carbs?|carboidratos?|gluten|meat|carne|dairy|lactose|chocolates?|"
             r"refrigerantes?|sodas?|junk food|frituras?|fried food|alcohol|alcool|cafe|coffee|"
             r"bread|pao|sal|salt|fast food|sweets|candy)\b")


# Which knife, said in the kitchen by what it cuts (batch 32, for batch 14's "A faca não é pra
# cortar pão, é a de carne", which the stem model retrained on batch 32 lifted over its
# threshold with the knife's cue): "é a de carne", "it's the bread one".
_KITCHEN_ONE = lazy(r"\b(?:e|era) (?:a|o) (?:de|do|da) (?:carne|pao|queijo|churrasco|peixe|"
                    r"legumes|frutas?|cozinha|serra)\b|\b(?:it is|its|it was) the (?:meat|"
                    r"bread|cheese|steak|fish|vegetable|kitchen|carving) one\b")

CUES: tuple[Cue, ...] = (
    # Explicit mention: suicide or self-harm named, whatever surrounds it (batch 34's questions
    # of what the dead one believed of a relative's suicide too: someone thinking of a relative
    # who died so is met gently, a false alarm by design).
    _cue("explicit", EXPLICIT, BOTH, r"sui?cid\w*", r"auto ?mutila\w*", r"auto ?lesa\w*",
         r"self ?harm\w*"),
    # Active ideation: wanting to die, to kill oneself, to end one's life.
    _cue("active", EXPLICIT, PT, r"me matar", r"se matar", r"me suicidar", r"(?:me|se) enforc\w*",
         rf"{_WISH_PT} (?:me )?(?:morrer?|mata)",
         r"nao (?:quero|queria) mais (?:viver|estar viv[oa]|existir|ficar viv[oa])",
         r"nao (?:quero|queria) (?:viver|existir|estar viv[oa]) mais",
         r"tirar (?:a )?(?:minha )?(?:propria )?vida", r"acabar com (?:a )?minha vida",
         r"(?:vou|quero|queria|vontade de|pensando em) acabar com tudo",
         r"(?:quero|queria|preferia) (?:estar|ta|ficar) mort[oa]", r"vou me mata",
         unless=lazy(r"\b(?:alguem|uma pessoa|um homem|uma mulher|um rapaz|uma moca|um "
                     r"senhor|uma senhora|um paciente|uma paciente|um cara|um jovem|uma "
                     r"jovem) que (?:\w+ ){0,2}se matar\b")),
    _cue("active", EXPLICIT, EN, r"kill(?:ing)? myself", r"end(?:ing)? my (?:own )?life",
         r"take my (?:own )?life", r"hang(?:ing|ed)? myself",
         rf"{_NOT_ANOTHERS}(?:want|wanted|going) to die",
         r"wish i (?:was|were) dead",
         r"want to be dead", r"better off dead",
         r"(?:do not|did not) want to (?:live|be alive|exist)",
         r"(?:going to|want to|will|plan to|thinking about|think about) end (?:it|it all|"
         r"everything|things)",
         # (not the dead one asked: "did you ever think about dying when you got old?")
         r"(?<!\byou )(?<!\bever )(?<!\bhe )(?<!\bshe )(?<!\bthey )think(?:ing)? about dying"),
    # Passive ideation: to sleep and not wake, not to exist, that an accident would come.
    _cue("passive", EXPLICIT, PT, r"dormir (?:e )?(?:nao|nunca mais) acordar",
         r"nunca mais acordar", r"(?:tomara|espero|queria|quero) (?:que )?(?:eu )?nao acord\w*",
         r"(?:queria|quero|preferia) (?:simplesmente |so )?nao existir",
         r"(?:nem|nao|nunca) (?:tivesse|ter) nascido", r"sumir (?:de vez|para sempre)",
         r"(?:queria|quero|tomara|espero) que (?:\w+ ){1,3}me atropel\w*",
         r"deitar e (?:nao|nunca mais) levantar", r"para nao acordar"),
    _cue("passive", EXPLICIT, EN, r"never wake up", r"(?:hope|wish) i (?:do not|never) wake",
         r"(?:did not|do not|not) exist anymore", r"wish i (?:did not|never) exist\w*",
         r"wish(?:es)? i (?:was|were|had|would) never (?:been |have been )?born",
         r"easier if i (?:was|were) not (?:here|around)",
         r"wish\w* (?:that )?(?:a|some) (?:car|truck|bus|train) would (?:just )?hit me",
         r"sleep forever"),
    # Plans and means. A means (one cue, however many are named) weighs 1: bridges, trains
    # and pills are everyday words. Each kind of plan weighs 2, so a plan with a means, or
    # two kinds of plan, reach the threshold.
    # (batch 39: not the train late on the way to work, nor a cord of capoeira)
    _cue("means", 1, PT, _MEANS_PT, unless=lazy(_NURSED_OR_WITHOUT.pattern + "|"
                                                + _COMMUTE.pattern),
         unless_said=lazy(_LET_GO.pattern + "|" + _HOME_BUILDING.pattern + "|"
                          + _KITCHEN_ONE.pattern + "|" + _CORD_GRADE.pattern)),
    _cue("means", 1, EN, _MEANS_EN, unless=lazy(_NURSED_OR_WITHOUT.pattern + "|"
                                                + _COMMUTE.pattern),
         unless_said=lazy(_LET_GO.pattern + "|" + _KITCHEN_ONE.pattern)),
    _cue("plan_gather", 2, PT, r"(?:juntei|juntando|guardando|guardei|estocando|acumulando)",
         # "escondido" alone is how a grandmother gave sweets ("me dava doce escondido"): it
         # is a secret (1), and gathering only when what is hidden is a means.
         r"(?:separei|separando|escondi|escondendo)",
         rf"(?:{_MEANS_PT}) (?:\w+ )?escondid[oa]s?",
         r"todos os (?:remedios|comprimidos)", r"de uma vez", r"guardad[oa]s? comigo",
         r"quantos (?:remedios|comprimidos|pilulas)",
         # (batch 35: not a medicine set out for someone's doses, "com etiqueta de horário")
         unless=lazy(_KEEPSAKE.pattern + "|" + _THEIR_MEDICINE.pattern + "|"
                     + _DOSED_OUT.pattern),
         unless_said=_SAFE_KEPT),
    _cue("plan_gather", 2, EN, r"(?:saving|saved|stockpil\w+|hoarding|collecting)(?: up)?",
         r"how many (?:sleeping )?(?:pills|tablets)", r"all (?:my|the|of my) (?:pills|meds)",
         r"enough (?:pills|meds|tablets)",
         # (not the dead one's hiding: "you hid them in a banana so grandpa would stop nagging")
         r"(?<!you )(?<!he )(?<!she )(?<!they )(?:hid|hidden|hiding)",
         unless=lazy(_KEEPSAKE.pattern + "|" + _THEIR_MEDICINE.pattern),
         unless_said=_SAFE_KEPT),
    _cue("plan_jump", 2, PT, rf"{_WISH_PT} (?:me )?(?:jogar|pular|atirar)",
         r"(?:vou|vo) (?:me )?(?:jogar|pular|atirar)", r"olhando para baixo"),
    _cue("plan_jump", 2, EN, r"i would jump",
         r"(?:going to|want to|thinking about|thought about) (?:jump|jumping)",
         r"stepping (?:in front|off)"),
    _cue("plan_lethal", 2, PT, r"mata mais rapido", r"seria rapido", r"sem dor",
         r"(?:qual|que) (?:ponte|predio|viaduto)"),
    _cue("plan_lethal", 2, PT, r"(?:qual|que) remedio", unless=_THEIR_MEDICINE),
    _cue("plan_lethal", 2, EN, r"painless\w*", r"which (?:bridge|building)"),
    _cue("plan_lethal", 2, EN, r"which pills", unless=_THEIR_MEDICINE),
    # Doing as the dead one did with a means just named: "vou tomar também", "take them too"
    # (the means itself must be said for it to count: 2 + 1).
    _cue("reunite", 2, BOTH, r"(?:quero|queria|vou|vo|want to|wanna|going to|gonna) "
         r"(?:\w+ )?(?:tomar|take) (?:\w+ )?(?:tambem|too|as well)"),
    _cue("plan_fixed", 2, PT, r"ja decidi", r"penso (?:nela|nele|nisso) (?:toda hora|"
         r"o tempo todo)", r"pesquisei como", r"(?:ta|esta) (?:tudo )?decidido$"),
    _cue("plan_fixed", 2, EN, r"i have decided", r"(?:made|make) up my mind",
         # (batch 27: "I've made my decision")
         r"i have made (?:my|the|a|our) (?:decision|choice)", r"my mind is made up",
         r"(?:it is|its) (?:all )?decided$",
         r"thinking about using it", r"how to do it",
         r"almost (?:did not|didn t) come back"),
    # (batch 26: not the dead one's fear of dying, asked: "were you scared of dying, Grandma?
    # I keep thinking about it since you went")
    _cue("plan_fixed", 2, EN, r"(?:keep|kept) (?:looking at|thinking about) (?:it|them)",
         unless_said=lazy(r"\b(?:were you|was he|was she|did you|did he|did she|voce "
                          r"tinha|a senhora tinha|o senhor tinha|ele tinha|ela tinha) "
                          r"(?:ever )?(?:scared|afraid|frightened|medo) (?:of|de) "
                          r"(?:dying|death|die|morrer|a morte)\b")),
    _cue("acquire", 1, PT, r"comprei", unless=_SHOPPING),
    _cue("acquire", 1, EN, r"bought", unless=_SHOPPING),
    # Self-harm, written plainly or in shorthand ("sh").
    _cue("self_harm", EXPLICIT, PT, r"me cort(?:ei|ar|o|ando|ava|ado)", r"me machuc(?:ar|ando|o)",
         rf"(?:cortei|risquei|cortando|riscando) (?:meu|minha|meus|minhas) (?:\w+ )?(?:{_BODY})"),
    _cue("self_harm", EXPLICIT, EN, r"cut(?:ting)? (?:myself|again|de novo)", r"started cutting",
         r"hurt(?:ing)? myself", r"(?:relapsed|relapse|clean from|urge to) (?:on )?sh",
         rf"cut my (?:{_BODY})"),
    _cue("self_harm", 2, PT, r"me quei(?:mo|mei|mar|mando)", r"bat\w* a cabeca",
         rf"cortes? n[oa]s? (?:{_BODY})"),
    _cue("self_harm", 2, EN, rf"burn(?:ed|ing|t)? my (?:{_BODY})", r"hit(?:ting)? my head"),
    _cue("on_purpose", 2, BOTH, r"de proposito", r"on purpose",
         r"ate (?:\w+ ){0,2}sangr\w*", r"(?:until|till) (?:\w+ ){0,2}(?:bled|bleed\w*)",
         r"ate (?:abrir|rasgar|ferir|ficar roxa|ficar roxo|sair sangue)",
         r"(?:until|till) (?:it|the skin) (?:broke|breaks|opened|bruised)",
         # as a punishment, until they bruise (batch 17)
         r"(?:until|till) (?:they|it|i) (?:bruise|bruised|bruises|went black|turned black)",
         r"as (?:a )?punishment", r"to punish myself", r"como castigo", r"(?:para|pra) me castigar",
         r"de castigo",
         # ... not done to another's body (batch 22: "pisei no pé dela de propósito pra puxar
         # conversa"), nor a food cut from a diet (batch 26: "cut sugar on purpose")
         unless=lazy(_ANOTHERS_BODY.pattern + "|" + _FOOD_CUT)),
    _cue("self_harm", 2, PT, r"me (?:arranh|bat|mord|belisc|soc|pun|castig)\w*"),
    _cue("self_harm", 2, EN, rf"(?:scratch|hit|punch|bit|bite|burn)\w* (?:myself|my "
         rf"(?:{_BODY}))", r"punish\w* myself"),
    _cue("self_harm_tool", 1, BOTH, r"isqueiro|cigarro|cigarette",
         # the lighter, not "lighter" said of a weight or a grief ("get lighter", batch 16)
         r"(?<!get )(?<!gets )(?<!got )(?<!getting )(?<!feel )(?<!feels )(?<!felt )(?<!much )"
         r"(?<!bit )(?<!little )(?<!grow )(?<!be )(?<!is )(?<!was )lighter(?! than)",
         # ... nor a cigarette smoked or given up (batch 33: "recaí no cigarro … comprei os
         # adesivos")
         unless_said=_SMOKING),
    # Farewell: a goodbye letter, one's own things given away, people left in others' care.
    _cue("farewell", EXPLICIT, PT, r"carta de despedida", r"cuid\w* d[aeo] \w+ por mim",
         r"quando eu nao estiver mais aqui"),
    _cue("farewell", EXPLICIT, EN, r"(?:goodbye|farewell|suicide) (?:letter|note)",
         r"take care of \w+ (?:\w+ )?for me"),
    _cue("farewell_giving", 2, PT,
         r"(?:dei|doei|dando|doando|distribui) (?:as |os |o |a )?(?:minhas|meus|meu|minha)",
         r"(?:dei|doei) (?:\w+ ){0,4}que (?:voce )?me (?:deixou|deu)",
         # (batch 36: not handed to the one who takes my place, "pro seminarista novo")
         unless=_SUCCESSOR, unless_said=lazy(_MOVED.pattern + rf"|\b(?:{_UNFIT})\b")),
    _cue("farewell_giving", 2, EN, r"(?:gave|giving) away (?:all )?my",
         r"(?:gave|give|giving) my (?:\w+ ){1,2}to",
         r"(?:gave|give|giving) (?:\w+ ){0,4}(?:you left me|you gave me)",
         # (batch 29: not what no longer fits or serves: "gave my skis to my nephew … after the
         # knee op"), nor handed to the one who takes my place (batch 36)
         unless=_SUCCESSOR, unless_said=lazy(_MOVED.pattern + rf"|\b(?:{_UNFIT})\b")),
    _cue("farewell_unneeded", 2, PT, r"(?:nao vou|nao) (?:mais )?precis\w+"),
    _cue("farewell_unneeded", 2, EN, r"(?:will not|do not|would not) need (?:it|them|anything)"),
    _cue("farewell_if", 2, PT, r"se (?:algo|alguma coisa) acontecer comigo"),
    _cue("farewell_if", 2, EN, r"if (?:something|anything) happens to me",
         # (batch 27: not gone "someday", which the idioms take out: "will this app keep your
         # memories when I'm gone someday?")
         r"when i am gone(?!\s*~)"),
    _cue("farewell_last", 2, PT, r"ultima vez que (?:eu )?(?:falo|falamos|converso|a gente fala)"),
    _cue("farewell_last", 2, EN, r"last time (?:we will|we|i will|i) (?:talk|speak)"),
    _cue("farewell_message", 2, PT, r"(?:diz|diga|fala|fale) (?:para|pro|pra) (?:\w+ ){1,2}que eu "
         r"(?:amo|sinto muito)"),
    _cue("farewell_message", 2, EN, r"tell (?:everyone|them|mom|dad|my \w+) (?:that )?i am "
         r"sorry", r"tell (?:\w+ ){1,2}(?:that )?i love (?:her|him|them|you|everyone)"
         r"(?: so much| always)?$"),
    _cue("farewell_letters", 2, PT, r"cartas? (?:para|pra) (?:todos|todo mundo|cada um)",
         r"(?:que|para|pra) (?:leiam|lerem) depois"),
    _cue("farewell_letters", 2, EN, r"(?:letters|notes) for (?:everyone|everybody|each)"),
    _cue("written", 1, PT, r"escrevi", r"deixei (?:escrit[oa]|uma carta|cartas|bilhetes?)",
         unless=_TO_THE_THERAPIST),
    _cue("written", 1, EN, r"(?<!mom )(?<!mother )(?<!dad )(?<!father )(?<!she )(?<!he )"
         r"(?<!they )(?<!grandma )(?<!grandpa )wrote", r"left (?:a letter|letters|a note|notes)",
         unless=_PAPER),
    _cue("farewell_bequest", 2, PT, r"(?:fique|fiquem|pode ficar|podem ficar) com (?:o |a |os |"
         r"as )?(?:meu|minha|meus|minhas)"),
    _cue("farewell_bequest", 2, EN, r"(?<!\bi )(?<!\bwe )(?:can|should|could) (?:have|keep) "
         r"(?:all )?my"),
    _cue("my_things", 1, PT, r"minhas coisas"),
    _cue("my_things", 1, EN, r"my (?:stuff|things)"),
    _cue("goodbye", 1, BOTH, r"adeus", r"goodbye", r"obrigad[ao] por (?:tudo|ter sido|ser)",
         r"i love them", r"thank you for (?:being|everything)",
         # (batch 27: not an app left to move on: "é pra seguir em frente. obrigada por tudo")
         unless_said=_MOVING_ON),
    # Burden: the others would be better off without me.
    _cue("burden", EXPLICIT, PT, r"(?:melhor|mais feliz|mais felizes|mais facil|aliviad[oa]s?|"
         r"em paz|bem) sem mim",
         r"so (?:dou|do|causo) (?:trabalho|prejuizo|despesa|gasto|desgosto|dor de cabeca)",
         r"sou (?:um|uma) (?:peso|fardo|estorvo)",
         r"ninguem (?:ia|iria|vai) sentir? (?:a )?(?:minha falta|falta de mim)",
         r"melhor se eu nao (?:existisse|estivesse aqui)"),
    _cue("burden", EXPLICIT, EN, r"(?:better off|happier|easier|better|fine|relieved|ok|"
         r"okay) without me",
         r"i am (?:just |only )?a burden",
         r"(?:feel|felt|feeling) like (?:a |such a |just a |nothing but a )?(?:burden|dead weight)"
         r"(?: (?:to|for|on) (?:\w+ ){0,2}\w+)?$(?<!couch)(?<!sofa)(?<!floor)",
         r"(?<!think )(?<!thought )(?:nobody|no one|noone) (?:\w+ )?would (?:even )?"
         r"(?:notice|care|miss me)"),
    _cue("burden", 2, PT, r"so atrapalho"),
    # Reunion with the dead as a wish to go now, not the hope of "one day".
    _cue("reunite", EXPLICIT, PT, r"ir ficar com voce",
         r"me lev\w* (?:junto )?(?:com voce|contigo)",
         rf"^(?:{_DEAD_ONE} )?me lev[ae](?: (?:junto|tambem|embora))?(?: {_DEAD_ONE})?$",
         r"(?:vem|venha|vir) me buscar", r"me busca", r"ir para onde voce esta",
         r"vou (?:te encontrar (?:ai|la)|(?:ai|la) te encontrar)"),
    _cue("reunite", EXPLICIT, EN, r"take me with you", r"go where you are",
         r"(?:want to|going to|will) (?:come )?join you", r"come (?:and )?(?:get|take) me",
         unless=lazy(rf"\b(?:{_GODS_TIME})\b"),
         # batch 30: a joining put far off in the same message ("I'll join you someday, but not
         # for a long, long time")
         unless_said=_NOT_FOR_LONG),
    _cue("reunite", 2, PT, r"(?:estar|ficar) com voce de novo", r"logo a gente se ve",
         r"logo a gente se (?:encontra|reencontra)",
         r"logo (?:logo )?(?:eu )?vou te encontrar"),
    _cue("reunite", 2, EN, r"be with you (?:again|soon)",
         r"see you (?:(?:very|really|so) )*soon",
         r"we will be (?:\w+ ){0,2}together (?:again|soon)"),
    _cue("reunite", EXPLICIT, EN, r"i am coming to (?:you|join you|be with you)"),
    _cue("reunite_going", 2, PT, r"(?:to|estou|eu to) indo(?: (?:ai|la|para ai|para la))?$"),
    _cue("reunite_heaven", 2, PT, r"ceu (?:para|pra) mim"),
    _cue("not_here", 2, PT, r"nao (?:quero|aguento) mais (?:ficar )?aqui",
         r"nao tem mais nada para mim", r"nada (?:mais )?(?:\w+ )?me esperando"),
    _cue("not_here", 2, EN, r"do not want to be here anymore",
         r"(?:can not|could not) do this (?:anymore|any more|no more)"),
    # Hopelessness: no way out, no point in going on.
    _cue("hopeless", EXPLICIT, PT, r"nao vejo (?:mais )?saida",
         r"(?:nao tem|sem) (?:mais )?sentido (?:em )?viver", r"cansad[oa] de viver",
         r"nao aguento mais (?:essa |esta |minha )?vida", r"nao aguento (?:mais )?viver",
         r"para que continuar vivendo", r"nao tem (?:mais )?por que continuar",
         r"nao tem mais jeito para mim",
         r"(?:nao tem )?(?:mais )?nada (?:mais )?que me (?:segure|segura|prenda) aqui",
         r"nao vejo (?:nenhum )?futuro"),
    _cue("hopeless", EXPLICIT, EN, r"no way out", r"point (?:of|in) living",
         r"tired of (?:living|being alive)", r"no reason to (?:live|keep going|go on)",
         r"(?:can not|could not) go on", r"nothing (?:left )?keeping me here",
         r"(?:do not|can not) see (?:a|any) future"),
    # (nor a task one is tired of, batch 25: "não aguento mais cuidar de ninguém, mas a Rita vem
    # amanhã"; what follows it is read by its own cues)
    _cue("hopeless_cannot", 2, PT, r"nao aguento mais(?! (?:cuidar|tomar conta|trabalhar|estudar|"
         r"esperar|limpar|lavar|cozinhar|dirigir|ouvir|pagar|correr|carregar|arrumar|dar plantao|"
         r"fazer (?:plantao|hora extra|turno|faxina|comida|prova)|ficar em pe|acordar cedo)\b)"
         r"(?! (?:ess[ae]s?|est[ae]s?|o|a|os|as) "
         r"(?!vida|dor|dores|saudade|solidao|tristeza|sofrimento|angustia|vazio|peso|cansaco|"
         r"casa|mundo|gente|familia|cabeca|pensamentos?)\w+)",
         r"(?:nem|nao) (?:\w+ ){1,3}aguenta mais",
         r"nao tenho mais forcas? (?:para|de)"),
    _cue("hopeless_gave_up", 2, PT, r"desisti de tudo", r"desisti da vida"),
    _cue("hopeless_gave_up", 2, EN, r"give up on (?:everything|life)", r"i give up"),
    _cue("hopeless_never", 2, PT, r"nada vai melhorar", r"minha vida acabou",
         r"(?:nunca|nao) vai (?:mais )?(?:passar|melhorar|mudar|ter jeito)",
         r"para que continuar"),
    _cue("hopeless_never", 2, EN, r"nothing will ever get better", r"my life is over",
         r"nothing (?:is )?(?:ever )?(?:going to|gonna|will) (?:ever )?(?:get better|change|"
         r"improve|be (?:any )?better)",
         r"(?:never|not ever) (?:going to|gonna|will) (?:get|be) (?:any )?better",
         r"(?:never|not ever) (?:going to|gonna|will) change$", r"nothing (?:ever )?will$",
         r"never gets better"),
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
         r"(?:will not|would not) be (?:here|around) (?:for(?! (?:a while|a bit|a few|some time|"
         r"a week|a month|the weekend|\w+ (?:days|weeks|months)))|at|next|much longer|anymore|"
         r"tomorrow|one|some|to (?:say|see|tell|watch|hear|read))"),
    # Active intent in other words: putting an end to it, being done with life.
    _cue("active", EXPLICIT, PT, r"dar (?:um )?fim (?:nisso|em tudo|a tudo|na minha vida|"
         r"a minha vida|nisso tudo)", r"(?:cansei|desisti) (?:da vida|de viver)"),
    _cue("active", EXPLICIT, EN, r"ending (?:it|it all|everything|things)",
         r"(?:done|finished|through) with (?:life|living|it all|being alive)"),
    # Burden: nobody would care; I would no longer be a problem.
    # (batch 27: "ninguém me ligar" is the phone: "se ninguém me ligar da vaga")
    _cue("burden", EXPLICIT, PT, r"ninguem (?:\w+ ){0,2}(?<!\bme )(?:ligar|ligaria|se importar|"
         r"se importaria|perceber|perceberia|notar|notaria)",
         r"nao vou (?:dar|ser) (?:mais (?:um |uma )?(?:trabalho|problema|peso|fardo)|(?:um |uma |"
         r"esse |este |essa |"
         r"tanto |todo esse )?(?:trabalho|problema|peso|fardo) (?:\w+ ){0,2}?(?:mais|a ninguem|"
         r"para ninguem)\b)"),
    _cue("burden", EXPLICIT, EN, r"(?:will not|would not) be (?:a )?(?:problem|burden|bother) "
         r"(?:for|to) (?:anyone|anybody|you|them|everyone)"),
    # Means taken or reached: an overdose, a handful swallowed, on the way to a bridge.
    _cue("explicit", EXPLICIT, BOTH, r"overdos\w*", unless=lazy(
        r"\b(?:kid|man|woman|guy|girl|boy|patient|client|he|she|they|someone|somebody|paciente|"
        r"ele|ela|alguem|cara|rapaz|moca|menino|menina|homem|mulher|crianca|jovem|teen|"
        r"teenager) (?:\w+ )?overdosed?\b"
        # batch 38: nor the dead one's, as the report of a death gave it ("o laudo falou em
        # overdose de fentanil", "the autopsy said overdose"): a report past, never "will say",
        # and never the writer's own ("my report", "said I overdosed")
        r"|(?<!\bmeu )(?<!\bmy )\b(?:laudo|autopsia|necropsia|atestado de obito|certidao de "
        r"obito|legista|iml|autopsy|post mortem|coroner(?: s report)?|inquest|death certificate|"
        r"medical examiner) (?:\w+ ){0,3}?(?:falou|falava|disse|dizia|deu|apontou|confirmou|"
        r"mostrou|constatou|atestou|said|showed|found|confirmed|listed|ruled|gave|came back|stated|"
        r"put it down as) (?:(?!(?:i|me|eu|mim|my|meu|minha)\b)\w+ ){0,2}?(?:em |de |of |an? |as "
        r"|uma )?overdos\w*")),
    _cue("plan_taken", 2, PT, r"(?:tomei|engoli|tomando) (?:uma |um )?(?:cartela|caixa|vidro|"
         r"frasco|monte)", r"engoli (?:todos|todas|varios|varias|muitos|muitas)",
         r"tomei (?:tod[oa]s|tudo) (?:os |as )?(?:remedio|comprimido|pilula|calmante)s?"),
    _cue("plan_taken", 2, EN, r"(?:swallowed|took|taken|taking) (?:a bunch|a handful|a lot|"
         r"all|too many|a whole bottle|the whole)",
         # batch 30: someone else's, asked as first aid ("what do you do if someone's taken
         # too many pills?"); not "if someone took all of their insulin, would it hurt?"
         unless=lazy(r"\b(?:what (?:do|should|would|can|must) (?:you|i|we|one|people) "
                     r"do|how (?:do|can|should|would) (?:you|i|we) help) (?:if|when) "
                     r"(?:someone|somebody|anyone|anybody|a person|a friend|a kid|a child|"
                     r"they|he|she|your \w+|someones|somebodys|anyones)(?: s| has| have| "
                     r"had)? ?(?:swallowed|took|taken)?\b")),
    _cue("plan_going", 2, PT, r"(?:vou|vo|indo) (?:para|ate) (?:a |o )?(?:ponte|viaduto|"
         r"trilhos?|linha do trem|predio|telhado|laje)"),
    _cue("plan_going", 2, EN, r"(?:going|heading|walking|driving|drove|went|walked) "
         r"(?:up )?to the "
         r"(?:bridge|tracks|roof|cliffs?)"),
    _cue("plan_front", 2, PT, r"na frente d[oa] (?:onibus|trem|carro|caminhao|metro)"),
    _cue("plan_front", 2, EN, r"in front of (?:a|the) (?:train|bus|car|truck)"),
    _cue("means", 1, BOTH, r"rivotril|clonazepam|diazepam|paracetamol|tylenol|cliffs?",
         r"insulina|insulin|calmantes?|tarja preta|antidepressiv\w*|antidepressants?|"
         r"painkillers|opioids?|fentanyl|oxycodone|carvao|charcoal|passarela|footbridge|"
         r"parking (?:deck|garage|structure)"),
    # Hopelessness: nothing worth going on for.
    _cue("hopeless", EXPLICIT, PT, r"nao vale (?:mais )?a pena (?:continuar|viver)"),
    _cue("hopeless", EXPLICIT, EN, r"(?:do not|can not) see (?:the|any) point(?: anymore| in "
         r"anything| of anything| in living| of living| in going on)?$"),
    # ... nor without the one who died ("i don't see the point of anything without you", "não
    # vejo sentido em nada sem você"); never a point or a sense of something named ("em nada
    # disso", "in arguing")
    _cue("hopeless", EXPLICIT, EN, r"(?:do not|can not) see (?:the|any) point (?:in|of) "
         r"(?:anything|living|life|going on|any of it|it all)(?: anymore)? without (?:you|him|"
         r"her|them|my \w+|mum|mom|dad|nan|nana|grandma|grandpa|pop)(?: \w+)?$"),
    _cue("hopeless", EXPLICIT, PT, r"nao (?:vejo|encontro) (?:mais )?(?:nenhum )?sentido (?:em|de|"
         r"pra|para) (?:mais )?(?:nada|viver|continuar|seguir|existir)(?! (?:disso|desse|dessa|"
         r"nisso|nesse|nessa|que))"),
    _cue("hopeless_cannot", 2, PT, r"cansad[oa] de tudo", r"cansei de tudo"),
    *GENERAL,
    *INDIRECT,
    *SAID_IN_PASSING,
    *PLAIN,
    *LATE_NIGHT,
    *(cue for cue in LATE_LIFE if cue.scope == "clause"),
    *(cue for cue in UNDERSTATED if cue.scope == "clause"),
    *(cue for cue in AT_THE_LAST if cue.scope == "clause"),
    *ONLINE,
    *(cue for cue in OWN_IMAGES if cue.scope == "clause"),
    *(cue for cue in OWN_WORDS if cue.scope == "clause"),
    *(cue for cue in ARRANGED if cue.scope == "clause"),
    *(cue for cue in MANY_VOICES if cue.scope == "clause"),
    *(cue for cue in OWN_TERMS if cue.scope == "clause"),
    *(cue for cue in SAME_WAY if cue.scope == "clause"),
    *(cue for cue in DISGUISED if cue.scope == "clause"),
    *(cue for cue in ONE_LINE if cue.scope == "clause"),
    *(cue for cue in ABROAD_AND_ILL if cue.scope == "clause"),
    *(cue for cue in EVERY_AGE if cue.scope == "clause"),
    *(cue for cue in PACKED_BAGS if cue.scope == "clause"),
    *(cue for cue in OWN_AGE if cue.scope == "clause"),
    *(cue for cue in SIDEWAYS if cue.scope == "clause"),
    *(cue for cue in RECKONED if cue.scope == "clause"),
    *(cue for cue in CLOSED_OFF if cue.scope == "clause"),
    *(cue for cue in SETTLED if cue.scope == "clause"),
    *(cue for cue in FRAMED if cue.scope == "clause"),
    *(cue for cue in ASKED_LEAVE if cue.scope == "clause"),
    *(cue for cue in HARD_TIMES if cue.scope == "clause"),
    *(cue for cue in WORN_THIN if cue.scope == "clause"),
    *(cue for cue in HARD_LUCK if cue.scope == "clause"),
    *(cue for cue in LONG_SHIFTS if cue.scope == "clause"),
    *(cue for cue in CUT_SHORT if cue.scope == "clause"),
    *(cue for cue in LAST_CALL if cue.scope == "clause"),
    *(cue for cue in SIGNED_OFF if cue.scope == "clause"),
    *(cue for cue in NIGHT_WATCH if cue.scope == "clause"),
    *(cue for cue in EVERYDAY_FORMS if cue.scope == "clause"),
)
# matched on the message, not clause by clause
WHOLE = (*BARE, *ACROSS, *(cue for cue in LATE_LIFE if cue.scope != "clause"),
         *(cue for cue in UNDERSTATED if cue.scope != "clause"),
         *(cue for cue in AT_THE_LAST if cue.scope != "clause"),
         *(cue for cue in OWN_IMAGES if cue.scope != "clause"),
         *(cue for cue in OWN_WORDS if cue.scope != "clause"),
         *(cue for cue in ARRANGED if cue.scope != "clause"),
         *(cue for cue in MANY_VOICES if cue.scope != "clause"),
         *(cue for cue in OWN_TERMS if cue.scope != "clause"),
         *(cue for cue in SAME_WAY if cue.scope != "clause"),
         *(cue for cue in DISGUISED if cue.scope != "clause"),
         *(cue for cue in ONE_LINE if cue.scope != "clause"),
         *(cue for cue in ABROAD_AND_ILL if cue.scope != "clause"),
         *(cue for cue in EVERY_AGE if cue.scope != "clause"),
         *(cue for cue in PACKED_BAGS if cue.scope != "clause"),
         *(cue for cue in OWN_AGE if cue.scope != "clause"),
         *(cue for cue in SIDEWAYS if cue.scope != "clause"),
         *(cue for cue in RECKONED if cue.scope != "clause"),
         *(cue for cue in CLOSED_OFF if cue.scope != "clause"),
         *(cue for cue in SETTLED if cue.scope != "clause"),
         *(cue for cue in FRAMED if cue.scope != "clause"),
         *(cue for cue in ASKED_LEAVE if cue.scope != "clause"),
         *(cue for cue in HARD_TIMES if cue.scope != "clause"),
         *(cue for cue in WORN_THIN if cue.scope != "clause"),
         *(cue for cue in HARD_LUCK if cue.scope != "clause"),
         *(cue for cue in LONG_SHIFTS if cue.scope != "clause"),
         *(cue for cue in CUT_SHORT if cue.scope != "clause"),
         *(cue for cue in LAST_CALL if cue.scope != "clause"),
         *(cue for cue in SIGNED_OFF if cue.scope != "clause"),
         *(cue for cue in NIGHT_WATCH if cue.scope != "clause"),
         *(cue for cue in EVERYDAY_FORMS if cue.scope != "clause"))


# -- The statistical layer ---------------------------------------------------------------------
# A logistic regression over the message's stems and word classes (below), and pairs of
# classes in order within a few words ("WANT>DIE", "SINK>RISE", "SELF>HARM"): what the rules
# above say phrase by phrase, it weighs word by word, so wording no rule was written for
# still scores. Trained on the dev split only by scripts/build_care_model.py into
# data/care_model.json (a few thousand weights). It adds to the rules and never removes: a
# message the cues score at THRESHOLD gets care whatever the model says.
MODEL_FILE = Path(__file__).resolve().parent / "data" / "care_model.json"
# Both chosen by leaving one dev batch out at a time (docs/care.md, "Choosing the model by
# batch"): the most risk caught at no more false alarms than before, summed over batches.
MODEL_ALONE = 0.97      # probability at which the model flags a message with no cue at all
MODEL_WITH_CUE = 0.75   # ... and with at least one cue (a means, a goodbye, an ending)
CLASS_WINDOW = 5        # words within which two classes make a pair

WORD_CLASSES = {name: lazy(rf"(?:{pattern})") for name, pattern in {
    "DIE": r"morr\w*|mort[oa]s?|morte|falec\w*|die|dies|died|dying|dead|death|kill\w*|"
           r"mat(?:ar|o|ei)",
    "WANT": r"quero|queria|qria|qro|preferia|tomara|espero|vontade|desejo|torcendo|want|wants|"
            r"wanted|wish\w*|hope|hopes|rather|pray\w*",
    "INTEND": r"vou|vo|decidi|planej\w*|penso|pensando|pensei|going|gonna|plan\w*|decided|"
              r"ready|thinking|thought|keep",
    "SINK": r"dorm\w*|sono|apag\w*|desligar|sum(?:ir|isse|i)|desaparec\w*|sleep\w*|asleep|"
            r"fade|disappear\w*|vanish\w*|gone|embora|lights?",
    "RISE": r"acord\w*|volt\w*|abrir|levantar|wake|waking|woke|awake|back|open",
    "NEVER": r"nao|nunca|nem|never|not|no|nada|nothing|ninguem|nobody",
    "ALWAYS": r"sempre|forever|vez|good|again|mais|anymore",
    "DEAD_ONE": r"voce|te|ti|contigo|vo|avo|vovo|you|grandma|grandpa|granny",
    "SELF": r"eu|me|mim|minha|meu|comigo|i|my|myself|mine",
    "SOON": r"logo|ja|hoje|agora|amanha|noite|soon|tonight|today|now|tomorrow",
    "HARM": r"cort\w*|machuc\w*|fer(?:ir|i|indo)|queim\w*|arranh\w*|risc\w*|cut\w*|hurt\w*|"
            r"burn\w*|scratch\w*|carv\w*|sh|gilete|lamin\w*|blade|razor|estilete|apontador|"
            r"sharpener|lighter|isqueiro|puno|punish\w*",
    "BODY": _BODY,
    "MEANS": rf"{_MEANS_PT}|{_MEANS_EN}|doses?|overdose|{_PLACE_PT}|{_PLACE_EN}|janela|beira|"
             r"sacada|edge|balcony",
    "LETTER": r"cartas?|bilhetes?|despedi\w*|adeus|goodbye|letters?|notes?|farewell|ultima|"
              r"last",
    "LIFE": r"vida|viver|viv[oa]|existir|life|live|living|alive|exist\w*",
    "BURDEN": r"peso|fardo|estorvo|atrapalho|burden|melhor|better|feliz|happier|easier|paz|"
              r"relieved|aliviad\w*",
    "ASK": r"como|quando|por|que|how|when|why|what|did|was|were",
    # Classes of the indirect forms (INDIRECT above).
    "HEAVEN": r"ceu|paraiso|heaven|cima|above",
    "ARRIVE": r"chego|chegando|subindo|apareco|heading|coming|arriv\w*",
    "OTHERS": r"mae|pai|familia|irmaos?|irmas?|pais|eles|todos|mom|dad|mother|father|family|"
              r"sister|brother|parents|they|everyone|everybody",
    "RELIEF": r"tranquil\w*|leve|alivio|descansar|respirar|rest|breathe|favor|save|worry|"
              r"preocup\w*|drain|waste|desperdic\w*|despesa",
    "FUTURE": r"futuro|amanha|amanhecer|manha|ano|anos|future|tomorrow|morning|year|years|next|"
              r"velh\w*|old",
    "MARKS": r"marcas|cicatriz\w*|scars?|marks|cuts|cortes|barcode|roxos|bruises",
    "AFFAIRS": r"senhas?|passwords?|dividas|debts|organizad\w*|sorted|envelopes?|contas|bills|"
               r"paguei|paid",
    "SECRET": r"escond\w*|desconfi\w*|hide|hidden|hiding|secret\w*|segredo|sleeves|mangas?|"
              r"moletom|hoodie",
    "GIVE": r"dei|doei|gave|giving|doando|dando|give",
    "EMPTY": r"vazi[oa]|empty|casca|shell|hollow|oc[oa]",
    "POINT": r"sentido|point|motivos?|razao|razoes|reasons?|worth",
}.items()}


@lru_cache(maxsize=50_000)
def _classes(word: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in WORD_CLASSES.items() if pattern.fullmatch(word))


def features(clauses: list[str]) -> set[str]:
    """What the model reads of a message's clauses (idioms already taken out): its stems,
    word classes and ordered pairs of classes, and how long it is (a few words or many: the
    bare statements of batch 8 are short, so that shortness is weighed as a feature, not
    pushed into the bias every longer message pays). No stem bigrams: a pair of words is one
    author's phrasing, and a model trained without them catches more of a batch it never saw
    (docs/care.md)."""
    length = sum(len(clause.split()) for clause in clauses)
    found: set[str] = {"n:" + ("short" if length <= 4 else "medium" if length <= 10 else "long")}
    for clause in clauses:
        tokens = [t for t in clause.split() if t != "~"]
        # A class said under a negation is another class ("não quero sumir": ~WANT, ~SINK),
        # as the rules' negation reads it: within NEGATION_REACH words after it.
        kinds = [tuple("~" + k if _under_negation(tokens, i) else k for k in _classes(t))
                 for i, t in enumerate(tokens)]
        for token in tokens:
            found.update("s:" + stem for stem in stems(token))
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


# -- The meaning layer (make run only) ---------------------------------------------------------
# A logistic regression over the vector the multilingual Universal Sentence Encoder v3 gives
# the message: the vector `make run`'s turn computes anyway to search memories
# (embeddings.LocalEmbedder). What the stems cannot read (an image nobody wrote a rule for, a
# word the set never had) is often near in meaning to what the set says. It is asked only
# when a vector of that model is handed in: on AWS the embedder is Titan or none, and the
# detector is the rules and the stem model alone. Trained on the dev split and the reply
# set's ordinary texts by scripts/build_care_meaning.py into data/care_meaning.json; its two
# thresholds chosen by leaving one dev batch out (docs/care.md). It adds, never removes.
MEANING_FILE = Path(__file__).resolve().parent / "data" / "care_meaning.json"
MEANING_CUE = 0.5  # the stem model's probability that counts, as a cue does, for `with_cue`


@dataclass(frozen=True)
class Meaning:
    """The meaning layer: the embedding model it reads, its thresholds and weights."""

    model: str
    threshold: float   # flags a message alone at this probability
    with_cue: float    # ... and at this one with any cue or the stem model at MEANING_CUE
    bias: float
    weights: tuple[float, ...]


@cache
def meaning() -> Meaning | None:
    """The meaning layer as shipped (read on first use), or None without its file."""
    try:
        data = json.loads(MEANING_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Meaning(str(data["model"]), float(data["threshold"]), float(data["with_cue"]),
                   float(data["bias"]), tuple(float(w) for w in data["weights"]))


def meaning_model() -> str:
    """The embedding model whose vectors the meaning layer reads ("" without the layer)."""
    layer = meaning()
    return layer.model if layer is not None else ""


def meaning_probability(vector: Sequence[float] | None) -> float | None:
    """The meaning layer's probability for a message's vector (normalised, of the model
    `meaning_model()` names), or None when there is no layer or the vector is not one of its
    model's (another length, or not a number). A dot product of 512 floats, pure Python."""
    layer = meaning()
    if layer is None or vector is None or len(vector) != len(layer.weights):
        return None
    z = layer.bias + sum(map(operator.mul, layer.weights, vector))
    if not math.isfinite(z):
        return None
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Assessment:
    """What the cues found in a message: their families, the score and the language they
    are written in ("" when only shared words were found), and the model's probability."""

    score: int
    families: tuple[str, ...]
    language: str
    probability: float = 0.0
    meaning: float | None = None  # the meaning layer's, when the message's vector was given

    @property
    def at_risk(self) -> bool:
        if (self.score >= THRESHOLD or self.probability >= MODEL_ALONE
                or (self.score >= 1 and self.probability >= MODEL_WITH_CUE)):
            return True
        layer = meaning()
        if self.meaning is None or layer is None:
            return False
        return self.meaning >= layer.threshold or (
            self.meaning >= layer.with_cue and (self.score >= 1 or self.probability >= MEANING_CUE))


# A parent writing to a child who died speaks of herself in the third person: "filho, a
# mamãe vai te encontrar logo", "wait for me, son, your mother's coming to you". In a message
# that calls the dead one son or daughter, the parent named without "your"/"sua" before a verb
# ("a mamãe decidiu", "o pai tá indo") is read as "eu", the verb in the first person; in
# English "your mother's coming" is read "i am coming" ("your mother" is the writer or the
# other parent: either way a parent going to the child).
_TO_A_CHILD = lazy(r"\b(?:filho|filha|filhinho|filhinha|meu menino|minha menina|son|"
                   r"my boy|my girl|my son|my daughter|"
                   # batch 24: a parent's own words, whatever the child is called
                   r"baby (?:girl|boy)|my baby|kiddo|meu bebe|minha bebe|"
                   r"(?:bury|burying|buried|enterrar|enterrou|enterrei) (?:a |um |uma |my |"
                   r"their|your |o |a |meu |minha |seu |sua )?(?:own )?(?:kid|child|son|"
                   r"daughter|baby|filho|filha|bebe)s?|outlive (?:you|my \w+|a child|"
                   r"their \w+))\b")
# Batch 24: a parent writing to a child by name ("Danny, Mom doesn't want to be alive", "Jamie,
# Mom is coming to be with you") or with an endearment ("Sweetheart, your dad is going to...")
# calls herself Mom as well. A message that opens with an address that is not a parent, a
# grandparent or kin who would have a Mom of their own (a name, "sweetheart", "amor"), then
# says Mom or Dad before a verb, is read as the parent's: if it is another Mom, she is one of
# the family, and what she means to do is still a risk to answer.
_KIN_ADDRESS = frozenset(
    "mom mum mother mommy mummy mama momma mamma ma mae mamae mamis mainha dad father daddy papa "
    "pa pai papai painho vo vovo vozinha vozinho avo grandma grandpa gran granny grandad granddad "
    "grandmother grandfather nan nana nanna nonna nonno oma opa pop pops poppy gramps grammy "
    "abuela abuelo tia tio titia titio auntie aunt aunty uncle mano mana brother bro sis sister "
    "irmao irma maninho maninha cousin primo prima oi ola hey hi hello ok okay lol so well "
    "hoje ontem agora entao gente bom bem today tonight yesterday honestly anyway sorry "
    "desculpa yes no sim nao lord god deus jesus senhor man dude guys kk kkk kkkk haha".split())


def _named_child(clauses: list[str]) -> bool:
    """The message opens with an address of one or two words that is no parent or kin."""
    if len(clauses) < 2:
        return False
    first = clauses[0].split()
    return 0 < len(first) <= 2 and not any(w in _KIN_ADDRESS or w.startswith("grand")
                                           for w in first)


_VERB_PT = {"nao": "nao", "ja": "ja", "so": "so", "tambem": "tambem", "logo": "logo",
            "nunca": "nunca", "mais": "mais", "se": "me"}
_PARENT_PT = lazy(r"(?<!\bsua )(?<!\bseu )(?<!\bminha )(?<!\bmeu )(?<!\bda )(?<!\bdo )"
                  r"(?<!\bna )(?<!\bno )\b(?:a |o )?(?:mamae|mae|papai|pai) ((?:(?:ja|nao|"
                  r"tambem|so|logo|se|nunca|mais) ){0,2}(?:vai|quer|queria|decidiu|esta|"
                  r"ta|pensa|pensou|precisa|cansou|despediu|aguenta|sabe|tem|vive|pode|"
                  r"consegue|sente|acha|(?!morreu|faleceu|partiu)\w{3,}(?:ou|eu|iu)))\b")
_PARENT_EN = lazy(r"\b(?:your )?(?:mother|mom|mum|mommy|mummy|mama|momma|mamma|father|dad|"
                  r"daddy|papa)(?:s| is) (?=(?:\w+ing|ready|done|tired|not|so|just|still|"
                  r"never|always|really|been)\b)")
# ... and with another verb after her (batch 24): "Mom doesn't want", "Mommy knows which".
_PARENT_EN_VERB = lazy(r"\b(?:your )?(?:mother|mom|mum|mommy|mummy|mama|momma|mamma|"
                       r"father|dad|daddy|papa) (does not|did not|can not|could not|will "
                       r"not|would not|has not|will|would|can|could|wants|wanted|knows|"
                       r"knew|needs|needed|has|had|misses|loves|chose|picked|decided|keeps|"
                       r"just|already|never|really|only)\b")
_PARENTS_OWN = lazy(r"\b(?:herself|himself)\b|\b(?:her|his) (?=own\b|life\b)")


def _as_parent(text: str) -> str:
    """A parent's third person read as the first (see _TO_A_CHILD)."""
    read = _PARENT_PT.sub(lambda m: "eu " + " ".join(
        _VERB_PT.get(w) or _first_person_pt(w) for w in m.group(1).split()), text)
    read = _PARENT_EN.sub(lambda m: "i have " if m.string[m.end():].startswith("been") else
                          "i am ", read)
    read = _PARENT_EN_VERB.sub(lambda m: "i " + " ".join(
        _first_person_en(w) for w in m.group(1).split()), read)
    if read != text:  # her own life, herself: the parent's, in the clause that named her
        read = _PARENTS_OWN.sub(lambda m: "myself" if m.group(0).endswith("self") else "my ",
                                read)
    return read


# A grandchild writing of herself in the third person, as the grandparent would have named
# her (batch 13): "a neta de vocês não aguenta mais", "o seu neto já sabe como vai fazer",
# "your granddaughter is coming to you soon", "ur grandson is just a burden". The grandchild
# so named, with "de vocês", "da senhora", "sua", "your" (the grandchild of the one written
# to: the writer), before a verb is read as "eu"/"i" with the verb in the first person, and
# so are a reflexive "se" after it ("voltou a se machucar"), "herself", "her own life", and
# "he"/"she" in its clause and at the start of the clauses after it. Portuguese "ela"/"ele"
# are left alone: after "a neta de vocês" they may be the mother.
_SELF_KIN = lazy(
    r"\b(?:(?:a|o) )?(?:(?:sua|seu|tua|teu) (?:netinh[ao]|net[ao])(?: (?:querid[ao]|"
    r"favorit[ao]|preferid[ao]))?|(?:netinh[ao]|net[ao]) (?:(?:querid[ao]|favorit[ao]|"
    r"preferid[ao]) )?(?:de voces|da senhora|do senhor|de voce)|(?:filh[ao]|filhinh[ao]) de "
    r"voces|(?:your|yr) (?:(?:favou?rite|little|only|baby|oldest|youngest|eldest|first) )?"
    r"grand(?:daughter|son|kid|child|baby)s?|this (?:kid|girl|boy) of yours) (?=\w)")
_VERB_SELF_PT = {
    "vai": "vou", "quer": "quero", "esta": "estou", "ta": "to", "e": "sou", "foi": "fui",
    "tem": "tenho", "ve": "vejo", "sabe": "sei", "da": "dou", "deu": "dei", "fez": "fiz",
    "pode": "posso", "consegue": "consigo", "sente": "sinto", "vive": "vivo", "dorme": "durmo",
    "pede": "peco", "perde": "perco", "faz": "faco", "diz": "digo", "vem": "venho",
    "ia": "ia", "queria": "queria", "estava": "estava", "tava": "tava", "acha": "acho",
    "odeia": "odeio", "some": "sumo", "precisa": "preciso", "aguenta": "aguento",
}
_ADVERBS_PT = frozenset("ja nao so tambem nunca mais ainda meio quase realmente mesmo "
                        "literalmente simplesmente hoje agora nem sempre".split())
_ADVERBS_EN = frozenset("just really kind sort of kinda sorta literally honestly already still "
                        "never also only finally so lowkey prob probably totally actually "
                        "seriously not".split())
# Verbs that may open a clause after the one that named her ("não vê saída nenhuma"); "é",
# "da", "foi" are left out, as "e" (and), "da" (de a) and "foi" (it was) open clauses too.
_LEAD_PT = frozenset("vai quer esta ta tem ve sabe pode consegue sente precisa aguenta acha "
                     "odeia vive".split())
_STATE_EN = frozenset("ready done tired gone not so just really sorry out back still finally "
                      "gonna going".split())
_VERB_SELF_EN = {"is": "am", "was": "was", "has": "have", "does": "do", "s": "am"}
_PRONOUN_EN = lazy(r"\b(?:herself|himself)\b|\b(?:her|his) (?=own\b|life\b)")
_CLITIC_PT = lazy(r"\b(a|de|em|para|vou|quero|queria|vai|quer|pode|posso|consigo|tenta|"
                  r"tentei|voltei a|pensando em) se\b")


def _first_person_pt(word: str) -> str:
    if word in _VERB_SELF_PT:
        return _VERB_SELF_PT[word]
    if len(word) > 3 and word.endswith("ou"):  # voltou, cansou, ficou, jogou
        stem = word[:-2]
        return (stem[:-1] + "qu" if stem.endswith("c") else
                stem + "u" if stem.endswith("g") else stem) + "ei"
    if len(word) > 3 and word.endswith(("eu", "iu")):  # escreveu, desistiu, decidiu
        return word[:-2] + "i"
    if len(word) > 4 and word.endswith("a"):  # chora, atrapalha, tenta
        return word[:-1] + "o"
    return word


def _first_person_en(word: str) -> str:
    if word in _VERB_SELF_EN:
        return _VERB_SELF_EN[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "oes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _conjugated(rest: str, english: bool) -> str:
    """The words after a subject read as "eu"/"i": the first verb in the first person, the
    adverbs before it kept."""
    words_, adverbs = rest.split(), _ADVERBS_EN if english else _ADVERBS_PT
    at = 0
    while at < len(words_) and words_[at] in adverbs:
        at += 1
    if at < len(words_) and not english and words_[at] == "se":
        words_[at] = "me"
        at += 1
    if at < len(words_):
        words_[at] = (_first_person_en if english else _first_person_pt)(words_[at])
    return " ".join(words_)


def _as_self(clauses: list[str]) -> list[str]:
    """A grandchild's third person read as the first (see _SELF_KIN)."""
    out, seen = [], False
    for clause in clauses:
        found = _SELF_KIN.search(clause)
        if found:
            seen = True
            english = found.group(0).startswith(("your", "yr", "this"))
            rest = clause[found.end():]
            if english and found.group(0).endswith("s "):  # "your granddaughter's coming"
                first = rest.split(" ", 1)[0]
                rest = ("am " + rest if first.endswith("ing") or first in _STATE_EN else
                        "have " + rest if first in ("been", "got") else rest)
            else:
                rest = _conjugated(rest, english)
            if english:
                rest = re.sub(r"\b(?:he|she) (\w+)",
                              lambda m: "i " + _first_person_en(m.group(1)), rest)
            clause = clause[:found.start()] + ("i " if english else "eu ") + rest
        elif seen:
            clause = re.sub(r"^(?:(and|but|so|cause|because) )?(?:he|she) (\w+)",
                            lambda m: (m.group(1) + " " if m.group(1) else "") + "i "
                            + _first_person_en(m.group(2)), clause)
            lead = [w for w in clause.split() if w not in _ADVERBS_PT][:1]
            if lead and (lead[0] in _LEAD_PT or re.fullmatch(r"\w{2,}(?:ou|iu)", lead[0])):
                clause = "eu " + _conjugated(clause, False)
        if seen:
            clause = _PRONOUN_EN.sub(lambda m: "myself" if m.group(0).endswith("self") else "my ",
                                     clause)
            clause = _CLITIC_PT.sub(r"\1 me", clause)
        out.append(clause)
    return out


def _clauses(message: str) -> list[str]:
    """The message's clauses as folded words, shorthand and contractions read."""
    if _EMOJI_FOUND.search(message):
        english = languages.detect(message, "pt-BR") == "en"
        message = _EMOJI_READ.sub(lambda m: f" {_EMOJI[m.group(0)][english]} ", message)
        message = _HEAP.sub(lambda m: "um monte de comprimidos" if m.group(1) == "comprimidos"
                            else "a handful of pills", message)
    message = _REPEATED.sub(r"\1", message)
    if not _OWN_SONG.search(message):
        message = _LYRICS.sub(" ~ ", message)
    if _LAUGHED.search(message):
        message = _SAID_BY_ANOTHER.sub(_others_quote, message)
    message = _MEME.sub(" ~ ", _MENTIONED.sub(" ~ ", _GOODNIGHT.sub(" ~ ", message)))
    if "*" in message or "@" in message or "$" in message or "#" in message:
        message = _MASKED.sub(_unmasked, message)
    message = _SPELLED.sub(_spelled, message)
    if "kms" in message.lower():
        for pattern, replacement in _KMS_OF_A_CHORE:
            message = pattern.sub(replacement, message)
    for pattern, replacement in _CONTRACTIONS:
        message = pattern.sub(replacement, message)
    folded = []
    for clause in _CLAUSE.split(message):
        tokens = [_read(w) for w in (fold(w) for w in words(clause))]
        text = " ".join(" ".join(tokens).split())
        if text:
            folded.append(text)
    if any(_TO_A_CHILD.search(text) for text in folded) or _named_child(folded):
        folded = [_as_parent(text) for text in folded]
    if any(_SELF_KIN.search(text) for text in folded):
        folded = _as_self(folded)
    if "dye" in message.lower():
        folded = [_DYE.sub(r"\1 die", text) for text in folded]
    folded = [_EARLY.sub(r"bem \1", text) for text in folded]
    folded = [_DEBT_ENDS.sub(_debt_ends, text) for text in folded]
    folded = [_DROPPED_R.sub(r"\1 \2r", text) for text in folded]
    if len(folded) > 1 and _PAST_WISH.search(" ".join(folded)):
        folded = _past_wishes(folded)
    if _GOING_ON_SAID.search(" ".join(folded)):
        folded = _going_on(folded)
    if _GROUP_ENDS.search(" ".join(folded)):
        folded = [_GROUP_GOODBYE.sub(r"\1\2", text) for text in folded]
    if _JOKE.search(" ".join(folded)):
        folded = [_VANISH_JOKED.sub(" ~ ", text) for text in folded]
    folded = [_IDIOMS.sub(" ~ ", _DESERVES_NOT.sub(r"\1", text)) for text in folded]
    return [_THERAPY_LETTER.sub(_therapy_letter, text) if "despedida" in text or "adeus" in text
            or "letter" in text or "note" in text else text for text in folded]


# A goodbye letter a therapist asked for, or written as an exercise of grief, to whomever it is
# written (batch 40: "a psicologa pediu pra eu escrever uma carta de despedida … como exercicio
# do luto", "my grief counsellor had me write a goodbye letter to my grandad as homework"): the
# letter is taken out, as the idioms take out one written to the dead one, after them, so that
# what they read is read as before.
_LETTER_OF_GOODBYE = (r"(?:(?:carta|bilhete) de (?:despedida|adeus)|(?:goodbye|farewell) "
                      r"(?:letter|note))")
_THERAPY_LETTER = lazy(r"\b((?:terapeuta|psicolog[oa]|psiquiatra|analista|therapist|"
                       r"counsell?or|psychologist|psychiatrist) (?:\w+ ){0,2}?"
                       r"(?:pediu|pede|mandou|sugeriu|propos|passou|asked|asks|told|suggested|"
                       r"had|has|wants|wanted|made|gave) (?:\w+ ){0,5}?)"
                       rf"{_LETTER_OF_GOODBYE}\b|\b{_LETTER_OF_GOODBYE}(?= (?:\w+ ){{0,5}}?"
                       r"(?:como (?:um )?exercicio|as (?:an? |my |the )?(?:\w+ )?exercise)\b)")


def _therapy_letter(match: re.Match[str]) -> str:
    return (match.group(1) or "") + " ~ "


# A goodbye written to a unit, a team or a class that is itself ending (batch 33: "I wrote goodbye
# letters to the guys in my old unit today. They're retiring the squadron") is read as letters:
# the goodbye is the group's, not mine. Only where the message says the group retires or closes.
_GROUP_GOODBYE = lazy(r"\b(?:goodbye|farewell) ((?:letters?|cards?|notes?|messages?) to "
                      r"(?:the |my |our )?(?:\w+ ){0,4}(?:unit|squadron|regiment|platoon|"
                      r"battalion|crew|team|class|classmates|colleagues|coworkers|ward|"
                      r"station|office|staff|department|"
                      # batch 36: to the others at a class's farewell
                      r"others|friends|teachers|everyone|everybody|each other)\b)|"
                      r"\b((?:cartas?|cartoes|bilhetes?|mensagens?)) de (?:despedida|adeus)"
                      # ("para os", read from "pros", was not matched before batch 36)
                      r"(?= (?:pr[oa]s?|para(?: [oa]s?)?|aos?|as|com(?: [oa]s)?) "
                      r"(?:\w+ ){0,4}(?:batalhao|pelotao|unidade|equipe|time|turma|colegas|"
                      r"setor|ala|delegacia|quartel|escritorio|outros|outras|amigos|amigas|"
                      r"professores|professoras|todos|galera|pessoal|todo mundo)\b)")
_GROUP_ENDS = lazy(r"\b(?:(?:they are|it is|we are|the \w+ is|the \w+ are) (?:retiring|"
                   r"disbanding|decommissioning|closing|shutting down|being (?:retired|"
                   r"disbanded|closed|decommissioned|shut down))|(?:vao|estao|esta|vai) "
                   r"(?:desativar|desativando|fechar|fechando|extinguir|encerrar|dissolver) "
                   r"(?:o |a )?(?:batalhao|pelotao|unidade|equipe|turma|setor|ala|delegacia|"
                   r"quartel|escritorio)|"
                   # batch 36: a class's farewell held ("a festa de despedida do terceirão", a
                   # graduation party, the last day of school; not a graduation merely named)
                   r"(?:festa|baile|jantar|culto|missa|cerimonia|churrasco|noite) de (?:despedida "
                   r"d[aeo]s? (?:\w+ )?(?:terceirao|terceiro ano|turma|escola|colegio|classe|"
                   r"formandos|faculdade|curso|time|equipe)|formatura|encerramento)|(?:leavers?|"
                   r"graduation|prom|school farewell|class farewell) (?:party|dinner|assembly|"
                   r"ball|day|ceremony)|last day of (?:school|term|class|college)|ultimo dia de "
                   r"aula)\b")


# A debt that ends when I die is one that ends with me dead (batch 25: "a dívida só termina
# quando eu morrer", "the loan only goes away when I die"), not one's own turn far off, which
# the idioms take out; "essa saudade só acaba quando eu morrer" is still that idiom.
_DEBT_ENDS = lazy(r"\b((?:dividas?|emprestimos?|agiota|financiamento|hipoteca|debts?|loans?|"
                  r"mortgage)(?: \w+){0,3} (?:so |only |nunca |never )?(?:vai |will |would )?"
                  r"(?:acaba\w*|termina\w*|some|se resolve|goes away|go away|ends?|"
                  r"be paid off|gets? paid off|is paid off|disappears?)) "
                  r"(quando eu morrer|when i die)\b")


def _debt_ends(match: re.Match[str]) -> str:
    return match.group(1) + (" comigo morto" if match.group(2).startswith("q") else " with me dead")


# "Die" as a phone's autocorrect types it, with no hair, eggs or cloth to dye (batch 24): "mom
# i just wanna dye. i mean it".
_DYE = lazy(r"\b(to|will|would|gonna|just|could|and|i) dye\b(?! (?:my|your|her|his|their|"
            r"it|them|the|a|an|this|that|these|those|some|our|hair|eggs?|clothes|shirts?|"
            r"fabric|yarn|wool|shoes|cloth|roots|beard|easter|jeans|fur|wood|tie|batik)\b)")


# An infinitive typed without its final r after the writer's own verb (batch 24: "mae eu vo me
# mata hj"): "vou me mata", "quero morre" are "me matar", "morrer" ("ela vai me matar" is not
# read: it is someone else, and an idiom).
_DROPPED_R = lazy(r"\b((?:eu )?(?:vou|vo|quero|qro|queria|preciso|to pensando em|pensando em|"
                  r"vontade de|decidi|resolvi)) (me mata|morre)\b")


# "Logo cedo" is first thing in the morning, not "soon" (batch 24: "vou logo cedo" to the bank).
_EARLY = lazy(r"\blogo (cedo|de manha|pela manha|de madrugada)\b")


# A wish of the past taken back in the next clause (batch 21): "I used to want to disappear
# after you died. I don't anymore", "antes eu pensava em sumir, hoje não penso mais". Only
# the past habit ("used to", "antes eu…") and only with the taking back right after it: "I
# used to want to die" alone is still care.
_PAST_WISH = lazy(r"\b(?:i used to|antes eu|eu antes|ja) (?:want|wish|think|queria|pensava|"
                  r"tinha vontade)\b"
                  # batch 28: the first days of grief, told as over ("logo que você
                  # morreu eu pensei em ir junto", "right after you died I wanted to go
                  # with you", "I thought about joining you a lot at first")
                  r"|^(?=.*\b(?:logo (?:que|depois que) (?:voce|vc) (?:morreu|partiu|se foi|"
                  r"foi)|no (?:comeco|inicio)|nos primeiros (?:dias|meses)|(?:right|just) "
                  r"after you (?:died|passed|left|went)|when you first (?:died|passed|"
                  r"went)|at first|in the beginning|the first (?:weeks|months))\b"
                  # batch 31: the first year, "no primeiro ano"
                  r"|\b(?:the|that) first (?:year|days)\b|\bno primeiro ano\b)"
                  r"(?=.*\b(?:pensei|pensava|quis|queria|tive vontade|wanted|thought|"
                  r"wished|was thinking)\b)"
                  # batch 34: a time named as past, then the wish ("ano passado eu pensava em
                  # sumir, hj não mais", "last winter I had really dark thoughts, but not
                  # anymore")
                  r"|\b(?:(?:n?o )?ano passado|(?:n?o )?(?:inverno|verao|mes|semestre) passado|"
                  r"(?:n?a )?semana passada|last (?:year|winter|summer|spring|fall|autumn|month|"
                  r"semester)|(?:a|one|two|a few|a couple of) (?:years?|months?) ago|ha (?:um|uns|"
                  r"dois|alguns) (?:anos?|meses)"
                  # batch 37: a number of years ("há 3 anos eu queria sumir", "3 years ago")
                  r"|(?:\d+|three|four|five|six) (?:years?|months?) ago|ha (?:\d+|tres|quatro|"
                  r"cinco|seis) (?:anos?|meses)|(?:\d+|dois|tres|quatro|cinco|uns|alguns) (?:anos?|"
                  r"meses) atras) (?:eu |i )?(?:pensava|queria|pensei|quis|tinha "
                  r"vontade|wanted|thought|had|was thinking|used to)\b")
_TAKEN_BACK = lazy(r"^(?:but |mas )?(?:now |hoje |agora |today )?(?:i |eu )?"
                   r"(?:do not|no longer|nao) (?:\w+ )?(?:anymore|any more|mais|now)$"
                   r"|^(?:but |mas )?(?:hoje|agora|now|today) (?:nao|not)(?: mais)?$"
                   r"|^(?:but |mas )?(?:not|nao) (?:now|anymore|any more|today|mais|hoje)$"
                   # batch 31: well now, or past it ("hoje eu tô bem", "I'm not there
                   # anymore", "and I'm okay now", "isso já passou")
                   r"|^(?:but |mas |and |e )?(?:hoje |agora )?(?:eu )?(?:to|estou|fiquei) "
                   r"(?:bem|melhor|em paz)(?: hoje| agora| de verdade)?$"
                   r"|^(?:but |mas |and |e )?(?:now |today )?i am (?:okay|ok|fine|better|"
                   r"good|doing (?:well|better|okay|ok|fine)|in a better place)(?: now| "
                   r"today)?$"
                   r"|^(?:but |and )?i am not (?:there|in that place|like that) "
                   r"(?:anymore|any "
                   r"more|now)$"
                   r"|^(?:mas |e )?(?:isso )?(?:ja )?passou$|^(?:but |and )?that is (?:all )?"
                   r"(?:behind me|over|past)(?: now)?$"
                   # batch 37: in treatment now ("hj to no tratamento", "now I'm in therapy and
                   # it helps"; not "and I still want to")
                   r"|^(?:but |mas |and |e )?(?:hoje|agora|now|today) (?:eu |i )?(?:to|estou|am) "
                   r"(?:em|no|na|in) (?:tratamento|terapia|treatment|therapy|recovery|"
                   r"recuperacao)(?: (?:e|and) (?!.*\b(?:ainda|still|mas|but|quero|want|penso|"
                   r"think)\b).*)?$"
                   # batch 38: months of therapy counted, or the years since that night, and a
                   # life going on ("hj faz 8 meses de terapia e eu to vivendo de novo", "today
                   # it's 2 years since that night and i ran my first 10k"; not "and I still
                   # want to", nor the date alone)
                   r"|^(?:but |mas |and |e )?(?:hoje |agora |now |today )?(?:ja )?(?:it is|its|it "
                   r"has been|faz|fazem|completa|completo|completei|marks|sao) (?:\d+|um|uma|dois|"
                   r"duas|tres|seis|oito|one|two|three|six|eight|a|an) (?:anos?|meses|mes|"
                   r"semanas?|years?|months?|weeks?) (?:(?:de|em|of|in) (?:terapia|tratamento|"
                   r"therapy|treatment|recovery|recuperacao)|(?:since|desde|de|que)(?: \w+){0,4}?) "
                   r"(?:e|and) (?!.*\b(?:ainda|still|mas|but|quero|want|wanna|penso|think|vou|"
                   r"going|gonna|will|again)\b).+$"
                   r"|^(?:but |mas |and |e )?(?:hoje |agora |now |today )?(?:eu |i )?(?:to|estou|"
                   r"am) (?:vivendo|viv[oa]|living) (?:de novo|outra vez|again)$")


_FIRST_DAYS = lazy(r"\b(?:no (?:comeco|inicio)|nos primeiros (?:dias|meses)|no primeiro ano|"
                   r"at first|in the beginning|the first (?:weeks|months|year|days)|that "
                   r"first (?:year|days))\b")


def _past_wishes(clauses: list[str]) -> list[str]:
    kept = list(clauses)
    for at in range(len(clauses) - 1):
        # batch 28: an address between the wish and its taking back ("…, pai. hoje não")
        # or a name ("…, Jamie. I don't now")
        later = [clause for clause in clauses[at + 1:] if not _ADDRESS.fullmatch(clause)
                 and (" " in clause or clause in _NEGATIONS)]
        # batch 31: a wish of the first days told as over may be taken back a few clauses on,
        # after what helped ("foi terapia, remédio e muito tempo. hoje eu tô bem"); the habit
        # of "used to" only in the clause right after it, as before
        reach = 4 if _FIRST_DAYS.search(clauses[at]) else 1
        if _PAST_WISH.search(clauses[at]) and any(_TAKEN_BACK.search(clause)
                                                  for clause in later[:reach]):
            kept[at] = "~"
    return kept


# The survivor's words ("devia ter sido eu", "it should have been me") taken back by a will to
# go on said in a later clause (batch 27: "às vezes penso que devia ter sido eu, pai. mas tô
# aqui, e vou continuar pelos meninos", "but I'm here, and I'll keep going for the kids"): the
# survivor's clause is taken out, as a past wish taken back is, and the going on too. A going on
# that is negated ("não vou continuar": the clause must open with the verb) or has an end
# ("until Friday", "até sexta", "for now") takes nothing back, and "vou te seguir" is no going on.
_SURVIVOR = lazy(r"\b(?:(?:devia|deveria|era para|era pra) ter (?:sido|morrido|ido)(?: eu)?|"
                 r"era eu que (?:devia|deveria)|"
                 # batch 35: meant to have stayed down there with them (LONG_SHIFTS)
                 r"(?:era (?:para|pra)|devia|deveria) (?:eu )?ter (?:morrido|afogado|ficado "
                 r"(?:la |ali )?(?:embaixo|debaixo|no fundo|soterrad[oa]|enterrad[oa]|na lama|"
                 r"sob a lama))|should have (?:drowned|gone down|been buried|been crushed|stayed "
                 r"(?:down )?(?:there|under|below|in there)) (?:\w+ ){0,2}?with \w+|"
                 r"(?:should|ought to) have (?:been me|died|gone)|"
                 r"(?:it|that) should have been me|should (?:be|have been) me)\b")
_STILL_HERE = lazy(r"^(?:mas |but |e |and |so |entao )*(?:to|estou|i am|i am still|ainda to|"
                   r"ainda estou) (?:aqui|here)$")
_GOING_ON = lazy(r"^(?:mas |but |e |and |so |entao )*(?:eu )?(?:vou|quero|i will|"
                 r"i am going to|i want to|i have to|tenho que|preciso) "
                 r"(?:(?!te |you |voce )\w+ )?(?:continuar(?: vivendo)?|"
                 r"seguir (?:em frente|vivendo|a vida)|viver|keep going|keep living|"
                 r"go on|carry on|live)(?! (?:ate|until|till|so ate|only until|for now|por "
                 r"enquanto|por agora|sem|without)\b)(?: (?:por|pel[oa]s?|for|the way|"
                 r"do jeito|como)\b.*)?$")
_GOING_ON_SAID = lazy(r"\b(?:continuar|seguir|viver|keep going|keep living|go on|carry on|"
                      r"live|aqui|here)\b")


def _going_on(clauses: list[str]) -> list[str]:
    kept = list(clauses)
    for at, clause in enumerate(clauses):
        if _SURVIVOR.search(clause) and any(_GOING_ON.search(later) or _STILL_HERE.search(later)
                                            for later in clauses[at + 1:]):
            kept[at] = "~"
    # the going on itself, said outright, is taken out too: "vou viver por nós duas", "I'll
    # keep going for the kids" (its words of living are no wish)
    return ["~" if _GOING_ON.search(clause) else clause for clause in kept]


# Vanishing said as a joke the message names (batch 27: "o Flamengo perdeu de novo, quero
# sumir. zoeira"): "quero sumir", "I want to disappear" with nothing for good or of dying, in a
# message that says it is a joke ("zoeira", "brincadeira", "just kidding"; not "não é zoeira",
# "not kidding"). Laughter alone is not enough: "quero morrer kkk" is still read.
_JOKE = lazy(r"(?<!\bnao e )(?<!\bnao to )(?<!\bnao estou )(?<!\bnot )(?<!\bis not )"
             r"(?<!\bam not )(?<!\bsem )\b(?:zoeira|zueira|brincadeira|to brincando|so "
             r"brincando|estou brincando|so zoando|to zoando|just kidding|jk|kidding|i am "
             r"joking|only joking|just joking)\b(?! (?:nenhuma|nada|nao)\b)"
             # batch 35: a laugh and "mentira" ("vou me jogar da janela kkkk mentira")
             rf"|\b(?:{_LIE_LAUGHED})\b")
_VANISH_JOKED = lazy(r"\b(?:eu )?(?:quero|queria|vou|i want to|i wanna|i am going to|"
                     r"want to|wanna) (?:sumir|desaparecer|disappear|vanish)$"
                     # batch 35: a jump from a window or a balcony, laughed and taken back in
                     # its own clause ("vou me jogar da janela kkkk mentira")
                     r"|\b(?:eu )?(?:quero|queria|vou|vo|i want to|i wanna|i am going to|"
                     r"going to|gonna) (?:me jogar|pular|jump|throw myself) (?:da|de|do|pela|"
                     r"pelo|off|out of|out the|from) (?:a |o |the |this |my )?(?:janela|sacada|"
                     r"predio|window|balcony|building)"
                     r"(?: (?:k{3,}\w*|(?:ha){2,}\w*|rs+|lol|lmao))+ "
                     r"(?:mentira|brincadeira|zoeira|jk|just kidding)$"
                     # batch 39: a drive off a cliff or a jump an everyday thing "makes me want",
                     # laughed and taken back in its own clause ("this traffic makes me wanna
                     # drive off a cliff lol jk"); never life, grief or the days making me want it
                     r"|\b(?:this|that|the|these|those|my|esse|essa|esses|essas|este|esta|o|a) "
                     r"(?!(?:life|vida|grief|luto|saudade|pain|dor|world|mundo|days?|dias?|"
                     r"nights?|noites?|loneliness|solidao|everything|tudo)\b)(?:\w+ ){0,5}?"
                     r"(?:makes|made|is making|me da|me deu|me faz|me fez) (?:me )?(?:want to|"
                     r"wanna|vontade de) (?:drive|jump|walk|throw myself|me jogar|pular|jogar o "
                     r"carro|entrar) (?:\w+ ){0,4}?(?:off|into|out of|out|from|in front of|da|de|"
                     r"do|no|na|pela|pelo) (?:\w+ ){0,3}?(?:k{3,}\w*|(?:ha){2,}\w*|rs+|lol|lmao)"
                     r"(?: (?:k{3,}\w*|(?:ha){2,}\w*|rs+|lol|lmao))* (?:mentira|brincadeira|"
                     r"zoeira|jk|just kidding)$")


# "vó, eu queria ir ficar com a senhora": "a senhora", "o senhor" said to the dead one are
# "você", which the rules read ("quero ir ficar com você"); never "Nossa Senhora" or "Nosso
# Senhor" (no article), nor "o Senhor" asked to take one (a prayer's own rules read that)
_POLITE_YOU = lazy(r"\b(?:(?P<of>da|do)|(?P<to>pra|pro)|(?P<in>na|no)|(?P<by>pela|pelo)|"
                   r"(?P<the>a|o)) (?:senhora|senhor)\b(?! (?:me|nos) (?:leve|leva|levar|"
                   r"chame|chama|chamar|receba|recebe|tire|tira)\b)")


def _as_voce(match: re.Match[str]) -> str:
    said = {"of": "de voce", "to": "pra voce", "in": "em voce", "by": "por voce", "the": "voce"}
    return next(value for key, value in said.items() if match.group(key))


def _negated(clause: str, start: int) -> bool:
    before = clause[:start].split()
    return _under_negation(before, len(before))


def cues(clauses: list[str]) -> Assessment:
    """The rule cues found in clauses, scored (no model)."""
    found: dict[int, Cue] = {}
    said = " ".join(clauses)
    bare = sum(not _ADDRESS.fullmatch(clause) for clause in clauses) == 1
    for number, cue in enumerate(WHOLE):
        match = cue.pattern.search(said) if cue.scope == "message" or bare else None
        if cue.unless is not None and cue.unless.search(said):
            continue
        if cue.unless_said is not None and match and cue.unless_said.search(said):
            continue  # batch 24: a message cue's unless_said was never asked before
        if match and (not cue.negatable or not _negated(said, match.start())):
            found[-number - 1] = cue
    for number, cue in enumerate(CUES):
        # what the message says elsewhere is asked once, not once a clause (batch 18)
        if cue.unless_said is not None and cue.unless_said.search(said):
            continue
        for clause in clauses:
            for match in cue.pattern.finditer(clause):
                if cue.unless is not None and cue.unless.search(clause):
                    break
                if not cue.negatable or not _negated(clause, match.start()):
                    found[number] = cue
                    break
            if number in found:
                break
    score = sum(cue.weight for cue in found.values())
    written = {cue.language for cue in found.values()} - {BOTH}
    language = written.pop() if len(written) == 1 else ""
    return Assessment(score, tuple(sorted({cue.family for cue in found.values()})), language)


def assess(message: str, vector: Sequence[float] | None = None) -> Assessment:
    """The risk cues of a message, scored, with the model's probability, and with the meaning
    layer's when `vector` is the message's vector of `meaning_model()` (make run). The model
    is only asked when the cues alone do not reach the threshold, the meaning layer only when
    neither the cues nor the model flag the message."""
    clauses = _clauses(message)
    found = cues(clauses)
    readings = [clauses]
    if found.score < THRESHOLD and any(_POLITE_YOU.search(clause) for clause in clauses):
        # "a senhora", "o senhor" read as "você" too, where the rules and the model know
        # only "você"
        readings.append([_POLITE_YOU.sub(_as_voce, clause) for clause in clauses])
        polite = cues(readings[-1])
        found = polite if polite.score > found.score else found
    if found.score >= THRESHOLD:
        return found
    rated = Assessment(found.score, found.families, found.language,
                       max(probability(reading) for reading in readings))
    if vector is None or rated.at_risk:
        return rated
    return replace(rated, meaning=meaning_probability(vector))


def at_risk(message: str, vector: Sequence[float] | None = None) -> bool:
    """True when a message speaks of suicide or self-harm, directly or not (`vector`: the
    message's vector for the meaning layer, see `assess`)."""
    return assess(message, vector).at_risk


def care_language(message: str, persona_language: str,
                  vector: Sequence[float] | None = None) -> str | None:
    """The language to offer care in when a message is at risk, else None: that of the cues
    (English cues get the English resources, Portuguese ones Brazil's), or when the cues are
    words both languages share, the message's language, then the persona's (`vector`: the
    message's vector for the meaning layer, see `assess`)."""
    found = assess(message, vector)
    if not found.at_risk:
        return None
    return found.language or languages.detect(message, persona_language)
