"""One woman renamed per site on a controller's line; ads that name nobody on a line; names compared folded.

Session 33 (issue 14): ``cluster.line_aliases``, ``cluster.unnamed_on_line`` and ``names.fold_name``. Every
number, name and site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, line_aliases, link_ads
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.names import fold_name

LINE = ("phone", "+4791000301")


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _ad(
    i: int,
    name: str | None,
    site: str,
    city: str,
    day: int,
    *sels: tuple[str, str],
    age: int | None = None,
) -> AdFeatures:
    posted = (date(2026, 3, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+01:00"
    return AdFeatures(
        i, site, city=city, posted_at=posted, name=name, ages=(age,) if age else (), selectors=(LINE, *sels)
    )


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> set[frozenset[int]]:
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules).profiles}


def _off() -> LinkRules:
    base = default_rules()
    update = {"line_alias_days": 0, "line_unnamed_days": 0}
    return base.model_copy(update={"person": base.person.model_copy(update=update)})


def _renamed(*more: AdFeatures) -> list[AdFeatures]:
    """A line's woman as "Sara" on the classifieds and "Lovisa" on a flyer site, both in Bergen in one week
    (she tours: the classifieds' ads follow her to Tromsø later), and another woman of the line, "Tindra",
    in Oslo on the classifieds."""
    return [
        _ad(1, "Sara", "rubrikk.no", "Bergen", 3, age=29),
        _ad(2, "Sara", "rubrikk.no", "Tromsø", 40, age=29),
        _ad(3, "Lovisa", "lappar.se", "Bergen", 8, age=30),
        _ad(4, "Tindra", "rubrikk.no", "Oslo", 5, age=22),
        *more,
    ]


def test_one_woman_renamed_on_two_sites_of_one_line_is_one_person() -> None:
    """Her two names, each kept on a site of its own, with her ages and her city in one week, join (the
    evidence saying so); the line's other woman stays apart; with the rule off all three stay apart."""
    ads = _renamed()
    assert _persons(ads) == {frozenset({1, 2, 3}), frozenset({4})}
    reasons = {e.reason for e in link_ads(ads, _no_text).person_evidence}
    assert "phone=+4791000301: line aliases: Lovisa on lappar.se, Sara on rubrikk.no" in reasons
    assert _persons(ads, _off()) == {frozenset({1, 2}), frozenset({3}), frozenset({4})}


def test_two_women_of_one_line_at_the_same_time_stay_apart() -> None:
    """A second name of the flyer site in Bergen that week is a second woman there: neither joins "Sara"."""
    ads = _renamed(_ad(5, "Wilma", "lappar.se", "Bergen", 6, age=29))
    assert _persons(ads) == {frozenset({1, 2}), frozenset({3}), frozenset({4}), frozenset({5})}


def test_names_of_a_line_stay_apart_on_ages_own_numbers_or_time() -> None:
    """Ages whose middles are two years apart, each bringing a number of her own, or months between them:
    two women (the line's third woman keeps the site-alias rule out of it)."""
    third = _ad(4, "Tindra", "rubrikk.no", "Oslo", 5, age=22)
    older = [_ad(1, "Sara", "rubrikk.no", "Bergen", 3, age=29), _ad(3, "Lovisa", "lappar.se", "Bergen", 8, age=31)]
    own = [
        _ad(1, "Sara", "rubrikk.no", "Bergen", 3, ("phone", "+4791000302"), age=29),
        _ad(3, "Lovisa", "lappar.se", "Bergen", 8, ("phone", "+4791000303"), age=29),
    ]
    later = [_ad(1, "Sara", "rubrikk.no", "Bergen", 3, age=29), _ad(3, "Lovisa", "lappar.se", "Bergen", 90, age=29)]
    for ads in (older, own, later):
        assert _persons([*ads, third]) == {frozenset({1}), frozenset({3}), frozenset({4})}


def test_a_line_of_many_names_needs_two_cities_in_common() -> None:
    """On a line of four names a pair met in one city is chance; met in two cities (she tours, her ads on
    both sites follow her) they join."""
    others = [_ad(10, "Tindra", "rubrikk.no", "Oslo", 5, age=22), _ad(11, "Alva", "rubrikk.no", "Oslo", 5, age=35)]
    once = [_ad(1, "Sara", "rubrikk.no", "Bergen", 3, age=29), _ad(3, "Lovisa", "lappar.se", "Bergen", 8, age=29)]
    assert _persons([*once, *others]) == {frozenset({1}), frozenset({3}), frozenset({10}), frozenset({11})}
    twice = [
        *once,
        _ad(2, "Sara", "rubrikk.no", "Stavanger", 30, age=29),
        _ad(4, "Lovisa", "lappar.se", "Stavanger", 33, age=29),
    ]
    assert frozenset({1, 2, 3, 4}) in _persons([*twice, *others])


def test_an_ad_naming_nobody_joins_the_lines_one_woman_in_its_city() -> None:
    """A flyer whose name was not read joins the one woman of the line on that site in its city that
    fortnight; with a second woman of the line in that city then, or none of it there, it stays alone."""
    ads = _renamed(_ad(6, None, "lappar.se", "Bergen", 12))
    assert frozenset({1, 2, 3, 6}) in _persons(ads)
    two = _renamed(_ad(6, None, "lappar.se", "Bergen", 12), _ad(7, "Tindra", "rubrikk.no", "Bergen", 10, age=22))
    assert frozenset({6}) in _persons(two)
    nobody = _renamed(_ad(6, None, "lappar.se", "Malmö", 12))
    assert frozenset({6}) in _persons(nobody)


def test_a_name_as_ocr_or_upper_case_writes_it_is_one_name() -> None:
    """Case, diacritics and OCR confusions fold; other names stay apart."""
    assert fold_name("Destíny") == fold_name("DESTINY") == fold_name("Destiny")
    assert fold_name("EmiIia") == fold_name("Emilia")
    assert fold_name("Carrnen") == fold_name("Carmen")
    assert fold_name("L0la") == fold_name("Lola")
    assert fold_name("Anna") != fold_name("Anja")
    assert fold_name("Mia") != fold_name("Mira")
    ads = [
        _ad(1, "Destiny", "lappar.se", "Bergen", 3),
        _ad(2, "DESTÍNY", "lappar.se", "Bergen", 60),
        _ad(3, "Tindra", "lappar.se", "Oslo", 5),
    ]
    assert _persons(ads) == {frozenset({1, 2}), frozenset({3})}


_SITES = ("rubrikk.no", "lappar.se", "kanal.dk")
_CITIES = ("Oslo", "Bergen", "Malmö")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(("Sara", "Lovisa", "Tindra", "Wilma")),
            st.sampled_from(_SITES),
            st.sampled_from(_CITIES),
            st.integers(1, 60),
            st.integers(20, 30),
        ),
        min_size=2,
        max_size=12,
    )
)
def test_line_aliases_never_join_two_names_of_one_site(
    rows: list[tuple[str, str, str, int, int]],
) -> None:
    """Whatever a line's ads, a pair of names it joins was never written on one site, and each side states
    ages whose middles differ by at most a year."""
    ads = [_ad(i, name, site, city, day, age=age) for i, (name, site, city, day, age) in enumerate(rows)]
    by_name: dict[str, list[int]] = {}
    for i, a in enumerate(ads):
        by_name.setdefault(a.name or "", []).append(i)
    groups = list(by_name.values())
    for a, b, _ in line_aliases(ads, groups, LINE, {}, default_rules()):
        assert not {ads[i].site for i in groups[a]} & {ads[i].site for i in groups[b]}
        ages_a = sorted(x for i in groups[a] for x in ads[i].ages)
        ages_b = sorted(x for i in groups[b] for x in ads[i].ages)
        mid_a = (ages_a[(len(ages_a) - 1) // 2] + ages_a[len(ages_a) // 2]) / 2
        mid_b = (ages_b[(len(ages_b) - 1) // 2] + ages_b[len(ages_b) // 2]) / 2
        assert abs(mid_a - mid_b) <= default_rules().person.line_alias_age
