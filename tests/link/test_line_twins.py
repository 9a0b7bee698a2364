"""A line's woman followed city by city under a name per site; a number passing through persons' ads.

Session 34 (issue 14): ``cluster.line_twins`` and ``cluster.passing_numbers``. Every number, name and
site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads, passing_numbers, selector_index
from kartlegg.link.config import LinkRules, default_rules

LINE = ("phone", "+4791000402")


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _ad(
    i: int, name: str | None, site: str, city: str, day: int, *sels: tuple[str, str], age: int | None = None
) -> AdFeatures:
    posted = (date(2026, 5, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+02:00"
    return AdFeatures(i, site, city=city, posted_at=posted, name=name, ages=(age,) if age else (), selectors=sels)


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> set[frozenset[int]]:
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules).profiles}


def _others() -> list[AdFeatures]:
    """Women of their own on both sites (so the line is no site's furniture), far from the line's ads."""
    return [
        _ad(500 + i, f"Solo{i}", site, "Kristiansand", 60 + i, ("phone", f"+479300{i:04d}"))
        for i in range(40)
        for site in ("rubrikk.no", "dump.example")
    ]


def _touring_line() -> list[AdFeatures]:
    """Three women on one line, each on the classifieds (with her age) and in a scraper's dump (no age)
    under another name: "Mira"/"Bella" in Bergen then Stavanger, "Tuva"/"Kiki" in Oslo, "Elin"/"Rosa" in
    Trondheim, in the same weeks."""
    ads: list[AdFeatures] = _others()
    tours = [("Mira", "Bella", 24, ["Bergen"] * 3 + ["Stavanger"] * 2), ("Tuva", "Kiki", 31, ["Oslo"] * 5)]
    tours.append(("Elin", "Rosa", 27, ["Trondheim"] * 5))
    i = 1
    for classified, dumped, age, cities in tours:
        for k, city in enumerate(cities):
            ads.append(_ad(i, classified, "rubrikk.no", city, 2 + 4 * k, LINE, age=age))
            ads.append(_ad(i + 1, dumped, "dump.example", city, 3 + 4 * k, LINE))
            i += 2
    return sorted(ads, key=lambda a: a.ad_id)


def test_three_women_touring_each_joins_her_other_name_only() -> None:
    ads = _touring_line()
    result = link_ads(ads, _no_text)
    by_name = {frozenset(ads[i].name for i in p) for p in result.profiles if ads[p[0]].ad_id < 500}
    assert by_name == {frozenset({"Mira", "Bella"}), frozenset({"Tuva", "Kiki"}), frozenset({"Elin", "Rosa"})}
    notes = [e.note for e in result.person_evidence if e.note.startswith("line twins")]
    assert any("Bella on dump.example" in n and "Mira on rubrikk.no" in n for n in notes)


def test_an_ad_with_the_line_and_her_name_in_her_city_joins_her() -> None:
    ads = sorted([*_touring_line(), _ad(99, "Kiki", "dump.example", "Oslo", 12, LINE)], key=lambda a: a.ad_id)
    (hers,) = [p for p in _persons(ads) if 99 in p]
    names = {a.name: a.ad_id for a in ads}
    assert {a.name for a in ads if a.ad_id in hers} == {"Tuva", "Kiki"} and names["Tuva"] in hers


def test_names_apart_when_off_or_too_few_ads() -> None:
    base = default_rules()
    off = base.model_copy(update={"person": base.person.model_copy(update={"line_twin_days": 0})})
    assert max(len(p) for p in _persons(_touring_line(), off)) == 5
    two = [a for a in _touring_line() if a.name not in ("Mira", "Bella") or a.ad_id <= 4]
    assert not any({1, 2} <= p for p in _persons(two))  # two ads a name say nothing in one city


@settings(max_examples=40, deadline=None)
@given(
    st.integers(3, 6),
    st.integers(1, 6),
    st.lists(st.integers(0, 20), min_size=6, max_size=6),
    st.sampled_from(["Oslo", "Malmö", "Aarhus"]),
)
def test_an_ad_of_the_line_without_distinguishing_evidence_is_never_joined(
    k: int, m: int, shifts: list[int], city: str
) -> None:
    """Two women of the line in one city on the same days: a third name on another site there then has
    nothing that singles either out, whatever its number of ads or days."""
    ads = _others()
    ads += [_ad(i, "Ada", "rubrikk.no", city, 3 * i, LINE, age=25) for i in range(1, k + 1)]
    ads += [_ad(10 + i, "Iris", "rubrikk.no", city, 3 * i, LINE, age=25) for i in range(1, k + 1)]
    ads += [_ad(20 + j, "Nova", "dump.example", city, 1 + shifts[j], LINE) for j in range(m)]
    for p in _persons(sorted(ads, key=lambda a: a.ad_id)):
        names = {a.name for a in ads if a.ad_id in p}
        assert "Nova" not in names or names == {"Nova"}


def _review_site() -> list[AdFeatures]:
    """Six women, each with her own number on three ads; a review date misread as a number on one review
    of each (the same day), and a booking line written on every ad of three other women."""
    date_read = ("phone", "+4723072026")
    ads: list[AdFeatures] = _others()
    names = ["Ane", "Bea", "Cora", "Dina", "Eli", "Fia"]
    for w, name in enumerate(names):
        own = ("phone", f"+479100{w:04d}")
        for k in range(3):
            sels = (own, date_read) if k == 0 else (own,)
            ads.append(_ad(10 * w + k + 1, name, "reviews.example" if k == 0 else "rubrikk.no", "Oslo", 5 + k, *sels))
    for w, name in enumerate(["Gry", "Hedda", "Ida"]):
        own = ("phone", f"+479200{w:04d}")
        for k in range(3):
            ads.append(_ad(100 + 10 * w + k, name, "rubrikk.no", "Oslo", 5 + k, LINE, own))
    return sorted(ads, key=lambda a: a.ad_id)


def _passing_off() -> LinkRules:
    base = default_rules()
    return base.model_copy(update={"hub": base.hub.model_copy(update={"passing_min_names": 0})})


def test_a_number_passing_through_persons_ads_links_nothing() -> None:
    ads = _review_site()
    found = passing_numbers(ads, selector_index(ads), {}, default_rules())
    assert set(found) == {("phone", "+4723072026")}  # never the booking line its women write on every ad
    result = link_ads(ads, _no_text)
    assert len(result.networks) == 7 + 40  # six women alone, the line's three women one network
    assert all(h.value != "+4723072026" for h in result.hubs)  # linked as a hub, not reported as one
    assert len(link_ads(ads, _no_text, _passing_off()).networks) == 2 + 40  # off: the date bridges the six


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 8), st.lists(st.integers(3, 6), min_size=8, max_size=8), st.integers(0, 3))
def test_a_line_on_every_ad_of_its_women_never_passes(women: int, counts: list[int], own_every: int) -> None:
    """A booking line written on each of its women's ads, whatever their own numbers beside it (on every
    ``own_every``-th ad, and on ads of their own without it), is a line: it keeps linking them."""
    ads = _others()  # and more women of their own on the classifieds: the line is no site's furniture
    ads += [_ad(700 + i, f"Own{i}", "rubrikk.no", "Tromsø", 40, ("phone", f"+479500{i:04d}")) for i in range(80)]
    for w in range(women):
        own = ("phone", f"+479400{w:04d}")
        for k in range(counts[w]):
            sels = (LINE, own) if own_every and k % own_every == 0 else (LINE,)
            ads.append(_ad(1000 + 10 * w + k, f"W{w}", "rubrikk.no", "Oslo", 1 + k, *sels))
        ads.append(_ad(1000 + 10 * w + 9, f"W{w}", "other.example", "Bergen", 30, own))
    ads.sort(key=lambda a: a.ad_id)
    assert LINE not in passing_numbers(ads, selector_index(ads), {}, default_rules())
    result = link_ads(ads, _no_text)
    line_ads = {a.ad_id for a in ads if LINE in a.selectors}
    held = [k for k, prof in enumerate(result.profiles) if any(ads[i].ad_id in line_ads for i in prof)]
    assert len({n for n, net in enumerate(result.networks) if set(net) & set(held)}) == 1
