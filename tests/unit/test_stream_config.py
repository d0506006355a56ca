"""The reply socket's settings: where the site opens it, checked at start, and announced by
GET /api/config (null where the stage has none: the site then uses REST)."""
from __future__ import annotations

import pytest

from chalicelib import runtime
from chalicelib.config import ConfigError, settings_from


def test_the_config_route_announces_the_socket_or_null(sqlite_api, monkeypatch) -> None:
    assert sqlite_api.call("GET", "/api/config").json_body["stream_url"] is None
    monkeypatch.setenv("FOREVERUS_STREAM_URL", "ws://127.0.0.1:8765")
    runtime.reset()
    assert sqlite_api.call("GET", "/api/config").json_body["stream_url"] == \
        "ws://127.0.0.1:8765"


@pytest.mark.parametrize("url", ["wss://a1b2c3.execute-api.us-east-1.amazonaws.com/dev",
                                 "ws://127.0.0.1:9000", "ws://localhost:9000"])
def test_a_socket_address_is_wss_or_local(url: str) -> None:
    assert settings_from({"FOREVERUS_STREAM_URL": url}).stream_url == url


@pytest.mark.parametrize("url", ["http://example.com", "ws://example.com/socket", "ftp://example.com"])
def test_anything_else_refuses_to_start(url: str) -> None:
    with pytest.raises(ConfigError, match="FOREVERUS_STREAM_URL"):
        settings_from({"FOREVERUS_STREAM_URL": url})


def test_a_streamed_turn_has_its_own_deadline() -> None:
    assert settings_from({}).stream_deadline_s == 20.0
    assert settings_from({"FOREVERUS_STREAM_DEADLINE_S": "45"}).stream_deadline_s == 45.0
    with pytest.raises(ConfigError):
        settings_from({"FOREVERUS_STREAM_DEADLINE_S": "0.5"})
