"""The thirteenth blind corpus (benchmarks/blind13): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import base64
import functools
import html
import re
import unicodedata
from collections import Counter, defaultdict
from typing import Any

from benchmarks.blind13 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, PLAIN, SITES, generate
from benchmarks.blind13._data import CITY_COUNTRY

from tests.corpus_checks import (
    check_ad_keys,
    check_email_owners,
    check_furniture,
    check_mixes,
    check_ownership,
    check_phones,
    contact_forms,
    shared_lines,
    unlabelled_runs,
)
from tests.corpus_checks import digits as _digits

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\u200c"))
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]{40,}$", re.M)


_corpus = functools.cache(generate)


def _text(ad: dict[str, Any]) -> str:
    return "\n".join([ad["url"], ad["title"], ad["body"], ad.get("city") or ""])


def _unfold(text: str) -> str:
    """vCard folding and quoted-printable soft breaks undone (what a reader of the card sees)."""
    return text.replace("\r\n ", "").replace("=\r\n", "").replace("=\n", "")


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        check_ad_keys(ad, t)
        keys.add((ad["site"], ad["id"]))
        text = _text(ad)
        digits = _digits(text)
        n_hidden, n_shown = check_phones(t, digits, PLAIN | DISGUISED, PLAIN | DISGUISED | HIDDEN)
        hidden[0] += n_hidden
        hidden[1] += n_shown
        assert set(t["emails"]) == set(t["email_styles"])
        clean = html.unescape(html.unescape(_unfold(text))).translate(_INVISIBLE).replace("＠", "@")
        for addr, style in t["email_styles"].items():
            assert style in EMAIL_STYLES
            assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
            local, domain = addr.split("@")
            if style in EMAIL_EXACT or style == "qp_soft_break":
                assert addr in clean, (addr, style, text)
            elif style == "bidi_reversed":
                assert addr[::-1] in clean, (addr, text)
            elif style == "base64_mailto":
                assert base64.b64encode(f"mailto:{addr}".encode()).decode() in text, (addr, text)
            else:
                parts = [*re.split(r"[._]", local), domain.split(".")[0]]
                assert all(p in clean for p in parts), (addr, style, text)
        assert t["city"] in CITY_COUNTRY
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= (1400 if t["template"] == "postliste_v2" else 1200), (size, t["template"])
        allowed = check_furniture(t, text, digits, min_digits=4)
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        # nothing printed unlabelled: every run of four or more digits is a contact's or furniture
        assert not unlabelled_runs(unicodedata.normalize("NFKC", text).translate(_INVISIBLE), allowed), text
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.05 * hidden[0], hidden


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    women = {t["person_id"] for t in truth if not t["recruitment"]}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 260 <= len(women) <= 330 and 20 <= len(nets) <= 30, (len(women), len(nets))
    # a person is in one network at most; a number or an e-mail is one person's or one controller's
    owners = check_ownership(truth)
    check_email_owners(truth)
    # the mixes the corpus is meant to hold
    check_mixes(
        truth,
        owners,
        (PLAIN, HIDDEN),
        CITY_COUNTRY,
        plain=(0.45, 0.75),
        hidden=(0.12, 0.35),
        min_styles=26,
        known_nationality_only=False,
    )
    # hidden controllers: one line, several women
    assert shared_lines(truth) >= 5
    # different controllers share no sentence that solo women do not also write
    solo_sent: set[str] = set()
    ctrl_sent: dict[str, set[str]] = defaultdict(set)
    for ad, t in zip(ads, truth, strict=True):
        body = html.unescape(html.unescape(ad["body"]))
        for s in re.split(r"(?<=[.!?])\s+|\n|<[^>]+>", body):
            s = s.strip()
            if len(s) < 25 or re.search(r"\d", s) or not s.endswith((".", "!", "?")):  # page furniture
                continue
            if re.match(r"(I am from|Jag kommer från|Jeg kommer fra)", s):  # her origin, her words
                continue
            if t["network_kind"] == "solo":
                solo_sent.add(s)
            else:
                ctrl_sent[s].add(t["network_id"])
    shared = [s for s, n in ctrl_sent.items() if len(n) > 1 and s not in solo_sent]
    assert not shared, shared[:5]
