"""Hex tokens are ids, and letters stand for digits only inside a phone-shaped token (issue 14, session 40).

A fingerprint's groups, a hash, a commit, a wallet's address, a UUID or a licence key are written in hex: none of
their groups is a phone's, and none of their letters is read as a digit (``blocks.hex_ids``; one hex token is read
as look-alikes only after a contact word, ``letters._hex_token``). A number written mostly in look-alike letters
in short groups is read where a person writes a contact: after a contact word, or as a sentence of its own
(``letters.read_grouped``)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.blocks import hex_ids
from kartlegg.extract.letters import read_grouped


def _phones(body: str, region: str, title: str = "") -> list[str]:
    ex = extract_ad(title=title, body=body, region=region)
    return sorted({m.value for m in ex.matches if m.kind == "phone"})


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # no: a mirror's PGP fingerprint, its last groups all digits ("7586 4633"), above the contact line
        ("PGP F8E6 AE0E 70BA 0C88 C7E2 25E4 A013 BC05 7586 4633\nRing eller sms: 402 42 553", "NO", ["+4740242553"]),
        # no: fingerprint groups whose letters look like digits ("38E6 964A": E 3, A 4)
        ("Nøkkel: 1BB7 8135 C393 9946 3381 995F 00FE 0752 9B83 8573\nRing meg: 98 83 85 73", "NO", ["+4798838573"]),
        # sv: a commit hash and a signature cut short
        ("Version 3c93720703b4bb57 · sig 9da89158a4ecaffe…\nRing mig på 070-123 45 67", "SE", ["+46701234567"]),
        # da: a wallet's address with its "0x", a licence key in dashed groups
        (
            "Betal til 0x52908400098527886E0F7030069857D2E4169EE7\nLicens 4F2A-9C3B-77D1-E0A5\nRing: 22 82 23 21",
            "DK",
            ["+4522822321"],
        ),
        # en: a listing's hash after "#", a tracking id, an IPv6 address
        (
            "Listing #45fba51b · tracking 7f3a9c2e41b8d605\nhost 2001:0db8:85a3:0000:0000:8a2e:0370:7334\n"
            "Call or text: 91 23 45 67",
            "NO",
            ["+4791234567"],
        ),
    ],
)
def test_hex_ids_are_no_phones(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


@pytest.mark.parametrize(
    ("title", "body", "region"),
    [
        ("Angel – Malmo – massage [7b695548]", "Hej, jag heter Angel.", "SE"),  # a listing hash: b is hex, not 6
        ("Annonse", "Annonse #59508b30 · Stavanger", "NO"),
        ("Annonce", "Mirror verified · sig b65202275e995ff8… · 2026-05-23", "DK"),
        ("Order", "Order ref 8b314914ab, paid.", "NO"),
    ],
)
def test_hex_tokens_are_not_read_as_look_alikes(title: str, body: str, region: str) -> None:
    assert _phones(body, region, title) == []


def test_hex_ids_spans() -> None:
    text = "PGP F8E6 AE0E 70BA 0C88 C7E2 25E4 A013 BC05 7586 4633\nmail a3f9c2d1@x.no /l/7b695548 Ring 4B767474"
    spans = [text[a:b] for a, b in hex_ids(text)]
    # the fingerprint whole; an address's local part, a link's path and a token of look-alike letters only are not
    assert spans == ["F8E6 AE0E 70BA 0C88 C7E2 25E4 A013 BC05 7586 4633"]


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        ("Ring meg: 4T T9 9l B2", "NO", "+4747799182"),  # no: T 7, l 1, B 8
        ("Hej!\nOTE-lOE ET l9\nKram från Angel", "SE", "+46731033719"),  # sv: a line of its own, O 0, E 3
        ("Ring eller sms: SO BS ll 2l", "DK", "+4550851121"),  # da: after a contact word, S 5, B 8
        ("Lovely place. 4S l6 B6 Bl Hugs from Lola", "NO", "+4745168681"),  # en: a sentence of its own
        ("Call or text: +ESS 6T EB2 SSSO", "NO", "+355673825550"),  # with its "+"
        ("Ring: 4B767474", "NO", "+4748767474"),  # one hex token after a contact word: read
    ],
)
def test_numbers_in_look_alike_letters_are_read(body: str, region: str, expected: str) -> None:
    assert _phones(body, region) == [expected]


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("SE OSS I BE 4 ganger", "NO"),  # words in capitals
        ("Modell 9l8 S6 7Z3 er ny", "NO"),  # a model's code inside a sentence
        ("Storlek 75B 70A 80B S M", "SE"),  # sizes
        ("Ring mig på 8 8 8 2 ETT 1", "SE"),  # a number word between digits: spelled, not look-alikes
    ],
)
def test_words_codes_and_sizes_are_not_read(body: str, region: str) -> None:
    assert _phones(body, region) == []


def test_a_word_after_a_number_is_no_group_of_it() -> None:
    # the "E" of "E-mail" is no digit of the number before it
    assert _phones("Contact: +45 40 54 65 87 E-mail: greta@example.com", "DK") == ["+4540546587"]


_HEX = "0123456789abcdef"


def _with_letter(s: str) -> str:
    return s if any(c in "abcdef" for c in s.lower()) else "c" + s[1:]


_fingerprint = st.lists(st.text(_HEX.upper(), min_size=4, max_size=4), min_size=5, max_size=10).map(
    lambda gs: " ".join([_with_letter(gs[0]), *gs[1:]])
)
_hash = st.text(_HEX, min_size=16, max_size=40).map(lambda s: _with_letter(s[:-1]) + "7")
_uuid = st.uuids().map(str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(token=st.one_of(_fingerprint, _hash, _uuid), mobile=st.integers(0, 9_999_999))
def test_a_hex_id_next_to_a_phone_never_yields_a_phone(token: str, mobile: int) -> None:
    number = f"9{mobile:07d}"
    written = f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
    body = f"PGP {token}\nHei, jeg heter Lea og er ny i Oslo.\nRing meg: {written}\nid {token}"
    assert _phones(body, "NO") == [f"+47{number}"]


_LOOK: dict[str, str] = {"0": "O", "1": "l", "3": "E", "5": "S", "7": "T", "8": "B"}


@settings(max_examples=60, deadline=None)
@given(mobile=st.integers(0, 9_999_999), mask=st.lists(st.booleans(), min_size=8, max_size=8))
def test_a_phone_in_look_alike_letters_after_a_cue_is_read(mobile: int, mask: list[bool]) -> None:
    number = f"9{mobile:07d}"
    # each group of two keeps a real digit: its other may be a look-alike letter
    chars = [_LOOK.get(d, d) if m and i % 2 == 1 else d for i, (d, m) in enumerate(zip(number, mask, strict=True))]
    written = " ".join("".join(chars[i : i + 2]) for i in range(0, 8, 2))
    assert _phones(f"Ring meg: {written}", "NO") == [f"+47{number}"]


def test_a_hex_token_on_a_labelled_line_is_read() -> None:
    # the label stands further back than a cue's reach (keycaps are three code points each), before another writing
    keycaps = "".join(d + "\ufe0f\u20e3" for d in "0736962913")
    body = f"Telefon: {keycaps}  07397273b7"
    assert _phones(body, "SE") == ["+46736962913", "+46739727367"]


def test_a_number_then_a_word_in_capitals_is_the_number() -> None:
    # "I" after a number is the next sentence's word, not a 1 of the number
    assert _phones("Phone: +46 70-906 3371 I am 156 cm tall", "SE") == ["+46709063371"]


def test_read_grouped_rewrites_in_place() -> None:
    text = "Ring eller sms: SO BS ll 2l\nKys"
    got = read_grouped(text, lambda d: True)
    assert got is not None
    assert got[0] == "Ring eller sms: 50 85 11 21\nKys" and len(got[0]) == len(text)
    assert [text[i] for i in got[1]] == ["S", "O", "B", "S", "l", "l", "l"]
