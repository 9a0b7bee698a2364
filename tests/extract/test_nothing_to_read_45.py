"""Issue 14, session 45: ``find_phones`` skips a field with no digit, no number word and no look-alike word
(``phones._nothing_to_read``) and finds exactly what the whole reading finds. The oracle is the same call without the
field's words: a caller without them is never skipped."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import phones
from kartlegg.extract.patterns import scan

_REGIONS = ("NO", "SE", "DK")


def _both(raw: str, regions: tuple[str, ...] = _REGIONS) -> tuple[list[phones.PhoneHit], list[phones.PhoneHit]]:
    """(the reading with the field's words, which may skip it; the reading without them, which never does)."""
    text, low, words, digits, alnum = scan(raw)
    fast = phones.find_phones(text, regions, original=raw, words=words, digits=digits, low=low, alnum=alnum)
    whole = phones.find_phones(text, regions, original=raw, words=None, digits=digits, low=low, alnum=alnum)
    return fast, whole


def _skipped(raw: str) -> bool:
    text, _low, words, digits, _alnum = scan(raw)
    return phones._nothing_to_read(text, words, digits)


@pytest.mark.parametrize(
    "raw",
    [
        "Ny jente – diskret massasje på Grünerløkka",  # no
        "Ny tjej – diskret massage på Södermalm",  # sv
        "Ny pige – diskret massage på Nørrebro",  # da
        "New girl – discreet massage near the station",  # en
        "Kontakt: se profilen",
    ],
)
def test_a_field_without_digits_or_number_words_is_skipped_and_reads_nothing(raw: str) -> None:
    assert _skipped(raw)
    assert _both(raw) == ([], [])


@pytest.mark.parametrize(
    "raw",
    [
        "Ring meg: ni otte fire null sju sju tre en",  # no: a number in words
        "Ring mig: nio åtta fyra noll sju sju tre ett",  # sv
        "Ring til mig: ni otte fire nul syv syv tre en",  # da
        "Call me: nine eight four zero seven seven three one",  # en
        "Tlf 4l 23 45 67",  # a digit
        "Ring: lol lil ool",  # look-alike words
        "Nummeret … resten",  # a number's halves around "…"
        "Ring: ** ** ** ** (* er fire)",  # a mark and its key
    ],
)
def test_a_field_that_may_hold_a_number_is_read_whole(raw: str) -> None:
    assert not _skipped(raw)
    fast, whole = _both(raw)
    assert fast == whole


def test_a_number_in_words_is_still_found() -> None:
    fast, whole = _both("Ring meg: ni otte fire null sju sju tre en")
    assert fast == whole
    assert [h.e164 for h in fast] == ["+4798407731"]


#: Pieces of a digit-free field: words of the four languages (number words and look-alikes among them), labels,
#: marks, tags, signs a number is written with, an invisible character and a line break.
_BITS = [
    "ring",
    "meg",
    "mig",
    "call",
    "me",
    "ni",
    "otte",
    "åtta",
    "eight",
    "fire",
    "null",
    "sju",
    "en",
    "tre",
    "lol",
    "oil",
    "i",
    "O",
    "l",
    "S",
    "B",
    "ZZ",
    "OSLO",
    "LOVE",
    "Tlf:",
    "📞",
    "+",
    "*",
    "**",
    "#",
    "<b>",
    "</b>",
    "…",
    "...",
    "(",
    ")",
    "-",
    ".",
    "/",
    " ",
    "\n",
    "\u200b",
    "Зб",
    "ø",
    "²",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BITS), min_size=1, max_size=14).map(" ".join))
@example("Ring meg på ni otte fire null sju sju tre en")
@example("fi<b>re</b> null")
@example("Tlf: OSLO LOVE")
def test_skipping_reads_what_the_whole_reading_reads(raw: str) -> None:
    fast, whole = _both(raw)
    assert fast == whole
