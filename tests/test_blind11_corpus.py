"""The eleventh blind corpus (benchmarks/blind11): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re
from collections import Counter
from typing import Any

import phonenumbers
from benchmarks.blind11 import DISGUISED, EMAIL_STYLES, HIDDEN, KIND, PLAIN, SITES, generate
from benchmarks.blind11._data import CITY_COUNTRY

from tests.corpus_checks import check_owners, shared_lines
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn

_corpus = functools.cache(generate)


def _text(ad: dict[str, Any]) -> str:
    return "\n".join([ad["url"], ad["title"], ad["body"], ad.get("city") or ""])


def _cf_decode(hexed: str) -> str:
    key = int(hexed[:2], 16)
    return "".join(chr(int(hexed[i : i + 2], 16) ^ key) for i in range(2, len(hexed), 2))


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"], ad["url"]) == (t["site"], t["id"], t["url"])
        assert isinstance(ad["id"], str) and ad["posted_at"].endswith("Z")
        keys.add((ad["site"], ad["id"]))
        text = _text(ad)
        digits = _digits(text)
        assert set(t["phones"]) == set(t["phone_styles"])
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164
            assert style in PLAIN | DISGUISED | HIDDEN, style
            if style in PLAIN | DISGUISED:  # the digits are all there, in order, separators aside
                assert _nsn(e164) in digits, (e164, style, text)
            else:  # a hidden number is not there as a run of digits (but for a rare chance neighbour)
                hidden[0] += 1
                hidden[1] += _nsn(e164) in digits
        assert set(t["own_phones"]) <= set(t["phones"])
        assert set(t["emails"]) == set(t["email_styles"])
        unescaped = html.unescape(text)
        for addr, style in t["email_styles"].items():
            assert style in EMAIL_STYLES
            assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
            local, domain = addr.split("@")
            if style in {"plain", "mailto", "entity"}:
                assert addr in unescaped, (addr, text)
            elif style == "cfemail":
                found = [_cf_decode(h) for h in re.findall(r'data-cfemail="([0-9a-f]+)"', text)]
                assert addr in found, (addr, found)
            else:
                assert local in text and domain.split(".")[0] in text, (addr, style, text)
        assert t["city"] in CITY_COUNTRY
        assert t["person_id"] and t["network_id"]
        assert t["network_id"].startswith("solo-") == (t["network_kind"] == "solo")
        assert t["kind"] == KIND[t["site"]]
        assert 150 <= len(ad["title"]) + len(ad["body"]) <= 1200, len(ad["title"]) + len(ad["body"])
        for item in t["furniture"]:
            assert set(item) <= {"kind", "digits", "e164", "text"}
            if item.get("e164"):
                assert item["e164"] not in t["phones"], item
                assert _nsn(item["e164"]) in digits, item
            elif item["kind"] == "support_email":
                assert item["text"] in text and item["text"].lower() not in t["emails"]
            else:
                assert len(item["digits"]) >= 4 and item["digits"] in digits, (item, text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.02 * hidden[0], hidden


def test_people_and_controllers() -> None:
    _ads, truth = _corpus(3, 2000)
    persons = {t["person_id"] for t in truth}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 260 <= len(persons) <= 340 and 20 <= len(nets) <= 30
    # a person is in one network at most; a number is one person's or one controller's
    owners = check_owners(truth)
    lines = {ph for t in truth for ph in t["phones"] if ph not in t["own_phones"]}
    # no number of the site furniture (buyers in a chat, support lines) is anyone's contact
    furniture_numbers = {f["e164"] for t in truth for f in t["furniture"] if f.get("e164")}
    assert not furniture_numbers & (set(owners) | lines)
    # the mixes the corpus is meant to hold
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    total = sum(styles.values())
    plain = sum(v for k, v in styles.items() if k in PLAIN) / total
    hidden = sum(v for k, v in styles.items() if k in HIDDEN) / total
    assert 0.5 <= plain <= 0.75 and 0.12 <= hidden <= 0.3, (plain, hidden)
    assert len(styles) >= 28
    assert len({t["nationality"] for t in truth}) >= 20
    assert any(t["minor"] for t in truth) and any(t["recruitment"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
    assert {CITY_COUNTRY[t["city"]] for t in truth} == {"NO", "SE", "DK"}
    assert Counter(t["city_style"] for t in truth)["district"] > 100
    # many women advertise on a home-country SIM
    foreign = sum(phonenumbers.region_code_for_number(phonenumbers.parse(p)) not in ("NO", "SE", "DK") for p in owners)
    assert 0.2 <= foreign / len(owners) <= 0.6
    # hidden controllers post near-identical text: one line, several women
    assert shared_lines(truth) >= 5
