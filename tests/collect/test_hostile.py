"""Hostile responses: compression bombs, oversized and slow pages, malformed HTML and wrong encodings."""

from __future__ import annotations

import asyncio
import gzip
import zlib

import brotli
import pytest
from backports import zstd
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.collect.decode import BadEncoding, TooLarge, decode_html, decompress
from kartlegg.collect.fetch import Fetcher, FetchLimits, FetchResult
from kartlegg.collect.netguard import AddressPolicy
from kartlegg.collect.parse import parse_ad
from kartlegg.collect.sitedef import parse_definition
from tests.collect.server import Reply, serve

BOMB = b"\0" * 60_000_000  # 60 MB of zeros; each compressed form is tiny

COMPRESSORS = {
    "gzip": lambda d: gzip.compress(d, compresslevel=9),
    "deflate": lambda d: zlib.compress(d, 9),
    "br": lambda d: brotli.compress(d, quality=5),
    "zstd": lambda d: zstd.compress(d, level=3),
}


def _get(url: str, limits: FetchLimits) -> FetchResult:
    async def run() -> FetchResult:
        async with Fetcher(AddressPolicy(allow_loopback=True), limits) as f:
            return await f.get(url)

    return asyncio.run(run())


@pytest.mark.parametrize("coding", sorted(COMPRESSORS))
def test_decompression_bombs_stop_at_the_cap(coding: str) -> None:
    compressed = COMPRESSORS[coding](BOMB)
    assert len(compressed) < 2_000_000
    with serve({"/": Reply(body=compressed, headers={"Content-Encoding": coding})}) as srv:
        res = _get(srv.url(), FetchLimits(max_bytes=4_000_000, max_decoded=1_000_000))
    assert res.response is not None and res.response.raw == compressed
    with pytest.raises(TooLarge):
        res.response.body(1_000_000)
    # Under the cap the same decoder gives the exact bytes.
    small = b"<p>hei</p>" * 1000
    assert decompress(COMPRESSORS[coding](small), coding, 1_000_000) == small


def test_stacked_encodings_are_undone_in_reverse() -> None:
    data = b"x" * 5000
    packed = brotli.compress(gzip.compress(data))
    assert decompress(packed, "gzip, br", 10_000) == data
    with pytest.raises(TooLarge):
        decompress(packed, "gzip, br", 4000)


def test_zstd_bodies_of_several_frames_and_broken_ones() -> None:
    assert decompress(zstd.compress(b"<p>hei ") + zstd.compress(b"hallo</p>"), "zstd", 100) == b"<p>hei hallo</p>"
    whole = zstd.compress(b"<p>hei</p>" * 500)
    for broken in (whole[: len(whole) // 2], b"not zstd at all"):
        with pytest.raises(BadEncoding, match="corrupt zstd"):
            decompress(broken, "zstd", 100_000)


def test_page_size_cap_on_declared_and_streamed_bodies() -> None:
    big = b"a" * 300_000
    routes = {
        "/declared": Reply(body=big),
        # no Content-Length: the body arrives until the connection closes
        "/streamed": Reply(body=big, headers={"Content-Length": "", "Connection": "close"}),
    }
    with serve(routes) as srv:
        for path in routes:
            res = _get(srv.url(path), FetchLimits(max_bytes=100_000))
            assert res.response is None and "exceeds 100000 bytes" in (res.error or ""), path


def test_time_cap_stops_a_slow_drip_server() -> None:
    with serve({"/": Reply(body=b"z" * 2000, drip=0.05)}) as srv:
        res = _get(srv.url(), FetchLimits(total_seconds=1.0, read_seconds=5))
    assert res.response is None and "longer than 1 s" in (res.error or "")


SITE = parse_definition(
    {
        "name": "t",
        "domains": ["t.example"],
        "start_urls": ["http://t.example/"],
        "listing": {"ad_links": "a.ad"},
        "ad": {
            "id_from_url": r"/ad/(\d+)$",
            "title": {"css": "h1"},
            "body": {"css": "div.body"},
            "city": {"css": ".city"},
        },
    },
    "test",
)


def test_wrong_and_missing_encodings_decode_sensibly() -> None:
    html = "<html><h1>Sjø og mål</h1><div class=body>Hej på dig</div>"
    cp = html.encode("cp1252")
    # Declared UTF-8 but actually windows-1252: falls back instead of producing garbage or failing.
    assert decode_html(cp, "text/html; charset=utf-8")[0] == html
    # Declared only in <meta>.
    meta = b'<meta charset="iso-8859-1">' + cp
    assert "Sjø og mål" in decode_html(meta, "text/html")[0]
    # A BOM wins over a wrong header.
    assert decode_html(b"\xef\xbb\xbf" + html.encode(), "text/html; charset=koi8-r")[0] == html
    # An unknown charset label is ignored.
    assert decode_html(html.encode(), "text/html; charset=no-such-charset")[0] == html


def test_malformed_html_still_yields_the_fields() -> None:
    broken = "<h1>Ny <b>i byen<div class=body>Linje 1<br>Linje 2<p>mer<span class=city>Bergen</table></td>"
    ad = parse_ad(broken, "http://t.example/ad/7", SITE)
    assert ad is not None and ad.ad_key == "7"
    assert "Ny" in ad.title and "Linje 1" in ad.body and ad.city == "Bergen"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([None, "text/html", "text/html; charset=utf-8", "charset=latin1"]))
def test_any_bytes_decode_and_parse_without_error(body: bytes, ctype: str | None) -> None:
    text, _ = decode_html(body, ctype)
    parse_ad(text, "http://t.example/ad/1", SITE)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=5000), st.sampled_from(sorted(COMPRESSORS)))
def test_decompress_round_trips(data: bytes, coding: str) -> None:
    assert decompress(COMPRESSORS[coding](data), coding, len(data)) == data
