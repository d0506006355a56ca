"""Which of the two languages a visitor wrote in: Brazilian Portuguese or English.

Cheap and local: function words, chat shorthand and the letters only Portuguese uses. A short
or neutral message ("ok", "Maria?") says nothing, and the caller's fallback (the language the
conversation was opened in) stands.
"""
from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("pt-BR", "en")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Words common in one language and rare in the other (folded: no accents, lower case). Shared
# spellings ("a", "me", "no", "do", "are"...) are left out on purpose: they vote for neither.
_PORTUGUESE = frozenset("""
o os as um uma uns umas de da das dos em na nas nos num numa ao aos pra pro para por pelo pela
que q e eh era foi sao seu sua seus suas meu minha meus minhas voce vc voces vcs eu ele ela eles
elas nao n sim tambem tb tbm muito muita quando onde quem qual quais como porque pq por que entao
isso esse essa este esta aquele aquela tudo td nada hoje hj ontem agora ainda mesmo msm aqui ali
la tinha teve fez fazia gostava gosta lembra lembro lembrar conta conte fala fale sobre
avo avos mae pai tio tia neto neta filho filha oi ola tchau obrigado obrigada
valeu bom boa dia noite tarde saudade saudades amo beijo beijos sinto falta casou casamento
nasceu trabalhou morava morou comida favorita favorito preferido preferida nome chamava cidade
ano anos depois antes com sem mais menos ja blz vlw kkk kkkk rs sera estava estavam ficou ficava
quanto quanta quantos quantas senhora senhor vou vai quero queria estou sou sei ninguem ngm mt
mto dnv tava
""".split())
_ENGLISH = frozenset("""
the an of in on at to for with from by is was were are be been being it its this that these
those what where when who whom whose why how which did does done have has had my your his her
our their i you he she we they him us them and but or not yes if then than there here
about into over after before tell remember remembers grandma grandpa granny grandmother
grandfather mom dad mum mother father uncle aunt hi hello hey bye goodbye thanks thank please
love miss missed favorite favourite name called city year years first born married work worked
job live lived used would could should will can any some very really just also too
im ive dont cant wont didnt doesnt isnt wasnt gonna wanna gotta theres ur u wld cuz lol omg
again still never always everyone everything nothing
""".split())
# Letters that English never uses and Portuguese uses all the time.
_PORTUGUESE_LETTERS = frozenset("ãõçâêôáéíóúà")
# What a grandchild calls a Brazilian grandparent in any language ("Vô, what was Vó Nena's
# maiden name?"): a name, not a sign of the language the message is in.
_ADDRESS = frozenset("vo vovo vozinha vozinho vovozinha vovozinho".split())


# "tô" typed without its accent, before a gerund: "to indo", "to me sentindo"
_TO_GERUND = re.compile(r"\s+(?:(?:me|te|se)\s+)?[^\W\d_]+ndo\b", re.UNICODE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def scores(text: str) -> tuple[float, float]:
    """(Portuguese, English) evidence in a text. Names say nothing of it: a word written with a
    capital ("Sérgio", "São Paulo") counts neither its words nor its letters, unless it opens
    a sentence as any word does ("Você", "Então"), and "vó"/"vô" are names in both."""
    portuguese = english = 0.0
    letters = [ch for ch in text if ch.isalpha()]
    capitals_say = sum(ch.isupper() for ch in letters) <= len(letters) / 2  # not all shouted
    for match in _WORD.finditer(text):
        word = match.group()
        folded = _fold(word)
        if folded in _ADDRESS:
            continue
        if (capitals_say and len(word) > 1 and word[0].isupper()
                and not _opens_sentence(text, match.start())):
            continue
        portuguese += sum(0.75 for ch in word.casefold() if ch in _PORTUGUESE_LETTERS)
        in_pt, in_en = folded in _PORTUGUESE, folded in _ENGLISH
        if folded == "to" and _TO_GERUND.match(text, match.end()):
            in_pt, in_en = True, False  # "to indo", "tô me cortando": "estou"
        if in_pt and not in_en:
            portuguese += 1.0
        elif in_en and not in_pt:
            english += 1.0
    return portuguese, english


def _listed_words(text: str) -> tuple[float, float]:
    """Half a vote for each lower-case word of three letters or more that the dictionaries
    list in one language only (`persona/lexicon.py`, read on first use), in a message of three
    words or more."""
    from chalicelib.persona import lexicon

    portuguese = english = 0.0
    for match in _WORD.finditer(text):
        word = match.group()
        folded = _fold(word)
        if (len(folded) < 3 or not word.islower() or folded in _PORTUGUESE
                or folded in _ENGLISH or folded in _ADDRESS):
            continue
        in_pt = bool(lexicon.translations(folded, "pt"))
        in_en = bool(lexicon.translations(folded, "en"))
        if in_pt != in_en:
            portuguese += 0.5 * in_pt
            english += 0.5 * in_en
    return portuguese, english


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".?!:;\"“(,"


def decided(text: str) -> str | None:
    """The language a text is written in ("pt-BR", "en"), or None when it does not say. When
    the common words do not decide, the dictionaries do: a word only Portuguese dictionaries
    list ("custou", "perua") is half a vote ("vo qnto custou a perua verde?")."""
    portuguese, english = scores(text)
    if abs(portuguese - english) < 1.0 and len(text.split()) >= 3:  # a word or two: no
        more_pt, more_en = _listed_words(text)
        portuguese, english = portuguese + more_pt, english + more_en
    if portuguese >= english + 1.0:
        return "pt-BR"
    if english >= portuguese + 1.0:
        return "en"
    return None


def detect(text: str, fallback: str) -> str:
    """The language a text is written in, or `fallback` when it does not say (`decided`)."""
    return decided(text) or (fallback if fallback in LANGUAGES else "en")


def from_accept_language(header: str | None) -> str | None:
    """The first of our languages that an Accept-Language header asks for, by its q order."""
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.strip().lower()))
    for _, _, tag in sorted(ranked):
        if tag.startswith("pt"):
            return "pt-BR"
        if tag.startswith("en"):
            return "en"
    return None
