"""The replies bench's reading of a reply: another memory's fact counts only as words."""
from __future__ import annotations

from bench.replies import _says, fold


def test_another_memory_s_fact_is_said_only_as_whole_words() -> None:
    reply = fold("Oh, I remember that, Ana. He wore his hat to Rio.")
    assert _says(reply, "hat") and _says(reply, "rio")
    assert not _says(fold("That was kept, Ana: Rionegro."), "hat")
    assert not _says(fold("That was kept, Ana: Rionegro."), "rio")
