"""Who is asking: the local issuer's key and tokens, every way a bad token is refused (directly
and as HTTP 401), and Cognito ID tokens checked against a JWKS served by a real local server."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from chalicelib import runtime
from chalicelib.errors import ServiceUnavailable, Unauthenticated
from chalicelib.identity import (LEEWAY_SECONDS, LOCAL_AUDIENCE, LOCAL_ISSUER, Identity,
                                 LocalIssuer, TokenVerifier, cognito_verifier)
from tests.conftest import Api

KEY_FILE = "local-signing-key.pem"
DROP = object()  # a claim override that removes the claim

POOL_ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TEST"
CLIENT_ID = "client123"
COGNITO_KID = "cognito-test-kid-1"


# -- helpers ----------------------------------------------------------------------------------

def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64json(value: Any) -> str:
    return b64url(json.dumps(value, separators=(",", ":")).encode())


def with_overrides(claims: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    merged = dict(claims)
    for name, value in overrides.items():
        if value is DROP:
            merged.pop(name, None)
        else:
            merged[name] = value
    return merged


def local_claims(**overrides: Any) -> dict[str, Any]:
    """Claims shaped exactly like LocalIssuer.issue's, with overrides."""
    now = int(time.time())
    return with_overrides({"iss": LOCAL_ISSUER, "aud": LOCAL_AUDIENCE, "sub": "user-1",
                           "email": "Alice@Example.com", "name": "Alice", "token_use": "id",
                           "iat": now, "nbf": now, "exp": now + 3600}, overrides)


def signed(claims: dict[str, Any], key: rsa.RSAPrivateKey, kid: Any = None,
           **header: Any) -> str:
    headers = dict(header)
    if kid is not None:
        headers["kid"] = kid
    return jwt.encode(claims, key, algorithm="RS256", headers=headers or None)


def flip_char(segment: str, index: int) -> str:
    """One base64url character changed (never to itself)."""
    replacement = "A" if segment[index] != "A" else "B"
    return segment[:index] + replacement + segment[index + 1:]


def public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


# A second key that is nobody's: tokens it signs must never verify.
STRANGER_KEY = new_key()


# -- the bad tokens ---------------------------------------------------------------------------
# Each case builds an Authorization header value (None: no header) aimed at `issuer`.

def _ok(issuer: LocalIssuer, **overrides: Any) -> str:
    return signed(local_claims(**overrides), issuer._private, issuer.kid)


def _tampered_payload_char(issuer: LocalIssuer) -> str:
    header, payload, signature = _ok(issuer).split(".")
    return "Bearer " + ".".join([header, flip_char(payload, len(payload) // 2), signature])


def _tampered_payload_claims(issuer: LocalIssuer) -> str:
    # The payload still parses: another user's id, the original signature kept.
    header, _, signature = _ok(issuer).split(".")
    return "Bearer " + ".".join([header, b64json(local_claims(sub="user-2")), signature])


def _tampered_signature(issuer: LocalIssuer) -> str:
    # A middle character: the last one of a 256-byte signature carries padding bits only.
    header, payload, signature = _ok(issuer).split(".")
    return "Bearer " + ".".join([header, payload, flip_char(signature, len(signature) // 2)])


def _signature_stripped(issuer: LocalIssuer) -> str:
    header, payload, _ = _ok(issuer).split(".")
    return f"Bearer {header}.{payload}."


def _alg_none(issuer: LocalIssuer) -> str:
    header = b64json({"alg": "none", "typ": "JWT", "kid": issuer.kid})
    return f"Bearer {header}.{b64json(local_claims())}."


def _hs256_with_public_pem(issuer: LocalIssuer) -> str:
    # Algorithm confusion: HMAC keyed with the (public) RSA key's PEM. Built by hand, because
    # PyJWT itself refuses to use a PEM as an HMAC secret.
    header = b64json({"alg": "HS256", "typ": "JWT", "kid": issuer.kid})
    signing_input = f"{header}.{b64json(local_claims())}".encode()
    mac = hmac.new(public_pem(issuer._private), signing_input, hashlib.sha256).digest()
    return f"Bearer {signing_input.decode()}.{b64url(mac)}"


def _non_string_kid(issuer: LocalIssuer) -> str:
    # Signed by hand: PyJWT refuses to encode a non-string kid.
    header = b64json({"alg": "RS256", "typ": "JWT", "kid": 7})
    signing_input = f"{header}.{b64json(local_claims())}".encode()
    signature = jwt.algorithms.RSAAlgorithm(jwt.algorithms.RSAAlgorithm.SHA256).sign(
        signing_input, issuer._private)
    return f"Bearer {signing_input.decode()}.{b64url(signature)}"


def _rs512(issuer: LocalIssuer) -> str:
    token = jwt.encode(local_claims(), issuer._private, algorithm="RS512",
                       headers={"kid": issuer.kid})
    return f"Bearer {token}"


def _now() -> int:
    return int(time.time())


BAD_TOKENS: dict[str, Callable[[LocalIssuer], str | None]] = {
    "missing_header": lambda i: None,
    "wrong_scheme_basic": lambda i: "Basic x",
    "basic_scheme_around_a_good_token": lambda i: "Basic " + _ok(i),
    "empty_bearer": lambda i: "Bearer ",
    "blank_bearer": lambda i: "Bearer     ",
    "bare_token_without_scheme": lambda i: _ok(i),
    "garbage": lambda i: "Bearer not-a-jwt",
    "garbage_three_segments": lambda i: "Bearer a.b.c",
    "expired_beyond_leeway": lambda i: "Bearer " + _ok(
        i, iat=_now() - 7200, nbf=_now() - 7200, exp=_now() - LEEWAY_SECONDS - 15),
    "nbf_in_the_future_beyond_leeway": lambda i: "Bearer " + _ok(
        i, nbf=_now() + LEEWAY_SECONDS + 60),
    "iat_in_the_future_beyond_leeway": lambda i: "Bearer " + _ok(
        i, iat=_now() + LEEWAY_SECONDS + 60, nbf=DROP),
    "wrong_issuer": lambda i: "Bearer " + _ok(i, iss="https://issuer.example.com"),
    "wrong_audience": lambda i: "Bearer " + _ok(i, aud="someone-elses-client"),
    "missing_exp": lambda i: "Bearer " + _ok(i, exp=DROP),
    "missing_iat": lambda i: "Bearer " + _ok(i, iat=DROP),
    "tampered_payload_one_char": _tampered_payload_char,
    "tampered_payload_other_user": _tampered_payload_claims,
    "tampered_signature": _tampered_signature,
    "signature_stripped": _signature_stripped,
    "alg_none": _alg_none,
    "hs256_keyed_with_public_pem": _hs256_with_public_pem,
    "rs512_instead_of_rs256": _rs512,
    "access_token": lambda i: "Bearer " + _ok(i, token_use="access"),
    "missing_token_use": lambda i: "Bearer " + _ok(i, token_use=DROP),
    "missing_sub": lambda i: "Bearer " + _ok(i, sub=DROP),
    "non_string_sub": lambda i: "Bearer " + _ok(i, sub=12345),
    "unknown_kid": lambda i: "Bearer " + signed(local_claims(), i._private, "not-our-kid"),
    "missing_kid": lambda i: "Bearer " + signed(local_claims(), i._private),
    "non_string_kid": _non_string_kid,
    "stranger_key_with_our_kid": lambda i: "Bearer " + signed(local_claims(), STRANGER_KEY,
                                                                i.kid),
}


# -- the local issuer -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def issuer(tmp_path_factory) -> LocalIssuer:
    """One local issuer for the table-driven cases (a key costs ~60 ms to generate)."""
    return LocalIssuer(tmp_path_factory.mktemp("issuer") / KEY_FILE, ttl_seconds=3600)


def test_issued_token_verifies_to_the_right_identity(issuer: LocalIssuer) -> None:
    issued = int(time.time())
    token = issuer.issue("user-42", "Alice@Example.com", "Alice Ferreira", now=issued)
    identity = issuer.verifier().verify(f"Bearer {token}")
    assert identity == Identity(user_id="user-42", email="alice@example.com",
                                name="Alice Ferreira", groups=frozenset(), issued_at=issued)


def test_issued_token_carries_cognito_shaped_claims(issuer: LocalIssuer) -> None:
    token = issuer.issue("user-42", "alice@example.com", "Alice", now=1_700_000_000)
    assert jwt.get_unverified_header(token) == {"alg": "RS256", "typ": "JWT", "kid": issuer.kid}
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims == {"iss": LOCAL_ISSUER, "aud": LOCAL_AUDIENCE, "sub": "user-42",
                      "email": "alice@example.com", "name": "Alice", "token_use": "id",
                      "iat": 1_700_000_000, "nbf": 1_700_000_000, "exp": 1_700_003_600}


def test_scheme_is_case_insensitive_and_surrounding_spaces_are_ignored(
        issuer: LocalIssuer) -> None:
    token = issuer.issue("user-1", "a@example.com", "A")
    verifier = issuer.verifier()
    assert verifier.verify(f"bearer {token}").user_id == "user-1"
    assert verifier.verify(f"BEARER   {token}  ").user_id == "user-1"


def test_expiry_and_not_before_allow_thirty_seconds_of_clock_skew(issuer: LocalIssuer) -> None:
    verifier = issuer.verifier()
    now = _now()
    just_expired = _ok(issuer, iat=now - 3600, nbf=now - 3600, exp=now - 10)
    almost_valid = _ok(issuer, iat=now + 10, nbf=now + 10, exp=now + 3600)
    assert verifier.verify(f"Bearer {just_expired}").user_id == "user-1"
    assert verifier.verify(f"Bearer {almost_valid}").user_id == "user-1"


def test_expired_token_says_so(issuer: LocalIssuer) -> None:
    token = issuer.issue("user-1", "a@example.com", "A", now=time.time() - 3600 - 60)
    with pytest.raises(Unauthenticated, match="expired"):
        issuer.verifier().verify(f"Bearer {token}")


def test_key_is_generated_on_first_run_and_kept_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "data" / KEY_FILE
    assert not path.exists()
    first = LocalIssuer(path, ttl_seconds=3600)
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    on_disk = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert public_pem(on_disk) == public_pem(first._private)


def test_key_file_is_not_world_readable_even_with_a_permissive_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        LocalIssuer(tmp_path / KEY_FILE, ttl_seconds=60)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600


def test_second_issuer_on_the_same_path_verifies_the_first_ones_tokens(tmp_path: Path) -> None:
    path = tmp_path / KEY_FILE
    first = LocalIssuer(path, ttl_seconds=3600)
    pem_before = path.read_bytes()
    token = first.issue("user-7", "g@example.com", "G")

    after_restart = LocalIssuer(path, ttl_seconds=3600)

    assert path.read_bytes() == pem_before  # loaded, not regenerated
    assert after_restart.kid == first.kid
    assert after_restart.verifier().verify(f"Bearer {token}").user_id == "user-7"


def test_token_from_a_different_key_file_is_refused(tmp_path: Path) -> None:
    ours = LocalIssuer(tmp_path / "ours" / KEY_FILE, ttl_seconds=3600)
    theirs = LocalIssuer(tmp_path / "theirs" / KEY_FILE, ttl_seconds=3600)
    assert ours.kid != theirs.kid
    with pytest.raises(Unauthenticated):
        ours.verifier().verify("Bearer " + theirs.issue("user-1", "a@example.com", "A"))
    with pytest.raises(Unauthenticated):
        theirs.verifier().verify("Bearer " + ours.issue("user-1", "a@example.com", "A"))


def test_issuers_started_together_on_a_fresh_path_all_keep_the_key_on_disk(
        tmp_path: Path) -> None:
    """Two first starts at once (chalice local serves requests on threads, and
    runtime.local_issuer's lru_cache does not lock) must not each generate their own key:
    every issuer's tokens must still verify after a restart."""
    path = tmp_path / KEY_FILE
    starting = threading.Barrier(4)
    issuers: list[LocalIssuer] = []
    errors: list[BaseException] = []

    def start() -> None:
        starting.wait()
        try:
            issuers.append(LocalIssuer(path, ttl_seconds=3600))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    after_restart = LocalIssuer(path, ttl_seconds=3600).verifier()
    refused = []
    for started in issuers:
        try:
            after_restart.verify("Bearer " + started.issue("user-1", "a@example.com", "A"))
        except Unauthenticated:
            refused.append(started.kid)
    assert refused == [], (f"{len(refused)} of {len(issuers)} issuers signed with a key that "
                           f"is not the one on disk ({len({i.kid for i in issuers})} keys made)")


# -- every bad token is Unauthenticated -------------------------------------------------------

@pytest.mark.parametrize("case", list(BAD_TOKENS))
def test_bad_token_is_unauthenticated(issuer: LocalIssuer, case: str) -> None:
    authorization = BAD_TOKENS[case](issuer)
    with pytest.raises(Unauthenticated):
        issuer.verifier().verify(authorization)


def test_the_bad_token_table_is_aimed_right(issuer: LocalIssuer) -> None:
    """The cases differ from a good token in one respect only: the base token verifies."""
    assert issuer.verifier().verify("Bearer " + _ok(issuer)).user_id == "user-1"


# -- through the app --------------------------------------------------------------------------

@pytest.fixture
def local_app(sqlite_api: Api, monkeypatch) -> Api:
    monkeypatch.setenv("FOREVERUS_STAGE", "local")
    runtime.reset()
    return sqlite_api


def me(api: Api, authorization: str | None) -> Any:
    headers = {} if authorization is None else {"authorization": authorization}
    return api.call("GET", "/api/me", headers=headers)


@pytest.mark.parametrize("case", list(BAD_TOKENS))
def test_bad_token_on_api_me_is_401_unauthorized(local_app: Api, case: str) -> None:
    authorization = BAD_TOKENS[case](runtime.local_issuer())
    r = me(local_app, authorization)
    assert r.status_code == 401, r.body
    assert r.json_body["Code"] == "UnauthorizedError"
    assert r.json_body["Message"]


def test_login_token_works_on_api_me(local_app: Api) -> None:
    user = local_app.login("Alice@Example.com", "Alice Ferreira")
    r = me(local_app, f"Bearer {user.token}")
    assert r.status_code == 200, r.body
    assert r.json_body == {"id": user.id, "email": "alice@example.com",
                           "name": "Alice Ferreira", "operator": False}


def test_token_from_another_data_dirs_issuer_is_401(local_app: Api, tmp_path: Path) -> None:
    user = local_app.login("alice@example.com", "Alice")
    elsewhere = LocalIssuer(tmp_path / "another-data-dir" / KEY_FILE, ttl_seconds=3600)
    forged = elsewhere.issue(user.id, user.email, user.name)  # same user, other key
    r = me(local_app, f"Bearer {forged}")
    assert r.status_code == 401, r.body
    assert r.json_body["Code"] == "UnauthorizedError"


# -- Cognito ----------------------------------------------------------------------------------

class JwksServer:
    """A real HTTP server on 127.0.0.1 publishing a JWKS document, counting requests."""

    def __init__(self, document: dict[str, Any], status: int = 200) -> None:
        self.document = document
        self.status = status
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.requests += 1
                if self.path != "/.well-known/jwks.json":
                    self.send_error(404)
                    return
                body = json.dumps(server.document).encode()
                self.send_response(server.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/.well-known/jwks.json"
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        self._running = True

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)


@pytest.fixture(scope="module")
def pool_key() -> rsa.RSAPrivateKey:
    return new_key()


def jwks_of(key: rsa.RSAPrivateKey, kid: str = COGNITO_KID) -> dict[str, Any]:
    jwk = jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
    jwk.update({"kid": kid, "alg": "RS256", "use": "sig"})
    return {"keys": [jwk]}


@pytest.fixture
def jwks(pool_key: rsa.RSAPrivateKey) -> Iterator[JwksServer]:
    server = JwksServer(jwks_of(pool_key))
    yield server
    server.stop()


@pytest.fixture
def cognito(jwks: JwksServer) -> TokenVerifier:
    return cognito_verifier(issuer=POOL_ISSUER, client_id=CLIENT_ID, jwks_url=jwks.url)


def cognito_claims(**overrides: Any) -> dict[str, Any]:
    """An ID token's claims as a Cognito user pool writes them (no nbf, no name)."""
    now = _now()
    return with_overrides({
        "sub": "8f3a2b1c-0000-4000-8000-000000000001", "aud": CLIENT_ID, "iss": POOL_ISSUER,
        "token_use": "id", "email": "Ana.Souza@Example.com", "email_verified": True,
        "cognito:username": "8f3a2b1c-0000-4000-8000-000000000001",
        "cognito:groups": ["admins"], "auth_time": now, "iat": now, "exp": now + 3600,
        "event_id": "e-1", "origin_jti": "o-1", "jti": "j-1",
    }, overrides)


def pool_token(key: rsa.RSAPrivateKey, kid: str = COGNITO_KID, **overrides: Any) -> str:
    return "Bearer " + signed(cognito_claims(**overrides), key, kid)


def test_cognito_id_token_verifies_and_groups_are_read(
        cognito: TokenVerifier, pool_key: rsa.RSAPrivateKey) -> None:
    # The name stands in from the address's local part, never the whole address.
    identity = cognito.verify(pool_token(pool_key))
    assert identity == Identity(user_id="8f3a2b1c-0000-4000-8000-000000000001",
                                email="ana.souza@example.com", name="Ana.Souza",
                                groups=frozenset({"admins"}),
                                username="8f3a2b1c-0000-4000-8000-000000000001",
                                issued_at=identity.issued_at)
    assert abs(identity.issued_at - time.time()) < 60


def test_ten_verifications_fetch_the_jwks_once(
        cognito: TokenVerifier, jwks: JwksServer, pool_key: rsa.RSAPrivateKey) -> None:
    assert jwks.requests == 0  # nothing is fetched until a token needs a key
    for n in range(10):
        assert cognito.verify(pool_token(pool_key, jti=f"j-{n}")).groups == {"admins"}
    assert jwks.requests == 1


@pytest.mark.parametrize("case", ["wrong_audience", "wrong_issuer", "expired",
                                  "other_key_same_kid", "access_token", "token_use_access",
                                  "unknown_kid"])
def test_cognito_refuses(cognito: TokenVerifier, pool_key: rsa.RSAPrivateKey,
                         case: str) -> None:
    now = _now()
    authorization = {
        "wrong_audience": lambda: pool_token(pool_key, aud="another-app-client"),
        "wrong_issuer": lambda: pool_token(
            pool_key, iss="https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OTHER"),
        "expired": lambda: pool_token(pool_key, iat=now - 7200, auth_time=now - 7200,
                                      exp=now - LEEWAY_SECONDS - 15),
        "other_key_same_kid": lambda: pool_token(STRANGER_KEY),
        # A real access token has no aud (client_id instead); with aud kept, only
        # token_use tells it apart.
        "access_token": lambda: pool_token(pool_key, token_use="access", aud=DROP,
                                           client_id=CLIENT_ID),
        "token_use_access": lambda: pool_token(pool_key, token_use="access"),
        "unknown_kid": lambda: pool_token(pool_key, kid="rotated-away"),
    }[case]()
    with pytest.raises(Unauthenticated):
        cognito.verify(authorization)


def test_other_key_with_same_kid_is_refused_even_after_the_real_key_is_cached(
        cognito: TokenVerifier, jwks: JwksServer, pool_key: rsa.RSAPrivateKey) -> None:
    cognito.verify(pool_token(pool_key))
    with pytest.raises(Unauthenticated):
        cognito.verify(pool_token(STRANGER_KEY))
    assert jwks.requests == 1


def test_unknown_kids_do_not_hammer_the_jwks_endpoint(
        cognito: TokenVerifier, jwks: JwksServer, pool_key: rsa.RSAPrivateKey) -> None:
    cognito.verify(pool_token(pool_key))
    for n in range(5):
        with pytest.raises(Unauthenticated):
            cognito.verify(pool_token(pool_key, kid=f"made-up-{n}"))
    assert jwks.requests == 1  # within PyJWKClient's 30 s refresh cooldown


def test_jwks_down_with_nothing_cached_is_service_unavailable_not_401(
        cognito: TokenVerifier, jwks: JwksServer, pool_key: rsa.RSAPrivateKey) -> None:
    jwks.stop()
    with pytest.raises(ServiceUnavailable) as raised:
        cognito.verify(pool_token(pool_key))
    assert raised.value.status == 503 and raised.value.retry_after == 5


def test_jwks_answering_500_is_service_unavailable(pool_key: rsa.RSAPrivateKey) -> None:
    server = JwksServer(jwks_of(pool_key), status=500)
    try:
        verifier = cognito_verifier(POOL_ISSUER, CLIENT_ID, server.url)
        with pytest.raises(ServiceUnavailable):
            verifier.verify(pool_token(pool_key))
    finally:
        server.stop()


def test_jwks_down_after_the_key_is_cached_still_verifies(
        cognito: TokenVerifier, jwks: JwksServer, pool_key: rsa.RSAPrivateKey) -> None:
    cognito.verify(pool_token(pool_key))
    jwks.stop()
    assert cognito.verify(pool_token(pool_key, jti="later")).groups == {"admins"}


@pytest.fixture
def cognito_app(sqlite_api: Api, jwks: JwksServer, monkeypatch) -> Api:
    monkeypatch.setenv("FOREVERUS_AUTH", "cognito")
    monkeypatch.setenv("FOREVERUS_COGNITO_USER_POOL_ID", "us-east-1_TEST")
    monkeypatch.setenv("FOREVERUS_COGNITO_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("FOREVERUS_COGNITO_JWKS_URL", jwks.url)
    runtime.reset()
    return sqlite_api


def test_cognito_token_works_on_api_me(cognito_app: Api, pool_key: rsa.RSAPrivateKey) -> None:
    r = me(cognito_app, pool_token(pool_key))
    assert r.status_code == 200, r.body
    assert r.json_body["id"] == "8f3a2b1c-0000-4000-8000-000000000001"
    assert r.json_body["email"] == "ana.souza@example.com"
    assert r.json_body["operator"] is True  # the pool's "admins" group


def test_local_token_is_401_when_the_app_uses_cognito(cognito_app: Api, tmp_path: Path) -> None:
    local = LocalIssuer(tmp_path / "k" / KEY_FILE, ttl_seconds=3600)
    r = me(cognito_app, "Bearer " + local.issue("user-1", "a@example.com", "A"))
    assert r.status_code == 401, r.body
    assert r.json_body["Code"] == "UnauthorizedError"


def test_jwks_down_on_api_me_is_503_with_retry_after(
        cognito_app: Api, jwks: JwksServer, pool_key: rsa.RSAPrivateKey) -> None:
    jwks.stop()
    r = me(cognito_app, pool_token(pool_key))
    assert r.status_code == 503, r.body
    assert r.json_body["Code"] == "ServiceUnavailableError"
    assert r.headers["Retry-After"] == "5"


# -- erasing an account removes the Cognito user too ------------------------------------------

@pytest.fixture
def pool_with_ana(cognito_app: Api, pool_key: rsa.RSAPrivateKey,
                  monkeypatch) -> Iterator[tuple[Any, str, str]]:
    """A moto user pool (e-mail as the username, as infra/stack.yaml makes it) holding Ana, and
    the app pointed at it. Yields the boto3 client, the pool id and Ana's ID token."""
    import boto3
    from moto import mock_aws
    with mock_aws():
        client = boto3.client("cognito-idp", region_name="us-east-1")
        pool_id = client.create_user_pool(PoolName="forever-us-test",
                                          UsernameAttributes=["email"])["UserPool"]["Id"]
        user = client.admin_create_user(UserPoolId=pool_id, Username="ana.souza@example.com",
                                        MessageAction="SUPPRESS")["User"]
        sub = next(a["Value"] for a in user["Attributes"] if a["Name"] == "sub")
        monkeypatch.setenv("FOREVERUS_COGNITO_USER_POOL_ID", pool_id)
        runtime.reset()
        token = pool_token(pool_key, sub=sub,
                           iss=f"https://cognito-idp.us-east-1.amazonaws.com/{pool_id}",
                           **{"cognito:username": user["Username"]})
        yield client, pool_id, token


def test_erasing_my_account_deletes_my_cognito_user(
        cognito_app: Api, pool_with_ana: tuple[Any, str, str]) -> None:
    client, pool_id, token = pool_with_ana
    headers = {"authorization": token}
    created = cognito_app.call("POST", "/api/personas", headers=headers, body={
        "name": "Antônio", "language": "pt-BR",
        "consent": {"basis": "family", "statement": "Sou neta dele.", "attested_by": "Ana"}})
    assert created.status_code == 201, created.body
    assert len(client.list_users(UserPoolId=pool_id)["Users"]) == 1

    r = cognito_app.call("DELETE", "/api/me", headers=headers)
    assert r.status_code == 204, r.body
    assert client.list_users(UserPoolId=pool_id)["Users"] == []
    # Erasing again (a retry after a lost response) finds the user gone and is still done.
    assert cognito_app.call("DELETE", "/api/me", headers=headers).status_code == 204


def test_an_unreachable_user_pool_is_503_after_the_data_is_gone_and_a_retry_finishes(
        cognito_app: Api, pool_with_ana: tuple[Any, str, str], monkeypatch) -> None:
    from chalicelib import identity
    logged: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(identity, "log", lambda event, **facts: logged.append((event, facts)))
    from botocore.exceptions import EndpointConnectionError
    client, pool_id, token = pool_with_ana
    headers = {"authorization": token}
    pool = runtime.user_pool()
    assert pool is not None
    real = pool._client

    class Unreachable:
        def admin_delete_user(self, **_: Any) -> None:
            raise EndpointConnectionError(endpoint_url="https://cognito-idp.us-east-1.amazonaws.com")

    created = cognito_app.call("POST", "/api/personas", headers=headers, body={
        "name": "Antônio", "language": "pt-BR",
        "consent": {"basis": "family", "statement": "Sou neta dele.", "attested_by": "Ana"}})
    assert created.status_code == 201
    monkeypatch.setattr(pool, "_client", Unreachable())
    r = cognito_app.call("DELETE", "/api/me", headers=headers)
    assert r.status_code == 503, r.body
    assert r.headers["Retry-After"] == "5"
    assert "erased" in r.json_body["Message"]
    assert logged == [("erase_sign_in_failed", {"error": "EndpointConnectionError"})]
    assert cognito_app.call("GET", "/api/personas", headers=headers).json_body["items"] == []
    assert len(client.list_users(UserPoolId=pool_id)["Users"]) == 1

    monkeypatch.setattr(pool, "_client", real)
    assert cognito_app.call("DELETE", "/api/me", headers=headers).status_code == 204
    assert client.list_users(UserPoolId=pool_id)["Users"] == []


def test_the_local_stage_has_no_user_pool(local_app: Api) -> None:
    assert runtime.user_pool() is None
