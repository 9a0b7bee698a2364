"""A label as the furniture, clause, date and record readers compare it: lower-case, punctuation read as blanks,
blanks collapsed ("Annonse-ID:" -> "annonse id").

Why a module of its own: ``lexicon`` (the data files' readers) runs interpreted, and these readers, all compiled,
call this on a number's line several times per phone (~4.7 calls an ad on blind14): interpreted, a call was ~1.5 k
instructions answered from the memo and ~10 k otherwise (issue 14, session 42). Here it is compiled with them
(``native.MODULES``); ``lexicon.normalise_label`` is this function, so its callers and tests are unchanged.
"""

from __future__ import annotations

from typing import Final

#: The signs a label reads as blanks.
PUNCT_SIGNS: Final = ":#.-_/()[]*|,;"

#: ``normalise_label``'s answers by text (texts up to ``_MEMO_CHARS`` long), cleared when full: a plain dict.
_MEMO: Final[dict[str, str]] = {}
_MEMO_MAX: Final = 8192
_MEMO_CHARS: Final = 256


def normalise_label(text: str) -> str:
    """Lower-case, punctuation read as blanks, blanks collapsed: "Annonse-ID:" -> "annonse id".

    Each sign present replaced by ``str.replace`` (a C search per sign), not ``str.translate`` by a table: with any
    character past ASCII in the text ("på", "–") ``translate`` looks each character up through the mapping,
    ~15 k instructions for a clause's 120 characters (issue 14, session 32). Most calls repeat a text an earlier
    call read (a site's labels, a number's line read by several readers: ~60 % of blind11's): answered from
    ``_MEMO`` then, a dict look-up (issue 14, session 34)."""
    got = _MEMO.get(text)
    if got is not None:
        return got
    low = text.lower()
    for sign in PUNCT_SIGNS:
        if sign in low:
            low = low.replace(sign, " ")
    out = " ".join(low.split())
    if len(text) <= _MEMO_CHARS and type(text) is str:
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        _MEMO[text] = out
    return out
