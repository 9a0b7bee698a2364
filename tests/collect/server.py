"""A scriptable HTTP server on 127.0.0.1 for the hostile-input tests (real sockets, no mocks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: send the body in pieces with this pause between them (slow-drip server)
    drip: float = 0.0


Route = Callable[[BaseHTTPRequestHandler], Reply]


@dataclass
class TestServer:
    port: int
    routes: dict[str, Route | Reply]
    hits: list[tuple[float, str, dict[str, str]]]

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@contextmanager
def serve(routes: dict[str, Route | Reply]) -> Iterator[TestServer]:
    hits: list[tuple[float, str, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            hits.append((time.monotonic(), self.path, dict(self.headers.items())))
            route = routes.get(self.path) or routes.get(self.path.split("?", 1)[0])
            reply = Reply(404, b"nope") if route is None else (route if isinstance(route, Reply) else route(self))
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            for k, v in reply.headers.items():
                if v != "":  # an empty value means: do not send this header
                    self.send_header(k, v)
            if "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            try:
                if reply.drip:
                    for i in range(0, len(reply.body), 10):
                        self.wfile.write(reply.body[i : i + 10])
                        self.wfile.flush()
                        time.sleep(reply.drip)
                else:
                    self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

    srv = Server(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield TestServer(int(srv.server_address[1]), routes, hits)
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(timeout=5)
