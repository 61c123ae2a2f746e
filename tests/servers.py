"""Real HTTP servers on loopback for the fetch and crawl tests, with programmable routes and a log.

Each :class:`Site` is one server (one host:port, so one politeness queue). A route maps a path
(with query) to a :class:`Reply` or to a function of the request hit returning one.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between 1-byte writes (a slow-loris body)
    chunk_repeat: int = 0  # send ``body`` this many times (a huge body without building it)


@dataclass
class Hit:
    at: float
    path: str
    headers: dict[str, str]


Route = Reply | Callable[[Hit], Reply]


def html(title: str, *paragraphs: str, charset: str = "utf-8", meta: str | None = None) -> bytes:
    head = f'<meta charset="{meta}">' if meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (f"<!doctype html><html><head>{head}<title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")
    return page.encode(charset)


class Site:
    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[Hit] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                hit = Hit(time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()})
                site.log.append(hit)
                route = site.routes.get(self.path)
                reply = Reply(404, b"not found") if route is None else route(hit) if callable(route) else route
                self._send(reply)

            def _send(self, reply: Reply) -> None:
                length = len(reply.body) * max(reply.chunk_repeat, 1)
                self.send_response(reply.status)
                headers = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(length)}
                for key, value in reply.headers.items():
                    headers = {k: v for k, v in headers.items() if k.lower() != key.lower()} | {key: value}
                for key, value in headers.items():
                    if value:
                        self.send_header(key, value)
                self.end_headers()
                try:
                    self._body(reply)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def _body(self, reply: Reply) -> None:
                if reply.trickle:
                    for i in range(len(reply.body)):
                        self.wfile.write(reply.body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                    return
                for _ in range(max(reply.chunk_repeat, 1)):
                    self.wfile.write(reply.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        return [h for h in self.log if h.path == path]

    def paths(self) -> list[str]:
        return [h.path for h in self.log]

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.server.shutdown()
        self.server.server_close()


def intervals(hits: list[Hit]) -> list[float]:
    times = sorted(h.at for h in hits)
    return [b - a for a, b in itertools.pairwise(times)]
