"""A site's own line beside its advertisers' numbers joins no network; a controller's line still does.

Session 42 (issue 14): ``site_lines.site_lines`` and its use in ``cluster.link_ads``. Every number, name and
site below is invented; the names are Norwegian, Swedish, Danish and English ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads, selector_index
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.site_lines import site_lines

SUPPORT = ("phone", "+4633617390")  # an archive's on-call line, a posting assistant's "Kundtjänst"
BOOKING = ("phone", "+4791000517")  # a controller's booking line
NAMES = ["Ingrid", "Maja", "Freja", "Sofie", "Astrid", "Elin", "Karoline", "Lærke", "Emily", "Nora"]


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _rules() -> LinkRules:
    return default_rules()


def _site_market(line_sites: Sequence[str] = ("arkiv",)) -> list[AdFeatures]:
    """Ten women, each with her own number on three ads of the site printing ``SUPPORT`` beside it and two
    ads elsewhere without it; the site's other 80 ads (other advertisers) do not print it, so it is on far
    fewer than a third of the site's ads and no hub by its spread alone."""
    ads = [AdFeatures(j, "arkiv", city="Malmö", selectors=(("phone", f"+4520{j:06d}"),)) for j in range(80)]
    for w, name in enumerate(NAMES):
        own = ("phone", f"+4670{w:07d}")
        for k in range(3):
            site = line_sites[(w + k) % len(line_sites)]
            ads.append(AdFeatures(len(ads), site, city="Stockholm", name=name, selectors=(own, SUPPORT)))
        for _ in range(2):
            ads.append(AdFeatures(len(ads), "rosa", city="Stockholm", name=name, selectors=(own,)))
    return ads


def _controller(own_share: int = 2) -> list[AdFeatures]:
    """Six women booked through ``BOOKING`` on two sites, their own number beside it on ``own_share`` of
    their four ads; each site's other 60 ads are other advertisers'."""
    ads = [AdFeatures(j, ("natt", "rosa")[j % 2], selectors=(("phone", f"+4520{j:06d}"),)) for j in range(120)]
    for w, name in enumerate(NAMES[:6]):
        own = ("phone", f"+4740{w:06d}")
        for k in range(4):
            sels = (BOOKING, own) if k < own_share else (BOOKING,)
            site = ("natt", "rosa")[k % 2]
            ads.append(AdFeatures(len(ads), site, city="Oslo", name=name, selectors=sels))
    return ads


def _networks(ads: Sequence[AdFeatures], rules: LinkRules) -> set[frozenset[int]]:
    res = link_ads(ads, _no_text, rules)
    return {frozenset(a for p in net for a in res.profiles[p]) for net in res.networks}


def test_a_sites_own_line_beside_every_womans_number_is_the_sites() -> None:
    ads = _site_market()
    assert _lines(ads) == {SUPPORT}
    women = {frozenset(a.ad_id for a in ads if a.name == name) for name in NAMES}
    assert women <= _networks(ads, _rules())  # each woman her own network, not one of ten
    off = _rules().model_copy(update={"network": _rules().network.model_copy(update={"site_line_min_names": 0})})
    assert frozenset(a.ad_id for a in ads if a.name) in _networks(ads, off)  # off: the line joins all ten


def test_a_controllers_line_still_joins_its_women() -> None:
    ads = _controller()
    assert _lines(ads) == set()
    assert frozenset(a.ad_id for a in ads if a.name) in _networks(ads, _rules())


def test_a_line_every_woman_prints_her_own_number_beside_on_several_sites_is_a_controllers() -> None:
    ads = _controller(own_share=4)  # her own number beside the line on every ad, but on two sites
    assert _lines(ads) == set()
    spread = _site_market(("arkiv", "natt", "rosa"))  # the "site" line on three sites: it follows the women
    assert _lines(spread) == set()


def test_a_line_whose_women_write_their_number_nowhere_else_is_a_controllers() -> None:
    ads = [a for a in _site_market() if a.site != "rosa"]  # her own number only ever beside the line
    assert _lines(ads) == set()


def test_few_names_are_no_site() -> None:
    ads = [a for a in _site_market() if a.name in NAMES[:4]]
    assert _lines(ads) == set()


def _lines(ads: Sequence[AdFeatures]) -> set[tuple[str, str]]:
    n = _rules().network
    return site_lines(
        ads,
        selector_index(ads),
        set(),
        min_names=n.site_line_min_names,
        share=n.site_line_share,
        site_share=n.site_line_site_share,
        outside=n.site_line_outside,
    )


@settings(max_examples=30, deadline=None)
@given(st.permutations(list(range(80 + len(NAMES) * 5))), st.integers(min_value=0, max_value=5))
def test_the_decision_does_not_depend_on_ad_order(order: list[int], drop: int) -> None:
    """Reordering the ads (their ids kept) or the index never changes which lines are the site's; nor does a
    woman dropped from the site (fewer names, the decision only on the counts)."""
    base = [a for a in _site_market() if a.name != NAMES[drop]] if drop < len(NAMES) else _site_market()
    shuffled = [base[i] for i in order if i < len(base)]
    want = _lines(base)
    assert _lines(shuffled) == want


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 9), st.lists(st.integers(3, 6), min_size=9, max_size=9), st.integers(0, 3))
def test_a_booking_line_of_fewer_names_than_a_site_is_never_the_sites(
    women: int, counts: list[int], own_every: int
) -> None:
    """A booking line on one site, written on each of its (up to nine) women's ads with her own number beside
    it on every ``own_every``-th ad and on an ad of her own elsewhere: a controller's, it keeps linking them."""
    ads = [AdFeatures(j, "rosa", city="Tromsø", selectors=(("phone", f"+4520{j:06d}"),)) for j in range(120)]
    for w in range(women):
        own = ("phone", f"+4794{w:06d}")
        for k in range(counts[w]):
            sels = (BOOKING, own) if own_every and k % own_every == 0 else (BOOKING,)
            ads.append(AdFeatures(len(ads), "rosa", city="Oslo", name=NAMES[w], selectors=sels))
        ads.append(AdFeatures(len(ads), "natt", city="Bergen", name=NAMES[w], selectors=(own,)))
    assert _lines(ads) == set()
    line_ads = frozenset(a.ad_id for a in ads if BOOKING in a.selectors)
    assert any(line_ads <= net for net in _networks(ads, _rules()))
