"""Pages of benchmarks/blind12: six invented sites, each with two templates (the second from its redesign day)."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from benchmarks.blind12 import _banks as B
from benchmarks.blind12._data import (
    ABROAD,
    CITY_COUNTRY,
    DISTRICTS,
    HOMETOWNS,
    HOTELS,
    LANDMARKS,
    NATIONALITIES,
    POSTCODES,
    SPELLINGS,
    STREETS,
)
from benchmarks.blind12._phones import national_digits, parts, render, vanity
from benchmarks.blind12._world import LANG_OF, Controller, Person

REDESIGN = {  # the day each site moved to its second template (and, for some, a new domain)
    "snabbkontakt": dt.date(2026, 10, 12),
    "kartnaal": dt.date(2026, 10, 28),
    "stjernekoll": dt.date(2026, 10, 20),
    "turneplan": dt.date(2026, 10, 1),
    "skrapa": dt.date(2026, 10, 15),
    "klippkanalen": dt.date(2026, 11, 2),
}
KIND = {
    "snabbkontakt": "classifieds",
    "kartnaal": "maps_listing",
    "stjernekoll": "review_aggregator",
    "turneplan": "tour_calendar",
    "skrapa": "scraper_csv",
    "klippkanalen": "video_captions",
}
MONTHS = {
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "no": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    "da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def digits_of(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if unicodedata.digit(c, None) is not None)


@dataclass
class Page:
    """What one ad prints and what its truth says about every number and address on it."""

    rng: random.Random
    lang: str
    furniture: list[dict[str, Any]] = field(default_factory=list)
    phone_styles: dict[str, str] = field(default_factory=dict)
    email_styles: dict[str, str] = field(default_factory=dict)

    def f(self, kind: str, text: str, e164: str | None = None) -> str:
        d = digits_of(text)
        if e164:
            self.furniture.append({"kind": kind, "digits": d, "e164": e164})
        elif len(d) >= 4 and not any(x["digits"] == d and x["kind"] == kind for x in self.furniture):
            self.furniture.append({"kind": kind, "digits": d})
        return text

    def mail(self, kind: str, addr: str) -> str:
        self.furniture.append({"kind": kind, "digits": "", "text": addr})
        return addr

    def ph(self, e164: str, style: str, lang: str | None = None) -> str:
        self.phone_styles.setdefault(e164, style)
        return render(e164, style, lang or self.lang, self.rng)

    def em(self, addr: str, style: str) -> str:
        self.email_styles.setdefault(addr, style)
        local, dom = addr.split("@")
        r = self.rng
        if style in ("plain", "csv_column", "ics_mailto"):
            return addr
        if style == "mailto":
            return f'<a href="mailto:{addr}">{r.choice(["Mail", "E-post", addr])}</a>'
        if style == "at_words":
            at, dot = r.choice([("(at)", "(dot)"), ("[at]", "[dot]"), (" AT ", " DOT "), ("(a)", "(.)")])
            return f"{local}{at}{dom.replace('.', dot)}"
        if style == "snabel":
            at, dot = {
                "sv": ("snabel-a", "punkt"),
                "no": ("krøllalfa", "punktum"),
                "da": ("snabel-a", "prik"),
                "en": ("at-sign", "dot"),
            }[self.lang]
            return f"{local} {at} {dom.replace('.', f' {dot} ')}"
        if style == "zero_width":
            return addr.replace("@", "\u200b@\u200b").replace(".", "\u200b.")
        if style == "fullwidth":
            return addr.replace("@", "＠").replace(".", "．")
        if style == "spoken":
            at, dot = {
                "sv": ("snabel a", "punkt"),
                "no": ("krøllalfa", "punktum"),
                "da": ("snabel a", "punktum"),
                "en": ("at", "dot"),
            }[self.lang]
            return f"{local.replace('.', f' {dot} ').replace('_', ' underscore ')} {at} {dom.replace('.', f' {dot} ')}"
        raise ValueError(style)


@dataclass
class Ad:
    site: str
    ver: int
    when: dt.datetime
    person: Person | None
    ctrl: Controller | None
    city: str
    lang: str
    phones: list[tuple[str, bool]]
    emails: list[str]
    recruit: bool
    rng: random.Random
    name: str = ""
    age: int = 0
    ad_no: int = 0
    counter: int = 0
    city_style: str = "canonical"
    extra_city: str | None = None
    page: Page | None = None

    @property
    def nat(self) -> str:
        if not self.person:
            return ""
        return NATIONALITIES[self.person.nat][2][self.lang]

    @property
    def country(self) -> str:
        return CITY_COUNTRY[self.city]


def city_text(ad: Ad, allowed: tuple[str, ...] = ()) -> str:
    """The city as this ad writes it, and its style in ad.city_style."""
    r = ad.rng
    opts = ["canonical"] * 40 + ["spelling"] * 18 + ["district"] * 14 + ["postcode"] * 10 + ["hashtag"] * 6
    opts += ["landmark"] * 6
    if allowed:
        opts = [o for o in opts if o in allowed]
    marks = [m for m, lg in LANDMARKS.get(ad.city, []) if lg in (ad.lang, "en")]
    while True:
        s = r.choice(opts)
        if s == "spelling" and ad.city in SPELLINGS:
            t = r.choice(SPELLINGS[ad.city])
        elif s == "district" and ad.city in DISTRICTS:
            t = r.choice(DISTRICTS[ad.city])
        elif s == "postcode" and ad.city in POSTCODES:
            pc = r.choice(POSTCODES[ad.city])
            if ad.page:
                ad.page.f("postcode", pc)
            t = f"{pc} {ad.city}"
        elif s == "hashtag":
            t = "#" + r.choice([ad.city, *SPELLINGS.get(ad.city, [])]).replace(" ", "").lower()
        elif s == "landmark" and marks:
            t = r.choice(marks)
        elif s == "canonical":
            t = ad.city
        else:
            continue
        ad.city_style = s
        return t


def distractor(ad: Ad, page: Page) -> str:
    """Where she comes from or goes next (another city than the ad's); empty in two ads of three."""
    r = ad.rng
    if r.random() > 0.33:
        return ""
    p = ad.person
    lang = ad.lang
    if p and p.tour and r.random() < 0.6:
        other = r.choice([c for c in [p.home, *p.tour] if c != ad.city] or [p.home])
        if other == ad.city:
            return ""
        d = (ad.when + dt.timedelta(days=r.randint(5, 20))).date()
        when = page.f("date", f"{d.day}.{d.month}.")
        ad.extra_city = other
        return {
            "sv": f"Nästa stopp: {other} från {when}",
            "no": f"Neste stopp: {other} fra {when}",
            "da": f"Næste stop: {other} fra {when}",
            "en": f"Next stop: {other} from {when}",
        }[lang]
    place = r.choice(HOMETOWNS.get(p.region, ABROAD) if p else ABROAD)
    return {
        "sv": f"Kommer från {place}.",
        "no": f"Kommer fra {place}.",
        "da": f"Kommer fra {place}.",
        "en": f"Originally from {place}.",
    }[lang]


def voice(ad: Ad, city: str, lines: int = 3) -> list[str]:
    """Her own sentences (the same per person, so her ads are near-identical), or the controller's."""
    p, lang = ad.person, ad.lang
    slots = {"name": ad.name, "age": ad.age, "nat": ad.nat, "city": city}
    out: list[str] = []
    if (ad.ctrl and ad.ctrl.kind != "clinic") or (ad.ctrl and ad.recruit):
        c = ad.ctrl
        slots |= {"brand": c.brand, **c.words}
        if ad.recruit:
            return [s.format(**slots) for s in B.RECRUIT[lang]]
        out = [B.CTRL_LINES[lang][j].format(**slots) for j in c.lines[:lines]]  # type: ignore[index]
        if p and ad.rng.random() < 0.5:
            bank = B.SOLO[lang]
            out.insert(1, bank["mid"][p.voice["mid1"]])
    elif p:
        bank = B.SOLO[lang]
        out = [bank["open"][p.voice["open"]].format(**slots) + ".", bank["mid"][p.voice["mid1"]]]
        if lines > 2:
            out.append(bank["mid"][p.voice["mid2"]])
        out.append(bank["close"][p.voice["close"]])
    if p and p.minor and ad.rng.random() < 0.7:
        out.insert(1, ad.rng.choice(B.MINOR_CUES[lang]))
    return out


def pick_style(ad: Ad, e164: str, table: dict[str, int]) -> str:
    """A style from the site's table that fits the number (national forms only for the ad's own country)."""
    region = parts(e164)[0]
    local = region == ad.country
    ok = dict(table)
    if not local:
        ok.pop("national", None)
        ok.pop("compact", None)
        ok.pop("dotted", None)
    if region not in ("NO", "SE", "DK"):
        ok.pop("asr_formatted", None)
    else:
        ok.pop("foreign_national", None)
    keys = list(ok)
    return ad.rng.choices(keys, [ok[k] for k in keys])[0]


def contact_phone(ad: Ad, page: Page, e164: str, table: dict[str, int]) -> str:
    p = ad.person
    if p and p.vanity and e164 == p.numbers[0][0] and ad.rng.random() < 0.6:
        page.phone_styles.setdefault(e164, "vanity")
        return vanity(e164, p.vanity)
    return page.ph(e164, pick_style(ad, e164, table))


def stamp(page: Page, kind: str, when: dt.datetime, fmt: str) -> str:
    return page.f(kind, when.strftime(fmt))


def price(page: Page, ad: Ad, cur: str) -> str:
    r = ad.rng
    base = {"kr": r.choice([1000, 1200, 1500, 1800, 2000, 2500]), "€": r.choice([100, 150, 200, 250])}[cur]
    half = r.choice([500, 700, 800, 1000]) if cur == "kr" else r.choice([60, 80, 100])
    if cur == "kr":
        b = f"{base:,}".replace(",", r.choice([" ", ".", ""]))
        return page.f("price", f"{half} kr/30 min") + " · " + page.f("price", f"{b} kr/1 h")
    return page.f("price", f"{half} € 30 min") + " · " + page.f("price", f"{base} € 1 h")


def id_digits(r: random.Random, n: int) -> str:
    return str(r.randint(10 ** (n - 1), 10**n - 1))


# ---------------------------------------------------------------------------------------------- the sites
SNABB_STYLES = {
    "international": 14,
    "national": 24,
    "compact": 8,
    "00": 4,
    "dotted": 4,
    "e164": 4,
    "tel_link": 3,
    "wa_link": 5,
    "signal_link": 3,
    "zero_width": 6,
    "superscript": 3,
    "circled": 3,
    "one_by_one": 3,
    "lookalike": 4,
    "words_sv": 3,
    "words_en": 2,
    "mixed_digits_words": 3,
    "foreign_national": 3,
}
MT_STYLES = {"foreign_words": 30, "foreign_national": 30, "international": 20, "thai_digits": 0}


def snabbkontakt(ad: Ad, page: Page) -> dict[str, Any]:
    """A Swedish classifieds site (Sällskap / Massage), some ads machine-translated from the poster's language;
    v2 snabbkontakt.eu run from Tallinn."""
    r = ad.rng
    lang = ad.lang
    ct = city_text(ad)
    p = ad.person
    mt = None
    if p and not ad.ctrl and p.region in B.MT_LANG_OF and r.random() < 0.3 and not ad.recruit:
        mt = B.MT_LANG_OF[p.region]
        lang = page.lang = ad.lang = "sv" if ad.ver == 1 else r.choice(["sv", "en"])
    aid = id_digits(r, 8)
    dom = "snabbkontakt.se" if ad.ver == 1 else "snabbkontakt.eu"
    slug = re.sub(r"[^a-z0-9]+", "-", f"{ad.name} {ad.city}".lower().encode("ascii", "ignore").decode()).strip("-")
    cat = "jobb" if ad.recruit else r.choice(["sallskap", "massage"])
    url = f"https://www.{dom}/{cat}/{aid}-{slug}"
    page.f("ad_id", aid)
    lines: list[str] = []
    if mt:
        _orig, tr = B.MT[mt]
        sents = [s.format(name=ad.name) for s in tr[lang]]
        lines += [
            ("Automatiskt översatt från " + B.MT_NAME[mt][0])
            if lang == "sv"
            else f"Machine translated from {B.MT_NAME[mt][1]}"
        ]
        lines += sents[: r.randint(2, 3)]
    else:
        lines += voice(ad, ct)
    d = distractor(ad, page)
    if d:
        lines.insert(r.randint(1, len(lines)), d)
    if ct not in " ".join(lines):
        lines.insert(1, {"sv": f"Plats: {ct}", "en": f"Location: {ct}", "no": f"Sted: {ct}", "da": f"Sted: {ct}"}[lang])
    if not ad.recruit:
        lines.append(("Pris: " if lang == "sv" else "Rates: ") + price(page, ad, "kr"))
    contact = []
    for e164, _own in ad.phones:
        if mt:
            table = dict(MT_STYLES)
            if mt == "th":
                table["thai_digits"] = 40
                table.pop("foreign_words")
            if parts(e164)[0] in ("NO", "SE", "DK"):
                table = {"international": 1}
            st = pick_style(ad, e164, table)
            contact.append(page.ph(e164, st, lang=mt if st == "foreign_words" else None))
        else:
            contact.append(contact_phone(ad, page, e164, SNABB_STYLES))
    for addr in ad.emails:
        contact.append(page.em(addr, r.choice(["plain", "plain", "at_words", "snabel", "zero_width", "fullwidth"])))
    if not ad.phones and not ad.emails and p:
        contact.append(f"snap: {p.handle}")
    lab = {"sv": "Kontakt", "en": "Contact", "no": "Kontakt", "da": "Kontakt"}[lang]
    if contact:
        lines.append(f"{lab}: " + " / ".join(contact))
    if mt and r.random() < 0.5:
        lines.append(
            ("Visa original: " if lang == "sv" else "Original: ")
            + " ".join(s.format(name=ad.name) for s in B.MT[mt][0])
        )
    views = r.randint(40, 4800)
    if ad.ver == 1:
        head = (
            f"Sällskap › {ct} | Annons-ID: {aid} | Publicerad "
            f"{stamp(page, 'date', ad.when, '%Y-%m-%d %H:%M')} | Visningar: {page.f('views', str(views))}"
        )
        foot = (
            "Rapportera annons · Kundtjänst "
            + page.f("site_phone", "08-410 330 82", "+46841033082")
            + " (vardagar 9–17) · "
            + page.mail("support_email", "kundtjanst@snabbkontakt.se")
            + " · Boosta: Swish "
            + page.f("swish", "123 508 41 77")
        )
    else:
        head = f"#{aid} · {stamp(page, 'date', ad.when, '%d.%m.%Y')} · 👁 {page.f('views', str(views))} · {ct}"
        foot = (
            "SK Media OÜ · reg. "
            + page.f("org_number", "16482207")
            + " · support "
            + page.f("site_phone", "+372 5820 4417", "+37258204417")
            + " · "
            + page.mail("support_email", "help@snabbkontakt.eu")
            + " · Top listing 4,99 €"
        )
    title = f"{ad.name} {ad.age} – {ct}" if not ad.recruit else f"{ad.ctrl.brand if ad.ctrl else ''} – jobb / work"
    if mt:
        title = f"{ad.name} {ad.age} ({B.MT_NAME[mt][1]}) {ct}"
    body = head + "\n\n" + "\n".join(lines) + "\n\n" + foot
    field = (
        ad.city if r.random() < 0.65 else (r.choice(DISTRICTS.get(ad.city, [ad.city])) if r.random() < 0.6 else None)
    )
    return {"id": aid, "url": url, "title": title, "body": body, "city": field}


def kartnaal(ad: Ad, page: Page) -> dict[str, Any]:
    """A maps/business listing of massage places: stars, address, opening hours, owner's update, reviews, Q&A."""
    r = ad.rng
    lang = ad.lang if ad.lang in ("no", "da", "en") else "en"
    page.lang = ad.lang = lang
    c = ad.ctrl
    if c and c.kind == "clinic":
        biz = c.brand
    elif ad.person and ad.person.region in ("TH", "VN", "CN", "PH"):
        biz = f"{ad.name} {B.CLINIC_B[lang][r.randrange(4)]}"
    else:
        biz = {"no": f"Massasje hos {ad.name}", "da": f"Massage hos {ad.name}", "en": f"Massage by {ad.name}"}[lang]
    country = ad.country
    street = f"{r.choice(STREETS[country])} {r.randint(1, 140)}"
    postcode = r.choice(POSTCODES.get(ad.city, ["1000"]))
    local = r.choice(DISTRICTS[ad.city]) if ad.city in DISTRICTS and r.random() < 0.35 else ad.city
    ad.city_style = "address_district" if local != ad.city else "address"
    stars = f"{r.randint(30, 49) / 10:.1f}".replace(".", "," if lang != "en" else ".")
    n_rev = r.randint(3, 240)
    pid = id_digits(r, 19)
    url = f"https://kartnaal.{'no' if ad.ver == 1 else 'app'}/place/{pid}"
    page.f("place_id", pid)
    open_h, close_h = r.choice([10, 11, 12]), r.choice([19, 20, 21, 22])
    tel = ad.phones[0][0] if ad.phones else None
    tel_txt = (
        contact_phone(ad, page, tel, {"national": 40, "international": 25, "compact": 8, "tel_link": 10, "e164": 5})
        if tel
        else ""
    )
    L = {
        "no": (
            "anmeldelser",
            "Adresse",
            "Åpningstider",
            "Telefon",
            "Oppdatering fra eieren",
            "Spørsmål",
            "Eierens svar",
            "Foreslå en endring · Eier du denne bedriften?",
            "stengt",
        ),
        "da": (
            "anmeldelser",
            "Adresse",
            "Åbningstider",
            "Telefon",
            "Opdatering fra ejeren",
            "Spørgsmål",
            "Ejerens svar",
            "Foreslå en ændring · Ejer du denne virksomhed?",
            "lukket",
        ),
        "en": (
            "reviews",
            "Address",
            "Hours",
            "Phone",
            "Update from the owner",
            "Question",
            "Response from the owner",
            "Suggest an edit · Own this business?",
            "closed",
        ),
    }[lang]
    lines = [biz]
    if ad.ver == 1:
        lines.append(f"{stars} ★★★★☆ ({page.f('review_count', str(n_rev))} {L[0]}) · Massage · $$")
    else:
        lines.append(f"Rated {stars} out of 5 · {page.f('review_count', str(n_rev))} {L[0]}")
    lines.append(f"{L[1]}: {street}, {page.f('postcode', postcode)} {local}")
    hours = page.f("opening_hours", f"{open_h}:00–{close_h}:00")
    lines.append(
        f"{L[2]}: {'man–fre' if lang != 'en' else 'Mon–Fri'} {hours} · {'søn' if lang != 'en' else 'Sun'} {L[8]}"
    )
    if tel_txt:
        lines.append(f"{L[3]}: {tel_txt}")
    for e164, _own in ad.phones[1:]:
        lines.append(
            f"{L[3]} 2: " + contact_phone(ad, page, e164, {"national": 50, "international": 30, "wa_link": 20})
        )
    for addr in ad.emails:
        lines.append("E-mail: " + page.em(addr, "plain"))
    ct = city_text(ad) if r.random() < 0.4 else ""
    if ct:
        ad.city_style = "update_" + ad.city_style
    days = r.randint(1, 20)
    upd = voice(ad, ct or ad.city, lines=2)
    intro = {
        "no": f"Ny massør {ad.name} ({ad.age}), {ad.nat}.",
        "da": f"Ny massør {ad.name} ({ad.age}), {ad.nat}.",
        "en": f"New therapist {ad.name} ({ad.age}), {ad.nat}.",
    }[lang]
    lines.append(
        f"{L[4]} · {days} d: {intro} " + " ".join(upd[:2]) + (f" 📍 {ct}" if ct and ct not in " ".join(upd[:2]) else "")
    )
    d = distractor(ad, page)
    if d:
        lines.append(d)
    rv = r.choice(B.MAP_REVIEWS[lang])
    guide = r.randint(2, 180)
    lines.append(f"★★★★☆ {'Lokal guide' if lang != 'en' else 'Local Guide'} · {guide} {L[0]}: «{rv}»")
    if r.random() < 0.5:
        lines.append(f"{L[6]}: {'Takk' if lang == 'no' else 'Tak' if lang == 'da' else 'Thank you'}! 🙏")
    lines.append(f"{L[7]} · " + page.f("copyright", "Kartdata ©2026"))
    body = "\n".join(lines[1:])
    return {
        "id": pid,
        "url": url,
        "title": biz + (f" – {ct}" if ct and r.random() < 0.3 else ""),
        "body": body,
        "city": local if r.random() < 0.8 else None,
    }


STJERNE_STYLES = {
    "international": 20,
    "national": 30,
    "compact": 10,
    "00": 5,
    "wa_link": 5,
    "zero_width": 4,
    "lookalike": 4,
    "words_da": 2,
    "words_en": 2,
    "circled": 3,
    "mixed_digits_words": 2,
    "foreign_national": 3,
    "tel_link": 3,
}


def stjernekoll(ad: Ad, page: Page) -> dict[str, Any]:
    """A buyers' review aggregator with star tables per category; quotes the ad's contact (or masks it for
    non-members); v2 the English 'Nordic Star Reviews' on stjernekoll.com."""
    r = ad.rng
    lang = ad.lang if ad.lang in ("da", "sv", "en") else "en"
    page.lang = ad.lang = lang
    ct = city_text(ad)
    prof = id_digits(r, 5)
    page.f("profile_id", prof)
    dom = "stjernekoll.dk" if ad.ver == 1 else "stjernekoll.com"
    slug = re.sub(r"[^a-z0-9]+", "-", ad.name.lower().encode("ascii", "ignore").decode()).strip("-") or "profil"
    url = f"https://{dom}/{'anmeldelser' if ad.ver == 1 else 'reviews'}/{slug}-{prof}"
    cats = {
        "da": ["Udseende", "Service", "Kommunikation", "Lokale", "Pris/kvalitet"],
        "sv": ["Utseende", "Service", "Kommunikation", "Lokal", "Pris/kvalitet"],
        "en": ["Looks", "Service", "Communication", "Location", "Value"],
    }[lang]
    scores = [r.randint(2, 5) for _ in cats]
    n_rev = r.randint(1, 60)
    avg = f"{sum(scores) / len(scores):.1f}"
    lines = []
    if ad.ver == 1:
        lines.append(
            f"{'Anmeldelser af' if lang == 'da' else 'Recensioner av' if lang == 'sv' else 'Reviews of'} "
            f"{ad.name} ({ad.age}) · {ct}"
        )
        tot = {"da": "Samlet", "sv": "Totalt", "en": "Overall"}[lang]
        cnt = {"da": "anmeldelser", "sv": "recensioner", "en": "reviews"}[lang]
        lines.append(
            f"{tot}: {avg}/5 · {page.f('review_count', str(n_rev))} {cnt} · "
            f"{'profile' if lang == 'en' else 'profil'} #{prof}"
        )
        lines += [f"| {k} | {'★' * v}{'☆' * (5 - v)} {v} |" for k, v in zip(cats, scores, strict=True)]
    else:
        lines.append(f"{ad.name}, {ad.age} — {ct} — ★ {avg} ({page.f('review_count', str(n_rev))} reviews) · ID {prof}")
        lines.append("  ".join(f"{k}: {v}/5" for k, v in zip(cats, scores, strict=True)))
    quoted = voice(ad, ct, lines=2)
    q = " ".join(quoted[:3])
    masked = r.random() < 0.15 and ad.phones
    contact = []
    if masked:
        e164 = ad.phones[0][0]
        nd = national_digits(e164)
        vis = nd[:4] + "x" * (len(nd) - 6) + nd[-2:] if r.random() < 0.5 else nd[:2] + " xx xx " + nd[-2:]
        contact.append(
            page.f("masked_number", vis) + (" (skjult for ikke-medlemmer)" if lang == "da" else " (members only)")
        )
        ad.phones = []
    for e164, _own in ad.phones:
        contact.append(contact_phone(ad, page, e164, STJERNE_STYLES))
    for addr in ad.emails:
        contact.append(page.em(addr, r.choice(["plain", "mailto", "at_words"])))
    if not contact and ad.person:
        contact.append(f"Insta: @{ad.person.handle}")
    lab = {"da": "Fra annoncen", "sv": "Från annonsen", "en": "From the ad"}[lang]
    lines.append(f"{lab}: “{q} ☎ {' · '.join(contact)}”")
    member = id_digits(r, 5)
    rd = ad.when - dt.timedelta(days=r.randint(0, 40))
    where = ""
    if r.random() < 0.3 and ad.person and ad.person.tour:
        prev = r.choice([ad.person.home, *ad.person.tour])
        if prev != ad.city:
            where = {"da": f" (mødt i {prev})", "sv": f" (träffade henne i {prev})", "en": f" (met in {prev})"}[lang]
            ad.extra_city = prev
    paid = page.f("price", f"{r.choice([800, 1000, 1200, 1500, 2000])} kr")
    lines.append(
        f"{'Medlem' if lang != 'en' else 'Member'} #{page.f('member_id', member)} "
        f"{stamp(page, 'date', rd, '%d.%m.%Y')}{where}: {r.choice(B.REVIEWS[lang])} {paid}."
    )
    d = distractor(ad, page)
    if d:
        lines.append(d)
    if ad.ver == 1:
        lines.append(
            "stjernekoll.dk · CVR "
            + page.f("org_number", "41 87 30 52")
            + " · "
            + page.mail("support_email", "kontakt@stjernekoll.dk")
            + " · Annoncering: "
            + page.f("site_phone", "+45 71 99 40 28", "+4571994028")
        )
    else:
        lines.append(
            "© Nordic Star Reviews Ltd · "
            + page.mail("support_email", "hello@stjernekoll.com")
            + " · ads "
            + page.f("site_phone", "+44 20 7946 0832", "+442079460832")
        )
    title = f"{ad.name} ({ad.age}) – ★ {avg}"
    return {"id": f"{prof}-{member}", "url": url, "title": title, "body": "\n".join(lines), "city": None}


def _fold(line: str) -> str:
    """RFC 5545 folding: at most 75 octets a line, continued with CRLF and one space."""
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


GEO = {
    "Oslo": (59.91, 10.75),
    "Bergen": (60.39, 5.32),
    "Trondheim": (63.43, 10.39),
    "Stavanger": (58.97, 5.73),
    "Kristiansand": (58.15, 7.99),
    "Tromsø": (69.65, 18.96),
    "Drammen": (59.74, 10.20),
    "Fredrikstad": (59.22, 10.93),
    "Bodø": (67.28, 14.40),
    "Stockholm": (59.33, 18.06),
    "Göteborg": (57.71, 11.97),
    "Malmö": (55.60, 13.00),
    "Uppsala": (59.86, 17.64),
    "Västerås": (59.61, 16.55),
    "Örebro": (59.27, 15.21),
    "Linköping": (58.41, 15.62),
    "Helsingborg": (56.05, 12.69),
    "Norrköping": (58.59, 16.19),
    "Jönköping": (57.78, 14.16),
    "Umeå": (63.83, 20.26),
    "København": (55.68, 12.57),
    "Aarhus": (56.16, 10.20),
    "Odense": (55.40, 10.39),
    "Aalborg": (57.05, 9.92),
    "Esbjerg": (55.48, 8.45),
    "Kolding": (55.49, 9.47),
    "Vejle": (55.71, 9.54),
    "Randers": (56.46, 10.04),
}
TURNE_STYLES = {
    "international": 22,
    "national": 18,
    "compact": 6,
    "e164": 6,
    "wa_link": 8,
    "signal_link": 6,
    "one_by_one": 4,
    "zero_width": 5,
    "superscript": 5,
    "mixed_digits_words": 4,
    "words_en": 3,
    "foreign_national": 3,
}


def turneplan(ad: Ad, page: Page) -> dict[str, Any]:
    """A tour-dates feed: v1 raw iCalendar (one VEVENT a stop, folded lines, escaped commas, CONTACT and
    ORGANIZER mailto), v2 the rendered 'tour dates' page with an 'add to calendar' link."""
    r = ad.rng
    lang = "en" if r.random() < 0.6 else ad.lang
    page.lang = ad.lang = lang
    p = ad.person
    hotel = r.choice(HOTELS)
    country = ad.country
    street = f"{r.choice(STREETS[country])} {r.randint(1, 90)}"
    pc = r.choice(POSTCODES.get(ad.city, ["1000"]))
    start = (ad.when + dt.timedelta(days=r.randint(1, 6))).replace(hour=r.choice([10, 12, 14]), minute=0, second=0)
    end = start + dt.timedelta(days=r.randint(1, 4), hours=r.choice([6, 8, 10]))
    uid = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(10)) + id_digits(r, 3)
    handle = (p.handle if p else (ad.ctrl.brand if ad.ctrl else "team")).lower().replace(" ", "-")
    handle = re.sub(r"[^a-z0-9-]", "-", handle.replace("_", "-").replace(".", "-"))
    town = ad.city if r.random() < 0.75 else city_text(ad, ("canonical", "spelling", "district"))
    if town == ad.city:
        ad.city_style = "location_field"
    text = voice(ad, town, lines=2)
    desc = " ".join(text[:3])
    d = distractor(ad, page)
    if d:
        desc += " " + d
    contact = []
    for e164, _own in ad.phones:
        contact.append(contact_phone(ad, page, e164, TURNE_STYLES))
    printed = list(zip([e for e, _o in ad.phones], contact, strict=True))
    if ad.ver == 1:
        tzid = {"NO": "Europe/Oslo", "SE": "Europe/Stockholm", "DK": "Europe/Copenhagen"}[country]
        g = GEO[ad.city]
        geo = f"{g[0] + r.randint(-40, 40) / 1000:.4f};{g[1] + r.randint(-40, 40) / 1000:.4f}"
        L = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Turneplan//Tour Feed 3.1//EN",
            f"X-WR-CALNAME:{ad.name} – tour",
            "BEGIN:VEVENT",
            f"UID:{page.f('uid', uid)}@turneplan.net",
            "DTSTAMP:" + stamp(page, "timestamp", ad.when, "%Y%m%dT%H%M%SZ"),
            f"DTSTART;TZID={tzid}:" + stamp(page, "timestamp", start, "%Y%m%dT%H%M%S"),
            f"DTEND;TZID={tzid}:" + stamp(page, "timestamp", end, "%Y%m%dT%H%M%S"),
            f"SUMMARY:{_ics_escape(f'{ad.name} ({ad.age}) in {town}')}",
            "LOCATION:" + _ics_escape(f"{hotel}, {street}, {page.f('postcode', pc)} {town}"),
            "GEO:" + page.f("geo", geo),
        ]
        descr = desc + ("\n" + "Booking: " + " / ".join(contact) if contact else "")
        emails = list(ad.emails)
        if emails and r.random() < 0.5:
            descr += "\nMail: " + page.em(emails.pop(), r.choice(["plain", "at_words"]))
        L.append("DESCRIPTION:" + _ics_escape(descr))
        if ad.ctrl and ad.ctrl.email and ad.ctrl.email in emails:
            L.append(f"ORGANIZER;CN={_ics_escape(ad.ctrl.brand)}:mailto:" + page.em(ad.ctrl.email, "ics_mailto"))
            emails.remove(ad.ctrl.email)
        for addr in emails:
            L.append(f"ATTENDEE;CN={ad.name};ROLE=CHAIR:mailto:" + page.em(addr, "ics_mailto"))
        L += [f"URL:https://turneplan.net/p/{handle}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
        folded = [_fold(x) for x in L]
        for e164, shown in printed:  # a fold inside the number: its digits are cut by CRLF + space
            esc = _ics_escape(shown)
            for x, f in zip(L, folded, strict=True):
                if (
                    esc in x
                    and esc not in f
                    and page.phone_styles.get(e164) in ("international", "national", "e164", "compact")
                ):
                    page.phone_styles[e164] = "ics_folded"
        body = "\r\n".join(folded)
        url = f"https://turneplan.net/cal/{handle}.ics#{uid}"
        city_field = None
    else:
        lines = [f"{ad.name} · {ad.age} · TOUR DATES", ""]
        n = r.randint(1, 3)
        lines.append(
            f"▶ {stamp(page, 'date', start, '%d.%m')}–{stamp(page, 'date', end, '%d.%m')}  {town}  · {hotel} (incall)"
        )
        nxt = [c for c in ([p.home, *p.tour] if p else []) if c != ad.city][: n - 1]
        for c in nxt:
            s2 = start + dt.timedelta(days=r.randint(7, 20))
            lines.append(f"  {stamp(page, 'date', s2, '%d.%m')}  {c}")
        lines += ["", desc]
        if contact:
            lines.append("Booking: " + " / ".join(contact))
        for addr in ad.emails:
            lines.append("Mail: " + page.em(addr, r.choice(["plain", "mailto", "at_words"])))
        lines.append(
            f"📅 Add to calendar: turneplan.net/cal/{handle}.ics · Updated {stamp(page, 'date', ad.when, '%Y-%m-%d')}"
        )
        lines.append("Turneplan · " + page.mail("support_email", "hei@turneplan.net"))
        body = "\n".join(lines)
        url = f"https://turneplan.net/{handle}/tour#{uid}"
        page.f("uid", uid)
        city_field = ad.city if r.random() < 0.5 else None
    title = f"{ad.name} – tour {town}"
    return {"id": uid, "url": url, "title": title, "body": body, "city": city_field}


SOURCES = ["rosakontakt.se", "nattguiden.no", "pigeribyen.dk", "kontaktbanken.eu", "escortlista.net", "snabbkontakt.se"]


def _csv(vals: list[str]) -> str:
    out = []
    for v in vals:
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def skrapa(ad: Ad, page: Page) -> dict[str, Any]:
    """A scraper's CSV dump of other sites' ads: a header and one row, columns in the export's order (v1 and
    v4 differ), the phone column as a spreadsheet left it (a float with '.0', the country code without '+',
    the leading zero lost), an OCR column of the photo's text, a unix scrape time and lat/lon."""
    r = ad.rng
    ct = city_text(ad)
    src = r.choice(SOURCES)
    src_id = id_digits(r, r.choice([6, 7, 8]))
    part = r.randint(1, 60)
    row = r.randint(2, 9999)
    url = f"https://skrapa.io/dumps/{ad.when:%Y-%m-%d}/part-{part:04d}.csv#L{row}"
    page.f("dump_date", f"{ad.when:%Y-%m-%d}")
    page.f("csv_row", f"{part:04d}")
    page.f("csv_row", str(row))
    text = " ".join(voice(ad, ct, lines=3))
    d = distractor(ad, page)
    if d:
        text += " " + d
    phone_col = ""
    img_col = ""
    extra: list[str] = []
    for k, (e164, _own) in enumerate(ad.phones):
        region, _cc, _nsn, nat, _intl = parts(e164)
        where = r.random()
        if k == 0 and where < 0.7:
            st = r.choices(
                ["csv_float", "csv_int", "csv_zero_lost", "international", "national"], [30, 25, 15, 15, 15]
            )[0]
            if st in ("csv_zero_lost", "national") and region != ad.country:
                st = "csv_int"
            if st == "csv_zero_lost" and not nat.replace(" ", "").startswith("0"):
                st = "csv_int"
            phone_col = page.ph(e164, st)
        elif where < 0.85:
            img_col += (" / " if img_col else "RING " if ad.lang != "en" else "CALL ") + page.ph(
                e164, pick_style(ad, e164, {"lookalike": 60, "international": 20, "national": 20})
            )
        else:
            extra.append(contact_phone(ad, page, e164, SNABB_STYLES))
    if extra:
        text += " Tel: " + " / ".join(extra)
    email_col = ""
    for addr in ad.emails:
        if not email_col:
            email_col = page.em(addr, "csv_column")
        else:
            text += " " + page.em(addr, "at_words")
    ts = int(ad.when.timestamp()) + r.randint(60, 86400)
    lat = f"{55 + r.random() * 10:.5f}"
    lon = f"{10 + r.random() * 8:.5f}"
    pr = page.f("price", str(r.choice([1000, 1200, 1500, 2000, 2500])))
    cols = {
        "id": page.f("source_id", src_id),
        "src": src,
        "scraped_at": page.f("unix_time", str(ts)),
        "title": f"{ad.name} {ad.age}",
        "phone": phone_col,
        "email": email_col,
        "city": ct,
        "age": str(ad.age),
        "price_nok" if ad.country == "NO" else "price": pr,
        "text": text,
        "img_ocr": img_col,
        "lat": page.f("lat_lon", lat),
        "lon": page.f("lat_lon", lon),
    }
    order = list(cols)
    if ad.ver == 1:
        order = [
            "id",
            "scraped_at",
            "src",
            "phone",
            "title",
            "text",
            "city",
            "age",
            order[8],
            "email",
            "img_ocr",
            "lat",
            "lon",
        ]
    else:
        order = [
            "src",
            "id",
            "city",
            "title",
            "age",
            "text",
            "email",
            "phone",
            "img_ocr",
            order[8],
            "lat",
            "lon",
            "scraped_at",
        ]
    header = ",".join(order)
    vals = [cols[k] for k in order]
    if r.random() < 0.1:  # an unquoted comma in the text shifts the row by one column (a known bad export)
        line = ",".join(v.replace("\n", " ") for v in vals)
    else:
        line = _csv(vals)
    body = header + "\n" + line
    title = f"part-{part:04d}.csv row {row} ({src})"
    return {
        "id": f"{part:04d}-{row}",
        "url": url,
        "title": title,
        "body": body,
        "city": ct if r.random() < 0.6 else None,
    }


def klippkanalen(ad: Ad, page: Page) -> dict[str, Any]:
    """A video site's promo clips with automatic captions: WebVTT cues (v2: SRT) of what she says, numbers said
    aloud as a recogniser writes them (words with homophones and 'double', or its own 3-3-4 formatting), a number
    split over two cues; the channel's description may print a contact as text."""
    r = ad.rng
    lang = ad.lang
    vid = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz_-") for _ in range(9)) + str(
        r.randint(10, 99)
    )
    url = f"https://klippkanalen.{'com' if ad.ver == 1 else 'tv'}/v/{vid}"
    S = B.SPEECH[lang]
    ct = ad.city if r.random() < 0.6 else city_text(ad, ("canonical", "spelling", "district"))
    if ct == ad.city:
        ad.city_style = "spoken"
    said: list[str] = [
        r.choice(S["hello"]).format(name=ad.name.lower(), age=ad.age),
        r.choice(S["where"]).format(city=ct),
    ]
    if ad.person and ad.person.minor and r.random() < 0.6:
        said.append(r.choice(B.MINOR_CUES[lang]).lower())
    if ad.recruit and ad.ctrl:
        said = [s.format(brand=ad.ctrl.brand, city=ct).lower() for s in B.RECRUIT[lang][:2]]
    cues: list[str] = list(said)
    desc_contacts = []
    for e164, _own in ad.phones:
        region = parts(e164)[0]
        mode = r.choices(["spoken", "formatted", "split", "desc"], [40, 20, 18, 22])[0]
        if mode == "formatted" and region not in ("NO", "SE", "DK"):
            mode = "spoken"
        if mode == "desc":
            desc_contacts.append(
                contact_phone(ad, page, e164, {"international": 40, "national": 30, "wa_link": 20, "e164": 10})
            )
            continue
        call = r.choice(S["call"])
        if mode == "formatted":
            cues.append(f"{call} {page.ph(e164, 'asr_formatted')}")
        else:
            words = page.ph(e164, "asr_spoken").split(" ")
            if mode == "split":
                page.phone_styles[e164] = "asr_cue_split"
                cut = r.randint(2, max(2, len(words) - 2))
                cues.append(f"{call} " + " ".join(words[:cut]))
                cues.append(" ".join(words[cut:]))
            else:
                cues.append(f"{call} " + " ".join(words))
    for addr in ad.emails:
        if r.random() < 0.5:
            cues.append(
                {"sv": "maila", "no": "mail", "da": "mail", "en": "email"}[lang] + " " + page.em(addr, "spoken")
            )
        else:
            desc_contacts.append(page.em(addr, "plain"))
    cues.append(r.choice(S["bye"]))
    t = r.randint(2, 9) * 100
    blocks = []
    for i, cue in enumerate(cues, 1):
        t2 = t + r.randint(1800, 4200)
        if ad.ver == 1:
            a, b = f"00:00:{t // 1000:02d}.{t % 1000:03d}", f"00:00:{t2 // 1000:02d}.{t2 % 1000:03d}"
            blocks.append(page.f("cue_time", f"{a} --> {b}") + "\n" + cue)
        else:
            a, b = f"00:00:{t // 1000:02d},{t % 1000:03d}", f"00:00:{t2 // 1000:02d},{t2 % 1000:03d}"
            blocks.append(f"{i}\n" + page.f("cue_time", f"{a} --> {b}") + "\n" + cue)
        t = t2
    dur = f"0:{t // 1000:02d}"
    views = r.randint(30, 25000)
    chan = (
        ad.ctrl.brand
        if ad.ctrl and ad.ctrl.kind != "clinic" and r.random() < 0.7
        else (ad.person.handle if ad.person else "kanal")
    )
    up = {"sv": "uppladdad", "no": "lastet opp", "da": "uploadet", "en": "uploaded"}[lang]
    shown_views = page.f("views", f"{views:,}".replace(",", " "))
    head = f"{chan} · {shown_views} · {up} {stamp(page, 'date', ad.when, '%Y-%m-%d')} · {dur}"
    desc = f"{ad.name} {ad.age} {'#' + ad.city.lower() if r.random() < 0.4 else ''}".strip()
    if desc_contacts:
        desc += " · " + " · ".join(desc_contacts)
    cap = {
        "sv": "Automatiska undertexter (svenska)",
        "no": "Automatisk teksting (norsk)",
        "da": "Automatiske undertekster (dansk)",
        "en": "Auto-generated captions (English)",
    }[lang]
    fmt = "WEBVTT" if ad.ver == 1 else "[SRT]"
    body = f"{head}\n{desc}\n\n{cap}:\n{fmt}\n\n" + "\n\n".join(blocks)
    body += "\n\n" + ("Rapportera video · " + page.mail("support_email", "abuse@klippkanalen.com"))
    title = f"{ad.name} 💋 {ct}" if r.random() < 0.7 else f"{ad.name} ({ad.age}) video"
    return {"id": vid, "url": url, "title": title, "body": body, "city": None}


RENDER = {
    "snabbkontakt": snabbkontakt,
    "kartnaal": kartnaal,
    "stjernekoll": stjernekoll,
    "turneplan": turneplan,
    "skrapa": skrapa,
    "klippkanalen": klippkanalen,
}


def lang_for(ad_country: str, rng: random.Random) -> str:
    return LANG_OF[ad_country] if rng.random() < 0.65 else "en"
