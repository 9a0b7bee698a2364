"""Her own mailbox joins her names and numbers; a desk's address, or two women at once, does not.

Session 43 (issue 14, ``person.site_alias_mailbox_names``, ``cluster.her_mailbox``): a woman names her
mailbox after herself ("freja.p@", "miss.ronja@", "kanya7x@") and keeps it while she changes sites, the
name she gives each site, and her number. An address that spells one of its names as a word of its local
part, held by at most a few names, joins them without their meeting in a city or a season, and two of them
may each bring a number of her own when those numbers were written one after the other (a change). Every
name, number, address and site below is invented; the names are Swedish, Norwegian, Danish and English
ones, the addresses in each style.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, her_mailbox, link_ads
from kartlegg.link.config import LinkRules, default_rules


def _ad(i: int, name: str | None, site: str, city: str, day: int, *sels: tuple[str, str]) -> AdFeatures:
    posted = (date(2026, 2, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+01:00"
    return AdFeatures(i, site, city=city, posted_at=posted, name=name, selectors=sels)


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _persons(ads: Sequence[AdFeatures], rules: LinkRules | None = None) -> set[frozenset[int]]:
    return {frozenset(ads[i].ad_id for i in p) for p in link_ads(ads, _no_text, rules).profiles}


def _off() -> LinkRules:
    rules = default_rules()
    return rules.model_copy(update={"person": rules.person.model_copy(update={"site_alias_mailbox_names": 0})})


def _changed_number(name_a: str, name_b: str, mail: str) -> list[AdFeatures]:
    """One woman: "name_b" on one site with her old number (days 1-30, Oslo), then "name_a" on another with
    her new one (days 70-100, Bergen: no city, no season in common); her address on an ad of each."""
    old, new, box = ("phone", "+4791000101"), ("phone", "+4792000202"), ("email", mail)
    return [
        _ad(1, name_b, "rubrikk.example", "Oslo", 1, old, box),
        _ad(2, name_b, "rubrikk.example", "Oslo", 15, old),
        _ad(3, name_b, "rubrikk.example", "Oslo", 30, old),
        _ad(4, name_a, "kontakt.example", "Bergen", 70, new, box),
        _ad(5, name_a, "kontakt.example", "Bergen", 85, new),
        _ad(6, name_a, "kontakt.example", "Bergen", 100, new),
    ]


def test_her_mailbox_joins_her_two_names_and_her_two_numbers_in_four_languages() -> None:
    for name_a, name_b, mail in (
        ("Freja", "Linnea", "freja.p@brevlada.example"),  # sv
        ("Ingrid", "Sunniva", "miss.ingrid@postkasse.example"),  # no
        ("Mette", "Sofie", "mette_love@postkasse.example"),  # da
        ("Ruby", "Grace", "ruby28x@mailbox.example"),  # en
        ("Åsa", "Ebba", "asa.k@brevlada.example"),  # her name without its ring
    ):
        ads = _changed_number(name_a, name_b, mail)
        assert _persons(ads) == {frozenset(range(1, 7))}, mail
        assert _persons(ads, _off()) == {frozenset({1, 2, 3}), frozenset({4, 5, 6})}, mail


def test_a_desks_address_naming_no_one_keeps_its_women_apart() -> None:
    for mail in ("booking.nordlys@agency.example", "info.lotus55@spa.example", "kontakt@byra.example"):
        assert _persons(_changed_number("Freja", "Linnea", mail)) == {frozenset({1, 2, 3}), frozenset({4, 5, 6})}


def test_two_women_writing_their_own_numbers_at_once_on_her_address_stay_apart() -> None:
    """ "Nadia" and "Vera" on one address named for Nadia, each with a number of her own over one month:
    two women of one desk, not one woman's change of number."""
    box, a, b = ("email", "nadia.k@postkasse.example"), ("phone", "+4791000303"), ("phone", "+4792000404")
    ads = [
        _ad(1, "Nadia", "rubrikk.example", "Oslo", 1, a, box),
        _ad(2, "Nadia", "rubrikk.example", "Oslo", 20, a, box),
        _ad(3, "Vera", "kontakt.example", "Bergen", 5, b, box),
        _ad(4, "Vera", "kontakt.example", "Bergen", 25, b, box),
    ]
    assert _persons(ads) == {frozenset({1, 2}), frozenset({3, 4})}


def test_an_address_held_by_more_names_than_the_rule_allows_is_no_ones_own() -> None:
    box = ("email", "miss.nora@postkasse.example")
    names = ["Nora", "Hedda", "Vilde", "Tilde"]
    ads = [_ad(i + 1, n, f"site{i}.example", "Oslo", 1 + 40 * i, box) for i, n in enumerate(names)]
    groups = [[i] for i in range(len(ads))]
    assert her_mailbox(ads, groups, box, 3) == ""
    assert her_mailbox(ads, groups[:3], box, 3) == "Nora"
    assert her_mailbox(ads, groups[:3], ("phone", "+4791000505"), 3) == ""


def test_only_a_whole_word_of_the_local_part_spells_her_name() -> None:
    ads = [_ad(1, "Sab", "a.example", "Oslo", 1), _ad(2, "Ina", "b.example", "Oslo", 1)]
    assert her_mailbox(ads, [[0], [1]], ("email", "sabrina.nina@post.example"), 3) == ""
    assert her_mailbox(ads, [[0], [1]], ("email", "ina_sab@post.example"), 3) == "Ina"


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(["Freja", "Ingrid", "Mette", "Ruby", "Åsa", "Nora"]), min_size=1, max_size=3),
    local=st.sampled_from(["freja.p", "nora_nora", "miss.ruby", "asa12x", "booking.desk", "mette.ingrid"]),
    data=st.data(),
)
def test_her_mailbox_does_not_depend_on_the_order_of_its_names(
    names: list[str], local: str, data: st.DataObject
) -> None:
    ads = [_ad(i + 1, n, f"site{i}.example", "Oslo", 1) for i, n in enumerate(names)]
    groups = [[i] for i in range(len(ads))]
    shuffled = data.draw(st.permutations(groups))
    key = ("email", local + "@post.example")
    got = her_mailbox(ads, groups, key, 3)
    assert got == her_mailbox(ads, shuffled, key, 3)
    assert not got or got.casefold() in {n.casefold() for n in names}
