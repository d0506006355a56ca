"""Uploaded files: under the data folder locally, in the private bucket on AWS (one interface).

Keys come from `store.keys` (`imports/<persona>/<import>/upload`), so erasing a persona finds
its files by their prefix. On AWS a large file goes straight from the browser to the bucket
through a presigned POST whose policy caps its size; the job reads it back with ranged GETs
(`S3Object`), so a zip holding gigabytes of photos is never downloaded to read its chat.
"""
from __future__ import annotations

import io
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from chalicelib.config import Settings, get_settings

UPLOAD_FORM_SECONDS = 900  # how long a presigned upload form stays valid
READ_BLOCK = 1024 * 1024  # bytes per ranged GET


class Files(Protocol):
    """Where uploaded files live."""

    def put(self, key: str, data: bytes) -> None:
        """Store a file."""

    def size(self, key: str) -> int | None:
        """A file's size in bytes, or None when there is none."""

    def open(self, key: str) -> BinaryIO:
        """A file to read (seekable); the caller closes it."""

    def delete_under(self, prefix: str) -> int:
        """Remove every file whose key starts with `prefix`; how many went."""

    def upload_form(self, key: str, max_bytes: int) -> dict[str, Any] | None:
        """A form to upload a file straight to `key`, at most `max_bytes`; None where there
        is no such thing (locally the file comes in the request)."""


class LocalFiles:
    """Files under a folder (the local stage's data folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):  # keys are ours; checked all the same
            raise ValueError("a file key must stay inside the files folder")
        return path

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        os.replace(partial, path)  # a reader never sees half a file

    def size(self, key: str) -> int | None:
        path = self._path(key)
        return path.stat().st_size if path.is_file() else None

    def open(self, key: str) -> BinaryIO:
        return self._path(key).open("rb")

    def delete_under(self, prefix: str) -> int:
        folder = self._path(prefix.rstrip("/"))
        if not folder.exists():
            return 0
        if folder.is_file():
            folder.unlink()
            return 1
        count = sum(1 for p in folder.rglob("*") if p.is_file())
        shutil.rmtree(folder, ignore_errors=True)
        return count

    def upload_form(self, key: str, max_bytes: int) -> dict[str, Any] | None:
        return None


class S3Files:
    """Files in the stage's private bucket, through a boto3 S3 client handed in."""

    def __init__(self, client: Any, bucket: str) -> None:
        self.client = client
        self.bucket = bucket

    def put(self, key: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=data)

    def size(self, key: str) -> int | None:
        from botocore.exceptions import ClientError
        try:
            return int(self.client.head_object(Bucket=self.bucket, Key=key)["ContentLength"])
        except ClientError as error:
            # Without s3:ListBucket on the key's name (the policy grants it only with a prefix
            # condition, which a HEAD does not carry) S3 says 403 for a missing object.
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound",
                                                               "403", "AccessDenied"):
                return None
            raise

    def open(self, key: str) -> BinaryIO:
        size = self.size(key)
        if size is None:
            raise FileNotFoundError("no such upload")
        raw = S3Object(self.client, self.bucket, key, size)
        return io.BufferedReader(raw, buffer_size=READ_BLOCK)  # type: ignore[return-value]

    def delete_under(self, prefix: str) -> int:
        count = 0
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket,
                                                                      Prefix=prefix)
        for page in pages:
            found = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if found:
                self.client.delete_objects(Bucket=self.bucket,
                                           Delete={"Objects": found, "Quiet": True})
                count += len(found)
        return count

    def upload_form(self, key: str, max_bytes: int) -> dict[str, Any] | None:
        form = self.client.generate_presigned_post(
            Bucket=self.bucket, Key=key, ExpiresIn=UPLOAD_FORM_SECONDS,
            Conditions=[["content-length-range", 1, max_bytes]])
        return {"url": form["url"], "fields": form["fields"]}


class S3Object(io.RawIOBase):
    """An object in S3 as a seekable file, read with ranged GETs (zipfile seeks to the end for
    the zip's directory, then reads only the chat's bytes)."""

    def __init__(self, client: Any, bucket: str, key: str, size: int) -> None:
        self._client, self._bucket, self._key, self._size = client, bucket, key, size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        if self._pos >= self._size or not len(buffer):
            return 0
        end = min(self._size, self._pos + len(buffer)) - 1
        body = self._client.get_object(Bucket=self._bucket, Key=self._key,
                                       Range=f"bytes={self._pos}-{end}")["Body"]
        data = body.read()
        buffer[:len(data)] = data
        self._pos += len(data)
        return len(data)


def files() -> Files:
    """The stage's files (built on first use: moto's mocks see the client they made), in the
    private bucket the settings name (`Settings.files_bucket`), or locally on disk."""
    settings = get_settings()
    return _files(settings, settings.files_bucket)


@lru_cache(maxsize=4)
def _files(settings: Settings, bucket: str) -> Files:
    if not bucket:
        return LocalFiles(settings.data_dir / "files")
    import boto3
    from botocore.config import Config
    client = boto3.client("s3", region_name=settings.aws_region, config=Config(
        signature_version="s3v4", s3={"addressing_style": "virtual"},
        retries={"mode": "standard", "max_attempts": 3}, connect_timeout=2, read_timeout=10))
    return S3Files(client, bucket)


def reset() -> None:
    """Forget the built clients (tests change the environment between cases)."""
    _files.cache_clear()
