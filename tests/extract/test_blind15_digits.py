"""Digits that are not one number: the classes blind15 and the peers showed (issue 14, session 37), as golden cases in
the four languages and properties where the rule is general: a rating on the line after a number ("★ 3,9 (197
omdömen)") is no part of it, a latitude and longitude pair is no number, a decoded QR code's "SMSTO:" opens a
contact (never an id slot), and without a region a North American number is not read in part as a Nordic one.
Synthetic text only, in other words and numbers than the corpora."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import SiteStats, has_contact_cue, judge
from kartlegg.extract.numbering import valid_number

from .nordic_ads import DK, NO, SE


def phones(body: str, region: str | None = None, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, region=region, **kw).values("phone"))


# --- a rating on the line after the number -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Kontakt: 08-517 29 40\n★ 4,1 (88 omdömen)", SE, ["+4685172940"]),
        ("Boka: +46 73 512 88 40\n★ 5,0", SE, ["+46735128840"]),
        ("Ring meg: 412 98 301\n⭐ 4,6 (31 vurderinger)", NO, ["+4741298301"]),
        ("Tlf. 28 14 63 95\n☆ 3,8 (54 anmeldelser)", DK, ["+4528146395"]),
        ("Call tel:+46735128840\n4.7/5 (120 reviews)", SE, ["+46735128840"]),
        ("Kontakt: 08-517 29 40\n3,9 (197 omdömen)", SE, ["+4685172940"]),
    ],
)
def test_a_rating_on_the_next_line_is_no_part_of_the_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # a number split over lines keeps its rest, and a symbol between groups on one line is no field
        ("Ring: 070 123\n45 67", SE, ["+46701234567"]),
        ("Ring: 070 💋 123 45 67", SE, ["+46701234567"]),
        ("Tlf: 412 34\n567", NO, ["+4741234567"]),
        # a dotted number broken over lines: "4.9 6" goes on with a group, it is no decimal
        ("Text me on +4 7.9 3. 71 .8\n2.6 4\nPosted today", NO, ["+4793718264"]),
    ],
)
def test_a_number_split_over_lines_or_by_a_symbol_is_still_one(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=10_000_000, max_value=99_999_999),
    st.sampled_from(["★", "⭐", "☆", "♥"]),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=1, max_value=999),
)
def test_no_digit_after_a_line_and_a_symbol_joins_a_number(
    nsn: int, sign: str, whole: int, tenth: int, reviews: int
) -> None:
    """Whatever a Swedish mobile's last digits, the rating after it is never read into it."""
    number = f"070{nsn:08d}"[:10]
    body = f"Kontakt: {number[:3]}-{number[3:6]} {number[6:8]} {number[8:]}\n{sign} {whole},{tenth} ({reviews} omdömen)"
    got = phones(body, **SE)
    assert got == ["+46" + number[1:]], body


# --- a latitude and longitude ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("GPS 55.67594, 12.56553", DK, []),
        ("Posisjon: 59.91273, 10.74609\nRing 412 98 301", NO, ["+4741298301"]),
        ("Koordinater: 57.70887,11.97456 · sms 073-512 88 40", SE, ["+46735128840"]),
        ("Location 55.6761° N, 12.5683° E. Call 28 14 63 95", DK, ["+4528146395"]),
    ],
)
def test_a_latitude_and_longitude_are_no_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=54, max_value=70),
    st.integers(min_value=0, max_value=99999),
    st.integers(min_value=4, max_value=31),
    st.integers(min_value=0, max_value=99999),
    st.sampled_from([", ", ",", "; ", " / "]),
)
def test_no_coordinate_pair_is_read_as_a_phone(lat: int, lat_frac: int, lon: int, lon_frac: int, sep: str) -> None:
    body = f"GPS {lat}.{lat_frac:05d}{sep}{lon}.{lon_frac:05d}"
    assert phones(body) == [] and phones(body, **DK) == [], body


# --- a decoded QR code opens a contact ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "QR-kode afkodet: SMSTO:",  # da
        "QR-kode dekodet: SMSTO:",  # no
        "QR-kod avkodad: SMSTO:",  # sv
        "Decoded QR: MECARD:N:Mia;TEL:",  # en
        "QR: MMSTO:",
        "callto:",
    ],
)
def test_a_qr_scheme_is_a_contact_label(label: str) -> None:
    """A slot a contact label opens is never learned as an id slot (``furniture.SiteFurnitureCounter.model``)."""
    assert has_contact_cue(label)


# --- without a region, a North American number is not read in part ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        ("Call/text 305-928-4172 To set up a date", None, []),
        ("please text me nine seven three five one eight zero 4 73", None, []),
        ("Call/text 305-928-4172 To set up a date", "US", ["+13059284172"]),
        ("please text me nine seven three five one eight zero 4 73", "US", ["+19735180473"]),
        # Nordic numbers side by side are two numbers, whatever ten of their digits make
        ("Kontakt: fire-seks-tre-to-en-seks-seks-åtte / 97 56 53 09", None, ["+4746321668", "+4797565309"]),
        ("Telefon: 502 seks 43 fire 6  +84 986 655 327", "DK", ["+4550264346", "+84986655327"]),
        ("Ring: 412 98 301", None, ["+4741298301"]),
        ("Ring mig på 28 14 63 95", None, ["+4528146395"]),
        # a number word before a country code is no North American "1"
        ("NEW NUMBER! Old one 47 93718264 works a few more days", None, ["+4793718264"]),
    ],
)
def test_a_north_american_run_is_not_read_in_part(body: str, region: str | None, expected: list[str]) -> None:
    assert phones(body, region) == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2_000_000_000, max_value=9_999_999_999), st.sampled_from(["-", ".", " "]))
@example(4_792_000_000, "-")  # a whole Nordic number as well: read whole, not in part
def test_no_nordic_number_is_a_part_of_a_north_american_one(n: int, sep: str) -> None:
    """A valid North American number grouped 3-3-4, without a region: no Nordic reading takes a part of it. (One
    that is also a whole Nordic number with its country code, "479-200-0000" as +47 92 00 00 00, is not a part: which
    country it is stays a reading of the whole, outside this rule.)"""
    digits = str(n)
    if not valid_number(1, digits):
        return
    whole = (
        [f"+{digits}"] if any(valid_number(cc, digits[2:]) for cc in (45, 46, 47) if digits.startswith(str(cc))) else []
    )
    body = f"Call me {digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]} tonight"
    got = phones(body)
    assert not any(p.startswith(("+45", "+46", "+47")) and p not in whole for p in got), (body, got)


@pytest.mark.parametrize(
    ("label", "country", "greeting"),
    [
        ("QR-kode afkodet: SMSTO:", "DK", "Hej"),
        ("QR-kode dekodet: SMSTO:", "NO", "Hei"),
        ("QR-kod avkodad: SMSTO:", "SE", "Hej"),
        ("Decoded QR: SMSTO:", "DK", "Hi"),
    ],
)
def test_a_qr_payload_with_a_different_number_on_every_flyer_is_no_id_slot(
    label: str, country: str, greeting: str
) -> None:
    """A flyer archive prints each flyer's decoded "SMSTO:" payload in one slot, a different number on nearly every
    flyer: the shape of an id slot, but the scheme opens a contact, so the slot is never learned as one."""
    rng = random.Random(37)
    stats = SiteStats("flyers")
    ads = []
    for i in range(120):
        number = f"+4{rng.choice('567')}{rng.choice('2459')}{rng.randint(1_000_000, 9_999_999)}"
        name = rng.choice(["Lea", "Sia", "Noor", "Ida"])
        body = f"Flyer {i}\n{label}{number}:{greeting} {name}\nArkiv · {rng.randint(10, 99)}"
        ex = extract_ad(body=body, site_country=country, ad_key=f"f{i}")
        stats.add(f"f{i}", ex, {"body": body})
        ads.append((body, ex))
    model = stats.model()
    assert not any("smsto" in k for k in model.id_slots), model.id_slots
    for body, ex in ads:
        judge(ex, {"body": body}, model=model)
        assert [m for m in ex.matches if m.kind == "phone"], body
