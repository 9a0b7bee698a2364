"""Cities of the three countries with the ways ads write them: the canonical name (the truth), ASCII
spellings, exonyms in the other languages, abbreviations, districts and a few suburbs of the same urban area."""

from __future__ import annotations

# canonical -> (country, weight, variants by kind)
CITIES: dict[str, tuple[str, int, dict[str, list[str]]]] = {
    "Oslo": (
        "NO",
        30,
        {
            "district": ["Grünerløkka", "Majorstuen", "Frogner", "Tøyen", "Grønland", "Bislett", "St. Hanshaugen"],
            "suburb": ["Sandvika", "Lysaker"],
            "abbr": ["OSL"],
            "exonym": ["Oslo city"],
        },
    ),
    "Bergen": ("NO", 10, {"district": ["Sandviken", "Møhlenpris", "Nygårdshøyden"], "ascii": ["Bergen"]}),
    "Trondheim": ("NO", 7, {"district": ["Bakklandet", "Midtbyen"], "ascii": ["Trondhjem"], "abbr": ["Trd"]}),
    "Stavanger": ("NO", 6, {"district": ["Storhaug", "Våland"]}),
    "Tromsø": ("NO", 3, {"ascii": ["Tromso", "Tromsoe"]}),
    "Kristiansand": ("NO", 3, {"abbr": ["Kr.sand", "Krsand"]}),
    "Drammen": ("NO", 3, {}),
    "Bodø": ("NO", 2, {"ascii": ["Bodo", "Bodoe"]}),
    "Ålesund": ("NO", 2, {"ascii": ["Alesund", "Aalesund"]}),
    "Stockholm": (
        "SE",
        30,
        {
            "district": ["Södermalm", "Östermalm", "Vasastan", "Kungsholmen", "Norrmalm"],
            "suburb": ["Solna", "Sundbyberg"],
            "abbr": ["Sthlm", "STHLM"],
            "ascii": ["Sodermalm", "Ostermalm"],
            "exonym": ["Stokholm", "Estocolmo"],
        },
    ),
    "Göteborg": (
        "SE",
        12,
        {
            "ascii": ["Goteborg", "Goeteborg"],
            "exonym": ["Gothenburg", "Gøteborg"],
            "abbr": ["Gbg", "GBG"],
            "district": ["Hisingen", "Majorna", "Linnéstaden"],
        },
    ),
    "Malmö": ("SE", 10, {"ascii": ["Malmo", "Malmoe"], "district": ["Möllevången", "Limhamn"], "exonym": ["Malmø"]}),
    "Uppsala": ("SE", 4, {"exonym": ["Upsala"]}),
    "Västerås": ("SE", 3, {"ascii": ["Vasteras"]}),
    "Örebro": ("SE", 3, {"ascii": ["Orebro"]}),
    "Linköping": ("SE", 3, {"ascii": ["Linkoping"]}),
    "Helsingborg": ("SE", 3, {"exonym": ["Hälsingborg"]}),
    "Jönköping": ("SE", 2, {"ascii": ["Jonkoping"]}),
    "Umeå": ("SE", 2, {"ascii": ["Umea"]}),
    "Luleå": ("SE", 1, {"ascii": ["Lulea"]}),
    "København": (
        "DK",
        30,
        {
            "ascii": ["Kobenhavn", "Koebenhavn"],
            "exonym": ["Copenhagen", "Köpenhamn", "Kopenhagen"],
            "abbr": ["Kbh", "KBH", "Cph", "Kbh. K", "København V"],
            "district": ["Nørrebro", "Vesterbro", "Østerbro", "Amager", "Frederiksberg", "Valby"],
            "suburb": ["Hellerup"],
        },
    ),
    "Aarhus": (
        "DK",
        10,
        {"exonym": ["Århus"], "ascii": ["Arhus"], "abbr": ["Aarhus C"], "district": ["Trøjborg", "Frederiksbjerg"]},
    ),
    "Odense": ("DK", 5, {"abbr": ["Odense C", "Odense M"]}),
    "Aalborg": ("DK", 4, {"exonym": ["Ålborg"], "ascii": ["Alborg"]}),
    "Esbjerg": ("DK", 2, {}),
    "Kolding": ("DK", 2, {}),
    "Vejle": ("DK", 1, {}),
    "Randers": ("DK", 1, {}),
}

REGION_FIELD = {  # what a site's region selector says for a city, when it gives a region and not the city
    "Oslo": ["Oslo", "Oslo og omegn", "Østlandet"],
    "Bergen": ["Vestland", "Bergen og omegn"],
    "Trondheim": ["Trøndelag"],
    "Stavanger": ["Rogaland"],
    "Tromsø": ["Troms"],
    "Kristiansand": ["Agder"],
    "Drammen": ["Buskerud"],
    "Bodø": ["Nordland"],
    "Ålesund": ["Møre og Romsdal"],
    "Stockholm": ["Stockholms län", "Stor-Stockholm"],
    "Göteborg": ["Västra Götaland"],
    "Malmö": ["Skåne"],
    "Uppsala": ["Uppsala län"],
    "Västerås": ["Västmanland"],
    "Örebro": ["Örebro län"],
    "Linköping": ["Östergötland"],
    "Helsingborg": ["Skåne"],
    "Jönköping": ["Småland"],
    "Umeå": ["Västerbotten"],
    "Luleå": ["Norrbotten"],
    "København": ["Region Hovedstaden", "Storkøbenhavn", "Sjælland"],
    "Aarhus": ["Østjylland", "Midtjylland"],
    "Odense": ["Fyn"],
    "Aalborg": ["Nordjylland"],
    "Esbjerg": ["Sydvestjylland"],
    "Kolding": ["Trekantområdet"],
    "Vejle": ["Trekantområdet"],
    "Randers": ["Østjylland"],
}

STREETS = {
    "NO": ["Storgata", "Karl Johans gate", "Thorvald Meyers gate", "Bogstadveien", "Kongens gate", "Dronningens gate"],
    "SE": ["Drottninggatan", "Götgatan", "Kungsgatan", "Sveavägen", "Storgatan", "Hornsgatan"],
    "DK": ["Istedgade", "Nørrebrogade", "Vesterbrogade", "Jægersborggade", "Søndergade", "Strøget"],
}
POSTCODE = {  # (first digits, length) of a plausible postal code per city's country
    "NO": 4,
    "SE": 5,
    "DK": 4,
}
HOTELS = [
    "Hotel Aurora",
    "Comfort Hotel Central",
    "Scandic Park",
    "Thon Hotel Opera",
    "Hotel Nordlys",
    "Quality Hotel Harbour",
    "Hotel Kongen",
    "First Hotel Star",
    "Cabinn Metro",
    "Best Western Plus Oscar",
]
