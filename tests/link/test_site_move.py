"""Sites served on 127.0.0.1 and crawled for real: a site under a new domain is found by its page template
and its copied ads; a site on the same template with other ads is only a weaker "template only" reason."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kartlegg.collect.crawler import CrawlOptions, crawl
from kartlegg.demo.sites import SiteInfo, crawl_in_two_halves, serve_sites
from kartlegg.link import list_site_aliases
from kartlegg.pipeline import analyze
from kartlegg.store.engine import Store
from tests.collect.synthetic import SITES, make_ads
from tests.conftest import run_cli

NAMES = ["Lina", "Mona", "Sara", "Nora", "Ida", "Emma", "Vera", "Tina", "Ulla", "Rita"]
PLACES = ["Oslo", "Bergen", "Trondheim", "Drammen", "Tromsø", "Bodø", "Moss", "Hamar", "Gjøvik", "Molde"]


def _ad(site: SiteInfo, key: str, n: int, day: int, words: str = "og er ny i {p} denne uken") -> dict[str, Any]:
    posted = datetime(2026, 3, 1, 9) + timedelta(days=day, hours=n)
    return {
        "id": key,
        "site": site.name,
        "url": f"https://{site.domain}/annonse/{key}",
        "posted_at": posted.isoformat(),
        "title": f"{NAMES[n % 10]} {20 + n % 9} i {PLACES[n % 10]}",
        "body": f"Jeg heter {NAMES[n % 10]} {words.format(p=PLACES[n % 10])}, variant {n * 7919 % 1000}.\n\n"
        f"Ring meg på 9{n:07d} for en hyggelig prat.",
        "city": PLACES[n % 10],
        "images": [],
    }


def test_site_under_a_new_domain_is_found_by_template_and_ads(sqlite_store: Store) -> None:
    old = SiteInfo("gammel", "gammel.example", "nb", "no")
    new = SiteInfo("ny", "ny.example", "nb", "no")
    mirror = SiteInfo("kopi", "kopi.example", "nb", "no")  # the same ads, another template
    stranger = SiteInfo("fremmed", "fremmed.example", "nb", "no")  # the same template, other ads
    ads = [_ad(old, f"g{i}", i, 0) for i in range(8)]
    ads += [_ad(new, f"n{i}", i, 3) for i in range(8)] + [_ad(new, f"n{i}", i, 4) for i in range(20, 23)]
    ads += [_ad(mirror, f"k{i}", i, 1) for i in range(8)]
    ads += [_ad(stranger, f"f{i}", i, 1, "og besøker {p} bare et par dager til") for i in range(40, 48)]
    with serve_sites(ads, [old, new, mirror, stranger]) as demo:
        demo.web.layout.update(gammel="cards", ny="cards", kopi="table", fremmed="cards")
        res = crawl(sqlite_store, demo.definitions(), policy=demo.policy, options=CrawlOptions(polite=False))
    assert res.error_count == 0, res.errors
    with sqlite_store.connect() as conn:
        pages = conn.execute(text("SELECT site, host, COUNT(DISTINCT fingerprint) FROM page_templates GROUP BY 1, 2"))
        assert {(r[0], r[1]) for r in pages} == {
            ("gammel", "gammel.example"),
            ("ny", "ny.example"),
            ("kopi", "kopi.example"),
            ("fremmed", "fremmed.example"),
        }
    analyze(sqlite_store)
    with sqlite_store.connect() as conn:
        found = {(a.site_a, a.site_b): a for a in list_site_aliases(conn)}
    move = found[("gammel", "ny")]
    assert move.strength == "alias" and move.template == 1.0 and move.share == 1.0
    assert move.reason.startswith("same page template (similarity 1.00); ")
    assert "shared ad copies and selectors (100%)" in move.reason
    copy = found[("gammel", "kopi")]  # the ads alone make it an alias; the template is another one
    assert copy.strength == "alias" and copy.template is not None and copy.template < 0.9
    assert "different page templates" in copy.reason
    for pair in (("fremmed", "gammel"), ("fremmed", "ny")):
        assert found[pair].strength == "template", found[pair]
        assert found[pair].score < 0.5 and found[pair].shared == 0
        assert "template only" in found[pair].reason
    assert ("fremmed", "kopi") not in found


def test_demo_site_that_moves_domain_is_reported_with_its_template(sqlite_store: Store, tmp_path: Path) -> None:
    with serve_sites(make_ads(6), SITES) as demo:
        first, second = crawl_in_two_halves(sqlite_store, demo)
    assert first.error_count == 0 and second.error_count == 0
    analyze(sqlite_store)
    with sqlite_store.connect() as conn:
        found = {(a.site_a, a.site_b): a for a in list_site_aliases(conn)}
    move = found[("rosa@rosa-ny.example", "rosa@rosa.example")]
    assert move.strength == "alias" and move.template == 1.0
    assert "same page template (similarity 1.00)" in move.reason
    assert move.reason.endswith("first seen 0 days after rosa@rosa.example was last seen")  # the old one
    # lilja and kat were crawled in both halves: whatever their pages, never a hand-over from rosa
    assert all(
        "first seen" not in a.reason for k, a in found.items() if k != ("rosa@rosa-ny.example", "rosa@rosa.example")
    )
    # the analyst's view: `kartlegg site-aliases` lists the move with its reason
    shown = run_cli("site-aliases", home=tmp_path)
    assert shown.returncode == 0, shown.stderr
    listing = " ".join(shown.stdout.decode().split())
    assert "rosa@rosa-ny.example" in listing and "same site" in listing and "same page template" in listing
