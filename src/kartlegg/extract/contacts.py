"""E-mail addresses (plain and obfuscated), messaging handles with their platform, URLs and domains."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import lower_is_caseless, lower_same_length, search_word_start, trie_pattern
from kartlegg.extract.phones import PhoneHit, validate


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    value: str
    start: int
    end: int
    detail: dict[str, Any] = field(default_factory=dict)


_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,5}[A-Za-z]{2,24}(?![A-Za-z0-9\-])")
#: How far an address reaches before its "@" and after it (with the character its look-ahead reads).
_EMAIL_BEFORE = 64
_EMAIL_AFTER = 1 + 5 * 64 + 24 + 1


@dataclass(frozen=True, slots=True)
class _Obfuscated:
    """The obfuscated-address pattern, and its core (the "at" word, the domain and the first dot) that every match
    holds: a cheap scan for the core finds the stretch of text where a match can start and end."""

    full: re.Pattern[str]
    core: re.Pattern[str]  # lower-case, for lower-cased text (``lower_is_caseless``)
    core_ignorecase: re.Pattern[str]
    before: int  # a match starts at most this far before its core
    after: int  # and reads at most this far past the end of the last core


@functools.cache
def _obfuscated_email() -> _Obfuscated:
    lx = lexicon()
    at_words = [w.strip() for w in sorted(lx.email_at_words, key=len, reverse=True) if w.strip()]
    dot_words = [w.strip() for w in sorted(lx.email_dot_words, key=len, reverse=True) if w.strip()]
    at = "|".join(re.escape(w) for w in at_words)
    dot = "|".join(re.escape(w) for w in dot_words)
    full = re.compile(
        r"(?<![\w.])([a-z0-9][a-z0-9._\-]{0,63})[ \t]{0,3}(?:" + at + r"|@)[ \t]{0,3}"
        # a literal "." joins labels only without blanks ("gmail.com"), spelled-out dots may have them
        r"([a-z0-9\-]{1,63})((?:(?:[ \t]{0,3}(?:" + dot + r")[ \t]{0,3}|\.)[a-z0-9\-]{1,63}){1,3})(?![\w])",
        re.IGNORECASE,
    )
    # the "at", the domain's first label and the first dot: no address without them
    core = r"[ \t]{0,3}[a-z0-9\-]{1,63}(?:[ \t]{0,3}(?:" + dot.lower() + r")[ \t]{0,3}|\.)[a-z0-9\-]"
    at_max = max([1, *map(len, at_words)])
    dot_max = max([1, *map(len, dot_words)])
    local = 64 + 3
    longest = local + at_max + 3 + 63 + 3 * (3 + dot_max + 3 + 63) + 1  # + the look-ahead's character
    return _Obfuscated(
        full,
        re.compile(r"(?:" + at.lower() + r"|@)" + core),
        re.compile(r"(?:" + at + r"|@)" + core, re.IGNORECASE),
        local,
        longest,
    )


def _obfuscated_matches(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``_obfuscated_email().full.finditer(text)``, scanning only where a match can be: every match holds a core,
    starts shortly before the first core and ends shortly after the last one (most texts have no core at all)."""
    ob = _obfuscated_email()
    if lower_is_caseless(text):
        cores = ob.core.finditer(lower_same_length(text) if low is None else low)
    else:
        cores = ob.core_ignorecase.finditer(text)
    first = last = -1
    for c in cores:
        if first < 0:
            first = c.start()
        last = c.end()
    if first < 0:
        return iter(())
    return ob.full.finditer(text, max(0, first - ob.before), min(len(text), last + ob.after))


_LABEL_AFTER_DOT = re.compile(
    r"[ \t]{0,3}(?:\(dot\)|\[dot\]|\{dot\}|\(punkt\)|\[punkt\]|\(prik\)|\(\.\)|\[\.\]|\bdot\b|"
    r"\bpunkt\b|\bprik\b|\.)[ \t]{0,3}([a-z0-9\-]{1,63})",
    re.IGNORECASE,
)


_AT_TRIGGER = frozenset({"at", "a", "snabel", "snabela", "alfakrøll"})


def find_emails(text: str, words: set[str] | None = None, low: str | None = None) -> list[Hit]:
    """Plain and obfuscated ("anna (at) gmail dot com") addresses. ``words``/``low``: the text's lower-case words
    and lower-cased text (``lower_same_length``), when the caller has them."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    first_at = text.find("@")
    if first_at >= 0:
        # the pattern opens with a repeated class, so the engine tries every position: scan only around the "@"s
        lo, hi = max(0, first_at - _EMAIL_BEFORE), min(len(text), text.rfind("@") + _EMAIL_AFTER)
        for m in _EMAIL.finditer(text, lo, hi):
            v = m.group().strip(".").lower()
            hits.append(Hit("email", v, m.start(), m.start() + len(m.group().rstrip("."))))
            taken.append((m.start(), m.end()))
    if words is not None and words.isdisjoint(_AT_TRIGGER):
        return hits
    if words is None and not any(w in text.lower() for w in ("at", "@", "snabel", "alfakr", "(a)", "[a]")):
        return hits
    tlds = set(lexicon().tlds)
    common = {d.lower() for d in lexicon().email_domains_common}
    for m in _obfuscated_matches(text, low):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        at_word = text[m.end(1) : m.start(2)].strip().lower()
        labels = [m.group(2)]
        ends = [m.end(2)]
        for lab in _LABEL_AFTER_DOT.finditer(m.group(3)):
            labels.append(lab.group(1))
            ends.append(m.start(3) + lab.end(1))
        k = max((i for i in range(1, len(labels)) if labels[i].lower() in tlds), default=0)
        if k == 0:
            continue
        dotted = "." in m.group(3).replace(" ", "")[:1] and "dot" not in m.group(3).lower()
        if at_word == "at" and dotted and labels[0].lower() not in common:
            continue  # "Mr.Smith at home.dk": a bare "at" needs a mail provider or a spelled-out "dot"
        v = (m.group(1) + "@" + ".".join(labels[: k + 1])).lower()
        hits.append(Hit("email", v, m.start(), ends[k], {"obfuscated": True}))
    return hits


@dataclass(frozen=True, slots=True)
class _HandleRules:
    link_re: re.Pattern[str]
    cue_re: re.Pattern[str]
    #: ``cue_re`` for lower-cased text: no IGNORECASE and no left boundary (``_next_cue`` checks it), so the engine
    #: skips straight to the characters that can start a cue instead of trying every position
    cue_lower: re.Pattern[str]
    alias_to_platform: dict[str, str]
    links: dict[str, str]


@functools.cache
def _handle_regexes() -> _HandleRules:
    lx = lexicon()
    alias_to_platform: dict[str, str] = {}
    for name, p in lx.platforms.items():
        for a in p.aliases:
            alias_to_platform[a.lower()] = name
    links = {k.lower(): v for k, v in lx.platform_links.items()}
    link_re = re.compile(
        r"(?<![\w.])(?:https?://)?(?:www\.)?(" + trie_pattern(links) + r")/{0,2}\+?@?([A-Za-z0-9_.\-]{2,40})",
        re.IGNORECASE,
    )
    cue = (
        r"(" + trie_pattern(alias_to_platform).replace("\\ ", r"[ \t]?") + r")(?![^\W_])"
        r"(?:[ \t]{1,2}(?:me|id|is|name|user|username|namn|navn|nick|på|pa|on|at|er|är)(?![^\W_])){0,2}"
        r"[ \t]{0,2}(?:([:=>@\-–/])[ \t]{0,2})?(@?)([A-Za-z][A-Za-z0-9_.\-]{1,31})?"
    )
    cue_re = re.compile(r"(?<![^\W_])" + cue, re.IGNORECASE)
    return _HandleRules(link_re, cue_re, re.compile(cue), alias_to_platform, links)


def _next_cue(rules: _HandleRules, text: str, low: str | None, pos: int) -> re.Match[str] | None:
    """``rules.cue_re.search(text, pos)``, or the same match found in ``low`` (``text`` lower-cased, when
    ``lower_is_caseless``) by the faster ``cue_lower``: a candidate right after a letter or digit is skipped
    exactly where ``cue_re``'s left boundary fails."""
    if low is None:
        return rules.cue_re.search(text, pos)
    return search_word_start(rules.cue_lower, low, pos)


_USERNAME_LIKE = re.compile(r"[0-9_.]")
_BLANKS = re.compile(r"[ \t]+")


@functools.cache
def _handle_trigger() -> tuple[frozenset[str], tuple[str, ...]]:
    rules = _handle_regexes()
    alias_to_platform, links = rules.alias_to_platform, rules.links
    return frozenset(a.split(" ")[0] for a in alias_to_platform), tuple(h.split("/")[0] for h in links)


@functools.cache
def _handle_stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().handle_stopwords)


def find_handles(
    text: str, phones: Sequence[PhoneHit], words: set[str] | None = None, low: str | None = None
) -> list[Hit]:
    """Handles: profile links (t.me/name, wa.me/4670...) and platform cues ("Snap: name", "WhatsApp +46...").

    ``words``/``low``: the text's lower-case words and lower-cased text (``lower_same_length``), when the caller
    has them."""
    rules = _handle_regexes()
    alias_to_platform, links = rules.alias_to_platform, rules.links
    cues, hosts = _handle_trigger()
    caseless = lower_is_caseless(text)
    if low is None and (caseless or words is not None):
        low = lower_same_length(text)
    has_host = low is None or any(h in low for h in hosts)
    if words is not None and words.isdisjoint(cues) and not has_host:
        return []
    lx = lexicon()
    stop = _handle_stopwords()
    hits: list[Hit] = []
    # a link holds its host, so caseless text without one has no link
    link_matches: Iterator[re.Match[str]] = rules.link_re.finditer(text) if has_host or not caseless else iter(())
    for m in link_matches:
        platform = links[m.group(1).lower()]
        handle = m.group(2).rstrip(".")
        if lx.platforms[platform].phone_based and handle.isdigit():
            e = validate(handle, True, ())
            if not e:
                continue
            handle = e
        else:
            handle = handle.lower()
        if handle.lower() in stop:
            continue
        hits.append(
            Hit(
                "handle",
                handle,
                m.start(),
                m.start(2) + len(handle) if not handle.startswith("+") else m.end(),
                {"platform": platform},
            )
        )
    pos = 0
    while (cm := _next_cue(rules, text, low if caseless else None, pos)) is not None:
        m = cm
        # a rejected candidate name may itself be the next cue ("Twitter/ Instagram @name")
        pos = m.end(1)
        alias = _BLANKS.sub(" ", m.group(1).lower())
        platform = alias_to_platform.get(alias) or alias_to_platform.get(alias.replace(" ", ""), "")
        if not platform:
            continue
        marker = m.group(2) or m.group(3)
        short = len(alias) <= 2
        if lx.platforms[platform].phone_based:
            # the phone number that follows the cue closely ("WhatsApp: +46 70...", "wa 070...")
            nxt = next((p for p in phones if 0 <= p.start - m.end(1) <= 25), None)
            if nxt is not None and (not short or marker):
                hits.append(Hit("handle", nxt.e164, m.start(), nxt.end, {"platform": platform}))
                continue
        name = m.group(4)
        if not name or (short and not marker):
            continue
        name = name.rstrip(".-")
        # without "Snap:" / "@" the next word is a handle only if it looks like one ("snapchat lisa.sweet")
        if not marker and not _USERNAME_LIKE.search(name):
            continue
        if len(name) < 3 or name.lower() in stop or name.lower() in alias_to_platform:
            continue
        if platform == "telegram" and len(name) < 5:
            continue
        hits.append(Hit("handle", name.lower(), m.start(), m.start(4) + len(name), {"platform": platform}))
    return hits


_URL = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)[^\s<>\"'()\[\]{}|\\^`]{1,300}")


@functools.cache
def _tld_dot() -> re.Pattern[str]:
    return re.compile(r"\.(?:" + trie_pattern(sorted(set(lexicon().tlds))) + r")(?![\w\-])", re.IGNORECASE)


@functools.cache
def _domain_re() -> re.Pattern[str]:
    tlds = trie_pattern(sorted(set(lexicon().tlds)))
    return re.compile(r"(?i)(?<![\w@.\-])((?:[a-z0-9\-]{1,63}\.){1,4}(?:" + tlds + r"))(?![\w\-]|\.\w|@)")


def find_urls(text: str, skip: Sequence[tuple[int, int]]) -> list[Hit]:
    """URLs in the text, and the domain of each (also bare domains like ``escort-anna.se``)."""
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = list(skip)
    if "http" in text or "www" in text:
        for m in _URL.finditer(text):
            raw = m.group().rstrip(".,;:!?")
            hits.append(Hit("url", raw, m.start(), m.start() + len(raw)))
            spans.append((m.start(), m.start() + len(raw)))
            host = re.sub(r"(?i)^(?:https?://)?", "", raw).split("/", 1)[0].split(":", 1)[0]
            hs = text.find(host, m.start())
            dom = host.lower().removeprefix("www.")
            if "." in dom and hs >= 0:
                hits.append(Hit("domain", dom, hs, hs + len(host)))
    if "." not in text or not _tld_dot().search(text):
        return hits
    for m in _domain_re().finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        host = m.group(1)
        labels = host.split(".")
        if any(not lab or lab.startswith("-") or lab.endswith("-") for lab in labels):
            continue
        if all(lab.isdigit() for lab in labels[:-1]):
            continue
        hits.append(Hit("domain", host.lower().removeprefix("www."), m.start(1), m.end(1)))
    return hits
