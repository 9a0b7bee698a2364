"""What advertisers write, in no/sv/da/en (the English often that of a second-language writer), with a few
words of their own languages mixed in."""

from __future__ import annotations

import random

INTRO = {
    "no": [
        "Hei gutter! Jeg heter {name}, {age} år, ny i {city}.",
        "{name} her 💋 {age} år og nettopp kommet til {city}.",
        "Hyggelig {origin} dame på besøk i {city}.",
        "Søt og leken jente, {age}, tar imot i {city}.",
        "Hei, jeg er {name}. Diskret og hyggelig, {city}.",
    ],
    "sv": [
        "Hej killar! Jag heter {name}, {age} år, ny i {city}.",
        "{name} här 💋 {age} år, precis kommit till {city}.",
        "Trevlig {origin} tjej, på besök i {city}.",
        "Söt och lekfull, {age} år, tar emot i {city}.",
        "Hej, jag är {name}. Diskret och mysig, {city}.",
    ],
    "da": [
        "Hej drenge! Jeg hedder {name}, {age} år, ny i {city}.",
        "{name} her 💋 {age} år og lige kommet til {city}.",
        "Sød {origin} pige på besøg i {city}.",
        "Frisk og legesyg, {age} år, modtager i {city}.",
        "Hej, jeg er {name}. Diskret og hyggelig, {city}.",
    ],
    "en": [
        "Hello gentlemen, I am {name}, {age} years, new in {city}.",
        "Hi baby, {name} here 💋 {age}yo just arrive {city}",
        "Sweet {origin} girl visiting {city} only few days!!",
        "NEW NEW NEW in {city} - {name}, {age}",
        "Hello my love, i am {name}, {origin} girl, now in {city}.",
    ],
}
DESC = {
    "no": [
        "Jeg er naturlig, smilende og liker å ta meg god tid.",
        "Ingen stress, bare avslapping og kos.",
        "Slank, lang hår, myk hud.",
        "Kun seriøse henvendelser, ingen skjult nummer.",
        "Rent og diskret sted.",
    ],
    "sv": [
        "Jag är naturlig, glad och tar mig gott om tid.",
        "Ingen stress, bara avkoppling och mys.",
        "Smal, långt hår, mjuk hy.",
        "Endast seriösa, inga dolda nummer.",
        "Rent och diskret ställe.",
    ],
    "da": [
        "Jeg er naturlig, smilende og tager mig god tid.",
        "Ingen stress, kun afslapning og hygge.",
        "Slank, langt hår, blød hud.",
        "Kun seriøse henvendelser, ingen skjulte numre.",
        "Rent og diskret sted.",
    ],
    "en": [
        "I am very sweet and friendly, no rush.",
        "Real photos 100%!! no fake",
        "Young, slim, long hair, soft skin.",
        "Only serious gentlemen please, no hidden number.",
        "Clean and discreet apartment, easy parking.",
    ],
}
CALL = {
    "no": ["Ring eller SMS:", "Tlf:", "Kontakt meg på", "Mob.", "Ring meg:"],
    "sv": ["Ring eller sms:", "Tel:", "Kontakta mig på", "Mob:", "Nå mig på"],
    "da": ["Ring eller sms:", "Tlf.", "Kontakt mig på", "Mobil:", "Skriv til"],
    "en": ["Call or text:", "Tel:", "Contact me:", "Phone", "WhatsApp me"],
}
MAIL = {
    "no": ["E-post:", "Mail:", "Skriv til"],
    "sv": ["Mejl:", "E-post:", "Maila"],
    "da": ["Mail:", "E-mail:", "Skriv på"],
    "en": ["Email:", "Mail me", "E-mail"],
}
BOOKING = {
    "no": "Booking for alle jentene:",
    "sv": "Bokning för alla tjejer:",
    "da": "Booking til alle piger:",
    "en": "Booking for all girls:",
}
NEWNUM = {"no": "NYTT NUMMER!", "sv": "NYTT NUMMER!", "da": "NYT NUMMER!", "en": "NEW NUMBER!!"}
TOUR = {
    "no": "Neste uke: {next}.",
    "sv": "Nästa vecka: {next}.",
    "da": "Næste uge: {next}.",
    "en": "Next week i go {next}.",
}
SECOND = {
    "ro": ["Pupici", "Te aștept", "Sună-mă"],
    "es": ["Besitos", "Te espero", "Llámame"],
    "pt": ["Beijos", "Te espero"],
    "pl": ["Całuski", "Zapraszam"],
    "th": ["สวัสดีค่ะ", "ขอบคุณค่ะ"],
    "bg": ["Целувки"],
    "uk": ["Цілую"],
    "vi": ["Xin chào"],
    "zh": ["欢迎"],
    "hu": ["Puszi"],
    "lt": ["Bučiniai"],
}
NATIONALITY = {
    "no": {
        "NO": "norsk",
        "SE": "svensk",
        "DK": "dansk",
        "RO": "rumensk",
        "BG": "bulgarsk",
        "TH": "thai",
        "BR": "brasiliansk",
        "PL": "polsk",
        "UA": "ukrainsk",
        "ES": "spansk",
        "LT": "litauisk",
        "HU": "ungarsk",
        "NG": "nigeriansk",
        "CO": "colombiansk",
        "VE": "venezuelansk",
        "VN": "vietnamesisk",
        "CN": "kinesisk",
        "DO": "dominikansk",
        "EE": "estisk",
    },
    "sv": {
        "NO": "norsk",
        "SE": "svensk",
        "DK": "dansk",
        "RO": "rumänsk",
        "BG": "bulgarisk",
        "TH": "thailändsk",
        "BR": "brasiliansk",
        "PL": "polsk",
        "UA": "ukrainsk",
        "ES": "spansk",
        "LT": "litauisk",
        "HU": "ungersk",
        "NG": "nigeriansk",
        "CO": "colombiansk",
        "VE": "venezuelansk",
        "VN": "vietnamesisk",
        "CN": "kinesisk",
        "DO": "dominikansk",
        "EE": "estnisk",
    },
    "da": {
        "NO": "norsk",
        "SE": "svensk",
        "DK": "dansk",
        "RO": "rumænsk",
        "BG": "bulgarsk",
        "TH": "thai",
        "BR": "brasiliansk",
        "PL": "polsk",
        "UA": "ukrainsk",
        "ES": "spansk",
        "LT": "litauisk",
        "HU": "ungarsk",
        "NG": "nigeriansk",
        "CO": "colombiansk",
        "VE": "venezuelansk",
        "VN": "vietnamesisk",
        "CN": "kinesisk",
        "DO": "dominikansk",
        "EE": "estisk",
    },
    "en": {
        "NO": "Norwegian",
        "SE": "Swedish",
        "DK": "Danish",
        "RO": "Romanian",
        "BG": "Bulgarian",
        "TH": "Thai",
        "BR": "Brazilian",
        "PL": "Polish",
        "UA": "Ukrainian",
        "ES": "Spanish",
        "LT": "Lithuanian",
        "HU": "Hungarian",
        "NG": "Nigerian",
        "CO": "Colombian",
        "VE": "Venezuelan",
        "VN": "Vietnamese",
        "CN": "Chinese",
        "DO": "Dominican",
        "EE": "Estonian",
    },
}
ORIGIN_LANG = {
    "RO": "ro",
    "BG": "bg",
    "TH": "th",
    "BR": "pt",
    "PL": "pl",
    "UA": "uk",
    "ES": "es",
    "LT": "lt",
    "HU": "hu",
    "NG": "en",
    "CO": "es",
    "VE": "es",
    "VN": "vi",
    "CN": "zh",
    "DO": "es",
}
NAMES = {
    "RO": ["Andreea", "Bianca", "Ioana", "Roxana", "Alina", "Denisa"],
    "BG": ["Desislava", "Gergana", "Tsveta", "Raya"],
    "TH": ["Ploy", "Mai", "Nok", "Fon", "Lek", "Dao", "Ying"],
    "BR": ["Larissa", "Thaís", "Bruna", "Jéssica"],
    "PL": ["Kasia", "Agnieszka", "Ola", "Magda"],
    "UA": ["Oksana", "Yana", "Vika", "Dasha"],
    "ES": ["Lucía", "Carmen", "Nerea"],
    "LT": ["Rūta", "Austėja", "Gabija"],
    "HU": ["Réka", "Dóra", "Zsófi"],
    "NG": ["Blessing", "Joy", "Precious", "Favour"],
    "CO": ["Valentina", "Camila", "Daniela"],
    "VE": ["Yuleisy", "Mariangel", "Génesis"],
    "VN": ["Linh", "Trang", "Hoa"],
    "CN": ["Lili", "Xiaomei", "Yan"],
    "DO": ["Yokasta", "Francheska", "Anyelina"],
    "NO": ["Ingrid", "Silje", "Hanne", "Tone", "Mari"],
    "SE": ["Elin", "Matilda", "Sanna", "Jenny", "Moa"],
    "DK": ["Mette", "Sofie", "Line", "Camilla", "Pernille"],
}
MONTHS = {
    "no": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "sv": ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "da": ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def minor_age(rng: random.Random, age: int, lang: str, year: int) -> str:
    """A minor's age in one of the ways it is hinted."""
    words = {
        "no": {16: "seksten", 17: "sytten"},
        "sv": {16: "sexton", 17: "sjutton"},
        "da": {16: "seksten", 17: "sytten"},
        "en": {16: "sixteen", 17: "seventeen"},
    }
    born = year - age
    return rng.choice(
        [
            f"{age}",
            f"{words.get(lang, words['en'])[age]}",
            "snart 18" if lang != "en" else "almost 18",
            f"f. {born}" if lang != "en" else f"born {born}",
            f"{age}yo",
            f"{age} 🎀",
        ]
    )


def greeting2(rng: random.Random, second: str | None) -> str:
    if second and second in SECOND and rng.random() < 0.5:
        return rng.choice(SECOND[second])
    return ""
