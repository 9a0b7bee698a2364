"""The twenty-first blind corpus (benchmarks/blind21): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
from collections import Counter

from benchmarks import blind21
from benchmarks.blind21 import generate
from benchmarks.blind21._data import CITIES

from tests.corpus_checks import (
    Corpus,
    check_ads,
    check_hidden_styles,
    check_numbers_from_abroad,
    check_people,
    read_plain,
)

_corpus = functools.cache(generate)
CORPUS = Corpus.of(blind21, CITIES)


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    check_ads(ads, truth, CORPUS, max_size=1800, emails_any_case=True, schemes=("https://",))
    assert len({ad["url"] for ad in ads}) == len(ads)  # the pipeline's scorer finds an ad's truth by its URL


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    check_people(
        ads,
        truth,
        CORPUS,
        women=(200, 340),
        networks=(12, 40),
        hidden_share=(0.03, 0.16),
        min_styles=18,
        english=(0.15, 0.5),
        plain=(0.45, 0.85),
    )


def test_numbers_from_abroad() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden)."""
    ads, truth = _corpus(2, 1500)
    check_numbers_from_abroad(ads, truth, CORPUS, read_plain)


def test_hidden_numbers_do_not_show() -> None:
    """A number spelled out, written with letters for digits or with its halves swapped does not show its
    digits in order; every hidden style is used."""
    ads, truth = _corpus(2, 1500)
    check_hidden_styles(ads, truth, blind21.HIDDEN)


def test_furniture_kinds() -> None:
    """Each site labels its own furniture: bump times, ad codes, view counts, prices, postcodes, MobilePay boxes,
    member, invoice and order numbers, IP addresses, ticket and case numbers, clip ids, the sites' own lines."""
    _, truth = _corpus(2, 1500)
    kinds = Counter(f["kind"] for t in truth for f in t["furniture"])
    for kind in ("ad_id", "bump_time", "view_count", "price", "postcode", "mobilepay_box", "member_number",
                 "invoice_number", "order_number", "ip_address", "ticket_number", "case_number", "clip_id",
                 "epoch", "site_phone", "support_email", "listing_hash", "export_uuid"):  # fmt: skip
        assert kinds[kind] > 0, kinds
