"""How blind20's writers print a phone number or an e-mail address: one function per written style, each given the
number, whether it must carry its country code (a number from abroad always does), the ad's language and a random
source. A style in ``PLAIN``/``LINKED``/``DISGUISED`` keeps every national digit in order; a style in ``HIDDEN``
does not (words, look-alike letters, a number cut by a chat turn or a markup tag), and is rare."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.corpus_files import DIGIT_WORDS

PLAIN = frozenset({"grouped", "compact", "intl_spaced", "double_zero", "numeric_cell", "lost_zero"})
LINKED = frozenset({"tel_uri", "wa_me", "sms_uri"})
DISGUISED = frozenset({"spaced_digits", "dot_pairs", "slashed", "keycaps", "fullwidth", "plus_entity", "starred"})
HIDDEN = frozenset({"words", "mixed_words", "lookalike", "chat_split", "tag_split"})

EMAIL_EXACT = frozenset({"plain", "mailto", "at_entity", "hyperlink"})
EMAIL_STYLES = EMAIL_EXACT | {"spelled", "bracketed", "spaced"}

_AT = {"no": ("alfakrøll", "punktum"), "sv": ("snabel-a", "punkt"), "da": ("snabel-a", "prik"), "en": ("at", "dot")}
_FULLWIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
_LOOK = str.maketrans("01", "Ol")


def nsn(e164: str) -> str:
    return phonenumbers.national_significant_number(phonenumbers.parse(e164))


def code(e164: str) -> str:
    return str(phonenumbers.parse(e164).country_code)


def trunk(e164: str) -> str:
    """The national prefix a writer puts before the number at home (Sweden's 0; none in Norway or Denmark)."""
    num = phonenumbers.parse(e164)
    written = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(c for c in written if c.isdigit())
    return digits[: len(digits) - len(nsn(e164))]


def regroup(digits: str, rng: random.Random) -> list[str]:
    """A writer's habit of grouping digits: 3-2-3, 2-2-2-2, 4-4, 3-3-rest, or phonenumbers' own grouping."""
    pattern = rng.choice([(3, 2, 3), (2, 2, 2, 2), (4, 4), (3, 3), (2, 3, 3)])
    out, i = [], 0
    for size in pattern:
        if i >= len(digits):
            break
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        rest = digits[i:]
        if len(rest) == 1:  # nobody leaves one digit alone: it joins the last group
            out[-1] += rest
        else:
            out.append(rest)
    return out


def phone(style: str, e164: str, intl: bool, lang: str, rng: random.Random) -> str:
    """The number as the style writes it; ``intl``: with its country code (a number from abroad)."""
    cc, national = code(e164), nsn(e164)
    home = trunk(e164) + national
    groups = regroup(national if intl else home, rng)
    lead = f"+{cc} " if intl else ""
    if style in ("grouped", "chat_split", "tag_split"):  # a cut number is cut by its page (chat turn, inline tag)
        return lead + " ".join(groups)
    if style == "compact":
        return (f"+{cc}" + national) if intl else home
    if style == "intl_spaced":
        return f"+{cc} " + " ".join(regroup(national, rng))
    if style == "double_zero":
        return f"00{cc} " + " ".join(regroup(national, rng))
    if style == "numeric_cell":  # a spreadsheet cell that took the number as a number: no plus, no spaces
        return cc + national
    if style == "lost_zero":  # the same cell with a national number: its trunk 0 is gone
        return cc + national if intl else national
    if style == "tel_uri":
        return f"tel:+{cc}{national}"
    if style == "wa_me":
        return f"https://wa.me/{cc}{national}"
    if style == "sms_uri":
        return f"sms:+{cc}{national}"
    if style == "spaced_digits":
        return (f"+ {' '.join(cc)} " if intl else "") + " ".join(national if intl else home)
    if style == "dot_pairs":
        flat = national if intl else home
        return (f"+{cc}." if intl else "") + ".".join(flat[i : i + 2] for i in range(0, len(flat), 2))
    if style == "slashed":
        return lead + "/".join(groups)
    if style == "starred":
        return lead.strip() + ("*" if intl else "") + "*".join(groups)
    if style == "keycaps":
        text = (f"+{cc}" if intl else "") + (national if intl else home)
        return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in text)
    if style == "fullwidth":
        return (lead + " ".join(groups)).translate(_FULLWIDTH)
    if style == "plus_entity":  # XML writers that escape "+" as a character reference
        return f"&#43;{cc} " + " ".join(regroup(national, rng))
    plus = {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}[lang]
    if style == "words":
        words = DIGIT_WORDS[lang]
        return (f"{plus} " if intl else "") + " ".join(words[int(c)] for c in (cc + national if intl else home))
    if style == "mixed_words":
        words = DIGIT_WORDS[lang]
        flat = cc + national if intl else home
        return ("+" if intl else "") + " ".join(words[int(c)] if i % 2 else c for i, c in enumerate(flat))
    if style == "lookalike":
        return (lead + " ".join(groups)).translate(_LOOK)
    raise ValueError(style)


def hides(style: str, e164: str) -> bool:
    """Whether a hidden style really hides this number (look-alike letters need a 0 or a 1 in it)."""
    if style == "lookalike":
        return "0" in nsn(e164) or "1" in nsn(e164)
    return True


def email(style: str, addr: str, lang: str) -> str:
    local, domain = addr.split("@")
    at, dot = _AT[lang]
    if style in ("plain", "hyperlink"):
        return addr
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "at_entity":
        return f"{local}&#64;{domain}"
    if style == "spelled":
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"
    if style == "bracketed":
        return f"{local}[at]{domain.replace('.', '[.]')}"
    if style == "spaced":
        return f"{local} @ {domain}"
    raise ValueError(style)
