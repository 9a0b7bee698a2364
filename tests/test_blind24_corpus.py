"""The twenty-fourth blind corpus (benchmarks/blind24): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
from collections import Counter

from benchmarks import blind24
from benchmarks.blind24 import generate
from benchmarks.blind24._data import CITIES

from tests.corpus_checks import Corpus, SiteCorpus

SITES = SiteCorpus(Corpus.of(blind24, {c: (v[0], v[1]) for c, v in CITIES.items()}), functools.cache(generate))
_corpus = SITES.sample


def test_deterministic() -> None:
    a, b = generate(5, 300), generate(5, 300)
    assert a == b


def test_truth_matches_ads() -> None:
    SITES.check_ads()


def test_people_and_controllers() -> None:
    SITES.check_people(women=(60, 140), networks=(4, 20), min_styles=14, english=(0.2, 0.7), plain=(0.5, 0.92))


def test_one_city_at_a_time() -> None:
    """A woman is in one city on any day: two of her ads posted the same day name the same city."""
    ads, truth = _corpus(3, 2000)
    where: dict[tuple[str, str], set[str]] = {}
    for ad, t in zip(ads, truth, strict=True):
        if not t["recruitment"]:
            where.setdefault((t["person_id"], ad["posted_at"][:10]), set()).add(t["city"])
    assert all(len(v) == 1 for v in where.values())


def test_minors_in_every_seed() -> None:
    """About 3 % of the women are minors (stating 18 or 19), on every seed."""
    for seed in (1, 2, 3):
        _, truth = _corpus(seed, 2000)
        women = {t["person_id"] for t in truth if not t["recruitment"]}
        minors = {t["person_id"] for t in truth if t["minor"]}
        assert 0.015 <= len(minors) / len(women) <= 0.05, (seed, len(minors), len(women))


def test_numbers_from_abroad() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden)."""
    SITES.check_numbers_from_abroad()


def test_hidden_numbers_do_not_show() -> None:
    """A number spelled out, written with letters for digits or as words and digits alternating does not show its
    digits in order; every hidden style is used."""
    SITES.check_hidden_styles()


def test_furniture_kinds_and_templates() -> None:
    """Each site labels its own furniture (ad ids, dates, timestamps, view counts, prices, profile facts, opening
    hours, postcodes, member ids, the sites' own lines and addresses), and each site shows both its templates."""
    _, truth = _corpus(2, 1500)
    kinds = Counter(f["kind"] for t in truth for f in t["furniture"])
    for kind in ("ad_id", "date", "timestamp", "view_count", "favourites", "price", "profile_fact", "opening_hours",
                 "postcode", "rating", "member_id", "site_phone", "support_email"):  # fmt: skip
        assert kinds[kind] > 0, kinds
    assert len({t["template"] for t in truth}) == 12


def test_addresses_are_valid() -> None:
    """A true address's local part neither starts nor ends with a dot nor holds two in a row (RFC 5322's dot-atom)."""
    _, truth = _corpus(2, 1500)
    for t in truth:
        for addr in t["emails"]:
            local = addr.split("@")[0]
            assert not local.startswith(".") and not local.endswith(".") and ".." not in local, addr
