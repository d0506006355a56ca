"""The site upload against moto S3: types, cache headers, no strays, re-runs, stale files."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import boto3
import pytest
from moto import mock_aws

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "scripts"))
import site_upload  # noqa: E402
from site_upload import IMMUTABLE, NO_CACHE, STATIC, SiteError, plan_site, sync  # noqa: E402

BUCKET = "forever-us-test-site"
PUBLISHED = {
    "index.html": ("text/html; charset=utf-8", NO_CACHE),
    "js/app.js": ("text/javascript; charset=utf-8", NO_CACHE),
    "assets/app.3f9a2b1c.js": ("text/javascript; charset=utf-8", IMMUTABLE),
    "assets/index-BqZ1x9_k.css": ("text/css; charset=utf-8", IMMUTABLE),
    "favicon.svg": ("image/svg+xml", STATIC),
    "img/photo.jpg": ("image/jpeg", STATIC),
    "fonts/inter.woff2": ("font/woff2", STATIC),
    "i18n/pt-BR.json": ("application/json", NO_CACHE),
    "robots.txt": ("text/plain; charset=utf-8", NO_CACHE),
}
STRAY = [".env", ".DS_Store", ".well-hidden/secret.txt", "js/.eslintrc.json", "tests/app.test.js",
         "js/api.test.js", "js/api.spec.js", "node_modules/lib/index.js", "README.md",
         "js/app.js.map", "build.py", "package.json", "js/app.js~", "__tests__/x.js"]


def write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@pytest.fixture
def site(tmp_path) -> Path:
    root = tmp_path / "site"
    for name in PUBLISHED:
        write(root, name, f"content of {name}")
    for name in STRAY:
        write(root, name, "not for the bucket")
    return root


@pytest.fixture
def s3() -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        yield client


def keys(s3: Any) -> set[str]:
    return {o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_plan_leaves_out_dotfiles_tests_and_tooling(site: Path) -> None:
    assert {f.key for f in plan_site(site)} == set(PUBLISHED)


def test_upload_sets_content_types_and_cache_headers(site: Path, s3: Any) -> None:
    result = sync(s3, BUCKET, plan_site(site))
    assert sorted(result.uploaded) == sorted(PUBLISHED) and result.changed
    assert keys(s3) == set(PUBLISHED)
    for key, (content_type, cache) in PUBLISHED.items():
        head = s3.head_object(Bucket=BUCKET, Key=key)
        assert head["ContentType"] == content_type, key
        assert head["CacheControl"] == cache, key
    body = s3.get_object(Bucket=BUCKET, Key="index.html")["Body"].read()
    assert body == b"content of index.html"


def test_running_again_uploads_nothing(site: Path, s3: Any) -> None:
    sync(s3, BUCKET, plan_site(site))
    before = {k: s3.head_object(Bucket=BUCKET, Key=k)["LastModified"] for k in PUBLISHED}
    puts: list[str] = []
    s3.meta.events.register("before-call.s3.PutObject",
                            lambda params, **kw: puts.append(params["Key"]))
    result = sync(s3, BUCKET, plan_site(site))
    assert puts == [] and result.uploaded == [] and result.deleted == []
    assert not result.changed
    assert sorted(result.unchanged) == sorted(PUBLISHED)
    after = {k: s3.head_object(Bucket=BUCKET, Key=k)["LastModified"] for k in PUBLISHED}
    assert after == before


def test_changed_file_is_uploaded_and_stale_files_removed(site: Path, s3: Any) -> None:
    sync(s3, BUCKET, plan_site(site))
    s3.put_object(Bucket=BUCKET, Key="old/leftover.js", Body=b"from an older deploy")
    write(site, "js/app.js", "a new version")
    (site / "assets" / "app.3f9a2b1c.js").unlink()
    write(site, "assets/app.77e0c4d2.js", "the next build")
    result = sync(s3, BUCKET, plan_site(site))
    assert sorted(result.uploaded) == ["assets/app.77e0c4d2.js", "js/app.js"]
    assert result.deleted == ["assets/app.3f9a2b1c.js", "old/leftover.js"]
    assert keys(s3) == set(PUBLISHED) - {"assets/app.3f9a2b1c.js"} | {"assets/app.77e0c4d2.js"}
    assert s3.get_object(Bucket=BUCKET, Key="js/app.js")["Body"].read() == b"a new version"


def test_wrong_headers_on_an_unchanged_file_are_fixed(site: Path, s3: Any) -> None:
    s3.put_object(Bucket=BUCKET, Key="index.html", Body=b"content of index.html",
                  ContentType="binary/octet-stream", CacheControl="max-age=31536000")
    result = sync(s3, BUCKET, plan_site(site))
    assert "index.html" in result.uploaded
    head = s3.head_object(Bucket=BUCKET, Key="index.html")
    assert head["ContentType"] == "text/html; charset=utf-8" and head["CacheControl"] == NO_CACHE


def test_pages_are_uploaded_after_the_files_they_use(site: Path, s3: Any) -> None:
    order = [f.key for f in site_upload.upload_order(plan_site(site))]
    pages = [k for k in order if k.endswith(".html")]
    assert order[-len(pages):] == pages


def test_stale_files_beyond_one_delete_batch(site: Path, s3: Any) -> None:
    for n in range(1005):
        s3.put_object(Bucket=BUCKET, Key=f"old/{n}.js", Body=b"x")
    result = sync(s3, BUCKET, plan_site(site))
    assert len(result.deleted) == 1005
    assert keys(s3) == set(PUBLISHED)


def test_unknown_file_type_is_refused_not_guessed(site: Path) -> None:
    write(site, "data/archive.bin", "?")
    with pytest.raises(SiteError, match="archive.bin"):
        plan_site(site)


def test_a_site_without_index_html_is_refused(tmp_path) -> None:
    write(tmp_path, "app.js", "x")
    with pytest.raises(SiteError, match="index.html"):
        plan_site(tmp_path)


@pytest.mark.parametrize("name,hashed", [
    ("app.3f9a2b1c.js", True), ("index-BqZ1x9_k.js", True), ("chunk-5XSJ2Z4K.js", True),
    ("main.0123456789abcdef0123.css", True), ("app.js", False), ("service-worker.js", False),
    ("bootstrap.min.css", False), ("persona-settings.js", False), ("logo.svg", False),
])
def test_hashed_names(name: str, hashed: bool) -> None:
    assert (site_upload.cache_control_for(f"assets/{name}") == IMMUTABLE) is hashed


def test_the_real_frontend_publishes_cleanly() -> None:
    files = plan_site()
    assert "index.html" in {f.key for f in files}
    assert all(not site_upload.is_stray(Path(f.key)) for f in files)
    index = next(f for f in files if f.key == "index.html")
    assert index.cache_control == NO_CACHE and index.content_type.startswith("text/html")
