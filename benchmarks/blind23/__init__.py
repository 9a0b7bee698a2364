"""blind23: a twenty-third evaluation corpus written blind (issue 14) — six ordinary Nordic ad sites of kinds no
earlier blind corpus had: a Swedish massage-parlour directory (massagekartan), a Norwegian sponsor ("sugar dating")
site (sponsorhjertet), a Danish escort forum's ad board (pigeboardet), a trans escort site in English
(pridecompany), an English touring calendar for the Nordic cities (nordictour) and a Norwegian general classifieds
site's "personal services" section (markedsplassen). Each site redesigns once in the period, most moving abroad; each
prints its own ad ids (in the URL and on the page), dates, counters, prices, profile facts, opening hours and its own
support line and address. Women repost their ads over four months, tour, change numbers, some on a home-country SIM;
hidden pimps, agencies and clinics print their lines on their women's ads; a few minors; a few ads without contact.
Deterministic from --seed and --ads."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind23 import _data as D
from benchmarks.corpus_files import DIGIT_WORDS
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SITES = ("massagekartan", "sponsorhjertet", "pigeboardet", "pridecompany", "nordictour", "markedsplassen")
KIND = {
    "massagekartan": "massage directory",
    "sponsorhjertet": "sponsor dating site",
    "pigeboardet": "escort forum ad board",
    "pridecompany": "trans escort site",
    "nordictour": "touring calendar",
    "markedsplassen": "classifieds personal services",
}
PLAIN = frozenset({"national", "international", "compact", "intl_00", "dashed"})
LINKED = frozenset({"wa_me", "tel_link", "sms_link", "telegram"})
DISGUISED = frozenset({"spaced", "dotted", "keycaps", "fullwidth"})
HIDDEN = frozenset({"spelled", "letters", "mixed"})
EMAIL_STYLES = frozenset({"plain", "mailto", "capitalised", "spaced_at", "word_at", "bracket_at", "paren_at"})
EMAIL_EXACT = frozenset({"plain", "mailto", "capitalised"})

START = datetime(2026, 1, 12)
DAYS = 118
NORDIC = ("NO", "SE", "DK")
SITE_LANG = {"massagekartan": "sv", "sponsorhjertet": "no", "pigeboardet": "da", "pridecompany": "en",
             "nordictour": "en", "markedsplassen": "no"}  # fmt: skip
CURRENCY = {"NO": "kr", "SE": "kr", "DK": "kr."}
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n|\"")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


def fur(kind: str, printed: str) -> dict[str, Any]:
    """A piece of a site's furniture: its kind and the digits it prints."""
    return {"kind": kind, "digits": _digits(printed)}


# ---------------------------------------------------------------- numbers


class Numbers:
    """Valid numbers of a region, never handed out twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def draw(self, region: str, kind: PhoneNumberType = PhoneNumberType.MOBILE) -> str:
        rng = self.rng
        ex = phonenumbers.example_number_for_type(region, kind)
        assert ex is not None, region
        sample = phonenumbers.national_significant_number(ex)
        prefixes = {
            ("NO", PhoneNumberType.MOBILE): ["4", "9"],
            ("SE", PhoneNumberType.MOBILE): ["70", "72", "73", "76"],
            ("DK", PhoneNumberType.MOBILE): [
                *["2", "3", "4", "5", "6", "7", "8", "9"][:4],
                "30",
                "31",
                "40",
                "42",
                "50",
                "60",
                "61",
                "71",
                "81",
                "91",
                "93",
            ],
        }.get((region, kind), [sample[:2]])
        for _ in range(500):
            pre = rng.choice(prefixes)
            body = pre + "".join(rng.choice("0123456789") for _ in range(len(sample) - len(pre)))
            try:
                num = phonenumbers.parse("+" + str(ex.country_code) + body)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
                continue
            if phonenumbers.number_type(num) not in (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                continue
            e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
            if e164 in self.used or len(set(body[len(pre) :])) < 3:
                continue
            self.used.add(e164)
            return e164
        raise RuntimeError(region)


def _nsn(e164: str) -> str:
    return phonenumbers.national_significant_number(phonenumbers.parse(e164))


def _cc(e164: str) -> str:
    return str(phonenumbers.parse(e164).country_code)


def _region(e164: str) -> str:
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or ""


def _national(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164), PhoneNumberFormat.NATIONAL)


def _intl(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164), PhoneNumberFormat.INTERNATIONAL)


def _trunk_digits(e164: str) -> str:
    """The digits a local writer dials: the national format's digits (with the trunk 0 where a country has one)."""
    return _digits(_national(e164))


_LETTERS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def write_phone(rng: random.Random, e164: str, style: str, lang: str, abroad: bool) -> str:
    """A number as a writer prints it in one style; a number of another country than the ad's city always carries
    its country code (unless hidden)."""
    cc, nsn = _cc(e164), _nsn(e164)
    local = _trunk_digits(e164)
    full = cc + nsn
    if style == "national":
        return _intl(e164) if abroad else _national(e164)
    if style == "international":
        return _intl(e164)
    if style == "compact":
        return "+" + full if abroad else local
    if style == "intl_00":
        return f"00{cc} {nsn}"
    if style == "dashed":
        return (_intl(e164) if abroad else _national(e164)).replace(" ", "-").replace("+" + cc + "-", "+" + cc + " ")
    if style == "wa_me":
        return f"https://wa.me/{full}"
    if style == "tel_link":
        return f"tel:+{full}"
    if style == "sms_link":
        return f"sms:+{full}"
    if style == "telegram":
        return f"https://t.me/+{full}"
    shown = "+" + full if abroad else local
    if style == "spaced":
        return " ".join(shown)
    if style == "dotted":
        head, rest = ("+" + cc + ".", nsn) if abroad else ("", local)
        return head + ".".join(rest[i : i + 2] for i in range(0, len(rest), 2))
    if style == "keycaps":
        return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in shown)
    if style == "fullwidth":
        return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in shown)
    words = DIGIT_WORDS[lang]
    if style == "spelled":
        plus = {"sv": "plus", "no": "pluss", "da": "plus", "en": "plus"}[lang]
        return (plus + " " if abroad else "") + " ".join(words[int(c)] for c in shown if c.isdigit())
    if style == "letters":
        return "".join(_LETTERS.get(c, c) for c in shown)
    if style == "mixed":
        ds = [c for c in shown if c.isdigit()]
        return ("+" if abroad else "") + " ".join(words[int(c)] if i % 2 else c for i, c in enumerate(ds))
    raise ValueError(style)


def _can_letter(e164: str, abroad: bool) -> bool:
    shown = _cc(e164) + _nsn(e164) if abroad else _trunk_digits(e164)
    return sum(c in _LETTERS for c in _nsn(e164)) >= 2 and any(c in _LETTERS for c in shown)


STYLE_WEIGHTS = [
    ("national", 30), ("international", 12), ("compact", 12), ("intl_00", 3), ("dashed", 5),
    ("wa_me", 7), ("tel_link", 4), ("sms_link", 2), ("telegram", 3),
    ("spaced", 4), ("dotted", 3), ("keycaps", 1), ("fullwidth", 1),
    ("spelled", 4), ("letters", 3), ("mixed", 2),
]  # fmt: skip
EMAIL_WEIGHTS = [("plain", 50), ("mailto", 10), ("capitalised", 8), ("spaced_at", 8), ("word_at", 12),
                 ("bracket_at", 7), ("paren_at", 5)]  # fmt: skip


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in pairs], [w for _, w in pairs])[0]


def write_email(rng: random.Random, addr: str, style: str, lang: str) -> str:
    local, domain = addr.split("@")
    at_words, dot_words = D.MAIL_WORDS[lang]
    if style == "plain":
        return addr
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "capitalised":
        return local[:1].upper() + local[1:] + "@" + domain[:1].upper() + domain[1:]
    if style == "spaced_at":
        return f"{local} @ {domain}"
    if style == "word_at":
        dot = rng.choice(dot_words)
        return f"{local} {rng.choice(at_words)} {domain.replace('.', f' {dot} ')}"
    if style == "bracket_at":
        return f"{local}[at]{domain.replace('.', '[dot]')}"
    if style == "paren_at":
        return f"{local} (at) {domain.replace('.', ' (dot) ')}"
    raise ValueError(style)


# ---------------------------------------------------------------- writers


class Registry:
    """Every sentence (and each part a reader splits it into) has one owner: a writer who draws another's draws
    again, so that no linker finds a network in the generator's phrase book."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def compose(self, rng: random.Random, owner: str, lang: str, kind: str, city: str = "") -> str | None:
        patterns = D.SENTENCES[lang][kind]
        a, b, c = D.SLOTS[lang][kind]
        for _ in range(60):
            s = rng.choice(patterns).format(
                a=rng.choice(a), b=rng.choice(b) if b else "", c=rng.choice(c) if c else "", city=city
            )
            s = s[0].upper() + s[1:]
            parts = [p.strip() for p in _SPLIT.split(s) if p.strip()]
            if all(self.owner.get(p, owner) == owner for p in parts):
                for p in parts:
                    self.owner[p] = owner
                return s
        return None


@dataclass
class Network:
    nid: str
    kind: str  # hidden, agency, clinic
    name: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    email: str | None = None
    lang: str = "en"
    members: list[Person] = field(default_factory=list)

    def line_at(self, day: int) -> str:
        return [e for d, e in self.lines if d <= day][-1]


@dataclass
class Person:
    pid: str
    gender: str  # f, ts (a trans woman)
    base_name: str
    names: dict[str, str]
    nationality: str
    lang: str
    age: int
    height: int
    weight: int
    bust: str
    home: str
    tours: list[str]
    sites: list[str]
    numbers: list[tuple[int, str]]
    email: str | None
    email_style: str
    habit: str
    network: Network | None
    minor: bool
    window: tuple[int, int]
    weight_ads: float
    bodies: dict[str, list[list[str]]] = field(default_factory=dict)
    stays: list[tuple[int, str]] = field(default_factory=list)

    def city_at(self, day: int) -> str:
        """Where she is on a day: her home city, or the tour stop she has reached (one city at a time)."""
        return [c for d, c in self.stays if d <= day][-1] if self.stays else self.home

    def number_at(self, day: int) -> tuple[str, str | None]:
        """Her number on a day, and the previous one while she announces a change (8 days)."""
        idx = max(i for i, (d, _) in enumerate(self.numbers) if d <= day)
        prev = self.numbers[idx - 1][1] if idx and day - self.numbers[idx][0] < 8 else None
        return self.numbers[idx][1], prev


def _schedule(rng: random.Random, home: str, tours: list[str], window: tuple[int, int]) -> list[tuple[int, str]]:
    """A woman's stays from the start of her window: a stretch at home, then a tour stop of a few days, and so on."""
    stays: list[tuple[int, str]] = []
    day, at_home = window[0], True
    while day <= window[1]:
        city = home if at_home or not tours else rng.choice(tours)
        stays.append((day, city))
        day += rng.randint(6, 20) if at_home else rng.randint(3, 9)
        at_home = not at_home
    return stays


def _pick_city(rng: random.Random, exclude: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    cities = [c for c in D.CITY_WEIGHT if c not in exclude]
    return rng.choices(cities, [D.CITY_WEIGHT[c] for c in cities])[0]


def _email_for(rng: random.Random, name: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z]", "", name.lower()) or "girl"
    while True:
        local = rng.choice(
            [
                base,
                f"{base}{rng.randint(1, 99)}",
                f"{base}.{rng.choice('abcdefghklmnprst')}",
                f"{base}_{rng.randint(85, 99)}",
                f"sweet{base}",
                f"{base}.escort",
                f"{base}{rng.randint(1985, 2004)}",
            ]
        )
        addr = f"{local}@{rng.choice(D.MAIL_DOMAINS)}"
        if addr not in used:
            used.add(addr)
            return addr


def _people(rng: random.Random, n_ads: int, numbers: Numbers) -> tuple[list[Person], list[Network]]:
    n_women = max(12, round(n_ads * 0.045))
    n_nets = max(4, round(n_ads / 200))
    used_mail: set[str] = set()
    nets: list[Network] = []
    for k in range(n_nets):
        kind = rng.choices(["hidden", "agency", "clinic"], [5, 3, 3])[0]
        country = rng.choice(NORDIC)
        net = Network(f"net-{k:02d}", kind, "", lang=rng.choice([D.LANG_OF_COUNTRY[country], "en"]))
        net.name = rng.choice(
            {
                "hidden": ["-"],
                "agency": [
                    "Nordic Angels",
                    "Velvet Models",
                    "Aurora Escorts",
                    "Silk Agency",
                    "Diamond Girls",
                    "Blue Orchid",
                    "Starlight VIP",
                    "Crystal Club",
                ],
                "clinic": [
                    "Thai Orchid Spa",
                    "Lotus Massage",
                    "Bamboo Relax",
                    "Siam Touch",
                    "Golden Palm Spa",
                    "Jasmine Thai",
                    "Rosa Wellness",
                    "Sakura Massage",
                ],
            }[kind]
        )
        if kind != "hidden":
            if any(n.name == net.name for n in nets):
                net.name += " " + ["City", "Nord", "Syd", "Vest", "Øst", "Centrum", "Plus", "Deluxe"][k % 8]
        region = country if kind != "hidden" or rng.random() < 0.6 else rng.choice(["RO", "PL", "LT", "BG", "TH"])
        n_lines = rng.choice([1, 1, 2, 3])
        days = sorted([0, *rng.sample(range(20, DAYS - 10), n_lines - 1)])
        net.lines = [(d, numbers.draw(region)) for d in days]
        if kind != "hidden" or rng.random() < 0.3:
            slug = re.sub(r"[^a-z]", "", net.name.lower()) or f"booking{k}"
            net.email = _email_for(rng, slug, used_mail)
        nets.append(net)
    persons: list[Person] = []
    net_slots = [n for n in nets for _ in range(rng.randint(2, 7))]
    rng.shuffle(net_slots)
    nat_keys = list(D.NAT_WEIGHT)
    minors = set(rng.sample(range(int(n_women * 0.87)), max(1, round(n_women * 0.03))))  # 3 % of the women
    for i in range(n_women):
        gender = "f" if i < n_women * 0.87 else "ts"
        net = net_slots.pop() if net_slots and gender == "f" and rng.random() < 0.45 else None
        if net and net.kind == "clinic":
            nat = rng.choice(["TH", "TH", "TH", "VN", "CN", "PH"])
        elif gender != "f":
            nat = rng.choice(["BR", "BR", "CO", "VE", "TH", "SE", "NO", "ES", "IT", "RO"])
        else:
            nat = (
                nat_keys[i % len(nat_keys)]
                if i % 4 == 0
                else rng.choices(nat_keys, [D.NAT_WEIGHT[k] for k in nat_keys])[0]
            )
        pool = D.FIRST_NAMES if gender == "f" else D.TS_NAMES
        base = rng.choice(pool)
        if gender == "f":
            sites = rng.sample(
                ["massagekartan", "sponsorhjertet", "pigeboardet", "nordictour", "markedsplassen"],
                rng.choice([1, 2, 2, 3]),
            )
            if net and net.kind == "clinic" and "massagekartan" not in sites:
                sites[0] = "massagekartan"
        else:
            sites = ["pridecompany"] + (["nordictour"] if rng.random() < 0.4 else [])
        names = {s: base if rng.random() < 0.6 else rng.choice(pool) for s in sites}
        home = _pick_city(rng)
        if net and rng.random() < 0.7:
            home = net.members[0].home if net.members else home
        tours = [_pick_city(rng, {home}) for _ in range(rng.choice([0, 1, 2, 3, 4]))]
        minor = i in minors
        n_num = rng.choice([1, 1, 2, 2, 3])
        days = sorted([0, *rng.sample(range(15, DAYS - 10), n_num - 1)])
        home_country = D.CITIES[home][0]
        own_region = (
            D.NATIONALITIES[nat][0] if (nat not in NORDIC and rng.random() < 0.4) or nat in NORDIC else home_country
        )
        nums = [
            (d, numbers.draw(own_region if j == 0 or rng.random() < 0.7 else home_country)) for j, d in enumerate(days)
        ]
        lang = D.LANG_OF_COUNTRY.get(nat, "en")
        email = _email_for(rng, base, used_mail) if rng.random() < 0.25 and not net else None
        start = rng.randint(0, DAYS - 40)
        persons.append(
            Person(
                pid=f"p{i:03d}",
                gender=gender,
                base_name=base,
                names=names,
                nationality=nat,
                lang=lang,
                age=rng.randint(18, 19) if minor else rng.randint(20, 45),
                height=rng.randint(152, 182),
                weight=rng.randint(45, 78),
                bust="-".join(
                    str(rng.choice(r)) for r in ((80, 85, 90, 95, 100), (58, 60, 62, 65, 70), (85, 88, 90, 95))
                ),
                home=home,
                tours=tours,
                sites=sites,
                numbers=nums,
                email=email,
                email_style=_weighted(rng, EMAIL_WEIGHTS),
                habit=_weighted(rng, STYLE_WEIGHTS),
                network=net,
                minor=minor,
                window=(start, rng.randint(start + 35, DAYS - 1)),
                weight_ads=(0.6 if minor else 1.0) * rng.lognormvariate(0, 0.6),
            )
        )
        me = persons[-1]
        me.stays = _schedule(rng, me.home, me.tours, me.window)
        if net and net.kind == "agency" and net.members and rng.random() < 0.4:
            mate = net.members[0]  # two women of an agency tour together: one trip, one window
            me.home, me.tours, me.window, me.stays = mate.home, mate.tours, mate.window, mate.stays
        if net:
            net.members.append(me)
    return persons, [n for n in nets if len(n.members) >= 2]


# ---------------------------------------------------------------- ads


@dataclass
class Spec:
    """One ad before its site renders it."""

    person: Person | None
    net: Network | None
    site: str
    day: int
    when: datetime
    city: str
    lang: str
    text: list[str]
    contacts: list[str]  # printed contact lines
    phones: dict[str, str]
    own: list[str]
    emails: dict[str, str]
    recruitment: bool = False


def _body_for(rng: random.Random, reg: Registry, p: Person, lang: str) -> list[str]:
    owner = p.network.nid if p.network else f"solo-{p.pid}"
    bodies = p.bodies.setdefault(lang, [])
    if len(bodies) < rng.choice([1, 2, 3]) or not bodies:
        kinds = ["intro", "offer", "manner"] + (["rule"] if rng.random() < 0.6 else []) + ["close"]
        body = [s for k in kinds if (s := reg.compose(rng, owner, lang, k))]
        if p.minor:
            cue = reg.compose(rng, owner, lang, "minor")
            if cue:
                body.insert(1, cue)
        bodies.append(body)
        return list(body)
    body = list(rng.choice(bodies))
    if len(body) > 3 and rng.random() < 0.3:  # a sentence dropped on a repost (never the minor's cue)
        drop = rng.randrange(2, len(body))
        body.pop(drop)
    return body


def _ad_lang(rng: random.Random, p: Person, site: str, city: str) -> str:
    """A Nordic woman writes her own language (or English); a foreign one English or, with help, the site's
    language (on an English site the language of the city's country, now and then)."""
    if p.lang != "en":
        return p.lang if rng.random() < 0.85 else "en"
    site_lang = SITE_LANG[site]
    if site_lang != "en":
        return site_lang if rng.random() < 0.55 else "en"
    return D.LANG_OF_COUNTRY[D.CITIES[city][0]] if rng.random() < 0.25 else "en"


def _specs(rng: random.Random, n_ads: int, persons: list[Person], nets: list[Network]) -> list[Spec]:
    reg = Registry()
    house: dict[tuple[str, str], list[str]] = {}
    n_recruit = max(2, round(n_ads * 0.012)) if nets else 0
    specs: list[Spec] = []
    weights = [p.weight_ads for p in persons]
    for k in range(n_ads):
        if k < n_recruit:
            net = nets[k % len(nets)]
            lang = net.lang if rng.random() < 0.6 else "en"
            day = rng.randrange(DAYS)
            text = [s for _ in range(2) if (s := reg.compose(rng, net.nid, lang, "recruit"))]
            line = net.line_at(day)
            city = net.members[0].home
            abroad = _region(line) != D.CITIES[city][0]
            style = rng.choice(["national", "international", "wa_me", "compact"])
            contacts = [f"{rng.choice(D.LINE_LABELS[lang])}: {write_phone(rng, line, style, lang, abroad)}"]
            emails: dict[str, str] = {}
            if net.email and rng.random() < 0.5:
                contacts.append(f"{D.MAIL_LABELS[lang]}: {net.email}")
                emails[net.email] = "plain"
            site = rng.choice(["pigeboardet", "markedsplassen", "sponsorhjertet", "massagekartan"])
            when = START + timedelta(days=day, minutes=rng.randrange(7 * 60, 24 * 60))
            specs.append(Spec(None, net, site, day, when, city, lang, text, contacts, {line: style}, [], emails, True))
            continue
        p = rng.choices(persons, weights)[0]
        day = rng.randint(*p.window)
        site = rng.choice(p.sites)
        city = p.city_at(day)
        net = p.network
        lang = _ad_lang(rng, p, site, city)
        text = _body_for(rng, reg, p, lang)
        spelling = rng.choice(D.CITIES[city][1])
        if rng.random() < 0.5 and (s := reg.compose(rng, net.nid if net else f"solo-{p.pid}", lang, "city", spelling)):
            text.insert(rng.randint(1, len(text)), s)
        if net and rng.random() < 0.5:
            hs = house.setdefault((net.nid, lang), [])
            while len(hs) < 2:
                s = reg.compose(rng, net.nid, lang, "house")
                if not s:
                    break
                hs.append(s)
            text += hs
        country = D.CITIES[city][0]
        phones: dict[str, str] = {}
        own: list[str] = []
        contacts: list[str] = []
        emails = {}
        num, prev = p.number_at(day)
        show_line = net is not None and (net.kind != "hidden" or rng.random() < 0.75)
        show_own = not show_line or rng.random() < (0.2 if net and net.kind != "hidden" else 0.4)
        if net and net.kind != "hidden" and p.pid[-1] in "05":
            show_own = False  # some agency women never print their own number
        no_contact = rng.random() < 0.015
        if no_contact:
            show_line = show_own = False
            contacts.append(D.NO_CONTACT[lang])
        if show_line and net:
            line = net.line_at(day)
            style = rng.choice(["national", "national", "international", "compact", "wa_me", "tel_link"])
            lbl = rng.choice(D.LINE_LABELS[lang])
            contacts.append(f"{lbl}: {write_phone(rng, line, style, lang, _region(line) != country)}")
            phones[line] = style
            if net.email and rng.random() < 0.4:
                contacts.append(f"{D.MAIL_LABELS[lang]}: {net.email}")
                emails[net.email] = "plain"
        if show_own:
            for e164 in [num] + ([prev] if prev and rng.random() < 0.4 else []):
                abroad = _region(e164) != country
                style = p.habit if rng.random() < 0.6 else _weighted(rng, STYLE_WEIGHTS)
                if style == "letters" and not _can_letter(e164, abroad):
                    style = "spelled"
                printed = write_phone(rng, e164, style, lang, abroad)
                if e164 == prev:
                    contacts.append(
                        {
                            "sv": "Gamla numret (ur bruk)",
                            "no": "Gammelt nr (ute av bruk)",
                            "da": "Gammelt nr (ude af brug)",
                            "en": "Old number (not in use)",
                        }[lang]
                        + f": {printed}"
                    )
                else:
                    contacts.append(f"{rng.choice(D.CONTACT_LABELS[lang])}: {printed}")
                phones[e164] = style
                own.append(e164)
        if p.email and not no_contact and rng.random() < 0.6:
            style = p.email_style
            contacts.append(f"{D.MAIL_LABELS[lang]}: {write_email(rng, p.email, style, lang)}")
            emails[p.email] = style
        when = START + timedelta(days=day, minutes=rng.randrange(0, 24 * 60))
        specs.append(Spec(p, net, site, day, when, city, lang, text, contacts, phones, own, emails))
    specs.sort(key=lambda s: s.when)
    return specs


from benchmarks.blind23._sites import render  # noqa: E402


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(f"blind23-{seed}")
    numbers = Numbers(rng)
    persons, nets = _people(rng, n_ads, numbers)
    for p in persons:
        if p.network and p.network not in nets:
            p.network = None
    specs = _specs(rng, n_ads, persons, nets)
    return render(rng, specs, numbers)
