"""The ninth blind corpus (benchmarks/blind9): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers
from benchmarks.blind9 import generate
from benchmarks.blind9._render import PLAIN

from tests.corpus_checks import check_owners
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn

SITES = {"nattfiol", "sammetsrummet", "nattergalen", "gjesteboka", "velvetroute", "kanalarkiv"}
CANONICAL = {
    "Oslo", "Bergen", "Trondheim", "Stavanger", "Kristiansand", "Tromsø", "Drammen", "Stockholm", "Göteborg",
    "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Helsingborg", "København", "Aarhus", "Odense",
    "Aalborg", "Esbjerg", "Kolding",
}  # fmt: skip


def test_truth_matches_ads() -> None:
    ads, truth = generate(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"]) == (t["site"], t["id"]) and ad["url"] == t["url"]
        keys.add((ad["site"], ad["id"]))
        text = ad["url"] + "\n" + ad["title"] + "\n" + ad["body"]
        digits = _digits(text)
        assert set(t["phones"]) == set(t["phone_styles"])
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164
            if style in PLAIN:
                assert _nsn(e164) in digits, (e164, style, text)
        assert set(t["own_phones"]) <= set(t["phones"])
        assert set(t["emails"]) == set(t["email_styles"])
        for email, style in t["email_styles"].items():
            assert email == email.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email), email
            if style in {"plain", "mailto"}:
                assert email in text, (email, text)
        assert t["city"] in CANONICAL
        assert t["person_id"] and t["network_id"]
        assert t["network_id"].startswith("solo-") == (t["network_kind"] == "solo")
        assert 150 <= len(ad["title"]) + len(ad["body"]) <= 1200
        for item in t["furniture"]:
            assert set(item) <= {"kind", "digits", "e164", "text"}
            if item.get("e164"):
                assert item["e164"] not in t["phones"], item
                assert _nsn(item["e164"]) in digits, item
            elif item["kind"] == "support_email":
                assert item["text"] in text
            elif item["kind"] != "masked_own":
                assert item["digits"] in digits, (item, text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == SITES


def test_people_and_controllers() -> None:
    _, truth = generate(3, 2000)
    persons = {t["person_id"] for t in truth}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 270 <= len(persons) <= 330 and 18 <= len(nets) <= 36
    # a person is in one network at most; a controller's line is nobody's own number (and only in a network's ads)
    check_owners(truth)
    # mixes the corpus is meant to hold
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    plain = sum(v for k, v in styles.items() if k in PLAIN) / sum(styles.values())
    assert 0.6 <= plain <= 0.8
    assert len({t["nationality"] for t in truth}) >= 20
    assert any(t["minor"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
