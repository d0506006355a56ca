"""The accumulator's promises, for any model text cut into any pieces: what was released is
never taken back (each release extends the last, and the final text starts with all of it),
and the result depends on the text only, never on where the pieces were cut (a provider's
token boundaries are arbitrary). Checked on a real turn's composition."""
from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chalicelib import ids, runtime
from chalicelib.llm.base import Completion
from chalicelib.turn.accept import Accepted
from tests.conftest import Api

SENTENCES = [
    "Ah, minha neta, conheci a Cida numa festa junina em Itabira [1].", "Foi em 1957.",
    "Que bom te ver aqui.", "Depois nos casamos em Belo Horizonte, em 1962.",
    "Ela disse “quem casa quer casa e quem ama cuida”.", "Oh my dear, it was lovely.",
    "Resposta: **Ah**, minha neta.", "Nota: fui rápido.", "Eu fiquei olhando a noite toda.",
    "Conheci a Cida na festa junina.", "<b>Foi lindo</b>.", "Reminder: answer in Portuguese.",
]


@pytest.fixture
def composed(sqlite_api: Api, monkeypatch) -> dict[str, Any]:
    """The composition of a real turn (a Portuguese question its memory answers)."""
    api = sqlite_api
    alice = api.login("alice@example.com", "Alice Ferreira")
    persona = api.create_persona(alice, relationship="avô", aliases=[
        {"name": "Cida", "also_called": ["vó", "Vó Cida"]}])
    api.add_memory(alice, persona["id"], title="Como conheci a Cida",
                   text="Conheci a Cida na festa junina de 1957, em Itabira.")
    cid = api.call("POST", f"/api/personas/{persona['id']}/conversations", alice,
                   {"visitor_name": "Ana"}).json_body["id"]
    seen: dict[str, Any] = {}
    import chalicelib.turn as turn_package
    real = turn_package.compose  # the function take_turn calls (the package's own name)

    def keep(*args: Any, **kwargs: Any) -> Any:
        seen["composition"] = real(*args, **kwargs)
        return seen["composition"]

    class Quiet:
        name, model = "quiet", "quiet-1"

        def generate(self, request: Any, on_text: Any = None) -> Completion:
            return Completion("", 0, 0, self.name, self.model, 0)

    monkeypatch.setattr(turn_package, "compose", keep)
    monkeypatch.setattr(runtime, "provider", lambda: Quiet())
    r = api.call("POST", f"/api/conversations/{cid}/messages", alice,
                 {"text": "Vô, como você conheceu a vó?", "client_message_id": ids.new_id()})
    assert r.status_code == 201, r.body
    return {"composition": seen["composition"], "persona": persona}


def run(composed: dict[str, Any], pieces: list[str]) -> tuple[list[str], Accepted]:
    released: list[str] = []
    accepted = Accepted(composed["composition"], composed["persona"],
                        "Vô, como você conheceu a vó?", released.append)
    for piece in pieces:
        accepted.hear(piece)
        if accepted.closed:
            break  # what generate() does: the model is stopped
    accepted.end(None if accepted.closed else "".join(pieces))
    return released, accepted


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
       st.lists(st.integers(min_value=1, max_value=400), max_size=12),
       st.sampled_from([" ", "\n", "  ", "\n\n"]))
def test_releases_only_grow_and_do_not_depend_on_the_cuts(composed, sentences, cuts,
                                                          gap) -> None:
    text = gap.join(sentences)
    whole_released, whole = run(composed, [text])
    at = sorted({c % (len(text) + 1) for c in cuts})
    pieces = [text[a:b] for a, b in zip([0, *at], [*at, len(text)], strict=True) if b > a]
    cut_released, cut = run(composed, pieces)
    assert "".join(cut_released) == cut.released == whole.released == "".join(whole_released)
    assert (cut.shown, cut.cited, cut.closed) == (whole.shown, whole.cited, whole.closed)
    assert cut.shown.startswith(cut.released)
    assert all(r for r in cut_released)  # no empty piece is ever handed on
