"""A clinic's line with its masseuses; one woman's name spelled two ways on a line.

Session 35 (issue 14): ``cluster.line_variants`` and the property that a shared line joins no two women.
Every number, name and site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads, spelled_alike
from kartlegg.link.config import LinkRules, default_rules

LINE = ("phone", "+4722110099")
CLINIC_MAIL = ("email", "booking@lotus-spa.example")


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _ad(i: int, name: str | None, site: str, city: str, day: int, *sels: tuple[str, str], age: int = 0) -> AdFeatures:
    posted = (date(2026, 5, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+02:00"
    return AdFeatures(i, site, city=city, posted_at=posted, name=name, ages=(age,) if age else (), selectors=sels)


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> list[set[str | None]]:
    return sorted(({ads[i].name for i in p} for p in link_ads(ads, _no_text, rules).profiles), key=sorted)


def _clinic() -> list[AdFeatures]:
    """A clinic's line and address on a wiki and a directory, three masseuses in one city at once: Dara (27),
    Suda (31) and Mai (24), each page naming one."""
    ads: list[AdFeatures] = []
    i = 1
    for day in range(1, 30, 3):
        for name, age in (("Dara", 27), ("Suda", 31), ("Mai", 24)):
            for site in ("wiki.example", "katalog.example"):
                ads.append(_ad(i, name, site, "Bergen", day, LINE, CLINIC_MAIL, age=age))
                i += 1
    return ads


def test_a_clinics_line_keeps_its_three_masseuses_apart() -> None:
    assert _persons(_clinic()) == [{"Dara"}, {"Mai"}, {"Suda"}]


def test_her_name_spelled_two_ways_on_two_sites_is_one_woman() -> None:
    """An agency's line with two women; one writes "Austeja" on the classifieds and "Austejaa" in the
    newsletter, the other "Sofi" and "Sofia": each pair is one woman, the two women stay apart."""
    ads = []
    for k in range(4):
        ads.append(_ad(10 * k + 1, "Austeja", "rubrikk.example", "Oslo", 1 + 7 * k, LINE, age=22))
        ads.append(_ad(10 * k + 2, "Austejaa", "liste.example", "Oslo", 2 + 7 * k, LINE, age=21))
        ads.append(_ad(10 * k + 3, "Sofi", "rubrikk.example", "Oslo", 3 + 7 * k, LINE, age=30))
        ads.append(_ad(10 * k + 4, "Sofia", "liste.example", "Oslo", 4 + 7 * k, LINE, age=30))
    assert _persons(ads) == [{"Austeja", "Austejaa"}, {"Sofi", "Sofia"}]
    off = default_rules()
    off = off.model_copy(
        update={
            "person": off.person.model_copy(
                update={"line_variant_letters": 0, "line_alias_days": 0, "line_twin_days": 0}
            )
        }
    )
    assert len(_persons(ads, off)) == 4


def test_spellings_of_one_name_but_not_two_names() -> None:
    assert spelled_alike("sofi", "sofia", 2) == "added"
    assert spelled_alike("austeja", "austejaa", 2) == "added"
    assert spelled_alike("klea", "klei", 2) == "changed"
    assert spelled_alike("sofia", "sofiia", 2) == "changed"
    assert spelled_alike("nina", "tina", 2) == ""  # a letter changed at the start: another name
    assert spelled_alike("maria", "marita", 2) == ""  # a letter added inside: another name
    assert spelled_alike("ana", "anabella", 2) == ""  # a longer name, not a spelling
    assert spelled_alike("mia", "mie", 2) == ""  # three letters: too short to tell
    assert spelled_alike("nina", "nina", 2) == ""


def test_spellings_of_a_line_of_two_women_of_one_name_stay_apart() -> None:
    """ "Lina" (24) and "Linaa" (33) on one line are two women: their ages do not fit."""
    ads = [
        _ad(
            k + 1,
            "Lina" if k % 2 else "Linaa",
            "a.example" if k % 2 else "b.example",
            "Oslo",
            k + 1,
            LINE,
            age=24 if k % 2 else 33,
        )
        for k in range(8)
    ]
    assert _persons(ads) == [{"Lina"}, {"Linaa"}]


_NAMES = ("Dara", "Suda", "Mai", "Kanya", "Lien", "Hoa", "Pim", "Rosa")
_CITIES = ("Oslo", "Bergen", "Malmö", "Aarhus")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_NAMES) - 1),
            st.sampled_from(("wiki.example", "katalog.example", "rubrikk.example")),
            st.sampled_from(_CITIES),
            st.integers(1, 40),
        ),
        min_size=2,
        max_size=30,
    )
)
def test_a_shared_line_joins_no_two_names_of_ages_apart(draws: list[tuple[int, str, str, int]]) -> None:
    """Ads of one shared line (and the clinic's address) under different names, each name stating an age
    five years from any other's, share nothing else: whatever their sites, cities and days, no profile
    holds two names."""
    ads = [
        _ad(i + 1, _NAMES[n], site, city, day, LINE, CLINIC_MAIL, age=20 + 5 * n)
        for i, (n, site, city, day) in enumerate(draws)
    ]
    for p in link_ads(ads, _no_text).profiles:
        assert len({ads[i].name for i in p}) == 1
