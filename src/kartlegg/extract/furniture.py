"""Site furniture: numbers and contact lines a site prints around its ads that are not the person's.

An ad's own number in a footer ("Annonse-ID: 55855429") or in its URL (``/annons/68556572-slug``), a
site's codes and counters, its customer-service line and e-mail: read as phones they split one person into
many profiles and put numbers that belong to nobody on the outreach list. Three kinds of evidence, weakest
assumption last:

- **per ad**: the ad's own id (site-local key) written in its text; numbers that fill an id position of
  its URL (a whole path segment, a query value, the number that opens or closes the last segment's slug);
  a label from ``data/furniture.yaml`` right before the number, in sv/no/da/en;
- **per site, learned** (``SiteStats`` -> ``SiteFurniture``): a slot (the label before or the words after a
  number) that recurs in a large share of the site's ads with a different number on every ad (an id or
  counter the template prints); a phone or e-mail printed on a large share of the site's ads in the same
  slot (a support line); a URL position that holds a different number on every ad;
- **the site's own domain** in an e-mail address.

Matches judged furniture are kept as evidence of their own kind (``furniture``, with the reason and what they
were read as); linking, outreach, triage, graphs and exports read only contact kinds, so they never see them.
A learned model is plain data (``SiteFurniture.to_json``): stored per site, shown by ``kartlegg sites show``
and corrected in the site definition (``furniture:`` overrides).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final
from urllib.parse import urlsplit

import phonenumbers

from kartlegg.extract import clauses, dates, implied, linked, lookup, postrefs, ranges, structured
from kartlegg.extract.lexicon import furniture_words as lexicon
from kartlegg.extract.lexicon import lexicon as contact_lexicon
from kartlegg.extract.lexicon import normalise_label
from kartlegg.extract.matches import Extraction, Match
from kartlegg.extract.phones import national_part

#: A slot must be seen in at least this many ads, and this share of the site's ads, to be learned.
MIN_SLOT_ADS: Final = 8
MIN_SLOT_SHARE: Final = 0.10
#: Distinct values per occurrence for an id slot: ids differ on every ad.
MIN_ID_DISTINCT: Final = 0.9
#: An id slot's numbers recur on no other ad (session 39): a slot where more than this share of the distinct numbers is
#: also on another ad of the site, or on another site's ads, is a contact slot whatever its label's words. Persons
#: repeat their numbers across their ads and across sites (a lookup page's subject, "Gulzel 42 88 89 09", is an ad's
#: number elsewhere); a site's counter prints each id on one ad.
MAX_ID_RECURRING: Final = 0.25
#: An id slot's numbers rarely have a contact label on their other side (a person's "Ring 412 34 567. Support:"
#: has the same words after it on every ad of a site, and mostly a different number).
MAX_CONTACT_SHARE: Final = 0.1
#: A phone or e-mail on at least this share of the site's ads, in one slot that is no contact label, is the
#: site's own line. Not less: a controller's booking line on a few persons' ads is what the analysts look for.
MIN_LINE_SHARE: Final = 0.3
#: A phone or e-mail on the site's line share in one slot is the site's own even behind a contact label ("Spørsmål om
#: annonsen? Ring oss på ...") when it sits beside at least this many other contacts: a site's customer line is
#: printed beside every advertiser's number, a controller's booking line beside its few persons' numbers.
MIN_LINE_PARTNERS: Final = 24
#: A site's office line (session 42): a phone or e-mail below the line share, one of several a site prints (an office
#: per country, a line per redesign: "Vagttelefon (ikke for klienter): …" on a third of an archive's ads, "Kundtjänst:
#: …" on a sixth of an assistant's), is the site's own when it sits beside at least this many distinct contacts of the
#: site's writers, and at least MIN_OFFICE_WRITERS of all the site's contacts: more than a controller has women (2-7
#: in the corpora), and a share of the site's writers that grows with the site, where a controller's stays its few
#: women. Partners are counted up to MAX_PARTNERS.
MIN_OFFICE_PARTNERS: Final = 24
MIN_OFFICE_WRITERS: Final = 0.06
MAX_PARTNERS: Final = 512
#: A phone or e-mail that a site began to print at a redesign (its new footer's "Kontakt os: ..."): its own line when
#: it is on at least this share of the ads since it first appeared, on at least MIN_LINE_PARTNERS of them, beside
#: that many other contacts. Its share of all the site's ads reaches MIN_LINE_SHARE only windows later.
MIN_FRESH_SHARE: Final = 0.8
#: A date slot (session 38): a slot whose numbers are compact dates ("[20260411]" in a web archive's titles) on at least
#: this share of its ads, naming days at most MAX_DATE_SPAN apart (YYYYMMDD numbers: five years): a page's dates lie
#: around the ads' time. Its dates recur across unrelated ads (every page captured that day), so no id slot holds it.
MIN_DATE_SHARE: Final = 0.9
MAX_DATE_SPAN: Final = 50_000
#: A URL position learned as an id position: seen in this share of the site's ads.
MIN_URL_SHARE: Final = 0.3
#: A URL position learned as the person's phone (session 42): on at least this many of the site's ads, and this share
#: of the ads that fill it, its number is one the ad's text writes as a contact ("?c=94821885" beside "Phone: 0 0 4 7 9
#: 4 8 2 1 8 8 5", "/slug-46729230745" beside "WhatsApp (+46) 72 923 07 45"): a site that puts her number in its
#: links. Its numbers differ ad by ad as ids do, and it may be on few of the site's ads: neither its share of the
#: site nor its distinct values say what it holds; the text beside it does.
MIN_URL_PHONE_ADS: Final = 3
MIN_URL_PHONE_SHARE: Final = 0.25
#: Bounds on what one site's statistics hold (hostile input: a site of random labels).
MAX_KEYS: Final = 20_000
MAX_VALUES_PER_KEY: Final = 5_000
#: Digits an ad id must have before its echo in the text is trusted ("12" is no id).
MIN_ID_DIGITS: Final = 5
#: Distinct hosts one site's statistics count (a site serves its ads from one or two).
MAX_HOSTS: Final = 50
#: A mail provider, learned (session 40): a host at which the stream's ads write at least this many distinct local
#: parts that are no site mailbox ("stella_love2", "jasmin_x53", "lina22" …: several writers) is a host many writers
#: share, never one site's domain, though one writer's address there was learned as a site's line. A site's own
#: address is one address (or a few mailboxes: support@, post@, which do not count) on one site.
MIN_PROVIDER_WRITERS: Final = 4

_DIGITS: Final = re.compile(r"\d+")
_EXTENSIONS: Final = (".html", ".htm", ".php", ".aspx", ".asp", ".jsp", ".shtml")


@functools.cache
def _words(kind: str) -> frozenset[str]:
    lx = lexicon()
    table: dict[str, list[str]] = getattr(lx, kind)
    return frozenset(w for words in table.values() for w in words)


@functools.cache
def _longest_label() -> int:
    return max(len(w.split()) for kind in ("id_labels", "site_line_labels") for w in _words(kind))


#: Words that may follow a site-line label before the number ("Kundeservice tlf. 70 20 30 40").
_LINE_TAILS: Final = frozenset(
    {"tlf", "tel", "telefon", "telephone", "phone", "tfn", "nr", "no", "nummer", "number", "sms"}
)


#: The memos of the slot readers below, by the text they read: plain dicts, which compiled code reads without a call
#: (an ``lru_cache`` is a Python call, ~0.4 k instructions, and a stream asks several per contact). Each answer is a
#: function of its key alone; a memo is emptied when it holds ``_MEMO_MAX`` answers. "" stands for None (no key is "").
_MEMO_MAX: Final = 65536
_LABEL_KINDS: Final[dict[str, str]] = {}
_LEFT_KEYS: Final[dict[str, str]] = {}
_RIGHT_KEYS: Final[dict[str, str]] = {}
_CONTACT_KEYS: Final[dict[str, bool]] = {}


def _memo(memo: dict[str, str], key: str, read: Callable[[str], str | None]) -> str | None:
    """``read(key)`` through ``memo``: one dict look-up when known (a call of ``read`` only when new)."""
    got = memo.get(key)
    if got is None:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        got = memo[key] = read(key) or ""
    return got or None


def label_kind(left: str, extra_id_labels: frozenset[str] = frozenset()) -> str | None:
    """``id-label`` or ``site-line`` when the normalised text before a number ends in such a label.

    Cached: a site prints the same few labels on every ad."""
    if extra_id_labels:  # an analyst's extra labels (a site definition's): rare, by both
        return _label_kind_extra(left, extra_id_labels)
    return _memo(_LABEL_KINDS, left, _label_kind)


@functools.lru_cache(maxsize=4096)
def _label_kind_extra(left: str, extra_id_labels: frozenset[str]) -> str | None:
    return _label_kind(left, extra_id_labels)


def _label_kind(left: str, extra_id_labels: frozenset[str] = frozenset()) -> str | None:
    words = normalise_label(left).split()
    if not words:
        return None
    if len(words) > 1 and words[-1] in _LINE_TAILS:
        shorter = " ".join(words[-1 - _longest_label() : -1])
        if _line_label_tail(shorter):
            return "site-line"
    for n in range(min(len(words), _longest_label()), 0, -1):
        tail = " ".join(words[-n:])
        if tail in _words("country_code_labels"):
            return None  # "(country code +45) 23 55 85 85": the number's code, not a reference code
        if tail in _words("id_labels") or tail in extra_id_labels:
            return "id-label"
        if tail in _words("site_line_labels"):
            return "site-line"
    return None


def _line_label_tail(text: str) -> bool:
    words = text.split()
    return any(
        " ".join(words[-n:]) in _words("site_line_labels") for n in range(1, min(len(words), _longest_label()) + 1)
    )


@functools.lru_cache(maxsize=65536)
def has_contact_cue(key: str) -> bool:
    return any(w in _words("contact_cues") for w in normalise_label(key).split())


# --- slots: what surrounds a number -------------------------------------------------------------------------

_SENTENCE_END: Final = re.compile(r"[.!?…]\s+(?=[^\W\d_])|[•·|]|\s[-–—]\s")


_TWO_LETTERS: Final = re.compile(r"[^\W\d_].*[^\W\d_]", re.S)


def _mask(s: str) -> str:
    """``" ".join(_DIGITS.sub("#", s.lower()).split())``: a slot's words lower-cased, each run of decimal digits one
    "#". A compiled pass over the characters (``\\d`` is ``str.isdecimal``): the regex call cost ~7 k instructions a
    label, and a stream masks every new label beside a contact (``tests/extract/test_rewrites_held_equal_30.py``)."""
    out: list[str] = []
    digit = False
    for c in s.lower():
        o = ord(c)
        if 48 <= o <= 57 or (o > 127 and c.isdecimal()):
            if not digit:
                out.append("#")
                digit = True
        else:
            out.append(c)
            digit = False
    return " ".join("".join(out).split())


def left_key(text: str, start: int) -> str | None:
    """The label before a number: its line (or sentence) up to the number, last three words, digits masked.
    None when there is no word before it."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    return _memo(_LEFT_KEYS, text[lo:start], _left_key_of)


def _left_key_of(seg: str) -> str | None:
    """``left_key`` of the text between its line start (at most 40 characters back) and the number (memoised by
    ``left_key``, as a site's labels recur on every ad)."""
    for m in _SENTENCE_END.finditer(seg):
        seg_cut = seg[m.end() :]
        if seg_cut.strip():
            seg = seg_cut
    words = _mask(seg).split()[-3:]
    key = " ".join(words)
    return key if _TWO_LETTERS.search(key) else None


def right_key(text: str, end: int) -> str | None:
    """The words after a number up to the end of its line (at most two), digits masked."""
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + 30)
    return _memo(_RIGHT_KEYS, text[end:hi], _right_key_of)


def _right_key_of(seg: str) -> str | None:
    words = _mask(seg).split()[:2]
    key = " ".join(words)
    return key if _TWO_LETTERS.search(key) else None


_ASCII_DIGITS: Final = re.compile(r"[0-9]+")


def digits_of(s: str) -> str:
    """The ASCII digits of ``s`` in order (``"".join(_ASCII_DIGITS.findall(s))``), by a compiled loop over its
    characters: a phone's raw text is a few characters, where the regex call costs more than the reading."""
    out: list[str] = []
    for c in s:
        if 48 <= ord(c) <= 57:
            out.append(c)
    return "".join(out)


# --- URLs ---------------------------------------------------------------------------------------------------


@dataclass(init=False, unsafe_hash=True, slots=True)
class UrlNumber:
    """A number in an id position of a URL: span in the URL text, digits, position key and strength."""

    start: int
    end: int
    digits: str
    slot: str
    strong: bool  # a whole segment or query value, or the number opening a slug ("68556572-slug")

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, start: int, end: int, digits: str, slot: str, strong: bool) -> None:
        self.start = start
        self.end = end
        self.digits = digits
        self.slot = slot
        self.strong = strong


def url_numbers(url: str) -> list[UrlNumber]:
    """Numbers that fill an id position of a URL (never a phone written with separators: "203-802-0160").

    Positions: a whole path segment (``/31356833``), a whole query value (``?id=99713582``), the number that
    opens the last segment's slug (``/68556572-slug``) or closes it (``/slug-4471993.html``, weak: a phone
    can close a slug too)."""
    if not url or len(url) > 4096 or not _has_decimal(url):
        return []
    end = len(url)
    for sep in ("#", "?"):
        k = url.find(sep)
        if 0 <= k < end:
            end = k
    scheme = url.find("//")
    path_at = url.find("/", scheme + 2 if 0 <= scheme < end else 0)
    out: list[UrlNumber] = []
    if 0 <= path_at < end:
        segs = url[path_at + 1 : end].split("/")
        pos = path_at + 1
        real = [s for s in segs if s]
        n_real = len(real)
        k_real = 0
        for seg in segs:
            if seg:
                k_real += 1
                from_end = n_real - k_real
                base = seg
                low = base.lower()
                for ext in _EXTENSIONS:
                    if low.endswith(ext):
                        base = base[: -len(ext)]
                        break
                else:
                    base = _file_stem(base)
                if base.isdigit():
                    out.append(UrlNumber(pos, pos + len(base), base, f"path-{from_end}", True))
                elif from_end == 0 or (from_end == 1 and real[-1].isdigit()):
                    k = _slug_open(base)
                    if k > 0:
                        out.append(UrlNumber(pos, pos + k, base[:k], f"path-{from_end}-open", True))
                    close = _slug_close(base)
                    if close is not None:
                        at, r, k = close
                        if base[at].isalpha() or k - r >= 5:
                            out.append(UrlNumber(pos + r, pos + k, base[r:k], f"path-{from_end}-close", False))
            pos += len(seg) + 1
    if out:
        beside_id = whole_segment(out)
        # beside a whole-segment id, a number opening or closing the slug is a word of the title (often the
        # person's phone), not a second id
        out = [u for u in out if not (beside_id and u.slot.endswith(("-open", "-close")))]
    q = url.find("?")
    if q >= 0:
        q_end = url.find("#", q)
        query = url[q + 1 : len(url) if q_end < 0 else q_end]
        pos = q + 1
        for pair in query.split("&"):
            name, eq, v = pair.partition("=")
            # a value named as a contact ("tlf=60706442", "phone=...") is the person's number, not an id
            if eq and not has_contact_cue(name) and (v.isdigit() or _joined_groups(v)):
                # a whole value, or digit groups joined by "-" or "_" (a re-post's source id "sid=63964-8438216":
                # the source's profile and ad numbers)
                at = pos + len(name) + 1
                out.append(UrlNumber(at, at + len(v), digits_of(v), f"query-{name.lower()[:20]}", True))
            pos += len(pair) + 1
    return [u for u in out if len(u.digits) >= 3 and u.digits.isascii() and not u.digits.startswith("0")]


def _ends_with_any(digits: str, nationals: Sequence[str]) -> bool:
    """Does a URL's number end in one of a phone's national parts of 7+ digits ("4792324652", "0762253356")?"""
    return any(len(n) >= 7 and digits.endswith(n) for n in nationals)


def _phone_long(values: Mapping[str, int]) -> bool:
    """Do most of a URL position's occurrences hold a number as long as a phone's national part (7+ digits)?"""
    total = sum(values.values())
    return sum(c for v, c in values.items() if len(v) >= 7) * 2 > total


def _across_path(url: str, start: int, end: int) -> bool:
    """Does ``url[start:end]`` cross a "/" of the URL's path (after its host, before its query)? A person's number
    in a link stands in one segment; digits from two segments are the path's ids and dates."""
    cut = url.find("/", start, end)
    if cut < 0:
        return False
    scheme = url.find("//")
    host_end = url.find("/", scheme + 2) if scheme >= 0 else 0
    if host_end < 0 or cut < host_end:
        return False
    for sep in "?#":
        k = url.find(sep, host_end)
        if 0 <= k <= cut:
            return False
    return True


def _joined_groups(v: str) -> bool:
    """Is ``v`` two or more ASCII digit groups joined by single "-" or "_" ("63964-8438216", "2026_0412")?"""
    if not v or not v.isascii() or v[0] in "-_" or v[-1] in "-_":
        return False
    parts = v.replace("_", "-").split("-")
    return len(parts) >= 2 and all(p.isdigit() for p in parts)


def _has_decimal(s: str) -> bool:
    """Does ``s`` hold a character that ``\\d`` matches (``re.search(r"\\d", s)``), by a compiled loop over the code
    points: a regex call per URL cost more than reading its few characters up to the first digit."""
    for c in s:
        o = ord(c)  # ``_decimal`` written out: a call per character of every URL cost ~0.06 % of a run
        if 48 <= o <= 57 or (o > 127 and c.isdecimal()):
            return True
    return False


def _decimal(c: str) -> bool:
    """Is ``c`` what ``\\d`` matches (``str.isdecimal``), ASCII read by code point?"""
    o = ord(c)
    return 48 <= o <= 57 or (o > 127 and c.isdecimal())


def _file_stem(seg: str) -> str:
    """A path segment without a file name's extension of 2-5 ASCII letters ("914653592603.ofx", "48213377.pdf",
    "1200934.json": a statement's, a document's or an API's record named by its id), else the segment as written: a
    number that is the whole name of a file is in an id position as much as a whole segment or "/<id>.html" is."""
    dot = seg.rfind(".")
    if dot <= 0 or not 2 <= len(seg) - dot - 1 <= 5:
        return seg
    ext = seg[dot + 1 :]
    return seg[:dot] if ext.isascii() and ext.isalpha() else seg


def _slug_open(base: str) -> int:
    """Where ``re.match(r"(\\d+)[-_][^\\W\\d_]", base)``'s group 1 ends (the digits opening the slug, a dash or "_" and
    a letter after them), or -1: the pattern read by a compiled loop. ``\\d+`` takes the whole digit run (no "-" or "_"
    is a digit, so a shorter run never matches), and ``[^\\W\\d_]`` is a character ``str.isalnum`` that is neither a
    digit (``str.isdecimal``) nor "_" (what ``_sre`` reads)."""
    n = len(base)
    i = 0
    while i < n and _decimal(base[i]):
        i += 1
    if i == 0 or i + 1 >= n or (base[i] != "-" and base[i] != "_"):
        return -1
    c = base[i + 1]
    return i if c.isalnum() and not _decimal(c) else -1


def _slug_close(base: str) -> tuple[int, int, int] | None:
    """``re.search(r"(?:[^\\W\\d_]|(?<!\\d)\\d{5,})[-_](\\d+)$", base)`` as (its start, the start and end of group 1),
    or None: the pattern read by a compiled loop. Group 1 runs to ``$`` (the end, or before a final line break), so it
    is the final digit run, after a "-" or "_"; before that a letter, or a run of five or more digits (the whole run:
    ``(?<!\\d)``). One match at most can end there, so the leftmost is that one."""
    k = len(base) - 1 if base.endswith("\n") else len(base)
    r = k
    while r > 0 and _decimal(base[r - 1]):
        r -= 1
    if r == k or r < 2 or (base[r - 1] != "-" and base[r - 1] != "_"):
        return None
    c = base[r - 2]
    if not _decimal(c):
        return (r - 2, r, k) if c.isalnum() else None
    p = r - 2
    while p > 0 and _decimal(base[p - 1]):
        p -= 1
    return (p, r, k) if r - 1 - p >= 5 else None


def whole_segment(nums: Sequence[UrlNumber]) -> bool:
    return any(u.strong and not u.slot.endswith(("-open", "-close")) for u in nums)


# --- per-site learning ---------------------------------------------------------------------------------------


# The counts are plain dicts, not ``Counter``s: compiled code reads and updates a dict through mypyc's
# primitives, a ``Counter`` (a dict subclass) through Python method calls (issue 14).


@dataclass(slots=True)
class _Slot:
    ads: int = 0
    values: dict[str, int] = field(default_factory=dict)
    contact: int = 0  # occurrences whose other side is a contact label ("Ring 412 34 567. Support: ...")


@dataclass(slots=True)
class SiteStats:
    """What one site's ads say about its template; add ads with ``add``, learn with ``model``. Mergeable
    counts, so a stream can keep learning as ads arrive."""

    site: str
    ads: int = 0
    slots: dict[str, _Slot] = field(default_factory=dict)
    url_slots: dict[str, _Slot] = field(default_factory=dict)
    value_ads: dict[str, int] = field(default_factory=dict)
    value_slots: dict[str, dict[str, int]] = field(default_factory=dict)
    value_contact: dict[str, int] = field(default_factory=dict)  # occurrences next to a contact label
    # other contacts seen in the same ads as a value (up to MAX_PARTNERS of them: session 42's office lines)
    value_partners: dict[str, set[str]] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    # national numbers by the country code the site's ads write them with ("+45 31 79 29 50") and the one a
    # reading without a code gave them ("31 79 29 50" read as Norwegian); "" where ads disagree
    written_cc: dict[str, str] = field(default_factory=dict)
    read_cc: dict[str, str] = field(default_factory=dict)
    # the site's ad count when a value was first and last counted: how many ads it had the chance to be on since
    # it appeared (a redesign's new line); ``newest_first`` when ads are added newest first (the store's sample)
    value_first: dict[str, int] = field(default_factory=dict)
    value_last: dict[str, int] = field(default_factory=dict)
    newest_first: bool = False
    # the hosts of the site's ad URLs ("nattsommerfugl.no", a redesign's "nordic-angels.eu"), by their ads: an
    # address at one of them is this site's wherever another site's copy of an ad carries it
    hosts: dict[str, int] = field(default_factory=dict)
    # session 40: the writers (distinct local parts that are no site mailbox, by ``writer_id``, at most
    # MIN_PROVIDER_WRITERS) at each registrable host of the addresses the site's ads write: a host of many is a
    # provider (``share_lines``). In memory only: a stored model keeps the providers, not the writers (session 41)
    mail_writers: dict[str, set[str]] = field(default_factory=dict)
    # session 40: the addresses the site's ads write in full, as ``implied.MailBook`` counts them
    # (``implied.note_site``: the domains by name, and by a digest of local part and name the domains a provider's
    # were written with), kept in the site's model so that a store's run completes an implied domain from
    # what its sites wrote
    mail_domains: dict[str, set[str]] = field(default_factory=dict)
    mail_addresses: dict[str, set[str]] = field(default_factory=dict)
    # per slot, how many of its ads hold a compact date there, and the earliest and latest day named (YYYYMMDD)
    slot_dates: dict[str, int] = field(default_factory=dict)
    date_lo: dict[str, int] = field(default_factory=dict)
    date_hi: dict[str, int] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)
    # the last model and the ``ads`` it was learned at: a stream's window judges every site with every site's model,
    # and a site without new ads in the window has the same model as before
    _model: SiteFurniture | None = None
    _model_at: int = -1

    def add(
        self, ad_key: str, ex: Extraction, fields: Mapping[str, str], url_nums: Sequence[UrlNumber] | None = None
    ) -> None:
        """Count one ad (by its site-local key: versions of one ad count once) and its contact matches.
        ``url_nums``: ``url_numbers`` of its URL when the caller has them (a stream judges the ad with them too)."""
        if ad_key in self._seen:
            return
        if len(self._seen) < 1_000_000:
            self._seen.add(ad_key)
        self.ads += 1
        ad_slots: dict[str, tuple[str, bool]] = {}
        ad_days: dict[str, int] = {}
        ad_values: set[str] = set()
        said: list[Match] = []  # the phones the text writes as a contact (``MIN_URL_PHONE_ADS``)
        for m in ex.matches:
            if m.kind not in ("phone", "email") and m.detail.get("read_as") not in ("phone", "email"):
                continue
            text = fields.get(m.field, "")
            if m.field == "url":
                continue
            value = m.detail.get("site_reading") or m.value  # a line read in the ad's place counts as the site's
            ad_values.add(value)
            if m.kind == "phone":
                self._count_country(m)
            keys = _keys(text, m.start, m.end)
            contact = written_as_contact(keys, m.detail.get("column"))
            if contact:
                self.value_contact[value] = self.value_contact.get(value, 0) + 1
            if m.kind == "phone" and (contact or _with_code(m.raw)):
                said.append(m)
            # a date slot's value is a compact date of 6 or 8 ASCII digits (``day_of`` checks them) read as a phone
            n_raw = len(m.raw)
            day = 0
            if (n_raw == 8 or n_raw == 6) and (m.kind == "phone" or m.detail.get("read_as") == "phone"):
                day = dates.day_of(m.raw)
            for key in keys:
                if key not in ad_slots:
                    ad_slots[key] = (value, contact)
                    if day:
                        ad_days[key] = day
                vs = self.value_slots.get(value)
                if vs is None:
                    if len(self.value_slots) >= MAX_KEYS:
                        continue
                    vs = self.value_slots[value] = {}
                vs[key] = vs.get(key, 0) + 1
                ex_list = self.examples.setdefault(key, []) if len(self.examples) < MAX_KEYS else []
                if len(ex_list) < 3:
                    ex_list.append(_example(text, m.start, m.end))
        for key, (value, contact) in ad_slots.items():
            _count(self.slots, key, value, contact)
        for key, day in ad_days.items():
            if key in self.slot_dates or len(self.slot_dates) < MAX_KEYS:
                self.slot_dates[key] = self.slot_dates.get(key, 0) + 1
                self.date_lo[key] = min(day, self.date_lo.get(key, day))
                self.date_hi[key] = max(day, self.date_hi.get(key, day))
        mail = False
        for value in ad_values:
            if "@" in value:
                mail = True
                if value not in self.value_ads:
                    _note_writer(self.mail_writers, value)
            self.value_ads[value] = self.value_ads.get(value, 0) + 1
            _note_sight(self, value)
            if len(ad_values) > 1:
                partners = self.value_partners.get(value)
                if partners is None:
                    if len(self.value_partners) >= MAX_KEYS:
                        continue
                    partners = self.value_partners[value] = set()
                for other in ad_values:
                    if len(partners) >= MAX_PARTNERS:
                        break
                    if other != value:
                        partners.add(other)
        if mail and len(self.mail_domains) < MAX_KEYS:
            implied.note_site(ex, self.mail_domains, self.mail_addresses)
        url = fields.get("url", "")
        nums = url_numbers(url) if url_nums is None else url_nums
        if nums:
            # a URL number the text writes as her contact: counted as the slot's "contact" (``MIN_URL_PHONE_ADS``)
            nationals = [national_part(m.value) for m in said]
            key_number = _key_number(ad_key) if said else None
            for u in nums:
                hers = bool(nationals) and u.digits != key_number and _ends_with_any(u.digits, nationals)
                _count(self.url_slots, u.slot, u.digits, hers)
        host = registrable(site_domain(url, None)) if url else None
        if host is not None and (host in self.hosts or len(self.hosts) < MAX_HOSTS):
            self.hosts[host] = self.hosts.get(host, 0) + 1

    def _count_country(self, m: Match) -> None:
        """Which country a phone was read in, by a code written before it or by the ad's hints alone."""
        how = _country_evidence(m)
        if how is None:
            return
        nsn = national_part(m.value)
        cc = m.value[1 : len(m.value) - len(nsn)]
        table = self.written_cc if how == "written" else self.read_cc
        known = table.get(nsn)
        if known is None:
            if len(table) < MAX_KEYS:
                table[nsn] = cc
        elif known != cc:
            table[nsn] = ""

    def current_model(self, others: Sequence[SiteStats] = ()) -> SiteFurniture:
        """``model(others)``, learned again only when ads were counted since it was last learned."""
        if self._model is None or self._model_at != self.ads:
            self._model = self.model(others)
            self._model_at = self.ads
        return self._model

    def model(self, others: Sequence[SiteStats] = ()) -> SiteFurniture:
        """What the counts so far say is furniture on this site. ``others``: the other sites' statistics, whose
        numbers tell a contact slot from an id slot whatever the words of its label (``_recurring``)."""
        n = max(self.ads, 1)
        need = max(MIN_SLOT_ADS, MIN_SLOT_SHARE * n)
        id_slots: dict[str, int] = {}
        for key, s in self.slots.items():
            occurrences = sum(s.values.values())
            if (
                s.ads >= need
                and len(s.values) >= MIN_ID_DISTINCT * occurrences
                and not _contact_key(key)
                and s.contact <= MAX_CONTACT_SHARE * s.ads
                and not _recurring(self, s, others)
            ):
                id_slots[key] = s.ads
        date_slots: dict[str, int] = {}
        for key, count in self.slot_dates.items():
            held = self.slots.get(key)
            if (
                held is not None
                and held.ads >= need
                and count >= MIN_DATE_SHARE * held.ads
                and self.date_hi[key] - self.date_lo[key] <= MAX_DATE_SPAN
                and not _contact_key(key)
                and held.contact <= MAX_CONTACT_SHARE * held.ads
            ):
                date_slots[key] = held.ads
        lines: dict[str, int] = {}
        fresh: dict[str, int] = {}
        for value, count in self.value_ads.items():
            if count < MIN_SLOT_ADS:
                continue
            share = count / n
            top = _top_slot(self.value_slots.get(value, {}), count)
            # beside many advertisers' contacts, a contact label ("Ring oss på") is the site's own invitation
            shared = len(self.value_partners.get(value, ())) >= MIN_LINE_PARTNERS
            # one slot that is no contact route holds most of its ads
            slot = top is not None and top[1] >= 0.7 * count and not _contact_key(top[0])
            labelled = self.value_contact.get(value, 0) > MAX_CONTACT_SHARE * count
            # beside that many contacts it is the site's own in whichever slots its template variants print it
            # ("Kundeservice …" in one footer, "Spørsmål? Ring …" in another); alone, one slot must hold it, and
            # "Ring 070 324 88 92. Support: ..." on a third of a small site's ads is a controller, not the site
            usual = share >= MIN_LINE_SHARE and (shared or (slot and not labelled))
            # beside that many contacts, in one slot that is no contact route, and never labelled as one: the site's
            # line even when only some of its footer variants print it ("Questions: …" on a tenth of its ads); a
            # landline or service number beside that many contacts is the site's whatever its label ("Kontakt
            # oss: 22 50 41 31"): persons and controllers advertise mobiles
            quiet = shared and share >= MIN_SLOT_SHARE and ((slot and not labelled) or _not_mobile(value))
            if usual or quiet:
                lines[value] = count
            elif shared and _fresh_line(self, value, count):
                lines[value] = count
                fresh[value] = ads_since(self, value)
        if len(self.value_partners) > 0:
            lines.update(office_lines(self, lines, (*id_slots, *date_slots)))
        url_ids: dict[str, int] = {}
        url_phones: list[str] = []
        for key, s in self.url_slots.items():
            occurrences = sum(s.values.values())
            if s.contact >= MIN_URL_PHONE_ADS and s.contact >= MIN_URL_PHONE_SHARE * s.ads:
                url_phones.append(key)  # the ads' text writes its numbers as her contact (session 42)
                continue
            if s.ads < max(MIN_SLOT_ADS, MIN_URL_SHARE * n):
                continue
            if len(s.values) >= MIN_ID_DISTINCT * occurrences:
                url_ids[key] = s.ads
            elif len(s.values) < 0.5 * occurrences and _phone_long(s.values):
                # values of a phone's length recur across ads: a person's number, not an id; short ones that recur
                # are a year, a week, a page or a section ("/2026/10/side-19.pdf")
                url_phones.append(key)
        # values of the id slots seen in more than one ad: a person's number in a busy slot, never an id
        repeated = frozenset(v for k in id_slots for v in self.slots[k].values if self.value_ads.get(v, 0) > 1)
        # URL positions keep no examples; an example showing such a person's number is not kept (session 41)
        examples = {k: [e for e in self.examples.get(k, []) if not _shows(e, repeated)][:3] for k in id_slots}
        # a number some of the site's ads write with one country's code and others without, read there as another
        # country's: the code its writers gave it (a controller's "(+45) 31 79 29 50" on an ad placed in Oslo)
        countries = {nsn: cc for nsn, cc in self.written_cc.items() if cc and self.read_cc.get(nsn, cc) != cc}
        return SiteFurniture(
            site=self.site,
            ads=self.ads,
            id_slots=frozenset(id_slots),
            lines=frozenset(lines),
            url_id_slots=frozenset(url_ids),
            url_phone_slots=frozenset(url_phones),
            counts={**id_slots, **lines, **url_ids},
            examples=examples,
            repeated=repeated,
            countries=countries,
            fresh=fresh,
            hosts=_site_hosts(self),
            date_slots=frozenset(date_slots),
            mail_writers={h: tuple(sorted(w)) for h, w in self.mail_writers.items()},
            mail_domains={k: tuple(sorted(v)) for k, v in self.mail_domains.items()},
            mail_addresses={k: tuple(sorted(v)) for k, v in self.mail_addresses.items()},
        )


def office_lines(st: SiteStats, lines: Mapping[str, int], furniture_slots: Sequence[str]) -> dict[str, int]:
    """The site's office lines (MIN_OFFICE_PARTNERS) that ``lines`` (the lines learned by share) lack: numbers and
    addresses beside that many of the writers' contacts, in the site's template (``_template_slots``, or a number that
    is no mobile: an office's) and never behind a contact label. The writers' contacts beside a value are those on fewer
    ads than it, that are no line and no value of a learned id or date slot (``furniture_slots``): a person's ads also
    hold the site's lines and its receipts' and counters' numbers, which would make her "beside" hundreds."""
    out: dict[str, int] = {}
    noise: set[str] | None = None
    writers = 0
    for value, partners in st.value_partners.items():
        if len(partners) < MIN_OFFICE_PARTNERS or value in lines:
            continue
        if "@" in value and not _mailbox(value.rpartition("@")[0]):
            continue  # an office's address is a mailbox ("support@", "kundtjänst@"); "booking@…" is an agency's
        count = st.value_ads.get(value, 0)
        if st.value_contact.get(value, 0) > MAX_CONTACT_SHARE * count:
            continue  # labelled as a contact route ("Booking: …", "Ring …"): a controller's line
        if not (_template_slots(st.value_slots.get(value, {}), count) or _not_mobile(value)):
            continue
        if noise is None:
            noise = set(lines)
            for key in furniture_slots:
                held = st.slots.get(key)
                if held is not None:
                    noise.update(held.values)
            writers = sum(1 for v in st.value_ads if v not in noise)
        beside = office_partners(st, value, count, noise)
        if beside >= MIN_OFFICE_PARTNERS and beside >= MIN_OFFICE_WRITERS * writers:
            out[value] = count
    return out


def office_partners(st: SiteStats, value: str, count: int, noise: set[str]) -> int:
    """How many of the writers' contacts sit beside ``value`` (``office_lines``)."""
    n = 0
    for other in st.value_partners.get(value, ()):
        if other not in noise and st.value_ads.get(other, 0) < count:
            n += 1
    return n


def _template_slots(slots: Mapping[str, int], count: int) -> bool:
    """Do slots of the site's template hold most (0.7) of a value's occurrences: slots that are no contact route, each
    holding it on at least MIN_SLOT_ADS ads? One slot, or one per template variant ("Kundtjänst: …" in a chat's last
    turn, "Support: …" in its JSON export): a redesign moves a line, its label stays the site's."""
    left = {k: n for k, n in slots.items() if k.startswith("L:")} or dict(slots)
    held = 0
    for key, n in left.items():
        if n >= MIN_SLOT_ADS and not _contact_key(key):
            held += n
    return held >= 0.7 * count


def _shows(example: str, values: frozenset[str]) -> bool:
    """Does an example show one of ``values`` (their last 7 digits among its digits, or an address in it)?"""
    if not values:
        return False
    digits = digits_of(example)
    return any(v in example if "@" in v else len(v) >= 7 and digits_of(v)[-7:] in digits for v in values)


def _note_writer(writers: dict[str, set[str]], address: str) -> None:
    """Note an address's local part as a writer at its host, unless it is a site's mailbox ("support", "post")."""
    local, _at, domain = address.rpartition("@")
    host = registrable(domain)
    if not local or host is None or _mailbox(local):
        return
    found = writers.get(host)
    if found is None:
        if len(writers) >= MAX_KEYS:
            return
        found = writers[host] = set()
    if len(found) < MIN_PROVIDER_WRITERS:
        found.add(writer_id(local))


def writer_id(local: str) -> str:
    """A local part as a writer (its lower case): held in memory to tell writers apart across sites; a stored model
    keeps only the hosts they made providers (``SiteFurniture.to_json``), no digest of a local part (session 41: a
    short local part's CRC-32, stored before, was reversed by trying every one)."""
    return local.lower()


def _recurring(st: SiteStats, slot: _Slot, others: Sequence[SiteStats]) -> bool:
    """Do more than MAX_ID_RECURRING of a slot's distinct numbers recur on another ad, of this site or another
    one? Then the slot holds persons' numbers, not ids, whatever its label says: the words of a label are the
    site's own ("Nå meg:", "Hvem ringte?"), the recurrence of its numbers is not. Asked only of a slot that passed
    every other id test; stops as soon as the share is reached."""
    limit = MAX_ID_RECURRING * len(slot.values)
    seen = 0
    for value in slot.values:
        if st.value_ads.get(value, 0) > 1:
            seen += 1
        else:
            for other in others:
                if other is not st and value in other.value_ads:
                    seen += 1
                    break
        if seen > limit:
            return True
    return False


def _site_hosts(st: SiteStats) -> frozenset[str]:
    """The hosts the site serves its ads from (on at least two of its ads, or a tenth of them: one odd URL is no
    domain of the site), and its name when that is a domain; never a free-mail provider's."""
    need = min(2, max(1, st.ads))
    out = {h for h, n in st.hosts.items() if n >= need or n >= MIN_SLOT_SHARE * st.ads}
    own = registrable(site_domain(None, st.site))
    if own is not None:
        out.add(own)
    return frozenset(h for h in out if not _free_mail(h))


def new_template_line(model: SiteFurniture, new: Sequence[tuple[str, str]], old: Sequence[tuple[str, str]]) -> bool:
    """Do most of a site's new ads (``new``: (ad key, body) of the versions to extract) print a line with a number
    that its older ads (``old``: the versions before them) do not, and whose number is none of the model's lines?
    A redesign's footer ("Kontakt os: 45891330"): the site is learned again before its new ads are read."""
    counts = _digit_lines(new)
    if not counts:
        return False
    n_new = len({k for k, _b in new})
    before = _digit_lines(old)
    n_old = len({k for k, _b in old})
    known = [national_part(v) for v in model.lines if v.startswith("+")]
    for line, c in counts.items():
        if c < MIN_SLOT_ADS or c < MIN_FRESH_SHARE * n_new or before.get(line, 0) > MIN_SLOT_SHARE * n_old:
            continue
        digits = digits_of(line)
        if not any(k and k in digits for k in known):
            return True
    return False


def _digit_lines(items: Sequence[tuple[str, str]]) -> dict[str, int]:
    """The lines holding six or more digits, each with the number of distinct ads (by key) that print it."""
    seen: set[tuple[str, str]] = set()
    out: dict[str, int] = {}
    for key, body in items:
        for raw in body.split("\n"):
            line = " ".join(raw.split())
            if len(line) > 200 or len(digits_of(line)) < 6 or (key, line) in seen:
                continue
            seen.add((key, line))
            out[line] = out.get(line, 0) + 1
    return out


def _note_sight(st: SiteStats, value: str) -> None:
    """Note that ``value`` is on the site's latest counted ad (its ``ads``-th)."""
    if value not in st.value_first:
        if len(st.value_first) >= MAX_KEYS:
            return
        st.value_first[value] = st.ads
    st.value_last[value] = st.ads


def ads_since(st: SiteStats, value: str) -> int:
    """How many of the site's counted ads came since ``value`` first appeared (all of them for one never seen):
    from its first sight to the newest ad, whichever order the ads were added in."""
    if st.newest_first:
        return st.value_last.get(value, st.ads)
    first = st.value_first.get(value)
    return st.ads if first is None else st.ads - first + 1


def _fresh_line(st: SiteStats, value: str, count: int) -> bool:
    """Is ``value`` a line the site began to print (a redesign): on at least MIN_LINE_PARTNERS ads, a tenth of all
    (MIN_SLOT_SHARE), and most (MIN_FRESH_SHARE) of the ads since it first appeared, though not yet on MIN_LINE_SHARE
    of all of them? An agency that began to post lately is on a few of the newest ads, not on a tenth of the site's."""
    return (
        count >= MIN_LINE_PARTNERS
        and count >= MIN_SLOT_SHARE * st.ads
        and count >= MIN_FRESH_SHARE * ads_since(st, value)
    )


@functools.lru_cache(maxsize=4096)
def _not_mobile(value: str) -> bool:
    """Is ``value`` a phone number that is no mobile: a landline, a service or shared-cost number (an office's
    line)? E-mail addresses and numbers that may be mobiles are not."""
    if not value.startswith("+"):
        return False
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(value))
    except phonenumbers.NumberParseException:
        return False
    return kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.UNKNOWN,
    )


def _top_slot(slots: dict[str, int], count: int) -> tuple[str, int] | None:
    """The slot holding most of a value's occurrences (``most_common``), its handles read as one: a channel archive
    prints its admin's line after each channel's own admin handle ("Admin: @oslo_admin | +44 …", "Admin: @gbg_admin |
    +44 …"), one slot of the template under as many keys as it has channels (session 31)."""
    top = most_common(slots)
    if top is None or top[1] >= 0.7 * count or not any("@" in k for k in slots):
        return top
    merged: dict[str, int] = {}
    for key, n in slots.items():
        family = " ".join("@" if w.startswith("@") else w for w in key.split(" "))
        merged[family] = merged.get(family, 0) + n
    return most_common(merged)


def most_common(counts: dict[str, int]) -> tuple[str, int] | None:
    """The key with the highest count and its count, the first in insertion order among equals (what
    ``Counter(counts).most_common(1)`` gives); None for no counts."""
    best: tuple[str, int] | None = None
    for key, n in counts.items():
        if best is None or n > best[1]:
            best = (key, n)
    return best


def _contact_key(key: str) -> bool:
    """A slot labelled as a contact route ("tlf", "ring meg") unless it also carries an id label."""
    known = _CONTACT_KEYS.get(key)
    if known is not None:
        return known
    if len(_CONTACT_KEYS) >= _MEMO_MAX:
        _CONTACT_KEYS.clear()
    body = key[2:]
    answer = _CONTACT_KEYS[key] = (has_contact_cue(body) or _mail_label(body)) and label_kind(body) is None
    return answer


def _mail_label(body: str) -> bool:
    """Does a slot's label name e-mail ("E-mail:", "E-post", "Mejl", "mailadresse")? An address behind it is the
    person's route as a number behind "Tlf" is: a woman's address on many of a small site's ads, beside its other
    ads' numbers, is no site line (session 39: one woman's address learned as a site's, and its free-mail domain
    with it as that site's domain, dropped every address at it on every site)."""
    cues = _email_cues()
    return any(w.startswith(c) for w in _LABEL_WORD.findall(body.lower()) for c in cues)


_LABEL_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@functools.cache
def _email_cues() -> tuple[str, ...]:
    return tuple(c.lower() for c in contact_lexicon().email_cues)


def written_as_contact(keys: Sequence[str], column: str | None = None, raw: str | None = None) -> bool:
    """Was a number written as a person's contact, so that no site's id, counter or date may read it? By its slot's
    label (``keys``: the label before it, or with none the words after it: "Tlf:", "Ring meg", a URL query's "tel="),
    by the table column it stands in (``column`` "phone": a sheet of persons' numbers, session 39), or, when ``raw`` is
    given, by a country code written before it ("+380 63 704 9919", "(+45) …", session 39). A site's template prints
    its ids, counters and dates bare, under labels of its own, never in a phone column or with a country code: a number
    so written is the person's whatever its digits spell and whatever the site's other ads hold in that slot. One
    answer for the id-slot judge, the date readers (a printed date, a URL query's date) and what a site's statistics
    count as contact slots (without ``raw``: a slot's learned contact share counts labels and columns, as it always
    has). Cheap tests first: it runs per candidate."""
    if column == "phone":
        return True
    if raw is not None and _with_code(raw):
        return True
    return _beside_contact(keys)


def _beside_contact(keys: Sequence[str]) -> bool:
    """Is a number labelled as a contact route? By the label before it, or, with none, the words after it
    ("Support: +47 21 00 99 00 (SMS/WhatsApp)" is the site's line; "Ring 412 34 567. Support: ..." is not)."""
    left = [k for k in keys if k.startswith("L:")]
    return any(_contact_key(k) for k in (left or keys))


def _keys(text: str, start: int, end: int) -> list[str]:
    """The slot keys of the number at ``text[start:end]``: its left and right labels, or its line's place.
    A list, not a generator: mypyc builds a generator object per call (twice per contact in a stream)."""
    out: list[str] = []
    lk = left_key(text, start)
    if lk:
        out.append("L:" + lk)
    rk = right_key(text, end)
    if rk:
        out.append("R:" + rk)
    if not lk and not rk:
        # a number with no words around it on the first or last line (a header or footer): its place is its
        # slot; in the middle of an ad a number alone on its line is how persons write theirs
        if not text[: max(0, text.rfind("\n", 0, start))].strip():
            out.append("A:first line")
        elif not text[text.find("\n", end) if "\n" in text[end:] else len(text) :].strip():
            out.append("A:last line")
    return out


def _count(table: dict[str, _Slot], key: str, value: str, contact: bool = False) -> None:
    s = table.get(key)
    if s is None:
        if len(table) >= MAX_KEYS:
            return
        s = table[key] = _Slot()
    s.ads += 1
    s.contact += contact
    if len(s.values) < MAX_VALUES_PER_KEY or value in s.values:
        s.values[value] = s.values.get(value, 0) + 1


def _example(text: str, start: int, end: int) -> str:
    """The words around a slot's number, as ``kartlegg sites show`` prints them: every other digit as "#" and every
    word with an "@" as "[e-mail]", so that an example of a site's id line never shows the number or address beside it
    ("Annonse-ID: 48213 · Ring ### ## ###", session 41)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 30)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + 20)
    return " ".join(
        _masked(w) for w in (_digits_masked(text[lo:start]) + text[start:end] + _digits_masked(text[end:hi])).split()
    )


def _digits_masked(s: str) -> str:
    return "".join("#" if c.isdigit() else c for c in s)


def _masked(word: str) -> str:
    return "[e-mail]" if "@" in word else word


@dataclass(frozen=True, slots=True)
class SiteFurniture:
    """A site's learned furniture (plus the analyst's corrections from the site definition)."""

    site: str
    ads: int = 0
    id_slots: frozenset[str] = frozenset()  # "L:annonse id:" / "R:· publisert #.#.#"
    lines: frozenset[str] = frozenset()  # phones and e-mails that are the site's own
    url_id_slots: frozenset[str] = frozenset()
    url_phone_slots: frozenset[str] = frozenset()
    counts: Mapping[str, int] = field(default_factory=dict)
    examples: Mapping[str, list[str]] = field(default_factory=dict)
    repeated: frozenset[str] = frozenset()  # values seen in more than one ad (never an ad's own id)
    extra_id_labels: frozenset[str] = frozenset()
    not_furniture: frozenset[str] = frozenset()  # values the analyst says are contacts after all
    countries: Mapping[str, str] = field(default_factory=dict)  # national number -> the code its ads write
    # lines learned as new in the template (a redesign): value -> the ads since it first appeared
    fresh: Mapping[str, int] = field(default_factory=dict)
    hosts: frozenset[str] = frozenset()  # the site's own domains (registrable part), learned from its ad URLs
    # session 30: what every site learned, shared (``share_lines``): each site's lines and domains -> that site.
    # One mapping for all sites' models, not stored: an aggregator's or forum's copy of another site's ad carries
    # that site's footer, and its line is that site's here too
    carried: Mapping[str, str] = field(default_factory=dict)
    carried_hosts: Mapping[str, str] = field(default_factory=dict)
    # session 38: slots whose numbers are the page's dates ("L:rosenatt.no [" of "… | rosenatt.no [20260411]")
    date_slots: frozenset[str] = frozenset()
    # session 40: the writers at each host of the site's addresses (``SiteStats.mail_writers``) and the addresses
    # its ads write in full, by domain name and by local part (``implied``)
    # (in memory only, while learned: ``to_json`` stores none of them in clear, session 41)
    mail_writers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    mail_domains: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    mail_addresses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # session 41: what the stored model keeps of them: the hosts its writers made mail providers (many writers, no
    # one's), and the written domains and addresses under keyed digests (``implied.stored_tables``)
    mail_providers: frozenset[str] = frozenset()
    keyed_domains: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    keyed_addresses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # session 40: every site's written addresses together (``share_lines``), not stored: an implied domain is
    # completed from them in a store's run as a stream completes it from its own ``MailBook``
    book: implied.MailBook | None = field(default=None, compare=False, repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled by its fields (models go to extraction workers): the compiled frozen class cannot be
        restored by setting attributes one by one."""
        return (
            SiteFurniture,
            (
                self.site,
                self.ads,
                self.id_slots,
                self.lines,
                self.url_id_slots,
                self.url_phone_slots,
                dict(self.counts),
                {k: list(v) for k, v in self.examples.items()},
                self.repeated,
                self.extra_id_labels,
                self.not_furniture,
                dict(self.countries),
                dict(self.fresh),
                self.hosts,
                dict(self.carried),
                dict(self.carried_hosts),
                self.date_slots,
                dict(self.mail_writers),
                dict(self.mail_domains),
                dict(self.mail_addresses),
                self.mail_providers,
                dict(self.keyed_domains),
                dict(self.keyed_addresses),
                self.book,
            ),
        )

    def to_json(self, key: bytes | None = None) -> dict[str, Any]:
        """The stored model: what is about the site or many writers, no person's contact in clear and no unkeyed
        digest of one (session 41): the providers (hosts of MIN_PROVIDER_WRITERS writers or more), and what the ads
        wrote in full under digests keyed with ``key`` (the store's; without it, not stored)."""
        keyed_domains = {k: list(v) for k, v in self.keyed_domains.items()}
        keyed_addresses = {k: list(v) for k, v in self.keyed_addresses.items()}
        if key is not None and (self.mail_domains or self.mail_addresses):
            more_domains, more_addresses = implied.stored_tables(key, self.mail_domains, self.mail_addresses)
            for k, v in more_domains.items():
                keyed_domains[k] = sorted(set(keyed_domains.get(k, ())) | set(v))
            for k, v in more_addresses.items():
                keyed_addresses[k] = sorted(set(keyed_addresses.get(k, ())) | set(v))
        providers = self.mail_providers | _site_providers(self.mail_writers)
        return {
            "site": self.site,
            "ads": self.ads,
            "id_slots": sorted(self.id_slots),
            "lines": sorted(self.lines),
            "url_id_slots": sorted(self.url_id_slots),
            "url_phone_slots": sorted(self.url_phone_slots),
            "counts": dict(self.counts),
            "repeated": sorted(self.repeated),
            "examples": {k: list(v) for k, v in self.examples.items()},
            "countries": dict(self.countries),
            **({"fresh": dict(self.fresh)} if self.fresh else {}),
            **({"hosts": sorted(self.hosts)} if self.hosts else {}),
            **({"date_slots": sorted(self.date_slots)} if self.date_slots else {}),
            **({"mail_providers": sorted(providers)} if providers else {}),
            **(
                {"mail_keyed": {"domains": keyed_domains, "addresses": keyed_addresses}}
                if keyed_domains or keyed_addresses
                else {}
            ),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SiteFurniture:
        return cls(
            site=str(data.get("site", "")),
            ads=int(data.get("ads", 0)),
            id_slots=frozenset(data.get("id_slots", ())),
            lines=frozenset(data.get("lines", ())),
            url_id_slots=frozenset(data.get("url_id_slots", ())),
            url_phone_slots=frozenset(data.get("url_phone_slots", ())),
            counts=dict(data.get("counts", {})),
            repeated=frozenset(data.get("repeated", ())),
            examples={k: list(v) for k, v in dict(data.get("examples", {})).items()},
            countries={str(k): str(v) for k, v in dict(data.get("countries", {})).items()},
            fresh={str(k): int(v) for k, v in dict(data.get("fresh", {})).items()},
            hosts=frozenset(str(h) for h in data.get("hosts", ())),
            date_slots=frozenset(str(k) for k in data.get("date_slots", ())),
            # a model stored before session 41 kept writers, domains and addresses in clear or by unkeyed digests:
            # not read (the site's next learning stores it again without them)
            mail_providers=frozenset(str(h) for h in data.get("mail_providers", ())),
            keyed_domains=_keyed_table(data, "domains"),
            keyed_addresses=_keyed_table(data, "addresses"),
        )

    def corrected(self, overrides: Mapping[str, Any] | None) -> SiteFurniture:
        """Apply the analyst's corrections (``furniture:`` in the site definition): extra id labels, lines
        that are the site's own, values that are contacts after all, slots that are not ids."""
        if not overrides:
            return self
        not_slots = {str(s) for s in overrides.get("not_id_slots", ())}
        return replace(
            self,
            id_slots=frozenset(s for s in self.id_slots if s not in not_slots),
            date_slots=frozenset(s for s in self.date_slots if s not in not_slots),
            lines=(self.lines | {str(v) for v in overrides.get("site_lines", ())})
            - {str(v) for v in overrides.get("contacts", ())},
            extra_id_labels=frozenset(normalise_label(str(w)) for w in overrides.get("id_labels", ())),
            not_furniture=frozenset(str(v) for v in overrides.get("contacts", ())),
        )


def _keyed_table(data: Mapping[str, Any], name: str) -> dict[str, tuple[str, ...]]:
    keyed = data.get("mail_keyed")
    table = keyed.get(name) if isinstance(keyed, dict) else None
    return {str(k): tuple(str(x) for x in v) for k, v in dict(table or {}).items()}


def _site_providers(writers: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The hosts at which one site's ads alone write MIN_PROVIDER_WRITERS writers or more."""
    return frozenset(h for h, ids in writers.items() if len(ids) >= MIN_PROVIDER_WRITERS)


# --- judging one ad ------------------------------------------------------------------------------------------


def site_domain(url: str | None, site: str | None) -> str | None:
    """The site's host without "www.", from the ad's URL, else from a site name that is a domain."""
    domains = site_domains(url, site)
    return domains[0] if domains else None


def site_domains(url: str | None, site: str | None) -> tuple[str, ...]:
    """The site's hosts without "www.": the ad's URL's and a site name's that is a domain. Both, because a
    site that moved serves its ads on one domain while its footer names the other ("support@old-name.com"
    under a new .eu address)."""
    out: list[str] = []
    for cand in (url, site):
        if not cand:
            continue
        i = cand.find("//")
        j = cand.find("/", i + 2) if i >= 0 else cand.find("/")
        host = _host_of(cand if j < 0 else cand[:j])
        if host and host not in out:
            out.append(host)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _host_of(prefix: str) -> str | None:
    try:
        host = urlsplit(prefix if "//" in prefix else "//" + prefix).hostname
    except ValueError:
        return None
    if host and "." in host and not host.replace(".", "").isdigit():
        return host[4:] if host.startswith("www.") else host
    return None


def registrable(host: str | None) -> str | None:
    """A host's registrable part: its last two labels, three for co.uk-style names ("www.nattsommerfugl.no" ->
    "nattsommerfugl.no", as ``_same_site`` compares them); None for no host or a bare name."""
    if not host:
        return None
    b = host.lower().rstrip(".").split(".")
    if len(b) < 2 or not all(b):
        return None
    return ".".join(b[-_registrable_size(b) :])


def _registrable_size(labels: list[str]) -> int:
    """How many of a host's last labels are its registrable part: two (escortnorge.no), three for co.uk-style names."""
    return 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2


@functools.lru_cache(maxsize=4096)
def _free_mail(host: str) -> bool:
    """Is ``host`` (a registrable domain) a free-mail provider's ("gmail.com", "online.no"): never a site's?"""
    return host.split(".", 1)[0] in _free_mail_names()


@functools.cache
def _free_mail_names() -> frozenset[str]:
    return frozenset(contact_lexicon().email_domains_common)


def share_lines(
    models: Mapping[str, SiteFurniture],
    domains: Mapping[str, Sequence[str]] | None = None,
    book: implied.MailBook | None = None,
    key: bytes | None = None,
) -> dict[str, SiteFurniture]:
    """Each site's model with what every site learned (``carried``, ``carried_hosts``): a line learned as a site's
    own on any site is furniture wherever it appears, and an address at any site's domain is that site's. An
    aggregator's re-post or a forum's quote carries the source site's footer ("Kundeservice: … · support@…"):
    learned on the source, it is the source's in the copy too. ``domains``: each site definition's domains, known
    before any of its ads. One shared mapping for all models (a site's own entries are told apart by ``site``).

    A learned line's host is a site's domain only when it is no mail provider: neither a listed free-mail one nor a
    host at which the sites' ads write MIN_PROVIDER_WRITERS writers or more (``mail_providers``, session 40). And
    every model gets the addresses all sites wrote in full (``book``: the stream's own when it keeps one, else built
    from the models, ``implied``; ``key``: the store's, to look up what stored models keep keyed), from which an
    implied domain is completed."""
    carried: dict[str, str] = {}
    hosts: dict[str, str] = {}
    providers = mail_providers(models)
    models = {site: _writers_kept(m, providers) for site, m in models.items()}
    for site in sorted(models):  # the same owner whatever order the models came in
        model = models[site]
        for value in sorted(model.lines):
            carried.setdefault(value, site)
            if "@" in value:
                host = registrable(value.rpartition("@")[2])
                if host is not None and not _free_mail(host) and host not in providers:
                    hosts.setdefault(host, site)
        for host in sorted(model.hosts):
            hosts.setdefault(host, site)
    for site in sorted(domains or {}):
        for d in (domains or {})[site]:
            host = registrable(d)
            if host is not None and not _free_mail(host):
                hosts.setdefault(host, site)
    if book is None:
        book = implied.MailBook(key)
        for site in sorted(models):
            book.add_site(site, models[site].mail_domains, models[site].mail_addresses)
            if models[site].keyed_domains or models[site].keyed_addresses:
                book.add_stored(site, models[site].keyed_domains, models[site].keyed_addresses)
    return {site: replace(m, carried=carried, carried_hosts=hosts, book=book) for site, m in models.items()}


def _writers_kept(model: SiteFurniture, providers: frozenset[str]) -> SiteFurniture:
    """``model`` without the lines that are a writer's address at a mail provider (``providers`` or a listed free-mail
    one) learned only beside other contacts, on fewer than MIN_LINE_SHARE of the site's ads: a site that prints its
    address at a provider prints it in its template, on most of its ads; a prolific woman's or agency's address on a
    tenth of them is a person's route (session 40). A site mailbox ("support@…", ``_mailbox``) and a line the site
    began to print (``fresh``) stay."""
    drop: set[str] = set()
    for value in model.lines:
        if "@" not in value or value in model.fresh:
            continue
        local, _at, domain = value.rpartition("@")
        host = registrable(domain)
        if host is None or not (host in providers or _free_mail(host)) or _mailbox(local):
            continue
        count = model.counts.get(value)  # none for a line the analyst named (``corrected``): kept
        if count is not None and count < MIN_LINE_SHARE * max(model.ads, 1):
            drop.add(value)
    return replace(model, lines=model.lines - drop) if drop else model


def mail_providers(models: Mapping[str, SiteFurniture]) -> frozenset[str]:
    """The hosts at which the sites' ads write at least MIN_PROVIDER_WRITERS distinct writers (local parts that are
    no site mailbox), counted across sites: a host many writers share is a mail provider (a free-mail service, an
    agency's or an ISP's mail), never one site's domain, whatever the lexicon lists (session 40: one woman's address
    at a free-mail domain the lexicon did not know, learned as a site's line, made its domain that site's and every
    address at it on every site furniture)."""
    seen: dict[str, set[str]] = {}
    known: set[str] = set()
    for site in sorted(models):
        known.update(models[site].mail_providers)  # a stored model's: its writers are not stored (session 41)
        for host, ids in models[site].mail_writers.items():
            found = seen.get(host)
            if found is None:
                found = seen[host] = set()
            found.update(ids)
    known.update(h for h, ids in seen.items() if len(ids) >= MIN_PROVIDER_WRITERS)
    return frozenset(known)


def _same_site(domain: str, email: str) -> bool:
    host = email.rpartition("@")[2]
    if not host:
        return False
    a, b = host.split("."), domain.split(".")
    k = _registrable_size(b)
    return len(a) >= k and a[-k:] == b[-k:]


def judge(
    ex: Extraction,
    fields: Mapping[str, str],
    *,
    ad_key: str | None = None,
    site: str | None = None,
    model: SiteFurniture | None = None,
    url_nums: Sequence[UrlNumber] | None = None,
    countries: Mapping[str, str] | None = None,
) -> Extraction:
    """Relabel the phones and e-mails of one ad that are site furniture as ``furniture`` matches.

    ``fields``: the raw title, body and url the matches' spans point into, and the ad's own date as "posted" (its
    record's ``posted_at``, ISO) when the caller has one (``dates.near``); ``url_nums``: ``url_numbers`` of
    the url, when the caller has them (a stream counts and judges each ad with them); ``countries``: the code each
    national number is written with across a stream's sites (``stream_countries``), after the site's own. Returns
    ``ex`` (changed in place)."""
    matches = ex.matches
    if not any(m.kind in ("phone", "email") for m in matches):
        return ex
    url = fields.get("url", "")
    if url_nums is None:
        url_nums = url_numbers(url) if url else []
    if model is not None:
        url_nums = [u for u in url_nums if u.slot not in model.url_phone_slots]
    key_number = _key_number(ad_key)
    if key_number and not all(u.strong or u.digits == key_number for u in url_nums) and _digit_run_in(url, key_number):
        # the URL holds the ad's own number already: a second number opening or closing its slug is a word of
        # the title, often the person's phone ("/profil-6989268-99306514", "/38315875-oslo-luz-97300607"), even
        # where the site's other ads have their id in that place
        url_nums = [u for u in url_nums if u.strong or u.digits == key_number]
    strong_ids = {u.digits for u in url_nums if u.strong or (model is not None and u.slot in model.url_id_slots)}
    if key_number:
        strong_ids.add(key_number)
    extra = model.extra_id_labels if model is not None else frozenset()
    # the page's own ids (its URL's, its anchor's, its key): a number of their family is another post's (``postrefs``)
    ids = postrefs.page_ids(url, strong_ids)
    # the text's numbers, as written and nationally: only a phone read in the URL is compared with them. A number
    # the text prints as the ad's own ("Annons-ID: 29719483", the ad's key) is no phone the ad writes.
    text_digits: set[str] = set()
    linked_url: linked.LinkSaid | None = None
    if any(m.field == "url" and m.kind == "phone" for m in matches):
        # "Nummeret står i lenken": the ad says its number is in its URL (``linked``, session 42); asked only of a
        # URL number about to be judged the page's, once an ad
        linked_url = linked.LinkSaid(fields.get("title", ""), fields.get("body", ""))
        for m in matches:
            if m.kind == "phone" and m.field != "url":
                raw_digits = digits_of(m.raw)
                if raw_digits == key_number or _label_reason(m, fields, extra) == "id-label":
                    continue
                text_digits.add(raw_digits)
                text_digits.add(national_part(m.value))
    has_email = any(m.kind == "email" for m in matches)
    domains = site_domains(url, site) if has_email else ()
    # the lines of a site's service that hold a site's address ("Trenger du hjelp? Ring … eller skriv til post@…"),
    # and the addresses that are a site's by the copy's own evidence: filled only when the ad holds an address
    service: list[tuple[str, int, int]] = []
    mailboxes: set[str] = set()
    if has_email:
        service, mailboxes = _service_lines(matches, fields, domains, model)
    # the timestamps the page prints (a web archive's capture stamp in its URL and toolbar): a number that is a part
    # of one is the page's date (``dates``, session 38)
    # (read only when a phone is written as a compact run of 6-12 digits: a part of a stamp, or a date, is printed so)
    page_stamps: list[str] = []
    ad_day = 0
    if any(m.kind == "phone" and _compact_run(m.raw) for m in matches):
        page_stamps = dates.stamps((url, fields.get("title", ""), fields.get("body", "")))
        # the ad's own date (its record's ``posted_at``, when the caller passes it as ``fields["posted"]``): a page's
        # dates lie near it (``dates.near``, session 39)
        ad_day = dates.day_number(fields.get("posted"))
    out: list[Match] = []
    changed = False
    for m in matches:
        reason = None
        if m.kind in ("phone", "email") and (model is None or m.value not in model.not_furniture):
            reason = _reason(
                m,
                fields,
                url_nums,
                strong_ids,
                text_digits,
                domains,
                model,
                extra,
                key_number,
                page_stamps,
                ids,
                ad_day,
                linked_url,
            )
            if reason is None and service:
                if m.kind == "email":
                    reason = "site-email" if m.value in mailboxes else None
                elif any(f == m.field and ls <= m.start < le for f, ls, le in service):
                    reason = "site-line"
        if reason is None:
            if m.kind == "phone" and ((model is not None and model.countries) or countries):
                moved = _written_country(m, model.countries) if model is not None and model.countries else None
                if moved is None and countries:
                    moved = _written_country(m, countries)  # "" where the stream's sites disagree: no move
                    if moved is not None and model is not None and moved.value in model.lines:
                        moved = None  # another site's code makes no number this site's own line
                if moved is not None:
                    changed = True
                    if model is not None and moved.value in model.lines and moved.value not in model.not_furniture:
                        # the site's own line, read in the ad's country until its code was learned ("22 50 41 31"
                        # in a Danish salon's entry on a Norwegian directory)
                        detail = dict(moved.detail)
                        detail.update({"reason": "site-line", "read_as": "phone"})
                        moved = Match("furniture", moved.value, m.field, m.start, m.end, m.raw, detail)
                    out.append(moved)
                    continue
            out.append(m)
            continue
        changed = True
        detail = dict(m.detail)
        detail.update({"reason": reason, "read_as": m.kind})
        out.append(Match("furniture", m.value, m.field, m.start, m.end, m.raw, detail))
    if len(out) > 2:
        for i in lookup.neighbour_runs(out, fields):
            m = out[i]
            detail = dict(m.detail)
            detail.update({"reason": "neighbour-number", "read_as": m.kind})
            out[i] = Match("furniture", m.value, m.field, m.start, m.end, m.raw, detail)
            changed = True
    if changed:
        ex.matches = out
        _site_line_cities(out, fields)
    return ex


#: Reasons of the site's own lines: a city on such a line is the site's address, not where the ad is.
_SITE_REASONS: Final = frozenset({"site-line", "site-email", "other-site-line", "other-site-email"})


def _service_lines(
    matches: Sequence[Match], fields: Mapping[str, str], domains: tuple[str, ...], model: SiteFurniture | None
) -> tuple[list[tuple[str, int, int]], set[str]]:
    """The stretches of an ad that are a site's service line, as (field, start, end), and the addresses that are a
    site's by the ad's own evidence.

    A site's address with a phrase naming the site's service on its line (``site_line_labels``: "Trenger du
    hjelp?", "Site support", "Kundeservice", "… ved spørsmål"), in no words of the person's own (``own_words``:
    "ring meg", "my number") between them, is the site's line, and the numbers between the phrase and the address
    (or after the address, separators only between) with it; the rest of the line is not (an ad written on one
    line puts her number before the footer's). A site's address: at the ad's site's domain or any learned site's
    (``_reason``), or, by the copy's own evidence when that site's ads were never seen, a site's mailbox
    (``site_mailboxes``: "support@", "hjelp@") at a domain that is no free-mail provider's and that the ad cites as
    its source (its URL or its first line name it: "?src=nattsommerfugl", "Importert fra …")."""
    service: list[tuple[str, int, int]] = []
    mailboxes: set[str] = set()
    for m in matches:
        if m.kind != "email" or m.field == "url":
            continue
        text = fields.get(m.field, "")
        span = _service_span(text, m.start, m.end)
        if span is None:
            continue
        local, _at, host = m.value.rpartition("@")
        if any(_same_site(d, m.value) for d in domains):
            service.append((m.field, span[0], span[1]))
            continue
        reg = registrable(host)
        if reg is None or _free_mail(reg):
            continue
        if model is not None and (reg in model.hosts or reg in model.carried_hosts or m.value in model.carried):
            service.append((m.field, span[0], span[1]))
        elif _mailbox(local) and _cited(reg, fields, m.field, text.rfind("\n", 0, m.start) + 1):
            service.append((m.field, span[0], span[1]))
            mailboxes.add(m.value)
    return service, mailboxes


#: A line's words for the service phrases ("hjelp?" is "hjelp", "I'm" is "i'm", an address's parts are words).
_LINE_WORDS: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
#: How far before an address a phrase naming the site's service is looked for, on its line, and how far after it.
_SERVICE_REACH: Final = 150
_SERVICE_AFTER: Final = 60


def _service_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of the address ``text[start:end]``'s line that is a site's service line: from the nearest
    service phrase before the address to the address, or from the address to the nearest one after it; past the
    address over separators and digits only ("… remove@site.com · 66 15 19 77"). None when no phrase is near or
    the stretch holds the person's own words."""
    ls = max(text.rfind("\n", 0, start) + 1, start - _SERVICE_REACH)
    le = text.find("\n", end)
    le = min(len(text) if le < 0 else le, end + _SERVICE_REACH)
    before = _service_phrases(text[ls:start])
    after = _service_phrases(text[end : min(le, end + _SERVICE_AFTER)])
    if not before and not after:
        return None
    lo = ls + before[-1][0] if before else start
    if after:
        hi = end + after[0][1]
    else:
        hi = end
        while hi < le and not text[hi].isalpha():
            hi += 1
    if _own_words(text[lo:hi]):
        return None
    return lo, hi


_SERVICE_PHRASES: Final[dict[str, list[tuple[int, int]]]] = {}
_OWN_WORDS: Final[dict[str, bool]] = {}


def _own_words(seg: str) -> bool:
    """Does ``seg`` hold the person's own words (``own_words``: "ring meg", "my number")? Memoised: the stretch
    from a site's service phrase to its address ("Kundeservice: support@…") recurs on every ad of its footer."""
    got = _OWN_WORDS.get(seg)
    if got is None:
        if len(_OWN_WORDS) >= _MEMO_MAX:
            _OWN_WORDS.clear()
        got = _OWN_WORDS[seg] = bool(_phrases(seg, _words("own_words")))
    return got


def _service_phrases(seg: str) -> list[tuple[int, int]]:
    """``_phrases`` of the service labels in ``seg``, memoised: a site's footer recurs on every ad."""
    got = _SERVICE_PHRASES.get(seg)
    if got is None:
        if len(_SERVICE_PHRASES) >= _MEMO_MAX:
            _SERVICE_PHRASES.clear()
        got = _SERVICE_PHRASES[seg] = _phrases(seg, _words("site_line_labels"))
    return got


def _phrases(seg: str, phrases: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``phrases`` (of at most four words) are runs of ``seg``'s words, as (start, end) in ``seg``, in order."""
    table = _phrase_table(phrases)
    words = [(w.group().lower(), w.start(), w.end()) for w in _LINE_WORDS.finditer(seg)]
    out: list[tuple[int, int]] = []
    n = len(words)
    for i in range(n):
        sizes = table.get(words[i][0])
        if sizes is None:  # no phrase opens with this word: no join to try
            continue
        for k in sizes:
            if k <= n - i and " ".join(w for w, _s, _e in words[i : i + k]) in phrases:
                out.append((words[i][1], words[i + k - 1][2]))
                break
    return out


@functools.cache
def _phrase_table(phrases: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """Each first word of ``phrases`` to the word counts (at most four) of the phrases it opens, longest first:
    ``_phrases`` joins words only where a phrase can open (a line's words are without blanks, so a phrase is a run of
    them only as its own blank-split words)."""
    sizes: dict[str, set[int]] = {}
    for p in phrases:
        parts = p.split(" ")
        if len(parts) <= 4:
            sizes.setdefault(parts[0], set()).add(len(parts))
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in sizes.items()}


def _has_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    """Is one of ``phrases`` (of at most four words) a run of ``words``?"""
    n = len(words)
    for i in range(n):
        for k in range(1, min(4, n - i) + 1):
            if " ".join(words[i : i + k]) in phrases:
                return True
    return False


def _mailbox(local: str) -> bool:
    """Is an address's local part a site's mailbox ("support", "hjelp", "kundeservice", "no-reply")?"""
    return normalise_label(local) in _words("site_mailboxes")


def _cited(host: str, fields: Mapping[str, str], field: str, line_start: int) -> bool:
    """Does the ad cite ``host``'s site as its source: its name (dots and dashes left out: "nordic-angels.eu" ->
    "nordicangels") in the ad's URL's query ("?src=nattsommerfugl"; not its path, where a profile's slug may be her
    own name and domain) or in the first line of its text ("Importert fra nordicangels (ID …)", "Source:
    https://nattsommerfugl.no/…"), when that is not the address's own line (``field``, ``line_start``)?"""
    name = host.split(".", 1)[0].replace("-", "")
    if len(name) < 4:
        return False
    body = fields.get("body", "")
    at = len(body) - len(body.lstrip())
    end = body.find("\n", at)
    first = body[at : len(body) if end < 0 else end]
    if field == "body" and line_start == body.rfind("\n", 0, at) + 1:
        first = ""  # the address's own line cites nothing
    url = fields.get("url", "")
    query = url[url.find("?") :] if "?" in url else ""
    for where in (query, first):
        if name in where.lower().replace("-", "").replace(".", ""):
            return True
    return False


def _site_line_cities(matches: list[Match], fields: Mapping[str, str]) -> None:
    """Mark the cities on a line that holds the site's own phone or e-mail (``detail["site_line"]``: "Postboks 412
    Sentrum, 0103 Oslo · Kundeservice ..."): the site's postal address, listed after the ad's own cities."""
    lines: list[tuple[str, int, int]] = []
    for m in matches:
        if m.kind == "furniture" and m.detail.get("reason") in _SITE_REASONS:
            text = fields.get(m.field, "")
            ls = text.rfind("\n", 0, m.start) + 1
            le = text.find("\n", m.end)
            lines.append((m.field, ls, len(text) if le < 0 else le))
    if not lines:
        return
    for i, m in enumerate(matches):
        if m.kind == "city" and any(f == m.field and ls <= m.start < le for f, ls, le in lines):
            detail = dict(m.detail)
            detail["site_line"] = True
            matches[i] = Match(m.kind, m.value, m.field, m.start, m.end, m.raw, detail)


def judge_window(
    window: Sequence[tuple[str, str, dict[str, str], Extraction]],
    stats: dict[str, SiteStats],
    learn: bool,
    book: implied.MailBook | None = None,
) -> None:
    """A stream's window of ads, each (site-local key, site, raw title/body/url, extraction): each site's ads are
    counted into its statistics (``stats``, kept across windows), then judged against the model learned so far
    (without ``learn``, by their own evidence only), with what every site seen so far learned (``share_lines``: a
    re-post of another site's ad carries that site's footer). Compiled: the stream's loop over its ads was
    interpreted."""
    by_site: dict[str, list[tuple[str, dict[str, str], Extraction]]] = {}
    for ad_key, site, fields, ex in window:
        items = by_site.get(site)
        if items is None:
            items = by_site[site] = []
        items.append((ad_key, fields, ex))
    urls: dict[str, list[list[UrlNumber]]] = {}
    for site, items in by_site.items():
        st = stats.get(site)
        if st is None:
            st = stats[site] = SiteStats(site)
        nums_of = urls[site] = [url_numbers(fields["url"]) for _key, fields, _ex in items]  # read once for both steps
        for (ad_key, fields, ex), nums in zip(items, nums_of, strict=True):
            st.add(ad_key, ex, fields, nums)
            if book is not None:
                book.add(site, ex)
    models: dict[str, SiteFurniture] = {}
    countries: dict[str, str] = {}
    if learn:
        every = list(stats.values())
        models = share_lines({site: st.current_model(every) for site, st in stats.items()}, book=book)
        countries = stream_countries(stats)
    for site, items in by_site.items():
        model = models.get(site)
        for (ad_key, fields, ex), nums in zip(items, urls[site], strict=True):
            # an address whose domain the ad only implies, completed from what the stream wrote in full (``implied``)
            # (without a stream's book, from the one the shared models carry: every site's written addresses)
            implied.complete(ex, site, book if book is not None or model is None else model.book)
            judge(ex, fields, ad_key=ad_key, site=site, model=model, url_nums=nums, countries=countries)


def stream_countries(stats: Mapping[str, SiteStats]) -> dict[str, str]:
    """The country code each national number is written with across the stream's sites, where all that write it
    with a code agree (session 39): a woman with a Danish SIM writes "+45 38 78 80 86" on one site and "38788086"
    on a Norwegian one, where the ad's hints alone read it as Norwegian; her own code, written elsewhere, is the
    stronger evidence. A site's own ``countries`` come first (``judge``)."""
    out: dict[str, str] = {}
    for site in sorted(stats):
        for nsn, cc in stats[site].written_cc.items():
            known = out.get(nsn)
            if known is None:
                out[nsn] = cc
            elif known != cc:
                out[nsn] = ""
    return out


#: Styles of a phone read from digits without a code written before them (the ad's hints chose its country).
_HINTED_STYLES: Final = frozenset({"national", "broken", "spaced"})


def _country_evidence(m: Match) -> str | None:
    """ "written" for a phone written with its country code ("+45 …", "0045 …", "(+45)"), "read" for plain digits
    whose country the ad's hints chose (disguised ones too: ``PhoneHit.hinted``), None for the rest (several
    readings, not valid)."""
    style = m.detail.get("style")
    if style == "international":
        return "written" if "+" in m.raw or m.raw.lstrip("( ").startswith("00") else None
    if style in _HINTED_STYLES and "+" not in m.raw and "readings" not in m.detail:
        return "read"
    if style in ("homeland", "trunkless"):
        return "read"  # a home country's reading (``homeland``) is a judgement the site's own ads may correct
    if m.detail.get("hinted") and "readings" not in m.detail:
        return "read"  # a disguised number (words, look-alikes, speech) read without a code: as plain digits
    return None


def _written_country(m: Match, countries: Mapping[str, str]) -> Match | None:
    """The phone ``m`` in the country the site's ads write its number with, when its hints read it in another."""
    if _country_evidence(m) != "read":
        return None
    nsn = national_part(m.value)
    cc = countries.get(nsn)
    if not cc or m.value == f"+{cc}{nsn}":
        return None
    detail = dict(m.detail)
    detail["hinted_as"] = m.value  # what the ad's own hints gave
    return Match("phone", f"+{cc}{nsn}", m.field, m.start, m.end, m.raw, detail)


def _digit_run_in(text: str, digits: str) -> bool:
    """Is ``digits`` a whole run of digits somewhere in ``text`` (not part of a longer one)?"""
    k = text.find(digits)
    while k >= 0:
        end = k + len(digits)
        if (k == 0 or not text[k - 1].isdigit()) and (end == len(text) or not text[end].isdigit()):
            return True
        k = text.find(digits, k + 1)
    return False


def _key_number(ad_key: str | None) -> str | None:
    """The number in an ad's site-local key: the key itself when it is all digits ("55855429"), or its one
    long digit run ("annonse-55855429", "dk99713582"); None for keys without one or with several."""
    if not ad_key:
        return None
    runs: list[str] = _ASCII_DIGITS.findall(ad_key)
    if len(runs) == 1 and len(runs[0]) >= (MIN_ID_DIGITS if runs[0] == ad_key else 6):
        return runs[0]
    return None


def _reason(
    m: Match,
    fields: Mapping[str, str],
    url_nums: Sequence[UrlNumber],
    strong_ids: set[str],
    text_digits: set[str],
    domains: tuple[str, ...],
    model: SiteFurniture | None,
    extra_labels: frozenset[str],
    key_number: str | None = None,
    page_stamps: Sequence[str] = (),
    ids: frozenset[str] = frozenset(),
    ad_day: int = 0,
    linked_url: linked.LinkSaid | None = None,
) -> str | None:
    if model is not None:
        if m.value in model.lines or m.detail.get("site_reading") in model.lines:
            return "site-line"
        if model.carried:
            owner = model.carried.get(m.value)
            if owner is not None and owner != model.site:
                return "other-site-line"  # another site's line, carried by a re-post or a quote
    if m.kind == "email":
        if any(_same_site(d, m.value) for d in domains):
            return "site-email"
        if model is not None and (model.hosts or model.carried_hosts):
            host = registrable(m.value.rpartition("@")[2])
            if host is not None:
                if host in model.hosts:
                    return "site-email"  # the site's other domain (a move: "support@old-name.no" under .eu)
                owner = model.carried_hosts.get(host)
                if owner is not None:
                    return "site-email" if owner == model.site else "other-site-email"
        return _label_reason(m, fields, extra_labels)
    digits = digits_of(m.raw)
    if m.field == "url":
        if _across_path(fields.get("url", ""), m.start, m.end):
            return "url-path"  # a path's segments (a year, a week, a page, ids) read as one number
        in_url = _url_reason(m, fields, url_nums, strong_ids, text_digits, model, digits, ad_day)
        if (
            in_url is not None
            and linked_url is not None
            and linked.freed(fields.get("url", ""), m.start, m.end, key_number)
            and linked_url()
        ):
            return None  # the ad says its number is in the link: hers, whatever position the site's ids hold
        return in_url
    if digits in strong_ids and len(digits) >= MIN_ID_DIGITS and not _page_subject(m, digits, key_number):
        return "ad-id"
    if _in_written_url_id(fields.get(m.field, ""), m.start, m.end):
        return "url-id"  # another page's id in a link the ad prints ("Original: https://site.no/41259542")
    if m.kind == "phone" and len(digits) >= HEX_PART_MIN and len(digits) == len(m.raw) and _hex_id_part(fields, digits):
        return "url-id"  # "DSAR export 94940866" on ".../exports/94940866-b5df-6761-17a7-4063874effad/": that id's head
    if "·" in m.raw and _dated_run(m.raw):
        return "date"  # a counter, a compact date and a count read as one ("#182 · 260604 · 👍 23")
    if m.kind == "phone" and dates.MIN_PART <= len(digits) <= 12:
        printed = _printed_date(m, fields.get(m.field, ""), digits, page_stamps, model, ad_day)
        if printed is not None:
            return printed
    if key_number and len(key_number) >= 6 and _digit_run_in(m.raw, key_number):
        return "ad-id"  # the ad's own number and the digits beside it read as one ("Ref HK487446-23", "04-7131797")
    if m.kind == "phone" and postrefs.compact(m.raw):
        # another post's number: quoted (">>41039819", "svar på #5521") or of the page's id family (session 38)
        if postrefs.marked(fields.get(m.field, ""), m.start, m.raw, ids) or postrefs.in_family(m.raw, ids):
            return "post-ref"
    by_label = _label_reason(m, fields, extra_labels)
    if by_label:
        return by_label
    if m.kind == "phone":
        by_line = _line_reason(fields.get(m.field, ""), m.start, m.end, m.raw, m.value)
        if by_line is not None:
            return by_line
        by_clause = _clause_reason(fields.get(m.field, ""), m.start, m.end, m.raw)
        if by_clause is not None:
            return by_clause
    if model is not None and model.id_slots and m.value not in model.repeated:
        if _page_subject(m, digits, key_number) and _digit_run_in(fields.get("url", ""), digits):
            return None  # the page's subject in a slot of its title ("Hvem ringte? 94 81 77 90" on /no/94817790)
        text = fields.get(m.field, "")
        keys = _keys(text, m.start, m.end)
        if any(k in model.id_slots for k in keys) and not written_as_contact(keys, m.detail.get("column"), m.raw):
            return "id-slot"
    return None


def _url_reason(
    m: Match,
    fields: Mapping[str, str],
    url_nums: Sequence[UrlNumber],
    strong_ids: set[str],
    text_digits: set[str],
    model: SiteFurniture | None,
    digits: str,
    ad_day: int,
) -> str | None:
    """``_reason`` of a number read in the URL, not across its path's segments, before the ad's words are asked
    whether its number is in the link (``linked``: only a number this makes the page's may be freed so)."""
    if digits in strong_ids and len(digits) >= MIN_ID_DIGITS:
        return "url-id"  # the ad's own key, wherever the URL holds it ("/odense/64338923-71524663")
    if _in_mixed_token(fields.get("url", ""), m.start, m.end):
        return "url-id"  # inside a hex or base-36 id ("sid=88ba93838041", "/p/7k2m93838041x")
    if (
        len(digits) == len(m.raw)
        and dates.near(digits, ad_day)
        and dates.url_date_place(fields.get("url", ""), m.start, m.end, _query_contact)
        and (fields.get("url", "")[m.start - 1] == "=" or digits not in text_digits or _stamp_segment(fields, m))
    ):
        # a date the URL carries as a query value ("?ci=20260228&co=20260303", session 38) or as a path
        # segment ("/arkiv/20260411/"), unless the ad writes that number as a phone too (session 39)
        return "date"
    for u in url_nums:
        if u.start < m.end and m.start < u.end and (u.strong or u.digits in digits):
            if not u.strong and (model is None or u.slot not in model.url_id_slots) and digits in text_digits:
                return None  # a weak position whose number the ad also writes as a phone: the person's
            return "url-id"
    return None


def _stamp_segment(fields: Mapping[str, str], m: Match) -> bool:
    """Is the URL's compact date glued to its time ("/crawl/20260105-1453/", ``dates.url_date_place``)? Then the
    text's copy of it is that stamp too ("Crawl 20260105-1453"), not her number written twice."""
    url = fields.get("url", "")
    return m.end < len(url) and url[m.end] in "-_T"


def _with_code(raw: str) -> bool:
    """Is a phone written with a country code ("+380 63 704 9919", "(+45) …")? A site's counter never prints one: a
    number so written in a learned id slot is a person's (a lookup page's subject under a label of its own words)."""
    s = raw.lstrip()
    return s.startswith("+") or s.startswith("(+")


def _query_contact(key: str) -> bool:
    """Does a URL's query key name a contact route ("tel", "phone", "mobil")? ``dates.url_date_place`` asks it: a
    booking or search page carries its dates in the query, and the rule that reads a second number beside the ad's
    id as a word of the slug (often her phone) must not read them; "?tel=20260411" is hers."""
    return written_as_contact(("L:" + normalise_label(key),))


def _compact_run(raw: str) -> bool:
    """Is ``raw`` a compact run of 6-12 ASCII digits (how a page prints a date or a part of its stamp)?"""
    return dates.MIN_PART <= len(raw) <= 12 and raw.isascii() and raw.isdigit()


def _printed_date(
    m: Match, text: str, digits: str, page_stamps: Sequence[str], model: SiteFurniture | None = None, ad_day: int = 0
) -> str | None:
    """``timestamp`` for a phone whose digits are a part of a timestamp the page prints ("[20260411]" on a page whose
    URL holds ``/20260411005726/``), ``date`` for a compact date where a date belongs ("[20260411]", "Oppdatert
    20260411", "20260411 14:22"); None for a number written or labelled as a contact (a country code, a tel: link, a
    contact cue before it: "Ring 20260411"), or written in groups as phones are ("[20 15 06 12]"). ``dates``, session
    38."""
    if len(digits) != len(m.raw):
        # written in groups or with signs ("20 26 04 11", "+45 …"): a phone's form; a page prints its dates compact
        return None
    part = bool(page_stamps) and dates.stamp_part(digits, page_stamps)
    if not part and not dates.near(digits, ad_day):
        return None  # most phones stop here: no date (near the ad's own, session 39), no stamp
    if dates.contact_written(text, m.start, m.end, m.raw):
        return None
    lk = left_key(text, m.start)
    if lk is not None and written_as_contact(("L:" + lk,)):
        return None
    if part:
        return "timestamp"
    if dates.date_place(text, m.start, m.end):
        return "date"
    if model is not None and model.date_slots and any(k in model.date_slots for k in _keys(text, m.start, m.end)):
        return "date"  # a slot the site's ads fill with dates (session 38)
    return None


def _page_subject(m: Match, digits: str, key_number: str | None) -> bool:
    """Is a phone whose digits fill an id position of the ad's URL the page's subject rather than its id: not the
    ad's own key, and written as a phone ("Hvem ringte? 94 81 77 90" on ``/no/94817790``, ``lookup.written_as_phone``)?
    A lookup page is about one number; an ad's id is printed as the URL holds it."""
    return m.kind == "phone" and digits != key_number and lookup.written_as_phone(m.raw)


def _clause_reason(text: str, start: int, end: int, raw: str) -> str | None:
    """``disowned`` for a number the ad warns against as not hers ("… er IKKE meg"), ``site-line`` for a number after a
    channel staff's label ("Admin: @kanal_admin | +44 …"), ``payment`` for a Swish business number after its label:
    session 31, ``clauses``."""
    if clauses.disowned(text, start, end):
        return "disowned"
    if clauses.staff_line(text, start):
        return "site-line"
    if clauses.payment_number(text, start, raw):
        return "payment"
    return None


#: The characters that end a URL's token (a path segment, a query name or value, a slug's word).
_URL_TOKEN_ENDS: Final = frozenset("/?&=#.-_~+%:;,")
#: A hex id with a letter after a digit ("88ba93838041", "0f63787264dc") or a base-36 one with letters between its
#: digits ("49571590b205").
_MIXED_ID: Final = re.compile(r"(?=[0-9a-f]*[0-9][a-f])[0-9a-f]{8,}|[0-9a-z]*[0-9][a-z]+[0-9][0-9a-z]*", re.IGNORECASE)


def _in_mixed_token(url: str, start: int, end: int) -> bool:
    """Is ``url[start:end]`` inside a token mixing digits and letters as an id does: a hex string of 8 or more
    characters with a letter after a digit, or a base-36 one with letters between digits? A name glued to a number
    ("lisa91234567") is neither: its number may be her phone."""
    if not url or end > len(url):
        return False
    s = start
    while s > 0 and url[s - 1] not in _URL_TOKEN_ENDS:
        s -= 1
    e = end
    while e < len(url) and url[e] not in _URL_TOKEN_ENDS:
        e += 1
    if _MIXED_ID.fullmatch(url, s, e) is not None and not (s == start and e == end):
        return True
    return "-" in url and _in_uuid(url, start, end)


#: Digits a run needs to be read as a hex id's part (session 43): a short hash's head is 7-8 characters.
HEX_PART_MIN: Final = 6
#: Characters a hex id is written with, its groups' dashes included, and the least a token needs to be one.
_HEX_CHARS: Final = frozenset("0123456789abcdefABCDEF")
HEX_ID_MIN: Final = 16


def _hex_id_part(fields: Mapping[str, str], digits: str) -> bool:
    """Is a compact run of ``digits`` a part of a hex id the page writes in full elsewhere (its URL included): the
    head or a dash-separated group of a token of at least ``HEX_ID_MIN`` hex characters holding a letter ("DSAR
    export 94940866" beside ".../exports/94940866-b5df-6761-17a7-4063874effad/", a commit's "4821937" beside
    "4821937ab0c1...", a ticket's short id beside its UUID; session 43)? A site or a tool prints an id's head as its
    short form; a phone is never the head of a hex token. The run itself (no letter glued to it) is no such token."""
    for text in fields.values():
        if not text:
            continue
        k = text.find(digits)
        while k >= 0:
            e = k + len(digits)
            if (
                (k == 0 or not _hex_or_dash(text[k - 1]))
                and e < len(text)
                and (text[e] == "-" or text[e] in _HEX_CHARS)
            ):
                t = e
                n = len(text)
                letters = False
                while t < n and t - k < 64 and (text[t] == "-" or text[t] in _HEX_CHARS):
                    letters = letters or text[t].isalpha()
                    t += 1
                if letters and t - k >= HEX_ID_MIN and (t == n or not text[t].isalnum()):
                    return True
            elif k > 0 and text[k - 1] == "-" and _in_uuid(text, k, e):
                return True
            k = text.find(digits, e)
    return False


def _hex_or_dash(c: str) -> bool:
    return c == "-" or c in _HEX_CHARS


#: A UUID (RFC 9562's 8-4-4-4-12 hex groups): a record's id by its shape, in a path as in a query
#: ("/inbox/bf210af2-4106-4573-a3e1-93a1078cc7c9"); its all-digit groups are no number.
_UUID: Final = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_UUID_CHARS: Final = frozenset("0123456789abcdefABCDEF-")


def _in_uuid(url: str, start: int, end: int) -> bool:
    """Is ``url[start:end]`` inside a UUID, a token of its own (no letter or digit glued to it)?"""
    s = start
    while s > 0 and start - s < 36 and url[s - 1] in _UUID_CHARS:
        s -= 1
    e = end
    while e < len(url) and e - end < 36 and url[e] in _UUID_CHARS:
        e += 1
    if e - s < 36:
        return False
    for m in _UUID.finditer(url, s, e):
        if m.start() <= start and end <= m.end():
            before = url[m.start() - 1] if m.start() > 0 else "/"
            after = url[m.end()] if m.end() < len(url) else "/"
            return not (before.isalnum() or after.isalnum())
    return False


_YYMMDD: Final = re.compile(r"(?<!\d)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")


def _dated_run(raw: str) -> bool:
    """Does a run read across a middle dot ("·", a field separator of lists and forum headers) hold, as one of its
    fields, a compact date yymmdd ("260604")? Then it is two or three fields, not one number."""
    parts = raw.split("·")
    return len(parts) > 1 and any(_YYMMDD.fullmatch(p.strip()) is not None for p in parts)


def _in_written_url_id(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an id position (``url_numbers``: a whole path segment or query value) of a link
    written in the text ("https://nattlys.no/41259542", "www.site.dk/annonce/483771")? Not a messaging app's
    link to a number ("wa.me/4741234567", ``platform_links``) and not a query value named as a contact."""
    if start < 4 or "/" not in text[max(0, start - 80) : start]:
        return False
    s = start
    while s > 0 and not text[s - 1].isspace() and start - s < 200:
        s -= 1
    e = end
    while e < len(text) and not text[e].isspace() and e - end < 200:
        e += 1
    token = text[s:e].rstrip(".,;:!?)>]\"'")
    low = token.lower()
    if not low.startswith(("http://", "https://", "www.")):
        # a link glued to a key or a sign before it: a log line's "src=https://…", "(https://…", "<www.…"
        k = max(low.rfind(scheme, 0, start - s) for scheme in ("http://", "https://", "www."))
        if k <= 0 or low[k - 1].isalnum():
            return False
        s, token, low = s + k, token[k:], low[k:]
    host = low.split("//", 1)[-1].split("/", 1)[0].split("?", 1)[0]
    if host.startswith("www."):
        host = host[4:]
    if host in _link_hosts() or "whatsapp" in host or "viber" in low:
        return False
    return any(u.strong and s + u.start <= start and end <= s + u.end for u in url_numbers(token))


@functools.cache
def _link_hosts() -> frozenset[str]:
    """Hosts of the messaging apps' and profiles' links (``platform_links``: "wa.me", "t.me", ...)."""
    return frozenset(k.split("/", 1)[0].lower() for k in contact_lexicon().platform_links)


def _label_reason(m: Match, fields: Mapping[str, str], extra_labels: frozenset[str]) -> str | None:
    text = fields.get(m.field, "")
    lo = max(text.rfind("\n", 0, m.start) + 1, m.start - 40)
    before = text[lo : m.start]
    if _code_prefix(before):
        return "id-label"
    if m.kind == "phone" and (before.endswith((">", '"', "'", ": ", ":")) and _named_id(before)):
        return "id-label"  # "<FITID>914653592603", '"listing_id": "4791234567"': the markup names it an id
    if m.kind == "phone" and _record_furniture(text, lo, m.start):
        return "id-label"  # "span=bb98c40275980c3c", "latitude: 59.27537000", "[trace ed42539933bb]": a record's key
    # the label must end right before the number: at most a few signs between ("Annonse-ID: ", "Ref #",
    # "Spørsmål? ")
    stripped = before.rstrip(" \t:#.=-–?")
    if len(before) - len(stripped) > 4 or not stripped:
        return None
    if not stripped[-1].isalpha():
        return _after_register_group(stripped, extra_labels)
    kind = label_kind(stripped, extra_labels)
    if kind is None and m.kind == "phone":
        return _third_party(stripped, m.value)
    return kind


#: A markup name: an SGML/XML tag's or a JSON key's ("FITID", "acct_id", "listingId", "ns:RefNo").
_MARKUP_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9_.:\-]{0,39}")
_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: The words of a markup name that say "id" as a compound's end ("fitid", "acctid", "userid", "txnref").
_ID_ENDS: Final = ("id", "ref")


#: What a record's value token holds ("bb98c40275980c3c", "59.27537000", "2026-11-02T12"): read back to its key.
_VALUE_SIGNS: Final = "-_."
#: What may stand right before a record's key: a line's start, or the sign that closes the field before it (JSON's
#: "{" and ",", a query's "&" and "?", a cell's "|", a header's ";", a quote). A blank too before a "key=" (logfmt's
#: "level=info trace=…"), not before a "key:" ("Ring för tid: 070-…" is prose, its "tid" no record's key).
_KEY_OPENERS: Final = "{,;&?[(|\"'"
_MAX_VALUE: Final = 64
#: The furniture classes of ``data/fields.yaml`` a "key:" field's value is furniture by (a YAML block's, a note's
#: metadata): ids, hashes, coordinates, sizes. A "key=" field's (logfmt, a query, a form post) by every furniture
#: class but links (a link's value holds a person's "wa.me/47…"; its numbers are judged as a link's).
_COLON_CLASSES: Final = frozenset({"id", "geo", "count"})


def _record_key(text: str, lo: int, start: int) -> tuple[str, str] | None:
    """The key of the record field whose value holds the number at ``start`` (not before ``lo``, its line's start),
    with its sign: the name before "=" or ":" ahead of the value's token ("span=bb98c4…", "latitude: 59.27…", a
    query's "&ref=…", a YAML block's "parent_id: 88b6…"); or, when the value's token is a mixed one (letters and
    digits, "ed42539933bb") after a blank, the word before it with " " ("[trace ed42539933bb]"); else None."""
    i = start
    floor = max(lo, start - _MAX_VALUE)
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in _VALUE_SIGNS):
        i -= 1
    j = i
    if j > lo and text[j - 1] in "\"'":
        j -= 1
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j > lo and text[j - 1] in "=:":
        sign = text[j - 1]
        j -= 1
        if j > lo and text[j - 1] in "\"'":
            j -= 1
    elif j == i - 1 and i < start and text[j] == " " and not text[i:start].isdigit():
        sign = " "  # a mixed token after a word: "trace ed42539933bb"
    else:
        return None
    k = j
    while k > max(lo, j - 40) and (text[k - 1].isalnum() or text[k - 1] in "_.-"):
        k -= 1
    name = text[k:j]
    if not name or not name[0].isalpha():
        return None
    if k > lo:
        opener = text[k - 1]
        blank_ok = sign != ":" and opener in " \t"
        if opener not in _KEY_OPENERS and not blank_ok and text[lo:k].strip():
            return None
    return name, sign


def _record_furniture(text: str, lo: int, start: int) -> bool:
    """Does the key of the record field that holds the number name furniture: an id label (``data/furniture.yaml``),
    a compound ending in "id"/"ref", or a key of a furniture class of ``data/fields.yaml`` (``_COLON_CLASSES`` after
    ":" and a plain word): an id, a hash, a trace or span, a coordinate, a size, a duration, in any of the four
    languages? A key after a blank only by an id label ("trace")."""
    if start - lo < 2:
        return False
    found = _record_key(text, lo, start)
    if found is None:
        return False
    name, sign = found
    if sign == " ":
        return label_kind(normalise_label(name)) == "id-label"
    # a "key:" a program wrote ("duration_ms:", "createdTime:") is a record's as a "key=" is; a plain word before ":"
    # may be prose's label ("Bestil tid: +45 …")
    programmatic = sign != ":" or "_" in name or _CAMEL.search(name) is not None
    return _named_key(name, _EQUALS_CLASSES if programmatic else _COLON_CLASSES)


#: ``_named_key``'s furniture classes of a markup name (a tag's, a JSON key's) and of a "key=" field: all but links.
_EQUALS_CLASSES: Final = frozenset({"id", "time", "date", "geo", "price", "age", "count"})


def _named_key(name: str, classes: frozenset[str] = _EQUALS_CLASSES) -> bool:
    """A record's or markup's key names furniture: an id label, a compound ending in "id"/"ref", or a key of one of
    ``classes`` of ``data/fields.yaml`` ("trace", "span", "latitude", "bytes", "duration_ms"); a key with a contact
    cue ("phone_id", "telRef") never."""
    words = normalise_label(_CAMEL.sub(" ", name)).split()
    if not words or has_contact_cue(" ".join(words)):
        return False
    if label_kind(" ".join(words)) == "id-label":
        return True
    last = words[-1]
    if any(len(last) > len(end) + 1 and last.endswith(end) for end in _ID_ENDS):
        return True
    return structured.field_class(" ".join(words)) in classes


def _named_id(before: str) -> bool:
    """Does the markup right before a number name it an id: an SGML/XML tag (``<FITID>``, ``<ACCTID>``,
    ``<ad-ref>``) or a JSON key (``"id": ``, ``"listingId": "``) whose name is an id label (``id_labels``: "ref",
    "kode", "annonsenr") or a compound ending in "id"/"ref"? A tag or key name is a label the page's writer
    printed for a program: "FITID" says what a printed "Transaktions-ID:" says. A name with a contact cue
    ("phone_id", "telRef") is no id."""
    name = _markup_name(before)
    return name is not None and _named_key(name)


def _markup_name(before: str) -> str | None:
    """The tag name of ``<NAME>`` ending ``before``, or the key of ``"name":`` (a quote after it allowed), else
    None."""
    s = before.rstrip(" \t\"'")
    if s.endswith(">"):
        lt = s.rfind("<", max(0, len(s) - 42))
        name = s[lt + 1 : -1] if lt >= 0 else ""
    elif s.endswith(":"):
        s = s[:-1].rstrip()
        if len(s) < 3 or s[-1] not in "\"'":
            return None
        q = s.rfind(s[-1], max(0, len(s) - 42), len(s) - 1)
        name = s[q + 1 : -1] if q >= 0 else ""
    else:
        return None
    return name if _MARKUP_NAME.fullmatch(name) else None


#: A bank's register number before an account number ("konto 5659 4526531185", "Reg.nr 3409 · kto 1234567890").
_REGISTER_GROUP: Final = re.compile(r"[ \t]+\d{4}\Z")
#: How the labels of bank accounts open (an id label ending in one of them: "konto", "kontonr", "reg nr", "account").
_ACCOUNT_WORDS: Final = ("konto", "kto", "reg", "account", "clearing", "bankkonto", "iban")


def _after_register_group(stripped: str, extra_labels: frozenset[str]) -> str | None:
    """``id-label`` when a four-digit group stands between an account's label and the number: a Danish account's
    register number and the account ("Depositum til konto 5659 4526531185"). Other id labels keep the number after
    such a group ("Annonce 2024 28176403" may be her phone after a year)."""
    m = _REGISTER_GROUP.search(stripped)
    if m is None:
        return None
    label = stripped[: m.start()].rstrip(" \t:#.=-–")
    if not label or not label[-1].isalpha():
        return None
    words = normalise_label(label).split()
    if not words[-1].startswith(_ACCOUNT_WORDS):
        return None
    return "id-label" if label_kind(label, extra_labels) == "id-label" else None


_THIRD_PARTY: Final[dict[str, str]] = {}


def _third_party(label: str, value: str) -> str | None:
    """``third-party`` when the label before a phone names another business's line: a desk's label
    (``third_party_labels``: "reception", "resepsjon") after a lodging's name or word ("Hotel Havblikk (reception
    3791 7603)"), or a lodging's name right before a number that is no mobile ("Strandhotellet: 22 33 44 55"). A
    contact cue before the label ("Ring receptionen og spør etter Anna", "call the hotel") makes it the way to
    book the person: her contact."""
    got = _memo(_THIRD_PARTY, label, _third_party_label)
    if got == "desk" or (got == "lodging" and _not_mobile(value)):
        return "third-party"
    return None


def _third_party_label(label: str) -> str | None:
    whole = normalise_label(label).split()
    for m in _SENTENCE_END.finditer(label):  # the label's own sentence ("Sms 412 57 386. Bor på Sjøhotellet:")
        if label[m.end() :].strip():
            label = label[m.end() :]
    words = normalise_label(label).split()
    n = _label_end(words, _words("third_party_labels"))
    if n:
        if any(w in _words("contact_cues") for w in words[:-n]):
            return None
        # the lodging named anywhere before on the line ("Riverside Lodge – reception ...")
        return "desk" if any(_lodging_word(w) for w in whole) else None
    if any(w in _words("contact_cues") for w in words):
        return None
    return "lodging" if any(_lodging_word(w) for w in words[-3:]) else None


def _label_end(words: list[str], labels: frozenset[str]) -> int:
    """How many of ``words``' last words (three at most, the longest first) spell a label of ``labels``; 0 if none."""
    return next((n for n in range(min(len(words), 3), 0, -1) if " ".join(words[-n:]) in labels), 0)


def _lodging_word(word: str) -> bool:
    return word in _words("lodging_words") or "hotel" in word


def _code_prefix(before: str) -> bool:
    """Does a code's letter prefix end right before the number: one to four capitals and a dash, glued to it and
    standing alone ("A-7197-908", "NG-509-5815", "REF-20931")? A site's reference code, not a phone (a contact cue
    as the prefix, "SMS-41234567", is not a code)."""
    n = len(before)
    if n < 2 or before[-1] != "-":
        return False
    k = n - 1
    while k > 0 and n - 1 - k < 4 and "A" <= before[k - 1] <= "Z":
        k -= 1
    if k == n - 1 or (k > 0 and before[k - 1].isalnum()):
        return False
    return not has_contact_cue(before[k : n - 1])


# --- session 29: what a number's own line says it is (hotels, price lists, addresses, counters, payments) ---------

#: A hotel room and its number ("rom 861", "room 1082", "rum 723.", "værelse nr. 12"): ``room_words`` then digits.
_ROOM_NUMBER: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?:[ .]+nr)?)\.?[ \t]?\d{1,5}(?!\d)")
#: Amounts joined by "/" and a currency after them (or before): "800/1 500/2 500 ,-", "1,000/1,800/3,000 SEK",
#: "80/150/250 €", "NOK 800/1500". A run read across a price list ends at its currency: it is prices, not a number.
_AMOUNT: Final = r"(?:\d{1,3}(?:[ .,\u00a0]\d{3})+|\d{2,5})"
_CURRENCY: Final = r"(?:kr\.?|,-|:-|sek|nok|dkk|eur|euro|euros|€|\$|£)"
_AMOUNTS: Final = _AMOUNT + r"(?:[ \t]?/[ \t]?" + _AMOUNT + r")+"
_PRICE_LIST: Final = re.compile(
    rf"(?<![\d/.,])(?:{_CURRENCY}[ \t]?)?{_AMOUNTS}[ \t]?{_CURRENCY}(?![^\W_])|(?<![^\W_]){_CURRENCY}[ \t]?{_AMOUNTS}",
    re.IGNORECASE,
)
#: A street number, a comma and a postcode ending a run, a town's name after it: "Narva mnt 62, 10111 Tallinn".
_POSTCODE_END: Final = re.compile(r"\d[ \t]*,[ \t]*\d{4,5}\Z")
_TOWN_AFTER: Final = re.compile(r"[ \t]+[A-ZÅÄÖÆØÜ][^\W\d_]{2,}")
#: A word right after a number (a counter's: "10 932 visninger").
_WORD_AFTER: Final = re.compile(r"[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+)?)")
#: The digit groups a number was read from the middle of, after a label: "Swish: 123 ".
_GROUPS_BEFORE: Final = re.compile(r"([^\W\d_][^\d\n]{0,30}?)[ \t]*[:.]?[ \t]*\d[\d \t.\-]*\Z")


def _line_reason(text: str, start: int, end: int, raw: str, value: str = "") -> str | None:
    """What the line around a phone read at ``text[start:end]`` says it is when it is no contact: a hotel's desk
    (``third-party``), a price list (``price``), a street number and postcode (``postcode``), a site's counter
    (``counter``) or a payment number (``payment``). Each check runs only where its sign is: a "/" in the run, a
    digit before it, a comma in it, a word after it."""
    ls = text.rfind("\n", 0, start) + 1
    if start - ls > 200:
        ls = start - 200
    before = text[ls:start]
    if "/" in raw and _in_price_list(text, ls, start, end):
        return "price"
    if ranges.in_price_range(text, ls, start, end, raw):
        return "price"
    if "," in raw and _POSTCODE_END.search(raw) is not None and _TOWN_AFTER.match(text, end) is not None:
        return "postcode"
    if _counted(text, end):
        return "counter"
    if before.rstrip(" \t:")[-1:].isdigit() and _inside_payment(before):
        return "payment"
    if _hotel_desk(before, text, end, value):
        return "third-party"
    return None


def _in_price_list(text: str, ls: int, start: int, end: int) -> bool:
    """Does the run ``text[start:end]`` lie in a price list of its line ("800/1 500/2 500 ,-")?"""
    le = text.find("\n", end)
    le = len(text) if le < 0 else min(le, end + 40)
    for p in _PRICE_LIST.finditer(text, ls, le):
        if p.start() < end and start < p.end():
            return True
    return False


def _counted(text: str, end: int) -> bool:
    """Is the number right before a counter's word ("10 932 visninger", "554 views")?"""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    words = _words("counter_words")
    got = m.group(1).lower()
    return got in words or got.split()[0] in words


def _inside_payment(before: str) -> bool:
    """Was the number read from the middle of digit groups that follow a payment label ("Swish: 123 632 59 60")?"""
    m = _GROUPS_BEFORE.search(before)
    if m is None:
        return False
    words = normalise_label(m.group(1)).split()
    return _label_end(words, _words("payment_labels")) > 0


def _hotel_desk(before: str, text: str, end: int, value: str) -> bool:
    """Is the number a hotel desk's: right after a desk's label (``third_party_labels``, a bracket allowed between:
    "Spør i resepsjonen (92 35 18 68)"), on a line that names a lodging (``lodging_words``, a word holding "hotel")
    or a room and its number (``room_words``: "Best Nordic Gamla Stan, rum 723. Reception ...")? A contact cue in
    the desk's own clause (its sentence, or its bracket) before the desk word ("Ring receptionen …") makes it her
    booking line only when the number may be a mobile and the client is not told to ask the desk for her
    (``desk_asks`` after the number: "… og spør etter henne", "… and ask for Anna"): a hotel's switchboard, or a
    desk that puts the client through to her room, is the hotel's line (session 30)."""
    stripped = before.rstrip(" \t:#.=-–?(")
    if not stripped or not stripped[-1].isalpha():
        return False
    k = len(stripped)
    while k > 0 and stripped[k - 1].isalpha():
        k -= 1
    if stripped[k:].lower() not in _desk_ends():
        return False  # the word before the number ends no desk's label: most numbers stop here
    clause = stripped[-120:]
    cut = 0
    for m in _SENTENCE_END.finditer(clause):
        if clause[m.end() :].strip():
            cut = m.end()
    clause = clause[cut:]
    bracket = clause.rfind("(")
    if bracket >= 0:
        clause = clause[bracket + 1 :]
    words = normalise_label(clause).split()
    n = _label_end(words, _words("third_party_labels"))
    if not n:
        return False
    head = words[:-n]
    cues = _words("contact_cues")
    line = normalise_label(stripped)
    rooms = _words("room_words")
    if not any(_lodging_word(w) for w in line.split()) and not any(
        normalise_label(r.group(1)) in rooms for r in _ROOM_NUMBER.finditer(stripped)
    ):
        return False
    if any(w in cues for w in head):
        return _asks_desk(text, end) or _not_mobile(value)
    return True


#: The end of the clause after a number (its sentence or its bracket).
_CLAUSE_END: Final = re.compile(r"[.!?…)\n]")


def _asks_desk(text: str, end: int) -> bool:
    """Does the clause after a number tell the client to ask the desk for the person (``desk_asks``: "og spør etter
    henne", "och fråga efter Mona", "and ask for Anna")?"""
    tail = text[end : end + 80]
    cut = _CLAUSE_END.search(tail)
    words = _LINE_WORDS.findall((tail if cut is None else tail[: cut.start()]).lower())
    return _has_phrase(words[:8], _words("desk_asks"))


@functools.cache
def _desk_ends() -> frozenset[str]:
    """The last words of the desks' labels ("resepsjonen", "desk", "phone")."""
    return frozenset(w.split()[-1] for w in _words("third_party_labels"))
