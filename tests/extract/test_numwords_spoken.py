"""A number spelled in a woman's own language is read in her country first (session 34, issue 14): "zero șapte trei
…" (Romanian), "pięć jeden dwa …" (Polish), "tres dos dos …" (Spanish) in a Swedish ad were read as Swedish,
Norwegian or Belgian numbers, or a digit short. Synthetic text only; every number is invented."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad
from kartlegg.extract.numwords import spoken_countries


def phones(body: str, region: str) -> list[str]:
    return extract_ad(body=body, region=region).values("phone")


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # Romanian words: a Romanian mobile where Sweden's 071 is none (a Norwegian reading took eight digits)
        ("Kontakt: zero șapte unu unu unu cinci nouă opt trei doi", "SE", "+40711159832"),
        # and without diacritics, in a Norwegian ad: Moldova's 0 6x xxx xxx when Romania has no such mobile
        ("Ring: zero sase doi unu patru opt noua sapte opt", "NO", "+37362148978"),
        # Polish: nine digits without a trunk prefix (a Norwegian reading took eight of them)
        ("Tlf: sześć zero jeden dwa osiem trzy cztery pięć siedem", "NO", "+48601283457"),
        # Spanish: Colombia's ten-digit mobile, not a Belgian number opened by "32"
        ("Contact: tres uno cinco cuatro dos dos ocho siete cero uno", "DK", "+573154228701"),
    ],
)
def test_a_number_in_her_own_language_is_read_in_her_country(body: str, region: str, expected: str) -> None:
    assert phones(body, region) == [expected]


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # Nordic and English words say nothing of a foreign country
        ("Ring: noll sju tre två fyra ett fem nio åtta tre", "SE", "+46732415983"),
        ("Call me: zero seven three two four one five nine eight three", "SE", "+46732415983"),
        # her language's words, but the whole run is a mobile of the ad's country too: it stays the ad's
        ("Kontakt: zero șapte doi patru unu cinci nouă opt trei doi", "SE", "+46724159832"),
        # her language's words, but no mobile of her country: the ad's countries read it
        ("Kontakt: zero opt șase unu doi trei patru cinci șase", "SE", "+4686123456"),
    ],
)
def test_other_spellings_keep_the_ads_countries(body: str, region: str, expected: str) -> None:
    assert phones(body, region) == [expected]


def test_the_language_needs_three_words_of_its_own_and_a_clear_lead() -> None:
    assert spoken_countries(["zero", "șapte", "trei", "unu"]) == ("RO", "MD")
    assert spoken_countries(["zero", "sapte", "doi"]) == ()  # two Romanian words only
    assert spoken_countries(["dwa", "trzy", "cztery", "doi", "trei", "patru"]) == ()  # a tie
    assert spoken_countries(["noll", "sju", "tre", "fyra"]) == ()
