"""How the eighteenth corpus's writers print a phone number and an e-mail address: the written styles (plain,
linked, disguised with the digits still in order, hidden with the digits spelled or broken up) and the text of
each, in the ad's language. A number from another country than the ad's city always carries its country code."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.corpus_files import DIGIT_WORDS
from phonenumbers import PhoneNumberFormat

# digits in order, as they would be dialled
PLAIN = frozenset({"national", "grouped", "intl", "e164", "intl00", "msisdn"})
# a link whose target holds the number
LINKED = frozenset({"tel_link", "wa_link", "sms_link"})
# digits in order with things between them
DISGUISED = frozenset(
    {"dotted", "slashed", "spaced", "emoji_sep", "dashes", "math_mono", "parens", "line_split", "nbsp", "star_sep"}
)
# the digits are not all printed as digits in order (spelled, letters for digits, split by a subtitle's timing)
HIDDEN = frozenset({"words", "leet", "half_words", "cue_split"})
EMAIL_STYLES = frozenset({"exact", "mailto", "entity", "at_word", "bracket", "snabel", "spaced", "pct"})
# the address itself is in the text once HTML entities are read
EMAIL_EXACT = frozenset({"exact", "mailto", "entity"})

CUE = "\x1f"  # where a subtitle file may cut a number between two cues
_EMOJI = ["💋", "🌸", "❤", "✨", "🔥"]
_LEET = {"0": "O", "1": "l", "3": "E", "5": "S", "8": "B", "7": "T"}
_MONO = {str(i): chr(0x1D7F6 + i) for i in range(10)}


def shown(e164: str, country: str) -> str:
    """The number as a writer in `country` prints it plainly: national format at home, with the country code
    otherwise."""
    num = phonenumbers.parse(e164)
    if phonenumbers.region_code_for_number(num) == country:
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)


def _groups(text: str) -> list[str]:
    return text.replace("-", " ").split()


def phone_text(e164: str, style: str, country: str, lang: str, rng: random.Random) -> str:
    """The text a writer prints for `e164` in `style` when the ad's city is in `country`."""
    num = phonenumbers.parse(e164)
    home = phonenumbers.region_code_for_number(num) == country
    base = shown(e164, country)
    nat = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    if style == "national":
        return base.replace(" ", "").replace("-", "") if home else base
    if style == "grouped":
        return base
    if style == "intl":
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return e164
    if style == "intl00":
        return f"00{cc} {nat}" if rng.random() < 0.5 else f"00{cc}{nat}"
    if style == "msisdn":
        return cc + nat
    if style == "tel_link":
        return f"[{base}](tel:{e164})" if rng.random() < 0.5 else f'<a href="tel:{e164}">{base}</a>'
    if style == "wa_link":
        return f"https://wa.me/{cc}{nat}"
    if style == "sms_link":
        return f"sms:{e164}?body=Hei"
    groups = _groups(base)
    if style == "dotted":
        return ".".join(groups)
    if style == "slashed":
        return "/".join(groups)
    if style == "spaced":
        return " ".join(c for c in base if c.isdigit() or c == "+")
    if style == "emoji_sep":
        mark = rng.choice(_EMOJI)
        return mark.join(groups)
    if style == "dashes":
        return " - ".join(groups)
    if style == "math_mono":
        return "".join(_MONO.get(c, c) for c in base)
    if style == "parens":
        return f"({groups[0]}) {' '.join(groups[1:])}"
    if style == "line_split":
        cut = max(1, len(groups) - 1)
        return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
    if style == "nbsp":
        return "\u202f".join(groups)
    if style == "star_sep":
        return "*".join(groups)
    if style == "words":
        words = DIGIT_WORDS[lang]
        return ("-" if rng.random() < 0.3 else " ").join(
            ("+" if c == "+" else words[int(c)]) for c in base if c.isdigit() or c == "+"
        )
    if style == "leet":
        return "".join(_LEET.get(c, c) for c in base)
    if style == "half_words":
        words = DIGIT_WORDS[lang]
        return groups[0] + " " + " ".join(words[int(c)] for c in "".join(groups[1:]) if c.isdigit())
    if style == "cue_split":
        cut = max(1, len(groups) - 1)
        return " ".join(groups[:cut]) + CUE + " ".join(groups[cut:])
    raise ValueError(style)


def leet_hides(e164: str, country: str) -> bool:
    """Letters for digits hide the number only when it has a digit that has a letter."""
    return any(c in _LEET for c in phonenumbers.national_significant_number(phonenumbers.parse(e164)))


_AT = {"no": "krøllalfa", "sv": "snabel-a", "da": "snabel-a", "en": "at-sign"}
_DOT = {"no": "punktum", "sv": "punkt", "da": "punktum", "en": "dot"}


def email_text(addr: str, style: str, lang: str, rng: random.Random) -> str:
    """The text a writer prints for `addr` in `style`."""
    local, domain = addr.split("@")
    name, _, tld = domain.rpartition(".")
    if style == "exact":
        return addr if rng.random() < 0.7 else addr.capitalize()
    if style == "mailto":
        return f"[{addr}](mailto:{addr})" if rng.random() < 0.5 else f"mailto:{addr}"
    if style == "entity":
        return (
            addr.replace("@", "&#64;").replace(".", "&#46;", 1) if rng.random() < 0.5 else addr.replace("@", "&#x40;")
        )
    if style == "at_word":
        return f"{local} (at) {name} (dot) {tld}" if rng.random() < 0.5 else f"{local} at {name} dot {tld}"
    if style == "bracket":
        return f"{local}[at]{name}[.]{tld}"
    if style == "snabel":
        return f"{local} {_AT[lang]} {name} {_DOT[lang]} {tld}"
    if style == "spaced":
        return f"{local} @ {name} . {tld}"
    if style == "pct":
        return f"mailto:{local}%40{domain}"
    raise ValueError(style)
