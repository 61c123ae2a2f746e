"""Refuse targets on private networks (SSRF guard).

The host is resolved and *every* address it resolves to is checked, so a public-looking name that
points at 127.0.0.1 or 10.0.0.0/8 is refused as well as a literal IP. Private, loopback, link-local,
multicast, reserved and unspecified addresses are refused. A job that allows private networks (tests,
the demo and intranets) lifts the refusal for loopback, private and other non-global unicast ranges
only: link-local (the cloud metadata service at 169.254.169.254), multicast, reserved and the
unspecified address (0.0.0.0, which Linux connects to this very host) serve no web page and stay refused.

Limit: httpx resolves the name again when it connects, so a DNS server that answers differently
the second time (DNS rebinding) is not caught here; pin the resolver or run behind an egress proxy
where that matters.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
PRIVATE_NETWORK_REASONS = frozenset({"loopback", "private", "not global"})  # what allow_private_networks lifts


class UnsafeTarget(Exception):
    """The URL's host is (or resolves to) an address we must not contact."""


class Unresolvable(UnsafeTarget):
    """The host does not resolve: nothing to contact (reported as a DNS error, not a refusal)."""


def forbidden_reason(address: Address) -> str | None:
    """Why ``address`` may not be contacted, or None when it is a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    checks = (("loopback", address.is_loopback), ("link-local", address.is_link_local),
              ("multicast", address.is_multicast), ("unspecified", address.is_unspecified),
              ("reserved", address.is_reserved), ("private", address.is_private))
    for name, hit in checks:
        if hit:
            return name
    return None if address.is_global else "not global"


def check_addresses(host: str, addresses: list[str], allowed: frozenset[str] = frozenset()) -> None:
    """Raise :class:`UnsafeTarget` when any resolved address of ``host`` is forbidden (for a reason not
    in ``allowed``)."""
    if not addresses:
        raise Unresolvable(f"{host}: does not resolve")
    for text in addresses:
        reason = forbidden_reason(ipaddress.ip_address(text.split("%", 1)[0]))
        if reason and reason not in allowed:
            raise UnsafeTarget(f"{host} resolves to {text} ({reason} address)")


async def resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise Unresolvable(f"{host}: cannot resolve ({exc})") from exc
    return sorted({str(info[4][0]) for info in infos})


class SafetyChecker:
    """Checks URLs before any request (including each redirect hop)."""

    def __init__(self, allow_private_networks: bool = False) -> None:
        self.allow_private = allow_private_networks
        self._cache: dict[str, list[str]] = {}

    async def check(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsafeTarget(f"{url}: only http(s) URLs with a host are fetched")
        host = parts.hostname
        port = parts.port or (443 if parts.scheme == "https" else 80)
        key = f"{host}:{port}"
        if key not in self._cache:
            self._cache[key] = await resolve(host, port)
        check_addresses(host, self._cache[key], PRIVATE_NETWORK_REASONS if self.allow_private else frozenset())
