"""Crawling the demo layouts over real HTTP: versions, incremental recrawl, a moved site, evidence."""

from __future__ import annotations

import itertools
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kartlegg.collect import state
from kartlegg.collect.crawler import CrawlOptions, crawl
from kartlegg.collect.evidence import ad_evidence
from kartlegg.collect.fetch import Fetcher
from kartlegg.collect.ingest import ingest_paths
from kartlegg.collect.sitedef import parse_definition
from kartlegg.demo.sites import crawl_in_two_halves, serve_sites
from kartlegg.ids import ad_id
from kartlegg.store.engine import Store, open_store
from tests.collect.server import Reply, serve
from tests.collect.synthetic import SITES, make_ads
from tests.conftest import make_settings

FAST = CrawlOptions(polite=False)


def _versions(store: Store) -> list[tuple[str, str, str, str | None, str | None, int | None]]:
    with store.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT s.name, a.ad_key, v.title, v.city, v.posted_at, v.page_id FROM ad_versions v "
                "JOIN ads a ON a.id = v.ad_id JOIN sites s ON s.id = a.site_id ORDER BY v.seq"
            )
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_three_layouts_two_halves_moved_site_and_incremental_recrawl(store: Store) -> None:
    ads = make_ads(25)
    with serve_sites(ads, SITES, page_size=10) as demo:
        first, second = crawl_in_two_halves(store, demo, options=FAST)
        assert first.error_count == 0 and second.error_count == 0, first.errors + second.errors
        rows = _versions(store)
        by_ad = {(r[0], r[1]) for r in rows}
        # Every ad of every layout arrived, keyed by the stable site name.
        assert by_ad == {(a["site"], a["id"]) for a in ads}
        # Fields were read correctly from each layout (dates in three formats, cp1252, a labelled city).
        want = {(a["site"], a["id"]): a for a in ads}
        for site, key, title, city, posted, page_id in rows:
            assert title == want[(site, key)]["title"]
            assert city == want[(site, key)]["city"]
            assert posted == want[(site, key)]["posted_at"]
            assert page_id is not None
        # The moved site kept its ads: same ids, now read from the new domain.
        with store.connect() as conn:
            moved_urls = conn.execute(
                text("SELECT url FROM ad_versions WHERE ad_id = :a ORDER BY seq"), {"a": ad_id("rosa", "r1000")}
            ).all()
            sites = dict(conn.execute(text("SELECT name, domain FROM sites")).all())
        assert "rosa.example" in moved_urls[0][0] and "rosa-ny.example" in moved_urls[-1][0]
        assert sites["rosa"] == "rosa-ny.example"
        # The second half was incremental: ads already seen on unmoved sites were not re-parsed.
        assert second.not_modified + second.unchanged >= 2 * 12
        # A third crawl with nothing new stores nothing and parses no ad.
        n_before = len(rows)
        third = crawl(store, demo.definitions(), policy=demo.policy, options=FAST)
        assert third.new_versions == 0 and third.not_modified + third.unchanged == len(ads)
        assert len(_versions(store)) == n_before
        # An edited ad becomes a new version of the same ad.
        edited = dict(want[("lilja", "l1003")], title="Ändrad rubrik", posted_at="2026-03-20T10:00:00")
        demo.web._all["lilja"].append((edited["posted_at"], _as_demo_ad(edited)))
        demo.show_until(None)
        fourth = crawl(store, demo.definitions(), policy=demo.policy, options=FAST)
        assert fourth.new_versions == 1
        titles = [r[2] for r in _versions(store) if r[:2] == ("lilja", "l1003")]
        assert titles == [want[("lilja", "l1003")]["title"], "Ändrad rubrik"]


def _as_demo_ad(raw: dict[str, object]) -> object:
    from kartlegg.demo.sites import _Ad, _slug

    key = str(raw["id"])
    return _Ad(
        key,
        key,
        _slug(str(raw["title"])),
        str(raw["title"]),
        str(raw["body"]),
        str(raw["city"]),
        str(raw["posted_at"]),
        [],
    )


def test_images_are_hashed_and_reused_photos_match(sqlite_store: Store) -> None:
    ads = make_ads(4)
    with serve_sites(ads, SITES) as demo:
        res = crawl(sqlite_store, demo.definitions(), policy=demo.policy, options=FAST)
        assert res.images == 24 and res.error_count == 0
        with sqlite_store.connect() as conn:
            rows = conn.execute(text("SELECT url, sha256, phash, width FROM ad_images ORDER BY url")).all()
        assert len(rows) == 24 and all(r[1] and r[2] and r[3] == 96 for r in rows)
        for site in SITES:
            shared = {r[1] for r in rows if site.domain in r[0] and r[0].endswith("-1.jpg")}
            assert len(shared) == 1  # the same photo re-used in four ads of a site has one hash
        # Nothing new: no image is fetched again.
        again = crawl(sqlite_store, demo.definitions(), policy=demo.policy, options=FAST)
        assert again.images == 0


def test_evidence_verifies_and_detects_tampering(sqlite_store: Store) -> None:
    with serve_sites(make_ads(3), SITES[:1]) as demo:
        crawl(sqlite_store, demo.definitions(), policy=demo.policy, options=FAST)
    ev = ad_evidence(sqlite_store, "rosa/r1001")
    assert ev.ok and ev.versions and all(v.verified for v in ev.versions)
    v = ev.versions[0]
    assert v.url and v.url.endswith("/annonse/r1001") and v.warc_path and v.warc_record_id
    path = sqlite_store.settings.archive_dir / v.warc_path
    # Re-write the archive with one byte of the ad page changed (recompressed so it still reads).
    import gzip
    import io

    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_headers.get_header("WARC-Record-ID") == v.warc_record_id:
                payload = gzip.decompress(rec.raw_stream.read()).replace(b"Oslo", b"Olso")
                rec.http_headers.remove_header("Content-Encoding")
                new = writer.create_warc_record(
                    rec.rec_headers.get_header("WARC-Target-URI"),
                    "response",
                    payload=io.BytesIO(payload),
                    length=len(payload),
                    http_headers=rec.http_headers,
                    warc_headers_dict={"WARC-Record-ID": v.warc_record_id},
                )
                offsets = buf.tell()
                writer.write_record(new)
            else:
                writer.write_record(rec)
    path.write_bytes(buf.getvalue())
    with sqlite_store.begin() as conn:
        conn.execute(text("UPDATE raw_pages SET warc_offset = :o WHERE id = :i"), {"o": offsets, "i": v.page_id})
    bad = ad_evidence(sqlite_store, "rosa/r1001")
    assert not bad.ok and "altered" in bad.versions[0].problem


def test_warc_reingest_rebuilds_the_same_ads(sqlite_store: Store, tmp_path: Path) -> None:
    with serve_sites(make_ads(6), SITES) as demo:
        crawl(
            sqlite_store, demo.definitions(), policy=demo.policy, options=CrawlOptions(polite=False, fetch_images=False)
        )
    with sqlite_store.connect() as conn:
        defs = state.stored_sites(conn)
    original = sorted((r[0], r[1], r[2], r[3], r[4]) for r in _versions(sqlite_store))
    other = open_store(make_settings(tmp_path / "other"))
    try:
        with other.begin() as conn:
            for d in defs:
                state.save_site(conn, d)
        copied = tmp_path / "copy"
        shutil.copytree(sqlite_store.settings.archive_dir, copied)
        result = ingest_paths(other, [copied])
        assert result.rejected_count == 0 and result.new_versions == len(original)
        rebuilt = sorted((r[0], r[1], r[2], r[3], r[4]) for r in _versions(other))
        assert rebuilt == original
        ev = ad_evidence(other, "kat/k1002")
        assert ev.ok and ev.versions[0].verified
        # the page templates (site-alias evidence) are rebuilt from the archive as the crawl recorded them
        templates = "SELECT p.url, t.fingerprint FROM page_templates t JOIN raw_pages p ON p.id = t.page_id"
        with sqlite_store.connect() as a, other.connect() as b:
            crawled = sorted(tuple(r) for r in a.execute(text(templates)))
            reread = sorted(tuple(r) for r in b.execute(text(templates)))
        assert crawled and reread == crawled
        # Re-reading the same archive again adds nothing.
        assert ingest_paths(other, [copied]).new_versions == 0
    finally:
        other.close()


def _site(port: int, **politeness: object) -> object:
    return parse_definition(
        {
            "name": "plain",
            "domains": ["127.0.0.1"],
            "start_urls": [f"http://127.0.0.1:{port}/list"],
            "listing": {"ad_links": "a.ad", "next_page": "a.next"},
            "ad": {"id_from_url": r"/ad/(\d+)$", "title": {"css": "h1"}, "body": {"css": "p"}},
            "politeness": politeness or {"delay_seconds": 0, "concurrency": 4},
        },
        "test",
    )


def _listing(n: int) -> bytes:
    return ("".join(f'<a class=ad href="/ad/{i}">{i}</a>' for i in range(n))).encode()


def _ad_routes(n: int) -> dict[str, Reply]:
    return {f"/ad/{i}": Reply(body=f"<h1>Annonse {i}</h1><p>Tekst {i}</p>".encode()) for i in range(n)}


def test_robots_txt_is_obeyed(sqlite_store: Store) -> None:
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /ad/2\n"),
        "/list": Reply(body=_listing(4)),
        **_ad_routes(4),
    }
    with serve(routes) as srv:
        res = crawl(sqlite_store, [_site(srv.port)], policy=_loopback(), options=FAST)  # type: ignore[list-item]
        fetched = {h[1] for h in srv.hits}
    assert res.robots_refused == 1 and "/ad/2" not in fetched and {"/ad/0", "/ad/1", "/ad/3"} <= fetched


def test_per_host_delay_and_retries_with_backoff(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}

    def flaky(_: object) -> Reply:
        calls["n"] += 1
        if calls["n"] <= 2:
            return Reply(503, b"busy", {"Retry-After": "0"})
        return Reply(body=b"<h1>Endelig</h1><p>ok</p>")

    # The crawler's own send times: taken as each request leaves the host's gate, in the crawl's thread. The
    # server's hit times are not used: its threads wait for the interpreter lock behind the crawl (a loaded
    # machine once read a gap of 0.132 s between two requests the crawler had sent 0.15 s apart).
    sent: list[float] = []
    get = Fetcher.get

    async def timed_get(self: Fetcher, url: str, *args: Any, **kwargs: Any) -> Any:
        if not url.endswith("/robots.txt"):
            sent.append(time.monotonic())
        return await get(self, url, *args, **kwargs)

    monkeypatch.setattr(Fetcher, "get", timed_get)
    delay = 0.15
    routes: dict[str, object] = {"/list": Reply(body=_listing(4)), **_ad_routes(4), "/ad/3": flaky}
    with serve(routes) as srv:  # type: ignore[arg-type]
        site = _site(srv.port, delay_seconds=delay, concurrency=2)
        res = crawl(sqlite_store, [site], policy=_loopback(), options=CrawlOptions(backoff_seconds=0.01))  # type: ignore[list-item]
        served = [h for h in srv.hits if h[1] != "/robots.txt"]
    assert res.new_versions == 4 and calls["n"] == 3
    assert len(sent) == len(served) == 7  # the listing, four ads, two retries of the busy one
    # Requests to one host start at least delay_seconds apart, retries too. Over the six after the listing (the
    # listing's page is parsed before the ads are asked for): a late send shortens only the gaps beside it, so
    # the span allows a third of a delay once; and between any two (a pause of the crawl's thread between the
    # gate and the send is far below half the delay; a crawler that does not wait sends two at once here).
    ads = sent[1:]
    assert ads[-1] - ads[0] >= (len(ads) - 1) * delay - delay / 3
    assert min(b - a for a, b in itertools.pairwise(sent)) >= delay / 2


def _loopback() -> object:
    from kartlegg.collect.netguard import AddressPolicy

    return AddressPolicy(allow_loopback=True)


def test_removed_ads_are_gone_not_errors(sqlite_store: Store) -> None:
    routes = {"/list": Reply(body=_listing(3)), **_ad_routes(3)}
    with serve(routes) as srv:
        site = _site(srv.port)
        assert crawl(sqlite_store, [site], policy=_loopback(), options=FAST).new_versions == 3  # type: ignore[list-item]
        # The site removes ad 1 but a stale listing (or a resumed crawl) still points at it.
        routes["/ad/1"] = Reply(410, b"removed")
        res = crawl(sqlite_store, [site], policy=_loopback(), options=FAST)  # type: ignore[list-item]
    assert res.gone == 1 and res.error_count == 0 and res.unchanged == 2
    assert len(_versions(sqlite_store)) == 3  # the stored version of the removed ad stays as evidence
