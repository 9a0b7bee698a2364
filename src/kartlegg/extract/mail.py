"""A mail as an ad, read as a mail client reads it: headers, MIME parts, quoted-printable, base64 (session 35).

A mailing-list archive serves each post as the list's web page (Mailman's pipermail view) or as the raw message
("view original"). Read as prose, the raw message's furniture becomes contacts: a ``Message-ID`` ("<20260812075854.5425
@agency.eu>") an address, a ``Received`` line's host and IP ("mx7 ([192.0.2.30])") a phone; its quoted-printable text
part's escapes look-alike digits ("=C2=B7 95-65-85") and its soft breaks ("=" at a line's end) cut numbers in two; and a
base64 HTML part, which may hold the only copy of a number, is never read. The pipermail view writes every sender
"booking at agency.eu" and a scrubbed attachment's dated URL (".../attachments/20260510/2288f691/attachment.html").

A mail is recognised by its shape, never by its site: a header block of "Name: value" lines opening the text with
at least ``_MIN_HEADERS`` of a mail's usual headers (From, To, Subject, Date, Message-ID, MIME-Version, Content-Type,
Received, Return-Path …), or a pipermail page ("-------------- next part --------------", "Messages sorted by:").
``read_mail`` then reads part by part: the values of the headers that name a person (From, Reply-To, Sender, To, Cc)
and the Subject are read, every other header (Received, Message-ID, References, List-*, DKIM, X-* …) is furniture;
each MIME part is decoded by its Content-Transfer-Encoding and charset (``quoted`` for quoted-printable, spans kept;
base64 with the stdlib), an HTML part as its text; parts that are no text are furniture. A pipermail page's sender
"local at domain.tld" (a known top-level domain) is read as the address it stands for, and its URLs (archive
links, scrubbed attachments) are furniture. Hostile input is bounded: parts, nesting and the decoded size.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
import re
from dataclasses import dataclass
from email.header import decode_header
from typing import Final

from kartlegg.extract import patterns, quoted, structured
from kartlegg.extract.lexicon import lexicon

#: Headers whose value is read: the persons a mail names, and its subject. Any other header is furniture.
_READ_HEADERS: Final = frozenset({"from", "reply-to", "sender", "to", "cc", "subject"})
#: Headers that only a mail opens with; a text whose first lines hold ``_MIN_HEADERS`` of them is a mail.
_MAIL_HEADERS: Final = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "received",
        "return-path",
        "reply-to",
        "delivered-to",
        "in-reply-to",
        "references",
        "list-id",
        "list-unsubscribe",
        "dkim-signature",
        "x-mailer",
        "user-agent",
        "sender",
    }
)
_MIN_HEADERS: Final = 3
#: The first line of a mail: a header's name and ":" (or an mbox "From " line).
_HEADER_LINE: Final = re.compile(r"([A-Za-z][A-Za-z0-9-]{0,60}):")
#: The lines of a pipermail (Mailman 2) page that no other text writes.
_PIPERMAIL_MARKS: Final = ("-- next part --", "Messages sorted by:")
#: How far into a text the header block or a pipermail page's sender is looked for.
_HEAD: Final = 4000
#: A pipermail page's head (subject, sender, date) ends before the first of these; its sender is on one of its lines.
_PAGE_HEAD_ENDS: Final = ("Previous message", "Messages sorted by", "-- next part --")
_SENDER_LINES: Final = 40
#: Bounds for a hostile mail: MIME parts read, nesting of multiparts and attached messages, decoded characters.
_MAX_PARTS: Final = 32
_MAX_DEPTH: Final = 4
_MAX_DECODED: Final = 200_000
#: "local at domain.tld" as pipermail writes a sender (and a header value may): the top-level domain is checked.
_AT_ADDRESS: Final = re.compile(
    r"(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}) at ((?:[A-Za-z0-9-]{1,63}\.){1,4}([A-Za-z]{2,12}))(?![\w.-])"
)
#: What may follow a sender's address to its line's end: blanks and tags ("</A><BR>"), a closing bracket.
_LINE_REST: Final = re.compile(r"(?:[ \t\r)>\]]|</?[A-Za-z]{1,10}>)*$")
#: A URL: its path holds dates and ids, never a contact (a tel: or wa.me link is no http(s) archive link).
_URL: Final = re.compile(r"https?://[^\s<>\"']{1,500}")
_MESSAGING_HOSTS: Final = ("wa.me", "t.me", "api.whatsapp.com", "signal.me")
#: HTML tags that end a line of text, and what an HTML part is read without.
_BLOCK_TAG: Final = re.compile(r"(?i)<(?:br|p|div|h[1-6]|li|tr|td|th|table|ul|ol|hr|blockquote|title)\b[^>]{0,500}>")
_TAG: Final = re.compile(r"<[^<>]{0,1000}>")
#: A link whose target a reader sees or follows (a number or an address): its target is read beside its text.
_CONTACT_LINK: Final = re.compile(
    r"""(?i)<a\b[^<>]{0,300}?\bhref\s*=\s*["']?((?:tel|sms|mailto|callto):[^"'<>\s]{1,200}|https?://(?:wa\.me|api\.whatsapp\.com|t\.me)/[^"'<>\s]{1,200})[^<>]{0,300}>"""
)
_HIDDEN: Final = re.compile(r"(?is)<(script|style|head)\b.{0,20000}?</\1\s*>")
#: An RFC 2047 encoded word in a header's value: charset, Q or B, the encoded text.
_ENCODED_WORD: Final = re.compile(r"=\?[A-Za-z0-9_.:-]{1,40}(?:\*[A-Za-z-]{1,20})?\?[QqBb]\?[^?\s]{0,600}\?=")
_BLANK_LINES: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def may_be_mail(text: str) -> bool:
    """The cheap gate: the text opens with a mail header's name and a colon (``_MAIL_HEADERS``, an "X-" header) or an
    mbox "From " line, or holds a pipermail page's mark."""
    head = text[:80].lstrip(structured.BLANKS)
    if head.startswith("From "):
        return True
    m = _HEADER_LINE.match(head)
    if m is not None:
        name = m.group(1).lower()
        if name in _MAIL_HEADERS or name.startswith(("x-", "arc-", "authentication-")):
            return True
    return _PIPERMAIL_MARKS[0] in text or _PIPERMAIL_MARKS[1] in text


def _header_block(text: str, start: int) -> tuple[list[tuple[str, int, int, int]], int]:
    """The header block from ``start``: each header as (lower-case name, line start, value start, value end, over its
    continuation lines), and where the body starts (after the blank line; the text's end when there is none). An
    unparsable line ends the block."""
    headers: list[tuple[str, int, int, int]] = []
    n = len(text)
    pos = start
    while pos < n and len(headers) < 200:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if not line.strip():
            return headers, min(n, end + 1)
        if line[0] in " \t" and headers:
            name, ls, vs, _ve = headers[-1]
            headers[-1] = (name, ls, vs, end)
        else:
            m = _HEADER_LINE.match(line)
            if m is None:
                if not headers and line.startswith("From "):  # an mbox separator line
                    pos = end + 1
                    continue
                return headers, pos
            headers.append((m.group(1).lower(), pos, pos + m.end(), end))
        pos = end + 1
    return headers, n


def _is_mail(headers: list[tuple[str, int, int, int]]) -> bool:
    names = {h[0] for h in headers}
    return len(names & _MAIL_HEADERS) >= _MIN_HEADERS and bool(
        names & {"from", "message-id", "mime-version", "received", "return-path"}
    )


@dataclass(frozen=True, slots=True)
class _Part:
    """What a MIME entity's headers say of its body: its content type (lower case), its transfer encoding, its
    charset and its multipart boundary ("" when none)."""

    ctype: str
    encoding: str
    charset: str
    boundary: str


#: An entity without a Content-Type (RFC 2045 5.2).
_PLAIN: Final = _Part("text/plain", "7bit", "utf-8", "")


@functools.lru_cache(maxsize=1024)
def _part(content_type: str, encoding: str) -> _Part:
    """The Content-Type value's type and its charset and boundary parameters (a quoted value may hold ";"; RFC 2231
    continuations are not read), and the transfer encoding, as a mail client takes them."""
    fields: list[str] = []
    quoted = False
    last = 0
    for i, c in enumerate(content_type):
        if c == '"':
            quoted = not quoted
        elif c == ";" and not quoted:
            fields.append(content_type[last:i])
            last = i + 1
    fields.append(content_type[last:])
    ctype = fields[0].strip().lower() or "text/plain"
    params: dict[str, str] = {}
    for f in fields[1:]:
        key, eq, value = f.partition("=")
        if eq:
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('\\"', '"')
            params[key.strip().lower()] = value
    charset = params.get("charset", "utf-8").lower() or "utf-8"
    return _Part(ctype, encoding.strip().lower() or "7bit", charset, params.get("boundary", ""))


def _html_text(markup: str) -> str:
    """An HTML part's text as a mail client shows it: scripts and styles dropped, block tags as line breaks, other
    tags removed, character references decoded."""
    t = _HIDDEN.sub(" ", markup)
    if "href" in t:
        t = _CONTACT_LINK.sub(lambda m: "\n" + m.group(1) + "\n", t)
    t = _BLOCK_TAG.sub("\n", t)
    t = _TAG.sub(" ", t)
    t = html.unescape(t)
    return _BLANK_LINES.sub("\n", t)


@functools.cache
def _tlds() -> frozenset[str]:
    return frozenset(t.lower() for t in lexicon().tlds)


def _at_addresses(
    text: str, start: int, end: int, edits: list[tuple[int, int, str]], moves: list[tuple[int, int]]
) -> None:
    """A sender's "local at domain.tld" at the end of ``text[start:end]`` written as "local@domain.tld", padded with
    blanks to its length, when its top-level domain is known; ``moves`` point the "@" at the " at " and the domain
    at the domain as written."""
    if " at " not in text[start:end]:
        return
    for m in _AT_ADDRESS.finditer(text, start, end):
        if m.group(3).lower() not in _tlds() or _LINE_REST.match(text, m.end(), end) is None:
            continue  # an unknown top-level domain, or words after it: prose ("meet at hotel.no tonight")
        local, domain = m.group(1), m.group(2)
        address = local + "@" + domain
        edits.append((m.start(), m.end(), address + " " * (m.end() - m.start() - len(address))))
        at = m.start() + len(local)
        moves.extend(((at, at + 1), (at + 1, m.start(2)), (m.end(), m.end())))


def _encoded_words(text: str, start: int, end: int, edits: list[tuple[int, int, str]]) -> None:
    """Each RFC 2047 encoded word in ``text[start:end]`` ("=?utf-8?Q?Bj=C3=B8rg?=") written as its text, padded with
    blanks to its length: the rest of the value (an address) stays where it is written."""
    for m in _ENCODED_WORD.finditer(text, start, end):
        try:
            words = decode_header(m.group())
        except (ValueError, LookupError, binascii.Error):
            continue
        out: list[str] = []
        for part, charset in words:
            if isinstance(part, str):
                out.append(part)
            elif charset and _known(charset):
                out.append(part.decode(charset, errors="replace"))
            else:
                out.append(part.decode("latin-1"))
        plain = "".join(out).replace("\n", " ")[: m.end() - m.start()]
        edits.append((m.start(), m.end(), plain + " " * (m.end() - m.start() - len(plain))))


class _Reader:
    """One mail's source, built as edits of the raw text (same length each) with their moves, and the spans read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[tuple[int, int, str]] = []
        #: (0, 0) first: every span is restored to the raw text (``structured.restore``), a decoded base64 or HTML
        #: part's to the same places in its encoded block
        self.moves: list[tuple[int, int]] = [(0, 0)]
        self.keep: list[tuple[int, int]] = []
        self.parts = 0
        self.decoded = 0

    def put(self, start: int, end: int, decoded: str) -> None:
        """``decoded`` written at ``start`` in place of ``text[start:end]``, padded with blanks (cut when longer); each
        of its characters restored to the raw character at the same place."""
        width = end - start
        decoded = decoded[:width]
        self.decoded += len(decoded)
        self.edits.append((start, end, decoded + " " * (width - len(decoded))))
        self.keep.append((start, start + len(decoded)))

    def headers(self, start: int) -> tuple[_Part, int]:
        """Read the header block at ``start``: the read headers' values kept (an encoded word decoded), the rest
        furniture; what they say of the body and the body's start."""
        text = self.text
        block, body = _header_block(text, start)
        content_type = encoding = ""
        for name, _ls, vs, ve in block:
            if name == "content-type":
                content_type = " ".join(text[vs:ve].split())
            elif name == "content-transfer-encoding":
                encoding = text[vs:ve]
            if name not in _READ_HEADERS:
                continue
            if "=?" in text[vs:ve]:
                _encoded_words(text, vs, ve, self.edits)
            if name != "subject":
                _at_addresses(text, vs, ve, self.edits, self.moves)
            self.keep.append((vs, ve))
        if not content_type:
            return (_PLAIN if not encoding else _part("text/plain", encoding)), body
        return _part(content_type, encoding), body

    def entity(self, start: int, end: int, depth: int) -> None:
        """A message or a MIME part from ``start`` to ``end``: its headers, then its body by its content type."""
        if self.parts >= _MAX_PARTS or self.decoded > _MAX_DECODED:
            return
        self.parts += 1
        part, body = self.headers(start)
        ctype = part.ctype
        if body >= end:
            return
        if ctype.startswith("multipart/"):
            if part.boundary and depth < _MAX_DEPTH:
                self.multipart(body, end, part.boundary, depth + 1)
            return
        if ctype == "message/rfc822" and depth < _MAX_DEPTH:
            self.entity(body, end, depth + 1)
            return
        if not ctype.startswith("text/"):
            return  # an image, an attachment: furniture
        self.leaf(body, end, ctype, part.encoding, part.charset)

    def multipart(self, start: int, end: int, boundary: str, depth: int) -> None:
        """The parts between the boundary lines ("--boundary"); the preamble, the epilogue and those lines are
        furniture."""
        text = self.text
        mark = "--" + boundary
        pos = text.find(mark, start, end)
        while 0 <= pos < end and self.parts < _MAX_PARTS:
            line_end = text.find("\n", pos, end)
            if line_end < 0 or text.startswith(mark + "--", pos):
                return
            nxt = text.find("\n" + mark, line_end, end)
            part_end = end if nxt < 0 else nxt + 1
            self.entity(line_end + 1, part_end, depth)
            pos = nxt + 1 if nxt >= 0 else -1

    def leaf(self, start: int, end: int, ctype: str, cte: str, charset: str) -> None:
        """A text part decoded by its transfer encoding and charset; an HTML part read as its text."""
        text = self.text
        raw = text[start:end]
        if ctype == "text/plain" and cte == "quoted-printable":
            decoded, moves = quoted.decode(raw, charset, start)
            self.decoded += len(decoded)
            self.edits.append((start, end, decoded))
            self.moves.extend(moves)
            self.keep.append((start, end))
            return
        if cte == "base64":
            try:
                data = base64.b64decode("".join(raw.split())[: _MAX_DECODED * 2], validate=True)
            except (binascii.Error, ValueError):
                return
            body = data.decode(charset, errors="replace") if _known(charset) else data.decode("latin-1")
        elif cte == "quoted-printable":
            body = quoted.decode(raw, charset)[0]
        else:
            if ctype != "text/html":
                self.keep.append((start, end))
                return
            body = raw
        if ctype == "text/html":
            body = _html_text(body)
        self.put(start, end, body)


@functools.lru_cache(maxsize=64)
def _known(charset: str) -> bool:
    try:
        "".encode(charset)
    except LookupError:
        return False
    return True


def _pipermail(text: str) -> structured.Reading | None:
    """A pipermail page (text or HTML): the sender's "local at domain.tld" read as the address (in the page's head,
    before its navigation lines); URLs and, in an HTML page, tags are furniture; the rest is read."""
    edits: list[tuple[int, int, str]] = []
    moves: list[tuple[int, int]] = [(0, 0)]  # spans are restored to the raw text (``structured.restore``)
    head = min(_HEAD, len(text))
    for mark in _PAGE_HEAD_ENDS:
        k = text.find(mark, 0, head)
        if k >= 0:
            head = k
    pos = 0
    for _ in range(_SENDER_LINES):
        nl = text.find("\n", pos, head)
        end = head if nl < 0 else nl
        _at_addresses(text, pos, end, edits, moves)
        if nl < 0:
            break
        pos = nl + 1
    source = patterns.splice_first(text, edits)
    furniture = [m.span() for m in _URL.finditer(source) if not _messaging(m.group())]
    if "</" in source:
        furniture.extend(m.span() for m in _TAG.finditer(source))
    keep: list[tuple[int, int]] = []
    last = 0
    for s, e in sorted(furniture):
        if s > last:
            keep.append((last, s))
        last = max(last, e)
    keep.append((last, len(source)))
    return structured.Reading(structured.assemble(source, keep), source, tuple(moves), (), "pipermail")


def _messaging(url: str) -> bool:
    """Is ``url`` a messaging link (wa.me, t.me …), whose path is a number or a handle?"""
    host = url[url.find("//") + 2 :].split("/", 1)[0].lower()
    return host.endswith(_MESSAGING_HOSTS)


def read_mail(text: str) -> structured.Reading | None:
    """The mail read part by part (module docstring), or None when the text has no mail's shape."""
    if not may_be_mail(text):
        return None
    start = len(text) - len(text.lstrip(structured.BLANKS))
    block, _body = _header_block(text[: start + _HEAD], start)
    if not _is_mail(block):
        if _PIPERMAIL_MARKS[0] in text or _PIPERMAIL_MARKS[1] in text:
            return _pipermail(text)
        return None
    reader = _Reader(text)
    reader.entity(start, len(text), 0)
    source = patterns.splice_first(text, reader.edits)
    keep = sorted(reader.keep)
    reader.moves.sort()
    return structured.Reading(structured.assemble(source, keep), source, tuple(reader.moves), (), "mail")
