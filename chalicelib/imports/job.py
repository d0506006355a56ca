"""The import job: read the uploaded chat, list its senders, and for the chosen person keep
their style samples and propose their stories as memories.

One function, `run`, does the work wherever it runs: in a worker thread of the local server
(`ThreadRunner`), or on AWS in the Lambda that SQS calls for each queued import (`SqsRunner`
sends the message; app.py's `@app.on_sqs_message` handler calls `handle_message`). Tests may
run it in the request itself (`use(InlineRunner())`).

A job is idempotent: run again (an SQS redelivery, a crash half-way), it reads the file again
and writes the same items under the same ids, so nothing is added twice; a finished or failed
job is not run again, and one that keeps crashing fails after MAX_ATTEMPTS. Status goes
queued -> running -> needs_person (the owner picks the person among the senders; the file is
kept for the second pass) -> queued -> running -> done, or failed with an error code. The
uploaded file is deleted when the job ends. Logs carry ids, counts, sizes and times: never a
message, a name or a file name.
"""
from __future__ import annotations

import json
import queue
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Protocol

from chalicelib import ids
from chalicelib.imports import archive, parser, proposals, samples
from chalicelib.imports.files import Files
from chalicelib.imports.problems import ImportProblem, NotAChatExport, PersonNotInChat
from chalicelib.logs import log, request_scope
from chalicelib.store import keys
from chalicelib.store.refusals import Refused
from chalicelib.store.repository import Store

MAX_ATTEMPTS = 3
MAX_SENDERS = 5_000  # names counted; a group holds at most 1,024 people
LISTED_SENDERS = 200  # the most active, in the job's record
MAX_PERSON_MESSAGES = 300_000  # of the person's messages, kept to choose from
FINISHED = ("done", "failed")
WAITING = ("queued", "running")


@dataclass
class Scan:
    """What one pass over the chat counts, and the person's own text messages."""

    person: str | None
    senders: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    mine: list[tuple[Any, str]] = field(default_factory=list)
    person_name: str | None = None
    _keys: dict[str, str] = field(default_factory=dict)

    def add(self, message: parser.Message) -> None:
        if message.kind == "system" or message.sender is None:
            self.counts["system"] += 1
            return
        name = message.sender
        if name in self.senders or len(self.senders) < MAX_SENDERS:
            self.senders[name] += 1
        if message.kind in ("media", "deleted"):
            self.counts[message.kind] += 1
            return
        if self.person is not None and self._key(name) == parser.sender_key(self.person):
            self.counts["person_messages"] += 1
            self.person_name = self.person_name or name
            if len(self.mine) < MAX_PERSON_MESSAGES:
                self.mine.append((message.at, message.text))
        else:
            self.counts["other_messages"] += 1

    def _key(self, name: str) -> str:
        if name not in self._keys:
            self._keys[name] = parser.sender_key(name)
        return self._keys[name]

    def listed(self) -> list[dict[str, Any]]:
        """The senders, the most active first."""
        return [{"name": n, "messages": c} for n, c in self.senders.most_common(LISTED_SENDERS)]

    def totals(self) -> dict[str, int]:
        return {k: self.counts[k] for k in ("person_messages", "other_messages", "media",
                                            "deleted", "system")}


def has_sender(senders: list[dict[str, Any]], person: str) -> str | None:
    """The name under which `person` wrote in the chat (a phone number however spaced)."""
    wanted = parser.sender_key(person)
    return next((s["name"] for s in senders if parser.sender_key(s["name"]) == wanted), None)


class Progress:
    """Writes the job's progress, at most every STEP percent."""

    STEP = 10

    def __init__(self, store: Store, job: dict[str, Any]) -> None:
        self.store, self.job = store, job
        self.written = int(job.get("progress") or 0)

    def __call__(self, percent: float) -> None:
        value = int(min(99, max(0, percent)))
        if value - self.written >= self.STEP:
            self.written = value
            self.store.update_import(self.job["persona_id"], self.job["id"],
                                     {"progress": value, "updated_at": ids.now_iso()})


def run(store: Store, files: Files, persona_id: str, import_id: str) -> None:
    """Run one import to its end, or to the point where it needs the person chosen."""
    job = store.get_import(persona_id, import_id)
    if job is None or job["status"] in FINISHED:
        return  # deleted, or a redelivery of a finished job
    if job["status"] == "needs_person" and not job.get("person"):
        return
    attempts = int(job.get("attempts") or 0) + 1
    started = time.perf_counter()
    outcome: dict[str, Any] = {}
    try:
        if attempts > MAX_ATTEMPTS:
            raise ImportProblem("the import stopped before its end several times; try again, "
                                "or export a shorter period of the chat")
        store.update_import(persona_id, import_id, {"status": "running", "attempts": attempts,
                                                    "updated_at": ids.now_iso()})
        if store.get_persona(persona_id) is None:
            files.delete_under(keys.import_upload(persona_id, import_id))
            return
        outcome = _read(store, files, {**job, "attempts": attempts})
    except ImportProblem as problem:
        outcome = {"status": "failed", "error": {"code": problem.code, "message": problem.message}}
    except Refused as refused:  # the persona went while the job wrote
        outcome = {"status": "failed", "error": {"code": "ImportFailed",
                                                 "message": "the persona is gone"}}
        log("import_refused", reason=refused.reason, import_id=import_id)
    except Exception as error:  # noqa: BLE001 - a job ends failed, with the detail in the log
        log("import_error", import_id=import_id, error=type(error).__name__)
        outcome = {"status": "failed", "error": {
            "code": "ImportFailed", "message": "the import could not be finished; try again"}}
    finally:
        if outcome:
            store.update_import(persona_id, import_id, {**outcome, "updated_at": ids.now_iso()})
            if outcome["status"] in FINISHED:
                files.delete_under(keys.import_upload(persona_id, import_id))
        log("import", persona_id=persona_id, import_id=import_id, attempt=attempts,
            status=outcome.get("status"), code=(outcome.get("error") or {}).get("code"),
            ms=round((time.perf_counter() - started) * 1000, 1), **{
                k: v for k, v in (outcome.get("counts") or {}).items()},
            proposed=outcome.get("proposed_memories"), samples=outcome.get("style_samples"))


def _read(store: Store, files: Files, job: dict[str, Any]) -> dict[str, Any]:
    """The two passes over the file and what they add; the job's new fields."""
    pid, iid = job["persona_id"], job["id"]
    key = keys.import_upload(pid, iid)
    size = files.size(key)
    if size is None:
        raise ImportProblem("the uploaded file is gone; upload it again")
    progress = Progress(store, job)
    first = archive.Reading(size, lambda part: progress(5 + 35 * part))
    with files.open(key) as raw, archive.chat_text(raw, first) as text:
        chat = parser.sniff(parser.lines_of(text))
    digest = first.digest.hexdigest()
    earlier = store.claim_imported_text(pid, digest, iid)
    if earlier is not None:  # the same chat text again: nothing more to add
        found = store.get_import(pid, earlier) or {}
        return {"status": "done", "progress": 100, "duplicate_of": earlier,
                "text_sha256": digest, "senders": found.get("senders") or [],
                "person": found.get("person"), "counts": found.get("counts"),
                "proposed_memories": 0, "style_samples": 0, "error": None}
    scan = Scan(job.get("person"))
    second = archive.Reading(size, lambda part: progress(40 + 45 * part))
    with files.open(key) as raw, archive.chat_text(raw, second) as text:
        for message in parser.messages(parser.lines_of(text), chat):
            scan.add(message)
    senders = scan.listed()
    if not senders:
        raise NotAChatExport("this chat export holds no message from anyone")
    base = {"text_sha256": digest, "senders": senders, "counts": scan.totals(),
            "format": {"style": chat.style, "order": chat.order}}
    if job.get("person") is None:
        return {**base, "status": "needs_person", "progress": 100, "error": None}
    if scan.person_name is None:
        problem = PersonNotInChat("person: the person chosen wrote nothing in this chat; "
                                  "choose one of its senders")
        return {**base, "status": "needs_person", "progress": 100, "person": None,
                "error": {"code": problem.code, "message": problem.message}}
    now = ids.now_iso()
    kept = samples.pick(scan.mine)
    added_samples = store.add_style_samples(pid, samples.records(pid, iid, kept), samples.LIMIT)
    progress(92)
    stories = proposals.propose(scan.mine)
    added_proposals = store.add_proposals(pid, proposals.records(pid, iid, stories, now),
                                          proposals.LIMIT)
    samples.CACHE.forget(pid)
    return {**base, "status": "done", "progress": 100, "person": scan.person_name,
            "style_samples": added_samples, "proposed_memories": added_proposals, "error": None}


# -- where jobs run ---------------------------------------------------------------------------

class Runner(Protocol):
    """Starts an import job somewhere."""

    def submit(self, persona_id: str, import_id: str) -> None:
        """Have the job run (soon, elsewhere: the request does not wait for it)."""


Job = Callable[[str, str], None]


def _default_job(persona_id: str, import_id: str) -> None:
    from chalicelib import runtime
    from chalicelib.imports.files import files
    run(runtime.store(), files(), persona_id, import_id)


class InlineRunner:
    """Runs the job in the caller's thread (tests: the job is over when the request is)."""

    def __init__(self, job: Job = _default_job) -> None:
        self.job = job

    def submit(self, persona_id: str, import_id: str) -> None:
        self.job(persona_id, import_id)


class ThreadRunner:
    """The local stage's worker: one thread of the app's process runs the jobs in turn."""

    def __init__(self, job: Job = _default_job) -> None:
        self.job = job
        self._queue: queue.Queue[tuple[str, str]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, persona_id: str, import_id: str) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="imports", daemon=True)
                self._thread.start()
        self._queue.put((persona_id, import_id))

    def _work(self) -> None:
        while True:
            persona_id, import_id = self._queue.get()
            try:
                with request_scope(ids.new_id()):
                    self.job(persona_id, import_id)
            except Exception as error:  # noqa: BLE001 - the worker outlives a job's failure
                log("import_worker_error", import_id=import_id, error=type(error).__name__)
            finally:
                self._queue.task_done()

    def wait(self, timeout: float = 30.0) -> bool:
        """Whether every submitted job finished within `timeout` seconds (tests)."""
        end = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > end:
                return False
            time.sleep(0.02)
        return True


class SqsRunner:
    """AWS: one message per job on the imports queue; its Lambda runs `handle_message`."""

    def __init__(self, client: Any, queue_url: str) -> None:
        self.client, self.queue_url = client, queue_url

    def submit(self, persona_id: str, import_id: str) -> None:
        self.client.send_message(QueueUrl=self.queue_url, MessageBody=json.dumps(
            {"persona_id": persona_id, "import_id": import_id}, separators=(",", ":")))


def handle_message(body: str, job: Job = _default_job) -> None:
    """One SQS message of the imports queue (ids only; anything else is dropped)."""
    try:
        message = json.loads(body)
        persona_id, import_id = str(message["persona_id"]), str(message["import_id"])
    except (ValueError, KeyError, TypeError):
        log("import_message_dropped", reason="malformed")
        return
    if not (ids.is_id(persona_id) and ids.is_id(import_id)):
        log("import_message_dropped", reason="not_ids")
        return
    job(persona_id, import_id)


THREAD = ThreadRunner()
_chosen: Runner | None = None


def use(runner: Runner | None) -> None:
    """Run jobs with `runner` from now on (tests); None goes back to the stage's own."""
    global _chosen
    _chosen = runner


def queue_url() -> str:
    """The imports queue: FOREVERUS_IMPORT_QUEUE_URL, or on AWS the stack's queue
    (forever-us-<stage>-imports); empty locally (jobs run in the worker thread)."""
    import os

    from chalicelib.config import get_settings
    named = os.environ.get("FOREVERUS_IMPORT_QUEUE_URL", "").strip()
    settings = get_settings()
    if named or not settings.is_cloud or not settings.aws_account_id:
        return named
    return (f"https://sqs.{settings.aws_region}.amazonaws.com/{settings.aws_account_id}/"
            f"forever-us-{settings.stage}-imports")


def runner() -> Runner:
    """Where this process's jobs run."""
    if _chosen is not None:
        return _chosen
    url = queue_url()
    if not url:
        return THREAD
    from chalicelib.config import get_settings
    return _sqs_runner(url, get_settings().aws_region)


@lru_cache(maxsize=2)
def _sqs_runner(url: str, region: str) -> SqsRunner:
    import boto3
    from botocore.config import Config
    client = boto3.client("sqs", region_name=region, config=Config(
        retries={"mode": "standard", "max_attempts": 3}, connect_timeout=2, read_timeout=5))
    return SqsRunner(client, url)


def reset() -> None:
    """Forget the built client and any chosen runner (tests)."""
    _sqs_runner.cache_clear()
    use(None)
