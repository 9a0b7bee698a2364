"""Numbers and how advertisers write them: national and international forms per country, and the hiding
styles (digit words, letters, look-alike digits, emoji, broken lines, halves, masks, alt text, links)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

# country -> (calling code, NSN prefixes, NSN length, national trunk prefix)
MOBILE: dict[str, tuple[str, tuple[str, ...], int, str]] = {
    "NO": ("47", ("40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"), 8, ""),
    "SE": ("46", ("70", "72", "73", "76", "79"), 9, "0"),
    "DK": (
        "45",
        (
            "20",
            "21",
            "22",
            "25",
            "26",
            "27",
            "28",
            "29",
            "30",
            "31",
            "40",
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
            "93",
        ),
        8,
        "",
    ),
    "RO": ("40", ("72", "73", "74", "75", "76", "78"), 9, "0"),
    "HU": ("36", ("20", "30", "70"), 9, "06"),
    "BG": ("359", ("87", "88", "89"), 9, "0"),
    "PL": ("48", ("50", "51", "53", "60", "66", "69", "72", "78", "79", "88"), 9, ""),
    "LT": ("370", ("60", "61", "62", "65", "67", "68"), 8, "8"),
    "LV": ("371", ("20", "22", "25", "26", "29"), 8, ""),
    "UA": ("380", ("50", "63", "67", "68", "93", "97"), 9, "0"),
    "TH": ("66", ("81", "82", "86", "89", "91", "92", "95"), 9, "0"),
    "BR": ("55", ("119", "219", "319", "479"), 11, "0"),
    "ES": ("34", ("60", "61", "62", "63", "65", "66", "67", "68", "69"), 9, ""),
    "NG": ("234", ("803", "806", "813", "703", "706", "903"), 10, "0"),
    "CO": ("57", ("300", "301", "310", "311", "312", "315", "320"), 10, ""),
    "VE": ("58", ("412", "414", "424", "416"), 10, "0"),
    "IT": ("39", ("320", "328", "333", "338", "340", "347", "349"), 10, ""),
    "GB": ("44", ("74", "75", "77", "78", "79"), 10, "0"),
    "DE": ("49", ("151", "152", "157", "160", "162", "170", "172", "176"), 11, "0"),
    "EE": ("372", ("50", "51", "52", "53", "55", "56"), 8, ""),
    "CN": ("86", ("135", "138", "139", "150", "186"), 11, "0"),
    "VN": ("84", ("90", "91", "93", "97", "98"), 9, "0"),
}

COUNTRY_WORD = {
    "RO": ("RO", "Romania", "rumensk", "rumänskt", "rumænsk"),
    "HU": ("HU", "Hungary", "ungarsk", "ungerskt", "ungarsk"),
    "BG": ("BG", "Bulgaria", "bulgarsk", "bulgariskt", "bulgarsk"),
    "PL": ("PL", "Poland", "polsk", "polskt", "polsk"),
    "LT": ("LT", "Lithuania", "litauisk", "litauiskt", "litauisk"),
    "LV": ("LV", "Latvia", "latvisk", "lettiskt", "lettisk"),
    "UA": ("UA", "Ukraine", "ukrainsk", "ukrainskt", "ukrainsk"),
    "TH": ("TH", "Thailand", "thailandsk", "thailändskt", "thailandsk"),
    "BR": ("BR", "Brazil", "brasiliansk", "brasilianskt", "brasiliansk"),
    "ES": ("ES", "Spain", "spansk", "spanskt", "spansk"),
    "NG": ("NG", "Nigeria", "nigeriansk", "nigerianskt", "nigeriansk"),
    "CO": ("CO", "Colombia", "colombiansk", "colombianskt", "colombiansk"),
    "VE": ("VE", "Venezuela", "venezuelansk", "venezuelanskt", "venezuelansk"),
    "IT": ("IT", "Italy", "italiensk", "italienskt", "italiensk"),
    "GB": ("UK", "UK", "britisk", "brittiskt", "britisk"),
    "DE": ("DE", "Germany", "tysk", "tyskt", "tysk"),
    "EE": ("EE", "Estonia", "estisk", "estniskt", "estisk"),
    "CN": ("CN", "China", "kinesisk", "kinesiskt", "kinesisk"),
    "VN": ("VN", "Vietnam", "vietnamesisk", "vietnamesiskt", "vietnamesisk"),
}

FLAG = {
    "RO": "🇷🇴",
    "HU": "🇭🇺",
    "BG": "🇧🇬",
    "PL": "🇵🇱",
    "LT": "🇱🇹",
    "LV": "🇱🇻",
    "UA": "🇺🇦",
    "TH": "🇹🇭",
    "BR": "🇧🇷",
    "ES": "🇪🇸",
    "NG": "🇳🇬",
    "CO": "🇨🇴",
    "VE": "🇻🇪",
    "IT": "🇮🇹",
    "GB": "🇬🇧",
    "DE": "🇩🇪",
    "EE": "🇪🇪",
    "CN": "🇨🇳",
    "VN": "🇻🇳",
    "NO": "🇳🇴",
    "SE": "🇸🇪",
    "DK": "🇩🇰",
}

DIGIT_WORDS = {
    "no": "null en to tre fire fem seks sju åtte ni".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "da": "nul en to tre fire fem seks syv otte ni".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc".split(),
    "bg": "нула едно две три четири пет шест седем осем девет".split(),
    "th": "soon nueng song sam see ha hok jet paet gao".split(),
}
TEENS = {
    "no": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split(),
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split(),
    "da": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split(),
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
}
TENS = {
    "no": ",,tjue,tretti,førti,femti,seksti,sytti,åtti,nitti".split(","),
    "sv": ",,tjugo,trettio,fyrtio,femtio,sextio,sjuttio,åttio,nittio".split(","),
    "da": ",,tyve,tredive,fyrre,halvtreds,tres,halvfjerds,firs,halvfems".split(","),
    "en": ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(","),
}
LANG_OF_COUNTRY = {
    "RO": "ro",
    "ES": "es",
    "CO": "es",
    "VE": "es",
    "BR": "pt",
    "PL": "pl",
    "HU": "hu",
    "BG": "bg",
    "TH": "th",
}

LETTERS = {
    "0": ("O", "o", "O"),
    "1": ("l", "I", "i"),
    "5": ("S", "s"),
    "8": ("B",),
    "2": ("Z",),
    "9": ("g",),
    "6": ("b",),
    "7": ("T",),
}
STYLES_UNICODE = (
    ("fullwidth", 0xFF10),
    ("bold", 0x1D7CE),
    ("double", 0x1D7D8),
    ("sans", 0x1D7E2),
    ("mono", 0x1D7F6),
)
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
NEG_CIRCLED = "⓿❶❷❸❹❺❻❼❽❾"
KEYCAP = "\ufe0f\u20e3"
EMOJI = ("💋", "🔥", "❤️", "🌹", "✨", "😘", "🍑", "💦", "⭐", "🌸", "💕", "👠")


@dataclass(frozen=True)
class Phone:
    country: str
    nsn: str

    @property
    def e164(self) -> str:
        return "+" + MOBILE[self.country][0] + self.nsn

    @property
    def cc(self) -> str:
        return MOBILE[self.country][0]


def new_phone(rng: random.Random, country: str, taken: set[str]) -> Phone:
    cc, prefixes, length, _ = MOBILE[country]
    for _ in range(200):
        p = rng.choice(prefixes)
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(length - len(p)))
        if nsn in taken:
            continue
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse("+" + cc + nsn))
        except phonenumbers.NumberParseException:
            ok = False
        if ok:
            taken.add(nsn)
            return Phone(country, nsn)
    raise RuntimeError(f"no valid number for {country}")


def landline(rng: random.Random, country: str, taken: set[str]) -> tuple[str, str]:
    """A fixed-line or service number (site support, hotel reception): (e164, national digits as written)."""
    pats = {
        "NO": ("47", ["22", "23", "21", "55", "73", "51"], 8, ""),
        "SE": ("46", ["8", "31", "40", "18"], 9, "0"),
        "DK": ("45", ["33", "35", "38", "70", "86", "66"], 8, ""),
        "EE": ("372", ["6"], 7, ""),
        "GB": ("44", ["20"], 10, "0"),
        "DE": ("49", ["30"], 10, "0"),
    }
    cc, prefixes, length, _trunk = pats[country]
    for _ in range(200):
        p = rng.choice(prefixes)
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(length - len(p)))
        if nsn in taken:
            continue
        try:
            num = phonenumbers.parse("+" + cc + nsn)
            ok = phonenumbers.is_valid_number(num)
        except phonenumbers.NumberParseException:
            ok = False
        if ok:
            taken.add(nsn)
            return "+" + cc + nsn, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    raise RuntimeError(f"no landline for {country}")


def groups(nsn: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        if i >= len(nsn):
            break
        out.append(nsn[i : i + s])
        i += s
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def national_digits(p: Phone) -> str:
    return MOBILE[p.country][3] + p.nsn


def plain(rng: random.Random, p: Phone, *, intl: bool | None = None) -> tuple[str, str]:
    """A plainly written number: (text, style)."""
    num = phonenumbers.parse(p.e164)
    home = p.country in ("NO", "SE", "DK")
    if intl is None:
        intl = (not home) or rng.random() < 0.35
    if not intl:
        nat = national_digits(p)
        c = rng.random()
        if c < 0.4:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL), "national"
        if c < 0.65:
            return nat, "national_compact"
        if p.country == "NO":
            g = rng.choice([[3, 2, 3], [2, 2, 2, 2], [4, 4], [3, 3, 2]])
        elif p.country == "SE":
            g = rng.choice([[3, 3, 2, 2], [3, 7], [4, 3, 3], [3, 2, 3, 2]])
        elif p.country == "DK":
            g = rng.choice([[2, 2, 2, 2], [4, 4], [3, 3, 2]])
        else:
            g = rng.choice([[4, 3, 3], [3, 3, 3], [4, 6]])
        sep = rng.choice([" ", " ", "-", ".", " - "])
        parts = groups(nat, g)
        if p.country == "SE" and sep == " " and rng.random() < 0.5:
            return parts[0] + "-" + " ".join(parts[1:]), "national"
        return sep.join(parts), "national"
    c = rng.random()
    intl_fmt = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if c < 0.35:
        return intl_fmt, "international"
    if c < 0.55:
        return p.e164, "international_compact"
    if c < 0.7:
        return "00" + p.cc + rng.choice(["", " "]) + p.nsn, "international_00"
    if c < 0.8:
        trunk = MOBILE[p.country][3]
        if trunk:
            return f"+{p.cc} ({trunk}){rng.choice(['', ' '])}{p.nsn}", "international_trunk"
        return f"(+{p.cc}) {' '.join(groups(p.nsn, [3, 3, 3, 3]))}", "international_paren"
    if c < 0.9:
        return f"+{p.cc}-{'-'.join(groups(p.nsn, [3, 3, 4]))}", "international"
    return f"{p.cc} {p.nsn}", "code_no_plus"


def pair_words(nsn: str, lang: str, rng: random.Random) -> str:
    """A number read in pairs, as Nordic speakers say them: 41 23 45 67 -> førtien tjuetre ..."""
    out = []
    digits = nsn
    if len(digits) % 2:
        out.append(DIGIT_WORDS[lang][int(digits[0])])
        digits = digits[1:]
    for i in range(0, len(digits), 2):
        a, b = int(digits[i]), int(digits[i + 1])
        if a == 0:
            out.append(DIGIT_WORDS[lang][0] + " " + DIGIT_WORDS[lang][b])
        elif a == 1:
            out.append(TEENS[lang][b])
        elif lang == "da":
            out.append(TENS[lang][a] if b == 0 else DIGIT_WORDS[lang][b] + "og" + TENS[lang][a])
        elif lang == "en":
            out.append(TENS[lang][a] if b == 0 else TENS[lang][a] + rng.choice(["-", " ", ""]) + DIGIT_WORDS[lang][b])
        else:
            unit = DIGIT_WORDS[lang][b]
            if lang == "sv" and b == 1:
                unit = "ett"
            out.append(TENS[lang][a] + ("" if b == 0 else unit))
    return rng.choice([" ", " ", ", ", "-"]).join(out)


def words(nsn: str, lang: str, rng: random.Random, mix: float = 0.0) -> str:
    table = DIGIT_WORDS[lang]
    sep = rng.choice([" ", " ", "-", ", ", " . ", "_"])
    toks = [d if rng.random() < mix else table[int(d)] for d in nsn]
    if lang in ("en", "no", "sv", "da") and rng.random() < 0.25:
        toks = [t.upper() if rng.random() < 0.5 else t for t in toks]
    return sep.join(toks)


def letters(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        if ch in LETTERS and rng.random() < (0.85 if ch in "01" else 0.45):
            out.append(rng.choice(LETTERS[ch]))
        else:
            out.append(ch)
    if out == list(text):  # at least one letter
        for i, ch in enumerate(text):
            if ch in "0158":
                out[i] = LETTERS[ch][0]
                break
    return "".join(out)


def unicode_digits(text: str, rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        _, base = rng.choice(STYLES_UNICODE)
        conv = lambda d: chr(base + int(d))  # noqa: E731
    elif kind < 0.75:
        conv = lambda d: CIRCLED[int(d)]  # noqa: E731
    elif kind < 0.85:
        conv = lambda d: NEG_CIRCLED[int(d)]  # noqa: E731
    else:
        conv = lambda d: d + KEYCAP  # noqa: E731
    partial = rng.random() < 0.3
    return "".join(conv(c) if c.isdigit() and (not partial or rng.random() < 0.6) else c for c in text)


def hidden(rng: random.Random, p: Phone, style: str, lang: str, native: str | None) -> tuple[str, str, str | None]:
    """(text in the ad, style name, url slug part or None). Home numbers are hidden in their national form
    mostly; foreign ones with their code."""
    home = p.country in ("NO", "SE", "DK")
    nat = national_digits(p) if home else p.cc + p.nsn
    prefix = "" if home else rng.choice(["+", "+", "+", "00", "plus ", ""])
    if style == "words":
        wl = lang if rng.random() < 0.75 or not native else native
        if wl in TEENS and home and rng.random() < 0.35 and len(nat) % 2 == 0:
            return prefix + pair_words(nat, wl, rng), "pair_words_" + wl, None
        cc_part = ""
        body = nat
        if prefix and rng.random() < 0.5:
            cc_part = rng.choice(["pluss ", "plus ", "+"]) + " ".join(DIGIT_WORDS[wl][int(d)] for d in p.cc) + " "
            body = p.nsn
        elif prefix:
            cc_part = prefix
        return cc_part + words(body, wl, rng), "words_" + wl, None
    if style == "words_mixed":
        wl = native if native and rng.random() < 0.5 else lang
        return prefix + words(nat, wl, rng, mix=0.5), "words_mixed", None
    if style == "letters":
        txt = rng.choice([nat, " ".join(groups(nat, [3, 2, 3])), " ".join(groups(nat, [2, 2, 2, 2, 2]))])
        return prefix + letters(txt, rng), "letters", None
    if style == "unicode":
        txt = rng.choice([nat, " ".join(groups(nat, [3, 2, 3])), "-".join(groups(nat, [4, 4]))])
        return prefix + unicode_digits(txt, rng), "unicode", None
    if style == "emoji_sep":
        em = rng.choice(EMOJI)
        gs = groups(nat, rng.choice([[2, 2, 2, 2, 2], [3, 2, 3], [4, 4]]))
        return prefix + (em if rng.random() < 0.5 else f" {em} ").join(gs), "emoji_sep", None
    if style == "odd_sep":
        sep = rng.choice([".", "/", "_", "*", "~", " . ", "|", ",", " - ", "••"])
        if rng.random() < 0.4:
            return prefix + sep.join(nat), "odd_sep", None
        return (
            prefix + sep.join(groups(nat, rng.choice([[2, 2, 2, 2, 2], [3, 2, 3], [3, 3, 2, 2], [1, 3, 4]]))),
            "odd_sep",
            None,
        )
    if style == "lines":
        gs = groups(nat, rng.choice([[3, 5], [4, 4], [2, 2, 2, 2, 2], [3, 2, 3]]))
        k = rng.randrange(1, len(gs))
        mid = rng.choice(["\n", "\n\n", " \n", "\n-\n"])
        return prefix + " ".join(gs[:k]) + mid + " ".join(gs[k:]), "broken_lines", None
    if style == "glued":
        pre = rng.choice(["ringmeg", "sms", "callme", "ringmig", "ringtilmig", "txt", "tlf", "mob"])
        post = rng.choice(["nå", "idag", "now", "baby", "kyss", "", "xoxo"])
        return pre + prefix.strip() + nat + post, "glued_to_words", None
    if style == "halves":
        gs = groups(nat, [len(nat) // 2, len(nat)])
        a, b = gs[0], gs[1]
        form = rng.choice(
            [
                f"første del {a} ... og så {b}",
                f"start {a}, end {b}",
                f"{a} + {b}",
                f"de første sifrene er {a}, resten {b}",
                f"början {a} slut {b}",
                f"first {a} then {b}",
            ]
        )
        return prefix + form, "halves", None
    if style == "masked":
        k = rng.choice([2, 2, 3])
        shown, tail = nat[:-k], nat[-k:]
        x = rng.choice(["x", "X", "*", "."])
        form = rng.choice(
            [
                f"{shown}{x * k} ({x * k} = {tail})",
                f"{shown}{x * k} – siste {k}: {tail}",
                f"{shown}{x * k}, sista siffror {tail}",
                f"{shown}.. ends with {tail}",
                f"{shown}{x * k} (slutter på {tail})",
            ]
        )
        return prefix + form, "masked_completed", None
    if style == "reversed":
        form = rng.choice(["baklengs: {}", "read backwards: {}", "läs baklänges {}", "bagfra: {}"])
        return form.format(nat[::-1]), "reversed", None
    if style == "alt_text":
        shown = rng.choice([nat, " ".join(groups(nat, [3, 2, 3])), prefix + nat])
        form = rng.choice(
            [
                "[bilde: visittkort, tekst: {}]",
                "[Bild 3: telefon {}]",
                '[image alt="call {}"]',
                "[billede: nummer {} på skilt]",
                "Bilde 2 av 5 – «{}»",
            ]
        )
        return form.format(shown), "alt_text", None
    if style == "url_slug":
        return "", "url_slug", nat
    if style == "whatsapp_link":
        form = rng.choice(
            ["wa.me/{}", "https://wa.me/{}", "https://api.whatsapp.com/send?phone={}", "WhatsApp: wa.me/{}"]
        )
        return form.format(p.cc + p.nsn), "whatsapp_link", None
    raise ValueError(style)
