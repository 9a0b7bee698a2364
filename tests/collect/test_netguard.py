"""The crawler contacts only public http(s) addresses; loopback only when explicitly allowed."""

from __future__ import annotations

import asyncio
import ipaddress
import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartlegg.collect.fetch import Fetcher, FetchLimits, FetchResult
from kartlegg.collect.netguard import AddressPolicy, IPAddress, address_problem
from tests.collect.server import Reply, serve


def _get(policy: AddressPolicy, url: str, **kw: object) -> FetchResult:
    async def run() -> FetchResult:
        async with Fetcher(policy, FetchLimits(total_seconds=10)) as f:
            return await f.get(url, **kw)  # type: ignore[arg-type]

    return asyncio.run(run())


@pytest.mark.parametrize(
    "addr",
    [
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "127.0.0.1",
        "169.254.169.254",
        "224.0.0.1",
        "0.0.0.0",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:8.8.8.8",
        "100.64.0.1",
    ],
)
def test_non_public_addresses_are_refused(addr: str) -> None:
    assert address_problem(ipaddress.ip_address(addr), allow_loopback=False) is not None


def test_public_addresses_pass_and_loopback_only_when_allowed() -> None:
    assert address_problem(ipaddress.ip_address("8.8.8.8"), allow_loopback=False) is None
    assert address_problem(ipaddress.ip_address("2a00:1450:4001::1"), allow_loopback=False) is None
    assert address_problem(ipaddress.ip_address("127.0.0.1"), allow_loopback=True) is None
    # Allowing loopback never opens private ranges or mapped forms of loopback.
    assert address_problem(ipaddress.ip_address("10.0.0.1"), allow_loopback=True) is not None
    assert address_problem(ipaddress.ip_address("::ffff:127.0.0.1"), allow_loopback=True) is not None


@given(st.ip_addresses())
def test_every_address_is_either_global_or_refused(ip: IPAddress) -> None:
    problem = address_problem(ip, allow_loopback=False)
    if problem is None:
        assert ip.is_global and not ip.is_multicast


def test_loopback_server_is_refused_without_the_explicit_allow() -> None:
    with serve({"/": Reply(body=b"secret admin page")}) as srv:
        res = _get(AddressPolicy(), srv.url())
        assert res.response is None and "loopback" in (res.error or "")
        assert srv.hits == []  # no connection was made at all
        ok = _get(AddressPolicy(allow_loopback=True), srv.url())
        assert ok.response is not None and ok.response.raw == b"secret admin page"


def test_only_http_and_https() -> None:
    policy = AddressPolicy(allow_loopback=True)
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1/", "javascript:alert(1)"):
        res = _get(policy, url)
        assert res.response is None and res.error


def test_every_redirect_hop_is_checked() -> None:
    routes = {
        "/to-private": Reply(302, headers={"Location": "http://10.0.0.7/admin"}),
        "/to-mapped": Reply(302, headers={"Location": "http://[::ffff:127.0.0.1]/"}),
        "/to-metadata-name": Reply(301, headers={"Location": "http://metadata.example/latest"}),
        "/to-file": Reply(302, headers={"Location": "file:///etc/passwd"}),
    }
    policy = AddressPolicy(allow_loopback=True, overrides={"metadata.example": ["169.254.169.254"]})
    with serve(routes) as srv:
        for path, word in [
            ("/to-private", "private"),
            ("/to-mapped", "IPv4-mapped"),
            ("/to-metadata-name", "link-local"),
            ("/to-file", "only http"),
        ]:
            res = _get(policy, srv.url(path))
            assert res.response is None, path
            assert word in (res.error or ""), (path, res.error)
            assert len(res.hops) == 1  # the redirect itself was received (and is archived by the crawler)
    assert policy.lookups == 0  # overridden and literal names never reach DNS


def test_at_most_three_redirects() -> None:
    routes: dict[str, Reply] = {f"/r{i}": Reply(302, headers={"Location": f"/r{i + 1}"}) for i in range(5)}
    routes["/r3"] = Reply(body=b"after three")
    with serve(routes) as srv:
        policy = AddressPolicy(allow_loopback=True)
        ok = _get(policy, srv.url("/r0"))
        assert ok.response is not None and ok.response.raw == b"after three" and len(ok.hops) == 3
        routes["/r3"] = Reply(302, headers={"Location": "/r4"})
        routes["/r4"] = Reply(body=b"too far")
        res = _get(policy, srv.url("/r0"))
        assert res.response is None and "more than 3 redirects" in (res.error or "")


def test_connection_is_pinned_to_the_checked_address() -> None:
    """A name that re-binds to a private address after the check cannot be reached through it."""

    class Rebinding(AddressPolicy):
        calls = 0

        async def resolve(self, host: str, port: int) -> list[IPAddress]:
            type(self).calls += 1
            first = type(self).calls == 1
            return [ipaddress.ip_address("127.0.0.1" if first else "10.9.9.9")]

    with serve({"/": Reply(body=b"ok")}) as srv:
        policy = Rebinding(allow_loopback=True)

        async def run() -> tuple[FetchResult, FetchResult, int]:
            async with Fetcher(policy) as f:
                a = await f.get(srv.url("/", host="shop.example"))
                calls_after_first = Rebinding.calls
                b = await f.get(srv.url("/", host="other.example"))
                return a, b, calls_after_first

        first, second, calls = asyncio.run(run())
    # One resolution for the first connection; it connected to exactly that (checked) address.
    assert calls == 1 and first.response is not None and first.response.raw == b"ok"
    # The next connection resolves again, gets the private address, and is refused before connecting.
    assert second.response is None and "private" in (second.error or "")
    assert [h[1] for h in srv.hits] == ["/"]


def _cert(tmp_path: Path, name: str) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    key, crt = tmp_path / "key.pem", tmp_path / "crt.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(crt),
            "-subj",
            f"/CN={name}",
            "-addext",
            f"subjectAltName=DNS:{name}",
            "-days",
            "2",
        ],
        check=True,
        capture_output=True,
    )
    return key, crt


def test_https_is_pinned_to_the_checked_address_and_verified_against_the_name(tmp_path: Path) -> None:
    key, crt = _cert(tmp_path, "secure.example")
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(crt, key)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:
            body = f"host={self.headers.get('Host')}".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.socket = server_ctx.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    port = srv.server_address[1]
    client_ctx = ssl.create_default_context(cafile=str(crt))
    policy = AddressPolicy(
        allow_loopback=True, overrides={"secure.example": ["127.0.0.1"], "wrong.example": ["127.0.0.1"]}
    )

    async def run() -> tuple[FetchResult, FetchResult]:
        async with Fetcher(policy, ssl_context=client_ctx) as f:
            return await f.get(f"https://secure.example:{port}/"), await f.get(f"https://wrong.example:{port}/")

    try:
        good, wrong = asyncio.run(run())
    finally:
        srv.shutdown()
        srv.server_close()
    assert good.response is not None and good.response.raw == f"host=secure.example:{port}".encode()
    # Same address, other name: the certificate is checked against the name, so this fails.
    assert wrong.response is None and "CERTIFICATE_VERIFY_FAILED" in (wrong.error or "")
    assert policy.lookups == 0


def test_redirects_may_not_leave_the_site() -> None:
    routes = {"/ad/1": Reply(302, headers={"Location": "http://tracker.example/collect?id=1"})}
    policy = AddressPolicy(allow_loopback=True, overrides={"tracker.example": ["127.0.0.1"]})
    with serve(routes) as srv:
        res = _get(policy, srv.url("/ad/1"), allowed_hosts={"127.0.0.1"})
        assert res.response is None and "outside the site" in (res.error or "")
        assert [h[1] for h in srv.hits] == ["/ad/1"]
