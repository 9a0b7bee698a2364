"""An independent reader of written phone numbers, used only to check that the demo hides nothing unfindable.

It undoes each obfuscation the demo claims to use (full-width digits, keycaps, words, look-alike letters,
"(0)") in the plainest possible way and then looks for the number's digits in runs of digits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import phonenumbers

from kartlegg.demo.lexicon import LANGUAGES, load_lexicon

_DIGITISH = re.compile(r"^[0-9OoIl+\-.*]+$")
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_RUN = re.compile(r"\+?\d[\d\s.\-*]*\d")


@cache
def _words() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        w = load_lexicon().numbers[lang]
        for n in range(100):
            out[w.two_digit(n)] = str(n)
        out[w.plus] = "+"
    return out


def digit_runs(text: str) -> list[str]:
    """Digit strings (with a leading + when written) after undoing the obfuscations."""
    t = unicodedata.normalize("NFKC", text).replace("\ufe0f", "").replace("\u20e3", "").replace("(0)", "")
    words = _words()
    parts = re.split(r"(\s+)", t)
    for i, tok in enumerate(parts):
        key = tok.lower().strip(",.:;!")
        if key in words:
            parts[i] = words[key]
        else:
            core = tok.rstrip(",.:;!")
            if _DIGITISH.match(core) and any(c.isdigit() for c in core):
                parts[i] = core.translate(_LOOKALIKE) + tok[len(core) :]
    # look-alike groups without any real digit ("lO") next to a digit group
    for i, tok in enumerate(parts):
        tok = tok.rstrip(",.:;!")
        if tok and set(tok) <= set("OoIl") and len(tok) >= 2:
            near = [p for p in (parts[i - 2] if i >= 2 else "", parts[i + 2] if i + 2 < len(parts) else "")]
            if any(any(c.isdigit() for c in p) for p in near):
                parts[i] = tok.translate(_LOOKALIKE)
    joined = "".join(parts)
    return [("+" if m.group(0).startswith("+") else "") + re.sub(r"\D", "", m.group(0)) for m in _RUN.finditer(joined)]


def phone_written_in(e164: str, text: str) -> bool:
    """Whether ``text`` carries ``e164`` in some written form (national or international digits)."""
    num = phonenumbers.parse(e164)
    cc = str(num.country_code)
    national = re.sub(r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))
    nsn = phonenumbers.national_significant_number(num)
    for run in digit_runs(text):
        digits = run.lstrip("+")
        if cc + nsn in digits or national in digits:
            return True
    return False
