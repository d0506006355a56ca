"""`make run`'s reply socket: a local WebSocket server in front of the app's own handlers.

`chalice local` has no WebSocket API, so this plays API Gateway's part: it accepts connections
on 127.0.0.1 (the `websockets` library, in requirements-dev.txt only), and turns each opening
handshake, text frame and close into the event API Gateway would send, handed to the very
Lambda entry points Chalice registered for `@app.on_ws_connect`, `@app.on_ws_message` and
`@app.on_ws_disconnect`. What those handlers send back through `app.websocket_api.send` comes
here (LocalSockets stands in for it) and goes out on the connection. One code path.

Local only: nothing here is packaged into the Lambda.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_MESSAGE_BYTES = 128 * 1024  # API Gateway's limit; the handler refuses over 32 KB itself
SEND_SECONDS = 10.0


class LocalSockets:
    """What `app.websocket_api` is under `make run`: sends a text frame to an open connection,
    raising Chalice's WebsocketDisconnectedError when it is gone, as API Gateway's does."""

    def __init__(self, server: LocalSocketServer) -> None:
        self.server = server  # so that a test can stop it, as a network would
        self.loop: asyncio.AbstractEventLoop | None = None
        self.open: dict[str, Any] = {}

    def send(self, connection_id: str, message: str) -> None:
        from chalice.app import WebsocketDisconnectedError
        connection = self.open.get(connection_id)
        if connection is None or self.loop is None:
            raise WebsocketDisconnectedError(connection_id)
        try:
            asyncio.run_coroutine_threadsafe(connection.send(message), self.loop).result(
                SEND_SECONDS)
        except Exception:  # closed meanwhile, or stuck: gone, as API Gateway would say
            raise WebsocketDisconnectedError(connection_id) from None


class LocalSocketServer:
    """The WebSocket server, in a thread of its own with its own event loop."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self.host, self.port = host, port
        self.sockets = LocalSockets(self)
        # Chalice's handler wrappers point API Gateway's client at the event's API id on each
        # call unless it already has an address: give it one (it is never used to send).
        if hasattr(app.websocket_api, "configure"):  # not already a LocalSockets
            app.websocket_api.configure(f"{host}:{port}", "local")
        app.websocket_api = self.sockets  # what the handlers send through
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def start(self) -> str:
        """Bind and serve; the address the site is to open, once listening."""
        self._thread = threading.Thread(target=self._run, name="local-socket", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self.url

    def stop(self) -> None:
        """Close the connections and stop listening (again: nothing)."""
        loop = self.sockets.loop
        if self._thread is None or not self._thread.is_alive():
            return
        if loop is not None and self._stop is not None:
            loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=5)

    # -- the server ---------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as error:  # noqa: BLE001 - reported to start()
            self._error = error
            self._ready.set()

    async def _serve(self) -> None:
        from websockets.asyncio.server import serve
        self.sockets.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        quiet = logging.getLogger("foreverus.local_socket")  # never the path: it holds a ticket
        quiet.setLevel(logging.CRITICAL)
        async with serve(self._connection, self.host, self.port,
                         process_request=self._handshake, max_size=MAX_MESSAGE_BYTES,
                         logger=quiet, server_header=None) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    async def _handshake(self, connection: Any, request: Any) -> Any:
        """The `$connect` handler decides, before the upgrade: a refusal is an HTTP 401."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(request.path).query).items()}
        answer = await asyncio.to_thread(self._invoke, "$connect", str(connection.id),
                                         query=query or None)
        status = int((answer or {}).get("statusCode", 200))
        if status != 200:
            return connection.respond(status, "This socket needs a new ticket.\n")
        return None

    async def _connection(self, connection: Any) -> None:
        connection_id = str(connection.id)
        self.sockets.open[connection_id] = connection
        running: set[asyncio.Task[Any]] = set()
        try:
            async for message in connection:
                text = message if isinstance(message, str) else \
                    message.decode("utf-8", "replace")
                # Each message in its own thread, as API Gateway invokes a Lambda for each:
                # a Stop is heard while the turn it stops is still running.
                task = asyncio.create_task(asyncio.to_thread(self._invoke, "$default",
                                                             connection_id, body=text))
                running.add(task)
                task.add_done_callback(running.discard)
        except Exception:  # noqa: BLE001 - a connection that broke is closed like any other
            pass
        finally:
            self.sockets.open.pop(connection_id, None)
            await asyncio.to_thread(self._invoke, "$disconnect", connection_id)

    def _invoke(self, route: str, connection_id: str, *, query: dict[str, str] | None = None,
                body: str | None = None) -> Any:
        """Call the app's handler for a route with the event API Gateway would send."""
        kind = {"$connect": "CONNECT", "$default": "MESSAGE", "$disconnect": "DISCONNECT"}[route]
        event: dict[str, Any] = {
            "requestContext": {"routeKey": route, "eventType": kind,
                               "connectionId": connection_id, "apiId": "local",
                               "stage": "local", "domainName": f"{self.host}:{self.port}",
                               "requestId": uuid.uuid4().hex},
            "isBase64Encoded": False}
        if query is not None:
            event["queryStringParameters"] = query
        if body is not None:
            event["body"] = body
        return self.app.handler_map[self._handler_name(route)](event, None)

    def _handler_name(self, route: str) -> str:
        """The name Chalice registered the route's handler under."""
        config = self.app.websocket_handlers[route]
        return str(config.name)
