"""One guarded HTTP GET: scheme and address checks, at most 3 redirects, size and time caps.

Everything a site sends is hostile until proven otherwise: the body is read raw (still compressed) up to
``max_bytes``, then decompressed by ``kartlegg.collect.decode`` up to ``max_decoded``; the whole exchange,
redirects included, must finish within ``total_seconds``. Proxies from the environment are ignored,
because a proxy would connect on our behalf to addresses the guard never saw.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from kartlegg.collect.decode import BadEncoding, TooLarge, decompress
from kartlegg.collect.netguard import AddressPolicy, BlockedURL, GuardedBackend, check_url

USER_AGENT = "kartlegg/0.1 (research crawler; respects robots.txt)"
ACCEPT_ENCODING = "gzip, deflate, br, zstd"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchLimits:
    max_bytes: int = 8_000_000
    max_decoded: int = 20_000_000
    total_seconds: float = 30.0
    connect_seconds: float = 10.0
    read_seconds: float = 15.0
    max_redirects: int = 3


@dataclass(slots=True)
class Response:
    """One HTTP response as received; ``raw`` is the payload still content-encoded, as archived."""

    url: str
    status: int
    reason: str
    http_version: str
    headers: list[tuple[str, str]]
    request_headers: list[tuple[str, str]]
    raw: bytes
    fetched_at: str
    elapsed: float
    #: set when the exchange was cut short: ``"length"`` (size cap) or ``"time"`` (time cap, or no byte for
    #: ``read_seconds``); ``raw`` then holds the bytes received up to the cut (the WARC-Truncated reasons)
    truncated: str | None = None

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None

    @property
    def content_type(self) -> str | None:
        return self.header("content-type")

    def body(self, limit: int) -> bytes:
        """The decoded payload (Content-Encoding undone), capped at ``limit`` bytes."""
        return decompress(self.raw, self.header("content-encoding"), limit)


@dataclass(slots=True)
class FetchResult:
    """The final response and the redirect responses that led to it (oldest first)."""

    response: Response | None
    hops: list[Response] = field(default_factory=list)
    error: str | None = None
    retryable: bool = False
    #: where the final response was archived (set by the crawler)
    archived: Any = None
    #: the exchange cut for size or time, with what was received: archived as truncated evidence, never parsed
    cut: Response | None = None
    #: not requested at all (the crawler gave up on the host this run)
    skipped: bool = False

    @property
    def responses(self) -> list[Response]:
        """Every exchange to archive: the redirects, then the final response or the cut one."""
        last = self.response or self.cut
        return [*self.hops, *([last] if last else [])]

    @property
    def slow(self) -> bool:
        """The host answered, then sent the body too slowly (drip-feeding): a retry would be as slow."""
        return self.cut is not None and self.cut.truncated == "time"


class FetchError(Exception):
    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class _GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, policy: AddressPolicy, max_connections: int, ssl_context: ssl.SSLContext | None) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(policy),
        )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Fetcher:
    """A shared client; use as ``async with Fetcher(policy) as f: await f.get(url)``."""

    def __init__(
        self,
        policy: AddressPolicy,
        limits: FetchLimits | None = None,
        *,
        user_agent: str = USER_AGENT,
        max_connections: int = 64,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """``ssl_context`` replaces the system trust store (tests use it to trust a local certificate);
        certificates are always verified against the host *name*, while the socket goes to the checked
        address."""
        self.policy = policy
        self.limits = limits or FetchLimits()
        self.user_agent = user_agent
        timeout = httpx.Timeout(self.limits.read_seconds, connect=self.limits.connect_seconds)
        self._client = httpx.AsyncClient(
            transport=_GuardedTransport(policy, max_connections, ssl_context),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    async def _one(self, url: str, headers: dict[str, str], cut: list[Response]) -> Response:
        """One exchange; when it is cut for size or time, what was received is appended to ``cut`` first."""
        check_url(url)
        started = time.perf_counter()
        fetched_at = now_iso()
        req_headers = {"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING, **headers}
        request = self._client.build_request("GET", url, headers=req_headers)
        resp = await self._client.send(request, stream=True)
        buf = bytearray()

        def received(truncated: str | None) -> Response:
            return Response(
                url=str(resp.url),
                status=resp.status_code,
                reason=resp.reason_phrase,
                http_version=resp.http_version,
                headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.headers.raw],
                request_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
                raw=bytes(buf[: self.limits.max_bytes]),
                fetched_at=fetched_at,
                elapsed=time.perf_counter() - started,
                truncated=truncated,
            )

        try:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.limits.max_bytes:
                cut.append(received("length"))
                raise TooLarge(f"{url}: Content-Length {declared} exceeds {self.limits.max_bytes} bytes")
            async for chunk in resp.aiter_raw():
                buf += chunk
                if len(buf) > self.limits.max_bytes:
                    cut.append(received("length"))
                    raise TooLarge(f"{url}: body exceeds {self.limits.max_bytes} bytes")
        except (asyncio.CancelledError, httpx.TimeoutException):
            cut.append(received("time"))  # the total time cap cancels us; a read timeout raises
            raise
        finally:
            await resp.aclose()
        return received(None)

    async def get(
        self, url: str, headers: dict[str, str] | None = None, *, allowed_hosts: set[str] | None = None
    ) -> FetchResult:
        """GET ``url``, following at most ``max_redirects`` redirects, each hop checked again.

        ``allowed_hosts`` (lower-case host names) restricts where redirects may lead. Never raises for
        network or content problems: the result carries ``error`` and whether a retry may help.
        """
        result = FetchResult(response=None)
        cut: list[Response] = []
        try:
            async with asyncio.timeout(self.limits.total_seconds):
                current = url
                for hop in range(self.limits.max_redirects + 1):
                    resp = await self._one(current, headers or {}, cut)
                    location = resp.header("location")
                    if resp.status not in REDIRECT_CODES or not location:
                        result.response = resp
                        return result
                    result.hops.append(resp)
                    if hop == self.limits.max_redirects:
                        raise FetchError(f"{url}: more than {self.limits.max_redirects} redirects", retryable=False)
                    nxt = urljoin(current, location.strip())
                    _, host, _ = check_url(nxt)
                    if allowed_hosts is not None and host.lower() not in allowed_hosts:
                        raise FetchError(
                            f"{current}: redirect to a host outside the site: {nxt[:200]}", retryable=False
                        )
                    current = nxt
        except TimeoutError:
            result.error, result.retryable = f"{url}: took longer than {self.limits.total_seconds:g} s", True
        except (BlockedURL, TooLarge, BadEncoding) as exc:
            result.error = str(exc)
        except FetchError as exc:
            result.error, result.retryable = str(exc), exc.retryable
        except httpx.TimeoutException as exc:
            result.error, result.retryable = f"{url}: timeout ({type(exc).__name__})", True
        except (httpx.TransportError, httpx.InvalidURL, OSError, ValueError) as exc:
            result.error, result.retryable = f"{url}: {type(exc).__name__}: {exc}", True
        if cut:
            result.cut = cut[-1]
        return result
