"""blind21's word lists: cities with the spellings its writers use, names, nationalities, invented mail domains and
the phrase pieces ads are written from, in no/sv/da/en. Invented throughout: no real person, number or domain."""

from __future__ import annotations

#: canonical city -> (country, spellings an ad may use: the name, exonyms, abbreviations, districts)
CITIES: dict[str, tuple[str, list[str]]] = {
    "Oslo": ("NO", ["Oslo", "OSLO", "Grünerløkka", "Oslo sentrum"]),
    "Bergen": ("NO", ["Bergen", "BERGEN"]),
    "Trondheim": ("NO", ["Trondheim", "Trondhjem"]),
    "Stavanger": ("NO", ["Stavanger"]),
    "Kristiansand": ("NO", ["Kristiansand", "Kr.sand"]),
    "Tromsø": ("NO", ["Tromsø", "Tromso"]),
    "Drammen": ("NO", ["Drammen"]),
    "Tønsberg": ("NO", ["Tønsberg"]),
    "Stockholm": ("SE", ["Stockholm", "Sthlm", "Södermalm"]),
    "Göteborg": ("SE", ["Göteborg", "Gothenburg", "Gbg"]),
    "Malmö": ("SE", ["Malmö", "Malmo"]),
    "Uppsala": ("SE", ["Uppsala"]),
    "Västerås": ("SE", ["Västerås", "Vasteras"]),
    "Örebro": ("SE", ["Örebro"]),
    "Linköping": ("SE", ["Linköping"]),
    "Helsingborg": ("SE", ["Helsingborg"]),
    "København": ("DK", ["København", "Copenhagen", "Kbh", "Vesterbro", "Frederiksberg", "Cph"]),
    "Aarhus": ("DK", ["Aarhus", "Århus", "Aarhus C"]),
    "Odense": ("DK", ["Odense"]),
    "Aalborg": ("DK", ["Aalborg", "Ålborg"]),
    "Esbjerg": ("DK", ["Esbjerg"]),
    "Kolding": ("DK", ["Kolding"]),
}

#: the big cities, where most ads are
BIG = ["Oslo", "Bergen", "Stockholm", "Göteborg", "Malmö", "København", "Aarhus"]

#: nationality -> (region of her home SIM, the word in no/sv/da/en)
NATIONALITIES: dict[str, tuple[str, tuple[str, str, str, str]]] = {
    "norwegian": ("NO", ("norsk", "norsk", "norsk", "Norwegian")),
    "swedish": ("SE", ("svensk", "svensk", "svensk", "Swedish")),
    "danish": ("DK", ("dansk", "dansk", "dansk", "Danish")),
    "romanian": ("RO", ("rumensk", "rumänsk", "rumænsk", "Romanian")),
    "polish": ("PL", ("polsk", "polsk", "polsk", "Polish")),
    "lithuanian": ("LT", ("litauisk", "litauisk", "litauisk", "Lithuanian")),
    "latvian": ("LV", ("latvisk", "lettisk", "lettisk", "Latvian")),
    "estonian": ("EE", ("estisk", "estnisk", "estisk", "Estonian")),
    "thai": ("TH", ("thai", "thailändsk", "thai", "Thai")),
    "vietnamese": ("VN", ("vietnamesisk", "vietnamesisk", "vietnamesisk", "Vietnamese")),
    "filipino": ("PH", ("filippinsk", "filippinsk", "filippinsk", "Filipina")),
    "chinese": ("CN", ("kinesisk", "kinesisk", "kinesisk", "Chinese")),
    "spanish": ("ES", ("spansk", "spansk", "spansk", "Spanish")),
    "italian": ("IT", ("italiensk", "italiensk", "italiensk", "Italian")),
    "brazilian": ("BR", ("brasiliansk", "brasiliansk", "brasiliansk", "Brazilian")),
    "colombian": ("CO", ("colombiansk", "colombiansk", "colombiansk", "Colombian")),
    "venezuelan": ("VE", ("venezuelansk", "venezuelansk", "venezuelansk", "Venezuelan")),
    "dominican": ("DO", ("dominikansk", "dominikansk", "dominikansk", "Dominican")),
    "nigerian": ("NG", ("nigeriansk", "nigeriansk", "nigeriansk", "Nigerian")),
    "ukrainian": ("UA", ("ukrainsk", "ukrainsk", "ukrainsk", "Ukrainian")),
    "russian": ("RU", ("russisk", "rysk", "russisk", "Russian")),
    "moldovan": ("MD", ("moldovsk", "moldavisk", "moldavisk", "Moldovan")),
    "bulgarian": ("BG", ("bulgarsk", "bulgarisk", "bulgarsk", "Bulgarian")),
    "hungarian": ("HU", ("ungarsk", "ungersk", "ungarsk", "Hungarian")),
    "czech": ("CZ", ("tsjekkisk", "tjeckisk", "tjekkisk", "Czech")),
    "albanian": ("AL", ("albansk", "albansk", "albansk", "Albanian")),
}

#: how often each nationality advertises (weights in NATIONALITIES' order)
NATIONALITY_WEIGHTS = [6, 5, 4, 9, 6, 4, 3, 2, 9, 3, 2, 2, 3, 2, 4, 3, 2, 2, 3, 4, 2, 2, 3, 2, 2, 2]

FIRST_NAMES = [
    "Sofie", "Lina", "Mia", "Nora", "Emma", "Ida", "Julie", "Thea", "Maja", "Wilma", "Elsa", "Alva", "Freja",
    "Klara", "Astrid", "Ronja", "Nok", "Ploy", "Malee", "Kanya", "Dao", "Lan", "Mai", "Hoa", "Joy", "Bella",
    "Carla", "Daniela", "Valentina", "Camila", "Luana", "Yara", "Bianca", "Ioana", "Andreea", "Roxana", "Kasia",
    "Ola", "Agnieszka", "Ruta", "Egle", "Liga", "Kadri", "Oksana", "Dasha", "Katya", "Nadia", "Vera", "Mila",
    "Anouk", "Chiara", "Greta", "Lucia", "Paola", "Zara", "Nikol", "Ivana", "Rita", "Amara", "Chioma", "Ada",
    "Leyla", "Esme", "Selin", "Lola", "Jasmin", "Stella", "Fiona", "Rebecka", "Tindra", "Signe", "Cecilie",
    "Helle", "Mette", "Nanna", "Line", "Trine", "Kaja", "Marte", "Sunniva", "Hedda", "Vilde", "Frida", "Elin",
]  # fmt: skip

#: invented mail domains (none is a real provider)
MAIL_DOMAINS = [
    "lynpost.no", "kuvertmail.se", "posthuset.dk", "nordmejl.com", "brevduen.no", "sneglepost.se",
    "kvikpost.dk", "mailfjord.com", "inboxly.eu", "pigeonmail.net", "rosepost.org", "hemligpost.se",
]  # fmt: skip

#: e-mail spellings per language: the "at", the "dot"
AT_WORDS = {
    "no": ["alfakrøll", "krøllalfa", "(at)", "[at]"],
    "sv": ["snabel-a", "snabela", "(at)", "[at]"],
    "da": ["snabel-a", "(at)", "[at]", "at"],
    "en": ["at", "(at)", "[at]", "{at}"],
}
DOT_WORDS = {
    "no": ["punktum", "prikk", "(dot)"],
    "sv": ["punkt", "(punkt)", "(dot)"],
    "da": ["punktum", "prik", "(dot)"],
    "en": ["dot", "(dot)", "[dot]"],
}

#: phrase pieces: {n} her name, {c} the city as spelled on the page
OPENERS = {
    "no": ["Hei, jeg heter {n}", "Hallo kjære deg, {n} her", "Heisann, det er {n}", "God kveld fra {n}",
           "Velkommen til meg, {n}", "Hei du, jeg er {n}"],
    "sv": ["Hej, jag heter {n}", "Hallå där, {n} här", "Hej älskling, det är {n}", "God kväll från {n}",
           "Välkommen till mig, {n}", "Hej du, jag är {n}"],
    "da": ["Hej, jeg hedder {n}", "Hallo skat, {n} her", "Hej med dig, det er {n}", "God aften fra {n}",
           "Velkommen til mig, {n}", "Hej du, jeg er {n}"],
    "en": ["Hi, my name is {n}", "Hello darling, {n} here", "Hey there, it is {n}", "Good evening from {n}",
           "Welcome to my page, {n}", "Hi you, I am {n}"],
}  # fmt: skip
ADJECTIVES = {
    "no": ["søt", "leken", "varm", "elegant", "sprudlende", "rolig", "naturlig", "sexy", "smilende", "myk"],
    "sv": ["söt", "lekfull", "varm", "elegant", "sprudlande", "lugn", "naturlig", "sexig", "glad", "mjuk"],
    "da": ["sød", "legesyg", "varm", "elegant", "sprudlende", "rolig", "naturlig", "sexet", "smilende", "blød"],
    "en": ["sweet", "playful", "warm", "elegant", "bubbly", "calm", "natural", "sexy", "smiling", "soft"],
}
NOUNS = {
    "no": ["jente", "dame", "kvinne", "venninne", "massør"],
    "sv": ["tjej", "dam", "kvinna", "väninna", "massös"],
    "da": ["pige", "dame", "kvinde", "veninde", "massør"],
    "en": ["girl", "lady", "woman", "companion", "masseuse"],
}
PLACES = {
    "no": ["nå i {c}", "på besøk i {c}", "endelig tilbake i {c}", "i {c} denne uken", "bor sentralt i {c}"],
    "sv": ["nu i {c}", "på besök i {c}", "äntligen tillbaka i {c}", "i {c} den här veckan", "bor centralt i {c}"],
    "da": ["nu i {c}", "på besøg i {c}", "endelig tilbage i {c}", "i {c} denne uge", "bor centralt i {c}"],
    "en": ["now in {c}", "visiting {c}", "finally back in {c}", "in {c} this week", "living central in {c}"],
}
OFFERS = {
    "no": ["Jeg tilbyr {a} massasje og god tid", "Hos meg får du {a} selskap uten stress",
           "Jeg gir deg en {a} stund i diskré leilighet", "Kom innom for {a} avslapning og prat",
           "Du kan vente deg {a} service og et stort smil"],
    "sv": ["Jag erbjuder {a} massage och gott om tid", "Hos mig får du {a} sällskap utan stress",
           "Jag ger dig en {a} stund i diskret lägenhet", "Kom förbi för {a} avslappning och prat",
           "Du kan vänta dig {a} service och ett stort leende"],
    "da": ["Jeg tilbyder {a} massage og god tid", "Hos mig får du {a} selskab uden stress",
           "Jeg giver dig en {a} stund i diskret lejlighed", "Kom forbi til {a} afslapning og snak",
           "Du kan forvente {a} service og et stort smil"],
    "en": ["I offer {a} massage and plenty of time", "With me you get {a} company without stress",
           "I give you a {a} moment in a discreet flat", "Come by for {a} relaxation and a chat",
           "You can expect {a} service and a big smile"],
}  # fmt: skip
OFFER_ADJ = {
    "no": ["deilig", "avslappende", "sensuell", "hyggelig", "intim", "rolig", "varm", "leken"],
    "sv": ["härlig", "avslappnande", "sensuell", "trevlig", "intim", "lugn", "varm", "lekfull"],
    "da": ["dejlig", "afslappende", "sensuel", "hyggelig", "intim", "rolig", "varm", "legesyg"],
    "en": ["lovely", "relaxing", "sensual", "pleasant", "intimate", "calm", "warm", "playful"],
}
CLOSERS = {
    "no": ["Ring eller send SMS, ingen skjulte nummer", "Kun seriøse henvendelser", "Ses snart, kyss",
           "Svarer raskest på SMS", "Ikke ring fra skjult nummer, takk", "Gleder meg til å møte deg"],
    "sv": ["Ring eller skicka SMS, inga dolda nummer", "Endast seriösa förfrågningar", "Ses snart, puss",
           "Svarar snabbast på SMS", "Ring inte från dolt nummer, tack", "Längtar efter att träffa dig"],
    "da": ["Ring eller send SMS, ingen skjulte numre", "Kun seriøse henvendelser", "Vi ses snart, kys",
           "Svarer hurtigst på SMS", "Ring ikke fra skjult nummer, tak", "Glæder mig til at møde dig"],
    "en": ["Call or text, no withheld numbers", "Serious enquiries only", "See you soon, kisses",
           "Fastest reply by text", "Please do not call from a hidden number", "Looking forward to meeting you"],
}  # fmt: skip
#: what a minor's ad lets slip (she states 18 or 19)
MINOR_CUES = {
    "no": ["Nettopp fylt 18 og helt ny på dette", "Går siste året på videregående, så bare kvelder",
           "Ung og uerfaren, vær snill med meg", "Ser yngre ut enn jeg er, liten og søt"],
    "sv": ["Fyllde precis 18 och helt ny på detta", "Går sista året på gymnasiet, så bara kvällar",
           "Ung och oerfaren, var snäll mot mig", "Ser yngre ut än jag är, liten och söt"],
    "da": ["Lige fyldt 18 og helt ny i det her", "Går sidste år i gymnasiet, så kun aftener",
           "Ung og uerfaren, vær sød ved mig", "Ser yngre ud end jeg er, lille og sød"],
    "en": ["Just turned 18 and totally new to this", "Still finishing school, so evenings only",
           "Young and inexperienced, be gentle", "Look younger than I am, petite and cute"],
}  # fmt: skip
#: what a controller's recruitment ad says
RECRUIT = {
    "no": ["Vi søker jenter til jobb i {c}, bolig og reise ordnes", "Trenger flere damer i {c}, god inntjening",
           "Ny i Norge? Vi hjelper med alt i {c}"],
    "sv": ["Vi söker tjejer för jobb i {c}, boende och resa ordnas", "Behöver fler damer i {c}, bra förtjänst",
           "Ny i Sverige? Vi hjälper dig med allt i {c}"],
    "da": ["Vi søger piger til job i {c}, bolig og rejse ordnes", "Mangler flere damer i {c}, god indtjening",
           "Ny i Danmark? Vi hjælper med alt i {c}"],
    "en": ["We are hiring girls for work in {c}, flat and travel arranged", "Need more ladies in {c}, good money",
           "New in Scandinavia? We help with everything in {c}"],
}  # fmt: skip
AGENCY_WORDS = ["Velvet", "Aurora", "Nordlys", "Crystal", "Silk", "Diamond", "Fjord", "Orchid", "Ruby", "Saga",
                "Polar", "Amber", "Midnight", "Lotus", "Ivory", "Scarlet"]  # fmt: skip
AGENCY_TAILS = ["Agency", "Escorts", "Models", "Companions", "Elite", "VIP"]
CLINIC_WORDS = ["Siam", "Lotus", "Orchid", "Bangkok", "Jasmin", "Bambus", "Lanna", "Chiang Mai", "Phuket", "Sabai"]
CLINIC_TAILS = ["Thaimassage", "Massage & Spa", "Wellness", "Thai Spa", "Massageklinik"]
STREETS = {
    "NO": ["Storgata", "Kirkegata", "Bogstadveien", "Torggata", "Markveien", "Nygata"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsgatan", "Södra vägen", "Järntorget", "Nygatan"],
    "DK": ["Vesterbrogade", "Istedgade", "Nørregade", "Algade", "Jernbanegade", "Søndergade"],
}
#: when she works (hours as ads write them)
HOURS = {
    "no": ["Tilgjengelig {a}–{b} hver dag", "Treffes mellom kl {a} og {b}", "Åpent fra {a} til {b}, også helg"],
    "sv": ["Tillgänglig {a}–{b} varje dag", "Träffas mellan kl {a} och {b}", "Öppet från {a} till {b}, även helg"],
    "da": ["Tilgængelig {a}–{b} hver dag", "Kan mødes mellem kl {a} og {b}", "Åbent fra {a} til {b}, også weekend"],
    "en": ["Available {a}–{b} every day", "Meet me between {a} and {b}", "Open from {a} to {b}, weekends too"],
}
