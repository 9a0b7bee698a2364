"""Two women of one name on one controller's line, each keeping her own number, stay two (session 40).

``person.line_own_overlap`` (``cluster.own_numbers_apart``): a line never joins two sets of
ads that each carry a number of their own, neither the other's, written over overlapping periods. A woman who
changes her number stops writing the old one, so she stays one. Every number, name and site is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads, own_numbers_apart
from kartlegg.link.config import LinkRules, default_rules

LINE = ("phone", "+4791000517")


def _ad(i: int, name: str, site: str, city: str, day: int, *sels: tuple[str, str]) -> AdFeatures:
    posted = (date(2026, 3, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+01:00"
    return AdFeatures(i, site, city=city, posted_at=posted, name=name, selectors=(LINE, *sels))


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> set[frozenset[int]]:
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules).profiles}


def _off() -> LinkRules:
    rules = default_rules()
    return rules.model_copy(update={"person": rules.person.model_copy(update={"line_own_overlap": -1})})


def _namesakes(name: str, site_a: str, site_b: str, city_a: str, city_b: str) -> list[AdFeatures]:
    """Two women called ``name`` on one line (a third name keeps it a line), each on her site, each with
    her own number on some ads and the line alone on others, over the same weeks."""
    own_a, own_b = ("phone", "+4792000001"), ("phone", "+46701000002")
    return [
        _ad(1, name, site_a, city_a, 1, own_a),
        _ad(2, name, site_b, city_b, 2, own_b),
        _ad(3, name, site_a, city_a, 5),
        _ad(4, name, site_b, city_b, 6),
        _ad(5, name, site_a, city_a, 12, own_a),
        _ad(6, name, site_b, city_b, 14, own_b),
        _ad(7, name, site_a, city_a, 18),
        _ad(8, name, site_b, city_b, 20),
        _ad(9, "Vera", site_a, city_a, 3),
        _ad(10, "Vera", site_b, city_a, 9),
    ]


def test_two_namesakes_on_one_line_with_numbers_of_their_own_stay_two() -> None:
    for name, sa, sb, ca, cb in (
        ("Jasmin", "annonsebord.no", "kontaktsida.se", "Oslo", "Malmö"),  # no / sv
        ("Lola", "natpiger.dk", "nightlist.example", "Aarhus", "København"),  # da / en
    ):
        ads = _namesakes(name, sa, sb, ca, cb)
        persons = _persons(ads)
        assert frozenset({1, 3, 5, 7}) in persons, name  # each woman with her site's line-only ads
        assert frozenset({2, 4, 6, 8}) in persons, name
        assert frozenset({9, 10}) in persons
        # the rule off: the line joins the name (the behaviour before)
        assert frozenset({1, 2, 3, 4, 5, 6, 7, 8}) in _persons(ads, _off())


def test_a_woman_who_changes_her_number_on_a_line_stays_one() -> None:
    old, new = ("phone", "+4792000001"), ("phone", "+4792000009")
    ads = [
        _ad(1, "Ines", "annonsebord.no", "Bergen", 1, old),
        _ad(2, "Ines", "annonsebord.no", "Bergen", 4, old),
        _ad(3, "Ines", "annonsebord.no", "Bergen", 9),
        _ad(4, "Ines", "annonsebord.no", "Bergen", 15, new),
        _ad(5, "Ines", "annonsebord.no", "Stavanger", 20, new),
        _ad(6, "Vera", "annonsebord.no", "Oslo", 3),
    ]
    assert frozenset({1, 2, 3, 4, 5}) in _persons(ads)


def test_a_number_on_one_ad_alone_splits_nothing() -> None:
    """A page's id misread as a number differs on every page: one ad's number is no number of her own."""
    own = ("phone", "+4553000001")
    ads = [
        _ad(1, "Nok", "speil.example", "Aarhus", 1, own),
        _ad(2, "Nok", "speil.example", "Aarhus", 3, own),
        _ad(3, "Nok", "speil.example", "Aarhus", 2, ("phone", "+4775864633")),
        _ad(4, "Nok", "speil.example", "Odense", 9),
        _ad(5, "Vera", "speil.example", "Odense", 4),
    ]
    assert frozenset({1, 2, 3, 4}) in _persons(ads)


def test_sets_sharing_a_number_of_their_own_are_one_woman() -> None:
    a = {("phone", "+4792000001"): (1, 30, 4), ("phone", "+4792000002"): (1, 30, 3)}
    b = {("phone", "+4792000001"): (5, 9, 2), ("phone", "+4792000003"): (1, 30, 3)}
    assert not own_numbers_apart(a, b, 0, 2)


_spans = st.dictionaries(
    st.sampled_from([("phone", f"+479200000{k}") for k in range(6)]),
    st.tuples(st.integers(0, 60), st.integers(0, 30), st.integers(1, 5)).map(lambda t: (t[0], t[0] + t[1], t[2])),
    max_size=3,
)


@given(_spans, _spans, st.integers(0, 10), st.integers(1, 3))
def test_apart_is_symmetric(
    a: dict[tuple[str, str], tuple[int, int, int]],
    b: dict[tuple[str, str], tuple[int, int, int]],
    overlap: int,
    min_ads: int,
) -> None:
    assert own_numbers_apart(a, b, overlap, min_ads) == own_numbers_apart(b, a, overlap, min_ads)


@given(_spans, st.integers(1, 40), st.integers(1, 3))
def test_numbers_that_follow_each_other_are_never_apart(
    a: dict[tuple[str, str], tuple[int, int, int]], gap: int, min_ads: int
) -> None:
    """Every number of ``b`` begins after every number of ``a`` ends: a change, never two women."""
    end = max((last for _, last, _ in a.values()), default=0)
    b = {("phone", "+4793000000"): (end + gap, end + gap + 10, 3)}
    assert not own_numbers_apart(a, b, 0, min_ads)


def test_her_address_on_some_ads_and_her_number_on_others_are_one_woman() -> None:
    """Only contacts of one kind are compared: she writes her e-mail on some ads, her number on others."""
    mail, own = ("email", "siri.love@postlada.example"), ("phone", "+46701000002")
    ads = [
        _ad(1, "Siri", "anslagstavla.se", "Linköping", 1, mail),
        _ad(2, "Siri", "anslagstavla.se", "Linköping", 3, own),
        _ad(3, "Siri", "anslagstavla.se", "Linköping", 30),
        _ad(4, "Siri", "anslagstavla.se", "Linköping", 40, own),
        _ad(5, "Siri", "anslagstavla.se", "Linköping", 50, mail),
        _ad(6, "Vera", "anslagstavla.se", "Norrköping", 4),
    ]
    assert frozenset({1, 2, 3, 4, 5}) in _persons(ads)
    a = {mail: (1, 50, 2)}
    b = {own: (3, 40, 2)}
    assert not own_numbers_apart(a, b, 0, 2)
