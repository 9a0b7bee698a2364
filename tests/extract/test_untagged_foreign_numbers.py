"""A number's country when the ad does not tag it (issue 14, session 33): a foreign woman's national number that no
country of the ad reads (or reads only as a landline elsewhere) is read in her home country; a "+code" after "country
code / landskode / landsnummer / landekode" applies to the number after it; a country named before a number reads a
trunk-0 country's mobile written without its 0; a Norwegian landline reading on a ".no" site for a Danish city is
read as the Danish mobile. Synthetic text only; every number is invented."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad, homeland
from kartlegg.extract.lexicon import FurnitureFile, LexiconError, LexiconFile, lexicon
from kartlegg.extract.phones import _mobile_digits

_NO_TEXT = "Hei, jeg er Lina og jeg er ny i byen. Ring meg for en hyggelig stund sammen med meg.\n"


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


def phone_details(body: str, **kw: str) -> list[dict[str, Any]]:
    return [m.detail for m in extract_ad(body=body, **kw).matches if m.kind == "phone"]


# --- her home country's national form, no tag ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # sv: Ukraine's grouping, no Swedish number
        ("Hej, jag är Oksana. Ring: 067 413 2958", {"site": "kvall.se", "city": "Malmö"}, "+380674132958"),
        # no: a Romanian mobile with its trunk 0
        ("Hei! Jeg er ny i byen. Mob: 0744 512 873", {"site": "kveldlys.no", "city": "Oslo"}, "+40744512873"),
        # da: a Dominican number in the NANP's "(829) 614-2758"
        ("Hej søde. Ring: (829) 614-2758", {"site": "moterom.dk", "city": "København"}, "+18296142758"),
        # en: a Brazilian mobile, area code in brackets, no trunk 0 (no glued "+41" Swiss reading)
        ("Hi guys. Call: (21) 98734-1265", {"site": "kveldlys.no", "city": "Bergen"}, "+5521987341265"),
    ],
)
def test_a_foreign_national_number_is_read_in_her_home_country(body: str, kw: dict[str, str], expected: str) -> None:
    assert phones(body, **kw) == [expected]
    assert all(d["style"] == "homeland" and d["home_country"] for d in phone_details(body, **kw))


def test_the_stated_nationality_decides_between_countries_with_the_same_grouping() -> None:
    """Poland and Czechia both write "602 418 357": the nationality the ad states picks one, every reading is kept."""
    assert phones("Jeg er en polsk pige. SMS: 602 418 357", site="moterom.dk", city="Odense") == ["+48602418357"]
    czech = "Jag är en tjeckisk tjej. Ring: 602 418 357"
    assert phones(czech, site="kvall.se", city="Göteborg") == ["+420602418357"]
    (detail,) = phone_details(czech, site="kvall.se", city="Göteborg")
    assert detail["readings"] == ["+420602418357", "+48602418357"]


def test_a_landline_of_another_country_gives_way_to_her_home_countrys_mobile() -> None:
    """ "0843 275 319" is a Stockholm line by Sweden's rules and a Vietnamese mobile in Vietnam's grouping: in a
    Copenhagen ad it is hers; in a Stockholm ad the Stockholm line stays (a clinic's landline)."""
    assert phones("Hej! Ring: 0843 275 319", site="moterom.dk", city="København") == ["+84843275319"]
    assert phones("Hej! Ring: 0843 275 319", site="kvall.se", city="Stockholm") == ["+46843275319"]


@pytest.mark.parametrize(
    "body",
    [
        "Hej! 067 413 2958",  # no contact word before it
        "Booking: user0674132958",  # glued to a word: an id
        "Ring: +A6 067 413 2958",  # a code written but unreadable
        "Ring: 067 413 29*8 (* is five)",  # a digit replaced by a mark
    ],
)
def test_what_is_not_her_home_number_is_not_read_there(body: str) -> None:
    assert all(not p.startswith("+380") for p in phones(body, site="kvall.se", city="Malmö"))


def test_home_readings_need_a_mobile_and_nine_digits() -> None:
    assert [r.region for r in homeland.readings("0674132958")][:1] == ["UA"]
    assert homeland.readings("23578196") == ()  # eight digits: the Nordic countries' own
    assert homeland.choose("", "919 123 456", "919123456") == ()  # a trunk-0 country's mobile needs its grouping
    assert homeland.groups("(0-612) 21943") == (1, 3, 5)


def test_the_home_countries_are_validated() -> None:
    assert lexicon().home_countries[0] == "RO" and "NO" not in lexicon().home_countries
    with pytest.raises(LexiconError):
        LexiconFile.from_data({**_lexicon_data(), "home_countries": ["RO", "NO"]})
    with pytest.raises(LexiconError):
        LexiconFile.from_data({**_lexicon_data(), "home_countries": ["RO", "RO"]})


def _lexicon_data() -> dict[str, object]:
    from kartlegg.extract.lexicon import _load

    data = _load("lexicon.yaml")
    assert isinstance(data, dict)
    return dict(data)


# --- "(country code +45) 23 55 85 85" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Phone: (country code +45) 23 57 81 96", {"site": "kveldlys.no", "city": "Oslo"}, "+4523578196"),
        ("Ring (landskode +36) 30 512 7784", {"site": "kveldlys.no", "city": "Oslo"}, "+36305127784"),
        ("Ring: (landsnummer +48) 602 418 357", {"site": "kvall.se", "city": "Malmö"}, "+48602418357"),
        ("Ring: (riktnummer +46) 70-413 29 58", {"site": "kvall.se", "city": "Malmö"}, "+46704132958"),
        ("Ring (landekode +46) 70-413 29 58", {"site": "moterom.dk", "city": "Aarhus"}, "+46704132958"),
    ],
)
def test_a_code_after_a_country_code_label_applies_to_the_number(body: str, kw: dict[str, str], expected: str) -> None:
    assert phones(body, **kw) == [expected]


def test_a_reference_code_is_still_no_number() -> None:
    assert phones("Code: 23 57 81 96", site="kveldlys.no", city="Oslo") == []


def test_the_country_code_labels_are_validated() -> None:
    from kartlegg.extract.lexicon import _load

    data = _load("furniture.yaml")
    assert isinstance(data, dict)
    with pytest.raises(LexiconError):  # every language must have its labels
        FurnitureFile.from_data({**data, "country_code_labels": {"en": ["country code"]}})


# --- the country by name, a trunk-0 country's mobile without its 0 ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Call: Thailand number: 81 234 5678", {"site": "kvall.se", "city": "Malmö"}, "+66812345678"),
        ("Ring: bulgariskt nummer: 89 763 2418", {"site": "kvall.se", "city": "Malmö"}, "+359897632418"),
        ("Colombia number: 317 2767642", {"site": "kveldlys.no", "city": "Oslo"}, "+573172767642"),
        ("Ring: ungarsk nummer: 30 512 7784", {"site": "moterom.dk", "city": "Aarhus"}, "+36305127784"),
        ("Tlf: ukrainsk nummer: 97 798 1426", {"site": "kveldlys.no", "city": "Bergen"}, "+380977981426"),
    ],
)
def test_a_country_named_before_a_trunkless_mobile(body: str, kw: dict[str, str], expected: str) -> None:
    assert phones(body, **kw) == [expected]


# --- a Danish number on a Norwegian site for a Danish city ---------------------------------------------------------


def test_a_norwegian_landline_reading_in_a_danish_city_is_the_danish_mobile() -> None:
    """A Norwegian-language ad on a ".no" site for Copenhagen: "63 45 98 12" is a landline in Norway and a mobile in
    Denmark, so it is Danish (the site's reading is kept for its furniture); a Norwegian mobile stays Norwegian, and
    in an Oslo ad the landline stays Norwegian."""
    body = _NO_TEXT + "Tlf: 63 45 98 12"
    assert phones(body, site="kveldlys.no", city="København") == ["+4563459812"]
    assert phone_details(body, site="kveldlys.no", city="København")[0]["site_reading"] == "+4763459812"
    assert phones(_NO_TEXT + "Tlf: 93 45 98 12", site="kveldlys.no", city="København") == ["+4793459812"]
    assert phones(body, site="kveldlys.no", city="Oslo") == ["+4763459812"]


# --- properties ---------------------------------------------------------------------------------------------------

_NORDIC_MOBILE = st.from_regex(r"[49][0-9]{7}", fullmatch=True)
_NATIONALITY = st.sampled_from(
    ["ukrainsk jente", "polsk pige", "Dominican lady", "tjeckisk tjej", "thai girl", "rumensk", "🇷🇴", "nigeriansk"]
)
_WORD = st.sampled_from(["Hej", "ring", "mig", "Call", "me", "nu", "på", "here", "SMS", "Tlf:"])


def _grouped(digits: str) -> str:
    return " ".join(digits[k : k + 2] for k in range(0, len(digits), 2))


@settings(max_examples=60, deadline=None)
@given(_NATIONALITY, st.lists(_WORD, min_size=1, max_size=4), _NORDIC_MOBILE, st.sampled_from(["no", "dk"]))
def test_a_mobile_of_the_ads_country_keeps_it_whatever_nationality_is_stated(
    nationality: str, words: list[str], digits: str, tld: str
) -> None:
    assume(len(set(digits)) >= 5 and all(_mobile_digits(digits, (r,)) for r in ("NO", "DK")))
    site = "kveldlys.no" if tld == "no" else "moterom.dk"
    country = "+47" if tld == "no" else "+45"
    body = f"{nationality}. " + " ".join([*words, "Ring:", _grouped(digits)])
    assert phones(body, site=site) == [country + digits]


_SWEDISH_MOBILE = st.from_regex(r"07[02369][0-9]{7}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(_NATIONALITY, st.lists(_WORD, max_size=4), _SWEDISH_MOBILE)
def test_a_nationality_word_away_from_a_swedish_mobile_changes_nothing(
    nationality: str, words: list[str], digits: str
) -> None:
    assume(_mobile_digits(digits, ("SE",)))
    number = f"{digits[:3]}-{digits[3:6]} {digits[6:8]} {digits[8:]}"
    plain = " ".join([*words, "Ring:", number])
    assert phones(f"{nationality}. {plain}", site="kvall.se") == phones(plain, site="kvall.se") == ["+46" + digits[1:]]


@settings(max_examples=60, deadline=None)
@example("0765440017", "-")
@given(_SWEDISH_MOBILE, st.sampled_from(["-", " ", ".", "/"]))
def test_a_mobile_of_the_ads_country_is_never_read_in_a_home_country(digits: str, sep: str) -> None:
    """ "076-544-0017" in a Swedish ad is hers at home, even where the ad's reading does not take it whole: never
    Romania's "765 440 017" (a home country is tried only where no country of the ad reads a mobile)."""
    assume(_mobile_digits(digits, ("SE",)))
    body = f"Ring: {digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}"
    assert all(p == "+46" + digits[1:] for p in phones(body, site="kvall.se", city="Örebro"))
