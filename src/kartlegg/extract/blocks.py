"""Structured blocks found anywhere in a field, each read by its format while the prose around it stays prose
(issue 14, session 35).

``formats`` reads a body that *is* a calendar, a CSV dump or JSON. A page may instead hold such a block between
its header and its footer: a directory's contact card (``BEGIN:VCARD`` … ``END:VCARD``, vCard 2.1 or 4.0), a
wiki's Markdown table (a row of cells over a rule line ``|---|---|``), a MediaWiki table (``{|`` … ``|}``) or an
infobox (``{{Infoboks …`` with ``| key = value`` lines). Read as prose, a card's ``REV:20260511T084251Z``,
``UID:urn:uuid:…`` and ``GEO:geo:…`` become phones, and a price table's cells run together across rows ("| 30 | 450
|⏎| 60 | 850 |" read as one number). Each block is read here by its shape:

- a card or event: property by property as ``icalendar`` reads a whole calendar (furniture properties blanked by
  name, ``data/fields.yaml``), its folded lines joined, and a vCard 2.1 value in ``ENCODING=QUOTED-PRINTABLE``
  decoded (its ``=XX`` bytes as the characters a mail client shows, its soft breaks "=⏎" joined). A card quoted on
  one line of prose ("Mobile: BEGIN:VCARD TEL;…") is no block: a block opens a line.
- a table: each cell apart (a border is a sign no number crosses, ``structured.STOP``), a row labelled by its first
  cell ("Org.nr", "CVR", "Telefon") read as that field, a column by its header; furniture (ids, times, dates,
  coordinates, links, counts) blanked, prices and text kept, an age column read as the stated age.
- an infobox: each ``| key = value`` line read by its key.

Ids by their shape, wherever they stand in such a field, are never numbers: a UUID or any run of hex groups that
holds a letter a-f ("5b79fea8-b451-766d-…"), and a basic ISO timestamp ("20260803T205617Z"). So is a hex token or
a fingerprint's blank-joined groups in any body (``hex_ids``, session 40: "PGP F8E6 AE0E … 7586 4633", "sig
3c93720703b4bb57…", a commit, a wallet's or tracking id): not even its all-digit groups are a phone's.

Decoding moves characters (a quoted-printable "=C3=B8" is one "ø"): the field's ``source`` is the decoded text padded
with blanks to the raw length at each logical line's end, and ``moves`` point it back at the raw text
(``structured.Reading``).
"""

from __future__ import annotations

import re
from typing import Final

from kartlegg.extract import icalendar, structured
from kartlegg.extract.letters import contact_cued
from kartlegg.extract.patterns import latin1

#: The lines of a block read at most (a longer run is read as prose after it).
_MAX_LINES: Final = 400
_CARD_OPENS: Final = ("BEGIN:VCARD", "BEGIN:VCALENDAR", "BEGIN:VEVENT")
_HEX: Final = frozenset("0123456789abcdefABCDEF")
_HEX_LETTERS: Final = frozenset("abcdefABCDEF")
#: Before an id's first group: a link's ("/p/1b99dc5f-…", "?id=…"), read by the URL readers, or a longer word's
#: ("x-1b99…": the word was looked at from its own start).
_NOT_BEFORE: Final = frozenset("/?&=#._-")
#: Classes of a table cell or an infobox value that are blanked; price and text are read, an age is the stated age.
_BLANKED: Final = frozenset(("id", "time", "date", "geo", "url", "count"))


def may_hold_blocks(text: str) -> bool:
    """The cheap gate: a line that may open a table ("|", "{|") or a card ("BEGIN:V…"). Found by a one-character
    ``str.find`` (a wide text's search for a longer needle costs ~1 µs) and a look at each hit's line start; a card in
    lower case ("begin:vcard") is not looked for."""
    i = text.find("|")
    while i >= 0:
        if i == 0 or text[i - 1] == "\n" or (text[i - 1] == "{" and (i == 1 or text[i - 2] == "\n")):
            return True
        i = text.find("|", i + 1)
    i = text.find("V", 6)
    while i >= 0:
        if text[i - 1] == ":" and text.startswith("BEGIN:", i - 6):
            return True
        i = text.find("V", i + 1)
    return False


class Source:
    """The field's source built piece by piece: raw text copied, or text standing for raw characters elsewhere;
    ``moves`` records each place where a source position stops being its raw position plus the last offset."""

    __slots__ = ("delta", "moves", "parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.moves: list[tuple[int, int]] = []
        self.pos = 0
        self.delta = 0

    def put(self, piece: str, raw_pos: int) -> None:
        if not piece:
            return
        if raw_pos - self.pos != self.delta:
            self.moves.append((self.pos, raw_pos))
            self.delta = raw_pos - self.pos
        self.parts.append(piece)
        self.pos += len(piece)

    def text(self) -> str:
        return "".join(self.parts)


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _opens_card(line: str) -> bool:
    head = line.lstrip(" \t")[:16].upper()
    return head.startswith(_CARD_OPENS)


def _decode_qp(raw: str, segments: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """The characters of a quoted-printable value written over ``segments`` of ``raw`` (its soft breaks left out),
    each with the raw position it stands for: "=C3=B8" one "ø" at the "=" (UTF-8, else each byte as Latin-1)."""
    chars: list[tuple[str, int]] = []
    pending: list[int] = []
    pending_at: list[int] = []

    def flush() -> None:
        if not pending:
            return
        data = bytes(pending)
        try:
            decoded = data.decode("utf-8")
            # one character per complete UTF-8 sequence, at the raw place of its first byte
            k = 0
            for ch in decoded:
                chars.append((ch, pending_at[k]))
                k += len(ch.encode("utf-8"))
        except UnicodeDecodeError:
            for b, at in zip(data, pending_at, strict=True):
                chars.append((chr(b), at))
        pending.clear()
        pending_at.clear()

    flat: list[tuple[str, int]] = []
    for s, e in segments:
        for i in range(s, e):
            flat.append((raw[i], i))
    i = 0
    n = len(flat)
    while i < n:
        c, at = flat[i]
        if c == "=" and i + 2 < n and flat[i + 1][0] in _HEX and flat[i + 2][0] in _HEX:
            pending.append(int(flat[i + 1][0] + flat[i + 2][0], 16))
            pending_at.append(at)
            i += 3
            continue
        flush()
        chars.append((c, at))
        i += 1
    flush()
    return chars


def _quoted_printable(params: str) -> bool:
    up = params.upper()
    return "QUOTED-PRINTABLE" in up


def _card(text: str, start: int, src: Source, keep: list[tuple[int, int]]) -> int:
    """Read the card or event whose first line starts at ``start``: its logical lines (folds and soft breaks joined)
    into ``src``, the spans of its text values into ``keep``; the raw position after its last line."""
    n = len(text)
    pos = start
    lines = 0
    depth = 0
    while pos < n and lines < _MAX_LINES:
        end = _line_end(text, pos)
        first = text[pos:end].rstrip("\r")
        colon = icalendar.value_start(first)
        semi = first.find(";", 0, colon) if colon > 0 else -1
        name = first[: semi if semi >= 0 else colon] if colon > 0 else ""
        qp = bool(name) and semi >= 0 and _quoted_printable(first[semi:colon])
        # the logical line: its physical lines' contents (a fold's blank and a soft break's "=" left out)
        segments = [(pos, pos + len(first))]
        last_end = end
        while last_end < n and lines < _MAX_LINES:
            nxt = last_end + 1
            if qp and text[segments[-1][1] - 1 : segments[-1][1]] == "=":
                s, e = segments[-1]
                segments[-1] = (s, e - 1)
                seg_end = _line_end(text, nxt)
                segments.append((nxt, nxt + len(text[nxt:seg_end].rstrip("\r"))))
                last_end = seg_end
            elif nxt < n and text[nxt] in " \t" and not qp:
                seg_end = _line_end(text, nxt)
                segments.append((nxt + 1, nxt + 1 + len(text[nxt + 1 : seg_end].rstrip("\r"))))
                last_end = seg_end
            else:
                break
            lines += 1
        lines += 1
        line_start = src.pos
        if qp and colon > 0:
            head_end = pos + colon + 1
            src.put(text[pos:head_end], pos)
            body = [(max(s, head_end), e) for s, e in segments if e > head_end]
            for ch, at in _decode_qp(text, body):
                src.put(ch, at)
        else:
            for s, e in segments:
                src.put(text[s:e], s)
        content_end = src.pos
        pad = last_end - pos - (content_end - line_start)
        if pad > 0:
            src.put(" " * pad, last_end - pad)  # the logical line ends where its raw text ends
        if last_end < n:
            src.put(text[last_end], last_end)
        if not name or len(name) > 64 or not name.replace("-", "").isalnum():
            keep.append((line_start, content_end))
        elif structured.field_class(name) in structured.READ:
            keep.append((line_start + colon + 1, content_end))
        pos = last_end + 1
        word = first.lstrip(" \t")[:6].upper()
        if word.startswith("BEGIN:"):
            depth += 1
        elif word.startswith("END:"):
            depth -= 1
            if depth <= 0:
                break
    return min(pos, n)


def _cells(line: str, base: int, sep: str) -> list[tuple[int, int]]:
    """The spans (blanks stripped, in the field) of a table line's cells split at ``sep``."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(line)
    while i <= n:
        j = line.find(sep, i)
        if j < 0:
            j = n
        s, e = i, j
        while s < e and line[s] in " \t\r":
            s += 1
        while e > s and line[e - 1] in " \t\r":
            e -= 1
        out.append((base + s, base + e))
        i = j + len(sep)
    return out


def _is_rule(line: str) -> bool:
    """A Markdown table's rule line: "|---|:--:|", "|:-|-:|" (dashes, colons, pipes and blanks only)."""
    s = line.strip()
    return len(s) >= 3 and "-" in s and ("|" in s or "---" in s) and not s.strip("|-: \t")


def _class(name: str) -> str:
    return structured.field_class(name) if structured.known_names((name,)) else "text"


def _row(
    text: str,
    cells: list[tuple[int, int]],
    columns: list[str],
    fields: list[tuple[str, int, int]],
) -> None:
    """One table row's cells as fields: labelled by its first cell when that names a field ("Org.nr", "Telefon"),
    else each by its column's header."""
    if not cells:
        return
    label = _class(text[cells[0][0] : cells[0][1]])
    if label != "text" and len(cells) > 1:
        fields.append(("text", *cells[0]))
        for s, e in cells[1:]:
            fields.append((label, s, e))
        return
    for k, (s, e) in enumerate(cells):
        fields.append((columns[k] if k < len(columns) else "text", s, e))


def _markdown(text: str, start: int, fields: list[tuple[str, int, int]]) -> int:
    """Read a Markdown table whose header row starts at ``start`` (its rule line follows); the position after it."""
    n = len(text)
    end = _line_end(text, start)
    header = text[start:end].strip()
    base = start + text[start:end].index(header[0])
    cells = _cells(header.strip("|"), base + (1 if header.startswith("|") else 0), "|")
    columns = [_class(text[cs:ce]) for cs, ce in cells]
    for cs, ce in cells:
        fields.append(("text", cs, ce))
    pos = _line_end(text, end + 1) + 1  # past the rule line
    lines = 0
    while pos < n and lines < _MAX_LINES:
        end = _line_end(text, pos)
        line = text[pos:end]
        s = line.strip()
        if not s.startswith("|"):
            break
        lead = line.index("|")
        inner = s[1:-1] if s.endswith("|") and len(s) > 1 else s[1:]
        _row(text, _cells(inner, pos + lead + 1, "|"), columns, fields)
        pos = end + 1
        lines += 1
    return pos


def _mediawiki(text: str, start: int, fields: list[tuple[str, int, int]]) -> int:
    """Read a MediaWiki table opened by "{|" at ``start``: header cells ("!" lines, "!!") name the columns, each
    row ("|-") its cells ("|" lines, "||"); a cell's attributes before a single "|" are left out."""
    n = len(text)
    pos = _line_end(text, start) + 1
    columns: list[str] = []
    row: list[tuple[int, int]] = []
    lines = 0
    while pos < n and lines < _MAX_LINES:
        end = _line_end(text, pos)
        line = text[pos:end]
        s = line.lstrip(" \t")
        lead = pos + len(line) - len(s)
        lines += 1
        if s.startswith("|}"):
            _row(text, row, columns, fields)
            return end + 1
        if s.startswith("|-"):
            _row(text, row, columns, fields)
            row = []
        elif s.startswith("|+"):
            fields.append(("text", lead + 2, lead + len(s.rstrip())))
        elif s.startswith("!"):
            sep = "!!" if "!!" in s else "||"
            for cs, ce in _cells(s[1:], lead + 1, sep):
                cs = _past_attributes(text, cs, ce)
                columns.append(_class(text[cs:ce]))
                fields.append(("text", cs, ce))
        elif s.startswith("|"):
            for cs, ce in _cells(s[1:], lead + 1, "||"):
                row.append((_past_attributes(text, cs, ce), ce))
        else:
            if row:
                _row(text, row, columns, fields)
                row = []
            fields.append(("text", pos, end))
        pos = end + 1
    _row(text, row, columns, fields)
    return pos


def _past_attributes(text: str, s: int, e: int) -> int:
    """A cell's content start: after 'style="…" |' when the cell holds one single "|" after an attribute's "="."""
    bar = text.find("|", s, e)
    if bar > s and "=" in text[s:bar]:
        s = bar + 1
        while s < e and text[s] in " \t":
            s += 1
    return s


def _template(text: str, start: int, fields: list[tuple[str, int, int]]) -> int:
    """Read an infobox opened by "{{" at ``start``: each "| key = value" line's value by its key, any other line
    as text; the position after its closing "}}" line."""
    n = len(text)
    pos = start
    lines = 0
    while pos < n and lines < _MAX_LINES:
        end = _line_end(text, pos)
        line = text[pos:end]
        s = line.lstrip(" \t")
        lead = pos + len(line) - len(s)
        eq = s.find("=")
        if s.startswith("|") and eq > 1:
            key = s[1:eq].strip()
            kind = _class(key) if key else "text"
            fields.append(("text", lead + 1, lead + eq))
            vs = lead + eq + 1
            while vs < end and text[vs] in " \t":
                vs += 1
            fields.append((kind, vs, lead + len(s.rstrip())))
        else:
            fields.append(("text", pos, end))
        pos = end + 1
        lines += 1
        if s.rstrip().endswith("}}"):
            break
    return pos


def _hex_run(text: str, i: int) -> int:
    """The end of the run of hex groups joined by "-" that starts at ``i`` when it is an id by its shape (two
    groups or more, one of 8 or more characters, a letter a-f in it, no letter or digit after it), else ``i``."""
    n = len(text)
    j = i
    groups = 0
    longest = 0
    letter = False
    while j < n:
        k = j
        while k < n and text[k] in _HEX:
            if text[k] in _HEX_LETTERS:
                letter = True
            k += 1
        if k == j:
            break
        groups += 1
        longest = max(longest, k - j)
        if k + 1 < n and text[k] == "-" and text[k + 1] in _HEX:
            j = k + 1
            continue
        j = k
        break
    if groups >= 2 and longest >= 8 and letter and (j >= n or not text[j].isalnum()):
        return j
    return i


def shaped_ids(text: str) -> list[tuple[int, int]]:
    """Spans of ids by their shape in ``text``: hex groups joined by "-" with a letter a-f ("1b99dc5f-b1e1-407c-…",
    not in a link's path) and basic ISO timestamps ("20260718T073059Z", "20260718T0730"); their digits are never a
    number's. Cheap for prose: a look at each "-" and each "T" (``str.find``), a walk only where digits stand."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = text.find("-")
    while i >= 0:
        if i == 0 or i + 1 >= n or text[i - 1] not in _HEX or text[i + 1] not in _HEX:
            i = text.find("-", i + 1)  # a dash between words or blanks: no id's
            continue
        s = i
        while s > 0 and i - s < 40 and text[s - 1] in _HEX:
            s -= 1
        if s < i and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in _NOT_BEFORE)):
            e = _hex_run(text, s)
            if e > s:
                out.append((s, e))
                i = text.find("-", e)
                continue
        i = text.find("-", i + 1)
    t = text.find("T", 8)
    while t >= 0:
        if t + 1 < len(text) and text[t - 1].isdigit() and text[t + 1].isdigit():
            s = t - 8
            if (
                text[s:t].isdigit()
                and text[s:t].isascii()
                and text[t + 1 : t + 5].isdigit()
                and text[t + 1 : t + 5].isascii()
                and (s == 0 or not text[s - 1].isalnum())
            ):
                e = t + 5
                while e < len(text) and e < t + 7 and text[e].isdigit():
                    e += 1
                if e < len(text) and text[e] == "Z":
                    e += 1
                out.append((s, e))
        t = text.find("T", t + 1)
    out.extend(hex_ids(text))
    if "." in text:
        out.extend(ipv4_addresses(text))
    u = text.find("_")
    while u >= 0:
        stamp = _file_stamp(text, u)
        if stamp is not None:
            out.append(stamp)
        u = text.find("_", u + 1 if stamp is None else stamp[1])
    if len(out) > 1:
        out.sort()
    return out


#: A candidate hex id: one run of eight or more hex characters (a hash, a signature, a listing's hash), or four or
#: more groups of four joined by a blank, ":" or "-" (a PGP fingerprint, an IPv6 address, a licence key).
#: Its first character written apart from the next three (the same pattern): ``re`` skips to the characters that
#: can open it instead of trying the whole pattern at every one (a pattern that opens with a repeat has no such
#: scan).
_HEX_ID: Final = re.compile(r"[0-9A-Fa-f][0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{4,}|(?:[ :\-][0-9A-Fa-f]{4}){3,}(?![0-9A-Za-z]))")
#: Hex letters that no writer puts for a digit (``letters``' look-alikes are A, B, E and b): a token with one of
#: them is no number written in letters ("3c93720703b4bb57", "45fba51b"; not "4B767474").
_NOT_LOOKALIKE: Final = frozenset("acdefCDF")
#: A hex run this long holds more characters than any phone number (E.164: 15 digits): an id whatever its letters.
_LONGER_THAN_PHONE: Final = 16


def hex_ids(text: str) -> list[tuple[int, int]]:
    """Spans of hex ids by their shape (issue 14, session 40): a token of digits and a-f/A-F only, with a digit and
    a letter, eight characters or more, and a run of four or more groups of four such characters joined by a blank
    ":" or "-" with a letter in one group ("PGP F8E6 AE0E 70BA … 7586 4633", "sig 3c93720703b4bb57…", "Listing
    #45fba51b", a git commit, a wallet's or a tracking id, a UUID's groups). Their digits are never a phone's, not
    even an all-digit group at the run's end, and no letter in them is read as a digit. A single token whose letters
    are all look-alikes of digits (A, B, E, b: "4B767474") is an id only when it is longer than any number, or
    written after "#" as a listing's number is: else it may be a number written in letters (``letters``). A token
    glued to a word character, or that opens an e-mail address or a domain ("3fa9c2d1@…", "a3f9c2d1.example"),
    is left to its readers. The gate: the text as classes (one ``bytes.translate``) and a ``str.find`` of a digit
    glued to a hex letter ("a0", "0a"); the pattern runs only about such a place."""
    out: list[tuple[int, int]] = []
    cls = latin1(text).translate(_HEX_CLASS)
    glued = cls.decode("ascii")  # "0" for a digit, "a" for a-f/A-F: an id holds a digit glued to a hex letter
    a0 = glued.find("a0")
    z0 = glued.find("0a")
    done = 0
    while a0 >= 0 or z0 >= 0:
        hit = a0 if z0 < 0 or 0 <= a0 < z0 else z0
        if hit >= done:
            done = _hex_ids_near(text, hit, done, out)
        if hit == a0:
            a0 = glued.find("a0", max(hit + 1, done))
        else:
            z0 = glued.find("0a", max(hit + 1, done))
    return out


#: ``hex_ids``' classes: "0" for a digit, "a" for a hex letter, a blank for anything else.
_HEX_CLASS: Final = bytes(
    ord("0") if chr(b).isdigit() and b < 128 else ord("a") if chr(b) in "abcdefABCDEF" else ord(" ") for b in range(256)
)
#: How far before a digit glued to a hex letter a hex id may open (a fingerprint of ten groups: 49 characters), and
#: how far after it it may end (a SHA-512 in hex: 128 characters).
_HEX_BEFORE: Final = 60
_HEX_AFTER: Final = 140


def _hex_ids_near(text: str, hit: int, done: int, out: list[tuple[int, int]]) -> int:
    """Add the hex ids of ``_HEX_ID`` that hold ``hit`` (a digit glued to a hex letter) to ``out``; the end of the
    text looked at."""
    n = len(text)
    end = min(n, hit + _HEX_AFTER)
    for m in _HEX_ID.finditer(text, max(done, hit - _HEX_BEFORE), end):
        if m.start() > hit:
            return m.start()
        if m.end() <= hit:
            continue
        s, e = m.start(), m.end()
        hashed = s > 0 and text[s - 1] == "#" and (s == 1 or not (text[s - 2].isalnum() or text[s - 2] in "/_"))
        if s >= 2 and text[s - 2 : s] in ("0x", "0X") and (s == 2 or not text[s - 3].isalnum()):
            s -= 2  # "0x52908400…": a wallet's address or a constant written with its hex prefix
        elif s and not hashed and (text[s - 1].isalnum() or text[s - 1] in _NOT_BEFORE or text[s - 1] == "@"):
            continue  # a link's part ("/l/7b695548", "?sid=…": the URL readers'), a word's or an address's tail
        elif s >= 2 and text[s - 2] == "=" and text[s - 1] in "\"'":
            continue  # a markup attribute's value ('data-cfemail="…"': an encoded address, ``cfemail``'s)
        if e < n:
            c = text[e]
            if c.isalnum() or c in "_@-" or (c == "." and e + 1 < n and text[e + 1].isalnum()):
                continue
        raw = m.group()
        digit = letter = other = False
        for ch in raw:
            if "0" <= ch <= "9":
                digit = True
            elif ch in _NOT_LOOKALIKE:
                letter = other = True
            elif ch != " " and ch != ":" and ch != "-":
                letter = True
        if not (digit and letter):
            continue
        prefixed = e - s > len(raw)  # "0x…"
        grouped = len(raw) >= 19 and not raw[4].isalnum()  # four groups of four or more
        if grouped or prefixed or other or hashed or e - s >= _LONGER_THAN_PHONE:
            out.append((s, e))
        return m.end()
    return hit + 1


#: A dotted quad: four groups of one to three ASCII digits joined by ".", not followed by more dotted digits (what
#: stands before it is asked by ``_quads``: a pattern opening with a look-behind is tried at every character).
_QUAD: Final = re.compile(r"([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})(?![0-9]|\.[0-9])")
#: Words that label an address of a machine on the line before it ("IP", "Source-IP:", "IP-adresse", "ip=").
_IP_LABEL: Final = re.compile(r"(?<![^\W_])(?:IP|ip|Ip)(?![^\W\d_])")
#: How far before a dotted quad its label may stand ("Source-IP: ", "IP-adresse ", "IP address: ").
_IP_LABEL_BEFORE: Final = 24


def _quads(text: str) -> list[re.Match[str]]:
    """``_QUAD``'s matches that no digit or "." stands before, in order, found from each "." with a digit on both
    sides (``str.find``: prose's dots are a sentence's end, and most texts hold no such dot at all)."""
    out: list[re.Match[str]] = []
    n = len(text)
    done = 0
    i = text.find(".")
    while i >= 0:
        # ``ord`` of a character: compiled, a comparison of integers, not of two strings (~0.3 k instructions)
        if 0 < i < n - 1 and 48 <= ord(text[i - 1]) <= 57 and 48 <= ord(text[i + 1]) <= 57 and i > done:
            s = i - 1
            while s > 0 and i - s < 3 and 48 <= ord(text[s - 1]) <= 57:
                s -= 1
            if s == 0 or not (48 <= ord(text[s - 1]) <= 57 or text[s - 1] == "."):
                m = _QUAD.match(text, s)
                if m is not None:
                    out.append(m)
                    done = m.end()
            else:
                done = i  # inside a longer run of dotted digits: its first dot decided
        i = text.find(".", i + 1)
    return out


def ipv4_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of IPv4 addresses (issue 14, session 42): a login list, an abuse report's ``Source-IP``, a server
    line, a JSON array of addresses. Read as prose their last octets made an eight-digit number ("fra
    77.31.193.103" as +47 31193103). A dotted quad is an address when each group is 0-255 written without a
    leading zero and it does not stand after a phone's code or digits ("+46 70.123.45.67" is a number) or a contact
    word ("Call: 70.125.29.76", a Swedish mobile without its trunk 0), unless an "IP" label says so. A quad of
    four two-digit groups is also how a Nordic number is written in pairs ("41.23.45.67"): it is an address only
    under a label that says so ("IP 46.56.24.43") or beside another address on its line ("fra 194.211.108.199 ·
    … fra 46.49.80.34", a JSON array)."""
    out: list[tuple[int, int]] = []
    paired: list[tuple[int, int]] = []
    for m in _quads(text):
        groups = m.groups()
        if any((len(g) > 1 and g[0] == "0") or int(g) > 255 for g in groups):
            continue
        s = m.start()
        b = s
        while b > 0 and s - b < 2 and text[b - 1] in " \t":
            b -= 1
        if b > 0 and (text[b - 1].isdigit() or text[b - 1] in "+("):
            continue  # a number's code or first digits before it
        line = text.rfind("\n", 0, s) + 1
        if _IP_LABEL.search(text, max(line, s - _IP_LABEL_BEFORE), s) is not None:
            out.append((s, m.end()))
        elif contact_cued(text, s):
            continue  # "Call: 70.125.29.76": a Swedish mobile without its trunk 0, in a dotted writer's groups
        elif any(len(g) != 2 for g in groups):
            out.append((s, m.end()))
        else:
            paired.append((s, m.end()))
    if paired and out:
        lines = {text.count("\n", 0, s) for s, _ in out}
        out.extend(p for p in paired if text.count("\n", 0, p[0]) in lines)
        out.sort()
    return out


def _file_stamp(text: str, u: int) -> tuple[int, int] | None:
    """The span of a camera's or a screen grab's file-name stamp at the "_" at ``u``: a date of eight digits
    (1990-2039, a month, a day) and four to nine digits of its time, joined by "_" ("IMG_20260110_223941",
    "PXL_20260110_2239411") or, after a name's "_", by "-" ("Screenshot_20260110-223941"); else None. A
    phone's digits are never written so."""
    if u >= 8 and _stamp_date(text, u - 8) and (u == 8 or not text[u - 9].isdigit()):
        s, sep = u - 8, u  # "IMG_[20260110]_223941": the "_" after the date
    elif _stamp_date(text, u + 1) and text[u + 9 : u + 10] == "-":
        s, sep = u + 1, u + 9  # "Screenshot_[20260110]-223941"
    else:
        return None
    e = sep + 1
    while e < len(text) and e < sep + 10 and "0" <= text[e] <= "9":
        e += 1
    if e - sep - 1 < 4 or (e < len(text) and text[e].isdigit()):
        return None
    return s, e


def _stamp_date(text: str, s: int) -> bool:
    """Is ``text[s:s+8]`` a date written YYYYMMDD in ASCII digits, 1990-2039?"""
    d = text[s : s + 8]
    if len(d) != 8 or not (d.isdigit() and d.isascii()):
        return False
    year, month, day = int(d[:4]), int(d[4:6]), int(d[6:])
    return 1990 <= year <= 2039 and 1 <= month <= 12 and 1 <= day <= 31


def blank_ids(text: str) -> str | None:
    """``text`` with its ids by their shape blanked (``shaped_ids``), or None when it holds none."""
    ids = shaped_ids(text)
    return "".join(blank_spans(text, ids)) if ids else None


def read_blocks(text: str) -> structured.Reading | None:
    """The field with every structured block read by its format and the prose around it as it is (module
    docstring), or None when it holds no block (or only ids by their shape: the caller reads it as prose)."""
    n = len(text)
    src = Source()
    keep: list[tuple[int, int]] = []
    fields: list[tuple[str, int, int]] = []  # table and infobox cells (raw positions: tables move nothing)
    blocks = 0
    pos = 0
    while pos < n:
        end = _line_end(text, pos)
        line = text[pos:end]
        head = line.lstrip(" \t")[:2]
        after = pos
        if head and head[0] in "Bb" and _opens_card(line):
            after = _card(text, pos, src, keep)
        elif head == "{|":
            after = _mediawiki(text, pos, fields)
        elif head == "{{":
            after = _template(text, pos, fields)
        elif head[:1] == "|" and end < n and _is_rule(text[end + 1 : _line_end(text, end + 1)]):
            after = _markdown(text, pos, fields)
        if after > pos:
            blocks += 1
            if src.pos < after:
                src.put(text[pos:after], pos)  # a table or an infobox moves nothing: its raw lines are its source
            pos = after
            continue
        src.put(text[pos : end + 1], pos)
        keep.append((pos, min(end + 1, n)))  # a prose line read whole, its line break too (no sign put for it)
        pos = end + 1
    if not blocks:
        return None
    source = src.text()
    if len(source) != n:
        return None  # a block whose reading lost track of the field's length: read the field as prose
    keep_cells, numbers, stated = structured.sort_fields(source, [(_read_as(k), s, e) for k, s, e in fields])
    keep.extend(keep_cells)
    keep.sort()
    reading = structured.assemble(source, keep)
    reading = icalendar.unescape(blank_ids(reading) or reading)
    return structured.Reading(reading, source, tuple(src.moves), tuple(numbers), "blocks", tuple(stated))


def _read_as(kind: str) -> str:
    """A cell's class as ``structured.sort_fields`` reads it: a price is read as text (each cell apart, no number
    crosses a border), furniture is blanked."""
    if kind == "price":
        return "text"
    return "blank" if kind in _BLANKED else kind


def blank_spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """``text`` in pieces, each of ``spans`` (in order; one inside an earlier one skipped) blanked to its length."""
    parts: list[str] = []
    last = 0
    for s, e in spans:
        if s < last:
            continue
        parts.append(text[last:s])
        parts.append(" " * (e - s))
        last = e
    parts.append(text[last:])
    return parts
