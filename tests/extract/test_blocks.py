"""Structured blocks found anywhere in a page (issue 14, session 35): a contact card between a page's header and
footer (vCard 2.1 with a quoted-printable NOTE, vCard 4.0 with folded lines, UID, GEO, REV), a Markdown or MediaWiki
price table and an infobox are read by their format while the prose around them stays prose; ids by their shape (a
UUID, hex groups, a basic ISO timestamp) are never phones. Invented pages and numbers only."""

from __future__ import annotations

import quopri

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.blocks import read_blocks, shaped_ids
from kartlegg.extract.formats import read_format


def found(body: str, site: str = "kortkatalog.example") -> tuple[list[str], list[str]]:
    ex = extract_ad(body=body, site=site)
    for m in ex.matches:
        assert body[m.start : m.end] == m.raw  # every span points at the raw text as written
    return sorted(ex.values("phone")), sorted(ex.values("email"))


def qp(text: str, width: int = 60) -> str:
    """``text`` as a vCard 2.1 quoted-printable value with soft breaks every ``width`` characters."""
    encoded = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")
    lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
    # a soft break never splits an escape: move a cut "=X" to the next line
    fixed: list[str] = []
    carry = ""
    for line in lines:
        line = carry + line
        cut = line.rfind("=", max(0, len(line) - 2))
        carry, line = (line[cut:], line[:cut]) if cut >= 0 else ("", line)
        fixed.append(line)
    if carry:
        fixed.append(carry)
    return "=\n".join(fixed)


def page_v21(note: str, tel: str = "+45 27 31 40 58", width: int = 60) -> str:
    return "\n".join(
        [
            "Kortkatalog.example › Aarhus › Kort nr. 50412",
            "Hent kontaktkort (.vcf) – hentet 812 gange",
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N:;Mira;;;",
            "FN:Mira",
            *([f"TEL;CELL;VOICE:{tel}"] if tel else []),
            "ADR;WORK:;;Vestergade 12;Aarhus;;8000;Danmark",
            f"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{qp(note, width)}",
            "REV:20260511T084251Z",
            "END:VCARD",
            "Kortkatalog ApS · kundeservice@kortkatalog.example",
        ]
    )


def fold75(line: str) -> str:
    """A vCard 4.0 line folded at 75 characters (a line break and one blank)."""
    out = [line[:75]]
    rest = line[75:]
    while rest:
        out.append(" " + rest[:74])
        rest = rest[74:]
    return "\n".join(out)


def page_v40(note: str, uid: str = "1b99dc5f-b1e1-407c-2d05-a27c271f5ed9") -> str:
    return "\n".join(
        [
            "kortkatalog.example/kort · Göteborg · #50733",
            "2291 downloads",
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Saga",
            "ADR;TYPE=work:;;Kungsgatan 40;Göteborg;;411 19;SE",
            "GEO:geo:57.7065,11.9670",
            fold75(f"NOTE:{note}"),
            f"UID:urn:uuid:{uid}",
            "REV:20260718T073059Z",
            "END:VCARD",
            "© Kortkatalog · hjaelp@kortkatalog.example",
        ]
    )


def test_a_v21_card_inside_a_page_reads_its_tel_and_its_decoded_note() -> None:
    body = page_v21("Sød og diskret pige, ring gerne før kl. 22. Mobil: 61 48 27 93")
    assert found(body)[0] == ["+4527314058", "+4561482793"]


@pytest.mark.parametrize("width", [20, 23, 31, 47])
def test_a_soft_break_anywhere_in_a_number_is_joined(width: int) -> None:
    body = page_v21("Jeg kommer fra Norge. Sms/ring: +47 48 60 53 11", tel="", width=width)
    assert found(body)[0] == ["+4748605311"], body


def test_the_reading_of_a_decoded_card_keeps_the_fields_length() -> None:
    body = page_v21("Æ ø å – én time før 22, ring 61 48 27 93")
    r = read_format(body)
    assert r is not None and r.kind == "blocks"
    assert len(r.text) == len(r.source) == len(body)
    assert "før" in r.source and "=C3" not in r.text


def test_a_v40_card_inside_a_page_times_uid_and_geo_are_no_phones() -> None:
    body = page_v40("Hej, jeg er Saga. Booking: +46 73 021 09 67 – kort varsel er fint, skriv først.")
    assert found(body)[0] == ["+46730210967"]


@pytest.mark.parametrize("pad", range(0, 40, 3))
def test_a_fold_through_a_number_in_a_v40_card(pad: int) -> None:
    note = "x" * pad + " I am Saga, call me on 070-123 45 67 any day"
    assert found(page_v40(note))[0] == ["+46701234567"]


def test_a_card_quoted_on_one_line_of_prose_stays_prose() -> None:
    body = "Hei! Mobile: BEGIN:VCARD TEL;TYPE=cell:+4746576834 END:VCARD (211 clicks)\nRing meg."
    assert read_format(body) is None
    assert found(body)[0] == ["+4746576834"]


MARKDOWN_NO = """# Lotus Massasje

| Felt | Verdi |
|---|---|
| Telefon | 41 61 76 07 |
| Adresse | Storgata 12, 0155 Oslo |
| Org.nr | 923 974 354 |

## Priser
| min | kr |
|---|---|
| 30 | 450 |
| 60 | 850 |
| 90 | 1250 |
"""

MARKDOWN_EN = """| Field | Value |
|---|---|
| Phone | +44 7700 900461 |
| Company number | 456 617 55 |

| Minutes | Price |
|:--|--:|
| 30 | 450 |
| 60 | 850 |
"""

MEDIAWIKI_SV = """{{Infobox klinik
| namn = Lotus Massage
| telefon = 070-123 45 67
| organisationsnummer = 559412-7730
}}
'''Lotus Massage''' är en thaimassageklinik i [[Malmö]].
{| class="wikitable"
! Behandling !! 30 min !! 60 min
|-
| Thaimassage || 450 || 850
|-
| style="text-align:right" | Oljemassage || 550 || 950
|}
"""

MEDIAWIKI_DA = """{{Infoboks klinik
| navn = Lotus Massage
| telefon = 27 31 40 58
| cvr = 43016395
}}
{| class="wikitable"
|+ Priser
! Behandling
! 30 min
! 60 min
|-
| Thaimassage
| 450
| 850
|}
"""


@pytest.mark.parametrize(
    ("body", "site", "phone"),
    [
        (MARKDOWN_NO, "wiki.example.no", "+4741617607"),
        (MARKDOWN_EN, "wiki.example.co.uk", "+447700900461"),
        (MEDIAWIKI_SV, "wiki.example.se", "+46701234567"),
        (MEDIAWIKI_DA, "wiki.example.dk", "+4527314058"),
    ],
)
def test_a_table_or_infobox_gives_its_phone_and_no_price_or_org_number(body: str, site: str, phone: str) -> None:
    assert found(body, site)[0] == [phone]


def test_a_price_table_keeps_its_prices() -> None:
    ex = extract_ad(body=MARKDOWN_NO, site="wiki.example.no")
    assert "+4745085012" not in ex.values("phone")
    r = read_blocks(MARKDOWN_NO)
    assert r is not None
    assert "450" in r.text and "850" in r.text and "923 974 354" not in r.text


def test_an_age_column_is_the_stated_age() -> None:
    body = "| Navn | Alder | Fra |\n|---|---|---|\n| Ploy | 22 | Thailand |\nRing 41 61 76 07"
    ex = extract_ad(body=body, site="wiki.example.no")
    assert ex.values("age") == ["22"]
    assert ex.values("phone") == ["+4741617607"]


HEX = "0123456789abcdef"


@st.composite
def uuids(draw: st.DrawFn) -> str:
    groups = [draw(st.text(HEX, min_size=k, max_size=k)) for k in (8, 4, 4, 4, 12)]
    joined = "-".join(groups)
    if not any(c in "abcdef" for c in joined):
        joined = "a" + joined[1:]
    return joined


@st.composite
def timestamps(draw: st.DrawFn) -> str:
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    clock = draw(st.integers(0, 235959))
    zulu = draw(st.booleans())
    return f"2026{month:02d}{day:02d}T{clock:06d}" + ("Z" if zulu else "")


PROSE = st.sampled_from(["ref", "id", "Kort", "Uppdaterad", "Last seen", "Sist endret", "urn:uuid:", "REV:"])


@settings(max_examples=60, deadline=None)
@given(uid=uuids(), stamp=timestamps(), word=PROSE, card=st.booleans())
def test_ids_by_their_shape_are_never_phones_while_a_number_beside_them_is(
    uid: str, stamp: str, word: str, card: bool
) -> None:
    prose = f"{word} {uid}\n{word} {stamp}\n"
    assert found(prose + "Hei, jeg er Mira.")[0] == []
    assert found(f"{prose}Ring meg på 913 57 246 · {stamp}", "kort.example.no")[0] == ["+4791357246"]
    if card:
        body = page_v40(f"Call me: 070-123 45 67 ({uid} {stamp})", uid=uid)
        assert found(body)[0] == ["+46701234567"]


def test_shaped_ids_leave_words_links_and_numbers() -> None:
    assert shaped_ids("Anna-Maria 070-123 45 67, 2026-07-18 kl 14") == []
    assert shaped_ids("https://kort.example/p/1b99dc5f-b1e1-407c-2d05-a27c271f5ed9") == []
    assert shaped_ids("id 1b99dc5f-b1e1 ok") == [(3, 16)]
    assert shaped_ids("REV:20260718T073059Z") == [(4, 20)]


@pytest.mark.parametrize(
    "name",
    ["IMG_20260305_143012.jpg", "PXL_20251224_0915331.jpg", "Screenshot_20260110-223941.png", "VID_20260201_2210.mp4"],
)
def test_a_camera_file_names_date_and_time_are_no_number(name: str) -> None:
    """A flyer or a photo page prints its picture's file name; the stamp's date (20260305) is a valid Danish or
    Norwegian number by its digits alone, and was read as hers beside her own number."""
    for body in (f"Ring 28 52 81 71\nFil: {name}\nFlyerarkivet", f'Ring 28 52 81 71 <img src="/p/{name}">'):
        got = {m.value for m in extract_ad(body=body, region="DK").matches if m.kind == "phone"}
        assert got == {"+4528528171"}


def test_a_date_that_is_no_file_stamp_is_read_as_written() -> None:
    # no time after the date, a date that is no calendar day, a number glued to a word: not a camera's stamp
    assert shaped_ids("ring 20260110 nu") == []
    assert shaped_ids("fil_20261340_223941") == []
    assert shaped_ids("tlf 41234567_1234") == []
    assert shaped_ids("IMG_20260110_223941.jpg") == [(4, 19)]
    assert shaped_ids("Screenshot_20260110-223941.png") == [(11, 26)]


CELL = st.integers(10, 9999).map(str)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(CELL, CELL), min_size=2, max_size=5), markdown=st.booleans())
def test_a_tables_cells_are_never_joined_across_a_border(rows: list[tuple[str, str]], markdown: bool) -> None:
    def table(cells: list[tuple[str, str]]) -> str:
        if markdown:
            return "| min | kr |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in cells)
        return '{| class="wikitable"\n! min !! kr\n' + "".join(f"|-\n| {a} || {b}\n" for a, b in cells) + "|}\n"

    assert found("Priser\n" + table(rows), "wiki.example.no")[0] == []
    one_cell = [(rows[0][0], "41 61 76 07"), *rows[1:]]
    assert found("Priser\n" + table(one_cell), "wiki.example.no")[0] == ["+4741617607"]
