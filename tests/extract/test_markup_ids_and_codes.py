"""A number's country only from what is written, ids a page's markup names, and percent-encoded addresses (issue 14,
session 40; the classes blind18 showed, written here as any site would write them):

- a tag or key that names its value an id (``<FITID>914653592603``, ``"listing_id": "…"``) is a label, as a printed
  "Transaktions-ID:" is: the 12 digits after it are no number with a country code and no "+";
- a number that is the whole name of a file in a URL (``/statements/…/914653592603.ofx``) is in an id position;
- a first pair that equals a country code ("46 02 35 42" in Oslo) is read as that code only when the digits are no
  number of the ad's country whole: no trunk 0 after a code written without "+", no weak words after the groups
  taken to make a foreign number;
- ``mailto:lina22%40snowbox.net``: a URL's percent-escapes of an address's punctuation are read as written.

Golden cases in the four languages and a property. Synthetic text only: other sites, names and numbers than the
corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import url_numbers
from kartlegg.extract.matches import Extraction


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def emails(ex: Extraction) -> list[str]:
    return sorted(ex.values("email"))


def one(body: str, url: str = "https://betalo.example/export/7", city: str | None = None) -> Extraction:
    return extract_ad(body=body, url=url, site="betalo", city=city)


# --- a tag or key that names an id ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "phone"),
    [
        # sv: an OFX statement's transaction id beside her Swedish number
        ("<STMTTRN><TRNTYPE>DEBIT<FITID>914653592603\n<MEMO>Hej, jag heter Mira. Ring: 070-123 45 67", "+46701234567"),
        # no: an XML export's account id
        ("<ACCTID>825174805603</ACCTID>\n<MEMO>Hei, jeg er Sara. Ring meg: 412 34 567</MEMO>", "+4741234567"),
        # da: a JSON key that ends in "Id"
        ('{"transferId": "302656109206", "note": "Hej, jeg er Ida. Ring: 22 33 44 55"}', "+4522334455"),
        # en: a snake-case key and a "+"-written number
        ('{"payment_ref": 625126412549, "memo": "Hi, I am Zoe. Call +44 7700 900123"}', "+447700900123"),
    ],
)
def test_an_id_a_tag_or_key_names_is_no_phone(body: str, phone: str) -> None:
    assert phones(one(body)) == [phone]


@pytest.mark.parametrize(
    "body",
    [
        "<TELEPHONE>4915784627939</TELEPHONE>",  # a tag that names a phone is no id label
        '{"phone": "4915784627939"}',
        '{"mobil": "4915784627939"}',
    ],
)
def test_a_tag_or_key_that_names_a_phone_keeps_it(body: str) -> None:
    assert phones(one(body)) == ["+4915784627939"]


def test_a_file_named_by_its_id_is_an_id_position() -> None:
    nums = url_numbers("https://betalo.example/statements/20516877587/914653592603.ofx")
    assert [(u.digits, u.strong) for u in nums] == [("20516877587", True), ("914653592603", True)]
    # a slug that carries her number stays a slug's closing number (weak), never an id
    slug = url_numbers("https://forum.example/anna-stockholm-46701234567.html")
    assert all(not u.strong for u in slug)


def test_a_statement_url_and_its_id_are_no_phone() -> None:
    url = "https://betalo.example/statements/20516877587/914653592603.ofx"
    body = "<FITID>914653592603\n<MEMO>Hei, jeg er Nora, Bergen. Ring: 90 12 34 56"
    assert phones(one(body, url=url)) == ["+4790123456"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=10, max_value=13).flatmap(
        lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n).filter(lambda s: s[0] != "0")
    ),
    st.sampled_from(["<FITID>", "<ACCTID>", "<REFID>", '"id": "', '"orderId": ', '"txn_ref": "']),
    st.sampled_from(["+49 1578 4627939", "+40 784 128 933", "+44 7700 900123", "+34 611 35 52 87"]),
)
def test_an_id_under_an_id_tag_never_becomes_a_phone(digits: str, tag: str, foreign: str) -> None:
    """Any 10-13 digit id under a tag or key that names an id is no phone, while a "+"-written foreign number on the
    next line is read."""
    ex = one(f"{tag}{digits}\nCall me: {foreign}")
    want = "+" + "".join(ch for ch in foreign if ch.isdigit())
    assert phones(ex) == [want]


# --- a first pair that equals a country code ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "city", "want"),
    [
        # no: a Norwegian mobile that opens with 46, with more digits on the next line
        ("Ring eller sms: (46) 02 35 42\n9 4 7 5 0 1 0 1\nHa en fin dag", "Oslo", ["+4746023542", "+4794750101"]),
        # no: weak words after the groups ("Ha en") are not digits of a foreign number
        ("Ring eller sms: 46 13 55 49\n  Ha en fin dag", "Kristiansand", ["+4746135549"]),
        # en: groups between emoji, then weak words
        ("Call or text: 47🌸40🌸42🌸82\nHa en nice day", "Bergen", ["+4747404282"]),
        # sv: a Swedish number written with its code and no "+" still reads as Swedish
        ("Ring: 46 70 123 45 67", "Stockholm", ["+46701234567"]),
        # da: a Danish number with its code and no "+"
        ("Ring: 45 22 33 44 55", "Odense", ["+4522334455"]),
    ],
)
def test_a_first_pair_is_a_code_only_when_the_whole_is_no_home_number(body: str, city: str, want: list[str]) -> None:
    assert phones(one(body, city=city)) == want


# --- percent-encoded addresses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Mejl: mailto:lina22%40snowbox.net", "lina22@snowbox.net"),  # sv
        ("E-post: mailto:kari%2Eholm%40epost.no", "kari.holm@epost.no"),  # no
        ('<a href="mailto:sofie_dk%40postboks.dk">Skriv til mig</a>', "sofie_dk@postboks.dk"),  # da
        ("Contact: https://contact.example/form?email=anna%40mailbox.org&x=1", "anna@mailbox.org"),  # en
    ],
)
def test_a_percent_encoded_address_is_read(body: str, address: str) -> None:
    assert emails(one(body)) == [address]


@pytest.mark.parametrize("body", ["Rabatt 50%40 kr", "100%2E", "Pris: 10%40%"])
def test_a_percent_sign_alone_makes_no_address(body: str) -> None:
    assert emails(one(body)) == []
