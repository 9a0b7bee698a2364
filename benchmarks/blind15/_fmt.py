"""How the fifteenth blind corpus writes a phone number or an e-mail address in a given style."""

from __future__ import annotations

import random

import phonenumbers

from ._data import DIGIT_WORDS, LOOKALIKE

PLAIN = frozenset({"intl", "e164", "national", "compact", "intl_00", "intl_paren"})
LINKED = frozenset({"tel_link", "wa_link", "qr_mecard", "qr_smsto", "img_alt", "preview_card", "lookup_header"})
DISGUISED = frozenset(
    {"spaced_digits", "dotted", "dashed_odd", "fullwidth", "keycap", "zwsp", "star_sep", "split_lines", "slash_sep"}
)
HIDDEN = frozenset({"words", "mixed_words", "lookalike", "ocr_confused", "reversed"})
EMAIL_EXACT = frozenset({"plain", "mailto", "upper", "entity", "qr_mecard"})
EMAIL_STYLES = EMAIL_EXACT | {"at_words", "at_bracket", "lang_word", "hint"}
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
PLUS_WORD = {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}
REVERSED_NOTE = {"no": "(les baklengs)", "sv": "(läs baklänges)", "da": "(læs bagfra)", "en": "(read it backwards)"}


def parts(e164: str) -> tuple[str, str, str]:
    """(country code, national significant number, region) of a number."""
    n = phonenumbers.parse(e164)
    return str(n.country_code), phonenumbers.national_significant_number(n), phonenumbers.region_code_for_number(n)


def written(e164: str, domestic: bool) -> str:
    """The digits an advertiser types: the national number (with its trunk 0 where the country has one) at home,
    '+', the country code and the national number abroad."""
    cc, nsn, _ = parts(e164)
    if not domestic:
        return "+" + cc + nsn
    nat = phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(c for c in nat if c.isdigit())


def _groups(rng: random.Random, s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        k = rng.choice((2, 2, 3, 3, 4))
        out.append(s[i : i + k])
        i += k
    return out


def phone(rng: random.Random, e164: str, style: str, lang: str, domestic: bool) -> str:
    """The number written in a style (what the ad prints), for a reader in the ad's country."""
    cc, nsn, _ = parts(e164)
    num = phonenumbers.parse(e164)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    w = written(e164, domestic)
    body = w.lstrip("+")
    plus = "+" if w.startswith("+") else ""
    if style in ("intl", "img_alt", "preview_card"):
        return intl
    if style == "e164":
        return e164
    if style in ("national", "lookup_header"):
        return nat if domestic else intl
    if style == "compact":
        return w
    if style == "intl_00":
        return f"00{cc} {nsn}"
    if style == "intl_paren":
        return f"(+{cc}) {nsn}"
    if style == "tel_link":
        return f"tel:{e164}"
    if style == "wa_link":
        return f"https://wa.me/{cc}{nsn}"
    if style in ("qr_mecard", "qr_smsto"):
        return e164
    if style == "spaced_digits":
        return (plus + " " if plus else "") + " ".join(body)
    if style == "dotted":
        return plus + ".".join(_groups(rng, body))
    if style == "dashed_odd":
        return plus + "-".join(_groups(rng, body))
    if style == "slash_sep":
        return plus + "/".join(_groups(rng, body))
    if style == "star_sep":
        return plus + "*".join(_groups(rng, body))
    if style == "split_lines":
        return plus + "\n".join(_groups(rng, body))
    if style == "fullwidth":
        return (intl if not domestic else nat).translate(FULLWIDTH)
    if style == "keycap":
        return plus + "".join(c + "\ufe0f\u20e3" for c in body)
    if style == "zwsp":
        return plus + "\u200b".join(body)
    words = DIGIT_WORDS[lang]
    if style == "words":
        sep = rng.choice((" ", "-", " "))
        return ((PLUS_WORD[lang] + " ") if plus else "") + sep.join(words[int(c)] for c in body)
    if style == "mixed_words":
        idx = sorted(rng.sample(range(1, len(body) - 1), max(2, len(body) // 3)))
        out = [words[int(c)] if i in idx else c for i, c in enumerate(body)]
        return plus + " ".join(_merge(out))
    if style in ("lookalike", "ocr_confused"):
        out = "".join(LOOKALIKE.get(c, c) if rng.random() < 0.6 else c for c in body)
        if out == body:
            j = (
                next(i for i in range(1, len(body)) if body[i] in LOOKALIKE)
                if any(c in LOOKALIKE for c in body[1:])
                else None
            )
            if j is None:
                return phone(rng, e164, "words", lang, domestic)
            out = body[:j] + LOOKALIKE[body[j]] + body[j + 1 :]
        if style == "ocr_confused":
            k = rng.randrange(2, len(out) - 1)
            out = out[:k] + " " + out[k:]
        return plus + out
    if style == "reversed":
        return body[::-1] + " " + REVERSED_NOTE[lang]
    raise ValueError(style)


def _merge(tokens: list[str]) -> list[str]:
    """Runs of digits kept together, words apart: ['4', '1', 'to', '3'] -> ['41', 'to', '3']."""
    out: list[str] = []
    for t in tokens:
        if out and t.isdigit() and out[-1].isdigit():
            out[-1] += t
        else:
            out.append(t)
    return out


AT_WORD = {
    "no": ("krøllalfa", "punktum"),
    "sv": ("snabel-a", "punkt"),
    "da": ("snabel-a", "punktum"),
    "en": ("at", "dot"),
}
ON_WORD = {"no": "på", "sv": "på", "da": "på", "en": "on"}


def email(rng: random.Random, addr: str, style: str, lang: str) -> str:
    local, domain = addr.split("@")
    if style == "plain":
        return addr
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "upper":
        return addr.upper()
    if style == "entity":
        return addr.replace("@", "&#64;")
    if style == "qr_mecard":
        return addr
    if style == "at_words":
        return f"{local} (at) {domain.replace('.', ' (dot) ')}"
    if style == "at_bracket":
        return f"{local}[at]{domain}"
    if style == "lang_word":
        at, dot = AT_WORD[lang]
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"
    if style == "hint":
        return f"{local} {ON_WORD[lang]} {domain.split('.')[0]}"
    raise ValueError(style)
