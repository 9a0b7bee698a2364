# ruff: noqa: E501
"""Words the advertisers of the fifteenth blind corpus compose their own sentences from (sv/no/da/en).

Each woman's sentences are drawn once from these parts with her own name and details, and kept in a registry
so that no sentence is used by two owners (two solo women, or two controllers); a controller's sentences hold a
slot for the woman's name, so its women's ads are near-identical within the controller only."""

from __future__ import annotations

import random

W: dict[str, dict[str, list[str]]] = {
    "en": {
        "hi": [
            "Hi",
            "Hello",
            "Hey gentlemen",
            "Welcome",
            "Hi darling",
            "Good evening",
            "Hello guys",
            "Hey there",
            "Hi boys",
            "Greetings",
        ],
        "iam": ["I am", "my name is", "I'm", "they call me", "this is your"],
        "adj": [
            "sweet",
            "sexy",
            "playful",
            "elegant",
            "naughty",
            "gentle",
            "slim",
            "curvy",
            "petite",
            "sensual",
            "warm",
            "classy",
            "fun",
            "discreet",
            "tall",
            "natural",
            "busty",
            "tanned",
            "shy",
            "wild",
            "friendly",
            "educated",
            "smiley",
            "soft",
        ],
        "girl": ["girl", "lady", "woman", "companion", "brunette", "blonde", "redhead", "princess", "muse"],
        "offer": [
            "I offer",
            "I can give you",
            "Enjoy with me",
            "Come to me for",
            "I love to give",
            "Book me for",
            "With me you get",
            "Treat yourself to",
        ],
        "svc": [
            "relaxing massage",
            "the girlfriend experience",
            "body to body",
            "a sensual evening",
            "dinner dates",
            "overnight company",
            "quick visits",
            "soft domination",
            "role play",
            "tantra",
            "couples sessions",
            "a hot shower together",
            "long kisses",
            "travel company",
        ],
        "time": [
            "any time of day",
            "late evenings too",
            "day and night",
            "by appointment only",
            "weekends included",
            "only in daytime",
            "until late",
            "with short notice",
            "after lunch",
            "most nights",
        ],
        "close": [
            "Only gentlemen please",
            "No hidden numbers",
            "Send a text first",
            "Respect and hygiene are a must",
            "I answer quickly",
            "Call me and don't be shy",
            "Serious bookings only",
            "No games and no time wasters",
            "Kisses",
            "See you soon",
            "Text me your name and time",
        ],
        "like": ["I like", "I enjoy", "In my free time I love", "I am crazy about", "My passions are"],
        "hobby": [
            "yoga",
            "travelling",
            "good wine",
            "dancing",
            "the gym",
            "fashion",
            "cooking",
            "long walks",
            "cinema",
            "music",
            "sushi",
            "the sea",
            "books",
            "shopping",
        ],
        "and": ["and"],
        "from": ["from"],
        "in": [
            "Incall in a clean apartment",
            "Outcall to hotels",
            "Incall and outcall",
            "Discreet private place",
            "Hotel visits welcome",
            "Parking nearby",
            "Close to the station",
        ],
        "minor": [
            "Just turned eighteen and new to this",
            "Young and fresh, my first time here",
            "Barely legal, very young and shy",
            "New young girl, only a few days here",
        ],
        "recruit": [
            "We are looking for girls",
            "New girls wanted",
            "Hiring ladies",
            "Work with us",
            "We help girls start",
        ],
        "perk": [
            "flat and tickets arranged",
            "high income every week",
            "safe and discreet work",
            "no experience needed",
            "we handle ads and bookings",
            "travel across Scandinavia",
        ],
    },
    "no": {
        "hi": ["Hei", "Hei alle sammen", "Hallo", "Heisann", "God kveld", "Hei kjekken", "Velkommen", "Hei gutter"],
        "iam": ["jeg er", "mitt navn er", "jeg heter", "her er din"],
        "adj": [
            "søt",
            "sexy",
            "leken",
            "elegant",
            "frekk",
            "rolig",
            "slank",
            "kurvete",
            "liten",
            "sensuell",
            "varm",
            "stilig",
            "morsom",
            "diskret",
            "høy",
            "naturlig",
            "solbrun",
            "blid",
            "sjenert",
            "vill",
            "myk",
        ],
        "girl": ["jente", "dame", "kvinne", "brunette", "blondine", "venninne", "prinsesse"],
        "offer": ["Jeg tilbyr", "Hos meg får du", "Kom til meg for", "Jeg elsker å gi", "Bestill meg for", "Nyt"],
        "svc": [
            "avslappende massasje",
            "kjæresteopplevelse",
            "kropp mot kropp",
            "en sensuell kveld",
            "middagsselskap",
            "overnatting",
            "korte besøk",
            "rollelek",
            "tantra",
            "par",
            "dusj sammen",
            "lett dominans",
            "lange kyss",
        ],
        "time": [
            "hele døgnet",
            "også sent på kvelden",
            "kun etter avtale",
            "også i helgene",
            "bare på dagtid",
            "til sent",
            "på kort varsel",
            "etter lunsj",
        ],
        "close": [
            "Kun seriøse henvendelser",
            "Ingen skjulte nummer",
            "Send SMS først",
            "Hygiene og respekt er et must",
            "Jeg svarer raskt",
            "Ring meg og ikke vær sjenert",
            "Ingen tidstyver",
            "Klem",
            "Vi ses snart",
        ],
        "like": ["Jeg liker", "Jeg elsker", "På fritiden liker jeg", "Jeg digger"],
        "hobby": [
            "yoga",
            "reising",
            "god vin",
            "dans",
            "trening",
            "mote",
            "matlaging",
            "lange turer",
            "kino",
            "musikk",
            "sushi",
            "havet",
            "bøker",
        ],
        "and": ["og"],
        "from": ["fra"],
        "in": [
            "Incall i ren leilighet",
            "Outcall til hotell",
            "Både incall og outcall",
            "Diskret privat sted",
            "Hotellbesøk er velkomne",
            "Parkering like ved",
            "Nær stasjonen",
        ],
        "minor": [
            "Helt ny og ung, nettopp fylt atten",
            "Ung og fersk, første gang her",
            "Veldig ung og sjenert jente",
            "Ny ung jente, bare noen dager her",
        ],
        "recruit": ["Vi søker jenter", "Nye jenter søkes", "Jobb hos oss", "Vi hjelper jenter i gang"],
        "perk": [
            "leilighet og billetter ordnes",
            "høy inntekt hver uke",
            "trygt og diskret",
            "ingen erfaring nødvendig",
            "vi tar annonser og bookinger",
            "reis i hele Skandinavia",
        ],
    },
    "sv": {
        "hi": ["Hej", "Hej allihop", "Hallå", "Tjena", "God kväll", "Hej snygging", "Välkommen", "Hej killar"],
        "iam": ["jag är", "mitt namn är", "jag heter", "här är din"],
        "adj": [
            "söt",
            "sexig",
            "lekfull",
            "elegant",
            "fräck",
            "lugn",
            "smal",
            "kurvig",
            "liten",
            "sensuell",
            "varm",
            "stilig",
            "rolig",
            "diskret",
            "lång",
            "naturlig",
            "solbränd",
            "glad",
            "blyg",
            "vild",
            "mjuk",
        ],
        "girl": ["tjej", "dam", "kvinna", "brunett", "blondin", "väninna", "prinsessa"],
        "offer": ["Jag erbjuder", "Hos mig får du", "Kom till mig för", "Jag älskar att ge", "Boka mig för", "Njut av"],
        "svc": [
            "avslappnande massage",
            "flickvänsupplevelse",
            "kropp mot kropp",
            "en sensuell kväll",
            "middagssällskap",
            "övernattning",
            "korta besök",
            "rollspel",
            "tantra",
            "par",
            "dusch tillsammans",
            "lätt dominans",
            "långa kyssar",
        ],
        "time": [
            "dygnet runt",
            "även sent på kvällen",
            "endast efter avtal",
            "även på helger",
            "bara dagtid",
            "till sent",
            "med kort varsel",
            "efter lunch",
        ],
        "close": [
            "Endast seriösa förfrågningar",
            "Inga dolda nummer",
            "Skicka sms först",
            "Hygien och respekt är ett måste",
            "Jag svarar snabbt",
            "Ring mig och var inte blyg",
            "Inga tidstjuvar",
            "Puss",
            "Vi ses snart",
        ],
        "like": ["Jag gillar", "Jag älskar", "På fritiden gillar jag", "Jag diggar"],
        "hobby": [
            "yoga",
            "resor",
            "gott vin",
            "dans",
            "träning",
            "mode",
            "matlagning",
            "långa promenader",
            "bio",
            "musik",
            "sushi",
            "havet",
            "böcker",
        ],
        "and": ["och"],
        "from": ["från"],
        "in": [
            "Incall i ren lägenhet",
            "Outcall till hotell",
            "Både incall och outcall",
            "Diskret privat ställe",
            "Hotellbesök välkomnas",
            "Parkering precis intill",
            "Nära stationen",
        ],
        "minor": [
            "Helt ny och ung, fyllde nyss arton",
            "Ung och fräsch, första gången här",
            "Väldigt ung och blyg tjej",
            "Ny ung tjej, bara några dagar här",
        ],
        "recruit": ["Vi söker tjejer", "Nya tjejer sökes", "Jobba hos oss", "Vi hjälper tjejer att komma igång"],
        "perk": [
            "lägenhet och biljetter ordnas",
            "hög inkomst varje vecka",
            "tryggt och diskret",
            "ingen erfarenhet krävs",
            "vi sköter annonser och bokningar",
            "res i hela Skandinavien",
        ],
    },
    "da": {
        "hi": ["Hej", "Hej alle sammen", "Hallo", "Godaften", "Hej søde", "Velkommen", "Hej drenge"],
        "iam": ["jeg er", "mit navn er", "jeg hedder", "her er din"],
        "adj": [
            "sød",
            "sexet",
            "legesyg",
            "elegant",
            "fræk",
            "rolig",
            "slank",
            "kurvet",
            "lille",
            "sensuel",
            "varm",
            "stilfuld",
            "sjov",
            "diskret",
            "høj",
            "naturlig",
            "solbrun",
            "glad",
            "genert",
            "vild",
            "blød",
        ],
        "girl": ["pige", "dame", "kvinde", "brunette", "blondine", "veninde", "prinsesse"],
        "offer": ["Jeg tilbyder", "Hos mig får du", "Kom til mig for", "Jeg elsker at give", "Book mig til", "Nyd"],
        "svc": [
            "afslappende massage",
            "kæresteoplevelse",
            "krop mod krop",
            "en sensuel aften",
            "middagsselskab",
            "overnatning",
            "korte besøg",
            "rollespil",
            "tantra",
            "par",
            "bad sammen",
            "let dominans",
            "lange kys",
        ],
        "time": [
            "døgnet rundt",
            "også sent om aftenen",
            "kun efter aftale",
            "også i weekenden",
            "kun i dagtimerne",
            "til sent",
            "med kort varsel",
            "efter frokost",
        ],
        "close": [
            "Kun seriøse henvendelser",
            "Ingen skjulte numre",
            "Send sms først",
            "Hygiejne og respekt er et must",
            "Jeg svarer hurtigt",
            "Ring til mig og vær ikke genert",
            "Ingen tidsrøvere",
            "Kys",
            "Vi ses snart",
        ],
        "like": ["Jeg kan lide", "Jeg elsker", "I min fritid elsker jeg", "Jeg er vild med"],
        "hobby": [
            "yoga",
            "rejser",
            "god vin",
            "dans",
            "træning",
            "mode",
            "madlavning",
            "lange gåture",
            "biograf",
            "musik",
            "sushi",
            "havet",
            "bøger",
        ],
        "and": ["og"],
        "from": ["fra"],
        "in": [
            "Incall i ren lejlighed",
            "Outcall til hotel",
            "Både incall og outcall",
            "Diskret privat sted",
            "Hotelbesøg er velkomne",
            "Parkering lige ved",
            "Tæt på stationen",
        ],
        "minor": [
            "Helt ny og ung, lige fyldt atten",
            "Ung og frisk, første gang her",
            "Meget ung og genert pige",
            "Ny ung pige, kun et par dage her",
        ],
        "recruit": ["Vi søger piger", "Nye piger søges", "Arbejd hos os", "Vi hjælper piger i gang"],
        "perk": [
            "lejlighed og billetter ordnes",
            "høj indtjening hver uge",
            "trygt og diskret",
            "ingen erfaring nødvendig",
            "vi klarer annoncer og bookinger",
            "rejs i hele Skandinavien",
        ],
    },
}
COUNTRY_NAME = {
    "en": {
        "NO": "Norway",
        "SE": "Sweden",
        "DK": "Denmark",
        "RO": "Romania",
        "BG": "Bulgaria",
        "HU": "Hungary",
        "PL": "Poland",
        "UA": "Ukraine",
        "LT": "Lithuania",
        "LV": "Latvia",
        "EE": "Estonia",
        "TH": "Thailand",
        "BR": "Brazil",
        "CO": "Colombia",
        "NG": "Nigeria",
        "ES": "Spain",
        "DE": "Germany",
        "CZ": "Czechia",
        "RU": "Russia",
        "VN": "Vietnam",
        "PH": "the Philippines",
        "DO": "the Dominican Republic",
        "AL": "Albania",
        "MD": "Moldova",
    },
    "scand": {
        "NO": "Norge",
        "SE": "Sverige",
        "DK": "Danmark",
        "RO": "Romania",
        "BG": "Bulgaria",
        "HU": "Ungarn",
        "PL": "Polen",
        "UA": "Ukraina",
        "LT": "Litauen",
        "LV": "Latvia",
        "EE": "Estland",
        "TH": "Thailand",
        "BR": "Brasil",
        "CO": "Colombia",
        "NG": "Nigeria",
        "ES": "Spania",
        "DE": "Tyskland",
        "CZ": "Tsjekkia",
        "RU": "Russland",
        "VN": "Vietnam",
        "PH": "Filippinene",
        "DO": "Den dominikanske republikk",
        "AL": "Albania",
        "MD": "Moldova",
    },
}


def country(lang: str, code: str) -> str:
    return COUNTRY_NAME["en" if lang == "en" else "scand"][code]


class Registry:
    """Which owner (a solo woman's person id, or a controller's network id) first wrote each sentence."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def claim(self, owner: str, make, rng: random.Random, tries: int = 40) -> str:
        s = make()
        for _ in range(tries):
            if self.owner.setdefault(s, owner) == owner:
                return s
            s = make()
        s = s.rstrip(".!") + ", " + rng.choice(["xx", "mwah", "ciao", "ok", "kram", "bye"]) + "."
        self.owner.setdefault(s, owner)
        return s


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def own_sentences(rng: random.Random, reg: Registry, owner: str, lang: str, name: str, nat: str) -> list[str]:
    """A woman's own sentences in one language: intro with her name, a service line, a hobby line, a closing."""
    w = W[lang]

    def intro() -> str:
        a, b = rng.sample(w["adj"], 2)
        tail = f" {w['from'][0]} {country(lang, nat)}" if rng.random() < 0.7 else ""
        return f"{rng.choice(w['hi'])}, {rng.choice(w['iam'])} {name}, {a} {w['and'][0]} {b} {rng.choice(w['girl'])}{tail}."

    def service() -> str:
        s1, s2 = rng.sample(w["svc"], 2)
        return f"{rng.choice(w['offer'])} {s1} {w['and'][0]} {s2} {rng.choice(w['time'])}."

    def hobby() -> str:
        h1, h2 = rng.sample(w["hobby"], 2)
        return f"{rng.choice(w['like'])} {h1} {w['and'][0]} {h2}."

    def close() -> str:
        p1, p2 = rng.sample(w["in"], 2)
        c1, c2 = rng.sample(w["close"], 2)
        return f"{p1}, {p2[:1].lower() + p2[1:]}, {c1[:1].lower() + c1[1:]}, {c2[:1].lower() + c2[1:]}" + rng.choice(
            ["!", ".", "!!"]
        )

    return [reg.claim(owner, f, rng) for f in (intro, service, hobby, close)]


def controller_sentences(rng: random.Random, reg: Registry, owner: str, lang: str, brand: str | None) -> list[str]:
    """A controller's templates with a {name} slot: its women's ads differ in little more than the name."""
    w = W[lang]

    def intro() -> str:
        a, b = rng.sample(w["adj"], 2)
        lead = f"{brand} presents" if brand and lang == "en" else (brand + ":" if brand else rng.choice(w["hi"]) + "!")
        return f"{lead} {{name}}, {a} {w['and'][0]} {b} {rng.choice(w['girl'])}."

    def service() -> str:
        s1, s2, s3 = rng.sample(w["svc"], 3)
        return f"{rng.choice(w['offer'])} {s1}, {s2} {w['and'][0]} {s3} {rng.choice(w['time'])}."

    def close() -> str:
        c1, c2 = rng.sample(w["close"], 2)
        p = rng.choice(w["in"])
        return f"{p}, {c1[:1].lower() + c1[1:]}, {c2[:1].lower() + c2[1:]}."

    return [reg.claim(owner, f, rng) for f in (intro, service, close)]


def recruit_sentences(rng: random.Random, reg: Registry, owner: str, lang: str) -> list[str]:
    w = W[lang]

    def make() -> str:
        p1, p2 = rng.sample(w["perk"], 2)
        return f"{rng.choice(w['recruit'])}, {p1} {w['and'][0]} {p2}."

    return [reg.claim(owner, make, rng), reg.claim(owner, make, rng)]


def cap(s: str) -> str:
    return _cap(s)
