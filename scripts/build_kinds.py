"""Build chalicelib/persona/data/kinds.tsv: the kinds of a few things families write about by
their kind ("Nan's kelpie, Rusty" answers "did you have a dog?"; "the sweet peas" answers
"what flowers did you grow?"); and people.txt, the kinds of person ("singer", "priest",
"nurse"), whose answer is a name.

How to run (Debian/Ubuntu, as root for the install; byte-for-byte reproducible for the same
WordNet version):

    apt-get install -y --no-install-recommends wordnet-base
    .venv/bin/python scripts/build_kinds.py            # writes the data files
    .venv/bin/python scripts/build_kinds.py --check    # rebuilds in memory, compares

Source: WordNet 3.0's noun hierarchy (wordnet-base; licence in docs/licences.md). For each
head below, every word whose most common noun sense lies under the head's first sense (its
hyponyms, at any depth, not named instances such as famous racehorses) among its two
commonest noun senses is listed: one word, letters only, at least four of them, never a
name (WordNet writes "Newfoundland" and "Pembroke" with a capital: places before breeds), and
never a word WordNet also knows as a verb, an adjective or an adverb ("bay", "launch", "mount").
people.txt lists the words under "person" the same way, verbs kept ("nurse", "cook").

Also two lists made for a question's words: "pet" (the kinds of dog and of parrot, and the
other animals a household keeps, `PETS`), and the countries of four regions ("@europe"),
each with the Portuguese names the project's lexicon translates back and forth ("Polônia").

Output: `#` header lines, then one line per head, `head<TAB>space-separated folded words`
(kinds.tsv) or one word a line (people.txt).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
OUTPUT = PROJECT / "chalicelib" / "persona" / "data" / "kinds.tsv"
# The kinds of person (people.txt): "qual cantor a senhora entrevistou?" is answered by a name
# ("o Cauby Peixoto") whether or not the memory says "cantor"
PEOPLE_OUTPUT = PROJECT / "chalicelib" / "persona" / "data" / "people.txt"
PEOPLE_HEAD = "person"
# The trades and posts (jobs.txt): "what did Aunt Bernie do for a living?" is answered by "a
# tackler", "a costureira", not by where she worked. Words whose first noun sense lies under
# one of these (a head with its sense number where the first is not the working one)
JOBS_OUTPUT = PROJECT / "chalicelib" / "persona" / "data" / "jobs.txt"
JOB_HEADS = (("worker", 0), ("professional", 0), ("employee", 0), ("serviceman", 0),
             ("official", 0), ("entertainer", 0), ("merchant", 0), ("skilled_worker", 0),
             ("clergyman", 0), ("operator", 1), ("maker", 0), ("farmer", 0), ("custodian", 0),
             ("lawman", 0), ("businessperson", 0), ("financier", 0), ("artist", 0))
# ... less the Portuguese words its translations bring that Portuguese says of other things
# ("alto" a voice and tall, "praça" a private and a square, "caixa" a cashier and a box,
# "cabo" a corporal and a cape)
NOT_JOBS = frozenset("alto maior praca cura caixa cabo mate super extra geral curto capital "
                     "heavy lovely bunny screw general lindo linda coelho cabide".split())
WORDNET = Path("/usr/share/wordnet")
# The kinds a family names a thing by: animals kept, plants grown, what one drives or sails
HEADS = ("dog", "cat", "bird", "horse", "flower", "tree", "fruit", "boat", "car", "fish",
         "sweet", "lolly", "candy", "dessert", "instrument", "fabric", "drink", "vegetable",
         "sport", "dish", "game", "meat")
# A head whose own first noun sense is not the thing families mean by it: "sweets" are
# candy and desserts (WordNet's first "sweet" is a linguist), "what instrument" asks a musical
# one, "a drink" is any beverage, "dish" a prepared one (its first sense is the crockery)
HEAD_SENSES = {"sweet": (("candy", 0), ("dessert", 0)), "lolly": (("candy", 0),),
               "instrument": (("musical_instrument", 0),), "drink": (("beverage", 0),),
               "dish": (("dish", 1),),
               # "what game did you play on the porch?": board and card games (the first
               # "game" is any contest, sports included, which "sport" already lists)
               "game": (("board_game", 0), ("card_game", 0), ("parlor_game", 0))}
# "o senhor tinha passarinho?" against "criava canários-da-terra": the birds a household keeps
# or a yard and a village know, which WordNet also knows as verbs or adjectives ("duck",
# "canary" yellow, "to chicken out") and so the rule above leaves out
BIRDS = ("canary", "parrot", "chicken", "hen", "rooster", "cockerel", "duck", "goose",
         "turkey", "swallow", "owl", "eagle", "thrush", "dove", "pigeon", "budgie", "parakeet",
         "cockatiel", "lovebird", "finch", "sparrow", "robin", "blackbird", "hummingbird")
# "que peixe o senhor pescava?" against "ia pescar traíra na represa": the fish a Brazilian
# river, dam or coast knows, which WordNet does not name (none that is also a common word or
# name: not "dourado" golden, "pintado" painted, "namorado", "pescada" fished, "Lúcio")
FISH = ("traira", "tilapia", "tucunare", "lambari", "pacu", "surubim", "tambaqui", "pirarucu",
        "corvina", "tainha", "curimbata", "jundia", "mandi", "bagre", "truta", "sardinha",
        "bacalhau", "robalo", "garoupa", "badejo", "merluza", "atum", "salmao", "cod", "pike")
# "what kind of dog was he?" against "a blue heeler named Scout": a working dog WordNet lacks
DOGS = ("heeler",)
# "de que madeira era a cama?" against "de imbuia": the timbers a joiner or a carver names,
# which WordNet files under trees (their commonest sense) or lacks (the Brazilian ones)
WOODS = ("imbuia", "peroba", "jacaranda", "ipe", "cedro", "canela", "pinho", "mogno",
         "cerejeira", "jequitiba", "freijo", "angelim", "cabreuva", "aroeira", "macaranduba",
         "sucupira", "cumaru", "jatoba", "araucaria", "carvalho", "eucalipto", "pinus",
         "compensado", "oak", "pine", "cedar", "mahogany", "teak", "walnut", "maple", "elm",
         "beech", "birch", "jarrah", "kauri", "rimu", "redwood", "spruce", "fir", "rosewood",
         "ebony", "hickory", "willow", "balsa", "plywood", "blackwood", "totara", "garapuvu",
         "guapuruvu")  # (not "ash" or "cherry", a tree's and a fruit's before a timber's)
# "que instrumento o vô tocava?" against "tocava triângulo num trio de forró": the instruments
# of Brazilian bands and rodas, and the ones WordNet files under another sense first (a
# "triangle" is a shape, "drums" a container; not "surdo" deaf, "bateria" a battery, "órgão"
# an organ of the body, "casaca" a coat)
INSTRUMENTS = ("triangulo", "triangle", "zabumba", "sanfona", "pandeiro", "cavaquinho", "viola",
               "rabeca", "berimbau", "agogo", "cuica", "atabaque", "tamborim", "gaita",
               "acordeao", "acordeon", "bandolim", "violao", "trompete", "saxofone", "clarinete",
               "flauta", "piston", "tuba", "bumbo", "bombo", "fiddle", "bagpipes", "drum",
               "drums", "violino", "violoncelo", "harpa", "teclado", "guitarra", "ukulele")
# "any pets?": the animals a household keeps (the kinds of dog, the kinds of parrot, and these
# few others WordNet files under wild kinds: its "cat" holds the lynx and the puma)
PET_HEADS = ("dog", "parrot")
PETS = ("dog", "puppy", "cat", "kitten", "kitty", "pussycat", "tomcat", "parrot", "budgie",
        "budgerigar", "parakeet", "cockatiel", "canary", "hamster", "rabbit", "bunny",
        "goldfish", "tortoise", "turtle", "ferret")
# "what car did you drive?" against "Mom drove a maroon 1978 Chevy Impala": the makes families
# name a car by, and a few models named more often than their make (the Fusca, the Kombi);
# none that is also a common word or name in either language (not Dodge, Morris, Austin,
# Mercedes, Jaguar, Impala, Gol, Uno, Corcel, Opala, Brasília, Cortina, Mustang, Beetle)
CARS = ("chevrolet", "chevy", "ford", "volkswagen", "fusca", "kombi", "fiat", "toyota",
        "honda", "nissan", "datsun", "holden", "renault", "peugeot", "citroen", "vauxhall",
        "hillman", "pontiac", "buick", "cadillac", "oldsmobile", "chrysler", "studebaker",
        "bmw", "audi", "volvo", "saab", "mazda", "subaru", "hyundai", "simca", "willys",
        "lada", "skoda", "opel", "chevette", "belina", "passat", "corolla", "camry", "hilux",
        "kingswood", "torana", "anglia")
# "what sport did you love watching?" against "Biji loved snooker": the sports families name
# that WordNet also knows as verbs (so left out of every kind, as "launch" is of boats) or
# files under a table game; not "bowls" or "squash", said far more often of dishes and a
# vegetable
SPORTS = ("golf", "cricket", "croquet", "swimming", "snooker", "billiards", "darts", "bowling",
          "curling")
# Kinds whose members are a closed set no hierarchy lists: "which side did your hearing go
# on?" against "he lost some of the hearing in his left ear", "what voice did you sing in the
# choir?" against "she sang contralto"
CLOSED = {"side": ("left", "right"),
          "voice": ("soprano", "mezzo", "alto", "contralto", "tenor", "baritone")}
# "did you ever go to Europe?" against "the trip to Poland": the countries of a continent, by
# WordNet's country classes ("Scandinavian_country" is a "European_country") or by its
# part-of links (Wales is part of the United Kingdom, part of Europe). Folded one-word heads,
# as the text's phrases fold "South America" and "América do Sul".
REGIONS = {"europe": ("Europe", "European_country"), "asia": ("Asia", "Asian_country"),
           "africa": ("Africa", "African_country"),
           "southamerica": ("South_America", "South_American_country")}
# "did you ever go to Italy?" against "the week in Rome"; "o que trouxe dos Estados Unidos?"
# against "a viagem a Orlando": the places inside a place (its cities, islands, regions and
# sights), by WordNet's part-of links at any depth (Orlando is part of Florida, part of the
# United States). A place a head holds is listed by its one-word names whose commonest noun
# sense is that place, never a name several places carry (Melbourne, Cambridge), never a word
# the dictionaries know as an ordinary word in either language ("Tours", "Porto" a harbour,
# "Recife" a reef), and never one of these names people carry, which a family writes of a
# person far more often than of the place
GIVEN_NAMES = ("florence", "nancy", "regina", "victoria", "georgia", "virginia", "carolina",
               "adelaide", "charlotte", "augusta", "austin", "lincoln", "jackson", "madison",
               "tyler", "chester", "kent", "trent", "logan", "dawson", "beverly", "shirley",
               "sydney", "savannah", "eugene", "marion", "helena", "elizabeth", "alexandria",
               "santiago", "lourdes", "fatima", "vitoria", "salvador", "denver", "dallas",
               "houston", "cleveland", "clinton", "hamilton", "wellington", "nelson", "darwin",
               "perth", "douglas", "milton", "stanley", "warren", "jordan", "chad", "israel",
               "shannon", "avon", "severn", "tyne", "clyde", "hudson", "kingston", "lourdes",
               "lorraine", "brittany", "devon", "chelsea", "tyrone", "kerry", "clare", "siena",
               "aurora", "mercedes")
# Games WordNet lists by a word a family writes far more often of something else (a country,
# a parliament, a casino, hearts, patience, a stop, the sevens, a word game's anagrams)
NOT_GAMES = ("bolivia", "parliament", "casino", "cassino", "hearts", "stops", "sevens",
             "patience", "boodle", "monte", "klondike", "anagrams", "beano", "canfield")
MIN_LETTERS = 4
SENSES = 2  # a kind among a word's two commonest noun senses ("kelpie": a water spirit, a dog)


def _synsets() -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """offset -> (words, [(pointer symbol, target offset)]) for every noun synset."""
    found = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line or line.startswith("  "):
            continue
        parts = line.split(" ")
        count = int(parts[3], 16)
        said = [parts[4 + 2 * i] for i in range(count)]
        rest = parts[4 + 2 * count:]
        pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
        found[parts[0]] = (said, pointers)
    return found


def _senses() -> dict[str, list[str]]:
    """lemma -> its noun synsets' offsets, commonest first."""
    found = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        found[parts[0]] = parts[6 + int(parts[3]):]
    return found


def _other_parts() -> set[str]:
    """Words WordNet also knows as a verb, an adjective or an adverb ("launch", "entire",
    "mount"): in a memory they are seldom the thing."""
    found = set()
    for part in ("verb", "adj", "adv"):
        for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                found.add(line.split(" ", 1)[0])
    return found


def _under(head: str, synsets: dict[str, tuple[list[str], list[tuple[str, str]]]],
           senses: dict[str, list[str]], other_parts: set[str], read: int = SENSES,
           sense: int | None = None) -> list[str]:
    """The words whose `read` commonest noun senses lie under the head's first sense (its
    `sense` when given), or the senses `HEAD_SENSES` gives it (see above); with
    `other_parts` empty, words WordNet also knows as verbs are kept ("nurse", "cook")."""
    under: set[str] = set()
    todo = [senses[lemma][number] for lemma, number in (
        ((head, sense),) if sense is not None else HEAD_SENSES.get(head, ((head, 0),)))]
    while todo:
        for symbol, target in synsets[todo.pop()][1]:
            if symbol == "~" and target not in under:  # hyponyms, not named instances
                under.add(target)
                todo.append(target)
    return sorted({w.lower() for offset in under for w in synsets[offset][0]
                   if w.isalpha() and w.islower() and len(w) >= MIN_LETTERS
                   and w != head
                   and w.lower() not in other_parts
                   and not under.isdisjoint(senses.get(w.lower(), [])[:read])})


def _countries(region: str, country_class: str,
               synsets: dict[str, tuple[list[str], list[tuple[str, str]]]],
               senses: dict[str, list[str]]) -> list[str]:
    """The one-word names of the countries of a region whose commonest noun sense is a name
    ("Turkey" is first a bird, "Japan" first the islands), in English."""
    classes = _below(senses[country_class.lower()][0], synsets)
    any_country = _below(senses["country"][0], synsets) | classes
    place = senses[region.lower()][0]
    holders = {offset: [t for symbol, t in pointers if symbol == "#p"]
               for offset, (_, pointers) in synsets.items()}

    def part_of_region(offset: str) -> bool:
        seen, todo = {offset}, [offset]
        while todo:
            for target in holders[todo.pop()]:
                if target == place:
                    return True
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return False

    found = set()
    for offset, (said, pointers) in synsets.items():
        kinds_of = {t for symbol, t in pointers if symbol == "@i"}
        if kinds_of.isdisjoint(any_country) or not (
                not kinds_of.isdisjoint(classes) or part_of_region(offset)):
            continue
        for word in said:
            folded = word.lower()
            first = senses.get(folded, [offset])[0]
            if word.isalpha() and word[0].isupper() and \
                    synsets[first][0][0][0].isupper():
                found.add(folded)
    return sorted(found)


def _below(offset: str, synsets: dict[str, tuple[list[str], list[tuple[str, str]]]]) -> set[str]:
    """A synset and its hyponyms at any depth."""
    found, todo = {offset}, [offset]
    while todo:
        for symbol, target in synsets[todo.pop()][1]:
            if symbol == "~" and target not in found:
                found.add(target)
                todo.append(target)
    return found


def _places_inside(synsets: dict[str, tuple[list[str], list[tuple[str, str]]]],
                   senses: dict[str, list[str]], other_parts: set[str]) -> dict[str, list[str]]:
    """Folded place name -> the other names of that place and the one-word names of the
    places inside it (see above), English and Portuguese both, for every place holding one. A
    name of several words is its head folded into one ("newyork", "unitedstates"), as the
    text's phrases fold it."""
    sys.path.insert(0, str(PROJECT))
    from chalicelib.persona import lexicon
    from chalicelib.persona.text import PHRASES, terms
    folded_by_phrases = {folded for folded in PHRASES.values() if folded.isalpha()}
    holds: dict[str, set[str]] = {}
    for offset, (_, pointers) in synsets.items():
        for symbol, target in pointers:
            if symbol == "#p":
                holds.setdefault(target, set()).add(offset)
            elif symbol == "%p":
                holds.setdefault(offset, set()).add(target)
    parts = {child for children in holds.values() for child in children}
    locations = _below(senses["location"][0], synsets)
    sights = locations.union(*(_below(senses[kind][0], synsets) for kind in (
        "structure", "island", "archipelago", "continent", "geological_formation",
        "body_of_water")))
    people = _below(senses["person"][0], synsets)
    bearers: dict[str, int] = {}  # a first name -> how many named people WordNet has bear it
    for said, pointers in synsets.values():
        if named_among(pointers, people):
            for first in {w.split("_")[0].lower() for w in said if "_" in w}:
                bearers[first] = bearers.get(first, 0) + 1
    given = set(GIVEN_NAMES) | {name for name, count in bearers.items() if count >= 2}

    def named(offset: str, among: set[str]) -> bool:
        """Whether a synset is a named one of these classes (Orlando a city, the Colosseum
        an amphitheatre; not a battle, a book or a geological period)."""
        return named_among(synsets[offset][1], among)

    def first_sense(word: str, offset: str) -> bool:
        return senses.get(word, [offset])[0] == offset

    def common(word: str) -> bool:
        """An English word whose commonest sense is no named thing ("harbor", "tour")."""
        first = senses.get(word, [None])[0]
        return word in other_parts or (first is not None and not any(
            symbol == "@i" for symbol, _ in synsets[first][1]))

    def ordinary(word: str) -> bool:
        """Whether the dictionaries know a name as an ordinary word too: an English one whose
        translation is one ("tours"), or a Portuguese one ("porto" a harbour, "recife" a
        reef) that is not only the place's other name ("Roma", "Lisboa")."""
        english = [back for other in lexicon.translations(word, "en")[:1]
                   for back in lexicon.translations(other, "pt")[:1]]
        portuguese = lexicon.translations(word, "pt")[:3] if lexicon.listed(word) else ()
        return any(common(other) for other in (*english, *portuguese))

    def lowercase_sense(word: str) -> bool:
        """Whether any noun sense writes the word in lowercase: a thing, not a name (the
        jersey one wears, the phoenix, providence)."""
        return any(word in synsets[offset][0] for offset in senses.get(word, ()))

    def stemmed_to_a_word(word: str) -> bool:
        """Whether the search's stem of a name is an ordinary English word: "Marche" and
        "Halle" are searched as "march" and "hall", which memories say of months and rooms."""
        stems = [term[2:] for term, _ in terms(word) if term.startswith("s:")]
        longest = max(stems, key=len, default=word)
        return longest != word and (longest in other_parts or (
            longest in senses and not named(senses[longest][0], sights | people)))

    capitals = _below(senses["national_capital"][0], synsets)
    holders: dict[str, set[str]] = {}
    for holder, children in holds.items():
        for child in children:
            holders.setdefault(child, set()).add(holder)
    groups: dict[str, list[set[str]]] = {}  # a name -> the holders of the places it names,
    for offset in parts:  # places in one holder as one (the island and the region of Sicily)
        if named(offset, sights):
            for word in synsets[offset][0]:
                said = groups.setdefault(word.lower(), [])
                meeting = [group for group in said if not group.isdisjoint(holders[offset])]
                for group in meeting:
                    said.remove(group)
                said.append(set(holders[offset]).union(*meeting))
    names_of: dict[str, list[str]] = {}  # a place inside another -> its one-word names
    for offset in parts:
        if not named(offset, sights):
            continue  # a named place or sight, not a kind of one ("key"), not a battle
        for word in synsets[offset][0]:
            folded = word.lower()
            if word.isalpha() and word[0].isupper() and len(word) >= MIN_LETTERS and \
                    folded not in other_parts and folded not in given and \
                    first_sense(folded, offset) and not ordinary(folded) and \
                    not lowercase_sense(folded) and not stemmed_to_a_word(folded) and \
                    (len(groups[folded]) == 1 or named(offset, capitals)):
                names_of.setdefault(offset, []).append(folded)
    found: dict[str, set[str]] = {}
    for offset, children in holds.items():
        inside, todo = set(), list(children)
        while todo:
            child = todo.pop()
            if child not in inside:
                inside.add(child)
                todo.extend(holds.get(child, ()))
        said = {name for child in inside for name in names_of.get(child, ())}
        if not said or not named(offset, sights):
            continue
        heads, aliases = set(), set()  # the place's names, and those a memory may say
        for word in synsets[offset][0]:
            head = "".join(c for c in word.lower() if c.isalpha())
            if head in folded_by_phrases:  # "United_States", "UK": as the text folds them
                heads.add(head)
            elif word.isalpha() and len(word) >= MIN_LETTERS and head not in other_parts \
                    and named(senses.get(head, [offset])[0], sights | people):
                heads.add(head)  # any place a word names ("Japan": the islands, the country),
                # where its commonest sense is named ("china" is first porcelain)
                if first_sense(head, offset) and not ordinary(head):
                    aliases.add(head)
        for head in heads:
            found.setdefault(head, set()).update(said | aliases)
    elsewhere = {name for names in names_of.values() for name in names}
    return {head: [name for name in _with_portuguese(sorted(said - {head}), besides=elsewhere)
                   if name in said or not (ordinary(name) or name in given)]
            for head, said in sorted(found.items())}


def named_among(pointers: list[tuple[str, str]], among: set[str]) -> bool:
    """Whether a synset's pointers make it a named instance of one of these classes."""
    return any(symbol == "@i" and target in among for symbol, target in pointers)


def _with_portuguese(words: list[str], besides: set[str] = frozenset()) -> list[str]:
    """The words and their Portuguese names from the project's lexicon, where the lexicon
    translates back ("Polônia" and "Poland", "coelho" and "rabbit"): a memory says either;
    never a name `besides` holds (Bethlehem's "Belém" is a city of Brazil too)."""
    sys.path.insert(0, str(PROJECT))
    from chalicelib.persona import lexicon
    found = set(words)
    for word in words:
        found.update(other for other in lexicon.translations(word, "en")[:3]
                     if other.isalpha() and word in lexicon.translations(other, "pt")
                     and other not in besides)
    return sorted(found)


def _not_portuguese_words(said: list[str], head: str) -> list[str]:
    """A kind's words less those Portuguese writes for something else: "bonito" is a tuna and
    beautiful, "escolar" a fish and of a school, "pinto" a pony and a chick, "cola" a drink and
    glue; a Portuguese word kept is one whose translations are of the same kind ("robalo")."""
    sys.path.insert(0, str(PROJECT))
    from chalicelib.persona import lexicon
    kind = {*said, head}
    meant = {w: set(lexicon.translations(w, "pt")) for w in said}
    return [w for w in said if not meant[w] or not kind.isdisjoint(meant[w])]


def _jobs(synsets: dict[str, tuple[list[str], list[tuple[str, str]]]],
          senses: dict[str, list[str]]) -> list[str]:
    """The trades and posts, by their first noun sense, with their Portuguese names: a
    Portuguese word that is a verb ("cozinhar" of "cook") or `NOT_JOBS` is left out."""
    english = {w for head, number in JOB_HEADS
               for w in _under(head, synsets, senses, set(), read=1, sense=number)}
    english.add("farmer")  # a head is not listed under itself, and farmers are no other kind
    return [w for w in _with_portuguese(sorted(english))
            if w in english or not (w in NOT_JOBS or re.search(r"(?:ar|er|ir)$", w))]


# "what meat was the Sunday roast?" against "roast lamb": the animals a kitchen cooks, which
# WordNet knows first as the animal (its "lamb" eaten is the fifth sense), and the Brazilian cuts
# (not the animals a yard keeps, "porco", "galinha", "goat", which a memory of raising them
# would say too, nor "cupim", a termite first)
MEATS = ("lamb", "mutton", "pork", "beef", "veal", "ham", "bacon", "venison", "cordeiro",
         "leitao", "frango", "picanha", "pernil", "lombo", "maminha", "alcatra", "fraldinha",
         "linguica", "charque", "jaba",
         # a yearling sheep, roasted on a New Zealand Sunday
         "hogget")
# ... but a "brat" is a child first to a family, "organs" play in church, and a yard keeps
# its goats and turkeys
NOT_MEATS = ("brat", "organs", "goat", "turkey", "duck", "goose", "rabbit", "kid")

# "que árvore de fruta tinha no quintal?" against "um pé de jabuticaba": the fruit of Brazilian
# yards, whose trees bear the same name, that no English word translates
FRUITS = ("jabuticaba", "jaboticaba", "pequi", "cupuacu", "bacuri", "umbu", "caja", "seriguela",
          "siriguela", "mangaba", "cambuci", "buriti", "acai", "jenipapo", "araca", "gabiroba",
          "guabiroba", "graviola", "pitomba", "sapoti", "tamarindo", "jambo", "carambola")

# "which bloom did you put in the middle?" against "the old red camellia", "what flowers did
# you grow?" against "pink hyacinths": the garden's and the florist's flowers, which WordNet
# files under their plant first (shrubs, bulbs, herbs), and the Brazilian names of a few (none
# that is also a name given to people or places: not "Lily", "Jasmine", "Magnolia",
# "Margarida", "Dália", "Girassol" (a square's, a bakery's), nor "primavera", spring, "cravo", a
# nail)
FLOWERS = ("hyacinth", "camellia", "hydrangea", "gardenia", "azalea", "rhododendron",
           "frangipani", "hibiscus", "lilac", "tulip", "carnation", "gerbera", "agapanthus",
           "freesia", "gladiolus", "lavender", "camelia", "azaleia", "hibisco", "lirio",
           "tulipa", "orquidea", "anturio",
           "bromelia", "begonia", "petunia", "lavanda", "alfazema", "manaca")
# "que guloseima o seu pai trazia?" against "um pacote de rapadura": the sweets of a Brazilian
# childhood and a few of the English-speaking table that WordNet lacks or files as verbs
SWEETS = ("rapadura", "cocada", "pacoca", "goiabada", "brigadeiro", "quindim", "beijinho",
          "cajuzinho", "marmelada", "canjica", "mariola", "bombocado", "pudim", "sagu",
          "fudge", "meringue", "trifle", "lamington")

# the kinds a head's WordNet words are given, from the lists above
ADDED = {"car": CARS, "sport": SPORTS, "bird": BIRDS, "fish": FISH, "dog": DOGS,
         "instrument": INSTRUMENTS, "meat": MEATS, "fruit": FRUITS, "tree": FRUITS,
         "flower": FLOWERS, "sweet": SWEETS, "dessert": SWEETS}
# ... and the words taken from a head's WordNet kinds, from the lists above
REMOVED = {"game": NOT_GAMES, "meat": NOT_MEATS}


def build() -> tuple[str, str, str]:
    """kinds.tsv's text, people.txt's and jobs.txt's."""
    synsets, senses = _synsets(), _senses()
    other_parts = _other_parts()
    lines = ["# kinds.tsv: made by scripts/build_kinds.py from WordNet 3.0 (wordnet-base)",
             "# head<TAB>words whose commonest noun sense is a kind of the head"]
    for head in HEADS:
        said = _not_portuguese_words(_under(head, synsets, senses, other_parts), head)
        if head in ADDED:
            said = sorted({*said, *ADDED[head]})
        said = [w for w in said if w not in REMOVED.get(head, ())]
        lines.append(f"{head}\t{' '.join(said)}")
    lines.append(f"wood\t{' '.join(sorted(WOODS))}")
    for head, said in CLOSED.items():
        lines.append(f"{head}\t{' '.join(sorted(said))}")
    pets = {w for head in PET_HEADS for w in _under(head, synsets, senses, other_parts)}
    lines.append(f"pet\t{' '.join(_with_portuguese(sorted(pets | set(PETS))))}")
    inside = _places_inside(synsets, senses, other_parts)
    for head, (region, country_class) in REGIONS.items():
        # a continent's countries, by class or part-of link, and what its part-of links hold
        # (Indonesia, and Bali, are Asia's by the second only)
        countries = _with_portuguese(_countries(region, country_class, synsets, senses))
        lines.append(f"@{head}\t{' '.join(sorted({*countries, *inside.pop(head, [])}))}")
    for head, said in inside.items():
        lines.append(f"@{head}\t{' '.join(w for w in said if w != head)}")
    # a person is said by nouns that are verbs too ("a nurse", "the doctor", "a cook"), and
    # is asked of by them: no word is left out for that
    people = ["# people.txt: made by scripts/build_kinds.py from WordNet 3.0 (wordnet-base)",
              "# words whose commonest noun sense is a kind of person, one a line",
              *_under(PEOPLE_HEAD, synsets, senses, set())]
    jobs = ["# jobs.txt: made by scripts/build_kinds.py from WordNet 3.0 (wordnet-base)",
            "# words whose first noun sense is a trade or a post (JOB_HEADS), one a line",
            *_jobs(synsets, senses)]
    return "\n".join(lines) + "\n", "\n".join(people) + "\n", "\n".join(jobs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    made = dict(zip((OUTPUT, PEOPLE_OUTPUT, JOBS_OUTPUT), build(), strict=True))
    if parser.parse_args().check:
        sys.exit(0 if all(path.read_text(encoding="utf-8") == text
                          for path, text in made.items()) else 1)
    for path, text in made.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
