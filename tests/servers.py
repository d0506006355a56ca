"""Servers a test starts on loopback and stops: `make run`'s site on a free port, and any
subprocess a test serves from (`stop`)."""
from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT / "scripts") not in sys.path:
    sys.path.insert(0, str(PROJECT / "scripts"))


def free_port() -> int:
    """A port nobody listens on right now, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_site() -> Iterator[str]:
    """The site and the API on one origin, for the duration of the block."""
    import serve
    # Port 0: the system picks a free port as it binds. (A port found free beforehand could be
    # taken in between, by this server's own reply socket among others.)
    server = serve.build_server("127.0.0.1", 0)
    port = server.server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server.server_close()
        thread.join(timeout=5)


def stop(process: subprocess.Popen) -> None:
    """End a server process a test started: asked first, then killed if it will not go."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
