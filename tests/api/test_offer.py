"""An honest "I don't remember" that opens a door: when the memory closest to a question is
not sure enough to be quoted as its answer, the persona says it does not remember and offers
to tell that memory; "sim" / "yes" tells it (without claiming it answers), "não" / "no" lets
it go, and anything else is a message of its own. And "não é isso" after an answer: the
persona owns the miss and offers another memory close to the question, if one is
(docs/persona.md, "Session 11")."""
from __future__ import annotations

from typing import Any

import pytest

from chalicelib import ids, runtime
from chalicelib.llm.base import Completion, Generation, OnText
from chalicelib.persona import composer
from tests.api.test_followups import say, start
from tests.conftest import Api


@pytest.fixture
def family(sqlite_api: Api, monkeypatch) -> dict[str, Any]:
    monkeypatch.delenv("FOREVERUS_LLM_PROVIDER")  # the default: the grounded composer
    runtime.reset()
    api = sqlite_api
    alice = api.login("alice@example.com", "Alice Ferreira")
    persona = api.create_persona(alice, name="Maria Aparecida", relationship="avó", aliases=[
        {"name": "José", "also_called": ["Zé", "vô", "vô Zé"]}])
    pid = persona["id"]
    baile = api.add_memory(alice, pid, title="Como conheci o Zé", text=(
        "Conheci o seu avô Zé num baile de carnaval em Juiz de Fora, em 1958. Ele pisou no "
        "meu pé três vezes na mesma música."))["id"]
    fabrica = api.add_memory(alice, pid, title="A fábrica", text=(
        "Trabalhei como costureira numa fábrica de tecidos em São Paulo."))["id"]
    dita = api.add_memory(alice, pid, title="A Dita", text=(
        "Conheci a Dita, minha melhor amiga, no primeiro dia na fábrica."))["id"]
    return {"api": api, "alice": alice, "pid": pid, "baile": baile, "fabrica": fabrica,
            "dita": dita}


ASKED_PT = "Vó, qual era a cor do vestido que a senhora usou no baile de carnaval?"
ASKED_EN = "Grandma, what colour was your dress at the carnival dance in Juiz de Fora?"


def offers(reply: dict[str, Any], memory_id: str, language: str = "pt-BR") -> bool:
    """An honest abstention, quoting nothing, that offers to tell that memory."""
    abstains = {"pt-BR": "Não me lembro disso", "en": "I don't remember that"}[language]
    return (reply["text"].startswith(abstains) and composer.OFFER[language] in reply["text"]
            and reply["memories_used"] == [] and not reply.get("sources")
            and reply.get("offered") == memory_id)


def tells(reply: dict[str, Any], memory_id: str, language: str = "pt-BR") -> bool:
    """The offered memory quoted, named as the reply's source, not claimed as the answer."""
    return (reply["text"].startswith(composer.TOLD[language].format(vocative=", Ana"))
            and reply["memories_used"] == [memory_id]
            and [s["id"] for s in reply["sources"]] == [memory_id] and "offered" not in reply)


def test_an_abstention_offers_the_closest_memory_and_a_yes_tells_it(family) -> None:
    cid = start(family)
    asked = say(family, cid, ASKED_PT)
    assert offers(asked, family["baile"])
    told = say(family, cid, "sim, conta")
    assert tells(told, family["baile"]) and "Juiz de Fora" in told["text"]
    # what the conversation is about now: a follow-up finds the memory just told
    where = say(family, cid, "e em que ano foi isso?")
    assert where["memories_used"] == [family["baile"]] and "1958" in where["text"]


def test_an_english_visitor_is_offered_and_told_in_english(family) -> None:
    cid = start(family, "en")
    asked = say(family, cid, ASKED_EN)
    assert offers(asked, family["baile"], "en")
    told = say(family, cid, "Yes, tell me")
    assert tells(told, family["baile"], "en") and "in Portuguese" in told["text"]


def test_a_no_lets_the_offer_go_and_a_later_yes_tells_nothing(family) -> None:
    cid = start(family)
    assert offers(say(family, cid, ASKED_PT), family["baile"])
    declined = say(family, cid, "não, obrigada vó")
    assert declined["text"] == composer.DECLINED["pt-BR"].format(vocative=", Ana")
    assert declined["memories_used"] == [] and "offered" not in declined
    later = say(family, cid, "sim")
    assert later["memories_used"] == [] and "offered" not in later


def test_a_question_after_an_offer_is_answered_on_its_own(family) -> None:
    cid = start(family)
    assert offers(say(family, cid, ASKED_PT), family["baile"])
    work = say(family, cid, "Vó, onde a senhora trabalhou de costureira?")
    assert work["memories_used"] == [family["fabrica"]]
    assert not work["text"].startswith(composer.TOLD["pt-BR"].format(vocative=", Ana"))


def test_a_question_near_no_memory_offers_nothing(family) -> None:
    reply = say(family, start(family), "Vó, a senhora gostava de jazz?")
    assert reply["memories_used"] == [] and "offered" not in reply
    assert composer.OFFER["pt-BR"] not in reply["text"]


def test_an_offered_memory_deleted_meanwhile_is_not_told(family) -> None:
    api, alice = family["api"], family["alice"]
    cid = start(family)
    assert offers(say(family, cid, ASKED_PT), family["baile"])
    r = api.call("DELETE", f"/api/personas/{family['pid']}/memories/{family['baile']}", alice)
    assert r.status_code == 204, r.body
    told = say(family, cid, "sim, conta")
    assert told["memories_used"] == [] and "Não me lembro disso" in told["text"]
    assert "Juiz de Fora" not in told["text"]


def test_regenerating_the_reply_to_the_yes_tells_the_offered_memory_again(family) -> None:
    api, alice = family["api"], family["alice"]
    cid = start(family)
    assert offers(say(family, cid, ASKED_PT), family["baile"])
    told = say(family, cid, "sim")
    r = api.call("POST", f"/api/conversations/{cid}/messages/{told['id']}/regenerate", alice,
                 {"client_message_id": ids.new_id()})
    assert r.status_code == 201, r.body
    assert r.json_body["reply"]["memories_used"] == [family["baile"]]


def test_the_offer_is_stored_and_read_back_with_the_conversation(family) -> None:
    api, alice = family["api"], family["alice"]
    cid = start(family)
    asked = say(family, cid, ASKED_PT)
    r = api.call("GET", f"/api/conversations/{cid}", alice)
    assert r.status_code == 200, r.body
    stored = [m for m in r.json_body["messages"]["items"] if m["id"] == asked["id"]]
    assert stored and stored[0]["offered"] == family["baile"]


class Rewrites:
    """A model that says the abstention in its own words, without the offer."""

    name = "scripted"
    model = "scripted-1"

    def generate(self, request: Generation, on_text: OnText | None = None) -> Completion:
        text = "Não me lembro disso, Ana, não guardei isso comigo."
        if on_text is not None:
            on_text(text)
        return Completion(text=text, input_tokens=10, output_tokens=5, provider=self.name,
                          model=self.model, latency_ms=1)


def test_a_model_that_drops_the_offer_has_it_said_after_its_words(family, monkeypatch) -> None:
    monkeypatch.setattr(runtime, "provider", lambda: Rewrites())
    r = family["api"].call("POST", f"/api/conversations/{start(family)}/messages",
                           family["alice"], {"text": ASKED_PT, "client_message_id": ids.new_id()})
    assert r.status_code == 201, r.body
    asked = r.json_body["reply"]
    assert asked["provider"] == "scripted" and asked["text"].startswith("Não me lembro disso, Ana")
    assert asked["text"].endswith(composer.OFFER_AFTER["pt-BR"])
    assert asked["offered"] == family["baile"]


def test_with_the_ai_off_the_recorded_words_offer_and_tell_too(family, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_LLM_PROVIDER", "authentic")
    runtime.reset()
    cid = start(family)
    asked = family["api"].call("POST", f"/api/conversations/{cid}/messages", family["alice"],
                               {"text": ASKED_PT, "client_message_id": ids.new_id()}
                               ).json_body["reply"]
    assert asked["provider"] == "authentic" and asked["ai_generated"] is False
    assert asked["text"].endswith(composer.OFFER_AFTER["pt-BR"]) and asked["memories_used"] == []
    assert asked["text"].count("Mas ") <= 1 and asked["offered"] == family["baile"]
    told = family["api"].call("POST", f"/api/conversations/{cid}/messages", family["alice"],
                              {"text": "sim", "client_message_id": ids.new_id()}
                              ).json_body["reply"]
    assert told["memories_used"] == [family["baile"]] and "Juiz de Fora" in told["text"]


def test_not_that_after_an_answer_offers_another_memory_close_to_the_question(family) -> None:
    cid = start(family)
    answered = say(family, cid, "Vó, como a senhora conheceu o vô Zé?")
    assert answered["memories_used"] == [family["baile"]]
    sorry = say(family, cid, "Não é isso, vó")
    assert sorry["text"].startswith(composer.CORRECTED["pt-BR"].format(vocative=", Ana"))
    assert sorry["memories_used"] == [] and sorry["offered"] == family["dita"]
    assert composer.ANOTHER["pt-BR"] in sorry["text"]
    told = say(family, cid, "sim")
    assert tells(told, family["dita"]) and "melhor amiga" in told["text"]


def test_a_long_memory_offered_after_not_that_is_quoted_where_it_meets_the_question(
        family) -> None:
    api, alice = family["api"], family["alice"]
    long = api.add_memory(alice, family["pid"], title="Amigas de toda a vida", text=(
        "Na vila as crianças brincavam na rua até escurecer, descalças e felizes. "
        "A escola ficava longe e a gente ia a pé, cantando, pela estrada de terra. "
        "No domingo tinha missa cedo e depois almoço na casa da tia, com frango. "
        "A minha mãe costurava para fora e eu ajudava a pregar botões à noite. "
        "Foi na quermesse da igreja que eu conheci a Nena, que virou minha comadre."))["id"]
    cid = start(family)
    assert say(family, cid, "Vó, como a senhora conheceu a sua comadre?")["memories_used"]
    sorry = say(family, cid, "não é isso")
    assert sorry["offered"] == long
    told = say(family, cid, "sim")
    assert told["memories_used"] == [long] and "quermesse" in told["text"]
    # the sentences that meet the question, not the memory's first 360 characters
    assert "brincavam na rua" not in told["text"]


def test_not_that_after_a_memory_told_on_a_yes_ends_honestly(family) -> None:
    cid = start(family)
    assert say(family, cid, "Vó, como a senhora conheceu o vô Zé?")["memories_used"] == [
        family["baile"]]
    assert say(family, cid, "não é isso")["offered"] == family["dita"]
    assert say(family, cid, "sim")["memories_used"] == [family["dita"]]
    again = say(family, cid, "não é isso")  # the offer was the last thing close to it
    assert again["text"] == (composer.CORRECTED["pt-BR"].format(vocative=", Ana") + " "
                             + composer.NOTHING_ELSE["pt-BR"])
    assert again["memories_used"] == [] and "offered" not in again


def test_not_that_with_nothing_else_close_says_so_honestly(family) -> None:
    cid = start(family, "en")
    answered = say(family, cid, "Grandma, where did you work as a seamstress?")
    assert answered["memories_used"] == [family["fabrica"]]
    sorry = say(family, cid, "that's not it")
    assert sorry["text"] == (composer.CORRECTED["en"].format(vocative=", Ana") + " "
                             + composer.NOTHING_ELSE["en"])
    assert sorry["memories_used"] == [] and "offered" not in sorry


def test_not_that_before_any_answer_is_a_message_of_its_own(family) -> None:
    reply = say(family, start(family), "não é isso")
    assert reply["memories_used"] == [] and "offered" not in reply
    assert not reply["text"].startswith("Desculpe")
