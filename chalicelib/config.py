"""Settings read once from the environment and validated before anything uses them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping

PROJECT_DIR = Path(__file__).resolve().parent.parent
STAGES = ("local", "dev", "prod")
STORES = ("sqlite", "dynamodb")
AUTH_MODES = ("local", "cognito")
LLM_PROVIDERS = ("authentic", "local", "bedrock", "openai")
LANGUAGES = ("pt-BR", "en")


class ConfigError(RuntimeError):
    """The environment describes a stage that must not start."""


@dataclass(frozen=True)
class Settings:
    """Everything the app reads from its environment, validated once."""

    stage: str = "local"
    store: str = "sqlite"
    data_dir: Path = PROJECT_DIR / ".data"
    table_name: str = "forever-us-local"
    aws_region: str = "us-east-1"
    auth: str = "local"
    cognito_user_pool_id: str = ""
    cognito_client_id: str = ""
    cognito_domain: str = ""
    cognito_jwks_url: str = ""
    local_token_ttl_seconds: int = 12 * 3600
    llm_provider: str = "authentic"
    admin_emails: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_cloud(self) -> bool:
        """True for the stages that run on AWS."""
        return self.stage != "local"

    @property
    def sqlite_path(self) -> Path:
        """Where the local store keeps its file."""
        return self.data_dir / "forever-us.sqlite3"

    @property
    def cognito_issuer(self) -> str:
        """The `iss` claim Cognito puts in this pool's tokens."""
        return f"https://cognito-idp.{self.aws_region}.amazonaws.com/{self.cognito_user_pool_id}"

    @property
    def jwks_url(self) -> str:
        """Where the pool publishes its signing keys (overridable for a test server)."""
        return self.cognito_jwks_url or f"{self.cognito_issuer}/.well-known/jwks.json"


def _choice(env: Mapping[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = env.get(name, "").strip() or default
    if value not in allowed:
        raise ConfigError(f"{name}={value!r} is not one of {', '.join(allowed)}")
    return value


def settings_from(env: Mapping[str, str]) -> Settings:
    """Build and validate settings from an environment mapping."""
    stage = _choice(env, "FOREVERUS_STAGE", STAGES, "local")
    cloud = stage != "local"
    settings = Settings(
        stage=stage,
        store=_choice(env, "FOREVERUS_STORE", STORES, "dynamodb" if cloud else "sqlite"),
        data_dir=Path(env.get("FOREVERUS_DATA_DIR") or PROJECT_DIR / ".data"),
        table_name=env.get("FOREVERUS_TABLE", "").strip() or f"forever-us-{stage}",
        aws_region=env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "us-east-1",
        auth=_choice(env, "FOREVERUS_AUTH", AUTH_MODES, "cognito" if cloud else "local"),
        cognito_user_pool_id=env.get("FOREVERUS_COGNITO_USER_POOL_ID", "").strip(),
        cognito_client_id=env.get("FOREVERUS_COGNITO_CLIENT_ID", "").strip(),
        cognito_domain=env.get("FOREVERUS_COGNITO_DOMAIN", "").strip(),
        cognito_jwks_url=env.get("FOREVERUS_COGNITO_JWKS_URL", "").strip(),
        llm_provider=_choice(env, "FOREVERUS_LLM_PROVIDER", LLM_PROVIDERS,
                             "bedrock" if cloud else "local"),
        admin_emails=frozenset(
            e.strip().lower() for e in env.get("FOREVERUS_ADMIN_EMAILS", "").split(",") if e.strip()
        ),
    )
    _refuse_unsafe(settings)
    return settings


def _refuse_unsafe(s: Settings) -> None:
    if s.is_cloud and s.store == "sqlite":
        raise ConfigError(f"stage {s.stage} runs on Lambda: SQLite is local-only, use dynamodb")
    if s.is_cloud and s.auth == "local":
        raise ConfigError(f"stage {s.stage} must not accept the local sign-in: use cognito")
    if s.is_cloud and s.llm_provider == "local":
        raise ConfigError(f"stage {s.stage} cannot load a local GGUF model: use bedrock or openai")
    if s.auth == "cognito" and not (s.cognito_user_pool_id and s.cognito_client_id):
        raise ConfigError("cognito sign-in needs FOREVERUS_COGNITO_USER_POOL_ID and "
                          "FOREVERUS_COGNITO_CLIENT_ID")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read on first use."""
    return settings_from(os.environ)
