"""Reading WhatsApp's "Export chat" files: every format the app writes, and files that are not.

The fixtures in tests/data/whatsapp/ are written as the app writes them (README there)."""
from __future__ import annotations

import datetime as dt
import io
import tracemalloc
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from chalicelib.imports import archive, job, parser, proposals, samples
from chalicelib.imports.problems import FileTooLarge, ImportProblem, NotAChatExport

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "whatsapp"


def read(data: bytes) -> tuple[parser.ChatFormat, list[parser.Message]]:
    """The format and the messages of a file, as the import job reads them (two passes)."""
    with archive.chat_text(io.BytesIO(data), archive.Reading()) as text:
        chat = parser.sniff(parser.lines_of(text))
    with archive.chat_text(io.BytesIO(data), archive.Reading()) as text:
        return chat, list(parser.messages(parser.lines_of(text), chat))


def fixture(name: str) -> tuple[parser.ChatFormat, list[parser.Message]]:
    return read((FIXTURES / name).read_bytes())


def kinds(found: list[parser.Message]) -> Counter[str]:
    return Counter(m.kind for m in found)


def texts_of(found: list[parser.Message], sender: str) -> list[str]:
    return [m.text for m in found if m.sender == sender and m.kind == "text"]


def zipped(files: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


# -- the formats ------------------------------------------------------------------------------

def test_android_pt_br_24h_with_bom_and_crlf() -> None:
    chat, found = fixture("android_pt_br_24h.txt")
    assert chat == parser.ChatFormat("android", "dmy")
    assert kinds(found) == {"text": 15, "system": 6, "deleted": 2, "media": 1}
    assert found[4] == parser.Message(dt.datetime(2019, 6, 1, 7, 2), "Vô Toninho", "text",
                                      "Bom dia, meus amores! Deus abençoe o dia de vocês.")
    assert not found[0].text.startswith("\ufeff") and found[0].kind == "system"  # BOM gone


def test_a_multi_line_message_keeps_lines_that_look_like_dates() -> None:
    _, found = fixture("android_pt_br_24h.txt")
    story = texts_of(found, "Vô Toninho")[2]
    assert story.splitlines() == [
        "No fim da festa tomei coragem e chamei pra dançar a quadrilha. Ela disse que só "
        "dançava se eu prometesse não pisar no pé dela. Pisei duas vezes kkkk",
        "Mas ela casou comigo mesmo assim.",
        "12/06/1962 10:00 - foi o dia do casamento, na igreja do Carmo.",  # a header's shape
        "25/12/1998 foi o último Natal na fazenda."]


def test_system_lines_are_nobodys_words_even_with_a_colon_inside() -> None:
    _, found = fixture("android_pt_br_24h.txt")
    system = [m for m in found if m.kind == "system"]
    assert all(m.sender is None and m.text == "" for m in system)
    assert {m.sender for m in found} == {None, "Vô Toninho", "+55 11 98765-4321", "Ana Silva",
                                         "Cida Silva"}  # no 'Ana Silva mudou o assunto de "…'


def test_edited_and_deleted_messages() -> None:
    _, found = fixture("android_pt_br_24h.txt")
    cake = next(m for m in found if "bolo de fubá" in m.text)
    assert cake.edited and cake.text.endswith("ela sempre dizia isso.")
    assert [m.sender for m in found if m.kind == "deleted"] == ["Cida Silva", "Ana Silva"]


def test_android_en_12h_with_two_digit_years_and_narrow_spaces() -> None:
    chat, found = fixture("android_en_12h.txt")
    assert chat == parser.ChatFormat("android", "mdy")
    assert kinds(found) == {"text": 6, "system": 6, "deleted": 2, "media": 1}
    assert [m.at for m in found if m.sender == "Tom" and m.kind == "text"] == [
        dt.datetime(2021, 1, 1, 0, 3)]  # 12:03 AM
    assert found[-1] == parser.Message(dt.datetime(2021, 1, 14, 10, 0), None, "system")
    recipe = texts_of(found, "Grandma Rose")[-1]
    assert "1/2 cup butter, cold" in recipe and "12/25/99, 10:00\u202fAM - the first" in recipe
    assert texts_of(found, "+1 (555) 010-0199") == ["Hi everyone, it's cousin Mike"]
    assert texts_of(found, "Grandma Rose")[2] == "Love you all"


def test_ios_en_12h_zip_with_media() -> None:
    chat, found = fixture("ios_en_12h.zip")
    assert chat == parser.ChatFormat("ios", "mdy")
    assert kinds(found) == {"text": 6, "media": 3, "deleted": 1, "system": 1}
    # The encryption notice is attributed to the other person; it is not their message.
    assert found[0].kind == "system" and found[0].sender is None
    assert texts_of(found, "Lily") == ["Not yet!", "Can we go this summer??"]
    cabin = texts_of(found, "Grandpa Joe")[1]
    assert cabin.endswith("creek behind it.\nI spent every summer there until I was seventeen.")
    assert found[1].at == dt.datetime(2021, 3, 7, 10, 13, 2)


def test_ios_pt_br_24h_with_marks_phone_numbers_and_unknown_contacts() -> None:
    chat, found = fixture("ios_pt_br_24h.txt")
    assert chat == parser.ChatFormat("ios", "dmy")
    assert kinds(found) == {"text": 5, "system": 4, "media": 3, "deleted": 1}
    senders = Counter(m.sender for m in found if m.sender)
    assert senders == {"Vó Lurdes": 5, "Zé Souza": 3, "+55 21 99876-5432": 1}
    assert "Família Souza" not in senders  # the group's notices are system lines
    assert texts_of(found, "Vó Lurdes")[-1] == "Te amo meu filho"
    assert not any("\u200e" in m.text or "\u202a" in (m.sender or "") for m in found)


def test_android_pt_br_zip_with_its_portuguese_name_and_media_files() -> None:
    chat, found = fixture("android_pt_br_24h.zip")
    assert chat == parser.ChatFormat("android", "dmy")
    assert kinds(found)["media"] == 2  # "<Mídia oculta>" and "IMG-….jpg (arquivo anexado)"
    assert texts_of(found, "Vô Toninho")[-1] == "Olha o ipê florido na praça 🌸"


@pytest.mark.parametrize("line, expected", [
    ("31/12/20 21:41 - Ana: oi", dt.datetime(2020, 12, 31, 21, 41)),  # pt-BR, 2-digit year
    ("31/12/2020, 21:41 - Ana: oi", dt.datetime(2020, 12, 31, 21, 41)),  # en-GB
    ("2020-12-31, 21:41 - Ana: oi", dt.datetime(2020, 12, 31, 21, 41)),  # year first
    ("12/31/2020, 9:41 p.m. - Ana: oi", dt.datetime(2020, 12, 31, 21, 41)),
    ("[31/12/20, 21:41:05] Ana: oi", dt.datetime(2020, 12, 31, 21, 41, 5)),  # iOS en-GB
    ("31.12.20, 21:41 - Ana: oi", dt.datetime(2020, 12, 31, 21, 41)),
    ("12/31/20, 12:00 PM - Ana: oi", dt.datetime(2020, 12, 31, 12, 0)),
])
def test_other_header_shapes(line: str, expected: dt.datetime) -> None:
    _, found = read(f"{line}\n".encode())
    assert found == [parser.Message(expected, "Ana", "text", "oi")]


def test_day_and_month_are_told_apart_by_the_whole_file() -> None:
    """Until the 13th nothing rules an order out: times that run forward decide."""
    early = ["01/02/21 10:00 - Ana: a", "02/02/21 10:00 - Ana: b", "03/02/21 10:00 - Ana: c",
             "01/03/21 10:00 - Ana: d"]
    assert read("\n".join(early).encode())[0].order == "dmy"
    us = ["02/01/21, 10:00 AM - Ana: a", "02/02/21, 10:00 AM - Ana: b",
          "02/03/21, 10:00 AM - Ana: c", "03/01/21, 10:00 AM - Ana: d"]
    assert read("\n".join(us).encode())[0].order == "mdy"
    late = early + ["13/03/21 10:00 - Ana: e"]
    assert read("\n".join(late).encode())[0].order == "dmy"


def test_utf16_with_its_byte_order_mark() -> None:
    _, found = read("31/12/2020 21:41 - Vó: bênção\n".encode("utf-16"))
    assert found[0].text == "bênção"


def test_more_media_placeholders_and_deleted_messages() -> None:
    lines = ["<Media omitted>", "<Mídia oculta>", "<Arquivo de mídia oculto>", "image omitted",
             "imagem ocultada", "vídeo omitido", "sticker omitted", "GIF omitted",
             "Contact card omitted", "documento.pdf • 3 páginas documento omitido", "null",
             "location: https://maps.google.com/?q=-22.9,-47.06", "POLL:", "áudio ocultado",
             "Photo.jpg (file attached)"]
    chat = "\n".join(f"1/1/21, 10:{n:02d} - Ana: {line}" for n, line in enumerate(lines))
    assert kinds(read(chat.encode())[1]) == {"media": len(lines)}
    gone = ["This message was deleted", "You deleted this message", "Mensagem apagada",
            "Esta mensagem foi apagada", "Você apagou esta mensagem.",
            "This message was deleted by admin Ana"]
    chat = "\n".join(f"1/1/21, 10:{n:02d} - Ana: {line}" for n, line in enumerate(gone))
    assert kinds(read(chat.encode())[1]) == {"deleted": len(gone)}


def test_a_person_who_writes_like_a_placeholder_in_a_longer_message_is_still_text() -> None:
    _, found = read("1/1/21, 10:00 - Ana: the image omitted from the album was ours\n".encode())
    assert found[0].kind == "text"


def test_senders_match_however_their_number_is_written() -> None:
    assert parser.sender_key("+55 11 98765-4321") == parser.sender_key("5511987654321")
    assert parser.sender_key("\u202a+55 11 98765-4321\u202c") == "5511987654321"
    assert parser.sender_key("~\u202fZé Souza") == parser.sender_key("zé souza")
    assert parser.sender_key("Vô Toninho") != parser.sender_key("Vó Toninho")


# -- what is not a chat -----------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    (FIXTURES / "not_a_chat.txt").read_bytes(),
    b"",
    bytes(range(256)) * 40,  # binary
    b"\x89PNG\r\n\x1a\n" + bytes(5000),
    "\n".join(f"linha {n}" for n in range(1000)).encode(),
    b"a" * 500_000,  # one long line, read in chunks
    zipped({"photo.jpg": b"\xff\xd8" + bytes(100)}),
    zipped({"a.txt": "x", "b.txt": "y"}),  # no chat among several texts
    b"PK\x03\x04 not really a zip",
])
def test_files_that_are_not_chat_exports_are_refused(content: bytes) -> None:
    with pytest.raises(NotAChatExport):
        read(content)


def test_a_file_with_dates_that_are_not_dates_is_refused() -> None:
    with pytest.raises(NotAChatExport):
        read(b"45/45/45 10:00 - Ana: oi\n")


# -- zips that try something ------------------------------------------------------------------

def test_names_that_climb_out_of_the_zip_are_never_opened() -> None:
    chat = "31/12/2020 21:41 - Vó: bênção\n"
    for evil in ("../_chat.txt", "/etc/_chat.txt", "C:\\x\\_chat.txt", "a/../../_chat.txt",
                 "..\\_chat.txt", "a/b/c/_chat.txt"):
        assert not archive.safe_name(evil), evil
        with pytest.raises(NotAChatExport):
            read(zipped({evil: chat}))
    # Beside a real chat, they are ignored.
    _, found = read(zipped({"../../_chat.txt": "1/1/21, 10:00 - Mallory: pwned\n",
                            "WhatsApp Chat with Vó.txt": chat}))
    assert [m.sender for m in found] == ["Vó"]
    assert archive.safe_name("WhatsApp Chat - Vó/_chat.txt")  # a folder zipped again


def test_a_zip_bomb_is_refused_before_it_is_read_and_memory_stays_small() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("_chat.txt", "w") as entry:
            entry.write(b"1/1/21, 10:00 - Ana: oi\n")
            block = b"\n" * (1024 * 1024)
            for _ in range(archive.MAX_TEXT_BYTES // len(block) + 8):
                entry.write(block)
    bomb = out.getvalue()
    assert len(bomb) < 1024 * 1024  # 72 MB of text in well under 1 MB
    tracemalloc.start()
    try:
        with pytest.raises(FileTooLarge, match="MB once decompressed"):
            read(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_text_past_the_limit_is_refused_while_it_is_read(monkeypatch) -> None:
    """A zip's header can lie; the bytes are counted as they come all the same."""
    monkeypatch.setattr(archive, "MAX_TEXT_BYTES", 64 * 1024)
    chat = "".join(f"1/1/21, 10:{n % 60:02d} - Ana: mensagem número {n}\n" for n in range(5000))
    with pytest.raises(FileTooLarge):
        read(chat.encode())
    reading = archive.Reading()
    with pytest.raises(FileTooLarge):
        with archive.chat_text(io.BytesIO(zipped({"_chat.txt": chat})), reading) as text:
            for _ in parser.lines_of(text):
                pass
    assert reading.read <= 64 * 1024


def test_a_zip_with_too_many_files_is_refused_before_its_directory_is_read(
        monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_ENTRIES", 5)
    with pytest.raises(FileTooLarge, match="over 5 files"):
        read(zipped({**{f"IMG-{n}.jpg": b"x" for n in range(10)}, "_chat.txt": "x"}))


def test_a_damaged_zip_is_not_a_chat_export() -> None:
    whole = zipped({"_chat.txt": "31/12/2020 21:41 - Vó: bênção\n" * 200})
    with pytest.raises(ImportProblem):
        read(whole[:len(whole) // 2])
    corrupt = bytearray(whole)
    corrupt[60:80] = bytes(20)  # inside the compressed chat
    with pytest.raises(ImportProblem):
        read(bytes(corrupt))


# -- what the job keeps of the person: only their own words -----------------------------------

def scanned(name: str, person: str) -> job.Scan:
    chat, found = fixture(name)
    scan = job.Scan(person)
    for message in found:
        scan.add(message)
    return scan


def test_the_scan_counts_what_the_chat_holds_and_keeps_only_the_persons_texts() -> None:
    scan = scanned("android_pt_br_24h.txt", "vô toninho")
    assert scan.person_name == "Vô Toninho"
    assert scan.totals() == {"person_messages": 9, "other_messages": 6, "media": 1,
                             "deleted": 2, "system": 6}
    assert scan.listed()[0] == {"name": "Vô Toninho", "messages": 10}
    everyone_else = {m.text for m in fixture("android_pt_br_24h.txt")[1]
                     if m.sender != "Vô Toninho" and m.text}
    assert not everyone_else & {text for _, text in scan.mine}
    by_number = scanned("ios_pt_br_24h.txt", "5521998765432")
    assert by_number.person_name == "+55 21 99876-5432" and len(by_number.mine) == 1


def test_style_samples_are_the_persons_short_messages_once_each() -> None:
    scan = scanned("android_pt_br_24h.txt", "Vô Toninho")
    kept = samples.pick(scan.mine + [(dt.datetime(2019, 7, 1), "kkkk"),
                                     (dt.datetime(2019, 7, 2), "https://example.com/x")])
    texts = [t for _, t in kept]
    assert "kkkk" in texts and texts.count("kkkk") == 1
    assert "https://example.com/x" not in texts
    assert all(samples.MIN_CHARS <= len(t) <= samples.MAX_CHARS for t in texts)
    assert [at for at, _ in kept] == sorted(at for at, _ in kept)
    many = [(dt.datetime(2020, 1, 1) + dt.timedelta(minutes=n), f"mensagem {n} de três palavras")
            for n in range(5000)] + [(dt.datetime(2021, 1, 1), "ok")]
    chosen = samples.pick(many, limit=100)
    assert len(chosen) == 100 and "ok" not in [t for _, t in chosen]  # usual lengths first
    assert chosen[0][0].year == 2020 and chosen[-1][0] > dt.datetime(2020, 1, 4)  # spread


def test_proposals_are_stories_grouped_by_day_and_topic() -> None:
    scan = scanned("android_pt_br_24h.txt", "Vô Toninho")
    found = proposals.propose(scan.mine)
    assert [(p.date, p.title) for p in found] == [
        ("2019-06-01", "Foi na festa junina de 1961, em Campinas"),
        ("2019-06-15", "Quando eu tinha dez anos, meu pai me levou pela primeira…")]
    first = found[0].text.split("\n")
    assert first[0].startswith("Foi na festa junina") and "Mas ela casou comigo" in first[2]
    assert "kkkk" not in found[1].text.split("\n")  # a word is not a story
    assert found[1].text.startswith("Lembrei de uma coisa...\nQuando eu tinha")
    assert all(len(p.text) <= proposals.MAX_CHARS for p in found)


def test_a_long_run_is_split_into_memories_within_the_text_limit() -> None:
    start = dt.datetime(2020, 5, 1, 10)
    story = "Era uma vez um sítio em Minas onde meu avô plantava café e criava galinhas. " * 20
    run = [(start + dt.timedelta(minutes=n), f"{n}: {story}") for n in range(12)]
    found = proposals.propose(run)
    assert len(found) >= 2 and all(len(p.text) <= proposals.MAX_CHARS for p in found)
    assert sum(p.text.count(story.strip()) for p in found) == 12
    assert proposals.proposal_id("p" * 22, found[0]) == proposals.proposal_id("p" * 22, found[0])


def test_ids_are_made_from_the_message_so_a_second_import_finds_them() -> None:
    at = dt.datetime(2020, 1, 1, 10)
    assert samples.sample_id("p" * 22, at, "oi") == samples.sample_id("p" * 22, at, "oi")
    assert samples.sample_id("p" * 22, at, "oi") != samples.sample_id("q" * 22, at, "oi")
    assert len(samples.sample_id("p" * 22, at, "oi")) == 22
