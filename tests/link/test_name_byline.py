"""A profile's byline and a title that is only her name beside the page's furniture name her (session 38).

Archived profile pages, catalogue cards, image-board posts and link-in-bio pages print her name and age on a
line of their own after the page's furniture ("Elin, 32 · Ålesund", "👤 Magda Rose, 24 y.o. · 📍 Esbjerg",
"Ewa Rose 18 in Bergen") and title the page with the name alone beside a domain, an id or a handle. Unread,
every such ad on a controller's line stayed alone (no name to join by), and her own number, read with other
sites' names, could not tell her ads from another woman's.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.names import find_name

_FURNITURE = "ARCHIVE · 254 snapshots · first 2025-12-30\n◀ 20260319083822 · 20260411005726\n———\n"


def test_a_byline_with_a_separator_after_her_age_names_her() -> None:
    assert find_name("x", _FURNITURE + "Elin, 32 · Ålesund\nKos deg med en rolig dame.") == "Elin"  # no
    assert find_name("x", _FURNITURE + "Tuva, 27 · Göteborg\nVälkommen till mig.") == "Tuva"  # sv
    assert find_name("x", _FURNITURE + "Maja, 24 | Aarhus\nVelkommen til en sød pige.") == "Maja"  # da
    assert (
        find_name("x", "🤖 Catalogue — card #78142 · page 11/13\n👤 Magda, 24 y.o. · 📍 Esbjerg\nHi") == "Magda"
    )  # en


def test_her_name_and_age_before_where_she_is_name_her() -> None:
    head = "Anonymous 05/02/26(Thu)09:01:34 No.46947147\nFile: 1770282131051.jpg (1521 KB, 1080x1350)\n"
    assert find_name("/s/ Bergen thread", head + "Ewa 18 in Bergen\nPhone: 97 32 39 64") == "Ewa"  # en
    assert find_name("/s/ Malmo thread", head + "Dana 23 i Malmo\nRing: 0792-20 29 32") == "Dana"  # sv
    assert find_name("/s/ Oslo thread", head + "Lina 30 på Grünerløkka\nRing meg") == "Lina"  # no
    assert find_name("/s/ Vejle thread", head + "Sara 26 fra Vejle\nRing til mig") == "Sara"  # da
    # a number of hours is no age, and a word in small letters after it no place
    assert find_name("x", "Open 24 in Oslo and more") is None
    assert find_name("x", "Ring 24 i døgnet") is None


def test_a_line_opening_with_two_words_and_her_age_names_her_by_the_first() -> None:
    assert find_name("/s/ thread", "No.1\nEwa Rose 18 in Bergen\nPhone") == "Ewa"
    assert find_name("Magda Rose #78142", "card #78142\n👤 Magda Rose, 24 y.o. · 📍 Esbjerg") == "Magda"
    assert find_name("x", "card\n👤 Sofie Star, 30 år · 📍 Aarhus C") == "Sofie"
    # inside a sentence the word before her name is no first name of hers
    assert find_name("x", "Sweet Polish girl Natasha (30) visiting") == "Natasha"


def test_a_title_of_her_name_and_the_page_furniture_names_her() -> None:
    assert find_name("Elinx | kveldsro.no", "") == "Elinx"  # no
    assert find_name("Tuva | nattfjaril.se", "") == "Tuva"  # sv
    assert find_name("Maja #78142", "") == "Maja"  # da card
    assert find_name("Simona Angel (@simona.loveqsd)", "") == "Simona"  # the handle opens with her name
    assert find_name("Pim Rose (@pim.vipqnv)", "") == "Pim"
    # a place, a word in small letters, two words the handle does not confirm: no name
    assert find_name("escort Oslo | kveldsro.no", "") is None
    assert find_name("Golden Lotus (@spa.lotus)", "") is None
    assert find_name("Massage | kveldsro.no", "") is None


_NAMES = st.sampled_from(["Elin", "Tuva", "Maja", "Ewa", "Dana", "Lina", "Sara", "Nika", "Mai", "Ines"])
_CITIES = st.sampled_from(["Oslo", "Bergen", "Göteborg", "Malmö", "Aarhus", "Odense", "Ålesund"])
_SEPARATORS = st.sampled_from([" · ", " | ", " • "])


@given(name=_NAMES, age=st.integers(18, 60), city=_CITIES, sep=_SEPARATORS, site=st.sampled_from(["a.no", "b.se"]))
def test_a_byline_names_her_wherever_the_page_furniture_stands(
    name: str, age: int, city: str, sep: str, site: str
) -> None:
    body = f"{_FURNITURE}{name}, {age}{sep}{city}\nTlf: 96 12 61 62"
    assert find_name(f"x | {site}", body) == name
    assert find_name(f"{name} | {site}", "") == name
    assert find_name("x", f"No.{age}0012\n{name} {age} i {city}\nRing") == name
