"""A controller that changed its booking number: its women reappear under the new line (session 45, issue 14).

``cluster.line_changes``: an agency or a hidden pimp prints a new number on every woman's ad from one day; each
woman keeps her name on each site, no ad prints both numbers. Every number, name and site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads
from kartlegg.link.config import LinkRules, default_rules

OLD = ("phone", "+4791000401")
NEW = ("phone", "+4791000402")
MAIL = ("email", "desk@nordlys-agency.example")


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _ad(
    i: int, name: str | None, site: str, day: int, *sels: tuple[str, str], age: int | None = 27, city: str = "Oslo"
) -> AdFeatures:
    posted = (date(2026, 1, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+01:00"
    return AdFeatures(i, site, city=city, posted_at=posted, name=name, ages=(age,) if age else (), selectors=sels)


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> set[frozenset[int]]:
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules).profiles}


def _rules(**update: object) -> LinkRules:
    base = default_rules()
    return base.model_copy(update={"person": base.person.model_copy(update=update)})


def _agency(
    gap: int = 2, bridge: bool = True, new_names: Sequence[str] = ("Anong", "Mali", "Ploy")
) -> list[AdFeatures]:
    """Three women of one line on two sites until day 30, then the line's new number from day 30 + gap; the
    agency's mailbox is written beside both numbers on one ad each (``bridge``)."""
    ads: list[AdFeatures] = []
    ages = {"Anong": 24, "Mali": 31, "Ploy": 38, "Nok": 45, "Lek": 52}
    for k, name in enumerate(("Anong", "Mali", "Ploy")):
        ads.append(_ad(10 + k, name, "rubrikk.example", 5 + k, OLD, age=ages[name]))
        ads.append(_ad(20 + k, name, "rubrikk.example", 28 + k % 2, OLD, age=ages[name]))
    for k, name in enumerate(new_names):
        ads.append(_ad(30 + k, name, "rubrikk.example", 30 + gap + k, NEW, age=ages[name]))
        ads.append(_ad(40 + k, name, "rubrikk.example", 50 + gap + k, NEW, age=ages[name]))
    if bridge:
        ads.append(_ad(50, "Mali", "rubrikk.example", 12, OLD, MAIL, age=31))
        ads.append(_ad(51, new_names[2], "rubrikk.example", 40 + gap, NEW, MAIL, age=ages[new_names[2]]))
    return sorted(ads, key=lambda a: a.ad_id)


def test_each_woman_continues_under_the_new_number() -> None:
    got = _persons(_agency())
    assert frozenset({10, 20, 30, 40}) in got  # Anong: old line, new line
    assert frozenset({11, 21, 31, 41, 50}) in got
    assert frozenset({12, 22, 32, 42, 51}) in got


def test_off_each_woman_is_two_profiles() -> None:
    got = _persons(_agency(), _rules(line_change_days=0))
    assert frozenset({10, 20}) in got and frozenset({30, 40}) in got


def test_nothing_written_beside_both_lines_joins_nothing() -> None:
    """Two lines no contact ties lie in two contact components: a region run and the Spark engine link them
    apart, so a full run must not join them either."""
    got = _persons(_agency(bridge=False))
    assert frozenset({10, 20}) in got and frozenset({30, 40}) in got


def test_a_new_line_long_after_the_old_one_is_another_controller() -> None:
    got = _persons(_agency(gap=40))
    assert frozenset({10, 20}) in got and frozenset({30, 40}) in got


def test_too_few_of_the_line_reappear() -> None:
    """One name of three in common: a common name on another controller's line, not its women moving."""
    got = _persons(_agency(new_names=("Anong", "Nok", "Lek")))
    assert frozenset({10, 20}) in got


def test_ages_that_do_not_fit_refuse_the_join() -> None:
    ads = _agency()
    ads = [
        a if a.ad_id not in (30, 40) else _ad(a.ad_id, "Anong", a.site, 32 if a.ad_id == 30 else 50, NEW, age=44)
        for a in ads
    ]
    got = _persons(ads)
    assert frozenset({10, 20}) in got and frozenset({30, 40}) in got


def test_two_new_lines_for_one_old_join_neither() -> None:
    other = ("phone", "+4791000403")
    ads = _agency()
    ads += [
        _ad(60 + k, name, "rubrikk.example", 31 + k, other, *((MAIL,) if k == 0 else ()), age=age)
        for k, (name, age) in enumerate((("Anong", 24), ("Mali", 31), ("Ploy", 38)))
    ]
    got = _persons(sorted(ads, key=lambda a: a.ad_id))
    assert frozenset({10, 20}) in got


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(15))))
def test_the_join_does_not_depend_on_the_ads_order(order: list[int]) -> None:
    """Ad ids renumbered in any order: the same women (by name and line) come out together."""
    base = _agency()
    renumbered = [
        AdFeatures(100 + order[k], a.site, a.city, a.posted_at, a.name, a.ages, a.selectors) for k, a in enumerate(base)
    ]
    ads = sorted(renumbered, key=lambda a: a.ad_id)
    got = {frozenset(ads[i].name for i in p) for p in link_ads(ads, _no_text).profiles}
    sizes = sorted(len(p) for p in link_ads(ads, _no_text).profiles)
    assert got == {frozenset({"Anong"}), frozenset({"Mali"}), frozenset({"Ploy"})}
    assert sizes == [4, 5, 5]
