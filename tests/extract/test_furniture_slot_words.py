"""A site's id slot is learned from its numbers, not from its label's words (session 39, issue 14).

Every site words its labels its own way ("Løpenr 91234567", "Nå meg: 412 34 567"). What tells the slots apart is
what their numbers do: an id differs on every ad and recurs on no other ad; a person's number recurs on her other
ads, on this site or another. These tests use labels no lexicon holds, so only that evidence can decide.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import SiteStats, judge, label_kind

SYLLABLES = ("lø", "pe", "var", "ko", "tri", "sel", "mo", "dan", "ve", "kil", "rup", "ast", "bre", "fa", "gul")


def _person(rng: random.Random) -> str:
    """A Norwegian mobile as persons write it, in groups ("412 34 567")."""
    n = f"{rng.choice(('40', '41', '45', '46', '47', '48'))}{rng.randint(0, 999_999):06d}"
    return f"{n[:3]} {n[3:5]} {n[5:]}"


def _site_ads(
    rng: random.Random, id_label: str, contact_label: str, n: int, ads_each: int = 3
) -> list[tuple[str, str, str, str]]:
    """``n`` ads of one site: (key, body, the person's E.164, the ad's id). Each person has ``ads_each`` ads; every
    ad has a fresh id from the site's counter."""
    persons = [_person(rng) for _ in range(n // ads_each + 1)]
    counter = rng.randint(90_000_000, 98_000_000)
    out = []
    for i in range(n):
        p = persons[i // ads_each]
        counter += rng.randint(1, 40)
        body = f"Hei, jeg er ny her i Oslo.\n{contact_label} {p}\n{id_label} {counter}"
        out.append((f"k{i}", body, "+47" + p.replace(" ", ""), str(counter)))
    rng.shuffle(out)
    return out


def _learn(ads: list[tuple[str, str, str, str]], others: tuple[SiteStats, ...] = ()) -> tuple[SiteStats, list]:
    stats = SiteStats("s")
    extracted = []
    for key, body, phone, ad_id in ads:
        ex = extract_ad(body=body, site_country="NO", ad_key=key, judge_furniture=False)
        stats.add(key, ex, {"body": body})
        extracted.append((ex, body, phone, ad_id))
    return stats, extracted


def _score(stats: SiteStats, extracted: list, others: tuple[SiteStats, ...] = ()) -> tuple[int, int]:
    """Ids read as phones and persons' numbers lost, after judging with the learned model."""
    model = stats.model([stats, *others])
    wrong = lost = 0
    for ex, body, phone, ad_id in extracted:
        judge(ex, {"body": body}, model=model)
        got = ex.values("phone")
        wrong += any(g.endswith(ad_id) for g in got)
        lost += not any(g.endswith(phone[3:]) for g in got)  # her digits, in whichever country the ad reads them
    return wrong, lost


invented = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda s: "".join(s).capitalize())


@settings(max_examples=6, deadline=None)
@given(id_word=invented, contact_word=invented, seed=st.integers(0, 10_000))
def test_an_id_slot_is_learned_whatever_its_label(id_word: str, contact_word: str, seed: int) -> None:
    """Random invented labels, random ids: the id slot is learned, every person's number still reads."""
    if id_word == contact_word or label_kind(id_word.lower()) is not None:
        return
    rng = random.Random(seed)
    stats, extracted = _learn(_site_ads(rng, id_word + ":", contact_word + ":", 90))
    wrong, lost = _score(stats, extracted)
    assert wrong == 0
    assert lost == 0


# Golden cases: an id label and a contact label no lexicon holds, as a site of each language might word them.
GOLDEN = [
    ("no", "Løpenr", "Nå meg:"),
    ("sv", "Objnr", "Nås på"),
    ("da", "Løbenr.", "Fanges på"),
    ("en", "Entry", "Reach me at"),
]


@pytest.mark.parametrize(("lang", "id_label", "contact_label"), GOLDEN)
def test_unknown_words_golden(lang: str, id_label: str, contact_label: str) -> None:
    rng = random.Random(len(lang) + len(id_label))
    stats, extracted = _learn(_site_ads(rng, id_label, contact_label, 60))
    assert any(k.startswith("L:") for k in stats.model([stats]).id_slots), lang
    assert _score(stats, extracted) == (0, 0), lang


def test_a_slot_of_numbers_seen_on_another_sites_ads_is_no_id_slot() -> None:
    """A lookup site's title: one page per number, so every number differs on the site, under a label of its own
    words ("Gulzel 42 88 89 09"); the numbers are persons' numbers that their ads print elsewhere."""
    rng = random.Random(3)
    numbers = [_person(rng) for _ in range(60)]
    lookup = SiteStats("lookup")
    ads = SiteStats("ads")
    extracted = []
    for i, p in enumerate(numbers):
        body = f"Gulzel {p}\nRapporter fra besøkende: 3"
        ex = extract_ad(body=body, site_country="NO", ad_key=f"l{i}", judge_furniture=False)
        lookup.add(f"l{i}", ex, {"body": body})
        extracted.append((ex, body, "+47" + p.replace(" ", ""), "-"))
        ad = f"Hei! Ring meg {p}"
        ads.add(f"a{i}", extract_ad(body=ad, site_country="NO", ad_key=f"a{i}", judge_furniture=False), {"body": ad})
    assert lookup.model().id_slots, "alone, the slot looks like an id slot"
    assert not lookup.model([lookup, ads]).id_slots
    assert _score(lookup, extracted, (ads,)) == (0, 0)


def test_a_number_with_its_country_code_is_never_an_id() -> None:
    """A site's counter prints no country code: "+380 63 704 9919" in a learned id slot is a person's."""
    rng = random.Random(4)
    stats = SiteStats("s")
    for i in range(60):
        body = f"Pripe {rng.randint(90_000_000, 98_999_999)}\nHei"
        stats.add(
            f"k{i}", extract_ad(body=body, site_country="NO", ad_key=f"k{i}", judge_furniture=False), {"body": body}
        )
    model = stats.model()
    assert "L:pripe" in model.id_slots
    body = "Pripe +380 63 704 9919\nHei"
    ex = extract_ad(body=body, site_country="NO", ad_key="x", site_furniture=model)
    assert ex.values("phone") == ["+380637049919"]
