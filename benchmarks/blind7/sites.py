# ruff: noqa: E501  (data tables and templates read better on one line each)
"""Six fictional sites, each with its own template (drifting per ad, redesigned halfway) and furniture."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers

MONTHS = {
    "no": "jan feb mar apr mai jun jul aug sep okt nov des".split(),
    "sv": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "da": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
LONG_MONTHS = {
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
HOTELS = {
    "NO": ["Hotell Fjordlys", "Nordkapp Hotel", "Hotel Bryggen Park", "Comfort Sentralen", "Hotel Kongsgaard"],
    "SE": ["Hotel Kronan", "Hotell Stjärnan", "Hotel Rosengården", "Best Nordic Gamla Stan", "Hotel Lilla Torget"],
    "DK": ["Hotel Strandgade", "Hotel Kongens Have", "Copenhagen Inn Vesterport", "Hotel Ørsted", "Havnehotellet"],
}


def D(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def F(kind: str, text: str, e164: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": kind, "digits": D(text), "text": text}
    if e164:
        item["e164"] = e164
    return item


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    person: Any
    name: str
    age: int
    when: dt.datetime
    day: int
    city: str
    city_text: str
    phones: list[tuple[str, str, str]]
    old_phone: str | None
    emails: list[str]
    slug_phone: str | None
    src_site: str
    src_id: str
    redesigned: bool
    ctrl: Any
    city_field_text: str | None = None


def fmt_date(rng: random.Random, when: dt.datetime, lang: str) -> str:
    d, m, y, hh, mm = when.day, when.month, when.year, when.hour, when.minute
    choices = {
        "no": [f"{d:02d}.{m:02d}.{y} kl. {hh:02d}:{mm:02d}", f"{d}. {MONTHS['no'][m - 1]}. {y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
               f"{d}. {LONG_MONTHS['no'][m - 1]} {y}, {hh:02d}.{mm:02d}"],
        "sv": [f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{d} {MONTHS['sv'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
               f"{d} {LONG_MONTHS['sv'][m - 1]} {y} kl {hh:02d}.{mm:02d}"],
        "da": [f"{d:02d}-{m:02d}-{y} kl. {hh:02d}.{mm:02d}", f"{d}. {LONG_MONTHS['da'][m - 1]} {y}", f"{d}/{m} {y}",
               f"{d:02d}.{m:02d}.{y}"],
        "en": [f"{MONTHS['en'][m - 1]} {d}, {y} {(hh - 1) % 12 + 1}:{mm:02d} {'PM' if hh >= 12 else 'AM'}", f"{d:02d}/{m:02d}/{y}",
               f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", f"{d} {LONG_MONTHS['en'][m - 1]} {y}"],
    }  # fmt: skip
    return rng.choice(choices[lang if lang in choices else "en"])


def age_text(rng: random.Random, age: int, lang: str, year: int) -> str:
    words = {16: {"no": "seksten", "sv": "sexton", "da": "seksten", "en": "sixteen"},
             17: {"no": "sytten", "sv": "sjutton", "da": "sytten", "en": "seventeen"}}  # fmt: skip
    lg = lang if lang in ("no", "sv", "da") else "en"
    unit = {"no": "år", "sv": "år", "da": "år", "en": "years"}[lg]
    opts = [
        f"{age} {unit}",
        f"{age}{'yo' if lg == 'en' else ' år'}",
        f"{age} y.o.",
        f"alder {age}" if lg != "en" else f"age {age}",
    ]
    if age < 18:
        opts += [f"{words[age][lg]} {unit}", f"født {year - age}" if lg == "no" else f"född {year - age}" if lg == "sv" else f"born {year - age}",
                 {"no": "snart 18", "sv": "snart 18", "da": "snart 18", "en": "almost 18"}[lg] if age == 17 else f"{age}+", f"{age} (ung)"]  # fmt: skip
    return rng.choice(opts)


INTRO = {
    "no": ["Hei gutter! Jeg er {name}, {age}.", "Søt og leken jente, {name} ({age}).", "Hei, {name} her :) {age}, ny i byen",
           "Diskret og hyggelig dame – {name}, {age}", "NY!! {name} {age}. Snakker litt norsk og english"],
    "sv": ["Hej! Jag heter {name}, {age}.", "Söt tjej {name} ({age}) ny i stan", "Hej killar, {name} här, {age}",
           "Diskret och mysig, {name} {age}", "NY! {name}, {age}. Pratar engelska"],
    "da": ["Hej søde, jeg hedder {name}, {age}.", "Frisk pige {name} ({age}) ny i byen", "Hej, {name} her, {age}",
           "Diskret og sød – {name}, {age}", "NY!! {name} {age}, taler engelsk"],
    "en": ["Hi guys, I am {name}, {age}.", "Sweet and naughty girl {name} ({age})", "Hello gentlemen, my name is {name}, {age}",
           "NEW!!! {name} {age} - first time here", "Elegant companion {name}, {age}, real photos 100%"],
}  # fmt: skip
CITYLINE = {
    "no": ["Nå i {c}.", "Jeg tar imot i {c}", "Besøker {c} denne uken!", "Privat leilighet i {c}", "Kun i {c} noen dager"],
    "sv": ["Finns nu i {c}.", "Tar emot i {c}", "Besöker {c} denna vecka!", "Egen lägenhet i {c}", "Bara i {c} några dagar"],
    "da": ["Er nu i {c}.", "Modtager i {c}", "Besøger {c} denne uge!", "Egen lejlighed i {c}", "Kun i {c} et par dage"],
    "en": ["Now in {c}.", "Incall in {c}", "Visiting {c} this week!", "Private apartment {c}", "Only few days in {c}"],
}  # fmt: skip
ABOUT = {
    "no": ["Jeg er en varm og hyggelig jente som liker å kose. Ingen stress, god tid for deg.", "Ekte bilder, ingen overraskelser. Ren og diskret leilighet med parkering.",
           "Kom og slapp av hos meg etter en lang dag, jeg venter på deg med et smil.", "Snakker engelsk og litt norsk. Respektfulle herrer er velkommen."],
    "sv": ["Jag är en varm och glad tjej som älskar att mysa. Ingen stress, gott om tid.", "Äkta bilder, inga överraskningar. Ren och diskret lägenhet nära centrum.",
           "Kom och koppla av hos mig efter en lång dag, jag väntar med ett leende.", "Pratar engelska och lite svenska. Respektfulla herrar välkomna."],
    "da": ["Jeg er en sød og varm pige, som elsker hygge. Ingen stress, god tid til dig.", "Ægte billeder, ingen overraskelser. Ren og diskret lejlighed tæt på stationen.",
           "Kom og slap af hos mig efter en lang dag, jeg venter med et smil.", "Taler engelsk og lidt dansk. Respektfulde herrer er velkomne."],
    "en": ["I am a warm and friendly girl who loves to cuddle. No rush, plenty of time for you.", "Real photos, no surprises. Clean and discreet apartment with parking.",
           "Come and relax with me after a long day, I am waiting for you with a smile.", "Speak English, a little Spanish. Only respectful gentlemen please."],
}  # fmt: skip
SERVICES = {
    "no": ["Tjenester: massasje, klining, GFE, dusj sammen", "Massasje ✓ Klemming ✓ Middag ✓", "Incall/outcall – hotellbesøk ok"],
    "sv": ["Tjänster: massage, hångel, GFE, dusch tillsammans", "Massage ✓ Kramar ✓ Middag ✓", "Incall/outcall – hotellbesök ok"],
    "da": ["Ydelser: massage, kys, GFE, bad sammen", "Massage ✓ Kram ✓ Middag ✓", "Incall/outcall – hotelbesøg ok"],
    "en": ["Services: massage, kissing, GFE, shower together", "Massage ✓ Cuddles ✓ Dinner date ✓", "Incall/outcall – hotel visits ok"],
}  # fmt: skip
NEXT = {"no": "Neste uke: {c}", "sv": "Nästa vecka: {c}", "da": "Næste uge: {c}", "en": "Next week: {c}"}
HOMEBACK = {
    "no": "(bor vanligvis i {c})",
    "sv": "(bor annars i {c})",
    "da": "(bor ellers i {c})",
    "en": "(usually based in {c})",
}
CONTACT = {
    "no": ["Ring/SMS: {p}", "Tlf: {p}", "Kun SMS {p}", "Ring meg på {p}", "Mob. {p}", "{p}", "Kontakt: {p}", "Nummer: {p}"],
    "sv": ["Ring/SMS: {p}", "Tel: {p}", "Endast SMS {p}", "Ring mig på {p}", "Mobil {p}", "{p}", "Kontakt: {p}", "Nummer: {p}"],
    "da": ["Ring/SMS: {p}", "Tlf. {p}", "Kun SMS {p}", "Ring på {p}", "Mobil: {p}", "{p}", "Kontakt: {p}", "Nummer: {p}"],
    "en": ["Call/SMS: {p}", "Tel: {p}", "SMS only {p}", "Call me {p}", "WhatsApp {p}", "{p}", "Contact: {p}", "Number: {p}", "Mob {p}"],
}  # fmt: skip
OLDNUM = {
    "no": "NYTT NUMMER! (gammelt {o} virker ikke lenger)", "sv": "NYTT NUMMER! (gamla {o} fungerar inte)",
    "da": "NYT NUMMER! (gamle {o} virker ikke mere)", "en": "NEW NUMBER! (old {o} not working)",
}  # fmt: skip
EMAIL_LINE = {
    "no": ["E-post: {e}", "Mail: {e}", "{e}"],
    "sv": ["E-post: {e}", "Mejl: {e}", "{e}"],
    "da": ["E-mail: {e}", "Mail: {e}", "{e}"],
    "en": ["Email: {e}", "Mail me: {e}", "{e}"],
}
NOHIDDEN = {
    "no": "Ingen skjulte nummer!",
    "sv": "Inga dolda nummer!",
    "da": "Ingen skjulte numre!",
    "en": "No hidden numbers, no SMS from withheld numbers.",
}
SITEONLY = {
    "no": "Kontakt meg via meldingsknappen.",
    "sv": "Kontakta mig via sidans meddelanden.",
    "da": "Skriv til mig via siden.",
    "en": "Contact me through the site messages only.",
}
HANDLE = ["Snap: {h}", "Telegram @{h}", "IG {h}", "Kik: {h}", "Signal: {h}", "OnlyFans/{h}"]


def price_line(rng: random.Random, cur: str, lang: str) -> str:
    a, b, c = rng.choice(
        [(1200, 2000, 3500), (1500, 2500, 4000), (1000, 1800, 3000), (2000, 3000, 5000), (800, 1500, 2500)]
    )
    if cur == "EUR":
        a, b, c = a // 10, b // 10, c // 10
    sep = rng.choice([" ", ".", "", ","])

    def m(x: int) -> str:
        s = str(x)
        return s[:-3] + sep + s[-3:] if len(s) > 3 else s

    unit = {
        "NOK": rng.choice(["kr", ",-", "NOK", "kr."]),
        "SEK": rng.choice(["kr", "SEK", ":-"]),
        "DKK": rng.choice(["kr", "DKK", ",-"]),
        "EUR": rng.choice(["€", "EUR", "euro"]),
    }[cur]
    shapes = [
        f"30 min {m(a)} {unit} / 1 t {m(b)} {unit} / 2 t {m(c)} {unit}",
        f"1h {m(b)}{unit}, 2h {m(c)}{unit}",
        f"Pris: {m(a)}{unit} (30min) - {m(b)}{unit} (60min)",
        f"{m(a)}/{m(b)}/{m(c)} {unit}",
        f"Incall {m(b)} {unit}/h, outcall +{m(a // 2)} {unit}",
        f"Overnatting {m(c * 2)} {unit}",
    ]  # fmt: skip
    return rng.choice(shapes)


def measures(rng: random.Random) -> str:
    h, w = rng.randrange(152, 182), rng.randrange(45, 75)
    return rng.choice([f"{h} cm / {w} kg", f"Høyde {h}, vekt {w}", f"{rng.choice([85, 90, 95])}-{rng.choice([58, 60, 62])}-{rng.choice([88, 90, 94])}",
                       f"{h}cm {w}kg {rng.choice(['75B', '80C', '70D', '85C'])}", f"Längd {h} cm, vikt {w} kg"])  # fmt: skip


def hours(rng: random.Random, lang: str) -> str:
    a, b = rng.choice([(10, 22), (11, 23), (9, 21), (12, 2), (18, 4)])
    shapes = {
        "no": [f"Åpent {a}–{b} alle dager", f"Man–lør {a:02d}.00–{b:02d}.00", f"Tilgjengelig kl {a}-{b}"],
        "sv": [f"Öppet {a}–{b} alla dagar", f"Mån–fre {a:02d}.00–{b:02d}.00, lör 12–18", f"Tillgänglig {a}:00-{b}:00"],
        "da": [f"Åbent {a}–{b} alle dage", f"Man–fre kl. {a:02d}.00–{b:02d}.00", f"Træffes {a}-{b}"],
        "en": [f"Open {a}:00-{b}:00 daily", f"Available {a}am till late", f"Mon-Sun {a:02d}:00–{b:02d}:00"],
    }  # fmt: skip
    return rng.choice(shapes[lang if lang in shapes else "en"])


class Site:
    name = ""
    kind = "classified"
    country = "NO"
    langs: tuple[tuple[str, float], ...] = (("no", 1.0),)
    redesign_day = 92

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        self.phone = ""
        self.support = ""
        self.hotel_phones: dict[str, list[tuple[str, str]]] = {}
        for country, pre, n in (("NO", ["2", "5", "7"], 8), ("SE", ["8", "31", "40"], 9), ("DK", ["3", "8", "9"], 8)):
            self.hotel_phones[country] = [(h, fixed(rng, country, pre, n)) for h in HOTELS[country]]
        self.next_id = rng.randrange(10**5, 9 * 10**5)

    def pick_lang(self, rng: random.Random, origin: str) -> str:
        native = {"NO": "no", "SE": "sv", "DK": "da"}.get(origin)
        if native and rng.random() < 0.85:
            return native
        langs, w = zip(*self.langs, strict=True)
        return rng.choices(list(langs), list(w))[0]

    def body_core(self, c: Ctx, furn: list[dict[str, Any]], currency: str) -> list[str]:
        rng, lang = c.rng, c.lang
        lg = lang if lang in INTRO else "en"
        lines = [rng.choice(INTRO[lg]).format(name=c.name, age=age_text(rng, c.age, lg, c.when.year))]
        cl = rng.choice(CITYLINE[lg]).format(c=c.city_text)
        p = c.person
        if c.city != p.home and rng.random() < 0.25:
            from .market import CITIES

            cl += " " + HOMEBACK[lg].format(c=rng.choice(CITIES[p.home][1]))
        lines.append(cl)
        if rng.random() < 0.75:
            lines.append(rng.choice(ABOUT[lg]))
        if rng.random() < 0.5:
            lines.append(rng.choice(SERVICES[lg]))
        if rng.random() < 0.5:
            pl = price_line(rng, currency, lg)
            furn.append(F("price", pl))
            lines.append(pl)
        if rng.random() < 0.3:
            ms = measures(rng)
            furn.append(F("measure", ms))
            lines.append(ms)
        if rng.random() < 0.3:
            hs = hours(rng, lg)
            furn.append(F("hours", hs))
            lines.append(hs)
        if rng.random() < 0.08:
            country = {"NO": "NO", "SE": "SE", "DK": "DK"}[self._country_of(c.city)]
            hotel, hp = rng.choice(self.hotel_phones[country])
            room = str(rng.randrange(101, 1299))
            furn.append(F("room", room))
            hp_text = _fixed_text(rng, hp)
            furn.append(F("hotel_phone", hp_text, hp))
            lines.append(rng.choice([
                f"{hotel}, rom {room}. Spør i resepsjonen ({hp_text}) etter {c.name}" if lg == "no" else
                f"{hotel}, rum {room}. Reception {hp_text}" if lg in ("sv", "da") else
                f"Staying at {hotel}, room {room} (reception {hp_text})",
                f"Hotel: {hotel} – room {room}",
            ]))  # fmt: skip
        if rng.random() < 0.25:
            lines.append(rng.choice(HANDLE).format(h=c.person.handle))
        for _e164, _style, text in c.phones:
            lines.append(rng.choice(CONTACT[lg]).format(p=text))
        if c.old_phone:
            lines.append(OLDNUM[lg].format(o=c.old_phone))
        if c.slug_phone:
            lines.append(
                {
                    "no": "Nummeret står i lenken ;)",
                    "sv": "Numret finns i länken",
                    "da": "Nummeret står i linket",
                    "en": "number is in the link ;)",
                }[lg]
            )
        for e in c.emails:
            lines.append(rng.choice(EMAIL_LINE[lg]).format(e=e))
        if not c.phones and not c.emails and not c.slug_phone:
            lines.append(SITEONLY[lg])
        elif rng.random() < 0.3:
            lines.append(NOHIDDEN[lg])
        if p.tours and rng.random() < 0.15:
            from .market import CITIES

            later = [t for t in p.tours if t[0] > c.day]
            if later:
                lines.append(NEXT[lg].format(c=rng.choice(CITIES[later[0][2]][1])))
        if rng.random() < 0.1:
            pay = self.payment(rng, furn)
            if pay:
                lines.append(pay)
        core = [lines[0], *rng.sample(lines[1:-1], len(lines) - 2), lines[-1]] if len(lines) > 2 else lines
        return core

    def payment(self, rng: random.Random, furn: list[dict[str, Any]]) -> str | None:
        r = rng.random()
        if r < 0.35:
            n = "123" + "".join(str(rng.randrange(10)) for _ in range(7))
            t = f"Swish: {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
        elif r < 0.6:
            n = "".join(str(rng.randrange(10)) for _ in range(rng.choice([4, 5])))
            t = f"MobilePay box {n}"
        elif r < 0.8:
            n = "".join(str(rng.randrange(10)) for _ in range(11))
            t = f"Depositum til kontonr {n[:4]}.{n[4:6]}.{n[6:]}"
        else:
            n = "".join(str(rng.randrange(10)) for _ in range(6))
            t = f"Vipps #{n} (forskudd)"
        furn.append(F("payment", t))
        return t

    @staticmethod
    def _country_of(city: str) -> str:
        from .market import CITIES

        return CITIES[city][0]

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        raise NotImplementedError

    def new_id(self, rng: random.Random) -> int:
        self.next_id += rng.randrange(1, 40)
        return self.next_id


def _fixed_text(rng: random.Random, e164: str) -> str:
    num = phonenumbers.parse(e164)
    r = rng.random()
    if r < 0.4:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if r < 0.8:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def slugify(s: str) -> str:
    s = s.lower().translate(str.maketrans("åäöøæéü", "aaooaeu"))
    return "".join(ch if ch.isalnum() else "-" for ch in s).strip("-")


class Kveldsbesok(Site):
    """Norwegian classifieds: 7-digit ad numbers, view counters, a Postboks address and a customer-service line."""

    name = "kveldsbesok.no"
    langs = (("no", 0.5), ("en", 0.5))

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        super().__init__(rng, fixed)
        self.phone = fixed(rng, "NO", ["21", "22", "23"], 8)
        self.support = "kundeservice@kveldsbesok.no"
        self.next_id = rng.randrange(2_100_000, 2_900_000)

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = c.rng
        furn: list[dict[str, Any]] = []
        ad_id = self.new_id(rng)
        furn.append(F("ad_id", str(ad_id)))
        slug = slugify(f"{c.name} {c.city_text}")[:40]
        if c.slug_phone:
            slug = f"{D(c.slug_phone)[-8:] if c.slug_phone.startswith('+47') else D(c.slug_phone)}-{slug}"
        if not c.redesigned:
            url = f"https://kveldsbesok.no/annonse/{ad_id}-{slug}"
        else:
            url = f"https://www.kveldsbesok.no/a/{slug}-{ad_id}?kat=kontakt&side={rng.randrange(1, 30)}"
        date = fmt_date(rng, c.when, "no")
        furn.append(F("date", date))
        views = f"{rng.randrange(12, 25000):,}".replace(",", " ")
        furn.append(F("counter", views))
        head = (f"Annonse nr. {ad_id} · Lagt ut {date} · Vist {views} ganger" if not c.redesigned
                else rng.choice([f"FINN-kode? Nei: annonsekode KB-{ad_id}", f"Annonsekode: KB-{ad_id} | {date} | {views} visninger"]))  # fmt: skip
        if c.redesigned and "visninger" not in head:
            head += f"\nPublisert {date}"
        lines = [head, *self.body_core(c, furn, "NOK")]
        pc = rng.choice(["0103 Oslo", "0107 Oslo", "0154 OSLO"])
        furn.append(F("postal_code", pc))
        ph = _fixed_text(rng, self.phone)
        furn.append(F("site_phone", ph, self.phone))
        furn.append({"kind": "support_email", "digits": "", "text": self.support})
        foot = rng.choice([
            f"Kveldsbesøk AS · Postboks {rng.randrange(100, 999)} Sentrum, {pc} · Kundeservice {ph} (hverdager 10–16) · {self.support}",
            f"Misbruk? Meld fra til {self.support} eller ring {ph}",
            f"Annonse {ad_id} | Rapporter annonsen | Kundeservice: {ph}",
        ])  # fmt: skip
        if rng.random() < 0.85:
            lines.append("—\n" + foot)
        title = rng.choice(
            [
                f"{c.name} {c.age} – {c.city_text}",
                f"NY I BYEN! {c.name}",
                f"{c.city_text}: søt {c.name}",
                f"{c.name} ❤ {c.city_text} ❤",
            ]
        )
        field = c.city_text if rng.random() < 0.8 else rng.choice(["Østlandet", "Vestlandet", "Trøndelag", ""])
        c.city_field_text = self._stale(c, field)
        return {
            "id": str(ad_id),
            "site": self.name,
            "url": url,
            "posted_at": c.when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": field,
        }, furn

    def _stale(self, c: Ctx, field: str) -> str:
        from .market import CITIES

        if c.city != c.person.home and c.rng.random() < 0.3:  # the profile's home city left in the field while touring
            return CITIES[c.person.home][1][0]
        return field


class Rosenrum(Site):
    """Swedish escort catalogue: member numbers and ranks, ISO dates, a Stockholm office line, 'Ref' codes."""

    name = "rosenrum.se"
    kind = "catalogue"
    country = "SE"
    langs = (("sv", 0.4), ("en", 0.6))
    redesign_day = 85

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        super().__init__(rng, fixed)
        self.phone = fixed(rng, "SE", ["8"], 9)
        self.support = "info@rosenrum.se"
        self.next_id = rng.randrange(40_000, 60_000)

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = c.rng
        furn: list[dict[str, Any]] = []
        ad_id = self.new_id(rng)
        member = 500_000 + (int(c.person.id[1:]) * 37) % 400_000
        furn.append(F("ad_id", str(ad_id)))
        furn.append(F("member_no", str(member)))
        slug = slugify(c.name)
        if c.slug_phone:
            slug = f"{slug}-{D(c.slug_phone)}"
        if not c.redesigned:
            url = f"https://rosenrum.se/profil/{ad_id}/{slug}"
        else:
            url = f"https://www.rosenrum.se/annonser/{slugify(c.city)}/{slug}-{ad_id}?src=list&p={rng.randrange(1, 12)}"
        date = fmt_date(rng, c.when, "sv")
        furn.append(F("date", date))
        rank = rng.choice(["Guld", "Silver", "Brons", "VIP", "Ny"])
        if not c.redesigned:
            head = f"Annons-ID: {ad_id}\nMedlemsnr {member} · Nivå: {rank} · Publicerad {date}"
        else:
            head = rng.choice([f"Ref: RR/{ad_id}/{rng.choice('ABCD')} · {rank}-medlem sedan {rng.randrange(2019, 2026)}",
                               f"Ref RR-{ad_id} | medlem #{member} | uppdaterad {date}"])  # fmt: skip
            furn.append(F("ref_code", head))
        if rng.random() < 0.4:
            score = f"Betyg {rng.randrange(30, 50) / 10:.1f}/5 ({rng.randrange(1, 120)} omdömen)"
            furn.append(F("rating", score))
            head += "\n" + score
        lines = [head, *self.body_core(c, furn, rng.choice(["SEK", "SEK", "EUR"]))]
        ph = _fixed_text(rng, self.phone)
        furn.append(F("site_phone", ph, self.phone))
        furn.append({"kind": "support_email", "digits": "", "text": self.support})
        pc = rng.choice(["111 52 Stockholm", "113 30 Stockholm", "Box 7012, 103 86 Stockholm"])
        furn.append(F("postal_code", pc))
        if rng.random() < 0.8:
            lines.append(
                rng.choice(
                    [
                        f"Rosenrum AB, {pc}. Kundtjänst {ph}, {self.support}",
                        f"Frågor om annonsen? {self.support} / {ph}",
                        f"Org.nr 559{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)} · {self.support}",
                    ]
                )
            )
            if "Org.nr" in lines[-1]:
                furn.append(F("org_no", lines[-1].split(" · ")[0]))
        title = rng.choice(
            [
                f"{c.name}, {c.age} – {c.city_text}",
                f"{c.name} | {c.city_text} | {rank}",
                f"Ny tjej i {c.city_text}: {c.name}",
                f"{c.name} 💋",
            ]
        )
        field = (
            c.city_text
            if rng.random() < 0.85
            else rng.choice(["Stockholms län", "Västra Götaland", "Skåne", "Sverige"])
        )
        c.city_field_text = field
        return {
            "id": str(ad_id),
            "site": self.name,
            "url": url,
            "posted_at": c.when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": field,
        }, furn


class Moedested(Site):
    """Danish personal ads: 8-digit ad numbers (printed split like a phone), CVR numbers, MobilePay boxes."""

    name = "moedested.dk"
    country = "DK"
    langs = (("da", 0.45), ("en", 0.55))
    redesign_day = 100

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        super().__init__(rng, fixed)
        self.phone = fixed(rng, "DK", ["70"], 8)
        self.support = "support@moedested.dk"
        self.cvr = str(rng.randrange(30_000_000, 45_000_000))
        self.next_id = rng.randrange(73_000_000, 74_000_000)

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = c.rng
        furn: list[dict[str, Any]] = []
        ad_id = self.new_id(rng)
        sid = str(ad_id)
        furn.append(F("ad_id", sid))
        if not c.redesigned:
            url = f"https://moedested.dk/annonce.php?id={ad_id}&by={slugify(c.city)}"
            head = f"Annoncenr. {sid[:4]} {sid[4:]} – oprettet {fmt_date(rng, c.when, 'da')}"
        else:
            url = f"https://moedested.dk/annoncer/{ad_id}/" + (f"{D(c.slug_phone)}/" if c.slug_phone else "")
            head = rng.choice(
                [f"#{sid} · {fmt_date(rng, c.when, 'da')}", f"Annonce {sid} (opdateret {fmt_date(rng, c.when, 'da')})"]
            )
        if c.slug_phone and not c.redesigned:
            url += f"&tlf={D(c.slug_phone)}"
        furn.append(F("date", head.split("oprettet ")[-1] if "oprettet" in head else head))
        if rng.random() < 0.5:
            seen = f"Set {rng.randrange(10, 9000)} gange · {rng.randrange(0, 300)} favoritter"
            furn.append(F("counter", seen))
            head += "\n" + seen
        lines = [head, *self.body_core(c, furn, "DKK")]
        ph = _fixed_text(rng, self.phone)
        furn.append(F("site_phone", ph, self.phone))
        furn.append(F("org_no", f"CVR {self.cvr}"))
        furn.append({"kind": "support_email", "digits": "", "text": self.support})
        if rng.random() < 0.8:
            lines.append(
                rng.choice(
                    [
                        f"Mødested ApS · CVR {self.cvr} · {self.support}",
                        f"Kundeservice {ph} (man–fre 9–15)",
                        f"Anmeld annonce: {self.support} · CVR-nr. {self.cvr}",
                    ]
                )
            )
        title = rng.choice(
            [
                f"{c.name} ({c.age}) {c.city_text}",
                f"Ny pige i {c.city_text} – {c.name}",
                f"{c.name} – massage & hygge",
                f"{c.city_text}: {c.name} {c.age} år",
            ]
        )
        field = c.city_text if rng.random() < 0.8 else rng.choice(["Sjælland", "Jylland", "Fyn", "Hovedstaden"])
        c.city_field_text = field
        return {
            "id": sid,
            "site": self.name,
            "url": url,
            "posted_at": c.when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": field,
        }, furn


class Nordangels(Site):
    """English profile site that moved from .no to .eu (and an Estonian office line) at its redesign."""

    name = "nordangels.no"
    kind = "catalogue"
    langs = (("en", 0.85), ("no", 0.05), ("sv", 0.05), ("da", 0.05))
    redesign_day = 95

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        super().__init__(rng, fixed)
        self.phone = fixed(rng, "EE", ["6"], 7)
        self.old_phone = fixed(rng, "NO", ["21", "23"], 8)
        self.next_id = rng.randrange(90_000, 99_000)

    def pick_lang(self, rng: random.Random, origin: str) -> str:
        langs, w = zip(*self.langs, strict=True)
        return rng.choices(list(langs), list(w))[0]

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = c.rng
        furn: list[dict[str, Any]] = []
        ad_id = self.new_id(rng)
        furn.append(F("ad_id", str(ad_id)))
        slug = slugify(c.name)
        if c.slug_phone:
            slug += f"-{D(c.slug_phone)}"
        if not c.redesigned:
            url = f"https://nordangels.no/profile/A{ad_id}" + (
                f"?n={slug}" if rng.random() < 0.5 or c.slug_phone else ""
            )
            head = f"Profile ID: A-{ad_id} · Online {fmt_date(rng, c.when, 'en')}"
        else:
            url = f"https://nordangels.eu/en/escort/{slugify(c.city)}/{slug}-{ad_id}.html?ref=home"
            head = rng.choice(
                [
                    f"ID {ad_id} | Last seen {rng.randrange(1, 23)} hours ago",
                    f"Profile #{ad_id} — updated {fmt_date(rng, c.when, 'en')}",
                ]
            )
        furn.append(F("date", head))
        views = f"{rng.randrange(100, 60000):,}"
        furn.append(F("counter", views))
        stars = f"★ {rng.randrange(35, 50) / 10} ({rng.randrange(1, 90)} reviews) · Views: {views}"
        furn.append(F("rating", stars))
        rank = rng.choice(["Gold", "Platinum", "Diamond", "Basic"])
        lines = [
            head,
            f"Member rank: {rank} · {stars}",
            *self.body_core(c, furn, rng.choice(["EUR", "NOK", "SEK", "DKK"])),
        ]
        if not c.redesigned:
            ph = _fixed_text(rng, self.old_phone)
            furn.append(F("site_phone", ph, self.old_phone))
            furn.append({"kind": "support_email", "digits": "", "text": "post@nordangels.no"})
            lines.append(f"NordAngels Norge · {ph} · post@nordangels.no")
        else:
            ph = _fixed_text(rng, self.phone)
            furn.append(F("site_phone", ph, self.phone))
            furn.append({"kind": "support_email", "digits": "", "text": "help@nordangels.eu"})
            pc = "10111 Tallinn"
            furn.append(F("postal_code", pc))
            lines.append(
                rng.choice(
                    [
                        f"NA Media OÜ, Narva mnt {rng.randrange(2, 90)}, {pc}, Estonia · {ph} · help@nordangels.eu",
                        f"We moved! nordangels.no is now nordangels.eu · support {ph}",
                    ]
                )
            )
        title = rng.choice(
            [
                f"{c.name} - {c.city_text} escort",
                f"{c.name}, {c.age}, {c.city_text}",
                f"❤ {c.name} ❤ NEW in {c.city_text}",
                f"{c.name} | Independent | {c.city_text}",
            ]
        )
        field = c.city_text if rng.random() < 0.9 else None
        c.city_field_text = field
        return {
            "id": f"A{ad_id}" if not c.redesigned else str(ad_id),
            "site": self.name,
            "url": url,
            "posted_at": c.when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": field,
        }, furn


class Thaispa(Site):
    """Massage directory: parlours with street addresses, opening hours, org. numbers, several masseuses per number."""

    name = "thaispa-guiden.com"
    kind = "directory"
    langs = (("en", 0.5), ("sv", 0.2), ("no", 0.15), ("da", 0.15))
    redesign_day = 110

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        super().__init__(rng, fixed)
        self.phone = fixed(rng, "SE", ["31"], 9)
        self.next_id = rng.randrange(3000, 4000)

    def pick_lang(self, rng: random.Random, origin: str) -> str:
        langs, w = zip(*self.langs, strict=True)
        return rng.choices(list(langs), list(w))[0]

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = c.rng
        furn: list[dict[str, Any]] = []
        ad_id = self.new_id(rng)
        ctrl = c.ctrl
        parlour = (
            (ctrl.name if ctrl else rng.choice(["Sabai", "Baan", "Chaba", "Ruen"]))
            + " "
            + rng.choice(["Thai Massage", "Spa", "Wellness", "Thaimassage"])
        )
        country = self._country_of(c.city)
        street = rng.choice(
            {
                "NO": ["Storgata", "Kirkegata", "Torggata", "Markveien"],
                "SE": ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen"],
                "DK": ["Vesterbrogade", "Nørrebrogade", "Istedgade", "Jernbanegade"],
            }[country]
        )
        no = rng.randrange(1, 140)
        pc = {
            "NO": f"{rng.randrange(150, 999):04d}",
            "SE": f"{rng.randrange(100, 989)} {rng.randrange(10, 99)}",
            "DK": f"{rng.randrange(1000, 9990)}",
        }[country]
        addr = f"{street} {no}{rng.choice(['', 'B', ' 2tr', ', 1. sal'])}, {pc} {c.city_text}"
        furn.append(F("postal_code", pc))
        furn.append(F("ad_id", str(ad_id)))
        masseuse_no = rng.randrange(1, 9)
        if not c.redesigned:
            url = f"https://thaispa-guiden.com/salong/{ad_id}/?masseuse={masseuse_no}"
        else:
            url = f"https://thaispa-guiden.com/{country.lower()}/{slugify(c.city)}/{slugify(parlour)}-{ad_id}"
        lg = c.lang
        hs = hours(rng, lg)
        furn.append(F("hours", hs))
        lines = [parlour, addr, hs]
        org = {
            "NO": f"Org.nr. {rng.randrange(910, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
            "SE": f"Org.nr 559{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
            "DK": f"CVR {rng.randrange(30000000, 44999999)}",
        }[country]
        if rng.random() < 0.6:
            furn.append(F("org_no", org))
            lines.append(org)
        menu = rng.choice(
            [
                "Thaimassage 60 min 650 kr / 90 min 900 kr",
                "Oljemassage 30min 450:- 60min 750:-",
                "Traditional thai 60 min 600,- | Aroma oil 60 min 700,-",
                "Fotmassage 45 min 495 kr",
            ]
        )
        furn.append(F("price", menu))
        lines.append(menu)
        staff = {
            "en": f"Today: {c.name} ({c.age})",
            "sv": f"Idag jobbar: {c.name}",
            "no": f"I dag: {c.name}",
            "da": f"I dag: {c.name}",
        }[lg]
        lines.append(staff)
        bok = {"en": "Booking", "sv": "Tidsbokning", "no": "Timebestilling", "da": "Bestil tid"}[lg]
        for _e, _s, t in c.phones:
            lines.append(f"{bok}: {t}" if rng.random() < 0.6 else t)
        for e in c.emails:
            lines.append(e)
        if c.slug_phone:
            lines.append("☎ se länk / see link")
        if not c.phones and not c.emails and not c.slug_phone:
            lines.append("Drop-in välkommen / walk-in welcome")
        if rng.random() < 0.3:
            pay = self.payment(rng, furn)
            if pay:
                lines.append(pay)
        date = fmt_date(rng, c.when, "sv" if not c.redesigned else "en")
        furn.append(F("date", date))
        ph = _fixed_text(rng, self.phone)
        furn.append(F("site_phone", ph, self.phone))
        furn.append({"kind": "support_email", "digits": "", "text": "annons@thaispa-guiden.com"})
        lines.append(
            rng.choice(
                [
                    f"Uppdaterad {date} · Annonsera hos oss: {ph}",
                    f"Listing {ad_id} · updated {date} · advertise: annons@thaispa-guiden.com",
                    f"Senast ändrad {date}",
                ]
            )
        )
        if c.slug_phone:
            url += f"?tel={D(c.slug_phone)}"
        title = rng.choice(
            [f"{parlour} – {c.city_text}", f"{parlour} | {street} {no}", f"Thai massage {c.city_text} ({parlour})"]
        )
        c.city_field_text = (
            c.city_text if rng.random() < 0.9 else {"NO": "Norge", "SE": "Sverige", "DK": "Danmark"}[country]
        )
        return {
            "id": f"{ad_id}-{masseuse_no}-{rng.randrange(10**6)}",
            "site": self.name,
            "url": url,
            "posted_at": c.when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": c.city_field_text,
        }, furn


class Forum(Site):
    """Buyers' review forum: posts quote an ad of another site with its source id; post and member numbers."""

    name = "torget-forum.net"
    kind = "forum"
    langs = (("no", 0.4), ("sv", 0.3), ("da", 0.2), ("en", 0.1))
    redesign_day = 120

    def __init__(self, rng: random.Random, fixed: Callable[..., str]) -> None:
        super().__init__(rng, fixed)
        self.next_id = rng.randrange(380_000, 420_000)
        self.thread = rng.randrange(15_000, 19_000)

    def pick_lang(self, rng: random.Random, origin: str) -> str:
        langs, w = zip(*self.langs, strict=True)
        return rng.choices(list(langs), list(w))[0]

    def render(self, c: Ctx) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = c.rng
        furn: list[dict[str, Any]] = []
        post = self.new_id(rng)
        thread = self.thread + (hash_int(c.person.id) % 3000)
        furn.append(F("post_no", str(post)))
        furn.append(F("thread_id", str(thread)))
        lg = c.lang
        if not c.redesigned:
            url = f"https://torget-forum.net/viewtopic.php?t={thread}&p={post}#p{post}"
        else:
            url = f"https://torget-forum.net/traad/{thread}-{slugify(c.name)}-{slugify(c.city)}/innlegg/{post}"
        user = rng.choice(["Punter", "Nattravn", "Turisten", "Kalle", "Viking", "Dansken", "Gubben", "anon"]) + str(
            rng.randrange(1, 999)
        )
        member = rng.randrange(1000, 40000)
        count = f"{rng.randrange(1, 4000):,}".replace(",", " ")
        date = fmt_date(rng, c.when, lg)
        furn.append(F("member_no", str(member)))
        furn.append(F("counter", count))
        furn.append(F("date", date))
        src = f"{c.src_site} #{c.src_id}"
        furn.append(F("quoted_id", c.src_id))
        head = {
            "no": f"{user} · Medlem nr. {member} · Innlegg: {count}\nSkrevet {date}",
            "sv": f"{user} · Medlem #{member} · Inlägg: {count}\n{date}",
            "da": f"{user} · Medlem {member} · Indlæg: {count}\nSkrevet {date}",
            "en": f"{user} · member {member} · posts: {count}\nPosted {date}",
        }[lg if lg in ("no", "sv", "da") else "en"]
        qlines = []
        for _e, _s, t in c.phones:
            qlines.append(rng.choice(CONTACT[lg if lg in CONTACT else "en"]).format(p=t))
        for e in c.emails:
            qlines.append(e)
        quote = "\n".join(qlines) if qlines else "(nummeret er fjernet av moderator)"
        grade = f"{rng.randrange(1, 10)}/10"
        intro = {
            "no": f"Besøkte {c.name} ({src}) i {c.city_text} i går.\nSitat fra annonsen:\n«{quote}»\nKarakter: {grade}",
            "sv": f"Träffade {c.name} ({src}) i {c.city_text} förra veckan.\nCitat ur annonsen:\n> {quote}\nBetyg {grade}",
            "da": f'Var hos {c.name} ({src}) i {c.city_text}.\nCitat fra annoncen:\n"{quote}"\nKarakter {grade}',
            "en": f"Met {c.name} ({src}) in {c.city_text} last night.\nQuote from her ad:\n[quote]{quote}[/quote]\nScore: {grade}",
        }[lg if lg in ("no", "sv", "da") else "en"]
        price = price_line(rng, {"no": "NOK", "sv": "SEK", "da": "DKK"}.get(lg, "EUR"), lg)
        furn.append(F("price", price))
        extra = rng.choice([f"Betalte {price}", f"Paid: {price}", "", f"Kilde: https://{c.src_site}/{c.src_id}"])
        lines = [head, intro] + ([extra] if extra else [])
        if rng.random() < 0.3:
            lines.append(
                rng.choice(
                    [
                        "Forumregler: ingen fulle nummer i trådtitler",
                        f"Sist redigert {fmt_date(rng, c.when, lg)}",
                        f"Svar #{rng.randrange(2, 300)}",
                    ]
                )
            )
            furn.append(F("counter", lines[-1]))
        title = rng.choice(
            [
                f"Re: {c.name} – {c.city_text}",
                f"{c.name} ({c.city_text}) – erfaringer",
                f"[{c.city_text}] {c.name}",
                f"Re: Re: {c.name}",
            ]
        )
        c.city_field_text = rng.choice(
            [
                f"{c.city_text} og omegn",
                c.city_text,
                {"NO": "Norge", "SE": "Sverige", "DK": "Danmark"}[self._country_of(c.city)],
            ]
        )
        return {
            "id": f"{thread}-{post}",
            "site": self.name,
            "url": url,
            "posted_at": c.when.isoformat(),
            "title": title,
            "body": "\n".join(lines),
            "city": c.city_field_text,
        }, furn


def hash_int(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1_000_003
    return h


def make_sites(rng: random.Random, fixed: Callable[..., str]) -> list[Site]:
    return [cls(rng, fixed) for cls in (Kveldsbesok, Rosenrum, Moedested, Nordangels, Thaispa, Forum)]
