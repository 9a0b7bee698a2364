"""The blind evaluation corpus (benchmarks/blind3) is deterministic for a seed, and its truth agrees with its ads:
every contact the truth lists is written in its ad in a form that decodes back to it, and the ad names its city."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.blind3 import generate
from benchmarks.blind3.people import CITIES, DIGIT_WORDS, DISTRICTS, EXONYM_EN

WORD_DIGIT = {w: str(i) for words in DIGIT_WORDS.values() for i, w in enumerate(words)}
LETTER_DIGIT = {"o": "0", "l": "1", "i": "1"}


def decode_digits(written: str) -> str:
    """The digits a written number stands for: digit words in the four languages, letters for digits, Unicode
    and keycap digits; a messaging link's number after its last '/', '=' or '%2B'."""
    if "wa.me/" in written or "whatsapp" in written or "viber" in written:
        written = re.split(r"[/=]|%2B", written)[-1]
    out = []
    for token in re.findall(r"[^\W\d_]+|.", written.lower()):
        if token in WORD_DIGIT:
            out.append(WORD_DIGIT[token])
        else:
            chars = [
                LETTER_DIGIT.get(c) or (str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else "")
                for c in token
            ]
            if all(chars):  # letters standing for digits, Unicode digits; not a word such as "plus"
                out.extend(chars)
    return "".join(out)


def decode_email(written: str) -> str:
    s = re.sub(r"\s*@\s*", "@", written.lower())
    at = r"alfakrøll|krøllalfa|snabel-a|snabela|at|a"
    s = re.sub(rf"\s*[\(\[\{{]({at})[\)\]\}}]\s*|\s+({at})\s+", "@", s, count=1)
    dot = r"punktum|punkt|prikk|prik|dot"
    s = re.sub(rf"\s*[\(\[]({dot})[\)\]]\s*|\s+({dot})\s+", ".", s)
    return s.replace(" ", "")


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return generate(7, 600)


def test_every_listed_phone_is_written_in_its_ad(corpus) -> None:  # type: ignore[no-untyped-def]
    ads, truth = corpus
    for ad, t in zip(ads, truth, strict=True):
        assert (ad["site"], ad["id"]) == (t["site"], t["id"])
        text = f"{ad['url']}\n{ad['title']}\n{ad['body']}"
        assert set(t["own_phones"]) <= set(t["phones"])
        assert set(t["phone_written"]) == set(t["phones"]) == set(t["phone_styles"])
        for e164, written in t["phone_written"].items():
            assert written in text, (e164, written)
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            nsn, cc = phonenumbers.national_significant_number(num), str(num.country_code)
            digits = decode_digits(written)
            assert digits.endswith(nsn), (e164, written, digits)
            assert digits[: len(digits) - len(nsn)] in ("", "0", "06", cc, f"{cc}0", f"00{cc}", f"00{cc}0"), (
                e164,
                written,
            )


def test_every_listed_email_is_written_in_its_ad(corpus) -> None:  # type: ignore[no-untyped-def]
    ads, truth = corpus
    n = 0
    for ad, t in zip(ads, truth, strict=True):
        assert set(t["email_written"]) == set(t["emails"])
        for email, written in t["email_written"].items():
            assert written in ad["body"]
            assert decode_email(written) == email, (email, written)
            n += 1
    assert n > 50


def test_the_ad_names_its_city_and_the_furniture_is_printed(corpus) -> None:  # type: ignore[no-untyped-def]
    ads, truth = corpus
    for ad, t in zip(ads, truth, strict=True):
        city = str(t["city"])
        spellings = [city, *CITIES[city][1], *DISTRICTS.get(city, []), EXONYM_EN.get(city, city)]
        text = f"{ad['title']}\n{ad['body']}\n{ad['city'] or ''}".lower()
        assert any(s.lower() in text for s in spellings), (city, ad["title"])
        for item in t["furniture"]:
            assert item["text"] in f"{ad['url']}\n{ad['body']}", item
            if item["kind"] == "ad_id":
                assert item["text"] == ad["id"]
                assert ad["id"] in ad["url"] or ad["id"] in ad["body"]
