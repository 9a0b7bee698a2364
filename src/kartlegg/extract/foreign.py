"""A foreign number written nationally with its country named after it (issue 14, session 27).

"050-239-9349 (ukrainsk nr)", "517165037 [PL]", "0989 556 355 (Vietnamese number)", "863 308 203 (Lithuanian
number)": a nationality adjective of ``lexicon.yaml`` (sv/no/da/en) followed by a word for a number, or alone in
brackets, or an ISO code in capitals in brackets, right after a national number gives its country.
``phones._split`` tries that country first for the run the tag closes, as it does for a code written before
("RO 0758 402 971", ``phones._named_region``).
"""

from __future__ import annotations

import functools
import re
from typing import Final

import phonenumbers

from kartlegg.extract.lexicon import lexicon

#: Words for "number" after a nationality: "(Thai number)", "(ukrainsk nr)", "(polsk nummer)".
NUMBER_WORDS: Final = ("number", "no", "nr", "nummer", "numer", "num", "mobile", "mobil", "phone", "tlf", "tel", "sim")
#: How far after a number its tag may start (blanks, a dash or a colon between).
REACH: Final = 3


@functools.cache
def _tag() -> tuple[re.Pattern[str], dict[str, str]]:
    """The tag pattern and each nationality word's country."""
    countries: dict[str, str] = {}
    for n in lexicon().nationalities.values():
        for w in n.words:
            countries[w.lower()] = n.country
    words = "|".join(re.escape(w) for w in sorted(countries, key=len, reverse=True))
    num = "|".join(NUMBER_WORDS)
    iso = r"[(\[][ \t]?([A-Z]{2})[ \t]?[)\]]"  # "[PL]", "(LT)"
    alone = r"[(\[][ \t]?(?i:(" + words + r"))[ \t]?[)\]]"  # "(ukrainsk)"
    named = r"[(\[]?[ \t]?(?i:(" + words + r"))[ \t]+(?i:" + num + r")\b\.?"  # "(Thai number)", "ukrainsk nr"
    rx = re.compile(f"[ \\t\\-:]{{0,{REACH}}}(?:{iso}|{alone}|{named})")
    return rx, countries


def region_after(text: str, end: int) -> str | None:
    """The region a tag right after ``end`` (a number's last digit) names, or None."""
    if end >= len(text):
        return None
    c = text[end]
    if not (c in " \t-:([" or c.isalpha()):
        return None
    rx, countries = _tag()
    m = rx.match(text, end)
    if m is None:
        return None
    if m.group(1) is not None:
        code = m.group(1)
        return code if code in phonenumbers.SUPPORTED_REGIONS else None
    word = m.group(2) or m.group(3)
    return countries.get(word.lower()) if word else None
