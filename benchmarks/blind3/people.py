"""Cities, numbers, the ways a contact is written, and the persons and controllers of the blind corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers

# canonical city -> (country, other spellings: ASCII, exonyms, abbreviations), districts -> city
CITIES: dict[str, tuple[str, list[str]]] = {
    "Oslo": ("NO", ["OSLO", "oslo sentrum", "Oslo S"]),
    "Bergen": ("NO", ["BERGEN", "Bergen sentrum"]),
    "Trondheim": ("NO", ["Trondhjem", "TRONDHEIM"]),
    "Stavanger": ("NO", ["Stavanger sentrum", "STAVANGER"]),
    "Tromsø": ("NO", ["Tromso", "Tromsoe", "TROMSØ"]),
    "Kristiansand": ("NO", ["Kr.sand", "Kristiansand S", "Krsand"]),
    "Drammen": ("NO", ["DRAMMEN"]),
    "Fredrikstad": ("NO", ["Fr.stad", "FREDRIKSTAD"]),
    "Bodø": ("NO", ["Bodo", "Bodoe"]),
    "Ålesund": ("NO", ["Alesund", "Aalesund"]),
    "Tønsberg": ("NO", ["Tonsberg"]),
    "Hamar": ("NO", ["HAMAR"]),
    "Stockholm": ("SE", ["Sthlm", "STHLM", "Stockholm city"]),
    "Göteborg": ("SE", ["Gothenburg", "Goteborg", "Gbg", "Göteborg C"]),
    "Malmö": ("SE", ["Malmo", "Malmoe", "MALMÖ"]),
    "Uppsala": ("SE", ["UPPSALA", "Upsala"]),
    "Umeå": ("SE", ["Umea", "UMEÅ"]),
    "Örebro": ("SE", ["Orebro", "Oerebro"]),
    "Linköping": ("SE", ["Linkoping", "Linköping C"]),
    "Västerås": ("SE", ["Vasteras", "Västerås C"]),
    "Helsingborg": ("SE", ["Hbg", "Helsingborg C"]),
    "Norrköping": ("SE", ["Norrkoping"]),
    "Jönköping": ("SE", ["Jonkoping"]),
    "Luleå": ("SE", ["Lulea"]),
    "Lund": ("SE", ["LUND"]),
    "København": ("DK", ["Copenhagen", "Kbh", "KBH", "Kobenhavn", "Koebenhavn", "Cph", "Köpenhamn"]),
    "Aarhus": ("DK", ["Århus", "AARHUS", "Aarhus C"]),
    "Odense": ("DK", ["Odense C", "ODENSE"]),
    "Aalborg": ("DK", ["Ålborg", "Aalborg C"]),
    "Esbjerg": ("DK", ["ESBJERG"]),
    "Randers": ("DK", ["Randers C"]),
    "Kolding": ("DK", ["KOLDING"]),
    "Vejle": ("DK", ["VEJLE"]),
}
DISTRICTS: dict[str, list[str]] = {
    "Oslo": ["Grünerløkka", "Majorstuen", "Frogner", "Grønland", "Bjørvika", "Aker Brygge"],
    "Bergen": ["Bryggen"],
    "Stockholm": ["Södermalm", "Kungsholmen", "Vasastan", "Östermalm", "Solna"],
    "Göteborg": ["Hisingen", "Majorna"],
    "Malmö": ["Möllevången"],
    "København": ["Vesterbro", "Nørrebro", "Østerbro", "Frederiksberg", "Amager"],
    "Aarhus": ["Trøjborg"],
}
EXONYM_EN = {"København": "Copenhagen", "Göteborg": "Gothenburg"}

FOREIGN = ["RO", "PL", "LT", "BG", "HU", "TH", "NG", "BR", "ES", "UA", "CO", "DE", "GB", "LV", "EE", "VE", "DO"]
NATIONALITY = {
    "NO": ("norsk", "norsk", "norsk", "Norwegian"),
    "SE": ("svensk", "svensk", "svensk", "Swedish"),
    "DK": ("dansk", "dansk", "dansk", "Danish"),
    "RO": ("rumensk", "rumänsk", "rumænsk", "Romanian"),
    "PL": ("polsk", "polsk", "polsk", "Polish"),
    "LT": ("litauisk", "litauisk", "litauisk", "Lithuanian"),
    "BG": ("bulgarsk", "bulgarisk", "bulgarsk", "Bulgarian"),
    "HU": ("ungarsk", "ungersk", "ungarsk", "Hungarian"),
    "TH": ("thailandsk", "thailändsk", "thailandsk", "Thai"),
    "NG": ("nigeriansk", "nigeriansk", "nigeriansk", "Nigerian"),
    "BR": ("brasiliansk", "brasiliansk", "brasiliansk", "Brazilian"),
    "ES": ("spansk", "spansk", "spansk", "Spanish"),
    "UA": ("ukrainsk", "ukrainsk", "ukrainsk", "Ukrainian"),
    "CO": ("colombiansk", "colombiansk", "colombiansk", "Colombian"),
    "DE": ("tysk", "tysk", "tysk", "German"),
    "GB": ("britisk", "brittisk", "britisk", "British"),
    "LV": ("latvisk", "lettisk", "lettisk", "Latvian"),
    "EE": ("estisk", "estnisk", "estisk", "Estonian"),
    "VE": ("venezuelansk", "venezuelansk", "venezuelansk", "Venezuelan"),
    "DO": ("dominikansk", "dominikansk", "dominikansk", "Dominican"),
}
LANG_INDEX = {"no": 0, "sv": 1, "da": 2, "en": 3}

# mobile prefixes (national significant number starts) per country, lengths of the NSN
MOBILE: dict[str, tuple[list[str], int]] = {
    "NO": (["4", "9"], 8),
    "SE": (["70", "72", "73", "76", "79"], 9),
    "DK": (["2", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"], 8),
    "RO": (["72", "73", "74", "75", "76", "77", "78"], 9),
    "PL": (["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9),
    "LT": (["6"], 8),
    "BG": (["87", "88", "89"], 9),
    "HU": (["20", "30", "70"], 9),
    "TH": (["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "9"], 9),
    "NG": (["703", "706", "803", "806", "810", "813", "816", "903", "906"], 10),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819"], 11),
    "ES": (["6", "71", "72", "73", "74"], 9),
    "UA": (["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9),
    "CO": (["300", "301", "310", "311", "312", "313", "320", "321"], 10),
    "DE": (["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177"], 11),
    "GB": (["71", "73", "74", "75", "77", "78", "79"], 10),
    "LV": (["2"], 8),
    "EE": (["5"], 8),
    "VE": (["412", "414", "416", "424", "426"], 10),
    "DO": (["809", "829", "849"], 10),
}
TRUNK = {"NO": "", "SE": "0", "DK": "", "DE": "0", "GB": "0", "TH": "0", "NG": "0", "RO": "0", "UA": "0", "HU": "06"}

DIGIT_WORDS = {
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "no2": ["null", "én", "to", "tre", "fire", "fem", "seks", "syv", "åtte", "ni"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "en2": ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
PLUS_WORD = {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}
UNICODE_DIGITS = {
    "fullwidth": [chr(0xFF10 + d) for d in range(10)],
    "math_bold": [chr(0x1D7CE + d) for d in range(10)],
    "double_struck": [chr(0x1D7D8 + d) for d in range(10)],
    "circled": ["\u24ea"] + [chr(0x2460 + d - 1) for d in range(1, 10)],
    "sans_bold": [chr(0x1D7EC + d) for d in range(10)],
}
KEYCAP = [f"{d}\ufe0f\u20e3" for d in range(10)]
EMOJI = ["💋", "🌹", "❤️", "🔥", "✨", "😘", "💕", "🍑", "😈", "⭐"]
ODD_SEPS = [".", "-", "_", "*", "/", "~", "|", " . ", " - ", "  ", "•", "·", ","]


def mobile(rng: random.Random, country: str) -> str:
    """A random E.164 mobile number valid for `country` (digits are random, no real person's)."""
    prefixes, length = MOBILE[country]
    cc = phonenumbers.country_code_for_region(country)
    for _ in range(200):
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice("0123456789") for _ in range(length - len(p)))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return f"+{cc}{nsn}"
    raise RuntimeError(f"no mobile number for {country}")


def landline(rng: random.Random, country: str) -> str:
    """A site's own line: an Oslo, Stockholm or Danish business number with random digits."""
    starts = {"NO": ("2", 8), "SE": ("8", 9), "DK": ("70", 8)}
    p, length = starts.get(country, ("2", 8))
    cc = phonenumbers.country_code_for_region(country if country in starts else "NO")
    for _ in range(200):
        nsn = p + "".join(rng.choice("0123456789") for _ in range(length - len(p)))
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{cc}{nsn}")):
            return f"+{cc}{nsn}"
    raise RuntimeError("no landline")


def split_e164(e164: str) -> tuple[str, str, str]:
    num = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(num) or "NO"
    return str(num.country_code), phonenumbers.national_significant_number(num), region


def group(rng: random.Random, digits: str) -> str:
    """Digits in random groups of 2-4."""
    out, i = [], 0
    while i < len(digits):
        n = rng.choice((2, 2, 3, 3, 4))
        out.append(digits[i : i + n])
        i += n
    return " ".join(out)


def national_shape(rng: random.Random, e164: str) -> str:
    """The number as its owner writes it at home (trunk prefix, local grouping)."""
    _cc, nsn, region = split_e164(e164)
    if region == "NO":
        return rng.choice(
            [
                f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}",
                f"{nsn[:2]} {nsn[2:4]} {nsn[4:6]} {nsn[6:]}",
                nsn,
                f"{nsn[:4]} {nsn[4:]}",
            ]
        )
    if region == "DK":
        return rng.choice(
            [f"{nsn[:2]} {nsn[2:4]} {nsn[4:6]} {nsn[6:]}", nsn, f"{nsn[:4]} {nsn[4:]}", f"{nsn[:2]}-{nsn[2:]}"]
        )
    if region == "SE":
        n = "0" + nsn
        return rng.choice(
            [
                f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}",
                f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                n,
                f"{n[:3]}-{n[3:]}",
                f"{n[:3]}/{n[3:]}",
            ]
        )
    nat = phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
    return nat


def intl_shape(rng: random.Random, e164: str) -> tuple[str, str]:
    """The number with its country code, in one of the shapes advertisers use; (text, style)."""
    cc, nsn, region = split_e164(e164)
    fmt = phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    grouped = fmt.split(" ", 1)[1] if " " in fmt else nsn
    trunk = TRUNK.get(region, "")
    choices = [
        (fmt, "intl"),
        (f"+{cc}{nsn}", "intl_compact"),
        (f"00{cc} {grouped}", "00_prefix"),
        (f"00 {cc} {group(rng, nsn)}", "00_prefix"),
        (f"(+{cc}) {grouped}", "paren_cc"),
        (f"+{cc}-{nsn}", "intl_compact"),
        (f"+{cc}.{'.'.join(grouped.replace('-', ' ').split())}", "intl_dots"),
    ]
    if trunk == "0":
        choices.append((f"+{cc} (0){grouped.replace('-', ' ')}", "paren_trunk"))
        choices.append((f"+{cc} (0) {group(rng, nsn)}", "paren_trunk"))
    return rng.choice(choices)


def obfuscate(rng: random.Random, text: str, style: str, lang: str) -> str:
    """`text` (a written number: digits, spaces, +, -, parentheses) hidden in `style`."""
    if style == "words":
        words = DIGIT_WORDS[rng.choice([lang, lang, "en"]) if lang != "en" else rng.choice(["en", "en2"])]
        out = []
        for ch in text:
            if ch.isdigit():
                out.append(words[int(ch)])
            elif ch == "+":
                out.append(PLUS_WORD[lang])
        return rng.choice([" ", "-", " ", ", "]).join(out)
    if style == "mixed_words":
        words = DIGIT_WORDS[lang]
        out = []
        for ch in text:
            if ch.isdigit() and rng.random() < 0.5:
                out.append(f" {words[int(ch)]} ")
            else:
                out.append(ch)
        return " ".join("".join(out).split())
    if style == "letters":
        table = {"0": ["O", "o"], "1": ["l", "I"]}
        s = "".join(rng.choice(table[c]) if c in table and rng.random() < 0.8 else c for c in text)
        if s == text:  # no 0 or 1 in it: spell one digit out
            digits = [i for i, c in enumerate(text) if c.isdigit()]
            i = rng.choice(digits)
            s = text[:i] + DIGIT_WORDS[lang][int(text[i])].upper() + text[i + 1 :]
        return s
    if style == "odd_separators":
        sep = rng.choice(ODD_SEPS)
        body = "".join(c for c in text if c.isdigit() or c == "+")
        lead = "+" if body.startswith("+") else ""
        digits = body.lstrip("+")
        if rng.random() < 0.5:
            return lead + sep.join(digits)
        return lead + sep.join(group(rng, digits).split())
    if style == "emoji":
        e = rng.choice(EMOJI)
        parts = text.split()
        if len(parts) < 2:
            parts = group(rng, text).split()
        return f" {e} ".join(parts) if rng.random() < 0.5 else e.join(parts)
    if style == "keycap":
        return "".join(KEYCAP[int(c)] if c.isdigit() else c for c in text)
    if style == "line_break":
        parts = text.split()
        if len(parts) < 2:
            parts = group(rng, text).split()
        cut = rng.randrange(1, len(parts))
        return " ".join(parts[:cut]) + rng.choice(["\n", "\n", " \n", "\n\n"]) + " ".join(parts[cut:])
    if style.startswith("unicode_"):
        table = UNICODE_DIGITS[style[8:]]
        return "".join(table[int(c)] if c.isdigit() else c for c in text)
    if style == "spaced":
        return " ".join(c for c in text if c != " ")
    if style == "bracketed":
        plain = "".join(c for c in text if c.isdigit() or c == "+")
        k = rng.randint(3, 4) if plain.startswith("+") else 0
        parts = ([plain[:k]] if k else []) + group(rng, plain[k:]).split()
        return " ".join(f"({p})" if rng.random() < 0.6 else f"[{p}]" for p in parts)
    return text


@dataclass
class Network:
    nid: str
    booking_phone: str | None
    booking_email: str | None
    kind: str  # "agency", "pimp", "pair"
    country: str


@dataclass
class Person:
    pid: str
    name: str
    alt_names: list[str]
    origin: str
    age: int
    phones: list[str]  # in the order she uses them
    switch_day: int  # day she moves from phones[0] to phones[1]
    email: str | None
    handle: str | None
    sites: list[str]
    tour: list[str]  # city per week
    network: Network | None
    langs: list[str]
    hides: float  # how often she obfuscates
    minor_way: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def phone_on(self, day: int) -> str:
        return self.phones[1] if len(self.phones) > 1 and day >= self.switch_day else self.phones[0]


FIRST = (
    "Anna Bella Carla Dina Elena Fiona Gina Hanna Ida Julia Kira Lara Mia Nora Olivia Paula Rita Sara Tina Vera "
    "Wilma Yasmin Zara Alina Bianca Celine Daria Emma Frida Greta Irina Jasmine Katja Lina Maja Nadia Oksana "
    "Petra Ramona Sofia Tanja Viktoria Alexa Ada Malin Lotte Sigrid Pernille Ronja Nikita Amber Lola Kim Jenny "
    "Linnea Mette Tove Natasha Ingrid Mona Alva Ebba Lily Nina Ruby Chanel Candy Sandra Monika Ewa Agata Dalia "
    "Rasa Ieva Daisy Joy Blessing Grace Mercy Ploy Nok Fon Mai Luana Bruna Thais Camila Valentina Luz Milena"
).split()
SUFFIX = ["", "", "", " K", " S", " B", "_x", " 💋", " VIP", " Love", " Hot", " Sweet", " New"]
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "live.se",
    "online.no",
    "protonmail.com",
    "icloud.com",
    "hotmail.no",
    "mail.dk",
    "yandex.ru",
    "gmx.de",
]


def make_email(rng: random.Random, name: str) -> str:
    base = name.lower().replace(" ", "")
    base = "".join(c for c in base if c.isascii() and c.isalnum()) or "girl"
    user = rng.choice(
        [
            f"{base}{rng.randint(1, 99)}",
            f"{base}.{rng.choice('abcdefghijklmnoprstv')}",
            f"sweet{base}",
            f"{base}_{rng.randint(1985, 2004)}",
            f"{base}.escort",
            f"miss.{base}",
            f"{base}{rng.randint(100, 999)}",
        ]
    )
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


AT_WORDS = {
    "no": ["alfakrøll", "krøllalfa", "(alfakrøll)", "[at]", "(at)", " at "],
    "sv": ["snabel-a", "(snabel-a)", "snabela", "[at]", "(at)", " at "],
    "da": ["snabel-a", "(snabel-a)", "[at]", "(at)", " at ", "snabela"],
    "en": ["at", "(at)", "[at]", "{at}", "AT", "(a)"],
}
DOT_WORDS = {
    "no": ["punktum", "prikk", "(dot)", "[punktum]", "dot"],
    "sv": ["punkt", "(punkt)", "dot", "[dot]"],
    "da": ["punktum", "prik", "(punktum)", "dot"],
    "en": ["dot", "(dot)", "[dot]", "DOT"],
}


def write_email(rng: random.Random, email: str, lang: str, hides: float) -> tuple[str, str]:
    """(text, style): an e-mail as an advertiser writes it."""
    user, domain = email.split("@")
    r = rng.random()
    if r > hides:
        return rng.choice(
            [(email, "plain"), (email, "plain"), (email.upper() if rng.random() < 0.1 else email, "plain")]
        )
    kind = rng.choice(["blank_at", "word_at", "word_at_dot", "split_domain", "word_at_dot", "blank_at_dot"])
    dom_name, _, tld = domain.rpartition(".")
    if kind == "blank_at":
        return f"{user} @ {domain}", "blank_at"
    if kind == "blank_at_dot":
        return f"{user} @ {dom_name} . {tld}", "blank_at_dot"
    if kind == "split_domain":
        return f"{user}@{dom_name} .{tld}" if rng.random() < 0.5 else f"{user}@ {dom_name}. {tld}", "split_domain"
    at = rng.choice(AT_WORDS[lang])
    at_s = at if at.startswith(" ") else f" {at} "
    if kind == "word_at":
        return f"{user}{at_s}{domain}".replace("  ", " "), "word_at"
    dot = rng.choice(DOT_WORDS[lang])
    return f"{user}{at_s}{dom_name} {dot} {tld}".replace("  ", " "), "word_at_dot"
