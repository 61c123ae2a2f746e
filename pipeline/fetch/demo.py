"""``repost demo``: serve the bundled fixture web on loopback, crawl it, clean it, show the result.

Each fixture site gets its own port on 127.0.0.1 (preferring fixed ports, so running the demo
again into the same directory shows the incremental re-crawl: 304s and no new records). The server
answers conditional requests with ETags, like a real site would.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

from .loopback import start_server

PREFERRED_PORT = 8531


@dataclass
class Hit:
    at: float
    site: str
    path: str
    headers: dict[str, str]


@dataclass
class FixtureWeb:
    """Static sites from folders, one ThreadingHTTPServer each, with a request log for audits."""

    root: Path
    content_types: dict[str, dict[str, str]]
    log: list[Hit] = field(default_factory=list)
    bases: dict[str, str] = field(default_factory=dict)
    servers: list[ThreadingHTTPServer] = field(default_factory=list)

    def reply(self, site: str, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        self.log.append(Hit(time.monotonic(), site, path, headers))
        file = (self.root / site / path.split("?", 1)[0].lstrip("/")).resolve()
        if not file.is_file() or (self.root / site).resolve() not in file.parents:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        body = file.read_bytes()
        if file.suffix in (".xml", ".txt"):
            body = body.replace(b"{base}", self.bases[site].encode("ascii"))
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        types = self.content_types.get(site, {})
        default = "text/plain" if file.suffix == ".txt" else "application/xml"
        return 200, {"Content-Type": types.get(file.suffix, default), "ETag": etag}, body

    def serve(self, site: str, port: int) -> None:
        def respond(path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
            return self.reply(site, path, headers)

        try:
            server = start_server(respond, port=port)
        except OSError:  # the preferred port is taken: any free one will do
            server = start_server(respond)
        self.servers.append(server)
        self.bases[site] = f"http://127.0.0.1:{server.server_address[1]}"

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


@contextmanager
def fixture_web(root: Path, sites: list[str], first_port: int = 0) -> Iterator[FixtureWeb]:
    types = json.loads((root / "content_types.json").read_text(encoding="utf-8")) \
        if (root / "content_types.json").is_file() else {}
    web = FixtureWeb(root, types)
    try:
        for i, site in enumerate(sites):
            web.serve(site, first_port + i if first_port else 0)
        yield web
    finally:
        web.close()


def demo_job_data(root: Path, bases: dict[str, str]) -> dict[str, Any]:
    text = (root / "demo.toml").read_text(encoding="utf-8")
    for site, base in bases.items():
        text = text.replace("{" + site + "}", base)
    return tomllib.loads(text)


def run_demo(out: Path, args: argparse.Namespace) -> int:
    from .commands import settings_and_rules
    from .config import parse_job
    from .crawl import run_crawl

    with resources.as_file(resources.files("pipeline") / "data" / "demo") as root:
        sites = sorted(p.name for p in root.iterdir() if p.is_dir())
        with fixture_web(root, sites, PREFERRED_PORT) as web:
            job = parse_job(str(root / "demo.toml"), demo_job_data(root, web.bases), root)
            settings, rules = settings_and_rules(args, job)
            print(f"serving {len(sites)} fixture sites on " + ", ".join(web.bases.values()))
            result = run_crawl(job, out, settings, rules)
            fixed_ports = all(base.endswith(f":{PREFERRED_PORT + i}") for i, base in enumerate(web.bases.values()))
    print(result.summary)
    jsonl = result.run_dir / "articles.jsonl"
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = (record["text"] or "").replace("\n", " ")
        print(f"  [{record['encoding']}{', mislabeled' if record['mislabeled'] else ''}] "
              f"{record['title']}: {text[:36]}…")
    print(f"clean articles: {jsonl}\nWARC: {result.run_dir / 'crawl.warc.gz'}")
    if fixed_ports:
        print(f"run the demo again into {out} for the incremental re-crawl (304s, no new records)")
    return 1 if result.stats["failed"] else 0
