"""The six kinds of page of the eighteenth corpus, each in its first template and the one after its redesign day.
A writer gets what the ad says (`Core`) and prints it the way its software does, naming every number it prints
that is not a contact (ids, times, amounts, hashes, fingerprints) in the page's furniture."""

from __future__ import annotations

import base64
import json
import random
import re
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from benchmarks.blind18._forms import CUE

Furn = dict[str, str]


@dataclass
class Core:
    """What one ad says, already in its language: the writer arranges it."""

    lang: str
    country: str
    city: str  # canonical
    spelling: str
    alias: str
    title: str
    intro: str  # holds the stated age and the city
    sentences: list[str]
    contacts: list[tuple[str, str]]  # (label, the number's text)
    email: str | None
    closer: str
    when: datetime
    price: int
    old_city: str | None = None  # a city the ad named before an edit
    old_contact: str | None = None  # a number the ad gave before an edit
    net_name: str = ""
    extra: list[str] = field(default_factory=list)


class Page:
    """A page being written: its random source and its furniture."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.furn: list[Furn] = []

    def num(self, kind: str, n: int) -> str:
        text = str(self.rng.randint(10 ** (n - 1), 10**n - 1))
        self.furn.append({"kind": kind, "digits": text})
        return text

    def note(self, kind: str, text: str) -> str:
        """Names the digits of `text` (printed as is) as furniture when it has four or more."""
        d = "".join(c for c in text if c.isdigit())
        if len(d) >= 4:
            self.furn.append({"kind": kind, "digits": d})
        return text

    def token(self, kind: str, n: int, alphabet: str = string.ascii_lowercase + string.digits) -> str:
        text = "".join(self.rng.choice(alphabet) for _ in range(n))
        for run in re.findall(r"\d{4,}", text):
            self.furn.append({"kind": kind, "digits": run})
        return text

    def site_phone(self, e164: str, text: str) -> str:
        nat = "".join(c for c in text if c.isdigit())
        self.furn.append({"kind": "site_phone", "digits": nat, "e164": e164})
        return text

    def support(self, addr: str) -> str:
        self.furn.append({"kind": "support_email", "digits": "", "text": addr})
        return addr


def _body(core: Core, sep: str = "\n") -> list[str]:
    """The ad's own lines in order."""
    lines = [core.intro, *core.sentences, *core.extra]
    lines += [f"{label}: {text}" if label else text for label, text in core.contacts]
    if core.email:
        lines.append(core.email)
    lines.append(core.closer)
    return lines


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_CUR = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}
_WORD = {
    "no": {"msg": "Melding", "to": "Til", "ref": "Ref", "status": "Fullført", "acct": "Konto", "period": "Periode"},
    "sv": {"msg": "Meddelande", "to": "Till", "ref": "Ref", "status": "Genomförd", "acct": "Konto", "period": "Period"},
    "da": {"msg": "Besked", "to": "Til", "ref": "Ref", "status": "Gennemført", "acct": "Konto", "period": "Periode"},
    "en": {"msg": "Message", "to": "To", "ref": "Ref", "status": "Completed", "acct": "Account", "period": "Period"},
}  # fmt: skip


def kvikk(core: Core, page: Page, new: bool, ad_id: str, site_tel: tuple[str, str]) -> tuple[str, str, str]:
    """A payment app's export of payment requests a seller sent, the ad in each request's message; after the
    redesign the app (moved to kvikkpay.eu) exports OFX statements."""
    w, rng, t = _WORD[core.lang], page.rng, core.when
    cur = _CUR[core.country]
    amount = f"{core.price}.00" if new else f"{core.price:,}".replace(",", " ") + ",00"
    page.note("price", str(core.price))
    message = " ".join(_body(core))
    if not new:
        txid = page.note("transaction_id", ad_id)
        url = f"https://kvikk.no/export/tx/{txid}?period={page.note('period', t.strftime('%Y%m'))}"
        ref = page.token("payment_ref", 10, "0123456789ABCDEF")
        tail = page.num("account_tail", 4)
        lines = [
            f"Kvikk · {w['acct']} **** **** {tail}",
            f"{w['period']}: "
            + page.note("date", t.strftime("01.%m.%Y"))
            + "–"
            + page.note("date", t.strftime("28.%m.%Y")),
            page.note("timestamp", t.strftime("%Y-%m-%d %H:%M"))
            + f"  {w['to']}: {core.alias} ({core.spelling})  -{amount} {cur}",
            f"{w['ref']}: KV{ref}",
            f'{w["msg"]}: "{message}"',
            f"Status: {w['status']} · " + page.site_phone(*site_tel),
        ]
        return url, f"Kvikk {w['msg'].lower()} {core.alias}", "\n".join(lines)
    fitid = page.note("fitid", ad_id + page.num("fitid_suffix", 3))
    acct = page.num("account_id", 11)
    url = f"https://kvikkpay.eu/statements/{acct}/{fitid}.ofx"
    stamp = page.note("timestamp", t.strftime("%Y%m%d%H%M%S"))
    lines = [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>",
        f"<CURDEF>{cur}<BANKACCTFROM><ACCTID>{acct}</BANKACCTFROM>",
        f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{stamp}<TRNAMT>-{amount}<FITID>{fitid}",
        f"<NAME>{core.alias} {core.spelling}",
        f"<MEMO>{message}",
        "</STMTTRN></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
    ]
    if rng.random() < 0.5:
        lines.append("<!-- Kvikk Pay support " + page.site_phone(*site_tel) + " -->")
    return url, f"{core.alias} {core.spelling} kvikkpay statement", "\n".join(lines)


def _rfc822(t: datetime) -> str:
    return f"{_WDAYS[t.weekday()]}, {t.day} {_MONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} +0100"


def lagret(core: Core, page: Page, new: bool, ad_id: str) -> tuple[str, str, str]:
    """A browser's saved copy of a classified ad: first MHTML (MIME headers, a boundary, a frame id), later a
    single-file HTML page with its saver's comment; the classified moved from natt-annonser.se to nightads.eu. The
    record's URL is the page the copy was saved from (an importer takes only http(s) addresses)."""
    t, rng = core.when, page.rng
    domain = "nightads.eu/listing" if new else "natt-annonser.se/annons"
    page.note("ad_id", ad_id)
    src = f"https://{domain}/{ad_id}"
    html = "<html><body><h1>" + core.title + "</h1>\n" + "\n".join(f"<p>{x}</p>" for x in _body(core)) + "\n"
    html += f"<footer>{page.note('view_count', str(rng.randint(40, 9000)))} views</footer></body></html>"
    if not new:
        bound = (
            "----MultipartBoundary--" + page.token("mime_boundary", 42, string.ascii_letters + string.digits) + "----"
        )
        cid = page.token("content_id", 32, "0123456789ABCDEF")
        head = [
            "From: <Saved by Blink>",
            f"Snapshot-Content-Location: {src}",
            f"Subject: {core.title}",
            "Date: " + page.note("mime_date", _rfc822(t)),
            "MIME-Version: 1.0",
            f'Content-Type: multipart/related; type="text/html"; boundary="{bound}"',
            "",
            f"--{bound}",
            "Content-Type: text/html",
            f"Content-ID: <frame-{cid}@mhtml.blink>",
            "Content-Transfer-Encoding: binary",
            f"Content-Location: {src}",
            "",
        ]
        return src, core.title, "\n".join(head) + "\n" + html
    saved = f"{_WDAYS[t.weekday()]} {_MONTHS[t.month - 1]} {t.day:02d} {t.year} {t:%H:%M:%S} GMT+0100"
    saved = page.note("saved_date", saved)
    top = (
        f"<!--\n Page saved with SingleFile \n url: {src} \n saved date: {saved} (Central European Standard Time)\n-->"
    )
    return src, core.title, top + "\n" + html


def _cursor(page: Page, ad_id: str, t: datetime) -> str:
    raw = json.dumps({"id": ad_id, "ts": int(t.timestamp())}).encode()
    text = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    for run in re.findall(r"\d{4,}", text):
        page.furn.append({"kind": "cursor", "digits": run})
    return text


def nattapi(core: Core, page: Page, new: bool, ad_id: str, phone: tuple[str, str] | None) -> tuple[str, str, str]:
    """A classifieds' public API: first JSON:API pages with a paging cursor, later a GraphQL search with edges and
    ASCII-escaped strings after the move to api.nattliste.io. A listing may carry its first number as a field."""
    t, rng = core.when, page.rng
    page.note("listing_id", ad_id)
    desc = "\n".join(_body(core))
    created = page.note("timestamp", t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    views = int(page.note("view_count", str(rng.randint(10, 20000))))
    cursor = _cursor(page, ad_id, t)
    node: dict[str, Any] = {"title": core.title, "description": desc, "city": core.spelling, "created": created}
    node["price"] = {"amount": int(page.note("price", str(core.price))), "currency": _CUR[core.country]}
    if phone is not None:
        node["contact"] = {"msisdn" if new else "phone": phone[1]}
    node["stats"] = {"views": views}
    if not new:
        total = int(page.note("result_total", str(rng.randint(3000, 40000))))
        doc = {"data": [{"type": "listing", "id": ad_id, "attributes": node}],
               "meta": {"page": {"cursor": cursor, "size": 1}, "total": total},
               "links": {"next": f"/v1/listings?page[cursor]={cursor}"}}  # fmt: skip
        url = f"https://api.nattliste.no/v1/listings?page[cursor]={cursor}&page[size]=1"
        return url, core.title, json.dumps(doc, ensure_ascii=False, indent=1)
    node["id"] = ad_id
    doc = {"data": {"search": {"edges": [{"cursor": cursor, "node": node}],
                               "pageInfo": {"endCursor": cursor, "hasNextPage": True}}}}  # fmt: skip
    url = f"https://api.nattliste.io/graphql?op=Search&after={cursor}"
    body = json.dumps(doc, ensure_ascii=True)
    for code in re.findall(r"\\u(\d{4})", body):  # an escaped dash or heart prints four digits
        page.furn.append({"kind": "json_escape", "digits": code})
    return url, core.title, body


_EDIT = {
    "no": ("Endringslogg", "Versjon", "endret", "Pris", "By", "Tekst"),
    "sv": ("Ändringslogg", "Version", "ändrad", "Pris", "Stad", "Text"),
    "da": ("Ændringslog", "Version", "ændret", "Pris", "By", "Tekst"),
    "en": ("Edit history", "Version", "edited", "Price", "City", "Text"),
}


def endringer(core: Core, page: Page, new: bool, ad_id: str) -> tuple[str, str, str]:
    """A classified's edit history: the versions of one ad with what changed (price, city, a number); after the
    move to annonselogg.com, a unified diff between two versions."""
    t, rng = core.when, page.rng
    log, ver, edited, price, city, text = _EDIT[core.lang]
    n = rng.randint(2, 6)
    before = t - timedelta(days=rng.randint(1, 12), minutes=rng.randint(0, 600))
    old_price = core.price - rng.choice([200, 300, 500])
    page.note("ad_id", ad_id)
    lines = [_body(core)[0], *_body(core)[1:]]
    contact_lines = [f"{a}: {b}" if a else b for a, b in core.contacts]
    if not new:
        head = [
            f"{log} · {ad_id}",
            f"{ver} {n} · {edited} " + page.note("date", t.strftime("%d.%m.%Y %H:%M")),
            f"{price}: " + page.note("price", str(old_price)) + " → " + page.note("price", str(core.price)) + " kr",
        ]
        if core.old_city:
            head.append(f"{city}: {core.old_city} → {core.spelling}")
        body = []
        for x in lines:
            if x in contact_lines and core.old_contact is not None and x == contact_lines[0]:
                body += [f"- {core.old_contact}", f"+ {x}"]
            else:
                body.append(f"  {x}")
        head.append(f"{ver} {n - 1} · " + page.note("date", before.strftime("%d.%m.%Y %H:%M")))
        return (
            f"https://annonselogg.no/annonse/{ad_id}/historikk?v={n}",
            f"{log}: {core.title}",
            "\n".join([*head[:3], f"{text}:", *body, *head[3:]]),
        )
    stamp_a = page.note("timestamp", before.strftime("%Y-%m-%d %H:%M:%S"))
    stamp_b = page.note("timestamp", t.strftime("%Y-%m-%d %H:%M:%S"))
    out = [
        f"--- a/{ad_id}/v{n - 1}\t{stamp_a}",
        f"+++ b/{ad_id}/v{n}\t{stamp_b}",
        f"@@ -1,{len(lines) + 2} +1,{len(lines) + 2} @@",
    ]
    out.append(f"-{price}: " + page.note("price", str(old_price)))
    out.append(f"+{price}: " + page.note("price", str(core.price)))
    if core.old_city:
        out += [f"-{city}: {core.old_city}", f"+{city}: {core.spelling}"]
    for x in lines:
        if x in contact_lines and core.old_contact is not None and x == contact_lines[0]:
            out += [f"-{core.old_contact}", f"+{x}"]
        else:
            out.append(f" {x}")
    return f"https://annonselogg.com/diff/{ad_id}/{n - 1}..{n}", core.title, "\n".join(out)


def _split_cues(lines: list[str], rng: random.Random, keep: int) -> list[str]:
    """Cues of a few words each; the last `keep` lines (contacts) are cut only where the writer cut them."""
    cues: list[str] = []
    for i, x in enumerate(lines):
        for part in x.split(CUE):
            words = part.split(" ")
            while len(words) > 9 and i < len(lines) - keep:  # a cue holds a few words
                cut = rng.randint(5, 8)
                cues.append(" ".join(words[:cut]))
                words = words[cut:]
            cues.append(" ".join(words))
    return cues


def _ts(ms: int, vtt: bool) -> str:
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{m:02d}:{s:02d}.{ms:03d}" if vtt else f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def klipp(core: Core, page: Page, new: bool, ad_id: str) -> tuple[str, str, str]:
    """The subtitles of a video ad as its host serves them: an SRT file (cue numbers, timings), later WebVTT with
    cue settings after the host moved to clipnest.tv. A number may be cut between two cues."""
    rng = page.rng
    page.note("video_id", ad_id)
    contacts = [f"{a} {b}" if a else b for a, b in core.contacts] + ([core.email] if core.email else [])
    cues = [*_split_cues([core.intro, *core.sentences, *core.extra, *contacts], rng, len(contacts)), core.closer]
    at = rng.randint(200, 900)
    out = ["WEBVTT", "Kind: captions", f"Language: {core.lang}", ""] if new else []
    for i, cue in enumerate(cues, 1):
        dur = 900 + 260 * len(cue.split()) + rng.randint(0, 400)
        if new:
            out += [f"{_ts(at, True)} --> {_ts(at + dur, True)} line:{rng.choice([85, 90])}%", cue, ""]
        else:
            out += [str(i), f"{_ts(at, False)} --> {_ts(at + dur, False)}", cue, ""]
        at += dur + rng.randint(80, 400)
    if new:
        return (
            f"https://clipnest.tv/v/{ad_id}/captions.vtt",
            f"{core.alias} · {core.spelling} · captions",
            "\n".join(out),
        )
    stamp = page.note("file_time", core.when.strftime("%Y%m%d_%H%M%S"))
    return f"https://klipp.no/v/{ad_id}/subs/{core.lang}.srt", f"VID_{stamp}.srt", "\n".join(out)


def speil(core: Core, page: Page, new: bool, ad_id: str, support: str) -> tuple[str, str, str]:
    """A mirror of an ad board on an onion-like address: mirror number, sync time, the board's PGP fingerprint,
    listing hash, escrow price; later seen through a clearnet proxy (.onion.ly) with a verification line."""
    rng, t = page.rng, core.when
    onion = page.token("onion_address", 56, "abcdefghijklmnopqrstuvwxyz234567")
    lid = ad_id
    for run in re.findall(r"\d{4,}", lid):
        page.furn.append({"kind": "listing_hash", "digits": run})
    body = "\n".join(_body(core))
    sync = page.note("timestamp", t.strftime("%Y-%m-%d %H:%M"))
    if not new:
        fpr = " ".join(page.token("pgp_fingerprint", 4, "0123456789ABCDEF") for _ in range(10))
        page.note("pgp_fingerprint", fpr)
        head = [
            f"[ mirror {rng.randint(1, 5)} / 5 ] {onion}.onion · synced {sync} UTC",
            f"PGP {fpr}",
            f"Listing #{lid} · {core.spelling}",
        ]
        tail = [f"Vendor level {rng.randint(1, 5)} · feedback {rng.randint(80, 99)}.{rng.randint(0, 9)}%",
                f"Admin: {page.support(support)}"]  # fmt: skip
        return f"http://{onion}.onion/l/{lid}", f"{core.title} [{lid}]", "\n".join([*head, body, *tail])
    sig = page.token("signature", 16, "0123456789abcdef")
    head = [
        f"You are viewing {onion}.onion through onion.ly — we do not host this content.",
        f"Mirror verified · sig {sig}… · {sync}",
        f"| listing | {lid} |",
        f"| city | {core.spelling} |",
    ]
    return f"https://{onion}.onion.ly/l/{lid}?ref={page.num('proxy_ref', 6)}", core.title, "\n".join([*head, body])
