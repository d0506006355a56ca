"""The memory search's figures (issue "Memory search that finds the right memory"): recall on
the held-out set, and speed and size at 2,000 and 20,000 memories. Prints `name=value` lines.

    .venv/bin/python -m bench.search            # everything
    .venv/bin/python -m bench.search --quality  # recall only, dev and frozen, per kind
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench import pct  # noqa: E402
from bench.corpus import memories as corpus  # noqa: E402
from chalicelib.persona import retrieval  # noqa: E402
from chalicelib.persona.composer import answers  # noqa: E402

DATA = PROJECT / "tests" / "data"
SEARCH_SET = DATA / "search_set.json"
# 30 more dev follow-ups on the same person, written in session 7 by an author who had not
# read the set's questions (the search set's own halves stay balanced, kind by kind)
FOLLOW_UPS = DATA / "search_followups.json"



def figure(name: str, value: float, digits: int = 3) -> None:
    print(f"{name}={value:.{digits}f}")


# -- quality ------------------------------------------------------------------------------------

def search_set() -> dict[str, Any]:
    return json.loads(SEARCH_SET.read_text(encoding="utf-8"))


def persona_of(data: dict[str, Any]) -> dict[str, Any]:
    return {"id": "p", "version": 1, **{k: v for k, v in data["persona"].items()}}


class SetSource:
    """The labelled memories as the store the turn reads (all of them, or some by id)."""

    def __init__(self, memories: list[dict[str, Any]]) -> None:
        self.memories = memories

    def all_memories(self, persona_id: str) -> list[dict[str, Any]]:
        return self.memories

    def memories_by_id(self, persona_id: str, ids: Any) -> list[dict[str, Any]]:
        return [m for m in self.memories if m["id"] in set(ids)]


def default_embedder() -> Any:
    """The embedder `make run` uses with no settings changed (the local Universal Sentence
    Encoder, when installed)."""
    from chalicelib import runtime
    return runtime.embedder()


def set_source(data: dict[str, Any], tags: bool, embedder: Any) -> SetSource:
    """The set's memories as the store holds them when written through the API: with their
    vectors when an embedder is configured."""
    from chalicelib.memories import _embedding
    return SetSource([{**m, "tags": m.get("tags", []) if tags else [],
                       "created_at": f"2020-01-01T{n:06d}", **_embedding(embedder, m)}
                      for n, m in enumerate(data["memories"])])


def turn_hits(source: SetSource, persona: dict[str, Any], question: dict[str, Any],
              embedder: Any = None) -> list[retrieval.Hit]:
    """The memories the chat turn finds for a question (chalicelib/turn/compose.py), after
    its earlier messages were answered as the turn would have answered them."""
    from types import SimpleNamespace

    from chalicelib.persona import composer, followup
    from chalicelib.turn.compose import SHORT_QUESTION, find_memories
    names = retrieval.Names.of(persona).own
    history: list[dict[str, Any]] = []
    for text in [*(question.get("context") or []), question["text"]]:
        claimed = SimpleNamespace(persona=persona, text=text)
        topic = followup.topic_of(text, history, names, soft=SHORT_QUESTION)
        hits = find_memories(source, claimed, topic, embedder)  # type: ignore[arg-type]
        draft = composer.compose(persona, text, question["lang"], hits, "")
        history += [{"role": "visitor", "text": text},
                    {"role": "persona", "text": draft.text,
                     "memories_used": list(draft.memory_ids)}]
    return hits


def quality(split: str, tags: bool = False, verbose: bool = False,
            embedder: Any = None) -> dict[str, float]:
    """Recall@5 and @1 (the share of a question's relevant memories found) per kind, and the
    share of unanswerable questions whose best memory is under the relevance threshold."""
    data = search_set()
    persona = persona_of(data)
    retrieval.CACHE.clear()
    source = set_source(data, tags, embedder)
    per_kind: dict[str, list[tuple[float, float]]] = {}
    abstained: list[bool] = []
    for q in data["questions"]:
        if q["split"] != split:
            continue
        hits = turn_hits(source, persona, q, embedder)
        if not q["relevant"]:
            abstained.append(not hits or not answers(hits[0]))
            if verbose and not abstained[-1]:
                print(f"  answered {q['id']} {q['text']!r} -> {hits[0].memory['id']} "
                      f"{hits[0].relevance:.2f}")
            continue
        got = [h.memory["id"] for h in hits[:5]]
        relevant = set(q["relevant"])
        at5 = len(relevant & set(got)) / len(relevant)
        at1 = 1.0 if got[:1] and got[0] in relevant else 0.0
        per_kind.setdefault(q["kind"], []).append((at5, at1))
        if verbose and at1 < 1:
            print(f"  missed {q['id']} [{q['kind']}] {q['text']!r} want {sorted(relevant)} "
                  f"got {[(h.memory['id'], round(h.relevance, 2)) for h in hits[:5]]}")
    retrieval.CACHE.clear()
    every = [pair for pairs in per_kind.values() for pair in pairs]
    out = {"recall_at_5": statistics.mean(a for a, _ in every),
           "recall_at_1": statistics.mean(b for _, b in every),
           "abstain_unanswerable": sum(abstained) / max(1, len(abstained))}
    for kind, pairs in sorted(per_kind.items()):
        out[f"recall_at_5_{kind}"] = statistics.mean(a for a, _ in pairs)
    out["questions"] = len(every) + len(abstained)
    return out


def print_quality(verbose: bool = False) -> None:
    if not SEARCH_SET.exists():
        print("(no tests/data/search_set.json: recall not measured)")
        return
    embedder = default_embedder()
    print("Memory search on tests/data/search_set.json, memories without tags "
          f"(frozen: never tuned on), as make run searches: "
          f"{'hybrid, ' + embedder.model_id if embedder else 'words alone'}")
    for split in ("frozen", "dev"):
        if verbose and split == "dev":
            print("  dev questions not found first (the frozen half's are never listed):")
        figures = quality(split, tags=False, verbose=verbose and split == "dev",
                          embedder=embedder)
        for name, value in figures.items():
            if name == "questions":
                print(f"  {split}: {int(value)} questions")
            else:
                figure(f"{name}_{split}", value)
    if FOLLOW_UPS.exists():
        for name, value in follow_ups(embedder).items():
            figure(f"{name}_follow_up_more_dev", value)
    print("The same with the family's tags")
    for split in ("frozen", "dev"):
        figure(f"recall_at_5_tagged_{split}",
               quality(split, tags=True, embedder=embedder)["recall_at_5"])
    if embedder is not None:
        print("Words alone (FOREVERUS_EMBEDDINGS=none, or on AWS without Titan)")
        for split in ("frozen", "dev"):
            figures = quality(split)
            for name in ("recall_at_5", "recall_at_1", "abstain_unanswerable"):
                figure(f"{name}_words_{split}", figures[name])


def follow_ups(embedder: Any = None) -> dict[str, float]:
    """Recall@5, recall@1, and the share answered from a right memory, over the extra dev
    follow-ups, each asked after its context as the chat turn would."""
    data = search_set()
    persona = persona_of(data)
    retrieval.CACHE.clear()
    source = set_source(data, False, embedder)
    at5, at1, right = [], [], []
    for q in json.loads(FOLLOW_UPS.read_text(encoding="utf-8"))["questions"]:
        hits = turn_hits(source, persona, q, embedder)
        got = [h.memory["id"] for h in hits[:5]]
        relevant = set(q["relevant"])
        at5.append(len(relevant & set(got)) / len(relevant))
        at1.append(float(bool(got) and got[0] in relevant))
        right.append(float(bool(hits) and answers(hits[0]) and got[0] in relevant))
    retrieval.CACHE.clear()
    return {"recall_at_5": statistics.mean(at5), "recall_at_1": statistics.mean(at1),
            "answered_right": statistics.mean(right)}


# -- speed and size -----------------------------------------------------------------------------

QUESTIONS = [q["text"] for q in json.loads((DATA / "retrieval_set.json").read_text())["questions"]]
PERSONA = {"id": "p", "name": "Antônio Carlos Ferreira", "version": 1, "aliases": [
    {"name": "Antônio", "also_called": ["Vô Toninho", "Toninho", "Seu Antônio"]},
    {"name": "Maria Aparecida", "also_called": ["Vó Cida", "Cida", "Dona Cida"]},
    {"name": "José", "also_called": ["Tio Zé", "Zé"]}]}


def search_times(index: retrieval.MemoryIndex, rounds: int = 3) -> list[float]:
    samples = []
    for _ in range(rounds):
        for question in QUESTIONS:
            started = time.perf_counter()
            index.hits(question, 6)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def build_ms(count: int) -> float:
    """The median time a warm process takes to build a new persona's index (its own words
    are new to the process: every corpus is another one)."""
    retrieval.build_index(PERSONA, corpus(count, seed=1))  # the process's warm-up
    samples = []
    for seed in range(2, 7):
        memories = corpus(count, seed=seed)
        started = time.perf_counter()
        retrieval.build_index(PERSONA, memories)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def update_times(index: retrieval.MemoryIndex, count: int = 100) -> list[float]:
    """Editing one memory (new text) and adding one: a copy of the index, changed."""
    fresh = corpus(count, seed=99, prefix="u")
    ids = list(index.positions)
    samples = []
    for n, memory in enumerate(fresh):
        target = {**memory, "id": ids[n]} if n % 2 else memory
        started = time.perf_counter()
        index = index.copy()  # as IndexCache.note_write does: searches may be reading it
        index.upsert(target)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


COLD_SEARCH = """
import sys, time
sys.path.insert(0, {project!r})
started = time.perf_counter()
from chalicelib.persona import retrieval
from chalicelib.store.repository import Store
from chalicelib.store.sqlite import SqliteTable
store = Store(SqliteTable({path!r}))
imported = time.perf_counter()
persona = store.get_persona({pid!r})
hits = retrieval.find(store, persona, {question!r}, 6)
done = time.perf_counter()
assert retrieval.CACHE.builds == 0 and retrieval.CACHE.loads == 1 and hits
print((done - imported) * 1000)
"""


def cold_first_search_ms(count: int = 2000, runs: int = 5) -> float:
    """A new process (a cold Lambda) answers its first search from the saved index and the log,
    on SQLite (moto's DynamoDB speed is not DynamoDB's; the calls are the same two)."""
    from chalicelib.store import keys
    from chalicelib.store.repository import Store
    from chalicelib.store.sqlite import SqliteTable
    from chalicelib.store.table import Put, Update
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "store.sqlite3")
        store = Store(SqliteTable(path))
        pid = "p" * 22
        store.create_persona({**PERSONA, "id": pid, "memory_count": 0, "created_at": "t"},
                             {"user_id": "u", "role": "owner", "name": "A", "email": "a@x",
                              "joined_at": "t"})
        memories = corpus(count)
        for start in range(0, count, 50):
            store.table.write([Put({"PK": keys.memory(pid, m["id"])[0],
                                    "SK": keys.memory(pid, m["id"])[1], "kind": "memory", **m})
                               for m in memories[start:start + 50]])
        store.table.write([Update(*keys.persona(pid), add={"memory_revision": count})])
        cache = retrieval.IndexCache()
        cache.index_for(store, store.get_persona(pid))  # built once and saved
        for memory in corpus(5, seed=42, prefix="w"):  # and five writes logged since
            revision = store.add_memory(pid, memory, retrieval_limits())
            cache.note_write(store, pid, revision, memory["id"], memory)
        code = COLD_SEARCH.format(project=str(PROJECT), path=path, pid=pid,
                                  question="Vô, onde foi o seu casamento com a Cida?")
        samples = [float(subprocess.run([sys.executable, "-c", code], check=True,
                                        capture_output=True, text=True).stdout)
                   for _ in range(runs)]
    return statistics.median(samples)


def retrieval_limits() -> Any:
    from chalicelib.store.repository import MemoryLimits
    return MemoryLimits(count=1_000_000, chars=1_000_000_000)


def speed() -> None:
    print("Memory search speed and size (bench/corpus.py: distinct memories; 2 cores)")
    figure("index_build_ms_2k", build_ms(2000), 1)
    index = retrieval.build_index(PERSONA, corpus(2000))
    search_times(index, 1)
    figure("search_p95_ms_2k", pct(search_times(index), 95), 2)
    figure("index_bytes_2k", len(index.snapshot()), 0)
    updates = update_times(index)
    figure("index_update_ms", pct(updates, 95), 2)
    figure("index_update_ms_max", max(updates), 2)
    figure("first_search_ms_cold_2k", cold_first_search_ms(), 1)
    big = retrieval.build_index(PERSONA, corpus(20_000))
    search_times(big, 1)
    figure("search_p95_ms_20k", pct(search_times(big), 95), 2)
    print("The same searches, hybrid: every memory with a 512-dimension vector (make run)")
    for count, name in ((2000, "2k"), (20_000, "20k")):
        vectors = random_vectors(count)
        index = retrieval.build_index(PERSONA, [{**m, "embedding": next(vectors)}
                                                for m in corpus(count)])
        asked = next(vectors)
        hybrid_times(index, asked, 1)
        figure(f"search_p95_ms_{name}_hybrid", pct(hybrid_times(index, asked), 95), 2)


def random_vectors(count: int) -> Any:
    """Unit vectors of the local model's size (512), seeded (speed only: the ranking is not
    measured here)."""
    import random

    from chalicelib.persona.embeddings import normalise
    draw = random.Random(512)
    for _ in range(count + 1):
        yield normalise([draw.gauss(0.0, 1.0) for _ in range(512)])


def hybrid_times(index: retrieval.MemoryIndex, vector: list[float], rounds: int = 3
                 ) -> list[float]:
    samples = []
    for _ in range(rounds):
        for question in QUESTIONS:
            started = time.perf_counter()
            index.hits(question, 6, vector)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true", help="recall only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list dev misses")
    args = parser.parse_args()
    print_quality(args.verbose)
    if not args.quality:
        speed()


if __name__ == "__main__":
    main()
