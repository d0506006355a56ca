"""Compile the Python files of an unpacked Lambda package to bytecode, in place; leave out the
parts of Pillow the app never loads.

Lambda unpacks the package into a read-only /var/task, so a module shipped as source is
compiled again on every cold start. Bytecode compiled here is checked by nothing but its
presence (`UNCHECKED_HASH`): the package never changes once built, and the zip's file times,
which a timestamp check would compare, do not survive unpacking exactly. Compile with the
Python version the functions run (Chalice picks the runtime from the Python that packages).

    python scripts/compile_package.py <unpacked package folder | deployment.zip>

`make deploy` adds it to the zip `chalice deploy` builds (scripts/chalice_stage.py); a zip that
already carries it (Chalice reuses a package whose inputs did not change) is left as it is.

Pillow's wheel carries AVIF, fonts (FreeType, HarfBuzz, Brotli, libpng for fonts) and Tk: photo
memories read and write JPEG, PNG and WebP only (chalicelib/photos/), so those libraries are
dropped from the zip (12.8 MB -> 8.1 MB). tests/deploy/test_package.py opens all three formats
from the trimmed package.
"""
from __future__ import annotations

import compileall
import py_compile
import sys
import tempfile
import zipfile
from pathlib import Path

MARKER = ".forever-us-bytecode"  # in a zip that carries its bytecode
# Pillow's parts that photo memories never load (AVIF, fonts, Tk), by path prefix in the zip.
UNUSED = ("PIL/_avif", "pillow.libs/libavif", "PIL/_imagingft", "pillow.libs/libfreetype",
          "pillow.libs/libharfbuzz", "pillow.libs/libpng16", "pillow.libs/libbrotli",
          "PIL/_imagingtk")


def unused(name: str) -> bool:
    """True for a file of the package the Lambda never loads."""
    return name.startswith(UNUSED)


def compile_tree(root: Path) -> bool:
    """Compile every .py under root; True when all compiled."""
    return bool(compileall.compile_dir(
        str(root), quiet=1, workers=1,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH))


def add_bytecode(archive: Path) -> bool:
    """Rewrite a deployment zip with its modules' bytecode (and without any `__pycache__` it
    held, compiled elsewhere and checked by timestamp); False when it already had it."""
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        if MARKER in names:
            return False
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp, "task")
            kept = [n for n in names if "__pycache__/" not in n and not unused(n)]
            zipped.extractall(root, members=kept)
            if not compile_tree(root):
                raise SystemExit(f"some files of {archive} did not compile")
            rebuilt = Path(tmp, "rebuilt.zip")
            with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as out:
                for name in kept:
                    out.writestr(zipped.getinfo(name), zipped.read(name))
                for compiled in sorted(root.rglob("*.pyc")):
                    out.write(compiled, compiled.relative_to(root).as_posix())
                out.writestr(MARKER, "bytecode compiled with unchecked hashes\n")
            rebuilt.replace(archive)
    return True


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) == 2 else None
    if target is not None and target.is_file() and target.suffix == ".zip":
        add_bytecode(target)
    elif target is not None and target.is_dir():
        if not compile_tree(target):
            raise SystemExit("some files did not compile")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
