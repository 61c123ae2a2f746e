"""Audit27's harness: builds loopback sites and crawl jobs, runs the real CLI, gathers what it wrote.

A case is a function ``case(env)`` whose docstring states the expectation (written before any run); it calls
``env.check(condition, message)`` for each expectation. ``env.crawl(job)`` runs
``python -m pipeline crawl JOB --out DIR`` in a subprocess (its own peak memory measured with wait4).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import a27_server as srv
from a27_texts import Story

REPO = Path(__file__).resolve().parents[2]

DEFAULT_FETCH = {
    "connect_timeout": 2.0, "read_timeout": 1.5, "total_timeout": 3.0, "max_bytes": 1_000_000,
    "retries": 2, "backoff": 0.2, "backoff_max": 1.0, "max_retry_after": 5.0, "max_redirects": 5,
}


@dataclass
class Result:
    rc: int
    stdout: str
    stderr: str
    elapsed: float
    maxrss_mb: float
    out: Path
    runs: list[Path]

    def records(self, run: int = -1) -> list[dict[str, Any]]:
        if not self.runs:
            return []
        return read_jsonl(self.runs[run] / "articles.jsonl")

    def all_records(self) -> list[dict[str, Any]]:
        return [r for run in self.runs for r in read_jsonl(run / "articles.jsonl")]

    def stats(self, run: int = -1) -> dict[str, Any]:
        if not self.runs:
            return {}
        path = self.runs[run] / "stats.json"
        return json.loads(path.read_text()) if path.exists() else {}

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(value)


@dataclass
class Env:
    tmp: Path
    verbose: bool = False
    failures: list[str] = field(default_factory=list)
    sites: list[srv.Site] = field(default_factory=list)
    next_host: int = 2

    # --- sites ------------------------------------------------------------------------------------
    def site(self, routes: dict[str, srv.Handler] | None = None,
             robots: str | None = "User-agent: *\nAllow: /\n") -> srv.Site:
        site = srv.Site(f"127.0.0.{self.next_host}")
        self.next_host += 1
        if robots is not None:
            site.routes["/robots.txt"] = srv.static(robots.encode(), "text/plain")
        site.routes.update(routes or {})
        self.sites.append(srv.start(site))
        return site

    def news_site(self, stories: list[Story], robots: str | None = "User-agent: *\nAllow: /\n", *,
                  etag: bool = False, sitemap: bool = True) -> srv.Site:
        site = self.site(robots=robots)
        for story in stories:
            site.routes[f"/news/{story.slug}.html"] = srv.article(story, etag=etag)
        if sitemap:
            site.routes["/sitemap.xml"] = srv.static(
                srv.sitemap([site.url(f"/news/{s.slug}.html") for s in stories]), "application/xml")
        return site

    def close(self) -> None:
        for site in self.sites:
            srv.stop(site)
        self.sites.clear()

    # --- jobs -------------------------------------------------------------------------------------
    def job(self, sites: list[dict[str, Any]], *, name: str = "a27", fetch: dict[str, Any] | None = None,
            delay: float = 0.05, limits: dict[str, Any] | None = None, top: dict[str, Any] | None = None,
            raw: str | None = None) -> Path:
        path = self.tmp / f"{name}.toml"
        if raw is not None:
            path.write_text(raw, encoding="utf-8")
            return path
        head = {"name": name, "user_agent": "a27bot/1.0", "contact": "https://example.org/a27",
                "allow_private_networks": True, **(top or {})}
        lines = [f"{k} = {toml_value(v)}" for k, v in head.items()]
        lines += ["", "[limits]"] + [f"{k} = {toml_value(v)}" for k, v in
                                      {"max_pages": 50, "max_depth": 2, **(limits or {})}.items()]
        lines += ["", "[politeness]", f"delay = {delay!r}", "per_host = 1", "concurrency = 4"]
        lines += ["", "[fetch]"] + [f"{k} = {toml_value(v)}" for k, v in {**DEFAULT_FETCH, **(fetch or {})}.items()]
        for entry in sites:
            lines += ["", "[[sites]]"] + [f"{k} = {toml_value(v)}" for k, v in entry.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    # --- runs -------------------------------------------------------------------------------------
    def command(self, job: Path | None, out: Path, extra: list[str] | None = None) -> list[str]:
        args = [sys.executable, "-m", "pipeline", "crawl"]
        if job is not None:
            args.append(str(job))
        return args + ["--out", str(out)] + (extra or [])

    def crawl(self, job: Path | None, out: Path | None = None, extra: list[str] | None = None,
              timeout: float = 90.0) -> Result:
        out = out or self.tmp / "out"
        proc = self.popen(job, out, extra)
        return self.finish(proc, out, timeout)

    def popen(self, job: Path | None, out: Path, extra: list[str] | None = None) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        return subprocess.Popen(self.command(job, out, extra), cwd=self.tmp, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)

    def finish(self, proc: subprocess.Popen[str], out: Path, timeout: float = 90.0) -> Result:
        started = time.monotonic()
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
            stderr += f"\n[a27: killed after {timeout} s]"
        elapsed = time.monotonic() - started
        rss = 0.0
        try:
            import resource
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        except Exception:
            pass
        runs = sorted(p for p in (out / "runs").glob("*") if p.is_dir()) if (out / "runs").exists() else []
        if self.verbose:
            print(f"    rc={proc.returncode} {elapsed:.1f}s runs={len(runs)}\n    stderr: "
                  + stderr.strip().replace("\n", "\n            ")[:3000])
        return Result(proc.returncode, stdout, stderr, elapsed, rss, out, runs)

    # --- checks -----------------------------------------------------------------------------------
    def check(self, condition: bool, message: str) -> bool:
        if not condition:
            self.failures.append(message)
        return condition

    def expect_article(self, res: Result, site: srv.Site, path: str, story: Story,
                       records: list[dict[str, Any]] | None = None) -> None:
        url = site.url(path)
        found = [r for r in (res.all_records() if records is None else records) if r.get("url") == url]
        if not self.check(len(found) == 1, f"{path}: {len(found)} record(s) with url {url} (expected 1)"):
            return
        rec = found[0]
        self.check(rec.get("status") == "ok", f"{path}: status {rec.get('status')} {rec.get('reason')}")
        self.check(rec.get("title") == story.title, f"{path}: title {rec.get('title')!r}")
        self.check(rec.get("text") == "\n".join(story.paragraphs), f"{path}: text {str(rec.get('text'))[:120]!r}")
        self.check(str(rec.get("published") or "").startswith(story.published),
                   f"{path}: published {rec.get('published')!r}")

    def expect_error_line(self, res: Result, needle: str, what: str) -> None:
        lines = [line for line in res.error_lines() if needle in line]
        self.check(bool(lines), f"no stderr line naming {needle} ({what}); stderr: {res.stderr.strip()[-300:]!r}")

    def expect_no_traceback(self, res: Result) -> None:
        self.check("Traceback" not in res.stderr, "a traceback on stderr: " + res.stderr.strip()[-400:])

    def expect_rc(self, res: Result, rc: int | tuple[int, ...]) -> None:
        wanted = rc if isinstance(rc, tuple) else (rc,)
        self.check(res.rc in wanted, f"exit code {res.rc}, expected {' or '.join(map(str, wanted))}")


def gz_ok(path: Path) -> bool:
    try:
        with gzip.open(path) as stream:
            while stream.read(1 << 20):
                pass
        return True
    except (OSError, EOFError):
        return False


def make_env(verbose: bool) -> Env:
    return Env(Path(tempfile.mkdtemp(prefix="a27-")), verbose)
