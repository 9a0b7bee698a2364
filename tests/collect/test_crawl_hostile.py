"""A hostile web site on 127.0.0.1 against the crawler (issue 16): costly markup, drip-feeding, cut exchanges,
and `kartlegg sites check` with a refused fetch or loopback beyond the site's own port.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text
from warcio.archiveiterator import ArchiveIterator

from kartlegg.collect.crawler import MAX_SLOW, CrawlOptions, CrawlResult, crawl
from kartlegg.collect.fetch import FetchLimits
from kartlegg.collect.netguard import AddressPolicy
from kartlegg.collect.sitedef import SiteDefinition, parse_definition
from kartlegg.store.engine import Store
from tests.collect.server import Reply, serve
from tests.conftest import run_cli

LOOPBACK = AddressPolicy(allow_loopback=True)


def _site(port: int) -> SiteDefinition:
    return parse_definition(
        {
            "name": "hostile",
            "domains": ["127.0.0.1"],
            "start_urls": [f"http://127.0.0.1:{port}/list"],
            "listing": {"ad_links": "a.ad"},
            "ad": {"id_from_url": r"/ad/(\d+)$", "title": {"css": "h1"}, "body": {"css": "p"}},
            "politeness": {"delay_seconds": 0, "concurrency": 2},
        },
        "test",
    )


def _listing(n: int) -> Reply:
    return Reply(body="".join(f'<a class=ad href="/ad/{i}">{i}</a>' for i in range(n)).encode())


def _ad(i: int) -> Reply:
    return Reply(body=f"<h1>Annonse {i}</h1><p>Tekst {i}</p>".encode())


def _records(home: Path) -> list[tuple[str, str | None, bytes]]:
    """(target URL, WARC-Truncated, payload) of every response record archived under ``home``."""
    out = []
    for path in sorted((home / "archive").rglob("*.warc.gz")):
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response":
                    uri = str(rec.rec_headers.get_header("WARC-Target-URI"))
                    out.append((uri, rec.rec_headers.get_header("WARC-Truncated"), rec.content_stream().read()))
    return out


def _errors(store: Store) -> dict[str, str | None]:
    with store.connect() as conn:
        rows = conn.execute(text("SELECT url, last_error FROM crawl_urls WHERE kind = 'ad'")).all()
    return {str(r[0]).rsplit("/", 1)[1]: r[1] for r in rows}


def test_costly_markup_is_refused_and_the_crawl_goes_on(store: Store) -> None:
    routes = {
        "/list": _listing(4),
        "/ad/0": _ad(0),
        # 100,000 unclosed <div><span>: 120-170 s in lexbor; refused by the markup caps before parsing
        "/ad/1": Reply(body=b"<h1>x</h1>" + b"<div><span>" * 100_000),
        # 150,000 unclosed <option>s pass the caps but parse in quadratic time: cut by the worker's limit
        "/ad/2": Reply(body=b"<h1>y</h1><select>" + b"<option>z" * 150_000),
        "/ad/3": _ad(3),
    }
    with serve(routes) as srv:  # type: ignore[arg-type]
        started = time.monotonic()
        res = crawl(store, [_site(srv.port)], policy=LOOPBACK, options=CrawlOptions(polite=False, parse_seconds=2))
        took = time.monotonic() - started
    assert took < 30
    assert res.new_versions == 2 and res.refused_pages == 2, res.errors
    errors = _errors(store)
    assert errors["0"] is None and errors["3"] is None
    assert "nested more than 512 deep" in (errors["1"] or "")
    assert "parsing took longer than 2 s" in (errors["2"] or "")


def test_a_drip_feeding_host_is_given_up_not_retried(store: Store, tmp_path: Path) -> None:
    drip = Reply(body=b"<h1>slow</h1><p>" + b"x" * 400 + b"</p>", drip=0.2)
    routes = {"/list": _listing(6), **{f"/ad/{i}": drip for i in range(6)}}
    limits = FetchLimits(total_seconds=1.0, read_seconds=5)
    with serve(routes) as srv:  # type: ignore[arg-type]
        res: CrawlResult = crawl(
            store,
            [_site(srv.port)],
            policy=LOOPBACK,
            options=CrawlOptions(polite=False, concurrency=2, limits=limits),
        )
        ad_hits = [h for h in srv.hits if h[1].startswith("/ad/")]
    origin = f"http://127.0.0.1:{srv.port}"
    # without the give-up: 6 URLs x 4 attempts x 1 s; with it: what was in flight (2) until MAX_SLOW cuts
    # the request count shows the give-up; wall time (~4 s free, ~9 s at load 10) is a benchmark's business
    assert len(ad_hits) <= 2 + MAX_SLOW - 1
    assert origin in res.slow_hosts and res.slow_hosts[origin] >= 6 - len(ad_hits)
    assert any("drip-fed" in e for e in res.errors)
    with store.connect() as conn:  # the skipped URLs stay pending for the next run
        pending = conn.execute(text("SELECT COUNT(*) FROM crawl_urls WHERE pending = 1")).scalar_one()
    assert pending == 6 - len(ad_hits)
    # each cut exchange is evidence: a truncated record with the bytes received before the cut
    cut = [r for r in _records(store.settings.home) if r[1] == "time"]
    assert len(cut) == len(ad_hits)
    assert all(r[2] and b"<h1>slow</h1><p>x".startswith(r[2][:17]) for r in cut)


def test_exchanges_cut_for_size_are_archived_as_truncated(store: Store) -> None:
    big = b"<h1>big</h1><p>" + b"y" * 300_000 + b"</p>"
    routes = {
        "/list": _listing(3),
        "/ad/0": Reply(body=big),  # declared too large: cut before the body
        "/ad/1": Reply(body=big, headers={"Content-Length": "", "Connection": "close"}),  # streamed past the cap
        "/ad/2": _ad(2),
    }
    limits = FetchLimits(max_bytes=100_000)
    with serve(routes) as srv:  # type: ignore[arg-type]
        res = crawl(store, [_site(srv.port)], policy=LOOPBACK, options=CrawlOptions(polite=False, limits=limits))
    assert res.new_versions == 1
    records = {url.rsplit("/", 1)[1]: (cut, payload) for url, cut, payload in _records(store.settings.home)}
    assert records["0"] == ("length", b"")
    assert records["1"][0] == "length" and records["1"][1] == big[:100_000]
    assert records["2"][0] is None


def _definition(tmp: Path, port: int) -> Path:
    path = tmp / "hostile.yaml"
    path.write_text(
        f"""
name: hostile
domains: ["127.0.0.1"]
start_urls: ["http://127.0.0.1:{port}/list"]
listing: {{ad_links: "a.ad"}}
ad: {{id_from_url: "/ad/(\\\\d+)$", title: {{css: h1}}, body: {{css: p}}}}
"""
    )
    return path


def test_sites_check_fails_when_its_fetch_is_refused(tmp_path: Path) -> None:
    with serve({"/list": _listing(1), "/ad/0": _ad(0)}) as srv:
        site = _definition(tmp_path, srv.port)
        refused = run_cli("sites", "check", str(site), home=tmp_path / "home")
        ok = run_cli("sites", "check", str(site), home=tmp_path / "home", env={"KARTLEGG_ALLOW_LOOPBACK": "1"})
    assert refused.returncode == 1 and "loopback" in refused.stdout.decode() + refused.stderr.decode()
    assert "Traceback" not in refused.stderr.decode()
    assert ok.returncode == 0, ok.stderr.decode()


def test_allow_loopback_opens_only_the_sites_own_port(tmp_path: Path) -> None:
    # A site on one loopback port links its ads to another port of the same host (say, a local admin
    # service): KARTLEGG_ALLOW_LOOPBACK opens the site's own host:port, not the machine.
    with serve({"/secret": Reply(body=b"<h1>admin</h1><p>internal</p>")}) as other:
        ad = Reply(302, b"", {"Location": f"http://127.0.0.1:{other.port}/secret"})
        with serve({"/list": _listing(1), "/ad/0": ad}) as srv:  # type: ignore[arg-type]
            home = tmp_path / "home"
            assert run_cli("sites", "add", str(_definition(tmp_path, srv.port)), home=home).returncode == 0
            res = run_cli("crawl", "--no-images", home=home, env={"KARTLEGG_ALLOW_LOOPBACK": "1"})
            check = run_cli("sites", "check", "hostile", home=home, env={"KARTLEGG_ALLOW_LOOPBACK": "1"})
        assert not other.hits  # never reached
    assert res.returncode == 1 and f"loopback is open only for 127.0.0.1:{srv.port}" in res.stderr.decode()
    assert "0 new ad versions" in res.stdout.decode()
    assert check.returncode == 1
