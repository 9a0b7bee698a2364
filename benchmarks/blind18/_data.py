"""Word lists of the eighteenth blind corpus: cities with the spellings its writers use, names, nationalities,
the sentences women and controllers write (as parts a voice combines), minors' cues and recruitment lines. Data
only, so that a reader sees what the corpus can say without reading its page code."""

from __future__ import annotations

# canonical name -> (country, spellings a writer uses; the first is the canonical one)
CITIES: dict[str, tuple[str, list[str]]] = {
    "Oslo": ("NO", ["Oslo", "Oslo sentrum", "OSLO"]),
    "Bergen": ("NO", ["Bergen", "Bergen sentrum"]),
    "Trondheim": ("NO", ["Trondheim", "Trd"]),
    "Stavanger": ("NO", ["Stavanger", "Stvg"]),
    "Kristiansand": ("NO", ["Kristiansand", "Krsand"]),
    "Tromsø": ("NO", ["Tromsø", "Tromso"]),
    "Drammen": ("NO", ["Drammen"]),
    "Bodø": ("NO", ["Bodø"]),
    "Stockholm": ("SE", ["Stockholm", "Sthlm"]),
    "Göteborg": ("SE", ["Göteborg", "Gbg", "Gothenburg", "Goteborg"]),
    "Malmö": ("SE", ["Malmö", "Malmo"]),
    "Uppsala": ("SE", ["Uppsala"]),
    "Västerås": ("SE", ["Västerås"]),
    "Örebro": ("SE", ["Örebro"]),
    "Linköping": ("SE", ["Linköping"]),
    "Umeå": ("SE", ["Umeå"]),
    "København": ("DK", ["København", "Copenhagen", "Kbh", "CPH"]),
    "Aarhus": ("DK", ["Aarhus", "Århus", "Aarhus C"]),
    "Odense": ("DK", ["Odense", "Odense C"]),
    "Aalborg": ("DK", ["Aalborg", "Ålborg"]),
    "Esbjerg": ("DK", ["Esbjerg"]),
    "Kolding": ("DK", ["Kolding"]),
}
# how often an ad is placed in a city (big cities more)
CITY_WEIGHT: dict[str, float] = {
    "Oslo": 9, "Bergen": 4, "Trondheim": 3, "Stavanger": 3, "Kristiansand": 1.5, "Tromsø": 1, "Drammen": 1.2,
    "Bodø": 0.6, "Stockholm": 9, "Göteborg": 5, "Malmö": 4, "Uppsala": 1.5, "Västerås": 1, "Örebro": 1,
    "Linköping": 1, "Umeå": 0.7, "København": 8, "Aarhus": 3.5, "Odense": 2, "Aalborg": 1.5, "Esbjerg": 0.8,
    "Kolding": 0.7,
}  # fmt: skip
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}

NAMES = [
    "Alina", "Bianca", "Carla", "Dana", "Elira", "Fiona", "Gabi", "Hana", "Ilona", "Jade", "Kira", "Lea", "Mira",
    "Nadia", "Olivia", "Petra", "Queen", "Rita", "Sabrina", "Tina", "Uma", "Vera", "Wendy", "Ximena", "Yara",
    "Zoe", "Amira", "Bella", "Cleo", "Diana", "Erika", "Flora", "Gina", "Helena", "Iris", "Julia", "Katya",
    "Luna", "Maja", "Nina", "Oksana", "Paula", "Roxy", "Sandra", "Tara", "Valentina", "Wiktoria", "Yasmin",
    "Zara", "Adela", "Bea", "Celine", "Dora", "Ella", "Fanny", "Greta", "Hedda", "Ines", "Jasmin", "Kamila",
    "Lola", "Mona", "Nora", "Ola", "Pia", "Rosa", "Sofia", "Tanja", "Ulla", "Viki", "Noor", "Ling", "Mai",
    "Nok", "Pim", "Dao", "Angel", "Crystal", "Honey", "Summer", "Jenny", "Lily", "Ruby", "Stella", "Violetta",
]  # fmt: skip
NATIONALITIES = [
    "romanian", "bulgarian", "polish", "lithuanian", "latvian", "ukrainian", "hungarian", "spanish", "brazilian",
    "colombian", "venezuelan", "nigerian", "thai", "vietnamese", "chinese", "filipina", "czech", "slovak",
    "albanian", "moldovan", "russian", "norwegian", "swedish", "danish", "dominican", "italian",
]  # fmt: skip
# where a foreign woman's own number may come from (country calling region, its share)
ABROAD = {
    "romanian": "RO", "bulgarian": "BG", "polish": "PL", "lithuanian": "LT", "latvian": "LV", "ukrainian": "UA",
    "hungarian": "HU", "spanish": "ES", "thai": "TH", "czech": "CZ", "italian": "IT", "albanian": "AL",
}  # fmt: skip

# the parts of a woman's sentences per language: opening, a middle about her and a closing; a voice joins one of
# each with her name and word choices, so two women rarely write the same sentence (the generator makes sure)
OPEN = {
    "no": ["Hei, jeg heter", "Hallo, her er", "Hei søte, jeg er", "God kveld, dette er", "Heisann, mitt navn er"],
    "sv": ["Hej, jag heter", "Hallå, här är", "Hej älskling, jag är", "God kväll, det är", "Tjena, mitt namn är"],
    "da": ["Hej, jeg hedder", "Halløj, her er", "Hej skat, jeg er", "God aften, det er", "Hej med dig, jeg er"],
    "en": ["Hi, my name is", "Hello, this is", "Hey darling, I am", "Good evening, it is", "Hi there, I'm"],
}
ADJ = {
    "no": ["søt", "leken", "rolig", "varm", "slank", "kurvete", "blid", "elegant", "naturlig", "ny"],
    "sv": ["söt", "lekfull", "lugn", "varm", "smal", "kurvig", "glad", "elegant", "naturlig", "ny"],
    "da": ["sød", "legesyg", "rolig", "varm", "slank", "kurvet", "glad", "elegant", "naturlig", "ny"],
    "en": ["sweet", "playful", "calm", "warm", "slim", "curvy", "happy", "elegant", "natural", "new"],
}
NOUN = {
    "no": ["jente", "dame", "massøse", "student", "turist", "venninne"],
    "sv": ["tjej", "kvinna", "massös", "student", "turist", "väninna"],
    "da": ["pige", "kvinde", "massøse", "studerende", "turist", "veninde"],
    "en": ["girl", "lady", "masseuse", "student", "tourist", "companion"],
}
MIDDLE = {
    "no": [
        "Jeg tar imot i rolig leilighet med {a} stemning",
        "Jeg gir {a} massasje og god tid",
        "Diskresjon er viktig for meg, kom som du er og bli {a}",
        "Jeg er her bare noen få dager, så skynd deg, {a} venn",
        "Nydelig {a} kropp og hyggelig prat",
        "Ring helst på kvelden, jeg svarer {a} og raskt",
    ],
    "sv": [
        "Jag tar emot i en lugn lägenhet med {a} stämning",
        "Jag ger {a} massage och tar god tid",
        "Diskretion är viktigt för mig, kom som du är och bli {a}",
        "Jag är här bara några dagar, så skynda dig, {a} vän",
        "Underbar {a} kropp och trevligt sällskap",
        "Ring helst på kvällen, jag svarar {a} och snabbt",
    ],
    "da": [
        "Jeg tager imod i en rolig lejlighed med {a} stemning",
        "Jeg giver {a} massage og god tid",
        "Diskretion er vigtigt for mig, kom som du er og bliv {a}",
        "Jeg er her kun et par dage, så skynd dig, {a} ven",
        "Dejlig {a} krop og hyggelig snak",
        "Ring helst om aftenen, jeg svarer {a} og hurtigt",
    ],
    "en": [
        "I receive in a quiet flat with a {a} mood",
        "I give {a} massage and take my time",
        "Discretion matters to me, come as you are and leave {a}",
        "I am here only a few days, so hurry, {a} friend",
        "Lovely {a} body and nice conversation",
        "Call me in the evening, I answer {a} and fast",
    ],
}
CLOSE = {
    "no": ["Kyss fra", "Klem fra", "Vi ses, hilsen", "Ha en fin dag, fra", "Venter på deg, din"],
    "sv": ["Puss från", "Kram från", "Vi ses, hälsningar", "Ha en fin dag, från", "Väntar på dig, din"],
    "da": ["Kys fra", "Knus fra", "Vi ses, hilsen", "Hav en god dag, fra", "Venter på dig, din"],
    "en": ["Kisses from", "Hugs from", "See you, love", "Have a nice day, from", "Waiting for you, your"],
}
# controllers' boilerplate (agency, clinic), each controller picks its own words into these frames
AGENCY = {
    "no": ["{n} formidler bare {a} og seriøse damer", "Hos {n} får du alltid {a} service"],
    "sv": ["{n} förmedlar bara {a} och seriösa damer", "Hos {n} får du alltid {a} service"],
    "da": ["{n} formidler kun {a} og seriøse damer", "Hos {n} får du altid {a} service"],
    "en": ["{n} only represents {a} and serious ladies", "At {n} you always get {a} service"],
}
CLINIC = {
    "no": ["{n} tilbyr {a} thaimassasje i hyggelige lokaler", "Velkommen til {n}, din {a} klinikk"],
    "sv": ["{n} erbjuder {a} thaimassage i trevliga lokaler", "Välkommen till {n}, din {a} klinik"],
    "da": ["{n} tilbyder {a} thaimassage i hyggelige lokaler", "Velkommen til {n}, din {a} klinik"],
    "en": ["{n} offers {a} Thai massage in nice rooms", "Welcome to {n}, your {a} clinic"],
}
AGENCY_NAMES = [
    "Nordlys Models", "Velvet Nord", "Aurora Companions", "Fjord Elite", "Silk Road Dates", "Baltic Rose",
    "Midnight Sol", "Crown Escorts", "Blue Lagoon Girls", "Ivory Club", "Scarlet Line", "Polar Angels",
]  # fmt: skip
CLINIC_NAMES = [
    "Sabai Spa", "Lotus Thai Massage", "Orchid Wellness", "Bamboo Touch", "Siam Garden", "Jasmin Thai",
    "Golden Hands", "Chiang Mai Spa", "Rice Field Massage", "Krabi Relax",
]  # fmt: skip
# what a girl under 18 who states 18 or 19 lets slip
MINOR_CUES = {
    "no": ["nettopp fylt 18", "bor fortsatt hjemme", "ferdig med vgs snart", "helt ny og uerfaren"],
    "sv": ["fyllde precis 18", "bor fortfarande hemma", "tar studenten snart", "helt ny och oerfaren"],
    "da": ["lige fyldt 18", "bor stadig hjemme", "bliver student snart", "helt ny og uerfaren"],
    "en": ["just turned 18", "still live with my mum", "finishing school soon", "brand new, no experience"],
}
RECRUIT = {
    "no": ["Vi søker flere {a} damer til å jobbe med oss, bolig og reise ordnes", "Ny i bransjen og {a}, bli med oss"],
    "sv": [
        "Vi söker fler {a} tjejer som vill jobba med oss, boende och resa ordnas",
        "Ny i branschen och {a}, häng med oss",
    ],
    "da": ["Vi søger flere {a} piger til at arbejde med os, bolig og rejse ordnes", "Ny i branchen og {a}, kom med os"],
    "en": [
        "We are looking for more {a} girls to work with us, housing and travel arranged",
        "New to this and {a}, join us",
    ],
}
AGE_WORD = {"no": "år", "sv": "år", "da": "år", "en": "years"}
CALL = {"no": "Ring eller sms", "sv": "Ring eller sms:a", "da": "Ring eller sms", "en": "Call or text"}
BOOK = {"no": "Booking", "sv": "Bokning", "da": "Booking", "en": "Booking"}
MAIL = {"no": "E-post", "sv": "Mejl", "da": "Mail", "en": "E-mail"}
IN = {"no": "i", "sv": "i", "da": "i", "en": "in"}
NOW = {"no": "nå", "sv": "nu", "da": "nu", "en": "now"}
EMAIL_DOMAINS = ["fjordpost.no", "mejlo.se", "postkassen.dk", "lunamail.com", "rosepost.eu", "snowbox.net"]
