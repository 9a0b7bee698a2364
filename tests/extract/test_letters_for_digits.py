"""Letters written for digits beyond o/O/l/I (issue 14, session 26): "S" 5, "B" 8, "Z" 2, "i" 1, read only inside a
run of tokens that is mostly real digits; bra sizes, words and links stay what they are."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad


def _phones(body: str, region: str) -> list[tuple[str, str]]:
    ex = extract_ad(body=body, region=region)
    return [(m.value, m.detail.get("style", "")) for m in ex.matches if m.kind == "phone"]


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        ("Ring meg på 9i26 B794, kun SMS.", "NO", "+4791268794"),
        ("Ring mig: 070-S23 4Z 67", "SE", "+46705234267"),
        ("Skriv til mig på S3 28 34 44 efter kl. 10", "DK", "+4553283444"),
        ("Call me +44 74i6 S61 785 anytime", "SE", "+447416561785"),
        # the old look-alikes of such a run are read with the new ones ("l" 1)
        ("Tel: +47979i1Z6l", "NO", "+4797911261"),
        # "70o" is a group with a look-alike, not a size
        ("Bokning: +46-70o-48-4Z-74", "SE", "+46700484274"),
        # the last group is letters only: left out, the number would be read one digit short
        ("Ring meg: +4S-6I3-17-Z6-S", "NO", "+4561317265"),
    ],
)
def test_letters_for_digits_inside_a_run_of_digits(body: str, region: str, expected: str) -> None:
    assert _phones(body, region) == [(expected, "lookalike")]


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # a bra size next to the number is no part of it
        ("Storlek 75B 070 123 45 67", "SE", ["+46701234567"]),
        ("BH 75B, 170 cm. Ring 070-123 45 67 is my number", "SE", ["+46701234567"]),
        ("BH 75B 123 45 67", "SE", []),
        # "%2B" is a link's "+", not "2" and "8"
        ("Skriv på viber://chat?number=%2B46767787816", "SE", ["+46767787816"]),
        # too few real digits, or more letters than digits: words and codes, not numbers
        ("Rum 3B, våning 2, kod 12 34", "SE", []),
        ("Modell 9l8 S6 7Z3", "NO", []),
        ("Sizes S/M, 36B 34 and 1SB2 Z3 S", "DK", []),
        ("Jeg er 25 år, 165 cm, 55 kg, BH 80B. Kun seriøse herrer.", "NO", []),
    ],
)
def test_sizes_words_and_links_stay_as_they_are(body: str, region: str, expected: list[str]) -> None:
    assert [v for v, _ in _phones(body, region)] == expected
