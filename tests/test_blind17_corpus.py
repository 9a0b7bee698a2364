"""The seventeenth blind corpus (benchmarks/blind17): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools

from benchmarks import blind17
from benchmarks.blind17 import generate
from benchmarks.blind17._data import CITIES

from tests.corpus_checks import Corpus, check_ads, check_numbers_from_abroad, check_people
from tests.corpus_checks import nsn as _nsn

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
    check_numbers_from_abroad(ads, truth, CORPUS)
    for t in truth:
        for item in t["furniture"]:
            if item["kind"] == "masked_copy":
                assert not any(_nsn(p) in item["digits"] for p in t["phones"]), item
