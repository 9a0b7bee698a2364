"""A date after an id is a unit of its own (session 34, issue 14): a review site's "Medlem #56682 23.07.2026" read
the date as a Norwegian number, because a digit group before a date may be a number's tail. A group opened by "#"
or of five digits and more is no such tail. Synthetic text only; every number is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad


def phones(body: str, region: str) -> list[str]:
    return extract_ad(body=body, region=region).values("phone")


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Medlem #40917 23.07.2026: Trevlig tjej, kommer tillbaka. 1500 kr.", "NO"),
        ("Medlem #40917 2026-07-23 (träffade henne i Malmö): bra.", "DK"),
        ("Bruker #7731 24.06.2026: Hyggelig og ærlig.", "NO"),
        ("Anmeldelse nr 318842 23/7-26: Sød pige, kommer igen.", "DK"),
        ("Medlem #318842 23. juli 2026: Sød pige.", "DK"),
        ("Member #92 2026-06-24: Lovely, will see her again.", "DK"),
        ("Reviewer 552187 23.07.2026: Photos were old.", "NO"),
    ],
)
def test_a_review_date_after_a_member_id_is_no_phone(body: str, region: str) -> None:
    assert phones(body, region) == []


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        ("Medlem #40917 14.08.2026: ring henne på 073-615 42 08.", "SE", ["+46736154208"]),
        ("Bruker #7731 14.08.2026 · tlf 416 27 395", "NO", ["+4741627395"]),
        ("Tlf 0736154208 14.08.2026", "SE", ["+46736154208"]),
    ],
)
def test_a_number_beside_the_date_is_still_read(body: str, region: str, expected: list[str]) -> None:
    assert phones(body, region) == expected


_LABELS = ["Medlem", "Member", "Bruger", "Bruker", "Anmeldelse", "Recension", "Review"]


@st.composite
def _ids(draw: st.DrawFn) -> str:
    """A member id as review sites print it: opened by "#" (any length) or five or six digits (eight digits alone
    may be a Nordic number: such an id is read by its label or the site's furniture, not here)."""
    if draw(st.booleans()):
        return "#" + draw(st.from_regex(r"[1-9][0-9]{0,7}", fullmatch=True))
    return draw(st.from_regex(r"[1-9][0-9]{4,5}", fullmatch=True))


@st.composite
def _dates(draw: st.DrawFn) -> str:
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(2019, 2029))
    shape = draw(st.sampled_from(["dmy_dots", "iso", "dm_yy", "named"]))
    if shape == "dmy_dots":
        return f"{day:02d}.{month:02d}.{year}"
    if shape == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if shape == "dm_yy":
        return f"{day}/{month}-{year % 100:02d}"
    names = ["januar", "februar", "mars", "april", "maj", "juni", "juli", "august", "september", "oktober"]
    return f"{day}. {names[(month - 1) % len(names)]} {year}"


@settings(max_examples=80, deadline=None)
@given(
    label=st.sampled_from(_LABELS),
    member=_ids(),
    date=_dates(),
    second=st.sampled_from(["0", "2", "3", "6"]),
    rest=st.from_regex(r"[1-9][0-9]{6}", fullmatch=True),
)
def test_a_date_after_any_id_never_becomes_a_phone(label: str, member: str, date: str, second: str, rest: str) -> None:
    """Whatever the id and the date's shape, the date is read as no number, and a Swedish mobile written after it
    in the same review still is."""
    number = f"07{second}-{rest[:3]} {rest[3:5]} {rest[5:]}"
    body = f"{label} {member} {date}: Trevlig. Ring {number} innan."
    assert phones(body, "SE") == [f"+467{second}{rest}"]
