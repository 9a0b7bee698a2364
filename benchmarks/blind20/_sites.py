"""blind20's six sites, each a kind of page no earlier corpus printed, with two templates each (the second from its
redesign day, some moved to a domain abroad): an outreach NGO's case archive (plain export, then XML), a classifieds'
image/news sitemap entry, a monitoring team's spreadsheet dumped cell by cell (A1 refs, then R1C1), an ad-posting
assistant's chat transcript (text, then JSON lines with a tool call), a translation memory of a site's translated ads
(TMX, then XLIFF 2.0), and a scraper's data repository (``git show`` of a YAML file, then a raw TOML file). Every
number a page prints around the ad is recorded as furniture with its kind."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from benchmarks.blind20 import _forms

#: (label, e164, style, with country code, text as written)
Contact = tuple[str, str, str, bool, str]


@dataclass
class Ad:
    """What a page prints of one ad, before its site wraps it."""

    site: str
    template: str
    ad_id: str
    serial: int
    when: datetime
    city: str
    spelling: str
    country: str
    lang: str
    chrome: str
    title: str
    lines: list[str]
    contacts: list[Contact]
    mail: tuple[str, str, str, str] | None  # label, address, style, as written
    target_lang: str
    target_title: str
    target_lines: list[str]
    target_labels: list[str]
    name: str
    age: int
    site_phone: str
    site_mail: str
    furniture: list[dict[str, Any]] = field(default_factory=list)

    def f(self, kind: str, token: str) -> str:
        """A number the page prints that is nobody's contact: recorded with its digits, returned as printed."""
        digits = "".join(c for c in token if c.isdigit())
        if digits and not any(x["kind"] == kind and x["digits"] == digits for x in self.furniture):
            self.furniture.append({"kind": kind, "digits": digits})
        return token

    def site_number(self, text: str) -> str:
        item = {"kind": "site_phone", "digits": _forms.nsn(self.site_phone), "e164": self.site_phone}
        if item not in self.furniture:
            self.furniture.append(item)
        return text

    def support(self) -> str:
        item = {"kind": "support_email", "digits": "", "text": self.site_mail}
        if item not in self.furniture:
            self.furniture.append(item)
        return self.site_mail


def contact_text(c: Contact, rng: random.Random, cut: str = "") -> str:
    """A contact as its style writes it; a number a chat turn or a markup tag cuts is cut at ``cut``."""
    _, e164, style, intl, written = c
    if style in ("chat_split", "tag_split"):
        flat = _forms.phone("grouped", e164, intl, "en", rng)
        if style == "chat_split":  # a writer sends the rest of the number in a new turn, at a group's end
            spaces = [i for i, ch in enumerate(flat) if ch == " " and i > 3]
            at = min(spaces, key=lambda i: abs(i - len(flat) // 2)) if spaces else len(flat) // 2
        else:  # a translation tool's inline tag sits where the formatting changed, anywhere in the number
            at = max(3, len(flat) // 2 + rng.randint(-2, 2))
            while flat[at - 1] in " +" or flat[at] == " ":
                at += 1
        return flat[:at] + cut + flat[at:]
    return written


def _date(ad: Ad, when: datetime) -> str:
    fmt = {"no": "%d.%m.%Y", "sv": "%Y-%m-%d", "da": "%d-%m-%Y", "en": "%d/%m/%Y"}[ad.chrome]
    return ad.f("date", when.strftime(fmt))


def _slug(text: str) -> str:
    table = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "ö": "o", "ä": "a", "ü": "u", "é": "e"})
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


# --- 1. an outreach NGO's case archive -------------------------------------------------------------------------
_CASE = {
    "no": ("SAKSARKIV · eksport", "Saksnr.", "Journalpost", "Registrert", "av saksbehandler", "Kommune",
           "Kilde: kopiert annonsetekst", "annonsetekst", "slutt", "Vakttelefon (ikke for klienter)"),
    "sv": ("ÄRENDEARKIV · export", "Ärendenr.", "Diarienr.", "Registrerad", "av handläggare", "Kommun",
           "Källa: kopierad annonstext", "annonstext", "slut", "Jourtelefon (ej för klienter)"),
    "da": ("SAGSARKIV · eksport", "Sagsnr.", "Journalnr.", "Oprettet", "af sagsbehandler", "Kommune",
           "Kilde: kopieret annoncetekst", "annoncetekst", "slut", "Vagttelefon (ikke for klienter)"),
}  # fmt: skip
_NGO = {"NO": "natthjelp-nord.no", "SE": "nattvandring-syd.se", "DK": "gadeplan-ost.dk"}


def case_archive(ad: Ad, rng: random.Random, muni: str) -> tuple[str, str, str]:
    year = ad.when.year
    case = ad.f("case_number", f"{ad.serial:05d}")
    seq = rng.randint(1, 9)
    journal = ad.f("journal_number", str(100000 + ad.serial * 7 + rng.randint(0, 6)))
    worker = ad.f("worker_id", str(rng.randint(1100, 4999)))
    muni = ad.f("municipality_code", muni)
    hotline = _forms.phone("intl_spaced" if ad.template == "b" else "grouped", ad.site_phone, ad.template == "b",
                           ad.chrome, rng)  # fmt: skip
    contacts = [f"{c[0]}: {contact_text(c, rng)}" for c in ad.contacts]
    mail = [f"{ad.mail[0]}: {ad.mail[3]}"] if ad.mail else []
    if ad.template == "a":
        lab = _CASE[ad.chrome]
        url = f"https://arkiv.{_NGO[ad.country]}/sak/{ad.f('year', str(year))}-{case}/vedlegg/{seq}"
        body = [
            f"{lab[0]} {_date(ad, ad.when)}",
            f"{lab[1]}: {year}/{case}-{seq} · {lab[2]}: {journal}",
            f"{lab[3]} {_date(ad, ad.when)} {ad.when:%H:%M} {lab[4]} {worker}",
            f"{lab[5]}: {muni}" + (f" {ad.city}" if rng.random() < 0.5 else ""),
            lab[6],
            f"—— {lab[7]} ——",
            ad.title,
            *ad.lines,
            *contacts,
            *mail,
            f"—— {lab[8]} ——",
            ad.site_number(f"{lab[9]}: {hotline}"),
        ]
        return url, f"{lab[1]} {year}/{case}-{seq}", "\n".join(body)
    cid = ad.f("case_number", f"C-{ad.serial:07d}")
    url = f"https://casebook.outreach-hub.eu/cases/{cid}/attachments/{seq}?format=xml"
    stamp = ad.f("timestamp", ad.when.strftime("%Y-%m-%dT%H:%M:%SZ"))
    xml_contacts = []
    for c in ad.contacts:
        text = contact_text(c, rng)
        if c[2] == "plus_entity" or (c[3] and rng.random() < 0.3 and c[2] in ("intl_spaced", "grouped")):
            text = text.replace("+", "&#43;")
        xml_contacts.append(f'   <contact type="phone" label="{escape(c[0])}">{text}</contact>')
    if ad.mail:
        written = ad.mail[3] if ad.mail[2] != "plain" else ad.mail[1]
        xml_contacts.append(f'   <contact type="email">{written}</contact>')
    body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<caseExport schema="2.1" exported="{stamp}">',
        f' <case id="{cid}" worker="{worker}" journal="{journal}">',
        f'  <municipality code="{muni}">{escape(ad.city)}</municipality>',
        f'  <attachment seq="{seq}" kind="ad-text" lang="{ad.lang}">',
        f"   <title>{escape(ad.title)}</title>",
        "   <text>" + escape("\n".join(ad.lines)) + "</text>",
        *xml_contacts,
        "  </attachment>",
        ad.site_number(f"  <hotline>{hotline}</hotline>"),
        " </case>",
        "</caseExport>",
    ]
    return url, f"Case {cid} attachment {seq}", "\n".join(body)


# --- 2. a classifieds' sitemap entry ------------------------------------------------------------------------------
def sitemap(ad: Ad, rng: random.Random) -> tuple[str, str, str]:
    cc = {"NO": "no", "SE": "se", "DK": "dk"}[ad.country]
    aid = ad.f("ad_id", ad.ad_id)
    text = [*ad.lines, *(f"{c[0]}: {contact_text(c, rng)}" for c in ad.contacts)]
    if ad.mail:
        text.append(f"{ad.mail[0]}: {ad.mail[3]}")
    caption = " ".join(escape(x) for x in text).replace("&amp;#", "&#")
    stamp = ad.f("timestamp", ad.when.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    if ad.template == "a":
        url = f"https://www.nattkatalog.no/{cc}/{_slug(ad.city)}/{aid}-{_slug(ad.name)}-{ad.age}"
        photo = rng.randint(1, 6)
        size = ad.f("image_size", rng.choice(["1280x960", "1024x768", "1600x1200"]))
        body = [
            "<url>",
            f"  <loc>{url}</loc>",
            f"  <lastmod>{stamp}</lastmod>",
            "  <changefreq>daily</changefreq>",
            f"  <priority>0.{rng.randint(5, 9)}</priority>",
            "  <image:image>",
            f"    <image:loc>https://img.nattkatalog.no/p/{aid}/{photo}_{size}.jpg</image:loc>",
            f"    <image:title>{escape(ad.title)}</image:title>",
            f"    <image:caption>{caption}</image:caption>",
            "  </image:image>",
            "</url>",
        ]
        return url, ad.title, "\n".join(body)
    url = f"https://nattkatalog.eu/{cc}/{_slug(ad.city)}/{aid}"
    vid = ad.f("video_id", str(rng.randint(300000, 999999)))
    views = ad.f("view_count", str(rng.randint(40, 25000)))
    secs = ad.f("duration", str(rng.randint(12, 240)))
    body = [
        "<url>",
        f"  <loc>{url}</loc>",
        f'  <xhtml:link rel="alternate" hreflang="en" href="https://nattkatalog.eu/en/ad/{aid}"/>',
        "  <news:news>",
        f"    <news:publication><news:name>Nattkatalog</news:name><news:language>{ad.lang}</news:language>"
        "</news:publication>",
        f"    <news:publication_date>{stamp}</news:publication_date>",
        f"    <news:title>{escape(ad.title)}</news:title>",
        "  </news:news>",
        "  <video:video>",
        f"    <video:thumbnail_loc>https://cdn.nattkatalog.eu/v/{vid}/thumb_640.jpg</video:thumbnail_loc>",
        f"    <video:description>{caption}</video:description>",
        f"    <video:duration>{secs}</video:duration>",
        f"    <video:view_count>{views}</video:view_count>",
        "  </video:video>",
        "</url>",
    ]
    return url, ad.title, "\n".join(body)


# --- 3. a monitoring team's spreadsheet, dumped cell by cell --------------------------------------------------------
_SHEET = {"no": ("Ark1", "eksportert", "uke"), "sv": ("Blad1", "exporterad", "vecka"),
          "da": ("Ark1", "eksporteret", "uge")}  # fmt: skip
_SOURCES = ["rosaannonser.no/annonse", "kontaktsidan.se/annons", "natlys.dk/annonce", "velvetlist.com/ad"]


def sheet(ad: Ad, rng: random.Random) -> tuple[str, str, str]:
    row = ad.f("row_number", str(1000 + ad.serial))
    week = int(ad.when.strftime("%V"))
    serial = ad.f("excel_date", str((ad.when.date() - datetime(1899, 12, 30).date()).days))
    price = ad.f("price", str(rng.choice([800, 1000, 1200, 1500, 1800, 2000, 2500])))
    source_id = ad.f("source_id", str(rng.randint(10**6, 10**8)))
    src = f"https://www.{rng.choice(_SOURCES)}/{source_id}"
    first, rest = (ad.contacts[0], ad.contacts[1:]) if ad.contacts else (None, [])
    text = " / ".join([*ad.lines, *(f"{c[0]}: {contact_text(c, rng)}" for c in rest)]).replace('"', '""')
    cells: list[tuple[int, str]] = [
        (1, serial),
        (2, ad.spelling),
        (3, f"{ad.name} ({ad.age})"),
        (4, contact_text(first, rng) if first else ""),
    ]
    if ad.mail:
        _, addr, style, written = ad.mail
        cells.append((5, f'=HYPERLINK("mailto:{addr}";"{addr}")' if style == "hyperlink" else written))
    cells += [(6, f'"{ad.title}"'), (7, f'"{text}"'), (8, price), (9, src)]
    exported = ad.f("timestamp", ad.when.strftime("%Y-%m-%d %H:%M"))
    if ad.template == "a":
        lab = _SHEET.get(ad.chrome, _SHEET["no"])
        url = f"https://deling.markedsvakt.no/ark/{lab[2]}{week}/eksport.txt#rad={row}"
        head = f"annonser_{lab[2]}{week}.xlsx · {lab[0]} · {lab[1]} {exported}"
        lines = [head] + [f"{'ABCDEFGHI'[col - 1]}{row}: {val}" for col, val in cells if val]
        return url, f"{lab[0]}!A{row}:I{row}", "\n".join(lines)
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(10))
    url = f"https://sheets.nordwatch.eu/s/{token}/R{row}"
    head = f"Sheet: week{week}\tmodified {exported}\tR{row}C1:R{row}C9"
    lines = [head] + [f"R{row}C{col}\t{val}" for col, val in cells if val]
    return url, f"week{week} R{row}", "\n".join(lines)


# --- 4. an ad-posting assistant's chat --------------------------------------------------------------------------
_BOT = {
    "no": ("Samtale", "Du", "Hva skal tittelen på annonsen være", "Skriv annonseteksten din her",
           "Hvilket nummer skal kundene bruke", "Vil du oppgi en e-postadresse", "Annonsen er publisert som nr.",
           "kvittering", "dager", "Kundeservice"),
    "sv": ("Konversation", "Du", "Vad ska annonsens rubrik vara", "Skriv din annonstext här",
           "Vilket nummer ska kunderna använda", "Vill du ange en mejladress", "Annonsen är publicerad som nr",
           "kvitto", "dagar", "Kundtjänst"),
    "da": ("Samtale", "Dig", "Hvad skal annoncens overskrift være", "Skriv din annoncetekst her",
           "Hvilket nummer skal kunderne bruge", "Vil du oplyse en mailadresse", "Annoncen er udgivet som nr.",
           "kvittering", "dage", "Kundeservice"),
    "en": ("Conversation", "You", "What should the title of your ad be", "Write your ad text here",
           "Which number should clients use", "Would you like to add an email address", "Your ad is live as no.",
           "receipt", "days", "Support"),
}  # fmt: skip


def assistant(ad: Ad, rng: random.Random) -> tuple[str, str, str]:
    lab = _BOT[ad.lang if ad.template == "a" else "en"]
    session = ad.f("session_id", "".join(rng.choice("0123456789abcdef") for _ in range(8)))
    t = ad.when
    clock = [t.replace(second=0)]
    for _ in range(12):
        clock.append(clock[-1] + timedelta(seconds=rng.randint(2, 70)))
    ad_no = ad.f("ad_id", ad.ad_id)
    receipt = ad.f("receipt", f"K-{t:%Y%m%d}-{rng.randint(1, 9999):04d}")
    price = ad.f("price", str(rng.choice([199, 299, 349, 499])))
    days = rng.choice([3, 7, 14])
    turns: list[tuple[str, str]] = [("bot", lab[2] + "?"), ("user", ad.title), ("bot", lab[3] + ":"),
                                    ("user", " ".join(ad.lines)), ("bot", lab[4] + "?")]  # fmt: skip
    for c in ad.contacts:
        if c[2] == "chat_split":
            whole = contact_text(c, rng, "\x00")
            a, b = whole.split("\x00")
            turns += [("user", a), ("user", b.strip())]
        else:
            turns.append(("user", f"{c[0]} {contact_text(c, rng)}"))
    if ad.mail:
        turns += [("bot", lab[5] + "?"), ("user", ad.mail[3])]
    help_line = _forms.phone(rng.choice(["grouped", "intl_spaced"]), ad.site_phone, ad.template == "b", ad.lang, rng)
    turns.append(("bot", f"{lab[6]} {ad_no} · {price} kr / {days} {lab[8]} · {lab[7]} {receipt}"))
    if rng.random() < 0.6:
        turns.append(("bot", ad.site_number(f"{lab[9]}: {help_line}")))
    if ad.template == "a":
        url = f"https://annonsehjelp.{ {'NO': 'no', 'SE': 'se', 'DK': 'dk'}[ad.country] }/samtale/{session}"
        lines = [f"{lab[0]} {session} · {ad.f('timestamp', t.strftime('%Y-%m-%d %H:%M'))} · web"]
        for (who, text), when in zip(turns, clock, strict=False):
            lines.append(f"[{when:%H:%M:%S}] {'Bot' if who == 'bot' else lab[1]}: {text}")
        return url, f"{lab[0]} {session}", "\n".join(lines)
    url = f"https://api.adassist.io/v2/conversations/{session}/messages?limit=50"
    lines = []
    for (who, text), when in zip(turns, clock, strict=False):
        msg = {"role": "assistant" if who == "bot" else "user", "content": text, "ts": when.strftime("%H:%M:%S")}
        lines.append(json.dumps(msg))
    tool = {"title": ad.title, "city": ad.spelling, "phone": [c[4] for c in ad.contacts if c[2] in _forms.PLAIN]}
    usage = {
        "input_tokens": int(ad.f("token_count", str(rng.randint(1200, 4800)))),
        "output_tokens": rng.randint(40, 400),
    }
    lines.append(json.dumps({"role": "assistant", "tool_use": {"name": "publish_ad", "input": tool}, "usage": usage}))
    return url, f"conversation {session}", "\n".join(lines)


# --- 5. a translation memory of a site's translated ads ---------------------------------------------------------
_XML_LANG = {"no": "nb-NO", "sv": "sv-SE", "da": "da-DK", "en": "en-GB"}


def translation_memory(ad: Ad, rng: random.Random) -> tuple[str, str, str]:
    aid = ad.f("ad_id", ad.ad_id)
    proj = ad.f("project_id", f"P-{ad.when.year}-{rng.randint(100, 999)}")
    pairs = [(escape(ad.title), escape(ad.target_title))]
    pairs += [(escape(a), escape(b)) for a, b in zip(ad.lines, ad.target_lines, strict=True)]
    tag = '<ph x="1"/>' if ad.template == "a" else '<ph id="1"/>'
    for c, label in zip(ad.contacts, ad.target_labels, strict=True):
        src = contact_text(c, rng, tag)
        if c[2] == "plus_entity":
            src = src.replace("+", "&#43;")
        pairs.append((f"{escape(c[0])}: {src}", f"{escape(label)}: {src}"))
    if ad.mail:
        pairs.append((f"{ad.mail[0]}: {ad.mail[3]}", f"Email: {ad.mail[3]}"))
    src_lang, trg_lang = _XML_LANG[ad.lang], _XML_LANG[ad.target_lang]
    if ad.template == "a":
        stamp = ad.f("timestamp", ad.when.strftime("%Y%m%dT%H%M%SZ"))
        pm = ad.site_number(_forms.phone("intl_spaced", ad.site_phone, True, "en", rng))
        url = f"https://tm.lingvabro.no/eksport/{proj}/{aid}.tmx"
        out = [
            '<tmx version="1.4">',
            f'<header creationtool="Lingvabro TM" creationtoolversion="3.2.1" segtype="sentence" srclang="{src_lang}" '
            f'adminlang="en-US" datatype="plaintext" creationdate="{stamp}">'
            f'<prop type="x-project">{proj}</prop><prop type="x-pm-phone">{pm}</prop></header>',
            "<body>",
        ]
        for k, (a, b) in enumerate(pairs, 1):
            out += [
                f'<tu tuid="{aid}-{k}"><tuv xml:lang="{src_lang}"><seg>{a}</seg></tuv>',
                f'<tuv xml:lang="{trg_lang}"><seg>{b}</seg></tuv></tu>',
            ]
        out += ["</body>", "</tmx>"]
        return url, f"{proj}/{aid}.tmx", "\n".join(out)
    url = f"https://lingvabro.eu/tm/{proj}/files/{aid}.xlf"
    out = [
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
        f'srcLang="{src_lang}" trgLang="{trg_lang}">',
        f'<file id="f{aid}" original="ads/{aid}.txt">',
    ]
    for k, (a, b) in enumerate(pairs, 1):
        state = rng.choice(["translated", "reviewed", "final"])
        out.append(
            f'<unit id="u{k}"><segment state="{state}"><source>{a}</source><target>{b}</target></segment></unit>'
        )
    out += ["</file>", "</xliff>"]
    return url, f"{aid}.xlf ({proj})", "\n".join(out)


# --- 6. a scraper's data repository ---------------------------------------------------------------------------------
def scraper_repo(ad: Ad, rng: random.Random) -> tuple[str, str, str]:
    cc = {"NO": "no", "SE": "se", "DK": "dk"}[ad.country]
    source_id = ad.f("source_id", ad.ad_id)
    path = f"data/{cc}/{_slug(ad.city)}/{source_id}"
    price = ad.f("price", str(rng.choice([1000, 1200, 1500, 2000, 2500, 3000])))
    fetched = ad.f("timestamp", ad.when.strftime("%Y-%m-%dT%H:%M:%SZ"))
    phones = [contact_text(c, rng) for c in ad.contacts]
    src = f"https://www.{rng.choice(_SOURCES)}/{source_id}"
    if ad.template == "a":
        sha = ad.f("commit_sha", "".join(rng.choice("0123456789abcdef") for _ in range(40)))
        blob = ad.f("blob_hash", "".join(rng.choice("0123456789abcdef") for _ in range(7)))
        url = f"https://git.annonsvakt.se/data/ads/commit/{sha}"
        yaml = [
            f"id: {source_id}",
            f"url: {src}",
            f"fetched: {fetched}",
            f'title: "{ad.title}"',
            f"city: {ad.spelling}",
        ]
        yaml += ["phones:"] + [f'  - "{p}"' for p in phones] if phones else []
        if ad.mail:
            yaml.append(f"email: {ad.mail[3]}")
        yaml += [f"price: {price}", "text: |", *(f"  {x}" for x in ad.lines)]
        body = [
            f"commit {sha}",
            f"Author: annonsvakt-bot <{ad.support()}>",
            f"Date:   {ad.f('date', ad.when.strftime('%a %b %d %H:%M:%S %Y'))} {ad.f('utc_offset', '+0000')}",
            "",
            f"    add {path}.yaml",
            "",
            f"diff --git a/{path}.yaml b/{path}.yaml",
            f"new file mode {ad.f('file_mode', '100644')}",
            f"index {ad.f('blob_hash', '0000000')}..{blob}",
            "--- /dev/null",
            f"+++ b/{path}.yaml",
            f"@@ -0,0 +1,{len(yaml)} @@",
            *(f"+{x}" for x in yaml),
        ]
        return url, f"add {path}.yaml", "\n".join(body)
    digest = ad.f("sha256", "".join(rng.choice("0123456789abcdef") for _ in range(64)))
    url = f"https://raw.codehost.eu/annonsvakt/data/main/{path}.toml"
    toml = [
        f"# fetched {fetched} by annonsvakt-bot <{ad.support()}>",
        f"# sha256:{digest}",
        "[ad]",
        f"id = {source_id}",
        f'url = "{src}"',
        f'title = "{ad.title}"',
        f'city = "{ad.spelling}"',
        "phones = [" + ", ".join(f'"{p}"' for p in phones) + "]",
    ]
    if ad.mail:
        toml.append(f'email = "{ad.mail[3]}"')
    toml += ["", "[ad.price]", f"hour = {price}", "", "[ad.text]", 'body = """', *ad.lines, '"""']
    return url, f"{path}.toml", "\n".join(toml)
