"""The eighth blind corpus (benchmarks/blind8): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from benchmarks.blind8 import generate

from tests.corpus_checks import nsn as _nsn

PLAIN = (
    "national",
    "national_compact",
    "international",
    "international_compact",
    "international_00",
    "international_trunk",
    "international_paren",
    "code_no_plus",
    "aggregator_field",
)


def test_truth_matches_ads() -> None:
    ads, truth = generate(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"]) == (t["site"], t["id"]) and ad["url"] == t["url"]
        keys.add((ad["site"], ad["id"]))
        text = ad["url"] + "\n" + ad["title"] + "\n" + ad["body"]
        digits = re.sub(r"\D", "", "".join(str(unicodedata.digit(c, "")) if c.isdigit() else c for c in text))
        for e164, style in t["phone_styles"].items():
            assert phonenumbers.is_valid_number(phonenumbers.parse(e164)), e164
            if style.removeprefix("forum_").removeprefix("old_number_") in PLAIN or style == "url_slug":
                assert _nsn(e164) in digits, (e164, style, text)
        assert set(t["own_phones"]) <= set(t["phones"])
        for email, style in t["email_styles"].items():
            if style == "plain":
                assert email in text.lower(), (email, text)
        assert t["city"] and t["person_id"] and t["network_id"]
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == {
        "nattsommerfugl",
        "rodalyktan",
        "kaerestetid",
        "nordicangels",
        "punterboard",
        "annonsradar",
    }
