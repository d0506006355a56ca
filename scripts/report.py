"""`make report`: the scheduled report, run once against the local store (no AWS calls)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "scripts"))


def main() -> None:
    """Print what the report sees and does, as JSON."""
    from serve import stage_environment
    stage_environment("local")
    from chalicelib import ids, runtime
    from chalicelib.config import get_settings
    from chalicelib.llm.bedrock import MODEL_ID
    from chalicelib.ops.report import run_report
    settings = get_settings()
    result = run_report(runtime.store(), runtime.power(), ids.now(), stage=settings.stage,
                        model_id=settings.llm_model or MODEL_ID)
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
