"""The word stock of blind20: cities with their spellings (districts included), names, nationalities and the slots a
woman's own sentences are built from, in Norwegian, Swedish, Danish and English. Every name and number is invented."""

from __future__ import annotations

#: canonical city -> (country, spellings an ad may use, municipality code the case archive prints)
CITIES: dict[str, tuple[str, list[str], str]] = {
    "Oslo": ("NO", ["Oslo", "Grünerløkka", "Majorstuen"], "0301"),
    "Bergen": ("NO", ["Bergen"], "4601"),
    "Trondheim": ("NO", ["Trondheim"], "5001"),
    "Stavanger": ("NO", ["Stavanger"], "1103"),
    "Tromsø": ("NO", ["Tromsø", "Tromso"], "5501"),
    "Kristiansand": ("NO", ["Kristiansand"], "4204"),
    "Drammen": ("NO", ["Drammen"], "3301"),
    "Stockholm": ("SE", ["Stockholm", "Sthlm", "Solna", "Sundbyberg"], "0180"),
    "Göteborg": ("SE", ["Göteborg", "Gothenburg", "Majorna"], "1480"),
    "Malmö": ("SE", ["Malmö", "Malmo"], "1280"),
    "Uppsala": ("SE", ["Uppsala"], "0380"),
    "Örebro": ("SE", ["Örebro"], "1880"),
    "Helsingborg": ("SE", ["Helsingborg"], "1283"),
    "Västerås": ("SE", ["Västerås"], "1980"),
    "København": ("DK", ["København", "Copenhagen", "Kbh", "Nørrebro", "Frederiksberg"], "0101"),
    "Aarhus": ("DK", ["Aarhus", "Århus"], "0751"),
    "Odense": ("DK", ["Odense"], "0461"),
    "Aalborg": ("DK", ["Aalborg"], "0851"),
    "Esbjerg": ("DK", ["Esbjerg"], "0561"),
}

#: how often a city is an ad's city (the capitals carry the market)
CITY_WEIGHT = {
    "Oslo": 14, "Bergen": 5, "Trondheim": 3, "Stavanger": 3, "Tromsø": 1, "Kristiansand": 1, "Drammen": 1,
    "Stockholm": 15, "Göteborg": 6, "Malmö": 5, "Uppsala": 2, "Örebro": 1, "Helsingborg": 1, "Västerås": 1,
    "København": 12, "Aarhus": 4, "Odense": 2, "Aalborg": 2, "Esbjerg": 1,
}  # fmt: skip

LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}

#: nationality -> (country calling region of her home number, weight); Nordic women keep a Nordic number
NATIONALITIES: dict[str, tuple[str, int]] = {
    "Norwegian": ("NO", 5), "Swedish": ("SE", 6), "Danish": ("DK", 5), "Polish": ("PL", 5), "Romanian": ("RO", 8),
    "Bulgarian": ("BG", 4), "Hungarian": ("HU", 3), "Czech": ("CZ", 2), "Latvian": ("LV", 3), "Lithuanian": ("LT", 3),
    "Estonian": ("EE", 2), "Ukrainian": ("UA", 4), "Russian": ("RU", 2), "Serbian": ("RS", 2), "Spanish": ("ES", 3),
    "Brazilian": ("BR", 4), "Colombian": ("CO", 3), "Thai": ("TH", 6), "Vietnamese": ("VN", 3), "Filipina": ("PH", 3),
    "Nigerian": ("NG", 5), "Ethiopian": ("ET", 1), "German": ("DE", 2),
}  # fmt: skip

#: E.164 prefixes and the number of digits after them, for invented mobile numbers (validated on use)
MOBILE = {
    "NO": [("+474", 7), ("+479", 7)],
    "SE": [("+4670", 7), ("+4672", 7), ("+4673", 7), ("+4676", 7)],
    "DK": [("+452", 7), ("+453", 7), ("+454", 7), ("+455", 7), ("+456", 7)],
    "PL": [("+485", 8), ("+486", 8)],
    "RO": [("+4072", 7), ("+4074", 7), ("+4075", 7)],
    "BG": [("+35988", 7), ("+35989", 7)],
    "HU": [("+3620", 7), ("+3630", 7)],
    "CZ": [("+4206", 8), ("+4207", 8)],
    "LV": [("+3712", 7)],
    "LT": [("+3706", 7)],
    "EE": [("+3725", 7)],
    "UA": [("+38067", 7), ("+38050", 7)],
    "RU": [("+7916", 7), ("+7925", 7)],
    "RS": [("+38164", 7)],
    "ES": [("+346", 8)],
    "BR": [("+55119", 8), ("+55219", 8)],
    "CO": [("+57300", 7), ("+57310", 7)],
    "TH": [("+668", 8), ("+669", 8)],
    "VN": [("+8491", 7), ("+8498", 7)],
    "PH": [("+63917", 7), ("+63927", 7)],
    "NG": [("+234803", 7), ("+234806", 7)],
    "ET": [("+25191", 7)],
    "DE": [("+49151", 8), ("+49176", 8)],
}

#: landline prefixes for the sites' and the outreach services' own numbers
LANDLINE = {"NO": ("+4722", 6), "SE": ("+468", 7), "DK": ("+4533", 6)}

FIRST_NAMES = (
    "Alina Bianca Camila Daria Elena Fiona Gabi Hana Irina Jade Kira Lara Mira Nadia Olga Paula Rosa Sara Tina Vera "
    "Yasmin Zoe Anja Bella Carla Dina Ema Flora Greta Ilse Juna Kaja Lina Mona Nelly Oda Pia Rina Sofi Tara Una Vilja "
    "Wanda Xenia Ylva Zara Amira Bea Cleo Dora Eva Freja Gina Hedda Iza Jenny Kim Lea Maja Nina Ofelia Petra Runa Siv "
    "Thea Ulla Viola Agnes Blanka Cora Dalia Ellie Fanny Lola Mimi Noor Pam Lily Nova Luna Stella Ivy Coco Ruby"
).split()

AGENCY_WORDS = (
    "Nordlys Aurora Velvet Siesta Lotus Orkidé Saga Ivory Azur Bris Jasmin Kanel Safir Tindra Vanilje".split()
)

#: a woman's own sentences: (opening, trait, offer, closing) per language, aligned by index so that a translation
#: memory can print the same sentence in two languages
OPEN = {
    "no": ["Hei, jeg heter {n}", "Hyggelig å se deg, jeg er {n}", "Velkommen til meg, {n}", "Du har funnet {n}"],
    "sv": ["Hej, jag heter {n}", "Trevligt att se dig, jag är {n}", "Välkommen till mig, {n}", "Du har hittat {n}"],
    "da": ["Hej, jeg hedder {n}", "Dejligt at se dig, jeg er {n}", "Velkommen til mig, {n}", "Du har fundet {n}"],
    "en": ["Hi, my name is {n}", "Nice to see you, I am {n}", "Welcome to me, {n}", "You have found {n}"],
}
TRAIT = {
    "no": ["en rolig jente", "en smilende dame", "en sporty type", "en leken sjel", "en varm kvinne",
           "en elegant jente", "en nysgjerrig student", "en kreativ sjel"],
    "sv": ["en lugn tjej", "en leende dam", "en sportig typ", "en lekfull själ", "en varm kvinna",
           "en elegant tjej", "en nyfiken student", "en kreativ själ"],
    "da": ["en rolig pige", "en smilende dame", "en sporty type", "en legesyg sjæl", "en varm kvinde",
           "en elegant pige", "en nysgerrig studerende", "en kreativ sjæl"],
    "en": ["a calm girl", "a smiling lady", "a sporty type", "a playful soul", "a warm woman",
           "an elegant girl", "a curious student", "a creative soul"],
}  # fmt: skip
WITH = {
    "no": ["med myke hender", "med lange bein", "med mørkt hår", "med grønne øyne", "med mange tatoveringer",
           "med en rolig stemme", "med blondt hår", "med et stort smil"],
    "sv": ["med mjuka händer", "med långa ben", "med mörkt hår", "med gröna ögon", "med många tatueringar",
           "med en lugn röst", "med blont hår", "med ett stort leende"],
    "da": ["med bløde hænder", "med lange ben", "med mørkt hår", "med grønne øjne", "med mange tatoveringer",
           "med en rolig stemme", "med blondt hår", "med et stort smil"],
    "en": ["with soft hands", "with long legs", "with dark hair", "with green eyes", "with many tattoos",
           "with a calm voice", "with blond hair", "with a big smile"],
}  # fmt: skip
OFFER = {
    "no": ["Jeg gir deg massasje og tid uten stress", "Jeg tar imot i en diskret leilighet",
           "Jeg kommer gjerne på hotellet ditt", "Jeg liker lange kvelder og god vin",
           "Jeg tilbyr avslappende kropp til kropp", "Jeg har dusj og rene håndklær klare"],
    "sv": ["Jag ger dig massage och tid utan stress", "Jag tar emot i en diskret lägenhet",
           "Jag kommer gärna till ditt hotell", "Jag gillar långa kvällar och gott vin",
           "Jag erbjuder avslappnande kropp mot kropp", "Jag har dusch och rena handdukar redo"],
    "da": ["Jeg giver dig massage og tid uden stress", "Jeg tager imod i en diskret lejlighed",
           "Jeg kommer gerne på dit hotel", "Jeg kan lide lange aftener og god vin",
           "Jeg tilbyder afslappende krop mod krop", "Jeg har bad og rene håndklæder klar"],
    "en": ["I give you massage and time without stress", "I receive in a discreet apartment",
           "I am happy to visit your hotel", "I like long evenings and good wine",
           "I offer relaxing body to body", "I have a shower and clean towels ready"],
}  # fmt: skip
CLOSE = {
    "no": ["for snille herrer", "for rolige menn", "hele uken", "sent på kvelden", "for deg som er ny"],
    "sv": ["för snälla herrar", "för lugna män", "hela veckan", "sent på kvällen", "för dig som är ny"],
    "da": ["for søde herrer", "for rolige mænd", "hele ugen", "sent om aftenen", "for dig der er ny"],
    "en": ["for kind gentlemen", "for calm men", "all week", "late in the evening", "for you who are new"],
}
#: what a controller's recruitment ad says, per language (each network adds its own name)
RECRUIT = {
    "no": ["{a} søker nye jenter til jobb i flere byer", "{a} tilbyr bolig og trygg jobb for damer"],
    "sv": ["{a} söker nya tjejer för jobb i flera städer", "{a} erbjuder boende och tryggt jobb för damer"],
    "da": ["{a} søger nye piger til job i flere byer", "{a} tilbyder bolig og tryg job for damer"],
    "en": ["{a} is looking for new girls to work in several cities", "{a} offers housing and safe work for ladies"],
}
#: the cue a minor's ad gives (she states 18 or 19)
YOUNG = {
    "no": ["helt ny og ung", "nettopp fylt {a}", "liten og fersk"],
    "sv": ["helt ny och ung", "nyss fyllt {a}", "liten och fräsch"],
    "da": ["helt ny og ung", "lige fyldt {a}", "lille og frisk"],
    "en": ["brand new and young", "just turned {a}", "petite and fresh"],
}
AGE_WORD = {"no": "år", "sv": "år", "da": "år", "en": "years"}
CALL = {
    "no": ["Ring eller SMS", "Kun SMS", "Ring meg", "WhatsApp"],
    "sv": ["Ring eller sms", "Bara sms", "Ring mig", "WhatsApp"],
    "da": ["Ring eller sms", "Kun sms", "Ring til mig", "WhatsApp"],
    "en": ["Call or text", "Text only", "Call me", "WhatsApp"],
}
MAIL_WORD = {"no": "E-post", "sv": "Mejl", "da": "Mail", "en": "Email"}
HERE = {"no": "Jeg er i {c}", "sv": "Jag är i {c}", "da": "Jeg er i {c}", "en": "I am in {c}"}
PRICE = {"no": "kr", "sv": "kr", "da": "kr.", "en": "NOK"}
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "proton.me", "yahoo.com", "online.no", "live.se", "mail.dk"]
