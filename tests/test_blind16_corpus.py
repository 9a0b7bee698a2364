"""The sixteenth blind corpus (benchmarks/blind16): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
from collections import Counter
from typing import Any

from benchmarks.blind16 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, generate
from benchmarks.blind16._data import CITIES

from tests.corpus_checks import (
    check_ad_keys,
    check_emails,
    check_furniture,
    check_no_shared_sentences,
    check_ownership,
    check_phones,
    check_truth_keys,
    contact_forms,
    shared_lines,
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
    ads, truth = _corpus(3, 2000)
    women = {t["person_id"] for t in truth if not t["person_id"].startswith("controller-")}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 250 <= len(women) <= 330 and 18 <= len(nets) <= 32, (len(women), len(nets))
    check_ownership(truth)
    assert all(not t["own_phones"] for t in truth if t["person_id"].startswith("controller-"))
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    total = sum(styles.values())
    plain = sum(v for k, v in styles.items() if k in PLAIN | LINKED) / total
    hidden = sum(v for k, v in styles.items() if k in HIDDEN) / total
    assert 0.45 <= plain <= 0.85 and 0.06 <= hidden <= 0.3, (plain, hidden, styles)
    assert len(styles) >= 20, styles
    assert len({t["nationality"] for t in truth if t["nationality"]}) >= 20
    assert any(t["minor"] for t in truth) and any(t["recruitment"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
    assert sum(t["minor"] for t in truth) <= 0.06 * len(truth)
    assert {CITIES[t["city"]][0] for t in truth} == {"NO", "SE", "DK"}
    langs = Counter(t["language"] for t in truth)
    assert 0.2 <= langs["en"] / len(truth) <= 0.45, langs
    assert shared_lines(truth) >= 5
    check_no_shared_sentences(ads, truth)
