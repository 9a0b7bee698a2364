"""The six sites of the seventeenth blind corpus, each with the page it prints before and after its redesign day:
an app's push-notification log, a short-let room listing, an NGO volunteer's spreadsheet flattened to text, an
e-mail newsletter digest of new ads, a moderation queue export and a browser's print view. Every number a page
prints that is not a contact is written through `Furn`, so the truth lists it with its kind and digits."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind17._data import CITIES, STREETS


class Furn:
    """The furniture of one page: every number printed that is not a contact, with its kind and digits."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def num(self, kind: str, text: str) -> str:
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) >= 3 and not any(i["digits"] == digits and i["kind"] == kind for i in self.items):
            self.items.append({"kind": kind, "digits": digits})
        return text

    def phone(self, e164: str, style: int = 2) -> str:
        num = phonenumbers.parse(e164)
        text = phonenumbers.format_number(num, style)  # 1 international, 2 national
        self.items.append({"kind": "site_phone", "digits": "".join(c for c in text if c.isdigit()), "e164": e164})
        return text

    def mail(self, addr: str) -> str:
        self.items.append({"kind": "support_email", "digits": "", "text": addr})
        return addr


@dataclass
class Ad:
    """What one ad says, before a site prints it."""

    site: str
    ad_no: int
    new: bool
    lang: str
    city: str
    spelling: str
    name: str
    age: str  # as printed: '24', or '18+' on a recruiting ad
    when: datetime
    phones: list[str]  # printed forms, in order
    emails: list[str]
    sentences: list[str]
    extra: list[str] = field(default_factory=list)  # a cue, an agency's name line
    brand: str = ""

    @property
    def country(self) -> str:
        return CITIES[self.city][0]


def _d(when: datetime, lang: str) -> str:
    return when.strftime("%Y-%m-%d" if lang in ("sv", "en") else "%d.%m.%Y")


def _contact(ad: Ad, labels: tuple[str, str], join: str = "\n") -> str:
    lines = [f"{labels[0]} {p}" for p in ad.phones] + [f"{labels[1]} {e}" for e in ad.emails]
    return join.join(lines)


def _text(ad: Ad) -> str:
    return " ".join(ad.extra + ad.sentences)


# --- varsel: an app's push-notification log ------------------------------------------------------------------
_VARSEL = {
    "no": ("Varsellogg", "Ny annonse fra", "i", "Trykk for å åpne", "varsel-ID", "Synkronisert", "nye", "Ring"),
    "sv": ("Notislogg", "Ny annons från", "i", "Tryck för att öppna", "notis-ID", "Synkad", "nya", "Ring"),
    "da": (
        "Notifikationslog",
        "Ny annonce fra",
        "i",
        "Tryk for at åbne",
        "notifikations-ID",
        "Synkroniseret",
        "nye",
        "Ring",
    ),
    "en": ("Notification log", "New ad from", "in", "Tap to open", "notification ID", "Synced", "new", "Call"),
}


def varsel(rng: random.Random, ad: Ad, f: Furn) -> tuple[str, str, str]:
    lab = _VARSEL[ad.lang]
    nid = ad.ad_no
    if not ad.new:
        url = f"https://nattvarsel.no/logg/{ad.when:%Y-%m-%d}#n{f.num('notification_id', str(nid))}"
        title = f"{lab[1]} {ad.name} ({ad.age}) {lab[2]} {ad.spelling}"
        earlier = ad.when - timedelta(seconds=rng.randint(40, 900))
        body = (
            f"{lab[0]} · Nattvarsel {rng.randint(3, 5)}.{rng.randint(0, 19)}.{rng.randint(0, 9)} (Android)\n"
            f"{f.num('timestamp', f'{ad.when:%d.%m.%Y %H:%M:%S}')}  🔔 {title}\n"
            f"   «{_text(ad)}»\n"
            f"   {_contact(ad, (lab[7] + ':', 'E-post:' if ad.lang != 'en' else 'Mail:'), chr(10) + '   ')}\n"
            f"   {lab[3]} · {lab[4]} {nid}\n"
            f"{f.num('timestamp', f'{earlier:%d.%m.%Y %H:%M:%S}')}  ✓ {lab[5]} {rng.randint(2, 60)} {lab[6]}"
        )
        return url, title, body
    ts = int((ad.when - datetime(1970, 1, 1)).total_seconds())
    since = ts - rng.randint(3600, 86400)
    uid = f.num("user_id", str(rng.randint(100000, 999999)))
    url = f"https://nightping.app/u/{uid}/feed?since={f.num('unix_time', str(since))}&n={nid}"
    f.num("notification_id", str(nid))
    title = f"{ad.name} ({ad.age}) · {ad.spelling}"
    text = _text(ad) + " " + " · ".join(ad.phones + ad.emails)
    rows = [
        {
            "ts": int(f.num("unix_time", str(ts))),
            "id": f"n-{nid}",
            "channel": "new_ads",
            "title": title,
            "text": text,
            "badge": rng.randint(1, 40),
        },
        {
            "ts": int(f.num("unix_time", str(ts - rng.randint(30, 600)))),
            "id": f"n-{f.num('notification_id', str(nid - rng.randint(1, 9)))}",
            "channel": "sync",
            "text": f"{rng.randint(2, 60)} {lab[6]}",
        },
    ]
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    return url, title, body


# --- korttid: a short-let room listing -------------------------------------------------------------------------
_KORTTID = {
    "no": (
        "Rom",
        "omtaler",
        "Vert",
        "Medlem siden",
        "Adresse",
        "natt",
        "Vaskegebyr",
        "Annonse",
        "Om stedet",
        "Innsjekk",
        "Utsjekk",
        "Kundeservice",
        "SMS meg før booking",
        "E-post",
    ),
    "sv": (
        "Rum",
        "omdömen",
        "Värd",
        "Medlem sedan",
        "Adress",
        "natt",
        "Städavgift",
        "Objekt",
        "Om boendet",
        "Incheckning",
        "Utcheckning",
        "Kundtjänst",
        "SMS:a mig innan bokning",
        "Mejl",
    ),
    "da": (
        "Værelse",
        "anmeldelser",
        "Vært",
        "Medlem siden",
        "Adresse",
        "nat",
        "Rengøring",
        "Opslag",
        "Om stedet",
        "Check-in",
        "Check-ud",
        "Kundeservice",
        "SMS mig før booking",
        "Mail",
    ),
    "en": (
        "Room",
        "reviews",
        "Host",
        "Member since",
        "Address",
        "night",
        "Cleaning fee",
        "Listing",
        "About",
        "Check-in",
        "Check-out",
        "Support",
        "Text me before booking",
        "Email",
    ),
}
_CUR = {"NO": "kr", "SE": "kr", "DK": "kr."}


def korttid(rng: random.Random, ad: Ad, f: Furn, site_phone: str) -> tuple[str, str, str]:
    lab = _KORTTID[ad.lang]
    lid = f.num("listing_id", str(ad.ad_no))
    ci = ad.when + timedelta(days=rng.randint(1, 9))
    co = ci + timedelta(days=rng.randint(1, 4))
    post = CITIES[ad.city][2]
    street = f"{rng.choice(STREETS)} {rng.randint(2, 48)}"
    price = rng.choice([650, 790, 890, 990, 1150, 1290, 1450])
    rating = f"{rng.randint(40, 49) / 10:.2f}".replace(".", ",") if ad.lang != "en" else f"{rng.randint(40, 49) / 10}"
    reviews = rng.randint(3, 260)
    since = f.num("member_since", str(rng.randint(2015, 2025)))
    fee = rng.choice([150, 200, 250, 300])
    if not ad.new:
        stay = f"in={f.num('date', f'{ci:%Y-%m-%d}')}&ut={f.num('date', f'{co:%Y-%m-%d}')}"
        url = f"https://korttid.se/rum/{lid}?{stay}&g=1"
        title = f"{lab[0]} · {ad.spelling} · {ad.name}"
        body = (
            f"{lab[0]} · {ad.spelling} · ★ {rating} ({reviews} {lab[1]})\n"
            f"{lab[2]}: {ad.name} · {lab[3]} {since}\n"
            f"{lab[4]}: {street}, {f.num('postcode', post)} {ad.spelling}\n"
            f"{f.num('price', f'{price:,}'.replace(',', ' '))} {_CUR[ad.country]} / {lab[5]} · {lab[6]} {fee} "
            f"{_CUR[ad.country]} · {lab[7]} {lid}\n"
            f"{lab[8]}:\n{_text(ad)}\n"
            f"{_contact(ad, (lab[12] + ':', lab[13] + ':'))}\n"
            f"{lab[9]} 15:00 · {lab[10]} 11:00\n"
            f"{lab[11]}: {f.phone(site_phone)} · {f.mail('hjalp@korttid.se')}"
        )
        return url, title, body
    slug = f"{ad.name.lower()}-{ad.city.lower().replace('ø', 'o').replace('ö', 'o').replace('å', 'a')}"
    slug = "".join(c for c in slug if c.isascii())
    stay = f"ci={f.num('date', f'{ci:%Y%m%d}')}&co={f.num('date', f'{co:%Y%m%d}')}"
    url = f"https://staynest.eu/l/{lid}-{slug}?{stay}&adults=1"
    title = f"{ad.name} · {ad.spelling} · ★{rating}"
    body = (
        f"{lab[7]} #{lid} · {ad.spelling}, {f.num('postcode', post)}\n"
        f"★{rating} · {reviews} {lab[1]} · {lab[2]} {ad.name} ({lab[3].lower()} {since})\n"
        f"{_text(ad)}\n"
        f"{_contact(ad, ('☎', '✉'), ' · ')}\n"
        f"{f.num('price', str(price))} {_CUR[ad.country]}/{lab[5]} + {fee} · {lab[9]} "
        f"{f.num('date', f'{ci:%d.%m.%Y}')} → {f.num('date', f'{co:%d.%m.%Y}')}\n"
        f"StayNest Europe · {lab[11]} {f.phone(site_phone, 1)} · {f.mail('help@staynest.eu')}"
    )
    return url, title, body


# --- frivillig: an NGO volunteer's spreadsheet, flattened ------------------------------------------------------
_SHEET = {
    "no": ("Ark1", "rad", ("Dato", "By", "Navn", "Alder", "Tlf", "E-post", "Kilde", "Notat"), "Sist endret av"),
    "sv": (
        "Blad1",
        "rad",
        ("Datum", "Stad", "Namn", "Ålder", "Tel", "E-post", "Källa", "Anteckning"),
        "Senast ändrad av",
    ),
    "da": ("Ark1", "række", ("Dato", "By", "Navn", "Alder", "Tlf", "Mail", "Kilde", "Note"), "Senest ændret af"),
    "en": ("Sheet1", "row", ("Date", "City", "Name", "Age", "Phone", "Email", "Source", "Note"), "Last edited by"),
}


def frivillig(rng: random.Random, ad: Ad, f: Furn) -> tuple[str, str, str]:
    lab = _SHEET[ad.lang]
    row = ad.ad_no % 997 + 3
    serial = (ad.when.date() - datetime(1899, 12, 30).date()).days
    source = (
        f"{rng.choice(['annonse', 'annons', 'link', 'tips'])} {f.num('source_id', str(rng.randint(1000000, 9999999)))}"
    )
    phone = " / ".join(ad.phones)
    mail = " / ".join(ad.emails)
    note = _text(ad)
    if not ad.new:
        url = f"https://frivillignett.no/ark/kartlegging-2026.xlsx#{lab[0]}!A{f.num('row', str(row))}"
        title = f"kartlegging-2026.xlsx — {lab[0]} — {lab[1]} {row}"
        cells = [f.num("excel_date", str(serial)), ad.spelling, ad.name, str(ad.age), phone, mail, source, f'"{note}"']
        body = (
            f"[{lab[0]}] {lab[1]} {row}\n"
            + "\t".join(f"{c}{row}" for c in "ABCDEFGH")
            + "\n"
            + "\t".join(lab[2])
            + "\n"
            + "\t".join(cells)
            + f"\n{lab[3]}: vol{rng.randint(2, 40)} · {f.num('timestamp', f'{ad.when:%d.%m.%Y %H:%M}')}"
        )
        return url, title, body
    doc = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(12))
    gid = f.num("sheet_gid", str(rng.randint(1000, 99999)))
    rev = f.num("revision", str(rng.randint(1000, 9999)))
    url = f"https://sheets.ngo-share.org/d/{doc}/export?format=xlsx&gid={gid}&range=A{row}:H{row}"
    f.num("row", str(row))
    title = f"{lab[0]}!A{row}:H{row}"
    header = ";".join(lab[2])
    body = (
        f"{header}\n"
        f"{f.num('date', f'{ad.when:%Y-%m-%d}')};{ad.spelling};{ad.name};{ad.age};{phone};{mail};{source};{note}\n"
        f"# {lab[3]} {rng.choice(['Kari', 'Anders', 'Mette', 'Sanna'])} · rev {rev}"
    )
    return url, title, body


# --- nyhetsbrev: an e-mail newsletter digest of new ads --------------------------------------------------------
_DIGEST = {
    "no": (
        "Nyhetsbrev nr.",
        "Se i nettleser",
        "Nye annonser i",
        "denne uken",
        "Ring",
        "Les annonse",
        "Også nytt",
        "Meld av",
        "Abonnent",
        "Skriv til",
    ),
    "sv": (
        "Nyhetsbrev nr",
        "Visa i webbläsaren",
        "Nya annonser i",
        "denna vecka",
        "Ring",
        "Läs annons",
        "Också nytt",
        "Avregistrera",
        "Prenumerant",
        "Maila",
    ),
    "da": (
        "Nyhedsbrev nr.",
        "Se i browser",
        "Nye annoncer i",
        "denne uge",
        "Ring",
        "Læs annonce",
        "Også nyt",
        "Afmeld",
        "Abonnent",
        "Skriv til",
    ),
    "en": (
        "Newsletter no.",
        "View in browser",
        "New ads in",
        "this week",
        "Call",
        "Read ad",
        "Also new",
        "Unsubscribe",
        "Subscriber",
        "Write to",
    ),
}


def nyhetsbrev(rng: random.Random, ad: Ad, f: Furn, others: list[tuple[str, str]]) -> tuple[str, str, str]:
    lab = _DIGEST[ad.lang]
    issue = f.num("issue", str(180 + ad.when.timetuple().tm_yday // 7 + (40 if ad.new else 0)))
    sub = f.num("subscriber_id", str(rng.randint(1000000, 9999999)))
    aid = f.num("ad_id", str(ad.ad_no))
    also = ", ".join(f"{n} ({c})" for n, c in others)
    contact = _contact(ad, (lab[4], lab[9]), " · ")
    cvr = f.num("org_number", str(rng.randint(30000000, 44999999))) if not ad.new else ""
    campaign = f.num("campaign", str(ad.when.isocalendar()[1] + 2600)) if ad.new else ""
    if not ad.new:
        url = f"https://annoncebrevet.dk/nyhedsbrev/{issue}/vis?abonnent={sub}#a{aid}"
        title = f"{lab[0]} {issue}: {lab[2]} {ad.spelling}"
        body = (
            f"{lab[0]} {issue} · {f.num('date', _d(ad.when, ad.lang))} · {lab[1]}\n"
            f"{lab[2]} {ad.spelling} {lab[3]}\n"
            f"▸ {ad.name}, {ad.age} — {_text(ad)}\n"
            f"  {contact}\n"
            f"  {lab[5]} {aid} →\n"
            f"{lab[6]}: {also}\n"
            f"{lab[7]} · {lab[8]} {sub}\n"
            f"Annoncebrevet ApS · CVR {cvr} · {f.mail('info@annoncebrevet.dk')}"
        )
        return url, title, body
    url = f"https://view.digestmail.eu/v/{issue}/{aid}?uid={sub}&utm_medium=email&utm_campaign=wk{campaign}"
    title = f"[{issue}] {ad.name}, {ad.spelling}"
    body = (
        f"━━ {lab[2].upper()} {ad.spelling.upper()} ━━ #{issue} · {f.num('date', f'{ad.when:%d/%m/%Y}')}\n"
        f"{ad.name} ({ad.age})\n{_text(ad)}\n"
        f"{contact}\n"
        f"[{lab[5]} →] https://digestmail.eu/a/{aid}\n"
        f"{lab[6]}: {also}\n"
        f"— DigestMail · {lab[7]}: https://digestmail.eu/u/{sub} · {f.mail('support@digestmail.eu')}"
    )
    return url, title, body


# --- modko: a moderation queue export --------------------------------------------------------------------------
_MOD = {
    "no": (
        "Sak",
        "Status",
        "venter",
        "Lagt i kø",
        "Flagget av bruker",
        "Regel",
        "kontaktinfo",
        "Poeng",
        "Annonse",
        "Annonsetekst",
        "Automatisk maskering",
        "Moderator",
        "Beslutning",
        "godkjent",
    ),
    "sv": (
        "Ärende",
        "Status",
        "väntar",
        "Köad",
        "Flaggad av användare",
        "Regel",
        "kontaktuppgifter",
        "Poäng",
        "Annons",
        "Annonstext",
        "Automatisk maskering",
        "Moderator",
        "Beslut",
        "godkänd",
    ),
    "da": (
        "Sag",
        "Status",
        "afventer",
        "Sat i kø",
        "Flaget af bruger",
        "Regel",
        "kontaktinfo",
        "Point",
        "Annonce",
        "Annoncetekst",
        "Automatisk maskering",
        "Moderator",
        "Afgørelse",
        "godkendt",
    ),
    "en": (
        "Case",
        "Status",
        "pending",
        "Queued",
        "Flagged by user",
        "Rule",
        "contact details",
        "Score",
        "Ad",
        "Ad text",
        "Auto-mask",
        "Moderator",
        "Decision",
        "approved",
    ),
}


def _mask(printed: str) -> str:
    """A moderation tool's masked copy: the first three and last two digits kept, the rest as dots."""
    pos = [i for i, c in enumerate(printed) if c.isascii() and c.isdigit()]
    keep = set(pos[:3] + pos[-2:])
    return "".join("•" if i in pos and i not in keep else c for i, c in enumerate(printed))


def modko(rng: random.Random, ad: Ad, f: Furn) -> tuple[str, str, str]:
    lab = _MOD[ad.lang]
    case = f.num("case_id", str(rng.randint(30000, 99999)))
    user = f.num("user_id", str(rng.randint(1000, 999999)))
    rule = f"{rng.randint(2, 7)}.{rng.randint(1, 9)}"
    score = f"0,{rng.randint(40, 99)}" if ad.lang != "en" else f"0.{rng.randint(40, 99)}"
    aid = f.num("ad_id", str(ad.ad_no))
    masked = [_mask(p) for p in ad.phones if sum(c.isascii() and c.isdigit() for c in p) >= 6]
    for m in masked:
        f.num("masked_copy", m)
    if not ad.new:
        url = f"https://admin.kontaktlisten.se/moderering/arende/{case}"
        title = f"{lab[0]} #{case} · {lab[8]} {aid}"
        body = (
            f"{lab[0]} #{case} · {lab[1]}: {lab[2]} · {lab[3]} {f.num('timestamp', f'{ad.when:%Y-%m-%d %H:%M}')}\n"
            f"{lab[4]} {user} · {lab[5]} {rule} ({lab[6]}) · {lab[7]} {score}\n"
            f"{lab[8]} {aid} · {ad.spelling} · {ad.name} {ad.age}\n"
            f"--- {lab[9]} ---\n{_text(ad)}\n{_contact(ad, ('📞', '✉️'))}\n"
            + (f"--- {lab[10]} ---\n" + "\n".join(masked) + "\n" if masked else "")
            + f"{lab[11]}: mod_{rng.randint(2, 60)} · {lab[12]}: {lab[13]}"
        )
        return url, title, body
    page = rng.randint(1, 40)
    url = f"https://mod.listhub.io/queue/{case}?rule={rule}&page={page}"
    title = f"#{case} [{lab[2].upper()}] {ad.name}, {ad.spelling}"
    record = {
        "case": case,
        "ad": aid,
        "flagged_by": user,
        "rule": rule,
        "score": score.replace(",", "."),
        "queued": f.num("timestamp", f"{ad.when:%Y-%m-%dT%H:%M:%S}Z"),
    }
    body = (
        json.dumps(record, ensure_ascii=False)
        + f"\n> {ad.name} {ad.age}, {ad.spelling}\n> {_text(ad)}\n> "
        + "\n> ".join(ad.phones + ad.emails)
        + ("\nmask: " + " | ".join(masked) if masked else "")
        + f"\n{lab[12]}: {lab[13]} ({lab[11].lower()} {rng.randint(2, 60)})"
    )
    return url, title, body


# --- utskrift: a browser's print view ---------------------------------------------------------------------------
_PRINT = {
    "no": ("Annonsenr.", "Opprettet", "Visninger", "Tlf.", "E-post", "Priser", "Kontakt oss", "massasje"),
    "sv": ("Annonsnr", "Skapad", "Visningar", "Tel.", "E-post", "Priser", "Kontakta oss", "massage"),
    "da": ("Annoncenr.", "Oprettet", "Visninger", "Tlf.", "E-mail", "Priser", "Kontakt os", "massage"),
    "en": ("Ad no.", "Created", "Views", "Tel.", "Email", "Rates", "Contact us", "massage"),
}


def utskrift(rng: random.Random, ad: Ad, f: Furn, site_phone: str) -> tuple[str, str, str]:
    lab = _PRINT[ad.lang]
    aid = f.num("ad_id", str(ad.ad_no))
    printed = ad.when + timedelta(days=rng.randint(0, 6), minutes=rng.randint(1, 600))
    created = f.num("date", _d(ad.when, ad.lang))
    views = rng.randint(120, 9999)
    prices = f"30 min {rng.choice([700, 800, 900])} · 60 min {f.num('price', str(rng.choice([1200, 1500, 1800])))}"
    if not ad.new:
        host = "kysk-annoncer.dk"
        page_url = f"https://{host}/annonce/{aid}"
        url = page_url + "?print=1"
        stamp = f.num("timestamp", f"{printed:%d.%m.%Y %H:%M}")
        head = f"{stamp}        {ad.name} – {lab[7]} {ad.spelling} | Kysk Annoncer"
        views_s = f"{views:,}".replace(",", " ")
    else:
        host = "printview.nordads.eu"
        page_url = f"https://{host}/p/{aid}"
        url = page_url + "/1?pages=2"
        head = f"{f.num('timestamp', f'{printed:%m/%d/%y, %I:%M %p}')}   {ad.name} · {ad.spelling} — NordAds"
        views_s = str(views)
    f.num("views", views_s)
    title = head.split("  ")[-1].strip()
    body = (
        f"{head}\n{ad.name} ({ad.age}) · {ad.spelling}\n"
        f"{lab[0]} {aid} · {lab[1]} {created} · {lab[2]} {views_s}\n"
        f"{_text(ad)}\n{_contact(ad, (lab[3], lab[4] + ':'))}\n"
        f"{page_url}                                        1/2\n"
        f"{head}\n"
        f"{lab[5]}: {prices}\n"
        f"{lab[6]}: {f.mail('support@' + host)} · {f.phone(site_phone, 1 if ad.new else 2)}\n"
        f"{page_url}                                        2/2"
    )
    return url, title, body
