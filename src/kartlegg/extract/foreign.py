"""A foreign number written nationally with its country named after it (issue 14, session 27).

"050-239-9349 (ukrainsk nr)", "517165037 [PL]", "0989 556 355 (Vietnamese number)", "863 308 203 (Lithuanian
number)": a nationality adjective of ``lexicon.yaml`` (sv/no/da/en) followed by a word for a number, or alone in
brackets, or an ISO code in capitals in brackets, right after a national number gives its country.
``phones._split`` tries that country first for the run the tag closes, as it does for a code written before
("RO 0758 402 971", ``phones._named_region``).
"""

from __future__ import annotations

import functools
from typing import Final

import phonenumbers

from kartlegg.extract.lexicon import lexicon

#: Words for "number" after a nationality: "(Thai number)", "(ukrainsk nr)", "(polsk nummer)".
NUMBER_WORDS: Final = ("number", "no", "nr", "nummer", "numer", "num", "mobile", "mobil", "phone", "tlf", "tel", "sim")
#: Words that name a number's country only in a tag: "English" is a language elsewhere ("I speak English"), so it is
#: no nationality of ``lexicon.yaml``, but "07416 561785 (English number)" is British.
TAG_ONLY: Final = {"english": "GB", "engelsk": "GB", "engelska": "GB", "engelske": "GB"}
#: How far after a number its tag may start (blanks, a dash or a colon between).
REACH: Final = 3


@functools.cache
def _countries() -> dict[str, str]:
    """Each nationality word's country (lower-case)."""
    countries: dict[str, str] = {}
    for n in lexicon().nationalities.values():
        for w in n.words:
            countries[w.lower()] = n.country
    return countries


def _letters_end(text: str, k: int) -> int:
    n = len(text)
    while k < n and text[k].isalpha():
        k += 1
    return k


def _blank_end(text: str, k: int, most: int) -> int:
    n = len(text)
    e = min(n, k + most)
    while k < e and text[k] in " \t":
        k += 1
    return k


def region_after(text: str, end: int) -> str | None:
    """The region a tag right after ``end`` (a number's last digit) names, or None: "[PL]", "(LT)" (an ISO code in
    capitals in brackets), "(ukrainsk)" (a nationality word in brackets), "(Thai number)", "ukrainsk nr" (a
    nationality word and a word for a number). A scan of the few characters there, no pattern."""
    n = len(text)
    k = end
    while k < n and k - end < REACH and text[k] in " \t-:":
        k += 1
    if k >= n:
        return None
    bracket = text[k] in "(["
    if bracket:
        k = _blank_end(text, k + 1, 1)
    e = _letters_end(text, k)
    if e == k:
        return None
    word = text[k:e]
    if bracket:
        close = _blank_end(text, e, 1)
        if close < n and text[close] in ")]":
            if len(word) == 2 and word.isupper() and word.isascii():
                return word if word in phonenumbers.SUPPORTED_REGIONS else None
            return _countries().get(word.lower())
    country = _countries().get(word.lower()) or TAG_ONLY.get(word.lower())
    if country is None:
        return None
    k = _blank_end(text, e, 3)
    if k == e:
        return None
    e2 = _letters_end(text, k)
    return country if text[k:e2].lower() in NUMBER_WORDS else None
