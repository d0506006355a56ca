"""`make smoke`: the API's checks, run here against `make run`'s own server (scripts/serve.py)
on a free port, as an operator would run them against a deployment."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chalicelib import runtime
from tests.servers import running_site

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "scripts"))
import smoke  # noqa: E402


def test_every_check_passes_against_the_local_server(capsys) -> None:
    with running_site() as url:
        assert smoke.main(["--stage", "local", "--url", url]) == 0
    out = capsys.readouterr().out
    for check in ("health", "config", "site", "security headers", "refusals", "signed in",
                  "a family's walk", "clean up"):
        assert f"ok   {check}" in out, out
    assert "FAIL" not in out and "smoke@example.com" not in out
    # it deleted what it made: no persona left
    assert runtime.store().local_user("smoke@example.com") is not None
    user = runtime.store().local_user("smoke@example.com")
    assert list(runtime.store().memberships_of(user)) == []


def test_a_failing_check_fails_the_run(monkeypatch, capsys) -> None:
    """A header the server does not send is caught (and the run still cleans up)."""
    with running_site() as url:
        checker = smoke.Smoke(url)
        checker.token = smoke.local_token(checker)
        monkeypatch.setitem(smoke.HEADERS_WANTED, "x-not-sent", "anything")
        assert smoke.run_checks(checker, "local") is False
    out = capsys.readouterr().out
    assert "FAIL security headers" in out and "ok   clean up" in out


def test_a_wrong_stage_or_a_missing_deployment_is_a_plain_message(capsys, tmp_path,
                                                                   monkeypatch) -> None:
    assert smoke.main(["--stage", "staging"]) == 2
    assert "STAGE must be local, dev or prod" in capsys.readouterr().err
    monkeypatch.setattr(smoke, "PROJECT", tmp_path)
    assert smoke.main(["--stage", "prod"]) == 2
    assert "make deploy STAGE=prod" in capsys.readouterr().err


def test_on_aws_it_needs_an_operators_token(capsys, tmp_path, monkeypatch) -> None:
    (tmp_path / ".chalice").mkdir()
    (tmp_path / ".chalice" / "stage-outputs-dev.json").write_text(json.dumps({
        "region": "us-east-1", "outputs": {"SiteUrl": "https://d111.cloudfront.net",
                                           "UserPoolClientId": "client1"}}))
    monkeypatch.setattr(smoke, "PROJECT", tmp_path)
    monkeypatch.delenv("SMOKE_TOKEN", raising=False)
    monkeypatch.delenv("SMOKE_REFRESH_TOKEN", raising=False)
    assert smoke.main(["--stage", "dev"]) == 2
    assert "SMOKE_TOKEN" in capsys.readouterr().err


def test_a_refresh_token_is_exchanged_with_cognito(monkeypatch) -> None:
    from moto import mock_aws
    import boto3
    with mock_aws():
        idp = boto3.client("cognito-idp", region_name="us-east-1")
        pool = idp.create_user_pool(PoolName="p", UsernameAttributes=["email"])["UserPool"]["Id"]
        client = idp.create_user_pool_client(
            UserPoolId=pool, ClientName="site",
            ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        )["UserPoolClient"]["ClientId"]
        idp.admin_create_user(UserPoolId=pool, Username="op@example.com",
                              TemporaryPassword="Temp-Password-1", MessageAction="SUPPRESS")
        idp.admin_set_user_password(UserPoolId=pool, Username="op@example.com",
                                    Password="Real-Password-12", Permanent=True)
        tokens = idp.admin_initiate_auth(
            UserPoolId=pool, ClientId=client, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "op@example.com", "PASSWORD": "Real-Password-12"},
        )["AuthenticationResult"]
        monkeypatch.delenv("SMOKE_TOKEN", raising=False)
        monkeypatch.setenv("SMOKE_REFRESH_TOKEN", tokens["RefreshToken"])
        token = smoke.cognito_token({"region": "us-east-1",
                                     "outputs": {"UserPoolClientId": client}})
    assert token.count(".") == 2  # a JWT


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_smoke_runs_the_script() -> None:
    done = subprocess.run(["make", "-n", "smoke", "STAGE=local"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=30)
    assert 'scripts/smoke.py --stage "local"' in done.stdout
