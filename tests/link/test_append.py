"""The append (``link.append``): a verdict that a day's new ads join one woman's stored component and move
nothing else is what relinking gives, on hand-made cases, on random days of small markets (in memory, as the
region run links them) and on stores linked day by day (every day run checks its verdicts)."""

from __future__ import annotations

import dataclasses
import itertools
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import pytest
from benchmarks.evalcorpus import generate as eval_corpus
from benchmarks.heldout import generate as heldout_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.collect.adfile import parse_record
from kartlegg.link import components
from kartlegg.link.append import Append, appendable, misses
from kartlegg.link.cluster import AdFeatures, LinkResult, find_hubs, link_ads, selector_index
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.store.engine import Store
from tests.link.test_incremental import assert_equal, link_in_batches

#: masked texts by ad id, for the ads given text bands
TEXTS: dict[int, str] = {}


def _ad(
    ad_id: int,
    name: str | None,
    day: int,
    *sels: tuple[str, str],
    ages: tuple[int, ...] = (),
    site: str = "a.example",
    city: str | None = "Oslo",
) -> AdFeatures:
    posted = (date(2026, 3, 1) + timedelta(days=day)).isoformat()
    return AdFeatures(ad_id, site, city, posted, name, ages, tuple(sels))


def _link(ads: Sequence[AdFeatures], rules: LinkRules) -> tuple[LinkResult, dict[tuple[str, str], Any]]:
    hubs = find_hubs(ads, selector_index(ads), rules)

    def texts(idx: Sequence[int]) -> dict[int, str]:
        return {i: TEXTS[ads[i].ad_id] for i in idx if ads[i].ad_id in TEXTS}

    return link_ads(ads, texts, rules, hubs=hubs), hubs


def _day(
    old: Sequence[AdFeatures], new: Sequence[AdFeatures], rules: LinkRules, doubts: Counter[str] | None = None
) -> tuple[list[Append], list[Append]]:
    """The verdicts on ``new`` added to the linked ``old`` ads (as a day's run reads them: stored components,
    profiles and networks, the store's hubs after the day, the old ads whose hub status moved as seeds), and
    those the relink of everything contradicts."""
    old = sorted(old, key=lambda a: a.ad_id)
    every = sorted([*old, *new], key=lambda a: a.ad_id)
    before, hubs_before = _link(old, rules)
    after, hubs_after = _link(every, rules)
    comps = dict(zip((a.ad_id for a in old), components.label(old, before, hubs_before), strict=True))
    pids = [f"P{min(old[i].ad_id for i in members)}" for members in before.profiles]
    prev_profiles = {old[i].ad_id: pids[p] for p, members in enumerate(before.profiles) for i in members}
    prev_networks = {pids[p]: f"N{k}" for k, members in enumerate(before.networks) for p in members}
    flipped = set(hubs_before) ^ set(hubs_after)
    seeded = {a.ad_id for a in old if flipped & set(a.selectors)}
    new_ids = {a.ad_id for a in new}
    copies = [(every[i].ad_id, every[j].ad_id) for i, j in after.text_links]  # a fact of two texts
    found = appendable(every, comps, new_ids, seeded, prev_profiles, prev_networks, hubs_after, copies, rules, doubts)
    return found, misses(found, every, after)


MIRA = [
    _ad(11, "Mira", 0, ("phone", "+4790000011"), ages=(24,)),
    _ad(12, "Mira", 3, ("phone", "+4790000011"), ("email", "mira@example.org"), ages=(25,)),
    _ad(13, "mira", 9, ("email", "mira@example.org")),
]
LENA = [_ad(21, "Lena", 1, ("phone", "+4790000021"), ages=(30,)), _ad(22, "Lena", 4, ("phone", "+4790000021"))]


def test_her_new_ad_on_her_number_joins_her_profile_as_an_append() -> None:
    rules = default_rules()
    new = [_ad(5, "Mira", 12, ("phone", "+4790000011"), ("handle", "mira_new"), ages=(25,))]
    found, missed = _day([*MIRA, *LENA], new, rules)
    assert [(x.old, x.new) for x in found] == [((11, 12, 13), (5,))]  # a smaller id than hers: in the middle
    assert missed == []


def test_two_new_ads_of_hers_joined_to_each_other_append_together() -> None:
    rules = default_rules()
    new = [_ad(31, "Mira", 12, ("phone", "+4790000011")), _ad(32, "MIRA", 13, ("phone", "+4790000011"))]
    found, missed = _day([*MIRA, *LENA], new, rules)
    assert [x.new for x in found] == [(31, 32)] and missed == []


def test_what_can_move_another_decision_is_relinked() -> None:
    rules = default_rules()
    phone = ("phone", "+4790000011")
    cases = {
        # another name on her number: a controller's line now, its name groups decided again
        "another name": [_ad(5, "Sara", 12, phone)],
        # an age outside hers: the union may refuse a merge, a namesake's join reads her ages
        "an older age": [_ad(5, "Mira", 12, phone, ages=(29,))],
        # her number and another woman's: two components meet
        "two components": [_ad(5, "Mira", 12, phone, ("phone", "+4790000021"))],
        # no name read: which woman of a line it is, the relink decides
        "no name": [_ad(5, None, 12, phone)],
        # two new ads, each of another component, sharing a new handle
        "a bridge": [
            _ad(5, "Mira", 12, phone, ("handle", "x1")),
            _ad(6, "Lena", 12, ("handle", "x1"), ("phone", "+4790000021")),
        ],
    }
    why = {
        "another name": "two names",
        "an older age": "a new age outside hers",
        "two components": "reaches several components",
        "no name": "a new ad names nobody",
        "a bridge": "reaches several components",
    }
    for label, new in cases.items():
        doubts: Counter[str] = Counter()
        found, missed = _day([*MIRA, *LENA], new, rules, doubts)
        assert found == [], label
        assert missed == [], label
        assert list(doubts) == [why[label]], label


def test_a_contactless_namesake_near_the_new_ad_is_relinked() -> None:
    """A re-post of hers without a contact in the same site and city, posted near the new ad, meets her new
    ad by its name key: its join is decided again, so no append (though it may well join her)."""
    rules = default_rules()
    window = rules.person.bare_window_days
    alone = _ad(40, "Mira", 9 + window + 30, ages=(25,))  # a component of its own: past the window of hers
    near = _ad(5, "Mira", 9 + 31, ("phone", "+4790000011"))
    found, missed = _day([*MIRA, *LENA, alone], [near], rules)
    assert found == [] and missed == []
    far = _ad(5, "Mira", 12, ("phone", "+4790000011"))
    found, missed = _day([*MIRA, *LENA, alone], [far], rules)
    assert [x.new for x in found] == [(5,)] and missed == []


def test_a_text_copy_of_another_womans_ad_is_relinked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Her new ad copies the text of another woman's ad (a verified copy, whatever the partition makes of
    it): two components meet, no append; a copy of her own ad is an append."""
    rules = default_rules()
    words = "Ny i byen, diskret leilighet, ring meg for avtale, kun seriøse henvendelser takk"
    monkeypatch.setattr(sys.modules[__name__], "TEXTS", {21: words, 5: words, 11: "helt annen tekst om noe"})
    lena = [dataclasses.replace(LENA[0], bands=(7, 8)), LENA[1]]
    copy = _ad(5, "Mira", 12, ("phone", "+4790000011"))
    doubts: Counter[str] = Counter()
    found, missed = _day([*MIRA, *lena], [dataclasses.replace(copy, bands=(7, 8))], rules, doubts)
    assert found == [] and missed == [] and list(doubts) == ["reaches several components"]
    own = [dataclasses.replace(MIRA[0], bands=(7, 8)), *MIRA[1:]]
    monkeypatch.setattr(sys.modules[__name__], "TEXTS", {11: words, 5: words})
    found, missed = _day([*own, *LENA], [dataclasses.replace(copy, bands=(7, 8))], rules)
    assert [x.new for x in found] == [(5,)] and missed == []


def test_a_hub_flip_in_her_component_is_relinked() -> None:
    """Her phone written by enough other names on the day becomes a hub: her old ads are seeds, no append."""
    rules = default_rules()
    phone = ("phone", "+4790000011")
    others = [_ad(50 + k, f"N{k}x", 12, phone, site="b.example") for k in range(rules.hub.min_names + 1)]
    found, missed = _day([*MIRA, *LENA], [*others, _ad(5, "Mira", 12, phone)], rules)
    assert found == [] and missed == []


_NAMES = ["Mira", "Lena", "mira", "Sara", None]
_AD = st.tuples(
    st.sampled_from(_NAMES),
    st.integers(0, 60),  # day
    st.lists(st.sampled_from(["p1", "p2", "p3", "p4", "e1", "h1", "i1"]), max_size=3),
    st.lists(st.integers(22, 30), max_size=2),  # ages
    st.sampled_from(["a.example", "b.example"]),
)


def _features(ad_id: int, spec: tuple[str | None, int, list[str], list[int], str]) -> AdFeatures:
    name, day, sels, ages, site = spec
    kinds = {"p": "phone", "e": "email", "h": "handle", "i": "image"}
    return _ad(ad_id, name, day, *sorted({(kinds[s[0]], s) for s in sels}), ages=tuple(ages), site=site)


@settings(max_examples=300, deadline=None)
@given(
    old=st.lists(_AD, min_size=1, max_size=14),
    new=st.lists(_AD, min_size=1, max_size=4),
    ids=st.randoms(use_true_random=False),
)
def test_any_append_verdict_is_what_the_relink_gives(old: list[Any], new: list[Any], ids: Any) -> None:
    """Random small markets and days (names that fold alike, shared numbers, ages around a tolerance, two
    sites, new ads with ids anywhere among the old ones, as hashed ids are): every append verdict holds."""
    numbers = ids.sample(range(1, 1000), len(old) + len(new))
    olds = [_features(numbers[k], spec) for k, spec in enumerate(old)]
    news = [_features(numbers[len(old) + k], spec) for k, spec in enumerate(new)]
    _, missed = _day(olds, news, default_rules())
    assert missed == []


def test_random_days_find_appends_the_relink_confirms() -> None:
    """Not vacuous: over seeded random days the verdict is often an append, and never a wrong one."""
    import random

    rng = random.Random(7)
    found_any = 0
    for _ in range(200):
        numbers = rng.sample(range(1, 1000), 16)
        person = [("Mira", ["p1"], [24]), ("Lena", ["p2", "e1"], [30]), ("Sara", ["p3"], [])]
        olds = []
        for k in range(12):
            name, sels, ages = rng.choice(person)
            olds.append(_features(numbers[k], (name, rng.randrange(60), sels, ages, "a.example")))
        news = []
        for k in range(12, 16):
            name, sels, ages = rng.choice(person)
            sels = [*sels, rng.choice(["p4", "h1", "i1", "p1"])] if rng.random() < 0.3 else sels
            news.append(_features(numbers[k], (name, rng.randrange(60), sels, ages, "a.example")))
        found, missed = _day(olds, news, default_rules())
        assert missed == []
        found_any += len(found)
    assert found_any >= 50


def test_day_runs_on_stores_check_their_append_verdicts(sqlite_store: Store) -> None:
    """Every day's run over the evaluation corpus counts its appends and finds none the relink contradicts
    (and the days still equal a full run)."""
    ads = [parse_record(a) for a in eval_corpus(3, 500)[0]]
    cuts = [0, 300, 380, 440, len(ads)]
    infos, inc, full = link_in_batches(sqlite_store, [ads[a:b] for a, b in itertools.pairwise(cuts)], default_rules())
    days = [i for i in infos if "seconds_index" in i]
    assert len(days) == 3
    assert all(i["append_misses"] == 0 for i in days)
    assert sum(i["append_components"] for i in days) >= 5
    assert_equal(inc, full)


def test_day_runs_with_contactless_reposts_check_their_append_verdicts(sqlite_store: Store) -> None:
    ads = [parse_record(a) for a in heldout_corpus(5, 600)[0]]
    cuts = [0, 350, 450, 530, len(ads)]
    infos, inc, full = link_in_batches(sqlite_store, [ads[a:b] for a, b in itertools.pairwise(cuts)], default_rules())
    days = [i for i in infos if "seconds_index" in i]
    assert days and all(i["append_misses"] == 0 for i in days)
    assert_equal(inc, full)
