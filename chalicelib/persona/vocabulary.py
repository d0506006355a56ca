"""A small bilingual vocabulary of family-life words, so that a question and the memory that
answers it can meet even when they share no word: "grandma" finds "vó", "army" finds "quartel".

Each group is one idea; the words are matched after accent folding and stemming, in both
languages. Keep groups narrow: a group that is too wide makes every memory match everything.
"""
from __future__ import annotations

GROUPS: tuple[tuple[str, ...], ...] = (
    # family
    # "vo", "avo" and "vovo" are how either is typed without accents: they reach both.
    ("avô", "vovô", "vô", "vo", "avo", "vovo", "vovozinho", "grandpa", "grandfather",
     "granddad", "grandad", "gramps", "grampy",
     # what grandparents are called in the American South and elsewhere
     "pawpaw", "papaw", "granddaddy", "grandpop",
     # ... and in the languages families kept abroad: Italian, German, Ukrainian, Yiddish,
     # Spanish, Greek and Polish ("Oma" and "Nonna"; not "Opa", an interjection in Portuguese,
     # nor "Baba", a nanny)
     "nonno", "gido", "dido", "zayde", "zaide", "abuelo", "abuelito", "pappou", "papou",
     "dziadek", "dziadzia"),
    ("avó", "vovó", "vó", "vo", "avo", "vovo", "vovozinha", "grandma", "grandmother", "granny",
     "nana", "mawmaw", "meemaw", "memaw", "grammy", "gramma", "grandmom",
     # an English, Irish or Australian grandmother is "Nan" or "Nanna" as often as "Grandma"
     "nan", "nanna",
     "nonna", "oma", "bubbe", "bubbie", "abuela", "abuelita", "yiayia", "babcia", "busia"),
    ("avós", "grandparents"),
    ("neto", "neta", "netos", "netas", "netinho", "netinha", "grandchild", "grandchildren",
     "grandson", "granddaughter", "grandkids"),
    ("filho", "filha", "filhos", "filhas", "son", "daughter", "children", "kids", "child"),
    # a grandchild's great-grandparent is the person's own father or mother
    ("pai", "papai", "father", "dad", "daddy", "bisavô", "biso", "great-grandfather",
     "great-grandpa"),
    ("mãe", "mamãe", "mother", "mom", "mum", "mommy", "bisavó", "bisa", "great-grandmother",
     "great-grandma"),
    ("irmão", "irmã", "irmãos", "brother", "sister", "siblings"),
    ("tio", "tia", "uncle", "aunt"),
    ("primo", "prima", "cousin"),
    ("esposa", "mulher", "marido", "wife", "husband", "spouse"),
    ("família", "parentes", "family", "relatives"),
    ("namorar", "namoro", "namorada", "namorado", "date", "dating", "girlfriend", "boyfriend",
     "courtship", "flertar"),
    # (not "casados": "quarenta anos de casados" is an anniversary, not the wedding)
    ("casamento", "casar", "casaram", "casou", "casei", "casamos", "noivo", "noiva", "noivado",
     "wedding", "marry", "wed", "wedded",
     "married", "marriage", "bride", "groom", "engaged", "pedido", "propose", "proposal",
     "proposed"),
    ("conhecer", "conheceu", "conheci", "conheceram", "encontro", "meet", "met"),
    ("amor", "apaixonado", "apaixonei", "love", "loved", "paixão"),
    ("nascer", "nasceu", "nasci", "nascimento", "born", "birth", "parto", "parteira",
     "midwife", "childbirth", "delivered", "birthplace", "hometown", "naturalidade"),
    # "cresci na fazenda" is where a childhood was spent ("where did you grow up?")
    ("infância", "criança", "menino", "menina", "childhood", "boy", "girl", "kid", "young",
     "pequeno", "moleque", "crescer", "cresci", "cresceu", "crescemos", "cresceram"),
    # ("passed" is not among them: its stem is also "passou" and "passing" a test; "passed
    # away" and "passou desta pra melhor" are phrases, `text.PHRASES`)
    ("morrer", "morreu", "faleceu", "falecimento", "morte", "died", "death", "funeral",
     "enterro", "velório", "die", "dies", "dying"),
    ("amigo", "amiga", "amigos", "amigas", "amizade", "friend", "friends", "friendship",
     "compadre", "comadre", "buddy", "colega"),
    # work and money
    # a shop, a mill or a creamery closing ("when did the creamery close down?" against "was
    # shut down in 1992"; not "fechado", a person who keeps to himself, nor "close", near)
    ("fechar", "fechou", "fecharam", "fechamento", "shut", "closure"),
    ("trabalho", "trabalhar", "trabalhava", "trabalhou", "emprego", "serviço", "work", "job",
     "worked", "career", "profissão", "ofício", "costureira", "lavadeira",
     "seamstress", "washerwoman", "ganhava", "occupation", "profession",
     # what people did for a living, as families name it
     "sapateiro", "shoemaker", "cobbler", "alfaiate", "tailor", "pedreiro", "bricklayer",
     "maquinista", "foguista", "motorista", "enfermeira", "enfermeiro", "nurse",
     "comerciante", "merchant", "shopkeeper", "lavrador", "farmer", "vendedor", "vendedora",
     "salesman", "cozinheira", "doceira", "padeiro", "baker", "mecânico", "mechanic",
     "faxineira", "cleaner", "operário", "operária", "funcionário", "funcionária", "clerk",
     "bancário", "policial", "policeman", "carteiro", "postman", "professora", "professor",
     "teacher", "lecionar", "lecionava", "taught"),
    ("aposentar", "aposentou", "aposentadoria", "retire", "retired", "retirement"),
    ("dinheiro", "salário", "money", "salary", "wage", "pay", "pagar", "economias",
     "poupança", "savings", "cruzeiros", "reais", "dólares", "dollars",
     "cash"),
    ("preço", "preços", "custava", "custou", "cobrava", "cobrar", "price", "prices", "cost",
     "charge", "charged"),
    ("ferrovia", "trem", "ferroviário", "railway", "railroad", "train",
     "locomotiva", "estação", "station", "trilho", "trilhos", "tracks", "rails", "vagão",
     "wagon"),
    ("carpinteiro", "marceneiro", "marcenaria", "carpintaria", "madeira", "carpenter",
     "carpentry", "wood", "woodwork", "furniture", "móveis"),
    ("fábrica", "factory", "indústria"),
    ("escola", "estudar", "estudou", "school", "study", "studied", "colégio", "professora",
     "teacher", "aula", "class"),
    # places and moving
    ("casa", "casinha", "lar", "house", "home", "cottage"),
    ("cidade", "city", "town", "cidadezinha", "interior"),
    ("roça", "fazenda", "sítio", "farm", "countryside", "campo"),
    ("mudar", "mudou", "mudança", "mudamos", "move", "moved", "moving"),
    ("viagem", "viajar", "viajou", "viajamos", "trip", "travel", "travelled", "traveled",
     "journey", "passeio", "férias", "excursão", "holiday", "holidays", "vacation",
     "vacations", "excursion",
     # "onde a gente ia veranear?": where the family spent the summer holidays
     "veranear", "veraneio", "veranista"),
    # out of the country, an idea of its own: a holiday at the beach is a trip, not abroad
    ("exterior", "abroad", "overseas", "estrangeiro", "foreign"),
    ("praia", "mar", "beach", "sea", "ocean", "veranear", "veraneio", "veranista",
     # "did you ever go to the seaside?": the sea, which "seaside" never meets by its stem
     "seaside", "litoral"),
    ("rio", "river", "represa", "lago", "lake"),
    # pastimes
    ("pescar", "pescaria", "pescou", "peixe", "anzol", "vara", "fish", "fishing", "fished",
     "rod"),
    ("futebol", "bola", "jogo", "football", "soccer", "match", "game", "footy", "footie"),
    # (an Australian "barracks for" a team)
    # (not "clube", "club": in a family's memories a club is mostly where the party was, the
    # "baile do clube", the bowls club, the Clube Caicoense of a golden wedding, no team)
    ("time", "torcer", "torcia", "torcedor", "team", "fan", "support",
     "rooted", "barrack", "barracked", "barracking", "supporter", "supporters",
     # a Brazilian fan is named by the club ("o vô era vascaíno doente": "que time ele
     # torcia?"); the big clubs' fans, in one word
     "flamenguista", "vascaíno", "vascaína", "botafoguense", "corintiano", "corinthiano",
     "palmeirense", "sampaulino", "gremista", "cruzeirense", "atleticano",
     # where a fan watches from, and the match against the rival ("não perdia um clássico")
     "arquibancada", "arquibancadas", "clássico", "clássicos", "terraces", "derby"),
    ("música", "cantar", "cantava", "canção", "samba", "moda", "viola", "violão", "music",
     "song", "songs", "sing", "sang", "guitar", "banda", "band", "polka", "orquestra",
     "orchestra"),
    # "sanfona" is the Northeast's "fole" (the "fole de oito baixos") and the South's
    # "gaita", which is a harmonica elsewhere, so it stays out
    ("sanfona", "sanfoneiro", "acordeão", "acordeon", "fole", "accordion", "accordions",
     "concertina"),
    ("dançar", "dança", "baile", "dance", "danced", "dancing", "forró"),
    ("festa", "party", "celebration", "comemoração", "quermesse", "fair"),
    ("natal", "christmas", "ceia"),
    ("aniversário", "birthday"),
    # "bodas de 40 anos", "bodas de ouro": a wedding's anniversary, in English "anniversary"
    # (the pearl, ruby and diamond ones are their own words: a diamond anniversary is not the
    # shop's fortieth)
    ("bodas", "anniversary", "anniversaries", "goldenwedding", "silverwedding"),
    ("jardim", "horta", "plantar", "plantas", "flores", "garden", "gardening", "plants",
     "flowers", "vegetables", "roses", "rosas", "verdura", "verduras", "legumes",
     "hortaliças", "cultivar", "cultivava", "grow", "grew", "quintal", "backyard"),
    ("cachorro", "cão", "cachorrinho", "dog", "puppy", "pet", "bicho", "estimação", "animal",
     "animais", "pets"),
    ("gato", "cat", "kitten"),
    ("carro", "fusca", "car", "drive", "dirigir", "driving", "drove",
     # who drives: "tirou carteira de motorista com 45 anos" is learning to drive
     "motorista", "driver"),
    # a car's or a truck's parts, which the dictionaries miss ("para-choque" is written either
    # way, `text.PHRASES`)
    ("parachoque", "bumper", "bumpers"), ("parabrisa", "windscreen", "windshield"),
    ("foto", "fotografia", "photo", "picture", "retrato"),
    ("livro", "ler", "leitura", "book", "read", "reading"),
    ("cartas", "carta", "escrever", "letter", "letters", "wrote", "write"),
    # food
    # (and the ways of cooking: "what did you cook on Sundays?" against "Sunday was Jiggs
    # dinner... boiled in a cloth bag")
    ("comida", "cozinhar", "cozinhava", "receita", "prato", "food", "cook", "cooked", "cooking",
     "recipe", "dish", "meal", "ferver", "fervia", "ferveu", "boil", "boiled", "boiling",
     "fritar", "fritava", "fritou", "fry", "fried", "frying", "refogar", "refogava", "stew",
     "stewed", "roast", "roasted"),
    ("feijoada", "feijão", "beans"),
    ("café", "coffee"),
    ("bolo", "doce", "sobremesa", "cake", "sweet", "dessert", "pudim", "pudding"),
    # baking, and what is baked ("what did you bake for us?": "she made Norwegian waffles")
    ("assar", "assava", "assou", "assavam", "bake", "baked", "baking", "bakes", "bolo", "bolos",
     "cake", "cakes", "waffle", "waffles", "scone", "scones", "biscoito", "biscoitos",
     "biscuit", "biscuits", "cookie", "cookies", "torta", "tortas", "pie", "pies", "broa",
     "cuca", "pão", "pães", "bread", "loaf", "loaves"),
    ("almoço", "jantar", "lunch", "dinner", "supper"),
    ("meio-dia", "noon", "midday", "lunchtime"),
    ("segunda-feira", "segunda", "monday", "mondays"),
    ("terça-feira", "terça", "tuesday", "tuesdays"),
    ("quarta-feira", "quarta", "wednesday", "wednesdays"),
    ("quinta-feira", "quinta", "thursday", "thursdays"),
    ("sexta-feira", "sexta", "friday", "fridays"),
    ("sábado", "sábados", "saturday", "saturdays"),
    ("domingo", "domingos", "sunday", "sundays"),
    ("janeiro", "january"), ("fevereiro", "february"), ("março", "march"), ("abril", "april"),
    ("junho", "june"), ("julho", "july"), ("agosto", "august"),
    ("setembro", "september"), ("outubro", "october"), ("novembro", "november"),
    ("dezembro", "december"),
    # faith, health, history
    ("igreja", "missa", "fé", "rezar", "reza", "oração", "deus", "church", "mass", "faith",
     "pray", "prayer", "god", "religion", "católico", "catholic", "santo", "saint", "padre",
     "priest", "altar"),
    ("doença", "doente", "hospital", "médico", "tratamento", "câncer", "illness", "sick", "ill",
     "doctor", "disease", "treatment", "cancer", "saúde", "health", "diabetes", "diabética",
     "diabético", "derrame", "stroke"),
    # an operation, however the family names it ("colocou uma ponte de safena")
    ("cirurgia", "operação", "operar", "operou", "operado", "operada", "safena", "surgery",
     "operation", "operated", "bypass"),
    ("berço", "berços", "crib", "cribs", "cradle"),
    ("gripe", "gripado", "gripada", "resfriado", "resfriada", "tosse", "febre", "flu",
     "cough", "fever", "remédio", "xarope", "medicine", "syrup"),
    ("cheiro", "cheirava", "cheirar", "perfume", "aroma", "smell", "smelled", "smelt", "scent",
     "fragrance"),
    ("odiava", "odiar", "detestava", "detestar", "hated", "hate", "detested", "nojo",
     "disgusting"),
    ("perna", "joelho", "leg", "knee"),
    ("cicatriz", "cicatrizes", "scar", "scars"),
    ("história", "histórias", "causo", "causos", "story", "stories", "tale", "tales"),
    ("presente", "presentes", "gift", "gifts", "present", "presents"),
    ("novela", "novelas", "telenovela", "soap", "capítulo", "episode"),
    # (an air force said by its initials: the RAF, the RAAF, the FAB; "air force" and "força
    # aérea" are one word, text.PHRASES)
    ("exército", "quartel", "soldado", "militar", "convocado", "army", "military", "soldier",
     "drafted", "airforce", "raf", "raaf", "rcaf", "rnzaf", "usaf", "aeronáutica"),
    ("guerra", "war", "wartime"),
    ("machucar", "machucou", "machuquei", "ferido", "ferimento", "acidente", "injured",
     "injury", "hurt", "accident"),
    ("neve", "snow", "inverno", "winter", "gelo", "ice"),
    ("avião", "plane", "airplane", "flight", "voo", "voar", "fly", "flew", "aeroporto",
     "airport"),
    ("mão", "mãos", "hand", "hands", "dedo", "dedos", "finger", "fingers", "fingertip"),
    ("rosto", "cara", "face", "testa", "forehead"),
    ("ligação", "ligava", "telefone", "telefonema", "chamada", "call", "calls", "phone",
     "video", "vídeo"),
    ("semana", "semanal", "week", "weekly"),
    ("campeão", "campeonato", "título", "champion", "championship", "title", "taça", "trophy"),
    ("medo", "assustado", "fear", "afraid", "scared",
     # ... and the panic of a fright ("quando alguém entrava em pânico" against "quando alguém
     # se apavorava")
     "pânico", "panic", "panicked", "apavorado", "apavorada", "apavorar", "apavorava", "pavor"),
    # a fire that burns a house or a warehouse ("o fogo mais terrível que o senhor combateu"
    # against "o pior incêndio")
    ("fogo", "incêndio", "incêndios", "fire", "fires", "blaze", "chamas", "flames"),
    # ... fought, as a fire or a flood is ("o fogo que o senhor teve que combater" against "o
    # pior incêndio que o Vô enfrentou")
    ("combater", "combateu", "combatia", "combati", "enfrentar", "enfrentou", "enfrentava",
     "enfrentei", "battle", "battled", "tackle", "tackled"),
    ("feliz", "felicidade", "alegria", "happy", "happiness", "joy"),
    ("triste", "tristeza", "saudade", "sad", "sadness", "miss", "missed", "longing"),
    ("conselho", "ditado", "dizia", "lição", "advice", "saying", "sayings", "lesson", "motto"),
    ("orgulho", "orgulhoso", "proud", "pride"),
    # how questions are asked
    ("nome", "nomes", "name", "names", "named", "chamava", "chamavam", "chamado", "chamada",
     "called", "apelido", "apelidos", "nickname"),
    ("gostar", "gostava", "gostavam", "adorava", "adorar", "preferido", "preferida",
     "favorito", "favorita", "predileto", "predileta", "favorite", "favourite", "liked",
     "loved", "enjoyed"),
    ("primeiro", "primeira", "first"),
    ("morar", "morava", "morou", "moraram", "moravam", "live", "lived", "lives"),
    # arriving somewhere to live ("when did you come to Auckland?", "we came in March 1988",
    # "quando a senhora chegou no Recife?")
    ("chegar", "chegou", "chegaram", "chegamos", "cheguei", "chegada", "arrive", "arrived",
     "arrival", "come", "came"),
    # everyday ideas a visitor says in other words than the memory (session 36)
    ("reclamar", "reclamava", "reclamou", "reclamação", "queixar", "queixava", "queixou",
     "queixa", "queixas", "resmungar", "resmungava", "resmungão", "complain", "complained",
     "complaining", "complaint", "complaints", "grumble", "grumbled", "grumbling", "moan",
     "moaned", "moaning", "whinge", "whinged", "whingeing"),
    ("patrão", "patroa", "chefe", "encarregado", "gerente", "boss", "employer", "foreman",
     "manager", "supervisor"),
    ("vizinho", "vizinha", "vizinhos", "vizinhas", "vizinhança", "neighbour", "neighbor",
     "neighbours", "neighbors"),
    ("chorar", "chorava", "chorou", "choro", "lágrima", "lágrimas", "cry", "cried", "crying",
     "wept", "weep"),
    ("rir", "riu", "risada", "risadas", "gargalhada", "gargalhadas", "riso", "laugh",
     "laughed", "laughing", "laughter"),
    ("costurar", "costurava", "costurou", "costura", "costureira", "alfaiate", "sew", "sewed",
     "sewing", "seamstress", "dressmaker", "tailor"),
    ("brava", "brabo", "braba", "zangado", "zangada", "irritado", "irritada", "raiva",
     "angry", "furious"),
    ("tímido", "tímida", "timidez", "acanhado", "acanhada", "envergonhado", "envergonhada",
     "shy", "timid", "bashful", "shyness"),
    ("quadril", "hip", "hips"),
    ("cemitério", "túmulo", "sepultura", "jazigo", "lápide", "cemetery", "graveyard", "tomb",
     "churchyard", "headstone", "gravestone"),
    ("bicicleta", "pedalar", "pedalava", "bike", "bicycle", "cycling", "cycled"),
    ("preocupado", "preocupada", "preocupação", "preocupava", "aflito", "aflita", "worried",
     "worry", "worries", "anxious"),
    ("sozinho", "sozinha", "solidão", "solitário", "solitária", "lonely", "alone",
     "loneliness"),
    ("brigar", "brigava", "brigou", "briga", "brigas", "discutir", "discutia", "fight",
     "fights", "fought", "argue", "argued", "arguing", "quarrel", "quarrelled"),
    ("dormir", "dormia", "dormiu", "sono", "cochilo", "cochilar", "sesta", "soneca", "sleep",
     "slept", "nap", "naps", "asleep"),
    ("fumar", "fumava", "fumou", "cigarro", "cigarros", "cachimbo", "charuto", "smoke",
     "smoked", "smoking", "smoker", "cigarette", "cigarettes", "cigar"),
    ("caminhar", "caminhava", "caminhada", "walk", "walked", "walking", "walks", "stroll"),
    ("nadar", "nadava", "nadou", "natação", "swim", "swam", "swimming"),
    ("cantor", "cantora", "cantores", "singer", "singers", "crooner"),
)
