"""Run statistics, the progress line on a TTY and the one-screen summary at the end."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

SKIP_KINDS = {"robots": "skipped_robots", "unsafe": "refused_safety", "out_of_scope": "skipped_scope"}
# Counted but not named on stderr: a URL robots.txt or the job's scope keeps us from is the crawl being
# polite, not news (a host whose robots.txt cannot be read is named once, as robots_unavailable).
QUIET_KINDS = frozenset({"robots", "out_of_scope"})


def failure_line(url: str, kind: str, detail: str = "") -> str:
    """The one stderr line naming a URL the crawl gave up on (or refused) and why."""
    return f"repost crawl: {url}: {kind}{': ' + detail if detail else ''}"


@dataclass(slots=True)
class Stats:
    started: float = field(default_factory=time.monotonic)
    counts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    records: Counter[str] = field(default_factory=Counter)
    bytes: int = 0

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] += n

    def fail(self, kind: str) -> None:
        """A URL given up on: robots/safety/scope refusals are counted apart from real errors."""
        if kind in SKIP_KINDS:
            self.counts[SKIP_KINDS[kind]] += 1
        else:
            self.errors[kind] += 1

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def failed(self) -> bool:
        """Errors, error records, or an address refused for safety: a URL the job named or a page redirected
        to went unfetched, which the user must hear of (robots.txt and scope skips are the crawl's policy)."""
        return bool(self.errors) or self.records["error"] > 0 or self.counts["refused_safety"] > 0

    def to_json(self) -> dict[str, Any]:
        keys = ("fetched", "not_modified", "unchanged", "duplicates", "skipped_robots", "refused_safety",
                "skipped_scope", "skipped_type", "redirected", "index_pages", "requests")
        return {**{k: self.counts[k] for k in keys}, "records": dict(sorted(self.records.items())),
                "errors": dict(sorted(self.errors.items())), "bytes": self.bytes,
                "seconds": round(self.seconds, 3)}


class Progress:
    """A single self-rewriting line on stderr, only when stderr is a terminal."""

    def __init__(self, stream: IO[str], enabled: bool | None = None) -> None:
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self._last = 0.0

    def update(self, stats: Stats, queued: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.2 and not force):
            return
        self._last = now
        c = stats.counts
        done = c["fetched"] + c["not_modified"] + c["unchanged"]
        rate = c["requests"] / max(stats.seconds, 1e-6)
        line = (f"\r{done} pages ({c['fetched']} new, {c['not_modified'] + c['unchanged']} unchanged), "
                f"{queued} queued, {sum(stats.errors.values())} errors, {rate:.1f} req/s")
        self.stream.write(line[:200] + "\x1b[K")  # clear what a longer earlier line left
        self.stream.flush()

    def notice(self, line: str) -> None:
        """One line for the user (a failed URL), written above the progress line when there is one."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(line + "\n")
        self.stream.flush()
        self._last = 0.0  # the progress line is drawn again at the next update

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _pairs(counter: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.items() if v) or "none"


def summary(stats: dict[str, Any], where: str, resumed: bool) -> str:
    """The one-screen report printed at the end of a crawl."""
    mb = stats["bytes"] / 1e6
    lines = [
        f"crawl {'resumed and ' if resumed else ''}finished in {stats['seconds']:.1f} s, "
        f"{stats['requests']} requests, {mb:.2f} MB",
        f"  articles: {stats['fetched']} new or changed, {stats['not_modified']} not modified (304), "
        f"{stats['unchanged']} unchanged (same digest), {stats['duplicates']} the same bytes as another URL's",
        f"  records:  {_pairs(stats['records'])}",
        f"  index pages (sitemaps, feeds, lists): {stats['index_pages']}, redirects queued: {stats['redirected']}",
        f"  skipped:  robots.txt {stats['skipped_robots']}, unsafe address {stats['refused_safety']}, "
        f"out of scope {stats['skipped_scope']}, not HTML {stats['skipped_type']}",
        f"  errors:   {_pairs(stats['errors'])}",
        f"  output:   {where}/ (crawl.warc.gz, articles.jsonl, stats.json)",
    ]
    return "\n".join(lines)
