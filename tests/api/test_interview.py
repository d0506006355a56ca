"""The guided life interview through the API (docs/interview.md): one question at a time in
the asker's language, answers that become findable memories, skip and later, what the
memories already answer left out, roles, limits, export and erasure. Runs on both stores."""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from chalicelib import ids, interview, memories
from chalicelib.store.repository import MemoryLimits
from tests.conftest import Api, User, all_items
from tests.docs.test_openapi import Checked, SPEC_PATH

WEDDING = "Casei com o Antônio em 1963, numa manhã de chuva, e o bolo era de fubá."
SEWING = "Aprendi a costurar com a minha mãe, na máquina Singer que veio de Portugal."
FIRST = interview.bank()[0].questions[0]


def base(pid: str) -> str:
    return f"/api/personas/{pid}/interview"


def ask(api: Api, user: User, pid: str, query: str = "",
        headers: dict[str, str] | None = None) -> dict[str, Any]:
    r = api.call("GET", f"{base(pid)}/next{query}", user, headers=headers)
    assert r.status_code == 200, r.body
    return r.json_body


def chapter(progress: dict[str, Any], key: str) -> dict[str, Any]:
    return next(c for c in progress["chapters"] if c["chapter"] == key)


def test_one_question_at_a_time_in_the_askers_language(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, name="Maria Aparecida dos Santos")["id"]
    first = ask(api, alice, pid)  # no language asked for: the persona's
    assert first["question_id"] == FIRST.id and first["language"] == "pt-BR"
    assert first["text"] == "Onde Maria nasceu e cresceu?"
    assert first["follow_up"] == FIRST.follow_up["pt-BR"].replace("{name}", "Maria")
    assert (first["chapter"], first["chapter_name"]) == ("childhood", "Infância")
    assert not first["done"] and not first["later"]
    total = len(interview.questions())
    assert first["progress"]["total"] == first["progress"]["remaining"] == total
    assert chapter(first["progress"], "childhood") == {
        "chapter": "childhood", "name": "Infância", "answered": 0, "known": 0, "skipped": 0,
        "later": 0, "remaining": len(interview.bank()[0].questions),
        "total": len(interview.bank()[0].questions)}

    english = ask(api, alice, pid, headers={"accept-language": "en-GB,en;q=0.9,pt;q=0.5"})
    assert english["text"] == "Where was Maria born and raised?"
    assert english["chapter_name"] == "Childhood" and english["language"] == "en"
    assert chapter(english["progress"], "hard-times")["name"] == "Hard times"
    # the query's language wins over the header's, as a conversation's body does
    chosen = ask(api, alice, pid, "?language=pt-BR", {"accept-language": "en"})
    assert chosen["text"] == "Onde Maria nasceu e cresceu?"


def test_an_answer_is_a_memory_the_chat_finds(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, name="Maria Aparecida")["id"]
    r = api.call("POST", f"{base(pid)}/answers", alice, {
        "question_id": FIRST.id, "language": "pt-BR",
        "text": "Nasci em Itabira e cresci na fazenda do meu pai, com seis irmãos."})
    assert r.status_code == 201, r.body
    memory = r.json_body
    assert memory["title"] == "Onde Maria nasceu e cresceu?"
    assert memory["tags"] == ["interview", "childhood"] and memory["status"] == "active"
    assert api.call("GET", f"/api/personas/{pid}/memories/{memory['id']}",
                    alice).status_code == 200
    # The chat's search finds it by the question asked as a grandchild would ask it.
    found = api.call("GET", f"/api/personas/{pid}/memories?q=V%C3%B3%2C%20onde%20voc%C3%AA"
                            "%20cresceu%3F", alice).json_body["items"]
    assert found[0]["id"] == memory["id"] and found[0]["answers"]

    after = ask(api, alice, pid)
    assert after["question_id"] != FIRST.id
    assert chapter(after["progress"], "childhood")["answered"] == 1
    assert after["progress"]["answered"] == 1

    # An answer written in English is titled with the question in English.
    r = api.call("POST", f"{base(pid)}/answers", alice, {
        "question_id": "food.favourite", "language": "pt-BR",
        "text": "She loved her eggplant lasagna, and she made it every single Sunday."})
    assert r.json_body["title"] == "What was Maria's favourite food?"
    # The follow-up's answer is a memory of its own, titled with the follow-up; the
    # question itself is still to be asked.
    r = api.call("POST", f"{base(pid)}/answers", alice, {
        "question_id": "school.first", "answer_to": "follow_up",
        "text": "Ia a pé, de mãos dadas com a irmã mais velha."})
    assert r.status_code == 201
    assert r.json_body["title"] == "Como Maria ia para a escola: a pé, de ônibus, com quem?"
    assert r.json_body["tags"] == ["interview", "school"]
    assert chapter(ask(api, alice, pid)["progress"], "school")["answered"] == 0


def test_skip_is_for_good_and_later_comes_back_after_the_others(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    school = [q.id for q in interview.questions().values() if q.chapter == "school"]
    first = ask(api, alice, pid, "?chapter=school")
    assert first["question_id"] == school[0]
    assert api.call("POST", f"{base(pid)}/skip", alice,
                    {"question_id": school[0], "ask_again": "later"}).status_code == 204
    assert api.call("POST", f"{base(pid)}/skip", alice,
                    {"question_id": school[1], "ask_again": "later"}).status_code == 204
    asked = []
    for _ in school[2:]:
        shown = ask(api, alice, pid, "?chapter=school")
        assert not shown["later"]
        asked.append(shown["question_id"])
        assert api.call("POST", f"{base(pid)}/skip", alice,
                        {"question_id": shown["question_id"]}).status_code == 204
    assert asked == school[2:]
    back = ask(api, alice, pid, "?chapter=school")
    assert back["question_id"] == school[0] and back["later"]  # the longest put off first
    counts = chapter(back["progress"], "school")
    assert (counts["skipped"], counts["later"], counts["remaining"]) == (len(school) - 2, 2, 2)
    # put off again, it goes behind the other one put off
    api.call("POST", f"{base(pid)}/skip", alice, {"question_id": school[0], "ask_again": "later"})
    assert ask(api, alice, pid, "?chapter=school")["question_id"] == school[1]
    for qid in school[:2]:
        api.call("POST", f"{base(pid)}/skip", alice, {"question_id": qid, "ask_again": "never"})
    done = ask(api, alice, pid, "?chapter=school")
    assert done["done"] and done["question_id"] is None and done["text"] is None
    assert chapter(done["progress"], "school")["skipped"] == len(school)
    # other chapters are still there to ask
    assert not ask(api, alice, pid)["done"]


def test_questions_put_off_in_one_millisecond_come_back_in_the_order_put_off(
        api: Api, alice: User, monkeypatch) -> None:
    pid = api.create_persona(alice)["id"]
    school = [q.id for q in interview.questions().values() if q.chapter == "school"]
    # From here the clock moves 1 µs a reading, starting on a millisecond's edge.
    start = ids.now().replace(microsecond=0) + dt.timedelta(seconds=1)
    steps = itertools.count(1)
    monkeypatch.setattr(ids, "now", lambda: start + dt.timedelta(microseconds=next(steps)))
    for qid in (school[0], school[1], school[0]):  # the first put off again, last
        assert api.call("POST", f"{base(pid)}/skip", alice,
                        {"question_id": qid, "ask_again": "later"}).status_code == 204
    for qid in school[2:]:
        api.call("POST", f"{base(pid)}/skip", alice, {"question_id": qid})
    assert ask(api, alice, pid, "?chapter=school")["question_id"] == school[1]


def test_when_every_question_is_answered_or_skipped_next_says_so(sqlite_api: Api) -> None:
    api = sqlite_api
    alice = api.login("alice@example.com", "Alice Ferreira")
    pid = api.create_persona(alice)["id"]
    for qid in list(interview.questions())[1:]:
        assert api.call("POST", f"{base(pid)}/skip", alice,
                        {"question_id": qid}).status_code == 204
    assert api.call("POST", f"{base(pid)}/answers", alice,
                    {"question_id": FIRST.id, "text": "Em Itabira."}).status_code == 201
    done = ask(api, alice, pid)
    assert done["done"] and done["question_id"] is None
    progress = done["progress"]
    assert (progress["answered"], progress["skipped"], progress["remaining"]) == \
        (1, len(interview.questions()) - 1, 0)
    # an answered question is not skipped after the fact
    r = api.call("POST", f"{base(pid)}/skip", alice, {"question_id": FIRST.id})
    assert r.status_code == 409 and r.json_body["Reason"] == "already_answered"


def test_a_question_the_memories_answer_is_not_asked(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, name="Maria Aparecida")["id"]
    api.add_memory(alice, pid, text=WEDDING, title="O casamento")
    love = [q.id for q in interview.questions().values() if q.chapter == "love"]
    asked = []
    for _ in love:
        shown = ask(api, alice, pid, "?chapter=love")
        if shown["done"]:
            break
        asked.append(shown["question_id"])
        api.call("POST", f"{base(pid)}/skip", alice, {"question_id": shown["question_id"]})
    assert "love.wedding" not in asked and asked == [q for q in love if q != "love.wedding"]
    progress = ask(api, alice, pid)["progress"]
    assert chapter(progress, "love")["known"] == 1 and progress["known"] == 1
    # The memory goes: the question comes back.
    memory_id = api.call("GET", f"/api/personas/{pid}/memories", alice).json_body["items"][0]["id"]
    api.call("DELETE", f"/api/personas/{pid}/memories/{memory_id}", alice)
    assert ask(api, alice, pid, "?chapter=love")["question_id"] == "love.wedding"


def test_an_unrelated_memory_answers_no_question(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, name="Maria Aparecida")["id"]
    api.add_memory(alice, pid, text=SEWING, title="A máquina Singer")
    for language in ("pt-BR", "en"):
        progress = ask(api, alice, pid, f"?language={language}")["progress"]
        assert progress["known"] == 0, language
    assert ask(api, alice, pid, "?chapter=love")["question_id"] == "love.first_love"


def test_a_memory_that_mentions_a_topic_in_passing_does_not_answer_it(api: Api,
                                                                      alice: User) -> None:
    """It once did: the father named in an answer about where she grew up skipped the question
    about her parents, then worded around one word ("os pais")."""
    pid = api.create_persona(alice, name="Maria Aparecida")["id"]
    api.add_memory(alice, pid, title="Onde Maria nasceu e cresceu?",
                   text="Nasceu em Itabira e cresceu na fazenda do pai, com seis irmãos.")
    shown = ask(api, alice, pid, "?chapter=childhood")
    assert shown["question_id"] == "childhood.parents"  # the first, where she grew up, is known
    assert chapter(shown["progress"], "childhood")["known"] == 1


def test_visitors_may_not_and_editors_may(api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    api.invite_and_accept(alice, pid, bob, "visitor")
    before = sorted(map(repr, all_items()))
    for method, path, body in [("GET", f"{base(pid)}/next", None),
                               ("POST", f"{base(pid)}/answers",
                                {"question_id": FIRST.id, "text": "x"}),
                               ("POST", f"{base(pid)}/skip", {"question_id": FIRST.id})]:
        r = api.call(method, path, bob, body)
        assert r.status_code == 403, (method, path, r.status_code)
    assert sorted(map(repr, all_items())) == before
    carol = api.login("carol@example.com", "Carol")
    api.invite_and_accept(alice, pid, carol, "editor")
    assert api.call("POST", f"{base(pid)}/answers", carol,
                    {"question_id": FIRST.id, "text": "Em Itabira."}).status_code == 201
    assert ask(api, alice, pid)["progress"]["answered"] == 1  # the family shares one interview


def test_bad_input_names_the_field(sqlite_api: Api) -> None:
    api = sqlite_api
    alice = api.login("alice@example.com", "Alice Ferreira")
    pid = api.create_persona(alice)["id"]
    for method, path, body, field in [
            ("GET", f"{base(pid)}/next?language=fr", None, "language"),
            ("GET", f"{base(pid)}/next?chapter=war", None, "chapter"),
            ("GET", f"{base(pid)}/next?q=x", None, "q"),
            ("POST", f"{base(pid)}/answers", {"question_id": "nope.nope", "text": "x"},
             "question_id"),
            ("POST", f"{base(pid)}/answers", {"question_id": FIRST.id}, "text"),
            ("POST", f"{base(pid)}/answers", {"question_id": FIRST.id, "text": "x" * 8001},
             "text"),
            ("POST", f"{base(pid)}/answers",
             {"question_id": FIRST.id, "text": "x", "answer_to": "other"}, "answer_to"),
            ("POST", f"{base(pid)}/skip", {"question_id": FIRST.id, "ask_again": "soon"},
             "ask_again"),
            ("POST", f"{base(pid)}/skip", {}, "question_id")]:
        r = api.call(method, path, alice, body)
        assert r.status_code == 400, (path, body, r.body)
        assert r.json_body.get("Field") == field, (path, body, r.json_body)
    assert api.call("GET", f"/api/personas/{pid}/memories", alice).json_body["items"] == []


def test_answers_keep_the_memory_limits(sqlite_api: Api, monkeypatch) -> None:
    api = sqlite_api
    monkeypatch.setattr(memories, "LIMITS", MemoryLimits(count=1, chars=1_000_000))
    alice = api.login("alice@example.com", "Alice Ferreira")
    pid = api.create_persona(alice)["id"]
    assert api.call("POST", f"{base(pid)}/answers", alice,
                    {"question_id": FIRST.id, "text": "Em Itabira."}).status_code == 201
    r = api.call("POST", f"{base(pid)}/answers", alice,
                 {"question_id": "school.first", "text": "Na escola do bairro."})
    assert r.status_code == 422 and r.json_body["Reason"] == "memories_full"
    assert ask(api, alice, pid)["progress"]["answered"] == 1  # nothing marked answered


def test_the_export_holds_the_interview_and_erasure_removes_it(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    memory = api.call("POST", f"{base(pid)}/answers", alice,
                      {"question_id": FIRST.id, "text": "Em Itabira."}).json_body
    api.call("POST", f"{base(pid)}/skip", alice, {"question_id": "school.first",
                                                  "ask_again": "later"})
    exported = api.call("GET", "/api/me/export", alice).json_body
    state = exported["personas_owned"][0]["interview"]["questions"]
    assert [(e["question_id"], e["chapter"], e["status"], e.get("memory_id")) for e in state] == \
        [(FIRST.id, "childhood", "answered", memory["id"]),
         ("school.first", "school", "later", None)]
    assert memory["id"] in {m["id"] for m in exported["memories"]}
    assert any(i["SK"] == "INTERVIEW" for i in all_items())
    assert api.call("DELETE", f"/api/personas/{pid}", alice).status_code == 204
    assert not [i for i in all_items() if pid in i["PK"]]


def test_answers_fit_the_documented_schemas(sqlite_api: Api) -> None:
    import yaml
    doc = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    parameters = doc["paths"]["/api/personas/{persona_id}/interview/next"]["get"]["parameters"]
    chapters = next(p for p in parameters if p["name"] == "chapter")["schema"]["enum"]
    assert chapters == [c.key for c in interview.bank()]  # the document names the bank's
    call = Checked(sqlite_api, doc)
    alice = sqlite_api.login("alice@example.com", "Alice Ferreira")
    pid = sqlite_api.create_persona(alice)["id"]
    route = "/api/personas/{persona_id}/interview"
    call("GET", route + "/next", 200, alice, persona_id=pid)
    call("GET", route + "/next", 400, alice, query="?language=xx", persona_id=pid)
    call("POST", route + "/answers", 201, alice, {"question_id": FIRST.id, "text": "Itabira."},
         persona_id=pid)
    call("POST", route + "/skip", 409, alice, {"question_id": FIRST.id}, persona_id=pid)
    call("POST", route + "/skip", 204, alice, {"question_id": "school.first"}, persona_id=pid)
    call("GET", route + "/next", 200, alice, query="?chapter=school&language=en",
         persona_id=pid)
    export = call("GET", "/api/me/export", 200, alice)
    assert export["personas_owned"][0]["interview"]["questions"]
