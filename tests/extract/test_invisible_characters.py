"""Numbers and e-mail addresses with invisible characters (session 34, issue 14): a zero-width space, non-joiner or
joiner, a word joiner or a soft hyphen hides an address from a filter and hid it from the reader; inside a number they
were read as separators, so a foreign number lost the grouping it was written in. Synthetic text only; every number
and address is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.contacts import find_emails
from kartlegg.extract.phones import find_phones
from kartlegg.extract.text import INVISIBLE


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kontakt: 070-123 45 67 / lina\u200b@\u200bhotmail\u200b.com", ["lina@hotmail.com"]),
        ("Skriv til meg: nora\u200c.berg\u200c@\u200cgmail\u200c.com takk", ["nora.berg@gmail.com"]),
        ("Mail: sofie\u2060@\u2060outlook\u2060.dk – svarer hurtigt", ["sofie@outlook.dk"]),
        ("Email me: amber\u00ad_x@\u00adyahoo\u00ad.co\u00ad.uk", ["amber_x@yahoo.co.uk"]),
        ("Mejla anna\u200d(at)\u200dgmail\u200d.com", ["anna@gmail.com"]),
    ],
)
def test_an_address_with_invisible_characters_is_read(body: str, expected: list[str]) -> None:
    assert extract_ad(body=body, region="SE").values("email") == expected


def test_the_span_points_at_the_address_as_written() -> None:
    body = "Hej\u200b! Mail: lina\u200b@\u200bhotmail\u200b.com."
    (hit,) = find_emails(body)
    assert body[hit.start : hit.end] == "lina\u200b@\u200bhotmail\u200b.com"


@settings(max_examples=60, deadline=None)
@given(
    local=st.from_regex(r"[a-z][a-z0-9]{1,10}", fullmatch=True),
    host=st.from_regex(r"[a-z]{3,10}", fullmatch=True),
    tld=st.sampled_from(["se", "no", "dk", "com"]),
    mark=st.sampled_from(list(INVISIBLE)),
)
def test_any_invisible_character_around_the_punctuation_leaves_the_address(
    local: str, host: str, tld: str, mark: str
) -> None:
    body = f"Kontakt: {local}{mark}@{mark}{host}{mark}.{mark}{tld} "
    hits = find_emails(body)
    assert [h.value for h in hits] == [f"{local}@{host}.{tld}"]
    assert body[hits[0].start : hits[0].end].replace(mark, "") == f"{local}@{host}.{tld}"


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # a Polish mobile in its own grouping, no longer cut into a Norwegian number and a "1"
        ("Kontakt: 5\u200b1\u20603 90\u20605 2\u20607\u00ad4 / x", "NO", "+48513905274"),
        # a Nigerian mobile in its own grouping in a Swedish ad
        ("Kontakt: 0\u206080\u200c3 4\u200b12\u200c 5\u200c608", "SE", "+2348034125608"),
        # a Norwegian number stays one
        ("Tlf: 9\u200b2\u200b 41\u2060 37\u00ad 6\u20608", "NO", "+4792413768"),
    ],
)
def test_a_number_with_invisible_characters_keeps_its_grouping(body: str, region: str, expected: str) -> None:
    assert extract_ad(body=body, region=region).values("phone") == [expected]


def test_a_phone_span_points_at_the_number_as_written() -> None:
    body = "Hej\u200b! Tlf: 9\u200b2\u200b 41\u2060 37\u00ad 68\u200b."
    (hit,) = find_phones(body, ("NO",))
    assert body[hit.start : hit.end] == "9\u200b2\u200b 41\u2060 37\u00ad 68"
