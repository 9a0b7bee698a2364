"""A scraper's CSV dump as an ad, read column by column (issue 14, session 34): ids, unix times, coordinates, prices
and ages are never phones, digits are never joined across a field separator, the phone column is read as a
spreadsheet leaves it (a float's ".0", no "+", a lost leading zero) in the row's country, a row with an unquoted comma
is matched to its columns from both ends, and prose with commas is no dump. Synthetic rows, invented numbers."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.csvdump import read_csv, tab_cells
from kartlegg.extract.furniture import SiteStats, judge
from kartlegg.extract.structured import column_phone, field_class, stored_digits

HEADER_A = "id,scraped_at,src,phone,title,text,city,age,price,email,img_ocr,lat,lon"
HEADER_B = "src,id,city,title,age,text,email,phone,img_ocr,pris_sek,lat,lon,skrapad"


def phones(body: str, city: str | None = None) -> list[str]:
    return sorted(extract_ad(body=body, site="dumpsite.io", city=city).values("phone"))


def emails(body: str) -> list[str]:
    return sorted(extract_ad(body=body, site="dumpsite.io").values("email"))


def test_column_words_in_four_languages() -> None:
    assert field_class("telefon") == field_class("tlf") == field_class("Mobil") == "phone"
    assert field_class("scraped_at") == field_class("skrapad") == "time"
    assert field_class("annons_id") == field_class("annonce-id") == "id"
    assert field_class("price_nok") == field_class("pris") == "price"
    assert field_class("lat") == field_class("Longitude") == "geo"
    assert field_class("img_ocr") == "text"  # "img" is an image link, the OCR of it is text
    assert field_class("whatever_column") == "text"  # a name no list knows is read


def test_furniture_columns_are_never_phones() -> None:
    body = f"{HEADER_A}\n48213957,1785123456,nattside.no,,Mira 24,Ny i byen!,Bergen,24,1500,,,60.39299,5.32415"
    assert phones(body) == []


def test_the_phone_column_as_a_spreadsheet_leaves_it() -> None:
    row = "913572,1785123456,nattside.no,{},Mira 24,Hei,{},24,1500,,,59.91000,10.75000"
    assert phones(f"{HEADER_A}\n" + row.format("4791357246.0", "Oslo")) == ["+4791357246"]
    assert phones(f"{HEADER_A}\n" + row.format("4791357246", "Oslo")) == ["+4791357246"]
    assert phones(f"{HEADER_A}\n" + row.format("46731234508.0", "Oslo")) == ["+46731234508"]
    # the leading zero a spreadsheet drops: Sweden's 073-123 45 08 in a Swedish row
    assert phones(f"{HEADER_A}\n" + row.format("731234508", "Göteborg")) == ["+46731234508"]
    # a Norwegian number in a Norwegian row, as written
    assert phones(f"{HEADER_A}\n" + row.format("91357246", "Trondheim")) == ["+4791357246"]


def test_column_phone_tries_the_rows_countries_in_order() -> None:
    assert column_phone("731234508", ("SE", "NO", "DK")) == ("+46731234508", "national")
    assert column_phone("91357246", ("NO", "SE", "DK")) == ("+4791357246", "national")
    assert column_phone("4531785420.0", ("SE", "NO", "DK")) == ("+4531785420", "international")
    assert column_phone("123456", ("SE",)) is None


def test_a_written_phone_column_and_the_ocr_column_are_read_apart() -> None:
    body = (
        f"{HEADER_B}\n"
        'nattside.no,7730121,Drammen,Lina 22,22,"Ny i Drammen! Svarer mellom 10 og 22.",,45 12 86 30,'
        "RING +47 93 46 12 80,2000,59.74390,10.20450,1785123456"
    )
    assert phones(body) == ["+4745128630", "+4793461280"]


def test_digits_are_never_joined_across_columns() -> None:
    # the text ends in a date, the phone column opens with a "+": two fields, not one number
    body = f'{HEADER_B}\nnattside.no,7730121,Oslo,Dao 19,19,"Neste stopp: Bergen fra 21.11.",,+47 41 26 83 90,,1500,,,1'
    assert phones(body) == ["+4741268390"]


def test_an_unquoted_comma_is_matched_from_both_ends() -> None:
    # "Hej, Lili her (25)" unquoted: one field more than the header; the text column takes it, the numeric columns
    # keep theirs (the price is no phone, the e-mail column is read)
    body = (
        f"{HEADER_A}\n"
        "20507033,1794223533,nattside.dk,+45 27 31 40 58,Lili 25,Hej, Lili her (25). Skriv på WhatsApp.,"
        "Aarhus,25,1000,lili.dk@example.com,,56.15000,10.20000"
    )
    assert phones(body) == ["+4527314058"]
    assert emails(body) == ["lili.dk@example.com"]
    r = read_csv(body)
    assert r is not None and "1000" not in r.text and "1794223533" not in r.text


def test_spans_point_into_the_raw_text() -> None:
    body = f"{HEADER_A}\n913572,1785123456,nattside.no,4791357246.0,Mira 24,Hei,Oslo,24,1500,mira@example.no,,59.9,10.7"
    ex = extract_ad(body=body, site="dumpsite.io")
    for m in ex.matches:
        assert body[m.start : m.end] == m.raw
    assert [m.raw for m in ex.matches if m.kind == "phone"] == ["4791357246.0"]


def test_prose_with_commas_is_no_dump() -> None:
    prose = "Hei, jeg er Mira, 24, ny i Oslo, ring meg\n913 57 246"
    assert read_csv(prose) is None
    assert read_csv("Pris, tid, sted, alt avtales\nRing 913 57 246") is None  # no column words
    assert phones(prose) == ["+4791357246"]


_ID = st.integers(min_value=10**5, max_value=10**10 - 1)
_TIME = st.integers(min_value=1_700_000_000, max_value=1_899_999_999)
_COORD = st.floats(min_value=54.0, max_value=70.0).map(lambda f: f"{f:.5f}")
_PRICE = st.integers(min_value=500, max_value=9999)
_MOBILE = st.integers(min_value=0, max_value=999_999).map(lambda n: f"9{n:06d}1")  # a Norwegian mobile, 8 digits


@settings(max_examples=60, deadline=None)
@given(_ID, _TIME, _COORD, _COORD, _PRICE, _MOBILE, st.booleans())
def test_id_time_geo_price_columns_never_become_phones_and_the_phone_column_does(
    rid: int, ts: int, lat: str, lon: str, price: int, mobile: str, with_phone: bool
) -> None:
    phone = mobile if with_phone else ""
    body = f"{HEADER_A}\n{rid},{ts},nattside.no,{phone},Mira 24,Hei!,Oslo,24,{price},,,{lat},{lon}"
    assert phones(body) == (["+47" + mobile] if with_phone else [])


def test_the_age_column_is_the_stated_age_and_no_digit_of_a_number() -> None:
    body = f"{HEADER_B}\nnattside.no,7730121,Malmö,Lina,17,Ny i stan!,,0731234508,,1500,55.6,13.0,1785123456"
    ex = extract_ad(body=body, site="dumpsite.io")
    assert ex.values("age") == ["17"]
    assert ex.values("phone") == ["+46731234508"]
    # a recruitment row's "0" and a weight column are no age
    body = "id,vikt,ålder,telefon\n4471,58,0,0731234508"
    assert extract_ad(body=body, site="dumpsite.io").values("age") == []


def test_the_rows_country_reads_a_lost_zero_before_a_neighbours_mobile() -> None:
    # "40646573" in a Västerås row: Malmö's 040-64 65 73 without its zero, though it is also a Norwegian mobile
    body = f"{HEADER_A}\n5529307,1789920728,nattside.se,40646573,Mia 32,Hej!,Västerås,32,1200,,,59.6,16.5"
    assert phones(body) == ["+4640646573"]
    # no country named anywhere: the mobile reading
    assert column_phone("40646573", ("SE", "NO", "DK"), hinted=False) == ("+4740646573", "national")


# A spreadsheet flattened to text (session 39): a title line and a row of cell references before the header, tabs
# between cells, the age cell just before the phone cell, numbers as the sheet stored them, wrapped cells, a footer.
SHEET_HEADERS = {
    "sv": "Datum\tStad\tNamn\tÅlder\tTel\tE-post\tKälla\tAnteckning",
    "no": "Dato\tBy\tNavn\tAlder\tTlf\tE-post\tKilde\tNotat",
    "da": "Dato\tBy\tNavn\tAlder\tTelefon\tMail\tKilde\tNote",
    "en": "Date\tCity\tName\tAge\tPhone\tEmail\tSource\tNote",
}


def sheet(lang: str, city: str, age: str, phone: str, email: str = "", footer: str = "Last edited by: vol3") -> str:
    refs = "\t".join(f"{c}214" for c in "ABCDEFGH")
    row = f'46023\t{city}\tMira\t{age}\t{phone}\t{email}\ttips 4193715\t"Hei!"'
    return f"[Ark1] rad 214\n{refs}\n{SHEET_HEADERS[lang]}\n{row}\n{footer} · 01.01.2026 03:02"


def test_a_flattened_sheet_never_glues_the_age_cell_to_the_phone_cell() -> None:
    assert phones(sheet("en", "København", "35", "+47 46 41 57 92")) == ["+4746415792"]
    assert phones(sheet("da", "Vejle", "36", "49 82 27 58")) == ["+4549822758"]
    assert phones(sheet("no", "Bergen", "38", "98 41 48 38")) == ["+4798414838"]
    assert phones(sheet("sv", "Helsingborg", "18+", "0703925340")) == ["+46703925340"]
    r = read_csv(sheet("sv", "Malmö", "26", "0732218796"))
    assert r is not None and "46023" not in r.text and "A214" not in r.text and "4193715" not in r.text


def test_a_number_the_sheet_stored_as_a_number_is_read_in_the_rows_country() -> None:
    # the trunk zero gone and thousands grouped: Sweden's 072-234 04 64 in a Sundsvall row
    assert phones(sheet("sv", "Sundsvall", "26", "722 340 464")) == ["+46722340464"]
    assert phones(sheet("no", "Stavanger", "31", "47 471 659")) == ["+4747471659"]
    # two numbers in the cell, one stored, one written
    assert phones(sheet("en", "Göteborg", "33", "702 355 213 / +4796867319")) == ["+46702355213", "+4796867319"]


def test_a_wrapped_phone_cell_is_one_number() -> None:
    assert phones(sheet("en", "Trondheim", "22", "93 68\n64 80")) == ["+4793686480"]
    assert phones(sheet("sv", "Malmö", "28", "072 035\n70 72")) == ["+46720357072"]
    # wrapped twice: two numbers, each cut by a line break
    assert phones(sheet("sv", "Sundsvall", "28", "070 084\n13 04 / 070 382\n78 18")) == [
        "+46700841304",
        "+46703827818",
    ]


def test_a_footer_line_is_prose_not_the_first_column() -> None:
    body = sheet("no", "Oslo", "24", "", footer="Kontakt: 91 35 72 46")
    assert phones(body) == ["+4791357246"]


def test_stored_digits_shapes() -> None:
    assert stored_digits("722 340 464") == "722340464"
    assert stored_digits("4,791,357,246") == "4791357246"
    assert stored_digits("46701234567.0") == "46701234567"
    assert stored_digits("93 68\n64 80") == "93686480"
    assert stored_digits("93 68") is None  # one pair is no number
    assert stored_digits("49 82 27 58") is None  # pairs: written, read by the scanner
    assert stored_digits("+47 46 41 57 92") is None
    assert stored_digits("fire ni seks") is None


_AGE = st.integers(min_value=18, max_value=59)
_NO_MOBILE = st.integers(min_value=0, max_value=9_999_999).map(lambda n: f"46{n % 10**6:06d}" if n % 2 else f"9{n:07d}")
_SE_MOBILE = st.integers(min_value=0, max_value=9_999_999).map(lambda n: f"70{n:07d}")


@settings(max_examples=40, deadline=None)
@given(
    _AGE, _NO_MOBILE, st.sampled_from(["compact", "pairs", "grouped", "wrapped"]), st.sampled_from(list(SHEET_HEADERS))
)
def test_any_age_before_any_norwegian_phone_cell(age: int, mobile: str, style: str, lang: str) -> None:
    written = {
        "compact": mobile,
        "pairs": " ".join(mobile[i : i + 2] for i in range(0, 8, 2)),
        "grouped": f"{mobile[:2]} {mobile[2:5]} {mobile[5:]}",
        "wrapped": f"{mobile[:2]} {mobile[2:4]}\n{mobile[4:6]} {mobile[6:]}",
    }[style]
    assert phones(sheet(lang, "Bergen", str(age), written)) == ["+47" + mobile]


@settings(max_examples=30, deadline=None)
@given(_AGE, _SE_MOBILE)
def test_any_swedish_number_stored_without_its_zero(age: int, mobile: str) -> None:
    grouped = f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}"
    assert phones(sheet("sv", "Uppsala", str(age), grouped)) == ["+46" + mobile]


def test_a_tab_is_a_cell_boundary_with_no_header_too() -> None:
    # a row pasted from a table, no header: the age cell is no digit of the number after it
    assert phones("Lina\t35\t+47 46 41 57 92\tBergen") == ["+4746415792"]
    assert phones("Mira\t26\t98 41 48 38\tTrondheim") == ["+4798414838"]
    assert phones("Sofia\t24\t0731 23 45 08\tMalmö") == ["+46731234508"]
    assert phones("Freja\t29\t(+45) 27 31 40 58\tAarhus") == ["+4527314058"]
    # a label before a tab is no cell of digits: the number after it is read as before
    assert phones("Tel:\t0701 23 45 67") == ["+46701234567"]
    assert tab_cells("Ny i byen\tring meg") is None
    assert tab_cells("26\t722") == "26=722"


@settings(max_examples=40, deadline=None)
@given(_AGE, _NO_MOBILE, st.sampled_from(["\t", "\t\t", " \t"]))
def test_no_number_crosses_a_tab(age: int, mobile: str, tab: str) -> None:
    pairs = " ".join(mobile[i : i + 2] for i in range(0, 8, 2))
    assert phones(f"Mira{tab}{age}{tab}{pairs}{tab}Bergen") == ["+47" + mobile]


def test_a_sites_rows_never_make_the_phone_cell_an_id_slot() -> None:
    # every row prints a source id in the cell after the phone cell ("annons 4193715"): a site's stream sees the
    # same words after a different number on each ad, but the column's name labels the number as a contact
    rng = random.Random(39)
    stats = SiteStats("sheet")
    extracted = []
    for i in range(120):
        p = f"9{rng.randint(0, 9_999_999):07d}"
        written = rng.choice([p, "+47" + p, f"{p[:2]} {p[2:4]} {p[4:6]} {p[6:]}"])
        body = sheet("no", "Bergen", str(rng.randint(18, 45)), written).replace("tips 4193715", f"annons {i}7351")
        ex = extract_ad(body=body, site="sheet", ad_key=f"k{i}", judge_furniture=False)
        stats.add(f"k{i}", ex, {"body": body})
        extracted.append((ex, body, p))
    model = stats.model()
    for ex, body, p in extracted:
        judged = judge(ex, {"body": body}, model=model)
        assert judged.values("phone") == ["+47" + p]
