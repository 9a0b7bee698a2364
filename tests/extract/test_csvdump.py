"""A scraper's CSV dump as an ad, read column by column (issue 14, session 34): ids, unix times, coordinates, prices
and ages are never phones, digits are never joined across a field separator, the phone column is read as a
spreadsheet leaves it (a float's ".0", no "+", a lost leading zero) in the row's country, a row with an unquoted comma
is matched to its columns from both ends, and prose with commas is no dump. Synthetic rows, invented numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.csvdump import read_csv
from kartlegg.extract.structured import column_phone, field_class

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
