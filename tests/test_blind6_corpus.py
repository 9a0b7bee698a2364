"""The sixth evaluation corpus (benchmarks/blind6): deterministic for a seed, and its truth agrees with its ads."""

from __future__ import annotations

import re

import phonenumbers
from benchmarks.blind6 import generate
from benchmarks.blind6.lex import CITIES


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def test_truth_agrees_with_the_ads() -> None:
    ads, truth = generate(2, 1500)
    assert len(ads) == len(truth) == 1500
    assert len({(a["site"], a["id"]) for a in ads}) == 1500
    person_net: dict[str, str] = {}
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"], ad["url"]) == (t["site"], t["id"], t["url"])
        assert t["city"] in CITIES
        assert t["phones"] or t["emails"]
        assert set(t["own_phones"]) <= set(t["phones"]) == set(t["phone_styles"])
        assert set(t["emails"]) == set(t["email_styles"])
        assert person_net.setdefault(t["person_id"], t["network_id"]) == t["network_id"]
        text = f"{ad['url']}\n{ad['title']}\n{ad['body']}"
        flat = _digits(text)
        for e164 in t["phones"]:
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            nsn = phonenumbers.national_significant_number(num)
            if t["phone_styles"][e164] in ("plain", "intl", "plain (old number)", "url slug", "app link"):
                assert nsn in flat, (e164, text)
        for em in t["emails"]:
            if t["email_styles"][em] in ("plain", "mailto"):
                assert em in text
            elif t["email_styles"][em] == "upper":
                assert em.upper() in text
        assert any(f["kind"] == "ad_id" and f["digits"] == ad["id"] for f in t["furniture"])
        for f in t["furniture"]:
            assert f["digits"] == _digits(f["text"])
            assert f["text"] in text, (f, text)
            if f["kind"] == "support_phone":
                assert phonenumbers.is_valid_number(phonenumbers.parse(f["e164"]))
