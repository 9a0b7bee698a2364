"""How a person writes a phone number or an e-mail address in an ad, in sv/no/da/en.

The styles follow what public write-ups of escort and classified ads describe (digit groupings, country
prefixes, number words, look-alike letters, emoji digits, numbers broken over lines, "at"/"dot" spelled
out); every function returns the text and the name of its style so the scorer can report recall per style.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

from .data import Lang, LangTexts, load

KEYCAP = "\ufe0f\u20e3"
FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
BOLD = {str(d): chr(0x1D7CE + d) for d in range(10)}


@dataclass(frozen=True, slots=True)
class Phone:
    """A synthetic number: E.164, its region and how it is dialled at home."""

    e164: str
    region: str
    cc: str
    nsn: str
    trunk: str  # "0" in Sweden, "" in Norway and Denmark; foreign numbers are always written with their code

    @property
    def national(self) -> str:
        return self.trunk + self.nsn


def make_phone(e164: str) -> Phone:
    num = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(num) or "ZZ"
    nsn = phonenumbers.national_significant_number(num)
    return Phone(e164, region, str(num.country_code), nsn, "0" if region == "SE" else "")


def random_phone(rng: random.Random, region: str) -> Phone:
    """A valid mobile number of the region (valid for `phonenumbers`, fictional here)."""
    shapes = {
        "NO": lambda: rng.choice("49") + _digits(rng, 7),
        "SE": lambda: "7" + rng.choice("0236") + _digits(rng, 7),
        "DK": lambda: rng.choice(["2", "3", "4", "5", "6", "7", "8", "9"]) + _digits(rng, 7),
        "RO": lambda: "7" + rng.choice("2345") + _digits(rng, 7),
        "PL": lambda: rng.choice("5678") + _digits(rng, 8),
        "TH": lambda: rng.choice("689") + _digits(rng, 8),
        "ES": lambda: "6" + _digits(rng, 8),
        "LT": lambda: "6" + _digits(rng, 7),
        "UA": lambda: rng.choice(["50", "63", "67", "93"]) + _digits(rng, 7),
        "BR": lambda: "119" + _digits(rng, 8),
        "GB": lambda: "7" + rng.choice("4579") + _digits(rng, 8),
    }
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(1000):
        num = phonenumbers.parse(f"+{cc}{shapes[region]()}")
        kind = phonenumbers.number_type(num)
        if phonenumbers.is_valid_number(num) and kind in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return make_phone(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
    raise RuntimeError(f"no valid mobile number for {region}")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(s[pos : pos + size])
        pos += size
    if pos < len(s):
        out.append(s[pos:])
    return [g for g in out if g]


def national_groups(p: Phone, rng: random.Random) -> list[str]:
    if p.region == "SE":
        return _groups(p.national, rng.choice([[3, 3, 2, 2], [3, 7], [10], [3, 2, 2, 3], [3, 3, 4]]))
    if p.region == "NO":
        return _groups(p.national, rng.choice([[3, 2, 3], [2, 2, 2, 2], [4, 4], [8], [3, 5]]))
    return _groups(p.national, rng.choice([[2, 2, 2, 2], [4, 4], [8], [2, 2, 4]]))


def intl_groups(p: Phone, rng: random.Random) -> list[str]:
    if p.region == "SE":
        return _groups(p.nsn, rng.choice([[2, 3, 2, 2], [2, 7], [9], [2, 3, 4]]))
    if p.region in ("NO", "DK"):
        return _groups(p.nsn, rng.choice([[3, 2, 3], [2, 2, 2, 2], [4, 4], [8]]))
    if p.region == "GB":
        return _groups(p.nsn, [4, 6])
    return _groups(p.nsn, rng.choice([[3, 3, 3], [len(p.nsn)], [2, 3, 4]]))


def _join(groups: list[str], rng: random.Random, seps: tuple[str, ...] = (" ", " ", "-", ".", "")) -> str:
    sep = rng.choice(seps)
    if len(groups) > 2 and rng.random() < 0.3:  # "070-123 45 67"
        return groups[0] + "-" + " ".join(groups[1:])
    return sep.join(groups)


def prefix(p: Phone, rng: random.Random) -> str:
    return rng.choice([f"+{p.cc} ", f"+{p.cc}", f"00{p.cc} ", f"00{p.cc}-", f"(+{p.cc}) "])


def digit_word(d: str, t: LangTexts, rng: random.Random) -> str:
    alts = t.digit_alts.get(d)
    return rng.choice(alts) if alts and rng.random() < 0.5 else t.digits[int(d)]


def two_digit_words(n: int, t: LangTexts, rng: random.Random) -> str:
    """A number 0-99 in words: "førtien", "fyrtio ett", "enogfyrre", "forty-one"."""
    if n < 10:
        return t.digits[n]
    if n < 20:
        return t.teens[n - 10]
    tens, unit = t.tens[n // 10 - 2], n % 10
    if unit == 0:
        return tens
    u = t.digits[unit]
    join = rng.choice(t.tens_join)
    return f"{u}{join}{tens}" if t.unit_first else f"{tens}{join}{u}"


def _as_words(digits: str, t: LangTexts, rng: random.Random) -> str:
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(digit_word(d, t, rng) for d in digits)


def _pairs_as_words(digits: str, t: LangTexts, rng: random.Random) -> str:
    parts: list[str] = []
    pos = 0
    if len(digits) % 2:
        parts.append(t.digits[int(digits[0])])
        pos = 1
    while pos < len(digits):
        pair = digits[pos : pos + 2]
        parts.append(_as_words(pair, t, rng) if pair[0] == "0" else two_digit_words(int(pair), t, rng))
        pos += 2
    return " ".join(parts)


def write_phone(
    p: Phone, lang: Lang, rng: random.Random, style: str | None = None, where: str | None = None
) -> tuple[str, str]:
    """The number as the person writes it, and the style's name. A Nordic number in an ad of another
    country (`where`) is mostly written with its country code, as touring persons do; the few written
    nationally there are labelled `<style>-abroad` (ambiguous by nature: 8 digits fit NO and DK)."""
    t = load().texts.languages[lang]
    foreign = p.region not in ("NO", "SE", "DK")
    if style is None:
        style = pick_style(rng, foreign)
    abroad = where is not None and p.region != where
    intl = foreign or style == "international" or (style not in ("national",) and rng.random() < 0.2)
    intl = intl or (abroad and rng.random() < 0.92)
    groups = intl_groups(p, rng) if intl else national_groups(p, rng)
    pre = prefix(p, rng) if intl else ""
    if style in ("national", "international"):
        text = pre + _join(groups, rng)
        if p.region == "SE" and intl and rng.random() < 0.2:
            text = f"+46 (0){_join(groups, rng)}"
    elif style == "spaced":
        text = pre + rng.choice([" ", " ", ".", "-", " . "]).join("".join(groups))
    elif style == "separators":
        text = pre + rng.choice(["/", "*", "_", " / ", "~", "|", " - ", ".."]).join(groups)
    elif style == "lookalike":
        base = pre + _join(groups, rng)
        text = _lookalike(base, rng)
        if text == base:  # no 0 or 1 to disguise: it is a plain number
            style = "international" if intl else "national"
    elif style == "words":
        text = pre + _as_words("".join(groups), t, rng)
    elif style == "pair_words":
        text = pre + _pairs_as_words("".join(groups), t, rng)
    elif style == "mixed":
        parts = []
        for i, g in enumerate(groups):
            use_words = (i % 2 == 0) if rng.random() < 0.5 else rng.random() < 0.5
            parts.append(_as_words(g, t, rng) if use_words else g)
        if all(x.isdigit() for x in parts):
            parts[0] = _as_words(groups[0], t, rng)
        text = pre + " ".join(parts)
    elif style == "line_split":
        if len(groups) < 2:
            groups = _groups("".join(groups), [4, 10])
        cut = rng.randrange(1, len(groups))
        text = pre + " ".join(groups[:cut]) + rng.choice(["\n", " \n", "-\n"]) + " ".join(groups[cut:])
    elif style == "keycap":
        text = "".join(c + KEYCAP if c.isdigit() else c for c in pre.replace("+", "➕").strip() + "".join(groups))
        text = text.replace("➕", "+")
    elif style == "fullwidth":
        table = rng.choice([FULLWIDTH, BOLD])
        text = "".join(table.get(c, c) for c in pre + _join(groups, rng))
    elif style == "glued":
        text = pre.replace(" ", "") + "".join(groups)
    elif style == "plusword":
        word = {"sv": "plus", "no": "pluss", "da": "plus", "en": "plus"}[lang]
        text = f"{word} {p.cc} " + _join(intl_groups(p, rng), rng)
    else:
        raise ValueError(f"unknown phone style {style}")
    if style == "national" and intl:  # a touring person's number, written with its code
        style = "international"
    if abroad and not intl and style != "plusword":
        style += "-abroad"
    return text, style


def _lookalike(text: str, rng: random.Random) -> str:
    out = []
    for c in text:
        if c == "0" and rng.random() < 0.7:
            out.append(rng.choice("OOo"))
        elif c == "1" and rng.random() < 0.7:
            out.append(rng.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


STYLES = {
    "national": 28,
    "international": 15,
    "spaced": 6,
    "separators": 6,
    "lookalike": 7,
    "words": 8,
    "pair_words": 4,
    "mixed": 9,
    "line_split": 5,
    "keycap": 2,
    "fullwidth": 2,
    "glued": 4,
    "plusword": 3,
}
FOREIGN_STYLES = {"international": 70, "spaced": 8, "lookalike": 8, "separators": 6, "line_split": 4, "words": 4}


def pick_style(rng: random.Random, foreign: bool = False) -> str:
    table = FOREIGN_STYLES if foreign else STYLES
    return rng.choices(list(table), weights=list(table.values()))[0]


def write_email(address: str, lang: Lang, rng: random.Random) -> tuple[str, str]:
    """An address as written: plain, blanks around "@", "alfakrøll"/"snabel-a"/"(at)", "punktum"/"(dot)"."""
    t = load().texts.languages[lang]
    local, domain = address.split("@")
    name, _, tld = domain.rpartition(".")
    kinds = ["plain", "spaced_at", "words", "brackets", "split_domain", "capitals"]
    style = rng.choices(kinds, [35, 12, 25, 12, 8, 8])[0]
    if style == "plain":
        return address, style
    if style == "capitals":
        return local.capitalize() + "@" + name.capitalize() + "." + tld.upper(), style
    if style == "spaced_at":
        return f"{local} @ {domain}", style
    if style == "split_domain":
        return f"{local}@{name} . {tld}" if rng.random() < 0.5 else f"{local} @ {name}. {tld}", style
    at = rng.choice([a for a in t.at if a.strip() != "@"])
    dot = rng.choice(t.dot)
    if style == "brackets":
        at = rng.choice(["(at)", "[at]", "(@)"])
        return f"{local}{at}{name}{'.' if rng.random() < 0.5 else '(dot)'}{tld}", style
    at_s = at if at.startswith(" ") else f" {at} "
    dot_s = "." if dot == "." else f" {dot} "
    return f"{local}{at_s}{name}{dot_s}{tld}", style
