"""The persona's replies measured on the hand-written set in tests/data/replies_set.json.

Each question goes, as a visitor would send it, to a fresh conversation through the API: in
process (Chalice's test client) or against a running server (`make run`), on whatever provider
the server runs. A reply counts as
- grounded: it states a decisive fact of the memory that answers the question, its chips
  name that memory, and it states no fact found only in another memory;
- honest: to a question no memory answers, "I don't remember that" / "Não me lembro disso"
  with no memory used;
- in the asker's language: the words the persona adds (outside quotes) are in the language
  the visitor wrote in;
- clean: no markup, template tag, memory delimiter, citation marker or instruction text;
- grounded after a yes: grounded, or, after an honest "I don't remember" that offers a memory
  close to the question, grounded once the visitor answers "sim" / "yes" (that reply quotes
  the offered memory, and counts when it is the one that answers);
- grounded after a correction: the same, or, after an answer from the wrong memory, grounded
  once the visitor says "não é isso" / "that's not it" and yes to the memory then offered;
- offered on unanswerable: the share of questions no memory answers whose honest reply offers
  a memory close to them.

`python -m bench.replies [--split dev|frozen|all] [--url http://127.0.0.1:8000] [--set FILE]`
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
import unicodedata
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from bench import pct  # noqa: E402

SET = PROJECT / "tests" / "data" / "replies_set.json"
ABSTAIN = {"pt-BR": "nao me lembro disso", "en": "i don't remember that"}
YES = {"pt-BR": "sim, conta", "en": "yes please"}  # to "would you like me to tell it?"
NOT_IT = {"pt-BR": "não é isso", "en": "that's not it"}  # to an answer from the wrong memory
MARKUP = re.compile(r"</?\s*[a-zA-Z_]+[^>]*>|&lt;|&gt;|\[\s*\d+\s*\]|\{\{|\}\}|{%|"
                    r"\b(rascunho|draft|regras|rules|memorias|memories)\s*:", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")

Send = Callable[[str, str, Any], tuple[int, Any]]


def fold(text: str) -> str:
    """Lower case without accents, with typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _says(folded: str, fact: str) -> bool:
    """Whether a reply says another memory's fact as words of its own: a pet's "hat" is not
    said by "that", nor a "Rio" by "Rionegro"."""
    return re.search(rf"(?<!\w){re.escape(fact)}(?!\w)", folded) is not None


@dataclass
class Tally:
    """Counts for one split."""

    answerable: int = 0
    grounded: int = 0
    unanswerable: int = 0
    honest: int = 0
    told: int = 0  # grounded once the visitor said yes to an offered memory
    corrected: int = 0  # grounded once the visitor said "that's not it", then yes
    offered: int = 0  # unanswerable questions whose honest reply offered a memory
    language_ok: int = 0
    clean: int = 0
    total: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The rates and the p95 reply time."""
        ordered = sorted(self.seconds) or [0.0]
        return {
            "grounded": self.grounded / max(1, self.answerable),
            "honest": self.honest / max(1, self.unanswerable),
            "grounded_after_yes": (self.grounded + self.told) / max(1, self.answerable),
            "grounded_after_correction": (self.grounded + self.told + self.corrected)
            / max(1, self.answerable),
            "offered_unanswerable": self.offered / max(1, self.unanswerable),
            "language": self.language_ok / max(1, self.total),
            "clean": self.clean / max(1, self.total),
            "p95_s": pct(ordered, 95),
            "p50_s": statistics.median(ordered),
            "questions": float(self.total),
        }


def in_process() -> tuple[Send, Callable[[], None]]:
    """A sender through Chalice's test client on a fresh local data folder."""
    import os
    sys.path.insert(0, str(PROJECT))
    data = tempfile.mkdtemp(prefix="replies-")
    os.environ["FOREVERUS_DATA_DIR"] = data
    from chalice.test import Client

    import logging

    import app as app_module
    from chalicelib import runtime
    logging.getLogger("foreverus").setLevel(logging.WARNING)  # the figures, not every request
    runtime.reset()
    client = Client(app_module.app, project_dir=data)

    def send(method: str, path: str, body: Any, token: str = "") -> tuple[int, Any]:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        response = getattr(client.http, method.lower())(
            path, headers=headers, body=json.dumps(body) if body is not None else None)
        return response.status_code, response.json_body
    return send, runtime.reset  # type: ignore[return-value]


def over_http(base: str) -> Send:
    """A sender to a running server."""
    def send(method: str, path: str, body: Any, token: str = "") -> tuple[int, Any]:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        request = urllib.request.Request(base.rstrip("/") + path, method=method, headers=headers,
                                         data=json.dumps(body).encode() if body is not None
                                         else None)
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                return reply.status, json.loads(reply.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")
    return send  # type: ignore[return-value]


def _persona_body(persona: dict[str, Any]) -> dict[str, Any]:
    keep = ("name", "language", "relationship", "birth_year", "death_year", "biography",
            "personality", "speaking_style", "example_messages", "aliases")
    body = {k: persona[k] for k in keep if persona.get(k) is not None}
    body["consent"] = {"basis": "family", "statement": "Test legacy for measuring replies.",
                       "attested_by": "Bench"}
    return body


def _a_date(said: str) -> bool:
    """Whether a labelled memory's date is one the API takes (a year, a month or a day)."""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", said):
        return False
    try:
        date.fromisoformat((said + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _added_words(text: str) -> str:
    return QUOTED.sub(" ", text)


def run(send: Send, split: str = "all", labelled: Path = SET) -> dict[str, Tally]:
    """Ask every question of the split; a Tally per split."""
    sys.path.insert(0, str(PROJECT))
    from chalicelib.persona.language import detect

    data = json.loads(labelled.read_text(encoding="utf-8"))
    tokens: dict[str, str] = {}  # one family per persona: a sender's messages are capped a day
    ids: dict[str, dict[str, str]] = {}
    facts: dict[str, dict[str, list[str]]] = {}
    texts: dict[str, dict[str, str]] = {}
    personas: dict[str, str] = {}
    for persona in data["personas"]:
        status, login = send("POST", "/api/auth/local/login",
                             {"email": f"bench-replies-{persona['key']}@example.com",
                              "name": "Bench"})
        assert status == 200, login
        token = tokens[persona["key"]] = login["token"]
        status, created = send("POST", "/api/personas", _persona_body(persona), token)
        assert status == 201, created
        personas[persona["key"]] = created["id"]
        ids[persona["key"]], facts[persona["key"]], texts[persona["key"]] = {}, {}, {}
        for memory in persona["memories"]:
            body = {"text": memory["text"], "title": memory.get("title") or ""}
            if _a_date(str(memory.get("date") or "")):
                body["date"] = memory["date"]  # "the 1950s", "1961-62": said in the text
            status, added = send("POST", f"/api/personas/{created['id']}/memories", body, token)
            assert status == 201, added
            ids[persona["key"]][added["id"]] = memory["id"]
            facts[persona["key"]][memory["id"]] = memory.get("facts") or []
            texts[persona["key"]][memory["id"]] = fold(memory["text"])
    tallies = {"dev": Tally(), "frozen": Tally()}
    for n, question in enumerate(data["questions"]):
        if split != "all" and question["split"] != split:
            continue
        key = question["persona"]
        tally = tallies[question["split"]]
        status, conversation = send("POST", f"/api/personas/{personas[key]}/conversations",
                                    {"visitor_name": "Ana"}, tokens[key])
        assert status == 201, conversation
        started = time.perf_counter()
        status, answer = send("POST", f"/api/conversations/{conversation['id']}/messages",
                              {"text": question["text"], "client_message_id": f"bench-{n:06d}"},
                              tokens[key])
        tally.seconds.append(time.perf_counter() - started)
        assert status in (200, 201), answer
        reply = answer["reply"]
        text = reply["text"]
        used = [ids[key].get(m, "?") for m in reply.get("memories_used") or []]
        tally.total += 1
        folded = fold(text)
        ok_language = detect(_added_words(text), question["language"]) == question["language"]
        tally.language_ok += ok_language
        clean = not MARKUP.search(text)
        tally.clean += clean
        if question["kind"] == "answerable":
            tally.answerable += 1
            target = question["memory"]
            stated = any(fold(f) in folded for f in question["facts"])
            foreign = [f for other, fs in facts[key].items() if other != target for f in fs
                       if _says(folded, fold(f)) and fold(f) not in texts[key][target]]
            good = stated and target in used and not foreign
            tally.grounded += good
            if not good and not used and reply.get("offered"):
                tally.told += _told(send, tokens[key], conversation["id"], f"bench-{n:06d}",
                                    YES[question["language"]], question, ids[key])
            elif not good and used:  # the visitor, who knows, says that was not it
                tally.corrected += _told(send, tokens[key], conversation["id"],
                                         f"bench-{n:06d}", NOT_IT[question["language"]],
                                         question, ids[key])
            if not good:
                tally.misses.append(f"{question['id']} answerable used={used} "
                                    f"foreign={foreign}: {question['text']!r} -> {text[:160]!r}")
        else:
            tally.unanswerable += 1
            good = ABSTAIN[question["language"]] in folded and not used
            tally.honest += good
            tally.offered += good and bool(reply.get("offered"))
            if not good:
                tally.misses.append(f"{question['id']} unanswerable used={used}: "
                                    f"{question['text']!r} -> {text[:160]!r}")
        if not ok_language or not clean:
            tally.misses.append(f"{question['id']} language={ok_language} clean={clean}: "
                                f"{question['text']!r} -> {text[:160]!r}")
    return tallies


def _told(send: Send, token: str, conversation_id: str, key: str, said: str,
          question: dict[str, Any], ids: dict[str, str]) -> bool:
    """Whether the memory that answers the question is told after `said` (a yes to an offer,
    or "that's not it" and then a yes to the offer that follows): its fact stated, its chip
    alone."""
    reply: dict[str, Any] = {}
    for n, text in enumerate([said] if said in YES.values() else [said, YES[question["language"]]]):
        if n and not reply.get("offered"):
            return False
        status, answer = send("POST", f"/api/conversations/{conversation_id}/messages",
                              {"text": text, "client_message_id": f"{key}-{n}"}, token)
        assert status in (200, 201), answer
        reply = answer["reply"]
    used = [ids.get(m, "?") for m in reply.get("memories_used") or []]
    return any(fold(f) in fold(reply["text"]) for f in question["facts"]) and \
        used == [question["memory"]]


def main() -> None:
    """Print the figures (and the misses with -v)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="all", choices=("dev", "frozen", "all"))
    parser.add_argument("--url", default="")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--set", type=Path, default=SET,
                        help="another labelled set in the same format (a fresh one, measured "
                             "before anything is tuned on it)")
    args = parser.parse_args()
    send = over_http(args.url) if args.url else in_process()[0]
    for name, tally in run(send, args.split, args.set).items():
        if not tally.total:
            continue
        for figure, value in tally.figures().items():
            print(f"replies_{figure}_{name}={value:.3f}")
        if args.verbose:
            print("\n".join(tally.misses))


if __name__ == "__main__":
    main()
