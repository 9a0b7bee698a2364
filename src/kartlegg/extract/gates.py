"""Cheap necessary conditions that let a selector skip a pattern the regex engine would try at every character.

A gate answers False only where the pattern it stands for cannot match anywhere in the field, so a selector that
runs the pattern only when its gate answers True finds exactly what it found before (issue 14, session 30). Each
gate reads what ``patterns.scan`` gave the field already (its lower-case form and its lower-case letter runs) and
a few ``str.find`` results; ``tests/extract/test_rewrites_held_equal_30.py`` holds each gate to its pattern.

A rule author who changes a gated pattern must change its gate in the same commit (the test fails otherwise).
"""

from __future__ import annotations

from typing import Final

#: ``places._ABBREVIATED``'s character classes, by code point: its capitals ``[A-ZÆØÅÄÖ]``, its lower-case letters
#: ``[a-zæøåäö]`` and its consonants ``[bcdfghjklmnpqrstvwxz]``.
_CAPS_WIDE: Final = frozenset({0xC6, 0xD8, 0xC5, 0xC4, 0xD6})
_LOWS_WIDE: Final = frozenset({0xE6, 0xF8, 0xE5, 0xE4, 0xF6})


def _capital(o: int) -> bool:
    return 65 <= o <= 90 or o in _CAPS_WIDE


def _small(o: int) -> bool:
    return 97 <= o <= 122 or o in _LOWS_WIDE


def _consonant(o: int) -> bool:
    return 97 <= o <= 122 and o != 97 and o != 101 and o != 105 and o != 111 and o != 117 and o != 121


def _contraction_start(text: str, q: int) -> int:
    """Where ``places._ABBREVIATED``'s contraction branch (a capital, up to three small letters, "." or "-", three or
    more small letters) can open with its "." or "-" at ``q`` (its capital), or -1."""
    n = len(text)
    if q + 3 >= n:
        return -1
    if not (_small(ord(text[q + 1])) and _small(ord(text[q + 2])) and _small(ord(text[q + 3]))):
        return -1
    j = q - 1
    k = 0
    while j >= 0 and k < 3 and _small(ord(text[j])):
        j -= 1
        k += 1
    return j if j >= 0 and _capital(ord(text[j])) else -1


def abbreviation_starts(text: str, low: str, words: set[str] | frozenset[str]) -> list[int]:
    """Every position where ``places._ABBREVIATED`` can open in ``text``, in order (the capital before a "." or "-"
    contraction, the capital of a run of two to four small consonants that ends a word of three to five letters;
    ``low``: its same-length lower-case form, ``words``: the lower-case letter runs of that, as ``patterns.scan``
    gives them), found with ``str.find``. ``patterns.digit_anchored`` from these finds what ``finditer`` finds; a
    yes-or-no gate passed on every field that writes "E-post" or "E-mail", and the pattern was then tried at every
    character (~36 k instructions a field; session 36)."""
    found: set[int] = set()
    for sign in ".-":
        q = text.find(sign)
        while q >= 0:
            j = _contraction_start(text, q)
            if j >= 0:
                found.add(j)
            q = text.find(sign, q + 1)
    n = len(text)
    for w in words:
        size = len(w)
        if size < 3 or size > 5:
            continue
        tail = True
        for i in range(1, size):
            if not _consonant(ord(w[i])):
                tail = False
                break
        if not tail:
            continue
        p = low.find(w)
        while p >= 0:
            if p + 2 < n and _capital(ord(text[p])) and _consonant(ord(text[p + 1])) and _consonant(ord(text[p + 2])):
                found.add(p)
            p = low.find(w, p + 1)
    return sorted(found)
