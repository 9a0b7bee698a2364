"""Fixed data of the ninth blind corpus: SIM plans, nationalities, names, cities and number words.

Everything here is invented or generic (common first names, real city and district names, public number
plans); no person, number or site is real."""

from __future__ import annotations

# country -> (calling code, mobile prefixes, national significant number length). Numbers are drawn at
# random inside these prefixes and kept only when `phonenumbers` calls them valid mobiles. No fiction range
# fits: Ofcom's drama range 07700 900xxx is invalid to `phonenumbers`, Sweden's 070-17406xx holds 100 numbers.
SIM: dict[str, tuple[str, tuple[str, ...], int]] = {
    "NO": ("47", ("40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"), 8),
    "SE": ("46", ("70", "72", "73", "76", "79"), 9),
    "DK": ("45", ("20", "22", "24", "26", "28", "30", "31", "40", "42", "50", "52", "53", "60", "61", "71", "81"), 8),
    "RO": ("40", ("72", "73", "74", "75", "76", "77"), 9),
    "PL": ("48", ("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"), 9),
    "LT": ("370", ("60", "61", "62", "65", "67", "68", "69"), 8),
    "LV": ("371", ("20", "22", "25", "26", "29"), 8),
    "BG": ("359", ("87", "88", "89"), 9),
    "HU": ("36", ("20", "30", "70"), 9),
    "UA": ("380", ("50", "63", "67", "68", "93", "95", "96", "97", "98"), 9),
    "RU": ("7", ("91", "92", "98"), 10),
    "TH": ("66", ("81", "86", "89", "92", "95", "98", "61", "63"), 9),
    "VN": ("84", ("90", "91", "93", "97", "98", "33", "35"), 9),
    "CN": ("86", ("130", "135", "138", "150", "158", "186", "188"), 11),
    "NG": ("234", ("803", "806", "813", "816", "703", "706", "903", "906"), 10),
    "BR": ("55", ("119", "219", "319"), 11),
    "CO": ("57", ("300", "310", "311", "313", "315", "320"), 10),
    "VE": ("58", ("412", "414", "416", "424"), 10),
    "DO": ("1", ("809", "829", "849"), 10),
    "ES": ("34", ("61", "62", "63", "65", "66", "67", "69"), 9),
    "CZ": ("420", ("60", "72", "73", "77", "79"), 9),
    "AL": ("355", ("67", "68", "69"), 9),
    "PH": ("63", ("917", "918", "920", "927", "995"), 10),
    "GB": ("44", ("74", "75", "78", "79"), 10),
    "EE": ("372", ("51", "52", "53", "55", "56"), 8),
}

# nationality -> (weight, share of persons on a home-country SIM, first names, how ads say where she is from)
NATIONS: dict[str, tuple[float, float, tuple[str, ...], dict[str, str]]] = {
    "RO": (
        15,
        0.55,
        ("Andreea", "Bianca", "Ioana", "Alina", "Roxana", "Denisa", "Larisa", "Madalina"),
        {"no": "rumensk", "sv": "rumänsk", "da": "rumænsk", "en": "Romanian"},
    ),
    "NG": (
        11,
        0.35,
        ("Blessing", "Joy", "Precious", "Favour", "Gift", "Mercy", "Peace", "Success"),
        {"no": "afrikansk", "sv": "afrikansk", "da": "afrikansk", "en": "African"},
    ),
    "TH": (
        10,
        0.45,
        ("Ploy", "Nok", "Fon", "Mai", "Lek", "Dao", "Ying", "Pim", "Noon", "Kwan"),
        {"no": "thai", "sv": "thailändsk", "da": "thai", "en": "Thai"},
    ),
    "PL": (
        6,
        0.5,
        ("Kasia", "Magda", "Ola", "Natalia", "Zuzia", "Paulina"),
        {"no": "polsk", "sv": "polsk", "da": "polsk", "en": "Polish"},
    ),
    "LT": (
        4,
        0.6,
        ("Ieva", "Gabija", "Rugile", "Egle", "Migle"),
        {"no": "litauisk", "sv": "litauisk", "da": "litauisk", "en": "Lithuanian"},
    ),
    "LV": (
        3,
        0.6,
        ("Liga", "Ilze", "Zane", "Elina"),
        {"no": "latvisk", "sv": "lettisk", "da": "lettisk", "en": "Latvian"},
    ),
    "BG": (
        5,
        0.6,
        ("Desi", "Gergana", "Mila", "Yana", "Vesela"),
        {"no": "bulgarsk", "sv": "bulgarisk", "da": "bulgarsk", "en": "Bulgarian"},
    ),
    "HU": (
        3,
        0.6,
        ("Reka", "Dora", "Eszter", "Kitti", "Zsofi"),
        {"no": "ungarsk", "sv": "ungersk", "da": "ungarsk", "en": "Hungarian"},
    ),
    "UA": (
        5,
        0.5,
        ("Oksana", "Yulia", "Daryna", "Sofiia", "Viktoriia"),
        {"no": "ukrainsk", "sv": "ukrainsk", "da": "ukrainsk", "en": "Ukrainian"},
    ),
    "RU": (
        3,
        0.4,
        ("Nastya", "Katya", "Polina", "Alyona", "Vera"),
        {"no": "russisk", "sv": "rysk", "da": "russisk", "en": "Russian"},
    ),
    "VN": (
        4,
        0.4,
        ("Linh", "Trang", "Hoa", "Thu", "Ngoc"),
        {"no": "vietnamesisk", "sv": "vietnamesisk", "da": "vietnamesisk", "en": "Vietnamese"},
    ),
    "CN": (
        3,
        0.5,
        ("Lili", "Mei", "Xiaoyu", "Jing", "Yan"),
        {"no": "kinesisk", "sv": "kinesisk", "da": "kinesisk", "en": "Chinese"},
    ),
    "BR": (
        4,
        0.5,
        ("Luana", "Thais", "Bruna", "Camila", "Jessica"),
        {"no": "brasiliansk", "sv": "brasiliansk", "da": "brasiliansk", "en": "Brazilian"},
    ),
    "CO": (
        3,
        0.55,
        ("Valentina", "Daniela", "Luisa", "Mariana"),
        {"no": "colombiansk", "sv": "colombiansk", "da": "colombiansk", "en": "Colombian"},
    ),
    "VE": (
        2,
        0.55,
        ("Yusmary", "Genesis", "Oriana", "Yaneth"),
        {"no": "latina", "sv": "latina", "da": "latina", "en": "Latina"},
    ),
    "DO": (
        2,
        0.5,
        ("Yokasta", "Rosanna", "Wendy", "Yudelka"),
        {"no": "latina", "sv": "latina", "da": "latina", "en": "Latina"},
    ),
    "ES": (
        2,
        0.55,
        ("Lucia", "Nerea", "Paula", "Alba"),
        {"no": "spansk", "sv": "spansk", "da": "spansk", "en": "Spanish"},
    ),
    "CZ": (
        2,
        0.6,
        ("Tereza", "Klara", "Barbora", "Adela"),
        {"no": "tsjekkisk", "sv": "tjeckisk", "da": "tjekkisk", "en": "Czech"},
    ),
    "AL": (
        2,
        0.5,
        ("Klea", "Ardita", "Elsa", "Xhesika"),
        {"no": "albansk", "sv": "albansk", "da": "albansk", "en": "Albanian"},
    ),
    "PH": (
        2,
        0.45,
        ("Joy", "Angel", "Kristine", "Mae"),
        {"no": "filippinsk", "sv": "filippinsk", "da": "filippinsk", "en": "Filipina"},
    ),
    "NO": (
        5,
        1.0,
        ("Ingrid", "Maren", "Thea", "Silje", "Nora", "Julie"),
        {"no": "norsk", "sv": "norsk", "da": "norsk", "en": "Norwegian"},
    ),
    "SE": (
        5,
        1.0,
        ("Elin", "Moa", "Ebba", "Wilma", "Linnea", "Tilda"),
        {"no": "svensk", "sv": "svensk", "da": "svensk", "en": "Swedish"},
    ),
    "DK": (
        4,
        1.0,
        ("Freja", "Ida", "Signe", "Emma", "Laura", "Mathilde"),
        {"no": "dansk", "sv": "dansk", "da": "dansk", "en": "Danish"},
    ),
}

WORK_NAMES = (
    "Bella",
    "Nikki",
    "Angel",
    "Lola",
    "Mia",
    "Chanel",
    "Dolly",
    "Roxy",
    "Kira",
    "Jade",
    "Luna",
    "Candy",
    "Vanessa",
    "Sasha",
    "Nina",
    "Amber",
    "Cleo",
    "Gigi",
    "Sofia",
    "Tina",
    "Zara",
    "Lexi",
    "Emily",
    "Diana",
)

# canonical city -> (country, spellings, districts/suburbs inside it, landmarks, a postcode pattern)
CITIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "Oslo": (
        "NO",
        ("Oslo", "OSLO", "oslo", "Oslo sentrum"),
        ("Grünerløkka", "Majorstuen", "Frogner", "Tøyen", "Bislett", "Grønland"),
        ("Oslo S", "Aker Brygge", "Karl Johan"),
        "01##",
    ),
    "Bergen": (
        "NO",
        ("Bergen", "BERGEN", "Bergen sentrum"),
        ("Laksevåg", "Fana", "Åsane", "Sandviken"),
        ("Bryggen", "Fløyen"),
        "50##",
    ),
    "Trondheim": (
        "NO",
        ("Trondheim", "TRONDHEIM", "Trondhjem", "Tronheim"),
        ("Møllenberg", "Bakklandet", "Lade"),
        ("Nidarosdomen",),
        "70##",
    ),
    "Stavanger": ("NO", ("Stavanger", "STAVANGER", "Stvg"), ("Madla", "Hillevåg", "Storhaug"), ("Vågen",), "40##"),
    "Kristiansand": ("NO", ("Kristiansand", "Kr.sand", "Krsand"), ("Lund", "Kvadraturen"), ("Markens",), "46##"),
    "Tromsø": ("NO", ("Tromsø", "Tromso", "TROMSØ", "Tromsoe"), ("Tromsdalen",), ("Ishavskatedralen",), "90##"),
    "Drammen": ("NO", ("Drammen", "DRAMMEN"), ("Bragernes", "Strømsø"), (), "30##"),
    "Stockholm": (
        "SE",
        ("Stockholm", "STHLM", "Sthlm", "stockholm", "Stockholms city"),
        ("Södermalm", "Kungsholmen", "Vasastan", "Östermalm", "Söder"),
        ("T-Centralen", "Stureplan", "Odenplan"),
        "11# ##",
    ),
    "Göteborg": (
        "SE",
        ("Göteborg", "Gbg", "Gothenburg", "Goteborg", "GÖTEBORG"),
        ("Majorna", "Hisingen", "Linnéstaden"),
        ("Avenyn", "Nordstan", "Liseberg"),
        "41# ##",
    ),
    "Malmö": (
        "SE",
        ("Malmö", "Malmo", "MALMÖ", "Malmø"),
        ("Möllevången", "Limhamn", "Västra Hamnen"),
        ("Triangeln", "Möllan"),
        "21# ##",
    ),
    "Uppsala": ("SE", ("Uppsala", "UPPSALA"), ("Luthagen", "Svartbäcken"), (), "75# ##"),
    "Västerås": ("SE", ("Västerås", "Vasteras"), (), (), "72# ##"),
    "Örebro": ("SE", ("Örebro", "Orebro"), (), (), "70# ##"),
    "Linköping": ("SE", ("Linköping", "Linkoping"), (), (), "58# ##"),
    "Helsingborg": ("SE", ("Helsingborg", "HBG", "Hbg"), (), (), "25# ##"),
    "København": (
        "DK",
        ("København", "Kbh", "KBH", "Copenhagen", "Köpenhamn", "Kobenhavn", "CPH"),
        ("Vesterbro", "Nørrebro", "Østerbro", "Amager", "Valby", "Sydhavn"),
        ("Hovedbanegården", "Nyhavn", "Istedgade", "Kongens Nytorv"),
        "1###",
    ),
    "Aarhus": ("DK", ("Aarhus", "Århus", "Aarhus C", "AARHUS"), ("Trøjborg", "Frederiksbjerg"), ("Dokk1",), "8000"),
    "Odense": ("DK", ("Odense", "Odense C", "ODENSE"), ("Vollsmose",), (), "5000"),
    "Aalborg": ("DK", ("Aalborg", "Ålborg", "AALBORG"), (), ("Jomfru Ane Gade",), "9000"),
    "Esbjerg": ("DK", ("Esbjerg",), (), (), "6700"),
    "Kolding": ("DK", ("Kolding",), (), (), "6000"),
}

CITY_WEIGHT = {
    "Oslo": 14,
    "Bergen": 5,
    "Trondheim": 3,
    "Stavanger": 3,
    "Kristiansand": 1.5,
    "Tromsø": 1,
    "Drammen": 1,
    "Stockholm": 12,
    "Göteborg": 6,
    "Malmö": 5,
    "Uppsala": 1.5,
    "Västerås": 1,
    "Örebro": 1,
    "Linköping": 1,
    "Helsingborg": 1,
    "København": 13,
    "Aarhus": 4,
    "Odense": 2,
    "Aalborg": 1.5,
    "Esbjerg": 1,
    "Kolding": 0.7,
}

# Danish and Norwegian regions a profile site's "area" field may hold instead of a city
REGION_OF = {
    "Oslo": "Oslo",
    "Bergen": "Vestland",
    "Trondheim": "Trøndelag",
    "Stavanger": "Rogaland",
    "Kristiansand": "Agder",
    "Tromsø": "Troms",
    "Drammen": "Buskerud",
    "København": "Storkøbenhavn",
    "Aarhus": "Østjylland",
    "Odense": "Fyn",
    "Aalborg": "Nordjylland",
    "Esbjerg": "Sydvestjylland",
    "Kolding": "Trekantområdet",
}

DIGIT_WORDS = {
    "no": ("null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"),
    "sv": ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"),
    "da": ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}

_TEENS = {
    "no": ("ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"),
    "sv": ("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"),
    "da": ("ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"),
    "en": (
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
    ),
}
_TENS = {
    "no": ("", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"),
    "sv": ("", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"),
    "da": ("", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"),
    "en": ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
}


def pair_word(two: str, lang: str) -> str:
    """Two digits read as one number the way a speaker of the language reads a phone number in pairs
    (Danish units first: 56 = "seksoghalvtreds"); a leading zero is read as a digit ("null sju")."""
    words = DIGIT_WORDS[lang]
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return f"{words[0]} {words[b]}"
    if a == 1:
        return _TEENS[lang][b]
    tens = _TENS[lang][a]
    if b == 0:
        return tens
    unit = words[b]
    if lang == "da":
        return f"{'en' if b == 1 else unit}og{tens}"
    if lang == "en":
        return f"{tens}-{unit}"
    return f"{tens}{unit}"
