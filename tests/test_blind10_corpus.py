"""The tenth blind corpus (benchmarks/blind10): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import functools
import re
from collections import Counter

import phonenumbers
from benchmarks.blind10 import HIDDEN, PLAIN, SITES, generate
from benchmarks.blind10._data import CITY_COUNTRY

from tests.corpus_checks import check_owners
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn

_corpus = functools.cache(generate)


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"]) == (t["site"], t["id"]) and ad["url"] == t["url"]
        assert isinstance(ad["id"], str) and ad["posted_at"].endswith("Z")
        keys.add((ad["site"], ad["id"]))
        text = ad["url"] + "\n" + ad["title"] + "\n" + ad["body"] + "\n" + (ad.get("city") or "")
        digits = _digits(text)
        assert set(t["phones"]) == set(t["phone_styles"])
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164
            assert style in PLAIN | HIDDEN, style
            if style in PLAIN:
                assert _nsn(e164) in digits, (e164, style, text)
            else:  # a hidden number is not there as a run of digits (but for a rare chance neighbour)
                hidden[0] += 1
                hidden[1] += _nsn(e164) in digits
        assert set(t["own_phones"]) <= set(t["phones"])
        assert set(t["emails"]) == set(t["email_styles"])
        for addr, style in t["email_styles"].items():
            assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
            if style in {"plain", "mailto"}:
                assert addr in text, (addr, text)
            if style == "cfemail":
                assert "data-cfemail" in text or "email-protection#" in text
        assert t["city"] in CITY_COUNTRY
        assert t["person_id"] and t["network_id"]
        assert t["network_id"].startswith("solo-") == (t["network_kind"] == "solo")
        assert 150 <= len(ad["title"]) + len(ad["body"]) <= 1200
        for item in t["furniture"]:
            assert set(item) <= {"kind", "digits", "e164", "text"}
            if item.get("e164"):
                assert item["e164"] not in t["phones"], item
                assert _nsn(item["e164"]) in digits, item
            elif item["kind"] == "support_email":
                assert item["text"] in text and item["text"].lower() not in t["emails"]
            elif item["kind"] != "masked_own":
                assert item["digits"] in digits, (item, text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.01 * hidden[0], hidden


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    persons = {t["person_id"] for t in truth}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 270 <= len(persons) <= 330 and 18 <= len(nets) <= 36
    # a person is in one network at most; a number is one person's or one controller's
    check_owners(truth)
    # the mixes the corpus is meant to hold
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    plain = sum(v for k, v in styles.items() if k in PLAIN) / sum(styles.values())
    assert 0.6 <= plain <= 0.85
    assert len(styles) >= 20
    assert len({t["nationality"] for t in truth}) >= 20
    assert any(t["minor"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
    assert len({t["kind"] for t in truth}) == 6
    # every country's cities and many spellings of them
    assert {CITY_COUNTRY[t["city"]] for t in truth} == {"NO", "SE", "DK"}
    assert Counter(t["city_style"] for t in truth)["district"] > 100
    # the mirror's ads were published before the mirrored sites closed
    assert all(a["posted_at"] < "2026-08-29" for a in ads if a["site"] == "arkivspeilet")
