"""`make run`'s server: the website and the API on one origin, on a real loopback socket."""
from __future__ import annotations

import json
import re
import socket
import threading
import urllib.error
import urllib.request
from typing import Iterator

import pytest

from tests.servers import running_site


@pytest.fixture
def base_url(monkeypatch) -> Iterator[str]:
    monkeypatch.setenv("FOREVERUS_STAGE", "local")
    with running_site() as url:
        yield url


def fetch(url: str, data: dict | None = None, token: str | None = None) -> tuple[int, dict, bytes]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = json.dumps(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_health_answers_on_the_same_origin_as_the_site(base_url: str) -> None:
    status, _, body = fetch(f"{base_url}/api/health")
    assert status == 200 and json.loads(body)["store"]["state"] == "ok"
    status, headers, page = fetch(f"{base_url}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Forever Us" in page


def test_sign_in_and_use_the_api_over_http(base_url: str) -> None:
    status, _, body = fetch(f"{base_url}/api/auth/local/login",
                            {"email": "ana@example.com", "name": "Ana"})
    assert status == 200
    token = json.loads(body)["token"]
    status, _, body = fetch(f"{base_url}/api/me", token=token)
    assert status == 200 and json.loads(body)["email"] == "ana@example.com"


def test_site_routes_fall_back_to_the_page_and_files_outside_stay_unreachable(
        base_url: str) -> None:
    assert fetch(f"{base_url}/personas/abc")[0] == 200
    for path in ["/../app.py", "/%2e%2e/app.py", "/..%2fapp.py", "/missing.js"]:
        status, _, body = fetch(f"{base_url}{path}")
        assert b"chalicelib" not in body and b"import" not in body, path
        assert status in (200, 404), path


def test_unknown_api_path_is_not_the_website(base_url: str) -> None:
    status, _, body = fetch(f"{base_url}/api/nothing-here")
    assert status in (403, 404) and b"<html" not in body


def test_concurrent_requests_never_see_each_others_caller(base_url: str) -> None:
    tokens = {}
    for name in ("ana", "bia", "caio", "davi"):
        _, _, body = fetch(f"{base_url}/api/auth/local/login",
                           {"email": f"{name}@example.com", "name": name})
        tokens[name] = json.loads(body)["token"]
    wrong: list[str] = []

    def ask(name: str) -> None:
        for _ in range(15):
            status, _, body = fetch(f"{base_url}/api/me", token=tokens[name])
            if status != 200 or json.loads(body)["email"] != f"{name}@example.com":
                wrong.append(name)

    def create(name: str) -> None:
        for i in range(8):
            body = {"name": f"{name}-{i}", "language": "pt-BR",
                    "consent": {"basis": "self", "statement": "Eu.", "attested_by": name}}
            status, _, _ = fetch(f"{base_url}/api/personas", body, token=tokens[name])
            if status != 201:
                wrong.append(f"{name}: {status}")

    def guarded(work, name: str) -> None:  # a thread's exception must fail the test too
        try:
            work(name)
        except Exception as error:  # noqa: BLE001 - reported through `wrong`
            wrong.append(f"{name}: {type(error).__name__}")

    threads = [threading.Thread(target=guarded, args=(work, n)) for n in tokens
               for work in (ask, create, create)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    for name, token in tokens.items():
        _, _, body = fetch(f"{base_url}/api/personas?limit=100", token=token)
        names = [p["name"] for p in json.loads(body)["items"]]
        assert len(names) == 16 and all(n.startswith(f"{name}-") for n in names), names


def test_site_and_api_carry_the_same_security_headers_as_cloudfront(base_url: str) -> None:
    """`make run` sends what infra/stack.yaml's response headers policy sends, not a meta
    tag alone: frame-ancestors, for one, is only obeyed from a header."""
    from site_headers import security_headers
    expected = security_headers()
    assert "frame-ancestors 'none'" in expected["Content-Security-Policy"]
    assert "${" not in expected["Content-Security-Policy"]  # no Cognito on the local stage
    # ... and the page may open the local reply socket, on its own port (CloudFront's allows
    # the cloud's, wss://*.execute-api...).
    stream_url = json.loads(fetch(f"{base_url}/api/config")[2])["stream_url"]
    assert stream_url.startswith("ws://127.0.0.1:")
    expected["Content-Security-Policy"] = expected["Content-Security-Policy"].replace(
        "connect-src", f"connect-src {stream_url}", 1)
    for path in ("/", "/js/app.js", "/personas/abc", "/missing.js", "/api/health",
                 "/api/personas"):
        _, headers, _ = fetch(f"{base_url}{path}")
        for name, value in expected.items():
            assert headers.get(name) == value, (path, name, headers.get(name))


def test_the_headers_are_the_stacks_own(tmp_path) -> None:
    """One source: change the policy in the template and the local server's headers change."""
    from site_headers import TEMPLATE, security_headers
    changed = TEMPLATE.read_text().replace("FrameOption: DENY", "FrameOption: SAMEORIGIN")
    assert changed != TEMPLATE.read_text()
    (tmp_path / "stack.yaml").write_text(changed)
    assert security_headers(template=tmp_path / "stack.yaml")["X-Frame-Options"] == "SAMEORIGIN"
    with_cognito = security_headers({"UserPoolDomain": "fu-dev", "AWS::Region": "sa-east-1"})
    csp = with_cognito["Content-Security-Policy"]
    assert ("connect-src 'self' https://fu-dev.auth.sa-east-1.amazoncognito.com "
            "https://cognito-idp.sa-east-1.amazonaws.com "
            "wss://*.execute-api.sa-east-1.amazonaws.com;") in csp


def test_a_burst_of_connections_is_queued_not_refused(monkeypatch) -> None:
    """Sixty-four connections arrive before the server accepts any (a page's modules and
    several tabs at once on a slow machine): every one gets in and is answered. With
    socketserver's backlog of 5 the kernel dropped all but six."""
    import serve
    from tests.servers import free_port
    monkeypatch.setenv("FOREVERUS_STAGE", "local")
    port = free_port()
    server = serve.build_server("127.0.0.1", port)  # bound and listening, not yet accepting
    sockets: list[socket.socket] = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        for _ in range(64):
            # A dropped SYN is only sent again after a second: a short timeout tells.
            sockets.append(socket.create_connection(("127.0.0.1", port), timeout=0.5))
        thread.start()
        for s in sockets:
            s.settimeout(10)
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answers = [s.makefile("rb").readline() for s in sockets]
        assert all(re.match(rb"HTTP/1\.[01] 200 ", a) for a in answers), answers
    finally:
        for s in sockets:
            s.close()
        if thread.is_alive():
            server.shutdown()
            thread.join(timeout=5)
        server.server.server_close()
