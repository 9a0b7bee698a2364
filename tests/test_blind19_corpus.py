"""The nineteenth blind corpus (benchmarks/blind19): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re
from collections import Counter

from benchmarks import blind19
from benchmarks.blind19 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, SPLIT, generate
from benchmarks.blind19._data import CITIES

from tests.corpus_checks import (
    Corpus,
    check_ad_keys,
    check_emails,
    check_furniture,
    check_numbers_from_abroad,
    check_people,
    check_phones,
    check_truth_keys,
    contact_forms,
    unescape_json,
    unlabelled_runs,
)
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn
from tests.corpus_checks import page_text as _text

_GUTTER = re.compile(r"^ ?\d{1,2} \| ", re.MULTILINE)

_corpus = functools.cache(generate)
CORPUS = Corpus.of(blind19, CITIES)


def _clean(text: str) -> str:
    """What a reader sees: escapes decoded, Markdown's backslashes and invisible characters removed."""
    text = html.unescape(unescape_json(text)).replace("\u200b", "")
    return re.sub(r"\\([_+\\])", r"\1", text)


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        check_truth_keys(t)
        check_ad_keys(ad, t)
        assert ad["url"].startswith("https://"), ad["url"]
        keys.add((ad["site"], ad["id"]))
        raw = _text(ad)
        clean = _clean(raw)
        digits = _digits(unescape_json(raw))
        n_hidden, n_shown = check_phones(
            t, digits, PLAIN | LINKED | DISGUISED, PLAIN | LINKED | DISGUISED | SPLIT | HIDDEN
        )
        hidden[0] += n_hidden
        hidden[1] += n_shown
        check_emails(t, raw, clean.lower(), EMAIL_STYLES, EMAIL_EXACT)
        assert t["city"] in CITIES
        low = clean.casefold()
        assert any(n.casefold() in low for n in CITIES[t["city"]][1]), (t["city"], raw)
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= 1500, (size, t["template"], raw)
        allowed = check_furniture(t, raw, _digits(raw)) + t["emails"]  # digits inside an address are the address's
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        assert not unlabelled_runs(raw, allowed), (unlabelled_runs(raw, allowed), t["furniture"], raw)
        assert not unlabelled_runs(clean, allowed), (t["furniture"], raw)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.1 * hidden[0], hidden


def test_gutter_cut_numbers_show_their_parts() -> None:
    """A number a paste site's line-number gutter cuts shows all its digits, in order, once the gutter is left
    out, and not with it."""
    ads, truth = _corpus(2, 1500)
    cut = 0
    for ad, t in zip(ads, truth, strict=True):
        for e164, style in t["phone_styles"].items():
            if style in SPLIT:
                cut += 1
                assert _nsn(e164) in _digits(_GUTTER.sub("", ad["body"])), ad["body"]
                assert _nsn(e164) not in _digits(ad["body"]), ad["body"]
    assert cut >= 3, cut


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    check_people(
        ads,
        truth,
        CORPUS,
        women=(220, 340),
        networks=(15, 32),
        hidden_share=(0.04, 0.2),
        min_styles=20,
        english=(0.15, 0.5),
        plain=(0.45, 0.9),
        normalise=_read_body,
    )


def _read_body(body: str) -> str:
    """The body as a reader sees its sentences: the paste gutter, log escapes and quote marks undone; a table's "|"
    read as the footer separator "·", so its header lines stay furniture."""
    body = _GUTTER.sub("", _clean(body)).replace("\\n", "\n").replace("\\", "")
    return re.sub(r"^> ", "", body, flags=re.MULTILINE).replace("|", "·")


def test_numbers_from_abroad() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden)."""
    ads, truth = _corpus(2, 1500)
    check_numbers_from_abroad(ads, truth, CORPUS, unescape_json)


def test_furniture_kinds() -> None:
    """Each site labels its own furniture: hex trace ids, epoch stamps, coordinates, time slots, listing ids."""
    _, truth = _corpus(2, 1500)
    kinds = Counter(f["kind"] for t in truth for f in t["furniture"])
    for kind in ("trace_id", "epoch", "latitude", "time_slots", "listing_id", "ticket_id", "site_phone", "view_count"):
        assert kinds[kind] > 0, kinds
