"""Who is asking: bearer tokens verified in code, one path for the local issuer and Cognito.

Both issuers sign RS256 ID tokens; they differ only in where the public keys come from (a key
file under .data/, or the user pool's JWKS) and in the expected issuer and audience. Signatures
are checked by `rs256` (no `cryptography` in the Lambda); only the local issuer, which signs,
uses `cryptography`, imported when it starts.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import jwt

from chalicelib import rs256
from chalicelib.errors import ServiceUnavailable, Unauthenticated
from chalicelib.logs import log

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

LOCAL_ISSUER = "urn:forever-us:local"
LOCAL_AUDIENCE = "forever-us-local-web"
ALGORITHM = "RS256"
LEEWAY_SECONDS = 30


@dataclass(frozen=True)
class Identity:
    """The verified caller."""

    user_id: str
    email: str
    name: str
    groups: frozenset[str] = frozenset()
    username: str = ""  # Cognito's own name for the user (a UUID when e-mail signs in)
    issued_at: int = 0  # the token's `iat`: an erasure refuses tokens issued before it


class TokenVerifier:
    """Verifies an RS256 ID token's signature, issuer, audience, use and validity period."""

    def __init__(self, issuer: str, audience: str,
                 key_for: Callable[[str], rs256.RSAPublicKey]) -> None:
        self._issuer = issuer
        self._audience = audience
        self._key_for = key_for
        self._jwt = rs256.decoder()

    def verify(self, authorization: str | None) -> Identity:
        """The identity in an `Authorization: Bearer` header, or Unauthenticated."""
        if not authorization:
            raise Unauthenticated("sign in first: this request has no bearer token")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("the Authorization header must be 'Bearer <token>'")
        try:
            header = jwt.get_unverified_header(token.strip())
            if header.get("alg") != ALGORITHM or not isinstance(header.get("kid"), str):
                raise jwt.InvalidTokenError("unexpected algorithm or key id")
            key: Any = self._key_for(header["kid"])  # LightRS256's key; PyJWT's hint differs
            claims = self._jwt.decode(
                token.strip(), key, algorithms=[ALGORITHM],
                issuer=self._issuer, audience=self._audience, leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "iat", "iss", "aud", "sub", "token_use"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthenticated("your sign-in has expired; sign in again") from None
        except rs256.KeysUnreachable:
            raise ServiceUnavailable("sign-in keys are unreachable; try again shortly",
                                     retry_after=5) from None
        except (jwt.PyJWTError, KeyError, ValueError):
            raise Unauthenticated("the sign-in token is not valid; sign in again") from None
        if claims.get("token_use") != "id" or not isinstance(claims.get("sub"), str):
            raise Unauthenticated("the sign-in token is not an ID token; sign in again")
        groups = claims.get("cognito:groups") or []
        if isinstance(groups, str):
            groups = [groups]
        return Identity(
            user_id=claims["sub"],
            email=str(claims.get("email", "")).lower(),
            # Cognito's pool asks for no name: the address's local part stands in, never the
            # whole address (names go into greetings, prompts and invites others can read).
            name=str(claims.get("name") or str(claims.get("email", "")).split("@")[0]),
            groups=frozenset(g for g in groups if isinstance(g, str)),
            username=str(claims.get("cognito:username") or ""),
            issued_at=int(claims["iat"]),
        )


class LocalIssuer:
    """The local stage's issuer: an RSA key generated on first run and kept under .data/."""

    def __init__(self, key_path: Path, ttl_seconds: int) -> None:
        from cryptography.hazmat.primitives import serialization
        self._ttl = ttl_seconds
        self._private = _load_or_create_key(key_path)
        public = self._private.public_key()
        public_der = public.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        self.kid = hashlib.sha256(public_der).hexdigest()[:16]
        numbers = public.public_numbers()
        self._public = rs256.RSAPublicKey(numbers.n, numbers.e)

    def key_for(self, kid: str) -> rs256.RSAPublicKey:
        """The public key for a key id (only our own)."""
        if kid != self.kid:
            raise jwt.InvalidTokenError("unknown key id")
        return self._public

    def issue(self, user_id: str, email: str, name: str, now: float | None = None) -> str:
        """A signed ID token shaped like Cognito's, so one verifier reads both."""
        issued = int(now if now is not None else time.time())
        claims = {"iss": LOCAL_ISSUER, "aud": LOCAL_AUDIENCE, "sub": user_id, "email": email,
                  "name": name, "token_use": "id", "iat": issued, "nbf": issued,
                  "exp": issued + self._ttl}
        return jwt.encode(claims, self._private, algorithm=ALGORITHM, headers={"kid": self.kid})

    def verifier(self) -> TokenVerifier:
        """A verifier that accepts this issuer's tokens."""
        return TokenVerifier(LOCAL_ISSUER, LOCAL_AUDIENCE, self.key_for)


def cognito_verifier(issuer: str, client_id: str, jwks_url: str) -> TokenVerifier:
    """A verifier for a Cognito user pool; its JWKS is fetched once and cached per process
    for an hour, so a key the pool retires stops being trusted within the hour even in a warm
    Lambda (rs256.KeySet)."""
    return TokenVerifier(issuer, client_id, rs256.KeySet(jwks_url).key_for)


class UserPool:
    """The Cognito user pool's side of erasing an account: the user stops existing there, so
    the pool keeps no e-mail address and the user's refresh tokens stop working."""

    def __init__(self, client: Any, pool_id: str) -> None:
        self._client = client
        self._pool_id = pool_id

    def delete(self, caller: Identity) -> None:
        """Delete the caller's user. Already gone is done: erasure is safe to repeat."""
        from botocore.exceptions import BotoCoreError, ClientError
        try:
            self._client.admin_delete_user(UserPoolId=self._pool_id,
                                           Username=caller.username or caller.user_id)
            return
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            if code == "UserNotFoundException":
                return
        except BotoCoreError as error:
            code = type(error).__name__
        # Operators need the reason (AccessDenied or ResourceNotFound mean the stage's policy or
        # pool id is wrong, and retrying will not help); the person needs a plain sentence.
        log("erase_sign_in_failed", error=code)
        raise ServiceUnavailable("your data is erased but your sign-in could not be removed "
                                 "yet; try again shortly", retry_after=5)


_key_lock = threading.Lock()


def _load_or_create_key(path: Path) -> rsa.RSAPrivateKey:
    """The key at `path`, created on first run. Concurrent first runs agree on one key: each
    writes its own temporary file and links it into place; whoever loses loads the winner's."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    with _key_lock:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # mode 0600, O_EXCL
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(pem)
                    f.flush()
                    os.fsync(f.fileno())
                try:
                    os.link(tmp, path)  # atomic, and fails if another process got there first
                except FileExistsError:
                    pass
            finally:
                os.unlink(tmp)
        loaded = _private_key(path.read_bytes())
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise ValueError(f"{path} does not hold an RSA private key")
    return loaded


@lru_cache(maxsize=4)
def _private_key(pem: bytes) -> Any:
    """A private key read from its PEM. Reading one checks the RSA key's numbers (40 ms); a
    process that reads the same key again (each test's app, a reloaded local server) checks
    it once."""
    from cryptography.hazmat.primitives import serialization
    return serialization.load_pem_private_key(pem, password=None)
