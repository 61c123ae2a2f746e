"""The crawl engine: per-host queues over the SQLite frontier, polite fetches, WARC + clean JSONL.

One worker task per host slot takes URLs from its host's queue. Each fetched page is processed in
a task of its own: cleaned (in a child process, cleaner.py), then handed to the :class:`PageWriter`,
which writes its WARC and JSONL records, fsyncs them and commits the page to the frontier with the
URLs it links to (see frontier.py for why this order makes a SIGKILL safe). Articles run through
the same stages as ``repost clean``.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from ..record import Provenance, Record, record_id
from ..settings import Settings
from ..sites import SiteRules
from . import politeness as pace
from .cleaner import Cleaner
from .client import Fetcher, FetchError, HopCheck, Response, now_iso
from .config import Job, Site, seeds
from .discover import Links, classify, feed_links, found_in, page_links, sitemap_links
from .frontier import Entry, Found, Frontier, Outcome
from .output import DirLock, DurableJsonl, PageWriter, new_run_dir, write_stats
from .report import QUIET_KINDS, SKIP_KINDS, Progress, Stats, failure_line, summary
from .robots import RobotsCache
from .safety import SafetyChecker
from .urls import host_key
from .warc import WarcOut, payload_digest, trim

ARTICLE_KINDS = ("article", "auto")
BACKLOG = 32  # fetched pages waiting to be cleaned and written, at most (bounds memory)


@dataclass(slots=True)
class Visit:
    """What handling one response decided: the URL's outcome, what it links to, what to write."""

    outcome: Outcome
    found: list[Found] = field(default_factory=list)
    writes: list[Callable[[], object]] = field(default_factory=list)
    record: Record | None = None  # an article's clean record, counted once written (it may be a duplicate)


@dataclass(slots=True)
class RunResult:
    stats: dict[str, Any]
    run_dir: Path
    resumed: bool
    summary: str


class Crawler:
    def __init__(self, job: Job, frontier: Frontier, writer: PageWriter, cleaner: Cleaner,
                 progress: Progress) -> None:
        self.job, self.frontier, self.writer = job, frontier, writer
        self.warc, self.jsonl = writer.warc, writer.jsonl
        self.cleaner, self.progress, self.stats = cleaner, progress, Stats()
        p = job.politeness
        self.politeness = pace.Politeness(p.delay, p.per_host, p.concurrency)
        self.fetcher = Fetcher(job.fetch, self.politeness, SafetyChecker(job.allow_private_networks))
        agent_token = job.fetch.user_agent.split("/", 1)[0]
        self.robots = RobotsCache(self.fetcher, agent_token, on_response=writer.archive,
                                  on_unavailable=partial(self._fail, "robots_unavailable"),
                                  max_crawl_delay=p.max_crawl_delay)
        self.queues: dict[str, asyncio.Queue[Entry]] = {}
        self.known: set[str] = set()
        self.pending = 0
        self.pages = 0
        self.done = asyncio.Event()
        self.backlog = asyncio.Semaphore(BACKLOG)
        self.processing: set[asyncio.Task[None]] = set()
        self.tasks: list[asyncio.Task[None]] = []

    async def crawl(self) -> Stats:
        self.known = self.frontier.urls()
        names = {site.name for site in self.job.sites}
        for entry in self.frontier.due(sys.maxsize):
            if entry.site in names:  # a site removed from the job keeps its state but is not crawled
                self._enqueue(entry)
        if self.pending:
            await self.done.wait()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.fetcher.aclose()
        self.stats.bytes = self.fetcher.bytes
        self.progress.update(self.stats, 0, force=True)
        return self.stats

    def _enqueue(self, entry: Entry) -> None:
        host = host_key(entry.url)
        if host not in self.queues:
            self.queues[host] = asyncio.Queue()
            for _ in range(self.job.politeness.per_host):
                self.tasks.append(asyncio.create_task(self._worker(self.queues[host])))
        self.queues[host].put_nowait(entry)
        self.pending += 1

    async def _worker(self, queue: asyncio.Queue[Entry]) -> None:
        """Fetch the host's URLs one after another; each page is processed (cleaned, written,
        committed) in its own task, so cleaning never holds up the host's next request."""
        while True:
            entry = await queue.get()
            if self._over_limits(entry):
                self._finished()
                continue
            try:
                fetched = await self._fetch(entry)
            except Exception as exc:  # a bug on one page must not stall the crawl
                fetched = exc
            await self.backlog.acquire()
            task = asyncio.create_task(self._process(entry, fetched))
            self.processing.add(task)
            task.add_done_callback(self.processing.discard)

    def _fail(self, kind: str, url: str, detail: str = "", named: bool = False) -> None:
        """Count a URL given up on (or refused) and name it in one line, unless it is a polite skip."""
        self.stats.fail(kind)
        if named or kind not in QUIET_KINDS:
            self.progress.notice(failure_line(url, kind, detail))

    def _finished(self) -> None:
        self.pending -= 1
        self.stats.counts["requests"] = self.fetcher.requests
        self.progress.update(self.stats, self.pending)
        if self.pending == 0:
            self.done.set()

    def _over_limits(self, entry: Entry) -> bool:
        limits = self.job.limits
        if entry.kind in ARTICLE_KINDS and self.pages >= limits.max_pages:
            return True
        return self.fetcher.bytes >= limits.max_total_bytes

    def _check(self, site: Site) -> HopCheck:
        async def check(url: str) -> None:
            if not site.in_scope(url):
                raise FetchError("out_of_scope", url, f"not in the scope of site {site.name!r}")
            await self.robots.check(url)
        return check

    async def _fetch(self, entry: Entry) -> Response | Exception:
        site = self.job.site(entry.site)
        if entry.kind in ARTICLE_KINDS:
            self.pages += 1
        extra: dict[str, str] = {}
        if entry.etag:
            extra["If-None-Match"] = entry.etag
        if entry.last_modified:
            extra["If-Modified-Since"] = entry.last_modified
        try:
            return await self.fetcher.follow(entry.url, extra, self._check(site), entry.redirects)
        except FetchError as exc:
            if entry.kind in ARTICLE_KINDS and exc.kind in SKIP_KINDS:  # no request made: not a page
                self.pages -= 1
            return exc

    async def _process(self, entry: Entry, fetched: Response | Exception) -> None:
        try:
            if isinstance(fetched, FetchError):
                # A redirect into a URL robots.txt keeps us from: the URL asked for is named (it was allowed).
                hop = fetched.kind == "robots" and (fetched.url != entry.url or bool(entry.redirects))
                self._fail(fetched.kind, entry.url, fetched.detail_for(entry.url, entry.redirects), named=hop)
                await self._commit(entry, Visit(Outcome(fetched.kind)))
            elif isinstance(fetched, Exception):
                raise fetched
            else:
                await self._commit(entry, await self._handle(entry, self.job.site(entry.site), fetched))
        except Exception as exc:  # a bug on one page must not stall the crawl
            self._fail("internal", entry.url, repr(exc))
        finally:
            self.backlog.release()
            self._finished()

    async def _commit(self, entry: Entry, visit: Visit) -> None:
        """Claim the new URLs now (so two pages linking to one URL queue it once), queue them once
        the page is durable."""
        new: list[Found] = []
        for f in visit.found:
            if f.url not in self.known and f.depth <= self.job.limits.max_depth:
                self.known.add(f.url)
                new.append(f)
        await self.writer.commit((entry.url, visit.outcome, new), visit.writes)
        if visit.outcome.outcome == "duplicate":
            self.stats.add("duplicates")
        if visit.record is not None:
            self.stats.records[visit.record.status] += 1
        for f in new:
            self._enqueue(Entry(f.url, f.site, f.kind, f.depth, f.redirects))

    async def _handle(self, entry: Entry, site: Site, response: Response) -> Visit:
        exchange: list[Callable[[], object]] = [partial(self.warc.exchange, response)]
        target = self.fetcher.redirect_target(response)
        if target is not None:  # to another host: queued behind that host's gate
            self.stats.add("redirected")
            hop = [*response.redirects, response.url]
            kind = "redirect_loop" if target in hop else None if site.in_scope(target) else "out_of_scope"
            if kind:  # the URL asked for was in scope and yields nothing: named, with the hop
                self._fail(kind, entry.url, " -> ".join([*hop, target]), named=True)
                return Visit(Outcome(kind), writes=exchange)
            return Visit(Outcome("redirect"), [Found(target, site.name, entry.kind, entry.depth, hop)], exchange)
        if response.status == 304 and entry.digest and entry.warc_date:
            self.stats.add("not_modified" if entry.kind in ARTICLE_KINDS else "index_pages")
            revisit = partial(self.warc.revisit, response, entry.digest, entry.warc_date, not_modified=True)
            return Visit(Outcome("not_modified"), writes=[revisit])
        if response.status != 200:
            wait = response.header("retry-after")
            self._fail(f"http_{response.status}", entry.url, f"Retry-After: {wait}" if wait else "")
            return Visit(Outcome(f"http_{response.status}"), writes=exchange)
        return await self._ok(entry, site, response)

    async def _ok(self, entry: Entry, site: Site, response: Response) -> Visit:
        """A 200: an unchanged page, an index to read links from, a non-HTML page, or an article."""
        kind = classify(response.body, response.header("content-type"))
        validators = {"etag": response.header("etag"), "last_modified": response.header("last-modified")}
        digest = payload_digest(response.body)
        if digest == entry.digest and entry.warc_date:
            self.stats.add("unchanged" if kind == "html" and entry.kind in ARTICLE_KINDS else "index_pages")
            revisit = partial(self.warc.revisit, response, digest, entry.warc_date, not_modified=False)
            return Visit(Outcome("unchanged", **validators), writes=[revisit])
        done = Outcome("ok", digest=digest, warc_date=response.fetched_at, **validators)
        found: list[Found] = []
        if kind in ("sitemap", "feed") and entry.kind in ("sitemap", "feed", "auto"):
            self.stats.add("index_pages")
            links = sitemap_links(response.body, response.url) if kind == "sitemap" else feed_links(
                response.body, response.url)
            found = found_in(site, links, ("sitemap", entry.depth), entry.depth + 1)
            if links.cut_short:
                self._fail("sitemap_cut_short", entry.url, "its root element never closes: the URLs before the "
                                                           "cut were read, any after it are lost")
        elif kind == "html" and entry.kind == "list":
            self.stats.add("index_pages")
            articles, lists = page_links(response.body, response.url, site.article, site.follow)
            found = found_in(site, Links(lists, articles), ("list", entry.depth + 1), entry.depth + 1)
        elif kind != "html" or entry.kind not in ARTICLE_KINDS:
            self.stats.add("skipped_type")
            done.outcome = "skipped_type"
        else:
            self.stats.add("fetched")
            record = await self._clean(response) if self.job.clean else None
            return Visit(done, writes=[partial(self.writer.twins.write, response, done, record)], record=record)
        return Visit(done, found, [partial(self.warc.exchange, response)])

    async def _clean(self, response: Response) -> Record:
        record = Record(
            id=record_id(response.url, None), url=response.url, raw=response.body, kind="html",
            content_type=response.header("content-type"),
            provenance=Provenance(http_status=response.status, headers=dict(response.headers),
                                  redirects=list(response.redirects), fetched_at=response.fetched_at))
        return await self.cleaner.clean(record)

def run_crawl(job: Job, out: Path, settings: Settings, rules: SiteRules,
              progress_stream: IO[str] | None = None) -> RunResult:
    """One run of ``job`` into ``out``: resumes an unfinished run, else starts the next generation."""
    with DirLock(out / "lock"):
        frontier = Frontier(out / "state.sqlite")
        try:
            for old_warc, warc_size, old_jsonl, jsonl_size in frontier.committed_sizes():
                trim(Path(old_warc), warc_size)
                trim(Path(old_jsonl), jsonl_size)
            run_dir = new_run_dir(out)
            _, resumed = frontier.open_run(run_dir.name, now_iso(), run_dir / "crawl.warc.gz",
                                           run_dir / "articles.jsonl")
            frontier.add(seeds(job))
            return _run(job, frontier, run_dir, resumed, settings, rules, progress_stream)
        finally:
            frontier.close()


def _run(job: Job, frontier: Frontier, run_dir: Path, resumed: bool, settings: Settings, rules: SiteRules,
         progress_stream: IO[str] | None) -> RunResult:
    progress = Progress(progress_stream or sys.stderr)
    jsonl = DurableJsonl(run_dir / "articles.jsonl", settings.explain)
    try:
        with WarcOut(run_dir / "crawl.warc.gz") as warc:
            warc.warcinfo({"software": "repost-pipeline crawl", "job": job.name, "format": "WARC File Format 1.1",
                           "robots": "obey", "http-header-user-agent": job.fetch.agent})
            writer, cleaner = PageWriter(warc, jsonl, frontier, run_dir.name), Cleaner(settings, rules)
            try:
                if job.clean:
                    cleaner.start()
                stats = asyncio.run(Crawler(job, frontier, writer, cleaner, progress).crawl())
            finally:
                cleaner.close()
                writer.close()
    finally:
        jsonl.close()
        progress.close()
    frontier.finish_run(run_dir.name, now_iso())
    data = stats.to_json() | {"resumed": resumed, "run": run_dir.name, "failed": stats.failed}
    write_stats(run_dir / "stats.json", data)
    return RunResult(data, run_dir, resumed, summary(data, str(run_dir), resumed))
