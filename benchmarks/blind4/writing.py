"""How advertisers write a phone number or an e-mail address when they do not want a filter to read it.

Every function takes a `random.Random` and returns the written text; the style names are the keys of the
truth's `phone_styles` / `email_styles`. Digits and words of no/sv/da/en and of the languages many
advertisers in the Nordics write first (Romanian, Spanish, Portuguese, Polish, Bulgarian, Thai in Latin
letters is not used: Thai advertisers write English).
"""

from __future__ import annotations

import random

import phonenumbers

PNF = phonenumbers.PhoneNumberFormat

DIGIT_WORDS: dict[str, list[str]] = {
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "ro": ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
    "bg": ["нула", "едно", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет"],
}
_TEENS = {
    "no": ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    "sv": ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"],
    "da": ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
           "nineteen"],
}  # fmt: skip
_TENS = {
    "no": ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
    "sv": ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
    "da": ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}


def pair_word(lang: str, n: int) -> str:
    """A two-digit group as one number word: 47 = førtisju / fyrtiosju / syvogfyrre / forty-seven; 07 = null sju."""
    if n < 10:
        return f"{DIGIT_WORDS[lang][0]} {DIGIT_WORDS[lang][n]}"
    if n < 20:
        return _TEENS[lang][n - 10]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return _TENS[lang][tens]
    if lang == "da":
        one = "et" if ones == 1 else DIGIT_WORDS["da"][ones]
        return f"{one}og{_TENS['da'][tens]}"
    if lang == "en":
        return f"{_TENS['en'][tens]}-{DIGIT_WORDS['en'][ones]}"
    return f"{_TENS[lang][tens]}{DIGIT_WORDS[lang][ones]}"


LOOKALIKES = [
    "０１２３４５６７８９",  # fullwidth
    "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",  # mathematical bold
    "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡",  # double-struck
    "⓪①②③④⑤⑥⑦⑧⑨",  # circled
]
KEYCAP = "\ufe0f\u20e3"
LETTER_FOR = {"0": ["O", "o"], "1": ["l", "I", "i"], "5": ["S"], "8": ["B"], "2": ["Z"]}
ODD_SEPARATORS = [".", "/", "-", "_", "*", "~", " . ", " - ", "|", ",", "•"]
EMOJI_FILL = ["💋", "🔥", "❤️", "🌹", "✨", "😘", "💕", "🍒"]


def group(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return [g for g in out if g]


def national_groups(e164: str, rng: random.Random) -> tuple[str, list[str]]:
    """The national form's digits (with the trunk 0 where the country dials one) and a grouping of them
    the way that country writes it."""
    num = phonenumbers.parse(e164)
    cc = num.country_code
    nsn = phonenumbers.national_significant_number(num)
    if cc == 47:
        sizes = rng.choice([[3, 2, 3], [2, 2, 2, 2], [8], [4, 4], [3, 5]])
        return nsn, group(nsn, sizes)
    if cc == 45:
        sizes = rng.choice([[2, 2, 2, 2], [8], [4, 4], [2, 2, 2, 2]])
        return nsn, group(nsn, sizes)
    if cc == 46:
        d = "0" + nsn
        sizes = rng.choice([[3, 3, 2, 2], [10], [3, 7], [3, 2, 2, 3], [4, 3, 3]])
        return d, group(d, sizes)
    national = phonenumbers.format_number(num, PNF.NATIONAL)
    parts = [p for p in "".join(c if c.isdigit() else " " for c in national).split() if p]
    return "".join(parts), parts


def intl_groups(e164: str, rng: random.Random) -> tuple[str, list[str]]:
    num = phonenumbers.parse(e164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    if num.country_code in (45, 47):
        parts = group(nsn, rng.choice([[2, 2, 2, 2], [3, 2, 3], [8], [4, 4]]))
    elif num.country_code == 46:
        parts = group(nsn, rng.choice([[2, 3, 2, 2], [9], [2, 7], [3, 3, 3]]))
    else:
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        parts = [p for p in "".join(c if c.isdigit() else " " for c in intl).split() if p][1:]
    return cc, parts


def plain(e164: str, rng: random.Random, home: bool) -> tuple[str, str]:
    """A number written openly: national form for a number of the site's country (or with a country
    code), the international form (+, 00, or the bare code) otherwise."""
    num = phonenumbers.parse(e164)
    if home and rng.random() < 0.6:
        _, parts = national_groups(e164, rng)
        sep = rng.choice([" ", " ", "", "-", "."]) if len(parts) > 1 else ""
        if num.country_code == 46 and len(parts) >= 2 and rng.random() < 0.5:
            return parts[0] + "-" + " ".join(parts[1:]), "national"
        return sep.join(parts), "national"
    cc, parts = intl_groups(e164, rng)
    sep = rng.choice([" ", " ", "", "-"])
    body = sep.join(parts)
    r = rng.random()
    if r < 0.55:
        return f"+{cc} {body}" if rng.random() < 0.7 else f"+{cc}{body}", "international"
    if r < 0.75:
        return f"00{cc} {body}", "international 00"
    if r < 0.85:
        return f"(+{cc}) {body}", "international (+cc)"
    if r < 0.93 and num.country_code == 46:
        nsn = phonenumbers.national_significant_number(num)
        return f"+46 (0){nsn[:2]}-{nsn[2:5]} {nsn[5:7]} {nsn[7:]}", "international (0)"
    return f"{cc} {body}", "country code without +"


def words(e164: str, rng: random.Random, lang: str, home: bool) -> tuple[str, str]:
    digits = _digits_for_obfuscation(e164, rng, home)
    ws = DIGIT_WORDS[lang]
    mixed = rng.random() < 0.35
    out = []
    for ch in digits:
        if ch == "+":
            out.append(rng.choice(["+", "pluss", "plus"]))
        elif mixed and rng.random() < 0.5:
            out.append(ch)
        else:
            out.append(ws[int(ch)])
    sep = rng.choice([" ", " ", "-", ", ", " . "])
    text = sep.join(out)
    if rng.random() < 0.3:
        text = text.upper()
    return text, ("digits and words " if mixed else "digit words ") + lang


def tens(e164: str, rng: random.Random, lang: str, home: bool) -> tuple[str, str]:
    """Pairs spoken as numbers: 41 23 45 67 -> førtien tjuetre førtifem sekstisju."""
    digits = _digits_for_obfuscation(e164, rng, home).lstrip("+")
    if len(digits) % 2:
        head, rest = DIGIT_WORDS[lang][int(digits[0])], digits[1:]
    else:
        head, rest = "", digits
    pairs = [pair_word(lang, int(rest[i : i + 2])) for i in range(0, len(rest), 2)]
    text = " ".join(([head] if head else []) + pairs)
    return text, f"number words {lang}"


def letters(e164: str, rng: random.Random, home: bool) -> tuple[str, str]:
    digits = _digits_for_obfuscation(e164, rng, home)
    out = []
    changed = False
    for ch in digits:
        if ch in LETTER_FOR and rng.random() < 0.7:
            out.append(rng.choice(LETTER_FOR[ch]))
            changed = True
        else:
            out.append(ch)
    if not changed:
        i = max(i for i, ch in enumerate(digits) if ch.isdigit())
        out[i] = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}.get(digits[i], out[i])
    parts = group("".join(out), [3, 2, 3] if len(out) == 8 else [3, 3, 2, 2, 2])
    return rng.choice([" ", "", "-"]).join(parts), "letters for digits"


def separators(e164: str, rng: random.Random, home: bool) -> tuple[str, str]:
    digits = _digits_for_obfuscation(e164, rng, home)
    sep = rng.choice(ODD_SEPARATORS)
    if rng.random() < 0.5:
        return sep.join(digits), "one digit at a time"
    parts = group(digits, rng.choice([[3, 2, 3], [2, 2, 2, 2], [1, 3, 4], [4, 2, 2, 3]]))
    return sep.join(parts), "odd separators"


def linebreak(e164: str, rng: random.Random, home: bool) -> tuple[str, str]:
    digits = _digits_for_obfuscation(e164, rng, home)
    cut = rng.randint(3, len(digits) - 3)
    mid = rng.choice(["\n", "\n\n", " \n", "\n- "])
    return digits[:cut] + mid + digits[cut:], "broken over lines"


def emoji(e164: str, rng: random.Random, home: bool) -> tuple[str, str]:
    digits = _digits_for_obfuscation(e164, rng, home)
    if rng.random() < 0.45:
        return "".join(ch + KEYCAP if ch.isdigit() else ch for ch in digits), "keycap emoji"
    parts = group(digits, rng.choice([[3, 2, 3], [2, 2, 2, 2], [4, 4], [3, 3, 4]]))
    fill = rng.choice(EMOJI_FILL)
    return fill.join(parts), "between emoji"


def lookalike(e164: str, rng: random.Random, home: bool) -> tuple[str, str]:
    digits = _digits_for_obfuscation(e164, rng, home)
    if rng.random() < 0.2:
        return rng.choice(["\u200b", "\u200c", "\u2060", "\u00ad"]).join(digits), "zero-width characters"
    table = rng.choice(LOOKALIKES)
    out = "".join(table[int(ch)] if ch.isdigit() and rng.random() < 0.85 else ch for ch in digits)
    return out, "unicode look-alikes"


def messenger(e164: str, rng: random.Random) -> tuple[str, str]:
    full = e164.lstrip("+")
    r = rng.randrange(5)
    if r == 0:
        return f"https://wa.me/{full}", "whatsapp link"
    if r == 1:
        return f"wa.me/{full}?text=Hei", "whatsapp link"
    if r == 2:
        return f"https://api.whatsapp.com/send?phone={full}", "whatsapp link"
    if r == 3:
        return f"viber://chat?number=%2B{full}", "viber link"
    return f"t.me/+{full}", "telegram phone link"


GLUE_WORDS = {
    "no": ["ring", "meg", "nå", "kyss", "tlf", "sms"],
    "sv": ["ring", "mig", "nu", "puss", "tel", "sms"],
    "da": ["ring", "mig", "nu", "kys", "tlf", "sms"],
    "en": ["call", "me", "now", "kiss", "tel", "text"],
}


def glued(e164: str, rng: random.Random, lang: str, home: bool) -> tuple[str, str]:
    """Digits run into words so a word boundary never comes before or after them: ringmeg41234567kyss."""
    digits = _digits_for_obfuscation(e164, rng, home)
    ws = GLUE_WORDS[lang if lang in GLUE_WORDS else "en"]
    a, b = rng.sample(ws, 2)
    if rng.random() < 0.5:
        return f"{a}{digits}{b}", "inside words"
    cut = rng.randint(3, len(digits) - 3)
    return f"{a}{digits[:cut]}{b}{digits[cut:]}{rng.choice(ws)}", "inside words"


def split_parts(e164: str, rng: random.Random, lang: str, home: bool) -> tuple[str, str]:
    """The number in two halves with words between them."""
    digits = _digits_for_obfuscation(e164, rng, home).lstrip("+")
    cut = rng.randint(3, len(digits) - 3)
    a, b = digits[:cut], digits[cut:]
    glue = {
        "no": ["så", "og deretter", "+ så", "og så"],
        "sv": ["sedan", "och sen", "sen"],
        "da": ["og så", "derefter", "og til sidst"],
        "en": ["then", "and then", "followed by"],
    }[lang if lang in ("no", "sv", "da") else "en"]
    first = {"no": "først", "sv": "först", "da": "først", "en": "first"}[lang if lang in ("no", "sv", "da") else "en"]
    return f"{first} {a} {rng.choice(glue)} {b}", "split in parts"


def _digits_for_obfuscation(e164: str, rng: random.Random, home: bool) -> str:
    """The digit string an advertiser starts from: national for a home number, else with the + and code."""
    if home and rng.random() < 0.7:
        d, _ = national_groups(e164, rng)
        return d
    num = phonenumbers.parse(e164)
    nsn = phonenumbers.national_significant_number(num)
    return ("+" if rng.random() < 0.6 else "00") + str(num.country_code) + nsn


# --- e-mail -------------------------------------------------------------------------------------------

AT_WORDS = {
    "no": ["krøllalfa", "alfakrøll", "(at)", "[at]", "at"],
    "sv": ["snabel-a", "snabela", "(at)", "[at]", "at"],
    "da": ["snabel-a", "(snabel)", "(at)", "[at]", "at"],
    "en": ["at", "(at)", "[at]", "{at}", "AT", "(a)"],
}
DOT_WORDS = {
    "no": ["punktum", "prikk", "(dot)", "dot", "."],
    "sv": ["punkt", "(punkt)", "(dot)", "dot", "."],
    "da": ["punktum", "prik", "(dot)", "dot", "."],
    "en": ["dot", "(dot)", "[dot]", "DOT", "."],
}


def email(addr: str, rng: random.Random, lang: str) -> tuple[str, str]:
    local, domain = addr.split("@")
    name, _, tld = domain.rpartition(".")
    lg = lang if lang in AT_WORDS else "en"
    r = rng.random()
    if r < 0.4:
        return addr, "plain"
    if r < 0.55:
        return f"{local} @ {name} . {tld}", "spaced"
    if r < 0.8:
        at, dot = rng.choice(AT_WORDS[lg]), rng.choice(DOT_WORDS[lg])
        return f"{local} {at} {name} {dot} {tld}", f"spelled out {lg}"
    if r < 0.88:
        return f"{local}@{name}\n.{tld}", "domain broken over lines"
    if r < 0.94:
        return f"{local}(@){domain}", "bracketed @"
    return f"{local} at {name}.{tld}", "at in words"
