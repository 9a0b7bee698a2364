"""Persons and controllers of benchmarks/blind12 and the plan of their ads (who posts where, when, from which city)."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from benchmarks.blind12._banks import BRAND_A, BRAND_B, CLINIC_A, CLINIC_B, CTRL_ADJ, CTRL_LINES, CTRL_NOUN
from benchmarks.blind12._data import CITY_COUNTRY, CITY_WEIGHT, NAMES, NATIONALITIES, PROVIDERS, VANITY_WORDS
from benchmarks.blind12._phones import make_number, vanity_number

SITES = ["snabbkontakt", "kartnaal", "stjernekoll", "turneplan", "skrapa", "klippkanalen"]
START = dt.datetime(2026, 8, 1, tzinfo=dt.UTC)
DAYS = 122
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
SITE_WEIGHTS = {  # which sites each kind of advertiser uses
    "solo": {"snabbkontakt": 30, "stjernekoll": 18, "turneplan": 12, "skrapa": 16, "klippkanalen": 16, "kartnaal": 6},
    "agency": {"turneplan": 30, "snabbkontakt": 25, "stjernekoll": 20, "klippkanalen": 10, "skrapa": 15},
    "hidden": {"snabbkontakt": 35, "skrapa": 30, "klippkanalen": 15, "stjernekoll": 20},
    "clinic": {"kartnaal": 60, "snabbkontakt": 25, "skrapa": 15},
}


@dataclass
class Controller:
    cid: str
    kind: str  # agency | hidden | clinic
    lang: str
    city: str
    line: str
    email: str | None
    brand: str
    lines: list[str]  # its own paragraph templates, in its order
    words: dict[str, str]
    sites: list[str]
    women: list[Person] = field(default_factory=list)


@dataclass
class Person:
    pid: str
    nat: str
    region: str  # region of her home SIM
    base_age: int
    minor: bool
    home: str
    tour: list[str]
    numbers: list[tuple[str, int, int]]  # (e164, first day, last day)
    email: str | None
    net: Controller | None
    sites: list[str]
    names: dict[str, str]
    age_drift: dict[str, int]
    voice: dict[str, int]
    first: int
    last: int
    vanity: str | None = None
    handle: str = ""


def wchoice(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def email_for(rng: random.Random, name: str, taken: set[str]) -> str:
    base = "".join(c for c in name.lower() if c.isascii() and c.isalpha()) or "lady"
    prov = rng.choices([p for p, _ in PROVIDERS], [w for _, w in PROVIDERS])[0]
    for _ in range(50):
        tail = rng.choice(["", str(rng.randint(10, 99)), "." + rng.choice(["rose", "sweet", "vip", "love", "nord"])])
        local = rng.choice(
            [base, base + rng.choice([".", "_", ""]) + rng.choice(["x", "xo", "baby", "kiss", "official"])]
        )
        addr = f"{local}{tail}@{prov}"
        if addr not in taken:
            taken.add(addr)
            return addr
    raise RuntimeError("e-mail")


def _city(rng: random.Random, country: str | None = None) -> str:
    cities = [c for c in CITY_WEIGHT if country is None or CITY_COUNTRY[c] == country]
    return rng.choices(cities, [CITY_WEIGHT[c] for c in cities])[0]


def build(rng: random.Random, n_ads: int) -> tuple[list[Person], list[Controller], set[str]]:
    taken: set[str] = set()
    taken_mail: set[str] = set()
    n_persons = max(3, round(n_ads * 0.148))
    n_ctrl = max(3, round(n_ads * 0.0133))
    kinds = ["agency"] * round(n_ctrl * 0.32) + ["clinic"] * round(n_ctrl * 0.25)
    kinds += ["hidden"] * (n_ctrl - len(kinds))
    ctrls: list[Controller] = []
    used_brand: set[str] = set()
    used_words: set[tuple[str, ...]] = set()
    for i, kind in enumerate(kinds):
        country = rng.choice(["NO", "SE", "DK"])
        lang = LANG_OF[country] if rng.random() < 0.6 else "en"
        city = _city(rng, country)
        while True:
            if kind == "clinic":
                brand = f"{rng.choice(CLINIC_A)} {rng.choice(CLINIC_B[lang])}"
            else:
                brand = f"{rng.choice(BRAND_A)} {rng.choice(BRAND_B)}"
            if brand not in used_brand:
                used_brand.add(brand)
                break
        while True:
            words = {
                "adj1": rng.choice(CTRL_ADJ),
                "adj2": rng.choice(CTRL_ADJ),
                "noun1": rng.choice(CTRL_NOUN),
                "noun2": rng.choice(CTRL_NOUN),
            }
            key = tuple(sorted(words.values()))
            if words["adj1"] != words["adj2"] and key not in used_words:
                used_words.add(key)
                break
        lines = rng.sample(range(len(CTRL_LINES["en"])), 4)
        foreign_line = kind == "hidden" and rng.random() < 0.35
        line_region = rng.choice(["RO", "BG", "LT", "PL", "HU"]) if foreign_line else country
        line = make_number(rng, line_region, taken, fixed=(kind == "clinic" and rng.random() < 0.6))
        email = None
        if kind == "agency" or (kind == "clinic" and rng.random() < 0.4):
            slug = unicodedata.normalize("NFKD", brand.lower()).encode("ascii", "ignore").decode()
            slug = "".join(ch for ch in slug if ch.isalnum())
            dom = rng.choice([f"{slug}.com", f"{slug}.eu", "gmail.com", "proton.me"])
            email = f"{rng.choice(['booking', 'info', 'kontakt', slug[:8]])}@{dom}"
            if email in taken_mail:
                email = f"{slug[:10]}{i}@{dom}"
            taken_mail.add(email)
        w = SITE_WEIGHTS[kind]
        sites = sorted({wchoice(rng, w) for _ in range(rng.choice([1, 2, 2, 3]))})
        ctrls.append(
            Controller(
                cid=f"net-{i:03d}",
                kind=kind,
                lang=lang,
                city=city,
                line=line,
                email=email,
                brand=brand,
                lines=[CTRL_LINES[lg][j] for lg in ("en",) for j in lines],
                words=words,
                sites=sites,
            )
        )
        ctrls[-1].lines = lines  # type: ignore[assignment]  # indices into CTRL_LINES[lang]
    nats = list(NATIONALITIES)
    persons: list[Person] = []
    for i in range(n_persons):
        r = rng.random()
        net: Controller | None = None
        if r < 0.44:
            net = rng.choice(ctrls)
        if net and net.kind == "clinic":
            nat = rng.choice(["thai"] * 5 + ["vietnamese"] * 3 + ["chinese"] * 2 + ["filipina"] * 2)
        else:
            nat = rng.choices(nats, [NATIONALITIES[n][1] for n in nats])[0]
        region = NATIONALITIES[nat][0]
        if net:
            home = net.city if rng.random() < 0.7 else _city(rng)
        else:
            home = _city(rng, region if region in ("NO", "SE", "DK") else None)
        country = CITY_COUNTRY[home]
        tour = [_city(rng) for _ in range(rng.choice([0, 1, 2, 3, 4]))]
        tour = [c for c in dict.fromkeys(tour) if c != home]
        minor = rng.random() < 0.012
        base_age = rng.choice([16, 17]) if minor else min(45, 19 + int(rng.expovariate(1 / 7)))
        first = rng.randrange(0, DAYS - 10)
        last = min(DAYS - 1, first + 10 + int(rng.expovariate(1 / 45)))
        # her SIM: a home-country one for many foreign women, else one of the country she works in
        local = region in ("NO", "SE", "DK")
        sim = region if (local or rng.random() < 0.45) else country
        p_numbers: list[tuple[str, int, int]] = []
        vanity = None
        if rng.random() < 0.025 and sim in ("NO", "SE", "DK"):
            word = rng.choice([w for w in VANITY_WORDS if len(w) == 4])
            v = vanity_number(rng, sim, word, taken)
            if v:
                p_numbers.append((v, first, last))
                vanity = word
        if not p_numbers:
            p_numbers.append((make_number(rng, sim, taken), first, last))
        if rng.random() < 0.25 and last - first > 25:
            switch = rng.randint(first + 8, last - 8)
            new_sim = rng.choice([sim, country])
            p_numbers[0] = (p_numbers[0][0], first, min(last, switch + 21))
            p_numbers.append((make_number(rng, new_sim, taken), switch, last))
        wsites = SITE_WEIGHTS[net.kind if net else "solo"]
        if net:
            sites = [s for s in net.sites]
            if rng.random() < 0.2:
                sites.append(wchoice(rng, SITE_WEIGHTS["solo"]))
        else:
            sites = [wchoice(rng, wsites) for _ in range(rng.choices([1, 2, 3], [45, 35, 20])[0])]
        sites = sorted(set(sites))
        pool = NAMES[region] + NAMES["WORK"]
        main_name = rng.choice(pool)
        names = {s: (main_name if rng.random() < 0.5 else rng.choice(pool)) for s in sites}
        drift = {s: rng.choice([-2, -1, 0, 0, 0, 1]) for s in sites}
        if minor:
            drift = {s: 0 for s in sites}
        email = email_for(rng, main_name, taken_mail) if rng.random() < 0.3 else None
        mid1, mid2 = rng.sample(range(10), 2)
        voice = {"open": rng.randrange(6), "mid1": mid1, "mid2": mid2, "close": rng.randrange(5)}
        handle = "".join(c for c in main_name.lower() if c.isascii() and c.isalpha()) + rng.choice(
            ["_vip", ".x", "xo", "_official", "_nord", "baby", "kiss"]
        )
        p = Person(
            pid=f"p{i:04d}",
            nat=nat,
            region=region,
            base_age=base_age,
            minor=minor,
            home=home,
            tour=tour,
            numbers=p_numbers,
            email=email,
            net=net,
            sites=sites,
            names=names,
            age_drift=drift,
            voice=voice,
            first=first,
            last=last,
            vanity=vanity,
            handle=handle,
        )
        persons.append(p)
        if net:
            net.women.append(p)
    ctrls = [c for c in ctrls if c.women]
    return persons, ctrls, taken
