"""Word lists of the nineteenth blind corpus: cities with the spellings its pages use, names, nationalities and
the phrase parts its women's and controllers' texts are built from (four languages). Invented for this corpus."""

from __future__ import annotations

#: canonical city -> (country, spellings a page may print; the first is the usual one)
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Oslo": ("NO", ("Oslo", "OSLO", "Oslo S")),
    "Bergen": ("NO", ("Bergen",)),
    "Trondheim": ("NO", ("Trondheim",)),
    "Stavanger": ("NO", ("Stavanger",)),
    "Kristiansand": ("NO", ("Kristiansand",)),
    "Tromsø": ("NO", ("Tromsø", "Tromso")),
    "Drammen": ("NO", ("Drammen",)),
    "Bodø": ("NO", ("Bodø", "Bodo")),
    "Stockholm": ("SE", ("Stockholm", "Sthlm")),
    "Göteborg": ("SE", ("Göteborg", "Gothenburg", "Goteborg")),
    "Malmö": ("SE", ("Malmö", "Malmo")),
    "Uppsala": ("SE", ("Uppsala",)),
    "Västerås": ("SE", ("Västerås", "Vasteras")),
    "Örebro": ("SE", ("Örebro", "Orebro")),
    "Linköping": ("SE", ("Linköping",)),
    "Helsingborg": ("SE", ("Helsingborg",)),
    "Sundsvall": ("SE", ("Sundsvall",)),
    "København": ("DK", ("København", "Copenhagen", "Kbh")),
    "Aarhus": ("DK", ("Aarhus", "Århus")),
    "Odense": ("DK", ("Odense",)),
    "Aalborg": ("DK", ("Aalborg", "Ålborg")),
    "Esbjerg": ("DK", ("Esbjerg",)),
    "Kolding": ("DK", ("Kolding",)),
    "Vejle": ("DK", ("Vejle",)),
}

#: postcodes a page prints beside a city (four digits in all three countries' short forms; Sweden's five)
POSTCODES: dict[str, tuple[str, ...]] = {
    "Oslo": ("0150", "0179", "0354", "0560"),
    "Bergen": ("5003", "5015", "5058"),
    "Trondheim": ("7011", "7030"),
    "Stavanger": ("4006", "4014"),
    "Kristiansand": ("4608", "4612"),
    "Tromsø": ("9008", "9019"),
    "Drammen": ("3015", "3044"),
    "Bodø": ("8006", "8013"),
    "Stockholm": ("111 20", "113 46", "118 27"),
    "Göteborg": ("411 05", "413 01"),
    "Malmö": ("211 20", "214 21"),
    "Uppsala": ("753 20",),
    "Västerås": ("722 12",),
    "Örebro": ("702 10",),
    "Linköping": ("582 24",),
    "Helsingborg": ("252 21",),
    "Sundsvall": ("852 30",),
    "København": ("1620", "2200", "1455"),
    "Aarhus": ("8000", "8200"),
    "Odense": ("5000",),
    "Aalborg": ("9000",),
    "Esbjerg": ("6700",),
    "Kolding": ("6000",),
    "Vejle": ("7100",),
}

NAMES = (
    "Alina Bianca Carmen Daria Elvira Fiona Greta Hanna Ilona Jasmin Kira Lerka Mirela Nadia Oksana Paula "
    "Rosa Sabina Tiana Ula Vera Wanda Xenia Yasmin Zora Amira Belle Celina Dalia Emmi Flora Gina Hedda Irina "
    "Juna Kamila Lina Maja Nika Olivia Petra Rebeka Selma Tina Viola Lotta Sunny Mai Ploy Nok Dao Lin Noi "
    "Fernanda Luana Camila Izabela Roxana Andreea Ionela Patrycja Zuzanna Aurelija Ieva Sofija Milena"
).split()

SURNAME_HINTS = "B K L M N P R S T V".split()

#: nationality -> the country whose mobile numbers she may bring
NATIONALITIES: dict[str, str] = {
    "Norwegian": "NO",
    "Swedish": "SE",
    "Danish": "DK",
    "Romanian": "RO",
    "Polish": "PL",
    "Lithuanian": "LT",
    "Thai": "TH",
    "Brazilian": "BR",
    "Spanish": "ES",
    "Hungarian": "HU",
    "Bulgarian": "BG",
    "Latvian": "LV",
    "Ukrainian": "UA",
    "Nigerian": "NG",
    "Colombian": "CO",
    "Czech": "CZ",
    "Vietnamese": "VN",
    "Italian": "IT",
    "German": "DE",
    "Estonian": "EE",
    "Finnish": "FI",
    "Russian": "RU",
}

#: how each language names a nationality in an ad
NATION_WORD: dict[str, dict[str, str]] = {
    "no": {"Romanian": "rumensk", "Polish": "polsk", "Thai": "thailandsk", "Brazilian": "brasiliansk"},
    "sv": {"Romanian": "rumänsk", "Polish": "polsk", "Thai": "thailändsk", "Brazilian": "brasiliansk"},
    "da": {"Romanian": "rumænsk", "Polish": "polsk", "Thai": "thailandsk", "Brazilian": "brasiliansk"},
}

#: the free-mail providers women's addresses are at, and the controllers' own domains' parts
PROVIDERS = ("gmail.com", "hotmail.com", "outlook.com", "protonmail.com", "yahoo.com", "icloud.com", "live.se")
AGENCY_WORDS = "nordlys silkeveien velvetfjord rosehage aurora kysten midnatt lykke stjerne perle hjerte".split()
AGENCY_TLDS = ("no", "se", "dk", "eu", "net")

#: sentence parts per language: opener, middle, close (a woman's or a network's sentence joins one of each)
PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "no": (
        (
            "Jeg er en",
            "Her er en",
            "Møt en",
            "Du finner en",
            "Velkommen til en",
            "Hos meg møter du en",
            "Kom og treff en",
            "Bli kjent med en",
            "Ny i byen er en",
            "Denne uka er jeg en",
            "Endelig tilbake er en",
            "Du får en",
        ),
        (
            "varm og leken",
            "rolig og diskré",
            "smilende og myk",
            "elegant og søt",
            "naturlig og blid",
            "sporty og sprudlende",
            "sjenerøs og ærlig",
            "nysgjerrig og varm",
            "avslappet og hyggelig",
            "lekende og rolig",
            "stilfull og myk",
            "morsom og oppmerksom",
            "rolig og vennlig",
        ),
        (
            "jente som elsker gode samtaler.",
            "dame med god tid til deg.",
            "kvinne som liker rolige kvelder.",
            "jente med myke hender.",
            "venninne for travle menn.",
            "dame som tar imot i egen leilighet.",
            "jente som gir deg full oppmerksomhet.",
            "kvinne uten stress og mas.",
            "jente som reiser mye.",
            "dame for deg som vil slappe av.",
            "jente med sans for humor.",
            "kvinne med rene lokaler.",
        ),
    ),
    "sv": (
        (
            "Jag är en",
            "Här finns en",
            "Träffa en",
            "Du hittar en",
            "Välkommen till en",
            "Hos mig möter du en",
            "Kom och träffa en",
            "Lär känna en",
            "Ny i stan är en",
            "Den här veckan är jag en",
            "Äntligen tillbaka är en",
            "Du får en",
        ),
        (
            "varm och lekfull",
            "lugn och diskret",
            "glad och mjuk",
            "elegant och söt",
            "naturlig och go",
            "sportig och sprudlande",
            "generös och ärlig",
            "nyfiken och varm",
            "avslappnad och trevlig",
            "busig och lugn",
            "stilren och mjuk",
            "rolig och uppmärksam",
            "lugn och vänlig",
        ),
        (
            "tjej som älskar goda samtal.",
            "kvinna med gott om tid för dig.",
            "tjej som gillar lugna kvällar.",
            "tjej med mjuka händer.",
            "väninna för stressade män.",
            "kvinna som tar emot i egen lägenhet.",
            "tjej som ger dig all uppmärksamhet.",
            "kvinna utan stress och jäkt.",
            "tjej som reser mycket.",
            "kvinna för dig som vill koppla av.",
            "tjej med glimten i ögat.",
            "kvinna med rena lokaler.",
        ),
    ),
    "da": (
        (
            "Jeg er en",
            "Her er en",
            "Mød en",
            "Du finder en",
            "Velkommen til en",
            "Hos mig møder du en",
            "Kom og mød en",
            "Lær en",
            "Ny i byen er en",
            "Denne uge er jeg en",
            "Endelig tilbage er en",
            "Du får en",
        ),
        (
            "varm og legesyg",
            "rolig og diskret",
            "smilende og blød",
            "elegant og sød",
            "naturlig og glad",
            "sporty og livlig",
            "gavmild og ærlig",
            "nysgerrig og varm",
            "afslappet og hyggelig",
            "fræk og rolig",
            "stilfuld og blød",
            "sjov og opmærksom",
            "rolig og venlig",
        ),
        (
            "pige som elsker gode samtaler.",
            "kvinde med god tid til dig.",
            "pige der kan lide rolige aftener.",
            "pige med bløde hænder.",
            "veninde for travle mænd.",
            "kvinde der modtager i egen lejlighed.",
            "pige som giver dig fuld opmærksomhed.",
            "kvinde uden stress og jag.",
            "pige der rejser meget.",
            "kvinde til dig der vil slappe af.",
            "pige med glimt i øjet.",
            "kvinde med rene lokaler.",
        ),
    ),
    "en": (
        (
            "I am a",
            "Here is a",
            "Meet a",
            "You will find a",
            "Welcome to a",
            "With me you meet a",
            "Come and see a",
            "Get to know a",
            "New in town is a",
            "This week I am a",
            "Finally back is a",
            "You get a",
        ),
        (
            "warm and playful",
            "calm and discreet",
            "smiling and soft",
            "elegant and sweet",
            "natural and happy",
            "sporty and bubbly",
            "generous and honest",
            "curious and warm",
            "relaxed and friendly",
            "cheeky and calm",
            "stylish and gentle",
            "funny and attentive",
            "quiet and kind",
        ),
        (
            "girl who loves good conversation.",
            "lady with plenty of time for you.",
            "woman who likes quiet evenings.",
            "girl with soft hands.",
            "companion for busy men.",
            "lady who receives in her own flat.",
            "girl who gives you all her attention.",
            "woman without stress or rush.",
            "girl who travels a lot.",
            "lady for you who wants to unwind.",
            "girl with a sense of humour.",
            "woman with clean rooms.",
        ),
    ),
}

#: per language: greeting, "years", "in <city> now", "next stop", "call or text", "mail", price unit, the
#: youth cues of a girl under age, recruitment texts of a controller
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "no": {
        "hello": ("Hei", "Hallo", "Heisann"),
        "years": ("år",),
        "now": ("Nå i {c}", "Er i {c} denne uka", "Besøker {c} noen dager", "Bor sentralt i {c}"),
        "next": ("Neste stopp: {c}", "Snart i {c}"),
        "call": ("Ring eller SMS", "Send SMS", "Ring meg", "Kun SMS", "Tlf"),
        "mail": ("Mail", "E-post", "Skriv til"),
        "unit": ("kr", "NOK"),
        "young": ("Helt ny i bransjen", "Student og fersk", "Nettopp fylt 18", "Ung og uerfaren"),
        "recruit": ("Vi søker nye jenter til byrået", "Jobb hos oss, vi ordner reise og bolig"),
    },
    "sv": {
        "hello": ("Hej", "Hejsan", "Tjena"),
        "years": ("år",),
        "now": ("Nu i {c}", "Är i {c} den här veckan", "Besöker {c} några dagar", "Bor centralt i {c}"),
        "next": ("Nästa stopp: {c}", "Snart i {c}"),
        "call": ("Ring eller sms", "Skicka sms", "Ring mig", "Endast sms", "Tel"),
        "mail": ("Mejl", "E-post", "Skriv till"),
        "unit": ("kr", "SEK"),
        "young": ("Helt ny i branschen", "Student och ny", "Fyllde nyss 18", "Ung och oerfaren"),
        "recruit": ("Vi söker nya tjejer till byrån", "Jobba hos oss, vi fixar resa och boende"),
    },
    "da": {
        "hello": ("Hej", "Hejsa", "Hallo"),
        "years": ("år",),
        "now": ("Nu i {c}", "Er i {c} denne uge", "Besøger {c} et par dage", "Bor centralt i {c}"),
        "next": ("Næste stop: {c}", "Snart i {c}"),
        "call": ("Ring eller sms", "Send sms", "Ring til mig", "Kun sms", "Tlf"),
        "mail": ("Mail", "E-mail", "Skriv til"),
        "unit": ("kr", "DKK"),
        "young": ("Helt ny i branchen", "Studerende og frisk", "Lige fyldt 18", "Ung og uerfaren"),
        "recruit": ("Vi søger nye piger til bureauet", "Arbejd hos os, vi sørger for rejse og bolig"),
    },
    "en": {
        "hello": ("Hi", "Hello", "Hey"),
        "years": ("yo", "years"),
        "now": ("Now in {c}", "In {c} this week", "Visiting {c} for a few days", "Living central {c}"),
        "next": ("Next stop: {c}", "Soon in {c}"),
        "call": ("Call or text", "Text me", "Call me", "SMS only", "Phone"),
        "mail": ("Mail", "E-mail", "Write to"),
        "unit": ("NOK", "SEK", "DKK"),
        "young": ("Brand new to this", "Student and fresh", "Just turned 18", "Young and new"),
        "recruit": ("We are hiring new girls for the agency", "Work with us, travel and housing arranged"),
    },
}

#: digits as words, per language (a number read out)
DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "no": ("null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"),
    "sv": ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"),
    "da": ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}

#: the word for "at" and "dot" in an address written out
AT_DOT: dict[str, tuple[tuple[str, str], ...]] = {
    "no": (("(at)", "(dot)"), (" krøllalfa ", " punktum "), ("[at]", ".")),
    "sv": (("(at)", "(punkt)"), (" snabel-a ", " punkt "), ("[at]", ".")),
    "da": (("(at)", "(dot)"), (" snabela ", " punktum "), ("[at]", ".")),
    "en": (("(at)", "(dot)"), (" at ", " dot "), ("[at]", "[dot]")),
}
