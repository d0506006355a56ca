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


def test_the_script_prints_the_tables() -> None:
    done = subprocess.run([sys.executable, str(PROJECT / "scripts" / "cost_table.py")],
                          capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == cost_table.table() + "\n\n" + cost_table.idle_table()


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


def test_costs_grow_with_use_and_idle_is_at_most_thirty_cents() -> None:
    totals = [sum(cost_table.monthly_costs(m).values()) for m in cost_table.VOLUMES]
    assert totals == sorted(totals)
    assert 0 < totals[0] <= cost_table.IDLE_LIMIT_USD == 0.30
    idle = cost_table.monthly_costs(0)
    assert idle["Bedrock model"] == idle["API Gateway"] == idle["Cost Explorer"] == 0


def test_the_idle_table_is_the_first_row_item_by_item() -> None:
    items = cost_table.idle_items()
    assert sum(usd for _, _, usd in items) == pytest.approx(
        sum(cost_table.monthly_costs(0).values()))
    assert sum(usd for _, _, usd in items) <= cost_table.IDLE_LIMIT_USD
    named = {what: usd for what, _, usd in items}
    assert named["CloudWatch custom metrics"] == named["Cost Explorer"] == 0  # nothing happened


def test_the_operations_doc_has_the_idle_table() -> None:
    doc = (PROJECT / "docs" / "operations.md").read_text()
    assert cost_table.block_in(doc, cost_table.IDLE_START, cost_table.IDLE_END) == \
        cost_table.idle_table(), "regenerate it: .venv/bin/python scripts/cost_table.py --write"


def test_one_price_table_for_the_app_and_the_docs() -> None:
    """The reply's price, the operator page's cost model and the docs read the same table."""
    from chalicelib.llm import pricing
    from chalicelib.ops import cost, prices
    assert pricing.PRICES_PER_1K is prices.MODELS_PER_1K
    assert cost.AWS is prices.AWS and cost_table.AWS is prices.AWS
    for path in ("chalicelib/ops/cost.py", "scripts/cost_table.py", "chalicelib/llm/pricing.py"):
        source = (PROJECT / path).read_text()
        assert "0.0000166667" not in source and "3.50 / 1" not in source, path  # no copies


def test_replacing_the_block_keeps_the_rest_of_the_doc() -> None:
    doc = f"before\n{cost_table.START}\nold\n{cost_table.END}\nafter\n"
    assert cost_table.replace_block(doc, "new") == \
        f"before\n{cost_table.START}\nnew\n{cost_table.END}\nafter\n"
