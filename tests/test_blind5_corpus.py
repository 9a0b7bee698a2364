"""The fifth evaluation corpus (benchmarks/blind5): deterministic for a seed, and its truth agrees with its ads."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any

import phonenumbers
import pytest
from benchmarks.blind5 import generate
from benchmarks.blind5.places import CITIES

# styles whose digits stay in the text as digits (any script) in their order
DIGIT_STYLES = {
    "national",
    "international",
    "foreign national",
    "url slug",
    "wa-link",
    "separators",
    "spaced",
    "linebreak",
    "emoji",
    "lookalike",
    "in-word",
}


def _digits(text: str) -> str:
    out = []
    for ch in text:
        d = unicodedata.digit(ch, None)
        if d is not None:
            out.append(str(d))
    return "".join(out)


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return generate(3, 700)


def test_truth_lines_up_with_ads(corpus: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    ads, truth = corpus
    assert len(ads) == len(truth) == 700
    keys = set()
    for a, t in zip(ads, truth, strict=True):
        assert (a["site"], a["id"], a["url"]) == (t["site"], t["id"], t["url"])
        keys.add((a["site"], a["id"]))
        assert t["city"] in CITIES
        assert set(t["phone_styles"]) == set(t["phones"]) and set(t["own_phones"]) <= set(t["phones"])
        assert set(t["email_styles"]) == set(t["emails"])
        assert t["phones"] or t["emails"]
    assert len(keys) == len(ads)


def test_every_contact_is_in_its_ad(corpus: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    ads, truth = corpus
    for a, t in zip(ads, truth, strict=True):
        text = f"{a['url']}\n{a['title']}\n{a['body']}"
        digits = _digits(text)
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            if style in DIGIT_STYLES:
                assert phonenumbers.national_significant_number(num) in digits, (e164, style, text)
            if style == "url slug":
                assert phonenumbers.national_significant_number(num) in a["url"]
        for email, style in t["email_styles"].items():
            if style == "plain":
                assert email in text
            else:
                assert email.split("@")[0] in text
        for item in t["furniture"]:
            assert item["text"] in text, (item, text)
            assert item["digits"] == re.sub(r"\D", "", _digits_ascii(item["text"]))


def _digits_ascii(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in text)


def test_it_models_linking_and_minors(corpus: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    _, truth = corpus
    sites_of: dict[str, set[str]] = defaultdict(set)
    cities_of: dict[str, set[str]] = defaultdict(set)
    persons_of_net: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        sites_of[t["person_id"]].add(t["site"])
        cities_of[t["person_id"]].add(t["city"])
        persons_of_net[t["network_id"]].add(t["person_id"])
    assert any(len(s) >= 3 for s in sites_of.values())
    assert any(len(c) >= 3 for c in cities_of.values())
    assert any(len(p) >= 3 for n, p in persons_of_net.items() if not n.startswith("solo-"))
    assert any(t["minor"] for t in truth)
    assert len({t["site"] for t in truth}) == 6
