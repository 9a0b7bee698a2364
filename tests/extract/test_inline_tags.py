"""A number cut by an inline element reads whole; a block element still ends it (issue 14, session 42).

A translation memory marks an inline placeholder inside a segment (TMX ``<ph x="1"/>``, XLIFF ``<ph id="1"/>``,
``<x/>``, ``<bx/>``), and an escort page hides its number from scrapers with empty or inline elements and comments
(``070<span>123</span>45 67``, ``<wbr>``, ``<!-- -->``). Block elements (``<br>``, ``<p>``, ``<div>``, ``<td>``,
``<li>``) end a line, and two numbers they part never glue. Synthetic text only; every number invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.markup import hidden_spans
from kartlegg.extract.phones import find_phones


def _phones(body: str, region: str) -> list[str]:
    return sorted(extract_ad(body=body, region=region).values("phone"))


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # TMX 1.4 and XLIFF 2.0 segments, the placeholder inside the number (sv, no, da, en)
        ('<seg>Ring mig: +46 70<ph x="1"/>4 12 38 77</seg>', "SE", ["+46704123877"]),
        ('<tuv xml:lang="nb-NO"><seg>Kun SMS: +47 4<ph x="1"/>7 482 702</seg></tuv>', "NO", ["+4747482702"]),
        ('<target>Ring til mig: 52 7<ph id="1"/>0 80 24</target>', "DK", ["+4552708024"]),
        ('<source>WhatsApp: +40 74 2<x id="1"/>8 44 965</source>', "NO", ["+40742844965"]),
        ('<source>Text only: 41 2<bx id="1"/>3 4<ex id="1"/>5 67</source>', "NO", ["+4741234567"]),
        # an escort page's anti-scraper markup: an empty span, a line-break chance, a comment
        ("Ring: 070<span>123</span>45 67", "SE", ["+46701234567"]),
        ('Ring meg: 412<span class="x"></span>34 567', "NO", ["+4741234567"]),
        ("Call me: 52 70<wbr>80 24", "DK", ["+4552708024"]),
        ("Ring til mig: 5270<!-- nr -->8024", "DK", ["+4552708024"]),
        ("Ring meg: 412 34<wbr/>567", "NO", ["+4741234567"]),
    ],
)
def test_a_number_cut_by_an_inline_element_reads_whole(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Ring meg: 412 34 567<br>911 22 333", "NO"),
        ("<p>Ring mig: 070 412 38 77</p><p>072 555 12 34</p>", "SE"),
        ("<td>52 70 80 24</td><td>61 41 23 00</td>", "DK"),
        ("<li>Call: 52 70 80 24</li><li>61 41 23 00</li>", "DK"),
    ],
)
def test_a_block_element_keeps_two_numbers_apart(body: str, region: str) -> None:
    assert len(_phones(body, region)) == 2


def test_a_placeholder_between_words_is_left_alone() -> None:
    assert hidden_spans('Hei <ph x="1"/> du', lambda d: False) == []


_TAGS = ['<ph x="1"/>', '<ph id="1"/>', "<x/>", "<span></span>", "<wbr>", "<wbr/>", "<!-- x -->", "<b></b>", "<i>"]


@settings(max_examples=60, deadline=None)
@given(
    rest=st.from_regex(r"[0-9]{7}", fullmatch=True),
    first=st.sampled_from("49"),
    cut=st.integers(min_value=1, max_value=7),
    tag=st.sampled_from(_TAGS),
    cue=st.sampled_from(["Tlf:", "Ring meg:", "Call me:", "Hennes nummer:"]),
)
def test_a_valid_number_cut_by_any_inline_tag_reads_whole(rest: str, first: str, cut: int, tag: str, cue: str) -> None:
    """A random valid Norwegian mobile cut anywhere by a random inline element reads as it does uncut."""
    digits = first + rest
    plain = f"{cue} {digits} takk"
    if [h.e164 for h in find_phones(plain, ("NO",))] != ["+47" + digits]:
        return
    marked = f"{cue} {digits[:cut]}{tag}{digits[cut:]} takk"
    assert [h.e164 for h in find_phones(marked, ("NO",))] == ["+47" + digits]
