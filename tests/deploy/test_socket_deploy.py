"""What the reply socket needs on AWS, and nothing more: posting to its own stage's
connections, streaming from the model, and a message handler that may outlive API Gateway's
29 s (docs/streaming.md)."""
from __future__ import annotations

import json

import pytest

from chalicelib.llm.bedrock import MODEL_ID
from tests.deploy.test_policy import ACCOUNT, PROJECT, STAGES, allowed

API = "a1b2c3d4e5"


@pytest.mark.parametrize("stage", STAGES)
def test_the_handlers_may_post_to_their_own_stages_connections_only(stage: str) -> None:
    other = "dev" if stage == "prod" else "prod"
    post = f"arn:aws:execute-api:us-east-1:{ACCOUNT}:{API}/{stage}/POST/@connections/abc="
    assert allowed(stage, "execute-api:ManageConnections", post)
    assert not allowed(stage, "execute-api:ManageConnections", post.replace(f"/{stage}/",
                                                                            f"/{other}/"))
    assert not allowed(stage, "execute-api:ManageConnections",
                       post.replace("/POST/", "/DELETE/"))  # closing is not needed
    assert not allowed(stage, "execute-api:Invoke", post)


@pytest.mark.parametrize("stage", STAGES)
def test_the_model_may_be_streamed(stage: str) -> None:
    model = f"arn:aws:bedrock:us-east-1::foundation-model/{MODEL_ID}"
    assert allowed(stage, "bedrock:InvokeModelWithResponseStream", model)
    assert not allowed(stage, "bedrock:InvokeModelWithResponseStream",
                       "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2")


def test_the_message_handler_outlives_api_gateways_29_seconds() -> None:
    config = json.loads((PROJECT / ".chalice" / "config.json").read_text())
    from chalicelib.config import settings_from
    deadline = settings_from({"FOREVERUS_STAGE": "dev", "FOREVERUS_COGNITO_USER_POOL_ID": "p",
                              "FOREVERUS_COGNITO_CLIENT_ID": "c"}).stream_deadline_s
    for stage in STAGES:
        timeout = config["stages"][stage]["lambda_functions"]["websocket_message"][
            "lambda_timeout"]
        assert timeout > 29 and timeout >= deadline + 10, stage
