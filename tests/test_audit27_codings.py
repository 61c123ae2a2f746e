"""Audit27: a server that sends Content-Encoding br although we asked for gzip and deflate only."""

from __future__ import annotations

import asyncio

import pytest

from pipeline.fetch.client import FetchConfig, Fetcher, FetchError, Response
from pipeline.fetch.inflate import Inflater
from pipeline.fetch.politeness import Politeness
from pipeline.fetch.safety import SafetyChecker

from .servers import Reply, Site, html

brotli = pytest.importorskip("brotli")
if not hasattr(brotli.Decompressor(), "can_accept_more_data"):
    pytest.skip("brotli < 1.2 cannot stop at an output limit", allow_module_level=True)

CONFIG = FetchConfig(user_agent="a27test/1", retries=0, max_bytes=100_000)


async def no_check(url: str) -> None:
    return None


def get(url: str) -> Response:
    async def main() -> Response:
        fetcher = Fetcher(CONFIG, Politeness(0.0, 1, 4), SafetyChecker(allow_private_networks=True))
        try:
            return await fetcher.follow(url, None, no_check)
        finally:
            await fetcher.aclose()
    return asyncio.run(main())


def test_an_unasked_br_body_is_read_and_a_br_bomb_stops_at_the_cap() -> None:
    page = html("Late ferry on Fridays", "The harbour board has agreed to add a late ferry on Friday evenings.")
    bomb = brotli.compress(b" " * (4 << 20), quality=5)  # 40 times the cap, a few dozen bytes on the wire
    with Site({"/page": Reply(body=brotli.compress(page), headers={"Content-Encoding": "br"}),
               "/bomb": Reply(body=bomb, headers={"Content-Encoding": "br"})}) as site:
        response = get(site.url("/page"))
        with pytest.raises(FetchError) as info:
            get(site.url("/bomb"))
        offered = site.log[0].headers["accept-encoding"]
    assert response.body == page and response.header("content-encoding") is None
    assert info.value.kind == "decompressed_too_large"
    assert "br" not in offered  # we still ask only for what every install can undo


def test_brotli_output_is_cut_at_the_budget_chunk_by_chunk() -> None:
    data = bytes(range(256)) * 4000
    packed = brotli.compress(data)
    inflater, out = Inflater("br"), b""
    for start in range(0, len(packed), 97):
        out += inflater.feed(packed[start : start + 97], 2_000_000)
    assert out == data
    assert len(Inflater("br").feed(brotli.compress(b"x" * 3_000_000, quality=5), 1000)) == 1001
