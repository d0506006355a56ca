"""The process's shared parts, built on first use (cheap cold starts; moto can mock them)."""
from __future__ import annotations

from functools import lru_cache

from chalicelib.config import get_settings
from chalicelib.identity import LocalIssuer, TokenVerifier, cognito_verifier
from chalicelib.store.repository import Store


@lru_cache(maxsize=1)
def store() -> Store:
    """The store the stage's settings choose."""
    settings = get_settings()
    if settings.store == "sqlite":
        from chalicelib.store.sqlite import SqliteTable
        return Store(SqliteTable(settings.sqlite_path))
    import boto3
    from botocore.config import Config

    from chalicelib.store.dynamodb import DynamoTable
    client = boto3.client("dynamodb", region_name=settings.aws_region, config=Config(
        retries={"mode": "standard", "max_attempts": 3}, connect_timeout=2, read_timeout=5))
    return Store(DynamoTable(client, settings.table_name))


@lru_cache(maxsize=1)
def local_issuer() -> LocalIssuer:
    """The local stage's token issuer (its key lives under .data/)."""
    settings = get_settings()
    return LocalIssuer(settings.data_dir / "local-signing-key.pem",
                       settings.local_token_ttl_seconds)


@lru_cache(maxsize=1)
def verifier() -> TokenVerifier:
    """The one token verifier, for whichever issuer the stage uses."""
    settings = get_settings()
    if settings.auth == "local":
        return local_issuer().verifier()
    return cognito_verifier(settings.cognito_issuer, settings.cognito_client_id,
                            settings.jwks_url)


def reset() -> None:
    """Forget every built part (tests change the environment between cases)."""
    if store.cache_info().currsize:
        close = getattr(store().table, "close", None)
        if close is not None:
            close()
    get_settings.cache_clear()
    store.cache_clear()
    local_issuer.cache_clear()
    verifier.cache_clear()
