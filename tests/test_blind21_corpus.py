"""The twenty-first blind corpus (benchmarks/blind21): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
from collections import Counter

from benchmarks import blind21
from benchmarks.blind21 import generate
from benchmarks.blind21._data import CITIES

from tests.corpus_checks import Corpus, SiteCorpus

SITES = SiteCorpus(Corpus.of(blind21, CITIES), functools.cache(generate))
_corpus = SITES.sample


def test_truth_matches_ads() -> None:
    SITES.check_ads()


def test_people_and_controllers() -> None:
    SITES.check_people(women=(200, 340), networks=(12, 40), min_styles=18, english=(0.15, 0.5), plain=(0.45, 0.85))


def test_numbers_from_abroad() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden)."""
    SITES.check_numbers_from_abroad()


def test_hidden_numbers_do_not_show() -> None:
    """A number spelled out, written with letters for digits or with its halves swapped does not show its
    digits in order; every hidden style is used."""
    SITES.check_hidden_styles()


def test_furniture_kinds() -> None:
    """Each site labels its own furniture: bump times, ad codes, view counts, prices, postcodes, MobilePay boxes,
    member, invoice and order numbers, IP addresses, ticket and case numbers, clip ids, the sites' own lines."""
    _, truth = _corpus(2, 1500)
    kinds = Counter(f["kind"] for t in truth for f in t["furniture"])
    for kind in ("ad_id", "bump_time", "view_count", "price", "postcode", "mobilepay_box", "member_number",
                 "invoice_number", "order_number", "ip_address", "ticket_number", "case_number", "clip_id",
                 "epoch", "site_phone", "support_email", "listing_hash", "export_uuid"):  # fmt: skip
        assert kinds[kind] > 0, kinds
