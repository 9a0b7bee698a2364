"""Numbers in disguise that a reader sees at once (issue 14, session 38): look-alike letters of two scripts in one
number ("O7б9-BB ZO бB": Latin O, B, Z and Cyrillic б), a number split by a search result's highlight tags or by
Markdown emphasis ("Tlf: <b>48</b> 97 <b>79</b> 82", "**079-082** 52 **69**"), a number written as a row of hashtags
("#07218 #09610"), and a look-alike number inside a search snippet's " … " joins. And what must stay unread: prose
with those letters ("B2B", "Z8"), a lone hashtag, markup around words. Synthetic text only; every number invented."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.markup import hidden_spans, without
from kartlegg.extract.phones import find_phones


def _phones(body: str, region: str) -> list[str]:
    return extract_ad(body=body, region=region).values("phone")


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # Latin and Cyrillic look-alikes in one number, after a contact word (sv, no, da, en)
        ("Ring mig: O7б9-BB ZO бB", "SE", ["+46769882068"]),
        ("Hennes nummer: 9S 3l б7 97", "NO", ["+4795316797"]),
        ("Hendes nummer: б9 Z9 3B OO", "DK", ["+4569293800"]),
        ("Her number: 7B 3B 93 lб", "DK", ["+4578389316"]),
        # a look-alike number inside a snippet whose sentences are joined by " … "
        ("12. feb 2026 — Hej! … Phone: S9 B9 79 Bl … Work with us …", "DK", ["+4559897981"]),
        ("3. mar 2026 — Hei … Tlf: 94 BB ll 97 … Du finner meg …", "NO", ["+4794881197"]),
        ("7. mar 2026 — Hej … Ring: 34 93 S7 SO … Hej, jeg er …", "DK", ["+4534935750"]),
        # a search result's highlight tags and Markdown emphasis inside a number
        ("… Tlf: <b>48</b> 97 <b>79</b> 82 … E-post: x", "NO", ["+4748977982"]),
        ("… Ring: <b>076-036</b> 73 <b>03</b> … Träffa mig", "SE", ["+46760367303"]),
        ("Ring: <strong>55</strong> 10 <em>44</em> 28", "DK", ["+4555104428"]),
        ("Call: **0792-61** 24 **57**", "SE", ["+46792612457"]),
        # stars glued to digits on both sides separate a number's digits: no emphasis to remove (a peer's line)
        ("**2**1**9 8***5**1-33**77**", "US", ["+12198513377"]),
        ("Ring meg: __911__ 05 __987__", "NO", ["+4791105987"]),
        # a number written as a row of hashtags
        ("Ring: #07218 #09610", "SE", ["+46721809610"]),
        ("Ring meg: #9381 #7942", "NO", ["+4793817942"]),
        ("Hendes nummer: #3621 #2241", "DK", ["+4536212241"]),
        ("Call: #0760 #36 #7303", "SE", ["+46760367303"]),
    ],
)
def test_a_disguised_number_is_read(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Vi jobbar B2B och Z8 är vår bil, ring inte", "SE"),
        ("Bo i Oslo, ZOO og BBQ på lørdag", "NO"),
        ("Kort #5085 · side 2/4 #12", "NO"),
        ("Anmeldelse #66781 · oslogutt33 · 04.02.2026", "NO"),
        ("#2026 #sommer #oslo #escort", "NO"),
        ("Pris: **1500** kr · <b>2</b> timer · <i>30</i> min", "DK"),
        ("Так Об 5З лет, SO бB", "SE"),
        ("Tel: #12 #34", "SE"),
    ],
)
def test_prose_with_those_letters_and_marks_is_no_number(body: str, region: str) -> None:
    assert _phones(body, region) == []


def test_hashtags_that_are_each_a_number_stay_apart() -> None:
    """A row of hashtags each of which is a number is two numbers (or tags), never joined into one."""
    body = "Ring: #98765432 #41234567"
    assert hidden_spans(body, lambda d: len(d) == 8) == []


def test_the_span_points_at_the_number_as_written() -> None:
    body = "Tlf: <b>48</b> 97 <b>79</b> 82 …"
    (hit,) = find_phones(body, ("NO",))
    assert hit.e164 == "+4748977982"
    assert body[hit.start : hit.end] == "48</b> 97 <b>79</b> 82"


def test_without_maps_positions_back() -> None:
    text = "a<b>12</b>3"
    spans = hidden_spans(text, lambda d: False)
    plain, removed = without(text, spans)
    assert plain == "a123"
    assert removed == [1, 1, 1, 3, 3, 3, 3]


_PAIRS = [
    ("<b>", "</b>"),
    ("<strong>", "</strong>"),
    ("<em>", "</em>"),
    ("<mark>", "</mark>"),
    ("**", "**"),
    ("__", "__"),
]


@settings(max_examples=60, deadline=None)
@given(
    rest=st.from_regex(r"[0-9]{7}", fullmatch=True),
    first=st.sampled_from("49"),
    cue=st.sampled_from(["Tlf:", "Ring meg:", "Ring:", "Call:", "Hennes nummer:"]),
    marks=st.lists(st.sampled_from(_PAIRS), min_size=4, max_size=4),
    wrapped=st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_markup_around_any_group_never_changes_the_number(
    rest: str, first: str, cue: str, marks: list[tuple[str, str]], wrapped: list[bool]
) -> None:
    """A highlight or an emphasis pair around any of a number's groups leaves the number as it reads unmarked."""
    digits = first + rest
    groups = [digits[0:2], digits[2:4], digits[4:6], digits[6:8]]
    plain = f"{cue} {' '.join(groups)} takk"
    parts = [f"{m[0]}{g}{m[1]}" if w else g for g, m, w in zip(groups, marks, wrapped, strict=True)]
    marked = f"{cue} {' '.join(parts)} takk"
    assume([h.e164 for h in find_phones(plain, ("NO",))] == ["+47" + digits])
    assert [h.e164 for h in find_phones(marked, ("NO",))] == ["+47" + digits]


@settings(max_examples=60, deadline=None)
@given(
    rest=st.from_regex(r"[0-9]{7}", fullmatch=True),
    cut=st.integers(min_value=2, max_value=6),
    cue=st.sampled_from(["Tlf:", "Ring:", "Call:", "Hendes nummer:"]),
)
def test_a_number_as_two_hashtags_reads(rest: str, cut: int, cue: str) -> None:
    digits = "4" + rest
    assume([h.e164 for h in find_phones(f"{cue} {digits}", ("NO",))] == ["+47" + digits])
    assert [h.e164 for h in find_phones(f"{cue} #{digits[:cut]} #{digits[cut:]}", ("NO",))] == ["+47" + digits]


_LATIN = {"0": "O", "1": "l", "2": "Z", "5": "S", "6": "б", "8": "B"}


@settings(max_examples=80, deadline=None)
@given(
    rest=st.from_regex(r"[0-9]{7}", fullmatch=True),
    picks=st.lists(st.booleans(), min_size=8, max_size=8),
    cue=st.sampled_from(["Tlf:", "Ring:", "Call:", "Phone:", "Hennes nummer:"]),
)
def test_a_mobile_with_random_look_alikes_of_both_scripts_reads(rest: str, picks: list[bool], cue: str) -> None:
    """Any Norwegian mobile with some of its digits written as Latin or Cyrillic look-alikes, kept at least two real
    digits, reads after a contact word."""
    digits = "9" + rest
    chars = [_LATIN[d] if p and d in _LATIN else d for d, p in zip(digits, picks, strict=True)]
    assume(sum(1 for c in chars if c.isdigit()) >= 3 and "б" in chars)
    assume([h.e164 for h in find_phones(f"{cue} {digits}", ("NO",))] == ["+47" + digits])
    written = "".join(chars[0:3]) + " " + "".join(chars[3:5]) + " " + "".join(chars[5:8])
    assert [h.e164 for h in find_phones(f"{cue} {written}", ("NO",))] == ["+47" + digits]


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(
        st.from_regex(r"[A-Za-z][a-z]{1,7}|[OlZSBбOIEGT]{1,3}|[A-Z][0-9]|[0-9][A-Z]|B2B|#[0-9]{1,3}", fullmatch=True),
        min_size=3,
        max_size=12,
    )
)
def test_prose_of_look_alike_letters_never_reads(words: list[str]) -> None:
    body = "Hej! " + " ".join(words) + "."
    if sum(1 for ch in body if ch.isdigit()) >= 4:
        return  # four real digits and the letters between may well be a number; this is about the letters
    assert find_phones(body, ("SE", "NO", "DK")) == []
    assert re.sub(r"\s", "", body)
