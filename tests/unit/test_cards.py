"""Character Card V2: the mapping both ways, the PNG `chara` chunk, and every malformed card
refused with the field and the limit it breaks (chalicelib/cards.py; docs/cards.md)."""
from __future__ import annotations

import base64
import copy
import json
import struct
import zlib
from typing import Any

import pytest

from chalicelib import cards, memories
from chalicelib.errors import InvalidInput
from chalicelib.schemas import CARD_JSON_BYTES, CARD_PNG_BYTES

PERSONA: dict[str, Any] = {
    "id": "P" * 22, "name": "Antônio Carlos", "language": "pt-BR", "relationship": "avô",
    "birth_year": 1932, "death_year": 2019,
    "biography": "Nasceu em Minas, em 1932.\nFoi ferroviário.",
    "personality": "Calmo, brincalhão.", "speaking_style": "Falava 'uai' e 'sô'.",
    "example_messages": ["Oi, meu bem!", "Uai, sô.\nCadê o café?"], "greeting": "Oi, meu bem!",
    "aliases": [{"name": "Antônio", "also_called": ["Vô Toninho", "Toninho"]}],
    "status": "paused", "voice": "masculine", "version": 7, "memory_count": 3,
    "consent": {"basis": "family", "statement": "Sou a neta.", "attested_by": "Ana Souza",
                "attested_at": "2026-01-01T00:00:00.000Z"},
    "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z",
}
MEMORIES: list[dict[str, Any]] = [
    {"id": "B" * 22, "persona_id": "P" * 22, "text": "Conheci a Cida na festa junina.",
     "title": "Festa junina de 1961", "date": "1961-06", "tags": ["Cida", "festa"],
     "triggers": ["quadrilha"], "created_at": "2026-01-02T00:00:00.001Z",
     "created_by": "user-alice", "embedding": [0.1, 0.2]},
    {"id": "A" * 22, "persona_id": "P" * 22, "text": "Trabalhei na Central do Brasil.",
     "title": "A ferrovia", "date": None, "tags": [], "triggers": [],
     "created_at": "2026-01-02T00:00:00.002Z", "created_by": "user-bob"},
    {"id": "C" * 22, "persona_id": "P" * 22, "text": "O café era sempre coado no pano.",
     "title": "", "date": "1970", "tags": [], "triggers": [],
     "created_at": "2026-01-02T00:00:00.003Z", "created_by": "user-alice"},
]
PERSONA_FIELDS = ("name", "language", "relationship", "birth_year", "death_year", "biography",
                  "personality", "speaking_style", "example_messages", "greeting", "aliases",
                  "status", "voice")
MEMORY_FIELDS = ("text", "title", "date", "tags", "triggers")


def v2(**data: Any) -> dict[str, Any]:
    return {"spec": "chara_card_v2", "spec_version": "2.0", "data": {"name": "Ada", **data}}


def refused(card: dict[str, Any], language: str | None = None) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        cards.parse_card(card, language)
    return caught.value


def as_memory(parsed: dict[str, Any]) -> dict[str, Any]:
    return {"title": "", "date": None, "tags": [], "triggers": [], **parsed}


# -- a persona as a card ---------------------------------------------------------------------

def test_the_card_is_v2_with_every_spec_field_in_its_place() -> None:
    card = cards.to_card(PERSONA, MEMORIES)
    assert card["spec"] == "chara_card_v2" and card["spec_version"] == "2.0"
    data = card["data"]
    for name in ("name", "description", "personality", "scenario", "first_mes", "mes_example",
                 "creator_notes", "system_prompt", "post_history_instructions",
                 "alternate_greetings", "tags", "creator", "character_version", "extensions",
                 "character_book"):
        assert name in data, name
    assert data["name"] == "Antônio Carlos" and data["description"] == PERSONA["biography"]
    assert data["personality"] == PERSONA["personality"] and data["first_mes"] == "Oi, meu bem!"
    assert data["mes_example"] == ("<START>\n{{char}}: Oi, meu bem!\n"
                                   "<START>\n{{char}}: Uai, sô.\nCadê o café?")
    assert "Forever Us" in data["creator_notes"] and "privado" in data["creator_notes"]
    ours = data["extensions"]["forever_us"]
    assert ours == {"format": 1, "language": "pt-BR", "relationship": "avô", "birth_year": 1932,
                    "death_year": 2019, "speaking_style": PERSONA["speaking_style"],
                    "aliases": PERSONA["aliases"], "status": "paused",
                    "consent": {"basis": "family"}, "voice": "masculine"}


def test_the_card_names_nobody_and_holds_only_the_consent_basis() -> None:
    text = json.dumps(cards.to_card(PERSONA, MEMORIES), ensure_ascii=False)
    for private in ("user-alice", "user-bob", "Ana Souza", "Sou a neta", "attested", "P" * 22,
                    "B" * 22, "created_by", "embedding", '"version"'):
        assert private not in text, private


def test_each_memory_is_one_book_entry_in_the_order_it_was_written() -> None:
    book = cards.to_card(PERSONA, list(reversed(MEMORIES)))["data"]["character_book"]
    first, second, third = book["entries"]
    assert [e["content"] for e in book["entries"]] == [m["text"] for m in MEMORIES]
    assert first["keys"] == ["quadrilha", "Cida", "festa"]  # triggers, then tags
    assert second["keys"] == ["ferrovia"]  # no tags: the words of its title
    assert third["keys"] == []
    assert first["name"] == first["comment"] == "Festa junina de 1961"
    assert first["extensions"]["forever_us"] == {"tags": ["Cida", "festa"],
                                                 "triggers": ["quadrilha"], "date": "1961-06"}
    assert [e["insertion_order"] for e in book["entries"]] == [0, 1, 2]
    assert all(e["enabled"] and e["position"] == "before_char" for e in book["entries"])


def test_a_persona_without_memories_has_no_book() -> None:
    assert "character_book" not in cards.to_card(PERSONA, [])["data"]


def test_a_card_made_here_comes_back_as_the_same_persona_and_memories() -> None:
    parsed = cards.parse_card(cards.to_card(PERSONA, MEMORIES), None)
    assert {k: parsed.persona.get(k) for k in PERSONA_FIELDS} == \
        {k: PERSONA[k] for k in PERSONA_FIELDS}
    assert [{k: as_memory(m)[k] for k in MEMORY_FIELDS} for m in parsed.memories] == \
        [{k: m[k] for k in MEMORY_FIELDS} for m in MEMORIES]
    assert parsed.kept == {} and parsed.version == "v2"


def test_a_voice_that_is_not_ours_is_refused_naming_its_field() -> None:
    card = cards.to_card(PERSONA, [])
    card["data"]["extensions"]["forever_us"]["voice"] = "robot"
    assert "extensions.forever_us.voice" in str(refused(card))
    del card["data"]["extensions"]["forever_us"]["voice"]
    assert "voice" not in cards.parse_card(card, None).persona  # no choice made: the default


def test_example_messages_the_block_cannot_carry_travel_in_the_extension() -> None:
    persona = {**PERSONA, "example_messages": ["{{user}}: isto não é meu", "  espaços  "]}
    card = cards.to_card(persona, [])
    assert card["data"]["extensions"]["forever_us"]["example_messages"] == \
        persona["example_messages"]
    assert cards.parse_card(card, None).persona["example_messages"] == \
        persona["example_messages"]


def test_keys_edited_in_another_tool_become_the_tags() -> None:
    card = cards.to_card(PERSONA, MEMORIES)
    card["data"]["character_book"]["entries"][0]["keys"] = ["quadrilha", "São João"]
    memory = cards.parse_card(card, None).memories[0]
    assert memory["triggers"] == ["quadrilha"] and memory["tags"] == ["São João"]


# -- cards from other tools --------------------------------------------------------------------

def test_a_v1_card_imports_with_its_macros_resolved() -> None:
    card = {"name": "Ada", "description": "{{char}} wrote the first program.",
            "personality": "curious", "scenario": "A salon in London.",
            "first_mes": "Hello! I am {{char}}.",
            "mes_example": "<START>\n{{user}}: Who are you?\n{{char}}: I am <BOT>, a "
                           "mathematician.\n<START>\n{{char}}: Numbers are poetry."}
    parsed = cards.parse_card(card, None)
    assert parsed.version == "v1"
    assert parsed.persona["biography"] == "Ada wrote the first program."
    assert parsed.persona["greeting"] == "Hello! I am Ada."
    assert parsed.persona["example_messages"] == ["I am Ada, a mathematician.",
                                                  "Numbers are poetry."]
    assert parsed.persona["language"] == "en" and parsed.memories == []
    # The user's lines are not the person's words; the dialogue is kept to be given back.
    assert parsed.kept["mes_example"] == card["mes_example"]
    assert parsed.kept["scenario"] == "A salon in London."


def test_a_v2_card_without_a_book_has_no_memories() -> None:
    parsed = cards.parse_card(v2(description="Poeta.", character_book=None), "pt-BR")
    assert parsed.memories == [] and parsed.persona["language"] == "pt-BR"


def test_the_language_is_the_chosen_one_else_the_cards_else_its_texts() -> None:
    assert cards.parse_card(v2(description="Ela nasceu em São Paulo e não gostava de café."),
                            None).persona["language"] == "pt-BR"
    assert cards.parse_card(v2(description="She was born in London."),
                            None).persona["language"] == "en"
    ours = v2(extensions={"forever_us": {"language": "pt-BR"}}, description="In English.")
    assert cards.parse_card(ours, None).persona["language"] == "pt-BR"
    assert cards.parse_card(ours, "en").persona["language"] == "en"


def test_what_has_no_home_is_kept_and_exported_again() -> None:
    card = v2(scenario="Um café.", creator_notes="Feito por mim.", system_prompt="Seja gentil.",
              post_history_instructions="Curto.", alternate_greetings=["Olá!", "Bom dia!"],
              tags=["histórico"], creator="Bea", character_version="3",
              first_mes="Olá! " * 200,
              extensions={"depth_prompt": {"depth": 4, "prompt": "x", "weight": 0.5},
                          "fav": True, "forever_us": {"status": "active"}})
    parsed = cards.parse_card(card, "pt-BR")
    assert "greeting" not in parsed.persona  # longer than a greeting may be: kept instead
    assert parsed.kept["extensions"] == {"depth_prompt": {"depth": 4, "prompt": "x",
                                                          "weight": 0.5}, "fav": True}
    persona = {**PERSONA, **parsed.persona, "greeting": "",
               "card_kept": json.dumps(parsed.kept, ensure_ascii=False)}
    again = cards.to_card(persona, [])["data"]
    for name in ("scenario", "creator_notes", "system_prompt", "post_history_instructions",
                 "alternate_greetings", "tags", "creator", "character_version", "first_mes"):
        assert again[name] == card["data"][name], name
    assert again["extensions"]["depth_prompt"] == card["data"]["extensions"]["depth_prompt"]
    assert again["extensions"]["fav"] is True


def test_a_dialogue_example_is_given_back_until_its_messages_change() -> None:
    dialogue = "<START>\n{{user}}: Oi?\n{{char}}: Oi, meu bem."
    parsed = cards.parse_card(v2(mes_example=dialogue), "pt-BR")
    persona = {**PERSONA, **parsed.persona, "card_kept": json.dumps(parsed.kept)}
    assert cards.to_card(persona, [])["data"]["mes_example"] == dialogue
    persona["example_messages"] = ["Outra coisa."]
    assert cards.to_card(persona, [])["data"]["mes_example"] == "<START>\n{{char}}: Outra coisa."


def test_book_entries_of_other_tools_become_memories_with_their_keys_as_tags() -> None:
    book = {"entries": [
        {"keys": ["trem", "", "trem", "ferrovia"], "content": "{{char}} dirigia trens.",
         "comment": "Trabalho", "enabled": False, "extensions": {"x": 1}},
        {"keys": [], "content": "Gostava de pescar.", "name": "Pesca", "comment": "nota"},
    ]}
    found = cards.parse_card(v2(name="Zé", character_book=book), "pt-BR").memories
    assert found == [{"text": "Zé dirigia trens.", "title": "Trabalho",
                      "tags": ["trem", "ferrovia"]},
                     {"text": "Gostava de pescar.", "title": "Pesca", "tags": []}]


def test_a_v3_card_is_read_by_its_v2_fields() -> None:
    parsed = cards.parse_card({"spec": "chara_card_v3", "spec_version": "3.0",
                               "data": {"name": "Ada", "description": "Poet.", "nickname": "A",
                                        "assets": []}}, "en")
    assert parsed.version == "v3" and parsed.persona["biography"] == "Poet."


# -- malformed cards: the field and the limit --------------------------------------------------

@pytest.mark.parametrize("card, field, reason", [
    ({"spec": "chara_card_v9", "data": {"name": "A"}}, "card.spec", "wrong_spec"),
    ({"spec": ["x"], "data": {}}, "card.spec", "wrong_spec"),
    ({"description": "no name"}, "card", "wrong_spec"),
    ({"spec": "chara_card_v2", "data": "A"}, "card.data", "not_object"),
    (v2(description=7), "card.data.description", "not_text"),
    (v2(name=""), "card.data.name", "empty"),
    (v2(name="x" * 121), "card.data.name", "too_long"),
    (v2(description="x" * 12_001), "card.data.description", "too_long"),
    (v2(description="bip\x07"), "card.data.description", "control_character"),
    (v2(tags="a, b"), "card.data.tags", "not_a_list"),
    (v2(extensions=[]), "card.data.extensions", "not_object"),
    (v2(character_book=[]), "card.data.character_book", "not_object"),
    (v2(character_book={"entries": {}}), "card.data.character_book.entries", "not_a_list"),
    (v2(character_book={"entries": [{"keys": ["a"], "content": ""}]}),
     "card.data.character_book.entries[0].content", "empty"),
    (v2(character_book={"entries": [{"keys": ["a"], "content": "ok"}, {"keys": ["b"]}]}),
     "card.data.character_book.entries[1].content", "empty"),
    (v2(character_book={"entries": [{"keys": ["a"], "content": "x" * 8_001}]}),
     "card.data.character_book.entries[0].content", "too_long"),
    (v2(character_book={"entries": [{"keys": [f"k{i}" for i in range(21)], "content": "x"}]}),
     "card.data.character_book.entries[0].keys", "too_many"),
    (v2(character_book={"entries": [{"keys": ["x" * 41], "content": "x"}]}),
     "card.data.character_book.entries[0].keys[0]", "too_long"),
    (v2(character_book={"entries": [{"content": "x", "name": "t" * 201}]}),
     "card.data.character_book.entries[0].name", "too_long"),
    (v2(character_book={"entries": ["x"]}), "card.data.character_book.entries[0]",
     "not_object"),
    (v2(extensions={"forever_us": {"birth_year": 1990, "death_year": 1980}}),
     "card.data.extensions.forever_us.death_year", "years_out_of_order"),
    (v2(extensions={"forever_us": {"status": "gone"}}),
     "card.data.extensions.forever_us.status", "not_a_choice"),
])
def test_a_malformed_card_is_refused_naming_its_field(card: dict, field: str | None,
                                                      reason: str) -> None:
    error = refused(card)
    assert (error.field, error.reason) == (field, reason), error.message


def test_a_book_past_the_memory_count_is_refused_before_its_entries_are_read() -> None:
    entries = [{"keys": [], "content": ""}] * (memories.LIMITS.count + 1)
    error = refused(v2(character_book={"entries": entries}))
    assert error.field == "card.data.character_book.entries" and error.reason == "too_many"
    assert error.limits == {"max": 2_000} and "2,001 entries" in error.message


def test_a_book_past_the_memory_characters_is_refused() -> None:
    entries = [{"keys": [], "content": "x" * 8_000} for _ in range(126)]
    error = refused(v2(character_book={"entries": entries}))
    assert error.reason == "too_long" and error.limits == {"max": 1_000_000}
    assert "1,008,000 characters" in error.message


def test_what_would_be_kept_is_bounded_naming_its_largest_field() -> None:
    error = refused(v2(system_prompt="x" * 30_000, scenario="y"))
    assert error.field == "card.data.system_prompt" and error.reason == "too_large"
    assert error.limits == {"max_bytes": cards.KEPT_BYTES}


def test_the_message_says_what_the_field_becomes() -> None:
    error = refused(v2(personality="x" * 3_001))
    assert error.message == ("card.data.personality: at most 3000 characters (got 3001) "
                             "(it becomes the personality)")


# -- the PNG -----------------------------------------------------------------------------------

def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    return list(cards.png_chunks(png))


def make_png(*extra: tuple[bytes, bytes], seed: str = "s") -> bytes:
    """A valid PNG (the portrait) with extra chunks before IEND."""
    return cards.PNG_SIGNATURE + b"".join(cards.portrait_chunks(seed)) + b"".join(
        cards._chunk(kind, body) for kind, body in extra) + cards._chunk(b"IEND", b"")


def text_chunk(keyword: bytes, card: Any) -> tuple[bytes, bytes]:
    return b"tEXt", keyword + b"\0" + base64.b64encode(json.dumps(card).encode())


def test_the_png_is_a_real_image_with_the_card_in_its_chara_chunk() -> None:
    card = cards.to_card(PERSONA, MEMORIES)
    png = cards.card_png(cards.card_json(card), "seed")
    found = chunks(png)
    assert [k for k, _ in found] == [b"IHDR", b"IDAT", b"tEXt", b"IEND"]
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", found[0][1])
    assert (width, height, depth, colour, interlace) == (256, 384, 8, 2, 0)
    pixels = zlib.decompress(found[1][1])
    assert len(pixels) == height * (1 + 3 * width)
    assert all(pixels[row * (1 + 3 * width)] == 0 for row in range(height))
    keyword, _, text = found[2][1].partition(b"\0")
    assert keyword == b"chara"
    assert json.loads(base64.b64decode(text)) == card
    assert cards.parse_json(cards.card_text_of_png(png)) == card
    assert len(png) < 10_000 + len(base64.b64encode(cards.card_json(card)))


def test_a_chara_chunk_is_found_among_others_whatever_its_keywords_case() -> None:
    png = make_png((b"tEXt", b"Comment\0hello"), text_chunk(b"Chara", v2()),
                   text_chunk(b"ccv3", {"spec": "chara_card_v3", "data": {"name": "B"}}))
    assert cards.parse_json(cards.card_text_of_png(png))["data"]["name"] == "Ada"
    only_v3 = make_png(text_chunk(b"ccv3", {"spec": "chara_card_v3", "data": {"name": "B"}}))
    assert cards.parse_json(cards.card_text_of_png(only_v3))["data"]["name"] == "B"


def damaged(png: bytes, at: int) -> bytes:
    return png[:at] + bytes([png[at] ^ 0xFF]) + png[at + 1:]


PNG_OK = make_png(text_chunk(b"chara", v2()))


@pytest.mark.parametrize("data, reason", [
    (b"GIF89a" + b"\0" * 40, "not_png"),
    (b"", "not_png"),
    (PNG_OK[:-20], "truncated_png"),
    (PNG_OK[:40], "truncated_png"),
    (cards.PNG_SIGNATURE + cards._chunk(b"tEXt", b"chara\0e30=") + cards._chunk(b"IEND", b""),
     "not_png"),
    (damaged(PNG_OK, 60), "bad_crc"),  # inside IDAT
    (damaged(PNG_OK, len(PNG_OK) - 20), "bad_crc"),  # inside the chara chunk
    (cards.PNG_SIGNATURE + b"\0\0\0\x0d\x00HDR" + b"\0" * 17, "bad_png"),
    (make_png(), "no_card"),
    (make_png((b"tEXt", b"chara\0not base64!")), "bad_card"),
    (make_png((b"tEXt", b"chara\0" + base64.b64encode(b"\xff\xfe"))), "bad_card"),
    (make_png((b"tEXt", b"chara\0" + base64.b64encode(b"[1, 2]"))), "not_object"),
    (make_png((b"tEXt", b"chara\0" + base64.b64encode(b'{"a": NaN}'))), "bad_card"),
    (make_png((b"tEXt", b"chara\0" + base64.b64encode(b'{"a": "\\ud800"}'))), "bad_character"),
])
def test_a_malformed_png_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        cards.parse_json(cards.card_text_of_png(data))
    assert caught.value.reason == reason, caught.value.message
    assert caught.value.field in ("png_base64", "card"), caught.value.message


def test_a_chara_chunk_past_the_card_limit_is_refused() -> None:
    big = base64.b64encode(b"x" * (CARD_JSON_BYTES + 1))
    with pytest.raises(InvalidInput) as caught:
        cards.card_text_of_png(make_png((b"tEXt", b"chara\0" + big)))
    assert caught.value.reason == "too_large" and caught.value.field == "card"


def test_png_base64_may_have_line_breaks_but_nothing_else() -> None:
    text = base64.encodebytes(PNG_OK).decode()  # MIME: a line break every 76 characters
    assert "\n" in text and cards._decode_png(text) == PNG_OK
    for bad in ("not base64!", "Q===", "QUJ"):
        with pytest.raises(InvalidInput) as caught:
            cards._decode_png(bad)
        assert caught.value.reason == "not_base64" and caught.value.field == "png_base64"


def test_a_png_past_its_limit_is_refused_before_it_is_decoded() -> None:
    with pytest.raises(InvalidInput) as caught:
        cards._decode_png("A" * ((CARD_PNG_BYTES + 2) // 3 * 4 + 4))
    assert caught.value.reason == "too_large" and caught.value.limits == {
        "max_bytes": CARD_PNG_BYTES}


def test_the_largest_card_this_app_may_export_fits_the_png_limit() -> None:
    """Whatever the export lets out, the import takes back: a card at the JSON limit, in the
    PNG, is under the PNG limit, and its base64 under the body's."""
    from chalicelib.schemas import CARD_BODY_BYTES, CARD_PNG_BASE64_CHARS
    png = cards.card_png(b"{" + b"x" * (CARD_JSON_BYTES - 2) + b"}", "seed")
    assert len(png) <= CARD_PNG_BYTES
    assert len(base64.encodebytes(png)) <= CARD_PNG_BASE64_CHARS
    assert CARD_PNG_BASE64_CHARS + 10_000 <= CARD_BODY_BYTES


def test_the_card_module_reads_what_it_writes_whatever_the_text() -> None:
    persona = copy.deepcopy(PERSONA)
    persona["biography"] = "😀 família \u200f\u05e9 e\u0301 \t tab"
    card = cards.to_card(persona, MEMORIES)
    back = cards.parse_json(cards.card_text_of_png(cards.card_png(cards.card_json(card), "")))
    assert back == card
    assert cards.parse_card(back, None).persona["biography"] == persona["biography"]
