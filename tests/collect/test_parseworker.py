"""The parse worker's time limit measures the page, not the worker: a fresh worker (the first one, or the one
that replaces a worker killed on a costly page) loads what parsing loads lazily before the clock runs."""

from __future__ import annotations

import asyncio

from kartlegg.collect.parse import PageRefused, parse_ad
from kartlegg.collect.parseworker import ParseWorker
from tests.collect.test_crawl_hostile import _site

PAGE = "<html><body><div><h1>Anna</h1><p>Hello from Oslo</p><span>new</span></div></body></html>"


def test_an_ordinary_page_after_a_refused_one_is_parsed_within_a_tight_limit() -> None:
    # 0.4 s: less than the lazy imports of a parse (numpy and datasketch, ~0.5 s CPU), far more than a page
    site = _site(1)

    async def run() -> list[str]:
        worker = ParseWorker(0.4)
        out: list[str] = []
        try:
            for i, html in enumerate([PAGE, "<h1>y</h1><select>" + "<option>z" * 150_000, PAGE]):
                try:
                    ad = await worker.run(parse_ad, html, f"http://127.0.0.1:1/ad/{i}", site)
                    out.append(ad.title if ad else "none")
                except PageRefused:
                    out.append("refused")
        finally:
            worker.close()
        return out

    assert asyncio.run(run()) == ["Anna", "refused", "Anna"]
