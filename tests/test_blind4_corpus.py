"""The blind4 evaluation corpus (benchmarks/blind4): deterministic for a seed, and its truth consistent with
the ads it describes (every truth contact is written in its ad, every furniture item is on the page, the
truth city is named by the ad in one of its spellings)."""

from __future__ import annotations

import phonenumbers
import pytest
from benchmarks.blind4 import generate
from benchmarks.blind4.places import CITIES


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return generate(1, 400)


def test_truth_matches_ads(corpus) -> None:  # type: ignore[no-untyped-def]
    ads, truth = corpus
    assert len(ads) == len(truth) == 400
    keys = {(a["site"], a["id"]) for a in ads}
    assert len(keys) == len(ads)
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"], ad["url"]) == (t["site"], t["id"], t["url"])
        page = f"{ad['url']}\n{ad['title']}\n{ad['body']}"
        digits = "".join(c for c in page if c.isdigit())
        assert set(t["own_phones"]) <= set(t["phones"])  # type: ignore[arg-type]
        for e164 in t["phones"]:  # type: ignore[attr-defined]
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            style = t["phone_styles"][e164]  # type: ignore[index]
            nsn = phonenumbers.national_significant_number(num)
            if style in ("national", "international", "international 00", "in the URL slug only"):
                assert nsn in digits, (e164, style, page)
        for e in t["emails"]:  # type: ignore[attr-defined]
            assert e in t["email_styles"]  # type: ignore[operator]
            assert e.split("@")[0] in page.lower(), (e, page)
        for item in t["furniture"]:  # type: ignore[attr-defined]
            assert item["text"] in page, (item, page)
            assert item["digits"] == "".join(c for c in item["text"] if c.isdigit())
        city = t["city"]
        assert city in CITIES
        _, spellings, districts, _ = CITIES[city]  # type: ignore[index]
        names = [city, *spellings, *districts]
        written = f"{page}\n{ad['city']}".casefold()
        assert any(n.casefold() in written for n in names), (city, page, ad["city"])
