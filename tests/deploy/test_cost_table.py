"""docs/deploy.md's cost table is what scripts/cost_table.py prints, from the app's cost model."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chalicelib.llm.bedrock import MODEL_ID
from chalicelib.llm.pricing import cost_usd

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "scripts"))
import cost_table  # noqa: E402


def test_the_doc_table_is_the_scripts_output() -> None:
    doc = (PROJECT / "docs" / "deploy.md").read_text()
    assert cost_table.block_in(doc) == cost_table.table(), \
        "regenerate it: .venv/bin/python scripts/cost_table.py --write"


def test_the_script_prints_the_table() -> None:
    done = subprocess.run([sys.executable, str(PROJECT / "scripts" / "cost_table.py")],
                          capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == cost_table.table()


def test_rows_for_0_to_100000_messages() -> None:
    rows = [line for line in cost_table.table().splitlines() if line.startswith("| ")][1:]
    assert [r.split("|")[1].strip() for r in rows] == ["0", "1,000", "10,000", "100,000"]


@pytest.mark.parametrize("messages", cost_table.VOLUMES)
def test_the_model_column_is_the_apps_own_price(messages: int) -> None:
    costs = cost_table.monthly_costs(messages)
    per_message = cost_usd(MODEL_ID, cost_table.Usage.input_tokens,
                           cost_table.Usage.output_tokens)
    assert costs["Bedrock model"] == pytest.approx(messages * per_message)
    assert per_message == pytest.approx(1.5 * 0.00015 + 0.15 * 0.0002)


def test_costs_grow_with_use_and_idle_is_about_a_dollar() -> None:
    totals = [sum(cost_table.monthly_costs(m).values()) for m in cost_table.VOLUMES]
    assert totals == sorted(totals)
    assert 0 < totals[0] < 2
    idle = cost_table.monthly_costs(0)
    assert idle["Bedrock model"] == idle["API Gateway"] == idle["DynamoDB"] == 0


def test_replacing_the_block_keeps_the_rest_of_the_doc() -> None:
    doc = f"before\n{cost_table.START}\nold\n{cost_table.END}\nafter\n"
    assert cost_table.replace_block(doc, "new") == \
        f"before\n{cost_table.START}\nnew\n{cost_table.END}\nafter\n"
