"""OCR's misreadings of digits in a text read from a scan or a photo (issue 14, session 33).

An archive of flyers read by OCR prints "Tlf: 6D 99 10  98", "+45 73 G/ 68 19", "4Z, 91 55 Z4", "+5S 21 90/75-4393":
"D" for 0, "A" for 4, "G" and "b" for 6, "/" for 7, "s" for 5, a stray "," or "." inside the number. ``letters``
reads letters written for digits on purpose; this module reads what a scanner misread, and only where the text says
it was scanned (a word of ``numbers.yaml`` ``ocr_markers`` among the field's words: "OCR-text", "inskannad",
"scanned"). Inside such a text a run of digits, confusions (``ocr_confusions``) and the signs a number is written
with is read as digits only when a contact word stands before it on its line (``letters.contact_cued``) or it opens
its line after a one-word label ("(old): +38D 67 510 4B37"), and its digits as a whole are then one valid number of
the ad's regions (``valid``): a "/" is tried as 7 first and as a separator second, at most one "," is dropped, bare
tokens of one or two confusions at its ends ("bA 72 ,55 37", "96 74 94 /Z") are tried with it and without. **Never a
part**: a cued run with a confusion glued to a digit that does not validate as a whole is blanked, so the scanner does
not read its digits alone ("+45 s/ 50 36 58" is no "+45 50 36 58"). The rewrite keeps the text's length (every span
stays), like ``letters.read_letters``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.letters import contact_cued
from kartlegg.extract.lexicon import numbers
from kartlegg.extract.patterns import digit_runs, splice

#: The signs a number is written with inside a run (no line break: a run stays on its line).
_SIGNS: Final = frozenset(" \t.,-()+")
#: Digits a read number may have (its code included).
MIN_DIGITS: Final = 7
MAX_DIGITS: Final = 15
#: Real digits a run needs (the rest may be confusions: "6D 99 10  98" has seven).
MIN_REAL: Final = 5
#: Real digits a run that is all its line holds needs ("< 99 OS 9O 3O": half of it misread, session 36).
MIN_REAL_ALONE: Final = 4
#: A token of confusions only ("GD" in "98 04. GD 55", "lSO" in "+4O 7l3 359 lSO") is part of a run only when it is
#: this short (a group of three misread whole, session 36).
MAX_BARE: Final = 3


@functools.cache
def _markers() -> frozenset[str]:
    return frozenset(numbers().ocr_markers)


@functools.cache
def _confusions() -> dict[str, str]:
    return dict(numbers().ocr_confusions)


def marked(words: set[str] | frozenset[str]) -> bool:
    """Does the text say it was read by OCR (``words``: its lower-case letter runs)? The gate: one set test."""
    return not words.isdisjoint(_markers())


def _member(ch: str, conf: dict[str, str]) -> bool:
    return "0" <= ch <= "9" or ch in _SIGNS or ch in conf


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The blank-separated tokens of ``text[a:b]`` as spans."""
    out: list[tuple[int, int]] = []
    k = a
    while k < b:
        while k < b and text[k] in " \t":
            k += 1
        s = k
        while k < b and text[k] not in " \t":
            k += 1
        if k > s:
            out.append((s, k))
    return out


def _has_digit(s: str) -> bool:
    return any("0" <= ch <= "9" for ch in s)


def _kind(tok: str, conf: dict[str, str]) -> int:
    """2 for a token with a digit, 1 for a "+" or a bare token of one or two confusions, a "+" maybe before them
    ("GD", "bA", "/Z", "+sB"), 0 else."""
    if _has_digit(tok):
        return 2
    bare = tok.lstrip("+")
    if not bare or (len(bare) <= MAX_BARE and all(ch in conf for ch in bare)):
        return 1
    return 0


def _run(text: str, a: int, b: int, conf: dict[str, str]) -> tuple[int, int, int, int] | None:
    """The run inside the stretch ``text[a:b]``: where it opens with and without its bare tokens before the first
    token with a digit ("bA 72 ,55 37", "+ 36 2D …"), and where it ends without and with those after the last one
    ("070-b20 1b gO", "96 74 94 /Z"); no token of three or more letters without a digit, none glued to a word outside
    the stretch. The run with the most digits when the stretch holds several."""
    toks = _tokens(text, a, b)
    if toks and toks[0][0] == a and a > 0 and text[a - 1].isalpha():
        toks = toks[1:]  # the stretch opens inside a word ("Osl0"): that token is the word's
    if toks and toks[-1][1] == b and b < len(text) and text[b].isalpha():
        toks = toks[:-1]
    best: tuple[int, int, int, int] | None = None
    head = first = last = tail = -1
    for s, e in [*toks, (b, b)]:
        kind = _kind(text[s:e], conf) if e > s else 0
        if kind == 2:
            if first < 0:
                first = s
                if head < 0:
                    head = s
            last = tail = e
            continue
        if kind == 1:
            if first < 0:
                if head < 0:
                    head = s
            else:
                tail = e
            continue
        if first >= 0:
            best = _longer(best, (head, first, last, tail), text)
        head = first = last = tail = -1
    return best


def _longer(a: tuple[int, int, int, int] | None, b: tuple[int, int, int, int], text: str) -> tuple[int, int, int, int]:
    if a is None:
        return b
    return b if _count(text[b[1] : b[2]]) > _count(text[a[1] : a[2]]) else a


def _count(s: str) -> int:
    return sum(1 for ch in s if "0" <= ch <= "9")


def _reading(raw: str, conf: dict[str, str], slash: bool) -> str:
    """``raw`` with its confusions written as digits (a "/" as 7 when ``slash``), "," and "." as blanks."""
    out = []
    for ch in raw:
        if "0" <= ch <= "9":
            out.append(ch)
        elif ch == "/":
            out.append("7" if slash else "/")
        elif (ch in conf and ch.isalpha()) or ch == "|":
            out.append(conf[ch])
        elif ch in ",.":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _glued(raw: str, conf: dict[str, str]) -> bool:
    """Is a confusion letter glued to a digit in ``raw`` ("6D", "Z4", "b75")?"""
    for i, ch in enumerate(raw):
        if ch.isalpha() and ch in conf:
            if (i and "0" <= raw[i - 1] <= "9") or (i + 1 < len(raw) and "0" <= raw[i + 1] <= "9"):
                return True
    return False


def read_ocr(text: str, words: set[str] | frozenset[str], valid: Callable[[str], bool]) -> str | None:
    """``text`` with each cued run of an OCR'd text that holds a confusion (a letter of ``ocr_confusions``, a "/", a
    stray ",") written as the digits of its one valid reading, or blanked when it has a confusion glued to a digit
    and no reading validates; None when the text is not marked as OCR'd or nothing changed. ``words``: the text's
    lower-case letter runs; ``valid``: digits ("+" kept in front) to True when one valid number of the ad's regions."""
    if not marked(words):
        return None
    conf = _confusions()
    n = len(text)
    edits: list[tuple[int, int, str]] = []
    done = 0
    for d in digit_runs(text):
        if d < done:
            continue
        a = d
        while a > done and _member(text[a - 1], conf):
            a -= 1
        b = d
        while b < n and _member(text[b], conf):
            b += 1
        done = b
        b = _before_time(text, a, b)
        span = _run(text, a, b, conf)
        if span is None:
            continue
        head, first, last, tail = span
        got = None
        for s, e in dict.fromkeys(((head, tail), (first, tail), (head, last), (first, last))):
            got = _read(text, s, e, conf, valid, blank=False)
            if got is not None:
                break
        if got is None:
            got = _read(text, first, last, conf, valid, blank=True)
        if got is not None:
            edits.append(got)
    if not edits:
        return None
    return splice(text, edits)


#: A line's label before its number: one word, maybe in brackets, and a colon ("(old):", "Ny:", "(gamla):").
_LABEL: Final = re.compile(r"[ \t]*[(\[]?[^\W\d_]{1,12}[)\]]?:[ \t]*")


def _before_time(text: str, a: int, b: int) -> int:
    """``b``, or the start of the run's last token when that token is a time's hours ("900B 22:30": a chat bubble's
    time right after the number)."""
    if b + 2 >= len(text) or text[b] != ":" or not ("0" <= text[b + 1] <= "9" and "0" <= text[b + 2] <= "9"):
        return b
    k = b
    while k > a and "0" <= text[k - 1] <= "9":
        k -= 1
    return k if b - k <= 2 and k > a and text[k - 1] in " \t" else b


#: Around a run that is all its line holds: before it a chat header's "<" or a bullet, after it the bubble's time and
#: ticks ("< +4O 7l3 359 lSO", "61 84 BB 24 16:15 ✓✓").
_LINE_HEAD: Final = re.compile(r"[ \t]*(?:[<>\u2022\u00b7*\-\u2013][ \t]*)?")
_LINE_TAIL: Final = re.compile(r"[ \t]*(?:[0-2]?[0-9]:[0-5][0-9])?[ \t]*[\u2713\u2714]*[ \t]*(?:\r?\n|$)")


def _alone(text: str, s: int, e: int) -> bool:
    """Is the run ``text[s:e]`` all its line holds (a chat's contact shown as its number, a bubble with only a number
    in it, session 36)? A scanned line of nothing but a number is a contact as much as one after "Tlf:"."""
    ls = text.rfind("\n", 0, s) + 1
    return _LINE_HEAD.fullmatch(text, ls, s) is not None and _LINE_TAIL.match(text, e) is not None


def _labelled(text: str, s: int) -> bool:
    """Does the run at ``s`` open its line after a one-word label and a colon (a field of the scanned card)?"""
    ls = text.rfind("\n", 0, s) + 1
    return _LABEL.fullmatch(text, ls, s) is not None


def _read(
    text: str, s: int, e: int, conf: dict[str, str], valid: Callable[[str], bool], *, blank: bool
) -> tuple[int, int, str] | None:
    """The edit for the run ``text[s:e]``: its one valid reading, or blanks (when ``blank``) when a confusion is glued
    to a digit and none validates; None when the run is left to the scanner (no confusion, no contact word before
    it, too short)."""
    raw = text[s:e]
    while raw and raw[-1] in ",.-(+":
        raw = raw[:-1]
    e = s + len(raw)
    real = _count(raw)
    if raw.count(",") > 1 or real < MIN_REAL_ALONE:
        return None
    has_letter = any(ch.isalpha() for ch in raw)
    if not has_letter and "/" not in raw and "," not in raw and ". " not in raw:
        return None  # plain digits: the scanner reads them as it always did
    if contact_cued(text, s) or _labelled(text, s):
        if real < MIN_REAL:
            return None
    elif not _alone(text, s, e):
        return None
    plus = raw.lstrip("(").startswith("+")
    for slash in (True, False) if "/" in raw else (False,):
        new = _reading(raw, conf, slash)
        digits = "".join(ch for ch in new if "0" <= ch <= "9")
        if MIN_DIGITS <= len(digits) <= MAX_DIGITS and valid(("+" if plus else "") + digits):
            return (s, e, new) if new != raw else None
    if blank and _glued(raw, conf):
        return s, e, " " * len(raw)  # never a part of a misread number
    return None
