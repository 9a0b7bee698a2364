"""How a phone number or an e-mail address is written in an ad of the ninth blind corpus.

Each style is named in the truth (`phone_styles`, `email_styles`). PLAIN styles print the number's digits
in one run (what a site field or a careful advertiser writes); the others are the ways advertisers hide a
contact from a site's filter: words (digit by digit or in pairs, as a Dane or Norwegian reads a number
aloud), look-alike letters (Latin O/l/I, Cyrillic З/О/б), other Unicode digits (full-width, mathematical,
circled, key-cap emoji), separators and emoji between digits, invisible zero-width characters, a number
broken over lines or between the title and the body, the prefix written last ("area code at the end"),
masked digits with a hint, the number written backwards, HTML entities a scraper left escaped, and
messenger links (WhatsApp, Telegram's t.me/+number, Viber with a URL-encoded plus, tel:)."""

from __future__ import annotations

import random

import phonenumbers

from ._data import DIGIT_WORDS, pair_word

PLAIN = frozenset(
    {
        "national",
        "national_compact",
        "international",
        "international_compact",
        "international_00",
        "international_paren",
        "international_trunk",
        "code_no_plus",
        "dotted",
        "field",
        "url_slug",
        "image_alt",
        "wa_link",
        "tel_link",
        "tme_link",
        "foreign_national_cued",
    }
)
LOCAL_ONLY = frozenset({"national", "national_compact", "dotted", "words_pairs", "prefix_last", "international_trunk"})

PHRASES = {
    "prefix_last": {
        "no": "{tail} – start med {head}",
        "sv": "{tail}, börjar på {head}",
        "da": "{tail} (første cifre {head})",
        "en": "{tail}, area code {head} first",
    },
    "masked": {
        "no": "{shown} – de to siste er {a} og {b}",
        "sv": "{shown} (xx = {a}{b})",
        "da": "{shown} – de sidste to er {a} og {b}",
        "en": "{shown} (last two digits: {a} {b})",
    },
    "reversed": {
        "no": "les baklengs: {rev}",
        "sv": "läs baklänges: {rev}",
        "da": "læs baglæns: {rev}",
        "en": "read it backwards: {rev}",
    },
    "foreign": {
        "no": "{land} nummer: {num}",
        "sv": "{land} nummer: {num}",
        "da": "{land} nummer: {num}",
        "en": "{land} number: {num}",
    },
}
LAND = {
    "RO": "rumensk",
    "PL": "polsk",
    "TH": "thai",
    "LT": "litauisk",
    "BG": "bulgarsk",
    "UA": "ukrainsk",
    "HU": "ungarsk",
    "ES": "spansk",
}

_FULLWIDTH = "０１２３４５６７８９"
_MATH_BOLD = "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"
_MATH_SANS = "𝟢𝟣𝟤𝟥𝟦𝟧𝟨𝟩𝟪𝟫"
_CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
_ZW = ("\u200b", "\u200c", "\u2060", "\u00ad")


def parse(e164: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(e164)


def nsn(e164: str) -> str:
    return phonenumbers.national_significant_number(parse(e164))


def region(e164: str) -> str:
    return phonenumbers.region_code_for_number(parse(e164)) or "ZZ"


def national(rng: random.Random, e164: str) -> str:
    """The number as written at home, in one of the groupings people use there."""
    d, reg = nsn(e164), region(e164)
    if reg == "NO":
        return rng.choice((f"{d[:3]} {d[3:5]} {d[5:]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:4]} {d[4:]}"))
    if reg == "DK":
        return rng.choice(
            (f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:4]} {d[4:]}", f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}")
        )
    if reg == "SE" and not d.startswith("7"):
        return phonenumbers.format_number(parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
    if reg == "SE":
        return rng.choice(
            (
                f"0{d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}",
                f"0{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
                f"0{d[:2]}-{d[2:]}",
                f"0{d[:2]}/{d[2:5]}{d[5:]}",
            )
        )
    return phonenumbers.format_number(parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)


def national_digits(e164: str) -> str:
    d, reg = nsn(e164), region(e164)
    return "0" + d if reg in {"SE"} else d


def international(rng: random.Random, e164: str) -> str:
    cc = e164[1 : 1 + len(e164) - 1 - len(nsn(e164))]
    nat = national(rng, e164)
    if region(e164) == "SE":
        nat = nat[1:]
    elif region(e164) not in {"NO", "DK"}:
        nat = phonenumbers.format_number(parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return nat
    return f"+{cc} {nat}"


def _swap(text: str, table: dict[str, str], share: float, rng: random.Random) -> str:
    return "".join(table[c] if c in table and rng.random() < share else c for c in text)


def feasible(style: str, e164: str, local: bool) -> bool:
    d = nsn(e164)
    if style in LOCAL_ONLY and not local:
        return False
    if style == "international_trunk" and not (region(e164) == "SE" and d.startswith("7")):
        return False
    if style == "words_pairs" and region(e164) not in {"NO", "DK", "SE"}:
        return False
    if style == "lookalike_latin" and not ({"0", "1"} & set(d)):
        return False
    if style == "lookalike_cyrillic" and not ({"0", "3", "6"} & set(d)):
        return False
    if style == "foreign_national_cued" and (local or region(e164) not in LAND):
        return False
    return True


def phone(rng: random.Random, e164: str, style: str, lang: str, local: bool) -> str | tuple[str, str]:
    """The text of one number in a style; split_title_body returns (title part, body part)."""
    d = nsn(e164)
    cc = e164[1 : len(e164) - len(d)]
    words = DIGIT_WORDS[lang]
    if style == "national":
        return national(rng, e164)
    if style == "national_compact":
        return national_digits(e164)
    if style == "international":
        return international(rng, e164)
    if style == "international_compact":
        return e164
    if style == "international_00":
        return rng.choice((f"00{cc} {d}", f"00{cc}{d}", f"00 {cc} {d}"))
    if style == "international_paren":
        return rng.choice((f"(+{cc}) {d}", f"(+{cc}) " + international(rng, e164).split(" ", 1)[1]))
    if style == "international_trunk":
        return f"+{cc} (0){d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}" if len(d) == 9 else f"+{cc} (0) {d}"
    if style == "code_no_plus":
        return rng.choice((f"{cc} {d}", f"{cc}{d}", f"{cc}-{d}"))
    if style == "dotted":
        nd = national_digits(e164)
        return (
            ".".join(nd[i : i + 2] for i in range(0, len(nd), 2))
            if len(nd) % 2 == 0
            else f"{nd[:3]}.{nd[3:6]}.{nd[6:]}"
        )
    if style in {"field", "image_alt"}:
        return (
            rng.choice((national(rng, e164), e164, international(rng, e164)))
            if cc in {"47", "45", "46"}
            else international(rng, e164)
        )
    if style == "url_slug":
        return d
    if style == "foreign_national_cued":
        num = phonenumbers.format_number(parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
        return PHRASES["foreign"][lang].format(land=LAND[region(e164)].capitalize(), num=num)
    if style == "wa_link":
        return rng.choice((f"wa.me/{cc}{d}", f"https://wa.me/{cc}{d}", f"https://api.whatsapp.com/send?phone={cc}{d}"))
    if style == "tel_link":
        return rng.choice((f"[ring meg](tel:+{cc}{d})", f'<a href="tel:+{cc}{d}">ring</a>', f"tel:+{cc}{d}"))
    if style == "tme_link":
        return f"t.me/+{cc}{d}"
    if style == "viber_link":
        return f"viber://chat?number=%2B{cc}{d}"
    local_digits = national_digits(e164)
    intl = not local
    base_digits = (f"+{cc}", d) if intl else ("", local_digits)
    if style == "words":
        sep = rng.choice((" ", " ", "-", ", "))
        spelled = sep.join(words[int(c)] for c in base_digits[1])
        if rng.random() < 0.3:
            spelled = spelled.upper()
        return (base_digits[0] + " " + spelled).strip()
    if style == "words_mixed":
        parts = [words[int(c)] if rng.random() < 0.5 else c for c in base_digits[1]]
        return (base_digits[0] + " " + " ".join(parts)).strip()
    if style == "words_pairs":
        nd = local_digits
        head = ""
        if region(e164) == "SE":
            head, nd = words[0] + " " + pair_word(nd[1:3], lang) + " ", nd[3:]
        pairs = [nd[i : i + 2] for i in range(0, len(nd), 2)]
        return head + " ".join(pair_word(p, lang) if len(p) == 2 else words[int(p)] for p in pairs)
    if style == "lookalike_latin":
        return _swap(
            base_digits[0] + (" " if intl else "") + base_digits[1],
            {"0": rng.choice("Oo"), "1": rng.choice("lI")},
            0.85,
            rng,
        )
    if style == "lookalike_cyrillic":
        return _swap(
            national(rng, e164) if not intl else international(rng, e164), {"3": "З", "0": "О", "6": "б"}, 0.9, rng
        )
    if style == "unicode_digits":
        table = rng.choice((_FULLWIDTH, _MATH_BOLD, _MATH_SANS))
        text = national(rng, e164) if not intl else international(rng, e164)
        return "".join(table[int(c)] if c.isdigit() else c for c in text)
    if style == "circled":
        text = national(rng, e164) if not intl else international(rng, e164)
        return "".join(_CIRCLED[int(c)] if c.isdigit() else c for c in text)
    if style == "keycap":
        text = base_digits[1]
        return (base_digits[0] + " " if intl else "") + "".join(c + "\ufe0f\u20e3" for c in text)
    if style == "separators":
        sep = rng.choice(("-", ".", "*", "~", "_", "/", " . ", "•", "🌹", "💋", "|", "x"))
        return (base_digits[0] + " " if intl else "") + sep.join(base_digits[1])
    if style == "zero_width":
        text = national(rng, e164) if not intl else e164
        out = []
        for c in text:
            out.append(c)
            if c.isdigit() and rng.random() < 0.5:
                out.append(rng.choice(_ZW))
        return "".join(out)
    if style == "split_lines":
        nd = base_digits[1]
        cut = (3, 5) if len(nd) >= 8 else (2, 4)
        return (base_digits[0] + "\n" if intl else "") + f"{nd[: cut[0]]}\n{nd[cut[0] : cut[1]]}\n{nd[cut[1] :]}"
    if style == "split_title_body":
        nd = base_digits[1]
        k = len(nd) // 2
        return ((base_digits[0] + " " if intl else "") + nd[:k] + " …", "…" + nd[k:])
    if style == "prefix_last":
        nd = local_digits
        k = 3 if region(e164) == "SE" else 2
        return PHRASES["prefix_last"][lang].format(tail=f"{nd[k:-4]} {nd[-4:]}".strip(), head=nd[:k])
    if style == "masked":
        full = (base_digits[0] + " " if intl else "") + base_digits[1]
        a, b = full[-2], full[-1]
        if rng.random() < 0.5:
            a, b = words[int(a)], words[int(b)]
        return PHRASES["masked"][lang].format(shown=full[:-2] + "xx", a=a, b=b)
    if style == "reversed":
        full = (cc if intl else "") + base_digits[1]
        return PHRASES["reversed"][lang].format(rev=full[::-1])
    if style == "html_entities":
        full = (base_digits[0] if intl else "") + base_digits[1]
        return "".join(f"&#{ord(c)};" if c.isdigit() and rng.random() < 0.7 else c for c in full)
    raise ValueError(style)


# ---- e-mail -------------------------------------------------------------------------------------------

AT_NATIVE = {"no": ("krøllalfa", "alfakrøll"), "sv": ("snabel-a", "snabela"), "da": ("snabel-a",), "en": ("at",)}
DOT_NATIVE = {"no": ("punktum", "prikk"), "sv": ("punkt",), "da": ("punktum", "prik"), "en": ("dot",)}


def email(rng: random.Random, address: str, style: str, lang: str) -> str:
    local, domain = address.split("@")
    if style == "plain":
        return address
    if style == "upper":
        return address.upper() if rng.random() < 0.5 else local.capitalize() + "@" + domain.capitalize()
    if style == "at_word":
        return local + rng.choice((" [at] ", " (at) ", " at ", "[@]", " {at} ", " (@) ")) + domain
    if style == "at_native":
        return f"{local} {rng.choice(AT_NATIVE[lang])} {domain}"
    if style == "words":
        host, tld = domain.rsplit(".", 1)
        at = rng.choice(AT_NATIVE[lang]) if rng.random() < 0.6 else "at"
        dot = rng.choice(DOT_NATIVE[lang])
        return f"{local.replace('.', f' {dot} ')} {at} {host} {dot} {tld}"
    if style == "spaced":
        return f"{local} @ {domain.replace('.', ' . ')}"
    if style == "provider_only":
        return rng.choice((f"gmail: {local}", f"Gmail - {local}", f"{local} (gmail)"))
    if style == "mailto":
        return rng.choice((f"[e-post](mailto:{address})", f'<a href="mailto:{address}">mail</a>'))
    if style == "fullwidth_at":
        return f"{local}＠{domain}"
    if style == "paren_dot":
        host, tld = domain.rsplit(".", 1)
        return f"{local}@{host}(.){tld}"
    if style == "html_entity":
        return f"{local}&#64;{domain}"
    raise ValueError(style)
