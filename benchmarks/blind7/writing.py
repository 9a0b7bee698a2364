"""How advertisers write their numbers and e-mails: plain, in national and international forms, and hidden."""

from __future__ import annotations

import random

import phonenumbers

DIGIT_WORDS: dict[str, list[str]] = {
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "ro": ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "hu": ["nulla", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"],
    "bg": ["нула", "едно", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "cs": ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"],
    "lt": ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"],
    "th": ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"],
    "vi": ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
}
# the language a person of a country counts in
HOME_LANG = {
    "RO": "ro", "MD": "ro", "PL": "pl", "ES": "es", "CO": "es", "VE": "es", "DO": "es", "BR": "pt",
    "HU": "hu", "BG": "bg", "UA": "ru", "RU": "ru", "CZ": "cs", "LT": "lt", "TH": "th", "VN": "vi",
}  # fmt: skip

TEENS = {
    "no": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split(),
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split(),
    "da": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split(),
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
}
TENS = {
    "no": "_ _ tjue tretti førti femti seksti sytti åtti nitti".split(),
    "sv": "_ _ tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split(),
    "da": "_ _ tyve tredive fyrre halvtreds tres halvfjerds firs halvfems".split(),
    "en": "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(),
}


def pair_word(lang: str, two: str) -> str:
    """Two digits as one number word ("42" -> "førtito", "toogfyrre", "forty-two"); "07" as two words."""
    a, b = int(two[0]), int(two[1])
    units = DIGIT_WORDS[lang]
    if a == 0:
        return f"{units[0]} {units[b]}"
    if a == 1:
        return TEENS[lang][b]
    if b == 0:
        return TENS[lang][a]
    unit = {"no": "en", "sv": "en", "da": "en", "en": "one"}[lang] if b == 1 else units[b]
    if lang == "da":
        return f"{unit}og{TENS[lang][a]}"
    if lang == "en":
        return f"{TENS[lang][a]}-{unit}"
    return f"{TENS[lang][a]}{unit}"


LOOKALIKE = [
    lambda d: chr(0xFF10 + d),  # fullwidth
    lambda d: chr(0x1D7CE + d),  # mathematical bold
    lambda d: chr(0x1D7D8 + d),  # double-struck
    lambda d: "⓪" if d == 0 else chr(0x2460 + d - 1),  # circled
]
EMOJI = ["💋", "🌹", "❤️", "🔥", "✨", "😘", "💦", "👑", "🍒", "📞", "☎️", "💕"]


def groups(digits: str, rng: random.Random) -> list[str]:
    """A plausible grouping of a digit string."""
    n = len(digits)
    shapes = {
        8: [[3, 2, 3], [2, 2, 2, 2], [4, 4], [8]],
        9: [[3, 3, 3], [2, 3, 2, 2], [3, 2, 2, 2], [9]],
        10: [[3, 3, 2, 2], [4, 3, 3], [3, 3, 4], [3, 7], [10]],
        11: [[4, 3, 4], [3, 4, 4], [5, 6], [11]],
        12: [[3, 3, 3, 3], [4, 4, 4], [12]],
    }
    shape = rng.choice(shapes.get(n, [[n]]))
    out, i = [], 0
    for k in shape:
        out.append(digits[i : i + k])
        i += k
    if i < n:
        out.append(digits[i:])
    return [g for g in out if g]


def national(e164: str) -> str:
    """The digits as dialled inside the country (trunk zero where the country has one)."""
    num = phonenumbers.parse(e164)
    nsn = phonenumbers.national_significant_number(num)
    region = phonenumbers.region_code_for_number(num)
    if region in ("NO", "DK", "LV", "EE", "ES", "PL", "CZ", "LT"):
        return nsn if region != "LT" else "8" + nsn
    if region == "RU":
        return "8" + nsn
    if region in ("DO",):
        return nsn
    if region == "CO":
        return nsn
    if region == "BR":
        return nsn
    return "0" + nsn


def cc_nsn(e164: str) -> tuple[str, str, str]:
    num = phonenumbers.parse(e164)
    return (
        str(num.country_code),
        phonenumbers.national_significant_number(num),
        phonenumbers.region_code_for_number(num),
    )


def spaced(parts: list[str], sep: str) -> str:
    return sep.join(parts)


def write_phone(rng: random.Random, e164: str, lang: str, style: str, home: str) -> str:
    """The number in one written style. `lang` is the ad's language, `home` the writer's country."""
    cc, nsn, region = cc_nsn(e164)
    nat = national(e164)
    nordic = region in ("NO", "SE", "DK")
    if style == "national":
        if region == "SE" and rng.random() < 0.5:
            g = groups(nat[3:], rng)
            return nat[:3] + rng.choice(["-", " ", "–", "/"]) + " ".join(g)
        return " ".join(groups(nat, rng)) if rng.random() < 0.75 else nat
    if style == "intl_plus":
        g = groups(nsn, rng)
        return rng.choice([f"+{cc} {' '.join(g)}", f"+{cc}{nsn}", f"(+{cc}) {' '.join(g)}", f"+{cc}-{'-'.join(g)}",
                           f"+{cc} {nsn}", f"+ {cc} {' '.join(g)}"])  # fmt: skip
    if style == "intl_00":
        g = groups(nsn, rng)
        return rng.choice([f"00{cc} {' '.join(g)}", f"00{cc}{nsn}", f"00 {cc} {' '.join(g)}"])
    if style == "intl_trunk":  # the trunk zero kept after the country code, as people do
        g = groups(nat, rng)
        return rng.choice([f"+{cc} {' '.join(g)}", f"+{cc} (0){nsn}", f"+{cc}{nat}", f"00{cc} {nat}"])
    base = nat if (nordic and rng.random() < 0.7) else ("+" + cc + nsn if rng.random() < 0.85 else nat)
    digits = base.lstrip("+")
    plus = "+" if base.startswith("+") else ""
    if style == "odd_sep":
        g = groups(digits, rng)
        sep = rng.choice([".", "/", "–", "_", " - ", "·", "*", "..", " . ", "|", "~"])
        if rng.random() < 0.3:
            return plus + " ".join(digits)
        if rng.random() < 0.15:
            return plus + "-".join(digits)
        return plus + sep.join(g)
    if style in ("words", "mixed_words", "own_words"):
        wl = lang if style != "own_words" else HOME_LANG.get(home, "en")
        words = DIGIT_WORDS[wl]
        out = []
        for ch in digits:
            if style == "mixed_words" and rng.random() < 0.5:
                out.append(ch)
            else:
                out.append(words[int(ch)])
        sep = rng.choice([" ", "-", " ", ", ", " · "])
        pre = {"no": "pluss ", "sv": "plus ", "da": "plus ", "en": "plus "}.get(wl, "+") if plus else ""
        text = sep.join(out)
        if rng.random() < 0.3:
            text = text.upper()
        return pre + text
    if style == "pair_words":
        wl = lang if lang in TENS else "en"
        head = ""
        rest = digits
        if len(rest) % 2:
            head, rest = DIGIT_WORDS[wl][int(rest[0])] + " ", rest[1:]
        pairs = [pair_word(wl, rest[i : i + 2]) for i in range(0, len(rest), 2)]
        return head + rng.choice([" ", " - ", ", "]).join(pairs)
    if style == "letters":
        table = {"0": ["O", "o", "O"], "1": ["l", "I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
        out = []
        for ch in digits:
            if (ch in "01" and rng.random() < 0.85) or (ch in "5826" and rng.random() < 0.2):
                out.append(rng.choice(table[ch]))
            else:
                out.append(ch)
        if out == list(digits):  # at least one letter, or it is no longer this style
            idx = [i for i, ch in enumerate(digits) if ch in table]
            if idx:
                i = rng.choice(idx)
                out[i] = rng.choice(table[digits[i]])
        g, i, res = groups(digits, rng), 0, []
        for k in g:
            res.append("".join(out[i : i + len(k)]))
            i += len(k)
        return plus + " ".join(res)
    if style == "lookalike":
        f = rng.choice(LOOKALIKE)
        share = rng.choice([1.0, 1.0, 0.5])
        out = [f(int(c)) if rng.random() < share else c for c in digits]
        g, i, res = groups(digits, rng), 0, []
        for k in g:
            res.append("".join(out[i : i + len(k)]))
            i += len(k)
        return ("＋" if plus and rng.random() < 0.5 else plus) + " ".join(res)
    if style == "emoji":
        if rng.random() < 0.35:
            return "".join(c + "\ufe0f\u20e3" for c in digits)
        g = groups(digits, rng)
        e = rng.choice(EMOJI)
        return plus + (f" {e} " if rng.random() < 0.5 else e).join(g)
    if style == "line_break":
        g = groups(digits, rng)
        if len(g) == 1:
            g = [digits[:4], digits[4:]]
        k = rng.randrange(1, len(g))
        return plus + " ".join(g[:k]) + rng.choice(["\n", "\n\n", " \n", "\n- "]) + " ".join(g[k:])
    if style == "in_word":
        pre = rng.choice(["ring", "sms", "tlf", "call", "mob", "nr", "tel", "kontakt", "ringmig", "write"])
        post = rng.choice(["kyss", "xoxo", "baby", "nå", "now", "only", "ok", "snart", "pls"])
        return f"{pre}{plus}{digits}{post}"
    if style == "app_link":
        full = cc + nsn
        return rng.choice([f"wa.me/{full}", f"https://wa.me/{full}", f"https://wa.me/{full}?text=Hei",
                           f"t.me/+{full}", f"https://api.whatsapp.com/send?phone={full}",
                           f"viber://chat?number=%2B{full}"])  # fmt: skip
    if style == "completed":
        k = rng.choice([2, 2, 3])
        shown = digits[:-k] + rng.choice(["x", "X", "*", "."]) * k
        tail = digits[-k:]
        tpl = {
            "no": ["{s} (de siste sifrene: {t})", "{s} – slutter på {t}", "{s}, siste {n} er {t}"],
            "sv": ["{s} (sista siffrorna: {t})", "{s} – slutar på {t}", "{s}, de sista {n} är {t}"],
            "da": ["{s} (sidste cifre: {t})", "{s} – ender på {t}", "{s}, de sidste {n} er {t}"],
            "en": ["{s} (last digits: {t})", "{s} - ending {t}", "{s}, the last {n} are {t}"],
        }[lang if lang in ("no", "sv", "da") else "en"]
        return rng.choice(tpl).format(s=plus + shown, t=tail, n=k)
    raise ValueError(style)


PHONE_STYLES = [
    ("national", 30), ("intl_plus", 20), ("intl_00", 5), ("intl_trunk", 2), ("odd_sep", 8), ("words", 4),
    ("mixed_words", 3), ("own_words", 2), ("pair_words", 2), ("letters", 4), ("lookalike", 3), ("emoji", 4),
    ("line_break", 3), ("in_word", 2), ("app_link", 4), ("completed", 2),
]  # fmt: skip


def pick_style(rng: random.Random, region: str, home: str) -> str:
    names = [s for s, _ in PHONE_STYLES]
    weights = [w for _, w in PHONE_STYLES]
    while True:
        s = rng.choices(names, weights)[0]
        if s == "intl_trunk" and region not in ("SE", "GB", "RO", "DE", "HU", "UA", "TH", "FI", "BG", "VN"):
            continue
        if s == "own_words" and home not in HOME_LANG:
            continue
        if s == "national" and region not in ("NO", "SE", "DK") and rng.random() < 0.75:
            s = "intl_plus"  # abroad, most write their home number with its country code
        return s


AT_WORDS = {
    "no": ["krøllalfa", "alfakrøll", "(at)", "[at]", "at"],
    "sv": ["snabel-a", "snabela", "(at)", "[at]", "at"],
    "da": ["snabel-a", "(at)", "[at]", "at", "(snabel)"],
    "en": ["(at)", "[at]", "at", "AT", "{at}", "(a)"],
}
DOT_WORDS = {
    "no": ["punktum", "(dot)", "dot", "prikk"],
    "sv": ["punkt", "(dot)", "dot", "[punkt]"],
    "da": ["prik", "punktum", "(dot)", "dot"],
    "en": ["(dot)", "dot", "[dot]", "DOT"],
}
EMAIL_STYLES = [("plain", 55), ("at_word", 15), ("native_words", 8), ("blanks", 8), ("split", 6), ("domain_split", 8)]


def write_email(rng: random.Random, email: str, lang: str) -> tuple[str, str]:
    local, domain = email.split("@")
    name, _, tld = domain.rpartition(".")
    style = rng.choices([s for s, _ in EMAIL_STYLES], [w for _, w in EMAIL_STYLES])[0]
    wl = lang if lang in AT_WORDS else "en"
    if style == "plain":
        return style, rng.choice([email, email, f"<{email}>", f"mailto:{email}", email.capitalize()])
    if style == "at_word":
        at = rng.choice(AT_WORDS["en"])
        dot = rng.choice([".", ".", " (dot) ", " dot "])
        return style, f"{local} {at} {name}{dot}{tld}"
    if style == "native_words":
        return style, f"{local} {rng.choice(AT_WORDS[wl])} {name} {rng.choice(DOT_WORDS[wl])} {tld}"
    if style == "blanks":
        return style, rng.choice([f"{local} @ {name} . {tld}", f"{local}@ {domain}", f"{local} @{domain}"])
    if style == "split":
        return style, rng.choice([f"{local}@\n{domain}", f"{local}\n@{domain}", f"{local}@{name}\n.{tld}"])
    return style, rng.choice([f"{local}@{name} .{tld}", f"{local}@{name}. {tld}", f"{local}@{name} punkt {tld}"
                              if wl == "sv" else f"{local}@{name} dot {tld}"])  # fmt: skip
