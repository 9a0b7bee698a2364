"""Turn a phone number the analyst typed, in any written form, into the E.164 values selectors carry.

The analyst's query is meant to be a number, so the pre-pass may be bolder than extraction's: number
words (Norwegian, Swedish, Danish, English), look-alike letters and any separators are mapped or dropped,
then phonenumbers parses the digits for each region in turn. The extract stage's own
``normalise_phone_query`` can replace ``_local_normalise`` behind ``phone_candidates`` later.
"""

from __future__ import annotations

import re

import phonenumbers

REGIONS: tuple[str, ...] = ("SE", "NO", "DK")
MAX_QUERY = 80

_WORDS: dict[str, str] = {}
for _digit, _names in {
    "0": "zero null noll nul nolla",
    "1": "one en ett et ein",
    "2": "two to två tva",
    "3": "three tre",
    "4": "four fire fyra",
    "5": "five fem",
    "6": "six seks sex",
    "7": "seven sju syv",
    "8": "eight åtte atte åtta atta otte",
    "9": "nine ni nio",
}.items():
    for _w in _names.split():
        _WORDS[_w] = _digit
_LOOKALIKE = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1", "S": "5", "B": "8"})
_WORD_RE = re.compile(r"[a-zåäöæø]+", re.IGNORECASE)


_LONGEST = max(len(w) for w in _WORDS)


def _letters(run: str) -> str:
    """A run of letters as digits where it spells number words or look-alikes ("ltvå" -> "12"), greedily."""
    low = run.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        for n in range(min(_LONGEST, len(low) - i), 0, -1):
            digit = _WORDS.get(low[i : i + n])
            if digit is not None:
                out.append(digit)
                i += n
                break
        else:
            out.append(run[i])
            i += 1
    return "".join(out)


def _digits_only(text: str) -> str:
    text = text[:MAX_QUERY]

    text = _WORD_RE.sub(lambda m: _letters(m.group(0)), text).translate(_LOOKALIKE)
    plus = text.lstrip().startswith("+") or text.lstrip().startswith("00")
    digits = "".join(ch for ch in text if ch.isdigit() and ch.isascii())
    if digits.startswith("00"):
        digits = digits[2:]
    return ("+" if plus else "") + digits


def _local_normalise(text: str, region: str) -> str | None:
    raw = _digits_only(text)
    if len(raw.lstrip("+")) < 6:
        return None
    try:
        num = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def phone_candidates(text: str, regions: tuple[str, ...] = REGIONS) -> list[str]:
    """Every E.164 number the query can mean, in region order, deduplicated (empty when it is no phone)."""
    seen: dict[str, None] = {}
    for region in regions:
        e164 = _local_normalise(text, region)
        if e164:
            seen.setdefault(e164, None)
    return list(seen)
