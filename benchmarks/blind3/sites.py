"""The six fictional sites of the blind corpus: each renders an ad from its parts with its own drifting
template, and names every number it prints that is not a contact (furniture)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from .people import CITIES, DISTRICTS, EXONYM_EN

MONTHS = {
    "no": "jan feb mar apr mai jun jul aug sep okt nov des".split(),
    "sv": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "da": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
HOTELS = [
    "Hotell Nordlys",
    "Fjordhotellet",
    "Hotel Aurora",
    "Stadshotellet",
    "Hotel Kongen",
    "Park Inn Sentrum",
    "Hotel Havneporten",
    "Grand Hotell Øst",
    "Hotel Midnattsol",
    "Hotel Nattugla",
]
STREETS = {
    "NO": ["Storgata", "Kirkegata", "Dronningens gate", "Torggata", "Strandveien"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsgatan", "Hamngatan", "Vasagatan"],
    "DK": ["Vesterbrogade", "Nørregade", "Strøget", "Istedgade", "Havnegade"],
}
POSTAL = {"NO": (4, "0"), "SE": (5, "1"), "DK": (4, "2")}


@dataclass
class Page:
    """What a site renders: the ingest fields, plus the furniture it printed."""

    url: str
    title: str
    body: str
    city_field: str | None
    furniture: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Parts:
    """An ad's content before a site's template wraps it."""

    lang: str
    name: str
    age_text: str
    city: str  # canonical
    city_written: str
    country: str
    nationality: str
    intro: list[str]
    contact_lines: list[str]  # already written (obfuscated) contact lines
    slug_number: str | None  # a phone written in the URL slug (digits), if any
    day: int
    height: int
    weight: int
    extra_names: list[str]  # the agency's other models
    network_line: str | None


def furn(kind: str, text: str, e164: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": kind, "digits": "".join(c for c in text if c.isdigit()), "text": text}
    if e164:
        item["e164"] = e164
    return item


def pick(r: random.Random, f: list[dict[str, Any]], variants: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """One of a template's variants: its text, and the furniture (kind, printed text) it prints."""
    text, items = r.choice(variants)
    f.extend(furn(kind, shown) for kind, shown in items)
    return text


def date_of(day: int) -> tuple[int, int, int]:
    """Day 0 is 1 September 2026; a plain calendar without leap years is enough here."""
    lengths = [30, 31, 30, 31, 31, 28, 31]
    m, d = 8, day
    for ln in lengths:
        if d < ln:
            return 2026 + (m // 12), (m % 12) + 1, d + 1
        d -= ln
        m += 1
    return 2027, 3, 1


def city_slug(city: str) -> str:
    s = city.lower()
    for a, b in (("ø", "o"), ("å", "a"), ("æ", "ae"), ("ö", "o"), ("ä", "a"), ("ü", "u")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def price(rng: random.Random, cur: str, furniture: list[dict[str, Any]]) -> str:
    amounts = sorted(rng.sample([800, 1000, 1200, 1500, 1800, 2000, 2500, 3000, 3500, 4000, 5000], 2))
    if cur == "EUR":
        amounts = [a // 10 for a in amounts]
    shapes = {
        "NOK": ["{a},-", "{a} kr", "kr {a}", "{a} NOK", "NOK {a},-", "{a:,}".replace(",", " ") + " kr"],
        "SEK": ["{a}:-", "{a} kr", "{a} SEK", "SEK {a}", "{a} kr/tim"],
        "DKK": ["{a},-", "{a} kr.", "DKK {a}", "{a} DKK", "kr. {a},-"],
        "EUR": ["€{a}", "{a} EUR", "{a}€", "EUR {a}"],
    }[cur]
    out = []
    for a in amounts:
        s = rng.choice(shapes)
        txt = s.format(a=a) if "{a" in s else s
        if rng.random() < 0.3 and a >= 1000 and cur != "EUR":
            txt = txt.replace(str(a), f"{a // 1000}{rng.choice(['.', ' '])}{a % 1000:03d}")
        furniture.append(furn("price", txt))
        out.append(txt)
    return out[0], out[1]  # type: ignore[return-value]


def hours(rng: random.Random, lang: str, furniture: list[dict[str, Any]]) -> str:
    a, b = rng.choice([(10, 22), (12, 2), (9, 23), (11, 3), (14, 4)])
    s = rng.choice([f"{a:02d}:00–{b:02d}:00", f"kl. {a}-{b}", f"{a:02d}.00-{b:02d}.00", f"{a}:00 - {b}:00", "24/7"])
    if s != "24/7":
        furniture.append(furn("hours", s))
    lead = {"no": "Tilgjengelig", "sv": "Tillgänglig", "da": "Træffes", "en": "Available"}[lang]
    return f"{lead} {s}"


def address(rng: random.Random, country: str, city: str, furniture: list[dict[str, Any]]) -> str:
    n, first = POSTAL[country]
    code = first + "".join(rng.choice("0123456789") for _ in range(n - 1))
    if country == "SE":
        code = f"{code[:3]} {code[3:]}"
    street = f"{rng.choice(STREETS[country])} {rng.randint(1, 88)}"
    furniture.append(furn("postal", code))
    return f"{street}, {code} {city}"


def views(rng: random.Random) -> int:
    return rng.choice([rng.randint(12, 999), rng.randint(1000, 99999), rng.randint(100000, 2500000)])


def thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


class Site:
    name = ""
    country = ""
    lang = ""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def render(self, ad_id: str, p: Parts) -> Page:  # pragma: no cover - overridden
        raise NotImplementedError


def contact_block(rng: random.Random, p: Parts) -> str:
    return "\n".join(p.contact_lines)


class Annonseportalen(Site):
    """Norwegian classified site: attribute list, footer with ad number and org number, support line."""

    name = "annonseportalen.no"
    country = "NO"
    lang = "no"

    def __init__(self, rng: random.Random, site_phone: str, org: str) -> None:
        super().__init__(rng)
        self.site_phone = site_phone
        self.org = org

    def render(self, ad_id: str, p: Parts) -> Page:
        r = self.rng
        f: list[dict[str, Any]] = []
        y, m, d = date_of(p.day)
        slug = city_slug(p.city_written)
        if p.slug_number:
            slug = f"{slug}-{city_slug(p.name)}-{p.slug_number}"
        url = r.choice(
            [
                f"https://www.annonseportalen.no/annonse/{slug}/{ad_id}",
                f"https://annonseportalen.no/vis.php?annonse={ad_id}&kat=12&s={slug}",
                f"https://www.annonseportalen.no/a/{ad_id}-{slug}",
            ]
        )
        f.append(furn("ad_id", ad_id))
        title = r.choice(
            [
                f"{p.name}, {p.age_text} – {p.city_written}",
                f"Ny i {p.city_written}! {p.name}",
                f"{p.name} ({p.city_written})",
                f"Massasje og selskap – {p.name}",
            ]
        )
        sep = r.choice([": ", ": ", " - ", "\t"])
        attrs = [
            f"Alder{sep}{p.age_text}",
            f"Høyde{sep}{p.height} cm",
            f"Vekt{sep}{p.weight} kg",
            f"Nasjonalitet{sep}{p.nationality}",
            f"{r.choice(['Område', 'Sted', 'By'])}{sep}{p.city_written}",
        ]
        f += [furn("height", str(p.height)), furn("weight", str(p.weight))]
        if r.random() < 0.3:
            attrs = attrs[:3] + attrs[4:] if r.random() < 0.5 else attrs
        lines = [r.choice(["Kategori: Massasje & selskap › ", "Selskap › ", ""]) + p.city_written]
        lines += p.intro
        lines += attrs
        lo, hi = price(r, "NOK", f)
        lines.append(r.choice([f"Pris: 30 min {lo} / 1 time {hi}", f"Priser fra {lo}", f"{lo} halvtime, {hi} time"]))
        if r.random() < 0.5:
            lines.append(hours(r, "no", f))
        if r.random() < 0.25:
            lines.append(f"Diskret leilighet, {address(r, 'NO', p.city, f)}")
        elif r.random() < 0.2:
            room = str(r.randint(100, 820))
            f.append(furn("room", room))
            lines.append(f"Bor på {r.choice(HOTELS)}, rom {room}")
        if p.network_line:
            lines.append(p.network_line)
        lines.append(contact_block(r, p))
        ts = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        n = views(r)
        d1, d2, d3, n1 = f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{str(y)[2:]}", thousands(n, " ")
        foot = pick(
            r,
            f,
            [
                (
                    f"Annonsenr. {ad_id} · Publisert {d1} kl. {ts} · Vist {n1} ganger",
                    [("date", d1), ("time", ts), ("counter", n1)],
                ),
                (
                    f"Annonse-nummer: {ad_id}\nSist endret {d2} {ts}\n{n1} visninger",
                    [("date", d2), ("time", ts), ("counter", n1)],
                ),
                (
                    f"Publisert: {d3} {ts} | Annonsekode {ad_id} | Sett {n} ganger",
                    [("date", d3), ("time", ts), ("counter", str(n))],
                ),
            ],
        )
        lines.append(foot)
        if r.random() < 0.6:
            sp = self.site_phone[3:]
            shown = r.choice(
                [f"{sp[:2]} {sp[2:4]} {sp[4:6]} {sp[6:]}", sp, f"+47 {sp[:2]} {sp[2:4]} {sp[4:6]} {sp[6:]}"]
            )
            f.append(furn("site_phone", shown, self.site_phone))
            mail = "kundeservice@annonseportalen.no"
            lines.append(
                pick(
                    r,
                    f,
                    [
                        (f"Spørsmål om annonsen? Kundeservice {shown} (hverdager 09–15)", []),
                        (f"Annonseportalen kundesenter: {shown} · {mail}", [("support_email", mail)]),
                        (f"Meld fra om misbruk: ring {shown}", []),
                    ],
                )
            )
        if r.random() < 0.3:
            f.append(furn("org", self.org))
            lines.append(f"Annonseportalen AS · Org.nr. {self.org} · Postboks 4410 Nydalen, 0403 Oslo")
            f.append(furn("postal", "4410"))
            f.append(furn("postal", "0403"))
        city_field = p.city_written if r.random() < 0.8 else None
        return Page(url, title, "\n".join(lines), city_field, f)


class Kontaktsidan(Site):
    """Swedish contact site: ad id in the URL path with a slug, member number, updated date."""

    name = "kontaktsidan.se"
    country = "SE"
    lang = "sv"

    def __init__(self, rng: random.Random, site_phone: str) -> None:
        super().__init__(rng)
        self.site_phone = site_phone

    def render(self, ad_id: str, p: Parts) -> Page:
        r = self.rng
        f: list[dict[str, Any]] = [furn("ad_id", ad_id)]
        y, m, d = date_of(p.day)
        slug = f"{city_slug(p.name)}-{city_slug(p.city_written)}"
        if p.slug_number:
            slug = f"{slug}-{p.slug_number}"
        url = r.choice(
            [
                f"https://kontaktsidan.se/annons/{ad_id}-{slug}",
                f"https://www.kontaktsidan.se/annons/{ad_id}",
                f"https://kontaktsidan.se/{city_slug(p.city_written)}/{slug}-{ad_id}.html",
            ]
        )
        title = r.choice(
            [
                f"{p.name} {p.age_text} – ny i stan",
                f"Het tjej i {p.city_written}",
                f"{p.name} | {p.city_written}",
                f"Massage {p.city_written} – {p.name}",
            ]
        )
        sep = r.choice([": ", " ", ": ", " – "])
        attrs = [
            f"Ålder{sep}{p.age_text}",
            f"Längd{sep}{p.height}",
            f"Vikt{sep}{p.weight}",
            f"Nationalitet{sep}{p.nationality}",
            f"Ort{sep}{p.city_written}",
        ]
        f += [furn("height", str(p.height)), furn("weight", str(p.weight))]
        r.shuffle(attrs)
        member = str(r.randint(10000, 9999999))
        f.append(furn("member", member))
        head = r.choice(
            [f"Annons-ID {ad_id} · {p.city_written}", f"Annons {ad_id}", f"Ort: {p.city_written} | Annonsnr {ad_id}"]
        )
        lines = [head, *p.intro, " · ".join(attrs) if r.random() < 0.4 else "\n".join(attrs)]
        lo, hi = price(r, "SEK", f)
        lines.append(r.choice([f"Pris: {lo} (30 min) / {hi} (1 tim)", f"Från {lo}", f"Halvtimme {lo}, timme {hi}"]))
        if r.random() < 0.4:
            lines.append(hours(r, "sv", f))
        if p.network_line:
            lines.append(p.network_line)
        lines.append(contact_block(r, p))
        ts = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        n = views(r)
        d1, d2, n1 = f"{y}-{m:02d}-{d:02d}", f"{d}/{m}", thousands(n, " ")
        lines.append(
            pick(
                r,
                f,
                [
                    (
                        f"Uppdaterad {d1} {ts} | Visad {n} gånger | Medlemsnr {member}",
                        [("date", d1), ("time", ts), ("counter", str(n))],
                    ),
                    (
                        f"Medlem #{member} · Senast inloggad {d2} kl {ts} · {n1} visningar",
                        [("date", d2), ("time", ts), ("counter", n1)],
                    ),
                    (
                        f"Publicerad {d1} kl {ts}\nAnnons-ID: {ad_id}\nMedlemsnummer: {member}",
                        [("date", d1), ("time", ts)],
                    ),
                ],
            )
        )
        if r.random() < 0.5:
            sp = "0" + self.site_phone[3:]
            shown = r.choice(
                [f"{sp[:2]}-{sp[2:5]} {sp[5:7]} {sp[7:]}", sp, f"+46 {sp[1:2]} {sp[2:5]} {sp[5:7]} {sp[7:]}"]
            )
            f.append(furn("site_phone", shown, self.site_phone))
            f.append(furn("support_email", "support@kontaktsidan.se"))
            lines.append(
                r.choice(
                    [
                        f"Kundtjänst: {shown} · support@kontaktsidan.se",
                        f"Anmäl annons: support@kontaktsidan.se eller ring {shown} vardagar 9–16",
                    ]
                )
            )
        city_field = p.city_written if r.random() < 0.6 else None
        return Page(url, title, "\n".join(lines), city_field, f)


class Moedested(Site):
    """Danish site: ad id in the query, CVR number, Danish dates."""

    name = "moedested.dk"
    country = "DK"
    lang = "da"

    def __init__(self, rng: random.Random, site_phone: str, cvr: str) -> None:
        super().__init__(rng)
        self.site_phone = site_phone
        self.cvr = cvr

    def render(self, ad_id: str, p: Parts) -> Page:
        r = self.rng
        f: list[dict[str, Any]] = [furn("ad_id", ad_id)]
        y, m, d = date_of(p.day)
        q = f"&tlf={p.slug_number}" if p.slug_number and r.random() < 0.3 else ""
        slug = f"-{p.slug_number}" if p.slug_number and not q else ""
        url = r.choice(
            [
                f"https://www.moedested.dk/annonce.php?id={ad_id}&kat=massage{q}",
                f"https://moedested.dk/annoncer/{ad_id}/{city_slug(p.name)}{slug}{'?x=1' + q if q else ''}",
                f"https://moedested.dk/vis/{city_slug(p.city_written)}/{ad_id}{slug}{'?s=1' + q if q else ''}",
            ]
        )
        title = r.choice(
            [f"{p.name} – {p.city_written}", f"Ny pige i {p.city_written}: {p.name}", f"Sensuel massage ved {p.name}"]
        )
        sep = r.choice([": ", ": ", " "])
        attrs = [
            f"Alder{sep}{p.age_text}",
            f"Højde{sep}{p.height} cm",
            f"Vægt{sep}{p.weight} kg",
            f"Nationalitet{sep}{p.nationality}",
            f"Område{sep}{p.city_written}",
        ]
        f += [furn("height", str(p.height)), furn("weight", str(p.weight))]
        lines = [*p.intro, *attrs]
        lo, hi = price(r, "DKK", f)
        lines.append(r.choice([f"Pris: ½ time {lo}, 1 time {hi}", f"Priser fra {lo}", f"{lo} / {hi}"]))
        if r.random() < 0.4:
            lines.append(hours(r, "da", f))
        if r.random() < 0.2:
            lines.append(f"Privat adresse: {address(r, 'DK', p.city, f)}")
        if p.network_line:
            lines.append(p.network_line)
        lines.append(contact_block(r, p))
        mon = MONTHS["da"][m - 1]
        n = views(r)
        d1, d2, d3, n1 = f"{d}. {mon}. {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}-{y}", thousands(n, ".")
        lines.append(
            pick(
                r,
                f,
                [
                    (f"Annonce nr. {ad_id} · Oprettet {d1} · Visninger: {n1}", [("date", d1), ("counter", n1)]),
                    (
                        f"Annoncenummer {ad_id}\nSidst opdateret {d2}\nSet {n} gange",
                        [("date", d2), ("counter", str(n))],
                    ),
                    (f"ID: {ad_id} | {d3} | {n1} visninger", [("date", d3), ("counter", n1)]),
                ],
            )
        )
        if r.random() < 0.5:
            sp = self.site_phone[3:]
            shown = r.choice([f"(+45) {sp[:2]} {sp[2:4]} {sp[4:6]} {sp[6:]}", f"{sp[:4]} {sp[4:]}", sp])
            f.append(furn("site_phone", shown, self.site_phone))
            mail = "kundeservice@moedested.dk"
            lines.append(
                pick(
                    r,
                    f,
                    [
                        (f"Kundeservice {shown} · {mail}", [("support_email", mail)]),
                        (f"Spørgsmål? Ring {shown} (hverdage 10-16)", []),
                    ],
                )
            )
        if r.random() < 0.35:
            f.append(furn("org", self.cvr))
            lines.append(f"Moedested ApS · CVR {self.cvr} · Havnegade 7, 1058 København K")
            f.append(furn("postal", "1058"))
        city_field = p.city_written if r.random() < 0.7 else None
        return Page(url, title, "\n".join(lines), city_field, f)


class Nattguiden(Site):
    """A Norwegian guide that moved its domain abroad (.to): profile ids, ratings, reference codes."""

    name = "nattguiden.to"
    country = "NO"
    lang = "no"

    def render(self, ad_id: str, p: Parts) -> Page:
        r = self.rng
        f: list[dict[str, Any]] = [furn("ad_id", ad_id)]
        uid = str(r.randint(1000, 999999))
        url = r.choice(
            [
                f"https://nattguiden.to/p/{ad_id}/{city_slug(p.name)}-{city_slug(p.city_written)}",
                f"https://www.nattguiden.to/profil.php?uid={uid}&ad={ad_id}",
                f"https://nattguiden.to/{city_slug(p.city_written)}/profil-{ad_id}",
            ]
        )
        if uid in url:
            f.append(furn("member", uid))
        if p.slug_number:
            url += f"-{p.slug_number}" if "profil.php" not in url else f"&c={p.slug_number}"
        ref = f"NG-{r.randint(10, 99)}{r.randint(0, 9)}-{r.randint(1000, 9999)}"
        f.append(furn("ref", ref))
        title = r.choice(
            [f"{p.name} ★ {p.city_written}", f"{p.name} – escort {p.city_written}", f"{p.name} {p.age_text}"]
        )
        rating = f"{r.randint(30, 50) / 10:.1f}"
        nrev = str(r.randint(2, 240))
        f += [furn("rating", rating), furn("counter", nrev)]
        lines = [
            r.choice(["NATTGUIDEN – tidligere nattguiden.no", "Nattguiden.to (flyttet fra nattguiden.no)", ""]),
            r.choice([f"Profil #{ad_id}", f"Profil-ID {ad_id}", ""]),
        ]
        lines += p.intro
        lines.append(f"Alder: {p.age_text} | By: {p.city_written} | Nasjonalitet: {p.nationality}")
        lines.append(
            r.choice(
                [
                    f"Vurdering {rating}/5 ({nrev} vurderinger)",
                    f"★ {rating} · {nrev} anmeldelser",
                    f"Rating: {rating} ({nrev})",
                ]
            )
        )
        if r.random() < 0.6:
            lines.append(hours(r, "no", f))
        lo, hi = price(r, "NOK", f)
        lines.append(f"Incall {lo} / outcall {hi}")
        if r.random() < 0.25:
            room = str(r.randint(100, 820))
            f.append(furn("room", room))
            lines.append(f"{r.choice(HOTELS)} rom {room} denne uka")
        if p.network_line:
            lines.append(p.network_line)
        lines.append(contact_block(r, p))
        hh = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        lines.append(
            pick(
                r,
                f,
                [
                    (f"Sist innlogget: i dag {hh} · Ref: {ref}", [("time", hh)]),
                    (f"Ref.nr {ref} · Sist aktiv {hh}", [("time", hh)]),
                    (f"Referanse: {ref}", []),
                ],
            )
        )
        if r.random() < 0.4:
            f.append(furn("support_email", "post@nattguiden.to"))
            lines.append("Kontakt redaksjonen: post@nattguiden.to")
        return Page(url, title, "\n".join(x for x in lines if x), None, f)


class VelvetNordic(Site):
    """An agency listing several models behind one booking line, in English."""

    name = "velvetnordic.com"
    country = "SE"
    lang = "en"

    def render(self, ad_id: str, p: Parts) -> Page:
        r = self.rng
        f: list[dict[str, Any]] = [furn("ad_id", ad_id)]
        url = r.choice(
            [
                f"https://velvetnordic.com/models/{city_slug(p.name)}-{ad_id}",
                f"https://www.velvetnordic.com/{city_slug(EXONYM_EN.get(p.city, p.city))}/model/{ad_id}",
                f"https://velvetnordic.com/model.php?id={ad_id}&lang=en",
            ]
        )
        title = r.choice(
            [f"{p.name} – Velvet Nordic", f"VIP model {p.name} in {p.city_written}", f"{p.name} | {p.city_written}"]
        )
        lines = [
            r.choice(["VELVET NORDIC · Premium companions in Scandinavia", "Velvet Nordic escort agency", ""]),
            *p.intro,
        ]
        card = [
            f"Age {p.age_text}",
            f"Height {p.height} cm",
            f"Weight {p.weight} kg",
            f"Nationality: {p.nationality}",
            f"Based: {p.city_written}",
        ]
        f += [furn("height", str(p.height)), furn("weight", str(p.weight))]
        lines.append(r.choice([" | ".join(card), "\n".join(card)]))
        cur = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}[p.country] if r.random() < 0.7 else "EUR"
        lo, hi = price(r, cur, f)
        night = str(r.choice([8000, 10000, 12000, 15000]))
        f.append(furn("price", night))
        lines.append(f"Rates: 1h {lo} · 2h {hi} · overnight {night}")
        if p.network_line:
            lines.append(p.network_line)
        lines.append(contact_block(r, p))
        if p.extra_names:
            lines.append("Also available: " + ", ".join(p.extra_names))
        n = views(r)
        n1 = thousands(n, ",")
        lines.append(
            pick(
                r,
                f,
                [
                    (
                        f"Model ID {ad_id} · Profile views {n1} · © 2019–2026 Velvet Nordic",
                        [("counter", n1), ("year", "2019–2026")],
                    ),
                    (f"ID {ad_id} — {n} views", [("counter", str(n))]),
                    (f"© Velvet Nordic 2019-2026 · ref {ad_id}", [("year", "2019-2026")]),
                ],
            )
        )
        return Page(url, title, "\n".join(x for x in lines if x), p.city_written if r.random() < 0.5 else None, f)


class ScandiDirectory(Site):
    """An English-language international directory with ratings, listing codes and abuse contacts."""

    name = "scandidirectory.eu"
    country = ""
    lang = "en"

    def render(self, ad_id: str, p: Parts) -> Page:
        r = self.rng
        f: list[dict[str, Any]] = [furn("ad_id", ad_id)]
        code = f"A-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
        city_en = EXONYM_EN.get(p.city, p.city)
        url = r.choice(
            [
                f"https://scandidirectory.eu/listing.php?lid={ad_id}&ref={code}",
                f"https://scandidirectory.eu/l/{ad_id}/{city_slug(city_en)}-{city_slug(p.name)}",
                f"https://www.scandidirectory.eu/{city_slug(city_en)}/{city_slug(p.name)}-{ad_id}",
            ]
        )
        if p.slug_number and "listing.php" not in url:
            url += f"-{p.slug_number}"
        title = r.choice(
            [f"{p.name} in {p.city_written}", f"{p.name} ❤ new in {p.city_written}", f"Sweet {p.name} {p.age_text}"]
        )
        rating = f"{r.randint(35, 50) / 10:.1f}"
        nrev = str(r.randint(1, 300))
        rated = r.choice([f"Rating {rating}/5 ({nrev} reviews)", f"{rating} ★ from {nrev} reviews", ""])
        if rated:
            f += [furn("rating", rating), furn("counter", nrev)]
        lines = [r.choice([f"Listing {code} · Verified ✔", f"Listing #{ad_id}", f"{code}"]), rated]
        if code in lines[0] or code in url:
            f.append(furn("ref", code))
        lines += p.intro
        lines.append(f"Age: {p.age_text} · Nationality: {p.nationality} · City: {p.city_written}")
        lo, hi = price(r, "EUR", f)
        lines.append(f"30 min {lo} / 1 hour {hi}")
        if r.random() < 0.4:
            lines.append(hours(r, "en", f))
        if p.network_line:
            lines.append(p.network_line)
        lines.append(contact_block(r, p))
        y, m, d = date_of(p.day)
        ts = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        n = views(r)
        d1, d2, n1 = f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}/{m:02d}/{d:02d}", thousands(n, ",")
        lines.append(
            pick(
                r,
                f,
                [
                    (f"Posted {d1} {ts} CET · Views {n1}", [("date", d1), ("time", ts), ("counter", n1)]),
                    (f"Updated {r.randint(1, 23)} h ago · {n} views · Listing ID {ad_id}", [("counter", str(n))]),
                    (f"Posted: {d2} {ts}", [("date", d2), ("time", ts)]),
                ],
            )
        )
        if r.random() < 0.5:
            f.append(furn("support_email", "abuse@scandidirectory.eu"))
            lines.append("Report this listing: abuse@scandidirectory.eu")
        return Page(url, title, "\n".join(x for x in lines if x), city_en if r.random() < 0.5 else None, f)


def districts_of(city: str) -> list[str]:
    return DISTRICTS.get(city, [])


def cities_in(country: str) -> list[str]:
    return [c for c, (k, _) in CITIES.items() if k == country]
