"""blind22's six sites, each with two templates (its look before and after its redesign day, some moving abroad):
four ordinary ad sites as they print an ad (kontaktsiden, kyssguiden, lystne, nightpass), an agency platform
(eliteselskab) whose agencies list their models, and an SEO tool's crawl report of ad pages (crawlmetrics). Every
number a page prints that is no contact is furniture, with its kind."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import phonenumbers

SITES = ["kontaktsiden", "kyssguiden", "lystne", "nightpass", "eliteselskab", "crawlmetrics"]
KIND = {
    "kontaktsiden": "no_contact_classified",
    "kyssguiden": "se_escort_classified",
    "lystne": "dk_sex_ads",
    "nightpass": "en_escort_directory",
    "eliteselskab": "agency_platform",
    "crawlmetrics": "seo_crawl_report",
}
#: the day each site moved to its second template
REDESIGN = {
    "kontaktsiden": datetime(2026, 2, 16),
    "kyssguiden": datetime(2026, 3, 9),
    "lystne": datetime(2026, 2, 23),
    "nightpass": datetime(2026, 3, 2),
    "eliteselskab": datetime(2026, 2, 9),
    "crawlmetrics": datetime(2026, 3, 16),
}
#: which countries' cities a site lists
COVERS = {
    "kontaktsiden": ("NO", "SE"),
    "kyssguiden": ("SE", "NO", "DK"),
    "lystne": ("DK", "SE"),
    "nightpass": ("NO", "SE", "DK"),
    "eliteselskab": ("DK", "SE", "NO"),
    "crawlmetrics": ("NO", "SE", "DK"),
}
#: the languages a site's ads are written in, with weights
SITE_LANGS = {
    "kontaktsiden": {"no": 80, "en": 15, "sv": 5},
    "kyssguiden": {"sv": 75, "en": 20, "no": 3, "da": 2},
    "lystne": {"da": 78, "en": 18, "sv": 4},
    "nightpass": {"en": 80, "no": 7, "sv": 7, "da": 6},
    "eliteselskab": {"da": 35, "en": 40, "sv": 15, "no": 10},
    "crawlmetrics": {"no": 30, "sv": 25, "da": 20, "en": 25},
}
#: each site's own line and address, before and after its redesign: (region, fixed line?), address
SITE_LINES = {
    "kontaktsiden": (("NO", True), ("CY", False)),
    "kyssguiden": (("SE", True), ("MT", False)),
    "lystne": (("DK", True), ("EE", False)),
    "nightpass": (("GB", False), ("GB", False)),
    "eliteselskab": (("DK", True), ("NL", False)),
    "crawlmetrics": (("GB", False), ("DE", False)),
}
SUPPORT = {
    "kontaktsiden": ("kundesenter@kontaktsiden.no", "hjelp@kontaktsiden.nu"),
    "kyssguiden": ("kundtjanst@kyssguiden.se", "hjalp@kyssguiden.net"),
    "lystne": ("support@lystne.dk", "hej@lystne.eu"),
    "nightpass": ("support@nightpass.eu", "help@nightpass.co.uk"),
    "eliteselskab": ("info@eliteselskab.dk", "platform@eliteselskab.eu"),
    "crawlmetrics": ("support@crawlmetrics.io", "support@crawlmetrics.de"),
}

FYLKE = {
    "Oslo": "Oslo",
    "Bergen": "Vestland",
    "Trondheim": "Trøndelag",
    "Stavanger": "Rogaland",
    "Kristiansand": "Agder",
    "Tromsø": "Troms",
    "Drammen": "Buskerud",
    "Fredrikstad": "Østfold",
    "Bodø": "Nordland",
    "Ålesund": "Møre og Romsdal",
    "Haugesund": "Rogaland",
}
MONTHS_NO = "januar februar mars april mai juni juli august september oktober november desember".split()
MONTHS_DA = "jan feb mar apr maj jun jul aug sep okt nov dec".split()
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS_EN = "Mon Tue Wed Thu Fri Sat Sun".split()
CRAWLED = [
    "escortnorge24.net",
    "sthlmdates.com",
    "kbhpiger.dk",
    "nordicdolls.eu",
    "massasjeguiden.net",
    "tjejguiden.nu",
    "rodelys.no",
    "hotnordic.org",
]


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


@dataclass
class Page:
    """A page's furniture as the renderer prints it."""

    furniture: list[dict[str, str]] = field(default_factory=list)

    def f(self, kind: str, text: str) -> str:
        d = digits_of(text)
        if d:
            self.furniture.append({"kind": kind, "digits": d})
        return text

    def site_phone(self, e164: str, text: str) -> str:
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
        self.furniture.append({"kind": "site_phone", "digits": nsn, "e164": e164})
        return text

    def support(self, addr: str) -> str:
        self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr


@dataclass
class Ad:
    """What a renderer needs of an ad."""

    site: str
    ad_id: int
    when: datetime
    new: bool
    lang: str
    city: str
    spelling: str
    slug: str
    country: str
    name: str
    age: int
    nat: dict[str, str]
    body: str
    contact: str
    tel: str | None
    house: str | None
    house_kind: str | None
    others: list[str]
    near: tuple[str, str] | None  # a neighbour's name and city spelling (a related ad)
    site_line: str
    site_line_text: str
    recruitment: bool


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _kontaktsiden(ad: Ad, pg: Page, rng: random.Random) -> tuple[str, str, str, str | None]:
    fylke = FYLKE.get(ad.city, "Sverige")
    h = rng.randint(155, 180)
    title_tail = rng.choice(["søker raus mann", "tid mot gave", "diskré møter", "søker snill mann"])
    if ad.recruitment:
        title = f"{ad.house} søker damer – {ad.spelling}"
    else:
        title = f"{ad.name} ({ad.age}) – {title_tail} i {ad.spelling}"
    if not ad.new:
        fslug = fylke.lower().replace(" ", "-").replace("ø", "o").replace("å", "a")
        url = f"https://www.kontaktsiden.no/annonse/{fslug}/{ad.slug}/{pg.f('ad_id', str(ad.ad_id))}"
        lo = rng.choice([25, 30, 35, 40])
        lines = [
            f"Kontaktannonse {pg.f('ad_id', str(ad.ad_id))} · Kvinne søker mann · {fylke}",
            f"Publisert {pg.f('date', ad.when.strftime('%d.%m.%Y'))} · Sist pålogget "
            f"{pg.f('time', f'{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}')} · "
            f"Lest {pg.f('view_count', str(rng.randint(40, 9000)))} ganger",
            f"Annonsør: {ad.house} · bedriftsannonse"
            if ad.recruitment
            else f"Alder: {ad.age} · Høyde: {pg.f('profile_fact', str(h))} cm · Kroppsfasong: "
            f"{rng.choice(['slank', 'normal', 'kurvete', 'sporty'])} · Røyker: {rng.choice(['nei', 'av og til'])}",
            f"Ønsker kontakt med: menn {lo}–{lo + rng.choice([20, 30, 40])} år",
            "Annonsøren skriver:" if ad.recruitment else "Hun skriver:",
            ad.body,
            f"Gave: {pg.f('price', _thousands(rng.choice([1500, 2000, 2500]), ' '))} kr for en time, "
            f"{pg.f('price', _thousands(rng.choice([8000, 10000, 12000]), ' '))} kr for natt",
            ad.contact,
            "Svar på annonsen · Send gaveønske · Blokker",
            f"Kontaktsiden.no · kundesenter {ad.site_line_text} · {pg.support(SUPPORT[ad.site][0])} · "
            "Alle annonser modereres innen 24 timer",
        ]
        return url, title, "\n".join(lines), fylke
    page_no = rng.randint(1, 30)
    url = f"https://kontaktsiden.nu/no/{ad.slug}/k{pg.f('ad_id', str(ad.ad_id))}?fra=sok&side={page_no}"
    lines = [
        f"#{pg.f('ad_id', str(ad.ad_id))} · {ad.spelling} · for {rng.randint(1, 9)} dager siden",
        f"👁 {pg.f('view_count', _thousands(rng.randint(40, 20000), ' '))} · "
        f"♥ {pg.f('favourites', str(rng.randint(0, 400)))}"
        f" · Svarer vanligvis innen {rng.choice([5, 10, 15, 30, 60])} min",
        f"{ad.house} · bedriftsannonse"
        if ad.recruitment
        else f"{ad.name} · {ad.age} år · {pg.f('profile_fact', str(h))} cm · {ad.nat['no']}",
        ad.body,
        f"💝 Gaveønske: {pg.f('price', _thousands(rng.choice([1500, 2000, 2500, 3000]), '.'))},- / time",
        ad.contact,
        f"Toppannonse til {pg.f('date', (ad.when.replace(hour=23)).strftime('%d.%m'))} · Betalt fremheving",
    ]
    if ad.near:
        lines.append(f"Andre i nærheten: {ad.near[0]} ({rng.randint(20, 35)}) i {ad.near[1]}")
    lines.append(
        f"kontaktsiden.nu · drives av KS Media Ltd, Limassol · support {ad.site_line_text} · "
        f"{pg.support(SUPPORT[ad.site][1])}"
    )
    return url, title, "\n".join(lines), None


def _kyssguiden(ad: Ad, pg: Page, rng: random.Random) -> tuple[str, str, str, str | None]:
    if ad.recruitment:
        title = f"Jobb hos {ad.house} i {ad.spelling}"
    else:
        title = f"{ad.name} {ad.age} – {rng.choice(['ny i stan', 'eskort', 'träffas ikväll', 'diskret'])} {ad.spelling}"
    p1, p2, p3 = rng.choice([1000, 1200, 1500]), rng.choice([2000, 2500, 3000]), rng.choice([10000, 12000, 15000])
    if not ad.new:
        url = f"https://kyssguiden.se/annons/{ad.slug}/{pg.f('ad_id', str(ad.ad_id))}"
        lines = [
            f"Annons {pg.f('ad_id', str(ad.ad_id))} · Eskort › Tjejer › {ad.spelling}",
            f"Publicerad {pg.f('timestamp', ad.when.strftime('%Y-%m-%d %H:%M'))} · "
            f"Visningar {pg.f('view_count', _thousands(rng.randint(30, 30000), ' '))}",
            f"Annonsör: {ad.house}"
            if ad.recruitment
            else f"Ålder {ad.age} · Längd {pg.f('profile_fact', str(rng.randint(155, 180)))} · "
            f"Vikt {pg.f('profile_fact', str(rng.randint(48, 70)))}",
            ad.body,
            f"Pris: 30 min {pg.f('price', _thousands(p1, ' '))} kr · 1 tim {pg.f('price', _thousands(p2, ' '))} kr"
            f" · Natt {pg.f('price', _thousands(p3, ' '))} kr",
            ad.contact,
            f"Senast inloggad: idag {pg.f('time', f'{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}')}",
            f"Dela · Spara ({pg.f('favourites', str(rng.randint(0, 300)))}) · Anmäl annons",
            f"Kyssguiden · Kundtjänst {ad.site_line_text} (vardagar 10–16) · {pg.support(SUPPORT[ad.site][0])} · "
            f"© {pg.f('year', '2014–2026')}",
        ]
        return url, title, "\n".join(lines), ad.spelling
    name_slug = "".join(c for c in ad.name.lower() if c.isalpha())
    url = (
        f"https://kyssguiden.net/se/{ad.slug}/tjejer/{pg.f('ad_id', str(ad.ad_id))}-{name_slug}"
        f"?sida={rng.randint(1, 40)}&sort=nya"
    )
    lines = [
        f"Annons-ID #{pg.f('ad_id', str(ad.ad_id))} · Uppdaterad för {rng.randint(1, 23)} h sedan · "
        f"{pg.f('view_count', _thousands(rng.randint(30, 9000), ' '))} visningar denna vecka",
    ]
    if rng.random() < 0.3:
        lines.append(f"⭐ Utvald annons till {pg.f('date', ad.when.strftime('%Y-%m-%d'))}")
    lines += [
        "Om mig",
        ad.body,
        "Priser",
        f"• 1 timme — {pg.f('price', _thousands(p2, ' '))} SEK",
        f"• 2 timmar — {pg.f('price', _thousands(p2 * 2 - 500, ' '))} SEK",
        f"• Övernattning — {pg.f('price', _thousands(p3, ' '))} SEK",
        "Kontakt",
        ad.contact,
        f"Kyssguiden Ltd (Malta) · Support {ad.site_line_text} · {pg.support(SUPPORT[ad.site][1])}",
    ]
    return url, title, "\n".join(lines), None


def _lystne(ad: Ad, pg: Page, rng: random.Random) -> tuple[str, str, str, str | None]:
    if ad.recruitment:
        title = f"{ad.house} søger piger – {ad.spelling}"
    else:
        what = rng.choice(["ny pige", "sensuel massage", "privat", "hotelbesøg"])
        title = f"{ad.name} {ad.age} år – {what} i {ad.spelling}"
    p1, p2, p3 = rng.choice([600, 700, 800]), rng.choice([1000, 1100, 1200]), rng.choice([2500, 3000])
    kind = "Klinik" if ad.house_kind == "clinic" else "Privat"
    if not ad.new:
        url = f"https://www.lystne.dk/annonce/{pg.f('ad_id', str(ad.ad_id))}/{ad.slug}"
        lines = [
            f"Annonce nr. {pg.f('ad_id', str(ad.ad_id))} · Indrykket {pg.f('date', ad.when.strftime('%d-%m-%Y'))} · "
            f"Udløber om {rng.randint(1, 30)} dage",
            f"Set {pg.f('view_count', _thousands(rng.randint(30, 40000), '.'))} gange · "
            f"Favorit ♥ {pg.f('favourites', str(rng.randint(0, 300)))}",
            f"{kind} · {ad.spelling} · Åbent "
            f"{pg.f('opening_hours', rng.choice(['10.00-22.00', '09.00-21.00', '12.00-02.00']))} alle dage",
            ad.body,
            f"Priser: ½ time {pg.f('price', str(p1))} kr. · 1 time {pg.f('price', _thousands(p2, '.'))} kr. · "
            f"Hotelbesøg fra {pg.f('price', _thousands(p3, '.'))} kr.",
            ad.contact,
            f"Lystne.dk · Annoncesupport {ad.site_line_text} · {pg.support(SUPPORT[ad.site][0])} · "
            "Husk: alle annoncører er fyldt 18 år",
        ]
        return url, title, "\n".join(lines), ad.spelling
    url = f"https://lystne.eu/dk/{ad.slug}/ly{pg.f('ad_id', str(ad.ad_id))}?v=2&ref=forside"
    stamp = f"{ad.when.day}. {MONTHS_DA[ad.when.month - 1]} {ad.when.year} kl. {ad.when.hour:02d}.{ad.when.minute:02d}"
    lines = [
        f"LY-{pg.f('ad_id', str(ad.ad_id))} · Sidst opdateret {pg.f('timestamp', stamp)}",
        f"Visninger i dag {rng.randint(1, 300)} / i alt {pg.f('view_count', _thousands(rng.randint(300, 40000), '.'))}",
    ]
    if rng.random() < 0.5:
        lines.append(f"✓ Tjekket af Lystne {pg.f('date', ad.when.strftime('%d.%m.%y'))}")
    lines += [
        ad.body,
        f"30 min ........ {pg.f('price', str(p1))} kr",
        f"60 min ........ {pg.f('price', _thousands(p2, '.'))} kr",
        f"Hotel/udkald .. {pg.f('price', _thousands(p3, '.'))} kr",
        ad.contact,
        f"Lystne (drives fra Tallinn) · Kundeservice {ad.site_line_text} · {pg.support(SUPPORT[ad.site][1])}",
    ]
    return url, title, "\n".join(lines), None


def _nightpass(ad: Ad, pg: Page, rng: random.Random) -> tuple[str, str, str, str | None]:
    if ad.recruitment:
        title = f"{ad.house} is hiring in {ad.spelling}"
    else:
        title = (
            f"{ad.name}, {ad.age} – {rng.choice(['escort', 'GFE', 'new girl', 'incall & outcall'])} in {ad.spelling}"
        )
    eur = [
        rng.choice([120, 150, 180]),
        rng.choice([200, 250, 300]),
        rng.choice([400, 450, 500]),
        rng.choice([1000, 1200, 1500]),
    ]
    name_slug = "".join(c for c in ad.name.lower() if c.isalpha())
    if not ad.new:
        url = (
            f"https://nightpass.eu/escorts/{ {'NO': 'norway', 'SE': 'sweden', 'DK': 'denmark'}[ad.country] }/"
            f"{ad.slug}/{name_slug}-{pg.f('ad_id', str(ad.ad_id))}"
        )
        who = f"Agency: {ad.house}" if ad.house and ad.house_kind == "agency" else "Independent"
        lines = [
            f"Ref NP{pg.f('ad_id', str(ad.ad_id))} · Added "
            f"{pg.f('date', f'{ad.when.day} {MONTHS_EN[ad.when.month - 1]} {ad.when.year}')}"
            f" · Updated {rng.randint(1, 9)} days ago",
            f"Profile views: {pg.f('view_count', _thousands(rng.randint(100, 60000), ','))} · "
            f"Shortlisted by {pg.f('favourites', str(rng.randint(0, 500)))}",
            f"{who} | Incall & outcall | {ad.spelling}",
            f"Advertiser: {ad.house}"
            if ad.recruitment
            else f"Age {ad.age} · Height 5'{rng.randint(1, 9)}\" · Dress size {rng.choice([6, 8, 10, 12])} · "
            f"Nationality {ad.nat['en']}",
            ad.body,
            f"Rates: 30 min €{pg.f('price', str(eur[0]))} | 1 hour €{pg.f('price', str(eur[1]))} | "
            f"2 hours €{pg.f('price', str(eur[2]))} | Overnight €{pg.f('price', _thousands(eur[3], ','))}",
            ad.contact,
            f"Reviews ({rng.randint(0, 40)}) · Report this profile",
            f"nightpass.eu · Advertiser support {ad.site_line_text} (Mon–Fri 09:00–17:00 GMT) · "
            f"{pg.support(SUPPORT[ad.site][0])}",
        ]
        return url, title, "\n".join(lines), None
    url = (
        f"https://nightpass.co.uk/{ad.country.lower()}/{ad.slug}/p/{pg.f('ad_id', str(ad.ad_id))}"
        f"?tab=about&photo={rng.randint(1, 12)}"
    )
    lines = [
        f"{ad.house} · {ad.spelling}" if ad.recruitment else f"{ad.name} · {ad.age} · {ad.spelling}",
        f"Profile ID {pg.f('ad_id', str(ad.ad_id))}-{ad.country} · Last active today "
        f"{pg.f('time', f'{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}')}",
    ]
    if rng.random() < 0.6:
        lines.append(f"ID verified ✓ {pg.f('date', ad.when.strftime('%m/%Y'))} · Response rate {rng.randint(40, 100)}%")
    lines += [
        "About me",
        ad.body,
        f"Rates | 1h €{pg.f('price', str(eur[1]))} | 2h €{pg.f('price', str(eur[2]))} | "
        f"Dinner date €{pg.f('price', str(eur[2] + 100))}",
        f"Contact {ad.name}",
        ad.contact,
        f"Nightpass Ltd, London · Help desk {ad.site_line_text} · {pg.support(SUPPORT[ad.site][1])}",
    ]
    return url, title, "\n".join(lines), None


def _eliteselskab(ad: Ad, pg: Page, rng: random.Random) -> tuple[str, str, str, str | None]:
    house = ad.house or "Uafhængig"
    hslug = "".join(c for c in house.lower().replace("æ", "ae") if c.isalnum())
    name_slug = "".join(c for c in ad.name.lower() if c.isalpha())
    fees = {"DK": ("kr", [2000, 3600, 12000]), "SE": ("SEK", [2500, 4500, 15000]), "NO": ("NOK", [2500, 4500, 15000])}
    cur, fee = fees[ad.country]
    if ad.recruitment:
        title = f"{house} – vi søger nye modeller ({ad.spelling})"
    else:
        title = f"{ad.name}, {ad.age} – {house} – {ad.spelling}"
    others = " · ".join(ad.others) if ad.others else ""
    if not ad.new:
        url = f"https://eliteselskab.dk/bureau/{hslug}/model/{name_slug}-{pg.f('ad_id', str(ad.ad_id))}"
        n = max(len(ad.others) + 1, rng.randint(3, 12))
        lines = [
            f"{house} · Model {rng.randint(1, n)} af {n} · Profil #{pg.f('ad_id', str(ad.ad_id))}",
            f"{house} søger modeller — nu i {ad.spelling}"
            if ad.recruitment
            else f"{ad.name}, {ad.age} — {ad.nat['da']} — nu i {ad.spelling}",
            ad.contact,
            f"Åbningstider {pg.f('opening_hours', rng.choice(['12-04', '18-06', '10-02']))} · "
            f"Depositum {pg.f('price', str(rng.choice([300, 500])))} kr. ved udkald",
            f"Mål {pg.f('profile_fact', rng.choice(['86-60-90', '90-62-94', '84-58-88']))} · "
            f"Højde {pg.f('profile_fact', str(rng.randint(155, 180)))} · Sko {rng.randint(36, 41)}",
            ad.body,
            f"Honorar: 1 time {pg.f('price', _thousands(fee[0], '.'))} {cur} · 2 timer "
            f"{pg.f('price', _thousands(fee[1], '.'))} {cur} · Middag + nat "
            f"{pg.f('price', _thousands(fee[2], '.'))} {cur}",
        ]
        if others:
            lines.append(f"Andre modeller hos {house}: {others}")
        lines.append(
            f"Registreret på Eliteselskab siden {pg.f('year', str(rng.randint(2019, 2025)))} · Platform-support "
            f"{ad.site_line_text} · {pg.support(SUPPORT[ad.site][0])}"
        )
        return url, title, "\n".join(lines), None
    url = f"https://eliteselskab.eu/en/agency/{hslug}/{name_slug}?model={pg.f('ad_id', str(ad.ad_id))}&city={ad.slug}"
    since = f"{MONTHS_EN[rng.randint(0, 11)]} {rng.randint(2021, 2025)}"
    lines = [
        f"{house} is recruiting" if ad.recruitment else f"{house} presents {ad.name} ({ad.age})",
        f"Now in {ad.spelling} · Model no. {pg.f('ad_id', str(ad.ad_id))} · Listed since {pg.f('date', since)}",
        ad.contact,
        f"Hours {pg.f('opening_hours', rng.choice(['12:00–04:00', '18:00–06:00']))} · Deposit "
        f"{pg.f('price', str(rng.choice([50, 80])))} EUR for outcall",
        f"Stats {pg.f('profile_fact', rng.choice(['86-60-90', '90-62-94', '84-58-88']))} · "
        f"{pg.f('profile_fact', str(rng.randint(155, 180)))} cm",
        ad.body,
        f"Fees: 1h {pg.f('price', _thousands(fee[0], ','))} {cur} · 2h {pg.f('price', _thousands(fee[1], ','))} {cur}"
        f" · Overnight {pg.f('price', _thousands(fee[2], ','))} {cur}",
    ]
    if others:
        lines.append(f"More from {house}: {others}")
    lines.append(f"Eliteselskab Europe B.V. · Platform support {ad.site_line_text} · {pg.support(SUPPORT[ad.site][1])}")
    return url, title, "\n".join(lines), None


def _crawlmetrics(ad: Ad, pg: Page, rng: random.Random) -> tuple[str, str, str, str | None]:
    domain = rng.choice(CRAWLED)
    page_id = rng.randint(10000, 999999)
    project = 1000 + (CRAWLED.index(domain) * 977) % 9000
    address = f"https://{domain}/{ad.slug}/{ad.name.lower()}-{page_id}"
    h1 = f"{ad.name} ({ad.age}) i {ad.spelling}" if ad.lang != "en" else f"{ad.name} ({ad.age}) in {ad.spelling}"
    if ad.recruitment:
        h1 = f"{ad.house} – {ad.spelling}"
    title = f"{h1} | {domain}"
    first = ad.body.split("\n")[0][:120]
    words = len(ad.body.split()) + rng.randint(40, 200)
    size = rng.randint(18000, 220000)
    tel = f"Custom Extraction 1 (tel): tel:{ad.tel}" if ad.tel else "Custom Extraction 1 (tel): (none)"
    if not ad.new:
        crawl = ad.when.strftime("%Y%m%d") + f"-{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        url = (
            f"https://crawlmetrics.io/p/{pg.f('project_id', str(project))}/crawl/{pg.f('crawl_id', crawl)}"
            f"/url/{pg.f('ad_id', str(ad.ad_id))}"
        )
        modified = ad.when.replace(hour=rng.randint(0, 23))
        stamp = (
            f"{DAYS_EN[modified.weekday()]}, {modified.day:02d} {MONTHS_EN[modified.month - 1]} {modified.year} "
            f"{modified.hour:02d}:{modified.minute:02d}:{modified.second:02d} GMT"
        )
        digest = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        lines = [
            f"Crawl {pg.f('crawl_id', crawl)} · Project {pg.f('project_id', str(project))} ({domain}) · "
            f"URL {pg.f('ad_id', str(ad.ad_id))} of {pg.f('url_count', _thousands(rng.randint(20000, 90000), ' '))}",
            f"Address: {pg.f('crawled_page_id', address)}",
            f"Status Code: 200 (OK) · Indexability: Indexable · Crawl Depth: {rng.randint(1, 6)}",
            f"Title 1: {title} ({len(title)} characters, {rng.randint(250, 560)} pixels)",
            f"Meta Description 1: {first} ({len(first)} characters)",
            f"H1-1: {h1}",
            f"Word Count: {words} · Size: {pg.f('byte_size', str(size))} bytes · Response Time: "
            f"{pg.f('response_time', f'0.{rng.randint(100, 999)}')} s",
            f"Inlinks: {rng.randint(1, 80)} · Outlinks: {rng.randint(20, 140)} · "
            f"Last-Modified: {pg.f('timestamp', stamp)}",
            f"Hash: {pg.f('content_hash', digest)}",
            tel,
            "Extracted text:",
            ad.body,
            ad.contact,
            f"crawlmetrics.io · support {ad.site_line_text} · {pg.support(SUPPORT[ad.site][0])}",
        ]
        return url, title, "\n".join(lines), None
    audit = rng.randint(100000, 999999)
    url = (
        f"https://app.crawlmetrics.de/projects/{pg.f('project_id', str(project))}"
        f"/audits/{pg.f('crawl_id', str(audit))}"
        f"?url={pg.f('ad_id', str(ad.ad_id))}&tab=content"
    )
    other = rng.randint(10000, 999999)
    lines = [
        f"Audit #{pg.f('crawl_id', str(audit))} · {domain} · {pg.f('date', ad.when.strftime('%Y-%m-%d'))} · "
        f"{pg.f('url_count', _thousands(rng.randint(2000, 90000), ','))} pages crawled",
        f"| URL | {pg.f('crawled_page_id', address)} |",
        "| Status | 200 |",
        f"| Title | {title} | {len(title)} |",
        f"| H1 | {h1} |",
        f"| Words | {pg.f('word_count', str(words))} |",
        f"| Load time | {pg.f('response_time', str(rng.randint(120, 3400)))} ms |",
        f"| Duplicate content | {rng.randint(60, 99)}% similar to /{ad.slug}/{pg.f('crawled_page_id', str(other))} |",
        f"| Phone links found | {int(ad.tel is not None)} |",
        "Page text",
        ad.body,
        ad.contact,
        f"CrawlMetrics GmbH · Support {ad.site_line_text} · {pg.support(SUPPORT[ad.site][1])}",
    ]
    return url, title, "\n".join(lines), None


RENDER: dict[str, Callable[[Ad, Page, random.Random], tuple[str, str, str, str | None]]] = {
    "kontaktsiden": _kontaktsiden,
    "kyssguiden": _kyssguiden,
    "lystne": _lystne,
    "nightpass": _nightpass,
    "eliteselskab": _eliteselskab,
    "crawlmetrics": _crawlmetrics,
}
