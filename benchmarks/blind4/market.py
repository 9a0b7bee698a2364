"""The market: persons, controllers, six sites and their templates, and the ads written over 26 weeks."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from . import writing as W
from .places import CITIES, COUNTRY_CITIES, COUNTRY_LANG, HOTELS, WEIGHT

START = dt.datetime(2026, 1, 5, 8, 0)
DAYS = 182
REDESIGN = START + dt.timedelta(days=DAYS // 2)

# where advertisers' own phones come from, and the prefixes of valid mobile ranges (random digits after)
ORIGINS: list[tuple[str, float, str, list[str]]] = [
    # (origin, weight, language they write first, mobile national-number prefixes)
    ("NO", 6, "no", ["4", "9"]),
    ("SE", 6, "sv", ["70", "72", "73", "76", "79"]),
    ("DK", 5, "da", ["2", "30", "31", "40", "42", "50", "52", "60", "61", "71", "81", "91", "93"]),
    ("RO", 14, "ro", ["72", "73", "74", "75", "76", "77", "78"]),
    ("BG", 5, "bg", ["87", "88", "89"]),
    ("HU", 5, "en", ["20", "30", "70"]),
    ("PL", 5, "pl", ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]),
    ("TH", 9, "en", ["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "89", "90", "91"]),
    ("BR", 5, "pt", ["119", "219", "319", "419", "619", "719", "819"]),
    ("ES", 5, "es", ["6", "71", "72", "73"]),
    ("NG", 7, "en", ["703", "706", "803", "806", "810", "813", "816", "903", "906"]),
    ("UA", 4, "en", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]),
    ("LT", 3, "en", ["6"]),
    ("LV", 2, "en", ["2"]),
    ("VN", 3, "en", ["90", "91", "93", "94", "96", "97", "98"]),
    ("CO", 3, "es", ["300", "301", "310", "311", "312", "313", "315", "316", "320", "321"]),
    ("DE", 2, "en", ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177"]),
    ("GB", 2, "en", ["74", "75", "77", "78", "79"]),
    ("NL", 1, "en", ["6"]),
]
NATIONALITY = {
    "NO": ("norsk", "svensk", "dansk", "Norwegian"), "SE": ("norsk", "svensk", "dansk", "Swedish"),
    "DK": ("norsk", "svensk", "dansk", "Danish"), "RO": ("rumensk", "rumänsk", "rumænsk", "Romanian"),
    "BG": ("bulgarsk", "bulgarisk", "bulgarsk", "Bulgarian"), "HU": ("ungarsk", "ungersk", "ungarsk", "Hungarian"),
    "PL": ("polsk", "polsk", "polsk", "Polish"), "TH": ("thai", "thailändsk", "thai", "Thai"),
    "BR": ("brasiliansk", "brasiliansk", "brasiliansk", "Brazilian"), "ES": ("spansk", "spansk", "spansk", "Spanish"),
    "NG": ("afrikansk", "afrikansk", "afrikansk", "African"), "UA": ("ukrainsk", "ukrainsk", "ukrainsk", "Ukrainian"),
    "LT": ("litauisk", "litauisk", "litauisk", "Lithuanian"), "LV": ("latvisk", "lettisk", "lettisk", "Latvian"),
    "VN": ("asiatisk", "asiatisk", "asiatisk", "Asian"), "CO": ("latina", "latina", "latina", "Colombian"),
    "DE": ("tysk", "tysk", "tysk", "German"), "GB": ("engelsk", "engelsk", "engelsk", "English"),
    "NL": ("nederlandsk", "holländsk", "hollandsk", "Dutch"),
}  # fmt: skip
CC_OF = {"NO": 47, "SE": 46, "DK": 45}

NAMES = ["Lina", "Mia", "Sofia", "Bianca", "Daria", "Nika", "Emilia", "Kimmy", "Lola", "Vera", "Jasmin", "Nadia",
         "Alina", "Ploy", "Nok", "Fah", "Mai", "Ling", "Carla", "Paola", "Yasmin", "Mira", "Tina", "Eva", "Roxy",
         "Dana", "Ella", "Ruby", "Sasha", "Alexa", "Gabi", "Luna", "Stella", "Kira", "Natasha", "Milena", "Andreea",
         "Ioana", "Denisa", "Bella", "Amber", "Cleo", "Joy", "Pim", "Noi", "Lan", "Thuy", "Valentina", "Camila",
         "Larissa", "Julia", "Nina", "Zoe", "Angel", "Candy", "Honey", "Sara", "Lisa", "Maja", "Tiffany", "Paris",
         "Diana", "Viki", "Klara", "Hanna", "Ida", "Linnea", "Frida", "Sunny", "Blessing", "Precious",
         "Favour"]  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "protonmail.com", "icloud.com", "mail.ru",
                "hotmail.no", "live.se", "yahoo.dk", "proton.me", "gmx.de"]  # fmt: skip


def _valid_phone(rng: random.Random, country: str, prefixes: list[str]) -> str:
    cc = phonenumbers.country_code_for_region(country)
    for _ in range(200):
        pre = rng.choice(prefixes)
        for total in (8, 9, 10, 11):
            nsn = pre + "".join(str(rng.randrange(10)) for _ in range(total - len(pre)))
            num = phonenumbers.parse(f"+{cc}{nsn}")
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(f"no valid number for {country} {prefixes}")


def _landline(rng: random.Random, country: str) -> str:
    pre = {"NO": ["21", "22", "23", "55", "73", "51"], "SE": ["8", "31", "40"], "DK": ["33", "35", "38", "86"]}
    cc = CC_OF[country]
    for _ in range(200):
        p = rng.choice(pre[country])
        total = 8 if country != "SE" else rng.choice([9, 8])
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(total - len(p)))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError("no landline")


@dataclass
class Person:
    pid: str
    name: str
    origin: str
    lang: str  # the language she writes first
    age: int
    phones: list[str]  # her numbers, the second from `switch` on
    switch: dt.datetime | None
    near_switch: bool  # the new number differs from the old in its last digits only
    email: str | None
    itinerary: list[tuple[dt.datetime, str]]  # (from, city)
    network: str | None
    sites: list[str]
    salon: str | None = None
    handle: str | None = None
    writes_both: bool = False

    def phone_at(self, when: dt.datetime) -> list[str]:
        if self.switch is None or when < self.switch:
            return [self.phones[0]]
        return [self.phones[-1]]

    def city_at(self, when: dt.datetime) -> str:
        city = self.itinerary[0][1]
        for start, c in self.itinerary:
            if start <= when:
                city = c
        return city


@dataclass
class Network:
    nid: str
    agency: str
    booking_phone: str | None
    booking_email: str | None
    lang: str
    persons: list[Person] = field(default_factory=list)


class Truth:
    """The furniture, phones and e-mails one ad is written with."""

    def __init__(self) -> None:
        self.furniture: list[dict[str, Any]] = []
        self.phone_styles: dict[str, str] = {}
        self.email_styles: dict[str, str] = {}

    def furn(self, kind: str, text: str, e164: str | None = None) -> str:
        item: dict[str, Any] = {"kind": kind, "text": text, "digits": "".join(c for c in text if c.isdigit())}
        if e164:
            item["e164"] = e164
        self.furniture.append(item)
        return text

    def phone(self, e164: str, style: str) -> None:
        self.phone_styles.setdefault(e164, style)

    def email(self, addr: str, style: str) -> None:
        self.email_styles.setdefault(addr.lower(), style)


def _weighted(rng: random.Random, items: list[Any], weights: list[float]) -> Any:
    return rng.choices(items, weights=weights, k=1)[0]


def _slug(text: str) -> str:
    table = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "ö": "o", "ä": "a", "ü": "u", "é": "e"})
    s = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")
    return s[:60].strip("-")


# --- what a person writes ------------------------------------------------------------------------------

INTRO = {
    "no": [
        "Hei! Jeg heter {name}, {age}, og er ny i {city}.",
        "Søt og hyggelig {nat} jente, nå i {city} noen dager 💋",
        "{name} her – besøker {city} denne uka. Diskret og ren.",
        "Hei gutter, jeg er {name} fra {natc}, ny jente i {city}, veldig snill og søt.",
        "Jeg er ny i byen {city}, ringe meg for mer info. {age}.",
        "NY I {cityu}!! {name} {age} – kun for voksne herrer.",
    ],
    "sv": [
        "Hej! Jag heter {name}, {age}, ny i {city}.",
        "Söt {nat} tjej, nu i {city} några dagar 💋",
        "{name} här – besöker {city} denna vecka. Diskret.",
        "Hej killar, jag är {name} från {natc}, ny tjej i {city}, mycket snäll.",
        "Ny i stan {city}! Ring mig för info. {age}.",
        "NY I {cityu}!! {name} {age} – bara seriösa herrar.",
    ],
    "da": [
        "Hej søde, jeg hedder {name}, {age}, ny i {city}.",
        "Sød {nat} pige, i {city} nogle dage 💋",
        "{name} her – besøger {city} denne uge. Diskret og ren.",
        "Hej drenge, jeg er {name} fra {natc}, ny pige i {city}, meget sød.",
        "Ny i byen {city}, ring til mig for info. {age}.",
        "NY I {cityu}!! {name} {age} – kun for voksne herrer.",
    ],
    "en": [
        "Hello gentlemen, I am {name}, {age}, new in {city}!",
        "Sexy {nate} girl just arrived in {city} 💋",
        "Hi honey, {name} here, visiting {city} for few days only.",
        "Hello my loves 😘 I'm {name}, {age}, in {city} this week, sweet and discreet.",
        "NEW IN {cityu}!!! {name} {age}, real photos 100%",
        "Hi, my name is {name}, I am {nate} girl, {age}, now in {city}. Call me baby.",
    ],
}
AGE = {
    "no": ["{a} år", "{a} år gammel", "({a})", "{a}"],
    "sv": ["{a} år", "{a} år gammal", "({a})", "{a}"],
    "da": ["{a} år", "{a} år gammel", "({a})", "{a}"],
    "en": ["{a} years", "{a} y.o.", "{a}yo", "({a})", "age {a}"],
}
MINOR_AGE = {
    "no": ["{a} år", "sytten år", "nesten 18", "født {y}", "{a} (18 snart)"],
    "sv": ["{a} år", "sjutton år", "nästan 18", "född {y}", "{a} (fyller 18 snart)"],
    "da": ["{a} år", "sytten år", "næsten 18", "født {y}", "{a} (18 snart)"],
    "en": ["{a} years", "seventeen", "almost 18", "born {y}", "{a}yo teen"],
}
SERVICE = {
    "no": ["Incall og outcall.", "Kun incall.", "Outcall i hele {city}.", "GFE, massasje, avslapning.",
           "Ingen SMS uten navn.", "Ikke skjult nummer."],
    "sv": ["Incall och outcall.", "Endast incall.", "Outcall i hela {city}.", "GFE, massage, avslappning.",
           "Inga dolda nummer.", "Svarar inte på SMS utan namn."],
    "da": ["Incall og outcall.", "Kun incall.", "Outcall i hele {city}.", "GFE, massage, afslapning.",
           "Ingen skjulte numre.", "Svarer ikke på SMS uden navn."],
    "en": ["Incall & outcall.", "Incall only.", "Outcall all {city}.", "GFE, massage, relax.",
           "No private numbers.", "No sms without name please."],
}  # fmt: skip
CONTACT = {
    "no": ["Ring meg: {p}", "Tlf: {p}", "SMS/WhatsApp {p}", "Ring eller send sms {p}", "Nummer: {p}",
           "Kontakt {p}", "Mob. {p}", "Kun SMS: {p}"],
    "sv": ["Ring mig: {p}", "Tel: {p}", "SMS/WhatsApp {p}", "Ring eller sms:a {p}", "Nummer: {p}",
           "Kontakt {p}", "Mobil {p}", "Endast SMS: {p}"],
    "da": ["Ring til mig: {p}", "Tlf.: {p}", "SMS/WhatsApp {p}", "Ring eller skriv {p}", "Nummer: {p}",
           "Kontakt {p}", "Mobil {p}", "Kun SMS: {p}"],
    "en": ["Call me: {p}", "Tel: {p}", "SMS/WhatsApp {p}", "Call or text {p}", "My number: {p}",
           "Contact {p}", "Mob {p}", "Only sms: {p}"],
}  # fmt: skip
MAIL_LINE = {
    "no": ["E-post: {e}", "Mail: {e}", "Skriv til {e}"],
    "sv": ["E-post: {e}", "Mejl: {e}", "Maila {e}"],
    "da": ["E-mail: {e}", "Mail: {e}", "Skriv til {e}"],
    "en": ["Email: {e}", "Mail me: {e}", "E-mail {e}"],
}
BOOKING = {
    "no": ["Booking: {p}", "Bestilling via {a}: {p}", "Ring {a} for avtale: {p}"],
    "sv": ["Bokning: {p}", "Boka via {a}: {p}", "Ring {a} för bokning: {p}"],
    "da": ["Booking: {p}", "Bestil via {a}: {p}", "Ring {a} for aftale: {p}"],
    "en": ["Booking: {p}", "Book via {a}: {p}", "Call {a} for appointment: {p}"],
}
PARTIAL = {
    "no": "{masked} (siste {k}: {tail})",
    "sv": "{masked} (sista {k}: {tail})",
    "da": "{masked} (sidste {k}: {tail})",
    "en": "{masked} (last {k} digits: {tail})",
}
NEW_NUMBER = {
    "no": "NYTT NUMMER! Gammelt {old} virker ikke lenger, nytt er samme men slutter på {tail}",
    "sv": "NYTT NUMMER! Gamla {old} funkar inte, nya är samma men slutar på {tail}",
    "da": "NYT NUMMER! Gamle {old} virker ikke mere, nyt er samme men slutter på {tail}",
    "en": "NEW NUMBER! Old {old} not working, new one is same but ending {tail}",
}
PRICE = {
    "NO": ["30 min 1500,- / 1 t 2500,-", "1 time: 2.000 NOK", "Pris fra 1 800 kr", "½t 1200kr 1t 2000kr",
           "2000kr/t", "NOK 2 500 per time"],
    "SE": ["30 min 1 500:- / 1 h 2 500:-", "1 timme: 2000 SEK", "Pris från 1 800 kr", "½h 1200kr 1h 2000kr",
           "2000:-/h", "SEK 2 500 per timme"],
    "DK": ["30 min 1.200 kr. / 1 t 2.000 kr.", "1 time: 1500 DKK", "Pris fra 1.000,-", "½t 900kr 1t 1500kr",
           "1500,-/t", "DKK 2.000 pr. time"],
    "EN": ["150€ 30min / 250€ 1h", "1h = 2000 NOK", "from 200 euro", "30min 1500 1h 2500", "250 EUR/hour",
           "1 hour 3000kr"],
}  # fmt: skip
HOURS = ["10-22", "kl. 10.00–02.00", "11:00 - 03:00", "24/7", "fra 12 til 03", "9-21", "12.00-24.00", "18:00-06:00"]
MEASURE = ["170 cm / 55 kg / 75C", "165cm 52kg 34B", "Mål: 90-60-90", "172 cm, 58 kg, BH 80C", "160/48/70B",
           "Height 168, weight 54, bust 85", "Skostr. 38, 165 cm"]  # fmt: skip
ABOUT = {
    "no": ["Jeg er en glad og åpen jente som liker å kose meg.", "Kom og slapp av hos meg etter en lang dag.",
           "Egen leilighet, rent og diskret, gratis parkering i nærheten.", "Snakker engelsk og litt norsk.",
           "Bilder er ekte, ingen overraskelser.", "Ring gjerne i god tid før du kommer."],
    "sv": ["Jag är en glad och öppen tjej som gillar att mysa.", "Kom och koppla av hos mig efter en lång dag.",
           "Egen lägenhet, rent och diskret, parkering finns.", "Pratar engelska och lite svenska.",
           "Bilderna är äkta, inga överraskningar.", "Ring gärna i god tid innan du kommer."],
    "da": ["Jeg er en glad og åben pige som elsker hygge.", "Kom og slap af hos mig efter en lang dag.",
           "Egen lejlighed, rent og diskret, gratis parkering.", "Taler engelsk og lidt dansk.",
           "Billederne er ægte, ingen overraskelser.", "Ring gerne i god tid før du kommer."],
    "en": ["I am a sweet open-minded girl who loves to make you feel good.", "Come and relax with me after a long day.",
           "Private apartment, clean and discreet, parking nearby.", "I speak English and a little Spanish.",
           "My photos are 100% real, no surprises.", "Please call some time before you come, kisses."],
}  # fmt: skip
HANDLES = ["Snap: {h}", "Telegram: @{h}", "IG: {h}", "Kik {h}", "Signal: @{h}.{n2}"]


def lang_of(site_lang: str, person: Person, rng: random.Random) -> str:
    """The language an ad is written in: natives write the site's language, foreigners English or a
    (second-language) version of the site's language."""
    if person.origin in ("NO", "SE", "DK"):
        return COUNTRY_LANG[person.origin] if site_lang == "en" and rng.random() < 0.5 else site_lang
    if site_lang == "en":
        return "en"
    return site_lang if rng.random() < 0.45 else "en"


def write_phone(
    e164: str, rng: random.Random, lang: str, site_country: str, tr: Truth, plain_share: float = 0.5
) -> str:
    """One number written the way an advertiser might; the style goes into the truth."""
    num = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(num)
    home = region == site_country
    wl = lang if lang in ("no", "sv", "da", "en") else "en"
    r = rng.random()
    if r > plain_share and r < 0.5:
        r = rng.uniform(0.5, 1.0)
    if r < plain_share:
        text, style = W.plain(e164, rng, home)
        if not home and rng.random() < 0.15 and region not in ("NO", "SE", "DK"):
            # a foreign number in its own national form, with the country named
            _, parts = W.national_groups(e164, rng)
            nat = NATIONALITY[region][3]
            text = rng.choice([f"{' '.join(parts)} ({nat} number)", f"{region} {' '.join(parts)}"])
            style = "foreign national with country named"
    elif r < 0.58:
        text, style = W.words(e164, rng, wl, home)
    elif r < 0.62:
        first = rng.choice([p for p in ("ro", "es", "pt", "pl", "bg")])
        text, style = W.words(e164, rng, first, home)
    elif r < 0.67:
        text, style = W.tens(e164, rng, wl, home)
    elif r < 0.72:
        text, style = W.letters(e164, rng, home)
    elif r < 0.79:
        text, style = W.separators(e164, rng, home)
    elif r < 0.83:
        text, style = W.linebreak(e164, rng, home)
    elif r < 0.88:
        text, style = W.emoji(e164, rng, home)
    elif r < 0.92:
        text, style = W.lookalike(e164, rng, home)
    elif r < 0.94:
        text, style = W.messenger(e164, rng)
    elif r < 0.96:
        text, style = W.glued(e164, rng, wl, home)
    elif r < 0.985:
        text, style = W.split_parts(e164, rng, wl, home)
    else:
        d, parts = W.national_groups(e164, rng) if home else (e164, [e164])
        k = rng.choice([2, 3])
        masked = d[:-k] + "x" * k
        text = PARTIAL[wl].format(masked=masked, k=k, tail=d[-k:])
        style = "masked then completed"
    tr.phone(e164, style)
    return text


def write_email(addr: str, rng: random.Random, lang: str, tr: Truth) -> str:
    text, style = W.email(addr, rng, lang if lang in ("no", "sv", "da", "en") else "en")
    tr.email(addr, style)
    return text


def person_body(
    p: Person,
    when: dt.datetime,
    city_text: str,
    lang: str,
    site_country: str,
    rng: random.Random,
    tr: Truth,
    net: Network | None,
    hide_own: bool = False,
) -> tuple[str, list[str], list[str], list[str]]:
    """The advertiser's own text: intro, details, contacts. Returns (text, phones, own phones, e-mails)."""
    wl = lang if lang in INTRO else "en"
    natidx = {"no": 0, "sv": 1, "da": 2}.get(wl, 3)
    nat = NATIONALITY[p.origin][natidx]
    if p.age < 18:
        age = rng.choice(MINOR_AGE[wl]).format(a=p.age, y=when.year - p.age)
    else:
        age = rng.choice(AGE[wl]).format(a=p.age)
    lines = [
        rng.choice(INTRO[wl]).format(
            name=p.name,
            age=age,
            city=city_text,
            cityu=city_text.upper(),
            nat=nat,
            natc=nat.capitalize(),
            nate=NATIONALITY[p.origin][3],
        )
    ]
    if p.age < 18 and str(when.year - p.age) in lines[0]:
        tr.furn("year", str(when.year - p.age))
    country = CITIES[p.city_at(when)][0]
    for about in rng.sample(ABOUT[wl], rng.choice([0, 1, 1, 2, 2, 3])):
        lines.append(about)
    if rng.random() < 0.55:
        lines.append(tr.furn("measure", rng.choice(MEASURE)))
    if rng.random() < 0.6:
        lines.append(rng.choice(SERVICE[wl]).format(city=city_text))
    if rng.random() < 0.6:
        key = "EN" if wl == "en" and rng.random() < 0.5 else country
        lines.append(tr.furn("price", rng.choice(PRICE[key])))
    if rng.random() < 0.3:
        hours = rng.choice(HOURS)
        lines.append(tr.furn("hours", {"no": "Åpent ", "sv": "Öppet ", "da": "Åbent ", "en": "Available "}[wl] + hours))
    if rng.random() < 0.22:
        hotel = rng.choice(HOTELS)
        room = str(rng.randint(101, 1520))
        word = {"no": "rom", "sv": "rum", "da": "værelse", "en": "room"}[wl]
        lines.append(f"{hotel}, {word} " + tr.furn("room", room))
    if rng.random() < 0.15:
        y0, y1 = rng.choice([(2, 9), (10, 18), (19, 28)]), rng.randint(1, 9)
        d0 = when.date() + dt.timedelta(days=y0[0] % 5)
        d1 = d0 + dt.timedelta(days=y1)
        lines.append(tr.furn("date", f"{d0.day}.{d0.month}.–{d1.day}.{d1.month}."))
    phones: list[str] = []
    own: list[str] = []
    emails: list[str] = []
    contact_lines: list[str] = []
    mine = p.phone_at(when)
    write_own = net is None or net.booking_phone is None or rng.random() < 0.35
    if hide_own:
        phones += mine
        own += mine
    elif write_own:
        for e164 in mine:
            if p.near_switch and p.switch and when >= p.switch and rng.random() < 0.5:
                old, new = p.phones[0], p.phones[-1]
                home = phonenumbers.region_code_for_number(phonenumbers.parse(old)) == site_country
                old_text, old_style = W.plain(old, rng, home)
                tr.phone(old, old_style)
                tail = phonenumbers.national_significant_number(phonenumbers.parse(new))[-2:]
                contact_lines.append(NEW_NUMBER[wl].format(old=old_text, tail=tail))
                tr.phone(new, "same as the old but ending")
                phones += [old, new]
                own += [old, new]
                continue
            contact_lines.append(rng.choice(CONTACT[wl]).format(p=write_phone(e164, rng, lang, site_country, tr)))
            phones.append(e164)
            own.append(e164)
        if p.writes_both and p.switch and when >= p.switch and p.phones[0] not in phones:
            word = {"no": "Gammelt nr", "sv": "Gamla nr", "da": "Gammelt nr", "en": "Old number"}[wl]
            contact_lines.append(f"({word}: {write_phone(p.phones[0], rng, lang, site_country, tr)})")
            phones.append(p.phones[0])
            own.append(p.phones[0])
    if net is not None and net.booking_phone:
        tmpl = rng.choice(BOOKING[wl])
        contact_lines.append(tmpl.format(a=net.agency, p=write_phone(net.booking_phone, rng, lang, site_country, tr)))
        phones.append(net.booking_phone)
    if p.email and rng.random() < 0.7:
        contact_lines.append(rng.choice(MAIL_LINE[wl]).format(e=write_email(p.email, rng, lang, tr)))
        emails.append(p.email)
    if net is not None and net.booking_email and rng.random() < 0.6:
        contact_lines.append(rng.choice(MAIL_LINE[wl]).format(e=write_email(net.booking_email, rng, lang, tr)))
        emails.append(net.booking_email)
    if p.handle and rng.random() < 0.5:
        h = rng.choice(HANDLES).format(h=p.handle, n2=rng.randint(10, 99))
        contact_lines.append(h)
        digits = "".join(c for c in h if c.isdigit())
        if digits:
            tr.furn("handle", h)
    rng.shuffle(contact_lines)
    body = lines + contact_lines
    if rng.random() < 0.4:
        body.append(
            rng.choice(["Kyss", "Puss", "Kram", "Kys", "xoxo", "Kisses"]) + " " + rng.choice(["💋", "😘", "❤️", ""])
        )
    sep = rng.choice(["\n", "\n", " ", "\n\n", " ✨ "])
    return sep.join(x for x in body if x), _uniq(phones), _uniq(own), _uniq(emails)


def _uniq(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


# --- the market ----------------------------------------------------------------------------------------

SALON_NAMES = ["Thai Orchid", "Lotus Spa", "Bangkok Touch", "Golden Hands", "Siam Wellness", "Bamboo Massage",
               "Jasmine Thai", "Asia Relax", "Zen Garden", "Royal Thai", "Happy Feet", "Blue Lagoon Spa",
               "Silk Touch", "Orchid Garden", "Phuket Massage"]  # fmt: skip
AGENCIES = ["Nordic Angels", "VIP Girls", "Elite Models", "Scandi Escort", "Diamond Agency", "Velvet Booking",
            "Luxury Ladies", "Aurora Models", "Baltic Beauties", "Sweet Dreams"]  # fmt: skip


class Market:
    """Persons, salons and controller networks, and the ads they post over 26 weeks, deterministic from
    the seed."""

    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(f"blind4:{seed}")
        self.n_ads = n_ads
        self.networks: list[Network] = []
        self.persons = self._persons(max(12, n_ads // 6))
        self.salons = self._salons(max(4, n_ads // 70))

    def _phone_for(self, origin: str, base: str) -> str:
        rng = self.rng
        if origin not in ("NO", "SE", "DK") and rng.random() < 0.45:
            return _valid_phone(rng, origin, next(o[3] for o in ORIGINS if o[0] == origin))
        return _valid_phone(rng, base, next(o[3] for o in ORIGINS if o[0] == base))

    def _network(self, base: str) -> Network:
        rng = self.rng
        nid = f"net-{len(self.networks) + 1}"
        r = rng.random()
        booking = None
        if r < 0.8:
            booking = (
                _valid_phone(rng, base, next(o[3] for o in ORIGINS if o[0] == base))
                if rng.random() < 0.7
                else (_valid_phone(rng, "RO", ["72", "73", "74", "75", "76", "77"]))
            )
        agency = rng.choice(AGENCIES)
        email = None
        if r >= 0.8 or rng.random() < 0.3:
            email = f"{_slug(agency).replace('-', '.')}{rng.randint(1, 999)}@{rng.choice(MAIL_DOMAINS)}"
        net = Network(nid, agency, booking, email, COUNTRY_LANG[base])
        self.networks.append(net)
        return net

    def _itinerary(self, base_city: str) -> list[tuple[dt.datetime, str]]:
        rng = self.rng
        out = [(START - dt.timedelta(days=30), base_city)]
        if rng.random() < 0.35:
            t = START + dt.timedelta(days=rng.randint(0, 40))
            while t < START + dt.timedelta(days=DAYS):
                country = CITIES[out[-1][1]][0]
                if rng.random() < 0.3:
                    country = rng.choice(["NO", "SE", "DK"])
                options = [c for c in COUNTRY_CITIES[country] if c != out[-1][1]]
                city = _weighted(rng, options, [WEIGHT[c] for c in options])
                out.append((t, city))
                t += dt.timedelta(days=rng.randint(4, 21))
        return out

    def _persons(self, n: int) -> list[Person]:
        rng = self.rng
        out: list[Person] = []
        open_nets: dict[str, Network] = {}
        for i in range(n):
            origin, _, lang, _ = _weighted(rng, ORIGINS, [o[1] for o in ORIGINS])
            base = origin if origin in ("NO", "SE", "DK") else rng.choice(["NO", "SE", "DK"])
            city = _weighted(rng, COUNTRY_CITIES[base], [WEIGHT[c] for c in COUNTRY_CITIES[base]])
            first = self._phone_for(origin, base)
            phones = [first]
            switch = None
            near = False
            if rng.random() < 0.25:
                switch = START + dt.timedelta(days=rng.randint(20, DAYS - 20))
                if rng.random() < 0.3:
                    near = True
                    for _ in range(50):
                        cand = first[:-2] + f"{rng.randrange(100):02d}"
                        if cand != first and phonenumbers.is_valid_number(phonenumbers.parse(cand)):
                            phones.append(cand)
                            break
                    else:
                        near = False
                if not near:
                    phones.append(self._phone_for(origin, base))
            name = rng.choice(NAMES)
            email = None
            if rng.random() < 0.3:
                sep, mid = rng.choice(["", ".", "_"]), rng.choice(["", str(rng.randint(1, 99)), "xx", "love"])
                email = f"{name.lower()}{sep}{mid}{rng.randint(70, 2005)}@{rng.choice(MAIL_DOMAINS)}"
            age = rng.randint(18, 42) if rng.random() > 0.02 else rng.choice([16, 17, 17])
            net = None
            if rng.random() < 0.3:
                key = base + str(rng.randrange(3))
                if key not in open_nets or len(open_nets[key].persons) >= rng.randint(2, 7):
                    open_nets[key] = self._network(base)
                net = open_nets[key]
            handle = None
            if rng.random() < 0.3:
                sep, mid = rng.choice(["_", ".", ""]), rng.choice(["xo", "sweet", "vip", ""])
                handle = f"{name.lower()}{sep}{mid}{rng.randint(1, 2004)}"
            p = Person(
                pid=f"p{i + 1}",
                name=name,
                origin=origin,
                lang=lang,
                age=age,
                phones=phones,
                switch=switch,
                near_switch=near,
                email=email,
                itinerary=self._itinerary(city),
                network=net.nid if net else None,
                sites=[],
                handle=handle,
                writes_both=switch is not None and rng.random() < 0.3,
            )
            if net is not None:
                net.persons.append(p)
            out.append(p)
        return out

    def _salons(self, n: int) -> list[Person]:
        rng = self.rng
        out: list[Person] = []
        chain: Network | None = None
        for i in range(n):
            country = rng.choice(["NO", "SE", "DK"])
            city = _weighted(rng, COUNTRY_CITIES[country], [WEIGHT[c] for c in COUNTRY_CITIES[country]])
            if rng.random() < 0.45:
                phone = _landline(rng, country)
            else:
                phone = _valid_phone(rng, country, next(o[3] for o in ORIGINS if o[0] == country))
            name = rng.choice(SALON_NAMES) + rng.choice([" Massage", " Spa", " Thaimassasje", " Wellness", ""])
            net = None
            if rng.random() < 0.2:
                if chain is None or len(chain.persons) >= 3:
                    chain = self._network(country)
                net = chain
            email = (
                f"{_slug(name).replace('-', '')}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
                if rng.random() < 0.4
                else None
            )
            s = Person(
                pid=f"s{i + 1}",
                name=name,
                origin=country,
                lang=COUNTRY_LANG[country],
                age=30,
                phones=[phone],
                switch=None,
                near_switch=False,
                email=email,
                itinerary=[(START - dt.timedelta(days=30), city)],
                network=net.nid if net else None,
                sites=[],
                salon=name,
            )
            if net is not None:
                net.persons.append(s)
            out.append(s)
        return out

    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        from .sites import Forum, Hedon, Nattlys, NordicAds, Rosa, Wellness

        rng = self.rng
        home = {"NO": Nattlys(rng), "SE": Rosa(rng), "DK": Hedon(rng)}
        agg = NordicAds(rng, list(home.values()))
        wellness = Wellness(rng)
        forum = Forum(rng)
        nets = {n.nid: n for n in self.networks}
        activity = [rng.paretovariate(1.3) for _ in self.persons]
        whens = sorted(START + dt.timedelta(seconds=rng.randrange(DAYS * 86400)) for _ in range(self.n_ads))
        out: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for when in whens:
            if rng.random() < 0.1:
                p = rng.choice(self.salons)
                net = nets.get(p.network or "")
                ad = wellness.ad(p, when, rng, net)
            else:
                p = rng.choices(self.persons, weights=activity, k=1)[0]
                net = nets.get(p.network or "")
                country = CITIES[p.city_at(when)][0]
                r = rng.random()
                if r < 0.72:
                    ad = home[country].ad(p, when, rng, net)  # type: ignore[attr-defined]
                elif r < 0.86:
                    ad = agg.ad(p, when, rng, net, home[country])
                else:
                    ad = forum.ad(p, when, rng, net)
            truth = {
                "site": ad.site,
                "id": ad.id,
                "url": ad.url,
                "phones": ad.phones,
                "own_phones": ad.own,
                "emails": [e.lower() for e in ad.emails],
                "city": p.city_at(when),
                "person_id": p.pid,
                "network_id": p.network or f"solo-{p.pid}",
                "furniture": ad.truth.furniture,
                "phone_styles": {k: v for k, v in ad.truth.phone_styles.items() if k in ad.phones},
                "email_styles": {k: v for k, v in ad.truth.email_styles.items() if k in [e.lower() for e in ad.emails]},
                "age": p.age,
                "minor": p.age < 18,
                "origin": p.origin,
            }
            out.append((ad.record(), truth))
        return out
