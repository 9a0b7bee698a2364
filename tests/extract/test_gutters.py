"""A line-number gutter is no part of the line (issue 14, session 41): a paste site's " 6 | ", a code viewer's "12│",
``cat -n``'s and ``nl``'s tab, ``grep -n``'s "14:", a line-numbered document's two blanks. The counter never joins
the number on the line above, a number the page wrapped to its next line is read whole, and spans still point at the
raw text; a numbered list, a price list, rows of times and two numbered lines alone are no gutter. Synthetic text and
invented numbers only."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.gutters import may_hold, read_gutter


def phones(body: str, city: str | None = None) -> list[str]:
    return sorted(extract_ad(body=body, city=city, site="paste.example").values("phone"))


def guttered(lines: list[str], form: str = "{n:>2} | {line}", first: int = 1) -> str:
    """The lines under a gutter: ``form`` with the counter ``n`` and the ``line``."""
    return "\n".join(form.format(n=first + k, line=line).rstrip(" ") for k, line in enumerate(lines))


PASTE = "{n:>2} | {line}"  # a paste site
VIEWER = "{n}\u2502{line}"  # a code viewer copied from the browser
CAT_N = "{n:>6}\t{line}"  # cat -n, nl
GREP_N = "{n}:{line}"  # grep -n
DOCUMENT = "{n:<3} {line}"  # a line-numbered document: the counter, then two blanks or more


# --- golden cases per language and page kind --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "form", "city", "want"),
    [
        # no, a paste: a number wrapped to the next line across the gutter
        (
            ["Hei, jeg er Mia", "Besøker Bergen noen dager", "Ring meg: 924 51", "387", "Klem"],
            PASTE,
            "Bergen",
            ["+4792451387"],
        ),
        # sv, a code viewer: the cut falls inside a group
        (
            ["Hej, Ieva här", "Besöker Stockholm några dagar", "Endast sms: 070 419 69", "37"],
            VIEWER,
            "Stockholm",
            ["+46704196937"],
        ),
        # da, cat -n: the counter after a tab
        (
            ["Hej, Lotta her", "Besøger Aalborg et par dage", "Send sms: 23 83 27", "74", "Kys"],
            CAT_N,
            "Aalborg",
            ["+4523832774"],
        ),
        # en, grep -n
        (
            ["Hi, I'm Tina", "Living central Kolding", "Text me: 46 34 62", "32", "Kisses"],
            GREP_N,
            "Kolding",
            ["+4546346232"],
        ),
        # no, a line-numbered document
        (["Kontakt", "Oslo sentrum", "Telefon: 48 25", "38 25", "Slutt"], DOCUMENT, "Oslo", ["+4748253825"]),
    ],
)
def test_a_number_wrapped_across_a_gutter_is_read_whole(
    lines: list[str], form: str, city: str, want: list[str]
) -> None:
    assert phones("Lim inn · 0.21 KB\n" + guttered(lines, form) + "\nRAW | LAST NED", city) == want


@pytest.mark.parametrize(
    ("lines", "form", "city", "want"),
    [
        # en: an international number at a line's end, the next line's counter after it
        (
            ["Hey Amira", "Now in Västerås", "Call or text: 0046 705168621", "Write to me"],
            PASTE,
            "Västerås",
            ["+46705168621"],
        ),
        # da: an E.164 number, the counter of the next line glued on read as prose
        (["Hej Nok", "Er i Aalborg", "Kun sms: +4540274665", "Kys"], VIEWER, "Aalborg", ["+4540274665"]),
        # sv: two numbers on two lines, each its own
        (
            ["Hej", "Nu i Malmö", "Ring: 073 755 44 03", "Sms: 070 559 34 90"],
            CAT_N,
            "Malmö",
            ["+46705593490", "+46737554403"],
        ),
        # no: a counter past 9, a snippet that starts at line 118
        (["Hei", "I Trondheim nå", "Ring: 412 88 906", "Hilsen"], PASTE, "Trondheim", ["+4741288906"]),
    ],
)
def test_a_gutters_counter_is_no_digit_of_a_number(lines: list[str], form: str, city: str, want: list[str]) -> None:
    assert phones(guttered(lines, form, first=7 if form != PASTE else 118), city) == want


def test_a_blank_gutter_of_a_wrapped_line_belongs_to_the_block() -> None:
    body = " 4 | Hej, Greta här\n 5 | Nu i Uppsala\n 6 | Ring mig: 073 081 60\n   | 11\n 7 | Kram"
    assert phones(body, "Uppsala") == ["+46730816011"]


def test_spans_point_at_the_raw_text() -> None:
    body = "Lim inn\n" + guttered(["Hei", "Bergen", "Ring meg: 924 51", "387"])
    (m,) = [m for m in extract_ad(body=body, city="Bergen").matches if m.kind == "phone"]
    assert body[m.start : m.end] == "924 51\n 4 | 387" and m.raw == body[m.start : m.end]


# --- what is left alone -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Tjenester:\n1. Massasje\n2. Middag\n3. Overnatting",  # a numbered list: "." is no gutter's separator
        "Priser:\n30 min 1300\n60 min 2000\n90 min 2800",  # prices per line
        "Lediga tider:\n21:30  22:30\n22:30  23:30\n23:30  00:30",  # rows of times: ":" before a digit
        "Tider\n1 | ledig\n2 | ledig\nRing 48 25 38 25",  # two numbered lines alone
        "1 | a\n3 | b\n5 | c\n7 | d",  # counters that do not count up by one
    ],
)
def test_no_gutter(body: str) -> None:
    assert read_gutter(body) is None


def test_the_gate_passes_prose_at_one_search() -> None:
    assert not may_hold("Hei, jeg er Mia.\nRing 48 25 38 25\nKlem")


# --- properties -----------------------------------------------------------------------------------------------------

NO_MOBILE = (
    st.tuples(
        st.sampled_from(["40", "41", "45", "48", "90", "92", "95", "98"]), st.text("0123456789", min_size=6, max_size=6)
    )
    .map("".join)
    .filter(lambda n: phonenumbers.is_valid_number(phonenumbers.parse("+47" + n)))
)
LINE = st.text("abcdefghij ,.:", min_size=0, max_size=30).map(str.strip)


@settings(max_examples=40, deadline=None)
@given(st.lists(LINE, min_size=3, max_size=8), st.sampled_from([PASTE, VIEWER, CAT_N, GREP_N]), st.integers(1, 300))
def test_the_source_is_the_lines_without_their_gutters(lines: list[str], form: str, first: int) -> None:
    lines = [line or "x" for line in lines]
    body = guttered(lines, form, first) + "\nslutt"
    got = read_gutter(body)
    assert got is not None
    source, moves = got
    assert len(source) == len(body)
    assert source.startswith("\n".join(lines)) and source.endswith("\nslutt")
    assert source[len("\n".join(lines)) : -len("\nslutt")].strip(" ") == ""
    assert moves == tuple(sorted(moves))


@settings(max_examples=30, deadline=None)
@given(NO_MOBILE, st.integers(1, 7), st.sampled_from([PASTE, VIEWER, CAT_N, GREP_N]), st.integers(1, 90))
def test_a_gutter_changes_no_reading(number: str, cut: int, form: str, first: int) -> None:
    """A number cut anywhere over two lines is read under a gutter as it is read without one."""
    written = f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
    seen = 0
    at = 0
    while seen < cut:
        seen += written[at].isdigit()
        at += 1
    lines = ["Hei", "Bergen", f"Ring: {written[:at].rstrip()}", written[at:].lstrip(), "Klem"]
    assert phones(guttered(lines, form, first), "Bergen") == phones("\n".join(lines), "Bergen")
