"""Follow-up questions through the API on the default grounded provider: "onde foi isso?",
"e depois?", "where was that?" find the memory being talked about; a new question finds its
own; a follow-up with nothing before it is answered honestly."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chalicelib import ids, runtime
from chalicelib.llm.base import Completion, Generation, OnText
from tests.conftest import Api


@pytest.fixture
def family(sqlite_api: Api, monkeypatch) -> dict[str, Any]:
    monkeypatch.delenv("FOREVERUS_LLM_PROVIDER")  # the default: the grounded composer
    runtime.reset()
    return _family(sqlite_api)


def _family(api: Api) -> dict[str, Any]:
    alice = api.login("alice@example.com", "Alice Ferreira")
    persona = api.create_persona(alice, name="Maria Aparecida", relationship="avó", aliases=[
        {"name": "José", "also_called": ["Zé", "vô", "vô Zé"]}])
    pid = persona["id"]
    add = api.add_memory
    memories = {
        "baile": add(alice, pid, title="Como conheci o Zé", text=(
            "Conheci o seu avô Zé num baile de carnaval em Juiz de Fora, em 1958. Ele pisou "
            "no meu pé três vezes na mesma música."))["id"],
        "horta": add(alice, pid, title="A horta", text=(
            "Depois que me aposentei, cuidava da horta todo dia antes do café."))["id"],
        "festa": add(alice, pid, title="Minha festa de 15 anos", text=(
            "Minha festa de 15 anos foi no salão da paróquia, com bolo de coco."))["id"],
        "fabrica": add(alice, pid, title="A fábrica", text=(
            "Trabalhei como costureira numa fábrica de tecidos em São Paulo."))["id"],
    }
    return {"api": api, "alice": alice, "pid": pid, **memories}


def start(family: dict[str, Any], language: str = "pt-BR") -> str:
    r = family["api"].call("POST", f"/api/personas/{family['pid']}/conversations",
                           family["alice"], {"visitor_name": "Ana", "language": language})
    assert r.status_code == 201, r.body
    return r.json_body["id"]


def say(family: dict[str, Any], cid: str, text: str) -> dict[str, Any]:
    r = family["api"].call("POST", f"/api/conversations/{cid}/messages", family["alice"],
                           {"text": text, "client_message_id": ids.new_id()})
    assert r.status_code == 201, r.body
    reply = r.json_body["reply"]
    assert reply["provider"] == "grounded"
    return reply


def answers_from(reply: dict[str, Any], memory_id: str) -> bool:
    """The reply quotes that memory, names it as its source and does not abstain."""
    return (reply["memories_used"] == [memory_id]
            and [s["id"] for s in reply.get("sources", [])] == [memory_id]
            and "não me lembro disso" not in reply["text"].lower()
            and "don't remember that" not in reply["text"].lower())


def test_where_was_that_finds_the_memory_just_told(family) -> None:
    cid = start(family)
    assert answers_from(say(family, cid, "Vó, como você conheceu o vô?"), family["baile"])
    where = say(family, cid, "onde foi isso?")
    assert answers_from(where, family["baile"]) and "Juiz de Fora" in where["text"]


def test_and_then_stays_with_the_topic_not_any_memory_saying_depois(family) -> None:
    cid = start(family)
    say(family, cid, "Vó, como você conheceu o vô?")
    assert answers_from(say(family, cid, "e depois?"), family["baile"])
    assert answers_from(say(family, cid, "e dps, quem mais estava la?"), family["baile"])


def test_a_chain_of_follow_ups_keeps_the_first_topic(family) -> None:
    cid = start(family)
    say(family, cid, "Vó, como você conheceu o vô?")
    for text in ("onde foi isso?", "e depois?", "em que ano foi?", "ond foi isso"):
        assert answers_from(say(family, cid, text), family["baile"]), text


def test_english_follow_ups_find_the_memory_just_told(family) -> None:
    cid = start(family, "en")
    first = say(family, cid, "Grandma, how did you meet grandpa?")
    assert first["language"] == "en" and answers_from(first, family["baile"])
    where = say(family, cid, "where was that?")
    assert where["language"] == "en" and answers_from(where, family["baile"])
    assert "Juiz de Fora" in where["text"]
    assert answers_from(say(family, cid, "and then what happened?"), family["baile"])


def test_a_new_question_after_follow_ups_finds_its_own_memory(family) -> None:
    cid = start(family)
    say(family, cid, "Vó, como você conheceu o vô?")
    say(family, cid, "onde foi isso?")
    assert answers_from(say(family, cid, "Vó, e a sua festa de 15 anos?"), family["festa"])
    assert answers_from(say(family, cid, "onde foi isso?"), family["festa"])


def test_a_follow_up_with_words_of_its_own_answers_them(family) -> None:
    cid = start(family)
    say(family, cid, "Vó, como você conheceu o vô?")
    assert answers_from(say(family, cid, "nessa época você trabalhava?"), family["fabrica"])
    # "isso" is what was just said (the factory), though the topic's words find the dance
    where = say(family, cid, "onde foi isso?")
    assert answers_from(where, family["fabrica"]) and "São Paulo" in where["text"]


def test_a_follow_up_with_nothing_before_it_is_answered_honestly(family) -> None:
    for text in ("e depois?", "onde foi isso?"):
        reply = say(family, start(family), text)
        assert reply["memories_used"] == [] and "Não me lembro disso" in reply["text"], text


def test_a_follow_up_after_small_talk_has_no_topic_to_lean_on(family) -> None:
    cid = start(family)
    assert say(family, cid, "Oi vó")["memories_used"] == []
    reply = say(family, cid, "e depois?")
    assert reply["memories_used"] == [] and "Não me lembro disso" in reply["text"]


def test_the_last_answers_memory_is_used_even_when_the_words_no_longer_find_it(
        api, alice, monkeypatch) -> None:
    """The memory is edited between the question and the follow-up: the topic's words no
    longer reach it, the conversation still does (read by id, on both stores)."""
    monkeypatch.delenv("FOREVERUS_LLM_PROVIDER")
    runtime.reset()
    family = _family(api)
    cid = start(family)
    assert answers_from(say(family, cid, "Vó, como você conheceu o vô?"), family["baile"])
    r = api.call("PATCH", f"/api/personas/{family['pid']}/memories/{family['baile']}", alice,
                 {"text": "Foi num baile de carnaval em Juiz de Fora, em 1958."})
    assert r.status_code == 200, r.body
    where = say(family, cid, "onde foi isso?")
    assert answers_from(where, family["baile"]) and "Juiz de Fora" in where["text"]


class Recording:
    """A model that says the draft back, recording what it was given."""

    name = "recording"
    model = "recording-1"

    def __init__(self) -> None:
        self.requests: list[Generation] = []

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        self.requests.append(request)
        return Completion(text=request.draft, input_tokens=10, output_tokens=5,
                          provider=self.name, model=self.model, latency_ms=1)


def count_store_reads(monkeypatch) -> list[str]:
    """The table reads a turn makes (the history is in the conversation's state, which the
    turn's one batch read brings: a follow-up reads no more than any turn)."""
    store = runtime.store()
    reads: list[str] = []

    class Counting:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> Any:
            target = getattr(self.inner, name)
            if name not in ("get", "batch_get", "query"):
                return target

            def counted(*args: Any, **kwargs: Any) -> Any:
                reads.append(name)
                return target(*args, **kwargs)
            return counted

    monkeypatch.setattr(store, "table", Counting(store.table))
    return reads


def test_a_model_is_given_the_memory_being_talked_about_and_history_is_read_once(
        family, monkeypatch) -> None:
    model = Recording()
    monkeypatch.setattr(runtime, "provider", lambda: model)
    cid = start(family)
    first = family["api"].call("POST", f"/api/conversations/{cid}/messages", family["alice"],
                               {"text": "Vó, como você conheceu o vô?",
                                "client_message_id": ids.new_id()})
    assert first.status_code == 201, first.body
    reads = count_store_reads(monkeypatch)
    r = family["api"].call("POST", f"/api/conversations/{cid}/messages", family["alice"],
                           {"text": "onde foi isso?", "client_message_id": ids.new_id()})
    assert r.status_code == 201, r.body
    given = [m["id"] for m in model.requests[-1].memories]
    assert given[0] == family["baile"] and reads == ["batch_get"]
    assert r.json_body["reply"]["memories_used"] == [family["baile"]]


def test_a_follow_up_or_a_short_question_reads_no_more_than_any_turn(
        family, monkeypatch) -> None:
    cid = start(family)
    say(family, cid, "Vó, como você conheceu o vô naquela festa junina da sua cidade?")
    reads = count_store_reads(monkeypatch)
    say(family, cid, "e depois?")
    say(family, cid, "e a igreja?")  # short: perhaps about the same topic
    assert reads == ["batch_get", "batch_get"]


def test_a_short_question_is_answered_in_the_topic_being_talked_about(family) -> None:
    cid = start(family)
    say(family, cid, "Vó, como você conheceu o vô?")
    reply = say(family, cid, "que música tocava?")
    assert reply["memories_used"][:1] == [family["baile"]]


def test_a_short_question_of_its_own_keeps_its_phrase_after_another_topic(family) -> None:
    """"Where did you grow up?" has one word of its own ("grow"): it is searched with the
    topic too, but as written, so "grow up" still means childhood and finds the farm, not the
    memory talked about before."""
    farm = family["api"].add_memory(family["alice"], family["pid"], title="A fazenda",
                                    text="Cresci na fazenda do meu pai em Rio Pomba.")["id"]
    cid = start(family, "en")
    assert answers_from(say(family, cid, "How did you meet grandpa?"), family["baile"])
    assert answers_from(say(family, cid, "Where did you grow up?"), farm)


def test_a_short_question_the_memories_do_not_answer_is_not_answered_by_the_topic(
        family) -> None:
    """A short question of its own that meets nothing ("já foi pra Europa?" after the
    sewing factory) gets an honest "não me lembro", not the memory talked about before: the
    topic's own words would have made that memory the answer."""
    cid = start(family)
    assert answers_from(say(family, cid, "Vó, a senhora trabalhou de costureira numa fábrica "
                                         "de tecidos?"), family["fabrica"])
    europe = say(family, cid, "a senhora já foi pra Europa?")
    assert europe["memories_used"] == [] and "não me lembro disso" in europe["text"].lower()
    assert answers_from(say(family, cid, "e o bolo da sua festa de 15 anos?"), family["festa"])


def test_a_short_question_its_own_words_answer_is_not_the_last_memory(family) -> None:
    """Asked on `make run`: "vo qual era o nome do seu cachorro?" right after the wedding
    dress quoted the wedding again. The dog's memory answers the question's own words."""
    dog = family["api"].add_memory(family["alice"], family["pid"], title="", text=(
        "O cachorro da vó se chamava Sultão e dormia na porta do quarto."))["id"]
    cid = start(family)
    assert answers_from(say(family, cid, "Vó, como você conheceu o vô?"), family["baile"])
    assert answers_from(say(family, cid, "vo qual era o nome do seu cachorro?"), dog)


def test_a_short_question_its_own_words_rule_out_is_not_answered_by_the_topic(family) -> None:
    """Asked on `make run` (session 12): "Como se chamava a mãe do senhor?" right after
    fishing quoted a memory that only says the mother wove a poncho. Alone, the question is
    met honestly (no name is said next to her); the topic must not make that memory answer."""
    add = family["api"].add_memory
    add(family["alice"], family["pid"], title="O poncho", text=(
        "A vó usava no inverno um xale de lã cinza que a mãe dela teceu. Depois que ela "
        "morreu, o xale ficou com a neta Luísa."))
    fishing = add(family["alice"], family["pid"], title="Pescaria", text=(
        "A vó me levou para pescar lambari no rio Paraibuna em 1994."))["id"]
    cid = start(family)
    assert answers_from(say(family, cid, "Vó, a senhora gostava de pescar?"), fishing)
    mother = say(family, cid, "Como se chamava a mãe da senhora?")
    assert mother["memories_used"] == [] and "não me lembro disso" in mother["text"].lower()


def test_a_memory_the_topic_lends_a_short_question_must_be_vouched_for(sqlite_api: Api,
                                                                      monkeypatch) -> None:
    """Asked on `make run` (session 12): "what did you grow on the block?", after "Nan, what
    was your mum's name?" and "ok", quoted a daughter's wedding "in the gardens of the Grand
    Hotel" as sure: "gardens" is of the idea of growing, so the wedding answered more of the
    question's words than any other memory, and the topic let a memory its own search put far
    down answer it. It answers only if the search would vouch for it as the answer to the
    question as asked (alone, the question is met with an honest offer; after the topic, the
    block's sultanas, which its search vouches for). As on `make run`, with the sentence
    encoder: with words alone the wedding is the question's own best."""
    monkeypatch.delenv("FOREVERUS_LLM_PROVIDER")
    monkeypatch.setenv("FOREVERUS_EMBEDDINGS", "local")
    runtime.reset()
    api = sqlite_api
    lee = api.login("lee@example.com", "Leanne Cullen")
    pid = api.create_persona(lee, name="Marjorie Cullen", language="en",
                             relationship="grandmother", aliases=[
                                 {"name": "Marjorie", "also_called": ["Nan", "Mum", "Marj"]},
                                 {"name": "Desmond", "also_called": ["Pop", "Des"]}])["id"]
    texts = [
        "The frost in October 1967 wiped out nearly the whole crop. Nan went back to work, "
        "this time at the Mildura telephone exchange, until the block paid again.",
        "After the wedding Mum moved to Pop's family block at Irymple, near Mildura: twenty-two "
        "acres of sultanas and a few rows of currants.",
        "Nan and Pop had three children: Graham in 1958, Karen in 1961 and Leanne in 1966. "
        "Graham took over the block when Pop retired in 1994.",
        "Nan's kelpie, Rusty, rode on the back of the ute through every row of the block.",
        "When Rodrigo and I married in 2004 in the gardens of the Mildura Grand Hotel, Mum "
        "practised for weeks and gave a toast in Portuguese.",
        "Mum's younger sister Beryl, our Aunty Bez, was her bridesmaid and her best friend.",
    ]
    made = [api.add_memory(lee, pid, title="", text=t)["id"] for t in texts]
    family = {"api": api, "alice": lee, "pid": pid}
    cid = start(family, "en")
    say(family, cid, "Nan, what was your mum's name?")
    say(family, cid, "ok")
    grow = say(family, cid, "what did you grow on the block?")
    assert grow["memories_used"] != [made[4]]
    alone = say(family, start(family, "en"), "what did you grow on the block?")
    assert alone["memories_used"] != [made[4]]
    # Since session 22 "what did you grow?" asks something grown, which the wedding's gardens
    # are not and the block's sultanas are: the memory the topic lends is vouched for only
    # when it is that one; otherwise the question is answered as if asked alone
    if grow["memories_used"]:
        assert grow["memories_used"] == [made[1]]
    else:
        assert grow.get("offered") == alone.get("offered")


def test_a_short_question_half_answered_is_not_settled_by_the_topic(family) -> None:
    """"Qual era o seu perfume preferido?" after how she met grandpa: no memory tells of a
    perfume, one says "preferida" of a dish; neither the dance nor the dish is the answer."""
    family["api"].add_memory(family["alice"], family["pid"], title="", text=(
        "A minha comida preferida era moqueca de peixe com pirão."))
    cid = start(family)
    assert answers_from(say(family, cid, "Vó, como você conheceu o vô?"), family["baile"])
    perfume = say(family, cid, "Qual era o seu perfume preferido?")
    assert perfume["memories_used"] == [] and "não me lembro disso" in perfume["text"].lower()


def test_the_topic_does_not_choose_between_half_answers(family) -> None:
    """Asked on `make run`: "What was your favorite song?" after São João quoted the favourite
    dish. One memory says what she liked best (a dish), another has music in it (a soap
    opera's theme), none her favourite song: the São João question must not pick one."""
    add = family["api"].add_memory
    party = add(family["alice"], family["pid"], title="", text=(
        "Todo São João a vó fazia canjica e bolo de milho, e o vô soltava fogos na porta de "
        "casa até a vizinhança reclamar."))["id"]
    add(family["alice"], family["pid"], title="Receita", text=(
        "O prato que a vó mais gostava de fazer era moqueca de arraia, com muito dendê."))
    add(family["alice"], family["pid"], title="O rádio", text=(
        "A vó ouvia a novela no rádio da cozinha toda tarde, e ninguém podia falar enquanto "
        "tocava a música de abertura."))
    cid = start(family, "en")
    assert answers_from(say(family, cid, "What did grandpa do at São João?"), party)
    song = say(family, cid, "What was your favorite song?")
    assert song["memories_used"] == [] and "don't remember that" in song["text"].lower()


def test_an_irregular_verb_finds_its_memory() -> None:
    from chalicelib.persona.text import terms
    assert terms("viu") == terms("vi") == terms("ver")  # "quando a senhora viu o mar?"
    assert terms("viram") != terms("vir")  # they saw; not "to come"
    assert terms("trouxe")[0][0] == terms("trazer")[0][0]


@pytest.fixture(scope="module")
def sentence_encoder() -> Any:
    from chalicelib.persona.embeddings import LocalEmbedder
    return LocalEmbedder()  # make run's: the daughter's wedding reads closer by meaning


def test_asked_of_the_persona_s_wedding_after_the_meeting_the_topic_does_not_choose_another(
        sqlite_api: Api, sentence_encoder, monkeypatch) -> None:
    """Asked on `make run` (session 14) of the radio presenter of the replies set (p27):
    "Quando vocês casaram?" right after "Como a senhora conheceu o vô?" quoted her daughter's
    wedding ("Quando eu casei com o Jorge... a mamãe fez questão de anunciar o casamento"),
    which the topic's words and the sentence's closeness chose over her own."""
    import json
    from pathlib import Path
    monkeypatch.delenv("FOREVERUS_LLM_PROVIDER")
    monkeypatch.setattr(runtime, "embedder", lambda: sentence_encoder)
    runtime.reset()
    data = json.loads((Path(__file__).parent.parent / "data" / "replies_set.json").read_text())
    person = next(p for p in data["personas"] if p["key"] == "p27")
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice, name=person["name"], relationship="avó",
                                    aliases=person["aliases"])["id"]
    ids_of = {m["id"]: sqlite_api.add_memory(alice, pid, title=m["title"], text=m["text"])["id"]
              for m in person["memories"]}
    family = {"api": sqlite_api, "alice": alice, "pid": pid}
    cid = start(family)
    say(family, cid, "Como a senhora conheceu o vô?")
    assert answers_from(say(family, cid, "Quando vocês casaram?"), ids_of["m1127"])
    # nor, asked if she was ever ill after another topic, her son's typhoid (the only memory
    # that says "doente" of anyone): her own words decide, and they offer her operation
    cid = start(family)
    say(family, cid, "Qual era o nome do seu programa?")
    ill = say(family, cid, "A senhora já ficou doente?")
    assert ids_of["m1132"] not in ill["memories_used"]


def test_how_long_it_lasted_asks_of_the_memory_just_told(family) -> None:
    """Asked on `make run` (session 14): "E quanto tempo durou?" after the radio programme
    searched "durou" alone and answered "não me lembro"; the memory told says 31 years."""
    show = family["api"].add_memory(family["alice"], family["pid"], title="O programa", text=(
        "Durante 31 anos, de 1957 a 1988, a vó apresentou o programa 'Serenata das Seis' na "
        "rádio."))["id"]
    cid = start(family)
    assert answers_from(say(family, cid, "Qual era o nome do seu programa?"), show)
    assert answers_from(say(family, cid, "E quanto tempo durou?"), show)


def test_a_short_question_its_own_search_is_sure_of_is_not_re_chosen_by_the_topic(
        sqlite_api: Api, sentence_encoder, monkeypatch) -> None:
    """Asked on `make run` (session 32), of the dev set's p81: "where did you and grandma get
    married?" after "Grandpa, what was your favourite food?" quoted the newly-weds' rented
    house, whose cradle stood in the kitchen: three memories say married, and the favourite
    dish's topic chose the one with a kitchen. The question's own search finds the wedding and
    vouches for it; the topic may choose against it only the memory just talked about."""
    monkeypatch.delenv("FOREVERUS_LLM_PROVIDER")
    monkeypatch.setattr(runtime, "embedder", lambda: sentence_encoder)
    runtime.reset()
    labelled = json.loads((Path(__file__).resolve().parents[1] / "data" / "replies_set.json")
                          .read_text(encoding="utf-8"))
    p81 = next(p for p in labelled["personas"] if p["key"] == "p81")
    api = sqlite_api
    rafa = api.login("rafa@example.com", "Rafael Menezes")
    pid = api.create_persona(rafa, name=p81["name"], relationship=p81["relationship"],
                             aliases=p81["aliases"])["id"]
    made = {m["id"]: api.add_memory(rafa, pid, title=m["title"], text=m["text"])["id"]
            for m in p81["memories"]}
    family = {"api": api, "alice": rafa, "pid": pid}
    cid = start(family, "en")
    food = say(family, cid, "Grandpa, what was your favourite food?")
    assert food["memories_used"] == [made["m2756"]]  # the godó
    married = say(family, cid, "where did you and grandma get married?")
    assert married["memories_used"] == [made["m2752"]]  # the Igreja do Rosário


def test_a_place_named_only_in_the_saying_just_told_is_no_place_been_to(family) -> None:
    """"vó a senhora já foi pra europa?" after the saying "quem tem boca vai a Roma": Rome is
    in the saying, not where she went, however close the topic is (it was answered on make
    run)."""
    saying = family["api"].add_memory(family["alice"], family["pid"], title="O ditado", text=(
        "Quando alguém reclamava, ela dizia: quem tem boca vai a Roma."))["id"]
    cid = start(family)
    assert answers_from(say(family, cid, "qual era o ditado da senhora?"), saying)
    europe = say(family, cid, "vó a senhora já foi pra europa?")
    assert europe["memories_used"] == [] and "não me lembro disso" in europe["text"].lower()


def test_which_one_asked_right_after_a_memory_that_only_names_the_thing_is_the_one_that_says(
        family) -> None:
    """"que máquina a senhora usava pra costurar?" right after the cat who slept on the sewing
    machine: the memory that says which machine (a Singer) answers, not the cat's, which says
    only "máquina de costura" (the cat was quoted on make run)."""
    add = family["api"].add_memory
    cat = add(family["alice"], family["pid"], title="A gata", text=(
        "A vó teve uma gata amarela chamada Mimosa, que dormia em cima da máquina de "
        "costura."))["id"]
    singer = add(family["alice"], family["pid"], title="A costura", text=(
        "Durante quarenta anos a vó costurou para fora numa máquina Singer de pedal."))["id"]
    cid = start(family)
    assert answers_from(say(family, cid, "de que cor era a mimosa?"), cat)
    assert answers_from(say(family, cid, "que máquina a senhora usava pra costurar?"), singer)
