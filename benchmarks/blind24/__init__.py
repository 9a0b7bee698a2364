"""blind24: the twenty-fourth evaluation corpus, written blind (issue 14): six invented ordinary Nordic ad sites,
each with two templates (a redesign mid-period, most moving abroad), of women who repost over four months, tour
one city at a time, change numbers, and of the controllers (hidden pimps, agencies, clinics) whose lines their ads
print.

Sites: klinikvagten (a Danish clinic site's "who works today" roster), rosafolio (personal portfolio pages, a
subdomain per woman, Swedish), flirtkontakt (a Swedish casual-dating site's paid profiles), rombesok (a Norwegian
hotel-incall listing), velvetgallery (an English high-class companion gallery of agencies and independents) and
nordboard (a multilingual Nordic escort board run from Spain).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind24 import _data as D
from benchmarks.blind24 import _sites as S
from benchmarks.corpus_files import DIGIT_WORDS, ad_row

SITES = S.SITES
KIND = {s: "ad" for s in SITES}
PLAIN = {"national", "international", "compact", "e164", "00"}
LINKED = {"wa.me", "tel", "sms", "telegram"}
DISGUISED = {"spaced", "dotted", "keycap"}
HIDDEN = {"spelled", "letters", "mixed"}
EMAIL_STYLES = {"plain", "mailto", "capitalised", "spaced_at", "words", "brackets", "parens"}
EMAIL_EXACT = {"plain", "mailto", "capitalised"}

START = datetime(2026, 1, 19)
DAYS = 120
NORDIC = ("NO", "SE", "DK")
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}

STYLE_WEIGHTS = {
    "national": 30, "international": 14, "compact": 10, "e164": 5, "00": 4, "wa.me": 9, "tel": 5, "sms": 3,
    "telegram": 3, "spaced": 3, "dotted": 2.5, "keycap": 1.5, "spelled": 3.5, "letters": 2.5, "mixed": 2,
}  # fmt: skip
DOMESTIC_ONLY = {"national", "compact"}
LETTERS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def random_number(rng: random.Random, region: str, kind: Any = None, used: set[str] | None = None) -> str:
    """A valid number of a region (a mobile unless ``kind`` says otherwise) in E.164, unused so far."""
    kind = kind if kind is not None else phonenumbers.PhoneNumberType.MOBILE
    ex = phonenumbers.example_number_for_type(region, kind)
    cc, nat = ex.country_code, phonenumbers.national_significant_number(ex)
    keep = 2 if len(nat) > 7 else 1
    while True:
        cand = nat[:keep] + "".join(rng.choice("0123456789") for _ in nat[keep:])
        num = phonenumbers.parse(f"+{cc}{cand}")
        if not phonenumbers.is_valid_number(num) or phonenumbers.number_type(num) not in (
            kind,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            continue
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if used is None or e164 not in used:
            if used is not None:
                used.add(e164)
            return e164


def region_of(e164: str) -> str:
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or "XX"


def written_digits(e164: str, domestic: bool) -> tuple[str, str]:
    """The digits a writer groups (the national form with its trunk prefix at home, the country code and national
    number abroad) and the prefix printed before them ("" or "+")."""
    num = phonenumbers.parse(e164)
    if domestic:
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "".join(c for c in nat if c.isdigit()), ""
    return e164[1:], "+"


def print_number(rng: random.Random, e164: str, style: str, lang: str, domestic: bool) -> str:
    """A number as its writer prints it in one of the corpus's styles."""
    num = phonenumbers.parse(e164)
    cc, nsn = str(num.country_code), phonenumbers.national_significant_number(num)
    if style == "national":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "compact":
        return written_digits(e164, True)[0]
    if style == "international":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return e164
    if style == "00":
        return f"00{cc} {nsn}"
    if style == "wa.me":
        return f"https://wa.me/{cc}{nsn}"
    if style == "tel":
        return f"tel:+{cc}{nsn}"
    if style == "sms":
        return f"sms:+{cc}{nsn}"
    if style == "telegram":
        return f"https://t.me/+{cc}{nsn}"
    digs, plus = written_digits(e164, domestic)
    if style == "spaced":
        return plus + " ".join(digs)
    if style == "dotted":
        return plus + ".".join(digs[i : i + 2] for i in range(0, len(digs), 2))
    if style == "keycap":
        return plus + "".join(d + "\ufe0f\u20e3" for d in digs)
    words = DIGIT_WORDS[lang]
    lead = f"{D.PLUS[lang]} " if plus else ""
    if style == "spelled":
        return lead + " ".join(words[int(d)] for d in digs)
    if style == "mixed":
        return lead + " ".join(words[int(d)] if i % 2 == 0 else d for i, d in enumerate(digs))
    # letters for digits: every 0, 1, 5, 8 (and 2 when none of those) as its look-alike letter
    subs = {k: v for k, v in LETTERS.items() if k != "2"}
    if not any(d in subs for d in digs[-8:]):
        subs = LETTERS
    out = "".join(subs.get(d, d) for d in digs)
    if not any(d in subs for d in nsn[: len(nsn) - 2]):  # a letter only at the end hides nothing: spelled out
        return lead + " ".join(words[int(d)] for d in digs)
    groups = [out[i : i + 3] for i in range(0, len(out), 3)] if rng.random() < 0.5 else [out]
    return plus + " ".join(groups)


_A_AN = re.compile(r"(\s)a ([aeiou])")


class Registry:
    """Every composed sentence belongs to its first writer (a network, or a solo woman): no two writers share one."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def compose(self, rng: random.Random, lang: str, kind: str, owner: str, city: str = "") -> str:
        slots = D.PHRASES[lang][kind]
        for _ in range(40):
            words = " ".join(rng.choice(s) for s in slots).replace("{city}", city)
            if lang == "en":
                words = _A_AN.sub(r"\1an \2", words)
            text = words[0].upper() + words[1:] + rng.choice([".", ".", "!"])
            if self.owner.setdefault(text, owner) == owner:
                return text
        words = " ".join(rng.choice(s) for s in slots).replace("{city}", city)
        return words[0].upper() + words[1:] + " " + rng.choice(D.EMOJI)  # a line a writer ends with an emoji


@dataclass
class Network:
    id: str
    kind: str  # hidden, agency, clinic
    name: str
    lang: str
    city: str
    lines: list[tuple[int, str]]
    email: str | None
    women: list[Woman] = field(default_factory=list)
    house: dict[str, list[str]] = field(default_factory=dict)

    def line_at(self, day: int) -> str:
        return [e for d, e in self.lines if d <= day][-1]


@dataclass
class Woman:
    pid: str
    nationality: str
    region: str
    name: str
    age: int
    height: int
    weight: int
    bust: str
    measures: str
    minor: bool
    home: str
    window: tuple[int, int]
    stays: list[tuple[int, int, str]]
    numbers: list[tuple[int, str]]
    email: tuple[str, str] | None
    habit: str
    helped: bool
    net: Network | None
    own_share: float
    line_share: float
    sites: list[str]
    names: dict[str, str]
    weight_ads: float
    handle: str = ""
    member: str = ""
    bodies: dict[str, list[list[str]]] = field(default_factory=dict)
    city_lines: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def writer(self) -> str:
        return self.net.id if self.net else f"solo-{self.pid}"

    def city_at(self, day: int) -> str:
        for d0, d1, city in self.stays:
            if d0 <= day <= d1:
                return city
        return self.home

    def number_at(self, day: int) -> tuple[str, str | None]:
        """Her number on a day and, for eight days after a change, the old one."""
        cur = [(d, e) for d, e in self.numbers if d <= day]
        old = cur[-2][1] if len(cur) > 1 and day - cur[-1][0] <= 8 else None
        return cur[-1][1], old

    def next_stay(self, day: int) -> tuple[int, str] | None:
        for d0, _, city in self.stays:
            if d0 > day and city != self.city_at(day):
                return d0, city
        return None


def _cities_of(country: str | None = None) -> list[str]:
    return [c for c, v in D.CITIES.items() if country is None or v[0] == country]


def _pick_city(rng: random.Random, country: str | None = None) -> str:
    cs = _cities_of(country)
    return rng.choices(cs, weights=[D.CITY_WEIGHT[c] for c in cs])[0]


def _schedule(rng: random.Random, home: str, fixed: bool) -> tuple[tuple[int, int], list[tuple[int, int, str]]]:
    """Her active window and her stays in it: home stretches of 6-20 days and tour stops of 3-9, one city at a time."""
    length = rng.randint(35, DAYS)
    start = rng.randint(0, DAYS - length)
    end = start + length - 1
    tours = [] if fixed else [_pick_city(rng) for _ in range(rng.choice([0, 1, 1, 2, 3, 4]))]
    tours = [c for c in tours if c != home]
    stays, day, at_home = [], start, True
    while day <= end:
        if at_home or not tours:
            span, city = rng.randint(6, 20), home
        else:
            span, city = rng.randint(3, 9), rng.choice(tours)
        stays.append((day, min(end, day + span - 1), city))
        day += span
        at_home = not at_home
    return (start, end), stays


def _periods(rng: random.Random, window: tuple[int, int], k: int) -> list[int]:
    changes = sorted(rng.randint(window[0] + 5, max(window[0] + 6, window[1] - 5)) for _ in range(k - 1))
    return [window[0], *changes]


def _email(rng: random.Random, name: str, region: str, used: set[str]) -> tuple[str, str]:
    domains = D.MAIL_DOMAINS.get(region, D.MAIL_DOMAINS["XX"])
    while True:
        sep = rng.choice(["", ".", "_", ""])
        tail = rng.choice([str(rng.randint(1, 99)), "", rng.choice(["love", "xx", "sweet", "vip", "real"])])
        local = name.lower().encode("ascii", "ignore").decode() + (sep + tail if tail else "")
        addr = f"{local}@{rng.choice(domains)}"
        if addr not in used:
            used.add(addr)
            style = rng.choices(sorted(EMAIL_STYLES), weights=[8, 10, 12, 6, 40, 11, 13])[
                0
            ]  # sorted: brackets .. words
            return addr, style


def _build_networks(rng: random.Random, n_nets: int, used: set[str], mails: set[str]) -> list[Network]:
    nets = []
    agencies, clinics = list(D.AGENCY_NAMES), list(D.CLINIC_NAMES)
    rng.shuffle(agencies)
    rng.shuffle(clinics)
    kinds = (["hidden", "clinic", "hidden", "agency", "hidden", "clinic", "agency", "hidden", "clinic"] * n_nets)[
        :n_nets
    ]
    rng.shuffle(kinds)
    for i, kind in enumerate(kinds):
        if (kind == "agency" and not agencies) or (kind == "clinic" and not clinics):
            kind = "hidden"
        if kind == "clinic":
            city = _pick_city(rng, "DK") if rng.random() < 0.75 else _pick_city(rng, rng.choice(["SE", "NO"]))
            name = clinics.pop()
        elif kind == "agency":
            city, name = _pick_city(rng), agencies.pop()
        else:
            city, name = _pick_city(rng), rng.choice(D.FIRST_NAMES)
        country = D.CITIES[city][0]
        lang = LANG_OF[country] if kind != "hidden" or rng.random() < 0.4 else "en"
        k = rng.choice([1, 1, 2, 3])
        days = [0, *sorted(rng.randint(15, DAYS - 15) for _ in range(k - 1))]
        region = country
        if kind == "hidden" and rng.random() < 0.4:
            region = rng.choice(["RO", "NG", "BG", "LT", "HU", "TH"])
        lines = [(d, random_number(rng, region, used=used)) for d in days]
        email = None
        if kind != "hidden" or rng.random() < 0.5:
            slug = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isascii() and c.isalpha())
            while True:
                email = rng.choice(
                    [f"booking.{slug}@gmail.com", f"{slug}.info@outlook.com", f"{slug}{rng.randint(1, 99)}@hotmail.com"]
                )
                if email not in mails:
                    mails.add(email)
                    break
        nets.append(Network(f"net-{i:02d}", kind, name, lang, city, lines, email))
    return nets


def _build_women(rng: random.Random, n_women: int, nets: list[Network], used: set[str], mails: set[str]) -> list[Woman]:
    foreign = [n for n, v in D.NATIONALITIES.items() if v[1] > 0]
    women: list[Woman] = []
    n_minor = max(1, round(0.03 * n_women))
    minors = set(rng.sample(range(n_women), n_minor))
    slots: list[Network | None] = []
    for net in nets:
        slots += [net] * rng.randint(2, 7)
    slots = slots[:n_women] + [None] * max(0, n_women - len(slots))
    handles: set[str] = set()
    for i in range(n_women):
        net = slots[i]
        if i % 4 == 0:
            nat = list(D.NATIONALITIES)[(i // 4) % len(D.NATIONALITIES)]
        elif rng.random() < 0.22:
            nat = rng.choice(["Norway", "Sweden", "Denmark"])
        else:
            nat = rng.choices(foreign, weights=[D.NATIONALITIES[n][1] for n in foreign])[0]
        region = D.NATIONALITIES[nat][0]
        if net:
            home = net.city
        elif region in NORDIC:
            home = _pick_city(rng, region) if rng.random() < 0.8 else _pick_city(rng)
        else:
            home = _pick_city(rng)
        fixed = bool(net and net.kind == "clinic") and rng.random() < 0.9
        window, stays = _schedule(rng, home, fixed)
        if net and net.kind == "agency" and net.women and rng.random() < 0.4:
            window, stays = net.women[0].window, net.women[0].stays  # she tours with the agency's first woman
        k = rng.choices([1, 2, 3], weights=[50, 35, 15])[0]
        numbers = []
        for j, d in enumerate(_periods(rng, window, k)):
            if region in NORDIC:
                reg = region
            elif j == 0:
                reg = region if rng.random() < 0.4 else D.CITIES[home][0]
            else:
                reg = D.CITIES[home][0] if rng.random() < 0.8 else region
            numbers.append((d, random_number(rng, reg, used=used)))
        name = rng.choice(D.FIRST_NAMES)
        minor = i in minors
        email = _email(rng, name, region, mails) if rng.random() < 0.25 else None
        habit = rng.choices(list(STYLE_WEIGHTS), weights=list(STYLE_WEIGHTS.values()))[0]
        if net is None:
            own, line = 1.0, 0.0
        elif net.kind in ("agency", "clinic"):
            own, line = (0.0 if rng.random() < 0.5 else 0.2), 1.0
        else:
            own, line = (0.0, 1.0) if rng.random() < 0.3 else (0.4, 0.75)
        sites = _sites_for(rng, net, region, home)
        names = {s: name if rng.random() < 0.6 else rng.choice(D.FIRST_NAMES) for s in SITES}
        w = Woman(
            pid=f"p{i:04d}",
            nationality=nat,
            region=region,
            name=name,
            age=rng.choice([18, 19]) if minor else max(20, min(48, int(rng.gauss(28, 6)))),
            height=rng.randint(152, 180),
            weight=rng.randint(46, 78),
            bust=rng.choice(["A", "B", "C", "D", "DD", "E"]),
            measures=f"{rng.randint(80, 100)}-{rng.randint(56, 72)}-{rng.randint(84, 104)}",
            minor=minor,
            home=home,
            window=window,
            stays=stays,
            numbers=numbers,
            email=email,
            habit=habit,
            helped=rng.random() < 0.6,
            net=net,
            own_share=own,
            line_share=line,
            sites=sites,
            names=names,
            weight_ads=max(0.3, rng.lognormvariate(0, 0.8) * 0.5) if minor else rng.lognormvariate(0, 0.8),
        )
        base = names["rosafolio"].lower().encode("ascii", "ignore").decode()
        handle = f"{base}-{D.CITIES[home][2]}"
        for extra in ["", "-vip", "-real", "-xo", "-love", "-official", "-new", "-studio"]:
            if handle + extra not in handles:
                handle += extra
                break
        else:
            handle += "-" + "".join(rng.choice("abcdefghijk") for _ in range(4))
        handles.add(handle)
        w.handle = handle
        w.member = str(rng.randint(4_100_000, 5_999_999))
        if net:
            net.women.append(w)
        women.append(w)
    return women


def _sites_for(rng: random.Random, net: Network | None, region: str, home: str) -> list[str]:
    country = D.CITIES[home][0]
    weights = {
        "klinikvagten": 1.5 if country == "DK" else 0.0,
        "rosafolio": 2.0,
        "flirtkontakt": 2.5 if country == "SE" else 0.3,
        "rombesok": 2.0 if country == "NO" else 0.7,
        "velvetgallery": 0.8,
        "nordboard": 2.0,
    }
    if net and net.kind == "clinic":
        first = "klinikvagten" if country == "DK" else "rosafolio"
    elif net and net.kind == "agency":
        first = "velvetgallery"
    else:
        first = rng.choices(list(weights), weights=list(weights.values()))[0]
    sites = [first]
    for _ in range(rng.choice([0, 1, 1, 2])):
        s = rng.choices(list(weights), weights=list(weights.values()))[0]
        if s not in sites and not (s == "klinikvagten" and not (net and net.kind == "clinic") and rng.random() < 0.5):
            sites.append(s)
    return sites


def _body(rng: random.Random, reg: Registry, w: Woman, lang: str) -> list[list[str]]:
    """Her 1-3 texts in a language (what she reposts)."""
    if lang not in w.bodies:
        bodies = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            kinds = ["intro", "service"] + (["place"] if rng.random() < 0.7 else []) + ["closing"]
            sents = [reg.compose(rng, lang, k, w.writer) for k in kinds]
            if w.minor:
                sents.insert(1, reg.compose(rng, lang, "minor", w.writer))
            bodies.append(sents)
        w.bodies[lang] = bodies
    return w.bodies[lang]


def _lang_for(rng: random.Random, w: Woman, site: str, country: str) -> str:
    site_lang = S.SITE_LANG[site] or LANG_OF[country]
    if w.region in NORDIC:
        own = LANG_OF[w.region]
        return "en" if rng.random() < 0.15 or (site_lang == "en" and rng.random() < 0.5) else own
    if site_lang == "en":
        return LANG_OF[country] if w.helped and rng.random() < 0.25 else "en"
    return site_lang if rng.random() < (0.7 if w.helped else 0.2) else "en"


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus's ads and truth rows, deterministic for a seed and a number of ads."""
    rng = random.Random(seed * 7919 + 24)
    used: set[str] = set()
    mails: set[str] = set()
    site_rng = random.Random(2424)
    sites = S.make_sites(site_rng, lambda r, reg, kind: random_number(site_rng, reg, kind, used))
    for s in sites.values():
        s.redesign = rng.randint(30, 80)
    n_women = max(20, round(n_ads * 0.045))
    nets = _build_networks(rng, max(4, round(n_women / 9)), used, mails)
    women = _build_women(rng, n_women, nets, used, mails)
    reg = Registry()
    n_recruit = max(len(nets), round(n_ads * 0.012))
    n_women_ads = n_ads - n_recruit
    chosen = rng.choices(women, weights=[w.weight_ads for w in women], k=n_women_ads)
    plans: list[tuple[Woman | None, Network | None, int]] = []
    for w in chosen:
        plans.append((w, w.net, rng.randint(*w.window)))
    for i in range(n_recruit):
        net = nets[i % len(nets)] if i < len(nets) else rng.choice(nets)
        plans.append((None, net, rng.randint(0, DAYS - 1)))
    plans.sort(key=lambda p: (p[2], p[0].pid if p[0] else p[1].id if p[1] else ""))
    ads, truth = [], []
    for w, net, day in plans:
        when = START + timedelta(
            days=day, hours=rng.randint(7, 23), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
        )
        ad, t = _ad(rng, reg, sites, w, net, day, when)
        ads.append(ad)
        truth.append(t)
    return ads, truth


def _ad(rng: random.Random, reg: Registry, sites: dict[str, S.Site], w: Woman | None, net: Network | None,
        day: int, when: datetime) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
    phones: list[str] = []
    own: list[str] = []
    styles: dict[str, str] = {}
    emails: dict[str, str] = {}
    contacts: list[tuple[str, str]] = []  # (label, printed)
    if w is None:
        assert net is not None
        city = net.city
        country = D.CITIES[city][0]
        extra = {"clinic": ["klinikvagten"] * (country == "DK"), "agency": ["velvetgallery"]}.get(net.kind, [])
        options = ["nordboard", "rosafolio", *extra]
        site_name = rng.choice(options)
        lang = net.lang
        text = [reg.compose(rng, lang, "recruit", net.id), reg.compose(rng, lang, "recruit", net.id)]
        text += net.house.setdefault(lang, [reg.compose(rng, lang, "house", net.id) for _ in range(2)])[:1]
        writer_habit = "national"
    else:
        city = w.city_at(day)
        country = D.CITIES[city][0]
        cands = [s for s in w.sites if country in S.COVER[s]]
        if not cands:
            cands = ["nordboard"]
            w.sites.append("nordboard")
        site_name = rng.choice(cands)
        lang = _lang_for(rng, w, site_name, country)
        text = list(rng.choice(_body(rng, reg, w, lang)))
        if len(text) > 3 and rng.random() < 0.3:
            drop = rng.randrange(len(text))
            if not (w.minor and drop == 1):
                text.pop(drop)
        if rng.random() < 0.5:
            key = (lang, city)
            if key not in w.city_lines:
                w.city_lines[key] = reg.compose(rng, lang, "city", w.writer, rng.choice(D.CITIES[city][1]))
            text.insert(1, w.city_lines[key])
        if net and rng.random() < 0.5:
            house = net.house.setdefault(lang, [reg.compose(rng, lang, "house", net.id) for _ in range(2)])
            text += house
        writer_habit = w.habit
    site = sites[site_name]
    version = 1 if day < site.redesign else 2

    def put(e164: str, label: str, is_own: bool, plain_only: bool = False) -> None:
        domestic = region_of(e164) == country
        if plain_only:
            style = rng.choices(["national", "international", "wa.me", "tel", "compact"], weights=[40, 25, 15, 10, 10])[
                0
            ]
        elif rng.random() < 0.6:
            style = writer_habit
        else:
            style = rng.choices(list(STYLE_WEIGHTS), weights=list(STYLE_WEIGHTS.values()))[0]
        if not domestic and style in DOMESTIC_ONLY:
            style = "international"
        printed = print_number(rng, e164, style, lang, domestic)
        if style == "letters" and printed.split()[0] in [*DIGIT_WORDS[lang], D.PLUS[lang]]:
            style = "spelled"  # a number letters could not hide was spelled out
        if e164 not in phones:
            phones.append(e164)
            styles[e164] = style
            if is_own:
                own.append(e164)
            contacts.append((label, printed))

    labels = D.PHONE_LABELS[lang]
    no_contact = False
    if w is None:
        assert net is not None
        put(net.line_at(day), rng.choice(labels), False, plain_only=True)
        if net.email and rng.random() < 0.5:
            emails[net.email] = rng.choice(["plain", "plain", "mailto"])
            contacts.append((D.MAIL_LABELS[lang], mail_text(rng, net.email, emails[net.email], lang)))
    else:
        cur, old = w.number_at(day)
        quiet = 0.07 if site_name == "flirtkontakt" else 0.012
        if w.net is None and rng.random() < quiet:
            no_contact = True
        else:
            line_now = w.net is not None and rng.random() < w.line_share
            if line_now:
                assert w.net is not None
                put(w.net.line_at(day), D.LINE_LABELS[w.net.kind][lang], False, plain_only=True)
            if w.net is None or (not line_now and w.own_share > 0) or rng.random() < w.own_share:
                if old and w.net is None and rng.random() < 0.4:
                    put(cur, D.NEW_NUMBER[lang], True)
                    put(old, D.OLD_NUMBER[lang], True)
                else:
                    put(cur, "" if rng.random() < 0.25 else rng.choice(labels), True)  # "": in her text
            if not phones and w.net is not None:
                put(w.net.line_at(day), D.LINE_LABELS[w.net.kind][lang], False, plain_only=True)
            if w.email and rng.random() < 0.5:
                emails[w.email[0]] = w.email[1]
                contacts.append((D.MAIL_LABELS[lang], mail_text(rng, w.email[0], w.email[1], lang)))
            elif w.net and w.net.email and rng.random() < 0.4:
                emails[w.net.email] = rng.choice(["plain", "plain", "mailto"])
                contacts.append((D.MAIL_LABELS[lang], mail_text(rng, w.net.email, emails[w.net.email], lang)))
    spelling = rng.choice(D.CITIES[city][1])
    ctx = S.AdCtx(
        rng=rng, site=site, version=version, when=when, day=day, city=city, spelling=spelling, lang=lang,
        woman=w, net=net, text=text, contacts=contacts, no_contact=no_contact,
        nxt=w.next_stay(day) if w else None, start=START,
    )  # fmt: skip
    page = S.render(ctx)
    ad = ad_row(site_name, page.ad_id, page.url, page.title, page.body, page.city_field, when)
    truth = {
        "site": site_name,
        "id": page.ad_id,
        "url": page.url,
        "person_id": w.pid if w else f"controller-{net.id if net else ''}",
        "network_id": net.id if net else f"solo-{w.pid if w else ''}",
        "network_kind": net.kind if net else "solo",
        "phones": phones,
        "own_phones": own,
        "phone_styles": styles,
        "emails": sorted(emails),
        "email_styles": emails,
        "city": city,
        "furniture": page.furniture,
        "kind": KIND[site_name],
        "template": f"{site_name}-v{version}",
        "language": lang,
        "nationality": w.nationality if w else None,
        "minor": bool(w and w.minor),
        "recruitment": w is None,
    }
    return ad, truth


def mail_text(rng: random.Random, addr: str, style: str, lang: str) -> str:
    """An address as its writer prints it."""
    local, domain = addr.split("@")
    label, tld = domain.rsplit(".", 1)
    if style == "mailto":
        return f"mailto:{addr}"
    if style == "capitalised":
        return local[0].upper() + local[1:] + "@" + domain[0].upper() + domain[1:]
    if style == "spaced_at":
        return f"{local} @ {domain}"
    if style == "words":
        at, dot = rng.choice(D.AT_WORDS[lang])
        return f"{local} {at} {label} {dot} {tld}"
    if style == "brackets":
        return f"{local}[at]{label}[dot]{tld}"
    if style == "parens":
        return f"{local} (at) {label} (dot) {tld}"
    return addr


def counts(truth: list[dict[str, Any]]) -> Counter[str]:
    """The phone styles of a corpus's truth (for its documentation)."""
    return Counter(s for t in truth for s in t["phone_styles"].values())
