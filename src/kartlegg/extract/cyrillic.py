"""Cyrillic and Greek letters written for digits inside a number (issue 14, session 31).

A filter that looks for digits misses "+З7О 613 б1895" (Cyrillic Ze for 3, O for 0, be for 6) and "О73 45О б2 29";
a reader sees the number. ``read_cyrillic`` writes such letters as the digits they look like, in place (one character
for one character, so every span stays, as ``letters.read_letters`` does), and only inside a stretch of digits, the
look-alikes and the signs a number is written with (" .-/()" and a "+" before), where a look-alike is glued to an
ASCII digit and the stretch's digits are exactly one valid number of the ad's regions or with its code (``whole``,
the caller's check). The letters are data (``numbers.yaml`` ``cyrillic_lookalikes``): a Cyrillic word (a Russian
"о", an "Об" in a name) is never read, as it is glued to no digit or makes no number.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.letters import contact_cued
from kartlegg.extract.lexicon import numbers
from kartlegg.extract.text import char_pairs, swap_chars

#: Signs a number is written with between its groups (a "+" only at the stretch's start).
_SIGNS: Final = " .-/()"
#: Real digits a stretch needs (an age with a letter glued, "23ч", is no number), and letters per real digit; after a
#: contact word or phone sign on its line ("📞: з5Зб1ЧЗЗ", session 32) fewer real digits and more letters do.
MIN_REAL: Final = 4
MAX_SHARE: Final = 2.0
MIN_REAL_CUED: Final = 2
MAX_SHARE_CUED: Final = 4.0
#: Real digits beside which a group of look-alikes standing apart is read after a contact word ("Kontakt: 24 52 94
#: бЧ": no look-alike glued to a digit; session 33).
MIN_REAL_GROUP: Final = 6


@functools.cache
def _looks() -> dict[str, str]:
    """Each look-alike letter and its digit (``numbers.yaml`` ``cyrillic_lookalikes``)."""
    return dict(numbers().cyrillic_lookalikes)


@functools.cache
def _table() -> dict[int, str]:
    return {ord(k): v for k, v in _looks().items()}


@functools.cache
def _pairs() -> tuple[tuple[str, str], ...]:
    """``_table`` for ``text.swap_chars``: a stretch is above ASCII, and ``translate`` would raise a ``KeyError``
    for each of its digits and signs."""
    return char_pairs(_table())


def _member(ch: str, looks: dict[str, str]) -> int:
    """2 for an ASCII digit, 1 for a look-alike letter, 3 for a sign of ``_SIGNS``, 0 otherwise."""
    if "0" <= ch <= "9":
        return 2
    if ch in looks:
        return 1
    if ch in _SIGNS:
        return 3
    return 0


@functools.cache
def _any_look() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_looks())) + "]" if _looks() else r"(?!)")


def may_hold(text: str) -> bool:
    """Does ``text`` hold a look-alike letter at all? The gate: one class search, only for a field with a letter or
    digit above U+00FF (the caller's cheaper question first)."""
    return _any_look().search(text) is not None


def read_cyrillic(text: str, whole: Callable[[str], bool]) -> tuple[str, list[int]] | None:
    """``text`` with the look-alike letters of each stretch that is one number written as digits, and where they
    stood; None when none was. ``whole``: digits ("+" kept in front) to True when they are one valid number."""
    looks = _looks()
    if not looks:
        return None
    n = len(text)
    done = 0
    edits: list[tuple[int, int]] = []
    for hit in _any_look().finditer(text):  # the look-alikes' places only, not every character
        i = hit.start()
        if i < done:
            continue
        a = i
        while a > 0 and _member(text[a - 1], looks):
            a -= 1
        e = i
        while e < n and _member(text[e], looks):
            e += 1
        done = e
        while a < e and text[a] in _SIGNS:
            a += 1
        while e > a and text[e - 1] in _SIGNS:
            e -= 1
        plus = a > 0 and text[a - 1] == "+"
        if a > 0 and (text[a - 1].isalnum() or (plus and a > 1 and text[a - 2].isalnum())):
            continue  # glued to a word: "Пр3О..." is a code or a name, not a number
        if e < n and text[e].isalnum():
            continue
        real = sum(1 for k in range(a, e) if "0" <= text[k] <= "9")
        letters = [k for k in range(a, e) if text[k] in looks]
        if real < MIN_REAL or len(letters) > MAX_SHARE * real:
            if real < MIN_REAL_CUED or len(letters) > MAX_SHARE_CUED * real or not contact_cued(text, a):
                continue
        if (
            not plus
            and not any(
                (k > a and "0" <= text[k - 1] <= "9") or (k + 1 < e and "0" <= text[k + 1] <= "9") for k in letters
            )
            and (real < MIN_REAL_GROUP or not contact_cued(text, a))
        ):
            continue  # no look-alike glued to a digit nor a "+" before: letters beside a number, not inside it
        digits = swap_chars(text[a:e], _pairs())
        if not whole(("+" if plus else "") + "".join(ch for ch in digits if "0" <= ch <= "9")):
            continue
        edits.append((a, e))
    if not edits:
        return None
    out: list[str] = []
    spots: list[int] = []
    last = 0
    pairs = _pairs()
    for a, e in edits:
        out.append(text[last:a])
        out.append(swap_chars(text[a:e], pairs))
        spots.extend(k for k in range(a, e) if text[k] in looks)
        last = e
    out.append(text[last:])
    return "".join(out), spots
