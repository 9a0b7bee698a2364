"""The seventeenth blind corpus (benchmarks/blind17): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools

import phonenumbers
from benchmarks import blind17
from benchmarks.blind17 import HIDDEN, generate
from benchmarks.blind17._data import CITIES

from tests.corpus_checks import Corpus, check_ads, check_people
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn
from tests.corpus_checks import page_text as _text

_corpus = functools.cache(generate)
CORPUS = Corpus.of(blind17, CITIES)


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    check_ads(ads, truth, CORPUS)


def test_people_and_controllers() -> None:
    """The women, controllers and their numbers, styles, templates and languages within the corpus's bounds."""
    ads, truth = _corpus(3, 2000)
    check_people(
        ads,
        truth,
        CORPUS,
        women=(250, 330),
        networks=(18, 32),
        hidden_share=(0.06, 0.3),
        min_styles=20,
        english=(0.2, 0.45),
    )


def test_numbers_from_abroad_and_masked_copies() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden), and a
    moderation tool's masked copy of a number never holds the whole number."""
    ads, truth = _corpus(2, 1500)
    abroad = 0
    for ad, t in zip(ads, truth, strict=True):
        digits = _digits(_text(ad))
        country = CITIES[t["city"]][0]
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            if phonenumbers.region_code_for_number(num) != country and style not in HIDDEN:
                abroad += 1
                assert f"{num.country_code}{_nsn(e164)}" in digits, (e164, style, ad["body"])
        for item in t["furniture"]:
            if item["kind"] == "masked_copy":
                assert not any(_nsn(p) in item["digits"] for p in t["phones"]), item
    assert abroad >= 50, abroad
