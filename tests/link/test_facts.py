"""Profile facts an ad prints as fields (her height, her nationality) as evidence on a controller's line.

Session 44 (issue 14): ``facts.profile_facts``, ``cluster.group_facts``, ``cluster.facts_agree`` and their use in
``cluster.line_aliases``. Every number, name and site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import (
    AdFeatures,
    facts_agree,
    group_facts,
    link_ads,
    shared_nationalities,
)
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.facts import profile_facts

LINE = ("phone", "+4791000401")


@pytest.mark.parametrize(
    ("body", "facts"),
    [
        # en: a directory's facts line, labelled or bare
        ("Age 34 · Height 154 cm · Nationality Danish", (("height", "154"), ("nationality", "DK"))),
        ("34 y/o · 154 cm · Danish", (("height", "154"), ("nationality", "DK"))),
        ("Age 27 · Height 5'6\" · Dress size 10 · Nationality Romanian", (("height", "168"), ("nationality", "RO"))),
        # no: labels with colons between bars; a list of fields
        ("Alder: 34 | Høyde: 154 cm | Nasjonalitet: dansk", (("height", "154"), ("nationality", "DK"))),
        ("▸ 34 år ▸ 160 cm ▸ norsk ▸ Bergen", (("height", "160"), ("nationality", "NO"))),
        ("Nikki · 22 år · 165 cm · rumensk", (("height", "165"), ("nationality", "RO"))),
        # sv: labelled height without a unit
        ("Ålder 22 · Längd 174 · Vikt 66", (("height", "174"),)),
        ("Hedda, 22 — svensk — nu i Västerås", (("nationality", "SE"),)),
        # da: measurements beside the height; a nationality label
        ("Mål 86-60-90 · Højde 179 · Sko 36", (("height", "179"),)),
        ("Alder 29 · Nationalitet: thailandsk · Højde 158 cm", (("height", "158"), ("nationality", "TH"))),
    ],
)
def test_facts_printed_as_fields_are_read_in_four_languages(body: str, facts: tuple[tuple[str, str], ...]) -> None:
    assert profile_facts("Hej!\n" + body + "\nRing mig") == facts


@pytest.mark.parametrize(
    "body",
    [
        "I love Danish men and thai food, 160 cm of fun",  # prose, not a field
        "Thai massage",  # one field alone
        "Pris 250 · 300 · 450 kr",  # numbers without a label or a unit
        "Höjd 320 · Ålder 22",  # no height of a person
        "Dansk · 1 time",  # a nationality alone beside one other field: a heading, not a facts line
    ],
)
def test_prose_and_other_numbers_are_no_facts(body: str) -> None:
    assert dict(profile_facts(body)).get("height") is None
    if "Thai massage" in body or "Dansk" in body or "Danish men" in body:
        assert dict(profile_facts(body)).get("nationality") is None


def _ad(i: int, name: str, site: str, city: str, day: int, age: int, **facts: str) -> AdFeatures:
    posted = (date(2026, 3, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+01:00"
    return AdFeatures(
        i,
        site,
        city=city,
        posted_at=posted,
        name=name,
        ages=(age,),
        selectors=(LINE,),
        facts=tuple(sorted(facts.items())),
    )


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> set[frozenset[int]]:
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules).profiles}


def _off() -> LinkRules:
    base = default_rules()
    return base.model_copy(update={"person": base.person.model_copy(update={"line_fact_min_ads": 0})})


def _line(cecilie: dict[str, str], hoa: dict[str, str], *more: AdFeatures) -> list[AdFeatures]:
    """A line of four names: "Cecilie" on one site and "Hoa" on another, each in Esbjerg only, and two other
    women of the line elsewhere."""
    return [
        _ad(1, "Cecilie", "rosa.example", "Esbjerg", 3, 34, **cecilie),
        _ad(2, "Cecilie", "rosa.example", "Esbjerg", 20, 34, **cecilie),
        _ad(3, "Hoa", "companions.example", "Esbjerg", 8, 34, **hoa),
        _ad(4, "Hoa", "companions.example", "Esbjerg", 25, 34, **hoa),
        _ad(10, "Tindra", "rosa.example", "Oslo", 5, 22, height="170"),
        _ad(11, "Alva", "companions.example", "Bergen", 5, 35),
        *more,
    ]


def test_her_facts_on_two_sites_join_her_names_on_a_line_of_many_names() -> None:
    """Met in one city only, on a line of four names, her two names join when both print her height and
    nationality alike ad after ad (the reason names them); with facts off, or nothing to compare, they stay
    apart as before."""
    same = {"height": "154", "nationality": "DK"}
    ads = _line(same, same)
    assert frozenset({1, 2, 3, 4}) in _persons(ads)
    reasons = {e.reason for e in link_ads(ads, _no_text).person_evidence}
    assert "phone=+4791000401: line aliases: Cecilie on rosa.example, Hoa on companions.example" in reasons
    assert frozenset({1, 2, 3, 4}) not in _persons(ads, _off())
    assert frozenset({1, 2, 3, 4}) not in _persons(_line({}, same))


def test_another_height_or_nationality_is_another_woman() -> None:
    """Facts that differ keep two names apart even where the line's few names would join them."""
    few = [
        _ad(1, "Cecilie", "rosa.example", "Esbjerg", 3, 34, height="154", nationality="DK"),
        _ad(2, "Cecilie", "rosa.example", "Esbjerg", 20, 34, height="154", nationality="DK"),
        _ad(3, "Hoa", "companions.example", "Esbjerg", 8, 34, height="154", nationality="VN"),
        _ad(4, "Hoa", "companions.example", "Esbjerg", 25, 34, height="154", nationality="VN"),
    ]
    assert _persons(few) == {frozenset({1, 2}), frozenset({3, 4})}
    assert frozenset({1, 2, 3, 4}) in _persons(few, _off())


def test_two_women_of_the_line_with_her_facts_leave_both_apart() -> None:
    """A second name of her site in her city with the same facts: which is she? Neither joins."""
    same = {"height": "154", "nationality": "DK"}
    twin = [
        _ad(5, "Ida", "rosa.example", "Esbjerg", 9, 34, **same),
        _ad(6, "Ida", "rosa.example", "Esbjerg", 22, 34, **same),
    ]
    persons = _persons(_line(same, same, *twin))
    assert frozenset({3, 4}) in persons


def test_a_fact_drawn_anew_on_every_ad_is_none_of_hers() -> None:
    """A site that prints a height made up per ad gives no stable height; one ad states none either."""
    ads = [_ad(1, "A", "s", "Oslo", 1, 30, height="170"), _ad(2, "A", "s", "Oslo", 2, 30, height="158")]
    assert group_facts(ads, [0, 1], 2) == {}
    assert group_facts(ads, [0], 2) == {}
    assert group_facts(ads, [0, 1], 0) == {}
    alike = [
        _ad(1, "A", "s", "Oslo", 1, 30, height="168", nationality="RO"),
        _ad(2, "A", "s", "Oslo", 2, 30, height="167"),
    ]
    assert group_facts(alike, [0, 1], 2) == {"height": "168"}


@settings(max_examples=80, deadline=None)
@given(
    st.dictionaries(st.sampled_from(("height", "nationality")), st.sampled_from(("150", "151", "160", "SE", "DK"))),
    st.dictionaries(st.sampled_from(("height", "nationality")), st.sampled_from(("150", "151", "160", "SE", "DK"))),
)
def test_facts_agree_is_symmetric_and_says_nothing_without_a_shared_fact(a: dict[str, str], b: dict[str, str]) -> None:
    a = {k: v for k, v in a.items() if v.isdigit() == (k == "height")}
    b = {k: v for k, v in b.items() if v.isdigit() == (k == "height")}
    assert facts_agree(a, b) == facts_agree(b, a)
    if not set(a) & set(b):
        assert facts_agree(a, b) is None
    assert facts_agree(a, a) == (len(a) or None)


def test_a_nationality_two_women_of_the_line_share_places_neither() -> None:
    """Session 45: "Ploy" prints only her nationality, "Mila" her height and the same nationality; alone on the
    line they join by it. When the line also has "Vilde" of that nationality and another height (a clinic's
    two Filipinas), the nationality tells neither woman from the other: Ploy stays apart."""
    ph = {"nationality": "PH"}
    ploy = [
        _ad(1, "Ploy", "rosa.example", "Esbjerg", 3, 34, **ph),
        _ad(2, "Ploy", "rosa.example", "Esbjerg", 20, 34, **ph),
    ]
    mila = _line({}, {"height": "168", **ph})[2:]
    assert frozenset({1, 2, 3, 4}) in _persons([*ploy, *mila])
    vilde = [
        _ad(7, "Vilde", "night.example", "Oslo", 9, 34, height="152", **ph),
        _ad(8, "Vilde", "night.example", "Oslo", 12, 34, height="152", **ph),
    ]
    persons = _persons([*ploy, *mila, *vilde])
    assert frozenset({1, 2}) in persons
    assert frozenset({7, 8}) in persons


def test_shared_nationalities_need_two_heights() -> None:
    assert shared_nationalities([{"height": "152", "nationality": "PH"}, {"height": "168", "nationality": "PH"}]) == {
        "PH"
    }
    assert (
        shared_nationalities([{"height": "152", "nationality": "PH"}, {"height": "153", "nationality": "PH"}]) == set()
    )
    assert (
        shared_nationalities([{"height": "152", "nationality": "PH"}, {"nationality": "PH"}, {"height": "168"}])
        == set()
    )
