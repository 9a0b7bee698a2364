"""Dates and timestamps a page prints are not phones (issue 14, session 38).

A page prints when it was made, captured or updated, and prints it compactly: a web archive's snapshot puts the
capture date in the title ("Rosax | rosenatt.no [20260411]") and the 14-digit capture stamp in its URL
(``/web/20260411005726/https://…``) and toolbar ("◀ 20260319083822 · 20260411005726"); a forum, a feed or a cache
prints "Oppdatert 20260411 14:22". Eight digits that open with "20" read as a Danish number (+45 2026 04 11): a false
phone on every such ad, and because every page captured the same day prints the same date, a false phone shared by
unrelated women that joins them into profiles and networks. Two kinds of evidence, both general (no site's strings):

- **a part of a printed timestamp** (``stamp_part``, reason ``timestamp``): the number's digits are an aligned part
  (even offset, 6+ digits: the date, the date and the hour, ...) of a longer run that the same page prints in its URL
  or text and that is itself a timestamp (a calendar date ``YYYYMMDD`` and a time of day ``hhmm[ss]`` glued to it:
  12 or 14 digits). A person's number is not a prefix of the page's own capture stamp by chance;
- **a compact date where a date belongs** (``date_place``, reason ``date``): a calendar date written without
  separators (``YYYYMMDD``, ``DDMMYYYY``, ``YYMMDD``, ``DDMMYY``) alone in a bracket ("[20260411]", "(11042026)"),
  next to a time of day ("20260411 14:22", "14:22 20260411") or right after a word naming a date (``date_words`` of
  ``data/furniture.yaml``, sv/no/da/en: "Oppdatert", "Sparad", "Gemt", "Captured"); in a URL, as a whole query
  value under a key that names no contact route ("?ci=20260228&co=20260303": a booking's stay) or as a whole path
  segment of a full date ("/arkiv/20260411/"), session 39. A date and a time glued by "T", "-" or "_" into one id
  ("Crawl 20260105-1453", ``/crawl/20260105-1453/``: a crawl's, a backup's, a log file's) is a stamp too (session 43).

A compact date is a page's date only near the ad's own date (``near``): a page prints when it was captured, updated
or booked, within a few years of when the ad was posted or fetched (``day_number`` of the record's ``posted_at``). A
Danish number shaped like a date of another decade ("(20150612)" on an ad of 2026) is her number, not the page's
date; without the ad's date, any year MIN_YEAR-MAX_YEAR is a date's.

Neither holds for a number the ad gives as a contact: written with its country code ("+45 20 26 04 11", "0045 …"),
in a link that dials or texts it ("tel:", "sms:", "wa.me/", a link text whose target is one), or after a contact cue
("Ring 20260411"): ``furniture._reason`` asks ``contact_written`` and the cue first. Matches so judged are kept as
``furniture`` (reason ``timestamp`` or ``date``): evidence with its span, never a contact.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Final

from kartlegg.extract.lexicon import furniture_words, normalise_label

#: The years a compact date may name: a page prints recent dates (its capture, its update), not the distant past.
MIN_YEAR: Final = 1990
MAX_YEAR: Final = 2099
#: A timestamp run's lengths: a date and hhmm, or a date and hhmmss.
STAMP_LENGTHS: Final = (12, 14)
#: The fewest digits of a stamp's part that is judged (a date of six digits, yymmdd, or more).
MIN_PART: Final = 6
#: Days per month (February with its leap day: a compact date is a shape test, not a calendar).
_DAYS: Final = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: How far before a number, on its line, a date word is looked for.
_WORD_REACH: Final = 40
#: How far (in months) a compact date may lie from the ad's own date and still be a date the page prints: a capture,
#: an update, a stay booked, a post quoted are within a few years of the ad; a number that only looks like a date
#: names any year.
NEAR_MONTHS: Final = 36
#: The schemes and hosts of links that dial, text or message a number.
_DIAL_LINKS: Final = ("tel:", "sms:", "smsto:", "callto:", "wa.me/", "whatsapp", "viber:", "facetime:")


def _day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _DAYS[month]


def _ascii_digits(s: str) -> bool:
    if not s:
        return False
    for c in s:
        if not "0" <= c <= "9":
            return False
    return True


def _ymd(d: str) -> bool:
    """Is the eight-digit ``d`` a date YYYYMMDD of a year between MIN_YEAR and MAX_YEAR?"""
    year = int(d[:4])
    return MIN_YEAR <= year <= MAX_YEAR and _day_month(int(d[6:8]), int(d[4:6]))


def compact_date(digits: str) -> bool:
    """Is ``digits`` a calendar date written without separators: YYYYMMDD or DDMMYYYY (a year MIN_YEAR-MAX_YEAR),
    YYMMDD or DDMMYY?"""
    n = len(digits)
    if (n != 8 and n != 6) or not _ascii_digits(digits):
        return False
    if n == 8:
        if _ymd(digits):
            return True
        year = int(digits[4:])
        return MIN_YEAR <= year <= MAX_YEAR and _day_month(int(digits[:2]), int(digits[2:4]))
    return _day_month(int(digits[4:]), int(digits[2:4])) or _day_month(int(digits[:2]), int(digits[2:4]))


def day_of(digits: str) -> int:
    """The date a compact date names as the number YYYYMMDD (a six-digit one read YYMMDD in this century, else DDMMYY),
    0 for digits that are no compact date: a site's date slot is learned from the days its values name."""
    if not compact_date(digits):
        return 0
    if len(digits) == 8:
        return int(digits) if _ymd(digits) else int(digits[4:] + digits[2:4] + digits[:2])
    if _day_month(int(digits[4:]), int(digits[2:4])):
        return 20_000_000 + int(digits)
    return 20_000_000 + int(digits[4:] + digits[2:4] + digits[:2])


def _readings(digits: str) -> tuple[int, int]:
    """The two days (YYYYMMDD as a number, 0 for none) a compact date may name: YYYYMMDD or DDMMYYYY for eight digits,
    YYMMDD or DDMMYY (this century) for six."""
    if len(digits) == 8:
        first = int(digits) if _ymd(digits) else 0
        year = int(digits[4:])
        day, month = int(digits[:2]), int(digits[2:4])
        second = year * 10000 + month * 100 + day if MIN_YEAR <= year <= MAX_YEAR and _day_month(day, month) else 0
        return first, second
    first = 20_000_000 + int(digits) if _day_month(int(digits[4:]), int(digits[2:4])) else 0
    day, month = int(digits[:2]), int(digits[2:4])
    second = 20_000_000 + int(digits[4:]) * 10000 + month * 100 + day if _day_month(day, month) else 0
    return first, second


def _months(day: int) -> int:
    return (day // 10000) * 12 + day // 100 % 100


def near(digits: str, ad_day: int) -> bool:
    """Is ``digits`` a compact date (``compact_date``) that, read either way, lies within NEAR_MONTHS of the ad's own
    day ``ad_day`` (YYYYMMDD as a number, ``day_number``)? Without the ad's day (0), any compact date is."""
    if not compact_date(digits):
        return False
    if not ad_day:
        return True
    at = _months(ad_day)
    return any(d and abs(_months(d) - at) <= NEAR_MONTHS for d in _readings(digits))


def day_number(stamp: str | None) -> int:
    """The day an ISO date or time names ("2026-01-01T00:36:51Z", "2026-01-01") as the number YYYYMMDD; 0 for none
    or what is not one: the ad's own date, which a page's printed dates are near (``near``)."""
    if not stamp or len(stamp) < 10 or stamp[4] != "-" or stamp[7] != "-":
        return 0
    y, m, d = stamp[:4], stamp[5:7], stamp[8:10]
    if not (_ascii_digits(y) and _ascii_digits(m) and _ascii_digits(d)) or not _day_month(int(d), int(m)):
        return 0
    return int(y + m + d)


def timestamp(run: str) -> bool:
    """Is ``run`` a timestamp: a date YYYYMMDD and a time of day hhmm or hhmmss glued to it (12 or 14 digits)?"""
    return len(run) in STAMP_LENGTHS and _ascii_digits(run) and _ymd(run[:8]) and _hhmm(run[8:])


def _hhmm(t: str) -> bool:
    """Is ``t`` (four or six ASCII digits) a time of day hhmm or hhmmss?"""
    return int(t[:2]) <= 23 and all(int(t[k : k + 2]) <= 59 for k in range(2, len(t), 2))


#: A whole run of 12 or more ASCII digits (``stamps`` keeps those of 12 or 14, what a timestamp is printed as). It
#: opens with a character class and no look-behind, so the engine skips to each digit with its fast prefix scan
#: rather than trying the whole pattern at every position of a text (a look-behind first costs that; ~1 % of a
#: run's instructions on pages with compact numbers). A match is always a whole run: one that began inside a run
#: would have matched from the run's first digit.
_STAMP_RUN: Final = re.compile(r"[0-9][0-9]{11,}")


def stamps(texts: Sequence[str]) -> list[str]:
    """The timestamps (``timestamp``) that ``texts`` print as whole runs of ASCII digits, in order."""
    out: list[str] = []
    for text in texts:
        if len(text) < 12:
            continue
        for run in _STAMP_RUN.findall(text):
            if run not in out and timestamp(run):
                out.append(run)
    return out


def stamp_part(digits: str, printed: Sequence[str]) -> bool:
    """Are ``digits`` an aligned part (an even offset, MIN_PART digits or more, shorter than the whole) of one of the
    timestamps ``printed``: the date of "20260411005726", its date and hour, its year and month and day ...?"""
    n = len(digits)
    if n < MIN_PART:
        return False
    for s in printed:
        for at in range(0, len(s) - n + 1, 2):
            if n < len(s) and s[at : at + n] == digits:
                return True
    return False


def date_place(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` where a date is printed: alone in a bracket ("[20260411]"), next to a time
    of day ("20260411 14:22", "14:22:05 20260411", "20260411, kl. 14.22") or right after a date word on its line
    ("Oppdatert: 20260411", "Sparad 20260411")? Asked only for a compact date (``compact_date``)."""
    if _bracketed(text, start, end):
        return True
    if _time_after(text, end) or _time_before(text, start):
        return True
    ls = max(text.rfind("\n", 0, start) + 1, start - _WORD_REACH)
    before = text[ls:start].rstrip(" \t:.=-–")
    if not before or not before[-1].isalpha():
        return False
    words = normalise_label(before).split()
    known = _date_words()
    return any(" ".join(words[-k:]) in known for k in range(min(3, len(words)), 0, -1))


def url_date_place(url: str, start: int, end: int, contact_key: Callable[[str], bool]) -> bool:
    """Is the compact date at ``url[start:end]`` where a URL carries a date: a whole query value under a key that names
    no contact route (``?ci=20260228&co=…``, ``&from=20260411``; not ``?tel=20260411``: ``contact_key`` of the key's
    words), or a whole path segment of eight digits, a full date (``/arkiv/20260411/``, ``/logg/20260411?…``), or of
    a date and its time (``/crawl/20260105-1453/``, session 43)? A six-digit segment is a site's id as often as a
    date ("/profil/120364/"): it stays with the URL's id rules."""
    if start == 0 or (end < len(url) and url[end] not in "&#;/?-_T"):
        return False
    before = url[start - 1]
    if before == "=":
        if end < len(url) and url[end] not in "&#;":
            return False
        cut = max(url.rfind("?", 0, start), url.rfind("&", 0, start), url.rfind(";", 0, start))
        if cut < 0:
            return False
        key = url[cut + 1 : start - 1].replace("_", " ").replace("-", " ").strip()
        return bool(key) and not contact_key(key)
    if before != "/" or end - start != 8:
        return False
    if end < len(url) and url[end] not in "/?#":
        # a date and its time as one segment ("/crawl/20260105-1453/"): a stamp, wherever the segment stands
        stop = _compact_time(url, end + 1) if url[end] in "T-_" else -1
        if stop < 0 or (stop < len(url) and url[stop] not in "/?#"):
            return False
    scheme = url.find("//")
    host_end = url.find("/", scheme + 2) if scheme >= 0 else 0
    return 0 <= host_end < start - 1 and url.find("?", 0, start) < 0 and url.find("#", 0, start) < 0


def _bracketed(text: str, start: int, end: int) -> bool:
    s = start
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    e = end
    while e < len(text) and text[e] in " \t":
        e += 1
    if s == 0 or e >= len(text):
        return False
    return (text[s - 1], text[e]) in (("[", "]"), ("(", ")"), ("{", "}"), ("<", ">"))


def _time_after(text: str, end: int) -> bool:
    """Does a time of day follow the number: a "T" or "-" glued to it, or blanks or a comma, maybe "kl.", then h:mm
    or h.mm ("20260411T14:22", "20260411 14:22", "20260411, kl. 14.22")?"""
    i = end
    n = len(text)
    if i < n and text[i] in "T-_":
        if _compact_time(text, i + 1) >= 0:
            return True  # a date and time as one id ("20260105-1453", "20260105T145300", a crawl's or a backup's)
        i += 1
    else:
        while i < n and i - end < 3 and text[i] in " \t,":
            i += 1
        if i == end:
            return False
    if text[i : i + 2].lower() == "kl":
        i += 2
        while i < n and i - end < 8 and text[i] in ". \t":
            i += 1
    return _clock(text, i)


def _compact_time(text: str, i: int) -> int:
    """Where a time of day written compactly at ``i`` ends (hhmm or hhmmss, no digit after it: the time half of a
    stamp glued to its date by "T", "-" or "_": "20260105-1453", "20260411T141500"), -1 for none."""
    j = i
    n = len(text)
    while j < n and j - i < 7 and "0" <= text[j] <= "9":
        j += 1
    if j - i not in (4, 6) or (j < n and text[j].isdecimal()) or not _hhmm(text[i:j]):
        return -1
    return j


def _clock(text: str, i: int) -> bool:
    """Does ``text`` hold a time of day h:mm / hh:mm (or "." between) at ``i``, no digit after it?"""
    j = i
    while j < len(text) and "0" <= text[j] <= "9" and j - i < 2:
        j += 1
    if j == i or j + 3 > len(text) or text[j] not in ":." or int(text[i:j]) > 23:
        return False
    mm = text[j + 1 : j + 3]
    if not _ascii_digits(mm) or int(mm) > 59:
        return False
    return j + 3 == len(text) or not "0" <= text[j + 3] <= "9" or text[j] == ":"


def _time_before(text: str, start: int) -> bool:
    """Does a time of day h:mm or h:mm:ss end right before the number (blanks or a comma between)?"""
    k = start
    while k > 0 and start - k < 3 and text[k - 1] in " \t,":
        k -= 1
    if k == start:
        return False
    j = k
    while j > 0 and k - j < 8 and (text[j - 1] == ":" or "0" <= text[j - 1] <= "9"):
        j -= 1
    seg = text[j:k]
    parts = seg.split(":")
    if len(parts) < 2 or len(parts) > 3 or not all(_ascii_digits(p) and len(p) <= 2 for p in parts):
        return False
    return int(parts[0]) <= 23 and all(len(p) == 2 and int(p) <= 59 for p in parts[1:])


def contact_written(text: str, start: int, end: int, raw: str) -> bool:
    """Is the number written the way a contact is and a date never is: with its country code ("+45 …", "0045 …",
    "(+45)"), or in a link that dials, texts or messages it ("tel:…", "[20 26 04 11](tel:+4520260411)")?"""
    s = raw.lstrip(" (")
    if s.startswith(("+", "00")):
        return True
    low = text[max(0, start - 12) : start].lower()
    if any(k in low for k in _DIAL_LINKS):
        return True
    if text.startswith("](", end):
        close = text.find(")", end + 2, end + 200)
        target = text[end + 2 : close if close > 0 else end + 200].lower()
        return any(k in target for k in _DIAL_LINKS)
    return False


@functools.cache
def _date_words() -> frozenset[str]:
    """The words naming a date a page prints (``date_words``: "oppdatert", "sparad", "gemt", "captured")."""
    return frozenset(w for words in furniture_words().date_words.values() for w in words)
