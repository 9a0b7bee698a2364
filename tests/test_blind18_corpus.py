"""The eighteenth blind corpus (benchmarks/blind18): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re

from benchmarks import blind18
from benchmarks.blind18 import generate
from benchmarks.blind18._data import CITIES

from tests.corpus_checks import Corpus, ad_fields, check_ads, check_numbers_from_abroad, check_people, unescape_json
from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn

_corpus = functools.cache(generate)
CORPUS = Corpus.of(blind18, CITIES)


def _spoken(body: str) -> str:
    """A subtitle file's cue texts joined, without cue numbers and timings (any other body as it is)."""
    if "-->" not in body:
        return body
    rows = [*body.splitlines(), ""]
    keep = [x for i, x in enumerate(rows[:-1]) if "-->" not in x and "-->" not in rows[i + 1] and x != "WEBVTT"]
    return " ".join(x for x in keep if x and not x.startswith(("Kind:", "Language:")))


#: What a page puts between the pieces of its text that is no part of a sentence: a tag, a list's or a diff's "+ "/"- ".
_PAGE_BREAKS = re.compile(r"<[^>]+>|[+-] ")


def _read_body(body: str) -> str:
    """A body as its reader sees the text: entities and JSON escapes undone, a subtitle file's cues joined, its tags
    and list or diff marks as line breaks, and a page header's "|" as the "·" the shared sentence check knows as a
    header's or footer's joint (``check_no_shared_sentences``)."""
    text = _spoken(unescape_json(html.unescape(body)).replace("\\n", "\n"))
    return _PAGE_BREAKS.sub("\n", text).replace("|", "·")


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    check_ads(
        ads,
        truth,
        CORPUS,
        1500,
        read=lambda text: html.unescape(unescape_json(text)),
        city_text=lambda ad, clean: unescape_json(ad_fields(ad)),
        emails_any_case=True,  # a local part may be written capitalised
    )


def test_split_numbers_show_their_parts() -> None:
    """A number cut between two subtitle cues shows all its digits, in order, once the cues' timings are left
    out; one spelled or written with letters does not show whole."""
    ads, truth = _corpus(2, 1500)
    cut = 0
    for ad, t in zip(ads, truth, strict=True):
        for e164, style in t["phone_styles"].items():
            if style == "cue_split":
                cut += 1
                spoken = _digits(_spoken(ad["body"]))
                assert _nsn(e164) in spoken or e164[1:] in spoken, ad["body"]
    assert cut >= 10, cut


def test_people_and_controllers() -> None:
    """The women, controllers and their numbers, styles, templates and languages within the corpus's bounds."""
    ads, truth = _corpus(3, 2000)
    check_people(
        ads,
        truth,
        CORPUS,
        women=(220, 320),
        networks=(15, 32),
        hidden_share=(0.04, 0.2),
        min_styles=20,
        english=(0.2, 0.5),
        normalise=_read_body,
    )


def test_numbers_from_abroad() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden)."""
    ads, truth = _corpus(2, 1500)
    check_numbers_from_abroad(ads, truth, CORPUS, unescape_json)
