"""The API's edge on AWS: only CloudFront may call it, and every answer carries security headers.

The execute-api address cannot be switched off without a custom domain of our own (API
Gateway's `disableExecuteApiEndpoint` needs one), and a WAF rule would cost more than the whole
idle stage. So CloudFront adds a secret header to every request it sends to the API (an origin
custom header, which replaces any header of that name a viewer sends), and this middleware
refuses a request without it before any route, store or model is touched. API Gateway's stage
throttling bounds what a caller hammering the execute-api address can cost.

CloudFront's response headers policy sets the same headers on everything it serves; they are
set here too, so that even an answer that never went through CloudFront carries them.
"""
from __future__ import annotations

import hmac
from typing import Any, Callable, Mapping

from chalice import Response

from chalicelib.config import get_settings
from chalicelib.logs import log

ORIGIN_HEADER = "x-forever-us-origin"  # infra/stack.yaml: the API origin's custom header
# JSON answers need no sources at all; the site's own CSP (infra/stack.yaml) is for pages.
API_SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}
NOT_THROUGH_CLOUDFRONT = "call the API through the site's address, not API Gateway's own"


def from_cloudfront(headers: Mapping[str, str], secret: str) -> bool:
    """Whether a request carries CloudFront's origin secret (compared in constant time)."""
    sent = headers.get(ORIGIN_HEADER) or ""
    return bool(secret) and hmac.compare_digest(sent.encode(), secret.encode())


def http_guard(event: Any, get_response: Callable[[Any], Response]) -> Response:
    """Chalice HTTP middleware: on a cloud stage, refuse what did not come through CloudFront
    and add the security headers to every answer. The local stage is left alone (scripts/
    serve.py adds the headers there, and there is no CloudFront)."""
    settings = get_settings()
    if not settings.is_cloud:
        return get_response(event)
    if settings.origin_secret and not from_cloudfront(event.headers, settings.origin_secret):
        log("origin_refused", method=event.method)  # never the headers: one could be a token
        response = Response({"Code": "ForbiddenError", "Message": NOT_THROUGH_CLOUDFRONT},
                            status_code=403)
    else:
        response = get_response(event)
    for name, value in API_SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
