"""Cities as advertisers and sites write them: the canonical name (the truth), the country, and the other
ways the same place appears: ASCII spellings, exonyms in the advertisers' languages, abbreviations,
postal-district suffixes and districts or inner suburbs of the city. Postcodes and streets for addresses."""

from __future__ import annotations

# canonical -> (country, [spellings], [districts and inner suburbs], [(postcode, street)])
CITIES: dict[str, tuple[str, list[str], list[str], list[tuple[str, str]]]] = {
    "Oslo": (
        "NO",
        ["Oslo", "OSLO", "oslo", "Oslo sentrum", "Oslo S", "Osló"],
        ["Frogner", "Majorstuen", "Grünerløkka", "Grunerlokka", "Tøyen", "Bislett", "Skøyen", "Storo", "Gamlebyen"],
        [("0150", "Prinsens gate"), ("0184", "Brugata"), ("0253", "Bygdøy allé"), ("0557", "Thorvald Meyers gate")],
    ),
    "Bergen": (
        "NO",
        ["Bergen", "BERGEN", "Bergen sentrum", "Bergen city"],
        ["Fana", "Åsane", "Laksevåg", "Sandviken", "Nordnes", "Møhlenpris"],
        [("5003", "Strandgaten"), ("5015", "Kong Oscars gate"), ("5055", "Kalfarveien")],
    ),
    "Trondheim": (
        "NO",
        ["Trondheim", "Trondhjem", "TRONDHEIM", "Trd", "Tr.heim"],
        ["Lade", "Heimdal", "Byåsen", "Moholt", "Bakklandet", "Ila"],
        [("7011", "Olav Tryggvasons gate"), ("7030", "Elgeseter gate")],
    ),
    "Stavanger": (
        "NO",
        ["Stavanger", "STAVANGER", "Stavanger sentrum"],
        ["Hillevåg", "Madla", "Storhaug", "Eiganes", "Hundvåg"],
        [("4006", "Klubbgata"), ("4012", "Pedersgata")],
    ),
    "Kristiansand": (
        "NO",
        ["Kristiansand", "Kristiansand S", "Kr.sand", "Krsand", "Kristiansand sentrum"],
        ["Lund", "Vågsbygd", "Randesund"],
        [("4611", "Markens gate"), ("4614", "Dronningens gate")],
    ),
    "Tromsø": (
        "NO",
        ["Tromsø", "Tromso", "Tromsoe", "TROMSØ"],
        ["Tromsdalen", "Kroken"],
        [("9008", "Storgata"), ("9013", "Grønnegata")],
    ),
    "Stockholm": (
        "SE",
        ["Stockholm", "Sthlm", "STHLM", "Stockholm city", "Stokholm", "Estocolmo", "Sztokholm"],
        [
            "Södermalm",
            "Sodermalm",
            "Kungsholmen",
            "Vasastan",
            "Östermalm",
            "Solna",
            "Sundbyberg",
            "Kista",
            "Norrmalm",
            "Hammarby sjöstad",
        ],
        [("111 21", "Drottninggatan"), ("113 46", "Odengatan"), ("118 26", "Götgatan"), ("171 45", "Råsundavägen")],
    ),
    "Göteborg": (
        "SE",
        ["Göteborg", "Goteborg", "Gothenburg", "Gbg", "GBG", "Gøteborg", "Göteborg city", "Goeteborg"],
        ["Hisingen", "Majorna", "Mölndal", "Lindholmen", "Frölunda", "Haga", "Linnéstaden", "Johanneberg"],
        [("411 05", "Kungsgatan"), ("413 04", "Linnégatan"), ("417 55", "Lindholmsallén")],
    ),
    "Malmö": (
        "SE",
        ["Malmö", "Malmo", "Malmoe", "MALMÖ", "Malmö C"],
        ["Limhamn", "Rosengård", "Möllevången", "Västra Hamnen", "Davidshall"],
        [("211 22", "Södra Förstadsgatan"), ("214 21", "Bergsgatan")],
    ),
    "Uppsala": ("SE", ["Uppsala", "UPPSALA", "Upsala"], ["Luthagen", "Gottsunda"], [("753 20", "Kungsgatan")]),
    "Linköping": ("SE", ["Linköping", "Linkoping", "Linköping C"], ["Ryd", "Lambohov"], [("582 24", "Storgatan")]),
    "Örebro": ("SE", ["Örebro", "Orebro", "Oerebro"], ["Vivalla", "Adolfsberg"], [("702 10", "Drottninggatan")]),
    "København": (
        "DK",
        [
            "København",
            "Kobenhavn",
            "Copenhagen",
            "Kbh",
            "KBH",
            "Cph",
            "CPH",
            "København K",
            "København V",
            "Kopenhagen",
            "Copenhaga",
            "Københaven",
        ],
        [
            "Vesterbro",
            "Nørrebro",
            "Norrebro",
            "Østerbro",
            "Frederiksberg",
            "Amager",
            "Valby",
            "Hellerup",
            "Sydhavnen",
            "Nordvest",
        ],
        [("1620", "Vesterbrogade"), ("2200", "Nørrebrogade"), ("2100", "Østerbrogade"), ("1552", "Vester Voldgade")],
    ),
    "Aarhus": (
        "DK",
        ["Aarhus", "Århus", "Arhus", "Aarhus C", "AARHUS"],
        ["Viby J", "Risskov", "Trøjborg", "Frederiksbjerg"],
        [("8000", "Søndergade"), ("8000", "Jægergårdsgade")],
    ),
    "Odense": ("DK", ["Odense", "Odense C", "Odense SØ", "ODENSE"], ["Vollsmose", "Bolbro"], [("5000", "Vestergade")]),
    "Aalborg": (
        "DK",
        ["Aalborg", "Ålborg", "Alborg", "Aalborg C"],
        ["Vejgaard", "Hasseris"],
        [("9000", "Boulevarden")],
    ),
    "Esbjerg": ("DK", ["Esbjerg", "ESBJERG", "Esbjerg V"], ["Jerne"], [("6700", "Kongensgade")]),
}

COUNTRY_CITIES: dict[str, list[str]] = {}
for _c, (_cc, _s, _d, _a) in CITIES.items():
    COUNTRY_CITIES.setdefault(_cc, []).append(_c)

# how often a city is chosen within its country (the capitals dominate)
WEIGHT = {
    "Oslo": 10, "Bergen": 4, "Trondheim": 3, "Stavanger": 3, "Kristiansand": 1, "Tromsø": 1,
    "Stockholm": 10, "Göteborg": 5, "Malmö": 4, "Uppsala": 1, "Linköping": 1, "Örebro": 1,
    "København": 10, "Aarhus": 4, "Odense": 2, "Aalborg": 1, "Esbjerg": 1,
}  # fmt: skip

HOTELS = ["Hotel Nordlys", "Hotell Fjordgløtt", "Grand Hotel Vika", "Hotel Kronan", "Scandic-ish Central",
          "Comfort Kvarter", "City Lodge", "Hotel Havnen", "Bryggen Inn", "Hotel Polar", "Strand Suites",
          "Hotel Birka", "Stationshotellet", "Hotel Amalie", "Airport Inn"]  # fmt: skip

COUNTRY_LANG = {"NO": "no", "SE": "sv", "DK": "da"}
