"""Numbers a page prints as references to other posts or ads: never a contact (issue 14, session 38).

A site that numbers its posts refers to them by number. An image board quotes the post a reply answers above the
reply's text (``>>41039819``, ``>>>/s/41039819`` across boards) and prints each post's own number in its header
(``No.41039826``) and in the URL's anchor (``…/thread/41038652#41039826``, ``…/res/45101368.html#p45101945``); a
forum writes "svar på #5521", "reply to 41039819", "re: #41039819". An 8-digit post number is a valid Norwegian
mobile: read as a phone it puts a number nobody holds on the outreach list and links every reply that quotes one
post into one "person". Two general mechanisms, neither a list of sites:

- **reference markers** (``marked``): the signs boards put before a post number (``>>``, ``>>>/board/``, ``#p``,
  ``No.``, ``№``, glued to its digits) and reply words (``reference_markers`` in ``data/furniture.yaml``, sv/no/da/en,
  after which a number is a reference only where the page has an id of its length or the number is written ``#N``).
  A marker counts only at the start of a token with no contact cue before it on its line, and only for a number
  written compactly, as ids are (``lookup.written_as_phone`` is false): "Ring >> 412 34 567" keeps its phone.
- **id families** (``in_family``): a site's ids are one counter, so the ids a page prints lie close together. A
  number written compactly, of the length of one of the page's own ids (the URL's id positions, its anchor, the ad's
  key), that lies within ``lookup.MAX_GAP`` of one of them, or between two of them when they are themselves close
  (a thread's number and its post's, ``…/thread/41038652#41039826``: a reply quotes an earlier post of the thread),
  is an id of the same site. ``lookup``'s neighbour rule is the same idea for numbers written as phones around a
  lookup page's subject; here the ids are written as ids.

A woman's real number beside such a line still reads: it is either written as a phone (groups, a code, a trunk
prefix) or, written compactly, far from the page's ids (two ids of one page 3,000 apart leave a window of
3,000 in 10^8 numbers).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from kartlegg.extract import lookup
from kartlegg.extract.lexicon import furniture_words, normalise_label

#: Shortest id a family is read for: shorter numbers (prices, years, counts) are no phone anyway.
MIN_FAMILY_DIGITS: Final = 6
#: How far back on its line a marker is looked for.
_REACH: Final = 48
#: Signs glued to a post number's digits: a quote (">>", ">>>"), a cross-board quote (">>>/s/"), an anchor ("#p"),
#: a post header ("No.", "Nr.", "№"). At a token's start: "Tlf>>" is no quote.
_SIGN: Final = re.compile(r"(?:^|(?<=\s))(?:>>>?/[^\s/]{1,24}/|>{2,3}|#p|[Nn][Oo]\.|[Nn][Rr]\.|№)$")


@functools.cache
def _markers() -> frozenset[str]:
    table = furniture_words().reference_markers
    return frozenset(w for words in table.values() for w in words)


@functools.cache
def _longest_marker() -> int:
    return max((len(w.split()) for w in _markers()), default=0)


def compact(raw: str) -> bool:
    """Is ``raw`` (a phone's text as the ad writes it) one run of ASCII digits, as ids are written?"""
    s = raw.strip()
    return s.isdigit() and s.isascii()


def page_ids(url: str, ids: Iterable[str]) -> frozenset[str]:
    """The page's own ids: ``ids`` (the URL's id positions, the ad's key) and the number of the URL's anchor
    (``#41039826``, ``#p45101945``, ``#post-5521``)."""
    out = {d for d in ids if len(d) >= MIN_FAMILY_DIGITS}
    k = url.find("#")
    if k >= 0:
        frag = url[k + 1 :]
        run = ""
        for c in frag:
            if "0" <= c <= "9":
                run += c
            elif run:
                break
        if len(run) >= MIN_FAMILY_DIGITS and frag.endswith(run):
            out.add(run)
    return frozenset(out)


def marked(text: str, start: int, raw: str, ids: frozenset[str]) -> bool:
    """Is the number at ``text[start:…]`` (written ``raw``) a reference to another post: after a board's sign glued
    to it (">>41039819", "No.41039826") or a reply word ("svar på #5521", "reply to 41039819")?"""
    if not compact(raw):
        return False
    ls = text.rfind("\n", 0, start) + 1
    seg = text[max(ls, start - _REACH) : start]
    if not seg:
        return False
    sign = _SIGN.search(seg)
    if sign is not None:
        return not _cued(seg[: sign.start()])
    before = normalise_label(seg)
    if not before:
        return False
    digits = raw.strip()
    hashed = seg.rstrip().endswith(("#", ">>", "No.", "no."))
    if not hashed and not any(len(d) == len(digits) for d in ids):
        return False
    words = before.split()
    for n in range(min(len(words), _longest_marker()), 0, -1):
        if " ".join(words[-n:]) in _markers():
            return not _cued(" ".join(words[:-n]))
    return False


@functools.cache
def _cues() -> frozenset[str]:
    table = furniture_words().contact_cues
    return frozenset(w for words in table.values() for w in words)


def _cued(left: str) -> bool:
    """Does a contact cue ("Tlf", "ring", "call") come before the marker on the line?"""
    if not left.strip():
        return False
    cues = _cues()
    return any(w in cues for w in normalise_label(left).split())


def in_family(raw: str, ids: frozenset[str]) -> bool:
    """Is the compact number ``raw`` an id of the page's family: of the length of one of its ``ids``, within
    ``lookup.MAX_GAP`` of one, or between two of them that lie within ``10^(length-4)`` of each other?"""
    if not ids or not compact(raw):
        return False
    digits = raw.strip()
    n = len(digits)
    if n < MIN_FAMILY_DIGITS:
        return False
    same = sorted(int(d) for d in ids if len(d) == n)
    if not same:
        return False
    v = int(digits)
    if v in same:
        return False  # the page's own id: another rule's (``furniture``: "ad-id", a lookup page's subject)
    for i in same:
        if abs(v - i) <= lookup.MAX_GAP:
            return True
    span = 10 ** (n - 4)
    lo, hi = same[0], same[-1]
    return len(same) > 1 and hi - lo <= span and lo < v < hi + lookup.MAX_GAP
