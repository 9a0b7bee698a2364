"""A number the ad says is in its link: the URL's number is the person's, not the page's id (issue 14, session 42).

A site that hides phone numbers in its ads' text (or a writer who expects it to) makes the writer put the number
where the filter does not look: in the ad's own address, as a slug or path segment ("/a/46702182929-favour-uppsala-
2442887", "/annoncer/73549507/4565498284/", "/escort/jonkoping/alina-sweet-13511-40767444601"), and tell the reader
so in the text: "Nummeret står i lenken", "Numret finns i länken", "Nummeret står i linket", "number is in the link",
"tlf i URL'en". A URL's numbers are otherwise the page's ids (``furniture.url_numbers``: a whole path segment, the
number opening or closing the slug, a query value), and a site's id positions are learned from its other ads: the
number she put there looks like an id to every rule that reads positions alone.

The ad's own words are the evidence, in any site's template and any of the four languages: a number word
(``link_number_words`` in ``data/furniture.yaml``: "nummer", "numret", "tlf", "number", "phone") followed in the same
clause, within a few words, by a word for the link (``link_words``: "lenken", "länken", "linket", "link", "url").
Where the ad says so, a number the URL holds is hers unless it is the page's own by something stronger than its
position: the ad's key (``ad_key``'s number, or a number holding it), a query value under a key that names an id
("?id=9663", "sid=", "uid=", ``furniture._named_key``), a part of a mixed id token, or too short for a phone's
national part (``MIN_LINKED_DIGITS``). A repost that copies the sentence onto another site's page whose URL holds
only its own ids ("annonsradar.com/a/5395147?src=…&sid=8749006") reads nothing new: those are its key and an id key.

Costs nothing on ads without a number read in their URL (the judge asks only then, ``LinkSaid``: only where such a
number could be freed), and on those, one ``in`` test per link word's stem before any clause is read.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from kartlegg.extract.lexicon import furniture_words, normalise_label

#: Fewest digits of a number freed by the ad's words: a national number's shortest part in the markets read (8 in
#: Norway and Denmark; Swedish mobiles 9); shorter ones are counters, years and ids ("Profile #27830").
MIN_LINKED_DIGITS: Final = 8
#: Most words from the number word to the link word ("nummeret mitt står i lenken over" is 4 apart).
_REACH: Final = 6
#: A clause ends at a sentence's end or a line's: the number word and the link word must share one.
_CLAUSE: Final = re.compile(r"[.!?;\n|•·]+")
#: The stems every link word holds, tested with ``in`` on the lower-cased text before any clause is read.
_STEMS: Final = ("link", "lenk", "länk", "url", "adress", "address")


@functools.cache
def _link_words() -> frozenset[str]:
    return frozenset(w for words in furniture_words().link_words.values() for w in words)


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(w for words in furniture_words().link_number_words.values() for w in words)


def says_in_link(*texts: str) -> bool:
    """Does one of ``texts`` (the ad's title, its body) say the ad's number is in its link: a number word and, later
    in the same clause and within ``_REACH`` words, a word for the link ("Nummeret står i lenken", "my number is in
    the URL")? "Click the link for my photos" names no number; "tlf 4123 … see the link" has the number word first
    but the link is where something else is."""
    for text in texts:
        if not text:
            continue
        low = text.lower()
        if not any(s in low for s in _STEMS):
            continue
        for clause in _CLAUSE.split(low):
            if not any(s in clause for s in _STEMS):
                continue
            words = normalise_label(clause).split()
            if _number_then_link(words):
                return True
    return False


class LinkSaid:
    """``says_in_link`` of one ad's title and body, read on first need and kept: the judge asks it only of a
    number in the URL that a position would make the page's id and that ``freed`` may free (most ads with a
    number in their URL never reach it; reading it for each cost ~40 k instructions an ad, lower-casing the
    body)."""

    def __init__(self, title: str, body: str) -> None:
        self.title = title
        self.body = body
        self.said: bool | None = None

    def __call__(self) -> bool:
        if self.said is None:
            self.said = says_in_link(self.title, self.body)
        return self.said


def _number_then_link(words: list[str]) -> bool:
    """Is a number word followed, within ``_REACH`` words, by a link word (one word, or two: "web address")?"""
    numbers = _number_words()
    links = _link_words()
    last_number = -_REACH - 1
    for i, w in enumerate(words):
        if w in numbers:
            last_number = i
            continue
        if not w.isalpha():
            last_number = -_REACH - 1  # a number written after the word: that is the number, the link is for more
            continue
        if i - last_number <= _REACH:
            # "url-en" reads as "url" and a tail: punctuation is a blank to ``normalise_label``
            if w in links or (i + 1 < len(words) and f"{w} {words[i + 1]}" in links):
                return True
    return False


def freed(url: str, start: int, end: int, key_number: str | None) -> bool:
    """May the number at ``url[start:end]`` be the person's where the ad says its number is in the link? Not when
    it is the page's own by more than its position: the ad's key (or a number holding it), too short for a phone
    (``MIN_LINKED_DIGITS``), or a query value under a key that names an id ("?id=…", "&sid=…", "uid=")."""
    digits = "".join(c for c in url[start:end] if c.isdigit())
    if len(digits) < MIN_LINKED_DIGITS:
        return False
    if key_number and key_number in digits:
        return False
    key = query_key(url, start)
    return key is None or not _id_key(key)


def query_key(url: str, start: int) -> str | None:
    """The key of the query value that holds ``url[start]`` ("sid" in "?src=x&sid=8749006"), or None when the
    position is in the URL's path."""
    q = url.find("?")
    if q < 0 or start < q:
        return None
    cut = max(url.rfind("&", q, start), url.rfind(";", q, start), q)
    eq = url.find("=", cut, start)
    if eq < 0:
        return None
    return url[cut + 1 : eq]


def _id_key(key: str) -> bool:
    """Does a query key name an id: "id", or a word ending in it ("sid", "uid", "adId", "profile_id"), or a
    reference ("ref")?"""
    k = key.lower().replace("_", "").replace("-", "")
    return k.endswith(("id", "ref"))
