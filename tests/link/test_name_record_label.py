"""A record's kind and id in its title, and a hex id's first digits, name no one (session 42).

A tool that keeps a copy of an ad titles its record with the record's kind and number and prints the same pair as
the record's first field: a case archive "Sagsnr. 2026/01014-9" over "Sagsnr.: 2026/01014-9 · Journalnr.: 107101",
a chat export "Konversation 79771547" over "Konversation 79771547 · 2026-10-17 08:52 · web". Read as a title that is
only her name beside an id, the kind named every woman of the tool alike; a hex session id opening with two digits
("Konversation 53f04ea0") read as a name and an age did the same. Her number then showed two names and her ads of
that tool were kept apart as a controller's line's (blind20: 66 / 92 ads).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.names import find_name

_CASE_NO = "SAKSARKIV · eksport 06-10-2026\nSaksnr.: 2026/01014-9 · Journalnr.: 107101\nKommune: 0301 Oslo\n"
_CASE_SV = "ÄRENDEARKIV · export 2026-10-17\nÄrendenr.: 2026/02288-9 · Diarienr.: 116020\nKommun: 1480 Göteborg\n"


def test_a_records_kind_beside_its_id_is_no_name() -> None:
    assert find_name("Saksnr. 2026/01014-9", _CASE_NO + "Oslo: Ilse, 20\nDu har funnet Ilse") == "Ilse"  # no
    assert find_name("Ärendenr. 2026/02288-9", _CASE_SV + "Majorna: Vera, 27\nHälsningar Vera!") == "Vera"  # sv
    assert find_name("Sagsnr. 2026/00762-2", "Sagsnr.: 2026/00762-2 · Journalnr.: 105337\nKbh: Lily, 18") == "Lily"
    chat = "Konversation 79771547 · 2026-10-17 08:52 · web\n[08:52:26] Du: Kim 26 – Oslo\n[08:52:41] Du: puss från Kim!"
    assert find_name("Konversation 79771547", chat) == "Kim"  # sv
    assert find_name("Ticket #4411", "Ticket #4411 opened by moderator\nHi, I am Zoe, 22 yo") == "Zoe"  # en
    # the kind alone on its record names no one either
    assert find_name("Konversation 79771547", "Konversation 79771547 · web\nBot: Hvad skal overskriften være?") is None


def test_her_name_beside_an_id_is_still_hers() -> None:
    # a profile card or a catalogue page: the body writes her name elsewhere, before her age, or not at all
    assert find_name("Maja #78142", "") == "Maja"  # da card
    assert find_name("Elin | kveldsro.no", "Elin, 32 · Ålesund\nVelkommen") == "Elin"  # no
    assert find_name("Maja #78142", "Maja 24 år · Aarhus") == "Maja"
    assert find_name("Selma 70123", "Hej, jag är Selma. Ring mig") == "Selma"  # sv


def test_a_hex_id_is_no_name_and_age() -> None:
    chat = "Konversation 53f04ea0 · 2026-10-27 01:23 · web\n[01:23:29] Du: Malmo: Vilja, 37\nPuss från Vilja!"
    assert find_name("Konversation 53f04ea0", chat) == "Vilja"  # sv
    assert find_name("Conversation 29e1b7c0", "Conversation 29e1b7c0 · web\nUser: Hi, I am Lea, 33") == "Lea"  # en
    # an age with its unit glued on is still an age
    assert find_name("Elin 25yo – Oslo", "") == "Elin"
    assert find_name("Tuva 23år", "") == "Tuva"


_KINDS = st.sampled_from(["Sagsnr.", "Saksnr.", "Ärendenr.", "Konversation", "Samtale", "Ticket", "Case", "Ordre"])
_NAMES = st.sampled_from(["Elin", "Tuva", "Maja", "Ewa", "Dana", "Lina", "Sara", "Nika", "Roxana", "Viola"])


@given(kind=_KINDS, number=st.integers(1000, 99_999_999), name=_NAMES, age=st.integers(18, 45), colon=st.booleans())
def test_a_records_kind_never_shadows_her_name(kind: str, number: int, name: str, age: int, colon: bool) -> None:
    field = f"{kind}{':' if colon else ''} {number}"
    assert find_name(f"{kind} {number}", f"{field} · eksport\nOslo: {name}, {age}\nHilsen {name}") == name
