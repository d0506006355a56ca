"""Text analysis for Portuguese and English: folding, stop words, stems and concepts."""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

import snowballstemmer

from chalicelib.persona.vocabulary import GROUPS

WORD = re.compile(r"[^\W_]+", re.UNICODE)  # a written word: letters and digits
_WORD = WORD

STOP_WORDS = frozenset("""
a à ao aos as às até com como da das de dela dele deles do dos e é ela elas ele eles em entre
era eram essa esse esta está estava este eu foi for foram há isso isto já la lá lhe mais mas me
mesmo meu minha muito na nas não nem no nos nós o os ou para pela pelas pelo pelos por qual quando
que quem se sem ser seu seus sua suas só também te tem tinha um uma umas uns você vocês vos tu
teu tua sobre aquele aquela aquilo onde porque pra pro num numa nuns numas dum duma ter tive teve
sim então assim aqui ali cá depois antes logo
estes estas esses essas aqueles aquelas neste nesta nestes nestas nesse nessa nesses nessas
naquele naquela naqueles naquelas naquilo nisso nisto deste desta destes destas desse dessa
desses dessas daquele daquela daqueles daquelas daquilo disso disto
the an and or but of to in on at by for with from as is was were be been being are am it its
this that these those i you he she we they me him her us them my your his our their what which
who whom whose when where why how did do does done have has had not no yes so if then than
there here about into over after before up down out again can could would should will just
very too also tell remember ever once though although even yet everyone everybody anything something
everything nothing anyone someone anybody somebody nobody algo alguem ninguem tudo qualquer
any some algum alguma alguns algumas nenhum nenhuma yours ours theirs hers because until
go goes went gone going get gets got make makes made take takes took taken taking do done say
own próprio própria próprios próprias
says said give gave let put
dar daria dá deu dava davam fazer faria fazia fez faz ir iria vai vou ia
iam seria estaria pode podia poderia poder querer queria quer dizer disse diria vez vezes
lol lmao omg haha hahaha kk kkk kkkk kkkkk kkkkkk rs rsrs hmm hm tbh btw imo idk tho yeah yep
nope ok okay
""".split())  # (the last two lines: what chat adds to a question and says nothing of it)


@cache
def _marks() -> dict[int, None]:
    """Every combining mark of the Basic Multilingual Plane (made on first use: 5 ms)."""
    return {c: None for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))}


def fold(text: str) -> str:
    """Lower-case without accents: 'Antônio' and 'antonio' are the same word."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_marks())


STOP_FOLDED = frozenset(fold(w) for w in STOP_WORDS)  # the stop words as `words` gives them
_stemmers = {"pt": snowballstemmer.stemmer("portuguese"), "en": snowballstemmer.stemmer("english")}

# Words whose accent is their meaning keep it: "vó" is a grandmother and "vô" a grandfather.
# Typed without the accent ("vo"), the word is both, so it reaches both ideas (vocabulary.py).
ACCENT_KEEPS = frozenset({"vó", "vô", "avó", "avô", "vovó", "vovô", "avós", "avôs",
                          "bisavó", "bisavô", "bisavós", "bisavôs", "tataravó", "tataravô"})
# Words whose ending is who they are: stemmed, grandma and grandpa would become one.
GENDER_KEEPS = frozenset({"vovozinha", "vovozinho"})
# Irregular Portuguese verb forms no stemmer brings to their verb ("vi o mar" and "viu o mar";
# "viram" is not "vir"), folded. Only forms that are nothing else: "via" (a road), "vira"
# (turns), "vimos" (we saw, or we came) and "trago" (a sip) are left as they are, and "vir"'s
# own forms too, which Snowball would join to "virar" ("veio" is not "virou").
VERB_FORMS = {
    **dict.fromkeys(("vi", "viu", "viram", "vejo", "veem", "viamos", "viste"), "ver"),
    **dict.fromkeys(("trouxe", "trouxeram", "trouxemos", "trazia", "traziam", "trazido"),
                    "trazer"),
}
# English irregular pasts, the same way for the search (not for the care detector, whose model
# reads stems as they were): "he drove a Holden" answers "what car did you drive?". Forms that
# are also common words of their own are `AMBIGUOUS_PASTS`.
PAST_FORMS = {past: verb for verb, pasts in (
    ("drive", "drove driven"), ("teach", "taught"), ("buy", "bought"),
    ("bring", "brought"), ("think", "thought"), ("catch", "caught"), ("fight", "fought"),
    ("eat", "ate eaten"), ("go", "went gone"), ("come", "came"), ("see", "seen"),
    ("make", "made"), ("meet", "met"), ("sing", "sang sung"), ("swim", "swam swum"),
    ("run", "ran"), ("win", "won"), ("lose", "lost"), ("build", "built"),
    ("sell", "sold"), ("tell", "told"), ("say", "said"), ("grow", "grew grown"),
    ("know", "knew known"), ("write", "wrote written"), ("ride", "rode ridden"),
    ("fly", "flew flown"), ("give", "gave given"), ("take", "took taken"),
    ("break", "broke broken"), ("fall", "fell fallen"), ("keep", "kept"),
    ("sleep", "slept"), ("spend", "spent"), ("send", "sent"), ("wear", "wore worn"),
    ("begin", "began begun"), ("drink", "drank drunk"), ("hear", "heard"),
    ("hold", "held"), ("hide", "hid hidden"), ("hang", "hung"), ("pay", "paid"),
    ("sit", "sat"), ("stand", "stood"), ("swear", "swore sworn"),
    ("throw", "threw thrown"), ("understand", "understood"), ("wake", "woke woken"),
    ("choose", "chose chosen"), ("forget", "forgot forgotten"), ("freeze", "froze frozen"),
    ("shake", "shook shaken"), ("steal", "stole stolen"), ("speak", "spoke spoken"),
    ("feed", "fed"), ("dig", "dug"), ("weep", "wept"), ("mean", "meant"),
    ("learn", "learnt"), ("ring", "rang rung"), ("sink", "sank sunk"), ("lend", "lent"),
    ("get", "got gotten"), ("bite", "bitten"),
    ("blow", "blew blown"), ("draw", "drew drawn"), ("forgive", "forgave forgiven"),
    ("sweep", "swept"), ("tear", "tore torn"), ("stick", "stuck"), ("swing", "swung"),
    ("bleed", "bled"), ("flee", "fled"), ("seek", "sought"), ("leap", "leapt"),
) for past in pasts.split()}

# Pasts that are also words of their own ("we saw a whale", "a saw"): both, half each, as any
# word with two stems ("ground", "bore", "lead", "spat" and "born" stay words only).
# The irregular comparatives, with the plain word they grade (search only, as the pasts):
# "qual madeira o senhor achava a melhor?" is answered by "madeira boa é cedro", "the best
# pie she made" by "her good apple pie"
COMPARED = {
    **dict.fromkeys(("melhor", "melhores"), ("bom", "boa")),
    **dict.fromkeys(("pior", "piores"), ("mau", "ruim")),
    **dict.fromkeys(("best", "better"), ("good",)),
    **dict.fromkeys(("worst", "worse"), ("bad",)),
}
AMBIGUOUS_PASTS = {"saw": "see", "left": "leave", "found": "find", "felt": "feel",
                   "rose": "rise", "lay": "lie", "shot": "shoot", "bit": "bite"}

# Chat shorthand and spelling as people type, read as the words they stand for.
SHORTHAND = {
    "vc": "você", "vcs": "vocês", "voce": "você", "q": "que", "oq": "o que", "pq": "por que",
    "tb": "também", "tbm": "também", "tmb": "também", "td": "tudo", "tds": "todos",
    "hj": "hoje", "msm": "mesmo", "n": "não", "nao": "não", "blz": "beleza", "qdo": "quando",
    "qnd": "quando", "qndo": "quando", "qto": "quanto", "qta": "quanta", "qtos": "quantos",
    "qtas": "quantas", "qts": "quantos", "qnt": "quanto", "qnts": "quantos",
    "qntos": "quantos", "qntas": "quantas", "qnto": "quanto", "qnta": "quanta",
    "sra": "senhora", "sr": "senhor", "qm": "quem",
    "cd": "cadê", "dps": "depois", "vdd": "verdade",
    "mt": "muito", "mto": "muito", "mta": "muita", "nd": "nada", "ngm": "ninguém",
    "aq": "aqui", "agr": "agora", "bjs": "beijos", "fds": "fim de semana", "tava": "estava",
    "tavam": "estavam", "ta": "está", "pra": "para", "pros": "para os", "pras": "para as",
    "u": "you", "ur": "your", "r": "are", "y": "why", "b4": "before", "bc": "because",
    "cuz": "because", "til": "until", "bday": "birthday", "gramps": "grandpa", "ppl": "people",
    "abt": "about", "thx": "thanks", "pls": "please", "plz": "please", "ya": "you",
    "yr": "year", "yrs": "years", "wanna": "want to", "gonna": "going to",
    "hr": "hour", "hrs": "hours", "mins": "minutes", "wk": "week", "wks": "weeks",
    "wat": "what", "wut": "what", "wht": "what", "whr": "where", "wen": "when",
    "gma": "grandma", "gpa": "grandpa", "wot": "what", "skool": "school", "coz": "because",
    "thru": "through", "nite": "night", "luv": "love", "dunno": "do not know",
    "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow", "tmrw": "tomorrow",
    "tmw": "tomorrow", "2day": "today", "2nite": "tonight", "tonite": "tonight",
    # contractions typed without their apostrophe ("whos the youngest", "didnt you")
    "whos": "who is", "whats": "what is", "wats": "what is", "wuts": "what is",
    "wheres": "where is", "hows": "how is",
    "whens": "when is", "whys": "why is", "thats": "that is", "theres": "there is",
    "didnt": "did not", "dont": "do not", "doesnt": "does not", "wasnt": "was not",
    "werent": "were not", "isnt": "is not", "couldnt": "could not", "wouldnt": "would not",
    "havent": "have not", "hadnt": "had not", "youre": "you are", "theyre": "they are",
    "ive": "i have", "youve": "you have", "im": "i am",
}
# Numbers written as words count as their digits ("oitenta" meets "80", "fifty" meets "50").
NUMBERS = {
    "um": "1", "uma": "1", "dois": "2", "duas": "2", "tres": "3", "quatro": "4", "cinco": "5",
    "seis": "6", "sete": "7", "oito": "8", "nove": "9", "dez": "10", "onze": "11",
    "doze": "12", "treze": "13", "catorze": "14", "quatorze": "14", "quinze": "15",
    "dezesseis": "16", "dezessete": "17", "dezoito": "18", "dezenove": "19", "vinte": "20",
    "trinta": "30", "quarenta": "40", "cinquenta": "50", "sessenta": "60", "setenta": "70",
    "oitenta": "80", "noventa": "90", "cem": "100", "cento": "100", "centena": "100",
    "mil": "1000", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
    "ninety": "90", "hundred": "100", "thousand": "1000", "sixties": "60", "fifties": "50",
    "seventies": "70", "eighties": "80", "forties": "40", "thirties": "30", "nineties": "90",
    "first": "1", "second": "2", "third": "3", "primeiro": "1", "primeira": "1",
    "segundo": "2", "segunda": "2", "terceiro": "3", "terceira": "3",
    # ... and the later ordinals, which say the number a count says ("their fortieth
    # anniversary" is "os quarenta anos de casados"; not "quarto", a room, "nono", a
    # grandfather, nor "quinta" and "sexta", weekdays)
    "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9",
    "tenth": "10", "eleventh": "11", "twelfth": "12", "twentieth": "20", "thirtieth": "30",
    "fortieth": "40", "fiftieth": "50", "sixtieth": "60", "seventieth": "70",
    "eightieth": "80", "ninetieth": "90", "hundredth": "100", "quinto": "5", "sexto": "6",
    "setimo": "7", "setima": "7", "oitavo": "8", "oitava": "8",
    "decimo": "10", "decima": "10", "vigesimo": "20", "trigesimo": "30",
    "quadragesimo": "40", "quinquagesimo": "50", "sexagesimo": "60",
}
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th|s|o|a|os|as)$")  # 50th, 1960s, 2o, 1a


def _fold_word(word: str) -> str:
    lowered = word.casefold()
    return lowered if lowered in ACCENT_KEEPS else fold(lowered)


def words(text: str) -> list[str]:
    """The folded words of a text, stop words included (for phrase matching), with shorthand
    read as what it stands for."""
    out: list[str] = []
    for raw in _WORD.findall(text):
        word = _fold_word(raw)
        out.extend(SHORTHAND[word].split() if word in SHORTHAND else (word,))
    folded = [fold(w) if w not in ACCENT_KEEPS else w for w in out]
    if "2" in folded or "4" in folded:
        folded = _number_as_word(folded)
    return _joined_numbers(folded) if len(folded) > 2 else folded


# "went 2 the shops", "listen 2 at lunchtime", "a present 4 u": "to" and "for" as chat types
# them, between a word and one of these (never "2 dogs", "4 years", "em 2 de maio")
_AFTER_TO = frozenset("the a an my your ur his her our their me you u him us them at bed school "
                      "work church town see be go get do make have".split())


def _number_as_word(folded: list[str]) -> list[str]:
    return [("to" if word == "2" else "for") if word in ("2", "4") and 0 < at < len(folded) - 1
            and folded[at - 1].isalpha() and folded[at + 1] in _AFTER_TO else word
            for at, word in enumerate(folded)]


# Phrases that mean something their words do not ("grow up" is childhood, not gardening;
# "ganhar a vida" is work): each is read as one word that says it. Folded words.
PHRASES: dict[tuple[str, ...], str] = {
    **{(verb, "up"): "childhood" for verb in ("grow", "grew", "growing", "grown")},
    # ("passed on" is also a recipe handed down, and "passing on her third try" a test)
    **{(verb, "away"): "died" for verb in ("pass", "passed", "passes", "passing")},
    ("passou", "desta", "pra", "melhor"): "morreu", ("passou", "desta", "para", "melhor"): "morreu",
    # "depois que a Nena se foi": she died (the euphemism families write)
    **{("se", verb): "morreu" for verb in ("foi", "foram", "vai", "ia")},
    **{(verb, "a", "living"): "work" for verb in ("earn", "earned", "earning", "make", "made",
                                                  "making")},
    ("for", "a", "living"): "work",
    **{(verb, "a", "vida"): "trabalho" for verb in ("ganhar", "ganhava", "ganhou", "ganhavam",
                                                    "ganhando")},
    **{(verb, "a", "luz"): "parto" for verb in ("dar", "deu", "dei", "dando")},
    # "pediu a vó em casamento": a proposal (the words between are left to the search)
    **{(verb, "em", "casamento"): "pedido" for verb in ("pedir", "pediu", "pedi", "pediram",
                                                       "pedia", "pedindo")},
    **{(verb, "birth"): "childbirth" for verb in ("give", "gave", "giving", "given")},
    # the euphemisms families write for a death ("passed on" needs none: "passed" is a death
    # to the vocabulary, and "on" would send most English memories through this reading)
    **{(verb, this, "vida"): "morreu" for verb in ("partiu", "partir", "partiram")
       for this in ("desta", "dessa")},
    **{(this, way, "melhor"): "morreu" for this in ("desta", "dessa") for way in ("para", "pra")},
    **{(verb, "as", "botas"): "morreu" for verb in ("bateu", "bater", "bateram")},
    **{(verb, "the", "bucket"): "died" for verb in ("kicked", "kick")},
    # "what year did we lose Nana?", "when did you lose your mother?": a death
    **{("did", who, "lose"): "died" for who in ("we", "you", "u", "they")},
    # "each other", "one another" say who, and nothing a memory is about ("where did you and
    # grandpa first run into each other?"): read as a small word
    ("each", "other"): "them", ("one", "another"): "them",
    # ... and running or bumping into each other is meeting
    **{(verb, "into", one, other): "met" for verb in ("run", "ran", "running", "runs", "bump",
                                                      "bumped", "bumping")
       for one, other in (("each", "other"), ("one", "another"))},
    # closing down is shutting ("when did the creamery close down?"), as "close" alone, near,
    # is not
    **{(verb, "down"): "shut" for verb in ("close", "closed", "closes", "closing", "shut",
                                           "shuts", "shutting")},
    # ... and so is first running into someone, or bumping into them ("where did you first
    # run into Grandad?", "the day I first bumped into your grandma at the dance")
    # (not bumping into a doorframe, nor into a Lord Mayor without a first time)
    **{("first", verb, "into"): "met" for verb in ("run", "ran", "bump", "bumped")},
    # getting out of bed is waking ("a que horas o senhor pulava da cama?" against "eu
    # acordava às quatro e meia"; "what time did you roll out of bed?")
    **{(verb, "da", "cama"): "acordava" for verb in (
        "pular", "pulava", "pulou", "pulei", "pulo", "pulavam", "pulamos", "levantar",
        "levantava", "levantou", "levantei", "levanto", "levantavam", "levantamos", "sair",
        "saia", "saiu", "sai", "saio", "saiam", "saltava", "saltar")},
    **{(verb, "out", "of", "bed"): "woke" for verb in (
        "jump", "jumped", "jumps", "jumping", "get", "got", "gets", "getting", "roll", "rolled",
        "rolls", "climb", "climbed", "hop", "hopped", "crawl", "crawled", "drag", "dragged")},
    # wanting a thing done "pra ontem" is wanting it in haste ("quando alguém queria tudo
    # com pressa" against "queria tudo para ontem")
    ("para", "ontem"): "pressa", ("pra", "ontem"): "pressa",
    # the team of one's heart is the team one supports ("qual era o time do coração do
    # senhor?" against "o vô era gremista doente")
    **{(team, "do", "coracao"): team for team in ("time", "clube")},
    # going into a panic is panicking ("quando alguém entrava em pânico" against "quando
    # alguém se apavorava")
    **{(verb, "em", "panico"): "panico" for verb in ("entrar", "entrava", "entrou", "entrei",
                                                    "entro", "entravam", "entraram", "entra")},
    # the most terrible is the worst ("o fogo mais terrível" against "o pior incêndio")
    **{("mais", bad): "pior" for bad in ("terrivel", "horrivel")},
    **{("most", bad): "worst" for bad in ("terrible", "awful", "horrible", "dreadful")},
    # being too proud of oneself, as families say it ("when one of us got too big for our
    # boots" against "whenever we got too full of ourselves"; "metido a besta", "cheia de si")
    **{("big", "for", whose, boots): "arrogant" for whose in (
        "his", "her", "our", "their", "your", "ur", "my") for boots in ("boots", "britches")},
    **{("full", "of", self): "arrogant" for self in (
        "himself", "herself", "ourselves", "themselves", "yourself", "yourselves", "myself")},
    **{(proud, "a", "besta"): "arrogante" for proud in ("metido", "metida", "metidos",
                                                        "metidas")},
    **{(full, "de", "si"): "arrogante" for full in ("cheio", "cheia", "cheios", "cheias")},
    ("nariz", "empinado"): "arrogante",
    # first seeing someone is meeting them ("where did you first set eyes on Granny Issy?")
    **{(verb, "eyes", "on"): "met" for verb in ("set", "laid", "lay", "clapped")},
    # going to live somewhere is moving there ("where did you go to live once you shut up
    # shop?", "fomos morar em Ilhéus"), and shutting up shop is closing it
    **{(verb, "to", "live"): "moved" for verb in ("go", "went", "gone", "going")},
    # ... but "go to live music" is music ("did you go to live concerts?")
    **{(verb, "to", "live", show): show for verb in ("go", "went", "gone", "going")
       for show in ("music", "concerts", "concert", "shows", "show", "gigs", "theatre")},
    **{(verb, "morar"): "mudou" for verb in ("foi", "fomos", "foram", "ir", "vai", "vamos",
                                            "iam", "ia")},
    **{(verb, "up", "shop"): "closed" for verb in ("shut", "shutting", "shuts")},
    ("air", "force"): "airforce", ("forca", "aerea"): "airforce",
    # "what year did you find out you had diabetes?": "descobriu"
    **{(verb, "out"): "discover" for verb in ("find", "found", "finding")},
    # "uma máquina fotográfica Rolleiflex": a camera, as Portuguese long said it
    ("maquina", "fotografica"): "camera", ("maquinas", "fotograficas"): "camera",
    ("maquina", "de", "retrato"): "camera",
    # places whose names differ in the two languages, said as one word in both
    **{("nova", "zelandia"): "newzealand", ("new", "zealand"): "newzealand",
       ("nova", "york"): "newyork", ("new", "york"): "newyork",
       ("estados", "unidos"): "usa", ("united", "states"): "usa",
       ("reino", "unido"): "uk", ("united", "kingdom"): "uk",
       ("africa", "do", "sul"): "southafrica", ("south", "africa"): "southafrica",
       ("nova", "escocia"): "novascotia", ("nova", "scotia"): "novascotia",
       ("terra", "santa"): "holyland", ("holy", "land"): "holyland",
       ("america", "do", "sul"): "southamerica", ("south", "america"): "southamerica"},
    # "tinha bicho de estimação?": a pet, whose kinds are the animals a household keeps
    **{(animal, "de", "estimacao"): "pet" for animal in ("bicho", "bichos", "bichinho",
                                                        "bichinhos", "animal", "animais")},
    # a crossword, in either language ("fazia palavras cruzadas", "did the crossword")
    **{(words_, crossed): "crossword" for words_ in ("palavra", "palavras")
       for crossed in ("cruzada", "cruzadas")},
    # a family's feasts and milestones, one word in both languages ("where did you go on your
    # honeymoon?" against "a lua de mel foi em Foz")
    ("lua", "de", "mel"): "honeymoon",
    **{(kind, "de", metal): f"{metal_en}wedding" for kind in ("bodas", "boda")
       for metal, metal_en in (("prata", "silver"), ("ouro", "golden"), ("perola", "pearl"),
                               ("rubi", "ruby"), ("diamante", "diamond"))},
    **{(metal, "wedding"): f"{metal}wedding" for metal in ("silver", "golden", "pearl", "ruby",
                                                          "diamond")},
    # ... and said by its years, a wedding's anniversary ("a festa dos cinquenta anos de
    # casados", "their golden anniversary")
    ("anos", "de", "casados"): "bodas", ("anos", "de", "casado"): "bodas",
    ("anos", "de", "casamento"): "bodas",
    # (and the thirtieth, fortieth and sixtieth: pearl, ruby and diamond, "a viagem dos
    # quarenta anos de casados" against "their fortieth anniversary", "our ruby anniversary")
    **{(years, "anos", "de", married): metal for years, metal in (
        ("cinquenta", "goldenwedding"), ("50", "goldenwedding"), ("25", "silverwedding"),
        ("trinta", "pearlwedding"), ("30", "pearlwedding"), ("quarenta", "rubywedding"),
        ("40", "rubywedding"), ("sessenta", "diamondwedding"), ("60", "diamondwedding"))
       for married in ("casados", "casado", "casamento")},
    **{(said, "anniversary"): metal for said, metal in (
        ("golden", "goldenwedding"), ("fiftieth", "goldenwedding"), ("50th", "goldenwedding"),
        ("silver", "silverwedding"), ("25th", "silverwedding"), ("pearl", "pearlwedding"),
        ("thirtieth", "pearlwedding"), ("30th", "pearlwedding"), ("ruby", "rubywedding"),
        ("fortieth", "rubywedding"), ("40th", "rubywedding"), ("diamond", "diamondwedding"),
        ("sixtieth", "diamondwedding"), ("60th", "diamondwedding"))},
    ("twenty", "fifth", "anniversary"): "silverwedding",
    ("primeira", "comunhao"): "firstcommunion", ("first", "communion"): "firstcommunion",
    ("dia", "das", "maes"): "mothersday", ("mother", "s", "day"): "mothersday",
    ("dia", "dos", "pais"): "fathersday", ("father", "s", "day"): "fathersday",
    ("cha", "de", "bebe"): "babyshower", ("baby", "shower"): "babyshower",
    ("ano", "novo"): "newyear", ("new", "year"): "newyear",
    # words a hyphen joins, which mean what neither half does ("vira-lata" is a dog, not a can;
    # "segunda-feira" a Monday, not a market), and English in-laws, said as the one word
    # Portuguese has for each
    ("vira", "lata"): "cachorro", ("vira", "latas"): "cachorros",
    ("salva", "vidas"): "lifeguard", ("guarda", "chuva"): "umbrella",
    ("beija", "flor"): "hummingbird", ("cachorro", "quente"): "hotdog",
    ("couve", "flor"): "cauliflower", ("arco", "iris"): "rainbow",
    **{(mine, "de", "carvao"): "colliery" for mine in ("mina", "minas")},
    ("coal", "mine"): "colliery", ("coal", "mines"): "colliery", ("coal", "pit"): "colliery",
    ("porta", "avioes"): "aircraftcarrier", ("porta", "aviao"): "aircraftcarrier",
    ("aircraft", "carrier"): "aircraftcarrier", ("aircraft", "carriers"): "aircraftcarrier",
    # ... and those written with or without the hyphen ("para-choque", "parachoque")
    ("para", "choque"): "parachoque", ("para", "brisa"): "parabrisa",
    ("para", "lama"): "paralama", ("porta", "malas"): "portamalas",
    ("guarda", "roupa"): "guardaroupa", ("pe", "de", "moleque"): "pedemoleque",
    ("marca", "passo"): "marcapasso", ("marca", "passos"): "marcapasso",  # a pacemaker
    # "que problema de saúde a senhora teve?", "any health problems?": an illness, which a
    # memory names ("teve diabetes"), not a problem of any kind
    **{(problem, "de", "saude"): "doenca" for problem in ("problema", "problemas")},
    **{("health", problem): "illness" for problem in ("problem", "problems", "issue", "issues",
                                                      "condition", "conditions", "trouble")},
    # "in 1990 Nana went back to Kumasi": she returned ("voltou", "regressou")
    **{(verb, "back"): "return" for verb in ("go", "goes", "going", "gone", "went", "come",
                                             "comes", "coming", "came", "get", "gets", "got",
                                             "getting")},
    **{(day, "feira"): english for day, english in (
        ("segunda", "monday"), ("terca", "tuesday"), ("quarta", "wednesday"),
        ("quinta", "thursday"), ("sexta", "friday"))},
    **{(kin, "in", "law"): portuguese for kin, portuguese in (
        ("mother", "sogra"), ("father", "sogro"), ("sister", "cunhada"),
        ("brother", "cunhado"), ("son", "genro"), ("daughter", "nora"))},
    # "a senhora é de onde?", "vc é de Goiás?", "where are you from?": where one was born (no
    # word of it says so; "e de onde veio?" is an "and", so the one asked is part of it)
    **{(who, "e", "de"): "nasceu" for who in ("senhora", "senhor", "voce")},
    ("tu", "es", "de"): "nasceu",
    **{(verb, "you", "from"): "born" for verb in ("are", "were")},
    # "em que lugar o senhor veio ao mundo?", "which village did you come into the world in?"
    **{(verb, "ao", "mundo"): "nasceu" for verb in ("veio", "vim", "vieram", "viemos", "vir")},
    ("into", "the", "world"): "born",
    # "qual é a sua terra natal?", "a cidade natal do vô", "which village do you come from?",
    # "your home town": where one was born (natal alone is Christmas)
    **{(place, "natal"): "nasceu" for place in ("terra", "cidade", "vila", "aldeia", "pais")},
    **{("you", verb, "from"): "born" for verb in ("come", "came")},
    ("home", "town"): "born",
    # "em que competição o senhor lutava luta livre?": wrestling, no freedom
    ("luta", "livre"): "wrestling",
    # "por que todo mundo te chamava de Faísca?": everyone, a pronoun, not the world
    ("todo", "mundo"): "everyone", ("toda", "gente"): "everyone",
    # "em que igreja a gente casou?": "a gente" is "we" as Brazilians say it, no people
    ("a", "gente"): "nos",
    # "a senhora viajou pra fora do Brasil?": abroad
    **{("fora", of, where): "exterior" for of in ("do", "de") for where in ("brasil", "pais")},
    # ... and in English: "his only trip outside Brazil", "outside the country"
    **{("outside", where): "exterior" for where in ("brazil", "australia", "ireland", "england",
                                                  "scotland", "canada", "britain")},
    **{("outside", "the", where): "exterior" for where in ("country", "uk", "usa", "us")},
    # "o carro-chefe era o doce de caju": what a shop was known for, no car
    ("carro", "chefe"): "especialidade",
    # "what team did you root for?": supporting a team (roots are a plant's or a family's)
    **{(verb, "for"): "support" for verb in ("root", "roots", "rooted", "rooting")},
    # "the O'Briens next door": neighbours
    ("next", "door"): "neighbour",
    # "a sua amiga do peito", "his bosom friend": a friend, no chest
    ("amiga", "do", "peito"): "amiga", ("amigo", "do", "peito"): "amigo",
    ("bosom", "friend"): "friend", ("bosom", "friends"): "friends",
    # "where did you and Gido first cross paths?": where they met
    **{(verb, "paths"): "met" for verb in ("cross", "crossed", "crossing")},
    # "how much did the Honda set you back?"
    **{("set", whom, "back"): "cost" for whom in ("you", "u", "me", "him", "her", "them", "us")},
}
PHRASE_ENDS = frozenset(phrase[-1] for phrase in PHRASES)  # the words a phrase may end with


def with_phrases(folded: list[str]) -> list[str]:
    """The words with each phrase of `PHRASES` replaced by the word that says it."""
    if PHRASE_ENDS.isdisjoint(folded):
        return folded
    out: list[str] = []
    at = 0
    while at < len(folded):
        for size in (4, 3, 2):
            said = PHRASES.get(tuple(folded[at:at + size]))
            if said is not None:
                out.append(said)
                at += size
                break
        else:
            out.append(folded[at])
            at += 1
    return out


def phrase_words(folded: list[str]) -> list[str]:
    """The words that say the phrases of `PHRASES` a text holds, once per phrase said."""
    if PHRASE_ENDS.isdisjoint(folded):
        return []
    return [said for end, word in enumerate(folded) if word in PHRASE_ENDS
            for said in phrases_ending(folded[max(0, end - 3):end + 1])]


def phrases_ending(folded: list[str]) -> list[str]:
    """The words that say the phrases of `PHRASES` that end with the last of these words."""
    found = (PHRASES.get(tuple(folded[-size:])) for size in (4, 3, 2) if len(folded) >= size)
    return [said for said in found if said is not None]


_TENS = {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
         "setenta": 70, "oitenta": 80, "noventa": 90, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5,
          "seis": 6, "sete": 7, "oito": 8, "nove": 9, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _joined_numbers(folded: list[str]) -> list[str]:
    """"sessenta e três" and "sixty three" as the one number they say: "63"."""
    if not any(w in _TENS for w in folded):
        return folded
    out: list[str] = []
    i = 0
    while i < len(folded):
        word = folded[i]
        if word in _TENS:
            step = 2 if i + 2 < len(folded) and folded[i + 1] == "e" else 1
            if i + step < len(folded) and folded[i + step] in _UNITS:
                out.append(str(_TENS[word] + _UNITS[folded[i + step]]))
                i += step + 1
                continue
        out.append(word)
        i += 1
    return out


def _own_word(diminutive: str, base: str) -> bool:
    """Whether a word shaped like a diminutive is a word of its own: listed in the lexicon
    with none of its base's translations ("padrinho" is a godfather, not a little priest;
    "carinho" no dear thing), not a small one of its base ("cachorrinho": a puppy, a dog)."""
    from chalicelib.persona import lexicon  # the data file is read on first use
    if not lexicon.listed(diminutive):
        return False
    of_base = lexicon.translations(base, "pt")
    return not of_base or set(lexicon.translations(diminutive, "pt")).isdisjoint(of_base)


def variants(word: str) -> tuple[str, ...]:
    """Other forms of a folded word that Snowball does not reach: the diminutive's base
    (netinhos: netos, manhãzinha: manhã), -ões/-ãos to -ão, -ais to -al, -éis to -el, -ação
    to its verb (internação: internar); English -ings to -ing (weddings: wedding), -ship to
    its holder (apprenticeship: apprentice), -iest and -ier to -y (bossiest: bossy)."""
    found: list[str] = []
    diminutive = re.match(r"^(.{3,}?)z?inh(o|a)(s?)$", word)
    if diminutive:
        stem = diminutive.group(1)
        base = stem if stem.endswith(("e", "a", "o", "i", "u")) else \
            stem + diminutive.group(2) + diminutive.group(3)
        if not _own_word(word, base):
            found.append(base)
        listed = stem + "i" + diminutive.group(2) + diminutive.group(3)
        if base != stem and stem.endswith("r") and not stem.endswith("rr") and \
                not _own_word(word, listed):
            # ... or of a noun in -ário, -ória ("canarinho": canário, "historinha": história;
            # not "marinha", the navy, of "Maria")
            found.append(listed)
    if len(word) >= 5 and word.endswith(("oes", "aos", "aes")):
        found.append(word[:-3] + "ao")
    if len(word) >= 6 and word.endswith("ais"):
        found.append(word[:-3] + "al")
    if len(word) >= 5 and word.endswith("eis"):
        found.append(word[:-3] + "el")
    # the -ar verbs Snowball leaves whole when they open on a vowel ("andou", "achava",
    # "usou", "entrava", "olhou": the ending falls outside the region it strips): their
    # infinitive, which the other forms meet ("andaram", "andar")
    if len(word) >= 4 and word[0] in "aeiou" and word.endswith(("ou", "ava", "avam", "avas")):
        found.append(word[:-2 if word.endswith("ou") else -3 if word.endswith("ava") else -4]
                     + "ar")
    # ... said by the one who tells it ("entrei", "achei", "usei": "entrar")
    if len(word) >= 4 and word[0] in "aeiou" and word.endswith("ei") and word[-3] not in "aeiou":
        found.append(word[:-2] + "ar")
    # ... and the -ir verbs' past ("abri", "abriu", "abriram": "abrir")
    past = re.match(r"^([aeiou][^aeiou]{2,3})(?:i|iu|iram|imos)$", word)
    if past:
        found.append(past.group(1) + "ir")
    # a noun in -ação is its verb's doing: "internação" is being "internado" (a stem of five
    # letters at least: "estação" is no "estar")
    made = re.match(r"^(.{5,})(?:acao|acoes)$", word)
    if made:
        found.append(made.group(1) + "ar")
    # an English noun in -ing said in the plural is that noun ("weddings": "wedding", whose
    # English stem "wed" is too short to meet it by)
    if len(word) >= 7 and word.endswith("ings"):
        found.append(word[:-1])
    # an English noun in -ship is its holder's ("apprenticeship": "apprenticed to old Mr
    # Hezlett"; "scholarship", "membership"), where what is left is a word of six letters
    # or more ("hardship", "township", "courtship" keep to themselves)
    if len(word) >= 10 and word.endswith(("ship", "ships")):
        found.append(word[:-4 if word.endswith("ship") else -5])
    # an English past in -ced or -ged whose stem Snowball cuts shorter than its verb's
    # ("apprenticed": "apprent", but "apprentice": "apprentic"): the verb as well
    if len(word) >= 8 and word.endswith(("ced", "ged")):
        from chalicelib.persona import lexicon
        if lexicon.known_english(word[:-1]):
            found.append(word[:-1])
    # an English adjective's -iest and -ier the dictionaries do not list are its -y ("the
    # bossiest hen": "the bossy one"), where they list that ("soldier" is no "soldy")
    if len(word) >= 7 and word.endswith(("iest", "ier")):
        from chalicelib.persona import lexicon
        plain = word[:-4 if word.endswith("iest") else -3] + "y"
        if not lexicon.known_english(word) and lexicon.known_english(plain):
            found.append(plain)
    return tuple(found)


@lru_cache(maxsize=100_000)
def stems(word: str) -> tuple[str, ...]:
    """The word's Portuguese and English stems, folded (one if they agree), with those of its
    other forms; a word whose accent is its meaning is its own stem."""
    if word in ACCENT_KEEPS or word in GENDER_KEEPS:
        return (word,)
    if word in VERB_FORMS:
        return stems(VERB_FORMS[word])
    if word in NUMBERS:
        return (NUMBERS[word],)
    ordinal = _ORDINAL.match(word)
    if ordinal:
        return (ordinal.group(1),)
    found: list[str] = []
    for form in (word, *variants(word)):
        for stemmer in _stemmers.values():
            stem = fold(stemmer.stemWord(form))
            if stem not in found:
                found.append(stem)
    return tuple(found)


MIN_CONCEPT_STEM = 4  # shorter stems collide across words ("casa"/"casou" -> "cas")


# Words that share a stem with a word of the vocabulary and nothing of its idea: "sold" is no
# "soldado", "long" no "longing", "parte" and "partiu" no "parto", "morro" (a hill) no
# "morrer", "costas" and "cobra" no price, "prata" (silver) no "prato", "santarém" no "santa"
# (found by reading every word of the replies set's memories and questions that meets an idea
# only through a stem). They meet an idea only where the vocabulary lists them.
STEM_STRANGERS = frozenset("""
part parts parte partes partiu partir partida partidas partido partidos partia partiram
partindo morris morro morros morrinho morrinhos mortar costa costas cobra cobras cobre
cobria cobrir cobriu cobrindo coberto coberta training trained trainee tremia tremendo treme
tremer tremeu camp camps camped camping camper campea times timed timing roots sangue sangam
singed cant bandeira bandeiras bandeirinha bandeirinhas forrada forrado forrados forradas rosa
rosinha rosing flora florida plantao plantoes prata prates prateado prateada frieda massa
massas misso missing santarem toss cheia cheio cheias cheios causa causas novelo novelos sold
solder soldar solda soldou test tests tested teste testes testar testaram long longe longa
longo longos longas longer cart carts carting scare prime primaria mamao papao broth livre
livres represents tripe chore chores teares chef tombou tombar tombo bravo
""".split())


def _concept_keys(word: str) -> set[str]:
    """The forms under which a word meets the vocabulary: itself, and its longer stems."""
    return {word} | {stem for stem in stems(word) if len(stem) >= MIN_CONCEPT_STEM}


# A month's or a weekday's name meets its idea only as itself or its plural: "março" is
# March, but "marca", "marcou" and "marcos" (a brand, a goal, a landmark) share its stem, as
# "quarto" (a bedroom) shares "quarta"'s and "Agostinho" "agosto"'s
_CALENDAR = frozenset("january february march april june july august september october "
                      "november december monday tuesday wednesday thursday friday saturday "
                      "sunday".split())


def _concept_map() -> dict[str, frozenset[int]]:
    mapping: dict[str, set[int]] = {}
    for group_id, group in enumerate(GROUPS):
        calendar = not _CALENDAR.isdisjoint(group)
        for word in group:
            folded = _fold_word(word)
            for key in ({folded, folded + "s"} if calendar else _concept_keys(folded)):
                mapping.setdefault(key, set()).add(group_id)
    return {k: frozenset(v) for k, v in mapping.items()}


_CONCEPTS = _concept_map()


def _listed_concepts() -> dict[str, frozenset[int]]:
    """The ideas of each word the vocabulary lists, under the word itself only."""
    listed: dict[str, set[int]] = {}
    for group_id, group in enumerate(GROUPS):
        for word in group:
            listed.setdefault(_fold_word(word), set()).add(group_id)
    return {word: frozenset(ideas) for word, ideas in listed.items()}


_LISTED_CONCEPTS = _listed_concepts()
# (and not through a stem of another word: "Agostinho" is no August)
_CALENDAR_IDS = frozenset(group_id for group_id, group in enumerate(GROUPS)
                          if not _CALENDAR.isdisjoint(group))

# The regular past, imperfect and gerund endings of a Portuguese verb, by its infinitive's
# (not the present: "cobra" is a snake before it charges, "casa" a house)
_CONJUGATIONS = {"ar": ("ou", "aram", "ava", "avam", "ei", "amos", "ando"),
                 "er": ("eu", "eram", "ia", "iam", "emos", "endo"),
                 "ir": ("iu", "iram", "ia", "iam", "imos", "indo")}


def _conjugated_concepts() -> dict[str, frozenset[int]]:
    """The ideas of the vocabulary's verbs, under their forms it does not list ("mudaram",
    "rezava", "viajaram"): each infinitive of five letters or more, conjugated."""
    found: dict[str, set[int]] = {}
    for key, ideas in _CONCEPTS.items():
        if len(key) >= 5 and key[-2:] in _CONJUGATIONS and key.isalpha():
            for ending in _CONJUGATIONS[key[-2:]]:
                form = key[:-2] + ending
                if form not in _CONCEPTS:
                    found.setdefault(form, set()).update(ideas)
    return {form: frozenset(ideas) for form, ideas in found.items()}


_CONJUGATED_CONCEPTS = _conjugated_concepts()


# Decades as people say them: "anos 60", "década de 1960", "the sixties", "the 60s", "1960s".
_DECADE_NUMBERS = {"vinte": "2", "trinta": "3", "quarenta": "4", "cinquenta": "5",
                   "sessenta": "6", "setenta": "7", "oitenta": "8", "noventa": "9",
                   "twenties": "2", "thirties": "3", "forties": "4", "fifties": "5",
                   "sixties": "6", "seventies": "7", "eighties": "8", "nineties": "9"}
DECADE = re.compile(
    r"\b(?:anos|d[eé]cada(?:\s+de)?)\s+(?P<pt>(?:19|20)?[1-9]0|(?:19|20)00|vinte|trinta|"
    r"quarenta|cinquenta|sessenta|setenta|oitenta|noventa)\b"
    r"|\b(?P<en>(?:19|20)?[1-9]0|(?:19|20)00)'?s\b"
    r"|\b(?:the\s+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties)\b", re.IGNORECASE)
# The same, for casefolded text: no IGNORECASE, and a look at each position's first letter
# before the alternatives are tried (three times faster; a build reads every memory with it).
_DECADE_FOLDED = re.compile(r"(?=[adtfsen0-9])(?:" + DECADE.pattern + ")")
_YEAR = re.compile(r"^(19|20)\d\d$")
_SHORT_YEAR = re.compile(r"^[2-9]\d$")


# What every decade expression holds, as a pattern that starts with a word to look for: "anos"
# is in most Portuguese memories ("tinha 10 anos"), a decade only before a number.
_DECADE_HINT = re.compile(r"anos\s+[1-9vtqcson]|[eé]cada|0'?s\b|ties\b")


def decades(text: str, folded: bool = False) -> list[str]:
    """The decade terms of a text's decade expressions ("anos 60" -> "d:196"); `folded`: the
    text is casefolded already."""
    lowered = text if folded else text.casefold()
    # Most texts hold none: substring checks (C speed), then the short hint, spare them the
    # whole pattern.
    if not ("anos" in lowered or "cada" in lowered or "ties" in lowered or "0s" in lowered
            or "0's" in lowered) or _DECADE_HINT.search(lowered) is None:
        return []
    found = []
    for match in _DECADE_FOLDED.finditer(lowered):
        said = (match.group("pt") or match.group("en") or match.group("word")).lower()
        if said in _DECADE_NUMBERS:
            found.append(f"d:19{_DECADE_NUMBERS[said]}")
        elif len(said) == 4:
            found.append(f"d:{said[:3]}")
        else:  # "anos 60": the twentieth century's, as a family means it
            found.append(f"d:19{said[0]}")
    return found


def _own_short_stem(stem: str, word: str) -> bool:
    """Whether a short stem is the word itself or the word less its last vowel ("padre":
    "padr", the only term "padre" is indexed by): a stem the word did not lose a suffix to
    ("tremer": "trem", a train) stands for other words too."""
    return stem == word or (len(stem) >= 4 and len(word) == len(stem) + 1
                            and word.startswith(stem) and word[-1] in "aeo")


@lru_cache(maxsize=100_000)
def terms(word: str) -> tuple[tuple[str, float], ...]:
    """The weighted index terms of one folded word: its stems (sharing one unit of weight, so
    a word counts once whichever language's stem matches), the ideas it belongs to, and for
    a year its decade (half a unit: "1965" is in "os anos 60")."""
    if word in STOP_FOLDED or len(word) < 2 and not word.isdigit():
        return ()
    if _YEAR.match(word):
        return ((f"s:{word}", 1.0), (f"d:{word[:3]}", 0.5))
    concepts: set[int] = set()
    for key in _concept_keys(word):
        concepts |= _CONCEPTS.get(key, frozenset()) - (_CALENDAR_IDS if key != word else set())
    if word in STEM_STRANGERS:
        concepts = set(_LISTED_CONCEPTS.get(word, ()))  # not the ideas its stem is a key of
    if not concepts:
        # a verb's forms the vocabulary does not list are its infinitive's ("mudaram" is
        # "mudar", a move, as "mudou" and "mudança" are)
        concepts = set(_CONJUGATED_CONCEPTS.get(word, ()))
    word_stems = stems(PAST_FORMS.get(word, word))
    if word in AMBIGUOUS_PASTS:
        word_stems = tuple(dict.fromkeys((*word_stems, *stems(AMBIGUOUS_PASTS[word]))))
    if word in COMPARED:
        word_stems = tuple(dict.fromkeys((*word_stems, *(
            stem for plain in COMPARED[word] for stem in stems(plain)))))
    if concepts:
        # A stem too short to tell words apart ("casou" and "casa" both give "cas") is left
        # out where the word's ideas say what it means: "casou" meets "casamento" through
        # its idea, and no longer every house.
        word_stems = tuple(s for s in word_stems
                           if len(s) >= MIN_CONCEPT_STEM or s == word) or word_stems
    if not concepts.isdisjoint(_CALENDAR_IDS):
        # a month's or a weekday's name is matched whole, not by the stem it shares with
        # other words ("marc" of "março" and "marca")
        whole = len(word) - 1 if word.endswith("s") else len(word)
        word_stems = tuple(s for s in word_stems if len(s) >= whole) or word_stems
    found = [(f"s:{s}", 1.0 / len(word_stems)) for s in word_stems]
    found += [(f"c:{c}", 1.0) for c in sorted(concepts)]
    return tuple(found)


TRANSLATION_WEIGHT = 0.5  # a word's translation or synonym counts less than the word itself
MAX_EXPANSIONS = 4
MIN_EXPANSION_STEM = 5  # shorter stems of a translation or synonym collide with other words


@lru_cache(maxsize=100_000)
def query_terms(word: str) -> tuple[tuple[str, float], ...]:
    """A question word's index terms, widened to its translations in the other language and
    its closest synonyms (bilingual lexicon, docs/licences.md), so "soap opera" meets
    "novela" and "dirigindo" meets "motorista"."""
    return tuple((term, weight) for term, weight, _ in credited_terms(word))


SYNONYM_CREDIT = 0.5  # what meeting a question word only through a synonym says it was answered
KIND_CREDIT = 1.0  # a kelpie is a dog: met through its kind, the word is answered
# Rome is in Europe, but a memory that names Rome need not have been there ("quem tem boca vai
# a Roma"): met through a place it holds, a place asked of is half answered, as by a synonym
PLACE_CREDIT = 0.5


def _base_word(word: str) -> str:
    """"drove": "drive", not a herd; "cachorrinha": a "cachorra", whose kinds a pinscher is."""
    return PAST_FORMS.get(word) or VERB_FORMS.get(word) or next(iter(variants(word)), word)


def _places_within(head: str) -> list[str]:
    """The places a place holds, two levels down: a continent's countries and what each
    country holds ("europe": "spain", then "madrid"); a country's regions, cities, islands and
    sights ("italy": "rome", "capri")."""
    from chalicelib.persona import lexicon
    held = list(lexicon.places(head))
    return list(dict.fromkeys([*held, *(place for country in held
                                        for place in lexicon.places(country))]))


@lru_cache(maxsize=8192)
def kind_terms(word: str) -> tuple[tuple[str, float, float], ...]:
    """The terms of the things a word names by their kind, with their weights: "did you have a
    dog?" answered by "Nan's kelpie, Rusty", for the word, its singular ("any pets?") or its
    translation ("cachorro": dog); and a region's countries ("did you ever go to Europe?"
    answered by "the trip to Poland", "did you go to Italy?" by "the week in Rome"), each by
    its word's longest stems only ("Polônia", not any "polo"). The word's own terms are not
    among them."""
    from chalicelib.persona import lexicon
    base = _base_word(word)
    heads = dict.fromkeys((base, *lexicon.base_forms(base, None)[:1],
                           *lexicon.translations(base)[:MAX_EXPANSIONS]))
    seen = {t for t, _ in terms(word)}
    found: list[tuple[str, float, float]] = []
    for head in heads:
        for kind in lexicon.kinds(head):
            for term, weight in terms(kind):
                if term.startswith("s:") and term not in seen and (
                        len(term) >= 2 + MIN_EXPANSION_STEM or term[2:] == kind):
                    seen.add(term)
                    found.append((term, weight, KIND_CREDIT))
        for place in _places_within(head):
            said = [(term, weight) for term, weight in terms(place) if term.startswith("s:")]
            longest = max((len(term) for term, _ in said), default=0)
            for term, weight in said:
                if term not in seen and len(term) == longest:
                    seen.add(term)
                    found.append((term, weight, PLACE_CREDIT))
    return tuple(found)


# Portuguese words of the vocabulary's ideas spelled as English words of another meaning:
# "time" is a team in Portuguese and time in English, "gripe" the flu and a complaint. In
# English they say none of those ideas.
FALSE_FRIENDS = frozenset({"time", "gripe"})


@lru_cache(maxsize=8192)
def credited_terms(word: str, language: str | None = None) -> tuple[tuple[str, float, float], ...]:
    """`query_terms` with each term's credit: how fully a memory holding it answers the word.
    The word's own forms and its translations (the same word in the other language) answer it
    fully; a same-language synonym from the thesaurus only half ("padrinho" is not "padre").
    With the question's `language` ("pt", "en"), a word that language's dictionary lists is
    read as that language's word: Portuguese "time" is a team, never English "time"."""
    own = terms(word)
    if language == "en" and word in FALSE_FRIENDS:
        own = tuple((t, w) for t, w in own if not t.startswith("c:"))
    if not own or _YEAR.match(word):
        return tuple((t, w, 1.0) for t, w in own if not t.startswith("d:"))  # that very year
    if _SHORT_YEAR.match(word):  # "em 63", "in '63": the year people mean, at half weight
        return tuple((t, w, 1.0) for t, w in own) + \
            ((f"s:19{word}", TRANSLATION_WEIGHT, 1.0),)
    from chalicelib.persona import lexicon
    seen = {t for t, _ in own}
    wider: list[tuple[str, float, float]] = []
    base = _base_word(word)
    said_in: Any = language if language in ("pt", "en") else None
    own_language = lexicon.translations(base, said_in) if said_in else ()
    if own_language:
        translated, alike = own_language, lexicon.synonyms(base, said_in)
    else:
        translated, alike = lexicon.translations(base), lexicon.synonyms(base)
    if own_language:
        # a translation spelled as another word of the question's own language is that word
        # in a memory in that language: English "team" is Portuguese "time", but "time" in an
        # English memory ("kept time") is no team
        translated = tuple(other for other in translated
                           if other == base or not lexicon.translations(other, said_in))
    for others, credit in ((translated[:MAX_EXPANSIONS], 1.0),
                           (alike[:MAX_EXPANSIONS], SYNONYM_CREDIT)):
        for other in others:
            for term, weight in terms(other):
                # An expansion brings its own word, not what its short stem collides with:
                # "dançar"'s synonym "tremer" must not bring "trem" (a train) and its ideas.
                if term.startswith("c:") or (len(term) < 2 + MIN_EXPANSION_STEM
                                             and not _own_short_stem(term[2:], other)):
                    continue
                if term not in seen:
                    seen.add(term)
                    wider.append((term, weight * TRANSLATION_WEIGHT, credit))
    for term, weight, credit in kind_terms(word):
        if term not in seen:
            seen.add(term)
            wider.append((term, weight * TRANSLATION_WEIGHT, credit))
    return tuple((t, w, 1.0) for t, w in own) + tuple(wider)


def analyse(text: str) -> list[tuple[str, float]]:
    """Every weighted index term of a text, in order, repeated as often as it occurs."""
    out: list[tuple[str, float]] = []
    for word in words(text):
        out.extend(terms(word))
    return out
