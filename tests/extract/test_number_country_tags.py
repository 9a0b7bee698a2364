"""A national number's country written beside it (issue 14, session 32): an ISO code in capitals in brackets right
before the digits ("(RO) 0711 …", "[PL] 5…", "(LT) (0-6…) …"), a flag, a country's name in brackets, a nationality
word and a word for a number in sv/no/da/en. The marker outranks the site's, city's and language's country; where the
digits are no valid number of the marked country, the ad's countries read them as before. Synthetic text only; every
number is invented."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.foreign import tag_before
from kartlegg.extract.lexicon import LexiconError, LexiconFile, lexicon
from kartlegg.extract.phones import _mobile_digits


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


def styles(body: str, **kw: str) -> list[str]:
    return [m.detail["style"] for m in extract_ad(body=body, **kw).matches if m.kind == "phone"]


# --- an ISO code in brackets right before the digits ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg (RO) 0745 318 266", {"site": "kveldlys.no", "city": "Oslo"}, "+40745318266"),
        ("SMS [PL] 602 418 357", {"site": "kvall.se", "city": "Malmö"}, "+48602418357"),
        # a colon after the tag, and the number's own area code in brackets after it
        ("WhatsApp (HU): 06 30 512 7784", {"site": "moterom.dk", "city": "Aarhus"}, "+36305127784"),
        ("Nummer: (BR) (21) 98734-1265", {"site": "kveldlys.no"}, "+5521987341265"),
        ("Tel (LT) (0-614) 27391", {"site": "kvall.se", "city": "Uppsala"}, "+37061427391"),
        ("Call (DO) (829) 614-2758", {"site": "moterom.dk"}, "+18296142758"),
        # mobiles written without a trunk 0 in a country whose landlines take one
        ("Text me: (CN) 138 2716 4408", {"site": "kveldlys.no", "city": "Bergen"}, "+8613827164408"),
        ("Llámame (CO) 314 5827716", {"site": "kvall.se"}, "+573145827716"),
        # "UK" is no ISO code but names Britain
        ("Ring (UK) 07912 345 678", {"site": "kveldlys.no"}, "+447912345678"),
    ],
)
def test_a_bracketed_code_before_a_number_sets_its_country(body: str, kw: dict[str, str], expected: str) -> None:
    assert phones(body, **kw) == [expected]
    assert styles(body, **kw) == ["tagged"]


def test_a_nordic_tag_outranks_the_city_and_the_site() -> None:
    """An 8-digit number valid in Norway and Denmark is read in the country its tag names, wherever the ad is."""
    assert phones("Ring (NO) 93 82 71 64", site="moterom.dk", city="København") == ["+4793827164"]
    assert phones("Ring (DK) 93 82 71 64", site="kveldlys.no", city="Oslo") == ["+4593827164"]
    # no tag: the ad's country, as before
    assert phones("Ring 93 82 71 64", site="moterom.dk", city="København") == ["+4593827164"]


def test_a_tag_whose_country_does_not_validate_the_digits_leaves_the_ads_reading() -> None:
    assert phones("Ring (RO) 93 82 71 64", site="kveldlys.no", city="Oslo") == ["+4793827164"]
    assert styles("Ring (RO) 93 82 71 64", site="kveldlys.no", city="Oslo") == ["national"]


@pytest.mark.parametrize(
    "body",
    [
        "Ring (ro) 0745 318 266",  # lower case: Norwegian "ro" (calm), not a tag
        "Ring (ID) 0745 318 266",  # a code that is also a label in capitals is not in the table
        "Ring (ZZ) 0745 318 266",  # no country
        "Ring (RO)) 0745 318 266",
    ],
)
def test_what_is_not_a_tag_does_not_set_a_country(body: str) -> None:
    # the digits are still a Romanian mobile in its national form, read as her home country's (session 33,
    # ``homeland``), but not as a tagged number
    assert "tagged" not in styles(body, site="kveldlys.no", city="Oslo")


# --- a flag, a country's name, a nationality word -----------------------------------------------------------------


def test_a_flag_before_a_number_sets_its_country() -> None:
    assert phones("Anna 🇷🇴 0745 318 266", site="kveldlys.no") == ["+40745318266"]
    assert phones("Anna 🇷🇴0745318266", site="kveldlys.no") == ["+40745318266"]


def test_a_flag_leaves_a_mobile_of_the_ads_market() -> None:
    """A flag may stand for her nationality or the languages she speaks: a valid mobile of the ad's own market keeps
    its country."""
    assert phones("Mette 🇩🇰 93 82 71 64", site="kveldlys.no", city="Oslo") == ["+4793827164"]
    # two flags: the languages she speaks
    assert "+40745318266" not in phones("Mette 🇬🇧🇷🇴 0745 318 266", site="kveldlys.no", city="Oslo")


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Tlf (Rumænien) 0745 318 266", {"site": "moterom.dk", "city": "Odense"}),  # da
        ("Ring (Rumänien) 0745 318 266", {"site": "kvall.se", "city": "Göteborg"}),  # sv
        ("Ring (Romania) 0745 318 266", {"site": "kveldlys.no", "city": "Bergen"}),  # en
        ("Ring (rumensk) 0745 318 266", {"site": "kveldlys.no", "city": "Bergen"}),  # no, a nationality word
        ("Rumensk nummer: 0745 318 266", {"site": "kveldlys.no", "city": "Bergen"}),  # no
        ("Rumänskt nr 0745 318 266", {"site": "kvall.se", "city": "Göteborg"}),  # sv neuter
        ("Romanian number 0745 318 266", {"site": "moterom.dk", "city": "Aalborg"}),  # en
    ],
)
def test_a_country_named_before_a_number_in_four_languages(body: str, kw: dict[str, str]) -> None:
    assert phones(body, **kw) == ["+40745318266"]


def test_a_tag_after_the_number_still_counts_and_the_table_holds_for_it() -> None:
    assert phones("Ring 602 418 357 [PL]", site="kvall.se") == ["+48602418357"]
    assert phones("Ring 07912 345 678 (UK)", site="kveldlys.no") == ["+447912345678"]


# --- the scan itself ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(RO) 0745", ("RO", False)),
        ("[PL]602", ("PL", False)),
        ("(HU):  06", ("HU", False)),
        ("(BR) (21", ("BR", False)),
        ("🇷🇴 0745", ("RO", True)),
        ("(Polen) 602", ("PL", False)),
        ("(RO] 0745", None),  # brackets that do not pair
        ("RO) 0745", None),
        ("(ro) 0745", None),
        ("(OK) 0745", None),
        ("(RO) x 0745", None),  # a word between: the tag is not right before the digits
        ("🇬🇧🇷🇴 0745", None),
    ],
)
def test_tag_before(text: str, expected: tuple[str, bool] | None) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert tag_before(text, start) == expected


def test_the_table_of_codes_is_validated() -> None:
    tags = lexicon().number_tags
    assert tags["NO"] == "NO" and tags["UK"] == "GB" and "ID" not in tags
    with pytest.raises(LexiconError):
        LexiconFile.from_data({**_lexicon_data(), "number_tags": {"codes": ["Romania"]}})


def _lexicon_data() -> dict[str, object]:
    from kartlegg.extract.lexicon import _load

    data = _load("lexicon.yaml")
    assert isinstance(data, dict)
    return dict(data)


# --- properties ---------------------------------------------------------------------------------------------------

_NORDIC_MOBILE = st.from_regex(r"[49][0-9]{7}", fullmatch=True)
_WORD = st.sampled_from(["Ring", "meg", "Hej", "ring", "mig", "Call", "me", "nu", "på", "here", "SMS"])
_CODE = st.sampled_from(["RO", "PL", "HU", "NO", "DK", "SE", "BR", "LT", "GB", "UK", "OK", "ID"])


def _grouped(digits: str) -> str:
    return " ".join(digits[k : k + 2] for k in range(0, len(digits), 2))


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORD, max_size=4), _NORDIC_MOBILE, st.sampled_from(["kveldlys.no", "moterom.dk"]))
def test_a_number_without_a_marker_keeps_the_ads_country(words: list[str], digits: str, site: str) -> None:
    # a valid mobile of both countries, not a round figure ("42 00 00 13") that no one reads as a number
    assume(len(set(digits)) >= 5 and all(_mobile_digits(digits, (r,)) for r in ("NO", "DK")))
    body = " ".join([*words, _grouped(digits)])
    country = "+47" if site.endswith(".no") else "+45"
    assert phones(body, site=site) == [country + digits]


@settings(max_examples=100, deadline=None)
@given(_CODE, st.lists(_WORD, min_size=1, max_size=3), _NORDIC_MOBILE, st.booleans())
def test_a_code_in_capitals_not_right_before_the_digits_changes_nothing(
    code: str, words: list[str], digits: str, after_word: bool
) -> None:
    plain = " ".join([*words, _grouped(digits)])
    # the code before a word, or after the number's first words but away from its digits
    marked = f"({code}) {plain}" if after_word else " ".join([words[0], f"({code})", *words[1:], "x", _grouped(digits)])
    unmarked = plain if after_word else " ".join([*words, "x", _grouped(digits)])
    assert phones(marked, site="kveldlys.no") == phones(unmarked, site="kveldlys.no")
