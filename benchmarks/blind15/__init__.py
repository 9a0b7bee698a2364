"""The fifteenth blind corpus (issue 14), written without reading the extractor: six fictional sites in
four site kinds and four page forms no earlier corpus used.

Sites (share of ads at --ads 6000; each redesigned on its own day, the new template under a new domain):
- kontaktborsen (classifieds, ~44 %): a Norwegian-first classifieds board (`kontaktborsen.no`, from day
  166 `kontaktborsen.eu` with per-country labels). County/region as its city field (Vestland for Bergen,
  Hovedstaden for Copenhagen, "Sverige" for Swedish ads) before the move, the city after. Ad id, views,
  post date and time, postcode and street number, price, age, height, customer-service line. Controllers'
  recruitment ads too (the controller's own ad: person "controller-<net>").
- relaxguiden (massage/clinic listings, ~8 %): Swedish massage salons (clinics: several masseuses, one
  booking line) and private masseuses; address, opening hours, Swedish org. number (10 digits), a Swish
  payment number (123 xxx xx xx: ten digits that look like a phone), treatments with minutes and prices,
  star rating with review count, the site's advertising line. New domain from day 244.
- nummerkollen (a reverse phone-lookup site, NEW FORM, ~8 %): one page per looked-up number (the URL holds
  the number), its operator, search counter, last-searched date, a spam score, and users' comments quoting
  where they saw the ad, the name she uses, the city (newest first), sometimes the number again; "similar
  numbers" (the next and previous numbers: valid, nobody's: furniture with e164), the company's Norwegian
  org. number (9 digits, phone-shaped) and an SMS short code. A few pages are a controller's booking line
  (the person is the controller). From day 200 an English `.io` template with a report id.
- nordlounge (a Discord server's channel export, NEW FORM, ~23 %): one message per ad as
  DiscordChatExporter writes it: JSON (message, author, channel and attachment snowflakes, ISO timestamps,
  reactions, link-preview embeds whose description may carry the number: NEW FORM), from day 213 the
  exporter's TXT format ("[dd.mm.yyyy hh:mm] author", {Embed}, {Reactions}). Channel names carry cities.
- flyerbanken (an archive of photographed flyers and cards, NEW FORM, ~5 %): OCR text with OCR's letter
  confusions (O/l/S/B for 0/1/5/8) and the decoded QR code (MECARD with TEL and EMAIL, SMSTO:, a wa.me URL, or
  a Wi-Fi join code that holds no contact), where it was found (street, number, postcode), the photo's file
  name and EXIF date; the Danish CVR number (8 digits, phone-shaped) and the editors' line. From day 232 a
  `.eu` template with GPS coordinates instead of a city field. Copenhagen, Danish cities, Malmö, Lund,
  Helsingborg.
- touraloud (a touring page as read by a screen reader, NEW FORM, ~11 %): an accessibility transcript
  (NVDA speech-viewer style, from day 182 VoiceOver-style "text, role") of a hotel-touring profile: headings,
  image alt text (that may carry the number), "Currently in" status, a tour-date list with other cities and
  dates (distractor cities), aria-labels reading the number digit by digit, rates, the site's UK support line.

People: ~6.8 ads per woman; ~24 nationalities (most foreign, many on a home SIM, some with a home WhatsApp
number beside a local SIM); names vary by site, ages drift by a year or two; women tour (stops of 4-14 days,
some across the three countries); 30 % change number once. ~1 % minors (16-17) who state 18-19 and write the
phrases real ads use ("just turned eighteen", "very young and shy"). Controllers (~1 per 75 ads): agencies
(brand, booking line, domain and e-mail; her own number in a fifth of her ads), hidden controllers (one line,
at times a second one after a change, for 2-8 women, near-identical texts), Swedish massage clinics.
Languages at --ads 6000: en ~36 %, sv ~28 %, no ~20 %, da ~17 %.
Each woman's sentences are her own (composed from parts with her name, registered so no two owners share one);
a controller's templates are its own. Every number printed is a contact in the truth or furniture.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from ._data import (
    CITIES,
    CITY_WEIGHT,
    COUNTRY_CODE,
    COUNTY_NO,
    DEMONYM_EN,
    DISTRACTORS,
    NATION_WEIGHT,
    NATIONS,
    POSTCODE_RANGE,
    REGION_DK,
    STREETS,
)
from ._fmt import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, LINKED, PLAIN
from ._text import Registry, W, controller_sentences

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

SITES = ("kontaktborsen", "relaxguiden", "nummerkollen", "nordlounge", "flyerbanken", "touraloud")
KIND = {
    "kontaktborsen": "classifieds",
    "relaxguiden": "massage",
    "nummerkollen": "reverse_lookup",
    "nordlounge": "chat_export",
    "flyerbanken": "flyer_archive",
    "touraloud": "touring",
}
REDESIGN = {
    "kontaktborsen": 166,
    "relaxguiden": 244,
    "nummerkollen": 200,
    "nordlounge": 213,
    "flyerbanken": 232,
    "touraloud": 182,
}
START = dt.datetime(2026, 1, 1)
DAYS = 334
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
FLYER_CITIES = (
    "København",
    "Aarhus",
    "Odense",
    "Aalborg",
    "Esbjerg",
    "Randers",
    "Kolding",
    "Vejle",
    "Malmö",
    "Lund",
    "Helsingborg",
)
SITE_STYLES: dict[str, dict[str, float]] = {
    "kontaktborsen": {
        "national": 28,
        "intl": 12,
        "compact": 12,
        "intl_00": 3,
        "intl_paren": 2,
        "spaced_digits": 5,
        "dotted": 5,
        "dashed_odd": 4,
        "slash_sep": 2,
        "words": 6,
        "mixed_words": 4,
        "lookalike": 5,
        "fullwidth": 2,
        "keycap": 2,
        "zwsp": 3,
        "star_sep": 3,
        "reversed": 1,
    },
    "relaxguiden": {"national": 55, "intl": 12, "compact": 14, "dashed_odd": 5, "tel_link": 10, "words": 2},
    "nordlounge": {
        "wa_link": 18,
        "intl": 15,
        "e164": 10,
        "preview_card": 10,
        "spaced_digits": 5,
        "keycap": 7,
        "fullwidth": 3,
        "zwsp": 5,
        "words": 5,
        "mixed_words": 5,
        "lookalike": 5,
        "star_sep": 3,
        "split_lines": 4,
        "tel_link": 3,
        "national": 6,
    },
    "flyerbanken": {
        "national": 25,
        "ocr_confused": 18,
        "qr_mecard": 20,
        "qr_smsto": 12,
        "wa_link": 8,
        "spaced_digits": 5,
        "words": 5,
        "intl": 7,
    },
    "touraloud": {"spaced_digits": 28, "intl": 20, "wa_link": 15, "tel_link": 15, "img_alt": 10, "words": 5, "e164": 7},
}
EMAIL_W = {
    "plain": 40,
    "mailto": 8,
    "upper": 5,
    "entity": 4,
    "at_words": 14,
    "at_bracket": 10,
    "lang_word": 12,
    "hint": 5,
}
MAILHOSTS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "proton.me",
    "yahoo.com",
    "icloud.com",
    "protonmail.com",
    "live.se",
    "hotmail.no",
    "yahoo.dk",
    "gmx.net",
    "mail.ru",
    "yahoo.ro",
    "abv.bg",
    "wp.pl",
]
BRAND_A = [
    "Nordic",
    "Aurora",
    "Velvet",
    "Midnight",
    "Fjord",
    "Crystal",
    "Scarlet",
    "Polar",
    "Silk",
    "Amber",
    "Ivory",
    "Sapphire",
    "Royal",
    "Opal",
    "Vanilla",
    "Luna",
    "Baltic",
    "Orchid",
    "Saga",
    "Nova",
]
BRAND_B = ["Escorts", "Companions", "Models", "Angels", "Elite", "Dolls", "Ladies", "Club", "VIP", "Agency"]
SALON_A = [
    "Thai",
    "Lotus",
    "Bamboo",
    "Siam",
    "Orkidé",
    "Jasmin",
    "Zen",
    "Lilja",
    "Kokos",
    "Mekong",
    "Ros",
    "Bali",
    "Sakura",
    "Saffran",
    "Harmoni",
]
SALON_B = ["Massage", "Spa", "Wellness", "Relax", "Thaimassage", "Healthcare", "Spa & Massage"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Net:
    nid: str
    kind: str  # agency / hidden / clinic
    country: str
    cities: list[str]
    lang: str
    lines: list[tuple[int, str]]
    brand: str | None = None
    domain: str | None = None
    email: str | None = None
    texts: dict[str, list[str]] = field(default_factory=dict)
    women: list[Woman] = field(default_factory=list)
    street: str = ""
    orgnr: str = ""
    swish: str = ""


@dataclass
class Woman:
    pid: str
    nat: str
    net: Net | None
    names: dict[str, str]
    age: int
    minor: bool
    stops: list[tuple[int, int, str]]
    home: str
    numbers: list[tuple[int, str]]
    wa_home: str | None
    email: str | None
    p_en: float
    sites: list[str]
    start: int
    end: int
    weight: float
    texts: dict[str, list[str]] = field(default_factory=dict)

    def city_at(self, day: int) -> str:
        for a, b, c in self.stops:
            if a <= day < b:
                return c
        return self.home

    def number_at(self, day: int) -> str:
        cur = self.numbers[0][1]
        for d, n in self.numbers:
            if d <= day:
                cur = n
        return cur


def _line_at(lines: list[tuple[int, str]], day: int) -> str:
    cur = lines[0][1]
    for d, n in lines:
        if d <= day:
            cur = n
    return cur


class _Gen:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(seed)
        self.n = n_ads
        self.used: set[str] = set()
        self.reg = Registry()
        self.ids: dict[str, int] = {s: self.rng.randrange(10**5, 10**6) for s in SITES}
        self.mails: set[str] = set()
        self.support = {
            "kontaktborsen": (self.number("47", "22", 6), self.number("47", "23", 6)),
            "relaxguiden": (self.number("46", "8", 7), self.number("46", "8", 7)),
            "flyerbanken": (self.number("45", "70", 6), self.number("45", "70", 6)),
            "touraloud": (self.number("44", "207946", 4), self.number("44", "207946", 4)),
        }
        self.cvr = str(self.rng.randrange(10**7 * 2, 10**7 * 4))
        self.orgno = str(self.rng.randrange(912000000, 929999999))
        self.shortcode = str(self.rng.randrange(1900, 2299))

    # -- numbers -------------------------------------------------------------------------------------------
    def number(self, cc: str, prefix: str, rest: int) -> str:
        for _ in range(400):
            nsn = prefix + "".join(self.rng.choice("0123456789") for _ in range(rest))
            e = "+" + cc + nsn
            if e in self.used:
                continue
            try:
                ok = phonenumbers.is_valid_number(phonenumbers.parse(e))
            except phonenumbers.NumberParseException:
                ok = False
            if ok:
                self.used.add(e)
                return e
        raise RuntimeError(f"no valid number for +{cc} {prefix}")

    def mobile(self, region: str) -> str:
        prefixes, rest = NATIONS[region][1], NATIONS[region][2]
        return self.number(COUNTRY_CODE[region], self.rng.choice(prefixes), rest)

    def weighted(self, d: dict[str, float]) -> str:
        keys = list(d)
        return self.rng.choices(keys, weights=[d[k] for k in keys])[0]

    def city_in(self, country: str | None = None, among: tuple[str, ...] | None = None) -> str:
        cs = [c for c in CITY_WEIGHT if (country is None or CITIES[c][0] == country) and (among is None or c in among)]
        return self.rng.choices(cs, weights=[CITY_WEIGHT[c] for c in cs])[0]

    def mail(self, local: str, host: str | None = None) -> str:
        host = host or self.rng.choice(MAILHOSTS)
        addr = f"{local}@{host}"
        while addr in self.mails:
            addr = f"{local}{self.rng.choice('abcdefxyz')}@{host}"
            local = addr.split("@")[0]
        self.mails.add(addr)
        return addr

    # -- people --------------------------------------------------------------------------------------------
    def build(self) -> None:
        rng = self.rng
        n_women = max(6, round(self.n / 6.8))
        n_ctrl = max(3, round(self.n / 75))
        kinds = ["agency"] * round(n_ctrl * 0.32) + ["clinic"] * round(n_ctrl * 0.2)
        kinds += ["hidden"] * (n_ctrl - len(kinds))
        self.nets: list[Net] = []
        for i, kind in enumerate(kinds):
            nid = f"net-{i:03d}"
            if kind == "clinic":
                country = "SE"
                cities = [self.city_in("SE")]
                lines = [(0, self.mobile("SE") if rng.random() < 0.6 else self.number("46", "8", 7))]
                brand = f"{rng.choice(SALON_A)} {rng.choice(SALON_B)}"
                lang = "sv"
            elif kind == "agency":
                country = rng.choices(["NO", "SE", "DK"], weights=[35, 38, 27])[0]
                cities = [self.city_in(country)] + ([self.city_in(country)] if rng.random() < 0.5 else [])
                lines = [(0, self.mobile(country))]
                if rng.random() < 0.25:
                    lines.append((rng.randrange(60, 300), self.mobile(country)))
                brand = f"{rng.choice(BRAND_A)} {rng.choice(BRAND_B)}"
                lang = "en" if rng.random() < 0.3 else LANG_OF[country]
            else:
                country = rng.choices(["NO", "SE", "DK"], weights=[35, 38, 27])[0]
                cities = [self.city_in(country) for _ in range(rng.randint(1, 3))]
                cities = list(dict.fromkeys(cities))
                sim = rng.choice(["RO", "BG", "NG", "HU", "UA", "TH", country, country, country])
                lines = [(0, self.mobile(sim))]
                if rng.random() < 0.3:
                    lines.append((rng.randrange(60, 300), self.mobile(sim)))
                brand = None
                lang = "en" if rng.random() < 0.3 else LANG_OF[country]
            net = Net(nid, kind, country, cities, lang, lines, brand)
            if brand:
                slug = brand.lower().replace(" & ", "").replace(" ", "").replace("é", "e")
                net.domain = slug + rng.choice([".eu", ".net", ".com", ".se" if country == "SE" else ".info"])
                net.email = self.mail(rng.choice(["booking", "info", "kontakt", "bookings"]), net.domain)
            elif rng.random() < 0.3:
                net.email = self.mail(
                    rng.choice(["jobs", "work", "girls", "info"]) + rng.choice(["nord", "scan", "vip"])
                )
            net.texts[lang] = controller_sentences(rng, self.reg, nid, lang, brand)
            if kind == "clinic":
                net.street = f"{rng.choice(STREETS['SE'])} {rng.randint(2, 88)}"
                net.orgnr = f"{rng.choice(['556', '559', '969'])}{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
                net.swish = f"123 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
            self.nets.append(net)
        # women: about two fifths work for a controller
        nats = list(NATION_WEIGHT)
        self.women: list[Woman] = []
        slots = []
        for net in self.nets:
            k = {"agency": rng.randint(3, 9), "hidden": rng.randint(2, 7), "clinic": rng.randint(2, 5)}[net.kind]
            slots += [net] * k
        slots = slots[: int(n_women * 0.45)]
        slots += [None] * (n_women - len(slots))
        for i, net in enumerate(slots):
            self.women.append(self.woman(f"p{i:04d}", net, nats))

    def woman(self, pid: str, net: Net | None, nats: list[str]) -> Woman:
        rng = self.rng
        if net and net.kind == "clinic":
            nat = rng.choice(["TH", "TH", "TH", "VN", "PH", "TH"])
        elif net:
            nat = rng.choices(nats, weights=[NATION_WEIGHT[n] * (0.3 if n in ("NO", "SE", "DK") else 1) for n in nats])[
                0
            ]
        else:
            nat = rng.choices(nats, weights=[NATION_WEIGHT[n] for n in nats])[0]
        nordic = nat in ("NO", "SE", "DK")
        if net:
            country = net.country
            home = rng.choice(net.cities)
        else:
            country = (
                nat if nordic and rng.random() < 0.85 else rng.choices(["NO", "SE", "DK"], weights=[35, 38, 27])[0]
            )
            home = self.city_in(country)
        first = NATIONS[nat][3]
        base = rng.choice(first)
        aliases = [
            base,
            rng.choice(
                [
                    "Bella",
                    "Sofia",
                    "Mia",
                    "Nina",
                    "Lara",
                    "Eva",
                    "Kira",
                    "Luna",
                    "Vera",
                    "Jade",
                    "Nikki",
                    "Amira",
                    "Tina",
                    "Sara",
                    "Lily",
                    "Rosa",
                    "Dana",
                    "Carmen",
                    "Yasmin",
                ]
            ),
        ]
        if rng.random() < 0.4:
            aliases.append(base + rng.choice(["y", "a", "ie", "ita"]))
        names = {s: rng.choice(aliases) for s in SITES}
        minor = rng.random() < 0.011
        age = rng.randint(16, 17) if minor else int(min(45, max(19, rng.gauss(26, 5))))
        start = rng.randrange(0, DAYS - 20)
        end = min(DAYS, start + rng.randint(20, DAYS))
        stops = []
        if rng.random() < (0.55 if not nordic else 0.25):
            for _ in range(rng.randint(1, 4)):
                a = rng.randrange(start, max(start + 1, end - 4))
                c = (
                    self.city_in(rng.choices(["NO", "SE", "DK"], weights=[35, 38, 27])[0])
                    if rng.random() < 0.5
                    else self.city_in(country)
                )
                if net and net.kind == "hidden":
                    c = rng.choice(net.cities)
                if not (net and net.kind == "clinic"):
                    stops.append((a, a + rng.randint(4, 14), c))
        # her numbers
        numbers: list[tuple[int, str]] = []
        wa_home = None
        if nordic:
            numbers.append((0, self.mobile(country)))
        else:
            r = rng.random()
            if r < 0.45:
                numbers.append((0, self.mobile(nat)))
            else:
                numbers.append((0, self.mobile(country)))
                if r > 0.78:
                    wa_home = self.mobile(nat)
        if rng.random() < 0.3:
            numbers.append((rng.randrange(start, end), self.mobile(country if rng.random() < 0.6 else nat)))
        email = None
        if rng.random() < (0.35 if not net else 0.12):
            local = (
                rng.choice([base.lower(), aliases[1].lower()])
                + rng.choice(["", ".", "_"])
                + rng.choice(["x", "love", "vip", "sweet", "nord", "kiss", str(rng.randint(84, 99 + 6) % 100).zfill(2)])
            )
            local = local.encode("ascii", "ignore").decode() or "lady"
            email = self.mail(local)
        sites = self.sites_for(net, nordic, country, home)
        p_en = 0.0 if nordic else rng.choice([0.05, 0.2, 0.35, 0.5])
        weight = rng.lognormvariate(0, 0.8)
        return Woman(
            pid, nat, net, names, age, minor, stops, home, numbers, wa_home, email, p_en, sites, start, end, weight
        )

    def sites_for(self, net: Net | None, nordic: bool, country: str, home: str) -> list[str]:
        rng = self.rng
        if net and net.kind == "clinic":
            return ["relaxguiden"]
        if net and net.kind == "agency":
            pool = {"kontaktborsen": 50, "touraloud": 25, "nordlounge": 25}
        elif net:
            pool = {"kontaktborsen": 40, "nordlounge": 25, "flyerbanken": 35}
        else:
            pool = {
                "kontaktborsen": 38,
                "nordlounge": 20,
                "flyerbanken": 16,
                "touraloud": 5 if nordic else 14,
                "relaxguiden": 10 if country == "SE" else 0,
            }
        k = rng.choices([1, 2, 3], weights=[45, 38, 17])[0]
        out: list[str] = []
        while len(out) < k:
            s = self.weighted(pool)
            if s not in out:
                out.append(s)
            if len(out) == len([v for v in pool.values() if v]):
                break
        return out

    # -- ads -----------------------------------------------------------------------------------------------
    def plan(self) -> list[tuple[str, Any, int]]:
        """(what, who, day) for every ad: 'ad' for a woman, 'lookup' for a number page, 'recruit' for a controller."""
        rng = self.rng
        n_look = round(self.n * 0.08)
        recruiters = [n for n in self.nets if n.kind != "clinic" and rng.random() < 0.45]
        n_rec = min(len(recruiters) * 3, round(self.n * 0.012))
        n_women_ads = self.n - n_look - n_rec
        plan: list[tuple[str, Any, int]] = []
        ws = self.women[:n_women_ads]
        for w in ws:
            plan.append(("ad", w, rng.randint(w.start, w.end - 1)))
        extra = n_women_ads - len(ws)
        if extra > 0:
            picks = rng.choices(ws, weights=[w.weight for w in ws], k=extra)
            for w in picks:
                plan.append(("ad", w, rng.randint(w.start, w.end - 1)))
        for i in range(n_rec):
            net = recruiters[i % len(recruiters)]
            plan.append(("recruit", net, rng.randrange(0, DAYS)))
        # lookup pages: a woman's number (her own) or, now and then, a controller's line
        pages: list[tuple[str, Any, int]] = []
        seen: set[str] = set()
        cands = [w for w in self.women if not (w.net and w.net.kind in ("hidden",))]
        tries = 0
        while len(pages) < n_look and tries < n_look * 20:
            tries += 1
            if rng.random() < 0.08:
                net = rng.choice([n for n in self.nets if n.kind == "hidden"] or self.nets)
                d, num = rng.choice(net.lines)
                if num in seen:
                    continue
                seen.add(num)
                pages.append(("lookup", (net, None, num), rng.randrange(max(d, 0), DAYS)))
                continue
            w = rng.choices(cands, weights=[x.weight for x in cands])[0]
            d, num = rng.choice(w.numbers)
            if num in seen:
                continue
            seen.add(num)
            day = rng.randint(max(w.start, d), w.end - 1) if max(w.start, d) < w.end else w.end - 1
            pages.append(("lookup", (w.net, w, num), day))
        while len(pages) < n_look:  # small corpora: a second page of the same number on another day
            pages.append(("ad", rng.choice(ws), 0))
            w = pages[-1][1]
            pages[-1] = ("ad", w, rng.randint(w.start, w.end - 1))
        plan += pages
        rng.shuffle(plan)
        plan.sort(key=lambda p: p[2])
        return plan

    def next_id(self, site: str) -> int:
        self.ids[site] += self.rng.randint(1, 37)
        return self.ids[site]


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """n_ads ads of the six sites and their truth, in the same order; deterministic for a seed."""
    from ._render import Renderer

    g = _Gen(seed, n_ads)
    g.build()
    r = Renderer(g)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for what, who, day in g.plan():
        ad, t = r.render(what, who, day)
        ads.append(ad)
        truth.append(t)
    return ads, truth


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)


_ = (W, CITIES, COUNTY_NO, REGION_DK, POSTCODE_RANGE, DEMONYM_EN, DISTRACTORS)
