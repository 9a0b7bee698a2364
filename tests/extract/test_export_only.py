"""``extract_ad(export_only=True)`` (what ``kartlegg extract`` runs) gives the same export fields as a full
reading, and skips the selectors the export has no field for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.demo.market import iter_market_ads
from kartlegg.extract import export_fields, extract_ad
from kartlegg.extract.api import export_row
from kartlegg.extract.matches import Extraction, Match
from kartlegg.extract.places import canonical_city

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


def _export_by_values(ex: Extraction, city: str | None) -> dict[str, Any]:
    """``export_fields`` as it was written before its one pass: ``Extraction.values`` per kind."""
    handles: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in ex.matches:
        if m.kind == "handle":
            key = (str(m.detail.get("platform", "")), m.value)
            if key not in seen:
                seen.add(key)
                handles.append({"platform": key[0], "handle": key[1]})
    named = ex.values("city")
    own = canonical_city(city)
    return {
        "phones": ex.values("phone"),
        "emails": ex.values("email"),
        "handles": handles,
        "ages": [int(a) for a in ex.values("age")],
        "cities": named if own is None else [own, *(c for c in named if c != own)],
        "language": ex.language,
    }


def _match(kind: str, value: str, platform: str) -> Match:
    value = str(18 + len(value)) if kind == "age" else value
    return Match(kind, value, "body", 0, 1, value, {"platform": platform} if platform else {})


_MATCH = st.builds(
    _match,
    st.sampled_from(["phone", "email", "age", "city", "handle", "furniture", "price", "district"]),
    st.sampled_from(["22", "31", "Oslo", "Malmö", "+4712345678", "a@b.no", "anna"]),
    st.sampled_from(["", "snapchat", "telegram"]),
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_MATCH, max_size=12),
    st.sampled_from([None, "", "Malmo", "oslo", "Nowhere"]),
    st.sampled_from([None, "sv"]),
)
def test_export_fields_are_the_values_of_each_kind(
    matches: list[Match], city: str | None, language: str | None
) -> None:
    ex = Extraction(matches=matches, language=language)
    assert export_fields(ex, city) == _export_by_values(ex, city)


def test_export_row_is_the_streams_line() -> None:
    """``kartlegg extract`` writes ``export_row``: the ad's key and site, its export fields and its furniture, in
    that order (the line's keys are part of the output)."""
    ads = _ads()
    for i, ad in enumerate(ads):
        ex = extract_ad(**ad, export_only=True, ad_key=f"k{i}")
        row = export_row(f"k{i}", ad.get("site", "s"), ex, ad.get("city"))
        by_hand: dict[str, Any] = {"id": f"k{i}", "site": ad.get("site", "s")}
        by_hand.update(export_fields(ex, ad.get("city")))
        by_hand["furniture"] = [
            {"value": m.value, "reason": m.detail.get("reason"), "field": m.field}
            for m in ex.matches
            if m.kind == "furniture"
        ]
        assert list(row.items()) == list(by_hand.items())
    assert any(export_row("k", "s", extract_ad(**ad, export_only=True), None)["furniture"] for ad in ads)
