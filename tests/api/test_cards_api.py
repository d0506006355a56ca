"""Character cards through the API, on both stores: who may export, the round trip, and every
malformed import answered 400 with nothing created (docs/cards.md)."""
from __future__ import annotations

import base64
import json
import logging
from typing import Any, Iterator

import pytest

from chalicelib import cards
from chalicelib.schemas import CARD_BODY_BYTES
from chalicelib.store.repository import Store
from tests.conftest import Api, User, item_count

CONSENT = {"basis": "family", "statement": "Sou a neta e a família autorizou.",
           "attested_by": "Bob Souza"}
PERSONA_FIELDS = ("name", "language", "relationship", "birth_year", "death_year", "biography",
                  "personality", "speaking_style", "example_messages", "greeting", "aliases",
                  "status")
MEMORY_FIELDS = ("text", "title", "date", "tags", "triggers")
SECRET = "segredo-da-familia-7731"  # a word only the card's text holds


def card_url(pid: str, fmt: str = "") -> str:
    return f"/api/personas/{pid}/card" + (f"?format={fmt}" if fmt else "")


def png_headers(user: User) -> dict[str, str]:
    return {**user.headers, "accept": "image/png"}


@pytest.fixture
def legacy(api: Api, alice: User) -> str:
    """Alice's persona with every field and three memories."""
    pid = api.create_persona(
        alice, relationship="avô", birth_year=1932, death_year=2019,
        biography=f"Nasceu em Minas. {SECRET}", personality="Calmo.",
        speaking_style="Falava 'uai'.", example_messages=["Oi, meu bem!", "Uai.\nCadê o café?"],
        greeting="Oi, meu bem!", aliases=[{"name": "Antônio", "also_called": ["Vô Toninho"]}])["id"]
    api.add_memory(alice, pid, text=f"Conheci a Cida na festa junina. {SECRET}",
                   title="Festa junina", date="1961-06", tags=["Cida"], triggers=["quadrilha"])
    api.add_memory(alice, pid, text="Trabalhei na Central do Brasil.", title="A ferrovia")
    api.add_memory(alice, pid, text="O café era coado no pano.")
    return pid


def memories_of(api: Api, user: User, pid: str) -> list[dict[str, Any]]:
    items = api.call("GET", f"/api/personas/{pid}/memories?limit=100", user).json_body["items"]
    return sorted(({k: m[k] for k in MEMORY_FIELDS} for m in items), key=lambda m: m["text"])


def persona_of(api: Api, user: User, pid: str) -> dict[str, Any]:
    return api.call("GET", f"/api/personas/{pid}", user).json_body


def import_card(api: Api, user: User, **body: Any) -> Any:
    return api.call("POST", "/api/personas/import-card", user, {"consent": CONSENT, **body})


# -- export --------------------------------------------------------------------------------------

def test_the_owner_exports_the_card_as_json(api: Api, alice: User, legacy: str) -> None:
    r = api.call("GET", card_url(legacy), alice)
    assert r.status_code == 200, r.body
    assert r.headers["Content-Type"] == "application/json"
    assert "attachment" in r.headers["Content-Disposition"]
    card = r.json_body
    assert card["spec"] == "chara_card_v2" and card["data"]["name"] == "Antônio Carlos"
    assert len(card["data"]["character_book"]["entries"]) == 3
    text = json.dumps(card)
    assert alice.id not in text and alice.email not in text and "attested_by" not in text


def test_the_png_is_an_image_with_the_card_inside(api: Api, alice: User, legacy: str) -> None:
    r = api.call("GET", card_url(legacy, "png"), alice, headers={"accept": "image/png"})
    assert r.status_code == 200, r.body
    assert r.headers["Content-Type"] == "image/png"
    assert r.headers["Content-Disposition"].endswith(".card.png")
    png = r.body
    assert isinstance(png, bytes) and png.startswith(cards.PNG_SIGNATURE)
    card = cards.parse_json(cards.card_text_of_png(png))
    assert card == api.call("GET", card_url(legacy), alice).json_body


def test_an_editor_may_export_a_visitor_may_not(api: Api, alice: User, bob: User,
                                                legacy: str) -> None:
    carol = api.login("carol@example.com", "Carol Lima")
    api.invite_and_accept(alice, legacy, bob, role="editor")
    api.invite_and_accept(alice, legacy, carol, role="visitor")
    assert api.call("GET", card_url(legacy), bob).status_code == 200
    r = api.call("GET", card_url(legacy, "png"), carol, headers={"accept": "image/png"})
    assert r.status_code == 403 and r.json_body["Code"] == "ForbiddenError"
    assert api.call("GET", card_url(legacy), carol).status_code == 403


def test_someone_without_a_role_cannot_export_it_at_all(api: Api, alice: User, bob: User,
                                                        legacy: str) -> None:
    for url in (card_url(legacy), card_url(legacy, "png")):
        r = api.call("GET", url, bob, headers={"accept": "image/png"})
        assert r.status_code == 404 and r.json_body["Message"] == "persona not found"
        assert SECRET not in json.dumps(r.json_body)
    assert api.call("GET", card_url(legacy), headers={"authorization": ""}).status_code == 401


def test_a_member_removed_can_no_longer_export(api: Api, alice: User, bob: User,
                                               legacy: str) -> None:
    api.invite_and_accept(alice, legacy, bob, role="editor")
    assert api.call("GET", card_url(legacy), bob).status_code == 200
    assert api.call("DELETE", f"/api/personas/{legacy}/members/{bob.id}", alice).status_code == 204
    assert api.call("GET", card_url(legacy), bob).status_code == 404


@pytest.mark.parametrize("query, headers, reason", [
    ("?format=xml", {}, "not_a_choice"),
    ("?format=png", {}, "accept_png"),
    ("?format=png", {"accept": "*/*"}, "accept_png"),
    ("?colour=blue", {}, "unknown_parameter"),
])
def test_a_bad_export_request_is_named(sqlite_api: Api, query: str, headers: dict,
                                       reason: str) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    r = sqlite_api.call("GET", f"/api/personas/{pid}/card{query}", alice, headers=headers)
    assert r.status_code == 400 and r.json_body["Reason"] == reason, r.body


# -- import --------------------------------------------------------------------------------------

def test_a_card_made_here_comes_back_as_the_same_persona_and_memories(
        api: Api, alice: User, bob: User, legacy: str) -> None:
    """Exported by Alice, imported by Bob (as JSON and as PNG): his copy has the same fields and
    the same memories, and is his alone."""
    card = api.call("GET", card_url(legacy), alice).json_body
    png = api.call("GET", card_url(legacy, "png"), alice, headers={"accept": "image/png"}).body
    original = persona_of(api, alice, legacy)
    for body in ({"card": card}, {"png_base64": base64.b64encode(png).decode()}):
        r = import_card(api, bob, **body)
        assert r.status_code == 201, r.body
        made = r.json_body
        assert made["role"] == "owner" and made["memory_count"] == 3
        assert made["card_import"] == {"version": "v2", "memories": 3, "kept": []}
        assert made["consent"]["attested_by"] == "Bob Souza" and made["consent"]["attested_at"]
        assert {k: made[k] for k in PERSONA_FIELDS} == {k: original[k] for k in PERSONA_FIELDS}
        assert memories_of(api, bob, made["id"]) == memories_of(api, alice, legacy)
        # His copy's card is the card he imported.
        again = api.call("GET", card_url(made["id"]), bob).json_body
        assert again == card
        # Only Bob has a role on it.
        members = api.call("GET", f"/api/personas/{made['id']}/members", bob).json_body["items"]
        assert [m["user_id"] for m in members] == [bob.id]
        assert api.call("GET", f"/api/personas/{made['id']}", alice).status_code == 404
        assert api.call("GET", card_url(made["id"]), alice).status_code == 404


def test_a_card_from_another_tool_imports_and_exports_what_it_kept(api: Api, bob: User) -> None:
    card = {"spec": "chara_card_v2", "spec_version": "2.0", "data": {
        "name": "Ada", "description": "{{char}} wrote the first program.",
        "personality": "Curious.",
        "scenario": "A salon.", "first_mes": "Hello, I am {{char}}.",
        "mes_example": "<START>\n{{user}}: Hi\n{{char}}: Good day.", "creator_notes": "by Bea",
        "system_prompt": "", "post_history_instructions": "", "alternate_greetings": ["Hi!"],
        "tags": ["history"], "creator": "Bea", "character_version": "2",
        "extensions": {"talkativeness": "0.5", "depth_prompt": {"depth": 4, "weight": 0.25}},
        "character_book": {"name": "Ada's world", "entries": [
            {"keys": ["engine", "Babbage"], "content": "{{char}} worked with Babbage.",
             "comment": "Babbage", "enabled": True, "insertion_order": 0, "extensions": {}}]}}}
    r = import_card(api, bob, card=card)
    assert r.status_code == 201, r.body
    made = r.json_body
    assert made["language"] == "en" and made["biography"] == "Ada wrote the first program."
    assert made["greeting"] == "Hello, I am Ada." and made["example_messages"] == ["Good day."]
    assert made["card_import"]["kept"] == sorted(
        ["scenario", "mes_example", "mes_example_for", "creator_notes", "alternate_greetings",
         "tags", "creator", "character_version", "extensions"])
    assert memories_of(api, bob, made["id"]) == [
        {"text": "Ada worked with Babbage.", "title": "Babbage", "date": None,
         "tags": ["engine", "Babbage"], "triggers": []}]
    assert "scenario" not in persona_of(api, bob, made["id"])  # kept aside, not shown
    data = api.call("GET", card_url(made["id"]), bob).json_body["data"]
    for name in ("scenario", "mes_example", "creator_notes", "alternate_greetings", "tags",
                 "creator", "character_version"):
        assert data[name] == card["data"][name], name
    assert data["extensions"]["depth_prompt"] == {"depth": 4, "weight": 0.25}
    assert data["extensions"]["talkativeness"] == "0.5"


def test_a_v1_card_imports(api: Api, bob: User) -> None:
    r = import_card(api, bob, language="pt-BR",
                    card={"name": "Zé", "description": "Pescador.", "personality": "",
                          "scenario": "", "first_mes": "Ô de casa!", "mes_example": ""})
    assert r.status_code == 201, r.body
    assert r.json_body["language"] == "pt-BR" and r.json_body["greeting"] == "Ô de casa!"
    assert r.json_body["card_import"] == {"version": "v1", "memories": 0, "kept": []}


def test_import_needs_the_consent_a_new_persona_needs(api: Api, bob: User) -> None:
    before = item_count()
    r = api.call("POST", "/api/personas/import-card", bob, {"card": {"name": "Zé"}})
    assert r.status_code == 400 and r.json_body["Field"] == "consent"
    r = import_card(api, bob, card={"name": "Zé"}, consent={"basis": "self"})
    assert r.status_code == 400 and r.json_body["Field"] == "consent.attested_by"
    assert item_count() == before


def png_with(*extra: tuple[bytes, bytes]) -> str:
    png = cards.PNG_SIGNATURE + b"".join(cards.portrait_chunks("x")) + b"".join(
        cards._chunk(k, b) for k, b in extra) + cards._chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


def chara(card: Any) -> tuple[bytes, bytes]:
    return b"tEXt", b"chara\0" + base64.b64encode(json.dumps(card).encode())


GOOD_PNG = base64.b64decode(png_with(chara({"name": "Zé"})))
BAD_CRC = GOOD_PNG[:-30] + bytes([GOOD_PNG[-30] ^ 1]) + GOOD_PNG[-29:]
TOO_MANY = {"spec": "chara_card_v2", "data": {"name": "Zé", "character_book": {
    "entries": [{"keys": [], "content": "x"}] * 2_001}}}


@pytest.mark.parametrize("body, field, reason", [
    ({"png_base64": "não é base64"}, "png_base64", "not_base64"),
    ({"png_base64": base64.b64encode(b"GIF89a...").decode()}, "png_base64", "not_png"),
    ({"png_base64": png_with()}, "png_base64", "no_card"),
    ({"png_base64": base64.b64encode(BAD_CRC).decode()}, "png_base64", "bad_crc"),
    ({"png_base64": base64.b64encode(GOOD_PNG[:-40]).decode()}, "png_base64", "truncated_png"),
    ({"png_base64": png_with((b"tEXt", b"chara\0{}"))}, "png_base64", "bad_card"),
    ({"card": {"spec": "chara_card_v1", "data": {"name": "Zé"}}}, "card.spec", "wrong_spec"),
    ({"card": "Zé"}, "card", "not_object"),
    ({"card": TOO_MANY}, "card.data.character_book.entries", "too_many"),
    ({"png_base64": png_with(chara(TOO_MANY))}, "card.data.character_book.entries", "too_many"),
    ({"card": {"name": "Zé", "spec": "chara_card_v2", "data": {
        "name": "Zé", "character_book": {"entries": [{"keys": ["a"], "content": "  "}]}}}},
     "card.data.character_book.entries[0].content", "empty"),
    ({"card": {"name": "Zé"}, "png_base64": png_with(chara({"name": "Zé"}))}, "card",
     "card_or_png"),
    ({}, "card", "card_or_png"),
    ({"card": {"name": "Zé"}, "language": "fr"}, "language", "not_a_choice"),
    ({"card": {"name": "Zé"}, "owner": "someone"}, "owner", "unknown_field"),
])
def test_a_malformed_import_is_400_naming_the_field_and_creates_nothing(
        api: Api, bob: User, body: dict, field: str, reason: str) -> None:
    before = item_count()
    r = import_card(api, bob, **body)
    assert r.status_code == 400, r.body
    assert (r.json_body.get("Field"), r.json_body["Reason"]) == (field, reason), r.body
    assert item_count() == before
    assert api.call("GET", "/api/personas", bob).json_body["items"] == []


def test_a_body_past_the_imports_own_limit_is_413(sqlite_api: Api) -> None:
    bob = sqlite_api.login("bob@example.com", "Bob")
    raw = json.dumps({"consent": CONSENT, "png_base64": "A" * CARD_BODY_BYTES})
    r = sqlite_api.call("POST", "/api/personas/import-card", bob, raw=raw)
    assert r.status_code == 413 and r.json_body["Limits"] == {"kb": 5120}
    # Larger than other routes take, though: a 1 MB card is read.
    big = {"name": "Zé", "spec": "chara_card_v2", "data": {"name": "Zé", "character_book": {
        "entries": [{"keys": ["k"], "content": "x" * 7_000} for _ in range(140)]}}}
    r = import_card(sqlite_api, bob, card=big)
    assert r.status_code == 201 and r.json_body["memory_count"] == 140


@pytest.fixture
def failing_store(monkeypatch) -> Iterator[list[int]]:
    """The store refuses its third memory write (calls counted)."""
    calls: list[int] = []
    real = Store.add_memory

    def add_memory(self: Store, *args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the table went away")
        return real(self, *args, **kwargs)
    monkeypatch.setattr(Store, "add_memory", add_memory)
    yield calls


def test_a_write_failing_halfway_leaves_nothing(api: Api, alice: User, bob: User, legacy: str,
                                                failing_store: list[int]) -> None:
    card = api.call("GET", card_url(legacy), alice).json_body
    before = item_count()
    r = import_card(api, bob, card=card)
    assert r.status_code == 500 and len(failing_store) == 3
    assert item_count() == before
    assert api.call("GET", "/api/personas", bob).json_body["items"] == []


def test_an_import_past_the_requests_time_is_undone(api: Api, alice: User, bob: User,
                                                    legacy: str, monkeypatch) -> None:
    card = api.call("GET", card_url(legacy), alice).json_body
    monkeypatch.setattr(cards, "WRITE_SECONDS", -1.0)
    before = item_count()
    r = import_card(api, bob, card=card)
    assert r.status_code == 422 and r.json_body["Reason"] == "import_too_slow"
    assert item_count() == before


def test_logs_never_carry_the_cards_text(api: Api, alice: User, bob: User,
                                         legacy: str) -> None:
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())
    keep = Keep()
    logging.getLogger("foreverus").addHandler(keep)
    try:
        card = api.call("GET", card_url(legacy), alice).json_body
        png = api.call("GET", card_url(legacy, "png"), alice, headers={"accept": "image/png"})
        assert import_card(api, bob, card=card).status_code == 201
        assert import_card(api, bob, png_base64=base64.b64encode(png.body).decode()
                           ).status_code == 201
        card["data"]["character_book"]["entries"][0]["content"] = ""
        assert import_card(api, bob, card=card).status_code == 400
    finally:
        logging.getLogger("foreverus").removeHandler(keep)
    events = [json.loads(line)["event"] for line in lines]
    assert "card_export" in events and "card_import" in events
    text = "\n".join(lines)
    assert SECRET not in text and "Nasceu" not in text and "Cida" not in text


def test_card_answers_fit_the_documented_schemas(sqlite_api: Api) -> None:
    from tests.docs.test_openapi import SPEC_PATH, Checked
    import yaml
    doc = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    call = Checked(sqlite_api, doc)
    alice = sqlite_api.login("alice@example.com", "Alice")
    bob = sqlite_api.login("bob@example.com", "Bob Souza")
    pid = sqlite_api.create_persona(alice)["id"]
    sqlite_api.add_memory(alice, pid, title="Festa", tags=["Cida"], date="1961-06")
    route = "/api/personas/{persona_id}/card"
    card = call("GET", route, 200, alice, persona_id=pid)
    call("GET", route, 400, alice, query="?format=gif", persona_id=pid)
    call("GET", route, 404, bob, persona_id=pid)
    example = doc["paths"]["/api/personas/import-card"]["post"]["requestBody"]["content"][
        "application/json"]["example"]
    call("POST", "/api/personas/import-card", 201, bob, example)
    made = call("POST", "/api/personas/import-card", 201, bob, {"card": card, "consent": CONSENT})
    assert made["card_import"]["memories"] == 1
    call("POST", "/api/personas/import-card", 400, bob, {"card": {}, "consent": CONSENT})
