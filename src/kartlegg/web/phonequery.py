"""Turn a phone number the analyst typed, in any written form, into the E.164 values selectors carry.

The analyst's query is meant to be a number, so this is bolder than extraction: every digit word of
extraction's number lexicon (sv/no/da/en, ``extract/data/numbers.yaml``), look-alike letters and any
separators are mapped or dropped (also glued together: "ltvå" is 1, 2), then phonenumbers parses the digits
per region. As in extraction, a word that is also an ordinary word ("to", "en", "ni", or a lone "i") counts
only among other number tokens: "ring to meg 412 34 567" is 412 34 567. When the bold reading finds
nothing (other words around the number), extraction's own reading is used.
"""

from __future__ import annotations

import functools
import re

import phonenumbers

from kartlegg.extract import normalise_phone_query
from kartlegg.extract.lexicon import fold, numbers

REGIONS: tuple[str, ...] = ("SE", "NO", "DK")
MAX_QUERY = 80

_LOOKALIKE = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1", "S": "5", "B": "8"})


#: The query's words and digit runs, in order (what lies between them is separators).
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@functools.cache
def _weak_words() -> frozenset[str]:
    """Number words that are also ordinary words (lexicon ``weak``), with and without diacritics."""
    weak = numbers().weak
    return frozenset({w.lower() for w in weak} | {fold(w) for w in weak})


@functools.cache
def _digit_words() -> tuple[dict[str, str], int]:
    """Digit words of the number lexicon (with and without diacritics) and the longest one's length."""
    words: dict[str, str] = {}
    for digit, names in numbers().units.items():
        for w in names:
            words.setdefault(w.lower(), str(digit))
            words.setdefault(fold(w), str(digit))
    return words, max(len(w) for w in words)


def _letters(run: str) -> str:
    """A run of letters as digits where it spells number words or look-alikes ("ltvå" -> "12"), greedily."""
    words, longest = _digit_words()
    low = run.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        for n in range(min(longest, len(low) - i), 0, -1):
            digit = words.get(low[i : i + n])
            if digit is not None:
                out.append(digit)
                i += n
                break
        else:
            out.append(run[i])
            i += 1
    return "".join(out)


def _run_digits(run: str) -> str:
    """A letter run that is wholly number words and look-alikes as its digits; any other word is dropped
    ("ring meg på 412 34 567" keeps no "1" for the "i" of "ring")."""
    digits = _letters(run).translate(_LOOKALIKE)
    return digits if digits.isdigit() else ""


def _digits_only(text: str) -> str:
    text = text[:MAX_QUERY]
    tokens = list(_TOKEN.finditer(text))
    # each token read as digits ("" for a word that is no number) and whether it is weak on its own: a number
    # word that is also an ordinary word, or a lone look-alike letter ("i", "o")
    readings: list[tuple[str, bool]] = []
    for m in tokens:
        tok = m.group(0)
        if tok.isdigit():
            readings.append((tok, False))
            continue
        digits = _run_digits(tok)
        readings.append((digits, bool(digits) and (tok.lower() in _weak_words() or len(tok) == 1)))
    # weak tokens count only in a stretch of number tokens that holds a strong one (digits or another word)
    keep = [bool(d) for d, _ in readings]
    i = 0
    while i < len(readings):
        if not readings[i][0]:
            i += 1
            continue
        j = i
        while j < len(readings) and readings[j][0]:
            j += 1
        if all(weak for _, weak in readings[i:j]):
            keep[i:j] = [False] * (j - i)
        i = j
    kept = "".join(d for (d, _), k in zip(readings, keep, strict=True) if k)
    digits = "".join(ch for ch in kept if ch.isdigit() and ch.isascii())
    plus = text.lstrip().startswith("+") or text.lstrip().startswith("00")
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
    text = text[:MAX_QUERY]
    seen: dict[str, None] = {}
    for region in regions:
        e164 = _local_normalise(text, region)
        if e164:
            seen.setdefault(e164, None)
    if not seen and regions == REGIONS:
        # words around the number ("ring to meg 412 34 567") defeat the bold reading; extraction's does not
        return normalise_phone_query(text)
    return list(seen)
