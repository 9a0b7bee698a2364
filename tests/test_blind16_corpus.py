"""The sixteenth blind corpus (benchmarks/blind16): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools

from benchmarks.blind16 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, generate
from benchmarks.blind16._data import CITIES

from tests.corpus_checks import check_ads, check_people

_corpus = functools.cache(generate)


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    check_ads(
        ads,
        truth,
        shown=PLAIN | LINKED | DISGUISED,
        hidden=HIDDEN,
        email_styles=EMAIL_STYLES,
        email_exact=EMAIL_EXACT,
        cities=CITIES,
        kind=KIND,
        sites=SITES,
    )


def test_people_and_controllers() -> None:
    """The women, controllers and their numbers, styles, templates and languages within the corpus's bounds."""
    ads, truth = _corpus(3, 2000)
    check_people(
        ads,
        truth,
        plain=PLAIN | LINKED,
        hidden=HIDDEN,
        cities=CITIES,
        women=(250, 330),
        networks=(18, 32),
        hidden_share=(0.06, 0.3),
        min_styles=20,
        english=(0.2, 0.45),
    )
