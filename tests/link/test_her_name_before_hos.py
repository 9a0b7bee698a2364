"""An agency's name after "hos"/"with": read as her name, it joins an agency's women on its line.

Session 36 (issue 14): ``names._after_her_name``, from the text of each ad through ``link_ads``. Every number,
name, firm and site below is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads
from kartlegg.link.names import find_name

AGENCY = ("phone", "+4722556677")
LARA = ("phone", "+4791112233")
DAO = ("phone", "+4792223344")


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _ad(i: int, site: str, title: str, body: str, day: int, *sels: tuple[str, str]) -> AdFeatures:
    posted = (date(2026, 5, 1) + timedelta(days=day - 1)).isoformat() + "T12:00:00+02:00"
    name = find_name(title, body)
    return AdFeatures(i, site, city="Oslo", posted_at=posted, name=name, selectors=sels)


def _persons(ads: Sequence[AdFeatures]) -> list[set[int]]:
    return sorted(({ads[i].ad_id for i in p} for p in link_ads(ads, _no_text).profiles), key=min)


def _agency() -> list[AdFeatures]:
    """Two women of one agency, each with her own number beside its line, on a directory and a touring
    page, in Norwegian, Swedish and English."""
    ads = []
    for k in range(3):
        d = 1 + 5 * k
        ads.append(
            _ad(
                10 * k + 1,
                "rosenguiden",
                "Escort Oslo",
                "Eksklusiv dame venter Lara hos Moskus VIP, ring meg.",
                d,
                AGENCY,
                LARA,
            )
        )
        ads.append(_ad(10 * k + 2, "turside", "Tour dates", "Sweet lady Lara with Moskus Girls, no rush.", d, LARA))
        ads.append(
            _ad(
                10 * k + 3,
                "rosenguiden",
                "Escort Oslo",
                "Exklusiv dam väntar DAO hos Moskus VIP, ingen brådska.",
                d + 1,
                AGENCY,
                DAO,
            )
        )
        ads.append(_ad(10 * k + 4, "turside", "Tour dates", "Fresh in town Dao with Moskus Girls.", d + 1, DAO))
    return ads


def test_an_agencys_two_women_stay_apart_and_each_is_one_profile() -> None:
    """Read as "Moskus" (the word after "hos"), both women would carry one name on the agency's line and be
    joined; read as Lara and Dao, each woman's own number joins her ads on both sites, and they stay apart."""
    ads = _agency()
    assert {a.name for a in ads} == {"Lara", "Dao"}
    assert _persons(ads) == [{1, 2, 11, 12, 21, 22}, {3, 4, 13, 14, 23, 24}]


_NAMES = st.sampled_from(["Lara", "Dao", "Mirela", "Tove", "Ingrid", "Yana", "Kaja", "Linh"])
_FIRMS = st.sampled_from(["Moskus", "Kobolt", "Harbour", "Bernsten", "Nordstjerne", "Safir"])
_LEADS = st.sampled_from(
    ["Eksklusiv dame venter", "Exklusiv dam väntar", "Frisk i byen denne uge", "Sweet new lady in town"]
)
_TAILS = st.sampled_from(["VIP", "Ladies", "Dates", "Road Wellness", "Girls", "Elite"])
_PREPS = st.sampled_from(["hos", "med", "with"])


@given(_LEADS, _NAMES, _PREPS, _FIRMS, _TAILS, st.booleans())
def test_the_word_after_hos_or_with_after_her_name_is_never_read(
    lead: str, name: str, prep: str, firm: str, tail: str, caps: bool
) -> None:
    """Whatever the firm's noun (one the lexicon knows or not), her name inside a sentence before the
    preposition is read, in capitals or not, and the firm's never."""
    written = name.upper() if caps else name
    assert find_name("Ny i byen", f"{lead} {written} {prep} {firm} {tail}, ring meg.") == name
