"""A group chat export as an ad: only the post's own message(s) are the advertiser's (issue 14, session 33).

A site that archives a Telegram or WhatsApp group stores each post with the messages around it: the admin's rules,
buyers asking "pris?", "+47 … joined using this group's invite link". Their senders are often bare numbers (a member
not in the exporter's contacts), and ids and times fill every message object (``"from_id": "user4545608829"``,
``date_unixtime``). Read as one text, every member's number becomes the advertiser's contact.

The export is recognised by its shape, not by the site's name: lines that open with a date, a time and a sender
(``[20/08/2026, 20:47:49] Name: …`` in WhatsApp iOS, ``20/08/2026, 20:47 - Name: …`` on Android and in Signal- or
Telegram-style text exports, continuation lines belonging to the message above), or message objects with an
``"id"``, a ``"from"`` and a ``"text"`` (Telegram Desktop's result.json, one object a line or pretty-printed).
``read_chat`` then keeps only the post: the longest message that is no system line (a join, an add, a departure:
``chat_system_words`` in ``data/furniture.yaml``, sv/no/da/en), with the same sender's messages next to it (a photo
before it, the rest of a number in the next message). Its text stays where it was; the sender's label stays when it
is a number (the poster's own number, as a member sees it); everything else becomes blanks (line breaks kept), so
every span still points at the raw text. ``splits`` lists each message's trailing digits with the first digits of
the same sender's next message ("073 373" … "06 15"): the caller joins them when together they are one valid number.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from kartlegg.extract.lexicon import furniture_words, normalise_label
from kartlegg.extract.patterns import blank
from kartlegg.extract.text import FORMAT_CHARS, char_pairs, swap_chars

#: A message's header at a line's start: format characters, a date (day, month and year in any order and
#: separator), a time (seconds and AM/PM optional), in square brackets or not, then " - " or a blank.
_HEADER: Final = re.compile(
    r"^[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]*\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?\]?(?:[ \t]*[-\u2013][ \t]*|[ \t]+)",
    re.M,
)
#: The sender's name ends at the first ": " on the header's line (a name holds no line break).
_SENDER_END: Final = ": "
_MAX_SENDER: Final = 60
#: A Telegram message object's start and its keys.
_OBJECT: Final = re.compile(r'\{\s*"id"\s*:\s*-?\d+')
_FROM: Final = re.compile(r'"from"\s*:\s*"((?:[^"\\\n]|\\.){0,200})"')
_TEXT: Final = re.compile(r'"text"\s*:\s*')
_TEXT_END: Final = re.compile(r',\s*"text_entities"\s*:')
_TYPE: Final = re.compile(r'"type"\s*:\s*"(\w+)"')
#: A sender label that is a phone number: a "+" or digits, with blanks, dashes, dots or brackets between.
_NUMBER_LABEL: Final = re.compile(r"\+?[0-9][0-9 ()\-.\u00a0]{5,22}[0-9]")
#: A run of digits (blanks, dots or dashes between groups) that may be a number's first half: at the message's end, a
#: line's end or the end of a JSON string part (``"+46 79 "]``), or before a word ("+46 73 job.osl86 @ …"); and the
#: whole text of the next message when it is only such a run.
_TRAILING_RUN: Final = re.compile(
    r'(?<![\w+])\+?[0-9]{1,5}(?:[ .\-][0-9]{1,5}){0,4}(?![0-9])(?=[ \t]*(?:["\n]|$)|[ \t]+[^\d\s+])'
)
#: The last first halves of a message tried, last first.
_MAX_HALVES: Final = 3
_RUN_ONLY: Final = re.compile(r"[0-9]{1,5}(?:[ .\-][0-9]{1,5}){0,4}")
_WRAPPING: Final = ' \t\r\n"[]'
#: A system line is short: a join or add, not a post that uses one of its words.
_MAX_SYSTEM: Final = 120
#: Messages of an export read at most (a hostile body is bounded).
_MAX_MESSAGES: Final = 400


@dataclass(frozen=True, slots=True)
class _Message:
    """One message: its sender, the span of its own text in the field, its label's span (the sender as written)."""

    sender: str
    start: int
    end: int
    label_start: int
    label_end: int
    system: bool


@dataclass(frozen=True, slots=True)
class Post:
    """The field with everything but the post blanked (same length), and the candidate splits of a number over two
    of its messages: (first half's start, end, second half's start, end), the likeliest first for each second half.
    ``transcript``: the span of a caption file's cue text, where digits said aloud are read (``captions``)."""

    text: str
    splits: tuple[tuple[int, int, int, int], ...]
    transcript: tuple[int, int] = (0, 0)


def may_be_chat(text: str) -> bool:
    """The cheap gate: an export's first line opens with a header or a message object."""
    head = text[:80].lstrip(FORMAT_CHARS + " \t\r\n")
    if not head:
        return False
    c = head[0]
    if c == "{":
        return '"id"' in head
    return c == "[" or "0" <= c <= "9"


@functools.cache
def _system_words() -> tuple[str, ...]:
    """``chat_system_words`` of every language, as normalised labels with blanks around (whole-word search)."""
    table = furniture_words().chat_system_words
    return tuple(sorted({f" {w} " for ws in table.values() for w in ws}))


@functools.cache
def _staff() -> frozenset[str]:
    """``staff_labels`` of every language (``data/furniture.yaml``: admin, moderator, kanaladmin …)."""
    return frozenset(w for ws in furniture_words().staff_labels.values() for w in ws)


def _is_system(text: str) -> bool:
    if len(text) > _MAX_SYSTEM:
        return False
    low = f" {normalise_label(text)} "
    return any(w in low for w in _system_words())


def _text_messages(text: str) -> list[_Message] | None:
    heads = list(_HEADER.finditer(text))
    # two messages at least, the first at the text's start: one dated line is an ad's or a forum post's own header
    if len(heads) < 2 or heads[0].start() > len(text) - len(text.lstrip(FORMAT_CHARS + " \t\r\n")):
        return None
    out: list[_Message] = []
    for i, m in enumerate(heads[:_MAX_MESSAGES]):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        while end > m.end() and text[end - 1] in "\r\n":
            end -= 1
        line_end = text.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        colon = text.find(_SENDER_END, m.end(), min(line_end, m.end() + _MAX_SENDER))
        if colon < 0:
            # no sender: a system line of Android and text exports ("… - +47 … joined using this group's invite link")
            out.append(_Message("", m.end(), end, m.end(), m.end(), True))
            continue
        sender = text[m.end() : colon].strip(FORMAT_CHARS + " \t")
        body = colon + len(_SENDER_END)
        out.append(_Message(sender, body, end, m.end(), colon, _is_system(text[body:end])))
    return out


def _json_messages(text: str) -> list[_Message] | None:
    starts = [m.start() for m in _OBJECT.finditer(text)]
    if not starts or '"from"' not in text or '"text"' not in text:
        return None
    out: list[_Message] = []
    for i, s in enumerate(starts[:_MAX_MESSAGES]):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        f = _FROM.search(text, s, end)
        t = _TEXT.search(text, s, end)
        kind = _TYPE.search(text, s, end)
        service = kind is not None and kind.group(1) != "message"
        if t is None:
            out.append(_Message("", s, s, s, s, True))
            continue
        te = _TEXT_END.search(text, t.end(), end)
        t_end = te.start() if te is not None else end
        while t_end > t.end() and text[t_end - 1] in " \t\r\n},":
            t_end -= 1
        sender = f.group(1) if f is not None else ""
        label = f.span(1) if f is not None else (s, s)
        system = service or _is_system(text[t.end() : t_end])
        out.append(_Message(sender, t.end(), t_end, label[0], label[1], system))
    return out


def _size(text: str, m: _Message) -> int:
    """A message's weight as the post: its letters and digits."""
    return sum(1 for c in text[m.start : m.end] if c.isalnum())


def read_chat(text: str) -> Post | None:
    """The post of a chat export (module docstring), or None when ``text`` has no export's shape."""
    if not may_be_chat(text):
        return None
    stripped = text.lstrip(FORMAT_CHARS + " \t\r\n")
    msgs = _json_messages(text) if stripped.startswith("{") else _text_messages(text)
    if not msgs:
        return None
    candidates = [i for i, m in enumerate(msgs) if not m.system and m.sender]
    if not candidates:
        return None
    # the group's admin posts its rules, not ads ("Admin: Rules: no links …"): another sender's message first
    posters = [i for i in candidates if normalise_label(msgs[i].sender) not in _staff()]
    candidates = posters or candidates
    best = max(candidates, key=lambda i: (_size(text, msgs[i]), -i))
    sender = msgs[best].sender
    lo = best
    while lo > 0 and msgs[lo - 1].sender == sender and not msgs[lo - 1].system:
        lo -= 1
    hi = best
    while hi + 1 < len(msgs) and msgs[hi + 1].sender == sender and not msgs[hi + 1].system:
        hi += 1
    keep: list[tuple[int, int]] = []
    if _NUMBER_LABEL.fullmatch(sender) is not None:
        m = msgs[best]
        label = text[m.label_start : m.label_end]
        off = label.find(sender)
        if off >= 0:
            keep.append((m.label_start + off, m.label_start + off + len(sender)))
    keep.extend((msgs[i].start, msgs[i].end) for i in range(lo, hi + 1))
    splits: list[tuple[int, int, int, int]] = []
    for i in range(lo, hi):
        splits.extend(_splits(text, msgs[i], msgs[i + 1]))
    return Post(_blanked(text, sorted(keep)), tuple(splits))


def _splits(text: str, a: _Message, b: _Message) -> list[tuple[int, int, int, int]]:
    """``halves_with`` of two messages."""
    return halves_with(text, a.start, a.end, b.start, b.end)


def halves_with(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> list[tuple[int, int, int, int]]:
    """When the message at ``b_start:b_end`` is nothing but a run of digits ("09 47"): each of the last runs
    (``_TRAILING_RUN``) of the message at ``a_start:a_end`` with it, the last first; the caller keeps the first pair
    that is one valid number. Also ``turns``' (a transcript's two turns of one writer)."""
    rest = text[b_start:b_end]
    inner = rest.strip(_WRAPPING)
    if not inner or _RUN_ONLY.fullmatch(inner) is None:
        return []
    halves = list(_TRAILING_RUN.finditer(text, a_start, a_end))[-_MAX_HALVES:]
    at = b_start + rest.index(inner)
    return [(m.start(), m.end(), at, at + len(inner)) for m in reversed(halves)]


def _blanked(text: str, keep: list[tuple[int, int]]) -> str:
    """``text`` with every character outside ``keep`` a blank (line breaks kept) and the format characters inside
    it blanks too."""
    parts: list[str] = []
    last = 0
    for s, e in keep:
        if s < last:
            s = last
        if e <= s:
            continue
        parts.append(blank(text[last:s]))
        parts.append(_no_format(text[s:e]))
        last = e
    parts.append(blank(text[last:]))
    return "".join(parts)


@functools.cache
def _format_pairs() -> tuple[tuple[str, str], ...]:
    return char_pairs({ord(c): " " for c in FORMAT_CHARS})


def _no_format(part: str) -> str:
    """``part`` with each format character a blank: one ``str.replace`` per format character it holds
    (``text.swap_chars``), not ``translate``'s ``KeyError`` for each other character of a text above ASCII."""
    if part.isascii():
        return part
    return swap_chars(part, _format_pairs())
