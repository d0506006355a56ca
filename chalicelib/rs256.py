"""RS256 signature checks without the `cryptography` package, and the user pool's key set.

Verifying an RS256 signature needs one modular exponentiation (Python's own `pow`) and a byte
comparison, so the Lambda does not carry `cryptography` (87 % of its package, and most of its
import time) for it. The check is RSASSA-PKCS1-v1_5 as RFC 8017 §8.2.2 writes it: the expected
encoded message is built from the digest and compared whole, in constant time, rather than
parsed out of the signature (parsing is where PKCS#1 v1.5 verifiers have gone wrong). Claims
(issuer, audience, expiry) are still PyJWT's: this module only gives it the algorithm.

Signing stays with `cryptography` (the local issuer, never in the cloud).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

import jwt
from jwt.algorithms import Algorithm

# DER of DigestInfo for SHA-256 (RFC 8017 §9.2, note 1), before the 32-byte digest.
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")
MIN_MODULUS_BITS = 2048
JWKS_LIFESPAN_S = 3600  # a retired key stops being trusted within the hour, even when warm
JWKS_REFRESH_COOLDOWN_S = 30  # an unknown key id fetches the set again at most this often
JWKS_TIMEOUT_S = 3
MAX_JWKS_BYTES = 64 * 1024


@dataclass(frozen=True)
class RSAPublicKey:
    """An RSA public key: modulus and public exponent."""

    n: int
    e: int

    @property
    def size(self) -> int:
        """The modulus's length in bytes (a signature's length)."""
        return (self.n.bit_length() + 7) // 8

    @staticmethod
    def from_jwk(jwk: dict[str, Any]) -> RSAPublicKey:
        """The key of a JWK (`kty` RSA), or ValueError."""
        if jwk.get("kty") != "RSA" or not isinstance(jwk.get("n"), str) or \
                not isinstance(jwk.get("e"), str):
            raise ValueError("not an RSA public key")
        key = RSAPublicKey(_b64_int(jwk["n"]), _b64_int(jwk["e"]))
        if key.n.bit_length() < MIN_MODULUS_BITS or key.e < 3 or key.e % 2 == 0:
            raise ValueError("RSA key too small or with a bad exponent")
        return key


def _b64_int(text: str) -> int:
    return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")


def verify(message: bytes, signature: bytes, key: RSAPublicKey) -> bool:
    """True when `signature` is `key`'s RSASSA-PKCS1-v1_5 SHA-256 signature of `message`."""
    k = key.size
    if len(signature) != k:
        return False
    s = int.from_bytes(signature, "big")
    if s >= key.n:
        return False
    encoded = pow(s, key.e, key.n).to_bytes(k, "big")
    t = SHA256_DIGEST_INFO + hashlib.sha256(message).digest()
    if k < len(t) + 11:
        return False
    expected = b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t
    return hmac.compare_digest(encoded, expected)


class LightRS256(Algorithm):
    """PyJWT's RS256, verification only, with the function above. PyJWT's `Algorithm`
    interface also asks for signing and for writing keys; the server never does either (the
    local issuer signs with PyJWT's own RS256), so those two refuse by design."""

    def prepare_key(self, key: Any) -> RSAPublicKey:
        if isinstance(key, RSAPublicKey):
            return key
        raise jwt.InvalidKeyError("expected an RSAPublicKey")

    def sign(self, msg: bytes, key: Any) -> bytes:
        raise NotImplementedError("this verifier does not sign")

    def verify(self, msg: bytes, key: Any, sig: bytes) -> bool:
        return verify(msg, sig, self.prepare_key(key))

    @staticmethod
    def to_jwk(key_obj: Any, as_dict: bool = False) -> Any:
        raise NotImplementedError("this verifier reads keys from JWKs; it does not write them")

    @staticmethod
    def from_jwk(jwk: Any) -> RSAPublicKey:
        return RSAPublicKey.from_jwk(json.loads(jwk) if isinstance(jwk, str) else jwk)


def decoder() -> jwt.PyJWT:
    """A PyJWT that checks RS256 with `LightRS256`, whether `cryptography` is installed or not
    (one code path locally and in the Lambda), and knows no other algorithm."""
    found = jwt.PyJWT()
    jws = found._jws  # PyJWT's own signature layer; only its public methods are used
    for name in list(jws.get_algorithms()):
        jws.unregister_algorithm(name)
    jws.register_algorithm("RS256", LightRS256())
    return found


class KeysUnreachable(Exception):
    """The key set could not be fetched and none is cached."""


class KeySet:
    """A JWKS fetched on first need and cached for an hour; an unknown key id fetches it again,
    at most once per cooldown, so made-up key ids cannot hammer the endpoint."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._keys: dict[str, RSAPublicKey] | None = None
        self._fetched = 0.0
        self._lock = threading.Lock()

    def key_for(self, kid: str) -> RSAPublicKey:
        """The key with this id, or jwt.InvalidTokenError; KeysUnreachable when the set
        cannot be had at all."""
        with self._lock:
            now = time.monotonic()
            if self._keys is None or now - self._fetched > JWKS_LIFESPAN_S or (
                    kid not in self._keys and now - self._fetched > JWKS_REFRESH_COOLDOWN_S):
                self._refresh(now)
            assert self._keys is not None
            key = self._keys.get(kid)
        if key is None:
            raise jwt.InvalidTokenError("unknown key id")
        return key

    def _refresh(self, now: float) -> None:
        try:
            with urllib.request.urlopen(self._url, timeout=JWKS_TIMEOUT_S) as answer:
                body = answer.read(MAX_JWKS_BYTES + 1)
            if len(body) > MAX_JWKS_BYTES:
                raise ValueError("key set too large")
            keys = {}
            for jwk in json.loads(body).get("keys", []):
                if isinstance(jwk, dict) and isinstance(jwk.get("kid"), str) and \
                        jwk.get("use", "sig") == "sig":
                    try:
                        keys[jwk["kid"]] = RSAPublicKey.from_jwk(jwk)
                    except ValueError:
                        continue  # a key of another kind; the pool's own are RSA
        except (urllib.error.URLError, OSError, ValueError, AttributeError) as error:
            if self._keys is None:
                raise KeysUnreachable(type(error).__name__) from None
            # keep the cached set, and try again once the cooldown has passed
            self._fetched = now - JWKS_LIFESPAN_S + JWKS_REFRESH_COOLDOWN_S
            return
        self._keys, self._fetched = keys, now


__all__ = ["RSAPublicKey", "verify", "LightRS256", "decoder", "KeySet", "KeysUnreachable"]
