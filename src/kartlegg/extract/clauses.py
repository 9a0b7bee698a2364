"""Whose a phone is by the clause it stands in (session 31): a number the person disowns, a channel staff's line.

- **Disowned** (``disowned``): "OBS! Falske profiler bruker bildene mine – 412 34 567 er IKKE meg", "fejkprofiler …
  – 070 … är INTE jag", "… is NOT me, never pay a deposit". A scammer's number she warns against is evidence for the
  analysts, never her contact: listed on an outreach list a social worker calls, it reaches the scammer. Read from a
  clause right after the number (``disown_after``: "er ikke meg", "är inte jag", "is not me") or a warning before it
  in the same sentence (``disown_before``: "falske profiler", "fake profiles", "ring inte") with no word of her own
  number between (``own_number_words``: "mitt eneste nummer", "call only").
- **Payment** (``payment_number``): a Swish business number after its label ("Swish 123 290 78 33").
- **Staff** (``staff_line``): "— Admin: @kanal_admin4 | +44 7986 907366", "Moderator: …": a number after a staff
  label (``staff_labels``), with at most a handle and separators between, is the site's line.

The lexicons live in ``data/furniture.yaml`` in sv/no/da/en. Both readers look only at the number's own line, a few
dozen characters each side: no pattern runs over the field.
"""

from __future__ import annotations

import functools
from typing import Final

from kartlegg.extract.lexicon import furniture_words, normalise_label

#: Characters read after a number for its disowning clause, and before it for a warning or a staff label.
AFTER_SPAN: Final = 48
BEFORE_SPAN: Final = 120
#: Signs between a number and the clause after it ("– 412 34 567 – er IKKE meg", "(is NOT me)").
_LEAD: Final = " \t:,;–—-()[]\"'«»!"
#: Sentence ends: a warning in an earlier sentence says nothing of the number ("Fake profiles exist. Call 412 …").
_SENTENCE_ENDS: Final = ".!?\n"


@functools.cache
def _phrases(kind: str) -> tuple[str, ...]:
    table: dict[str, list[str]] = getattr(furniture_words(), kind)
    return tuple(sorted({w for words in table.values() for w in words}, key=len, reverse=True))


@functools.cache
def _first_words(kind: str) -> frozenset[str]:
    """The first words of a lexicon's phrases: a clause whose words hold none of them holds no phrase (a set test per
    word before any phrase is searched; most numbers' lines hold no warning)."""
    return frozenset(p.split()[0] for p in _phrases(kind))


@functools.cache
def _word_set(kind: str) -> frozenset[str]:
    table: dict[str, list[str]] = getattr(furniture_words(), kind)
    return frozenset(w for words in table.values() for w in words)


def disowned(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` one the ad disowns: a clause after it says it is not hers, or a warning
    before it in its sentence names it a scammer's?"""
    return _disowned_after(text, end) or _warned_before(text, start)


def _disowned_after(text: str, end: int) -> bool:
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + AFTER_SPAN)
    seg = text[end:hi].lstrip(_LEAD)
    if not seg or not seg[0].isalpha():
        return False
    low = normalise_label(seg)
    if low.split(" ", 1)[0] not in _first_words("disown_after"):
        return False
    for p in _phrases("disown_after"):
        if low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum()):
            return True
    return False


def _warned_before(text: str, start: int) -> bool:
    lo = max(0, start - BEFORE_SPAN)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in _SENTENCE_ENDS)
    if cut >= 0:
        before = before[cut + 1 :]
    firsts = _first_words("disown_before")
    if not any(w in firsts for w in normalise_label(before).split()):
        return False
    low = before.lower()
    best = -1
    for p in _phrases("disown_before"):
        k = low.rfind(p)
        if k >= 0 and (k == 0 or not low[k - 1].isalnum()) and k + len(p) > best:
            best = k + len(p)
    if best < 0:
        return False
    own = _word_set("own_number_words")
    return not any(w in own for w in normalise_label(before[best:]).split())


def staff_line(text: str, start: int) -> bool:
    """Is the number at ``text[start:]`` right after a staff label on its line ("Admin: @kanal_admin4 | +44 …",
    "Moderator – 412 34 567"), at most a handle and separators between?"""
    ls = text.rfind("\n", 0, start) + 1
    before = text[max(ls, start - BEFORE_SPAN) : start].rstrip(" \t|·•:–—-/+(")
    at = before.rfind("@")
    if at >= 0 and all(c.isalnum() or c in "_." for c in before[at + 1 :]):
        before = before[:at].rstrip(" \t|·•:–—-/(")
    words = normalise_label(before).split()
    labels = _word_set("staff_labels")
    return any(" ".join(words[-n:]) in labels for n in range(1, min(len(words), 3) + 1))


#: The prefix of Swedish businesses' Swish numbers ("Swish 123 456 78 90"): never a phone, whatever it reads as.
_SWISH_BUSINESS: Final = "123"


def payment_number(text: str, start: int, raw: str) -> bool:
    """Is the number read at ``text[start:]`` (written ``raw``) a business's payment number: a payment label
    (``payment_labels``: "Swish", "betala med Swish") right before digits that open with a Swish business prefix
    ("Kort eller Swish 123 290 78 33")? A private person's Swish, Vipps or MobilePay number is her phone and stays."""
    k = 0
    while k < len(raw) and not raw[k].isdigit():
        k += 1
    if k == len(raw) or raw[k] != "1":
        return False
    digits = "".join(c for c in raw[k:] if "0" <= c <= "9")
    if not digits.startswith(_SWISH_BUSINESS) or len(digits) < 8:
        return False
    ls = text.rfind("\n", 0, start) + 1
    words = normalise_label(text[max(ls, start - 40) : start]).split()
    labels = _word_set("payment_labels")
    return any(" ".join(words[-n:]) in labels for n in range(1, min(len(words), 3) + 1))
