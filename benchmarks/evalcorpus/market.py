"""Persons, controllers and their ads on the corpus's sites, with the truth of every ad.

A person has her own phone(s), sometimes an e-mail and handles, a written style she mostly keeps, a text
she reuses with small changes, and an itinerary of cities (some tour other cities and countries). A
controller's booking phone appears in the ads of every person he runs. Each ad is wrapped in its site's
furniture (header and footer lines, URL), and every number that furniture prints is recorded as such.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .data import City, Data, Lang, Site, load
from .writing import Phone, random_phone, write_email, write_phone

START = datetime(2026, 6, 1, tzinfo=UTC)
DAYS = 120
FOREIGN = ["RO", "PL", "TH", "ES", "LT", "UA", "BR", "GB"]
COUNTRY_LANG: dict[str, Lang] = {"NO": "no", "SE": "sv", "DK": "da"}


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    city: City


@dataclass
class Person:
    pid: str
    network: str
    name: str
    age: int
    nat_index: int
    height: int
    weight: int
    bra: str
    phones: list[Phone]  # own numbers; the last one replaces the first after `switch_day` when set
    switch_day: int | None
    second: Phone | None
    email: str | None
    handles: list[tuple[str, str]]
    itinerary: list[tuple[int, Place]]  # (from day, place)
    sites: list[Site]
    writes_english: bool
    style: str | None  # a favourite written style of her number, or None
    intro: dict[str, int]
    body: dict[str, list[int]]
    price: int
    hours: tuple[int, int]
    booking: list[Phone] = field(default_factory=list)  # the controller's numbers
    booking_only: float = 0.0  # share of her ads with only the booking number


def _places(data: Data) -> dict[str, list[City]]:
    return {c: p.cities for c, p in data.countries.items()}


def _pick_city(rng: random.Random, data: Data, country: str) -> Place:
    cities = _places(data)[country]
    return Place(country, rng.choices(cities, weights=[c.weight for c in cities])[0])


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("æ", "ae").replace("Ø", "O"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60] or "annonse"


class Market:
    """Builds persons until the wanted number of ads is reached; `ads()` yields (ad, truth) pairs."""

    def __init__(self, seed: int, n_ads: int) -> None:
        self.data = load()
        self.rng = random.Random(seed)
        self.n_ads = n_ads
        self.used_numbers: set[str] = set()
        self.used_ids: dict[str, set[str]] = {s.name: set() for s in self.data.sites}
        self.persons: list[Person] = []
        self._build()

    # -- persons ---------------------------------------------------------------------------------------------
    def _phone(self, region: str) -> Phone:
        while True:
            p = random_phone(self.rng, region)
            if p.e164 not in self.used_numbers:
                self.used_numbers.add(p.e164)
                return p

    def _sites_for(self, country: str) -> list[Site]:
        return [s for s in self.data.sites if country in s.countries]

    def _person(self, i: int, network: str | None) -> Person:
        rng, data = self.rng, self.data
        t = data.texts
        home = rng.choices(["NO", "SE", "DK"], weights=[35, 40, 25])[0]
        place = _pick_city(rng, data, home)
        itinerary = [(0, place)]
        if rng.random() < 0.35:  # tours: other cities, sometimes other countries
            day = 0
            for _ in range(rng.randint(1, 4)):
                day += rng.randint(7, 35)
                if day >= DAYS:
                    break
                country = home if rng.random() < 0.6 else rng.choice(["NO", "SE", "DK"])
                itinerary.append((day, _pick_city(rng, data, country)))
        foreign = rng.random() < 0.5
        region = rng.choice(FOREIGN) if foreign and rng.random() < 0.25 else home
        phones = [self._phone(region)]
        switch = None
        if rng.random() < 0.15:
            phones.append(self._phone(home))
            switch = rng.randint(20, DAYS - 20)
        second = self._phone(home) if rng.random() < 0.12 else None
        name = rng.choice(t.names)
        email = None
        if rng.random() < 0.3:
            local = rng.choice(
                [
                    f"{name.lower()}{rng.randint(80, 99)}",
                    f"{name.lower()}.{rng.choice(['love', 'vip', 'sweet', 'xo', 'escort'])}",
                    f"{name.lower()}_{rng.randint(1, 999)}",
                    f"{name.lower()}{rng.choice(['', '.'])}{rng.choice(['oslo', 'sthlm', 'cph', 'nordic'])}",
                ]
            )
            email = f"{local}@{rng.choice(t.email_domains)}".lower()
        handles = []
        if rng.random() < 0.35:
            plat = rng.choice(["Telegram", "Snap", "Instagram", "Kik"])
            handles.append((plat, f"{name.lower()}{rng.choice(['_xo', '.vip', '_official', str(rng.randint(1, 99))])}"))
        sites: list[Site] = []
        for _, pl in itinerary:
            choices = self._sites_for(pl.country)
            for _ in range(rng.choice([1, 1, 2])):
                s = rng.choices(choices, weights=[c.weight for c in choices])[0]
                if s not in sites:
                    sites.append(s)
        texts = t.languages
        return Person(
            pid=f"p{i:05d}",
            network=network or f"solo-p{i:05d}",
            name=name,
            age=rng.choice([18, 19]) if rng.random() < 0.04 else rng.randint(20, 45),
            nat_index=rng.randrange(len(t.nationalities["en"])),
            height=rng.randint(150, 182),
            weight=rng.randint(45, 75),
            bra=f"{rng.choice([70, 75, 80, 85])}{rng.choice('ABCDE')}",
            phones=phones,
            switch_day=switch,
            second=second,
            email=email,
            handles=handles,
            itinerary=itinerary,
            sites=sites,
            writes_english=foreign and rng.random() < 0.7,
            style=rng.choice(["national", "international", "mixed", "words", "lookalike", "spaced"])
            if rng.random() < 0.55
            else None,
            intro={lang: rng.randrange(len(x.intro)) for lang, x in texts.items()},
            body={lang: rng.sample(range(len(x.body)), rng.randint(5, 9)) for lang, x in texts.items()},
            price=rng.choice([1500, 1800, 2000, 2200, 2500, 3000]),
            hours=(rng.choice([9, 10, 11, 12, 14]), rng.choice([22, 23, 0, 2, 4])),
        )

    def _build(self) -> None:
        rng = self.rng
        budget = self.n_ads
        self.ads_per: list[int] = []
        i = 0
        while budget > 0:
            size = rng.randint(3, 6) if rng.random() < 0.06 else 1
            net = f"n{i:05d}" if size > 1 else None
            booking = [self._phone(rng.choice(["NO", "SE", "DK"])) for _ in range(rng.choice([1, 1, 2]))]
            for _ in range(size):
                p = self._person(i, net)
                if net:
                    p.booking = booking
                    p.booking_only = rng.choice([0.3, 0.6, 0.9])
                n = min(budget, max(1, int(rng.paretovariate(1.6) * 2)), 40)
                self.persons.append(p)
                self.ads_per.append(n)
                budget -= n
                i += 1
                if budget <= 0:
                    break

    # -- ads -------------------------------------------------------------------------------------------------
    def _ad_id(self, site: Site) -> str:
        lo, hi = site.id_digits
        while True:
            n = self.rng.randint(lo, hi)
            s = str(self.rng.randint(10 ** (n - 1), 10**n - 1))
            if s not in self.used_ids[site.name]:
                self.used_ids[site.name].add(s)
                return s

    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        out = []
        for person, n in zip(self.persons, self.ads_per, strict=True):
            days = sorted(self.rng.randrange(DAYS) for _ in range(n))
            for day in days:
                out.append(self._ad(person, day))
        order = list(range(len(out)))
        self.rng.shuffle(order)
        return [out[i] for i in order]

    def _place_at(self, p: Person, day: int) -> Place:
        place = p.itinerary[0][1]
        for start, pl in p.itinerary:
            if start <= day:
                place = pl
        return place

    def _ad(self, p: Person, day: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng, data = self.rng, self.data
        place = self._place_at(p, day)
        sites = [s for s in p.sites if place.country in s.countries] or self._sites_for(place.country)
        site = rng.choice(sites)
        langs = site.text_languages
        lang: Lang
        if p.writes_english and rng.random() < 0.85:
            lang = "en"
        else:
            lang = rng.choices(list(langs), weights=list(langs.values()))[0]
            if lang != "en" and site.language == "en":
                lang = COUNTRY_LANG[place.country]
        t = data.texts.languages[lang]
        posted = START + timedelta(days=day, minutes=rng.randrange(24 * 60))
        city = place.city
        shown_city = self._city_shown(city, site)
        text_city = rng.choice([city.name, city.name, *city.variants])
        district = rng.choice(city.districts) if city.districts and rng.random() < 0.5 else text_city

        # contacts written by the person
        own = p.phones[-1] if p.switch_day is not None and day >= p.switch_day else p.phones[0]
        contact_phones: list[Phone] = []
        if p.booking and rng.random() < p.booking_only:
            contact_phones = list(p.booking)
        else:
            contact_phones = [own]
            if p.booking and rng.random() < 0.5:
                contact_phones.append(p.booking[0])
            if p.second and rng.random() < 0.4:
                contact_phones.append(p.second)
        styles: dict[str, str] = {}
        contact_lines = []
        for ph in contact_phones:
            style = p.style if p.style and rng.random() < 0.6 and ph is own else None
            written, style = write_phone(ph, lang, rng, style, place.country)
            styles[ph.e164] = style
            cue = rng.choice(t.phone_cues)
            sep = "" if style == "glued" else " "
            contact_lines.append(f"{cue}{sep}{written}")
        if rng.random() < 0.3:
            contact_lines.append(rng.choice(t.same_number))
        emails: dict[str, str] = {}
        if p.email and rng.random() < 0.75:
            written, estyle = write_email(p.email, lang, rng)
            emails[p.email] = estyle
            contact_lines.append(f"{rng.choice(t.email_cues)} {written}")
        handles = []
        for plat, h in p.handles:
            if rng.random() < 0.7:
                handles.append(h)
                contact_lines.append(f"{plat}: {'@' if plat == 'Telegram' else ''}{h}")
        rng.shuffle(contact_lines)

        fill = {
            "name": p.name,
            "age": p.age,
            "nat": data.texts.nationalities[lang][p.nat_index],
            "city": text_city,
            "district": district,
            "height": p.height,
            "weight": p.weight,
            "bra": p.bra,
            "price": p.price,
            "half": p.price * 2 // 3 // 100 * 100,
            "two": p.price * 2 - 500,
            "night": p.price * 4,
            "from": f"{p.hours[0]:02d}:00" if rng.random() < 0.5 else str(p.hours[0]),
            "to": f"{p.hours[1]:02d}:00" if rng.random() < 0.5 else str(p.hours[1] or 24),
            "days": rng.randint(2, 10),
        }
        parts = [t.intro[p.intro[lang]].format(**fill)]
        body = list(p.body[lang])
        if rng.random() < 0.3:
            rng.shuffle(body)
        parts += [t.body[i].format(**fill) for i in body if rng.random() < 0.85]
        if rng.random() < 0.4:
            parts.append(rng.choice(t.age_forms).format(**fill))
        if rng.random() < 0.7:
            parts.append(rng.choice(t.prices).format(**fill))
        if rng.random() < 0.15:
            parts.append("24/7")
        if rng.random() < 0.2:
            end = posted + timedelta(days=fill["days"])  # type: ignore[arg-type]
            parts.append(f"{posted:%d.%m}–{end:%d.%m}")
        contact_at = rng.randint(len(parts) // 2 + 1, len(parts))
        parts.insert(contact_at, "\n".join(contact_lines))
        joiner = "\n" if rng.random() < 0.5 else " "

        # the title; sometimes with the number in it, which then reaches the URL slug too
        nat = data.texts.nationalities[lang][p.nat_index]
        title = rng.choice(
            [
                f"{p.name} {p.age} - {text_city}",
                f"{p.name} ({p.age}) {district}",
                f"Escort {text_city} – {p.name}",
                f"{p.name}, {nat} {text_city}",
                f"NEW {p.name} {text_city}",
            ]
        )
        first = contact_phones[0]
        if rng.random() < 0.05:
            title += " " + (first.national if first.region in ("NO", "SE", "DK") else first.e164)
        ad_id = self._ad_id(site)
        furniture: list[dict[str, Any]] = []
        values = self._furniture_values(site, ad_id, posted, city, shown_city, first, title)
        header = self._lines(site.header, values, furniture, "body")
        footer = self._lines(site.footer, values, furniture, "body")
        url = site.url.format(**values)
        _record(site.url, values, furniture, "url")

        def assemble() -> str:
            return "\n".join([*header, "", joiner.join(parts), "", *footer]).strip()

        body_text = assemble()
        spare = [t.body[i].format(**fill) for i in range(len(t.body)) if i not in body]
        rng.shuffle(spare)
        while len(body_text) < 300 and spare:  # a short ad gets another of the language's sentences
            parts.insert(1, spare.pop())
            contact_at += 1
            body_text = assemble()
        while len(body_text) > 1000:  # drop the person's longest sentence, never the intro or the contacts
            removable = [i for i in range(1, len(parts)) if parts[i] != parts[contact_at]]
            if not removable:
                break
            idx = max(removable, key=lambda i: len(parts[i]))
            contact_block = parts[contact_at]
            del parts[idx]
            contact_at = parts.index(contact_block)
            body_text = assemble()
        phones_truth = sorted({ph.e164 for ph in contact_phones})
        ad = {
            "id": ad_id,
            "site": site.name,
            "url": url,
            "title": title,
            "body": body_text,
            "city": shown_city,
            "posted_at": posted.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        truth = {
            "site": site.name,
            "id": ad_id,
            "url": url,
            "person_id": p.pid,
            "network_id": p.network,
            "phones": phones_truth,
            "phone_styles": styles,
            "own_phones": sorted({x.e164 for x in [*p.phones, *([p.second] if p.second else [])]}),
            "emails": sorted(emails),
            "email_styles": emails,
            "handles": handles,
            "city": city.name,
            "country": place.country,
            "city_shown": shown_city,
            "language": lang,
            "furniture": furniture,
        }
        return ad, truth

    def _city_shown(self, city: City, site: Site) -> str:
        w = site.city_field
        kind = self.rng.choices(["canonical", "variant", "district"], [w.canonical, w.variant, w.district])[0]
        if kind == "district" and city.districts:
            return self.rng.choice(city.districts)
        if kind != "canonical" and city.variants:
            return self.rng.choice(city.variants)
        return city.name

    def _furniture_values(
        self, site: Site, ad_id: str, posted: datetime, city: City, shown: str, own: Phone, title: str
    ) -> dict[str, Any]:
        rng = self.rng
        views = rng.randint(12, 48000)
        country = next(iter(site.countries)) if site.country is None else site.country
        prefix = rng.choice(city.postal)
        if country == "SE":
            digits = prefix + "".join(rng.choice("0123456789") for _ in range(5 - len(prefix)))
            postal = f"{digits[:3]} {digits[3:]}"
        else:
            postal = prefix + "".join(rng.choice("0123456789") for _ in range(4 - len(prefix)))
        if site.language == "en":
            views_s = f"{views:,}"
        elif site.language == "sv" and rng.random() < 0.5:
            views_s = f"{views:,}".replace(",", " ")
        else:
            views_s = str(views)
        seen = posted - timedelta(minutes=rng.randrange(60 * 24 * 3))
        pages = rng.randint(40, 400)
        return {
            "id": ad_id,
            "ref": f"{posted.year}-{ad_id}",
            "views": views_s,
            "member": str(rng.randint(10_000, 9_999_999)),
            "date": _date(site.date_style, seen, self.data),
            "year": str(rng.randint(2018, 2025)),
            "postal": postal,
            "city": shown,
            "support_phone": site.support.written,
            "support_email": site.support.email,
            "page": str(rng.randint(1, pages)),
            "pages": str(pages),
            "photos": str(rng.randint(3, 24)),
            "phone": own.national if own.region in ("NO", "SE", "DK") else own.e164,
            "masked": _masked(own, rng),
            "expires": _date(site.date_style, posted + timedelta(days=rng.choice([14, 30, 60])), self.data),
            "slug": slugify(title),
            "city_slug": slugify(city.name),
            "cat": str(rng.randint(11, 99)),
        }

    def _lines(
        self, lines: list[Any], values: dict[str, Any], furniture: list[dict[str, Any]], where: str
    ) -> list[str]:
        out = []
        for line in lines:
            if self.rng.random() < line.p:
                out.append(line.text.format(**values))
                _record(line.text, values, furniture, where)
        return out


KIND = {
    "id": "ad_id",
    "ref": "ad_id",
    "views": "counter",
    "member": "member_no",
    "date": "date",
    "year": "year",
    "postal": "postal_code",
    "support_phone": "support_phone",
    "support_email": "support_email",
    "page": "counter",
    "pages": "counter",
    "photos": "counter",
    "cat": "category",
    "masked": "masked_phone",
    "expires": "date",
}


def _record(template: str, values: dict[str, Any], furniture: list[dict[str, Any]], where: str) -> None:
    """Note every furniture value a line or URL prints (the ad id once per place it appears)."""
    support = {s.support.written: s.support.phone for s in load().sites}
    for _, name, _, _ in string.Formatter().parse(template):
        if name in KIND:
            text = str(values[name])
            item: dict[str, Any] = {"kind": KIND[name], "text": text, "digits": re.sub(r"\D", "", text), "where": where}
            if name == "support_phone":
                item["e164"] = support[text]
            furniture.append(item)


def _masked(p: Phone, rng: random.Random) -> str:
    """The person's number as a site shows it before "show number" is clicked: the last digits hidden."""
    shown = p.national if p.region in ("NO", "SE", "DK") else f"+{p.cc} {p.nsn}"
    keep = len(shown) - rng.choice([3, 4])
    return shown[:keep] + rng.choice(["XXXX", "xxxx", "...."])[: len(shown) - keep]


def _date(style: str, when: datetime, data: Data) -> str:
    m = when.month - 1
    if style == "sv_text":
        return f"{when.day} {data.texts.months['sv'][m]} {when:%H:%M}"
    if style == "no_dot":
        return f"{when:%d.%m.%Y} kl. {when:%H:%M}"
    if style == "da_dash":
        return f"{when:%d-%m-%Y %H:%M}"
    if style == "en_text":
        return f"{when.day} {data.texts.months['en'][m]} {when:%Y, %H:%M}"
    if style == "iso":
        return f"{when:%Y-%m-%d %H:%M}"
    if style == "en_us":
        hour = when.hour % 12 or 12
        half = "AM" if when.hour < 12 else "PM"
        return f"{data.texts.months['en'][m]} {when.day}, {when.year}, {hour}:{when:%M} {half}"
    return f"{when.day}. {data.texts.months['da'][m]} {when.year}"
