"""`make bench`: cold start, store operations per route, retrieval quality and speed, the
chat turn's own overhead on SQLite and on moto DynamoDB, a turn's DynamoDB calls and write
units, and a large export's pages. Prints figures; asserts nothing."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from bench import figure_lines, pct  # noqa: E402
FAKE_AWS = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1"}



def line(label: str, value: str) -> None:
    print(f"  {label:<58} {value}")


# -- 1. cold start --------------------------------------------------------------------------

def cold_start() -> None:
    print("Cold start, from the Lambda package itself (bench/coldstart.py; read-only, as in "
          "/var/task; goals: handler 1.2x, every module 1.4x a bare Chalice app)")
    from bench import coldstart
    coldstart.main()


# -- shared: an app on a chosen store, with counted table and DynamoDB calls ----------------

class CountingTable:
    def __init__(self, inner: Any) -> None:
        self.inner, self.calls = inner, 0

    def __getattr__(self, name: str) -> Any:
        target = getattr(self.inner, name)
        if name not in ("get", "batch_get", "query", "write", "delete_keys"):
            return target

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return target(*args, **kwargs)
        return counted


class Harness:
    """The app through Chalice's test client on SQLite or moto DynamoDB."""

    def __init__(self, kind: str, data_dir: str) -> None:
        os.environ.update(FAKE_AWS)
        for name in [n for n in os.environ if n.startswith("FOREVERUS_")]:
            del os.environ[name]
        os.environ.update({"FOREVERUS_DATA_DIR": data_dir, "FOREVERUS_LLM_PROVIDER": "authentic",
                           "FOREVERUS_STORE": kind, "FOREVERUS_TABLE": "bench"})
        self.kind = kind
        self.api_calls = 0
        if kind == "dynamodb":
            from moto import mock_aws
            import boto3
            from chalicelib.store.dynamodb import table_definition
            self.mock = mock_aws()
            self.mock.start()
            boto3.client("dynamodb", region_name="us-east-1").create_table(
                **table_definition("bench"))
        from chalice.test import Client
        from chalicelib import runtime
        from chalicelib.persona import retrieval
        import app as app_module
        runtime.reset()
        retrieval.CACHE.clear()
        self.runtime = runtime
        self.client = Client(app_module.app, project_dir=data_dir)
        store = runtime.store()
        self.table = CountingTable(store.table)
        store.table = self.table
        if kind == "dynamodb":
            store.table.inner._client.meta.events.register("before-call.dynamodb",
                                                          self._count_api_call)

    def _count_api_call(self, **_: Any) -> None:
        self.api_calls += 1

    def close(self) -> None:
        self.runtime.reset()
        if self.kind == "dynamodb":
            self.mock.stop()

    def call(self, method: str, path: str, token: str | None = None, body: Any = None) -> Any:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        r = getattr(self.client.http, method.lower())(
            path, headers=headers, body=json.dumps(body) if body is not None else None)
        if r.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {r.status_code} {r.body[:200]!r}")
        return r.json_body if r.body else None

    def measured(self, method: str, path: str, token: str | None = None,
                 body: Any = None) -> tuple[Any, int, int]:
        self.table.calls, self.api_calls = 0, 0
        result = self.call(method, path, token, body)
        return result, self.table.calls, self.api_calls


def store_operations() -> None:
    print("Store operations per request on DynamoDB (moto): store calls / DynamoDB API calls")
    with tempfile.TemporaryDirectory() as tmp:
        h = Harness("dynamodb", tmp)
        try:
            rows: list[tuple[str, int, int]] = []

            def run(label: str, method: str, path: str, token: str | None = None,
                    body: Any = None) -> Any:
                result, calls, api = h.measured(method, path, token, body)
                rows.append((label, calls, api))
                return result

            alice = run("POST /api/auth/local/login", "POST", "/api/auth/local/login", None,
                        {"email": "a@x.com", "name": "Ana"})["token"]
            bob = h.call("POST", "/api/auth/local/login", None,
                         {"email": "b@x.com", "name": "Bob"})["token"]
            consent = {"basis": "family", "statement": "Sou filha.", "attested_by": "Ana"}
            pid = run("POST /api/personas", "POST", "/api/personas", alice,
                      {"name": "Antônio", "language": "pt-BR", "consent": consent})["id"]
            run("GET /api/personas", "GET", "/api/personas", alice)
            run("GET /api/personas/{id}", "GET", f"/api/personas/{pid}", alice)
            run("PATCH /api/personas/{id}", "PATCH", f"/api/personas/{pid}", alice,
                {"biography": "Nasceu em Minas."})
            for i in range(20):
                h.call("POST", f"/api/personas/{pid}/memories", alice, {"text": f"Memória {i}"})
            mid = run("POST .../memories", "POST", f"/api/personas/{pid}/memories", alice,
                      {"text": "Conheci a Cida na festa junina."})["id"]
            run("GET .../memories", "GET", f"/api/personas/{pid}/memories", alice)
            run("GET .../memories?q= (index cold)", "GET",
                f"/api/personas/{pid}/memories?q=festa", alice)
            run("GET .../memories?q= (index warm)", "GET",
                f"/api/personas/{pid}/memories?q=cida", alice)
            run("GET .../memories/{id}", "GET", f"/api/personas/{pid}/memories/{mid}", alice)
            code = run("POST .../invites", "POST", f"/api/personas/{pid}/invites", alice,
                       {"role": "visitor"})["code"]
            run("POST /api/invites/{code}/accept", "POST", f"/api/invites/{code}/accept", bob)
            run("GET .../members", "GET", f"/api/personas/{pid}/members", alice)
            cid = run("POST .../conversations", "POST", f"/api/personas/{pid}/conversations",
                      bob, {})["id"]
            run("POST .../messages (authentic)", "POST", f"/api/conversations/{cid}/messages",
                bob, {"text": "Vô, e a festa?", "client_message_id": "bench-0001"})
            run("POST .../messages (replay)", "POST", f"/api/conversations/{cid}/messages",
                bob, {"text": "Vô, e a festa?", "client_message_id": "bench-0001"})
            run("GET /api/conversations/{id}", "GET", f"/api/conversations/{cid}", bob)
            run("GET /api/me/export", "GET", "/api/me/export", bob)
            run("DELETE /api/conversations/{id}", "DELETE", f"/api/conversations/{cid}", bob)
            run("DELETE /api/personas/{id} (21 memories)", "DELETE", f"/api/personas/{pid}",
                alice)
            for label, calls, api in rows:
                line(label, f"{calls:3d} / {api:3d}")
        finally:
            h.close()


# -- 3. retrieval ------------------------------------------------------------------------------

def retrieval_quality_and_speed() -> None:
    """The memory search: recall on the held-out set (frozen split never tuned on), speed and
    size at 2,000 and 20,000 distinct memories, the first search of a cold process."""
    from bench import search
    search.print_quality()
    search.speed()


# -- 4. the chat turn's own overhead ----------------------------------------------------------

class InstantModel:
    name, model = "instant", "instant"

    def __init__(self) -> None:
        self.prompt_tokens: list[int] = []

    def generate(self, request: Any, on_text: Any = None) -> Any:
        from chalicelib.llm.base import Completion
        from chalicelib.persona.prompt import estimate_tokens
        self.prompt_tokens.append(sum(estimate_tokens(m["content"]) for m in request.messages))
        return Completion(text="Foi na festa junina.", input_tokens=0, output_tokens=5,
                          provider=self.name, model=self.model, latency_ms=0)


def seed(store: Any, pid: str, cid: str, memories: int, history: int) -> None:
    """Memories and an old history written straight to the table (fast on moto too)."""
    from chalicelib import ids
    from chalicelib.store import keys
    from chalicelib.store.table import Put, Update
    data = json.loads((PROJECT / "tests" / "data" / "retrieval_set.json").read_text())
    table = store.table.inner if hasattr(store.table, "inner") else store.table
    for i in range(memories):
        source = data["memories"][i % len(data["memories"])]
        mid, created = ids.new_id(), ids.now_iso()
        pk, sk = keys.memory(pid, mid)
        table.write([Put({"PK": pk, "SK": sk, "kind": "memory", "id": mid, "persona_id": pid,
                          "text": source["text"], "title": source["title"],
                          "tags": source["tags"], "date": source["date"], "triggers": [],
                          "created_at": created, **keys.memory_index(pid, created, mid)})])
    table.write([Update(*keys.persona(pid), add={"version": 1, "memory_count": memories})])
    # (written straight to the table: the memory limits are not what this bench measures)
    for i in range(history):
        table.write([Put(store._message_item(cid, {
            "id": ids.new_id(), "role": "visitor" if i % 2 == 0 else "persona",
            "text": f"mensagem antiga {i} " * 8, "created_at": ids.now_iso(),
            "status": "answered"}))])


def chat_turn(kind: str, memories: int = 2000, history: int = 1000, turns: int = 30,
              with_metrics: bool = True, report: bool = True) -> list[float]:
    """The turn's own overhead with an instant model; returns the turn times (ms)."""
    from chalicelib.ops import metrics as ops_metrics
    real_updates = ops_metrics.updates_for
    if not with_metrics:
        ops_metrics.updates_for = lambda figures, moment: []  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            h = Harness(kind, tmp)
            model = InstantModel()
            h.runtime.provider = lambda: model  # type: ignore[assignment]
            try:
                token = h.call("POST", "/api/auth/local/login", None,
                               {"email": "a@x.com", "name": "Ana"})["token"]
                consent = {"basis": "self", "statement": "Eu mesmo.", "attested_by": "Antônio"}
                pid = h.call("POST", "/api/personas", token,
                             {"name": "Antônio", "language": "pt-BR", "consent": consent,
                              "example_messages": ["Ô meu filho!"] * 10})["id"]
                cid = h.call("POST", f"/api/personas/{pid}/conversations", token, {})["id"]
                seed(h.runtime.store(), pid, cid, memories, history)
                data = json.loads((PROJECT / "tests" / "data" / "retrieval_set.json")
                                  .read_text())
                questions = [q["text"] for q in data["questions"]]
                h.call("POST", f"/api/conversations/{cid}/messages", token,
                       {"text": questions[0], "client_message_id": "warm-up-0000"})
                samples, calls = [], []
                for n in range(turns):
                    started = time.perf_counter()
                    _, table_calls, _ = h.measured(
                        "POST", f"/api/conversations/{cid}/messages", token,
                        {"text": questions[n % len(questions)],
                         "client_message_id": f"turn-{n:06d}"})
                    samples.append((time.perf_counter() - started) * 1000)
                    calls.append(table_calls)
            finally:
                h.close()
    finally:
        ops_metrics.updates_for = real_updates  # type: ignore[assignment]
    if not report:
        return samples
    label = "SQLite" if kind == "sqlite" else "moto DynamoDB (moto's speed, not DynamoDB's)"
    print(f"Chat turn overhead, instant model, {memories:,} memories and a {history:,}-message "
          f"history ({label})")
    line(f"turn p50 / p95 ({turns} turns)", f"{pct(samples, 50):6.1f} / {pct(samples, 95):6.1f} ms")
    line("store calls per turn (min / max)", f"{min(calls)} / {max(calls)}")
    budget = int(os.environ.get("FOREVERUS_PROMPT_BUDGET", "2000"))
    tokens = model.prompt_tokens
    line("prompt tokens (estimated) p50 / max, against the budget",
         f"{pct(tokens, 50)} / {max(tokens)} of {budget}")
    return samples


def metrics_cost() -> None:
    """What recording metrics adds to a turn: store calls, and time, with and without."""
    with_metrics = chat_turn("sqlite", memories=200, history=100, turns=60, report=False)
    without = chat_turn("sqlite", memories=200, history=100, turns=60, with_metrics=False,
                        report=False)
    print("What metrics cost a turn (SQLite, 200 memories, 60 turns each way)")
    line("extra store calls per turn", "0 (the day's counters ride in the turn's own write)")
    line("extra items written per turn", "1 (the day's aggregate; the month's sums its days)")
    line("turn p50 with / without metrics",
         f"{pct(with_metrics, 50):6.2f} / {pct(without, 50):6.2f} ms")
    line("added latency at p50", f"{pct(with_metrics, 50) - pct(without, 50):6.2f} ms")


def dynamodb_cost() -> None:
    """Issue 14, "Cost: lean per turn": a turn's DynamoDB calls and write units, counted on
    the botocore calls against moto (bench/dynamodb.py, in a process of its own: it starts
    processes anew, as a cold Lambda does)."""
    print("A chat turn's DynamoDB cost: API calls and write units (moto; the units worked out "
          "from the items by DynamoDB's rules, as moto does not report them)")
    for row in figure_lines("bench.dynamodb"):
        if row.startswith("dynamodb_"):
            print(row)


def care_figures() -> None:
    """Issue 12, care: recall and false alarms per split and on the held-out set, and the time
    a message takes (bench/care.py)."""
    print("Care: risk messages caught and others flagged, per split; time per message")
    from bench import care
    care.main()


def export_pages() -> None:
    """A large account's export: pages, the largest page as Lambda's envelope counts it, time."""
    from chalicelib import ids
    from chalicelib.store import keys
    from chalicelib.store.table import Put
    personas, per_persona, talk = 3, 2_000, 2_000
    text = ("Lembro do dia em que o vô chegou com a sanfona — \"que festa!\" 🎉 " * 8)[:500]
    with tempfile.TemporaryDirectory() as tmp:
        h = Harness("sqlite", tmp)
        try:
            token = h.call("POST", "/api/auth/local/login", None,
                           {"email": "a@x.com", "name": "Ana"})["token"]
            consent = {"basis": "self", "statement": "Eu mesmo.", "attested_by": "Antônio"}
            table = h.table.inner
            for n in range(personas):
                pid = h.call("POST", "/api/personas", token, {
                    "name": f"Antônio {n}", "language": "pt-BR", "consent": consent})["id"]
                for _ in range(per_persona):
                    mid, created = ids.new_id(), ids.now_iso()
                    pk, sk = keys.memory(pid, mid)
                    table.write([Put({"PK": pk, "SK": sk, "kind": "memory", "id": mid,
                                      "persona_id": pid, "text": text, "title": "A sanfona",
                                      "tags": ["festa"], "triggers": [], "created_at": created,
                                      **keys.memory_index(pid, created, mid)})])
            cid = h.call("POST", f"/api/personas/{pid}/conversations", token, {})["id"]
            store = h.runtime.store()
            for i in range(talk):
                table.write([Put(store._message_item(cid, {
                    "id": ids.new_id(), "role": "visitor" if i % 2 == 0 else "persona",
                    "text": text * 2, "created_at": ids.now_iso(), "status": "answered"}))])
            sizes, times, calls, cursor = [], [], [], None
            while True:
                path = "/api/me/export" + (f"?cursor={cursor}" if cursor else "")
                started = time.perf_counter()
                page, table_calls, _ = h.measured("GET", path, token)
                times.append((time.perf_counter() - started) * 1000)
                calls.append(table_calls)
                body = json.dumps(page, separators=(",", ":"))
                sizes.append(len(json.dumps({"statusCode": 200, "body": body})))
                cursor = page["next_cursor"]
                if cursor is None:
                    break
        finally:
            h.close()
    print(f"Export of an account owning {personas} legacies of {per_persona:,} memories "
          f"(~{per_persona * len(text) / 1e6:.1f} M characters each) and a {talk:,}-message "
          "conversation (SQLite)")
    line("pages", f"{len(sizes)}")
    line("largest page as the Lambda envelope counts it (limit 6 MB)",
         f"{max(sizes) / 1e6:.2f} MB")
    line("whole export as one page would have been", f"{sum(sizes) / 1e6:.2f} MB")
    line("time per page p50 / max", f"{pct(times, 50):6.0f} / {max(times):6.0f} ms")
    line("store calls per page (min / max)", f"{min(calls)} / {max(calls)}")


def persona_replies() -> None:
    """The issue "The persona speaks": replies on the hand-written set (dev and frozen
    splits), the reply deadline on a busy machine, and the local model's prompt cache."""
    from bench import turns
    print("The persona's replies (tests/data/replies_set.json; the frozen split is never tuned on)")
    print(f"reply_p95_s_default={turns.reply_figures():.3f}")
    print("The reply deadline, both cores busy (FOREVERUS_REPLY_DEADLINE_S=2)")
    print(f"deadline_overrun_s_max={turns.deadline_overrun():.3f}")
    from bench import local_model
    print(f"turn2_first_token_ratio={local_model.turn2_first_token_ratio():.3f}")


def reply_streaming() -> None:
    """The reply socket (docs/streaming.md): how soon the first piece of a reply arrives, and
    its share of the whole turn, end to end through `make run`'s server (bench/streaming.py,
    in a process of its own: it starts a server and loads the local model)."""
    print("The reply socket, end to end through make run's server (median over the questions)")
    for row in figure_lines("bench.streaming"):
        if row.startswith("first_delta_"):
            print(row)


def main() -> None:
    sections: list[Callable[[], None]] = [
        cold_start, store_operations, retrieval_quality_and_speed,
        lambda: chat_turn("sqlite"), lambda: chat_turn("dynamodb"), dynamodb_cost,
        metrics_cost,
        export_pages, persona_replies, reply_streaming, care_figures]
    print(f"Forever Us bench — {time.strftime('%Y-%m-%d %H:%M')} — python {sys.version.split()[0]}"
          f", {os.cpu_count()} cores\n")
    for section in sections:
        section()
        print()


if __name__ == "__main__":
    main()
