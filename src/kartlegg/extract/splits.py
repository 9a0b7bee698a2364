"""A number split between the title and the body (issue 14, session 31), or between two places of one field (32).

A site that filters numbers typed in the body lets the title through, so an advertiser writes the number's start at
the title's end and its rest where the body goes on: title "Zara 20 +36 3045 …", body "… Skriv på …05569". Read
apart, the title's half is no number or, worse, a wrong one with the age before it ("20 +36 3045" → +45 20363045),
and the body's half is too short to be read. ``find_split`` pairs a title that ends in a digit run and an ellipsis
("…" or "...") with the first run in the body that opens with one, and keeps the pair only when the two halves are
one valid number together (``valid``: the caller's check, with the ad's regions). The caller then reads that number
at the body's half and leaves the title's half (and the URL slug's copy of it) unread.

Within one field (session 32): "📞: +37061…" on one line and "(…212635)" lines further down, after a seller card
and a masked button; "Mobil: 7119…" … "… …3499". ``find_field_split`` pairs a run ending in an ellipsis after a
contact word (``cued``, the caller's check) with the first run opening with one later in the field (no digit glued
before its ellipsis), with ``find_split``'s rules: only a pair that is one valid number together. The caller reads
that number at the first half and leaves both halves unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from kartlegg.extract.patterns import ascii_digits

#: Where a body's half ends: at the token's end, not where a sign glues more digits on ("2026-03" of a posting time
#: "2026-03-17T08:47" is no half of a number: the whole run is a date). Backtracking would otherwise stop there.
_RUN_END: Final = r"(?![\w]|[.:/\-][0-9])"
#: The title's end: a run of digits (groups under single blanks, dots or dashes, maybe a "+" before) and an ellipsis.
_HEAD: Final = re.compile(r"(?<![\w+])(\+ ?)?([0-9]{1,6}(?:[ .\-][0-9]{1,5}){0,4})[ \t]*(?:\u2026|\.{3})[ \t]*$")
#: The body's half: an ellipsis glued (or one blank away) to a digit run that ends the token.
_TAIL: Final = re.compile(r"(?:\u2026|\.{3}) ?([0-9]{2,8}(?:[ .\-][0-9]{1,5}){0,3})" + _RUN_END)
#: Digits the body's half may have, and the whole number.
MIN_TAIL: Final = 3
MIN_WHOLE: Final = 7
MAX_WHOLE: Final = 15


@dataclass(frozen=True, slots=True)
class Split:
    """One number split between the title and the body: its digits ("+" kept in front when written), the span of
    the title's half (from its first digit or "+" to the ellipsis' end) and the span of the body's half (from the
    ellipsis to its last digit)."""

    number: str
    title_start: int
    title_end: int
    body_start: int
    body_end: int
    #: found without an ellipsis (``find_rest_split``): the body's half is left unread too (it may be a number alone)
    bare: bool = False


def find_split(title: str, body: str, valid: Callable[[str], bool]) -> Split | None:
    """The number split between ``title`` and ``body``, or None. ``valid``: digits ("+" kept in front) to True
    when they are one valid number. The title's half is read from its last group back, group by group (a "+"
    before it takes all of it): the longest that makes a valid number with the body's half wins, so an age
    before a national number ("Sofia 35 5355 …") stays apart when the number is whole without it."""
    if not body or ("\u2026" not in title and "..." not in title):
        return None
    head = _HEAD.search(title)
    if head is None:
        return None
    if "\u2026" not in body and "..." not in body:
        return None
    tail = _TAIL.search(body)
    if tail is None:
        return None
    rest = ascii_digits(tail.group(1))
    if len(rest) < MIN_TAIL:
        return None
    joins = _joins(head, rest, valid)
    if not joins:
        return None
    number, start = joins[-1]  # the longest
    return Split(number, start, head.end(), tail.start(), tail.end())


def _joins(head: re.Match[str], rest: str, valid: Callable[[str], bool], first: bool = False) -> list[tuple[str, int]]:
    """The valid numbers the title's run (``head``: its "+" as group 1, its digits as group 2) makes with the body's
    ``rest``, each with where its title half starts, from the shortest: a "+" before the run takes all of it, else
    its groups from the last back ("35 5355" tries "5355", then "35 5355"). ``first``: only the first found."""
    run = head.group(2)
    if head.group(1) is not None:
        number = "+" + ascii_digits(run) + rest
        return [(number, head.start())] if MIN_WHOLE <= len(number) - 1 <= MAX_WHOLE and valid(number) else []
    out: list[tuple[str, int]] = []
    for c in reversed([0] + [i + 1 for i, ch in enumerate(run) if ch in " .-"]):
        number = ascii_digits(run[c:]) + rest
        if MIN_WHOLE <= len(number) <= MAX_WHOLE and valid(number):
            out.append((number, head.start(2) + c))
            if first:
                break
    return out


#: The title's end without an ellipsis: a run of digits (groups as in ``_HEAD``, maybe a "+" before).
_BARE_HEAD: Final = re.compile(r"(?<![\w+])(\+ ?)?([0-9]{1,6}(?:[ .\-][0-9]{1,5}){0,4})[ \t]*$")
#: The body's half after a cue ("rest of number: 1083324") or at the body's opening: a digit run that ends the token.
_BARE_TAIL: Final = re.compile(r"[ \t]*[:.\-]?[ \t]*\n?[ \t]*([0-9]{1,12}(?:[ .\-][0-9]{1,5}){0,3})" + _RUN_END)


def find_rest_split(
    title: str, body: str, low_body: str, cues: tuple[str, ...], valid: Callable[[str], bool]
) -> Split | None:
    """The number split between ``title`` and ``body`` without an ellipsis (session 36), or None: the title ends
    in a digit run that is no valid number by itself, and the body goes on with the rest, either after a cue that
    names the rest ("rest of number: 1083324", "resten av numret: …"; ``cues``, lower case, found in
    ``low_body``) or at its opening when the body's run is no valid number by itself either. Only a pair that is one
    valid number together; the first cue's run that makes one wins, with the shortest title half that makes one
    (``_joins``)."""
    head = _BARE_HEAD.search(title)
    if head is None:
        return None
    if valid(("+" if head.group(1) is not None else "") + ascii_digits(head.group(2))):
        return None  # the title's number is whole
    tails: list[tuple[int, bool]] = []
    k = 0
    while k < len(body) and body[k] in " \t\n":
        k += 1
    if k < len(body) and "0" <= body[k] <= "9":
        tails.append((k, False))
    for cue in cues:
        p = low_body.find(cue)
        while p >= 0:
            tails.append((p + len(cue), True))
            p = low_body.find(cue, p + len(cue))
    tails.sort()
    for at, cued in tails:
        m = _BARE_TAIL.match(body, at)
        if m is None:
            continue
        rest = ascii_digits(m.group(1))
        if len(rest) < MIN_TAIL or (not cued and valid(rest)):
            continue  # the body opens with a number of its own
        joins = _joins(head, rest, valid, first=True)
        if joins:
            number, start = joins[0]  # the shortest
            return Split(number, start, head.end(), m.start(1), m.end(1), bare=True)
    return None


#: How far before a first half's ellipsis its digits may open (a "+", five groups and their blanks).
_HEAD_REACH: Final = 32


def find_field_split(text: str, valid: Callable[[str], bool], cued: Callable[[int], bool]) -> Split | None:
    """The number split between two places of ``text`` (one field), or None: a run with an ellipsis after it (and
    no digit or mask after the ellipsis) whose start ``cued`` accepts (a contact word before it), and the first run
    after it that an ellipsis opens. ``Split``'s title span is the first half's, its body span the second's, both
    as offsets into ``text``. Only ellipses with a digit right before them are looked at (a string search)."""
    for mark in ("\u2026", "..."):
        p = text.find(mark)
        while p >= 0:
            end = p + len(mark)
            q = p
            while q > 0 and text[q - 1] in " \t":
                q -= 1
            if q > 0 and "0" <= text[q - 1] <= "9" and not _masked_after(text, end):
                line = text.rfind("\n", 0, q) + 1
                lo = max(line, q - _HEAD_REACH)
                sp = find_split(text[lo:end], text[end:], valid)
                if (
                    sp is not None
                    and cued(lo + sp.title_start)
                    and not (end + sp.body_start > 0 and "0" <= text[end + sp.body_start - 1] <= "9")
                ):
                    return Split(
                        sp.number, lo + sp.title_start, lo + sp.title_end, end + sp.body_start, end + sp.body_end
                    )
            p = text.find(mark, end)
    return None


def _masked_after(text: str, end: int) -> bool:
    """Does a digit or a mask ("XX", "**") follow an ellipsis ending at ``end`` (a masked number, "07944…XX")?"""
    k = end
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and (text[k].isdigit() or text[k] in "xX*#")


def slug_span(url: str, title: str, split: Split) -> tuple[int, int] | None:
    """Where the URL's slug copies the title's half ("…/28993818-emily-18-46-7021" for "Emily (18) +46 7021 …"): its
    groups joined by dashes or underscores at the slug's end or before a sign; None when it is not there."""
    groups = re.findall(r"[0-9]+", title[split.title_start : split.title_end])
    if not groups or not url:
        return None
    m = re.search(r"(?<![0-9])" + r"[-_.]".join(groups) + r"(?![0-9])", url)
    return None if m is None else m.span()
