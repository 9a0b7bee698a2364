"""Persons, controllers and the six sites of the fifth corpus; every ad with its truth."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from . import numbers as nb
from . import places as pl
from . import text as tx

START = dt.date(2026, 5, 4)
DAYS = 182
COUNTRY_LANG = {"NO": "no", "SE": "sv", "DK": "da"}
ORIGINS = [
    ("NO", 5),
    ("SE", 5),
    ("DK", 5),
    ("RO", 16),
    ("BG", 7),
    ("TH", 12),
    ("BR", 6),
    ("NG", 6),
    ("ES", 4),
    ("PL", 5),
    ("UA", 5),
    ("HU", 3),
    ("LT", 3),
    ("CO", 4),
    ("VE", 3),
    ("VN", 3),
    ("CN", 2),
    ("DO", 2),
]
HIDE_STYLES = [
    ("words", 9),
    ("letters", 6),
    ("separators", 8),
    ("spaced", 5),
    ("linebreak", 5),
    ("emoji", 7),
    ("lookalike", 5),
    ("in-word", 4),
    ("partial", 3),
]


@dataclass
class Network:
    nid: str
    kind: str  # agency | parlour | manager
    country: str
    phone: str
    email: str | None
    name: str
    city: str  # a parlour's city (its persons work there)


@dataclass
class Person:
    pid: str
    name: str
    age: int
    minor: bool
    origin: str
    second: str | None
    english: bool  # writes in English rather than the local language
    home: str  # NO | SE | DK
    phones: list[tuple[str, int]]  # (e164, from day)
    whatsapp: str | None  # a home-country number shown for WhatsApp
    email: str | None
    handle: str | None
    sites: list[str]
    network: Network | None
    styles: list[str]  # the hiding styles this person uses
    plain_share: float
    itinerary: list[tuple[str, int]] = field(default_factory=list)  # (city, from day)
    weight: float = 1.0

    def phone(self, day: int) -> str:
        cur = self.phones[0][0]
        for e, d in self.phones:
            if day >= d:
                cur = e
        return cur

    def city(self, day: int) -> tuple[str, str | None]:
        cur, nxt = self.itinerary[0][0], None
        for i, (c, d) in enumerate(self.itinerary):
            if day >= d:
                cur = c
                nxt = self.itinerary[i + 1][0] if i + 1 < len(self.itinerary) else None
        return cur, nxt


def _wchoice(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _cities(country: str | None) -> list[tuple[str, int]]:
    return [(c, w) for c, (k, w, _) in pl.CITIES.items() if country is None or k == country]


SITE_COUNTRY = {
    "nattlys.no": "NO",
    "kvallsrosen.se": "SE",
    "hjertelys.dk": "DK",
    "nordic-nights.eu": None,
    "velvaere-guide.com": None,
    "horisont-forum.net": None,
}
SUPPORT = {  # the sites' own contact lines (furniture)
    "nattlys.no": ("+4722419037", "kundeservice@nattlys.no"),
    "kvallsrosen.se": ("+46841022530", "info@kvallsrosen.se"),
    "hjertelys.dk": ("+4570204118", "support@hjertelys.dk"),
    "nordic-nights.eu": ("+37253418862", "help@nordic-nights.eu"),
    "velvaere-guide.com": ("+4721934455", "listings@velvaere-guide.com"),
    "horisont-forum.net": (None, "admin@horisont-forum.net"),
}
SITE_LANG = {
    "nattlys.no": "no",
    "kvallsrosen.se": "sv",
    "hjertelys.dk": "da",
    "nordic-nights.eu": "en",
    "velvaere-guide.com": "local",
    "horisont-forum.net": None,
}
REDESIGN = {
    "nattlys.no": 96,
    "kvallsrosen.se": 80,
    "hjertelys.dk": 101,
    "nordic-nights.eu": 70,
    "velvaere-guide.com": 110,
    "horisont-forum.net": 88,
}


class Market:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(seed)
        self.n_ads = n_ads
        self.networks: list[Network] = []
        self.persons: list[Person] = []
        self._make_people()

    # ---------------------------------------------------------------- people
    def _make_people(self) -> None:
        rng = self.rng
        n_persons = max(8, self.n_ads // 7)
        n_nets = max(2, n_persons // 14)
        for i in range(n_nets):
            kind = rng.choices(["agency", "parlour", "manager"], weights=[4, 3, 3])[0]
            country = rng.choice(["NO", "SE", "DK"])
            local = rng.random() < 0.75
            phone = nb.mobile(rng, country if local else rng.choice(["RO", "BG", "LT", "UA", "EE"]))
            email = (
                f"{rng.choice(['booking', 'vip', 'elite', 'agency', 'lotus'])}{rng.randint(1, 99)}"
                f"@{rng.choice(nb.PROVIDERS)}"
                if rng.random() < 0.4
                else None
            )
            name = rng.choice(
                ["Lotus", "Orchid", "Bangkok", "Siam", "Golden", "Royal", "VIP", "Elite", "Diamond", "Angel"]
            )
            name += " " + (
                rng.choice(["Thai Massage", "Spa", "Wellness", "Massasje"])
                if kind == "parlour"
                else rng.choice(["Models", "Escort", "Girls", "Agency"])
            )
            self.networks.append(
                Network(f"net-{i}", kind, country, phone, email, name, _wchoice(rng, _cities(country)))
            )
        for i in range(n_persons):
            origin = _wchoice(rng, ORIGINS)
            net = rng.choice(self.networks) if rng.random() < 0.3 else None
            if net and net.kind == "parlour":
                origin = "TH" if rng.random() < 0.7 else rng.choice(["VN", "CN"])
            home = origin if origin in ("NO", "SE", "DK") else (net.country if net else rng.choice(["NO", "SE", "DK"]))
            minor = rng.random() < 0.03
            age = rng.choice([16, 17]) if minor else min(48, int(rng.triangular(19, 45, 23)))
            local_number = rng.random() < (0.9 if origin in ("NO", "SE", "DK") else 0.5)
            first = nb.mobile(rng, home if local_number else (origin if origin in nb.MOBILE else "RO"))
            phones = [(first, 0)]
            if rng.random() < 0.2:
                phones.append(
                    (
                        nb.mobile(rng, home if rng.random() < 0.7 else (origin if origin in nb.MOBILE else home)),
                        rng.randint(20, DAYS - 20),
                    )
                )
            whatsapp = (
                nb.mobile(rng, origin)
                if origin in nb.MOBILE and origin not in ("NO", "SE", "DK") and rng.random() < 0.12
                else None
            )
            name = rng.choice(tx.NAMES[origin])
            email = None
            if rng.random() < 0.3:
                user = re.sub(
                    r"[^a-z]",
                    "",
                    name.lower()
                    .replace("é", "e")
                    .replace("á", "a")
                    .replace("ū", "u")
                    .replace("ė", "e")
                    .replace("í", "i")
                    .replace("ó", "o")
                    .replace("ö", "o")
                    .replace("ą", "a"),
                )
                user = (
                    (user or "girl")
                    + rng.choice(["", ".", "_"])
                    + rng.choice(
                        ["", str(rng.randint(1, 99)), rng.choice(["osl", "sthlm", "cph", "love", "xx", "vip"])]
                    )
                )
                email = f"{user}@{rng.choice(nb.PROVIDERS)}"
            handle = f"@{name.lower()[:4]}{rng.randint(10, 999)}" if rng.random() < 0.25 else None
            all_sites = list(SITE_COUNTRY)
            local_site = {"NO": "nattlys.no", "SE": "kvallsrosen.se", "DK": "hjertelys.dk"}[home]
            sites = [local_site]
            if net and net.kind == "parlour":
                sites = ["velvaere-guide.com"] + ([local_site] if rng.random() < 0.3 else [])
            else:
                for s in ("nordic-nights.eu", "horisont-forum.net", "kvallsrosen.se", "nattlys.no", "hjertelys.dk"):
                    if s not in sites and rng.random() < (
                        0.45 if s in ("nordic-nights.eu", "horisont-forum.net") else 0.15
                    ):
                        sites.append(s)
            assert all(s in all_sites for s in sites)
            n_styles = rng.choice([1, 1, 2, 3])
            styles = [_wchoice(rng, HIDE_STYLES) for _ in range(n_styles)]
            plain_share = rng.choice([0.9, 0.7, 0.5, 0.3, 0.1])
            english = origin not in ("NO", "SE", "DK") and rng.random() < 0.55
            p = Person(
                f"p{i}",
                name,
                age,
                minor,
                origin,
                tx.ORIGIN_LANG.get(origin),
                english,
                home,
                phones,
                whatsapp,
                email,
                handle,
                sites,
                net,
                styles,
                plain_share,
            )
            # itinerary: stays of 4-20 days, mostly in the home country, sometimes across
            day = -rng.randint(0, 30)
            while day < DAYS:
                country = home if rng.random() < 0.8 else rng.choice(["NO", "SE", "DK"])
                if net and net.kind == "parlour":
                    country = home
                city = _wchoice(rng, _cities(country))
                if net and net.kind == "parlour":
                    city = net.city
                p.itinerary.append((city, max(day, 0) if not p.itinerary else day))
                day += rng.randint(4, 20) if not (net and net.kind == "parlour") else DAYS
            p.weight = min(12.0, rng.paretovariate(1.3))
            self.persons.append(p)

    # ---------------------------------------------------------------- ads
    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        rng = self.rng
        weights = [p.weight for p in self.persons]
        slots = []
        for _ in range(self.n_ads):
            p = rng.choices(self.persons, weights=weights)[0]
            day = rng.randrange(DAYS)
            city, nxt = p.city(day)
            country = pl.CITIES[city][0]
            sites = [s for s in p.sites if SITE_COUNTRY[s] in (None, country)]
            if not sites:
                sites = [{"NO": "nattlys.no", "SE": "kvallsrosen.se", "DK": "hjertelys.dk"}[country]]
            site = rng.choice(sites)
            minute = rng.randrange(24 * 60)
            slots.append((day, minute, site, p, city, nxt))
        slots.sort(key=lambda s: (s[0], s[1], s[2], s[3].pid))
        counters = {
            "nattlys.no": rng.randint(4_100_000, 4_600_000),
            "kvallsrosen.se": rng.randint(6_000_000, 6_400_000),
            "hjertelys.dk": rng.randint(41_000, 60_000),
            "nordic-nights.eu": rng.randint(30_000_000, 38_000_000),
            "velvaere-guide.com": rng.randint(20_000, 40_000),
            "horisont-forum.net": rng.randint(40_000, 90_000),
        }
        history: dict[str, list[tuple[str, int]]] = {}  # person -> the ads already posted on the national sites
        out = []
        for day, minute, site, p, city, nxt in slots:
            counters[site] += rng.randint(1, 37)
            ad = Ad(rng, site, counters[site], day, minute, p, city, nxt, history.get(p.pid, []))
            pair = ad.render()
            if site in ("nattlys.no", "kvallsrosen.se", "hjertelys.dk"):
                history.setdefault(p.pid, []).append((site, counters[site]))
            out.append(pair)
        return out


class Ad:
    """One ad being written: its contacts, its text and its site's template around them."""

    def __init__(
        self,
        rng: random.Random,
        site: str,
        num: int,
        day: int,
        minute: int,
        p: Person,
        city: str,
        nxt: str | None,
        history: list[tuple[str, int]],
    ) -> None:
        self.rng, self.site, self.num, self.day, self.minute = rng, site, num, day, minute
        self.p, self.city, self.nxt, self.history = p, city, nxt, history
        self.country = pl.CITIES[city][0]
        self.date = START + dt.timedelta(days=day)
        self.new = day >= REDESIGN[site]
        lang = COUNTRY_LANG[self.country]
        if site == "nordic-nights.eu":
            lang = "en" if rng.random() < 0.8 else lang
        elif p.english and rng.random() < 0.8:
            lang = "en"
        self.lang = lang
        self.furniture: list[dict[str, Any]] = []
        self.phones: list[str] = []
        self.own: list[str] = []
        self.styles: dict[str, str] = {}
        self.emails: list[str] = []
        self.estyles: dict[str, str] = {}
        self.slug_phone: str | None = None
        self.slug_only = False

    # ---- furniture
    def furn(self, text: str, kind: str, e164: str | None = None) -> str:
        item: dict[str, Any] = {"digits": re.sub(r"\D", "", _ascii_digits(text)), "kind": kind, "text": text}
        if e164:
            item["e164"] = e164
        self.furniture.append(item)
        return text

    def date_text(self, with_time: bool) -> str:
        """A date (and time) in the site's language: the template's, not the advertiser's."""
        d, lang, rng = self.date, SITE_LANG.get(self.site) or self.lang, self.rng
        if lang == "local":
            lang = COUNTRY_LANG[self.country]
        h, m = divmod(self.minute, 60)
        mon = tx.MONTHS[lang][d.month - 1]
        shapes = {
            "no": [
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day}. {mon} {d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
            ],
            "sv": [f"{d.isoformat()}", f"{d.day} {mon} {d.year}", f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"],
            "da": [f"{d.day}. {mon} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}/{d.month} {d.year}"],
            "en": [f"{mon} {d.day}, {d.year}", f"{d.day} {mon} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"],
        }[lang]
        text = rng.choice(shapes)
        if with_time:
            kl = {"no": " kl. ", "sv": " kl ", "da": " kl. ", "en": " "}[lang]
            if lang == "en" and rng.random() < 0.5:
                text += f"{kl}{(h % 12) or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}"
            else:
                text += f"{kl}{h:02d}{rng.choice(['.', ':'])}{m:02d}"
        return self.furn(text, "date")

    # ---- contacts
    def phone_text(self, e164: str, own: bool) -> str:
        rng, p = self.rng, self.p
        region = nb.split(e164)[0]
        local = region == self.country and rng.random() < (0.75 if self.site not in ("nordic-nights.eu",) else 0.9)
        if region not in ("NO", "SE", "DK"):
            local = rng.random() < 0.04  # a foreign number written nationally, with its country named
        if rng.random() < p.plain_share:
            style = "national" if local else "international"
            text = nb.written(rng, e164, with_cc=not local, sep=rng.choice([" ", " ", " ", "-", "."]))
            if local and region not in ("NO", "SE", "DK"):
                style = "foreign national"
                text += " " + rng.choice(
                    [
                        f"({tx.NATIONALITY['en'][region]} number)",
                        f"[{region}]",
                        f"({tx.NATIONALITY.get(self.lang, tx.NATIONALITY['en'])[region]} nr)",
                    ]
                )
        else:
            style = rng.choice(p.styles)
            text = nb.hide(
                rng, e164, style, self.lang, p.second, local or (region in ("NO", "SE", "DK") and rng.random() < 0.5)
            )
        if e164 not in self.phones:
            self.phones.append(e164)
        if self.styles.get(e164, "url slug") == "url slug":  # the slug's number written in the text too
            self.styles[e164] = style
        if own and e164 not in self.own:
            self.own.append(e164)
        return text

    def email_text(self, email: str) -> str:
        rng = self.rng
        style = rng.choices(
            ["plain", "spelled", "blanks", "split-domain", "fullwidth-at"], weights=[40, 35, 10, 10, 5]
        )[0]
        if email not in self.emails:
            self.emails.append(email)
            self.estyles[email] = style
        return nb.email_written(rng, email, style, self.lang)

    def contact_lines(self) -> list[str]:
        rng, p, lang = self.rng, self.p, self.lang
        lines = []
        net = p.network
        cur = p.phone(self.day)
        show_own = not (net and net.kind == "agency" and rng.random() < 0.75) and not self.slug_only
        if net and net.kind == "parlour":
            show_own = rng.random() < 0.15
        if net and (net.kind in ("agency", "parlour") or rng.random() < 0.4):
            lines.append(f"{tx.BOOKING[lang]} {self.phone_text(net.phone, own=False)}")
        if show_own:
            call = rng.choice(tx.CALL[lang])
            if (
                p.phones[-1][1]
                and self.day >= p.phones[-1][1]
                and self.day - p.phones[-1][1] < 30
                and rng.random() < 0.5
            ):
                call = tx.NEWNUM[lang] + " " + call
            sep = "\n" if rng.random() < 0.3 else " "
            lines.append(f"{call}{sep}{self.phone_text(cur, own=True)}")
            if rng.random() < 0.12:  # the same number as a messaging link
                self.styles.setdefault(cur, "wa-link")
                lines.append(nb.wa_link(rng, cur))
        if p.whatsapp and rng.random() < 0.6:
            label = rng.choice(["WhatsApp", "WA", "Whatsapp/Viber", "📱 WhatsApp"])
            if rng.random() < 0.4:
                if p.whatsapp not in self.phones:
                    self.phones.append(p.whatsapp)
                self.styles.setdefault(p.whatsapp, "wa-link")
                if p.whatsapp not in self.own:
                    self.own.append(p.whatsapp)
                lines.append(f"{label}: {nb.wa_link(rng, p.whatsapp)}")
            else:
                lines.append(f"{label}: {self.phone_text(p.whatsapp, own=True)}")
        if p.handle and rng.random() < 0.5:
            lines.append(rng.choice(["Telegram", "Snap", "Kik", "Telegram:"]) + " " + p.handle)
        email = (
            p.email
            if p.email and rng.random() < 0.5
            else (net.email if net and net.email and rng.random() < 0.3 else None)
        )
        if email:
            lines.append(f"{rng.choice(tx.MAIL[lang])} {self.email_text(email)}")
        if not self.phones and not self.emails and not lines:
            lines.append(f"{rng.choice(tx.CALL[lang])} {self.phone_text(cur, own=True)}")
        return lines

    def city_written(self) -> str:
        rng = self.rng
        variants = pl.CITIES[self.city][2]
        r = rng.random()
        kinds = [k for k in variants if k != "suburb"]
        if r < 0.55 or not variants:
            return self.city
        if r < 0.97 and kinds:
            return rng.choice(variants[rng.choice(kinds)])
        if "suburb" in variants:
            return rng.choice(variants["suburb"])
        return self.city

    def age_text(self) -> str:
        if self.p.minor:
            return tx.minor_age(self.rng, self.p.age, self.lang, self.date.year)
        return str(self.p.age)

    def body_text(self, city_text: str) -> list[str]:
        rng, p, lang = self.rng, self.p, self.lang
        orig = tx.NATIONALITY[lang].get(p.origin, p.origin)
        intro = rng.choice(tx.INTRO[lang]).format(name=p.name, age=self.age_text(), city=city_text, origin=orig)
        parts = [intro]
        parts += rng.sample(tx.DESC[lang], rng.randint(1, 2))
        if rng.random() < 0.25:  # her own hours, written by her
            a, b = rng.choice([(10, 22), (12, 2), (9, 23), (18, 6), (11, 21)])
            hours = rng.choice([f"{a:02d}:00-{b:02d}:00", f"{a}-{b}", f"kl. {a}–{b}", f"{a}.00 - {b}.00", "24/7"])
            parts.append(
                rng.choice(["Available", "Tilgjengelig", "Träffas", "Træffes", "Open"])
                + " "
                + self.furn(hours, "hours")
            )
        if self.nxt and self.nxt != self.city and rng.random() < 0.3:
            line = tx.TOUR[lang].format(next=self.nxt)
            if rng.random() < 0.5:  # the stay's dates
                d0 = self.date + dt.timedelta(days=rng.randint(3, 9))
                d1 = d0 + dt.timedelta(days=rng.randint(2, 5))
                span = rng.choice(
                    [
                        f"{d0.day}.–{d1.day}.{d1.month}",
                        f"{d0.day}/{d0.month}-{d1.day}/{d1.month}",
                        f"{d0.day:02d}.{d0.month:02d}-{d1.day:02d}.{d1.month:02d}",
                    ]
                )
                line += " " + self.furn(span, "date")
            parts.append(line)
        g = tx.greeting2(rng, p.second)
        if g:
            parts.append(g + " " + rng.choice(nb.EMOJI))
        return parts

    def price(self) -> str:
        rng = self.rng
        cur = {"NO": "kr", "SE": "kr", "DK": "kr."}[self.country]
        amount = (
            rng.choice([1000, 1200, 1500, 1800, 2000, 2500, 3000])
            if self.country != "DK"
            else rng.choice([800, 1000, 1200, 1500, 2000])
        )
        shapes = [
            f"{amount} {cur}/t",
            f"{amount:,} {cur} 1 time".replace(",", " "),
            f"{amount},-",
            f"1t {amount}:-" if self.country == "SE" else f"1t {amount}",
            f"30 min {amount // 2} / 60 min {amount}",
            f"€{amount // 11}/h",
            f"{amount // 10} EUR",
            f"{amount} {self.country}K",
        ]
        text = rng.choice(shapes)
        return self.furn(text, "price")

    def measurements(self) -> str:
        rng = self.rng
        h, w = rng.randint(152, 180), rng.randint(45, 75)
        bust = rng.choice(["75B", "80C", "85D", "70A", "90-60-90", "86-62-90"])
        text = rng.choice(
            [
                f"{h} cm / {w} kg / {bust}",
                f"Høyde {h}, vekt {w}",
                f"{h}cm {w}kg",
                f"Längd: {h} Vikt: {w} Bh: {bust}",
                f"{h} / {w} / {bust}",
            ]
        )
        return self.furn(text, "measurement")

    # ---- sites
    def render(self) -> tuple[dict[str, Any], dict[str, Any]]:
        fn = {
            "nattlys.no": self.nattlys,
            "kvallsrosen.se": self.kvallsrosen,
            "hjertelys.dk": self.hjertelys,
            "nordic-nights.eu": self.nordic,
            "velvaere-guide.com": self.velvaere,
            "horisont-forum.net": self.forum,
        }[self.site]
        url, title, body, city_field = fn()
        printed = f"{url}\n{title}\n{body}"  # attributes drawn but left out of the template are no furniture
        self.furniture = [f for f in self.furniture if f["text"] in printed]
        rng = self.rng
        posted = dt.datetime.combine(self.date, dt.time(self.minute // 60, self.minute % 60))
        ad = {
            "id": str(self.num),
            "site": self.site,
            "url": url,
            "posted_at": posted.isoformat(),
            "title": title,
            "body": body,
            "city": city_field,
            "images": [f"https://img.{self.site}/{rng.getrandbits(48):012x}.jpg" for _ in range(rng.randint(0, 3))],
        }
        net = self.p.network
        truth = {
            "id": str(self.num),
            "site": self.site,
            "url": url,
            "city": self.city,
            "person_id": self.p.pid,
            "network_id": net.nid if net else f"solo-{self.p.pid}",
            "phones": list(self.phones),
            "own_phones": list(self.own),
            "phone_styles": dict(self.styles),
            "emails": list(self.emails),
            "email_styles": dict(self.estyles),
            "furniture": self.furniture,
            "age": self.p.age,
            "minor": self.p.minor,
            "lang": self.lang,
        }
        return ad, truth

    def slug(self, title: str) -> str:
        s = title.lower()
        for a, b in (("ø", "o"), ("å", "a"), ("æ", "ae"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e")):
            s = s.replace(a, b)
        s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
        return s[:60] or "annonse"

    def title(self, city_text: str) -> str:
        rng, p, lang = self.rng, self.p, self.lang
        t = rng.choice(
            {
                "no": ["Ny i {c}!", "{n} – {c}", "Søt {o} jente i {c}", "Kun i dag {c}", "{n} {a} år"],
                "sv": ["Ny i {c}!", "{n} – {c}", "Söt {o} tjej i {c}", "Bara idag {c}", "{n} {a} år"],
                "da": ["Ny i {c}!", "{n} – {c}", "Sød {o} pige i {c}", "Kun i dag {c}", "{n} {a} år"],
                "en": ["New in {c}!", "{n} - {c}", "Sweet {o} girl {c}", "Only today {c}", "{n} {a}yo"],
            }[lang]
        )
        return t.format(c=city_text, n=p.name, o=tx.NATIONALITY[lang].get(p.origin, ""), a=self.age_text())

    def maybe_slug_phone(self) -> str:
        """The advertiser's display name, slugged into the URL by some sites, sometimes carries her number."""
        rng = self.rng
        if rng.random() < 0.04 and not (self.p.network and self.p.network.kind == "agency"):
            e = self.p.phone(self.day)
            region, cc, nsn = nb.split(e)
            digits = nsn if region in ("NO", "DK") else ("0" + nsn if region == "SE" else cc + nsn)
            self.slug_phone = e
            self.slug_only = rng.random() < 0.5  # her number in the URL alone
            return f"{self.p.name.lower()}-{digits}"
        return ""

    def _add_slug_phone(self) -> None:
        if self.slug_phone:
            e = self.slug_phone
            if e not in self.phones:
                self.phones.append(e)
                self.styles[e] = "url slug"
            if e not in self.own:
                self.own.append(e)

    def support(self, label: str) -> str:
        phone, _ = SUPPORT[self.site]
        assert phone
        num = phonenumbers.parse(phone)
        if self.rng.random() < 0.3 or self.site == "nordic-nights.eu":
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        else:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if self.rng.random() < 0.3:
            text = text.replace("-", " ")
        return f"{label} {self.furn(text, 'support_phone', phone)}"

    def support_email(self, label: str) -> str:
        _, email = SUPPORT[self.site]
        self.furniture.append({"digits": "", "kind": "support_email", "text": email})
        return f"{label} {email}"

    def nattlys(self) -> tuple[str, str, str, str | None]:
        rng, _lang = self.rng, self.lang
        cw = self.city_written()
        title = self.title(cw)
        named = self.maybe_slug_phone()
        ident = str(self.num)
        if not self.new:
            url = f"https://www.nattlys.no/annonse/{ident}/{self.slug(named or title)}"
        else:
            url = (
                f"https://nattlys.no/a/{ident}?ref={rng.choice(['forside', 'sok', 'kategori'])}&s={rng.randint(1, 40)}"
            )
            self.slug_phone, self.slug_only = None, False
        self.furn(ident, "ad_id")
        self._add_slug_phone()
        head = []
        if rng.random() < 0.8:
            attrs = [
                f"Alder: {self.age_text()}",
                f"Nasjonalitet: {tx.NATIONALITY['no'].get(self.p.origin, '')}",
                f"Sted: {cw}",
                self.measurements(),
            ]
            rng.shuffle(attrs)
            head.append(" | ".join(attrs[: rng.randint(2, 4)]))
        body = head + self.body_text(cw) + [self.price()] + self.contact_lines()
        views = rng.randint(30, 25000)
        if not self.new:
            foot = [
                f"Annonsenr. {self.furn(_grouped(ident, rng), 'ad_id')} – Vist "
                f"{self.furn(str(views), 'counter')} ganger – Lagt inn {self.date_text(True)}"
            ]
        else:
            foot = [
                f"ID {self.furn(ident, 'ad_id')} · "
                f"{self.furn(_thousands(views, ' '), 'counter')} visninger · Oppdatert {self.date_text(False)}",
                f"Ref. {self.furn('NL-' + ident[-5:] + '-' + str(rng.randint(10, 99)), 'ref_code')}",
            ]
        if rng.random() < 0.35:
            foot.append(
                self.support("Spørsmål om annonsen? Kundeservice") + " (" + self.furn("man–fre 10–16", "hours") + ")"
            )
        if rng.random() < 0.25:
            foot.append(self.support_email("Rapporter annonsen:"))
        if rng.random() < 0.2:
            foot.append(
                f"© {self.furn('2014–' + str(self.date.year), 'year')} Nattlys AS · "
                f"Org.nr. {self.furn(_digit_groups(rng, [3, 3, 3], '9'), 'org_number')}"
            )
        field = rng.choice([cw, self.city, rng.choice(pl.REGION_FIELD[self.city])])
        return url, title, "\n".join([*body, "", *foot]), field

    def kvallsrosen(self) -> tuple[str, str, str, str | None]:
        rng = self.rng
        cw = self.city_written()
        title = self.title(cw)
        ident = str(self.num)
        named = self.maybe_slug_phone()
        if not self.new:
            url = f"https://www.kvallsrosen.se/annons.php?aid={ident}&kat={rng.randint(1, 9)}"
            self.slug_phone, self.slug_only = None, False
        else:
            url = f"https://kvallsrosen.se/annonser/{self.slug(self.city)}/{ident}-{self.slug(named or title)}"
        self.furn(ident, "ad_id")
        self._add_slug_phone()
        body = []
        if rng.random() < 0.7:
            body.append(f"Ålder {self.age_text()} år • {self.measurements()} • Ort: {cw}")
        body += self.body_text(cw)
        body.append(f"Pris: {self.price()}")
        body += self.contact_lines()
        if rng.random() < 0.3:
            mem = _digits(rng, 5)
            member = f"Medlem sedan {self.furn(_iso_day(rng), 'date')} · Medlemsnr {self.furn(mem, 'member_no')}"
            rating = (
                f"Betyg {self.furn(f'{rng.randint(30, 50) / 10:.1f}'.replace('.', ','), 'rating')} ("
                f"{self.furn(str(rng.randint(1, 140)), 'counter')} omdömen)"
            )
            body.append(member + " · " + rating)
        views = rng.randint(30, 40000)
        if not self.new:
            foot = (
                f"Annons-nr: {self.furn(_grouped(ident, rng), 'ad_id')} | Visningar: "
                f"{self.furn(_thousands(views, ' '), 'counter')} | Publicerad {self.date_text(True)}"
            )
        else:
            foot = (
                f"Annonsen har id {self.furn(ident, 'ad_id')} och har visats "
                f"{self.furn(str(views), 'counter')} gånger. Senast ändrad {self.date_text(False)}"
            )
        extra = []
        if rng.random() < 0.3:
            extra.append(self.support("Kundtjänst:"))
        if rng.random() < 0.15:
            bg = f"{_digits(rng, 4)}-{_digits(rng, 4)}"
            extra.append(
                f"Betala din annons via Bankgiro {self.furn(bg, 'bankgiro')} eller Swish "
                f"{self.furn(_digit_groups(rng, [3, 3, 2, 2], '123'), 'swish_business')}"
            )
        if rng.random() < 0.2:
            extra.append(self.support_email("Frågor?"))
        field = rng.choice([self.city, cw, rng.choice(pl.REGION_FIELD[self.city]), None])
        return url, title, "\n".join([*body, "", foot, *extra]), field

    def hjertelys(self) -> tuple[str, str, str, str | None]:
        rng = self.rng
        cw = self.city_written()
        title = self.title(cw)
        ident = str(self.num)
        named = self.maybe_slug_phone()
        if not self.new:
            url = f"https://hjertelys.dk/annonce/{ident}-{self.slug(named or title)}"
        else:
            url = f"https://www.hjertelys.dk/vis.php?annonce={ident}&side={rng.randint(1, 12)}"
            self.slug_phone, self.slug_only = None, False
        self.furn(ident, "ad_id")
        self._add_slug_phone()
        body = self.body_text(cw)
        if rng.random() < 0.25:
            hotel = rng.choice(pl.HOTELS)
            room = str(rng.randint(101, 918))
            body.append(
                f"Jeg bor på {hotel}, værelse {self.furn(room, 'room')} – skriv før du kommer"
                if self.lang == "da"
                else f"I stay {hotel} room {self.furn(room, 'room')}"
            )
        if rng.random() < 0.25:
            street = rng.choice(pl.STREETS["DK"])
            body.append(
                f"Adresse: {street} {self.furn(str(rng.randint(2, 140)), 'street_no')}, "
                f"{self.furn(str(rng.randint(1000, 9990)), 'postal_code')} {self.city}"
            )
        body.append(f"Pris {self.price()}")
        body += self.contact_lines()
        views = rng.randint(20, 9000)
        if not self.new:
            foot = [
                f"Annonce nr. {self.furn(ident, 'ad_id')} · Oprettet d. {self.date_text(True)} · Set "
                f"{self.furn(str(views), 'counter')} gange"
            ]
        else:
            foot = [
                f"Annoncen er oprettet {self.date_text(False)}",
                f"Annonce-ID: {self.furn(ident, 'ad_id')} ({self.furn(str(views), 'counter')} visninger)",
            ]
        if rng.random() < 0.3:
            foot.append(self.support("Problemer? Ring til support på"))
        if rng.random() < 0.2:
            foot.append(
                f"Hjertelys ApS · CVR-nr. {self.furn(_digit_groups(rng, [2, 2, 2, 2], '3'), 'org_number')} · MobilePay "
                f"{self.furn(_digits(rng, 5, first='7'), 'mobilepay_box')}"
            )
        if rng.random() < 0.2:
            foot.append(self.support_email("Skriv til os:"))
        field = rng.choice([rng.choice(pl.REGION_FIELD[self.city]), self.city, cw])
        return url, title, "\n".join([*body, "—", *foot]), field

    def nordic(self) -> tuple[str, str, str, str | None]:
        """The site that moved its domain abroad (.no to .eu); also re-posts the national sites' ads."""
        rng = self.rng
        cw = rng.choice([self.city, self.city_written(), *pl.CITIES[self.city][2].get("exonym", [])])
        title = self.title(cw)
        ident = str(self.num)
        if not self.new:
            url = f"https://nordic-nights.eu/profile/{self.slug(self.p.name + ' ' + cw)}-{ident}"
        else:
            url = (
                f"https://nordic-nights.eu/p/{ident}/?lang={rng.choice(['en', 'no', 'sv'])}&utm_source="
                f"{rng.choice(['tw', 'ig', 'direct'])}"
            )
        self.furn(ident, "ad_id")
        body = []
        if rng.random() < 0.6:
            attrs = [
                f"Age {self.age_text()}",
                self.measurements(),
                f"Location {cw}",
                f"Nationality {tx.NATIONALITY['en'].get(self.p.origin, '')}",
            ]
            body.append(" · ".join(attrs[: rng.randint(2, 4)]))
        body += self.body_text(cw)
        body.append(f"Rates: {self.price()}")
        body += self.contact_lines()
        foot = []
        if self.history and rng.random() < 0.5:
            src_site, src_id = rng.choice(self.history[-5:])
            foot.append(f"Source: {src_site} #{self.furn(str(src_id), 'source_id')} · imported {self.date_text(False)}")
        rank = rng.randint(1, 250)
        member = _digits(rng, rng.choice([5, 6]))
        if not self.new:
            foot.append(
                f"Profile ID: {self.furn(ident.zfill(9), 'ad_id')} | Member #{self.furn(member, 'member_no')} | Rank #"
                f"{self.furn(str(rank), 'rank')} in {cw}"
            )
        else:
            foot.append(
                f"ID {self.furn(ident, 'ad_id')} — last online {self.date_text(True)} — rating "
                f"{self.furn(f'{rng.randint(60, 100) / 10:.1f}/10', 'rating')}"
            )
        if rng.random() < 0.35:
            foot.append(self.support("Site support (WhatsApp only):"))
        if rng.random() < 0.15:
            foot.append("formerly nordicnights.no · " + self.support_email("abuse:"))
        field = rng.choice([cw, self.city, None])
        return url, title, "\n".join([*body, "", *foot]), field

    def velvaere(self) -> tuple[str, str, str, str | None]:
        """A massage/wellness directory: a parlour's listing, one masseuse per page."""
        rng, p = self.rng, self.p
        net = p.network
        parlour = net.name if net else f"{p.name}'s Massage"
        cw = self.city_written()
        title = f"{parlour} – {p.name} – {cw}"
        ident = str(self.num)
        url = (
            f"https://velvaere-guide.com/listing?id={ident}&loc={self.slug(self.city)}"
            if not self.new
            else f"https://velvaere-guide.com/{self.slug(self.city)}/{self.slug(parlour)}/{ident}"
        )
        self.furn(ident, "ad_id")
        street = rng.choice(pl.STREETS[self.country])
        n = pl.POSTCODE[self.country]
        post = _digits(rng, n, first=str(rng.randint(1, 9)))
        if self.country == "SE" and rng.random() < 0.6:
            post = post[:3] + " " + post[3:]
        body = [
            f"{parlour}",
            f"{street} {self.furn(str(rng.randint(1, 99)), 'street_no')}, {self.furn(post, 'postal_code')} {cw}",
        ]
        hours = rng.choice(
            ["Man–Lør 10–21", "Mon-Sat 10:00-21:00", "Öppet alla dagar 11-22", "Åbent 10.00–20.00", "Daily 10-22"]
        )
        body.append(self.furn(hours, "hours"))
        body.append(rng.choice([f"Massør: {p.name}", f"Therapist: {p.name}, {self.age_text()}", f"Hos oss: {p.name}"]))
        body.append(
            rng.choice(
                [
                    "Traditionell thaimassage, oljemassage, fotmassage.",
                    "Thai massage, oil massage, foot massage.",
                    "Tradisjonell thaimassasje og oljemassasje.",
                    "Thai massage – afslapning for krop og sjæl.",
                ]
            )
        )
        rates = [(30, rng.choice([400, 450, 500])), (60, rng.choice([650, 750, 800])), (90, rng.choice([950, 1100]))]
        rates = rates[: rng.randint(1, 3)]
        body.append(" / ".join(f"{m} min {self.furn(str(pr), 'price')} kr" for m, pr in rates))
        if rng.random() < 0.4:
            stars = rng.randint(30, 50) / 10
            body.append(
                f"★ {self.furn(f'{stars:.1f}', 'rating')} ("
                f"{self.furn(str(rng.randint(3, 300)), 'counter')} anmeldelser)"
            )
        body += self.contact_lines()
        if rng.random() < 0.4:
            org = {
                "NO": lambda: f"Org.nr {_digits(rng, 3, first='9')} {_digits(rng, 3)} {_digits(rng, 3)}",
                "SE": lambda: f"Org.nr 55{_digits(rng, 4)}-{_digits(rng, 4)}",
                "DK": lambda: f"CVR {_digits(rng, 8, first='3')}",
            }[self.country]()
            body.append(self.furn(org, "org_number"))
        foot = [f"Listing #{self.furn(ident, 'ad_id')} · updated {self.date_text(False)}"]
        if rng.random() < 0.3:
            foot.append(self.support("Annonser hos oss:"))
        if rng.random() < 0.3:
            foot.append(self.support_email("Eier av stedet? Kontakt"))
        field = rng.choice([f"{post} {self.city}", self.city, cw])
        return url, title, "\n".join([*body, "", *foot]), field

    def forum(self) -> tuple[str, str, str, str | None]:
        """A buyers' review forum: a post quoting the person's ad (her contacts are in the quote)."""
        rng, p = self.rng, self.p
        lang = COUNTRY_LANG[self.country] if rng.random() < 0.7 else "en"
        self.lang = lang
        cw = self.city_written()
        topic = _digits(rng, 5, first=str(rng.randint(1, 9)))
        post = str(self.num * 7 + rng.randint(0, 6))
        title = rng.choice(
            [
                f"[{cw}] {p.name} – {self.age_text()}",
                f"Re: {p.name} i {cw}",
                f"{p.name} ({cw}) – erfaringer?",
                f"Review: {p.name} {cw}",
            ]
        )
        if not self.new:
            url = f"https://horisont-forum.net/viewtopic.php?t={topic}&p={post}#p{post}"
            self.furn(post, "post_id")
        else:
            page = str(rng.randint(1, 40))
            url = f"https://horisont-forum.net/t/{self.slug(p.name + ' ' + self.city)}/{topic}/{page}"
            self.furn(page, "page")
        self.furn(topic, "thread_id")
        user = rng.choice(
            ["nattravn", "gubben62", "viking_88", "tommy_k", "anon1234", "sjømann", "kalle_b", "larsen77"]
        )
        posts = rng.randint(1, 5000)
        head = (
            f"{user} · {self.furn(_thousands(posts, ' ' if rng.random() < 0.5 else '.'), 'post_count')} innlegg · "
            f"{self.date_text(True)}"
        )
        quote_src = ""
        if self.history and rng.random() < 0.6:
            s, n = rng.choice(self.history[-5:])
            quote_src = f" ({s}, {self.furn(str(n), 'source_id')})"
        quote = ["> " + line for line in (self.body_text(cw)[:2] + self.contact_lines())]
        verdict = rng.choice(
            {
                "no": [
                    "Anbefales! Pen og hyggelig, som på bildene.",
                    "Ikke som på bildene, stresset. Ikke igjen.",
                    "Grei nok, litt dyr.",
                ],
                "sv": ["Rekommenderas! Snygg och trevlig.", "Inte som på bilderna. Aldrig igen.", "Okej, lite dyrt."],
                "da": ["Kan anbefales! Sød og rar.", "Ikke som på billederne. Aldrig igen.", "Fin nok, lidt dyr."],
                "en": ["Recommended, very sweet.", "Not like photos, rushed.", "OK but pricey."],
            }[lang]
        )
        grade = f"{self.furn(str(rng.randint(3, 10)), 'rating')}/10"
        paid = (
            f"{self.furn(str(rng.choice([1000, 1500, 2000, 2500])), 'price')} for "
            f"{rng.choice(['1t', '1 time', '1h', '30 min'])}"
        )
        body = [
            head,
            f"Sitat fra annonsen{quote_src}:" if lang != "en" else f"Quote from her ad{quote_src}:",
            *quote,
            verdict,
            f"Karakter {grade}, betalte {paid}" if lang != "en" else f"Score {grade}, paid {paid}",
        ]
        if rng.random() < 0.15:
            body.append(self.support_email("Feil i tråden? Meld fra:"))
        if rng.random() < 0.3:
            body.append(f"#{self.furn(str(rng.randint(2, 80)), 'post_no')}")
        return url, title, "\n".join(body), None


def _digits(rng: random.Random, n: int, first: str | None = None) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return (first + s[1:]) if first else s


def _digit_groups(rng: random.Random, sizes: list[int], prefix: str) -> str:
    d = prefix + _digits(rng, sum(sizes) - len(prefix))
    out, i = [], 0
    for n in sizes:
        out.append(d[i : i + n])
        i += n
    return " ".join(out)


def _iso_day(rng: random.Random) -> str:
    return f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _grouped(ident: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return ident
    return _thousands(int(ident), rng.choice([" ", "\u00a0", "."]))


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _ascii_digits(text: str) -> str:
    return "".join(str(int(c)) if c.isdigit() and not c.isascii() else c for c in text)
