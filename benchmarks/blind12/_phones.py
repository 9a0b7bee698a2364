"""Numbers of benchmarks/blind12: invented valid numbers per region, and every way the corpus writes one."""

from __future__ import annotations

import random
import re

import phonenumbers
from benchmarks.blind12._data import ASR_SLIPS, DIGIT_WORDS, DOUBLE, KEYPAD
from phonenumbers import PhoneNumberFormat, PhoneNumberType

_MOBILE_PREFIX = {
    "NO": ["4", "9"],
    "SE": ["70", "72", "73", "76", "79"],
    "DK": [
        "20",
        "21",
        "22",
        "24",
        "25",
        "26",
        "27",
        "28",
        "29",
        "30",
        "31",
        "40",
        "41",
        "42",
        "50",
        "51",
        "52",
        "53",
        "60",
        "61",
        "71",
        "81",
        "91",
        "93",
    ],
}
_FIXED_PREFIX = {
    "NO": ["22", "23", "55", "73", "51"],
    "SE": ["8", "31", "40", "18"],
    "DK": ["33", "35", "38", "86", "66"],
}
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def make_number(rng: random.Random, region: str, taken: set[str], fixed: bool = False) -> str:
    """A valid number of the region (mobile, or a landline when fixed) that no one else in the corpus has."""
    if fixed:
        prefixes = _FIXED_PREFIX[region]
        types = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    else:
        ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        exn = phonenumbers.national_significant_number(ex)
        prefixes = _MOBILE_PREFIX.get(region, [exn[:2], exn[:2], exn[:1]])
        types = _MOBILE_TYPES
    ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    length = len(phonenumbers.national_significant_number(ex))
    if region == "SE" and fixed:
        length = 8
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(2000):
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice("0123456789") for _ in range(length - len(p)))
        if len(set(nsn[len(p) :])) < 3:
            continue
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if not phonenumbers.is_valid_number(num) or phonenumbers.number_type(num) not in types:
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        if e164 not in taken:
            taken.add(e164)
            return e164
    raise RuntimeError(f"no number for {region}")


def vanity_number(rng: random.Random, region: str, word: str, taken: set[str]) -> str | None:
    """A mobile number of the region whose digits spell `word` on a phone keypad after its first digits."""
    digits = "".join(str(KEYPAD[c]) for c in word)
    ex = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE))
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(400):
        p = rng.choice(_MOBILE_PREFIX.get(region, [ex[:2]]))
        rest = len(ex) - len(p) - len(digits)
        if rest < 0:
            return None
        cut = rng.randint(0, rest)
        nsn = p + "".join(rng.choice("0123456789") for _ in range(cut)) + digits
        nsn += "".join(rng.choice("0123456789") for _ in range(rest - cut))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in _MOBILE_TYPES:
            e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
            if e164 not in taken:
                taken.add(e164)
                return e164
    return None


def parts(e164: str) -> tuple[str, str, str, str, str]:
    """(region, country code, national significant number, national format, international format)."""
    num = phonenumbers.parse(e164)
    return (
        phonenumbers.region_code_for_number(num) or "",
        str(num.country_code),
        phonenumbers.national_significant_number(num),
        phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL),
    )


def national_digits(e164: str) -> str:
    return re.sub(r"\D", "", parts(e164)[3])


_SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
_CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
_THAI = dict(zip("0123456789", "๐๑๒๓๔๕๖๗๘๙", strict=True))
_INVISIBLE = ["\u200b", "\u2060", "\u00ad", "\u200c"]
_LOOK = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "2": ["Z"]}


def _groups(d: str, rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(d):
        k = rng.choice((2, 2, 3)) if len(d) - i > 3 else len(d) - i
        out.append(d[i : i + k])
        i += k
    return out


def spoken(digits: str, lang: str, rng: random.Random, slips: bool, doubles: bool) -> str:
    """Digits said one by one as a speech recogniser writes them: words, a homophone now and then, and
    "double five" / "dubbel fem" where the speaker says so."""
    words = DIGIT_WORDS[lang]
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        w = words[int(d)]
        if slips and int(d) in ASR_SLIPS.get(lang, {}) and rng.random() < 0.35:
            w = rng.choice(ASR_SLIPS[lang][int(d)])
        if doubles and run >= 2 and lang in DOUBLE:
            out.append(f"{DOUBLE[lang][run - 2]} {w}")
            i += run
            continue
        out.append(w)
        i += 1
    # a speaker pauses between groups; the recogniser writes a pause as a comma or nothing
    text, n = "", 0
    for j, w in enumerate(out):
        text += ("" if j == 0 else (", " if n and n % 3 == 0 and rng.random() < 0.5 else " ")) + w
        n += 1
    return text


def render(e164: str, style: str, lang: str, rng: random.Random) -> str:
    """The number written in `style` (see STYLES in __init__)."""
    region, cc, nsn, nat, intl = parts(e164)
    natd = re.sub(r"\D", "", nat)
    if style == "international":
        return intl
    if style == "national":
        return nat
    if style == "e164":
        return e164
    if style == "00":
        return "00" + intl[1:]
    if style == "compact":
        return natd
    if style == "dotted":
        return ".".join(_groups(natd, rng))
    if style == "foreign_national":
        return nat
    if style == "asr_formatted":  # a recogniser's (US-minded) number formatting: 3-3-4, 3-3-3 or 4-4
        if len(natd) == 8:
            return f"{natd[:4]}-{natd[4:]}"
        return f"{natd[:3]}-{natd[3:6]}-{natd[6:]}"
    if style == "zero_width":
        base = rng.choice([intl, nat])
        return "".join(c + (rng.choice(_INVISIBLE) if c.isdigit() and rng.random() < 0.6 else "") for c in base)
    if style == "superscript":
        return "".join(_SUPER.get(c, c) for c in rng.choice([intl, nat]))
    if style == "circled":
        return "".join(_CIRCLED.get(c, c) for c in rng.choice([intl, nat]))
    if style == "thai_digits":
        return "".join(_THAI.get(c, c) for c in nat)
    if style == "one_by_one":
        return " ".join(c for c in (rng.choice([intl, nat])) if c != " ")
    if style == "csv_float":
        return f"{cc}{nsn}.0"
    if style == "csv_int":
        return f"{cc}{nsn}"
    if style == "csv_zero_lost":
        return nsn
    if style == "signal_link":
        return f"https://signal.me/#p/{e164}"
    if style == "wa_link":
        return f"https://wa.me/{cc}{nsn}"
    if style == "tel_link":
        return f'<a href="tel:{e164}">{rng.choice(["Ring", "Call", "📞"])}</a>'
    if style == "lookalike":
        s = list(rng.choice([intl, nat]))
        idx = [i for i, c in enumerate(s) if c in _LOOK]
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
            s[i] = rng.choice(_LOOK[s[i]])
        return "".join(s)
    if style.startswith("words_") or style == "foreign_words":
        wl = lang if style == "foreign_words" else style[6:]
        ds = natd if region in ("NO", "SE", "DK") or style == "foreign_words" else cc + nsn
        lead = "" if region in ("NO", "SE", "DK") or style == "foreign_words" else "+ "
        return lead + " ".join(DIGIT_WORDS[wl][int(c)] for c in ds)
    if style == "mixed_digits_words":
        ds = natd if region in ("NO", "SE", "DK") else "+" + cc + nsn
        return " ".join(
            (DIGIT_WORDS[lang][int(c)] if c.isdigit() and rng.random() < 0.5 else c) for c in ds if c != " "
        )
    if style == "asr_spoken":
        ds = natd if region in ("NO", "SE", "DK") else cc + nsn
        lead = (
            "" if region in ("NO", "SE", "DK") else {"en": "plus ", "sv": "plus ", "no": "pluss ", "da": "plus "}[lang]
        )
        return lead + spoken(ds, lang, rng, slips=True, doubles=rng.random() < 0.6)
    raise ValueError(style)


def vanity(e164: str, word: str) -> str:
    """The number with the keypad word in place of its digits ("+47 4 SEXY 1 23")."""
    region, cc, nsn, _nat, _intl = parts(e164)
    digits = "".join(str(KEYPAD[c]) for c in word)
    pos = nsn.rfind(digits)
    head, tail = nsn[:pos], nsn[pos + len(digits) :]
    prefix = f"+{cc} " if region not in ("NO", "DK") else ""
    if region == "SE":
        prefix = "0"
    return f"{prefix}{head} {word} {tail}".strip()
