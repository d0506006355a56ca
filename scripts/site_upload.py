"""Upload the website (frontend/) to its S3 bucket: the right content types and cache headers,
nothing stray, stale files removed. Re-running uploads only what changed.

Used by scripts/deploy.py; on its own: `python scripts/site_upload.py BUCKET [--dry-run]`.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

PROJECT = Path(__file__).resolve().parent.parent
FRONTEND = PROJECT / "frontend"

# A fixed table, not the `mimetypes` module: that one reads /etc/mime.types, so the same site
# would get different headers from different machines.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".wasm": "application/wasm",
    ".pdf": "application/pdf",
    ".mp3": "audio/mpeg",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
}

# index.html (and any page) is revalidated on every visit so a deploy shows at once. A file
# whose name carries its content hash can never change: browsers keep it for a year. Code
# without a hash (js/app.js importing js/api.js) is revalidated too (a cheap 304), because a
# page running this deploy's app.js with last deploy's api.js would break. Other static files
# without a hash (favicon, images, fonts) are kept for a day.
NO_CACHE = "no-cache"
IMMUTABLE = "public, max-age=31536000, immutable"
STATIC = "public, max-age=86400"
DOCUMENT_TYPES = {".html", ".webmanifest", ".json", ".txt", ".xml"}
CODE_TYPES = {".js", ".mjs", ".css", ".wasm"}
ALWAYS_FRESH = {"sw.js", "service-worker.js"}  # a service worker must never be cached long

# name.3f9a2b1c.js (webpack), name-BqZ1x9_k.js (Vite), name-5XSJ2Z4K.js (esbuild): a segment
# of 8+ letters/digits holding at least one digit and one letter.
HASHED = re.compile(r"[.-](?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{8,}\.[^.]+$")

STRAY_DIRS = {"test", "tests", "__tests__", "__pycache__", "node_modules", "coverage"}
STRAY_NAMES = {"package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock",
               "tsconfig.json", "Thumbs.db", "desktop.ini", "Makefile"}
STRAY_SUFFIXES = {".md", ".py", ".pyc", ".ts", ".tsx", ".map", ".bak", ".orig", ".swp",
                  ".log", ".sh"}
STRAY_PATTERN = re.compile(r"\.(test|spec)\.[^.]+$|~$")


class SiteError(RuntimeError):
    """The site folder holds something that cannot be published as it is."""


@dataclass(frozen=True)
class SiteFile:
    """One file to publish: where it comes from and how S3 must serve it."""

    key: str
    path: Path
    content_type: str
    cache_control: str
    md5: str


@dataclass
class SyncResult:
    """What one upload changed."""

    uploaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the bucket's content differs from before."""
        return bool(self.uploaded or self.deleted)


def is_stray(relative: PurePosixPath) -> bool:
    """Dotfiles, tests, sources and tooling files: never part of the published site."""
    if any(part.startswith(".") for part in relative.parts):
        return True
    if any(part in STRAY_DIRS for part in relative.parts[:-1]):
        return True
    name = relative.name
    return (name in STRAY_NAMES or relative.suffix.lower() in STRAY_SUFFIXES
            or bool(STRAY_PATTERN.search(name)))


def cache_control_for(key: str) -> str:
    """The Cache-Control header a published file gets."""
    name = PurePosixPath(key).name
    suffix = PurePosixPath(key).suffix.lower()
    if suffix in DOCUMENT_TYPES or name in ALWAYS_FRESH:
        return NO_CACHE
    if HASHED.search(name):
        return IMMUTABLE
    return NO_CACHE if suffix in CODE_TYPES else STATIC


def content_type_for(key: str) -> str:
    """The Content-Type a published file gets; an unknown kind of file is refused."""
    suffix = PurePosixPath(key).suffix.lower()
    if suffix not in CONTENT_TYPES:
        raise SiteError(f"{key}: no content type is known for '{suffix or 'no extension'}'; "
                        "add it to CONTENT_TYPES in scripts/site_upload.py or remove the file")
    return CONTENT_TYPES[suffix]


def plan_site(root: Path = FRONTEND) -> list[SiteFile]:
    """Every file to publish from `root`, in key order, strays left out."""
    if not (root / "index.html").is_file():
        raise SiteError(f"{root}: no index.html to publish")
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = PurePosixPath(path.relative_to(root).as_posix())
        if is_stray(relative):
            continue
        key = str(relative)
        files.append(SiteFile(key, path, content_type_for(key), cache_control_for(key),
                              hashlib.md5(path.read_bytes()).hexdigest()))
    return files


def upload_order(files: Iterable[SiteFile]) -> list[SiteFile]:
    """Assets before pages, so a new page never points at an asset not yet uploaded."""
    return sorted(files, key=lambda f: (PurePosixPath(f.key).suffix.lower() == ".html", f.key))


def _existing(s3: Any, bucket: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            found[item["Key"]] = item["ETag"].strip('"')
    return found


def _same(s3: Any, bucket: str, site_file: SiteFile, etag: str | None) -> bool:
    # ETag is the MD5 of a single-part upload under SSE-S3 (the bucket's encryption).
    if etag != site_file.md5:
        return False
    head = s3.head_object(Bucket=bucket, Key=site_file.key)
    return (head.get("ContentType") == site_file.content_type
            and head.get("CacheControl") == site_file.cache_control)


def sync(s3: Any, bucket: str, files: list[SiteFile], *, delete_stale: bool = True) -> SyncResult:
    """Make the bucket hold exactly `files`: upload new or changed ones, delete the rest."""
    result = SyncResult()
    existing = _existing(s3, bucket)
    for site_file in upload_order(files):
        if _same(s3, bucket, site_file, existing.get(site_file.key)):
            result.unchanged.append(site_file.key)
            continue
        body = site_file.path.read_bytes()
        s3.put_object(Bucket=bucket, Key=site_file.key, Body=body,
                      ContentType=site_file.content_type, CacheControl=site_file.cache_control,
                      ContentMD5=base64.b64encode(hashlib.md5(body).digest()).decode())
        result.uploaded.append(site_file.key)
    if delete_stale:
        stale = sorted(set(existing) - {f.key for f in files})
        for start in range(0, len(stale), 1000):  # DeleteObjects takes 1,000 keys at most
            batch = stale[start:start + 1000]
            reply = s3.delete_objects(Bucket=bucket, Delete={
                "Objects": [{"Key": k} for k in batch], "Quiet": True})
            if reply.get("Errors"):
                first = reply["Errors"][0]
                raise SiteError(f"could not delete {first['Key']}: {first.get('Message', '')}")
        result.deleted = stale
    return result


def describe(files: list[SiteFile]) -> list[str]:
    """One line per file: key, content type, cache header (for the dry run)."""
    width = max((len(f.key) for f in files), default=0)
    return [f"{f.key:<{width}}  {f.content_type:<32}  {f.cache_control}" for f in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bucket")
    parser.add_argument("--root", type=Path, default=FRONTEND)
    parser.add_argument("--dry-run", action="store_true", help="list what would be published")
    args = parser.parse_args(argv)
    try:
        files = plan_site(args.root)
    except SiteError as error:
        print(f"site upload: {error}", file=sys.stderr)
        return 2
    if args.dry_run:
        print("\n".join(describe(files)))
        return 0
    import boto3
    result = sync(boto3.client("s3"), args.bucket, files)
    print(f"uploaded {len(result.uploaded)}, unchanged {len(result.unchanged)}, "
          f"deleted {len(result.deleted)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
