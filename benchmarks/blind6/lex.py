"""Word lists and the ways a number or an address is written (benchmarks/blind6). Written from general
knowledge of the languages, not from the extractor's lexicons."""

from __future__ import annotations

import random

import phonenumbers

# canonical city (the spelling `kartlegg extract` prints) -> country, and the other ways a page writes it
CITIES: dict[str, tuple[str, list[str]]] = {
    "Oslo": (
        "NO",
        ["oslo", "OSLO", "Oslo sentrum", "Grünerløkka", "Majorstuen", "Frogner", "Grønland, Oslo", "Oslo S"],
    ),
    "Bergen": ("NO", ["bergen", "Bergen sentrum", "Bergen/Åsane", "BERGEN", "Bergen (Fana)"]),
    "Trondheim": ("NO", ["trondheim", "Trondhjem", "Tr.heim", "Trondheim/Heimdal", "TRD"]),
    "Stavanger": ("NO", ["stavanger", "Stavanger sentrum", "Stvg", "STAVANGER"]),
    "Kristiansand": ("NO", ["Kr.sand", "Kristiansand S", "Krsand", "kristiansand"]),
    "Tromsø": ("NO", ["Tromso", "Tromsoe", "TROMSØ", "tromsø"]),
    "Drammen": ("NO", ["drammen", "Drammen sentrum"]),
    "Stockholm": (
        "SE",
        [
            "Sthlm",
            "stockholm",
            "Södermalm",
            "Östermalm",
            "Kungsholmen",
            "Stockholm City",
            "Vasastan",
            "Sztokholm",
            "Estocolmo",
        ],
    ),
    "Göteborg": (
        "SE",
        ["Gothenburg", "Goteborg", "Gbg", "GBG", "Göteborg centrum", "Hisingen", "Majorna", "Gotemburgo", "Goeteborg"],
    ),
    "Malmö": ("SE", ["Malmo", "Malmoe", "malmö", "Möllevången", "Västra Hamnen, Malmö", "MALMÖ"]),
    "Uppsala": ("SE", ["uppsala", "Upsala", "UPPSALA"]),
    "Linköping": ("SE", ["Linkoping", "Linköping C", "linkoping"]),
    "Örebro": ("SE", ["Orebro", "Oerebro", "örebro"]),
    "Västerås": ("SE", ["Vasteras", "Västerås C", "vasteraas"]),
    "Helsingborg": ("SE", ["Hbg", "helsingborg", "Helsingborg C"]),
    "Umeå": ("SE", ["Umea", "Umeaa", "umeå"]),
    "København": (
        "DK",
        [
            "Copenhagen",
            "Kbh",
            "KBH",
            "Kbh K",
            "Cph",
            "Kopenhagen",
            "Köpenhamn",
            "Nørrebro",
            "Vesterbro",
            "Østerbro",
            "Kobenhavn",
            "Copenhague",
        ],
    ),
    "Aarhus": ("DK", ["Århus", "Arhus", "Aarhus C", "aarhus", "Århus C"]),
    "Odense": ("DK", ["Odense C", "odense", "Odense M"]),
    "Aalborg": ("DK", ["Ålborg", "Aalborg C", "aalborg", "Alborg"]),
    "Esbjerg": ("DK", ["esbjerg", "Esbjerg V", "Esbjerg C"]),
}

CITY_WEIGHT = {
    "Oslo": 10,
    "Bergen": 4,
    "Trondheim": 3,
    "Stavanger": 3,
    "Kristiansand": 1,
    "Tromsø": 1,
    "Drammen": 1,
    "Stockholm": 10,
    "Göteborg": 5,
    "Malmö": 4,
    "Uppsala": 1,
    "Linköping": 1,
    "Örebro": 1,
    "Västerås": 1,
    "Helsingborg": 1,
    "Umeå": 1,
    "København": 9,
    "Aarhus": 3,
    "Odense": 2,
    "Aalborg": 1,
    "Esbjerg": 1,
}

POSTCODE = {"NO": (4, "{:04d}"), "SE": (5, "{:03d} {:02d}"), "DK": (4, "{:04d}")}

# where advertisers in the Nordics come from, and how their mobile numbers start (national significant part)
FOREIGN: dict[str, tuple[int, list[str], int]] = {
    # country: (calling code, mobile prefixes, length of the national significant number)
    "RO": (40, ["72", "73", "74", "75", "76", "77", "78"], 9),
    "PL": (48, ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9),
    "BG": (359, ["87", "88", "89"], 9),
    "HU": (36, ["20", "30", "70"], 9),
    "TH": (
        66,
        [
            "61",
            "62",
            "63",
            "64",
            "65",
            "80",
            "81",
            "82",
            "83",
            "84",
            "85",
            "86",
            "87",
            "88",
            "89",
            "90",
            "91",
            "92",
            "93",
            "94",
            "95",
            "96",
            "97",
            "98",
            "99",
        ],
        9,
    ),
    "NG": (234, ["803", "806", "813", "816", "703", "706", "810", "903", "802", "808"], 10),
    "BR": (55, ["119", "219", "319", "419", "519", "619", "719", "819"], 11),
    "ES": (34, ["6"], 9),
    "LT": (370, ["6"], 8),
    "UA": (380, ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9),
    "CO": (57, ["300", "301", "310", "311", "312", "313", "314", "315", "316", "317", "318", "320", "321"], 10),
    "GB": (44, ["74", "75", "77", "78", "79"], 10),
    "EE": (372, ["5"], 8),
    "VE": (58, ["412", "414", "424", "416", "426"], 10),
}
HOME_LANG = {
    "RO": "ro",
    "PL": "pl",
    "BG": "bg",
    "HU": "hu",
    "TH": "th",
    "NG": "en",
    "BR": "pt",
    "ES": "es",
    "LT": "lt",
    "UA": "uk",
    "CO": "es",
    "GB": "en",
    "EE": "et",
    "VE": "es",
    "NO": "no",
    "SE": "sv",
    "DK": "da",
}
CC = {"NO": 47, "SE": 46, "DK": 45}

DIGIT_WORDS: dict[str, list[list[str]]] = {
    "no": [
        ["null"],
        ["en", "ein"],
        ["to"],
        ["tre"],
        ["fire"],
        ["fem"],
        ["seks"],
        ["sju", "syv"],
        ["åtte", "atte"],
        ["ni"],
    ],
    "sv": [
        ["noll"],
        ["ett", "en"],
        ["två", "tva"],
        ["tre"],
        ["fyra"],
        ["fem"],
        ["sex"],
        ["sju"],
        ["åtta", "atta"],
        ["nio"],
    ],
    "da": [["nul"], ["en", "et"], ["to"], ["tre"], ["fire"], ["fem"], ["seks"], ["syv"], ["otte"], ["ni"]],
    "en": [["zero", "oh"], ["one"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"], ["eight"], ["nine"]],
    "ro": [
        ["zero"],
        ["unu"],
        ["doi"],
        ["trei"],
        ["patru"],
        ["cinci"],
        ["șase", "sase"],
        ["șapte", "sapte"],
        ["opt"],
        ["nouă", "noua"],
    ],
    "pl": [
        ["zero"],
        ["jeden"],
        ["dwa"],
        ["trzy"],
        ["cztery"],
        ["pięć", "piec"],
        ["sześć", "szesc"],
        ["siedem"],
        ["osiem"],
        ["dziewięć", "dziewiec"],
    ],
    "es": [["cero"], ["uno"], ["dos"], ["tres"], ["cuatro"], ["cinco"], ["seis"], ["siete"], ["ocho"], ["nueve"]],
    "pt": [
        ["zero"],
        ["um"],
        ["dois"],
        ["três", "tres"],
        ["quatro"],
        ["cinco"],
        ["seis", "meia"],
        ["sete"],
        ["oito"],
        ["nove"],
    ],
    "hu": [
        ["nulla"],
        ["egy"],
        ["kettő", "ketto"],
        ["három", "harom"],
        ["négy", "negy"],
        ["öt", "ot"],
        ["hat"],
        ["hét", "het"],
        ["nyolc"],
        ["kilenc"],
    ],
    "bg": [["нула"], ["едно"], ["две"], ["три"], ["четири"], ["пет"], ["шест"], ["седем"], ["осем"], ["девет"]],
    "uk": [["нуль"], ["один"], ["два"], ["три"], ["чотири"], ["пʼять"], ["шість"], ["сім"], ["вісім"], ["девʼять"]],
    "th": [["ศูนย์"], ["หนึ่ง"], ["สอง"], ["สาม"], ["สี่"], ["ห้า"], ["หก"], ["เจ็ด"], ["แปด"], ["เก้า"]],
    "lt": [
        ["nulis"],
        ["vienas"],
        ["du"],
        ["trys"],
        ["keturi"],
        ["penki"],
        ["šeši", "sesi"],
        ["septyni"],
        ["aštuoni", "astuoni"],
        ["devyni"],
    ],
    "et": [
        ["null"],
        ["üks", "yks"],
        ["kaks"],
        ["kolm"],
        ["neli"],
        ["viis"],
        ["kuus"],
        ["seitse"],
        ["kaheksa"],
        ["üheksa"],
    ],
    "de": [
        ["null"],
        ["eins"],
        ["zwei", "zwo"],
        ["drei"],
        ["vier"],
        ["fünf"],
        ["sechs"],
        ["sieben"],
        ["acht"],
        ["neun"],
    ],
}

DOUBLE = {"no": ["dobbel", "dobbelt"], "sv": ["dubbel", "dubbla"], "da": ["dobbelt"], "en": ["double"]}
TRIPLE = {"no": ["trippel"], "sv": ["trippel"], "da": ["tredobbelt"], "en": ["triple"]}
_TEENS = {
    "no": ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    "sv": ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"],
    "da": ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    "en": [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ],
}
_TENS = {
    "no": ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
    "sv": ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
    "da": ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}
_UNITS = {
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def pair_word(n: int, lang: str) -> str:
    """A two-digit group as one number word ("92" -> "nittito", "toogfirs", "ninety-two"); "07" -> "null sju"."""
    t, u = divmod(n, 10)
    if t == 0:
        return f"{_UNITS[lang][0]} {_UNITS[lang][u]}"
    if t == 1:
        return _TEENS[lang][u]
    if u == 0:
        return _TENS[lang][t]
    if lang == "da":
        unit = "et" if u == 1 else _UNITS["da"][u]
        return f"{unit}og{_TENS['da'][t]}"
    if lang == "en":
        return f"{_TENS['en'][t]}-{_UNITS['en'][u]}"
    return _TENS[lang][t] + _UNITS[lang][u]


LEET = {
    "0": ["O", "o"],
    "1": ["l", "I", "i"],
    "2": ["Z"],
    "3": ["E"],
    "4": ["A"],
    "5": ["S", "s"],
    "6": ["G", "b"],
    "7": ["T"],
    "8": ["B"],
    "9": ["g", "q"],
}
EMOJI = ["💋", "🌹", "✨", "🔥", "💦", "❤️", "😘", "🍓", "💕", "🌸", "👄", "⭐"]


def lookalike(d: str, kind: int) -> str:
    n = int(d)
    if kind == 0:
        return chr(0xFF10 + n)  # fullwidth
    if kind == 1:
        return chr(0x1D7CE + n)  # mathematical bold
    if kind == 2:
        return chr(0x1D7D8 + n)  # double-struck
    if kind == 3:
        return "⓪" if n == 0 else chr(0x2460 + n - 1)  # circled
    if kind == 4:
        return chr(0x0660 + n)  # Arabic-Indic
    return d + "\ufe0f\u20e3"  # keycap emoji


def mobile(rng: random.Random, country: str) -> str:
    """A valid mobile number of a country as E.164 (random digits in a mobile range)."""
    for _ in range(200):
        if country == "NO":
            nsn = rng.choice("49") + "".join(rng.choice("0123456789") for _ in range(7))
            cc = 47
        elif country == "SE":
            nsn = "7" + rng.choice("02369") + "".join(rng.choice("0123456789") for _ in range(7))
            cc = 46
        elif country == "DK":
            nsn = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(7))
            cc = 45
        else:
            cc, prefixes, length = FOREIGN[country]
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
    """A valid fixed-line number (a site's or a parlour's own line)."""
    for _ in range(500):
        if country == "NO":
            nsn, cc = rng.choice(["2", "3", "5", "6", "7"]) + "".join(rng.choice("0123456789") for _ in range(7)), 47
        elif country == "SE":
            nsn, cc = rng.choice(["8", "31", "40", "18"]) + "".join(rng.choice("0123456789") for _ in range(7)), 46
        else:
            nsn, cc = rng.choice(["3", "4", "7", "8", "9"]) + "".join(rng.choice("0123456789") for _ in range(7)), 45
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num):
            return f"+{cc}{nsn}"
    raise RuntimeError(f"no landline for {country}")


def cc_nsn(e164: str) -> tuple[str, str]:
    num = phonenumbers.parse(e164)
    return str(num.country_code), phonenumbers.national_significant_number(num)


def country_of(e164: str) -> str:
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or "ZZ"


def national_form(rng: random.Random, e164: str) -> str:
    """How a Nordic number is written at home, without a country code."""
    cc, nsn = cc_nsn(e164)
    if cc == "47":
        return rng.choice(
            [
                f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}",
                f"{nsn[:2]} {nsn[2:4]} {nsn[4:6]} {nsn[6:]}",
                f"{nsn[:4]} {nsn[4:]}",
                nsn,
            ]
        )
    if cc == "46":
        n = "0" + nsn
        if len(n) == 10 and n[1] == "7":
            return rng.choice(
                [
                    f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}",
                    f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                    n,
                    f"{n[:3]}-{n[3:]}",
                    f"{n[:3]}/{n[3:6]}{n[6:]}",
                    f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                ]
            )
        return rng.choice([f"{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", n])
    if cc == "45":
        return rng.choice(
            [
                f"{nsn[:2]} {nsn[2:4]} {nsn[4:6]} {nsn[6:]}",
                f"{nsn[:4]} {nsn[4:]}",
                nsn,
                f"{nsn[:2]}-{nsn[2:4]}-{nsn[4:6]}-{nsn[6:]}",
                f"{nsn[:2]}.{nsn[2:4]}.{nsn[4:6]}.{nsn[6:]}",
            ]
        )
    return intl_form(rng, e164)


def _group(nsn: str, rng: random.Random) -> str:
    if len(nsn) <= 8:
        return rng.choice([f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}", f"{nsn[:2]} {nsn[2:4]} {nsn[4:6]} {nsn[6:]}", nsn])
    if len(nsn) == 9:
        return rng.choice(
            [
                f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}",
                f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                nsn,
            ]
        )
    if len(nsn) == 10:
        return rng.choice(
            [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:4]} {nsn[4:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", nsn]
        )
    return rng.choice([f"{nsn[:2]} {nsn[2:7]}-{nsn[7:]}", f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}", nsn])


def intl_form(rng: random.Random, e164: str, prefix: str | None = None) -> str:
    cc, nsn = cc_nsn(e164)
    pre = prefix or rng.choice(["+", "+", "+", "00", "(+", "+ ", "+", "00", "(+", "+ ", ""])  # "": a bare code
    if pre == "(+":
        return f"(+{cc}) {_group(nsn, rng)}"
    if cc == "46" and rng.random() < 0.3:
        return f"{pre}{cc} (0){_group(nsn, rng)}"
    sep = rng.choice([" ", " ", "", "-", "."])
    if pre == "":
        sep = rng.choice([" ", ""])
    return f"{pre}{cc}{sep}{_group(nsn, rng)}"
