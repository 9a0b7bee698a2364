"""The fourteenth blind corpus (issue 14): six invented sites, each a form earlier corpora did not hold.

    python -m benchmarks.blind14 --seed 1 --ads 6000 --out DIR

- bokaro (massage/clinic listings, sv/no/da): a booking platform's *booking confirmation* pages: booking and
  receipt numbers, payment numbers (Swish, Vipps, MobilePay), organisation numbers (NO org.nr are nine digits
  starting 8/9, DK CVR eight digits: both look like phones), the salon's address; the salon's line (a clinic's
  booking number) and sometimes the masseuse's own. Redesign: bokaro.se -> bokaro.eu.
- silkeguiden (profile directory, no/en): the scraped *HTML with its scripts and JSON-LD left in*: schema.org
  telephone/email, a tel: button, a click-to-reveal base64 data attribute, Cloudflare's e-mail protection,
  analytics ids, cache-busting timestamps. Redesign: silkeguiden.no -> silkeguide.com (moved abroad, English).
- lanternen (buyers' review forum, da/sv/no/en): a member's *private-message dump* (export of the PM inbox):
  headers with member numbers, post counts, message ids, quoted replies naming a woman and her number.
- kontaktavisa (classifieds, no/da): a weekly free paper's contact page as *PDF extracted text*: two columns
  read across, so lines of the paper's own column (horoscope, house ads) sit between the ad's lines and a number
  breaks over a line end; page and week numbers, ad numbers. Redesign: a one-column layout with ligatures.
- skjermtips (chat dump, en/sv/no/da): *messenger screenshots run through OCR* that a tips inbox received: the
  status bar (clock, battery), the contact header (the number she chats from), bubbles with times, OCR
  look-alikes (O for 0, l for 1, S for 5, B for 8; @ read as (a)).
- turdagbok (hotel-touring "tour dates", sv/no/da/en): an English touring page read through a *translation
  proxy*: the rewritten URL, the proxy's banner, tour-date tables, tel: links rewritten into the proxy.

Persons: ~24 nationalities, many on a home-country SIM, 1-3 sites each, names varying by site, ages drifting,
touring, changing numbers, a few minors (16-17, written as 18-19 with "just turned 18"-style signals).
Controllers: agencies (booking line, e-mail, agency text), hidden controllers (one line for several women,
near-identical text), clinics (salon line). Recruitment ads are the controller's (person "controller-...").
Each woman's sentences are her own (composed from parts; a sentence another person already wrote is never
reused); each controller's sentences are its own. Every printed number of four or more digits is a contact in
the truth or an item of its furniture list (short ones too where the page prints them: prices, times, ages).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from benchmarks.blind14 import _fmt as fm
from benchmarks.blind14._data import (
    CITY_COUNTRY,
    CITY_NAMES,
    CITY_WEIGHT,
    GLUE,
    NATION_WORD,
    NATIONS,
    PARTS,
    POSTCODES,
    STREETS,
    WORK_NAMES,
)

DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, PLAIN = fm.DISGUISED, fm.EMAIL_EXACT, fm.EMAIL_STYLES, fm.HIDDEN, fm.PLAIN

SITES = ("bokaro", "silkeguiden", "lanternen", "kontaktavisa", "skjermtips", "turdagbok")
KIND = {
    "bokaro": "massage_listing",
    "silkeguiden": "profile_directory",
    "lanternen": "review_forum",
    "kontaktavisa": "classifieds",
    "skjermtips": "chat_dump",
    "turdagbok": "touring",
}
FORM = {
    "bokaro": "booking_confirmation",
    "silkeguiden": "html_jsonld_scripts",
    "lanternen": "forum_pm_dump",
    "kontaktavisa": "pdf_columns",
    "skjermtips": "messenger_screenshot_ocr",
    "turdagbok": "translation_proxy",
}
START = dt.date(2026, 2, 1)
DAYS = 290
REDESIGN = {  # the day each site changed its template (days after START)
    "bokaro": 120,
    "silkeguiden": 175,
    "lanternen": 90,
    "kontaktavisa": 205,
    "skjermtips": 150,
    "turdagbok": 230,
}
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "protonmail.com", "icloud.com"]
NORDIC_MAIL = {"NO": ["online.no", "live.no"], "SE": ["live.se", "telia.com"], "DK": ["live.dk", "mail.dk"]}


# -------------------------------------------------------------------------------------------- numbers
def _mobile(rng: random.Random, region: str, used: set[str]) -> str:
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    keep = {"NO": 0, "DK": 0, "SE": 1}.get(region, 2)
    first = {"NO": "49", "DK": "2345678", "SE": "7"}.get(region, "")
    for _ in range(500):
        head = nsn[:keep] if keep else rng.choice(first)
        cand = head + "".join(rng.choice("0123456789") for _ in range(len(nsn) - len(head)))
        if region == "SE":
            cand = "7" + rng.choice("0236") + cand[2:]
        num = phonenumbers.parse(f"+{cc}{cand}")
        typ = phonenumbers.number_type(num)
        if phonenumbers.is_valid_number(num) and typ in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in used:
                used.add(e164)
                return e164
    raise RuntimeError(region)


def _fixed(rng: random.Random, region: str, used: set[str]) -> str:
    """A landline: Oslo 2x xx xx xx, Stockholm 08-xxx xx xx, Copenhagen 3x xx xx xx."""
    head = {"NO": "2", "SE": "8", "DK": "3"}[region]
    size = {"NO": 7, "SE": 7, "DK": 7}[region]
    cc = {"NO": 47, "SE": 46, "DK": 45}[region]
    for _ in range(500):
        cand = head + "".join(rng.choice("0123456789") for _ in range(size))
        num = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(num):
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in used:
                used.add(e164)
                return e164
    raise RuntimeError(region)


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# -------------------------------------------------------------------------------------------- world
@dataclass
class Controller:
    cid: str
    kind: str  # agency | hidden | clinic
    country: str
    lang: str
    name: str
    lines: list[str]
    email: str | None
    sites: list[str]
    cities: list[str]
    texts: dict[str, list[str]] = field(default_factory=dict)  # lang -> its sentences (templates)
    recruit: dict[str, str] = field(default_factory=dict)
    direct: bool = False  # its women's own numbers printed too
    line_switch: int = 999
    habit: str = "national"


@dataclass
class Woman:
    pid: str
    nation: str
    sim: str
    name: str
    site_names: dict[str, str]
    age: int
    minor: bool
    phones: list[str]
    switch: list[int]  # the day each later number starts
    email: str | None
    city: str
    tours: list[str]
    sites: list[str]
    ctrl: Controller | None
    langs: list[str]
    habits: list[str]
    ehabit: str
    texts: dict[str, list[str]] = field(default_factory=dict)
    start: int = 0
    end: int = DAYS
    handle: str = ""


class Registry:
    """Every sentence, with who wrote it: a person's or a controller's text is never another's."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def take(self, sentence: str, who: str) -> bool:
        key = sentence.casefold()
        if self.owner.get(key, who) != who:
            return False
        self.owner[key] = who
        return True


def _sentences(rng: random.Random, lang: str, reg: Registry, who: str, nation: str) -> list[str]:
    """A woman's own sentences in a language, composed from parts; none another person already wrote."""
    p, g = PARTS[lang], GLUE[lang]
    like = g["i_like"] if lang == "en" else g["i_like"].lower()

    def two(key: str) -> list[str]:
        return rng.sample(p[key], 2)

    makers = [
        lambda: f"{g['i_am']} {rng.choice(p['me'])}, {like} {' {} '.format(g['and']).join(two('like'))}.",
        lambda: f"{_cap(two('offer')[0])}, {two('offer')[1]} {g['and']} {rng.choice(p['when'])}.",
        lambda: f"{_cap(rng.choice(p['when']))}, {' {} '.format(g['and']).join(two('ask'))}.",
        lambda: f"{_cap(' {} '.format(g['and']).join(two('like')))}, {rng.choice(p['when'])}, {rng.choice(p['ask'])}.",
    ]
    out: list[str] = []
    for make in makers:
        for _ in range(40):
            s = make()
            if _dup_parts(s):
                continue
            if reg.take(s, who):
                out.append(s)
                break
    return [f"{rng.choice(p['hello'])}!", *out]


def _dup_parts(s: str) -> bool:
    words = [w.casefold() for w in re.split(r" (?:og|och|and) |, ", s.rstrip("."))]
    return len(set(words)) < len(words)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


CTRL_PARTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "open": [
            "New girl just arrived",
            "Fresh in town this week",
            "Top service guaranteed",
            "Beautiful new lady",
            "Only a few days",
            "Young sexy girl visiting",
            "Real photos one hundred percent",
            "Hot new model",
            "Sweet new friend in town",
            "Exclusive lady waiting",
        ],
        "pitch": [
            "very friendly and open minded",
            "sweet face and perfect body",
            "ready to fulfil your wishes",
            "the best service in the city",
            "discreet and clean place",
            "speaks good english",
            "always smiling and relaxed",
            "come and see for yourself",
            "no rush and full service",
            "party girl with stamina",
        ],
        "close": [
            "call now",
            "book early",
            "no time wasters please",
            "only serious gentlemen",
            "sms with time and place",
            "central place near the station",
            "photos are real",
            "first come first served",
        ],
    },
    "no": {
        "open": [
            "Ny jente akkurat kommet",
            "Fersk i byen denne uken",
            "Topp service garantert",
            "Vakker ny dame",
            "Kun noen få dager",
            "Ung sexy jente på besøk",
            "Ekte bilder hundre prosent",
            "Heit ny modell",
            "Søt ny venninne i byen",
            "Eksklusiv dame venter",
        ],
        "pitch": [
            "veldig vennlig og åpen",
            "søtt ansikt og perfekt kropp",
            "klar til å oppfylle dine ønsker",
            "beste service i byen",
            "diskret og rent sted",
            "snakker godt engelsk",
            "alltid smilende og avslappet",
            "kom og se selv",
            "ingen hast og full service",
            "festjente med utholdenhet",
        ],
        "close": [
            "ring nå",
            "bestill tidlig",
            "ingen tidstyver takk",
            "bare seriøse herrer",
            "sms med tid og sted",
            "sentralt nær stasjonen",
            "bildene er ekte",
            "førstemann til mølla",
        ],
    },
    "sv": {
        "open": [
            "Ny tjej precis anländ",
            "Färsk i stan denna vecka",
            "Toppservice garanterad",
            "Vacker ny dam",
            "Bara några få dagar",
            "Ung sexig tjej på besök",
            "Äkta bilder hundra procent",
            "Het ny modell",
            "Söt ny väninna i stan",
            "Exklusiv dam väntar",
        ],
        "pitch": [
            "mycket vänlig och öppen",
            "sött ansikte och perfekt kropp",
            "redo att uppfylla dina önskningar",
            "bästa servicen i stan",
            "diskret och rent ställe",
            "pratar bra engelska",
            "alltid glad och avslappnad",
            "kom och se själv",
            "ingen brådska och full service",
            "festtjej med uthållighet",
        ],
        "close": [
            "ring nu",
            "boka tidigt",
            "inga tidstjuvar tack",
            "endast seriösa herrar",
            "sms med tid och plats",
            "centralt nära stationen",
            "bilderna är äkta",
            "först till kvarn",
        ],
    },
    "da": {
        "open": [
            "Ny pige lige ankommet",
            "Frisk i byen denne uge",
            "Topservice garanteret",
            "Smuk ny dame",
            "Kun få dage",
            "Ung sexet pige på besøg",
            "Ægte billeder hundrede procent",
            "Hed ny model",
            "Sød ny veninde i byen",
            "Eksklusiv dame venter",
        ],
        "pitch": [
            "meget venlig og åben",
            "sødt ansigt og perfekt krop",
            "klar til at opfylde dine ønsker",
            "den bedste service i byen",
            "diskret og rent sted",
            "taler godt engelsk",
            "altid smilende og afslappet",
            "kom og se selv",
            "ingen hast og fuld service",
            "festpige med udholdenhed",
        ],
        "close": [
            "ring nu",
            "book tidligt",
            "ingen tidsrøvere tak",
            "kun seriøse herrer",
            "sms med tid og sted",
            "centralt tæt på stationen",
            "billederne er ægte",
            "først til mølle",
        ],
    },
}

AGENCY_A = [
    "Velvet",
    "Nordlys",
    "Aurora",
    "Silk",
    "Diamant",
    "Blue Orchid",
    "Royal",
    "Polar",
    "Midnatt",
    "Crystal",
    "Scarlet",
    "Ivory",
    "Opal",
    "Fjord",
    "Saffire",
    "Cashmere",
    "Noble",
    "Luxe",
    "Amber",
    "Magnolia",
]
AGENCY_B = ["Escort", "Models", "Companions", "Agency", "Club", "Girls", "Elite", "VIP", "Ladies", "Dates"]
CLINIC_A = [
    "Thai Lotus",
    "Bamboo",
    "Golden Orchid",
    "Siam",
    "Jade",
    "Bangkok Garden",
    "Orchid Palace",
    "Chiang Mai",
    "Lotus Blue",
    "Rice Flower",
    "Pattaya",
    "Sabai",
    "Silk Road",
    "Mekong",
    "Coconut",
]
CLINIC_B = ["Massage", "Spa", "Wellness", "Health Clinic", "Thai Massage", "Massasje", "Massage & Spa", "Body Care"]

RECRUIT = {
    "en": [
        "We are hiring girls for work in {city}, high income, travel and flat arranged",
        "Looking for new ladies, {age}+, good money every day in {city}",
        "Job for open minded women, we help with tickets and apartment in {city}",
    ],
    "no": [
        "Vi søker jenter til jobb i {city}, høy inntekt, reise og leilighet ordnes",
        "Søker nye damer, {age}+, gode penger hver dag i {city}",
        "Jobb for åpne kvinner, vi hjelper med billett og leilighet i {city}",
    ],
    "sv": [
        "Vi söker tjejer för jobb i {city}, hög inkomst, resa och lägenhet fixas",
        "Söker nya damer, {age}+, bra pengar varje dag i {city}",
        "Jobb för öppna kvinnor, vi hjälper med biljett och lägenhet i {city}",
    ],
    "da": [
        "Vi søger piger til job i {city}, høj indtægt, rejse og lejlighed ordnes",
        "Søger nye damer, {age}+, gode penge hver dag i {city}",
        "Job for åbne kvinder, vi hjælper med billet og lejlighed i {city}",
    ],
}


def _ctrl_texts(rng: random.Random, c: Controller, reg: Registry, lang: str) -> list[str]:
    """A controller's two house sentences (with slots for the woman), its own and no other's."""
    p = CTRL_PARTS[lang]
    out: list[str] = []
    for k in range(2):
        for _ in range(60):
            if k == 0:
                p1, p2 = rng.sample(p["pitch"], 2)
                s = f"{rng.choice(p['open'])} {{who}}, {p1} {GLUE[lang]['and']} {p2}."
            else:
                c1, c2 = rng.sample(p["close"], 2)
                s = f"{_cap(c1)}, {c2}, {rng.choice(p['pitch'])}."
            if c.kind != "hidden":
                s = s.replace("{who}", f"{{who}} {_by(lang)} {c.name}") if k == 0 else f"{c.name}: {s}"
            if _dup_parts(s.replace("{who}", "x")):
                continue
            if reg.take(s, c.cid):
                out.append(s)
                break
    return out


def _by(lang: str) -> str:
    return {"en": "at", "no": "hos", "sv": "hos", "da": "hos"}[lang]


def _weighted(rng: random.Random, table: dict[str, float]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def _city_in(rng: random.Random, country: str) -> str:
    table = {c: w for c, w in CITY_WEIGHT.items() if CITY_COUNTRY[c] == country}
    return _weighted(rng, table)


STYLE_W = {
    "intl_plus_spaced": 16,
    "intl_plus_compact": 6,
    "intl_00": 4,
    "national": 22,
    "national_compact": 9,
    "national_dotted": 3,
    "wa_link": 4,
    "tme_link": 1,
    "star_separated": 3,
    "single_spaced": 4,
    "fullwidth": 1.5,
    "math_bold": 2,
    "keycaps": 2,
    "zero_width": 1.5,
    "bracket_groups": 2,
    "split_words_between": 3,
    "arabic_indic": 0.5,
    "words": 7,
    "mixed_words_digits": 4,
    "reversed": 2,
    "split_title_body": 2,
}
ESTYLE_W = {
    "plain": 30,
    "mailto": 6,
    "uppercase": 3,
    "at_word_en": 8,
    "bracket_at": 9,
    "local_word_at": 6,
    "spaced": 6,
    "provider_only": 5,
    "html_entity_at": 2,
}


def _mail_local(rng: random.Random, name: str) -> str:
    base = re.sub(r"[^a-z]", "", name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a"))
    tail = rng.choice(["", ".", "_", ""]) + rng.choice(["love", "xo", "sweet", "vip", "kiss", "nord", "x", "", "real"])
    return base + tail + rng.choice(["", str(rng.randrange(1, 99)), str(rng.randrange(1990, 2006))])


def _build_world(rng: random.Random, n_ads: int) -> tuple[list[Woman], list[Controller], set[str]]:
    used: set[str] = set()
    n_women = max(6, round(n_ads * 0.142))
    n_ctrl = max(3, round(n_ads * 0.0133))
    reg = Registry()
    ctrls: list[Controller] = []
    used_names: set[str] = set()
    for i in range(n_ctrl):
        kind = rng.choices(["agency", "hidden", "clinic"], weights=[33, 45, 22])[0]
        country = rng.choice(["NO", "SE", "DK"])
        lang = LANG_OF[country] if rng.random() < 0.8 else "en"
        name = ""
        for _ in range(100):
            if kind == "agency":
                name = f"{rng.choice(AGENCY_A)} {rng.choice(AGENCY_B)}"
            elif kind == "clinic":
                name = f"{rng.choice(CLINIC_A)} {rng.choice(CLINIC_B)}"
            else:
                name = f"hidden-{i}"
            if name not in used_names:
                break
        used_names.add(name)
        if kind == "hidden":
            sim = rng.choice([country, country, "RO", "BG", "LT", "PL"])
            lines = [_mobile(rng, sim, used)]
        elif kind == "clinic":
            lines = [_fixed(rng, country, used) if rng.random() < 0.5 else _mobile(rng, country, used)]
        else:
            lines = [_mobile(rng, country, used)]
        c = Controller(
            cid=f"net-{i:03d}",
            kind=kind,
            country=country,
            lang=lang,
            name=name,
            lines=lines,
            email=None,
            sites=[],
            cities=[],
        )
        if rng.random() < 0.3:  # a second line later (the first one blocked or burnt)
            c.lines.append(_mobile(rng, country if kind != "hidden" else sim, used))
            c.line_switch = rng.randrange(60, DAYS - 40)
        if kind != "hidden" and rng.random() < 0.75:
            slug = re.sub(r"[^a-z]", "", name.lower())
            c.email = rng.choice(
                [f"booking@{slug}.com", f"post@{slug}.net", f"{slug}.booking@gmail.com", f"info@{slug}.eu"]
            )
        elif kind == "hidden" and rng.random() < 0.25:
            c.email = f"{rng.choice(['dream', 'moon', 'hot', 'star', 'rose'])}{rng.choice(['girls', 'dates', 'nights'])}{rng.randrange(10, 99)}@{rng.choice(FREEMAIL)}"  # noqa: E501
        site_pool = {
            "agency": ["silkeguiden", "turdagbok", "kontaktavisa", "lanternen"],
            "hidden": ["kontaktavisa", "skjermtips", "silkeguiden", "lanternen", "turdagbok"],
            "clinic": ["bokaro", "silkeguiden", "lanternen"],
        }[kind]
        c.sites = rng.sample(site_pool, k=min(len(site_pool), rng.choice([2, 2, 3])))
        if kind == "clinic":
            c.sites = ["bokaro", *[s for s in c.sites if s != "bokaro"]][:2]
        c.cities = [_city_in(rng, country)]
        if kind != "clinic" and rng.random() < 0.5:
            c.cities.append(_city_in(rng, rng.choice(["NO", "SE", "DK"])))
        c.direct = kind != "hidden" and rng.random() < 0.35
        c.habit = (
            _weighted(rng, STYLE_W) if kind == "hidden" else rng.choice(["national", "national", "intl_plus_spaced"])
        )
        for lg in dict.fromkeys((c.lang, "en")):
            c.texts[lg] = _ctrl_texts(rng, c, reg, lg)
        ctrls.append(c)

    nations = list(NATIONS)
    women: list[Woman] = []
    # network sizes: agencies 4-11, hidden 2-6, clinics 2-6; the rest are solo
    slots: list[Controller] = []
    for c in ctrls:
        size = rng.randint(4, 11) if c.kind == "agency" else rng.randint(2, 6)
        slots += [c] * size
    rng.shuffle(slots)
    slots = slots[: int(n_women * 0.5)]
    for i in range(n_women):
        ctrl = slots[i] if i < len(slots) else None
        if ctrl and ctrl.kind == "clinic":
            nation = rng.choices(["Thai", "Chinese", "Vietnamese", "Filipina"], weights=[6, 2, 2, 1])[0]
        elif ctrl:
            nation = rng.choices(
                nations, weights=[1 if NATIONS[n][0] in ("NO", "SE", "DK") else NATIONS[n][1] for n in nations]
            )[0]
        else:
            nation = rng.choices(nations, weights=[NATIONS[n][1] for n in nations])[0]
        home, _, names = NATIONS[nation]
        country = ctrl.country if ctrl else (home if home in ("NO", "SE", "DK") else rng.choice(["NO", "SE", "DK"]))
        city = rng.choice(ctrl.cities) if ctrl else _city_in(rng, country)
        country = CITY_COUNTRY[city]
        nordic = home in ("NO", "SE", "DK")
        sim = home if nordic or rng.random() < 0.55 else country
        n_ph = rng.choices([1, 2, 3], weights=[62, 29, 9])[0]
        phones = [_mobile(rng, sim if k == 0 else rng.choice([sim, country]), used) for k in range(n_ph)]
        switch = sorted(rng.sample(range(30, DAYS - 20), n_ph - 1))
        name = rng.choice(names) if rng.random() < 0.6 else rng.choice(WORK_NAMES)
        minor = rng.random() < 0.011
        age = rng.randint(16, 17) if minor else min(48, max(19, int(rng.gauss(27, 6))))
        tours = []
        if rng.random() < (0.5 if not nordic else 0.15):
            tours = rng.sample([c for c in CITY_COUNTRY if c != city], k=rng.randint(1, 4))
        if ctrl:
            sites = list(ctrl.sites)
            if rng.random() < 0.2:
                sites = sites[:1]
        else:
            k = rng.choices([1, 2, 3], weights=[52, 33, 15])[0]
            pool = ["silkeguiden", "kontaktavisa", "skjermtips", "lanternen", "turdagbok", "bokaro"]
            w = [30, 24, 14, 16, (22 if tours else 6), 10]
            sites = []
            while len(sites) < k:
                s = rng.choices(pool, weights=w)[0]
                if s not in sites:
                    sites.append(s)
        site_names = {}
        for s in sites:
            r = rng.random()
            site_names[s] = (
                name
                if r < 0.6
                else (
                    rng.choice(WORK_NAMES)
                    if r < 0.85
                    else name.upper()
                    if r < 0.9
                    else name + rng.choice(["a", "ie", "y"])
                )
            )
        local = LANG_OF[country]
        if nordic:
            langs = [LANG_OF[home]] if rng.random() < 0.85 else [LANG_OF[home], "en"]
        else:
            r = rng.random()
            langs = ["en"] if r < 0.3 else ([local, "en"] if r < 0.65 else [local])
        habits = [_weighted(rng, STYLE_W) for _ in range(2)]
        email = None
        if rng.random() < 0.38:
            dom = rng.choice(FREEMAIL + NORDIC_MAIL[country])
            email = f"{_mail_local(rng, name)}@{dom}"
        pid = f"p{i:04d}"
        wmn = Woman(
            pid=pid,
            nation=nation,
            sim=sim,
            name=name,
            site_names=site_names,
            age=age,
            minor=minor,
            phones=phones,
            switch=switch,
            email=email,
            city=city,
            tours=tours,
            sites=sites,
            ctrl=ctrl,
            langs=langs,
            habits=habits,
            ehabit=_weighted(rng, ESTYLE_W),
        )
        if email and wmn.ehabit == "provider_only" and email.split("@")[1] not in FREEMAIL:
            wmn.ehabit = "plain"
        span = rng.randint(40, DAYS)
        wmn.start = rng.randrange(0, DAYS - span + 1)
        wmn.end = wmn.start + span
        wmn.handle = rng.choice(["", "", f"@{name.lower()}_{rng.randrange(10, 99)}"])
        for lg in langs:
            wmn.texts[lg] = _sentences(rng, lg, reg, pid, nation)
        women.append(wmn)
    # every controller with women: drop the empty ones (they never post)
    live = {w.ctrl.cid for w in women if w.ctrl}
    ctrls = [c for c in ctrls if c.cid in live]
    for c in ctrls:
        if c.email:
            used.add(c.email)
    # e-mails are one person's or one controller's
    seen: set[str] = set(c.email for c in ctrls if c.email)
    for w in women:
        if w.email:
            while w.email in seen:
                w.email = w.email.split("@")[0] + str(rng.randrange(2, 9)) + "@" + w.email.split("@")[1]
            seen.add(w.email)
    return women, ctrls, used


# -------------------------------------------------------------------------------------------- one ad
class Page:
    """What one ad prints, recorded as it is written: contacts and furniture."""

    def __init__(self, rng: random.Random, lang: str, country: str) -> None:
        self.rng = rng
        self.lang = lang
        self.country = country
        self.styles: dict[str, str] = {}
        self.estyles: dict[str, str] = {}
        self.furn: list[dict[str, Any]] = []

    def n(self, kind: str, text: str) -> str:
        digits = "".join(c for c in text if c.isascii() and c.isdigit())
        if digits:
            self.furn.append({"kind": kind, "digits": digits})
        return text

    def support(self, e164: str, text: str) -> str:
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
        self.furn.append({"kind": "support_phone", "digits": nsn, "e164": e164})
        return text

    def semail(self, addr: str) -> str:
        self.furn.append({"kind": "support_email", "digits": "", "text": addr})
        return addr

    def note(self, e164: str, style: str) -> None:
        old = self.styles.get(e164)
        if old is None or fm.RANK[style] < fm.RANK[old]:
            self.styles[e164] = style

    def ph(self, e164: str, style: str) -> str:
        nordic = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == self.country
        if style == "split_title_body":  # only where the page has a title the ad writes (see _contact_plain)
            style = "national"
        if style == "national_with_country_hint" and nordic:
            style = "national"
        if style == "national" and not nordic and self.rng.random() < 0.3:
            style = "national_with_country_hint"
        text = fm.phone(self.rng, e164, style, self.lang, nordic)
        self.note(e164, style)
        return text

    def em(self, addr: str, style: str) -> str:
        if style == "provider_only" and addr.split("@")[1] not in FREEMAIL:
            style = "plain"
        text = fm.email(self.rng, addr, style, self.lang)
        old = self.estyles.get(addr)
        if old is None or (old not in EMAIL_EXACT and style in EMAIL_EXACT):
            self.estyles[addr] = style
        return text


@dataclass
class Slot:
    """One ad to write: who, where, when."""

    site: str
    day: int
    woman: Woman | None
    ctrl: Controller | None
    city: str
    recruitment: bool = False


# -------------------------------------------------------------------------------------------- page parts
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "no": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "sv": ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "da": ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
}
IN = {"en": "in", "no": "i", "sv": "i", "da": "i"}
NOW_IN = {
    "en": ["Now in", "Currently in", "This week in", "Visiting"],
    "no": ["Nå i", "Akkurat nå i", "Denne uken i", "På besøk i"],
    "sv": ["Nu i", "Just nu i", "Denna vecka i", "På besök i"],
    "da": ["Nu i", "Lige nu i", "Denne uge i", "På besøg i"],
}
BEFORE = {"en": "previously in", "no": "tidligere i", "sv": "tidigare i", "da": "tidligere i"}
NEXT = {"en": "next stop", "no": "neste stopp", "sv": "nästa stopp", "da": "næste stop"}
ABROAD = [
    "Bucharest",
    "Sofia",
    "Riga",
    "Vilnius",
    "Warsaw",
    "Bangkok",
    "Madrid",
    "Kyiv",
    "Budapest",
    "Sao Paulo",
    "Medellin",
    "Caracas",
    "Lagos",
    "Tirana",
    "Manila",
    "Hanoi",
    "Prague",
    "Tallinn",
]
PRICE_UNIT = {"NO": "kr", "SE": "kr", "DK": "kr."}
MINOR_SIGNAL = {
    "en": ["just turned 18", "young and new, first time", "18 and fresh", "student, very young looking"],
    "no": ["akkurat fylt 18", "ung og ny, første gang", "18 og fersk", "helt ny i dette"],
    "sv": ["nyss fyllt 18", "ung och ny, första gången", "18 och färsk", "helt ny på detta"],
    "da": ["lige fyldt 18", "ung og ny, første gang", "18 og frisk", "helt ny i det her"],
}


def _date(p: Page, day: dt.date, lang: str, kind: str = "date") -> str:
    if lang == "sv":
        return p.n(kind, day.isoformat())
    if lang == "en":
        return p.n(kind, f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}")
    return p.n(kind, f"{day.day:02d}.{day.month:02d}.{day.year}")


def _time(p: Page, rng: random.Random) -> str:
    return p.n("time", f"{rng.randrange(9, 24):02d}:{rng.choice([0, 15, 30, 45]):02d}")


def _price(p: Page, rng: random.Random, country: str, lang: str) -> str:
    val = (
        rng.choice([800, 1000, 1200, 1500, 1800, 2000, 2500, 3000])
        if country != "DK"
        else rng.choice([700, 900, 1000, 1200, 1500, 2000])
    )
    mins = rng.choice([30, 60, 60, 90, 120])
    unit = PRICE_UNIT[country]
    shown = f"{val:,}".replace(",", " " if rng.random() < 0.5 else ".") if val >= 1000 else str(val)
    p.n("price", shown)
    p.n("duration", str(mins))
    return f"{mins} min {shown} {unit}" if rng.random() < 0.6 else f"{shown},- / {mins} min"


def _city_word(rng: random.Random, city: str) -> str:
    names = CITY_NAMES[city]
    return names[0] if rng.random() < 0.5 else rng.choice(names)


@dataclass
class Ctx:
    slot: Slot
    rng: random.Random
    lang: str  # the language of her (or the controller's) text
    chrome: str  # the language of the site's own words
    country: str
    name: str
    age: int
    city_word: str
    sentences: list[str]
    phones: list[tuple[str, bool, str]]  # (e164, hers, style)
    emails: list[tuple[str, str]]  # (address, style)
    ad_id: str
    day: dt.date
    v2: bool
    nation: str
    note: str = ""  # a distractor or a minor's signal


def _text(ctx: Ctx, k: int) -> str:
    return " ".join(ctx.sentences[:k])


def _where(ctx: Ctx) -> str:
    return f"{ctx.rng.choice(NOW_IN[ctx.lang])} {ctx.city_word}"


def _contact_plain(p: Page, ctx: Ctx) -> tuple[str, str]:
    """The contacts written in the body's own words: (title part, body text)."""
    rng, out, title = ctx.rng, [], ""
    for e164, _hers, style in ctx.phones:
        if style == "split_title_body":
            nordic = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == ctx.country
            digits = fm.parts(e164)[4] if nordic else "+" + fm.parts(e164)[0] + fm.parts(e164)[1]
            cut = rng.randint(3, 5)
            title = f" {digits[:cut]}"
            out.append(
                {
                    "en": "rest of number",
                    "no": "resten av nummeret",
                    "sv": "resten av numret",
                    "da": "resten af nummeret",
                }[ctx.lang]
                + f": {digits[cut:]}"
            )
            p.note(e164, style)
            continue
        label = rng.choice(
            {
                "en": ["Call", "Tel", "Phone", "SMS/WhatsApp", "☎"],
                "no": ["Ring", "Tlf", "Mob", "SMS", "☎"],
                "sv": ["Ring", "Tel", "Mobil", "SMS", "☎"],
                "da": ["Ring", "Tlf", "Mobil", "SMS", "☎"],
            }[ctx.lang]
        )
        out.append(f"{label}: {p.ph(e164, style)}")
    for addr, style in ctx.emails:
        label = rng.choice(["E-mail", "Mail", "✉", "Email"] if ctx.lang == "en" else ["E-post", "Mail", "✉", "Epost"])
        out.append(f"{label}: {p.em(addr, style)}")
    return title, " · ".join(out) if rng.random() < 0.5 else "\n".join(out)


# ---------------------------------------------------------------- bokaro: booking confirmation pages
BOK = {
    "sv": {
        "head": "Bokningsbekräftelse",
        "thanks": "Tack för din bokning!",
        "no": "Bokningsnummer",
        "salon": "Salong",
        "addr": "Adress",
        "treat": "Behandling",
        "time": "Tid",
        "kl": "kl.",
        "who": "Din massör",
        "q": "Frågor om bokningen? Ring salongen på",
        "direct": "direkt till",
        "mail": "E-post",
        "pay": "Betala på plats eller med Swish",
        "org": "Org.nr",
        "cancel": "Avboka senast 24 h före",
    },
    "no": {
        "head": "Bookingbekreftelse",
        "thanks": "Takk for bestillingen!",
        "no": "Bookingnummer",
        "salon": "Salong",
        "addr": "Adresse",
        "treat": "Behandling",
        "time": "Tid",
        "kl": "kl.",
        "who": "Din terapeut",
        "q": "Spørsmål om timen? Ring salongen på",
        "direct": "direkte til",
        "mail": "E-post",
        "pay": "Betal på stedet eller med Vipps",
        "org": "Org.nr",
        "cancel": "Avbestill senest 24 t før",
    },
    "da": {
        "head": "Bookingbekræftelse",
        "thanks": "Tak for din booking!",
        "no": "Bookingnummer",
        "salon": "Klinik",
        "addr": "Adresse",
        "treat": "Behandling",
        "time": "Tid",
        "kl": "kl.",
        "who": "Din behandler",
        "q": "Spørgsmål til tiden? Ring til klinikken på",
        "direct": "direkte til",
        "mail": "E-mail",
        "pay": "Betal på stedet eller med MobilePay",
        "org": "CVR",
        "cancel": "Afbestil senest 24 timer før",
    },
}
TREAT = {
    "sv": ["Thaimassage", "Oljemassage", "Klassisk massage", "Aromamassage"],
    "no": ["Thaimassasje", "Oljemassasje", "Klassisk massasje", "Aromamassasje"],
    "da": ["Thaimassage", "Oliemassage", "Klassisk massage", "Aromamassage"],
}


def _bokaro(p: Page, ctx: Ctx, k: int, world: dict[str, Any]) -> tuple[str, str, str, str | None]:
    rng, s = ctx.rng, ctx.slot
    L = BOK[ctx.chrome]
    salon = s.ctrl.name if s.ctrl else rng.choice(["Studio", "Massage by", "Zen"]) + " " + ctx.name
    pc = p.n("postcode", rng.choice(POSTCODES[s.city]))
    street = f"{rng.choice(STREETS[ctx.country])} {p.n('street_number', str(rng.randint(2, 140)))}"
    when = f"{_date(p, ctx.day, ctx.chrome)} {L['kl']} {_time(p, rng)}"
    treat = f"{rng.choice(TREAT[ctx.chrome])} {_price(p, rng, ctx.country, ctx.chrome)}"
    pay = {
        "SE": lambda: p.n("payment_number", f"123 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"),
        "NO": lambda: "#" + p.n("payment_number", _digits(rng, 6)),
        "DK": lambda: p.n("payment_number", _digits(rng, 5)),
    }[ctx.country]()
    org = {
        "SE": lambda: p.n("org_number", f"559{_digits(rng, 3, '0123456789')}-{_digits(rng, 4, '0123456789')}"),
        "NO": lambda: (
            p.n(
                "org_number",
                f"{rng.choice('89')}{_digits(rng, 2, '0123456789')} {_digits(rng, 3, '0123456789')} {_digits(rng, 3, '0123456789')}",  # noqa: E501
            )
            + " MVA"
        ),
        "DK": lambda: p.n(
            "org_number",
            f"{_digits(rng, 2)} {_digits(rng, 2, '0123456789')} {_digits(rng, 2, '0123456789')} {_digits(rng, 2, '0123456789')}",  # noqa: E501
        ),
    }[ctx.country]()
    lines = [(e, st) for e, hers, st in ctx.phones if not hers]
    own = [(e, st) for e, hers, st in ctx.phones if hers]
    contact = []
    if lines:
        contact.append(f"{L['q']} {p.ph(*lines[0])}")
        if own:
            contact.append(f"{L['direct']} {ctx.name}: {p.ph(*own[0])}")
    elif own:
        contact.append(f"{L['q']} {p.ph(*own[0])}")
    for addr, st in ctx.emails:
        contact.append(f"{L['mail']}: {p.em(addr, st)}")
    ref = p.n("booking_ref", ctx.ad_id)
    text = _text(ctx, k) + (f" {ctx.note}" if ctx.note else "")
    if not ctx.v2:
        url = f"https://www.bokaro.se/b/{ctx.ad_id}/kvitto"
        body = (
            f"{L['thanks']}\n{L['no']}: {ref}\n{L['salon']}: {salon}\n{L['addr']}: {street}, {pc} {ctx.city_word}\n"
            f"{L['treat']}: {treat}\n{L['time']}: {when}\n{L['who']}: {ctx.name}\n{text}\n"
            + "\n".join(contact)
            + f"\n{L['pay']} {pay}\n{L['org']} {org}\n---\nBokaro AB · {p.support(world['support']['bokaro'], fm.parts(world['support']['bokaro'])[3])}"  # noqa: E501
            f" · {p.semail('kundtjanst@bokaro.se')} · {L['cancel']}"
        )
        title = f"Bokaro – {L['head']} {ref}"
    else:
        url = f"https://bokaro.eu/{ctx.chrome}/confirmation?ref={ctx.ad_id}&utm_source=sms"
        receipt = p.n("receipt_id", f"R-{_digits(rng, 7)}")
        body = (
            f"✓ {L['head'].upper()} · {salon} · {ctx.city_word}\n{L['no']} #{ref} | Receipt {receipt}\n"
            f"{when} — {treat}\n{street}, {pc} {s.city if rng.random() < 0.5 else ctx.city_word}\n{L['who']}: {ctx.name}. {text}\n"  # noqa: E501
            + "\n".join(contact)
            + f"\n{L['pay']} {pay} · {L['org']} {org}\n"
            f"Bokaro Europe OÜ, Tallinn · reg. {p.n('registry_code', _digits(rng, 8))} · "
            f"{p.support(world['support']['bokaro2'], fm.parts(world['support']['bokaro2'])[2])} · {p.semail('help@bokaro.eu')}"  # noqa: E501
        )
        title = f"{L['head']} #{ref} – {salon}"
    return title, body, url, s.city if rng.random() < 0.7 else ctx.city_word


# ---------------------------------------------------------------- silkeguiden: HTML with scripts and JSON-LD
def _silke(p: Page, ctx: Ctx, k: int, world: dict[str, Any]) -> tuple[str, str, str, str | None]:
    rng, s = ctx.rng, ctx.slot
    height = p.n("height", str(rng.randint(152, 182)))
    views = p.n("counter", str(rng.randint(120, 48000)))
    parts: list[str] = []
    contact: list[str] = []
    jsonld_phone = None
    for e164, _hers, style in ctx.phones:
        r = rng.random()
        nordic = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == ctx.country
        if r < 0.3 and jsonld_phone is None:
            jsonld_phone = e164
            p.note(e164, "jsonld_telephone")
            if rng.random() < 0.5:
                contact.append(f'<button class="vis" data-tel="{fm.b64(e164)}">Vis nummer</button>')
            continue
        if r < 0.45:
            p.note(e164, "tel_href")
            shown = fm.phone(rng, e164, "national", ctx.lang, nordic) if rng.random() < 0.5 else "Ring meg"
            contact.append(f'<a class="ring" href="tel:{e164}">{shown}</a>')
        elif r < 0.53:
            p.note(e164, "base64_attr")
            contact.append(f'<button class="vis-nr" data-tel="{fm.b64(e164)}">Vis nummer</button>')
        elif r < 0.6:
            p.note(e164, "js_array_join")
            natd = fm.parts(e164)[4] if nordic else "+" + fm.parts(e164)[0] + fm.parts(e164)[1]
            cuts = sorted(rng.sample(range(2, len(natd) - 1), 2))
            chunks = [natd[: cuts[0]], natd[cuts[0] : cuts[1]], natd[cuts[1] :]]
            contact.append(
                "<script>var t=[" + ",".join(f'"{c}"' for c in chunks) + '].join("");document.write(t)</script>'
            )
        elif r < 0.65:
            p.note(e164, "css_bidi_reversed")
            natd = fm.parts(e164)[4] if nordic else fm.parts(e164)[0] + fm.parts(e164)[1]
            contact.append(f'<span style="unicode-bidi:bidi-override;direction:rtl">{natd[::-1]}</span>')
        elif r < 0.7:
            p.note(e164, "img_alt")
            contact.append(
                f'<img src="/k/{p.n("ad_id", ctx.ad_id)}.png" alt="Tlf {fm.phone(rng, e164, "national", ctx.lang, nordic)}">'  # noqa: E501
            )
        elif r < 0.74:
            p.note(e164, "html_entities")
            natd = fm.parts(e164)[4] if nordic else "+" + fm.parts(e164)[0] + fm.parts(e164)[1]
            contact.append(f"<p>Tlf: {''.join(f'&#{ord(c)};' for c in natd)}</p>")
        else:
            st = style if style != "split_title_body" else "national"
            contact.append(f'<p class="tlf">{p.ph(e164, st)}</p>')
    ld_mail = None
    for addr, style in ctx.emails:
        r = rng.random()
        if r < 0.3 and ld_mail is None:
            ld_mail = addr
            p.estyles.setdefault(addr, "jsonld_email")
        elif r < 0.55:
            p.estyles.setdefault(addr, "cfemail")
            h = fm.cfemail(rng, addr)
            contact.append(
                f'<a href="/cdn-cgi/l/email-protection#{h}"><span class="__cf_email__" data-cfemail="{h}">[email&#160;protected]</span></a>'  # noqa: E501
            )
        else:
            contact.append(f"<p>{p.em(addr, style)}</p>")
    pid = p.n("ad_id", ctx.ad_id)
    text = _text(ctx, k) + (f" {ctx.note}" if ctx.note else "")
    nat = NATION_WORD[ctx.chrome if ctx.chrome != "en" else "en"][ctx.nation]
    if not ctx.v2:
        ts = p.n("timestamp", str(1767225600 + ctx.slot.day * 86400 + rng.randrange(86400)))
        url = f"https://silkeguiden.no/profil/{pid}-{re.sub(r'[^a-z]', '', ctx.name.lower()) or 'x'}"
        ld = {"@type": "Person", "name": ctx.name}
        if jsonld_phone:
            ld["telephone"] = fm.parts(jsonld_phone)[2]
        if ld_mail:
            ld["email"] = f"mailto:{ld_mail}"
        ld_txt = '{"@context":"https://schema.org",' + ",".join(f'"{a}":"{b}"' for a, b in ld.items())
        ld_txt += (
            ',"address":{"addressLocality":"'
            + s.city
            + '","postalCode":"'
            + p.n("postcode", rng.choice(POSTCODES[s.city]))
            + '"}}'
        )
        gid = "G-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(8))
        parts = [
            f'<div class="profil" data-pid="{pid}" data-ts="{ts}">',
            f"<h1>{ctx.name}, {p.n('age', str(ctx.age))} – {ctx.city_word}</h1>",
            f'<p class="beskrivelse">{text}</p>',
            f"<ul><li>Høyde: {height} cm</li><li>Nasjonalitet: {nat}</li></ul>",
            *contact,
            f'<span class="visninger">{views} visninger</span></div>',
            f'<script type="application/ld+json">{ld_txt}</script>',
            f"<script>gtag('config','{gid}');</script>",
            f"<footer>© Silkeguiden · Annonsesupport {p.support(world['support']['silkeguiden'], fm.parts(world['support']['silkeguiden'])[3])} · {p.semail('annonse@silkeguiden.no')}</footer>",  # noqa: E501
        ]
        title = f"{ctx.name} ({ctx.age}) – {ctx.city_word} | Silkeguiden"
    else:
        build = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10))
        url = f"https://silkeguide.com/{ctx.lang}/escort/{re.sub(r'[^a-z]', '', s.city.lower()) or 'x'}/{pid}"
        data = [f'"id":{pid}', f'"name":"{ctx.name}"', f'"city":"{s.city}"', f'"views":{views}']
        if jsonld_phone:
            data.append(f'"phone":"{jsonld_phone}"')
        if ld_mail:
            data.append(f'"email":"{ld_mail}"')
        parts = [
            f'<main id="p{pid}"><h1>{ctx.name} · {ctx.city_word}</h1>',
            f"<p>Age {p.n('age', str(ctx.age))} · {height} cm · {NATION_WORD['en'][ctx.nation]}</p>",
            f"<article>{text}</article>",
            *contact,
            "</main>",
            '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"profile":{'
            + ",".join(data)
            + '}}},"buildId":"'
            + build
            + '"}</script>',
            f"<footer>Silkeguide Ltd, Limassol · Support {p.support(world['support']['silkeguiden2'], fm.parts(world['support']['silkeguiden2'])[2])} · {p.semail('support@silkeguide.com')}</footer>",  # noqa: E501
        ]
        title = f"{ctx.name} – Escort {ctx.city_word} | Silkeguide"
    return title, "\n".join(parts), url, s.city if rng.random() < 0.8 else ctx.city_word


# ---------------------------------------------------------------- lanternen: a forum member's private messages
USERS = [
    "Viking",
    "nordjyde",
    "Tordenskjold",
    "fjordmand",
    "Gammel_Ulv",
    "stille_gast",
    "Bjornen",
    "kaffekop",
    "Smaalands",
    "Ravnen",
    "Skipper",
    "natteravn",
    "Kongen_af_Amager",
    "sydhavn",
    "Lundagard",
    "fiskeren",
]
FORUM = {
    "da": {
        "head": "Lanternen · Private beskeder · eksport",
        "msg": "Besked",
        "from": "Fra",
        "to": "Til",
        "member": "medlem nr.",
        "posts": "indlæg",
        "subj": "Emne",
        "wrote": "skrev",
        "q": "Nogen der kender {name} i {city}? Annoncen siger {age}.",
        "was": "Var hos hende {date}",
        "nat": "{nat} pige, {price}",
        "quote": "Fra hendes annonce:",
        "num": "Nummeret i annoncen",
        "via": "Booket gennem {agency}",
        "hidden": "Samme nummer står på flere piger, nok en bagmand",
        "rate": "Karakter",
    },
    "sv": {
        "head": "Lanternen · Privata meddelanden · export",
        "msg": "Meddelande",
        "from": "Från",
        "to": "Till",
        "member": "medlem nr",
        "posts": "inlägg",
        "subj": "Ämne",
        "wrote": "skrev",
        "q": "Någon som vet något om {name} i {city}? Annonsen säger {age}.",
        "was": "Var hos henne {date}",
        "nat": "{nat} tjej, {price}",
        "quote": "Från hennes annons:",
        "num": "Numret i annonsen",
        "via": "Bokade via {agency}",
        "hidden": "Samma nummer står på flera tjejer, nog en hallick bakom",
        "rate": "Betyg",
    },
    "no": {
        "head": "Lanternen · Private meldinger · eksport",
        "msg": "Melding",
        "from": "Fra",
        "to": "Til",
        "member": "medlem nr.",
        "posts": "innlegg",
        "subj": "Emne",
        "wrote": "skrev",
        "q": "Noen som vet noe om {name} i {city}? Annonsen sier {age}.",
        "was": "Var hos henne {date}",
        "nat": "{nat} jente, {price}",
        "quote": "Fra annonsen hennes:",
        "num": "Nummeret i annonsen",
        "via": "Booket gjennom {agency}",
        "hidden": "Samme nummer står på flere jenter, nok en bakmann",
        "rate": "Karakter",
    },
    "en": {
        "head": "Lanternen · Private messages · export",
        "msg": "Message",
        "from": "From",
        "to": "To",
        "member": "member no.",
        "posts": "posts",
        "subj": "Subject",
        "wrote": "wrote",
        "q": "Anyone know {name} in {city}? The ad says {age}.",
        "was": "Saw her on {date}",
        "nat": "{nat} girl, {price}",
        "quote": "From her ad:",
        "num": "The number in the ad",
        "via": "Booked through {agency}",
        "hidden": "Same number on several girls, probably a pimp behind it",
        "rate": "Rating",
    },
}


def _user(rng: random.Random, p: Page) -> str:
    u = rng.choice(USERS)
    r = rng.random()
    if r < 0.3:
        return u + p.n("username_digits", str(rng.randint(1955, 1999)))
    return u + (str(rng.randint(2, 99)) if r < 0.7 else "")


def _lanternen(p: Page, ctx: Ctx, k: int, world: dict[str, Any]) -> tuple[str, str, str, str | None]:
    rng, s, L = ctx.rng, ctx.slot, FORUM[ctx.chrome]
    u1, u2 = _user(rng, p), _user(rng, p)
    msg = p.n("message_id", ctx.ad_id)
    when = f"{_date(p, ctx.day, ctx.chrome)} {_time(p, rng)}"
    q = L["q"].format(name=ctx.name, city=ctx.city_word, age=p.n("age", str(ctx.age)))
    nat = NATION_WORD[ctx.chrome][ctx.nation]
    seen = ctx.day - dt.timedelta(days=rng.randint(1, 9))
    price = _price(p, rng, ctx.country, ctx.chrome).rstrip(".")
    a = [f"{L['was'].format(date=_date(p, seen, ctx.chrome))}. {_cap(L['nat'].format(nat=nat, price=price))}."]
    if ctx.sentences and k:
        a.append(f'{L["quote"]} "{_text(ctx, k)}"')
    if ctx.note:
        a.append(ctx.note)
    if s.ctrl and s.ctrl.kind == "hidden":
        a.append(L["hidden"] + f" ({p.n('ads_seen', str(rng.randint(2, 9)))}).")
    elif s.ctrl:
        a.append(L["via"].format(agency=s.ctrl.name) + ".")
    title_part, contacts = _contact_plain(p, ctx)
    a.append(f"{L['num']}: {contacts}")
    a.append(f"{L['rate']}: {p.n('rating', str(rng.randint(4, 10)))}/10")
    subj = f"{'SV: ' if rng.random() < 0.7 else ''}{ctx.name} {IN[ctx.chrome]} {ctx.city_word}{title_part}"
    if not ctx.v2:
        url = f"https://lanternen.dk/pm/eksport?msg={msg}"
        head = (
            f"{L['head']}\n{L['msg']} #{msg} · {when}\n{L['from']}: {u1} ({L['member']} {p.n('member_id', _digits(rng, 5))}, "  # noqa: E501
            f"{p.n('post_count', str(rng.randint(3, 4800)))} {L['posts']})\n{L['to']}: {u2}\n{L['subj']}: {subj}\n\n"
            f"> {u2} {L['wrote']}:\n> {q}\n\n"
        )
        body = (
            head
            + "\n".join(a)
            + f"\n-- \n{rng.choice(['Livet er for kort til dårlig kaffe', 'Diskretion frem for alt', 'Kun ærlige anmeldelser', '~ ' + u1 + ' ~'])}"  # noqa: E501
        )
        body += f"\n[{p.semail('noreply@lanternen.dk')}]"
    else:
        url = f"https://lanternen.dk/beskeder/samtale/{msg}?side={rng.randint(1, 3)}"
        body = (
            f"{L['head']} (v2)\n{L['subj']}: {subj}\n[{when}] {u2}: {q}\n[{_date(p, ctx.day, ctx.chrome)} {_time(p, rng)}] {u1}: "  # noqa: E501
            + " ".join(a)
            + f"\n{L['member']} {p.n('member_id', _digits(rng, 5))} · {p.semail('support@lanternen.dk')}"
        )
    return subj, body, url, None


# ---------------------------------------------------------------- kontaktavisa: a paper's PDF, columns read across
PAPER = {
    "NO": ("KONTAKTAVISA", "Uke", "Side", "Svar til boks", "Annonse nr."),
    "SE": ("KONTAKTBLADET", "Vecka", "Sida", "Svar till box", "Annons nr"),
    "DK": ("KONTAKT-NYT", "Uge", "Side", "Svar til boks", "Annonce nr."),
}
SIGNS = {
    "no": ["VÆREN", "TYREN", "TVILLINGENE", "KREPSEN", "LØVEN", "JOMFRUEN", "VEKTEN", "SKORPIONEN"],
    "sv": ["VÄDUREN", "OXEN", "TVILLINGARNA", "KRÄFTAN", "LEJONET", "JUNGFRUN", "VÅGEN", "SKORPIONEN"],
    "da": ["VÆDDEREN", "TYREN", "TVILLINGERNE", "KREBSEN", "LØVEN", "JOMFRUEN", "VÆGTEN", "SKORPIONEN"],
}
FILLER = {
    "no": [
        "en uke for nye",
        "bekjentskaper",
        "penger kommer inn",
        "lytt til hjertet",
        "ta en pause",
        "en gammel venn",
        "ringer deg",
        "vær tålmodig",
        "noe nytt venter",
        "stol på magen",
    ],
    "sv": [
        "en vecka för nya",
        "bekantskaper",
        "pengar kommer in",
        "lyssna på hjärtat",
        "ta en paus",
        "en gammal vän",
        "hör av sig",
        "var tålmodig",
        "något nytt väntar",
        "lita på magen",
    ],
    "da": [
        "en uge for nye",
        "bekendtskaber",
        "penge kommer ind",
        "lyt til hjertet",
        "tag en pause",
        "en gammel ven",
        "ringer til dig",
        "vær tålmodig",
        "noget nyt venter",
        "stol på maven",
    ],
}


def _wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    if line:
        out.append(line)
    return out


def _kontakt(p: Page, ctx: Ctx, k: int, world: dict[str, Any]) -> tuple[str, str, str, str | None]:
    rng = ctx.rng
    paper, week, side, box, adno = PAPER[ctx.country]
    lang = LANG_OF[ctx.country]
    wk = p.n("week", str(ctx.day.isocalendar()[1]))
    pg = p.n("page", str(rng.randint(12, 38)))
    ref = p.n("ad_id", ctx.ad_id)
    boxno = p.n("box_number", _digits(rng, 4))
    head = f"{paper} · {week} {wk} · {_date(p, ctx.day, lang)} · {side} {pg}"
    intro = f"{ctx.name.upper()}, {p.n('age', str(ctx.age))}" + (
        f" – {_where(ctx)}." if rng.random() < 0.7 else f", {ctx.city_word}."
    )
    text = f"{intro} {_text(ctx, k)}" + (f" {ctx.note}" if ctx.note else "")
    left = _wrap(text, 34)
    for e164, _hers, style in ctx.phones:
        nordic = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == ctx.country
        if not ctx.v2 and rng.random() < 0.35 and style in ("national", "intl_plus_spaced", "national_dotted"):
            shown = fm.phone(rng, e164, "intl_plus_spaced" if not nordic else "national", ctx.lang, nordic)
            cut = shown.rfind(" ")
            if cut > 3:
                p.note(e164, "pdf_column_broken")
                left += [f"Tlf. {shown[:cut]}-", shown[cut + 1 :]]
                continue
        if style == "split_title_body":
            style = "national"
        left.append(f"Tlf. {p.ph(e164, style)}")
    for addr, style in ctx.emails:
        left.append(p.em(addr, "plain" if style == "mailto" else style))
    left.append(f"{box} {boxno} · {adno} {ref}")
    if not ctx.v2:
        signs = SIGNS[lang]
        right: list[str] = []
        for sg in rng.sample(signs, 4):
            a, b = rng.sample(FILLER[lang], 2)
            right += [f"{sg}: {_cap(a)},", f"{b}."]
        lines = [head] + [f"{a:<36}{b}" for a, b in zip(left, right + [""] * len(left), strict=False)]
        body = "\n".join(lines)
    else:
        lig = text.replace("fi", "ﬁ").replace("fl", "ﬂ")
        body = head + "\n" + lig + "\n" + "\n".join(left[len(_wrap(text, 34)) :])
    support = world["support"][f"kontakt_{ctx.country}"]
    body += f"\n{paper} · annonser: {p.support(support, fm.parts(support)[3])}"
    url = (
        f"https://epaper.{paper.lower().replace('-', '')}.{ctx.country.lower()}/{ctx.day.year}/{wk}/side-{pg}.pdf#{ref}"
    )
    p.n("date", f"{ctx.day.year}")
    title = f"{paper} {week.lower()} {wk}, {side.lower()} {pg}"
    return title, body, url, None


# ---------------------------------------------------------------- skjermtips: messenger screenshots through OCR
HIS = {
    "en": [
        "hi are you available tonight",
        "how much for one hour",
        "where exactly are you",
        "ok see you soon",
        "can I come now",
    ],
    "no": [
        "hei er du ledig i kveld",
        "hva koster en time",
        "hvor er du helt nøyaktig",
        "ok ses snart",
        "kan jeg komme nå",
    ],
    "sv": ["hej är du ledig ikväll", "vad kostar en timme", "var är du exakt", "ok ses snart", "kan jag komma nu"],
    "da": [
        "hej er du ledig i aften",
        "hvad koster en time",
        "hvor er du helt præcist",
        "ok ses snart",
        "kan jeg komme nu",
    ],
}
TIP = {
    "no": "Innsendt tips: skjermbilde fra samtale etter annonse",
    "sv": "Inskickat tips: skärmdump från chatt efter annons",
    "da": "Indsendt tip: skærmbillede fra chat efter annonce",
    "en": "Submitted tip: screenshot of a chat after an ad",
}


def _ocr_digits(rng: random.Random, text: str) -> tuple[str, bool]:
    out, changed = [], False
    for c in text:
        if c in "0158" and rng.random() < 0.5:
            out.append({"0": "O", "1": "l", "5": "S", "8": "B"}[c])
            changed = True
        else:
            out.append(c)
    return "".join(out), changed


def _skjerm(p: Page, ctx: Ctx, k: int, world: dict[str, Any]) -> tuple[str, str, str, str | None]:
    rng = ctx.rng
    tid = p.n("ad_id", ctx.ad_id)
    w, h = rng.choice([("1170", "2532"), ("1080", "2400"), ("1284", "2778"), ("750", "1334")])
    size = p.n("image_size", f"{w}x{h}")
    clock = _time(p, rng)
    batt = p.n("battery", str(rng.randint(5, 99)))
    header = f"{ctx.name} {rng.choice(['🌹', '💋', '❤️', '✨', ''])}"
    bubbles: list[str] = []
    contact_lines: list[str] = []
    for i, (e164, _hers, style) in enumerate(ctx.phones):
        nordic = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == ctx.country
        if rng.random() < 0.6:
            shown = fm.phone(rng, e164, "national" if nordic else "intl_plus_spaced", ctx.lang, nordic)
            ocr, changed = _ocr_digits(rng, shown)
            p.note(e164, "ocr_lookalike" if changed else "ocr_clean")
            if i == 0 and rng.random() < 0.6:
                header = ocr
            else:
                contact_lines.append(ocr)
        else:
            contact_lines.append(p.ph(e164, style if style != "split_title_body" else "words"))
    for addr, style in ctx.emails:
        if rng.random() < 0.4:
            contact_lines.append(p.em(addr, "ocr_at"))
        else:
            contact_lines.append(p.em(addr, "plain" if style == "mailto" else style))
    his = HIS[ctx.lang]
    bubbles.append(f"{rng.choice(his)} {_time(p, rng)}")
    for sent in ctx.sentences[:k]:
        bubbles.append(f"{sent} {_time(p, rng)}")
    bubbles.append(f"{_where(ctx)} {_time(p, rng)}")
    if ctx.note:
        bubbles.append(ctx.note)
    for c in contact_lines:
        bubbles.append(f"{c} {_time(p, rng)}")
    bubbles.append(f"{rng.choice(his)} {_time(p, rng)} ✓✓")
    tip_lang = ctx.chrome if ctx.chrome in TIP else "en"
    if not ctx.v2:
        body = (
            f"{TIP[tip_lang]} · #{tid} · {_date(p, ctx.day, tip_lang)}\n--- OCR screenshot_{tid}.png ({size}) ---\n"
            f"{clock} ..ıl 4G {batt}%\n< {header}\n" + "\n".join(bubbles)
        )
        url = f"https://skjermtips.no/tips/{tid}"
    else:
        conf = p.n("ocr_confidence", str(rng.randint(71, 98)))
        body = (
            f"[OCR v2 | {size} | conf {conf}] {TIP[tip_lang]} #{tid}\n◀ Search   {clock}   {batt} %\n{header}\n"
            + "\n".join(b.replace(" ✓✓", "✓✓") for b in bubbles)
        )
        url = f"https://skjermtips.no/v2/inbox/{tid}?view=ocr"
    title = f"#{tid} {header}"
    return title, body, url, None


# ---------------------------------------------------------------- turdagbok: tour dates through a translation proxy
PROXY = {
    "no": "Oversatt fra engelsk · Vis original · Alternativer",
    "sv": "Översatt från engelska · Visa original",
    "da": "Oversat fra engelsk · Vis original",
    "en": "Original page",
}
TOUR = {
    "no": ("Turnédatoer", "nå", "Kontakt"),
    "sv": ("Turnédatum", "nu", "Kontakt"),
    "da": ("Turnédatoer", "nu", "Kontakt"),
    "en": ("Tour dates", "NOW", "Contact"),
}


def _tur(p: Page, ctx: Ctx, k: int, world: dict[str, Any]) -> tuple[str, str, str, str | None]:
    rng, s = ctx.rng, ctx.slot
    lang = ctx.chrome
    head, now, contact_word = TOUR[lang]
    pid = p.n("ad_id", ctx.ad_id)
    rows = []
    d = ctx.day
    stops = [s.city, *[c for c in (s.woman.tours if s.woman else []) if c != s.city][: rng.randint(0, 3)]]
    for i, c in enumerate(stops):
        d2 = d + dt.timedelta(days=rng.randint(2, 5))
        span = f"{p.n('date', f'{d.day:02d}.{d.month:02d}')}–{p.n('date', f'{d2.day:02d}.{d2.month:02d}')}"
        rows.append(f"{span}  {ctx.city_word if i == 0 else c}" + (f"  ← {now}" if i == 0 else ""))
        d = d2 + dt.timedelta(days=1)
    contacts = []
    for e164, _hers, style in ctx.phones:
        nordic = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == ctx.country
        r = rng.random()
        if r < 0.3:
            p.note(e164, "proxy_tel_link")
            host = "turdagbok-com.oversett.net" if not ctx.v2 else "lingvo-web.io/p/turdagbok.com"
            contacts.append(f"https://{host}/tel:{e164}?_x_tl={lang}")
        elif r < 0.4 and lang != "en":
            p.note(e164, "words")
            contacts.append(fm.words_only(e164, lang, nordic))
        else:
            contacts.append(p.ph(e164, style if style != "split_title_body" else "intl_plus_spaced"))
    for addr, style in ctx.emails:
        contacts.append(p.em(addr, "mt_spaced" if rng.random() < 0.3 and lang != "en" else style))
    text = _text(ctx, k) + (f" {ctx.note}" if ctx.note else "")
    views = p.n("counter", str(rng.randint(40, 9000)))
    support = world["support"]["turdagbok"]
    body = (
        f"[{PROXY[lang]}]\n{ctx.name} – {head}\n{text}\n{head}:\n"
        + "\n".join(rows)
        + f"\n{contact_word}: "
        + " / ".join(contacts)
        + f"\n{_date(p, ctx.day, lang)} · {views} · ID {pid}\nTurdagbok · {p.semail('support@turdagbok.com')} · "
        f"{p.support(support, fm.parts(support)[2])}"
    )
    if not ctx.v2:
        url = f"https://turdagbok-com.oversett.net/girl/{pid}?_x_tl={lang}&_x_sl=en"
    else:
        url = f"https://lingvo-web.io/p/turdagbok.com/g/{pid}?tl={lang}"
    title = f"{ctx.name} {head.lower()}: " + ", ".join([ctx.city_word, *stops[1:]])
    return title, body, url, None


RENDER = {
    "bokaro": _bokaro,
    "silkeguiden": _silke,
    "lanternen": _lanternen,
    "kontaktavisa": _kontakt,
    "skjermtips": _skjerm,
    "turdagbok": _tur,
}


# -------------------------------------------------------------------------------------------- the corpus
def _support_lines(rng: random.Random, used: set[str]) -> dict[str, str]:
    def fixed(region: str, cc: int, head: str, n: int) -> str:
        for _ in range(500):
            num = phonenumbers.parse(f"+{cc}{head}{_digits(rng, n, '0123456789')}")
            if phonenumbers.is_valid_number(num):
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
                if e164 not in used:
                    used.add(e164)
                    return e164
        raise RuntimeError(region)

    return {
        "bokaro": fixed("SE", 46, "8", 7),
        "bokaro2": fixed("EE", 372, "6", 6),
        "silkeguiden": fixed("NO", 47, "2", 7),
        "silkeguiden2": fixed("CY", 357, "22", 6),
        "kontakt_NO": fixed("NO", 47, "2", 7),
        "kontakt_SE": fixed("SE", 46, "8", 7),
        "kontakt_DK": fixed("DK", 45, "3", 7),
        "turdagbok": fixed("GB", 44, "20", 8),
    }


def _ids(rng: random.Random) -> dict[str, tuple[int, set[str]]]:
    return {
        "bokaro": (8, set()),
        "silkeguiden": (6, set()),
        "lanternen": (6, set()),
        "kontaktavisa": (5, set()),
        "skjermtips": (5, set()),
        "turdagbok": (7, set()),
    }


def _new_id(rng: random.Random, ids: dict[str, tuple[int, set[str]]], site: str) -> str:
    n, seen = ids[site]
    while True:
        x = _digits(rng, n)
        if x not in seen:
            seen.add(x)
            return x


def _slots(rng: random.Random, women: list[Woman], ctrls: list[Controller], n_ads: int) -> list[Slot]:
    slots: list[Slot] = []
    for c in ctrls:
        if rng.random() < (0.6 if c.kind != "clinic" else 0.3):
            for _ in range(rng.randint(1, 3)):
                site = rng.choice(["kontaktavisa", "skjermtips"])
                slots.append(Slot(site, rng.randrange(DAYS), None, c, rng.choice(c.cities), recruitment=True))
    rest = max(len(women), n_ads - len(slots))
    weights = [rng.lognormvariate(0, 0.9) for _ in women]
    counts = [1] * len(women)
    for i in rng.choices(range(len(women)), weights=weights, k=rest - len(women)):
        counts[i] += 1
    for w, cnt in zip(women, counts, strict=True):
        for _ in range(cnt):
            site = rng.choice(w.sites)
            day = rng.randrange(w.start, min(w.end, DAYS))
            city = w.city
            if w.tours and rng.random() < 0.4:
                city = rng.choice(w.tours)
            if site == "bokaro" and w.ctrl:
                city = w.city
            slots.append(Slot(site, day, w, w.ctrl, city))
    slots.sort(key=lambda sl: sl.day)
    return slots[:n_ads] if len(slots) > n_ads else slots


def _phone_now(w: Woman, day: int) -> tuple[str, str | None]:
    idx = sum(1 for sw in w.switch if day >= sw)
    old = w.phones[idx - 1] if idx and day - w.switch[idx - 1] < 30 else None
    return w.phones[idx], old


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    women, ctrls, used = _build_world(rng, n_ads)
    world: dict[str, Any] = {"support": _support_lines(rng, used)}
    reg = Registry()
    for w in women:
        for sents in w.texts.values():
            for x in sents[1:]:
                reg.take(x, w.pid)
    for c in ctrls:
        for sents in c.texts.values():
            for x in sents:
                reg.take(x, c.cid)
    ids = _ids(rng)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for slot in _slots(rng, women, ctrls, n_ads):
        ad, t = _one(rng, slot, world, ids, reg)
        ads.append(ad)
        truth.append(t)
    return ads, truth


def _one(
    rng: random.Random, slot: Slot, world: dict[str, Any], ids: dict[str, tuple[int, set[str]]], reg: Registry
) -> tuple[dict[str, Any], dict[str, Any]]:
    site, w, c = slot.site, slot.woman, slot.ctrl
    country = CITY_COUNTRY[slot.city]
    day = START + dt.timedelta(days=slot.day)
    v2 = slot.day >= REDESIGN[site]
    local = LANG_OF[country]
    # the ad's language: hers (or the controller's), the site's own words in the site's language
    if w:
        lang = rng.choice(w.langs)
        if c and c.kind == "hidden":
            lang = c.lang
    else:
        lang = c.lang if c else local
    chrome = {
        "bokaro": local,
        "silkeguiden": "en" if v2 else "no",
        "lanternen": rng.choices([local, "da", "en"], weights=[60, 25, 15])[0],
        "kontaktavisa": local,
        "skjermtips": lang,
        "turdagbok": local if rng.random() < 0.75 else "en",
    }[site]
    if site == "turdagbok":
        lang = chrome  # the proxy translated her page into the reader's language (or it is the original)
    if w and lang not in w.texts:
        w.texts[lang] = _sentences(rng, lang, reg, w.pid, w.nation)
    if c and lang not in c.texts:
        c.texts[lang] = _ctrl_texts(rng, c, reg, lang)
    # who writes what
    phones: list[tuple[str, bool, str]] = []
    emails: list[tuple[str, str]] = []
    sentences: list[str] = []
    note = ""
    name = w.site_names.get(site, w.name) if w else (c.name if c and c.kind != "hidden" else "")
    age = 0
    if w:
        age = (18 if w.age < 18 else w.age) + (rng.choice([0, 0, 0, 1, -1, 2]) if w.age >= 20 else rng.choice([0, 1]))
        if w.minor:
            note = rng.choice(MINOR_SIGNAL[lang])
        elif rng.random() < 0.12:
            if w.tours and rng.random() < 0.5:
                note = f"{_cap(NEXT[lang])}: {rng.choice([t for t in w.tours if t != slot.city] or [slot.city])}."
            elif w.nation not in ("Norwegian", "Swedish", "Danish") and rng.random() < 0.5:
                note = f"{GLUE[lang]['from']} {rng.choice(ABROAD)}."
            else:
                other = rng.choice([x for x in CITY_COUNTRY if x != slot.city])
                note = f"({_cap(BEFORE[lang])} {other})."
    if slot.recruitment and c:
        line = c.lines[1] if len(c.lines) > 1 and slot.day >= c.line_switch else c.lines[0]
        phones.append((line, False, c.habit))
        if lang not in c.recruit:  # the controller's own recruitment sentence, no other controller's
            for _ in range(60):
                p1 = rng.choice(CTRL_PARTS[lang]["pitch"])
                cand = f"{rng.choice(RECRUIT[lang])}, {p1}, {rng.choice(CTRL_PARTS[lang]['close'])}"
                if reg.take(cand + ".", c.cid):
                    break
            c.recruit[lang] = cand
        text = c.recruit[lang].format(city=_city_word(rng, slot.city), age=18 + rng.choice([0, 2, 3]))
        sentences = [text + "."]
        if c.kind != "hidden":
            sentences.insert(0, f"{c.name}.")
        if c.email:
            emails.append((c.email, "plain"))
        name = c.name if c.kind != "hidden" else ""
    elif w:
        own, old = _phone_now(w, slot.day)
        habit = w.habits[0] if rng.random() < 0.75 else w.habits[1]
        if c is None or c.kind != "hidden":
            if c is None or (c.direct and rng.random() < 0.6) or (c.kind == "clinic" and rng.random() < 0.2):
                phones.append((own, True, habit))
                if old and c is None and rng.random() < 0.4:
                    phones.append((old, True, habit))
                    note = (note + " " if note else "") + f"{GLUE[lang]['new_number']}! ({GLUE[lang]['old']})"
        if c:
            line = c.lines[1] if len(c.lines) > 1 and slot.day >= c.line_switch else c.lines[0]
            phones.insert(0, (line, False, c.habit if c.kind == "hidden" else rng.choice([c.habit, habit])))
        if w.email and (c is None or c.kind != "hidden") and rng.random() < 0.6:
            emails.append((w.email, w.ehabit))
        if c and c.email and rng.random() < 0.6:
            emails.append((c.email, rng.choice(["plain", "plain", "mailto", "bracket_at"])))
        mine = list(w.texts[lang])
        hello, rest = mine[0], mine[1:]
        rng.shuffle(rest)
        if c and c.kind == "hidden":
            house = c.texts.get(lang) or c.texts["en"]
            who = f"{name} ({age})" if rng.random() < 0.5 else name
            sentences = [x.replace("{who}", who) for x in house]
        elif c:
            house = c.texts.get(lang) or c.texts["en"]
            sentences = [house[0].replace("{who}", name), *rest[:2], *house[1:]]
        else:
            sentences = [hello, *rest]
    # the city word the ad names its city by
    city_word = _city_word(rng, slot.city)
    ad_id = _new_id(rng, ids, site)
    for k in range(len(sentences), -1, -1):
        p = Page(rng, lang, country)
        ctx = Ctx(
            slot=slot,
            rng=rng,
            lang=lang,
            chrome=chrome,
            country=country,
            name=name or "—",
            age=age,
            city_word=city_word,
            sentences=sentences,
            phones=phones,
            emails=emails,
            ad_id=ad_id,
            day=day,
            v2=v2,
            nation=w.nation if w else "Norwegian",
            note=note,
        )
        title, body, url, city_field = RENDER[site](p, ctx, k, world)
        if _city_named(slot.city, " ".join([title, body, city_field or ""])) is False:
            body += f"\n{slot.city}"
        size = len(title) + len(body)
        if size <= 1200 or k == 0:
            break
    while len(title) + len(body) < 150:
        body += "\n" + (sentences[0] if sentences else GLUE[lang]["in"] + " " + city_word)
    ad: dict[str, Any] = {
        "site": site,
        "id": ad_id,
        "url": url,
        "posted_at": f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
        "title": title,
        "body": body,
    }
    if city_field is not None:
        ad["city"] = city_field
    if site == "silkeguiden":
        ad["images"] = [f"https://cdn.silkeguide.com/p/{ad_id}/{i}.jpg" for i in range(1, rng.randint(2, 5))]
    phones_all = list(p.styles)
    t = {
        "site": site,
        "id": ad_id,
        "url": url,
        "person_id": (f"controller-{c.cid}" if slot.recruitment and c else w.pid if w else "?"),
        "network_id": c.cid if c else f"solo-{w.pid if w else '?'}",
        "network_kind": c.kind if c else "solo",
        "phones": phones_all,
        "own_phones": [e for e, hers, _ in phones if hers and e in p.styles],
        "phone_styles": dict(p.styles),
        "emails": sorted(p.estyles),
        "email_styles": dict(p.estyles),
        "city": slot.city,
        "furniture": _dedup(p.furn),
        "kind": KIND[site],
        "form": FORM[site],
        "template": f"{site}_{'v2' if v2 else 'v1'}",
        "language": lang,
        "nationality": w.nation if w else None,
        "minor": bool(w and w.minor),
        "age_stated": age or None,
        "age_true": w.age if w else None,
        "recruitment": slot.recruitment,
    }
    return ad, t


def _city_named(city: str, text: str) -> bool:
    low = text.casefold()
    return any(n.casefold() in low for n in CITY_NAMES[city])


def _dedup(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for it in items:
        key = (it["kind"], it["digits"], it.get("e164"), it.get("text"))
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out
