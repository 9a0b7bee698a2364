"""The error classes blind4 and blind5 left (issue 14, session 27), as golden cases in the languages they concern:
a partly masked number and its completion, a new number given as an old one with other last digits, payment and
account numbers, and a foreign number written nationally with its country named after it. Synthetic text only,
in other words and numbers than the corpora."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.masks import complete_masks


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


# --- 1. masked numbers and their completion --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: 412 57 3xx (xx = 86)", {"site_country": "NO"}, ["+4741257386"]),
        ("Sms til 41 25 73 xx – siste to 86", {"site_country": "NO"}, ["+4741257386"]),
        ("Nå meg på 4125738... siste sifre 6, takk", {"site_country": "NO"}, ["+4741257386"]),
        ("Skriv til mig: 0739 21 48xx, sista siffrorna 51", {"site_country": "SE"}, ["+46739214851"]),
        ("Ring: 073921485... sista 1 siffran: 1", {"site_country": "SE"}, ["+46739214851"]),
        ("Mobil 2817 64xx (sidste 2: 03) Kys", {"site_country": "DK"}, ["+4528176403"]),
        ("Text me +44 7700 900xxx (last 3 digits: 461)", {"site_country": "SE"}, ["+447700900461"]),
        ("WhatsApp +40 741 258 3** – last digits 69", {"site_country": "DK"}, ["+40741258369"]),
    ],
)
def test_a_masked_number_is_completed_from_the_same_ad(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Ring meg: 412 57 3xx", {"site_country": "NO"}),
        ("Nummer +46739214 8xx visas efter bokning", {"site_country": "SE"}),
        ("Mobil 2817 6xx (sidste 3: 403)", {"site_country": "DK"}),  # three digits for a two-letter mask
    ],
)
def test_a_masked_head_without_its_completion_is_no_number(body: str, kw: dict[str, str]) -> None:
    assert phones(body, **kw) == []


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring 41257386## nå", {"site_country": "NO"}, ["+4741257386"]),
        ("Ring meg 91234567xx", {"site_country": "NO"}, ["+4791234567"]),
        ("Call me 0701234567xx kisses", {"site_country": "SE"}, ["+46701234567"]),
        ("Ring 2817 6403xx", {"site_country": "DK"}, ["+4528176403"]),
    ],
)
def test_a_mask_after_a_whole_number_is_decoration(body: str, kw: dict[str, str], expected: list[str]) -> None:
    """A mask stands for digits the head lacks: after a complete number "xx" (kisses) or "##" hides nothing."""
    assert phones(body, **kw) == expected


def test_an_ellipsis_after_a_whole_number_keeps_it() -> None:
    assert phones("Ring meg da... 412 57 386... kyss", site_country="NO") == ["+4741257386"]


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        (
            "NEW NUMBER! Old +47 412 57 386 is gone, the new one is the same but ending 19",
            {"site_country": "NO"},
            ["+4741257319", "+4741257386"],
        ),
        (
            "Nytt nummer: gamla 0739-21 48 51 funkar inte, nya är samma men slutar på 07",
            {"site_country": "SE"},
            ["+46739214807", "+46739214851"],
        ),
        (
            "Nyt nummer! Det gamle 28 17 64 03 virker ikke, det nye er samme men slutter på 77",
            {"site_country": "DK"},
            ["+4528176403", "+4528176477"],
        ),
    ],
)
def test_a_new_number_given_as_the_old_with_other_last_digits(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


def test_same_without_an_ending_word_changes_nothing() -> None:
    body = "Ring 412 57 386. Same girls, same place. Last visit 20 May, rating 4"
    assert phones(body, site_country="NO") == ["+4741257386"]


@settings(max_examples=60, deadline=None)
@given(
    head=st.text(alphabet="0123456789", min_size=5, max_size=11),
    mask=st.sampled_from(["xx", "xxx", "XX", "**", "###"]),
    sep=st.sampled_from(["", " "]),
    tail=st.sampled_from(["", " ring meg", "\nKyss", " (vis nummer)"]),
)
def test_a_masked_head_is_never_emitted(head: str, mask: str, sep: str, tail: str) -> None:
    """Property: with no completion, neither the head nor any number of its digits is read (a "*" or "#" mask glued
    to its head: after a blank it is decoration), unless the head alone is a whole number (then the mask is too)."""
    assume(not extract_ad(body=f"Ring {head}{tail}", site_country="NO").values("phone"))
    body = f"Ring {head}{sep if mask[0] in 'xX' else ''}{mask}{tail}"
    got = extract_ad(body=body, site_country="NO").values("phone")
    assert not any(phonenumbers.national_significant_number(phonenumbers.parse(p))[-4:] in head for p in got)


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet="0123 4x.…(=)lasting\n", max_size=40))
def test_the_rewrite_keeps_the_texts_length(text: str) -> None:
    out = complete_masks(text, text.lower())
    assert out is None or len(out) == len(text)


# --- 2. payment and account numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring 070-412 88 19\nBetala via Bankgiro 5521-4409", {"site_country": "SE"}, ["+46704128819"]),
        ("Ring 070-412 88 19\nBetalning: bg 5521-4409 eller pg 443 21 07-6", {"site_country": "SE"}, ["+46704128819"]),
        ("Ring 41 25 73 86\nKontonr. 1503 41 99812", {"site_country": "NO"}, ["+4741257386"]),
        ("Ring 28 17 64 03\nReg.nr. 9570 kontonr. 44120398 · CVR 29 41 77 60", {"site_country": "DK"}, ["+4528176403"]),
        ("Call +44 7700 900461\nAccount 55 12 40 87, org. nr 559018-7712", {"site_country": "SE"}, ["+447700900461"]),
    ],
)
def test_payment_and_account_numbers_are_no_phones(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # a private Swish is a mobile (Swish is tied to the owner's mobile number): her contact
        ("Swish 070-412 88 19 innan besöket", {"site_country": "SE"}, ["+46704128819"]),
        # a business Swish (123 and seven digits) and a MobilePay box (4-5 digits) are no valid number anywhere
        ("Ring 070-412 88 19 · Swish 123 441 87 02", {"site_country": "SE"}, ["+46704128819"]),
        ("Ring 28 17 64 03 · MobilePay 40517", {"site_country": "DK"}, ["+4528176403"]),
    ],
)
def test_swish_and_mobilepay(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


# --- 3. a foreign number written nationally with its country named after it ------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: 067-412-5583 (ukrainsk nr)", {"site_country": "SE"}, ["+380674125583"]),
        ("Sms: 612 408 775 [PL]", {"site_country": "NO"}, ["+48612408775"]),
        ("WhatsApp 0912 443 718 (Vietnamese number)", {"site_country": "DK"}, ["+84912443718"]),
        ("Kontakt 8 612 44 718 (litauisk nummer)", {"site_country": "NO"}, ["+37061244718"]),
        ("Ring 06 41 27 59 38 (hollandsk nr)", {"site_country": "DK"}, ["+31641275938"]),
        ("Tel 11 98412 7730 (Brazilian)", {"site_country": "SE"}, ["+5511984127730"]),
        ("Ring til mig: 07911 123456 (English number)", {"site_country": "DK"}, ["+447911123456"]),
    ],
)
def test_a_country_named_after_a_national_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring 41 25 73 86 (thai massage)", {"site_country": "NO"}, ["+4741257386"]),
        ("Ring 070-412 88 19 (svensk nr)", {"site_country": "SE"}, ["+46704128819"]),
    ],
)
def test_a_tag_that_names_no_other_country_changes_nothing(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


# --- 4. one digit at a time under one repeated sign; a code without "+" in a run of words or single digits -----


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: 4*1*2*5*7*3*8*6", {"site_country": "NO"}, ["+4741257386"]),
        ("Sms +|4|6|7|3|9|2|1|4|8|5|1", {"site_country": "DK"}, ["+46739214851"]),
        ("WhatsApp + ~ 4 ~ 0 ~ 7 ~ 4 ~ 1 ~ 2 ~ 5 ~ 8 ~ 3 ~ 6 ~ 9", {"site_country": "SE"}, ["+40741258369"]),
        ("Mobil: 2#8#1#7#6#4#0#3", {"site_country": "DK"}, ["+4528176403"]),
        ("Tel +47#412#57#386 kun sms", {"site_country": "SE"}, ["+4741257386"]),
        ("Ring 0·7·3·9·2·1·4·8·5·1", {"site_country": "SE"}, ["+46739214851"]),
        ("Tel: +234#803#412#5678", {"site_country": "NO"}, ["+2348034125678"]),
        ("Booking til alle piger: 2817#6403", {"site_country": "DK"}, ["+4528176403"]),
    ],
)
def test_one_digit_at_a_time_under_one_sign_is_one_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Betyg 5*5*5*4 av 12 omdömen", {"site_country": "SE"}),
        ("Betyg 4|5 · lagt inn 1/9-2026 | 505.246 visninger", {"site_country": "NO"}),
    ],
)
def test_short_runs_and_fields_under_a_sign_stay_apart(body: str, kw: dict[str, str]) -> None:
    assert phones(body, **kw) == []


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: four-zero-șapte-4-1-doi-five-8-three-six-nine", {"site_country": "NO"}, ["+40741258369"]),
        ("Sms: fire fem to 8 en syv seks fire 0 3", {"site_country": "SE"}, ["+4528176403"]),
        ("Call 4 8 6 one 2 4 zero 8 7 seven 5", {"site_country": "DK"}, ["+48612408775"]),
    ],
)
def test_a_code_without_plus_in_a_run_of_single_digits(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@settings(max_examples=60, deadline=None)
@given(
    number=st.sampled_from(["+4741257386", "+46739214851", "+4528176403", "+40741258369", "+48612408775"]),
    sign=st.sampled_from(["*", "|", "#", "~", "•", "_", " ~ ", " | ", " * "]),
    plus=st.booleans(),
)
def test_a_single_digit_run_under_one_sign_is_read_whole(number: str, sign: str, plus: bool) -> None:
    """Property: a number written with its code, one digit at a time under one repeated sign (after its "+", or
    without it), is read whole."""
    digits = number[1:]
    body = "Kontakt: " + ("+" + sign if plus else "") + sign.join(digits) + " (kun sms)"
    assert phones(body, site_country="NO") == [number]


# --- 5. a number word two languages read differently, read by its neighbours -----------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: cuatro uno dos cinco siete tres ocho seis", {"site_country": "NO"}, ["+4741257386"]),
        ("Mob. plus 4, seis, siete, tres, nueve, 2, 1, 4, ocho, 5, 1", {"site_country": "SE"}, ["+46739214851"]),
    ],
)
def test_tres_beside_spanish_words_is_three(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_tres_among_danish_words_is_sixty() -> None:
    assert phones("Ring til mig: tyve otteogfirs tres toogtredive", site_country="DK") == ["+4520886032"]


# --- 6. a tour's day/month range is no number --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Neste uke: Bergen 14/11-18/11\nRing 412 57 386", {"site_country": "NO"}, ["+4741257386"]),
        ("Næste uge Aarhus 3/12 – 6/12\nSms 28 17 64 03", {"site_country": "DK"}, ["+4528176403"]),
        ("Next week Malmö 02.12-05.12\nCall 073-921 48 51", {"site_country": "SE"}, ["+46739214851"]),
        ("Næste uge Odense 22/11-26/11\nRing 28 17 64 03", {"site_country": "DK"}, ["+4528176403"]),
    ],
)
def test_a_day_month_range_is_no_phone(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


# --- 7. cities: districts, Bærum in Oslo's urban area, contractions and old spellings ---------------------------


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Ny jente på Nygårdshøyden, ring meg", "Bergen"),
        ("Massasje i Sandvika sentrum", "Oslo"),
        ("Nyhet: i OSL denne uka", "Oslo"),
        ("Søt jente i Trd hele helgen", "Trondheim"),
        ("Ny tjej i Hälsingborg", "Helsingborg"),
        ("Besøk meg på Kroken", "Tromsø"),
        ("Ny pige i Amagerbro", "København"),
        ("Thaimassage i Bagarmossen", "Stockholm"),
    ],
)
def test_districts_and_spellings_name_their_city(body: str, city: str) -> None:
    assert extract_ad(body=body).values("city")[:1] == [city]


# --- 8. e-mail: a domain broken by a forum's quote mark ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("> Skriv til lina.rosa55@hotmail\n> .com\n> Kyss", ["lina.rosa55@hotmail.com"]),
        ("> Mail: sofie_dk@outlook\n>  .dk", ["sofie_dk@outlook.dk"]),
    ],
)
def test_a_domain_broken_by_a_quote_mark(body: str, expected: list[str]) -> None:
    assert extract_ad(body=body).values("email") == expected


def test_a_quoted_line_after_a_whole_address_adds_nothing() -> None:
    assert extract_ad(body="> Mail: sofie@outlook.dk\n> .se er bedre").values("email") == ["sofie@outlook.dk"]


def test_stars_around_a_number_are_decoration_not_a_mask() -> None:
    assert phones("Available 24/7 *** 412 57 386 *** incall", site_country="NO") == ["+4741257386"]
