"""A list of quoted strings keeps each string's number apart, and a tour's day range is a date (issue 14, session 42).

A record kept as TOML, a YAML flow sequence, a Python or JavaScript literal lists a person's numbers as strings on one
line; the closing quote ends each number, so spaced digits or keycaps never run into the next string. A tour's
day–day/month range ("23–27/10", also JSON-escaped "23\\u201327/10") is a date, never a number with the words after
it. Synthetic text only; every number invented."""

from __future__ import annotations

import json

import pytest

from kartlegg.extract import extract_ad
from kartlegg.extract.strlists import may_hold, string_ends


def _phones(body: str, region: str) -> list[str]:
    return sorted(extract_ad(body=body, region=region).values("phone"))


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        (
            '[ad]\nid = 46007788\nphones = ["+46 703 12 4418", "4\ufe0f\u20e31\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e3'
            '4\ufe0f\u20e30\ufe0f\u20e33\ufe0f\u20e34\ufe0f\u20e3"]\ntitle = "Tara 28 – Oslo"',
            "NO",
            ["+46703124418", "+4741674034"],
        ),
        ('[ad]\nphones = ["+ 4 6 7 0 7 7 2 4 4 6 4", "2 7 5 5 3 1 0 5"]\ncity = "Esbjerg"', "DK",
         ["+4527553105", "+46707724464"]),
        ("annonse = {'telefon': ['4 1 2 3 4 5 6 7', '9 8 7 6 5 4 3 2'], 'by': 'Bergen'}", "NO",
         ["+4741234567", "+4798765432"]),
        ('telefoner: ["0 7 0 4 1 2 3 8 7 7", "0 7 2 5 5 5 1 2 3 4"]  # Malmö', "SE", ["+46704123877", "+46725551234"]),
    ],
)  # fmt: skip
def test_each_quoted_string_of_a_list_is_read_alone(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


def test_a_list_a_script_joins_stays_one_number() -> None:
    body = '<p>Ring meg</p><script>var t=["076655","78","22"].join("");document.write(t)</script>'
    assert string_ends(body) is None
    assert _phones(body, "SE") == ["+46766557822"]


def test_the_comma_between_two_strings_of_digits_becomes_a_stop() -> None:
    text = 'x = ["12 34", "56 78"]'
    out = string_ends(text)
    assert out is not None and len(out) == len(text) and out.count(",") == 0
    assert string_ends('names = ["Mia", "Ida"]') is None
    assert not may_hold("Ring 412 34 567, hilsen Mia")


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("I am in Odense 23–27/10 Nice to see you, I am Irina", "DK"),
        ("Jeg er i Stavanger 21–25/11 Hyggelig å se deg", "NO"),
        ("Jag är i Göteborg 23-25/11 Trevligt att se dig, jag är Lily", "SE"),
        ("Jeg er i Aarhus 24—26/11 Dejligt at se dig", "DK"),
        (json.dumps({"role": "user", "content": "I am in Malmö 23\u201327/11 Nice to see you"}), "SE"),
    ],
)
def test_a_tours_day_range_is_no_number(body: str, region: str) -> None:
    assert _phones(body, region) == []
