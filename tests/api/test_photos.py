"""Photos of a memory (issue 16, part 2; docs/photos.md), on both stores, locally (the data
folder, links `make run` serves) and on AWS's code path (presigned upload, the private bucket,
presigned links) under moto: cleaned of EXIF and GPS, captions searched as memory text, bad
files refused by name leaving nothing behind, members only, and erased with their memory."""
from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from chalicelib import runtime
from chalicelib.imports import files as import_files
from chalicelib.photos import storage
from chalicelib.schemas import PHOTO_BYTES
from chalicelib.store.refusals import Refused
from tests.conftest import Api, User, all_items, make_client
from tests.unit.test_photo_images import (
    assert_no_metadata, bomb, camera_exif, gif, jpeg, png, reopened, too_large,
)

PHOTO_FIELDS = {"id", "url", "thumbnail_url", "taken_at", "width", "height", "caption"}
BUCKET = "forever-us-test-files"


@pytest.fixture(autouse=True)
def fresh_files() -> Iterator[None]:
    """Each test builds the stage's files anew (its own data folder, or moto's bucket)."""
    storage.reset()
    import_files.reset()
    yield
    storage.reset()
    import_files.reset()


def photos_path(pid: str, mid: str) -> str:
    return f"/api/personas/{pid}/memories/{mid}/photos"


def send(api: Api, user: User, pid: str, mid: str, data: bytes, filename: str = "foto.jpg",
         **more: Any) -> Any:
    return api.call("POST", photos_path(pid, mid), user, {
        "filename": filename, "content_base64": base64.b64encode(data).decode(), **more})


def added(api: Api, user: User, pid: str, mid: str, data: bytes, **more: Any) -> dict[str, Any]:
    r = send(api, user, pid, mid, data, **more)
    assert r.status_code == 201, r.body
    assert set(r.json_body) == PHOTO_FIELDS
    return r.json_body


def files_left() -> list[str]:
    """Every photo file and upload under the data folder."""
    root = runtime.get_settings().data_dir
    return sorted(str(p.relative_to(root)) for folder in ("photos", "uploads")
                  for p in (root / folder).rglob("*") if p.is_file())


def shown(url: str, now: float | None = None) -> tuple[bytes, str] | None:
    """What `make run` answers for a local link (scripts/serve.py asks exactly this)."""
    files = storage.photo_files()
    assert isinstance(files, storage.LocalPhotoFiles)
    return files.linked(url, time.time() if now is None else now)


def search(api: Api, user: User, pid: str, q: str) -> list[str]:
    r = api.call("GET", f"/api/personas/{pid}/memories?q={q}", user)
    assert r.status_code == 200, r.body
    return [m["id"] for m in r.json_body["items"]]


def without_links(photo: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in photo.items() if k not in ("url", "thumbnail_url")}


# -- the whole life of a photo ------------------------------------------------------------------

def test_a_photo_is_cleaned_shown_searched_by_its_caption_and_deleted(api: Api,
                                                                      alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    mid = api.add_memory(alice, pid)["id"]
    photo = added(api, alice, pid, mid, jpeg(exif=camera_exif(orientation=6)),
                  caption="A cachoeira do sítio")
    assert photo["taken_at"] == "2019-06-24T18:30:00-03:00" and photo["caption"] == \
        "A cachoeira do sítio"
    assert (photo["width"], photo["height"]) == (800, 1200)  # upright
    data, content_type = shown(photo["url"]) or (b"", "")
    assert content_type == "image/jpeg" and reopened(data).size == (800, 1200)
    assert_no_metadata(data)  # no EXIF, GPS, XMP or comment in what is stored
    thumbnail, _ = shown(photo["thumbnail_url"]) or (b"", "")
    assert reopened(thumbnail).size == (267, 400)
    assert files_left() == sorted(f"photos/{pid}/{mid}/{photo['id']}/{name}"
                                  for name in ("photo.jpg", "thumbnail.jpg"))

    memory = api.call("GET", f"/api/personas/{pid}/memories/{mid}", alice).json_body
    assert [without_links(p) for p in memory["photos"]] == [without_links(photo)]
    listed = api.call("GET", f"/api/personas/{pid}/memories", alice).json_body["items"]
    assert [p["id"] for p in listed[0]["photos"]] == [photo["id"]]
    assert search(api, alice, pid, "cachoeira") == [mid]  # the caption is searched
    found = api.call("GET", f"/api/personas/{pid}/memories?q=cachoeira", alice).json_body
    assert shown(found["items"][0]["photos"][0]["thumbnail_url"]) is not None

    one = f"{photos_path(pid, mid)}/{photo['id']}"
    r = api.call("PATCH", one, alice, {"caption": "Pescaria no rio Atibaia"})
    assert r.status_code == 200 and set(r.json_body) == PHOTO_FIELDS
    assert r.json_body["caption"] == "Pescaria no rio Atibaia"
    assert search(api, alice, pid, "cachoeira") == []  # the index follows the edit
    assert search(api, alice, pid, "pescaria") == [mid]

    assert api.call("DELETE", one, alice).status_code == 204
    assert files_left() == []
    assert api.call("GET", f"/api/personas/{pid}/memories/{mid}", alice).json_body[
        "photos"] == []
    assert search(api, alice, pid, "pescaria") == []
    assert api.call("DELETE", one, alice).status_code == 404
    assert api.call("PATCH", one, alice, {"caption": "x"}).status_code == 404


def test_the_type_comes_from_the_bytes_not_the_name(sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    mid = sqlite_api.add_memory(alice, pid)["id"]
    photo = added(sqlite_api, alice, pid, mid, png(), filename="ferias.jpg")
    assert urlsplit(photo["url"]).path.endswith("/photo.png")
    data, content_type = shown(photo["url"]) or (b"", "")
    assert content_type == "image/png" and reopened(data).format == "PNG"
    r = send(sqlite_api, alice, pid, mid, b"Isto \xe9 uma carta, n\xe3o uma foto.",
             filename="carta.jpg")
    assert r.status_code == 400 and r.json_body["Reason"] == "not_an_image"


def test_bad_files_are_refused_naming_the_field_and_the_limit_leaving_nothing(
        api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    mid = api.add_memory(alice, pid)["id"]
    before = sorted(map(repr, all_items()))
    cases = [
        (b"Querida familia, isto nao e uma foto.", "not_an_image", {}),
        (gif(), "unsupported_type", {}),
        (bomb((12_000, 10_000)), "too_many_pixels", {"megapixels": 50}),
        (too_large(), "file_too_large", {"mb": 10}),
        (b"", "empty", {}),
    ]
    for data, reason, limits in cases:
        r = send(api, alice, pid, mid, data)
        assert r.status_code == 400, (reason, r.body)
        assert (r.json_body["Field"], r.json_body["Reason"]) == ("content_base64", reason)
        assert r.json_body.get("Limits", {}) == limits
        assert r.json_body["Message"].startswith("content_base64: ")
        assert files_left() == [] and sorted(map(repr, all_items())) == before
    r = api.call("POST", photos_path(pid, mid), alice, {"content_base64": "não é base64!"})
    assert r.status_code == 400 and r.json_body["Reason"] == "not_base64"
    r = api.call("POST", photos_path(pid, mid), alice, {"filename": "a.jpg"})
    assert r.status_code == 400 and r.json_body["Field"] == "content_base64"
    assert files_left() == [] and sorted(map(repr, all_items())) == before

    small = jpeg((64, 48))
    for _ in range(10):
        added(api, alice, pid, mid, small)
    kept, stored = files_left(), sorted(map(repr, all_items()))
    assert len(kept) == 20
    r = send(api, alice, pid, mid, small)  # the 11th
    assert r.status_code == 400 and (r.json_body["Field"], r.json_body["Reason"],
                                     r.json_body["Limits"]) == ("photos", "too_many_photos",
                                                                {"max": 10})
    assert files_left() == kept and sorted(map(repr, all_items())) == stored


def test_a_photo_whose_memory_went_meanwhile_leaves_no_file(sqlite_api: Api,
                                                           monkeypatch) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    mid = sqlite_api.add_memory(alice, pid)["id"]

    def gone(*args: Any, **kwargs: Any) -> Any:
        assert len(files_left()) == 2  # the files are written first ...
        raise Refused("memory_missing")
    monkeypatch.setattr(runtime.store(), "update_memory", gone)
    r = send(sqlite_api, alice, pid, mid, jpeg((64, 48)))
    assert r.status_code == 404
    assert files_left() == []  # ... and taken away when the memory cannot list them


def test_deleting_a_memory_a_legacy_or_an_account_deletes_its_photo_files(
        api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    first, second = (api.add_memory(alice, pid)["id"] for _ in range(2))
    added(api, alice, pid, first, jpeg((64, 48)))
    added(api, alice, pid, second, png((64, 48)))
    assert api.call("DELETE", f"/api/personas/{pid}/memories/{first}", alice).status_code == 204
    assert [f.split("/")[2] for f in files_left()] == [second, second]
    assert api.call("DELETE", f"/api/personas/{pid}", alice).status_code == 204
    assert files_left() == []
    other = api.create_persona(alice)["id"]
    added(api, alice, other, api.add_memory(alice, other)["id"], jpeg((64, 48)))
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    assert files_left() == []


# -- who may see and change photos --------------------------------------------------------------

def test_a_stranger_is_refused_a_visitor_only_looks_and_a_revoked_member_is_out(
        api: Api, alice: User, bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    mid = api.add_memory(alice, pid)["id"]
    photo = added(api, alice, pid, mid, jpeg((64, 48)), caption="Vó Cida")
    one = f"{photos_path(pid, mid)}/{photo['id']}"
    writes = [("POST", photos_path(pid, mid), {"filename": "a.jpg",
                                               "content_base64": base64.b64encode(
                                                   jpeg((32, 24))).decode()}),
              ("POST", f"{photos_path(pid, mid)}/upload-url", {"filename": "a.jpg", "size": 9}),
              ("PATCH", one, {"caption": "planted"}),
              ("DELETE", one, None)]
    before, files = sorted(map(repr, all_items())), files_left()
    for method, path, body in writes + [("GET", f"/api/personas/{pid}/memories/{mid}", None)]:
        r = api.call(method, path, bob, body)
        assert r.status_code == 404, (method, path, r.body)
        assert pid not in r.body.decode() and photo["id"] not in r.body.decode()
    assert sorted(map(repr, all_items())) == before and files_left() == files

    api.invite_and_accept(alice, pid, bob)  # a visitor sees them, and changes nothing
    before = sorted(map(repr, all_items()))
    seen = api.call("GET", f"/api/personas/{pid}/memories/{mid}", bob).json_body["photos"]
    assert [p["caption"] for p in seen] == ["Vó Cida"] and shown(seen[0]["url"]) is not None
    for method, path, body in writes:
        assert api.call(method, path, bob, body).status_code == 403, (method, path)
    assert sorted(map(repr, all_items())) == before and files_left() == files

    api.call("DELETE", f"/api/personas/{pid}/members/{bob.id}", alice)
    for method, path, body in writes:
        assert api.call(method, path, bob, body).status_code == 404, (method, path)


def test_a_local_link_shows_one_photo_for_ten_minutes_and_cannot_be_forged(
        sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    mid = sqlite_api.add_memory(alice, pid)["id"]
    url = added(sqlite_api, alice, pid, mid, jpeg((64, 48)))["url"]
    expires = int(parse_qs(urlsplit(url).query)["expires"][0])
    assert storage.LINK_SECONDS - 5 <= expires - time.time() <= storage.LINK_SECONDS
    assert shown(url, now=expires) is not None
    assert shown(url, now=expires + 1) is None  # expired
    assert shown(url.replace("signature=", "signature=0")) is None
    assert shown(url.replace(f"expires={expires}", f"expires={expires + 3600}")) is None
    assert shown(url.replace("photo.jpg", "thumbnail.jpg")) is None  # signed for one file
    guessed = url.split("?")[0] + "?expires=99999999999&signature=" + "0" * 64
    assert shown(guessed) is None
    key = "forever-us.sqlite3"  # signed, but not a photo: never served
    assert shown(f"/files/{key}?expires={expires}&signature="
                 f"{storage._signature(key, expires)}") is None


def test_locally_there_is_no_upload_url(sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    mid = sqlite_api.add_memory(alice, pid)["id"]
    r = sqlite_api.call("POST", f"{photos_path(pid, mid)}/upload-url", alice,
                        {"filename": "a.jpg", "size": 5_000_000})
    assert r.status_code == 404 and r.json_body["Reason"] == "no_bucket"
    r = sqlite_api.call("POST", f"{photos_path(pid, mid)}/upload-url", alice,
                        {"filename": "a.jpg", "size": PHOTO_BYTES + 1})
    assert r.status_code == 400 and r.json_body["Field"] == "size"


# -- on AWS: the private bucket -----------------------------------------------------------------

@pytest.fixture
def aws(dynamodb, monkeypatch, tmp_path) -> Iterator[dict[str, Any]]:
    """The table and the private bucket under moto."""
    import boto3
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    monkeypatch.setenv("FOREVERUS_FILES_BUCKET", BUCKET)
    runtime.reset()
    storage.reset()
    import_files.reset()
    with make_client(tmp_path) as client:
        api = Api(client)
        alice = api.login("alice@example.com", "Alice")
        pid = api.create_persona(alice)["id"]
        mid = api.add_memory(alice, pid)["id"]
        yield {"api": api, "s3": s3, "alice": alice, "pid": pid, "mid": mid}


def objects(s3: Any, prefix: str = "") -> list[str]:
    found = s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return sorted(o["Key"] for o in found.get("Contents", []))


def uploaded(aws: dict[str, Any], data: bytes) -> str:
    """Ask for the form and put the file where the browser's POST would put it (a file over
    the form's limit too, which S3 would refuse: the app checks all the same)."""
    r = aws["api"].call("POST", f"{photos_path(aws['pid'], aws['mid'])}/upload-url",
                        aws["alice"], {"filename": "foto.jpg",
                                       "size": min(len(data), PHOTO_BYTES)})
    assert r.status_code == 200, r.body
    form = r.json_body
    assert form["max_bytes"] == PHOTO_BYTES and form["url"].startswith("https://")
    policy = json.loads(base64.b64decode(form["fields"]["policy"]))
    assert ["content-length-range", 1, PHOTO_BYTES] in policy["conditions"]
    assert form["fields"]["key"] == f"uploads/{aws['pid']}/{form['upload_id']}"
    aws["s3"].put_object(Bucket=BUCKET, Key=form["fields"]["key"], Body=data)
    return str(form["upload_id"])


def test_on_aws_a_photo_goes_to_the_bucket_and_is_shown_through_presigned_links(aws) -> None:
    api, s3, alice, pid, mid = aws["api"], aws["s3"], aws["alice"], aws["pid"], aws["mid"]
    upload_id = uploaded(aws, jpeg(exif=camera_exif(orientation=6)))
    r = api.call("POST", photos_path(pid, mid), alice, {"upload_id": upload_id,
                                                        "caption": "Na praia"})
    assert r.status_code == 201, r.body
    photo = r.json_body
    assert photo["id"] == upload_id and (photo["width"], photo["height"]) == (800, 1200)
    assert objects(s3) == [f"photos/{pid}/{mid}/{upload_id}/{name}"
                           for name in ("photo.jpg", "thumbnail.jpg")]  # the upload is gone
    stored = s3.get_object(Bucket=BUCKET, Key=f"photos/{pid}/{mid}/{upload_id}/photo.jpg")
    assert_no_metadata(stored["Body"].read())
    link = urlsplit(photo["url"])
    assert link.scheme == "https" and BUCKET in link.netloc + link.path
    assert parse_qs(link.query)["X-Amz-Expires"] == [str(storage.LINK_SECONDS)]
    again = api.call("POST", photos_path(pid, mid), alice, {"upload_id": upload_id})
    assert again.status_code == 200 and again.json_body["id"] == upload_id  # one photo
    inline = send(api, alice, pid, mid, png((64, 48)))  # a small one comes in the request
    assert inline.status_code == 201, inline.body
    assert len(objects(s3, f"photos/{pid}/")) == 4
    assert search(api, alice, pid, "praia") == [mid]
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    assert objects(s3) == []  # erasure finds every photo


def test_on_aws_a_bad_upload_is_refused_and_nothing_stays_in_the_bucket(aws) -> None:
    api, s3, alice, pid, mid = aws["api"], aws["s3"], aws["alice"], aws["pid"], aws["mid"]
    before = sorted(map(repr, all_items()))
    for data, reason, limits in [(b"nao e foto", "not_an_image", {}),
                                 (b"\xff" * (PHOTO_BYTES + 1), "file_too_large", {"mb": 10})]:
        upload_id = uploaded(aws, data)
        r = api.call("POST", photos_path(pid, mid), alice, {"upload_id": upload_id})
        assert r.status_code == 400, r.body
        assert (r.json_body["Field"], r.json_body["Reason"]) == ("upload_id", reason)
        assert r.json_body.get("Limits", {}) == limits
        assert objects(s3) == [] and sorted(map(repr, all_items())) == before
    r = api.call("POST", photos_path(pid, mid), alice, {"upload_id": "U" * 22})
    assert r.status_code == 400 and r.json_body["Reason"] == "bad_upload"
    r = api.call("POST", photos_path(pid, mid), alice, {"upload_id": "../../x"})
    assert r.status_code == 400 and r.json_body["Field"] == "upload_id"
    # A Lambda's request stops at 6 MB: a larger photo must go through upload-url.
    r = send(api, alice, pid, mid, too_large())
    assert r.status_code == 400 and (r.json_body["Reason"], r.json_body["Limits"]) == (
        "file_too_large", {"mb": 3})
    assert "upload-url" in r.json_body["Message"]
    assert objects(s3) == [] and sorted(map(repr, all_items())) == before


def test_the_stage_policies_let_the_app_reach_only_photos_and_uploads() -> None:
    from tests.deploy.test_policy import allowed
    for stage in ("dev", "prod"):
        bucket = f"arn:aws:s3:::forever-us-{stage}-files-123456789012"
        for action in ("s3:PutObject", "s3:GetObject", "s3:DeleteObject"):
            for key in ("photos/p/m/f/photo.jpg", "uploads/p/u"):
                assert allowed(stage, action, f"{bucket}/{key}"), (stage, action, key)
            assert not allowed(stage, action, f"{bucket}/elsewhere/x"), (stage, action)
        assert allowed(stage, "s3:ListBucket", bucket)


def test_answers_fit_the_documented_schemas(sqlite_api: Api) -> None:
    import yaml

    from tests.docs.test_openapi import SPEC_PATH, Checked
    call = Checked(sqlite_api, yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    mid = sqlite_api.add_memory(alice, pid)["id"]
    many = "/api/personas/{persona_id}/memories/{memory_id}/photos"
    one = many + "/{photo_id}"
    photo = call("POST", many, 201, alice, {"filename": "a.jpg", "caption": "Oi",
                                            "content_base64": base64.b64encode(
                                                jpeg((64, 48))).decode()},
                 persona_id=pid, memory_id=mid)
    call("POST", many, 400, alice, {"content_base64": "b2k="}, persona_id=pid, memory_id=mid)
    call("POST", many + "/upload-url", 404, alice, {"filename": "a.jpg", "size": 9},
         persona_id=pid, memory_id=mid)
    call("PATCH", one, 200, alice, {"caption": "Vó"}, persona_id=pid, memory_id=mid,
         photo_id=photo["id"])
    call("PATCH", one, 400, alice, {"caption": "a\nb"}, persona_id=pid, memory_id=mid,
         photo_id=photo["id"])
    call("GET", "/api/personas/{persona_id}/memories/{memory_id}", 200, alice, persona_id=pid,
         memory_id=mid)
    call("GET", "/api/me/export", 200, alice)
    call("DELETE", one, 204, alice, persona_id=pid, memory_id=mid, photo_id=photo["id"])
    call("DELETE", one, 404, alice, persona_id=pid, memory_id=mid, photo_id=photo["id"])


def test_the_website_sends_what_the_api_takes() -> None:
    """The site's own limits are the API's (frontend/js/views/memories.js)."""
    from chalicelib.schemas import INLINE_FILE_BYTES
    site = (Path(__file__).resolve().parents[2] / "frontend" / "js" / "views" /
            "memories.js").read_text(encoding="utf-8")
    assert f"PHOTO_MAX = {PHOTO_BYTES // 1024 // 1024} * 1024 * 1024" in site
    assert f"PHOTO_INLINE = {INLINE_FILE_BYTES // 1024 // 1024} * 1024 * 1024" in site
    assert 'accept: "image/jpeg,image/png,image/webp"' in site
