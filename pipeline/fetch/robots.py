"""robots.txt, fetched and cached per host before any other request to it (RFC 9309).

* 2xx: parsed with protego; its Crawl-delay (for our agent) raises the host's delay; a Crawl-delay over the
  job's ``max_crawl_delay`` skips the host for this run (as Nutch does), reported like an unavailable file.
* 4xx (including 404): no rules, everything allowed.
* 5xx, network errors, an unsafe or over-large robots.txt: everything disallowed for this run
  (RFC 9309 lets a crawler assume a complete disallow while the server is unreachable); the caller's
  ``on_unavailable`` hears of it once per origin, so a whole site skipped is reported, not silent.
Redirects are followed up to five hops (RFC 9309 section 2.3.1.2), each hop checked for safety.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from .client import Fetcher, FetchError, Response
from .urls import canonical, host_key, origin

ROBOTS_HOPS = 5


@dataclass(slots=True)
class Robots:
    parser: Protego | None
    allow_all: bool
    reason: str

    def allowed(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


class RobotsCache:
    """One robots.txt per origin per run; concurrent callers wait for the first fetch."""

    def __init__(self, fetcher: Fetcher, agent_token: str,
                 on_response: Callable[[Response], object] | None = None,
                 on_unavailable: Callable[[str, str], object] | None = None,
                 max_crawl_delay: float = float("inf")) -> None:
        self.fetcher, self.agent = fetcher, agent_token
        self.max_crawl_delay = max_crawl_delay
        self._robots: dict[str, Robots] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.on_response = on_response
        self.on_unavailable = on_unavailable  # (robots.txt URL, why): the origin is skipped this run

    async def get(self, url: str) -> Robots:
        key = origin(url)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self._robots:
                robots = self._robots[key] = await self._fetch(key)
                if robots.parser is None and not robots.allow_all and self.on_unavailable:
                    self.on_unavailable(f"{key}/robots.txt", robots.reason)
        return self._robots[key]

    async def check(self, url: str) -> None:
        """Raise ``FetchError("robots")`` naming why, when robots.txt keeps us from ``url``."""
        robots = await self.get(url)
        if not robots.allowed(url, self.agent):
            raise FetchError("robots", url, f"disallowed ({robots.reason})")

    async def allowed(self, url: str) -> bool:
        return (await self.get(url)).allowed(url, self.agent)

    async def _fetch(self, base: str) -> Robots:
        url = f"{base}/robots.txt"
        for _ in range(ROBOTS_HOPS + 1):
            try:
                response = await self.fetcher.get(url)
            except FetchError as exc:
                return Robots(None, False, f"robots.txt unavailable ({exc.kind}: {exc.detail})"
                                           ": disallow all")
            if self.on_response:
                self.on_response(response)
            target = self.fetcher.redirect_target(response)
            if target is None:
                return self._parse(response, host_key(base))
            url = canonical(target) or url
        return Robots(None, True, "robots.txt redirects too often: no rules")

    def _parse(self, response: Response, host: str) -> Robots:
        status = response.status
        if 200 <= status < 300:
            text = response.body.decode("utf-8", "replace")
            robots = Robots(Protego.parse(text), True, "by robots.txt")
            delay = robots.crawl_delay(self.agent)
            if delay and delay > self.max_crawl_delay:  # obeyed, a run would hold its lock for days
                return Robots(None, False, f"Crawl-delay {delay:g} s is over max_crawl_delay "
                                           f"{self.max_crawl_delay:g} s: host skipped this run")
            if delay:
                self.fetcher.politeness.gate(host).set_delay(delay)
            return robots
        if 400 <= status < 500:
            return Robots(None, True, f"robots.txt {status}: no rules")
        return Robots(None, False, f"robots.txt {status}: disallow all")

