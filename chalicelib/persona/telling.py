"""What a visitor tells rather than asks ("passei no vestibular!", "hoje fiz o seu bolo de
fubá", "mum's in hospital again"), and the mood it is told in: a grief product answers news
and feelings as such, never with the memory whose words happen to come closest."""
from __future__ import annotations

from chalicelib.persona.patterns import lazy
from chalicelib.persona.retrieval import ADDRESS_WORDS
from chalicelib.persona.text import fold, words

# Words that open a telling: the visitor themself ("eu", "tô", "I", "my"), a day ("hoje",
# "yesterday"), or a verb said in the first person ("passei", "fiz", "sonhei", "consegui")
_OPENERS = frozenset(
    "eu to tou estou tava estava estive fiz fui tive vi dei disse trouxe pus quis pude soube "
    "sinto acho ando fico fiquei tenho meu minha meus minhas nosso nossa hoje hj ontem "
    "anteontem finalmente "
    "i im ive ill id my we our ours today yesterday tonight finally just guess".split())
# ...and two words that do together ("a gente foi", "we've")
_OPENING_PAIRS = frozenset({("a", "gente"), ("we", "ve"), ("we", "re"), ("we", "ll")})
# Words and phrases that ask however the message opens ("eu queria saber onde...", "I want
# to know where..."), and question words up front
_ASKS = lazy(r"\b(queria|quero|quis|gostaria de|gostava de) (saber|perguntar|ouvir)\b|"
             r"\bme (conta|conte|fala|fale|diz|diga|explica)\b|\bconta pra mim\b|"
             r"\bcurios[oa]\b|\bcurious\b|\bwonder(ing)?\b|\btell me\b|\bexplain\b|"
             r"\b(want|like|love|wanted) to (know|ask|hear)\b|\bdo you (know|remember)\b|"
             r"\b(voce|vc|o senhor|a senhora) (lembra|sabe)\b|"
             # "eu esqueci onde...", "i forgot how old...": a question told as a telling
             r"\b(esqueci|nao sei|nao lembro|nunca soube|forgot|don t know|do not know|"
             r"don t remember|never knew)\b.*\b(quem|qual|onde|quando|como|porque|quanto|"
             r"quantos|que|what|which|where|when|who|why|how)\b|"
             # "...morreu de quê", "...casou com quem"
             r"\b(de|do|da|com|pra|para|por|em) (que|quem)$|"
             r"^(que|oque|como)\b")
# Question words early in a message not opened by a telling ("paw paw how old was he")
_QUESTION_WORDS = frozenset("quem qual quais onde aonde quando porque pq quanto quanta quantos "
                            "quantas cade what which where when who whom whose why how".split())
# ...and the verbs a question opens with ("were you sad when grandpa died", "foi difícil?")
_ASKING_VERBS = frozenset("did do does was were is are can could would will have has had "
                          "tinha teve era foi sabe lembra lembras".split())
# A first-person past in -ei ("passei", "sonhei", "comprei"), said up front
_FIRST_PERSON_PAST = lazy(r"^[a-z]{2,}ei$")
# ...or a time past, up front ("ano passado eu...", "the other day I...")
_WHEN_TOLD = lazy(r"^((ano|mes|semana|domingo|sabado) passad[oa]|outro dia|esses dias|"
                  r"de manha|hoje cedo|essa semana|nesse fim de semana|"
                  r"(last|this) (year|month|week|weekend|morning|night|summer|winter|christmas)|"
                  r"the other day|earlier today)\b")
# The persona spoken to, early in a message: "a senhora ficou triste quando..." asks even
# without its question mark, however sad its words
_TO_THE_PERSONA = frozenset("voce vc tu senhora senhor seu sua teu tua you your".split())

# The mood of a telling. Sad comes before glad: "não passei" is not good news.
_SAD = lazy(
    r"\b(trist\w*|chor\w*|sozinh\w*|solidao|vazi[oa]|medo|assustad\w*|doente|doenca|"
    r"hospital|internad\w*|uti|cirurgia|cancer|morreu|faleceu|perdi|perda|dificil|"
    r"cansad\w*|exaust\w*|ansios\w*|ansiedade|deprimid\w*|depressao|to mal|estou mal|"
    r"pior|brigu?\w*|separ(ei|amos|acao|ados)|divorci\w*|demitid\w*|desempregad\w*|luto|"
    r"dor|doi|doendo|preocupad\w*|angusti\w*|sofr\w*|nervos\w*|reprov\w*|bombei|"
    r"nao passei|nao consegui|nao aguento|ninguem me|sumir|desaparecer|desistir|"
    r"sad|sadness|unhappy|cry|cried|crying|lonely|alone|empty|scared|afraid|frightened|"
    r"worried|anxious|anxiety|depressed|sick|ill|surgery|died|passed away|lost|"
    r"(so|really|very|been|was|is|s|too|pretty|quite|a) (hard|tough)|"
    r"hard (time|day|week|year)|tired|exhausted|awful|terrible|worse|fight|fought|"
    r"divorce\w*|broke up|fired|laid off|failed|hurts?|pain|grief|grieving|stressed|"
    r"struggling|didn t pass|did not pass|nobody|disappear|give up|gave up)\b")
_GLAD = lazy(
    r"\b(passei (no|na|em) (vestibular|prova|exame|concurso|enem|faculdade|entrevista|"
    r"teste|residencia|oab|mestrado|doutorado)|consegui|formei|formatura|nasceu|nasceram|"
    r"gravida|bebe a caminho|vou ser (mae|pai|avo|tia|tio|madrinha|padrinho)|casei|"
    r"noivei|noiv[oa]|emprego novo|novo emprego|promovid\w*|promocao|aprovad\w*|ganhei|"
    r"feliz|alegria|contente|orgulho\w*|"
    r"passed|graduated|got the job|new job|hired|promoted|promotion|engaged|married|"
    r"pregnant|expecting|having a baby|"
    r"going to be an? (mom|mum|dad|grandma|grandpa|aunt|auntie|uncle)|was born|were born|"
    r"won(?! t)|happy|excited|proud|got into|accepted|"
    r"got (my|our) (license|licence|degree|diploma|visa|citizenship|first)|"
    r"tirei (a |minha )?(carteira|carta|cnh)|"
    # a child named for the one remembered ("i named my son after you", "a bebê vai ter o
    # nome da senhora")
    r"named (my|our|the) \w+ after you|"
    r"(vai ter|tem|ganhou|vai se chamar) o (seu|teu) nome|"
    r"(vai ter|tem|ganhou) o nome (da senhora|do senhor|de voce))\b")


def _opening(message: str) -> list[str]:
    """The message's words, folded, from the first that is not a greeting or a name that
    calls the persona."""
    tokens = [fold(w) for w in words(message)]
    calls = ADDRESS_WORDS | {"oi", "ola", "hi", "hello", "hey", "olha", "look", "so", "entao",
                             "e", "and", "ah", "oh"}
    start = 0
    while start < len(tokens) and tokens[start] in calls:
        start += 1
    return tokens[start:]


def tells(message: str) -> bool:
    """True when the message plainly tells something and asks nothing: no question mark, no
    question word or request, and opened by the visitor, a day or a verb in the first person,
    or sorrow or good news not said to the persona."""
    if "?" in message:
        return False
    tokens = _opening(message)
    if not tokens or _ASKS.search(" ".join(tokens)):
        return False
    first = tokens[0]
    if first in _ASKING_VERBS or (first not in _OPENERS
                                  and _QUESTION_WORDS.intersection(tokens[:4])):
        return False
    if (first in _OPENERS or tuple(tokens[:2]) in _OPENING_PAIRS
            or _FIRST_PERSON_PAST.match(first) or _WHEN_TOLD.match(" ".join(tokens))):
        return True
    # a sorrow or good news told of someone else ("a mãe tá doente de novo", "the house is
    # so empty"), not asked of the persona
    return mood(message) != "plain" and not _TO_THE_PERSONA.intersection(tokens[:3])


def mood(message: str) -> str:
    """"sad", "glad" or "plain": how a telling is told, for the words that answer it."""
    folded = " ".join(fold(w) for w in words(message))
    if _SAD.search(folded):
        return "sad"
    if _GLAD.search(folded):
        return "glad"
    return "plain"
