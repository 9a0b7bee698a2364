"""A word for some of a number's digits, spelled by the phone keypad's letters (issue 14, session 34).

"0730 LOVE 76", "719 DOLL 4", "4075 LOVE": a vanity number writes a word in capitals for the digits whose keys carry
its letters (ITU E.161: 2 ABC, 3 DEF, 4 GHI, 5 JKL, 6 MNO, 7 PQRS, 8 TUV, 9 WXYZ; ``numbers.yaml`` ``keypad``).
``read_keypad`` writes such a word as its digits, in place (one character for one character, so every span stays,
as ``cyrillic`` does), only where one group of 3-7 capitals with a vowel stands after a number's digit groups and one
blank or dash, with maybe a digit group after another (a word glued to digits, "460ZIZ29", is look-alikes), and only
when the whole stretch is then one valid mobile number of the ad's countries and its digits before the word are none
by themselves. The group must be a word written for its keys: no label or unit ("SMS", "NOK": ``keypad_not_words``),
no number word ("SEVEN", "OTTE": digits in words) and no place ("2672 OSLO": a postcode and its town). Ordinary words
are never read: a lower-case letter beside the group, or a second word, ends it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final

from kartlegg.extract.lexicon import numbers
from kartlegg.extract.numwords import segment
from kartlegg.extract.patterns import splice
from kartlegg.extract.places import city_country

#: A keypad word's length.
MIN_WORD: Final = 3
MAX_WORD: Final = 7
#: Signs between a number's groups ("/" parts two numbers), and the one sign or blank between its digits and the word.
_SIGNS: Final = " .-()"
_JOIN: Final = " -."
_VOWELS: Final = "AEIOUYÆØÅÄÖ"


@functools.cache
def _table() -> dict[str, str]:
    return {letter: digit for digit, letters in numbers().keypad.items() for letter in letters}


@functools.cache
def _not_words() -> frozenset[str]:
    return frozenset(w.upper() for w in numbers().keypad_not_words)


def _capital(c: str) -> bool:
    return "A" <= c <= "Z"


@functools.lru_cache(maxsize=1024)
def _known_word(word: str) -> bool:
    """Is a capital group a word the ad means as itself: a number word ("SEVEN", "OTTE", "FIRE": digits written in
    words) or a place ("2672 OSLO": a postcode and its town)?"""
    low = word.lower()
    pieces = segment(low)
    return (bool(pieces) and all(p.kind != "o" for p in pieces)) or city_country(low) is not None


def may_hold(text: str, starts: list[int]) -> bool:
    """The cheap gate: is a digit run (``starts``: ``patterns.digit_runs``) followed by one blank or dash and three
    capitals? A walk over the ad's digits by code point (``ord``: mypyc reads it directly, where a one-character
    string compared is a Python comparison, ~40 instructions), no pattern."""
    n = len(text)
    for s in starts:
        e = s
        while e < n and 48 <= ord(text[e]) <= 57:
            e += 1
        if e + 3 < n:
            j = ord(text[e])
            if (
                (j == 32 or j == 45 or j == 46)
                and 65 <= ord(text[e + 1]) <= 90
                and 65 <= ord(text[e + 2]) <= 90
                and 65 <= ord(text[e + 3]) <= 90
            ):
                return True
    return False


def read_keypad(text: str, starts: list[int], mobile: Callable[[str], bool]) -> str | None:
    """``text`` with each keypad word inside a number written as its digits (module docstring), or None when none is.
    ``mobile``: digits ("+" kept in front) to True when they are one valid mobile number."""
    table = _table()
    if not table:
        return None
    n = len(text)
    edits: list[tuple[int, int, str]] = []
    done = -1
    for s in starts:
        if s < done:
            continue
        e = s
        while e < n and "0" <= text[e] <= "9":
            e += 1
        if not (e + 3 < n and text[e] in _JOIN and _capital(text[e + 1])):
            continue
        w = e + 1
        w_end = w
        while w_end < n and _capital(text[w_end]):
            w_end += 1
        word = text[w:w_end]
        if (
            not MIN_WORD <= len(word) <= MAX_WORD
            or (w_end < n and text[w_end].isalpha())
            or not any(c in _VOWELS for c in word)
            or word in _not_words()
            or any(c not in table for c in word)
            or _known_word(word)
        ):
            continue
        # the number's digit groups before the word: back over digits and signs, a "+" at the front
        a = s
        while a > 0 and ("0" <= text[a - 1] <= "9" or text[a - 1] in _SIGNS):
            a -= 1
        while a < s and text[a] in _SIGNS:
            a += 1
        if a > 0 and text[a - 1] == "+":
            a -= 1
        if a > 0 and text[a - 1].isalnum():
            continue  # glued to a word before it: a code, not a number
        spelled = "".join(table[c] for c in word)
        tails = _tails(text, w_end)
        heads = ["".join(c for c in text[g:w] if "0" <= c <= "9" or c == "+") for g in _group_starts(text, a, e)]
        if mobile(heads[0]):
            continue  # a whole number before the word: the word is no part of it
        if not any(mobile(head + spelled + tail) for head in heads for tail in tails):
            continue
        edits.append((w, w_end, spelled))
        done = w_end
    return splice(text, edits) if edits else None


def _group_starts(text: str, a: int, e: int) -> list[int]:
    """Where each digit group of ``text[a:e]`` starts (a "+" before the first kept), the longest stretch first."""
    out = [a]
    for k in range(a + 1, e):
        if "0" <= text[k] <= "9" and not "0" <= text[k - 1] <= "9" and text[k - 1] != "+":
            out.append(k)
    return out


def _tails(text: str, w_end: int) -> list[str]:
    """The digits a number ends with after its word: the digit group after one blank or dash ("LOVE 76" is no number
    that ends at the word), none when there is none or a letter follows it ("76kr")."""
    n = len(text)
    if w_end >= n or text[w_end] not in _JOIN:
        return [""]
    k = w_end + 1
    t = k
    while t < n and "0" <= text[t] <= "9":
        t += 1
    if t == k or (t < n and text[t].isalpha()):
        return [""]
    return [text[k:t]]
