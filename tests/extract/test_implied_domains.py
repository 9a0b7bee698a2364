"""An address whose domain the ad only implies (session 39, issue 14): a provider's usual domain, guessed, and an
agency's name completed only from an address the ad, its site or its stream wrote in full (``extract.implied``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad, implied
from kartlegg.extract.furniture import judge_window


def stream(bodies: list[str], site: str = "s") -> list[list[str]]:
    """The e-mails each body gives when the bodies are one stream's window (``cli.stream``'s judge)."""
    window = []
    for i, body in enumerate(bodies):
        ex = extract_ad(body=body, site=site, judge_furniture=False, export_only=True)
        window.append((str(i), site, {"title": "", "body": body, "url": ""}, ex))
    judge_window(window, {}, True, implied.MailBook())
    return [ex.values("email") for _k, _s, _f, ex in window]


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("E-post: katja61 på outlook", "katja61@outlook.com"),  # no
        ("Mejl: sweet.mai hos hotmail", "sweet.mai@hotmail.com"),  # sv
        ("E-mail: ida48 paa yahoo", "ida48@yahoo.com"),  # da
        ("Email: noor.t on mailbox", "noor.t@mailbox.org"),  # en
        ("✉️ jasmin_xo på yahoo", "jasmin_xo@yahoo.com"),  # an address-like local part needs no cue
        ("Mail: lina hos hotmail", "lina@hotmail.com"),  # a plain word right after the cue
    ],
)
def test_a_provider_of_several_domains_after_the_local_part_is_read_guessed(body: str, address: str) -> None:
    got = [m for m in extract_ad(body=body).matches if m.kind == "email"]
    assert [m.value for m in got] == [address]
    assert got[0].detail.get("inferred") and got[0].detail.get("guessed")


@pytest.mark.parametrize(
    "body",
    [
        "Skriv til lina hos hotmail",  # a write verb and a plain word: no guess
        "Jeg er på hotmail hele dagen",
        "Mail: eva.vip on live",  # live.se/.no/.dk/.com: no usual domain
        "Email: booking on polargrace",  # an agency's name: nothing in one ad says .com or .nu
        "E-post: post på jadetouchsenter",
        "Mail: anna on vacation",
    ],
)
def test_no_domain_is_invented_from_one_ad(body: str) -> None:
    assert extract_ad(body=body).values("email") == []


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("E-post: booking på polargrace", "booking@polargrace.com"),  # no
        ("Maila booking på polargrace", "booking@polargrace.com"),  # sv, the cue glued to its verb ending
        ("Skriv til booking på polargrace", "booking@polargrace.com"),  # a write verb and "til"
        ("Mail: kontakt paa polargrace", "kontakt@polargrace.com"),  # da
        ("✉ booking on polargrace", "booking@polargrace.com"),  # en, a sign for the cue
        ("Ring 45 33 75 34 · booking på polargrace", "booking@polargrace.com"),  # an item of a contact list
        ("> booking on polargrace", "booking@polargrace.com"),  # a quoted line
        ("46069\tMalmö\tLola\tbooking on polargrace\ttips 7026494", "booking@polargrace.com"),  # a sheet's cell
    ],
)
def test_an_agency_name_is_completed_from_the_streams_written_address(body: str, address: str) -> None:
    got = stream(["Booking: info@polargrace.com", body])
    assert got[1] == [address]


def test_the_ads_own_address_completes_without_a_stream() -> None:
    body = "Web: info@jadetouchsenter.nu\nE-post: post på jadetouchsenter"
    assert extract_ad(body=body).values("email") == ["info@jadetouchsenter.nu", "post@jadetouchsenter.nu"]


def test_two_domains_of_one_name_complete_nothing() -> None:
    got = stream(["Mail: a@velvet.com", "Mail: b@velvet.nu", "Email: booking on velvet"], site="x")
    assert got[2] == []


def test_prose_around_a_known_name_is_no_address() -> None:
    got = stream(["Mail: info@campus.no", "I live on campus and read more on campus today"])
    assert got[1] == []


def test_a_guessed_domain_gives_way_to_the_address_written_in_full() -> None:
    got = stream(["Mail: laura_sweet@yahoo.ro", "E-post: laura_sweet på yahoo", "E-post: lina_k på yahoo"])
    assert got[1] == ["laura_sweet@yahoo.ro"]
    assert got[2] == []  # the stream writes yahoo.ro: yahoo.com would be a guess among several


def test_a_guess_the_stream_agrees_with_stays() -> None:
    got = stream(["Mail: anna_k@hotmail.com", "E-post: lina_k på hotmail", "Mail: sofi_k på outlook"])
    assert got[1:] == [["lina_k@hotmail.com"], ["sofi_k@outlook.com"]]


_LABEL = st.from_regex(r"[a-z]{4,12}(?:-[a-z]{2,5})?", fullmatch=True)
_LOCAL = st.from_regex(r"[a-z]{2,8}(?:[._][a-z0-9]{1,4})?", fullmatch=True)
_CUE = st.sampled_from(["E-post:", "Email:", "Mail:", "Mejl:", "✉"])
_WORD = st.sampled_from(["på", "on", "hos", "paa"])


@settings(max_examples=60, deadline=None)
@given(_CUE, _LOCAL, _WORD, _LABEL, st.sampled_from(["com", "nu", "se", "no", "dk", "eu"]))
def test_a_name_completes_only_to_a_domain_the_stream_wrote(
    cue: str, local: str, word: str, name: str, tld: str
) -> None:
    body = f"{cue} {local} {word} {name}"
    alone = extract_ad(body=body).values("email")
    assert all("@" + name + "." not in a for a in alone)  # one ad alone never invents the domain
    got = stream([f"Mail: info@{name}.{tld}", body])[1]
    assert got in ([], [f"{local}@{name}.{tld}"])  # when read, then exactly as the stream wrote the domain
