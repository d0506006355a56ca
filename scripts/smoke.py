"""`make smoke STAGE=local|dev|prod`: the API's checks against a running deployment.

It walks what a family does, end to end, through the site's own address: health and config,
the security headers, refusals (no token, bad input, someone else's persona), then a persona
with a memory, a search, a conversation and one message with its reply, the export, and it
deletes what it made. On AWS it also checks that API Gateway's own address refuses a request
that did not come through CloudFront.

Where:   STAGE=local is `make run` (http://127.0.0.1:$PORT); dev and prod read the site's URL
         from .chalice/stage-outputs-<stage>.json (make deploy writes it). URL=... overrides.
Who:     locally, it signs in through the local issuer as SMOKE_EMAIL (smoke@example.com);
         on AWS, an operator's account: SMOKE_TOKEN (an ID token) or SMOKE_REFRESH_TOKEN
         (the site keeps one after a sign-in; exchanged with Cognito for an ID token).

Exit status 0 when every check passed. It prints no token, e-mail or text it sent.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

PROJECT = Path(__file__).resolve().parent.parent
STAGES = ("local", "dev", "prod")
TIMEOUT = 35  # seconds: a reply may take API Gateway's whole 29 s
HEADERS_WANTED = {  # header: what its value must contain (CloudFront's policy, scripts/serve.py)
    "strict-transport-security": "max-age=",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "content-security-policy": "frame-ancestors 'none'",
}


class Stop(Exception):
    """Something to fix before the checks can run (no URL, no token)."""


@dataclass
class Answer:
    """One HTTP answer."""

    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Smoke:
    """The checks, run in order against `base`."""

    base: str
    token: str = ""
    results: list[tuple[str, bool, str]] = field(default_factory=list)

    def call(self, method: str, path: str, body: Any = None, token: str | None = None,
             base: str | None = None) -> Answer:
        """One request; any HTTP status is an answer, not an error."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request((base or self.base) + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        bearer = self.token if token is None else token
        if bearer:
            request.add_header("Authorization", f"Bearer {bearer}")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as reply:
                status, headers, raw = reply.status, dict(reply.headers), reply.read()
        except urllib.error.HTTPError as error:
            status, headers, raw = error.code, dict(error.headers), error.read()
        headers = {k.lower(): v for k, v in headers.items()}
        try:
            parsed: Any = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode("utf-8", "replace")
        return Answer(status, headers, parsed)

    def check(self, name: str, test: Callable[[], str]) -> bool:
        """Run one check: it returns a short note, or raises AssertionError saying why not."""
        try:
            note = test()
            self.results.append((name, True, note))
        except AssertionError as failure:
            self.results.append((name, False, str(failure) or "failed"))
        except (OSError, ValueError, KeyError, TypeError) as error:
            self.results.append((name, False, f"{type(error).__name__}: {error}"))
        ok, detail = self.results[-1][1], self.results[-1][2]
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""),
              flush=True)
        return ok


def expect(answer: Answer, status: int, what: str) -> Any:
    """The answer's body, when its status is the one expected."""
    if answer.status != status:
        code = answer.body.get("Code") if isinstance(answer.body, dict) else ""
        raise AssertionError(f"{what}: expected {status}, got {answer.status} {code}".rstrip())
    return answer.body


def run_checks(smoke: Smoke, stage: str, direct_api: str = "") -> bool:
    """Every check; True when all passed. What it creates it deletes, even after a failure."""
    def health() -> str:
        body = expect(smoke.call("GET", "/api/health", token=""), 200, "GET /api/health")
        assert body["status"] == "ok", f"status {body['status']} (store {body['store']})"
        assert body["stage"] == stage, f"this is stage {body['stage']}, not {stage}"
        return f"store {body['store']['kind']}, model {body['model']['provider']}, " \
               f"AI {body['power'].get('state', '?')}"

    def config() -> str:
        body = expect(smoke.call("GET", "/api/config", token=""), 200, "GET /api/config")
        wanted = "local" if stage == "local" else "cognito"
        assert body["auth"]["mode"] == wanted, f"sign-in is {body['auth']['mode']}"
        return f"sign-in {wanted}"

    def headers() -> str:
        for path in ("/", "/api/health"):
            answer = smoke.call("GET", path, token="")
            for name, part in HEADERS_WANTED.items():
                assert part in answer.headers.get(name, ""), f"{path}: {name} missing or wrong"
        return "site and API"

    def site() -> str:
        answer = smoke.call("GET", "/", token="")
        expect(answer, 200, "GET /")
        assert "text/html" in answer.headers.get("content-type", ""), "the site is not HTML"
        return "index.html"

    def refusals() -> str:
        expect(smoke.call("GET", "/api/me", token=""), 401, "GET /api/me without a token")
        body = expect(smoke.call("POST", "/api/personas", {"name": ""}), 400,
                      "POST /api/personas with a bad body")
        assert body.get("Field"), "a 400 names the field"
        expect(smoke.call("GET", f"/api/personas/{uuid.uuid4().hex[:22]}"), 404,
               "someone else's (or no) persona")
        return "401, 400 naming the field, 404"

    checks = [("health", health), ("config", config), ("site", site),
              ("security headers", headers), ("refusals", refusals)]
    passed = all([smoke.check(name, test) for name, test in checks])

    if direct_api:
        def bypass() -> str:
            answer = smoke.call("GET", "/api/health", token="", base=direct_api)
            expect(answer, 403, "API Gateway's own address, without CloudFront")
            return "refused"
        passed = smoke.check("only through CloudFront", bypass) and passed

    made: dict[str, str] = {}

    def me() -> str:
        body = expect(smoke.call("GET", "/api/me"), 200, "GET /api/me")
        return "operator" if body.get("operator") else "signed in"

    def family_walk() -> str:
        persona = expect(smoke.call("POST", "/api/personas", {
            "name": "Smoke Test", "language": "en",
            "consent": {"basis": "self", "statement": "A smoke test of this deployment; "
                        "deleted at once.", "attested_by": "make smoke"}}), 201,
            "create a persona")
        made["persona"] = persona["id"]
        base = f"/api/personas/{persona['id']}"
        expect(smoke.call("POST", f"{base}/memories", {
            "text": "I planted a lemon tree in the garden in 1975.", "title": "The lemon tree",
            "tags": ["garden"]}), 201, "add a memory")
        found = expect(smoke.call("GET", f"{base}/memories?q=lemon"), 200, "search")
        assert found["items"], "the search finds the memory just added"
        started = expect(smoke.call("POST", f"{base}/conversations", {"language": "en"}), 201,
                         "start a conversation")
        began = time.monotonic()
        turn = expect(smoke.call("POST", f"/api/conversations/{started['id']}/messages", {
            "text": "Do you remember the lemon tree?",
            "client_message_id": f"smoke-{uuid.uuid4().hex[:16]}"}), 201, "send a message")
        seconds = time.monotonic() - began
        assert turn["reply"]["text"], "the reply has text"
        history = expect(smoke.call("GET", f"/api/conversations/{started['id']}"), 200,
                         "read the conversation")
        assert history.get("messages") or history.get("items"), "the conversation has messages"
        expect(smoke.call("GET", "/api/me/export"), 200, "export")
        return f"reply by {turn['reply']['provider']} in {seconds:.1f} s"

    def clean_up() -> str:
        if "persona" not in made:
            return "nothing to delete"
        expect(smoke.call("DELETE", f"/api/personas/{made['persona']}"), 204,
               "delete the persona")
        expect(smoke.call("GET", f"/api/personas/{made['persona']}"), 404, "it is gone")
        return "deleted, with everything under it"

    passed = smoke.check("signed in", me) and passed
    passed = smoke.check("a family's walk", family_walk) and passed
    passed = smoke.check("clean up", clean_up) and passed
    return passed


def stage_outputs(stage: str) -> dict[str, Any]:
    """What make deploy recorded for a stage."""
    path = PROJECT / ".chalice" / f"stage-outputs-{stage}.json"
    if not path.is_file():
        raise Stop(f"no {path.relative_to(PROJECT)}: deploy the stage first (make deploy "
                   f"STAGE={stage}) or give URL=https://...")
    return json.loads(path.read_text())


def local_token(smoke: Smoke) -> str:
    """Sign in through the local issuer."""
    email = os.environ.get("SMOKE_EMAIL", "smoke@example.com")
    answer = smoke.call("POST", "/api/auth/local/login", {"email": email, "name": "Smoke"},
                        token="")
    if answer.status != 200:
        raise Stop(f"the local sign-in answered {answer.status}: {answer.body}")
    return str(answer.body["token"])


def cognito_token(outputs: dict[str, Any]) -> str:
    """An operator's ID token: given, or from a refresh token (the app client allows
    REFRESH_TOKEN_AUTH; a public client needs no AWS credentials for it)."""
    if os.environ.get("SMOKE_TOKEN"):
        return os.environ["SMOKE_TOKEN"]
    refresh = os.environ.get("SMOKE_REFRESH_TOKEN", "")
    if not refresh:
        raise Stop("on AWS the checks sign in as an operator: set SMOKE_TOKEN (an ID token) or "
                   "SMOKE_REFRESH_TOKEN (see docs/deploy.md, 'Smoke test')")
    import boto3
    from botocore import UNSIGNED
    from botocore.config import Config
    region = outputs.get("region") or "us-east-1"
    client = boto3.client("cognito-idp", region_name=region,
                          config=Config(signature_version=UNSIGNED))
    result = client.initiate_auth(
        AuthFlow="REFRESH_TOKEN_AUTH", AuthParameters={"REFRESH_TOKEN": refresh},
        ClientId=outputs["outputs"]["UserPoolClientId"])["AuthenticationResult"]
    return str(result["IdToken"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", default="", help="local, dev or prod")
    parser.add_argument("--url", default="", help="the site's address (default: see above)")
    args = parser.parse_args(argv)
    try:
        if args.stage not in STAGES:
            raise Stop(f"STAGE must be local, dev or prod (got {args.stage!r}), "
                       "e.g. make smoke STAGE=local")
        direct = ""
        if args.stage == "local":
            base = args.url or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
            smoke = Smoke(base.rstrip("/"))
            smoke.token = local_token(smoke)
        else:
            outputs = stage_outputs(args.stage)
            base = args.url or outputs["outputs"]["SiteUrl"]
            smoke = Smoke(base.rstrip("/"), cognito_token(outputs))
            api_domain = outputs["outputs"].get("ApiDomainName")
            if api_domain:
                sys.path.insert(0, str(Path(__file__).resolve().parent))
                import deploy
                direct = f"https://{api_domain}/{deploy.api_stage_name(args.stage)}"
    except Stop as reason:
        print(f"smoke: {reason}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"smoke: cannot reach the site ({error}); is it running?", file=sys.stderr)
        return 2
    print(f"smoke: stage {args.stage} at {smoke.base}", flush=True)
    passed = run_checks(smoke, args.stage, direct)
    failed = [name for name, ok, _ in smoke.results if not ok]
    print(f"smoke: {len(smoke.results) - len(failed)} of {len(smoke.results)} checks passed"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
