"""Audit27's loopback web: one threaded HTTP server per emulated host (127.0.0.N, its own port).

A site is a route table: path (with query) -> a handler that writes the response itself, so a route can
misbehave (trickle, hang, lie in its headers, stream forever). Every request is logged with its arrival
and end times, its path and headers, and how many body bytes the server managed to send.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from a27_texts import Story

Handler = Callable[["SiteHandler"], None]


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    start: float
    end: float = 0.0
    sent: int = 0


@dataclass
class Site:
    address: str
    routes: dict[str, Handler] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    counters: dict[str, int] = field(default_factory=dict)

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://{self.address}:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def count(self, key: str) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]


class SiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: Site
    hit: Hit

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        site = self.server.site  # type: ignore[attr-defined]
        self.site = site
        self.hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
        site.hits.append(self.hit)
        route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0].split("#")[0] + "*")
        try:
            if route is None:
                not_found(self)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
            self.close_connection = True
        finally:
            self.hit.end = time.monotonic()

    def send(self, status: int, body: bytes, headers: dict[str, str] | None = None, *, length: bool = True) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.write(body)

    def write(self, body: bytes) -> None:
        self.wfile.write(body)
        self.wfile.flush()
        self.hit.sent += len(body)


class QuietServer(ThreadingHTTPServer):
    """A client hanging up mid-request is what these cases provoke: not worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        return


def start(site: Site) -> Site:
    server = QuietServer((site.address, 0), SiteHandler)
    server.daemon_threads = True
    server.site = site  # type: ignore[attr-defined]
    site.server = server
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site


def stop(site: Site) -> None:
    if site.server is not None:
        site.server.shutdown()
        site.server.server_close()


# --- responses -------------------------------------------------------------------------------------

def not_found(h: SiteHandler) -> None:
    h.send(404, b"<html><body><h1>Not found</h1></body></html>", {"Content-Type": "text/html; charset=utf-8"})


def static(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
           extra: dict[str, str] | None = None) -> Handler:
    def handler(h: SiteHandler) -> None:
        h.send(status, body, {"Content-Type": content_type, **(extra or {})})
    return handler


def redirect(location: str, status: int = 301) -> Handler:
    def handler(h: SiteHandler) -> None:
        h.send(status, b"", {"Location": location, "Content-Type": "text/html"})
    return handler


def article_html(story: Story, *, charset: str = "utf-8", meta: str | None = None, extra_head: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story.paragraphs)
    meta_tag = f'<meta charset="{meta or charset}">' if (meta or charset) else ""
    site_name = "The Harbour Courier" if story.lang == "en" else "河湾日报"
    return (
        f'<!DOCTYPE html>\n<html lang="{story.lang}"><head>{meta_tag}\n'
        f"<title>{story.title} | {site_name}</title>\n"
        f'<meta property="article:published_time" content="{story.published}T08:00:00+00:00">\n'
        f"{extra_head}</head>\n<body>\n"
        f'<nav><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sport/">Sport</a></nav>\n'
        f"<article>\n<h1>{story.title}</h1>\n{paragraphs}\n</article>\n"
        f"<footer>Copyright 2026 {site_name}. All rights reserved.</footer>\n</body></html>\n"
    )


def article(story: Story, *, charset: str = "utf-8", header_charset: str | None = None,
            etag: bool = False) -> Handler:
    body = article_html(story, charset=charset).encode(charset)
    label = header_charset or charset
    return page(body, f"text/html; charset={label}", etag=etag)


def page(body: bytes, content_type: str, *, etag: bool = False) -> Handler:
    tag = f'"{zlib.crc32(body):08x}"'
    modified = formatdate(time.time() - 86400, usegmt=True)

    def handler(h: SiteHandler) -> None:
        headers = {"Content-Type": content_type}
        if etag:
            headers["ETag"] = tag
            headers["Last-Modified"] = modified
            if h.headers.get("If-None-Match") == tag:
                h.send(304, b"", {"ETag": tag})
                return
        h.send(200, body, headers)
    return handler


def list_page(links: list[str], title: str = "News", base: str | None = None) -> bytes:
    items = "\n".join(f'<li><a href="{link}">Story {i}</a></li>' for i, link in enumerate(links, 1))
    base_tag = f'<base href="{base}">' if base else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{base_tag}<title>{title}</title></head>'
        f"<body><h1>{title}</h1><ul>\n{items}\n</ul></body></html>"
    ).encode()


def sitemap(urls: list[str]) -> bytes:
    entries = "".join(f"<url><loc>{u}</loc><lastmod>2026-10-01</lastmod></url>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n"
    ).encode()


def sitemap_index(urls: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{u}</loc></sitemap>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</sitemapindex>\n"
    ).encode()


def encoded(body: bytes, coding: str, content_type: str = "text/html; charset=utf-8") -> Handler:
    if coding == "gzip":
        data = gzip.compress(body)
    elif coding == "deflate":
        data = zlib.compress(body)
    elif coding == "raw-deflate":
        compressor = zlib.compressobj(wbits=-15)
        data = compressor.compress(body) + compressor.flush()
        coding = "deflate"
    elif coding == "br":
        import brotli  # type: ignore[import-not-found]
        data = brotli.compress(body)
    else:
        raise ValueError(coding)
    return static(data, content_type, extra={"Content-Encoding": coding})


def gzip_bomb(size: int) -> bytes:
    """``size`` bytes of spaces inside an HTML page, gzip-compressed (about 1000:1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(b"<!DOCTYPE html><html><body><p>")]
    for _ in range(size // len(chunk)):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.compress(b"</p></body></html>"))
    parts.append(compressor.flush())
    return b"".join(parts)


def endless(chunk: bytes = b"<p>" + b"x" * 65530 + b"</p>", *, declared: int | None = None,
            limit: int = 200 << 20) -> Handler:
    """A body that keeps coming (up to ``limit`` bytes) as fast as the client reads it."""
    def handler(h: SiteHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        if declared is not None:
            h.send_header("Content-Length", str(declared))
        else:
            h.send_header("Connection", "close")
        h.close_connection = True
        h.end_headers()
        h.write(b"<!DOCTYPE html><html><body>")
        while h.hit.sent < limit:
            h.write(chunk)
    return handler


def trickle(interval: float, *, total: float = 120.0) -> Handler:
    """Headers at once, then one byte every ``interval`` seconds for up to ``total`` seconds."""
    def handler(h: SiteHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Connection", "close")
        h.close_connection = True
        h.end_headers()
        h.wfile.flush()
        started = time.monotonic()
        while time.monotonic() - started < total:
            h.write(b" ")
            time.sleep(interval)
    return handler


def silent(total: float = 120.0) -> Handler:
    """Accept the request and never answer (until ``total`` seconds pass or the client hangs up)."""
    def handler(h: SiteHandler) -> None:
        h.connection.settimeout(total)
        with contextlib.suppress(OSError):
            h.rfile.read(1)
        h.close_connection = True
    return handler


def sequence(*handlers: Handler) -> Handler:
    """The Nth request of this route gets handlers[N] (the last one repeats)."""
    key = f"seq-{id(handlers)}"

    def handler(h: SiteHandler) -> None:
        n = h.site.count(key)
        handlers[min(n, len(handlers)) - 1](h)
    return handler


def status(code: int, headers: dict[str, str] | None = None) -> Handler:
    body = f"<html><body><h1>Error {code}</h1></body></html>".encode()
    return static(body, status=code, extra=headers)


def truncated(body: bytes) -> Handler:
    """Declares the full length, sends half, then closes."""
    def handler(h: SiteHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.write(body[: len(body) // 2])
        h.close_connection = True
    return handler
