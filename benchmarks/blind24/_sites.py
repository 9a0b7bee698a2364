"""The six sites of blind24 and their two templates each: what every page prints around a writer's text (ad ids in
the URL and the page, dates and times in the site's own forms, counters, prices, profile facts, opening hours, the
site's own lines and addresses), each printed number recorded as furniture of its kind."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind24 import _data as D

SITES = ["klinikvagten", "rosafolio", "flirtkontakt", "rombesok", "velvetgallery", "nordboard"]
ALL = {"NO", "SE", "DK"}
#: The countries whose cities a site lists.
COVER = {
    "klinikvagten": {"DK"},
    "rosafolio": ALL,
    "flirtkontakt": {"SE"},
    "rombesok": {"NO"},
    "velvetgallery": ALL,
    "nordboard": ALL,
}
#: The language of a site's chrome (None: the board speaks the city's country's language or the writer's).
SITE_LANG: dict[str, str | None] = {
    "klinikvagten": "da",
    "rosafolio": None,
    "flirtkontakt": "sv",
    "rombesok": "no",
    "velvetgallery": "en",
    "nordboard": None,
}

WEEKDAYS = {
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "no": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MONTHS = {
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}  # fmt: skip
#: A Danish city's postcodes (klinikvagten prints the clinic's area).
DK_POSTCODES = {
    "København": (1050, 2450), "Aarhus": (8000, 8270), "Odense": (5000, 5270), "Aalborg": (9000, 9220),
    "Esbjerg": (6700, 6715), "Kolding": (6000, 6000), "Vejle": (7100, 7120), "Randers": (8900, 8960),
}  # fmt: skip
SE_COUNTIES = {
    "Stockholm": "Stockholms län", "Göteborg": "Västra Götalands län", "Malmö": "Skåne län",
    "Uppsala": "Uppsala län", "Linköping": "Östergötlands län", "Örebro": "Örebro län",
    "Västerås": "Västmanlands län", "Helsingborg": "Skåne län", "Umeå": "Västerbottens län",
    "Jönköping": "Jönköpings län",
}  # fmt: skip
CURRENCY = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}


@dataclass
class Site:
    name: str
    phone1: str  # the site's own line on its first template (national), E.164
    phone2: str  # on its second (abroad), E.164
    mail1: str
    mail2: str
    redesign: int = 60
    ids: set[str] = field(default_factory=set)

    def new_id(self, rng: random.Random, lo: int, hi: int) -> int:
        while True:
            n = rng.randint(lo, hi)
            if str(n) not in self.ids:
                self.ids.add(str(n))
                return n


def make_sites(rng: random.Random, number: Callable[[random.Random, str, Any], str]) -> dict[str, Site]:
    """The sites with their own lines (a landline at home, a number of the country a site moved to)."""
    fixed = phonenumbers.PhoneNumberType.FIXED_LINE
    spec = [
        ("klinikvagten", "DK", "CY", "annonce@klinikvagten.dk", "support@klinikvagten.com"),
        ("rosafolio", "SE", "EE", "support@rosafolio.se", "help@rosafolio.eu"),
        ("flirtkontakt", "SE", "MT", "kundtjanst@flirtkontakt.se", "support@flirtkontakt.com"),
        ("rombesok", "NO", "ES", "annonse@rombesok.no", "hjelp@rombesok.es"),
        ("velvetgallery", "GB", "GB", "concierge@velvetgallery.co.uk", "concierge@velvet-gallery.com"),
        ("nordboard", "ES", "ES", "info@nordboard.com", "soporte@nordboard.es"),
    ]
    return {name: Site(name, number(rng, r1, fixed), number(rng, r2, fixed), m1, m2) for name, r1, r2, m1, m2 in spec}


@dataclass
class AdCtx:
    rng: random.Random
    site: Site
    version: int
    when: datetime
    day: int
    city: str
    spelling: str
    lang: str
    woman: Any
    net: Any
    text: list[str]
    contacts: list[tuple[str, str]]
    no_contact: bool
    nxt: tuple[int, str] | None
    start: datetime


@dataclass
class Page:
    ad_id: str = ""
    url: str = ""
    title: str = ""
    lines: list[str] = field(default_factory=list)
    furniture: list[dict[str, str]] = field(default_factory=list)
    city_field: str | None = None

    def n(self, kind: str, printed: str) -> str:
        """A printed piece of furniture, recorded with its digits."""
        digits = "".join(c for c in printed if c.isdigit())
        if digits:
            self.furniture.append({"kind": kind, "digits": digits})
        return printed

    def phone(self, e164: str, national: bool) -> str:
        num = phonenumbers.parse(e164)
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL if national else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        self.furniture.append(
            {"kind": "site_phone", "digits": phonenumbers.national_significant_number(num), "e164": e164}
        )
        return phonenumbers.format_number(num, fmt)

    def mail(self, addr: str) -> str:
        self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr

    @property
    def body(self) -> str:
        return "\n".join(self.lines)


def thousands(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def contact_lines(ctx: AdCtx, default: str) -> list[str]:
    if ctx.no_contact or not ctx.contacts:
        return [default]
    return [f"{label} {printed}" for label, printed in ctx.contacts if label]


def text_block(ctx: AdCtx) -> list[str]:
    """Her sentences, as one paragraph or a line each (writers do both), a number she writes into her text (a
    contact without a label) after its last sentence."""
    lines = [" ".join(ctx.text)] if ctx.rng.random() < 0.5 else list(ctx.text)
    for label, printed in ctx.contacts:
        if not label:
            lines[-1] += f" {ctx.rng.choice(['📞', '☎️', '📱', '→', '-'])} {printed}"
    return lines


def name_of(ctx: AdCtx) -> str:
    if ctx.woman is None:
        return str(ctx.net.name)
    return str(ctx.woman.names[ctx.site.name])


def nat_word(ctx: AdCtx, lang: str) -> str:
    w = ctx.woman
    return D.NATIONALITIES[w.nationality][D.LANG_INDEX[lang]] if w else ""


def spoken(ctx: AdCtx, lang: str) -> str:
    names = D.LANGUAGE_NAMES[lang]
    w = ctx.woman
    langs = ["en"]
    if w and w.region in ("NO", "SE", "DK"):
        langs = [{"NO": "no", "SE": "sv", "DK": "da"}[w.region], "en"]
    elif w and w.helped:
        langs.append({"NO": "no", "SE": "sv", "DK": "da"}[D.CITIES[w.home][0]])
    return ", ".join(names[x] for x in langs)


def country(ctx: AdCtx) -> str:
    return D.CITIES[ctx.city][0]


def price_list(ctx: AdCtx, p: Page, style: str) -> str:
    r = ctx.rng
    c = country(ctx)
    base = {"NO": 2000, "SE": 2000, "DK": 1200}[c] + r.randint(-4, 8) * 100
    half, hour, two = base * 6 // 10 // 50 * 50, base, base * 18 // 10 // 100 * 100
    if style == "da":
        return p.n("price", f"Priser: ½ time {thousands(half, '.')} kr. · 1 time {thousands(hour, '.')} kr.")
    if style == "sv":
        return p.n(
            "price",
            f"Priser: 30 min {thousands(half, ' ')} kr · 1 timme {thousands(hour, ' ')} kr"
            f" · 2 timmar {thousands(two, ' ')} kr",
        )
    if style == "no":
        return p.n(
            "price", f"Priser: 30 min {half} kr · 1 time {thousands(hour, ' ')} kr · 2 timer {thousands(two, ' ')} kr"
        )
    eur = hour // 10 // 10 * 10 + 100
    return p.n(
        "price",
        f"Rates: 1 hour €{eur} | 2 hours €{eur * 2 - 50} | Dinner date €{eur * 3}"
        f" | Overnight €{thousands(eur * 6, ',')}",
    )


# --------------------------------------------------------------------------- klinikvagten (DK clinic rosters)
def klinikvagten(ctx: AdCtx, p: Page) -> None:
    r, w, net, when = ctx.rng, ctx.woman, ctx.net, ctx.when
    site = ctx.site
    clinic = net.name if net and net.kind == "clinic" else None
    slug = (clinic or "privat").lower().replace(" ", "-").replace("é", "e")
    name = name_of(ctx)
    vid = site.new_id(r, 10000, 99999) if ctx.version == 1 else site.new_id(r, 300000, 899999)
    p.ad_id = str(vid)
    start_h, end_h = r.choice([9, 10, 11, 12]), r.choice([20, 21, 22, 23])
    wd = weekday_of(ctx, "da")
    lo, hi = DK_POSTCODES.get(ctx.city, (1000, 9990))
    pc = str(r.randint(lo, hi))
    if ctx.version == 1:
        p.url = p.n("ad_id", f"https://www.klinikvagten.dk/klinik/{slug}/pige/{vid}")
        p.title = f"{name} på vagt i dag – {clinic or 'Privat værelse'}, {ctx.spelling}"
        p.city_field = f"{pc} {ctx.spelling}"
        p.n("postcode", pc)
        p.lines += [
            p.n("ad_id", f"Vagt nr. {vid}") + f" · {clinic or 'Privat'} · {ctx.spelling}",
            p.n("date", f"På arbejde i dag: {wd} d. {when.day}. {MONTHS['da'][when.month - 1]} {when.year}")
            + " · "
            + p.n("opening_hours", f"kl. {start_h}–{end_h}"),
        ]
        if w:
            p.lines.append(
                p.n("profile_fact", f"Alder: {w.age} · Højde: {w.height} · Vægt: {w.weight}")
                + f" · {nat_word(ctx, 'da')}"
            )
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, "da"))
        p.lines += contact_lines(ctx, "Kontakt: ring til klinikken via sidens knap")
        p.lines.append(p.n("opening_hours", f"Klinikken har åbent: man–fre {start_h}–{end_h}, lør–søn 12–20"))
        p.lines.append(
            p.n("view_count", f"Set {thousands(r.randint(150, 19000), '.')} gange")
            + " · "
            + p.n("timestamp", f"opdateret {when:%d.%m.%Y} kl. {when:%H.%M}")
        )
        p.lines.append(f"Klinikvagten.dk · Annoncering {p.phone(site.phone1, True)} · {p.mail(site.mail1)}")
    else:
        wk = when.isocalendar()[1]
        p.url = p.n("ad_id", f"https://klinikvagten.com/dk/{D.CITIES[ctx.city][2]}/{slug}?pige={vid}") + p.n(
            "date", f"&dag={when:%Y-%m-%d}"
        )
        p.title = f"{clinic or 'Privat'} · {name} · {ctx.spelling}"
        p.lines += [
            p.n("ad_id", f"Pige-ID {vid}") + " · " + p.n("date", f"Vagtplan uge {wk}"),
            p.n("date", f"{wd[:3]} {when.day}/{when.month}")
            + " "
            + p.n("opening_hours", f"{start_h}:00–{end_h}:00")
            + " · "
            + p.n("postcode", f"{pc} {ctx.spelling}"),
        ]
        if w:
            p.lines.append(
                p.n("profile_fact", f"{w.age} år · {w.height} cm · BH 75{w.bust}") + f" · taler {spoken(ctx, 'da')}"
            )
        p.lines.append("Om mig" if w else "Om klinikken")
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, "da"))
        p.lines += contact_lines(ctx, "Kontakt: kun via beskedfunktionen")
        p.lines.append(
            p.n("rating", f"★ {r.randint(36, 50) / 10:.1f}".replace(".", ","))
            + " · "
            + p.n("view_count", f"{thousands(r.randint(100, 9000), '.')} visninger")
        )
        p.lines.append(f"Klinikvagten Ltd, Limassol · Support {p.phone(site.phone2, False)} · {p.mail(site.mail2)}")


def weekday_of(ctx: AdCtx, lang: str) -> str:
    return WEEKDAYS[lang][ctx.when.weekday()]


# --------------------------------------------------------------------------- rosafolio (portfolio subdomains)
def rosafolio(ctx: AdCtx, p: Page) -> None:
    r, w, when, site = ctx.rng, ctx.woman, ctx.when, ctx.site
    handle = w.handle if w else (ctx.net.name.lower().replace(" ", "-") + "-jobb")
    name = name_of(ctx)
    pid = site.new_id(r, 100000, 999999)
    p.ad_id = str(pid)
    en = ctx.lang == "en"
    if ctx.version == 1:
        p.url = p.n("ad_id", f"https://{handle}.rosafolio.se/annons/{pid}")
        p.title = f"{name} | Escort & massage i {ctx.spelling}" if not en else f"{name} | Companion in {ctx.spelling}"
        p.city_field = ctx.spelling
        p.lines += [
            f"{name} · {ctx.spelling} · " + p.n("ad_id", f"Portfolio #{pid}"),
            p.n("timestamp", f"Senast uppdaterad {when:%Y-%m-%d %H:%M}"),
            "Om mig",
        ]
        p.lines += text_block(ctx)
        if w:
            p.lines.append(
                p.n("profile_fact", f"Ålder {w.age} · Längd {w.height} cm · Vikt {w.weight} kg · Mått {w.measures}")
                + f" · Språk: {spoken(ctx, 'sv')}"
            )
        h1, h2 = r.choice([10, 11, 12, 14]), r.choice([22, 23, 0, 2])
        p.lines.append(p.n("opening_hours", f"Tillgänglig: mån–lör {h1:02d}:00–{h2:02d}:00"))
        p.lines.append(price_list(ctx, p, "sv"))
        p.lines += contact_lines(ctx, "Kontakt: via formuläret nedan")
        p.lines.append(p.n("view_count", f"Sidvisningar: {thousands(r.randint(200, 40000), ' ')}"))
        p.lines.append(f"Hostad på Rosafolio · Support {p.phone(site.phone1, True)} · {p.mail(site.mail1)}")
    else:
        rev = r.randint(2, 40)
        p.url = p.n("ad_id", f"https://{handle}.rosafolio.eu/p/{pid}") + p.n("version", f"?v={rev}")
        p.title = f"{name} – {ctx.spelling}"
        p.city_field = None
        p.lines += [
            f"{name} · " + p.n("ad_id", f"rosafolio.eu/p/{pid}"),
            p.n("date", f"Updated {when.day} {MONTHS['en'][when.month - 1]} {when.year}") + f" · Now in {ctx.spelling}",
        ]
        if w:
            p.lines.append(
                p.n("profile_fact", f"{w.age} yrs | {w.height} cm | {w.weight} kg | {w.measures}")
                + f" | {nat_word(ctx, 'en')}"
            )
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, {"SE": "sv", "NO": "no", "DK": "da"}[country(ctx)]))
        p.lines += contact_lines(ctx, "Contact: use the form on this page")
        p.lines.append(
            p.n("favourites", f"♥ {r.randint(3, 600)}")
            + " · "
            + p.n("view_count", f"{thousands(r.randint(100, 30000), ',')} visits")
        )
        p.lines.append(f"Rosafolio OÜ, Tallinn · Help {p.phone(site.phone2, False)} · {p.mail(site.mail2)}")


# --------------------------------------------------------------------------- flirtkontakt (SE dating, paid profiles)
def flirtkontakt(ctx: AdCtx, p: Page) -> None:
    r, w, when, site = ctx.rng, ctx.woman, ctx.when, ctx.site
    name = name_of(ctx)
    user = (
        (name + r.choice(["", "_", "x"]) + r.choice(["Sweet", "Love", "Kiss", "Hot", "Discreet"]))
        if w
        else "Rekrytering"
    )
    pid = site.new_id(r, 1000000, 3999999)
    p.ad_id = str(pid)
    member = w.member if w else "4000000"
    if ctx.version == 1:
        p.url = p.n("ad_id", f"https://www.flirtkontakt.se/profil/{user.lower()}/presentation/{pid}")
        p.title = f"{name}, {w.age if w else 30} – söker generös man i {ctx.spelling}"
        p.city_field = SE_COUNTIES.get(ctx.city)
        p.lines += [
            "Guldmedlem ★ · " + p.n("member_id", f"Profil-ID {member}") + " · " + p.n("ad_id", f"Presentation {pid}"),
            p.n("time", f"Inloggad senast: idag {when:%H:%M}"),
            p.n(
                "profile_fact",
                f"Kvinna, {w.age if w else 30} år, {ctx.spelling} · Längd {w.height if w else 170} · Söker: män 30–65",
            ),
            p.n("rating", f"Matchning {r.randint(60, 99)} %"),
            "Presentation",
        ]
        p.lines += text_block(ctx)
        p.lines.append(p.n("price", f"Gåva: {thousands(r.choice([1500, 2000, 2500, 3000]), ' ')} kr/tim"))
        p.lines += contact_lines(ctx, "Kontakt: skicka ett meddelande via sidan")
        p.lines.append(
            p.n("view_count", f"Besökare denna vecka: {r.randint(20, 900)}")
            + " · "
            + p.n("date", f"Medlem sedan {r.choice(MONTHS['sv'])} {r.randint(2019, 2025)}")
        )
        p.lines.append(f"Flirtkontakt · Kundtjänst {p.phone(site.phone1, True)} · {p.mail(site.mail1)}")
    else:
        p.url = p.n("ad_id", f"https://flirtkontakt.com/se/u/{pid}") + p.n("page", f"?ref=sok&p={r.randint(1, 40)}")
        p.title = f"{user} ({w.age if w else 30}) · {ctx.spelling}"
        p.lines += [
            p.n("ad_id", f"#{pid}") + " · " + p.n("timestamp", f"senast aktiv {when.day}/{when.month} kl {when:%H.%M}"),
            p.n("profile_fact", f"{w.age if w else 30} år · {w.height if w else 170} cm · {ctx.spelling}"),
            "💎 VIP-profil" if r.random() < 0.4 else "Profil",
        ]
        p.lines += text_block(ctx)
        p.lines.append(p.n("price", f"Önskad gåva: {r.choice([1500, 2000, 2500, 3000])} SEK"))
        p.lines += contact_lines(ctx, "Kontakt: endast via chatten")
        p.lines.append(
            p.n("favourites", f"❤ {r.randint(1, 400)}")
            + " · "
            + p.n("view_count", f"👁 {thousands(r.randint(50, 20000), ' ')}")
        )
        p.lines.append(f"Flirtkontakt Ltd, Malta · Support {p.phone(site.phone2, False)} · {p.mail(site.mail2)}")


# --------------------------------------------------------------------------- rombesok (NO hotel incall)
def stay_span(cin: datetime, cout: datetime, short: bool) -> str:
    """A hotel stay as a Norwegian page writes it: "12.–15. feb", across a month's end "30.01–02.02"."""
    if cin.month != cout.month:
        return f"{cin:%d.%m}–{cout:%d.%m}"
    month = MONTHS["no"][cout.month - 1]
    return f"{cin.day}.–{cout.day}. {month[:3] if short else month}"


def rombesok(ctx: AdCtx, p: Page) -> None:
    r, w, when, site = ctx.rng, ctx.woman, ctx.when, ctx.site
    name = name_of(ctx)
    slug = D.CITIES[ctx.city][2]
    hotel = r.choice(D.HOTELS)
    cin = when - timedelta(days=r.randint(0, 2))
    cout = cin + timedelta(days=r.randint(2, 5))
    if w and ctx.nxt and 1 <= ctx.nxt[0] - ctx.day <= 6:
        cout = ctx.start + timedelta(days=ctx.nxt[0])  # she leaves for her next city
    if ctx.version == 1:
        aid = site.new_id(r, 600000, 999999)
        p.ad_id = str(aid)
        p.url = p.n("ad_id", f"https://www.rombesok.no/{slug}/hotell/{aid}")
        p.title = f"{name} – hotellrom i {ctx.spelling} " + p.n("date", stay_span(cin, cout, True))
        p.city_field = ctx.spelling
        p.lines += [
            p.n("ad_id", f"Annonse {thousands(aid, ' ')}") + f" · Hotellbesøk › {ctx.spelling}",
            f"Hotell: {hotel} (romnummer oppgis på sms)",
            p.n(
                "date",
                f"Innsjekk {WEEKDAYS['no'][cin.weekday()]} {cin:%d.%m}"
                f" · utsjekk {WEEKDAYS['no'][cout.weekday()]} {cout:%d.%m}",
            ),
            p.n("opening_hours", f"Tilgjengelig {r.choice([10, 11, 12]):02d}:00–{r.choice([1, 2, 3]):02d}:00"),
        ]
        if w:
            p.lines.append(
                p.n("profile_fact", f"Alder {w.age} · {w.height} cm · {w.weight} kg")
                + f" · Nasjonalitet: {nat_word(ctx, 'no')}"
            )
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, "no"))
        p.lines += contact_lines(ctx, "Kontakt: send melding via siden")
        p.lines.append(
            p.n("view_count", f"Visninger: {thousands(r.randint(80, 12000), ' ')}")
            + " · "
            + p.n("timestamp", f"Lagt inn {when:%d.%m.%Y kl. %H:%M}")
        )
        p.lines.append(f"Rombesøk.no · Annonsørstøtte {p.phone(site.phone1, True)} · {p.mail(site.mail1)}")
    else:
        aid = site.new_id(r, 1000000, 1999999)
        p.ad_id = f"r{aid}"
        p.url = p.n("ad_id", f"https://rombesok.es/no/{slug}/r{aid}") + p.n("date", f"?inn={cin:%Y-%m-%d}")
        p.title = f"{name} · {ctx.spelling} · {hotel}"
        p.lines += [
            p.n("ad_id", f"Annonse-ID r{aid}")
            + " · "
            + p.n("date", stay_span(cin, cout, False))
            + f" · {ctx.spelling}",
            "Rom i sentrum, diskret inngang" if r.random() < 0.5 else "Hotellrom, diskret",
        ]
        if w:
            p.lines.append(
                p.n("profile_fact", f"{w.age} år | {w.height} cm | {w.measures}") + f" | {nat_word(ctx, 'no')}"
            )
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, "no"))
        p.lines += contact_lines(ctx, "Kontakt: kun meldinger på siden")
        if ctx.nxt and r.random() < 0.5:
            nd = ctx.start + timedelta(days=ctx.nxt[0])
            p.lines.append(f"Neste by: {D.CITIES[ctx.nxt[1]][1][0]} " + p.n("date", f"fra {nd:%d.%m}"))
        p.lines.append(
            p.n("view_count", f"👁 {thousands(r.randint(80, 12000), ' ')}")
            + " · "
            + p.n("timestamp", f"{when:%Y-%m-%d %H:%M}")
        )
        p.lines.append(f"Rombesok S.L., Málaga · Hjelp {p.phone(site.phone2, False)} · {p.mail(site.mail2)}")


# --------------------------------------------------------------------------- velvetgallery (EN high-class gallery)
def velvetgallery(ctx: AdCtx, p: Page) -> None:
    r, w, when, site, net = ctx.rng, ctx.woman, ctx.when, ctx.site, ctx.net
    name = name_of(ctx)
    agency = net.name if net and net.kind == "agency" else None
    slug = D.CITIES[ctx.city][2]
    gid = site.new_id(r, 20000, 89999)
    p.ad_id = str(gid)
    if ctx.version == 1:
        p.url = p.n("ad_id", f"https://www.velvetgallery.co.uk/nordic/{slug}/{name.lower()}-{gid}")
        p.title = f"{name} – elite companion in {ctx.spelling}"
        p.city_field = ctx.spelling
        p.lines += [
            p.n("ad_id", f"Gallery ref VG-{gid}")
            + " · "
            + (f"Represented by {agency}" if agency else "Independent companion"),
            p.n("date", f"Added {when:%d/%m/%Y}") + f" · {ctx.spelling}",
        ]
        if w:
            p.lines.append(
                p.n(
                    "profile_fact",
                    f"Age {w.age} · {w.height} cm · {w.weight} kg · 34{w.bust} · Dress UK {r.choice([6, 8, 10, 12])}",
                )
                + f" · {nat_word(ctx, 'en')} · Languages: {spoken(ctx, 'en')}"
            )
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, "en"))
        p.lines.append(
            p.n("price", f"Minimum booking {r.choice([1, 2])} h · deposit €{r.choice([50, 100, 150])} for outcall")
        )
        p.lines += contact_lines(ctx, "Enquiries: via the gallery's booking form")
        p.lines.append(
            p.n("view_count", f"Gallery views {thousands(r.randint(300, 25000), ',')}")
            + " · "
            + p.n("favourites", f"♥ {r.randint(2, 300)}")
        )
        p.lines.append(f"Velvet Gallery Ltd · Concierge {p.phone(site.phone1, False)} · {p.mail(site.mail1)}")
    else:
        p.url = p.n("ad_id", f"https://velvet-gallery.com/companion/{gid}/{name.lower()}") + f"?city={slug}"
        p.title = f"{name} · {agency or 'Independent'} · {ctx.spelling}"
        p.lines += [
            f"{agency + ' presents' if agency else 'Meet'} {name}" + (p.n("profile_fact", f" ({w.age})") if w else ""),
            f"Now in {ctx.spelling} · "
            + p.n("ad_id", f"Companion no. {gid}")
            + " · "
            + p.n("date", f"Last updated {MONTHS['en'][when.month - 1]} {when.day}, {when.year}"),
        ]
        if w:
            p.lines.append(p.n("profile_fact", f"Stats {w.measures} · {w.height} cm") + f" · {nat_word(ctx, 'en')}")
        p.lines.append(
            p.n(
                "opening_hours",
                f"Hours {r.choice([12, 14, 16, 18])}:00–{r.choice([2, 4, 6])}:00".replace(":00–", ":00–0"),
            )
        )
        p.lines += text_block(ctx)
        p.lines.append(price_list(ctx, p, "en"))
        p.lines += contact_lines(ctx, "Book: through the form below")
        if ctx.nxt and r.random() < 0.4:
            nd = ctx.start + timedelta(days=ctx.nxt[0])
            p.lines.append(
                f"Next: {D.CITIES[ctx.nxt[1]][1][0]} " + p.n("date", f"{nd.day} {MONTHS['en'][nd.month - 1]}")
            )
        p.lines.append(f"Velvet Gallery · Concierge desk {p.phone(site.phone2, False)} · {p.mail(site.mail2)}")


# --------------------------------------------------------------------------- nordboard (multilingual board from Spain)
BOARD = {
    "sv": (
        "Annons",
        "Publicerad",
        "Visningar",
        "Ålder",
        "Svara på annonsen",
        "Kontakt: via knappen ovan",
        "Nästa stad",
    ),
    "no": ("Annonse", "Publisert", "Visninger", "Alder", "Svar på annonsen", "Kontakt: via knappen over", "Neste by"),
    "da": ("Annonce", "Oprettet", "Visninger", "Alder", "Svar på annoncen", "Kontakt: via knappen ovenfor", "Næste by"),
    "en": ("Ad", "Posted", "Views", "Age", "Reply to this ad", "Contact: via the button above", "Next city"),
}


def nordboard(ctx: AdCtx, p: Page) -> None:
    r, w, when, site = ctx.rng, ctx.woman, ctx.when, ctx.site
    lang = ctx.lang
    ad_w, posted, views, age_w, reply, none, nxt = BOARD[lang]
    name = name_of(ctx)
    slug = D.CITIES[ctx.city][2]
    aid = site.new_id(r, 2000000, 2999999)
    p.ad_id = str(aid)
    if ctx.version == 1:
        p.url = p.n("ad_id", f"https://nordboard.com/{lang}/{slug}/ad{aid}.html")
        p.title = f"{name} – {ctx.spelling}"
        p.city_field = ctx.spelling
        p.lines += [
            f"{ctx.spelling} · "
            + p.n("timestamp", f"{posted} {when:%d.%m.%Y %H:%M}")
            + " · "
            + p.n("view_count", f"{views}: {r.randint(40, 9999)}"),
        ]
        if w:
            p.lines.append(p.n("profile_fact", f"{age_w}: {w.age}") + f" · {nat_word(ctx, lang)}")
        p.lines += text_block(ctx)
        p.lines += contact_lines(ctx, none)
        p.lines.append(reply + " · " + p.n("ad_id", f"{ad_w} #{aid}"))
        p.lines.append(f"NordBoard · {p.phone(site.phone1, False)} · {p.mail(site.mail1)}")
    else:
        p.url = p.n("ad_id", f"https://nordboard.es/?lang={lang}&city={slug}&ad={aid}")
        p.title = f"{ctx.spelling}: {name}, {w.age if w else ''}".rstrip(", ")
        if w:
            p.n("profile_fact", str(w.age))
        p.lines += [
            p.n("timestamp", f"{when:%Y-%m-%dT%H:%M}") + " · " + p.n("ad_id", f"ID {aid}"),
            f"📍 {ctx.spelling}",
        ]
        p.lines += text_block(ctx)
        if w:
            p.lines.append(p.n("profile_fact", f"{w.height} cm · {w.weight} kg · {w.measures}"))
        p.lines += contact_lines(ctx, none)
        if ctx.nxt and r.random() < 0.3:
            nd = ctx.start + timedelta(days=ctx.nxt[0])
            p.lines.append(f"{nxt}: {D.CITIES[ctx.nxt[1]][1][0]} " + p.n("date", f"{nd:%d/%m}"))
        p.lines.append(p.n("view_count", f"👁 {r.randint(40, 9999)}"))
        p.lines.append(f"NordBoard S.L., Alicante · {p.phone(site.phone2, False)} · {p.mail(site.mail2)}")


RENDER = {
    "klinikvagten": klinikvagten,
    "rosafolio": rosafolio,
    "flirtkontakt": flirtkontakt,
    "rombesok": rombesok,
    "velvetgallery": velvetgallery,
    "nordboard": nordboard,
}


RECRUIT_TITLE = {
    "da": "{name} søger nye piger – {city}",
    "sv": "{name} söker nya tjejer – {city}",
    "no": "{name} søker nye jenter – {city}",
    "en": "{name} is hiring – {city}",
}


def render(ctx: AdCtx) -> Page:
    page = Page()
    RENDER[ctx.site.name](ctx, page)
    if ctx.woman is None:
        page.title = RECRUIT_TITLE[ctx.lang].format(name=ctx.net.name, city=ctx.spelling)
        shown = "".join(c for c in page.url + page.title + page.body + (page.city_field or "") if c.isdigit())
        page.furniture = [f for f in page.furniture if f["digits"] in shown]
    return page
