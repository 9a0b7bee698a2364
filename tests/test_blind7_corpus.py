"""The seventh blind corpus (benchmarks/blind7): deterministic for a seed, and its truth agrees with its ads."""

from __future__ import annotations

import re

import phonenumbers
from benchmarks.blind7 import generate
from benchmarks.blind7.market import CITIES


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def test_truth_matches_ads() -> None:
    ads, truth = generate(7, 1500)
    assert len(ads) == len(truth) == 1500
    keys = [(a["site"], a["id"]) for a in ads]
    assert len(set(keys)) == len(keys)
    assert keys == [(t["site"], t["id"]) for t in truth]
    plain_seen = 0
    for ad, t in zip(ads, truth, strict=True):
        text = f"{ad['title']}\n{ad['body']}\n{ad['url']}"
        flat = _digits(text)
        assert t["city"] in CITIES
        assert set(t["own_phones"]) <= set(t["phones"]) and set(t["phone_styles"]) == set(t["phones"])
        for e164 in t["phones"]:
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            nsn = phonenumbers.national_significant_number(num)
            if t["phone_styles"][e164] in ("national", "intl_plus", "intl_00", "app_link", "url_slug"):
                plain_seen += 1
                assert nsn in flat, (e164, text)
        for email in t["emails"]:
            if t["email_styles"][email] == "plain":
                assert email in text.lower()
        for item in t["furniture"]:
            if item["digits"]:
                assert item["digits"] in flat, (item, text)
            if item["kind"] == "support_email":
                assert item["text"] in text
        if t["network_id"].startswith("solo-"):
            assert t["network_id"] == f"solo-{t['person_id']}"
    assert plain_seen > 1000
    sites = {t["site"] for t in truth}
    assert len(sites) == 6 and any(s.endswith(".no") for s in sites) and any(s.endswith(".dk") for s in sites)
