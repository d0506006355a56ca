"""`make run`: the whole app on one origin — the website from frontend/ and the API under /api.

`chalice local` has no greedy route, so this small front runs Chalice's own local server with a
request handler that answers non-/api paths from frontend/ and hands the rest to Chalice.
Beside it, on a port of its own that `GET /api/config` announces as `stream_url`, the reply
socket (local_socket.py) serves the app's own WebSocket handlers, as API Gateway does on AWS.
Local only: nothing here is packaged into the Lambda.
"""
from __future__ import annotations

import argparse
import mimetypes
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

PROJECT = Path(__file__).resolve().parent.parent
FRONTEND = PROJECT / "frontend"


def stage_environment(stage: str) -> None:
    """Apply the stage's variables from .chalice/config.json; ones already set win."""
    import json
    config = json.loads((PROJECT / ".chalice" / "config.json").read_text())
    variables = {**config.get("environment_variables", {}),
                 **config["stages"][stage].get("environment_variables", {})}
    for name, value in variables.items():
        os.environ.setdefault(name, value)


def site_file(path: str) -> Path | None:
    """The frontend file a URL path names (index.html for the site's own routes), or None."""
    relative = unquote(urlsplit(path).path).lstrip("/") or "index.html"
    candidate = (FRONTEND / relative).resolve()
    if not candidate.is_relative_to(FRONTEND.resolve()):
        return None
    if candidate.is_file():
        return candidate
    if "." not in Path(relative).name:  # a client-side route such as /personas/abc
        return FRONTEND / "index.html"
    return None


def build_server(host: str, port: int, stage: str = "local", stream_port: int = 0) -> Any:
    """Chalice's local server for the stage, with the website served beside the API and the
    reply socket beside both (on `stream_port`; 0 lets the system choose a free one).
    Its shutdown() stops all of them."""
    stage_environment(stage)
    sys.path.insert(0, str(PROJECT))
    from chalice.cli.factory import CLIFactory
    from chalice.local import (
        ChaliceRequestHandler, CustomLocalChalice, LocalChalice, LocalDevServer,
        ThreadedHTTPServer,
    )

    from chalicelib.config import get_settings
    from chalicelib.photos.storage import LINK_SECONDS, LOCAL_PREFIX, LocalPhotoFiles, photo_files
    from local_socket import LocalSocketServer
    from site_headers import security_headers
    factory = CLIFactory(str(PROJECT), environ=os.environ)
    app = factory.load_chalice_app()
    # The socket first: its port, chosen by the system, is what /api/config announces.
    sockets = LocalSocketServer(app, "127.0.0.1", stream_port)
    os.environ["FOREVERUS_STREAM_URL"] = sockets.start()
    get_settings.cache_clear()
    try:
        settings = get_settings()  # refuse to start on a bad configuration, before serving
    except Exception:
        sockets.stop()
        raise
    # CloudFront's security headers, read from infra/stack.yaml: the Cognito sources of the
    # CSP only where a Cognito domain is configured.
    cognito = {"UserPoolDomain": settings.cognito_domain.split("://")[-1].split(".")[0],
               "AWS::Region": settings.aws_region} if settings.cognito_domain else {}
    headers_everywhere = security_headers(cognito)
    # CloudFront's CSP allows the page to open the cloud's socket; here it is on another port.
    csp = headers_everywhere.get("Content-Security-Policy", "")
    if "connect-src" in csp:
        headers_everywhere["Content-Security-Policy"] = csp.replace(
            "connect-src", f"connect-src {sockets.url}", 1)
    config = factory.create_config_obj(chalice_stage_name=stage)
    if not isinstance(app, LocalChalice):
        # What `chalice local` does too: keep `app.current_request` per thread, or two requests
        # served at once by this threaded server would read each other's headers and body.
        CustomLocalChalice.__bases__ = (LocalChalice, app.__class__)
        app.__class__ = CustomLocalChalice

    class SiteAndApiHandler(ChaliceRequestHandler):
        """Static files for the website; everything under /api to Chalice."""

        def _generic_handle(self) -> None:
            if self.path == "/api" or self.path.startswith("/api/") or \
                    self.command not in ("GET", "HEAD"):
                super()._generic_handle()
                return
            if self.path.startswith(LOCAL_PREFIX):
                self._send_photo()
                return
            found = site_file(self.path)
            if found is None:
                self._send_http_response(404, {"Content-Type": "text/plain; charset=utf-8"},
                                         b"Not found")
                return
            content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            if content_type.startswith("text/") or content_type.endswith("javascript"):
                content_type += "; charset=utf-8"
            headers = {"Content-Type": content_type, "Cache-Control": "no-cache"}
            self._send_http_response(200, headers, found.read_bytes())

        def _send_photo(self) -> None:
            """A photo's file, for a link the API made and signed (chalicelib/photos/storage.py);
            any other path under /files/, or an expired link, is not found."""
            files = photo_files()
            shown = files.linked(self.path, time.time()) \
                if isinstance(files, LocalPhotoFiles) else None
            if shown is None:
                self._send_http_response(404, {"Content-Type": "text/plain; charset=utf-8"},
                                         b"Not found")
                return
            self._send_http_response(200, {"Content-Type": shown[1],
                                           "Cache-Control": f"private, max-age={LINK_SECONDS}"},
                                     shown[0])

        def _send_http_response(self, code: int, headers: Any, body: Any) -> None:
            # What CloudFront does (Override: true): the policy's values win, site and API.
            super()._send_http_response(code, {**headers, **headers_everywhere}, body)

        do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = \
            _generic_handle

        def log_message(self, format: str, *args: Any) -> None:
            # The app logs structured lines; the default access log would print query strings.
            pass

    class BurstTolerantServer(ThreadedHTTPServer):
        """socketserver listens with a backlog of 5: a page loading its modules while other
        tabs poll had connections refused. Let the kernel's own limit decide."""

        request_queue_size = socket.SOMAXCONN

    class SiteApiAndSocket(LocalDevServer):
        """Chalice's local server, which also stops the reply socket when it stops."""

        def shutdown(self) -> None:
            super().shutdown()
            sockets.stop()

    return SiteApiAndSocket(app, config, host, port, handler_cls=SiteAndApiHandler,
                            server_cls=BurstTolerantServer)


def main() -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--stage", default="local")
    parser.add_argument("--stream-port", type=int,
                        default=int(os.environ.get("STREAM_PORT", "0")),
                        help="the reply socket's port (default: any free one)")
    args = parser.parse_args()
    server = build_server(args.host, args.port, args.stage, args.stream_port)
    print(f"Forever Us is running at http://{args.host}:{args.port}  (Ctrl+C to stop); "
          f"replies stream from {os.environ['FOREVERUS_STREAM_URL']}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
