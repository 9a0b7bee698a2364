"""The six sites of blind23, two templates each (before and after the site's redesign day): what each prints around
an ad — its ids in the URL and on the page, dates and times in its own forms, counters, prices, profile facts, opening
hours, its own line and address — and the truth row of each ad."""

from __future__ import annotations

import random
from datetime import datetime
from typing import TYPE_CHECKING, Any

from benchmarks.blind23 import _data as D
from benchmarks.corpus_files import ad_row

if TYPE_CHECKING:
    from benchmarks.blind23 import Numbers, Spec

MONTHS = {
    "sv": ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "no": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "da": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ADJ_NO_AGE = {"sv": "år", "no": "år", "da": "år", "en": ""}


def _d(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


class Page:
    """An ad's page as it is put together: its lines and the furniture each number on it is."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.furniture: list[dict[str, Any]] = []

    def f(self, kind: str, printed: str) -> str:
        """Record a printed piece of furniture (when it holds a digit) and return it."""
        if _d(printed):
            self.furniture.append({"kind": kind, "digits": _d(printed)})
        return printed

    def phone(self, e164: str, printed: str) -> str:
        import phonenumbers

        nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
        self.furniture.append({"kind": "site_phone", "digits": nsn, "e164": e164})
        return printed

    def mail(self, addr: str) -> str:
        self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr

    def add(self, *lines: str) -> None:
        self.lines.extend(x for x in lines if x)


def _num(n: int, sep: str) -> str:
    """A count with a thousands separator (" ", ".", ",", or none)."""
    s = f"{n:,}"
    return s.replace(",", sep)


def _price(rng: random.Random, country: str, lo: int, hi: int, step: int = 100) -> int:
    factor = {"NO": 1.0, "SE": 1.0, "DK": 0.7}[country]
    return int(rng.randrange(lo, hi, step) * factor) // 50 * 50


class Site:
    def __init__(self, name: str, rng: random.Random, numbers: Numbers) -> None:
        self.name = name
        self.switch = rng.randint(30, 80)
        self.next_id = [rng.randint(100000, 400000), rng.randint(500000, 800000)]
        self.rng = rng
        self.numbers = numbers
        self.lines: dict[str, str] = {}

    def new_id(self, v: int) -> int:
        self.next_id[v] += self.rng.randint(1, 60)
        return self.next_id[v]

    def line(self, key: str, region: str, kind: Any) -> str:
        if key not in self.lines:
            self.lines[key] = self.numbers.draw(region, kind)
        return self.lines[key]


def _when(dt: datetime, form: str, lang: str = "en") -> str:
    m = MONTHS[lang][dt.month - 1]
    return {
        "iso": dt.strftime("%Y-%m-%d"),
        "iso_t": dt.strftime("%Y-%m-%d %H:%M"),
        "dot": dt.strftime("%d.%m.%Y"),
        "dot_t": dt.strftime("%d.%m.%Y kl. %H:%M"),
        "word": f"{dt.day}. {m} {dt.year}",
        "word_t": f"{dt.day}. {m} {dt.year}, {dt:%H:%M}",
        "en": f"{dt.day} {m} {dt.year}",
        "en_wd": f"{WEEKDAYS_EN[dt.weekday()]} {dt.day} {m}",
        "slash": dt.strftime("%d/%m/%Y"),
    }[form]


def render(
    rng: random.Random, specs: list[Spec], numbers: Numbers
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from phonenumbers import PhoneNumberType as T

    sites = {name: Site(name, rng, numbers) for name in ("massagekartan", "sponsorhjertet", "pigeboardet",
                                                          "pridecompany", "nordictour", "markedsplassen")}  # fmt: skip
    fixed = T.FIXED_LINE
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for spec in specs:
        site = sites[spec.site]
        v = 0 if spec.day < site.switch else 1
        page = Page()
        ad_id = site.new_id(v)
        p = spec.person
        name = (
            p.names.get(spec.site, p.base_name)
            if p
            else (spec.net.name if spec.net and spec.net.kind != "hidden" else "Jobb")
        )
        country, spellings, slug, county = D.CITIES[spec.city]
        spelling = rng.choice(spellings)
        text = list(spec.text)
        contacts = list(spec.contacts)
        nat = D.NATIONALITIES[p.nationality][1] if p else None
        cur = {"NO": "kr", "SE": "kr", "DK": "kr."}[country]
        fn = RENDER[spec.site]
        url, title, city_field, id_str = fn(
            rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed
        )
        body = "\n".join(page.lines)
        when = spec.when
        ad = ad_row(spec.site, id_str, url, title, body, city_field, when)
        t = {
            "site": spec.site,
            "id": id_str,
            "url": url,
            "person_id": p.pid if p else f"controller-{spec.net.nid}",  # type: ignore[union-attr]
            "network_id": spec.net.nid if spec.net else f"solo-{p.pid}",  # type: ignore[union-attr]
            "network_kind": spec.net.kind if spec.net else "solo",
            "phones": sorted(spec.phones),
            "own_phones": sorted(spec.own),
            "phone_styles": dict(sorted(spec.phones.items())),
            "emails": sorted(spec.emails),
            "email_styles": dict(sorted(spec.emails.items())),
            "city": spec.city,
            "furniture": page.furniture,
            "kind": _kind(spec.site),
            "template": f"{spec.site}-v{v + 1}",
            "language": spec.lang,
            "nationality": p.nationality if p else None,
            "minor": bool(p and p.minor),
            "recruitment": spec.recruitment,
        }
        ads.append(ad)
        truth.append(t)
    return ads, truth


def _kind(site: str) -> str:
    from benchmarks.blind23 import KIND

    return KIND[site]


# ------------------------------------------------------------ massagekartan (Swedish massage-parlour directory)


def massagekartan(
    rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed
):  # type: ignore[no-untyped-def]
    p, net = spec.person, spec.net
    salon = net.name if net and net.kind == "clinic" else None
    when = spec.when
    open_h = rng.choice(["10–20", "10–21", "11–22", "09–19", "12–24"])
    p60, p90 = _price(rng, country, 500, 900, 50), _price(rng, country, 800, 1300, 50)
    reviews = rng.randint(0, 90)
    if v == 0:
        sl = (salon or f"{name} massage").lower().replace(" ", "-")
        url = f"https://www.massagekartan.se/salong/{slug}/{sl}-{ad_id}"
        title = f"{salon or name + ' – privat massör'} – Thaimassage i {spelling}"
        page.add(
            page.f("ad_id", f"Salong-ID {ad_id}") + " · Massage & spa › " + spelling,
            page.f("date", f"Uppdaterad {_when(when, 'iso')}")
            + " · "
            + page.f("view_count", f"Visningar: {_num(rng.randint(120, 25000), ' ')}"),
            page.f("opening_hours", f"Öppettider: mån–fre {open_h}, lör–sön 12–18"),
            page.f("rating", f"Betyg {rng.randint(30, 50) / 10:.1f} av 5 ({reviews} omdömen)".replace(".", ",")),
        )
        if p:
            page.add(page.f("profile_fact", f"Massör: {name}, {p.age} år" + (f", {nat['sv']}" if nat else "")))
        page.add(*text)
        page.add(page.f("price", f"Behandlingar: Thaimassage 60 min {p60} kr · Oljemassage 90 min {p90} kr"))
        page.add(*contacts)
        ph = site.line("v1", "SE", fixed)
        page.add(
            "Massagekartan.se · Annonssupport "
            + page.phone(ph, _nat(ph))
            + " · "
            + page.mail("annons@massagekartan.se")
            + " · "
            + page.f("year", "© 2011–2026")
        )
        page.f("ad_id", url)
        return url, title, spelling, str(ad_id)
    mid = f"m{ad_id}"
    url = f"https://massagekartan.com/sv/{slug}/{mid}?karta=1&zoom=14"
    page.f("ad_id", url)
    title = f"{salon or name} | {spelling} | Massagekartan"
    page.add(
        page.f("ad_id", f"Profil {mid}") + f" · {spelling}",
        page.f("rating", f"★ {rng.randint(30, 50) / 10:.1f} ({reviews})")
        + " · "
        + page.f("opening_hours", f"Öppet idag {open_h.replace('–', ':00–')}:00"),
        page.f("view_count", f"Visningar senaste 30 dagarna: {_num(rng.randint(50, 9000), ' ')}"),
    )
    if p:
        page.add(page.f("profile_fact", f"{name} · {p.age} år · {p.height} cm" + (f" · {nat['sv']}" if nat else "")))
    page.add("Om salongen" if salon else "Om mig", *text)
    page.add(page.f("price", f"60 min · {p60} kr"), page.f("price", f"90 min · {p90} kr"))
    page.add("Boka", *contacts)
    ph = site.line("v2", "EE", fixed)
    page.add(
        page.f("date", f"Senast ändrad {_when(when, 'iso_t')}"),
        "Massagekartan OÜ, Tallinn · Support "
        + page.phone(ph, _intl(ph))
        + " · "
        + page.mail("hjalp@massagekartan.com"),
    )
    return url, title, spelling, mid


def _nat(e164: str) -> str:
    import phonenumbers

    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(e164: str) -> str:
    import phonenumbers

    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# ------------------------------------------------------------ sponsorhjertet (Norwegian sponsor / sugar-dating site)


def sponsorhjertet(
    rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed
):  # type: ignore[no-untyped-def]
    p = spec.person
    when = spec.when
    lo = rng.choice([5, 8, 10, 15, 20])
    allowance = f"{lo} 000–{lo + rng.choice([5, 10, 15])} 000 kr/mnd"
    if v == 0:
        url = f"https://www.sponsorhjertet.no/profil/{ad_id}/{name.lower()}"
        page.f("ad_id", url)
        title = f"{name}{', ' + str(p.age) if p else ''} – sugar baby i {spelling}"
        page.add(
            page.f("ad_id", f"Medlem nr. {ad_id}")
            + " · "
            + ("Sugar baby" if p else "Annonsør")
            + " · "
            + page.f("time", f"Aktiv for {rng.randint(1, 23)} timer siden"),
            page.f("date", f"Registrert {_when(when, 'dot')}") + f" · Bor i {spelling}, {county}",
        )
        if p:
            page.add(
                page.f(
                    "profile_fact",
                    f"Alder {p.age} · Høyde {p.height} · Kroppstype "
                    + rng.choice(["slank", "normal", "kurvete", "atletisk"]),
                ),
                page.f("price", f"Forventninger: {allowance}"),
            )
        page.add("Om meg", *text, *contacts)
        page.add(
            page.f(
                "view_count",
                f"Profilen er sett {_num(rng.randint(40, 9000), ' ')} ganger · {rng.randint(0, 300)} liker",
            )
        )
        ph = site.line("v1", "NO", fixed)
        page.add(
            "Sponsorhjertet.no · Kundeservice " + page.phone(ph, _nat(ph)) + " · " + page.mail("post@sponsorhjertet.no")
        )
        return url, title, county, str(ad_id)
    sid = f"SH-{ad_id}"
    url = f"https://sponsorhjertet.com/no/m/sh{ad_id}?tab=bio&s={rng.randint(1, 40)}"
    page.f("ad_id", url)
    title = f"{name} ({p.age if p else ''}) · {spelling} · Sponsorhjertet".replace(" ()", "")
    page.add(
        page.f("ad_id", sid) + " · Verifisert ✓ · " + page.f("timestamp", f"Sist innlogget {_when(when, 'dot_t')}"),
        page.f("date", f"💎 Premium-medlem til {_when(when.replace(day=min(when.day, 28)), 'word', 'no')}")
        if rng.random() < 0.4
        else "",
    )
    if p:
        page.add(
            page.f("profile_fact", f"{p.age} år · {p.height} cm · {p.weight} kg" + (f" · {nat['no']}" if nat else "")),
            page.f("price", f"Ønsket månedlig gave: {lo * 1000 + rng.choice([0, 5000])} NOK"),
        )
    page.add(*text, "Kontakt", *contacts)
    page.add(page.f("favourites", f"❤ {rng.randint(0, 500)} · 👁 {_num(rng.randint(100, 30000), ',')}"))
    ph = site.line("v2", "GI", fixed)
    page.add(
        "Sponsorhjertet Ltd, Gibraltar · " + page.phone(ph, _intl(ph)) + " · " + page.mail("support@sponsorhjertet.com")
    )
    return url, title, spelling, sid


# ------------------------------------------------------------ pigeboardet (Danish escort forum's ad board)


def pigeboardet(
    rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed
):  # type: ignore[no-untyped-def]
    p = spec.person
    when = spec.when
    user = f"{name.lower()}{rng.choice(['', '_', 'x'])}{rng.randint(1, 99)}"
    half, hour = _price(rng, country, 700, 1200), _price(rng, country, 1000, 2000)
    if v == 0:
        url = f"https://www.pigeboardet.dk/forum/viewtopic.php?t={ad_id}&by={slug}"
        page.f("ad_id", url)
        title = f"[{spelling}] {name} – {'ny pige i byen' if p else 'job'}"
        page.add(
            page.f("ad_id", f"Emne #{ad_id}") + f" · Annoncetavlen › {county} › {spelling}",
            "Skrevet af: " + page.f("username", user) + " » " + page.f("timestamp", _when(when, "word_t", "da")),
            page.f("post_count", f"Indlæg: {_num(rng.randint(1, 2400), '.')}")
            + " · "
            + page.f("date", f"Tilmeldt: {_when(when.replace(year=2025), 'word', 'da')}"),
        )
        if p:
            page.add(
                page.f(
                    "profile_fact",
                    f"Alder: {p.age} · Højde: {p.height} · Vægt: {p.weight}" + (f" · {nat['da']}" if nat else ""),
                )
            )
        page.add(*text)
        if p:
            page.add(page.f("price", f"Pris: ½ time {half},- · 1 time {hour},-"))
        page.add(*contacts)
        page.add(page.f("view_count", f"Svar: {rng.randint(0, 40)} · Visninger: {_num(rng.randint(30, 20000), '.')}"))
        ph = site.line("v1", "DK", fixed)
        page.add("Pigeboardet · Moderatorlinje " + page.phone(ph, _nat(ph)) + " · " + page.mail("mod@pigeboardet.dk"))
        return url, title, spelling, str(ad_id)
    url = f"https://pigeboard.net/t/{name.lower()}-{slug}/{ad_id}/1"
    page.f("ad_id", url)
    title = f"{name} i {spelling} · #annoncer"
    page.add(
        page.f("ad_id", f"Tråd {ad_id}") + f" · #annoncer · {spelling}",
        "@"
        + page.f("username", user)
        + " · "
        + page.f("date", _when(when, "dot"))
        + " · "
        + page.f("time", f"opdateret {rng.randint(1, 23)}t"),
    )
    if p:
        page.add(page.f("profile_fact", f"{p.age} år, {p.height} cm, mål {p.bust}"))
    page.add(*text)
    if p:
        page.add(page.f("price", f"½t {half} kr · 1t {hour} kr"))
    page.add(*contacts)
    page.add(
        page.f(
            "favourites",
            f"❤ {rng.randint(0, 90)} · {_num(rng.randint(30, 9000), '.')} visninger · {rng.randint(0, 30)} svar",
        )
    )
    ph = site.line("v2", "LV", fixed)
    page.add(
        "pigeboard.net drives fra Riga · kontakt "
        + page.phone(ph, _intl(ph))
        + " · "
        + page.mail("admin@pigeboard.net")
    )
    return url, title, spelling, str(ad_id)


# ------------------------------------------------------------ pridecompany (trans escorts, English)


def pridecompany(
    rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed
):  # type: ignore[no-untyped-def]
    p = spec.person
    when = spec.when
    cat = "ts"
    catname = rng.choice(["TS/Trans", "Trans escort"]) if v else "TS/Trans"
    money = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}[country]
    r1 = _price(rng, "SE", 1500, 3000)
    if v == 0:
        url = f"https://www.pridecompany.se/en/{cat}/{slug}/{name.lower()}-{ad_id}"
        page.f("ad_id", url)
        title = f"{catname} {name} – {spelling}"
        page.add(
            page.f("ad_id", f"Listing no. {ad_id}") + f" · Category: {catname} · {spelling}",
            page.f("date", f"Posted {_when(when, 'en')}")
            + " · "
            + page.f("view_count", f"{_num(rng.randint(50, 40000), ',')} views"),
        )
        if p:
            page.add(
                page.f(
                    "profile_fact",
                    f"Age {p.age} · Height {p.height} cm · Weight {p.weight} kg" + (f" · {nat['en']}" if nat else ""),
                )
            )
        page.add(*text)
        page.add(
            page.f(
                "price",
                f"Rates: 1h {_num(r1, ' ')} {money} · 2h {_num(r1 * 2 - 500, ' ')} {money}"
                + f" · Overnight {_num(r1 * 5, ' ')} {money}",
            )
        )
        page.add(*contacts)
        ph = site.line("v1", "SE", fixed)
        page.add(
            "PrideCompany · Advertiser help " + page.phone(ph, _intl(ph)) + " · " + page.mail("help@pridecompany.se")
        )
        return url, title, spelling, str(ad_id)
    pid = f"PC-{ad_id}"
    url = f"https://pridecompany.eu/listing/{ad_id}?cat={cat}&city={slug}"
    page.f("ad_id", url)
    title = f"{name} | {catname} in {spelling}"
    page.add(
        page.f("ad_id", f"ID {pid}")
        + " · "
        + page.f("time", f"Active {rng.randint(1, 23)} hours ago")
        + (" · ⭐ Featured" if rng.random() < 0.3 else ""),
        page.f("count", f"Bookings this month: {rng.randint(0, 40)}")
        + " · "
        + page.f("date", f"Member since {_when(when.replace(year=2024), 'en')}"),
    )
    if p:
        page.add(page.f("profile_fact", f"{p.age} yrs | {p.height} cm | {p.weight} kg | Languages: English"))
    page.add("About me", *text)
    page.add(
        page.f("price", f"1 hour {r1} {money}"),
        page.f("opening_hours", f"Available {rng.randint(10, 18)}:00–{rng.randint(0, 4):02d}:00"),
    )
    page.add("Contact me", *contacts)
    ph = site.line("v2", "IE", fixed)
    page.add("PrideCompany Ltd, Dublin · Help " + page.phone(ph, _intl(ph)) + " · " + page.mail("help@pridecompany.eu"))
    return url, title, spelling, pid


# ------------------------------------------------------------ nordictour (English touring calendar)


def nordictour(rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed):  # type: ignore[no-untyped-def]
    from datetime import timedelta

    p = spec.person
    when = spec.when
    arrive = when + timedelta(days=rng.randint(0, 6))
    leave = arrive + timedelta(days=rng.randint(2, 6))
    money = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}[country]
    from benchmarks.blind23 import START

    # her next stay in another city, as the calendar announces it
    then = next(((d, c) for d, c in (p.stays if p else []) if d > spec.day and c != spec.city), None)
    nxt = []
    if then and rng.random() < 0.6:
        nxt.append(f"{rng.choice(D.CITIES[then[1]][1])} {_when(START + timedelta(days=then[0]), 'en_wd')}")
    if v == 0:
        url = f"https://nordictour.com/tour/{slug}/{arrive:%Y-%m-%d}/{name.lower()}-{ad_id}"
        page.f("date", url)
        page.f("ad_id", url)
        title = f"{name} visiting {spelling} {arrive.day}–{leave.day} {D_EN(arrive)}"
        page.f("date", title)
        page.add(
            page.f("ad_id", f"Tour #{ad_id}") + f" · {spelling}",
            page.f(
                "date", f"Arrives {_when(arrive, 'en_wd')} {arrive.year}, leaves {_when(leave, 'en_wd')} {leave.year}"
            ),
            page.f(
                "opening_hours",
                f"Available {rng.randint(10, 16)}:00–{rng.randint(0, 3):02d}:00 · Incall hotel, city centre",
            ),
        )
        if nxt:
            page.add(page.f("date", "Next stop: " + nxt[0]))
        page.add(*text)
        if p:
            page.add(page.f("profile_fact", f"{p.age} · {p.height} cm · {p.bust}" + (f" · {nat['en']}" if nat else "")))
            page.add(
                page.f(
                    "price",
                    f"Rates: 30min {_num(_price(rng, 'SE', 1000, 1800), ',')} {money}"
                    + f" · 1h {_num(_price(rng, 'SE', 1800, 3200), ',')} {money}",
                )
            )
        page.add(*contacts)
        page.add(page.f("count", f"Previous visits: {rng.randint(0, 9)} · Watching: {rng.randint(3, 400)}"))
        ph = site.line("v1", "GB", fixed)
        page.add("NordicTour · Touring desk " + page.phone(ph, _intl(ph)) + " · " + page.mail("desk@nordictour.com"))
        return url, title, spelling, str(ad_id)
    week = int(arrive.strftime("%V"))
    nid = f"NT{ad_id}"
    url = f"https://tours.nordictour.io/{country.lower()}/{slug}?id={ad_id}&week={arrive:%G}-W{week:02d}"
    page.f("ad_id", url)
    title = f"{name} · {spelling} · week {week}"
    page.add(
        page.f("ad_id", f"Listing {nid}")
        + " · "
        + page.f("date", f"Week {week}")
        + f" · {(leave - arrive).days} nights",
        page.f("date", f"{_when(arrive, 'slash')} → {_when(leave, 'slash')}"),
        "Confirmed ✓ by NordicTour staff" if rng.random() < 0.5 else "",
    )
    if p:
        page.add(
            page.f("profile_fact", f"Age {p.age} | {p.height} cm | {p.weight} kg" + (f" | {nat['en']}" if nat else ""))
        )
    page.add(*text)
    if nxt:
        page.add(page.f("date", "Then: " + nxt[0]))
    page.add(page.f("price", f"1h {_price(rng, 'SE', 1800, 3200)} {money}"), *contacts)
    page.add(page.f("count", f"Interested: {rng.randint(3, 300)}"))
    ph = site.line("v2", "EE", fixed)
    page.add("NordicTour OÜ · " + page.phone(ph, _intl(ph)) + " · " + page.mail("tours@nordictour.io"))
    return url, title, spelling, nid


def D_EN(dt: datetime) -> str:
    return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dt.month - 1]


# ------------------------------------------------------------ markedsplassen (classifieds, "personal services")


POSTCODES = {"NO": (4, 1000, 9990), "SE": (5, 10000, 98999), "DK": (4, 1000, 9990)}


def markedsplassen(
    rng, site, v, page, spec, ad_id, name, spelling, slug, county, country, nat, cur, text, contacts, fixed
):  # type: ignore[no-untyped-def]
    when = spec.when
    code = 300000000 + ad_id * 7 + rng.randint(0, 6)
    _, lo, hi = POSTCODES[country]
    pc = rng.randint(lo, hi)
    postcode = f"{pc // 100} {pc % 100:02d}" if country == "SE" else f"{pc:04d}"
    price = _price(rng, country, 600, 1500, 50)
    what = rng.choice(["Massasje", "Velvære", "Selskap", "Spa og massasje"])
    if v == 0:
        url = f"https://www.markedsplassen.no/tjenester/velvaere/annonse.html?kode={code}"
        page.f("ad_id", url)
        title = f"{what} – {name} – {spelling}"
        page.add(
            "Tjenester › Helse og velvære › " + what,
            page.f("ad_id", f"Annonsekode: {code}")
            + " · "
            + page.f("timestamp", f"Sist endret: {_when(when, 'word_t', 'no')}"),
            page.f("price", f"Pris: {price} kr") + f" · Type tjeneste: {what}",
            page.f("postcode", f"Område: {postcode} {spelling}"),
        )
        page.add(*text, *contacts)
        page.add(
            page.f("count", f"Selger: Privat · Medlem siden {rng.randint(2012, 2025)} · {rng.randint(1, 30)} annonser")
        )
        ph = site.line("v1", "NO", fixed)
        page.add(
            "Markedsplassen · Kundeservice "
            + page.phone(ph, _nat(ph))
            + " · "
            + page.mail("kundeservice@markedsplassen.no")
            + " · Rapporter annonse"
        )
        return url, title, f"{postcode} {spelling}", str(code)
    url = f"https://markedsplassen.com/no/item/{code}-{name.lower()}-{slug}"
    page.f("ad_id", url)
    title = f"{name} · {what} i {spelling}"
    page.add(
        page.f("ad_id", f"Annonse {code}")
        + " · "
        + page.f("date", f"Publisert {_when(when, 'dot')}")
        + " · "
        + page.f("view_count", f"{rng.randint(10, 3000)} visninger"),
        page.f("price", f"{price},- NOK") if country == "NO" else page.f("price", f"{price} {cur}"),
        page.f("postcode", f"{postcode} {spelling}") + f" ({county})",
    )
    page.add("Beskrivelse", *text, *contacts)
    ph = site.line("v2", "PL", fixed)
    page.add(
        "Markedsplassen Sp. z o.o., Warszawa · "
        + page.phone(ph, _intl(ph))
        + " · "
        + page.mail("help@markedsplassen.com")
    )
    return url, title, spelling, str(code)


RENDER = {
    "massagekartan": massagekartan,
    "sponsorhjertet": sponsorhjertet,
    "pigeboardet": pigeboardet,
    "pridecompany": pridecompany,
    "nordictour": nordictour,
    "markedsplassen": markedsplassen,
}
