"""Phone numbers of the demo: valid, and findable again in every style they are written in."""

from __future__ import annotations

import random

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.demo.lexicon import load_lexicon
from kartlegg.demo.phones import STYLES, new_mobile, phone_info, render_phone
from tests.demo.oracle import phone_written_in

COUNTRIES = ("SE", "NO", "DK", "PL", "RO", "GB", "ES", "HU", "BG", "LT")


def test_number_words_compose_like_people_say_them() -> None:
    n = load_lexicon().numbers
    assert n["sv"].two_digit(45) == "fyrtiofem"
    assert n["sv"].two_digit(70) == "sjuttio"
    assert n["no"].two_digit(45) == "førtifem"
    assert n["da"].two_digit(45) == "femogfyrre"
    assert n["da"].two_digit(70) == "halvfjerds"
    assert n["en"].two_digit(70) == "seventy"
    assert n["en"].two_digit(12) == "twelve"


@given(seed=st.integers(0, 2**32), country=st.sampled_from(COUNTRIES))
@settings(max_examples=200, deadline=None)
def test_drawn_mobiles_are_valid_and_unique(seed: int, country: str) -> None:
    rng = random.Random(seed)
    used: set[str] = set()
    numbers = [new_mobile(country, rng, used) for _ in range(5)]
    assert len({p.e164 for p in numbers}) == 5
    for p in numbers:
        parsed = phonenumbers.parse(p.e164)
        assert phonenumbers.is_valid_number(parsed)
        assert phonenumbers.region_code_for_number(parsed) == country


@given(
    seed=st.integers(0, 2**32),
    country=st.sampled_from(COUNTRIES),
    style=st.sampled_from(STYLES),
    lang=st.sampled_from(("sv", "no", "da", "en")),
    site_country=st.sampled_from(("SE", "NO", "DK")),
)
@settings(max_examples=400, deadline=None)
def test_every_style_can_be_read_back(seed: int, country: str, style: str, lang: str, site_country: str) -> None:
    rng = random.Random(seed)
    p = new_mobile(country, rng, set())
    text, used = render_phone(p, style, local=country == site_country, words=load_lexicon().numbers[lang], rng=rng)
    assert used in STYLES
    assert phone_written_in(p.e164, f"Ring {text}, idag 170 cm"), (style, text)


def test_styles_that_cannot_apply_fall_back_honestly() -> None:
    words = load_lexicon().numbers["no"]
    rng = random.Random(1)
    no_number = phone_info("+4798765432")  # no 0 or 1: no look-alike letters possible
    text, used = render_phone(no_number, "lookalike", local=True, words=words, rng=rng)
    assert used == "stars" and text == "987*65*432"
    se_on_no_site = phone_info("+46701234567")
    text, used = render_phone(se_on_no_site, "national", local=False, words=words, rng=rng)
    assert used == "intl" and text == "+46 70 123 45 67"
    text, used = render_phone(se_on_no_site, "intl_trunk_paren", local=True, words=words, rng=rng)
    assert text == "+46 (0)70 123 45 67"


def test_plain_national_forms_match_the_brief() -> None:
    words = load_lexicon().numbers["sv"]
    rng = random.Random(0)
    assert render_phone(phone_info("+46701234567"), "national", local=True, words=words, rng=rng)[0] == "070-123 45 67"
    assert render_phone(phone_info("+4791234567"), "national", local=True, words=words, rng=rng)[0] == "912 34 567"
    assert render_phone(phone_info("+4520123456"), "national", local=True, words=words, rng=rng)[0] == "20 12 34 56"
    assert render_phone(phone_info("+46701234567"), "stars", local=True, words=words, rng=rng)[0] == "070*123*45*67"
    spelled = render_phone(phone_info("+46701234567"), "words", local=True, words=words, rng=rng)[0]
    assert spelled == "noll sju noll ett två tre fyra fem sex sju"
