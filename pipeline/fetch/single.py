"""``repost fetch``: download single pages politely (robots.txt, safety, redirects) into a WARC."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import IO

from ..sinks.atomic import temp_beside
from .client import FetchConfig, Fetcher, FetchError, Response
from .politeness import Politeness
from .robots import RobotsCache
from .safety import SafetyChecker
from .urls import canonical
from .warc import WarcOut


async def _fetch_all(urls: list[str], config: FetchConfig, delay: float, allow_private: bool, warc: WarcOut,
                     log: IO[str]) -> int:
    fetcher = Fetcher(config, Politeness(delay, 1, 8), SafetyChecker(allow_private))
    robots = RobotsCache(fetcher, config.user_agent.split("/", 1)[0], on_response=warc.exchange)

    async def one(url: str) -> bool:
        chain: list[str] = []
        try:
            while True:
                response: Response = await fetcher.follow(url, None, robots.check, chain)
                warc.exchange(response)
                target = fetcher.redirect_target(response)
                if target is None:
                    break
                chain, url = [*response.redirects, response.url], target
        except FetchError as exc:
            print(f"repost fetch: {exc}", file=log)
            return False
        print(f"{response.url}: {response.status}, {len(response.body)} bytes", file=log)
        return response.status == 200

    try:
        results = await asyncio.gather(*(one(u) for u in urls))
    finally:
        await fetcher.aclose()
    return 0 if all(results) else 1


def fetch_pages(urls: list[str], out: Path, config: FetchConfig, delay: float = 1.0,
                allow_private: bool = False, log: IO[str] | None = None) -> int:
    """Fetch ``urls`` into ``out`` (a WARC.gz written atomically); exit code 0, or 1 if any failed."""
    log = log or sys.stderr
    canon = [canonical(u) for u in urls]
    bad = [u for u, c in zip(urls, canon, strict=True) if c is None]
    if bad:
        print(f"repost fetch: not an http(s) URL: {bad[0]}", file=log)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_beside(out)
    os.close(fd)
    try:
        with WarcOut(tmp) as warc:
            warc.warcinfo({"software": "repost-pipeline fetch", "format": "WARC File Format 1.1",
                           "http-header-user-agent": config.agent})
            code = asyncio.run(_fetch_all([c for c in canon if c], config, delay, allow_private, warc, log))
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return code
