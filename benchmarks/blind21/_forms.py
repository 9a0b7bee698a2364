"""How blind21's writers print a phone number and an e-mail address: plainly, as a link, disguised (the digits
still there, in order, between separators, keycaps, full-width forms or invisible characters) or hidden (spelled
out, letters for digits, the halves swapped). A number from another country than the ad's city is always written
with its country code, as a visitor must dial it."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.blind21._data import AT_WORDS, DOT_WORDS
from benchmarks.corpus_files import DIGIT_WORDS

PLAIN = frozenset({"national", "compact", "intl", "intl00"})
LINKED = frozenset({"tel_link", "wa_link", "sms_link"})
DISGUISED = frozenset(
    {"spaced", "dotted", "emoji_sep", "keycap", "fullwidth", "zero_width", "slashed", "dash_every", "bracketed"}
)
HIDDEN = frozenset({"words", "letters", "halves_swapped"})
EMAIL_EXACT = frozenset({"plain", "mailto", "caps"})
EMAIL_STYLES = EMAIL_EXACT | {"lang_word", "spaced_at", "bracket_dot", "on_word", "domain_split"}

#: how often a writer picks each style (plain ones most often)
PHONE_WEIGHTS = {
    "national": 22, "compact": 14, "intl": 14, "intl00": 4, "tel_link": 4, "wa_link": 6, "sms_link": 2,
    "spaced": 5, "dotted": 4, "emoji_sep": 3, "keycap": 2, "fullwidth": 2, "zero_width": 2, "slashed": 2,
    "dash_every": 2, "bracketed": 2, "words": 3, "letters": 3, "halves_swapped": 2,
}  # fmt: skip
EMAIL_WEIGHTS = {"plain": 30, "mailto": 6, "caps": 6, "lang_word": 14, "spaced_at": 8, "bracket_dot": 8,
                 "on_word": 4, "domain_split": 5}  # fmt: skip

_EMOJI = ["💋", "🌹", "❤️", "🔥", "✨"]


def _groups(e164: str, local: bool) -> tuple[str, list[str]]:
    """The number's prefix ("+" or "") and its digit groups, as a local or an international reader writes it."""
    num = phonenumbers.parse(e164)
    if local:
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "", [g for g in "".join(c if c.isdigit() else " " for c in text).split()]
    text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return "+", [g for g in "".join(c if c.isdigit() else " " for c in text).split()]


def phone(style: str, e164: str, local: bool, lang: str, rng: random.Random) -> str:
    """One number in a style; ``local``: the number is of the ad's own country, so a national form may be used."""
    num = phonenumbers.parse(e164)
    cc, nsn = str(num.country_code), phonenumbers.national_significant_number(num)
    plus, groups = _groups(e164, local and style not in ("intl", "intl00"))
    flat = "".join(groups)
    if style == "national":
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL if local else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return phonenumbers.format_number(num, fmt)
    if style == "compact":
        return flat if local else f"+{cc}{nsn}"
    if style == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "intl00":
        return "00" + " ".join(groups)
    if style == "tel_link":
        return f"tel:+{cc}{nsn}"
    if style == "wa_link":
        return rng.choice(
            [f"https://wa.me/{cc}{nsn}", f"wa.me/{cc}{nsn}", f"https://api.whatsapp.com/send?phone={cc}{nsn}"]
        )
    if style == "sms_link":
        return f"sms:+{cc}{nsn}"
    if style == "spaced":
        return plus + " ".join(flat)
    if style == "dotted":
        return plus + ".".join(groups)
    if style == "emoji_sep":
        e = rng.choice(_EMOJI)
        return plus + e.join(groups)
    if style == "keycap":
        return plus + "".join(d + "\ufe0f\u20e3" for d in flat)
    if style == "fullwidth":
        return ("＋" if plus else "") + "".join(chr(0xFF10 + int(d)) for d in flat)
    if style == "zero_width":
        return plus + "\u200b".join(flat)
    if style == "slashed":
        return plus + "/".join(groups)
    if style == "dash_every":
        return plus + "-".join(flat)
    if style == "bracketed":
        return plus + "".join(f"({g})" for g in groups)
    if style == "words":
        words = DIGIT_WORDS[lang]
        return ("+ " if plus else "") + " ".join(words[int(d)] for d in flat)
    if style == "letters":
        return plus + " ".join(groups).replace("0", "O").replace("1", "l")
    if style == "halves_swapped":
        cut = len(flat) // 2
        head, tail = plus + flat[:cut], flat[cut:]
        return {
            "no": f"slutter på {tail}, begynner med {head}",
            "sv": f"slutar på {tail}, börjar med {head}",
            "da": f"slutter med {tail}, starter med {head}",
            "en": f"ends in {tail}, starts with {head}",
        }[lang]
    raise ValueError(style)


def email(style: str, addr: str, lang: str, rng: random.Random) -> str:
    """One address in a style."""
    local, domain = addr.split("@")
    label, _, tld = domain.rpartition(".")
    if style == "plain":
        return addr
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "caps":
        return f"{local.capitalize()}@{label.capitalize()}.{tld.upper()}"
    if style == "lang_word":
        return f"{local} {rng.choice(AT_WORDS[lang])} {label} {rng.choice(DOT_WORDS[lang])} {tld}"
    if style == "spaced_at":
        return f"{local} @ {domain}"
    if style == "bracket_dot":
        return f"{local}[at]{label}[dot]{tld}"
    if style == "on_word":
        return f"{local} {dict(no='på', sv='på', da='på', en='on')[lang]} {domain}"
    if style == "domain_split":
        return f"{local}@{label} . {tld}"
    raise ValueError(style)
