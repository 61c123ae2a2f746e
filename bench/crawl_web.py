"""The generated loopback web for bench_crawl.py, with a request log and the server-side audit.

Each site listens on its own loopback address (127.0.0.2, 127.0.0.3, ...) so every crawler (ours,
Scrapy, a raw httpx loop) sees one host per site. A trap server on 127.0.0.250 stands for an
address the crawl must never reach: sitemaps link to it and one article redirects to it.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

from pipeline.fetch.loopback import start_server

WORDS = ("城市", "居民", "今年", "部门", "工作", "项目", "发展", "服务", "社区", "学校", "交通", "公园", "市场",
         "记者", "介绍", "表示", "计划", "完成", "开放", "建设", "改造", "提高", "活动", "参加", "增加", "新的")
TRAP_IP = "127.0.0.250"


def paragraph(rng: random.Random, n: int) -> str:
    return "，".join("".join(rng.choice(WORDS) for _ in range(4)) for _ in range(n)) + "。"


@dataclass
class Hit:
    at: float
    site: int
    path: str
    status: int
    retry_after: float | None


@dataclass
class Web:
    sites: int
    articles: int
    crawl_delay: float | None
    faults: bool
    log: list[Hit] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    trap: str = ""
    _servers: list[ThreadingHTTPServer] = field(default_factory=list)
    _seen: set[tuple[int, str]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def article(self, site: int, i: int) -> bytes:
        rng = random.Random(site * 100_003 + i)
        body = "".join(f"<p>{paragraph(rng, 12)}</p>" for _ in range(6))
        nav = "".join(f'<a href="/a/{j}.html">相关{j}</a>' for j in range(10))
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>第{site}站第{i}篇</title></head>"
                f"<body><div class=nav>{nav}</div><article><h1>第{site}站第{i}篇</h1>{body}</article>"
                f"<footer>版权所有 转载请注明</footer></body></html>").encode()

    def allowed(self, site: int) -> list[str]:
        return [f"/a/{i}.html" for i in range(self.articles)]

    def robots(self) -> bytes:
        delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else ""
        return f"User-agent: *\nDisallow: /private/\n{delay}".encode()

    def sitemap(self, site: int) -> bytes:
        base = self.bases[site]
        paths = [*self.allowed(site), "/a/0.html?utm_source=feed&utm_medium=rss"]
        urls = [base + p for p in paths]
        if self.faults:
            urls += [base + "/private/1.html", base + "/private/2.html", base + "/r/0.html", self.trap + "/trap"]
        locs = "".join(f"<url><loc>{u.replace('&', '&amp;')}</loc></url>" for u in urls)
        return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()

    def reply(self, site: int, path: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(path)
        if site < 0:
            return 200, {}, b"trap"
        if parts.path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, self.robots()
        if parts.path == "/sitemap.xml":
            return 200, {"Content-Type": "application/xml"}, self.sitemap(site)
        if self.faults and parts.path == "/r/0.html":
            return 302, {"Location": self.trap + "/trap"}, b""
        if self.faults and parts.path in ("/a/3.html", "/a/5.html"):
            with self._lock:
                first = (site, parts.path) not in self._seen
                self._seen.add((site, parts.path))
            if first:
                return (429 if parts.path == "/a/3.html" else 503), {"Retry-After": "1"}, b""
        if parts.path.startswith(("/a/", "/private/")):
            i = int(parts.path.rsplit("/", 1)[1].split(".")[0])
            return 200, {"Content-Type": "text/html; charset=utf-8"}, self.article(site, i)
        return 404, {}, b""

    def _server(self, ip: str, site: int) -> str:
        def respond(path: str, _headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
            at = time.monotonic()
            status, headers, body = self.reply(site, path)
            ra = headers.get("Retry-After")
            self.log.append(Hit(at, site, path, status, float(ra) if ra else None))
            return status, headers, body

        server = start_server(respond, host=ip)
        self._servers.append(server)
        return f"http://{ip}:{server.server_address[1]}"

    def __enter__(self) -> Web:
        self.trap = self._server(TRAP_IP, -1)
        self.bases = [self._server(f"127.0.0.{i + 2}", i) for i in range(self.sites)]
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def reset(self) -> None:
        self.log.clear()
        self._seen.clear()


def normal(path: str) -> str:
    parts = urlsplit(path)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def audit(web: Web) -> dict[str, float]:
    """Server-side checks of one crawl: politeness violations, duplicates, coverage, delay bound."""
    by_site: dict[int, list[Hit]] = defaultdict(list)
    for hit in sorted(web.log, key=lambda h: h.at):
        by_site[hit.site].append(hit)
    out = {"robots": 0, "interval": 0, "retry_after": 0, "duplicates": 0, "forbidden": len(by_site.pop(-1, [])),
           "coverage": 0.0, "bound": 0.0, "span": 0.0}
    covered = 0
    for site, hits in by_site.items():
        out["robots"] += sum(h.path.startswith("/private/") for h in hits) + (hits[0].path != "/robots.txt")
        bound = 0.0
        for prev, cur in itertools.pairwise(hits):
            need = max(web.crawl_delay or 0.0, prev.retry_after or 0.0)
            gap = cur.at - prev.at
            bound += need
            if prev.retry_after and gap < prev.retry_after - 0.001:
                out["retry_after"] += 1
            elif web.crawl_delay and gap < web.crawl_delay - 0.001:
                out["interval"] += 1
        out["bound"] = max(out["bound"], bound)
        ok = [normal(h.path) for h in hits if h.status == 200 and h.path.startswith("/a/")]
        out["duplicates"] += len(ok) - len(set(ok))
        covered += len(set(ok) & set(web.allowed(site)))
    if web.log:
        times = [h.at for h in web.log]
        out["span"] = max(times) - min(times)
    out["coverage"] = covered / (web.sites * web.articles)
    return out
