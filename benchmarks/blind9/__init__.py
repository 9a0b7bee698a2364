"""The ninth blind evaluation corpus (issue 14), written without reading the extractor or the other corpora.

    python -m benchmarks.blind9 --seed 1 --ads 6000 --out /tmp/corpus

Six invented sites of four kinds, each with its own template and its own redesign day (after it the
template, URL shape, ad-number slot, counters, support line and e-mail change; three move abroad):

* nattfiol (Norway, classifieds, no/en): v1 nattfiol.no hides numbers typed in the text (so the body
  obfuscates 75 % of the time) and shows a contact field (45 %), else masked ("412 34 XXX - trykk for å
  vise") in 40 % of ads; its slug keeps the number the filter removed from the title. Redesign day 105
  (14 Sep): moves to
  nattfiol.eu (an Estonian company, Estonian support line), no filter, the city field becomes the county.
* sammetsrummet (Sweden, massage/clinic listings, sv): salons (clinics: one salon line for several women)
  and independent masseuses; street addresses, postcodes, opening hours, org numbers, Swish business
  numbers, prices per minutes. Redesign day 126 (5 Oct): sammetsrum.com (Malta).
* nattergalen (Denmark, profile directory, da/en): a field table (Alder, Højde, Vægt, Telefon, E-mail,
  Område = a region, not a city), a free text; CVR numbers (8 digits, like a Danish phone). Redesign day
  80 (20 Aug): a new URL shape, field "Mobil", the area field holds the city.
* gjesteboka (all three countries, buyers' review forum, no/sv/da/en): reviews quoting the woman's ad,
  thread and post numbers, user names with digits, visit dates, prices, marks; a quarter of the posts
  give no number. Redesign day 141 (20 Oct): gjesteboka.org.
* velvetroute (all three, hotel-touring "tour dates" pages, en): a schedule of three to five stops (the
  distractor cities), the current stop marked and in the city field (English spellings), home-country
  WhatsApp numbers, euro rates, a Cyprus office line. Redesign day 92 (1 Sep): velvet-route.net (Malta).
* kanalarkiv (mostly Sweden, an archive of Telegram-like channel posts, an aggregator: a fifth of its
  posts re-post another site's ad with that site's ad number): emoji, key-cap and mathematical digits,
  view counters ("👁 1.2K"), message ids, an admin handle and the admin's (UK mobile) phone. Redesign day
  153 (1 Nov): tgarkiv.net.

Persons (~15 % of the ad count): 23 nationalities weighted as in Nordic outreach reports (Romanian,
Nigerian and Thai first), many on a home-country SIM; 1-3 sites each with a name per site; the stated
age drifts (lowered by 0-3 years, per site); 1.5 % are 16-17 and signal it the way ads do ("nettopp fylt
18", "fresh 18", "skoltjej"); 35 % of the foreign women tour the three countries, the others stay in a home
city with trips; 25 % change number once (some ads print both, "nytt nummer"); 12 % keep a second
(home) WhatsApp number next to the local one. Controllers (~9 % of persons' count): agencies (a booking
line, an agency e-mail and web site; her own number in a quarter of ads), hidden controllers (one line
for 2-6 women, near-identical text with the name swapped, moving the group together between cities) and
clinics (massage salons, one salon line). own_phones are hers; booking, hidden-controller and salon lines
are in phones but not in own_phones.

Contacts: ~70 % of numbers plainly written (~30 % of them in a site's contact field; national and
international groupings, 00, (+47), +46 (0)70,
code without plus, dotted, site fields, image alt text, wa.me/t.me/tel: links, a foreign national number
named as such), ~30 % hidden (see _render.py: words, words in pairs as Danes and Norwegians read numbers,
Latin and Cyrillic look-alikes, Unicode digits, key-caps, separators and emoji, zero-width characters,
lines, title/body split, prefix last, masked with a hint, backwards, HTML entities, Viber links). E-mails
of a fifth of the women and every agency, in eleven spellings (krøllalfa, snabel-a, punktum, [at], Gmail
only, mailto, full-width @, ...). Cities by canonical name, local and English spellings, abbreviations
(Sthlm, Gbg, Kbh, Krsand), districts, landmarks and postcodes, with distractor cities (home towns, last
and next stops, the site's own city menus, tour schedules).

Furniture (the truth's `furniture`): ad ids, reference numbers, counters, support and admin lines,
company and CVR numbers, Swish/MobilePay numbers, postcodes, dates, prices, user names with digits, forum
thread and post numbers, a masked copy of her number, a scammer's number she warns against and a hotel's
desk line. Not contacts: Snapchat/Telegram handles, heights, weights, measurements, hours.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import phonenumbers

from . import _render as R
from . import _text as T
from ._data import CITIES, CITY_WEIGHT, NATIONS, REGION_OF, SIM, WORK_NAMES

START = date(2026, 6, 1)
DAYS = 183
SITES = ("nattfiol", "sammetsrummet", "nattergalen", "gjesteboka", "velvetroute", "kanalarkiv")
REDESIGN = {
    "nattfiol": 105,
    "sammetsrummet": 126,
    "nattergalen": 80,
    "gjesteboka": 141,
    "velvetroute": 92,
    "kanalarkiv": 153,
}
OBF_SHARE = {
    ("nattfiol", 1): 0.75,
    ("nattfiol", 2): 0.3,
    ("sammetsrummet", 1): 0.12,
    ("sammetsrummet", 2): 0.12,
    ("nattergalen", 1): 0.35,
    ("nattergalen", 2): 0.35,
    ("gjesteboka", 1): 0.3,
    ("gjesteboka", 2): 0.3,
    ("velvetroute", 1): 0.2,
    ("velvetroute", 2): 0.25,
    ("kanalarkiv", 1): 0.55,
    ("kanalarkiv", 2): 0.55,
}
PLAIN_W = {
    "national": 30,
    "national_compact": 11,
    "international": 16,
    "international_compact": 8,
    "international_00": 4,
    "international_paren": 3,
    "international_trunk": 2,
    "code_no_plus": 3,
    "dotted": 4,
    "wa_link": 7,
    "tel_link": 3,
    "tme_link": 3,
    "image_alt": 2,
    "foreign_national_cued": 3,
}
OBF_W = {
    "words": 14,
    "words_mixed": 8,
    "words_pairs": 8,
    "lookalike_latin": 8,
    "lookalike_cyrillic": 4,
    "unicode_digits": 7,
    "circled": 2,
    "keycap": 4,
    "separators": 12,
    "zero_width": 5,
    "split_lines": 5,
    "split_title_body": 3,
    "prefix_last": 4,
    "masked": 4,
    "reversed": 1.5,
    "viber_link": 3,
    "html_entities": 0,
}
SITE_OBF_BOOST = {
    "kanalarkiv": {"keycap": 4, "unicode_digits": 3, "separators": 1.5, "html_entities": 1, "circled": 2},
    "nattfiol": {"words": 1.5, "words_pairs": 1.5, "split_title_body": 2},
    "gjesteboka": {"split_title_body": 0, "masked": 0.5},
}
EMAIL_W = {
    "plain": 45,
    "upper": 5,
    "at_word": 12,
    "at_native": 7,
    "words": 6,
    "spaced": 6,
    "provider_only": 5,
    "mailto": 5,
    "fullwidth_at": 3,
    "paren_dot": 4,
    "html_entity": 0,
}
DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "protonmail.com",
    "hotmail.se", "live.se", "online.no", "yahoo.dk", "gmx.de", "mail.ru", "o2.pl", "yahoo.ro", "abv.bg",
)  # fmt: skip
HOMETOWNS = ("Bucuresti", "Constanta", "Lagos", "Benin City", "Bangkok", "Pattaya", "Riga", "Vilnius", "Kaunas",
             "Sofia", "Varna", "Budapest", "Kyiv", "Odesa", "Warszawa", "Krakow", "Hanoi", "Sao Paulo", "Medellin",
             "Caracas", "Santo Domingo", "Madrid", "Praha", "Tirana", "Manila", "Moskva")  # fmt: skip
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = [k for k, w in weights.items() if w > 0]
    return rng.choices(keys, [weights[k] for k in keys])[0]


class Numbers:
    """Valid, distinct numbers drawn inside a country's mobile prefixes (or any prefix, for landlines)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def draw(self, country: str, prefix: str | None = None, length: int | None = None) -> str:
        cc, prefixes, n = SIM[country] if country in SIM else ("", (), 0)
        for _ in range(400):
            p = prefix if prefix is not None else self.rng.choice(prefixes)
            ln = length or n
            cand = p + "".join(self.rng.choice("0123456789") for _ in range(ln - len(p)))
            e164 = f"+{cc or SIM_CC[country]}{cand}"
            try:
                num = phonenumbers.parse(e164)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num) and e164 not in self.used:
                if prefix is None and phonenumbers.number_type(num) not in {
                    phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                }:
                    continue
                self.used.add(e164)
                return e164
        raise RuntimeError(f"no valid number for {country} {prefix}")


SIM_CC = {"CY": "357", "MT": "356"}


@dataclass
class Network:
    nid: str
    kind: str  # agency | hidden | clinic
    name: str
    lines: list[str]
    change_day: int
    email: str | None
    website: str | None
    cities: list[str]
    template: int
    own_share: float
    members: list[Person] = field(default_factory=list)
    address: str = ""
    orgnr: str = ""
    swish: str = ""


@dataclass
class Person:
    pid: str
    nation: str
    name: str
    names: dict[str, str]
    age: int
    minor: bool
    home_country: str
    cities: list[str]
    tours: bool
    sites: list[str]
    phones: list[str]
    change_day: int
    whatsapp_home: str | None
    email: str | None
    network: Network | None
    weight: float
    handle: str
    age_shift: dict[str, int]
    massage: bool


def _slug(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.lower())
    out = "".join(c if c.isalnum() and c.isascii() else "-" for c in norm if not unicodedata.combining(c))
    return "-".join(p for p in out.split("-") if p)


def _country(city: str) -> str:
    return CITIES[city][0]


def _city_of_day(rng: random.Random, cities: list[str], day: int, legs: int) -> str:
    """Where someone touring `cities` (legs of `legs` days, in order, repeating) is on `day`."""
    return cities[(day // legs) % len(cities)]


class Gen:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(seed)
        self.n_ads = n_ads
        self.numbers = Numbers(self.rng)
        self.ids: dict[str, set[str]] = {s: set() for s in SITES}
        rng = self.rng
        # the sites' own lines and e-mails, per template version
        self.support = {
            ("nattfiol", 1): self.numbers.draw("NO", "2", 8),
            ("nattfiol", 2): self.numbers.draw("EE", "6", 7),
            ("sammetsrummet", 1): self.numbers.draw("SE", "8", 9),
            ("sammetsrummet", 2): self.numbers.draw("MT", "21", 8),
            ("nattergalen", 1): self.numbers.draw("DK", "70", 8),
            ("nattergalen", 2): self.numbers.draw("DK", "70", 8),
            ("gjesteboka", 1): "",
            ("gjesteboka", 2): "",
            ("velvetroute", 1): self.numbers.draw("CY", "22", 8),
            ("velvetroute", 2): self.numbers.draw("MT", "27", 8),
            ("kanalarkiv", 1): self.numbers.draw("GB"),
            ("kanalarkiv", 2): self.numbers.draw("GB"),
        }
        self.site_email = {
            ("nattfiol", 1): "post@nattfiol.no",
            ("nattfiol", 2): "hjelp@nattfiol.eu",
            ("sammetsrummet", 1): "annons@sammetsrummet.se",
            ("sammetsrummet", 2): "support@sammetsrum.com",
            ("nattergalen", 1): "kontakt@nattergalen.dk",
            ("nattergalen", 2): "support@nattergalen.dk",
            ("gjesteboka", 1): "ads@gjesteboka.net",
            ("gjesteboka", 2): "contact@gjesteboka.org",
            ("velvetroute", 1): "support@velvetroute.com",
            ("velvetroute", 2): "hello@velvet-route.net",
            ("kanalarkiv", 1): "abuse@kanalarkiv.io",
            ("kanalarkiv", 2): "dmca@tgarkiv.net",
        }
        self.orgnr_site = {
            "nattfiol": str(rng.randint(912_000_000, 998_999_999)),
            "nattergalen": str(rng.randint(30_000_000, 44_999_999)),
            "velvetroute": "HE" + str(rng.randint(400_000, 499_999)),
            "nattfiol2": str(rng.randint(16_000_000, 16_999_999)),
        }
        self.channels = [("nordic_vip_girls", "Nordic VIP Girls 🇸🇪🇳🇴🇩🇰"), ("sthlm_nyheter_xx", "STHLM Nyheter 🔥"),
                         ("gbg_angels", "GBG Angels"), ("cph_hot_news", "CPH hot news 💋"),
                         ("oslo_vip", "Oslo VIP ✨")]  # fmt: skip
        self.admin = {c: f"@{c.split('_')[0]}_admin{rng.randint(1, 99)}" for c, _ in self.channels}

    # ---- population ---------------------------------------------------------------------------------------
    def population(self) -> list[Person]:
        rng = self.rng
        n_persons = max(1, round(self.n_ads * 0.15))
        n_nets = max(1, round(n_persons * 0.088)) if n_persons >= 8 else 0
        nations = list(NATIONS)
        nw = [NATIONS[k][0] for k in nations]
        cities = list(CITIES)
        cw = [CITY_WEIGHT[c] for c in cities]
        persons: list[Person] = []
        for i in range(n_persons):
            nat = rng.choices(nations, nw)[0]
            _, home_sim, first_names, _ = NATIONS[nat]
            base = rng.choices(cities, cw)[0]
            if nat in {"NO", "SE", "DK"} and rng.random() < 0.85:
                base = rng.choices(
                    [c for c in cities if _country(c) == nat], [CITY_WEIGHT[c] for c in cities if _country(c) == nat]
                )[0]
            tours = nat not in {"NO", "SE", "DK"} and rng.random() < 0.35
            if tours:
                stops = [base, *rng.sample([c for c in cities if c != base], rng.randint(2, 4))]
            elif rng.random() < 0.25:
                stops = [base, base, rng.choice([c for c in cities if _country(c) == _country(base) and c != base])]
            else:
                stops = [base]
            home = _country(base)
            minor = rng.random() < 0.015
            age = rng.randint(16, 17) if minor else min(48, 19 + int(rng.expovariate(1 / 7)))
            massage = (nat in {"TH", "VN", "CN", "PH"} and rng.random() < 0.7) or rng.random() < 0.06
            phones = []
            sim_country = nat if (nat in SIM and rng.random() < home_sim) else home
            phones.append(self.numbers.draw(sim_country))
            change_day = DAYS + 1
            if rng.random() < 0.25:
                change_day = rng.randint(30, DAYS - 20)
                phones.append(self.numbers.draw(home if rng.random() < 0.7 else sim_country))
            wa = None
            if nat not in {"NO", "SE", "DK"} and sim_country != nat and rng.random() < 0.2:
                wa = self.numbers.draw(nat)
            real = rng.choice(first_names)
            names = {s: (real if rng.random() < 0.3 else rng.choice(WORK_NAMES)) for s in SITES}
            email = None
            if rng.random() < 0.2:
                local = rng.choice(
                    (
                        f"{names['nattfiol'].lower()}.{_slug(base)[:4]}{rng.randint(1, 99)}",
                        f"{real.lower()}_{rng.randint(1985, 2007)}",
                        f"sweet{names['kanalarkiv'].lower()}{rng.randint(10, 99)}",
                        f"{_slug(real)}.{rng.choice('abcdefghijklmnoprstv')}{rng.randint(1, 9)}",
                    )
                )
                email = f"{_slug(local).replace('-', '.')}@{rng.choice(DOMAINS)}"
            sites = self._sites_for(rng, home, tours, massage)
            persons.append(
                Person(
                    pid=f"p{i:05d}",
                    nation=nat,
                    name=real,
                    names=names,
                    age=age,
                    minor=minor,
                    home_country=home,
                    cities=stops,
                    tours=tours,
                    sites=sites,
                    phones=phones,
                    change_day=change_day,
                    whatsapp_home=wa,
                    email=email,
                    network=None,
                    weight=rng.lognormvariate(0, 0.8),
                    handle=f"{names['kanalarkiv'].lower()}_{_slug(base)[:3]}{rng.randint(1, 99)}",
                    age_shift={s: -rng.choice((0, 0, 0, 1, 1, 2, 3)) for s in SITES},
                    massage=massage,
                )
            )
        self._networks(persons, n_nets)
        return persons

    def _sites_for(self, rng: random.Random, home: str, tours: bool, massage: bool) -> list[str]:
        primary = {"NO": "nattfiol", "SE": "kanalarkiv" if rng.random() < 0.65 else "velvetroute", "DK": "nattergalen"}[
            home
        ]
        if massage:
            primary = "sammetsrummet" if home == "SE" or rng.random() < 0.5 else primary
        sites = [primary]
        if tours:
            sites.append("velvetroute")
        if rng.random() < 0.5:
            sites.append("gjesteboka")
        if rng.random() < 0.22:
            sites.append("kanalarkiv")
        if rng.random() < 0.12:
            sites.append(rng.choice(("nattfiol", "nattergalen")))
        out = list(dict.fromkeys(sites))[:3]
        return out

    def _networks(self, persons: list[Person], n_nets: int) -> None:
        rng = self.rng
        free = [p for p in persons if not p.minor or rng.random() < 0.5]
        rng.shuffle(free)
        cities = list(CITIES)
        cw = [CITY_WEIGHT[c] for c in cities]
        for k in range(n_nets):
            kind = rng.choices(("agency", "hidden", "clinic"), (0.25, 0.5, 0.25))[0]
            size = {"agency": rng.randint(3, 8), "hidden": rng.randint(2, 6), "clinic": rng.randint(2, 5)}[kind]
            if kind == "clinic":
                members = [p for p in free if p.massage and p.network is None][:size]
                if len(members) < 2:
                    members = [p for p in free if p.network is None][:size]
            else:
                members = [p for p in free if p.network is None and not p.massage][:size]
            if len(members) < 2:
                continue
            home = rng.choices(cities, cw)[0]
            if kind == "clinic" and rng.random() < 0.6:
                home = rng.choice(("Stockholm", "Göteborg", "Malmö", "Uppsala", "Oslo", "København"))
            country = _country(home)
            if kind == "hidden":
                cset = [home, *rng.sample([c for c in cities if c != home], rng.randint(1, 3))]
                line_country = rng.choice((country, country, "RO", "LT", "PL", "NG", "BG"))
            else:
                cset = [home]
                line_country = country
            if kind == "clinic" and country == "SE" and rng.random() < 0.4:
                prefix = {"Stockholm": "8", "Göteborg": "31", "Malmö": "40", "Uppsala": "18"}.get(home)
                lines = [self.numbers.draw("SE", prefix, 9)] if prefix else [self.numbers.draw("SE")]
            else:
                lines = [self.numbers.draw(line_country if line_country in SIM else country)]
            change = DAYS + 1
            if rng.random() < 0.3:
                change = rng.randint(40, DAYS - 30)
                lines.append(self.numbers.draw(country))
            stem = rng.choice(
                (
                    "Nordic",
                    "Velvet",
                    "Aurora",
                    "Elite",
                    "Diamond",
                    "Lotus",
                    "Orchid",
                    "Baltic",
                    "Royal",
                    "Silk",
                    "Golden",
                    "Jade",
                )
            )
            if kind == "agency":
                name = f"{stem} {rng.choice(('Models', 'Companions', 'Escorts', 'Angels', 'Agency'))}"
                site = f"{_slug(name)}.com"
                email = f"{rng.choice(('booking', 'info', 'bookings', 'kontakt'))}@{site}"
                website = "www." + site
            elif kind == "clinic":
                name = f"{stem} {rng.choice(('Thaimassage', 'Spa', 'Massage', 'Thai Spa', 'Wellness'))}"
                email = (
                    f"{_slug(stem)}.{_slug(home)[:3]}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.com'))}"
                    if rng.random() < 0.35
                    else None
                )
                website = None
            else:
                name = ""
                email = None
                website = None
            net = Network(
                nid=f"n{k:04d}",
                kind=kind,
                name=name,
                lines=lines,
                change_day=change,
                email=email,
                website=website,
                cities=cset,
                template=rng.randint(0, 2),
                own_share={"agency": 0.25, "hidden": 0.08, "clinic": 0.08}[kind],
            )
            if kind == "clinic":
                street = rng.choice(
                    (
                        "Sveavägen",
                        "Götgatan",
                        "Drottninggatan",
                        "Storgatan",
                        "Kungsgatan",
                        "Vesterbrogade",
                        "Thorvald Meyers gate",
                        "Stortingsgata",
                    )
                )
                net.address = f"{street} {rng.randint(2, 140)}{rng.choice(('', '', 'A', 'B'))}"
                net.orgnr = f"559{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
                net.swish = f"123{rng.randint(1_000_000, 9_999_999)}"
            for p in members:
                p.network = net
                p.cities = cset
                p.tours = kind == "hidden"
                if kind == "clinic":
                    p.sites = list(
                        dict.fromkeys(
                            ["sammetsrummet" if country == "SE" or rng.random() < 0.5 else p.sites[0], *p.sites]
                        )
                    )[:3]
                if kind == "hidden" and rng.random() < 0.5 and "kanalarkiv" not in p.sites:
                    p.sites = [*p.sites[:2], "kanalarkiv"]
            net.members = members

    # ---- ads ------------------------------------------------------------------------------------------------
    def run(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        persons = self.population()
        counts = {p.pid: 0 for p in persons}
        order = persons[: self.n_ads]
        for p in order:
            counts[p.pid] += 1
        rest = self.n_ads - len(order)
        if rest > 0:
            for p in rng.choices(persons, [p.weight for p in persons], k=rest):
                counts[p.pid] += 1
        jobs: list[tuple[Person, str, int]] = []
        for p in persons:
            site_w = [3.0 if j == 0 else (1.2 if s != "gjesteboka" else 1.3) for j, s in enumerate(p.sites)]
            for _ in range(counts[p.pid]):
                jobs.append((p, rng.choices(p.sites, site_w)[0], rng.randint(0, DAYS - 1)))
        rng.shuffle(jobs)
        jobs.sort(key=lambda j: j[2])
        ads, truth = [], []
        for p, site, day in jobs:
            ad, t = self.ad(p, site, day)
            ads.append(ad)
            truth.append(t)
        return ads, truth

    def new_id(self, site: str, lo: int, hi: int) -> str:
        while True:
            x = str(self.rng.randint(lo, hi))
            if x not in self.ids[site]:
                self.ids[site].add(x)
                return x

    def city_text(self, city: str, lang: str) -> tuple[str, list[dict[str, Any]]]:
        """How the ad says where she is; with any postcode it prints as furniture."""
        rng = self.rng
        _, spellings, districts, landmarks, pc = CITIES[city]
        r = rng.random()
        near = {"no": "rett ved", "sv": "nära", "da": "tæt på", "en": "near"}[lang]
        inn = {"no": "i", "sv": "i", "da": "i", "en": "in"}[lang]
        if r < 0.45:
            return f"{inn} {city}", []
        if r < 0.7:
            return f"{inn} {rng.choice(spellings)}", []
        if r < 0.83 and districts:
            d = rng.choice(districts)
            return (f"{inn} {d}" if rng.random() < 0.5 else f"{inn} {d}, {rng.choice(spellings)}"), []
        if r < 0.93 and landmarks:
            return f"{near} {rng.choice(landmarks)}", []
        code = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pc)
        return f"{inn} {code} {city}", [{"kind": "postcode", "digits": code.replace(" ", "")}]

    def distractor(self, p: Person, city: str, lang: str) -> str:
        rng = self.rng
        other = rng.choice([c for c in CITIES if c != city])
        r = rng.random()
        if r < 0.3 and p.nation not in {"NO", "SE", "DK"}:
            town = rng.choice(HOMETOWNS)
            return {
                "no": f"Opprinnelig fra {town}.",
                "sv": f"Kommer från {town}.",
                "da": f"Kommer fra {town}.",
                "en": f"Originally from {town}.",
            }[lang]
        if r < 0.6:
            return {
                "no": f"Var i {other} forrige uke.",
                "sv": f"Var i {other} förra veckan.",
                "da": f"Var i {other} sidste uge.",
                "en": f"Was in {other} last week.",
            }[lang]
        return {
            "no": f"Neste uke: {other}!",
            "sv": f"Nästa vecka: {other}!",
            "da": f"Næste uge: {other}!",
            "en": f"Next week: {other}!",
        }[lang]

    # ---- one ad ---------------------------------------------------------------------------------------------
    def where_on(self, p: Person, site: str, day: int) -> str:
        rng = self.rng
        net = p.network
        if net is not None:
            return net.cities[0] if net.kind != "hidden" else _city_of_day(rng, net.cities, day, 11)
        if p.tours:
            return _city_of_day(rng, p.cities, day + int(p.pid[1:]) * 3, 9)
        if len(p.cities) > 1 and rng.random() < 0.15:
            return rng.choice(p.cities[1:])
        return p.cities[0]

    def lang_for(self, site: str, city: str) -> str:
        rng = self.rng
        local = LANG_OF[_country(city)]
        if site == "nattfiol":
            return "no" if rng.random() < 0.85 else "en"
        if site == "sammetsrummet":
            return "sv" if rng.random() < 0.9 else "en"
        if site == "nattergalen":
            return "da" if rng.random() < 0.7 else "en"
        if site == "velvetroute":
            return "en"
        if site == "gjesteboka":
            return local if rng.random() < 0.65 else "en"
        return rng.choices(("sv", "en", local), (0.45, 0.4, 0.15))[0]

    def style_for(self, site: str, v: int, e164: str, local: bool, obf: bool) -> str:
        weights = dict(OBF_W if obf else PLAIN_W)
        for k, m in (SITE_OBF_BOOST.get(site, {}) if obf else {}).items():
            weights[k] = weights.get(k, 1) * m
        weights = {k: w for k, w in weights.items() if R.feasible(k, e164, local)}
        return pick(self.rng, weights)

    def ad(self, p: Person, site: str, day: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = self.rng
        v = 1 if day < REDESIGN[site] else 2
        net = p.network
        city = self.where_on(p, site, day)
        country = _country(city)
        lang = self.lang_for(site, city)
        when = START + timedelta(days=day)
        hhmm = f"{rng.randint(0, 23):02d}:{rng.choice((0, 5, 12, 17, 24, 30, 36, 41, 48, 55)):02d}"
        stated = max(18, p.age + day // 365 + p.age_shift[site]) if not p.minor else rng.choice((18, 18, 19))
        name = p.names[site]
        furniture: list[dict[str, Any]] = []
        # which numbers the ad prints, hers first
        own = p.phones[1] if (len(p.phones) > 1 and day >= p.change_day) else p.phones[0]
        numbers: list[tuple[str, str]] = []  # (e164, role)
        if net is not None:
            line = net.lines[1] if (len(net.lines) > 1 and day >= net.change_day) else net.lines[0]
            numbers.append((line, "line"))
            if rng.random() < net.own_share:
                numbers.append((own, "own"))
        else:
            numbers.append((own, "own"))
            if len(p.phones) > 1 and p.change_day <= day < p.change_day + 25 and rng.random() < 0.5:
                numbers.append((p.phones[0], "old"))
            if p.whatsapp_home and rng.random() < 0.6:
                numbers.append((p.whatsapp_home, "wa"))
        if site == "gjesteboka" and rng.random() < 0.25:
            numbers = []
        if site != "gjesteboka" and net is None and p.email and rng.random() < 0.04:
            numbers = []
        # how each is written
        field_site = {"nattfiol": 0.45 if v == 1 else 0.6, "nattergalen": 0.7, "velvetroute": 0.5}.get(site, 0.0)
        contacts: list[tuple[str, str, str, str | tuple[str, str]]] = []
        masked_field = False
        for j, (e164, role) in enumerate(numbers):
            local = R.region(e164) == country
            if j == 0 and rng.random() < field_site:
                style = "field"
            else:
                obf = rng.random() < OBF_SHARE[(site, v)]
                style = self.style_for(site, v, e164, local, obf)
                if site == "nattfiol" and v == 1 and j == 0 and rng.random() < 0.4:
                    masked_field = True
                if style == "url_slug" or (
                    site == "nattfiol" and v == 1 and j == 0 and not obf and rng.random() < 0.12
                ):
                    style = "url_slug"
            text = R.phone(rng, e164, style, lang, local) if style != "url_slug" else R.nsn(e164)
            contacts.append((e164, role, style, text))
        if masked_field and contacts:
            d = R.national_digits(contacts[0][0])
            furniture.append({"kind": "masked_own", "digits": d[:5]})
        emails: list[tuple[str, str, str]] = []
        if p.email and rng.random() < (0.15 if site == "gjesteboka" else (0.55 if net is None else 0.15)):
            emails.append((p.email, *self.email_text(p.email, site, lang)))
        if net is not None and net.email and rng.random() < (0.6 if net.kind == "agency" else 0.5):
            emails.append((net.email, *self.email_text(net.email, site, lang)))
        ctx = {
            "p": p, "net": net, "site": site, "v": v, "day": day, "when": when, "hhmm": hhmm, "city": city,
            "lang": lang, "age": stated, "name": name, "contacts": contacts, "emails": emails,
            "furniture": furniture, "masked_field": masked_field,
        }  # fmt: skip
        title, body, url, city_field, ad_id = getattr(self, f"site_{site}")(ctx)
        se = self.site_email[(site, v)]
        if se in body:
            furniture.append({"kind": "support_email", "digits": "", "text": se})
        sup = self.support[(site, v)]
        if sup and R.nsn(sup) in _digits(body):
            furniture.append({"kind": "support_phone", "digits": R.nsn(sup), "e164": sup})
        # furniture the page does not print after all (a line dropped to fit) is not furniture of this ad
        printed = _digits(f"{url}\n{title}\n{body}")
        furniture[:] = [f for f in furniture if f["kind"] in {"support_email", "masked_own"} or f["digits"] in printed]
        ad = {
            "site": site,
            "id": ad_id,
            "url": url,
            "title": title,
            "body": body,
            "posted_at": f"{when.isoformat()}T{hhmm}:00",
        }
        if city_field is not None:
            ad["city"] = city_field
        phones = list(dict.fromkeys(c[0] for c in contacts))
        t = {
            "site": site,
            "id": ad_id,
            "url": url,
            "person_id": p.pid,
            "network_id": net.nid if net else f"solo-{p.pid}",
            "network_kind": net.kind if net else "solo",
            "phones": phones,
            "own_phones": [c[0] for c in contacts if c[1] != "line"],
            "phone_styles": {c[0]: c[2] for c in contacts},
            "emails": [e[0] for e in emails],
            "email_styles": {e[0]: e[1] for e in emails},
            "city": city,
            "furniture": furniture,
            "lang": lang,
            "age_stated": stated,
            "minor": p.minor,
            "nationality": p.nation,
            "template": f"{site}-v{v}",
        }
        return ad, t

    def email_text(self, address: str, site: str, lang: str) -> tuple[str, str]:
        w = dict(EMAIL_W)
        if not address.endswith("@gmail.com"):
            w["provider_only"] = 0
        if site == "kanalarkiv":
            w["html_entity"] = 3
        style = pick(self.rng, w)
        return style, R.email(self.rng, address, style, lang)


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if c.isdigit())


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`n_ads` ads and their truth, in the same order, deterministic for `seed`."""
    return Gen(seed, n_ads).run()


# ---- the sites' templates (methods of Gen, kept apart for reading) -----------------------------------------
ENGLISH_CITY = {"København": "Copenhagen", "Göteborg": "Gothenburg", "Malmö": "Malmo", "Tromsø": "Tromso",
                "Västerås": "Vasteras", "Örebro": "Orebro", "Linköping": "Linkoping"}  # fmt: skip
FLAG = {"RO": "🇷🇴", "NG": "🇳🇬", "TH": "🇹🇭", "PL": "🇵🇱", "LT": "🇱🇹", "LV": "🇱🇻", "BG": "🇧🇬", "HU": "🇭🇺", "UA": "🇺🇦",
        "RU": "🇷🇺", "VN": "🇻🇳", "CN": "🇨🇳", "BR": "🇧🇷", "CO": "🇨🇴", "VE": "🇻🇪", "DO": "🇩🇴", "ES": "🇪🇸", "CZ": "🇨🇿",
        "AL": "🇦🇱", "PH": "🇵🇭", "NO": "🇳🇴", "SE": "🇸🇪", "DK": "🇩🇰"}  # fmt: skip


def _compose(g: Gen, ctx: dict[str, Any], quote: bool = False) -> tuple[list[str], str, str, str | None]:
    """The ad's own text: intro, age signals, services, contacts. Returns (lines, title tail, slug digits,
    the field contact's text)."""
    rng = g.rng
    p: Person = ctx["p"]
    net: Network | None = ctx["net"]
    lang, city = ctx["lang"], ctx["city"]
    where, furn = g.city_text(city, lang)
    ctx["furniture"].extend(furn)
    nat = NATIONS[p.nation][3][lang]
    fill = {"name": ctx["name"], "age": ctx["age"], "nat": nat, "where": where}
    lines: list[str] = []
    if net is not None and net.kind == "hidden":
        lines.append(T.HIDDEN[lang][net.template].format(**fill))
    elif net is not None and net.kind == "agency":
        lines.append(rng.choice(T.INTRO[lang]).format(**fill))
        lines.append({"no": f"{ctx['name']} er en av jentene hos {net.name}.",
                      "sv": f"{ctx['name']} jobbar via {net.name}.",
                      "da": f"{ctx['name']} er en af pigerne hos {net.name}.",
                      "en": f"{ctx['name']} is one of the {net.name} ladies."}[lang])  # fmt: skip
    else:
        lines.append(rng.choice(T.INTRO[lang]).format(**fill))
    if p.minor and rng.random() < 0.8:
        lines.append(rng.choice(T.MINOR[lang]))
    if not quote:
        lines.append(rng.choice(T.SERVICES[lang]))
        if rng.random() < 0.5:
            lines.append(T.stats(rng, lang))
        if rng.random() < 0.6 and ctx["site"] not in {"velvetroute", "sammetsrummet"}:
            text, furn = T.price_block(rng, lang, _country(city))
            lines.append(text)
            ctx["furniture"].extend(furn)
        if rng.random() < 0.3:
            lines.append(g.distractor(p, city, lang))
    title_tail, slug, field_text = "", "", None
    for _e164, role, style, text in ctx["contacts"]:
        if style == "field" and field_text is None:
            field_text = str(text)
            continue
        if style == "url_slug":
            slug = str(text)
            continue
        if isinstance(text, tuple):
            title_tail, text = text
        if style == "image_alt":
            text = T.ALT[lang].format(p=text)
        if role == "line":
            phrase = rng.choice(T.BOOKING[lang])
        elif role == "old":
            phrase = T.OLD[lang]
        elif role == "wa":
            phrase = T.WA[lang]
        else:
            phrase = rng.choice(T.CALL[lang])
        lines.append(phrase.format(p=text))
    if not ctx["contacts"] and ctx["emails"] and ctx["site"] != "gjesteboka":
        lines.append(T.NO_NUMBER[lang])
    for _, _, text in ctx["emails"]:
        lines.append(rng.choice(T.MAIL[lang]).format(e=text))
    if net is not None and net.website and rng.random() < 0.5:
        lines.append(net.website)
    if rng.random() < 0.25:
        lines.append(rng.choice(T.HANDLE).format(h=p.handle))
    if net is None and ctx["contacts"] and rng.random() < 0.02:
        fake = g.numbers.draw(_country(city))
        lines.append(T.WARN[lang].format(p=R.national(rng, fake)))
        ctx["furniture"].append({"kind": "warned_number", "digits": R.nsn(fake), "e164": fake})
    return lines, title_tail, slug, field_text


def _fit(head: list[str], lines: list[str], tail: list[str], lo: int = 150, hi: int = 1200) -> str:
    """Join; drop optional middle lines (not contacts) from the end while too long."""
    body = "\n".join(head + lines + tail)
    while len(body) > hi and len(lines) > 2:
        lines = lines[:1] + lines[2:]
        body = "\n".join(head + lines + tail)
    return body


def _counter(g: Gen, lo: int, hi: int, kind: str, furniture: list[dict[str, Any]]) -> int:
    n = g.rng.randint(lo, hi)
    if n >= 1000:
        furniture.append({"kind": kind, "digits": str(n)})
    return n


def _date_furn(when: date, furniture: list[dict[str, Any]]) -> str:
    s = when.strftime("%d.%m.%Y")
    furniture.append({"kind": "date", "digits": s.replace(".", "")})
    return s


def site_nattfiol(g: Gen, ctx: dict[str, Any]) -> tuple[str, str, str, str | None, str]:
    rng, v, furn, city = g.rng, ctx["v"], ctx["furniture"], ctx["city"]
    lines, ttail, slug, field_text = _compose(g, ctx)
    spelled = rng.choice(CITIES[city][1]) if rng.random() < 0.3 else city
    title = rng.choice(
        (
            f"{ctx['name']} {ctx['age']} – {spelled}",
            f"Ny i {spelled}: {ctx['name']}",
            f"{ctx['name']} ({ctx['age']}) 💋",
        )
    )
    if slug:
        title += " – ring [nummer fjernet]"
    if ttail:
        title += " " + ttail
    views = _counter(g, 40, 25000, "counter", furn)
    date_s = _date_furn(ctx["when"], furn)
    if v == 1:
        ad_id = g.new_id("nattfiol", 27_000_000, 28_999_999)
        furn.append({"kind": "ad_id", "digits": ad_id})
        url = f"https://www.nattfiol.no/annonse/{_slug(city)}/{ad_id}-{_slug(title.split(' – ring')[0])}" + (
            f"-ring-{slug}" if slug else ""
        )
        cfield = city if rng.random() < 0.7 else rng.choice(CITIES[city][2] or (city,))
        head = [
            f"Nattfiol.no › Voksen › Escort › {cfield}",
            f"Annonsenr. {ad_id} · Publisert {date_s} kl. {ctx['hhmm']} · Vist {views} ganger",
        ]
        if field_text:
            head.append(f"Telefon: {field_text}")
        elif ctx["masked_field"] and ctx["contacts"]:
            d = R.national_digits(ctx["contacts"][0][0])
            head.append(f"Telefon: {d[:3]} {d[3:5]} XXX (trykk for å vise)")
        sup = g.support[("nattfiol", 1)]
        org = g.orgnr_site["nattfiol"]
        furn.append({"kind": "org_number", "digits": org})
        tail = ["—", f"Kundeservice {R.national(rng, sup)} (hverdager 09–15) · post@nattfiol.no · "
                f"Org.nr. {org[:3]} {org[3:6]} {org[6:]}",
                "Annonser i: Oslo | Bergen | Trondheim | Stavanger | Kristiansand | Tromsø"]  # fmt: skip
    else:
        ad_id = g.new_id("nattfiol", 3_000_000, 3_999_999)
        ref = str(rng.randint(100000, 999999))
        furn += [{"kind": "ad_id", "digits": ad_id}, {"kind": "ref_id", "digits": ref}]
        url = f"https://nattfiol.eu/a/{ad_id}?ref=NF{ref}"
        cfield = REGION_OF.get(city, city)
        head = ["NATTFIOL — voksne annonser i Norge", f"ID {ad_id} · Ref NF{ref} · 👁 {views} · {date_s}"]
        if field_text:
            head.append(f"Kontakt: {field_text}")
        sup = g.support[("nattfiol", 2)]
        reg = g.orgnr_site["nattfiol2"]
        furn.append({"kind": "org_number", "digits": reg})
        tail = ["—", f"Support {R.international(rng, sup)} · hjelp@nattfiol.eu · Nattfiol OÜ, Tallinn, reg.kood {reg}"]
    return title, _fit(head, lines, tail), url, cfield, ad_id


def site_sammetsrummet(g: Gen, ctx: dict[str, Any]) -> tuple[str, str, str, str | None, str]:
    rng, v, furn, city, lang = g.rng, ctx["v"], ctx["furniture"], ctx["city"], ctx["lang"]
    net: Network | None = ctx["net"]
    lines, ttail, _, field_text = _compose(g, ctx)
    if field_text:
        lines.append(rng.choice(T.CALL[lang]).format(p=field_text))
    salon = net is not None and net.kind == "clinic"
    a, b, c = rng.choice((490, 590, 650)), rng.choice((790, 890, 990)), rng.choice((1190, 1290, 1390))
    price = f"30 min {a} kr · 60 min {b} kr · 90 min {c // 1000} {c % 1000:03d} kr"
    furn.append({"kind": "price", "digits": str(c)})
    extra = [price, T.hours(rng, lang)]
    if salon and net is not None:
        code = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in CITIES[city][4])
        furn += [{"kind": "postcode", "digits": code.replace(" ", "")},
                 {"kind": "org_number", "digits": net.orgnr.replace("-", "")},
                 {"kind": "payment", "digits": net.swish}]  # fmt: skip
        extra = [f"{net.name}", f"{net.address}, {code} {city}", *extra,
                 f"Org.nr {net.orgnr} · Kort, kontant eller Swish "
                 f"{net.swish[:3]} {net.swish[3:6]} {net.swish[6:8]} {net.swish[8:]}"]  # fmt: skip
        title = rng.choice(
            (
                f"{net.name} – ny massör {ctx['name']}",
                f"{ctx['name']} hos {net.name}",
                f"Thaimassage {city} – {ctx['name']}",
            )
        )
    else:
        title = rng.choice(
            (
                f"Avslappnande massage av {ctx['name']}",
                f"Privat massage {city} – {ctx['name']} {ctx['age']}",
                f"{ctx['name']}s massage",
            )
        )
    if ttail:
        title += " " + ttail
    views = _counter(g, 30, 9000, "counter", furn)
    if v == 1:
        ad_id = g.new_id("sammetsrummet", 100_000, 699_999)
        who = _slug(net.name if salon and net else ctx["name"])
        url = f"https://sammetsrummet.se/massage/{_slug(city)}/{who}-{ad_id}"
        head = [
            f"Sammetsrummet.se › Massage › {city}",
            f"Annons-id: {ad_id} · Uppdaterad {ctx['when'].isoformat()} · {views} visningar",
        ]
        furn.append({"kind": "date", "digits": ctx["when"].strftime("%Y%m%d")})
        sup = g.support[("sammetsrummet", 1)]
        tail = [
            "",
            f"Annonsera hos oss: {R.national(rng, sup)} · annons@sammetsrummet.se · "
            "Sammetsrummet förmedlar endast massage.",
        ]
        cfield = city
    else:
        ad_id = g.new_id("sammetsrummet", 700_000, 999_999)
        url = f"https://www.sammetsrum.com/salong/{ad_id}"
        head = ["SAMMETSRUM | Massage & Wellness", f"Listing #{ad_id} · {views} views"]
        sup = g.support[("sammetsrummet", 2)]
        malta = str(rng.randint(90000, 99999))
        furn.append({"kind": "org_number", "digits": malta})
        tail = [
            "",
            f"Kundtjänst {R.international(rng, sup)} · support@sammetsrum.com · Sammetsrum Ltd, Valletta, C {malta}",
        ]
        cfield = city if not CITIES[city][2] or rng.random() < 0.5 else f"{city} – {rng.choice(CITIES[city][2])}"
    furn.append({"kind": "ad_id", "digits": ad_id})
    return title, _fit(head, lines + extra, tail), url, cfield, ad_id


def site_nattergalen(g: Gen, ctx: dict[str, Any]) -> tuple[str, str, str, str | None, str]:
    rng, v, furn, city = g.rng, ctx["v"], ctx["furniture"], ctx["city"]
    p: Person = ctx["p"]
    lines, ttail, _, field_text = _compose(g, ctx)
    views = _counter(g, 100, 40000, "counter", furn)
    nat = NATIONS[p.nation][3]["da"].capitalize()
    h, w = rng.randint(152, 178), rng.randint(45, 72)
    title = rng.choice(
        (f"{ctx['name']}, {ctx['age']} – {nat}", f"{ctx['name']} ({ctx['age']})", f"Ny profil: {ctx['name']}")
    )
    if ttail:
        title += " " + ttail
    cvr = g.orgnr_site["nattergalen"]
    furn.append({"kind": "cvr", "digits": cvr})
    if v == 1:
        ad_id = g.new_id("nattergalen", 100_000, 599_999)
        url = f"https://nattergalen.dk/profil/{ad_id}/{_slug(ctx['name'])}"
        area = REGION_OF.get(city, city)
        created = ctx["when"].strftime("%d-%m-%Y")
        furn.append({"kind": "date", "digits": created.replace("-", "")})
        head = [
            f"Nattergalen.dk | Profiler i {area}",
            f"Profil-ID: {ad_id} · Oprettet: {created} · Visninger: {views:,}".replace(",", "."),
        ]
        fields = [
            f"Navn: {ctx['name']}",
            f"Alder: {ctx['age']}",
            f"Højde: {h} cm",
            f"Vægt: {w} kg",
            f"Nationalitet: {nat}",
            f"Område: {area}",
        ]
        if field_text:
            fields.append(f"Telefon: {field_text}")
        tail = [
            "",
            "Kontakt redaktionen: kontakt@nattergalen.dk · "
            f"Tlf. {R.national(rng, g.support[('nattergalen', 1)])} · CVR {cvr}",
        ]
        cfield = area
    else:
        ad_id = g.new_id("nattergalen", 600_000, 999_999)
        url = f"https://nattergalen.dk/p/{_slug(ctx['name'])}-{ad_id}"
        likes = rng.randint(0, 900)
        spelled = rng.choice(CITIES[city][1]) if rng.random() < 0.4 else city
        head = ["nattergalen — Danmarks profilkatalog", f"Profil nr. {ad_id} · 👁 {views} · ♥ {likes}"]
        fields = [f"{ctx['name']} · {ctx['age']} år · {h} cm · {nat}", f"By: {spelled}"]
        if field_text:
            fields.append(f"Mobil: {field_text}")
        tail = ["", f"support@nattergalen.dk · {R.international(rng, g.support[('nattergalen', 2)])} · CVR-nr. {cvr}"]
        cfield = spelled
    furn.append({"kind": "ad_id", "digits": ad_id})
    return title, _fit(head + fields, lines, tail), url, cfield, ad_id


def site_gjesteboka(g: Gen, ctx: dict[str, Any]) -> tuple[str, str, str, str | None, str]:
    rng, v, furn, city, lang = g.rng, ctx["v"], ctx["furniture"], ctx["city"], ctx["lang"]
    where, f2 = g.city_text(city, lang)
    furn.extend(f2)
    review = rng.choice(T.REVIEW[lang]).format(name=ctx["name"], where=where)
    quoted, ttail, _, field_text = _compose(g, ctx, quote=True)
    if field_text:
        quoted.append(field_text)
    nick = rng.choice(("ole", "tolleren", "sthlm_punter", "kbh_gentleman", "nordkapp", "vikingen", "stig", "gbg_kille"))
    user = f"{nick}{rng.choice((rng.randint(1, 99), rng.randint(1960, 2004)))}"
    digits = "".join(c for c in user if c.isdigit())
    if len(digits) >= 4:
        furn.append({"kind": "username", "digits": digits})
    thread = str(rng.randint(10000, 99999))
    post = g.new_id("gjesteboka", 1_000_000, 9_999_999)
    postno = rng.randint(2, 400)
    posts = _counter(g, 1, 6000, "counter", furn)
    furn += [{"kind": "thread_id", "digits": thread}, {"kind": "post_id", "digits": post}]
    board = {"NO": "Norge", "SE": "Sverige", "DK": "Danmark"}[_country(city)]
    when = ctx["when"]
    visit = (when - timedelta(days=rng.randint(1, 6))).strftime("%d.%m")
    price = rng.choice((1500, 2000, 2500, 1200, 1000))
    furn.append({"kind": "price", "digits": str(price)})
    meta = {"no": f"Besøk {visit}, {rng.choice((30, 45, 60))} min, {price} kr. Karakter: {rng.randint(2, 10)}/10",
            "sv": f"Besök {visit}, {rng.choice((30, 60))} min, {price} kr. Betyg {rng.randint(1, 5)}/5",
            "da": f"Besøg {visit}, {rng.choice((30, 60))} min, {price} kr. Karakter {rng.randint(2, 12)}/12",
            "en": f"Visit {visit}, {rng.choice((30, 60))} min, {price}. "
                  f"Rating {rng.randint(1, 10)}/10"}[lang]  # fmt: skip
    tt = f"{ctx['name']} – {rng.choice(CITIES[city][1])}"
    title = f"Re: {tt}" + (f" {ttail}" if ttail else "")
    if v == 1:
        url = f"https://gjesteboka.net/forum/t/{thread}-{_slug(tt)}?p={post}"
        head = [
            f"Gjesteboka.net › Forum › {board} › {tt}",
            f"Innlegg #{postno} av {user} ({posts} innlegg) · {when.strftime('%d.%m.%Y')} {ctx['hhmm']}",
        ]
        tail = ["", "Svar · Siter · Rapporter · Annonsering: ads@gjesteboka.net"]
        furn.append({"kind": "date", "digits": when.strftime("%d%m%Y")})
    else:
        url = f"https://gjesteboka.org/thread/{thread}/post/{post}"
        head = [
            f"GB » {board} » {tt}",
            f"#{postno} {user} · Joined {rng.randint(1, 12):02d}/{rng.randint(2012, 2025)} · Posts {posts}",
        ]
        tail = ["", "© Gjesteboka · contact@gjesteboka.org"]
    q = ["> " + x.replace("\n", "\n> ") for x in quoted] if quoted else []
    intro = {"no": "Annonsen hennes:", "sv": "Hennes annons:", "da": "Hendes annonce:", "en": "Her ad said:"}[lang]
    return title, _fit(head, [review, meta, intro, *q], tail), url, None, post


def site_velvetroute(g: Gen, ctx: dict[str, Any]) -> tuple[str, str, str, str | None, str]:
    rng, v, furn, city = g.rng, ctx["v"], ctx["furniture"], ctx["city"]
    p: Person = ctx["p"]
    lines, ttail, _, field_text = _compose(g, ctx)
    stops = [c for c in p.cities if c != city]
    rng.shuffle(stops)
    k = rng.randint(0, min(2, len(stops)))
    sched = [*stops[:k], city, *stops[k : k + rng.randint(1, 2)]]
    start = ctx["when"] - timedelta(days=3 * k)
    rows = []
    for i, c in enumerate(sched):
        d0 = start + timedelta(days=3 * i)
        d1 = d0 + timedelta(days=2)
        label = ENGLISH_CITY.get(c, c) if rng.random() < 0.7 else c
        now = "  ← NOW" if c == city else ""
        rows.append(f"  {d0.strftime('%d.%m')}–{d1.strftime('%d.%m')}  {label}{now}")
    hotel = f"Hotel {rng.choice(('Nordlys', 'Astoria', 'Kongen', 'Havna', 'Royal Park', 'Centralen'))}"
    hline = f"At {hotel} (room number by SMS)"
    if rng.random() < 0.05:
        desk = g.numbers.draw(
            _country(city),
            {"NO": "2", "SE": "8", "DK": "3"}[_country(city)],
            {"NO": 8, "SE": 9, "DK": 8}[_country(city)],
        )
        hline += f" – reception {R.international(rng, desk)}, do not ask them for me"
        furn.append({"kind": "hotel_phone", "digits": R.nsn(desk), "e164": desk})
    rates, f2 = T.price_block(rng, "en", _country(city), eur=True)
    furn.extend(f2)
    nat = NATIONS[p.nation][3]["en"]
    verif = str(rng.randint(10000, 99999))
    title = rng.choice(
        (
            f"{ctx['name']} – {nat} touring companion",
            f"{ctx['name']} on tour in Scandinavia",
            f"{ctx['name']}, {ctx['age']} – tour dates",
        )
    )
    if ttail:
        title += " " + ttail
    contact = [f"WhatsApp/Viber: {field_text}"] if field_text else []
    if v == 1:
        ad_id = g.new_id("velvetroute", 10_000, 59_999)
        url = f"https://velvetroute.com/tour/{_slug(ctx['name'])}-{ad_id}"
        head = [
            "VelvetRoute ✦ Touring companions in Scandinavia",
            f"{ctx['name']} · {nat} · {ctx['age']} · Verified #VR{verif}",
        ]
        org = g.orgnr_site["velvetroute"]
        tail = [
            "",
            f"Advertise with us: {R.international(rng, g.support[('velvetroute', 1)])} · support@velvetroute.com · "
            f"VelvetRoute Media Ltd, Limassol, reg. {org}",
        ]
        furn.append({"kind": "org_number", "digits": org[2:]})
    else:
        ad_id = g.new_id("velvetroute", 60_000, 99_999)
        url = f"https://velvet-route.net/escort/{ad_id}?c={_slug(ENGLISH_CITY.get(city, city))}"
        head = ["velvet-route | tour calendar", f"ID {ad_id} · verified ✓ {verif}"]
        tail = ["", f"Office {R.international(rng, g.support[('velvetroute', 2)])} · hello@velvet-route.net"]
    furn += [{"kind": "ad_id", "digits": ad_id}, {"kind": "verification_id", "digits": verif}]
    body = _fit(head, [*lines[:1], "TOUR DATES", *rows, hline, rates, *contact, *lines[1:]], tail)
    return title, body, url, ENGLISH_CITY.get(city, city), ad_id


def site_kanalarkiv(g: Gen, ctx: dict[str, Any]) -> tuple[str, str, str, str | None, str]:
    rng, v, furn, city = g.rng, ctx["v"], ctx["furniture"], ctx["city"]
    p: Person = ctx["p"]
    lines, ttail, _, field_text = _compose(g, ctx)
    if field_text:
        lines.append("📲 " + field_text)
    country = _country(city)
    chans = {"Stockholm": [0, 1, 1], "Göteborg": [0, 2, 2], "København": [0, 3, 3], "Oslo": [0, 4, 4]}.get(city)
    if chans is None:  # another city: the country's big channel, now and then a city channel that is not hers
        chans = {"SE": [0, 0, 1], "DK": [0, 0, 3], "NO": [0, 0, 4]}[country]
    chan, ctitle = g.channels[rng.choice(chans)]
    msgid = g.new_id("kanalarkiv", 10_000, 999_999)
    views_n = rng.randint(80, 48000)
    views = f"{views_n / 1000:.1f}K" if views_n >= 1000 else str(views_n)
    spelled = rng.choice(CITIES[city][1]).upper()
    pre = [f"🔥 NEW IN {spelled} 🔥", f"{ctx['name']} {ctx['age']} {FLAG.get(p.nation, '')}"]
    if rng.random() < 0.2:
        src = rng.choice(("nattfiol.no", "nattergalen.dk", "sammetsrummet.se"))
        src_id = str(rng.randint(1_000_000, 28_999_999))
        furn.append({"kind": "source_ad_id", "digits": src_id})
        pre.insert(0, f"↪️ Repost från {src} – annonsnr {src_id}")
    tags = " ".join(
        f"#{_slug(x).replace('-', '')}"
        for x in (rng.choice(CITIES[city][1]), "escort", rng.choice(("nyhet", "new", "vip")))
    )
    admin = g.admin[chan]
    sup = g.support[("kanalarkiv", v)]
    stamp = ctx["when"].strftime("%d.%m.%Y")
    furn.append({"kind": "message_id", "digits": msgid})
    if v == 1:
        url = f"https://kanalarkiv.io/c/{chan}/{msgid}"
        head = [f"[{ctitle}] · msg {msgid} · {stamp} {ctx['hhmm']} · 👁 {views}"]
        tail = [tags, f"— Admin: {admin} | {R.international(rng, sup)}"]
    else:
        url = f"https://tgarkiv.net/{chan}/{msgid}"
        head = [f"📢 {ctitle} | Post #{msgid} | {stamp} | views {views}"]
        tail = [tags, f"Join t.me/{chan} · Ads: {admin} · {sup}"]
    furn.append({"kind": "date", "digits": stamp.replace(".", "")})
    title = f"{ctitle}: {ctx['name']} {ctx['age']}" + (f" {ttail}" if ttail else "")
    return title, _fit(head + pre, lines, tail), url, None, f"{chan}/{msgid}"


for _name in SITES:
    setattr(Gen, f"site_{_name}", globals()[f"site_{_name}"])
