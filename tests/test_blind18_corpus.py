"""The eighteenth blind corpus (benchmarks/blind18): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re

from benchmarks import blind18
from benchmarks.blind18 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, generate
from benchmarks.blind18._data import CITIES

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
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        check_truth_keys(t)
        check_ad_keys(ad, t)
        assert ad["url"].startswith(("http://", "https://")), ad["url"]  # what the importer takes
        keys.add((ad["site"], ad["id"]))
        raw = _text(ad)
        text = unescape_json(raw)
        digits = _digits(raw)
        n_hidden, n_shown = check_phones(t, digits, PLAIN | LINKED | DISGUISED, PLAIN | LINKED | DISGUISED | HIDDEN)
        hidden[0] += n_hidden
        hidden[1] += n_shown
        clean = html.unescape(text)
        check_emails(t, text, clean.lower(), EMAIL_STYLES, EMAIL_EXACT)  # a local part may be written capitalised
        assert t["city"] in CITIES
        low = unescape_json(" ".join([ad["title"], ad["body"], ad.get("city") or ""])).casefold()
        assert any(n.casefold() in low for n in CITIES[t["city"]][1]), (t["city"], text)
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= 1500, (size, t["template"], text)
        allowed = check_furniture(t, raw, digits) + t["emails"]  # digits inside an address are the address's
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        assert not unlabelled_runs(raw, allowed), (unlabelled_runs(raw, allowed), t["furniture"], raw)
        assert not unlabelled_runs(clean, allowed), (t["furniture"], text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.1 * hidden[0], hidden


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
