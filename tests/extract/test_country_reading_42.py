"""The country of a number written without its code (issue 14, session 42): a disguised number (words, look-alike
letters, keycaps) is corrected by the code the stream writes it with, as plain digits are (``PhoneHit.hinted``,
``furniture._country_evidence``); a nationality word inside a business's name is no country tag for its Nordic line
(``foreign.in_name``); a sheet's number cell gets back the trunk 0 the spreadsheet dropped (``cells.digit_values``,
``api._zero_dropped``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad, foreign, implied
from kartlegg.extract.furniture import judge_window


def stream(items: list[tuple[str, str, str | None]]) -> list[list[str]]:
    """The phones each (site, body, city) gives when they are one stream's window."""
    window = []
    for i, (site, body, city) in enumerate(items):
        url = f"https://{site}/ad/{1000 + i}"
        ex = extract_ad(body=body, site=site, url=url, city=city, judge_furniture=False, export_only=True)
        window.append((str(i), site, {"title": "", "body": body, "url": url}, ex))
    judge_window(window, {}, True, implied.MailBook())
    return [ex.values("phone") for _k, _s, _f, ex in window]


def _phones(body: str, city: str | None = None, site: str = "ark.example.eu") -> list[str]:
    return sorted(extract_ad(body=body, city=city, site=site, url=f"https://{site}/a/1").values("phone"))


#: A Danish SIM's number spelled out in a Norwegian or Swedish ad, in sv/no/da/en words or look-alike letters.
DISGUISED = [
    ("Ring meg: tre åtte syv åtte åtte null åtte seks", "Tromsø"),  # no
    ("Ring mig: tre åtta sju åtta åtta noll åtta sex", "Stockholm"),  # sv
    ("Ring til mig: tre otte syv otte otte nul otte seks", "Bergen"),  # da
    ("Call me: three eight seven eight eight zero eight six", "Oslo"),  # en
    ("Ring meg: 3878 8O86", "Bergen"),  # a letter O for the zero
]


@pytest.mark.parametrize(("bare", "city"), DISGUISED)
def test_a_disguised_number_takes_the_code_the_stream_writes_it_with(bare: str, city: str) -> None:
    alone = stream([("b.example.no", bare, city)])[0]
    assert alone == ["+4738788086"]  # read alone: the ad's country
    got = stream([("a.example.dk", "Ring +45 38 78 80 86", "København"), ("b.example.no", bare, city)])
    assert got[1] == ["+4538788086"]


def test_a_disguised_number_spelled_with_its_code_keeps_it() -> None:
    spelled = "Ring meg: pluss fire syv tre åtte syv åtte åtte null åtte seks"
    got = stream([("a.example.dk", "Ring +45 38 78 80 86", "København"), ("b.example.no", spelled, "Oslo")])
    assert got[1] == ["+4738788086"]


_WORDS = {"no": "null en to tre fire fem seks syv åtte ni", "en": "zero one two three four five six seven eight nine"}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["40", "41", "42", "91", "92", "93"]),
    st.integers(min_value=123_456, max_value=987_654),
    st.sampled_from(sorted(_WORDS)),
)
def test_a_spelled_mobile_of_both_countries_follows_the_written_code(head: str, tail: int, lang: str) -> None:
    # a valid mobile of both Norway and Denmark, spelled in a Norwegian ad for Bergen on a Norwegian site, written
    # "+45 …" on a Danish site: deterministically the Danish reading (or nothing), never the Norwegian one
    digits = f"{head}{tail:06d}"
    words = _WORDS[lang].split()
    spelled = " ".join(words[int(d)] for d in digits)
    spaced = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    items = [("a.example.dk", f"Ring +45 {spaced}", "Aarhus"), ("b.example.no", f"Ring meg: {spelled}", "Bergen")]
    got = stream(items)
    assert got[0] == [f"+45{digits}"]
    assert got[1] in ([f"+45{digits}"], [])
    assert stream(items) == got


#: A clinic named for a cuisine or a country, its landline in the ad's city's national format, sv/no/da/en.
CLINICS = [
    ("Aurora Thai: 3365 1733", "København", "+4533651733"),  # da
    ("Tindra Thai: 224 474 31", "Bergen", "+4722447431"),  # no
    ("Lotus Thai: 08-612 34 56", "Stockholm", "+4686123456"),  # sv
    ("Bella Polska: 22 44 74 31", "Oslo", "+4722447431"),  # en page, a Polish-named salon
]


@pytest.mark.parametrize(("body", "city", "e164"), CLINICS)
def test_a_nationality_word_in_a_business_name_is_no_country_tag(body: str, city: str, e164: str) -> None:
    assert _phones(body, city) == [e164]


@pytest.mark.parametrize(
    ("body", "city", "e164"),
    [
        ("Thai: 081 234 5678", "København", "+66812345678"),  # a label alone still names the country
        ("Rumänien: 0745 123 456", "Stockholm", "+40745123456"),
        ("Lotus Thai: 081 234 5678", "København", "+66812345678"),  # no Danish number: the tag still reads it
    ],
)
def test_a_country_label_still_tags_a_number(body: str, city: str, e164: str) -> None:
    assert _phones(body, city) == [e164]


def test_in_name_is_a_capitalised_word_before_the_label() -> None:
    text = "Aurora Thai: 3365 1733"
    assert foreign.in_name(text, text.index("3"))
    text = "Ring. Thai: 3365 1733"
    assert not foreign.in_name(text, text.index("3"))
    text = "Thai: 3365 1733"
    assert not foreign.in_name(text, text.index("3"))


#: A sheet dumped cell by cell whose number cell lost the trunk 0 of a Swedish mobile (A1 and R1C1 styles).
SHEETS = [
    ("A1958: 46303\nB1958: Malmö\nC1958: Pia (19)\nD1958: 764361088\nH1958: 800", "Malmö", ["+46764361088"]),
    ("R6402C1\t46303\nR6402C2\tStockholm\nR6402C4\t737104717\nR6402C8\t1200", "Stockholm", ["+46737104717"]),
    ("A7: 46303\nB7: Göteborg\nC7: Lea (31)\nD7: 0702020074\nH7: 1500", "Göteborg", ["+46702020074"]),
    ("A12: 46303\nB12: Oslo\nC12: Mona (27)\nD12: 412345678\nH12: 1500", "Oslo", []),  # no trunk 0 in Norway
    ("A13: 46303\nB13: Uppsala\nC13: Ada (22)\nD13: 123456789\nH13: 1500", "Uppsala", []),  # no mobile with a 0
]


@pytest.mark.parametrize(("body", "city", "want"), SHEETS)
def test_a_number_cell_gets_back_its_trunk_zero(body: str, city: str, want: list[str]) -> None:
    assert _phones(body, city) == want
