"""The twentieth blind corpus (benchmarks/blind20): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re
from collections import Counter

from benchmarks import blind20
from benchmarks.blind20 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, generate
from benchmarks.blind20._data import CITIES

from tests.corpus_checks import (
    INVISIBLE,
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
CORPUS = Corpus.of(blind20, CITIES)
#: what cuts a number in two on these pages: a chat turn's time and speaker, or an inline markup tag
_CUT = re.compile(
    r"\n\[\d\d:\d\d:\d\d\] \w+: |\", \"ts\": \"[\d:]+\"\}\n\{\"role\": \"user\", \"content\": \"|<ph [^>]*/>"
)


def _clean(text: str) -> str:
    """What a reader sees: JSON and XML escapes decoded, invisible characters removed."""
    return html.unescape(unescape_json(text)).translate(INVISIBLE)


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
        n_hidden, n_shown = check_phones(
            t, _digits(unescape_json(raw)), PLAIN | LINKED | DISGUISED, CORPUS.shown | HIDDEN
        )
        hidden[0] += n_hidden
        hidden[1] += n_shown
        check_emails(t, raw, clean.lower(), EMAIL_STYLES, EMAIL_EXACT)
        assert t["city"] in CITIES
        low = clean.casefold()
        assert any(n.casefold() in low for n in CITIES[t["city"]][1]), (t["city"], raw)
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= 2200, (size, t["template"], raw)
        allowed = (
            check_furniture(t, raw, _digits(unescape_json(raw))) + t["emails"]
        )  # digits inside an address are the address's
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        assert not unlabelled_runs(unescape_json(raw), allowed), (unlabelled_runs(raw, allowed), t["furniture"], raw)
        assert not unlabelled_runs(clean, allowed), (t["furniture"], raw)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.1 * hidden[0], hidden


def test_cut_numbers_show_their_parts() -> None:
    """A number a chat turn or an inline tag cuts shows all its digits, in order, once the cut is left out, and not
    with it."""
    ads, truth = _corpus(2, 1500)
    cut = Counter[str]()
    for ad, t in zip(ads, truth, strict=True):
        for e164, style in t["phone_styles"].items():
            if style in ("chat_split", "tag_split"):
                cut[style] += 1
                assert _nsn(e164) in _digits(_CUT.sub("", ad["body"])), ad["body"]
                assert _nsn(e164) not in _digits(ad["body"]), ad["body"]
    assert min(cut.values()) >= 3 and len(cut) == 2, cut


def _read_body(body: str) -> str:
    """The body as a reader sees its sentences: escapes undone, markup tags as line breaks, the assistant's own turns
    (the same on every chat) left out."""
    body = _clean(body).replace("\\n", "\n")
    body = "\n".join(line for line in body.splitlines() if "Bot:" not in line and '"assistant"' not in line)
    return re.sub(r"<[^>]+>", "\n", body)


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    check_people(
        ads,
        truth,
        CORPUS,
        women=(220, 340),
        networks=(15, 32),
        hidden_share=(0.03, 0.16),
        min_styles=20,
        english=(0.15, 0.5),
        plain=(0.45, 0.85),
        normalise=_read_body,
    )


def test_numbers_from_abroad() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden)."""
    ads, truth = _corpus(2, 1500)
    check_numbers_from_abroad(ads, truth, CORPUS, _clean)


def test_furniture_kinds() -> None:
    """Each site labels its own furniture: case and journal numbers, Excel serial dates, row numbers, receipts,
    project ids, commit hashes, file modes, the archive's own hotline and the repository bot's address."""
    _, truth = _corpus(2, 1500)
    kinds = Counter(f["kind"] for t in truth for f in t["furniture"])
    for kind in ("case_number", "journal_number", "excel_date", "row_number", "receipt", "project_id",
                 "commit_sha", "file_mode", "site_phone", "support_email", "view_count", "postcode"):  # fmt: skip
        assert kinds[kind] > 0, kinds
