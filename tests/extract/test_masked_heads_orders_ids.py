"""A masked copy of a number, an order's number, a hex id's head and an e-mail key's value (issue 14, session 43).

"Telefon: +373 661 53 ••• (trykk for å vise)" beside "+373 661 53 884": a head shown with its rest masked is that
number's copy, even when its digits alone make a short valid number of some plan (``masks.opens_longer``,
``masks._trailing_marks``). "(Vipps, ordre 4562216386)", '"order": "9652381381"': a payment record's number after an
order, invoice or receipt label (``furniture.yaml`` ``id_labels``). "DSAR export 94940866" on
".../exports/94940866-b5df-…/": a hex id's head printed apart (``furniture._hex_id_part``). '"email": "nanna_vip på
brevduen.no"': the key is the value's e-mail cue (``structured.mail_values``); "booking.fjord3 på sneglepost.se" ending
an ad's text: a local part only an address has (``contacts._address_local``). Golden cases in sv/no/da/en and
properties. Synthetic text only, with invented numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad

from .nordic_ads import DK, NO, SE, phones

# --- a masked copy beside the number ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Telefon: +373 661 53 ••• (trykk for å vise)\nNummer: +373 661 53 884", NO, ["+37366153884"]),
        ("Telefon: +55 11 91945-5••• (trykk for å vise)\nTlf: +55 11 91945-5847", NO, ["+5511919455847"]),
        ("Telefon: +48 732 936 ●●● (visa numret)\nRing: +48 732 936 477", SE, ["+48732936477"]),
        ("Tlf: +40 747 583 ••• (vis nummer)\nRing ikke fra skjult nummer. Mobil: +40747583339", DK, ["+40747583339"]),
        ("Phone: +371 22 598 *** (tap to show)\nMobile: +37122598491", NO, ["+37122598491"]),
        ("Mobil: +371 29 851xxx (klikk for å se)\nSMS: 00371 29 851 896", NO, ["+37129851896"]),
    ],
)
def test_a_masked_head_is_the_copy_of_the_number_it_opens(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # the mask hides another number's digits: the real number beside it stays
        ("Vakten: +47 912 34 ••• (skjult)\nRing meg: 948 12 345", NO, ["+4794812345"]),
        ("Visa numret: 0701234XXX\nRing mig: 073-123 45 67", SE, ["+46731234567"]),
        # decoration after a whole number stays decoration
        ("Ring 41257386## i dag", DK, ["+4541257386"]),
        ("Text me 948 12 345 ••• Oslo", NO, ["+4794812345"]),
    ],
)
def test_a_real_number_beside_a_masked_copy_stays(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


_MARKS = st.sampled_from(["•••", "●●●", "***", "xxx", "XXX", "•••", "**"])


@settings(max_examples=40, deadline=None)
@given(
    head=st.sampled_from(
        ["+373 661 53", "+40 703 480", "+48 537 168", "+420 721 559", "+55 11 91945-5", "+84 386 809"]
    ),
    tail=st.integers(100, 999),
    marks=_MARKS,
    blank=st.booleans(),
    real=st.integers(91_000_000, 98_999_999),
)
def test_a_random_masked_head_never_becomes_a_phone(head: str, tail: int, marks: str, blank: bool, real: int) -> None:
    """A head shown with its rest masked is never read alone; the full number it opens, written elsewhere, and the
    ad's own number are read."""
    assume(len(set(str(real))) >= 5)  # a run of one digit ("91111111") is a filler, no number
    full = head + str(tail) if head.endswith("-5") else f"{head} {tail}"
    shown = head + (" " if blank and not head.endswith("-5") else "") + marks
    body = f"Telefon: {shown} (trykk for å vise)\nNummer: {full}\nRing også: {real}"
    got = phones(body, **NO)
    digits = "".join(c for c in head if c.isdigit())
    assert "+" + digits not in got
    assert "+" + "".join(c for c in full if c.isdigit()) in got
    assert f"+47{real}" in got


# --- an order's, an invoice's number -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Telefon: 87 90 48 91\nFaktura 2026-707617: 249,00 NOK (Vipps, ordre 4562216386)", DK, ["+4587904891"]),
        ("Tlf: 948 12 345\nBetaling: 199 kr, ordrenr. 4798600248", NO, ["+4794812345"]),
        ("Ring: 070-123 45 67\nKvitto: order 4617690125 (Swish)", SE, ["+46701234567"]),
        ("Call 948 12 345\nReceipt for invoice no. 4693067159", NO, ["+4794812345"]),
        ("Mobil: 28 12 34 56\nFakturanummer 4565699910 betalt", DK, ["+4528123456"]),
        # a booking word in prose keeps the number after it: "bestille" is no order's label
        ("Ring for å bestille 948 12 345", NO, ["+4794812345"]),
        ("Bestilling: 948 12 345", NO, ["+4794812345"]),
    ],
)
def test_an_order_number_is_no_phone(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_an_order_key_of_a_json_export_is_no_phone() -> None:
    body = json.dumps(
        {"account": {"phone_verified": "+46 72 565 79 51"}, "payments": [{"order": "4529424435", "amount": "199"}]}
    )
    assert phones(body, **NO) == ["+46725657951"]


# --- a hex id's head printed apart ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "url", "body", "expected"),
    [
        (
            "DSAR export 94940866 (datekontakt)",
            "https://privacy-requests.eu/exports/94940866-b5df-6761-17a7-4063874effad/data.json",
            "Telefon: +46 72 565 79 51",
            ["+46725657951"],
        ),
        (
            "Ärende 56691388",
            "https://support.example.se/arende/56691388-b449-b582-0ba3-185854189945",
            "Ring mig: 070-123 45 67",
            ["+46701234567"],
        ),
        (
            "Commit 48219370",
            "https://git.example.dk/c/48219370ab0c1d2e3f4a5b6c7d8e9f",
            "Ring: 28 12 34 56",
            ["+4528123456"],
        ),
    ],
)
def test_a_hex_ids_head_is_no_phone(title: str, url: str, body: str, expected: list[str]) -> None:
    assert phones(body, title=title, url=url, **NO) == expected


def test_a_number_glued_to_no_hex_id_stays() -> None:
    # the same digits in a URL, but as a whole segment beside no hex letters: the lookup page's subject
    assert phones("Ring 48219370 i dag", url="https://x.dk/side/12345", **DK) == ["+4548219370"]


# --- an e-mail written with "at" words where only a key names it --------------------------------------------------


def _emails(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("email"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (json.dumps({"phone": "87 90 48 91", "email": "nanna_vip på brevduen.no"}), ["nanna_vip@brevduen.no"]),
        (json.dumps({"email": "katya98 on inboxly.eu"}), ["katya98@inboxly.eu"]),
        (json.dumps({"epost": "lina hos postlada.se"}), ["lina@postlada.se"]),
        (json.dumps({"mail": "mette (at) postkassen.dk"}), ["mette@postkassen.dk"]),
        ("name,email,city\nLina,lina_92 på postlada.se,Malmö\n", ["lina_92@postlada.se"]),
    ],
)
def test_an_email_keys_value_reads_its_at_word(body: str, expected: list[str]) -> None:
    assert _emails(body, **NO) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "E-post: x@y.com\nHallo skat, kys 😊 booking.fjord3 på sneglepost.se",
            ["booking.fjord3@sneglepost.se", "x@y.com"],
        ),
        (
            json.dumps({"email": "x@y.com", "text": "Kom förbi ✨ booking.aurora16 på mailfjord.com"}),
            ["booking.aurora16@mailfjord.com", "x@y.com"],
        ),
        ("Hi, it is Lisa 💋 lisa_92 on mailbox.org", ["lisa_92@mailbox.org"]),
        ("Hej, jeg er Mette ✨ mette.k hos postkassen.dk", ["mette.k@postkassen.dk"]),
        # prose and profiles stay unread
        ("Bor på hotel.no i kveld. Treff meg kl.22 på sentrum.no", []),
        ("Email: lisa@x.com. Find me: lisa_91 on onlyfans.com", ["lisa@x.com"]),
        ("Jeg er på tinder.com som anna", []),
    ],
)
def test_an_address_shaped_local_part_reads_its_on_word(body: str, expected: list[str]) -> None:
    assert _emails(body, **NO) == expected
