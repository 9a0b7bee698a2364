"""A masked number's last digits given one by one or in words (issue 14, session 31).

"+40 7429897xx – de to siste er 4 og 7", "07240449xx (last two digits: two nine)", "07368585xx (xx = nollett)",
"+370 674422xx – de sidste to er nul og fire", "76 900 59 ** (last two are twenty-nine)": ``masks`` reads a
completion written as one group of digits ("(xx = 40)", "siste sifre 410"); this module reads one whose digits stand
apart, joined by blanks or a word of ``numbers.yaml`` ``digit_joiners`` ("og", "och", "and", ","), or are number words
(one per digit, "six two", or glued, "nollett", "sjufyra": ``numwords.segment``; a tens word and a unit word joined by
a dash or a blank, "twenty-nine", "sixty six", are one pair: session 33). The clause opens as ``masks``' do: the mask
again and "=", ":" or a verb of ``mask_is``, or a cue word of ``completion_cues`` (an article and a count before it
allowed: "de to siste"); its digits follow the first ":", "=" or verb after the cue (the count between, "de sidste to
er", is skipped). Only a completion of exactly the mask's width is read.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from kartlegg.extract.lexicon import numbers
from kartlegg.extract.numwords import compose, segment

#: How far after the cue the digits' verb or colon may stand ("last two digits: …"), on the same line.
VERB_REACH: Final = 24
#: Most tokens read as the completion's digits.
MAX_TOKENS: Final = 8
#: A unit word after a tens word, joined by a dash or a blank ("twenty-nine", "sixty six"): the pair is one number
#: (session 33); written glued ("sixtysix", "femogtredive") ``numwords.segment`` reads it already.
_TENS_UNIT: Final = re.compile(r"(?:[ \t]*-[ \t]*|[ \t]+)([^\W\d_]+)")


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=lambda w: (-len(w), w)))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The clause's opening (mask again with its verb, or an article, a count and a cue), the verb or sign before
    the digits, both lower-case, from numbers.yaml; None without cue words."""
    nums = numbers()
    if not nums.completion_cues:
        return None
    verbs = [w for w in nums.mask_is if w[:1].isalpha()]
    signs = "".join(re.escape(w) for w in nums.mask_is if len(w) == 1 and not w.isalpha()) or r"=:"
    verb = r"(?:[" + signs + r"]|(?<![^\W\d_])(?:" + _alt(verbs) + r")(?![^\W\d_]))" if verbs else r"[" + signs + "]"
    articles = r"(?:(?:" + _alt(nums.completion_articles) + r")[ \t]+)?" if nums.completion_articles else ""
    opening = re.compile(
        r"[\s,(\-\u2013\u2014:;]{0,4}(?:(?P<again>[x*#?]{1,4})[ \t]?"
        + verb
        + r"|"
        + articles
        + r"(?:(?:[0-9]|[^\W\d_]{2,6})[ \t]+)?(?:"
        + _alt(nums.completion_cues)
        + r")(?![^\W\d_]))"
    )
    return opening, re.compile(verb), re.compile(r"[0-9]+|[^\W\d_]+|\S")


@functools.cache
def _joiners() -> frozenset[str]:
    return frozenset(w.lower() for w in numbers().digit_joiners)


@functools.lru_cache(maxsize=1024)
def _word_digits(word: str) -> str | None:
    """The digits a word of number words stands for ("six" 6, "nollett" 01, "fyrtiosju" 47), or None."""
    pieces = segment(word)
    if not pieces or any(p.kind not in ("u", "t", "x", "c") for p in pieces):
        return None
    return "".join(c[0] for c in compose(list(pieces))) or None


#: ``_word_digits`` for other modules (``masked``: the digit a mark's key names, "(* is zero)").
word_digits = _word_digits


def spelled_completion(low: str, at: int, width: int) -> tuple[str, int] | None:
    """The ``width`` digits a completion right after ``at`` (a mask's end) gives apart or in words, and where they
    end; None when there is none of that width. ``low``: the text lower-cased."""
    pats = _patterns()
    if pats is None:
        return None
    opening, verb, token = pats
    m = opening.match(low, at)
    if m is None:
        return None
    k = m.end()
    if m.group("again") is None:
        line = low.find("\n", k)
        stop = min(k + VERB_REACH, len(low) if line < 0 else line)
        v = verb.search(low, k, stop)
        if v is not None:
            k = v.end()
    digits = ""
    end = -1
    joiners = _joiners()
    n = len(low)
    for _ in range(MAX_TOKENS):
        while k < n and low[k] in " \t":
            k += 1
        t = token.match(low, k)
        if t is None:
            break
        w = t.group()
        if digits and w in joiners:
            k = t.end()
            continue
        got = w if w[0].isdigit() else _word_digits(w) if w[0].isalpha() else None
        if got is None:
            break
        stop = t.end()
        if w[0].isalpha() and len(got) > 1 and got.endswith("0"):
            unit = _TENS_UNIT.match(low, stop)  # "twenty-nine", "sixty six": one pair, not 20 then 9
            pair = _word_digits(w + unit.group(1)) if unit is not None else None
            if unit is not None and pair is not None and len(pair) == len(got):
                got, stop = pair, unit.end()
        digits += got
        end = k = stop
        if len(digits) >= width:
            break
    if len(digits) != width or _more_digits(low, k, token):
        return None
    return digits, end


def _more_digits(low: str, k: int, token: re.Pattern[str]) -> bool:
    """Does another digit or number word follow ``k`` after blanks and joiners ("3, 6 og 1" for two places)?"""
    n = len(low)
    joiners = _joiners()
    for _ in range(3):
        while k < n and low[k] in " \t":
            k += 1
        t = token.match(low, k)
        if t is None:
            return False
        w = t.group()
        if w in joiners:
            k = t.end()
            continue
        return w[0].isdigit() or (w[0].isalpha() and _word_digits(w) is not None and not _weak(w))
    return False


@functools.cache
def _weak_words() -> frozenset[str]:
    return frozenset(w.lower() for w in numbers().weak)


def _weak(word: str) -> bool:
    """Is ``word`` a number word that is also an ordinary word ("en", "to", "for")? After a completion it is prose."""
    return word in _weak_words()


def warm_up() -> None:
    """Compile the pattern now (``api.warm_up``): made at the start, it is kept by the start cache."""
    _patterns()
