"""Settings: a cloud stage refuses local-only parts, Cognito needs its ids, and the local
stage starts from an empty environment (no AWS variables at all)."""
from __future__ import annotations

import os

import pytest

from chalicelib import runtime
from chalicelib.config import PROJECT_DIR, ConfigError, settings_from
from tests.conftest import Api

FULL_DEV = {
    "FOREVERUS_STAGE": "dev",
    "AWS_REGION": "us-east-1",
    "FOREVERUS_COGNITO_USER_POOL_ID": "us-east-1_AbCdEf123",
    "FOREVERUS_COGNITO_CLIENT_ID": "client123",
    "FOREVERUS_COGNITO_DOMAIN": "forever-us-dev.auth.us-east-1.amazoncognito.com",
}

UNSAFE_IN_THE_CLOUD = {
    # the variable, the value that must be refused, a word the message must contain
    "store_sqlite": ("FOREVERUS_STORE", "sqlite", "sqlite"),
    "auth_local": ("FOREVERUS_AUTH", "local", "local sign-in"),
    "llm_local": ("FOREVERUS_LLM_PROVIDER", "local", "local"),
}


@pytest.mark.parametrize("stage", ["dev", "prod"])
@pytest.mark.parametrize("case", list(UNSAFE_IN_THE_CLOUD))
def test_cloud_stage_refuses_a_local_only_setting(stage: str, case: str) -> None:
    variable, value, word = UNSAFE_IN_THE_CLOUD[case]
    with pytest.raises(ConfigError) as raised:
        settings_from({**FULL_DEV, "FOREVERUS_STAGE": stage, variable: value})
    message = str(raised.value)
    assert stage in message and word in message.lower(), message


@pytest.mark.parametrize("case", list(UNSAFE_IN_THE_CLOUD))
def test_cloud_refusal_names_the_variable_to_change(case: str) -> None:
    variable, value, _ = UNSAFE_IN_THE_CLOUD[case]
    with pytest.raises(ConfigError) as raised:
        settings_from({**FULL_DEV, variable: value})
    assert variable in str(raised.value), str(raised.value)


@pytest.mark.parametrize("stage", ["dev", "prod", "local"])
@pytest.mark.parametrize("missing", [("FOREVERUS_COGNITO_USER_POOL_ID",),
                                     ("FOREVERUS_COGNITO_CLIENT_ID",),
                                     ("FOREVERUS_COGNITO_USER_POOL_ID",
                                      "FOREVERUS_COGNITO_CLIENT_ID")])
def test_cognito_without_its_ids_is_refused(stage: str, missing: tuple[str, ...]) -> None:
    env = {**FULL_DEV, "FOREVERUS_STAGE": stage, "FOREVERUS_AUTH": "cognito"}
    for name in missing:
        env[name] = "  "  # blank counts as missing
    with pytest.raises(ConfigError) as raised:
        settings_from(env)
    for name in missing:
        assert name in str(raised.value)


@pytest.mark.parametrize("variable", ["FOREVERUS_STAGE", "FOREVERUS_STORE", "FOREVERUS_AUTH",
                                      "FOREVERUS_LLM_PROVIDER"])
def test_unknown_choice_is_refused_naming_the_variable(variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        settings_from({variable: "staging"})


def test_full_dev_config_is_accepted_with_cloud_defaults() -> None:
    s = settings_from(FULL_DEV)
    assert (s.stage, s.store, s.auth, s.llm_provider) == ("dev", "dynamodb", "cognito", "bedrock")
    assert s.is_cloud
    assert s.table_name == "forever-us-dev"
    assert s.cognito_issuer == "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123"
    assert s.jwks_url == s.cognito_issuer + "/.well-known/jwks.json"


def test_full_prod_config_is_accepted() -> None:
    s = settings_from({**FULL_DEV, "FOREVERUS_STAGE": "prod"})
    assert (s.stage, s.store, s.auth, s.table_name) == ("prod", "dynamodb", "cognito",
                                                        "forever-us-prod")


def test_local_stage_starts_from_an_empty_environment() -> None:
    s = settings_from({})
    assert (s.stage, s.store, s.auth, s.llm_provider) == ("local", "sqlite", "local", "grounded")
    assert not s.is_cloud
    assert s.data_dir == PROJECT_DIR / ".data"
    assert s.aws_region == "us-east-1"


def test_app_runs_locally_without_any_aws_variable(sqlite_api: Api, monkeypatch) -> None:
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    runtime.reset()
    user = sqlite_api.login("alice@example.com", "Alice")
    r = sqlite_api.call("GET", "/api/me", user)
    assert r.status_code == 200, r.body
    assert sqlite_api.call("GET", "/api/health").status_code == 200


def test_local_login_is_404_when_the_app_uses_cognito(sqlite_api: Api, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_AUTH", "cognito")
    monkeypatch.setenv("FOREVERUS_COGNITO_USER_POOL_ID", "us-east-1_TEST")
    monkeypatch.setenv("FOREVERUS_COGNITO_CLIENT_ID", "client123")
    runtime.reset()
    r = sqlite_api.call("POST", "/api/auth/local/login",
                        body={"email": "alice@example.com", "name": "Alice"})
    assert r.status_code == 404, r.body
    assert r.json_body["Code"] == "NotFoundError"


@pytest.mark.parametrize("raw", ['{"m": [1]}', "not json", '["m", 1, 2]', '{"m": [-1, 2]}',
                                 '{"m": ["a", 2]}'])
def test_bad_prices_stop_the_start_not_a_paid_turn(raw: str) -> None:
    from chalicelib.config import ConfigError, settings_from
    with pytest.raises(ConfigError, match="FOREVERUS_PRICES"):
        settings_from({"FOREVERUS_PRICES": raw})


def test_prices_from_the_environment_are_used(monkeypatch) -> None:
    from chalicelib import runtime
    from chalicelib.llm.pricing import cost_usd
    monkeypatch.setenv("FOREVERUS_PRICES", '{"my-model": [1.0, 2.0]}')
    runtime.reset()
    assert cost_usd("my-model", 1000, 500) == 2.0
    assert cost_usd("mistral.mistral-7b-instruct-v0:2", 1000, 1000) == 0.00035


def test_make_run_answers_with_the_grounded_composer_by_default() -> None:
    """`make run` applies the local stage's variables: they must not pick the small local
    model, which cannot write Portuguese and invents (docs/persona.md)."""
    import json
    config = json.loads((PROJECT_DIR / ".chalice" / "config.json").read_text())
    local = config["stages"]["local"]["environment_variables"]
    assert settings_from(local).llm_provider == "grounded"
