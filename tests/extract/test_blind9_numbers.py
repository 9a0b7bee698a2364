"""How numbers written out of shape are read: the classes blind9 showed (issue 14, session 31), as golden cases in the
languages they concern: Cyrillic and Greek look-alike letters inside a number, a number split between the title and
the body, the prefix written after the rest, a mask's last digits given apart or in words, single digits joined by
"x", and a foreign number named in a label before it. Synthetic text only, in other words and numbers than the
corpora; every number is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.cyrillic import read_cyrillic
from kartlegg.extract.patterns import letter_words, lower_same_length
from kartlegg.extract.phones import _mobile_digits, _whole_letters
from kartlegg.extract.prefix import read_prefix


def phones(body: str, title: str = "", **kw: str) -> list[str]:
    return sorted(extract_ad(title=title, body=body, **kw).values("phone"))


def _mobile(number: str) -> bool:
    return _mobile_digits(number, ("NO", "SE", "DK"))


def _whole(run: str) -> bool:
    return _whole_letters(run, ("NO", "SE", "DK"))


# --- Cyrillic and Greek look-alikes inside a number ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: 9З2 6б 184", {"site": "kveldlys.no"}, ["+4793266184"]),
        ("Sms: О7З1-45 б2 8З", {"site": "kvall.se"}, ["+46731456283"]),
        ("WhatsApp: +З7О б2 45 18 9б", {"site": "kvall.se"}, ["+37062451896"]),
        # every group but one written in look-alikes, after its "+"
        ("Call me: +бб 8З бО 914 27", {"site": "moterom.dk"}, ["+66836091427"]),
        # Greek capital omicron
        ("Ring til mig 4Ο 81 27 53", {"site": "moterom.dk"}, ["+4540812753"]),
    ],
)
def test_look_alike_letters_inside_a_number_are_read(body: str, kw: dict[str, str], expected: list[str]) -> None:
    hits = [m for m in extract_ad(body=body, **kw).matches if m.kind == "phone"]
    assert sorted(m.value for m in hits) == expected
    assert all(m.detail["style"] == "lookalike" for m in hits)


@pytest.mark.parametrize(
    "body",
    [
        "Привет, я Оля, звони в любое время",  # Cyrillic words, no number
        "Я тут до 23ч, потом уезжаю",  # an hour with a letter glued: too few digits
        "Кв. З8, дом 12",  # a flat number: no valid number
    ],
)
def test_cyrillic_words_are_never_digits(body: str) -> None:
    assert phones(body, site="kveldlys.no") == []


_CYRILLIC_WORD = st.text(alphabet="абвгдежзиклмнопрстуфхчшыэюяАБВГДЕЗИКЛМНОПРСТУХЧЭЯ", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_CYRILLIC_WORD, st.from_regex(r"[0-9]{1,8}", fullmatch=True)), min_size=1, max_size=10))
def test_no_look_alike_is_read_unless_glued_to_a_digit(parts: list[str]) -> None:
    # words and digit groups apart, no "+": no look-alike letter is inside a number
    assert read_cyrillic(" ".join(parts), _whole) is None


# --- a number split between the title and the body -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "kw", "expected"),
    [
        ("Lina 24 +46 7318 …", "Hej! Ring mig på …52460", {"site": "kvall.se"}, ["+46731852460"]),
        ("Ny i Bergen: Mona 9427 …", "Hei, jeg er Mona.\nTlf …1863", {"site": "kveldlys.no"}, ["+4794271863"]),
        ("Sofie 31 2614 ...", "Skriv til mig ...8830", {"site": "moterom.dk"}, ["+4526148830"]),
        ("Nadia 27 +40 7215 …", "WhatsApp: …583 94", {"site": "kveldlys.no"}, ["+40721558394"]),
    ],
)
def test_a_number_split_between_title_and_body_is_one_number(
    title: str, body: str, kw: dict[str, str], expected: list[str]
) -> None:
    # the title's half is not read with the age before it ("24 +46 7318" is no Danish number)
    assert phones(body, title=title, **kw) == expected


def test_a_title_ellipsis_without_a_body_half_joins_nothing() -> None:
    assert phones("Hei! Ring meg på 412 33 908", title="Mona 24 – ny i byen …", site="kveldlys.no") == ["+4741233908"]


def test_halves_that_make_no_number_are_left_apart() -> None:
    # "+46 7318" and "…12" are no number together: nothing is joined
    assert phones("Pris …12 timer", title="Lina +46 7318 …", site="kvall.se") == []


# --- the prefix written after the rest -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Kun SMS: 27 5516 – start med 91", {"site": "kveldlys.no"}, ["+4791275516"]),
        ("Ring: 418 2290, börjar på 073", {"site": "kvall.se"}, ["+46734182290"]),
        ("Tlf. 81 4472 (første cifre 26)", {"site": "moterom.dk"}, ["+4526814472"]),
        ("Booking: 552 3198, area code 076 first", {"site": "kvall.se"}, ["+46765523198"]),
        ("Send melding: 33 1870 – begynner med 46", {"site": "kveldlys.no"}, ["+4746331870"]),
    ],
)
def test_a_prefix_written_last_is_put_first(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_prefix_cue_that_makes_no_mobile_joins_nothing() -> None:
    text = "Åpent 1200 2200 – start med 30 min massasje"
    low = lower_same_length(text)
    assert read_prefix(text, low, letter_words(low), _mobile) is None


_FILLER = st.sampled_from(["Ring", "meg", "Call", "me", "first", "og", "nummer", ":", ",", "-", "–", "(", ")", "med"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(_FILLER, st.from_regex(r"[0-9]{2,8}", fullmatch=True), st.from_regex(r"[0-9 ]{4,9}", fullmatch=True)),
        min_size=1,
        max_size=12,
    )
)
def test_no_prefix_is_moved_without_its_cue(parts: list[str]) -> None:
    text = " ".join(parts)
    low = lower_same_length(text)
    assert read_prefix(text, low, letter_words(low), _mobile) is None


# --- a mask's last digits apart or in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring 915 82 4xx – de to siste er 3 og 6", {"site": "kveldlys.no"}, ["+4791582436"]),
        ("Ring 915 82 4xx – de to siste er tre og seks", {"site": "kveldlys.no"}, ["+4791582436"]),
        ("SMS 07351829xx (de sista två är sju och noll)", {"site": "kvall.se"}, ["+46735182970"]),
        ("Tlf 263417xx – de sidste to er otte og en", {"site": "moterom.dk"}, ["+4526341781"]),
        ("Text me: 07351829xx (last two digits: five nine)", {"site": "kvall.se"}, ["+46735182959"]),
        ("Text me: +40 7294518xx (last two digits: 2 7)", {"site": "kvall.se"}, ["+40729451827"]),
        ("Ring: 07351829xx (xx = fyraett)", {"site": "kvall.se"}, ["+46735182941"]),
    ],
)
def test_a_completion_given_apart_or_in_words_fills_the_mask(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


def test_a_completion_of_another_width_fills_nothing() -> None:
    # three digits for a two-letter mask: no completion, and the head alone is no number
    assert phones("Ring 915 82 4xx – de to siste er 3, 6 og 1", site="kveldlys.no") == []


# --- single digits joined by "x" --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: 9x2x6x4x1x8x3x5", {"site": "kveldlys.no"}, ["+4792641835"]),
        ("WhatsApp +40 7x2x8x1x5x5x0x3x9", {"site": "kvall.se"}, ["+40728155039"]),
    ],
)
def test_single_digits_joined_by_x_are_one_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_counts_with_an_x_are_no_number() -> None:
    assert phones("Pakke: 3x30 min eller 2x60 min, 1x1x1", site="kveldlys.no") == []


# --- a foreign number named in a label before it -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: Rumensk nummer: 0742 518 903", {"site": "kveldlys.no"}, ["+40742518903"]),
        ("Tel: Bulgarsk nummer: 088 512 4407", {"site": "moterom.dk"}, ["+359885124407"]),
        ("WhatsApp: Thai number: 081 442 7390", {"site": "kvall.se"}, ["+66814427390"]),
    ],
)
def test_a_country_named_before_a_number_is_its_country(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789xX +-a", max_size=40))
def test_the_x_gate_never_skips_a_run(text: str) -> None:
    # the gate answers False only where the pattern cannot match: join_x finds what it finds without the gate
    from kartlegg.extract.patterns import digit_runs
    from kartlegg.extract.separators import _X_RUN, may_join_x

    if _X_RUN.search(text) is not None:
        assert may_join_x(text, digit_runs(text))
