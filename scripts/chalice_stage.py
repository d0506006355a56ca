"""`chalice <command> --stage <stage>` with each deployed stage's settings merged in memory.

`make deploy` keeps what it learns about a deployment (the stack's outputs: the table, the user
pool, the origin secret, the sign-up mode...) in .chalice/stage-outputs-<stage>.json, which git
ignores, and never writes the tracked .chalice/config.json. Chalice reads only that one file,
so this runs Chalice's own command line with its config loader laying the outputs over it.

    .venv/bin/python scripts/chalice_stage.py deploy --stage dev
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deploy  # noqa: E402


def install() -> None:
    """Make Chalice's config loader lay each stage's outputs over .chalice/config.json."""
    from chalice.cli import factory

    load = factory.CLIFactory.load_project_config

    def merged(self: Any) -> dict[str, Any]:
        return deploy.with_stage_outputs(load(self))

    factory.CLIFactory.load_project_config = merged  # type: ignore[method-assign]
    ship_bytecode()


def ship_bytecode() -> None:
    """Make the Lambda package Chalice builds carry its modules' bytecode: Lambda unpacks it
    read-only, so source alone is compiled again at every cold start (bench/coldstart.py)."""
    from chalice.deploy import packager

    import compile_package

    build = packager.LambdaDeploymentPackager.create_deployment_package

    def with_bytecode(self: Any, project_dir: str, python_version: str) -> str:
        archive = build(self, project_dir, python_version)
        compile_package.add_bytecode(Path(archive))
        return archive

    packager.LambdaDeploymentPackager.create_deployment_package = (  # type: ignore[method-assign]
        with_bytecode)


def main(argv: list[str]) -> int:
    from chalice.cli import main as chalice_main

    install()
    sys.argv = ["chalice", *argv]
    return int(chalice_main() or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
