"""The process's shared parts, built on first use (cheap cold starts; moto can mock them)."""
from __future__ import annotations

from functools import lru_cache

from chalicelib.config import get_settings
from chalicelib.logs import log
from chalicelib.identity import LocalIssuer, TokenVerifier, UserPool, cognito_verifier
from chalicelib.llm.authentic import AUTHENTIC
from chalicelib.llm.base import Provider
from chalicelib.ops.instance import ModelInstance
from chalicelib.ops.power import PowerSwitch
from chalicelib.ops.prices import instance_hourly
from chalicelib.persona.embeddings import (
    LOCAL_MODEL, TITAN_V2, Embedder, LocalEmbedder, TitanEmbedder,
)
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


@lru_cache(maxsize=1)  # lru_cache does not lock; the key file creation does
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


@lru_cache(maxsize=1)
def user_pool() -> UserPool | None:
    """The Cognito user pool, where the stage signs people in through it."""
    settings = get_settings()
    if settings.auth != "cognito":
        return None
    import boto3
    from botocore.config import Config
    client = boto3.client("cognito-idp", region_name=settings.aws_region, config=Config(
        retries={"mode": "standard", "max_attempts": 3}, connect_timeout=2, read_timeout=5))
    return UserPool(client, settings.cognito_user_pool_id)


@lru_cache(maxsize=1)
def provider() -> Provider:
    """The model provider the stage's settings choose (built once; the model loads once)."""
    settings = get_settings()
    if settings.llm_provider == "local":
        from chalicelib.llm.local import LocalProvider
        return LocalProvider(settings.local_model_path or None)
    if settings.llm_provider == "bedrock":
        import boto3

        from chalicelib.llm.bedrock import MODEL_ID, BedrockProvider, client_config
        client = boto3.client("bedrock-runtime", region_name=settings.aws_region,
                              config=client_config())
        return BedrockProvider(client, settings.llm_model or MODEL_ID)
    if settings.llm_provider == "openai":
        from chalicelib.config import ConfigError
        from chalicelib.llm.openai import OpenAICompatibleProvider
        if not settings.openai_model:  # never "default": vLLM and Ollama refuse a made-up name
            raise ConfigError("the openai provider needs FOREVERUS_OPENAI_MODEL, the model "
                              "name its server serves")
        if settings.has_model_instance:  # its address, key and pin: found at each request
            return OpenAICompatibleProvider("", settings.openai_model, endpoints=power())
        return OpenAICompatibleProvider(settings.openai_base_url, settings.openai_model,
                                        settings.openai_api_key)
    if settings.llm_provider == "grounded":
        from chalicelib.llm.grounded import GROUNDED
        return GROUNDED
    return AUTHENTIC


@lru_cache(maxsize=1)
def power() -> PowerSwitch:
    """The AI power switch, with the EC2 model instance when the stage has one."""
    settings = get_settings()
    instance = server = None
    if settings.llm_provider == "openai" and settings.has_model_instance:
        import boto3
        from botocore.config import Config

        from chalicelib.ops.model_server import ModelServer
        quick = Config(connect_timeout=2, read_timeout=5,
                       retries={"mode": "standard", "max_attempts": 2})
        instance = ModelInstance(boto3.client("ec2", region_name=settings.aws_region,
                                              config=quick),
                                 settings.model_instance_id, settings.model_instance_tag)
        server = ModelServer(boto3.client("ssm", region_name=settings.aws_region, config=quick),
                             settings.stage, settings.openai_model)
    return PowerSwitch(store(), default_mode=settings.power_default,
                       budget_usd=settings.monthly_budget_usd,
                       idle_minutes=settings.idle_minutes, instance=instance, server=server,
                       start_minutes=settings.model_start_minutes,
                       hourly_usd=instance_hourly(settings.model_instance_type))


@lru_cache(maxsize=1)
def embedder() -> Embedder | None:
    """The embeddings of the hybrid ranking: the multilingual Universal Sentence Encoder in
    process by default on the local stage (FOREVERUS_EMBEDDINGS=local), Titan on Bedrock with
    FOREVERUS_EMBEDDINGS=titan, none with FOREVERUS_EMBEDDINGS=none. Without the local
    package installed, words alone."""
    settings = get_settings()
    if settings.embeddings == "local":
        try:
            return LocalEmbedder()
        except (ImportError, OSError, RuntimeError) as error:
            log("embeddings_unavailable", model=LOCAL_MODEL, error=type(error).__name__)
            return None
    if settings.embeddings != "titan":
        return None
    import boto3
    from botocore.config import Config
    client = boto3.client("bedrock-runtime", region_name=settings.aws_region, config=Config(
        connect_timeout=2, read_timeout=5, retries={"mode": "standard", "max_attempts": 2}))
    return TitanEmbedder(client, settings.embeddings_model or TITAN_V2)


def reset() -> None:
    """Forget every built part (tests change the environment between cases)."""
    if _BUILT[1].cache_info().currsize:
        close = getattr(_BUILT[1]().table, "close", None)
        if close is not None:
            close()
    for built in _BUILT:
        built.cache_clear()


_BUILT = (get_settings, store, local_issuer, verifier, user_pool, provider, power, embedder)
