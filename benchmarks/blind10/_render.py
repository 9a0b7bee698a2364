"""How the tenth blind corpus writes a phone number or an e-mail address, one function per written style.

Phone styles in PLAIN keep the national significant number as a run of digits (after mapping any Unicode
digit to its value), so a test can find it in the ad; the others hide it (words, look-alike letters,
reversal, the prefix written last, masked digits with a hint, a number split in two places)."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.blind10._data import DIGIT_WORDS, PLUS

PLAIN = frozenset(
    {
        "intl", "e164", "intl00", "national", "national_compact", "dotted", "separators", "split_lines", "keycap",
        "unicode_digits", "wa_link", "tel_link", "viber_link", "signal_link", "tg_link", "img_alt", "prose_numbers",
        "vcard", "cc_last",
    }
)  # fmt: skip
HIDDEN = frozenset({"words", "mixed_words", "letters", "homoglyph", "reversed", "prefix_last", "masked_hint", "split"})
LOCAL = frozenset({"NO", "SE", "DK"})

_FULLWIDTH = "０１２３４５６７８９"
_MATH_BOLD = "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"
_DOUBLE = "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡"
_KEYCAP = "\ufe0f\u20e3"
_LETTERS = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
_CYRILLIC = {"0": ["О", "о"], "3": ["З", "з"], "4": ["Ч"], "6": ["б"]}


def parts(e164: str) -> tuple[str, str, str, str, str]:
    """(region, country code, national significant number, national format, international format)."""
    num = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(num) or ""
    return (
        region,
        str(num.country_code),
        phonenumbers.national_significant_number(num),
        phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    )


def _compact(s: str) -> str:
    return "".join(c for c in s if c.isdigit() or c == "+")


def _groups(digits: str, rng: random.Random) -> str:
    size = rng.choice([2, 3])
    out, i = [], 0
    while i < len(digits):
        out.append(digits[i : i + size])
        i += size
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return ".".join(out)


def _base(e164: str, country: str) -> str:
    """The digits an obfuscated style starts from: national for a number of the ad's country, +international
    for others (a foreign number written without its country code could not be read by anyone)."""
    region, cc, nsn, nat, _ = parts(e164)
    if region == country:
        return _compact(nat)
    return "+" + cc + nsn


def phone(e164: str, style: str, lang: str, rng: random.Random, country: str) -> str | tuple[str, str]:
    """The number written in `style` (a pair for "split": the two halves, written apart); `country` is where
    the ad is: a number of another country is written with its country code or named country."""
    region, cc, nsn, nat, intl = parts(e164)
    foreign = region != country
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "intl00":
        return "00" + intl[1:] if rng.random() < 0.6 else "00" + cc + " " + nsn
    if style == "national":
        if foreign:
            return f"({region}) {nat}"
        return nat
    if style == "national_compact":
        return _compact(intl) if foreign else _compact(nat)
    if style == "dotted":
        return (f"+{cc}." if foreign else "") + _groups(nsn if foreign else _compact(nat), rng)
    if style == "separators":
        sep = rng.choice([" ", "-", "*", "~", ".", "_"])
        base = _base(e164, country)
        return ("+" if base.startswith("+") else "") + sep.join(base.lstrip("+"))
    if style == "split_lines":
        groups = (intl if foreign else nat).split(" ")
        if len(groups) < 2:
            groups = [nat[: len(nat) // 2], nat[len(nat) // 2 :]]
        cut = rng.randrange(1, len(groups))
        return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
    if style == "keycap":
        base = _base(e164, country)
        return ("+" if base.startswith("+") else "") + "".join(d + _KEYCAP for d in base.lstrip("+"))
    if style == "unicode_digits":
        table = rng.choice([_FULLWIDTH, _MATH_BOLD, _DOUBLE])
        src = intl if foreign else nat
        return "".join(table[int(c)] if c.isdigit() else c for c in src)
    if style == "wa_link":
        return rng.choice(
            [f"wa.me/{cc}{nsn}", f"https://wa.me/{cc}{nsn}", f"https://api.whatsapp.com/send?phone={cc}{nsn}"]
        )
    if style == "tel_link":
        return rng.choice([f"tel:{e164}", f"sms:{e164}"])
    if style == "viber_link":
        return f"viber://chat?number=%2B{cc}{nsn}"
    if style == "signal_link":
        return f"https://signal.me/#p/{e164}"
    if style == "tg_link":
        return f"https://t.me/{e164}"
    if style == "img_alt":
        shown = intl if foreign else nat
        return rng.choice([f'<img src="/media/{nsn[-3:]}a.jpg" alt="tlf {shown}">', f"[bilde: «ring {shown}»]"])
    if style == "prose_numbers":
        base = _base(e164, country)
        digits = base.lstrip("+")
        a, b = len(digits) // 3, 2 * len(digits) // 3
        word = {"no": "og", "sv": "och", "da": "og", "en": "and"}[lang]
        return ("+" if base.startswith("+") else "") + f"{digits[:a]}, {digits[a:b]} {word} {digits[b:]}"
    if style == "vcard":
        return f"BEGIN:VCARD TEL;TYPE=cell:{e164} END:VCARD"
    # hidden styles
    base = _base(e164, country)
    words = DIGIT_WORDS[lang]
    plus = PLUS[lang] + " " if base.startswith("+") else ""
    digits = base.lstrip("+")
    if style == "words":
        sep = rng.choice([" ", "-", " ", ", "])
        return plus + sep.join(words[int(d)] for d in digits)
    if style == "mixed_words":
        out = [words[int(d)] if rng.random() < 0.5 else d for d in digits]
        start = len(digits) - len(nsn)  # at least two of the national digits as words, one mid-number
        for i in (start + len(nsn) // 2, rng.randrange(start, len(digits))):
            out[i] = words[int(digits[i])]
        return plus + " ".join(out)
    if style in {"letters", "homoglyph"}:
        table = _LETTERS if style == "letters" else _CYRILLIC
        start = len(digits) - len(nsn)
        spots = [i for i in range(start + 1, len(digits) - 1) if digits[i] in table]  # inside the number
        spots = spots or [i for i in range(start, len(digits)) if digits[i] in table]
        if not spots:
            return phone(e164, "mixed_words", lang, rng, country)
        chars = [rng.choice(table[d]) if d in table and rng.random() < 0.85 else d for d in digits]
        i = rng.choice(spots)
        chars[i] = rng.choice(table[digits[i]])
        return ("+" if plus else "") + "".join(chars)
    if style == "reversed":
        note = {"no": "(les baklengs)", "sv": "(läs baklänges)", "da": "(læs baglæns)", "en": "(read it backwards)"}
        return digits[::-1] + " " + note[lang]
    if style in {"prefix_last", "cc_last"}:
        k = len(cc) if plus else 3 if len(digits) > 8 else 2  # a foreign number: its country code last
        head, tail = digits[:k], digits[k:]
        note = {"no": "start med", "sv": "börja med", "da": "start med", "en": "starts with"}[lang]
        return f"{' '.join(tail[i : i + 2] for i in range(0, len(tail), 2))} ({note} {('+' if plus else '') + head})"
    if style == "masked_hint":
        tail = digits[-2:]
        note = {"no": "siste to", "sv": "sista två", "da": "sidste to", "en": "last two"}[lang]
        return f"{('+' if plus else '') + digits[:-2]}XX ({note}: {words[int(tail[0])]}-{words[int(tail[1])]})"
    if style == "split":
        k = len(digits) // 2
        return (("+" if plus else "") + digits[:k] + "…", "…" + digits[k:])
    raise ValueError(style)


EMAIL_STYLES = (
    "plain", "mailto", "at_word", "bracket", "local_word", "spaced", "fullwidth_at", "implied", "html_entity",
    "cfemail",
)  # fmt: skip


def email(addr: str, style: str, lang: str, rng: random.Random) -> str:
    local, domain = addr.split("@")
    name, _, tld = domain.rpartition(".")
    if style == "plain":
        return addr
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "at_word":
        return f"{local} (at) {name} (dot) {tld}" if rng.random() < 0.6 else f"{local} at {name} dot {tld}"
    if style == "bracket":
        return f"{local}[at]{name}[.]{tld}" if rng.random() < 0.5 else f"{local} [at] {domain}"
    if style == "local_word":
        at, dot = {
            "no": ("krøllalfa", "punktum"), "sv": ("snabel-a", "punkt"), "da": ("snabel-a", "punktum"),
            "en": ("at", "dot"),
        }[lang]  # fmt: skip
        return f"{local} {at} {name} {dot} {tld}"
    if style == "spaced":
        return f"{local} @ {name} . {tld}"
    if style == "fullwidth_at":
        return f"{local}＠{domain}"
    if style == "implied":
        word = {"no": "min", "sv": "min", "da": "min", "en": "my"}[lang]
        return f"{word} {name}: {local}"
    if style == "html_entity":
        return f"{local}&#64;{domain}"
    if style == "cfemail":
        key = rng.randrange(1, 256)
        code = f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in addr)
        if rng.random() < 0.5:
            return f'<a href="/cdn-cgi/l/email-protection#{code}">[email&#160;protected]</a>'
        return f'<span class="__cf_email__" data-cfemail="{code}">[email&#160;protected]</span>'
    raise ValueError(style)
