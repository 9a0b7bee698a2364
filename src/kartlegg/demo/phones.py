"""Valid synthetic phone numbers and the many ways ad writers put them on a page.

Numbers are drawn from the real numbering plans (so ``phonenumbers.is_valid_number`` accepts them) and
checked once when made; each ad then writes a number in one *style* (plain national, international,
spelled out in words, look-alike letters, keycap emoji, ...). The style names are recorded in the
ground truth so extraction recall can be measured per style.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import phonenumbers

from kartlegg.demo.lexicon import NumberWords

#: Every style the generator can write, in documentation order.
STYLES: tuple[str, ...] = (
    "national",
    "national_compact",
    "national_dash_compact",
    "intl",
    "intl_compact",
    "intl_00",
    "intl_trunk_paren",
    "spaces",
    "dots",
    "dashes",
    "stars",
    "single_spaced",
    "words",
    "words_pairs",
    "mixed_words_digits",
    "lookalike",
    "keycap_emoji",
    "fullwidth",
    "line_break",
)
#: Styles that write the national form; a number from another country than the site's is written
#: internationally instead (a Swedish number on a Norwegian site needs its +46 to be dialled).
NATIONAL_ONLY = frozenset({"national", "national_compact", "national_dash_compact"})

#: How mobile numbers of each country are drawn: (national significant number prefixes, length).
_MOBILE_PLANS: dict[str, tuple[tuple[str, ...], int]] = {
    "SE": (("70", "72", "73", "76", "79"), 9),
    "NO": (("4", "9"), 8),
    "DK": (
        (
            "20",
            "21",
            "22",
            "23",
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
            "92",
            "93",
        ),
        8,
    ),
    "PL": (("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"), 9),
    "RO": (("72", "73", "74", "75", "76", "78"), 9),
    "ES": (("6",), 9),
    "HU": (("20", "30", "70"), 9),
    "BG": (("87", "88", "89"), 9),
    "LT": (("6",), 8),
    "GB": (("74", "75", "77", "78", "79"), 10),
}
_SPLIT = re.compile(r"[\s\-]+")
_KEYCAP = "\ufe0f\u20e3"


@dataclass(frozen=True, slots=True)
class PhoneInfo:
    """One number with the written forms every style starts from."""

    e164: str
    country: str
    national: str  # "070-123 45 67", "912 34 567", "20 12 34 56"
    intl: str  # "+46 70 123 45 67"
    national_groups: tuple[str, ...]
    intl_groups: tuple[str, ...]

    @property
    def has_trunk_zero(self) -> bool:
        return self.national.startswith("0") and not self.national.startswith("00")


def phone_info(e164: str) -> PhoneInfo:
    """Parse a valid E.164 number into its written forms (raises ValueError when it is not valid)."""
    num = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(num):
        raise ValueError(f"not a valid number: {e164}")
    region = phonenumbers.region_code_for_number(num) or "ZZ"
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    if region == "NO" and len(nsn) == 8 and nsn[0] in "49":
        # Norwegians write mobiles as "912 34 567" more often than phonenumbers' "91 23 45 67".
        national = f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}"
        intl = "+47 " + national
    return PhoneInfo(
        e164=phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        country=region,
        national=national,
        intl=intl,
        national_groups=tuple(g for g in _SPLIT.split(national) if g),
        intl_groups=tuple(g for g in _SPLIT.split(intl) if g),
    )


def new_mobile(country: str, rng: random.Random, used: set[str]) -> PhoneInfo:
    """A fresh valid mobile number of ``country`` not in ``used`` (which it is added to)."""
    prefixes, length = _MOBILE_PLANS[country]
    cc = phonenumbers.country_code_for_region(country)
    for _ in range(200):
        prefix = rng.choice(prefixes)
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        e164 = f"+{cc}{nsn}"
        if e164 in used:
            continue
        try:
            info = phone_info(e164)
        except ValueError:
            continue
        if info.country != country:  # e.g. a Jersey number inside the +44 plan
            continue
        used.add(e164)
        return info
    raise RuntimeError(f"could not draw a valid {country} mobile number")  # pragma: no cover


def _digit_words(s: str, words: NumberWords) -> list[str]:
    out: list[str] = []
    for ch in s:
        if ch == "+":
            out.append(words.plus)
        elif ch.isdigit():
            out.append(words.units[int(ch)])
    return out


def _pair_words(group: str, words: NumberWords) -> list[str]:
    """A digit group read the way people say it: "070" -> noll sjuttio, "45" -> fyrtiofem."""
    out: list[str] = []
    if group.startswith("+"):
        out.append(words.plus)
        group = group[1:]
    if len(group) % 2 == 1:
        out.append(words.units[int(group[0])])
        group = group[1:]
    for i in range(0, len(group), 2):
        pair = group[i : i + 2]
        if pair[0] == "0":
            out.extend([words.units[0], words.units[int(pair[1])]])
        else:
            out.append(words.two_digit(int(pair)))
    return out


def _lookalike(text: str, rng: random.Random) -> str | None:
    """Swap 0 -> O/o and 1 -> l/I (at least one swap), or None when there is nothing to swap."""
    chars = list(text)
    spots = [i for i, c in enumerate(chars) if c in "01"]
    if not spots:
        return None
    must = rng.choice(spots)
    for i in spots:
        if i == must or rng.random() < 0.6:
            chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def render_phone(p: PhoneInfo, style: str, *, local: bool, words: NumberWords, rng: random.Random) -> tuple[str, str]:
    """Write ``p`` in ``style``; returns (text, style actually used).

    ``local`` says whether the number belongs to the site's country; if not, national-only styles fall
    back to the international form. A style that cannot apply (look-alikes without 0/1) falls back too.
    """
    if not local and style in NATIONAL_ONLY:
        style = "intl"
    if style == "intl_trunk_paren" and not p.has_trunk_zero:
        style = "intl"
    groups = p.national_groups if local else p.intl_groups
    if style == "national":
        return p.national, style
    if style == "national_compact":
        return "".join(p.national_groups), style
    if style == "national_dash_compact":
        if p.has_trunk_zero:
            return p.national_groups[0] + "-" + "".join(p.national_groups[1:]), style
        digits = "".join(p.national_groups)
        return digits[:4] + " " + digits[4:], style
    if style == "intl":
        return p.intl, style
    if style == "intl_compact":
        return p.e164, style
    if style == "intl_00":
        return "00" + p.intl[1:], style
    if style == "intl_trunk_paren":
        head, *rest = p.intl_groups
        return f"{head} (0){' '.join(rest)}", style
    if style == "spaces":
        return " ".join(groups), style
    if style == "dots":
        return ".".join(groups), style
    if style == "dashes":
        return "-".join(groups), style
    if style == "stars":
        return "*".join(groups), style
    if style == "single_spaced":
        return " ".join("".join(groups)).replace("+ ", "+"), style
    if style == "words":
        return " ".join(_digit_words("".join(groups), words)), style
    if style == "words_pairs":
        return " ".join(w for g in groups for w in _pair_words(g, words)), style
    if style == "mixed_words_digits":
        n = len(groups)
        as_words = [rng.random() < 0.5 for _ in range(n)]
        as_words[rng.randrange(n)] = True
        keep = rng.randrange(n)
        as_words[keep] = False
        parts = [" ".join(_digit_words(g, words)) if w else g for g, w in zip(groups, as_words, strict=True)]
        return " ".join(parts), style
    if style == "lookalike":
        swapped = _lookalike(p.national if local else p.intl, rng)
        if swapped is None:
            return render_phone(p, "stars", local=local, words=words, rng=rng)
        return swapped, style
    if style == "keycap_emoji":
        return " ".join("".join(c + _KEYCAP if c.isdigit() else c for c in g) for g in groups), style
    if style == "fullwidth":
        text = p.national if local else p.intl
        return "".join(chr(0xFF10 + int(c)) if c.isdigit() else ("＋" if c == "+" else c) for c in text), style
    if style == "line_break":
        cut = max(1, len(groups) // 2)
        return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:]), style
    raise ValueError(f"unknown phone style {style!r}")
