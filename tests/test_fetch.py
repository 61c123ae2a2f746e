"""The fetcher against real loopback servers: retries, Retry-After, redirects, caps, deadlines, safety."""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from typing import TypeVar

import pytest

from pipeline.fetch.client import FetchConfig, Fetcher, FetchError, Response, retry_after
from pipeline.fetch.politeness import Politeness
from pipeline.fetch.robots import RobotsCache
from pipeline.fetch.safety import SafetyChecker, UnsafeTarget, check_addresses

from .servers import Hit, Reply, Site, intervals

T = TypeVar("T")
# Short backoff, small caps; deadlines generous, so that a test of a cap or a retry never races a deadline on a
# loaded machine (the deadline tests set their own).
FAST = FetchConfig(user_agent="repost-test/1", retries=3, backoff=0.05, max_bytes=100_000, total_timeout=30.0,
                   read_timeout=10.0, max_redirects=3)


def run(make: Callable[[Fetcher], Awaitable[T]], config: FetchConfig = FAST, private: bool = True) -> T:
    async def main() -> T:
        fetcher = Fetcher(config, Politeness(0.0, 1, 4), SafetyChecker(private))
        try:
            return await make(fetcher)
        finally:
            await fetcher.aclose()
    return asyncio.run(main())


async def no_check(url: str) -> None:
    return None


def get(url: str, config: FetchConfig = FAST) -> Response:
    return run(lambda f: f.follow(url, None, no_check), config)


def error_kind(url: str, config: FetchConfig = FAST) -> str:
    with pytest.raises(FetchError) as info:
        get(url, config)
    return info.value.kind


def sequence(*replies: Reply) -> Callable[[Hit], Reply]:
    queue = list(replies)
    return lambda hit: queue.pop(0) if len(queue) > 1 else queue[0]


def test_429_with_retry_after_seconds_is_honoured() -> None:
    with Site({"/p": sequence(Reply(429, headers={"Retry-After": "1"}), Reply(body=b"<p>ok</p>"))}) as site:
        response = get(site.url("/p"))
    assert response.status == 200 and response.body == b"<p>ok</p>"
    assert intervals(site.log)[0] >= 1.0


def test_503_then_success_with_http_date_retry_after() -> None:
    served: list[Hit] = []

    def first_busy(hit: Hit) -> Reply:  # the date is written when the 503 is sent (a loaded machine is slow to start)
        served.append(hit)
        if len(served) > 1:
            return Reply(body=b"fine")
        return Reply(503, headers={"Retry-After": formatdate(time.time() + 2, usegmt=True)})

    with Site({"/p": first_busy}) as site:
        response = get(site.url("/p"))
    assert response.status == 200
    assert intervals(site.log)[0] >= 0.9  # the HTTP date has one-second resolution


def test_retries_are_bounded() -> None:
    with Site({"/p": Reply(503)}) as site:
        response = get(site.url("/p"))
    assert response.status == 503 and len(site.log) == FAST.retries + 1


def test_retry_after_parsing() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("soon") is None
    assert retry_after(formatdate(0, usegmt=True)) == 0.0


def test_redirect_chain_is_followed_and_recorded() -> None:
    with Site() as site:
        site.routes.update({"/a": Reply(301, headers={"Location": "/b"}),
                            "/b": Reply(302, headers={"Location": site.url("/c?utm_medium=x")}),
                            "/c": Reply(body=b"end")})
        response = get(site.url("/a"))
    assert response.url == site.url("/c") and response.body == b"end"
    assert response.redirects == [site.url("/a"), site.url("/b")]


def test_redirect_loop_and_too_many_redirects() -> None:
    with Site() as site:
        site.routes.update({"/a": Reply(302, headers={"Location": "/b"}), "/b": Reply(302, headers={"Location": "/a"})})
        site.routes.update({f"/n{i}": Reply(302, headers={"Location": f"/n{i + 1}"}) for i in range(10)})
        assert error_kind(site.url("/a")) == "redirect_loop"
        assert error_kind(site.url("/n0")) == "too_many_redirects"


def test_trickling_body_is_cut_off_by_the_total_deadline() -> None:
    config = FetchConfig(user_agent="repost-test/1", retries=3, backoff=0.05, total_timeout=1.0, read_timeout=10.0)
    with Site({"/slow": Reply(body=b"x" * 200, trickle=0.02)}) as site:  # 4 s of body
        assert error_kind(site.url("/slow"), config) == "deadline"
    assert len(site.log) == 1  # not retried


def test_content_length_over_the_cap_is_refused_before_reading() -> None:
    with Site({"/big": Reply(body=b"x" * 1000, chunk_repeat=1000)}) as site:
        assert error_kind(site.url("/big")) == "too_large"


def test_streamed_body_over_the_cap_without_length() -> None:
    reply = Reply(body=b"y" * 1000, chunk_repeat=1000, headers={"Content-Length": "", "Connection": "close"})
    with Site({"/big": reply}) as site:
        assert error_kind(site.url("/big")) == "too_large"


def test_gzip_bomb_stops_at_the_decompressed_cap() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    assert len(bomb) < FAST.max_bytes
    with Site({"/bomb": Reply(body=bomb, headers={"Content-Encoding": "gzip"})}) as site:
        assert error_kind(site.url("/bomb")) == "decompressed_too_large"


def test_gzip_body_is_stored_decoded() -> None:
    with Site({"/z": Reply(body=gzip.compress(b"hello " * 100), headers={"Content-Encoding": "gzip"})}) as site:
        response = get(site.url("/z"))
    assert response.body == b"hello " * 100
    assert response.header("content-encoding") is None and response.header("content-length") == "600"


def test_a_name_resolving_to_loopback_is_refused_by_default() -> None:
    with Site({"/": Reply(body=b"hi")}) as site:
        url = site.url("/").replace("127.0.0.1", "localhost")
        with pytest.raises(FetchError) as info:
            run(lambda f: f.follow(url, None, no_check), private=False)
    assert info.value.kind == "unsafe" and site.log == []


@pytest.mark.parametrize("target", ["http://10.0.0.1/admin", "http://[::1]:9/x", "http://169.254.169.254/"])
def test_a_redirect_to_a_private_address_is_refused(target: str) -> None:
    """The first hop is allowed (our loopback test server), the redirect target is checked strictly."""
    with Site({"/go": Reply(302, headers={"Location": target})}) as site:
        response = get(site.url("/go"))
        hop = Fetcher.redirect_target(response)
        assert hop is not None
        with pytest.raises(FetchError) as info:
            run(lambda f: f.follow(hop, None, no_check), private=False)
    assert info.value.kind == "unsafe"


@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("169.254.169.254", "link-local"),
    ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("::ffff:192.168.0.1", "private"), ("0.0.0.0", "unspecified"),
])
def test_forbidden_addresses(address: str, reason: str) -> None:
    with pytest.raises(UnsafeTarget, match=reason):
        check_addresses("example.test", [address])


def test_public_addresses_pass() -> None:
    check_addresses("example.test", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])


def test_robots_5xx_disallows_and_4xx_allows() -> None:
    with Site({"/robots.txt": Reply(503)}) as down, Site({"/robots.txt": Reply(404)}) as missing:
        async def check(f: Fetcher) -> tuple[bool, bool]:
            robots = RobotsCache(f, "repost-test")
            return await robots.allowed(down.url("/x")), await robots.allowed(missing.url("/x"))
        assert run(check, FetchConfig(retries=0)) == (False, True)


def test_a_stalled_body_times_out_is_retried_and_reported() -> None:
    config = FetchConfig(user_agent="repost-test/1", retries=1, backoff=0.01, read_timeout=0.2, total_timeout=5.0)
    with Site({"/stall": Reply(body=b"ab", trickle=0.6)}) as site:
        assert error_kind(site.url("/stall"), config) == "timeout"
    assert len(site.log) == 2


def test_robots_crawl_delay_is_per_host() -> None:
    robots = Reply(body=b"User-agent: *\nCrawl-delay: 0.3\n", headers={"Content-Type": "text/plain"})
    with Site({"/robots.txt": robots, "/p": Reply(body=b"x")}) as slow, \
            Site({"/robots.txt": Reply(404), "/p": Reply(body=b"y")}) as fast:
        async def crawl_both(f: Fetcher) -> None:
            cache = RobotsCache(f, "repost-test")

            async def check(url: str) -> None:
                assert await cache.allowed(url)

            for _ in range(3):
                await asyncio.gather(f.follow(slow.url("/p"), None, check), f.follow(fast.url("/p"), None, check))
        run(crawl_both)
    assert min(intervals(slow.log)) >= 0.3
    assert len(fast.log) == 4


def test_an_unresolvable_host_is_a_dns_error_not_a_refusal() -> None:
    with pytest.raises(FetchError) as info:
        run(lambda f: f.follow("http://no-such-host.invalid/x", None, no_check), private=False)
    assert info.value.kind == "dns"


def test_a_retry_after_beyond_the_limit_gives_up_at_once() -> None:
    config = FetchConfig(user_agent="repost-test/1", retries=3, max_retry_after=5.0)
    with Site({"/p": Reply(429, headers={"Retry-After": "3600"})}) as site:
        response = get(site.url("/p"), config)
    assert response.status == 429 and len(site.log) == 1
