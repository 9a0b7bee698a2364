"""Partly masked numbers and their completion (issue 14, session 27).

Advertisers hide the end of a number and give it again in words beside it: "912 34 5xx (xx = 67)",
"+45 52 96 00 xx – last two 37", "98975... last digits 419", "0730610xxx, siste sifre 410", or give a new number
as an old one with other last digits: "Old +47 46188534 not working, new one is same but ending 92",
"samme som før men slutter på 85". A run followed by a mask is incomplete: ``complete_masks`` writes the completion
into the mask (and blanks the words that gave it), or, when an x/*/# mask has no completion of its length, blanks
the head and its mask, so the head is never read as a number of its own. The rewrite keeps the text's length (every
span stays), like ``phones._digitise``; ``phones.find_phones`` reads the rewritten text.

The words that announce a completion are data (``numbers.yaml``: ``completion_cues``, ``same_cues``,
``same_endings``), in the four
languages and English; this module only knows their shapes: a mask repeated before "=" or ":" ("(xx = 67)"), or a
cue word, at most a few words, an optional count ("last 3 digits: 545", "siste 2: 71") and the digits.

A copy of a number with some digits masked ("35 9• •• 60", "55*2•*••*11", a moderation tool's or a list's) that no
completion filled is blanked whole by ``blank_copies`` (session 39): its shown digits are no number, nor part of one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.lexicon import numbers
from kartlegg.extract.patterns import digit_anchored, digit_runs, number_starts
from kartlegg.extract.separators import join_runs, join_x, may_join, may_join_x
from kartlegg.extract.spelled import spelled_completion

#: A number's head: digits with blanks, dashes or dots inside, at least ``MIN_HEAD`` digits, ending in a digit.
_HEAD: Final = r"(?<![\w+])(\+?[0-9][0-9 \-.]{2,18}?[0-9])"
#: The head followed by a mask: letters x (2-4, after at most one blank, not before a letter), "*" or "#" (2-4,
#: glued to the head: "*** 214 784 2976 ***" is decoration), or an ellipsis (or two dots: "929009.. (last digits:
#: 32)"; without a completion it is left as it is).
_MASKED: Final = re.compile(_HEAD + r"(?:( ?)([xX]{2,4})(?![^\W\d_])|()(\*{2,4}|#{2,4})(?![*#\w])|(\.{2,3}|\u2026))")
#: Digits a head needs (a shorter run is a price or a count).
MIN_HEAD: Final = 5
#: A completion written as the mask again: "(xx = 67)", "xxx: 410".
_AGAIN: Final = re.compile(r"[\s,(\-\u2013\u2014:;]{0,4}[xX*#]{1,4} ?[=:] ?([0-9]{1,4})(?![0-9])")
#: Between the mask and its cue word: blanks and punctuation only.
_LEAD: Final = re.compile(r"[\s,(\-\u2013\u2014:;]{0,4}")
#: After a cue word: a few words, no digit nor line break, then the digits (or a count, a word, ":" and the digits).
_DIGITS: Final = re.compile(
    r"[^0-9\n]{0,24}?([0-9]{1,4})(?![0-9])(?:[ \t]*[^\W\d_]{0,10}[ \t]*[:=][ \t]*([0-9]{1,4})(?![0-9]))?"
)
#: A number a "same but ending" note changes: the nearest run of 7+ digits before the note.
_OLD: Final = re.compile(r"\+?[0-9][0-9 \-.]{5,20}[0-9]")
#: How far before a "same" note its old number may stand, and how far after it its new last digits.
OLD_REACH: Final = 120
SAME_REACH: Final = 40


@functools.cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The completion cue words, the "same" words and their endings as word patterns, lower-case (matched on the
    lower-cased text), from numbers.yaml."""
    nums = numbers()

    def alt(words: tuple[str, ...]) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(r"(?<![^\W\d_])(?:" + body + r")(?![^\W\d_])")  # matched on the lower-cased text

    def opening(words: tuple[str, ...]) -> re.Pattern[str]:
        # ``alt`` with the look-behind after each word's first letter ("s(?<![^\W\d_]s)ame"): the same matches, and
        # a pattern that opens with literals lets the engine skip to them (``_same`` runs it over the whole text)
        body = "|".join(
            re.escape(w[0]) + r"(?<![^\W\d_]" + re.escape(w[0]) + ")" + re.escape(w[1:])
            for w in sorted(words, key=len, reverse=True)
        )
        return re.compile(r"(?:" + body + r")(?![^\W\d_])")

    return alt(nums.completion_cues), opening(nums.same_cues), alt(nums.same_endings)


@functools.cache
def _articled_cue() -> re.Pattern[str]:
    """An article before a completion cue word ("de siste", "the last"), lower-case (``numbers.yaml``:
    ``completion_articles``, ``completion_cues``)."""
    nums = numbers()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    if not nums.completion_articles or not nums.completion_cues:
        return re.compile(r"(?!)")
    return re.compile(
        r"(?:" + alt(nums.completion_articles) + r")[ \t]+(?:" + alt(nums.completion_cues) + r")(?![^\W\d_])"
    )


def _article_cue(low: str, at: int) -> re.Match[str] | None:
    """A completion cue after an article at ``at`` ("de siste sifrene: 67"); None otherwise."""
    return _articled_cue().match(low, at)


@functools.cache
def _counted_digits() -> re.Pattern[str]:
    """After a cue word: a count, an optional word and a verb of ``mask_is`` before the digits ("siste 2 er 18",
    "the last 2 are 32", "sista 3 siffrorna är 731"), lower-case; the groups as ``_DIGITS``'s."""
    verbs = [w for w in numbers().mask_is if w not in ("=", ":")]
    if not verbs:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    return re.compile(
        r"[ \t]{0,3}([0-9])[ \t]+(?:[^\W\d_]{1,12}[ \t]+)?(?:" + alt + r")[ \t]*:?[ \t]*([0-9]{1,4})(?![0-9])"
    )


def _completion(text: str, low: str, at: int, width: int) -> tuple[str, int] | None:
    """The digits that complete a mask ending at ``at`` and where their clause ends; ``width``: the mask's length
    (0 for an ellipsis, any 1-4 digits); ``low``: the text lower-cased (same length). Digits written apart or
    in words ("– de to siste er 4 og 7", "(last two digits: six two)", "(xx = nollett)") are read by
    ``spelled.spelled_completion`` when the digits as written are not the mask's width."""
    found = _written_completion(text, low, at, width)
    if found is None and width:
        found = spelled_completion(low, at, width)
    return found


def _written_completion(text: str, low: str, at: int, width: int) -> tuple[str, int] | None:
    """``_completion`` for digits written as one group ("(xx = 67)", "siste sifre 410", "the last 2 are 32")."""
    m = _AGAIN.match(text, at)
    if m is not None:
        digits, end = m.group(1), m.end()
    else:
        lead = _LEAD.match(text, at)
        k = lead.end() if lead is not None else at
        cue = _cues()[0].match(low, k)
        if cue is None:
            cue = _article_cue(low, k)
            if cue is None:
                return None
        d = _DIGITS.match(text, cue.end())
        if d is None or d.group(2) is None:
            d = _counted_digits().match(low, cue.end()) or d
        if d is None:
            return None
        digits, end = d.group(1), d.end(1)
        count = d.group(2)
        if count is not None and len(digits) == 1 and int(digits) == len(count):
            digits, end = count, d.end(2)  # "last 3 digits: 545", "siste 2: 71"
    if width and len(digits) != width:
        return None
    return digits, end


def _masks(
    text: str, low: str, out: list[str] | None, whole: Callable[[str], bool] | None = None
) -> tuple[bool, list[str] | None]:
    """Complete or blank every masked number of ``text`` in ``out`` (its characters; made from ``text`` at the first
    change when None: most fields with "..." hold no mask, and ``list(text)`` costs ~30 k instructions an ad); True if
    one changed, and ``out``. ``whole``: is a head alone a complete number? Then a mask without a completion is
    decoration ("41257386##", kisses "…789xx"), not hidden digits: a mask stands for digits the head lacks."""
    changed = False
    for m in digit_anchored(_MASKED, text, number_starts(text)):  # a head opens at a "+" or a digit run's start
        head = m.group(1)
        if sum(1 for ch in head if "0" <= ch <= "9") < MIN_HEAD:
            continue
        mask = 3 if m.group(3) is not None else 5 if m.group(5) is not None else 0
        if mask:
            start, width = m.start(mask), len(m.group(mask))
        else:
            start, width = m.start(6), 0
        found = _completion(text, low, m.end(), width)
        if found is None:
            if (width and (whole is None or not whole(head))) or opens_longer(text, head, m.start(1), m.end()):
                # hidden digits, no completion: no number; a head that opens a longer number the page writes
                # elsewhere ("+55 11 91945-5xxx" beside "+55 11 91945-5847", session 43) is that number's copy,
                # even when its digits alone validate (a foreign plan's shorter numbers) or an ellipsis ends it
                if out is None:
                    out = list(text)
                for i in range(m.start(1), m.end()):
                    out[i] = " "
                changed = True
            continue  # an ellipsis may close a whole number ("ring 91234567...")
        digits, end = found
        if out is None:
            out = list(text)
        for i in range(start, end):
            out[i] = digits[i - start] if i - start < len(digits) else " "
        changed = True
    return changed, out


def _same(text: str, low: str, out: list[str] | None) -> tuple[bool, list[str] | None]:
    """Write the number a "same but ending 92" note gives over the note into ``out`` (made from ``text`` at the first
    change when None); True if one was written, and ``out``."""
    changed = False
    same, cues = _cues()[1], _cues()[2]
    for m in same.finditer(low):
        cue = cues.search(low, m.end(), m.end() + SAME_REACH)
        if cue is None:
            continue
        d = _DIGITS.match(text, cue.end())
        if d is None or d.group(2) is not None or "\n" in text[m.start() : d.end(1)]:
            continue
        tail = d.group(1)
        olds = list(_OLD.finditer(text, max(0, m.start() - OLD_REACH), m.start()))
        if not olds:
            continue
        old = olds[-1].group()
        places = [i for i, ch in enumerate(old) if "0" <= ch <= "9"]
        if len(places) < 7 or len(tail) >= len(places):
            continue
        new = list(old)
        for i, ch in zip(places[-len(tail) :], tail, strict=True):
            new[i] = ch
        end = d.end(1)
        if end - m.start() < len(new) + 1:
            continue
        if out is None:
            out = list(text)
        for i in range(m.start(), end):
            k = i - m.start() - 1  # a blank before the number: the note's word before it stays apart
            out[i] = new[k] if 0 <= k < len(new) else " "
        changed = True
    return changed, out


#: A mask the first pass (``_MASKED``) does not read: "?" marks, a mask after a blank ("93 25 60 **"), or split by a
#: blank or dash and mixed into the last group ("3x xx", "1? ??", "59-48-3*-**"). Read only with a completion.
_SPLIT_MASK: Final = re.compile(_HEAD + r"([ \-]?)([xX*#?](?:[ \-]?[xX*#?]){0,3})(?![\w*#?])")


def _mask_sign(o: int) -> bool:
    """Is ``chr(o)`` one of the mask signs x, X, *, #, ? (by code point)?"""
    return o == 120 or o == 88 or o == 42 or o == 35 or o == 63


def _mask_after_digits(text: str, digits: list[int]) -> bool:
    """Does a mask sign follow a run of ASCII digits (``digits``: the runs' starts), glued or after a blank or a
    dash? The gate before ``_SPLIT_MASK``: one look per digit run, no pattern over the text."""
    n = len(text)
    for d in digits:
        e = d
        while e < n and 48 <= ord(text[e]) <= 57:
            e += 1
        if e < n:
            o = ord(text[e])
            if _mask_sign(o) or ((o == 32 or o == 45) and e + 1 < n and _mask_sign(ord(text[e + 1]))):
                return True
    return False


@functools.cache
def _again_wide() -> re.Pattern[str]:
    """The mask given again before its digits, matched on the lower-cased text: "– xx er 67", "hvor ## = 18",
    "where XX = 14", "(xx: 67)" (``numbers.yaml``: ``mask_again_words``, ``mask_is``)."""
    nums = numbers()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    opener = r"(?:(?:" + alt(nums.mask_again_words) + r")[ \t]+)?" if nums.mask_again_words else ""
    return re.compile(
        r"[\s,(\-\u2013\u2014:;]{0,4}"
        + opener
        + r"[x*#?](?:[ \-]?[x*#?]){0,3}[ \t]?(?:"
        + alt(nums.mask_is or ("=", ":"))
        + r")[ \t]?([0-9]{1,4})(?![0-9])"
    )


def _split_masks(text: str, low: str, out: list[str], low_out: list[str]) -> bool:
    """Complete every mask of ``_SPLIT_MASK`` that has a completion of its width (the mask given again, or a cue
    word of ``_completion``): the digits over the mask's signs, the completion's words blanked; in ``out`` and
    ``low_out`` (the text and its lower case). Masks without a completion are left to ``_masks``."""
    changed = False
    for m in digit_anchored(_SPLIT_MASK, text, number_starts(text)):  # a head opens at a "+" or a digit run's start
        head = m.group(1)
        if sum(1 for ch in head if "0" <= ch <= "9") < MIN_HEAD:
            continue
        mask = m.group(3)
        places = [m.start(3) + i for i, ch in enumerate(mask) if ch not in " -"]
        a = _again_wide().match(low, m.end())
        if a is not None:
            digits, end = a.group(1), a.end(1)
            if len(digits) != len(places):
                continue
        else:
            found = _completion(text, low, m.end(), len(places))
            if found is None:
                continue
            digits, end = found
        for i in range(m.end(), end):
            out[i] = low_out[i] = " "
        for i, ch in zip(places, digits, strict=True):
            out[i] = low_out[i] = ch
        changed = True
    return changed


def complete_masks(
    text: str,
    low: str,
    words: set[str] | None = None,
    digits: list[int] | None = None,
    whole: Callable[[str], bool] | None = None,
) -> str | None:
    """``text`` with its masked numbers completed (or blanked), its "same but ending" notes written as the new
    number and its runs of digits under one repeated sign joined (``separators.join_runs``), same length; None when
    nothing changed. ``low``: the text in lower case (same length); ``whole``: see ``_masks``."""
    out: list[str] | None = None
    a = b = c = False
    if digits is None:
        digits = digit_runs(text)
    if _mask_after_digits(text, digits):
        out = list(text)
        low_out = list(low)
        if _split_masks(text, low, out, low_out):
            text, low, a = "".join(out), "".join(low_out), True
            digits = digit_runs(text)
    if (
        ("x" in low and "xx" in low)  # a sign first (``memchr``): most fields hold no "*" or "#" (``may_hold_copy``)
        or ("*" in text and "**" in text)
        or ("#" in text and "##" in text)
        or ".." in text
        or "\u2026" in text
    ):
        masked, out = _masks(text, low, out, whole)
        a = masked or a
    if _has_same(low, words):
        b, out = _same(text, low, out)
    # one digit at a time under one repeated sign ("5*0*8*8*5*0*6*1*3", "+|4|6|7|2|..."): one number
    if may_join(text, digits):
        if out is None:
            out = list(text)
        c = join_runs(text if not (a or b) else "".join(out), out)
    # single digits joined by "x" ("5x1x1x3x0x8x6x3x9"): one number
    if may_join_x(text, digits):
        if out is None:
            out = list(text)
        if join_x(text, out):
            c = True
    return "".join(out) if out is not None and (a or b or c) else None


def _has_same(low: str, words: set[str] | None) -> bool:
    """Does a "same" word stand in the text (``words``: its lower-case words, when the caller has them)?"""
    if words is not None:
        return not words.isdisjoint(_same_words())
    return any(w in low for w in _same_words())


@functools.cache
def _same_words() -> frozenset[str]:
    return frozenset(w.lower() for w in numbers().same_cues)


#: The signs a masking tool writes in a digit's place (lower case "x" is left to ``letters``: a word's letter).
_COPY_MARKS: Final = "*#\u2022\u25cf\u2219"
#: What may stand between two groups of one masked copy ("35 9• •• 60", "99 / 8• / •• / 06", "07-1•• •• 67").
_COPY_GAP: Final = " \t-./|"
#: The longest gap between two groups of one copy, and the most digits a group without marks may have to count as
#: one of its groups (a longer one is a number of its own beside the copy).
COPY_GAP: Final = 3
COPY_GROUP: Final = 4


#: Digits a masked copy shows at most: signs stand for the rest, and ten digits are a whole number in every plan the
#: ads use (a Swedish national number, a NANP one): a run showing that many is a number written with stars between its
#: groups (the peers' pnm_obfuscated "**2**1**9\\_ 8***5**1-33**77"), not a copy.
COPY_SHOWN_MAX: Final = 10


def blank_copies(text: str, whole: Callable[[str], bool] | None = None) -> str | None:
    """``text`` with every masked copy of a number blanked (``_blank_copies``), same length; None when it holds none.
    Asked after ``complete_masks``: a mask it completed ("(xx = 67)") is digits by then."""
    if not may_hold_copy(text):
        return None
    out = list(text)
    return "".join(out) if _blank_copies(text, out, whole) else None


def may_hold_copy(text: str) -> bool:
    """Can ``text`` hold a masked copy? The gate: two mask signs side by side (a few ``in`` tests), each pair asked
    only when its sign is in the text: a one-character ``in`` is a ``memchr``, ~50x faster than a two-character one
    (a two-character needle gets no skip from the string search; most fields hold none of the signs)."""
    if "*" in text:
        if "**" in text or "\u2022*" in text or "*\u2022" in text:
            return True
    if "\u2022" in text and "\u2022\u2022" in text:
        return True
    return ("#" in text and "##" in text) or ("\u25cf" in text and "\u25cf\u25cf" in text)


def _copy_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of digits and mask signs in ``text[lo:hi]`` (one line), as (start, end)."""
    out: list[tuple[int, int]] = []
    k = lo
    while k < hi:
        ch = text[k]
        if "0" <= ch <= "9" or ch in _COPY_MARKS:
            e = k
            while e < hi and ("0" <= text[e] <= "9" or text[e] in _COPY_MARKS):
                e += 1
            out.append((k, e))
            k = e
        else:
            k += 1
    return out


#: Two mask signs side by side: where a copy's line is.
_DOUBLED: Final = re.compile("[" + re.escape(_COPY_MARKS) + "]{2}")


def _doubled_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` with two mask signs side by side, as (start, end): the only lines a copy can be on."""
    out: list[tuple[int, int]] = []
    m = _DOUBLED.search(text)
    while m is not None:
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.end())
        hi = len(text) if hi < 0 else hi
        out.append((lo, hi))
        m = _DOUBLED.search(text, hi)
    return out


def _blank_copies(text: str, out: list[str], whole: Callable[[str], bool] | None) -> bool:
    """Blank in ``out`` every masked copy of a number in ``text`` (session 39): a run of digit groups on one line in
    which some digits are written as mask signs ("35 9• •• 60", "+479•••••59", "55*2•*••*11"), told from a number
    with one sign between its digits ("55*25*83*11", "5*0*8*8") by two signs side by side and a sign glued to a
    digit. Its groups are blanked with it (the shown digits are a fragment: read alone or with a neighbour's digits,
    a false number), unless the digits alone are a whole number (``whole``): "41257386##" is decoration. A group of
    more than ``COPY_GROUP`` digits without a sign is another number and stays."""
    changed = False
    for lo, hi in _doubled_lines(text):
        changed = _blank_line_copies(text, out, whole, _copy_tokens(text, lo, hi)) or changed
    return changed


def _blank_line_copies(
    text: str, out: list[str], whole: Callable[[str], bool] | None, tokens: list[tuple[int, int]]
) -> bool:
    """``_blank_copies`` on one line's runs (``tokens``)."""
    changed = False
    n = len(tokens)
    t = 0
    while t < n:
        s, e = tokens[t]
        tok = text[s:e]
        if not any(c in _COPY_MARKS for c in tok):
            t += 1
            continue
        # the copy's groups: tokens joined by short gaps of blanks and separators, on one line
        first = last = t
        while first > 0 and _copy_joined(text, tokens[first - 1], tokens[first]):
            first -= 1
        while last + 1 < n and _copy_joined(text, tokens[last], tokens[last + 1]):
            last += 1
        t = last + 1
        group = [text[a:b] for a, b in tokens[first : last + 1]]
        runs = "".join(group)
        doubled = any(runs[j] in _COPY_MARKS and runs[j + 1] in _COPY_MARKS for j in range(len(runs) - 1)) or any(
            len(g) >= 2 and g[0] in _COPY_MARKS and g[1] in _COPY_MARKS for g in group
        )
        glued = any(
            (g[j] in _COPY_MARKS and "0" <= g[j + 1] <= "9") or ("0" <= g[j] <= "9" and g[j + 1] in _COPY_MARKS)
            for g in group
            for j in range(len(g) - 1)
        )
        if not (doubled and (glued or _trailing_marks(text, tokens, first, last))):
            continue
        shown = "".join(c for c in runs if "0" <= c <= "9")
        a0 = tokens[first][0]
        plus = a0 > 0 and text[a0 - 1] == "+"
        if (
            whole is not None
            and len(shown) >= 7
            and whole(("+" if plus else "") + shown)
            and not opens_longer(text, shown, a0, tokens[last][1])
        ):
            continue  # a whole number with signs after it ("41257386##"): decoration
        around = _stretch_digits(text, a0, tokens[last][1])
        if len(around) > len(shown) and _blank_stretch(text, out, a0, tokens[last][1], around):
            changed = True  # "+55 11 91945-5•••" beside "+55 11 91945-5847": the stretch is that number's copy
            continue
        if len(around) > len(shown) and (len(around) >= COPY_SHOWN_MAX or (whole is not None and whole(around))):
            # a copy hides digits: its stretch shows ten, or a whole number ("*219~*851~33**77", "4**12~57**3~86":
            # stars as separators between groups written apart)
            continue
        for a, b in tokens[first : last + 1]:
            for k in range(a, b):
                out[k] = " "
        changed = True
    return changed


#: What ends the stretch of a number's writing around a copy: a letter, a line's end, a bracket, a slash or a list's
#: separator.
_STRETCH_STOPS: Final = frozenset("\n()[]{}<>,;:|/·")


def _blank_stretch(text: str, out: list[str], start: int, end: int, around: str) -> bool:
    """Blank in ``out`` the digits and mask signs of the stretch around a copy (``_stretch_digits``) when its digits
    open a longer number the page writes elsewhere (``opens_longer``): a head written in groups, its last glued to
    the marks ("+55 11 91945-5•••"), is the copy whole, not a number with stars between its groups."""
    lo, hi = _stretch_span(text, start, end)
    if not opens_longer(text, around, lo, hi):
        return False
    for k in range(lo, hi):
        if "0" <= text[k] <= "9" or text[k] in _COPY_MARKS or text[k] == "+":
            out[k] = " "
    return True


def _stretch_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the stretch of digits, signs and separators around ``text[start:end]`` (up to a letter, a line's
    end, a bracket or a list separator)."""
    lo = start
    while lo > 0 and not text[lo - 1].isalpha() and text[lo - 1] not in _STRETCH_STOPS:
        lo -= 1
    hi = end
    n = len(text)
    while hi < n and not text[hi].isalpha() and text[hi] not in _STRETCH_STOPS:
        hi += 1
    return lo, hi


def _stretch_digits(text: str, start: int, end: int) -> str:
    """The digits of ``_stretch_span``'s stretch: the digits the writing shows in all, its groups joined by any
    signs."""
    lo, hi = _stretch_span(text, start, end)
    return "".join(c for c in text[lo:hi] if "0" <= c <= "9")


def _copy_joined(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Are two runs (digits and signs) groups of one copy: a short gap of blanks and separators between them, and the
    one without a sign no longer than ``COPY_GROUP`` digits?"""
    gap = text[left[1] : right[0]]
    if not 0 < len(gap) <= COPY_GAP or any(c not in _COPY_GAP for c in gap):
        return False
    for a, b in (left, right):
        if b - a > COPY_GROUP and not any(c in _COPY_MARKS for c in text[a:b]):
            return False
    return True


#: What may stand between a number's head and the marks that hide its rest: nothing, a blank or a dash
#: ("+373 661 53 •••", "912-34-•••").
_TRAIL_GAP: Final = frozenset(" \t-")


def _trailing_marks(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> bool:
    """Does a copy's last run hold only mask signs (at least two), after a run of digits and at most one blank or
    dash: a site's "show number" button printing the head and hiding the rest ("Telefon: +373 661 53 •••
    (trykk for å vise)", "+48 732 936 ●●●", session 43)? Marks between groups ("912 •• 34 •• 567") are no
    trailing mask: a run follows them; marks before the head too are decoration around it ("*** 412 57 386 ***")."""
    if last <= first:
        return False
    s, e = tokens[last]
    if e - s < 2 or any(text[k] not in _COPY_MARKS for k in range(s, e)):
        return False
    pe = tokens[last - 1][1]
    if not ("0" <= text[pe - 1] <= "9"):
        return False
    for a, b in tokens[first:last]:  # marks before the head too: decoration around a number ("*** 412 57 386 ***")
        if any(text[k] in _COPY_MARKS for k in range(a, b)):
            return False
    return s - pe <= 1 and all(text[k] in _TRAIL_GAP for k in range(pe, s))


#: A number's writing on a page: digits with the separators numbers are written with, a "+" before.
_WRITTEN: Final = re.compile(r"\+?[0-9][0-9 \-./()\u00a0]{0,24}[0-9]")


def opens_longer(text: str, head: str, start: int, end: int) -> bool:
    """Does the page write elsewhere (outside ``text[start:end]``) a longer number whose digits open with ``head``'s
    (at least ``MIN_HEAD``; a "00" before the other's code read as its "+")? Then a head shown with its rest masked
    or elided is a copy of that number (a "show number" button's, a teaser's), never a number of its own, even when
    its digits alone make a valid number of some plan (session 43). Only asked where a mask or an ellipsis follows a
    head, a rare sight."""
    digits = "".join(c for c in head if "0" <= c <= "9")
    if len(digits) < MIN_HEAD:
        return False
    for m in _WRITTEN.finditer(text):
        if m.end() <= start or m.start() >= end:
            other = "".join(c for c in m.group() if "0" <= c <= "9")
            if other.startswith("00"):
                other = other[2:]
            if len(other) > len(digits) and other.startswith(digits):
                return True
    return False
