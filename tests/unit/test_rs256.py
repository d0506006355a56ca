"""The Lambda's RS256 check (chalicelib/rs256.py) agrees with `cryptography` and refuses what
it must: another key, a changed message or signature, another hash, a malformed encoding."""
from __future__ import annotations

import base64

import jwt
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hypothesis import given, settings, strategies as st

from chalicelib import rs256

KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
OTHER = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public(key: rsa.RSAPrivateKey) -> rs256.RSAPublicKey:
    numbers = key.public_key().public_numbers()
    return rs256.RSAPublicKey(numbers.n, numbers.e)


def sign(message: bytes, key: rsa.RSAPrivateKey = KEY,
         algorithm: hashes.HashAlgorithm | None = None) -> bytes:
    return key.sign(message, padding.PKCS1v15(), algorithm or hashes.SHA256())


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_a_signature_cryptography_makes_verifies(message: bytes) -> None:
    assert rs256.verify(message, sign(message), public(KEY))


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=1, max_size=200), st.integers(min_value=0, max_value=255))
def test_any_changed_byte_of_the_signature_is_refused(message: bytes, position: int) -> None:
    signature = bytearray(sign(message))
    signature[position] ^= 0x01
    assert not rs256.verify(message, bytes(signature), public(KEY))


def test_another_key_another_message_another_hash_are_refused() -> None:
    message = b"header.payload"
    assert not rs256.verify(message, sign(message, OTHER), public(KEY))
    assert not rs256.verify(b"header.payloaD", sign(message), public(KEY))
    assert not rs256.verify(message, sign(message, algorithm=hashes.SHA512()), public(KEY))
    assert not rs256.verify(message, sign(message, algorithm=hashes.SHA1()), public(KEY))


def test_malformed_signatures_are_refused_not_raised() -> None:
    key = public(KEY)
    signature = sign(b"m")
    assert not rs256.verify(b"m", signature[:-1], key)  # too short
    assert not rs256.verify(b"m", b"\x00" + signature, key)  # too long
    assert not rs256.verify(b"m", key.n.to_bytes(256, "big"), key)  # s >= n
    assert not rs256.verify(b"m", b"\x00" * 256, key)


def b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_a_jwk_is_read_and_small_or_odd_keys_are_refused() -> None:
    key = public(KEY)
    assert rs256.RSAPublicKey.from_jwk({"kty": "RSA", "n": b64(key.n), "e": b64(key.e)}) == key
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(ValueError):
        rs256.RSAPublicKey.from_jwk({"kty": "RSA", "n": b64(public(small).n), "e": "AQAB"})
    with pytest.raises(ValueError):
        rs256.RSAPublicKey.from_jwk({"kty": "EC", "x": "a", "y": "b"})
    with pytest.raises(ValueError):
        rs256.RSAPublicKey.from_jwk({"kty": "RSA", "n": b64(key.n), "e": b64(4)})


def test_the_decoder_knows_rs256_only() -> None:
    decoder = rs256.decoder()
    token = jwt.encode({"sub": "a"}, KEY, algorithm="RS256")
    assert decoder.decode(token, public(KEY), algorithms=["RS256"]) == {"sub": "a"}
    hs = jwt.encode({"sub": "a"}, "secret-secret-secret-secret-secret", algorithm="HS256")
    with pytest.raises(jwt.InvalidTokenError):
        decoder.decode(hs, public(KEY), algorithms=["RS256", "HS256"])
    unsigned = jwt.encode({"sub": "a"}, None, algorithm="none")
    with pytest.raises(jwt.InvalidTokenError):
        decoder.decode(unsigned, public(KEY), algorithms=["RS256", "none"])


def test_the_verifier_refuses_to_sign_or_write_keys_by_design() -> None:
    """PyJWT's `Algorithm` asks for signing and for writing JWKs; the Lambda only verifies
    (the local issuer signs with PyJWT's own RS256), so both refuse, and saying so is the whole
    of them: no token can be forged through this class."""
    algorithm = rs256.LightRS256()
    with pytest.raises(NotImplementedError, match="does not sign"):
        algorithm.sign(b"header.payload", public(KEY))
    with pytest.raises(NotImplementedError, match="does not write"):
        rs256.LightRS256.to_jwk(public(KEY))
    assert algorithm.verify(b"header.payload", public(KEY), sign(b"header.payload"))
