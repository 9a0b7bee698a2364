"""How the nineteenth corpus's women and controllers write a number or an address: plain national and
international groupings, links, disguises that keep the digits in order, and hidden forms (words, letters,
reversed) that do not show them."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.blind19._data import AT_DOT, DIGIT_WORDS

#: styles whose digits are the number's, in order, as written
PLAIN = frozenset({"national", "compact", "intl", "e164", "double_zero", "pairs", "dotted", "bracket_cc"})
#: styles that carry the number in a link target (tel:, sms:, wa.me)
LINKED = frozenset({"tel_md", "wa_link", "sms_uri"})
#: styles whose digits are in order but dressed: spaced, full-width, styled, starred, hard-wrapped, escaped
DISGUISED = frozenset(
    {"json_fields", "spaced", "fullwidth", "mathbold", "star_sep", "wrapped", "md_escaped", "dash_each", "zwsp"}
)
#: a number cut by a paste site's line-number gutter (its digits are in order once the gutter is left out)
SPLIT = frozenset({"gutter_split"})
#: styles that do not show the digits: words, letters for digits, read backwards, half in words
HIDDEN = frozenset({"words", "letters", "reversed", "half_words"})

EMAIL_EXACT = frozenset({"plain", "mailto_md", "angle"})
EMAIL_STYLES = EMAIL_EXACT | {"at_word", "md_underscore", "provider_only", "spaced_at"}


def _national(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def nsn(e164: str) -> str:
    return phonenumbers.national_significant_number(phonenumbers.parse(e164))


def cc(e164: str) -> str:
    return str(phonenumbers.parse(e164).country_code)


def trunk(e164: str) -> str:
    """The number as dialled at home, digits only (with its trunk 0 where the country has one)."""
    return "".join(c for c in _national(e164) if c.isdigit())


def _groups(e164: str) -> list[str]:
    return [g for g in ("".join(c if c.isdigit() else " " for c in _national(e164))).split() if g]


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
MATHBOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
LETTERS = str.maketrans({"0": "O", "1": "l"})


def write_phone(rng: random.Random, e164: str, style: str, lang: str, brk: str, region: str = "") -> str:
    """One number in one style; ``brk`` is the site's line break (with the prefix its next line carries); a
    number from outside ``region`` read out in words says its country code too."""
    groups = _groups(e164)
    national = " ".join(groups)
    if style == "national":
        return _national(e164)
    if style == "compact":
        return trunk(e164)
    if style == "intl":
        return _intl(e164)
    if style == "e164":
        return e164
    if style == "double_zero":
        return "00" + cc(e164) + " " + nsn(e164)
    if style == "pairs":
        d = trunk(e164)
        return " ".join(d[i : i + 2] for i in range(0, len(d), 2))
    if style == "dotted":
        return ".".join(groups)
    if style == "bracket_cc":
        return f"(+{cc(e164)}) {' '.join(_intl(e164).split()[1:])}"
    if style == "tel_md":
        word = {"no": "Ring meg", "sv": "Ring mig", "da": "Ring til mig", "en": "Call me"}[lang]
        return f"[{word}](tel:{e164})"
    if style == "wa_link":
        return f"https://wa.me/{e164[1:]}"
    if style == "sms_uri":
        return f"sms:{e164}?body=Hei"
    if style == "spaced":
        return " ".join(trunk(e164))
    if style == "fullwidth":
        return national.translate(FULLWIDTH)
    if style == "mathbold":
        return national.translate(MATHBOLD)
    if style == "star_sep":
        return "*".join(groups)
    if style == "dash_each":
        return "-".join(trunk(e164))
    if style == "zwsp":
        return "\u200b".join(trunk(e164))
    if style == "md_escaped":
        return "\\+" + cc(e164) + " " + " ".join(_intl(e164).split()[1:])
    if style in ("wrapped", "gutter_split"):
        cut = max(1, len(groups) - 1)
        return " ".join(groups[:cut]) + brk + " ".join(groups[cut:])
    if style == "words":
        words = DIGIT_WORDS[lang]
        if region and phonenumbers.region_code_for_number(phonenumbers.parse(e164)) != region:
            plus = {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}[lang]
            rest = _intl(e164).split()[1:]
            groups = [cc(e164)] + ["".join(c for c in g if c.isdigit()) for g in rest]
            return plus + " " + " ".join("-".join(words[int(c)] for c in g) for g in groups if g)
        return " ".join("-".join(words[int(c)] for c in g) for g in groups)
    if style == "letters":
        return national.translate(LETTERS)
    if style == "reversed":
        rev = {"no": "(les baklengs)", "sv": "(läs baklänges)", "da": "(læs baglæns)", "en": "(read backwards)"}
        return trunk(e164)[::-1] + " " + rev[lang]
    if style == "half_words":
        words = DIGIT_WORDS[lang]
        return " ".join(groups[:-1]) + " " + "-".join(words[int(c)] for c in groups[-1])
    raise ValueError(style)


def pick_phone_style(rng: random.Random, e164: str, region: str, site_styles: tuple[str, ...], markdown: bool) -> str:
    """A style for one number on one ad: a number from abroad is written with its country code (or hidden);
    a number without a 0 or a 1 cannot be written with letters for them."""
    abroad = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) != region
    r = rng.random()
    if r < 0.5:
        style = rng.choice(("national", "national", "compact", "intl", "e164", "pairs", "dotted", "double_zero"))
    elif r < 0.62:
        style = rng.choice(("tel_md", "wa_link", "sms_uri"))
    elif r < 0.9:
        style = rng.choice(site_styles)
    else:
        style = rng.choice(("words", "letters", "reversed", "half_words"))
    if style == "tel_md" and not markdown:
        style = rng.choice(("wa_link", "sms_uri"))
    if style == "letters" and not set(trunk(e164)) & {"0", "1"}:
        style = "words"
    if abroad and style in {
        "national",
        "compact",
        "pairs",
        "dotted",
        "spaced",
        "dash_each",
        "zwsp",
        "wrapped",
        "fullwidth",
        "mathbold",
        "star_sep",
        "letters",
        "reversed",
        "half_words",
        "gutter_split",
    }:
        r = rng.random()
        if r < 0.85:
            style = rng.choice(("intl", "intl", "e164", "double_zero", "bracket_cc"))
        elif r < 0.94:
            style = "md_escaped" if markdown else "wa_link"
        else:
            style = "words"
    return style


def write_email(rng: random.Random, addr: str, style: str, lang: str) -> str:
    local, domain = addr.split("@")
    if style == "plain":
        return addr
    if style == "angle":
        return f"<{addr}>"
    if style == "mailto_md":
        return f"[{addr.split('@')[0]}](mailto:{addr})"
    if style == "at_word":
        at, dot = rng.choice(AT_DOT[lang])
        return local + at + domain.replace(".", dot)
    if style == "md_underscore":
        return local.replace("_", "\\_") + "@" + domain
    if style == "provider_only":
        on = {"no": "på", "sv": "på", "da": "på", "en": "on"}[lang]
        return f"{local} {on} {domain.split('.')[0]}"
    if style == "spaced_at":
        return f"{local} @ {domain}"
    raise ValueError(style)


def pick_email_style(rng: random.Random, addr: str, markdown: bool) -> str:
    r = rng.random()
    if markdown and "_" in addr.split("@")[0] and r < 0.5:
        return "md_underscore"
    if r < 0.45:
        return "plain"
    if r < 0.55:
        return "mailto_md" if markdown else "angle"
    if r < 0.8:
        return "at_word"
    if r < 0.9 and addr.split("@")[1] in {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com"}:
        return "provider_only"
    return "spaced_at"
