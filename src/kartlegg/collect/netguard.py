"""Where the crawler may connect: public http(s) addresses only, checked at connect time.

Ads, listings and redirects are written by whoever runs a site, so every URL the crawler follows is
attacker-controlled. A URL could point at the analyst's own network (``http://10.0.0.5/admin``), at the
machine itself, or at a name that resolves to a public address when checked and a private one when
connected (DNS rebinding). The guard therefore resolves the host *inside* the connection step, refuses
private, loopback, link-local, multicast, reserved, unspecified and IPv4-mapped/translated addresses, and
connects to the very address it checked: there is no second lookup to race.

Loopback is allowed only through an explicit ``allow_loopback=True`` (or ``KARTLEGG_ALLOW_LOOPBACK=1``),
which the tests and the demo set and production never does. From the environment it opens loopback only for
the host and port of the start URLs of the sites being crawled or checked (``loopback_only``): a site
served on 127.0.0.1:8123 for a test cannot send the crawler to the database on 127.0.0.1:5432.

Names can be mapped to addresses with an explicit ``overrides`` table (``rosa.example -> 127.0.0.1``), so
the demo never asks real DNS about ``.example`` names; the overridden address is still checked.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpcore

ALLOWED_SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedURL(Exception):
    """A URL or address the crawler refuses to contact; the message says why."""


def env_allows_loopback() -> bool:
    return os.environ.get("KARTLEGG_ALLOW_LOOPBACK", "").strip().lower() in ("1", "true", "yes")


def address_problem(ip: IPAddress, *, allow_loopback: bool) -> str | None:
    """Why an address may not be contacted, or None when it may."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return f"{ip} is an IPv4-mapped IPv6 address"
        if ip.sixtofour is not None or ip.teredo is not None:
            return f"{ip} is a tunnelled IPv6 address"
        if ip in ipaddress.ip_network("64:ff9b::/96") or ip in ipaddress.ip_network("64:ff9b:1::/48"):
            return f"{ip} is an IPv4-translated IPv6 address"
    if ip.is_loopback:
        return None if allow_loopback else f"{ip} is a loopback address"
    checks = (
        ("unspecified", ip.is_unspecified),
        ("multicast", ip.is_multicast),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("not globally reachable", not ip.is_global),
    )
    for name, bad in checks:
        if bad:
            return f"{ip} is a {name} address"
    return None


def check_url(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of a URL the crawler may request at all (before any lookup)."""
    try:
        parsed = httpcore.URL(url)
    except Exception as exc:
        raise BlockedURL(f"unparseable URL {url[:200]!r}: {exc}") from None
    scheme = parsed.scheme.decode("ascii", "replace").lower()
    if scheme not in ALLOWED_SCHEMES:
        raise BlockedURL(f"only http and https are fetched, not {scheme or 'a relative URL'}: {url[:200]}")
    host = parsed.host.decode("ascii", "replace")
    if not host:
        raise BlockedURL(f"URL has no host: {url[:200]}")
    port = parsed.port or (443 if scheme == "https" else 80)
    return scheme, host, port


@dataclass(slots=True)
class AddressPolicy:
    """Which addresses may be contacted and how names resolve.

    ``overrides`` maps a host name (lower-case) to addresses used instead of DNS; ``port_overrides`` maps
    it to the local port actually connected to, so the demo's sites keep port-less URLs (and stable ad
    URLs) while being served on ephemeral ports. Only tests and the demo pass either. ``lookups`` counts
    real DNS lookups (the tests assert none for ``.example`` names).
    """

    allow_loopback: bool = False
    #: when set, loopback is allowed only for connections to these (lower-case host, port) pairs
    loopback_only: frozenset[tuple[str, int]] | None = None
    overrides: dict[str, list[str]] = field(default_factory=dict)
    port_overrides: dict[str, int] = field(default_factory=dict)
    lookups: int = 0

    @classmethod
    def from_env(
        cls, overrides: Mapping[str, Iterable[str]] | None = None, *, start_urls: Iterable[str] = ()
    ) -> AddressPolicy:
        """The policy ``KARTLEGG_ALLOW_LOOPBACK`` asks for: loopback only at the given start URLs' host:port."""
        pairs = set()
        for url in start_urls:
            _, host, port = check_url(url)
            pairs.add((host.strip("[]").lower(), port))
        return cls(
            allow_loopback=env_allows_loopback(),
            loopback_only=frozenset(pairs),
            overrides={k.lower(): list(v) for k, v in (overrides or {}).items()},
        )

    async def resolve(self, host: str, port: int) -> list[IPAddress]:
        """All addresses of ``host``; literal addresses are returned as they are."""
        host = host.strip("[]").lower()
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            pass
        if host in self.overrides:
            return [ipaddress.ip_address(a) for a in self.overrides[host]]
        if host == "localhost" or host.endswith(".localhost"):
            return [ipaddress.ip_address("127.0.0.1")]
        self.lookups += 1
        try:
            infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise BlockedURL(f"cannot resolve {host}: {exc}") from None
        out: list[IPAddress] = []
        for info in infos:
            addr = str(info[4][0]).split("%", 1)[0]
            ip = ipaddress.ip_address(addr)
            if ip not in out:
                out.append(ip)
        return out

    async def checked_address(self, host: str, port: int) -> IPAddress:
        """The address to connect to; every resolved address must pass, or the host is refused."""
        addresses = await self.resolve(host, port)
        if not addresses:
            raise BlockedURL(f"{host} has no address")
        loopback = self.allow_loopback and (
            self.loopback_only is None or (host.strip("[]").lower(), port) in self.loopback_only
        )
        for ip in addresses:
            problem = address_problem(ip, allow_loopback=loopback)
            if problem and self.allow_loopback and ip.is_loopback:
                problem += f" (loopback is open only for {_pairs(self.loopback_only)})"
            if problem:
                raise BlockedURL(f"refused {host}: {problem}")
        return addresses[0]


def _pairs(pairs: frozenset[tuple[str, int]] | None) -> str:
    return ", ".join(sorted(f"{h}:{p}" for h, p in pairs or ())) or "no host"


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that resolves, checks and pins every TCP connection."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        ip = await self.policy.checked_address(host, port)
        port = self.policy.port_overrides.get(host.strip("[]").lower(), port)
        return await self._inner.connect_tcp(
            str(ip), port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedURL("unix sockets are never used by the crawler")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
