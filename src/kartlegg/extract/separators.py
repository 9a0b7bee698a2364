"""One digit at a time under one repeated separator (issue 14, session 27).

"5*0*8*8*5*0*6*1*3", "+|4|6|7|2|...", "+ ~ 3 ~ 5 ~ 9 ~ ...", "0-8-9-1-9-2-6-1-7-9", and groups under a sign no
number is written with ("+47#412#57#386", "9999*999*9999"): the run is one number. ``join_runs`` writes its digits
together (after its "+", if any) and blanks the rest of the run, keeping the text's length, so the reader sees one
token instead of single digits it would cut into a national number and a remainder.

A run of single digits needs ``MIN_DIGITS`` of them under one sign (blanks around it allowed), the same sign
throughout; groups of 1-4 digits need a sign of ``ODD_SIGNS`` glued to them (the signs numbers are written with,
"-", ".", "/", are the reader's to split; "2026 | 505.246 visninger" is two fields of a line). Runs after a
letter, digit or "+" glued to them are left alone.
"""

from __future__ import annotations

import re
from typing import Final

from kartlegg.extract.patterns import digit_anchored, number_starts

#: Digits a run of single digits needs to be joined (fewer: a rating "5*5*5*5", a list "1 - 2 - 3").
MIN_DIGITS: Final = 7
#: Most digits a joined run may have (E.164's 15, a trunk prefix or "00" more).
MAX_DIGITS: Final = 17
#: Signs no number is written with: groups of digits under one of these are joined too.
ODD_SIGNS: Final = "#*|~•·_^=<>"
_SIGN: Final = r"[^\w\s()+,;:'\"\[\]{}]"
_RUN: Final = re.compile(
    r"(?<![\w+])(\+[ \t]?(?:(" + _SIGN + r")[ \t]?)?)?"  # a "+", maybe with the sign after it: "+#4#6", "+ ~ 3"
    r"([0-9]{1,4})[ \t]?(" + _SIGN + r")[ \t]?[0-9]{1,4}(?:[ \t]?\4[ \t]?[0-9]{1,4})*(?![\w])"
)


def may_join(text: str, digits: list[int]) -> bool:
    """Can ``join_runs`` find a run in ``text`` (``digits``: its digit runs' starts)? Only when a digit run opens
    right after an odd sign glued to a digit ("41#257"), or ``MIN_DIGITS`` digit runs open at most 4 characters
    apart ("4 * 1 * 2"): one pass over the starts instead of the pattern at every character."""
    streak = 0
    last = -9
    for d in digits:
        if d >= 2 and text[d - 1] in ODD_SIGNS and "0" <= text[d - 2] <= "9":
            return True
        if d - last <= 4:
            streak += 1
            if streak + 1 >= MIN_DIGITS:
                return True
        else:
            streak = 0
        last = d
    return False


def join_runs(text: str, out: list[str]) -> bool:
    """Write every run of ``text`` that is one number under a repeated sign as its digits into ``out`` (the text's
    characters); True if one was written."""
    changed = False
    # a run opens at a "+" or a digit run's start (its look-behind): the pattern is tried there only
    for m in digit_anchored(_RUN, text, _run_starts(text)):
        sign = m.group(4)
        if m.group(2) is not None and m.group(2) != sign:
            continue
        run = m.group()
        digits = "".join(ch for ch in run if "0" <= ch <= "9")
        if len(digits) > MAX_DIGITS:
            continue
        body = run[len(m.group(1) or "") :]
        groups = [g.strip() for g in body.split(sign)]
        single = all(len(g) == 1 for g in groups)
        if not ((single and len(digits) >= MIN_DIGITS) or (sign in ODD_SIGNS and len(digits) >= MIN_DIGITS)):
            continue
        if any(" " in g or "\t" in g for g in groups):
            continue
        if not single and (" " in body or "\t" in body):
            continue  # groups under a sign with blanks around it are fields of a line ("2026 | 505.246 visninger")
        new = ("+" if m.group(1) else "") + digits
        for i in range(m.start(), m.end()):
            k = i - m.start()
            out[i] = new[k] if k < len(new) else " "
        changed = True
    return changed


#: Characters ``_SIGN`` leaves out besides word characters and blanks.
_NOT_SIGNS: Final = "()+,;:'\"[]{}"


def _sign_at(text: str, i: int) -> bool:
    """Does ``_SIGN`` match ``text[i]`` (no word character, no blank, none of ``_NOT_SIGNS``)?"""
    c = text[i]
    return not (c.isalnum() or c == "_" or c.isspace() or c in _NOT_SIGNS)


def _run_starts(text: str) -> list[int]:
    """The starts of ``number_starts`` where ``_RUN`` can match, in order: every "+", and each digit run of 1-4 ASCII
    digits followed by a sign (a blank before it and after it allowed) and an ASCII digit, as ``_RUN``'s first group
    needs. A necessary condition read by code points before the pattern is tried (~4 k instructions a try: most digit
    runs of an ad are followed by a blank and a word; session 35)."""
    n = len(text)
    out: list[int] = []
    for s in number_starts(text):
        if text[s] == "+":
            out.append(s)
            continue
        e = s
        while e < n and 48 <= ord(text[e]) <= 57:
            e += 1
        if e == s or e - s > 4:
            continue
        if e < n and (text[e] == " " or text[e] == "\t"):
            e += 1
        if e >= n or not _sign_at(text, e):
            continue
        e += 1
        if e < n and (text[e] == " " or text[e] == "\t"):
            e += 1
        if e < n and 48 <= ord(text[e]) <= 57:
            out.append(s)
    return out


#: Single digits joined by the letter "x" ("5x1x1x3x0x8x6x3x9", "+48 5x1x1x3x0x8x6x3x9"), which ``_SIGN`` (no word
#: character) leaves out: an "x" is a letter, but one between single digits in a run of ``MIN_DIGITS`` is a sign.
_X_RUN: Final = re.compile(r"(?<![\w+])[0-9](?:[xX][0-9]){6,16}(?![\w])")


def may_join_x(text: str, digits: list[int]) -> bool:
    """Can ``join_x`` find a run (``digits``: the text's digit runs' starts)? Only when ``MIN_DIGITS`` single digits
    follow each other with one "x" between: one look after each start, no pattern over the text."""
    streak = 0
    n = len(text)
    for d in digits:
        if d + 2 < n and _x_at(ord(text[d + 1])) and 48 <= ord(text[d + 2]) <= 57:
            streak += 1
            if streak + 1 >= MIN_DIGITS:
                return True
        else:
            streak = 0
    return False


def join_x(text: str, out: list[str]) -> bool:
    """Write every run of single digits joined by "x" as its digits, blanks after them, into ``out`` (the text's
    characters); True if one was written."""
    changed = False
    for m in _X_RUN.finditer(text):
        digits = m.group()[::2]
        for i in range(m.start(), m.end()):
            k = i - m.start()
            out[i] = digits[k] if k < len(digits) else " "
        changed = True
    return changed


def _x_at(o: int) -> bool:
    """Is ``chr(o)`` "x" or "X" (by code point: no one-character string per look)?"""
    return o == 120 or o == 88
