"""How advertisers write (and hide) a phone number or an e-mail address (benchmarks/blind6). Each writer
returns the text and the style name recorded in the truth's `phone_styles` / `email_styles`."""

from __future__ import annotations

import random

from .lex import (
    DIGIT_WORDS,
    DOUBLE,
    EMOJI,
    HOME_LANG,
    LEET,
    TRIPLE,
    cc_nsn,
    country_of,
    intl_form,
    lookalike,
    national_form,
    pair_word,
)

PHONE_STYLES: list[tuple[str, float]] = [
    ("plain", 30),
    ("intl", 14),
    ("words", 7),
    ("mixed words", 6),
    ("pair words", 4),
    ("letters", 5),
    ("separators", 6),
    ("line break", 4),
    ("emoji", 5),
    ("in word", 3),
    ("look-alike", 4),
    ("app link", 4),
    ("partial", 3),
]


def written(rng: random.Random, e164: str, site_country: str | None) -> str:
    """The number as the advertiser types it before hiding: nationally at home, with a code abroad."""
    home = country_of(e164)
    if home in ("NO", "SE", "DK") and (home == site_country or site_country is None) and rng.random() < 0.75:
        return national_form(rng, e164)
    if home in ("NO", "SE", "DK") and rng.random() < 0.06:
        return national_form(rng, e164)  # a Nordic number written nationally on another country's page
    return intl_form(rng, e164)


def _words(rng: random.Random, text: str, langs: list[str], share: float) -> str:
    out: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        ch = chars[i]
        i += 1
        if (
            ch.isdigit()
            and share == 1.0
            and langs[0] in DOUBLE
            and i < len(chars)
            and chars[i] == ch
            and rng.random() < 0.5
        ):
            # "dobbel fem" for 55, "trippel null" for 000
            n = 3 if i + 1 < len(chars) and chars[i + 1] == ch else 2
            word = rng.choice((TRIPLE if n == 3 else DOUBLE)[langs[0]])
            out.append(f"{word} {rng.choice(DIGIT_WORDS[langs[0]][int(ch)])} ")
            i += n - 1
            continue
        if ch.isdigit() and rng.random() < share:
            lang = rng.choice(langs)
            w = rng.choice(DIGIT_WORDS[lang][int(ch)])
            out.append(w if rng.random() < 0.8 else w.upper())
            out.append(" ")
        elif ch.isdigit():
            out.append(ch)
            out.append(" " if rng.random() < 0.5 else "")
        elif ch in " -./":
            continue
        else:
            out.append(ch)
    s = "".join(out).strip()
    joiner = rng.choice([" ", " ", "-", ", ", "  "])
    return joiner.join(s.split(" ")) if joiner != " " else s


def phone_text(rng: random.Random, e164: str, site_country: str | None, site_lang: str, style: str) -> str:
    """One written, possibly hidden, form of a number in a given style."""
    base = written(rng, e164, site_country)
    own_lang = HOME_LANG.get(country_of(e164), "en")
    if style == "plain":
        return base
    if style == "intl":
        return intl_form(rng, e164)
    if style == "words":
        lang = rng.choice([site_lang, site_lang, own_lang if own_lang in DIGIT_WORDS else "en", "en"])
        return _words(rng, base, [lang], 1.0)
    if style == "mixed words":
        langs = sorted({site_lang, "en", own_lang if own_lang in DIGIT_WORDS else "en"})
        return _words(rng, base, langs, rng.choice([0.3, 0.5, 0.7]))
    if style == "pair words":
        lang = site_lang if site_lang in ("no", "sv", "da") and rng.random() < 0.8 else "en"
        digits = "".join(c for c in base if c.isdigit())
        lead = ""
        if base.lstrip().startswith("+") or base.startswith("00"):
            cc, nsn = cc_nsn(e164)
            lead, digits = f"+{cc} ", nsn
        if len(digits) % 2:
            lead, digits = lead + rng.choice(DIGIT_WORDS[lang][int(digits[0])]) + " ", digits[1:]
        pairs = [pair_word(int(digits[i : i + 2]), lang) for i in range(0, len(digits), 2)]
        return lead + rng.choice([" ", " - ", ", "]).join(pairs)
    if style == "letters":
        idx = [i for i, c in enumerate(base) if c.isdigit()]
        pick = set(rng.sample(idx, k=min(len(idx), rng.randint(2, 4))))
        return "".join(rng.choice(LEET[c]) if i in pick else c for i, c in enumerate(base))
    if style == "separators":
        digits = [c for c in base if c.isdigit() or c == "+"]
        sep = rng.choice([".", "-", "_", "*", " / ", "•", "|", " . ", "~", "  "])
        if rng.random() < 0.5:
            return sep.join(digits).replace("+" + sep, "+")
        flat = "".join(digits)
        chunks = [flat[i : i + 2] for i in range(0, len(flat), 2)]
        return sep.join(chunks)
    if style == "line break":
        parts = base.split(" ")
        if len(parts) < 2:
            cut = len(base) // 2
            parts = [base[:cut], base[cut:]]
        k = rng.randint(1, len(parts) - 1)
        return " ".join(parts[:k]) + rng.choice(["\n", "\n\n", " \n", "\n-"]) + " ".join(parts[k:])
    if style == "emoji":
        if rng.random() < 0.35:
            return "".join(lookalike(c, 5) if c.isdigit() else c for c in base)
        em = rng.choice(EMOJI)
        parts = base.split(" ")
        if len(parts) < 3:
            flat = base.replace(" ", "")
            parts = [flat[i : i + 3] for i in range(0, len(flat), 3)]
        return em.join(parts) if rng.random() < 0.5 else f" {em} ".join(parts)
    if style == "in word":
        flat = base.replace(" ", "").replace("-", "")
        pre = {
            "no": ["ringmeg", "tlf", "sms"],
            "sv": ["ringmig", "tel", "sms"],
            "da": ["ringtilmig", "tlf", "sms"],
        }.get(site_lang, ["callme", "tel", "txt"])
        post = rng.choice(["nå", "baby", "xx", "kys", "kiss", "puss", "!!"])
        return f"{rng.choice(pre)}{flat}{post}"
    if style == "look-alike":
        kind = rng.randint(0, 4)
        share = rng.choice([0.5, 1.0])
        return "".join(lookalike(c, kind) if c.isdigit() and rng.random() < share else c for c in base)
    if style == "app link":
        cc, nsn = cc_nsn(e164)
        return rng.choice(
            [
                f"https://wa.me/{cc}{nsn}",
                f"wa.me/{cc}{nsn}",
                f"https://api.whatsapp.com/send?phone={cc}{nsn}&text=Hei",
                f"viber://chat?number=%2B{cc}{nsn}",
                f"t.me/+{cc}{nsn}",
                f"whatsapp://send?phone=+{cc}{nsn}",
            ]
        )
    if style == "partial":
        digits = [c for c in base]
        idx = [i for i, c in enumerate(digits) if c.isdigit()]
        tail = idx[-2:] if rng.random() < 0.7 else idx[-3:]
        hidden = "".join(digits[i] for i in tail)
        mask = rng.choice(["x", "X", "*", "#", "?"])
        for i in tail:
            digits[i] = mask
        masked = "".join(digits)
        words = {
            "no": [
                f"{masked} (siste sifre: {hidden})",
                f"{masked} – {mask * len(tail)} er {hidden}",
                f"{masked}, slutter på {hidden}",
            ],
            "sv": [
                f"{masked} (sista siffrorna {hidden})",
                f"{masked} där {mask * len(tail)} = {hidden}",
                f"{masked}, slutar på {hidden}",
            ],
            "da": [
                f"{masked} (sidste cifre {hidden})",
                f"{masked} hvor {mask * len(tail)} = {hidden}",
                f"{masked}, ender på {hidden}",
            ],
        }.get(
            site_lang,
            [
                f"{masked} (last digits {hidden})",
                f"{masked} where {mask * len(tail)} = {hidden}",
                f"{masked} ending in {hidden}",
            ],
        )
        return rng.choice(words)
    raise ValueError(style)


EMAIL_STYLES: list[tuple[str, float]] = [
    ("plain", 40),
    ("blanks", 10),
    ("at word", 12),
    ("local word", 12),
    ("dot word", 10),
    ("split domain", 8),
    ("upper", 4),
    ("mailto", 4),
    ("brackets", 6),
    ("look-alike at", 3),
]

_AT = {
    "no": ["alfakrøll", "krøllalfa", "krøll-alfa", "ALFAKRØLL", "alfakroll"],
    "sv": ["snabel-a", "snabela", "snabel a", "SNABEL-A", "(snabel-a)"],
    "da": ["snabel-a", "snabela", "grisehale", "(snabel-a)", "at-tegn"],
    "en": ["at", "AT", "(at)", "[at]", "{at}", "-at-"],
}
_DOT = {
    "no": ["punktum", "prikk", "(punktum)", "PUNKTUM"],
    "sv": ["punkt", "(punkt)", "PUNKT", "pkt"],
    "da": ["punktum", "prik", "(punktum)", "PUNKTUM"],
    "en": ["dot", "(dot)", "[dot]", "DOT", "{dot}"],
}


def email_text(rng: random.Random, email: str, site_lang: str, style: str) -> str:
    local, domain = email.split("@")
    name, tld = domain.rsplit(".", 1)
    lang = site_lang if site_lang in _AT else "en"
    if style == "plain":
        return email
    if style == "blanks":
        return rng.choice(
            [f"{local} @ {domain}", f"{local} @{domain}", f"{local}@ {domain}", f"{local} @ {name} . {tld}"]
        )
    if style == "at word":
        return f"{local} {rng.choice(_AT['en'])} {name}{rng.choice(['.', ' . ', ' dot ', '(dot)'])}{tld}"
    if style == "local word":
        dot = rng.choice(_DOT[lang]) if rng.random() < 0.6 else "."
        mid = f" {dot} " if dot != "." else "."
        return f"{local} {rng.choice(_AT[lang])} {name}{mid}{tld}"
    if style == "dot word":
        return f"{local}@{name} {rng.choice(_DOT[lang] + _DOT['en'])} {tld}"
    if style == "split domain":
        if len(name) > 4 and rng.random() < 0.5:
            cut = rng.randint(2, len(name) - 2)
            return f"{local}@{name[:cut]} {name[cut:]}.{tld}"
        return rng.choice([f"{local}@{name} .{tld}", f"{local}@{name}. {tld}", f"{local} @{name} .{tld}"])
    if style == "upper":
        return email.upper()
    if style == "mailto":
        return f"mailto:{email}"
    if style == "brackets":
        return rng.choice(
            [f"{local}[@]{name}[.]{tld}", f"{local}(@){domain}", f"{local}@{name}[.]{tld}", f"{local} [@] {domain}"]
        )
    if style == "look-alike at":
        return rng.choice([f"{local}＠{domain}", f"{local}＠{name}．{tld}", f"{local}﹫{domain}"])
    raise ValueError(style)


def pick(rng: random.Random, table: list[tuple[str, float]]) -> str:
    names = [n for n, _ in table]
    return rng.choices(names, weights=[w for _, w in table])[0]
