"""Telephone signs between the groups of one number (issue 14, session 29).

A phone sign (📞 ☎ 📱 ✆) before a number is its cue and ends the run before it (``phones._NOT_GAP``); some
advertisers put it between the groups of the number itself, as others put a heart or a star: "81📞77📞53📞98",
"6257 ☎️ 4997", "+46763 📞 560736". ``bridge_signs`` blanks such a sign (same length, like ``phones._digitise``) when
the groups on either side are parts of one number by their shape: the same sign repeated between short groups, or
one sign after a group that cannot be a number alone (a "+" code or a trunk "0" and a few digits) or before a short
last group, with 8-13 digits in all.
"""

from __future__ import annotations

import re
from typing import Final

#: The phone signs (``phones._NOT_GAP``'s) and the emoji presentation selector that may follow one.
_SIGNS: Final = "\U0001f4de\u260e\U0001f4f1\u2706"
_CHAIN: Final = re.compile(
    r"(?<![\w+])(\+?[0-9]{1,6})((?:[ \t]?[" + _SIGNS + r"]\ufe0f?[ \t]?[0-9]{1,8}){1,5})(?![0-9])"
)
_LINK: Final = re.compile(r"[ \t]?[" + _SIGNS + r"]\ufe0f?[ \t]?([0-9]{1,8})")
#: The longest group between repeated signs, the most digits of the number's last group after a single sign
#: (unless the first group is a code or a trunk), and the digits of the whole number.
MAX_GROUP: Final = 4
MAX_TAIL: Final = 5
MIN_DIGITS: Final = 8
MAX_DIGITS: Final = 13


def has_sign(text: str) -> bool:
    """Does a phone sign stand in ``text``? The gate before ``bridge_signs``."""
    return "\U0001f4de" in text or "\u260e" in text or "\U0001f4f1" in text or "\u2706" in text


#: The most characters a chain's head (``_CHAIN``'s group 1, "+" and 1-6 digits) and the blank after it take before
#: the chain's first sign.
_HEAD_REACH: Final = 8


def _chain_starts(text: str) -> list[int]:
    """Every place ``_CHAIN`` can match at, in order: a match's first sign stands 1-8 characters after its start (its
    head, "+" and 1-6 digits, then one optional blank), so it starts within ``_HEAD_REACH`` characters before a sign.
    Found by ``str.find`` per sign (the field has few), not by trying the pattern at every character."""
    signs: list[int] = []
    for sign in _SIGNS:
        p = text.find(sign)
        while p >= 0:
            signs.append(p)
            p = text.find(sign, p + 1)
    signs.sort()
    out: list[int] = []
    last = -1
    for p in signs:
        s = max(p - _HEAD_REACH, last + 1)
        while s < p:
            out.append(s)
            s += 1
        last = max(last, p - 1)
    return out


def _chains(text: str) -> list[re.Match[str]]:
    """``list(_CHAIN.finditer(text))``, the pattern tried only where a match can start (``_chain_starts``): the same
    leftmost, non-overlapping matches (a match is never empty), ~0.2 M instructions less per field with a sign."""
    found: list[re.Match[str]] = []
    pos = 0
    for s in _chain_starts(text):
        if s < pos:
            continue
        m = _CHAIN.match(text, s)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


def bridge_signs(text: str) -> str | None:
    """``text`` with the phone signs inside a number blanked (same length), None when none is."""
    out: list[str] | None = None
    for m in _chains(text):
        head = m.group(1)
        groups = [g.group(1) for g in _LINK.finditer(m.group(2))]
        total = len(head.lstrip("+")) + sum(len(g) for g in groups)
        if not MIN_DIGITS <= total <= MAX_DIGITS:
            continue
        if len(groups) > 1:
            ok = all(len(g) <= MAX_GROUP for g in groups[:-1]) and len(groups[-1]) <= MAX_GROUP + 1
        else:
            ok = head[0] in "+0" or len(groups[0]) <= MAX_TAIL
        if not ok:
            continue
        if out is None:
            out = list(text)
        for i in range(m.start(2), m.end(2)):
            if text[i] in _SIGNS or text[i] == "\ufe0f":
                out[i] = " "
    return "".join(out) if out is not None else None
