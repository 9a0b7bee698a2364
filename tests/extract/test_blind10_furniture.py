"""What is not her contact, and an address a CDN encoded (issue 14, session 32; the classes the tenth corpus,
blind10, showed): a range of prices joined into one number, a link page's click counter joined to the number before
it, and ``data-cfemail`` / ``/cdn-cgi/l/email-protection#`` addresses (their hex is no phone). Golden cases in the
four languages and properties: a price range never becomes a phone; any address under any key decodes back, and
garbage never raises. Synthetic text only: other sites, words, names and numbers than the corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.cfemail import decode, encode, encoded, hidden
from kartlegg.extract.contacts import find_emails
from kartlegg.extract.matches import Extraction
from kartlegg.extract.ranges import in_price_range


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def emails(ex: Extraction) -> list[str]:
    return sorted(ex.values("email"))


def one(body: str, site: str = "sukkerside", country: str = "NO") -> Extraction:
    return extract_ad(body=body, url=f"https://{site}.example/p/7", site=site, site_country=country)


# --- a range of prices -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ønsket støtte: 4500-9000 kr/mnd",
        "Önskat bidrag: 4000-8000 SEK per månad",
        "Ønsket lommepenge: 4500-9000 kr. om måneden",
        "Allowance: 4000-8000 NOK/month",
        "Gaver: EUR 4500-9000",
        "Lommepenger 4000-8000 per uke",
    ],
)
def test_a_price_range_is_never_a_number(line: str) -> None:
    ex = one(f"{line}\nRing meg: 93 51 22 80")
    assert phones(ex) == ["+4793512280"]
    assert "price" in {m.detail.get("reason") for m in ex.matches if m.kind == "furniture"}


@pytest.mark.parametrize(
    "body",
    [
        "Ring 412-34 567 kr",  # a number's dashed groups: no range rises tenfold and more
        "Ring 070-123 45 67, pris 2000 kr",  # an amount never opens with 0
        "SMS 4123-4567",  # two groups and no currency nor period
    ],
)
def test_a_dashed_number_is_no_price_range(body: str) -> None:
    k = body.index(next(c for c in body if c.isdigit()))
    e = k
    while e < len(body) and (body[e].isdigit() or body[e] in " -") and body[e : e + 2] != " k":
        e += 1
    assert not in_price_range(body, 0, k, e, body[k:e])


@settings(max_examples=60, deadline=None)
@given(
    lo=st.integers(min_value=100, max_value=20000),
    factor=st.integers(min_value=1, max_value=4),
    dash=st.sampled_from(["-", "\u2013", "\u2014", " - ", " \u2013 "]),
    tail=st.sampled_from(["kr/mnd", "SEK/month", "NOK per måned", "DKK om måneden", "kr i måneden", "€ per week"]),
)
def test_any_price_range_never_becomes_a_phone(lo: int, factor: int, dash: str, tail: str) -> None:
    ex = one(f"Ønsket lommepenger: {lo}{dash}{lo * factor} {tail}")
    assert phones(ex) == []


# --- a link page's click counters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("🔗 Ring meg: (11) 95423-3829   (4182 klikk)", "4182"),
        ("🔗 Mobil: (11) 95423-3829   (4182 klick)", "4182"),
        ("🔗 Skriv: (11) 97321-4129 (7204 klik)", "7204"),
        ("🔗 Call me: (11) 97321-4129   (9 204 clicks)", "9204"),
        ("[ Text only: 0710 019 449 ]  ↗8429", "8429"),
        ("[ Ring: (11) 97321-4129 ]  ↗ 4 204", "4204"),
    ],
)
def test_a_click_counter_is_never_joined_to_the_number(body: str, count: str) -> None:
    """A foreign number written without its code is not read here (its country is another reader's); what matters
    is that the counter's digits never end a number read across the template's fields."""
    assert not any(p.endswith(count) for p in phones(one(body)))


def test_a_number_written_with_a_bracketed_group_is_still_read() -> None:
    assert phones(one("Ring 93 51 (22 80)")) == ["+4793512280"]


# --- addresses encoded by a CDN's e-mail protection -------------------------------------------------------------


def test_a_cfemail_span_and_link_are_read_as_addresses() -> None:
    span = encode("nora.lind@example.no", 0x3C)
    link = encode("kontakt_ida@posteo.se", 0xA7)
    body = (
        f'E-post: <span class="__cf_email__" data-cfemail="{span}">[email&#160;protected]</span>\n'
        f'✉ <a href="/cdn-cgi/l/email-protection#{link}">[email&#160;protected]</a>\n'
        "Ring meg: 93 51 22 80"
    )
    ex = one(body)
    assert emails(ex) == ["kontakt_ida@posteo.se", "nora.lind@example.no"]
    assert phones(ex) == ["+4793512280"]  # the hex holds digit runs; none is read
    got = {m.value: m.raw for m in ex.matches if m.kind == "email"}
    assert got["nora.lind@example.no"] == span  # the address spans its hex


def test_the_hex_of_an_address_is_never_read_as_a_phone() -> None:
    hexed = "5c" + "".join(f"{ord(c) ^ 0x5C:02x}" for c in "9195979099@x.se")
    masked = hidden(f'<span data-cfemail="{hexed}">x</span>')
    assert masked is not None and not any(c.isdigit() for c in masked)
    assert phones(one(f'Mail: <span data-cfemail="{hexed}">[email&#160;protected]</span>')) == []


@pytest.mark.parametrize(
    "body",
    [
        'data-cfemail="abc"',  # odd length
        'data-cfemail="0102"',  # too short for an address
        'data-cfemail="' + "ab" * 400 + '"',  # longer than any address: left alone
        "/email-protection#zz00",
    ],
)
def test_what_is_no_encoded_address_gives_none(body: str) -> None:
    assert encoded(body) == [] or all(decode(body[s:e]) is None for s, e in encoded(body))
    assert find_emails(body) == []


@settings(max_examples=200, deadline=None)
@given(
    local=st.from_regex(r"[a-z0-9][a-z0-9._+\-]{0,20}[a-z0-9]", fullmatch=True),
    host=st.from_regex(r"[a-z0-9]{2,12}\.(no|se|dk|com)", fullmatch=True),
    key=st.integers(min_value=0, max_value=255),
)
def test_any_address_under_any_key_decodes_back(local: str, host: str, key: int) -> None:
    address = f"{local}@{host}"
    assert decode(encode(address, key)) == address


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.text(alphabet="0123456789abcdefABCDEF", max_size=600))
def test_garbage_never_raises(noise: str, hexed: str) -> None:
    decode(hexed)
    decode(noise)
    text = f'{noise}<span data-cfemail="{hexed}">{noise}</span>/email-protection#{hexed}{noise}'
    find_emails(text)
    assert len(hidden(text) or text) == len(text)
