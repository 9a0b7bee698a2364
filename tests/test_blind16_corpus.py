"""The sixteenth blind corpus (benchmarks/blind16): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
from typing import Any

from benchmarks.blind16 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, generate
from benchmarks.blind16._data import CITIES

from tests.corpus_checks import (
    check_ad_keys,
    check_emails,
    check_furniture,
    check_people,
    check_phones,
    check_truth_keys,
    contact_forms,
    unlabelled_runs,
)
from tests.corpus_checks import digits as _digits

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\u200c\ufe0f\u20e3"))


_corpus = functools.cache(generate)


def _text(ad: dict[str, Any]) -> str:
    return "\n".join([ad["url"], ad["title"], ad["body"], ad.get("city") or ""])


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        check_truth_keys(t)
        check_ad_keys(ad, t)
        keys.add((ad["site"], ad["id"]))
        text = _text(ad)
        digits = _digits(text)
        n_hidden, n_shown = check_phones(t, digits, PLAIN | LINKED | DISGUISED, PLAIN | LINKED | DISGUISED | HIDDEN)
        hidden[0] += n_hidden
        hidden[1] += n_shown
        clean = html.unescape(text).translate(_INVISIBLE)
        check_emails(t, text, clean, EMAIL_STYLES, EMAIL_EXACT)
        assert t["city"] in CITIES
        low = " ".join([ad["title"], ad["body"], ad.get("city") or ""]).casefold()
        assert any(n.casefold() in low for n in CITIES[t["city"]][1]), (t["city"], text)
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= 1200, (size, t["template"], text)
        allowed = check_furniture(t, text, digits) + t["emails"]  # digits inside an address are the address's
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        assert not unlabelled_runs(clean, allowed), (t["furniture"], text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.1 * hidden[0], hidden


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
