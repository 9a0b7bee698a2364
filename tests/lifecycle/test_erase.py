"""Erasure is complete and final: after erasing a person's phone, her ads, text, selectors and archived
pages are nowhere under $KARTLEGG_HOME (database after VACUUM, WARC files, search index) nor in any
export, and re-linking, re-assessing and re-importing the same file do not bring them back."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kartlegg.collect.evidence import ad_evidence
from kartlegg.ids import ad_id
from kartlegg.lifecycle import erase as erase_mod
from kartlegg.lifecycle import registry
from kartlegg.lifecycle.erase import EraseError, erase
from kartlegg.store import audit
from kartlegg.store.engine import Store, open_store
from kartlegg.web import textindex
from tests.conftest import make_settings, run_cli
from tests.lifecycle.conftest import ADS, NEEDLES, PHONE, archive_pages, file_text, leaks, write_ads


def _ok(res) -> str:  # type: ignore[no-untyped-def]
    assert res.returncode == 0, res.stderr.decode()
    return res.stdout.decode()


def _prepare(tmp_path: Path, env: dict[str, str] | None = None) -> tuple[Path, Path]:
    home = tmp_path / "home"
    data = write_ads(tmp_path / "ads.jsonl")
    _ok(run_cli("ingest", str(data), home=home, env=env))
    return home, data


def _export(home: Path, env: dict[str, str] | None = None) -> str:
    return _ok(run_cli("export", "ads", "--reason", "check erasure", home=home, env=env))


def test_erase_selector_removes_the_person_everywhere_and_for_good(tmp_path: Path) -> None:
    home, data = _prepare(tmp_path)
    settings = make_settings(home)
    store = open_store(settings)
    warc = archive_pages(store)
    _ok(run_cli("analyze", home=home))
    with store.begin() as conn:
        textindex.ensure(conn)  # the workbench's search index exists, as after a first search
    assert any(PHONE in line for line in _export(home).splitlines())
    kept = ad_id("rosa.example", "k1")
    store.close()

    out = _ok(
        run_cli("erase", "selector", "phone:070-111 22 33", "--region", "SE", "--reason", "DSR 2026/7", home=home)
    )
    assert "erased 2 ad(s)" in out and "1 archived page(s)" in out

    store = open_store(settings)
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one() == len(ADS) - 2
        assert textindex.search(conn, ["quorvanth"], 10) == []
        assert textindex.search(conn, ["anna"], 10)  # the others stay searchable
        last = audit.entries(conn, limit=1)[0]
        assert (last.action, last.justification, last.object_id.split(":")[0]) == ("erase", "DSR 2026/7", "phone")
        assert audit.verify(conn, audit.anchor_for(settings)).ok
    # the other person's archived page is still there and still verifies at its new offset
    assert ad_evidence(store, str(kept)).ok
    assert b'"reason":"DSR 2026/7"' in file_text(warc) and b"erased_by" in file_text(warc)
    store.close()

    # re-link, re-assess, re-import the same file: nothing comes back
    _ok(run_cli("analyze", home=home))
    again = _ok(run_cli("ingest", str(data), home=home))
    assert "2 erased ads left out" in again and "0 new ad versions" in again
    _ok(run_cli("analyze", home=home))
    exported = _export(home)
    assert not any(n.lower() in exported.lower() for n in NEEDLES)
    assert len(exported.splitlines()) == len(ADS) - 2

    db = home / "kartlegg.sqlite"
    con = sqlite3.connect(db)
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert leaks(home) == []

    # an explicit, audited decision takes the ads in again
    back = _ok(run_cli("ingest", str(data), "--allow-erased", "court reversed DSR 2026/7", home=home))
    assert "2 erased ads taken in again" in back
    store = open_store(settings)
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one() == len(ADS)
        assert audit.entries(conn, limit=1)[0].action == "readmit"
    store.close()


def test_erase_ad_keeps_the_persons_other_ads_and_rebuilds_her_profile(tmp_path: Path) -> None:
    home, _ = _prepare(tmp_path)
    _ok(run_cli("analyze", home=home))
    store = open_store(make_settings(home))
    z1, z2 = ad_id("rosa.example", "z1"), ad_id("blue.example", "z2")
    with store.connect() as conn:
        profile = conn.execute(text("SELECT profile_id FROM profile_ads WHERE ad_id = :a"), {"a": z1}).scalar_one()
    result = erase(store, "ad", "rosa.example/z1", reason="court order 12/2026", actor="tester")
    assert result.ads == 1
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM link_features WHERE ad_id = :a"), {"a": z1}).scalar_one() == 0
        assert conn.execute(text("SELECT profile_id FROM profile_ads WHERE ad_id = :a"), {"a": z2}).scalar_one()
        assert conn.execute(text("SELECT ads FROM profiles WHERE id = :p"), {"p": profile}).scalar_one() == 1
        links = conn.execute(text("SELECT a, b FROM links WHERE level = 'ad'")).all()
        assert all(str(z1) not in (a, b) for a, b in links)
        assert (
            conn.execute(
                text("SELECT COUNT(*) FROM scores WHERE entity_type = 'ad' AND entity_id = :a"), {"a": str(z1)}
            ).scalar_one()
            == 0
        )
    store.close()


def test_erase_refuses_without_reason_or_target(tmp_path: Path) -> None:
    home, _ = _prepare(tmp_path)
    no_reason = run_cli("erase", "ad", "rosa.example/z1", "--reason", "x", home=home)
    assert no_reason.returncode == 2 and "reason" in no_reason.stderr.decode()
    unknown = run_cli("erase", "ad", "rosa.example/nope", "--reason", "court order", home=home)
    assert unknown.returncode == 2 and "no ad" in unknown.stderr.decode()
    bad = run_cli("erase", "selector", "phone:12", "--reason", "court order", home=home)
    assert bad.returncode == 2 and "phone" in bad.stderr.decode()
    assert "Traceback" not in (no_reason.stderr + unknown.stderr + bad.stderr).decode()


def test_every_table_is_declared_by_a_stage(tmp_path: Path) -> None:
    """A table a stage adds later must say what erasure does with it."""
    store = open_store(make_settings(tmp_path))
    with store.begin() as conn:
        textindex.ensure(conn)
        tables = {
            r[0]
            for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            if not r[0].startswith(("sqlite_", f"{textindex.FTS}_"))
        }
    store.close()
    assert tables - registry.declared_tables() == set()


@pytest.mark.postgres
def test_erase_on_postgresql_leaves_no_trace_in_any_table(tmp_path: Path, pg_url: str) -> None:
    env = {"KARTLEGG_DATABASE_URL": pg_url}
    home, data = _prepare(tmp_path, env)
    _ok(run_cli("analyze", home=home, env=env))
    _ok(run_cli("erase", "selector", PHONE, "--reason", "DSR 2026/8", home=home, env=env))
    _ok(run_cli("analyze", home=home, env=env))
    assert "2 erased ads left out" in _ok(run_cli("ingest", str(data), home=home, env=env))
    _ok(run_cli("analyze", home=home, env=env))
    exported = _export(home, env)
    assert not any(n.lower() in exported.lower() for n in NEEDLES)
    store = open_store(make_settings(home, pg_url))
    with store.connect() as conn:
        tables = [r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
        for table in tables:
            for needle in NEEDLES:
                hit = conn.execute(
                    text(f'SELECT COUNT(*) FROM "{table}" t WHERE lower(t::text) LIKE :n'),
                    {"n": f"%{needle.lower()}%"},
                ).scalar_one()
                assert hit == 0, (table, needle)
    store.close()
    assert json.dumps(leaks(home)) == "[]"


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    store = open_store(make_settings(tmp_path))
    with pytest.raises(EraseError, match="unknown kind"):
        erase(store, "city", "Malmö", reason="court order", actor="t")
    store.close()


def _nothing_left(store: Store) -> None:
    """No erased value in any file under the data folder (the SQLite file after VACUUM) nor, on
    PostgreSQL, in any table's rows; closes the store."""
    home = store.settings.home
    if store.dialect == "postgresql":
        with store.connect() as conn:
            tables = [r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
            for table in tables:
                for needle in NEEDLES:
                    hit = conn.execute(
                        text(f'SELECT COUNT(*) FROM "{table}" t WHERE lower(t::text) LIKE :n'),
                        {"n": f"%{needle.lower()}%"},
                    ).scalar_one()
                    assert hit == 0, (table, needle)
    store.close()
    if (home / "kartlegg.sqlite").exists():
        con = sqlite3.connect(home / "kartlegg.sqlite")
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
    assert leaks(home) == []


#: the erased ad's text: long enough for a text fingerprint, with her phone and e-mail
ZELMIRQA = b"Quorvanth massage i Malm\xc3\xb6, ring 070-111 22 33 eller zelmirqa@example.se"


def _listed(ads: dict[int, str]) -> bytes:
    """A listing page as sites show them: each ad's title and the start of its text."""
    return "".join(f'<li><a class=ad href="/ad/{i}">{t}</a></li>' for i, t in ads.items()).encode()


def _photo(marker: str) -> bytes:
    """A small PNG carrying ``marker`` in a text chunk, so a byte search finds the archived photo."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", marker)
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 90)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _market() -> dict[str, object]:
    from tests.collect.server import Reply

    return {
        "/list": Reply(
            body=_listed({0: "Anna i Lund", 1: "Zelmirqa ny i stan", 2: "Bella"})
            + b"<p>Zelmirqa: ring 070-111 22 33</p>"
        ),
        "/ad/0": Reply(body=b'<h1>Anna i Lund</h1><p>Anna, ring 070-555 66 77</p><img src="/img/a.png">'),
        "/ad/1": Reply(body=b"<h1>Zelmirqa ny i stan</h1><p>" + ZELMIRQA + b'</p><img src="/img/z.png">'),
        "/ad/2": Reply(body=b"<h1>Bella</h1><p>Bella 070-888 99 00</p>"),
        "/img/a.png": Reply(body=_photo("Annaphoto"), headers={"Content-Type": "image/png"}),
        "/img/z.png": Reply(body=_photo("Quorvanth photo"), headers={"Content-Type": "image/png"}),
    }


def _site(port: int) -> object:
    from kartlegg.collect.sitedef import parse_definition

    return parse_definition(
        {
            "name": "plain",
            "domains": ["127.0.0.1"],
            "start_urls": [f"http://127.0.0.1:{port}/list"],
            "listing": {"ad_links": "a.ad"},
            "ad": {
                "id_from_url": r"/ad/(\d+)$",
                "title": {"css": "h1"},
                "body": {"css": "p"},
                "images": {"css": "img", "attr": "src", "all": True},
            },
            "politeness": {"delay_seconds": 0, "concurrency": 4},
        },
        "test",
    )


def test_an_erased_ad_reposted_under_a_new_id_is_left_out_of_an_import(tmp_path: Path) -> None:
    from kartlegg.collect.ingest import ingest_paths

    store = open_store(make_settings(tmp_path / "home"))
    first = tmp_path / "first.jsonl"
    text_ = "Quorvanth massage i Malmö, ring 070-111 22 33 eller zelmirqa@example.se"
    first.write_text(json.dumps({"id": "z1", "site": "rosa.example", "title": "Zelmirqa", "body": text_}) + "\n")
    ingest_paths(store, [first])
    erase(store, "ad", "rosa.example/z1", reason="court order 6/2026", actor="tester", rebuild=False)
    # the same text, reposted under another id (spacing and case changed), and an unrelated short ad
    again = tmp_path / "again.jsonl"
    rows = [
        {"id": "z9", "site": "rosa.example", "title": "Ny", "body": "  " + text_.upper().replace(" ", "   ")},
        {"id": "k1", "site": "rosa.example", "title": "Anna", "body": "Anna, ring mig"},
    ]
    again.write_text("".join(json.dumps(r) + "\n" for r in rows))
    res = ingest_paths(store, [again])
    assert (res.erased_skipped, res.new_versions) == (1, 1)
    with store.connect() as conn:
        assert [r[0] for r in conn.execute(text("SELECT ad_key FROM ads"))] == ["k1"]
    # the explicit decision lifts the erased ad's tombstones, its text fingerprint with them
    back = ingest_paths(store, [again], allow_erased=True)
    assert (back.erased_readmitted, back.new_versions) == (1, 1)
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM erased_ads")).scalar_one() == 0
    store.close()


def test_erasure_rewrites_the_listing_pages_that_showed_the_ad(store: Store) -> None:
    from kartlegg.collect.crawler import CrawlOptions, crawl
    from kartlegg.collect.netguard import AddressPolicy
    from kartlegg.pipeline import analyze
    from tests.collect.server import serve

    with serve(_market()) as srv:  # type: ignore[arg-type]
        res = crawl(
            store, [_site(srv.port)], policy=AddressPolicy(allow_loopback=True), options=CrawlOptions(polite=False)
        )  # type: ignore[list-item]
    assert (res.new_versions, res.listing_pages, res.images) == (3, 1, 2)
    analyze(store, region="SE", workers=1)
    if store.dialect == "sqlite":
        with store.begin() as conn:
            textindex.ensure(conn)  # the workbench's search index exists, as after a first search
    assert any(b"Zelmirqa ny i stan" in file_text(f) for f in store.settings.archive_dir.rglob("*.warc.gz"))

    result = erase(store, "ad", "plain/1", reason="court order 4/2026", actor="tester")
    # her page; the listing that showed her and her photo
    assert (result.warc_records, result.warc_other) == (1, 2)
    assert ad_evidence(store, "plain/0").ok and ad_evidence(store, "plain/2").ok  # the others' pages still verify
    assert any(b"Annaphoto" in file_text(f) for f in store.settings.archive_dir.rglob("*.warc.gz"))
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM raw_pages")).scalar_one() == 2
    _nothing_left(store)


def test_a_republished_erased_ad_never_reaches_the_disk_until_readmitted(store: Store) -> None:
    from kartlegg.collect.crawler import CrawlOptions, crawl
    from kartlegg.collect.netguard import AddressPolicy
    from tests.collect.server import Reply, serve

    settings = store.settings
    routes = _market()
    opts, policy = CrawlOptions(polite=False), AddressPolicy(allow_loopback=True)
    with serve(routes) as srv:  # type: ignore[arg-type]
        site = _site(srv.port)
        assert crawl(store, [site], policy=policy, options=opts).new_versions == 3  # type: ignore[list-item]
        erase(store, "ad", "plain/1", reason="court order 5/2026", actor="tester")
        # the site republishes her ad under a new URL (new id), its listing showing it again
        routes["/ad/7"] = routes.pop("/ad/1")
        routes["/list"] = Reply(
            body=_listed({0: "Anna i Lund", 7: "Zelmirqa ny i stan", 2: "Bella"}) + b"<p>Zelmirqa, 070-111 22 33</p>"
        )
        again = crawl(store, [site], policy=policy, options=opts)  # type: ignore[list-item]
        assert (again.erased_skipped, again.erased_listings, again.new_versions) == (1, 1, 0)
        _nothing_left(store)  # neither her page nor the listing that showed it was written

        store = open_store(settings)
        with pytest.raises(EraseError, match="not an ad reference"):
            erase_mod.readmit(store, ["plain"], reason="court reversed 5/2026", actor="tester")
        assert erase_mod.readmit(store, ["plain/1"], reason="court reversed 5/2026", actor="tester") == 1
        with store.connect() as conn:
            assert audit.entries(conn, limit=1)[0].action == "readmit"
        back = crawl(store, [site], policy=policy, options=opts)  # type: ignore[list-item]
    assert (back.erased_skipped, back.new_versions) == (0, 1)
    assert ad_evidence(store, "plain/7").ok
    store.close()


def test_a_recrawl_does_not_bring_an_erased_ad_back(tmp_path: Path) -> None:
    from kartlegg.collect.crawler import CrawlOptions, crawl
    from kartlegg.collect.netguard import AddressPolicy
    from tests.collect.server import Reply, serve
    from tests.collect.test_crawl import _site

    routes = {
        "/list": Reply(body=b"".join(b'<a class=ad href="/ad/%d">%d</a>' % (i, i) for i in range(3))),
        "/ad/0": Reply(body=b"<h1>Annonse 0</h1><p>Anna, ring 070-555 66 77</p>"),
        "/ad/1": Reply(body=b"<h1>Zelmirqa</h1><p>Quorvanth, ring 070-111 22 33</p>"),
        "/ad/2": Reply(body=b"<h1>Annonse 2</h1><p>Bella 070-888 99 00</p>"),
    }
    home = tmp_path / "home"
    store = open_store(make_settings(home))
    opts = CrawlOptions(polite=False)
    with serve(routes) as srv:  # type: ignore[arg-type]
        site = _site(srv.port)
        assert crawl(store, [site], policy=AddressPolicy(allow_loopback=True), options=opts).new_versions == 3  # type: ignore[list-item]
        result = erase(store, "ad", "plain/1", reason="court order 3/2026", actor="tester")
        assert result.warc_records == 1
        routes["/ad/1"] = Reply(body=b"<h1>Zelmirqa igen</h1><p>Quorvanth nu</p>")  # edited on the site
        again = crawl(store, [site], policy=AddressPolicy(allow_loopback=True), options=opts)  # type: ignore[list-item]
        fetched = [h[1] for h in srv.hits]
    assert again.erased_skipped == 1 and fetched.count("/ad/1") == 1  # never fetched again
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one() == 2
    assert ad_evidence(store, "plain/0").ok and ad_evidence(store, "plain/2").ok
    store.close()
    con = sqlite3.connect(home / "kartlegg.sqlite")
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert leaks(home) == []
