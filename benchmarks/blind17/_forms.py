"""How the seventeenth blind corpus's writers print a phone number and an e-mail address: the plain national and
international forms, links, disguises that keep every digit in order (odd separators, wide and bold digits, a
spreadsheet's thousands grouping that drops the trunk zero, a number wrapped in a narrow cell) and hidden forms
that keep none (words, letters for digits, reversed)."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.corpus_files import DIGIT_WORDS

PLAIN = {"national", "compact", "intl", "intl_compact", "intl00", "pairs", "dotted", "paren_cc"}
LINKED = {"tel_link", "wa_link", "sms_link"}
DISGUISED = {
    "spaced",
    "fullwidth",
    "math_bold",
    "emoji_sep",
    "starred",
    "slashed",
    "cell_wrap",
    "sheet_number",
    "halves",
    "bracketed",
    "circled",
}
HIDDEN = {"words", "letters", "reversed", "mixed_words"}
EMAIL_STYLES = {"plain", "mailto", "entity", "spaced_at", "word_at", "paren_at", "bracket_at", "provider_only"}
EMAIL_EXACT = {"plain", "mailto", "entity"}

_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
_BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
_CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
_LETTERS = str.maketrans("01", "Ol")


def _groups(e164: str) -> tuple[str, list[str]]:
    """The national form's groups ('070', '123', '45', '67'), trunk zero included."""
    num = phonenumbers.parse(e164)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return nat, [g for g in nat.replace("-", " ").split() if g]


def phone_style(rng: random.Random, weights: dict[str, float]) -> str:
    """One style from a site's mix (PLAIN/LINKED/DISGUISED/HIDDEN names)."""
    names = sorted(weights)
    return rng.choices(names, weights=[weights[n] for n in names])[0]


def phone_text(rng: random.Random, e164: str, style: str, lang: str, abroad: bool = False) -> str:
    """The number as a writer prints it in a style; a number from abroad hidden in words keeps its country code."""
    num = phonenumbers.parse(e164)
    nsn = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    nat, groups = _groups(e164)
    flat = "".join(groups)  # national digits with any trunk zero
    if abroad and style in HIDDEN:
        groups = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL).split()
        groups[0] = groups[0].lstrip("+")
        flat = cc + nsn
    if style == "national":
        return nat
    if style == "compact":
        return flat
    if style == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "intl_compact":
        return e164
    if style == "intl00":
        return f"00{cc} {nsn}"
    if style == "pairs":
        return " ".join(flat[i : i + 2] for i in range(0, len(flat), 2))
    if style == "dotted":
        return ".".join(groups)
    if style == "paren_cc":
        return f"(+{cc}) {' '.join(phonenumbers.format_number(num, 1).split()[1:])}"
    if style == "tel_link":
        return f"tel:{e164}"
    if style == "wa_link":
        return f"https://wa.me/{e164[1:]}"
    if style == "sms_link":
        return f"sms:{e164}?body=Hei"
    if style == "spaced":
        return " ".join(flat)
    if style == "fullwidth":
        return " ".join(groups).translate(_WIDE)
    if style == "math_bold":
        return " ".join(groups).translate(_BOLD)
    if style == "circled":
        return "".join(groups).translate(_CIRCLED)
    if style == "emoji_sep":
        sep = rng.choice(["🌸", "💋", "✨", "🔥"])
        return sep.join(groups)
    if style == "starred":
        return "*".join(groups)
    if style == "slashed":
        return " / ".join(groups)
    if style == "bracketed":
        return " ".join(f"[{g}]" for g in groups)
    if style == "cell_wrap":  # a narrow spreadsheet cell wraps the number onto a second line
        cut = len(groups) // 2
        return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
    if style == "sheet_number":  # stored as a number: trunk zero lost, thousands grouped by spaces
        rev = nsn[::-1]
        return " ".join(rev[i : i + 3] for i in range(0, len(rev), 3))[::-1]
    if style == "halves":
        half = len(flat) // 2
        word = {"no": "resten", "sv": "resten", "da": "resten", "en": "then"}[lang]
        return f"{flat[:half]} ({word}) {flat[half:]}"
    plus = ("+ " if abroad else "") if style != "reversed" else ""
    if style == "words":
        return plus + " ".join(DIGIT_WORDS[lang][int(d)] for d in flat)
    if style == "mixed_words":
        words = DIGIT_WORDS[lang]
        return plus + "".join(d if i % 2 == 0 else f" {words[int(d)]} " for i, d in enumerate(flat)).strip()
    if style == "letters":
        if "0" in flat or "1" in flat:
            return plus + " ".join(groups).translate(_LETTERS)
        return plus + " ".join(DIGIT_WORDS[lang][int(d)] for d in flat)
    if style == "reversed":
        word = {"no": "les baklengs", "sv": "läs baklänges", "da": "læs baglæns", "en": "read backwards"}[lang]
        return f"{flat[::-1]} ({word})"
    raise ValueError(style)


def email_text(rng: random.Random, addr: str, style: str, lang: str) -> str:
    """The address as a writer prints it in a style."""
    local, domain = addr.split("@")
    parts = domain.split(".")
    at = {"no": ["alfakrøll", "krøllalfa"], "sv": ["snabel-a"], "da": ["snabel-a"], "en": ["at"]}[lang]
    dot = {"no": ["punktum", "prikk"], "sv": ["punkt"], "da": ["punktum", "prik"], "en": ["dot"]}[lang]
    if style == "plain":
        return addr
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "entity":
        return f"{local}&#64;{domain}"
    if style == "spaced_at":
        return f"{local} @ {domain}"
    if style == "word_at":
        return f"{local} {rng.choice(at)} {f' {rng.choice(dot)} '.join(parts)}"
    if style == "paren_at":
        return f"{local}(at){'(dot)'.join(parts)}"
    if style == "bracket_at":
        return f"{local} [at] {' [dot] '.join(parts)}"
    if style == "provider_only":  # the provider's name without its domain ending
        word = {"no": "på", "sv": "på", "da": "på", "en": "on"}[lang]
        return f"{local} {word} {parts[0]}"
    raise ValueError(style)
