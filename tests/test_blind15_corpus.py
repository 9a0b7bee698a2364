"""The fifteenth blind corpus (benchmarks/blind15): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools

from benchmarks import blind15
from benchmarks.blind15 import generate
from benchmarks.blind15._data import CITIES

from tests.corpus_checks import Corpus, check_ads, check_people

_corpus = functools.cache(generate)
CORPUS = Corpus.of(blind15, CITIES)


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
        networks=(20, 32),
        hidden_share=(0.06, 0.3),
        min_styles=24,
        english=(0.2, 0.45),
    )
