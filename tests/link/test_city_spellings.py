"""One city under several spellings is one city downstream: the person's timeline has no false move, and the
map, the statistics, ``--city`` filters and outreach count and find it once. The raw label stays as evidence."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from kartlegg.assess.queries import outreach
from kartlegg.collect.ingest import ingest_paths
from kartlegg.link.query import get_profile, list_profiles
from kartlegg.ops.stats import market_stats
from kartlegg.pipeline import analyze
from kartlegg.read.activity import activity
from kartlegg.store.engine import Store

# one person (one name, one number) advertised as "Malmo", "Malmö", "malmö", then "Gothenburg"; another in a
# town the gazetteer does not know
LABELS = [("s1", "Malmo", "03-02"), ("s2", "Malmö", "03-04"), ("s3", "malmö", "03-06"), ("s4", "Gothenburg", "03-09")]


def _build(store: Store, tmp: Path) -> None:
    ads = [
        {
            "id": key,
            "site": "rosa.example",
            "url": f"https://rosa.example/ad/{key}",
            "posted_at": f"2026-{day}T10:00:00",
            "title": f"Sara 24 - ny i {city}",
            "body": f"Hej, jag heter Sara. Ring 070-123 45 67. Annons {i}.",
            "city": city,
        }
        for i, (key, city, day) in enumerate(LABELS)
    ]
    ads.append(
        {
            "id": "n1",
            "site": "rosa.example",
            "url": "https://rosa.example/ad/n1",
            "posted_at": "2026-03-05T10:00:00",
            "title": "Mia 30",
            "body": "Hej, jag heter Mia. Ring 073-555 12 34.",
            "city": "Narnia",
        }
    )
    f = tmp / "ads.jsonl"
    f.write_text("".join(json.dumps(a) + "\n" for a in ads), encoding="utf-8")
    ingest_paths(store, [f])
    analyze(store, region="SE", workers=1)


def test_spellings_of_one_city_are_one_city_downstream(store: Store, tmp_path: Path) -> None:
    _build(store, tmp_path)
    with store.connect() as conn:
        [sara] = [p for p in list_profiles(conn) if p.ads == 4]
        tl = get_profile(conn, sara.id)
        assert tl is not None
        assert [c.city for c in tl.timeline.cities] == ["Malmö", "Göteborg"]
        assert [(m.from_city, m.to_city) for m in tl.timeline.moves] == [("Malmö", "Göteborg")]
        for query in ("Malmo", "MALMÖ", "malmö"):
            assert [p.id for p in list_profiles(conn, city=query)] == [sara.id]

        assert activity(conn).cities == [("Malmö", 3), ("Göteborg", 1), ("Narnia", 1)]
        groups = {r.group for r in market_stats(conn, by="city", period="year")}
        assert groups == {"Malmö", "Göteborg", "Narnia"}
        [item] = outreach(conn, "Malmo")
        assert item.city == "Malmö"
        assert "+46701234567" in item.phones

        raw = {r[0] for r in conn.execute(text("SELECT city FROM ad_versions"))}
        assert raw == {"Malmo", "Malmö", "malmö", "Gothenburg", "Narnia"}  # evidence as the sites wrote it
