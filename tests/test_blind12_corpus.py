"""The twelfth blind corpus (benchmarks/blind12): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections import Counter, defaultdict
from typing import Any

from benchmarks.blind12 import DISGUISED, EMAIL_STYLES, HIDDEN, KIND, PLAIN, SITES, generate
from benchmarks.blind12._data import CITY_COUNTRY

from tests.corpus_checks import (
    check_ad_keys,
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


_corpus = functools.cache(generate)


def _text(ad: dict[str, Any]) -> str:
    return "\n".join([ad["url"], ad["title"], ad["body"], ad.get("city") or ""])


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
        clean = html.unescape(text).translate(_INVISIBLE).replace("＠", "@").replace("．", ".")
        for addr, style in t["email_styles"].items():
            assert style in EMAIL_STYLES
            assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
            local, domain = addr.split("@")
            if style in {"plain", "mailto", "csv_column", "ics_mailto", "zero_width", "fullwidth"}:
                assert addr in clean.replace("\r\n ", ""), (addr, style, text)
            else:
                parts = [*re.split(r"[._]", local), domain.split(".")[0]]
                assert all(p in text.replace("\r\n ", "") for p in parts), (addr, style, text)
        assert t["city"] in CITY_COUNTRY
        assert t["kind"] == KIND[t["site"]]
        assert 150 <= len(ad["title"]) + len(ad["body"]) <= 1200, len(ad["title"]) + len(ad["body"])
        allowed = check_furniture(t, text, digits, min_digits=4)
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164, "06", "8")]
        # nothing printed unlabelled: every run of four or more digits is a contact's or furniture
        assert not unlabelled_runs(unicodedata.normalize("NFKC", text).translate(_INVISIBLE), allowed), text
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.02 * hidden[0], hidden


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    women = {t["person_id"] for t in truth if not t["recruitment"]}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 260 <= len(women) <= 330 and 20 <= len(nets) <= 30
    # a person is in one network at most; a number is one person's or one controller's
    owners = check_ownership(truth)
    # the mixes the corpus is meant to hold
    check_mixes(
        truth,
        owners,
        (PLAIN, HIDDEN),
        CITY_COUNTRY,
        plain=(0.45, 0.75),
        hidden=(0.15, 0.35),
        min_styles=26,
        known_nationality_only=False,
    )
    # hidden controllers: one line, several women
    assert shared_lines(truth) >= 5
    # different controllers share no sentence that solo women do not also write
    solo_sent: set[str] = set()
    ctrl_sent: dict[str, set[str]] = defaultdict(set)
    for ad, t in zip(ads, truth, strict=True):
        if t["site"] == "klippkanalen":  # what women say in a clip is stock speech, not a controller's text
            continue
        for s in re.split(r"(?<=[.!?])\s+|\n|[“”,]", ad["body"]):
            s = s.strip()
            if len(s) < 25 or re.search(r"\d", s) or re.match(r"(Kommer|Originally)", s):  # her origin
                continue
            if t["network_kind"] == "solo":
                solo_sent.add(s)
            else:
                ctrl_sent[s].add(t["network_id"])
    shared = [s for s, n in ctrl_sent.items() if len(n) > 1 and s not in solo_sent]
    assert not shared, shared[:5]
