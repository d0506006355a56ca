"""The API on AWS answers only what came through CloudFront, and every answer carries the
security headers (chalicelib/edge.py; the secret is CloudFront's origin header in
infra/stack.yaml)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chalicelib import edge, runtime
from chalicelib.config import ConfigError, settings_from
from tests.conftest import make_client

PROJECT = Path(__file__).resolve().parents[2]
SECRET = "s" * 43
CLOUD = {"FOREVERUS_STAGE": "prod", "FOREVERUS_COGNITO_USER_POOL_ID": "us-east-1_TEST",
         "FOREVERUS_COGNITO_CLIENT_ID": "client123"}


@pytest.fixture
def cloud(dynamodb, monkeypatch, tmp_path):
    for name, value in {**CLOUD, "FOREVERUS_ORIGIN_SECRET": SECRET}.items():
        monkeypatch.setenv(name, value)
    runtime.reset()
    with make_client(tmp_path) as client:
        yield client


def get(client, path: str, **headers: str):
    return client.http.get(path, headers=headers)


def test_without_cloudfronts_secret_the_api_refuses_before_any_route(cloud) -> None:
    for headers in ({}, {edge.ORIGIN_HEADER: ""}, {edge.ORIGIN_HEADER: "s" * 42},
                    {edge.ORIGIN_HEADER: SECRET + "x"}, {"x-forwarded-for": "1.2.3.4"}):
        r = get(cloud, "/api/health", **headers)
        assert r.status_code == 403, headers
        assert r.json_body["Code"] == "ForbiddenError"
        assert "site's address" in r.json_body["Message"]


def test_through_cloudfront_every_route_answers_as_before(cloud) -> None:
    r = get(cloud, "/api/health", **{edge.ORIGIN_HEADER: SECRET})
    assert r.status_code == 200 and r.json_body["stage"] == "prod"
    r = get(cloud, "/api/me", **{edge.ORIGIN_HEADER: SECRET})
    assert r.status_code == 401  # the origin secret is not a sign-in


@pytest.mark.parametrize("path,secret,status", [
    ("/api/health", SECRET, 200), ("/api/config", SECRET, 200), ("/api/me", SECRET, 401),
    ("/api/auth/local/login", SECRET, 405), ("/api/health", "", 403),
])
def test_every_cloud_answer_carries_the_security_headers(cloud, path, secret, status) -> None:
    r = get(cloud, path, **({edge.ORIGIN_HEADER: secret} if secret else {}))
    assert r.status_code == status
    for name, value in edge.API_SECURITY_HEADERS.items():
        assert r.headers[name] == value, name
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]


def test_the_local_stage_is_left_to_the_local_server(sqlite_api) -> None:
    r = sqlite_api.call("GET", "/api/health")
    assert r.status_code == 200  # no CloudFront locally, so no secret to ask for
    assert "Strict-Transport-Security" not in r.headers  # scripts/serve.py adds them there


def test_a_cloud_stage_on_lambda_will_not_start_without_the_secret() -> None:
    on_lambda = {**CLOUD, "AWS_LAMBDA_FUNCTION_NAME": "forever-us-prod"}
    with pytest.raises(ConfigError, match="FOREVERUS_ORIGIN_SECRET"):
        settings_from(on_lambda)
    with pytest.raises(ConfigError, match="at least 32"):
        settings_from({**on_lambda, "FOREVERUS_ORIGIN_SECRET": "short"})
    assert settings_from({**on_lambda, "FOREVERUS_ORIGIN_SECRET": SECRET}).origin_secret


def test_the_apis_headers_agree_with_cloudfronts_policy() -> None:
    """CloudFront overrides them with its own policy; both must say the same thing."""
    sys.path.insert(0, str(PROJECT / "scripts"))
    import site_headers
    config = site_headers.policy_config()["SecurityHeadersConfig"]
    hsts = config["StrictTransportSecurity"]
    assert f"max-age={hsts['AccessControlMaxAgeSec']}" in \
        edge.API_SECURITY_HEADERS["Strict-Transport-Security"]
    assert edge.API_SECURITY_HEADERS["Referrer-Policy"] == \
        config["ReferrerPolicy"]["ReferrerPolicy"]
    assert edge.API_SECURITY_HEADERS["X-Frame-Options"] == config["FrameOptions"]["FrameOption"]
