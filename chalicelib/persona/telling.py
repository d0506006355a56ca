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
    "i my we our ours today yesterday tonight finally just guess".split())
# ...and two words that do together ("a gente foi", "we've")
_OPENING_PAIRS = frozenset({("a", "gente"), ("we", "ve"), ("we", "re"), ("we", "ll")})
# Words and phrases that ask however the message opens ("eu queria saber onde...", "I want
# to know where..."), and question words up front
_ASKS = lazy(r"\b(queria|quero|quis|gostaria de|gostava de) (saber|perguntar|ouvir)\b|"
             r"\bme (conta|conte|fala|fale|diz|diga|explica)\b|\bconta pra mim\b|"
             r"\bcurios[oa]\b|\bcurious\b|\bwonder(ing|ed)?\b|\btell me\b|\bexplain\b|"
             r"\b(want|wants|like|love|wanted|need|needs) to (know|ask|hear)\b|"
             r"\b(do|did|were|are|can|could|would) you\b|"
             r"\b(voce|vc|o senhor|a senhora) (lembra|sabe)\b|\blembra\b|"
             # someone else asking through the visitor ("minha filha quer saber...", "meu
             # filho perguntou...", "my mum says you were a nurse, is that true")
             r"\b(quer|querem|queria) saber\b|\bpergunt(ou|a|aram|ar)\b|\basked\b|"
             r"\b(e|eh) verdade\b|\bis (that|it) true\b|\btenho uma pergunta\b|"
             r"\b(acho|achava) que (a senhora|o senhor|voce|vc)\b|\bi think you\b|"
             # "eu esqueci onde...", "i can't remember the name of your dog": a question told
             # as a telling
             r"\b(esqueci|nao sei|nao lembro|nunca soube|forgot|don t know|do not know|"
             r"don t remember|can t remember|cannot remember|never knew)\b|"
             # a question word before the persona ("eu tava pensando onde a senhora nasceu",
             # "I've been thinking about where you grew up")
             r"\b(quem|qual|onde|quando|como|quanto|quantos) (a senhora|o senhor)\b|"
             r"\b(where|what|when|how) (you|u) (were|was|grew|lived|worked|met|did|used)\b|"
             # a question word said last ("meu pai nasceu onde")
             r"\b(quem|qual|onde|quando|que)$|"
             # "...morreu de quê", "...trabalhava com o quê", "em que ano", "in which town"
             r"\b(com|pra|para|por|em|com o) (que|quem)\b|\bde (que|quem)$|\bin which\b|"
             r"^(que|oque|como)\b")
# ... and a clause that opens with a question word ("our family is big, how many kids did
# you have"), read on the message as written, its commas kept
_CLAUSE_ASKS = lazy(r"[,;:] ?(\w+ )?(quem|qual|quais|onde|quando|quanto|quantos|quantas|cade|"
                    r"what|which|where|when|who|why|how)\b")
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
_TO_THE_PERSONA = frozenset("voce vc tu senhora senhor seu sua teu tua you your "
                            # ... or spoken of, as a grandparent most often is ("o vô ficou
                            # triste quando a vó morreu"); a parent may be the visitor's own
                            "vo vovo avo grandma grandpa granny gran nana nan nanna "
                            "grandad granddad granda".split())

_OWN_LOSS = lazy(r"\b(my|our|minha|meu|nossa|nosso|minhas|meus) \w+( \w+)? (died|passed|"
                r"morreu|faleceu|partiu|se foi)\b")
# The mood of a telling. Relief comes first ("a cirurgia foi um sucesso", "I'm cancer free"),
# then sorrow said plainly (a death, an illness, a loss), then good news unless it is negated
# ("não fui aprovado", "I never got the job") or undone ("o bebê nasceu morto"), then the
# places and words of sorrow that good news also passes through ("a bebê nasceu no hospital").
_RELIEF = lazy(
    r"\b(sucesso|success|successful|venci|vencemos|cancer free|beat (the )?cancer|"
    r"(sai|saiu|tive alta|teve alta|recebi alta|recebeu alta)( do hospital)?|"
    r"discharged|recuperad\w*|recovered|not sad anymore|nao (estou|to) mais trist\w*|"
    r"(to|estou|ta|esta|is|i m|feeling) (bem )?melhor|feeling better|getting better|"
    r"chorei de rir|cried laughing)\b")
_SAD = lazy(
    r"\b(trist\w*|chor(ei|ando|o|ar|ou|amos|aram|ava|avam|ona)|sozinh\w*|solidao|vazi[oa]|"
    r"medo|assustad\w*|doente|doenca|morreu|morreram|morto|morta|faleceu|falecimento|"
    r"perdi|perda|se foi|partiu|enterro|enterramos|velorio|luto|funeral|buried|"
    r"dificil|cansad\w*|exaust\w*|ansios\w*|ansiedade|deprimid\w*|depressao|to mal|"
    r"estou mal|passei mal|pior|brig(a|as|ou|uei|amos|aram|ando|ado|ada|ados|adas)|"
    r"separ(ei|amos|acao|ados)|divorci\w*|demitid\w*|desempregad\w*|dor|doi|doendo|"
    r"preocupad\w*|angusti\w*|sofr\w*|nervos\w*|reprov\w*|bombei|atropelad\w*|"
    r"acidente|aborto|arrasad\w*|sem chao|abandon\w*|terminou comigo|me deixou|"
    r"nao aguento|ninguem me|sumir|desaparecer|desistir|"
    r"sad|sadness|unhappy|cry|cried|crying|lonely|alone|empty|scared|afraid|frightened|"
    r"worried|anxious|anxiety|depressed|sick|died|dead|passed away|passed on|gone|lost|"
    r"passed (last|today|yesterday|this|peacefully|in (his|her|my|their) sleep)|passed$|"
    r"(is|was|s|has been|been|were|are) (so |really |very |pretty |too )?(hard|tough)"
    r"(?! work)|hard (time|day|week|year)|tired|exhausted|awful|"
    r"terrible|worse|fight|fought|divorce\w*|broke up|dumped|fired|laid off|failed|"
    r"hurts?|pain|grief|grieving|stressed|struggling|devastated|heartbroken|miscarriage|"
    r"stillborn|born sleeping|accident|nobody|disappear|give up|gave up)\b")
_PLACES_OF_SORROW = lazy(r"\b(hospital|internad\w*|uti|cirurgia|cancer|surgery|stroke|derrame|"
                         r"avc|infarto|heart attack)\b")
_GLAD = lazy(
    r"\b(passei (no|na|em) (vestibular|prova|exame|concurso|enem|faculdade|entrevista|"
    r"teste|residencia|oab|mestrado|doutorado)|consegui|formei|formatura|nasceu|nasceram|"
    r"gravida|bebe a caminho|vou ser (mae|pai|avo|tia|tio|madrinha|padrinho)|casei|"
    r"noivei|noiv[oa]|emprego novo|novo emprego|promovid\w*|promocao|aprovad\w*|ganhei|"
    r"feliz|alegria|contente|orgulho\w*|"
    r"passed (my |the |a |an |his |her |our )?(driving |bar |final |entrance )?(test|"
    r"exam|exams|course|class|interview|boards)|graduated|(got|get) the job|new job|hired|"
    r"promoted|promotion|engaged|married|pregnant|expecting|having a baby|"
    r"going to be an? (mom|mum|dad|grandma|grandpa|aunt|auntie|uncle)|was born|were born|"
    r"won(?! t)|happy|excited|proud|got into (college|uni|university|med school|law school)|"
    r"got accepted|"
    r"got (my|our) (license|licence|degree|diploma|visa|citizenship|first)|"
    r"tirei (a |minha )?(carteira|carta|cnh)|"
    # a child named for the one remembered ("i named my son after you", "a bebê vai ter o
    # nome da senhora")
    r"named (my|our|the) \w+ after you|"
    r"(vai ter|tem|ganhou|vai se chamar) o (seu|teu) nome|"
    r"(vai ter|tem|ganhou) o nome (da senhora|do senhor|de voce))\b")
# a negation just before good news undoes it ("não fui aprovado", "I'm not happy", "nunca
# mais fui feliz", "I never got the job")
_NEGATED = lazy(r"\b(nao|nunca|not|never|no|nem|t)( \w+){0,2} $")


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
    if not tokens or _ASKS.search(" ".join(tokens)) or _CLAUSE_ASKS.search(fold(message)):
        return False
    first = tokens[0]
    if first in _ASKING_VERBS or (first not in _OPENERS
                                  and _QUESTION_WORDS.intersection(tokens[:4])):
        return False
    if (first in _OPENERS or tuple(tokens[:2]) in _OPENING_PAIRS
            or _FIRST_PERSON_PAST.match(first) or _WHEN_TOLD.match(" ".join(tokens))):
        return True
    # a death of one's own people told, whatever words of love come first ("miss you nana, my
    # mum died last week")
    if _OWN_LOSS.search(" ".join(tokens)):
        return True
    # a sorrow or good news told of someone else ("a mãe tá doente de novo", "the house is
    # so empty"), not asked of the persona
    return mood(message) != "plain" and not _TO_THE_PERSONA.intersection(tokens[:3])


def mood(message: str) -> str:
    """"sad", "glad" or "plain": how a telling is told, for the words that answer it."""
    folded = " ".join(fold(w) for w in words(message))
    if _RELIEF.search(folded):
        return "glad"
    if _SAD.search(folded):
        return "sad"
    glad = [found for found in _GLAD.finditer(folded)
            if not _NEGATED.search(folded[:found.start()])]
    if glad:
        return "glad"
    if _GLAD.search(folded) or _PLACES_OF_SORROW.search(folded):
        return "sad"  # only negated good news, or a hospital with no good news in it
    return "plain"
