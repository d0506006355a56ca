"""Cold start measured from the Lambda package itself (issue: "On AWS: lean, quick to start").

`chalice package` builds the deployment zip; it is unpacked into a read-only folder, as Lambda
unpacks it into /var/task, where no `.pyc` can be written. Each figure is the median of fresh
interpreters, in CPU time (Python's own start-up subtracted) importing:
- the handler (`import app`), against a bare Chalice app with one boto3 client;
- the handler and every module of `chalicelib` (what turns, reports and imports load);
- the handler and a first chat turn's reading of a message (the care cues and the search's
  patterns, compiled on first use), printed as the milliseconds it adds to the handler's;
each from the package as `make deploy` ships it, with the bytecode that
`scripts/compile_package.py` adds (compiled once, never checked against a timestamp), and
from the same package with its bytecode taken out (as plain `chalice deploy` would ship it).

`python -m bench.coldstart` prints `name=value` lines.
"""
from __future__ import annotations

import os
import resource
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
RUNS = 15
CLOUD = {"AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1",
         "AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
         "FOREVERUS_STAGE": "dev", "FOREVERUS_STORE": "dynamodb", "FOREVERUS_TABLE": "bench",
         "FOREVERUS_AUTH": "cognito"}
EVERY_MODULE = ("import app, pkgutil, importlib, chalicelib\n"
                "for m in pkgutil.walk_packages(chalicelib.__path__, 'chalicelib.'):\n"
                "    importlib.import_module(m.name)\n")
# A cold Lambda's first chat turn also compiles the patterns import no longer compiles
# (chalicelib/persona/patterns.py): the care cues assess the message, the search reads it.
FIRST_TURN = ("import app\n"
              "from chalicelib.persona import care, retrieval\n"
              "care.assess('vó, a senhora lembra do nosso sítio? tô com saudade')\n"
              "index = retrieval.build_index({'name': 'Ana'}, [{'id': 'm1', 'title': "
              "'O sítio', 'text': 'O sítio do vô ficava em Brejo Velho, perto de Garanhuns.'}])\n"
              "index.search('onde ficava o sítio do vô?', 3)\n")
BARE = ("from chalice import Chalice\nimport boto3\napp = Chalice(app_name='bare')\n"
        "client = boto3.client('dynamodb', region_name='us-east-1')\n")


def build_package(out: Path) -> Path:
    """The dev stage's package into `out`, as `make package` builds it; the deployment zip."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "FOREVERUS_"))}
    env["AWS_DEFAULT_REGION"] = "us-east-1"
    subprocess.run([sys.executable, str(PROJECT / "scripts" / "chalice_stage.py"), "package",
                    "--stage", "dev", str(out)], cwd=PROJECT, env=env, check=True,
                   capture_output=True, timeout=900)
    return out / "deployment.zip"


def unpack(archive: Path, into: Path, compiled: bool) -> Path:
    """The package unpacked as Lambda does (read-only), with its bytecode or without."""
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(into)
    if not compiled:
        for cache in into.rglob("__pycache__"):
            shutil.rmtree(cache)
    (into / "bare.py").write_text(BARE)
    for path in [into, *into.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return into


def figures(task: Path) -> dict[str, float]:
    """CPU milliseconds to import each thing from the unpacked package, start-up subtracted.
    CPU time, not wall time: on a busy machine waiting for a core is not starting up. The runs
    take turns (one of each, again and again), so what load there is weighs on all alike."""
    env = {"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "PYTHONPATH": str(task),
           **CLOUD}
    codes = {"python": "pass", "handler": "import app", "every_module": EVERY_MODULE,
             "first_turn": FIRST_TURN, "bare": "import bare"}
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(RUNS):
        for name, code in codes.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", code], cwd=task, env=env, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            samples[name].append(after.ru_utime + after.ru_stime
                                 - before.ru_utime - before.ru_stime)
    python = statistics.median(samples.pop("python"))
    return {name: (statistics.median(times) - python) * 1000
            for name, times in samples.items()}


def _writable(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = build_package(Path(tmp) / "out")
        print(f"lambda_package_bytes={archive.stat().st_size}")
        for compiled in (False, True):
            task = unpack(archive, Path(tmp) / f"task-{compiled}", compiled)
            found = figures(task)
            kind = "bytecode" if compiled else "source"
            print(f"cold_import_ms_handler_{kind}={found['handler']:.0f}")
            print(f"cold_import_ms_bare_{kind}={found['bare']:.0f}")
            print(f"cold_start_ratio_handler_{kind}={found['handler'] / found['bare']:.2f}")
            print(f"cold_start_ratio_every_module_{kind}="
                  f"{found['every_module'] / found['bare']:.2f}")
            print(f"cold_first_turn_ms_{kind}={found['first_turn'] - found['handler']:.0f}")
            _writable(task)  # so the temporary folder can be removed


if __name__ == "__main__":
    main()
