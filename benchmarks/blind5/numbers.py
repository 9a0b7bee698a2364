"""Phone numbers and e-mail addresses for the fifth corpus: random numbers in the mobile ranges of the Nordic
countries and of the countries advertisers come from (checked with `phonenumbers`), and the ways they are
written: national and international forms, and the hiding tricks seen in ads (digit words, letters for digits,
odd separators, line breaks, emoji, look-alike characters, messaging links, partial numbers completed)."""

from __future__ import annotations

import random

import phonenumbers

# country -> (calling code, national prefixes of a mobile, digits after the prefix)
MOBILE: dict[str, tuple[str, list[str], int]] = {
    "NO": ("47", ["4", "9"], 7),
    "SE": ("46", ["70", "72", "73", "76", "79"], 7),
    "DK": (
        "45",
        ["20", "22", "24", "26", "28", "30", "31", "40", "42", "50", "52", "53", "60", "61", "71", "81", "93"],
        6,
    ),
    "RO": ("40", ["72", "73", "74", "75", "76", "78"], 7),
    "BG": ("359", ["87", "88", "89"], 7),
    "TH": ("66", ["81", "82", "86", "89", "95", "98"], 7),
    "BR": ("55", ["119", "219", "719"], 8),
    "PL": ("48", ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"], 7),
    "UA": ("380", ["50", "63", "67", "68", "93", "97"], 7),
    "ES": ("34", ["6"], 8),
    "LT": ("370", ["6"], 7),
    "HU": ("36", ["20", "30", "70"], 7),
    "NG": ("234", ["803", "806", "813", "816", "903"], 7),
    "CO": ("57", ["300", "310", "311", "320"], 7),
    "VE": ("58", ["412", "414", "424"], 7),
    "VN": ("84", ["90", "91", "98", "97"], 7),
    "CN": ("86", ["138", "139", "150", "186"], 8),
    "DO": ("1", ["809", "829"], 7),
    "EE": ("372", ["5"], 7),
}
NATIONAL_PREFIX = {
    "NO": "",
    "DK": "",
    "SE": "0",
    "RO": "0",
    "BG": "0",
    "TH": "0",
    "PL": "",
    "UA": "0",
    "ES": "",
    "LT": "8",
    "HU": "06",
    "NG": "0",
    "CO": "",
    "VE": "0",
    "VN": "0",
    "CN": "0",
    "DO": "1",
    "BR": "0",
    "EE": "",
}


def mobile(rng: random.Random, country: str) -> str:
    """A random valid mobile number of a country, as E.164."""
    cc, prefixes, n = MOBILE[country]
    for _ in range(200):
        nsn = rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(n))
        e164 = f"+{cc}{nsn}"
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
                return e164
        except phonenumbers.NumberParseException:
            continue
    raise RuntimeError(f"no valid {country} mobile")


def split(e164: str) -> tuple[str, str, str]:
    """(region, calling code, national significant number)."""
    p = phonenumbers.parse(e164)
    return (
        phonenumbers.region_code_for_number(p) or "",
        str(p.country_code),
        phonenumbers.national_significant_number(p),
    )


def _groups(d: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return out


def national_groups(rng: random.Random, region: str, nsn: str) -> list[str]:
    """The digit groups a local writes a number in (the national trunk prefix included for SE)."""
    if region == "NO":
        return _groups(nsn, rng.choice([[3, 2, 3], [2, 2, 2, 2], [8], [4, 4], [3, 5]]))
    if region == "DK":
        return _groups(nsn, rng.choice([[2, 2, 2, 2], [8], [4, 4], [2, 2, 4]]))
    if region == "SE":
        d = "0" + nsn
        return _groups(d, rng.choice([[3, 3, 2, 2], [10], [3, 7], [3, 2, 2, 3], [4, 3, 3]]))
    return _groups(NATIONAL_PREFIX.get(region, "0") + nsn, rng.choice([[3, 3, 3], [4, 3, 3], [20]]))


def intl_groups(rng: random.Random, region: str, cc: str, nsn: str) -> list[str]:
    if region == "SE":
        return _groups(nsn, rng.choice([[2, 3, 2, 2], [9], [2, 7], [2, 3, 4]]))
    if region in ("NO", "DK"):
        return _groups(nsn, rng.choice([[3, 2, 3], [2, 2, 2, 2], [8], [4, 4]]))
    return _groups(nsn, rng.choice([[3, 3, 3], [2, 3, 4], [3, 4, 4], [20], [3, 3, 4]]))


def written(rng: random.Random, e164: str, *, with_cc: bool, sep: str = " ") -> str:
    """A plain written form: national (groups) or with a country code in one of its written shapes."""
    region, cc, nsn = split(e164)
    if not with_cc:
        return sep.join(national_groups(rng, region, nsn))
    body = sep.join(intl_groups(rng, region, cc, nsn))
    shape = rng.random()
    if shape < 0.55:
        return f"+{cc} {body}"
    if shape < 0.7:
        return f"+{cc}{body.replace(' ', '')}" if sep == " " else f"+{cc}{sep}{body}"
    if shape < 0.8:
        return f"00{cc} {body}"
    if shape < 0.88:
        return f"(+{cc}) {body}"
    if shape < 0.94 and region == "SE":
        return f"+46 (0){body}"
    return f"+{cc}-{body}"


DIGIT_WORDS = {
    "no": "null en to tre fire fem seks sju åtte ni".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "da": "nul en to tre fire fem seks syv otte ni".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
}
LETTERS = {"0": ["O", "o"], "1": ["l", "I", "i"], "5": ["S"], "8": ["B"]}
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
MATHBOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
CIRCLED = {"0": "⓪", **{str(i): chr(0x2460 + i - 1) for i in range(1, 10)}}
KEYCAP = {str(i): f"{i}\ufe0f\u20e3" for i in range(10)}
EMOJI = ["💋", "🌹", "❤️", "✨", "🔥", "💦", "😘", "🍒", "⭐", "💕"]


def _plain_digits(rng: random.Random, e164: str, local: bool) -> str:
    region, cc, nsn = split(e164)
    if local and region in ("NO", "DK"):
        return nsn
    if local and region == "SE":
        return "0" + nsn
    return cc + nsn if rng.random() < 0.6 else "00" + cc + nsn


def hide(rng: random.Random, e164: str, style: str, lang: str, second: str | None, local: bool) -> str:
    """The number written in a hiding style (the style names are those the truth records)."""
    region, cc, nsn = split(e164)
    if style == "words":
        langs = [lang] + ([second] if second in DIGIT_WORDS else [])
        digits = _plain_digits(rng, e164, local)
        plus = not local and not digits.startswith("00") and rng.random() < 0.5
        parts = []
        for ch in digits:
            r = rng.random()
            if r < 0.25:
                parts.append(ch)
            else:
                parts.append(DIGIT_WORDS[rng.choice(langs) if lang in DIGIT_WORDS else "en"][int(ch)])
        sep = rng.choice([" ", " ", "-", ", ", " . "])
        text = sep.join(parts)
        if plus:
            return ("pluss " if lang == "no" else "plus ") + text
        return text
    groups = national_groups(rng, region, nsn) if local else [f"+{cc}", *intl_groups(rng, region, cc, nsn)]
    text = " ".join(groups)
    if style == "letters":
        out = []
        for ch in text:
            if ch in LETTERS and rng.random() < 0.7:
                out.append(rng.choice(LETTERS[ch]))
            else:
                out.append(ch)
        if not any(c in "OoIilSB" for c in out):  # at least one letter for a digit
            for i, ch in enumerate(out):
                if ch in LETTERS:
                    out[i] = LETTERS[ch][0]
                    break
        return "".join(out)
    if style == "separators":
        sep = rng.choice(["*", "_", "/", ".", " ~ ", "|", " • ", "..", "-", "#"])
        if rng.random() < 0.5:
            return sep.join(c for c in text.replace(" ", ""))
        return sep.join(groups)
    if style == "spaced":
        return " ".join(text.replace(" ", ""))
    if style == "linebreak":
        flat = text.replace(" ", "")
        k = rng.randint(3, max(3, len(flat) - 3))
        return flat[:k] + rng.choice(["\n", "\n", " \n", "\n- "]) + flat[k:]
    if style == "emoji":
        if rng.random() < 0.4:
            return "".join(KEYCAP.get(c, c) for c in text.replace(" ", ""))
        e = rng.choice(EMOJI)
        return f" {e} ".join(groups) if rng.random() < 0.5 else e.join(groups)
    if style == "lookalike":
        table = rng.choice([FULLWIDTH, MATHBOLD, CIRCLED])
        return "".join(table.get(c, c) if rng.random() < 0.85 else c for c in text)
    if style == "in-word":
        word = rng.choice(["ring", "sms", "call", "ringmig", "tlf", "mob", "txt", "whatsapp"])
        tail = rng.choice(["kyss", "baby", "nu", "now", "xx", "", "mvh"])
        return f"{word}{text.replace(' ', '')}{tail}"
    if style == "partial":
        flat = "".join(national_groups(rng, region, nsn)) if local else f"+{cc}{nsn}"
        k = rng.choice([2, 3])
        head, tail = flat[:-k], flat[-k:]
        x = "x" * k
        return rng.choice(
            [
                f"{head}{x} ({x} = {tail})",
                f"{head}... {_last_digits(lang)} {tail}",
                f"{head}{x}, {_last_digits(lang)} {tail}",
            ]
        )
    raise ValueError(style)


def _last_digits(lang: str) -> str:
    return {"no": "siste sifre", "sv": "sista siffrorna", "da": "sidste cifre", "en": "last digits"}.get(
        lang, "last digits"
    )


def wa_link(rng: random.Random, e164: str) -> str:
    digits = e164.lstrip("+")
    return rng.choice(
        [
            f"https://wa.me/{digits}",
            f"wa.me/{digits}",
            f"https://api.whatsapp.com/send?phone={digits}",
            f"viber://chat?number=%2B{digits}",
            f"https://wa.me/{digits}?text=Hei",
        ]
    )


# ---- e-mail ----
PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "protonmail.com",
    "yahoo.com",
    "icloud.com",
    "live.se",
    "hotmail.no",
    "online.no",
    "yandex.ru",
    "mail.ru",
    "yahoo.ro",
    "gmx.de",
    "proton.me",
    "live.dk",
]
AT = {
    "no": ["alfakrøll", "krøllalfa", "(at)", "[at]", " at "],
    "sv": ["snabel-a", "(at)", "[at]", " at ", "snabela"],
    "da": ["snabel-a", "(at)", "[at]", " at ", "alfa"],
    "en": ["(at)", "[at]", " at ", "{at}", " AT "],
}
DOT = {
    "no": ["punktum", "prikk", "(dot)", "."],
    "sv": ["punkt", "(punkt)", "(dot)", "."],
    "da": ["punktum", "prik", "(dot)", "."],
    "en": ["dot", "(dot)", "[dot]", "."],
}


def email_written(rng: random.Random, email: str, style: str, lang: str) -> str:
    user, domain = email.split("@")
    lang = lang if lang in AT else "en"
    if style == "plain":
        return email
    if style == "blanks":
        return f"{user} @ {domain}" if rng.random() < 0.6 else f"{user} @{domain}"
    if style == "split-domain":
        name, tld = domain.rsplit(".", 1)
        return f"{user}@{name} . {tld}" if rng.random() < 0.5 else f"{user} @ {name} . {tld}"
    if style == "spelled":
        at = rng.choice(AT[lang])
        dot = rng.choice(DOT[lang])
        name, tld = domain.rsplit(".", 1)
        a = at if at.startswith(" ") else f" {at} "
        d = " . " if dot == "." else f" {dot} "
        if dot in ("(dot)", "[dot]", "(punkt)") and rng.random() < 0.5:
            a, d = at.strip(), dot
        return f"{user}{a}{name}{d}{tld}"
    if style == "fullwidth-at":
        return f"{user}＠{domain}"
    raise ValueError(style)
