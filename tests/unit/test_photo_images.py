"""Photos read with Pillow (chalicelib/photos/images.py): the type from the bytes, bombs refused,
the orientation applied, the date taken read, and no EXIF, GPS, XMP or comment kept.

The images are made here with Pillow itself; tests/api/test_photos.py uses the same makers."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from chalicelib.photos import images
from chalicelib.photos.images import MAX_PIXELS, THUMBNAIL_SIDE, PhotoRefused, clean

PROJECT = Path(__file__).resolve().parents[2]
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
SECRET = "Rua das Flores 123"  # written into every kind of metadata a photo may carry


def camera_exif(orientation: int = 1, taken: str = "2019:06:24 18:30:00",
                offset: str | None = "-03:00") -> Image.Exif:
    """EXIF as a phone writes it: where (GPS), when, which camera, and how it was held."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F], exif[0x0110] = "PhoneMaker", "Model X"
    exif[0x0132] = "2024:01:01 00:00:00"  # last changed: not when it was taken
    inner = exif.get_ifd(EXIF_IFD)
    inner[0x9003] = taken
    if offset is not None:
        inner[0x9011] = offset
    inner[0xA431] = "SERIAL-0042"  # the camera's serial number
    inner[0x9286] = SECRET  # a user comment
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2] = "S", (23.0, 33.0, 1.0)
    gps[3], gps[4] = "W", (46.0, 37.0, 59.0)
    return exif


def jpeg(size: tuple[int, int] = (1200, 800), exif: Image.Exif | None = None,
         mode: str = "RGB") -> bytes:
    """A JPEG with a left half of one colour and a right half of another (to see a rotation),
    carrying EXIF (with GPS), XMP and a comment unless told otherwise."""
    image = Image.new(mode, size, "red" if mode == "RGB" else 0)
    image.paste("blue" if mode == "RGB" else 200, (size[0] // 2, 0, size[0], size[1]))
    out = io.BytesIO()
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><Location>{SECRET}</Location></x:xmpmeta>'
    image.save(out, "JPEG", exif=camera_exif() if exif is None else exif,
               comment=SECRET.encode(), xmp=xmp.encode())
    return out.getvalue()


def png(size: tuple[int, int] = (640, 480), mode: str = "RGBA") -> bytes:
    """A PNG with transparency, EXIF (GPS) in its eXIf chunk and a text chunk."""
    from PIL import PngImagePlugin
    image = Image.new(mode, size, (0, 128, 0, 128) if mode == "RGBA" else 3)
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", SECRET)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, exif=camera_exif())
    return out.getvalue()


def webp(size: tuple[int, int] = (800, 600)) -> bytes:
    """A WebP with EXIF (GPS) and XMP."""
    image = Image.new("RGB", size, "purple")
    out = io.BytesIO()
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><Location>{SECRET}</Location></x:xmpmeta>'
    image.save(out, "WEBP", exif=camera_exif(), xmp=xmp.encode())
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (40, 30)).save(out, "GIF")
    return out.getvalue()


def bomb(size: tuple[int, int]) -> bytes:
    """A PNG that says `size` in a few kilobytes: one bit a pixel, all zero."""
    out = io.BytesIO()
    Image.new("1", size).save(out, "PNG")
    return out.getvalue()


def too_large() -> bytes:
    """A real PNG of just over 10 MB (noise does not compress)."""
    side = 1900
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=0)
    assert out.tell() > 10 * 1024 * 1024
    return out.getvalue()


def reopened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def assert_no_metadata(data: bytes) -> None:
    """Nothing the camera or a program wrote is left in the stored bytes."""
    for marker in (SECRET.encode(), b"SERIAL-0042", b"PhoneMaker", b"Exif\x00\x00", b"eXIf",
                   b"xmpmeta", b"tEXt", b"iTXt", b"zTXt"):
        assert marker not in data, marker
    image = reopened(data)
    assert dict(image.getexif()) == {}
    assert not (image.info.keys() - {"icc_profile", "transparency", "dpi", "jfif",
                                     "jfif_version", "jfif_unit", "jfif_density", "progressive",
                                     "progression", "loop", "background", "duration",
                                     "timestamp"}), image.info.keys()


# -- what is kept, and what goes --------------------------------------------------------------

def test_a_jpeg_is_turned_upright_dated_and_stored_without_exif_gps_xmp_or_comment() -> None:
    original = jpeg(exif=camera_exif(orientation=6))
    assert b"Exif" in original and SECRET.encode() in original  # the maker wrote them all
    photo = clean(original)
    assert (photo.kind, photo.content_type, photo.extension) == ("jpeg", "image/jpeg", "jpg")
    assert (photo.width, photo.height) == (800, 1200)  # held sideways: now upright
    assert photo.taken_at == "2019-06-24T18:30:00-03:00"
    assert_no_metadata(photo.data)
    assert_no_metadata(photo.thumbnail)
    stored = reopened(photo.data)
    assert stored.format == "JPEG" and stored.size == (800, 1200)
    # Orientation 6 is a quarter turn clockwise: the left half (red) is now on top.
    top, bottom = stored.getpixel((400, 100)), stored.getpixel((400, 1100))
    assert top[0] > 200 > top[2] and bottom[2] > 200 > bottom[0]


@pytest.mark.parametrize("make, kind", [(png, "png"), (webp, "webp")])
def test_png_and_webp_keep_their_type_and_lose_their_metadata(make, kind) -> None:
    original = make()
    assert SECRET.encode() in original
    photo = clean(original)
    assert photo.kind == kind and photo.content_type == f"image/{kind}"
    assert photo.taken_at == "2019-06-24T18:30:00-03:00"
    assert_no_metadata(photo.data)
    assert_no_metadata(photo.thumbnail)
    assert reopened(photo.data).format == kind.upper()
    if kind == "png":
        assert reopened(photo.data).mode == "RGBA" and reopened(photo.thumbnail).mode == "RGBA"


def test_thumbnails_fit_the_side_and_are_never_enlarged() -> None:
    photo = clean(jpeg((1200, 800)))
    assert (photo.thumbnail_width, photo.thumbnail_height) == (THUMBNAIL_SIDE, 267)
    assert reopened(photo.thumbnail).size == (THUMBNAIL_SIDE, 267)
    tall = clean(png((300, 900)))
    assert (tall.thumbnail_width, tall.thumbnail_height) == (133, THUMBNAIL_SIDE)
    small = clean(webp((200, 100)))
    assert (small.width, small.height) == (200, 100)
    assert (small.thumbnail_width, small.thumbnail_height) == (200, 100)


def test_a_cmyk_jpeg_and_a_palette_png_are_stored_as_a_browser_shows_them() -> None:
    cmyk = clean(jpeg((300, 200), mode="CMYK"))
    assert reopened(cmyk.data).mode == "RGB" and reopened(cmyk.thumbnail).mode == "RGB"
    palette = clean(png((300, 200), mode="P"))
    assert reopened(palette.data).mode == "P"  # kept small
    assert reopened(palette.thumbnail).mode == "RGB"  # resized smoothly, not pixel by pixel


@pytest.mark.parametrize("exif, expected", [
    (camera_exif(offset=None), "2019-06-24T18:30:00"),  # no offset: the camera's local time
    (camera_exif(offset="+25:00"), "2019-06-24T18:30:00"),  # an offset that cannot be
    (camera_exif(taken="0000:00:00 00:00:00"), None),  # a clock never set
    (camera_exif(taken="2019:02:30 10:00:00"), None),  # a day that does not exist
    (Image.Exif(), None),  # no EXIF at all
])
def test_the_date_taken_is_read_only_when_the_camera_wrote_a_real_one(exif, expected) -> None:
    assert clean(jpeg((64, 48), exif=exif)).taken_at == expected


def test_a_scan_is_dated_by_when_it_was_digitised() -> None:
    exif = Image.Exif()
    exif.get_ifd(EXIF_IFD)[0x9004] = "1998:12:25 09:15:00"
    assert clean(jpeg((64, 48), exif=exif)).taken_at == "1998-12-25T09:15:00"


# -- what is refused ----------------------------------------------------------------------------

def refused(data: bytes) -> PhotoRefused:
    with pytest.raises(PhotoRefused) as caught:
        clean(data)
    return caught.value


def test_the_type_comes_from_the_bytes() -> None:
    assert refused(b"Querida familia,\nisto nao e uma foto.\n").reason == "not_an_image"
    assert refused(b"").reason == "not_an_image"
    assert refused(jpeg()[:2000]).reason == "not_an_image"  # cut short: damaged
    gif_refused = refused(gif())
    assert gif_refused.reason == "unsupported_type" and "GIF" in gif_refused.words
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    assert refused(heic).reason == "unsupported_type" and "HEIC" in refused(heic).words
    assert refused(b"<svg xmlns='http://www.w3.org/2000/svg'/>").reason == "unsupported_type"


def test_decompression_bombs_are_refused_before_any_pixel_is_decoded() -> None:
    images.pillow.cache_clear()  # so that this test's own warnings filter has Pillow's rule
    images.pillow()
    assert Image.MAX_IMAGE_PIXELS == MAX_PIXELS
    warned = bomb((8_000, 7_000))  # 56 million pixels: Pillow warns, the warning is an error
    huge = bomb((12_000, 10_000))  # 120 million, over twice the limit: Pillow refuses
    assert len(warned) < 100_000 and len(huge) < 200_000  # a few kilobytes each
    for data in (warned, huge):
        problem = refused(data)
        assert problem.reason == "too_many_pixels" and problem.limits == {"megapixels": 50}
    with warnings.catch_warnings():  # and where something reset the warnings filters
        warnings.simplefilter("ignore")
        assert refused(warned).reason == "too_many_pixels"


def test_importing_the_app_does_not_load_pillow() -> None:
    """Pillow is imported by the photo routes only: other cold starts do not pay for it."""
    done = subprocess.run([sys.executable, "-c", "import sys, app; print('PIL' in sys.modules)"],
                          cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"


def test_exif_transpose_is_what_orients_the_photo() -> None:
    """The stored pixels are Pillow's own upright image of the original."""
    original = jpeg((120, 80), exif=camera_exif(orientation=8))
    upright = ImageOps.exif_transpose(reopened(original))
    assert reopened(clean(original).data).size == upright.size == (80, 120)
