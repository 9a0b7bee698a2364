"""How a phone number or an e-mail address is written in an ad: the styles real ads use to be read by people
and not by scrapers (spaced digits, words, look-alike letters, full-width and bold digits, a keycap emoji per
digit, halves apart) and the links a page wraps them in (tel:, sms:, wa.me, a bot's callback data). Each style
says whether its digits stay in the text (PLAIN, LINKED, DISGUISED) or not (HIDDEN): the test and the scorer's
per-style recall lean on it."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.blind16._data import AT_WORDS, DOT_WORDS
from benchmarks.corpus_files import DIGIT_WORDS

PLAIN = frozenset({"intl", "national", "compact", "e164", "intl00", "dotted", "paren_cc"})
LINKED = frozenset({"tel_link", "wa_link", "callback", "sms_link"})
DISGUISED = frozenset({"spaced", "fullwidth", "mathbold", "keycap", "bold_split", "halves", "newline_split", "hashtag"})
HIDDEN = frozenset({"words", "mixed_words", "lookalike", "reversed"})
EMAIL_EXACT = frozenset({"plain", "mailto", "entity"})
EMAIL_STYLES = EMAIL_EXACT | {"at_word", "at_paren", "spaced", "bracket"}

_LOOK = {"0": "O", "1": "l", "2": "Z", "5": "S", "6": "б", "8": "B"}
_HALVES = {
    "no": ("første del", "resten"),
    "sv": ("första delen", "resten"),
    "da": ("første del", "resten"),
    "en": ("first part", "then"),
}
_BACKWARDS = {"no": "les baklengs", "sv": "läs baklänges", "da": "læs baglæns", "en": "read it backwards"}


def parts(e164: str) -> tuple[str, str, str]:
    """(country code, national significant number, the national form as phonenumbers prints it)."""
    num = phonenumbers.parse(e164)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return str(num.country_code), phonenumbers.national_significant_number(num), nat


def _grouped(e164: str, rng: random.Random) -> str:
    """The national form as people in that country group it."""
    cc, nsn, nat = parts(e164)
    if cc == "47" and rng.random() < 0.5:
        return f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}"
    if cc == "46" and rng.random() < 0.4:
        return f"0{nsn[:3]}-{nsn[3:5]} {nsn[5:7]} {nsn[7:]}"
    return nat


def _intl(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone(e164: str, style: str, lang: str, rng: random.Random, html: bool = False) -> str:
    """The number written in `style` (the caller wraps linked styles' targets in its own page's markup)."""
    cc, nsn, nat = parts(e164)
    nordic = cc in ("45", "46", "47")
    natd = "".join(c for c in nat if c.isdigit())
    words = DIGIT_WORDS[lang]
    if style == "intl":
        return _intl(e164)
    if style == "national":
        return _grouped(e164, rng) if nordic else _intl(e164)
    if style == "compact":
        return natd if nordic else e164
    if style == "e164":
        return e164
    if style == "intl00":
        return "00" + cc + " " + _intl(e164).split(" ", 1)[1]
    if style == "dotted":
        rest = _intl(e164).split(" ")[1:]
        return ("+" + cc + " " if not nordic or rng.random() < 0.3 else "") + ".".join(rest)
    if style == "paren_cc":
        return f"(+{cc}) " + _intl(e164).split(" ", 1)[1]
    if style in ("tel_link", "sms_link"):
        return _grouped(e164, rng) if nordic else _intl(e164)
    if style in ("wa_link", "callback"):
        return cc + nsn
    shown = natd if nordic else "+" + cc + nsn
    if style == "spaced":
        return " ".join(shown)
    if style == "fullwidth":
        return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in _grouped(e164, rng))
    if style == "mathbold":
        return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in shown)
    if style == "keycap":
        return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in shown)
    if style == "bold_split":
        groups = _grouped(e164, rng).split(" ")
        if html:
            return " ".join(f"<b>{x}</b>" if i % 2 == 0 else x for i, x in enumerate(groups))
        return " ".join(f"**{x}**" if i % 2 == 0 else x for i, x in enumerate(groups))
    if style == "halves":
        a, b = _HALVES[lang]
        cut = len(shown) // 2
        return f"{a} {shown[:cut]}, {b} {shown[cut:]}"
    if style == "newline_split":
        g = _grouped(e164, rng)
        cut = g.rfind(" ")
        return g[:cut] + "\n" + g[cut + 1 :]
    if style == "hashtag":
        cut = len(shown) // 2
        return f"#{shown[:cut]} #{shown[cut:]}"
    if style == "words":
        return ("+" + cc + " " if not nordic else "") + " ".join(words[int(c)] for c in (natd if nordic else nsn))
    if style == "mixed_words":
        out = [words[int(c)] if i % 2 == 0 else c for i, c in enumerate(natd if nordic else nsn)]
        return ("+" + cc + " " if not nordic else "") + " ".join(out)
    if style == "lookalike":
        g = _grouped(e164, rng)
        return "".join(_LOOK.get(c, c) for c in g)
    if style == "reversed":
        return f"{shown[::-1]} ({_BACKWARDS[lang]})"
    raise ValueError(style)


def hides(e164: str, style: str) -> bool:
    """Whether a HIDDEN style still leaves the whole number in the text (look-alikes need a letter to swap)."""
    nat = parts(e164)[2]
    return style != "lookalike" or any(c in _LOOK for c in nat)


def email(addr: str, style: str, lang: str, rng: random.Random) -> str:
    """The address written in `style`; mailto is written by the caller's page markup around a plain address."""
    local, domain = addr.split("@")
    if style in ("plain", "mailto"):
        return addr
    if style == "entity":
        return addr.replace("@", "&#64;")
    if style == "at_word":
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS[lang])
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"
    if style == "at_paren":
        return f"{local} (at) {domain.replace('.', ' (dot) ')}"
    if style == "spaced":
        return f"{local} @ {domain}"
    if style == "bracket":
        return f"{local}[at]{domain.replace('.', '[.]')}"
    raise ValueError(style)
