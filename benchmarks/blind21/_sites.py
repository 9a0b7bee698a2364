"""blind21's six sites, each as two templates (before and after its redesign day, some on a domain abroad): three
ordinary ad sites (a Norwegian escort classified with bump times and favourites, a Swedish/Danish massage directory
with opening hours, treatments and postcodes, an English touring directory with rates and badges) and three pages
that hold an ad without being an ad site (an advertiser's GDPR access export, a hosting provider's abuse ticket and
ARF report, a browser extension's saved clips). Every number a page prints that is no contact is furniture, with
its kind and digits."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import phonenumbers

MONTHS = {
    "no": ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "sv": ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "da": ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
CURRENCY = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}


def digits_of(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if unicodedata.digit(c, None) is not None)


def slug(text: str) -> str:
    table = str.maketrans("æøåäöüé", "aoaaoue")
    out = "".join(c if c.isalnum() else "-" for c in text.lower().translate(table))
    return "-".join(p for p in out.split("-") if p)


@dataclass
class Page:
    """One ad being written: what the site knows of it, and the furniture it prints."""

    rng: random.Random
    site: str
    template: str
    when: datetime
    lang: str
    name: str
    age: int
    height: int
    nat_word: str
    nat_en: str
    city: str
    country: str
    spelling: str
    prose: list[str]
    phones: list[str]
    emails: list[str]
    clinic: str = ""
    street: str = ""
    agency: str = ""
    recruitment: bool = False
    raw: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    plabels: list[str] = field(default_factory=list)
    elabels: list[str] = field(default_factory=list)
    others: list[tuple[str, int]] = field(default_factory=list)
    tour: list[str] = field(default_factory=list)
    site_phone: str = ""
    support: str = ""
    furniture: list[dict[str, Any]] = field(default_factory=list)

    def num(self, kind: str, text: str) -> str:
        """A number the page prints that is nobody's contact."""
        d = digits_of(text)
        if d and not any(f["kind"] == kind and f["digits"] == d for f in self.furniture):
            self.furniture.append({"kind": kind, "digits": d})
        return text

    def site_line(self) -> str:
        """The site's own phone: national on its home domain (as a local reader dials it), with the country code
        once it has moved abroad."""
        num = phonenumbers.parse(self.site_phone)
        if not any(f.get("e164") == self.site_phone for f in self.furniture):
            nsn = phonenumbers.national_significant_number(num)
            self.furniture.append({"kind": "site_phone", "digits": nsn, "e164": self.site_phone})
        home = self.template == "a" and phonenumbers.region_code_for_number(num) in ("NO", "SE", "DK")
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL if home else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return phonenumbers.format_number(num, fmt)

    def support_mail(self) -> str:
        if not any(f["kind"] == "support_email" for f in self.furniture):
            self.furniture.append({"kind": "support_email", "digits": "", "text": self.support})
        return self.support

    def date(self, kind: str, when: datetime, fmt: str) -> str:
        return self.num(kind, when.strftime(fmt))

    def price(self, amount: int, sep: str = " ") -> str:
        text = f"{amount:,}".replace(",", sep)
        return self.num("price", text)

    def facts(self, line: str, instead: str) -> str:
        """A profile's facts line, or what a recruitment ad prints there."""
        return instead if self.recruitment else line

    def banner(self, fmt: str) -> list[str]:
        """The agency's banner line, when an agency posts the ad."""
        return [fmt.format(self.agency)] if self.agency else []

    def masked(self) -> list[str]:
        """The site's own masked copy of the ad's first number ("404 48 ••• vis nummer"), when it is written
        plainly: the number's digits but the last three, as a button shows them until clicked."""
        if not self.raw or self.styles[0] not in ("national", "compact", "intl", "intl00"):
            return []
        num = phonenumbers.parse(self.raw[0])
        local = phonenumbers.region_code_for_number(num) == self.country
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL if local else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        text = phonenumbers.format_number(num, fmt)
        cut, kept = len(text), 0
        while kept < 3:
            cut -= 1
            kept += text[cut].isdigit()
        head = "".join(c for c in text[:cut])
        return [f"Telefon: {head}••• (trykk for å vise)"]

    def contact_lines(self) -> list[str]:
        """The contacts as the ad labels them ("Ring/SMS: ...", "E-post: ...")."""
        return [f"{lab} {v}" for lab, v in zip(self.plabels + self.elabels, self.phones + self.emails, strict=True)]


def _ago(page: Page, days: int) -> datetime:
    return page.when - timedelta(days=days, minutes=page.rng.randrange(1440))


# --- 1. rosaguiden: a Norwegian escort classified -----------------------------------------------------------


def rosaguiden(p: Page) -> tuple[str, str, str, str | None]:
    r = p.rng
    fav = r.randrange(3, 400)
    if p.template == "a":
        ad_id = p.num("ad_id", str(r.randrange(1_200_000, 2_900_000)))
        bumped = p.when + timedelta(minutes=r.randrange(1, 600))
        epoch = p.num("bump_time", str(int(bumped.timestamp())))
        url = f"https://rosaguiden.no/{slug(p.city)}/annonse/{ad_id}?l={epoch}"
        title = f"{p.name} ({p.age}) – {p.spelling}" if not p.recruitment else f"Jobb i {p.spelling}"
        lines = [
            f"Løftet kl. {bumped:%H:%M} · løft nr. {r.randrange(1, 90)} · ♥ {fav} favoritter",
            *p.masked(),
            p.facts(f"Alder: {p.age} | Høyde: {p.height} cm | Nasjonalitet: {p.nat_word}", "Stillingsannonse"),
            *p.banner("Annonse fra byrå: {}"),
            " ".join(p.prose),
            *p.contact_lines(),
            f"Priser: 30 min {p.price(r.choice([1200, 1500, 1800]))},- | 1 time "
            f"{p.price(r.choice([2000, 2500, 3000]))},- | natt {p.price(r.choice([10000, 12000, 15000]))},-",
            f"✔ Telefonverifisert {p.date('date', _ago(p, r.randrange(1, 60)), '%d.%m.%Y')}",
            f"Medlem siden {MONTHS['no'][r.randrange(12)]} {p.num('year', str(r.randrange(2019, 2026)))}",
        ]
        if p.others:
            lines.append(f"Flere i {p.spelling}: " + " · ".join(f"{n} ({a})" for n, a in p.others))
        lines.append(f"Rosaguiden · kundeservice {p.site_line()} (hverdager 09–15) · {p.support_mail()}")
        return title, "\n".join(lines), url, p.spelling
    code = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))
    p.num("ad_code", code)
    rank = r.randrange(1, 60)
    url = f"https://www.rosaguiden.eu/no/a/{code}/{slug(p.name)}-{slug(p.city)}?ref=feed&pos={rank}"
    views = p.num("view_count", f"{r.randrange(120, 9000):,}".replace(",", "\u202f"))
    title = f"✨ {p.name}, {p.age} år · {p.spelling}" if not p.recruitment else f"Rekruttering · {p.spelling}"
    lines = [
        f"⏫ Løftet for {r.randrange(1, 23)} t siden (#{r.randrange(1, 200)}) · 👁 {views} visninger denne uken",
        p.facts(f"▸ {p.age} år ▸ {p.height} cm ▸ {p.nat_word} ▸ {p.spelling}", f"▸ Jobb ▸ {p.spelling}"),
        *p.banner("▸ Byrå: {}"),
        *p.prose,
        "— Kontakt —",
        *p.contact_lines(),
        f"Pris fra {p.price(r.choice([1500, 2000, 2500, 3000]))} kr/t",
        f"Verifisert profil ✓ · medlem siden {p.date('date', _ago(p, r.randrange(90, 900)), '%m/%Y')}",
    ]
    lines.append(f"Support NO/SE/DK {p.site_line()} · {p.support_mail()} · © Rosaguiden Ltd (Malta)")
    return title, "\n".join(lines), url, None


# --- 2. lotusguiden: a Swedish / Danish massage directory ---------------------------------------------------


def _postcode(p: Page) -> str:
    r = p.rng
    if p.country == "SE":
        return p.num("postcode", f"{r.randrange(100, 985)} {r.randrange(10, 99)}")
    if p.country == "DK":
        return p.num("postcode", str(r.randrange(1000, 9990)))
    return p.num("postcode", f"{r.randrange(1, 9990):04d}")


def lotusguiden(p: Page) -> tuple[str, str, str, str | None]:
    r = p.rng
    private = "(privat, adress vid bokning)" if p.template == "a" else "(privat, adresse ved booking)"
    where = f"{p.street}, {_postcode(p)} {p.spelling}" if p.street else f"{p.spelling} {private}"
    if p.template == "a":
        cid = p.num("listing_id", str(r.randrange(10_000, 99_999)))
        url = f"https://lotusguiden.se/massage/{slug(p.city)}/{slug(p.clinic or p.name)}-{cid}"
        title = f"{p.clinic or p.name + ' – privat massage'} i {p.spelling}"
        score = f"{r.randrange(3, 5)},{r.randrange(10)}"
        lines = [
            f"⭐ {score} / 5 ({r.randrange(2, 140)} omdömen) · Uppdaterad "
            + p.date("date", _ago(p, r.randrange(0, 30)), "%Y-%m-%d"),
            f"Adress: {where}",
            f"Öppettider: Mån–Fre {r.choice(['10.00', '11.00', '09.30'])}–{r.choice(['20.00', '21.00', '22.00'])}"
            f" · Lör–Sön {r.choice(['11.00', '12.00'])}–{r.choice(['17.00', '18.00'])}",
            f"Behandlingar: Thaimassage 60 min {p.price(r.choice([550, 650, 700]))} kr · 90 min "
            f"{p.price(r.choice([850, 900, 990]))} kr · Oljemassage 60 min {p.price(r.choice([650, 750]))} kr",
        ]
        if p.clinic:
            lines.append(f"Idag arbetar: {p.name} och {r.choice(['Nok', 'Ploy', 'Dao', 'Lan', 'Mai'])}")
        lines += [" ".join(p.prose), "Tidsbokning:", *p.contact_lines()]
        lines.append(f"Lotusguiden · annonsera hos oss {p.site_line()} · {p.support_mail()}")
        return title, "\n".join(lines), url, None
    kid = p.num("listing_id", str(r.randrange(100_000, 999_999)))
    week = p.num("week", str(p.when.isocalendar()[1]))
    url = f"https://lotus-guide.dk/klinik/{kid}?by={slug(p.city)}&uge={week}"
    title = f"{p.clinic or p.name} · massage {p.spelling}"
    box = p.num("mobilepay_box", str(r.randrange(10_000, 99_999)))
    lines = [
        f"{p.clinic or p.name} — {where}",
        f"Åbningstider: man–fre {r.choice(['10', '11'])}–{r.choice(['19', '20', '21'])}, "
        f"lør {r.choice(['11', '12'])}–17",
        f"Pris: 30 min. {p.price(r.choice([350, 400]))} kr. / 60 min. {p.price(r.choice([500, 600, 650]))} kr. / "
        f"90 min. {p.price(r.choice([800, 900]))} kr.",
        *p.prose,
        "Kontakt / booking:",
        *p.contact_lines(),
        f"Betaling: kort, kontant eller MobilePay (boks {box})",
        f"Senest opdateret {p.date('date', _ago(p, r.randrange(0, 20)), '%d/%m-%Y')} · "
        f"{r.randrange(1, 90)} anmeldelser",
        f"Lotus Guide ApS · kundeservice {p.site_line()} · {p.support_mail()}",
    ]
    return title, "\n".join(lines), url, p.spelling


# --- 3. nordic-companions: an English touring directory ------------------------------------------------------


def companions(p: Page) -> tuple[str, str, str, str | None]:
    r = p.rng
    cur = CURRENCY[p.country]
    rates = (
        f"Rates: 1h {p.price(r.choice([2000, 2500, 3000]), ',')} {cur} · 2h "
        f"{p.price(r.choice([4000, 4500, 5000]), ',')} {cur} · overnight "
        f"{p.price(r.choice([12000, 15000, 18000]), ',')} {cur}"
    )
    tour = ""
    if p.tour:
        stops = []
        day = p.when
        for c in p.tour[:2]:
            day += timedelta(days=r.randrange(3, 9))
            stops.append(f"{day.day} {MONTHS['en'][day.month - 1]} {c}")
        tour = "Next on tour: " + " · ".join(stops)
    if p.template == "a":
        pid = p.num("profile_id", str(r.randrange(100_000, 999_999)))
        url = f"https://www.nordic-companions.com/escort/{slug(p.city)}/{slug(p.name)}-{pid}/"
        title = f"{p.name} | {p.spelling} | Nordic Companions" if not p.recruitment else f"Agency news | {p.spelling}"
        lines = [
            f"Now in {p.spelling} · last active {r.randrange(1, 12)} hours ago · profile views "
            + p.num("view_count", f"{r.randrange(1000, 40000):,}"),
            f"Verified ✓ video check {p.date('date', _ago(p, r.randrange(10, 300)), '%b %Y')}",
            p.facts(f"Age {p.age} · Height {p.height} cm · Nationality {p.nat_en}", "Job offer")
            + (f" · Agency: {p.agency}" if p.agency else ""),
            " ".join(p.prose),
            rates,
            *([tour] if tour else []),
            *p.contact_lines(),
            f"Member since {p.num('year', str(r.randrange(2017, 2026)))} · reviews "
            f"{r.randrange(3, 5)}.{r.randrange(10)} ★ ({r.randrange(1, 60)})",
            f"Report profile · ID NC-{pid} · © 2016–{p.when.year} Nordic Companions",
        ]
        p.num("year", f"2016–{p.when.year}")
        return title, "\n".join(lines), url, p.spelling
    hexid = "".join(r.choice("0123456789abcdef") for _ in range(8))
    p.num("listing_hash", hexid)
    url = f"https://nordiccompanions.io/p/{hexid}?city={slug(p.city)}&utm_source=tour"
    title = f"{p.name} — {p.spelling}, available today" if not p.recruitment else f"Hiring — {p.spelling}"
    start = r.randrange(10, 16)
    lines = [
        f"{p.spelling} — available {start}:00–{start + r.randrange(4, 9)}:00 today",
        f"Badges: ✔ photo verified ✔ {r.randrange(1, 50)} reviews" + (" ✔ agency" if p.agency else " ✔ independent"),
        p.facts(f"{p.age} y/o · {p.height} cm · {p.nat_en}", "Recruiting"),
        *p.prose,
        rates,
        *([tour] if tour else []),
        "Contact me:",
        *p.contact_lines(),
        f"Help desk {p.site_line()} (24/7) · {p.support_mail()} · listing {hexid}",
    ]
    return title, "\n".join(lines), url, None


# --- 4. datakopi: an advertiser's GDPR access export from a dating-classified -----------------------------------


def _ip(p: Page) -> str:
    r = p.rng
    return p.num(
        "ip_address",
        f"{r.choice([46, 77, 85, 178, 185, 194])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
    )


def access_export(p: Page) -> tuple[str, str, str, str | None]:
    r = p.rng
    year = p.when.year
    member = p.num("member_number", str(r.randrange(1_000_000, 9_999_999)))
    invoice = p.num("invoice_number", f"{year}-{r.randrange(100_000, 999_999)}")
    order = p.num("order_number", str(r.randrange(1_000_000_000, 9_999_999_999)))
    views = p.num("view_count", str(r.randrange(40, 5000)))
    published = p.date("timestamp", _ago(p, r.randrange(0, 10)), "%Y-%m-%d %H:%M")
    registered = p.date("date", _ago(p, r.randrange(100, 1500)), "%Y-%m-%d")
    phone = p.phones[0] if p.phones else "(ikke oppgitt)"
    mail = p.emails[0] if p.emails else "(ikke oppgitt)"
    rest = p.phones[1:] + p.emails[1:]
    user = f"{p.name.lower()}_{slug(p.city)}"
    if p.template == "a":
        req = p.num("request_id", f"{year}-{r.randrange(10_000, 99_999)}")
        url = f"https://datekontakt.no/konto/innsyn/SAR-{req}.txt"
        title = f"Innsynsrapport SAR-{req} – {user}"
        lines = [
            "INNSYNSRAPPORT (personvernforordningen art. 15)",
            f"Generert: {p.date('timestamp', p.when + timedelta(hours=r.randrange(1, 48)), '%Y-%m-%d %H:%M:%S')} UTC",
            "== Konto ==",
            f"Brukernavn: {user}",
            f"Medlemsnummer: {member}",
            f"Registrert: {registered}",
            f"Telefon (verifisert): {phone}",
            f"E-post: {mail}",
            f"Innlogginger: {published} fra {_ip(p)} · "
            + p.date("timestamp", _ago(p, r.randrange(0, 3)), "%Y-%m-%d %H:%M")
            + f" fra {_ip(p)}",
            "== Annonse 1 ==",
            f"Tittel: {p.name}, {p.age} – {p.spelling}",
            "Tekst: " + " ".join(p.prose) + (" " + " / ".join(rest) if rest else ""),
            f"By: {p.spelling}",
            f"Publisert: {published} · Visninger: {views}",
            "== Betalinger ==",
            f"Faktura {invoice}: {r.choice(['149,00', '199,00', '249,00'])} NOK (Vipps, ordre {order})",
            f"Spørsmål om rapporten: personvern@datekontakt.no · {p.site_line()}",
        ]
        p.furniture.append({"kind": "support_email", "digits": "", "text": "personvern@datekontakt.no"})
        return title, "\n".join(lines), url, None
    uuid = "-".join("".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    p.num("export_uuid", uuid)
    url = f"https://privacy-requests.eu/exports/{uuid}/data.json"
    title = f"DSAR export {uuid[:8]} (datekontakt)"
    text = " ".join(p.prose) + (" " + " / ".join(rest) if rest else "")
    generated = p.when + timedelta(hours=r.randrange(1, 48))
    body = (
        "{\n"
        f'  "controller": "Datekontakt AS",\n  "processor": "Privacy Requests Ltd, Dublin",\n'
        f'  "generated_at": "{p.date("timestamp", generated, "%Y-%m-%dT%H:%M:%SZ")}",\n'
        f'  "account": {{"username": "{user}", "member_no": {member}, "registered": "{registered}",\n'
        f'    "phone_verified": "{phone}", "email": "{mail}"}},\n'
        f'  "ads": [{{"title": "{p.name}, {p.age}", "city": "{p.spelling}", "published": "{published}", '
        f'"views": {views},\n    "text": "{text}"}}],\n'
        f'  "payments": [{{"invoice": "{invoice}", "amount": "199.00 NOK", "method": "Vipps", "order": "{order}"}}],\n'
        f'  "logins": ["{_ip(p)}", "{_ip(p)}"],\n'
        f'  "contact": "{p.support_mail()}", "dpo_phone": "{p.site_line()}"\n'
        "}"
    )
    return title, body, url, None


# --- 5. abuse desk: a hosting provider's abuse ticket, then ARF reports ----------------------------------------


def abuse_report(p: Page) -> tuple[str, str, str, str | None]:
    r = p.rng
    host = r.choice(["kontaktnett", "nattsider", "rodelys", "hotlinjen", "sexannonser-nord"])
    tld = {"NO": "no", "SE": "se", "DK": "dk"}[p.country]
    path_id = p.num("reported_id", str(r.randrange(10_000, 9_999_999)))
    reported = f"https://{host}.{tld}/vis/{path_id}"
    excerpt = [f"{p.name}, {p.age} — {p.spelling}", *p.prose, *p.contact_lines()]
    received = p.when + timedelta(hours=r.randrange(1, 72))
    if p.template == "a":
        ticket = p.num("ticket_number", str(r.randrange(100_000, 999_999)))
        url = f"https://abuse.hostnordic.net/ticket/{ticket}"
        title = f"[Abuse #{ticket}] Reported content on {host}.{tld}"
        cust = p.num("customer_id", str(r.randrange(10_000, 99_999)))
        lines = [
            f"Abuse ticket #{ticket} · status: open · priority {r.randrange(1, 4)}",
            f"Received: {p.date('timestamp', received, '%Y-%m-%d %H:%M:%S')} UTC · reporter: trust & safety feed",
            f"Reported URL: {reported}",
            f"Customer #{cust} · server web-{r.randrange(1, 40)}.osl{r.randrange(1, 4)} · IP {_ip(p)}",
            f"Evidence captured {received:%H:%M} UTC:",
            *excerpt,
            f"Please respond within {r.choice([24, 48, 72])} hours.",
            f"HostNordic Abuse Team · {p.site_line()} · {p.support_mail()}",
        ]
        return title, "\n".join(lines), url, None
    case = p.num("case_number", f"{received.year}-{r.randrange(100_000, 999_999)}")
    url = f"https://abuse.eurohost-cloud.de/arf/EH-{case}.eml"
    title = f"Abuse report EH-{case}: {host}.{tld}"
    lines = [
        "Content-Type: message/feedback-report",
        "Feedback-Type: abuse",
        f"User-Agent: TrustFeed/{r.randrange(2, 6)}.{r.randrange(10)}",
        "Version: 1",
        f"Arrival-Date: {p.date('timestamp', received, '%a, %d %b %Y %H:%M:%S +0000')}",
        f"Source-IP: {_ip(p)}",
        f"Reported-Domain: {host}.{tld}",
        f"Reported-Uri: {reported}",
        "",
        "--- reported content ---",
        *excerpt,
        "--- end ---",
        f"EuroHost Cloud GmbH abuse desk · {p.site_line()} · {p.support_mail()}",
    ]
    return title, "\n".join(lines), url, None


# --- 6. clips: a browser extension's saved snippets, Markdown then a bookmarks file ------------------------------


def clips(p: Page) -> tuple[str, str, str, str | None]:
    r = p.rng
    host = r.choice(["annonsetorget", "kontaktsidan", "dejtannoncer", "nattguiden", "escortlisten"])
    tld = {"NO": "no", "SE": "se", "DK": "dk"}[p.country]
    src_id = p.num("source_id", str(r.randrange(100_000, 9_999_999)))
    source = f"https://www.{host}.{tld}/annonse/{src_id}"
    words = len(" ".join(p.prose).split())
    label = {
        "no": ("Kilde", "Lagret", "Ord", "Etiketter", "Markert"),
        "sv": ("Källa", "Sparad", "Ord", "Taggar", "Markerat"),
        "da": ("Kilde", "Gemt", "Ord", "Tags", "Markeret"),
        "en": ("Source", "Saved", "Words", "Tags", "Highlighted"),
    }[p.lang]
    if p.template == "a":
        clip = p.num("clip_id", str(r.randrange(10_000, 99_999)))
        user = f"team{r.randrange(1, 9)}"
        url = f"https://snipstash.app/export/{user}/clips.md#clip-{clip}"
        title = f"Clip {clip} — {p.name} {p.spelling}"
        lines = [
            f"### {p.name} ({p.age}), {p.spelling}",
            " ".join(p.prose),
            *p.contact_lines(),
            "",
            f"- {label[0]}: {source}",
            f"- {label[1]}: {p.date('timestamp', p.when + timedelta(minutes=r.randrange(5, 900)), '%Y-%m-%d %H:%M')}",
            f"- {label[2]}: {words} · #{slug(p.city)} #{r.choice(['oppfølging', 'ny', 'tur', 'sjekk'])}",
        ]
        if p.phones:
            lines.append(f"- {label[4]}: «{p.phones[0]}»")
        lines.append("snipstash export v3 · support " + p.support_mail())
        return title, "\n".join(lines), url, None
    epoch = p.num("epoch", str(int((p.when + timedelta(minutes=r.randrange(5, 900))).timestamp())))
    page = r.randrange(1, 30)
    url = f"https://clipvault.io/u/outreach-{r.randrange(1, 9)}/bookmarks.html?page={page}#bm-{epoch}"
    esc = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}

    def h(s: str) -> str:
        return "".join(esc.get(c, c) for c in s)

    title = f"Bookmarks · {p.spelling} · page {page}"
    body = "\n".join(
        [
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
            "<DL><p>",
            f'<DT><A HREF="{source}" ADD_DATE="{epoch}" TAGS="{slug(p.city)},{label[3].lower()}">'
            f"{h(p.name)}, {p.age} · {h(p.spelling)}</A>",
            "<DD>" + h(" ".join(p.prose)),
            *(h(c) for c in p.contact_lines()),
            "</DL><p>",
            f"<!-- clipvault sync · help: {p.support_mail()} -->",
        ]
    )
    return title, body, url, None


RENDER = {
    "rosaguiden": rosaguiden,
    "lotusguiden": lotusguiden,
    "companions": companions,
    "datakopi": access_export,
    "abusedesk": abuse_report,
    "clips": clips,
}
KIND = {
    "rosaguiden": "escort_classified",
    "lotusguiden": "massage_directory",
    "companions": "touring_directory",
    "datakopi": "access_export",
    "abusedesk": "abuse_report",
    "clips": "saved_clips",
}
