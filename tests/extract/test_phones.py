"""Phones: every supported written form comes back as the same E.164; distractors do not."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad, normalise_phone, normalise_phone_query

WORDS = {
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
LOOK = {"0": "O", "1": "l"}
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _groups(nat: str) -> list[str]:
    return [nat[i : i + 3] for i in range(0, len(nat), 3)]


def render(style: str, cc: str, nat: str, lang: str) -> str:
    """One number written in one style: ``nat`` is the national number with its trunk prefix (if any)."""
    nsn = nat[1:] if nat.startswith("0") else nat
    g = _groups(nat)
    if style == "plain":
        return nat
    if style == "intl":
        return f"+{cc} {' '.join(_groups(nsn))}"
    if style == "00":
        return f"00{cc} {nsn}"
    if style == "dots":
        return ".".join(g)
    if style == "dashes":
        return "-".join(g)
    if style == "spaces":
        return " ".join(g)
    if style == "single":
        return " ".join(nat)
    if style == "stars":
        return "*".join(g)
    if style == "tilde_brackets":
        return "~" + "~".join(f"({x})" for x in g) + "~"
    if style == "words":
        return " ".join(WORDS[lang][int(d)] for d in nat)
    if style == "mixed":
        return " ".join(WORDS[lang][int(d)] if i % 2 else d for i, d in enumerate(nat))
    if style == "lookalike":
        # letters stand in for some digits, next to real ones ("O7O-l23 45 67")
        return "-".join([x.replace("0", "O").replace("1", "l") for x in g[:2]] + g[2:])
    if style == "keycap":
        return "".join(d + "\ufe0f\u20e3" for d in nat)
    if style == "fullwidth":
        return " ".join(g).translate(FULL)
    if style == "linebreak":
        half = len(g) // 2
        return " ".join(g[:half]) + "\n" + " ".join(g[half:])
    if style == "trunk_in_brackets":
        return f"+{cc} (0){' '.join(_groups(nsn))}"
    raise AssertionError(style)


STYLES = [
    "plain",
    "intl",
    "00",
    "dots",
    "dashes",
    "spaces",
    "single",
    "stars",
    "tilde_brackets",
    "words",
    "mixed",
    "lookalike",
    "keycap",
    "fullwidth",
    "linebreak",
    "trunk_in_brackets",
]
NATIVE = {"SE": "sv", "NO": "no", "DK": "da"}
CONTEXT = {
    "sv": "Hej! Ring mig på {} eller sms. Kram",
    "no": "Hei! Ring meg på {} når som helst.",
    "da": "Hej! Ring til mig på {} i aften.",
    "en": "Hi! Call me on {} anytime, kisses",
}


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A valid number: (region, country code, national form with trunk prefix, E.164)."""
    region, prefix, rest = draw(
        st.sampled_from(
            [
                ("SE", "070", 7),
                ("SE", "073", 7),
                ("SE", "076", 7),
                ("NO", "4", 7),
                ("NO", "9", 7),
                ("DK", "2", 7),
                ("DK", "3", 7),
                ("DE", "0151", 8),
                ("GB", "07", 9),
                ("RO", "072", 7),
                ("FI", "040", 7),
            ]
        )
    )
    digits = draw(st.text(alphabet="0123456789", min_size=rest, max_size=rest))
    nat = prefix + digits
    n = phonenumbers.parse(nat, region)
    assume(phonenumbers.is_valid_number(n))
    return region, str(n.country_code), nat, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(numbers(), st.sampled_from(STYLES), st.booleans())
def test_any_valid_number_in_any_style_comes_back_as_its_e164(
    num: tuple[str, str, str, str], style: str, english: bool
) -> None:
    region, cc, nat, e164 = num
    # the ad is written in the country's language or in English (the language is a country hint)
    lang = "en" if english else NATIVE.get(region, "en")
    if style == "trunk_in_brackets" and not nat.startswith("0"):
        style = "intl"
    written = render(style, cc, nat, lang)
    body = CONTEXT[lang].format(written)
    ex = extract_ad(body=body, region=region)
    phones = [m for m in ex.matches if m.kind == "phone"]
    assert [m.value for m in phones] == [e164], (written, [m.raw for m in phones])
    assert body[phones[0].start : phones[0].end] == phones[0].raw


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("2ONE6-SIX2TWO-5NINE5FOUR", "US", "+12166225954"),
        ("fyrtiofem", "SE", None),
        ("ring noll sju noll - tolv trettiofyra femtiosex sju", "SE", "+46701234567"),
        ("noll sju tre fem fem fem tolv trettiofyra", "SE", "+46735551234"),
        ("tlf femogfyrre tolv treogtredive firs", "DK", "+4545123380"),
        ("call 310 fourfoureight 2th0usand", "US", "+13104482000"),
        ("ring 073 526 0410 170 cm", "SE", "+46735260410"),
        ("ring +46 (0)70 123 45 67", "SE", "+46701234567"),
        ("ring 46 70 123 45 67", "NO", "+46701234567"),
        ("ring 070 123 sms 45 67", "SE", "+46701234567"),  # broken by a short word
        ("ring 912 34 ok 567", "NO", "+4791234567"),
        ("120 Two hh = 200 Two hr = 300", "US", None),  # prices per duration, not a number broken by "hh"
        ("070-123 45 67 eller 073-555 12 34", "SE", "+46701234567"),
    ],
)
def test_hard_forms(text: str, region: str, expected: str | None) -> None:
    assert normalise_phone(text, region) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pris 1500 kr, 2500 kr för 2 timmar, 12000 kr natt",
        "Född 1999, 170 cm, 55 kg, 22 år. Postad 2024-05-12 kl 14:30",
        "Annons-id: 4455667788, ad id 98765432",
        "Öppet 24/7, 100% diskret, 10.00-22.00",
        "Jeg har en søster og to brødre, vi er ni i alt og har sex katte",
        "I have one sister and two brothers; we are nine in total",
        "Adress: Storgatan 12, 114 35 Stockholm",
        "Längd 168, vikt 55, BH 75C, skostorlek 38",
        "Postnr 0150 Oslo. Org.nr 912 345 678, CVR 12345678",
    ],
)
def test_distractors_are_not_phones(text: str) -> None:
    ex = extract_ad(body=text, region="SE")
    assert ex.values("phone") == []


def test_an_invalid_number_with_a_country_code_stays_as_written() -> None:
    """Not a valid Danish number, and not to be re-read as a Swedish one: kept as written, marked not valid."""
    ex = extract_ad(body="Ring +45 12 34 56 78", region="SE")
    [m] = [m for m in ex.matches if m.kind == "phone"]
    assert (m.value, m.raw, m.detail.get("valid")) == ("+4512345678", "+45 12 34 56 78", False)


def test_number_glued_to_other_groups_gives_the_valid_sub_span() -> None:
    ex = extract_ad(body="Lisa 073 526 0410 170 cm 55 kg", region="SE")
    [m] = [m for m in ex.matches if m.kind == "phone"]
    assert (m.value, m.raw) == ("+46735260410", "073 526 0410")


def test_country_comes_from_city_site_url_and_language_before_region() -> None:
    body = "Ring 412 34 567"
    assert extract_ad(body=body, city="Oslo", region="SE").values("phone") == ["+4741234567"]
    assert extract_ad(body=body, url="https://annonser.example.no/1", region="SE").values("phone") == ["+4741234567"]
    assert extract_ad(body=body, site_country="NO", region="DK").values("phone") == ["+4741234567"]
    ex = extract_ad(body="Hei, jeg er ny her og venter på deg. Ring meg på 412 34 567 i kveld.", region="DK")
    assert ex.language == "no" and ex.values("phone") == ["+4741234567"]


def test_phones_in_the_url_field_count() -> None:
    ex = extract_ad(title="Hej", url="https://site.example/ad/070-123-45-67/991", region="SE")
    [m] = [m for m in ex.matches if m.kind == "phone"]
    assert m.field == "url" and m.value == "+46701234567"


def test_search_box_query_finds_every_reading() -> None:
    assert normalise_phone_query("070 123 45 67", "SE") == ["+46701234567"]
    assert normalise_phone_query("+46 70-123 45 67", None) == ["+46701234567"]
    assert normalise_phone_query("noll sju noll ett två tre fyra fem sex sju", None) == ["+46701234567"]
    # no region: a national number is read in every Nordic country where it is valid
    both = normalise_phone_query("41 23 45 67", None)
    assert "+4541234567" in both and "+4741234567" in both
    assert normalise_phone_query("hello", None) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["SE", "NO", "DK", "FI", "GB", "US", "DE", "BG", "TH"]), min_size=1, max_size=5))
def test_regions_with_a_trunk_zero_never_read_digits_without_it(regions: list[str]) -> None:
    """``validate``'s regions for digits without a leading 0 (kept per region list): those whose numbers are
    written with a trunk 0 are left out ("8142 5587" in a Danish-language ad in Göteborg is Danish; a date
    "20.09.26" is no Swedish "020" number), the others in order."""
    from kartlegg.extract.phones import _no_trunk, _trunk_zero

    expected = tuple(r for r in regions if not _trunk_zero(r))
    assert _no_trunk(regions) == expected
    assert _no_trunk(tuple(regions)) == expected  # the kept answer, asked again
