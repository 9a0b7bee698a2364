"""The actors of the demo world: sites, persons and the controller networks some of them are in.

Built once per (seed, n_persons, days) and small (a few hundred bytes per person), so that the ads can be
streamed day by day from it. Nothing here is a real person, number or place of business.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from kartlegg.demo.lexicon import CityDef, Lexicon, SiteDef, load_lexicon
from kartlegg.demo.phones import PhoneInfo, new_mobile, phone_info

#: Languages a nationality speaks natively (ISO 639-1).
NATIVE_LANGUAGE: dict[str, str] = {
    "se": "sv",
    "no": "no",
    "dk": "da",
    "ro": "ro",
    "pl": "pl",
    "th": "th",
    "br": "pt",
    "es": "es",
    "ua": "uk",
    "ng": "en",
    "co": "es",
    "hu": "hu",
    "bg": "bg",
    "lt": "lt",
}
_COUNTRY_OF_NAT = {"se": "SE", "no": "NO", "dk": "DK"}
_HOME_COUNTRY_WEIGHTS = (("SE", 0.40), ("NO", 0.35), ("DK", 0.25))


@dataclass(frozen=True, slots=True)
class Site:
    """A fictional ad site. ``moved_to``/``move_day``: the site changes domain on that day (ids continue)."""

    name: str
    domain: str
    language: str
    country: str
    support_phone: str
    support_email: str
    layout: str
    currency: str
    international: bool
    moved_to: str | None
    move_day: int | None
    id_start: int
    ad_path: str
    footer: str

    def domain_on(self, day: int) -> str:
        if self.moved_to is not None and self.move_day is not None and day >= self.move_day:
            return self.moved_to
        return self.domain


@dataclass(frozen=True, slots=True)
class PhoneSpan:
    """A number in use from ``first_day`` to ``last_day`` (inclusive)."""

    phone: PhoneInfo
    first_day: int
    last_day: int


@dataclass(frozen=True, slots=True)
class TextPlan:
    """Which fragments an author uses; kept across ads so that one author's ads read alike.

    The numbers are taken modulo each fragment list's length, so one plan works in every language.
    """

    title: int
    title_alt: int
    intro: int
    traits_tpl: int
    trait1: int
    trait2: int
    extras: tuple[int, ...]
    mode: int
    langs: int
    stats: int
    prices: int
    hours: int
    contact: int
    closing: int
    distractor: int


def new_plan(rng: random.Random) -> TextPlan:
    r = rng.randrange
    return TextPlan(
        title=r(1 << 16),
        title_alt=r(1 << 16),
        intro=r(1 << 16),
        traits_tpl=r(1 << 16),
        trait1=r(1 << 16),
        trait2=r(1 << 16),
        extras=tuple(r(1 << 16) for _ in range(rng.randint(2, 3))),
        mode=r(1 << 16),
        langs=r(1 << 16),
        stats=r(1 << 16),
        prices=r(1 << 16),
        hours=r(1 << 16),
        contact=r(1 << 16),
        closing=r(1 << 16),
        distractor=r(1 << 16),
    )


@dataclass(slots=True)
class Network:
    """A controller who runs several persons: shared booking phone(s), text template and circuit of cities."""

    network_id: str
    index: int
    person_ids: list[str]
    controller_phones: list[PhoneSpan]
    circuit: list[str]  # city keys
    rotation_days: int
    offset: int
    first_person: bool
    own_phones: bool
    intl: bool
    style: str
    plan: TextPlan
    banner_photo: str | None
    handle: tuple[str, str] | None
    email: str | None


@dataclass(slots=True)
class Person:
    """One person who appears in ads: a possible victim, never a suspect."""

    person_id: str
    index: int
    network_id: str | None
    minor: bool
    true_age: int
    stated_age: int
    nationality: str
    languages: list[str]
    writes_english: bool
    aliases: dict[str, str]  # site name -> name shown there
    phones: list[PhoneSpan]
    handle: tuple[str, str] | None  # (platform, handle)
    email: str | None
    photos: list[str]  # her pictures until ``photo_switch_day``
    stock_photo: str | None
    home_city: str
    tours: list[tuple[int, int, str]]  # (first_day, last_day, city key) away from home
    first_day: int
    last_day: int
    post_rate: float
    posts_local: bool
    posts_intl: bool
    style: str
    third_person: bool
    youth_rate: float
    plan: TextPlan
    incall: bool
    hotel_rate: float
    height: int
    weight: int
    price_base: float
    offset: int = 0
    whatsapp: bool = False  # says her own number also works on WhatsApp
    photo_switch_day: int | None = None  # from this day on she shows ``later_photos`` instead
    later_photos: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)

    def phones_on(self, day: int) -> list[PhoneInfo]:
        return [s.phone for s in self.phones if s.first_day <= day <= s.last_day]


@dataclass(slots=True)
class World:
    seed: int
    days: int
    sites: list[Site]
    persons: list[Person]
    networks: list[Network]
    cities: dict[str, CityDef]
    stock_photos: list[str]

    def site(self, name: str) -> Site:
        for s in self.sites:
            if s.name == name:
                return s
        raise KeyError(name)


def make_sites(defs: list[SiteDef], days: int) -> list[Site]:
    out = []
    for d in defs:
        support = phone_info(d.support_phone)  # validates the data file's number
        out.append(
            Site(
                name=d.name,
                domain=d.domain,
                language=d.language,
                country=d.country,
                support_phone=support.e164,
                support_email=d.support_email,
                layout=d.layout,
                currency=d.currency,
                international=d.international,
                moved_to=d.moved_to,
                move_day=days // 2 if d.moved_to else None,
                id_start=d.id_start,
                ad_path=d.ad_path,
                footer=d.footer,
            )
        )
    return out


def _weighted(rng: random.Random, weights: dict[str, int] | tuple[tuple[str, float], ...]) -> str:
    items = list(weights.items()) if isinstance(weights, dict) else list(weights)
    return rng.choices([k for k, _ in items], weights=[w for _, w in items], k=1)[0]


def _span_range(rng: random.Random, lo_hi: tuple[int, int]) -> int:
    return rng.randint(lo_hi[0], lo_hi[1])


class _Builder:
    def __init__(self, seed: int, n_persons: int, days: int, lex: Lexicon, sites: list[Site]) -> None:
        self.sites = sites
        self.rng = random.Random(seed)
        self.seed = seed
        self.n = n_persons
        self.days = days
        self.lex = lex
        self.k = lex.knobs
        self.used_phones: set[str] = set()
        self.used_handles: set[str] = set()
        self.cities = {c.key: c for c in lex.cities}
        self.by_country: dict[str, list[str]] = {}
        for c in lex.cities:
            self.by_country.setdefault(c.country, []).append(c.key)
        self.stock = [f"st{seed}x{i}" for i in range(self.k.stock_photos)]

    def style(self) -> str:
        return _weighted(self.rng, self.k.styles)

    def handle(self, base: str) -> str:
        rng = self.rng
        for _ in range(50):
            form = rng.randrange(4)
            num = rng.randint(1, 999)
            name = base.lower().replace("ø", "o")
            h = (f"{name}_{num}", f"{name}{num}", f"real.{name}{num % 100}", f"{name}x{num}")[form]
            if h not in self.used_handles:
                self.used_handles.add(h)
                return h
        raise RuntimeError("no free handle")  # pragma: no cover

    def active_window(self) -> tuple[int, int]:
        rng, days = self.rng, self.days
        min_days = min(self.k.active_min_days, days)
        first = 0 if rng.random() < 0.5 else rng.randint(0, max(0, days - min_days))
        last = min(days - 1, first + rng.randint(min_days - 1, days))
        return first, last

    def phone_country(self, home_country: str, nationality: str) -> str:
        if nationality not in _COUNTRY_OF_NAT and self.rng.random() < self.k.foreign_home_phone:
            return self.lex.names.home_phone_country.get(nationality, home_country)
        return home_country

    def phones(self, country: str, first: int, last: int, allow_change: bool = True) -> list[PhoneSpan]:
        rng = self.rng
        p1 = new_mobile(country, rng, self.used_phones)
        if allow_change and last - first >= 10 and rng.random() < self.k.phone_change:
            cut = rng.randint(first + 4, last - 4)
            p2 = new_mobile(country, rng, self.used_phones)
            return [PhoneSpan(p1, first, cut - 1), PhoneSpan(p2, cut, last)]
        return [PhoneSpan(p1, first, last)]

    def build(self, sites: list[Site]) -> World:
        rng, k, n = self.rng, self.k, self.n
        n_net = round(n * k.network_share)
        if n_net < 2:  # a network needs at least two persons
            n_net = 0
        # network sizes
        sizes: list[int] = []
        while sum(sizes) < n_net:
            sizes.append(min(_span_range(rng, k.network_size), n_net - sum(sizes)))
        if len(sizes) > 1 and sizes[-1] < 2:
            last = sizes.pop()
            sizes[-1] += last
        order = list(range(n))
        rng.shuffle(order)
        net_members: list[list[int]] = []
        pos = 0
        for s in sizes:
            net_members.append(order[pos : pos + s])
            pos += s
        independents = order[pos:]
        in_network = {i: ni for ni, members in enumerate(net_members) for i in members}
        # minors: more often in networks
        n_minor = round(n * k.minor_share)
        n_minor_net = min(len(in_network), round(n_minor * k.minor_network_share))
        net_people = sorted(in_network)
        minors = set(rng.sample(net_people, n_minor_net))
        minors |= set(rng.sample(sorted(independents), min(len(independents), n_minor - n_minor_net)))

        networks = [self.network(ni, members) for ni, members in enumerate(net_members)]
        persons = []
        for i in range(n):
            net = networks[in_network[i]] if i in in_network else None
            persons.append(self.person(i, net, i in minors))
        return World(self.seed, self.days, sites, persons, networks, self.cities, self.stock)

    def network(self, ni: int, members: list[int]) -> Network:
        rng, k = self.rng, self.k
        home = _weighted(rng, _HOME_COUNTRY_WEIGHTS)
        n_cities = _span_range(rng, k.network_circuit_cities)
        pool = list(self.by_country[home])
        if rng.random() < 0.45:
            other = rng.choice([c for c in self.by_country if c != home])
            pool += rng.sample(self.by_country[other], min(2, len(self.by_country[other])))
        circuit = rng.sample(pool, min(n_cities, len(pool)))
        ctrl_country = home
        if rng.random() < k.network_foreign_controller_phone:
            ctrl_country = rng.choice(["PL", "RO", "BG", "LT", "GB", "HU"])
        first, last = 0, self.days - 1
        if rng.random() < k.network_two_controller_phones:
            cut = rng.randint(self.days // 3, 2 * self.days // 3)
            ctrl = [
                PhoneSpan(new_mobile(ctrl_country, rng, self.used_phones), first, cut - 1),
                PhoneSpan(new_mobile(ctrl_country, rng, self.used_phones), cut, last),
            ]
        else:
            ctrl = [PhoneSpan(new_mobile(ctrl_country, rng, self.used_phones), first, last)]
        handle = None
        email = None
        if rng.random() < 0.3:
            handle = ("telegram", self.handle(rng.choice(["booking", "vip", "girls", "models", "agency"])))
        if rng.random() < 0.2:
            email = f"booking{rng.randint(10, 999)}@{rng.choice(self.lex.names.email_domains)}"
        return Network(
            network_id=f"N{ni + 1:04d}",
            index=ni,
            person_ids=[f"P{i + 1:05d}" for i in sorted(members)],
            controller_phones=ctrl,
            circuit=circuit,
            rotation_days=_span_range(rng, k.network_rotation_days),
            offset=rng.randrange(30),
            first_person=rng.random() < k.network_first_person,
            own_phones=rng.random() < k.network_own_phones,
            intl=rng.random() < 0.5,
            style=self.style(),
            plan=new_plan(rng),
            banner_photo=f"bn{self.seed}x{ni}" if rng.random() < k.network_banner_photo else None,
            handle=handle,
            email=email,
        )

    def ages(self, minor: bool) -> tuple[int, int, float]:
        rng, k = self.rng, self.k
        if minor:
            return rng.randint(15, 17), rng.randint(18, 20), k.youth_cue_rate_minor
        if rng.random() < k.young_adult_share:
            age = rng.randint(18, 21)
            return age, age, k.youth_cue_rate_young_adult
        age = rng.randint(22, 45)
        stated = age
        if rng.random() < k.adult_understate:
            stated = max(19, age - rng.randint(2, 8))
        rate = k.youth_cue_rate_young_adult if stated <= 21 else k.youth_cue_rate_adult
        return age, stated, rate

    def person(self, i: int, net: Network | None, minor: bool) -> Person:
        rng, k, lex = self.rng, self.k, self.lex
        pid = f"P{i + 1:05d}"
        if net is not None:
            home_city = net.circuit[0]
            nationality = (
                rng.choice(lex.names.nationalities.foreign)
                if rng.random() < 0.85
                else rng.choice(lex.names.nationalities.local)
            )
        else:
            home_city = rng.choice(self.by_country[_weighted(rng, _HOME_COUNTRY_WEIGHTS)])
            if rng.random() < 0.6:
                nationality = {"SE": "se", "NO": "no", "DK": "dk"}[self.cities[home_city].country]
            else:
                nationality = rng.choice(lex.names.nationalities.foreign)
        home_country = self.cities[home_city].country
        true_age, stated_age, youth_rate = self.ages(minor)
        first, last = self.active_window()
        if net is not None:  # network persons stay until the end, so each controller phone is shared
            first, last = rng.randint(0, self.days // 4), self.days - 1
        native = NATIVE_LANGUAGE[nationality]
        languages = [native] + (["en"] if native != "en" else [])
        if nationality not in _COUNTRY_OF_NAT and rng.random() < 0.3:
            languages.append({"SE": "sv", "NO": "no", "DK": "da"}[home_country])
        # phones: independents always have their own; network persons only when the network gives them one
        phones: list[PhoneSpan] = []
        if net is None or net.own_phones:
            phones = self.phones(self.phone_country(home_country, nationality), first, last)
        name = rng.choice(lex.names.names)
        aliases = {s.name: name for s in self.sites}
        posts_local, posts_intl = True, False
        roll = rng.random()
        if net is not None:
            posts_intl = net.intl
        elif roll < k.intl_only:
            posts_local, posts_intl = False, True
        elif roll < k.intl_only + k.cross_post_intl:
            posts_intl = True
        if rng.random() < k.alias_change_per_site:
            for s in self.sites:
                if rng.random() < 0.5:
                    aliases[s.name] = rng.choice(lex.names.names)
        handle = None
        if rng.random() < k.handle_share:
            handle = (rng.choice(lex.names.handle_platforms), self.handle(name))
        email = None
        if rng.random() < k.email_share:
            email = f"{name.lower().replace('ø', 'o')}{rng.randint(1, 99)}@{rng.choice(lex.names.email_domains)}"
        photos = [f"ph{self.seed}x{i}x{j}" for j in range(_span_range(rng, k.photos_per_person))]
        switch, later = None, []
        # a new set of pictures, but never together with a new number: something always bridges the two
        if last - first >= 10 and len(phones) < 2 and rng.random() < k.photo_refresh:
            switch = rng.randint(first + 4, last - 4)
            later = [f"ph{self.seed}x{i}x{j}" for j in range(len(photos), len(photos) + rng.randint(2, 4))]
        stock = rng.choice(self.stock) if rng.random() < k.stock_photo_person else None
        tours: list[tuple[int, int, str]] = []
        if net is None and rng.random() < k.independent_travel:
            for _ in range(rng.randint(1, 3)):
                start = rng.randint(first, max(first, last - 3))
                city = rng.choice([c for c in self.cities if c != home_city])
                tours.append((start, min(last, start + rng.randint(2, 6)), city))
        rate_range = k.post_rate_network if net is not None else k.post_rate_independent
        small = minor or rng.random() < 0.3
        return Person(
            person_id=pid,
            index=i,
            network_id=net.network_id if net else None,
            minor=minor,
            true_age=true_age,
            stated_age=stated_age,
            nationality=nationality,
            languages=languages,
            writes_english=nationality not in _COUNTRY_OF_NAT and rng.random() < 0.4,
            aliases=aliases,
            phones=phones,
            handle=handle,
            email=email,
            photos=photos,
            stock_photo=stock,
            home_city=home_city,
            tours=tours,
            first_day=first,
            last_day=last,
            post_rate=rng.uniform(*rate_range),
            posts_local=posts_local,
            posts_intl=posts_intl,
            style=self.style(),
            third_person=(not net.first_person) if net is not None else rng.random() < k.independent_third_person,
            youth_rate=youth_rate,
            plan=new_plan(rng),
            incall=rng.random() < 0.7,
            hotel_rate=rng.random() * 0.6,
            height=rng.randint(150, 166) if small else rng.randint(158, 182),
            weight=rng.randint(44, 75),
            price_base=rng.uniform(0.8, 1.6),
            whatsapp=bool(phones) and rng.random() < k.whatsapp_share,
            photo_switch_day=switch,
            later_photos=later,
            offset=rng.choice((0, 0, 0, net.rotation_days // 2)) if net else 0,
        )


def build_world(seed: int, n_persons: int, days: int, lex: Lexicon | None = None) -> World:
    """The deterministic cast of the demo market for ``seed``."""
    if n_persons < 1 or days < 1:
        raise ValueError("n_persons and days must be positive")
    lex = lex or load_lexicon()
    sites = make_sites(lex.sites, days)
    builder = _Builder(seed, n_persons, days, lex, sites)
    builder.used_phones.update(s.support_phone for s in sites)  # no person ever gets a site's number
    return builder.build(sites)


def city_on(world: World, person: Person, day: int) -> str:
    """Where ``person`` is on ``day`` (network persons follow their circuit; others tour now and then)."""
    if person.network_id is not None:
        net = world.networks[int(person.network_id[1:]) - 1]
        step = (day + net.offset + person.offset) // net.rotation_days
        return net.circuit[step % len(net.circuit)]
    for first, last, city in person.tours:
        if first <= day <= last:
            return city
    return person.home_city
