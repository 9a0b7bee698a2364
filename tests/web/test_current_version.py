"""After an ad is edited (a second version ingested), every door shows the newer version: the ad and
profile pages, the ads export, the report dataset, the statistics and the link stage's profile read."""

from __future__ import annotations

from tests.web.conftest import SITE, justify

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract.run import run_extract
from kartlegg.link.query import get_profile
from kartlegg.ops.stats import ad_facts
from kartlegg.records import AdInput
from kartlegg.report.export_ads import iter_export_rows
from kartlegg.report.query import Scope, select_ads
from kartlegg.store.ads import IncomingAd

OLD_TITLE, NEW_TITLE = "Ny i stan", "Tillbaka i Uppsala"


def test_every_consumer_shows_the_newest_version_of_an_edited_ad(store, market, client_for) -> None:
    edited = AdInput(
        "a1",
        SITE,
        "https://rosa.example/ad/a1-v2",
        "2026-03-05T09:00:00",
        NEW_TITLE,
        "Hej, Anna igen, nu i Uppsala. Ring 070-123 45 67",
        "Uppsala",
        (),
    )
    result = IngestResult()
    ingest_items(store, [IncomingAd(edited, "h-a1-v2", "test", "0" * 64)], result)
    assert result.new_versions == 1
    run_extract(store, region="SE")
    ad = market.ad_ids["a1"]

    with store.connect() as conn:
        exported = {(r["site"], r["id"]): r for r in iter_export_rows(conn)}
        reported = {r.ad_id: r for r in select_ads(conn, Scope(profile="p-anna"))}
        facts = ad_facts(conn)
        profile = get_profile(conn, "p-anna")
    row = exported[(SITE, "a1")]
    assert row["url"] == edited.url and row["city"] == "Uppsala"
    assert reported[ad].title == NEW_TITLE and "Uppsala" in reported[ad].body
    assert sorted(f.city for f in facts if f.profile_id == "p-anna") == ["Uppsala"]
    assert profile is not None and [a.title for a in profile.ads] == [NEW_TITLE]

    c = client_for("analyst")
    justify(c, "ad", ad)
    page = c.get(f"/ad/{ad}").text
    assert "https://rosa.example/ad/a1-v2" in page and "Anna igen" in page and OLD_TITLE not in page
    justify(c, "profile", "p-anna")
    page = c.get("/profile/p-anna").text
    assert NEW_TITLE in page and OLD_TITLE not in page
