"""Prices with currency and duration: "1500 kr/h", "€200 per 30 min", "1h - 2000:-", "$250 hour"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import digit_anchored, digit_runs, lower_is_caseless, lower_same_length, trie_pattern

_CODES: Final = frozenset({"sek", "nok", "dkk", "eur", "usd"})
_LOCAL: Final = {"SE": "SEK", "NO": "NOK", "DK": "DKK"}
MIN_AMOUNT: Final = 20
MAX_AMOUNT: Final = 200_000


@dataclass(init=False, unsafe_hash=True, slots=True)
class PriceHit:
    value: str
    start: int
    end: int
    amount: int
    currency: str
    minutes: int | None

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, value: str, start: int, end: int, amount: int, currency: str, minutes: int | None) -> None:
        self.value = value
        self.start = start
        self.end = end
        self.amount = amount
        self.currency = currency
        self.minutes = minutes


_AMOUNT: Final = r"(\d{1,3}(?:[ .,]\d{3})(?!\d)|\d{2,6})"


@functools.cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lx = lexicon()
    words = [c for c in lx.currencies if c[0].isalpha()]
    symbols = [c for c in lx.currencies if not c[0].isalpha()]
    cur = "(?:" + trie_pattern([w.lower() for w in words]) + r"(?![^\W_])|" + trie_pattern(symbols) + ")"
    amount = _AMOUNT
    # leading look-aheads name the first character, so the engine skips prose without trying the pattern
    after = re.compile(r"(?i)(?=\d)" + amount + r"[ \t]{0,2}(" + cur + ")")
    before = re.compile(r"(?i)(?=[$€£sndeu])(?<![^\W_])([$€£]|sek|nok|dkk|eur|usd)[ \t]{0,2}" + amount + r"(?![\d])")
    dur = trie_pattern(sorted({d.lower() for d in lx.durations}, key=len, reverse=True)).replace("\\ ", "[ \t]")
    dur_after = re.compile(
        r"(?i)^[ \t]{0,2}(/|per|pr\.?|för|for|à|a|x|i|-|–|:)?[ \t]{0,2}(1/2|½|\d{1,3})?[ \t]{0,2}("
        + dur
        + r")(?![^\W_])"
    )
    dur_before = re.compile(
        r"(?i)(?<![^\W_])(1/2|½|\d{1,3})?[ \t]{0,2}(?<![^\W\d_])(" + dur + r")[ \t]{0,3}[:=\-–]?[ \t]{0,3}$"
    )
    return after, before, dur_after, dur_before


def _minutes(num: str | None, unit: str) -> int | None:
    per = lexicon().durations.get(unit.lower().replace("\t", " "))
    if per is None:
        return None
    if num in ("1/2", "½"):
        return per // 2
    if num:
        n = int(num)
        return n * per if per > 1 else n
    return per if per > 1 else None


@functools.cache
def _duration_words() -> tuple[str, ...]:
    return tuple(d.lower() for d in lexicon().durations)


def _ends_with_duration(before: str) -> bool:
    """Can a duration end ``before`` ("30 min - ")? A cheap test that spares the anchored search."""
    if before.endswith("\n"):
        before = before[:-1]  # the search's "$" also matches before a final line break
    core = before.rstrip(" \t:=-–").lower().replace("\t", " ")
    return core.endswith(_duration_words())


#: What opens a currency-first price ("$250", "SEK 1500"), lower-case.
_CODES_BEFORE: Final = ("$", "€", "£", "sek", "nok", "dkk", "eur", "usd")


@functools.cache
def _before_lower() -> re.Pattern[str]:
    """The currency-first pattern for lower-cased text, matched only where a currency opens (``_before_matches``)."""
    return re.compile(r"(\$|€|£|sek|nok|dkk|eur|usd)[ \t]{0,2}" + _AMOUNT + r"(?![\d])")


def _before_matches(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``finditer`` of the currency-first pattern: in caseless text (``lower_is_caseless``) a ``match`` at each
    currency that ``str.find`` sees with no letter or digit before it, which is where the pattern can start,
    instead of a scan that tries every position."""
    if not lower_is_caseless(text):
        yield from _regexes()[1].finditer(text)
        return
    if low is None:
        low = lower_same_length(text)
    starts: list[int] = []
    for code in _CODES_BEFORE:
        i = low.find(code)
        while i >= 0:
            starts.append(i)
            i = low.find(code, i + 1)
    rx = _before_lower()
    end = 0
    for s in sorted(starts):
        if s < end or (s and low[s - 1].isalnum()):
            continue
        m = rx.match(low, s)
        if m is not None:
            end = m.end()
            yield m


@functools.cache
def _trigger() -> tuple[frozenset[str], tuple[str, ...]]:
    cur = lexicon().currencies
    return frozenset(c.lower().rstrip(".") for c in cur if c[0].isalpha()), tuple(c for c in cur if not c[0].isalpha())


def find_prices(
    text: str,
    region: str | None,
    words: set[str] | None = None,
    digits: list[int] | None = None,
    low: str | None = None,
) -> list[PriceHit]:
    """``digits``: the starts of the text's digit runs (``patterns.digit_runs``), ``low``: the text lower-cased
    (``lower_same_length``), when the caller has them."""
    if words is not None:
        names, symbols = _trigger()
        if words.isdisjoint(names) and not any(s in text for s in symbols):
            return []
    after, before, dur_after, dur_before = _regexes()
    currencies = lexicon().currencies
    out: list[PriceHit] = []
    seen: set[int] = set()
    passes = [(after, 1, 2)]
    if words is None or "$" in text or "€" in text or "£" in text or not words.isdisjoint(_CODES):
        passes.append((before, 2, 1))
    for rx, amount_group, cur_group in passes:
        if rx is after and digits is None:
            digits = digit_runs(text)
        for m in digit_anchored(rx, text, digits) if rx is after and digits is not None else _before_matches(text, low):
            if m.start() in seen or (rx is after and m.start() and text[m.start() - 1] in "0123456789.,"):
                continue
            amount = int(m.group(amount_group).replace(" ", "").replace(".", "").replace(",", ""))
            if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
                continue
            code = currencies.get(m.group(cur_group).lower(), "")
            if code == "LOCAL":
                code = _LOCAL.get(region or "", "SEK" if not region else "KR")
            minutes = None
            end = m.end()
            start = m.start()
            # "3000 kr. Halvtimme ...": a currency that ends a sentence takes no duration after it
            da = None if m.group(cur_group).endswith(".") else dur_after.search(text[end : end + 24])
            lead = text[max(0, start - 24) : start]
            db = dur_before.search(lead) if _ends_with_duration(lead) else None
            after_min = _minutes(da.group(2), da.group(3)) if da else None
            before_min = _minutes(db.group(1), db.group(2)) if db else None
            # "1500 kr/h" and "€200 per 30 min" bind after; in lists ("30 min - 200 roses 90 min - 450 roses")
            # the duration before the amount is the one that belongs to it
            explicit_after = bool(da and da.group(1) and da.group(1) not in ("-", "–", ":"))
            if after_min and (explicit_after or not before_min):
                minutes = after_min
                end += da.end() if da else 0
            elif before_min and db:
                minutes = before_min
                start = max(0, start - 24) + (db.start(1) if db.group(1) else db.start(2))
            seen.add(m.start())
            value = f"{amount} {code}" + (f"/{minutes}min" if minutes else "")
            out.append(PriceHit(value, start, end, amount, code, minutes))
    out.sort(key=lambda p: p.start)
    return out
