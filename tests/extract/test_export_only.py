"""``extract_ad(export_only=True)`` (what ``kartlegg extract`` runs) gives the same export fields as a full
reading, and skips the selectors the export has no field for."""

from __future__ import annotations

from pathlib import Path

import yaml

from kartlegg.demo.market import iter_market_ads
from kartlegg.extract import export_fields, extract_ad

GOLDEN = yaml.safe_load((Path(__file__).parent / "golden.yaml").read_text(encoding="utf-8"))


def _ads() -> list[dict[str, str]]:
    ads = [{"title": c["title"], "body": c["body"], "region": c["region"]} for c in GOLDEN]
    ads += [{k: a.get(k) or "" for k in ("title", "body", "url", "city", "site")} for a in iter_market_ads(9, 40, 30)]
    return ads


def test_export_only_gives_the_same_export_fields_as_a_full_reading() -> None:
    ads = _ads()
    assert len(ads) > 300
    for ad in ads:
        assert export_fields(extract_ad(**ad, export_only=True)) == export_fields(extract_ad(**ad)), ad


def test_export_only_skips_prices_hotels_and_nationalities() -> None:
    kinds_full: set[str] = set()
    kinds_export: set[str] = set()
    for ad in _ads():
        kinds_full |= {m.kind for m in extract_ad(**ad).matches}
        kinds_export |= {m.kind for m in extract_ad(**ad, export_only=True).matches}
    assert {"price", "nationality", "hotel"} <= kinds_full
    assert not kinds_export & {"price", "nationality", "hotel", "service_mode", "url", "domain"}
    assert {"phone", "email", "handle", "age", "city"} <= kinds_export
