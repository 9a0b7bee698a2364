"""A foreign number written nationally with its country named after it (issue 14, sessions 27 and 30).

"050-239-9349 (ukrainsk nr)", "517165037 [PL]", "0989 556 355 (Vietnamese number)", "863 308 203 (Lithuanian
number)": a nationality adjective of ``lexicon.yaml`` (sv/no/da/en) followed by a word for a number, or alone in
brackets, or an ISO code in capitals in brackets, right after a national number gives its country. So do the
country's name in its place ("0706 507 013 4 (Nigeria number)", "0819 321 914 Thailand nr", session 30), a Swedish
neuter adjective ("0639 502 087 ukrainskt nr") and the country's flag emoji ("3114 276 403 🇨🇴": two regional
indicator letters).
So does one named in a label before it ("Rumensk nummer: 0727 490 786", ``region_before``, session 31), and a tag
right before it (session 32, ``tag_before``): an ISO code in capitals in brackets ("(RO) 0711 052 172", "(LT) (0-612)
21943", "[PL] 510 696 541", "(HU): 06 20 ..."), a country's name or nationality word in brackets ("(Rumænien) 0711
..."), a flag ("🇷🇴 0711 ..."). The codes a bracket may hold are ``lexicon.yaml``'s ``number_tags`` (a code that is also
a word in capitals, "(ID)", "(PM)", is none).
``phones._split`` tries that country first for the run the tag closes or opens, as it does for a code written before
("RO 0758 402 971", ``phones._named_region``); where the digits are no valid number there, the ad's countries read
them as before.
"""

from __future__ import annotations

import functools
from typing import Final

import phonenumbers

from kartlegg.extract.lexicon import lexicon

#: Words for "number" after a nationality: "(Thai number)", "(ukrainsk nr)", "(polsk nummer)".
NUMBER_WORDS: Final = ("number", "no", "nr", "nummer", "numer", "num", "mobile", "mobil", "phone", "tlf", "tel", "sim")
#: Words that name a number's country only in a tag: "English" is a language elsewhere ("I speak English"), so it is
#: no nationality of ``lexicon.yaml``, but "07416 561785 (English number)" is British.
TAG_ONLY: Final = {"english": "GB", "engelsk": "GB", "engelska": "GB", "engelske": "GB"}
#: How far after a number its tag may start (blanks, a dash or a colon between).
REACH: Final = 3
#: The longest word a bracketed tag before a number may hold ("(Grækenland)", "(Hviterussland)").
_LONGEST_TAG: Final = 16


@functools.cache
def _countries() -> dict[str, str]:
    """Each nationality word's and country name's country (lower-case)."""
    countries: dict[str, str] = {}
    for n in lexicon().nationalities.values():
        for w in (*n.words, *n.names):
            countries[w.lower()] = n.country
    return countries


def _country(word: str, tag_only: bool = True) -> str | None:
    """The country of a nationality word or country name, a Swedish neuter adjective read as its stem ("ukrainskt");
    ``tag_only``: also the words that name a country only before a word for a number ("English number")."""
    low = word.lower()
    found = _countries().get(low) or (TAG_ONLY.get(low) if tag_only else None)
    if found is None and len(low) > 4 and low.endswith("t"):
        found = _countries().get(low[:-1])
    return found


#: The regional indicator letters a flag emoji is written with ("🇨🇴" = C O).
_FLAG_A: Final = 0x1F1E6
_FLAG_Z: Final = 0x1F1FF


def flagged(text: str, end: int) -> bool:
    """Is the tag right after ``end`` a flag emoji (``region_after``'s weakest evidence: a flag may also stand for the
    languages she speaks, so ``phones._split`` lets a number that is a mobile of the ad's own market keep it)?"""
    k = _blank_end(text, end, REACH)
    return k < len(text) and ord(text[k]) >= _FLAG_A


def _flag(text: str, k: int) -> str | None:
    """The region of the flag emoji at ``k`` (two regional indicator letters), or None."""
    if k + 1 >= len(text):
        return None
    a, b = ord(text[k]), ord(text[k + 1])
    if not (_FLAG_A <= a <= _FLAG_Z and _FLAG_A <= b <= _FLAG_Z):
        return None
    if k + 3 < len(text) and _FLAG_A <= ord(text[k + 2]) <= _FLAG_Z:
        return None  # several flags: the languages she speaks, not a number's country
    code = chr(a - _FLAG_A + 65) + chr(b - _FLAG_A + 65)
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def _letters_end(text: str, k: int) -> int:
    n = len(text)
    while k < n and text[k].isalpha():
        k += 1
    return k


def _blank_end(text: str, k: int, most: int) -> int:
    n = len(text)
    e = min(n, k + most)
    while k < e and text[k] in " \t":
        k += 1
    return k


def region_after(text: str, end: int) -> str | None:
    """The region a tag right after ``end`` (a number's last digit) names, or None: "[PL]", "(LT)" (an ISO code in
    capitals in brackets), "(ukrainsk)" (a nationality word or country name in brackets), "(Thai number)", "ukrainsk
    nr", "Nigeria nr" (a nationality word or country name and a word for a number), "🇨🇴" (a flag). A scan of the few
    characters there, no pattern."""
    n = len(text)
    k = end
    while k < n and k - end < REACH and text[k] in " \t-:":
        k += 1
    if k >= n:
        return None
    if ord(text[k]) >= _FLAG_A:
        return _flag(text, k)
    bracket = text[k] in "(["
    if bracket:
        k = _blank_end(text, k + 1, 1)
    e = _letters_end(text, k)
    if e == k:
        return None
    word = text[k:e]
    if bracket:
        close = _blank_end(text, e, 1)
        if close < n and text[close] in ")]":
            if len(word) == 2 and word.isupper() and word.isascii():
                return _tag_codes().get(word)
            return _country(word, tag_only=False)
    country = _country(word)
    if country is None:
        return None
    k = _blank_end(text, e, 3)
    if k == e:
        return None
    e2 = _letters_end(text, k)
    return country if text[k:e2].lower() in NUMBER_WORDS else None


@functools.cache
def _tag_codes() -> dict[str, str]:
    """The codes a bracketed tag may hold and the region each names (``lexicon.yaml`` ``number_tags``; "UK" -> GB),
    only regions phonenumbers knows."""
    return {c: r for c, r in lexicon().number_tags.items() if r in phonenumbers.SUPPORTED_REGIONS}


def _tag_end(text: str, start: int) -> int:
    """Where a tag before ``start`` (a number's first digit) would end: past the number's own opening bracket ("(11)
    95423-3829", "(0-612) 21943"), then back over 1-3 blanks, tabs and one colon ("(HU): 06 20 ...")."""
    k = start
    if k > 0 and text[k - 1] in "([":
        k -= 1
    e = k
    while k > 0 and e - k < REACH and text[k - 1] in " \t:":
        k -= 1
    if text.count(":", k, e) > 1:
        return -1
    return k


def tag_before(text: str, start: int) -> tuple[str, bool] | None:
    """The region a tag right before ``start`` (a national number's first digit) names, and whether the tag is a
    flag, or None: "(RO) 0711 052 172", "[PL] 510 ...", "(LT) (0-612) 21943", "(Rumænien) 0711 ...", "🇷🇴 0711 ...",
    "Rumänien: 0711 ...". A bracketed code counts only in capitals and in ``number_tags``; a bracketed word, or one
    before a colon, when it names a country; a flag alone (after several flags, the languages she speaks). A scan of
    the few characters there, no pattern: most numbers have neither a bracket, a flag nor a colon before them."""
    k = _tag_end(text, start)
    if k < 2:
        return None
    o = ord(text[k - 1])
    if o >= _FLAG_A:
        if k >= 3 and _FLAG_A <= ord(text[k - 3]) <= _FLAG_Z:
            return None  # "🇷🇴🇬🇧 ...": two flags, or a flag's second half read alone
        flag = _flag(text, k - 2)
        return None if flag is None else (flag, True)
    if o != 41 and o != 93:  # ")" or "]"
        return _label_before(text, k, start)
    e = k - 1
    b = e
    while b > 0 and e - b <= _LONGEST_TAG and text[b - 1].isalpha():
        b -= 1
    if b == e or b == 0 or text[b - 1] != ("(" if o == 41 else "["):
        return None
    word = text[b:e]
    if len(word) == 2:
        found = _tag_codes().get(word)  # capitals only: the table's keys are
    else:
        found = _country(word, tag_only=False)
    return None if found is None else (found, False)


def in_name(text: str, start: int) -> bool:
    """Is the word label right before ``start`` (``tag_before``'s "Thai: …") the last word of a name, a capitalised
    word before it on its line ("Aurora Thai: 3365 1733", "Lotus Thai Spa", "Bella Italia: …")? A business named
    for a cuisine or a country is no country cue for its own line (issue 14, session 42)."""
    k = _tag_end(text, start)
    if k < 2 or not text[k - 1].isalpha():
        return False
    b = k - 1
    while b > 0 and k - b <= _LONGEST_TAG and text[b - 1].isalpha():
        b -= 1
    if b < 2 or text[b - 1] != " ":
        return False
    e = b - 1
    a = e
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    return a < e and text[a].isupper() and _country(text[a:e], tag_only=False) is None


def _label_before(text: str, k: int, start: int) -> tuple[str, bool] | None:
    """A country's name or nationality word as a label, a colon after it, ending at ``k`` before a number that
    opens at ``start`` ("Rumänien: 0745 …", "Polsk: 602 …"), or None."""
    if not text[k - 1].isalpha() or text.find(":", k, start) < 0:
        return None
    b = k - 1
    while b > 0 and k - b <= _LONGEST_TAG and text[b - 1].isalpha():
        b -= 1
    if b > 0 and (text[b - 1].isalnum() or text[b - 1] in "-_"):
        return None
    found = _country(text[b:k], tag_only=False)
    return None if found is None else (found, False)


def region_before(text: str, start: int) -> str | None:
    """The region a label right before ``start`` (a national number's first digit) names, or None: a nationality
    word or country name and a word for a number, then a colon or blanks ("Rumensk nummer: 0727 490 786", "Thai
    nummer: 081 …", "Ungarsk number: 06 30 …"). A scan of the few characters there, no pattern."""
    k = start
    while k > 0 and start - k < REACH and _label_gap(ord(text[k - 1])):
        k -= 1
    if k == start:
        return None
    e = k
    while k > 0 and e - k <= _LONGEST_NUMBER_WORD and _ascii_letter(ord(text[k - 1])):
        k -= 1  # the words for a number are ASCII: read by code point, most labels ("Ring:") fail here
    if e == k or e - k > _LONGEST_NUMBER_WORD or (k > 0 and text[k - 1].isalpha()):
        return None
    if text[k:e].lower() not in NUMBER_WORDS:
        return None
    e = k
    while k > 0 and e - k < 3 and text[k - 1] in " \t":
        k -= 1
    if k == e:
        return None
    e = k
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if e == k:
        return None
    return _country(text[k:e])


def _label_gap(o: int) -> bool:
    """Is ``chr(o)`` a blank, tab, ":", "-" or "(" (between a label and its number; by code point)?"""
    return o == 32 or o == 9 or o == 58 or o == 45 or o == 40


#: The longest of ``NUMBER_WORDS``.
_LONGEST_NUMBER_WORD: Final = max(len(w) for w in NUMBER_WORDS)


def _ascii_letter(o: int) -> bool:
    return 97 <= o <= 122 or 65 <= o <= 90
