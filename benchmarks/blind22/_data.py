"""Word lists of blind22: cities and their spellings, names, nationalities and the phrase parts the women, agencies,
clinics and hidden controllers write their ads from (no/sv/da/en). Every sentence is composed from slots, so that two
writers rarely compose the same one; the generator keeps a sentence to its first writer."""

from __future__ import annotations

#: canonical city -> (country, spellings written in ads, slug in URLs, weight)
CITIES: dict[str, tuple[str, list[str], str, int]] = {
    "Oslo": ("NO", ["Oslo", "OSLO"], "oslo", 30),
    "Bergen": ("NO", ["Bergen"], "bergen", 14),
    "Trondheim": ("NO", ["Trondheim", "Trondhjem"], "trondheim", 9),
    "Stavanger": ("NO", ["Stavanger"], "stavanger", 9),
    "Kristiansand": ("NO", ["Kristiansand"], "kristiansand", 5),
    "Tromsø": ("NO", ["Tromsø", "Tromso"], "tromso", 4),
    "Drammen": ("NO", ["Drammen"], "drammen", 4),
    "Fredrikstad": ("NO", ["Fredrikstad"], "fredrikstad", 3),
    "Bodø": ("NO", ["Bodø"], "bodo", 2),
    "Ålesund": ("NO", ["Ålesund", "Aalesund"], "alesund", 3),
    "Haugesund": ("NO", ["Haugesund"], "haugesund", 2),
    "Stockholm": ("SE", ["Stockholm", "Sthlm"], "stockholm", 30),
    "Göteborg": ("SE", ["Göteborg", "Goteborg", "Gothenburg"], "goteborg", 15),
    "Malmö": ("SE", ["Malmö", "Malmo"], "malmo", 12),
    "Uppsala": ("SE", ["Uppsala"], "uppsala", 5),
    "Västerås": ("SE", ["Västerås", "Vasteras"], "vasteras", 3),
    "Örebro": ("SE", ["Örebro"], "orebro", 3),
    "Linköping": ("SE", ["Linköping"], "linkoping", 3),
    "Helsingborg": ("SE", ["Helsingborg"], "helsingborg", 3),
    "Jönköping": ("SE", ["Jönköping"], "jonkoping", 2),
    "Umeå": ("SE", ["Umeå"], "umea", 2),
    "Norrköping": ("SE", ["Norrköping"], "norrkoping", 2),
    "Gävle": ("SE", ["Gävle"], "gavle", 2),
    "Sundsvall": ("SE", ["Sundsvall"], "sundsvall", 1),
    "København": ("DK", ["København", "Copenhagen", "Kbh"], "kobenhavn", 26),
    "Aarhus": ("DK", ["Aarhus", "Århus"], "aarhus", 10),
    "Odense": ("DK", ["Odense"], "odense", 6),
    "Aalborg": ("DK", ["Aalborg"], "aalborg", 5),
    "Esbjerg": ("DK", ["Esbjerg"], "esbjerg", 3),
    "Kolding": ("DK", ["Kolding"], "kolding", 2),
    "Vejle": ("DK", ["Vejle"], "vejle", 2),
    "Randers": ("DK", ["Randers"], "randers", 2),
}

#: nationality -> (calling region of a home SIM or None, the word per language, share weight)
NATIONALITIES: dict[str, tuple[str | None, dict[str, str], int]] = {
    "romanian": ("RO", {"no": "rumensk", "sv": "rumänsk", "da": "rumænsk", "en": "Romanian"}, 14),
    "bulgarian": ("BG", {"no": "bulgarsk", "sv": "bulgarisk", "da": "bulgarsk", "en": "Bulgarian"}, 6),
    "thai": ("TH", {"no": "thailandsk", "sv": "thailändsk", "da": "thailandsk", "en": "Thai"}, 9),
    "nigerian": ("NG", {"no": "nigeriansk", "sv": "nigeriansk", "da": "nigeriansk", "en": "Nigerian"}, 7),
    "brazilian": ("BR", {"no": "brasiliansk", "sv": "brasiliansk", "da": "brasiliansk", "en": "Brazilian"}, 5),
    "ukrainian": ("UA", {"no": "ukrainsk", "sv": "ukrainsk", "da": "ukrainsk", "en": "Ukrainian"}, 5),
    "hungarian": ("HU", {"no": "ungarsk", "sv": "ungersk", "da": "ungarsk", "en": "Hungarian"}, 4),
    "lithuanian": ("LT", {"no": "litauisk", "sv": "litauisk", "da": "litauisk", "en": "Lithuanian"}, 3),
    "latvian": ("LV", {"no": "latvisk", "sv": "lettisk", "da": "lettisk", "en": "Latvian"}, 3),
    "polish": ("PL", {"no": "polsk", "sv": "polsk", "da": "polsk", "en": "Polish"}, 4),
    "spanish": ("ES", {"no": "spansk", "sv": "spansk", "da": "spansk", "en": "Spanish"}, 4),
    "colombian": ("CO", {"no": "colombiansk", "sv": "colombiansk", "da": "colombiansk", "en": "Colombian"}, 3),
    "venezuelan": ("VE", {"no": "venezuelansk", "sv": "venezuelansk", "da": "venezuelansk", "en": "Venezuelan"}, 2),
    "vietnamese": ("VN", {"no": "vietnamesisk", "sv": "vietnamesisk", "da": "vietnamesisk", "en": "Vietnamese"}, 3),
    "chinese": ("CN", {"no": "kinesisk", "sv": "kinesisk", "da": "kinesisk", "en": "Chinese"}, 3),
    "dominican": ("DO", {"no": "dominikansk", "sv": "dominikansk", "da": "dominikansk", "en": "Dominican"}, 2),
    "moldovan": ("MD", {"no": "moldovsk", "sv": "moldavisk", "da": "moldovisk", "en": "Moldovan"}, 2),
    "albanian": ("AL", {"no": "albansk", "sv": "albansk", "da": "albansk", "en": "Albanian"}, 2),
    "czech": ("CZ", {"no": "tsjekkisk", "sv": "tjeckisk", "da": "tjekkisk", "en": "Czech"}, 2),
    "filipino": ("PH", {"no": "filippinsk", "sv": "filippinsk", "da": "filippinsk", "en": "Filipino"}, 2),
    "kenyan": ("KE", {"no": "kenyansk", "sv": "kenyansk", "da": "kenyansk", "en": "Kenyan"}, 1),
    "estonian": ("EE", {"no": "estisk", "sv": "estnisk", "da": "estisk", "en": "Estonian"}, 2),
    "norwegian": (None, {"no": "norsk", "sv": "norsk", "da": "norsk", "en": "Norwegian"}, 4),
    "swedish": (None, {"no": "svensk", "sv": "svensk", "da": "svensk", "en": "Swedish"}, 5),
    "danish": (None, {"no": "dansk", "sv": "dansk", "da": "dansk", "en": "Danish"}, 4),
}

FIRST_NAMES = (
    "Alina Bianca Camila Daria Elena Flavia Gabriela Ioana Jasmin Katya Lara Mira Nadia Oana Paula Roxana Sabina "
    "Tiana Vera Yasmin Zara Amanda Bella Chloe Diana Emma Fiona Gina Hanna Iris Julia Kira Luna Maja Nora Olivia "
    "Petra Rita Sofia Tina Vanessa Wendy Adele Bonnie Candy Dora Eva Fanny Greta Helena Ingrid Jade Kim Lisa Molly "
    "Nikki Pia Ruby Sara Tilde Ulla Vicky Anja Belle Cleo Dina Ella Freja Gisele Hedda Ida Josefin Karla Liv Mona "
    "Nina Ofelia Pernille Rosa Silje Thea Una Vilja Aylin Beatriz Carla Daniela Erika Fernanda Isabel Larissa Mariana "
    "Natalia Pamela Renata Sandra Tatiana Valentina Ximena Anong Dao Kanya Lamai Mali Nok Ploy Som Suda Chioma Ada "
    "Ebere Ifeoma Ngozi Amara Zola Yana Olena Oksana Iryna Lesya Dorina Ilinca Mihaela Andreea Bogdana Ewa Kasia "
    "Marta Zofia Agnes Reka Zsofi Lina Ieva Laura Linh Mai Hoa Mei Lan Xiu"
).split()

DOMAINS = [
    "fjordpost.no",
    "snogmail.se",
    "postkassen.dk",
    "mailbrev.eu",
    "inboxly.net",
    "kvittra.se",
    "tonemail.com",
    "blikkpost.no",
    "hjertebrev.dk",
    "nordmejl.eu",
    "lunamail.net",
    "postiljon.se",
]

# --- the women's sentences: each language a set of templates and slot words -----------------------------------

ADJ = {
    "no": "søt leken rolig smilende sporty slank kurvete varm sjenert frekk morsom elegant naturlig myk sprudlende "
    "vennlig oppmerksom blid lekende omsorgsfull".split(),
    "sv": "söt lekfull lugn glad sportig smal kurvig varm blyg fräck rolig elegant naturlig mjuk sprudlande vänlig "
    "uppmärksam gosig charmig omtänksam".split(),
    "da": "sød legesyg rolig smilende sporty slank kurvet varm genert fræk sjov elegant naturlig blød sprudlende "
    "venlig "
    "opmærksom kælen charmerende omsorgsfuld".split(),
    "en": "sweet playful calm smiley sporty slim curvy warm shy cheeky funny elegant natural soft bubbly friendly "
    "attentive cuddly charming caring".split(),
}

LIKES = {
    "no": [
        "lange kvelder",
        "god vin",
        "rolig musikk",
        "massasje med varm olje",
        "gode samtaler",
        "en felles dusj",
        "rollelek",
        "en avslappet stemning",
        "høflige menn",
        "diskresjon",
        "kos på sofaen",
        "lange klemmer",
        "stearinlys",
        "myke laken",
        "et godt bad",
    ],
    "sv": [
        "långa kvällar",
        "gott vin",
        "lugn musik",
        "massage med varm olja",
        "trevliga samtal",
        "en dusch ihop",
        "rollspel",
        "en avslappnad stämning",
        "artiga män",
        "diskretion",
        "mys i soffan",
        "långa kramar",
        "levande ljus",
        "mjuka lakan",
        "ett varmt bad",
    ],
    "da": [
        "lange aftener",
        "god vin",
        "rolig musik",
        "massage med varm olie",
        "gode samtaler",
        "et brusebad sammen",
        "rollespil",
        "en afslappet stemning",
        "høflige mænd",
        "diskretion",
        "hygge i sofaen",
        "lange kram",
        "levende lys",
        "bløde lagner",
        "et varmt bad",
    ],
    "en": [
        "long evenings",
        "good wine",
        "soft music",
        "massage with warm oil",
        "nice conversation",
        "a shower together",
        "role play",
        "a relaxed mood",
        "polite gentlemen",
        "discretion",
        "cuddles on the sofa",
        "long hugs",
        "candle light",
        "soft sheets",
        "a hot bath",
    ],
}

PLACES = {
    "no": [
        "egen leilighet",
        "et rent og diskré sted",
        "hotell i sentrum",
        "privat leilighet",
        "rolige omgivelser",
        "en koselig leilighet",
        "en leilighet nær stasjonen",
    ],
    "sv": [
        "egen lägenhet",
        "ett rent och diskret ställe",
        "hotell i centrum",
        "privat lägenhet",
        "lugna omgivningar",
        "en mysig lägenhet",
        "en lägenhet nära stationen",
    ],
    "da": [
        "egen lejlighed",
        "et rent og diskret sted",
        "hotel i centrum",
        "privat lejlighed",
        "rolige omgivelser",
        "en hyggelig lejlighed",
        "en lejlighed tæt på stationen",
    ],
    "en": [
        "my own flat",
        "a clean and discreet place",
        "a hotel in the centre",
        "a private apartment",
        "quiet surroundings",
        "a cosy flat",
        "a flat near the station",
    ],
}

WHEN = {
    "no": [
        "hele døgnet",
        "fra lunsj til sent",
        "på kveldstid",
        "i helgene",
        "etter avtale",
        "hver dag denne uka",
        "både dag og kveld",
    ],
    "sv": [
        "dygnet runt",
        "från lunch till sent",
        "på kvällstid",
        "på helgerna",
        "efter överenskommelse",
        "varje dag den här veckan",
        "både dag och kväll",
    ],
    "da": [
        "døgnet rundt",
        "fra frokost til sent",
        "om aftenen",
        "i weekenden",
        "efter aftale",
        "hver dag i denne uge",
        "både dag og aften",
    ],
    "en": [
        "around the clock",
        "from lunch until late",
        "in the evenings",
        "at weekends",
        "by appointment",
        "every day this week",
        "both day and evening",
    ],
}

#: sentence templates; {a}/{b}: adjectives, {l}/{m}: likes, {p}: a place, {w}: when, {n}: a name, {c}: a nationality
#: word, {g}: a greeting
GREET = {
    "no": ["Hei", "Hallo", "Heisann", "Hei du", "God kveld", "Hei kjære"],
    "sv": ["Hej", "Hallå", "Hejsan", "Hej du", "God kväll", "Hej älskling"],
    "da": ["Hej", "Halløj", "Hejsa", "Hej du", "God aften", "Hej skat"],
    "en": ["Hi", "Hello", "Hey there", "Hi darling", "Good evening", "Hiya"],
}

SENTENCES = {
    "no": [
        "{g}, jeg heter {n} og er en {a} og {b} {c} jente!",
        "Jeg er {a}, {b} og elsker {l}.",
        "Hos meg får du {l} og {m}.",
        "Du finner meg i {p}, {w}.",
        "Jeg tar imot i {p} og kommer gjerne på besøk {w}.",
        "Jeg er {a} av natur og setter pris på {l}.",
        "Det beste jeg vet er {l} og {m}.",
        "Ring meg {w}, jeg er {a} og klar for deg!",
        "Har du lyst på {l}, er jeg jenta for deg.",
        "Jeg er en {a} jente som liker {l} og {m}.",
    ],
    "sv": [
        "{g}, jag heter {n} och är en {a} och {b} {c} tjej!",
        "Jag är {a}, {b} och älskar {l}.",
        "Hos mig får du {l} och {m}.",
        "Du hittar mig i {p}, {w}.",
        "Jag tar emot i {p} och kommer gärna på besök {w}.",
        "Jag är {a} av naturen och uppskattar {l}.",
        "Det bästa jag vet är {l} och {m}.",
        "Ring mig {w}, jag är {a} och redo för dig!",
        "Vill du ha {l}, är jag tjejen för dig.",
        "Jag är en {a} tjej som gillar {l} och {m}.",
    ],
    "da": [
        "{g}, jeg hedder {n} og er en {a} og {b} {c} pige!",
        "Jeg er {a}, {b} og elsker {l}.",
        "Hos mig får du {l} og {m}.",
        "Du finder mig i {p}, {w}.",
        "Jeg tager imod i {p} og kommer gerne på besøg {w}.",
        "Jeg er {a} af natur og sætter pris på {l}.",
        "Det bedste jeg ved er {l} og {m}.",
        "Ring til mig {w}, jeg er {a} og klar til dig!",
        "Har du lyst til {l}, er jeg pigen for dig.",
        "Jeg er en {a} pige som kan lide {l} og {m}.",
    ],
    "en": [
        "{g}, my name is {n} and I am a {a} and {b} {c} girl!",
        "I am {a}, {b} and I love {l}.",
        "With me you get {l} and {m}.",
        "You find me in {p}, {w}.",
        "I receive in {p} and happily visit you {w}.",
        "I am {a} by nature and I enjoy {l}.",
        "The best thing I know is {l} and {m}.",
        "Call me {w}, I am {a} and ready for you!",
        "If you want {l}, I am the girl for you.",
        "I am a {a} girl who likes {l} and {m}.",
    ],
}

#: a city sentence: {city} is one of the city's spellings
CITY_SENTENCES = {
    "no": [
        "Nå er jeg i {city} {w}!",
        "Ny i {city} og {a} som alltid.",
        "Besøker {city} {w}, ikke gå glipp av meg!",
        "Jeg bor i {city} og er {a}.",
        "Endelig tilbake i {city}!",
    ],
    "sv": [
        "Nu är jag i {city} {w}!",
        "Ny i {city} och {a} som alltid.",
        "Besöker {city} {w}, missa inte mig!",
        "Jag bor i {city} och är {a}.",
        "Äntligen tillbaka i {city}!",
    ],
    "da": [
        "Nu er jeg i {city} {w}!",
        "Ny i {city} og {a} som altid.",
        "Besøger {city} {w}, gå ikke glip af mig!",
        "Jeg bor i {city} og er {a}.",
        "Endelig tilbage i {city}!",
    ],
    "en": [
        "Now in {city} {w}!",
        "New in {city} and {a} as always.",
        "Visiting {city} {w}, do not miss me!",
        "I live in {city} and I am {a}.",
        "Finally back in {city}!",
    ],
}

#: a minor's cues (she states 18 or 19): new, school, family; {a}: adjective
MINOR_CUES = {
    "no": [
        "Har akkurat fylt atten og er helt ny på dette.",
        "Går fortsatt på skolen, så bare {w}.",
        "Bor hjemme ennå, så vær {a} og diskré.",
        "Helt fersk og litt {a}, vær snill med meg.",
        "Første gang jeg legger ut annonse, er litt {a}.",
    ],
    "sv": [
        "Har precis fyllt arton och är helt ny på det här.",
        "Går fortfarande i skolan, så bara {w}.",
        "Bor hemma än, så var {a} och diskret.",
        "Helt färsk och lite {a}, var snäll mot mig.",
        "Första gången jag lägger upp en annons, är lite {a}.",
    ],
    "da": [
        "Er lige fyldt atten og helt ny i det her.",
        "Går stadig i skole, så kun {w}.",
        "Bor hjemme endnu, så vær {a} og diskret.",
        "Helt frisk og lidt {a}, vær sød ved mig.",
        "Første gang jeg laver en annonce, er lidt {a}.",
    ],
    "en": [
        "Just turned eighteen and totally new to this.",
        "Still at school, so only {w}.",
        "Still living at home, so be {a} and discreet.",
        "Very fresh and a bit {a}, be nice to me.",
        "My first time posting an ad, I am a bit {a}.",
    ],
}

#: an agency's or clinic's or hidden controller's house sentences; {h}: the house name
HOUSE = {
    "no": [
        "Alle våre jenter er {a} og {b}.",
        "{h} har de mest {a} damene i byen.",
        "Vi garanterer {l} og {m}.",
        "Våre damer tar imot i {p}, {w}.",
        "Book via oss, vi svarer {w}.",
    ],
    "sv": [
        "Alla våra tjejer är {a} och {b}.",
        "{h} har de mest {a} tjejerna i stan.",
        "Vi garanterar {l} och {m}.",
        "Våra tjejer tar emot i {p}, {w}.",
        "Boka via oss, vi svarar {w}.",
    ],
    "da": [
        "Alle vores piger er {a} og {b}.",
        "{h} har de mest {a} piger i byen.",
        "Vi garanterer {l} og {m}.",
        "Vores piger tager imod i {p}, {w}.",
        "Book gennem os, vi svarer {w}.",
    ],
    "en": [
        "All our girls are {a} and {b}.",
        "{h} has the most {a} ladies in town.",
        "We guarantee {l} and {m}.",
        "Our ladies receive in {p}, {w}.",
        "Book through us, we answer {w}.",
    ],
}

RECRUIT = {
    "no": [
        "Vi søker {a} jenter til {p}, god inntjening og {l}!",
        "Jobb hos {h}, vi ordner reise og bolig.",
        "Trenger du penger raskt? {h} hjelper deg i gang.",
    ],
    "sv": [
        "Vi söker {a} tjejer till {p}, bra inkomst och {l}!",
        "Jobba hos {h}, vi ordnar resa och boende.",
        "Behöver du pengar snabbt? {h} hjälper dig igång.",
    ],
    "da": [
        "Vi søger {a} piger til {p}, god indtjening og {l}!",
        "Arbejd hos {h}, vi ordner rejse og bolig.",
        "Mangler du penge hurtigt? {h} hjælper dig i gang.",
    ],
    "en": [
        "We are looking for {a} girls for {p}, good money and {l}!",
        "Work with {h}, we arrange travel and housing.",
        "Need money fast? {h} gets you started.",
    ],
}

HOUSE_NAMES = [
    "Velvet Rooms",
    "Nordlys Companions",
    "Silkeroset",
    "Scarlet Agency",
    "Blue Orchid",
    "Mirage Models",
    "Golden Lotus",
    "Aurora Escorts",
    "Rosenhaven",
    "Diamond Girls",
    "Perle Spa",
    "Harmony Massage",
    "Lilja Wellness",
    "Sakura Touch",
    "Venus Club",
    "Nattfjäril",
    "Elite Nordic",
    "Crystal Dolls",
    "Polar Angels",
    "Satin Lounge",
    "Sunrise Thai Spa",
    "Bambus Massage",
    "Amber Agency",
    "Midnight Muses",
]

#: labels before a phone and an e-mail, per language
PHONE_LABELS = {
    "no": ["Ring eller SMS:", "Kun SMS først:", "Tlf:", "Mobil:", "Ring/sms", "Nr:", "Ring meg på"],
    "sv": ["Ring eller sms:", "Endast sms:", "Tel:", "Mobil:", "Ring/sms", "Nr:", "Ring mig på"],
    "da": ["Ring eller skriv:", "Kun sms:", "Tlf.:", "Mobil:", "Ring/sms", "Nr.:", "Ring til mig på"],
    "en": ["Call or text:", "Text only:", "Phone:", "Mobile:", "Call/text", "No.:", "Call me on"],
}
NEW_NUMBER = {"no": "NYTT NR!", "sv": "NYTT NUMMER!", "da": "NYT NUMMER!", "en": "NEW NUMBER!"}
OLD_NUMBER = {"no": "(gammelt nr", "sv": "(gamla numret", "da": "(gammelt nr.", "en": "(old number"}
MAIL_LABELS = {
    "no": ["E-post:", "Mail:", "Skriv til"],
    "sv": ["E-post:", "Mejl:", "Maila"],
    "da": ["E-mail:", "Mail:", "Skriv til"],
    "en": ["E-mail:", "Mail:", "Write to"],
}
AT_WORDS = {
    "no": [("alfakrøll", "punktum"), ("krøllalfa", "prikk")],
    "sv": [("snabel-a", "punkt")],
    "da": [("snabel-a", "prik"), ("at", "punktum")],
    "en": [("at", "dot")],
}
