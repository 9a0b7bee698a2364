"""How blind22's writers print a phone number or an e-mail address: plainly, as a messenger link, disguised (the
digits stay in order) or hidden (the digits do not show in order), in the ad's language."""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.blind22._data import AT_WORDS
from benchmarks.corpus_files import DIGIT_WORDS

PLAIN = {"national", "intl", "compact", "intl00", "pairs", "paren_cc"}
LINKED = {"viber_link", "tme_link", "wa_api"}
DISGUISED = {"star_sep", "underscore", "math_bold", "split_line", "spaced_singles", "slash_groups"}
HIDDEN = {"spelled", "letters", "mixed_words"}
PHONE_WEIGHTS = {
    "national": 26, "intl": 18, "compact": 14, "intl00": 5, "pairs": 9, "paren_cc": 4,
    "viber_link": 3, "tme_link": 3, "wa_api": 5,
    "star_sep": 2, "underscore": 2, "math_bold": 2, "split_line": 2, "spaced_singles": 2, "slash_groups": 2,
    "spelled": 4, "letters": 4, "mixed_words": 3,
}  # fmt: skip

EMAIL_STYLES = {"plain", "caps", "mailto", "html_entity", "word_at", "bracket_at", "spaced_at", "paren_dot"}
EMAIL_EXACT = {"plain", "caps", "mailto", "html_entity"}
EMAIL_WEIGHTS = {
    "plain": 40, "caps": 6, "mailto": 8, "html_entity": 5, "word_at": 15, "bracket_at": 10, "spaced_at": 9,
    "paren_dot": 7,
}  # fmt: skip

_BOLD = {str(d): chr(0x1D7CE + d) for d in range(10)}
_LETTERS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}


def _groups(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def phone(e164: str, style: str, home: str, lang: str, rng: random.Random) -> str:
    """The number as a writer prints it in an ad about a city of country ``home``: a number of another country
    always with its country code (unless hidden), a home number with its trunk prefix where the country has one."""
    num = phonenumbers.parse(e164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    region = phonenumbers.region_code_for_number(num)
    foreign = region != home
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat_digits = "".join(c for c in national if c.isdigit())
    shown = intl if foreign else national
    if style == "national":
        return shown
    if style == "intl":
        return intl
    if style == "compact":
        return f"+{cc}{nsn}" if foreign else nat_digits
    if style == "intl00":
        return f"00{cc} {nsn}" if rng.random() < 0.5 else f"00{cc}{nsn}"
    if style == "pairs":
        body = nsn if foreign else nat_digits
        pairs = " ".join(body[i : i + 2] for i in range(0, len(body), 2))
        return f"+{cc} {pairs}" if foreign else pairs
    if style == "paren_cc":
        rest = intl.split(" ", 1)[1]
        return f"(+{cc}) {rest}"
    if style == "viber_link":
        return f"viber://chat?number=%2B{cc}{nsn}"
    if style == "tme_link":
        return f"https://t.me/+{cc}{nsn}"
    if style == "wa_api":
        return f"https://api.whatsapp.com/send?phone={cc}{nsn}"
    lead, rest = ("+" + cc, nsn) if foreign else ("", nat_digits)
    if style == "star_sep":
        parts = _groups(rest, [2, 2, 2, 2, 2])
        return (lead + " " if lead else "") + "*".join(parts)
    if style == "underscore":
        parts = _groups(rest, [3, 2, 3] if len(rest) <= 8 else [3, 3, 2, 2])
        return (lead + "_" if lead else "") + "_".join(parts)
    if style == "slash_groups":
        parts = _groups(rest, [3, 3, 4] if len(rest) >= 10 else [3, 2, 3])
        return (lead + " / " if lead else "") + "/".join(parts)
    if style == "math_bold":
        return "".join(_BOLD.get(c, c) for c in shown)
    if style == "split_line":
        cut = len(shown) // 2
        while cut < len(shown) and shown[cut] != " ":
            cut += 1
        if cut >= len(shown):
            return shown[: len(shown) // 2] + "\n" + shown[len(shown) // 2 :]
        return shown[:cut] + "\n" + shown[cut + 1 :]
    if style == "spaced_singles":
        return (lead + " " if lead else "") + " ".join(rest)
    words = DIGIT_WORDS[lang]
    if style == "spelled":
        sep = rng.choice([" ", "-", " "])
        spelled = sep.join(words[int(c)] for c in rest)
        return (f"+{cc} " if foreign else "") + spelled
    if style == "letters":
        chars = list(rest)
        idx = [i for i, c in enumerate(chars) if c in "0158"] or [i for i, c in enumerate(chars) if c in "26"]
        if not idx:
            i = len(chars) - 3
            return (
                (f"+{cc} " if foreign else "") + "".join(chars[:i]) + " " + " ".join(words[int(c)] for c in chars[i:])
            )
        for i in idx:
            chars[i] = _LETTERS[chars[i]]
        return (f"+{cc} " if foreign else "") + "".join(chars)
    if style == "mixed_words":
        out = [words[int(c)] if i % 2 == 0 else c for i, c in enumerate(rest)]
        return (f"+{cc} " if foreign else "") + " ".join(out)
    raise ValueError(style)


def email(addr: str, style: str, lang: str, rng: random.Random) -> str:
    """The address as a writer prints it."""
    local, domain = addr.split("@")
    if style == "plain":
        return addr
    if style == "caps":
        return local[:1].upper() + local[1:] + "@" + domain[:1].upper() + domain[1:]
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "html_entity":
        return f"{local}&#64;{domain}"
    if style == "word_at":
        at, dot = rng.choice(AT_WORDS[lang])
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"
    if style == "bracket_at":
        return f"{local}[at]{domain}"
    if style == "spaced_at":
        return f"{local} @ {domain}"
    if style == "paren_dot":
        return f"{local}(at){domain.replace('.', '(dot)')}"
    raise ValueError(style)
