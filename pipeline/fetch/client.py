"""The HTTP layer: one polite GET with retries, caps and deadlines, redirects followed by hand.

Errors, as a tree (``FetchError.kind`` names the leaf; stats count by kind)::

    FetchError
    ├── unsafe              target resolves to a forbidden address (safety.py)
    ├── dns                 the host does not resolve
    ├── robots              robots.txt disallows the URL (checked by the caller's hop check)
    ├── out_of_scope        a redirect left the job's scope
    ├── redirect_loop / too_many_redirects
    ├── too_large           Content-Length or streamed bytes over the cap
    ├── decompressed_too_large   a compression bomb, stopped at the cap
    ├── deadline            the total deadline passed (a trickling server); not retried
    ├── timeout / connect / protocol   network trouble, retried with backoff, then reported
    └── http_<status>       429 / 5xx still failing after the retries
"""

from __future__ import annotations

import asyncio
import random
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import certifi
import httpx

from .inflate import InflateError, Inflater
from .politeness import Politeness
from .safety import SafetyChecker, Unresolvable, UnsafeTarget
from .urls import canonical, host_key

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    def __init__(self, kind: str, url: str, message: str = "") -> None:
        super().__init__(f"{url}: {kind}{': ' + message if message else ''}")
        self.kind, self.url, self.detail = kind, url, message

    def detail_for(self, asked: str, chain: list[str] | None = None) -> str:
        """The message, naming the hop that failed when redirects led away from the URL ``asked``, and
        where the redirect ``chain`` that led to ``asked`` (from another host) began."""
        at = f" (at {self.url})" if self.url != asked else ""
        return self.detail + at + (f" (redirected from {chain[0]})" if chain else "")


@dataclass(frozen=True, slots=True)
class FetchConfig:
    user_agent: str = "repost-pipeline/0.1"
    contact: str = ""
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10_000_000
    retries: int = 3
    backoff: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 300.0
    max_redirects: int = 5

    @property
    def agent(self) -> str:
        return f"{self.user_agent} (+{self.contact})" if self.contact else self.user_agent


@dataclass(slots=True)
class Response:
    url: str
    status: int
    http_version: str
    headers: list[tuple[str, str]]
    body: bytes
    request_headers: list[tuple[str, str]]
    fetched_at: str
    redirects: list[str] = field(default_factory=list)
    hops: list[Response] = field(default_factory=list)  # same-host redirect responses before this one

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


HopCheck = Callable[[str], Awaitable[None]]


class Fetcher:
    """GETs URLs politely: host gates, safety checks, retries, caps. One small pool per host."""

    def __init__(self, config: FetchConfig, politeness: Politeness, safety: SafetyChecker) -> None:
        self.config, self.politeness, self.safety = config, politeness, safety
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._tls: ssl.SSLContext | None = None
        self._random = random.Random()
        self.bytes = 0
        self.requests = 0

    def _client(self, host: str) -> httpx.AsyncClient:
        if host not in self._clients:
            c = self.config
            if self._tls is None:  # loading the CA store costs ~20 ms: once per run, not per host
                self._tls = ssl.create_default_context(cafile=certifi.where())  # as httpx does
            per_host = self.politeness.per_host
            limits = httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host)
            timeout = httpx.Timeout(c.read_timeout, connect=c.connect_timeout)
            self._clients[host] = httpx.AsyncClient(limits=limits, timeout=timeout, follow_redirects=False,
                                                    trust_env=False, verify=self._tls)
        return self._clients[host]

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        base = {"User-Agent": self.config.agent, "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
        return base | (extra or {})

    async def follow(self, url: str, extra: dict[str, str] | None, check: HopCheck,
                     chain: list[str] | None = None) -> Response:
        """GET ``url`` following same-host redirects; each hop passes safety and ``check`` (scope, robots).

        ``chain`` is the redirect chain that led here (loops are detected across it). A redirect to
        another host is returned as is: the caller queues its :meth:`redirect_target` behind that
        host's own gate. ``extra`` (conditional headers) goes with the first request only.
        """
        chain = list(chain or [])
        hops: list[Response] = []
        while True:
            if url in chain:
                raise FetchError("redirect_loop", url, " -> ".join([*chain, url]))
            if len(chain) > self.config.max_redirects:
                raise FetchError("too_many_redirects", url, f"more than {self.config.max_redirects}")
            await self._safe(url)  # before robots.txt: an unsafe host gets no request at all
            await check(url)
            response = await self.get(url, None if hops else extra)
            response.redirects, response.hops = list(chain), hops
            target = self.redirect_target(response)
            if target is None or host_key(target) != host_key(url):
                return response
            hops = [*hops, response]
            response.hops = []
            chain.append(url)
            url = target

    @staticmethod
    def redirect_target(response: Response) -> str | None:
        location = response.header("location")
        if response.status not in REDIRECT_STATUS or not location:
            return None
        return canonical(location, response.url)

    async def get(self, url: str, extra: dict[str, str] | None = None) -> Response:
        """One URL, no redirects: retries 429/5xx/timeouts/resets with backoff, honouring Retry-After."""
        await self._safe(url)
        host = host_key(url)
        gate = self.politeness.gate(host)
        for attempt in range(self.config.retries + 1):
            last = attempt == self.config.retries
            try:
                async with self.politeness.slot(host):
                    response = await self._once(host, url, extra)
            except FetchError as exc:
                if last or exc.kind not in ("timeout", "connect", "protocol"):
                    raise
                gate.back_off(self._backoff(attempt))
                continue
            if response.status not in RETRY_STATUS or last:
                return response
            wait = retry_after(response.header("retry-after"))
            if wait is not None and wait > self.config.max_retry_after:
                return response
            gate.back_off(wait if wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")

    async def _safe(self, url: str) -> None:
        try:
            await self.safety.check(url)
        except UnsafeTarget as exc:
            raise FetchError("dns" if isinstance(exc, Unresolvable) else "unsafe", url, str(exc)) from exc

    def _backoff(self, attempt: int) -> float:
        base = min(self.config.backoff_max, self.config.backoff * 2.0**attempt)
        return base / 2 + self._random.uniform(0, base / 2)

    async def _once(self, host: str, url: str, extra: dict[str, str] | None) -> Response:
        headers = self.headers(extra)
        fetched_at = now_iso()
        self.requests += 1
        try:
            async with asyncio.timeout(self.config.total_timeout):
                async with self._client(host).stream("GET", url, headers=headers) as resp:
                    body = await self._read(url, resp)
                    request_headers = list(resp.request.headers.items())
        except TimeoutError as exc:
            raise FetchError("deadline", url, f"over {self.config.total_timeout:g} s in total") from exc
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", url, type(exc).__name__) from exc
        except (httpx.ConnectError, httpx.ReadError, httpx.WriteError) as exc:
            raise FetchError("connect", url, str(exc) or type(exc).__name__) from exc
        except (httpx.RemoteProtocolError, httpx.LocalProtocolError) as exc:
            raise FetchError("protocol", url, str(exc) or type(exc).__name__) from exc
        kept = [(k, v) for k, v in resp.headers.multi_items()
                if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")]
        return Response(url, resp.status_code, resp.http_version, [*kept, ("Content-Length", str(len(body)))],
                        body, request_headers, fetched_at)

    async def _read(self, url: str, resp: httpx.Response) -> bytes:
        cap = self.config.max_bytes
        length = resp.headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            raise FetchError("too_large", url, f"Content-Length {length} over {cap}")
        try:
            inflater = Inflater(resp.headers.get("content-encoding"))
        except ValueError as exc:
            raise FetchError("protocol", url, f"unsupported Content-Encoding {exc}") from exc
        body, wire = bytearray(), 0
        async for chunk in resp.aiter_raw():
            wire += len(chunk)
            self.bytes += len(chunk)
            if wire > cap:
                raise FetchError("too_large", url, f"over {cap} bytes on the wire")
            try:
                body += inflater.feed(chunk, cap - len(body))
            except InflateError as exc:
                raise FetchError("protocol", url, f"bad compressed body: {exc}") from exc
            if len(body) > cap:
                raise FetchError("decompressed_too_large", url, f"over {cap} bytes decompressed")
        return bytes(body)
