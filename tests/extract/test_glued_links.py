"""A link glued to a key or a sign before it ("src=https://…", "(https://…") is still a link: another page's id in its
path is no phone, as in a link that stands alone (session 40: a log's key=value lines, found on blind19)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import judge


def phones(body: str, country: str) -> list[str]:
    ex = extract_ad(body=body, site_country=country)
    judge(ex, {"body": body})
    return ex.values("phone")


@pytest.mark.parametrize(
    ("body", "country", "expected"),
    [
        (
            'level=info msg="annonse hentet" src=https://treffsted.no/vis/25969824 status=200\nRing meg: 93 31 40 22',
            "NO",
            ["+4793314022"],
        ),
        ("Källa:(https://annonsplats.se/annons/50609837) ring 070-123 45 67", "SE", ["+46701234567"]),
        ("Kilde=<https://annoncer.dk/annonce/41873922> skriv på 22 33 44 55", "DK", ["+4522334455"]),
        ("origin=www.listings.com/ad/38152947 call me 93 31 40 22", "NO", ["+4793314022"]),
        ("chat=https://wa.me/4793314022 (svarer raskt)", "NO", ["+4793314022"]),
    ],
)
def test_an_id_in_a_glued_link_is_no_phone(body: str, country: str, expected: list[str]) -> None:
    assert phones(body, country) == expected


def test_a_number_glued_to_letters_before_http_is_not_taken_for_a_link() -> None:
    # "xhttps://" is no link: the rule asks for a sign before the scheme, so nothing changes here
    assert phones("Ring 93 31 40 22", "NO") == ["+4793314022"]


@settings(max_examples=60, deadline=None)
@given(
    key=st.sampled_from(["src", "url", "kilde", "källa", "ref", "from"]),
    sign=st.sampled_from(["=", ":", "(", "<", '="']),
    path=st.sampled_from(["vis", "annons", "annonce", "ad", "l"]),
    ad_id=st.integers(min_value=20_000_000, max_value=99_999_999),
    own=st.integers(min_value=0, max_value=999_999),
)
def test_a_random_id_in_a_glued_link_never_reads_while_her_number_does(
    key: str, sign: str, path: str, ad_id: int, own: int
) -> None:
    number = f"9{own:06d}1"
    body = f"{key}{sign}https://annonser.example.no/{path}/{ad_id} status=200\nTlf {number[:2]} {number[2:]}"
    assert phones(body, "NO") == [f"+47{number}"]
