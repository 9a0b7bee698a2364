"""A field as a browser would show it: the encodings a page hides a contact behind, decoded (issue 14, session 35).

A scraper or a feed keeps the page's source, and a number or an address may be in it only in a form the browser
decodes before a person sees it:

- HTML character references ("&#48;&#55;…", "anna&#64;gmail&#46;com", "&#x37;", "&plus;"), and in a feed whose HTML is
  escaped once more (Atom ``type="html"``: "&lt;p&gt;", "&amp;#55;") the same references escaped twice;
- a "show number" button whose number is base64 in an attribute (``data-nr="KzQ2NzAxMjM0NTY3"``);
- a ``mailto:`` link built by ``atob('bWFpbHRv…')``;
- an address written backwards and turned by CSS (``unicode-bidi: bidi-override; direction: rtl``) or ``<bdo
  dir="rtl">``.

``render`` returns a ``View``: the field with each decoded piece standing where its source stood, and the pieces, so
that ``restore`` points every match read in the view at the raw text (a span over a decoded piece covers all of its
source). Only what can be a contact is decoded: a reference of a printable character that is no markup (``<``, ``>``,
``&`` and quotes stay as written: the page's markup is not rebuilt; a blank is read as a space), a base64 value whose
decoded text is short, printable and a contact whole (``base64contacts``), and a reversed element's text of at most
``MAX_RTL`` characters. Each kind has a substring gate (``may_hold``), the work is linear in the field, and nothing is
decoded more than twice (a reference inside a decoded reference is left alone, a base64 value is decoded once).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Final

from kartlegg.base64contacts import decode_contact
from kartlegg.extract.matches import Extraction, Match

#: The longest reversed text.
MAX_RTL: Final = 120
#: A character reference, in markup escaped once more ("&amp;#55;") too: ``amp`` tells which.
_REFERENCE: Final = re.compile(r"&(amp;)?(#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
#: What a decoded reference may not stand for: the markup's own characters (the page's markup is not rebuilt).
_MARKUP: Final = frozenset("<>&\"'")
#: An attribute's base64 value, the quote plain or escaped (``&quot;`` in escaped markup); at least 8 characters.
_B64_ATTRIBUTE: Final = re.compile(r"=(?:\"|&quot;|')([A-Za-z0-9+/]{8,64}={0,2})(?:\"|&quot;|')")
#: ``atob("…")``'s argument, the quote plain, a reference or escaped.
_ATOB: Final = re.compile(
    r"atob\(\s*(?:'|\"|&#x27;|&#39;|&quot;|&amp;#x27;|&amp;#39;|&amp;quot;)([A-Za-z0-9+/]{4,64}={0,2})"
)
#: An element whose text is shown reversed, its markup plain or escaped once more: styled with bidi-override and
#: direction rtl (in either order), or ``<bdo dir="rtl">`` (a plain ``dir="rtl"`` turns no Latin text round). Group 1
#: or 2: the tag's name, group 3: its text.
_RTL: Final = re.compile(
    r"(?:<|&lt;)(?:([a-zA-Z]{1,8})\b(?:(?!>|&gt;).){0,200}?"
    r"(?:bidi-override(?:(?!>|&gt;).){0,60}?direction\s*:\s*rtl|direction\s*:\s*rtl(?:(?!>|&gt;).){0,60}?bidi-override)"
    r"|(bdo)\b(?:(?!>|&gt;).){0,60}?dir\s*=\s*(?:\"|&quot;|')?rtl)"
    r"(?:(?!>|&gt;).){0,200}?(?:>|&gt;)([^<]{3,120}?)(?:<|&lt;)/(?:\1|\2)(?:>|&gt;)",
    re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class View:
    """The field as shown: ``text``, and ``pieces``: (start in ``text``, end in ``text``, raw start, raw end) of each
    decoded piece, in order (between them the text is the raw text's, shifted)."""

    text: str
    pieces: tuple[tuple[int, int, int, int], ...]


def escaped_markup(text: str) -> bool:
    """Is the field HTML escaped once more (an Atom ``type="html"`` content, an RSS description without CDATA)?"""
    return "&lt;" in text and "&gt;" in text


def may_hold(text: str) -> bool:
    """The cheap gate: a character reference, an ``atob(``, a reversing style or a quoted attribute value that may be
    base64 ("=" then a quote); a field without any leaves here."""
    if "&" in text and ("&#" in text or "&amp;" in text or ";" in text):
        return True
    if "atob(" in text or "bidi-override" in text or "bdo" in text:
        return True
    return "=" in text and ('="' in text or "=&quot;" in text)  # "=" first: a ``memchr``, ~50x faster than a pair


#: Each reference's name met so far and what it is decoded to ("" for none): a page repeats a few dozen (bounded).
_DECODED: Final[dict[str, str]] = {}
_DECODED_MAX: Final = 4096


def _reference(m: re.Match[str], twice: bool) -> str | None:
    """The character a reference stands for, when it is one to decode."""
    if m.group(1) and not twice:
        return None
    name = m.group(2)
    got = _DECODED.get(name)
    if got is None:
        got = _decode_reference(name)
        if len(_DECODED) < _DECODED_MAX:
            _DECODED[name] = got
    return got or None


def _decode_reference(name: str) -> str:
    ch = html.unescape("&" + name + ";")
    if len(ch) != 1 or ch in _MARKUP:
        return ""
    if ch.isspace():
        return "\n" if ch == "\n" else " "  # a no-break or thin space between groups: a blank as any other
    return ch if ch.isprintable() else ""


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(raw start, raw end, shown text) of each piece to decode, sorted and disjoint (an earlier kind wins)."""
    edits: list[tuple[int, int, str]] = []
    if "bidi-override" in text or "bdo" in text:
        twice = escaped_markup(text)
        for m in _RTL.finditer(text):
            inner = _REFERENCE.sub(lambda r: _reference(r, twice) or r.group(), m.group(3))
            if inner.strip():
                edits.append((m.start(3), m.end(3), inner[::-1]))
    if "atob(" in text:
        for m in _ATOB.finditer(text):
            got = decode_contact(m.group(1))
            if got is not None:
                edits.append((m.start(1), m.end(1), got))
    if '="' in text or "=&quot;" in text or "='" in text:
        for m in _B64_ATTRIBUTE.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_:"):
                got = decode_contact(m.group(1))
                if got is not None:
                    edits.append((m.start(1), m.end(1), got))
    if "&" in text:
        twice = escaped_markup(text)
        for m in _REFERENCE.finditer(text):
            ch = _reference(m, twice)
            if ch is not None:
                edits.append((m.start(), m.end(), ch))
    if not edits:
        return edits
    edits.sort()
    out: list[tuple[int, int, str]] = []
    last = 0
    for s, e, shown in edits:
        if s >= last:
            out.append((s, e, shown))
            last = e
    return out


def render(text: str) -> View | None:
    """The field as a browser shows it, or None when nothing in it is decoded."""
    edits = _edits(text)
    if not edits:
        return None
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0
    n = 0
    for s, e, shown in edits:
        parts.append(text[pos:s])
        n += s - pos
        parts.append(shown)
        pieces.append((n, n + len(shown), s, e))
        n += len(shown)
        pos = e
    parts.append(text[pos:])
    return View("".join(parts), tuple(pieces))


def raw_span(view: View, start: int, end: int) -> tuple[int, int]:
    """A span of ``view.text`` as a span of the raw field: a decoded piece it touches is covered whole."""
    return _raw(view.pieces, start, False), _raw(view.pieces, end, True)


def _raw(pieces: tuple[tuple[int, int, int, int], ...], p: int, is_end: bool) -> int:
    """Position ``p`` of the view in the raw field: inside a decoded piece, the piece's raw start (a start) or end (an
    end); elsewhere shifted by the pieces before it."""
    shift = 0
    for s, e, rs, re_ in pieces:
        if s > p or (s == p and is_end):
            break
        if p < e or (is_end and p == e):
            return re_ if is_end else rs
        shift = re_ - e
    return p + shift


def restore(result: Extraction, view: View, raw: str, field: str) -> None:
    """Point the matches read in ``view.text`` at the raw field (``raw_span``)."""
    out: list[Match] = []
    for m in result.matches:
        if m.field != field:
            out.append(m)
            continue
        s, e = raw_span(view, m.start, m.end)
        out.append(Match(m.kind, m.value, m.field, s, e, raw[s:e], m.detail))
    result.matches[:] = out
