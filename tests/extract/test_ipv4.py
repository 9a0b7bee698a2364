"""An IPv4 address a page prints is no number (issue 14, session 42): an export's login list, an abuse report's
``Source-IP``, a JSON array of addresses. Its last octets had been read as an eight-digit phone ("fra
77.31.193.103" as +47 31193103). A quad of four two-digit groups is also a Nordic number written in pairs, so it is
an address only under an "IP" label or beside another address on its line (``blocks.ipv4_addresses``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.blocks import ipv4_addresses


def _phones(body: str, region: str) -> list[str]:
    ex = extract_ad(title="", body=body, region=region)
    return sorted({m.value for m in ex.matches if m.kind == "phone"})


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # no: a data export's login list, two-digit octets beside a three-digit one
        (
            "Innlogginger: 2026-01-07 02:54 fra 194.211.108.199 · 2026-01-07 19:28 fra 46.49.80.34\n"
            "Ring meg: 41 23 45 67",
            "NO",
            ["+4741234567"],
        ),
        # sv: a server line in an abuse ticket
        ("Kund #49331 · server web-6.sto2 · IP 46.56.24.43\nRing mig: 070-123 45 67", "SE", ["+46701234567"]),
        # da: a report's header
        ("Source-IP: 85.77.169.244\nReported-Domain: eksempel.dk\nRing: 22 82 23 21", "DK", ["+4522822321"]),
        # en: a JSON array
        ('{"logins": ["178.193.40.214", "77.34.24.15"], "phone": "+47 91 23 45 67"}', "NO", ["+4791234567"]),
    ],
)
def test_ipv4_addresses_are_no_phones(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        ("Ring meg på 41.23.45.67", "NO", ["+4741234567"]),  # no: a number in dotted pairs is no address
        ("Ring mig: 070.123.45.67", "SE", ["+46701234567"]),  # sv: a trunk 0 is no octet
        ("Ring: +46 70.123.45.67", "SE", ["+46701234567"]),  # after a country code: the number's groups
        ("Ring: 33.12.34.56", "DK", ["+4533123456"]),  # da: pairs
    ],
)
def test_numbers_written_with_dots_stay_numbers(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


def test_ipv4_spans() -> None:
    text = "fra 77.31.193.103 og 46.49.80.34; v 1.2.3.4.5; 300.1.2.3; 10.01.2.3"
    assert [text[s:e] for s, e in ipv4_addresses(text)] == ["77.31.193.103", "46.49.80.34"]
    assert ipv4_addresses("ring 41.23.45.67") == []


_OCTET = st.integers(0, 255)


@settings(max_examples=80, deadline=None)
@given(octets=st.tuples(_OCTET, _OCTET, _OCTET, _OCTET), mobile=st.integers(0, 9_999_999))
def test_a_login_address_next_to_a_phone_never_yields_a_phone(octets: tuple[int, int, int, int], mobile: int) -> None:
    first = 100 + octets[0] % 156  # a three-digit octet: an address whatever the others are
    address = ".".join(str(o) for o in (first, *octets[1:]))
    number = f"9{mobile:07d}"
    body = f"Innlogging 2026-03-01 fra {address} · IP {address}\nRing meg: {number[:3]} {number[3:5]} {number[5:]}"
    assert _phones(body, "NO") == [f"+47{number}"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Call: 70.125.29.76", ["+46701252976"]),  # en: a Swedish mobile without its trunk 0, grouped as a quad
        ("Booking Veststjerna: 70.129.60.44", ["+46701296044"]),  # sv
        ("Tel: 70.142.28.73 · IP 85.77.169.244", ["+46701422873"]),  # the label decides for the second
    ],
)
def test_a_dotted_number_after_a_contact_word_stays_a_number(body: str, expected: list[str]) -> None:
    assert _phones(body, "SE") == expected
