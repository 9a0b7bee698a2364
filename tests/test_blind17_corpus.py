"""The seventeenth blind corpus (benchmarks/blind17): deterministic for a seed, the same under any string-hash seed,
and its truth consistent with its ads."""

from __future__ import annotations

import functools
import html
import re
from collections import Counter, defaultdict
from typing import Any

import phonenumbers
from benchmarks.blind17 import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, KIND, LINKED, PLAIN, SITES, generate
from benchmarks.blind17._data import CITIES

from tests.corpus_checks import digits as _digits
from tests.corpus_checks import nsn as _nsn

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\u200c\ufe0f\u20e3"))
_TRUTH_KEYS = {
    "site",
    "id",
    "url",
    "person_id",
    "network_id",
    "network_kind",
    "phones",
    "own_phones",
    "phone_styles",
    "emails",
    "email_styles",
    "city",
    "furniture",
    "kind",
    "template",
    "language",
    "nationality",
    "minor",
    "recruitment",
}


_corpus = functools.cache(generate)


def _text(ad: dict[str, Any]) -> str:
    return "\n".join([ad["url"], ad["title"], ad["body"], ad.get("city") or ""])


def test_truth_matches_ads() -> None:
    ads, truth = _corpus(2, 1500)
    assert len(ads) == len(truth) == 1500
    keys = set()
    hidden = [0, 0]
    for ad, t in zip(ads, truth, strict=True):
        assert set(t) == _TRUTH_KEYS, set(t) ^ _TRUTH_KEYS
        assert (ad["site"], ad["id"], ad["url"]) == (t["site"], t["id"], t["url"])
        assert isinstance(ad["id"], str) and ad["posted_at"].endswith("Z")
        keys.add((ad["site"], ad["id"]))
        text = _text(ad)
        digits = _digits(text)
        assert set(t["phones"]) == set(t["phone_styles"])
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(num), e164
            assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164
            assert style in PLAIN | LINKED | DISGUISED | HIDDEN, style
            if style in PLAIN | LINKED | DISGUISED:
                assert _nsn(e164) in digits, (e164, style, text)
            else:
                hidden[0] += 1
                hidden[1] += _nsn(e164) in digits
        assert set(t["own_phones"]) <= set(t["phones"])
        assert set(t["emails"]) == set(t["email_styles"])
        clean = html.unescape(text).translate(_INVISIBLE)
        for addr, style in t["email_styles"].items():
            assert style in EMAIL_STYLES, style
            assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
            local, domain = addr.split("@")
            if style in EMAIL_EXACT:
                assert addr in clean.lower(), (addr, style, text)
            else:
                assert local in clean and domain.split(".")[0] in clean, (addr, style, text)
        assert t["city"] in CITIES
        low = " ".join([ad["title"], ad["body"], ad.get("city") or ""]).casefold()
        assert any(n.casefold() in low for n in CITIES[t["city"]][1]), (t["city"], text)
        assert t["person_id"] and t["network_id"]
        assert t["network_id"].startswith("solo-") == (t["network_kind"] == "solo")
        assert t["kind"] == KIND[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= 1200, (size, t["template"], text)
        allowed: list[str] = []
        for item in t["furniture"]:
            assert set(item) <= {"kind", "digits", "e164", "text"}
            if item.get("e164"):
                assert item["e164"] not in t["phones"], item
                assert _nsn(item["e164"]) in digits, item
                allowed += [_nsn(item["e164"]), "0" + _nsn(item["e164"]), item["e164"][1:]]
            elif item["kind"] == "support_email":
                assert item["text"] in text and item["text"].lower() not in t["emails"]
                continue
            else:
                assert item["digits"] and item["digits"] in digits, (item, text)
            allowed.append(item["digits"])
        allowed += t["emails"]  # digits inside an address are the address's
        for e164 in t["phones"]:
            cc, nsn = str(phonenumbers.parse(e164).country_code), _nsn(e164)
            natd = "".join(c for c in phonenumbers.format_number(phonenumbers.parse(e164), 2) if c.isdigit())
            mine = [nsn, "0" + nsn, natd, cc + nsn, "00" + cc + nsn]
            allowed += mine + [m[::-1] for m in mine]
        # nothing printed unlabelled: every run of four or more digits is a contact's or furniture
        for run in re.findall(r"\d{4,}", html.unescape(text).translate(_INVISIBLE)):
            if not run.isascii():
                continue
            assert any(run in a for a in allowed), (run, t["furniture"], text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(SITES)
    assert hidden[1] <= 0.1 * hidden[0], hidden


def test_people_and_controllers() -> None:
    ads, truth = _corpus(3, 2000)
    women = {t["person_id"] for t in truth if not t["person_id"].startswith("controller-")}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert 250 <= len(women) <= 330 and 18 <= len(nets) <= 32, (len(women), len(nets))
    net_of: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        net_of[t["person_id"]].add(t["network_id"])
        for ph in t["own_phones"]:
            owners[ph].add(t["person_id"])
    assert all(len(v) == 1 for v in net_of.values())
    assert all(len(v) == 1 for v in owners.values())
    lines = {ph for t in truth for ph in t["phones"] if ph not in t["own_phones"]}
    assert not lines & set(owners)
    assert all(not t["network_id"].startswith("solo-") for t in truth if set(t["phones"]) - set(t["own_phones"]))
    assert all(not t["own_phones"] for t in truth if t["person_id"].startswith("controller-"))
    furniture_numbers = {f["e164"] for t in truth for f in t["furniture"] if f.get("e164")}
    assert not furniture_numbers & (set(owners) | lines)
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    total = sum(styles.values())
    plain = sum(v for k, v in styles.items() if k in PLAIN | LINKED) / total
    hidden = sum(v for k, v in styles.items() if k in HIDDEN) / total
    assert 0.45 <= plain <= 0.85 and 0.06 <= hidden <= 0.3, (plain, hidden, styles)
    assert len(styles) >= 20, styles
    assert len({t["nationality"] for t in truth if t["nationality"]}) >= 20
    assert any(t["minor"] for t in truth) and any(t["recruitment"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
    assert sum(t["minor"] for t in truth) <= 0.06 * len(truth)
    assert {CITIES[t["city"]][0] for t in truth} == {"NO", "SE", "DK"}
    langs = Counter(t["language"] for t in truth)
    assert 0.2 <= langs["en"] / len(truth) <= 0.45, langs
    by_line: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        if t["network_kind"] == "hidden" and not t["recruitment"]:
            for ph in set(t["phones"]) - set(t["own_phones"]):
                by_line[ph].add(t["person_id"])
    assert sum(len(v) >= 2 for v in by_line.values()) >= 5
    # different controllers share no sentence, and no two solo women share one (page furniture aside:
    # sentences with digits or colons, labels without a full stop)
    owner: dict[str, set[str]] = defaultdict(set)
    for ad, t in zip(ads, truth, strict=True):
        body = ad["body"].replace("\\n", "\n")
        for s in re.split(r"(?<=[.!?])\s+|\n|\"", body):
            s = s.strip()
            if len(s) < 25 or re.search(r"[\d():·]", s) or not s.endswith((".", "!", "?")):
                continue  # a label, a number, a site's footer (its parts joined by "·")
            owner[s].add(t["network_id"])
    shared = [s for s, n in owner.items() if len(n) > 1]
    assert not shared, shared[:5]


def test_numbers_from_abroad_and_masked_copies() -> None:
    """A number from another country than the ad's city is printed with its country code (or hidden), and a
    moderation tool's masked copy of a number never holds the whole number."""
    ads, truth = _corpus(2, 1500)
    abroad = 0
    for ad, t in zip(ads, truth, strict=True):
        digits = _digits(_text(ad))
        country = CITIES[t["city"]][0]
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            if phonenumbers.region_code_for_number(num) != country and style not in HIDDEN:
                abroad += 1
                assert f"{num.country_code}{_nsn(e164)}" in digits, (e164, style, ad["body"])
        for item in t["furniture"]:
            if item["kind"] == "masked_copy":
                assert not any(_nsn(p) in item["digits"] for p in t["phones"]), item
    assert abroad >= 50, abroad
