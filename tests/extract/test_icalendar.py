"""Raw iCalendar and vCard text as an ad, read property by property (issue 14, session 34): DTSTAMP/DTSTART/DTEND,
GEO, UID and URL are never contacts; SUMMARY, DESCRIPTION, LOCATION, ORGANIZER and TEL are read; a line folded at any
position (RFC 5545: a line break and one blank or tab) is read whole, also through a number or an e-mail, and every
span points at the raw text as written; a vCard line quoted inside prose leaves the prose a prose ad. Synthetic
events and invented numbers only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.icalendar import read_calendar, unfold


def event(description: str, organizer: str = "", crlf: bool = True) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Turnekalender//Feed 2.0//EN",
        "BEGIN:VEVENT",
        "UID:qx7r2k9d4411@turnekalender.example",
        "DTSTAMP:20260912T081530Z",
        "DTSTART;TZID=Europe/Oslo:20260914T120000",
        "DTEND;TZID=Europe/Oslo:20260916T220000",
        "SUMMARY:Mira (24) i Bergen",
        "LOCATION:Hotell Fjordlys\\, Strandkaien 64\\, 5013 Bergen",
        "GEO:60.3930;5.3240",
        f"DESCRIPTION:{description}",
        *([organizer] if organizer else []),
        "URL:https://turnekalender.example/p/mira-4471",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n" if crlf else "\n").join(lines)


def fold_at(text: str, line_start: str, cut: int, crlf: bool = True, tab: bool = False) -> str:
    """``text`` with the line that starts with ``line_start`` folded after ``cut`` characters."""
    i = text.index(line_start)
    j = i + cut
    return text[:j] + ("\r\n" if crlf else "\n") + ("\t" if tab else " ") + text[j:]


def contacts(body: str) -> tuple[list[str], list[str]]:
    ex = extract_ad(body=body, site="turnekalender.example")
    for m in ex.matches:
        assert body[m.start : m.end] == m.raw  # every span points at the raw text
    return sorted(ex.values("phone")), sorted(ex.values("email"))


def test_times_geo_uid_and_url_are_never_contacts() -> None:
    assert contacts(event("Hei\\, jeg er Mira. Ring meg!")) == ([], [])


def test_description_and_organizer_are_read() -> None:
    body = event(
        "Hej\\, Mira här.\\nBokning: 0731 24 56 08",
        "ORGANIZER;CN=Fjordlys Booking:mailto:booking@fjordlys.example",
    )
    assert contacts(body) == (["+46731245608"], ["booking@fjordlys.example"])


def test_danish_and_english_lines() -> None:
    assert contacts(event("Hej mænd\\, ring på 27 31 40 58")) == (["+4527314058"], [])
    assert contacts(event("Call me\\: +44 7700 900461")) == (["+447700900461"], [])


NUMBER_LINE = "DESCRIPTION:Ring +47 913 57 246 i dag"
MAIL_LINE = "ORGANIZER:mailto:mira.bergen@example.no"


@pytest.mark.parametrize("cut", range(len("DESCRIPTION:") + 1, len("DESCRIPTION:Ring +47 913 57 246")))
def test_a_fold_anywhere_in_a_number(cut: int) -> None:
    for crlf in (True, False):
        body = fold_at(event("Ring +47 913 57 246 i dag"), NUMBER_LINE, cut, crlf=crlf, tab=cut % 2 == 0)
        assert contacts(body)[0] == ["+4791357246"], body


@pytest.mark.parametrize("cut", range(len("ORGANIZER:mailto:") + 1, len(MAIL_LINE)))
def test_a_fold_anywhere_in_an_email(cut: int) -> None:
    body = fold_at(event("Hei!", MAIL_LINE), MAIL_LINE, cut)
    assert contacts(body)[1] == ["mira.bergen@example.no"], body


def test_unfold_keeps_the_length_and_maps_back() -> None:
    raw = "DESCRIPTION:abc\r\n def\r\n\tghi\r\nEND:VEVENT\r\n"
    source, moves = unfold(raw)
    assert len(source) == len(raw)
    assert source.startswith("DESCRIPTION:abcdefghi")
    assert moves[1] == (len("DESCRIPTION:abc"), len("DESCRIPTION:abc\r\n "))


def test_an_escaped_comma_between_numbers_joins_nothing() -> None:
    # "Strandkaien 64\\, 5013 Bergen": a street number and a postcode, not one number
    r = read_calendar(event("Hei!"))
    assert r is not None
    assert "5013 Bergen" in r.text and "20260914" not in r.text and "60.3930" not in r.text
    assert contacts(event("Hei!"))[0] == []


def test_a_vcard() -> None:
    card = "BEGIN:VCARD\nVERSION:4.0\nFN:Mira\nTEL;TYPE=cell:+47 913 57 246\nREV:20260912T081530Z\nEND:VCARD"
    assert contacts(card) == (["+4791357246"], [])


def test_a_card_quoted_in_prose_is_no_calendar() -> None:
    prose = "Mira 24 | Bergen\nMobil: BEGIN:VCARD TEL;TYPE=cell:+4791357246 END:VCARD (1857 klikk)"
    assert read_calendar(prose) is None
    assert contacts(prose)[0] == ["+4791357246"]


_STAMP = st.datetimes().map(lambda d: d.strftime("%Y%m%dT%H%M%SZ"))
_GEO = st.tuples(st.floats(54, 70), st.floats(4, 30)).map(lambda p: f"{p[0]:.4f};{p[1]:.4f}")


@settings(max_examples=60, deadline=None)
@given(_STAMP, _STAMP, _GEO, st.integers(0, 999_999), st.booleans())
def test_timestamps_and_geo_never_become_phones(stamp: str, start: str, geo: str, n: int, with_phone: bool) -> None:
    mobile = f"9{n:06d}4"
    text = f"Ring {mobile[:3]} {mobile[3:5]} {mobile[5:]}" if with_phone else "Hei!"
    body = (
        f"BEGIN:VEVENT\r\nUID:{n}@kal.example\r\nDTSTAMP:{stamp}\r\nDTSTART:{start}\r\nGEO:{geo}\r\n"
        f"DESCRIPTION:{text}\r\nEND:VEVENT"
    )
    assert contacts(body)[0] == (["+47" + mobile] if with_phone else [])
