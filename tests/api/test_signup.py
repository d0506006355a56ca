"""Sign-up mode (issue 14): `open`, `invite-only` or `closed`, the same for the local issuer's
first sign-in and for the Cognito user pool's pre-sign-up trigger (chalicelib/account.py)."""
from __future__ import annotations

from typing import Any

import pytest

from chalicelib import runtime
from chalicelib.account import SignUpRefused
from chalicelib.config import ConfigError, settings_from
from tests.conftest import Api, make_client

STRANGER = "stranger@example.com"


@pytest.fixture
def invite_only(monkeypatch, tmp_path) -> Api:
    monkeypatch.setenv("FOREVERUS_SIGNUP", "invite-only")
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", "op@example.com")
    runtime.reset()
    with make_client(tmp_path) as client:
        yield Api(client)


def login(api: Api, email: str) -> Any:
    return api.call("POST", "/api/auth/local/login", body={"email": email, "name": "Someone"})


def invite(api: Api, owner: Any, persona_id: str, email: str | None = None) -> dict[str, Any]:
    body = {"role": "visitor", **({"email": email} if email else {})}
    r = api.call("POST", f"/api/personas/{persona_id}/invites", owner, body)
    assert r.status_code == 201, r.body
    return r.json_body


def test_the_local_stage_is_open_and_the_cloud_invite_only_by_default() -> None:
    assert settings_from({}).signup == "open"
    cloud = {"FOREVERUS_STAGE": "prod", "FOREVERUS_COGNITO_USER_POOL_ID": "p",
             "FOREVERUS_COGNITO_CLIENT_ID": "c"}
    assert settings_from(cloud).signup == "invite-only"
    assert settings_from({**cloud, "FOREVERUS_SIGNUP": "closed"}).signup == "closed"
    with pytest.raises(ConfigError, match="FOREVERUS_SIGNUP"):
        settings_from({"FOREVERUS_SIGNUP": "invite"})


def test_invite_only_refuses_a_stranger_with_a_reason(invite_only: Api, capfd) -> None:
    r = login(invite_only, STRANGER)
    assert r.status_code == 403
    assert r.json_body["Reason"] == "sign_up_invite_only"
    assert "invite this e-mail address" in r.json_body["Message"]
    assert STRANGER not in capfd.readouterr().err  # logs never carry an address


def test_an_operator_and_an_invited_email_may_create_an_account(invite_only: Api) -> None:
    operator = invite_only.login("op@example.com", "Operator")
    persona = invite_only.create_persona(operator)
    invite(invite_only, operator, persona["id"], "Bea@Example.com ")
    assert login(invite_only, "bea@example.com").status_code == 200
    assert login(invite_only, "cid@example.com").status_code == 403  # invited: someone else


def test_a_link_invite_without_an_address_lets_nobody_new_in(invite_only: Api) -> None:
    operator = invite_only.login("op@example.com", "Operator")
    persona = invite_only.create_persona(operator)
    invite(invite_only, operator, persona["id"])
    assert login(invite_only, STRANGER).status_code == 403


def test_a_cancelled_invite_no_longer_admits(invite_only: Api) -> None:
    operator = invite_only.login("op@example.com", "Operator")
    persona = invite_only.create_persona(operator)
    made = invite(invite_only, operator, persona["id"], "bea@example.com")
    r = invite_only.call("DELETE", f"/api/personas/{persona['id']}/invites/{made['id']}",
                         operator)
    assert r.status_code == 204
    assert login(invite_only, "bea@example.com").status_code == 403


def test_an_existing_account_signs_in_whatever_the_mode(monkeypatch, tmp_path) -> None:
    with make_client(tmp_path) as client:
        Api(client).login("early@example.com", "Early")  # open: made then
    for mode in ("invite-only", "closed"):
        monkeypatch.setenv("FOREVERUS_SIGNUP", mode)
        runtime.reset()
        with make_client(tmp_path) as client:
            assert login(Api(client), "early@example.com").status_code == 200
            assert login(Api(client), STRANGER).status_code == 403


def test_closed_refuses_even_an_invited_email(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", "op@example.com")
    with make_client(tmp_path) as client:
        api = Api(client)
        operator = api.login("op@example.com", "Operator")
        persona = api.create_persona(operator)
        invite(api, operator, persona["id"], "bea@example.com")
    monkeypatch.setenv("FOREVERUS_SIGNUP", "closed")
    runtime.reset()
    with make_client(tmp_path) as client:
        r = login(Api(client), "bea@example.com")
        assert r.status_code == 403 and r.json_body["Reason"] == "sign_up_closed"
        assert login(Api(client), "op@example.com").status_code == 200  # the operator


def test_an_invite_address_must_look_like_one(sqlite_api: Api) -> None:
    owner = sqlite_api.login("alice@example.com", "Alice")
    persona = sqlite_api.create_persona(owner)
    r = sqlite_api.call("POST", f"/api/personas/{persona['id']}/invites", owner,
                        {"role": "visitor", "email": "not-an-address"})
    assert r.status_code == 400 and r.json_body["Field"] == "email"
    r = sqlite_api.call("POST", f"/api/personas/{persona['id']}/invites", owner,
                        {"role": "visitor", "email": "a" * 250 + "@x.com"})
    assert r.status_code == 400 and "254" in r.json_body["Message"]


def test_the_invited_address_is_shown_to_nobody(sqlite_api: Api) -> None:
    owner = sqlite_api.login("alice@example.com", "Alice")
    persona = sqlite_api.create_persona(owner)
    invite(sqlite_api, owner, persona["id"], "bea@example.com")
    listed = sqlite_api.call("GET", f"/api/personas/{persona['id']}/invites", owner)
    assert listed.status_code == 200 and "INVITED#" not in listed.body.decode()
    assert "bea@example.com" not in listed.body.decode()


# -- the Cognito user pool's pre-sign-up trigger -------------------------------------------

def sign_up_event(email: str, source: str = "PreSignUp_SignUp") -> dict[str, Any]:
    """The event Cognito sends the trigger (the shape of AWS's documented example)."""
    return {"version": "1", "region": "us-east-1", "userPoolId": "us-east-1_TEST",
            "userName": "3f6b2c1a-0000-4000-8000-000000000000", "triggerSource": source,
            "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown",
                              "clientId": "client123"},
            "request": {"userAttributes": {"email": email}, "validationData": None},
            "response": {"autoConfirmUser": False, "autoVerifyEmail": False,
                         "autoVerifyPhone": False}}


@pytest.fixture
def cloud(dynamodb, monkeypatch, tmp_path):
    monkeypatch.setenv("FOREVERUS_STAGE", "dev")
    monkeypatch.setenv("FOREVERUS_COGNITO_USER_POOL_ID", "us-east-1_TEST")
    monkeypatch.setenv("FOREVERUS_COGNITO_CLIENT_ID", "client123")
    monkeypatch.setenv("FOREVERUS_ADMIN_EMAILS", "op@example.com")
    runtime.reset()
    with make_client(tmp_path) as client:
        yield client


def trigger(client: Any, event: dict[str, Any]) -> Any:
    return client.lambda_.invoke("pre_sign_up", event).payload


def test_the_trigger_refuses_a_stranger_in_the_clouds_default_mode(cloud, capfd) -> None:
    with pytest.raises(SignUpRefused, match="by invitation"):
        trigger(cloud, sign_up_event(STRANGER))
    assert STRANGER not in capfd.readouterr().err


def test_the_trigger_admits_an_invited_email_an_operator_and_an_admin_created_user(
        cloud) -> None:
    import time
    store = runtime.store()
    store.create_persona({"id": "p" * 22, "name": "Antônio", "language": "pt-BR",
                          "consent": {"basis": "self"}},
                         {"user_id": "owner-1", "role": "owner", "name": "Ana", "email": "",
                          "joined_at": "t"})
    store.create_invite("h" * 64, {"persona_id": "p" * 22, "role": "visitor", "max_uses": 1,
                                   "uses": 0, "expires_epoch": int(time.time()) + 3600,
                                   "created_at": "t"}, "bea@example.com")
    event = sign_up_event("Bea@example.com")
    assert trigger(cloud, event) == event  # Cognito goes on with the sign-up
    assert trigger(cloud, sign_up_event("op@example.com"))["triggerSource"] == "PreSignUp_SignUp"
    admin = sign_up_event(STRANGER, "PreSignUp_AdminCreateUser")
    assert trigger(cloud, admin) == admin


def test_the_trigger_refuses_everyone_new_when_closed(cloud, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_SIGNUP", "closed")
    runtime.reset()
    with pytest.raises(SignUpRefused, match="not taking new accounts"):
        trigger(cloud, sign_up_event("bea@example.com"))


def test_the_trigger_lets_everyone_in_when_open(cloud, monkeypatch) -> None:
    monkeypatch.setenv("FOREVERUS_SIGNUP", "open")
    runtime.reset()
    assert trigger(cloud, sign_up_event(STRANGER))["request"]["userAttributes"]["email"] == \
        STRANGER
