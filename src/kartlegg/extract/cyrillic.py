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
def _mixed_table() -> dict[int, str]:
    """``_table`` with the Latin look-alikes (``numbers.yaml`` ``latin_lookalikes``): a mixed stretch's."""
    return {**{ord(k): v for k, v in numbers().latin_lookalikes.items()}, **_table()}


@functools.cache
def _pairs() -> tuple[tuple[str, str], ...]:
    """``_table`` for ``text.swap_chars``: a stretch is above ASCII, and ``translate`` would raise a ``KeyError``
    for each of its digits and signs."""
    return char_pairs(_table())


@functools.cache
def _mixed_pairs() -> tuple[tuple[str, str], ...]:
    """``_mixed_table`` for ``text.swap_chars``, as ``_pairs``."""
    return char_pairs(_mixed_table())


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
    mixed = _mixed(text, whole, looks, done_upto=edits)
    if mixed:
        edits = sorted(edits + mixed)
    if not edits:
        return None
    out: list[str] = []
    spots: list[int] = []
    last = 0
    pairs = _mixed_pairs()
    latin = numbers().latin_lookalikes
    for a, e in edits:
        out.append(text[last:a])
        out.append(swap_chars(text[a:e], pairs))
        spots.extend(k for k in range(a, e) if text[k] in looks or text[k] in latin)
        last = e
    out.append(text[last:])
    return "".join(out), spots


#: Between the tokens of a mixed stretch: one or two of these ("O7б9-BB ZO бB").
_JOINS: Final = " .-/"


def _token_kind(token: str, looks: dict[str, str], latin: dict[str, str]) -> int:
    """2 for a token of digits and look-alikes holding a digit or a Cyrillic/Greek look-alike, 1 for one of Latin
    look-alikes only (at most three: "BB", "ZO"; a longer one is a word), 0 for any other token (a word)."""
    strong = False
    for ch in token:
        if "0" <= ch <= "9" or ch in looks:
            strong = True
        elif ch not in latin:
            return 0
    if strong:
        return 2
    return 1 if len(token) <= 3 else 0


def _mixed(
    text: str, whole: Callable[[str], bool], looks: dict[str, str], done_upto: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Stretches that mix Cyrillic or Greek look-alikes with Latin ones ("Ring: O7б9-BB ZO бB", session 38), which
    neither reader takes alone: tokens of digits and look-alikes joined by one or two of " .-/", walked out from
    each Cyrillic look-alike that no stretch of ``read_cyrillic`` read. A token of Latin look-alikes only is at most
    three letters; the stretch needs a contact word before it (``contact_cued``) or a "+", two real digits, a
    Cyrillic look-alike and a Latin one, and its digits must be one valid number (``whole``): the number's shape is
    the guard, as in ``letters``. A word is never read: a token with any other letter ends the stretch."""
    latin = numbers().latin_lookalikes
    if not latin:
        return []
    pairs = _mixed_pairs()
    out: list[tuple[int, int]] = []
    seen = 0
    for hit in _any_look().finditer(text):
        i = hit.start()
        if i < seen or any(a <= i < e for a, e in done_upto):
            continue
        m = _MIXED_TOKEN.search(text, _token_start(text, i))
        if m is None or _token_kind(m.group(), looks, latin) != 2:
            seen = i + 1
            continue
        run = [m.span()]
        while True:  # tokens to the left
            a = run[0][0]
            k = a
            while k > 0 and a - k < 2 and text[k - 1] in _JOINS:
                k -= 1
            if k == a or k == 0:
                break
            prev = _MIXED_TOKEN.search(text, _token_start(text, k - 1))
            if prev is None or prev.end() != k or _token_kind(prev.group(), looks, latin) == 0:
                break
            run.insert(0, prev.span())
        while True:  # tokens to the right
            e = run[-1][1]
            k = e
            while k < len(text) and k - e < 2 and text[k] in _JOINS:
                k += 1
            if k == e:
                break
            nxt = _MIXED_TOKEN.match(text, k)
            if nxt is None or _token_kind(nxt.group(), looks, latin) == 0:
                break
            run.append(nxt.span())
        seen = run[-1][1]
        found = _mixed_run(text, run, whole, looks, latin, pairs, done_upto)
        if found is not None:
            out.append(found)
    return out


def _token_start(text: str, i: int) -> int:
    """The start of the token (letters and digits) holding ``text[i]``."""
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return i


#: A token: letters and digits between signs.
_MIXED_TOKEN: Final = re.compile(r"[^\W_]+")


def _mixed_run(
    text: str,
    run: list[tuple[int, int]],
    whole: Callable[[str], bool],
    looks: dict[str, str],
    latin: dict[str, str],
    pairs: tuple[tuple[str, str], ...],
    done: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The span of ``run`` (its tokens, trimmed of Latin-only tokens at its ends as needed) that is one valid number
    written in mixed look-alikes, or None."""
    kinds = [_token_kind(text[a:e], looks, latin) for a, e in run]
    if not any(kinds[k] == 2 and any(ch in looks for ch in text[a:e]) for k, (a, e) in enumerate(run)):
        return None
    for lo in range(len(run)):
        for hi in range(len(run), lo, -1):
            a, e = run[lo][0], run[hi - 1][1]
            if any(a < de and da < e for da, de in done):
                return None
            raw = text[a:e]
            if not any(ch in looks for ch in raw) or not any(ch in latin for ch in raw):
                continue
            real = sum(1 for ch in raw if "0" <= ch <= "9")
            letters = sum(1 for ch in raw if ch in looks or ch in latin)
            plus = a > 0 and text[a - 1] == "+"
            if real < MIN_REAL_CUED or letters > MAX_SHARE_CUED * real:
                continue
            if not plus and not contact_cued(text, a):
                continue
            digits = "".join(ch for ch in swap_chars(raw, pairs) if "0" <= ch <= "9")
            if whole(("+" if plus else "") + digits):
                return a, e
    return None
