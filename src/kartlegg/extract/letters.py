"""Letters written for digits beyond session 26's S/B/Z/i (issue 14, session 28).

``phones._digitise`` reads "S3 28 34 44" (S 5, B 8, Z 2, i 1) in runs of at least six real digits. Advertisers also
write E for 3, A for 4, G and b for 6, T for 7, g and q for 9 ("0T9713g831", "+E6 700-3Z7-342", "64Z5ZB8T"), and
hide more of a short number (four real digits of eight). ``read_letters`` rewrites such a run in place (same length:
spans stay) only when the digits it stands for are exactly one valid phone number of the ad's regions (or one
with its country code): the number's own shape is the guard where a run has few real digits. Every token of a run
holds a real digit, or is one to three capital letters between tokens ("46 79 314 EA A1"); at most one letter per
real digit, at least ``MIN_REAL`` real digits; a token of two or three digits and a cup size letter ("75B", "70A")
is never part of one. No ordinary word is read: lower-case words hold no digit, and a capital word alone is no
number. One token of hex characters only ("[7b695548]", a listing's hash: b for 6) is read so only after a contact
word: ids are written in hex, and every letter in them is a hex digit, not a look-alike (session 40).

A number written mostly in letters, in groups ("OTE-lOE ET l9", "4S l6 B6 Bl", "Ring: SO BS ll 2l"; session 40), has
too few real digits for those runs: ``read_grouped`` reads it by its form and its place instead (a phone's length
in three to six short groups of digits and capital look-alikes, after a contact word or as a sentence of its own).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.lexicon import furniture_words, lexicon, numbers
from kartlegg.extract.patterns import digit_runs, latin1
from kartlegg.extract.signs import has_sign
from kartlegg.extract.text import byte_table, swap_ascii

#: Every letter read as a digit here, and the digit each stands for.
_LETTERS: Final = "OoIlizZESsAGbTBgq|"
_DIGITS: Final = str.maketrans(_LETTERS, "001112235546678991")
_DIGIT_BYTES: Final = byte_table(_DIGITS)
_TOKEN: Final = r"[0-9" + _LETTERS + r"]*[0-9][0-9" + _LETTERS + r"]*"
#: A token of letters only: one to three before another token ("46 79 314 EA A1", "72 qb A2 g8"; two such tokens in a
#: row, "94 BB ll 97", session 38), or capitals at the line's end ("... S3 AT") or before a break that ends a snippet's
#: sentence as a line end does (``SEGMENT_BREAKS``: "Ring: 34 93 S7 SO … Hej", a search result's joined snippet)
_BARE: Final = (
    r"["
    + _LETTERS
    + r"]{1,3}(?=(?:[ .\-/]{1,2}["
    + _LETTERS
    + r"]{1,3})?[ .\-/]{1,2}[0-9"
    + _LETTERS
    + r"]*[0-9])|[OIZESAGTB]{1,3}(?=[ \t]*(?:$|["
    + "\u2026\u00b7\u2022"
    + r"]))"
)
#: A code before the run: "+ ", "(+47) ", "(+3G) "; or two or three letters opening it ("AT I5 73 G2", "Tq 7B B3 68")
_CODE: Final = (
    r"(?:\(\+ ?"
    + _TOKEN
    + r"\) ?|\+ ?|["
    + _LETTERS
    + r"]{2,3}(?=[ .\-/]{1,2}[0-9"
    + _LETTERS
    + r"]*[0-9])"
    + r"[ .\-/]{1,2})?"
)
#: Between tokens: one or two of " .-/", or a trunk zero in brackets ("+46 (0)7E 2E9 T2 96")
_JOIN: Final = r"(?:[ .\-/]{1,2}| ?\([0Oo]\) ?)"
_RUN: Final = re.compile(
    r"(?<![\w+%])" + _CODE + _TOKEN + r"(?:" + _JOIN + r"(?:" + _TOKEN + "|" + _BARE + r"))*(?![\w@])", re.M
)
#: A bra size ("75B", "70A": a band of 65-115 and a cup) in a run: the run is a body's measures, not a number.
_SIZE: Final = re.compile(r"(?<![0-9A-Za-z])(?:[6-9][05]|1[01][05])[A-H](?![0-9A-Za-z])")
#: Three letters opening a token ("bisi2004", a user name), or four in a row anywhere: a word, not a number.
_WORDY: Final = re.compile(r"(?<![0-9" + _LETTERS + r"])[" + _LETTERS + r"]{3}[0-9]|[" + _LETTERS + r"]{4}")
#: Real digits a run needs (a valid number of eight digits with four letters: "64Z5ZB8T"), and the real digits
#: below which a run without its "+" or "00" needs a contact word before it on its line ("Ring: 6A 2s 28 8T"; not
#: "Modell 9l8 S6 7Z3", a model's code).
MIN_REAL: Final = 4
CUED_BELOW: Final = 6
#: Real digits a dense line's tail needs (``_dense``: "gOT gB 353" after "SMS/ring:", more letters than digits), and
#: those it needs after a contact word or phone sign ("📞: SB3IISB3", session 32).
DENSE_REAL: Final = 3
DENSE_REAL_CUED: Final = 2
#: Characters a stretch with only ``DENSE_REAL_CUED`` real digits needs: a number's width ("SB3IISB3"), not "24/7".
DENSE_CUED_WIDTH: Final = 8
_WORD: Final = re.compile(r"[^\W\d_]+")
#: A token of letters only inside a run
_BARE_WORD: Final = re.compile(r"(?<![0-9" + _LETTERS + r"])[" + _LETTERS + r"]+(?![0-9" + _LETTERS + r"])")


@functools.cache
def known_words() -> frozenset[str]:
    """Lower-case words of the lexicons (function words, handle stop words, contact cues, nationalities, languages,
    number words): a token of letters only that is one of them is a word, never digits ("og", "bo", "is")."""
    lx = lexicon()
    out: set[str] = set()
    for words in (*lx.function_words.values(), lx.handle_stopwords, *furniture_words().contact_cues.values()):
        out.update(w.lower() for w in words)
    for n in lx.nationalities.values():
        out.update(w.lower() for w in n.words)
    for lang in lx.languages.values():
        out.update(w.lower() for w in lang.words)
    nums = numbers()
    for groups in (nums.units, nums.teens, nums.tens, nums.multipliers):
        for words in groups.values():
            out.update(w.lower() for w in words)
    out.update(w.lower() for w in (*nums.weak, *nums.conjunctions, *nums.plus))
    return frozenset(out)


@functools.cache
def _number_words() -> frozenset[str]:
    """The lexicons' number words in lower case ("ett", "en", "two", "fem"): a group that is one is spelled, not
    written in look-alike letters."""
    nums = numbers()
    out: set[str] = set()
    for groups in (nums.units, nums.teens, nums.tens):
        for words in groups.values():
            out.update(w.lower() for w in words)
    return frozenset(out)


def _word_case(token: str) -> bool:
    """Is ``token`` written as words are: lower case, capitalised or in capitals ("og", "Og", "OG"; not "oG")?"""
    return token.islower() or token.isupper() or token.istitle()


@functools.cache
def _contact_words() -> frozenset[str]:
    return frozenset(w for words in furniture_words().contact_cues.values() for w in words)


def _cued(text: str, start: int) -> bool:
    """Does a contact word (``furniture.yaml`` ``contact_cues``: "ring", "tlf", "booking", "me", ...) stand before
    ``start`` on its line, or on the line above when the run opens its line, within ``CUE_REACH`` characters? A word
    that opens with a cue of four letters or more counts ("bookings"), and so does a phone sign ("📞", "☎")."""
    nl = text.rfind("\n", 0, start)
    if nl >= 0 and not text[nl + 1 : start].strip(" \t>"):
        nl = text.rfind("\n", 0, nl)  # the run opens its line: its label is the line before ("Kontakt meg på⏎")
    return _names_contact(text[max(nl + 1, start - CUE_REACH) : start].lower())


def _names_contact(low: str) -> bool:
    """Does lower-case ``low`` hold a contact word (``furniture.yaml`` ``contact_cues``; a word that opens with a cue
    of four letters or more) or a phone sign ("📞: 23l3SS37": a contact word, session 32)?"""
    if has_sign(low):
        return True
    cues = _contact_words()
    long_cues = _long_contact_words()
    return any(w in cues or w.startswith(long_cues) for w in _WORD.findall(low))  # one call, not one per cue word


@functools.cache
def _long_contact_words() -> tuple[str, ...]:
    """The contact words of four letters or more (``_cued``: a word that opens with one is a cue)."""
    return tuple(sorted(c for c in _contact_words() if len(c) >= 4))


def _asks_contact(text: str) -> bool:
    """Does a contact word or a phone sign stand anywhere in ``text`` (``_cued`` without its reach)? A short run of
    look-alike groups (fewer than four, or one of a single character) after another sentence on its line is read
    only in a text that asks to be called or written to ("Ring helst på kvelden … parkering. 2O B2B B2B Klem"): in a
    text with no such word it is a list of codes ("Hej! B2B A0 B2B."; session 41: a property test drew such lines
    and read them in about one run in four). Four groups of two or more ("… place. 4O T2 lB OO Hugs") stay read
    without a word."""
    return _names_contact(text.lower())


CUE_REACH: Final = 40
#: ``_cued`` for other modules (``prose``: a list of groups is a number only after a contact word).
contact_cued = _cued


def _letter_code(o: int) -> int:
    """2 when ``chr(o)`` is a letter of ``_LETTERS`` other than o/O/l/I, 1 for o/O/l/I, else 0 (by code point)."""
    if o == 111 or o == 79 or o == 108 or o == 73:
        return 1
    if (
        o == 105  # i
        or o == 122  # z
        or o == 90  # Z
        or o == 69  # E
        or o == 83  # S
        or o == 115  # s
        or o == 65  # A
        or o == 71  # G
        or o == 98  # b
        or o == 84  # T
        or o == 66  # B
        or o == 103  # g
        or o == 113  # q
        or o == 124  # | (session 33: "643|", "7b |g")
    ):
        return 2
    return 0


def _near(text: str, digits: list[int]) -> bool:
    """Does a letter of ``_LETTERS`` other than o/O/l/I stand right before a run of ASCII digits (``digits``: the
    runs' starts) or right after it, glued or one sign away ("4B", "6A 2s", "oTZ 29")? The gate before the
    character pass of ``_stretches``: a few looks per digit run."""
    n = len(text)
    # two looks on each side, each its own test: a ``for k in (a, b)`` is a tuple and a boxed int per look
    for d in digits:
        if d >= 1 and _letter_code(ord(text[d - 1])) == 2:
            return True
        if d >= 2 and _letter_code(ord(text[d - 2])) == 2:
            return True
        e = d
        while e < n and 48 <= ord(text[e]) <= 57:
            e += 1
        if e < n and _letter_code(ord(text[e])) == 2:
            return True
        if e + 1 < n and _letter_code(ord(text[e + 1])) == 2:
            return True
    return False


def _stretch_code(o: int) -> int:
    """``_letter_code`` for a letter, 1 for a sign a run is written with (" .-/()+"), 0 otherwise (digits: 0)."""
    if o == 32 or o == 46 or o == 45 or o == 47 or o == 40 or o == 41 or o == 43:
        return 1
    return _letter_code(o)


def _stretches(text: str, digits: list[int]) -> list[tuple[int, int]]:
    """The stretches of the characters a run is made of (ASCII digits, ``_LETTERS``, " .-/()+") with ``MIN_REAL``
    digits and a letter other than o/O/l/I: every run ``read_letters`` reads lies in one, and the pattern (tried at
    every character) runs only there. Walked out from the digit runs (``digits``: their starts), by code points:
    the text between numbers is never read."""
    out: list[tuple[int, int]] = []
    n = len(text)
    done = 0
    for d in digits:
        if d < done:
            continue
        a = d
        new = False
        while a > done:
            c = _stretch_code(ord(text[a - 1]))
            if not c:
                break
            new = new or c == 2
            a -= 1
        real = 0
        k = d
        while k < n:
            o = ord(text[k])
            if 48 <= o <= 57:
                real += 1
            else:
                c = _stretch_code(o)
                if not c:
                    break
                new = new or c == 2
            k += 1
        done = k + 1
        if new and (real >= DENSE_REAL or (real >= DENSE_REAL_CUED and k - a >= DENSE_CUED_WIDTH)):
            out.append((a, k))
    return out


def _runs(text: str, stretches: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``_RUN``'s matches inside the stretches (the character after each stays visible to the pattern's end)."""
    found: list[re.Match[str]] = []
    for a, b in stretches:
        found.extend(_RUN.finditer(text, a, min(b + 1, len(text))))
    return found


def read_letters(
    text: str,
    whole: Callable[[str], bool],
    digits: list[int] | None = None,
    mobile: Callable[[str], bool] | None = None,
    phone: Callable[[str], bool] | None = None,
) -> tuple[str, list[int]] | None:
    """``_read_runs``, then the grouped numbers written mostly in letters that it leaves (``read_grouped``, with
    ``mobile``): the text with every such run written as its digits and where its letters stood, or None."""
    first = _read_runs(text, whole, digits, mobile, phone)
    if mobile is None:
        return first
    grouped = read_grouped(text if first is None else first[0], mobile, phone)
    if grouped is None:
        return first
    return grouped[0], grouped[1] if first is None else sorted(first[1] + grouped[1])


def _read_runs(
    text: str,
    whole: Callable[[str], bool],
    digits: list[int] | None = None,
    mobile: Callable[[str], bool] | None = None,
    phone: Callable[[str], bool] | None = None,
) -> tuple[str, list[int]] | None:
    """``text`` with each run of digits and look-alike letters whose digits are one valid number (``whole``:
    digits, "+" kept, to True when they are one number of the ad's regions) written as those digits, and where its
    letters stood; None when no run was rewritten. ``digits``: the starts of the text's digit runs, when the
    caller has them. ``mobile`` (digits, "+" or "00" kept, to True when one valid mobile number): also read a line's
    tail written densely (``_dense``); ``phone``: the same for a mobile or fixed-line number (a dense tail after a
    contact word)."""
    if digits is None:
        digits = digit_runs(text)
    if not _near(text, digits):
        return None
    stretches = _stretches(text, digits)
    if not stretches:
        return None
    out: list[str] = []
    spots: list[int] = []
    last = 0
    for m in _runs(text, stretches):
        raw = m.group()
        letters = [i for i, ch in enumerate(raw) if ch.isalpha() or ch == "|"]
        if all(raw[i] in "OoIl" for i in letters):
            continue  # the scanner reads o/O/l/I as it always did
        real = sum(1 for ch in raw if "0" <= ch <= "9")
        if real < MIN_REAL or len(letters) > real:
            continue
        if any(_word_case(w) and w.lower() in known_words() for w in _BARE_WORD.findall(raw)):
            continue  # a word of the lexicons between the groups ("41 23 og 45 67"; not "oG")
        coded = raw.lstrip("(").startswith(("+", "00"))
        if real < CUED_BELOW and not coded and not _cued(text, m.start()):
            continue  # few real digits with no contact word
        if not coded and _hex_token(raw) and not _line_cued(text, m.start()):
            continue  # one hex token ("[7b695548]": a listing's hash) on a line with no contact word
        if _SIZE.search(raw) or _WORDY.search(raw):
            continue
        new = swap_ascii(raw, _DIGIT_BYTES, _DIGITS)
        if not whole(new):
            continue
        out.append(text[last : m.start()])
        out.append(new)
        spots.extend(m.start() + i for i in letters)
        last = m.end()
    if spots:
        out.append(text[last:])
        text = "".join(out)
    if mobile is not None:
        dense = _dense(text, stretches, mobile, phone)
        if dense is not None:
            text = dense[0]
            spots = sorted(spots + dense[1])
    return (text, spots) if spots else None


_HEX_CHARS: Final = frozenset("0123456789abcdefABCDEF")


def _line_cued(text: str, start: int) -> bool:
    """``_cued`` before ``start``, or at its line's head ("Telefon: 0️⃣7️⃣3️⃣… 07397273b7": the label is further
    back than ``CUE_REACH``, before another writing of the number)."""
    if _cued(text, start):
        return True
    head = text.rfind("\n", 0, start) + 1 + CUE_REACH
    return head < start and _cued(text, head)


def _hex_token(raw: str) -> bool:
    """Is ``raw`` one token of hex characters only ("7b695548", "59508b30"; not "4B 76 74 74", "0T9713g831")? Ids
    (a listing's hash, a commit, a session id) are written so, and every letter in them is a hex digit: such a token
    is read as a number in letters only after a contact word or a phone sign (issue 14, session 40)."""
    for ch in raw:
        if ch not in _HEX_CHARS:
            return False
    return True


#: A line's tail of tokens of digits and look-alike letters joined by one or two of " .-/" (blanks, "." or "!" after).
_TAIL: Final = re.compile(r"(?<![^\W_])(?:[0-9" + _LETTERS + r"]+[ .\-/]{1,2})*[0-9" + _LETTERS + r"]+[ \t.!]*$")
#: Three lower-case letters in a row: a word or a user name ("bibi2002"), not letters written for digits; unless all
#: three are o, l or i, the old look-alikes ("o7o9ool7OS": 0, 0, 1).
_LOWER_RUN: Final = re.compile(r"(?![oli]{3})[a-z]{3}")
#: A spoken plus right before a tail: its code.
_PLUS_WORD: Final = re.compile(r"(?<![^\W\d_])pluss?[ \t]*$")


def _dense(
    text: str,
    stretches: list[tuple[int, int]],
    mobile: Callable[[str], bool],
    phone: Callable[[str], bool] | None = None,
) -> tuple[str, list[int]] | None:
    """``text`` with each line's tail that is written densely in look-alike letters ("93g g5 B4g", "SMS/ring: gOT gB
    353", "Call me: plus 3b3o6o82ZlZ": more letters than real digits, which ``read_letters``' runs refuse) written as
    its digits, and where its letters stood; None when none was.

    The tail: tokens of digits and ``_LETTERS`` to the line's end, each token with no three lower-case letters in a
    row, a token of letters only at most three long and no word of the lexicons; at least ``DENSE_REAL`` real digits
    and a letter other than o/O/l/I. Before it on its line only blanks, quote marks or a colon, or a contact word
    (``_cued``), no digit; a "+", "00" or spoken plus right before it is its code. Read only when its digits (with
    the code) are one valid mobile number (``mobile``): the number's own shape is the guard. After a contact word or
    a phone sign (session 32) two real digits do ("📞: SB3IISB3") and a fixed line is read too (``phone``)."""
    out: list[str] = []
    spots: list[int] = []
    last = 0
    seen = -1
    for a, b in stretches:
        ls, le = _segment(text, a)
        if ls <= seen:
            continue
        if text[b:le].strip(" \t.!"):
            continue  # the stretch ends before its line does: no tail of the line is in it
        seen = ls
        m = _TAIL.search(text, a, le)  # the tail's characters are a stretch's: it lies inside this one
        if m is None:
            continue
        tokens = [(t.start(), t.group()) for t in _TOKEN_RUN.finditer(text, m.start(), m.end())]
        keep = len(tokens)
        while keep and _dense_token(tokens[keep - 1][1]):
            keep -= 1
        tokens = tokens[keep:]
        if not tokens:
            continue
        start = tokens[0][0]
        end = tokens[-1][0] + len(tokens[-1][1])
        raw = text[start:end]
        real = sum(1 for ch in raw if "0" <= ch <= "9")
        letters = [i for i, ch in enumerate(raw) if ch.isalpha() or ch == "|"]
        if real < DENSE_REAL_CUED or all(raw[i] in "OoIl" for i in letters) or _SIZE.search(raw):
            continue
        head = text[ls:start]
        if any("0" <= ch <= "9" for ch in head):
            continue  # digits before it on its line ("+38 og 30 gS 44BZ"): the tail is the end of a longer run
        code = ""
        bare = head.rstrip()
        if bare.endswith("+"):
            code, bare = "+", bare[:-1]
        else:
            plus = _PLUS_WORD.search(bare.lower())
            if plus is not None:
                code, bare = "+", bare[: plus.start()]
        cued = _cued(text, start)
        if (bare.strip(" \t>:") or real < DENSE_REAL) and not cued:
            continue
        new = swap_ascii(raw, _DIGIT_BYTES, _DIGITS)
        number = code + "".join(ch for ch in new if "0" <= ch <= "9")
        # after a contact word any valid number ("Ring meg: +46Bl6BSB7B3", a landline); else a mobile one
        if not mobile(number) and not (cued and phone is not None and phone(number)):
            continue
        out.append(text[last:start])
        out.append(new)
        spots.extend(start + i for i in letters)
        last = end
    if not spots:
        return None
    out.append(text[last:])
    return "".join(out), spots


_TOKEN_RUN: Final = re.compile(r"[0-9" + _LETTERS + r"]+")

#: Characters that end a stretch of text as a line end does: a search result's snippet joins its sentences and
#: contact lines with " … ", a card's fields stand between " · " or " • " ("… Phone: S9 B9 79 Bl … Work with ...").
SEGMENT_BREAKS: Final = "\u2026\u00b7\u2022"


def _segment(text: str, a: int) -> tuple[int, int]:
    """The start and end of the line around ``a``, each narrowed to the nearest ``SEGMENT_BREAKS`` character."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", a)
    if le < 0:
        le = len(text)
    for br in SEGMENT_BREAKS:
        k = text.rfind(br, ls, a)
        if k >= 0:
            ls = k + 1
        k = text.find(br, a, le)
        if k >= 0:
            le = k
    return ls, le


def _dense_token(token: str) -> bool:
    """May ``token`` be part of a dense tail: digits and look-alike letters with no three lower-case letters in a
    row, and a token of letters only at most three long, not capitalised as a name is ("Gbg" in "411 44 Gbg") and no
    word of the lexicons as words are written?"""
    if _LOWER_RUN.search(token):
        return False
    if token.isalpha():
        if len(token) > 3 or (len(token) == 3 and token.istitle()):
            return False  # a word or a name ("Gbg"), not letters for digits
        return not (_word_case(token) and token.lower() in known_words())
    return True


#: ``read_grouped``'s classes of characters, one byte each: "d" for a digit or a capital look-alike of one, "l" for
#: the lower-case look-alikes "l" and "o", "-" for a blank and "=" for a "-" or "." between groups, "x" for another
#: letter or digit, "|" for anything else (a line break, a sign, a character beyond latin-1).
_GROUP_DIGITS: Final = "0123456789OIZESAGTB"
_GROUP_LOWER: Final = "lo"
_GROUP_CLASS: Final = bytes(
    ord("d")
    if chr(b) in _GROUP_DIGITS
    else ord("l")
    if chr(b) in _GROUP_LOWER
    else ord("-")
    if chr(b) == " "
    else ord("=")
    if chr(b) in "-."
    else ord("x")
    if chr(b).isalnum() or chr(b) == "_"
    else ord("|")
    for b in range(256)
)
#: Three to six groups of one to four characters joined by one sign, in the class string, with no letter or digit
#: either side, glued or one "-" or "." away ("+45 40 54 65 87 E-mail": the "E" is a word's).
#: "L" at a capital look-alike: every run ``read_grouped`` reads holds one (a run whose only letters are "l" and "o"
#: is the scanner's, which reads them as it always did).
_LOOK_CLASS: Final = bytes(ord("L") if chr(b) in "OIZESAGTB" else ord(" ") for b in range(256))
#: The pattern opens with its first character's class and asks the look-behinds after it (``(?<![dlx])(?<![dlx]=)
#: [dl]{1,4}`` read the same): ``re`` then skips to the characters that can open a run instead of trying the whole
#: pattern at every one (a pattern that opens with a repeat or a look-behind has no such scan).
_GROUP_RUN: Final = re.compile(r"[dl](?<![dlx][dl])(?<![dlx]=[dl])[dl]{0,3}(?:[-=][dl]{1,4}){2,5}(?!=?[dlx])")
_GROUP_LETTERS: Final = str.maketrans("OoIlZESAGTB", "00112354678")
#: Characters (digits and letters) a grouped number has: a national number (8) to one with its code (13).
GROUPED_MIN: Final = 8
GROUPED_MAX: Final = 13
#: What may end the sentence before a grouped number that stands as a sentence of its own ("… parkering. 4S l6 B6
#: Bl Klem fra Lola"), and what may follow it.
_SENTENCE_ENDS: Final = ".!?:"


def read_grouped(
    text: str, mobile: Callable[[str], bool], phone: Callable[[str], bool] | None = None
) -> tuple[str, list[int]] | None:
    """``text`` with each number written in groups mostly of look-alike letters ("OTE-lOE ET l9", "4S l6 B6 Bl",
    "Ring: SO BS ll 2l", "+ESS 6T EB2 SSSO"; issue 14, session 40) written as its digits, and where its letters
    stood; None when there is none. ``_read_runs`` wants a real digit for each letter; here a run may be nearly all
    letters, so the run's form is the guard: three to six groups of one to four characters joined by one blank, "-"
    or ".", each group with a digit or a capital look-alike (O I Z E S A G T B; lower-case only "l" and "o"), at
    least one real digit and one letter, ``GROUPED_MIN``-``GROUPED_MAX`` characters in all (a phone's length once
    read), not glued to a word. It is read only where a person writes a contact: after a contact word or a phone
    sign on its line (``_cued``: any valid number, ``phone``), or as a sentence of its own (alone on its line, or
    after a sentence's end and before a capital, a line's end or a sign: a valid mobile number, ``mobile``). A
    word in capitals ("SE OSS"), an id, a model code inside a sentence are never read. The gate: the text's class
    string (one ``bytes.translate``) holds a digit-like character on both sides of a blank ("d-d"): a number
    joined only by "-" or "." ("OTE-lOE-ET-l9") is left."""
    raw_bytes = latin1(text)
    cls = raw_bytes.translate(_GROUP_CLASS).decode("ascii")
    hit = cls.find("d-d")
    if hit < 0:
        return None
    looks = raw_bytes.translate(_LOOK_CLASS).decode("ascii")  # "L" at each look-alike letter: most hits have none
    out: list[str] = []
    spots: list[int] = []
    last = 0
    n = len(text)
    pos = max(0, hit - 20)
    while hit >= 0:
        if looks.find("L", max(0, hit - 15), hit + 18) < 0:
            hit = cls.find("d-d", hit + 3)  # digits only about this hit ("92 34 56 78"): the scanner's
            pos = max(pos, hit - 20)
            continue
        m = _GROUP_RUN.search(cls, pos, min(n, hit + 40))
        if m is None:
            hit = cls.find("d-d", hit + 3)
            pos = max(pos, hit - 20)
            continue
        pos = m.end()
        hit = cls.find("d-d", pos)
        s, e = m.start(), m.end()
        raw = text[s:e]
        if looks.find("L", s, e) >= 0 and _grouped_number(text, s, e, raw, mobile, phone):
            out.append(text[last:s])
            out.append(raw.translate(_GROUP_LETTERS))
            spots.extend(s + i for i, ch in enumerate(raw) if ch.isalpha())
            last = e
    if not spots:
        return None
    out.append(text[last:])
    return "".join(out), spots


def _grouped_number(
    text: str, s: int, e: int, raw: str, mobile: Callable[[str], bool], phone: Callable[[str], bool] | None
) -> bool:
    """Is ``raw`` (``text[s:e]``, a run of ``_GROUP_RUN``) a number written in look-alike letters where a contact
    stands (``read_grouped``)?"""
    real = letters = 0
    for ch in raw:
        if "0" <= ch <= "9":
            real += 1
        elif ch.isalpha():
            letters += 1
    if not real or not letters or not GROUPED_MIN <= real + letters <= GROUPED_MAX:
        return False
    words = 0
    disguised = False  # a group with a letter that is no word: a digit and a letter, or letters of no word
    groups = raw.replace("-", " ").replace(".", " ").split()
    for group in groups:
        if group.isalpha():
            if group.islower() and group.strip("l"):
                return False  # "lo", "ol": a lower-case group is a word's piece, not digits ("ll" is 11)
            low = group.lower()
            if low in known_words() or low in _number_words():
                words += 1
            else:
                disguised = True
        elif not group.isdigit():
            disguised = True
    if words > 1 or not disguised:
        return False  # "SE OSS I BE 4", "8 8 8 2 ETT 1", "3371 I am": words by digits ("OTE-lOE ET l9": 3 7)
    if _SIZE.search(raw):
        return False
    code = ""
    k = s
    if k and text[k - 1] == "+":
        code, k = "+", k - 1
    elif k and text[k - 1].isalnum():
        return False
    digits = code + raw.translate(_GROUP_LETTERS).replace(" ", "").replace("-", "").replace(".", "")
    if _cued(text, k):
        return mobile(digits) or (phone is not None and phone(digits))
    ls = text.rfind("\n", 0, k) + 1
    before = text[ls:k].rstrip(" \t")
    if before and before.lstrip(" \t>\"'"):
        if before[-1] not in _SENTENCE_ENDS:
            return False  # inside a sentence: a code, an id
        if (len(groups) < 4 or min(map(len, groups)) < 2) and not _asks_contact(text):
            return False  # "Hej! B2B A0 B2B.": codes as a sentence of their own, in a text that asks for no call
    after = text[e : e + 3].lstrip(" \t")
    if after and not (after[0] == "\n" or after[0].isupper() or after[0] in _SENTENCE_ENDS or not after[0].isalnum()):
        return False
    return mobile(digits)
