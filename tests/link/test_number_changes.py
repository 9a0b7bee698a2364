"""Another of her numbers: two profiles of one woman whose contacts never meet (session 37, issue 14).

``changes.number_changes``: one name on one site, ages that fit, a hand-over in time and place, and no one
else it could be. Every number, name and site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads
from kartlegg.link.config import LinkRules, default_rules


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _on(days: int = 60) -> LinkRules:
    """The rules with the join on (off by default: a day's region run cannot make it)."""
    rules = default_rules()
    return rules.model_copy(update={"person": rules.person.model_copy(update={"number_change_days": days})})


ON = _on()


def _ad(i: int, name: str, city: str, day: int, phone: str, *, site: str = "annonser", age: int = 27) -> AdFeatures:
    posted = (date(2026, 3, 1) + timedelta(days=day)).isoformat() + "T12:00:00+01:00"
    return AdFeatures(i, site, city=city, posted_at=posted, name=name, ages=(age,), selectors=(("phone", phone),))


def _woman(
    first: int, name: str, city: str, days: Sequence[int], phone: str, *, site: str = "annonser", age: int = 27
) -> list[AdFeatures]:
    return [_ad(first + k, name, city, d, phone, site=site, age=age) for k, d in enumerate(days)]


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = ON, **kw: bool) -> set[frozenset[int]]:
    ads = sorted(ads, key=lambda a: a.ad_id)
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules, **kw).profiles}


@pytest.mark.parametrize(
    ("name", "city", "old", "new"),
    [
        ("Elin", "Oslo", "+4791000001", "+4791000002"),  # no: "NYTT NUMMER!"
        ("Saga", "Göteborg", "+46701000001", "+46701000002"),  # sv: "Nytt nummer!"
        ("Freja", "Aarhus", "+4520000001", "+4520000002"),  # da: "Nyt nummer!"
        ("Maria", "København", "+4520000003", "+48501000004"),  # en: "new number", a home SIM
    ],
)
def test_a_new_number_after_the_old_ones_last_ad_joins_her_profile(name: str, city: str, old: str, new: str) -> None:
    ads = _woman(1, name, city, [0, 3, 7, 10], old) + _woman(10, name, city, [14, 20, 26], new)
    res = link_ads(ads, _no_text, ON)
    assert [[a.ad_id for a in (ads[i] for i in p)] for p in res.profiles] == [[1, 2, 3, 4, 10, 11, 12]]
    (why,) = [e for e in res.person_evidence if e.kind == "change"]
    assert why.reason.startswith(f"change: another of her numbers: {name} on annonser, ages fit, 4 days")
    assert res.name_links == [(why.a, why.b)]  # her component holds both numbers


def test_a_day_region_run_makes_no_such_join() -> None:
    ads = _woman(1, "Elin", "Oslo", [0, 3, 7], "+4791000001") + _woman(10, "Elin", "Oslo", [12, 20], "+4791000002")
    assert _persons(ads, changes=False) == {frozenset({1, 2, 3}), frozenset({10, 11})}


def test_ages_more_than_a_year_apart_are_two_women() -> None:
    ads = _woman(1, "Elin", "Oslo", [0, 3], "+4791000001", age=24) + _woman(
        10, "Elin", "Oslo", [6, 9], "+4791000002", age=26
    )
    assert len(_persons(ads)) == 2


def test_an_age_unknown_on_a_side_joins_nothing() -> None:
    old = _woman(1, "Elin", "Oslo", [0, 3], "+4791000001")
    new = [AdFeatures(10, "annonser", "Oslo", "2026-03-08T12:00:00+01:00", "Elin", (), (("phone", "+4791000002"),))]
    assert len(_persons(old + new)) == 2


@pytest.mark.parametrize(
    ("why", "new"),
    [
        ("another city", _woman(10, "Elin", "Bergen", [8, 12], "+4791000002")),
        ("another site", _woman(10, "Elin", "Oslo", [8, 12], "+4791000002", site="kontakt")),
        ("another name", _woman(10, "Nora", "Oslo", [8, 12], "+4791000002")),
        ("both live at once", _woman(10, "Elin", "Oslo", [1, 12], "+4791000002")),
        ("too long a pause", _woman(10, "Elin", "Oslo", [80, 84], "+4791000002")),
    ],
)
def test_no_hand_over_no_join(why: str, new: list[AdFeatures]) -> None:
    old = _woman(1, "Elin", "Oslo", [0, 3, 6], "+4791000001")
    assert len(_persons(old + new)) == 2, why


def test_two_possible_successors_make_it_a_guess() -> None:
    ads = (
        _woman(1, "Elin", "Oslo", [0, 3], "+4791000001")
        + _woman(10, "Elin", "Oslo", [8, 12], "+4791000002")
        + _woman(20, "Elin", "Oslo", [9, 15], "+4791000003")
    )
    assert len(_persons(ads)) == 3


def test_a_name_many_women_of_the_site_use_tells_no_one() -> None:
    ads = _woman(1, "Tillbaka", "Oslo", [0, 3], "+4791000001") + _woman(10, "Tillbaka", "Oslo", [8, 12], "+4791000002")
    ads += [a for k in range(3) for a in _woman(100 + 10 * k, "Tillbaka", "Malmö", [k, k + 40], f"+4670100000{k}")]
    assert len(_persons(ads)) == 5


def test_off_by_default() -> None:
    ads = _woman(1, "Elin", "Oslo", [0, 3], "+4791000001") + _woman(10, "Elin", "Oslo", [8, 12], "+4791000002")
    assert default_rules().person.number_change_days == 0
    assert len(_persons(ads, None)) == 2 and len(_persons(ads, _on(0))) == 2


@settings(max_examples=60, deadline=None)
@given(
    gap=st.integers(-10, 90),
    age=st.integers(20, 40),
    drift=st.integers(-3, 3),
    old_days=st.lists(st.integers(0, 30), min_size=1, max_size=5),
)
def test_joined_exactly_when_the_hand_over_and_ages_fit(gap: int, age: int, drift: int, old_days: list[int]) -> None:
    last = max(old_days)
    old = _woman(1, "Elin", "Oslo", sorted(old_days), "+4791000001", age=age)
    new_first = last + gap
    new = _woman(10, "Elin", "Oslo", [new_first, new_first + 20], "+4791000002", age=age + drift)
    rules = ON.person
    first_old = min(old_days)
    ordered = first_old <= new_first and last < new_first + 20
    fits = -rules.number_change_overlap <= gap <= rules.number_change_days and abs(drift) <= rules.number_change_age
    assert (len(_persons(old + new)) == 1) == (ordered and fits)
