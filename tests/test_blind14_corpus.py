"""The fourteenth blind corpus (benchmarks/blind14): deterministic for a seed, and its truth consistent with its ads."""

from __future__ import annotations

import base64
import functools
import html
import re
from collections import Counter, defaultdict
from typing import Any

from benchmarks.blind14 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, PLAIN, SITES, generate
from benchmarks.blind14._data import CITY_COUNTRY, CITY_NAMES
from benchmarks.blind14._fmt import decode_cfemail

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

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\u200c\ufe0f\u20e3"))
_ENCODED = re.compile(r'data-(?:tel|cfemail)="[^"]*"|email-protection#[0-9a-f]+|"buildId":"[a-z]+"')


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
        for e164, style in t["phone_styles"].items():
            if style == "base64_attr":
                assert base64.b64encode(e164.encode()).decode() in text
        assert set(t["emails"]) == set(t["email_styles"])
        clean = html.unescape(text).translate(_INVISIBLE)
        for addr, style in t["email_styles"].items():
            assert style in EMAIL_STYLES, style
            assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
            local, domain = addr.split("@")
            if style in EMAIL_EXACT:
                assert addr in clean.lower(), (addr, style, text)
            elif style == "cfemail":
                found = [decode_cfemail(h) for h in re.findall(r'data-cfemail="([0-9a-f]+)"', text)]
                assert addr in found
            else:
                assert local in clean and domain.split(".")[0] in clean, (addr, style, text)
        assert t["city"] in CITY_COUNTRY
        low = " ".join([ad["title"], ad["body"], ad.get("city") or ""]).casefold()
        assert any(n.casefold() in low for n in CITY_NAMES[t["city"]]), (t["city"], text)
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= 1200, (size, t["template"], text)
        allowed = check_furniture(t, text, digits) + t["emails"]  # digits inside an address are the address's
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        # nothing printed unlabelled: every run of four or more digits is a contact's or furniture
        # (encoded attributes aside: base64 and Cloudflare's hex are not printed numbers)
        assert not unlabelled_runs(_ENCODED.sub("", html.unescape(text)).translate(_INVISIBLE), allowed), text
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.1 * hidden[0], hidden


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    women = {t["person_id"] for t in truth if not t["recruitment"]}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 250 <= len(women) <= 320 and 20 <= len(nets) <= 32, (len(women), len(nets))
    owners = check_ownership(truth)
    check_email_owners(truth)
    check_mixes(truth, owners, (PLAIN, HIDDEN), CITY_COUNTRY, plain=(0.45, 0.8), hidden=(0.08, 0.3), min_styles=26)
    langs = Counter(t["language"] for t in truth)
    assert 0.2 <= langs["en"] / len(truth) <= 0.45, langs
    assert shared_lines(truth) >= 5
    # different controllers share no sentence, and no two solo women share one (page furniture aside:
    # sentences with digits, the paper's horoscope column, the sites' own words)
    owner: dict[str, set[str]] = defaultdict(set)
    for ad, t in zip(ads, truth, strict=True):
        body = html.unescape(ad["body"])
        if t["site"] == "kontaktavisa":
            body = " ".join(line[:36].strip() for line in body.splitlines())
        for s in re.split(r"(?<=[.!?])\s+|\n|<[^>]+>|\"", body):
            s = s.strip()
            if len(s) < 25 or re.search(r"[\d():]", s) or not s.endswith((".", "!", "?")):
                continue  # page furniture: labels, numbers, short notes in brackets
            if "·" in s or re.match(r"(I am from|Jag kommer från|Jeg kommer fra)", s):  # a footer; her origin
                continue
            owner[s].add(t["network_id"])
    shared = [s for s, n in owner.items() if len(n) > 1]
    assert not shared, shared[:5]
