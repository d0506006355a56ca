"""Photos of a memory in the site: added from the memory's card, shown as thumbnails through
the links the API signs, captioned (and then found by the memory search), deleted; a file
that is not a photo is refused in the reader's language; a visitor sees them, and no control."""
from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from tests.browser.conftest import api_call, screenshot, sign_in, unlabelled, untranslated
from tests.browser.test_interview import legacy  # Ana's legacy: the wedding and the sewing
from tests.browser.test_states import visitor_with_a_conversation
from tests.unit.test_photo_images import camera_exif

pytestmark = pytest.mark.browser


def landscape(size: tuple[int, int], sky: str, ground: str, kind: str = "JPEG") -> bytes:
    """A small picture (a sky, a sun, a hill), with a phone's EXIF on the JPEG."""
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.65, h * 0.12, w * 0.85, h * 0.12 + w * 0.2), fill="#f6d365")
    draw.polygon([(0, h), (0, h * 0.6), (w * 0.4, h * 0.45), (w, h * 0.7), (w, h)], fill=ground)
    out = io.BytesIO()
    if kind == "JPEG":
        image.save(out, kind, exif=camera_exif())
    else:
        image.save(out, kind)
    return out.getvalue()


def a_photo(name: str, data: bytes, mime: str = "image/jpeg") -> dict:
    return {"name": name, "mimeType": mime, "buffer": data}


def test_an_editor_adds_photos_captions_one_finds_it_and_deletes_another(site, people) -> None:
    data = legacy(site)
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com", f"#/p/{data['persona']}/memories")
    card = page.locator(".memories .memory", has_text="O casamento").first
    card.locator("summary", has_text="Add photos").click()
    card.get_by_label("Choose photos").set_input_files([
        a_photo("casamento.jpg", landscape((1200, 800), "#9ec9e8", "#6a9a4f")),
        a_photo("bolo.png", landscape((600, 600), "#f3d9c6", "#c98b5b", "PNG"), "image/png")])
    photos = card.locator("[data-photos] > li")
    expect(photos).to_have_count(2)
    card.locator(".notice", has_text="“bolo.png” was added.").wait_for()
    for n in range(2):  # each thumbnail really loads, through its signed link
        image = photos.nth(n).locator("img")
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("img => img.naturalWidth") > 0
    assert "Taken on" in photos.first.inner_text()  # the date from the camera's EXIF

    photos.first.get_by_role("button", name="Write the caption of photo 1").click()
    card.get_by_label("Caption of photo 1").fill("A igreja matriz depois da chuva")
    card.get_by_role("button", name="Save").click()
    photos.first.locator(".caption", has_text="A igreja matriz depois da chuva").wait_for()
    assert photos.first.locator("img").get_attribute("alt") == "A igreja matriz depois da chuva"
    assert untranslated(page) == [] and unlabelled(page) == []
    card.evaluate("card => card.scrollIntoView()")
    screenshot(page, "photos")

    page.locator("#memory-q").fill("igreja matriz")
    page.get_by_role("button", name="Search").click()
    page.locator(".results .memory", has_text="O casamento").wait_for()

    photos.nth(1).get_by_role("button", name="Delete photo 2").click()
    page.locator("dialog[open]").get_by_role("button", name="Delete").click()
    expect(photos).to_have_count(1)
    status, memory = api_call(site, "GET", f"/personas/{data['persona']}/memories?limit=5",
                              data["token"])
    listed = {m["title"]: m["photos"] for m in memory["items"]}
    assert [p["caption"] for p in listed["O casamento"]] == ["A igreja matriz depois da chuva"]


def test_a_file_that_is_not_a_photo_is_refused_and_a_visitor_only_looks(site, people,
                                                                        console) -> None:
    console.allowed_statuses.add(400)  # the refusal this test provokes
    data = legacy(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com", f"#/p/{data['persona']}/memories")
    card = page.locator(".memories .memory", has_text="A máquina Singer").first
    card.locator("summary", has_text="Adicionar fotos").click()
    card.get_by_label("Escolher fotos").set_input_files(
        a_photo("receita.jpg", "Bolo de fubá: 2 xícaras de fubá...".encode()))
    refused = card.locator(".notice.error")
    refused.wait_for()
    assert re.search(r"“receita\.jpg” não é uma foto", refused.inner_text())
    assert card.locator("[data-photos] > li").count() == 0
    card.get_by_label("Escolher fotos").set_input_files(
        a_photo("singer.jpg", landscape((800, 600), "#d8c3a5", "#8e8d8a")))
    expect(card.locator("[data-photos] > li")).to_have_count(1)

    visitor_with_a_conversation(site, data)  # Bia, a visitor
    visitor = people("pt-BR")
    sign_in(visitor, site, "Bia", "bia@example.com", f"#/p/{data['persona']}/memories")
    theirs = visitor.locator(".memories .memory", has_text="A máquina Singer").first
    expect(theirs.locator("[data-photos] > li img")).to_have_count(1)
    assert theirs.locator("input[type=file]").count() == 0
    assert theirs.get_by_role("button", name=re.compile("foto")).count() == 0
    assert untranslated(visitor) == [] and unlabelled(visitor) == []
