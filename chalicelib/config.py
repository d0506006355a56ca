"""Settings read once from the environment and validated before anything uses them."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping

PROJECT_DIR = Path(__file__).resolve().parent.parent
STAGES = ("local", "dev", "prod")
STORES = ("sqlite", "dynamodb")
AUTH_MODES = ("local", "cognito")
COGNITO_ID_TOKEN_MAX = 24 * 3600  # the longest ID token a user pool can issue
LLM_PROVIDERS = ("grounded", "authentic", "local", "bedrock", "openai")
LANGUAGES = ("pt-BR", "en")
# Who may create an account: anyone, only e-mails with a pending invitation (and operators),
# or nobody new. The cloud's default keeps strangers from spending the family's budget.
SIGNUP_MODES = ("open", "invite-only", "closed")
# Who reads replies aloud (chalicelib/voice/; docs/voice.md): the visitor's browser, espeak-ng on
# the local server, or Amazon Polly.
SPEECH_ENGINES = ("browser", "espeak", "polly")
ORIGIN_SECRET_MIN = 32  # characters; deploy generates 43 (secrets.token_urlsafe(32))


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
    llm_provider: str = "grounded"
    llm_model: str = ""
    llm_max_tokens: int = 256
    llm_temperature: float = 0.0
    prompt_budget_tokens: int = 2000
    reply_deadline_s: float = 20.0
    # The reply socket (docs/streaming.md): where the site opens it, and a streamed turn's
    # deadline, which API Gateway's 29 s does not bound.
    stream_url: str = ""
    stream_deadline_s: float = 20.0
    local_model_path: str = ""
    openai_base_url: str = ""
    openai_api_key: str = ""
    # The model name the OpenAI-compatible server serves (its alias): never a made-up default,
    # which servers such as vLLM and Ollama refuse (docs/model-serving.md).
    openai_model: str = ""
    admin_emails: frozenset[str] = field(default_factory=frozenset)
    monthly_budget_usd: float = 20.0
    daily_message_cap: int = 200
    power_default: str = "on"
    idle_minutes: int = 30
    model_instance_id: str = ""
    model_instance_tag: str = ""
    model_instance_type: str = ""  # its price per hour is in chalicelib/ops/prices.py
    model_start_minutes: int = 20  # not healthy this long after a start: stopped, failed
    budget_name: str = ""
    aws_account_id: str = ""
    report_minutes: int = 60
    embeddings: str = ""
    embeddings_model: str = ""
    prices: tuple[tuple[str, float, float], ...] = ()  # FOREVERUS_PRICES, checked at start
    signup: str = "open"
    # CloudFront sends it on every request to the API (an origin custom header); a request to
    # the execute-api address without it is refused (chalicelib/edge.py).
    origin_secret: str = ""
    # The private bucket of uploads and photos (infra/stack.yaml); empty locally, where files
    # live under `data_dir`.
    files_bucket: str = ""
    speech: str = "browser"

    @property
    def is_cloud(self) -> bool:
        """True for the stages that run on AWS."""
        return self.stage != "local"

    @property
    def has_model_instance(self) -> bool:
        """Whether an EC2 instance, found by id or tag, serves the openai provider's model."""
        return bool(self.model_instance_id or self.model_instance_tag)

    @property
    def sqlite_path(self) -> Path:
        """Where the local store keeps its file."""
        return self.data_dir / "forever-us.sqlite3"

    @property
    def token_lifetime_seconds(self) -> int:
        """How long a token this stage accepts can live: the local issuer's, or Cognito's ID
        token (infra/stack.yaml sets 60 minutes; a pool may allow up to a day)."""
        return self.local_token_ttl_seconds if self.auth == "local" else COGNITO_ID_TOKEN_MAX

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
        shown = ", ".join(a or "(empty)" for a in allowed)
        raise ConfigError(f"{name}={value!r} is not one of {shown}")
    return value


def _prices(raw: str) -> tuple[tuple[str, float, float], ...]:
    """FOREVERUS_PRICES: {"model id": [input, output]} in USD per 1,000 tokens. A bad value
    stops the start, not a turn whose model has already answered (and been paid for)."""
    if not raw.strip():
        return ()
    try:
        table = json.loads(raw)
        prices = tuple((str(model), float(pair[0]), float(pair[1]))
                       for model, pair in table.items() if len(pair) == 2)
        if len(prices) != len(table) or any(p < 0 or q < 0 for _, p, q in prices):
            raise ValueError("two prices, not negative")
        return prices
    except (ValueError, TypeError, AttributeError, KeyError, IndexError):
        raise ConfigError('FOREVERUS_PRICES must be {"model id": [input, output]} in USD per '
                          "1,000 tokens") from None


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}")
    return value


# S3's rule for a bucket's name: 3 to 63 lower-case letters, digits, dots and hyphens, starting
# and ending with a letter or digit.
_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")


def _files_bucket(env: Mapping[str, str], stage: str) -> str:
    """FOREVERUS_FILES_BUCKET, or on AWS the stack's name for it (infra/stack.yaml:
    forever-us-<stage>-files-<account>) when the account is known; empty locally."""
    named = env.get("FOREVERUS_FILES_BUCKET", "").strip()
    account = env.get("FOREVERUS_AWS_ACCOUNT_ID", "").strip()
    if not named and stage != "local" and account:
        named = f"forever-us-{stage}-files-{account}"
    if named and (not _BUCKET_NAME.fullmatch(named) or ".." in named):
        raise ConfigError(f"FOREVERUS_FILES_BUCKET={named!r} is not an S3 bucket name (3 to 63 "
                          "lower-case letters, digits, dots and hyphens)")
    return named


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
                             "bedrock" if cloud else "grounded"),
        llm_model=env.get("FOREVERUS_LLM_MODEL", "").strip(),
        llm_max_tokens=int(_number(env, "FOREVERUS_LLM_MAX_TOKENS", 256, 16, 2048)),
        llm_temperature=_number(env, "FOREVERUS_LLM_TEMPERATURE", 0.0 if not cloud else 0.3,
                                0.0, 1.0),
        prompt_budget_tokens=int(_number(env, "FOREVERUS_PROMPT_BUDGET", 2000, 400, 30000)),
        # A whole turn, the model's reading of the prompt included; on AWS it must end inside
        # API Gateway's 29 s, with room for the writes after it.
        reply_deadline_s=_number(env, "FOREVERUS_REPLY_DEADLINE_S", 25.0 if cloud else 20.0,
                                 1.0, 28.0 if cloud else 300.0),
        stream_url=env.get("FOREVERUS_STREAM_URL", "").strip(),
        stream_deadline_s=_number(env, "FOREVERUS_STREAM_DEADLINE_S", 60.0 if cloud else 20.0,
                                  1.0, 600.0),
        local_model_path=env.get("FOREVERUS_LOCAL_MODEL_PATH", "").strip(),
        openai_base_url=env.get("FOREVERUS_OPENAI_BASE_URL", "").strip(),
        openai_api_key=env.get("FOREVERUS_OPENAI_API_KEY", "").strip(),
        openai_model=(env.get("FOREVERUS_OPENAI_MODEL", "").strip()
                      or env.get("FOREVERUS_LLM_MODEL", "").strip()),
        monthly_budget_usd=_number(env, "FOREVERUS_MONTHLY_BUDGET_USD", 20.0, 0.0, 1_000_000.0),
        daily_message_cap=int(_number(env, "FOREVERUS_DAILY_MESSAGE_CAP", 200, 0, 100_000)),
        power_default=_choice(env, "FOREVERUS_POWER_DEFAULT", ("on", "off", "auto"), "on"),
        idle_minutes=int(_number(env, "FOREVERUS_IDLE_MINUTES", 30, 1, 24 * 60)),
        model_instance_id=env.get("FOREVERUS_MODEL_INSTANCE_ID", "").strip(),
        model_instance_tag=env.get("FOREVERUS_MODEL_INSTANCE_TAG", "").strip(),
        model_instance_type=env.get("FOREVERUS_MODEL_INSTANCE_TYPE", "").strip(),
        model_start_minutes=int(_number(env, "FOREVERUS_MODEL_START_MINUTES", 20, 5, 120)),
        budget_name=env.get("FOREVERUS_BUDGET_NAME", "").strip(),
        aws_account_id=env.get("FOREVERUS_AWS_ACCOUNT_ID", "").strip(),
        report_minutes=int(_number(env, "FOREVERUS_REPORT_MINUTES", 60, 5, 24 * 60)),
        # local: the multilingual Universal Sentence Encoder in process (make run); titan:
        # Bedrock; none: words alone
        embeddings=_choice(env, "FOREVERUS_EMBEDDINGS", ("none", "titan", "local"),
                           "none" if cloud else "local"),
        embeddings_model=env.get("FOREVERUS_EMBEDDINGS_MODEL", "").strip(),
        prices=_prices(env.get("FOREVERUS_PRICES", "")),
        signup=_choice(env, "FOREVERUS_SIGNUP", SIGNUP_MODES, "invite-only" if cloud else "open"),
        origin_secret=env.get("FOREVERUS_ORIGIN_SECRET", "").strip(),
        files_bucket=_files_bucket(env, stage),
        speech=_choice(env, "FOREVERUS_SPEECH", SPEECH_ENGINES, "polly" if cloud else "browser"),
        admin_emails=frozenset(
            e.strip().lower() for e in env.get("FOREVERUS_ADMIN_EMAILS", "").split(",") if e.strip()
        ),
    )
    _refuse_unsafe(settings, on_lambda=bool(env.get("AWS_LAMBDA_FUNCTION_NAME")))
    return settings


def _refuse_unsafe(s: Settings, on_lambda: bool = False) -> None:
    if s.is_cloud and on_lambda and not s.origin_secret:
        raise ConfigError(f"stage {s.stage} on Lambda needs FOREVERUS_ORIGIN_SECRET (make deploy "
                          "sets it): without it the execute-api address would bypass CloudFront")
    if s.origin_secret and len(s.origin_secret) < ORIGIN_SECRET_MIN:
        raise ConfigError(f"FOREVERUS_ORIGIN_SECRET must be at least {ORIGIN_SECRET_MIN} "
                          "characters")
    if s.stream_url and not s.stream_url.startswith(("wss://", "ws://127.0.0.1:",
                                                    "ws://localhost:")):
        raise ConfigError("FOREVERUS_STREAM_URL must be a wss:// address (ws:// only on "
                          "127.0.0.1 or localhost)")
    if s.is_cloud and s.store == "sqlite":
        raise ConfigError(f"stage {s.stage} runs on Lambda: FOREVERUS_STORE=sqlite is local-only; "
                          "set FOREVERUS_STORE=dynamodb")
    if s.is_cloud and s.auth == "local":
        raise ConfigError(f"stage {s.stage} must not accept the local sign-in: set "
                          "FOREVERUS_AUTH=cognito")
    if s.is_cloud and s.llm_provider == "local":
        raise ConfigError(f"stage {s.stage} cannot load a local GGUF model: set "
                          "FOREVERUS_LLM_PROVIDER to bedrock, openai, grounded or authentic")
    if s.is_cloud and s.embeddings == "local":
        raise ConfigError(f"stage {s.stage} runs on Lambda, which has no local embedding "
                          "engine: set FOREVERUS_EMBEDDINGS to titan or none")
    if s.is_cloud and s.speech == "espeak":
        raise ConfigError(f"stage {s.stage} runs on Lambda, which has no espeak-ng: set "
                          "FOREVERUS_SPEECH to polly or browser")
    if s.model_instance_tag and "=" not in s.model_instance_tag:
        raise ConfigError("FOREVERUS_MODEL_INSTANCE_TAG must be key=value, "
                          "e.g. forever-us:model=prod")
    if s.llm_provider == "openai" and not (s.openai_base_url or s.has_model_instance):
        raise ConfigError("the openai provider needs FOREVERUS_OPENAI_BASE_URL, or a model "
                          "instance (FOREVERUS_MODEL_INSTANCE_ID or _TAG) whose address it finds")
    if s.is_cloud and s.llm_provider == "openai" and not s.has_model_instance and \
            not s.openai_base_url.startswith("https://"):
        raise ConfigError("FOREVERUS_OPENAI_BASE_URL must be https:// on a cloud stage: the "
                          "family's words and the server's key would cross the internet")
    if on_lambda and s.llm_provider == "openai" and not s.openai_model:
        raise ConfigError("the openai provider needs FOREVERUS_OPENAI_MODEL, the model name "
                          "its server serves (make deploy sets it for the model instance)")
    if s.auth == "cognito" and not (s.cognito_user_pool_id and s.cognito_client_id):
        raise ConfigError("cognito sign-in needs FOREVERUS_COGNITO_USER_POOL_ID and "
                          "FOREVERUS_COGNITO_CLIENT_ID")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read on first use."""
    return settings_from(os.environ)
