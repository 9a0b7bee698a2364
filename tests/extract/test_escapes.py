"""A quoted string's escapes in a log or record line are read as what they stand for (issue 14, session 41): logfmt,
a Python or Ruby repr, a JSON object inside a log line, an SQL dump. A number broken by a literal "\\n" is read whole,
a next stop on a line of its own is no city she is in; Markdown's backslashes, a string without a line break escape
and a text without quotes are left as written. Synthetic text and invented numbers only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import export_fields, extract_ad
from kartlegg.extract.escapes import may_hold, read_escapes


def phones(body: str, city: str | None = None) -> list[str]:
    return sorted(extract_ad(body=body, city=city, site="logs.example").values("phone"))


def first_city(body: str) -> str | None:
    cities = export_fields(extract_ad(body=body, site="logs.example"))["cities"]
    return str(cities[0]) if cities else None


LOGFMT = 'time=2026-11-02T02:05:00Z level=info msg="listing stored" id=343384 rev=8 text="{text}"'
PY_REPR = "INFO store {{'id': 343384, 'text': '{text}'}}"
JSON_IN_LOG = '2026-11-02 02:05:00 INFO payload={{"id": 343384, "text": "{text}"}} took=12ms'
SQL_DUMP = "INSERT INTO `annonser` VALUES (343384,'2026-11-02','{text}',1);"


# --- golden cases per language and line kind --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "text", "city", "want"),
    [
        (LOGFMT, "Hei Lina, 29 år\\nI Trondheim nå\\nRing: 412 34\\n567", "Trondheim", ["+4741234567"]),  # no
        (PY_REPR, "Hej Greta\\nNu i Uppsala\\nSms: 073 081\\n60 11\\nKram", "Uppsala", ["+46730816011"]),  # sv
        (JSON_IN_LOG, "Hej Lotta\\nEr i Aalborg\\nSend sms: 23 83 27\\n74", "Aalborg", ["+4523832774"]),  # da
        (SQL_DUMP, "Hi, I\\'m Tina\\r\\nIn Kolding\\r\\nText me: 46 34 62\\r\\n32", "Kolding", ["+4546346232"]),  # en
    ],
)
def test_a_number_broken_by_an_escaped_line_break_is_read_whole(
    form: str, text: str, city: str, want: list[str]
) -> None:
    assert phones(form.format(text=text), city) == want


@pytest.mark.parametrize(
    ("form", "text", "want"),
    [
        (LOGFMT, "Hei Lina\\nBesøker Trondheim noen dager\\nSnart i Bergen\\nRing: 412 34 567", "Trondheim"),  # no
        (PY_REPR, "Hej Greta\\nÄr i Uppsala den här veckan\\nNästa stopp: Göteborg", "Uppsala"),  # sv
        (JSON_IN_LOG, "Hej Lotta\\nBesøger Aalborg et par dage\\nSnart i København", "Aalborg"),  # da
        (SQL_DUMP, "Hi Tina\\nVisiting Kolding for a few days\\nNext stop: Odense", "Kolding"),  # en
    ],
)
def test_a_next_stop_on_an_escaped_line_is_no_city_she_is_in(form: str, text: str, want: str) -> None:
    assert first_city(form.format(text=text)) == want


# --- what is left alone -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Skriv til hedda\\_kiss47@yahoo.com eller ring \\+47 412 34 567",  # Markdown's escapes, no string
        'Sti: "C:\\Users\\mia" og ring 412 34 567',  # a string without a line break escape
        "Hei\\nRing meg",  # a line break escape outside any quoted string
    ],
)
def test_left_as_written(body: str) -> None:
    assert read_escapes(body) is None


def test_an_escaped_backslash_before_n_is_no_line_break() -> None:
    body = 'msg="dir C:\\\\new\\nRing 412 34 567"'
    got = read_escapes(body)
    assert got is not None and len(got) == len(body)
    assert got == 'msg="dir C: \\new \nRing 412 34 567"'


def test_the_gate_is_one_substring_search() -> None:
    assert not may_hold('time=2026 msg="listing stored" text="Hei Lina"')


# --- properties -----------------------------------------------------------------------------------------------------

LINE = st.text("abcdefghij 0123456789,.:", min_size=1, max_size=25).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(st.lists(LINE, min_size=2, max_size=6), st.sampled_from([LOGFMT, PY_REPR, JSON_IN_LOG, SQL_DUMP]))
def test_a_strings_lines_read_as_lines_in_place(lines: list[str], form: str) -> None:
    body = form.format(text="\\n".join(lines))
    got = read_escapes(body)
    assert got is not None and len(got) == len(body)
    assert " \n".join(lines) in got and got.count("\n") == len(lines) - 1
