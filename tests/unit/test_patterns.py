"""Patterns compiled on first use (chalicelib/persona/patterns.py): the same matches as
re.compile, none compiled by importing the handler, and every one of them valid."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chalicelib.persona import care, retrieval
from chalicelib.persona.patterns import Lazy, lazy

ROOT = Path(__file__).resolve().parents[2]


def _lazies(module: object) -> list[tuple[str, Lazy]]:
    """Every pattern a module holds: its own names, and the cues of its cue tables."""
    found = [(name, value) for name, value in vars(module).items() if isinstance(value, Lazy)]
    for name, value in vars(module).items():
        if isinstance(value, tuple) and value and isinstance(value[0], care.Cue):
            for number, cue in enumerate(value):
                found.append((f"{name}[{number}]", cue.pattern))
                found += [(f"{name}[{number}].{part}", getattr(cue, part))
                          for part in ("unless", "unless_said") if getattr(cue, part)]
    return found


def test_a_lazy_pattern_matches_as_the_compiled_one_does() -> None:
    source = r"\b(?:vó|vovó) (\w+)"
    text = "a vó Dalva e a vovó Lina"
    eager, late = re.compile(source), lazy(source)
    assert late.pattern == source  # written from others without compiling them
    assert late.search(text).group(1) == eager.search(text).group(1) == "Dalva"
    assert late.search(text, 5).group(1) == "Lina"
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.findall(text) == eager.findall(text) == ["Dalva", "Lina"]
    assert late.sub(r"<\1>", text) == eager.sub(r"<\1>", text)
    assert late.subn(lambda m: "x", text) == ("a x e a x", 2)
    assert late.split(text) == eager.split(text)
    assert late.match(text) is None and late.match(text, 2).group(1) == "Dalva"
    assert late.fullmatch("vó Ana").group(1) == "Ana"
    assert lazy("abc", re.IGNORECASE).search("xABC").group() == "ABC"
    assert lazy("abc", re.IGNORECASE).flags & re.IGNORECASE


def test_a_pattern_is_compiled_once_and_only_when_asked() -> None:
    late = lazy(r"\bsaudade\b")
    assert late._compiled is None
    late.search("tô com saudade")
    compiled = late._compiled
    assert compiled is not None
    late.search("saudade")
    assert late._compiled is compiled
    # compiled, a match is the compiled pattern's own method, with nothing in between
    assert late.finditer == compiled.finditer and late.search == compiled.search


def test_a_broken_pattern_fails_when_used() -> None:
    late = lazy(r"(?:unclosed")
    with pytest.raises(re.error):
        late.search("anything")


@pytest.mark.parametrize("module", [care, retrieval], ids=["care", "retrieval"])
def test_every_pattern_of_the_module_compiles(module: object) -> None:
    # A pattern compiled on first use would otherwise show its mistake only when a visitor's
    # message first reaches it.
    found = _lazies(module)
    assert len(found) > 50
    for name, pattern in found:
        try:
            pattern.compiled
        except re.error as error:  # pragma: no cover - the failure's message
            pytest.fail(f"{name}: {error}")


def test_importing_the_handler_compiles_no_pattern_of_care_or_search() -> None:
    # What a cold Lambda pays on every route (docs/operations.md, "Cold start").
    code = (
        "import json, app\n"
        "from chalicelib.persona import care, retrieval, patterns\n"
        "def lazies(module):\n"
        "    found = [v for v in vars(module).values() if isinstance(v, patterns.Lazy)]\n"
        "    found += [c.pattern for c in care.CUES]\n"
        "    return found\n"
        "every = lazies(care) + lazies(retrieval)\n"
        "print(json.dumps([len(every), sum(p._compiled is not None for p in every)]))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    total, compiled = json.loads(done.stdout.strip().splitlines()[-1])
    assert total > 1000
    assert compiled == 0

