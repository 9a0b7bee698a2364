"""The nineteenth corpus's six sites, each with its template before and after its redesign day: a classifieds'
helpdesk ticket thread, an aggregator's ingestion log (JSON lines, then logfmt), an outreach team's notes app
export (Markdown with front matter, then a Joplin-style export with metadata), a paste site (line-number gutter,
then a raw view), a booking calendar's free/busy page, and an outreach tool's log of automatic replies. Every
number a page prints that is no contact is furniture, with its kind."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from benchmarks.blind19._data import CITIES, POSTCODES
from benchmarks.blind19._forms import cc, nsn

#: a city's centre, for a notes app's location metadata
COORDS: dict[str, tuple[float, float]] = {
    "Oslo": (59.9127, 10.7461),
    "Bergen": (60.3913, 5.3221),
    "Trondheim": (63.4305, 10.3951),
    "Stavanger": (58.9700, 5.7331),
    "Kristiansand": (58.1467, 7.9956),
    "Tromsø": (69.6492, 18.9553),
    "Drammen": (59.7439, 10.2045),
    "Bodø": (67.2804, 14.4049),
    "Stockholm": (59.3293, 18.0686),
    "Göteborg": (57.7089, 11.9746),
    "Malmö": (55.6050, 13.0038),
    "Uppsala": (59.8586, 17.6389),
    "Västerås": (59.6099, 16.5448),
    "Örebro": (59.2753, 15.2134),
    "Linköping": (58.4108, 15.6214),
    "Helsingborg": (56.0465, 12.6945),
    "Sundsvall": (62.3908, 17.3069),
    "København": (55.6761, 12.5683),
    "Aarhus": (56.1629, 10.2039),
    "Odense": (55.4038, 10.4024),
    "Aalborg": (57.0488, 9.9217),
    "Esbjerg": (55.4765, 8.4594),
    "Kolding": (55.4904, 9.4722),
    "Vejle": (55.7113, 9.5357),
}

SITES = ("meldpunkt", "feedpipe", "gatelaget", "klistre", "ledigtid", "svarlogg")
KIND = {
    "meldpunkt": "helpdesk_ticket",
    "feedpipe": "log_stream",
    "gatelaget": "notes_export",
    "klistre": "paste",
    "ledigtid": "booking_calendar",
    "svarlogg": "auto_reply",
}
#: each site's redesign day (the new template from it on) and the two templates' names
REDESIGN = {
    "meldpunkt": datetime(2026, 10, 12),
    "feedpipe": datetime(2026, 11, 2),
    "gatelaget": datetime(2026, 10, 20),
    "klistre": datetime(2026, 11, 9),
    "ledigtid": datetime(2026, 10, 5),
    "svarlogg": datetime(2026, 11, 16),
}
TEMPLATES = {s: (f"{s}-old", f"{s}-new") for s in SITES}
#: the disguises each site's writers use (a paste site's gutter cuts a wrapped number)
SITE_STYLES: dict[str, tuple[str, ...]] = {
    "meldpunkt": ("wrapped", "spaced", "star_sep", "zwsp"),
    "feedpipe": ("wrapped", "dash_each", "spaced", "star_sep"),
    "gatelaget": ("md_escaped", "wrapped", "mathbold", "md_escaped"),
    "klistre": ("gutter_split", "spaced", "dash_each", "fullwidth"),
    "ledigtid": ("spaced", "fullwidth", "zwsp", "star_sep"),
    "svarlogg": ("wrapped", "mathbold", "spaced", "dash_each"),
}
MARKDOWN = frozenset({"meldpunkt", "gatelaget", "klistre"})
#: the sites' own numbers (no contact: furniture) and their support addresses
SITE_PHONE = {
    "meldpunkt": "+4721495800",
    "ledigtid": "+46771440288",
    "svarlogg": "+4570207311",
}
SITE_MAIL = {"meldpunkt": "hjelp@meldpunkt.no", "ledigtid": "support@ledigtid.se"}

HEX = "0123456789abcdef"
B62 = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def digits(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


@dataclass
class Page:
    """One page being written: its furniture as it is printed."""

    furniture: list[dict[str, Any]] = field(default_factory=list)

    def f(self, kind: str, piece: str) -> str:
        d = digits(piece)
        if d:
            self.furniture.append({"kind": kind, "digits": d})
        return piece

    def site_phone(self, e164: str, written: str) -> str:
        self.furniture.append({"kind": "site_phone", "digits": digits(e164)[2:], "e164": e164})
        return written

    def site_mail(self, addr: str) -> str:
        self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr


@dataclass
class Ad:
    """What every site prints about an ad: the text its writer wrote (lines), and the page's facts."""

    site: str
    new: bool
    lang: str
    name: str
    age: int
    title: str
    lines: list[str]
    city: str
    spelling: str
    when: datetime
    seq: int
    header: str  # her number or address as a header or a structured field prints it, or ""
    mask: str  # a masked copy of her number an agent's note quotes, or ""


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _iso(t: datetime, ms: bool = False) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{t.microsecond // 1000:03d}Z" if ms else "Z")


WEEKDAYS = {
    "sv": ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def meldpunkt(rng: random.Random, ad: Ad, p: Page) -> tuple[str, str, str]:
    """A classifieds' helpdesk: a reported ad quoted in a ticket thread, the agent's note, the desk's footer."""
    tid = 40000 + ad.seq * 7 + rng.randint(0, 6)
    listing = rng.randint(2_000_000, 9_999_999)
    agent = rng.choice(("Kari", "Sindre", "Mona", "Eirik", "Tuva"))
    quoted = "\n".join("> " + x for x in "\n".join(ad.lines).split("\n"))
    if not ad.new:
        url = f"https://support.meldpunkt.no/agent/tickets/{p.f('ticket_id', str(tid))}?thread=1"
        body = (
            f"Sak #{tid} · Status: Åpen · Prioritet: {rng.choice(('Normal', 'Høy', 'Lav'))}\n"
            f"Opprettet: {p.f('timestamp', ad.when.strftime('%Y-%m-%d %H:%M'))} · Kanal: Nettskjema\n"
            f"Rapportert annonse {p.f('listing_id', str(listing))} "
            f"(meldpunkt.no/annonse/{listing}):\n{quoted}\n"
            f"Internt notat ({agent}): sjekket {p.f('count', str(rng.randint(2, 40)))} lignende annonser"
            + (f", nummer {p.f('masked_copy', ad.mask)} finnes i flere" if ad.mask else "")
            + ".\n"
            f"--\nmeldpunkt kundeservice · {p.site_phone(SITE_PHONE['meldpunkt'], '21 49 58 00')} · "
            f"{p.site_mail(SITE_MAIL['meldpunkt'])}"
        )
        return url, f"#{tid} Rapportert: {ad.title}", body
    case = f"MP-{ad.when.year}-{tid:06d}"
    url = f"https://desk.meldpunkt.eu/cases/{p.f('case_id', case)}"
    h, m = rng.randint(0, 7), rng.randint(1, 59)
    views = rng.randint(40, 9000)
    body = (
        f"Case {case} | Open | SLA {h}h {m}m left\n"
        f"Requester: web form · Assignee: {agent}\n"
        f"On {WEEKDAYS['en'][ad.when.weekday()]}, {ad.when.day} {MONTHS_EN[ad.when.month - 1]} "
        f"{p.f('year', str(ad.when.year))} at {ad.when:%H:%M}, reporter wrote:\n{quoted}\n"
        f"Original listing #{p.f('listing_id', str(listing))}, {p.f('view_count', str(views))} views\n"
        + (f"Note: number {p.f('masked_copy', ad.mask)} seen on other listings\n" if ad.mask else "")
        + f"## Reply above this line ##\n"
        f"meldpunkt support {p.site_phone(SITE_PHONE['meldpunkt'], '+47 21 49 58 00')}"
    )
    p.f("case_id", case)
    return url, f"[{case}] Reported: {ad.title}", body


def feedpipe(rng: random.Random, ad: Ad, p: Page) -> tuple[str, str, str]:
    """An aggregator's ingestion log: the fetch and the upsert of one listing, with trace ids and timings."""
    trace, span = _hex(rng, 32), _hex(rng, 16)
    p.f("trace_id", trace)
    p.f("span_id", span)
    epoch = int(ad.when.replace(tzinfo=UTC).timestamp())
    listing = rng.randint(100_000, 999_999)
    src = rng.randint(1_000_000, 99_999_999)
    dur, size, rev = rng.randint(40, 2400), rng.randint(1200, 48000), rng.randint(1, 9)
    text = "\n".join(ad.lines)
    fetched = ad.when - timedelta(seconds=rng.randint(1, 50), microseconds=rng.randint(0, 999_000))
    host = rng.choice(("annonse-nord.dk", "kontakt-sider.se", "treff-torget.no"))
    if not ad.new:
        url = f"https://ops.feedpipe.no/logs?trace={trace}&from={p.f('epoch', str(epoch))}"
        first = {
            "ts": p.f("timestamp", _iso(fetched, ms=True)),
            "level": "info",
            "trace_id": trace,
            "span_id": span,
            "msg": "listing.fetch",
            "source": f"https://{host}/vis/{p.f('source_id', str(src))}",
            "status": 200,
            "duration_ms": int(p.f("duration", str(dur))),
            "bytes": int(p.f("size", str(size))),
        }
        payload: dict[str, Any] = {"title": ad.title, "text": text, "city": ad.spelling}
        second = {
            "ts": p.f("timestamp", _iso(ad.when, ms=True)),
            "level": "info",
            "trace_id": trace,
            "msg": "listing.upsert",
            "listing_id": int(p.f("listing_id", str(listing))),
            "rev": rev,
            "payload": payload,
        }
        if ad.header:  # the source's contact field: country code and subscriber number apart
            payload["contact"] = {"country_code": "+" + cc(ad.header), "msisdn": nsn(ad.header)}
        body = json.dumps(first) + "\n" + json.dumps(second)
        for esc in sorted(set(re.findall(r"\\u([0-9]{4})", body))):  # an escaped dash prints four digits
            p.f("json_escape", "\\u" + esc)
        return url, f"trace {trace[:8]} · listing.upsert", body
    ms = epoch * 1000 + rng.randint(0, 999)
    url = f"https://logs.feedpipe.io/t/{trace}?ts={p.f('epoch_ms', str(ms))}"
    esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    body = (
        f'time={p.f("timestamp", _iso(fetched))} level=info trace={trace} span={span} msg="listing fetched" '
        f"src=https://{host}/vis/{p.f('source_id', str(src))} status=200 dur={p.f('duration', str(dur))}ms "
        f"size={p.f('size', str(size))}B\n"
        f'time={p.f("timestamp", _iso(ad.when))} level=info trace={trace} msg="listing stored" '
        f"id={p.f('listing_id', str(listing))} rev={rev} city={ad.spelling.replace(' ', '_')} "
        + (f"phone_cc={cc(ad.header)} phone={nsn(ad.header)} " if ad.header else "")
        + f'text="{esc}"'
    )
    return url, f"{ad.title} [trace {trace[:12]}]", body


def gatelaget(rng: random.Random, ad: Ad, p: Page) -> tuple[str, str, str]:
    """An outreach team's notes: an ad copied into a note, with front matter (before) or a sync export's
    metadata block after the note (after)."""
    quoted = "\n".join("> " + x for x in "\n".join(ad.lines).split("\n"))
    host = rng.choice(("annonse-nord.dk", "kontakt-sider.se", "treff-torget.no"))
    src = rng.randint(10_000, 9_999_999)
    created = ad.when + timedelta(minutes=rng.randint(5, 600))
    updated = created + timedelta(hours=rng.randint(1, 72))
    todo = rng.choice(("SMS sendt med tilbud om samtale", "Ingen svar, prøv igjen", "Henvist til helsetjenesten"))
    if not ad.new:
        n = rng.randint(1, 30)
        day = ad.when.strftime("%Y-%m-%d")
        url = f"https://vault.gatelaget.no/uteteam/{p.f('date', day)}%20{ad.city.lower()}{p.f('count', f'%20{n}')}.md"
        body = (
            f"---\nid: {p.f('uuid', _uuid(rng))}\n"
            f"created: {p.f('timestamp', created.strftime('%Y-%m-%dT%H:%M:%S+01:00'))}\n"
            f"updated: {p.f('timestamp', updated.strftime('%Y-%m-%dT%H:%M:%S+01:00'))}\n"
            f"tags: [uteteam, {ad.spelling.lower()}]\n"
            f"kilde: https://{host}/{p.f('source_id', str(src))}\n---\n"
            f"# {ad.title}\nSett {ad.when.day}.{ad.when.month}. Kopi av teksten:\n{quoted}\n"
            f"- [x] {todo}\n- [ ] Følge opp"
        )
        return url, ad.title, body
    note, parent = _hex(rng, 32), _hex(rng, 32)
    lat, lon = COORDS[ad.city]
    lat += rng.randint(-900, 900) / 100000
    lon += rng.randint(-900, 900) / 100000
    url = f"https://sync.gatelaget.eu/shares/{p.f('note_id', note)}"
    body = (
        f"{ad.title}\n\n" + "\n".join(ad.lines) + f"\n\nNotat: {todo}.\n\n"
        f"id: {note}\nparent_id: {p.f('parent_id', parent)}\n"
        f"created_time: {p.f('timestamp', _iso(created, ms=True))}\n"
        f"updated_time: {p.f('timestamp', _iso(updated, ms=True))}\n"
        f"is_conflict: 0\nlatitude: {p.f('latitude', f'{lat:.8f}')}\nlongitude: {p.f('longitude', f'{lon:.8f}')}\n"
        f"altitude: 0.0000\nauthor: uteteam\nsource_url: https://{host}/{p.f('source_id', str(src))}\n"
        f"is_todo: 0\ntype_: 1"
    )
    return url, ad.title, body


def klistre(rng: random.Random, ad: Ad, p: Page) -> tuple[str, str, str]:
    """A paste site: the ad pasted as text, shown with a line-number gutter (before) or raw (after)."""
    pid = "".join(rng.choice(B62) for _ in range(8))
    text = "\n".join(ad.lines)
    p.f("paste_id", pid)
    views = rng.randint(3, 7000)
    if not ad.new:
        rows = text.split("\n")
        gutter = "\n".join(f"{i + 1:>2} | {x}" for i, x in enumerate(rows))
        size = len(text.encode()) / 1000
        body = (
            f"klistre.no › {pid} · {p.f('size', f'{size:.2f}')} KB · {p.f('view_count', str(views))} visninger · "
            f"utløper om 1 uke · Syntaks: tekst\n{gutter}\n"
            f"RAW | LAST NED | KLON · {p.f('date', ad.when.strftime('%d.%m.%Y'))}"
        )
        return f"https://klistre.no/{pid}", f"{ad.title} - klistre.no", body
    sha = _hex(rng, 12)
    body = (
        text + f"\n-- \npasted {p.f('timestamp', _iso(ad.when))} via klistr.io api v2 · "
        f"{p.f('view_count', str(views))} views · sha256 {p.f('hash', sha)}"
    )
    return f"https://klistr.io/raw/{pid}", ad.title, body


def _slots(rng: random.Random, day: datetime, lang: str, p: Page) -> str:
    if rng.random() < 0.25:
        return f"{WEEKDAYS[lang][day.weekday()]} {day.day} {MONTHS_EN[day.month - 1].lower()}  " + (
            "upptaget" if lang == "sv" else "busy"
        )
    hours = sorted(rng.sample(range(10, 23), rng.randint(1, 4)))
    if lang == "sv":
        times = "  ".join(f"{h:02d}:{rng.choice(('00', '30'))}" for h in hours)
        line = f"{WEEKDAYS['sv'][day.weekday()]} {day.day} {MONTHS_EN[day.month - 1].lower()}  {times}"
    else:
        times = " · ".join(f"{h:02d}:00–{h + 1:02d}:00" for h in hours)
        line = f"{WEEKDAYS['en'][day.weekday()]} {day:%d.%m}  {times}"
    return p.f("time_slots", line)


def ledigtid(rng: random.Random, ad: Ad, p: Page) -> tuple[str, str, str]:
    """A booking calendar's free/busy page: her free slots this week, the meeting's description (the ad)."""
    dur = rng.choice((30, 45, 60, 90, 120))
    slug = ad.name.lower() + "-" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(2))
    monday = ad.when - timedelta(days=ad.when.weekday())
    week = ad.when.isocalendar()[1]
    days = [monday + timedelta(days=i) for i in range(rng.randint(2, 4))]
    text = "\n".join(ad.lines)
    if not ad.new:
        url = (
            f"https://ledigtid.se/{slug}/{dur}min?month={p.f('month', ad.when.strftime('%Y-%m'))}&tz=Europe%2FStockholm"
        )
        body = (
            f"{ad.name} · {dur} min · {ad.spelling}\nTidszon: Europe/Stockholm ({p.f('utc_offset', 'GMT+01:00')})\n"
            f"Lediga tider vecka {week}:\n"
            + "\n".join(_slots(rng, d, "sv", p) for d in days)
            + f"\nOm mötet:\n{text}\n"
            f"Bokningsbekräftelse skickas med sms från {p.site_phone(SITE_PHONE['ledigtid'], '0771-44 02 88')}."
        )
        return url, f"Boka {ad.name} · {dur} min", body
    sunday = monday + timedelta(days=6)
    url = f"https://ledigtid.com/book/{slug}?d={p.f('date', ad.when.strftime('%Y%m%d'))}&len={dur}"
    pc = rng.choice(POSTCODES[ad.city])
    body = (
        f"Book {ad.name} – {dur} minutes\nWeek {week} · {MONTHS_EN[monday.month - 1]} {monday.day} – "
        f"{MONTHS_EN[sunday.month - 1]} {sunday.day}, {p.f('year', str(sunday.year))}\n"
        + "\n".join(_slots(rng, d, "en", p) for d in days)
        + f"\nLocation: {ad.spelling} {p.f('postcode', pc)} (address after booking)\nDescription\n{text}\n"
        f"Help: {p.site_mail(SITE_MAIL['ledigtid'])} · {p.site_phone(SITE_PHONE['ledigtid'], '+46 771 44 02 88')}"
    )
    return url, f"Book {ad.name} ({dur} min) | ledigtid", body


def svarlogg(rng: random.Random, ad: Ad, p: Page) -> tuple[str, str, str]:
    """An outreach tool's inbox of automatic replies to its messages: the sender, the campaign, the reply."""
    text = "\n".join(ad.lines)
    camp = rng.randint(100, 999)
    if not ad.new:
        msg = rng.randint(1_000_000, 9_999_999)
        chars = len(text)
        url = f"https://app.svarlogg.dk/indbakke/{p.f('message_id', str(msg))}?kampagne={p.f('campaign', str(camp))}"
        body = (
            f"Automatisk svar · modtaget {p.f('timestamp', ad.when.strftime('%d.%m.%Y %H:%M'))}\n"
            f"Fra: {ad.header}\nTil: Gadeteamet ({p.site_phone(SITE_PHONE['svarlogg'], '70 20 73 11')})\n"
            f'Kampagne #{camp}: "Vintertilbud"\n---\n{text}\n---\n'
            f"Besked-id {msg} · {p.f('char_count', str(chars))} tegn · {-(-chars // 160)} SMS"
        )
        return url, f"Autosvar fra {ad.name}", body
    uid = _uuid(rng)
    mid = f"{ad.when:%Y%m%d%H%M%S}.{_hex(rng, 6)}"
    url = f"https://svarlogg.io/inbox/{p.f('uuid', uid)}"
    body = (
        f"Subject: Automatic reply: Campaign {p.f('campaign', str(camp))}\n"
        f"Date: {WEEKDAYS['en'][ad.when.weekday()]}, {p.f('timestamp', ad.when.strftime('%d %b %Y %H:%M:%S +0100'))}\n"
        f"From: {ad.header}\nAuto-Submitted: auto-replied\nX-Autoreply: yes\n"
        f"Message-ID: <{p.f('message_id', mid)}@mail.svarlogg.io>\n\n{text}"
    )
    return url, f"Automatic reply: {ad.name}", body


RENDER = {
    "meldpunkt": meldpunkt,
    "feedpipe": feedpipe,
    "gatelaget": gatelaget,
    "klistre": klistre,
    "ledigtid": ledigtid,
    "svarlogg": svarlogg,
}
CITY_COUNTRY = {c: v[0] for c, v in CITIES.items()}
