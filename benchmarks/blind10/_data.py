"""Word lists of the tenth blind corpus: cities and how they are written, nationalities, names, digit words,
and the short sentences the ads are built from (sv/no/da/en). All names, numbers and sites are invented."""

from __future__ import annotations

#: canonical city -> country (the 21 cities the corpus uses; spellings checked with `kartlegg extract`)
CITY_COUNTRY = {
    "Oslo": "NO", "Bergen": "NO", "Trondheim": "NO", "Stavanger": "NO", "Kristiansand": "NO", "Tromsø": "NO",
    "Drammen": "NO", "Stockholm": "SE", "Göteborg": "SE", "Malmö": "SE", "Uppsala": "SE", "Västerås": "SE",
    "Örebro": "SE", "Linköping": "SE", "Helsingborg": "SE", "København": "DK", "Aarhus": "DK", "Odense": "DK",
    "Aalborg": "DK", "Esbjerg": "DK", "Kolding": "DK",
}  # fmt: skip
#: how often a city is where an ad is (big cities dominate the real market)
CITY_WEIGHT = {
    "Oslo": 14, "Bergen": 5, "Trondheim": 3, "Stavanger": 3, "Kristiansand": 1.5, "Tromsø": 1, "Drammen": 1.5,
    "Stockholm": 15, "Göteborg": 7, "Malmö": 6, "Uppsala": 2, "Västerås": 1.2, "Örebro": 1.2, "Linköping": 1.2,
    "Helsingborg": 1.5, "København": 14, "Aarhus": 5, "Odense": 2.5, "Aalborg": 2, "Esbjerg": 1, "Kolding": 1,
}  # fmt: skip
#: ways a city is written besides its own name: (text, kind). kinds: spelling, abbrev, district, landmark
CITY_SPELL: dict[str, list[tuple[str, str]]] = {
    "Oslo": [("OSLO", "spelling"), ("Majorstuen", "district"), ("Grünerløkka", "district"), ("Frogner", "district"),
             ("Bislett", "district"), ("Tøyen", "district"), ("Skøyen", "district"), ("Aker Brygge", "landmark"),
             ("Bjørvika", "district"), ("Oslo S", "landmark")],
    "Bergen": [("BERGEN", "spelling"), ("Bryggen", "landmark"), ("Åsane", "district"), ("Laksevåg", "district"),
               ("Fana", "district"), ("Nesttun", "district"), ("Sandviken", "district")],
    "Trondheim": [("Trondhjem", "spelling"), ("Trd", "abbrev"), ("Solsiden", "district"), ("Moholt", "district"),
                  ("Heimdal", "district"), ("Lade", "district")],
    "Stavanger": [("Svg", "abbrev"), ("Madla", "district"), ("Hillevåg", "district"), ("Storhaug", "district")],
    "Kristiansand": [("Krsand", "abbrev"), ("Kr.sand", "abbrev"), ("Kvadraturen", "district")],
    "Tromsø": [("Tromso", "spelling"), ("Tromsoe", "spelling"), ("Tromsdalen", "district")],
    "Drammen": [("Strømsø", "district"), ("Bragernes", "district")],
    "Stockholm": [("Sthlm", "abbrev"), ("STHLM", "abbrev"), ("Södermalm", "district"), ("Östermalm", "district"),
                  ("Vasastan", "district"), ("Kungsholmen", "district"), ("Kista", "district"),
                  ("Gamla stan", "landmark"), ("T-Centralen", "landmark")],
    "Göteborg": [("Gothenburg", "spelling"), ("Goteborg", "spelling"), ("Gbg", "abbrev"), ("Hisingen", "district"),
                 ("Majorna", "district"), ("Linné", "district"), ("Avenyn", "landmark"), ("Nordstan", "landmark")],
    "Malmö": [("Malmo", "spelling"), ("Möllevången", "district"), ("Limhamn", "district"), ("Triangeln", "landmark"),
              ("Västra Hamnen", "district")],
    "Uppsala": [("Upsala", "spelling"), ("Luthagen", "district")],
    "Västerås": [("Vasteras", "spelling")],
    "Örebro": [("Orebro", "spelling")],
    "Linköping": [("Linkoping", "spelling"), ("Lkpg", "abbrev"), ("Ryd", "district")],
    "Helsingborg": [("Hbg", "abbrev"), ("Hälsingborg", "spelling")],
    "København": [("Copenhagen", "spelling"), ("Köpenhamn", "spelling"), ("Kbh", "abbrev"), ("CPH", "abbrev"),
                  ("Vesterbro", "district"), ("Nørrebro", "district"), ("Østerbro", "district"), ("Amager", "district"),
                  ("Valby", "district"), ("Frederiksberg", "district"), ("Nyhavn", "landmark"),
                  ("Istedgade", "landmark")],
    "Aarhus": [("Århus", "spelling"), ("Arhus", "spelling"), ("Frederiksbjerg", "district"), ("Trøjborg", "district")],
    "Odense": [("Odense C", "spelling"), ("Dalum", "district")],
    "Aalborg": [("Ålborg", "spelling"), ("Nørresundby", "district")],
    "Esbjerg": [("Esbjerg Ø", "spelling")],
    "Kolding": [("KOLDING", "spelling")],
}  # fmt: skip
#: a coarser field some sites fill instead of a city (region or county)
CITY_REGION = {
    "Stockholm": "Stockholms län", "Göteborg": "Västra Götaland", "Malmö": "Skåne", "Helsingborg": "Skåne",
    "København": "Region Hovedstaden", "Aarhus": "Region Midtjylland", "Oslo": "Oslo og Viken",
    "Bergen": "Vestland", "Trondheim": "Trøndelag",
}  # fmt: skip
POSTCODE = {
    "Oslo": ["0155", "0166", "0354", "0464", "0250"], "Bergen": ["5003", "5015", "5035"], "Trondheim": ["7010", "7030"],
    "Stavanger": ["4006", "4010"], "Kristiansand": ["4611"], "Tromsø": ["9008"], "Drammen": ["3015"],
    "Stockholm": ["111 57", "113 46", "118 20", "164 40"], "Göteborg": ["411 05", "413 04"],
    "Malmö": ["211 22", "214 21"],
    "Uppsala": ["753 20"], "Västerås": ["722 15"], "Örebro": ["702 10"], "Linköping": ["582 24"],
    "Helsingborg": ["252 21"], "København": ["1620", "2200", "1050", "2100"], "Aarhus": ["8000"], "Odense": ["5000"],
    "Aalborg": ["9000"], "Esbjerg": ["6700"], "Kolding": ["6000"],
}  # fmt: skip
STREETS = {
    "NO": ["Storgata", "Thorvald Meyers gate", "Bogstadveien", "Kongens gate", "Olav Vs gate", "Nygårdsgaten"],
    "SE": ["Drottninggatan", "Götgatan", "Sveavägen", "Kungsgatan", "Södra Förstadsgatan", "Linnégatan"],
    "DK": ["Istedgade", "Vesterbrogade", "Nørrebrogade", "Amagerbrogade", "Strøget", "Jægergårdsgade"],
}

#: nationality -> (phone region, demonym en, flag, home-SIM probability, name pool, languages spoken)
NATIONS: dict[str, tuple[str, str, str, float, list[str]]] = {
    "NO": ("NO", "Norwegian", "🇳🇴", 1.0, ["Ingrid", "Nora", "Thea", "Maja", "Sofie", "Ida", "Emilie", "Hedda"]),
    "SE": ("SE", "Swedish", "🇸🇪", 1.0, ["Elin", "Moa", "Wilma", "Alva", "Linnea", "Saga", "Tilde", "Felicia"]),
    "DK": ("DK", "Danish", "🇩🇰", 1.0, ["Freja", "Signe", "Laerke", "Mathilde", "Cecilie", "Karla", "Josefine"]),
    "RO": ("RO", "Romanian", "🇷🇴", 0.55, ["Ioana", "Andreea", "Bianca", "Roxana", "Denisa", "Alexandra", "Larisa"]),
    "BG": ("BG", "Bulgarian", "🇧🇬", 0.5, ["Desislava", "Gergana", "Yana", "Radostina", "Nikoleta", "Viktoria"]),
    "HU": ("HU", "Hungarian", "🇭🇺", 0.5, ["Réka", "Dóra", "Zsófia", "Nikolett", "Eszter", "Vivien"]),
    "PL": ("PL", "Polish", "🇵🇱", 0.45, ["Kasia", "Zuzanna", "Natalia", "Oliwia", "Wiktoria", "Paulina"]),
    "LT": ("LT", "Lithuanian", "🇱🇹", 0.5, ["Gabija", "Ieva", "Rugile", "Austeja", "Emilija", "Greta"]),
    "LV": ("LV", "Latvian", "🇱🇻", 0.5, ["Alina", "Elza", "Marta", "Katrina", "Liga", "Santa"]),
    "UA": ("UA", "Ukrainian", "🇺🇦", 0.6, ["Oksana", "Yuliia", "Daryna", "Sofiia", "Kateryna", "Anastasiia"]),
    "MD": ("MD", "Moldovan", "🇲🇩", 0.6, ["Cristina", "Mihaela", "Doina", "Nicoleta", "Irina"]),
    "TH": ("TH", "Thai", "🇹🇭", 0.3, ["Ploy", "Nok", "Fah", "Mai", "Dao", "Ying", "Pim", "Lek"]),
    "VN": ("VN", "Vietnamese", "🇻🇳", 0.3, ["Linh", "Trang", "Huong", "Ngoc", "Thao", "Lan"]),
    "CN": ("CN", "Chinese", "🇨🇳", 0.25, ["Mei", "Lili", "Xiu", "Yan", "Jing", "Ling"]),
    "PH": ("PH", "Filipina", "🇵🇭", 0.35, ["Joy", "Angel", "Kristine", "Mika", "Jasmine", "Rose"]),
    "BR": ("BR", "Brazilian", "🇧🇷", 0.6, ["Bruna", "Larissa", "Camila", "Thaís", "Giovanna", "Rafaela"]),
    "CO": ("CO", "Colombian", "🇨🇴", 0.55, ["Valentina", "Daniela", "Mariana", "Luisa", "Catalina"]),
    "VE": ("VE", "Venezuelan", "🇻🇪", 0.55, ["Génesis", "Yelitza", "Oriana", "Barbara", "Dayana"]),
    "DO": ("DO", "Dominican", "🇩🇴", 0.5, ["Yokasta", "Massiel", "Yaritza", "Anyelina", "Rosanna"]),
    "NG": ("NG", "Nigerian", "🇳🇬", 0.5, ["Blessing", "Joy", "Precious", "Favour", "Gift", "Peace"]),
    "KE": ("KE", "Kenyan", "🇰🇪", 0.5, ["Wanjiru", "Akinyi", "Njeri", "Achieng", "Mercy"]),
    "ES": ("ES", "Spanish", "🇪🇸", 0.6, ["Lucía", "Paula", "Nerea", "Carla", "Alba", "Irene"]),
    "CZ": ("CZ", "Czech", "🇨🇿", 0.5, ["Tereza", "Klára", "Veronika", "Barbora", "Adéla"]),
    "AL": ("AL", "Albanian", "🇦🇱", 0.55, ["Ardita", "Elira", "Besjana", "Klea", "Jonida"]),
}
#: how many of the persons are of each nationality (share of the foreign-born reflects NGO reports: most are
#: migrants, East Europeans and Thai first; the Nordic-born are a minority of the ads)
NATION_WEIGHT = {
    "NO": 5, "SE": 6, "DK": 5, "RO": 12, "BG": 6, "HU": 6, "PL": 4, "LT": 3, "LV": 3, "UA": 5, "MD": 2, "TH": 10,
    "VN": 3, "CN": 3, "PH": 2, "BR": 6, "CO": 4, "VE": 2, "DO": 3, "NG": 6, "KE": 2, "ES": 3, "CZ": 2, "AL": 2,
}  # fmt: skip
NICK = ["Bella", "Kitty", "Candy", "Angel", "Lola", "Mimi", "Bunny", "Lexi", "Coco", "Honey", "Roxy", "Vicky"]

DIGIT_WORDS = {
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
#: the tens words used by "masked hint" ("5XX - XX = sekstisju")
TENS = {
    "no": ["", "ti", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
    "sv": ["", "tio", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
    "da": ["", "ti", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"],
    "en": ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}
PLUS = {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
CURRENCY = {"NO": "kr", "SE": "kr", "DK": "kr."}
CUR_CODE = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}

#: sentence banks: {lang: [...]}; {name}, {age}, {city}, {nat} are filled in
ABOUT = {
    "no": ["Søt og blid jente, {age} år, nylig kommet til {city}.", "Jeg er {name}, {nat}, diskré og hyggelig.",
           "Elsker god mat, reiser og gode samtaler.", "Helt ny her – vær snill 😇",
           "Ekte bilder, ingen overraskelser.",
           "Jeg tar meg god tid, ingen stress.", "Kun seriøse henvendelser, ingen skjult nummer.",
           "Student som trenger litt ekstra ved siden av studiene.", "Jeg snakker litt norsk og godt engelsk."],
    "sv": ["Glad och social tjej, {age} år, ny i {city}.", "Jag heter {name}, {nat}, diskret och trevlig.",
           "Älskar resor, god mat och långa samtal.", "Helt ny här – var snäll 😇", "Äkta bilder, inga överraskningar.",
           "Jag tar mig tid, ingen stress.", "Endast seriösa, inga dolda nummer.",
           "Student som behöver lite extra vid sidan av plugget.", "Pratar engelska och lite svenska."],
    "da": ["Sød og glad pige, {age} år, ny i {city}.", "Jeg hedder {name}, {nat}, diskret og rar.",
           "Elsker rejser, god mad og lange snakke.", "Helt ny her – vær sød 😇", "Ægte billeder, ingen overraskelser.",
           "Jeg tager mig god tid, ingen stress.", "Kun seriøse henvendelser, ingen skjulte numre.",
           "Studerende der mangler lidt ekstra ved siden af studiet.", "Jeg taler engelsk og lidt dansk."],
    "en": ["Sweet and friendly girl, {age}, new in {city}.", "I am {name}, {nat}, discreet and elegant.",
           "I love travel, good food and long talks.", "Brand new here – be gentle 😇", "Real photos, no surprises.",
           "I take my time, never rushed.", "Serious gentlemen only, no hidden numbers.",
           "Student looking for a generous friend.", "I speak English and a little Spanish."],
}  # fmt: skip
CALL = {
    "no": ["Ring eller SMS", "Kontakt meg på", "Tlf", "Mob.", "Ring meg", "Kun SMS", "📞", "Nummer"],
    "sv": ["Ring eller sms:a", "Kontakta mig på", "Tel", "Mobil", "Ring mig", "Endast sms", "📞", "Nummer"],
    "da": ["Ring eller sms", "Kontakt mig på", "Tlf", "Mobil", "Ring til mig", "Kun sms", "📞", "Nummer"],
    "en": ["Call or text", "Contact me on", "Tel", "Mobile", "Call me", "Text only", "📞", "Number"],
}  # fmt: skip
NO_CONTACT = {
    "no": "Skriv til meg her inne 💌", "sv": "Skriv till mig här inne 💌", "da": "Skriv til mig herinde 💌",
    "en": "Message me here first 💌",
}  # fmt: skip
NEW_NUMBER = {
    "no": "NYTT NUMMER! Gammelt nr virker ikke:", "sv": "NYTT NUMMER! Gamla numret funkar inte:",
    "da": "NYT NUMMER! Det gamle virker ikke:", "en": "NEW NUMBER! old one is dead:",
}  # fmt: skip
NEXT_STOP = {
    "no": "Neste uke: {city}", "sv": "Nästa vecka: {city}", "da": "Næste uge: {city}", "en": "Next week: {city}",
}  # fmt: skip
WAS_IN = {
    "no": "(var i {city} forrige uke)", "sv": "(var i {city} förra veckan)", "da": "(var i {city} sidste uge)",
    "en": "(was in {city} last week)",
}  # fmt: skip
MINOR_HINT = {
    "no": ["Helt ny og ung 🌱", "Går fortsatt på skolen, så kun kvelder", "baby face 🍼", "første gang!"],
    "sv": ["Helt ny och ung 🌱", "Går fortfarande i skolan, bara kvällar", "baby face 🍼", "första gången!"],
    "da": ["Helt ny og ung 🌱", "Går stadig i skole, kun aftener", "baby face 🍼", "første gang!"],
    "en": ["Fresh and young 🌱", "still in school so evenings only", "baby face 🍼", "first time ever!"],
}  # fmt: skip
FILLER = {
    "no": ["Hygienisk og ryddig leilighet.", "Dusj tilgjengelig.", "Ingen rus.", "Parkering i nærheten.",
           "Jeg svarer så fort jeg kan."],
    "sv": ["Hygienisk och fräsch lägenhet.", "Dusch finns.", "Inga droger.", "Parkering i närheten.",
           "Jag svarar så fort jag kan."],
    "da": ["Hygiejnisk og pæn lejlighed.", "Bad findes.", "Ingen stoffer.", "Parkering tæt på.",
           "Jeg svarer så hurtigt jeg kan."],
    "en": ["Clean and private apartment.", "Shower available.", "No drugs.", "Parking nearby.",
           "I answer as soon as I can."],
}  # fmt: skip
