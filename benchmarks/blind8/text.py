"""Places, names and the advertisers' phrases in the four languages (and the second-language English and
mixed-in words of foreign advertisers)."""

from __future__ import annotations

# canonical city -> (country, written variants (exonyms, ASCII, abbreviations), districts/suburbs, landmarks)
CITIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Oslo": (
        "NO",
        ("Oslo", "OSLO", "oslo", "Oslo sentrum", "Oslo city"),
        ("Grünerløkka", "Majorstuen", "Frogner", "Grønland", "Tøyen", "Storo", "Bjørvika", "Sandvika"),
        ("Aker Brygge", "Oslo S", "Karl Johan", "Operaen"),
    ),
    "Bergen": (
        "NO",
        ("Bergen", "BERGEN", "Bergen sentrum", "Bgo"),
        ("Åsane", "Fana", "Laksevåg", "Sandviken", "Nordnes"),
        ("Bryggen", "Torgallmenningen", "Fløyen"),
    ),
    "Trondheim": (
        "NO",
        ("Trondheim", "Trondhjem", "Tr.heim", "Trd"),
        ("Solsiden", "Bakklandet", "Heimdal", "Moholt"),
        ("Nidarosdomen",),
    ),
    "Stavanger": ("NO", ("Stavanger", "Stvg", "Stavanger sentrum"), ("Madla", "Hillevåg", "Storhaug"), ("Vågen",)),
    "Kristiansand": ("NO", ("Kristiansand", "Kr.sand", "Kristiansand S", "Krsand"), ("Vågsbygd", "Kvadraturen"), ()),
    "Tromsø": ("NO", ("Tromsø", "Tromso", "Tromsoe", "TROMSØ"), ("Tromsdalen",), ()),
    "Drammen": ("NO", ("Drammen", "DRAMMEN"), ("Strømsø", "Bragernes"), ()),
    "Fredrikstad": ("NO", ("Fredrikstad", "Fr.stad", "Fredrikstad sentrum"), ("Gamlebyen",), ()),
    "Stockholm": (
        "SE",
        ("Stockholm", "Sthlm", "STHLM", "Estocolmo", "Stockholm city", "Stokholm"),
        ("Södermalm", "Kungsholmen", "Vasastan", "Östermalm", "Solna", "Sundbyberg", "Norrmalm"),
        ("T-Centralen", "Stureplan", "Globen"),
    ),
    "Göteborg": (
        "SE",
        ("Göteborg", "Goteborg", "Gothenburg", "Gbg", "Gotemburgo", "Gøteborg", "Goeteborg"),
        ("Majorna", "Hisingen", "Linnéstaden", "Haga"),
        ("Avenyn", "Nordstan", "Liseberg"),
    ),
    "Malmö": (
        "SE",
        ("Malmö", "Malmo", "Malmoe", "MALMÖ"),
        ("Möllevången", "Limhamn", "Västra Hamnen", "Rosengård"),
        ("Triangeln", "Turning Torso", "Möllan"),
    ),
    "Uppsala": ("SE", ("Uppsala", "Upsala"), ("Luthagen", "Gottsunda"), ()),
    "Västerås": ("SE", ("Västerås", "Vasteras"), (), ()),
    "Örebro": ("SE", ("Örebro", "Orebro"), (), ()),
    "Linköping": ("SE", ("Linköping", "Linkoping", "Lkpg"), (), ()),
    "Helsingborg": ("SE", ("Helsingborg", "Hbg", "Helsingborg C"), (), ()),
    "Norrköping": ("SE", ("Norrköping", "Norrkoping"), (), ()),
    "Jönköping": ("SE", ("Jönköping", "Jonkoping", "Jkpg"), (), ()),
    "Umeå": ("SE", ("Umeå", "Umea"), (), ()),
    "København": (
        "DK",
        ("København", "Kobenhavn", "Copenhagen", "Kbh", "CPH", "Koebenhavn", "Kopenhagen", "København K", "Copenhague"),
        ("Vesterbro", "Nørrebro", "Østerbro", "Amager", "Valby", "Frederiksberg", "Nordvest"),
        ("Istedgade", "Nyhavn", "Hovedbanegården", "Strøget"),
    ),
    "Aarhus": ("DK", ("Aarhus", "Århus", "Arhus", "Aarhus C"), ("Frederiksbjerg", "Trøjborg", "Viby J"), ()),
    "Odense": ("DK", ("Odense", "Odense C", "ODENSE"), ("Bolbro",), ()),
    "Aalborg": ("DK", ("Aalborg", "Ålborg", "Alborg"), ("Nørresundby",), ()),
    "Esbjerg": ("DK", ("Esbjerg",), (), ()),
    "Kolding": ("DK", ("Kolding",), (), ()),
    "Vejle": ("DK", ("Vejle",), (), ()),
    "Randers": ("DK", ("Randers",), (), ()),
}

CITY_WEIGHT = {
    "Oslo": 30,
    "Bergen": 10,
    "Trondheim": 6,
    "Stavanger": 6,
    "Kristiansand": 3,
    "Tromsø": 2,
    "Drammen": 3,
    "Fredrikstad": 2,
    "Stockholm": 28,
    "Göteborg": 12,
    "Malmö": 9,
    "Uppsala": 3,
    "Västerås": 2,
    "Örebro": 2,
    "Linköping": 2,
    "Helsingborg": 2,
    "Norrköping": 2,
    "Jönköping": 2,
    "Umeå": 1,
    "København": 26,
    "Aarhus": 8,
    "Odense": 4,
    "Aalborg": 3,
    "Esbjerg": 2,
    "Kolding": 1,
    "Vejle": 1,
    "Randers": 1,
}

REGION = {
    "Oslo": ("Østlandet", "Oslo og Akershus"),
    "Bergen": ("Vestland", "Vestlandet"),
    "Trondheim": ("Trøndelag", "Midt-Norge"),
    "Stavanger": ("Rogaland",),
    "Kristiansand": ("Agder", "Sørlandet"),
    "Tromsø": ("Nord-Norge", "Troms"),
    "Drammen": ("Buskerud", "Østlandet"),
    "Fredrikstad": ("Østfold",),
    "Stockholm": ("Stockholms län", "Storstockholm"),
    "Göteborg": ("Västra Götaland", "Västkusten"),
    "Malmö": ("Skåne",),
    "Uppsala": ("Uppland",),
    "Västerås": ("Västmanland",),
    "Örebro": ("Närke",),
    "Linköping": ("Östergötland",),
    "Helsingborg": ("Skåne",),
    "Norrköping": ("Östergötland",),
    "Jönköping": ("Småland",),
    "Umeå": ("Västerbotten", "Norrland"),
    "København": ("Hovedstaden", "Sjælland"),
    "Aarhus": ("Østjylland", "Midtjylland"),
    "Odense": ("Fyn",),
    "Aalborg": ("Nordjylland",),
    "Esbjerg": ("Sydvestjylland",),
    "Kolding": ("Trekantområdet",),
    "Vejle": ("Trekantområdet",),
    "Randers": ("Østjylland",),
}

POSTAL = {
    "Oslo": ("0150", "0250", "0355", "0557", "0182"),
    "Bergen": ("5003", "5015"),
    "Trondheim": ("7010", "7030"),
    "Stavanger": ("4006", "4010"),
    "Kristiansand": ("4608",),
    "Tromsø": ("9008",),
    "Drammen": ("3015",),
    "Fredrikstad": ("1606",),
    "Stockholm": ("111 22", "113 51", "118 46", "114 35"),
    "Göteborg": ("411 05", "413 04"),
    "Malmö": ("211 20", "214 21"),
    "Uppsala": ("753 20",),
    "Västerås": ("722 15",),
    "Örebro": ("702 10",),
    "Linköping": ("582 24",),
    "Helsingborg": ("252 21",),
    "Norrköping": ("602 24",),
    "Jönköping": ("553 18",),
    "Umeå": ("903 26",),
    "København": ("1650", "1620", "2200", "2100", "1799", "2300"),
    "Aarhus": ("8000",),
    "Odense": ("5000",),
    "Aalborg": ("9000",),
    "Esbjerg": ("6700",),
    "Kolding": ("6000",),
    "Vejle": ("7100",),
    "Randers": ("8900",),
}
POSTAL_SUFFIX = {"København": ("V", "K", "N", "Ø", "S")}

STREETS = {
    "NO": (
        "Storgata",
        "Kirkegata",
        "Torggata",
        "Thereses gate",
        "Bogstadveien",
        "Olav Tryggvasons gate",
        "Strandgata",
        "Dronningens gate",
    ),
    "SE": ("Drottninggatan", "Sveavägen", "Kungsgatan", "Götgatan", "Storgatan", "Södra Förstadsgatan", "Linnégatan"),
    "DK": ("Istedgade", "Vesterbrogade", "Nørrebrogade", "Gammel Kongevej", "Søndergade", "Vestergade", "Jernbanegade"),
}
HOTELS = {
    "NO": ("Hotel Nordlys", "Fjordhotellet", "Hotell Bryggekanten", "Sentrum Hotell", "City Lodge"),
    "SE": ("Hotell Kronan", "Hotel Stjärnan", "Hotell Hamnen", "Hotel Centrum", "Hotell Norrsken"),
    "DK": ("Hotel Havnen", "Hotel Kongens", "Hotel Strand", "Hotel City", "Hotel Løven"),
}

FIRST_NAMES = (
    "Anna Bella Carla Diana Elena Flavia Gina Hanna Ioana Jasmin Kira Laura Maria Nora Olga Paula Rita Sara Tina "
    "Vera Wendy Yasmin Zara Alina Bianca Camila Daniela Ema Fiona Gabriela Ilona Julia Karina Lena Monika Natalia "
    "Oksana Patricia Roxana Simona Tamara Valentina Viktoria Adriana Beatriz Cristina Dora Eva Fernanda Isabel "
    "Kamila Larisa Luana Mei Nok Ploy Lin Hoa Mai Joy Blessing Precious Lola Mia Nikki Stella Luna Ruby Jade Lily "
    "Emma Sofie Ida Malin Linnea Tove Freja Signe Astrid Ronja Ingrid Siri Nathalie Andrea Angelica Milena Dasha"
).split()
SUFFIX = ("", "", "", " xx", " 💋", " ❤", " VIP", " (ny)", " Sweet", " Hot", " Thai", " Latina", " Blonde")

NATIONALITY = {
    "RO": ("rumensk", "rumänsk", "rumænsk", "Romanian"),
    "HU": ("ungarsk", "ungersk", "ungarsk", "Hungarian"),
    "BG": ("bulgarsk", "bulgarisk", "bulgarsk", "Bulgarian"),
    "PL": ("polsk", "polsk", "polsk", "Polish"),
    "LT": ("litauisk", "litauisk", "litauisk", "Lithuanian"),
    "LV": ("latvisk", "lettisk", "lettisk", "Latvian"),
    "UA": ("ukrainsk", "ukrainsk", "ukrainsk", "Ukrainian"),
    "TH": ("thai", "thailändsk", "thai", "Thai"),
    "BR": ("brasiliansk", "brasiliansk", "brasiliansk", "Brazilian"),
    "ES": ("spansk", "spansk", "spansk", "Spanish"),
    "NG": ("nigeriansk", "nigeriansk", "nigeriansk", "Nigerian"),
    "CO": ("colombiansk", "colombiansk", "colombiansk", "Colombian"),
    "VE": ("venezuelansk", "venezuelansk", "venezuelansk", "Venezuelan"),
    "IT": ("italiensk", "italiensk", "italiensk", "Italian"),
    "GB": ("britisk", "brittisk", "britisk", "British"),
    "DE": ("tysk", "tysk", "tysk", "German"),
    "EE": ("estisk", "estnisk", "estisk", "Estonian"),
    "CN": ("kinesisk", "kinesisk", "kinesisk", "Chinese"),
    "VN": ("vietnamesisk", "vietnamesisk", "vietnamesisk", "Vietnamese"),
    "NO": ("norsk", "norsk", "norsk", "Norwegian"),
    "SE": ("svensk", "svensk", "svensk", "Swedish"),
    "DK": ("dansk", "dansk", "dansk", "Danish"),
}
LANG_INDEX = {"no": 0, "sv": 1, "da": 2, "en": 3}

# phrases per language: greeting, intro with {name}/{age}/{nat}, availability, call to action (leads a contact)
GREET = {
    "no": ("Hei gutter!", "Hei kjære", "Hallo!", "Heisann", "God kveld", "Hei du"),
    "sv": ("Hej killar!", "Hej älskling", "Hallå!", "Hejsan", "God kväll", "Hej du"),
    "da": ("Hej drenge!", "Hej skat", "Hallo!", "Hejsa", "Godaften", "Hej med dig"),
    "en": ("Hello gentlemen", "Hi guys!", "Hey baby", "Welcome", "Hello darling", "Hi honey"),
}
INTRO = {
    "no": (
        "Jeg heter {name}, {age} år, {nat} jente",
        "Mitt navn er {name}, jeg er {age}",
        "{name} her, {age} år gammel",
        "Ny jente i byen: {name} ({age})",
        "Søt {nat} {name}, {age} år",
    ),
    "sv": (
        "Jag heter {name}, {age} år, {nat} tjej",
        "Mitt namn är {name} och jag är {age}",
        "{name} här, {age} år",
        "Ny tjej i stan: {name} ({age})",
        "Söt {nat} {name}, {age} år",
    ),
    "da": (
        "Jeg hedder {name}, {age} år, {nat} pige",
        "Mit navn er {name}, jeg er {age}",
        "{name} her, {age} år",
        "Ny pige i byen: {name} ({age})",
        "Sød {nat} {name}, {age} år",
    ),
    "en": (
        "My name is {name}, {age} years old, {nat} girl",
        "I am {name}, {age}yo",
        "{name} here, {age} y.o.",
        "New girl in town: {name} ({age})",
        "Sweet {nat} {name}, age {age}",
    ),
}
AVAIL = {
    "no": (
        "Tilgjengelig hele døgnet",
        "Kun innringing, diskret leilighet",
        "Kommer også på hotell",
        "Bare seriøse henvendelser",
        "Ingen skjult nummer",
        "Svarer ikke på SMS",
        "Ring gjerne etter kl 12",
    ),
    "sv": (
        "Tillgänglig dygnet runt",
        "Endast incall, diskret lägenhet",
        "Kommer gärna till hotell",
        "Endast seriösa",
        "Inga dolda nummer",
        "Svarar inte på sms",
        "Ring efter kl 12",
    ),
    "da": (
        "Tilgængelig døgnet rundt",
        "Kun incall, diskret lejlighed",
        "Kommer også på hotel",
        "Kun seriøse henvendelser",
        "Ingen skjulte numre",
        "Svarer ikke på sms",
        "Ring gerne efter kl 12",
    ),
    "en": (
        "Available 24/7",
        "Incall only, discreet apartment",
        "Outcall to hotels",
        "Only serious gentlemen",
        "No hidden numbers",
        "No SMS please",
        "Call after 12 noon",
    ),
}
CALL = {
    "no": ("Ring meg:", "Tlf:", "Kontakt:", "Mob.", "Nummer:", "SMS/ring:", "Ring på"),
    "sv": ("Ring mig:", "Tel:", "Kontakt:", "Mobil:", "Nummer:", "Sms/ring:", "Ring på"),
    "da": ("Ring til mig:", "Tlf.:", "Kontakt:", "Mobil:", "Nummer:", "SMS/ring:", "Ring på"),
    "en": ("Call me:", "Phone:", "Contact:", "Mob:", "Number:", "Text/call:", "Call"),
}
MAIL = {
    "no": ("Mail:", "E-post:", "Skriv til"),
    "sv": ("Mejl:", "E-post:", "Maila"),
    "da": ("Mail:", "E-mail:", "Skriv til"),
    "en": ("Email:", "Mail me:", "E-mail"),
}
NEW_NUMBER = {
    "no": ("NYTT NUMMER!", "Nytt nr fra nå:", "Har byttet nummer"),
    "sv": ("NYTT NUMMER!", "Nytt nr från idag:", "Har bytt nummer"),
    "da": ("NYT NUMMER!", "Nyt nr fra nu:", "Har skiftet nummer"),
    "en": ("NEW NUMBER!", "New number from today:", "Changed my number"),
}
OLD_DEAD = {
    "no": "gammelt nr {} virker ikke",
    "sv": "gamla nr {} fungerar inte",
    "da": "gammelt nr {} virker ikke",
    "en": "old number {} not working",
}
TOUR = {
    "no": (
        "Kun i {c} til {d}, deretter {n}",
        "På besøk i {c} denne uken",
        "Bare noen dager i {c}!",
        "Tilbake i {c} fra {d}",
    ),
    "sv": (
        "Bara i {c} till {d}, sedan {n}",
        "På besök i {c} denna vecka",
        "Bara några dagar i {c}!",
        "Tillbaka i {c} från {d}",
    ),
    "da": (
        "Kun i {c} til {d}, derefter {n}",
        "På besøg i {c} denne uge",
        "Kun få dage i {c}!",
        "Tilbage i {c} fra {d}",
    ),
    "en": (
        "Only in {c} until {d}, then {n}",
        "Visiting {c} this week",
        "Only a few days in {c}!",
        "Back in {c} from {d}",
    ),
}
NEAR = {"no": "rett ved {}", "sv": "nära {}", "da": "tæt på {}", "en": "close to {}"}
NATIVE_BITS = {
    "ro": ("sună-mă", "te aștept", "pupici"),
    "es": ("llámame", "besos", "te espero"),
    "pt": ("me liga", "beijos", "te espero"),
    "pl": ("zadzwoń", "buziaki", "czekam"),
    "hu": ("hívj", "puszi", "várlak"),
    "bg": ("обади се", "целувки", "чакам те"),
    "th": ("ka", "na ka", "welcome ka"),
    "en": ("kisses", "xoxo", "waiting for you"),
}
SERVICES = {
    "no": ("Massasje, klem, kos", "GFE, massasje", "Body to body", "Tantra og avslapning"),
    "sv": ("Massage, kramar, mys", "GFE, massage", "Body to body", "Tantra och avslappning"),
    "da": ("Massage, kram, hygge", "GFE, massage", "Body to body", "Tantra og afslapning"),
    "en": ("Massage, cuddles", "GFE, massage", "Body to body", "Tantra and relaxation"),
}
PAYMENT_NOTE = {"no": "Kun kontant", "sv": "Endast kontant", "da": "Kun kontant", "en": "Cash only"}
HANDLE_LABELS = ("Telegram: @{}", "Snap: {}", "Insta: @{}", "OnlyFans/{}", "Kik: {}", "Signal: {}")
