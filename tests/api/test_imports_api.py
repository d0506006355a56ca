"""Importing a WhatsApp chat: the contract of issue 15 (docs/imports.md), on both stores, with
the job run in the request (InlineRunner), in the local worker thread, and on AWS's code path
(presigned upload to S3, a message on SQS, the queue's Lambda handler) under moto."""
from __future__ import annotations

import base64
import io
import json
import logging
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest

from chalicelib import runtime
from chalicelib.imports import files as import_files
from chalicelib.imports import job, samples
from chalicelib.schemas import INLINE_BODY_BYTES, INLINE_FILE_BYTES, UPLOAD_FILE_BYTES
from tests.conftest import Api, User, all_items, make_client

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "whatsapp"
PT = "android_pt_br_24h.txt"
PERSON = "Vô Toninho"
OTHERS_WORDS = ("Vô, conta de novo", "Guarda um pedaço", "Que beleza, Toninho", "Bom dia vô!!",
                "Que lindo")


@pytest.fixture(autouse=True)
def jobs_in_the_request() -> Iterator[None]:
    """Each job runs inside the request that starts it: a test sees its end right away."""
    job.reset()
    import_files.reset()
    samples.CACHE.clear()
    job.use(job.InlineRunner())
    yield
    job.reset()
    import_files.reset()


def send(api: Api, user: User, pid: str, name: str = PT, data: bytes | None = None,
         **more: Any) -> Any:
    content = data if data is not None else (FIXTURES / name).read_bytes()
    return api.call("POST", f"/api/personas/{pid}/imports", user, {
        "kind": "whatsapp", "filename": name,
        "content_base64": base64.b64encode(content).decode(), **more})


def imported(api: Api, user: User, pid: str, name: str = PT, **more: Any) -> dict[str, Any]:
    r = send(api, user, pid, name, **more)
    assert r.status_code == 202, r.body
    assert set(r.json_body) == {"id", "status"}
    found = api.call("GET", f"/api/personas/{pid}/imports/{r.json_body['id']}", user)
    assert found.status_code == 200, found.body
    return found.json_body


def choose(api: Api, user: User, pid: str, iid: str, person: str = PERSON) -> Any:
    return api.call("PATCH", f"/api/personas/{pid}/imports/{iid}", user, {"person": person})


def every(api: Api, user: User, path: str) -> list[dict[str, Any]]:
    """Every item of a paged list."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        sep = "&" if "?" in path else "?"
        r = api.call("GET", path + (f"{sep}cursor={cursor}" if cursor else ""), user)
        assert r.status_code == 200, r.body
        items += r.json_body["items"]
        cursor = r.json_body["next_cursor"]
        if not cursor:
            return items


def uploads_left(pid: str) -> list[Path]:
    folder = runtime.get_settings().data_dir / "files" / "imports" / pid
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


# -- the whole flow -----------------------------------------------------------------------------

def test_a_chat_is_read_the_person_chosen_and_their_words_kept(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    job_ = imported(api, alice, pid)
    assert job_["status"] == "needs_person" and job_["person"] is None
    assert job_["progress"] == 100 and job_["error"] is None
    assert job_["senders"][0] == {"name": PERSON, "messages": 10}
    assert {s["name"] for s in job_["senders"]} == {PERSON, "Ana Silva", "Cida Silva",
                                                   "+55 11 98765-4321"}
    assert job_["counts"] == {"person_messages": 0, "other_messages": 15, "media": 1,
                              "deleted": 2, "system": 6}
    assert uploads_left(pid)  # kept for the second pass

    r = choose(api, alice, pid, job_["id"], "vô toninho")
    assert r.status_code == 200, r.body
    done = api.call("GET", f"/api/personas/{pid}/imports/{job_['id']}", alice).json_body
    assert done["status"] == "done" and done["person"] == PERSON
    assert done["counts"] == {"person_messages": 9, "other_messages": 6, "media": 1,
                              "deleted": 2, "system": 6}
    assert done["proposed_memories"] == 2 and done["style_samples"] >= 6
    assert not uploads_left(pid)  # the file goes when its job ends

    kept = every(api, alice, f"/api/personas/{pid}/style-samples?limit=3")
    assert len(kept) == done["style_samples"]
    assert all(set(s) == {"id", "text", "at"} for s in kept)
    texts = [s["text"] for s in kept]
    assert "Bom dia, meus amores! Deus abençoe o dia de vocês." in texts
    assert not any(w in t for t in texts for w in OTHERS_WORDS)  # nobody else's words
    assert kept[0]["at"] >= kept[-1]["at"]  # the latest first
    lists = {m["id"] for m in api.call("GET", f"/api/personas/{pid}/imports", alice)
             .json_body["items"]}
    assert lists == {job_["id"]}


def test_proposed_memories_wait_for_review_and_never_reach_search(api: Api,
                                                                  alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    imported(api, alice, pid, person=PERSON)
    base = f"/api/personas/{pid}/memories"
    proposed = api.call("GET", f"{base}?status=proposed", alice).json_body["items"]
    assert [(p["date"], p["status"]) for p in proposed] == [("2019-06-15", "proposed"),
                                                            ("2019-06-01", "proposed")]
    assert proposed[1]["tags"] == ["WhatsApp"] and proposed[1]["import_id"]
    assert not any(w in p["text"] for p in proposed for w in OTHERS_WORDS)
    assert api.call("GET", base, alice).json_body["items"] == []
    for words in ("festa junina", "lambari rio Atibaia"):
        assert api.call("GET", f"{base}?q={words}", alice).json_body["items"] == []
    assert api.call("GET", f"/api/personas/{pid}", alice).json_body["memory_count"] == 0

    festa, fishing = proposed[1], proposed[0]
    one = api.call("GET", f"{base}/{festa['id']}", alice).json_body
    assert one["status"] == "proposed"
    edited = api.call("PATCH", f"{base}/{festa['id']}", alice, {"title": "O baile de 1961"})
    assert edited.status_code == 200 and edited.json_body["status"] == "proposed"
    assert api.call("GET", f"{base}?q=festa+junina", alice).json_body["items"] == []

    accepted = api.call("PATCH", f"{base}/{festa['id']}", alice,
                        {"status": "active", "tags": ["Cida", "WhatsApp"]})
    assert accepted.status_code == 200, accepted.body
    memory = accepted.json_body
    assert (memory["id"], memory["status"], memory["title"], memory["tags"]) == (
        festa["id"], "active", "O baile de 1961", ["Cida", "WhatsApp"])
    found = api.call("GET", f"{base}?q=festa+junina", alice).json_body["items"]
    assert [m["id"] for m in found] == [festa["id"]]
    assert api.call("GET", f"{base}/{festa['id']}", alice).json_body["status"] == "active"
    again = api.call("PATCH", f"{base}/{festa['id']}", alice, {"status": "proposed"})
    assert again.status_code == 400 and again.json_body["Field"] == "status"

    assert api.call("DELETE", f"{base}/{fishing['id']}", alice).status_code == 204
    assert api.call("GET", f"{base}/{fishing['id']}", alice).status_code == 404
    assert api.call("GET", f"{base}?status=proposed", alice).json_body["items"] == []
    assert [m["id"] for m in api.call("GET", base, alice).json_body["items"]] == [festa["id"]]
    bad = api.call("GET", f"{base}?status=proposed&q=festa", alice)
    assert bad.status_code == 400 and bad.json_body["Field"] == "q"


def test_a_person_named_with_the_file_goes_straight_to_done(api: Api, alice: User) -> None:
    pid = api.create_persona(alice, language="en")["id"]
    done = imported(api, alice, pid, "ios_en_12h.zip", person="Grandpa Joe")
    assert done["status"] == "done" and done["person"] == "Grandpa Joe"
    assert done["counts"] == {"person_messages": 4, "other_messages": 2, "media": 3,
                              "deleted": 1, "system": 1}
    texts = {s["text"] for s in every(api, alice, f"/api/personas/{pid}/style-samples")}
    assert "Not yet!" not in texts and "Of course, sweetheart. I'll teach you to row." in texts


def test_the_same_file_twice_adds_nothing_the_second_time(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    first = imported(api, alice, pid, person=PERSON)
    samples_before = every(api, alice, f"/api/personas/{pid}/style-samples")
    proposed = api.call("GET", f"/api/personas/{pid}/memories?status=proposed", alice)
    second = imported(api, alice, pid, person=PERSON)
    assert second["status"] == "done" and second["duplicate_of"] == first["id"]
    assert (second["style_samples"], second["proposed_memories"]) == (0, 0)
    # The same chat zipped with its media is the same text but one line: only that is new.
    third = imported(api, alice, pid, "android_pt_br_24h.zip", person=PERSON)
    assert third["status"] == "done" and third["proposed_memories"] == 0
    assert third["style_samples"] <= 1
    assert len(every(api, alice, f"/api/personas/{pid}/style-samples")) == \
        len(samples_before) + third["style_samples"]
    assert api.call("GET", f"/api/personas/{pid}/memories?status=proposed", alice
                    ).json_body == proposed.json_body


# -- bad input ----------------------------------------------------------------------------------

def test_a_file_that_is_not_a_chat_fails_and_leaves_nothing(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    for name, data in (("not_a_chat.txt", None), ("photo.txt", bytes(range(256)) * 10)):
        failed = imported(api, alice, pid, name, data=data)
        assert failed["status"] == "failed", failed
        assert failed["error"]["code"] == "NotAChatExport" and failed["error"]["message"]
    assert not uploads_left(pid)
    assert every(api, alice, f"/api/personas/{pid}/style-samples") == []


def zipped(files: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


def test_a_zip_bomb_and_a_zip_of_climbing_names_fail(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("_chat.txt", "w") as entry:
            entry.write(b"1/1/21, 10:00 - Ana: oi\n")
            for _ in range(80):
                entry.write(b"\n" * (1024 * 1024))
    bomb = imported(api, alice, pid, "bomb.zip", data=out.getvalue())
    assert (bomb["status"], bomb["error"]["code"]) == ("failed", "FileTooLarge")
    assert "MB" in bomb["error"]["message"]
    chat = (FIXTURES / PT).read_bytes()
    climbing = imported(api, alice, pid, "evil.zip", data=zipped({"../../_chat.txt": chat}))
    assert (climbing["status"], climbing["error"]["code"]) == ("failed", "NotAChatExport")
    assert not uploads_left(pid)


def test_over_size_files_are_refused_with_the_limit_named(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    big = send(api, alice, pid, "big.txt", data=b"x" * (INLINE_FILE_BYTES + 3))
    assert big.status_code == 413, big.body
    assert "3 MB" in big.json_body["Message"] and big.json_body["Limits"] == {"mb": 3}
    huge = api.call("POST", f"/api/personas/{pid}/imports", alice,
                    raw=b'{"kind":"whatsapp","pad":"' + b"x" * INLINE_BODY_BYTES + b'"}')
    assert huge.status_code == 413 and f"{INLINE_BODY_BYTES // 1024} KB" in \
        huge.json_body["Message"]
    upload = api.call("POST", f"/api/personas/{pid}/imports/upload-url", alice,
                      {"filename": "chat.zip", "size": UPLOAD_FILE_BYTES + 1})
    assert upload.status_code == 400 and upload.json_body["Field"] == "size"
    assert str(UPLOAD_FILE_BYTES) in upload.json_body["Message"]
    assert api.call("GET", f"/api/personas/{pid}/imports", alice).json_body["items"] == []


@pytest.mark.parametrize("body, field", [
    ({"kind": "whatsapp", "filename": "c.txt", "content_base64": "não é base64!"},
     "content_base64"),
    ({"kind": "whatsapp", "filename": "c.txt", "content_base64": ""}, "content_base64"),
    ({"kind": "whatsapp", "filename": "c.txt"}, "content_base64"),
    ({"kind": "whatsapp", "filename": "c.txt", "content_base64": "b2k=",
      "upload_id": "A" * 22}, "content_base64"),
    ({"kind": "telegram", "filename": "c.txt", "content_base64": "b2k="}, "kind"),
    ({"kind": "whatsapp", "content_base64": "b2k="}, "filename"),
    ({"kind": "whatsapp", "filename": "c.zip", "upload_id": "A" * 22}, "upload_id"),
])
def test_a_malformed_import_is_a_400_naming_the_field(sqlite_api: Api, body: dict,
                                                      field: str) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    r = sqlite_api.call("POST", f"/api/personas/{pid}/imports", alice, body)
    assert r.status_code == 400, r.body
    assert r.json_body["Field"] == field
    assert not uploads_left(pid)


def test_a_sender_not_in_the_file_is_a_400_naming_person(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    r = send(api, alice, pid, person="Vó Cida")
    assert r.status_code == 400 and r.json_body["Field"] == "person"
    assert api.call("GET", f"/api/personas/{pid}/imports", alice).json_body["items"] == []
    assert not uploads_left(pid)
    waiting = imported(api, alice, pid)
    wrong = choose(api, alice, pid, waiting["id"], "Ninguém")
    assert wrong.status_code == 400 and wrong.json_body["Field"] == "person"
    by_number = choose(api, alice, pid, waiting["id"], "5511987654321")
    assert by_number.status_code == 200 and by_number.json_body["person"] == "+55 11 98765-4321"
    late = choose(api, alice, pid, waiting["id"], PERSON)
    assert late.status_code == 409  # done: it waits for nobody


# -- who may -----------------------------------------------------------------------------------

def test_only_owners_and_editors_import_and_see_samples(api: Api, alice: User,
                                                        bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    done = imported(api, alice, pid, person=PERSON)
    sample = every(api, alice, f"/api/personas/{pid}/style-samples")[0]
    proposal = api.call("GET", f"/api/personas/{pid}/memories?status=proposed", alice
                        ).json_body["items"][0]
    routes = [("POST", f"/api/personas/{pid}/imports", {"kind": "whatsapp", "filename": "c.txt",
                                                        "content_base64": "b2k="}),
              ("GET", f"/api/personas/{pid}/imports", None),
              ("POST", f"/api/personas/{pid}/imports/upload-url",
               {"filename": "c.zip", "size": 10}),
              ("GET", f"/api/personas/{pid}/imports/{done['id']}", None),
              ("PATCH", f"/api/personas/{pid}/imports/{done['id']}", {"person": PERSON}),
              ("DELETE", f"/api/personas/{pid}/imports/{done['id']}", None),
              ("GET", f"/api/personas/{pid}/style-samples", None),
              ("DELETE", f"/api/personas/{pid}/style-samples/{sample['id']}", None),
              ("GET", f"/api/personas/{pid}/memories?status=proposed", None),
              ("PATCH", f"/api/personas/{pid}/memories/{proposal['id']}", {"status": "active"}),
              ("DELETE", f"/api/personas/{pid}/memories/{proposal['id']}", None)]
    for method, path, sent in routes:  # Bob has no role: nothing of Alice's exists for him
        r = api.call(method, path, bob, sent)
        assert r.status_code == 404, (method, path, r.status_code)
        assert done["id"] not in r.body.decode() and sample["id"] not in r.body.decode()
    assert api.call("GET", f"/api/personas/{pid}/memories/{proposal['id']}", bob
                    ).status_code == 404
    api.invite_and_accept(alice, pid, bob)  # a visitor now
    for method, path, sent in routes:
        r = api.call(method, path, bob, sent)
        assert r.status_code == 403, (method, path, r.status_code)
    # A visitor reads memories, but a proposal is not one yet.
    assert api.call("GET", f"/api/personas/{pid}/memories/{proposal['id']}", bob
                    ).status_code == 404
    assert every(api, alice, f"/api/personas/{pid}/style-samples")[0] == sample  # unchanged
    assert api.call("GET", f"/api/personas/{pid}/imports/{done['id']}", alice
                    ).json_body["status"] == "done"

    api.call("DELETE", f"/api/personas/{pid}/members/{bob.id}", alice)
    api.invite_and_accept(alice, pid, bob, role="editor")
    mine = imported(api, bob, pid, "ios_pt_br_24h.txt", person="Vó Lurdes")
    assert mine["status"] == "done"
    assert api.call("DELETE", f"/api/personas/{pid}/style-samples/{sample['id']}", bob
                    ).status_code == 204
    assert api.call("DELETE", f"/api/personas/{pid}/style-samples/{sample['id']}", bob
                    ).status_code == 404
    assert api.call("DELETE", f"/api/personas/{pid}/imports/{mine['id']}", bob
                    ).status_code == 204


def test_erasure_removes_imports_samples_proposals_and_files(api: Api, alice: User,
                                                              bob: User) -> None:
    pid = api.create_persona(alice)["id"]
    imported(api, alice, pid, person=PERSON)
    waiting = imported(api, alice, pid, "ios_pt_br_24h.txt")
    assert waiting["status"] == "needs_person" and uploads_left(pid)
    other = api.create_persona(bob)["id"]
    imported(api, bob, other, person=PERSON)
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    left = [(i["PK"], i["SK"]) for i in all_items()]
    assert not any(pid in pk for pk, _ in left)
    assert not uploads_left(pid)
    assert every(api, bob, f"/api/personas/{other}/style-samples")  # Bob's stay
    assert api.call("DELETE", f"/api/personas/{other}", bob).status_code == 204
    assert not any(other in pk for pk, _ in ((i["PK"], i["SK"]) for i in all_items()))


def test_export_holds_my_samples_proposals_and_imports(api: Api, alice: User) -> None:
    pid = api.create_persona(alice)["id"]
    done = imported(api, alice, pid, person=PERSON)
    page = api.call("GET", "/api/me/export", alice).json_body
    assert {s["id"] for s in page["style_samples"]} == {
        s["id"] for s in every(api, alice, f"/api/personas/{pid}/style-samples")}
    assert all(s["persona_id"] == pid for s in page["style_samples"])
    assert [p["status"] for p in page["proposed_memories"]] == ["proposed", "proposed"]
    assert [(i["id"], i["status"]) for i in page["imports"]] == [(done["id"], "done")]
    assert "created_by" not in page["imports"][0] and "text_sha256" not in page["imports"][0]


def test_logs_never_carry_message_text_names_or_file_names(api: Api, alice: User) -> None:
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    handler = Keep()
    logging.getLogger("foreverus").addHandler(handler)
    try:
        pid = api.create_persona(alice)["id"]
        waiting = imported(api, alice, pid, "Conversa do WhatsApp com Família Silva.txt",
                           data=(FIXTURES / PT).read_bytes())
        choose(api, alice, pid, waiting["id"])
        imported(api, alice, pid, "not_a_chat.txt")
    finally:
        logging.getLogger("foreverus").removeHandler(handler)
    text = "\n".join(lines)
    assert '"event":"import"' in text and waiting["id"] in text
    for secret in ("Toninho", "Silva", "festa", "Bom dia", "98765", "Família", "Conversa",
                   "fubá"):
        assert secret not in text, secret


# -- where the job runs ----------------------------------------------------------------------

def test_locally_the_job_runs_in_a_worker_thread(sqlite_api: Api) -> None:
    job.use(None)  # the stage's own: the local worker thread
    assert job.runner() is job.THREAD
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    r = send(sqlite_api, alice, pid, person=PERSON)
    assert r.status_code == 202 and r.json_body["status"] in ("queued", "running", "done")
    assert job.THREAD.wait(30)
    found = sqlite_api.call("GET", f"/api/personas/{pid}/imports/{r.json_body['id']}", alice)
    assert found.json_body["status"] == "done"
    assert found.json_body["proposed_memories"] == 2


@pytest.fixture
def aws(dynamodb, monkeypatch, tmp_path) -> Iterator[dict[str, Any]]:
    """The cloud stage's parts under moto: the table, the private bucket, the imports queue."""
    import boto3
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="forever-us-test-files")
    sqs = boto3.client("sqs", region_name="us-east-1")
    url = sqs.create_queue(QueueName="forever-us-test-imports")["QueueUrl"]
    monkeypatch.setenv("FOREVERUS_FILES_BUCKET", "forever-us-test-files")
    monkeypatch.setenv("FOREVERUS_IMPORT_QUEUE_URL", url)
    runtime.reset()
    job.reset()
    import_files.reset()
    with make_client(tmp_path) as client:
        yield {"api": Api(client), "client": client, "s3": s3, "sqs": sqs, "url": url}


def objects(s3: Any, prefix: str = "") -> list[str]:
    found = s3.list_objects_v2(Bucket="forever-us-test-files", Prefix=prefix)
    return [o["Key"] for o in found.get("Contents", [])]


def test_on_aws_a_large_file_goes_to_the_bucket_and_the_queue_runs_its_job(aws) -> None:
    api, s3, sqs = aws["api"], aws["s3"], aws["sqs"]
    assert isinstance(job.runner(), job.SqsRunner)
    alice = api.login("alice@example.com", "Alice")
    pid = api.create_persona(alice)["id"]
    r = api.call("POST", f"/api/personas/{pid}/imports/upload-url", alice,
                 {"filename": "Conversa do WhatsApp com Família Silva.zip", "size": 5000})
    assert r.status_code == 200, r.body
    form = r.json_body
    assert form["max_bytes"] == UPLOAD_FILE_BYTES and form["url"].startswith("https://")
    policy = json.loads(base64.b64decode(form["fields"]["policy"]))
    assert ["content-length-range", 1, UPLOAD_FILE_BYTES] in policy["conditions"]
    key = form["fields"]["key"]
    assert key == f"imports/{pid}/{form['upload_id']}/upload"
    # The browser posts the form to S3; here the object is put where the form would put it.
    s3.put_object(Bucket="forever-us-test-files", Key=key,
                  Body=(FIXTURES / "android_pt_br_24h.zip").read_bytes())

    started = api.call("POST", f"/api/personas/{pid}/imports", alice, {
        "kind": "whatsapp", "filename": "chat.zip", "upload_id": form["upload_id"]})
    assert started.status_code == 202 and started.json_body == {"id": form["upload_id"],
                                                                 "status": "queued"}
    again = api.call("POST", f"/api/personas/{pid}/imports", alice, {
        "kind": "whatsapp", "filename": "chat.zip", "upload_id": form["upload_id"]})
    assert again.json_body == started.json_body  # one job per upload

    def deliver() -> None:
        received = sqs.receive_message(QueueUrl=aws["url"], MaxNumberOfMessages=10)
        bodies = [m["Body"] for m in received.get("Messages", [])]
        assert bodies and all(set(json.loads(b)) == {"persona_id", "import_id"} for b in bodies)
        event = aws["client"].events.generate_sqs_event(message_bodies=bodies,
                                                        queue_name="forever-us-test-imports")
        for body in bodies:  # delivered twice: an SQS redelivery changes nothing
            one = aws["client"].events.generate_sqs_event(message_bodies=[body])
            aws["client"].lambda_.invoke("import_worker", one)
        aws["client"].lambda_.invoke("import_worker", event)

    deliver()
    path = f"/api/personas/{pid}/imports/{form['upload_id']}"
    assert api.call("GET", path, alice).json_body["status"] == "needs_person"
    assert objects(s3, key)  # kept for the second pass
    assert choose(api, alice, pid, form["upload_id"]).json_body["status"] == "queued"
    deliver()
    done = api.call("GET", path, alice).json_body
    assert done["status"] == "done" and done["proposed_memories"] == 2
    assert objects(s3) == []  # the file goes when the job ends
    count = len(every(api, alice, f"/api/personas/{pid}/style-samples"))
    aws["client"].lambda_.invoke("import_worker", aws["client"].events.generate_sqs_event(
        message_bodies=[json.dumps({"persona_id": pid, "import_id": form["upload_id"]}),
                        "not json", json.dumps({"persona_id": "../x", "import_id": "y"})]))
    assert len(every(api, alice, f"/api/personas/{pid}/style-samples")) == count

    inline = send(api, alice, pid, "ios_pt_br_24h.txt")  # a small one, through the queue too
    assert inline.status_code == 202 and inline.json_body["status"] == "queued"
    assert objects(s3, f"imports/{pid}/")
    assert api.call("DELETE", "/api/me", alice).status_code == 204
    assert objects(s3) == []  # erasure finds the files a job left


def test_on_aws_an_upload_that_never_came_is_a_400(aws) -> None:
    api = aws["api"]
    alice = api.login("alice@example.com", "Alice")
    pid = api.create_persona(alice)["id"]
    r = api.call("POST", f"/api/personas/{pid}/imports", alice, {
        "kind": "whatsapp", "filename": "chat.zip", "upload_id": "U" * 22})
    assert r.status_code == 400 and r.json_body["Field"] == "upload_id"


def test_locally_there_is_no_upload_url(sqlite_api: Api) -> None:
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    r = sqlite_api.call("POST", f"/api/personas/{pid}/imports/upload-url", alice,
                        {"filename": "c.zip", "size": 10})
    assert r.status_code == 404 and "content_base64" in r.json_body["Message"]


def test_answers_fit_the_documented_schemas(sqlite_api: Api) -> None:
    import yaml

    from tests.docs.test_openapi import SPEC_PATH, Checked
    call = Checked(sqlite_api, yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
    alice = sqlite_api.login("alice@example.com", "Alice")
    pid = sqlite_api.create_persona(alice)["id"]
    chat = base64.b64encode((FIXTURES / PT).read_bytes()).decode()
    started = call("POST", "/api/personas/{persona_id}/imports", 202, alice,
                   {"kind": "whatsapp", "filename": PT, "content_base64": chat}, persona_id=pid)
    one = "/api/personas/{persona_id}/imports/{import_id}"
    waiting = call("GET", one, 200, alice, persona_id=pid, import_id=started["id"])
    assert waiting["status"] == "needs_person"
    call("PATCH", one, 400, alice, {"person": "Ninguém"}, persona_id=pid, import_id=started["id"])
    call("PATCH", one, 200, alice, {"person": PERSON}, persona_id=pid, import_id=started["id"])
    call("PATCH", one, 409, alice, {"person": PERSON}, persona_id=pid, import_id=started["id"])
    call("GET", one, 200, alice, persona_id=pid, import_id=started["id"])
    call("GET", "/api/personas/{persona_id}/imports", 200, alice, persona_id=pid)
    failed = call("POST", "/api/personas/{persona_id}/imports", 202, alice,
                  {"kind": "whatsapp", "filename": "x.txt", "content_base64": "b2k="},
                  persona_id=pid)
    assert call("GET", one, 200, alice, persona_id=pid, import_id=failed["id"]
                )["error"]["code"] == "NotAChatExport"
    again = call("POST", "/api/personas/{persona_id}/imports", 202, alice,
                 {"kind": "whatsapp", "filename": PT, "content_base64": chat, "person": PERSON},
                 persona_id=pid)
    assert call("GET", one, 200, alice, persona_id=pid, import_id=again["id"])["duplicate_of"]
    call("POST", "/api/personas/{persona_id}/imports/upload-url", 404, alice,
         {"filename": "c.zip", "size": 10}, persona_id=pid)
    kept = call("GET", "/api/personas/{persona_id}/style-samples", 200, alice, persona_id=pid,
                query="?limit=2")
    call("DELETE", "/api/personas/{persona_id}/style-samples/{sample_id}", 204, alice,
         persona_id=pid, sample_id=kept["items"][0]["id"])
    proposed = call("GET", "/api/personas/{persona_id}/memories", 200, alice, persona_id=pid,
                    query="?status=proposed")
    memory = "/api/personas/{persona_id}/memories/{memory_id}"
    first = proposed["items"][0]["id"]
    call("GET", memory, 200, alice, persona_id=pid, memory_id=first)
    call("PATCH", memory, 200, alice, {"title": "Pescaria"}, persona_id=pid, memory_id=first)
    call("PATCH", memory, 200, alice, {"status": "active"}, persona_id=pid, memory_id=first)
    call("DELETE", memory, 204, alice, persona_id=pid, memory_id=proposed["items"][1]["id"])
    call("GET", "/api/me/export", 200, alice)
    call("DELETE", one, 204, alice, persona_id=pid, import_id=started["id"])
    call("DELETE", one, 404, alice, persona_id=pid, import_id=started["id"])


class Counting:
    """A table that counts the reads made through it."""

    def __init__(self, table: Any) -> None:
        self.table, self.reads = table, 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.table, name)
        if name in ("get", "batch_get", "query"):
            def counted(*args: Any, **kwargs: Any) -> Any:
                self.reads += 1
                return method(*args, **kwargs)
            return counted
        return method


def test_a_turn_gets_the_persons_samples_closest_to_what_was_asked(api: Api,
                                                                   alice: User) -> None:
    from chalicelib.store.repository import Store
    pid = api.create_persona(alice)["id"]
    assert samples.chosen_for(runtime.store(), pid, "oi", 3) == []  # none yet
    imported(api, alice, pid, person=PERSON)
    counting = Counting(runtime.store().table)
    store = Store(counting)  # type: ignore[arg-type]
    asked = "Vô, o senhor lembra quando pescou no rio com o seu pai?"
    chosen = samples.chosen_for(store, pid, asked, 2)
    assert len(chosen) == 2 and "pescar no rio Atibaia" in chosen[0]
    assert not any(w in t for t in chosen for w in OTHERS_WORDS)
    counting.reads = 0
    assert samples.chosen_for(store, pid, asked, 2) == chosen  # the same turn, the same
    assert counting.reads == 1  # cached: one get says the samples did not change
    unrelated = {tuple(samples.chosen_for(store, pid, f"pergunta {n}", 2)) for n in range(8)}
    assert len(unrelated) > 1  # with nothing in common, the examples vary by message
    kept = every(api, alice, f"/api/personas/{pid}/style-samples")
    fishing = next(s for s in kept if s["text"] == chosen[0])
    api.call("DELETE", f"/api/personas/{pid}/style-samples/{fishing['id']}", alice)
    assert chosen[0] not in samples.chosen_for(store, pid, asked, 2)
    proposed = api.call("GET", f"/api/personas/{pid}/memories?status=proposed", alice)
    stories = {p["text"] for p in proposed.json_body["items"]}
    assert not stories & set(samples.chosen_for(store, pid, asked, 50))


def test_a_models_prompt_carries_the_persons_own_words_closest_to_the_message(
        api: Api, alice: User, monkeypatch) -> None:
    from tests.api.test_chat import FakeModel
    fake = FakeModel("Ah, o rio... que saudade.")
    monkeypatch.setattr(runtime, "provider", lambda: fake)
    pid = api.create_persona(alice)["id"]
    imported(api, alice, pid, person=PERSON)
    cid = api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]
    r = api.call("POST", f"/api/conversations/{cid}/messages", alice,
                 {"text": "Vô, o senhor lembra quando pescou no rio com o seu pai?",
                  "client_message_id": "client-0001"})
    assert r.status_code == 201, r.body
    prompt = json.dumps(fake.requests[-1].messages, ensure_ascii=False)
    assert "pescar no rio Atibaia" in prompt  # the person's own message about the river
    assert not any(w in prompt for w in OTHERS_WORDS)  # nobody else's words
    assert any("pescar no rio Atibaia" in e for e in fake.requests[-1].examples)


def test_the_grounded_reply_quotes_the_persons_own_message_beside_the_memory(
        api: Api, alice: User, monkeypatch) -> None:
    from chalicelib.llm.grounded import GROUNDED
    monkeypatch.setattr(runtime, "provider", lambda: GROUNDED)
    pid = api.create_persona(alice)["id"]
    api.add_memory(alice, pid, title="A pescaria",
                   text="O vô pescava no rio Atibaia com o pai dele quando era menino.")
    api.add_memory(alice, pid, title="A oficina", text="O vô consertava relógios na oficina.")
    imported(api, alice, pid, person=PERSON)
    cid = api.call("POST", f"/api/personas/{pid}/conversations", alice, {}).json_body["id"]

    def ask(text: str, n: int) -> str:
        r = api.call("POST", f"/api/conversations/{cid}/messages", alice,
                     {"text": text, "client_message_id": f"client-{n:04d}"})
        assert r.status_code == 201, r.body
        return r.json_body["reply"]["text"]

    fishing = ask("Vô, o senhor pescava no rio Atibaia com o seu pai?", 1)
    assert "O vô pescava no rio Atibaia" in fishing  # the memory that answers
    assert "E numa mensagem minha ficou assim:" in fishing and "lambari" in fishing
    assert not any(w in fishing for w in OTHERS_WORDS)  # nobody else's words
    clocks = ask("Vô, o que o senhor consertava na oficina?", 2)
    assert "relógios" in clocks and "mensagem minha" not in clocks  # none speaks of it
