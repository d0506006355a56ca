"""The security headers CloudFront adds to every response, read from infra/stack.yaml.

The stack's response headers policy is the one place the values are written; `make run`
(scripts/serve.py) sends the same headers by reading them here, so the two cannot drift.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

TEMPLATE = Path(__file__).resolve().parent.parent / "infra" / "stack.yaml"
_PLACEHOLDER = re.compile(r"\$\{([^}]+)\}")


class _TemplateLoader(yaml.SafeLoader):
    """YAML with CloudFormation's short forms (!Sub, !Ref, ...) read as their long forms."""


def _short_form(loader: yaml.SafeLoader, tag: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {tag if tag in ("Ref", "Condition") else f"Fn::{tag}": value}


_TemplateLoader.add_multi_constructor("!", _short_form)


def policy_config(template: Path = TEMPLATE) -> dict[str, Any]:
    """The ResponseHeadersPolicyConfig of the stack's one response headers policy."""
    resources = yaml.load(template.read_text(encoding="utf-8"), Loader=_TemplateLoader)[
        "Resources"]
    policies = [r["Properties"]["ResponseHeadersPolicyConfig"] for r in resources.values()
                if isinstance(r, dict)  # not the Fn::ForEach of the log groups
                and r.get("Type") == "AWS::CloudFront::ResponseHeadersPolicy"]
    assert len(policies) == 1, "infra/stack.yaml should have one response headers policy"
    return policies[0]


def _substitute(value: Any, variables: dict[str, str]) -> str:
    """A !Sub string with the variables given; a CSP source naming any other is left out
    (locally there is no Cognito domain to allow)."""
    text = value["Fn::Sub"] if isinstance(value, dict) else value
    text = " ".join(str(text).split())
    kept = []
    for directive in text.split(";"):
        sources = [_PLACEHOLDER.sub(lambda m: variables.get(m.group(1), m.group(0)), s)
                   for s in directive.split()]
        kept.append(" ".join(s for s in sources if not _PLACEHOLDER.search(s)))
    return "; ".join(d for d in kept if d)


def security_headers(variables: dict[str, str] | None = None,
                     template: Path = TEMPLATE) -> dict[str, str]:
    """The headers, by name, that CloudFront's policy sets on every response."""
    config = policy_config(template)
    security = config.get("SecurityHeadersConfig", {})
    headers: dict[str, str] = {}
    if "StrictTransportSecurity" in security:
        hsts = security["StrictTransportSecurity"]
        headers["Strict-Transport-Security"] = "; ".join(
            [f"max-age={hsts['AccessControlMaxAgeSec']}"]
            + (["includeSubDomains"] if hsts.get("IncludeSubdomains") else [])
            + (["preload"] if hsts.get("Preload") else []))
    if "ContentTypeOptions" in security:
        headers["X-Content-Type-Options"] = "nosniff"
    if "FrameOptions" in security:
        headers["X-Frame-Options"] = security["FrameOptions"]["FrameOption"]
    if "ReferrerPolicy" in security:
        headers["Referrer-Policy"] = security["ReferrerPolicy"]["ReferrerPolicy"]
    if "XSSProtection" in security:
        xss = security["XSSProtection"]
        headers["X-XSS-Protection"] = (
            "0" if not xss.get("Protection") else
            "1; mode=block" if xss.get("ModeBlock") else "1")
    if "ContentSecurityPolicy" in security:
        headers["Content-Security-Policy"] = _substitute(
            security["ContentSecurityPolicy"]["ContentSecurityPolicy"], variables or {})
    for item in config.get("CustomHeadersConfig", {}).get("Items", []):
        headers[item["Header"]] = _substitute(item["Value"], variables or {})
    return headers
