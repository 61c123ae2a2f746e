"""Per-host pacing: one gate per host, a global limit on requests in flight.

A host's gate spaces its requests by its delay (the larger of the job's default delay and the
robots.txt Crawl-delay), counted from the end of the previous request: the server sees a request
somewhere between our start and our end, so it never sees two closer than the delay. At most
``per_host`` requests to a host run at once. A 429 or
503 with Retry-After pushes the host's next start back for every worker of that host, not only for
the URL that got it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager


class HostGate:
    def __init__(self, delay: float, per_host: int = 1) -> None:
        self.delay = delay
        self._slots = asyncio.Semaphore(per_host)
        self._pace = asyncio.Lock()
        self._next = 0.0
        self._last = 0.0

    def set_delay(self, delay: float) -> None:
        """Raise the delay (robots.txt Crawl-delay); it applies from the last request already started."""
        self.delay = max(self.delay, delay)
        self._next = max(self._next, self._last + self.delay)

    def back_off(self, seconds: float) -> None:
        """No request to this host before ``seconds`` from now (Retry-After, backoff)."""
        self._next = max(self._next, time.monotonic() + seconds)

    @asynccontextmanager
    async def slot(self, global_limit: asyncio.Semaphore) -> AsyncIterator[None]:
        async with self._slots:
            async with self._pace:
                while (wait := self._next - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                self._last = time.monotonic()
                self._next = self._last + self.delay
            try:
                async with global_limit:
                    yield
            finally:  # the server may see a request later than we sent it: count from its end too
                self._last = time.monotonic()
                self._next = max(self._next, self._last + self.delay)


class Politeness:
    """The gates of every host seen in a run and the global in-flight limit."""

    def __init__(self, delay: float, per_host: int, global_limit: int) -> None:
        self.delay, self.per_host = delay, per_host
        self.limit = asyncio.Semaphore(global_limit)
        self._gates: dict[str, HostGate] = {}

    def gate(self, host: str) -> HostGate:
        if host not in self._gates:
            self._gates[host] = HostGate(self.delay, self.per_host)
        return self._gates[host]

    def slot(self, host: str) -> AbstractAsyncContextManager[None]:
        return self.gate(host).slot(self.limit)
