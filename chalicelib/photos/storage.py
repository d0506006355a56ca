"""Where photo files live, and the short-lived links that show them.

The files are the imports' (chalicelib/imports/files.py): under the data folder locally, in the
stage's private bucket on AWS, with keys from `store.keys` under the persona and the memory.
On top of them a photo needs two things an import does not: to be read whole (at most
PHOTO_BYTES) and to be shown to a member, through a link that works for a few minutes.

- AWS: a presigned GET of the object (the bucket stays private; CloudFront never serves it).
- Locally: `/files/<key>?expires=…&signature=…`, which `make run` (scripts/serve.py) answers
  only while the HMAC of the key and the expiry, under a key this process drew at random,
  holds and the time has not passed. The same kind of capability as a presigned link, so the
  site puts either in an `<img src>` alike; a guessed or altered URL, or an old one, is a 404.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import parse_qs, quote, unquote, urlsplit

from chalicelib.config import Settings, get_settings
from chalicelib.imports.files import Files, LocalFiles, S3Files, _files
from chalicelib.schemas import INLINE_FILE_BYTES, PHOTO_BYTES
from chalicelib.store import keys

LINK_SECONDS = 600  # how long a link to a photo works
LOCAL_PREFIX = "/files/"  # where `make run` serves the local links
CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


class PhotoFiles(Files, Protocol):
    """The files of photos: the imports' files, read whole, shown through links."""

    inline_max: int  # the largest photo a request may carry here (larger: `upload_form`)

    def read(self, key: str, length: int, start: int = 0) -> bytes | None:
        """At most `length` bytes of a file from `start` (b"" past its end), or None when
        there is no such file: a caller asks one byte more than its limit to see a file over
        it without reading all of it."""

    def link(self, key: str, now: float) -> str:
        """A link that shows the file for LINK_SECONDS."""


class LocalPhotoFiles(LocalFiles):
    """Photo files under the data folder, shown by `make run` through signed links."""

    inline_max = PHOTO_BYTES  # no bucket to upload to: every photo comes in its request

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.data_dir)

    def read(self, key: str, length: int, start: int = 0) -> bytes | None:
        path = self._path(key)
        if not path.is_file():
            return None
        with path.open("rb") as f:
            f.seek(start)
            return f.read(length)

    def link(self, key: str, now: float) -> str:
        expires = int(now) + LINK_SECONDS
        return f"{LOCAL_PREFIX}{quote(key)}?expires={expires}&signature={_signature(key, expires)}"

    def linked(self, url: str, now: float) -> tuple[bytes, str] | None:
        """The photo file a local link shows, with its content type; None unless the link is
        one this process made, for a photo, and has not expired."""
        parts = urlsplit(url)
        key = unquote(parts.path)[len(LOCAL_PREFIX):]
        query = parse_qs(parts.query)
        expires, signature = query.get("expires", [""])[0], query.get("signature", [""])[0]
        content_type = CONTENT_TYPES.get(key.rsplit(".", 1)[-1])
        if not parts.path.startswith(LOCAL_PREFIX + "photos/") or content_type is None or \
                not expires.isdigit() or int(expires) < now or \
                not hmac.compare_digest(signature, _signature(key, int(expires))):
            return None
        path = self._path(key)
        return (path.read_bytes(), content_type) if path.is_file() else None


class S3PhotoFiles(S3Files):
    """Photo files in the private bucket, shown through presigned GETs."""

    inline_max = INLINE_FILE_BYTES  # a Lambda's request stops at 6 MB, base64 included

    def read(self, key: str, length: int, start: int = 0) -> bytes | None:
        from botocore.exceptions import ClientError
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=key,
                                          Range=f"bytes={start}-{start + length - 1}")["Body"]
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code")
            if code == "InvalidRange":
                return b""  # past the object's end (an empty one has no byte 0)
            if code in ("NoSuchKey", "404", "403", "AccessDenied"):
                return None  # (403: see S3Files.size)
            raise
        return bytes(body.read())

    def link(self, key: str, now: float) -> str:
        content_type = CONTENT_TYPES.get(key.rsplit(".", 1)[-1], "application/octet-stream")
        return str(self.client.generate_presigned_url(
            "get_object", ExpiresIn=LINK_SECONDS,
            Params={"Bucket": self.bucket, "Key": key, "ResponseContentType": content_type}))


def photo_files() -> PhotoFiles:
    """The stage's photo files (built on first use, sharing the imports' S3 client)."""
    settings = get_settings()
    return _photo_files(settings, settings.files_bucket)


@lru_cache(maxsize=4)
def _photo_files(settings: Settings, bucket: str) -> PhotoFiles:
    if not bucket:
        return LocalPhotoFiles(settings)
    s3 = _files(settings, bucket)
    assert isinstance(s3, S3Files)
    return S3PhotoFiles(s3.client, bucket)


def reset() -> None:
    """Forget the built files (tests change the environment between cases)."""
    _photo_files.cache_clear()
    _link_key.cache_clear()


@lru_cache(maxsize=1)
def _link_key() -> bytes:
    """The key local links are signed with: drawn when the process first needs it, so a link
    never outlives the `make run` that made it (the site asks for fresh ones anyway)."""
    return secrets.token_bytes(32)


def _signature(key: str, expires: int) -> str:
    return hmac.new(_link_key(), f"{key}\n{expires}".encode(), hashlib.sha256).hexdigest()


def file_key(persona_id: str, memory_id: str, photo: dict[str, Any], thumbnail: bool) -> str:
    """The key of a stored photo's file, or of its thumbnail."""
    name = f"{'thumbnail' if thumbnail else 'photo'}.{photo['extension']}"
    return keys.photo_file(persona_id, memory_id, photo["id"], name)


def shown(persona_id: str, memory: dict[str, Any], links: bool = True) -> list[dict[str, Any]]:
    """A memory's photos as the API shows them, with links that work for LINK_SECONDS (or,
    for the export, which carries the files themselves, with their type and size instead)."""
    photos = memory.get("photos") or []
    files = photo_files() if links and photos else None  # no S3 client for a memory without
    now = time.time()
    views = []
    for photo in photos:
        view = {k: photo.get(k) for k in ("id", "caption", "taken_at", "width", "height")}
        if files is not None:
            view["url"] = files.link(file_key(persona_id, memory["id"], photo, False), now)
            view["thumbnail_url"] = files.link(file_key(persona_id, memory["id"], photo, True),
                                               now)
        else:
            view.update(content_type=photo.get("content_type"), bytes=photo.get("bytes"))
        views.append(view)
    return views


def forget_memory(persona_id: str, memory_id: str) -> int:
    """Remove every photo file of a memory (it was deleted); how many went."""
    return photo_files().delete_under(keys.memory_photos(persona_id, memory_id))


def forget_persona(persona_id: str) -> int:
    """Remove every photo file and pending upload of a persona (its erasure); how many went."""
    files = photo_files()
    return files.delete_under(keys.persona_photos(persona_id)) + \
        files.delete_under(keys.photo_uploads(persona_id))
