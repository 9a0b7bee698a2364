"""The nineteenth blind corpus (benchmarks/blind19): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re
from collections import Counter

from benchmarks import blind19
from benchmarks.blind19 import SPLIT, generate
from benchmarks.blind19._data import CITIES

from tests.corpus_checks import Corpus, check_ads, check_numbers_from_abroad, check_people, unescape_json
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn

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
    check_ads(
        ads,
        truth,
        CORPUS,
        1500,
        read=_clean,
        read_digits=unescape_json,
        city_text=lambda ad, clean: clean,
        emails_any_case=True,
        also_known=SPLIT,
        schemes=("https://",),
    )


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
