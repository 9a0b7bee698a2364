# ruff: noqa: E501
"""The market: persons, controllers, six sites and their templates, and the ads with their truth."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

from . import phones as ph
from . import text as tx
from .phones import Phone

START = dt.datetime(2026, 3, 2, 0, 0)
DAYS = 182
HOME_SITE = {"NO": "nattsommerfugl", "SE": "rodalyktan", "DK": "kaerestetid"}
MONTHS = {
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
HIDE_STYLES = (
    ("words", 14),
    ("words_mixed", 6),
    ("letters", 9),
    ("unicode", 7),
    ("emoji_sep", 8),
    ("odd_sep", 10),
    ("lines", 7),
    ("glued", 5),
    ("halves", 5),
    ("masked", 5),
    ("reversed", 2),
    ("alt_text", 5),
    ("url_slug", 3),
    ("whatsapp_link", 6),
)
NATS = (
    ("RO", 14),
    ("TH", 9),
    ("NG", 6),
    ("BR", 6),
    ("HU", 6),
    ("BG", 5),
    ("PL", 5),
    ("UA", 5),
    ("ES", 5),
    ("CO", 4),
    ("CN", 3),
    ("VN", 3),
    ("LT", 3),
    ("LV", 3),
    ("VE", 3),
    ("IT", 2),
    ("GB", 1),
    ("DE", 2),
    ("EE", 2),
    ("NO", 5),
    ("SE", 5),
    ("DK", 4),
)
EMAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "protonmail.com",
    "proton.me",
    "icloud.com",
    "live.se",
    "hotmail.dk",
    "online.no",
    "mail.ru",
    "yandex.ru",
    "gmx.de",
    "yahoo.ro",
)


@dataclass
class Network:
    nid: str
    kind: str  # agency | hidden | clinic
    country: str
    lines: list[Phone]
    name: str
    email: str | None
    city: str
    address: str = ""
    hours: str = ""
    template: str = ""


@dataclass
class Person:
    pid: str
    name: str
    nat: str
    lang: str
    native: str | None
    age: int
    home: str
    phones: list[tuple[int, Phone]]  # (from day, phone)
    second: Phone | None
    email: str | None
    handle: str | None
    habit: list[str]
    sites: list[str]
    names: dict[str, str]
    tour: list[tuple[int, str]]  # (from day, city)
    photos: list[str]
    price: int
    net: Network | None = None
    show_own: float = 1.0
    weight: float = 1.0
    masseuse: bool = False
    start: int = 0
    end: int = DAYS

    def phone_at(self, day: int) -> tuple[Phone, Phone | None]:
        cur, old = self.phones[0][1], None
        for d, p in self.phones:
            if d <= day:
                old, cur = (cur if cur != p else old), p
        return cur, old

    def city_at(self, day: int) -> tuple[str, str | None]:
        cur, nxt = self.home, None
        for i, (d, c) in enumerate(self.tour):
            if d <= day:
                cur = c
                nxt = self.tour[i + 1][1] if i + 1 < len(self.tour) else None
        return cur, nxt


@dataclass
class Built:
    """What an advertiser wrote (before a site wraps it) and what of it is true."""

    lines: list[str]
    phones: dict[str, str] = field(default_factory=dict)  # e164 -> style
    own: set[str] = field(default_factory=set)
    emails: dict[str, str] = field(default_factory=dict)
    slug: str | None = None
    title: str = ""
    furniture: list[dict[str, Any]] = field(default_factory=list)
    soft: list[str] = field(default_factory=list)  # lines an editor may drop (no contact in them)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def furn(kind: str, text: str, e164: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": kind, "digits": _digits(text), "text": text}
    if e164:
        item["e164"] = e164
    return item


class Market:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(seed * 7919 + 29)
        self.n_ads = n_ads
        self.taken: set[str] = set()
        self.ids: set[str] = set()
        self.sites = self._sites()
        self.networks: list[Network] = []
        self.parts: dict[tuple[str, str], tuple[list[str], list[str], list[str], list[str]]] = {}
        self.persons = self._persons(max(8, n_ads // 6))

    # ---------------------------------------------------------------- sites
    def _sites(self) -> dict[str, dict[str, Any]]:
        r = self.rng
        out: dict[str, dict[str, Any]] = {}
        for name, country, lang, redesign in (
            ("nattsommerfugl", "NO", "no", 96),
            ("rodalyktan", "SE", "sv", 71),
            ("kaerestetid", "DK", "da", 120),
            ("nordicangels", "NO", "en", 88),
            ("punterboard", "SE", "en", 140),
            ("annonsradar", "DK", "en", 60),
        ):
            sup_country = "EE" if name == "nordicangels" else country
            e1, w1 = ph.landline(r, sup_country, self.taken)
            e2, w2 = ph.landline(r, country, self.taken)
            if sup_country != country:  # a foreign support line is written with its code
                w1 = "+" + e1[1:4] + " " + w1
            out[name] = {
                "country": country,
                "lang": lang,
                "redesign": redesign,
                "support": [(e1, w1), (e2, w2)],
                "org": "".join(
                    str(r.randrange(10)) for _ in range(9 if country == "NO" else 10 if country == "SE" else 8)
                ),
                "next_id": r.randrange(1_200_000, 8_800_000),
            }
        return out

    # ---------------------------------------------------------------- people
    def _weighted(self, pairs: tuple[tuple[str, int], ...] | list[tuple[str, int]]) -> str:
        return self.rng.choices([a for a, _ in pairs], weights=[w for _, w in pairs])[0]

    def _city(self, country: str | None = None) -> str:
        cs = [(c, w) for c, w in tx.CITY_WEIGHT.items() if country is None or tx.CITIES[c][0] == country]
        return self._weighted(cs)

    def _email(self, name: str) -> str:
        r = self.rng
        local = r.choice(
            [
                f"{name.lower()}.{r.choice(['sweet', 'hot', 'love', 'kiss', 'vip', 'angel'])}",
                f"{name.lower()}{r.randrange(10, 99)}",
                f"{name.lower()}_{r.choice(['oslo', 'sthlm', 'cph', 'nordic', 'xx'])}",
                f"{r.choice(['miss', 'lady', 'sexy', 'real'])}{name.lower()}",
                f"{name.lower()}{r.randrange(1988, 2006)}",
            ]
        )
        local = local.translate(str.maketrans("åäöøæé", "aaooae"))
        return f"{local}@{r.choice(EMAIL_DOMAINS)}"

    def _networks(self, n_persons: int) -> None:
        r = self.rng
        k = 0
        for kind, count in (
            ("agency", max(1, n_persons // 45)),
            ("hidden", max(1, n_persons // 28)),
            ("clinic", max(1, n_persons // 40)),
        ):
            for _ in range(count):
                k += 1
                country = r.choice(["DK", "DK", "SE", "NO"]) if kind == "clinic" else r.choice(["NO", "SE", "DK"])
                city = self._city(country)
                nlines = r.choice([2, 2, 3]) if kind == "agency" else (r.choice([1, 1, 2]) if kind == "clinic" else 1)
                lines = [
                    ph.new_phone(r, country if r.random() < 0.85 else r.choice(["RO", "PL", "LT"]), self.taken)
                    for _ in range(nlines)
                ]
                if kind == "agency":
                    name = r.choice(
                        [
                            "Nordic Elite",
                            "Velvet",
                            "Aurora Models",
                            "Crown Companions",
                            "Blue Lagoon",
                            "Diamond Girls",
                            "Scandi VIP",
                            "Silk & Pearls",
                        ]
                    ) + r.choice([" Escort", " Agency", " Booking", ""])
                elif kind == "clinic":
                    name = (
                        r.choice(["Klinik", "Massage", "Wellness", "Spa", "Thai Massage"])
                        + " "
                        + r.choice(
                            [
                                "Lotus",
                                "Orkidé",
                                "Bambus",
                                "Jasmin",
                                "Siam",
                                "Sakura",
                                "Harmoni",
                                "Paradis",
                                "Golden Hands",
                            ]
                        )
                    )
                else:
                    name = ""
                email = None
                if kind == "agency":
                    email = f"{r.choice(['booking', 'info', 'contact', 'vip'])}@{re.sub(r'[^a-z]', '', name.lower())}{r.choice(['.com', '.eu', '-escort.com', '.net'])}"
                elif kind == "clinic" and r.random() < 0.5:
                    email = f"{re.sub(r'[^a-z]', '', name.lower())}{r.randrange(1, 99)}@{r.choice(['gmail.com', 'hotmail.com', 'outlook.dk'])}"
                street = (
                    r.choice(tx.STREETS[country])
                    + " "
                    + str(r.randrange(2, 160))
                    + r.choice(["", "", ", 2. tv", ", 1. sal", "B", ", st."])
                )
                postal = r.choice(tx.POSTAL[city]) + (
                    "" if city not in tx.POSTAL_SUFFIX else " " + r.choice(tx.POSTAL_SUFFIX[city])
                )
                o, c = r.choice([9, 10, 11, 12]), r.choice([20, 21, 22, 23, 2])
                hours = r.choice(
                    [
                        f"{o:02d}-{c:02d}",
                        f"{o:02d}.00-{c:02d}.00",
                        f"{o}:00–{c}:00",
                        f"man-fre {o}-{c}, lør {o + 1}-{c - 2 if c > 4 else 22}",
                    ]
                )
                template = r.choice(
                    [
                        "{greet} {name} er ny hos oss. {svc}. {avail}.",
                        "New girl {name} just arrived! {svc}. {avail}.",
                        "{name} – {age} – {nat}. {svc}. {avail}.",
                        "Nyhed! {name} ({age}) {svc}. {avail}.",
                        "Ny tjej {name}, {age}. {svc}. {avail}.",
                    ]
                )
                self.networks.append(
                    Network(
                        f"net-{k}",
                        kind,
                        country,
                        lines,
                        name,
                        email,
                        city,
                        f"{street}, {postal} {tx.CITIES[city][1][0]}",
                        hours,
                        template,
                    )
                )

    def _persons(self, n: int) -> list[Person]:
        r = self.rng
        self._networks(n)
        out: list[Person] = []
        for i in range(n):
            nat = self._weighted(NATS)
            base_country = nat if nat in ("NO", "SE", "DK") else r.choice(["NO", "NO", "SE", "SE", "DK"])
            home = self._city(base_country)
            local_lang = {"NO": "no", "SE": "sv", "DK": "da"}[base_country]
            if nat in ("NO", "SE", "DK"):
                lang = {"NO": "no", "SE": "sv", "DK": "da"}[nat]
                native = None
            else:
                lang = "en" if r.random() < 0.6 else local_lang
                native = ph.LANG_OF_COUNTRY.get(nat) or ("en" if r.random() < 0.4 else None)
            pcountry = base_country if nat in ("NO", "SE", "DK") or r.random() < 0.55 else nat
            p0 = ph.new_phone(r, pcountry, self.taken)
            phones = [(0, p0)]
            if r.random() < 0.25:
                phones.append(
                    (r.randrange(20, DAYS - 10), ph.new_phone(r, r.choice([pcountry, base_country]), self.taken))
                )
                if r.random() < 0.2:
                    phones.append(
                        (min(DAYS - 1, phones[-1][0] + r.randrange(10, 60)), ph.new_phone(r, base_country, self.taken))
                    )
            second = (
                ph.new_phone(r, nat, self.taken)
                if nat in ph.COUNTRY_WORD and pcountry != nat and r.random() < 0.12
                else None
            )
            name = r.choice(tx.FIRST_NAMES)
            habit: list[str]
            c = r.random()
            if c < 0.3:
                habit = ["plain"]
            elif c < 0.66:
                habit = ["plain", self._weighted(HIDE_STYLES)]
            else:
                habit = [self._weighted(HIDE_STYLES), self._weighted(HIDE_STYLES)]
            masseuse = (base_country == "DK" and r.random() < 0.55) or r.random() < 0.1
            sites = [HOME_SITE[base_country]]
            if r.random() < 0.4 or (nat not in ("NO", "SE", "DK") and r.random() < 0.3):
                sites.append("nordicangels")
            if r.random() < 0.18:
                sites.append(HOME_SITE[r.choice([c for c in ("NO", "SE", "DK") if c != base_country])])
            names = {s: (name if r.random() < 0.65 else r.choice(tx.FIRST_NAMES)) + r.choice(tx.SUFFIX) for s in sites}
            tour: list[tuple[int, str]] = []
            if r.random() < 0.3:
                d = r.randrange(0, 60)
                while d < DAYS:
                    tour.append((d, self._city(r.choice(["NO", "SE", "DK", base_country]))))
                    d += r.randrange(4, 21)
                    if r.random() < 0.4:
                        tour.append((d, home))
                        d += r.randrange(7, 30)
            age = r.randrange(19, 39) if r.random() > 0.02 else r.choice([16, 17, 17])
            start = r.randrange(0, DAYS - 20)
            end = min(DAYS, start + r.randrange(20, DAYS))
            person = Person(
                pid=f"p{i:05d}",
                name=name,
                nat=nat,
                lang=lang,
                native=native,
                age=age,
                home=home,
                phones=phones,
                second=second,
                email=self._email(name) if r.random() < 0.3 else None,
                handle=(name.lower() + r.choice(["_x", ".xo", "_nordic", str(r.randrange(10, 99)), "_vip"]))
                if r.random() < 0.3
                else None,
                habit=habit,
                sites=sites,
                names=names,
                tour=tour,
                photos=[f"{r.getrandbits(64):016x}" for _ in range(r.randrange(2, 7))],
                price=r.choice([1200, 1500, 1500, 2000, 2000, 2500, 3000]),
                masseuse=masseuse,
                start=start,
                end=end,
                weight=r.lognormvariate(0, 0.8),
            )
            out.append(person)
        # controllers
        for net in self.networks:
            size = {"agency": r.randrange(4, 10), "hidden": r.randrange(2, 6), "clinic": r.randrange(2, 7)}[net.kind]
            pool = [
                p
                for p in out
                if p.net is None and (net.kind != "clinic" or p.masseuse) and tx.CITIES[p.home][0] == net.country
            ]
            r.shuffle(pool)
            for p in pool[:size]:
                p.net = net
                p.home = net.city
                p.show_own = {"agency": 0.35, "hidden": 0.0, "clinic": 0.3}[net.kind]
                if net.kind == "clinic":
                    p.tour = []
                    p.sites = [HOME_SITE[net.country]] + (["nordicangels"] if r.random() < 0.2 else [])
                    p.names = {s: p.names.get(s, p.name) for s in p.sites}
        return out

    # ---------------------------------------------------------------- writing a contact
    def _phone_text(
        self, p: Person | None, phone: Phone, lang: str, site: str, native: str | None
    ) -> tuple[str, str, str | None]:
        r = self.rng
        habit = p.habit if p else ["plain"]
        style = r.choice(habit)
        if site == "nattsommerfugl" and style == "plain" and r.random() < 0.55:
            style = self._weighted(HIDE_STYLES)
        if site in ("rodalyktan", "kaerestetid") and style != "plain" and r.random() < 0.35:
            style = "plain"
        if style == "plain":
            if phone.country not in ("NO", "SE", "DK") and r.random() < 0.12:
                trunk = ph.MOBILE[phone.country][3]
                num = trunk + phone.nsn
                w = ph.COUNTRY_WORD[phone.country]
                hint = r.choice(
                    [
                        f"({w[0]})",
                        f"{ph.FLAG[phone.country]}",
                        f"({w[1]} number)",
                        f"{w[2 + tx.LANG_INDEX.get(lang, 3) if lang != 'en' else 1]} nr",
                    ]
                )
                grouped = " ".join(ph.groups(num, [4, 3, 3, 3]))
                return f"{grouped} {hint}", "foreign_no_code", None
            txt, st = ph.plain(r, phone)
            return txt, st, None
        return ph.hidden(r, phone, style, lang, native)

    def _email_text(self, email: str, lang: str) -> tuple[str, str]:
        r = self.rng
        local, dom = email.split("@")
        name, tld = dom.rsplit(".", 1)
        c = r.random()
        if c < 0.4:
            return email if r.random() < 0.8 else email.upper() if r.random() < 0.3 else email.capitalize(), "plain"
        if c < 0.55:
            at, dot = r.choice(
                [
                    (" at ", " dot "),
                    (" (at) ", " (dot) "),
                    ("[at]", "[.]"),
                    (" [at] ", " [dot] "),
                    ("{at}", "."),
                    (" AT ", " DOT "),
                ]
            )
            return f"{local}{at}{name}{dot}{tld}", "at_dot_words"
        if c < 0.7:
            at, dot = {
                "no": (" krøllalfa ", " punktum "),
                "sv": (" snabel-a ", " punkt "),
                "da": (" snabel-a ", " prik "),
                "en": (" at ", " dot "),
            }[lang]
            if r.random() < 0.3:
                at = {"no": " alfakrøll ", "sv": " snabela ", "da": " @-tegn ", "en": " at-sign "}[lang]
            return f"{local}{at}{name}{dot}{tld}", "at_dot_native"
        if c < 0.8:
            return " ".join(email), "spaced"
        if c < 0.92:
            form = r.choice(["{l}@ {n} .{t}", "{l} @{n} . {t}", "{l}@{n} (.{t})", "{l} @ {n}.{t}", "{l}@\n{n}.{t}"])
            return form.format(l=local, n=name, t=tld), "split_domain"
        form = r.choice(["{l} på {n}", "{l} hos {n}", "{l} (on {n})", "mitt namn {l} + @{n}"])
        if name in ("gmail", "hotmail", "outlook", "yahoo", "icloud", "protonmail") and tld == "com":
            return form.format(l=local, n=name), "domain_implied"
        return f"{local}@{name}.{tld}", "plain"

    # ---------------------------------------------------------------- an advertiser's text
    def _write(self, p: Person, site: str, day: int) -> tuple[Built, str, str | None]:
        r = self.rng
        lang = p.lang if site != "nordicangels" or r.random() < 0.3 else "en"
        if site == "kaerestetid" and lang == "en" and r.random() < 0.5:
            lang = "da"
        city, nxt = p.city_at(day)
        if p.net is not None and p.net.kind == "clinic":
            city = p.net.city
        name = p.names.get(site, p.name)
        age = p.age + (r.choice([-1, 0, 0, 0, 1, 2]) if r.random() < 0.3 else 0)
        li = tx.LANG_INDEX[lang]
        nat = tx.NATIONALITY[p.nat][li]
        b = Built(lines=[])
        age_txt = str(age)
        if age < 18:
            age_txt = r.choice(
                [
                    str(age),
                    f"{age}",
                    "snart 18" if lang in ("no", "da") else "nästan 18" if lang == "sv" else "almost 18",
                    f"{age}½",
                    "young",
                ]
            )
        elif r.random() < 0.08:
            age_txt = (
                {"no": "tjue-noe", "sv": "tjugo-nånting", "da": "midt i tyverne", "en": "early twenties"}[lang]
                if age < 26
                else str(age)
            )
        net = p.net
        if net is not None and net.kind in ("hidden", "agency") and r.random() < 0.7:
            greet = r.choice(tx.GREET[lang])
            b.lines.append(
                net.template.format(
                    greet=greet,
                    name=name,
                    age=age_txt,
                    nat=nat,
                    svc=r.choice(tx.SERVICES[lang]),
                    avail=r.choice(tx.AVAIL[lang]),
                )
            )
        else:
            b.lines.append(
                r.choice(tx.GREET[lang]) + " " + r.choice(tx.INTRO[lang]).format(name=name, age=age_txt, nat=nat)
            )
            if p.native and r.random() < 0.5:
                b.lines[-1] += " " + r.choice(tx.NATIVE_BITS[p.native])
            if r.random() < 0.6:
                b.lines.append(r.choice(tx.SERVICES[lang]) + ". " + r.choice(tx.AVAIL[lang]) + ".")
                b.soft.append(b.lines[-1])
        # where
        cw = tx.CITIES[city]
        place = r.random()
        if place < 0.5:
            where = r.choice(cw[1])
        elif place < 0.75 and cw[2]:
            where = r.choice(cw[2])
        elif place < 0.9 and cw[3]:
            where = tx.NEAR[lang].format(r.choice(cw[3]))
        else:
            where = r.choice(cw[1])
        if p.tour and r.random() < 0.6:
            dd = START + dt.timedelta(days=day + r.randrange(2, 6))
            b.lines.append(
                r.choice(tx.TOUR[lang]).format(
                    c=where,
                    d=self._date_short(dd, lang),
                    n=r.choice(tx.CITIES[nxt][1]) if nxt else r.choice(tx.CITIES[p.home][1]),
                )
            )
        elif r.random() < 0.5:
            b.lines.append(
                {"no": "Holder til i {}", "sv": "Finns i {}", "da": "Bor i {}", "en": "Located in {}"}[lang].format(
                    where
                )
            )
        # contacts
        own, old = p.phone_at(day)
        show: list[tuple[Phone, bool]] = []
        if net is None or r.random() < p.show_own:
            show.append((own, True))
        if net is not None:
            lines = net.lines if net.kind != "agency" or r.random() < 0.4 else [r.choice(net.lines)]
            show += [(x, False) for x in lines]
        if p.second and r.random() < 0.5:
            show.append((p.second, True))
        changed = net is None and old is not None and any(d <= day < d + 21 for d, q in p.phones[1:] if q == own)
        label = r.choice(tx.CALL[lang])
        for phone, is_own in show:
            txt, style, slug = self._phone_text(p, phone, lang, site, p.native)
            if slug and b.slug:  # one number per URL
                txt, style = ph.plain(r, phone)
                slug = None
            b.phones[phone.e164] = style
            if is_own:
                b.own.add(phone.e164)
            if slug:
                b.slug = slug
                b.lines.append(
                    {
                        "no": "Nummeret står i lenken ;)",
                        "sv": "Numret finns i länken",
                        "da": "Nummeret står i linket",
                        "en": "number is in the link ;)",
                    }[lang]
                )
                continue
            if style in ("alt_text",) or style.startswith("glued"):
                b.lines.append(txt)
            elif net is not None and not is_own and net.kind == "agency":
                b.lines.append(f"Booking {net.name}: {txt}" if r.random() < 0.6 else f"{label} {txt}")
            else:
                b.lines.append(f"{label} {txt}" if r.random() < 0.85 else txt)
            if changed and is_own and r.random() < 0.7:
                b.lines[-1] = r.choice(tx.NEW_NUMBER[lang]) + " " + b.lines[-1]
                if r.random() < 0.5 and old is not None:
                    otxt, ostyle = ph.plain(r, old)
                    b.lines.append(tx.OLD_DEAD[lang].format(otxt))
                    b.phones[old.e164] = "old_number_" + ostyle
                    b.own.add(old.e164)
        if not show:
            b.lines.append(
                {
                    "no": "Send melding her på siden",
                    "sv": "Skicka meddelande via sidan",
                    "da": "Send besked via siden",
                    "en": "Message me on the site",
                }[lang]
            )
        if p.email and r.random() < 0.6:
            etxt, est = self._email_text(p.email, lang)
            b.lines.append(f"{r.choice(tx.MAIL[lang])} {etxt}")
            b.emails[p.email.lower()] = est
        if net is not None and net.email and r.random() < 0.5:
            etxt, est = self._email_text(net.email, lang)
            b.lines.append(f"{r.choice(tx.MAIL[lang])} {etxt}")
            b.emails[net.email.lower()] = est
        if p.handle and r.random() < 0.5:
            b.lines.append(r.choice(tx.HANDLE_LABELS).format(p.handle))
        # prices and measurements written by the advertiser
        if r.random() < 0.45:
            b.lines.append(self._prices(p, site, lang, b))
        if r.random() < 0.15:
            m = r.choice(["90-60-90", "85-62-92", "95-65-95", "88-60-88"])
            b.lines.append(f"{m}, {r.randrange(155, 178)} cm / {r.randrange(48, 66)} kg")
            b.furniture.append(furn("measurement", m))
        if r.random() < 0.15:
            b.lines.append(r.choice(["🌹💋🌹", "xoxo", "💕💕", "Kisses", "😘", "❤❤❤"]))
        titles = {
            "no": ("Ny i {c}!", "{n} – deilig massasje", "Søt jente i {c}", "{n} {a} år", "Kun denne uken"),
            "sv": ("Ny i {c}!", "{n} – skön massage", "Söt tjej i {c}", "{n} {a} år", "Bara denna vecka"),
            "da": ("Ny i {c}!", "{n} – dejlig massage", "Sød pige i {c}", "{n} {a} år", "Kun denne uge"),
            "en": ("New in {c}!", "{n} – sensual massage", "Sweet girl in {c}", "{n} {a}yo", "This week only"),
        }
        b.title = r.choice(titles[lang]).format(c=where if len(where) < 20 else r.choice(cw[1]), n=name, a=age)
        return b, city, lang

    def _prices(self, p: Person, site: str, lang: str, b: Built) -> str:
        r = self.rng
        base = p.price + r.choice([-200, 0, 0, 0, 300, 500])
        cur = {"nattsommerfugl": "kr", "rodalyktan": "kr", "kaerestetid": "kr.", "nordicangels": "€"}.get(site, "kr")
        if cur == "€":
            base = base // 10
        c = r.random()
        if c < 0.3:
            s = f"{base // 2}/{base}/{base * 2}" + (" kr" if cur != "€" else "€")
        elif c < 0.55:
            s = f"30 min {base // 2 + 100} | 1t {base} | 2t {int(base * 1.8)}"
        elif c < 0.75:
            s = r.choice(
                [
                    f"{base:,}".replace(",", " ") + " " + cur,
                    f"{base},-",
                    f"{base}.-",
                    f"NOK {base}",
                    f"{base} SEK/h",
                    f"€ {base}",
                ]
            )
        else:
            s = f"1h {base} 2h {int(base * 1.7)} night {base * 5}"
        b.furniture.append(furn("price", s))
        return s

    # ---------------------------------------------------------------- dates
    def _date_short(self, d: dt.datetime, lang: str) -> str:
        return {
            "no": f"{d.day}.{d.month}",
            "sv": f"{d.day}/{d.month}",
            "da": f"{d.day}/{d.month}",
            "en": f"{d.day}/{d.month}",
        }[lang]

    def _date(self, d: dt.datetime, lang: str, with_time: bool = True) -> str:
        r = self.rng
        t = f" kl. {d.hour:02d}:{d.minute:02d}" if with_time and r.random() < 0.7 else ""
        if lang == "no":
            return (
                r.choice(
                    [
                        f"{d.day:02d}.{d.month:02d}.{d.year}",
                        f"{d.day}. {MONTHS['no'][d.month - 1]} {d.year}",
                        f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
                    ]
                )
                + t
            )
        if lang == "sv":
            return r.choice(
                [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day} {MONTHS['sv'][d.month - 1]} {d.year}"]
            ) + (f" {d.hour:02d}:{d.minute:02d}" if t else "")
        if lang == "da":
            return r.choice(
                [
                    f"{d.day:02d}-{d.month:02d}-{d.year}",
                    f"{d.day}. {MONTHS['da'][d.month - 1]} {d.year}",
                    f"{d.day}/{d.month}-{d.year}",
                ]
            ) + (f" kl. {d.hour:02d}.{d.minute:02d}" if t else "")
        return r.choice(
            [
                f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
            ]
        ) + (f" {d.hour:02d}:{d.minute:02d}" if t else "")

    def _new_id(self, site: str) -> int:
        s = self.sites[site]
        s["next_id"] += self.rng.randrange(1, 40)
        return int(s["next_id"])

    # ---------------------------------------------------------------- the sites' pages
    def _page(
        self, site: str, p: Person, b: Built, city: str, lang: str, when: dt.datetime, day: int
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        r = self.rng
        S = self.sites[site]
        v2 = day >= S["redesign"]
        adid = self._new_id(site)
        F: list[dict[str, Any]] = list(b.furniture)
        head: list[str] = []
        foot: list[str] = []
        body_lines = list(b.lines)
        cw = tx.CITIES[city]
        city_field: str | None = r.choice(cw[1][:2])
        slug_name = re.sub(r"[^a-z0-9]+", "-", b.title.lower()).strip("-")[:40] or "annonse"
        sup_e164, sup_w = S["support"][0]
        if site == "nattsommerfugl":
            if not v2:
                url = f"https://www.nattsommerfugl.no/annonse/{adid}?kat={r.choice(['massasje', 'escort', 'treff'])}&side={r.randrange(1, 30)}"
                head.append(f"Annonse {adid} · Oppdatert {self._date(when, 'no')}")
                F += [furn("ad_id", str(adid)), furn("date", head[-1].split("Oppdatert ")[1])]
                if r.random() < 0.6:
                    attrs = [
                        f"Alder: {p.age}",
                        f"Område: {r.choice(cw[2]) if cw[2] and r.random() < 0.5 else city_field}",
                        f"Pris fra: {p.price:,}".replace(",", " ") + ",-",
                    ]
                    head.append(" | ".join(attrs))
                    F.append(furn("price", str(p.price)))
                views = r.randrange(40, 40000)
                foot.append(f"Sett {views:,} ganger · Favoritt {r.randrange(0, 80)}".replace(",", " "))
                F.append(furn("counter", str(views)))
                if r.random() < 0.5:
                    foot.append(f"Rapporter annonse: kundeservice {sup_w} / hjelp@nattsommerfugl.no")
                    F += [furn("support_phone", sup_w, sup_e164), furn("support_email", "hjelp@nattsommerfugl.no")]
            else:
                code = f"NS-{r.randrange(1000, 9999)}-{when.year}"
                url = f"https://nattsommerfugl.no/a/{slug_name}-{adid}"
                head.append(f"Annonsekode {code}")
                head.append(f"Publisert {self._date(when, 'no', False)}")
                F += [furn("ref_code", code), furn("ad_id", str(adid)), furn("date", head[-1].split("Publisert ")[1])]
                member = r.randrange(100000, 999999)
                foot.append(
                    f"Medlem siden {MONTHS['no'][r.randrange(12)]} {r.randrange(2016, 2026)} (#{member}) · Visninger {r.randrange(30, 99999)}"
                )
                F += [
                    furn("member_no", str(member)),
                    furn("counter", foot[-1].split("Visninger ")[1]),
                    furn("date", foot[-1].split("siden ")[1].split(" (")[0]),
                ]
                if r.random() < 0.4:
                    foot.append(
                        f"Trenger du hjelp? Ring {S['support'][1][1]} (hverdager 09-15) eller skriv til post@nattsommerfugl.no"
                    )
                    F += [
                        furn("support_phone", S["support"][1][1], S["support"][1][0]),
                        furn("support_email", "post@nattsommerfugl.no"),
                        furn("hours", "09-15"),
                    ]
                if r.random() < 0.3:
                    city_field = r.choice(tx.REGION[city])
                    body_lines.insert(0, r.choice(cw[1]) if r.random() < 0.8 else where_hint(cw, r, lang))
        elif site == "rodalyktan":
            pid = self._profile_id(p, site)
            if not v2:
                url = f"https://rodalyktan.se/profil/{pid}/{slug_name}"
            else:
                url = f"https://www.rodalyktan.se/p/{pid}?a={adid}&src=lista"
            F += [furn("member_no", str(pid)), furn("ad_id", str(adid))]
            attrs = [
                f"Ålder: {p.age + (1 if day > 120 and r.random() < 0.3 else 0)}",
                f"Längd: {r.randrange(152, 180)} cm",
                f"Vikt: {r.randrange(47, 70)} kg",
                f"Nationalitet: {tx.NATIONALITY[p.nat][1].capitalize()}",
                f"Språk: {r.choice(['Engelska', 'Svenska, Engelska', 'Engelska, Rumänska', 'Thai, Engelska', 'Spanska'])}",
                f"Stad: {city_field if r.random() < 0.7 else (r.choice(cw[2]) if cw[2] else city_field)}",
            ]
            r.shuffle(attrs)
            hrs = r.choice(["10:00-02:00", "12-24", "Dygnet runt", "18:00-06:00", "11.00–23.00"])
            attrs.append(f"Tillgänglig: {hrs}")
            F.append(furn("hours", hrs))
            if r.random() < 0.5:
                pr = f"1h {p.price} kr / 2h {int(p.price * 1.8)} kr / natt {p.price * 5} kr"
                attrs.append(f"Pris: {pr}")
                F.append(furn("price", pr))
            # the contact field: the first shown phone goes to the attribute line when the site shows it
            head += attrs
            if not v2:
                head.insert(0, f"Profil-ID {pid}")
            else:
                seen = r.randrange(10, 20000)
                rate = f"{r.randrange(30, 50) / 10:.1f}".replace(".", ",")
                seen_txt = f"{seen:,}".replace(",", " ")
                head.insert(
                    0,
                    f"Senast aktiv {self._date(when, 'sv')} · Visningar {seen_txt} · Betyg {rate} ({r.randrange(1, 90)})",
                )
                F += [furn("counter", str(seen)), furn("date", self._date(when, "sv")), furn("rating", rate)]
            if r.random() < 0.7:  # a profile page: attributes, little text
                body_lines = [ln for ln in body_lines if ln not in b.soft]
            if r.random() < 0.35:
                sw = "123" + "".join(str(r.randrange(10)) for _ in range(7))
                sw_txt = f"{sw[:3]} {sw[3:6]} {sw[6:8]} {sw[8:]}"
                foot.append(f"Boosta din profil – Swish {sw_txt} · kundtjänst {sup_w}")
                F += [furn("payment", sw_txt), furn("support_phone", sup_w, sup_e164)]
            if r.random() < 0.3:
                foot.append(
                    f"Rödalyktan AB, org.nr {S['org'][:6]}-{S['org'][6:]}, Box {r.randrange(100, 9999)}, 111 {r.randrange(10, 99)} Stockholm"
                )
                F += [furn("org_no", S["org"]), furn("postal_code", foot[-1].split("Box ")[1])]
        elif site == "kaerestetid":
            net = p.net
            annonce = f"{when.year}-{r.randrange(10000, 99999)}"
            url = (
                f"https://kaerestetid.dk/annonce/{annonce}/{slug_name}"
                if not v2
                else f"https://www.kaerestetid.dk/{re.sub(r'[^a-z]', '', city.lower().translate(str.maketrans('øæå', 'oea')))}/{adid}.html"
            )
            head.append(f"Annonce nr. {annonce if not v2 else adid} · Oprettet {self._date(when, 'da')}")
            F += [furn("ad_id", annonce), furn("ad_id", str(adid)), furn("date", head[-1].split("Oprettet ")[1])]
            if net is not None and net.kind == "clinic":
                head.append(f"{net.name} · {net.address}")
                F.append(furn("postal_code", net.address))
                head.append(f"Åbningstider: {net.hours}")
                F.append(furn("hours", net.hours))
                if r.random() < 0.5:
                    cvr = "".join(str(r.randrange(10)) for _ in range(8))
                    foot.append(f"CVR {cvr}")
                    F.append(furn("org_no", cvr))
                if r.random() < 0.4:
                    box = str(r.randrange(10000, 99999))
                    foot.append(f"Betal med MobilePay {box}")
                    F.append(furn("payment", box))
                if r.random() < 0.3:
                    b.title = net.name + " – " + r.choice(["ny massøse", "ny pige", "åbent i dag"])
            elif r.random() < 0.4:
                street = r.choice(tx.STREETS["DK"]) + " " + str(r.randrange(2, 120))
                pc = r.choice(tx.POSTAL[city]) if city in tx.POSTAL else "1650"
                head.append(f"Adresse: {street}, {pc} {city_field}")
                F.append(furn("postal_code", f"{street}, {pc}"))
            views = r.randrange(20, 30000)
            foot.append(f"Vist {views:,} gange".replace(",", "."))
            F.append(furn("counter", str(views)))
            if r.random() < 0.4:
                foot.append(f"Kundeservice: {sup_w} · support@kaerestetid.dk")
                F += [furn("support_phone", sup_w, sup_e164), furn("support_email", "support@kaerestetid.dk")]
            if v2 and r.random() < 0.4:
                city_field = r.choice(cw[2]) if cw[2] else city_field
        elif site == "nordicangels":
            pid = self._profile_id(p, site)
            nm = re.sub(r"[^a-z]+", "-", p.names.get(site, p.name).lower()).strip("-")
            cslug = re.sub(r"[^a-z]", "", city.lower().translate(str.maketrans("øæåöä", "oeaoa")))
            if not v2:
                url = f"https://nordicangels.no/escort/{cslug}/{nm}-{pid}"
                head.append(f"Escort ID: NA{pid}")
            else:
                url = f"https://www.nordic-angels.eu/profile.php?id={pid}&city={cslug}&ref={r.choice(['no', 'se', 'dk', 'home'])}"
                head.append(f"Profile #{pid} · Last seen {self._date(when, 'en')}")
                F.append(furn("date", self._date(when, "en")))
            F.append(furn("member_no", str(pid)))
            rates = f"30 min €{p.price // 20} / 1 hour €{p.price // 10} / overnight €{p.price // 2}"
            head.append(f"Rates: {rates}")
            F.append(furn("price", rates))
            head.append(r.choice(["Incall / Outcall", "Incall only", "Outcall: hotels only"]))
            if r.random() < 0.4:
                vd = self._date(when - dt.timedelta(days=r.randrange(5, 200)), "en", False)
                head.append(f"Verified ✓ (photo check {vd})")
                F.append(furn("date", vd))
            if r.random() < 0.3:
                rank = r.randrange(1, 300)
                head.append(f"Rank #{rank} in {city_field}")
            if r.random() < 0.5:
                foot.append(
                    f"Site support (WhatsApp only): {sup_w}"
                    + (" · abuse@nordic-angels.eu" if v2 else " · support@nordicangels.no")
                )
                F += [
                    furn("support_phone", sup_w, sup_e164),
                    furn("support_email", "abuse@nordic-angels.eu" if v2 else "support@nordicangels.no"),
                ]
            if r.random() < 0.3:
                foot.append(f"Ad {adid} · {r.randrange(10, 9999)} views this week")
                F.append(furn("ad_id", str(adid)))
            if r.random() < 0.25:
                city_field = None
        else:
            raise ValueError(site)
        if b.slug:
            url = url.split("?")[0].rstrip("/") + f"-{b.slug}" + ("" if "?" not in url else "?" + url.split("?", 1)[1])
        body = "\n".join(head + [""] + body_lines + (["", *foot] if foot else []))
        images = self._images(p, site, r)
        ad = {
            "id": str(adid) if site != "rodalyktan" else f"{self._profile_id(p, site)}-{adid}",
            "site": site,
            "url": url,
            "posted_at": when.isoformat(),
            "title": b.title,
            "body": body,
            "city": city_field,
            "images": images,
        }
        self.parts[(ad["site"], ad["id"])] = (head, body_lines, foot, b.soft)
        return ad, F

    def _profile_id(self, p: Person, site: str) -> int:
        return int(p.pid[1:]) * 37 + {"rodalyktan": 50311, "nordicangels": 2041}.get(site, 0)

    def _images(self, p: Person, site: str, r: random.Random) -> list[str]:
        k = r.randrange(0, min(4, len(p.photos)) + 1)
        pics = r.sample(p.photos, k)
        if site == "nattsommerfugl":
            return [f"https://img.nattsommerfugl.no/{x[:2]}/{x}.jpg" for x in pics]
        if site == "rodalyktan":
            return [f"https://cdn.rodalyktan.se/profil/{r.getrandbits(40):010x}.jpg" for _ in pics]
        if site == "kaerestetid":
            return [f"https://kaerestetid.dk/billeder/{x}_{r.choice(['s', 'm', 'l'])}.jpeg" for x in pics]
        return [f"https://media.nordic-angels.eu/{x}.webp" for x in pics]

    # ---------------------------------------------------------------- the forum
    def _forum(
        self, p: Person, src_truth: dict[str, Any] | None, src_ad: dict[str, Any] | None, when: dt.datetime, day: int
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        r = self.rng
        S = self.sites["punterboard"]
        city, _ = p.city_at(day)
        if p.net is not None and p.net.kind == "clinic":
            city = p.net.city
        country = tx.CITIES[city][0]
        lang = {"NO": "no", "SE": "sv", "DK": "da"}[country] if r.random() < 0.7 else "en"
        v2 = day >= S["redesign"]
        thread = r.randrange(20000, 99000)
        post = self._new_id("punterboard")
        user = r.choice(
            [
                "Viking",
                "Nordmann",
                "Stig",
                "Fjellgutt",
                "Svensson",
                "Dansken",
                "Gentleman",
                "Ola",
                "Kalle",
                "Basse",
                "Punter",
                "Traveller",
            ]
        ) + str(r.randrange(1, 999))
        member = r.randrange(1000, 90000)
        posts_n = r.randrange(1, 4000)
        F: list[dict[str, Any]] = []
        lines: list[str] = []
        name = p.names.get(p.sites[0], p.name)
        cw = tx.CITIES[city]
        where = r.choice(cw[2] + cw[3]) if (cw[2] or cw[3]) and r.random() < 0.5 else r.choice(cw[1])
        title = f"[{r.choice(cw[1])}] {name} – {r.choice(['review', 'erfaring', 'erfarenhet', 'anmeldelse', 'FR', 'warning'])}"
        if r.random() < 0.3:
            title = f"{name} ({tx.NATIONALITY[p.nat][3]}) {where}"
        if v2:
            lines.append(f"#{post} · {user} · Member {member} · Posts: {posts_n:,} · Rep {r.randrange(-5, 400)}")
        else:
            lines.append(f"Innlegg av {user} » {self._date(when, lang)}")
            lines.append(
                f"Medlem nr: {member} | Innlegg: {posts_n} | Reg. {MONTHS['no'][r.randrange(12)]} {r.randrange(2012, 2026)}"
            )
            F.append(furn("date", lines[-2].split("» ")[1]))
        F += [
            furn("member_no", str(member)),
            furn("counter", str(posts_n)),
            furn("ad_id", str(post)),
            furn("thread", str(thread)),
        ]
        phones: dict[str, str] = {}
        own: set[str] = set()
        emails: dict[str, str] = {}
        intro = {
            "no": (
                "Besøkte {n} i går på {w}.",
                "Var hos {n} forrige uke, {w}.",
                "Noen som har prøvd {n}? Hun er i {w} nå.",
            ),
            "sv": (
                "Besökte {n} igår vid {w}.",
                "Var hos {n} förra veckan, {w}.",
                "Någon som testat {n}? Hon är i {w} nu.",
            ),
            "da": (
                "Besøgte {n} i går på {w}.",
                "Var hos {n} sidste uge, {w}.",
                "Nogen der har prøvet {n}? Hun er i {w} nu.",
            ),
            "en": (
                "Visited {n} yesterday near {w}.",
                "Saw {n} last week in {w}.",
                "Anyone tried {n}? She is in {w} now.",
            ),
        }
        lines.append(r.choice(intro[lang]).format(n=name, w=where))
        if src_truth is not None and src_ad is not None and r.random() < 0.7:
            # quote the ad (its advertiser's lines, not the site's furniture)
            _, adv_lines, _, soft = self.parts[(src_ad["site"], src_ad["id"])]
            keep = [q for ln in adv_lines if ln not in soft or r.random() < 0.3 for q in ln.split("\n")]
            lines.append(
                r.choice(["Sitat fra annonsen:", "Citat ur annonsen:", "Citat fra annoncen:", "Quote from her ad:"])
                + f" ({src_ad['site']} {src_ad['url']})"
            )
            lines += ["> " + ln for ln in keep]
            phones.update(src_truth["phone_styles"])
            own |= set(src_truth["own_phones"])
            emails.update(src_truth["email_styles"])
            F += [x for x in src_truth["furniture"] if x["kind"] != "support_email" or x["text"] in src_ad["body"]]
            F.append(furn("ad_id", str(src_ad["id"])))
        elif r.random() < 0.5:
            own_p, _ = p.phone_at(day)
            if p.net is None or p.net.kind == "clinic":
                use = own_p if p.net is None else p.net.lines[0]
                txt, st = ph.plain(r, use)
                lines.append(
                    r.choice(
                        ["Nummer: {}", "Hennes nr: {}", "Tlf {}", "Her number: {}", "nr {} (fra annonsen)"]
                    ).format(txt)
                )
                phones[use.e164] = "forum_" + st
                if p.net is None:
                    own.add(use.e164)
        else:
            lines.append(r.choice(["Nummer i PM.", "Send PM for nr", "Kontakt via annonsen hennes", "Number in PM"]))
        # the review
        price = r.choice([1000, 1200, 1500, 2000, 2500, 3000])
        rv = {
            "no": f"Betalte {price} for {r.choice(['30 min', '1 time', 'en time'])}. Utseende {r.randrange(4, 11)}/10, service {r.randrange(4, 11)}/10.",
            "sv": f"Betalade {price} kr för {r.choice(['30 min', '1 timme', 'en timme'])}. Utseende {r.randrange(4, 11)}/10, service {r.randrange(4, 11)}/10.",
            "da": f"Betalte {price} kr. for {r.choice(['30 min', '1 time', 'en time'])}. Udseende {r.randrange(4, 11)}/10, service {r.randrange(4, 11)}/10.",
            "en": f"Paid {price} for {r.choice(['30 min', '1 hour', 'an hour'])}. Looks {r.randrange(4, 11)}/10, service {r.randrange(4, 11)}/10.",
        }[lang]
        lines.append(rv)
        F.append(furn("price", str(price)))
        if r.random() < 0.35:
            hotel = r.choice(tx.HOTELS[country])
            room = r.randrange(101, 999)
            he, hw = ph.landline(r, country, self.taken)
            lines.append(
                r.choice(
                    [
                        f"Hun bor på {hotel}, rom {room}. Ring resepsjonen {hw} og spør etter henne.",
                        f"Hon bor på {hotel}, rum {room}, reception {hw}.",
                        f"She stays at {hotel} room {room} (reception {hw}).",
                        f"Hun bor på {hotel}, værelse {room}. Receptionen: {hw}",
                    ]
                )
            )
            F += [furn("hotel_room", str(room)), furn("hotel_phone", hw, he)]
        if r.random() < 0.3:
            lines.append(f"Edited {self._date(when + dt.timedelta(hours=r.randrange(1, 40)), 'en')} by {user}")
            F.append(furn("date", lines[-1].split("Edited ")[1].split(" by")[0]))
        if r.random() < 0.2:
            lines.append(f"-- Admin: kontakt admin@punterboard.net eller {S['support'][0][1]} ved spørsmål")
            F += [
                furn("support_email", "admin@punterboard.net"),
                furn("support_phone", S["support"][0][1], S["support"][0][0]),
            ]
        url = (
            f"https://punterboard.net/showthread.php?t={thread}&p={post}#post{post}"
            if not v2
            else f"https://punterboard.net/forum/{thread}-{re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')[:30]}/post-{post}"
        )
        ad = {
            "id": str(post),
            "site": "punterboard",
            "url": url,
            "posted_at": when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": None,
            "images": [],
        }
        truth = self._truth(ad, p, city, phones, own, emails, F)
        return ad, truth

    # ---------------------------------------------------------------- the aggregator
    def _repost(
        self, src_ad: dict[str, Any], src_truth: dict[str, Any], p: Person, when: dt.datetime, day: int
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        r = self.rng
        S = self.sites["annonsradar"]
        v2 = day >= S["redesign"]
        rid = self._new_id("annonsradar")
        F: list[dict[str, Any]] = [furn("ad_id", str(rid))]
        s_head, s_body, s_foot, s_soft = self.parts[(src_ad["site"], src_ad["id"])]
        phones = dict(src_truth["phone_styles"])
        own = set(src_truth["own_phones"])
        emails = dict(src_truth["email_styles"])
        # the aggregator drops the source's footer (counters, support lines) but keeps its header
        src_f = [x for x in src_truth["furniture"]]
        keep = s_head + [""] + [ln for ln in s_body if ln not in s_soft or r.random() < 0.6]
        if r.random() < 0.4:
            keep += ["", *s_foot]
        body_txt = "\n".join(keep)
        src_f = [x for x in src_f if x["text"] in body_txt or (x["digits"] and x["digits"] in _digits(body_txt))]
        # edits: emoji stripped, text shortened
        if r.random() < 0.3:
            body_txt = re.sub(r"[\U0001F300-\U0001FAFF\u2764]", "", body_txt)
        normalised = False
        if phones and r.random() < 0.25:
            normalised = True
        head = []
        if not v2:
            head.append(f"Importert fra {src_ad['site']} (ID {src_ad['id']}) · hentet {self._date(when, 'no')}")
            F.append(furn("date", head[-1].split("hentet ")[1]))
        else:
            head.append(f"Source: {src_ad['url']} · Radar-ID AR{rid} · indexed {when:%Y-%m-%d %H:%M}")
            F.append(furn("date", f"{when:%Y-%m-%d %H:%M}"))
        F.append(furn("source_id", str(src_ad["id"])))
        foot = []
        if normalised:
            tel = []
            for e164 in list(phones):
                tel.append(e164 if r.random() < 0.5 else e164[:3] + " " + e164[3:])
                phones[e164] = "aggregator_field"
            foot.append("Tel: " + ", ".join(tel))
        if r.random() < 0.5:
            foot.append(f"Fjern annonse? remove@annonsradar.com · {S['support'][0][1]}")
            F += [
                furn("support_email", "remove@annonsradar.com"),
                furn("support_phone", S["support"][0][1], S["support"][0][0]),
            ]
        if r.random() < 0.4:
            clicks = r.randrange(10, 50000)
            foot.append(f"{clicks} klikk")
            F.append(furn("counter", str(clicks)))
        kept_text = body_txt + "\n" + "\n".join(foot)
        url = f"https://annonsradar.com/{'a' if not v2 else 'listing'}/{rid}" + (
            f"?src={src_ad['site']}&sid={src_ad['id']}" if r.random() < 0.5 else ""
        )
        slug_styles = [e for e, s in phones.items() if s == "url_slug"]
        if slug_styles and src_ad["url"] not in "\n".join(head):  # the number lived in the source's URL
            head.append(f"Original: {src_ad['url']}")
        title = src_ad["title"] if r.random() < 0.7 else src_ad["title"].upper()
        ad = {
            "id": f"AR{rid}",
            "site": "annonsradar",
            "url": url,
            "posted_at": when.isoformat(),
            "title": title,
            "body": "\n".join([*head, "", kept_text]),
            "city": src_ad["city"] if r.random() < 0.8 else None,
            "images": list(src_ad["images"])[: r.randrange(0, 4)],
        }
        truth = self._truth(ad, p, src_truth["city"], phones, own, emails, F + src_f)
        return ad, truth

    # ---------------------------------------------------------------- truth
    def _truth(
        self,
        ad: dict[str, Any],
        p: Person,
        city: str,
        phones: dict[str, str],
        own: set[str],
        emails: dict[str, str],
        F: list[dict[str, Any]],
    ) -> dict[str, Any]:
        return {
            "site": ad["site"],
            "id": ad["id"],
            "url": ad["url"],
            "city": city,
            "person_id": p.pid,
            "network_id": p.net.nid if p.net is not None else f"solo-{p.pid}",
            "phones": sorted(phones),
            "own_phones": sorted(own & set(phones)),
            "phone_styles": dict(sorted(phones.items())),
            "emails": sorted(emails),
            "email_styles": dict(sorted(emails.items())),
            "furniture": F,
            "minor": p.age < 18,
        }

    # ---------------------------------------------------------------- all ads
    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        r = self.rng
        n_forum = int(self.n_ads * 0.11)
        n_agg = int(self.n_ads * 0.17)
        n_main = self.n_ads - n_forum - n_agg
        weights = [p.weight for p in self.persons]
        main: list[tuple[dict[str, Any], dict[str, Any], Person, int]] = []
        for _ in range(n_main):
            p = r.choices(self.persons, weights=weights)[0]
            day = r.randrange(p.start, p.end)
            here = HOME_SITE[tx.CITIES[p.city_at(day)[0]][0]]
            cands = [s for s in p.sites if s in ("nordicangels", here)] or [here]
            site = r.choice(cands) if r.random() < 0.5 else cands[0]
            when = START + dt.timedelta(days=day, minutes=r.randrange(0, 1440))
            b, city, lang = self._write(p, site, day)
            ad, F = self._page(site, p, b, city, lang or "en", when, day)
            truth = self._truth(ad, p, city, b.phones, b.own, b.emails, F)
            main.append((ad, truth, p, day))
        pairs: list[tuple[dict[str, Any], dict[str, Any]]] = [(a, t) for a, t, _, _ in main]
        by_person: dict[str, list[int]] = {}
        for i, (_, _, p, _) in enumerate(main):
            by_person.setdefault(p.pid, []).append(i)
        for _ in range(n_forum):
            i = r.randrange(len(main))
            src_ad, src_truth, p, day = main[i]
            day2 = min(DAYS - 1, day + r.randrange(0, 10))
            when = START + dt.timedelta(days=day2, minutes=r.randrange(0, 1440))
            if r.random() < 0.75:
                pairs.append(self._forum(p, src_truth, src_ad, when, day2))
            else:
                pairs.append(self._forum(p, None, None, when, day2))
        for _ in range(n_agg):
            i = r.randrange(len(main))
            src_ad, src_truth, p, day = main[i]
            day2 = min(DAYS - 1, day + r.randrange(0, 5))
            when = START + dt.timedelta(days=day2, minutes=r.randrange(0, 1440))
            pairs.append(self._repost(src_ad, src_truth, p, when, day2))
        pairs.sort(key=lambda at: (at[0]["posted_at"], at[0]["site"], at[0]["id"]))
        seen: set[tuple[str, str]] = set()
        out = []
        for a, t in pairs:
            key = (a["site"], a["id"])
            if key in seen:
                continue
            seen.add(key)
            out.append((a, t))
        return out


def where_hint(cw: tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], r: random.Random, lang: str) -> str:
    if cw[3]:
        return tx.NEAR[lang].format(r.choice(cw[3]))
    return r.choice(cw[1])
