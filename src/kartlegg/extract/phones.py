"""Phone numbers in any written form -> E.164.

Own fast scanner first (a regex that only stops at tokens with digits, number words or look-alike letters),
then runs of number tokens separated by short separator gaps, then a greedy longest-valid split of each
run into numbers that ``phonenumbers`` parses and validates. Only candidates reach ``phonenumbers``, and its
answers are cached, so ordinary prose costs one regex scan.
"""

from __future__ import annotations

import bisect
import functools
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

import phonenumbers
from phonenumbers import phonenumberutil
from phonenumbers.re_util import re_compile

from kartlegg.extract import homeland
from kartlegg.extract.cyrillic import may_hold, read_cyrillic
from kartlegg.extract.foreign import flagged, in_name, region_after, region_before, tag_before
from kartlegg.extract.keypad import may_hold as may_hold_keypad
from kartlegg.extract.keypad import read_keypad
from kartlegg.extract.letters import contact_cued, read_letters
from kartlegg.extract.lexicon import furniture_words, gazetteer, lexicon, numbers
from kartlegg.extract.markup import hidden_spans, without
from kartlegg.extract.markup import may_hold as may_hold_marks
from kartlegg.extract.masked import may_hold as may_hold_key
from kartlegg.extract.masked import read_marked
from kartlegg.extract.masks import blank_copies, complete_masks, may_hold_copy
from kartlegg.extract.neighbours import ambiguous_words, reread
from kartlegg.extract.numbering import mobile_number, mobile_only, parse_international, parse_plus, valid_number
from kartlegg.extract.numwords import Piece, compose, repeats, segment, spoken_countries, word_prefixes
from kartlegg.extract.ocr import marked as ocr_marked
from kartlegg.extract.ocr import read_ocr
from kartlegg.extract.order import read_order
from kartlegg.extract.patterns import (
    decimal_at,
    digit_runs,
    find_starts,
    is_letter,
    letter_words,
    lower_is_caseless,
    lower_same_length,
    trie_pattern,
)
from kartlegg.extract.prefix import read_prefix
from kartlegg.extract.prose import cued_before, read_prose
from kartlegg.extract.signs import bridge_signs, has_sign
from kartlegg.extract.splits import find_field_split
from kartlegg.extract.text import (
    FORMAT_CHARS,
    byte_table,
    has_invisible,
    original_span,
    prepare,
    swap_ascii,
    visible,
)

# phonenumbers compiles its ~1,500 metadata patterns through re's cache of 512: past 512 distinct numbers'
# regions it recompiles them over and over (~1 ms each). Keep each compiled pattern instead.
phonenumbers.enable_pattern_cache()

#: Digits in a national number (with trunk prefix) and an international one (with "00"/trunk extras).
MIN_DIGITS: Final = 6
MAX_DIGITS: Final = 17
#: Separators allowed between two tokens of one number: "}..{", ")) {{", " - ", a line break.
MAX_GAP: Final = 6
#: Runs longer than this many atoms are cut (hostile input: bounded work per run).
MAX_ATOMS: Final = 80

_NATIONAL_DEFAULT: Final = ("SE", "NO", "DK")


@dataclass(init=False, unsafe_hash=True, slots=True)
class PhoneHit:
    e164: str
    start: int
    end: int
    style: str
    #: a disguised number (words, look-alike letters, keycaps, full-width digits, speech) whose country the ad's
    #: hints chose: no code was written, so the stream's written code for it may correct it (``furniture.judge``)
    hinted: bool

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, e164: str, start: int, end: int, style: str, hinted: bool = False) -> None:
        self.e164 = e164
        self.start = start
        self.end = end
        self.style = style
        self.hinted = hinted


@dataclass(init=False, slots=True)
class _Atom:
    digits: str
    start: int
    end: int
    strong: bool
    wordy: bool
    lookalike: bool
    bridged: bool = False  # a short word or a blank line before it ("070 123 sms 45 67", "070 123⏎⏎45 67")

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(
        self, digits: str, start: int, end: int, strong: bool, wordy: bool, lookalike: bool, bridged: bool = False
    ) -> None:
        self.digits = digits
        self.start = start
        self.end = end
        self.strong = strong
        self.wordy = wordy
        self.lookalike = lookalike
        self.bridged = bridged


def _alnum_end(text: str, i: int) -> int:
    """End of the run of letters and digits (``str.isalnum``) from ``i``: a token's tail after its first digit."""
    n = len(text)
    while i < n and text[i].isalnum():
        i += 1
    return i


def _digit_tokens(text: str, digits: list[int], alnum: str | None) -> list[tuple[int, str]]:
    """The tokens (start, token) that hold a digit: the run of letters and digits around each digit run, at most 40
    characters of it before the run ("tonight602"). ``alnum``: ``patterns.scan``'s class string of ``text`` ("a"
    for a letter or digit), searched with ``str.find`` and ``str.rfind`` instead of reading each character; None
    for text ``scan`` did not read in one pass (each character's ``str.isalnum`` is read, and the head found by
    ``_ALNUM_TAIL``)."""
    out: list[tuple[int, str]] = []
    end = -1
    n = len(text)
    for d in digits:
        if d < end:
            continue  # inside the previous token ("a1b2")
        if alnum is None:
            end = _alnum_end(text, d + 1)
            glued = d > 0 and text[d - 1].isalnum()
        else:
            end = alnum.find(" ", d + 1)
            if end < 0:
                end = n
            glued = d > 0 and alnum[d - 1] == "a"
        s = d
        if glued:
            if out and out[-1][0] + len(out[-1][1]) >= s:
                continue  # already inside the previous token
            lo = max(0, s - 40)
            if alnum is None:
                head = _ALNUM_TAIL.search(text, lo, s)
                if head:
                    s = head.start()
            else:
                blank = alnum.rfind(" ", lo, s)
                s = lo if blank < 0 else blank + 1
        out.append((s, text[s:end]))
    return out


#: The lower-case words a look-alike token (1-3 of o, O, l, I between word boundaries) can be.
_LOOKALIKE_WORDS: Final = frozenset(
    a + b + c for a in "oli" for b in ("", *"oli") for c in ("", *"oli") if c == "" or b
)
_ALNUM_TAIL: Final = re.compile(r"[^\W_]{1,40}$")


@functools.cache
def _word_token() -> re.Pattern[str]:
    # starts with the trie so the engine skips impossible positions; the left boundary is checked after
    return re.compile(r"\b(?:" + trie_pattern(word_prefixes()) + r")[^\W\d_]*")


def _tokens(
    text: str,
    wordy: bool,
    words: set[str] | frozenset[str] | None = None,
    digits: list[int] | None = None,
    low: str | None = None,
    forms: frozenset[str] | None = None,
    alnum: str | None = None,
) -> list[tuple[int, str]]:
    """Candidate tokens (start, token) in text order: tokens with a digit (with the letters glued before
    them: "tonight602"), and, when the ad has number words, those words ("fyrtiofem", "to") and look-alikes.

    ``digits`` (``patterns.digit_runs``), ``low`` (lower-cased text), ``forms`` (``number_word_forms`` of
    ``words``) and ``alnum`` (``patterns.scan``'s class string): the text's, when the caller has them."""
    out = _digit_tokens(text, digit_runs(text) if digits is None else digits, alnum)
    if not wordy:
        return out
    if low is None:
        low = lower_same_length(text)
    if words is None:
        words = letter_words(low)
    found = number_word_forms(words) if forms is None else forms
    extra = [(s, text[s:e]) for s, e in whole_words(low, found)] if found else []
    looks = words & _LOOKALIKE_WORDS
    if looks:
        # "23 y.o." (years old) is no zero
        extra += [
            (m.start(), m.group())
            for m in _lookalike_regex(frozenset(looks)).finditer(text)
            if text[max(0, m.start() - 2) : m.start()].lower() != "y." and not _pronoun(text, m.start(), m.end())
        ]
    # an underscore separates number words ("nine_two_six"), as a blank or a dash does; a look-alike needs a blank
    extra = [
        (s, t)
        for s, t in extra
        if not s or not (text[s - 1].isalnum() or (text[s - 1] == "_" and t.lower() in _LOOKALIKE_WORDS))
    ]
    if not extra:
        return out
    starts = [s for s, _ in out]
    for s, t in extra:
        k = bisect.bisect_right(starts, s) - 1
        if k < 0 or out[k][0] + len(out[k][1]) <= s:
            out.append((s, t))
    out.sort()
    return out


def _pronoun(text: str, start: int, end: int) -> bool:
    """A lone "I" before a word ("... seven I am 23") is the English pronoun, not a look-alike 1."""
    return end - start == 1 and text[start] == "I" and text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha()


#: Words already read: number words ("fyrtiofem", "to") and every other word (bounded caches).
_NUMBER_FORMS: set[str] = set()
_OTHER_WORDS: set[str] = set()
_WORD_CACHE_MAX: Final = 200_000


def number_word_forms(words: set[str] | frozenset[str]) -> frozenset[str]:
    """The words (lower-case letter runs) that read wholly as number words: the word candidates of an ad.

    Ordinary words are classified once per process, so an ad costs a set difference over its words."""
    unknown = words - _OTHER_WORDS
    if not unknown:
        return frozenset()
    if len(_OTHER_WORDS) > _WORD_CACHE_MAX or len(_NUMBER_FORMS) > _WORD_CACHE_MAX:
        _OTHER_WORDS.clear()
        _NUMBER_FORMS.clear()
    found: list[str] = []
    for w in unknown:
        if w in _NUMBER_FORMS:
            found.append(w)
        elif _word_token().match(w) and any(p.kind != "o" for p in segment(w)):
            _NUMBER_FORMS.add(w)
            found.append(w)
        else:
            _OTHER_WORDS.add(w)
    return frozenset(found)


@functools.lru_cache(maxsize=256)
def _lookalike_regex(looks: frozenset[str]) -> re.Pattern[str]:
    """Look-alike tokens ("O7O", "l23": o/O for 0, l/I for 1) spelled like the words the ad has ("i" -> "I"),
    followed by a word boundary: a literal scan, not a character class tried at every "o" and "l"."""
    cases = {"o": "[oO]", "l": "l", "i": "I"}
    alts = sorted(("".join(cases[c] for c in w) for w in looks), key=len, reverse=True)
    return re.compile("(?:" + "|".join(alts) + r")\b")


def whole_words(low: str, found: frozenset[str]) -> list[tuple[int, int]]:
    r"""Spans of the words in ``found`` in ``low`` with no letter right after them, in order (what
    ``(?:w1|w2|...)(?![^\W\d_])`` finds; the caller checks what stands before them).

    A ``str.find`` per word: the words are few per ad, and each ad has its own set, which a compiled
    pattern per set would pay for again and again in a stream of new ads."""
    out: list[tuple[int, int]] = []
    n = len(low)
    for w in found:
        size = len(w)
        p = low.find(w)
        while p >= 0:
            e = p + size
            if e == n or not is_letter(low[e]):
                out.append((p, e))
            p = low.find(w, p + 1)
    out.sort()
    return out


#: Characters that end a run of number tokens although they are not letters or digits; a phone sign
#: (📞 ☎ 📱 ✆) opens a number of its own.
_NOT_GAP: Final = frozenset("$€£%=&\U0001f4de\u260e\U0001f4f1\u2706")
_KEYCAP_TAIL: Final = "\ufe0f\u20e3"
_PLUS_BEFORE: Final = re.compile(r"\+[\s(\[/.\-*_]{0,2}$")
#: A messaging app's link to a number ("wa.me/4791234567", "api.whatsapp.com/send?phone=4670..."): the app takes
#: the number in international form without "+" or "00", so its digits open with the country code.
_APP_LINK_BEFORE: Final = re.compile(r"(?i:wa\.me/|whatsapp\.com/send/?\?phone=|whatsapp://send/?\?phone=)\Z")


@functools.cache
def _towns() -> str:
    """Every gazetteer town and district name and alias, as one alternation (for postal codes)."""
    g = gazetteer()
    names = {n.lower() for c in g.cities for n in (c.name, *c.aliases)}
    names |= {n.lower() for d in g.districts for n in (d.name, *d.aliases)}
    return trie_pattern(sorted(n for n in names if n[:1].isalpha()))


#: Before a date: no digit group with a separator ("070 12.03.2026" may be a number's tail), unless that group is
#: glued to a name ("rosa_78 2026-09-20 13:19", "ida_45 21.09.2026": a forum's user name before its post date), is
#: an id opened by "#" ("Medlem #56682 23.07.2026": a review's member and date) or is five digits or more (no
#: number's group is that long and still leaves a whole date for its tail).
#: (Cheapest test first: no digit right before it; then either no digit group, or a group and a blank before it.)
_DATE_BEFORE: Final = (
    r"(?<!\d)(?:(?<!\d[.\-/ *])|(?<=\d )(?:(?<=[^\W\d]\d )|(?<=[^\W\d]\d\d )|(?<=[^\W\d]\d\d\d )"
    r"|(?<=[^\W\d]\d\d\d\d )|(?<=#\d )|(?<=#\d\d )|(?<=#\d{3} )|(?<=#\d{4} )|(?<=\d{5} )))"
)
#: A time a site prints after a date, taken with it: ", 17:44", " 11.07", " kl. 21:14".
_TIME_AFTER: Final = r"(?:,?\s(?i:kl\.?\s)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d))?"

#: Months' names and their short forms in sv/no/da/en, longest first (a date "20. juli 2026", "3. okt. 2026").
_MONTHS: Final = (
    r"januar[iy]?|februar[iy]?|marts|mars|march|april|maj|mai|may|juni|june|juli|july|augusti|"
    r"august|september|oktober|october|november|desember|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|"
    r"nov|des|dec"
)

#: Where a digit run's distractor alternatives are sorted by the character right after the run (``_opening``):
#: these stand for themselves, "$" for every sign, "s" for any blank, "a" for anything else (letters).
_FOLLOWER_KEYS: Final = {c: c for c in ".,:-/'\u2026"} | {c: "$" for c in "$€£%"}


@functools.cache
def _distractor_alternatives() -> tuple[tuple[str, str], ...]:
    """The alternatives of ``_distractors`` in order, each with the keys (``_FOLLOWER_KEYS``, "s", "a") of
    the characters that may follow the digit run it opens with, or "cue" for one that opens without a digit.
    Every digit alternative takes the whole run before it needs a non-digit (the run is maximal: ``(?<!\\d)``
    and a non-digit token after a bounded or possessive digit count), so only the keys listed can follow it."""
    unit_words = sorted({u.lower() for u in lexicon().distractor_units})
    if not all(u[:1].isalpha() for u in unit_words):
        raise ValueError("lexicon distractor_units must start with a letter (phones._distractors is possessive)")
    units = trie_pattern(unit_words)
    return (
        (r"(?<!\d)[$€£]\s?\d{1,6}(?:[.,]\d{1,3})?", "cue"),  # $200, € 150
        # possessive: what follows the amount (a sign or a unit) never starts with a digit, "." or a blank,
        # so giving back digits or the blank could not make these match; without it every digit run is
        # retried at each shorter length (units are checked to start with a letter above)
        # 200$, 1500:-, 2.500,- (thousands with a dot: Norwegian and Danish prices)
        (
            r"(?<!\d[.\-/ *])(?<!\d)(?:\d{1,3}(?:\.\d{3})++|\d{1,6}+(?:[.,]\d{1,2}+)?+)\s?+(?:[$€£%]|:-|,-)(?!\d)",
            ".,s$:",
        ),
        # a duration and its price: "1 time 2000 kr", "30 min 1200" (after a number's digits too: "… 95 1 time 2000"
        # is no number's last digit)
        (
            r"(?<!\d)\d{1,3}\s?+(?i:timer|timmar|timme|time|tim|hours|hour|hrs|hr|h|t|minutter|minuter|minutes|mins|"
            r"min)\.?\s(?:\d{1,3}[. ]\d{3}|\d{3,5})(?![\d.,]\d)",
            "sa",
        ),
        # 170 cm, 1.500 kr. (on one line: a line that opens with "NOK.X71@…" or "kr" is no unit of the number the line
        # before ends with, a column's number broken at its line end)
        (
            r"(?<!\d[.\-/ *])(?<!\d)(?:\d{1,3}(?:\.\d{3})++|\d{1,5}+(?:[.,]\d{1,2}+)?+)[ \t\u00a0]?+(?i:"
            + units
            + r")(?![^\W_])",
            ".,sa",
        ),
        # a position, latitude and longitude in decimal degrees: "GPS 55.77721, 9.91831", "59.9127° N, 10.7461° E"
        # (no phone is two numbers of 1-3 digits, a point and 4+ decimals; read whole, "55 77721 9" is no number)
        (
            r"(?<![\d.,])\d{1,3}\.\d{4,}+°?(?:[ \t]?[NSEWØV](?![^\W_]))?[ \t]?[,;/][ \t]?-?\d{1,3}\.\d{4,}+"
            r"(?![\d.,]\d)°?",
            ".",
        ),
        (r"(?<!\d)\d'\s?\d{1,2}(?:\"|''|\\\")?", "'"),  # 5'6" heights
        (r"(?<!\d)24\s?/\s?7(?!\d)", "s/"),  # 24/7
        # dates, with the time a site prints after them ("2026-09-20 13:19", "20.09.2026, 17:44")
        (
            _DATE_BEFORE + r"(?:19|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])(?!\d)" + _TIME_AFTER,
            "-./s",
        ),
        (
            _DATE_BEFORE
            + r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?![./\-]?\d)"
            + _TIME_AFTER,
            "./-",
        ),
        # a span of years, as a footer's copyright or a "member since" prints it: "© 2019–2026", "2017-2026"
        (r"(?<!\d[.\-/ *])(?<!\d)(?:19|20)\d\d ?[-\u2013\u2014] ?(?:19|20)\d\d(?![./\-]?\d)", "-sa"),
        # the English month/day/year: "imported 01/13/2026", "03/28/2026 14:22"
        (
            _DATE_BEFORE + r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d\d(?![./\-]?\d)" + _TIME_AFTER,
            "/",
        ),
        # a day, month and two-digit year with dots or slashes: "Publisert: 21.09.26 11.07", "20/09/26"
        (
            _DATE_BEFORE + r"(?:0?[1-9]|[12]\d|3[01])(?:\.(?:0?[1-9]|1[0-2])\.|/(?:0?[1-9]|1[0-2])/)\d\d"
            r"(?![./\-]?\d)" + _TIME_AFTER,  # no capturing group: the dotted date's "\1" is the pattern's only one
            "./",
        ),
        # body measurements: "90-60-90", "34-24-34", "100-70-105" (no phone is three dashed pairs alone)
        # and not glued to a word: "Oo45-74-15 28 95" is a number written with look-alike letters
        (r"(?<!\d[.\-/ *])(?<!\w)(?:1[0-4]\d|\d\d)-\d\d-(?:1[0-4]\d|\d\d)(?![./\-]?\d)", "-"),
        # a day with a comma or a month's name before the year: "Sep 20, 2026", "20. juli 2026" (a month's name, not
        # any word: "… 47 14\nPublicerad 2026-11-04" is a number's last pair and the next line's label)
        (r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:,|\.?\s(?i:" + _MONTHS + r")\.?)\s(?:19|20)\d\d(?!\d)", ",.s"),
        # date ranges: "28.08–02.09", "9.7.-16.7."
        (
            r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.?\s?[-\u2013\u2014]\s?"
            r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\d])\.?",
            ".",
        ),
        # a tour's day/month range with slashes and no year: "21/10-25/10", "7/7 – 11/7"
        (
            r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])\s?[-\u2013\u2014]\s?"
            r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])",
            "/",
        ),
        # a tour's day range in one month, the month after a slash: "23–27/10", "21-25/11" (a tour's dates, written
        # with no year; a number's digit group never ends in "/" and a month)
        (
            r"(?<!\d[.\-/ *])(?<!\d)(?:0?[1-9]|[12]\d|3[01])[-\u2013\u2014](?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])"
            r"(?![\d/]|[.\-]\d|\s\d)",
            "-a",
        ),
        # a price per duration: "2000/30min", "1500/h"
        (
            r"(?<!\d)\d{2,6}\s?/\s?\d{0,3}\s?(?i:min|mins|minutes|minutter|minuter|h|hr|hrs|hour|t|tim|time|timer)"
            r"(?![^\W_])",
            "s/",
        ),
        # a masked or cut number: "0701234XXX", "4123 4... (vis nummer)"
        (r"(?<!\d)\d[\d \-]{2,14}(?:\.{3,}|\u2026) ?(?:\(|(?i:vis|visa|show|se)\b)", "s-.\u2026"),
        (r"(?<!\d)\d{4,}[xX]{3,}", "a"),
        # a Swedish postal code before its town: "111 53 Sthlm", "114 59 STHLM"
        (r"(?<![\d ])[1-9]\d{2} \d{2}(?= (?i:" + _towns() + r")(?![^\W_]))", "s"),
        (r"(?<=, )[1-9]\d{2} \d{2}(?= (?i:" + _towns() + r")(?![^\W_]))", "s"),  # "Box 827, 111 21 Stockholm"
        (r"(?:(?<=\n)|(?<=^))[1-9]\d{2} \d{2}(?= [A-ZÅÄÖ][^\W\d_]{2})", "s"),
        # page counters: "Sida 208 av 250", "Side 3 af 120", "page 3 of 12"
        (r"(?<!\d)\d{1,4}\s(?i:av|af|of)\s\d{1,5}(?!\d)", "s"),
        # a duration glued to its digit after a number: "... 49 35 1h 2200", "1t 2500 kr"
        (r"(?<!\d)\d{1,2}(?:h|t|hr|hrs|tim|timer|time)(?![^\W_])", "a"),
        # 13.00–23.00
        (r"(?<!\d)(?:[01]?\d|2[0-4])[.:][0-5]\d\s?[-\u2013\u2014]\s?(?:[01]?\d|2[0-4])[.:][0-5]\d(?!\d)", ".:"),
        # 20.1 2026, and the Danish 27/9-2026
        (r"(?<!\d[.\-/ *])(?<!\d)(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[\s\-](?:19|20)\d\d(?!\d)", "./"),
        # the Danish day/month-two-digit-year: "23/7-26" (no further group: "12/3-45 67" may be a number)
        (_DATE_BEFORE + r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])-\d\d(?![\d./\-]|\s?\d)", "/"),
        (r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)", ":"),  # 14:30
        # kl. 18.00, and the range it opens: "kl 10.00–22.00", "kl. 10-22", "kl. 12.00 til 02.00"
        (
            r"(?i:\bkl\.?\s?)\d{1,2}(?:[.:]\d\d)?"
            r"(?:\s?[-\u2013\u2014]\s?\d{1,2}(?:[.:]\d\d)?(?!\d)|\s(?i:til|till|to|until)\s\d{1,2}[.:]\d\d(?!\d))?",
            "cue",
        ),
        (
            r"(?i:\b(?:id|ref|annons-?id|ad\s?id|annonce-?id|org\.?\s?nr|orgnr|org\.?\s?no|cvr(?:-?nr)?|"
            r"moms(?:nr)?|vat)\s?[:#.]?\s?)\d[\d \-]{2,14}\d",  # ad ids, organisation and VAT numbers
            "cue",
        ),
        (r"#\d{4,12}", "cue"),
    )


#: Every character a distractor can start with (a case-insensitive cue word's too, but not its other folds,
#: such as the Kelvin sign for "k"): the look-ahead lets the engine skip prose fast.
_OPENING = r"(?=[\d$€£#kKiIrRaAoOcCmMvV])"


@functools.cache
def _distractors() -> re.Pattern[str]:
    """Every distractor (prices, dates, heights, ids, ...) as one pattern: what ``_blocked`` must find."""
    alternatives = "|".join(alt for alt, _keys in _distractor_alternatives())
    return re.compile(_OPENING + "(?:" + alternatives + ")")


@functools.cache
def _opening_patterns() -> dict[str, re.Pattern[str]]:
    """``_distractors`` cut by what may follow the digit run (or "cue"): each keeps only the alternatives that can
    match there, in their order, so ``match`` at a start gives the same span as the whole pattern, without
    trying the other ~15 alternatives (most tries fail after trying every one)."""
    keys = (*dict.fromkeys(_FOLLOWER_KEYS.values()), "s", "a", "cue")
    out: dict[str, re.Pattern[str]] = {}
    for key in keys:
        if key == "cue":
            alts = [alt for alt, k in _distractor_alternatives() if k == "cue"]
        else:
            alts = [alt for alt, k in _distractor_alternatives() if k != "cue" and key in k]
        out[key] = re.compile(_OPENING + "(?:" + "|".join(alts) + ")")
    return out


#: What a distractor that does not open with a digit opens with: a currency sign, "#", "kl", an id label.
_CUE_SIGNS: Final = "$€£#"
_CUE_WORDS: Final = ("kl", "id", "ref", "annon", "ad", "org", "cvr", "moms", "vat")
_NON_DIGIT_DISTRACTOR: Final = re.compile(r"[$€£#]|\b(?i:" + "|".join(_CUE_WORDS) + ")")
#: Lower-case words known not to start like a cue word (bounded, cleared when full).
_NO_CUE_WORDS: set[str] = set()


def _cue_words(words: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The cue words (``_CUE_WORDS``, in their order) that a word of the text starts with (``words``: the text's
    lower-case letter runs). A cue word can only match where it opens a letter run, so the others cannot
    match anywhere in the text. Words that start with none are remembered (a set difference per ad)."""
    unknown = words - _NO_CUE_WORDS
    if not unknown:
        return ()
    if len(_NO_CUE_WORDS) > _WORD_CACHE_MAX:
        _NO_CUE_WORDS.clear()
    found: set[str] = set()
    for w in unknown:
        if w.startswith(_CUE_WORDS):
            for cue in _CUE_WORDS:
                if w.startswith(cue):
                    found.add(cue)
        else:
            _NO_CUE_WORDS.add(w)
    return tuple(cue for cue in _CUE_WORDS if cue in found)


#: Lower-case words known to be neither a number word (``number_word_forms``) nor one that starts like a cue word
#: (``_cue_words``): bounded, cleared when full.
_PLAIN_WORDS: set[str] = set()


#: What each lower-case word that is not plain is (a number word, or one that starts like a cue word): (a number word?,
#: the cue words it starts with, in ``_CUE_WORDS``' order). Bounded, cleared when full.
_WORD_KINDS: Final[dict[str, tuple[bool, tuple[str, ...]]]] = {}


def _word_classes(words: set[str] | frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """``(number_word_forms(words), _cue_words(words))`` from one set difference over the text's words instead of
    one each (~4 k instructions per hundred words): only the words of the text that are not known to be plain are
    read, each from what is remembered of it (``_WORD_KINDS``: a dict look-up, not two more set differences and
    loops per ad, ~16 k instructions); a word met for the first time is classified by ``number_word_forms`` and
    its starts."""
    unknown = words - _PLAIN_WORDS
    if not unknown:
        return frozenset(), ()
    if len(_PLAIN_WORDS) > _WORD_CACHE_MAX:
        _PLAIN_WORDS.clear()
    if len(_WORD_KINDS) > _WORD_CACHE_MAX:
        _WORD_KINDS.clear()
    forms: list[str] = []
    cues: set[str] = set()
    new: set[str] = set()
    for w in unknown:
        kind = _WORD_KINDS.get(w)
        if kind is None:
            new.add(w)
            continue
        if kind[0]:
            forms.append(w)
        for c in kind[1]:
            cues.add(c)
    if new:
        new_forms = number_word_forms(new)
        for w in new:
            starts = tuple([c for c in _CUE_WORDS if w.startswith(c)])
            is_form = w in new_forms
            if is_form or starts:
                _WORD_KINDS[w] = (is_form, starts)
                if is_form:
                    forms.append(w)
                for c in starts:
                    cues.add(c)
            else:
                _PLAIN_WORDS.add(w)
    return frozenset(forms), tuple([c for c in _CUE_WORDS if c in cues])


def _cue_free(text: str, words: set[str] | frozenset[str], cue_words: tuple[str, ...] | None = None) -> bool:
    """True when no distractor cue (``_NON_DIGIT_DISTRACTOR``) can occur anywhere in ``text``: no currency
    sign or "#", and no word (``words``: the text's lower-case letter runs) that starts like a cue word
    (``cue_words``: ``_cue_words(words)``, when the caller has it). Lets ``_blocked`` skip its per-window cue
    search."""
    if any(c in text for c in _CUE_SIGNS) or not lower_is_caseless(text):
        return False
    return not (_cue_words(words) if cue_words is None else cue_words)


def _opening(text: str, d: int, b: int, patterns: dict[str, re.Pattern[str]]) -> re.Pattern[str] | None:
    """The part of ``_distractors`` (``patterns``: ``_opening_patterns()``) that can match at ``d`` (a digit run's
    start or a cue) and end by ``b``, or None where no distractor can: a cheap necessary condition on the
    characters after the run, checked before a pattern (~8 µs a try) is tried, and the run's follower picks the
    pattern (``_opening_patterns``).

    Every branch that opens with a digit takes the whole digit run and then needs, right after it: a decimal
    mark, sign or separator (.,:'/-…$€£%; a dash only after a day or a year, before a dashed pair of digits
    ("90-60-90"), or in a masked number; an en or em dash only after a year: "2019–2026"), a letter (a
    unit: "170cm", "1h", "0701234xxx"), or a blank followed by a sign or slash ($€£%:,/: "1500 :-", "2000 / 30m"),
    by a word (after a day: a month; after 1-4 digits: "av", "af", "of"; after 1-5 digits: a whole unit
    word), or, after a space, digits in one of three shapes: a year opening an ISO date ("2026 03 11"), a
    Swedish postal code ("111 53 Sthlm"), or a masked number ("4123 4... (vis nummer)", "…" within the next
    18 characters).
    ``tests/extract/test_phone_scanner.py`` checks that the whole pattern never matches where this says None, and
    that the pattern given matches exactly as the whole one does."""
    if not decimal_at(text, d):
        return patterns["cue"] if _may_open_cue(text, d) else None  # a cue ("#", "kl", "id")
    e = d + 1
    while e < b and decimal_at(text, e):
        e += 1
    if e >= b or not _may_follow(text, d, e, b):
        return None
    c = text[e]
    key = _FOLLOWER_KEYS.get(c)
    if key is None:
        key = "s" if c.isspace() else "a"
    return patterns[key]


def _day_month_at(text: str, k: int, b: int) -> bool:
    """Does a day and its month after a slash start at ``k`` (1-2 digits, "/", a digit; before ``b``)? The second
    day of a tour's range ("23–27/10")."""
    n = 0
    while k + n < b and n < 3 and 48 <= ord(text[k + n]) <= 57:
        n += 1
    return 1 <= n <= 2 and k + n + 1 < b and text[k + n] == "/" and 48 <= ord(text[k + n + 1]) <= 57


def _may_follow(text: str, d: int, e: int, b: int) -> bool:
    """Can a distractor that opens with the digit run ``text[d:e]`` go on at ``e`` (< ``b``)? See ``_opening``.

    Read by code points (``ord``, ``_ascii_alnum``, ``_space_at``): mypyc compiles those, while ``str.isalpha``,
    ``str.isdecimal``, ``str.isascii`` and ``startswith`` with a start are Python method calls (~0.4 k instructions
    each); characters above ASCII go to the ``str`` methods. ``tests/extract/test_phone_scanner.py`` holds it to
    the plain spelling."""
    o = ord(text[e])
    size = e - d
    if o == 45:  # "-"
        # a date ("2026-03-11", "11-3-2026": a month of 1-2 digits, "-", the year) or a masked number ("4123-4..."),
        # never a group ("070-123")
        return (
            (size <= 2 and (_dash_year_at(text, e + 2) or _dash_year_at(text, e + 3)))
            or (size == 4 and _century_at(text, d))
            or ((size == 2 or size == 3) and _dashed_pair_at(text, e, b))
            or (size <= 2 and _day_month_at(text, e + 1, b))
            or _masked(text, d, e, b)
        )
    if _after_run(o) or (_ascii_alnum(o) if o < 128 else text[e].isalnum()):
        return True
    if o == 0x2013 or o == 0x2014:  # an en or em dash after a year: a span of years ("2019–2026"); or a day's
        return (size == 4 and _century_at(text, d)) or (size <= 2 and _day_month_at(text, e + 1, b))  # "23–27/10"
    if not _space_at(text, e, o) or e + 1 >= b:
        return False
    o1 = ord(text[e + 1])
    if o1 == 36 or o1 == 37 or o1 == 58 or o1 == 44 or o1 == 47 or o1 == 0x20AC or o1 == 0xA3:  # $%:,/€£
        return True
    if (
        (_ascii_alnum(o1) and not 48 <= o1 <= 57)
        if o1 < 128
        else (text[e + 1].isalnum() and not decimal_at(text, e + 1))
    ):
        # a unit ("170 cm", "22 år"), a page counter ("3 av 12") or, after a day, a month ("20 juli 2026")
        k = e + 1
        ascii_word = True
        letters = True
        while k < b:
            ok = ord(text[k])
            if ok < 128:
                if not _ascii_alnum(ok):
                    break
                letters = letters and ok > 57
            elif text[k].isalnum():
                ascii_word = False
            else:
                break
            k += 1
        units = _unit_spellings()
        if not ascii_word or units is None:
            return size <= 5
        word = text[e + 1 : k]
        low = word.lower()
        if (size <= 4 and (low == "av" or low == "af" or low == "of")) or (size <= 5 and low in units):
            return True
        return size <= 2 and 3 <= len(word) <= 10 and letters and _year_after(text, k)
    if o != 32:
        return False
    if size == 4 and _century_at(text, d):
        return True  # "2026 03 11"
    if size == 3 and e + 4 < len(text):
        od = ord(text[d])
        o4 = ord(text[e + 4])
        if (
            49 <= od <= 57
            and decimal_at(text, e + 1)
            and decimal_at(text, e + 2)
            and ord(text[e + 3]) == 32
            and ((65 <= o4 <= 90 or 97 <= o4 <= 122) if o4 < 128 else text[e + 4].isalpha())
        ):
            return True  # "111 53 Sthlm": a town's name or a capital letter after the code, not "123 45 67"
    return _masked(text, d, e, b)


def _ascii_alnum(o: int) -> bool:
    """``chr(o).isalnum()`` for an ASCII code point."""
    return 48 <= o <= 57 or 65 <= o <= 90 or 97 <= o <= 122


def _space_at(text: str, i: int, o: int) -> bool:
    """``text[i].isspace()``, ``o`` its code point: ASCII by number (tab to carriage return, the four separators
    28-31, the blank)."""
    if o < 128:
        return 9 <= o <= 13 or 28 <= o <= 32
    return text[i].isspace()


def _after_run(o: int) -> bool:
    """Is ``chr(o)`` one of .,:'/-…$€£%: a decimal mark, sign or separator after a distractor's digit run?"""
    return (
        o == 46 or o == 44 or o == 58 or o == 39 or o == 47 or o == 45
        or o == 0x2026 or o == 36 or o == 0x20AC or o == 0xA3 or o == 37
    )  # fmt: skip


def _dashed_pair_at(text: str, e: int, b: int) -> bool:
    """A dash, two digits and a dash at ``e`` (before ``b``): the middle of body measurements ("90-60-90")."""
    return e + 4 < b and ord(text[e + 3]) == 45 and 48 <= ord(text[e + 1]) <= 57 and 48 <= ord(text[e + 2]) <= 57


def _century_at(text: str, k: int) -> bool:
    """``text.startswith(("19", "20"), k)``."""
    if k + 2 > len(text):
        return False
    a = ord(text[k])
    c = ord(text[k + 1])
    return (a == 49 and c == 57) or (a == 50 and c == 48)


def _dash_year_at(text: str, k: int) -> bool:
    """``text.startswith(_DASH_YEARS, k)``: "-19" or "-20"."""
    return k + 3 <= len(text) and ord(text[k]) == 45 and _century_at(text, k + 1)


#: ``_unit_spellings``'s answer, kept: a plain dict, which compiled code reads without a call.
_UNIT_SPELLINGS: Final[dict[str, frozenset[str] | None]] = {}


def _unit_spellings() -> frozenset[str] | None:
    """``_units()`` where every unit is letters and digits only (``_units_alnum``), else None."""
    if "units" not in _UNIT_SPELLINGS:
        _UNIT_SPELLINGS["units"] = _units() if _units_alnum() else None
    return _UNIT_SPELLINGS["units"]


#: What follows a day and month of a dashed date: "-" and the year's century ("11-3-2026").
_DASH_YEARS: Final = ("-19", "-20")
#: The letters a cue label that opens a distractor can begin with, up to its first non-letter ("org" of "org.nr",
#: "annons" of "annons-id", "adid"): every spelling of ``_distractor_alternatives``'s "kl" and id labels.
_CUE_LABELS: Final = frozenset(
    (
        "kl", "id", "ref", "annons", "annonsid", "ad", "adid", "annonce", "annonceid", "org", "orgnr", "orgno",
        "cvr", "cvrnr", "moms", "momsnr", "vat",
    )
)  # fmt: skip


def _year_after(text: str, k: int) -> bool:
    """After a month word ending at ``k``: an optional ".", one blank, and a year's century ("juli 2026")?"""
    if k < len(text) and ord(text[k]) == 46:
        k += 1
    return k < len(text) and _space_at(text, k, ord(text[k])) and _century_at(text, k + 1)


def _may_open_cue(text: str, d: int) -> bool:
    """Can a distractor that opens without a digit (a cue: ``_NON_DIGIT_DISTRACTOR``) match at ``d``? A sign needs
    a digit after it (one blank between for a currency); a word needs to be one of the labels (``_CUE_LABELS``):
    each is followed by a blank, a ":", "#", "." or a digit, none of them a letter, so its letters are the whole
    letter run at ``d``. A run with a character above ASCII ("İd": case folding) is left to the pattern."""
    c = text[d]
    if c == "#":
        return decimal_at(text, d + 1) if d + 1 < len(text) else False
    if c in "$€£":
        nxt = text[d + 1 : d + 2]
        if nxt.isspace():
            nxt = text[d + 2 : d + 3]
        return nxt.isdecimal()
    k = d
    n = min(len(text), d + 10)
    while k < n:
        o = ord(text[k])
        if 97 <= o <= 122 or 65 <= o <= 90:
            k += 1
        elif o > 127 and text[k].isalpha():
            return True
        else:
            break
    return text[d:k].lower() in _CUE_LABELS


def _masked(text: str, d: int, e: int, b: int) -> bool:
    """Can a masked number ("4123 4... (vis nummer)") start at ``d``: "..." or "…" within its reach?"""
    end = min(b, d + 19)
    return text.find("...", e, end) >= 0 or text.find("\u2026", e, end) >= 0


@functools.cache
def _units() -> frozenset[str]:
    """The distractor units as ``_distractors`` spells them (lower-case, matched case-insensitively)."""
    return frozenset(u.lower() for u in lexicon().distractor_units)


@functools.cache
def _units_alnum() -> bool:
    """Is every unit made of letters and digits only? Then a unit after a blank is a whole word of the text."""
    return all(u.isalnum() for u in _units())


def _cue_starts(text: str, low: str, cue_words: Sequence[str] = _CUE_WORDS) -> list[int] | None:
    """Where ``_NON_DIGIT_DISTRACTOR`` matches in ``text`` (``low``: its lower-case form), found once per field
    with ``str.find`` instead of the case-insensitive pattern once per run's window (it opens with a word
    boundary, so the engine tries it at every character). None for text with a case trap
    (``lower_is_caseless``): the caller then runs the pattern. ``cue_words``: the cue words to look for, all of
    them or those a word of the text starts with (``_cue_words``): only those can match.

    A cue word matches where it opens a word (after no letter, digit or underscore); a sign anywhere.
    Matches cannot overlap: a word cue starts a word and a sign is no word character."""
    if not lower_is_caseless(text):
        return None
    return find_starts(text, _CUE_SIGNS, low, cue_words)


def _blocked(
    text: str,
    lo: int,
    hi: int,
    digits: list[int] | None = None,
    cue_free: bool = False,
    cues: list[int] | None = None,
) -> list[tuple[int, int]]:
    """Distractor spans (prices, dates, heights, ids, ...) near one run only: the regex never sees the
    whole ad.

    Every distractor opens at a digit run's start or at a cue ``_NON_DIGIT_DISTRACTOR`` finds, so the
    pattern is only tried there (``digits``: ``patterns.digit_runs``; no cue search when the caller knows
    the text has none, ``cue_free``; ``cues``: the field's cue positions, ``_cue_starts``), non-overlapping, in
    order: the matches ``finditer`` over the window
    would give, at a fraction of its cost (it tries every letter a distractor may open with)."""
    a, b = max(0, lo - 24), min(len(text), hi + 24)
    if digits is None:
        # the whole pattern is compiled only here (~0.15 G instructions): ``find_phones`` always passes the runs
        return [(m.start(), m.end()) for m in _distractors().finditer(text, a, b)]
    starts = digits[first_from(digits, a) : first_from(digits, b)]
    if not cue_free:
        if cues is None:
            near = [m.start() for m in _NON_DIGIT_DISTRACTOR.finditer(text, a, b)]
        else:
            # the field's cues from ``_cue_starts``; one that ends past ``b`` opens no distractor in the window
            near = cues[first_from(cues, a) : first_from(cues, b)]
        if near:
            starts = _merged(starts, near)
    out: list[tuple[int, int]] = []
    last = a
    patterns = _opening_patterns()
    for d in starts:
        if d < last:
            continue
        rx_at = _opening(text, d, b, patterns)
        if rx_at is None:
            continue
        m = rx_at.match(text, d, b)
        if m is not None:
            last = m.end()
            out.append((d, last))
    return out


def _merged(xs: list[int], ys: list[int]) -> list[int]:
    """``sorted({*xs, *ys})`` of two increasing lists, merged in one compiled pass (the set and the sort were ~3.5 k
    instructions a window)."""
    out: list[int] = []
    i = 0
    j = 0
    nx = len(xs)
    ny = len(ys)
    while i < nx and j < ny:
        x = xs[i]
        y = ys[j]
        if x < y:
            out.append(x)
            i += 1
        elif y < x:
            out.append(y)
            j += 1
        else:
            out.append(x)
            i += 1
            j += 1
    while i < nx:
        out.append(xs[i])
        i += 1
    while j < ny:
        out.append(ys[j])
        j += 1
    return out


def first_from(xs: list[int], x: int) -> int:
    """``bisect.bisect_left(xs, x)`` for a sorted list of ints, compiled: mypyc calls ``bisect`` as a Python
    function of a module (an attribute lookup and a call, ~1 k instructions; ``_blocked`` makes four)."""
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


_FROM_DEFAULT: Final = phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY


#: ``_national_lengths`` of each region read so far: a plain dict, which compiled code reads without a call (an
#: ``lru_cache`` is a Python call, ~0.4 k instructions; a digit string's validation asked three per region).
_NATIONAL: Final[dict[str, tuple[str, frozenset[int]] | None]] = {}


def _national_lengths(region: str) -> tuple[str, frozenset[int]] | None:
    """(trunk prefix, possible national lengths) of a region whose numbers parse that simply, else None."""
    if region in _NATIONAL:
        return _NATIONAL[region]
    rule = _NATIONAL[region] = _read_national_lengths(region)
    return rule


def _read_national_lengths(region: str) -> tuple[str, frozenset[int]] | None:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        return None
    prefix = meta.national_prefix or ""
    if (meta.national_prefix_for_parsing or "") != prefix or (prefix and not prefix.isdigit()):
        return None  # carrier codes or patterns: leave it to phonenumbers
    lengths = frozenset(meta.general_desc.possible_length) | frozenset(meta.general_desc.possible_length_local_only)
    return (prefix, lengths) if lengths else None


def _impossible(number: str, region: str) -> bool:
    """A digit string no number of ``region`` can be: its length (after the trunk prefix) is none of the
    region's, so ``phonenumbers.parse`` (~0.1 ms) need not run. Digits that open with the region's own code
    are left to ``parse``."""
    rule = _national_lengths(region)
    if rule is None or not number.isdigit():
        return False
    prefix, lengths = rule
    n = len(number) - len(prefix) if prefix and number.startswith(prefix) else len(number)
    return n not in lengths and len(number) not in lengths


#: ``_parse``'s answers ("" for none), cleared when full: a plain dict, which compiled code reads without a call.
_PARSED: Final[dict[tuple[str, str | None], str]] = {}
_PARSED_MAX: Final = 262144


def _parse(number: str, region: str | None) -> str | None:
    """E.164 of ``number`` read in ``region`` (None: it opens with "+") when valid, else None."""
    key = (number, region)
    e = _PARSED.get(key)
    if e is None:
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        e = _PARSED[key] = _parse_uncached(number, region) or ""
    return e or None


def _parse_uncached(number: str, region: str | None) -> str | None:
    if region is not None and _impossible(number, region):
        return None
    if region is not None:
        fast = _national_fast(number, region)
        if fast is not None:
            return fast or None
    return _parse_slow(number, region)


def _national_fast(number: str, region: str) -> str | None:
    """A national digit string of a region with a plain trunk prefix, validated without ``phonenumbers.parse``
    (its normalising and prefix extraction cost more than the validation): "" when invalid, None when the
    string needs the full parse (a zero after the trunk prefix, a region with carrier codes)."""
    rule = _national_lengths(region)
    if rule is None or not number.isdigit():
        return None
    prefix = rule[0]
    nsn = number[len(prefix) :] if prefix and number.startswith(prefix) else number
    if not nsn or nsn[0] == "0" or len(nsn) > 17:
        return None
    cc = _country_code(region)
    if not cc or prefix == _code_text(region):
        return None  # NANP: the trunk prefix "1" is also the country code, which ``parse`` tells apart
    return f"+{cc}{nsn}" if valid_number(cc, nsn) else ""


#: Each region's country code, as an int and as text: plain dicts, read by compiled code without a call.
_CODES: Final[dict[str, int]] = {}
_CODE_TEXTS: Final[dict[str, str]] = {}


def _country_code(region: str) -> int:
    """``phonenumbers.country_code_for_region``, once per region (it validates the region on every call)."""
    cc = _CODES.get(region)
    if cc is None:
        cc = _CODES[region] = int(phonenumbers.country_code_for_region(region))
    return cc


def _code_text(region: str) -> str:
    text = _CODE_TEXTS.get(region)
    if text is None:
        text = _CODE_TEXTS[region] = str(_country_code(region))
    return text


def _parse_slow(number: str, region: str | None) -> str | None:
    if region is None and number.startswith("+"):
        fast = parse_international(number[1:])
        if fast is None:
            fast = parse_plus(number[1:])  # a trunk prefix or zero after the code, a patterned prefix
        if fast is not None:
            return fast or None
    if region is not None and _after_idd(number, region):
        return None  # read as dialled abroad ("00 20 79 85" in Sweden): never the national reading asked for
    try:
        n = phonenumbers.parse(number, region, keep_raw_input=region is not None)
    except phonenumbers.NumberParseException:
        return None
    if region is not None and n.country_code_source != _FROM_DEFAULT:
        # read nationally, digits that open with the region's own code ("460 37 287 3047" in Sweden) are not
        # an international number: that reading is the bare-international path's to make (``validate``)
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


#: Each region's international dialling prefix as ``phonenumbers`` compiles it (None: no metadata or no prefix).
_IDD: Final[dict[str, re.Pattern[str] | None]] = {}


def _after_idd(number: str, region: str) -> bool:
    """Would ``phonenumbers.parse(number, region)`` read ASCII digits ``number`` as dialled abroad, stripping the
    region's international prefix ("00" in Sweden) by its own rule (``_parse_prefix_as_idd``: not when a "0" follows
    the prefix)? Then its number, if any, has a country code source other than ``FROM_DEFAULT_COUNTRY`` (or it
    raises), which ``_parse_slow`` answers None without the parse (~0.12 M instructions). False where ``parse`` must
    tell. ``tests/extract/test_rewrites_held_equal_27.py`` holds ``_parse_slow`` to the parse on such strings."""
    if region in _IDD:
        idd = _IDD[region]
    else:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
        prefix = None if meta is None else meta.international_prefix
        idd = _IDD[region] = None if prefix is None else re_compile(prefix)
    if idd is None or not (number.isascii() and number.isdigit()):
        return False
    return phonenumberutil._parse_prefix_as_idd(idd, number)[0]


def _international(digits: str) -> str | None:
    """``digits`` after a + or 00; tolerates a trunk 0 after the country code ("+46 (0)70...")."""
    e = _parse("+" + digits, None)
    if e:
        return e
    for cc_len in (1, 2, 3):
        if len(digits) > cc_len + 1 and digits[cc_len] == "0":
            e = _parse("+" + digits[:cc_len] + digits[cc_len + 1 :], None)
            if e and e[1 : 1 + cc_len] == digits[:cc_len]:
                return e
    return None


def validate(
    digits: str,
    intl: bool,
    regions: Sequence[str],
    *,
    bare_intl: bool = True,
    bare_ten: bool = False,
    trunk_marked: bool = False,
) -> str | None:
    """E.164 for a digit string in the first region where it is valid, or None. ``bare_ten``: the digits are one
    token, which may be a Norwegian or Danish number with its code and without "+" (10 digits). ``trunk_marked``:
    the text brackets a trunk 0 after the first group ("46 (0)31 727 15 39"), which says that group is a code."""
    n = len(digits)
    if n < MIN_DIGITS or n > MAX_DIGITS:
        return None
    if intl:
        return _international(digits) if n >= 8 else None
    if digits.startswith("00") and n >= 10:
        return _international(digits[2:])
    # a country whose national numbers are written with a trunk 0 (SE) never reads digits without it: a
    # Swede writes "070-...", "08-..."; a date ("20.09.26"), an ad number or a postcode run read as "020 ...",
    # "013 ..." is no number ("8142 5587" in a Danish-language ad in Göteborg is Danish)
    for r in regions if digits[0] == "0" else _no_trunk(regions):
        e = _parse(digits, r)
        if e:
            return e
    # an international number written without "+" or "00" (46701234567, 4915784627939), and a Norwegian or Danish
    # one (10 digits: 4741234567, a URL slug's "…-4521486344") when its code is the ad's own or a Nordic one
    if (
        bare_intl
        and digits[0] != "0"
        and (n >= 11 or (bare_ten and n == 10 and digits[:2] in _bare_codes(tuple(regions))))
    ):
        e = _parse("+" + digits, None)
        # with no "+" or "00" its code is read only as written: a trunk 0 after it ("46 02 35 42", a Norwegian
        # number whose first pair is a code, then more digits) says the pair opens a national number
        return e if e is not None and (len(e) == n + 1 or (trunk_marked and len(e) == n)) else None
    return None


def _whole_number(head: str, regions: Sequence[str]) -> bool:
    """Is a masked number's head already a complete number of the ad's regions (its mask then decoration)?"""
    return validate("".join(ch for ch in head if "0" <= ch <= "9"), head.startswith("+"), regions) is not None


def _mobile_digits(number: str, regions: Sequence[str]) -> bool:
    """Is ``number`` (digits, a "+" or "00" kept before them) one valid mobile number: national in one of the ad's
    regions, or with its country code (``order.read_order``'s check)?"""
    intl = number.startswith("+")
    e = validate(number.lstrip("+"), intl, regions, bare_ten=True)
    return e is not None and mobile_number(e)


def _valid_digits(number: str, regions: Sequence[str]) -> bool:
    """Is ``number`` (digits, a "+" or "00" kept before them) one valid mobile or fixed-line number, as
    ``_mobile_digits`` reads it? The check of a number a cue says is written out of shape (backwards, its prefix last,
    listed, split, dense look-alikes): a clinic's landline too, never a toll-free, premium or shared-cost line."""
    e = validate(number.lstrip("+"), number.startswith("+"), regions, bare_ten=True)
    if e is None:
        return False
    if mobile_number(e):
        return True
    # a landline written nationally is read in the ad's first country only: "oB2 BB4 ol90" in a Danish ad is no
    # Stockholm line (a Thai mobile written nationally)
    home = (
        number.startswith(("+", "00"))
        or e[1:] == number  # written with its code, without "+" ("46856508899")
        or (bool(regions) and e.startswith(_code_prefix(regions[0])))
    )
    return home and _fixed_line(e)


@functools.cache
def _code_prefix(region: str) -> str:
    """The country code of ``region`` with its "+" ("+47" for NO)."""
    return "+" + str(phonenumbers.country_code_for_region(region))


#: ``_fixed_line``'s answers by number: ``phonenumbers.parse`` and ``number_type`` cost ~1 M instructions a call, and
#: a run asks about the same landlines again (each neighbour reading, each ad of one salon). Cleared when full.
_FIXED: Final[dict[str, bool]] = {}
_FIXED_SIZE: Final = 4096


def _fixed_line(e164: str) -> bool:
    """Is ``e164`` a fixed line (``phonenumbers``' type; asked only of the few numbers that are no mobile)?"""
    got = _FIXED.get(e164)
    if got is not None:
        return got
    try:
        fixed = phonenumbers.number_type(phonenumbers.parse(e164)) == phonenumbers.PhoneNumberType.FIXED_LINE
    except phonenumbers.NumberParseException:
        fixed = False
    if len(_FIXED) >= _FIXED_SIZE:
        _FIXED.clear()
    _FIXED[e164] = fixed
    return fixed


def _whole_letters(run: str, regions: Sequence[str]) -> bool:
    """Are the digits of a run with letters read as digits (``letters.read_letters``) one valid number: with its
    "+" or "00", national in one of the ad's regions, or with a bare code of the ad's or a Nordic country (10-13
    digits; a bare code of any country is too easily a date or an id: "2026-01-08T20")?"""
    digits = "".join(ch for ch in run if "0" <= ch <= "9")
    if run.lstrip("(").startswith("+"):
        return (_parse("+" + digits, None) if "(0)" not in run else validate(digits, True, regions)) is not None
    if validate(digits, False, regions, bare_intl=False) is not None:
        return True
    return (
        10 <= len(digits) <= 13 and digits[:2] in _bare_codes(tuple(regions)) and _parse("+" + digits, None) is not None
    )


#: Digits of an E.164 number, country code included: what a "+" number that no country vouches for may have.
MIN_E164_DIGITS: Final = 8
MAX_E164_DIGITS: Final = 15


@functools.lru_cache(maxsize=4096)
def _assigned_code(digits: str) -> bool:
    """Do the first 1-3 digits form a country calling code in use ("+47 1234 5678": yes; "+99 ...": no)?"""
    return any(
        phonenumbers.region_code_for_country_code(int(digits[:k])) != phonenumbers.UNKNOWN_REGION
        for k in (1, 2, 3)
        if len(digits) > k and digits[0] != "0"
    )


#: Two capitals that are also words written in capitals before a number ("CALL ME 0712 ...", "SMS TO ...").
_NOT_REGION_WORDS: Final = frozenset(
    {"ME", "IS", "IT", "TO", "SO", "AT", "BE", "AM", "AS", "BY", "DO", "GO", "HI", "IN", "MY", "OR", "ON", "UP", "AN",
     "ER", "PA", "NU", "JA", "EN", "ET", "VI", "DU", "SA", "TV", "ID", "NR", "PM", "TG", "WA", "SE", "NO", "DK"}
)  # fmt: skip


def _named_region(text: str, start: int) -> str | None:
    """The region whose two-letter code stands alone right before ``start`` ("RO 0758 402 971", "VN: 0905 ..."),
    or None: the ISO code of a country phonenumbers knows, in capitals, after a blank, a line's start or a sign,
    not a two-letter word (``_NOT_REGION_WORDS``)."""
    k = start
    while k > 0 and start - k < 2 and text[k - 1] in " :":
        k -= 1
    if k == start or k < 2:
        return None
    code = text[k - 2 : k]
    if not ("A" <= code[0] <= "Z" and "A" <= code[1] <= "Z") or (k >= 3 and text[k - 3].isalnum()):
        return None
    if code in _NOT_REGION_WORDS or code not in phonenumbers.SUPPORTED_REGIONS:
        return None
    return code


def _unit_after(text: str, end: int) -> bool:
    """Does a unit word (``_unit_words``: "cm", "kg", "kr", ...) follow ``end``, glued or after one blank?"""
    k = end + 1 if end < len(text) and text[end] == " " else end
    e = k
    while e < len(text) and e - k < 12 and text[e].isalpha():
        e += 1
    return e > k and text[k:e].lower() in _unit_words()


def _opens_international(digits: str) -> bool:
    """Does a group after a run's first open an international number of its own: "00" and a country code in use,
    alone ("0046", "00359") or with a whole number glued ("004673330795")? Not a national number's last group that
    happens to open with two zeros ("076-0093291")."""
    n = len(digits)
    return n >= 4 and digits.startswith("00") and (n <= 5 or n >= 10) and _assigned_code(digits[2:])


@functools.lru_cache(maxsize=1024)
def _code_alone(digits: str) -> bool:
    """Are ``digits`` (a run's first group) exactly a country calling code in use of 2-3 digits ("40", "48",
    "380"; not "1" or "7": a single digit opens too many national numbers)?"""
    return 2 <= len(digits) <= 3 and digits[0] != "0" and int(digits) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE


#: ``_no_trunk`` of each region list met: a plain dict (a stream meets a few lists, each many times).
_NO_TRUNK: Final[dict[tuple[str, ...], tuple[str, ...]]] = {}


def _no_trunk(regions: Sequence[str]) -> tuple[str, ...]:
    """``regions`` without those whose national numbers are written with a trunk 0, in their order."""
    key = tuple(regions)
    order = _NO_TRUNK.get(key)
    if order is None:
        order = _NO_TRUNK[key] = tuple(r for r in key if not _trunk_zero(r))
    return order


@functools.lru_cache(maxsize=256)
def _trunk_zero(region: str) -> bool:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and meta.national_prefix == "0"


@functools.lru_cache(maxsize=256)
def _bare_codes(regions: tuple[str, ...]) -> frozenset[str]:
    """Country codes that may open a number written without + or 00 ("46 70 123 45 67"): the ad's own
    countries and the Nordic ones, not any 1-3 digits that happen to precede a number."""
    codes = {str(phonenumbers.country_code_for_region(r)) for r in (*regions, *_NATIONAL_DEFAULT)}
    return frozenset(c for c in codes if c != "0")


_BRIDGE: Final = re.compile(r"[ \t.\-/*~]{1,3}([^\W\d_]{1,5})[ \t.\-/*~]{1,3}")
#: Short words that separate two numbers rather than interrupt one.
_NOT_BRIDGES: Final = frozenset(
    {"or", "and", "och", "og", "eller", "plus", "tel", "tlf", "mob", "ring", "call", "el", "alt"}
)


def _bridge_ok(text: str, a: int, b: int) -> bool:
    """Is the gap one short word between separators ("070 123 sms 45 67")?

    ``_BRIDGE``'s full match read by code points: its separators and its letters are disjoint, so the match is the
    run of separators from ``a`` (1-3), the run of letters after it (1-5) and separators to ``b`` (1-3), with no
    regex call (most gaps fail at their first or second character). ``tests/extract/test_phone_scanner.py`` holds
    it to the pattern."""
    if b - a > MAX_BRIDGE:
        return False
    i = a
    while i < b and _bridge_sep(ord(text[i])):
        i += 1
    if i == a or i - a > 3:
        return False
    w = i
    while i < b and _letter_at(text, i):
        i += 1
    if i == w or i - w > 5:
        return False
    e = i
    while i < b and _bridge_sep(ord(text[i])):
        i += 1
    if i != b or i == e or i - e > 3:
        return False
    word = text[w:e].lower()
    return word not in _NOT_BRIDGES and word not in _unit_words()


def _bridge_sep(o: int) -> bool:
    """Is ``chr(o)`` a separator of ``_BRIDGE`` (blank, tab, ".", "-", "/", "*", "~")?"""
    return o == 32 or o == 9 or o == 46 or o == 45 or o == 47 or o == 42 or o == 126


@functools.cache
def _unit_words() -> frozenset[str]:
    lx = lexicon()
    return frozenset(w.lower() for w in (*lx.distractor_units, *lx.durations, *lx.currencies))


def _gap_ok(text: str, a: int, b: int) -> bool:
    if b - a > MAX_GAP:
        return False
    if a == b:
        return True
    if b - a == 1 and ord(text[a]) == 36:
        return True  # "$"
    newlines = 0
    fields = False
    opens = False
    for i in range(a, b):
        # a separator: not a letter or digit (the underscore counts as one), not a currency or unit sign; ASCII read
        # by code point (the ASCII signs of ``_NOT_GAP``: $ % = &)
        o = ord(text[i])
        if o < 128:
            if 48 <= o <= 57 or 65 <= o <= 90 or 97 <= o <= 122 or o == 36 or o == 37 or o == 61 or o == 38:
                return False
            if o == 10:
                newlines += 1
            elif o == 124:
                fields = True
            elif o == 40:
                opens = True
        elif text[i].isalnum() or text[i] in _NOT_GAP:
            return False
        elif o == 0xB7 or o == 0x2022:
            fields = True
        else:
            opens = True
    if newlines > 1 or (fields and _field_opens(text, a, b)):
        return False
    if opens and _counter_opens(text, a, b):
        return False
    if newlines and _handle_tail(text, a):
        return False  # "@helen.73⏎94 88 34 18": the handle's digits end at the line's end
    if newlines and _field_opens_line(text, a, b):
        return False  # "08-138 44 36⏎★ 3,9 (197 omdömen)": the next line is a rating, not the number's rest
    return text[b - 1] != "+" or not (_glued_before(text, a) or _plus_opens(text, a, b - 1))


#: What before a "+" in a gap closes a field, so that the "+" opens a new number: a timestamp's "]" or ":", a
#: bracket, a comma or semicolon, a line break, or a format character wrapped around the number (session 33).
_CLOSES_BEFORE_PLUS: Final = frozenset("]):,;\n" + FORMAT_CHARS)


def _field_opens_line(text: str, a: int, b: int) -> bool:
    """Does the line after the gap's last line break open a field of its own: a symbol above ASCII ("⏎★ 3,9 (197
    omdömen)", "⏎⭐ 4.8", "⏎♥ 248"), which labels what follows it on its line as a bullet does, or a decimal number
    ("⏎3,9 (197 omdömen)", "⏎4.8/5": 1-2 digits, a decimal mark, 1-2 digits and no further group)? The digits after
    it are never the rest of a number the line before ended with (session 37: relaxguiden's star rating on the line
    after the number, read as "08-138 44 36 3"). A symbol inside a line between groups ("070★338★31★06",
    "668 👄 758") has no line break before it and is left alone; a number split over lines ("070 123⏎45 67") has no
    decimal mark."""
    i = text.rfind("\n", a, b) + 1
    while i < b and (text[i] == " " or text[i] == "\t" or text[i] == "\r"):
        i += 1
    if i < b:
        c = text[i]
        return ord(c) >= 128 and unicodedata.category(c)[0] == "S"
    return _decimal_number_at(text, b)


def _decimal_number_at(text: str, b: int) -> bool:
    """Is a decimal number at ``b``: 1-2 digits, "," or ".", 1-2 digits, then no digit and no further "." or ","
    group, nor a digit after blanks ("3,9 (", "4.8/5"; not "45.67.89", "12,345", a dotted number's "4.9 6")?"""
    n = len(text)
    k = b
    while k < n and k - b < 3 and "0" <= text[k] <= "9":
        k += 1
    if k == b or k - b > 2 or k + 1 >= n or (text[k] != "," and text[k] != "."):
        return False
    m = k + 1
    while m < n and m - k <= 3 and "0" <= text[m] <= "9":
        m += 1
    if m == k + 1 or m - k > 3:
        return False
    if m + 1 < n and (text[m] == "," or text[m] == ".") and "0" <= text[m + 1] <= "9":
        return False
    while m < n and (text[m] == " " or text[m] == "\t"):
        m += 1
    return m >= n or not "0" <= text[m] <= "9"  # "4.9 6": a dotted number's groups go on


def _plus_opens(text: str, a: int, p: int) -> bool:
    """Does the gap ``text[a:p]`` before a "+" at ``p`` close what went before: "[20/08/2026, 20:47:49] ‪+47 41 …",
    "Gruppe 2.0: ‎‪+47 94 …"? The seconds or the version are no part of the number the "+" opens."""
    for i in range(a, p):
        if text[i] in _CLOSES_BEFORE_PLUS:
            return True
    return False


def _handle_tail(text: str, a: int) -> bool:
    """Are the digits that end at ``a`` the tail of a handle ("@helen.73", "@anna_k88")?"""
    i = a
    while i > 0 and "0" <= text[i - 1] <= "9":
        i -= 1
    if i == a:
        return False
    j = i
    while j > 0 and j > i - 40 and (text[j - 1].isalnum() or text[j - 1] in "._-"):
        j -= 1
    return j < i and j > 0 and text[j - 1] == "@"


def _glued_before(text: str, a: int) -> bool:
    """Are the digits that end at ``a`` glued to a letter or "_" before them: a handle's tail ("@kanal_admin4 +44 …")?
    Its digits belong to the handle, and the "+" after them opens a new number (session 31)."""
    i = a
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    return i > 0 and i < a and (text[i - 1].isalpha() or text[i - 1] == "_")


def _field_opens(text: str, a: int, b: int) -> bool:
    """Does a gap that holds a field separator (" · ", " | ", " • ") end in what opens another field: a symbol
    labelling the number after it ("Profil 98 · 👁 32075 · ♥ 248", "Ref 7918 · 👁 10408": counters) or a "+"
    opening a new number ("@kanal_admin4 | +44 …")? Such a gap joins two fields of a template, never one number
    (session 31; asked only where a gap holds "|", "·" or "•", rare)."""
    j = b - 1
    while j > a and (text[j] == " " or text[j] == "\ufe0f" or text[j] == "\u00a0"):
        j -= 1
    c = text[j]
    if c == "+":
        return True
    return ord(c) >= 128 and c != "\u00b7" and c != "\u2022" and unicodedata.category(c)[0] == "S"


#: Digits a button's counter may hold after its bracket or symbol, blanks between groups included ("1 204").
_COUNT_REACH: Final = 9


def _counter_opens(text: str, a: int, b: int) -> bool:
    """Does a gap end in what opens a counter of the template, not the next digits of a number: a bracket before a
    count and its word ("… 3829   (2654 clicks)", ``counter_words``), or a symbol set apart from the digits before it
    and glued to the count after it, or after a closing square bracket ("[ … 449 ]  ↗8429", "… ]  ↗ 1 204")? A sign
    with blanks on both sides and no such bracket separates a number's groups ("668 👄 758", "(+46) 🍓 703").
    A link page prints such a counter beside each button (session 32; asked only where a gap holds "(" or a sign
    above ASCII)."""
    j = b - 1
    while j > a and (text[j] == " " or text[j] == "\ufe0f" or text[j] == "\u00a0"):
        j -= 1
    c = text[j]
    if c == "(":
        return j > a and _counted_word(text, b)
    if ord(c) < 128 or c == "\u00b7" or c == "\u2022" or unicodedata.category(c)[0] != "S":
        return False
    before = text[a:j]
    if not before or before[-1] not in " \t\u00a0":
        return False  # "070★123": a sign between the groups, no field
    return j == b - 1 or "]" in before


def _counted_word(text: str, b: int) -> bool:
    """Is the count that starts at ``b`` followed by a counter's word ("2654 clicks)", "1 204 klikk")?"""
    k = b
    limit = min(len(text), b + _COUNT_REACH)
    while k < limit and (text[k].isdigit() or (text[k] == " " and k + 1 < len(text) and text[k + 1].isdigit())):
        k += 1
    while k < len(text) and text[k] == " ":
        k += 1
    w = k
    while w < len(text) and text[w].isalpha():
        w += 1
    return w > k and text[k:w].lower() in _counter_words()


@functools.cache
def _counter_words() -> frozenset[str]:
    """The one-word counters of ``counter_words`` (``data/furniture.yaml``: "views", "klikk", "visninger")."""
    table = furniture_words().counter_words
    return frozenset(w for ws in table.values() for w in ws if " " not in w)


def _blank_line_ok(text: str, a: int, b: int) -> bool:
    """Is the gap a blank line between separators ("00 46 765 973⏎⏎559"): at most ``MAX_LINE_GAP`` characters, two line
    breaks with only blanks (space, tab, carriage return) between them, or a lone dash ("484⏎-⏎46030") or a quote's
    marks ("> 418⏎> ⏎> 05349"), and on either side what ``_gap_ok`` takes? ``_runs`` joins its sides as across a
    bridge word: one number only when neither side is one by itself (``_longest``). Each side holds one line break,
    so ``_gap_ok`` reads it (rare: asked only where it refused)."""
    if b - a > MAX_LINE_GAP:
        return False
    first = text.find("\n", a, b)
    second = text.find("\n", first + 1, b) if first >= 0 else -1
    if second < 0 or text.find("\n", second + 1, b) >= 0:
        return False
    dash = False
    for i in range(first + 1, second):
        o = ord(text[i])
        if o == 45 or o == 0x2013 or o == 0x2014:
            if dash:
                return False
            dash = True
        elif o != 32 and o != 9 and o != 13 and o != 62:  # a blank, or ">" (a quote's mark)
            return False
    return _gap_ok(text, a, first + 1) and _gap_ok(text, second, b)


#: The widest gap a blank or dash line makes: "⏎> -⏎> " in a quote.
MAX_LINE_GAP: Final = 8


#: The widest gap a run crosses: a one-word bridge ("070 123 sms 45 67"), see ``_bridge_ok``.
MAX_BRIDGE: Final = 11


class _Run:
    """A run of number tokens joined by separator gaps (or one bridge word). ``atoms``: its atoms, built in the pass
    itself where every token is plain ASCII digits (most runs: no ``Piece``, tuple or ``segment`` per token), else
    None and ``pieces`` holds (piece, absolute start, group id) for ``_atoms``; ``bridged``: the group ids a short word
    bridges to (None for none)."""

    atoms: list[_Atom] | None
    pieces: list[tuple[Piece, int, int]] | None
    bridged: set[int] | None

    def __init__(
        self, atoms: list[_Atom] | None, pieces: list[tuple[Piece, int, int]] | None, bridged: set[int] | None
    ) -> None:
        self.atoms = atoms
        self.pieces = pieces
        self.bridged = bridged


def _token_spans(
    text: str,
    wordy: bool,
    words: set[str] | frozenset[str] | None,
    digits: list[int],
    low: str | None,
    forms: frozenset[str] | None,
    alnum: str | None,
) -> tuple[list[int], list[int]]:
    """``_tokens`` as two lists of ints, the starts and ends of the candidate tokens: from ``scan``'s class string no
    token string nor tuple is made (most tokens are dropped before anyone reads their text)."""
    if alnum is None:
        toks = _tokens(text, wordy, words, digits, low, forms, alnum)
        return [s for s, _t in toks], [s + len(t) for s, t in toks]
    starts: list[int] = []
    ends: list[int] = []
    end = -1
    n = len(text)
    for d in digits:
        if d < end:
            continue  # inside the previous token ("a1b2")
        end = alnum.find(" ", d + 1)
        if end < 0:
            end = n
        s = d
        if d > 0 and ord(alnum[d - 1]) == 97:  # "a": letters glued before the digits ("tonight602")
            if ends and ends[-1] >= s:
                continue
            lo = max(0, s - 40)
            blank = alnum.rfind(" ", lo, s)
            s = lo if blank < 0 else blank + 1
        starts.append(s)
        ends.append(end)
    if not wordy:
        return starts, ends
    if low is None:
        low = lower_same_length(text)
    if words is None:
        words = letter_words(low)
    extra = _word_spans(text, low, number_word_forms(words) if forms is None else forms, words & _LOOKALIKE_WORDS)
    if not extra:
        return starts, ends
    # the word tokens that no digit token holds, merged in order: each is kept where the last digit token that
    # starts at or before it ends by its start (``_tokens``' bisect), and none starts where a digit token does
    out_s: list[int] = []
    out_e: list[int] = []
    j = 0
    nd = len(starts)
    width = len(text) + 1
    for key in extra:
        s = key // width
        while j < nd and starts[j] <= s:
            out_s.append(starts[j])
            out_e.append(ends[j])
            j += 1
        if j == 0 or ends[j - 1] <= s:
            out_s.append(s)
            out_e.append(key % width)
    while j < nd:
        out_s.append(starts[j])
        out_e.append(ends[j])
        j += 1
    return out_s, out_e


def _word_spans(text: str, low: str, found: frozenset[str], looks: set[str] | frozenset[str]) -> list[int]:
    """The word tokens of ``_tokens`` (number words in ``found``, look-alikes spelled like the words in ``looks``)
    that open a word, in order (by start, then end), each as ``start * (len(text) + 1) + end``: one ``str.find`` per
    occurrence and code-point checks, no regex match, tuple or sort of tuples.

    A look-alike match of ``_lookalike_regex`` is a whole run of word characters (its letters, then ``\b``), so it is
    found where its lower-case form is, spelled o/O, l and I; "y." before it (years old) and the pronoun "I" are
    not one."""
    n = len(text)
    width = n + 1
    out: list[int] = []
    for w in found:
        size = len(w)
        p = low.find(w)
        while p >= 0:
            e = p + size
            # an underscore separates number words ("nine_two_six", "fire_SJU_null"), as a blank or a dash does
            if (e == n or not _letter_at(low, e)) and not (p and _word_char_at(text, p - 1) and ord(text[p - 1]) != 95):
                out.append(p * width + e)
            p = low.find(w, p + 1)
    for w in looks:
        size = len(w)
        p = low.find(w)
        while p >= 0:
            e = p + size
            if (
                not (p and _word_char_at(text, p - 1))
                and not (e < n and _word_char_at(text, e))
                and _lookalike_spelling(text, p, w)
                and not (p >= 2 and ord(text[p - 1]) == 46 and (ord(text[p - 2]) == 121 or ord(text[p - 2]) == 89))
                and not _pronoun(text, p, e)
            ):
                out.append(p * width + e)
            p = low.find(w, p + 1)
    out.sort()
    return out


def _letter_at(text: str, i: int) -> bool:
    """``patterns.is_letter(text[i])`` without taking the character out of ``text`` for ASCII."""
    o = ord(text[i])
    if o < 128:
        return 65 <= o <= 90 or 97 <= o <= 122
    return is_letter(text[i])


def _word_char_at(text: str, i: int) -> bool:
    """``text[i].isalnum() or text[i] == "_"`` (a word character of ``re``): ASCII by code point."""
    o = ord(text[i])
    if o < 128:
        return 48 <= o <= 57 or 65 <= o <= 90 or 97 <= o <= 122 or o == 95
    return text[i].isalnum()


def _lookalike_spelling(text: str, p: int, w: str) -> bool:
    """Is ``text[p:p+len(w)]`` spelled as ``_lookalike_regex`` spells ``w``: "o" as o or O, "l" as l, "i" as I?"""
    for k in range(len(w)):
        o = ord(text[p + k])
        c = ord(w[k])
        if c == 111:  # o
            if o != 111 and o != 79:
                return False
        elif c == 108:  # l
            if o != 108:
                return False
        elif o != 73:  # i: I
            return False
    return True


def _near_spans(starts: list[int], ends: list[int]) -> list[int]:
    """The indices of the tokens of every cluster (tokens at most ``MAX_BRIDGE`` apart) long enough to hold a phone
    number: a token gives at most one digit per character, so a cluster of fewer characters than ``MIN_DIGITS``
    cannot make a run (prices, ages and times in prose are skipped before any reading)."""
    out: list[int] = []
    first = 0
    size = 0
    end = -MAX_BRIDGE - 1
    for k in range(len(starts)):
        s = starts[k]
        e = ends[k]
        if s - end > MAX_BRIDGE:
            if size >= MIN_DIGITS:
                for i in range(first, k):
                    out.append(i)
            first = k
            size = 0
        size += e - s
        if e > end:
            end = e
    if size >= MIN_DIGITS:
        for i in range(first, len(starts)):
            out.append(i)
    return out


def _plain_digits(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is ASCII digits only: ``segment`` reads it as one digit piece, the whole token."""
    for i in range(s, e):
        o = ord(text[i])
        if o < 48 or o > 57:
            return False
    return True


def _runs(
    text: str,
    wordy: bool = True,
    words: set[str] | frozenset[str] | None = None,
    digits: list[int] | None = None,
    low: str | None = None,
    forms: frozenset[str] | None = None,
    alnum: str | None = None,
) -> list[_Run]:
    """Runs of number pieces joined by separator gaps, in one pass over the candidate tokens' spans.

    A token of plain ASCII digits (most of them) is one digit piece that opens a group of its own, so while a run has
    only such tokens its atoms are made here directly (``_digit_atoms``' reading); a token that needs ``segment``
    turns the run into pieces. Runs that cannot hold a phone number (fewer digits than the shortest number) are
    dropped here. ``tests/extract/phone_reference.py`` keeps the per-token reading it replaces."""
    if digits is None:
        digits = digit_runs(text)
    starts, ends = _token_spans(text, wordy, words, digits, low, forms, alnum)
    runs: list[_Run] = []
    atoms: list[_Atom] = []
    pieces: list[tuple[Piece, int, int]] | None = None
    bridged: set[int] | None = None
    size = 0  # upper bound of the digits the current run can give
    last_end = -1
    group = 0
    first_group = 0  # the group of the run's first atom (atoms open consecutive groups)
    # no nested "close" function: mypyc would keep every variable it reads in a heap cell, boxing ``size``
    for k in _near_spans(starts, ends):
        base = starts[k]
        e = ends[k]
        if _plain_digits(text, base, e):
            bridge = False
            if atoms or pieces is not None:
                group += 1
                if base != last_end and not _gap_ok(text, last_end, base):
                    if _bridge_ok(text, last_end, base) or _blank_line_ok(text, last_end, base):
                        bridge = True
                        if bridged is None:
                            bridged = set()
                        bridged.add(group)
                    else:
                        if size >= MIN_DIGITS:
                            runs.append(_Run(atoms if pieces is None else None, pieces, bridged))
                        atoms, pieces, size, bridged = [], None, 0, None
            else:
                group += 1
            if pieces is None:
                if not atoms:
                    first_group = group
                atoms.append(_Atom(text[base:e], base, e, True, False, False, bridge))
            else:
                pieces.append((Piece("d", 0, e - base, text[base:e]), base, group))
            size += e - base
            last_end = e
            continue
        segs = segment(text[base:e])
        if len(segs) == 1 and segs[0].kind in _HOUR_KINDS and _after_hour_cue(text, base):
            segs = (Piece("o", 0, e - base, ""),)  # "efter ni. fire to en …": an hour, not a phone's first digit
        for p in segs:
            if p.kind == "m" and not _multiplies(text, starts, ends, k, p):
                p = Piece("o", p.start, p.end, "")  # "double room", "dobbel 1500": an ordinary word
            if p.kind == "o":
                if atoms or pieces is not None:
                    if size >= MIN_DIGITS:
                        runs.append(_Run(atoms if pieces is None else None, pieces, bridged))
                    atoms, pieces, size, bridged = [], None, 0, None
                last_end = -1
                continue
            s = base + p.start
            if (atoms or pieces is not None) and (s != last_end or p.start == 0):
                group += 1
                if s != last_end and not _gap_ok(text, last_end, s):
                    if p.start == 0 and (_bridge_ok(text, last_end, s) or _blank_line_ok(text, last_end, s)):
                        if bridged is None:
                            bridged = set()
                        bridged.add(group)
                    else:
                        if size >= MIN_DIGITS:
                            runs.append(_Run(atoms if pieces is None else None, pieces, bridged))
                        atoms, pieces, size, bridged = [], None, 0, None
            elif not atoms and pieces is None:
                group += 1
            if pieces is None:
                # the run's digit atoms so far as the pieces they stand for, each its own group
                pieces = [
                    (Piece("d", 0, a.end - a.start, a.digits), a.start, first_group + j) for j, a in enumerate(atoms)
                ]
                atoms = []
            pieces.append((p, s, group))
            size += len(p.value)
            last_end = base + p.end
    if (atoms or pieces is not None) and size >= MIN_DIGITS:
        runs.append(_Run(atoms if pieces is None else None, pieces, bridged))
    return runs


#: The pieces a number word of an hour is (a unit, a teen, a ten: "ni", "elleve", "twenty").
_HOUR_KINDS: Final = frozenset("utx")
#: How far back from a number word its hour cue may end (blanks and a dot: "kl. ni").
_HOUR_GAP: Final = 3


@functools.cache
def _hour_cues() -> frozenset[str]:
    """The words that make a number word after them an hour (``numbers.yaml`` ``hour_cues``), lower case."""
    return frozenset(w.lower() for w in numbers().hour_cues)


def _after_hour_cue(text: str, start: int) -> bool:
    """Does an hour cue ("efter", "after", "kl.") end right before the number word at ``start``, blanks and a dot
    between? Then the word is an hour ("efter ni. fire to en en …", "after nine! 9 zero 4 …"), never a phone's digit:
    a time of day is written so in every language, whatever the site (session 39)."""
    k = start
    while k > 0 and start - k < _HOUR_GAP and text[k - 1] in " \t.":
        k -= 1
    if k == start or k == 0 or not text[k - 1].isalpha():
        return False
    w = k
    while w > 0 and k - w < 10 and text[w - 1].isalpha():
        w -= 1
    if w > 0 and (text[w - 1].isalnum() or text[w - 1] == "_"):
        return False
    return text[w:k].lower() in _hour_cues()


def _multiplies(text: str, starts: list[int], ends: list[int], k: int, p: Piece) -> bool:
    """Does multiplier piece ``p`` of token ``k`` repeat a digit: the piece after it in its token, or the first piece
    of the next token after a gap of separators ("dobbel fem", "double-oh", "dubbla 7")?"""
    token = text[starts[k] : ends[k]]
    pieces = segment(token)
    for i in range(len(pieces) - 1):
        if pieces[i].start == p.start:
            return repeats(p, pieces[i + 1])
    if k + 1 >= len(starts) or not _gap_ok(text, ends[k], starts[k + 1]):
        return False
    nxt = segment(text[starts[k + 1] : ends[k + 1]])
    return bool(nxt) and nxt[0].start == 0 and repeats(p, nxt[0])


def _atoms(
    text: str, run: list[tuple[Piece, int, int]], bridged: set[int] | None = None, *, split_spaced: bool = False
) -> list[_Atom]:
    """The run's atoms: its numbers as written (a group of digits, a number word), the pieces of one token and
    group merged. A run of digit pieces only (most runs) has one atom per piece: ``_digit_atoms``."""
    if _digits_only(run):
        return _digit_atoms(run, bridged)
    return _composed_atoms(text, run, bridged, split_spaced)


def _composed_atoms(
    text: str, run: list[tuple[Piece, int, int]], bridged: set[int] | None, split_spaced: bool
) -> list[_Atom]:
    """``_atoms`` of any run: its pieces composed into numbers (``compose``), merged by group."""
    pieces = [p for p, _, _ in run]
    apart: frozenset[int] = frozenset()
    if split_spaced:
        # a tens word and a unit word with white space between them ("seventy eight"), not "sixty-nine"
        apart = frozenset(
            k
            for k in range(len(run) - 1)
            if pieces[k].kind == "x"
            and pieces[k + 1].kind == "u"
            and text[run[k][1] + pieces[k].end - pieces[k].start : run[k + 1][1]].strip(" \t") == ""
            and run[k][1] + pieces[k].end - pieces[k].start != run[k + 1][1]
        )
    if "," in text:
        # a comma between a tens word and a unit word keeps them apart in either reading ("ninety, one zero zero" is
        # 90 100, "sytti, to seks fem" 70 265: digit pairs said as numbers, session 33)
        apart = apart | frozenset(
            k
            for k in range(len(run) - 1)
            if pieces[k].kind == "x"
            and pieces[k + 1].kind == "u"
            and "," in text[run[k][1] + pieces[k].end - pieces[k].start : run[k + 1][1]]
        )
    units = compose(pieces, apart)
    atoms: list[_Atom] = []
    last_groups: tuple[int, int] = (-1, -1)
    for digits, i, j, strong, wordy in units:
        if not digits:
            continue
        g0, g1 = run[i][2], run[j - 1][2]
        start = run[i][1]
        end = run[j - 1][1] + (run[j - 1][0].end - run[j - 1][0].start)
        look = any(run[k][0].kind == "l" for k in range(i, j))
        if atoms and g0 <= last_groups[1]:
            a = atoms[-1]
            a.digits += digits
            a.end = end
            a.strong = a.strong or strong
            a.wordy = a.wordy or wordy
            a.lookalike = a.lookalike or look
            last_groups = (last_groups[0], max(g1, last_groups[1]))
        else:
            atoms.append(_Atom(digits, start, end, strong, wordy, look, bridged is not None and g0 in bridged))
            last_groups = (g0, g1)
    return atoms


def _digits_only(run: list[tuple[Piece, int, int]]) -> bool:
    for p, _s, _g in run:
        if p.kind != "d":
            return False
    return True


def _digit_atoms(run: list[tuple[Piece, int, int]], bridged: set[int] | None) -> list[_Atom]:
    """``_atoms`` of a run of digit pieces, without ``compose``: each piece is a strong atom of its own (a digit piece
    is never weak, and each opens a group: pieces of one token are merged digits, so two digit pieces of a run come
    from two tokens). ``tests/extract/test_phone_scanner.py`` compares it with the general reading."""
    out: list[_Atom] = []
    for p, s, g in run:
        out.append(_Atom(p.value, s, s + (p.end - p.start), True, False, False, bridged is not None and g in bridged))
    return out


#: ``_style``'s styles of a disguised number, which keep no mark of whether a code was written (``PhoneHit.hinted``).
_DISGUISED: Final = frozenset({"words", "mixed", "lookalike", "keycap", "fullwidth"})
#: Styles of plain digits read without a code (``furniture._HINTED_STYLES``).
_NATIONAL_STYLES: Final = frozenset({"national", "broken", "spaced"})


def _read_nationally(e164: str, atoms: Sequence[_Atom]) -> bool:
    """Are ``atoms``' digits ``e164``'s national part, with or without a trunk 0 ("38788086", "070 …"), not its
    country code and national part ("45 38 78 80 86" spelled): then the ad's hints chose its country."""
    digits = "".join(a.digits for a in atoms)
    if digits[:1] == "0":
        digits = digits[1:]
    return bool(digits) and e164.endswith(digits) and len(e164) - 1 - len(digits) >= 1


def _style(text: str, atoms: Sequence[_Atom], intl: bool) -> str:
    raw = text[atoms[0].start : atoms[-1].end]
    if any(a.wordy for a in atoms):
        return "mixed" if any(not a.wordy for a in atoms) else "words"
    if any(a.lookalike for a in atoms):
        return "lookalike"
    if "\u20e3" in raw:
        return "keycap"
    if not raw.isascii() and any("\uff10" <= ch <= "\uff19" for ch in raw):
        return "fullwidth"
    if intl or raw.startswith("00"):
        return "international"
    if "\n" in raw:
        return "broken"
    if len(atoms) >= 7 and all(len(a.digits) == 1 for a in atoms):
        return "spaced"
    return "national"


def _longest(atoms: list[_Atom], i: int, intl: bool, regions: Sequence[str], text: str = "") -> tuple[str, int] | None:
    """The longest run of whole atoms from ``atoms[i]`` that validates, as (E.164, end index). ``text``: the text the
    atoms' spans point into."""
    n = len(atoms)
    total = 0
    ends: list[int] = []
    # "46 (0)31 …": a bracketed trunk 0 after the first group marks that group as a country code
    trunk_marked = i + 1 < n and text.find("(0)", atoms[i].end, atoms[i + 1].end + 1) >= 0
    for j in range(i, _plus_stop(text, atoms, i)):
        total += len(atoms[j].digits)
        if total > MAX_DIGITS:
            break
        ends.append(j + 1)
    for j in reversed(ends):
        digits = "".join(a.digits for a in atoms[i:j])
        if len(digits) < MIN_DIGITS:
            break
        span = atoms[i:j]
        if any(_opens_international(a.digits) for a in span[1:]):
            continue  # "0046 ..." opens a number of its own: "Ålder: 28 / 📞 0046 73-330 79 59"
        # words that are also ordinary words ("en", "to", "sex") need company: two strong tokens,
        # or a long unbroken run of number words ("to nul en to tre fire fem seks")
        if sum(1 for a in span if a.strong) < min(2, len(span)) and len(span) < 6:
            continue
        # a whole run that opens with a country code of its own ("40 784 128 933", "47 94-58-19-77"): the number
        # with its code and without "+", not a national number and some digits left over
        # (not when a unit follows its last group: "Booking: 27 91 72 21 154cm" is a number and a height)
        # (and not an ordinary word before a number with its own "+": "Old one +47 94 49 78 44")
        whole_coded = (
            i == 0
            and j == n
            and j > 1
            and atoms[0].strong
            and _code_alone(atoms[0].digits)
            and not _unit_after(text, atoms[j - 1].end)
            and not any(_intl_mark(text, a.start) for a in atoms[1:j])
        )
        bare = j - i == 1 or atoms[i].digits in _bare_codes(tuple(regions)) or whole_coded
        bridges = [k for k in range(1, len(span)) if span[k].bridged]
        if len(bridges) > 1:
            continue
        if bridges:
            # across one short word or blank line only when neither side is a number by itself, and never after a
            # number word ("directly to her 0036 ..." is no "2" + "0036 ...")
            k = bridges[0]
            if any(a.wordy for a in span[:k]):
                continue
            # nor from inside a line's group before it or to inside one after it ("407 28⏎-⏎987906" is no "28" +
            # "987906", "37 12 03⏎-⏎22 344" no "371203" + "22")
            if _inside_line(text, atoms, i) or (j < n and _inside_line(text, atoms, j)):
                continue
            left = "".join(a.digits for a in span[:k])
            if validate(left, intl, regions):
                continue
            # an international number cut short ("+49 (0)175⏎⏎75249178", "00 47⏎⏎48 5131 88") needs its rest even
            # where the rest reads as a national number too
            if not (intl or left.startswith("00")) and validate(digits[len(left) :], False, regions):
                continue
        bare_ten = j - i == 1 or (whole_coded and atoms[0].digits in _bare_codes(tuple(regions)))
        e = validate(digits, intl, regions, bare_intl=bare, bare_ten=bare_ten, trunk_marked=trunk_marked)
        if e:
            # weak words after a number in digits ("... 67 en gång", "46 13 55 49 ⏎ Ha en fin dag") are dropped
            # when the digits are a number by themselves: the longest valid reading without them ("+370 seks en
            # ni ..." is words after a code, no number in digits)
            k = j
            while k - i > 1 and not atoms[k - 1].strong:
                k -= 1
            if (
                k < j
                and not any(a.wordy for a in atoms[i:k])
                and (not text or all(_has_digit(text, a.start, a.end) for a in atoms[i:k]))
                and validate("".join(a.digits for a in atoms[i:k]), intl, regions)
            ):
                for jj in range(j - 1, k - 1, -1):
                    shorter = validate("".join(a.digits for a in atoms[i:jj]), intl, regions)
                    if shorter:
                        e, j = shorter, jj
                        break
            return e, j
    return None


def _has_digit(text: str, start: int, end: int) -> bool:
    """Is a digit written in ``text[start:end]``? A number said in words ("four-fem-46-two-seven-9-three-one-ni") is
    no number in digits with weak words after it: its last words stay hers."""
    for k in range(start, end):
        if text[k].isdigit():
            return True
    return False


def _plus_stop(text: str, atoms: list[_Atom], i: int) -> int:
    """The first atom after ``atoms[i]`` that a "+" sign glued to its digits opens after a blank ("… +47 47 …"),
    else ``len(atoms)``: a reading from ``atoms[i]`` ends before it, as before a "00" that opens a number
    (``_opens_international``). "soon +47 47 32 62 61" is no "soon" read as a digit, "+47" skipped and "47 32 62"
    after it (a code of its own, session 40). A "+" with blanks on both sides joins two halves ("0037065 + 614502",
    "8186 + 7234"): no stop."""
    n = len(atoms)
    if not text:
        return n
    for k in range(i + 1, n):
        s = atoms[k].start
        if s >= 2 and text[s - 1] == "+" and text[s - 2] in " \t\n(" and _intl_mark(text, s) == 2:
            return k
    return n


def _weak_line_start(text: str, atoms: list[_Atom]) -> int:
    """Where the run's last line of only weak number words starts ("ha" 5 in Thai, "en" 1: "46 13 55 49⏎Ha en fin
    dag"), when digits stand on the line above; ``len(atoms)`` when its last line holds anything else. A number
    written half in digits and half in words keeps its words on its line or says one that is no ordinary word
    ("sju", "åtta"); a line that opens with ordinary words is the next sentence (session 40: an edit history's "45 54
    59 73⏎Ha en fin dag" read as +45 54597351)."""
    n = len(atoms)
    for k in range(n - 1, 0, -1):
        if atoms[k].strong or not atoms[k].wordy:
            return n
        if text.find("\n", atoms[k - 1].end, atoms[k].start) >= 0:
            return k if any(not a.wordy for a in atoms[:k]) else n
    return n


def _inside_line(text: str, atoms: list[_Atom], k: int) -> bool:
    """Does ``atoms[k]`` continue the group of the atom before it on its line (no bridge, no line break between)?"""
    return k > 0 and not atoms[k].bridged and text.find("\n", atoms[k - 1].end, atoms[k].start) < 0


@functools.cache
def _plus_word() -> re.Pattern[str]:
    plus = sorted({w.lower() for w in numbers().plus})
    if not all(w[-1:].isalpha() for w in plus):
        raise ValueError("numbers plus words must end with a letter (phones._letter_before_gap)")
    return re.compile(r"(?<![^\W_])(?i:" + trie_pattern(plus) + r")[ \t:,\-]{1,2}$")


def _intl_mark(text: str, start: int) -> int:
    """2 when a "+" sits right before ``start`` or a messaging app's link to a number does ("wa.me/"), 1 when a
    spoken plus does ("plus fyra sex"), else 0.

    Each pattern runs only where its necessary characters are there: a "+" in the three characters before
    ``start``; a blank, ":" or a line break (before which "$" also matches) right before it, and a letter that can
    end a plus word before that (``_letter_before_gap``). Most atoms have neither (the atoms after a run's first
    follow a digit and a blank), and a search costs ~2 k instructions."""
    if text.find("+", max(0, start - 3), start) >= 0 and _PLUS_BEFORE.search(text, max(0, start - 3), start):
        return 2
    if start >= 6 and text[start - 1] in "/=" and _APP_LINK_BEFORE.search(text, max(0, start - 30), start):
        return 2
    if start >= 3 and text[start - 1] in "bB" and text[start - 3] == "%" and text[start - 2] == "2":
        return 2  # "%2B", a "+" encoded in a link: "viber://chat?number=%2B4741792686"
    if (
        start >= 5
        and text[start - 1] in " \t:\n,-"
        and _letter_before_gap(text, start)
        and _plus_word().search(text, max(0, start - 8), start)
    ):
        return 1
    return 0


def _letter_before_gap(text: str, start: int) -> bool:
    """Can a plus word (``_plus_word``: letters, then 1-2 of blank, tab, ":", ",", "-" and, for "$", a line
    break) end right before ``start`` (>= 4)? Its last letter is then 2-4 characters before ``start``: an ASCII
    letter there, or any character above ASCII (case folding: left to the pattern)."""
    for i in range(start - 4, start - 1):
        o = ord(text[i])
        if 65 <= o <= 90 or 97 <= o <= 122 or o > 127:
            return True
    return False


def _one_number(atoms: list[_Atom], i: int) -> bool:
    """Are ``atoms[i:]`` at most one number's digits (a tag after a run names the run's last number only)?"""
    return sum(len(a.digits) for a in atoms[i:]) <= MAX_TAGGED_DIGITS


def _tagged(atoms: list[_Atom], i: int, region: str) -> tuple[str, int] | None:
    """``atoms[i:]`` read whole in the region a tag after them names, with or without its trunk prefix ("863308203
    [LT]", "61 99825 9176 (Brazilian number)"), as ``_longest`` gives it; None when invalid there."""
    e = _parse("".join(a.digits for a in atoms[i:]), region)
    return (e, len(atoms)) if e else None


def _opened(atoms: list[_Atom], i: int, region: str) -> tuple[str, int] | None:
    """The longest run of whole atoms from ``atoms[i]`` (digits, no words) that is a valid number of the region a tag
    before it names, with or without its trunk prefix ("(CN) 131 3244 7735", "(BR) (11) 95423-3829", "(NO) 90 19 96
    95" in a Danish ad), as ``_longest`` gives it; None when none is."""
    digits = ""
    ends: list[tuple[str, int]] = []
    for j in range(i, len(atoms)):
        if not atoms[j].strong or atoms[j].wordy or (j > i and atoms[j].bridged):
            break
        digits += atoms[j].digits
        if len(digits) > MAX_DIGITS:
            break
        if len(digits) >= MIN_DIGITS:
            ends.append((digits, j + 1))
    for number, j in reversed(ends):
        e = _parse(number, region)
        if e:
            return e, j
    return None


def _coded_run(atoms: list[_Atom]) -> tuple[str, int] | None:
    """A whole run written one digit at a time (words or digits: "four-zero-șapte-3-2-doi-...", "fire-fem-5-tre-...")
    that is a number with its country code and no "+": read whole, as ``_longest`` gives it, not as a national
    number cut at eight digits and a remainder. None unless the run has ``CODED_RUN`` digits, one per atom, opens
    with no 0 and validates as international."""
    n = len(atoms)
    if n < CODED_RUN[0] or n > CODED_RUN[1]:
        return None
    for a in atoms:
        if len(a.digits) != 1:
            return None
    if atoms[0].digits == "0":
        return None
    e = _parse("+" + "".join(a.digits for a in atoms), None)
    return (e, n) if e else None


def _glued_code(text: str, atoms: list[_Atom], regions: Sequence[str]) -> tuple[str, int] | None:
    """A whole run of two or more groups whose digits open with a calling code in use and have exactly that
    country's national number after it ("46764 245 744", "4796 18 99 70", "40740-668-431"), written without "+" or
    "00": read whole with its code, as ``_longest`` gives it, not as a national number cut short and a remainder.
    None when the run opens with 0, is a national number of the ad's regions whole, has a "+" inside, has a unit
    after it, or one of its groups is an ordinary word ("to", "en")."""
    n = len(atoms)
    if n < 2 or atoms[0].digits[0] == "0" or len(atoms[0].digits) > GLUED_HEAD:
        return None
    digits = "".join(a.digits for a in atoms)
    if len(digits) < 10 or len(digits) > MAX_E164_DIGITS or not _strong_enough(atoms):
        return None
    if _unit_after(text, atoms[-1].end) or any(_intl_mark(text, a.start) for a in atoms[1:]):
        return None
    if any(a.bridged for a in atoms[1:]) or validate(digits, False, regions, bare_intl=False) is not None:
        return None
    k = n
    while k > 1 and not atoms[k - 1].strong:
        k -= 1
    if (
        k < n
        and all(_has_digit(text, a.start, a.end) for a in atoms[:k])
        and validate("".join(a.digits for a in atoms[:k]), False, regions, bare_intl=False) is not None
    ):
        return None  # "47🌸40🌸42🌸82 ⏎ Ha en": the groups in digits are a number of the ad's country whole
    e = _parse("+" + digits, None)
    return (e, n) if e and _mobile(e) else None


def _strong_enough(atoms: list[_Atom]) -> bool:
    """May ``_glued_code`` read this run? Every group strong (digits, unambiguous number words), or at least
    ``GLUED_STRONG`` strong number words around the ordinary ones: "fire sekstisju - trettien - åttiåtte - førtien -
    null ni" spells a number ("fire", "null", "ni" are also words), "to en" does not."""
    strong = 0
    for a in atoms:
        if a.strong:
            strong += 1
    return strong == len(atoms) or strong >= GLUED_STRONG


#: The strong groups a run with ordinary words among its number words needs to be read with a bare code.
GLUED_STRONG: Final = 4


#: The most digits of a run's first group that ``_glued_code`` reads as a code and the number's first digits
#: ("234813 330 9223"); a longer one is an id ("4930906" before a number in a link).
GLUED_HEAD: Final = 6


@functools.lru_cache(maxsize=1024)
def _mobile(e164: str) -> bool:
    """May ``e164`` be a mobile number? What an advertiser writes with a bare code is her mobile; a landline of
    a country with numbers of many lengths (DE, AT) is too easily an id and a number run together. The library's
    answer (``number_type`` of ``parse``) read from compiled metadata: ``numbering.mobile_number``."""
    return mobile_number(e164)


#: The digits (one per atom) of a run ``_coded_run`` reads with its code: a code and a national number.
CODED_RUN: Final = (10, 13)


#: The most digits a number a country tag follows may have, written nationally with its trunk prefix.
MAX_TAGGED_DIGITS: Final = 13


def _market_number(atoms: list[_Atom], regions: Sequence[str]) -> bool:
    """Are a run's digits one number (any line) of the ad's regions, read nationally?"""
    return validate("".join(a.digits for a in atoms), False, regions, bare_intl=False) is not None


def _market_mobile(atoms: list[_Atom], regions: Sequence[str]) -> bool:
    """Are a run's digits one mobile number of the ad's regions, read nationally?"""
    e = validate("".join(a.digits for a in atoms), False, regions, bare_intl=False)
    return e is not None and mobile_number(e)


def _homeland(
    text: str, atoms: list[_Atom], i: int, landline: tuple[str, int] | None, regions: Sequence[str]
) -> tuple[str, int, bool] | None:
    """``atoms[i:]`` read in a woman's home country after a contact word (``homeland``): the whole run of plain digit
    groups from ``atoms[i]`` when it is a mobile there (a part of it is not: "66 875 888 991" is no Polish "668 758
    889" and a "1"); where the ad's countries read ``landline`` (a number that is no mobile of theirs), that run, only
    when its grouping is the home country's and the landline is not of the ad's first country (a Stockholm clinic's
    "088.072.6708" in a Stockholm ad stays)."""
    if landline is not None and (not regions or landline[0].startswith(_code_prefix(regions[0]))):
        return None
    digits = ""
    j = i
    while j < len(atoms):
        a = atoms[j]
        if not a.strong or a.wordy or (j > i and (a.bridged or _intl_mark(text, a.start) > 0)):
            break
        digits += a.digits
        if len(digits) > homeland.MAX_DIGITS:
            return None  # bounded: tried at every atom where nothing was read, a long run is no one number
        j += 1
    if not homeland.MIN_DIGITS <= len(digits) <= homeland.MAX_DIGITS or (landline is not None and j != landline[1]):
        return None
    end = atoms[j - 1].end
    if _glued_id(text, atoms[i].start) or text.startswith("+", end):
        return None  # "user3567455251" is an id; "09042359481+ (read it backwards)"
    if "+" in text[max(0, atoms[i].start - 6) : atoms[i].start] or not contact_cued(text, atoms[i].start):
        return None  # "+A6 /0 049 …": a code she wrote that could not be read is no home country's
    reach = max(text.rfind("\n", 0, atoms[i].start) + 1, atoms[i].start - 40)
    clause = reach
    for stop in (". ", "! ", "? ", "\u2026 "):  # a search snippet's "…" between its parts ends a clause too
        k = text.rfind(stop, reach, atoms[i].start)
        if k >= 0 and k + 2 > clause:
            clause = k + 2
    if any("0" <= c <= "9" for c in text[clause : atoms[i].start]) or not contact_cued(
        text[clause : atoms[i].end], atoms[i].start - clause
    ):
        return None  # "Call 0703 11 22 45. Views 371 280 556": the contact word is another number's
    start = atoms[i].start - 1 if atoms[i].start > 0 and text[atoms[i].start - 1] == "(" else atoms[i].start
    written = text[start:end]
    if "*" in written or "#" in written:
        return None  # "079-184 *2 11 (* is three)": a digit replaced by a mark is read by its key or not at all
    if _market_mobile(atoms[i:j], regions):
        return None  # "076-544-0017" in a Swedish ad is hers at home, not Romania's "765 440 017"
    if landline is None:
        found = homeland.choose(text, written, digits)
        bare = trunkless(written, digits, regions)
        # the ad's own country outranks her home country's list; another of the ad's countries (a Nordic neighbour
        # added last) only a home country whose grouping is not the run's as written
        if bare is not None and (bare[1] or not any(r.groups == homeland.groups(written) for r in found)):
            return bare[0], j, False
    else:
        found = homeland.instead_of_landline(text, written, digits, landline[0])
    return (found[0].e164, j, True) if found else None


def trunkless(written: str, digits: str, regions: Sequence[str]) -> tuple[str, bool] | None:
    """``digits`` as a mobile of one of the ad's market countries whose numbers carry a trunk 0, written without it, and
    whether that country is the ad's first: "Ring: 79.637.36.18" in a Göteborg ad is Sweden's 079-637 36 18 (issue 14,
    session 38; blind16 read it as a Polish mobile or not at all). Only when the grouping as written is the country's
    national grouping with the 0 left out (2-3-2-2 for a Swedish 07x mobile): a trunk-0 country otherwise never reads
    digits without it (``validate``), a counter or an id is no number of hers."""
    shape = homeland.groups(written)
    for r in regions:
        if r not in _NATIONAL_DEFAULT or not _trunk_zero(r):
            continue  # the market's countries: a foreign country's mobile without its 0 is ``homeland``'s
        e = _parse("0" + digits, r)
        if e is None or not mobile_number(e):
            continue
        national = homeland.national_groups(e)
        if national and national[0] > 1 and (national[0] - 1, *national[1:]) == shape:
            return e, r == regions[0]
    return None


def _mobile_elsewhere(atoms: list[_Atom], i: int, found: tuple[str, int], regions: Sequence[str]) -> tuple[str, int]:
    """``found`` (read nationally from ``atoms[i:]``) in another of the ad's countries where the first country that
    reads it, a neighbour tried only because the ad's own first country does not read it, has it only as a fixed line
    and a later one only as a mobile ("57 25 87 45" in an Uppsala ad: a Danish mobile, not a landline in Trøndelag;
    issue 14, session 38). The number's own shape is the evidence between two neighbours: a woman writes the mobile
    she carries. A landline of the ad's first country stays (blind6's Oslo salons book on Norwegian landlines whose
    Danish reading is a mobile). Only the market's
    countries (``_NATIONAL_DEFAULT``): a country a text names ("I am from Riga") is where she comes from, and a site's
    support line "23 35 32 64" is no Latvian mobile. Not for digits opening with a trunk 0 (its country is written in
    it) nor a reading that is a mobile, toll-free or premium line."""
    e, j = found
    if not regions or e.startswith(_code_prefix(regions[0])) or mobile_number(e):
        return found  # a landline of the ad's own first country is a salon's line as likely as a woman's mobile
    digits = "".join(a.digits for a in atoms[i:j])
    if digits[:1] == "0" or not _fixed_line(e):
        return found
    for r in _no_trunk(regions):
        if r not in _NATIONAL_DEFAULT or e.startswith(_code_prefix(r)):
            continue  # a market country's mobile only: her home country's is ``homeland``'s (after a contact word)
        other = _parse(digits, r)
        if other is not None and mobile_only(other):
            return other, j
    return found


#: A word inside a run of number tokens.
_RUN_WORD: Final = re.compile(r"[^\W\d_]+")


def _spoken_in(text: str, atoms: list[_Atom]) -> tuple[str, ...]:
    """The countries of the language the run's number words are written in (``numwords.spoken_countries``)."""
    words: list[str] = []
    for a in atoms:
        if a.wordy:
            words.extend(_RUN_WORD.findall(text, a.start, a.end))
    return spoken_countries([w.lower() for w in words])


def _spoken_reading(
    text: str, atoms: list[_Atom], i: int, spoken: tuple[str, ...], regions: Sequence[str]
) -> tuple[str, int] | None:
    """``atoms[i:]`` (the run's words and digits up to a bridge or a "+") read as a mobile number of the first of
    ``spoken`` (the countries of the language it is spelled in) where it is one, in that country's national form
    with its trunk prefix or without it (``homeland.readings``); None: the ad's countries read it, and so they do
    a run that is a mobile of theirs whole ("zero șapte trei …" in a Swedish ad: Romanian and Swedish mobiles
    share the form, and a woman working here writes her Swedish one in her words as often as her own)."""
    digits = ""
    j = i
    while j < len(atoms) and (j == i or not (atoms[j].bridged or _intl_mark(text, atoms[j].start))):
        digits += atoms[j].digits
        if len(digits) > homeland.MAX_DIGITS:
            return None
        j += 1
    found = {r.region: r.e164 for r in homeland.readings(digits)}
    if not any(c in found for c in spoken) or _market_mobile(atoms[i:j], regions):
        return None
    for country in spoken:
        if country in found:
            return found[country], j
    return None


def _glued_id(text: str, start: int) -> bool:
    """Is the run at ``start`` glued to a word before it ("user3567455251", "id4412...")? Then it is an id."""
    return start > 0 and text[start - 1].isalnum()


def _split(text: str, original: str, atoms: list[_Atom], regions: Sequence[str]) -> list[PhoneHit]:
    """Greedy: from each atom, the longest run of whole atoms that validates; weak edges trimmed."""
    out: list[PhoneHit] = []
    n = len(atoms)
    after = region_after(text, atoms[-1].end) if n else None  # "050-239-9349 (ukrainsk nr)", "517165037 [PL]"
    if after is not None and flagged(text, atoms[-1].end) and _market_mobile(atoms, regions):
        after = None  # "0701234567 🇷🇴": a mobile of the ad's market keeps its country beside a flag
    # a number spelled in a woman's own language ("zero șapte trei …", "pięć jeden dwa …") is in her country's form
    spoken = _spoken_in(text, atoms) if sum(1 for a in atoms if a.wordy) >= 3 else ()
    i = free = 0
    while i < n:
        mark = _intl_mark(text, atoms[i].start)
        intl = mark > 0
        # a country named by its code right before a number written nationally ("RO 0758 402 971", "HU 06 20 ...")
        named = None if intl else _named_region(text, atoms[i].start) or region_before(text, atoms[i].start)
        found = None
        if spoken and not intl and named is None and atoms[i].wordy:
            found = _spoken_reading(text, atoms, i, spoken, regions)
        if named is None and not intl:
            # a tag right before it ("(RO) 0711 052 172", "🇷🇴 0711 ..."); a flag leaves a mobile of the ad's market
            tag = tag_before(text, atoms[i].start)
            if (
                tag is not None
                and not tag[1]
                and in_name(text, atoms[i].start)
                and _market_number(atoms[i:], regions[:1])
            ):
                tag = None  # "Aurora Thai: 3365 1733": a business's name, its line a number of the ad's first country
            if tag is not None and not (tag[1] and _market_mobile(atoms[i:], regions)):
                named = tag[0]
                found = _opened(atoms, i, named)
        if named is None and after is not None and not intl and _one_number(atoms, i):
            named = after
        regs: Sequence[str] = regions if named is None else (named, *regions)
        if found is None and i == 0 and not intl and named is None:
            found = _coded_run(atoms)
        if found is None and i == 0 and not intl and named is None:
            found = _glued_code(text, atoms, regs)
        if found is None:
            found = _longest(atoms, i, intl, regs, text)
            if found is not None and not intl and named is None:
                found = _mobile_elsewhere(atoms, i, found, regions)
        if found is None and named is not None and named is not after:
            found = _opened(atoms, i, named)  # "Thailand number: 66 405 2594": a trunk-0 country's mobile without it
        home = bare = False
        if not intl and named is None and (found is None or not mobile_number(found[0])):
            # "Kontakt: 067 550 8805": her home country's national number, no country of the ad's reads it (or only
            # as a landline of theirs): ``homeland``
            moved = _homeland(text, atoms, i, found, regions)
            if moved is not None:
                found, home, bare = (moved[0], moved[1]), moved[2], not moved[2]
        if found is None and named is not None and named is after:
            found = _tagged(atoms, i, after)
        if found is None and mark == 1 and not atoms[i].wordy:
            # "plus 070 ..." after a price is an addition, not a country code
            intl = False
            found = _longest(atoms, i, False, regs, text)
        if found is None and intl:
            # "+45 12 34 56 78" that is no valid number: its digits are not re-read as a national number;
            # written with a "+" in digits, it stays as written (style "invalid": no country vouches for it)
            j = i
            written = ""
            while j < n and (j == i or not _intl_mark(text, atoms[j].start)) and not atoms[j].wordy:
                if len(written) + len(atoms[j].digits) > MAX_E164_DIGITS:
                    break
                written += atoms[j].digits
                j += 1
            if mark == 2 and j > i and len(written) >= MIN_E164_DIGITS and _assigned_code(written):
                plus = text.rfind("+", max(0, atoms[i].start - 3), atoms[i].start)
                start = plus if plus >= 0 else atoms[i].start
                out.append(PhoneHit("+" + written, start, atoms[j - 1].end, "invalid"))
            i += 1
            while i < n and not _intl_mark(text, atoms[i].start):
                i += 1
            free = i
            continue
        if found and not intl and named is None and not home:
            whole = _nanp_whole(text, atoms, free, i, found[1])
            if whole:
                i = free = whole  # "305-928-4172 To": one North American number, not "928 4172 2" and "305" left
                continue
        if found:
            e, j = found
            start = atoms[i].start
            if mark == 2:
                plus = text.rfind("+", max(0, start - 3), start)
                start = plus if plus >= 0 else start
            end = atoms[j - 1].end
            while end < len(text) and text[end] in _KEYCAP_TAIL:
                end += 1
            style = _style(original, atoms[i:j], intl)
            if named is not None and style == "national" and e.startswith(_code_text(named), 1):
                style = "tagged"  # its country is written beside it: no other reading, no site's country corrects it
            elif home:
                style = "homeland"  # read in her home country: ``api`` keeps its other readings
            elif bare:
                style = "trunkless"  # the ad's country's mobile without its trunk 0: ``api`` keeps the other readings
            hinted = style in _DISGUISED and not intl and _read_nationally(e, atoms[i:j])
            out.append(PhoneHit(e, start, end, style, hinted))
            i = free = j
        else:
            i += 1
    return out


#: A North American number's digits (area code, exchange, line) and the places its groups may end inside them.
_NANP_DIGITS: Final = 10
_NANP_BREAKS: Final = frozenset((3, 6))


def _nanp_whole(text: str, atoms: list[_Atom], free: int, i: int, j: int) -> int:
    """The end (an atom index past ``j``'s reading, or past ``i``) of a North American number that the reading of
    ``atoms[i:j]`` would take only a part of, else 0.

    Without a region a run such as "305-928-4172 To" or "nine seven three five one eight zero 4 73" holds a valid
    Nordic number in part ("928 4172 2" in Norway, the first eight digits) and leaves the rest unread. A reading must
    not take a part of a longer number: when unread atoms beside it (from ``free``, the first atom no reading took,
    to the run's end) make, with some of its own, one valid North American number of ten digits (or eleven with its
    "1"), joined by tight gaps (``_tight_gap``: one line, no list separator) and grouped as such numbers are (3-3-4,
    3-7, 6-4, ten together, one digit at a time, or in words, where grouping says nothing), the run is that number,
    which no Nordic reading takes (its country is not set: it is not read at all). Norwegian pairs ("41 22 33 44
    25") are no such grouping (issue 14, session 37: the peers' "without a region" row)."""
    n = len(atoms)
    if free >= i and j >= n:
        return 0
    for s in range(max(free, i - _NANP_DIGITS), i + 1):
        total = 0
        for t in range(s, n):
            a = atoms[t]
            if t > s and (a.bridged or not _tight_gap(text, atoms[t - 1].end, a.start)):
                break
            total += len(a.digits)
            if total > _NANP_DIGITS + 1:
                break
            if t < i or (s == i and t < j):
                continue  # the window must hold a part of the reading and more
            if total >= _NANP_DIGITS and _nanp_run(atoms, s, t + 1, i, j):
                return max(t + 1, j)
    return 0


def _tight_gap(text: str, a: int, b: int) -> bool:
    """Does the gap ``text[a:b]`` join two groups of one number: on one line, no list separator ("/", "|", ",", ";"),
    no "+" opening another number and at most one blank in a row ("46321668 / 97 56 53 09", "… 6  +84 986 …" are
    two numbers side by side)?"""
    blank = False
    for k in range(a, b):
        c = text[k]
        if c == " " or c == "\t":
            if blank:
                return False
            blank = True
            continue
        blank = False
        if c == "\n" or c == "/" or c == "|" or c == "," or c == ";" or c == "+":
            return False
    return True


def _nanp_run(atoms: list[_Atom], s: int, t: int, i: int, j: int) -> bool:
    """Are ``atoms[s:t]`` one North American number (see ``_nanp_whole``) with a strong atom outside ``[i, j)``?"""
    digits = "".join(a.digits for a in atoms[s:t])
    # the country's "1" written before it in digits ("1-305-…"; "Old one 47 92808198" is a word and a Norwegian number)
    lead = 1 if len(digits) == _NANP_DIGITS + 1 and digits[0] == "1" and not atoms[s].wordy else 0
    if len(digits) - lead != _NANP_DIGITS or not valid_number(1, digits[lead:]):
        return False
    if not any(atoms[k].strong for k in range(s, t) if k < i or k >= j):
        return False  # no weak word alone ("to", "en") makes the rest
    if any(a.wordy for a in atoms[s:t]) or all(len(a.digits) == 1 for a in atoms[s:t]):
        return True
    at = -lead
    for a in atoms[s : t - 1]:
        at += len(a.digits)
        if at != 0 and at not in _NANP_BREAKS:
            return False
    return True


def find_phones(
    text: str,
    regions: Sequence[str],
    *,
    original: str | None = None,
    deadline: float | None = None,
    words: set[str] | None = None,
    digits: list[int] | None = None,
    low: str | None = None,
    alnum: str | None = None,
) -> list[PhoneHit]:
    """Every phone number in ``text`` (already passed through ``text.prepare``), spans into ``text``.

    ``words`` (lower-case letter runs), ``digits`` (``patterns.digit_runs``), ``low`` (lower-cased text) and
    ``alnum`` (``patterns.scan``'s class string) are the text's, when the caller has them. Past ``deadline`` (a
    ``time.thread_time()`` value) the remaining runs are skipped.

    A text holding an invisible character (``text.INVISIBLE``: "0\u20608\u200c06 9\u200b35 …") is read without
    them: they are no separators, so a number keeps the grouping it was written in (``homeland`` weighs it)."""
    if has_invisible(text):
        plain, removed = visible(text)
        kept = visible(original)[0] if original is not None and len(original) == len(text) else None
        return [
            PhoneHit(h.e164, *original_span(h.start, h.end, removed), h.style, h.hinted)
            for h in find_phones(plain, regions, original=kept, deadline=deadline)
        ]
    checks = _region_checks(regions)
    if may_hold_marks(text):
        hidden = hidden_spans(text, checks.letters)
        if hidden:  # "Tlf: <b>48</b> 97 <b>79</b> 82", "Ring: #07218 #09610": read without the marks
            plain, removed = without(text, hidden)
            kept = without(original, hidden)[0] if original is not None and len(original) == len(text) else None
            return [
                PhoneHit(h.e164, *original_span(h.start, h.end, removed), h.style, h.hinted)
                for h in find_phones(plain, regions, original=kept, deadline=deadline)
            ]
    if words is not None and _nothing_to_read(text, words, digits):
        return []  # no digit, no number word, no look-alike word: no reader below finds a number
    orig = original if original is not None else text
    if low is None:
        low = lower_same_length(text)
    looked: list[int] = []
    if alnum is None and not text.isascii() and may_hold(text):
        cyr = read_cyrillic(text, checks.letters)
        if cyr is not None:  # "+З7О б13 б1895": Cyrillic letters written for digits inside one number
            text, looked = cyr
            low, digits, alnum = lower_same_length(text), None, None
            words = letter_words(low)
    halves: PhoneHit | None = None
    if "\u2026" in text or "..." in text:
        split = _field_split(text, regions)
        if split is not None:  # "📞: +37061…" … "(…212635)": one number, its halves read as one at the first
            text, halves = split
            low, digits, alnum = lower_same_length(text), None, None
            words = letter_words(low)
    if may_hold_key(text):
        keyed = read_marked(text, low, functools.partial(_valid_digits, regions=regions))
        if keyed is not None:  # "+47 48 07 *6 *2 (* is three)": each mark is the digit its key names
            text, low, digits, alnum = keyed, lower_same_length(keyed), None, None
            words = letter_words(low)
    scan_words = letter_words(low) if words is None else words
    if ocr_marked(scan_words):
        scanned = read_ocr(text, scan_words, functools.partial(_whole_letters, regions=regions))
        if scanned is not None:  # "Tlf: 6D 99 10  98" in a text read by OCR: its misreadings read as digits
            text, low, digits, alnum = scanned, lower_same_length(scanned), None, None
            words = letter_words(low)
    ordered = read_order(
        text,
        low,
        letter_words(low) if words is None else words,
        checks.mobile,
        checks.valid,
    )
    if ordered is not None:
        # "baklengs: 76543214", "første del 9062 ... og så 1407": the number written in order where it stood
        text, low, digits, alnum = ordered, lower_same_length(ordered), None, None
        words = letter_words(low)
    prefixed = read_prefix(text, low, letter_words(low) if words is None else words, checks.valid)
    if prefixed is not None:  # "11 3941 – start med 95": the prefix written before the rest
        text, low, digits, alnum = prefixed, lower_same_length(prefixed), None, None
        words = letter_words(low)
    listed = read_prose(text, low, letter_words(low) if words is None else words, checks.valid)
    if listed is not None:  # "Ring meg: 48, 611 og 845": the groups of one number listed as prose
        text, low, digits, alnum = listed, lower_same_length(listed), None, None
        words = letter_words(low)
    completed = complete_masks(text, low, words, digits, checks.whole)
    if completed is not None:
        # "912 34 5xx (xx = 67)", "same but ending 92": the completed number is read, a head without one is not
        text, low, digits, alnum = completed, lower_same_length(completed), None, None
        words = letter_words(low)
    if may_hold_copy(text):
        blanked = blank_copies(text, checks.whole)
        if blanked is not None:  # "35 9• •• 60", "+479•••••59": a masked copy is no number, nor part of one
            text, low, digits, alnum = blanked, lower_same_length(blanked), None, None
            words = letter_words(low)
    if has_sign(text):
        signed = bridge_signs(text)
        if signed is not None:  # "81📞77📞53📞98": a phone sign between the groups of one number
            text, low, digits, alnum = signed, lower_same_length(signed), None, None
            words = letter_words(low)
    if digits is None:
        digits = digit_runs(text)
    if may_hold_keypad(text, digits):
        keyed_word = read_keypad(text, digits, checks.mobile)
        if keyed_word is not None:  # "0730 LOVE 76": a word's keypad digits inside a number
            text, low, alnum = keyed_word, lower_same_length(keyed_word), None
            words, digits = letter_words(low), digit_runs(keyed_word)
    changed = _digitise(text, digits)
    wide = read_letters(
        text if changed is None else changed[0],
        checks.letters,
        digits if changed is None else None,
        checks.mobile,
        checks.valid,
    )
    if wide is not None:
        changed = (wide[0], wide[1] if changed is None else changed[1] + wide[1])
    if changed is not None:
        # letters written for digits ("S3 28 34 44", "9I26 B794"): the run is read as the digits they stand for
        text = changed[0]
        low = lower_same_length(text)
        words = letter_words(low)
        digits = digit_runs(text)
        alnum = None
    # the ad's number words, read once for both the question and the candidate tokens, with its cue words
    forms: frozenset[str] | None = None
    word_cues: tuple[str, ...] = ()
    if words is not None:
        forms, word_cues = _word_classes(words)
    wordy = True if words is None or forms else not words.isdisjoint(_LOOKALIKE_WORDS)
    runs = _runs(text, wordy, words, digits, low, forms, alnum)
    if runs and (forms is None or not forms.isdisjoint(ambiguous_words())):
        _reread(runs, low)  # "ni, cuatro, tres": 9, 4, 3
    cue_words = word_cues if runs else ()
    cue_free = bool(runs) and words is not None and _cue_free(text, words, cue_words)
    cues = _cue_starts(text, low, cue_words) if runs and words is not None and not cue_free else None
    hits: list[PhoneHit] = []
    for k, r in enumerate(runs):
        if deadline is not None and k % 32 == 31 and time.thread_time() > deadline:
            break
        run = r.pieces
        bridged = r.bridged
        if run is None:
            found = _read_atoms(text, orig, r.atoms or [], regions, deadline, digits, cue_free, cues)
            hits.extend(found)
            continue
        found = _read_run(
            text, orig, run, bridged, regions, deadline, split_spaced=False, digits=digits, cue_free=cue_free, cues=cues
        )
        if any(p.kind == "x" for p, _, _ in run) and len(run) > 1:
            # "seventy eight" is 78 or 70, 8: keep the reading that makes more of the run a phone number
            other = _read_run(
                text,
                orig,
                run,
                bridged,
                regions,
                deadline,
                split_spaced=True,
                digits=digits,
                cue_free=cue_free,
                cues=cues,
            )
            if _rank(other, regions) > _rank(found, regions):
                found = other
        hits.extend(found)
    if looked:
        changed = (text, looked if changed is None else changed[1] + looked)
    if changed is not None:
        spots = changed[1]
        hits = [
            PhoneHit(h.e164, h.start, h.end, "lookalike", h.hinted or h.style in _NATIONAL_STYLES)
            if h.style not in ("words", "mixed", "lookalike", "invalid") and any(h.start <= q < h.end for q in spots)
            else h
            for h in hits
        ]
    if halves is not None:
        hits.append(halves)
        hits.sort(key=lambda h: h.start)
    return _same_number(hits)


def _nothing_to_read(text: str, words: set[str] | frozenset[str], digits: list[int] | None) -> bool:
    """Can ``find_phones`` skip ``text`` (its ``words``; ``digits``: ``patterns.digit_runs``, when the caller has
    them): no digit (``\\d``, after ``text.prepare``'s folding), no number word of the lexicons and no look-alike
    word ("ol", "lil")? Every number is read from a digit run or such a word: the scanner's tokens are digit runs and
    those words (``_token_spans``), and each rewrite before it needs real digits to rewrite (letters, OCR and
    Cyrillic look-alikes, orders, prefixes, lists, masks, keypad words, signs between groups). Two rewrites that could
    write digits for marks or halves are left to read the text: a key for a mark ("* er fire", ``masked``) and a
    number's halves around "…" (``_field_split``). Half the titles of some sites hold no digit (issue 14, session
    45: a small cut, -0.25 % of a compiled blind15 run; the first trigger a cheap pass can tell every reader)."""
    if digits is None:
        digits = digit_runs(text)
    if digits or "\u2026" in text or "..." in text or may_hold_key(text):
        return False
    forms, _cues = _word_classes(words)
    return not forms and words.isdisjoint(_LOOKALIKE_WORDS)


class _Checks:
    """The number checks of one tuple of regions as the rewrites ahead of the runs take them (``read_order``,
    ``read_prefix``, ``read_prose``, ``complete_masks``, ``read_letters``, ``read_cyrillic``): made once per tuple
    (``_region_checks``) instead of eight ``functools.partial`` per field (~1 k instructions each: ~30 k an ad)."""

    mobile: Callable[[str], bool]
    valid: Callable[[str], bool]
    whole: Callable[[str], bool]
    letters: Callable[[str], bool]

    def __init__(self, regions: Sequence[str]) -> None:
        self.mobile = functools.partial(_mobile_digits, regions=regions)
        self.valid = functools.partial(_valid_digits, regions=regions)
        self.whole = functools.partial(_whole_number, regions=regions)
        self.letters = functools.partial(_whole_letters, regions=regions)


#: ``_region_checks``' table: a plain dict (a few tuples of regions a run meets), cleared when full.
_CHECKS: Final[dict[tuple[str, ...], _Checks]] = {}
_CHECKS_MAX: Final = 256


def _region_checks(regions: Sequence[str]) -> _Checks:
    """The checks of ``regions``, kept for a tuple (each is a function of the regions alone)."""
    if not isinstance(regions, tuple):
        return _Checks(regions)
    got = _CHECKS.get(regions)
    if got is None:
        if len(_CHECKS) >= _CHECKS_MAX:
            _CHECKS.clear()
        got = _Checks(regions)
        _CHECKS[regions] = got
    return got


def _field_split(text: str, regions: Sequence[str]) -> tuple[str, PhoneHit] | None:
    """The number split between two places of ``text`` (``splits.find_field_split``): ``text`` with both halves
    blanked (same length) and the number's hit at the first half; None when there is none."""
    found: dict[str, str] = {}

    def valid(number: str) -> bool:
        e164 = validate(number.lstrip("+"), number.startswith("+"), regions, bare_intl=False)
        if e164 is None or not (mobile_number(e164) or _fixed_line(e164)):
            return False
        found[number] = e164
        return True

    sp = find_field_split(text, valid, functools.partial(cued_before, text))
    if sp is None:
        return None
    blanked = (
        text[: sp.title_start]
        + " " * (sp.title_end - sp.title_start)
        + text[sp.title_end : sp.body_start]
        + " " * (sp.body_end - sp.body_start)
        + text[sp.body_end :]
    )
    return blanked, PhoneHit(found[sp.number], sp.title_start, sp.title_end, "split")


#: Letters written for digits beyond o/O/l/I ("S" 5, "B" 8, "Z" 2, "i" 1), read only inside a run that is mostly
#: real digits (``_digitise``); the old look-alikes count as letters of such a run and are read with them.
_NEW_LOOKS: Final = "SsBZzi"
_DIGIT_LOOKS: Final = str.maketrans("SsBZzioOlI", "5582210011")
_DIGIT_LOOK_BYTES: Final = byte_table(_DIGIT_LOOKS)
_LOOK_TOKEN: Final = r"[0-9SsBZzioOlI]*[0-9][0-9SsBZzioOlI]*"  # noqa: S105
#: an upper-case token of letters only ("+4S-6I3-17-Z6-S") belongs to the run when another token or the line's end
#: follows it: left out, the run would be read short
_LOOK_LETTERS: Final = r"[SBZOIl]{1,3}(?=[ .\-/]{1,2}[0-9SBZOIl]|[ \t]*$)"
_LOOK_RUN: Final = re.compile(
    r"(?<![\w+%])\+?" + _LOOK_TOKEN + r"(?:[ .\-/]{1,2}(?:" + _LOOK_TOKEN + "|" + _LOOK_LETTERS + r"))*(?![\w])", re.M
)
_LOOK_SIZE: Final = re.compile(r"[0-9]{2,3}B")
#: Real digits a run needs, and the most letters it may have per real digit.
LOOK_MIN_DIGITS: Final = 6
LOOK_MAX_SHARE: Final = 1.0


def _digitise(text: str, digits: list[int]) -> tuple[str, list[int]] | None:
    """``text`` with the letters of each run of tokens that is mostly real digits ("S3 28 34 44", "9I26 B794") written
    as those digits, and where they stood; None when no such run has a new look-alike letter.

    A run: tokens of digits and look-alike letters, each with a real digit and no three letters in a row, joined by
    one or two of " .-/" (an upper-case letters-only token too, before another token or the line's end), not after
    a word character, "+" or "%" ("%2B46..." in a link); it needs ``LOOK_MIN_DIGITS`` real digits and at most
    ``LOOK_MAX_SHARE`` letters per real digit. A token of 2-3 digits and a "B" ("75B", a bra size) is never part
    of one, so no run with it is read."""
    if not _near_new_look(text, digits):
        return None
    stretches = _look_stretches(text)
    if not stretches:
        return None
    out: list[str] = []
    spots: list[int] = []
    last = 0
    for m in _look_matches(text, stretches):
        raw = m.group()
        tokens = re.split(r"[ .\-/]+", raw.lstrip("+"))
        if any(_LOOK_SIZE.fullmatch(t) for t in tokens):
            continue
        real = sum(1 for ch in raw if "0" <= ch <= "9")
        letters = [i for i, ch in enumerate(raw) if ch.isalpha()]
        if real < LOOK_MIN_DIGITS or len(letters) > LOOK_MAX_SHARE * real:
            continue
        if not any(raw[i] in _NEW_LOOKS for i in letters):
            continue
        if any(raw[i].isalpha() and raw[i + 1].isalpha() and raw[i + 2].isalpha() for i in range(len(raw) - 2)):
            continue
        out.append(text[last : m.start()])
        out.append(swap_ascii(raw, _DIGIT_LOOK_BYTES, _DIGIT_LOOKS))
        spots.extend(m.start() + i for i in letters)
        last = m.end()
    if not spots:
        return None
    out.append(text[last:])
    return "".join(out), spots


def _reread(runs: list[_Run], low: str) -> None:
    """Each run's ambiguous number words read by their neighbours' language (``neighbours.reread``), in place."""
    for r in runs:
        if r.pieces is not None:
            new = reread(r.pieces, low)
            if new is not None:
                r.pieces = new


def _new_look(o: int) -> bool:
    """Is ``chr(o)`` one of ``_NEW_LOOKS`` ("SsBZzi")?"""
    return o == 83 or o == 115 or o == 66 or o == 90 or o == 122 or o == 105


def _near_new_look(text: str, digits: list[int]) -> bool:
    """Does a letter of ``_NEW_LOOKS`` stand right before a digit run (``digits``: the runs' starts) or right after
    its ASCII digits? Read by code points (``ord``: a primitive), where ``text[i] in _NEW_LOOKS`` and ``"0" <= text[e]
    <= "9"`` were a string per character and two Python comparisons per digit (~13 k instructions a field).
    ``tests/extract/test_rewrites_held_equal_27.py`` holds it to that reading."""
    n = len(text)
    for d in digits:
        if d and _new_look(ord(text[d - 1])):
            return True
        e = d
        while e < n:
            o = ord(text[e])
            if o < 48 or o > 57:
                break
            e += 1
        if e < n and _new_look(ord(text[e])):
            return True
    return False


def _look_class(o: int) -> bool:
    """Is ``chr(o)`` a character a run of ``_LOOK_RUN`` is made of: "+", an ASCII digit, "SsBZzioOlI" or " .-/"?"""
    return (
        48 <= o <= 57
        or _new_look(o)
        or o == 111
        or o == 79
        or o == 108
        or o == 73
        or o == 32
        or o == 46
        or o == 45
        or o == 47
        or o == 43
    )


def _look_stretches(text: str) -> list[tuple[int, int]]:
    """Each stretch, as (start, end), of the characters a run of ``_LOOK_RUN`` is made of: maximal runs of
    ``_look_class`` characters with ``LOOK_MIN_DIGITS`` ASCII digits and a letter of ``_NEW_LOOKS``. Every run
    ``_digitise`` reads lies in one, so without one no run can be read and the pattern (tried at every character)
    need not run (~0.15 M instructions over an ad): most fields near a new look-alike letter hold "75B" or "%2B" in a
    link, and ``_digitise`` tries the pattern only inside the stretches."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        if not _look_class(ord(text[i])):
            i += 1
            continue
        a = i
        real = 0
        new = False
        while i < n:
            o = ord(text[i])
            if 48 <= o <= 57:
                real += 1
            elif _new_look(o):
                new = True
            elif not _look_class(o):
                break
            i += 1
        if new and real >= LOOK_MIN_DIGITS:
            out.append((a, i))
    return out


def _look_matches(text: str, stretches: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``_LOOK_RUN.finditer(text)``'s matches that lie in ``stretches`` (``_look_stretches``), in order: the pattern
    runs over each stretch only, not from every character of the field (~0.3 M instructions a field; session 35).

    Each search starts at its stretch (the look-behind still sees the character before it) and ends one character
    past it and past any tabs that follow (a match never holds a character outside the stretch; its look-aheads
    read the character after a letters token and the blanks before a line's end, so they see what they saw in
    the whole field)."""
    n = len(text)
    for a, b in stretches:
        e = b
        while e < n and (text[e] == "\t" or text[e] == " "):
            e += 1
        yield from _LOOK_RUN.finditer(text, a, min(n, e + 1))


def _covered(hits: list[PhoneHit]) -> int:
    return sum(len(h.e164) for h in hits)


def _rank(hits: list[PhoneHit], regions: Sequence[str]) -> tuple[int, int]:
    """Readings of "seventy eight" (78 or 70 8): the one with more numbers of the ad's own country, then the
    one that makes more of the run a phone number."""
    code = "+" + str(_country_code(regions[0])) if regions else "+"
    return sum(1 for h in hits if h.e164.startswith(code)), _covered(hits)


def _read_run(
    text: str,
    orig: str,
    run: list[tuple[Piece, int, int]],
    bridged: set[int] | None,
    regions: Sequence[str],
    deadline: float | None,
    *,
    split_spaced: bool,
    digits: list[int] | None = None,
    cue_free: bool = False,
    cues: list[int] | None = None,
) -> list[PhoneHit]:
    atoms = _atoms(text, run, bridged, split_spaced=split_spaced)
    return _read_atoms(text, orig, atoms, regions, deadline, digits, cue_free, cues)


def _read_atoms(
    text: str,
    orig: str,
    atoms: list[_Atom],
    regions: Sequence[str],
    deadline: float | None,
    digits: list[int] | None,
    cue_free: bool,
    cues: list[int] | None,
) -> list[PhoneHit]:
    """The numbers of a run's atoms: the distractors near it cut it into segments, each split greedily."""
    if len(atoms) > 1 and atoms[-1].wordy and not atoms[-1].strong:
        atoms = atoms[: _weak_line_start(text, atoms)]  # "… 49⏎Ha en fin dag": the next sentence's words
    if sum(len(a.digits) for a in atoms) < MIN_DIGITS:
        return []
    blocked = _blocked(text, atoms[0].start, atoms[-1].end, digits, cue_free, cues)
    segments: list[list[_Atom]] = [[]]
    for a in atoms:
        if any(s < a.end and a.start < e for s, e in blocked):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append(a)
    hits: list[PhoneHit] = []
    for seg in segments:
        for w in range(0, len(seg), MAX_ATOMS):
            if deadline is not None and w and time.thread_time() > deadline:
                return hits
            hits.extend(_split(text, orig, seg[w : w + MAX_ATOMS], regions))
    return hits


@functools.lru_cache(maxsize=65536)
def national_part(e164: str) -> str:
    """The national significant number of an E.164 value ("+4741234567" -> "41234567"), as
    ``phonenumbers.parse(e164, None).national_number`` gives it: read by ``_plain_national_part`` where that
    knows the answer (most numbers: a parse costs ~90 k instructions, a new number per ad in a stream)."""
    plain = _plain_national_part(e164)
    if plain is not None:
        return plain
    n = phonenumbers.parse(e164, None)
    return str(n.national_number)


def _plain_national_part(e164: str) -> str | None:
    """What ``phonenumbers.parse`` reads of "+" and 3-17 ASCII digits, or None where its answer needs the parse.

    ``parse`` takes the shortest leading 1-3 digits that form an assigned country code, then strips the country's
    national prefix from the rest where its pattern matches there, and keeps the rest as a number (leading zeros
    dropped). A country with no prefix pattern, or a prefix of plain digits the rest does not open with, strips
    nothing; any other case (no code, a prefix that may match, a rest too short or too long) is left to ``parse``.
    ``tests/extract/test_phone_scanner.py`` compares it with ``parse``."""
    n = len(e164)
    if n < 4 or n > 18 or e164[0] != "+" or e164[1] == "0" or not (e164.isascii() and e164[1:].isdigit()):
        return None
    for k in (2, 3, 4):
        prefix = _national_prefix(int(e164[1:k]))
        if prefix is None:
            continue
        rest = e164[k:]
        if len(rest) < 2 or len(rest) > 17 or (prefix and (not prefix.isdigit() or rest.startswith(prefix))):
            return None
        return str(int(rest))
    return None


@functools.lru_cache(maxsize=1024)
def _national_prefix(cc: int) -> str | None:
    """The national prefix pattern ``parse`` strips for country code ``cc`` ("" for none); None when ``cc`` is no
    assigned code, or has no metadata."""
    if cc not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return None
    meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        cc, phonenumbers.region_code_for_country_code(cc)
    )
    if meta is None:
        return None
    return meta.national_prefix_for_parsing or ""


def may_share_national_part(e164: str, parts: dict[str, str]) -> bool:
    """Can ``national_part(e164)`` be one of ``parts``? Only if ``e164`` ends with it: a national part is the
    number's last digits (E.164 is "+", the country code, then the national number). ``national_part`` parses
    with ``phonenumbers`` (~0.1 ms where its cache has not seen the number); this is a string comparison."""
    for p in parts:
        if e164.endswith(p):
            return True
    return False


def international_parts(hits: Iterable[PhoneHit]) -> dict[str, str]:
    """The numbers ``hits`` write with their country code, by national part (``as_international``'s map)."""
    return {national_part(h.e164): h.e164 for h in hits if h.style == "international"}


def as_international(h: PhoneHit, intl: dict[str, str]) -> PhoneHit:
    """``h`` as the international number it is, when read nationally and ``intl`` (``international_parts``)
    holds its national part: the ad writes that number with its country code elsewhere."""
    if h.style != "international" and may_share_national_part(h.e164, intl):
        e = intl.get(national_part(h.e164))
        if e and e != h.e164:
            return PhoneHit(e, h.start, h.end, h.style)  # its code is written in the ad: not hinted
    return h


def _same_number(hits: list[PhoneHit]) -> list[PhoneHit]:
    """A number read nationally that the ad also writes with its country code ("fem to fem fem ...",
    "WhatsApp: +45 52 55 03 51") is that international number, whatever country the ad's hints gave."""
    if len(hits) < 2:
        return hits
    intl = international_parts(hits)
    return [as_international(h, intl) for h in hits] if intl else hits


def default_regions(region: str | None) -> tuple[str, ...]:
    return (region.upper(),) if region else _NATIONAL_DEFAULT


def normalise_phone(text: str, region: str | None = None) -> str | None:
    """The first phone number in ``text`` as E.164, or None."""
    hits = find_phones(prepare(text), default_regions(region), original=text)
    return hits[0].e164 if hits else None


def normalise_phone_query(text: str, region: str | None = None) -> list[str]:
    """E.164 candidates for a search string: "a phone in any written form finds every ad".

    With a region, numbers are read in that country first; without one, a national number is read in each
    Nordic country where it is valid (a search box should find every ad the number could belong to).
    """
    prepared = prepare(text)
    out: dict[str, None] = {}
    regions = [region.upper()] if region else list(_NATIONAL_DEFAULT)
    hits = [h for r in regions for h in find_phones(prepared, (r,), original=text)]
    # the readings that use most of what was typed: "070 123 45 67" is Swedish, not a Danish sub-span of it
    widest = max((h.end - h.start for h in hits), default=0)
    for h in hits:
        if h.end - h.start == widest:
            out.setdefault(h.e164, None)
    if not out:
        digits = "".join(ch for ch in prepared if ch.isascii() and ch.isdigit())
        for r in regions:
            e = validate(digits, prepared.lstrip().startswith("+"), (r,))
            if e:
                out.setdefault(e, None)
    return list(out)
