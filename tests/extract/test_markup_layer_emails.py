"""Addresses as written through a markup layer (issue 14, session 41).

- A Markdown backslash escape of an address's punctuation (``hedda\\_kiss47@yahoo.com``, as an HTML-to-Markdown
  converter writes it) is read away, as a character reference or a percent-escape is: an address never holds a
  backslash. Phones are read from the text as written (``\\+47 …`` stays read).
- A write verb made a label by its ":" ("Write to: lerkasweet on outlook") is an e-mail cue for a plain-word local
  part before a provider of several domains; the same words in prose are not.
- Two addresses a layer glued together when it dropped the tag or break between them
  ("info@agency.euscarlett_vip@hotmail.no") are split where a domain label opens with a known top-level domain.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.contacts import find_emails

# --- Markdown backslash escapes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("> Ring eller SMS: +47 412 34 567\n> E-post: hedda\\_kiss47@yahoo.com", "hedda_kiss47@yahoo.com"),  # no
        ("Mejl: yasmin\\_sun91@gmail.com\nRing mig", "yasmin_sun91@gmail.com"),  # sv
        ("Skriv til: anna\\.berg\\-dk@live.dk", "anna.berg-dk@live.dk"),  # da, "\\." and "\\-"
        ("Mail: lina\\+ads@proton.me", "lina+ads@proton.me"),  # en, "\\+"
        ("Email: sofie\\_x (at) gmail (dot) com", "sofie_x@gmail.com"),  # an obfuscated address escaped too
    ],
)
def test_a_markdown_escaped_address_is_read_whole(body: str, address: str) -> None:
    assert extract_ad(body=body).values("email") == [address]


def test_the_span_points_at_the_escaped_text() -> None:
    text = "E-post: hedda\\_kiss47@yahoo.com."
    (hit,) = find_emails(text)
    assert text[hit.start : hit.end] == "hedda\\_kiss47@yahoo.com"


def test_an_escaped_plus_before_a_number_stays_a_phone() -> None:
    ex = extract_ad(body="> Ring: \\+47 412 34 567\n> E-post: hedda\\_kiss47@yahoo.com")
    assert ex.values("phone") == ["+4741234567"]
    assert ex.values("email") == ["hedda_kiss47@yahoo.com"]


@pytest.mark.parametrize(
    "body", ["Fil: C:\\Users\\anna\\_x\\bilder", "Mønster: \\w+\\.\\w+", "Sökväg D:\\_arkiv\\annonser.txt"]
)
def test_a_path_or_a_pattern_makes_no_address(body: str) -> None:
    assert extract_ad(body=body).values("email") == []


_LOCAL = st.from_regex(r"[a-z0-9]{1,8}([._+\-][a-z0-9]{1,8}){0,3}", fullmatch=True)
_DOMAIN = st.from_regex(r"[a-z0-9]{2,10}(-[a-z0-9]{2,6})?\.(com|se|no|dk|net)", fullmatch=True)


def _md_escape(s: str) -> str:
    """What an HTML-to-Markdown converter may write: a backslash before "_", ".", "-" and "+"."""
    return "".join("\\" + c if c in "_.-+" else c for c in s)


@settings(max_examples=60, deadline=None)
@given(_LOCAL, _DOMAIN, st.sampled_from(["E-post: ", "Mejl: ", "Mail: ", "Email: ", "> "]))
def test_any_address_through_markdown_escaping_reads_back_as_itself(local: str, domain: str, cue: str) -> None:
    address = f"{local}@{domain}"
    text = f"{cue}{_md_escape(local)}@{_md_escape(domain)}\n"
    assert [h.value for h in find_emails(text)] == [address]


# --- a write verb made a label ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Write to: lerkaladysweet on outlook", "lerkaladysweet@outlook.com"),  # en
        ("> Skriv til: tianakiss på outlook", "tianakiss@outlook.com"),  # no, a quoted line
        ("Skriv till: sagalove hos hotmail", "sagalove@hotmail.com"),  # sv
        (" 7 | Skriv til - minaxo paa yahoo", "minaxo@yahoo.com"),  # da, under a paste's gutter, a dash
    ],
)
def test_a_write_label_is_an_email_cue(body: str, address: str) -> None:
    got = [m for m in extract_ad(body=body).matches if m.kind == "email"]
    assert [m.value for m in got] == [address]
    assert got[0].detail.get("guessed")


@pytest.mark.parametrize(
    "body",
    [
        "Skriv til lina hos hotmail",  # no label: as before
        "I write to lisa on outlook every day",  # prose
        "Skriv til: mig på hotmail",  # a function word is no local part
        "Skriv gerne til mig, anna på yahoo",
    ],
)
def test_write_words_in_prose_are_no_label(body: str) -> None:
    assert extract_ad(body=body).values("email") == []


# --- two addresses glued --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "addresses"),
    [
        (
            "+4530965634 info@scandiangels.euscarlett_vip@hotmail.no",
            ["info@scandiangels.eu", "scarlett_vip@hotmail.no"],
        ),
        ("Kontakt: vip@eliteagency.comjade.love@yahoo.com", ["jade.love@yahoo.com", "vip@eliteagency.com"]),  # sv
        ("Mail: kontakt@nordlys.nosofie.k@gmail.com", ["kontakt@nordlys.no", "sofie.k@gmail.com"]),  # no
        ("E-mail: info@roser.dkmaja_22@live.dk", ["info@roser.dk", "maja_22@live.dk"]),  # da
    ],
)
def test_two_glued_addresses_are_split_at_a_top_level_domain(body: str, addresses: list[str]) -> None:
    assert sorted(extract_ad(body=body).values("email")) == sorted(addresses)


@pytest.mark.parametrize(
    ("body", "addresses"),
    [
        ("Mail: anna@firma.se. Ring", ["anna@firma.se"]),  # a sentence's dot
        ("Mail: anna@mail.comhem.se", ["anna@mail.comhem.se"]),  # a label opening with a TLD, no second "@"
        ("Mail: a@b.com@c.se", ["a@b.com"]),  # a one-letter second local part: no split
    ],
)
def test_one_address_is_not_split(body: str, addresses: list[str]) -> None:
    assert extract_ad(body=body).values("email") == addresses


# --- "_" and "-" spelled out in a local part (a speech-to-text layer's captions) ----------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("email bella underscore baby34 at yahoo dot com", "bella_baby34@yahoo.com"),  # en, captions
        ("Skriv til anna bindestrek k alfakrøll hotmail punktum no", "anna-k@hotmail.no"),  # no
        ("Mejla lisa understreck 22 snabel-a gmail punkt com", "lisa_22@gmail.com"),  # sv
        ("Skriv til mia (understreg) dk (at) gmail (dot) com", "mia_dk@gmail.com"),  # da
        ("kari prikk nordmann dash x alfakrøll online punktum no", "kari.nordmann-x@online.no"),  # dots and a dash
    ],
)
def test_a_spelled_out_underscore_or_dash_joins_the_local_part(body: str, address: str) -> None:
    assert extract_ad(body=body).values("email") == [address]


def test_a_prose_word_before_a_spelled_dash_is_no_local_part() -> None:
    assert extract_ad(body="ring meg dash anna at gmail dot com").values("email") == ["anna@gmail.com"]
