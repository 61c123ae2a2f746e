"""A small threaded HTTP server on loopback, answering GETs from a function (demo web and bench web)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# (path, lower-cased request headers) -> (status, response headers, body)
Responder = Callable[[str, dict[str, str]], tuple[int, dict[str, str], bytes]]


def start_server(respond: Responder, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """Serve ``respond`` on ``host:port`` (0: any free port) in a daemon thread; shut it down when done."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            status, headers, body = respond(self.path, {k.lower(): v for k, v in self.headers.items()})
            self.send_response(status)
            for key, value in (headers | {"Content-Length": str(len(body))}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.request_queue_size = 128
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
