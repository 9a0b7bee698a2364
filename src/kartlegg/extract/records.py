"""A record's keys say what its values are: a country-code field joins its record's phone field (session 41).

Pages that are records, not prose (a JSON API's object, a log line in logfmt, YAML front matter or a note's metadata
block, a query string, a form post), often keep a number's country code in a field of its own:
'"contact": {"country_code": "+380", "msisdn": "509046682"}', "phone_cc=46 phone=724990836",
"landskode: 45" ⏎ "mobil: 23438400", "?cc=47&tel=41234567". Read as text the subscriber number is taken for a
number of the ad's city's country (or for none: nine digits without their trunk 0). The key names the value in any
language: a field whose key is of the ``code`` class of ``data/fields.yaml`` ("country_code", "cc", "phone_cc",
"dial_code", "landskod", "landskode", "landekode", "prefix" …) is the country code of the nearest phone field
(``phone`` class: "msisdn", "phone", "tel", "mobil", "telefon", "nummer" …) of the same record, and the two are read
as one international number before any other reading of those digits.

Which record: the two fields with no bracket or brace between them (one JSON object, one logfmt line's pairs, one
YAML block) and at most a few lines apart. Keys are matched as the writer spelled them ("countryCode" as
"country code"). A text without a code key's last word ("cc", "code", "kod" …) with a key sign right after it pays a
lower-casing and a few ``str.find`` calls.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from kartlegg.extract import phones, structured
from kartlegg.extract.lexicon import field_words

#: A key and its number: '"key": "+47"', "key=46", "key: 0724 99 08 36", "key='…'" (a query's "&key=" too).
_PAIR: Final = re.compile(
    r"""(?<![A-Za-z0-9_])["']?([A-Za-z][A-Za-z0-9_.\-]{0,39})["']?[ \t]*[:=][ \t]*["']?"""
    r"""(\+?[0-9](?:[0-9 ().\-]{0,20}[0-9])?)(?![0-9A-Za-z])"""
)
_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: Two fields of one record are at most this far apart, with at most this many line breaks between them.
_MAX_GAP: Final = 400
_MAX_LINES: Final = 6
#: What closes or opens a record between two fields: they are of different records.
_RECORD_SIGNS: Final = "{}[]"


@functools.cache
def _needles() -> tuple[str, ...]:
    """The code keys' last words, lower-case, none holding another ("landskode" goes with "landskod"): a key of the
    class ends in one of them ("country_code", "phone_cc", "dialCode", "X-LANDSKODE")."""
    lasts = {name.split()[-1] for name, kind in field_words().classes.items() if kind == "code"}
    return tuple(sorted(w for w in lasts if not any(o != w and o in w for o in lasts)))


#: How far after a code key's last word its sign may stand ('code": ', "cc=", "kod :").
_SIGN_REACH: Final = 4


def may_hold(text: str, low: str | None = None) -> bool:
    """The cheap gate: a code key's last word with a key sign ("=" or ":") right after it, in the lower-cased text,
    ending a key of the ``code`` class. A few ``str.find`` calls: a prose ad's "accept" or "kode", a JSON-LD
    "postalCode" are no code key. ``low``: ``lower_same_length(text)``, when the caller has it (``patterns.scan``'s):
    ``text.lower()`` itself unless the text holds "İ", the one character whose lower-case form is longer (lowering
    a long field was ~35 k instructions an ad, q1)."""
    if "=" not in text and ":" not in text:
        return False
    if low is None or "\u0130" in text:
        low = text.lower()
    for n in _needles():
        i = low.find(n)
        while i >= 0:
            end = i + len(n)
            after = low[end : end + _SIGN_REACH]
            if (":" in after or "=" in after) and _key_class(_key_ending(text, end)) == "code":
                return True
            i = low.find(n, end)
    return False


def _key_ending(text: str, end: int) -> str:
    """The key that ends at ``end``: its letters, digits, "_", "-" and "." before it ("postalCode", "phone_cc")."""
    k = end
    while k > 0 and end - k < 40 and (text[k - 1].isalnum() or text[k - 1] in "_-."):
        k -= 1
    return text[k:end]


def _key_class(key: str) -> str:
    return structured.field_class(_CAMEL.sub(" ", key))


def _code_digits(value: str) -> str | None:
    """A code field's value as its digits ("+380", "46", "0045", "(+47)"): one to four digits, else None."""
    d = "".join(c for c in value if c.isdigit())
    if value.lstrip("( ").startswith("00") and len(d) > 2:
        d = d[2:]
    return d if 1 <= len(d) <= 4 and d[0] != "0" else None


def _same_record(text: str, a: int, b: int) -> bool:
    if b - a > _MAX_GAP:
        return False
    gap = text[a:b]
    return gap.count("\n") <= _MAX_LINES and not any(c in gap for c in _RECORD_SIGNS)


def _joined(code: str, value: str) -> str | None:
    """A phone field's digits read as a national number of ``code`` (its trunk 0 dropped when the number is not valid
    with it: "0724 99 08 36" under 46), or None; a value that writes its own code ("+46…", "0046…", "46…" under 46)
    is read as written."""
    digits = "".join(c for c in value if c.isdigit())
    if value.lstrip("( ").startswith("+") or digits.startswith("00"):
        return None  # written with its own code: the text's reading stands
    if not 6 <= len(digits) <= 14:
        return None
    tries = [code + digits]
    if digits[0] == "0":
        tries.append(code + digits[1:])
    elif digits.startswith(code) and len(digits) - len(code) >= 7:
        tries.append(digits)
    for t in tries:
        e = phones.validate(t, True, ())
        if e is not None:
            return e
    return None


def coded_phones(text: str) -> list[tuple[int, int, str]]:
    """Each phone field's value joined to its record's country-code field: (start, end, E.164), in order."""
    if not may_hold(text):
        return []
    codes: list[tuple[int, str]] = []
    numbers: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        kind = _key_class(m.group(1))
        if kind == "code":
            d = _code_digits(m.group(2))
            if d is not None:
                codes.append((m.start(), d))
        elif kind == "phone":
            numbers.append((m.start(2), m.end(2)))
    if not codes or not numbers:
        return []
    out: list[tuple[int, int, str]] = []
    for s, e in numbers:
        best: str | None = None
        dist = _MAX_GAP + 1
        for at, d in codes:
            lo, hi = (at, s) if at < s else (e, at)
            if hi - lo < dist and _same_record(text, lo, hi):
                best, dist = d, hi - lo
        if best is None:
            continue
        e164 = _joined(best, text[s:e])
        if e164 is not None:
            out.append((s, e, e164))
    return out
