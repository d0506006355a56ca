"""A photo read with Pillow and written again clean.

The type is the one the bytes say (JPEG, PNG or WebP), never the file's name. Decompression
bombs (a few bytes that would decode to billions of pixels) are refused from the header, before
any pixel is decoded. The orientation the camera recorded is applied to the pixels, the date
it was taken is read from EXIF, and then the pixels are encoded again: what is stored carries
no EXIF (no GPS position, no camera serial), no XMP and no comment, only the colour profile.

Pillow is imported on first use, so the routes that never see a photo do not load it at a cold
start (a test checks that importing app.py does not).
"""
from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MAX_PIXELS = 50_000_000  # a 48-megapixel phone photo fits; decoded, about 150 MB of RGB
THUMBNAIL_SIDE = 400  # the longest side of a thumbnail, in pixels
QUALITY = 90  # JPEG and WebP, the photo
THUMBNAIL_QUALITY = 80
# What Pillow calls a type we take -> (our name, content type, file extension).
TYPES = {"JPEG": ("jpeg", "image/jpeg", "jpg"), "PNG": ("png", "image/png", "png"),
         "WEBP": ("webp", "image/webp", "webp")}
# Image types people send that are not taken, by their first bytes: the answer then says
# "unsupported type" rather than "not an image".
OTHER_TYPES = ((b"GIF87a", "GIF"), (b"GIF89a", "GIF"), (b"II*\x00", "TIFF"),
               (b"MM\x00*", "TIFF"), (b"<svg", "SVG"))
ISO_BRANDS = {b"heic": "HEIC", b"heix": "HEIC", b"hevc": "HEIC", b"heim": "HEIC",
              b"heis": "HEIC", b"mif1": "HEIF", b"msf1": "HEIF", b"avif": "AVIF",
              b"avis": "AVIF"}
# What a re-encoded photo keeps of the original's information: how to show its colours.
KEPT_INFO = ("icc_profile", "transparency")
_EXIF_IFD = 0x8769
# (date, its UTC offset) in the EXIF IFD: when the photo was taken, then when it was digitised
# (a scan). DateTime (0x0132) is when the file last changed, so it is not read.
_WHEN_TAGS = ((0x9003, 0x9011), (0x9004, 0x9012))
_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})")
_UTC_OFFSET = re.compile(r"[+-](?:0\d|1[0-4]):[0-5]\d")


class PhotoRefused(Exception):
    """A file that is not a photo this app takes: `reason` names the case, `limits` the numbers
    its words quote; the words are English, for the API's message."""

    def __init__(self, reason: str, words: str, limits: dict[str, int] | None = None) -> None:
        super().__init__(words)
        self.reason = reason
        self.words = words
        self.limits = limits or {}


@dataclass(frozen=True)
class CleanPhoto:
    """A photo as it is stored: the pixels encoded again, and a thumbnail of the same type."""

    kind: str  # jpeg, png or webp
    content_type: str
    extension: str
    data: bytes
    width: int
    height: int
    thumbnail: bytes
    thumbnail_width: int
    thumbnail_height: int
    taken_at: str | None  # as the camera wrote it: local time, with its offset when known


@lru_cache(maxsize=1)
def pillow() -> tuple[Any, Any]:
    """Pillow's Image and ImageOps, with the pixel limit set and its bomb warning made an
    error (Pillow warns above MAX_IMAGE_PIXELS and refuses above twice that)."""
    import warnings

    from PIL import Image, ImageOps
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    return Image, ImageOps


def clean(data: bytes) -> CleanPhoto:
    """The photo in `data`, cleaned, or PhotoRefused."""
    Image, ImageOps = pillow()
    try:
        with Image.open(io.BytesIO(data), formats=tuple(TYPES)) as image:
            kind, content_type, extension = TYPES[str(image.format)]
            _check_pixels(image.size)  # also where a reset warnings filter let Pillow pass
            image.load()
            taken = taken_at(image.getexif())
            ImageOps.exif_transpose(image, in_place=True)
            photo, thumbnail = _encoded(image, kind), _thumbnail(image, kind)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except Image.UnidentifiedImageError:
        raise _not_taken(data) from None
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError):
        raise PhotoRefused("not_an_image", "the file is damaged or not a whole image") from None
    return CleanPhoto(kind, content_type, extension, photo, image.width, image.height,
                      thumbnail[0], thumbnail[1], thumbnail[2], taken)


def _check_pixels(size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_PIXELS:
        raise _too_many_pixels()


def _too_many_pixels() -> PhotoRefused:
    return PhotoRefused("too_many_pixels", f"the image has more than {MAX_PIXELS // 1_000_000} "
                        "million pixels; send a smaller one",
                        {"megapixels": MAX_PIXELS // 1_000_000})


def _not_taken(data: bytes) -> PhotoRefused:
    """Why bytes Pillow could not read as JPEG, PNG or WebP are refused."""
    named = next((name for magic, name in OTHER_TYPES if data.startswith(magic)), None)
    if named is None and data[4:8] == b"ftyp":
        named = ISO_BRANDS.get(data[8:12])
    if named is None:
        return PhotoRefused("not_an_image", "the file is not an image (JPEG, PNG or WebP)")
    return PhotoRefused("unsupported_type", f"{named} images are not taken; send a JPEG, PNG "
                        "or WebP (most phones can share a photo as JPEG)")


def taken_at(exif: Any) -> str | None:
    """When the photo was taken, from EXIF, as `YYYY-MM-DDTHH:MM:SS` (the camera's local
    time) with its UTC offset when the camera wrote one; None when EXIF does not say."""
    found = exif.get_ifd(_EXIF_IFD)
    for date_tag, offset_tag in _WHEN_TAGS:
        match = _EXIF_DATE.fullmatch(str(found.get(date_tag, "")).strip("\x00 "))
        if match is None:
            continue
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        try:
            moment = dt.datetime(year, month, day, hour, minute, second)
        except ValueError:
            continue  # "0000:00:00 00:00:00": a camera whose clock was never set
        offset = str(found.get(offset_tag, "")).strip("\x00 ")
        return moment.isoformat() + (offset if _UTC_OFFSET.fullmatch(offset) else "")
    return None


def _encoded(image: Any, kind: str, quality: int = QUALITY) -> bytes:
    """The image's pixels encoded as `kind`, with its colour profile and nothing else."""
    shown = image
    if kind == "jpeg" and image.mode not in ("L", "RGB"):
        shown = image.convert("RGB")  # a CMYK JPEG: its profile no longer applies
    shown.info = {k: v for k, v in image.info.items()
                  if k in KEPT_INFO and (shown is image or k != "icc_profile")}
    out = io.BytesIO()
    if kind == "png":
        shown.save(out, "PNG")
    else:
        shown.save(out, "JPEG" if kind == "jpeg" else "WEBP", quality=quality)
    return out.getvalue()


def _thumbnail(image: Any, kind: str) -> tuple[bytes, int, int]:
    """A copy at most THUMBNAIL_SIDE on its longest side (never enlarged), and its size. It is
    made from the photo without a full-size copy (a 48-megapixel photo is 150 MB decoded)."""
    Image, _ = pillow()
    scale = min(1.0, THUMBNAIL_SIDE / max(image.size))
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    alpha = kind != "jpeg" and ("A" in image.getbands() or "transparency" in image.info)
    mode = "RGBA" if alpha else "L" if image.mode in ("1", "L") else "RGB"
    converted = image.mode != mode
    if image.mode in ("1", "P"):  # resizing these takes the nearest pixel: convert first
        image = image.convert(mode)
    small = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if small.mode != mode:
        small = small.convert(mode)
    if converted:  # the profile described the other colours
        small.info.pop("icc_profile", None)
    return _encoded(small, kind, THUMBNAIL_QUALITY), small.width, small.height
